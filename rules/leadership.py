"""PL1 leadership: every part of the strategy has a person who answers for it."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from textwrap import dedent

from pydantic import Field

from planlint.finding import Finding
from planlint.measure_work import addressed_elsewhere, set_by_law, sorts_work
from planlint.model import CADENCES, Goal, Initiative, Item, Metric, Person, Unit, cadence_days
from planlint.patterns import LazyPattern
from planlint.plan import Plan, settle_upwards
from planlint.practice import by_practice, on_tracker, widespread
from planlint.ruledef import RuleOptions, plain_name, rule

from ._text import held_ready, plain_title


@rule(code="PL101", name="unowned-goal", category="leadership", severity="error",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Return to operating profit}\n",
      passes=dedent("""\
          planlint: 1
          plan: {id: climate-plan, sponsor: council}
          people: [{id: reyes}, {id: cook}, {id: okafor, leader: true}]
          units:
            - {id: city, name: City of Springfield}
            - {id: council, name: City Council, parent: city}
            - {id: parks, name: Parks and Recreation, parent: city, lead: cook}
            - {id: forestry, name: Urban Forestry Division, parent: parks}
          goals:
            - id: G1
              title: Cut the city's CO2 emissions by 40% by 2030
              unit: city
              metrics: [{id: M1, title: City CO2 emissions}]
            - {id: G2, title: A greener city, parent: G1}
            - {id: G3, title: Efficient public buildings, parent: G2}
            - {id: G4, title: Retrofit the city's buildings, parent: G3, owner: reyes}
            - {id: P1, title: Plant 10000 street trees, parent: G2, unit: parks}
            - {id: P2, title: Prune street trees every seven years, parent: G2, unit: forestry}
            - id: G5
              title: Clean air in every neighbourhood
              parent: G1
              metrics:
                - {id: M2, title: Days of good air quality, owner: okafor}
                - {id: M3, title: Monitoring stations reporting, owner: okafor}
          """))
def unowned_goal(plan: Plan) -> Iterator[Finding]:
    """A goal has no owner.

    A goal nobody owns is a goal nobody answers for. When leaders attend to quarterly
    targets, crises and budgets, execution slips unless one named person carries each
    objective and is asked about it in every review. Every goal, at every level of the
    cascade, needs an owner. A goal that names none is owned by the ``lead`` of its unit,
    where the unit names one: in a performance budget the head of a program answers for the
    program's goals, in OKRs a department's leader for the department's objectives. A goal a
    person lists among their own ``objectives`` is answered for by that person, whose
    performance plan holds them to it (an EU agency's monitoring objective, given to a unit
    that names no head, to which the Executive Director's KPI objective "To implement the
    work programme" is linked, as to every objective of the programme). A goal of a division
    that names no head, placed in a department whose ``lead`` the plan names, is owned by
    that lead when the plan names a head for none of the department's divisions: the plan
    assigns by department (a budget book's division page, the book putting performance
    objectives with each department head); a division beside others that name their heads (a
    program whose manager is ``Vacant`` among programs with named managers) is still asked.
    A goal that only groups goals that all have owners, with no metric or initiative of its
    own (a theme, a section of a roadmap), is answered for through them, and so is one whose
    goals below are such groupings themselves (a city strategy's choice over its strategic
    goals, each a heading over budget goals that their result areas' heads answer for): each
    level is answered for where the owners are; one whose initiatives all name one and the
    same owner is answered for by that person (a project's lead, who owns all the work the
    objective is reached by), and in a plan its members' general meeting sponsors and runs
    (see ``Plan.members_meeting``: a makerspace's goals voted at its Mitgliederversammlung)
    one with no measure of its own whose initiatives each name an owner is answered for by
    them (two bicycle excursions, each organised by a member who reports on it to the
    meeting, under a goal of excursions): every goal is a members' project, and the meeting
    hears each piece's champion as it hears each goal's; and one, in a plan that follows
    OKRs, whose key results all name a person as owner (or among their ``co_owners``, as a
    key result owned by a group and a person named equally, ``blink-houdini, kojii``) is
    answered for through them, as OKR practice holds each key result's owner accountable for
    reaching it (elsewhere a measure's owner collects and reports its data, and does not
    answer for the goal), as is one in any plan whose metrics, two or more, all name as
    owner one and the same person the plan marks a ``leader`` (an NHS trust's annual goal
    whose five indicators each name the Chief Nurse as executive lead): the plan gives
    accountability indicator by indicator, and one executive answers for every measure of
    the goal (a leader who owns a goal's one measure owns the measure only). A plan's one
    top-level goal that is the whole organization's (of no unit, or of a unit placed under
    none: a city's emissions target, a company's net-zero aim) is the plan's aim, and the
    plan's ``sponsor``, who owns the strategy, answers for it. A goal whose plan names
    several owners equally has the first as its ``owner`` and the others as its
    ``co_owners``; planlint does not ask for one among them, as whether shared ownership
    weakens accountability is debatable. A heading that sorts the plan's work by kind (a
    portfolio's theme, ``Monitoring Services``: a few words in title case naming in the
    plural the kind of work under it, with no description and no measure) is a category of
    the board, not an objective anyone reaches: who answers for each piece of work under it
    is unowned-initiative's question. An owner that names nobody in ``people`` is reported
    as a dangling reference instead. When more than a third of a plan's goals have no owner,
    that is the plan's way of assigning them: goals under an owned goal are answered for at
    its level, and the rest are reported once, at the plan; so are they when the plan names
    nobody who answers for any of its goals and two or more are reported, the goals answered
    for only through their work counting with them (a board's three goals, one of them left
    out only because its monitoring task has an owner): none names an owner, and that is one
    gap of the plan. So does the plan's aim when a body, not a person, sponsors the plan (a
    national strategy's goal, the government's, over indicator areas nobody is named for):
    the body answers for it only as the plan's author, and names nobody either. OKR
    objectives answered for through their key results' owners do not count with them: that
    is how OKRs assign accountability, not a gap, and the objectives left to nobody beside
    them are reported on their own (a team's quarter tracked in issues, two of five
    objectives with no accountable person on any key result). A team's plan (every goal
    belongs to one unit placed under another) whose ``lead`` the plan names is not reported:
    that lead answers for its goals, those of its sub-units that name no head of their own
    included. Nor is a plan that assigns accountability by action under a sponsor: it names
    a person as ``sponsor`` and no goal's owner, and every goal heads sub-goals or
    initiatives that each name an ``owner``, or a ``unit`` other than the goal's own (a
    project's logframe, whose activities each name their team; an agenda whose actions each
    name the agency that carries them out). The sponsor answers for the whole through the
    bodies that carry out its actions, and an owner per heading is another style's practice;
    a plan that names owners for some goals is judged goal by goal. So is a plan a body
    sponsors (a fund's action document) that contracts every initiative to the ``unit`` that
    carries it out and pays it by a budget line of that same unit (each result assigned to
    its implementing agency, with the agency's own line of the indicative budget): each
    agency answers for its results by contract, and the body, which names no person, answers
    for the whole through them; without that money a body names nobody over the whole and
    the plan is still reported, unless most of the work serving its goals names a person as
    ``owner`` (an employer's equality action plan its executive approves, whose
    "Accountability" column names who answers for each action, a team for the rest): the
    people named answer for the actions and the body for the whole, as under a person's
    sponsorship; work given only, or mostly, to bodies (an agenda's agencies, a
    partnership's member organisations) names nobody. A plan that names no sponsor is read
    the same way when its goals set no measure of their own, most of its actions name a
    person, and it sorts them under several top goals or names the group the leads report to
    (its ``office`` or a review): an equality action plan nobody it names approves, whose
    "Lead" column names a post for each action, a team for a few, under objectives grouped
    by theme. The leads answer for their actions, an owner per heading is not what that
    style asks, and that nobody answers for the whole is no-sponsor's finding, which an
    owner asked per theme would report again. A single goal whose work is split among
    people, with nobody the leads report to, is still reported: nobody answers for it. Nor
    is a plan one person coordinates: its ``sponsor`` is a person who is also its ``office``
    (or leads the unit that is) and chairs a review that covers every goal by name (a
    project's coordinator, who monitors that its objectives are achieved), or owns a
    communication that reports every goal by name while no goal is given to a unit other
    than that person's own (a small foundation's director who sets the year's to-do list and
    gives each to-do its verdict in a yearly post); that person answers for the goals the
    plan names no other owner of. A plan that says it assigns who answers for its goals in
    another document (``plan: withheld: [owners]``: a companion document of primary and
    secondary responsibilities) is not asked for them; nor is a goal that says so of itself
    (its own ``withheld: [owners]``) or sits under one that does, and such goals do not
    count towards the plan's practice. Nor is a goal that names no owner beside goals of its
    level that all name theirs (two at least), in a plan that keeps its goals' work on pages
    it does not carry (``plan: withheld: [initiatives]``: an agency priority goal's action
    plan, on its goal page): the plan names who answers for its goals, and this one's record
    was left blank (a data extract's empty goal-leaders field), not the goal left to nobody;
    a goal that heads goals of its own, or one beside goals that name no owner, is still
    asked. Nor is a goal of no unit that the plan quotes as a government's, set by law: its
    title names it as a place's goals and cites the law or order that sets them (``Oregon's
    zero-emission vehicle adoption goals (Senate Bill 1044, 2019)``, which an agency's
    measures track): nobody the agency names could own the state's goal. Nor is a public
    body's programme that assigns its goals by department: the body (a unit) sponsors it,
    the plan names no person (but, perhaps, its ``office``: a coordinator who owns nothing),
    and every goal but the plan's aim belongs to one of the body's departments (a unit
    placed directly under the organization, or a team inside one), more than one of them (a
    city's targets each given to a secretariat, a county's departmental goals), or, when the
    sponsoring body is itself one of the organization's departments, to another department
    (a city council's Vision Zero plan whose enforcement objectives it gives to the Police
    Department). Each department's head answers for its goals by office; the publication
    names no officer anywhere, so no lead can be transcribed, but no goal is left to nobody.
    A goal of no unit is given to the department that every one of its measures names as
    ``owner``, when any work serving it is each given to a department too (a Peruvian public
    body's institutional plan in CEPLAN's form, whose every objective's indicator names its
    ``Unidad orgánica responsable`` and every strategic action the organ that carries it
    out): there the organ answers for its objective's indicator by office, as a department
    for its goals. Measures of several departments share a goal among them, and give it to
    none. Nor is a plan a body sponsors and runs (its ``office`` is that body, a unit under
    it or a person of one) that gives every goal to a body of another organization (a
    ``unit`` outside the sponsor's organization, placed under another topmost unit or under
    none) and names nobody in those bodies: a national body's planning guidance whose every
    priority is the integrated care boards' to deliver, a national agency's plan whose
    objectives each public administration must reach. Each body answers for what the plan
    gives it through its own head, by office, as a department does in a body's programme;
    the plan sets the goals and holds those bodies to them, and has no officer of theirs to
    name. A body whose board sponsors its plan (a unit for the board beside the
    organization's, which runs the plan) gives its goals to no other body, and is still
    asked, as is a plan that gives a goal to the sponsor's organization or to no unit. Nor
    is a plan that names no sponsor, no owner of any goal and no leader, and gives each
    goal, but the headings over them, to one of several units that name no lead, placed
    under none or directly under the organization (a unit placed under none, with no lead
    and no goal of its own): a society's plan whose every goal reads ``Owner: Education``,
    ``Owner: Finance``, its committees; a worker co-operative's quarter that lists each
    objective under the working group that pursues it; a collective's goals listed under its
    Governing Committee, its Steering Committee and its staff. Each group answers for its
    own goals collectively, and the publication names no chair to transcribe; the members it
    names (a committee's signatories, the staff) are not its heads. One group given every
    goal, or a plan naming a leader, is still asked. So it is with a goal of no unit that
    sets no measure of its own and only groups initiatives, each given to one of several
    such departments with its own targets (a recovery plan's component, whose every measure
    names its responsible ministry): each department answers for its measures, and the
    grouping has no result of its own to own. Nor is a plan a person sponsors and an
    ``office`` implements (a ministry's digital strategy that appoints a Digital Leader and
    creates a division to lead its implementation) whose goals are all headings over its
    actions, of no unit and with no owner, measure or goal below of their own, when none of
    its work names who does it either (no initiative names an ``owner`` or a ``unit``, and
    the work is on no tracker): the sponsor answers for the whole, a heading has no result
    of its own to answer for, and the one gap, that nobody is named for any action, is
    unowned-initiative's to report; an owner asked per heading as well reports it twice. A
    goal given to a unit, or with a measure of its own, is still asked for its owner. A
    heading over one goal only, with no metric, work, unit or owner of its own (``Emergency
    Prep`` over its one goal, as a board lists its areas each with its goals), is that goal
    in a second row: when the goal is reported for having no owner, the heading is not
    reported again, though it counts where the plan is reported as a whole; a heading over
    several goals, or one whose goal is owned, is judged as before. Nor is a goal reported
    on its own, though it counts where the plan is reported as a whole, when it only lists
    work (no measure, unit or co-owner of its own, and no goal below it but such lists),
    some of it work nobody is named for, in a plan that names nobody for most of its work
    (unowned-initiative reports that once at the plan): it is a heading over that work (a
    meeting's "Plans for the website" over three actions, an annual report's subject heading
    over the year's activities), and who answers for it is who answers for its work, which
    that one finding asks already. In a plan that names owners for most of its work, such a
    goal is still asked: an aim that names nobody beside work that does is a gap of its own.
    In a plan that answers an audit (its title names an audit's findings or recommendations,
    see no-vision), a recommendation the auditor addresses to a third body is not asked for
    an owner: a ``unit`` that is neither the audited sponsor's nor the auditor's office, nor
    above or below either, that names no lead and holds nobody the plan names, with nothing
    of the plan serving it (no work, measure or goal below; the recommendations a state
    auditor makes to the legislature "for consideration", beside those the audited agency
    answers with a point of contact and a date). That body answers to itself, and the
    audited organisation's answer has nobody in it to name. A recommendation the answer acts
    on, or given to a body it names someone in, is still asked. Nor is a small team's own
    OKRs, the team its whole organization (``Plan.team_okrs``: two or three people named
    equally, with one role and no leader, its one unit, nobody named over a goal, measure or
    piece of work; a two-person project's OKR file credited to both its authors): the team
    answers for its objectives together, and an owner per objective is another scale's
    practice. A team that gives one of them a goal, a role of their own or a lead is still
    asked.
    """
    if plan.withheld("owners") or plan.team_okrs:
        return
    if _assigned_by_action(plan) or _team_lead(plan) is not None or (
            _coordinated(plan) and not any(goal.owner for goal in plan.goals)) or (
            _by_department(plan)) or _by_committee(plan) or _led_over_unassigned_work(plan) \
            or _given_to_other_bodies(plan):
        return
    kept_out = plan.withheld_ids("owners")
    unowned = [goal for goal in plan.goals
               if goal.owner is None and not _answered(plan, goal)
               and not _groups_owned(plan, goal) and not _work_owned(plan, goal)
               and not _results_owned(plan, goal) and not _sponsors_aim(plan, goal)
               and not _work_by_department(plan, goal) and not sorts_work(plan, goal)
               and not addressed_elsewhere(plan, goal) and not _left_blank(plan, goal)
               and not set_by_law(goal) and goal.id not in kept_out]
    eligible = sum(goal.id not in kept_out for goal in plan.goals)
    spread = widespread(len(unowned), eligible)
    if spread:
        owned = [goal for goal in plan.goals if _answered(plan, goal)]
        below = plan.closure(owned, "parent", Goal, backward=True)
        unowned = [goal for goal in unowned if goal.id not in below]
    repeated = plan.lone_headings(unowned) | _headings_over_unowned_work(plan, unowned)
    if not spread:
        excused = _excused_where_nobody_answers(plan, unowned, repeated, kept_out)
        repeated |= {goal.id for goal in excused}
        unowned += excused
    missing = [goal.finding(f"{goal.describe()} has no owner; name the person accountable "
                            "for reaching it under owner, or the head of its unit under "
                            "the unit's lead") for goal in unowned]
    yield from by_practice(plan, missing, eligible, items="goals",
                           lacking="have no owner", repeated=repeated,
                           fix="name under each goal's owner the person accountable for "
                               "reaching it, or under each unit's lead its head")



def _excused_where_nobody_answers(plan: Plan, unowned: Sequence[Goal],
                                  repeated: Container[str],
                                  kept_out: Container[str]) -> list[Goal]:
    """The goals answered for only through their work, or only as the aim of a plan a
    body sponsors (see :func:`_sponsors_aim`; the sponsor a unit, not a person), when
    nobody answers for any goal of the plan and two or more of ``unowned`` are reported
    on their own: they name no owner either, and count towards the plan's practice."""
    reported = {goal.id for goal in unowned}
    if sum(goal not in repeated for goal in reported) < 2 \
            or any(_answered(plan, goal) for goal in plan.goals):
        return []
    body = plan.ref(plan.info, "sponsor", Unit) is not None
    return [goal for goal in plan.goals
            if goal.id not in reported and goal.owner is None and goal.id not in kept_out
            and (_work_owned(plan, goal) or (
                body and not goal.co_owners and _sponsors_aim(plan, goal)
                and not _results_owned(plan, goal) and not _groups_owned(plan, goal)))]


def _answered(plan: Plan, goal: Goal) -> bool:
    """Whether someone answers for a goal: its owner or its unit's lead (see
    :meth:`~planlint.plan.Plan.owner_of`), a person who lists it among their own
    ``objectives`` (their performance plan holds them to it), or, for a goal of a division
    that names no head and no owner, its department's lead (see
    :func:`_divisions_under_heads`)."""
    return plan.owner_of(goal) is not None or goal.id in plan.own_objectives or (
        goal.owner is None and goal.unit in plan.shared(_divisions_under_heads))


def _divisions_under_heads(plan: Plan) -> frozenset[str]:
    """The units that name no head, placed directly in a department (see
    :func:`_departments`) whose ``lead`` the plan names, when no unit of that department
    names a head of its own: the plan names heads at the department level, and the
    department's head answers for its divisions' goals."""
    below: dict[str, list[Unit]] = {}
    for unit in plan.units:
        if unit.parent is not None:
            below.setdefault(unit.parent, []).append(unit)
    found: set[str] = set()
    for department in plan.units:
        divisions = below.get(department.id, [])
        top = plan.ref(department, "parent", Unit)
        if divisions and top is not None and top.parent is None \
                and plan.ref(department, "lead", Person) is not None \
                and all(division.lead is None for division in divisions):
            found.update(division.id for division in divisions)
    return frozenset(found)


def _headings_over_unowned_work(plan: Plan, reported: Sequence[Goal]) -> frozenset[str]:
    """The goals among ``reported`` that head work nobody is named for, in a plan that
    names nobody for most of its work (unowned-initiative reports it once at the plan,
    see :func:`_work_owned_nowhere`): each sets no measure, belongs to no unit, names no
    co-owner, and lists work of the plan, some of it among that work, with no goal below
    it but such headings (a meeting's "Plans for the website" over three actions, an
    annual report's subject heading over the year's activities). Who answers for a
    heading is who answers for its work, which that one finding asks already."""
    nowhere = plan.shared(_work_owned_nowhere) if reported else frozenset()
    if not nowhere:
        return frozenset()
    return frozenset(goal.id for goal in reported if _heading_over_work(plan, goal)
                     and any(work.id in nowhere
                             for work in plan.referrers(goal, "supports", Initiative))
                     and all(_heading_over_work(plan, sub) for sub in plan.subgoals(goal)))


def _heading_over_work(plan: Plan, goal: Goal) -> bool:
    """Whether a goal only lists work: no measure, unit, owner or co-owner of its own,
    and work of the plan that serves it."""
    return not goal.metrics and goal.unit is None and goal.owner is None \
        and not goal.co_owners and bool(plan.referrers(goal, "supports", Initiative))


def _led_over_unassigned_work(plan: Plan) -> bool:
    """Whether a plan a person sponsors and an office implements has goals that are all
    headings over its actions (each of no unit, with no owner, metric or sub-goal, and
    one initiative at least), and names nobody for any of its work: no initiative names
    an ``owner`` or a ``unit``, some are not finished, and none is on a work tracker, so
    unowned-initiative reports the gap."""
    if plan.ref(plan.info, "sponsor", Person) is None or plan.info.office is None \
            or plan.work_tracker is not None or not plan.goals:
        return False
    if any(initiative.owner is not None or initiative.unit is not None
           for initiative in plan.initiatives) \
            or all(initiative.finished for initiative in plan.initiatives):
        return False
    return all(goal.owner is None and goal.unit is None and not goal.co_owners
               and not goal.metrics and not plan.subgoals(goal)
               and bool(plan.referrers(goal, "supports", Initiative)) for goal in plan.goals)


def _left_blank(plan: Plan, goal: Goal) -> bool:
    """Whether a goal with no goals below it names no owner or co-owner in a plan that
    keeps its goals' work on pages it does not carry (``withheld: [initiatives]``: an
    agency priority goal's action plan, published on its goal page) and names an owner
    for every other goal of its level, two at least: the plan names who answers for its
    goals, and this one's record was left blank, not the goal left to nobody."""
    if goal.owner is not None or goal.co_owners or not plan.withheld("initiatives") \
            or plan.subgoals(goal):
        return False
    others = [other for other in plan.goals
              if other.parent == goal.parent and other.id != goal.id]
    return len(others) >= 2 and all(other.owner is not None for other in others)


def _sponsors_aim(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is the plan's one top-level goal and the whole organization's (of
    no unit, or of a unit placed under none), in a plan that names a sponsor: the plan's
    aim, which the sponsor who owns the strategy answers for."""
    unit = plan.ref(goal, "unit", Unit)
    return plan.info.sponsor is not None and plan.top_goals == [goal] and (
        goal.unit is None or (unit is not None and unit.parent is None))


def _work_by_department(plan: Plan, goal: Goal) -> bool:
    """Whether, in a plan that names no person, a goal of no unit and no measure of its
    own is served by initiatives that each belong to a department, more than one of them:
    a grouping of measures, each answered for, with its own targets, by its department."""
    if plan.people or goal.unit is not None or goal.metrics:
        return False
    return len(_departments(plan, plan.referrers(goal, "supports", Initiative))) > 1


def _by_department(plan: Plan) -> bool:
    """Whether a body's plan that names no person but its office gives each goal but its
    aim to one of several departments, or, when the body is itself one department (a
    city council), to another department."""
    sponsor = plan.ref(plan.info, "sponsor", Unit)
    if sponsor is None or any(person.id != plan.info.office for person in plan.people):
        return False
    found: set[str] = set()
    for goal in plan.goals:
        if not _sponsors_aim(plan, goal):
            departments = _departments_of(plan, goal)
            if not departments:
                return False
            found |= departments
    return len(found) > 1 or (len(found) == 1 and sponsor.id not in found
                              and _departments(plan, [sponsor]) == {sponsor.id})


def _departments_of(plan: Plan, goal: Goal) -> set[str]:
    """The department a goal is given to: its ``unit``'s; or, for a goal of no unit, the
    one department every one of its measures names as ``owner`` when it has some, and
    its work, if any, is each given to a department as well (a public body's
    institutional objective whose every indicator names its responsible organ, each of
    its strategic actions under an organ of its own). Measures of several departments
    share the goal among them, and give it to none."""
    if goal.unit is not None:
        return _departments(plan, [goal])
    owners = [plan.ref(metric, "owner", Unit) for metric in plan.refs(goal, "metrics", Metric)]
    if not owners or None in owners:
        return set()
    work = plan.referrers(goal, "supports", Initiative)
    if work and not _departments(plan, work):
        return set()
    found = _departments(plan, [owner for owner in owners if owner is not None])
    return found if len(found) == 1 else set()


def _given_to_other_bodies(plan: Plan) -> bool:
    """Whether a body that sponsors and runs the plan (its ``office`` is that body, a unit
    under it or a person of one) gives every goal to a body of another organization (a
    unit whose topmost unit is not the sponsor's), and names nobody in those bodies: a
    national body's guidance whose priorities are integrated care boards' to deliver."""
    sponsor = plan.ref(plan.info, "sponsor", Unit)
    if sponsor is None or not plan.goals:
        return False
    own = plan.closure([sponsor], "parent", Unit, backward=True)
    office = plan.get(plan.info.office)
    runs = office.id if isinstance(office, Unit) else (
        office.unit if isinstance(office, Person) else None)
    if runs not in own:
        return False
    top = (sponsor.id, *plan.unit_ancestors(sponsor.id))[-1]
    given: list[Unit] = []
    for goal in plan.goals:
        unit = plan.ref(goal, "unit", Unit)
        if unit is None or (unit.id, *plan.unit_ancestors(unit.id))[-1] == top:
            return False
        given.append(unit)
    bodies = plan.closure(given, "parent", Unit, backward=True)
    return not any(person.unit in bodies for person in plan.people)


def _by_committee(plan: Plan) -> bool:
    """Whether a plan that names no sponsor, no goal's owner and no leader gives each of
    its goals, but the headings over them (a goal with sub-goals and no metric or work of
    its own), to one of several units that name no lead, each placed under none or
    directly under the organization (see :func:`_under_organization`): a society's
    committees, a co-operative's working groups, each the owner of its goals."""
    if plan.info.sponsor is not None or any(goal.owner for goal in plan.goals) \
            or any(person.leader for person in plan.people):
        return False
    units: set[str] = set()
    for goal in plan.goals:
        if goal.unit is None:
            if not plan.subgoals(goal) or goal.metrics or plan.referrers(goal, "supports"):
                return False
            continue
        unit = plan.ref(goal, "unit", Unit)
        if unit is None or unit.lead is not None or (
                unit.parent is not None and not _under_organization(plan, unit)):
            return False
        units.add(unit.id)
    return len(units) > 1


def _under_organization(plan: Plan, unit: Unit) -> bool:
    """Whether a unit is placed directly under a unit placed under none that names no
    lead and holds no goal of its own: the organization as a whole, of which the unit is
    one of the groups."""
    top = plan.ref(unit, "parent", Unit)
    return top is not None and top.parent is None and top.lead is None \
        and not plan.referrers(top, "unit", Goal)


def _departments(plan: Plan, holders: Sequence[Goal | Initiative | Unit]) -> set[str]:
    """The departments (units placed directly under a unit placed under none) that
    ``holders`` belong to, directly or through a unit inside one (a department's team);
    none at all when one of them belongs to no department."""
    found: set[str] = set()
    for holder in holders:
        unit = holder if isinstance(holder, Unit) else plan.ref(holder, "unit", Unit)
        chain = (unit.id, *plan.unit_ancestors(unit.id)) if unit is not None else ()
        top = plan.get(chain[-1]) if len(chain) > 1 else None
        if not isinstance(top, Unit) or top.parent is not None:
            return set()
        found.add(chain[-2])
    return found


def _coordinated(plan: Plan) -> bool:
    """Whether one person sponsors the plan, runs it (its ``office``, or the lead of the
    unit that is) and chairs a review that covers every goal by name."""
    sponsor = plan.ref(plan.info, "sponsor", Person)
    office = plan.get(plan.info.office)
    if sponsor is None or not (office is sponsor or (isinstance(office, Unit)
                                                     and office.lead == sponsor.id)):
        return False
    return _chairs_every_goal(plan, sponsor) or _reports_every_goal(plan, sponsor)


def _reports_every_goal(plan: Plan, person: Person) -> bool:
    """Whether ``person`` owns a communication that covers every goal of the plan by name
    (a director's yearly post that gives each to-do its verdict), and no goal is given to
    a unit but the one ``person`` belongs to: nobody else is placed over any of them."""
    goals = {goal.id for goal in plan.goals}
    return bool(goals) and all(goal.unit in (None, person.unit) for goal in plan.goals) \
        and any(communication.owner == person.id and goals <= set(communication.covers)
                for communication in plan.communications)


def _chairs_every_goal(plan: Plan, person: Person) -> bool:
    """Whether ``person`` chairs a review that covers every goal of the plan by name."""
    goals = {goal.id for goal in plan.goals}
    return bool(goals) and any(review.chair == person.id and goals <= set(review.covers)
                               for review in plan.reviews)


def _run_by_its_coordinator(plan: Plan) -> bool:
    """Whether a plan that marks nobody as a leader is run by one person: its ``office``
    is a person who chairs a review covering every goal, or who publishes every goal
    (:func:`_reports_every_goal`: a small project's OKR page, written and scored by its
    coordinator); or by one working body (see :attr:`~planlint.plan.Plan.working_body`)
    that everyone it names sits on, meeting at least monthly over every goal."""
    if any(person.leader for person in plan.people):
        return False
    office = plan.ref(plan.info, "office", Person)
    return (office is not None and (_chairs_every_goal(plan, office)
                                    or _reports_every_goal(plan, office))) \
        or plan.working_body is not None


def _team_lead(plan: Plan) -> Person | None:
    """The lead of the unit whose plan this is, when it is a team's inside a larger
    organization and the plan names that lead."""
    team = plan.team_unit
    return plan.ref(team, "lead", Person) if team is not None else None


def _assigned_by_action(plan: Plan) -> bool:
    """Whether a plan whose sponsor is a person, and which names no goal's owner, gives
    all its work to named bodies: it has goals, and each has sub-goals or initiatives,
    every initiative naming an ``owner`` or a ``unit`` other than its goal's. Where the
    sponsor is a body (a fund, a unit), each initiative must name a ``unit`` that a
    budget line of its own pays for it (an action document's results, each contracted to
    its implementing agency with that agency's budget line), or most of the work must
    name a person (:func:`_staffed`). A plan that names no sponsor must name people for
    most of its work, under several top goals or reporting to its ``office`` or a review,
    and none of its goals may set a measure of its own: each is a heading over actions,
    whose leads answer for them."""
    if not plan.goals:
        return False
    if plan.info.sponsor is None:
        if (plan.info.office is None and not plan.reviews and len(plan.top_goals) < 2) \
                or any(goal.metrics for goal in plan.goals) or not _staffed(plan):
            return False
    elif plan.ref(plan.info, "sponsor", Person) is None and not _contracted(plan) \
            and not _staffed(plan):
        return False
    return all(plan.owner_of(goal) is None and _heads_assigned_work(plan, goal)
               for goal in plan.goals)


def _staffed(plan: Plan) -> bool:
    """Whether most of the initiatives that serve the plan's goals name a person as
    ``owner``: the plan names, action by action, people who answer for its work (an
    equality action plan's "Accountability" or "Lead" column, a team named for the
    rest), not only the bodies that carry it out."""
    work = {initiative.id: initiative for goal in plan.goals
            for initiative in plan.referrers(goal, "supports", Initiative)}
    staffed = sum(plan.ref(initiative, "owner", Person) is not None
                  for initiative in work.values())
    return 2 * staffed > len(work)


def _contracted(plan: Plan) -> bool:
    """Whether the plan has initiatives and each names a ``unit`` that a budget line of
    that same unit funds by name: the body it is contracted to, with its own money."""
    paid = {(budget.unit, initiative.id) for budget in plan.budgets
            for initiative in plan.refs(budget, "funds", Initiative)}
    return bool(plan.initiatives) and all(
        initiative.unit is not None and (initiative.unit, initiative.id) in paid
        for initiative in plan.initiatives)


def _heads_assigned_work(plan: Plan, goal: Goal) -> bool:
    """Whether a goal heads sub-goals or initiatives, and each of its initiatives names
    an ``owner``, or a ``unit`` other than the goal's own (work placed in the goal's own
    unit assigns it to nobody new)."""
    work = plan.referrers(goal, "supports", Initiative)
    return bool(work or plan.subgoals(goal)) and all(
        initiative.owner is not None or initiative.unit not in (None, goal.unit)
        for initiative in work)


def _results_owned(plan: Plan, goal: Goal) -> bool:
    """Whether a goal's measures name who answers for it: in a plan that follows OKRs,
    its key results all name a person who answers for them (it has metrics, and each
    one's ``owner`` is a person, or one of its ``co_owners`` is: a key result owned by a
    group and a person named equally); in any plan, its metrics, two or more, all name as
    ``owner`` one and the same person, whom the plan marks a ``leader`` (an NHS trust's
    goal whose every indicator names the same executive lead). A data contact who owns
    every measure, marked no leader, collects the figures and does not answer for the
    goal, nor does a leader who owns a goal's one measure: that owns the measure only."""
    metrics = plan.refs(goal, "metrics", Metric)
    if not metrics:
        return False
    if "okr" in map(plain_name, plan.info.methodology) and all(
            plan.ref(metric, "owner", Person) is not None
            or bool(plan.refs(metric, "co_owners", Person)) for metric in metrics):
        return True
    owners = {metric.owner for metric in metrics}
    lead = plan.ref(metrics[0], "owner", Person)
    return len(metrics) > 1 and len(owners) == 1 and lead is not None and lead.leader


class UnownedInitiativeOptions(RuleOptions):
    inherit_goal_owner: bool = Field(
        True, description="count the owner of the goals an initiative supports as its "
                          "owner when they all have the same one and no goals under them "
                          "(a goal's task table, an objective's actions; in a plan that "
                          "gives owners at an upper level, a goal with none is its nearest "
                          "owned goal's); false to ask "
                          "every initiative to name its own")


def _groups_owned(plan: Plan, goal: Goal) -> bool:
    """Whether a goal only groups goals that are all answered for: it has goals below it,
    and no metric or initiative of its own (a theme, a section of a roadmap), and each
    goal below has an owner or is such a grouping itself (a strategy's choice over its
    strategic goals, each heading budget goals that their units' heads answer for)."""
    return goal.id in plan.shared(_owned_groups)


def _owned_groups(plan: Plan) -> frozenset[str]:
    """The goals :func:`_groups_owned` holds answered for, settled once per plan from the
    bottom up (a loop of parents settles as not answered)."""
    def grouping(goal: Goal) -> bool:
        return bool(plan.subgoals(goal)) and not goal.metrics \
            and not plan.referrers(goal, "supports")

    def below(goal: Goal) -> list[Goal]:
        return [sub for sub in plan.subgoals(goal) if not _answered(plan, sub)] \
            if grouping(goal) else []

    def settle(goal: Goal, known: dict[str, bool]) -> bool:
        return grouping(goal) and all(_answered(plan, sub) or known.get(sub.id, False)
                                      for sub in plan.subgoals(goal))

    known = settle_upwards(plan.goals, below, settle, False)
    return frozenset(goal for goal, owned in known.items() if owned)


def _work_owned(plan: Plan, goal: Goal) -> bool:
    """Whether one person owns all the work that serves a goal: it has initiatives, and
    they all name the same ``owner``; or, in a plan its members' meeting runs
    (``Plan.members_meeting``), whether each piece of the work of a goal with no measure
    of its own names the member who champions it."""
    owners = {initiative.owner for initiative in plan.referrers(goal, "supports", Initiative)}
    if None in owners or not owners:
        return False
    return len(owners) == 1 or (not goal.metrics and plan.members_meeting is not None)


@rule(code="PL102", name="unowned-initiative", category="leadership", severity="error",
      options=UnownedInitiativeOptions,
      fails="planlint: 1\npeople: [{id: zetsche}]\n"
            "goals:\n  - {id: G1, title: Return to profit, owner: zetsche}\n"
            "  - {id: G2, title: Lower unit costs, parent: G1, owner: zetsche}\n"
            "initiatives:\n  - {id: I1, title: Platform consolidation, supports: [G1]}\n",
      passes="planlint: 1\nplan: {sponsor: zetsche}\npeople: [{id: zetsche}, {id: cook}]\n"
             "goals:\n  - {id: G1, title: Return to profit, owner: zetsche}\n"
             "  - {id: G2, title: Lower unit costs, parent: G1, owner: cook}\n"
             "  - {id: G3, title: Loyal customers, owner: cook}\n"
             "initiatives:\n  - {id: I1, title: Platform consolidation, owner: zetsche}\n"
             "  - {id: I2, title: Close the Leeds plant, supports: [G2]}\n"
             "  - {id: I3, title: People Power, supports: [G1, G3]}\n"
             "  - {id: I4, title: Open data portal}\n  - {id: I5, title: Digital skills}\n"
             "  - {id: I6, title: Accessible website}\n"
             "communications:\n  - {id: C1, title: Action plan, channel: Trello board}\n")
def unowned_initiative(plan: Plan, options: UnownedInitiativeOptions) -> Iterator[Finding]:
    """An initiative that is not done or cancelled has no owner.

    Initiatives are where strategy turns into work. Without one person accountable for
    delivering it, an initiative competes with daily pressures and loses: leadership without
    ownership is the first reason strategies fail in execution. Work on hold (``status:
    on-hold``) is still asked for one: someone answers for deciding whether it is taken up
    again or dropped, or it stays parked for good. Work held ready for an event that may not
    come (a World Bank project's ``Contingent Emergency Response Component``, whose
    implementing agency is set under its manual when an emergency is declared; ``Plan for an
    unscheduled election``) is neither asked nor counted: the event, not a decision, takes
    it up, and who carries it out is settled then, as unstaffed-initiative reads it. Nor is
    work the plan funds and someone outside it carries out (a ``grantee``: a charity's grant
    to a named researcher, a fund's engagement with a project's foundation): the grantee
    does the work and answers for it under the grant, and a person of the funder's own is
    not what such work lacks. An initiative that names the ``unit`` that carries it out is
    owned by that unit (and by name by the unit's ``lead``): an operations plan assigns each
    task to a department. Where the plan lists the work under the goal it serves, as a
    goal's task table or an objective's list of actions does, the goal's owner answers for
    it: an initiative whose goals all have one and the same owner, and no goals under them,
    is owned. In a plan that gives owners at an upper level (more than a third of its goals
    name none), a goal with no owner of its own is answered for by the owner of the nearest
    goal above it that has one, as unowned-goal holds: the actions listed under a pillar's
    objectives are the pillar's champion's, where the style names no owner per action. A
    goal with goals under it is answered for at the level below, so work that serves it
    directly still needs an owner of its own. A theme of the whole plan, work that supports
    every one of its top-level goals (``People Power`` under each of four priorities), is
    carried out as the plan is, and answered for by the plan's ``sponsor``, where it names
    one; a top-level goal a person lists among their own ``objectives`` (the chief
    executive's short-term goal in the performance plan the board sets beside the strategy)
    is that person's, not a priority the theme must serve. Where every piece of work the
    plan ties to a goal is such a theme (a grants programme's pools, each supporting all its
    intents), work the plan gives to the sponsoring unit and ties to no goal (a pool
    launched mid-season) is of the same kind, and answered for by the sponsor as the themes
    are: it lacks no owner they have. Set ``inherit_goal_owner`` to false to ask every
    initiative to name its own. Finished and cancelled initiatives are left alone. When more
    than a third of a plan's initiatives have no owner, the plan is reported once instead of
    each initiative, and so it is when no initiative it lists, finished or cancelled ones
    included, names one (a service's status roadmap whose one open milestone stands beside
    thirty done ones that named nobody either): a practice the plan follows nowhere, however
    little of its work is still open. Neither is reported where the plan publishes its work
    item by item on a work tracker (a communication on a Trello or Kanban board, a project
    board, GitHub issues), where each card or issue has its assignee: the plan's text leaves
    them to the tool. Nor is a plan that says it assigns who answers for its work in another
    document (``plan: withheld: [owners]``: a companion document of primary and secondary
    responsibilities); nor is work that serves only goals that say so of themselves (a
    goal's own ``withheld: [owners]``), which does not count towards the plan's practice
    either. Work given to the plan's sponsoring body itself is not owned by it, though, when
    that is all the plan does: a body that names no head, no office and no owner for any
    work, and gives every initiative to itself or to no unit (a government's action plan
    whose every commitment is its own "we"), puts nobody to any of it, just as if it named
    no unit at all. A plan that names an office to run it, or gives one initiative to
    another unit or to a person, has put someone to its work, and a unit named for a piece
    of work is then its owner, as above. A project plan whose ``office`` is its project
    manager (a person whose role is ``Project manager`` or ``Programme manager``: a project
    plan's single manager, who distributes its tasks and reports their progress) puts that
    manager to every work package that names no owner of its own: in a project's plan,
    delivering the work packages is what the project manager answers for to the project's
    owner, so naming the manager owner of each adds nothing. An office named by another role
    (a general manager who reports a capital programme's table, a strategy officer) runs the
    plan without answering for each piece of work, and is not read so.
    """
    if plan.withheld("owners") or _managed_project(plan):
        return
    assignable = _assignable(plan)
    live = [initiative for initiative in assignable if not initiative.finished]
    unowned = _unowned_work(plan, options.inherit_goal_owner)
    # a practice no piece of work follows, finished ones included, is the plan's
    listed = (len(unowned), len(unowned)) if len(unowned) == len(assignable) else None
    missing = [initiative.finding(f"{initiative.describe()} has no owner; name the person "
                                  "accountable for delivering it under owner")
               for initiative in unowned if not initiative.finished]
    if on_tracker(plan, len(missing), len(live)) \
            or (missing and listed is not None and on_tracker(plan, *listed)):
        return
    yield from by_practice(plan, missing, len(live), items="initiatives",
                           lacking="have no owner",
                           fix="name under each initiative's owner the person accountable "
                               "for delivering it", listed=listed)


def _unowned_work(plan: Plan, inherit: bool) -> list[Initiative]:
    """The initiatives, finished ones included, that unowned-initiative finds with no
    owner: none named, nor a unit other than a sponsoring body that gives all its work to
    itself; not a theme the sponsor answers for; and, where ``inherit``, not work whose
    goals' owner answers for it."""
    author = _author_only(plan)
    together = _served_together(plan)
    unowned = [initiative for initiative in _assignable(plan)
               if initiative.owner is None and initiative.unit in (None, author)
               and not _sponsors_theme(plan, initiative)
               and not (together and not initiative.supports
                        and initiative.unit == plan.info.sponsor)]
    if unowned and inherit:
        above = {parent.id for goal in plan.goals for parent in plan.refs(goal, "parent")}
        owners = _answerers(plan)
        unowned = [initiative for initiative in unowned
                   if not _goal_owned(plan, initiative, above, owners)]
    return unowned


def _assignable(plan: Plan) -> list[Initiative]:
    """The initiatives whose owners the plan does not keep in another document for the
    goals they serve (see :meth:`~planlint.plan.Plan.withheld`), nor leave to the event
    they are held ready for (see :func:`held_ready`), nor to the ``grantee`` that carries
    out work the plan funds."""
    kept_out = plan.withheld_ids("owners")
    return [initiative for initiative in plan.initiatives
            if initiative.id not in kept_out and not held_ready(initiative.title)
            and initiative.grantee is None]


def _work_owned_nowhere(plan: Plan) -> frozenset[str]:
    """Ids of the live initiatives with no owner, when unowned-initiative (with its
    default options) reports them once at the plan, as a practice the plan does not
    follow (see :func:`~planlint.practice.by_practice`); none otherwise."""
    if plan.withheld("owners") or _managed_project(plan):
        return frozenset()
    assignable = _assignable(plan)
    unowned = _unowned_work(plan, inherit=True)
    missing = [initiative.id for initiative in unowned if not initiative.finished]
    live = sum(not initiative.finished for initiative in assignable)
    whole = bool(missing) and len(unowned) == len(assignable) \
        and widespread(len(unowned), len(unowned))
    if plan.work_tracker is not None or not (whole or widespread(len(missing), live)):
        return frozenset()
    return frozenset(missing)


#: The role of a project's single manager (``Project manager``, ``Programme Manager``),
#: at the start of a person's role.
_PROJECT_MANAGER = LazyPattern(
    r"\s*(?:the\s+)?(?:project|programme|program)\s+manager\b(?!s)", re.IGNORECASE)


def _managed_project(plan: Plan) -> bool:
    """Whether the plan's ``office`` is a person whose role is its project manager
    (``_PROJECT_MANAGER``): the one who answers for delivering the project's work."""
    office = plan.ref(plan.info, "office", Person)
    return office is not None and _PROJECT_MANAGER.match(office.role or "") is not None


def _author_only(plan: Plan) -> str | None:
    """The sponsoring body, in a plan that gives all its work to that body alone and puts
    nobody to it: the sponsor is a unit whose ``lead`` the plan does not name, the plan
    names no ``office``, and every initiative names that unit or none, and no ``owner``
    (a government's action plan whose every commitment is its own "we"). Naming the
    body there names nobody more than naming no unit does; ``None`` elsewhere."""
    sponsor = plan.ref(plan.info, "sponsor", Unit)
    if sponsor is None or sponsor.lead is not None or plan.info.office is not None \
            or any(work.unit not in (None, sponsor.id) or work.owner is not None
                   for work in plan.initiatives):
        return None
    return sponsor.id


def _sponsors_theme(plan: Plan, initiative: Initiative) -> bool:
    """Whether an initiative is a theme of the whole plan (see
    :meth:`planlint.plan.Plan.whole_plan_theme`) in a plan that names its sponsor, who
    answers for the plan's execution as a whole."""
    return plan.info.sponsor is not None and plan.whole_plan_theme(initiative)


def _served_together(plan: Plan) -> bool:
    """Whether the plan's work serves its goals only together: it names a sponsor, and
    every initiative tied to a goal is a theme of the whole plan (a grants programme's
    pools, each supporting all its intents). There a piece of work the plan gives to the
    sponsoring unit and ties to no goal (a pool launched mid-season) is of the same kind,
    carried out as the plan is and answered for by the sponsor, as its themes are."""
    if plan.info.sponsor is None:
        return False
    tied = [initiative for initiative in plan.initiatives if initiative.supports]
    return bool(tied) and all(plan.whole_plan_theme(initiative) for initiative in tied)


def _goal_owned(plan: Plan, initiative: Initiative, above: set[str],
                answerers: dict[str, str | None]) -> bool:
    """Whether the goals an initiative supports have one owner (their own, or the one
    ``answerers`` gives them) and none of them is ``above`` another goal."""
    goals = plan.refs(initiative, "supports", Goal)
    if not goals or any(goal.id in above for goal in goals):
        return False
    owners = {owner.id if (owner := plan.owner_of(goal)) is not None
              else answerers.get(goal.id) for goal in goals}
    return len(owners) == 1 and None not in owners


def _answerers(plan: Plan) -> dict[str, str | None]:
    """Who answers for each goal that names no owner, in a plan that gives owners at an
    upper level (more than a third of its goals name none, see
    :func:`planlint.practice.widespread`): the owner of the nearest goal above it that
    has one (a pillar's champion for the pillar's objectives), as unowned-goal holds such
    goals answered for at that level (:meth:`planlint.plan.Plan.inherited`); none
    elsewhere."""
    owned = {goal.id: owner.id for goal in plan.goals
             if (owner := plan.owner_of(goal)) is not None}
    if not widespread(len(plan.goals) - len(owned), len(plan.goals)):
        return {}
    return plan.inherited(lambda goal: owned.get(goal.id), None)


def _sole_answerer(plan: Plan) -> str | None:
    """The id of the one person who answers for every goal of the plan (its ``owner`` or
    its unit's ``lead``, see :meth:`~planlint.plan.Plan.owner_of`), where no metric names
    another owner (a brigade's captain, an agency's Director, a university's president);
    else ``None``."""
    answerers = {owner.id if (owner := plan.owner_of(goal)) is not None else None
                 for goal in plan.goals}
    if len(answerers) != 1 or None in answerers \
            or not {metric.owner for metric in plan.metrics} <= answerers | {None}:
        return None
    return next(iter(answerers))


class UnownedMetricOptions(RuleOptions):
    inherit_goal_owner: bool = Field(
        True, description="count the owner of the goals that list a metric as its owner "
                          "when they all have the same one (OKR and performance-budget "
                          "practice: the objective's owner reports its key results); false "
                          "to ask every metric to name its own")


def _owners_asked(plan: Plan, metric: Metric,
                  options: UnownedMetricOptions) -> list[str] | None:
    """None where a metric has an owner to report it (see unowned-metric), or is left to
    the rules for its goals or work; else the owners of the goals and work it measures."""
    if metric.owner is not None:
        return None
    goals = plan.referrers(metric, "metrics", Goal)
    work = plan.referrers(metric, "metrics", Initiative)
    doers = {initiative.owner or initiative.unit for initiative in work}
    owners = {owner.id if (owner := plan.owner_of(goal)) is not None else goal.owner
              for goal in goals}
    if options.inherit_goal_owner and owners <= {None} and len(doers) == 1 \
            and None not in doers:
        return None  # its goals unowned, it is the output of one doer's work, who reports it
    owners |= doers
    if options.inherit_goal_owner and (goals or work) and owners == {None}:
        return None  # nobody owns its goals or work either: the rules for those report it
    if options.inherit_goal_owner and not (goals or work) and (
            plan.info.office or plan.shared(_sole_answerer) is not None):
        return None  # measuring nothing of the plan's, the office's or its one head's to collect
    named = sorted(owner for owner in owners if owner is not None)
    if options.inherit_goal_owner and len(named) == 1:
        return None  # one owner answers for it; a goal of it that names none is unowned-goal's
    return named


@rule(code="PL103", name="unowned-metric", category="leadership", severity="warning",
      options=UnownedMetricOptions,
      fails="planlint: 1\npeople: [{id: okafor}, {id: haddad}]\n"
            "goals:\n  - {id: G1, owner: okafor, metrics: [M2]}\n"
            "  - {id: MP1, owner: haddad, metrics: [M2]}\n"
            "metrics:\n  - {id: M1, title: Operating profit}\n"
            "  - {id: M2, title: Parts revenue}\n",
      passes="planlint: 1\nplan: {office: okafor}\npeople: [{id: okafor}]\n"
             "units: [{id: payments-agency}]\n"
             "goals:\n  - {id: G1, owner: okafor, metrics: [M2]}\n"
             "  - {id: G2, title: Digitise small firms, metrics: [M4]}\n"
             "  - {id: G3, title: Service health, metrics: [M2]}\n"
             "initiatives:\n  - {id: I1, title: Digital cheque, unit: payments-agency, "
             "supports: [G2], metrics: [M4]}\n"
             "metrics:\n  - {id: M1, title: Operating profit, owner: okafor}\n"
             "  - {id: M2, title: Parts revenue}\n"
             "  - {id: M3, title: Country risk index}\n"
             "  - {id: M4, title: Firms granted a digital cheque}\n")
def unowned_metric(plan: Plan, options: UnownedMetricOptions) -> Iterator[Finding]:
    """A metric has no owner to report it.

    A metric nobody reports is not measured: the numbers arrive late or not at all, and
    reviews discuss opinions instead of progress. The owner of a metric answers for its data
    being collected and reported on its cadence. Where the plan leaves that to the owner of
    the goal it measures, as OKR practice does for an objective's key results and a
    performance budget for a program's measures, the goal's owner is the metric's: a metric
    whose goals all have one and the same owner (their own, or the lead of their unit) is
    owned. So is a measure an initiative lists as what its work delivers, by the
    initiative's owner or the unit that carries it out; and where the goals it measures name
    no owner, by that one owner or unit alone (a results barometer's count of cheques
    processed by the agency that runs the scheme, of diagnostics by the chambers that carry
    them out): its figures are that work's management data, which whoever does the work
    collects, and a goal nobody answers for is unowned-goal's to report, not the measure's.
    A metric that no goal or work lists, in a plan that names its office (who collects the
    plan's results), is the office's to report; in a plan whose goals all have one and the
    same person to answer for them, and whose metrics name no other owner, it is that
    person's (an agency's new measures listed beside the outcomes its Director answers for,
    a brigade's outcome tied to no priority, a university's dashboard under the president
    who owns every priority): a figure of the whole organization, reported by the one head
    the plan holds to all of it, whichever heading it is printed under. A metric shared by
    goals with different owners, or measuring no goal in a plan without an office whose
    goals several people answer for (or nobody), needs an owner of its own; not
    one whose goals and work name one owner between them, the others none (a satisfaction
    score a team lists among its KPIs and the service lists on its page of KPIs): that owner
    reports it, and the goal that names nobody is unowned-goal's; a metric of goals (or
    work) that nobody owns either is left to unowned-goal (or unowned-initiative), which
    reports the cause, as is a plan that names no owner for any goal or metric. Set
    ``inherit_goal_owner`` to false to ask every metric to name its own. When more than a
    third of a plan's metrics have no owner, the plan is reported once instead of each
    metric. A plan that says it assigns who answers for its measures in another document
    (``plan: withheld: [owners]``) is not asked for them, nor are the measures only goals
    that say so of themselves, and their work, list (a goal's own ``withheld: [owners]``),
    which do not count towards the plan's practice either. A breakdown (``breaks_down``, see
    metric-without-target) of a measure that has an owner to report it, its own or one read
    as above, is reported by that owner with the measure.
    """
    if plan.withheld("owners"):
        return
    if not any(metric.owner is not None for metric in plan.metrics) and not any(
            plan.owner_of(goal) is not None for goal in plan.goals):
        return  # the plan names no owner for anything: unowned-goal reports it once
    missing = []
    kept_out = plan.withheld_ids("owners")
    judged = [metric for metric in plan.metrics if metric.id not in kept_out]
    for metric in judged:
        named = _owners_asked(plan, metric, options)
        if named is None or plan.whole_answers(
                metric, lambda whole: _owners_asked(plan, whole, options) is None):
            continue
        shared = f", and the goals it measures have different owners ({', '.join(named)})" \
            if len(named) > 1 else ""
        missing.append(metric.finding(
            f"{metric.describe()} has no owner to report it{shared}; name the person who "
            "collects and reports its data under owner"))
    yield from by_practice(plan, missing, len(judged), items="metrics",
                           lacking="have no owner to report them",
                           fix="name under each metric's owner (or its goal's) the person "
                               "who collects and reports its data")


@rule(code="PL104", name="no-sponsor", category="leadership", severity="warning",
      fails="planlint: 1\nplan: {id: turnaround, title: Turnaround}\n",
      passes="planlint: 1\nplan: {id: turnaround, sponsor: zetsche}\n"
             "people: [{id: zetsche, role: CEO, leader: true}]\n")
def no_sponsor(plan: Plan) -> Iterator[Finding]:
    """The plan names no sponsor, or its sponsor is not a leader.

    Strategy execution needs an executive who owns it and keeps it on the agenda when more
    immediate pressures threaten to derail it; lukewarm commitment at the top is the failure
    the rest of the organization copies. The sponsor (``plan.sponsor``) must be a person
    marked ``leader: true``, or the body that owns the plan (a board or council, or the
    ministry, department or office whose plan it is, written as a unit). A plan its source
    gives to several owners jointly (ministries that spearhead it together, two agencies
    whose joint work it is) names the first as ``sponsor`` and the others as
    ``co_sponsors``; it is sponsored when any of them is a leader or a body, as whether
    joint ownership weakens sponsorship is debatable. A plan that marks nobody as a leader
    (a department's or a team's plan whose sponsor heads it) does not say who its leadership
    team is, so its sponsor is not judged against one; nor is the ``lead`` of the unit whose
    plan it is (every goal belongs to that unit or to units below it: a working group's
    quarter sponsored by its lead). A plan that names no sponsor is not reported when it is
    the plan of a team inside a larger organization (every goal belongs to one unit placed
    under another: a delivery team's roadmap, a working group's charter, a grantee project's
    workplan): an executive who owns the strategy is the organization's role, above the
    team's plan. Nor is a plan of people's own objectives (individual OKRs: every goal owned
    by a person not on the leadership team, each owner holding more than one; one person's
    own page of year and quarter OKRs too): each person owns their own, and the sponsor is
    the company plan's, which they align to. Nor is a plan in which the organization's
    governing body (a unit named as one: a board of directors or trustees, a governing
    committee or council, placed under no unit or under the organization's own) sets goals
    of its own: the body that governs the organization and takes its part of the plan owns
    it, as a collective's governing committee owns its yearly objectives. Nor is a plan that
    marks nobody as a leader and is run by one person: its ``office`` is a person who chairs
    a review covering every goal (a team's quarterly OKRs, whose coordinator chairs the
    grading meeting), or who owns the communication that publishes every goal while no goal
    is given to a unit but the one that person belongs to (a small open-source team's
    quarterly OKR page, which its coordinator writes, collects the scores for and publishes,
    with no title given): that person keeps the plan on the agenda and holds every goal to
    account, the sponsor's part in all but title, and the plan names no leadership above to
    ask for another; whether the plan lacks a sponsor is then honestly debatable. A
    company's OKRs whose tracking manager only grades them, the page itself published by
    nobody named, are still asked. So with a plan that marks nobody as a leader and is run
    by one working body: everyone it names sits on a unit named as one (an audit team, a
    task force), which meets at least monthly to review every goal (a project's DEI audit
    team, meeting every two weeks over its five focus areas): the body holds the plan on its
    agenda, collectively. Nor is a plan that marks one person as a leader, who owns one of
    its top-level goals and is the only person named as a goal's owner (a trust's patient
    experience priorities, of which the Chief Nurse, the one executive named, is the
    responsible officer for one): the one executive the plan names answers for part of it
    and its work sits in her portfolio; with nobody else named on the leadership team or
    over a goal, there is no other executive to ask for. Nor is a plan that marks nobody as
    a leader and whose organization's board reviews all of it at a stated cadence (a review
    titled as the board's own, ``Board meeting: review of finance and strategy`` or ``Board
    of Trustees ...``, with a cadence, covering every goal by name or through the units they
    belong to: a small social enterprise whose board "continues to meet quarterly to review
    finance and strategy"; a heading is covered through its sub-goals when the review covers
    every one of them, as a hospital board's quarterly scorecard covers the quality domains
    its indicators sit under): with no executive named, the governing body that holds the
    whole plan on its agenda is the one that owns it, and there is nobody else the plan
    could name; where the plan names a leadership team, one of them is still asked for. Nor
    is a plan that states only work (initiatives, no goal or measure), marks nobody as a
    leader and places the units it names under one organization, giving the work to none of
    them but at most one unit below it (a university library's digital-products team's
    yearly focus page; a research cluster's roadmap of milestones, which names the
    university and its units): like a team's plan, it is the list of one team's work inside
    a larger organization, whose executive owns the strategy the work serves; a plan that
    states goals or measures of its own, names a leadership team, or shares its work among
    several units is still asked. Nor is a plan that marks nobody as a leader and names the
    head of the unit whose plan it is: a person who leads a unit every goal belongs to,
    directly or through the units below it (a secretariat's line of a municipal development
    plan, every goal and programme the Secretaría de Turismo's, its Secretario named as its
    head). The plan's own structure puts that head over all of it, as the lead of that unit
    is accepted as its sponsor above, and it names no leadership team to ask for another;
    whether the field left blank is a gap is honestly debatable. A plan that marks a
    leadership team is still asked which of them owns the strategy, its head included. Nor
    is one organisation's school or quality improvement plan for its own service (its title
    names it one and every goal is its one unit's, as no-vision reads it): the plan a
    regulator's template asks of each school or hospital, whose regime puts it with the
    organisation's governing body and head (an Ontario hospital's QIP, which the Excellent
    Care for All Act has the board's quality committee oversee and the board approve, and
    whose Narrative the board chair, quality committee chair and chief executive sign; an
    Irish school's improvement plan, the principal's and the board of management's): who
    owns it is the regime's, set for every such plan alike, and the workplan's blank field
    is no gap a reviewer would ask to fill. A service or continuous improvement plan, which
    no such regime asks, is still asked. Nor is a plan that says it assigns who answers for
    its work in another document it does not publish (``plan: withheld: [owners]``: a
    museum's companion document of "primary and secondary responsibilities", a programme's
    planning tickets that each name an owner): who owns the strategy is among the
    responsibilities that document assigns, as no-strategy-office and unowned-goal read it
    for the office and the goals' owners, so the published plan's blank field says nothing.
    Nor is a small team's own OKRs, the team its whole organization (``Plan.team_okrs``: two
    or three people named equally, with one role and no leader, its one unit, none set apart
    as owner or office, anyone else named in no unit; a two-person course project's OKR
    file, written and scored by its authors, its mentors named): the team answers for its
    objectives together, and a sponsor above it is another scale's practice. A sponsor that
    names no person or unit of the plan is reported by the structure rules instead.
    """
    if plan.info.sponsor is None:
        if plan.team_unit is not None or plan.personal or plan.team_okrs \
                or _governing_body_sets_goals(plan) \
                or _run_by_its_coordinator(plan) or _sole_leader_owns_a_top_goal(plan) \
                or _board_reviews_the_whole_plan(plan) or plan.team_work_list \
                or _headed_without_leaders(plan) or plan.withheld("owners") \
                or plan.own_improvement_plan in _REGIME_OWNED:
            return  # sponsorship belongs to the organization's plan above this one
        yield plan.finding(
            "the plan names no sponsor; set plan: sponsor: to the executive who owns the "
            "strategy and answers for its execution")
        return
    sponsor = plan.ref(plan.info, "sponsor", Person)
    if sponsor is not None and any(person.leader for person in plan.people) and not any(
            _sponsors(plan, joint) for joint in (sponsor, *plan.refs(plan.info, "co_sponsors"))):
        yield plan.finding(
            f"the sponsor, {sponsor.describe()}, is not a leader; sponsor the plan "
            f"by a member of the leadership team, or mark {sponsor.id} leader: true",
            field="sponsor",
            related=[sponsor.related(f"person {sponsor.id} is not marked leader: true")])


#: The kinds of own improvement plan (see :attr:`planlint.plan.Plan.own_improvement_plan`)
#: a regulator's template asks of each school or hospital, whose regime sets who owns it.
_REGIME_OWNED = frozenset({"school", "quality"})


#: The name of a body that governs an organization (``Board of Directors``, ``Governing
#: Committee``), not one that advises it or reviews a part of its work.
_GOVERNING_BODY = LazyPattern(r"\b(?:governing (?:committee|board|council|body)|board of "
                              r"(?:directors|trustees|governors)|trustees)\b", re.IGNORECASE)


def _governing_body_sets_goals(plan: Plan) -> bool:
    """Whether a goal of the plan belongs to the organization's governing body: a unit
    named as one (``_GOVERNING_BODY``), placed under no unit or under one that is placed
    under none."""
    return any(unit is not None and _GOVERNING_BODY.search(unit.name or "") is not None
               and len(plan.unit_ancestors(unit.id)) <= 1
               for unit in (plan.ref(goal, "unit", Unit) for goal in plan.goals))


#: The title of a review held by the organization's own board: ``Board meeting: ...``,
#: ``Board of Directors meetings``, ``The board's quarterly review`` (not an advisory or
#: programme board, whose name comes first).
_BOARD_REVIEW = LazyPattern(r"^(?:the\s+)?board\b", re.IGNORECASE)


def _board_reviews_the_whole_plan(plan: Plan) -> bool:
    """Whether a plan that marks nobody as a leader has a review of stated cadence held by
    the organization's board (its title names the board first, ``_BOARD_REVIEW``, or names
    a governing body, ``_GOVERNING_BODY``) that covers every goal, by name, through a
    unit each belongs to or sits under, or through every goal below it (see
    :func:`_covered_below`)."""
    if any(person.leader for person in plan.people) or not plan.goals:
        return False
    for review in plan.reviews:
        title = " ".join((review.title or review.name or "").split())
        if review.cadence is None or not (_BOARD_REVIEW.search(title)
                                          or _GOVERNING_BODY.search(title)):
            continue
        covers = set(review.covers)
        named = {goal.id for goal in plan.goals if goal.id in covers or (
            goal.unit is not None and (goal.unit in covers
                                       or not covers.isdisjoint(plan.unit_ancestors(goal.unit))))}
        if _covered_below(plan, named) == {goal.id for goal in plan.goals}:
            return True
    return False


def _covered_below(plan: Plan, named: set[str]) -> set[str]:
    """The ids of the goals a review covers: those ``named``, and each heading whose every
    sub-goal is covered, in turn (a domain over the indicators a board reviews), as the
    heading is nothing but its sub-goals. Worked up from the covered goals, once each."""
    ids = {goal.id for goal in plan.goals}
    pending: dict[str, int] = {}
    for goal in plan.goals:
        if goal.parent in ids:
            pending[goal.parent] = pending.get(goal.parent, 0) + 1
    parents = {goal.id: goal.parent for goal in plan.goals}
    covered = named & ids
    working = list(covered)
    while working:
        parent = parents.get(working.pop())
        if parent not in pending or parent in covered:  # none, or names no goal
            continue
        pending[parent] -= 1
        if not pending[parent]:
            covered.add(parent)
            working.append(parent)
    return covered


def _sole_leader_owns_a_top_goal(plan: Plan) -> bool:
    """Whether the plan marks one person as a leader, who owns one of its top-level goals
    and is the only owner of a goal it names: the one executive the plan names, whose
    portfolio it is."""
    leaders = [person.id for person in plan.people if person.leader]
    return len(leaders) == 1 and any(goal.owner == leaders[0] for goal in plan.top_goals) \
        and all(goal.owner in (None, leaders[0]) for goal in plan.goals)


def _headed_without_leaders(plan: Plan) -> bool:
    """Whether a plan that marks nobody as a leader names the head of the unit whose
    plan it is: the ``lead`` of a unit every goal belongs to (see
    :func:`_leads_the_plan`)."""
    if any(person.leader for person in plan.people):
        return False
    heads = {unit.lead for unit in plan.units if unit.lead is not None}
    return any(_leads_the_plan(plan, person) for person in plan.people if person.id in heads)


def _sponsors(plan: Plan, sponsor: Item) -> bool:
    """Whether a sponsor (or co-sponsor) may sponsor the plan: a body (a unit), a leader,
    or the lead of the unit whose plan it is."""
    return not isinstance(sponsor, Person) or sponsor.leader or _leads_the_plan(plan, sponsor)


def _leads_the_plan(plan: Plan, person: Person) -> bool:
    """Whether ``person`` leads a unit that every goal of the plan belongs to, directly or
    through the units below it."""
    led = {unit.id for unit in plan.units if unit.lead == person.id}
    return bool(led) and bool(plan.goals) and all(
        goal.unit in led or not led.isdisjoint(plan.unit_ancestors(goal.unit))
        for goal in plan.goals)


@rule(code="PL105", name="no-strategy-office", category="leadership", severity="warning",
      fails="planlint: 1\nplan: {id: turnaround, title: Turnaround}\n",
      passes="planlint: 1\nplan: {id: turnaround, office: osm}\n"
             "units: [{id: osm, name: Office of Strategy Management}]\n")
def no_strategy_office(plan: Plan) -> Iterator[Finding]:
    """The plan names no office to drive its execution.

    Organizations that cover formulation and stop there fail because nobody runs the
    strategy afterwards: sets the agenda of reviews, collects the scorecard data, supervises
    the strategic budget and keeps communication going. A discrete function for this, an
    office of strategy management or a named person, is what made the difference in cases
    such as Chrysler's turnaround. ``plan.office`` names that person or unit, whatever the
    plan calls it: a unit or person it names to do part of that work (to collect the plan's
    results and publish them, or to prepare its items for the reviews, as a
    business-intelligence unit, a statistics office or an executive's business partner does)
    is its office, as whether it also does the rest is seldom said and planlint does not
    ask. The plan of a team inside a larger organization (every goal belongs to one unit
    placed under another) whose ``lead`` the plan names is run by that lead, in the team's
    own rhythm of work: a separate office is the organization's function, not the team's, so
    it is not asked for. So is one that holds its own reviews (a review that covers the
    team's unit: a scrum of scrums, a quarterly recap), where those who carry the work bring
    its results and move it. So is a team's plan whose work is all owned by one person (a
    grantee project's lead, owner of every deliverable, who collects the results and reports
    them to the funder). Nor is a plan whose sponsor is a body (a unit) that everyone the
    plan names sits on (a project's maintainer council, the governing body of all its
    maintainers): the body that owns the plan also runs it, collectively, and has nobody
    outside it to name as an office. So with a board of directors (or trustees, a governing
    board) that the plan names no unit beside, other than the organization it governs, and
    whose people all answer for initiatives only (a foundation's budget that hires a
    maintainer to carry three priorities): no goal, unit or review is put in anyone's hands
    below the board, which allocates the funds and runs the plan itself (a board's plan that
    names nobody is read by its reviews alone, below). So with a body that sponsors a plan
    naming nobody, and holds reviews of stated cadence of itself (an intergovernmental
    committee's work programme, reviewed and set at its yearly session): it runs its plan at
    its sessions. So too when the review of stated cadence covers every goal and holding it
    is one of the body's own pieces of work (an initiative of the body with the review's
    title: a county's yearly co-management workshop on its refuge's conservation plan): the
    body runs its plan at the meetings it holds; a review the plan does not list as the
    body's work (a board's quarterly look at a corporation's KPIs) says nothing of who runs
    it between. Nor is a plan that names no one but the head of the unit all its goals
    belong to (a small company's plan signed by its chief executive): there is nobody else
    to name, and the head runs it. Nor is a plan of people's own objectives (individual
    OKRs, see no-sponsor), which each person scores and updates themselves, nor one that
    says it is run through a strategy management system (``through which we will plan,
    monitor and communicate our progress``): the system is the function asked for, whoever
    staffs it. Nor is one whose operating units each report to a standing performance panel
    at least monthly (a review that covers two or more of its units, as a senior operations
    performance panel does): the panel collects the results and keeps the work moving
    between the board's reviews, the function asked for, whoever sits on it. Nor is one
    whose reviews, held quarterly or more often, are chaired by a person whose unit the
    plan's progress reports go to as often (a performance contract's oversight office, which
    carries out the quarterly monitoring and receives the quarterly reports): that person
    sets the reviews and collects the results, which is the office's work. Nor is one among
    whose units is one named for that function (``Strategic Planning``, a society's
    committee of that name beside the committees that own its goals; ``Office of Strategy
    Management``): the plan names its office by the unit's name, if not in that field. Nor
    is one run by a working body unnamed as its office: everyone the plan names sits on one
    unit named as a working body (an audit team, a task force), which meets at least monthly
    to review every goal (a project's DEI audit team, meeting every two weeks, logging its
    progress and publishing the status of every recommendation): its meetings set the plan's
    agenda and collect its results, the office's work, and the plan names nobody else to run
    it. Nor is a plan of one goal whose owner it names (a community's release-cycle goal and
    its champion, the "main driver to project-manage it to completion" who reminds and helps
    the teams that carry it): the plan and its goal are one, and the person who answers for
    the goal keeps it moving; an office would name the same person. A plan of several goals
    is still asked for one. Nor is a plan that says it assigns who answers for its work in
    another document it does not publish (``plan: withheld: [owners]``: an agency's RACI
    matrix that "identifies responsibilities for monitoring and reporting on performance", a
    museum's companion document of "primary and secondary responsibilities"): who runs the
    plan is one of the responsibilities that document assigns, so its absence from the
    published plan says nothing, as no owner is asked of such a plan's goals either
    (unowned-goal). Nor is a small team's own OKRs (``Plan.team_okrs``, see no-sponsor): the
    two or three people who are the whole team write, pursue and score them themselves, with
    nobody else to run them.
    """
    if plan.info.office is None and not plan.withheld("owners") \
            and not _team_led(plan) and not _run_by_its_sponsor(plan) \
            and not _run_by_its_head(plan) and not plan.personal and not plan.team_okrs \
            and not plan.managed_in_system and not _units_report_monthly(plan) \
            and not _run_by_its_reviewer(plan) and not _strategy_unit(plan) \
            and plan.working_body is None and not _run_by_its_goal_owner(plan):
        yield plan.finding(
            "the plan names no office to drive its execution; set plan: office: to the "
            "person or unit that runs reviews, collects results and keeps the plan moving")


#: A unit named for the function of running the strategy (``Strategic Planning``, a
#: society's Strategic Planning Committee; ``Office of Strategy Management``, ``Strategy
#: and Performance Office``).
_STRATEGY_FUNCTION = LazyPattern(
    r"^(?:(?:the )?(?:office|committee|council|unit|team|department|division) (?:of|for) )?"
    r"(?:strategic planning|strategy (?:management|office|unit|and performance))"
    r"(?: (?:office|committee|council|unit|team|department|division))?$", re.IGNORECASE)


def _strategy_unit(plan: Plan) -> bool:
    """Whether one of the plan's units is named for the function of running its strategy
    (``Strategic Planning``, a society's committee of that name among those that own its
    goals): that unit is the office, though the plan does not say it in so many words."""
    return any(_STRATEGY_FUNCTION.match(" ".join((unit.name or "").split()))
               for unit in plan.units)


def _team_led(plan: Plan) -> bool:
    """Whether the plan is a team's inside a larger organization, led by its unit's
    ``lead``, by the one person who owns all its initiatives, or in its own reviews."""
    team = plan.team_unit
    if team is None:
        return False
    return team.lead is not None or plan.project_lead is not None or any(
        team.id in review.covers for review in plan.reviews)


def _units_report_monthly(plan: Plan) -> bool:
    """Whether a review held at least monthly covers two or more of the plan's units: a
    standing panel the operating units report their performance to."""
    units = {unit.id for unit in plan.units}
    return any(review.calendar is not None and cadence_days(review.calendar) <= CADENCES["monthly"]
               and len(units.intersection(review.covers)) > 1 for review in plan.reviews)


def _run_by_its_reviewer(plan: Plan) -> bool:
    """Whether a review held at least quarterly is chaired by a person whose unit a
    communication of the plan, sent at least quarterly, is addressed to: the one who
    reviews the plan also collects its progress reports."""
    quarterly = CADENCES["quarterly"]
    readers = {unit for communication in plan.communications
               if communication.audience != "all" and communication.cadence is not None
               and cadence_days(communication.cadence) <= quarterly
               for unit in communication.audience}
    for review in plan.reviews:
        chair = plan.ref(review, "chair", Person)
        if chair is not None and chair.unit in readers and review.calendar is not None \
                and cadence_days(review.calendar) <= quarterly:
            return True
    return False


def _run_by_its_goal_owner(plan: Plan) -> bool:
    """Whether the plan has one goal, owned by a person it names: the goal's owner runs
    the plan, which is that goal."""
    return len(plan.goals) == 1 and plan.ref(plan.goals[0], "owner", Person) is not None


def _run_by_its_head(plan: Plan) -> bool:
    """Whether the one person the plan names leads the unit every goal belongs to: a small
    organisation's plan, signed by its head, with nobody else to run it."""
    units = {goal.unit for goal in plan.goals}
    if len(plan.people) != 1 or len(units) != 1:
        return False
    unit = plan.ref(plan.goals[0], "unit", Unit)
    return unit is not None and unit.lead == plan.people[0].id


def _run_by_its_sponsor(plan: Plan) -> bool:
    """Whether the plan's sponsor is a body (a unit) that every person the plan names
    belongs to, or, where the plan names nobody, that holds a review of stated cadence
    covering itself (a committee's yearly session) or covering every goal, one the plan
    lists among the body's own work (an initiative of the body with the review's title:
    a county's yearly co-management workshop on its refuge's plan), or that is a board
    with no staff put in charge of anything (:func:`_board_without_staff`)."""
    body = plan.ref(plan.info, "sponsor", Unit)
    if body is None:
        return False
    if not plan.people:  # a body that names nobody: run at its own sessions, if it holds any
        own_work = {plain_title(initiative.title) for initiative in plan.initiatives
                    if initiative.unit == body.id and initiative.title}
        goals = {goal.id for goal in plan.goals}
        return any(review.cadence is not None and (body.id in review.covers or (
            bool(goals) and goals <= set(review.covers)
            and plain_title(review.title) in own_work)) for review in plan.reviews)
    return all(person.unit == body.id for person in plan.people) \
        or _board_without_staff(plan, body)


def _board_without_staff(plan: Plan, body: Unit) -> bool:
    """Whether ``body`` is a governing body by its name (``_GOVERNING_BODY``: a board of
    directors) beside which the plan names no unit but those it sits under, and whose plan
    names people who all answer for initiatives only: none is marked a leader, holds a
    goal among their objectives, or is referred to by anything but an initiative (no goal,
    measure, unit, review, budget or communication is theirs). The board has no staff the
    plan puts in charge of anything, and runs the plan itself."""
    if not plan.people or not _GOVERNING_BODY.search(body.name or ""):
        return False
    above = plan.unit_ancestors(body.id)
    if any(unit.id != body.id and unit.id not in above for unit in plan.units) \
            or any(person.leader or person.objectives for person in plan.people):
        return False
    return all(isinstance(edge.source, Initiative) for edge in plan.edges
               if isinstance(edge.resolved, Person))


def _held_by_leaders(plan: Plan) -> set[str]:
    """Ids of the goals a leader lists among their own ``objectives``."""
    return {goal for person in plan.people if person.leader for goal in person.objectives}


@rule(code="PL106", name="top-goal-not-led", category="leadership", severity="warning",
      fails="planlint: 1\npeople:\n  - {id: zetsche, role: CEO, leader: true}\n"
            "  - {id: uebber, role: CFO, leader: true}\n"
            "  - {id: analyst, role: Analyst}\n"
            "goals:\n  - {id: G1, title: Return to operating profit, owner: analyst}\n",
      passes="planlint: 1\npeople:\n  - {id: zetsche, role: CEO, leader: true, objectives: [G2]}\n"
             "  - {id: uebber, role: CFO, leader: true}\n"
             "  - {id: officer, role: Fundamental Rights Officer}\n"
             "goals:\n  - {id: G1, title: Return to operating profit, owner: zetsche}\n"
             "  - {id: G2, title: Respect fundamental rights, owner: officer}\n")
def top_goal_not_led(plan: Plan) -> Iterator[Finding]:
    """A top-level goal is owned by someone who is not a leader.

    The goals at the top of the cascade are the strategy itself. When they are delegated
    below the leadership team, execution becomes a low priority for the people who set
    budgets and agendas, and the goal lacks the authority to move resources. A top-level
    goal (one with no ``parent``) must be owned by a person marked ``leader: true``, or have
    one among its ``co_owners``, or be in a leader's ``objectives``: a leader whose
    performance plan holds them to the goal answers for it with the authority to move
    resources, and its owner carries it out under them (an EU agency's objective run by its
    independent Fundamental Rights Officer and held to the Executive Director's performance
    indicators). Goals with no owner are reported by unowned-goal, owners that are not
    defined people by the structure rules, and a sub-unit's goal that has no parent because
    its link to the strategy is missing by orphan-goal. A plan that marks nobody as a leader
    does not say who its leadership team is, and is not judged: no-sponsor asks for the
    executive who owns the strategy. Nor does one that marks a single leader, its head: a
    team of one is no team listed, and the deans and directors the head gives the goals to
    may well sit on the leadership team the plan does not list (a college's plan, its
    Director "along with leadership team" the custodian). Nor is a plan its members' general
    meeting sponsors and runs itself (see ``Plan.members_meeting``: a makerspace's
    Mitgliederversammlung voting its year's goals one by one, its only other unit the board
    the members elect, everyone it names on that board or a plain member): any member may
    propose a goal and champion it once the meeting adopts it, and the authority a goal
    needs is the meeting's vote, which every member shares, not a leadership team's; an
    association with staff, another unit or an executive office is still judged.
    """
    if sum(1 for person in plan.people if person.leader) < 2 \
            or plan.members_meeting is not None:
        return
    linked = plan.linked_goals
    held = _held_by_leaders(plan)
    for goal in plan.top_goals:
        if goal.id not in linked or goal.id in held:
            continue
        owner = plan.ref(goal, "owner", Person)
        if owner is not None and not owner.leader and not any(
                co_owner.leader for co_owner in plan.refs(goal, "co_owners", Person)):
            yield goal.finding(
                f"top-level {goal.describe()} is owned by {owner.describe()}, who is not a "
                "leader; give it to a member of the "
                f"leadership team, or mark {owner.id} leader: true",
                field="owner",
                related=[owner.related(f"person {owner.id} is not marked leader: true")])
