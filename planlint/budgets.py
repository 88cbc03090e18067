"""What the plan's budget lines pay for: the goals they fund and reach, and how much
money each goal of a cascade surely and possibly receives from each pool of lines.

The alignment rules judge money against the strategy with these facts; they live here,
in one place, rather than on the plan or in one rule's module.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from planlint.model import Budget, Goal, Initiative, Unit
from planlint.patterns import LazyPattern
from planlint.plan import Plan

#: Units of people's time a budget line may state its amount in (``FTE``, ``person-months``,
#: ``days per week``, ``engineers``, ``design meetings``).
PEOPLE_TIME = LazyPattern(r"\b(?:fte|wte|pm|person[- ]?(?:hours?|days?|weeks?|months?|years?)|"
                          r"hours?|days?|weeks?|months?|engineers?|developers?|staff|"
                          r"meetings?)\b", re.IGNORECASE)


def funded_goals(plan: Plan) -> frozenset[str]:
    """Ids of goals budget lines pay for as goals: the goals a line funds and, below
    them, each sub-goal of the line's unit or of a unit under it (a department's line
    for its objective pays for its teams' objectives). The climb down stops at a
    sub-goal of another unit; a line that names no defined unit pays only for what it
    funds, except a line for the plan's one top-level goal when that goal names no unit
    either (an executive order's line for its one aim, which every other goal serves): that
    money is the plan's, for its whole aim, and pays for every goal below it, whichever
    unit it is given to. A unit's top goal funded by a line naming no unit does not
    flow down."""
    funded: set[str] = set()
    passed: set[tuple[str, str]] = set()  # (unit, goal): each goal walked once per unit
    top = plan.top_goals
    for budget in plan.budgets:
        working = list(plan.refs(budget, "funds", Goal))
        funded.update(goal.id for goal in working)
        unit = budget.unit
        if unit is None and len(top) == 1 and top[0].unit is None \
                and any(goal.id == top[0].id for goal in working):
            funded.update(plan.closure(top, "parent", Goal, backward=True))
            continue
        if unit is None or not isinstance(plan.by_id.get(unit), Unit):
            continue
        while working:
            for goal in plan.subgoals(working.pop()):
                if (unit, goal.id) in passed or not (
                        goal.unit == unit or unit in plan.unit_ancestors(goal.unit)):
                    continue
                passed.add((unit, goal.id))
                funded.add(goal.id)
                working.append(goal)
    return frozenset(funded)


def operating_budgets(plan: Plan) -> list[Budget]:
    """The lines that are the plan's whole operating budget for their period: each pays
    for running all of the plan (``funds: all``) and the lines of its currency and period
    that name what they fund, or nothing, are its parts: its amount is at least theirs
    together (or it states none, and neither do they). The largest such line of each
    currency and period.

    A line with no parts in its own currency (a charter's Team Contact at 0.1 FTE beside
    money lines that name their work, or an overhead line in USD beside project lines in
    EUR) is no whole budget while lines of another currency name what they pay for: its
    amount cannot be set against theirs, and it does not pay for their work. A whole
    budget stated in no currency (``annual budgets for all business units``, no total
    given) is in every unit."""
    groups: dict[tuple[str | None, str | None], list[Budget]] = defaultdict(list)
    for budget in plan.budgets:
        groups[budget.currency, budget.period].append(budget)
    named = {budget.currency for budget in plan.budgets
             if budget.funds != "all" and budget.funds}
    found = []
    for (currency, _), lines in groups.items():
        partial = [budget for budget in lines if budget.funds != "all"]
        if not partial and currency is not None and named - {currency, None}:
            continue
        parts = sum(budget.amount or 0 for budget in partial)
        whole = [budget for budget in lines if budget.funds == "all" and (
            parts == 0 if budget.amount is None else budget.amount >= parts)]
        if whole:
            found.append(max(whole, key=lambda budget: budget.amount or 0))
    return found


def reallocated(plan: Plan) -> frozenset[str]:
    """Ids of the lines whose spending beyond their amount (all they spent, for a line
    the plan gave no amount) is money the plan's own rule lets be moved to them from
    other lines (``plan: budget_reallocation``, ``the Core Group can relocate budget up
    to 10,000 euros unused for already implemented activities to other upcoming or new
    activities``): the excess is no more than that allowance, and the lines of its
    currency and period that report their spending spent no more together than they were
    given, so the money came from the other lines' unspent share and not from outside
    the plan."""
    allowance = plan.info.budget_reallocation
    if allowance is None:
        return frozenset()
    balance: dict[tuple[str | None, str | None], float] = defaultdict(float)
    for line in plan.budgets:
        if line.spent is not None:
            balance[line.currency, line.period] += (line.amount or 0) - line.spent
    return frozenset(line.id for line in plan.budgets if line.spent is not None
                     and line.spent - (line.amount or 0) <= allowance
                     and balance[line.currency, line.period] >= 0)


def reached_goals(plan: Plan) -> frozenset[str]:
    """Ids of goals a budget reaches: paid for as goals (:func:`funded_goals`),
    through an initiative that supports them, or through a sub-goal that is reached.
    Worked out once per plan (:meth:`planlint.plan.Plan.shared`): two rules ask."""
    return plan.shared(_reached_goals)


def _reached_goals(plan: Plan) -> frozenset[str]:
    reached: set[str] = set(funded_goals(plan))
    for budget in plan.budgets:
        for target in plan.refs(budget, "funds", Initiative):
            reached.update(goal.id for goal in plan.refs(target, "supports", Goal))
    return frozenset(_with_ancestors(plan, reached))


def _with_ancestors(plan: Plan, goal_ids: set[str]) -> set[str]:
    """``goal_ids`` and every goal above them in the cascade (loops stop the climb)."""
    result: set[str] = set()
    for goal_id in goal_ids:
        current: str | None = goal_id
        while current is not None and current not in result:
            result.add(current)
            goal = plan.by_id.get(current)
            current = goal.parent if isinstance(goal, Goal) else None
    return result


#: Budget lines whose money is divided between alternatives: one unit's lines (``None``:
#: the lines that name no unit), in one currency and one period.
Pool = tuple[str | None, str | None, str | None]


@dataclass
class Share:
    """What a goal receives from one pool: money it surely gets, money it could get."""

    certain: float = 0.0
    possible: float = 0.0


def _destinations(plan: Plan, budget: Budget) -> list[str]:
    """Ids of the goals a line's money goes to: the goals it funds and the goals the
    initiatives it funds support."""
    goals: dict[str, None] = {}
    for target in plan.refs(budget, "funds"):
        if isinstance(target, Goal):
            goals[target.id] = None
        else:
            goals.update(dict.fromkeys(goal.id for goal in plan.refs(target, "supports", Goal)))
    return list(goals)


def _reach(destinations: list[str], parent_of: dict[str, str]) -> tuple[set[str], list[str]]:
    """The goals a line's money may reach (its destinations and every goal above them),
    and those it surely reaches (the goals at or above every destination).

    ``parent_of`` has no loops. A climb stops where an earlier one passed, so a line
    costs the goals it reaches."""
    first: dict[str, int | None] = {}
    current: str | None = destinations[0]
    while current is not None:
        first[current] = len(first)
        current = parent_of.get(current)
    meets = dict(first)
    lowest: int | None = 0
    for destination in destinations[1:]:
        path: list[str] = []
        current = destination
        while current is not None and current not in meets:
            path.append(current)
            current = parent_of.get(current)
        meet = meets.get(current) if current is not None else None
        meets.update(dict.fromkeys(path, meet))
        lowest = None if lowest is None or meet is None else max(lowest, meet)
    return set(meets), list(first)[lowest:] if lowest is not None else []


def _in_parent_loops(parent_of: dict[str, str]) -> set[str]:
    """Ids of the goals on a loop of ``parent`` links (each goal is walked once)."""
    looped: set[str] = set()
    done: set[str] = set()
    for start in parent_of:
        path: dict[str, None] = {}
        current: str | None = start
        while current is not None and current not in done and current not in path:
            path[current] = None
            current = parent_of.get(current)
        if current is not None and current in path:
            steps = list(path)
            looped.update(steps[steps.index(current):])
        done.update(path)
    return looped


def _rolled_up(own: dict[str, float], parent_of: dict[str, str]) -> dict[str, float]:
    """Each goal's own money plus that of every goal below it, for the goals at or above
    those in ``own`` (``parent_of`` has no loops); each of them is visited once."""
    waiting: dict[str, int] = defaultdict(int)  # sub-goals not yet added to a goal
    total: dict[str, float] = {}
    for goal_id in own:
        current: str | None = goal_id
        while current is not None and current not in total:
            total[current] = own.get(current, 0.0)
            current = parent_of.get(current)
            if current is not None:
                waiting[current] += 1
    ready = [goal_id for goal_id in total if not waiting[goal_id]]
    while ready:
        goal_id = ready.pop()
        parent = parent_of.get(goal_id)
        if parent is not None:
            total[parent] += total[goal_id]
            waiting[parent] -= 1
            if not waiting[parent]:
                ready.append(parent)
    return total


#: A line's title that states what one item's work is estimated to take (``Effort: 3 PM``,
#: ``Estimated cost of the pilot``, ``Estimate: 2 FTE``), not a year's spending labelled as
#: estimated (``Estimated FY21 spending``).
_ESTIMATE = LazyPattern(r"^\s*(?:effort\b|estimated? (?:cost|effort)\b|estimate\W)",
                        re.IGNORECASE)


def estimates_work(budget: Budget) -> bool:
    """Whether a budget line states the estimate of one item's work (``Effort: 3 PM``):
    the size of that work, set by what the work takes, not a share of a pool the plan
    divides between alternatives."""
    return budget.funds != "all" and len(budget.funds) == 1 and bool(
        _ESTIMATE.match(budget.title or ""))


#: A reserve of money a goal's title names as its aim (``Build Up Some Buffer``, ``Grow our
#: operating reserves``, ``A rainy-day fund``, ``Contingency``).
_RESERVE = LazyPattern(r"\b(?:buffers?|reserves?|rainy[- ]day|contingenc(?:y|ies))\b",
                       re.IGNORECASE, needs=("buffer", "reserve", "rainy", "contingenc"))

#: Money set aside, named as such (``buffer funds``, ``a reserve fund``, ``cash reserves``,
#: ``an emergency fund``): not a buffer zone, a nature reserve or a contingency plan.
_SET_ASIDE = LazyPattern(
    r"\b(?:(?:buffer|reserve|contingency|emergency|rainy[- ]day|savings) funds?|"
    r"(?:cash|financial|operating|unrestricted) (?:reserves?|buffers?))\b",
    re.IGNORECASE, needs=("fund", "reserve", "buffer"))


def saved_by_line(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is to build or keep a reserve of money that a budget line of the
    plan funds directly: its title names a reserve (``_RESERVE``: ``Build Up Some
    Buffer``), and its title or the title of a line that funds it names the reserve as
    money set aside (``_SET_ASIDE``: ``Use the remaining ~10% to build up some buffer
    funds``). Setting the line's money aside is the whole of the work the goal asks."""
    if not _RESERVE.search(goal.title or ""):
        return False
    lines = plan.referrers(goal, "funds", Budget)
    return bool(lines) and any(_SET_ASIDE.search(text or "") for text in
                               (goal.title, *(budget.title for budget in lines)))


def pool_shares(plan: Plan) -> tuple[dict[Pool, dict[str, Share]], set[str]]:
    """For each pool, what each goal surely and possibly receives, rolled up the cascade;
    and the goals on a parent loop, which money does not climb into.

    A line is received surely by the goals at or above all of its destinations, and
    possibly by every goal at or above any of them. Lines with one destination, the
    usual case, are added up per goal first and rolled up the cascade once per pool.
    """
    parent_of = {goal.id: parent.id for goal in plan.goals
                 if (parent := plan.ref(goal, "parent", Goal)) is not None}
    looped = _in_parent_loops(parent_of)
    parent_of = {goal: parent for goal, parent in parent_of.items()
                 if goal not in looped and parent not in looped}
    pools: dict[Pool, dict[str, Share]] = defaultdict(lambda: defaultdict(Share))
    single: dict[Pool, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for budget in plan.budgets:
        if budget.amount is None or budget.amount <= 0 or estimates_work(budget):
            continue
        destinations = _destinations(plan, budget)
        pool = (budget.unit, budget.currency, budget.period)
        if len(destinations) == 1:
            single[pool][destinations[0]] += budget.amount
        elif destinations:
            shares = pools[pool]
            possible, certain = _reach(destinations, parent_of)
            for goal_id in possible:
                shares[goal_id].possible += budget.amount
            for goal_id in certain:
                shares[goal_id].certain += budget.amount
    for pool, own in single.items():
        shares = pools[pool]
        for goal_id, amount in _rolled_up(own, parent_of).items():
            shares[goal_id].possible += amount
            shares[goal_id].certain += amount
    return pools, looped
