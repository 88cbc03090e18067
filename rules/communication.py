"""PL4 communication: the strategy reaches the people who execute it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from planlint.finding import Finding
from planlint.measure_words import worded
from planlint.model import Communication, Goal, Initiative, Person, Unit
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.practice import by_practice
from planlint.ruledef import rule
from planlint.wording import joined


@rule(code="PL401", name="no-communication-plan", category="communication",
      severity="warning",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Return to operating profit}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1, title: Return to operating profit}\n"
             "communications:\n  - {id: C1, title: Town halls, audience: all, covers: [G1]}\n")
def no_communication_plan(plan: Plan) -> Iterator[Finding]:
    """The plan has no communications.

    Without down-the-line communication the strategy stays in the leadership team: most
    employees never learn it, those who serve customers guess at it, and the confusion
    breeds distrust and weakens commitment. A plan says how it reaches people: which
    communications, to which audience, on which channel, how often, covering which goals. A
    plan that states no goals (a performance dashboard, which is itself the publication of
    its measures) has none to tell, and the plan of a team inside a larger organization
    (every goal belongs to one unit placed under another: a delivery team's roadmap, kept
    where the team works) is not asked how it reaches the organization, whose own plan
    carries the strategy to its people; nor, for the same reason, is a plan of people's own
    objectives (individual OKRs, see no-sponsor), which align to the organization's plan,
    whose communication tells the strategy. Nor is a small team's own OKRs, the team its
    whole organization (``Plan.team_okrs``, see no-sponsor: two or three people named
    equally, its one unit; a two-founder venture's OKR file): those who would be told the
    goals are the people who wrote them. Nor is a plan whose communication with the public
    is itself one of its pieces of work (a refuge plan's item that strengthens
    ``communication with the public`` through the channels it lists: notices, a newsletter,
    a website, the gazette): a public body's plan tells its audience, the public, through
    that work, which the format holds as an initiative. Marketing or public relations is not
    that: it sells the organisation, not its plan. Nor is a plan one of whose pieces of work
    communicates the plan's own success, progress or achievements to its people (a pay gap
    action plan's key action to ``Communicate success and role models - Create a comms plan
    to ensure that motivational stories are communicated e.g. FABSS no longer has a gender
    pay gap``; an association's tactic to ``communicate achievements related to the
    strategic plan``): that work is the plan's communication, kept among its actions. Work
    that communicates something else (a policy, a service, role models' stories) does not
    tell the plan, nor does reporting progress upward to a board. Nor is a plan one of whose
    own measures, goals or pieces of work says its people know or understand its vision,
    mission or strategy (a faculty's ``Pemahaman visi dan misi Fakultas pada dosen dan
    tenaga kependidikan hingga 75%``, its staff's understanding of its vision and mission; a
    college's work communicating its vision and mission to all its stakeholders), or
    educates its community and reports progress to it, or is a German city's
    ``Öffentlichkeitsarbeit`` (its information work with the citizens, the refuge's
    communication with the public): the plan tells its direction there, not in a
    ``communications`` entry. Publishing the plan is not telling it.
    """
    if not plan.communications and plan.goals and plan.team_unit is None \
            and not plan.personal and not plan.team_okrs and not _communicating_work(plan):
        yield plan.finding(
            "the plan has no communications; add communications that tell the organization "
            "its goals (audience, channel, cadence, owner, covers)")


#: Work whose subject is telling the public (``stronger communication with the public``,
#: ``communicating with residents``).
_PUBLIC_OUTREACH = LazyPattern(
    r"\bcommunicat\w* (?:with|to) (?:the )?(?:general )?(?:public|citizens|residents)\b",
    re.IGNORECASE)


#: A public body's information work with its citizens named in German
#: (``Fortsetzung und Weiterentwicklung Öffentlichkeitsarbeit`` in a city's climate plan).
_PUBLIC_OUTREACH_DE = LazyPattern(r"\böffentlichkeitsarbeit", re.IGNORECASE,
                                  needs=("ffentlichkeitsarbeit",))


#: A measure or piece of work whose words say the plan's people know or understand its
#: vision, mission or strategy (``Pemahaman visi dan misi Fakultas pada dosen dan tenaga
#: kependidikan hingga 75%``, ``Enhance the understanding of our vision, mission, and
#: strategic priorities``), or that its community is educated and told the progress
#: (``programs to educate our community, track behavior and report progress``): the
#: plan's telling of its direction, kept among its goals, measures or work; so is work
#: that communicates the vision, mission or strategy to its stakeholders or staff (``Vision
#: and mission of the institution will be communicated effectively to all stake holders``).
#: Not knowledge of anything else (a patient's goals of care, a new policy told to staff),
#: nor progress reported upward.
_TELLS_ITS_DIRECTION = LazyPattern(
    r"\b(?:understanding|knowledge|awareness)\s+of\s+(?:the|our|its)\s+"
    r"(?:[\w-]+'s\s+)?(?:vision|mission|strategy|strategic\s+"
    r"(?:plan|direction|priorities|goals|objectives))\b"
    r"|\b(?:pemahaman|sosialisasi)\s+(?:terhadap\s+)?visi\b"
    r"|\b(?:comprensión|conocimiento|compreensão|conhecimento)\s+d(?:e\s+la|a)\s+"
    r"(?:visión|misión|visão|missão)\b"
    r"|\beducat\w*\s+(?:our|the|its)\s+(?:campus\s+|wider\s+|local\s+)?"
    r"communit(?:y|ies)\b[^.;]{0,80}?\breport\w*\s+(?:on\s+)?(?:our\s+|its\s+)?"
    r"progress\b"
    r"|\b(?:vision|mission|strategy|strategic\s+plan)\b[^.;]{0,60}?\bcommunicated\b"
    r"[^.;]{0,40}?\bto\s+(?:all\s+)?(?:(?:its|our|the)\s+)?(?:stake\s?holders|staff|"
    r"employees|members|faculty|everyone)\b"
    r"|\bcommunicat\w*\s+(?:the|our|its)\s+(?:[\w-]+'s\s+)?(?:vision|mission|strategy|"
    r"strategic\s+plan)\s+to\b",
    re.IGNORECASE,
    needs=("understanding", "knowledge", "awareness", "pemahaman", "sosialisasi",
           "comprens", "conocimiento", "compreens", "conhecimento", "educat", "communicat"))


#: Work that communicates the plan's own results (``Communicate success``, ``sharing our
#: progress``, ``communicate achievements related to the strategic plan``): the success of
#: what the plan does, the organisation's own progress or achievements, or those tied to
#: the plan in words; not someone else's (a pupil's progress told to parents).
_TELLS_ITS_RESULTS = LazyPattern(
    r"\bcommunicat(?:e|es|ing)\s+(?:(?:the|our|its)\s+)?success(?:es)?\b"
    r"|\b(?:communicat(?:e|es|ing)|shar(?:e|es|ing))\s+(?:our|its)\s+"
    r"(?:success(?:es)?|progress|achievements)\b"
    r"|\b(?:communicat(?:e|es|ing)|shar(?:e|es|ing))\s+(?:the\s+)?"
    r"(?:success(?:es)?|progress|achievements)\s+"
    r"(?:of|on|against|towards|related to|in (?:implementing|delivering))\s+"
    r"(?:the|this|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plan|strategy|actions|goals|objectives|targets)\b",
    re.IGNORECASE)


def _communicating_work(plan: Plan) -> bool:
    """Whether one of the plan's initiatives, not cancelled, is its communication with the
    public (see :data:`_PUBLIC_OUTREACH`, :data:`_PUBLIC_OUTREACH_DE`) or communicates the
    plan's own results (see :data:`_TELLS_ITS_RESULTS`), or one of its initiatives, goals
    or metrics tells its direction (see :data:`_TELLS_ITS_DIRECTION`)."""
    for initiative in plan.initiatives:
        if initiative.status == "cancelled":
            continue
        text = worded(initiative.title, initiative.description)
        if _PUBLIC_OUTREACH.search(text) is not None \
                or _PUBLIC_OUTREACH_DE.search(text) is not None \
                or _TELLS_ITS_RESULTS.search(text) is not None \
                or _TELLS_ITS_DIRECTION.search(text) is not None:
            return True
    return any(_TELLS_ITS_DIRECTION.search(worded(goal.title, goal.description)) is not None
               for goal in plan.goals) \
        or any(_TELLS_ITS_DIRECTION.search(worded(metric.title, metric.description)) is not None
               for metric in plan.metrics)


def _tells_the_whole_strategy(plan: Plan) -> bool:
    """Whether the plan's communications list no goal they cover and one of them goes to
    everybody: they tell the strategy whole (the plan published, its progress blogged)."""
    return not any(communication.covers for communication in plan.communications) and any(
        communication.audience == "all" for communication in plan.communications)


@rule(code="PL402", name="uncommunicated-goal", category="communication",
      severity="warning",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Return to operating profit}\n"
            "  - {id: G2, title: Be the customer's first choice}\n"
            "communications:\n  - {id: C1, title: Town halls, audience: all, covers: [G1]}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1, title: Return to operating profit}\n"
             "  - {id: G2, title: Be the customer's first choice}\n"
             "  - {id: G3, title: Reduce homelessness}\n"
             "  - {id: G4, title: Rehouse 1200 households, parent: G3}\n"
             "  - {id: G5, title: Add 600 shelter beds, parent: G3}\n"
             "communications:\n"
             "  - {id: C1, title: Town halls, audience: all, covers: [G1, G2]}\n"
             "  - {id: C2, title: Public dashboard, audience: all, covers: [G4, G5]}\n")
def uncommunicated_goal(plan: Plan) -> Iterator[Finding]:
    """A top-level goal is covered by no communication.

    Everyone in the organization should know the strategy's goals and how their work
    contributes to them; a top-level goal no communication mentions is one people cannot act
    on. A communication covers the goals it lists under ``covers``: one that lists none
    covers none, and covering a sub-goal does not cover its parent (save as below). Plans
    with no communications at all are reported once, by no-communication-plan, and a
    sub-unit's goal that has no parent because its link to the strategy is missing, by
    orphan-goal. A plan whose communications list no goal at all, one of them going to
    everybody, tells everybody its whole strategy (the plan published, its progress
    blogged): which goals each communication tells of is another style's record, and the
    rule stays silent. Nor, for the same reason, is any top-level goal reported when a
    communication that lists no goal says in its own words that it tells the strategy as a
    whole (a financial supervisor's communications function, to "promote EIOPA's role,
    business strategy and activities towards the European institutions and external
    stakeholders"; newsletter space for "achievements related to the strategic plan"): it
    names the whole strategy, of which the top-level goals are the head, and lists no goals
    because it tells all of them; a communications or engagement strategy of its own is not
    the plan's. Nor is a top-level goal reported whose sub-goals are each covered by a
    communication to everybody (an executive order whose every goal is on a public
    dashboard): the whole of its cascade is told to all, and so is it; a sub-goal told to
    some audience, or only some of them told, does not tell its parent. Nor is a top-level
    goal a person lists among their own ``objectives`` beside goals that are not (the chief
    executive's short-term goal in the performance plan the board sets beside the strategy):
    it is that person's performance plan, agreed with whoever sets it, not a goal of the
    strategy the organization must hear of to act on; a plan all of whose top-level goals
    are people's own objectives is judged as any. Nor is a top-level goal supported by work
    still under way whose title or description says it engages all the organization's
    employees or staff (an internal carbon fund launched "to engage all its employees on the
    road to carbon neutrality … and to contribute to the Group's targets to reduce CO2 by
    2030"): that work is how everyone hears of the goal and takes part in it, a channel the
    format has no other place for. When more than a third of the top-level goals are covered
    by no communication, the plan is reported once instead of each goal.
    """
    if not plan.communications or _tells_the_whole_strategy(plan):
        return
    covered = {goal.id for communication in plan.communications
               for goal in plan.refs(communication, "covers")}
    whole = any(_names_the_strategy(communication) for communication in plan.communications)
    public = {goal.id for communication in plan.communications
              if communication.audience == "all"
              for goal in plan.refs(communication, "covers")}
    example = next((communication for communication in plan.communications
                    if communication.audience == "all"), plan.communications[0])
    linked = plan.linked_goals
    top = [goal for goal in plan.top_goals if goal.id in linked]
    top = [goal for goal in top if goal.id not in plan.own_objectives] or top
    missing = [goal.finding(
        f"top-level {goal.describe()} is covered by no communication; list it under the "
        f"covers of a communication (such as {example.id}) so the organization hears of it")
        for goal in top if goal.id not in covered and not whole
        and not _told_whole(plan, goal, public)
        and not any(not work.finished and _ENGAGES_ALL.search(worded(
            work.title, work.description)) for work in plan.referrers(
                goal, "supports", Initiative))]
    yield from by_practice(plan, missing, len(top), items="top-level goals",
                           lacking="are covered by no communication",
                           fix="list the goals each communication tells people about under "
                               "its covers")


#: Work that says it engages everybody in the organization (``to engage all its
#: employees``, ``engaging all our staff``).
_ENGAGES_ALL = LazyPattern(r"\bengag(?:e|es|ed|ing) (?:all|every one of|each of) (?:its |our |"
                           r"the )?(?:employees|staff|workforce|colleagues|people)\b",
                           re.IGNORECASE,
    needs=("engag",))


#: Words that name the plan's strategy as a whole as what a communication tells (``promote
#: EIOPA's role, business strategy and activities``, ``achievements related to the strategic
#: plan``, ``Federal Data Strategy newsletter``); not a communication's own strategy.
_THE_STRATEGY = LazyPattern(r"(?<!communications )(?<!communication )(?<!engagement )"
                            r"(?<!outreach )(?<!marketing )(?<!media )"
                            r"\b(?:strategy|strategic plan)\b", re.IGNORECASE)


def _names_the_strategy(communication: Communication) -> bool:
    """Whether a communication lists no goal it covers and its own words say it tells the
    strategy as a whole (see ``_THE_STRATEGY``): it covers every top-level goal."""
    return not communication.covers and _THE_STRATEGY.search(
        worded(communication.title, communication.description)) is not None


def _told_whole(plan: Plan, goal: Goal, public: set[str]) -> bool:
    """Whether ``goal`` has sub-goals and every one of them is in ``public``, covered by a
    communication to everybody: the goal is told to all through the whole of its
    cascade (an executive order whose every goal is on a public dashboard)."""
    subgoals = plan.subgoals(goal)
    return bool(subgoals) and all(sub.id in public for sub in subgoals)


def _reached_units(plan: Plan) -> set[str] | None:
    """Ids of the units some communication's audience reaches; ``None`` for all of them.

    An audience unit reaches itself and every unit below it.
    """
    audiences: list[Unit] = []
    for communication in plan.communications:
        if communication.audience == "all":
            return None
        audiences.extend(plan.refs(communication, "audience", Unit))
    return set(plan.closure(audiences, "parent", Unit, backward=True))


def _count(number: int, noun: str, plural: str) -> str:
    return f"{number} {noun if number == 1 else plural}"


def _authoring_units(plan: Plan, goal_units: set[str], people_units: set[str]) -> set[str]:
    """The units that make a team's own plan: where every goal belongs to one unit and
    every person with a unit to it or a unit above it, that unit and those above it; else
    none."""
    if len(goal_units) != 1 or any(goal.unit is None for goal in plan.goals):
        return set()
    [team] = goal_units
    chain = {team, *plan.unit_ancestors(team)}
    return chain if people_units and people_units <= chain else set()


def _sponsoring_units(plan: Plan) -> set[str]:
    """The units that adopt the plan and those above them: each unit among its sponsors
    (``sponsor``, ``co_sponsors``; a board that adopts an agency's programming document)
    and the units it sits in (the agency the board belongs to)."""
    found: set[str] = set()
    for sponsor in (plan.info.sponsor, *plan.info.co_sponsors):
        if isinstance(plan.by_id.get(sponsor or ""), Unit):
            found.update((sponsor or "", *plan.unit_ancestors(sponsor)))
    return found


def _self_reviewing_units(plan: Plan) -> set[str]:
    """The units a review covers that is chaired by nobody the plan names, or by the
    unit's lead or one of its people: the unit meets over the plan's work itself."""
    found: set[str] = set()
    for review in plan.reviews:
        chair = plan.ref(review, "chair", Person)
        found.update(unit.id for unit in plan.refs(review, "covers", Unit)
                     if chair is None or chair.id == unit.lead or chair.unit == unit.id)
    return found


@rule(code="PL403", name="unreached-unit", category="communication", severity="info",
      fails="planlint: 1\nunits:\n  - {id: group}\n  - {id: mopar}\n"
            "goals:\n  - {id: G1, unit: group}\n  - {id: MP1, unit: mopar, parent: G1}\n"
            "communications:\n  - {id: C1, audience: [group], covers: [G1]}\n",
      passes="planlint: 1\nplan: {sponsor: board}\nunits:\n  - {id: group}\n"
             "  - {id: mopar, parent: group}\n  - {id: board, parent: group}\n"
             "people: [{id: haddad, unit: mopar}, {id: chair, unit: board}]\n"
             "goals:\n  - {id: G1, unit: group}\n  - {id: MP1, unit: mopar, parent: G1}\n"
             "communications:\n  - {id: C1, audience: [mopar], covers: [G1, MP1]}\n")
def unreached_unit(plan: Plan) -> Iterator[Finding]:
    """A unit with goals or people is reached by no communication's audience.

    Front-line units, the ones that serve customers, are the ones most often left out of the
    strategy conversation. A unit that has goals to deliver, or people, but that no
    communication addresses, learns the strategy second-hand or not at all. An audience of
    ``all`` reaches every unit; an audience unit reaches itself and every unit below it.
    People are reached through the units they belong to, so a unit with goals but no people
    of its own (an agency as a whole, whose people sit in its divisions) is reached when
    communications cover its goals: there is nobody in it to address, and its goals reach
    the divisions through what covers them. A plan whose people, and goals, all belong to
    one unit is that unit's own (a team's roadmap): its people made it, and its
    communications go out to others, so that unit is not asked to be reached; nor, when its
    goals all belong to one unit and its people to that unit or the units above it (a
    grantee team and the project lead at its fiscal sponsor), are the team and those it
    answers to, who write and send its reports. Nor is a unit that sponsors the plan, nor a
    unit above it (an agency's management board, which adopts its single programming
    document, and the agency it belongs to, whose Director signs it): they adopt and issue
    the plan, which answers to them; no communication need bring it to them. Nor is a unit
    that meets over the plan's work in a review of its own (a review that ``covers`` the
    unit, chaired by nobody the plan names or by the unit's lead or one of its people: a
    small agency's staff in its quarterly all-day planning sessions to evaluate the agency's
    activities, a team's weekly meeting): its people discuss the strategy together
    first-hand, which is what a communication to them would bring about; a review chaired
    from outside the unit (a board reviewing a division) does not reach the division's
    people. Plans with no communications at all are reported once, by no-communication-plan.
    """
    if not plan.communications:
        return
    reached = _reached_units(plan)
    if reached is None:
        return
    goals: dict[str, list[Goal]] = defaultdict(list)
    for goal in plan.goals:
        if goal.unit is not None:
            goals[goal.unit].append(goal)
    people: dict[str, int] = defaultdict(int)
    for person in plan.people:
        if person.unit is not None:
            people[person.unit] += 1
    covered = {goal.id for communication in plan.communications
               for goal in plan.refs(communication, "covers", Goal)}
    authors = (_authoring_units(plan, set(goals), set(people)) | _sponsoring_units(plan)
               | _self_reviewing_units(plan))
    for unit in plan.units:
        own, count = goals.get(unit.id, []), people.get(unit.id, 0)
        if unit.id in reached or not (own or count) or unit.id in authors or (
                count and set(people) == {unit.id} and set(goals) <= {unit.id}):
            continue
        fix = f"add {unit.id}, or a unit above it, to the audience of a communication"
        if count:
            has = " and ".join(_count(number, noun, plural) for number, noun, plural in (
                (len(own), "goal", "goals"), (count, "person", "people")) if number)
            yield unit.finding(
                f"{unit.describe()} has {has} but no communication's audience reaches it; "
                f"{fix}")
            continue
        silent = [goal.id for goal in own if goal.id not in covered]
        if silent:
            yield unit.finding(
                f"{unit.describe()} has {_count(len(own), 'goal', 'goals')} and no people "
                f"of its own, but no communication's audience reaches it and none covers "
                f"{joined(silent)}; list {'it' if len(silent) == 1 else 'them'} under a "
                f"communication's covers, or {fix}")
