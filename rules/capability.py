"""PL5 capability: the people named can carry the work they are given."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from textwrap import dedent

from pydantic import Field

from planlint.finding import Finding
from planlint.measure_words import worded
from planlint.model import Goal, Initiative, Item, Person, Unit, one_line
from planlint.patterns import LazyPattern
from planlint.plan import TEAM_KINDS, WORKING_BODY, Plan
from planlint.practice import by_practice, on_tracker
from planlint.ruledef import RuleOptions, rule
from planlint.timeline import continuing, is_active, most_at_once, placed_in_time

from ._text import VOLUNTEER_RUN, emphasis, held_ready


class OwnerLoadOptions(RuleOptions):
    max_owned: int = Field(7, ge=1, strict=True,
                           description="the most goals and open initiatives one person "
                                       "may own")


def _step_of_own_goals(plan: Plan, initiative: Initiative, person: Person) -> bool:
    """Whether ``initiative`` has no schedule of its own (no start, end or status) and
    supports only goals ``person`` owns: a step of those goals (the activities a person
    lists under their own objective)."""
    goals = plan.refs(initiative, "supports", Goal)
    return (initiative.start is None and initiative.end is None and initiative.status is None
            and bool(goals) and all(goal.owner == person.id for goal in goals))


def _restates_parent(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is its parent goal restated for a shorter period, word for word and
    by the same owner (a year's objective set again as each quarter's): one objective,
    counted once, with its parent."""
    parent = plan.ref(goal, "parent", Goal)
    return parent is not None and parent.owner == goal.owner and bool(goal.title) \
        and parent.title is not None and _normal(goal.title or "") == _normal(parent.title)


def _owned_load(plan: Plan, person: Person) -> tuple[list[Item], date | None]:
    """The goals of the plan's period, and the initiatives not done or cancelled, that
    ``person`` owns alone; the steps of their own goals count with those goals, and of
    the initiatives placed in time by their dates alone only the most that run at once
    (see :func:`planlint.timeline.most_at_once`), with the day they run together on, where
    that leaves some out (else ``None``)."""
    start = plan.info.horizon.start if plan.info.horizon is not None else None
    rows: dict[str, bool] = {}
    counted: set[str] = set()
    owned: list[Item] = []
    for item in plan.referrers(person, "owner"):
        if isinstance(item, Goal):
            if not item.co_owners and not (
                    start is not None and item.due is not None and item.due < start) \
                    and not _restates_parent(plan, item):
                owned.append(item)
        elif isinstance(item, Initiative) and not item.finished and not item.co_owners \
                and not _step_of_own_goals(plan, item, person):
            goal = plan.ref(item, "supports", Goal) if len(item.supports) == 1 else None
            if goal is not None and goal.id in counted:
                if goal.id not in rows:
                    rows[goal.id] = _one_row(plan, goal)
                if rows[goal.id]:
                    continue  # a further bullet of a row already counted
            owned.append(item)
            if goal is not None:
                counted.add(goal.id)
    placed = [item for item in owned if isinstance(item, Initiative) and placed_in_time(item)]
    day, together = most_at_once(placed)
    if len(together) == len(placed):
        return owned, None
    at_once = {item.id for item in together}
    return [item for item in owned if item.id in at_once or not (
        isinstance(item, Initiative) and placed_in_time(item))], day


def _one_row(plan: Plan, goal: Goal) -> bool:
    """Whether a goal's work is the bullets of one row of an action plan, which one Lead
    and one Deadline cover (an NHS equality action plan's development objective, its
    actions, its Lead, its Deadline): the goal names no owner, and its work, two pieces
    at least, is all given to one person alone, serves that goal only and shares one
    deadline (``end``), with no start or status of its own."""
    if goal.owner is not None or goal.co_owners:
        return False
    work = plan.referrers(goal, "supports", Initiative)
    if len(work) < 2:
        return False
    first = work[0]
    return first.owner is not None and first.end is not None and all(
        one.owner == first.owner and not one.co_owners and one.supports == first.supports
        and one.end == first.end and one.start is None and one.status is None
        for one in work)


def _ids(items: list[Item], most: int = 10) -> str:
    shown = ", ".join(item.id for item in items[:most])
    return shown + (f" and {len(items) - most} more" if len(items) > most else "")


@rule(code="PL501", name="owner-overloaded", category="capability", severity="warning",
      options=OwnerLoadOptions,
      fails=dedent("""\
          planlint: 1
          people: [{id: cfo, name: Grace Okafor}]
          goals:
            - {id: G1, owner: cfo}
            - {id: G2, owner: cfo}
            - {id: G3, owner: cfo}
            - {id: G4, owner: cfo}
          initiatives:
            - {id: I1, owner: cfo, status: active}
            - {id: I2, owner: cfo, status: active}
            - {id: I3, owner: cfo, status: planned}
            - {id: I4, owner: cfo, status: blocked}
          """),
      passes=dedent("""\
          planlint: 1
          people: [{id: cfo, name: Grace Okafor}, {id: coo, name: Wolfgang Bernhard},
                   {id: po, name: Ana Lima}]
          goals:
            - {id: G1, owner: cfo}
            - {id: G2, owner: cfo}
            - {id: G3, owner: coo}
            - {id: G4, owner: coo}
            - {id: G5, title: Narrow the pay gap in admin roles}
          initiatives:
            - {id: I1, owner: cfo, status: active}
            - {id: I2, owner: coo, status: active}
            - {id: I3, owner: cfo, status: planned}
            - {id: I4, owner: cfo, status: done}
            - {id: I5, owner: coo, supports: [G5], end: 2025-06-30}
            - {id: I6, owner: coo, supports: [G5], end: 2025-06-30}
            - {id: I7, owner: coo, supports: [G5], end: 2025-06-30}
            - {id: I8, owner: coo, supports: [G5], end: 2025-06-30}
            - {id: I9, owner: coo, supports: [G5], end: 2025-06-30}
            - {id: T1, owner: po, start: 2025-01-01, end: 2025-01-31}
            - {id: T2, owner: po, start: 2025-02-01, end: 2025-02-28}
            - {id: T3, owner: po, start: 2025-03-01, end: 2025-03-31}
            - {id: T4, owner: po, start: 2025-04-01, end: 2025-04-30}
            - {id: T5, owner: po, start: 2025-05-01, end: 2025-05-31}
            - {id: T6, owner: po, start: 2025-06-01, end: 2025-06-30}
            - {id: T7, owner: po, start: 2025-07-01, end: 2025-07-31}
            - {id: T8, owner: po, start: 2025-08-01, end: 2025-08-31}
          """))
def owner_overloaded(plan: Plan, options: OwnerLoadOptions) -> Iterator[Finding]:
    """A person owns more goals and open initiatives than ``max_owned`` (default 7).

    Ownership spread over too many items is ownership in name only: the owner cannot give
    each the attention execution needs, and the strategic items are the ones crowded out by
    daily pressures. Strategies fail for want of management capacity as surely as for want
    of skills. Every goal a person owns counts, and every initiative they own that is not
    done or cancelled; metrics, budgets and the other items they own do not, since those are
    reported on rather than delivered, and neither do items they own with ``co_owners``,
    whose load is shared, nor goals due before the plan's horizon starts (a past period's
    objectives, kept with their quarter-end review), which are closed, nor a goal that
    restates its parent goal word for word, by the same owner (a year's objective set again
    for each quarter under it): it is the same objective, counted once, with its parent. An
    initiative with no schedule of its own (no start, end or status) that supports only
    goals its owner owns is a step of those goals (the activities a person lists under their
    own objective) and counts with them, not as a load of its own. So are the bullets of one
    row of an action plan, which one Lead and one Deadline cover (an NHS equality action
    plan's development objective, its actions, its Lead, its Deadline): where a goal names
    no owner and all its work, two pieces or more, is given to one person alone, serves that
    goal only and shares one ``end``, with no start or status of its own, the pieces count
    once, as the one row that person leads; their schedule is the row's, not each one's own.
    Work placed in time by its dates alone (no status, a ``start`` and an ``end``: the bars
    of a team's roadmap timeline, one after another) is carried only while it runs, so of
    such work only the most under way on any one day counts; work with a status, or without
    both dates, counts whatever its dates.
    """
    for person in plan.people:
        owned, day = _owned_load(plan, person)
        if len(owned) <= options.max_owned:
            continue
        goals = sum(isinstance(item, Goal) for item in owned)
        dated = "" if day is None else \
            f"; of the work placed by its dates, only that under way on {day}"
        yield person.finding(
            f"{person.describe()} owns {len(owned)} goals and open "
            f"initiatives ({goals} goals, {len(owned) - goals} initiatives: {_ids(owned)}"
            f"{dated}), "
            f"more than max_owned {options.max_owned}; hand some to other owners, or merge "
            "or drop items",
            related=[item.related(f"{item.kind} {item.id} is owned by {person.id}", "owner")
                     for item in owned])


def _normal(text: str) -> str:
    """A skill or a title as compared: case and repeated spaces ignored."""
    return " ".join(text.split()).casefold()


@rule(code="PL502", name="skill-gap", category="capability", severity="warning",
      fails=dedent("""\
          planlint: 1
          people:
            - {id: haddad, skills: [dealer relations]}
            - {id: ito, skills: [logistics]}
          initiatives:
            - id: I1
              title: Regional parts distribution centres
              owner: haddad
              team: [ito]
              skills: [logistics, warehouse automation]
          """),
      passes=dedent("""\
          planlint: 1
          people:
            - {id: haddad, skills: [dealer relations]}
            - {id: ito, skills: [Logistics, warehouse automation]}
          initiatives:
            - id: I1
              title: Regional parts distribution centres
              owner: haddad
              team: [ito]
              skills: [logistics, warehouse automation]
          """))
def skill_gap(plan: Plan) -> Iterator[Finding]:
    """An initiative needs a skill (``skills``) that neither its owner nor anyone on its
    team has.

    Few organizations have enough skilled people to carry out their high-priority strategic
    initiatives, and fewer make hiring for those skills a priority. A plan that names the
    skills an initiative needs can show the gap before the work stalls: train, hire or
    borrow someone who has it, or change the plan to fit the talent there is. Skills match
    ignoring case and repeated spaces. Initiatives that are done or cancelled are left
    alone, and so are initiatives that name nobody who exists (unowned-initiative and
    dangling-reference report those).
    """
    for initiative in plan.initiatives:
        if not initiative.skills or initiative.finished:
            continue
        assigned = [*plan.refs(initiative, "owner", Person),
                    *plan.refs(initiative, "team", Person)]
        people = list({person.id: person for person in assigned}.values())
        if not people:
            continue
        has = {_normal(skill) for person in people for skill in person.skills}
        missing = [skill for skill in initiative.skills if _normal(skill) not in has]
        if not missing:
            continue
        names = ", ".join(person.id for person in people)
        listed = ", ".join(repr(one_line(skill)) for skill in missing)
        yield initiative.finding(
            f"{initiative.describe()} needs {listed}, which neither "
            f"its owner nor its team ({names}) has; add someone with "
            f"{'that skill' if len(missing) == 1 else 'those skills'} to the team, or plan "
            "the training or hiring that closes the gap",
            field="skills",
            related=[person.related(f"person {person.id} is on {initiative.id}")
                     for person in people])


#: A team that the text says is doing the work, named by its kind rather than by its
#: members (``A cross-agency team is implementing the 10 key recommendations``, ``a
#: working group has been formed``), also with an adverb before the verb (``Institutional
#: teams are actively identifying barriers``, ``a task force is currently reviewing``),
#: as progress reports write work under way.
_TEAM_AT_WORK = LazyPattern(
    rf"\b(?:{TEAM_KINDS})s?\s+"
    r"(?:is|are|has been|have been)\s+(?:\w+ly\s+)?"
    r"(?:\w+ing|formed|established|set up|convened)\b",
    re.IGNORECASE,
    needs=("team", "group", "force"))


#: The people an organization engages for a piece of work, named by their kind as its
#: own, and the verb that says they do it (``ODOE and its technical expert contractors
#: modeled different energy pathways``, ``our volunteers are running the sessions``): the
#: text names who does the work by role, not by name. A passive (``volunteers are
#: recruited``) says they are sought, not at work, and does not count.
_HIRED_AT_WORK = LazyPattern(
    r"\b(?:its|their|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:contractors|consultants|experts|volunteers)\s+"
    r"(?:(?:are|were|have been|has been)\s+(?:\w+ly\s+)?\w+ing"
    r"|(?:have|has)\s+(?:\w+ly\s+)?\w+ed|(?:\w+ly\s+)?\w+ed)\b",
    re.IGNORECASE,
    needs=("contractors", "consultants", "experts", "volunteers"))


#: A title that says the plan's part in a piece of work is to fund a project someone
#: else carries out (``Funding one of the first projects to leverage ODFW's new monitoring
#: methods``): the work is the grantee's, as if the plan named one.
_FUNDS_A_PROJECT = LazyPattern(
    r"\W*fund(?:ing|s)?\s+(?:one of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?projects?"
    r"\s+(?:to|that|in|of|for|led|run)\b",
    re.IGNORECASE, needs=("fund",))


#: What follows an owner's name where the text says they do the work themselves: a verb of
#: work done or under way (``Dave Jennings has had a number of conversations with local
#: businesses``, ``... is contacting the clubs``), not one of taking the work on or of
#: leading it (``has agreed to``, ``has been asked``, ``is leading``, ``is overseeing``).
_OWN_WORK_AFTER_NAME = LazyPattern(
    r",?\s+(?:(?:has|have|had)\s+(?:(?:already|now|also|personally)\s+)?"
    r"(?!(?:been|agreed|volunteered|committed|pledged|offered|promised|accepted|asked|"
    r"decided|proposed|suggested|requested|planned|intended|wanted|hoped|led|overseen|"
    r"delegated|appointed|assigned|tasked)\b)(?:had|held|made|taken|done|met|begun|built|"
    r"written|run|\w+ed)\b|(?:is|are)\s+(?:(?:already|now|also|personally|currently)\s+)?"
    r"(?!(?:leading|overseeing|coordinating|managing|chairing|directing|supervising|"
    r"planning|considering|hoping|looking|seeking|going)\b)\w+ing)\s+\w",
    re.IGNORECASE, needs=("has", "have", "had", "is", "are"))


#: The longest name :func:`_owner_at_work` looks for in a text.
_NAME_REACH = 120


def _owner_at_work(initiative: Initiative, owner: Person) -> bool:
    """Whether an initiative's title or description names its owner, by their full
    ``name``, as doing its work themselves: the name followed by a verb of work done or
    under way (see :data:`_OWN_WORK_AFTER_NAME`)."""
    name = " ".join((owner.name or "")[:_NAME_REACH + 1].split())
    if not name or len(name) > _NAME_REACH:
        return False  # no one's name: nothing to find in the text
    text = " ".join(worded(initiative.title, initiative.description).split())
    named = re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    return any(_OWN_WORK_AFTER_NAME.match(text, found.end()) is not None for found in named)


def _team_at_work(initiative: Initiative) -> bool:
    """Whether an initiative's title or description says that a team is doing its work
    (see :data:`_TEAM_AT_WORK`), or the organization's own contractors, consultants,
    experts or volunteers (see :data:`_HIRED_AT_WORK`)."""
    text = worded(initiative.title, initiative.description)
    return _TEAM_AT_WORK.search(text) is not None or _HIRED_AT_WORK.search(text) is not None


def _owners(plan: Plan, initiative: Initiative) -> list[Person]:
    """The people an initiative names as its ``owner`` and ``co_owners``."""
    return [person for person in (plan.ref(initiative, "owner", Person),
                                  *plan.refs(initiative, "co_owners", Person))
            if person is not None]


def _doers_named_together(owners: list[Person]) -> bool:
    """Whether owners are several people named equally for a piece of work, none of them
    a leader (leaders direct work rather than staff it)."""
    return len(owners) > 1 and not any(person.leader for person in owners)


def _named_doers(plan: Plan, initiative: Initiative, column: bool) -> bool:
    """Whether an initiative's owners are the people who do it: several people named
    equally for it (``owner`` and ``co_owners``, a work table's ``Who: Maryam, Rashaad``),
    none of them a leader; or one owner, not a leader, that is a role held by several (a
    person entry named by its plural role, ``Outreach Specialists``), the staff of that
    role, or named in a plan whose owners are its work's doers so (``column``: it names a
    team for no work, and names several people equally for other work, the same column
    row by row); or one owner, not a leader, whom the initiative's own text names as doing
    its work (see :func:`_owner_at_work`)."""
    owners = _owners(plan, initiative)
    if len(owners) > 1:
        return _doers_named_together(owners)
    return len(owners) == 1 and not owners[0].leader \
        and (column or _plural_role(owners[0]) or _owner_at_work(initiative, owners[0]))


def _plural_role(person: Person) -> bool:
    """Whether a person entry is a role named in the plural for the several who hold it
    (``Outreach Specialists``): its name is its role, and the role's head noun (before
    any ``of``) is plural."""
    name = " ".join((person.name or "").split())
    if not name or name != " ".join((person.role or "").split()):
        return False
    head = name.split(" of ")[0].split()[-1].lower()
    return head.isalpha() and len(head) > 3 and head.endswith("s") \
        and not head.endswith(("ss", "us", "is"))


def _one_teams_plan(plan: Plan) -> bool:
    """Whether the plan is one team's own: it names people, and they and its goals all
    belong to one and the same unit. The members of a body that sponsors the plan (a
    company's board of directors, placed as a unit, that answers for the plan to its
    shareholders) who own and work on none of its goals and initiatives govern the work
    and do not staff it, so they are left out, as long as someone else is named; so are
    people whose only part in the plan is work already done or cancelled (a finished
    initiative's former champion, placed in the wider project): they staffed work that is
    over, not the plan's work now."""
    board = plan.info.sponsor if isinstance(plan.by_id.get(plan.info.sponsor or ""), Unit) \
        else None
    current: set[str | None] = {person for goal in plan.goals
                                for person in (goal.owner, *goal.co_owners)}
    current.update(person for initiative in plan.initiatives if not initiative.finished
                   for person in (initiative.owner, *initiative.co_owners, *initiative.team))
    past = {person for initiative in plan.initiatives if initiative.finished
            for person in (initiative.owner, *initiative.co_owners, *initiative.team)}
    doers = current | past
    staff = [person for person in plan.people
             if (board is None or person.unit != board or person.id in doers)
             and (person.id in current or person.id not in past)]
    units = {person.unit for person in staff} | {goal.unit for goal in plan.goals}
    return bool(staff) and len(units) == 1 and None not in units


def _sole_body_plan(plan: Plan) -> bool:
    """Whether the plan is one body's own and names no other: its only unit is the body
    that sponsors it, everyone it names sits in that body, and no goal or initiative is
    given to another unit (a parish council's mission action plan, chaired by its
    incumbent, whose actions the congregation's volunteers carry out). There is no
    organization beside the body whose staff its members would only govern: its members
    and the people around them do the work, and who does each step is
    unowned-initiative's question. So is a plan its members' general meeting runs
    (``Plan.members_meeting``), with the board the members elect beside it; and the plan
    of a body that says its people are volunteers (see :func:`_volunteer_body_plan`)."""
    if plan.members_meeting is not None or _volunteer_body_plan(plan):
        return True
    if len(plan.units) != 1 or plan.info.sponsor != plan.units[0].id or not plan.people:
        return False
    body = plan.units[0].id
    return all(person.unit == body for person in plan.people) \
        and all(goal.unit in (None, body) for goal in plan.goals) \
        and all(work.unit in (None, body) for work in plan.initiatives)


#: A unit that governs a body or is its members, not staff beside it: its ``Management
#: Committee``, board, council or trustees, its (affiliated) members or membership.
_GOVERNS_OR_MEMBERS = LazyPattern(
    r"\b(?:(?:management|executive|governing|steering) (?:committee|board|council)|board|"
    r"council|trustees|governors|members(?:hip)?)\b", re.IGNORECASE,
    needs=("committee", "board", "council", "trustees", "governors", "member"))


def _volunteer_body_plan(plan: Plan) -> bool:
    """Whether the plan is a volunteer body's own and names no person: it sponsors the
    plan as a unit placed under none, its plan's or its own words say its people are
    volunteers (``VOLUNTEER_RUN``: ``our volunteer workforce``, ``run by
    volunteers``), and every other unit sits under it and is its governing committee
    or board, or its members (:data:`_GOVERNS_OR_MEMBERS`): a national sports body's
    strategy, its Management Committee given governance. There is no staff and no unit
    of staff to name: the ``we`` of the plan is its volunteers."""
    body = plan.ref(plan.info, "sponsor", Unit)
    if plan.people or body is None or body.parent is not None \
            or VOLUNTEER_RUN.search(worded(plan.info.description, plan.info.mission,
                                           plan.info.vision, body.name,
                                           body.description)) is None:
        return False
    return all(
        unit is body or (body.id in plan.unit_ancestors(unit.id)
                         and _GOVERNS_OR_MEMBERS.search(unit.name or "") is not None)
        for unit in plan.units)


#: A unit named as a team (``The napari team``, ``ESLint project (the ESLint team)``), not
#: as a committee that governs others' work.
_TEAM_NAMED = LazyPattern(rf"\b(?:{TEAM_KINDS})\b", re.IGNORECASE,
                          needs=("team", "group", "force"))


def _sponsoring_teams_plan(plan: Plan) -> bool:
    """Whether the plan is the own plan of a team that is its whole organization: its
    sponsor is a unit named as a team (see :data:`_TEAM_NAMED`), placed under none, and
    everyone the plan names, and every goal and piece of work it gives to a unit, belongs
    to that team or a unit inside it (a project's roadmap of "tasks and features that the
    napari team is investing resources in")."""
    team = plan.ref(plan.info, "sponsor", Unit)
    if team is None or team.parent is not None \
            or _TEAM_NAMED.search(team.name or "") is None:
        return False

    def inside(unit: str | None) -> bool:
        return unit is not None and (unit == team.id or team.id in plan.unit_ancestors(unit))

    given = [goal.unit for goal in plan.goals] + [work.unit for work in plan.initiatives]
    return all(inside(person.unit) for person in plan.people) \
        and all(unit is None or inside(unit) for unit in given)


def _inner_teams_plan(plan: Plan) -> bool:
    """Whether the plan is a team's inside a larger organization (every goal belongs to
    one unit placed under another) that names nobody outside that team; or nobody but
    the organization's leaders (``leader: true``) and people it places in no unit, when
    it names the team's ``lead``."""
    team = plan.team_unit
    return team is not None and all(
        person.unit == team.id or team.id in plan.unit_ancestors(person.unit)
        or (team.lead is not None and (person.leader or person.unit is None))
        for person in plan.people)


def _own_work_list(plan: Plan) -> bool:
    """Whether the plan is a team's own list of work (see :attr:`Plan.work_list`) that
    names no person: one team's inside a larger organization
    (:attr:`Plan.team_work_list`), or one whose only unit is the organization that
    publishes it (a small development group's roadmap of features by quarter)."""
    if plan.people:
        return False
    return plan.team_work_list or (plan.work_list and len(plan.units) == 1)


def _goal_committees(plan: Plan) -> set[str]:
    """Ids of the units that are one goal's committee: named as a working body (see
    :data:`~planlint.plan.WORKING_BODY`) and given that goal of the plan and no other."""
    held = Counter(goal.unit for goal in plan.goals if goal.unit is not None)
    return {unit.id for unit in plan.units
            if held[unit.id] == 1 and WORKING_BODY.search(unit.name or "") is not None}


def _staffed_by_committees(plan: Plan, initiative: Initiative, committees: set[str]) -> bool:
    """Whether every goal an initiative supports has its own committee (see
    :func:`_goal_committees`), which does the work under it."""
    goals = plan.refs(initiative, "supports", Goal)
    return bool(goals) and all(goal.unit in committees for goal in goals)


def _divisional(plan: Plan) -> bool:
    """Whether the plan divides its goals among the divisions of the organization: each
    goal names a ``unit`` placed under another, and they are not all one (an agency's
    plan whose goals are its divisions' goals, each division headed by a director)."""
    units = {unit.id: unit for unit in plan.units}
    return all(goal.unit is not None and (unit := units.get(goal.unit)) is not None
               and unit.parent is not None for goal in plan.goals) \
        and len({goal.unit for goal in plan.goals}) > 1


def _goal_units_work(plan: Plan, initiative: Initiative, above: set[str] | None) -> bool:
    """Whether an initiative that names no owner of its own is work of the unit its goals
    are given to: the goals it serve all belong to one and the same unit, whose ``lead``
    the plan names, and have no goals under them. In a plan that gives every goal to a
    division (``above`` is then the goals with goals under them, else ``None``: see
    :func:`_divisional`), the goals name no owner but the division's head, who answers
    for it (unowned-initiative reads the goal's unit so), and the division's people do it,
    as if the initiative named that unit itself. In any other plan, the goals' owner is
    that unit's head and the unit is placed under another (a foundation's Developer
    Experience area, whose director owns the pedagogy goal and runs its steps)."""
    if initiative.owner is not None or initiative.co_owners:
        return False
    goals = plan.refs(initiative, "supports", Goal)
    units = {goal.unit for goal in goals}
    if not goals or len(units) != 1 or None in units:
        return False
    unit = plan.ref(goals[0], "unit", Unit)
    if unit is None or unit.lead is None:
        return False
    if above is None:
        return unit.parent is not None and all(
            goal.owner == unit.lead and not plan.subgoals(goal) for goal in goals)
    return not any(goal.id in above or goal.owner not in (None, unit.lead) for goal in goals)


def _staffed_by_office(plan: Plan) -> bool:
    """Whether the plan's work is all given to the body formed to run it, and no
    initiative names an owner, co-owner or team of its own (work it gives to another unit
    is that unit's): its ``office`` is a unit named as a working body (see
    :data:`~planlint.plan.WORKING_BODY`: ``an internal working group is formed to
    materialize the plan``), or it is run by such a body unnamed as its office (see
    :attr:`~planlint.plan.Plan.working_body`: everyone the plan names sits on it, and it
    meets at least monthly to review every goal)."""
    office = plan.working_body or plan.get(plan.info.office)
    return isinstance(office, Unit) and WORKING_BODY.search(office.name or "") is not None \
        and not any(initiative.owner or initiative.co_owners or initiative.team
                    for initiative in plan.initiatives)


@rule(code="PL503", name="unstaffed-initiative", category="capability", severity="info",
      fails=dedent("""\
          planlint: 1
          people: [{id: russo}]
          initiatives:
            - {id: I2, title: Scorecard cascade, owner: russo, status: active}
          """),
      passes=dedent("""\
          planlint: 1
          units:
            - {id: agency}
            - {id: compliance, parent: agency, lead: johnson}
            - {id: processing, parent: agency, lead: beck}
          people: [{id: russo}, {id: kim}, {id: johnson}, {id: beck}]
          goals:
            - {id: G1, title: Maximize taxpayer compliance, unit: compliance}
            - {id: G2, title: Accelerate processing, unit: processing}
          initiatives:
            - {id: I2, title: Scorecard cascade, owner: russo, status: active,
               team: [russo, kim]}
            - {id: I3, title: Open data portal, status: active}
            - {id: I4, title: Digital skills for staff, status: active}
            - {id: I5, title: Accessible website, status: active}
            - {id: I6, title: Advocacy with partners, kind: ongoing, status: active}
            - {id: I7, title: Implement the audit's recommendations, status: active,
               description: A cross-agency team is implementing them}
            - {id: I8, title: Dealer roadshow, status: active, owner: russo,
               co_owners: [kim]}
            - {id: I9, title: Corporate e-file, supports: [G1], status: active}
            - {id: I10, title: Dealer app for tablets, owner: russo, status: on-hold}
            - {id: I11, title: 'Component 4: Contingent Emergency Response Component',
               status: active}
            - {id: I12, title: Plan for an unscheduled election, status: active}
          communications:
            - {id: C1, title: Action plan updated with progress, channel: Trello board}
          """))
def unstaffed_initiative(plan: Plan) -> Iterator[Finding]:
    """An active initiative names no team.

    An initiative under way with nobody assigned to do the work is staffed from whatever
    time people have left after their day jobs, which is how strategic work loses to
    operational pressure. Naming the team, even when it is only the owner, makes the
    capacity visible and checkable; so does naming the ``unit`` that carries it out (a
    department's task list). An initiative is active when its status is ``active``, or when
    it has no status and the as-of date falls between its start and its end: work on hold
    (``status: on-hold``: paused, parked) is not, and needs no team until a decision takes
    it up again, which is when its people are found; nor is work held ready for an event
    that may not come (a World Bank project's ``Contingent Emergency Response Component``,
    funded only when an emergency is declared; a civic organisation's ``Plan for an
    unscheduled election``), which is taken up, and staffed, when the event comes; nor is
    work the plan funds and someone outside it carries out (a ``grantee``: a charity's grant
    to a named researcher; or work whose title says the plan's part is to fund a project,
    ``Funding one of the first projects to leverage ODFW's new monitoring methods``, which a
    partner agency carries out), whose people are the grantee's to find. A team's own plan,
    whose people and goals all belong to one unit (a delivery team's roadmap), is staffed by
    that team: its people are the ones listed, and a team per item is another style's
    bookkeeping; someone it names only for work already done or cancelled (the former
    champion of a finished initiative, placed in the wider project) staffs none of the work
    under way and does not make it another unit's plan (a steering committee's list of
    initiatives, each led by one of its members). So is the plan of a body that is its only
    unit and sponsors it, when everyone it names sits in that body and no work is given to
    another unit (a parish council's mission action plan, chaired by its incumbent): there
    is no staff beside the body, and the work is its members' and volunteers'. So, for the
    same reason, is a plan its members' general meeting sponsors and runs (see
    ``Plan.members_meeting``: a makerspace's goals voted at its Mitgliederversammlung, its
    only other unit the board the members elect, everyone it names on that board or a plain
    member): the members who pledge to take part in a goal do its work, and the format's
    team is for initiatives only. So is the plan of a body that names no person and says its
    people are volunteers (``our volunteer workforce``, ``run by volunteers``), its only
    other units its governing committee or board and its members (a national sports body's
    strategy, its Management Committee given governance): its ``we`` is its volunteers, and
    who answers for each piece of work is unowned-initiative's question. The members of a
    body placed as a unit that sponsors the plan (a company's board of directors, which
    answers for its statement of intent to the shareholders) and own or work on none of its
    goals and initiatives govern the work and do not staff it: they leave the plan the
    company's own. So is the plan of a team inside a larger organization (every goal belongs
    to one unit placed under another: a working group's roadmap) that names nobody outside
    that team, even when it lists none of its members: the team's work is taken up by its
    members (a project board's assignees), and who is accountable for it is
    unowned-initiative's question. The team's plan stays its own when, besides the team, it
    names only the organization's leaders (``leader: true``: the secretary who sponsors a
    department's annual report, the heads of other divisions) and people it places in no
    unit of the organization (the ministers the department serves), as long as it names the
    team's ``lead`` (a group that implements a report's priority under its deputy
    secretary): leaders direct the work and do not staff it. So is the plan a team sponsors
    that is its whole organization (its ``sponsor`` a unit named as a team, placed under
    none: a project's roadmap of "tasks and features that the napari team is investing
    resources in"), when everyone it names, and every goal and piece of work it gives to a
    unit, belongs to that team or a unit inside it: its members take the work up; a
    committee's plan, or one that names someone outside the team, is still asked. So is a
    team's list of work alone that names no person, with no goal or measure (see
    ``Plan.team_work_list``), whose units sit under one organization and whose work names at
    most one unit below it (a university library's product team's yearly focus page, its
    faculty libraries named as partners), or whose only unit is the organization that
    publishes it (a small development group's roadmap of features by quarter): the ``we`` of
    the page is the team, and a team per item is another style's bookkeeping. A continuing
    duty (``kind: ongoing``: advocacy, brand investment, a monthly report) is the line
    organization's standing work, not a project that needs a team of its own, and is not
    asked for one; nor is an emphasis the report lays within such work (``staff have also
    placed a heavy focus on identifying conditions`` that could injure the public, an
    inspection program's standing work; ``the focus has now shifted to prioritizing surface
    sealants over smaller crack repairs``, a pavement maintenance program's), which changes
    how the standing work is done and is done by whoever does that work. Nor is an
    initiative whose text says a team is doing the work without naming its members (``A
    cross-agency team is implementing the 10 key recommendations``, as an annual report says
    who carries a piece of work out; also with an adverb before the verb, as progress
    reports write work under way, ``Institutional teams are actively identifying barriers to
    compliance``): the team exists and is stated, only not as people the format can list; so
    are the people the organization engages for it, named by their kind as its own and said
    to do it (``ODOE and its technical expert contractors modeled different energy
    pathways``, its volunteers or consultants at work). Nor is work whose goals each have a
    committee of their own (a unit named as a working body, ``Staff committee assigned to
    the Library Brand priority``, that holds that goal and no other): the plan gives each
    goal to the group of staff that works it, and who answers for a step is
    unowned-initiative's question. Nor is work for which the plan names several people
    equally (``owner`` and ``co_owners``, a small office's work table whose one ``Who``
    column reads ``Maryam, Rashaad``), none of them a leader, or one owner that is a role
    held by several (a person entry named by its plural role, ``Outreach Specialists``): the
    people named for the work are the ones doing it, and asking a team besides reads the
    column as a manager over unnamed staff. So is the one person, not a leader, named for a
    piece of work in a plan that names several people so for other work and a team for none
    (an action plan's Accountability column, ``Louise Jones & Women's Network Chair`` on one
    row and one name on the next; a roadmap's assignees): the column names who does the
    work, row by row. So is the one owner, not a leader, whom the work's own text names, by
    their full ``name``, as doing it (``Dave Jennings has had a number of conversations with
    local businesses``, a supporters' trust's membership offering): the plan says who does
    the work, and a team of its owner alone would only restate it; an owner the text names
    only as leading the work (``a process, led by Dave Beesley``) or as taking it on (``has
    agreed to``) is still asked. Nor is work that names no owner of its own in a plan that
    divides its goals among the organization's divisions (every goal's ``unit`` sits under
    another, and they are not all one: a state agency's plan whose goals are its
    divisions'), when the goals it serves all belong to one division whose ``lead`` the plan
    names and have no goals under them: the objectives listed under a division's goal are
    the division's work, answered for by its head (as unowned-initiative reads them) and
    done by its people, just as if the work named that unit; an agency's plan names no team
    below its divisions. So, in any plan, is such work under goals that have no goals under
    them and belong to one unit placed under the organization, whose head owns them (a
    foundation's Developer Experience area, whose director owns the pedagogy goal and
    teaches its course): the goal's owner runs its steps with the unit's people. When more
    than a third of the active initiatives name no team, the plan does not record teams at
    all, and is reported once instead of each initiative, unless it publishes its work item
    by item on a work tracker (a Trello or Kanban board, a project board, GitHub issues),
    whose cards or issues carry the team. A plan that assigns its people to its work in
    another document (``plan: withheld: [owners]``: a companion document of primary and
    secondary responsibilities) keeps its teams there, and is not asked for them; so does
    work that serves only goals that say so of themselves (a goal's own ``withheld:
    [owners]``), which does not count towards the plan's practice either. Nor is a plan that
    gives all its work to the body formed to run it: its ``office`` is a unit named as a
    working body (``an internal working group is formed to materialize the accessibility
    plan``, a task force), or such a body runs it unnamed as its office (everyone the plan
    names sits on it, and it meets at least monthly to review every goal: a project's DEI
    audit team, meeting every two weeks, that reports the status of each of its
    recommendations), and no initiative names an owner, co-owner or team of its own (work
    given to another unit is that unit's); the group's members do the work, and that no step
    names who leads it is unowned-initiative's question.
    """
    if _one_teams_plan(plan) or _sole_body_plan(plan) or _inner_teams_plan(plan) \
            or _sponsoring_teams_plan(plan) or _own_work_list(plan) \
            or plan.withheld("owners") or _staffed_by_office(plan):
        return
    kept_out = plan.withheld_ids("owners")
    active = [initiative for initiative in plan.initiatives
              if is_active(initiative, plan.as_of) and initiative.id not in kept_out
              and not held_ready(initiative.title) and initiative.grantee is None
              and not _FUNDS_A_PROJECT.match(worded(initiative.title))]
    committees = _goal_committees(plan)
    column = not any(initiative.team for initiative in plan.initiatives) and any(
        _doers_named_together(_owners(plan, initiative)) for initiative in plan.initiatives)
    above = {parent.id for goal in plan.goals for parent in plan.refs(goal, "parent")} \
        if _divisional(plan) else None
    found = [initiative.finding(
        f"{initiative.describe()} is active but names no team; list the people doing the "
        "work under team", field="team" if "team" in initiative.model_fields_set else None)
        for initiative in active if not initiative.team and initiative.unit is None
        and not continuing(initiative) and not emphasis(initiative)
        and not _team_at_work(initiative)
        and not _staffed_by_committees(plan, initiative, committees)
        and not _named_doers(plan, initiative, column)
        and not _goal_units_work(plan, initiative, above)]
    if on_tracker(plan, len(found), len(active)):
        return
    yield from by_practice(plan, found, len(active), items="active initiatives",
                           lacking="name no team",
                           fix="list under each initiative's team the people doing the work")
