"""PL9 formulation: the plan states its direction, its deadlines, its assumptions and its
trade-offs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from textwrap import dedent

from pydantic import Field

from planlint.finding import Finding
from planlint.measure_counts import counts_own_output
from planlint.measure_figures import states_direction
from planlint.measure_words import strip_label, worded
from planlint.measure_work import (
    AUDIT_ANSWER,
    addressed_elsewhere,
    named_categories,
    names_deliverable,
    sorts_work,
    states_practice,
    watched_at_cadence,
)
from planlint.measures import says_none
from planlint.model import Assumption, Budget, Goal, Initiative, Measurement, Metric, Person
from planlint.patterns import LazyPattern
from planlint.plan import ABOVE, Plan, settle_upwards
from planlint.practice import by_practice, widespread
from planlint.ruledef import RuleOptions, plain_name, rule
from planlint.timeline import continuing, final_target
from planlint.wording import joined

from ._text import (
    awaits_funding,
    carries_out_plan,
    drafts_vision,
    held_pending,
    kept_up,
    named,
    phrase,
    standing_provision,
)

_YEAR = 366  # days: a goal whose span is this long or shorter is a goal of a year
#: days: a plan whose horizon is this long or shorter is a one-year plan, with the months
#: before its year that a plan adopted ahead of it covers (an autumn's operating plan for
#: the coming year)
_YEAR_PLAN = 549
_OPEN_ASSUMPTION = (None, "untested", "testing")


@rule(code="PL901", name="no-vision", category="formulation", severity="info",
      fails=dedent("""\
          planlint: 1
          plan: {id: chrysler-2001, title: Chrysler Group turnaround}
          """),
      passes=dedent("""\
          planlint: 1
          plan:
            id: png-wg-2021
            title: PNG Working Group Charter
            description: >-
              The mission of the PNG Working Group is to maintain and develop the
              Portable Network Graphics specification.
          """))
def no_vision(plan: Plan) -> Iterator[Finding]:
    """The plan states no ``vision``.

    Strategy starts by determining where the organization wants to be. Without a stated
    vision, goals are a list of targets with no direction to weigh them against, and the
    plan cannot be made meaningful to the people who are to carry it out. A vision that is a
    placeholder (``TBA``, ``To be confirmed``) is none.

    A plan states where it wants to be in other ways too, and is then left alone: its
    ``mission`` states what the organisation is for (its mission statement, in the plan's
    words: a library's ``to collect, organize and make available the representative records
    of humanity's actions``); its description states its mission or aim (``Mission: ...``,
    or the ``Mandate: ...`` a public body's section of a budget or results report states
    what the law gives it to do under, as a Philippine appropriations act or a Canadian
    departmental report does, or, in a Peruvian public body's institutional plan (a PEI in
    CEPLAN's form, which leaves the vision to its sector's plan by design), its ``Misión
    institucional: ...`` or ``Política institucional: ...``, the declared policy that states
    what the body is for in the vision's place; ``The mission of the group is to ...``,
    ``Our goal is to ...``, ``The company's core purpose is to ...``, or, anywhere in it,
    what the organisation is for in the other words plans state it in: its objective or
    purpose named as an organisation's (``the objective of NAIF is to ...``, ``The City's
    objective is to ...``, not a goal's or a document's), its mission (``carrying out its
    mission to protect ...``), what it aims at (``we aim to ...``, ``We also aim to ...``)
    or what it does alone (``Prezenti focuses exclusively on funding builders ...``); or
    opens with its purpose: ``To improve ...``, or with what the organisation is for, in the
    words organisations state their missions in: ``The Department is dedicated to ...``,
    ``... exists to ...``, ``... works to ...``, ``... strives to ...``, ``... is committed
    to ...``, ``... a group of volunteers who are passionate about using technology to
    ...``, or what it runs and what for, as a city budget's department page opens: ``The
    Police Department develops and implements programs to deter crime ...``, ``... provides
    services to ...``, or what it does to what end: ``The Keller Public Library supports
    life-long learning ... in order to transform lives for a better community`` (not a
    document's reason for being, ``This report is published in order to comply ...``), or
    what the law set up the programme the plan serves to do: ``The Student Equity and
    Achievement Program was established in Education Code 78222 with the intent of
    supporting ... the system-wide goal of eliminating equity gaps``, as the agenda item
    putting a required plan to its board opens), in its first sentence or in the first
    sentence after a ``Purpose:`` heading (``Purpose (the repository's README): The
    Foundation exists to define ...``, a statement of purpose quoted beside a page of
    goals), not a commitment made further on, though it may follow an opening clause that
    gives its reason: ``In order to comply with the requirements under the Act, the airline
    is committed to eliminate barriers``, as a plan a law requires opens, or a clause of its
    founding that tells the mission as a continuing history: ``Since its inception in 2001,
    the Foundation has continued to provide ... research support to advance patient
    outcomes``, as a charity's report opens; not a history with no end of service in it,
    ``has continued to grow``), or says what the plan is the path to, in doing (``the
    strategy sets the path for delivering better health and wellbeing``, ``outlines the
    roadmap towards delivering 2.0``: a strategy whose theme states its direction without
    calling it a vision; not a course set for someone, which says no destination), or,
    anywhere in it, what the plan itself aims at (``This strategy aims to ...``, ``The aim
    of the action plan is to ...``, ``The purpose of this strategy is to ...``, and the same
    words in the other languages plans are written in: ``le plan d'action ... vise à
    soutenir la transformation numérique de l'État``, ``el plan tiene como objetivo``, ``het
    plan heeft als doel``), or what the project it is the work plan of aims at (``The
    objectives of the project are (i) to identify ...``, ``The EVERSE project aims to ...``:
    a time-bound, funded project states its objectives, not an organisation's vision): a
    plan's own stated purpose is a direction to weigh its goals against, whatever its
    language; so is, anywhere in its description, an association's purpose clause as its
    statutes state it (``Föreningens syfte är att främja ungdomars intresse för ...``,
    ``Zweck des Vereins ist ...``, ``De vereniging heeft ten doel ...``, ``The purpose of
    the Association is to ...``): the direction a members' yearly activity plan serves, as a
    mission is an organisation's; and so is the better future its goals are said to serve
    (``goals that we believe can contribute to a more sustainable future``, and in the
    plan's own language, ``mål som vi tror kan bidra til en mer bærekraftig fremtid``, as a
    company handbook's sustainability section opens), not another plan they contribute to;
    and so is the commitment its goals are said to stand for, to make something better
    (``Our goals reflect our commitment to improving ...``, ``As Metas Nacionais representam
    o compromisso institucional da Justiça brasileira com o aprimoramento contínuo da
    prestação jurisdicional``, as a national council introduces its yearly targets for the
    courts), not a commitment to something it does not say is made better; what something
    else aims at (a website, a ministry, the government) is not, as a charter, a slate of
    goals, a grant or a team's OKRs do in place of a vision; or all its goals serve one
    top-level goal, which is its direction (a roadmap's primary focus, a programme's one
    target, an action plan's theme), whether under it in the cascade or driving goals under
    it (a grant's period goals, each driving objectives of its founding aim, ``drives``); or
    it is people's own objectives (individual OKRs: every goal owned by a person not on the
    leadership team, each owner holding more than one), which align to the company's
    objectives and take their direction from them; or it is one executive's own performance
    objectives for a year, graded at its end (the sponsor lists every goal among their
    ``objectives`` and every goal reports its year-end result: a superintendent's objective
    performance standards, each met), whose direction is the organisation's plan's; or it is
    a team's roadmap of work (a team's plan inside a larger organization, see no-sponsor,
    that sets no measure and lists the work the team will do: a product team's quarterly
    areas of focus and their items), which takes its direction from the product and the
    organization it serves, whose vision it is to state, as its sponsor is the
    organization's; a team's plan that sets measures states results of its own, and is asked
    where they lead; or it is a plan for one numbered release or sprint of a standing
    product or project (its horizon names that release or sprint in words and states no
    date: ``Plan for 3.14``, ``by the end of Sprint 11``), which takes its direction from
    the project it is one cycle of: where the project wants to be is the project's to state,
    not each release plan's; or it is a work programme and budget (it states no goal,
    measures nothing but what its pieces of work deliver, and every budget line pays for
    pieces of work, row by row: a scientific committee's projects with their money and
    priority scores; beside a line of its own for every piece of work, a line for all of it,
    such as the contracts a bond-funded construction project's commitment report files under
    "All Projects", is the work's shared cost, not an organisation's running budget), an
    instrument that allocates money to work whose direction the body it answers to, and the
    plans the work comes from, set; a list of work with no money, or one beside measures or
    goals of its own, is asked where it leads; or it is a portfolio of work sorted by kind
    (every top-level goal a heading that names in the plural the kind of work under it,
    ``Monitoring Services``, ``Permissions & Compliance Services``, see
    goal-without-deadline, and nothing measured but what pieces of that work deliver: a
    department's board of all the digital services it is developing, each with its phase
    dates), an inventory of the organization's work, which sets no result of its own and
    takes its direction from the organization whose work it lists; or it is one
    organisation's improvement plan for its own service: its title names it a school,
    quality, service or continuous improvement plan and it is the plan of one unit (its
    sponsor, or the one unit at the top: every goal its own or a priority of a body above it
    that its plan carries, and every other unit named placed in one structure with it, its
    departments or committees under it, or the council it answers to and the council's
    cluster of schools), the plan a department's, council's or regulator's template asks of
    each school or hospital (the Irish SIP drawn from a school's self-evaluation, a Scottish
    school's SIP in its council's layout beside the council's own priority, an Ontario
    hospital's QIP workplan), which has no place for a vision: its direction is the
    improvement of that unit's own performance in the areas its targets name, and the
    organisation's vision is its strategic plan's to state. A community's improvement plan,
    of several partners (a community health improvement plan), is asked where it leads. Nor
    is a plan that answers an audit: its title names an audit's findings or recommendations,
    or the corrective action plan that answers them (a state's single audit findings with
    management's corrective action plans and their status a year on; a project's DEI audit,
    its recommendations and their status; an auditor's several audits of one agency, their
    recommendations and the agency's responses): its direction is the correction each
    finding and recommendation asks for, and where the audited organisation wants to be is
    its strategic plan's to state, not its answer to an audit's. Nor is a statement a
    statute, a government's template or an equality charter asks of every employer, school
    or department to close one gap it reports: its title names it a pay gap report or action
    plan (``Gender Pay Gap Annual Report and Action Plan``, the figures and actions a UK
    employer publishes each year under the gender pay gap regulations), a pupil premium
    strategy statement (the DfE's template of a school's spending of its grant for
    disadvantaged pupils) or an equality charter's action plan (``Athena SWAN Action Plan``,
    the plan a department's application for an Athena SWAN or Race Equality Charter award
    carries, to address the issues its self-assessment found): its direction is the one the
    regime sets, to narrow the gap it reports, and the organisation's vision is its
    strategic plan's to state. Nor is a report of the measures a law defines and asks of
    every body of its kind, as its description says (``the federally required Transportation
    Performance Management measures`` every US state DOT sets targets for): its direction is
    the goals the law sets for those measures; a report a law requires of the organisation's
    own goals is asked where they lead. Nor is a public body's plan that carries out the
    programme of the government it serves, as its description names it (the coalition's
    priorities or agreement a UK department's business plan sets out, the government's
    mandate to a national health service, the Political Guidelines of the President a
    Commission department's management plan serves): where the body is to be is its
    government's to say, in that programme, and the plan's goals are its priorities; a body
    that names only its own mandate is asked where it leads. Not so a plan that speaks of a
    vision it does not state: its ``vision`` is a placeholder (``TBA``, ``To be
    confirmed``), whatever mission it states, or its description names its vision without
    saying it (``the corporate plan describes our vision``) and states no mission or aim
    either. That plan itself says it has a vision the reader cannot see. One that states its
    mission or aim in its own words beside the vision it names (``OIG's Strategic Plan
    outlines the vision ... that guide OIG in carrying out its mission to protect ...``)
    gives its reader the direction all the same, and is left alone. Nor a plan whose own
    goals or work, not done, set out to write its vision statement (``Develop values, vision
    and mission statements``, ``Create an internal vision statement``): it says it has none
    yet, whatever mission it states. A vision named with a year that the plan's title also
    bears (``Vision 2018`` in ``CUSD 200 Vision 2018: Annual Goal Dashboard``) is the plan's
    own name, not a vision it speaks of; another's (a national ``Vision 2025`` a contract
    cites) still is.
    """
    vision = plan.info.vision
    if (vision or "").strip() and not says_none(vision):
        return
    if _vision_to_come(plan):
        yield _no_vision_finding(plan)
        return
    mission = plan.info.mission
    description = worded(plan.info.description)
    if ((mission or "").strip() and not says_none(mission)) or _MISSION.search(description) \
            or _PLAN_AIM.search(description):
        return  # a direction stated in the plan's words, whatever vision it names elsewhere
    if not _vision_named(plan) and (
            _one_direction(plan)
            or plan.personal or plan.graded_objectives or _team_roadmap(plan)
            or plan.release_cycle
            or _work_programme(plan)
            or plan.own_improvement_plan is not None or _sorted_work(plan)
            or AUDIT_ANSWER.search(worded(plan.info.title))
            or _GAP_STATEMENT.search(worded(plan.info.title))
            or _REQUIRED_MEASURES.search(description)
            or _GOVERNMENT_PROGRAMME.search(description)):
        return
    yield _no_vision_finding(plan)


def _no_vision_finding(plan: Plan) -> Finding:
    """The finding no-vision reports at the plan (at its `vision`, where one is given)."""
    return plan.finding(
        "the plan states no vision; say where the organization wants to be under "
        "plan: vision", field="vision" if plan.info.vision is not None else None)


#: What the organisation does and to what end, in its description's first sentence (after
#: a label such as ``DEPARTMENT DESCRIPTION:``), as a city budget's department page opens:
#: ``The Keller Public Library supports life-long learning ... in order to transform lives
#: for a better community``. Not a document's reason for being (``This report is published
#: in order to comply with ...``), nor something said to be done to it: no word before the
#: purpose names a document or is a form of *be*.
_ENDS_SERVED = (
    r"^(?:[\w.\- ]{1,40}:\s*)?\"?(?:(?!(?:plan|report|document|strategy|budget|statement|"
    r"framework|is|are|was|were|been|being)\b)[\w,;'\u2019()-]+ ){1,24}in order to [a-z]+")

#: What the organisation has gone on doing since it was founded, as a charity's report opens
#: its first sentence (after a label): ``Since its inception in 2001, the Foundation has
#: continued to provide ... research support to advance ...``: a mission told as a continuing
#: history, the founding clause marking it as what the organisation is for, not the year's
#: news. The verb names a service (provide, serve, support, ...); what it provides must
#: say what for (``... to advance``), so ``has continued to grow`` is not read.
_SINCE_FOUNDING = (
    r"^(?:[\w.\- ]{1,40}(?: \([^)]*\))?:\s*)?\"?since (?:its|their|our) (?:inception|"
    r"founding|establishment|creation)\b[^.!?:\",]{0,40},\s*[^.!?:\"]{1,100}?\b"
    r"(?:(?:has|have) continued|continues?) to (?:(?:provide|deliver|offer|fund)\b"
    r"[^.!?:\"]{1,200}?\bto (?!be\b)[a-z]+|(?:serve|support|work|advocate|champion|"
    r"promote|advance|help|fight)\b)")

#: An association's purpose clause, as its statutes state it (transcribed in the plan's
#: description): what the association is for, in the words statutes use for it in the
#: corpus's languages: ``The purpose of the Association is to``, ``The Society's objects
#: are to``; ``Zweck des Vereins ist``, ``Der Verein verfolgt den Zweck`` (German);
#: ``De vereniging heeft ten doel`` (Dutch); ``L'association a pour but`` (French);
#: ``Föreningens syfte är att``, ``Föreningen har till ändamål att`` (Swedish);
#: ``Foreningens formål er å/at`` (Norwegian, Danish); ``Yhdistyksen tarkoitus on``
#: (Finnish). The subject is the association, so what a project or a member aims at is
#: not read.
_PURPOSE_CLAUSE = (
    r"\b(?:purposes?|objects?|aims?|objectives?) of the (?:association|society|club|"
    r"organi[sz]ation|federation|co-?operative) (?:is|are|shall be) to\b|"
    r"\b(?:association|society|club|organi[sz]ation|federation|co-?operative)['\u2019]s "
    r"(?:purposes?|objects?|aims?|objectives?) (?:is|are|shall be) to\b|"
    r"\bzweck des vereins (?:ist|besteht)\b|\bder verein (?:verfolgt|hat) (?:den|zum) zweck\b|"
    r"\bde vereniging heeft (?:ten|tot) doel\b|"
    r"\bl['\u2019]association a pour (?:but|objet)\b|"
    r"\bföreningens (?:syfte|ändamål) är att\b|"
    r"\bföreningen har (?:till|som) (?:syfte|ändamål) att\b|"
    r"\b(?:foreningens|lagets|klubbens|forbundets) formål er (?:å|at)\b|"
    r"\byhdistyksen tarkoitu(?:s|ksena) on\b")

#: The future the plan's goals are said to serve, in the plan's own words: its goals (or
#: the plan) help build or contribute to a future made better, or more of something
#: (``goals that we believe can contribute to a more sustainable future``), in the words of
#: the corpus's languages: ``mål som vi tror kan bidra til en mer bærekraftig fremtid``
#: (Norwegian; Swedish ``bidra till en mer hållbar framtid``), ``Ziele, die zu einer
#: nachhaltigeren Zukunft beitragen`` (German), ``doelen die bijdragen aan een duurzamere
#: toekomst`` (Dutch), ``objectifs qui contribuent à un avenir plus durable`` (French),
#: ``objetivos que contribuyen a un futuro más sostenible`` (Spanish; Portuguese
#: ``contribuem para um futuro mais sustentável``), ``tavoitteet, jotka edistävät
#: kestävämpää tulevaisuutta`` (Finnish): the direction the goals are weighed against.
#: The subject is the goals or the plan, and the future is a better one, so what the
#: goals contribute to that is another plan (``contribute to the Council's strategic
#: plan``) or a future with no end state (``be more diligent in the future``) is not read.
_GOALS_OR_PLAN = (r"goals?|objectives?|aims?|plan|strategy|"
                  r"mål(?:ene|en|et|setting(?:ene|er)?|sättning(?:ar(?:na)?|en)?)?|"
                  r"ziele?n?|doel(?:en|stellingen)?|objectifs?|objetivos?|metas?|tavoit\w*")
_BETTER_FUTURE = (r"(?:a|an) (?:(?:more|less) \w+|better|\w+er) future|"
                  r"en (?:mere? \w+|bedre|bättre|\w+are) (?:fremtid|framtid)|"
                  r"een (?:meer \w+|betere|\w+ere) toekomst|"
                  r"(?:un|a) (?:avenir|futur) (?:plus \w+|meilleur)|un meilleur avenir|"
                  r"(?:un|um) futuro (?:(?:más|mais) \w+|mejor|melhor)|"
                  r"(?:un|um) (?:mejor|melhor) futuro|"
                  r"\w+m(?:pa|pä|paa|pää|paan|pään) tulevaisuu\w*")
_FUTURE_SERVED = (
    r"\b(?:" + _GOALS_OR_PLAN + r")\b[^.!?]{0,100}?\b(?:"
    r"(?:contribut\w*|help\w*) (?:to |towards? |(?:to )?(?:build|create) )|"
    r"bidra\w* (?:til|till) |bidrage\w* til |contribu\w* (?:à|a|al|ao|para) |"
    r"(?:bijdra\w*|draagt bij|dragen bij) aan |edistä\w* |rakenta\w* )"
    r"(?:" + _BETTER_FUTURE + r")|"
    # German and Dutch put the verb last: ``die zu einer nachhaltigeren Zukunft beitragen``
    r"\b(?:" + _GOALS_OR_PLAN + r")\b[^.!?]{0,100}?\b(?:zur|zu einer) "
    r"(?:\w+ere[nr]?|bessere[nr]?) zukunft\b[^.!?]{0,20}?\bbeitr\w*|"
    r"\b(?:" + _GOALS_OR_PLAN + r")\b[^.!?]{0,100}?\baan een (?:\w+ere|betere) toekomst "
    r"bij(?:dragen|draagt)\b")

#: The commitment the plan's goals are said to stand for, in the plan's own words: its
#: goals (or the plan) represent, embody or reflect a commitment to making something
#: better (``Our goals reflect our commitment to improving ...``; ``As Metas Nacionais
#: representam o compromisso institucional da Justiça brasileira com o aprimoramento
#: contínuo da prestação jurisdicional``, as a national council's yearly targets for the
#: courts are introduced; Spanish ``representan el compromiso ... con la mejora``, French
#: ``traduisent l'engagement ... à l'amélioration``): the end the goals are weighed
#: against. A commitment to something not made better (``our commitment to the
#: community``) is not read.
_COMMITMENT_SERVED = (
    r"\b(?:" + _GOALS_OR_PLAN + r")\b[^.!?]{0,100}?\b(?:represents?|embod(?:y|ies)|"
    r"reflects?|representam|representa|refletem|reflete|representan|reflejan|"
    r"représentent|traduisent)\b[^.!?]{0,80}?\b(?:commitments?|compromissos?|compromisos?|"
    r"engagements?)\b[^.!?]{0,80}?\b(?:to|com|con|à|envers)\s(?:(?:the|o|a|la|el|"
    r"l['\u2019])\s?)?(?:\w+\s){0,2}?(?:improv\w*|better\w*|aprimoramento|melhoria|"
    r"aperfeiçoamento|mejora\w*|amélioration|excellen\w*|excelência|excelencia)\b")

#: A word that names a part of a plan or a document, not an organisation: what the
#: ``objective of Goal 2`` or ``of the Annual Report`` is, is not what an organisation is for.
_NOT_A_PART = (r"(?!(?:goals?|objectives?|priorit(?:y|ies)|pillars?|themes?|outcomes?|targets?|"
               r"plans?|strateg(?:y|ies)|programs?|programmes?|projects?|reports?|reviews?|"
               r"documents?|sections?|meetings?)\b)")

#: A mission or aim stated: a ``Mission:`` heading (``Mission Statement (agenda):``) or
#: a ``Mandate:`` heading (what the law gives a public body to do), or the headings a
#: Peruvian public body's institutional plan states its direction under in CEPLAN's form
#: (``Misión institucional:``, ``Declaración de política institucional:``),
#: ``the mission of X is to ...``, ``X's mission of empowering ...``, ``our goal is to``,
#: ``X's core purpose is to``, and, anywhere, the objective or purpose of an organisation
#: named (``the objective of NAIF is to``, ``The City's objective is to``; not of a part of
#: a plan or a document), ``its mission to protect``, ``we (also) aim to``, what it does alone
#: (``Prezenti focuses exclusively on funding``),
#: or a description that opens with its purpose (``To improve the ability of ...``, after
#: a short label such as ``Summary:``) or, in its first sentence (after a label, which may
#: cite its page: ``Board agenda item (p. 17):``), with what the
#: organisation is for, or after a ``Purpose:`` heading
#: (``WHAT WE DO: "The Department ... is dedicated to building ...``,
#: ``are passionate about using``, ``exists to``, ``works to``, ``strives to``,
#: ``is committed to``, ``develops and
#: implements programs to deter crime``, ``was established in Education Code 78222 with
#: the intent of supporting``: a statutory programme's purpose; also after an opening clause that
#: gives the reason, ``In order to comply with the Act, the airline is committed to``, or
#: after the clause of its founding, ``Since its inception in 2001, X has continued to
#: provide ... to advance``: see ``_SINCE_FOUNDING``), or
#: says what the plan is the way to (``Research Changes Lives sets the path for delivering
#: better health``; not a course set for an organisation, ``sets a new course for the
#: Foundation``), or, anywhere, what better future its goals serve, in the languages of the
#: corpus (``mål som vi tror kan bidra til en mer bærekraftig fremtid``: see
#: ``_FUTURE_SERVED``), or the commitment to make something better they stand for (``As
#: Metas ... representam o compromisso ... com o aprimoramento``: see
#: ``_COMMITMENT_SERVED``).
_MISSION = LazyPattern(r"\b(?:mission(?: statement)?|mandate|misión(?: institucional)?|"
                       r"(?:declaración de )?política institucional)(?: \([^)]*\))?:\s*\S|"
                       r"\bmission of (?:[^.]*\bis to\b|\w+ing\b)|"
                       r"\b(?:objectives?|purposes?) of (?:the )?" + _NOT_A_PART +
                       r"(?-i:[A-Z])[\w&'\u2019.-]*(?: " + _NOT_A_PART + r"[\w&'\u2019.-]+){0,5}? "
                       r"(?:is|are|shall be) to (?!be\b)[a-z]+|"
                       r"\bour (?:mission|goal|aim|purpose) is to\b|\bwe (?:also |\w+ly )?aim to\b|"
                       r"(?:\bits|\w['\u2019]s) (?:core |central |primary )?(?:(?:mission|purpose|"
                       r"objective) is to\b|mission to (?!be\b)[a-z]+)|"
                       r"(?-i:[A-Z][\w&'\u2019.-]*) focuses (?:exclusively |solely |primarily )?"
                       r"on \w+ing\b|"
                       r"^(?:[\w.\- ]{1,40}:\s*)?\"?to (?!be\b)[a-z]+\b|"
                       r"(?:^(?:[\w.\- ]{1,40}(?: \([^)]*\))?:\s*)?|"
                       r"\bpurpose(?: \([^)]*\))?:\s*)\"?"
                       r"(?:(?:in order to|in accordance with|pursuant to|as required by)\b"
                       r"[^.!?:\",]{1,200},\s*)?"
                       r"[^.!?:\"]{1,100}?\b(?:(?:is|are) "
                       r"(?:dedicated|committed) to|(?:is|are) passionate about \w+ing|"
                       r"exists? to|works? to|strives? to|"
                       r"(?:develops?|implements?|administers?|delivers?|provides?)"
                       r"(?: and (?:develops?|implements?|administers?|delivers?|provides?))? "
                       r"(?:programs?|programmes?|services?) to [a-z]+|"
                       r"(?:is|are|was|were) (?:established|created|set up)\b[^.!?:\"]{0,100}?"
                       r"\b(?:with the (?:intent|purpose|aim) of|for the purpose of) \w+ing)\b|"
                       r"\b(?:sets?|charts?|lays?|maps?|outlines?)(?: out)? (?:the|a|our|its) "
                       r"(?:\w+ )?(?:path|course|road|route|roadmap|way) (?:to(?:wards?)?|for) "
                       r"\w+ing\b|" + _ENDS_SERVED + "|" + _SINCE_FOUNDING + "|" + _PURPOSE_CLAUSE
                       + "|" + _FUTURE_SERVED
                       + "|" + _COMMITMENT_SERVED,
                       re.IGNORECASE)
#: The plan itself says what it aims at: its name for itself (``the plan``, ``this
#: strategy``, ``le plan d'action ...``, or the project it is the work plan of, ``The
#: EVERSE project``) with the verb that states a document's aim (``aims to``, ``seeks
#: to``), or its aim named as such (``The aim of the action plan is to ...``, ``The purpose
#: of this strategy is to ...``, ``The objectives of the project are (i) to ...``, the
#: aims numbered), in the languages the plans checked are written in:
#: French ``vise à``, ``a pour objectif de``; Spanish ``tiene como objetivo``, ``busca``;
#: Portuguese ``tem como objetivo``, ``visa``; Italian ``ha l'obiettivo di``, ``mira a``;
#: German ``zielt darauf ab``, ``hat das Ziel``; Dutch ``heeft als doel``, ``beoogt``.
#: Each language's subject is the plan (the article and the word for plan, strategy or
#: programme), so what a website, a ministry or a government aims at (``BA Compromisos
#: es un sitio web que busca informar``; ``the Government aims to nurture``) is not
#: read as the plan's aim.
_PLAN_AIM = LazyPattern(r"\b(?:aims?|purposes?|objectives?|goals?) of (?:the|this|our) "
                        r"(?:[\w'\u2019-]+ ){0,8}?(?:plan|strategy|programme|program|roadmap|"
                        r"project) (?:is|are) (?:\((?:[ivx]+|[a-z]|\d+)\) )?to\b|" + "|".join(
    rf"\b(?:{subject})\b[^.!?]{{0,200}}?\b(?:{verb})\b" for subject, verb in (
        (r"(?:the|this|our) (?:[\w'\u2019-]+ ){0,8}?(?:plan|strategy|programme|program|roadmap|"
         r"project)",
         r"aims? to|seeks? to"),
        (r"(?:le|ce|notre) (?:plan|programme)|(?:la|cette|notre) stratégie",
         r"visen?t? à|(?:a|ont) pour (?:objectif|but|ambition|objet|vocation) d"),
        (r"(?:el|este|nuestro) (?:plan|programa)|(?:la|esta|nuestra) estrategia",
         r"tiene (?:como|por) (?:objetivo|finalidad|propósito|meta)|busca|pretende|persigue"),
        (r"(?:o|este|nosso) (?:plano|programa)|(?:a|esta|nossa) estratégia",
         r"tem (?:como|por) (?:objetivo|finalidade|propósito|meta)|visa|busca|pretende"),
        (r"(?:il|questo|nostro) (?:piano|programma)|(?:la|questa|nostra) strategia",
         r"ha (?:come |l['\u2019]|lo |la )(?:obiettivo|scopo|finalità)|mira a|si propone di"),
        (r"(?:der|dieser|unser) \w*plan|(?:die|diese|unsere) \w*strategie|"
         r"(?:das|dieses|unser) \w*programm",
         r"zielt darauf ab|hat (?:das|zum) ziel"),
        (r"(?:het|dit|ons) \w*(?:plan|programma)|(?:de|deze|onze) \w*strategie",
         r"heeft (?:als|tot) doel|beoogt|is gericht op"),
    )), re.IGNORECASE)
_VISION = LazyPattern(r"\bvision\b", re.IGNORECASE)
#: ``Vision`` and a year as a name (``Vision 2018``, ``Vision 2030``): where the plan's
#: title bears it (``CUSD 200 Vision 2018: Annual Goal Dashboard``), the plan's own name,
#: not a vision the description speaks of; another's (a national ``Vision 2025`` a
#: contract cites) still is.
_VISION_NAMED = LazyPattern(r"\bvision \d{4}\b", re.IGNORECASE, needs=("vision",))


def _one_direction(plan: Plan) -> bool:
    """Whether all the plan's goals serve one top-level goal: it is the only top-level
    goal, or the only one that drives nothing, and every other top-level goal leads to it
    through the goals it drives and the goals above those (a grant's period goals driving
    the secondary objectives of its one aim)."""
    top = plan.top_goals
    if len(top) == 1:
        return True
    ends = [goal for goal in top if not goal.drives]
    if len(ends) != 1:
        return False
    serving = plan.closure(ends, ("drives", *ABOVE), Goal, backward=True)
    return all(goal.id in serving for goal in top)


def _team_roadmap(plan: Plan) -> bool:
    """Whether the plan is a team's roadmap of work: a team's plan (``Plan.team_unit``)
    that sets no measure and lists the work it will do (initiatives)."""
    return plan.team_unit is not None and not plan.metrics and bool(plan.initiatives)


def _work_programme(plan: Plan) -> bool:
    """Whether the plan is a work programme and budget: it states no goal, lists work
    (initiatives), measures nothing but what pieces of that work deliver (each metric
    listed by an initiative), and every budget line of it (one at least) pays for pieces
    of that work, row by row, none for a goal; a line for the whole plan (``funds: all``)
    only where every piece of work has a line of its own besides (a bond programme's
    contracts filed under "All Projects" beside each project's own contracts)."""
    if plan.goals or not plan.initiatives or not plan.budgets or not all(
            plan.referrers(metric, "metrics", Initiative) for metric in plan.metrics):
        return False
    if not all(budget.funds and (budget.funds == "all" or all(
            isinstance(item, Initiative) for item in plan.refs(budget, "funds")))
            for budget in plan.budgets):
        return False
    return all(budget.funds != "all" for budget in plan.budgets) or all(
        plan.referrers(initiative, "funds", Budget) for initiative in plan.initiatives)


#: A statement a statute or a government's template asks of every employer or school to
#: close one gap it reports, by its title: a pay gap report or action plan (``Gender Pay
#: Gap (GPG) Annual Report and Action Plan``, ``Gender Pay Gap Action Plan - 2025/2026``,
#: as UK employers publish beside their statutory figures; an ethnicity or disability pay
#: gap report the same way), a pupil premium strategy statement (the DfE's template of
#: how an English school spends its grant for disadvantaged pupils), or the action plan
#: of an equality charter (``Athena SWAN Action Plan``, ``Race Equality Charter action
#: plan``: the plan an Advance HE charter award asks of each applicant department, to
#: address what its self-assessment of gender or race equality found); not a plan that
#: merely mentions a gap (``Strategic Plan: closing the attainment gap``) or a charter
#: (``Athena SWAN Silver award``, ``Equality, Diversity and Inclusion Strategy``).
_GAP_STATEMENT = LazyPattern(
    r"\b(?:gender|ethnicity|ethnic|race|disability) pay gap\b[^.;]{0,60}?"
    r"\b(?:reports?|action plans?|statements?)\b|"
    r"\bpupil premium\b[^.;]{0,40}?\b(?:strategy|statement)\b|"
    r"\b(?:athena ?swan|race equality charter)\b[^.;]{0,40}?\baction plans?\b",
    re.IGNORECASE, needs=("pay gap", "pupil premium", "athena", "race equality charter"))

#: A report of the measures a law defines and asks of every body of its kind, by its
#: description: ``the federally required Transportation Performance Management measures``
#: (the safety, pavement, bridge and system measures every US state DOT sets targets for
#: and reports under 23 U.S.C. 150, whose national goals the statute sets),
#: ``statutorily mandated performance measures``; not a report a law merely requires of
#: the organisation's own goals (``A required annual report to show ... the progress on
#: meeting goals set in the Consolidated Plan``), nor a duty to run a process (``federally
#: mandated to develop and implement a Congestion Management Process``).
_REQUIRED_MEASURES = LazyPattern(
    r"\b(?:federally|statutorily|legally) (?:required|mandated) (?:[\w()&-]+ ){0,5}?"
    r"(?:performance )?measures\b",
    re.IGNORECASE, needs=("required", "mandated"))

#: The programme of the government a public body serves, named in the plan's description
#: as what its priorities carry out: the governing coalition's priorities or agreement
#: (``They set out: Coalition Priorities``, the reforms ``set out in the coalition
#: agreement``, as a UK department's business plan states them), the government's mandate
#: (``The government mandate has reduced the number of essential objectives for the NHS``,
#: as a national health service's planning guidance opens) or the political guidelines of
#: the head of an executive (``the political priorities set in the Political Guidelines of
#: President von der Leyen``, as a Commission department's management plan opens); not a
#: public body's own mandate (``the core mandate of an institution``).
_GOVERNMENT_PROGRAMME = LazyPattern(
    r"\bcoalition(?:['\u2019]s)? (?:priorities|agreement)\b|"
    r"\bgovernment(?:['\u2019]s)? mandate\b|\bmandate (?:from|of) (?:the )?government\b|"
    r"\bpolitical guidelines\b",
    re.IGNORECASE, needs=("coalition", "mandate", "political guidelines"))


def _sorted_work(plan: Plan) -> bool:
    """Whether the plan is a portfolio of work sorted by kind: it has top-level goals, each
    a heading over the work of one kind listed under it (see
    :func:`planlint.measure_work.sorts_work`: ``Monitoring Services``), and it measures nothing
    but what pieces of that work deliver (each metric listed by an initiative)."""
    top = plan.top_goals
    return bool(top) and all(sorts_work(plan, goal) for goal in top) and all(
        plan.referrers(metric, "metrics", Initiative) for metric in plan.metrics)


def _vision_to_come(plan: Plan) -> bool:
    """Whether the plan says its vision is still to come: its vision heading is a
    placeholder (``TBA``, ``To be confirmed``), or a goal of it, or a piece of its work not
    done, sets out to write its vision statement (:func:`rules._text.drafts_vision`)."""
    return (says_none(plan.info.vision)
            or any(drafts_vision(goal.title, goal.description) for goal in plan.goals)
            or any(drafts_vision(work.title, work.description)
                   for work in plan.initiatives if work.status != "done"))


def _vision_named(plan: Plan) -> bool:
    """Whether the plan's description names a vision it does not state (``the corporate
    plan describes our vision``), other than the plan's own name (``Vision 2018`` in a
    title that bears it)."""
    title = worded(plan.info.title).lower()
    description = _VISION_NAMED.sub(
        lambda named: "" if named[0].lower() in title else named[0],
        worded(plan.info.description))
    return bool(_VISION.search(description))


@rule(code="PL902", name="goal-without-deadline", category="formulation", severity="warning",
      fails=dedent("""\
          planlint: 1
          goals:
            - {id: G1, title: Return to operating profit}
          """),
      passes=dedent("""\
          planlint: 1
          goals:
            - {id: G1, title: Return to operating profit, due: 2003-12-31}
            - {id: G2, title: Cut hours per vehicle, parent: G1}
            - {id: G3, title: Provide a more robust release pipeline}
            - {id: G4, title: Addressing our climate crisis}
            - {id: G5, title: A new northern depot}
            - {id: G6, title: Healthier Lives, metrics: [M1]}
            - {id: G7, title: Fewer youth exposed to violence}
            - {id: G8, title: Dealer Services}
            - {id: G9, title: Prevention,
               description: Reaching families before violence happens}
            - {id: G10, title: Integración Social}
            - {id: G11, title: Urbanizar la Villa 31, parent: G10, due: 2019-12-31}
            - {id: G12, title: Open the southern depot,
               actuals: [{date: 2001-06-30, value: 1, text: Opened}]}
            - {id: G13, title: Data standards that work for their users,
               description: A persistent objective, never fully achieved}
            - {id: G14, title: Develop a communication strategy for stakeholders}
            - {id: G15, title: "Goal 7: Affordable and clean energy"}
            - {id: G15.1, title: Renewable energy, parent: G15, metrics: [M2]}
            - {id: G16, title: Functionality,
               description: This category encompasses goals having to do with core functionality}
            - {id: G17, title: Keep every depot staffed,
               description: The chief executive will not allow any depot to be without a manager.}
            - {id: G18, title: Dealers are valued members of the community, metrics: [M3, M4]}
            - {id: G19, title: Section III - Depots, metrics: [M5]}
          initiatives:
            - {id: I1, title: Build the northern depot, supports: [G5], end: 2003-06-30}
            - {id: I2, title: Dealer finance service, supports: [G8]}
            - {id: I3, title: Public launch of the site, supports: [G14], status: done,
               completed: 2003-12-31}
          metrics:
            - {id: M1, title: Healthy life expectancy, direction: increase}
            - {id: M2, title: Renewable share of electricity, unit: '%',
               target: {value: 80, date: 2030-12-31}}
            - {id: M3, title: Reducing complaints about dealers, direction: decrease}
            - {id: M4, title: Publish twice monthly dealer news}
            - {id: M5, title: Depot breakdowns per 100 vehicles, cadence: monthly}
          """))
def goal_without_deadline(plan: Plan) -> Iterator[Finding]:
    """A goal has no ``due`` date, no goal above it has one, and the plan states no
    horizon end.

    A goal with no deadline can always be reached later, so it never competes with what is
    due this quarter. Formulating a plan means outlining timelines as well as goals, and a
    due date is what metrics' targets, initiatives' ends and reviews are judged against. A
    goal without its own ``due`` is bounded by the nearest goal above it that has one, else
    by the end of the plan's horizon (a five-year plan's focus areas are due when the plan
    ends), and the time-aware rules judge it by that date. A goal whose metrics state
    targets is timed by them: a dated target says by when, and a target with no date is a
    standing level to hold (a turnover rate at 15%, every audit satisfactory, a scorecard's
    norms), which has no end by nature; a goal that lists no metric of its own is timed so
    by the goals below it when each of them is (a strategy's goal over its indicator areas,
    each with dated targets). A goal whose every initiative is dated (an end, the date it
    was completed, or milestones with deadlines of its own, see initiative-without-dates) is
    timed by them: it is reached through that work, as a work package of a reform plan is
    dated through its actions; so is a goal whose every goal below it has a ``due`` of its
    own, and whose initiatives, if any, are dated (a tracker's category heading over
    commitments each due in its own year). A goal that asks for a direction of change rather
    than an end state (``Provide a more robust release pipeline``, ``Improve access``,
    ``Addressing our climate crisis``, and the hoped-for outcomes worded as a change or a
    comparison, ``Reduction in overall youth violence``, ``Fewer youth exposed to
    violence``, ``Higher employment among youth``) is a standing direction with no point at
    which it is reached, so no date to miss: by when it should have moved is what its
    metrics' targets say, which metric-without-target asks for. So is a goal that names no
    deliverable and is measured, with the goals below it, only by measures stated with a
    ``direction`` to rise or fall and no target (an outcomes framework's ``Healthier
    Lives``, watched by whether each indicator improves on its comparison year): the plan
    judges it by which way its measures move, not by an end state reached by a date; the
    missing targets are metric-without-target's to report. So is one measured by such
    directions beside standing practices whose titles state how often they recur and set no
    target (``Reducing the number of community complaints`` beside ``twice monthly press
    releases``, ``termly`` updates): a practice kept at its frequency is a standing level,
    with no end state to date. So is a goal naming no deliverable whose every measure is an
    indicator read at a calendar cadence with no target (a budget programme's resultado
    measured ``ANUAL`` every fiscal year, a dashboard's ``Section III - Infrastructure``
    charted month by month): an area watched period by period for as long as the programme
    runs, whose missing date is its measures' missing targets, which metric-without-target
    asks for. A goal naming a deliverable (``Open the northern depot``) is an end state
    whatever its measures. A heading that sorts the plan's work by kind (a portfolio's
    theme, ``Monitoring Services``: a few words in title case naming in the plural the kind
    of work under it, with no description and no measure) is a category, with no end state
    of its own to date; its work's dates are initiative-without-dates' to judge. So is a
    heading the plan's own words call a category (``Functionality``: ``This category
    encompasses goals having to do with this core Project functionality``), with no measure
    of its own, and, where most of the plan's top-level goals say so, each top-level heading
    beside them with work listed under it: a roadmap's standing areas grouping its items. So
    is a pillar of a strategy: a goal of a few words with no measure, naming no deliverable,
    whose description defines it as a way of working, opening with what is done
    (``Prevention``: ``Reaching individuals, families, and communities before violence
    happens ...``; ``Intervention``: ``A coordinated approach to intervening at the first
    sign of potential violence ...``), as the prevention, intervention, enforcement and
    re-entry pillars of violence-reduction, drug and public-health strategies are defined: a
    standing approach, done for as long as the strategy runs, with no end state to reach by
    a date. So is a goal the plan's own words call standing, kept rather than reached, at
    the goal (``Persistent objective``, a commitment that ``will be a journey``) or in the
    plan's description, of its goals (a service's ``persistent objectives ... never fully
    achieved or finished``, a handbook's committed OKRs as ``things we don't want to
    change``): such a plan sets its time-bound goals elsewhere (quarterly strategies,
    monthly OKRs), and a date asked of the standing ones reads them as one-off goals. So is
    a goal with no measure whose statement opens as a limit (``The superintendent will not
    allow any region to be without strong learning communities``, a board's guardrail;
    ``shall not cause or allow``, a Policy Governance executive limitation): a constraint
    kept at all times, never reached by a date. A plan whose horizon states its period only
    as a length counted from an event still to come (``horizon: {length: P36M}``: an action
    document, written for the decision that approves it, whose implementation runs 36 months
    from the signature of its contracts) dates its goals by the end of that period, which no
    calendar date can name before the decision: it is not reported. Nor is a plan whose
    horizon states its period only in words that tie its end to a period set elsewhere
    (``horizon: {text: the remainder of this spending review and the lifetime of the next
    review}``: a ministry's strategy framing its work over budget periods the next spending
    review will fix): its goals are due when that period ends, a date the plan states as
    plainly as its publisher can, though no calendar date yet names it; words that say there
    is none (``To be determined``) state no period. Nor is a goal whose latest result of its
    own grades it done (``1``: an audit follow-up's ``Corrective action taken.``, a to-do
    list's year-end ``SUCCESS``): it has been reached, and a date to reach it by would judge
    nothing; a goal graded not done, or only part done, is still asked by when. Nor is an
    auditor's recommendation to a third body in a plan that answers an audit (see
    unowned-goal: a legislature's to consider, with nothing of the audited organisation's
    answer serving it): when that body acts is its own business, and the answer, which dates
    its own actions, has no date to set for it. When more than a third of the goals a
    deadline applies to (not the directions, categories, standing or reached goals above)
    have none at all, the plan is reported once instead of each goal: a library's three
    goals, one a direction (``Grow ...``) and two undated in a plan that dates nothing, are
    one finding.
    """
    horizon = plan.info.horizon
    if horizon is not None and horizon.end is None and (
            horizon.length is not None or (horizon.text and not says_none(horizon.text))):
        return
    watched = _watched_by_direction(plan)
    standing = _STANDING.search(plan.info.description or "") is not None
    categories = plan.shared(named_categories)
    undated = [goal for goal in plan.goals
               if plan.due_of(goal) is None and not _timed_by_targets(plan, goal)
               and not _timed_by_actions(plan, goal)]
    missing = [goal for goal in undated
               if not states_direction(goal.title or "") and not sorts_work(plan, goal)
               and goal.id not in categories
               and not _standing(goal, standing) and not _reached(goal, plan.as_of)
               and not addressed_elsewhere(plan, goal)
               and not ((goal.id in watched or watched_at_cadence(
                   plan.refs(goal, "metrics", Metric)))
                        and not names_deliverable(goal.title or ""))]
    # the undated goals that need no date are no part of the practice: they neither
    # break it nor follow it
    yield from by_practice(plan, [goal.finding(
        f"{goal.describe()} has no due date, nor does any goal above it or the plan's "
        "horizon; set due to when it must be reached") for goal in missing],
        len(plan.goals) - len(undated) + len(missing), items="goals",
                           lacking="have no due date",
                           fix="set the plan's horizon: {start, end}, or due on each goal")


#: A description that defines a goal as a way of working, opening with what is done: an
#: ``-ing`` form (``Reaching individuals ...``, ``Pulling together youth ...``) or ``an
#: approach to`` (``A coordinated approach to intervening ...``); not a word of another
#: kind that ends alike (``During 2020 ...``, ``Including ...``).
_WAY_OF_WORKING = LazyPattern(
    r"^\"?(?:(?!(?:During|Including|According|Following|Nothing|Everything|Something|Being)\b)"
    r"[A-Z][a-z]{2,}ing\b|An? (?:[a-z]+ )?approach to\b)")
_PILLAR_WORDS = 4  # words at most in a pillar's title

#: Words that say of a goal, or of a plan's goals, that it is standing, kept rather than
#: reached: ``persistent objectives`` (an ongoing, continuous, standing or permanent
#: one), objectives ``never fully achieved or finished``, ``things we don't want to
#: change`` (a handbook's committed OKRs, as against its one-off ones), a commitment
#: that ``will be a journey``.
_STANDING = LazyPattern(
    r"\b(?:persistent|ongoing|continuous|continuing|standing|permanent)\W{0,2}"
    r"(?:objectives?|goals?|aims?)\b"
    r"|\bnever fully (?:achieved|finished|completed?|reached|done)\b"
    r"|\b(?:things|what)(?: that)? we (?:don['\u2019]t|do not) want to change\b"
    r"|\b(?:this|it) (?:is|will be) a journey\b",
    re.IGNORECASE, needs=("persistent", "ongoing", "continu", "standing", "permanent",
                          "never fully", "want to change", "journey"))


#: A goal's statement that opens as a limit on someone's means, in its first sentence:
#: someone ``will not allow``, ``shall not cause or allow``, ``may not use or permit``
#: (a school board's guardrail, a Policy Governance executive limitation).
_LIMIT = LazyPattern(
    r"^[^.;!?]{0,160}?\b(?:will|shall|must|may) not (?:(?:cause|use) or )?"
    r"(?:allow|permit|tolerate)\b",
    re.IGNORECASE, needs=(" not ",))


def _reached(goal: Goal, as_of: date) -> bool:
    """Whether a goal's latest result of its own by the as-of date grades it done (``1``:
    an audit follow-up's ``Corrective action taken.``, a to-do list's ``SUCCESS``)."""
    dated = [actual for actual in goal.actuals if actual.date <= as_of]
    if not dated:
        return False
    latest = max(dated, key=lambda actual: actual.date)
    return latest.value is not None and latest.value >= 1


def _standing(goal: Goal, said_of_all: bool) -> bool:
    """Whether a goal is standing, kept rather than reached: the plan's words say so of
    it or, ``said_of_all``, of the plan's goals (see ``_STANDING``); or, with no measure,
    its description opens as a limit (see ``_LIMIT``); or it is a pillar of
    the strategy, a standing approach: a title of a few words naming no deliverable, no
    measure, and a description that opens by saying what is done (see
    ``_WAY_OF_WORKING``)."""
    description = goal.description or ""
    if said_of_all or _STANDING.search(description) is not None:
        return True
    if not goal.metrics and _LIMIT.search(" ".join(description.split())) is not None:
        return True
    words = strip_label(goal.title or "").split()
    return 0 < len(words) <= _PILLAR_WORDS and not goal.metrics \
        and not names_deliverable(goal.title or "") \
        and _WAY_OF_WORKING.search(description.strip()) is not None


def _timed_by_targets(plan: Plan, goal: Goal) -> bool:
    """Whether a goal's metrics state targets, which say when it is to be reached: by a
    target's date, or never, for a standing level to hold (an objective with no date)."""
    return bool(_final_targets(plan, goal))


def _targets_due(plan: Plan, goal: Goal) -> date | None:
    """When a goal's metrics' targets say it is to be reached: the latest date of their
    final targets (see :func:`_timed_by_targets`), if any is dated."""
    return max((target.date for target in _final_targets(plan, goal)
                if target.date is not None), default=None)


def _final_targets(plan: Plan, goal: Goal) -> tuple[Measurement, ...]:
    """The final target of each of a goal's metrics that states one; for a goal that
    lists no metric of its own, those of the goals below it (``parent``), when each of
    them has some: a heading whose sub-goals' measures carry the dates (a strategy's goal
    over its indicator areas) is timed by them."""
    return plan.shared(_final_targets_by_goal).get(goal.id, ())


def _final_targets_by_goal(plan: Plan) -> dict[str, tuple[Measurement, ...]]:
    """:func:`_final_targets` of every goal, settled once per plan from the bottom up (a
    loop of parents settles as untimed)."""
    def below(goal: Goal) -> list[Goal]:
        return [] if goal.metrics else plan.referrers(goal, "parent", Goal)

    def settle(goal: Goal, known: dict[str, tuple[Measurement, ...]],
               ) -> tuple[Measurement, ...]:
        metrics = plan.refs(goal, "metrics", Metric)
        if metrics or goal.metrics:
            return tuple(final[0] for metric in metrics
                         if (final := final_target(metric)) is not None)
        found = [known.get(sub.id, ()) for sub in below(goal)]
        return tuple(target for targets in found for target in targets) \
            if all(found) else ()

    return settle_upwards(plan.goals, below, settle, ())


def _watched_by_direction(plan: Plan) -> set[str]:
    """The goals measured, with the goals below them, (by one measure at least) only by
    measures stated with a ``direction`` to rise or fall and no target: a standing
    direction, watched by which way its measures move. Each measure marks the goals up
    its goal's chain of parents, and a walk stops at a goal already marked, so a deep
    cascade (or a loop of parents) costs one visit per goal."""
    directed: set[str] = set()  # measured, below or at, by a direction
    targeted: set[str] = set()  # measured, below or at, by a measure of another kind
    dropped = plan.dropped_metrics
    for goal in plan.goals:
        measures = [metric for metric in plan.refs(goal, "metrics", Metric)
                    if metric.id not in dropped]
        for marks, found in ((directed, any(
                metric.direction in ("increase", "decrease") for metric in measures)),
                (targeted, any(
                    (metric.direction not in ("increase", "decrease")
                     and not states_practice(metric))
                    or final_target(metric) is not None for metric in measures))):
            current: Goal | None = goal if found else None
            while current is not None and current.id not in marks:
                marks.add(current.id)
                current = plan.ref(current, "parent", Goal)
    return directed - targeted


def _timed_by_actions(plan: Plan, goal: Goal) -> bool:
    """Whether every initiative towards a goal and every goal below it (one at least) is
    dated: an initiative by an end of its own, the date it was completed or milestones
    with deadlines, a goal below by a ``due`` of its own; the goal is reached through
    them, by the last."""
    actions = plan.referrers(goal, "supports", Initiative)
    below = plan.subgoals(goal)
    return bool(actions or below) \
        and all(action.end is not None or action.completed is not None
                or _scheduled_by_milestones(plan, action) for action in actions) \
        and all(sub.due is not None for sub in below)


@rule(code="PL903", name="initiative-without-dates", category="formulation",
      severity="warning",
      fails=dedent("""\
          planlint: 1
          initiatives:
            - {id: I1, title: Platform consolidation, start: 2001-02-01}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {horizon: {start: 2001-01-01, end: 2004-12-31}, as_of: 2002-03-31}
          goals:
            - {id: G1, title: Recruitment program operational, start: 2001-10-01,
               due: 2002-09-30}
            - {id: G2, title: Loyal customers}
            - {id: G3, title: Regional depots, metrics: [M4]}
            - {id: G4, title: Greener depots, parent: G3, metrics: [M7]}
          initiatives:
            - {id: I1, title: Platform consolidation, start: 2001-02-01, end: 2002-12-31}
            - {id: I2, title: Old dealer portal, status: cancelled}
            - {id: I3, title: Sign partnerships with technical schools, supports: [G1],
               start: 2001-10-01}
            - {id: I4, title: Dealer training program, start: 2001-04-01}
            - {id: I5, title: People Power, supports: [G1, G2, G3]}
            - {id: I6, title: Primer for web developers,
               description: "Other documents may be created, such as a primer."}
            - {id: I7, title: Community Impact Plan (three-year plan adopted 2001)}
            - {id: I13, title: Fewer dealer roadshows in 2002, staff redirected to training,
               start: 2002-01-01}
            - {id: I8, title: Regional hydrogen hub grant application,
               description: "Placed on the reserve list; we have not received funding yet."}
            - {id: I9, title: Tourist facilities built, metrics: [M1]}
            - {id: I10, title: Integrate the dealers' supply chains, metrics: [M2, M3]}
            - {id: I11, title: New depot - Leeds, supports: [G3]}
            - {id: I12, title: New depot - York, supports: [G3]}
            - {id: I14, title: Training centre (Swindon), start: 2001-03-01, end: 2002-06-30}
            - {id: I15, title: Apprentice workshops at the new Training centre in Swindon,
               start: 2001-09-01}
            - {id: I16, title: Provide evidence of responsible fiscal stewardship,
               start: 2001-01-01, metrics: [M5]}
            - {id: I17, title: Establishment of new district offices, metrics: [M6]}
            - {id: I18, title: Street outreach, kind: ongoing, status: active}
            - {id: I23, title: Monitor the dealers' quarterly returns}
            - {id: I20, title: Smart meter licence, status: active, end: 2002-09-30}
            - {id: I32, title: Stable release of the library, status: planned,
               x-status: Pending funding}
            - {id: I21, title: Integrate the Glasgow depot, start: 2001-03-01,
               description: Expected to be in place by summer 2002.}
            - {id: I22, title: Document the dealers' history, start: 2001-03-01,
               description: The agency expects to complete the work in 2003.}
            - {id: I26, title: On-site dealer displays, start: 2001-03-01,
               description: "When: Spring 2003"}
            - {id: I19, title: Peace fellowship}
            - {id: I22, title: Dealer app for tablets, status: on-hold}
            - {id: I24, title: Seeking new avenues to reach dealers, status: active,
               description: The agency has been actively seeking new avenues to reach dealers.}
            - {id: I25, title: Dealer orientation video,
               description: "This year, the agency is developing a dealer orientation video."}
            - {id: I27, title: Dealer loyalty survey,
               description: "When: 3 months after the dealer audit"}
            - {id: I28, title: Dealer dashboard, start: 2001-03-01,
               description: Populate the dashboard by end of February.}
            - {id: I29, title: "Dealer pathway: Veterans with disabilities"}
            - {id: I30, title: Dealer enrollment for veterans with disabilities,
               start: 2001-06-01, end: 2002-06-30}
            - {id: I31, title: Provide counselling services to dealers' families}
            - {id: I33, title: Dealer pricing model update,
               description: We will use the survey's findings to update prices in 2003.}
            - {id: I34, title: New dealer strategy for 2003-2005}
            - {id: I35, title: Cross-training of counter staff, status: active,
               description: "The agency is providing cross-training to counter staff."}
            - {id: I36, title: Shift in focus to the larger depots, status: active,
               description: A shift in focus providing greater coverage of the larger depots.}
            - {id: I37, title: Investments in training of dealer staff since 2001}
            - {id: I38, title: Dealer reimbursement process, status: blocked,
               description: The project is on hold pending resolution of revised scope.}
            - {id: I39, title: Dealer portal redesign, status: active}
            - {id: I40, title: Training on the new dealer portal, depends_on: [I39],
               end: 2003-06-30,
               description: Training on the new portal will begin in early 2003.}
            - {id: I41, title: Strengthen energy efficiency across the depots, supports: [G4]}
            - {id: I42, title: Diagnose}
            - {id: I43, title: Measure progress}
            - {id: I44, title: Implement the Business Plan, status: active}
            - {id: P1, title: Dealer safety programme}
            - {id: P1.1, title: Dealer site inspections, end: 2003-12-31}
            - {id: P1.2, title: Dealer fire drills, status: done, completed: 2002-06-30}
          metrics:
            - {id: M1, title: Facilities built, targets: [{value: 1, date: 2002-12-31}],
               target: {value: 2, date: 2004-12-31}}
            - {id: M2, title: Supply chain design endorsed by the dealers, kind: milestone,
               target: {value: 1, date: 2002-01-31}}
            - {id: M3, title: Integrated supply chain operational, kind: milestone,
               target: {value: 1, date: 2002-08-31}}
            - {id: M4, title: Regional depots open, unit: depots,
               targets: [{value: 1, date: 2002-12-31}], target: {value: 2, date: 2004-12-31}}
            - {id: M5, title: December audit report and regular budget reports}
            - {id: M6, title: New district offices established, unit: offices,
               target: {value: 6, date: 2002-03-31}}
            - {id: M7, title: Energy use per depot, unit: MWh, direction: decrease,
               targets: [{value: 90, date: 2002-12-31}, {value: 80, date: 2003-12-31}],
               target: {value: 70, date: 2004-12-31}}
          budgets:
            - {id: B1, title: Dealer training 2001, amount: 400000, period: '2001', funds: [I4]}
            - {id: B2, title: Dealer training 2002, amount: 400000, period: '2002', funds: [I4]}
            - {id: B3, title: In talks to secure $250K, amount: 250000, funds: [I19]}
          """))
def initiative_without_dates(plan: Plan) -> Iterator[Finding]:
    """An initiative has no ``start`` or no ``end``.

    An initiative without dates cannot be scheduled against the goals it serves, cannot be
    seen to be late, and quietly becomes permanent. An initiative without its own ``start``
    starts with the plan when the plan's horizon states its start (a year's operations plan
    lists each task's end); its end is its own, except in a plan of about a year (a year's
    budget or operations plan, whose work ends with the year; up to eighteen months, as an
    operating plan adopted in the autumn for the coming year runs; or a plan that states
    such a span only as a length counted from an event still to come, a party's first
    hundred days as a national party, ``horizon: {length: P100D}``, whose work starts and is
    due within it; or a plan set out for one numbered release or sprint, its horizon naming
    it in words with no date, ``Plan for 3.14``, ``by the end of Sprint 11``, whose dates
    the project's release schedule or the team's sprints set: its work starts within that
    cycle and is due with it, and a date of each item's own would be made up), for a step of
    work towards goals of a year or less (a task under a goal due by Q4, which ends with
    it), for a continuing duty (``kind: ongoing``: advocacy, monitoring, a monthly report;
    or work whose title is a watch kept on something, ``Monitor quarterly reports``,
    ``Monitoring if future target adjustment is required``, with no end state to reach, or a
    function alone, a verb with nothing it is done to or makes, ``Diagnose``, ``Recommend``,
    ``Measure progress`` (a logic model's outputs, what a team keeps doing); or work the
    plan reports under way, ``status: active``, in the words of an effort kept up, as an
    annual performance report tells what an agency keeps doing: ``continues to work toward
    establishing a strong online business culture``, ``actively seeking new avenues to reach
    homeowners``, ``efforts ... are ongoing``, ``a heavy focus on``, ``a shift in focus
    providing greater coverage``, or of work that goes on by design once made, ``have
    created a vocabulary rich environment which continues to be developed``; not ``efforts
    are underway to refine how this goal is measured``, work begun towards an end; or in the
    words of standing provision it is giving, as a report tells a practice kept up: ``The
    agency is providing cross-training to frontline agents``, ``employees are engaged in
    skills transfer and cross training``; not ``providing additional training``, provision
    that changes; or work under way titled only as the carrying out of another plan of the
    organisation, ``Implement the Business Plan``, which holds its own schedule and is in
    force as long as it is, not a plan just made, ``Implementing the new strategic plan``)
    and for a standing programme that budget lines of several periods fund (a department's
    program inventory, funded year after year), which have none by design; a theme of the
    whole plan, work that supports every one of its top-level goals (``People Power`` under
    each of four priorities; a top-level goal a person lists among their own ``objectives``,
    a chief executive's short-term goal, is that person's, not a priority the theme must
    serve), runs with the plan and ends with its horizon; so does standing provision in a
    plan that states both dates of its period, work whose title opens by providing, or
    investing in, services, care, funding, support, training or opportunities (a hospital's
    three-year implementation strategy: ``Provide mental health care services through the
    Mental Health Center``, ``Provide funding and/or in-kind support to community nonprofit
    organizations``; a report's ``Investments in rebuilding, training and maturation of
    staff since May 2022``), not provision that changes (``Providing enhanced digital
    services``) or sets something up (``Provide funding to establish a clinic``): a service
    kept up for the period, with no end state of its own. A programme whose own measures set
    a target for each of several years (a municipal plan's programa, so many facilities
    built in each year of the term) is scheduled by them, and ends with its last target, and
    so is a row of an action plan whose own measure sets what it delivers by one year only
    (six new district offices in 2017-18, the year columns after it empty): its year column
    dates the work as plainly as several would; so is an action whose own measures are all
    milestones with deadlines (a work package's action, its deliverables each due by a
    date): each step can be seen to be late by its deadline, and a start and end on the
    action would only repeat them. So is a line of work with nothing of its own to schedule
    by (no status, start, owner, team, measure or budget line) when each goal it serves has
    measures whose dated targets fall in three years or more, the last no earlier than the
    plan's end (a pillar's key strategies under its 2026, 2030 and 2035 targets; a service
    plan's strategies under an objective's target for each of its three years): the goal's
    trajectory says where the work must have got to and when, and the line of work runs with
    the plan; not work under a goal with fewer target years, or whose targets stop before
    the plan ends. So is each of several like pieces of work whose titles name the unit a
    measure of their goal counts in (``URSI Itaquera`` and ``URSI Butantã`` under a goal
    measured in ``URSIs``, 4 by 2014 and 8 by 2016): they are the things the goal delivers,
    scheduled together by its dated targets, and each is due by the last. So is work whose
    title puts it at the site another piece of work of the plan builds, named as that work's
    title names it (``Agrivoltaics research at the proposed Country Acres solar facility``,
    with ``Country Acres (local solar PV)`` to end in 2026): work at a facility still being
    built follows the facility's schedule, and ends with it. So is work another piece of
    work of the plan depends on (its ``depends_on``), when that work states when it starts,
    by its ``start`` or in words as a part of a year (``Training on the new process will
    begin in early 2026``, after the new process it trains staff on): what it waits on is
    due by then. So is a row of a register whose title names its item after the register's
    label (``Enrollment pathway: Veterans with disabilities``) when another piece of work of
    the plan names that item in its own title with an end (a roadmap's ``In-person
    enrollment for U.S. Veterans with disabilities``, due in Q4): the register leaves the
    date to the work that delivers the item, and the row ends with the latest such work.
    So is a programme whose components the plan numbers under it, each dated (``P1.1`` and
    ``P1.2`` under ``P1``: a development plan's program header over the projects that carry
    it out, each with its period of implementation): it runs from the first component's
    start to the last one's end, and dates of its own would only restate theirs.
    Work measured only by reports made again and again (a board report of fiscal stewardship
    measured by ``December Audit Report and continued regular budget reports``) is a
    standing duty of reporting, with no end to reach; not a project measured by its
    ``monthly progress reports``, which ends. An initiative whose title or description
    states its span in words, a length of years and the year it began (``Community Impact
    Plan (three-year plan adopted 2022)``), has its end stated; so does one whose work
    table's time column gives it a length of time, from the plan's date or from a step or
    event the cell names (``When: Within 10 years``, ``When: 3 months after identifying
    audience``, not ``When: Post-February``): a schedule in words the format's ``end``
    cannot carry, and no date made up; so does one whose title puts its work in a calendar
    year (``Fewer downtown missions in 2025, detectives redirected``, ``Fundraising drives
    during 2018``, not ``starting in 2018``): it is that year's work, and ends with it; so
    does one whose title or description states its end in words, as a part of a year
    (``expect the integrated model to be in place by summer 2015``, ``Expected timeframe for
    approval is early 2015``, ``by the end of 2016``, not ``begun in early 2014``), also as
    the cell of a work table's time column (``When: Spring 2018``, ``Timeline: Spring/Summer
    of 2026``: when the work is done, so by when it is late; not ``When: from summer
    2013``), or as the year alone the work is still to be completed in (``expects to
    complete the work in 2026``, ``scheduled for completion in 2026``, not ``completed in
    2017``) or, from the plan's year on, done in (``will use these findings to update this
    KPM target in 2026``, not ``will begin in 2026`` nor ``will continue in 2026``), or as
    the end of a month named without a year (``Populate Dashboard by end of February`` in a
    report dated January: the first such month from the plan's date on): a date the format's
    ``end`` cannot carry, which still says when the work can be seen late; so does a plan or
    strategy whose title names it for a period that starts after the plan's date (``New
    strategic plan for 2026-2029`` in a report of 2025, not ``Implement the 2026-2029
    plan``): it is due before its period starts; so does one a sentence of whose title or
    description opens by putting the work, under way or to come, in a year, as an annual
    report times the year's work (``This year, the office is developing an orientation
    video``, the year of the plan's date; ``For 2025, ... we expect to launch the survey for
    all four quarters``): it ends with that year; not a year before the plan's date (``In
    2024 due to a delay ...`` is history) nor a sentence that tells of the work's start
    (``In 2026 we will begin``). Initiatives that are done or cancelled are left alone, and
    so is work the plan only allows, not commits to (``Other non-normative documents may be
    created such as: Use case documents``, an optional deliverable): nothing is late that
    need not be done. Nor is work the plan puts on hold on purpose (``status: on-hold``:
    paused, parked, a roadmap's inactive list): when it resumes, if ever, is for the
    decision that takes it up again, and a date set now would be made up; it does not count
    towards the plan's practice either. Nor is work that waits on funding it has not
    received, as its own words or status say (a grant application whose projects ``have not
    received funding yet``; a roadmap's milestone ``Pending funding`` or ``Needs funding``):
    until the money comes there is no project to schedule, only a bid whose outcome is the
    funder's. Nor is work whose own words say it is on hold until something it waits on is
    settled (a tracker's blocked project, ``on hold pending resolution of revised scope``):
    when it goes on is for what it waits on, and a date set now would be made up; work
    merely marked ``blocked`` is still asked its dates. When more than a third of a plan's
    initiatives have no dates, the plan is reported once instead of each initiative. A plan
    that says it keeps the dates of its work in delivery plans it does not publish (``plan:
    withheld: [schedules]``: a roadmap whose labs' detailed plans, with their timelines, are
    "not reproduced in this roadmap") is not asked for them, nor is work that serves only
    goals that say so of themselves (a goal's own ``withheld: [schedules]``), which does not
    count towards the plan's practice either. A continuing duty the plan reports under way
    (``kind: ongoing``, ``status: active``: a work table's "Ongoing" programme) is not asked
    its start either: it has begun, and a start would only date history, not schedule
    anything; nor is work the plan reports under way (``status: active``) with an end of its
    own (a government business plan's sub-actions its tracker dates ``Started`` to ``Sep
    2014``, carried over from the year before): it has begun, and its end is the date it can
    be seen late by. In a plan that states no dates of its period (no horizon, or one stated
    only in words or as a length), work whose end is known and that has no start runs from
    the plan's date, which is when the plan set it out: an end of its own (a work table's
    "June 2021", an application's code update "expected ... early 2015"), one its own
    measures' dated targets set (a working group charter's spin-out projects, to be launched
    by the end of CY 2025), or none, by nature, for a continuing duty (a dashboard analysed
    daily): its end, or its rhythm, shows whether it is late, and a start would only repeat
    the plan's date. In such a plan, work naming no deliverable and measured only by
    indicators read at a calendar cadence with no target (a programa presupuestal's
    productos, ``POBLACION CON DOCUMENTO NACIONAL DE IDENTIDAD``, measured ``TRIMESTRAL`` or
    ``ANUAL`` every fiscal year) is a standing service watched period by period, with no end
    by nature; under a stated period, such work (an action measured quarterly) is still
    asked its dates. Nor is work asked dates that is not yet under way (no start, no status)
    and that every budget line paying for it says is still being sought (``In talks to
    secure $250K``): a bid, like a grant application not yet funded. Nor is work the plan
    only tells of, in a plan that reports the state of its work item by item (at least two
    in three of its initiatives state a ``status``, as an annual performance report marks
    the work it describes under each measure done, active or planned): an item with no
    status and nothing else that makes it work of the plan (no owner, unit or team, no goal
    it serves, no measure, date or budget line, no work that depends on it), such as a
    report's account of what drove a result (``This was attributed to ODVA offering better
    than prime mortgage rates``) or of work it calls neither finished nor going on. The plan
    does not present it as work under way or to come, and dates asked of it would schedule
    an account; it does not count towards the plan's practice either.
    """
    if plan.withheld("schedules"):
        return
    kept_out = plan.withheld_ids("schedules")
    live = [initiative for initiative in plan.initiatives
            if not initiative.finished and not initiative.on_hold
            and not held_pending(initiative)
            and initiative.id not in kept_out and not _told_of(plan, initiative)
            and not _optional(initiative) and not _awaits_funding(plan, initiative)]
    horizon = plan.info.horizon
    begins = horizon.start if horizon is not None else None
    span = plan.span_days
    annual = span is not None and span <= _YEAR_PLAN
    # a year or less counted from an event still to come: its work is due within it
    counted = annual and horizon is not None and horizon.end is None
    # one numbered release or sprint, dated by its own schedule: its work is due with it
    release = plan.release_cycle
    undated = horizon is None or (horizon.start is None and horizon.end is None)
    framed = horizon is not None and horizon.start is not None and horizon.end is not None
    closes = horizon.end if framed and horizon is not None else None
    found = []
    for initiative in live:
        if initiative.start is not None and initiative.end is not None:
            continue  # most work: dated in its own fields, which nothing below overrides
        goals = plan.refs(initiative, "supports", Goal)
        if _scheduled_by_milestones(plan, initiative):
            continue
        duty = continuing(initiative) or kept_up(initiative) or carries_out_plan(initiative)
        standing = duty or _funded_yearly(plan, initiative) \
            or _reported_regularly(plan, initiative) \
            or (undated and _watched_service(plan, initiative))
        with_plan = annual or plan.whole_plan_theme(initiative) \
            or (framed and standing_provision(initiative.title))
        by_parts = _components_span(plan, initiative)
        own_end = initiative.end or _end_in_words(initiative, plan.info.as_of) \
            or _year_in_words(initiative, plan.info.as_of) \
            or _month_in_words(initiative, plan.info.as_of)
        ends = own_end or (date.max if standing or _spans(initiative) else None) \
            or _year_of(initiative) or (
            horizon.end if with_plan and horizon is not None else None) \
            or (date.max if counted or release else None) or _within_goals_year(
            goals, begins) or _last_yearly_target(plan, initiative) or _counted_by(plan, goals,
                                                                               initiative) \
            or _paced_by_goals(plan, goals, initiative, closes) \
            or _at_site(plan.shared(_dated_sites), initiative) \
            or _named_in_dated(plan, initiative) or _before_dependents(plan, initiative) \
            or by_parts[1]
        started = initiative.start or begins or by_parts[0] or (
            date.min if counted or release or (initiative.status == "active" and (
                duty or own_end is not None)) else None) \
            or (plan.info.as_of if undated and ends is not None else None)
        missing = [name for name, day in (("start", started), ("end", ends)) if day is None]
        if missing:
            what = " and ".join(missing)
            found.append(initiative.finding(
                f"{initiative.describe()} has no {what} date; set "
                f"{what} so it can be scheduled and tracked"))
    yield from by_practice(plan, found, len(live), items="initiatives",
                           lacking="have no start or end date",
                           fix="set start and end on each so it can be scheduled and tracked")


#: Wording that allows a piece of work rather than commits to it (``documents may be
#: created``, ``an optional primer``).
_OPTIONAL = LazyPattern(r"\b(?:may|might) (?:also )?be (?:created|produced|developed|written|"
                        r"prepared|published|drafted)\b|\boptional\b", re.IGNORECASE)


#: A span stated in words: a length of years, and the year the work began (``three-year
#: plan adopted 2022``, ``a 5-year programme launched in 2019``).
_SPAN = LazyPattern(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]year "
                    r"(?:plan|programme|program|strategy|project)\b[^.;]*?\b(?:adopted|"
                    r"launched|started|begun|approved)(?: in)? (?:19|20)\d\d\b", re.IGNORECASE,
    needs=("adopted", "launched", "started", "begun", "approved"))


#: The cell of a work table's time column that gives the work a length of time, from the
#: plan's date or from a step or event it names (``When: Within 10 years``, ``When: 5
#: years``, ``When: Six months after backlog``, ``When: 30-60 days from 12/22/2017``), not a
#: time past (``Timing: 2 years ago``) nor a rhythm (``When: every 3 months``).
_TIME_LENGTH = LazyPattern(
    r"\b(?:when|timeline|time\s?frame|timing|target\sdate|deadline|due):\s(?:within|in|up\sto|"
    r"about|approximately|around)?\s?(?:\d+(?:\s?[-\u2013]\s?\d+)?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|eighteen)\s(?:days?|weeks?|months?|quarters?|years?)"
    r"\b(?!\s(?:ago|earlier|before\snow))", re.IGNORECASE,
    needs=("day", "week", "month", "quarter", "year"))


#: A budget line that says its money is still being sought, not held (``In talks to
#: secure $250K``, ``£40k to be secured``).
_SOUGHT = LazyPattern(r"\b(?:in talks|seeking|hoping|trying) to secure\b|"
                      r"\b(?:to be|not yet|yet to be) secured\b", re.IGNORECASE)


def _awaits_funding(plan: Plan, initiative: Initiative) -> bool:
    """Whether an initiative's own words say it waits on funding it has not received
    (see :func:`rules._text.awaits_funding`), or, for work not yet under way (no start, not
    active), every budget line that pays for it (one at least) says its money is still
    being sought (see ``_SOUGHT``): a bid, not yet work to schedule."""
    if awaits_funding(initiative):
        return True
    if initiative.start is not None or initiative.status is not None:
        return False
    lines = plan.referrers(initiative, "funds", Budget)
    return bool(lines) and all(_SOUGHT.search(worded(line.title, line.description))
                               for line in lines)


#: A calendar year a title puts its work in (``Fewer missions in 2025``, ``Fundraising
#: drives during 2018``), not one it starts from (``starting in 2018``) nor a span of
#: years (``in 2024/25``).
_IN_YEAR = LazyPattern(r"(?<!starting )(?<!from )(?<!since )\b(?:in|during|throughout) "
                       r"((?:19|20)\d\d)\b(?![/-]\d)", re.IGNORECASE)


def _year_of(initiative: Initiative) -> date | None:
    """The last day of the calendar year an initiative's title puts its work in (see
    ``_IN_YEAR``): work of that year, which ends with it."""
    match = _IN_YEAR.search(" ".join((initiative.title or "").split()))
    return date(int(match.group(1)), 12, 31) if match else None


#: An end stated in words, as a part of a year the work is to be done by (``expect the
#: integrated model to be in place by summer 2015``, ``Expected timeframe for approval is
#: early 2015``, ``until the end of 2016``, ``by mid-2017``, ``by the summer of 2015``): the
#: season or part of the year, after the word that makes it the end (``by``, ``until``,
#: ``for``, ``is``, ``due (in)``, ``expected (in)``) or the label of a work table's time
#: column, whose cell is when the work is done (``When: Spring 2018``, ``Timeline:
#: Spring/Summer of 2026``), not the time something began (``in early 2014 we started``,
#: ``When: from summer 2013``).
_PART_OF_YEAR = LazyPattern(
    r"\b(?:(?:by|until|for|is|due|expected)(?:\sin)?|(?:when|timeline|time\s?frame|timing|"
    r"target\sdate|deadline|due):)\s(?:the\s)?(?:(?:early|mid|late)[\s-]|(?:spring|summer|"
    r"autumn|fall|winter)(?:/(?:spring|summer|autumn|fall|winter))?[\s-](?:of\s)?|end\sof\s|"
    r"(?:first|second)\shalf\sof\s)"
    r"((?:19|20)\d\d)\b", re.IGNORECASE,
    needs=("early", "mid", "late", "spring", "summer", "autumn", "fall", "winter", "end", "half"))


#: An end stated as a year alone, after words that say the work is expected to be completed
#: then (``expects to complete the work in 2026``, ``will be finished by 2019``, ``scheduled
#: for completion in 2026``), not a completion already reported (``completed in 2017``), one
#: the work asks of others (``require suppliers to complete the roll-out by 2019``) nor a
#: span of years (``in 2024/25``).
_COMPLETED_IN = LazyPattern(
    r"\b(?:(?:(?:expects?|expected|plans?|planned|aims?|intends?|is|are|scheduled|due)\sto|"
    r"will)\s(?:be\s)?(?:complete|completed|finish|finished|conclude|concluded)"
    r"(?:\s[\w-]+){0,3}?|(?:expected|scheduled|planned|due)\sfor\scompletion|completion\s"
    r"(?:is\s)?(?:expected|scheduled|planned|due))\s(?:in|by)\s((?:19|20)\d\d)\b(?![/-]\d)",
    re.IGNORECASE,
    needs=("complet", "finish", "conclu"))


#: A sentence that opens by putting its work in a year (``This year, the office is
#: developing ...``, ``For 2025, ... we expect to launch the survey``, ``In 2018, our focus
#: will be ...``): the year (none for ``this year``), and the rest of the sentence, bounded.
_YEAR_OPENER = LazyPattern(
    r"(?:^|[.!?;]\"? |\")(?:this\s(?:calendar\s|fiscal\s)?year|(?:in|for|during|throughout)\s"
    r"((?:19|20)\d\d)\b(?![/-]\d)),?(?P<rest>[^.!?;]{0,200})", re.IGNORECASE)
#: The rest of such a sentence speaking of work under way or to come (``is developing``,
#: ``is not changing``, ``will be``, ``we expect to``), not of its start (``we began``,
#: ``will start``).
_UNDER_WAY_OR_TO_COME = LazyPattern(
    r"\b(?:(?:is|are)\s(?:not\s|now\s|still\s)?[a-z]+ing|will|shall|expects?|intends?|plans?|"
    r"aims?)\b", re.IGNORECASE)
_STARTS = LazyPattern(r"\b(?:begin|began|begun|start|commence)", re.IGNORECASE)


def _year_in_words(initiative: Initiative, dated: date | None) -> date | None:
    """The last day of the year a sentence of an initiative's title or description opens
    by putting the work in (see ``_YEAR_OPENER``), telling of it as under way or to come
    and not of its start: ``this year``, the year of the plan's date, or a year named, not
    one before it (``In 2024 due to a delay ...`` is history). A report's timing of the
    year's work in words the format's ``end`` cannot carry; it ends with that year."""
    if dated is None:
        return None
    for text in (initiative.title, initiative.description):
        for found in _YEAR_OPENER.finditer(" ".join(worded(text).split())):
            year = int(found.group(1) or dated.year)
            if year >= dated.year and _UNDER_WAY_OR_TO_COME.search(found["rest"]) \
                    and not _STARTS.search(found["rest"]):
                return date(year, 12, 31)
    return None


#: An end stated as the end of a month named without a year (``Populate Dashboard by end
#: of February``, ``until the end of March``), not one a year follows (``by the end of
#: March 2016``, read with the date it names).
_MONTH_END = LazyPattern(
    r"\b(?:by|until|before)\s(?:the\s)?end\sof\s(january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b(?!,?\s(?:of\s)?(?:19|20)?\d\d\b)",
    re.IGNORECASE, needs=("end",))
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def _month_in_words(initiative: Initiative, dated: date | None) -> date | None:
    """The last day of the month an initiative's title or description says it is to end
    by, named without a year (see ``_MONTH_END``): in a plan dated, the first such month
    from the plan's date on, as a report dated January times work due 'by end of
    February'. A date in words the format's ``end`` cannot carry without a year made up."""
    if dated is None:
        return None
    match = _MONTH_END.search(" ".join(worded(initiative.title, initiative.description).split()))
    if match is None:
        return None
    month = _MONTHS.index(match.group(1).lower()) + 1
    year = dated.year if month >= dated.month else dated.year + 1
    return date(year + 1, 1, 1) - timedelta(days=1) if month == 12 \
        else date(year, month + 1, 1) - timedelta(days=1)


#: A year the work is said to be done in, after words that put it to come (``will use
#: these findings to update this KPM target in 2026``, ``plans to publish the guide during
#: 2026``): the year, and the words between, read for a start or a continuation (``will
#: begin in 2026``, ``will continue in 2026`` say nothing of when the work ends); not a span
#: of years (``in 2026-27``) nor money of a year (``in 2026 dollars``).
_DONE_IN = LazyPattern(
    r"\b(?:will|(?:plans?|planned|expects?|intends?|aims?|scheduled)\sto)\s(?P<words>[\w'-]+"
    r"(?:\s[\w'-]+){0,9}?)\s(?:in|during)\s((?:19|20)\d\d)\b(?![/-]\d|\s(?:dollars|prices))",
    re.IGNORECASE, needs=("will", "plan", "expect", "intend", "aim", "schedul"))
_CONTINUES = LazyPattern(r"\bcontinu", re.IGNORECASE)


#: A plan or strategy named in a title for a period of years (``New strategic plan for
#: 2026-2029``, ``Develop the 2027-2030 workforce strategy``): the first year of the
#: period. The title is the plan itself, or the making of it, in up to three words that
#: qualify it (not ``Implement the plan for 2026-2029``, ``Review of the plan ...``), and
#: ends with its name (not ``Strategic plan 2026-2029 rollout``).
_PLAN_FOR_PERIOD = LazyPattern(
    r"^(?:(?:develop|draft|prepare|write|create|produce|adopt|publish|finali[sz]e|complete)"
    r"\s|(?:development|drafting|preparation|adoption|publication)\sof\s)?"
    r"(?:(?:the|a|an|new|next|our)\s)*(?:(?P<qualified>(?:[\w-]+\s){0,3}?)(?:plan|strategy)"
    r"(?:\sfor)?(?:\s(?:the\s)?(?:period|years))?\s(?P<first>(?:19|20)\d\d)\s?[-\u2013/]\s?"
    r"(?:19|20)?\d\d|(?P<lead>(?:19|20)\d\d)\s?[-\u2013/]\s?(?:19|20)?\d\d\s"
    r"(?P<kind>(?:[\w-]+\s){0,3}?)(?:plan|strategy))\s*(?:$|[(:,;\u2013]|\s-\s)",
    re.IGNORECASE, needs=("plan", "strategy"))
#: Words that make a title about a plan rather than the plan: its carrying out or a look
#: at it (``Implement the``, ``Review of``), or a phrase (an article or a preposition).
_NOT_THE_PLAN = LazyPattern(
    r"\b(?:the|a|an|of|to|for|and|on|with|implement\w*|deliver\w*|execut\w*|carry\w*|"
    r"roll\w*|achiev\w*|monitor\w*|support\w*|fund\w*|review\w*|evaluat\w*|track\w*|"
    r"align\w*|report\w*|progress|under)\b", re.IGNORECASE)


def _end_in_words(initiative: Initiative, dated: date | None) -> date | None:
    """The last day of the year in whose part an initiative's title or description says
    it is to end (see ``_PART_OF_YEAR``), or of the year alone it says the work is to be
    completed in (see ``_COMPLETED_IN``) or, in a plan dated, done in, that year or later
    (see ``_DONE_IN``): a date in words the format's ``end`` cannot carry, which says by
    when the work can be seen late; it ends within that year. In a plan dated, a plan or
    strategy a title names for a period that starts after the plan's date (see
    ``_PLAN_FOR_PERIOD``) is due by the day before the period starts."""
    text = " ".join(worded(initiative.title, initiative.description).split())
    match = _PART_OF_YEAR.search(text) or _COMPLETED_IN.search(text)
    if match:
        return date(int(match.group(1)), 12, 31)
    if dated is None:
        return None
    for found in _DONE_IN.finditer(text):
        year = int(found.group(2))
        if year >= dated.year and not _STARTS.search(found["words"]) \
                and not _CONTINUES.search(found["words"]):
            return date(year, 12, 31)
    period = _PLAN_FOR_PERIOD.match(" ".join(strip_label(initiative.title or "").split()))
    if period is not None and not _NOT_THE_PLAN.search(
            period["qualified"] or period["kind"] or ""):
        first = date(int(period["first"] or period["lead"]), 1, 1)
        if first > dated:
            return first - timedelta(days=1)
    return None


#: Where a title puts its work at a site (``research at the proposed Country Acres solar
#: facility``): the words after ``at``, a name to look up.
_AT_SITE = LazyPattern(r"\bat (?:the )?(?:proposed |planned |new |future )?(?P<site>[^,;()]+)",
                       re.IGNORECASE)
#: The longest name of a piece of work, in words, looked up at a site.
_SITE_WORDS = 6


def _work_name(initiative: Initiative) -> str:
    """An initiative's name as a phrase: its title before a parenthesis, a dash or a
    colon (``Country Acres`` of ``Country Acres (local solar PV, 344 MW)``)."""
    return phrase(re.split(r"\(| - |:", initiative.title or "", maxsplit=1)[0])


def _dated_sites(plan: Plan) -> dict[str, date]:
    """The names (as phrases, two words at least) of the plan's initiatives that state
    their end (see ``_work_name``), with that end."""
    sites: dict[str, date] = {}
    for initiative in plan.initiatives:
        name = _work_name(initiative)
        if initiative.end is not None and len(name.split()) > 1:
            sites[name] = max(initiative.end, sites.get(name, initiative.end))
    return sites


def _at_site(sites: dict[str, date], initiative: Initiative) -> date | None:
    """The end of another piece of work of the plan at whose site the initiative's
    title puts its work (``Agrivoltaics research at the proposed Country Acres solar
    facility``, with ``Country Acres`` to be built by 2026): work done at a facility the
    plan is building follows the facility's schedule, and ends with it."""
    if not sites:
        return None
    own = _work_name(initiative)
    for found in _AT_SITE.finditer(" ".join((initiative.title or "").split())):
        words = phrase(found["site"]).split()[:_SITE_WORDS]
        for length in range(len(words), 1, -1):
            name = f" {' '.join(words[:length])} "
            if name in sites and name != own:
                return sites[name]
    return None


#: A row of a register, its title the register's label and the row's item (``Enrollment
#: pathway: Veterans with disabilities``): the item's name, before a parenthesis.
_REGISTER_ROW = LazyPattern(r"^[^\s:]+(?:\s[^\s:]+){0,4}:\s(?P<item>[^(]+)", needs=(":",))


def _dated_titles(plan: Plan) -> dict[str, list[tuple[str, date]]]:
    """The titles (as phrases) of the plan's initiatives that state their end, with that
    end, filed under each word they hold, so that a name is looked for only in the titles
    that hold its rarest word."""
    titles: dict[str, list[tuple[str, date]]] = {}
    for initiative in plan.initiatives:
        if initiative.end is not None:
            title = phrase(initiative.title or "")
            for word in set(title.split()):
                titles.setdefault(word, []).append((title, initiative.end))
    return titles


def _named_in_dated(plan: Plan, initiative: Initiative) -> date | None:
    """The latest end of the other pieces of work of the plan whose titles name the item
    of a register's row (see ``_REGISTER_ROW``; two words at least): ``Enrollment
    pathway: Veterans with disabilities`` beside a roadmap's ``In-person enrollment for
    U.S. Veterans with disabilities``, due in Q4. The register leaves the date to the work
    that delivers its item, and the row ends with it."""
    found = _REGISTER_ROW.search(" ".join((initiative.title or "").split()))
    if found is None:
        return None
    item = phrase(found["item"])
    words = item.split()
    if len(words) < 2:
        return None
    titles = plan.shared(_dated_titles)
    rarest = min((titles.get(word, []) for word in words), key=len)
    return max((end for title, end in rarest if item in title), default=None)


#: A start stated in words as a part of a year, after a verb that puts the work's start
#: to come (``Training on the new process will begin in early 2026``, ``is expected to
#: start in spring 2025``), not a start already made (``began in early 2014``).
_BEGINS_IN_PART_OF_YEAR = LazyPattern(
    r"\b(?:will|(?:is|are)\s(?:expected\s|scheduled\s|planned\s|due\s)?to|shall)\s"
    r"(?:begin|start|commence)\s(?:in\s)?(?:the\s)?(?:(?:early|mid|late)[\s-]|(?:spring|"
    r"summer|autumn|fall|winter)[\s-](?:of\s)?|(?:first|second)\shalf\sof\s)"
    r"((?:19|20)\d\d)\b", re.IGNORECASE, needs=("begin", "start", "commence"))


def _before_dependents(plan: Plan, initiative: Initiative) -> date | None:
    """When the first piece of work that depends on an initiative (its ``depends_on``
    names it) is to start: its own ``start``, or, in words, the last day of the year in
    whose part its title or description says it will begin (see
    ``_BEGINS_IN_PART_OF_YEAR``): the work it waits on is due by then."""
    starts = []
    for after in plan.referrers(initiative, "depends_on", Initiative):
        if after.start is not None:
            starts.append(after.start)
            continue
        found = _BEGINS_IN_PART_OF_YEAR.search(
            " ".join(worded(after.title, after.description).split()))
        if found is not None:
            starts.append(date(int(found.group(1)), 12, 31))
    return min(starts, default=None)


def _components(plan: Plan) -> dict[str, list[Initiative]]:
    """The pieces of work the plan numbers as components of another, by that one's id: an
    initiative whose id is another's, a dot and a number (``P1.1`` and ``P1.2`` of ``P1``)."""
    ids = {initiative.id for initiative in plan.initiatives}
    found: dict[str, list[Initiative]] = {}
    for initiative in plan.initiatives:
        stem, dot, number = initiative.id.rpartition(".")
        if dot and number.isdigit() and stem in ids:
            found.setdefault(stem, []).append(initiative)
    return found


def _components_span(plan: Plan, initiative: Initiative) -> tuple[date | None, date | None]:
    """When a programme runs by its numbered components (see :func:`_components`): from
    the first one's start, when each states one, to the last one's end or completion, when
    each states one; ``None`` for what they do not all state."""
    parts = plan.shared(_components).get(initiative.id, [])
    starts = [part.start for part in parts if part.start is not None]
    ends = [day for part in parts if (day := part.end or part.completed) is not None]
    return (min(starts) if parts and len(starts) == len(parts) else None,
            max(ends) if parts and len(ends) == len(parts) else None)


#: A report made again and again (``regular budget reports``, ``the annual audit
#: report``, ``monthly reports to the board``).
_RECURRING_REPORT = LazyPattern(r"\b(?:regular|monthly|quarterly|annual|yearly|weekly)\b"
                                r"[^.;,]{0,30}?\breports?\b", re.IGNORECASE)


#: Reports on a piece of work's own course (``monthly progress reports``), which a
#: finite project makes too.
_ABOUT_WORK = LazyPattern(r"\b(?:progress|status|project)\b", re.IGNORECASE)


def _reported_regularly(plan: Plan, initiative: Initiative) -> bool:
    """Whether each of the initiative's own measures (one at least) is a report made
    again and again (see ``_RECURRING_REPORT``): a standing duty of reporting, measured
    by its rhythm, with no end to reach."""
    metrics = plan.refs(initiative, "metrics", Metric)
    return bool(metrics) and all(
        (found := _RECURRING_REPORT.search(metric.title or "")) is not None
        and _ABOUT_WORK.search(found.group()) is None for metric in metrics)


def _spans(initiative: Initiative) -> bool:
    """Whether an initiative states its span in words (see ``_SPAN``), or the cell of a
    work table's time column gives it a length of time (see ``_TIME_LENGTH``)."""
    text = " ".join(worded(initiative.title, initiative.description).split())
    return _SPAN.search(text) is not None or _TIME_LENGTH.search(text) is not None


def _told_of(plan: Plan, initiative: Initiative) -> bool:
    """Whether an initiative is only told of: the plan reports the state of its work item
    by item (:attr:`~planlint.plan.Plan.reports_statuses`) and gives it no ``status``,
    nor anything else that makes it work of the plan: no owner, unit or team, no goal it
    serves, no measure, no date, no budget line that pays for it and no work that depends
    on it."""
    return initiative.status is None and plan.reports_statuses and not (
        initiative.owner or initiative.co_owners or initiative.unit or initiative.team
        or initiative.supports or initiative.metrics or initiative.start or initiative.end
        or plan.referrers(initiative, "funds")
        or plan.referrers(initiative, "depends_on"))


def _optional(initiative: Initiative) -> bool:
    """Whether the plan only allows the initiative, in its title or description (see
    ``_OPTIONAL``): work that need not be done."""
    return _OPTIONAL.search(worded(initiative.title, initiative.description)) \
        is not None


def _watched_service(plan: Plan, initiative: Initiative) -> bool:
    """Whether an initiative naming no deliverable is measured only by indicators read at
    a calendar cadence with no target (see :func:`planlint.measure_work.watched_at_cadence`):
    a standing service watched period by period, as a budget programme's products are
    measured every fiscal year."""
    return not names_deliverable(initiative.title or "") \
        and watched_at_cadence(plan.refs(initiative, "metrics", Metric))


def _funded_yearly(plan: Plan, initiative: Initiative) -> bool:
    """Whether budget lines of more than one period pay for the initiative: a standing
    programme funded year after year, as a department's program inventory is."""
    periods = {budget.period for budget in plan.referrers(initiative, "funds", Budget)
               if budget.period is not None}
    return len(periods) > 1


def _last_yearly_target(plan: Plan, initiative: Initiative) -> date | None:
    """The date of the last target of the initiative's own measures, when they set any:
    a programme scheduled by what it is to deliver each year (a municipal plan's
    programa, a number of works per year of the term), or an action plan's row by what
    it is to deliver in the one year it names, which ends with its last target."""
    dates = [target.date for metric in plan.refs(initiative, "metrics", Metric)
             for target in (*metric.targets, metric.target)
             if target is not None and target.date is not None]
    return max(dates) if dates else None


#: The fewest years a goal's dated targets must fall in to pace the work that serves it.
_PACING_YEARS = 3


def _paced_by_goals(plan: Plan, goals: list[Goal], initiative: Initiative,
                    plan_end: date | None) -> date | None:
    """The plan's end (``plan_end``, of a plan that states both dates of its period) when
    an initiative is a line of work of the strategy paced by the goals it serves: it has
    nothing of its own to schedule by (no status, start, owner, team, measure or budget
    line), and each goal it serves (one at least) has measures whose dated targets fall
    in three years or more, the last no earlier than the plan's end (a pillar's 2026,
    2030 and 2035 targets; an objective's target for each year of a three-year service
    plan): the goal's trajectory over the plan's life says where the work must have got
    to and when, and the work runs with the plan."""
    if plan_end is None or not goals or initiative.status is not None \
            or initiative.start is not None \
            or initiative.owner is not None or initiative.co_owners or initiative.team \
            or initiative.metrics or plan.referrers(initiative, "funds", Budget):
        return None
    for goal in goals:
        days = {target.date for metric in plan.refs(goal, "metrics", Metric)
                for target in (*metric.targets, metric.target)
                if target is not None and target.date is not None}
        if len({day.year for day in days}) < _PACING_YEARS or max(days) < plan_end:
            return None
    return plan_end


def _counted_by(plan: Plan, goals: list[Goal], initiative: Initiative) -> date | None:
    """The date of the last target of a goal's measure that counts things in a unit the
    titles of the initiative and of another piece of work of the goal both name (``URSI
    Itaquera`` and ``URSI Butantã`` under a measure of ``URSIs``, 4 by 2014 and 8 by
    2016): the work is one of the things the goal delivers, scheduled with them by the
    measure's dated targets, and due by the last."""
    dates = []
    for goal in goals:
        titles = [phrase(other.title or "")
                  for other in plan.referrers(goal, "supports", Initiative)]
        for metric in plan.refs(goal, "metrics", Metric):
            unit = phrase(metric.unit or "")
            if unit.strip() and unit in phrase(initiative.title or "") \
                    and sum(unit in title for title in titles) > 1:
                dates += [target.date for target in (*metric.targets, metric.target)
                          if target is not None and target.date is not None]
    return max(dates) if dates else None


def _scheduled_by_milestones(plan: Plan, initiative: Initiative) -> bool:
    """Whether an initiative is scheduled by milestones of its own, each with a dated
    target (a work package's action with its deliverables' deadlines): they say when
    each step is due, so it can be seen to be late without a start or end of its own."""
    metrics = plan.refs(initiative, "metrics", Metric)
    return bool(metrics) and all(
        plan.measure(metric).kind == "milestone" and _dated_target(metric)
        for metric in metrics)


def _dated_target(metric: Metric) -> bool:
    """Whether a metric's final target states its date."""
    final = final_target(metric)
    return final is not None and final[0].date is not None


def _within_goals_year(goals: list[Goal], begins: date | None) -> date | None:
    """The latest due date of the goals a step of work serves, when each is a goal of a
    year or less (from its start, else the plan's, to its due date): the work ends with
    them, as a year's plan's work ends with the year."""
    dues = []
    for goal in goals:
        start = goal.start or begins
        if goal.due is None or start is None or (goal.due - start).days > _YEAR:
            return None
        dues.append(goal.due)
    return max(dues, default=None)


@rule(code="PL904", name="initiative-outlasts-goal", category="formulation",
      severity="warning",
      fails=dedent("""\
          planlint: 1
          goals:
            - {id: G3, title: Take 15% out of production cost, due: 2002-12-31}
          initiatives:
            - {id: I1, title: Platform consolidation, supports: [G3], end: 2003-06-30}
          """),
      passes=dedent("""\
          planlint: 1
          goals:
            - {id: G3, title: Take 15% out of production cost, due: 2002-12-31}
            - {id: G1, title: Return to operating profit, due: 2003-12-31}
          initiatives:
            - {id: I1, title: Platform consolidation, supports: [G3, G1], end: 2003-06-30}
            - {id: I2, title: Flexible manufacturing, supports: [G3], end: 2002-12-31}
          """))
def initiative_outlasts_goal(plan: Plan) -> Iterator[Finding]:
    """An initiative ends after the due date of every goal it supports.

    Work that is still running when the goals it serves are due cannot contribute to them:
    either the timeline is wrong or the initiative serves something else. Ending on the due
    date is fine. An initiative without an end is left to initiative-without-dates, one that
    supports a goal without a due date is not judged (goal-without-deadline reports the
    goal), and initiatives that are done or cancelled are left alone. Nor is work still to
    begin after the as-of date in support of goals that were all due by then (a year-end
    report's objective, met, and the event set for the next year that shares its learning):
    it does not overrun the goals' time, which has closed, but follows them up; whether the
    goals were met is for the rules on their measures.
    """
    for initiative in plan.initiatives:
        end = initiative.end
        if end is None or initiative.finished:
            continue
        goals = plan.refs(initiative, "supports", Goal)
        dues = [goal.due for goal in goals if goal.due is not None]
        if not goals or len(dues) < len(goals) or max(dues) >= end:
            continue
        latest = max(dues)
        if initiative.start is not None and latest <= plan.as_of < initiative.start:
            continue  # follow-up of goals whose time has closed, not work overrunning them
        names = ", ".join(f"{goal.id} due {goal.due}" for goal in goals)
        yield initiative.finding(
            f"{initiative.describe()} ends on {end}, after every goal "
            f"it supports is due ({names}); end it by {latest}, or move the goal's due date",
            field="end",
            related=[goal.related(f"goal {goal.id} is due {goal.due}", "due")
                     for goal in goals])


#: Entries of ``assumptions`` that are no belief to test.
_NOT_BELIEFS = ("risk", "obstacle", "opportunity", "condition")
#: A statement that names the harm it could do to the plan (``could impact on
#: implementation``, ``may delay the launch``): a risk, whatever it is filed under.
_HARM = LazyPattern(r"\b(?:could|may|might)\s+(?:\w+ly\s+)?(?:impact|affect|delay|disrupt|"
                    r"hinder|jeopardi[sz]e|threaten|undermine)\b", re.IGNORECASE,
    needs=("could", "may", "might"))

#: A statement of what the plan needs to succeed (``To be successful, the group is
#: expected to have six active participants``, ``success depends on two implementers``):
#: a condition of success, watched as the plan's resources are.
_PREREQUISITE = LazyPattern(r"(?:^|[.;:]\s+)(?:in order )?(?:to be successful|to succeed)\b|"
                            r"\bsuccess (?:\w+ )?(?:requires|depends on|needs)\b",
                            re.IGNORECASE,
    needs=("succe",))


#: A market premise the plan's figures are computed at: a price or rate the market sets,
#: named with its figure (``Average copper price (JPY/Kg): 1,085``, ``Average exchange rate
#: (JPY/dollar): 110``, ``interest rate 1.5%``).
_MARKET_PREMISE = LazyPattern(
    r"\b(?:(?:exchange|interest|currency) rates?|(?:copper|alumin(?:i)?um|nickel|zinc|steel|"
    r"iron ore|gold|silver|oil|crude|naphtha|lng|coal|commodity|metal) prices?)\b"
    r"[^.;\d]{0,40}\d", re.IGNORECASE, needs=("rate", "price"))


#: A macroeconomic or demographic premise the plan's figures are computed at: the whole
#: statement is a macro aggregate or the population, named as a parameter with its figure
#: (``Lagos GDP Growth Rate: 4.02%``, ``Inflation Rate (State Figure): 9.01%``,
#: ``Population: 28.1 million``, ``real GDP growth of 3.5% a year``), with nothing after
#: the figure but its unit, period or range; a statement that goes on to what the figure
#: will do (``population growth of 3% will raise demand for our service``) is a belief.
_MACRO_PREMISE = LazyPattern(
    r"\A[\s\"'\u201c]*+(?:[a-z][\w'\u2019-]*\s+){0,3}?(?:(?:nominal|real)\s+)?"
    r"(?:gdp|gnp|gsp|gross\s+(?:domestic|state|national)\s+product|economic\s+growth|"
    r"inflation|consumer\s+price(?:s|\s+index)|cpi|rpi|unemployment|population)"
    r"(?:\s+(?:growth|rate|index|figure)){0,2}(?:\s*\([^()\d]{0,30}\))?"
    r"\s*(?::|=|[-\u2013]|(?:(?:assumed|projected|estimated|forecast)\s+)?(?:at|of|to\s+be)\b)"
    r"\s*(?:[^\s\d]{1,3}\s?)?\d[\d.,]*+"
    r"(?:[\s,/()%\u2013-]*+(?:(?:percent|per\s+(?:cent|annum|year)|a\s+year|annually|"
    r"yearly|p\.a\.|y/y|yoy|year[- ]on[- ]year|[mb]illion|trillion|thousand|bn|mn|m|k|"
    r"people|persons|inhabitants|residents|in|for|by|from|to|and|over|the|plan|period|"
    r"fy|year|years|average|estimated|projected|forecast|est)\b|\d[\d.,]*+)){0,12}"
    r"[\s%).\"'\u201d]*\Z", re.IGNORECASE,
    needs=("gdp", "gnp", "gsp", "gross", "economic", "inflation", "consumer", "cpi", "rpi",
           "unemployment", "population"))


def _belief(assumption: Assumption) -> bool:
    """Whether an assumption is a belief to confirm or refute: not filed as a risk, an
    obstacle, an opportunity or a condition of success, nor worded as a risk (see
    :data:`_HARM`) or as a condition of success (see :data:`_PREREQUISITE`), nor a market
    premise (see :data:`_MARKET_PREMISE`) or a macroeconomic or demographic one (see
    :data:`_MACRO_PREMISE`)."""
    statement = assumption.statement or ""
    return assumption.type not in _NOT_BELIEFS and not _HARM.search(statement) \
        and not _PREREQUISITE.search(statement) and not _MARKET_PREMISE.search(statement) \
        and not _MACRO_PREMISE.search(statement)


@rule(code="PL905", name="untested-assumption", category="formulation", severity="warning",
      fails=dedent("""\
          planlint: 1
          plan: {as_of: 2002-03-31}
          people: [{id: russo}]
          assumptions:
            - id: A1
              statement: Buyers return when initial quality reaches the segment average
              owner: russo
              test: Quarterly loyalty study against the quality index
              status: untested
              check_by: 2001-12-31
          """),
      passes=dedent("""\
          planlint: 1
          plan: {as_of: 2001-06-30}
          people: [{id: russo}]
          assumptions:
            - id: A1
              statement: Buyers return when initial quality reaches the segment average
              owner: russo
              test: Quarterly loyalty study against the quality index
              status: testing
              check_by: 2001-12-31
            - {id: O1, kind: obstacle, statement: Lack of a dealer network in the south}
            - {id: T1, kind: opportunity, statement: Faster adoption of electric vehicles}
            - {id: S1, kind: condition, statement: Dealers contributing staff to the launch}
            - id: A2
              statement: Public funding will stay tight over the first two years and could
                impact on implementation of some elements of the plan
            - id: A3
              statement: To be successful, the group is expected to have six or more
                active participants, including two independent implementers
            - {id: A4, statement: "Average exchange rate (JPY/dollar): 110 in FY2025"}
            - {id: A5, statement: "Population Growth Rate: 3.00%"}
          """))
def untested_assumption(plan: Plan) -> Iterator[Finding]:
    """An open assumption has no owner, or no test, or is still not validated or
    invalidated after its ``check_by`` date.

    A plan rests on assumptions about markets, customers and competitors, and strategies
    fail when those are never pressure-tested: the plan carries on while the world it
    assumed no longer exists. Each assumption needs someone who answers for testing it, a
    stated test, and a date by which it is settled. An assumption is open while its status
    is ``untested``, ``testing`` or not given; one that is ``validated`` or ``invalidated``
    is settled (invalidated-assumption follows up on the latter). All the conditions that
    hold are reported in one finding. A risk or an obstacle (``kind: risk``, ``kind:
    obstacle``: a known challenge, such as a V2MOM lists) is no belief to confirm or refute,
    and is left alone, as is an opportunity (``kind: opportunity``: a favourable condition
    that may help the plan, such as a SWOT's opportunities or a bond framework's "external
    factors that may support the achievement" of its targets), which the plan would welcome
    but does not rest on; so is a statement worded as a risk, one that names the harm it
    could do to the plan (``could impact on implementation``, ``may delay the launch``),
    which is watched as a risk is, not tested; and so is a condition of success the plan
    states (``kind: condition``: a plan's success factors, ``Motivating partner
    organisations to contribute staff``, or what its results depend on others doing,
    ``Indicators G and H depend on Eionet engagement``; or worded as one, ``To be
    successful, the group is expected to have six active participants``): what the plan
    needs, checked as its resources are, not a belief about the world to confirm or refute.
    So is a market premise the plan's figures are computed at, a price or rate the market
    sets named with its figure (a medium-term plan's ``Average copper price (JPY/Kg):
    1,085`` and ``Average exchange rate (JPY/dollar): 110`` beside its financial targets, an
    interest rate): read against the market as the finance function's standing work, not a
    belief the plan's work could confirm or refute. So is a macroeconomic or demographic
    premise, a macro aggregate or the population stated as a parameter with its figure and
    nothing more (a fiscal framework's ``GDP Growth Rate: 4.02%``, ``Inflation Rate:
    9.01%``, ``Population: 28.1 million``): a forecast read against the official statistics;
    what such a figure will do for the plan (``population growth of 3% will raise demand for
    our service``) is still a belief to test. A plan that lists its planning assumptions but
    names an owner and a test for few of them does not follow the practice, and is reported
    once; a ``check_by`` date passed is still reported on its assumption.
    """
    as_of = plan.as_of
    open_ = [assumption for assumption in plan.assumptions
             if assumption.status in _OPEN_ASSUMPTION and _belief(assumption)]
    untested = [assumption for assumption in open_
                if assumption.owner is None or not (assumption.test or "").strip()]
    plan_wide = widespread(len(untested), len(open_))
    if plan_wide:
        yield from by_practice(plan, [assumption.finding(named(
            assumption, label=assumption.statement)) for assumption in untested],
            len(open_), items="assumptions", lacking="name no owner or no test",
            fix="name under each assumption the owner who tests it and the test that "
                "would confirm or refute it")
    for assumption in open_:
        problems: list[tuple[str, str, str | None]] = []
        if assumption.owner is None and not plan_wide:
            problems.append(("has no owner to test it", "name an owner", None))
        if not (assumption.test or "").strip() and not plan_wide:
            problems.append(("has no test that would confirm or refute it", "state the test",
                             "test" if assumption.test is not None else None))
        if assumption.check_by is not None and assumption.check_by < as_of:
            problems.append((f"is still {assumption.status or 'unsettled'} after its "
                             f"check_by date {assumption.check_by}",
                             "settle it as validated or invalidated, or set a new check_by "
                             "with the reason", "check_by"))
        if not problems:
            continue
        yield assumption.finding(
            f"{named(assumption, label=assumption.statement)} "
            f"{joined([problem for problem, _, _ in problems])}; "
            f"{joined([fix for _, fix, _ in problems])}",
            field=problems[0][2] if len(problems) == 1 else None)


@rule(code="PL906", name="invalidated-assumption", category="formulation", severity="error",
      fails=dedent("""\
          planlint: 1
          plan: {as_of: 2002-03-31}
          goals:
            - {id: G2, title: Be the customer's first choice, due: 2003-12-31}
          assumptions:
            - {id: A1, statement: Buyers return when quality reaches the segment average,
               affects: [G2], status: invalidated}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {as_of: 2004-03-31}
          goals:
            - {id: G2, title: Be the customer's first choice, due: 2003-12-31}
          assumptions:
            - {id: A1, statement: Buyers return when quality reaches the segment average,
               affects: [G2], status: invalidated}
          """))
def invalidated_assumption(plan: Plan) -> Iterator[Finding]:
    """An assumption has been invalidated, and a goal that rests on it (``affects``) is
    not done.

    An invalidated assumption means the plan was built on something that is not true. The
    goals resting on it must be revisited: the targets, the initiatives, perhaps the goal
    itself. Carrying on as planned is the failure the assumption's test was there to
    prevent. Goals have no status, so a goal counts as done once its due date is before the
    as-of date; a goal without a due date is not done. When the goals have been revised,
    remove them from the assumption's ``affects``. A plan of one short cycle (a quarter)
    whose closing review has been held, in the cycle's last month, is not asked: the
    assumption was judged there, the cycle's work is all but over, and the revision asked
    for is the next cycle's plan.
    """
    as_of = plan.as_of
    if _closing_review_held(plan):
        return
    for assumption in plan.assumptions:
        if assumption.status != "invalidated":
            continue
        live = [goal for goal in plan.refs(assumption, "affects", Goal)
                if goal.due is None or goal.due >= as_of]
        if not live:
            continue
        names = ", ".join(goal.id for goal in live)
        yield assumption.finding(
            f"{named(assumption, label=assumption.statement)} is "
            f"invalidated, but {names} still {'rests' if len(live) == 1 else 'rest'} on it; "
            f"revise {'that goal' if len(live) == 1 else 'those goals'} and the initiatives "
            "serving them, then remove them from affects",
            field="status",
            related=[goal.related(f"goal {goal.id} rests on {assumption.id}")
                     for goal in live])


#: How long before a short cycle's end its closing review is held: its last month.
_CLOSING = timedelta(days=30)


def _drives_below(plan: Plan, goal: Goal) -> bool:
    """Whether a goal drives goals of the plan and every one of them sits under another
    goal: it serves objectives below the top of the cascade."""
    driven = plan.refs(goal, "drives", Goal)
    return bool(driven) and all(other.parent is not None or other.also_aligned_to
                                for other in driven)


def _closing_review_held(plan: Plan) -> bool:
    """Whether the plan is one short cycle whose closing review has been held: a review
    last held in the cycle's last month, by the as-of date."""
    end = plan.info.horizon.end if plan.info.horizon is not None else None
    return plan.one_short_cycle and end is not None and any(
        review.last_held is not None and end - _CLOSING <= review.last_held <= plan.as_of
        for review in plan.reviews)


class TopGoalsOptions(RuleOptions):
    max_top_goals: int = Field(7, ge=1, strict=True,
                               description="the most top-level goals a plan may have")


@rule(code="PL907", name="too-many-priorities", category="formulation", severity="warning",
      options=TopGoalsOptions,
      fails=dedent("""\
          planlint: 1
          goals:
            - {id: G1}
            - {id: G2}
            - {id: G3}
            - {id: G4}
            - {id: G5}
            - {id: G6}
            - {id: G7}
            - {id: G8}
          """),
      passes=dedent("""\
          planlint: 1
          units: [{id: city}, {id: parks, parent: city}]
          goals:
            - {id: G1}
            - {id: G2}
            - {id: G3}
            - {id: G4}
            - {id: G5}
            - {id: G6}
            - {id: G7}
            - {id: G8, parent: G1}
            - {id: P1, title: Expand the tree canopy, unit: parks}
            - {id: N1, title: Next year's objective, due: 2027-12-31}
            - {id: T1, title: Care for the street trees}
            - {id: D1, title: This year's inventory of the canopy, drives: [G8]}
            - {id: O1, title: Greener neighbourhoods}
            - {id: O1.1, title: Plant 500 trees by 2027, parent: O1, unit: parks}
          initiatives:
            - {id: I1, title: Street tree programme, unit: parks, supports: [T1]}
            - {id: I2, title: City hall renovation, unit: city}
          """))
def too_many_priorities(plan: Plan, options: TopGoalsOptions) -> Iterator[Finding]:
    """The plan has more top-level goals than ``max_top_goals`` (default 7).

    Formulating a strategy means making choices and trade-offs: what to do, and what to
    abandon. A plan with a long list of top-level goals has not made them, and when
    everything is a priority, resources and attention are spread too thin for any of it to
    be executed. Every goal with no ``parent`` counts, in every file of the plan, except
    goals the plan aligns to others (``also_aligned_to``: targets set in support of its
    objectives are their focus, not more of them), goals that serve objectives below the
    plan's top the same way through ``drives`` (a grant's period goals, each driving
    secondary objectives of its one aim: the year's work towards them, not more aims; a
    strategy map's goals driving other top-level goals still count), and goals of sub-units
    that merely lack the link to the goal above them: those are not priorities the plan sets
    but missing links, which orphan-goal reports. Nor do goals measured only by counts that
    add up what their work has done since the plan began (a HUD grantee's Consolidated Plan
    goals ``Rental Housing``, ``Public Facility Improvements``, each measured by its
    ``cumulative accomplishment`` in housing units or facilities against its five-year
    goal): each is a line of eligible activity whose output the plan tallies, a list of the
    work it funds, not a priority chosen over others. Nor, in a plan that sets no period of
    its own (no horizon), do top-level goals with no date that are measured only by the
    dated milestones of their own work, falling in more than one quarter, and have no
    sub-goal (a staff network's business plan, its work streams ``Mentoring programme``,
    ``Pride``, ``Networks``, each read by its steps ``Recruit a lead vice-chair for this
    work``, ``Hold October 2023 Leaders of Networks forum``): nothing is to be reached by a
    time but the steps, so each is a standing line of the organisation's work that the plan
    runs and reports step by step, a programme of work, not a priority chosen for a period;
    an undated goal with no such steps (``Applying for Charitable Status``) is itself the
    thing to reach, and counts. Goals whose ``parent`` names a goal that does not exist are
    left to dangling-reference. A balanced scorecard sets its objectives in perspectives and
    balances a few in each, so in a plan that says it follows one (``methodology:
    balanced-scorecard``) the limit applies to each perspective, when every top-level goal
    names its ``perspective``. Priorities compete when the same people must reach them by
    the same time, so the limit applies to the goals of one unit (else the plan) that are
    due in the same quarter (by their own date, else the horizon's end, else, in a plan that
    sets no period, the latest date of their metrics' targets, or for a goal with none of
    its own, of its sub-goals' (see goal-without-deadline): a company's ten environmental
    objectives, each dated only by its one target, due from 2025 to 2030, as
    goal-without-deadline reads such goals); a goal whose owner is not on the leadership
    (``leader: true``) is that person's own, and counts with that person's goals only; where
    the plan gives its work to several units, a goal that names no unit is carried by the
    one unit all its initiatives name (a cross-government strategy's principle whose actions
    are given to one body), and counts with that unit's goals; a goal that names neither
    owner nor unit, whose sub-goals each name the unit given them (an association's
    objective whose goals are each owned by one of its committees), is carried by those
    units, and counts with each one's goals. Where some top-level goals carry the plan's
    work, a top-level goal that nothing executes or measures, that drives no goal and that
    nobody answers for (no owner or co-owner, no unit whose lead would) is not counted: no
    work, measure or person is given to it, so it competes for nothing; it frames the plan
    (an organization's standing goals printed beside the strategy areas that hold its
    projects, the headings a regulation requires of every such plan, half of them without an
    action), and unmeasured-goal reports what it lacks. A work list spread over several
    units, a slate of commitments each owned by a volunteer, several people's objectives, or
    a queue of objectives due one after another are no list of too many priorities; the
    leadership's goals, whoever of it owns each, are. Top-level goals numbered as sections
    of a part the plan does not give (``2.2``, ``2.3``, ``3.1`` where no goal is numbered
    ``2`` or ``3``: an agency's status report listing its earlier plan's sections, whose
    four numbered parts it does not title) sit under that part by their numbering, as
    sub-goals would: each part counts once, however many of its sections the plan lists.
    Sections of one part only (``1.1`` to ``1.12``) are how the plan numbers its goals, and
    count one by one. Top-level goals the plan numbers in several series, each counted from
    1 on its own (``O1`` to ``O4`` beside ``T1`` to ``T4``: a strategy's four objectives and
    the four targets it sets to focus them; ``SG1``, ``SO1`` and ``PG1`` onwards: a
    council's strategic goals, the objectives that restate them and its performance plan's
    goals; a year's four objectives beside the previous plan's ``P1`` to ``P4``), are
    several lists the plan sets side by side, each its own framing of the plan and its own
    choice of a few, even where the plan does not link one list to another: the limit
    applies to each list, and to the goals numbered in no series as one more. One list
    numbered across its series (``E1`` to ``E3``, then ``S4`` to ``S6``) is counted whole.
    """
    linked = plan.linked_goals
    top = [goal for goal in plan.top_goals if goal.id in linked and not _drives_below(plan, goal)
           and not counts_own_output(plan, goal) and not _standing_work(plan, goal)]
    executed = plan.executed_goals
    if any(goal.id in executed for goal in top):
        top = [goal for goal in top if not _stated_beside(plan, goal, executed)]
    parts = _sections_by_part(plan, top)
    top = [goal for goal in top if parts.get(goal.id, [goal])[0] is goal]
    groups: dict[str, list[Goal]] = {}
    scorecard = "balanced-scorecard" in map(plain_name, plan.info.methodology)
    if top and scorecard and all((goal.perspective or "").strip() for goal in top):
        for goal in top:
            groups.setdefault(" ".join(str(goal.perspective).casefold().split()), []
                              ).append(goal)
    else:
        groups[""] = top
    lists = [(perspective, series, listed) for perspective, grouped in groups.items()
             for series, listed in _numbered_lists(grouped)]
    for perspective, series, goals in lists:
        if len(goals) <= options.max_top_goals or not _compete(plan, goals, options):
            continue
        where = (f" in the {perspective} perspective" if perspective else "") + (
            "" if series is None else f" numbered {series}1, {series}2, ...")
        yield plan.finding(
            f"the plan has {len(goals)} top-level goals{where} "
            f"({', '.join(_part_label(goal, parts) for goal in goals)}), more than max_top_goals "
            f"{options.max_top_goals}; choose the few that matter most, and place the others "
            "under them as sub-goals or drop them",
            related=[goal.related(f"top-level goal {goal.id}") for goal in goals])


#: A goal's id numbered in a series: the letters before its number (``O`` of ``O1``,
#: ``SG`` of ``SG-2``, none of ``3``) and the number; not an id that is not numbered so
#: (``G-EARN``, ``2.2``, ``A20-1``).
_SERIES = LazyPattern(r"^([A-Za-z]{0,8})[-_.]?(\d{1,3})$")


def _numbered_lists(goals: list[Goal]) -> list[tuple[str | None, list[Goal]]]:
    """The lists the plan sets side by side among its top-level goals: where it numbers
    them in several series, each counted from 1 on its own (``O1`` to ``O4`` and ``T1``
    to ``T4``: a strategy's objectives and its targets; ``SG1``, ``SO1`` and ``PG1``
    onwards: strategic goals, strategic objectives and performance goals), each series
    with its letters, and the goals numbered in none as one list (``None``): several
    framings of one plan, each a choice of its own. Else one list (``None``): the ids
    number at most one series, or a series does not count 1, 2, ... on its own."""
    series: dict[str | None, list[Goal]] = {}
    numbers: dict[str, set[int]] = {}
    for goal in goals:
        match = _SERIES.match(goal.id)
        if match is None:
            series.setdefault(None, []).append(goal)
            continue
        series.setdefault(match.group(1).upper(), []).append(goal)
        numbers.setdefault(match.group(1).upper(), set()).add(int(match.group(2)))
    if len(numbers) < 2 or any(len(run) < 2 or run != set(range(1, len(run) + 1))
                               for run in numbers.values()):
        return [(None, goals)]
    return list(series.items())


#: A goal's id that numbers it as a section of a part (``2.2``, ``5.8``, ``3.1.2``): the
#: part's number is what comes before the last dot.
_SECTION = LazyPattern(r"^(\d{1,3}(?:\.\d{1,3})*)\.\d{1,3}$")


def _sections_by_part(plan: Plan, top: list[Goal]) -> dict[str, list[Goal]]:
    """The top-level goals numbered as sections of parts the plan does not give (``2.2``
    and ``2.3`` where no goal is numbered ``2``), by the id of each: the sections of its
    part, in the plan's order. The numbering places them under that part: the part is the
    priority, its sections are what sub-goals would be, and they count as one. Sections
    of one part only (``1.1`` to ``1.12``) are how the plan numbers its goals, not parts
    it leaves out, and count one by one."""
    ids = {goal.id for goal in plan.goals}
    sections: dict[str, list[Goal]] = {}
    for goal in top:
        match = _SECTION.match(goal.id)
        if match is not None and match.group(1) not in ids:
            sections.setdefault(match.group(1), []).append(goal)
    if len(sections) < 2:
        return {}  # sections of one part are the plan's own numbering, not its parts
    return {goal.id: group for group in sections.values() for goal in group}


def _part_label(goal: Goal, parts: dict[str, list[Goal]]) -> str:
    """How too-many-priorities names a top-level goal: by its id, or, for the first
    section of a part the plan does not give (see :func:`_sections_by_part`), by the
    part's number with its sections (``2 (2.2, 2.3)``)."""
    group = parts.get(goal.id)
    if group is None:
        return goal.id
    match = _SECTION.match(goal.id)
    assert match is not None
    return f"{match.group(1)} ({', '.join(section.id for section in group)})"


def _standing_work(plan: Plan, goal: Goal) -> bool:
    """Whether a top-level goal is a standing line of work: nothing dates it (no ``due``,
    no horizon), it has no sub-goal, and it is measured only by milestones of its work,
    each dated, falling in more than one quarter (a staff network's ``Mentoring
    programme`` read by its dated steps). Nothing is reached by a time but the steps: the
    goal names work the organisation runs, not a priority chosen for a period."""
    if goal.due is not None or plan.info.horizon is not None or plan.subgoals(goal):
        return False
    metrics = plan.refs(goal, "metrics", Metric)
    dates = [metric.target.date if metric.target is not None else None for metric in metrics]
    return bool(metrics) and None not in dates \
        and all(plan.measure(metric).kind == "milestone" for metric in metrics) \
        and len({_quarter(day) for day in dates}) > 1


def _stated_beside(plan: Plan, goal: Goal, executed: frozenset[str]) -> bool:
    """Whether a top-level goal is only stated: nothing executes it (no sub-goal, no work,
    no executed goal driving it), it lists no metric, drives no goal, and nobody answers
    for it (no owner or co-owner, no unit whose lead would). Beside top-level goals that
    carry the plan's work it is a framing of the plan, not a priority that draws on its
    resources or on anyone's attention."""
    return goal.id not in executed and not goal.metrics and not goal.drives \
        and plan.owner_of(goal) is None and not goal.co_owners


def _compete(plan: Plan, goals: list[Goal], options: TopGoalsOptions) -> bool:
    """Whether more than ``max_top_goals`` of ``goals`` compete for the same attention:
    carried by the same body (see :func:`_carried_by`; an objective carried by several
    units counts with each) and due in the same quarter (by
    their own date, else the one above them or the horizon's end, else, in a plan with
    no period, their metrics' targets')."""
    held: Counter[tuple[str | None, tuple[int, int] | None]] = Counter(
        (carrier, _quarter(plan.due_of(goal) or _targets_due(plan, goal)))
        for goal in goals for carrier in _carried_by(plan, goal))
    return max(held.values()) > options.max_top_goals


def _carried_by(plan: Plan, goal: Goal) -> set[str | None]:
    """Whose attention a goal takes: its owner's when the owner is not on the leadership
    (a person's own objectives, a volunteer's commitment), else its unit's (the
    leadership's goals are the unit's priorities), else that of the one unit its work is
    given to, else, for a goal that names neither owner nor unit and whose sub-goals each
    name their unit, those units' (an objective carried by the committees its goals are
    given to), else the plan's (``None``)."""
    owner = plan.ref(goal, "owner", Person)
    if owner is not None and not owner.leader:
        return {owner.id}
    carrier = goal.unit or _work_unit(plan, goal)
    if carrier is None and goal.owner is None:
        below = plan.subgoals(goal)
        if below and all(sub.unit for sub in below):
            return {sub.unit for sub in below}
    return {carrier}


def _work_unit(plan: Plan, goal: Goal) -> str | None:
    """The one unit that carries all the work serving a goal, in a plan whose work is
    given to several units: it has initiatives, and they all name the same ``unit`` (a
    principle whose actions one body is given)."""
    if len({initiative.unit for initiative in plan.initiatives} - {None}) < 2:
        return None
    units = {initiative.unit for initiative in plan.referrers(goal, "supports", Initiative)}
    return units.pop() if len(units) == 1 else None


def _quarter(day: date | None) -> tuple[int, int] | None:
    """The calendar quarter of a day, as (year, quarter)."""
    return None if day is None else (day.year, (day.month - 1) // 3)
