"""PL3 alignment: money and structure follow the strategy."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import partial

from pydantic import Field

from planlint.budgets import (
    PEOPLE_TIME,
    Pool,
    Share,
    funded_goals,
    operating_budgets,
    pool_shares,
    reached_goals,
    reallocated,
    saved_by_line,
)
from planlint.finding import Finding
from planlint.measure_counts import counts_own_output
from planlint.measure_words import worded
from planlint.measure_work import lists_activities, measured_as_work, restating
from planlint.model import (
    PRIORITY_RANK,
    Budget,
    Goal,
    Initiative,
    Metric,
    Person,
    Priority,
    Review,
    Unit,
)
from planlint.patterns import LazyPattern
from planlint.plan import ABOVE, Plan, leads_body
from planlint.practice import (
    NAMED,
    Deferred,
    by_practice,
    reports_work_by_exception,
    widespread,
)
from planlint.ruledef import RuleOptions, plain_name, rule
from planlint.timeline import continuing

from ._text import PLAN_STATEMENT, awaits_funding, plain_title


@rule(code="PL309", name="no-budget", category="alignment", severity="warning",
      fails="planlint: 1\ngoals: [{id: G1}]\ninitiatives: [{id: I1, supports: [G1]}]\n",
      passes="planlint: 1\ngoals: [{id: G1}]\ninitiatives: [{id: I1, supports: [G1]}]\n"
             "budgets:\n  - {id: B1, title: Dealer network, amount: 500000, funds: [I1]}\n")
def no_budget(plan: Plan) -> Iterator[Finding]:
    """The plan has goals or initiatives but no budget lines (``budgets``).

    When the strategy is not linked to the budget, strategic priorities do not get resources
    and local budgets follow other objectives. A plan that names no money at all cannot show
    that its priorities are paid for. It is reported once, here, rather than once per
    initiative and priority (unfunded-initiative and unfunded-priority are for plans that
    budget some work and not the rest). A published plan that keeps its budget internal on
    purpose (``plan: withheld: [budgets]``) is not asked for one; the goals that say so of
    themselves (their own ``withheld: [budgets]``), with their sub-goals and the work
    serving only them, are not counted, and a plan of nothing else is not asked either. Nor
    is a plan printed in its organisation's budget, whose title names that budget (``FY
    2018-19 Adopted Budget: Library``, a budget book's scorecard): the document it belongs
    to is the budget, which pays for the department whose goals it states; lines missing
    from a transcription of its goals pages are missing from the copy, not from the plan.
    """
    if plan.budgets or plan.withheld("budgets") or _in_budget_document(plan):
        return
    kept_out = plan.withheld_ids("budgets")
    goals, initiatives = ([item for item in items if item.id not in kept_out]
                          for items in (plan.goals, plan.initiatives))
    work = [f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"
            for items, noun in ((goals, "goal"), (initiatives, "initiative")) if items]
    if not work:
        return
    yield plan.finding(
        f"the plan has {' and '.join(work)} but no budget lines; add budgets that name the "
        "initiatives or goals they fund, so the strategy is visibly paid for")


#: A budget document named in a plan's title: a budget at a stage of its adoption, a
#: fiscal year's budget, a budget book (``City of Keller FY 2018-19 Adopted Budget``).
_BUDGET_DOCUMENT = LazyPattern(
    r"\b(?:adopted|approved|proposed|annual|operating|preliminary|recommended|biennial"
    r"|enacted) budget\b|\bbudget book\b|\b(?:FY|fiscal year) ?\d{2,4}(?:[-/\u2013]\d{2,4})? "
    r"budget\b", re.IGNORECASE)


def _in_budget_document(plan: Plan) -> bool:
    """Whether the plan's title names it a part of its organisation's budget (see
    :data:`_BUDGET_DOCUMENT`)."""
    return _BUDGET_DOCUMENT.search(worded(plan.info.title)) is not None


def _nothing_set_aside(budget: Budget) -> bool:
    """Whether a budget line's amount is zero and nothing was spent on it."""
    return budget.amount == 0 and not budget.spent


@rule(code="PL301", name="unlinked-budget", category="alignment", severity="error",
      fails="planlint: 1\nbudgets:\n  - {id: B1, title: IT refresh, amount: 2000000}\n",
      passes="planlint: 1\nplan: {id: P, budget_reallocation: 10000}\ngoals: [{id: G1}]\n"
             "initiatives: [{id: I1, supports: [G1]}, {id: I2, status: done}]\n"
             "budgets:\n  - {id: B1, title: IT refresh, amount: 2000000, funds: [I1], "
             "spent: 1990000}\n"
             "  - {id: B2, title: Audit and overhead, amount: 90000, funds: all}\n"
             "  - {id: B3, title: New meeting (reallocated money), amount: 0, spent: 2691, "
             "funds: [I2]}\n")
def unlinked_budget(plan: Plan) -> Iterator[Finding]:
    """A budget line funds nothing, or funds nothing that leads to a goal.

    When strategies are not linked to budgets, strategic priorities do not get resources and
    local budgets follow other objectives. A budget line leads to a goal when it funds a
    goal, an initiative that supports a goal, or an initiative that such an initiative
    depends on. A line that pays for work still to be done that supports no goal is reported
    through that work, by orphan-initiative, which names the line: the work's missing link
    is the one cause. A line that pays for running the whole plan (``funds: all``: support
    staff, overhead, audit, monitoring) serves every goal alike. A line that names nothing
    in a period and currency whose operating budget (``funds: all``, at least the other
    lines together) it is a part of, such as its travel or program expenses, is paid for by
    that budget's purpose. A line the plan gave no amount that paid for finished work with
    money its own reallocation rule let be moved to it (``plan: budget_reallocation``, a
    grant plan whose Core Group "can relocate budget ... to other upcoming or new
    activities"; see overspent-budget) is new work the plan delegated the choice of: the
    plan's rule, not the line, put money there, and the work could have no goal of the plan
    written for it. Lines whose targets are all undefined are left to dangling-reference.
    When more than a third of a plan's lines fund nothing, or of those that fund something
    fund only finished work that supports no goal, the plan is reported once instead of each
    line. A plan that states no goals at all and no measures (a capital projects status
    report: each project's line, its spending and its share done) gives its work nothing to
    lead to: where it has work still to do, orphan-initiative reports that absence, the one
    cause, and the lines are not reported again here. Nor is a line that funds nothing in a
    plan that states no goals, only measures (an agency's annual performance report, one
    page per measure, quoting in its commentary the budget for the function the measure
    reports on: "Funding for the collections function ... remained constant at $20.9
    million"): the plan gives its money no goal to lead to, as it gives its work none, and
    what the line pays for is the function a measure reports on, which the format has no
    place to link a line to; the missing goals are the one cause, which orphan-metric
    reports. Nor is a line that states only what was spent, no amount, in a plan none of
    whose lines states an amount (a founder's monthly retrospective listing the company's
    expenses by category: raw materials, postage, rent): the plan sets no money aside at
    all, so there is no allocation to tie to a goal; the lines are what running the
    organization cost. One line with an amount and the plan budgets: its lines that fund
    nothing are reported. A line whose amount is zero and on which nothing was spent (a
    partner's person-months offered at first and recorded as 0 available, with no work
    listed) sets nothing aside: there is nothing to link to a goal. Nor is a line for
    finished work that supports no goal in a plan that keeps its live work apart from its
    goals as its way of working (orphan-initiative reports the plan once: a register of a
    board's numbered recommendations, each argued on its own, with the effort each proposal
    stated, beside the goals of one of them): the finished work's missing link is that same
    practice, the one cause, and its lines (time that was spent, or estimates for work never
    taken up) are not reported again. Nor is a line for finished work in a plan whose period
    has closed (its horizon ends on or before the as-of date: a budget plan with its status
    at the period's end): its money was spent on that work and the line closed with the
    period, so there is nothing to move or close.
    """
    bound = plan.goal_bound_initiatives
    parted = {(whole.currency, whole.period) for whole in operating_budgets(plan)}
    budgeted = any(budget.amount is not None for budget in plan.budgets)
    measures_only = _measures_only(plan)
    empty = [budget.finding(f"{budget.describe()} funds nothing; name the initiatives or "
                            "goals it pays for under funds")
             for budget in plan.budgets
             if not budget.funds and (budget.currency, budget.period) not in parted
             and (budgeted or budget.spent is None) and not _nothing_set_aside(budget)
             and not measures_only]
    yield from by_practice(plan, empty, len(plan.budgets), items="budget lines",
                           lacking="fund nothing",
                           fix="name under each line's funds the initiatives or goals it "
                               "pays for")
    if not plan.goals and not plan.metrics \
            and not all(work.finished for work in plan.initiatives):
        return  # nothing to lead to: the one cause, which orphan-initiative reports
    if _work_unlinked_as_practice(plan):
        return  # work kept apart from the goals: the one cause, which orphan-initiative reports
    if plan.period_closed:
        return  # the money of lines for finished work is spent, and the lines closed
    moved = reallocated(plan)
    closed = []
    for budget in plan.budgets:
        if not budget.funds:
            continue
        targets = plan.refs(budget, "funds")
        if not targets or any(isinstance(target, Goal) or target.id in bound
                              for target in targets):
            continue
        if any(not target.finished for target in targets
               if isinstance(target, Initiative)):
            continue  # orphan-initiative reports the work, naming this line
        if not budget.amount and budget.id in moved:
            continue  # new work the plan's own reallocation rule paid for
        names = ", ".join(target.id for target in targets if isinstance(target, Initiative))
        closed.append(budget.finding(
            f"budget {budget.id} funds only finished work ({names}) that supports no goal; "
            "move the money to work that does, or close the line",
            field="funds",
            related=[target.related(f"{target.kind} {target.id} supports no goal")
                     for target in targets]))
    yield from by_practice(plan, closed, sum(1 for budget in plan.budgets if budget.funds),
                           items="budget lines",
                           lacking="fund only finished work that supports no goal",
                           fix="link the work to the goals it served, or close the lines")


def _measures_only(plan: Plan) -> bool:
    """Whether the plan states no goals, only measures, some listed by no piece of work
    (an agency's annual performance report, a page per measure): orphan-metric reports
    the missing goals, the one cause of a line's having none to lead to."""
    return not plan.goals and any(not plan.referrers(metric, "metrics")
                                  for metric in plan.metrics)


#: The label of work a plan files for a later plan (``Future direction: partnerships``).
#: A goal shared with another function: ``joint product goals``, ``shared OKRs``.
_JOINT = LazyPattern(r"\b(?:joint|shared)\s+(?:[\w-]+\s+)?(?:goals?|objectives?|okrs?)\b",
                     re.IGNORECASE,
    needs=("joint", "shared"))
_LATER = LazyPattern(r"\s*(?:future (?:directions?|work|plans?|phases?)|longer[- ]term"
                     r"|next (?:plan|planning cycle))\s*:", re.IGNORECASE)
#: A plan that says all of it is paid for: ``the first fully funded plan``, ``fully
#: funded over four years`` (not ``not yet``, ``isn't`` or ``never fully funded``).
_FULLY_FUNDED = LazyPattern(r"(?<!not )(?<!yet )(?<!n't )(?<!never )\bfully[- ]funded\b",
                            re.IGNORECASE)


@rule(code="PL302", name="unfunded-initiative", category="alignment", severity="warning",
      fails="planlint: 1\ngoals: [{id: G1}]\n"
            "initiatives:\n  - {id: I1, title: Dealer network, supports: [G1], "
            "status: active}\n  - {id: I2, title: Parts portal, supports: [G1]}\n"
            "budgets:\n  - {id: B1, amount: 500000, funds: [I2]}\n",
      passes="planlint: 1\npeople: [{id: ann}]\n"
             "goals: [{id: G1}, {id: G2, title: Faster enrolment}]\n"
             "initiatives:\n  - {id: I1, title: Dealer network, supports: [G1], "
             "status: active}\n  - {id: I2, title: Refine the intake process, "
             "supports: [G2]}\n  - {id: I3, title: 'Future direction: dealer academy', "
             "supports: [G1]}\n  - {id: I4, title: Parser rewrite, owner: ann, "
             "supports: [G1]}\n  - {id: I5, title: Dealer app for tablets, supports: [G1], "
             "status: on-hold}\nbudgets:\n  - {id: B1, title: 'Effort: 2 FTE', amount: 2, "
             "currency: FTE, funds: [I1]}\n")
def unfunded_initiative(plan: Plan) -> Iterator[Finding]:
    """An initiative that is still to be delivered has no budget line funding it.

    An initiative without money competes for resources that local budgets have already given
    to other objectives, and it is the strategic work that loses. Every planned, active or
    blocked initiative (and one with no status, which is taken as planned) needs a budget
    line that lists it under ``funds``, or one that pays for a goal it supports: money set
    aside for a goal pays for its initiatives, and a line of a unit that funds a goal also
    pays for the goals below it that belong to that unit or a unit under it (a department's
    budget for its objective pays for its teams' objectives and their work); a line that
    names no unit for the plan's one top-level goal, itself given to no unit, is the plan's
    money for its whole aim and pays for all the goals below it (an executive order's
    appropriation for its one aim pays for the agencies' work under its sub-goals). Done and
    cancelled initiatives are left alone, and so are initiatives that lead to no goal:
    orphan-initiative reports those, and money should not follow them. So is work on hold
    (``status: on-hold``: paused, parked): its money is for the decision that takes it up
    again, and it does not count towards the plan's practice. The work of a goal that is not
    a high or critical priority, and that no budget line reaches, nor a goal above it, is
    not reported one by one either: a plan that budgets goal by goal pursues that goal
    within its existing means (a process change, a policy), one choice about the goal; the
    work still counts towards a plan that does not tie its budget to its work. A priority's
    work needs money whatever the plan chooses for its other goals. Work the plan labels as
    for a later plan (``Future direction: Indigenous community partnerships``) is not work
    of this one, and needs no money yet. Nor is work whose own words or status say it waits
    on funding it has not received (``Status: Needs funding``, ``Pending funding``, ``We're
    seeking funding for the encoder``): a funding roadmap's ask to funders, not work
    committed to without money. A plan paid for from an operating budget (a ``funds: all``
    line that the other lines of its currency and period are parts of, its amount at least
    theirs together: an annual operating plan whose staff time is apportioned to programmes)
    funds all its work; a line of another currency with no parts of its own (a Team
    Contact's 0.1 FTE beside money lines that name their work) is not one. The staff of the
    unit that runs the plan (its ``office``), stated as a ``funds: all`` line in people's
    time that the office holds (a secretariat's 27 staff, all of whom work towards every
    priority), do its work: the money lines beside them are what it contracts out, and the
    plan is not reported. A plan that states its resources only in people's time (every
    budget line in FTE, person-months, days, engineers or meetings: a volunteer programme
    whose owners commit their time) resources a piece of work by the people who do it: work
    that names its owner, team or unit needs no line of its own, and work that names nobody
    is short of people, which unowned-initiative and unstaffed-initiative ask, so it is not
    reported one by one here; it still counts towards the plan's practice. So does a plan
    its members' general meeting sponsors and runs (see ``Plan.members_meeting``: a
    makerspace's goals voted at its Mitgliederversammlung, money voted only where a goal
    needs it, as a grant application for a workshop's machines): its members do the work in
    their own time, so a piece of work that names the member doing it is resourced, and the
    lines it lists are the money the meeting voted for the goals that need some. A plan
    whose budget lines reach few of its initiatives does not tie its budget to its work, and
    is reported once; no-budget reports a plan with no budget lines at all. A plan that says
    it is fully funded (``the first fully funded plan``) states that all its work is paid
    for; the lines it lists are the amounts it itemises, not the whole of its money. So does
    a plan that keeps its budget in another document (``plan: withheld: [budgets]``) and
    reviews its work at a set cadence in the budget process (a library's yearly review of
    its action steps "as part of the budgeting process", where staff identify the resources
    each step needs and request the funds in the annual budget): its work is funded in that
    budget, and the lines it lists are what it itemises beside it (a renovation's capital
    budget); so is work that serves only goals that keep their budget there (their own
    ``withheld: [budgets]``), in a plan with such a review, which does not count towards its
    practice. A plan that withholds its budget but names no such review (a museum's
    companion document of "the resources required") is still asked to show its work paid
    for.
    """
    if not plan.budgets or operating_budgets(plan) or _staffed_by_office(plan) \
            or _FULLY_FUNDED.search(worded(plan.info.description)) or _budgeted_yearly(plan):
        return
    bound = plan.goal_bound_initiatives
    funded = funded_goals(plan)
    means = _goals_within_means(plan)
    live = [initiative for initiative in plan.initiatives
            if not initiative.finished and not initiative.on_hold and initiative.id in bound
            and not _LATER.match(initiative.title or "")
            and not _budgeted_yearly(plan, initiative) and not awaits_funding(initiative)]
    found: list[Callable[[], Finding]] = []
    within_means: set[str] = set()
    in_time = _budgets_people_time(plan) or plan.members_meeting is not None
    for initiative in live:
        goals = plan.refs(initiative, "supports", Goal)
        if plan.referrers(initiative, "funds", Budget) or any(
                goal.id in funded for goal in goals) or (in_time and _names_doer(initiative)):
            continue
        if in_time or (goals and all(goal.id in means for goal in goals)):
            within_means.add(initiative.id)
        found.append(partial(_unfunded, initiative))
    yield from by_practice(plan, Deferred(found), len(live), items="initiatives still to deliver",
                           lacking="have no budget line funding them", repeated=within_means,
                           fix="list each under the funds of a budget line, or fund the "
                               "goals they support")


def _unfunded(initiative: Initiative) -> Finding:
    """unfunded-initiative's finding about one initiative: made only when it is read (see
    :class:`planlint.practice.Deferred`)."""
    state = f"{initiative.status} " if initiative.status else ""
    return initiative.finding(
        f"no budget line funds {state}{initiative.describe()}; "
        "list it under the funds of a budget line, or fund the goal it supports")


#: A review held as a step of the organisation's budget process (``the Management Team's
#: review of the calendar of action steps in the budgeting process``).
_BUDGET_PROCESS = LazyPattern(r"\bbudget(?:ing|ary)? (?:process|cycle)\b", re.IGNORECASE)


def _budgeted_yearly(plan: Plan, item: Initiative | None = None) -> bool:
    """Whether the plan keeps its budget in another document (``plan: withheld:
    [budgets]``; or, for ``item``, the goals it serves do) and reviews its work at a set
    cadence in the budget process, where the resources each piece of work needs are
    requested: the work is funded there."""
    return plan.withheld("budgets", item) and any(
        review.cadence is not None
        and _BUDGET_PROCESS.search(worded(review.title, review.description))
        for review in plan.reviews)


def _budgets_people_time(plan: Plan) -> bool:
    """Whether every budget line of the plan states its amount in people's time, none in
    money: a programme whose work is done by those who commit to it."""
    return bool(plan.budgets) and all(
        budget.currency is not None and PEOPLE_TIME.search(budget.currency)
        for budget in plan.budgets)


def _staffed_by_office(plan: Plan) -> bool:
    """Whether a line in people's time that names no amount pays for running all of the
    plan (``funds: all``) and is held by the unit that runs it (the plan's ``office``):
    the staff of a secretariat, all of whom work towards every goal of the plan."""
    office = plan.info.office
    return office is not None and any(
        budget.funds == "all" and budget.unit == office
        and budget.currency is not None and PEOPLE_TIME.search(budget.currency)
        for budget in plan.budgets)


def _names_doer(initiative: Initiative) -> bool:
    """Whether an initiative names who does it: an owner, a team or a unit."""
    return initiative.owner is not None or bool(initiative.team) or initiative.unit is not None


def _goals_within_means(plan: Plan) -> set[str]:
    """Ids of goals the plan pursues within its existing means: not a high or critical
    priority, and no budget line reaches them (see :func:`reached_goals`) nor any goal
    above them."""
    reached = reached_goals(plan)
    # whether a goal above is reached, each goal climbed past once (a closure per goal
    # climbed the whole chain above each)
    above = plan.inherited(lambda goal: True if goal.id in reached else None, False)
    return {goal.id for goal in plan.goals
            if (goal.priority is None or PRIORITY_RANK[goal.priority] < PRIORITY_RANK["high"])
            and goal.id not in reached and not above[goal.id]}


class UnfundedPriorityOptions(RuleOptions):
    min_priority: Priority = Field(
        "high", description="the lowest priority at which a goal must be reached by a budget")


def _budget_backed_goals(plan: Plan) -> set[str]:
    """Ids of goals that budget money reaches, following the cascade and strategy map.

    A goal is reached when a budget line funds it, funds an initiative that supports it
    (or that such an initiative depends on), or reaches one of its sub-goals or a goal
    that drives it.
    """
    funded = [target for budget in plan.budgets
              for target in plan.refs(budget, "funds", Initiative)]
    enabled = plan.closure(funded, "depends_on", Initiative, backward=True)
    reached = reached_goals(plan)
    seeds = [goal for goal in plan.goals if goal.id in reached]
    seeds += [goal for initiative in enabled.values()
              for goal in plan.refs(initiative, "supports", Goal)]
    return set(plan.closure(seeds, (*ABOVE, "drives"), Goal))


@rule(code="PL303", name="unfunded-priority", category="alignment", severity="error",
      options=UnfundedPriorityOptions,
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Cut cost by 15%, priority: critical}\n"
            "  - {id: G2, title: Grow parts profit, priority: high}\n"
            "budgets:\n  - {id: B1, amount: 9000000, funds: [G2]}\n",
      passes="planlint: 1\nunits: [{id: group}, {id: plants, parent: group}]\n"
             "goals:\n  - {id: G1, title: Cut cost by 15%, unit: group, priority: critical}\n"
             "  - {id: MF1, title: Cut hours per vehicle by 10%, unit: plants, parent: G1,\n"
             "     priority: high}\n"
             "initiatives: [{id: I1, supports: [G1]}]\n"
             "budgets:\n  - {id: B1, amount: 120000000, funds: [I1]}\n"
             "  - {id: B2, amount: 310000000, unit: plants, funds: [G1]}\n")
def unfunded_priority(plan: Plan, options: UnfundedPriorityOptions) -> Iterator[Finding]:
    """A critical or high-priority goal is reached by no budget line.

    A priority that no money reaches exists only on paper: when the budget is not linked to
    the strategy, money goes wherever local budgeting sends it. A goal is reached by a
    budget when a budget line funds the goal itself, an initiative that supports it (or
    enabling work such an initiative depends on), one of its sub-goals, or a goal that
    drives it on the strategy map (a financial outcome is paid for through the customer and
    process goals that cause it). Money for a goal also pays for the goals below it that
    belong to the budget line's unit or a unit under it: a department's budget for its
    objective pays for its teams' share of that objective. It does not flow down to other
    units' goals, nor from a line that names no unit, except one for the plan's one
    top-level goal that itself names no unit: the plan's money for its whole aim pays for
    every goal below it. ``min_priority`` sets the lowest priority checked (default
    ``high``). A plan with no budget lines at all is reported once, by no-budget.
    """
    if not plan.budgets:
        return
    floor = PRIORITY_RANK[options.min_priority]
    reached: set[str] | None = None
    for goal in plan.goals:
        if goal.priority is None or PRIORITY_RANK[goal.priority] < floor:
            continue
        if reached is None:
            reached = _budget_backed_goals(plan)
        if goal.id not in reached:
            yield goal.finding(
                f"{goal.priority} {goal.describe()} is reached by no budget "
                "line: none funds it, a goal above it from its unit's budget, an initiative "
                "that supports it, a goal below it or a goal that drives it; fund the work "
                "that delivers it, or lower its priority",
                field="priority")


@rule(code="PL304", name="orphan-initiative", category="alignment", severity="error",
      fails="planlint: 1\ninitiatives:\n  - {id: I1, title: Campus renovation}\n",
      passes="planlint: 1\nunits: [{id: wg}, {id: admin, parent: wg}]\n"
             "goals: [{id: G1, unit: wg}]\n"
             "initiatives:\n  - {id: I1, title: Campus renovation, supports: [G1]}\n"
             "  - {id: I2, title: New mission statement}\n"
             "  - {id: I3, title: Primer for web developers, unit: wg}\n"
             "  - {id: I4, title: Human resources management, unit: admin}\n"
             "  - {id: I5, title: Berlin roof, status: on-hold}\n")
def orphan_initiative(plan: Plan) -> Iterator[Finding]:
    """An initiative supports no goal.

    Work that serves no goal of the strategy takes people and money from work that does, and
    is how local priorities that conflict with the strategy get executed instead of it.
    Enabling work counts as linked when an initiative that supports a goal depends on it. An
    initiative that restates one that supports a goal in other words
    (:func:`planlint.measure_work.restates`: an action list that sums up the plan's
    commitments) is that work listed again, linked through it: it is not reported by itself,
    though it counts towards a plan that does not link its work. Work on the plan's own
    statements (a new mission statement, the next strategic plan) serves the plan as a whole
    rather than one of its goals, and is not asked for one. In a plan whose goals all belong
    to one unit (a team's roadmap, a working group's charter), the work that unit carries
    out, or a unit inside it (an agency's administration unit running its human resources,
    under strategic objectives that are all the agency's), or that names no unit and so is
    its too, serves those goals: such a plan lists the team's work beside its aims, and
    which aim each item serves is the team's judgement, not a missing link. Done and
    cancelled initiatives are left alone, and so is work parked on purpose (``on-hold``: an
    OKR year's backburner, kept for later and done by nobody now), and work whose ``end``
    has passed with no status reported (a past quarter's work list): until the plan says
    whether it happened, it is neither work to link nor work to stop, and overdue-initiative
    reports that missing status, the one cause. Its end has passed by the date the plan
    reports its work's statuses at (``plan: status_as_of``), as overdue-initiative judges
    it: work due after a review dated before the plan's figures was not yet past when it was
    reviewed, and is still asked which goal it serves. An initiative whose ``supports``
    names only undefined ids or items that are not goals is reported by the structure rules
    instead. When more than a third of a plan's initiatives support no goal (a list of work
    kept apart from the goals), the plan is reported once instead of each initiative. A plan
    that states no goals at all, only measures (an annual performance report of one page per
    measure, with the work written under the measure it is to move), gives its work no goal
    to support: that absence is the one cause, which orphan-metric reports for its measures,
    and the work is not reported again here. So is a continuing duty (``kind: ongoing``) in
    a plan that keeps its measures apart from its goals (more than a third of them listed by
    no goal and no piece of work: an agency's annual report on its performance measures that
    ties one of them to a goal, its inspection and complaint work written under the others):
    standing work beside the measures it keeps moving has no goal because those measures
    have none, the one cause, which orphan-metric reports for the measures; work to deliver
    something new is still asked which goal it serves, unless the plan states its goals only
    as the aims of its measures (each goal lists measures, beside the measures kept apart: a
    report that states a goal only where a measure tracks one, the state's emission goals
    under the emission measures): there, work tied to no goal is written under a measure
    that has none, which orphan-metric reports; it counts towards a plan that keeps its work
    apart from its goals, but is not reported by itself. A plan that states no goals and no
    measures either (a service's status roadmap: its milestones by section, near future,
    discontinued, accomplished) gives none of its work, finished or not, a goal to support:
    whether it keeps its work apart from goals is read over every initiative it lists, and
    when the whole list supports none, the plan is reported once, naming the work still
    open, however little of it is left (not its one open item beside thirty done ones that
    support none either). Nor is a participatory budget that states no goals: its title
    names it one (``Participatory Budgeting Project Tracker``, and the names the practice
    goes by in the other languages it is run in: ``budget participatif``, ``presupuesto
    participativo``, ``orçamento participativo``, ``bilancio partecipativo``,
    ``Bürgerhaushalt``, ``burgerbegroting``): each project is there because residents voted
    for it on a ballot, which is its mandate, and a register of their choices has no goals
    of the council's for the projects to serve by design; a participatory budget that states
    goals (themes its projects are chosen under) is asked to link its work to them.
    """
    if not plan.goals and (plan.metrics or _participatory_budget(plan)):
        return
    live, unlinked = plan.shared(_unlinked_work)
    restated = {unlinked[position].id for position in restating(
        [initiative.title or "" for initiative in unlinked],
        [initiative.title or "" for initiative in plan.initiatives if initiative.supports])}
    if unlinked and _measures_report(plan):
        restated |= {initiative.id for initiative in unlinked}
    found = []
    for initiative in unlinked:
        budgets = plan.referrers(initiative, "funds", Budget)
        paid = ""
        if budgets:
            payers = ", ".join(budget.id for budget in budgets)
            paid = f" ({payers} {'funds' if len(budgets) == 1 else 'fund'} it)"
        found.append(initiative.finding(
            f"{initiative.describe()} supports no goal{paid}; list "
            "the goals it serves under supports, or stop it",
            related=[budget.related(f"budget {budget.id} funds {initiative.id}", "funds")
                     for budget in budgets]))
    listed = None
    if not plan.goals:
        finished = [initiative for initiative in plan.initiatives
                    if initiative.finished and not initiative.supports]
        listed = (len(found) + len(finished),
                  len(live) + sum(1 for initiative in plan.initiatives if initiative.finished))
    yield from by_practice(plan, found, len(live), items="initiatives",
                           lacking="support no goal", repeated=restated,
                           fix="list under each initiative's supports the goals it serves",
                           listed=listed)


#: A participatory budget, by the names the practice goes by where it is run: residents
#: propose and vote on projects for a share of a public budget (New York's PBNYC, Paris's
#: budget participatif, Porto Alegre's orçamento participativo, Madrid's presupuestos
#: participativos, Germany's Bürgerhaushalte, Italy's bilanci partecipativi, Dutch
#: burgerbegrotingen).
_PARTICIPATORY_BUDGET = LazyPattern(
    r"\bparticipatory budget(?:s|ing)?\b|\bbudgets? participatifs?\b|"
    r"\bpresupuestos? participativos?\b|\borçamentos? participativos?\b|"
    r"\bbilanci(?:o)? partecipativ[oi]\b|\bbürgerhaushalt(?:e|s)?\b|"
    r"\bburgerbegroting(?:en)?\b", re.IGNORECASE)


def _participatory_budget(plan: Plan) -> bool:
    """Whether the plan's title names it a participatory budget (see
    :data:`_PARTICIPATORY_BUDGET`): its work is what residents voted for."""
    return _PARTICIPATORY_BUDGET.search(worded(plan.info.title)) is not None


def _unlinked_work(plan: Plan) -> tuple[list[Initiative], list[Initiative]]:
    """The live work orphan-initiative judges (neither finished, parked, nor past with no
    status reported) and, of it, the work that supports no goal and is not linked otherwise:
    not enabling work a goal's initiative depends on, not work on the plan's own
    statements, not a team's own work beside its goals, not a continuing duty beside
    measures kept apart from the goals."""
    bound = plan.goal_bound_initiatives
    live = [initiative for initiative in plan.initiatives
            if not initiative.finished and not initiative.on_hold
            and not _unreported_past(plan, initiative)]
    team = _goals_unit(plan)
    apart = _measures_apart(plan)
    unlinked = [initiative for initiative in live
                if not initiative.supports and initiative.id not in bound
                and not PLAN_STATEMENT.search(initiative.title or "")
                and (team is None or not _teams_work(plan, initiative, team))
                and not (apart and continuing(initiative))]
    return live, unlinked


def _teams_work(plan: Plan, initiative: Initiative, team: str | None) -> bool:
    """Whether the work is the team's: it names no unit, the team, or a unit inside it."""
    return initiative.unit in (team, None) or team in plan.unit_ancestors(initiative.unit)


def _measures_apart(plan: Plan) -> bool:
    """Whether the plan keeps its measures apart from its goals as its practice: more
    than a third of them (see :func:`planlint.practice.widespread`) are listed by no goal
    and no piece of work."""
    unlisted = sum(1 for metric in plan.metrics if not plan.referrers(metric, "metrics"))
    return widespread(unlisted, len(plan.metrics))


def _measures_report(plan: Plan) -> bool:
    """Whether the plan states goals only as the aims of its measures, beside measures
    that have none: every goal lists measures, and the plan keeps its measures apart from
    its goals (see :func:`_measures_apart`), as an agency's annual report on its
    performance measures does, with its work written under the measure it is to move."""
    return bool(plan.goals) and all(goal.metrics for goal in plan.goals) \
        and _measures_apart(plan)


def _work_unlinked_as_practice(plan: Plan) -> bool:
    """Whether orphan-initiative reports the plan once for work that supports no goal:
    the plan states goals, and its live work is, as its way of working, kept apart from
    them (see :func:`planlint.practice.widespread`); a plan with measures and no goals
    gives its work none to support, and orphan-initiative leaves it."""
    if not plan.goals and plan.metrics:
        return False
    live, unlinked = plan.shared(_unlinked_work)
    return widespread(len(unlinked), len(live))


@rule(code="PL305", name="orphan-goal", category="alignment", severity="warning",
      fails="planlint: 1\nunits:\n  - {id: group}\n  - {id: mopar, parent: group}\n"
            "goals:\n  - {id: G1, unit: group}\n  - {id: MP1, unit: mopar}\n"
            "initiatives: [{id: I1, supports: [G1]}]\n",
      passes="planlint: 1\nunits:\n  - {id: group}\n  - {id: mopar, parent: group}\n"
             "  - {id: data, parent: lab}\n  - {id: lab}\n"
             "  - {id: police, parent: city}\n  - {id: police-support, parent: police}\n"
             "  - {id: city}\n  - {id: officers, parent: group}\n"
             "people:\n  - {id: cto, unit: mopar, leader: true}\n"
             "  - {id: pres, unit: officers, leader: true}\n"
             "  - {id: vp, unit: officers, leader: true}\n"
             "goals:\n  - {id: G1, title: Win against rivals with AI in all we do, "
             "unit: group}\n  - {id: MP1, unit: mopar, parent: G1}\n"
             "  - {id: MP2, title: Engineering foundations, unit: mopar, owner: cto}\n"
             "  - {id: MP4, title: Deliver competitive offerings with AI in all we do, "
             "unit: mopar}\n"
             "  - {id: MP3, title: Support joint product goals, unit: mopar}\n"
             "  - {id: L1, title: Release all datasets, unit: lab}\n"
             "  - {id: D1, title: Grow portal users, unit: data}\n"
             "  - {id: CS, title: Crime suppression, unit: police}\n"
             "  - {id: SU, title: Support, unit: police-support}\n"
             "  - {id: OF1, title: Cost of living, unit: officers}\n"
             "initiatives: [{id: I1, unit: data, supports: [L1]}]\n")
def orphan_goal(plan: Plan) -> Iterator[Finding]:
    """A goal of a sub-unit has no parent goal and drives no goal linked to the strategy.

    A cascade aligns the organization when each unit's goals say which goal above them they
    serve; a unit's goal that hangs free is local priority with no tie to the strategy, the
    silo the strategy office exists to prevent. A sub-unit is a unit with a ``parent`` unit.
    A goal of one is linked when it has a ``parent`` goal or is ``also_aligned_to`` one, or
    when it ``drives`` a linked goal (a support unit's goal on the enterprise strategy map,
    such as training that drives a cost goal); goals of top units or of no unit are linked
    by definition. A goal is only reported when a unit above its unit has goals of its own
    to link to: in a performance budget whose programs set goals and whose departments and
    cabinet set none, the programs' goals are the top of their line. A goal with the very
    title of a goal of a unit above it is that goal, tracked by its unit as its own (a
    department copying the executive's objective), and is linked, as is one that takes up
    five words in a row of such a title (``Deliver competitive offerings with AI in all we
    do`` under ``Win against rivals with AI in all we do``): it names the aim it serves in
    that goal's own words. So is a goal whose number completes the series the top-level
    goals of a unit above are numbered in (``G6`` beside ``G1`` to ``G5``, the Blood
    Service's goal among a charity's six): one of the plan's top goals, set beside them and
    given to the sub-unit that carries it, with no goal above it to name. So is a goal owned
    by a member of the leadership team (``leader: true``): an executive's own objective is
    set where the strategy is set, even when it serves none of the goals above (a CTO's
    objective beside those that cascade the CEO's). So is a goal no one owns of a unit of
    several named members, every one on the leadership team (a union's elected officers, an
    executive team: the body that leads, not a department whose head alone is named): the
    leaders' own priorities for their term, built on the strategy as a whole. So is a goal
    its title calls joint or shared with another function (``Joint product goals``,
    ``Support the shared OKRs``): it is aligned through that function's goals, which may lie
    outside the plan. When nothing executes any goal of the units above (no sub-goal, no
    initiative), the missing link is the one uncascaded-goal reports at the top, once; so
    too when those goals are the top of their line, no unit above theirs setting any (a
    department's service areas in a city budget, one of them headed by the bureau that
    delivers it): they are set side by side, and none is cascaded to name as parent. When
    the goal's own unit alone carries out the goals of a unit above (each a top-level goal
    with no sub-goal, all its work the unit's), those goals are the unit's own, filed under
    its department's name, and its other goals sit beside them: there is nothing above to
    name as parent. When more than a third of the goals that could be linked so are not, the
    plan does not cascade its goals through its units (a team that sets its own objectives
    beside its department's), and is reported once instead of each goal. Goals whose parent
    is undefined are left to the structure rules.
    """
    linked = plan.linked_goals
    titles: dict[str | None, set[str]] = defaultdict(set)  # unit -> its goals' titles
    # unit -> whether its goals are all top-level goals nothing executes (uncascaded-goal's)
    idle: dict[str | None, bool] = defaultdict(lambda: True)
    setting = {goal.unit for goal in plan.goals}  # units that set goals
    for goal in plan.goals:
        titles[goal.unit].add(plain_title(goal.title))
        idle[goal.unit] &= _heads_line(plan, goal, setting) \
            and goal.id not in plan.executed_goals
    worker = _sole_workers(plan)
    bench = _leadership_units(plan)
    found, eligible = [], 0
    for goal in plan.goals:
        above = [unit for unit in plan.unit_ancestors(goal.unit) if unit in titles]
        if not above or all(idle[unit] or worker.get(unit) == goal.unit for unit in above):
            continue
        eligible += 1
        if goal.id in linked or _set_by_leader(plan, goal) \
                or (goal.owner is None and goal.unit in bench) or _JOINT.search(goal.title or "") \
                or (goal.title and any(_echoes(plain_title(goal.title), titles[unit])
                                       for unit in above)) or _numbered_among(plan, goal, above):
            continue
        unit = plan.by_id[str(goal.unit)]
        assert isinstance(unit, Unit) and unit.parent is not None
        found.append(goal.finding(
            f"{goal.describe()} of unit {unit.id}, which sits under {unit.parent}, "
            "has no parent goal and drives no goal linked to the strategy; set parent to the "
            "goal above it that it serves",
            related=[unit.related(f"unit {unit.id} sits under {unit.parent}", "parent")]))
    yield from by_practice(plan, found, eligible, items="goals of units under others",
                           lacking="have no parent goal",
                           fix="set each one's parent to the goal above it that it serves")


@rule(code="PL306", name="uncascaded-goal", category="alignment", severity="warning",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Be the customer's first choice}\n",
      passes="planlint: 1\nplan: {horizon: {start: 2015-07-01, end: 2020-06-30}}\n"
             "goals:\n  - {id: G1, title: Be the customer's first choice}\n"
             "  - id: G2\n    title: Launch a data council\n"
             "    metrics: [{id: M1, title: Council chartered, kind: milestone}]\n"
             "  - id: G3\n    title: Rental Housing\n"
             "    metrics: [{id: M2, title: Rental Housing - cumulative accomplishment "
             "(Housing Units), unit: Housing Units, target: {value: 317, date: 2020-06-30}}]\n"
             "  - id: G4\n    title: Redesign the UI templates\n"
             "    metrics: [{id: M3, title: Templates remaining to be converted}]\n"
             "  - {id: G5, title: Build up a buffer}\n"
             "initiatives: [{id: I1, supports: [G1]}]\n"
             "budgets: [{id: B1, title: Set aside 10% as buffer funds, funds: [G5]}]\n")
def uncascaded_goal(plan: Plan) -> Iterator[Finding]:
    """A top-level goal has no sub-goal, no initiative and no goal driving it.

    A goal at the top of the plan that is neither broken down into units' goals nor taken up
    by any initiative is a statement, not a plan: nothing executes it, and it is the first
    thing daily pressures drown out. A goal is executed when it has a sub-goal (a goal whose
    ``parent`` it is, or one ``also_aligned_to`` it as well as to its parent: a board goal
    aligned to two strategic goals carries both), an initiative that supports it and is not
    cancelled, or is driven (on the strategy map, through ``drives``) by a goal that is
    executed, as a financial outcome is delivered through the goals that cause it. A goal of
    a unit with no unit under it (a team's objectives, or a person's own in a one-unit plan)
    is in the hands of the people the plan names for it, a person who owns it or a person
    answering for each of its measures, as a team assigns its key results: there is no unit
    to cascade it to, and its owners do the work. So is a goal of a plan its members'
    general meeting sponsors and runs (see ``Plan.members_meeting``: a makerspace's goals
    voted one by one at its Mitgliederversammlung, its only other unit the board the members
    elect), in the hands of the member who owns it: each goal is itself a project, carried
    out by the member who champions it with the members who pledged to take part, and the
    association has no unit below its meeting and board to cascade it to; one no member owns
    is in the hands of the board the members elect to carry out the meeting's decisions (the
    plan's ``office``, with its leadership named: a Swedish förening's styrelse, which
    "verkställer årsmötets beslut") when the board takes it up at its own meetings (a review
    that covers it, chaired by one of the board's leadership): the board does it
    collectively, as volunteers with no unit below them. Who answers for such a goal is
    unowned-goal's question. So is a person's own objective for a year or less, one its
    owner lists under ``objectives`` (their performance plan: a chief executive's annual
    goals approved by the board), due within a year of its start: the owner answers for it
    in their performance review and does it through the staff they direct, and no cascade is
    expected of one person's yearly goal. Nor is a goal owned by the only person a plan of
    one short cycle names (a founder's goals for the month, declared and graded in their own
    retrospective): they are that person's own tasks for the cycle, done by the one who owns
    them, and the plan names nobody to cascade them to. A goal measured by milestones alone
    (``Launch a data council``, measured by the council's charter and first meeting) is a
    piece of work stated as a goal: its milestones are the steps that execute it. So is a
    goal whose title names work its organisation does (a verb of doing or delivering:
    ``Redesign the UI templates``) and whose measures hold a figure of the things its title
    says the work is done to (the templates remaining to be converted); one measured by an
    outcome apart from the work (``Develop a new participant experience``, by participation
    rates) is still asked for its work. Nor is a goal to build or keep a reserve of money
    that a budget line funds directly (``Build Up Some Buffer``, funded by ``Use the
    remaining ~10% to build up some buffer funds``: see ``budgets.saved_by_line``): setting
    the line's money aside is the work, which an initiative would only restate; any other
    goal a line funds is still asked what the money is spent on. Nor are the goals of a plan
    that lists its own activities as its goals (``measures.lists_activities``: most of its
    top-level goals, three or more, say in their title or their description's first words
    what the organisation does, ``Organize and host the 2024 Roundtable``, ``Hiring an
    Indigenous Research Director``, and no goal states a level to move): a small
    organisation's year of activities, each item the work itself, which a sub-goal or an
    initiative would only restate; a goal the plan set work apart for (an initiative, even a
    cancelled one) is still asked. Nor is an objective with key results in a plan that
    follows OKRs (``methodology: okr``), lists no initiative, and holds pieces of work among
    its key results as its way of working (milestones among the key results of more than a
    third of its objectives: ``Develop Version Control for Hardware``, measured by the
    features to build; ``Be profitable``, by ``establish key user engagement metrics``
    beside its revenue figure): there the key results are the work, taken up by those who
    hold the OKRs for the cycle, and each objective is pursued through its own. So is an
    objective, with key results or none, in a small team's own OKRs, the team its whole
    organization (``Plan.team_okrs``: two or three people named equally, its one unit, a
    two-person course project's OKR file): the team holds and does its objectives and key
    results together, with no unit below it and no one among them to hand them to. So is a
    goal measured only by counts that add up what was done since the plan began (a HUD
    grantee's Consolidated Plan goal ``Rental Housing``, measured by its ``cumulative
    accomplishment (Housing Units)`` against the five-year goal): a line of eligible
    activity, whose accomplishments, unit by unit, are the work that executes it; whether
    they keep pace is off-track-metric's question. A person's own objective for a year, as
    above, that names no owner is its unit's lead's, and one that states no start starts
    with the plan (an annual incentive scorecard's corporate results, given to the company
    and listed in its chief executive's objectives for the fiscal year the plan covers). Nor
    is a goal that starts after the plan's as-of date in a plan that reports on goals
    already due by then (a year-end report's objectives for the year, then its aims for the
    next): the report closes on the year's work, and the next year's aims are taken up by
    the work planned when that year begins, often the year's own work carried on. A
    sub-unit's goal that has no parent because its link to the strategy is missing is
    reported by orphan-goal instead. Nor are the goals of a plan whose goals all belong to
    one unit and which lists that unit's live work (or work naming no unit) beside them
    without linking any of it to any goal (a humanitarian cluster's report of its strategic
    objectives and, apart, the people its activities reached): orphan-initiative reads that
    work as serving those goals, which aim each item serves being the team's judgement, and
    the goals are not idle; a plan that links some work and leaves a goal without any is
    still reported. Nor is a goal that holds two or more measures and is the only goal of
    the plan that holds any, while two or more of the plan's other goals are carried out by
    work and state no measure (a school's pupil premium statement whose table of aims and
    targets for the year stands apart from the priorities its activities are listed under; a
    strategy's "how we will measure success" beside its priorities): it is the plan's table
    of results, which the work of the other goals pursues, and its missing link to them is
    one gap, which unmeasured-goal reports at the goals the work serves. Nor are the
    objectives of a plan that states them as one numbered list beside another that carries
    all its work (a project's objectives ``O1`` to ``O4`` beside its work packages ``WP1``
    to ``WP6``, each its own unit's one goal; a strategy's objectives 3.1 to 3.7 beside its
    axes 5.1 to 5.6 and their initiatives), no work set apart for any objective: which
    pillar serves which objective shows only in their wording, a link the plan's style
    leaves to the reader; a unit's objectives beside its organisation's priorities are still
    asked. When more than a third of the top-level goals have nothing under them, the plan
    states the strategy but not its execution, and is reported once instead of each goal. A
    plan that keeps its initiatives in another document or tool (``plan: withheld:
    [initiatives]``: an issue tracker, departmental work plans) is not asked for them, nor
    is a top-level goal that says so of itself (its own ``withheld: [initiatives]``), which
    does not count towards the plan's practice either. Nor is a goal of a report that shows
    its work by exception (see ``practice.reports_work_by_exception``: a Dutch jaarverslag
    that explains only the to-dos ``die niet volgens plan verlopen``, every item it lists
    one that slipped): work on the goal that went to plan is left out by the report's own
    rule, not missing.
    """
    if plan.withheld("initiatives"):
        return
    executed = plan.executed_goals
    linked = plan.linked_goals
    top = [goal for goal in plan.top_goals
           if goal.id in linked and not plan.withheld("initiatives", goal)]
    idle = [goal.finding(
        f"top-level {goal.describe()} has no sub-goal and no initiative"
        f"{_idle_support(plan, goal)}: nothing executes it; cascade it to the units that "
        "deliver it, or start an initiative that supports it")
        for goal in top if goal.id not in executed and not _worked_by_people(plan, goal)
        and not _deliverable(plan, goal) and not counts_own_output(plan, goal)
        and not measured_as_work(plan, goal) and not _listed_activity(plan, goal)
        and not _worked_by_key_results(plan, goal) and not plan.own_year_objective(goal)
        and not _next_period_aim(plan, goal) and not _sole_persons_task(plan, goal)
        and not saved_by_line(plan, goal) and goal.id != plan.shared(_results_table)
        and goal.id not in plan.shared(_objectives_beside_work)
        and not plan.shared(reports_work_by_exception)]
    if idle and _team_work_unlinked(plan):
        return
    yield from by_practice(plan, idle, len(top), items="top-level goals",
                           lacking="have no sub-goal and no initiative",
                           fix="cascade each to the units that deliver it, or start the "
                               "initiatives that support it")


def _listed_activity(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is an item of a plan's list of its own activities
    (:func:`planlint.measure_work.lists_activities`) that no work was set apart for: no
    initiative, not even a cancelled one, supports it."""
    return plan.shared(lists_activities) and not plan.referrers(goal, "supports", Initiative)


def _results_table(plan: Plan) -> str | None:
    """The id of the plan's table of results, if it has one: the only goal that holds
    measures, two or more, with no sub-goal, while two or more other goals are carried
    out by work (a sub-goal or an initiative) and state no measure; ``None`` elsewhere."""
    measured = [goal for goal in plan.goals if goal.metrics or goal.actuals]
    if len(measured) != 1:
        return None
    [table] = measured
    if len(plan.refs(table, "metrics", Metric)) < 2 or plan.subgoals(table):
        return None
    executed = plan.executed_goals
    worked = sum(goal.id in executed for goal in plan.goals if goal is not table)
    return table.id if worked >= 2 else None


def _objectives_beside_work(plan: Plan) -> frozenset[str]:
    """The ids of a plan's objectives stated beside the pillars that carry its work, if it
    has them; none elsewhere. The plan's top-level goals are two numbered lists, each whole
    (see :func:`_series`: ``G1`` to ``G5`` and ``WP1`` to ``WP6``; objectives ``3.1`` to ``3.7``
    and axes ``5.1`` to ``5.6``): nothing executes any goal of the first, and no initiative,
    even a cancelled one, names one, while every goal of the second is executed; and the
    second is the plan's own breakdown of its work, each of its goals of the first list's
    unit, or the one goal of a unit directly under it (a work package): not a unit's
    objectives beside the priorities of the organisation above it."""
    lists: dict[str, dict[int, Goal]] = defaultdict(dict)
    for goal in plan.top_goals:
        if (numbered := _series(goal.id)) is None:
            return frozenset()
        lists[numbered[0]][numbered[1]] = goal
    if len(lists) != 2 or any(set(numbers) != set(range(1, len(numbers) + 1))
                              or len(numbers) < 2 for numbers in lists.values()):
        return frozenset()
    executed = plan.executed_goals
    first, second = (list(numbers.values()) for numbers in lists.values())
    if all(goal.id in executed for goal in first):
        first, second = second, first
    units = {goal.unit for goal in first}
    if len(units) != 1 or any(goal.id in executed or plan.referrers(goal, "supports", Initiative)
                              for goal in first) \
            or not all(goal.id in executed for goal in second):
        return frozenset()
    [unit] = units
    pillars = [goal.unit for goal in second if goal.unit != unit]
    if len(set(pillars)) < len(pillars) or any(
            plan.unit_ancestors(pillar)[:1] != (unit,) for pillar in pillars):
        return frozenset()
    return frozenset(goal.id for goal in first)


def _goals_unit(plan: Plan) -> str | None:
    """The unit every goal of the plan belongs to, if there is one: the team whose plan
    it is."""
    units = {goal.unit for goal in plan.goals}
    return units.pop() if len(units) == 1 else None


def _team_work_unlinked(plan: Plan) -> bool:
    """Whether every goal of the plan belongs to one unit, the plan links none of its work
    to a goal, and all its live work is that unit's (see :func:`_teams_work`): the team's
    work beside its aims, which orphan-initiative reads as serving them."""
    team = _goals_unit(plan)
    if team is None or plan.goal_bound_initiatives \
            or any(initiative.supports for initiative in plan.initiatives):
        return False
    live = [initiative for initiative in plan.initiatives
            if not initiative.finished and not _unreported_past(plan, initiative)]
    return bool(live) and all(_teams_work(plan, initiative, team) for initiative in live)


def _unreported_past(plan: Plan, initiative: Initiative) -> bool:
    """Whether an initiative was to end before the date the plan reports its work's
    statuses at (:attr:`Plan.status_as_of`) and has no status: past work the plan has not
    reported on (a continuing duty has no end to pass)."""
    return initiative.status is None and initiative.end is not None \
        and initiative.end < plan.status_as_of and not continuing(initiative)


def _deliverable(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is measured by milestones alone: a piece of work stated as a goal,
    whose milestones are the steps that execute it."""
    metrics = plan.refs(goal, "metrics", Metric)
    return bool(metrics) and all(plan.measure(metric).kind == "milestone" for metric in metrics)


def _worked_by_key_results(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is an objective pursued through its key results, in a plan whose
    key results are its work (:func:`_key_results_are_work`): it has some."""
    return bool(goal.metrics) and plan.shared(_key_results_are_work)


def _key_results_are_work(plan: Plan) -> bool:
    """Whether a plan's key results are its work: it follows OKRs, lists no initiative,
    and it is its way of working (:func:`planlint.practice.widespread`) that an
    objective's key results hold pieces of work, milestones (``Develop Version Control
    for Hardware``, measured by the features to build; ``Be profitable``, by ``establish
    key user engagement metrics`` beside its revenue figure)."""
    if "okr" not in map(plain_name, plan.info.methodology) or plan.initiatives:
        return False
    measured = [plan.refs(goal, "metrics", Metric) for goal in plan.goals if goal.metrics]
    worked = sum(any(plan.measure(metric).kind == "milestone" for metric in metrics)
                 for metrics in measured)
    return widespread(worked, len(measured))


def _sole_persons_task(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is owned by the only person a plan of one short cycle names: that
    person's own task for the month or quarter, with nobody named to cascade it to."""
    return plan.one_short_cycle and len(plan.people) == 1 \
        and goal.owner == plan.people[0].id


def _next_period_aim(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is an aim for the period after the one the plan reports on: it
    starts after the as-of date, and another goal of the plan was due by then (a year-end
    report's objectives for the year, and its aims for the next)."""
    return goal.start is not None and goal.start > plan.as_of and any(
        other.due is not None and other.due <= plan.as_of for other in plan.goals)


def _worked_by_people(plan: Plan, goal: Goal) -> bool:
    """Whether a goal of a unit with no unit under it (a team's, or a one-unit plan's), or
    any goal of a plan its members' meeting runs (``Plan.members_meeting``), is in the
    hands of named people: a person owns it, or each of its measures names a person who
    answers for it; or it is an objective of a small team's own OKRs (``Plan.team_okrs``),
    which the team holds and does together, with its key results or none."""
    if plan.team_okrs:
        return True
    if plan.members_meeting is None and (
            any(unit.parent == goal.unit for unit in plan.units)
            or (goal.unit is None and plan.units)):
        return False
    board = plan.elected_board
    if board is not None and goal.owner is None and any(
            (chair := plan.ref(review, "chair", Person)) is not None
            and leads_body(chair, board)
            for review in plan.referrers(goal, "covers", Review)):
        return True  # the meeting's decision, taken up at the meetings of the board it elects
    metrics = plan.refs(goal, "metrics", Metric)
    return plan.ref(goal, "owner", Person) is not None or (bool(metrics) and all(
        plan.ref(metric, "owner", Person) is not None for metric in metrics))


def _sole_workers(plan: Plan) -> dict[str | None, str | None]:
    """Each unit whose goals are all top-level goals with no sub-goal, carried out by the
    work of one unit alone, with that unit."""
    workers: dict[str | None, set[str | None]] = defaultdict(set)
    others: set[str | None] = set()  # units with a goal in a cascade, or with no work on it
    for goal in plan.goals:
        units = {initiative.unit for initiative in plan.referrers(goal, "supports", Initiative)
                 if initiative.status != "cancelled"}
        if goal.parent is not None or plan.subgoals(goal) or not units:
            others.add(goal.unit)
        workers[goal.unit] |= units
    return {unit: doers.pop() for unit, doers in workers.items()
            if unit not in others and len(doers) == 1}


def _heads_line(plan: Plan, goal: Goal, setting: set[str | None]) -> bool:
    """Whether a goal is at the top of its line: it has no parent goal and is aligned to
    none, and it is linked
    or no unit above its own sets goals (a department's service areas in a city budget
    whose city and council set none)."""
    return goal.parent is None and not goal.also_aligned_to and (
        goal.id in plan.linked_goals or setting.isdisjoint(plan.unit_ancestors(goal.unit)))


def _series(ident: str) -> tuple[str, int] | None:
    """The series' name and the number of an id that numbers an item in a series: a name
    with a letter, then a number (``G6``, ``Goal-3``), or a section's number, then the
    item's (``3.6``, in section 3). Read from the end, in one pass: a pattern that
    backtracks took minutes on an id of megabytes."""
    stem = ident.rstrip(_DIGITS)
    number = ident[len(stem):]
    if not number or len(number) > _MOST_DIGITS:
        return None
    if _LETTER.search(stem) is None and _SECTION.fullmatch(stem) is None:
        return None
    return stem, int(number)


_DIGITS = "0123456789"
_MOST_DIGITS = 9
_LETTER = re.compile(r"[a-z]", re.IGNORECASE)
_SECTION = re.compile(r"(?:[0-9]+\.)+")


def _numbered_among(plan: Plan, goal: Goal, above: list[str]) -> bool:
    """Whether a goal with no parent is numbered in the series of the top-level goals of
    the units above, completing it (``G6`` beside ``G1`` to ``G5``): one of the plan's
    top goals, given to the sub-unit that carries it."""
    own = _series(goal.id)
    if own is None or goal.parent is not None:
        return False
    series = plan.shared(_top_series)
    numbers = set[int]().union(*(series.get((unit, own[0]), ()) for unit in above))
    return len(numbers) >= 2 and numbers | {own[1]} == set(
        range(1, len(numbers) + 2))


def _top_series(plan: Plan) -> dict[tuple[str | None, str], set[int]]:
    """The numbers of the top-level goals numbered in a series (see :func:`_series`), by their
    unit and the series' name: gathered once, not for each goal asked about."""
    found: dict[tuple[str | None, str], set[int]] = defaultdict(set)
    for goal in plan.goals:
        if goal.parent is None and (numbered := _series(goal.id)) is not None:
            found[(goal.unit, numbered[0])].add(numbered[1])
    return found


def _set_by_leader(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is owned by a member of the leadership team (``leader: true``)."""
    owner = plan.ref(goal, "owner", Person)
    return owner is not None and owner.leader


def _leadership_units(plan: Plan) -> set[str | None]:
    """Units of two or more named members, all on the leadership team (``leader: true``):
    a leading body, not a department whose head alone is named."""
    members: dict[str | None, int] = defaultdict(int)
    others: set[str | None] = set()
    for person in plan.people:
        members[person.unit] += 1
        if not person.leader:
            others.add(person.unit)
    return {unit for unit, count in members.items()
            if unit is not None and count > 1 and unit not in others}


#: Words in a row that a goal takes up from a goal above to name the same aim.
_ECHO = 5


def _echoes(title: str, above: set[str]) -> bool:
    """Whether a plain title is a title above, or takes up ``_ECHO`` words in a row of
    one (``... with AI in all we do``): the aim it serves, in that goal's own words."""
    words = title.split()
    runs = {" ".join(words[i:i + _ECHO]) for i in range(len(words) - _ECHO + 1)}
    return title in above or any(f" {run} " in f" {other} " for run in runs for other in above)


def _idle_support(plan: Plan, goal: Goal) -> str:
    """What does point at an unexecuted goal: cancelled initiatives, idle drivers."""
    said = ""
    cancelled = [item.id for item in plan.referrers(goal, "supports", Initiative)]
    if len(cancelled) == 1:
        said += f" (its only initiative, {cancelled[0]}, is cancelled)"
    elif cancelled:
        said += f" (its initiatives {', '.join(cancelled)} are cancelled)"
    drivers = [item.id for item in plan.referrers(goal, "drives", Goal)]
    if drivers:
        said += (f", and the goal{'s' if len(drivers) > 1 else ''} driving it "
                 f"({', '.join(drivers)}) {'are' if len(drivers) > 1 else 'is'} not executed "
                 "either")
    return said


class PriorityInversionOptions(RuleOptions):
    tolerance: float = Field(
        0.0, ge=0, description="how much more, as a fraction, a goal may be sure to receive "
                               "than a sibling goal of higher priority can receive before it "
                               "is reported (0.25: 25% more)")


def _money(amount: float, pool: Pool) -> str:
    _, currency, period = pool
    figure = f"{amount:,.0f}" if abs(amount) >= 100 or amount.is_integer() else \
        f"{amount:,.2f}"
    # the unit after the figure reads right for money (9,000,000 USD) and for a budget kept
    # in people's time (4 person-months, 0.50 FTE) alike
    return figure + (f" {currency}" if currency else "") + (f" for {period}" if period else "")


def _lines(pool: Pool) -> str:
    return f"unit {pool[0]}'s budget lines" if pool[0] is not None else \
        "the budget lines that name no unit"


@rule(code="PL307", name="budget-priority-inversion", category="alignment", severity="warning",
      options=PriorityInversionOptions,
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Cut cost, priority: critical}\n"
            "  - {id: G2, title: New headquarters, priority: low}\n"
            "budgets:\n  - {id: B1, amount: 1000000, currency: USD, funds: [G1]}\n"
            "  - {id: B2, amount: 9000000, currency: USD, funds: [G2]}\n",
      passes="planlint: 1\nunits: [{id: capital}]\n"
             "goals:\n  - {id: G1, title: Cut cost, priority: critical}\n"
             "  - {id: G2, title: New headquarters, priority: low}\n"
             "  - {id: G3, title: Dealer portal, priority: high}\n"
             "  - {id: G4, title: Showroom refresh, priority: low}\n"
             "budgets:\n  - {id: B1, amount: 9000000, currency: USD, funds: [G1, G2]}\n"
             "  - {id: B2, amount: 3000000, currency: USD, funds: [G2]}\n"
             "  - {id: B3, amount: 20000000, currency: USD, unit: capital, funds: [G2]}\n"
             "  - {id: E3, title: 'Effort: 1 person-month', amount: 1, "
             "currency: person-months, funds: [G3]}\n"
             "  - {id: E4, title: 'Effort: 6 person-months', amount: 6, "
             "currency: person-months, funds: [G4]}\n")
def budget_priority_inversion(plan: Plan,
                              options: PriorityInversionOptions) -> Iterator[Finding]:
    """A goal is sure to receive more from a unit's budget lines than a sibling goal of
    higher priority can receive from them.

    Local budgeting that reflects a unit's own objectives rather than the strategy shows as
    money flowing to lesser goals while the priorities go short. Money is compared where it
    is divided between alternatives: within one unit's budget lines (the lines that name no
    unit form a pool of their own), in one currency and one period, between sibling goals
    (the goals with the same parent, or the top-level goals among themselves). A line's
    money goes to the goals it funds and to the goals the initiatives it funds support, and
    a goal's sub-goals add their money to it. Only money whose destination the plan states
    counts as received: a line spread over several goals is not split by any invented rule,
    and an inversion is reported only when it holds however such lines are split, that is
    when the money the lesser goal is sure to receive (from lines that go to it or to goals
    below it alone) exceeds all the money the higher goal could receive (from every line
    that goes to it or to a goal below it). Money the plan could not move between the goals
    (another unit's lines, another period's or currency's, so also restricted grants and
    capital against operating money kept on lines of their own) is no inversion. Goals
    without a priority, and goals that could receive nothing from the pool, are not compared
    (unfunded-priority reports the important ones that receive nothing at all), so a
    priority pursued through policy rather than spending is not held against the programs of
    other units. A line that states the estimate of one item's work (``Effort: 3 PM`` on
    each item of a roadmap, ``Estimated cost``) is the size of that work, set by what it
    takes, not a share of a pool divided between alternatives: it is not compared, and a low
    item that takes more than a high one is no inversion. ``tolerance`` lets a goal receive
    that fraction more before it is reported.
    """
    pools, looped = pool_shares(plan)
    order = {goal.id: index for index, goal in enumerate(plan.goals)}
    for pool, shares in pools.items():
        siblings: dict[str | None, list[tuple[int, Share, Goal]]] = defaultdict(list)
        for goal_id in sorted(shares, key=lambda goal_id: order.get(goal_id, -1)):
            goal = plan.by_id.get(goal_id)
            if isinstance(goal, Goal) and goal.priority is not None and goal_id not in looped:
                siblings[goal.parent].append(
                    (PRIORITY_RANK[goal.priority], shares[goal_id], goal))
        for group in siblings.values():
            if len(group) > 1:  # most: a goal with no sibling funded from the pool
                yield from _inversions(group, pool, options.tolerance)


def _inversions(group: list[tuple[int, Share, Goal]], pool: Pool,
                tolerance: float) -> Iterator[Finding]:
    """Inversions among sibling goals that share one pool."""
    by_rank: dict[int, list[tuple[float, Goal]]] = defaultdict(list)
    for rank, share, goal in group:
        by_rank[rank].append((share.possible, goal))
    for entries in by_rank.values():
        entries.sort(key=lambda entry: entry[0])
    possible = {rank: [amount for amount, _ in entries] for rank, entries in by_rank.items()}
    for rank, share, goal in group:
        if share.certain <= 0:
            continue
        limit = share.certain / (1 + tolerance)
        starved: list[tuple[float, Goal]] = []
        count = 0
        for higher in sorted((r for r in by_rank if r > rank), reverse=True):
            below = bisect_left(possible[higher], limit)
            count += below
            starved.extend(by_rank[higher][:min(below, NAMED)])
        if count:
            yield _inversion(goal, share.certain, pool, starved[:NAMED], count)


def _inversion(goal: Goal, amount: float, pool: Pool, starved: list[tuple[float, Goal]],
               count: int) -> Finding:
    first_amount, first = starved[0]
    more = f", and {count - 1} other goal{'s' if count > 2 else ''} of higher priority " \
           "less still" if count > 1 else ""
    return goal.finding(
        f"{goal.priority} {goal.describe()} receives at least {_money(amount, pool)} from "
        f"{_lines(pool)}, while {first.priority} {first.describe()} receives at most "
        f"{_money(first_amount, pool)} from them{more}; move budget to the higher "
        "priorities, or revisit the priorities", field="priority",
        related=[other.related(f"{other.priority} goal {other.id} receives at most "
                               f"{_money(other_amount, pool)} from {_lines(pool)}",
                               "priority")
                 for other_amount, other in starved])


@rule(code="PL308", name="cross-unit-parent", category="alignment", severity="info",
      fails="planlint: 1\nunits:\n  - {id: group}\n  - {id: mopar, parent: group}\n"
            "  - {id: finance, parent: group}\n"
            "goals:\n  - {id: F1, unit: finance}\n  - {id: MP1, unit: mopar, parent: F1}\n",
      passes="planlint: 1\nunits:\n  - {id: group}\n  - {id: mopar, parent: group}\n"
             "  - {id: sales, parent: group}\npeople: [{id: cro, unit: group}]\n"
             "goals:\n  - {id: G1, unit: group}\n  - {id: MP1, unit: mopar, parent: G1}\n"
             "  - {id: S1, unit: sales, owner: cro, parent: G1}\n"
             "  - {id: MP2, unit: mopar, parent: S1}\n")
def cross_unit_parent(plan: Plan) -> Iterator[Finding]:
    """A goal's parent belongs to a unit that is neither the goal's unit nor one above it,
    and is not owned from one either.

    A cascade normally follows the organization: a unit's goals serve its own or its parent
    units' goals. A parent in a sibling or lower unit can be a deliberate cross-unit
    commitment, but often it is a misplaced link, and it leaves the goal's own management
    line without a goal to steer by. The parent is in the goal's management line when its
    unit, or the unit of the person who owns it, is the goal's unit or a unit above it:
    marketing's pipeline objective under Sales' bookings objective is a textbook cascade
    when both sit under Go-to-market and the head of Go-to-market owns the bookings
    objective. Goals where either side has no unit, or names an undefined unit, are left
    alone.
    """
    for goal in plan.goals:
        parent = plan.ref(goal, "parent", Goal)
        if parent is None or goal.unit is None or parent.unit is None:
            continue
        if not (isinstance(plan.get(goal.unit), Unit) and isinstance(plan.get(parent.unit), Unit)):
            continue
        line = (goal.unit, *plan.unit_ancestors(goal.unit))
        owner = plan.ref(parent, "owner", Person)
        if parent.unit in line or (owner is not None and owner.unit in line):
            continue
        related = [parent.related(f"goal {parent.id} belongs to unit {parent.unit}", "unit")]
        owned = ""
        if owner is not None and owner.unit not in (None, parent.unit):
            owned = (f", and its owner {owner.id} belongs to unit {owner.unit}, not to "
                     f"{goal.unit} or a unit above it either")
            related.append(owner.related(f"person {owner.id} belongs to unit {owner.unit}",
                                         "unit"))
        yield goal.finding(
            f"{goal.describe()} of unit {goal.unit} has parent {parent.id} of "
            f"unit {parent.unit}, which is neither {goal.unit} nor a unit above it{owned}; "
            f"choose a parent goal of {goal.unit} or a unit above it, or check the goals' "
            "units", field="parent", related=related)
