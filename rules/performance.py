"""PL6 performance: people's performance plans carry the strategy they own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from textwrap import dedent

from planlint.finding import Finding
from planlint.measure_words import worded
from planlint.model import Communication, Goal, Initiative, Item, Metric, Person, Unit
from planlint.patterns import LazyPattern
from planlint.plan import ABOVE, EXECUTIVE_OFFICE, MEMBER_ROLE, Plan, leads_body
from planlint.practice import Deferred, by_practice
from planlint.ruledef import rule

from ._text import VOLUNTEER_RUN, hires, named


@rule(code="PL601", name="owner-not-accountable", category="performance",
      severity="warning",
      fails=dedent("""\
          planlint: 1
          people:
            - {id: haddad, name: Karim Haddad, objectives: [MP1]}
          goals:
            - {id: MP1, title: Grow parts profit by 20%, owner: haddad}
            - {id: MP2, title: Fill dealer orders within 24 hours, owner: haddad}
          """),
      passes=dedent("""\
          planlint: 1
          people:
            - {id: haddad, name: Karim Haddad, objectives: [MP1, MP2]}
            - {id: roe, name: Councillor Jo Roe, role: Chair of the Health and Wellbeing Board}
            - {id: lee, name: Ann Lee, role: Acting Chair of the Council on Disability}
            - {id: ito, name: Mia Ito, role: "Board member: Finance"}
            - {id: kay, name: Ana Kay, role: "Ombudsman, an Officer of Parliament"}
            - {id: cho, name: Lee Cho, role: Brigade Captain, unit: core}
            - {id: ng, name: Sam Ng, role: "Vice President, Education", unit: su}
            - {id: saeta, name: Israel Saeta, role: Presidencia, unit: jd}
            - {id: nowak, name: Jan Nowak, role: Wójt Gminy Czorsztyn}
          units:
            - {id: brigade, name: Civic Brigade, description: an all volunteer organization}
            - {id: core, name: Core Team, parent: brigade}
            - {id: su, name: Riverside Students' Union}
            - {id: jd, name: Junta Directiva de Python España}
          goals:
            - {id: MP1, title: Grow parts profit by 20%, owner: haddad}
            - {id: MP2, title: Fill dealer orders within 24 hours, owner: haddad}
            - {id: HW, title: A healthy city for all ages, owner: roe}
            - {id: AD, title: Advise Congress on disability policy, owner: lee}
            - {id: FN, title: Balance the association's budget, owner: ito}
            - {id: OM, title: Resolve complaints within 90 days, owner: kay}
            - {id: DC, title: Create a civic data commons, owner: cho}
            - {id: SU, title: Train every course rep, owner: ng}
            - {id: JD, title: Estrechar lazos con las comunidades locales, owner: saeta}
            - {id: GC, title: Clean the Dunajec, owner: nowak}
          """))
def owner_not_accountable(plan: Plan) -> Iterator[Finding]:
    """A goal's owner does not carry the goal in their ``objectives``.

    Most managers and nearly all frontline employees have no link between their own
    performance plan and the success of the strategy. When the person who owns a goal is not
    measured on it, the goal competes with everything they are measured on, and loses. The
    goal's id belongs in its owner's ``objectives``, so that ownership on the plan is also
    accountability in the performance review. A goal that names no owner is owned by the
    ``lead`` of its unit. Goals without an owner, or whose owner is not defined, are
    reported by unowned-goal and dangling-reference. When more than a third of the owned
    goals are missing from their owners' objectives, the plan does not record performance
    plans at all, and is reported once instead of each goal. A methodology that keeps its
    goals out of performance reviews on purpose waives this rule (OKR practice does, so that
    key results can stretch; see the OKR plugin). Nor is it asked of the plan of a team
    inside a larger organization (every goal belongs to one unit placed under another: a
    product team's public roadmap, a working group's charter) that names no sponsor and
    records nobody's objectives: like the executive who owns the strategy (see no-sponsor),
    the performance plans of the team's people are the organization's records, not the
    team's work plan's. Nor is it asked of a plan whose goals' owners it places in none of
    its units, as members or leads, and that records nobody's objectives (an open-source
    project's goals, each owned by a volunteer or another organization's employee): the
    plan's organization keeps no performance plan for them, and the goal itself is their
    commitment. Nor is it asked of a plan of one short cycle (a team's quarter, a hundred
    days of action) that records nobody's objectives: its goals are set and changed within
    the quarter, faster than the yearly performance plans that would list them, and like key
    results they are judged by what the quarter ships. Nor is a top-level goal asked of an
    owner whose objectives are all goals set under top-level goals of their own (a
    chancellor evaluated each year on the board's focus goals, each aligned to one of the
    standing strategic goals the chancellor, as the district's head, answers for): their
    performance plan follows the cascade, holding them to the strategy through the yearly
    goals chosen under its standing priorities, and the priorities themselves are not a
    second list to add. Nor is a goal asked whose owner holds it through the cascade next to
    it: a goal set under a goal of the same owner and unit that is in the owner's
    ``objectives`` (an officer's annual incentive that lists the DE&I objectives of its
    individual component, whose parts sit under them), or a goal divided among several
    people whose sub-goals are each in their own owner's ``objectives``, one of them in this
    owner's (the individual component, split into each officer's own goals): the performance
    plan already holds the owner to the goal as a whole or to its part of it; a sub-goal
    whose parent the owner's objectives leave out, or one cascaded to its owner from
    another's goal (a revenue officer's sales objective under the chief executive's growth
    goal), is still asked. A plan that says it ties its goals to the performance plans of
    the people who answer for them and does not publish those plans (``plan: withheld:
    [objectives]``: a budget justification whose metrics "are integrated into executive
    performance plans" of its senior leadership) is not asked for them, nor is a goal that
    says so of itself or sits under one that does (its own ``withheld: [objectives]``),
    which does not count towards the plan's practice either. Nor is a goal whose owner holds
    a judicial office (``role``: Chief Judge, Chief Justice, presiding judge, magistrate: a
    court's plan whose goals its head, the chief judge, answers for): a judge serves a term
    or during good behaviour and no performance plan or appraisal holds them to goals
    (judicial independence), so the practice cannot apply to them; goals owned by a court's
    administrator or clerk are still asked. Nor, for the same reason, is a goal whose owner
    holds an elected office, as their ``role`` or the honorific their ``name`` carries says
    (``Mayor``, ``Councillor``/``Cllr``, ``Alderman``, ``Senator``,
    ``Minister``/``Ministre``, ``Member of Parliament``, and the titles of the elected heads
    of local government in Central and Eastern Europe and East Asia, first or last in the
    role: ``primátor``, ``Starosta``, ``Burmistrz``, ``Wójt``, ``polgármester``,
    ``gradonačelnik``, ``linnapea``, ``mērs``, ``meras``, ``市長``, ``知事``, ``시장``, ``군수``,
    ``市长``: a health and wellbeing board's vision, led by the board and chaired by
    "Councillor Fiona Venner"; a city's goals under its mayor or its primátor), and who has
    no ``objectives``: an elected office-holder answers to voters and to the public meetings
    they chair, not to an appraisal, as person-without- objectives reads the mayors and
    ministers who sign or pay for a plan; a plan that does hold one to objectives (a
    delivery unit's lead minister, scored on his targets) is still asked for the goals
    missing from them, and a deputy minister or deputy mayor (an appointed official, whose
    title does not start or end with the office, or names it in the genitive or with a
    prefix: ``zastępca burmistrza``, ``副市長``, ``부시장``) is still asked; a deputy a Czech or
    Hungarian council elects from its members (``náměstkyně primátora``, ``místostarosta``,
    ``alpolgármester``) holds an elected office. Nor, for the same reason, is a goal whose
    owner holds an office of a body its members run, as their ``role`` says (``President``,
    ``Vice President``, ``Treasurer``, ``Secretary``) of a union, guild, association,
    society, club or co-operative their ``role`` or unit names and that the same texts say
    elects its officers or is its students' (a students' union's strategy, each priority
    championed by one of the sabbatical officers its students elect for a year), and who has
    no ``objectives``: the officer answers to the members who elect them, not to an
    appraisal; an officer in an executive office (``President and CEO``), a company's
    President, an association's President whom nothing says the members elect, and an
    officer the plan holds to objectives are still asked. Nor, for the same reason, is a
    goal whose owner holds an office of the legislature, as their ``role`` says (an ``agent
    of Parliament``, an ``Officer of the House of Commons`` or of a ``Legislative
    Assembly``, a ``Parliamentary Commissioner``: a commissioner of lobbying or an ombudsman
    heading the office whose goals the plan sets), and who has no ``objectives``: such an
    officer is appointed by or on the address of the legislature and holds office for a term
    or during good behaviour, so as to be independent of the government they oversee, and
    answers to the legislature through the reports they table, not to an appraisal; an
    agency head whom a board or a minister appoints and appraises (an EU agency's director,
    a council-controlled organisation's chief executive) is still asked. Nor, for the same
    reason, is a goal whose owner chairs a governing board, council, commission or committee
    as a member of it, not as its employee (``role``: Chair, Chairman, Chairperson,
    Vice-Chair / Acting Chair, or where a board's chair is its president, as in Spanish,
    Portuguese and Italian, ``Presidencia``, ``Presidente``, ``Vicepresidencia``, of a body
    their ``role`` names or of a unit they lead or belong to that is one, a ``Junta
    Directiva`` or ``Consejo`` too: a federal advisory council's goals, answered for by its
    part-time chair whom the President designates; a trust's chair; a Python association's
    goals, set by its elected Junta Directiva and led by its ``Presidencia``), and who has
    no ``objectives``: the chair answers to the body and to whoever appoints its members,
    and no appraisal of the organization's staff reaches them. An executive chair
    (``Presidente Ejecutivo``), a chair who is also the chief executive, and the chair of a
    management or executive board (a company's chief executive, in a two-tier board) are
    employees and still asked, as is a chair the plan holds to objectives. Nor, for the same
    reason, is a goal whose owner sits on such a body as one of its members, as their
    ``role`` says (``Board member``, ``Member of the Board``, ``Trustee``, ``Non-executive
    Director``, ``Governor``, a Spanish board's ``Vocal``) of a body their ``role`` or unit
    names, and who has no ``objectives``: a homeowners' association's board goals, each area
    given to the elected board member assigned to its committee at the annual meeting; like
    the chair, a member answers to the body and to those who elect or appoint them, not to
    an appraisal; an executive director on the board and a member the plan holds to
    objectives are still asked. Nor is a plan that records nobody's objectives and whose
    sponsor is the members' general meeting that runs it (see ``Plan.members_meeting``: a
    makerspace's Mitgliederversammlung voting its year's goals one by one, each championed
    by the member who proposed it, its only other unit the board the members elect, everyone
    it names on that board or a plain member): building on person-without-objectives'
    association run by its own elected board, the owners are the members and their board,
    volunteers who answer to the meeting that adopted the goals and hears their report, and
    no staff or appraisal exists to tie the goals to; a plan naming anyone in an executive
    office, another unit or a member in a role of their own is still asked. Nor, for the
    same reason, is a goal whose owner has no ``objectives`` and leads or belongs to a unit
    that says, by its name or description or that of a unit above it, that its people are
    all volunteers (``an all volunteer organization``, ``volunteer-run``, ``run by
    volunteers``, or that its ``members stepped up to fill the roles``: a civic-tech brigade
    led by its volunteer captains, a football club whose work is all done by volunteers, its
    project led by one of them): no employer or appraisal exists to hold an unpaid volunteer
    to a goal, and taking the goal on is their commitment; an organization of volunteers
    beside paid staff (``8 volunteer board members, an Executive Director``) is still asked.
    Nor, for the same reason, is one whose owner has no ``objectives`` and leads or belongs
    to a unit that says it is a consortium of partner organisations, or sits under one
    (``EVERSE consortium (18 partners)``, a research project's work packages, each led by a
    partner's employee): each owner's performance plan is their own employer's, which the
    consortium's plan does not reach, and the grant agreement holds the partners to their
    work; a body merely named a consortium (``Danish e-Infrastructure Consortium``), which
    may employ its own staff, is still asked.
    """
    if plan.withheld("objectives") or _unsponsored_team_plan(plan):
        return
    kept_out = plan.withheld_ids("objectives")
    owned = [(goal, owner) for goal in plan.goals
             if (owner := plan.owner_of(goal)) is not None and goal.id not in kept_out]
    tops = {goal.id for goal in plan.top_goals}
    cascading = _held_through_cascade(plan, owned, tops)
    held = _held_with_parts(plan, owned)
    owned = [(goal, owner) for goal, owner in owned
             if not (owner.id in cascading and goal.id in tops)
             and (goal.id, owner.id) not in held
             and not _JUDICIAL_OFFICE.match(owner.role or "")
             and not _elected_without_objectives(owner)
             and not _member_officer_without_objectives(plan, owner)
             and not _legislature_officer_without_objectives(owner)
             and not _chair_without_objectives(plan, owner)
             and not _volunteer_without_objectives(plan, owner)]
    if not any(person.objectives for person in plan.people) and (
            plan.one_short_cycle or plan.members_meeting is not None
            or _owned_from_outside(plan, [owner for _, owner in owned])):
        return
    found = []
    for goal, owner in owned:
        if goal.id in owner.objectives:
            continue
        carried = (f"whose objectives are {', '.join(owner.objectives)}" if owner.objectives
                   else "who has no objectives")
        found.append(goal.finding(
            f"{goal.describe()} is owned by {named(owner, '')}, "
            f"{carried}; add {goal.id} to {owner.id}'s objectives so their performance "
            "plan holds them to it",
            field="owner",
            related=[owner.related(f"person {owner.id}'s performance plan",
                                   "objectives" if owner.objectives else None)]))
    yield from by_practice(plan, found, len(owned), items="owned goals",
                           lacking="are not in their owner's objectives",
                           fix="list under each owner's objectives the goals they own, so "
                               "their performance plans hold them to the strategy")


#: A judicial office, as a person's role: "Chief Judge", "Chief Justice", "Presiding
#: Judge", "Associate Justice", "Magistrate Judge".
_JUDICIAL_OFFICE = LazyPattern(
    r"\s*(?:(?:chief|presiding|associate|senior|administrative|district|circuit)\s+)*"
    r"(?:judge|justice|magistrate)\b", re.IGNORECASE)


#: An elected office, as a person's role or the honorific that starts their name:
#: "Mayor of the City of Boston", "Councillor Fiona Venner", "Cllr", "Alderman", "Senator",
#: "Minister for Communications", "Prime Minister", "Ministre de la Santé", "Alcalde",
#: "Oberbürgermeister", "Bürgermeisterin", "Member of Parliament", and the elected heads of
#: Central and Eastern European local government, whose title comes first: "primátor hl. m.
#: Prahy", "Starosta", "hejtmanka", "župan", "Prezydent Miasta Krakowa", "Burmistrz",
#: "Wójt Gminy", "Marszałek Województwa", "polgármester", "Gradonačelnik", "Načelnik
#: općine", "domes priekšsēdētājs", and the deputies a Czech or Hungarian council elects
#: from its members ("náměstkyně primátora", "místostarosta", "alpolgármester"); not an
#: appointed deputy's title ("Deputy Minister", "Sous-ministre", "zastępca burmistrza"), nor an
#: office's possessive ("Mayor's Office of Operations") or its name ("Bürgermeisteramt",
#: "Polgármesteri Hivatal", "Starostwo Powiatowe").
_ELECTED_OFFICE = LazyPattern(
    r"\s*(?:the\s+)?(?:(?:lord|prime|first|chief|premier)\s+)?"
    r"(?:mayor|alcaldesa|alcalde|maire|(?:ober)?b(?:ü|ue)rgermeister(?:in)?|"
    r"council+or|councilmember|cllr|"
    r"alder(?:man|woman|person)|senator|minist(?:er|re|ro|ra)|member of parliament)"
    r"\b(?!['\u2019])|"
    r"\s*(?:primátor(?:ka)?|(?:místo)?starost(?:a|ka)|hejtman(?:ka)?|župan(?:ja)?|"
    r"náměst(?:ek|kyně)\s+(?:primátor|hejtman)\w*|alpolgármester|"
    r"prezydent\s+miasta|burmistrz|wójt|marszałek\s+województwa|(?:fő)?polgármester|"
    r"gradonačelni(?:k|ca)|načelni(?:k|ca)\s+općine|domes\s+priekšsēdētājs)\b(?![-'\u2019])|"
    r"\s*prezydent\s+m\.\s?st\.", re.IGNORECASE)

#: An elected office, as the last word of a person's role or name (a note in brackets
#: after it aside), where a language puts the place before the title: "Szeged
#: polgármestere", "Tallinna linnapea", "Rae vallavanem", "Rīgas mērs", "Rīgas domes
#: priekšsēdētājs", "Vilniaus miesto meras", "pražský primátor", "Općinski načelnik", and
#: in Japanese, Korean and Chinese the end of the word: "横浜市長", "東京都知事", "보령시장",
#: "홍천군수", "강남구청장", "경기도지사", "北京市市长", "縣長", "Szeged alpolgármestere"; not an
#: appointed deputy's ("副市長", "부시장", "abilinnapea", "vicemeras", "mēra vietnieks"), nor the
#: Korean 시장 ("market") as a word followed by others ("시장 분석").
_ELECTED_OFFICE_LAST = LazyPattern(
    r"(?:(?<!\w)(?:(?:fő|al)?polgármester(?:e)?|linnapea|vallavanem|mērs|"
    r"domes\s+priekšsēdētājs|meras|merė|primátor(?:ka)?|starost(?:a|ka)|hejtman(?:ka)?|"
    r"župan(?:ja)?|burmistrz|wójt|gradonačelni(?:k|ca)|općinsk(?:i|a)\s+načelni(?:k|ca))|"
    r"(?<![副부])(?:市長|町長|村長|知事|市长|县长|縣長|시장|군수|구청장|도지사))\Z",
    re.IGNORECASE)

#: A deputy's or an assistant's title anywhere in a role, which the last-word reading of
#: ``_ELECTED_OFFICE_LAST`` leaves to the English one: "Deputy Starosta".
_DEPUTY = LazyPattern(r"\b(?:deputy|vice|assistant)\b", re.IGNORECASE,
                      needs=("deputy", "vice", "assistant"))


def _elected_office(text: str | None) -> bool:
    """Whether a role or a name states an elected office: its start (``_ELECTED_OFFICE``)
    or its last word (``_ELECTED_OFFICE_LAST``), up to three bracketed notes after it and
    trailing punctuation aside, not a deputy's (``_DEPUTY``). Only the last 200 characters
    are read for the last word."""
    text = (text or "").strip()
    if _ELECTED_OFFICE.match(text):
        return True
    tail = text[-200:]
    for _ in range(3):
        tail = tail.rstrip(" \t.,;:")
        if not tail.endswith(")") or "(" not in tail:
            break
        tail = tail[:tail.rindex("(")]
    return bool(_ELECTED_OFFICE_LAST.search(tail)) and not _DEPUTY.search(tail)


#: An office of the legislature, as a person's role says: "an agent of Parliament", "Officer
#: of the House of Commons", "officer of the Legislative Assembly", "Parliamentary
#: Commissioner for the Environment", "Parliamentary Ombudsman".
_LEGISLATURE_OFFICER = LazyPattern(
    r"\b(?:(?:officer|agent)\s+of\s+(?:the\s+)?(?:parliament|legislature|house of commons|"
    r"(?:legislative|national)\s+assembly)|parliamentary\s+(?:commissioner|ombudsman))\b",
    re.IGNORECASE)


def _legislature_officer_without_objectives(person: Person) -> bool:
    """Whether a person holds an office of the legislature (``_LEGISLATURE_OFFICER``, by
    their role) and the plan holds them to no objectives."""
    return not person.objectives and bool(
        _LEGISLATURE_OFFICER.search(worded(person.role)))


def _elected_without_objectives(person: Person) -> bool:
    """Whether a person holds an elected office (:func:`_elected_office`, by their role or
    the honorific of their name) and the plan holds them to no objectives."""
    return not person.objectives and any(
        _elected_office(text) for text in (person.role, person.name))


#: An officer's title in a member body, as the start of a person's role: "President",
#: "Vice President, Activities", "Deputy President", "Treasurer", "Honorary Secretary",
#: "General Secretary"; not "Secretary-General", not "President and CEO" (see
#: ``EXECUTIVE_OFFICE``).
_MEMBER_OFFICER = LazyPattern(
    r"\s*(?:the\s+)?(?:(?:(?:vice|deputy|co)[\s-]*)?president\b|"
    r"(?:(?:honorary|hon\.?|general)\s+)?(?:treasurer|secretary)\b(?![\s-]+general))",
    re.IGNORECASE, needs=("president", "treasurer", "secretary"))

#: A body its members run, by its name or description: a union, guild, association,
#: society, club or co-operative, a fraternity or sorority.
_MEMBER_BODY = LazyPattern(
    r"\b(?:union|guild|association|society|club|co-?operative|fraternity|sorority)\b",
    re.IGNORECASE, needs=("union", "guild", "association", "society", "club", "operative",
                          "fraternity", "sorority"))

#: What says a member body's officers are elected: the text says so ("elected sabbatical
#: officers", a board "voted in at the AGM"; not "voted in favour"), or the body is its
#: students' (a students' union, association or guild, a union or guild of students, a
#: student government), whose officers its students elect.
_ELECTED_BY_MEMBERS = LazyPattern(
    r"\belect(?:ed|s)\b|\bsabbatical\b|\bvoted in\b(?!\s+(?:favou?r|support|\d))|"
    r"\bstudents?['\u2019]?\s+(?:union|association|guild|government)\b|"
    r"\b(?:union|guild) of students\b", re.IGNORECASE, needs=("elect", "sabbatical", "student",
                                                      "voted in"))


def _member_officer_without_objectives(plan: Plan, person: Person) -> bool:
    """Whether a person the plan holds to no objectives holds an officer's title
    (``_MEMBER_OFFICER``, by their role, not ``EXECUTIVE_OFFICE``) in a body its members run
    (``_MEMBER_BODY``), named by their role or by a unit they lead or belong to or one
    above it, that the same texts say elects its officers (``_ELECTED_BY_MEMBERS``): a
    students' union's President and Vice Presidents, a club's elected Treasurer."""
    role = person.role or ""
    if person.objectives or not _MEMBER_OFFICER.match(role) or EXECUTIVE_OFFICE.search(role):
        return False
    units = [*plan.referrers(person, "lead", Unit), plan.ref(person, "unit", Unit)]
    texts = [worded(role), *(worded(unit.name, unit.description) for unit in plan.closure(
        [unit for unit in units if unit is not None], "parent", Unit).values())]
    return any(_MEMBER_BODY.search(text) for text in texts) \
        and any(_ELECTED_BY_MEMBERS.search(text) for text in texts)


#: A chair's title, as the start of a person's role: "Chair", "Chairman of the Board",
#: "Chairperson of Council", "Vice-Chair / Acting Chair", "Acting Chairwoman of the ...
#: Board", and in Spanish, Portuguese and Italian, where the chair of a board is its
#: president, "Presidente", "Presidenta", "Presidencia", "Vicepresidencia", "Presidência",
#: "Presidenza"; not "Chairs of relevant Committees", not "Executive Chair" or "Presidente
#: Ejecutivo", not the English "President" (see ``_MEMBER_OFFICER``).
_CHAIR = LazyPattern(
    r"\s*(?:the\s+)?(?:(?:acting|interim|vice|deputy|co)[\s-]+)?"
    r"chair(?:man|woman|person)?\b(?!s)|"
    r"\s*(?:vice[\s-]?)?presid(?:ente|enta|encia|ência|enza)\b(?!\s+e[jxs]ecutiv)",
    re.IGNORECASE)

#: A governing body's member's title, as the start of a person's role: "Board member",
#: "Board member: Finance", "Member of the Board of Directors", "Trustee", "Non-executive
#: Director", "Governor", and a Spanish or Portuguese board's "Vocal" or "Vocalía"; not
#: "Board Secretary", not "Governor lead".
_BODY_MEMBER = LazyPattern(
    r"\s*(?:the\s+)?(?:(?:elected|appointed|independent|lay)\s+)?"
    r"(?:board member|member of the (?:board|council)|trustee|non[\s-]executive director|"
    r"governor|vocal(?:ía|ia)?)\b(?!\s+lead)", re.IGNORECASE)

#: A governing body, by its name: a board, council, commission, committee or trust (its
#: trustees or governors), and in Spanish, Portuguese and Italian a "Junta Directiva",
#: "Consejo", "Conselho", "Consiglio"; see ``EXECUTIVE_OFFICE`` for management boards.
_GOVERNING_BODY = LazyPattern(
    r"\b(?:board|council|commission|committee|trust|trustees|governors|"
    r"junta|consejo|conselho|consiglio)\b", re.IGNORECASE)


def _chair_without_objectives(plan: Plan, person: Person) -> bool:
    """Whether a person chairs a governing body as its member (``_CHAIR`` by their role,
    not ``EXECUTIVE_OFFICE``), the body named by their role or by a unit they lead or
    belong to (``_GOVERNING_BODY``), and the plan holds them to no objectives."""
    role = person.role or ""
    if person.objectives or not (_CHAIR.match(role) or _BODY_MEMBER.match(role)) \
            or EXECUTIVE_OFFICE.search(role):
        return False
    units = [*plan.referrers(person, "lead", Unit), plan.ref(person, "unit", Unit)]
    return any(_GOVERNING_BODY.search(text) for text in
               [role, *(unit.name or unit.id for unit in units if unit is not None)])


#: Words that say a unit is a consortium of partner organisations: "EVERSE consortium (18
#: partners; coordinated by CERTH and BSC)", "FAIRplus consortium (21 participants)", "a
#: consortium of 12 universities"; not a body named a consortium alone ("Danish
#: e-Infrastructure Consortium"), which may employ its own staff.
_CONSORTIUM = LazyPattern(
    r"\bconsorti(?:um|a)\b[^.;]{0,20}?\b\d+ (?:partners|participants|beneficiaries|"
    r"institutions|organi[sz]ations|universities)\b|"
    r"\bconsortium of (?:\d+ |[\w-]+ ){0,3}?(?:partners|participants|beneficiaries|"
    r"institutions|organi[sz]ations|universities)\b", re.IGNORECASE, needs=("consorti",))


def _volunteer_without_objectives(plan: Plan, person: Person) -> bool:
    """Whether a person the plan holds to no objectives leads or belongs to a unit that is,
    or sits under one that is, run by volunteers (``VOLUNTEER_RUN``) or a consortium of
    partner organisations (``_CONSORTIUM``), by its name or description: an unpaid
    volunteer has no performance plan to carry the goal, and a partner's employee has
    their employer's, which the consortium's plan does not reach."""
    unpaid = plan.shared(_unpaid_units)
    if person.objectives or not unpaid:
        return False
    units = [*plan.referrers(person, "lead", Unit), plan.ref(person, "unit", Unit)]
    return not unpaid.isdisjoint(
        plan.closure([unit for unit in units if unit is not None], "parent", Unit))


def _unpaid_units(plan: Plan) -> frozenset[str]:
    """The ids of the units that say, by their name or description, that they are run by
    volunteers or are a consortium of partner organisations: each unit's words read once
    for all the people of the plan."""
    return frozenset(unit.id for unit in plan.units
                     if VOLUNTEER_RUN.search(text := worded(unit.name, unit.description))
                     or _CONSORTIUM.search(text))


def _unsponsored_team_plan(plan: Plan) -> bool:
    """Whether the plan is a team's inside a larger organization that names no sponsor
    and no person's objectives."""
    return plan.team_unit is not None and plan.info.sponsor is None and not any(
        person.objectives for person in plan.people)


def _held_through_cascade(plan: Plan, owned: list[tuple[Goal, Person]],
                          tops: set[str]) -> set[str]:
    """The owners whose ``objectives`` are all goals set under top-level goals they own
    (a chancellor's yearly goals, each aligned to a standing strategic goal of the
    district the chancellor heads): their performance plan holds them to the strategy
    through the cascade."""
    theirs: dict[str, set[str]] = {}
    for goal, owner in owned:
        if goal.id in tops:
            theirs.setdefault(owner.id, set()).add(goal.id)
    found = set()
    for person in plan.people:
        own = theirs.get(person.id)
        if not own or not person.objectives:
            continue
        if all(isinstance(held := plan.get(objective), Goal) and held.id not in own
               and not own.isdisjoint(plan.closure([held], ABOVE, Goal))
               for objective in person.objectives):
            found.add(person.id)
    return found


def _held_with_parts(plan: Plan, owned: list[tuple[Goal, Person]]) -> set[tuple[str, str]]:
    """The (goal, owner) pairs whose goal the owner's performance plan holds through the
    cascade next to it: a goal set under a goal of the same owner and unit that is in the
    owner's ``objectives`` (an officer's award counts the DE&I objectives inside the
    individual component it lists; not a goal cascaded from another owner's goal),
    or a goal divided among several people, whose sub-goals are all in their own owners'
    ``objectives``, one of them in this owner's (an incentive's individual component,
    split into each officer's own goals)."""
    owner_of = {goal.id: owner for goal, owner in owned}
    found = set()
    for goal, owner in owned:
        if not owner.objectives:
            continue
        parent = plan.ref(goal, "parent", Goal)
        if parent is not None and parent.id in owner.objectives and parent.unit == goal.unit \
                and owner_of.get(parent.id) is owner:
            found.add((goal.id, owner.id))
            continue
        parts = [(part.id, owner_of.get(part.id)) for part in plan.referrers(goal, "parent", Goal)]
        holders = {holder.id for part, holder in parts
                   if holder is not None and part in holder.objectives}
        if len(holders) > 1 and owner.id in holders and all(
                holder is not None and part in holder.objectives for part, holder in parts):
            found.add((goal.id, owner.id))
    return found


def _owned_from_outside(plan: Plan, owners: list[Person]) -> bool:
    """Whether the plan has units and places none of its goals' owners in one (neither
    as a member nor as its lead): the owners are volunteers or other organizations'
    staff, whose performance plans the plan's organization does not keep."""
    leads = {unit.lead for unit in plan.units}
    return bool(plan.units) and bool(owners) and not any(
        owner.unit is not None or owner.id in leads for owner in owners)


def _served_goals(plan: Plan, owned: list[Item]) -> list[str]:
    """Ids of the goals an owner's initiatives support and metrics measure."""
    goals: dict[str, None] = {}
    for item in owned:
        if isinstance(item, Initiative):
            goals.update(dict.fromkeys(goal.id for goal in plan.refs(item, "supports", Goal)))
        elif isinstance(item, Metric):
            goals.update(dict.fromkeys(goal.id for goal in plan.referrers(item, "metrics",
                                                                           Goal)))
    return list(goals)


#: The name of a body that only advises (``Advisory Board``, ``Scientific Advisory
#: Committee``, ``Technical Advisory Council``): it recommends, and holds nobody to account.
_ADVISORY = LazyPattern(r"\badvisory (?:board|committee|council|panel|group|body|"
                        r"commission)\b", re.IGNORECASE)


def _governing_body(plan: Plan) -> Unit | None:
    """The governing body (a board or council, as a unit) that sponsors the plan, if one
    does: a unit that is not the organization whose goals the plan states (no goal
    belongs to it, or to a unit under it), and that is not named as a body that only
    advises (``_ADVISORY``), whose recommendations bind nobody."""
    sponsor = plan.get(plan.info.sponsor)
    if not isinstance(sponsor, Unit) or _ADVISORY.search(sponsor.name or ""):
        return None
    within = plan.closure([sponsor], "parent", Unit, backward=True)
    return None if any(goal.unit in within for goal in plan.goals) else sponsor


def _run_by_its_body(plan: Plan) -> bool:
    """Whether the governing body that sponsors the plan (see :func:`_governing_body`) is
    its only unit and everyone the plan names is on that body's leadership (its lead, or
    of it and a ``leader``), none in an executive office by their role
    (``EXECUTIVE_OFFICE``): an association run by its own elected board, whose members
    are its only people and answer to those who elect them; where the body's name or
    description says its members elect it (``_ELECTED_BY_MEMBERS``), its people need
    not be on its leadership, and members the plan places in no unit may stand beside
    them (:func:`_volunteer_member`). So is a plan its members' general meeting sponsors
    and runs (``Plan.members_meeting``), beside the board the members elect: its people
    are that board, plain members and the meeting's auditor."""
    if plan.members_meeting is not None:
        return True
    body = _governing_body(plan)
    if body is None or len(plan.units) != 1 or not plan.people:
        return False
    elected = _ELECTED_BY_MEMBERS.search(worded(body.name, body.description)) is not None
    return all(leads_body(person, body) or (elected and _volunteer_member(person, body))
               for person in plan.people)


def _volunteer_member(person: Person, body: Unit) -> bool:
    """Whether a person is, in a plan its members' elected board runs (see
    :func:`_run_by_its_body`), one of that board holding no executive office by their
    role (``EXECUTIVE_OFFICE``), or a member the plan places in no unit, with no role
    beyond membership (``MEMBER_ROLE``), as ``Plan.members_meeting`` reads its members."""
    role = person.role or ""
    if person.unit == body.id or body.lead == person.id:
        return not EXECUTIVE_OFFICE.search(role)
    return person.unit is None and not person.leader \
        and MEMBER_ROLE.fullmatch(role.strip()) is not None


def _leads_sponsor(plan: Plan, person: Person) -> bool:
    """Whether a person is the lead of the governing body that sponsors the plan (see
    :func:`_governing_body`: a steering committee's chair)."""
    body = _governing_body(plan)
    return body is not None and body.lead == person.id


def _sponsoring_body(plan: Plan) -> set[str]:
    """The units of the governing body that sponsors the plan (see
    :func:`_governing_body`), the body and every unit under it, when every goal is given
    to a unit outside it (a national body's priorities handed to other bodies); none
    when no such body sponsors it, or when a goal names no unit (an organization's own
    plan, whose head the body holds to it)."""
    body = _governing_body(plan)
    if body is None or any(goal.unit is None for goal in plan.goals):
        return set()
    return set(plan.closure([body], "parent", Unit, backward=True))


def _runs_the_process(plan: Plan, person: Person) -> bool:
    """Whether a person's part in the plan is only to hold others to it or report it:
    they own none of its goals, measures, initiatives, budgets or assumptions, and chair
    a review of it or own the reports that communicate it."""
    owned = plan.referrers(person, "owner")
    if not all(isinstance(item, Communication) for item in owned):
        return False
    return bool(owned) or bool(plan.referrers(person, "chair"))


#: A chair's title anywhere in a person's role, with the group it names before or after
#: it: "Chair, e-Communities Infrastructure Action Group", "Ambassador Chair", "Chair of
#: the Events Committee"; not "Chairs of ...". The group's name is the words between the
#: title and the next punctuation (at most six words), or the one to three words before it.
_CHAIRED_GROUP = LazyPattern(
    r"\bchair(?:man|woman|person)?\b(?!s),?(?: of)?(?: the)? (\w[\w-]*(?: [\w-]+){0,5})"
    r"|(\w[\w-]*(?: [\w-]+){0,2}) chair(?:man|woman|person)?\b(?!s)", re.IGNORECASE)


def _chairs_what_they_own(plan: Plan, person: Person) -> bool:
    """Whether a person's role is to chair a group or programme (``_CHAIRED_GROUP``; no
    ``EXECUTIVE_OFFICE``) whose name every item they own carries in its title, and they
    own something: a volunteer chairing the members' group whose charge they own."""
    owned = plan.referrers(person, "owner")
    role = worded(person.role)
    found = _CHAIRED_GROUP.search(role)
    if not owned or found is None or EXECUTIVE_OFFICE.search(role):
        return False
    group = (found.group(1) or found.group(2)).casefold()
    return all(group in worded(item.title).casefold() for item in owned)


def _hired_for_listed_work(plan: Plan, person: Person) -> bool:
    """Whether a person off the leadership is taken on by the plan itself and answers only
    for the work it lists for them: they own something, only initiatives and measures,
    and every goal those serve is a goal to hire them by name (:func:`rules._text.hires`:
    ``Hire Alice as a Full-Time Maintainer``, supported by her priorities for when she
    starts)."""
    owned = plan.referrers(person, "owner")
    if person.leader or not owned or not all(isinstance(item, (Initiative, Metric))
                                             for item in owned):
        return False
    served = _served_goals(plan, owned)
    return bool(served) and all(hires(plan.by_id[goal].title, person.name) for goal in served)


@rule(code="PL602", name="person-without-objectives", category="performance",
      severity="info",
      fails=dedent("""\
          planlint: 1
          people:
            - {id: okafor, name: Grace Okafor, role: CFO, leader: true}
            - {id: rossi, name: Marco Rossi, role: Plant manager, objectives: [G1]}
          goals:
            - {id: G1, owner: rossi}
          """),
      passes=dedent("""\
          planlint: 1
          people:
            - {id: okafor, name: Grace Okafor, role: CFO, leader: true, objectives: [G1]}
            - {id: temp, name: Summer intern}
            - {id: weber, name: Anna Weber, role: Chair of the board}
            - {id: alice, name: Alice, role: Maintainer}
            - {id: cho, name: Lee Cho, role: Co-Captain, unit: team, leader: true}
            - {id: roe, name: Ann Roe, role: Trustee, unit: trustees, leader: true}
            - {id: kim, name: Kim Dong-il, role: 보령시장, leader: true}
          units:
            - id: team
              name: Leadership team
              description: Members stepped up to fill the roles of two Co-Captains.
            - {id: trustees, name: Board of Trustees}
          goals:
            - {id: G1, owner: okafor}
            - {id: G2, title: Hire Alice as a full-time maintainer}
          initiatives:
            - {id: I1, title: Finish the book, owner: alice, supports: [G2]}
          reviews:
            - {id: R1, title: Board meeting, cadence: quarterly, chair: weber}
          """))
def person_without_objectives(plan: Plan) -> Iterator[Finding]:
    """A leader, or a person who owns something in the plan, has no ``objectives``.

    A person who leads the organization or answers for part of the plan, with no strategic
    objective in their performance plan, has no link to whether the strategy succeeds; the
    strategy then depends on goodwill rather than on how people are developed, reviewed and
    paid. A person owns something when they are the ``owner`` of an item they deliver or
    report: a goal, metric, initiative, budget, assumption or communication. Chairing a
    review forum is not owning: board members and outside chairs chair reviews, and trustees
    have no performance plan to link to the strategy; the plan's sponsor owns the whole
    strategy and is judged by it. Owners of goals, and leads of units that have goals, are
    left to owner-not-accountable, which names each goal to add; and when nobody in the plan
    has objectives while its goals have owners, the plan records no performance plans at
    all, which owner-not-accountable reports once. When nobody has objectives and no goal
    has an owner, the plan is asked for performance plans only when a governing body
    sponsors it (a board or council, as a unit): such a body holds the organization's
    leaders to the strategy through their objectives. A body named as one that only advises
    (an ``Advisory Board``, ``Advisory Committee`` or ``Advisory Council``: a sponsors'
    board whose register of recommendations the centre it advises takes up or not, its
    director deciding) is no such body: its recommendations bind nobody, so it holds nobody
    to them through performance plans, and the plan it sponsors is run by those who take its
    work up. A department that sponsors its own statement (its goals belong to it or to its
    units: a statement of service performance) is no such body: the minister responsible for
    its appropriation, who owns only the budget, is an office-holder the department answers
    to, with no performance plan to tie objectives to. A plan its sponsor signs in person (a
    mayor's agenda, a minister's plan, a coordinator's project) or that names no sponsor (a
    team's or a grant's work plan) is run by its people directly, and a performance plan for
    each of them is another style's record. In a plan that ties its goals to the performance
    plans of those who answer for them (someone has ``objectives``), a person whose only
    part is to hold others to the plan or report on it is not asked: one who chairs a review
    of it (a head of government chairing a delivery task force that holds the lead minister
    to the targets in his objectives) or owns only its reports (the delivery unit's chief
    executive who issues the progress reports), and owns no goal, measure, initiative,
    budget or assumption; the practice is followed where results are answered for. In a plan
    that ties no goal to anyone (nobody has ``objectives``), someone off the leadership
    whose only part is to own its communications (the position a regulation has the plan
    designate to receive feedback, the officer who posts its reports) is not asked either:
    that duty serves the plan's dialogue with its public, not its results, and whether the
    plan records performance plans at all is for its leaders and the owners of its work to
    show; a leader is still asked, unless they lead the governing body that sponsors the
    plan and their only part is to chair it and its reviews (a steering committee's chair, a
    member company's representative): that body holds the organization's people to the plan,
    and its chair, like the sponsor, is the one who holds, not one held. Nor is, in such a
    plan, anyone of that body (their ``unit`` is it or under it) who owns nothing in the
    plan, when every goal is given to a unit outside it: a national body's guidance that
    hands each of its priorities to other bodies (integrated care boards, each answering for
    its own share) and names its own chief executive, who sets the priorities and holds the
    bodies to them; an organization's own plan whose goals name no unit is still asked of
    its head. When more than a third of these people have no objectives, the plan is
    reported once instead of each person. Like owner-not-accountable, it is waived on plans
    that follow OKRs, and a plan that states no goals (a table of service standards) has
    none to put in anyone's objectives. Nor is a plan that says it keeps its people's
    performance objectives or evaluations in performance plans it does not publish (``plan:
    withheld: [objectives]``): they are not missing, only unpublished; nor is a person all
    of whose work serves goals that say so of themselves (their own ``withheld:
    [objectives]``). Nor is a plan that ties no goal to anyone and whose sponsoring body is
    its only unit, everyone it names being on that body's leadership (its lead or a member
    marked ``leader``), none in an executive office by their ``role`` (chief executive,
    managing director: see owner-not-accountable's chairs): an association run by its own
    elected board, with no staff under it (a volunteer vereniging's bestuur presenting its
    year plan to the members' general meeting; a charity's trustees): the board's members
    are the organization's only people, they answer to the members who elect them, not to an
    appraisal, and there is nobody below them for the body to hold through performance
    plans. Where the body's name or description says its members elect it (``elected``,
    ``voted in at the AGM``), anyone of it, on its leadership or not, and a member the plan
    places in no unit, with no role beyond membership, are read the same way (a supporters'
    trust's board, voted in at its AGM, its acting chairman and board members leading its
    work beside members who volunteer to lead a piece of it): they are the members and the
    board they elect, unpaid, answering to the membership; otherwise a plan that names
    anyone outside the body, or someone of it who is not on its leadership, is still asked,
    as is anyone in a role of their own outside the body. So, for the same reason, is a plan
    that ties no goal to anyone and whose sponsor is the members' general meeting that runs
    it (see ``Plan.members_meeting``: a Swedish youth association's årsmöte adopting its
    verksamhetsplan, carried out by the styrelse it elects and checked by the revisor it
    elects): volunteers answering to the meeting, which discharges the board on the
    auditor's report, keep no appraisals. Nor is, in a plan that ties no goal to anyone, a
    person whose role is to chair the group or programme whose work is all they own, holding
    no executive office (``Chair, e-Communities Infrastructure Action Group``, owning that
    action group's charge; an ``Ambassador Chair`` owning the revamp of the Ambassador
    program): like the chair of a governing body (see owner-not-accountable), the chair of a
    group of the members answers to the body that charges the group, the group's charge is
    their whole commitment, and no appraisal reaches a member who volunteers to lead it; one
    who also owns anything their role does not name is still asked. Nor is a person off the
    leadership whom the plan itself hires and whose work it lists: all they own are
    initiatives or measures, and every goal these serve is a goal to take them on by name
    (``Hire Alice as a Full-Time Maintainer``, supported by the priorities she has when she
    starts): the plan is the statement of what they are hired to do, and the objective it
    would give them is their own hiring; a leader so hired is still asked. Nor is anyone
    with no ``objectives`` who leads or belongs to a unit run by volunteers or a consortium
    of partner organisations, as owner-not-accountable reads the owners of goals (a civic
    brigade's co-captains and community organizer, whose roles, its plan says, its ``members
    stepped up to fill``): no employer or appraisal of the plan's organization holds an
    unpaid volunteer, or another organization's employee, to the strategy, whether or not
    they own a goal. Nor, for the same reason, is anyone with no ``objectives`` who chairs a
    governing body or sits on it as one of its members, as owner-not-accountable reads the
    owners of goals (a charity's trustees, ``role: Trustee`` of its ``Trustees`` unit, its
    only people, elected by the membership): no appraisal reaches them, whether or not they
    own a goal. Nor is anyone with no ``objectives`` who holds an elected office, as
    owner-not-accountable reads the owners of goals (``role`` or the honorific of their
    ``name``: ``Mayor``, ``Oberbürgermeister``, ``Councillor``, ``Minister``, ``primátor``,
    ``polgármester``, ``시장``), and owns nothing in the plan, whether they chair a review of
    it (a German city's Smart City strategy, adopted by the Gemeinderat, whose
    Lenkungsgruppe of department heads the Oberbürgermeister chairs) or only lead it (a city
    council's programme declaration, signed by its primátor): an elected office-holder
    answers to the voters and the council, and no appraisal reaches them; one who owns a
    budget, a measure or a piece of the work (the minister responsible for an appropriation,
    under a sponsoring board) is still asked.
    """
    if not plan.goals or plan.withheld("objectives"):
        return
    if not any(person.objectives for person in plan.people) and (
            any(plan.owner_of(goal) is not None for goal in plan.goals)
            or _governing_body(plan) is None or _run_by_its_body(plan)):
        return
    found: list[Callable[[], Finding]] = []
    eligible = 0
    practised = any(person.objectives for person in plan.people)
    sponsoring = _sponsoring_body(plan) if not practised else set()
    for person in plan.people:
        if person.id == plan.info.sponsor:
            continue  # judged by the whole strategy, which they own
        if _runs_the_process(plan, person) and (practised or not person.leader
                                                or _leads_sponsor(plan, person)):
            continue  # holds others to the plan, or reports it or hears its feedback
        if _elected_without_objectives(person) and not plan.referrers(person, "owner"):
            continue  # an elected office-holder who answers for none of the plan's work
        if not practised and person.unit in sponsoring and not plan.referrers(person, "owner"):
            continue  # of the body that holds others to the plan, answering for none of it
        if not practised and _chairs_what_they_own(plan, person):
            continue  # chairs the members' group whose charge they own
        if _hired_for_listed_work(plan, person):
            continue  # the plan hires them for the work it lists; their hiring is no objective
        if _volunteer_without_objectives(plan, person):
            continue  # a volunteer, or a partner's employee, as owner-not-accountable reads it
        if _chair_without_objectives(plan, person):
            continue  # a governing body's chair or member, as owner-not-accountable reads it
        owned = plan.referrers(person, "owner")
        leads = plan.referrers(person, "lead")
        if any(isinstance(item, Goal) for item in owned) or any(
                plan.referrers(unit, "unit", Goal) for unit in leads) or not (
                person.leader or owned) or (
                owned and all(plan.withheld("objectives", item) for item in owned)):
            continue
        eligible += 1
        if person.objectives:
            continue
        found.append(partial(_without_objectives, plan, person, owned))
    yield from by_practice(plan, Deferred(found), eligible, items="leaders and owners",
                           lacking="have no objectives",
                           fix="list under each person's objectives the goals their work "
                               "serves")


def _without_objectives(plan: Plan, person: Person, owned: list[Item]) -> Finding:
    """person-without-objectives' finding about one person who owns ``owned``: made only
    when it is read (see :class:`planlint.practice.Deferred`)."""
    why = "is a leader" if person.leader and not owned else (
        f"{'is a leader and ' if person.leader else ''}answers for "
        + ", ".join(f"{item.kind} {item.id}" for item in owned[:5])
        + (f" and {len(owned) - 5} more" if len(owned) > 5 else ""))
    served = _served_goals(plan, owned)
    hint = (f"add the goals their work serves ({', '.join(served)})" if served
            else "add the goals they answer for")
    return person.finding(
        f"{person.describe()} {why} but has no objectives; {hint} "
        "under objectives",
        related=[item.related(f"{item.kind} {item.id} is theirs") for item in owned])
