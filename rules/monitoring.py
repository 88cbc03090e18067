"""PL8 monitoring: the plan is reviewed, measured and adjusted while it runs.

The rules of work and money: late work, off-track ratings the plan gives itself with no
answer, and overspent or underspent budgets. The time-aware rules judge status at the
as-of date (``--as-of``, else ``plan.as_of``, else today) through
:mod:`planlint.timeline`, never at the wall clock. Measures read against their targets
are in :mod:`planlint.rules.off_track`, figures read when due in
:mod:`planlint.rules.staleness`, the review rules in :mod:`planlint.rules.reviews`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from textwrap import dedent

from planlint.budgets import PEOPLE_TIME, reallocated
from planlint.finding import Finding
from planlint.measure_words import worded
from planlint.model import EVENT_CADENCES, Budget, Goal, Initiative, Metric, one_line
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.practice import NAMED, by_practice, status_kept_elsewhere, widespread
from planlint.ruledef import rule
from planlint.timeline import (
    add_cadence,
    before_programme,
    continuing,
    latest_actual,
    slower_than,
    stated_dues,
)
from planlint.wording import joined, number

from . import off_track
from ._answers import answered_in_words, denied, responded
from ._text import being_piloted, kept_up, not_public
from .off_track import OffTrackOptions, late_to_start


@rule(code="PL807", name="overdue-initiative", category="monitoring", severity="warning",
      fails=dedent("""\
          planlint: 1
          plan: {as_of: 2001-06-30}
          initiatives:
            - {id: I1, title: Dealer portal, start: 2000-09-01, end: 2001-03-31, status: active}
            - {id: I3, title: Supplier cost summit, start: 2001-05-01, end: 2001-09-30,
               status: planned}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {as_of: 2001-06-30}
          initiatives:
            - {id: I1, title: Dealer portal, start: 2000-09-01, end: 2001-03-31, status: done}
            - {id: I2, title: Platform consolidation, end: 2002-12-31, status: active}
            - {id: I3, title: Supplier cost summit, start: 2001-09-01, end: 2001-09-30,
               status: planned}
            - {id: I4, title: Collaboration with the Parts Division on its dealer app,
               start: 2001-01-01, end: 2001-03-31, status: active}
            - {id: I5, title: Dealer training, end: 2001-04-30, status: active}
            - {id: I6, title: Warranty claims audit, end: 2001-03-31}
            - {id: I7, title: Parts catalogue refresh, end: 2001-03-31}
            - {id: I8, title: Supplier scorecards, end: 2001-03-31}
            - {id: I9, title: Publish the dealer network review, end: 2001-06-15,
               status: active, supports: [G1]}
            - {id: I10, title: Dealer account reconciliation, end: 2001-05-31,
               status: active, supports: [G2]}
            - {id: I11, title: Dealer app for tablets, start: 2000-09-01, end: 2001-03-31,
               status: on-hold}
            - {id: I12, title: Dealer academy, start: 2001-04-01, end: 2001-12-31,
               status: planned, x-status: Needs funding}
            - {id: I13, title: Pilot the dealer kit, start: 2000-10-01, end: 2000-12-31,
               status: active, x-progress: The kit is being piloted in three regions.}
            - {id: I14, title: Showroom standards, end: 2001-03-31, status: active,
               description: We have created the standards which continue to be refined.}
            - {id: I15, title: Dealer survey, end: 2001-03-31}
          goals:
            - {id: G1, title: Stronger dealer network}
            - {id: G2, title: Reconcile the dealer accounts,
               actuals: [{date: 2001-03-31, text: Partial corrective action was taken.}]}
          changes:
            - {date: 2001-05-15, item: I5, field: end, from: 2001-04-30, to: after the launch,
               reason: the trainers wait for the portal's launch}
          communications:
            - {id: C1, title: Work plan, one issue per deliverable, channel: GitHub issues}
            - {id: C2, title: Progress tracker site, cadence: monthly, covers: [G1]}
          """))
def overdue_initiative(plan: Plan) -> Iterator[Finding]:
    """An initiative's ``end`` is before the as-of date and its status is neither done
    nor cancelled, or its ``start`` is before the as-of date and it is still ``planned``.

    Work that runs past its end date without anyone deciding to extend, finish or stop it,
    or that never starts when the plan says it starts, is work nobody is monitoring; the
    plan says one thing and the organization does another. An initiative without a status
    counts as not done, and is not judged on its start; one both late to end and still
    planned is reported once, for its end. A start is often stated by its month (``August
    2026``), so an initiative is late to start once a month has passed since its ``start``;
    and work given a window of a month to a quarter (a roadmap's ``Q4``, January 1 to March
    31) may start any time in it, so only its end is judged. A continuing duty (``kind:
    ongoing``) has no end to be late for, nor has work whose title names no end state of its
    own: an effort to ``make progress`` on something, or a ``collaboration with`` a partner
    on the partner's work, whose pace is the partner's; their dates say when they are the
    focus. Nor is work the plan reports ``active`` in the words of an effort kept up (see
    initiative-without-dates) or of work that goes on by design once made (a thing made that
    ``continues to be developed``, an implementation ``updated as the spec evolves``), nor a
    pilot its report says ``is being piloted``: its end state is reached, or is the trying
    itself. Nor is work whose plan records a decision about it once its date had come: a
    ``changes`` entry of its schedule, status or scope, with the reason (work deferred until
    a partner is ready), is what the finding would ask for. Nor is work the plan puts on
    hold on purpose (``status: on-hold``: paused, parked): pausing it is such a decision,
    and its dates wait on the one that takes it up again. Nor is work still planned whose
    own words or status say it waits on funding it has not received (``Status: Needs
    funding``, ``Pending funding``) judged on its start: it starts when a funder pays for
    it, and its end is still judged. Nor is work whose status the plan publishes a month or
    more often (a communication with that cadence covering a goal the work serves, or one
    above it: a government's business plan tracker, "the current status of each action, and
    explanations for any deadlines missed, updated monthly") and whose end is less than one
    step of that cadence before the as-of date: the update that would report it done, or
    explain the miss, is not out yet (a deadline month judged the day after it closed). Nor
    is work the plan or its report calls a project of several years (``Completion Status:
    Multi-Year Project``, a ``multi-year initiative``) whose end is only the date every
    piece of the plan's work shares, before the plan's horizon ends: a multi-year plan's
    annual update lists its objectives for one year (a column headed ``FY 2018``), and that
    date is the year's, not the end of work said to run for years. Nor is work whose status
    the plan reports with the graded results of the goals it serves, all dated before its
    end (an audit's follow-up schedule giving each finding's status, "Partial corrective
    action was taken", as of the fiscal year's close, and published months later): the
    plan's last word on the work is from before its date, as a milestone's reading from
    before its due date is, and it may have been done since; that the report came out after
    the date is the lag of its publication, not lateness. Nor is work due on or after the
    date the plan reports its work's statuses at, where it says they are of a date before
    its as-of date (``plan: status_as_of``: a pupil premium statement whose review of the
    year's activities is dated January, while its figures were updated in May): the status
    was given before the work was due, and it may have been done since; work is judged late,
    and late to start, by that date. Nor is work due before the plan's horizon starts, in a
    plan dated no later than that start: a programme adopted before its period begins (an
    agency's single programming document, drafted in the autumn and printed in the new year)
    sets out that period's work and reports no status; what was due before it is the
    previous period's, whose status the report on that period gives. Nor is a deliverable
    with no status that the plan says is not published (``Data Management Plan (Not publicly
    available)``, a ``Confidential report``, one ``made available to the participants``): a
    public table can never link or report it, so no state is missing from the published
    plan; a status the plan does give is judged. When more than a third of the initiatives
    past their end have no status, the plan does not record status at all, and is reported
    once instead of each initiative, unless it publishes its work item by item on a work
    tracker (a Trello or Kanban board, a project board, GitHub issues), whose columns or
    labels keep each one's status, or says it tracks its work in another document or tool
    (``plan: withheld: [initiatives]``: a team's roadmap timeline whose work its sprint
    board tracks), which keeps it there. Work due when the plan itself ends (a 100-day
    agenda whose actions have no dates of their own) that is widely still under way after it
    is one overrun of the plan, reported once, not one per action.

    Work with no end of its own is due when the goals it serves are: a goal whose own date
    (``By 2025, establish a communication plan``, due 2025-12-31), or that of a goal above
    it, has passed while work on it with no end date is still ``active`` or ``blocked`` is
    overdue, and is reported once, at the goal, naming that work: nobody has decided to
    finish, stop or re-date what the goal asked for by then. A goal whose date is only the
    plan's end, one graded by a result of its own (see off-track-metric), one whose plan
    records a decision about it or its work once its date had come, and work not yet begun
    (still ``planned``, which a goal's measures or a start date report) are not judged so,
    nor a continuing duty or work with measures of its own, whose deliverables
    off-track-metric and stale-metric judge (a quarter's crash courses, each one reported).
    """
    as_of = plan.status_as_of
    ended = [initiative for initiative in plan.initiatives
             if initiative.end is not None and initiative.end < as_of
             and not continuing(initiative) and not before_programme(plan, initiative.end)]
    # A deliverable the plan says is not published has no state a published plan can give.
    asked = [initiative for initiative in ended
             if initiative.status is not None or not not_public(initiative)]
    unknown = [initiative.finding(
        f"{initiative.describe()} was to end on {initiative.end} but has no status as of "
        f"{as_of}; mark it done or cancelled, or set a new end date with the reason",
        field="end") for initiative in asked if initiative.status is None]
    if not status_kept_elsewhere(plan, len(unknown), len(asked)):
        yield from by_practice(plan, unknown, len(asked), items="initiatives that were to "
                               f"end before {as_of}", lacking="have no status",
                               fix="record under each one's status whether it is done, "
                                   "cancelled or still under way")
    horizon = plan.info.horizon
    plan_end = horizon.end if horizon is not None else None
    due_with_plan = [initiative for initiative in ended if initiative.end == plan_end]
    late_with_plan = [initiative.finding(
        f"{initiative.describe()} was to end with the plan on {initiative.end} but is "
        f"still {initiative.status} as of {as_of}", field="end")
        for initiative in due_with_plan
        if initiative.status is not None and not initiative.finished
        and not initiative.on_hold]
    overran = widespread(len(late_with_plan), len(due_with_plan))
    if overran:
        yield from by_practice(plan, late_with_plan, len(due_with_plan),
                               items=f"initiatives due at the plan's end, {plan_end},",
                               lacking="are still under way",
                               fix="close each out as done or cancelled, or give the work "
                                   "that goes on its own end date with the reason")
    for initiative in plan.initiatives:
        if initiative.finished or initiative.status is None or initiative.on_hold:
            continue
        if initiative.end is not None and initiative.end < as_of \
                and not continuing(initiative):
            if before_programme(plan, initiative.end) or (overran and initiative.end == plan_end) \
                    or plan.decided(initiative, initiative.end) is not None \
                    or _update_pending(plan, initiative, initiative.end) \
                    or _multi_year_step(plan, initiative, initiative.end) \
                    or _reported_before(plan, initiative, initiative.end) \
                    or kept_up(initiative) or being_piloted(initiative):
                continue
            yield initiative.finding(
                f"{initiative.describe()} was to end on {initiative.end} but is still "
                f"{initiative.status} as of {as_of}; mark it done or cancelled, or set a "
                "new end date with the reason",
                field="end")
        elif late_to_start(plan, initiative):
            yield initiative.finding(
                f"{initiative.describe()} was to start on {initiative.start} but is still "
                f"planned as of {as_of}; start it, or set a new start date with the reason",
                field="start")
    yield from _outlived_goals(plan)


def _status_cycles(plan: Plan) -> dict[str, str]:
    """For each goal, the cadence of the most frequent publication of its work's status
    that comes round a month or more often (a communication with that calendar cadence
    covering the goal or a goal above it: a live tracker's monthly update)."""
    direct: dict[str, str] = {}
    for communication in plan.communications:
        cadence = communication.cadence
        if cadence is None or cadence in EVENT_CADENCES or slower_than(cadence, "monthly"):
            continue
        for goal_id in communication.covers:
            known = direct.get(goal_id)
            if known is None or slower_than(known, cadence):
                direct[goal_id] = cadence
    if not direct:
        return {}
    return {goal_id: cadence for goal_id, cadence in plan.inherited(
        lambda goal: direct.get(goal.id), "").items() if cadence} | direct


def _update_pending(plan: Plan, initiative: Initiative, end: date) -> bool:
    """Whether the plan publishes the status of an initiative's work a month or more
    often (see :func:`_status_cycles`) and its end is less than one step of that cadence
    before the as-of date: the update that would report it done, or explain the miss, is
    not out yet."""
    cycles = plan.shared(_status_cycles)
    if not cycles:
        return False
    steps = [cycles[goal_id] for goal_id in initiative.supports if goal_id in cycles]
    return any(add_cadence(end, cadence) >= plan.as_of for cadence in steps)


def _reported_before(plan: Plan, initiative: Initiative, end: date) -> bool:
    """Whether every goal an initiative serves (one at least) is graded by results of its
    own, and the latest of them by the as-of date is from before the initiative's ``end``:
    the status the plan gives the work is that report's, from before the work was due."""
    goals = plan.refs(initiative, "supports", Goal)
    if not goals or len(goals) != len(initiative.supports):
        return False
    as_of = plan.as_of
    latest = [max((actual.date for actual in goal.actuals if actual.date <= as_of),
                  default=None) for goal in goals]
    return all(day is not None and day < end for day in latest)


#: Work its plan or report calls a project of several years (``Completion Status:
#: Multi-Year Project``, the Arizona Management System's grade; ``a multi-year
#: initiative``).
_MULTI_YEAR = LazyPattern(r"\bmulti[- ]?year (?:project|initiative|effort|programme|program)s?\b",
                          re.IGNORECASE)


def _year_of_work(plan: Plan) -> date | None:
    """The one end date every dated initiative of the plan shares, when it is before the
    end of the plan's horizon: the year a multi-year plan's annual update lists its
    objectives for (a column headed ``FY 2018``), which dates the list, not each piece
    of work; ``None`` elsewhere."""
    horizon = plan.info.horizon
    ends = {initiative.end for initiative in plan.initiatives if initiative.end is not None}
    if len(ends) != 1 or horizon is None or horizon.end is None:
        return None
    [end] = ends
    return end if end < horizon.end else None


def _multi_year_step(plan: Plan, initiative: Initiative, end: date) -> bool:
    """Whether an initiative the plan calls a project of several years (see
    ``_MULTI_YEAR``) ends only with the year its plan lists all its work for (see
    :func:`_year_of_work`): that date is the year's, and the work goes on by design."""
    return end == plan.shared(_year_of_work) \
        and _MULTI_YEAR.search(worded(initiative.title, initiative.description)) is not None


def _outlived_goals(plan: Plan) -> Iterator[Finding]:
    """Goals whose stated date has passed while work on them with no end of its own is
    still under way, with no decision recorded since (see :func:`overdue_initiative`);
    once per goal, naming the work, by the date the work's statuses are reported at."""
    as_of = plan.status_as_of
    open_work: dict[str, list[Initiative]] = defaultdict(list)
    for initiative in plan.initiatives:
        if initiative.end is None and initiative.status in ("active", "blocked") \
                and not initiative.metrics and not continuing(initiative):
            for goal_id in initiative.supports:
                open_work[goal_id].append(initiative)
    if not open_work:
        return
    dues = plan.shared(stated_dues)
    for goal in plan.goals:
        work = open_work.get(goal.id)
        due = dues.get(goal.id)
        if not work or due is None or due >= as_of or goal.actuals \
                or plan.decided(goal, due) is not None:
            continue
        work = [initiative for initiative in work if plan.decided(initiative, due) is None]
        if not work:
            continue
        named = [initiative.id for initiative in work[:NAMED]]
        if len(work) > NAMED:
            named.append(f"{len(work) - NAMED} more")
        still = joined(sorted({initiative.status or "" for initiative in work}), "or")
        yield goal.finding(
            f"{goal.describe()} was due by {due}, but its work {joined(named)}, with no end "
            f"date of its own, {'is' if len(work) == 1 else 'are'} still {still} as of "
            f"{as_of}; finish or cancel that work, or set the goal a new date with the "
            "reason", field="due" if goal.due is not None else None,
            related=[initiative.related(f"initiative {initiative.id} is still "
                                        f"{initiative.status}", "status")
                     for initiative in work[:NAMED]])


@rule(code="PL808", name="overspent-budget", category="monitoring", severity="error",
      local=True,
      fails=dedent("""\
          planlint: 1
          budgets:
            - {id: B1, title: Flexible tooling, amount: 310000000, spent: 342000000}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {id: P, budget_reallocation: 10000}
          budgets:
            - {id: B1, title: Flexible tooling, amount: 310000000, spent: 310000000}
            - {id: B2, title: Mobility grants, amount: 42500, spent: 44785}
            - {id: B3, title: Postponed school, amount: 13710, spent: 0}
            - id: B4
              title: Macroeconomic accounts
              amount: 128227129
              spent: 128571340
              currency: CAD
              response: >-
                The increase in actual spending is largely related to a realignment of
                programs; the agency also received funding in year.
            - {id: B5, title: Field programmes, amount: 900, spent: 700, currency: GBP}
            - {id: B6, title: Internal services, amount: 100, spent: 120, currency: GBP,
               funds: all}
            - {id: B7, title: Environmental review (closed), amount: 7425, spent: 7425.50,
               currency: USD}
            - {id: B8, title: Disposition authorizations total authorities 2016-17,
               amount: 3435702, spent: 3698370, currency: CAD, period: 2016-17}
            - {id: B9, title: Access to documentary heritage total authorities 2016-17,
               amount: 34071149, spent: 32694622, currency: CAD, period: 2016-17}
            - {id: B10, title: Fleet maintenance actual spending 2016-17, spent: 182973011,
               currency: CAD, period: 2016-17, funds: [I1]}
            - {id: B11, title: Fleet maintenance planned FTEs 2016-17, amount: 185,
               spent: 273.2, currency: FTE, period: 2016-17, funds: [I1]}
            - {id: B12, title: "Action 1.13: Standard achievement", amount: 4595643,
               spent: 4841218, currency: USD, period: 2021-22, funds: [I2]}
            - {id: B13, title: "Action 1.10: English learners", amount: 5728642,
               spent: 5401289, currency: USD, period: 2021-22, funds: [I3]}
          """))
def overspent_budget(plan: Plan) -> Iterator[Finding]:
    """A budget line has ``spent`` more than its ``amount``.

    Overspending is the budget's own off-track signal: the work costs more than the plan
    allowed, and the money comes from somewhere the strategy did not choose. Spending
    exactly the amount is fine; a line without both values is not judged. A plan that states
    its own rule for moving money between its lines (``plan: budget_reallocation``: a
    grant's work and budget plan whose Core Group "can relocate budget up to 10,000 euros
    unused for already implemented activities to other upcoming or new activities") chose
    where that money goes: a line over by no more than that allowance, while the lines of
    its currency and period together spent no more than they were given, was paid from
    another line's unspent share as the plan allows, and is not reported. An excess beyond
    the allowance, or lines that together overspent, still are (but for a small variance,
    below). Nor is a line whose ``response`` states the plan's explanation of its variance
    (a results report's "The increase in actual spending versus planned spending is largely
    related to a realignment of programs…"), as off-track-metric takes an actual's response:
    the plan has said where the money came from and why, and the overspend is accounted for,
    not an unnoticed one; a line over with no word on it is reported. Nor is a line of
    people's time (FTE, person-months) beside a money line for the same work and period that
    stayed within its amount (a results report's planned and actual FTEs of a program,
    beside its authorities and actual spending): the people were paid within the money
    allowed, so more of them than forecast is no overspend; so too beside a money line that
    states what the work spent but no amount of its own (a results report's sub-program,
    given actual spending but no authorities, which its program holds) while the money lines
    of its currency and period together spent no more than they were given: the work's money
    was allowed within theirs. Beside a money line that overspent, or none, or one without
    an amount in a plan that overspent, it is judged on its own. Nor is a money line of the
    running costs of the whole plan (``funds: all``: a results report's Internal Services,
    an overhead line) over while the money lines of its currency and period together spent
    no more than they were given (an agency 81 M under its total authorities): running costs
    serve every line's work, so what they took beyond their share was the plan's own unspent
    money spent on its own work, not money from outside it; the people's time beside such a
    line counts as paid within the money too. Running costs while the lines together
    overspent are still reported, and so is a line that pays for named work, unless its
    excess is small: nor is any money line over its amount by less than a tenth of it while
    the money lines of its currency and period together spent no more than they were given
    (an LCAP's estimated actual expenditure for one action 5% above its planned expenditure,
    in a year whose planned total came in lower; an association's spending forecast, one
    line 9% over in a year that spent half of it): the line missed its estimate by the
    margin a budget's estimates carry, the plan's own unspent money met it, and no reviewer
    would ask for it to be approved or cut; the people's time beside it counts as paid
    within the money too. A line a tenth or more over, or one whose currency's lines
    together overspent, is still reported. Nor is a money line in a plain currency (``USD``,
    ``EUR``: a bare currency code, no scale such as ``USD m``) over by less than one unit of
    it (a closed contract's $7,425.50 paid against $7,425.00 in a commitment report): cents
    over a whole amount are a rounding difference of the books, not money a reviewer would
    ask to be approved or cut; a whole unit over, or any excess of a line in thousands or
    millions, or of people's time, is reported. Nor is a money line that is one year's share
    of a sum appropriated once and available for several years (the plan says its money is
    "to remain available until" a date or "until expended", the standing words of a
    multi-year or no-year appropriation: a court's spending plan for a supplemental
    appropriation, phased year by year) while the lines of the same work and currency over
    all their periods together spent no more than the sum of their amounts: a year running
    ahead of its share re-times spending within the one total and exceeds no approved
    amount; a line whose work spent more than all its years' shares, or in a plan that does
    not say its money outlives the year, is reported. Nor is a money line that states its
    amount as a program's "total authorities" (the Government of Canada's "Total authorities
    available for use" of a results report's budgetary performance summary) over while the
    money lines of its currency and period together spent no more than they were given:
    authorities are Parliament's approvals for an organisation to spend, voted by vote
    (operating, capital, grants), not by program, so a program's authorities are its share
    of the organisation's votes and a program over its share while the organisation spent
    within its authorities moved money within them, not beyond any approval; the people's
    time beside such a line counts as paid within the money too. A line of authorities while
    the lines together overspent, or a line named otherwise (a "Final Appropriation" per
    programme, a budget authority per account), is still reported.
    """
    moved = reallocated(plan)
    pooled = _multi_year_within(plan)
    shared = _running_costs_within(plan) | _authorities_within(plan) | _variance_within(plan)
    within = _money_within(plan, shared)
    for budget in plan.budgets:
        if budget.amount is None or budget.spent is None or budget.spent <= budget.amount \
                or budget.id in moved or budget.id in shared or budget.id in pooled \
                or (budget.response or "").strip() or _cents_over(budget) \
                or (_people_time(budget) and _work_of(budget) in within):
            continue
        currency = f" {budget.currency}" if budget.currency else ""
        over = budget.spent - budget.amount
        share = f" ({over / budget.amount:.0%})" if budget.amount > 0 else ""
        yield budget.finding(
            f"{budget.describe()} has spent {number(budget.spent)}"
            f"{currency} of {number(budget.amount)}, {number(over)}{share} over; raise "
            "the amount with approval, or cut the work it funds",
            field="spent")


#: A plain currency: a bare ISO 4217 code, with no scale (``USD``, not ``USD m``); ``FTE``
#: and ``WTE`` are people's time (:func:`_people_time`), not money.
_PLAIN_CURRENCY = LazyPattern(r"[A-Z]{3}")


#: The standing words of an appropriation available for more than its year: "to remain
#: available until September 30, 2031", "available until expended".
_MULTI_YEAR_MONEY = LazyPattern(r"\bremains? available until\b|\bavailable until expended\b",
                                re.IGNORECASE)


def _multi_year_within(plan: Plan) -> frozenset[str]:
    """Ids of the money lines, in a plan that says its money remains available beyond
    the year, whose work and currency have lines in several periods that together spent
    no more than the sum of their amounts: yearly shares of one multi-year total."""
    if not _MULTI_YEAR_MONEY.search(plan.info.description or ""):
        return frozenset()
    pots: dict[tuple[str | tuple[str, ...], str | None], list[Budget]] = defaultdict(list)
    for line in plan.budgets:
        if line.funds and line.period and line.amount is not None \
                and not _people_time(line):
            pots[line.funds, line.currency].append(line)
    return frozenset(
        line.id for lines in pots.values()
        if len({line.period for line in lines}) > 1
        and sum(line.spent or 0 for line in lines) <= sum(line.amount or 0 for line in lines)
        for line in lines)


def _cents_over(budget: Budget) -> bool:
    """Whether a money line in a plain currency spent less than one unit of it more than
    its amount: a rounding difference (cents), not an overspend."""
    return bool(budget.currency and _PLAIN_CURRENCY.fullmatch(budget.currency)) \
        and not _people_time(budget) and budget.amount is not None and budget.spent is not None \
        and budget.spent - budget.amount < 1


def _people_time(budget: Budget) -> bool:
    """Whether a budget line is stated in people's time (FTE, person-months), not money."""
    return bool(budget.currency and PEOPLE_TIME.search(budget.currency))


def _work_of(budget: Budget) -> tuple[str | tuple[str, ...], str | None]:
    """What a budget line pays for and when: its funds and its period."""
    return budget.funds, budget.period


def _money_balance(plan: Plan) -> dict[tuple[str | None, str | None], float]:
    """What the money lines that state both an amount and what was spent left unspent
    together, by currency and period (negative where they together overspent)."""
    balance: dict[tuple[str | None, str | None], float] = defaultdict(float)
    for line in plan.budgets:
        if line.amount is not None and line.spent is not None and not _people_time(line):
            balance[line.currency, line.period] += line.amount - line.spent
    return balance


def _running_costs_within(plan: Plan) -> frozenset[str]:
    """Ids of the money lines of the whole plan's running costs (``funds: all``) that
    spent more than their amount while the money lines of their currency and period that
    state both together spent no more than they were given: the plan's own unspent money
    paid for the costs every line's work shares."""
    balance = _money_balance(plan)
    return frozenset(
        line.id for line in plan.budgets
        if line.funds == "all" and not _people_time(line) and line.amount is not None
        and line.spent is not None and line.spent > line.amount
        and balance[line.currency, line.period] >= 0)


#: A money line stated as an organisation's authorities attributed to a program: the
#: Government of Canada's "Total authorities available for use" (every Departmental
#: Results Report's budgetary performance summary, by program).
_PROGRAM_AUTHORITIES = LazyPattern(r"\btotal authorities\b|\bauthorities available for use\b",
                                   re.IGNORECASE)


def _authorities_within(plan: Plan) -> frozenset[str]:
    """Ids of the money lines stated as a program's total authorities that spent more
    than their amount while the money lines of their currency and period that state both
    together spent no more than they were given: a program's share of authorities voted
    to the whole organisation, exceeded within them."""
    over = [line for line in plan.budgets
            if not _people_time(line) and line.amount is not None and line.spent is not None
            and line.spent > line.amount and _PROGRAM_AUTHORITIES.search(line.title or "")]
    if not over:
        return frozenset()
    balance = _money_balance(plan)
    return frozenset(line.id for line in over if balance[line.currency, line.period] >= 0)


#: The share of a money line's amount it may spend beyond it (less than this), while the
#: money lines of its currency and period together spent no more than they were given,
#: before it is an overspend (see overspent-budget).
_VARIANCE = 0.1


def _variance_within(plan: Plan) -> frozenset[str]:
    """Ids of the money lines that spent more than their amount by less than
    ``_VARIANCE`` of it while the money lines of their currency and period that state
    both together spent no more than they were given: a line's estimate missed by a
    small margin in a budget underspent as a whole."""
    over = [line for line in plan.budgets
            if not _people_time(line) and line.amount is not None and line.spent is not None
            and 0 < line.spent - line.amount < _VARIANCE * line.amount]
    if not over:
        return frozenset()
    balance = _money_balance(plan)
    return frozenset(line.id for line in over if balance[line.currency, line.period] >= 0)


def _money_within(plan: Plan, shared: frozenset[str] = frozenset()
                  ) -> set[tuple[str | tuple[str, ...], str | None]]:
    """The work and periods (:func:`_work_of`) whose money lines all state what was
    spent and spent no more than their amount (or are lines in ``shared``, running costs
    or a program's authorities paid from the plan's own unspent money, or state no amount
    of their own while the money lines of their currency and period together spent no
    more than they were given: a results report's sub-program, whose authorities its
    program holds): work paid within the money allowed."""
    lines: dict[tuple[str | tuple[str, ...], str | None], list[Budget]] = defaultdict(list)
    for budget in plan.budgets:
        if budget.funds and not _people_time(budget):
            lines[_work_of(budget)].append(budget)
    if not lines:
        return set()
    balance = _money_balance(plan)
    return {work for work, money in lines.items() if all(
        budget.spent is not None and (
            budget.spent <= budget.amount or budget.id in shared if budget.amount is not None
            else balance.get((budget.currency, budget.period), -1.0) >= 0)
        for budget in money)}


_RATED = dedent("""\
    planlint: 1
    plan: {as_of: 2001-06-30}
    goals:
      - {id: G1, title: Stronger dealer network}
    initiatives:
      - {id: I1, title: Dealer portal, supports: [G1], status: active, rating: off-track}
      - {id: I2, title: Dealer training, supports: [G1], status: active, rating: off-track,
         response: two of our three trainers left in January; a contractor starts in July}
      - {id: I3, title: Parts catalogue, supports: [G1], status: active, rating: on-track}
      - {id: I4, title: Warranty audit, supports: [G1], status: active, rating: off-track,
         response: the auditor withdrew; a new one was appointed in May}
    """)


@rule(code="PL813", name="unanswered-off-track-rating", category="monitoring",
      severity="warning", options=OffTrackOptions, fails=_RATED,
      passes=_RATED.replace("rating: off-track}", "rating: off-track,\n"
                            "     response: the vendor went bankrupt; a new one starts in "
                            "August}"))
def unanswered_off_track_rating(plan: Plan, options: OffTrackOptions) -> Iterator[Finding]:
    """The plan rates a goal, metric or initiative off track itself (``rating:
    off-track``: red, ``Delayed``, ``Late``) and states no response to it: no ``response``
    on the item (for a metric, on its latest actual) and no decision recorded about it. A
    goal's or metric's latest result in words that says its work is held up by something it
    waits on (``blocked from Community IT side``, ``This milestone is PENDING OMB Open Data
    Guidance``) is the plan's own word that it is stopped, as a red rating is, and is judged
    the same way: nothing saying what is done to unblock it, or by when, leaves it waiting;
    a bare ``Blocked``, which names nothing it waits on, is not read so.

    A plan that rates its own work behind and says nothing of why or what it will do has
    held the review and skipped the adjustment: the rating is the alarm, the response the
    answer, and a tracker full of red with no answer is a plan nobody is steering. The
    plan's answer is a ``response`` in its words, the cause and the action taken or planned
    (a tracker's note "the vendor went bankrupt; a new one starts in August"), or a
    ``changes`` entry about the item with its reason; a restatement of practice already in
    place is no response and is not transcribed as one. Work the plan itself marks done or
    cancelled, and a measure it dropped, are left alone.

    One cause, one finding: an item that off-track-metric, off-track-without-action,
    overdue-initiative or slip-without-reason already reports (its figures off track, its
    end passed, its date moved without a reason), or names (a goal whose measures are
    reported off track, each asking for a recovery; work named under a goal past its date),
    is not reported again, nor counted below: the plan's rating only confirms what they say.
    Where the plan answers none, or few, of the other items it rates off track (see
    :mod:`planlint.practice`), that is its way of reporting: one finding at the plan naming
    them, not one per item. ``at-risk`` (amber) is the plan warning itself before anything
    is missed, and asking for a recovery then is honestly debatable: no rule reports it. Set
    ``threshold`` to the same value as off-track-metric's.

    Two more readings were weighed on the corpus of real plans and left out. Taking an
    ``off-track`` rating as off-track-metric's verdict where the figures are within its
    threshold (a council's 9.05 days against 8, rated red with no notes) would report the
    shortfall this rule already reports, under a second name. And an ``on-track`` rating
    quiets no rule: of the findings the corpus judges on items rated on track, the one true
    off-track-metric finding (a project's promotional activities, 23 against the 30 due,
    rated On Track while its own challenge admits the shortfall) would be lost to remove one
    false one; a rating that contradicts the plan's own figures is no answer to them.
    """
    items: tuple[Goal | Metric | Initiative, ...] = (*plan.goals, *plan.metrics,
                                                     *plan.initiatives)
    results: tuple[Goal | Metric, ...] = (*plan.goals, *plan.metrics)
    blocked = {item.id: said for item in results
               if item.actuals and item.rating != "off-track"
               and (said := _reported_blocked(plan, item))}
    rated = [item for item in items
             if (item.rating == "off-track" or item.id in blocked) and not _closed(item)]
    if not rated:  # most plans: no rating of their own
        return
    unanswered = [item for item in rated if not _rating_answered(plan, item)]
    if not unanswered:
        return
    repeated = _reported_elsewhere(plan, options)
    rated = [item for item in rated if item.id not in repeated]
    findings = [item.finding(
        f"{item.describe()} is reported blocked by the plan (\"{blocked[item.id]}\"), and "
        "nothing says what is done to unblock it or by when; state the action taken or "
        f"planned as {_ANSWER_AT[item.kind]}, or set a new date with the reason",
        field=_blocked_field(plan, item)) if item.id in blocked else item.finding(
        f"{item.describe()} is rated off track by the plan as of {plan.as_of}, and nothing "
        "says why or what is done about it; state the cause and the action taken or planned "
        f"as {_ANSWER_AT[item.kind]}, or set a new date with the reason", field="rating")
        for item in unanswered if item.id not in repeated]
    yield from by_practice(plan, findings, len(rated),
                           items="items the plan rates off track or reports blocked"
                           if blocked else "items the plan rates off track",
                           lacking="state no action in answer, nor a new date" if blocked
                           else "state no cause or action in answer",
                           fix="say under each one's response why it is behind and what is "
                               "done about it")


#: A result in words that says the work is held up by something it waits on: ``blocked
#: from Community IT side``, ``blocked by the vendor``, ``This milestone is PENDING OMB
#: Open Data Guidance``; not one that denies it (``not blocked``).
_BLOCKED = LazyPattern(r"\bblocked (?:by|from|on)\b|\b(?:is|are|remains?) pending \w",
                       re.IGNORECASE)


def _blocked_result(plan: Plan, item: Goal | Metric | Initiative) -> tuple[int, str] | None:
    """The index and words of a goal's or metric's latest result by the as-of date, when it
    is in words only and says the work is held up by something it waits on (see
    :data:`_BLOCKED`)."""
    if isinstance(item, Initiative) or not any(actual.text for actual in item.actuals):
        return None  # most: no result, or only figures
    dated = [(index, actual) for index, actual in enumerate(item.actuals)
             if actual.date <= plan.as_of]
    if not dated:
        return None
    index, actual = max(dated, key=lambda pair: (pair[1].date, pair[0]))
    text = " ".join((actual.text or "").split())
    if actual.value is not None or actual.score is not None or not text:
        return None
    if any(not denied(text, found.start()) for found in _BLOCKED.finditer(text)):
        return index, text
    return None


def _reported_blocked(plan: Plan, item: Goal | Metric | Initiative) -> str | None:
    """The words of the result that reports an item blocked (see :func:`_blocked_result`)."""
    found = _blocked_result(plan, item)
    return one_line(found[1]) if found is not None else None


def _blocked_field(plan: Plan, item: Goal | Metric | Initiative) -> str | None:
    """Where the result that reports an item blocked stands."""
    found = _blocked_result(plan, item)
    return f"actuals/{found[0]}" if found is not None else None


#: Where the plan states its answer to an item it rates off track.
_ANSWER_AT = {"goal": "its response", "initiative": "its response",
              "metric": "its latest actual's response"}


def _closed(item: Goal | Metric | Initiative) -> bool:
    """Whether the plan closed the item: work done or cancelled, a measure dropped."""
    if isinstance(item, Initiative):
        return item.finished
    return isinstance(item, Metric) and item.dropped is not None


def _rating_answered(plan: Plan, item: Goal | Metric | Initiative) -> bool:
    """Whether the plan states its answer to an item it rates off track: a ``response``
    on the item (a metric's, or a goal's own result's, on its latest actual), or a
    decision about it recorded with the reason."""
    if isinstance(item, Metric):
        latest = latest_actual(item, plan.as_of)
        answer = latest[1].response if latest is not None else None
    else:
        answer = item.response
        if not (answer or "").strip() and isinstance(item, Goal) and item.actuals:
            answer = max(item.actuals, key=lambda actual: actual.date).response
    if (answer or "").strip():
        return True
    return any(record.item == item.id and (record.reason or "").strip()
               for record in plan.changes)


def _reported_elsewhere(plan: Plan, options: OffTrackOptions) -> frozenset[str]:
    """Ids of the items another rule already reports for a shortfall the plan's rating
    shows, or names in its finding: figures off track (and the goals they measure), work
    past its date (and the goal it was due with), a date moved without a reason."""
    from .change import slip_without_reason  # change rules import nothing from here

    found: set[str] = set()
    for finding in (*off_track.off_track_metric(plan, options),
                    *off_track.off_track_without_action(plan, options),
                    *overdue_initiative(plan), *slip_without_reason(plan)):
        found.add(finding.node)  # and what it names: the goals a measure measures, a
        found.update(related.node for related in finding.related if related.node)  # goal's work
    return frozenset(found)


#: The share of a money line's amount below which what it spent, once the plan's period
#: has closed, is money for named work left largely unused (see underspent-budget).
_UNDERSPENT = 0.5

#: The share of its amount below which a money line, and the people's time beside it, fell
#: short by more than a budget's estimates miss by (a tenth, as overspent-budget allows):
#: with the work's results short too, the work was held back (see underspent-budget).
_SHORT = 0.9


def _held_back(plan: Plan, budget: Budget, staff: dict[tuple[tuple[str, ...], str | None],
                                                      list[Budget]],
               short: Callable[[], frozenset[str]]) -> tuple[Budget, Metric] | None:
    """The people's time line and the measure that show a money line's work held back:
    the line spent less than ``_SHORT`` of its amount, the people's time for the same work
    and period used less than ``_SHORT`` of theirs, and a measure of that work (its own, or
    of a goal it serves) fell short in the plan's period, as off-track-metric reads it or
    as the plan's own answer to its reading says (its ``response``, or its words on it:
    :func:`answered_in_words`)."""
    if not isinstance(budget.funds, tuple) or budget.amount is None or budget.spent is None \
            or budget.spent >= _SHORT * budget.amount:
        return None
    people = next((line for line in staff.get((budget.funds, budget.period), [])
                   if line.amount is not None and line.amount > 0 and line.spent is not None
                   and line.spent < _SHORT * line.amount), None)
    if people is None:
        return None
    horizon = plan.info.horizon
    start = horizon.start if horizon is not None else None
    for item_id in budget.funds:
        work = plan.get(item_id)
        if not isinstance(work, Initiative):
            continue
        measures = [*plan.refs(work, "metrics", Metric),
                    *(metric for goal in plan.refs(work, "supports", Goal)
                      for metric in plan.refs(goal, "metrics", Metric))]
        for metric in measures:
            latest = latest_actual(metric, plan.as_of)
            if latest is None or (start is not None and latest[1].date < start):
                continue
            if metric.id in short() or responded(metric, latest[0]) \
                    or answered_in_words(metric, latest[0]):
                return people, metric
    return None


@rule(code="PL814", name="underspent-budget", category="monitoring", severity="warning",
      local=True,
      fails=dedent("""\
          planlint: 1
          plan: {horizon: {start: 2001-01-01, end: 2001-12-31}, as_of: 2002-02-15}
          initiatives:
            - {id: I1, title: Dealer portal, end: 2001-12-31, status: active}
          budgets:
            - {id: B1, title: Dealer portal, amount: 50000, spent: 4000, currency: EUR,
               period: "2001", funds: [I1]}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {horizon: {start: 2001-01-01, end: 2001-12-31}, as_of: 2002-02-15}
          initiatives:
            - {id: I1, title: Dealer portal, end: 2001-12-31, status: active}
            - {id: I2, title: Parts catalogue, end: 2001-06-30, status: done}
            - {id: I3, title: Dealer training, end: 2001-09-30, status: active}
          budgets:
            - {id: B1, title: Dealer portal, amount: 50000, spent: 30000, currency: EUR,
               period: "2001", funds: [I1]}
            - {id: B2, title: Parts catalogue, amount: 20000, spent: 5000, currency: EUR,
               period: "2001", funds: [I2]}
            - {id: B3, title: Dealer training, amount: 8000, spent: 0, currency: EUR,
               period: "2001", funds: [I3],
               response: the trainers were booked for spring; the money is carried over}
            - {id: B4, title: Board expenses, amount: 1500, spent: 0, currency: EUR,
               period: "2001", funds: all}
          """))
def underspent_budget(plan: Plan) -> Iterator[Finding]:
    """Once the plan's period has closed, a money line that pays for named work spent less
    than half of its amount, or less than nine tenths while the people's time for the same
    work fell short too and a measure of that work fell short, and the plan says nothing of
    why.

    Money set aside for work and left unspent at the period's end is the budget's other
    off-track signal: the work it was to pay for did not happen at the pace the plan allowed
    for (a programme that used 3% of its authorities, a grants line that paid out a quarter
    of its budget, a capital project approved and not begun), and the money was kept from
    other work the strategy might have chosen. Money less short is judged with what else the
    plan reports of the same work: a line that left more than a tenth of its amount unspent
    (beyond the margin a budget's estimates carry, as overspent-budget allows), beside a
    line of people's time for the same work and period that used less than nine tenths of
    its own (a results report's 91 of 120 planned FTEs), in a period in which a measure of
    that work, its own or of a goal it serves, fell short (off track as off-track-metric
    reads it, or a reading the plan answers with a ``response``: a refugee appeal program's
    55% of decisions in time against 80%, for lack of appointed decision-makers; or in its
    words on the reading, as off-track-metric reads them: a share of medicines priced within
    the guidelines short of its target while 66 are still under review), was held back, not
    done for less: its money and its staff went unused while its results slipped, and
    nothing says why. Money left with the staff in full (the people were there; the rest is
    a saving), or with the work's results met, is not reported. Only a plan that records its
    period after it closed (its ``horizon`` ends on or before its as-of date) is judged,
    since money for work still running is spent as the work goes; and only a line that
    states both what it was given and what it spent, in money (not people's time), and names
    the work it pays for under ``funds``: a line of the whole plan's running costs (``funds:
    all``) left unspent is a saving, not work left undone. Nor is a line whose ``response``
    states the plan's explanation of its variance, or about which the plan records a
    decision with its reason (a ``changes`` entry): the money's fate was decided, not
    unnoticed. Nor is a line whose work the plan marks done, cancelled or on hold, or whose
    work's schedule, status or scope the plan records a change of (a capital project
    "rescheduled to 2026"): work done for less is a saving, work stopped, paused or moved is
    a decision already taken, and slip-without-reason asks for the reason of a move the plan
    does not explain.
    """
    if not plan.period_closed:
        return
    decided = {record.item for record in plan.changes if (record.reason or "").strip()}
    moved = {record.item for record in plan.changes}
    staff: dict[tuple[tuple[str, ...], str | None], list[Budget]] = defaultdict(list)
    for line in plan.budgets:
        if _people_time(line) and isinstance(line.funds, tuple):
            staff[line.funds, line.period].append(line)
    fell_short: list[frozenset[str]] = []

    def short() -> frozenset[str]:  # computed once, and only for a line that needs it
        if not fell_short:
            fell_short.append(frozenset(
                finding.node for finding in off_track.off_track_metric(plan, OffTrackOptions())))
        return fell_short[0]

    for budget in plan.budgets:
        if budget.amount is None or budget.spent is None or budget.amount <= 0 \
                or _people_time(budget) \
                or not isinstance(budget.funds, tuple) or not budget.funds \
                or (budget.response or "").strip() or budget.id in decided:
            continue
        held = None if budget.spent < _UNDERSPENT * budget.amount \
            else _held_back(plan, budget, staff, short)
        if budget.spent >= _UNDERSPENT * budget.amount and held is None:
            continue
        work = [plan.get(item_id) for item_id in budget.funds]
        if any(item_id in moved for item_id in budget.funds) or any(
                isinstance(item, Initiative)
                and item.status in ("done", "cancelled", "on-hold") for item in work):
            continue
        currency = f" {budget.currency}" if budget.currency else ""
        share = f"{budget.spent / budget.amount:.0%}"
        if held is None:
            yield budget.finding(
                f"{budget.describe()} spent {number(budget.spent)}{currency} of "
                f"{number(budget.amount)} ({share}) by the end of the plan's period, with no "
                "word on why; say what held the work back and what becomes of the money",
                field="spent")
            continue
        people, metric = held
        assert people.spent is not None and people.amount is not None
        yield budget.finding(
            f"{budget.describe()} spent {number(budget.spent)}{currency} of "
            f"{number(budget.amount)} ({share}) by the end of the plan's period, its people's "
            f"time {number(people.spent)} of {number(people.amount)} {people.currency} "
            f"({people.spent / people.amount:.0%}), while {metric.describe()} fell "
            "short, with no word on the money or the staff left unused; say what held the "
            "work back and what becomes of the money",
            field="spent", related=[
                people.related(f"budget {people.id} is the people's time of the same work"),
                metric.related(f"metric {metric.id} measures the work and fell short")])
