"""PL2 metrics: every goal is measured, and every measure can be read."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from functools import partial
from itertools import pairwise

from pydantic import Field

from planlint.budgets import PEOPLE_TIME
from planlint.finding import Finding
from planlint.measure_counts import (
    adds_up,
    counted_alike,
    counting_labels,
    counts_decisions,
    counts_demand,
    counts_done,
    counts_gatherings,
    counts_issued,
    counts_named,
    counts_routine,
    counts_work_time,
    labels_count,
    numbers_things,
    opens_with_count,
    shares_own_acts,
    states_count_of,
    states_things_counted,
)
from planlint.measure_figures import (
    defines_share,
    defines_unit,
    figureless,
    in_fractions,
    names_measure_moved,
    sets_standard,
    shares_as_fractions,
    shares_cases_meeting,
    states_aim,
    states_figure,
    states_figures_of,
    steps_yearly,
    ticked,
)
from planlint.measure_sources import (
    gathers_views,
    names_analyser,
    names_income,
    names_instrument,
    names_means,
    names_record,
    scored_on_survey,
    yearly_by_instrument,
)
from planlint.measure_words import (
    defines_done,
    names_rate,
    says_done,
    strip_label,
    whole_figures,
    worded,
)
from planlint.measure_work import (
    counts_deliverables,
    counts_work_output,
    counts_work_read,
    decides_one,
    delivers_in_words,
    delivers_many,
    done_in_part,
    graded_only,
    makes_one,
    measures_work,
    names_deliverable,
    reads_outcome,
    reports_done,
    runs_organisation,
    scored_done,
    sets_up_one,
    sorts_work,
    states_affairs,
)
from planlint.measures import Measure, says_none
from planlint.model import (
    EVENT_CADENCES,
    Goal,
    Initiative,
    Measurement,
    Metric,
)
from planlint.patterns import LazyPattern
from planlint.plan import ABOVE, Plan
from planlint.practice import (
    by_practice,
    carried_by_annual_plans,
    eligible_so_far,
    reviewed_unscheduled,
    widespread,
)
from planlint.ruledef import RuleOptions, rule
from planlint.timeline import (
    ONE_CYCLE,
    add_months,
    cadence_step,
    continuing,
    final_target,
    is_limit,
    measurement_begins,
    metric_goals,
    read_at_end,
    stated_dues,
    target_date,
)
from planlint.wording import joined

#: The longest period of a measure an annual plan grades once, when its year closes.
ONE_YEAR = 366
#: A goal that is the release of a numbered version (``Deliver Windows Terminal 2.0``,
#: ``Ship v3.1``): done or not, its scope being the work the plan lists for it.
_VERSION_RELEASE = LazyPattern(r"^(?:deliver|ship|release|launch)\b.*\bv?\d+(?:\.\d+)+\b",
                               re.IGNORECASE)
#: A goal that is a prohibition or requirement to enact (``Prohibit cellphone use while
#: driving``, ``Ban single-use plastics``, ``Require all managers to attend inclusive
#: leadership training``): a rule adopted or not, like a release.
_PROHIBITION = LazyPattern(r"^(?:prohibit|ban|outlaw|require)\b", re.IGNORECASE)


def unquantified(plan: Plan) -> frozenset[str]:
    """The metrics that state no figure at all (see :func:`planlint.measure_figures.figureless`),
    whose baseline, unit, cadence and source are asked of each only by a plan-wide
    finding; found once for the four rules that ask."""
    return plan.shared(_figureless)


def _figureless(plan: Plan) -> frozenset[str]:
    return frozenset(metric.id for metric in plan.metrics
                     if figureless(metric, plan.measure(metric)))


def states_figures(plan: Plan, missing: list[Finding], eligible: int,
                    bare: frozenset[str]) -> bool:
    """Whether a practice's findings concern a plan in which some measure it applies to
    states a figure: where every one of them lacks it and states none at all (``bare``,
    see :func:`unquantified`), there are no figures to give a baseline, unit, cadence or
    source to, and a plan-wide finding would only repeat metric-without-target's. Where
    some other measure does state its figures, or the plan quotes the readings of
    measures it sets no target for (see :func:`only_quoted`: a school's yearly results
    beside its impact measures), those that state none are still the plan's practice,
    unless each of them states what is to be true rather than naming a quantity (see
    :func:`planlint.measure_work.states_affairs`): states of affairs to bring about and
    deliverables named by a noun, whose missing level metric-without-target reports."""
    if any(finding.node not in bare for finding in missing):
        return True
    quoted = any(only_quoted(plan, metric) for metric in formulated(plan))
    return (len(missing) < eligible or quoted) and any(
        not (isinstance(metric := plan.get(finding.node), Metric) and states_affairs(metric))
        for finding in missing)


def formulated(plan: Plan) -> Sequence[Metric]:
    """The metrics whose formulation is judged: all but the records of finished work
    (:meth:`planlint.plan.Plan.records_finished_work`), figures counted once when the
    work ended, of which no target, baseline, unit, cadence or source is asked; found
    once for the five rules that ask."""
    return plan.shared(_not_finished_work)


def _not_finished_work(plan: Plan) -> tuple[Metric, ...]:
    return tuple(metric for metric in plan.metrics if not plan.records_finished_work(metric))


def _in_words(metric: Metric) -> bool:
    """Whether a metric states its values in words (``top decile``, ``not done``), its
    readings at most done or not besides (1 or 0, as a target ``set up analytics`` is
    reported done): no number to give a unit to."""
    aims = [m for m in (metric.baseline, metric.target, *metric.targets) if m is not None]
    values = [m.value for m in aims] + [actual.value for actual in metric.actuals]
    return None in values and all(m.value is None for m in aims) and all(
        actual.value in (None, 0, 1) for actual in metric.actuals)


def _targets_stepped(metric: Metric) -> bool:
    """Whether a metric sets targets a calendar step apart, three or more (one for each
    year of the plan), or states its target as a change by an amount each year (see
    :func:`planlint.measure_figures.steps_yearly`): in a plan that states no cadence, the step it
    is judged at."""
    if steps_yearly(metric.title):
        return True
    days = sorted({target.date for target in (*metric.targets, metric.target)
                   if target is not None and target.date is not None})
    steps = {months_between(earlier, later) for earlier, later in pairwise(days)}
    return len(days) >= 2 and len(steps) == 1 and steps <= {1, 3, 6, 12}


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _read_regularly(metric: Metric) -> bool:
    """Whether a metric's readings show its cadence: three or more, a calendar step
    apart each (a value for every year from 2016 to 2024)."""
    days = sorted({actual.date for actual in metric.actuals})
    if len(days) < 3:
        return False
    steps = {months_between(earlier, later) for earlier, later in pairwise(days)}
    return len(steps) == 1 and steps <= {1, 3, 6, 12}


def _judged_when_due(metric: Metric) -> bool:
    """Whether a metric is set one target, no steps towards it and no reading on the
    way: a result judged when its target falls due, not a level tracked towards it (an
    outcome for the plan's term, a count within a year, an outside body's rating)."""
    return not metric.targets and not metric.actuals


def _read_when_due(metric: Metric) -> bool:
    """Whether a metric is set one dated target, no steps towards it, and read only on
    that target's date: its result, read when it fell due (an order's count to reach by
    a date, reported that day), not a series read on the way."""
    target = metric.target
    return not metric.targets and target is not None and target.date is not None \
        and bool(metric.actuals) and all(actual.date == target.date
                                         for actual in metric.actuals)


def _scope_of_work(plan: Plan, metric: Metric) -> bool:
    """Whether a metric of a piece of work is set one target with no date, no steps
    towards it and no reading, and its own title states that target's figure (``delivery
    of up to 49 mast sites``, the rollout's 49): the scope of the work, stated in its own
    words, whose missing date, not a rhythm of reading, is the gap."""
    target = metric.target
    return not metric.targets and not metric.actuals and target is not None \
        and target.date is None and target.value is not None \
        and states_figure(metric.title or "", target.value) \
        and bool(plan.referrers(metric, "metrics", Initiative))


def _review_line(plan: Plan, metric: Metric) -> set[str]:
    """What a review covers a metric through: the metric, the goal or work that lists it,
    and the unit of either or a unit above."""
    items = plan.referrers(metric, "metrics")
    line = {metric.id, *(item.id for item in items)}
    for item in items:
        unit = getattr(item, "unit", None)
        if unit is not None:
            line.update((unit, *plan.unit_ancestors(unit)))
    return line


def _read_at_sessions(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is set one target, no steps towards it, and read only at the
    last session of a review of stated cadence that covers it (the whole plan, the goal
    or the work that lists it, or the unit of either or a unit above): a project's
    measure its committee reads at each yearly session, at that session's rhythm."""
    if metric.targets or metric.target is None or not metric.actuals:
        return False
    days = {actual.date for actual in metric.actuals}
    line = _review_line(plan, metric)
    return any(review.cadence is not None and review.last_held is not None
               and days == {review.last_held}
               and (not review.covers or not line.isdisjoint(review.covers))
               for review in plan.reviews)


def _read_at_unscheduled_review(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is covered by the plan's review forums (the whole plan, the goal
    or the work that lists it, or the unit of either or a unit above), none of which
    states when it meets (see :func:`planlint.practice.reviewed_unscheduled`): it is read
    at those reviews, at their rhythm, and whether they have one is
    review-without-cadence's question."""
    if not plan.shared(reviewed_unscheduled):
        return False
    line = _review_line(plan, metric)
    return any(not review.covers or not line.isdisjoint(review.covers)
               for review in plan.reviews)


def _met_after_term(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is an end-state objective (see :func:`_met_by_date`) whose target
    falls after the plan's horizon ends: a three-year plan's indicator to reach its level
    by a later year, whose result a later plan reads."""
    horizon, target = plan.info.horizon, metric.target
    return horizon is not None and horizon.end is not None and target is not None \
        and target.date is not None and target.date > horizon.end \
        and _met_by_date(plan, metric)


def _met_by_date(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is judged when its target falls due (see :func:`_judged_when_due`)
    and that target is a stated figure, more than a year after measurement begins and
    after the plan's date: an end-state objective to be met by then (``100% renewable
    energy by 2028``), not a series read on the way. Where nothing says when its
    measurement begins (no baseline, start of its goal or work, or horizon), it begins
    at the plan's date at the latest, the status the plan reports from: a target more
    than a year after that date is one all the same."""
    target = metric.target
    begins = measurement_begins(plan, metric) or plan.info.as_of
    if not _judged_when_due(metric) or target is None or target.date is None \
            or begins is None or (target.date - begins).days <= ONE_YEAR:
        return False
    stated = target.value is not None or not (target.text is None or says_none(target.text))
    return stated and (plan.info.as_of is None or plan.info.as_of < target.date)


def only_quoted(plan: Plan, metric: Metric) -> bool:
    """Whether a metric sets no target, in its fields or its wording (a target in words
    that says there is none is none), and is only quoted with its readings: a statistic a
    report gives to show where an aim stands, not a level the plan sets out to reach.
    The places its things are counted across (``Commits across 9 repositories``) are no
    target (see :mod:`planlint.measures`)."""
    return bool(metric.actuals) and not _sets_target(plan, metric)


def _sets_target(plan: Plan, metric: Metric) -> bool:
    """Whether a metric sets a target, in its fields or its wording (a target in words
    that says there is none is none): worked out once per metric, as several rules ask
    it of every metric (about 15,000 times for the 4,400 metrics of a 20k-item plan)."""
    return plan.once(_setting_target, metric)


def _setting_target(plan: Plan, metric: Metric) -> bool:
    """:func:`_sets_target`, worked out."""
    return plan.measure(metric).states_target or any(
        not says_none(target.text) for target in (metric.target, *metric.targets)
        if target is not None)


#: How long after the end of the period its figures measure a report may be dated and
#: still be the report of that period.
_REPORTED_WITHIN = timedelta(days=92)


def _read_in_one_report(plan: Plan, metrics: list[Metric]) -> bool:
    """Whether two or more of ``metrics`` are read, and every reading of them is dated on
    one day, the plan's date or up to ``_REPORTED_WITHIN`` before it (the end of the
    period the report reads): read together, in the one report the plan is. A measure
    whose one reading is dated earlier is read in it too, while most are read on that
    day: the latest figure there was when the report was drawn up, dated by the period
    it measures (a results report's rate "drawn from 2015 results, the most recent
    available")."""
    read = [metric for metric in metrics if metric.actuals]
    as_of = plan.info.as_of
    if len(read) < 2 or as_of is None:
        return False
    day = max(actual.date for metric in read for actual in metric.actuals)
    on_day = sum(all(actual.date == day for actual in metric.actuals) for metric in read)
    return timedelta(0) <= as_of - day <= _REPORTED_WITHIN and 2 * on_day > len(read) \
        and all(len(metric.actuals) == 1 or all(actual.date == day for actual in
                                                  metric.actuals) for metric in read)


def _read_at_status_reports(plan: Plan, metrics: list[Metric]) -> bool:
    """Whether none of ``metrics`` states a cadence and they are read together at two or
    more status reports: every reading falls on a day within the plan's period that two or
    more of them are read on, two or more are read on every such day, and the last of the
    days is the plan's date or up to ``_REPORTED_WITHIN`` before it (a project's mid-year
    and year-end roadmap status reports; a board's quarterly progress annexes). Each
    measure is read at the reports, whose rhythm is the plan's (review-without-cadence's
    question), not a calendar per measure."""
    read = [metric for metric in metrics if metric.actuals]
    start = plan.info.horizon.start if plan.info.horizon else None
    as_of = plan.info.as_of
    if len(read) < 2 or as_of is None or start is None \
            or any(metric.cadence is not None for metric in metrics):
        return False
    readings = [{actual.date for actual in metric.actuals} for metric in read]
    days = set().union(*readings)
    return len(days) > 1 and min(days) >= start \
        and timedelta(0) <= as_of - max(days) <= _REPORTED_WITHIN \
        and sum(days <= dates for dates in readings) >= 2 \
        and all(sum(day in dates for dates in readings) >= 2 for day in days)


def _carried_yearly(plan: Plan) -> bool:
    """Whether no measure of the plan states a cadence and the plan says each year's plan
    carries its indicators (:func:`planlint.practice.carried_by_annual_plans`): a
    five-year plan's annual rates and levels, set and read in every annual plan."""
    return not any(metric.cadence is not None for metric in plan.metrics) \
        and carried_by_annual_plans(plan)


def _read_in_yearly_reports(plan: Plan, metrics: list[Metric]) -> bool:
    """Whether every one of ``metrics`` is read, each reading on the day of the year the
    plan's date falls on, once a year (some on the plan's date itself), and any cadence
    stated is annual: an annual report's results for each year, read together in it."""
    as_of = plan.info.as_of
    if as_of is None or len(metrics) < 2 or any(
            metric.cadence not in (None, "annual") or not metric.actuals for metric in metrics):
        return False
    days = [actual.date for metric in metrics for actual in metric.actuals]
    return as_of in days and all((day.month, day.day) == (as_of.month, as_of.day)
                                 for day in days)


def _year_closed(plan: Plan, metrics: list[Metric]) -> bool:
    """Whether every one of ``metrics`` (two or more) is set one target, no steps towards
    it and no cadence, all due on one day up to ``_REPORTED_WITHIN`` before the plan's
    date, and every reading falls on that day of the year, that day's among them: the
    report of a year whose targets all fell due at its close (an agency's annual update
    of its fiscal year's targets and results, with last year's beside them); each is
    judged in that year-end report, whose rhythm is the plan's."""
    as_of = plan.info.as_of
    if as_of is None or len(metrics) < 2 or any(
            metric.targets or metric.target is None or metric.cadence is not None
            for metric in metrics):
        return False
    ends = {metric.target.date for metric in metrics if metric.target is not None}
    end = next(iter(ends))
    if len(ends) != 1 or end is None or not timedelta(0) <= as_of - end <= _REPORTED_WITHIN:
        return False
    days = {actual.date for metric in metrics for actual in metric.actuals}
    return end in days and all((day.month, day.day) == (end.month, end.day) and day <= end
                               for day in days)


def _graded_in_year_report(plan: Plan, metrics: list[Metric]) -> bool:
    """Whether every one of ``metrics`` measures a year or less (from when its measurement
    begins to its target date) that has closed by the plan's date, and they are read only
    in one report (see :func:`_read_in_one_report`): a one-year plan's progress report
    at its year's close (an annual improvement plan's, each result of the year graded
    there, beside the few measures whose own words set a rhythm)."""
    as_of = plan.info.as_of
    return as_of is not None and all(
        read_at_end(plan, metric, ONE_YEAR)
        and (ends := target_date(plan, metric)) is not None and ends <= as_of
        for metric in metrics) and _read_in_one_report(plan, metrics)


def _judged_at_reports(plan: Plan, metrics: list[Metric]) -> bool:
    """Whether the plan publishes its results at a stated rhythm (a communication with a
    cadence that covers its goals) and every one of ``metrics`` is set one dated target,
    no steps towards it and no reading, not due by the plan's date: each is judged in
    the report of the period its target falls due in, as a recovery plan's targets are
    proven in the half-year report of their quarter."""
    as_of = plan.info.as_of
    return as_of is not None and bool(metrics) and any(
        communication.cadence is not None and communication.covers
        for communication in plan.communications) and all(
        _judged_when_due(metric) and metric.target is not None
        and metric.target.date is not None and metric.target.date > as_of
        for metric in metrics)


def _read_on_the_way(plan: Plan, metric: Metric) -> bool:
    """Whether a metric has a reading dated after its measurement began (any, when its
    start is not known): one dated on or before that (last year's result, quoted as the
    point a one-year plan starts from) reads nothing of the period the plan measures."""
    begins = measurement_begins(plan, metric)
    return any(begins is None or actual.date > begins for actual in metric.actuals)


def _graded_at_its_end(plan: Plan, metric: Metric) -> bool:
    """Whether a metric measures a quarter or less (from when its measurement begins to
    its target date) and is read only on that date or after: a quarter's key result
    graded when the quarter closes, its own period's result, not a reading on the way of
    the measures of the year."""
    begins, ends = measurement_begins(plan, metric), target_date(plan, metric)
    return begins is not None and ends is not None \
        and 0 < (ends - begins).days <= ONE_CYCLE \
        and all(actual.date >= ends for actual in metric.actuals)


def _graded_at_close(plan: Plan, metric: Metric) -> bool:
    """Whether a metric's result is graded once, at the close of the period or the work
    it belongs to, in a plan that has read none of the measures it sets out to reach yet:
    it measures a year or less (from when its measurement begins to its target date) and
    has not fallen due by the plan's date, a result graded when its year closes; or it is
    a criterion of a piece of work's success (see :func:`_criteria_of_work`), judged when
    the work delivers."""
    ends = target_date(plan, metric)
    return (read_at_end(plan, metric, ONE_YEAR) and ends is not None and (
        plan.info.as_of is None or plan.info.as_of <= ends)) or (
        not metric.targets and not metric.actuals
        and (metric.target is None or metric.target.date is None)
        and plan.shared(_criteria_of_work))


def _criteria_of_work(plan: Plan) -> bool:
    """Whether every measure of the plan (one at least) is listed by pieces of work and by
    nothing else, and none states a cadence: a portfolio of projects whose only measures
    are each project's success criteria (a research roadmap's ``New charge model shows
    measurable and statistically significant improvement``, ``At least 20 attendees``),
    with no level of the plan's own, a goal's measure, watched over time beside them."""
    return bool(plan.metrics) and all(
        metric.cadence is None and bool(items := plan.referrers(metric, "metrics"))
        and all(isinstance(item, Initiative) for item in items)
        for metric in plan.metrics)


def _commitments_figures(plan: Plan) -> bool:
    """Whether the plan is a list of commitments whose only figures are those the
    commitments state in their own words: every measure (one at least) is set one target,
    no steps towards it and no reading, and everything that lists it, one piece of work or
    goal at least, states that target in its title (``Build 250,000 new child care spaces
    by the end of fiscal year 2025-2026``, its measure the spaces to build; a target in
    words by its figures, ``65,000 to 80,000 between 2011 and 2013``, or whole, or, when
    it states no figure, word for word with its verb done, ``increased prior to our next
    AGM``; a change by its figure, ``20% increase in ... membership``); and it has no
    goals, or reports
    the status of every piece of work (a government business plan's priorities and
    actions over dated sub-actions, each ``Started`` or done: it tracks its commitments
    by their status, not by measures), or has work and goals none of which lists a
    measure (a parish's mission action plan, whose only figures are its actions': its
    goals set out nothing to measure, only the work's commitments are figures)."""
    if not plan.metrics or (plan.goals and not (plan.initiatives and (all(
            work.status is not None for work in plan.initiatives)
            or not any(goal.metrics for goal in plan.goals)))):
        return False
    for metric in plan.metrics:
        target = metric.target
        if metric.targets or metric.actuals or target is None \
                or (target.value is None and not target.text and target.change is None):
            return False
        items = plan.referrers(metric, "metrics")
        if not items or not all(_states_target(item.title or "", target) for item in items):
            return False
    return True


def _states_target(title: str, target: Measurement) -> bool:
    """Whether a title states a target: its figure, the size of its change (``+20%`` in
    ``20% increase in membership``), or, for a target in words, the figures those words
    state, or the words whole (see :func:`planlint.measure_figures.states_figures_of`)."""
    if target.value is not None:
        return states_figure(title, target.value)
    if target.change is not None and not target.text:
        return states_figure(title, abs(float(str(target.change).rstrip("%"))))
    return states_figures_of(title, target.text or "")


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


@rule(code="PL201", name="unmeasured-goal", category="metrics", severity="error",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Delight customers}\n",
      passes="planlint: 1\ngoals:\n  - id: G1\n    title: Delight customers\n"
             "    metrics:\n      - {id: M1, title: Net promoter score}\n"
             "  - {id: P1, title: A service customers recommend}\n"
             "  - {id: F1, title: Resolve calls at first contact, parent: P1, metrics: [M1]}\n"
             "  - {id: F2, title: Develop a customer ambassador program, parent: P1}\n"
             "  - {id: F5, title: Host first customer summit in Asia, parent: P1}\n"
             "  - {id: F4, title: Identify the mix of revenue types that is sustainable, "
             "parent: P1}\n"
             "  - {id: F3, title: 'Redesign the help portal with search, chat and "
             "callbacks', parent: P1}\n"
             "  - {id: R2, title: Deliver the dealer app 2.0}\n"
             "  - {id: R3, title: Prohibit texting while driving}\n"
             "  - {id: N1, title: Increase the number of fee-paying programmes}\n"
             "  - {id: S1, title: Scale sales, description: 'Measures: see confidential "
             "version.'}\n"
             "  - {id: A1, title: Advocates program, description: Nothing specific in Q1}\n"
             "  - {id: S2, title: Effectiveness, description: 'Given the sensitivity of this "
             "category and its associated results, this data cannot be included in a public "
             "document.'}\n"
             "  - id: O2\n    title: Customers feel safe paying online\n"
             "    metrics:\n      - {id: M2, title: Customers who feel safe paying online}\n"
             "  - {id: O21, title: Explain how payments are protected, parent: O2}\n"
             "  - {id: O22, title: Answering fraud reports, parent: O2}\n"
             "  - {id: T1, title: Teach how to formalize mathematics}\n"
             "  - {id: D1, title: Dealer Services}\n"
             "  - {id: GA, title: General Administration and Support}\n"
             "  - {id: TS, title: Technology Support, description: 'Information technology "
             "and support for all aspects of department operations.'}\n"
             "  - {id: Z1, title: A successful conference, "
             "actuals: [{date: 2019-12-31, value: 1}]}\n"
             "  - {id: C1, title: Bring together efforts to create a CI service for labs}\n"
             "  - {id: E1, title: Emergency Prep}\n"
             "  - {id: E2, title: Convert the association to meet at locations, parent: E1,\n"
             "     due: 2030-10-31}\n"
             "initiatives:\n  - {id: I1, title: Offline orders, supports: [R2]}\n"
             "  - {id: I5, title: Launch the production service, supports: [C1], "
             "status: planned}\n"
             "  - {id: I4, title: Dealer finance service, supports: [D1]}\n"
             "  - {id: I2, title: Adopt a city ordinance, supports: [R3]}\n"
             "  - {id: I3, title: Formalization school, supports: [T1], status: cancelled,\n"
             "     metrics: [{id: M3, title: Example formalizations published}]}\n")
def unmeasured_goal(plan: Plan) -> Iterator[Finding]:
    """A goal lists no metric, and no goal below it is measured.

    Without a metric a goal is ambiguous: nobody can tell whether it is on track, when it is
    reached, or when conditions have changed and the plan should be revised. A goal is
    measured by a metric of its own, inline or by id (a metric shared by several goals
    counts for each of them), by its own wording when its title states the figure it aims at
    (``Reach at least $N net new ARR``, an objective written as its own key result) or names
    the share, rate or number it asks to move (``Increase the number of fee-paying
    programmes``, an incentive's DE&I objective to ``Demonstrate improvement in the percent
    of job searches in which ... are interviewed``: the goal states what shows whether it is
    reached, and what it lacks is figures, not a measure), through the measures of the work
    that supports it (a grant's objective to run a service, measured by the uptime its
    deliverable lists), or through the goals below it in the cascade when one of them is
    measured: a strategic pillar is measured by its objectives' measures. A plan that runs
    one short cycle of work (a quarter, a hundred days of action, dated or stated only as a
    length counted from an event still to come: a party's first hundred days as a national
    party, ``horizon: {length: P100D}``) and measures none of its goals is an agenda judged
    by what it ships: a goal that work of the plan supports is measured by that work being
    done, since outcomes move little in so short a term; a plan that measures some of its
    goals asks a measure of each. A plan that measures its goals only by the deliverables of
    their work (no goal lists a measure of its own, and every measure its live work lists is
    a milestone: a working group's charter, whose goals are reached as its dated
    deliverables are done) measures the same way a goal that live work supports with no
    milestone listed (a charter's forum for its community, an ongoing deliverable): that
    work being done is its measure, as it is the other goals'; a goal no work supports is
    still asked. So does a plan that tracks its goals' work as dated commitments, none of
    its top goals measured on its own: every piece of live work states its due date and its
    status, and every piece done the date it was done (a department's structural reform
    plan, actions made of sub-actions with scheduled and actual dates), so each goal is
    reported by its work being done, on time or late. A goal that is the release of a
    numbered version (``Deliver Windows Terminal 2.0``), or a prohibition to enact
    (``Prohibit texting while driving``, a rule adopted or not), is done or not, like a
    milestone, and its scope is the work the plan lists for it: it is measured by that work
    being done, and a metric would only restate the release or the rule. A requirement to
    enact (``Require all managers to attend inclusive leadership training``, one of an
    incentive's DE&I objectives) is such a rule too, and one set under another goal is
    measured by being enacted even with no work listed for it, as the goals below that set
    up one thing are. So is a goal under another goal that asks to set up or start one body,
    programme, campaign or system, or to make and put out one model or survey, named in the
    singular (``Develop an Ambassador Program``, ``Establish a working group for…``, ``Begin
    preparation for the marketing campaign``, ``Create and publish a OSPO Maturity Model``),
    or to renew one thing work produces and lists the parts it delivers (``Modernize the
    website with a new downloads page, documentation, and homepage``), or to set up one body
    by taking on a legal form (``Incorporate as a non-profit entity``) or start one event by
    holding its first edition (``Host first OSPOCon in APAC``): it is set up, begun or held,
    or not, or done part by part, as a yearly report's look-back marks it, and the goal
    above it is what its measures show; a goal of the plan's own, under none, is still asked
    for one, and a quality to build (``Build a strong inclusion work environment``) is no
    such thing. So is a goal under another that asks to take one decision, to identify,
    define, choose or determine one thing named in the singular (``Identify the breakdown of
    revenue types that is sustainable for us``): it is taken or not, and a measure would
    only restate it; not a search for many things (``Identify the needs of communities``). A
    goal whose own text says its measures are kept in a confidential or internal version
    (``Measures: see confidential version``), or that its results cannot be published (a
    screening authority's performance category whose "data cannot be included in a public
    document", for security), is measured there: the plan publishes its public portions
    only, and a reviewer cannot say the measure is missing. A goal whose text says the
    period's plan gives it no work on purpose (``Nothing specific in Q1``, ``Parked until
    Q3``), a longer-term goal the plan parks for its period, has nothing to measure in that
    period. A goal that starts after the plan's date, in a plan that keeps its targets in
    another document (``withheld: [targets]``, an annual report whose new outcomes'
    measurable targets are published apart), is measured there: its measures are set with
    those targets, and it has no result yet to show in this one. A heading that sorts the
    plan's work by kind (a portfolio's theme, ``Monitoring Services``: a few words in title
    case naming in the plural the kind of work under it, with no description and no measure
    of its own) is a category of the board, not a result: there is nothing of its own to
    measure, and its work's measures are judged with that work. A program of a program
    budget that runs the organisation as a whole (its title names the organisation's
    administration or support, ``General Administration and Support``, ``Support to
    Operations``, ``Internal Services``; or its description defines it as support to all of
    its operations, ``information technology and support for all aspects of department
    operations``), under no goal and with no measure or goal below it, is the running cost
    of every other program, not a result: it is not asked for a measure of its own, which
    would be an internal service level. A top-level goal measured by the measures of its
    work, all of which was cancelled, with nothing else executing it (a school postponed,
    its money moved), has lost its work: uncascaded-goal reports that one cause, naming the
    cancelled work, and a second finding here would repeat it. A metric the plan has
    ``dropped`` measures nothing any more: a goal whose metrics were all dropped is
    unmeasured. A goal for which the plan reports a result of its own (``actuals``: a to-do
    list's year-end verdict, ``SUCCESS`` or ``FAILURE``, on a deliverable such as ``A
    successful Zcon1!``) is a deliverable graded done or not, as a milestone is: that result
    is its measure, and a metric would only restate it; the goals above it are not thereby
    measured. So is a goal that names one deliverable (one new thing its verb makes,
    ``Create a new DC Data Commons``, or two verbs of delivery joined make, ``Identify and
    secure a location for a future park``; one body, programme or system to set up; one
    decision; or a deliverable for the whole of a group, ``Provide Animal Welfare Training
    for all Staff``) in a plan that reports nothing of where its goals stand (no goal's
    result or rating, no measure's reading) and dates it, not yet due at the plan's date: by
    the ends of all its work, its own due date or a horizon of a year or less. So is a
    project's expected outcome written as the making of one deliverable (``The creation of a
    set of design patterns for…``, ``The identification of the cultural factors that…``),
    due with the plan's end when that falls within a year of its date: a research project's
    work plan in its last year. So is a goal named as one thing in its finished state
    (``Datum Compute Live``, ``Trust Center ready for customers``; not a state of people or
    of a level, ``Customers delighted``), or whose description, or the plan's for each goal
    it dates and gives an owner, states when it is done (``We will know this is done
    when…``), due within a year of the plan's start or date: a quarter's rock, done or not
    by its date, and one past its date too where the plan keeps its goals' results in
    another document (``withheld: [actuals]``: a monthly memo that is not published). A plan
    set out for the period ahead measures such a goal by its being done by then, and a
    metric would only restate it; where the plan reports the state of its goals and passes
    over the deliverable, or its date has passed, nothing shows it done, late or dropped,
    and it is still asked for a measure, unless it sits under another goal and its own due
    date is still to come (a board's mid-year review of its goals, ``Convert CHOA to meet at
    locations ... for Great Shake-out`` due in October: there is nothing yet to report of
    it, and a heading over it alone is not asked either). A recap of a period closed before
    its date (its measures read at a stated cadence, every result and reading dated by the
    last day of a month, no goal rated: a founder's monthly update) reports the period gone
    and sets goals for the next: a deliverable it names by its verb (``Finish first version
    of plugin system``, ``Open-source the networking backend``) due by the next period's end
    is measured by being done then, as in a plan set out for the period ahead. A goal that
    says it makes one new thing (``Bring together multiple efforts to create a CI service
    for HPC projects``) and lists among its work, with its status, the step that launches
    that thing (``Change domain ... and launch the production service``, planned) is that
    deliverable, reported through the statuses of its steps: it is reached when its launch
    is done, and a metric would only restate the launch; one whose work launches something
    else, or states no status for the launch, is still asked. A goal whose metric ids are
    not defined is reported as a dangling reference instead. A goal under a goal measured by
    measures of its own, none of whose sub-goals is measured on its own (``Explain how
    payments are protected``, ``Answering fraud reports`` under ``Customers feel safe paying
    online``, measured by a survey of that), is one of the parts that together are that
    goal's strategy, as a roadmap's numbered sub-sections of an outcome are: the outcome's
    measure shows whether they work, and the plan measures the outcome as a whole; where
    some of the parts are measured, the others are still asked for a measure, and so is a
    lone sub-goal or one given to another unit than the goal's (a goal cascaded to a unit,
    which answers for a measure of its own). When more than a third of a plan's goals are
    measured by nothing, that is the plan's way of writing goals: goals under a measured
    goal are measured at its level (the focus areas of a measured pillar), and the rest are
    reported once, at the plan. A plan that says the measures of its goals are kept in
    another document it names (``plan: withheld: [metrics]``: a federal council's
    performance plan whose strategic goals are measured through the metrics each funded
    project selects in its data plan, a separate performance framework) is not asked for
    them; a goal that says so of itself (its own ``withheld: [metrics]``) is measured there,
    as its sub-goals are, and neither counts towards the plan's practice. A heading over one
    goal only, with no metric, work, unit or owner of its own (``Emergency Prep`` over its
    one goal), is that goal in a second row: when the goal is reported as unmeasured, the
    heading is not reported again, though it counts where the plan is reported as a whole.
    """
    if plan.withheld("metrics"):
        return
    dropped = plan.dropped_metrics
    kept_out = plan.withheld_ids("metrics")
    own = [goal for goal in plan.goals
           if goal.id in kept_out or set(goal.metrics) - dropped
           or states_aim(goal.title or "") or names_measure_moved(goal.title or "")
           or _KEPT_CONFIDENTIAL.search(worded(goal.description)) or any(
               set(work.metrics) - dropped and work.status != "cancelled"
               for work in plan.referrers(goal, "supports", Initiative))
           or _measured_by_cancelled_work(plan, goal, dropped)]
    if (not own and plan.one_short_cycle) or _measured_by_deliverables(plan, dropped):
        # an agenda of work, or a charter of deliverables: judged by what it ships
        own = [goal for goal in plan.goals if goal in own or _has_work(plan, goal)]
    own += [goal for goal in plan.goals if _releases_version(plan, goal)]
    measured = plan.closure(own, ABOVE, Goal)
    unmeasured = [goal for goal in plan.goals if goal.id not in measured
                  and not goal.actuals
                  and not (goal.parent is not None and (sets_up_one(goal.title or "")
                                                        or decides_one(goal.title or "")
                                                        or _enacts_rule(goal.title or "")))
                  and not _PARKED.search(worded(goal.description))
                  and not _targeted_elsewhere(plan, goal) and not sorts_work(plan, goal)
                  and not runs_organisation(plan, goal)]
    eligible = sum(goal.id not in kept_out for goal in plan.goals)
    if widespread(len(unmeasured), eligible):
        below = plan.closure(own, ABOVE, Goal, backward=True)
        unmeasured = [goal for goal in unmeasured if goal.id not in below]
    own_ids = {goal.id for goal in own}  # ids are unique: a list compared every model
    unmeasured = [goal for goal in unmeasured
                  if not _part_of_measured(plan, goal, own_ids, measured)]
    due = [goal for goal in unmeasured if _done_when_due(plan, goal)]
    due_ids = {goal.id for goal in due}
    unmeasured = [goal for goal in unmeasured
                  if goal.id not in due_ids and not _launched_by_work(plan, goal)]
    if due:  # a heading over one such deliverable only is that deliverable in a second row
        heads = plan.lone_headings([*unmeasured, *due])
        unmeasured = [goal for goal in unmeasured
                      if goal.id not in heads or plan.subgoals(goal)[0].id not in due_ids]
    missing = [goal.finding(
        f"{goal.describe()} has no metric"
        f"{_dropped_note(goal, dropped)}"
        f"{', nor does any goal below it' if plan.subgoals(goal) else ''}; add one under "
        "metrics that shows whether the goal is being reached") for goal in unmeasured]
    yield from by_practice(plan, missing, eligible, items="goals",
                           lacking="are measured by no metric",
                           repeated=plan.lone_headings(unmeasured),
                           fix="add under each goal's metrics the measures that show whether "
                               "it is being reached")


def _part_of_measured(plan: Plan, goal: Goal, own: set[str],
                      measured: Mapping[str, Goal]) -> bool:
    """Whether a goal is one of several parts, in the same unit, of a goal measured by
    measures of its own, none of which parts is measured on its own: the sub-sections of
    an outcome that together are its strategy, measured as a whole by the outcome's
    measure (not a goal cascaded to another unit, which answers for its own measure).
    ``own`` holds the ids of the goals measured by measures of their own."""
    parent = plan.ref(goal, "parent", Goal)
    if parent is None or parent.id not in own or goal.unit != parent.unit:
        return False
    parts = plan.subgoals(parent)
    return len(parts) > 1 and not any(part.id in measured for part in parts)


def _done_when_due(plan: Plan, goal: Goal) -> bool:
    """Whether a goal of a plan that reports nothing of where its goals stand (see
    :func:`_reports_no_state`), or a goal under another with its own due date still to
    come in a plan that does (a board's mid-year review of its goals, one of them due in
    October), names one deliverable (see :func:`_one_deliverable`)
    the plan dates, not yet due at the plan's date: by the end of all of its live work
    when each piece states one, else by its own due date or a horizon of a year or less,
    or, for an outcome named as the making of it (see :func:`_made_outcome`), by the
    plan's end when that falls within a year of the plan's date.
    Done or not by then, its being done is its measure; a review has nothing to report of
    it before its date."""
    if _set_for_next_period(plan, goal) or _finished_in_cycle(plan, goal):
        return True
    if not (plan.shared(_reports_no_state) or (
            goal.parent is not None and goal.due is not None
            and (plan.info.as_of is None or plan.info.as_of < goal.due))):
        return False
    work = [item for item in plan.referrers(goal, "supports", Initiative)
            if item.status != "cancelled"]
    ends = [item.end for item in work if item.end is not None]
    due = max(ends) if work and len(ends) == len(work) else goal.due
    horizon = plan.info.horizon
    if due is None and horizon is not None and horizon.end is not None and (
            (horizon.start is not None and (horizon.end - horizon.start).days <= ONE_YEAR)
            or (plan.info.as_of is not None
                and (horizon.end - plan.info.as_of).days <= ONE_YEAR
                and _made_outcome(goal.title or ""))):
        due = horizon.end  # a year's plan, or a project's outcome due with its last year
    return due is not None and (plan.info.as_of is None or plan.info.as_of < due) \
        and _one_deliverable(goal.title or "")  # its patterns last: they cost the most


def _finished_in_cycle(plan: Plan, goal: Goal) -> bool:
    """Whether a goal of a plan that publishes nothing of where its goals stand (see
    :func:`_reports_no_state`) is a deliverable of the plan's short cycle: its title names
    one thing in its finished state (see :func:`planlint.measure_words.says_done`: ``Datum
    Compute Live``), or its description, or the plan's for each goal it dates and gives an
    owner, states when it is done (see :func:`planlint.measure_words.defines_done`: ``We will
    know this is done when…``); and it is due within a year of the plan's start or date,
    not yet at the plan's date, or before it in a plan that keeps its goals' results in
    another document (``withheld: [actuals]``: a quarterly update whose past quarter's
    rocks are reported in an unpublished memo)."""
    due, as_of, horizon = goal.due, plan.info.as_of, plan.info.horizon
    if due is None or not plan.shared(_reports_no_state) or not any(
            start is not None and 0 <= (due - start).days <= ONE_YEAR
            for start in (horizon.start if horizon is not None else None, as_of)):
        return False
    if as_of is not None and due <= as_of and not plan.withheld("actuals", goal):
        return False
    title = goal.title or ""
    return (says_done(title) and not _QUALITY.search(title)) \
        or defines_done(worded(goal.description)) \
        or (goal.owner is not None and plan.shared(_defines_done_for_goals))


def _defines_done_for_goals(plan: Plan) -> bool:
    """Whether the plan's description states when its goals are done (``Every goal has
    three parts: 1. An outcome — 'We know this is done when ___.' 2. A date ... 3. An
    owner``)."""
    return defines_done(worded(plan.info.description))


#: The one new thing a goal says it makes, named after a verb of making and an article,
#: with its last word before what it is for or of (``Bring together multiple efforts to
#: create a CI service for HPC projects``: a service).
_MAKES_ONE = LazyPattern(
    r"\b(?:create|build|develop|establish|set up|stand up|deliver)\s+(?:an?|one)\s+"
    r"(?:[\w.-]+\s+){0,3}?(?P<thing>[a-z-]+)(?=\s+(?:for|to|that|which|with|in|of|on|at|"
    r"by|and|starting)\b|[,.;:]|$)", re.IGNORECASE,
    needs=("create", "build", "develop", "establish", "set up", "stand up", "deliver"))
#: A step that launches one thing, named after an article, with its last word before what
#: it is for or of (``... and launch the production service``, ``Go live with the
#: portal``).
_LAUNCHES = LazyPattern(
    r"\b(?:launch|go live with|open)\s+(?:the|an?|our|its)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?P<thing>[a-z-]+)(?=\s+(?:for|to|that|which|with|in|of|on|at|by|and)\b|[,.;:]|$)",
    re.IGNORECASE, needs=("launch", "go live", "open"))


def _launched_by_work(plan: Plan, goal: Goal) -> bool:
    """Whether a goal says it makes one new thing (``_MAKES_ONE``: ``... to create a CI
    service for HPC projects``) and one piece of the live work that serves it, whose
    status the plan states, launches that thing (``_LAUNCHES``: ``Change domain ... and
    launch the production service``, planned): the goal is a deliverable whose launch is
    one of its listed steps, and the status of its steps is where it stands."""
    made = _MAKES_ONE.search(goal.title or "")
    if made is None:
        return False
    thing = made.group("thing").lower()
    for item in plan.referrers(goal, "supports", Initiative):
        launched = _LAUNCHES.search(item.title or "")
        if launched is not None and item.status not in (None, "cancelled") \
                and launched.group("thing").lower() == thing:
            return True
    return False


def _set_for_next_period(plan: Plan, goal: Goal) -> bool:
    """Whether a goal names a deliverable by its verb of delivery (see
    :func:`planlint.measure_work.names_deliverable`; no level or quality before the purpose
    it serves) and is set, in a recap of a period closed before the plan's date (see
    :func:`_recap_closes`), for the next period: due by that period's end. The recap
    reports where the period gone stands, and the deliverable is done or not by the end
    of the coming one."""
    closed = plan.shared(_recap_closes)
    title = goal.title or ""
    purpose = _PURPOSE.search(title)
    if closed is None or goal.due is None or not names_deliverable(title) \
            or _QUALITY.search(title[:purpose.start()] if purpose else title):
        return False
    last, cadence = closed
    return last < goal.due <= _period_end(last, cadence)


def _recap_closes(plan: Plan) -> tuple[date, str] | None:
    """The last day of the period a recap reports, and the cadence of its series, when the
    plan states the cadence its measures are read at (``metrics_cadence``), rates no goal,
    and dates every result and reading it reports on or before that day, the last day
    of a month and before the plan's date (a monthly update published after the month
    closed, with its figures for the month and last month's goal met or missed); else
    None."""
    cadence = plan.info.metrics_cadence
    as_of = plan.info.as_of
    if cadence is None or cadence in EVENT_CADENCES or as_of is None \
            or any(goal.rating is not None for goal in plan.goals):
        return None
    dates = [actual.date for goal in plan.goals for actual in goal.actuals] \
        + [actual.date for metric in plan.metrics for actual in metric.actuals]
    if not dates or any(day is None for day in dates):
        return None
    last = max(day for day in dates if day is not None)
    if last >= as_of or (last + timedelta(days=1)).day != 1:
        return None
    return last, cadence


def _period_end(last: date, cadence: str) -> date:
    """The end of the period of ``cadence`` that follows one ending on ``last``, the last
    day of a month: the last day of the month the cadence's months on, and its days
    after that."""
    months, days = cadence_step(cadence)
    if not months:
        return last + timedelta(days=days)
    return add_months(last.replace(day=1), months + 1) - timedelta(days=1 - days)


#: Where a title turns from what it delivers to the purpose it serves (``Add a survey to
#: better understand churn``).
_PURPOSE = LazyPattern(r"\s(?:in order )?to\s", re.IGNORECASE, needs=("to",))


#: A title that asks for a level or a quality rather than a thing (``Become a more
#: aligned team``).
_QUALITY = LazyPattern(r"\b(?:more|less|better|greater)\b", re.IGNORECASE)
#: A deliverable's reach, the whole of a group it is for (``Provide Animal Welfare
#: Training for all Staff``): delivered to all of them, or not.
_TO_ALL = LazyPattern(r"\b(?:for|to) all [a-z]", re.IGNORECASE)


#: A change of one named thing to a new form or way, made once (``Convert CHOA to meet at
#: locations``, ``Migrate the wiki to Markdown``): its verb, then the thing in a few words
#: with no figure, then ``to``.
_CONVERTS_ONE = LazyPattern(
    r"^(?:convert|migrate|switch)\s+(?:the\s+|our\s+|its\s+)?(?:[A-Za-z][\w.-]*\s+){1,3}?to\s",
    re.IGNORECASE, needs=("convert", "migrate", "switch"))


#: A deliverable named as the making of it, a project's expected outcome written as a noun
#: (``The creation of a set of design patterns for…``, ``The development of a suite of
#: interaction primitives…``): a noun of making, then one thing after ``a``; or a noun of
#: finding out, then what is found (``The identification of the cultural factors that…``).
_MAKING_OF = LazyPattern(
    r"^(?:the\s+)?(?:(?:creation|development|establishment|design|production|delivery|"
    r"introduction|publication)\s+of\s+(?:an?|one)|(?:identification|definition|"
    r"determination)\s+of\s+(?:the|an?))\s+\w", re.IGNORECASE, needs=("of",))


def _made_outcome(title: str) -> bool:
    """Whether a title names one deliverable as the making of it (see :data:`_MAKING_OF`),
    not a level or quality (``The development of a better culture``)."""
    return bool(_MAKING_OF.match(strip_label(title))) and not _QUALITY.search(title)


def _one_deliverable(title: str) -> bool:
    """Whether a title names one deliverable, done or not: one body, programme or
    system to set up, one decision (see :func:`planlint.measure_work.sets_up_one`,
    :func:`planlint.measure_work.decides_one`), one named thing to convert or migrate to a
    new form or way (see :data:`_CONVERTS_ONE`), or a deliverable (see
    :func:`planlint.measure_work.names_deliverable`) that is one new thing its verb makes
    (``Create a new DC Data Commons``), or two verbs of delivery joined by ``and`` make
    (``Identify and secure a location``), or is for the whole of a group (``Provide Animal
    Welfare Training for all Staff``), or the making of one thing named as a noun (see
    :func:`_made_outcome`); not a level or quality (``Become a more aligned team``)."""
    if sets_up_one(title) or decides_one(title) or _CONVERTS_ONE.match(strip_label(title)) \
            or _made_outcome(title):
        return True
    if not names_deliverable(title) or _QUALITY.search(title):
        return False
    words = strip_label(title).split(maxsplit=4)
    # two verbs of delivery joined before the thing (``Identify and secure a location``)
    at = 3 if len(words) > 4 and words[1].lower() == "and" \
        and names_deliverable(" ".join(words[2:])) else 1
    return (len(words) > at + 1 and words[at].lower() in ("a", "an")) \
        or _TO_ALL.search(title) is not None


def _reports_no_state(plan: Plan) -> bool:
    """Whether the plan reports nothing of where its goals stand: no goal carries a
    result or a rating and no measure a reading (a plan set out for the period ahead,
    not a status review that could show a deliverable done, late or dropped)."""
    return not any(goal.actuals or goal.rating is not None for goal in plan.goals) \
        and not any(metric.actuals for metric in plan.metrics)


#: A goal its text says the period's plan gives no work on purpose: ``Nothing specific in
#: Q1``, ``Nothing planned this quarter``, ``Not a focus this year``, ``Parked until Q3``.
_PARKED = LazyPattern(
    r"\b(?:(?:nothing\s+(?:specific|planned)|no\s+(?:work|tasks?)\s+planned|not\s+a\s+focus)"
    r"\s+(?:in|for|this|during)|parked\s+(?:until|this|for\s+(?:now|this)))\b", re.IGNORECASE,
    needs=("nothing", "planned", "focus", "parked"))


#: Measures a goal's text says are kept out of the published plan on purpose: ``Measures:
#: see confidential version``, ``KPIs are internal-only``, ``its associated results, this
#: data cannot be included in a public document`` (a category withheld for security).
_KEPT_CONFIDENTIAL = LazyPattern(
    r"\b(?:measures?|metrics?|kpis?|key results?)\b\W+(?:\w+\W+){0,4}?"
    r"(?:confidential|internal[- ]only)\b|"
    r"\b(?:data|results?|measures?|metrics?|kpis?|figures?)\b\W+(?:\w+\W+){0,2}?"
    r"(?:cannot|can ?not|will not|may not|is not|are not) be (?:published|disclosed|"
    r"made public|included in (?:a |any )?public)\b", re.IGNORECASE,
    needs=("confidential", "internal", "published", "disclosed", "made public", "included in"))


def _targeted_elsewhere(plan: Plan, goal: Goal) -> bool:
    """Whether a goal starts after the plan's date in a plan that keeps its targets out
    of its text (``withheld: [targets]``, the plan's or the goal's own): a goal for the
    coming period whose measures are set, with their targets, in the document the plan
    keeps them in."""
    as_of = plan.info.as_of
    return plan.withheld("targets", goal) and as_of is not None \
        and goal.start is not None and goal.start > as_of


def _measured_by_cancelled_work(plan: Plan, goal: Goal, dropped: frozenset[str]) -> bool:
    """Whether a top-level goal of the strategy was measured by the measures of its work,
    and that work was all cancelled, leaving nothing to execute it: uncascaded-goal
    reports the goal, naming the cancelled work, and the missing measure has that one
    cause. A goal that names an owner or metrics of its own (whose goal uncascaded-goal
    may leave to them), or a plan that keeps its work elsewhere, is not such a case."""
    work = plan.referrers(goal, "supports", Initiative)
    return bool(work) and all(item.status == "cancelled" for item in work) \
        and any(set(item.metrics) - dropped for item in work) \
        and goal in plan.top_goals and goal.owner is None and not goal.metrics \
        and goal.id in plan.linked_goals and goal.id not in plan.executed_goals \
        and not plan.withheld("initiatives", goal)


def _measured_by_deliverables(plan: Plan, dropped: frozenset[str]) -> bool:
    """Whether a plan measures its goals only by the deliverables of their work: no goal
    lists a metric of its own, and the measures of the live work that supports its goals,
    of which there are some, are all milestones (a charter's deliverables, each with its
    date): a goal is reached when its work is done. So does a plan that tracks its goals'
    work as dated commitments (see :func:`_tracks_dated_work`)."""
    if _tracks_dated_work(plan, dropped):
        return True
    if any(set(goal.metrics) - dropped for goal in plan.goals):
        return False
    kinds = {plan.measure(metric).kind for work in plan.initiatives
             if work.supports and work.status != "cancelled"
             for metric in plan.refs(work, "metrics", Metric) if metric.id not in dropped}
    return kinds == {"milestone"}


def _tracks_dated_work(plan: Plan, dropped: frozenset[str]) -> bool:
    """Whether a plan tracks its goals' work as dated commitments: every piece of live
    work that supports a goal (some do) states when it is due (``end``) and where it
    stands (``status``), every piece done states the date it was actually done
    (``completed``; one at least is), and no goal under none lists a metric of its own (a
    department's structural reform plan: priorities and actions made of sub-actions, each
    with its scheduled end and its actual dates, published as they move). Such a plan
    reports each goal by its work's dates, done on time, late or not begun: a goal is
    reached when its work is done."""
    work = [item for item in plan.initiatives if item.supports and item.status != "cancelled"]
    done = [item for item in work if item.status == "done"]
    return bool(done) and all(item.end is not None and item.status is not None
                              for item in work) \
        and all(item.completed is not None for item in done) \
        and not any(set(goal.metrics) - dropped for goal in plan.top_goals)


def _has_work(plan: Plan, goal: Goal) -> bool:
    """Whether work of the plan that is not cancelled supports a goal."""
    return any(work.status != "cancelled"
               for work in plan.referrers(goal, "supports", Initiative))


def _releases_version(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is the release of a numbered version, or a prohibition to enact,
    with the work that makes it up listed for it: measured by that work being done."""
    title = goal.title or ""
    return (("." in title  # a version's number has a dot: read the rest only then
             and bool(_VERSION_RELEASE.search(strip_label(title))))
            or _enacts_rule(title)) and _has_work(plan, goal)


def _enacts_rule(title: str) -> bool:
    """Whether a goal's title is a prohibition or requirement to enact
    (``_PROHIBITION``): a rule adopted or not."""
    return bool(_PROHIBITION.match(strip_label(title)))


def _dropped_note(goal: Goal, dropped: frozenset[str]) -> str:
    """What a goal's finding says of the metrics it lists that the plan dropped."""
    gone = [metric for metric in goal.metrics if metric in dropped]
    if not gone:
        return ""
    return f" left (it dropped {joined(gone)})"


@rule(code="PL202", name="metric-without-target", category="metrics", severity="warning",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Operating profit, unit: USD m}\n",
      passes="planlint: 1\nmetrics:\n  - id: M1\n    title: Operating profit\n"
             "    target: {value: 0, date: 2003-12-31}\n"
             "  - {id: KR1, title: Increase NPS from 30 to 50}\n"
             "  - {id: KR2, title: Grow ARR to $X}\n"
             "  - {id: KR3, title: Hire two engineers}\n"
             "  - {id: KR4, title: Launch the partner portal}\n"
             "  - {id: KR5, title: Tracking issue progress (share of checklist items done), "
             "unit: share}\n"
             "  - {id: KR6, title: Releases ship on time, unit: '%'}\n"
             "  - {id: KR38, title: Share of the targets defined in the strategy reached, "
             "unit: '%'}\n"
             "  - {id: KR8, title: 'For each grant, confirm progress through monthly "
             "reporting'}\n"
             "  - {id: KR7, title: Study day-2 operations, "
             "actuals: [{date: 2001-03-31, value: 0.4}]}\n"
             "  - {id: KR9, title: Have flexbox match latest version of spec}\n"
             "  - {id: KR26, title: 'Ensure the GUI functions consistently on macOS, "
             "Linux and Windows'}\n"
             "  - {id: KR27, title: Inspect and classify all 3rd party issues}\n"
             "  - {id: KR28, title: Bringing in key events to be formally part of the "
             "project}\n"
             "  - {id: KR10, title: Intersection observer on trunk}\n"
             "  - {id: KR31, title: Beta release of Automatic Chess}\n"
             "  - {id: KR32, title: 'Road safety: the agency has supported the new road "
             "law'}\n"
             "  - {id: KR12, title: All districts covered by offices}\n"
             "  - {id: KR33, title: Each member of the team performs work for the "
             "showcase}\n"
             "  - {id: KR36, title: All fire stations undertake positive action "
             "activities}\n"
             "  - {id: KR37, title: The Service fulfils its status as a Disability "
             "Confident employer}\n"
             "  - {id: KR16, title: 'Analysis of current liability & safety trends; "
             "options to address'}\n"
             "  - {id: KR13, title: Lead-time of initiatives is known}\n"
             "  - {id: KR19, title: Public multisig transaction logs maintained}\n"
             "  - {id: KR17, title: Measure the satisfaction of participants at our "
             "events}\n"
             "  - {id: KR18, title: 'Twice a year, facilitate a community feedback "
             "session'}\n"
             "  - {id: KR21, title: Budget review at end of year}\n"
             "  - {id: KR22, title: Reports provided a week before Board meeting}\n"
             "  - {id: KR29, title: No client inquiry takes more than one business day "
             "to receive a response}\n"
             "  - {id: KR30, title: Alerts issued for all significant flooding events}\n"
             "  - {id: KR14, title: Pipeline velocity, description: time opportunities "
             "spend in each stage of the sales pipeline}\n"
             "  - {id: KR24, title: Feedback on the usefulness of the website from staff "
             "and patients}\n"
             "  - {id: KR11, title: Current production, unit: t, against: M1, "
             "actuals: [{date: 2001-03-31, value: 58}]}\n"
             "  - {id: KR23, title: Operating profit in Europe, unit: USD m, "
             "breaks_down: M1, actuals: [{date: 2001-03-31, value: -800}]}\n"
             "  - {id: KR15, title: Life satisfaction among young people, "
             "direction: increase, tolerance: 0.1, baseline: {value: 7.6, date: 2001-12-31}}\n"
             "  - {id: KR19, title: Persistence - Overall Student Population, unit: '%', "
             "baseline: {value: 62.6, date: 2002-06-30}}\n"
             "  - {id: KR20, title: Persistence - Homeless, unit: '%', "
             "baseline: {value: 37.5, date: 2002-06-30}, target: {change: 25.4}}\n"
             "  - {id: KR25, title: Businesses created, target: {text: n/a}, "
             "actuals: [{date: 2001-03-31, text: not available}]}\n"
             "  - {id: KR34, title: Política de retenção aprovada nas instâncias pertinentes}\n"
             "  - {id: KR35, title: documenter nos processus dans un manuel}\n"
             "people: [{id: ann}, {id: bob}]\n"
             "goals:\n  - {id: A1, owner: ann, metrics: [KR7]}\n  - {id: A2, owner: ann}\n"
             "  - {id: B1, owner: bob}\n  - {id: B2, owner: bob}\n"
             "  - id: W\n    owner: ann\n    metrics:\n"
             "      - {id: W1, title: Small water works built or rehabilitated, "
             "unit: small water works, target: {value: 500, date: 2003-12-31}, "
             "actuals: [{date: 2001-03-31, value: 381}]}\n"
             "      - {id: W2, title: Animals served by the small water works, unit: animals, "
             "actuals: [{date: 2001-03-31, value: 152006}]}\n"
             "initiatives:\n  - id: S1\n    metrics:\n"
             "      - {id: S1-m, title: Hold 3 screening events, "
             "target: {value: 3, date: 2003-12-31}, source: Evaluation database}\n"
             "      - {id: S1-e, title: '# of individuals screened'}\n"
             "  - id: S2\n    metrics:\n"
             "      - {id: S2-b, title: Monthly reporting of results to establish baseline}\n"
             "  - id: S3\n    metrics:\n"
             "      - {id: S3-r, title: Patients removed from waitlist for administrative "
             "reasons, actuals: [{date: 2001-03-31, value: 140}]}\n"
             "      - {id: S3-c, title: Complaints received through our hotline, "
             "unit: complaints, actuals: [{date: 2001-03-31, value: 68}]}\n")
def metric_without_target(plan: Plan) -> Iterator[Finding]:
    """A metric states no target value.

    A measure without a target tells what happened, not whether it is enough: nobody can say
    the goal is on track, and progress cannot be judged in reviews. A metric has a target
    when it sets ``target`` or lists interim ``targets`` (the latest of them is then the
    value aimed at; a target in words that says there is none, ``No target will be set``,
    ``N/A``, ``TBD``, is none), or when its wording states one as plans in the OKR style do:
    ``Increase NPS from 30 to 50``, ``Churn below 2%``, the number of a count (``Hire two
    engineers``), a number in words or figures in another language (``recruter cinq
    personnes``, ``publier 3 articles``: a number written in words in French, Spanish,
    Portuguese, German, Italian or Dutch is read as its figure), or a placeholder for a
    target kept confidential (``Grow ARR to $X``, ``X% gross margin``). The number of an
    indicator a title cites (``Number of MSMEs created or supported [EUTF Common output
    indicator 1.2.]``, a donor's common indicator the action reports to) is a label, not a
    figure it aims at: such a measure with its target cell ``TBC`` states no target. So is a
    distance from a place that bounds what a measure counts (``Percent of Compatible
    Development within 5 Miles of a Base``, ``Share of residents within 1/2 mile of a
    park``): part of its definition, not the level aimed at.

    Measures come in kinds, given by the metric's ``kind`` or told from its wording
    (``planlint.measures``): a ``level`` read over time (a KPI), a ``count`` of things done
    within a period, which starts from zero, and a ``milestone``, a deliverable that is
    either done or not (``Launch the partner portal``, ``Remove simple text``, an evaluation
    or analysis named by the work that yields its report, ``Evaluation of change in habitat
    extent``, ``Comprehensive analysis of current & future coverage``, ``Analysis &
    recommendations for modifications to current fee structures``, a change on the main
    branch of the code such as ``Intersection observer on trunk``, a release named by its
    stage, ``Beta release of Automatic Chess``, a piece of work reported done by who did it,
    ``Road safety: WRI Mexico has supported the implementation of the new law``, where
    ``has`` is the verb, not things counted, a thing named in another language with the
    participle that says it is delivered after it, in the singular, ``Política de
    enfrentamento da evasão aprovada nas instâncias pertinentes``, ``Charte adoptée par le
    conseil``, as ``Support deployed in InvenioRDM LTS`` is, or opened by a French verb of
    delivery in the infinitive, ``documenter nos processus dans un manuel``, ``faire passer
    le MOOC à l'ensemble des agents``, as ``Document our processes`` is), as is a condition
    each case meets or not (``For each grant, confirm progress``; what each of a group is to
    receive, do or have done, ``Each farmer receives a Soil Health Card``, ``Each member of
    the team performs data engineering work that contributes to a Q2 Product Showcase
    presentation``, ``All districts covered by offices``, ``All fire stations undertake
    local positive action engagement activities``, whose level, all of them, is in its
    words), a status the organisation is to hold, kept or not, as a certification or
    accreditation is (``The Service fulfils its status as a Disability Confident
    employer``), something the organization is to know or track (``Lead-time is known``,
    ``Financial health is being tracked``: it can tell it, or not), a record it is to keep
    (``Public multisig transaction logs maintained``, ``Risk register maintained``: a
    standing practice, kept or not, with no level a target could add; unlike ``Roads
    maintained``, a count), a measuring to set up (``Measure the satisfaction of
    participants``, a key result done or not, as ``Measure and track the diversity of the
    membership`` is), an event held so many times a period (``Twice a year, facilitate a
    community feedback session``: held each time, or not), an act named with when it is done
    (``Budget process annually``, ``Budget review at end of year``, a homeowners' board's
    goals: held when due, or not), a standard of time each case meets before the event it
    serves (``reports provided a week before Board meeting``) and a state to bring about
    with no figure in it (``Have flexbox match latest version of spec``, ``Ensure the GUI
    functions consistently on macOS, Linux and Windows``); so is work named by a verb of
    delivery, among them the general ones of OKR guides, inspect, classify, bring in, or by
    its ``-ing`` form (``Inspect and classify all 3rd party issues``, ``Bringing in key
    events to be formally part of the project``); a plan may also mark a measure it watches
    without a target on purpose (complaints received) as an ``indicator``, and a volume of
    the demand that comes to a service from outside, counted as it comes with no direction,
    rate or share, is not asked for one either (``Enquiries received through our hotline``,
    ``daily in-coming calls``, ``Complaints against RTHK lodged with the Broadcasting
    Authority``, ``Passengers Screened``): what others bring, printed beside a service
    standard as the period's evidence; what the service does with it (``complaints
    resolved``, ``calls answered within 20 seconds``, ``home visits made``) is still asked.
    A plan that says once what its measures are (``plan: {metrics_kind: milestone}``: "Most
    of our goals aren't quantifiable: we do it or don't do it") gives that kind to each
    measure whose own ``kind``, wording and figures tell none (``YouTube channel``,
    ``Community etiquette``), and a measure whose wording tells its kind (a rate, a number,
    a count) keeps it. A plan whose measures are three quarters or more milestones lists
    commitments, and there an item that opens with a verb and holds no figure is one more,
    an activity done or not (``increase support to departments' projects``, ``continue to
    operate the publishing platform``), not a level to target, as is an item whose kind
    nothing tells that is graded, like the deliverables beside it, by the share of it done
    (``Unprefix CSS Writing modes``, 0.7 at the quarter's end). So is, in any plan, a
    measure whose kind nothing tells, that asks no level to move and states no unit,
    cadence, target, baseline or figure, read only as shares done or in words, when three
    quarters or more of the measures beside it (its goal's, or where it has none, the
    plan's), leaving out those read the same way, are milestones (``go-ipld-prime codegen is
    usable in some demo project``, 0.7, among key results that are deliverables; ``Forest
    Module (Tier 3)``, read ``CBM and FullCAM``, beside the other modules to build): one
    more deliverable, done or not, graded as its neighbours are. So is such a measure,
    whatever is beside it, whose words say what the people or things they name first are
    doing (``Newsroom analysts are distributing reports sourced from an article performance
    model``, 20%, beside a level in a pair of key results): a practice to bring about, under
    way or not; a level on the move (``Revenue is growing``) is still asked. So is, in a
    plan whose measures of work are its projects' deliverables (two thirds or more of them
    tell their kind, three quarters of those milestones: a budget book's table of projects,
    each with its "performance measure", ``Analysis of current liability & safety trends;
    options to address``), a measure of work whose kind nothing tells, with no figure, rate,
    unit or verb in its words and no figure, unit or cadence in its fields (``Centralized
    resource for members' physical and emotional needs``): one more deliverable, read as its
    neighbours are; a goal's own measure is not read so. A share of a piece of work's own
    parts done (``share of checklist items done``, ``percent complete``) aims at all of them
    by construction, and is not asked for a target either, nor is the share or number of the
    plan's own targets, KPIs, objectives or measures reached or met (``Share of the targets
    defined in the strategy reached``, ``% of KPIs achieved``): the plan states its aim, all
    of them by its end, by setting the targets it counts, and a target for it would restate
    them (the objectives of a partner's agreement or a pupil's plan are still asked); nor is
    a share of cases worded as the condition each should meet (``Releases ship on time``,
    ``Customers not blocked from upgrading``, in percent), which aims at all of them as
    plainly as if it said 100%. Nor is a measure with no unit or figure whose words state a
    standard every case meets, its level, all of them or none over the limit, in its words
    (``No client inquiry takes more than one business day to receive a response``, ``Resolve
    all critical alerts within 7 days``, ``Alerts issued for all significant flooding
    events``, ``Net public benefit on each project funded``): met each time or not, it has
    no target to set nor start to read (nor is it asked a baseline), though its source is
    still asked; a share of cases in percent (``Percentage of complaints responded to within
    timescales``) is a level. In a plan of people's own objectives (individual OKRs, see
    metric-without-source), a key result read only by how much of it is done (``Study day-2
    operations``, 0.4 at the quarter's end), with no unit, no figure in its words and no
    level to move, is the person's own activity graded by them: there is no level to target.
    A milestone needs no target, baseline, unit, cadence or source: its date and whether it
    was done are what count (stale-metric and off-track-metric judge those), and an
    indicator needs no target or baseline, unless it and the others beside it are all a goal
    has: a goal measured only by indicators watched without a target (every year's target
    cell ``Tracking only``), with no goal below it or work for it measured otherwise, states
    no result that means it is reached, and is reported once, at the goal. Nor does a
    current level the plan prints as a row of its own under the level required (``Current
    Production`` under ``Requirement of Rice``, ``against`` that requirement): the pair
    states one target, on the requirement, and the current row is read against it. Nor does
    a breakdown of a measure that sets a target (``breaks_down``: its figure for a part of
    what that measure measures, a region, a filing method, a group, or a component of a
    composite, as an annual report's table beside a KPM gives its processing days by filing
    method): the target is set on the measure, and the breakdown shows where it is met or
    missed. A breakdown of a measure itself reported for want of a target is counted with
    that measure, not as one more without one (a national indicator's series by Land are one
    measure lacking a target, not sixteen); a breakdown of a measure not asked for one is
    still asked, and one with a target of its own is judged on it. Nor does a record of
    finished work, a metric listed only by initiatives that are done or cancelled (the
    reference pages a project added, counted when it ended): the rules that ask a measure
    for its target, baseline, unit, cadence or source leave it alone. A measure that states
    no figure at all (no target, baseline or actual, in its fields or its wording) is
    reported once, here, rather than also by each of the rules that ask for its baseline,
    unit, cadence or source. A key result that a goal below takes up as its own objective
    (see stale-metric) states its target through that goal's key results. When more than a
    third of a plan's measures state no target, the plan is reported once instead of each
    measure, saying, where none of them states a figure, that it stands for their baselines
    too; but not a plan none of whose measures that need a target sets one, each only quoted
    with its readings, and fewer than half of whose goals list a measure at all (an annual
    report's goals beside the statistics it publishes: commits made each month, followers,
    the year's accounts): those figures are the report's transparency, not measures the plan
    set for its goals, and what the goals lack is a measure, which unmeasured-goal asks. The
    same holds of such a plan's one measure (a makerspace's year report quoting, after the
    year, the share of the time the space was open, beside goals that list none): one
    statistic quoted is no more a target forgotten than several. Nor is a report whose
    measures without a target, more than a third of them (or three or more that are a third:
    an economic development corporation's scorecard of goals and actuals, beside the year's
    impact it also cites), are statistics it quotes in figures and states no direction for,
    beside a performance table that targets at least a third of its measures and reads each
    one it targets (an inspector general's budget justification, every measure of its
    performance table targeted, beside its "Significant Results", the receivables,
    exclusions and actions the year yielded; a utility's scorecard whose regulator's
    monitoring measures carry no target): the plan sets levels where it sets them, and the
    other figures are its account of the period or what it monitors; a statistic with a
    direction or read only in words, or a targeted measure left unread, makes them targets
    missing again. So is a report whose goals carry its targets, however few they are beside
    its figures: two goals or more list a measure that states one and no goal or work lists
    any of the statistics (an open-startup founder's monthly update, its month's users,
    trials and revenue by source quoted beside goals for the month, ``$150 MRR``, ``4,000
    Daily Active Users``, each measured against its target). A plan that keeps its targets
    out of its text on purpose (``plan: withheld: [targets]``, a handbook that publishes its
    OKRs but keeps their figures internal) is not asked for them, nor is a measure only
    goals that say so of themselves (their own ``withheld: [targets]``) and their work list,
    which does not count towards the plan's practice either. Nor is a measure its plan reads
    stage by stage through a pipeline or funnel (``the time that opportunities spend in each
    stage of the sales pipeline``): a breakdown of a process, one figure per stage, read to
    find where it stalls; there is no one level to target. Nor is a measure that names
    people's views gathered in their own words as what it measures (feedback, testimonials,
    stories, interviews, focus groups, a survey, data it calls qualitative: ``Feedback on
    the usefulness of the website from staff and patients``, ``patient experience surveys``,
    ``Annual survey``) and reads no figure from them, with no rate, score, satisfaction or
    number in its words and no unit or figure in its fields: qualitative evidence, read for
    what it says, has no level for a target to set (a satisfaction score or a survey's share
    of positive answers is a level, and is asked). Nor is a process measure of a piece of
    work that states no figure at all (``# of individuals screened``) when every other
    measure of that work states a target and names the source it is recorded in (a
    strategy's dated, targeted outputs kept in the plan's evaluation database): the work's
    results are targeted there, and the count is kept beside them to evaluate the work. Nor
    is such a measure when the work is a study, its title opening with what it investigates,
    evaluates, assesses or analyses (``Investigate PIA to Disposition Decision time interval
    factors``, ``Evaluation of mid shift physician change over``): it measures what the
    study sets out to find, and the level to reach is set once it reports; a figure it
    states or reads is judged as any other. So is such a measure that names no quantity and
    says it gathers the data to establish a baseline (``Daily, weekly and monthly reporting
    of results to establish baseline``, the reporting of a new indicator in the year that
    sets its baseline): it finds the level the target will be set from; a count or share
    whose target waits for its baseline (``Number of staff trained``, ``Collecting baseline
    data``) is still asked. Nor is a process measure, read or not, that states no target and
    counts, by its own words, what reviews turn up: the cases a review of a list removes for
    administrative reasons (``Estimated number of patients removed from waitlist for
    administrative reasons``: duplicates, surgery done elsewhere, no longer needed) or the
    changes introduced from debriefs, reviews, audits or investigations (``new interventions
    or safety protocols introduced from department level WPV debriefs/reviews``): its number
    is whatever the reviews find, and a target for it would reward the count, not the aim;
    cases the work itself removes (``removed from the waitlist and referred to the
    community``) are its level, still asked. Nor is a measure with a direction to rise or
    fall in a plan most of whose such measures without a target state a ``tolerance``, their
    threshold of real change (an outcomes framework whose panel sets each indicator's
    comparison year and criteria for determining change, and reports it improving, unchanged
    or worsening): the plan judges progress by direction against that threshold, as
    off-track-metric reads it, even for a measure whose criterion is no fixed figure; it
    asks no target to be judged. So is such a measure, read from a baseline value, that the
    plan rates itself (its ``rating``: a national strategy's indicator whose target is a
    direction, graded each year from its latest and average changes): the plan calls its
    result on track or not by the way it moved from that base. Nor is a measure that only
    continuing duties (``kind: ongoing``) list, with a direction, a baseline value and
    readings since (an agency's FOIA backlog it will "continue to work toward a reduction
    of", from 4,522 requests in April 2014, read twice since): a standing duty has no level
    at which it ends, its aim is the direction, and each reading is judged against where it
    started. Nor is the whole population's row of a measure broken down by group
    (``Persistence - Overall Student Population`` beside ``Persistence - Black or African
    American``, the measure and the group parted by a dash or a colon), with its figure and
    no target, when the rows of its groups under the same item state targets: an equity
    plan's gaps are measured against it, and its goals are the groups' (a state template
    prints the overall row's goals "N/A"); a group's row without a target, or a
    whole-population row beside groups none of which is targeted, is still reported. Nor is
    a count, in whole readings and with no target, of what a targeted output listed beside
    it reaches: its title names, after the things it counts, the things another measure of
    the same item counts against a target, that measure's unit of two words or more
    (``animals served by the small water works``, 152,006, beside ``small water works built
    or rehabilitated``, 381 of 500, as a programme's results page prints the reach of its
    works with no target beside their targeted counts): a reach figure of that output, whose
    target is on the output; a share of it (in percent), a figure of things it does not
    name, or one beside an untargeted output is still reported. Nor is a measure a plan
    tracks beside the one key performance indicator it targets for each objective: every
    goal that lists a measure lists exactly one whose target states a figure, two goals or
    more do so, and two or more list others beside it, each read in figures with no target
    cell and no direction (a city department's progress report, each objective's page
    charting its KPI against its target over a table of "other indicators": taxi-related
    crimes, lost work days, beside crimes per 100,000 miles, target 3.39). The report sets
    one level per objective by design and tracks the rest as context; one never read, with a
    direction or a placeholder target (``TBD``), or a plan with an objective that targets
    none or two, is still asked. Nor is a measure that is only a name (no target cell,
    direction, unit or figure) listed after the one that carries its goal's own level: the
    goal states its level in words and that measure takes them as its target (a law's
    objective ``disparition du rachitisme carentiel``, the target of its first indicator,
    hospitalisations for rickets, before ``Consommation de vitamine D par la population
    pédiatrique``): the objective sets one level, and the indicators after it follow its
    means, watched. Nor is a measure a report sets aside for its period in both cells: its
    target says none applies (``n/a``, ``not applicable``) and its result gives no figure,
    only words (a results report's indicator whose target is ``n/a`` because no result is
    expected that year, or because another department reports it, its result ``not
    available``): the report says the measure does not run that year, not that its level was
    left unset. A target ``n/a`` on a measure with no result yet, or read with a figure, and
    one still to come (``TBD``, ``No target will be set``), is still reported.
    """
    if plan.withheld("targets"):
        return
    by_threshold = _thresholds_widespread(plan)

    def excluded(metric: Metric, measure: Measure) -> bool:
        return measure.kind in ("milestone", "indicator") or measure.completion \
            or shares_cases_meeting(metric) or sets_standard(metric) \
            or plan.carrier(metric) is not None \
            or (plan.personal and done_in_part(metric, measure)) \
            or _read_against_target(plan, metric) or _breaks_down_targeted(plan, metric) \
            or _by_stage(metric) or gathers_views(metric, measure) or counts_demand(metric) \
            or _comparison_row(plan, metric) or _reach_of_targeted_output(plan, metric) \
            or metric.id in plan.shared(_tracked_beside_kpis) \
            or metric.id in plan.shared(_beside_goal_level) \
            or _evaluates_targeted_work(plan, metric, measure) \
            or _measures_a_study(plan, metric, measure) \
            or _duty_kept_moving(plan, metric) or _set_aside(metric) \
            or (metric.direction in ("increase", "decrease") and final_target(metric) is None
                and (by_threshold or _graded_by_direction(metric)))

    missing: list[Finding] = []
    names = figureless_ones = 0  # of them, measures that are only a name, that state no figure
    targeted: list[tuple[Metric, Measure]] = []  # judged only as far as need be
    kept_out = plan.withheld_ids("targets")
    for metric in formulated(plan):
        if metric.id in kept_out:
            continue
        measure = plan.measure(metric)
        bare = figureless(metric, measure)
        untargeted = not bare and not measure.states_target and all(
            says_none(target.text) for target in (metric.target, *metric.targets)
            if target is not None)
        if not (bare or untargeted):
            targeted.append((metric, measure))
        elif excluded(metric, measure):
            continue
        elif bare and not (metric.unit or metric.cadence or metric.source
                           or measure.unit):
            names += 1
            figureless_ones += 1
            missing.append(metric.finding(
                f"{metric.describe()} is only a name so far: it has no target, baseline, "
                "unit, cadence, source or reading; define it, starting with target: "
                "{value, date}"))
        elif bare:
            figureless_ones += 1
            missing.append(metric.finding(
                f"{metric.describe()} states no figure yet: no target, baseline or actual; "
                "quantify it, starting with target: {value, date}"))
        else:
            placeholder = next((target.text for target in (*metric.targets, metric.target)
                                if target is not None and target.text), None)
            said = f" (its target says: {placeholder!r})" if placeholder else ""
            missing.append(metric.finding(
                f"{metric.describe()} has no target{said}; set target: {{value, "
                "date} to the level that means the goal is reached",
                field="target" if placeholder else None))
    missing = _measures_not_breakdowns(plan, missing)
    eligible = eligible_so_far(len(missing), len(missing),
                               (not excluded(metric, measure) for metric, measure in targeted))
    if not _statistics_beside_goals(plan, missing, eligible) \
            and not _account_beside_targets(plan, missing, eligible, targeted):
        # where every one states no figure, the finding stands for their baselines,
        # units, cadences and sources too, which the other rules then leave to it
        lacking, fix = (
            ("are only names so far, with no target, baseline, unit, cadence, source or "
             "reading", "define each, starting with target: {value, date}")
            if missing and names == len(missing) else
            ("state no figure yet: no target, baseline or reading",
             "quantify each, starting with target: {value, date}")
            if missing and figureless_ones == len(missing) else
            ("state no target", "set target: {value, date} on each, so progress can be "
                                "judged"))
        yield from by_practice(plan, missing, eligible, items="metrics", lacking=lacking,
                               fix=fix)
    # no indicator (dropped ones too: a goal's work may list them), no goal measured
    # only by indicators: most plans, whose goals need not be gone through
    if not any(plan.measure(metric).kind == "indicator" for metric in plan.of_kind(Metric)):
        return
    for goal in plan.goals:
        watched = _watched_only(plan, goal)
        if watched:
            yield goal.finding(
                f"{goal.describe()} is measured only by indicators watched without a target "
                f"({joined([metric.id for metric in watched])}): nothing says what result "
                "means it is reached; set a target on the measure that shows it",
                field="metrics")


def _thresholds_widespread(plan: Plan) -> bool:
    """Whether more than half of the plan's measures with a direction to rise or fall
    and no target state a ``tolerance``, their threshold of real change: the plan judges
    its untargeted measures by direction (an outcomes framework's criteria for
    determining change, one for each indicator, some of them not a fixed figure)."""
    untargeted = [metric for metric in plan.metrics
                  if metric.direction in ("increase", "decrease")
                  and final_target(metric) is None]
    return 2 * sum(metric.tolerance is not None for metric in untargeted) > len(untargeted)


#: A measure read stage by stage through a pipeline or funnel (``the time that
#: opportunities spend in each stage of the sales pipeline``, ``rates of conversion of
#: opportunities as they evolve through the stages in the sales pipeline``).
_BY_STAGE = LazyPattern(r"\b(?:(?:in|at|between|for) (?:each|every) stage|through (?:the|its|all "
                        r"the) stages)\b[^.]{0,20}?\b(?:of|in) (?:the|a|our|its) "
                        r"(?:[\w-]+ ){0,2}?(?:pipeline|funnel)\b", re.IGNORECASE,
    needs=("pipeline", "funnel"))


def _by_stage(metric: Metric) -> bool:
    """Whether a metric that states no target says it is read stage by stage through a
    pipeline or funnel: a breakdown, one figure per stage, read to find where work stalls,
    with no one level to target."""
    return final_target(metric) is None and any(
        _BY_STAGE.search(worded(text)) for text in (metric.title, metric.description))


def _graded_by_direction(metric: Metric) -> bool:
    """Whether a measure stated with a ``direction`` and no target is read from a baseline
    value and carries the plan's own ``rating``: the plan grades its result by the way it
    moved from that base (a national strategy's indicator whose target is a direction,
    its weather symbol computed each year from its latest and average changes)."""
    baseline = metric.baseline
    return metric.rating is not None and baseline is not None and baseline.value is not None \
        and bool(metric.actuals)


def _evaluates_targeted_work(plan: Plan, metric: Metric, measure: Measure) -> bool:
    """Whether a process measure (see :func:`planlint.measure_work.measures_work`) that
    states no figure at all evaluates work whose every other measure states a target and
    names the source it is recorded in (a strategy's dated, targeted milestones kept in the
    plan's evaluation database, beside ``# of screening events``): the work's results are
    targeted there, and the count is kept to evaluate it, not a level to aim at."""
    if not figureless(metric, measure) or metric.source is not None \
            or not measures_work(plan, metric):
        return False
    for work in plan.referrers(metric, "metrics", Initiative):
        others = [other for other in plan.refs(work, "metrics", Metric)
                  if not (measures_work(plan, other)
                          and figureless(other, plan.measure(other)))]
        if not others or any(other.source is None or (
                final_target(other) is None and not plan.measure(other).states_target)
                for other in others):
            return False
    return True


#: A piece of work that is a study, by the words its title opens with: it investigates,
#: evaluates, assesses, studies, examines or analyses something (``Investigate PIA to
#: Disposition Decision time interval factors``, ``Evaluation of mid shift physician
#: change over``).
_STUDY = LazyPattern(
    r"(?:investigat(?:e|ing)|evaluat(?:e|ing)|assess(?:ing)?|study(?:ing)?|examin(?:e|ing)"
    r"|analy[sz](?:e|ing))\b|(?:an? |the )?(?:investigation|evaluation|assessment|study"
    r"|examination|analysis|review) (?:of|into)\b", re.IGNORECASE)


#: A measure's own words that say it gathers the data to establish a baseline
#: (``reporting of results to establish baseline``, ``baseline data collection``).
_TO_BASELINE = LazyPattern(
    r"\b(?:establish(?:es|ing)?|set(?:s|ting)?|collect(?:s|ing)?|determin(?:e|es|ing)"
    r"|measur(?:e|es|ing)) (?:an? |the )?(?:initial )?baselines?\b"
    r"|\bbaseline (?:data )?(?:collection|gathering)\b", re.IGNORECASE)


#: A count of what reviews turn up, by its own words: cases a review of a list removes for
#: administrative reasons (``patients removed from waitlist for administrative reasons``),
#: or changes introduced from debriefs, reviews, audits or investigations (``new
#: interventions or safety protocols introduced from department level WPV
#: debriefs/reviews``).
_REVIEW_YIELD = LazyPattern(
    r"\b(?:removed|withdrawn|closed|taken off)\b[^.;]{0,60}?\bfor administrative reasons\b"
    r"|\b(?:introduced|arising|resulting)\s+(?:from|out of|through)\s+(?:[\w/-]+\s+){0,4}?"
    r"(?:debriefs?|reviews?|audits?|investigations?)\b", re.IGNORECASE,
    needs=("administrative", "debrief", "review", "audit", "investigation"))


def _measures_a_study(plan: Plan, metric: Metric, measure: Measure) -> bool:
    """Whether a process measure (see :func:`planlint.measure_work.measures_work`) that
    states no figure at all measures a finding-out: it is listed only by work that is a
    study (see ``_STUDY``), or it names no quantity (no unit, and nothing in its words
    tells its kind or names a unit or figure) and its words say it gathers the data to
    establish a baseline (see ``_TO_BASELINE``). What it measures is what the study, or
    the baseline, sets out to find (the factors behind a delay, the level a new indicator
    stands at), and the level to reach is set once it reports; a count or share whose
    target waits for its baseline is still asked. So is a process measure with no target,
    read or not, whose words say it counts what reviews turn up (see ``_REVIEW_YIELD``:
    cases a review of a list removes for administrative reasons, changes introduced from
    incident debriefs): its number is whatever the reviews find."""
    if not measures_work(plan, metric):
        return False
    if final_target(metric) is None and _REVIEW_YIELD.search(worded(metric.title)):
        return True
    if not figureless(metric, measure):
        return False
    quantity = measure.told or measure.unit or measure.numbers or metric.unit is not None
    return (not quantity and bool(_TO_BASELINE.search(worded(metric.title)))) or all(
        _STUDY.match(strip_label(work.title or "").lstrip())
        for work in plan.referrers(metric, "metrics", Initiative))


def _duty_kept_moving(plan: Plan, metric: Metric) -> bool:
    """Whether a measure is kept moving one way from a stated start by a continuing duty:
    it has a ``direction`` and a baseline value, readings after the baseline, no goal lists
    it, and every piece of work that does is a continuing duty (``NARA will continue to
    work toward a reduction of its backlog``, from 4,522 requests): the duty's aim is the
    direction itself, judged at each reading against where it started."""
    baseline = metric.baseline
    if metric.direction not in ("increase", "decrease") or baseline is None \
            or baseline.value is None or metric_goals(plan, metric):
        return False
    work = plan.referrers(metric, "metrics", Initiative)
    return bool(work) and all(continuing(item) for item in work) and any(
        baseline.date is None or actual.date > baseline.date for actual in metric.actuals)


#: A target cell that says no target applies (``n/a``, ``N/A``, ``not applicable``), not
#: one still to come (``TBD``, ``No target will be set``) nor one that is missing (``not
#: available``).
_NOT_APPLICABLE = LazyPattern(r"(?:n/a|n\.a\.|not applicable)\W{0,3}", re.IGNORECASE)


def _set_aside(metric: Metric) -> bool:
    """Whether a report sets a measure aside for its period in both cells: each target it
    states says none applies (see ``_NOT_APPLICABLE``), and it reports the measure with
    no figure, only results in words (``not available``), and no baseline value (a
    results report's indicator with no result expected that year, its target ``n/a``)."""
    targets = [target for target in (metric.target, *metric.targets) if target is not None]
    return bool(targets and metric.actuals) and all(
        target.value is None and _NOT_APPLICABLE.fullmatch((target.text or "").strip())
        for target in targets) \
        and (metric.baseline is None or metric.baseline.value is None) \
        and all(actual.value is None and actual.score is None for actual in metric.actuals)


def _read_against_target(plan: Plan, metric: Metric) -> bool:
    """Whether the metric is read against another that states a target (``against``: a
    table's ``Current Production`` row under ``Requirement of Rice``): the pair's target
    is on that metric."""
    other = plan.ref(metric, "against", Metric)
    return other is not None and (final_target(other) is not None
                                  or plan.measure(other).states_target)


def _whole_states(plan: Plan, metric: Metric, field: str) -> bool:
    """Whether the metric breaks down one that states ``field`` (its ``cadence``, its
    ``source``): a breakdown is read with its measure, from the same data."""
    return plan.whole_answers(metric, lambda whole: getattr(whole, field) is not None)


def _measures_not_breakdowns(plan: Plan, missing: list[Finding]) -> list[Finding]:
    """The findings of ``missing`` but those on a breakdown (``breaks_down``) of a measure
    that is itself among them: a figure by region or group of a measure with no target is
    that measure's gap, not one more measure without a target."""
    counted = {finding.node for finding in missing if finding.kind == "metric"}
    kept: list[Finding] = []
    for finding in missing:
        metric = plan.get(finding.node) if finding.kind == "metric" else None
        if isinstance(metric, Metric) and metric.breaks_down is not None \
                and plan.whole_answers(metric, lambda whole: whole.id in counted):
            continue
        kept.append(finding)
    return kept


def _breaks_down_targeted(plan: Plan, metric: Metric) -> bool:
    """Whether the metric breaks down one that sets a target (``breaks_down``: a KPM's
    figure by filing method, or a component of a composite, whose target is the KPM's)."""
    return plan.whole_answers(metric, partial(_sets_target, plan))


#: What parts a row's measure from its group in a title broken down by group: a dash
#: between spaces or a colon (``Persistence - Black or African American``).
_GROUP_SEPARATORS = (" - ", " \u2013 ", " \u2014 ", ": ")
#: The group that is the whole population of a broken-down table (``Overall Student
#: Population``, ``All Students``, ``All``, ``Total``).
_WHOLE_POPULATION = LazyPattern(
    r"(?:overall|all|total)(?:\s+(?:student|students|pupils|learners|participants|people|"
    r"patients|residents|population|groups))*", re.IGNORECASE)


def _breakdown(metric: Metric) -> tuple[str, bool] | None:
    """A group row's measure (folded) and whether its group is the whole population: the
    title parted at its last separator; None for a title with none."""
    title = metric.title or ""
    cut, sep = max((title.rfind(sep), sep) for sep in _GROUP_SEPARATORS)
    if cut <= 0:
        return None
    measure, group = title[:cut].strip(), title[cut + len(sep):].strip()
    if not measure or not group:
        return None
    return measure.casefold(), bool(_WHOLE_POPULATION.fullmatch(group))


def _targeted_groups(plan: Plan) -> frozenset[tuple[str, ...]]:
    """The measures broken down by group whose group rows, listed under one item (its
    ids, then the measure), state a target."""
    found = set()
    for metric in plan.metrics:
        row = _breakdown(metric)
        if row is None or row[1] or (final_target(metric) is None
                                     and not plan.measure(metric).states_target):
            continue
        holders = tuple(sorted(item.id for item in plan.referrers(metric, "metrics")))
        found.add((*holders, row[0]))
    return frozenset(found)


def _comparison_row(plan: Plan, metric: Metric) -> bool:
    """Whether the metric is the whole-population row of a measure broken down by group
    (``Successful Enrollment - Overall Student Population``), with a figure, listed under
    the same item as group rows of that measure that state targets: the comparison the
    groups' gaps are measured against."""
    if metric.baseline is None and not metric.actuals:
        return False
    row = _breakdown(metric)
    if row is None or not row[1]:
        return False
    holders = tuple(sorted(item.id for item in plan.referrers(metric, "metrics")))
    return (*holders, row[0]) in plan.shared(_targeted_groups)


def _targeted_outputs(plan: Plan) -> Mapping[str, tuple[str, ...]]:
    """For each measure listed by a goal or a piece of work beside measures that state a
    target and a unit of two words or more, those units (folded): the things the item's
    targeted outputs count."""
    targeted = {metric.id: " ".join(metric.unit.casefold().split()) for metric in plan.metrics
                if metric.unit and " " in metric.unit.strip()
                and (final_target(metric) is not None or plan.measure(metric).states_target)}
    found: dict[str, tuple[str, ...]] = {}
    holders: list[Goal | Initiative] = [*plan.goals, *plan.initiatives] if targeted else []
    for item in holders:
        if targeted.keys().isdisjoint(item.metrics):
            continue
        units = tuple(targeted[ref] for ref in item.metrics if ref in targeted)
        for metric in plan.refs(item, "metrics", Metric):
            found[metric.id] = found.get(metric.id, ()) + units
    return found


def _tracked_beside_kpis(plan: Plan) -> frozenset[str]:
    """The measures a plan tracks beside one targeted key performance indicator per
    objective: every goal that lists a measure lists exactly one whose target states a
    figure, two goals or more do so, and two or more of them list others beside it (a
    city department's progress report, each objective's page charting its KPI against
    its target over a table of "other indicators"). Of those others, each read in
    figures, with no target cell and no direction, is tracked beside the KPI by design."""
    dropped = plan.dropped_metrics
    listed = [[metric for metric in plan.refs(goal, "metrics", Metric)
               if metric.id not in dropped] for goal in plan.goals]
    listed = [metrics for metrics in listed if metrics]
    targeted = [[metric for metric in metrics if (final := final_target(metric)) is not None
                 and final[0].value is not None] for metrics in listed]
    if len(listed) < 2 or any(len(kpis) != 1 for kpis in targeted) \
            or sum(len(metrics) > 1 for metrics in listed) < 2:
        return frozenset()
    return frozenset(
        metric.id for metrics, kpis in zip(listed, targeted, strict=True)
        for metric in metrics if metric is not kpis[0] and metric.target is None
        and not metric.targets and metric.direction is None
        and any(actual.value is not None for actual in metric.actuals))


def _beside_goal_level(plan: Plan) -> frozenset[str]:
    """The measures that follow, with no figure, the one that carries their goal's own
    level: a goal whose title or description states its level in words, which a measure
    it lists takes as its target in the same words (``disparition du rachitisme
    carentiel``, a law's objective and the target of its first indicator, the
    hospitalisations for rickets), lists after that measure one that is only a name, with
    no target cell, direction, unit or figure (``Consommation de vitamine D par la
    population pédiatrique``): the objective sets one level, carried by the measure that
    shows it reached, and the ones after it follow its means, watched."""
    dropped = plan.dropped_metrics
    following: list[str] = []
    for goal in plan.goals:
        said = " ".join(worded(goal.title, goal.description).casefold().split())
        carried = False
        for metric in plan.refs(goal, "metrics", Metric):
            if metric.id in dropped:
                continue
            final = final_target(metric)
            text = " ".join((final[0].text or "").casefold().split()) \
                if final is not None and final[0].value is None else ""
            if len(text.split()) >= 3 and text in said:
                carried = True
            elif carried and metric.target is None and not metric.targets \
                    and metric.direction is None and metric.unit is None \
                    and metric.baseline is None and not metric.actuals:
                following.append(metric.id)
    return frozenset(following)


def _reach_of_targeted_output(plan: Plan, metric: Metric) -> bool:
    """Whether a measure with no target counts, in whole readings, what a targeted output
    listed beside it reaches: its title names, after the things it counts, the things
    another measure of the same item counts against a target (that measure's unit, two
    words or more: ``animals served by the small water works`` beside ``small water
    works built``, 381 of 500): a reach figure of that output, whose target is on it."""
    if metric.target is not None or metric.targets or not metric.actuals:
        return False
    units = plan.shared(_targeted_outputs).get(metric.id)
    values = [actual.value for actual in metric.actuals if actual.value is not None]
    if not units or not values or any(value < 0 or value != int(value) for value in values) \
            or "%" in (metric.unit or ""):
        return False
    title = " ".join((metric.title or "").casefold().split())
    own = " ".join((metric.unit or "").casefold().split())
    for unit in units:
        at = title.find(unit)
        if unit != own and at > 0 and title[at - 1] == " " and (
                at + len(unit) == len(title) or not title[at + len(unit)].isalnum()):
            return True
    return False


def _statistics_beside_goals(plan: Plan, missing: list[Finding], eligible: int) -> bool:
    """Whether every measure lacking a target (all of those that need one) is only quoted
    with its readings (see :func:`only_quoted`), and fewer than half of the plan's goals
    list a measure at all: a report's statistics given beside goals that state no measure,
    not targets the plan forgot; one such statistic as well as several."""
    return bool(missing) and len(missing) == eligible \
        and 2 * sum(1 for goal in plan.goals if goal.metrics) < len(plan.goals) \
        and all(isinstance(metric := plan.by_id.get(finding.node), Metric)
                and only_quoted(plan, metric) for finding in missing)


#: Statistics a report quotes beside its targeted table, at the least, for them to be its
#: account of the period when they are exactly a third of its measures (above a third,
#: :func:`planlint.practice.widespread` decides): two are a few targets missing.
_QUOTED_FEWEST = 3


def _account_beside_targets(plan: Plan, missing: list[Finding], eligible: int,
                            targeted: list[tuple[Metric, Measure]]) -> bool:
    """Whether the measures lacking a target, though more than a third of the plan's (see
    :func:`planlint.practice.widespread`), or a third and at least ``_QUOTED_FEWEST``,
    are a report's statistics beside a performance
    table it targets: each is only quoted, with figures among its readings (see
    :func:`only_quoted`), and states no direction, while the plan targets at least a
    third of its measures that need a target and reads every one it targets, or its
    goals carry its targets (see :func:`_goals_carry_targets`). The plan
    follows the practice where it sets levels; the other figures are its account of
    what the period yielded or what it monitors, not targets forgotten."""
    if not (widespread(len(missing), eligible)
            or (len(missing) >= _QUOTED_FEWEST and 3 * len(missing) >= eligible)):
        return False
    if (2 * len(targeted) < len(missing) or any(not metric.actuals for metric, _ in targeted)) \
            and not _goals_carry_targets(plan, missing, targeted):
        return False
    for finding in missing:
        metric = plan.by_id.get(finding.node)
        if not isinstance(metric, Metric) or metric.direction is not None \
                or not only_quoted(plan, metric) \
                or all(actual.value is None for actual in metric.actuals):
            return False
    return True


def _goals_carry_targets(plan: Plan, missing: list[Finding],
                         targeted: list[tuple[Metric, Measure]]) -> bool:
    """Whether the plan's goals carry its targets: two goals or more list a measure that
    states one (in its fields or its wording), and no goal or piece of work lists a
    measure lacking one (``missing``). The figures no goal lists beside them are the
    report's account of the period (an open-startup update's monthly figures beside its
    goals for the month), not targets forgotten."""
    if any(isinstance(metric := plan.by_id.get(finding.node), Metric)
           and _listed(plan, metric) for finding in missing):
        return False
    aimed = {metric.id for metric, _ in targeted}
    return sum(1 for goal in plan.goals
               if not aimed.isdisjoint(goal.metrics)) >= 2


def _watched_only(plan: Plan, goal: Goal) -> list[Metric]:
    """A goal's measures when they are all indicators watched without a target, and no
    goal below it or work for it is measured otherwise; else none."""
    def watched(metrics: list[Metric]) -> bool:
        return all(plan.measure(metric).kind == "indicator" and final_target(metric) is None
                   for metric in metrics)

    # the cheap refusals first: most goals have goals below them or a measure of their own
    # that is not watched, and then their work's measures need not be gathered
    dropped = plan.dropped_metrics
    measures = [metric for metric in plan.refs(goal, "metrics", Metric)
                if metric.id not in dropped]
    if plan.subgoals(goal) or not watched(measures):
        return []
    for work in plan.referrers(goal, "supports", Initiative):
        more = plan.refs(work, "metrics", Metric)
        if not watched(more):
            return []
        measures += more
    return measures


def target_kept_out(plan: Plan, metric: Metric) -> bool:
    """Whether the plan keeps the metric's target out of its text on purpose
    (``withheld: [targets]``) and the metric states none: the measure is set out, with its
    target, in the document the plan keeps its targets in."""
    return final_target(metric) is None and plan.withheld("targets", metric)


@rule(code="PL204", name="metric-without-unit", category="metrics", severity="warning",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Customer satisfaction, "
            "target: {value: 4.2}}\n",
      passes="planlint: 1\nmetrics:\n  - {id: M1, title: Customer satisfaction, unit: "
             "score of 1 to 5, target: {value: 4.2}}\n"
             "  - {id: M2, title: Percent of roads in good condition}\n"
             "  - {id: KR1, title: Hire two engineers}\n"
             "  - {id: M3, title: Four membership drives in 2021, target: {value: 4}}\n"
             "  - {id: KR2, title: Baseline satisfaction score is established, "
             "target: {value: 1}, cadence: quarterly, actuals: [{date: 2024-06-30, value: 0}]}\n"
             "  - id: M4\n    title: Our community keeps engaging with us\n"
             "    baseline: {text: no analytics, date: 2020-12-01}\n"
             "    target: {text: set up analytics, date: 2021-03-31}\n"
             "    actuals: [{date: 2021-03-04, value: 1}]\n"
             "  - {id: M5, title: List of known deployments, actuals: [{date: 2019-08-31, "
             "value: 9}]}\n"
             "  - {id: M6, title: App store rating remains above 4.8, target: {value: 4.8}}\n"
             "  - {id: KR3, title: Improve internal communication, "
             "actuals: [{date: 2018-09-30, value: 0}]}\n"
             "  - {id: KR4, title: Fund security work for at least ten critical open "
             "source organizations, target: {value: 10}}\n"
             "  - {id: M7, title: Completion of signed partnership agreements, "
             "baseline: {value: 0}, target: {value: 35}}\n"
             "  - {id: KR5, title: At least 1 developer/user using our templates}\n"
             "  - {id: M8, title: Investigation reports completed, kind: indicator, "
             "actuals: [{date: 2026-06-30, value: 7678}]}\n"
             "  - {id: KR6, title: Study day-2 operations, "
             "actuals: [{date: 2019-03-31, value: 0.4}]}\n"
             "  - {id: M9, title: People assisted in emergencies, "
             "actuals: [{date: 2016-06-30, value: 8232}]}\n"
             "  - {id: M10, title: Media mentions, actuals: [{date: 2016-06-30, value: 51000}]}\n"
             "  - {id: M12, title: Civil actions (including settlements), "
             "actuals: [{date: 2015-09-30, value: 682}]}\n"
             "  - {id: M11, title: Digital public goods are part of the default approach}\n"
             "  - {id: M13, title: Customer acquisition KPI, description: 'LQR = "
             "#[Qualified Leads] / #[Leads]', target: {value: 0.15}}\n"
             "  - {id: M14, title: N° of training course beneficiaries, "
             "target: {value: 1000}}\n"
             "  - {id: M15, title: Blogs/articles published by the foundation, "
             "target: {value: 8}}\n"
             "  - {id: M16, title: Unique organisations contribute to projects, "
             "target: {value: 5}}\n"
             "  - {id: M17, title: Partner institutions adopting gender policies, "
             "target: {value: 12}}\n"
             "  - {id: M18, title: Families have received reading books, "
             "target: {value: 62500}}\n"
             "  - {id: M19, title: Pre-investment studies for official centers of the project, "
             "target: {value: 74}}\n"
             "  - {id: M20, title: Sociale evenementen, target: {value: 6}}\n"
             "  - {id: M21, title: Average time for completing reports, unit: days, "
             "target: {value: 450}}\n"
             "  - {id: M22, title: Average time for completing reports, "
             "target: {value: 450}}\n"
             "  - {id: M23, title: 'Average score of hearings measured on a 1-to-3 scale', "
             "target: {value: 2.5}}\n"
             "  - {id: M24, title: SCHOOL PORTAL USE - Average daily visits to the school "
             "portal, target: {value: 4500}}\n"
             "  - {id: M25, title: 4 newsletter, target: {value: 4}}\n"
             "  - {id: M26, title: Deliver Core Stage, baseline: {value: 0}, "
             "target: {value: 100}, actuals: [{date: 2022-09-30, value: 25}]}\n"
             "  - {id: M27, title: OSHA 2-1, description: Number of hazards abated, "
             "target: {value: 154}}\n"
             "  - {id: M28, title: Indicator of assistance to communities TBD, description: "
             "'Provide technical assistance to at least 10 communities', target: {value: 10}}\n"
             "  - {id: M29, title: Obtained an unqualified financial audit, "
             "cadence: annual, targets: [{date: 2023-12-31, value: 1}], "
             "target: {date: 2024-12-31, value: 1}, actuals: [{date: 2024-12-31, value: 1}]}\n"
             "  - {id: M30, title: ACME support for dealer events, target: {value: 900}}\n"
             "  - {id: M31, title: Regular publication of the Owner's Handbook, "
             "targets: [{date: 2023-12-31, value: 3000}], "
             "target: {date: 2024-12-31, value: 3000}}\n"
             "  - {id: M32, title: Average ACT Composite Score, target: {value: 21}}\n"
             "  - {id: M33, title: Security complaints to 311, actuals: [{date: 2013-01-31, "
             "value: 27}, {date: 2013-06-30, value: 37.1}]}\n"
             "  - {id: M34, title: Women holding titles to land, baseline: {value: 2955}, "
             "target: {value: 6000}}\n"
             "  - {id: M35, title: Post-meeting feedback survey satisfaction ≥4/5, "
             "target: {value: 4}}\n"
             "  - {id: M36, title: Torsion RMSE on the 25k Genentech fragment set reduced}\n"
             "  - {id: M37, title: Número de cursos com oferta anual, target: {value: 12}}\n"
             "  - {id: M38, title: Taxa de sucesso na graduação, target: {value: 70}}\n"
             "  - {id: M39, title: Índice Geral de Cursos (IGC), target: {value: 4}}\n"
             "  - {id: M40, title: Iedere sportvereniging (groter dan 500 leden) heeft een "
             "verenigingsmanager, target: {value: 4}, actuals: [{date: 2017-12-31, value: 2}]}\n"
             "  - {id: M41, title: Site visits, target: {value: 15}, "
             "actuals: [{date: 2016-12-31, value: 58}]}\n"
             "  - {id: M42, title: Pre-arranged meeting, target: {value: 36}, "
             "actuals: [{date: 2016-12-31, value: 49}]}\n"
             "  - {id: M43, title: 'Twitter: Likes: 800', target: {value: 800}}\n"
             "  - {id: M44, title: Employee engagement score (Group), source: Furukawa E-Survey, "
             "target: {value: 80}, actuals: [{date: 2024-03-31, value: 76}]}\n"
             "  - {id: M45, title: 'CodeClimate: 0 issues', target: {value: 0}}\n"
             "  - {id: M46, title: CodeClimate duplication, breaks_down: M45, "
             "baseline: {value: 200}}\n"
             "initiatives:\n  - id: I1\n    title: Translate documents\n"
             "    metrics:\n      - {id: OUT-1, title: 'Translate documents: expected "
             "output', target: {value: 454760}}\n"
             "people: [{id: ann}, {id: bob}]\n"
             "goals:\n  - {id: A1, owner: ann, metrics: [KR6]}\n  - {id: A2, owner: ann}\n"
             "  - {id: B1, owner: bob}\n  - {id: B2, owner: bob}\n"
             "  - {id: E, title: 'Evenementen 2026: 6 sociale evenementen, 2 workshops', "
             "owner: bob, "
             "metrics: [M20]}\n")
def metric_without_unit(plan: Plan) -> Iterator[Finding]:
    """A metric states no unit of measure.

    "Customer satisfaction up 15" is ambiguous: percent, points, or a score out of 5?
    Without a unit, targets and actuals can be read in different ways by different people,
    and figures reported by different units cannot be compared or rolled up. ``count`` is a
    unit too. A title that names its unit states it: ``Percent of…``, ``Number of…`` (and
    its abbreviations ``No. of…`` and ``N° of…``, as a logframe translated from French
    writes ``N° of training course beneficiaries``), and the same in French, Spanish,
    Portuguese or Italian (``Número de cursos…``, ``Quantidade de atendimentos…``, ``Taxa de
    evasão…``, ``Nombre d'adhérents…``, ``Porcentaje de…``), ``Days to…``, ``… per 1,000
    residents``, ``$2M``, money such as a cost or revenue (in the plan's currency), a volume
    or attendance, and so does a scale everyone reads the same (an ``App store rating``, out
    of five stars) or the scale a score is given on (``Average score of hearings measured on
    a 1-to-3 scale``, ``on a scale of 1 to 5``, or the score written over the scale's top:
    ``Post-meeting feedback survey satisfaction ≥4/5``), and so does a standardised test
    named by its acronym whose score it is (``Average ACT Composite Score``, ``SAT Math
    score``): its figures are in the test's points, which a unit would only repeat, as does
    a national index of education quality named by its acronym (``Índice Geral de Cursos
    (IGC)``, Brazil's 1-to-5 grade of a university; ``IDEB``) (a score or index of the
    plan's own making, ``Productivity index``, is still asked its scale); so does a
    description that states the target by asking a change in the number of things
    (``Increase by 10% the number of hospitals participating in …``, under ``Hospital
    participation in Perinatal Quality Collaboratives``), and so does a rank or ranking
    (``Canada's health research specialization index ranking versus … G7 nations``, 2 for
    second): its figures are positions among what it ranks. A count counts what it names
    (``Permits issued``, ``four membership drives``, ``1k Ultimate seats``, a scale written
    onto the number being no unit, ``List of known deployments``, ``at least ten critical
    open source organizations``, ``at least 1 developer/user using our templates``, and the
    deliverables a ``Completion of signed partnership agreements`` aims at 35 of, as the
    things work supports are what an ``EEA support for EU policy documents`` aims at 900 of,
    and the copies of what it publishes what a ``Regular publication of Package of
    Practices`` aims at 3,000 of a year: the work named first, or after one word that says
    who does it or how often), whatever kind the plan tells: a count watched without a
    target (``Investigation reports completed``, kind ``indicator``) still counts reports,
    as a title that names the things counted by what was done to them or the state they are
    in (``Completed requests for interpretation``, ``Cases open for adjustment``,
    ``Templates remaining to be converted``) counts requests, cases and templates, and a row
    that breaks out part of a count (``Enforcement events - Warrant enforcement``) counts
    the whole's events, as does a breakdown (``breaks_down``, see metric-without-target) in
    whole figures of a ``Number of`` count (``Full decontamination for mussel fouled
    vessels``, 7, under ``Number of boat inspections``: the inspections of one kind), or of
    a count whose title names the things after its figure (``CodeClimate duplication``,
    200, under ``CodeClimate: 0 issues``: the issues of one kind, as its siblings ``code
    smells`` and ``other issues`` say in the plural); the
    things a title opens with are its unit after words that say how they are summed, as a
    total or an average over a period (``Average daily visits to the school portal``, visits
    a day), at the head of the title or of the definition after its heading and a dash
    (``SCHOOL PORTAL USE - Average daily visits to…``). So does a title that opens with the
    things or people it counts and then says what was done to them or what they did
    (``People assisted in emergencies``, ``First aid kits assembled by…``, ``People who
    donated blood for the first time``), or that is only a plural noun phrase whose every
    figure is a whole number of at least 0 (``Media mentions``, 51,000; ``Human services
    contracts``, 32): those things are its unit. So are things that happen and are counted
    (incidents, complaints, collisions) that end a title's opening phrase before a
    preposition or ``involving`` (``Security complaints to 311``, ``Security incidents
    involving SFMTA personnel``), whatever its figures: a year's average of a monthly count
    (37.1) still counts complaints. So are things a title says took something up or got
    something, with whole figures (``Partner institutions and organizations adopting
    women-centered policies``, 12; ``Students benefiting from direct interventions to
    enhance learning``), or, at once after them, what each of them does or got, said in the
    present or the perfect: a verb of delivery and what it delivers (``Basic education
    public schools design improvement plans``, 900) or ``have`` and a participle of the
    things a count counts (``Families have received children's books``, 62,500), as results
    frameworks word their rows and count adopters and beneficiaries: each that did so is
    one, not a share in a condition (a verb that states one, ``Trusts have achieved the
    standard``, is still asked). So are people or things followed at once by what each of
    them has, holds or gets (``People with access to rural water supply``, 150,000; ``Women
    holding titles to land``, 2,955 to 6,000), as ``VIP Latrines built`` counts latrines,
    where a whole figure above 100 says no share of them is meant. A phrase after the things
    that says what they are for (``Pre-investment studies for all official centers``, 74)
    states no condition a share of them may be in: with whole figures, the things are its
    unit. So is the group a title says every one of is to have or get one thing, in English
    or Dutch (``Every sports club has a club manager``, ``Iedere sportvereniging (groter dan
    500 leden) heeft een verenigingsmanager``, 2 of an aim of 4), read in whole figures of 2
    to 10 or above 100: a share of the group, aimed at all of it, would aim at 100, so the
    figures count the members that have it. Plurals joined by a slash (``Blogs/articles
    published by UXL``) are one plural, the things either word names: the title counts both
    alike. A title that opens by telling the things apart, each counted once (``Unique
    organisations contribute to projects``, ``Unique organisations RFC feedback``), can mean
    only a count of them. It is still reported where the words after the things compare them
    (``GHG emissions compared to 2005``, percent or tonnes unsaid), where the plural names
    an amount (emissions, savings), where a figure is negative or a fraction, and where a
    plain phrase or a clause in the present names people (``Students in poverty``,
    ``Students who meet the standard``), of whom a share may as well be meant. And a
    milestone or a record of finished work has none (see metric-without-target), nor has a
    measure whose title says a thing is done (``Baseline satisfaction score is
    established``) or got (``Obtained an unqualified financial audit``, 1 against a target
    of 1 each year) and whose figures can mean only done or not: they report a deliverable,
    even one named by a score. Nor has a measure that states its values in words (``top
    decile``; a target ``set up analytics``, read as done or not), or one only ticked done
    or not (no unit or calendar cadence, no target but 1, every reading 1 or 0: ``Improve
    internal communication``, ticked at the quarter's end): it has no number to give a unit
    to. Nor has a measure scored by how much of it is done, whose wording names no unit or
    things counted, from 0 (or no start) to a target of 100, every figure within (``Deliver
    Core Stage``, read 25 when one of its four steps is done, as an agency's priority goals
    score their deliverables by the share of their listed steps done): a hundred of nothing
    named is all of it, the share done in percent, and asking its unit reads a deliverable
    as a level. Nor has a key result whose only figures are grades of how far it got: no
    unit, target or baseline in its fields or its words, and every reading from 0 to 1
    (``Study day-2 operations``, 0.4 at the quarter's end; ``go-ipld-prime codegen is usable
    in some demo project``, 0.7; ``Improve GitLab.com resilience``, 0.88), as OKR pages
    score their key results: a reading is the share of it done, not an amount of anything,
    and what such a key result lacks, if anything, is a level to reach, which
    metric-without-target asks. A plan that states the unit once for all its measures
    (``plan: {metrics_unit: normalised score of 0 to 100}``, as a scorecard that converts
    every indicator to one scale) gives it to each measure that states none of its own, and
    passes; one that says its measures are done or not (``plan: {metrics_kind: milestone}``,
    see metric-without-target) makes milestones, with no unit, of those whose wording tells
    no kind (``Discourse up & running``). A name in quotes between a number and the noun it
    counts (``prototype 5 "Firefox for Making" concepts``) is read as one word of that
    phrase: the noun is still the unit. A closing parenthesis that says what the counted
    things take in (``Civil actions (including CMPs and self-disclosures)``, 682 of them)
    names kinds of them, not a unit: the noun before it is still the unit. A measure defined
    by a formula that divides the things of one kind by all of them (``LQR = #[Qualified
    Leads] / #[Leads]``, target 0.15), every figure from 0 to 1, states its unit in the
    formula: a fraction of the whole, as plain as a percent sign. So does one whose every
    figure is from 0 to 1, one between, in a plan that writes its shares so: two or more of
    its measures named as a percentage of something (``Percentage of disputes facilitated
    that meet service standards``) and stating no unit write a figure between 0 and 1 (0.80
    against 0.74), and none writes one above 1, as a results report's data gives them; a
    ``Level of compliance with accessibility provisions`` written alike (0.85 against 0.95)
    is a share in the plan's own form. A measure whose title another measure of the plan
    repeats, and that one states its unit (a results report's ``Average time for completing
    investigation reports``, given once per program, 450 on each row and ``days`` on the
    rail program's), is read in that unit: the plan names one indicator, measured the same
    way for each program, and states its unit once. A measure of a piece of work whose own
    title names nothing it counts (an action's ``expected output``) and whose every figure
    is a whole number counts the things the work's title names after its verb (``Translate
    documents``, 454 760 expected in the year; ``Subtitle videos``; ``Full post-editing of
    documents``), as an agency's work programme lists its actions with their expected
    outputs: those things are its unit (not where the work asks a level to change, names an
    amount, people or days). A measure whose target the goal or work that lists it states as
    a whole number directly before the things the measure's title names (``Evenementen 2026:
    6 meetups, 6 sociale evenementen, 6 online lunch evenementen, 2 workshops`` over
    ``Sociale evenementen``, 6, and ``Meetups georganiseerd``, 6, as a volunteer
    association's year plan lists its events), every figure of it whole, has its unit in the
    plan's own words, in whatever language: the figure counts those things. A whole number
    alone does not say so (six may be a score out of ten, days or a percent): the words that
    follow it in the plan do. So does a title that opens with its own target, a whole number
    every figure of it matches in kind, and then names things (``4 newsletter``, target 4;
    ``10 Gov (Nat - Sub-nat.)``, target 10), as a board's table of targets writes them in
    note form: the figure counts those things, plural or not. So does a scorecard's row
    labelled by the bare name of things, in the singular or the plural (``Outreach
    initiative``, ``Marketing packages``, ``Pre-arranged meeting``), its goal and every
    reading a whole number of 10 or more, where the plan labels a count so (``Site visits``,
    15, read 58), and a title that writes its target after such a name and a colon
    (``Twitter: Likes: 800``): a label naming a level, share or amount (``Media coverage``,
    ``Park Quality Rating``), an act in the mass (``Recycling``) or people is still asked. A
    score whose ``source`` names, by its name, the survey it is read from (``Furukawa
    E-Survey``) is in that survey's points, as a test's score is. A measure whose
    description names its unit where the title cannot, the title being only the measure's
    code (``OSHA 2-1``, ``Measure EBSA-OEA-08b``) or the description stating the measure's
    target in its own words (``Provide technical assistance to at least 10 communities``,
    target 10, under a title still ``TBD``), states it there, as a federal agency's
    priority-goal data gives each indicator's target statement beside its name: the
    description is read as a title would be, up to a participle after the things it names
    (``events focused on workers' rights``), which says which of them. When more than a
    third of a plan's measures state no unit, the plan is reported once instead of each
    measure; a measure that states no figure at all counts towards that, but is not reported
    by itself here, as metric-without-target reports it, and a plan none of whose measures
    that need a unit states any figure, nor quotes the readings of a measure it sets no
    target for, is not reported either, nor is one whose measures that lack a unit all state
    no figure and say what is to be true rather than name a quantity (``Digital public goods
    have enabled diverse groups of stakeholders to take action``, a state of affairs to
    reach by the plan's end; a deliverable named by a noun after an article), however many
    others state their unit: a unit means nothing for them until they name a level to reach,
    and metric-without-target reports that they name none. Nor is a plan whose measures that
    lack a unit all state no figure at all, whatever they are worded as (``Growth in
    contributor community``, ``Participation in global health research policy-making``,
    beside others that state their figures; a research roadmap's acceptance criteria, ``pip
    install openff-toolkit works without conda``, and comparisons with a named reference,
    ``matches or exceeds Sage``, ``not worsened``): there is no figure yet to read in one
    unit or another, and the gap is the missing level, which metric-without-target reports.
    A number that only sizes the one collection a measure is taken on (``Torsion RMSE on the
    25k Genentech fragment set reduced``) is no figure of the measure. A plan that keeps its
    targets out of its text (``withheld: [targets]``, the plan's, or that of the goals a
    measure serves) has the figures, only unpublished, and is still asked what unit they are
    in.
    """
    def excluded(metric: Metric, measure: Measure) -> bool:
        return measure.kind not in ("level", "indicator") or _in_words(metric) \
            or reports_done(metric) or ticked(metric) or scored_done(metric, measure) \
            or graded_only(metric, measure)

    missing: list[Finding] = []
    known = 0  # the metrics without a unit it applies to
    stated: list[tuple[Metric, Measure]] = []  # judged only as far as need be
    for metric in formulated(plan):
        measure = plan.measure(metric)
        if metric.unit is not None or measure.unit:
            stated.append((metric, measure))
        elif excluded(metric, measure):
            continue
        else:
            known += 1
            if not delivers_many(metric) \
                    and not counts_named(metric) and not defines_share(metric) \
                    and not counts_work_output(plan, metric) \
                    and not stated_as_count(plan, metric) \
                    and not opens_with_count(metric) and not _unit_of_namesake(plan, metric) \
                    and not _share_as_fraction(plan, metric) \
                    and not _part_of_count(plan, metric) and not defines_unit(metric) \
                    and not _counted_alike(plan, metric) and not labels_count(metric) \
                    and not scored_on_survey(metric):
                missing.append(metric.finding(
                    f"{metric.describe()} has no unit of measure; set unit "
                    "(USD m, %, count, hours…) so its figures read the same to everyone"))
    eligible = eligible_so_far(len(missing), known,
                               (not excluded(metric, measure) for metric, measure in stated))
    bare = unquantified(plan)
    if not states_figures(plan, missing, eligible, bare) or (
            all(finding.node in bare and not plan.withheld("targets", plan.get(finding.node))
                for finding in missing)):
        return
    yield from by_practice(plan, missing, eligible, items="metrics",
                           lacking="state no unit of measure", repeated=bare,
                           fix="set unit on each (USD m, %, count, hours…)")


def _labels_counts(plan: Plan) -> bool:
    """:func:`planlint.measure_counts.counting_labels` of the plan's measures."""
    return counting_labels(plan.metrics)


def _counted_alike(plan: Plan, metric: Metric) -> bool:
    """Whether a measure is a row of a scorecard of counts by its shape
    (:func:`planlint.measure_counts.counted_alike`: ``Outreach initiative``, 26, read 31) in a
    plan that labels a count so (``Site visits``, 15, read 58)."""
    return counted_alike(metric) and plan.shared(_labels_counts)


def _writes_fractions(plan: Plan) -> bool:
    """:func:`planlint.measure_figures.shares_as_fractions` of the plan's measures."""
    return shares_as_fractions(plan.metrics)


def _share_as_fraction(plan: Plan, metric: Metric) -> bool:
    """Whether a measure is a share written as a fraction (every figure from 0 to 1, one
    between: ``Level of compliance with accessibility provisions``, 0.85 against 0.95) in
    a plan that writes its shares so (:func:`planlint.measure_figures.shares_as_fractions`)."""
    return in_fractions(metric) and plan.shared(_writes_fractions)


def _part_of_count(plan: Plan, metric: Metric) -> bool:
    """Whether a breakdown (``breaks_down``), every figure of it whole, is part of a
    count (:func:`planlint.measure_counts.numbers_things`: ``Number of boat inspections``, broken
    down into ``Full decontamination for mussel fouled vessels``, 7), or of one whose title
    names the things its figure counts (:func:`planlint.measure_counts.states_things_counted`:
    ``CodeClimate: 0 issues``, broken down into ``CodeClimate duplication``, 200): it counts
    the whole's things, those of one kind, in the whole's unit."""
    return whole_figures(metric) and plan.whole_answers(metric, _counts_named_things)


def _counts_named_things(whole: Metric) -> bool:
    """Whether a measure counts the things its title names: after ``Number of`` or after
    a plain number (see :func:`_part_of_count`)."""
    return numbers_things(whole) or states_things_counted(whole)


def _unit_of_namesake(plan: Plan, metric: Metric) -> bool:
    """Whether another measure of the plan with the same title states its unit
    (:meth:`planlint.plan.Plan.namesakes`): a results report that gives one indicator
    for each of its programs (``Average time for completing investigation reports``,
    450) states its unit on one of the rows (``days``), and the reader reads the others
    in it."""
    return any(other.unit for other in plan.namesakes(metric))


@rule(code="PL205", name="metric-without-cadence", category="metrics", severity="warning",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Net promoter score, "
            "target: {value: 50}}\n",
      passes="planlint: 1\nplan: {horizon: {start: 2001-01-01, end: 2020-12-31}}\n"
             "metrics:\n  - {id: M1, title: Net promoter score, "
             "target: {value: 50}, cadence: quarterly}\n"
             "  - {id: KR1, title: Launch the partner portal}\n"
             "  - {id: M2, title: Trainees rating the course useful, "
             "target: {value: 80}, cadence: once}\n"
             "  - {id: KR2, title: Raise weekly active teams to 400, "
             "baseline: {value: 310, date: 2001-01-01}, target: {value: 400, "
             "date: 2001-03-31}}\n"
             "  - {id: M3, title: Visits to the project site, "
             "actuals: [{date: 2001-06-30, value: 5200}]}\n"
             "  - {id: M4, title: Share of orders shipped on time, baseline: {value: 80, "
             "date: 2001-01-01}, target: {value: 90, date: 2001-12-31}}\n"
             "  - {id: M5, title: Renewable energy share, unit: '%', "
             "target: {value: 100, date: 2008-12-31}}\n"
             "  - {id: M6, title: Single use plastics eliminated, unit: '%', "
             "target: {value: 100, date: 2008-12-31}}\n"
             "  - {id: M7, title: Remaining emissions offset, unit: '%', "
             "target: {value: 100, date: 2020-12-31}}\n"
             "  - {id: M8, title: Research publications available online, unit: '%', "
             "target: {value: 30, date: 2025-12-31}}\n"
             "  - {id: M9, title: Further implement Cultures of Thinking, target: "
             "{text: included in every school's plan, date: 2001-06-30}}\n"
             "  - {id: M10, title: Pupils meeting the expected standard in KS2 Maths, "
             "baseline: {value: 60, date: 2001-07-31}, target: {value: 70, date: "
             "2003-07-31}, actuals: [{date: 2002-07-31, value: 64}]}\n")
def metric_without_cadence(plan: Plan) -> Iterator[Finding]:
    """A metric states no cadence.

    A measure that is read "when someone asks" is read too late: drifting off track, or a
    change in conditions that calls for revising the plan, goes unnoticed until the year-end
    review. The cadence says how often the metric is measured, and is what makes a stale
    metric detectable. A measure read when something happens rather than by the calendar
    states it with ``cadence: once`` (when what it measures is complete) or ``cadence: per
    event`` (after each event it counts). A measure of pupils' results that a school year's
    assessment gives once a year (a state test named by its proper name, ``proficient in
    Reading on the Ohio State Test (OST)``; an end-of-key-stage assessment, ``KS2 Writing``;
    the phonics screening check; a graduation cohort's rate) is read by its instrument, once
    a year when the year's results are out: that states its cadence, as a stated one does
    for the plan's practice. A milestone is done or not and has no cadence (so is a measure
    whose target in words is a condition all of a group meet: ``COT included and reported in
    every school's improvement plan``, checked when it is due), nor has a record of finished
    work, counted once when it ended (see metric-without-target), and a measure of a period
    of a quarter or less (from when its measurement begins to its target date, as for the
    key results of a quarter) is read once, at the end of that period, as OKR plans grade
    key results at the end of the cycle: stale-metric asks for that result once the period
    has ended. When more than a third of a plan's measures state no cadence, the plan is
    reported once instead of each measure; a measure that states no figure at all counts
    towards that, but is not reported by itself here, as metric-without-target reports it
    (nor is the plan, when none of its measures states any figure nor are readings quoted of
    a measure it sets no target for, or when those that lack a cadence all state none and
    say what is to be true rather than name a quantity, states of affairs and deliverables
    named by a noun); nor is one whose readings show its cadence, three or more a calendar
    step apart each (a value for every year from 2016 to 2024), though it too counts towards
    the plan's practice. Nor, in a plan that states the cadence of other measures, is a
    measure set one target, no steps towards it and not read yet: a result judged when its
    target falls due (an outcome for the plan's term read through the measures that track
    it, a count within a year, an outside body's rating on its own timetable). On real plans
    each such measure reported alone was a false alarm; it still counts towards the plan's
    practice, and stale-metric asks for its result once it is due, unless its one target is
    a figure more than a year after its measurement begins and after the plan's date: an
    end-state objective to be met by then (``100% renewable energy by 2028`` beside annual
    emission totals) is not a series read at the cadence the plan states for its others, so
    it is left out of the practice too. Such an objective whose target falls after the
    plan's horizon ends (a three-year departmental plan's indicator to reach 30% by a later
    year) is left out whatever the plan states of its other measures: it is met, or not,
    after the plan's term, and a later plan reads its result. Nor, in a plan that states the
    cadence of other measures, is a measure set one dated target, no steps towards it, and
    read only on that date (an executive order's count to reach by a day, reported that
    day), when every measure that states none is such: its result was read when it fell due,
    and no rhythm of reading is left to ask for (beside measures that state none and are
    read on the way, or not read yet, it is asked as they are). Nor is a measure set one
    target and read only at the last session of a review of stated cadence that covers it
    (the whole plan, its goal or work, or their unit): a project's target its committee
    reads at each yearly session, reported alone; it still counts towards the plan's
    practice. Nor, alone, is a measure covered by the plan's review forums when none of them
    states when it meets, by a cadence or dates (an OKR set "tracked and measured ... at our
    regular board meetings"): it is read at those reviews, at their rhythm, and whether they
    have one is review-without-cadence's question, reported once at the plan; it too counts
    towards the plan's practice. A plan that states no cadence for most of its measures but
    sets them targets a calendar step apart (a target for each year of a five-year plan), or
    states its target as a change by an amount each year (``Increase outreach and engagement
    activities by 10% each year``, from a baseline for one fiscal year to a target for a
    later one), shows its rhythm that way: those measures are not asked for one, and the
    plan's practice is judged as stated by them; beside them, as beside stated cadences, a
    measure set one dated target and read only on that date (a results framework's indicator
    given for one year, its target and its result) was read when it fell due: when every
    measure that neither states a cadence nor steps its targets is such, the plan is not
    asked. Where a plan states its cadences, a measure is asked for its own whatever its
    targets. A measure the plan sets no target for and only quotes with its readings (a
    statistic a report gives to show where an aim stands) is left out, from the plan's
    practice too: metric-without-target reports it, and until it has a target nothing says
    when it must be read; for the same reason a plan that sets no target for any of its
    measures (a list of indicators to track) is not asked for their cadences either:
    metric-without-target reports that. Nor is such a list beside which the plan's only
    targets are end-state objectives to be met by a date (each one figure more than a year
    after its measurement begins and after the plan's date, with no steps towards it, no
    reading and no cadence: a health and wellbeing strategy's 24 headline indicators, none
    with a figure, and its one "1000 extra units of specialist housing ... by 2028"), when
    more than a third of its measures set no target: those objectives are judged when they
    fall due, not read on the way, and the list's missing targets are
    metric-without-target's; a plan all of whose measures are such objectives is still
    asked, as its measures are its targets. Where nothing says when an objective's
    measurement begins (a plan that states no period, no baseline and no start of its goals
    or work, as a violence-reduction plan quoting a city goal's "reduced by 25%" by the end
    of next year beside check-steps that name no figure), it begins at the plan's date at
    the latest, and the year is counted from there. And in a plan that reports no reading
    yet of the measures it sets out to reach, a measure of a year or less that has not
    fallen due by the plan's date is left out: it is graded once, when its year closes, as
    annual plans grade their results (the measures of a yearly one-page plan, the indicators
    of an annual improvement plan, a roadmap's key results for the year); stale-metric asks
    for that result once the year has closed. So is, in such a plan that states no cadence
    and whose every measure belongs to a piece of work and to nothing else, a measure set at
    most one target, with no date of its own and no steps towards it: a project's success
    criterion (a research roadmap's ``New charge model shows measurable and statistically
    significant improvement``, ``At least 20 attendees``), judged once, when the project
    delivers or at its go/no-go gate, not a level watched over time (a goal's own measure
    beside them is one). Neither a reading dated on or before a measure's period begins
    (last year's result, quoted as the point a one-year plan starts from) nor the record of
    finished work (an output adopted in the year's first weeks, its work done) is a reading
    of the year: a Commission DG's management plan that quotes both has read nothing of its
    year yet. A plan that reads its measures during the year is asked for the cadence of
    each it does not; a key result of a quarter or less graded at its end is no such
    reading, but its own period's result (a manager's OKR page, each quarter's key results
    graded at the quarter's end beside the year's, which are graded when the year closes).
    Nor is a plan asked that states no cadence for any measure and reads two or more of them
    together, all in one report on its date (a grant's progress report to its funder,
    figures "to date"), or on the last day of the period the report reads, up to a quarter
    before its date (a steering committee's half-year review, its H1 results dated 30 June
    in notes published in July), and with those of its measures whose one reading is dated
    earlier while most are read on that day (a results report's rates "drawn from 2015
    results, the most recent available", dated by the period they measure, beside its
    2016-17 results), a key result graded at its end in that report among them (a roadmap's
    closing note, its last two months' bug count beside its install rate): its measures are
    read at its reports, whose rhythm is the plan's, not a calendar per measure. So it is
    with a plan that states no cadence for any measure and reads them together at two or
    more status reports within its period, the last on its date or up to a quarter before
    it: every reading on a day two or more measures are read on, and two or more read at
    every report (an open-source project's roadmap for the year, read in its mid-year and
    year-end status reports; a foundation's yearly targets, with a progress annex to each
    quarterly board meeting); whether the reports themselves keep a stated rhythm is
    review-without-cadence's question. So it is with an annual report (a performance
    statement) that reads every measure on the day of the year its date falls on, once each
    year, and states no cadence but annual: each is the year's result, read in the year's
    report. So it is with the report of one year whose every measure is set one target, with
    no steps and no cadence, due on one day up to a quarter before the report's date, and
    read only on that day of the year, that day among its readings (a revenue department's
    annual update, its fiscal year's targets beside the year's results and the year
    before's): each was judged at the year's close, in that report. So it is, whatever
    cadence a plan states for its other measures, with those that state none when each
    measures a year or less, closed by the plan's date, and they are read only in one report
    on one day, up to a quarter before the plan's date (a one-year quality improvement
    plan's progress report, its indicators and process measures graded for the year, beside
    a measure of ``extra shifts filled per month`` read each month): each is the year's
    result, graded once, in the year's report, and stale-metric asks for those it does not
    read. Nor is a plan that states no cadence for any measure but publishes its results at
    a stated rhythm (a communication with a cadence covering its goals), when each of its
    measures is one dated target, with no steps towards it and not read, not yet due by the
    plan's date (a recovery plan's targets, each a value to reach by a quarter, proven by
    its verification documents in the half-year report of that quarter): each is judged
    once, in the report of the period it falls due in, at the report's rhythm. In either, a
    cadence longer than a year that one of its measures states (a client survey
    ``administered every three years``, ``P3Y``) says in which years that one is taken, not
    that the plan reads its measures on the way, and the plan is still read at its reports.
    Nor is a list of commitments whose only figures are those its commitments state in their
    own words: a plan whose every measure is set one target, no steps and no reading, and is
    listed only by work or goals whose titles state that target (a minister's commitment to
    ``Build 250,000 new child care spaces by the end of fiscal year 2025-2026``, its measure
    the spaces to build; a target in words by its figures, ``65,000 to 80,000 between 2011
    and 2013``; a change by its figure, ``20% increase in Forward in Faith membership``; a
    target in words that only restates the commitment as done by its date, each of its words
    the work's own, ``increased prior to our next AGM`` for a society's step to ``increase
    the proportion of BAME representation on our Board ... prior to our next AGM``, read at
    that one election), and which has no goals, or reports the status of every piece of work
    (a government business plan's priorities and actions over dated sub-actions, each
    ``Started`` or done, tracked by their status, not by measures), or has goals that list
    no measure of their own (a parish's mission action plan, whose only figures are two of
    its actions', ``Encourage 75% of the congregation attend the family day``): each figure
    is part of what is committed, met or not when the commitment falls due, not a series
    read on the way, and the list states no measuring of its own to ask a rhythm of; whether
    each commitment says by when is initiative-without-dates' question. Nor, alone, is a
    measure of a piece of work set one target with no date, no steps towards it and no
    reading, whose own title states that target's figure (a rollout's ``delivery of up to 49
    mast sites``): it is the scope of the work in its own words, with no period to read a
    rhythm within, and what it lacks is a date, not a cadence; it still counts towards the
    plan's practice. A breakdown (``breaks_down``, see metric-without-target) of a measure
    that states its cadence is read with it, and is not asked for one of its own. Nor is a
    plan of more than a year that states no cadence for any measure and says its indicators
    are carried into each year's plan (a five-year plan's main indicators
    ``分解纳入年度计划指标体系``, broken down into the annual plans): each year's plan sets and
    reads them.
    """
    if _commitments_figures(plan) or _carried_yearly(plan):
        return
    unread = not any(_read_on_the_way(plan, metric) for metric in formulated(plan)
                     if not only_quoted(plan, metric) and not _graded_at_its_end(plan, metric))
    measured = [metric for metric in formulated(plan)
                if plan.measure(metric).kind != "milestone" and not read_at_end(plan, metric)
                and not only_quoted(plan, metric)
                and not (unread and _graded_at_close(plan, metric))
                and not _met_after_term(plan, metric)]
    targeted = [metric for metric in measured if _sets_target(plan, metric)]
    if not targeted or (widespread(len(measured) - len(targeted), len(measured))
                        and all(_met_by_date(plan, metric) and metric.cadence is None
                                for metric in targeted)):
        return
    practised = any(metric.cadence is not None or _targets_stepped(metric)
                    or yearly_by_instrument(metric.title or "") for metric in measured)
    within_year = any((metric.cadence is not None and not _beyond_year(metric))
                      or _targets_stepped(metric) for metric in measured)
    reported = [metric for metric in formulated(plan)
                if plan.measure(metric).kind != "milestone" and not only_quoted(plan, metric)]
    if (not within_year and (_read_in_one_report(plan, reported)
                           or _read_at_status_reports(plan, measured)
                           or _judged_at_reports(plan, measured))) \
            or _read_in_yearly_reports(plan, measured) or _year_closed(plan, measured):
        return
    if any(metric.cadence is not None for metric in measured):  # the plan reads series
        measured = [metric for metric in measured
                    if metric.cadence is not None or not _met_by_date(plan, metric)]
    unstated = [metric for metric in measured
                if metric.cadence is None and not _whole_states(plan, metric, "cadence")
                and not yearly_by_instrument(metric.title or "")]
    if _graded_in_year_report(plan, unstated):
        return
    if practised and all(_read_when_due(metric) for metric in unstated):
        return  # the plan states the cadence of every series it reads on the way
    if widespread(len(unstated), len(measured)):  # the plan's style: targets' steps show it
        rest = [metric for metric in unstated if not _targets_stepped(metric)]
        if rest != unstated and all(_read_when_due(metric) for metric in rest):
            return  # steps show the rhythm of the series; the rest were read when due
        unstated = rest
    missing, evident = [], set()
    for metric in unstated:
        if _read_regularly(metric) or _read_at_sessions(plan, metric) \
                or (practised and _judged_when_due(metric)) or _scope_of_work(plan, metric) \
                or _read_at_unscheduled_review(plan, metric):
            evident.add(metric.id)
        missing.append(metric.finding(
            f"{metric.describe()} has no cadence; set how often it is "
            "measured (monthly, quarterly, P2W…)"))
    bare = unquantified(plan)
    if not states_figures(plan, missing, len(measured), bare):
        return
    yield from by_practice(plan, missing, len(measured), items="metrics",
                           lacking="state no cadence", repeated=bare | evident,
                           fix="set on each how often it is measured (monthly, quarterly…)")


@rule(code="PL206", name="orphan-metric", category="metrics", severity="info",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Website visits}\n",
      passes="planlint: 1\nunits: [{id: U0, name: Library}, "
             "{id: U1, name: Research support, parent: U0}]\n"
             "goals:\n  - {id: G1, unit: U1, metrics: [M1, M3, M11]}\n"
             "initiatives:\n  - {id: I1, title: Academic integrity initiative, "
             "supports: [G1], metrics: [M2]}\n"
             "metrics:\n  - {id: M1, title: Website visits}\n"
             "  - {id: M2, title: Exams retaken under supervision}\n"
             "  - {id: M3, title: 'Exam results: pass rate'}\n"
             "  - {id: M4, title: 'Exam results: distinction rate'}\n"
             "  - {id: M5, title: Humanitarian risk index, kind: indicator}\n"
             "  - {id: M6, title: Consultations booked, owner: U1}\n"
             "  - {id: M7, title: Rooms booked, owner: U1}\n"
             "  - {id: M8, title: Workshops held, owner: U1}\n"
             "  - {id: M9, title: Reference questions answered}\n"
             "  - {id: M10, title: Share of KPIs achieved, all plans}\n"
             "  - {id: M11, title: 'Plan 1: share of KPIs achieved', breaks_down: M10}\n")
def orphan_metric(plan: Plan) -> Iterator[Finding]:
    """A metric measures no goal: no goal lists it under ``metrics``, and no initiative
    does.

    A measure that no goal uses is either a goal's metric whose link was lost, or reporting
    effort that serves no objective. Tying strategic objectives to the metrics people track
    day to day is what makes the strategy visible in operations. Metrics defined inside a
    goal always measure that goal. A metric an initiative lists measures what that work
    delivers (an output indicator of a logframe, a strategy's expected result), which serves
    the goals the initiative supports. A metric whose title names, before a colon, the
    measure it is one part of (``Exam results: distinction rate``) serves the goals that
    list another part of that measure (``Exam results: pass rate``): one measure broken down
    into lines, not reporting apart from the goals; a label before a colon (``KR 1:``) names
    no measure. So does a breakdown of a measure a goal or a piece of work lists
    (``breaks_down``, see metric-without-target): it serves what that measure serves; and so
    does a whole that goals' measures break down (a scorecard's overall row, totalling each
    goal's row): it measures those goals together. When more than a third of a plan's
    metrics measure no goal (a set of indicators kept apart from the goals), the plan is
    reported once instead of each metric; the indicators only its initiatives list are
    counted out of that third: they are the work's own measures, and however many a
    programming document's activities carry, they do not make its table of agency KPIs kept
    apart an omission per KPI. A context indicator (of kind ``indicator``, with no target)
    is watched beside the goals on purpose, not progress on one of them: it is no finding
    here. Nor is a set of metrics kept apart that the units owning the plan's goals collect
    (each ``owner`` a unit that owns goals, or a unit under one): it is those units'
    monitoring of the programmes they run toward their goals (a library unit's bookings and
    consultations, listed after its objectives), and a metric names who collects it, not
    which goal it serves. A metric that names no owner is the team's, in a team's plan
    (every goal of one unit placed under another) whose every goal lists measures of its
    own, unless it names a rate or share: a volume of work or demand the team keeps beside
    the measures of its goals (a budget book division's workload indicators, service calls
    and hydrants maintained, beside the measures it ties to the council's goals); a rate
    left apart is still asked which goal it shows progress on. Nor is the money a plan that
    states its spending (``budgets``) takes in, in a currency (``Income from all sources``,
    USD, and its lines by source; ``Donations In``, a donations forecast beside the budget):
    an association funded by gifts and sponsors reports its income beside its expenses as a
    financial statement, the means of its goals rather than a measure of one, and no goal is
    missing for it to measure.
    """
    used = {_measure_heading(metric) for metric in plan.metrics
            if _listed(plan, metric)} - {None}
    judged = [metric for metric in plan.metrics
              if not _context_indicator(plan, metric) and not _income(plan, metric)]
    apart = [metric for metric in judged if not _listed(plan, metric)
             and _measure_heading(metric) not in used
             and not plan.whole_answers(metric, partial(_listed, plan))
             and not any(_listed(plan, part)
                         for part in plan.referrers(metric, "breaks_down", Metric))]
    if widespread(len(apart), len(judged)) and _units_monitoring(plan, apart):
        return
    missing = [metric.finding(f"{metric.describe()} measures no goal; list it under the "
                              "metrics of the goal it shows progress on, or remove it")
               for metric in apart]
    outputs = sum(1 for metric in judged if plan.referrers(metric, "metrics", Initiative)
                  and not plan.referrers(metric, "metrics", Goal))
    yield from by_practice(plan, missing, len(judged) - outputs, items="metrics",
                           lacking="measure no goal",
                           fix="list each under the metrics of the goal it shows progress "
                               "on, so the goals are measured by what the plan tracks")


def _beyond_year(metric: Metric) -> bool:
    """Whether a metric's calendar cadence is longer than a year (a survey taken every
    three years): it says in which years the measure is taken, not that the plan reads
    its measures on the way within a year (see metric-without-cadence)."""
    if metric.calendar is None:
        return False
    months, days = cadence_step(metric.calendar)
    return months * 31 + days > ONE_YEAR


def _listed(plan: Plan, metric: Metric) -> bool:
    """Whether a goal or an initiative lists the metric under its ``metrics``."""
    return bool(plan.referrers(metric, "metrics"))


def _units_monitoring(plan: Plan, metrics: list[Metric]) -> bool:
    """Whether every metric is collected by a unit that owns goals of the plan, or by a
    unit under one: the units' own monitoring of their work."""
    goal_units = {goal.unit for goal in plan.goals} - {None}
    return all((collector := _collector(plan, metric)) is not None
               and not goal_units.isdisjoint((collector, *plan.unit_ancestors(collector)))
               for metric in metrics)


def _collector(plan: Plan, metric: Metric) -> str | None:
    """Who collects a metric: its ``owner``; for one that names none and no rate or
    share (see :func:`~planlint.measure_words.names_rate`: a volume of work or demand, a
    budget book's workload indicator), the team whose plan it is when each of the team's
    goals lists measures of its own (see :func:`_measuring_team`)."""
    if metric.owner is not None or names_rate(metric):
        return metric.owner
    return plan.shared(_measuring_team)


def _measuring_team(plan: Plan) -> str | None:
    """The id of the team whose plan this is (see
    :attr:`~planlint.plan.Plan.team_unit`), when every goal lists measures of its own;
    else None."""
    team = plan.team_unit
    if team is None or not all(goal.metrics for goal in plan.goals):
        return None
    return team.id


def _context_indicator(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is declared an indicator watched with no target on purpose (kind
    ``indicator``, its own or, where its wording tells no kind, the one the plan states
    for all its measures; no target): context beside the goals, not progress on one."""
    measure = plan.measure(metric)
    return (metric.type == "indicator" or (not measure.told and measure.kind == "indicator")) \
        and final_target(metric) is None


def _income(plan: Plan, metric: Metric) -> bool:
    """Whether a metric states the money the plan's organisation takes in
    (:func:`~planlint.measure_sources.names_income`, or a breakdown of such a measure) in a plan
    that states what it spends (``budgets``): the income side of its financial statement,
    the means its goals are pursued with, not progress on one of them."""
    return bool(plan.budgets) and (names_income(metric)
                                   or plan.whole_answers(metric, names_income))


def _measure_heading(metric: Metric) -> str | None:
    """The measure a metric's title names one part of, before a colon (``exam results``
    in ``Exam results: distinction rate``); None when the title has no such heading (a
    label such as ``KR 1:`` names no measure)."""
    heading, colon, part = (metric.title or "").partition(":")
    words = heading.lower().split()
    if not colon or not part.strip() or len(words) < 2 or not all(
            word.isalpha() for word in words):
        return None
    return " ".join(words)


class TargetDirectionOptions(RuleOptions):
    maintain_tolerance: float = Field(
        0.1, ge=0, description="how far, as a fraction of the baseline, the target of a "
                               "`maintain` metric may lie from its baseline")


@rule(code="PL207", name="target-contradicts-direction", category="metrics",
      local=True,
      severity="error", options=TargetDirectionOptions,
      fails="planlint: 1\nmetrics:\n  - id: M1\n    title: Cost per vehicle\n"
            "    direction: decrease\n    baseline: {value: 100}\n    target: {value: 115}\n",
      passes="planlint: 1\nmetrics:\n  - id: M1\n    title: Cost per vehicle\n"
             "    direction: decrease\n    baseline: {value: 100}\n    target: {value: 85}\n"
             "  - id: M2\n    title: Acres of impervious area\n    direction: decrease\n"
             "    bound: at most\n    baseline: {value: 607649}\n"
             "    target: {value: 650000}\n")
def target_contradicts_direction(plan: Plan,
                                 options: TargetDirectionOptions) -> Iterator[Finding]:
    """A metric's target lies on the wrong side of its baseline for its direction.

    When the direction says a measure should rise and the target is below where it starts
    (or the reverse), one of them is wrong, and the metric will report progress as failure
    or failure as progress. For ``increase`` the target must not be below the baseline, for
    ``decrease`` not above it; a target equal to the baseline is not a contradiction. For
    ``maintain`` the target must stay within ``maintain_tolerance`` (default 10%) of the
    baseline, so a floor a little under today's level is fine but a target far from it is
    really an increase or a decrease. The target is ``target``, else the latest interim
    target; interim targets may dip below the baseline on the way (a turnaround often gets
    worse before it gets better). Targets that are limits (``bound: at most`` at or above
    the baseline, ``at least`` at or below it) cap a trend the plan does not expect to
    reverse, such as hard surface growing with the population, rather than contradict the
    direction.
    """
    for metric in plan.metrics:
        final = final_target(metric)
        if metric.direction is None or metric.baseline is None or final is None \
                or is_limit(metric):
            continue
        target, key = final
        start, aim = metric.baseline.value, target.value
        if start is None or aim is None:
            continue
        if metric.direction == "increase" and aim < start:
            problem = (f"should increase, but its target {_number(aim)} is below its "
                       f"baseline {_number(start)}; fix the target, or set direction: decrease")
        elif metric.direction == "decrease" and aim > start:
            problem = (f"should decrease, but its target {_number(aim)} is above its "
                       f"baseline {_number(start)}; fix the target, or set direction: increase")
        elif metric.direction == "maintain" and \
                abs(aim - start) > options.maintain_tolerance * abs(start):
            problem = (f"should be maintained, but its target {_number(aim)} differs from its "
                       f"baseline {_number(start)} by more than "
                       f"{options.maintain_tolerance:.0%}; "
                       f"set direction: {'increase' if aim > start else 'decrease'}, or fix "
                       "the target")
        else:
            continue
        yield metric.finding(
            f"{metric.describe()} {problem}", field=key,
            related=[metric.related(f"the baseline is {_number(start)}", "baseline")])


@rule(code="PL208", name="metric-without-source", category="metrics", severity="info",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Cost per vehicle, "
            "target: {value: 90}}\n",
      passes="planlint: 1\nmetrics:\n  - {id: M1, title: Cost per vehicle, target: {value: 90}, "
             "source: Cost accounting}\n  - {id: M2, title: Customer net promoter score, "
             "target: {value: 40}}\n  - {id: M3, title: Warranty claims per 1000 vehicles, "
             "target: {value: 8}, source: Warranty system}\n"
             "  - {id: KR1, title: Publish the new pricing page}\n"
             "  - {id: M4, title: Dealers in the network, "
             "actuals: [{date: 2001-12-31, value: 212}]}\n"
             "  - {id: M5, title: Visits to the owners' site, "
             "actuals: [{date: 2001-12-31, value: 5200}]}\n"
             "  - {id: M6, title: JDP dealer satisfaction index, target: {value: 800}}\n"
             "  - {id: KR2, title: Create two demos, actuals: [{date: 2018-09-30, value: 1}]}\n"
             "  - {id: M7, title: '# of screening events', target: {value: 40}}\n"
             "  - {id: M8, title: '% of discharges with a follow-up call', "
             "target: {value: 90}}\n"
             "  - {id: M9, title: New dealerships opened, target: {value: 12}}\n"
             "  - {id: KR3, title: Create one dealer onboarding kit}\n"
             "  - {id: M10, title: Reduce the open bug backlog by 15%, "
             "target: {value: 200}}\n"
             "  - {id: M11, title: Projects led by Acme Motors that include a dealer, "
             "target: {value: 75}}\n"
             "  - {id: M12, title: Number of dealer audits performed, "
             "target: {value: 40}}\n"
             "  - {id: M13, title: 'Dealer network quality across all regions: Number of "
             "dealer trainings delivered', target: {value: 60}}\n"
             "  - {id: M14, title: Workshops for dealers, target: {value: 6}}\n"
             "  - {id: M15, title: Inspect demonstration vehicles every 30 days, "
             "unit: '%', target: {value: 95}}\n"
             "  - {id: M16, title: Total hours spent training dealers, "
             "target: {value: 400}}\n"
             "  - {id: M17, title: Number of dealer council meetings, target: {value: 4}}\n"
             "  - {id: M18, title: Number of public hearings, target: {value: 2}}\n"
             "  - {id: M19, title: 4 dealer newsletters, target: {value: 4}}\n"
             "units: [{id: acme, name: Acme Motors}]\n"
             "goals:\n  - {id: G1, metrics: [M1]}\n"
             "initiatives:\n  - id: S1\n    title: Screening outreach\n    metrics:\n"
             "      - {id: S1-m, title: Hold 3 screening events, target: {value: 3}, "
             "source: Evaluation database}\n"
             "      - {id: S1-e1, title: '# of individuals screened'}\n"
             "  - {id: I1, metrics: [M7, M8]}\n")
def metric_without_source(plan: Plan) -> Iterator[Finding]:
    """A metric names no data source.

    When nobody knows where a figure comes from, each review argues about the number instead
    of the strategy, and the figure is reported late or from a different system each time.
    The source names the system, report or survey the data comes from. A milestone is done
    or not and has no data to source, nor has a key result only ticked done or not (no unit
    or calendar cadence, no target but 1, every reading 1 or 0: ``Create two demos``, ticked
    at the quarter's end), nor a count of one thing to make or get (``Create one meetup in a
    box``, ``Add 1 full time rust developer``; not one of each of a group), which is there
    or not like a milestone, and a record of finished work is counted from the work itself
    (see metric-without-target). This is a practice of the plan as a whole: when more than a
    third of a plan's measures name no source, or none does, the plan is reported once; a
    measure that states no figure at all counts towards that, but a plan none of whose
    measures states any figure, nor quotes the readings of a measure it sets no target for,
    has no figures to source, nor has one whose measures that name no source all state no
    figure and say what is to be true rather than name a quantity (states of affairs to
    bring about, deliverables named by a noun), and metric-without-target reports it. A plan
    that names the sources of most of its measures has a data practice, and the few it
    leaves without one are not reported: on real plans their source was evident from the
    measure itself every time (a net promoter score comes from a survey, a project's own web
    statistics from its site), so each such finding was a false alarm. A measure the plan
    sets no target for and only quotes with its readings (a statistic a report gives to show
    where an aim stands) is left out, from the plan's practice too: metric-without-target
    reports it, and the plan's data practice is judged on the measures it sets out to reach.
    A plan of people's own objectives (individual OKRs: every goal owned by a person not on
    the leadership team, each owner holding more than one) is scored by each person on their
    own key results: the owner is the source, and none is asked for. A measure whose title
    names the survey, rating or index it is read from by its publisher's name (``SOCITM
    Better Connected accessibility rating``, ``BCH rating``), or the test it is a result of
    by the test's proper name (``proficient in Reading on the Ohio State Test (OST)``),
    names its source there, and so does one whose wording names the kind of instrument it is
    read from: scores of a test or assessment (``Average increase in trainee test scores
    based on assessments at entry and completion``), people's own ratings on a scale
    (``Percentage of attendees who ranked the usefulness of courses at or above 6 on a scale
    of 1-7``; not a scale nobody is said to rate on) or a check with decoys or mystery
    shoppers (``Percentage of licensees who refuse to sell to minor decoys``) or a benchmark
    of cases it is computed on (``A leading AI model … reaches 90% success simulating a
    curated PDB benchmark of modified proteins``; not a reference level, ``benchmark
    concentration``): its figures are that instrument's results, as a survey's are the
    survey's. So does one whose title opens with the survey, census or questionnaire it is
    read from and the figure read from it (``Engagement surveys results``, ``Staff survey:
    share who would recommend us``, ``Census population``), or names the survey by its name
    after ``on the`` (``… on the Best Companies Survey``): a vague word names no instrument
    (``Customer satisfaction``), nor do surveys counted (``Percentage of surveys with
    up-to-date metadata``). So does a code-quality figure named with the code-analysis
    service or linter that computes it (``CodeClimate: 0% technical debt``, ``Pylint: 0
    issues``): the tool reads it. So does a process measure of a piece of work whose title
    is only the name of the record or data its evidence is read from (a campus improvement
    plan's evidence that a strategy succeeded: ``Drug dog visit log``, ``Safety day notes``,
    ``AVID enrollment numbers for 2015``; see
    :func:`planlint.measure_sources.names_record`): the title names where it is read. A
    count of bugs or tickets (``Reduce untriaged bug count by 50%``, ``Open support
    tickets``) needs none: they exist only as entries of the tracker that holds them, where
    they are counted. Nor does a measure of the work a unit of the plan itself leads,
    supports or funds, named by that unit's name (``Percentage of projects led or supported
    by Polar Knowledge Canada that include Northerners``, ``Polar Knowledge Canada-led
    projects``), or of the parties connected to a service that is a unit of the plan (``100%
    of the 64 ELC-funded STLTs are connected to ReportStream``; not a share connected to
    what the plan does not provide, ``households connected to the grid``): the unit keeps
    the records of its own projects and connections it is read from. A process measure of a
    piece of work (see metric-without-baseline: ``# of screening events``) whose work names
    a source for its measures, all but its process measures (the plan's evaluation database
    for a strategy's milestones), is kept there with them: the records of the same work hold
    its counts too. When every measure of the plan's goals names its source, the process
    measures of its work (an initiative's ``% of discharges with a follow-up call``, which
    no goal lists) are left out: the plan keeps a data practice for its results, and counts
    of its own work come from the work's records. So are they when every measure of its
    goals is rated in words only, with no target and no reading of a value (an annual
    report's key performance indicators each given a result such as ``Achieved`` with its
    evidence): the goals give no figure to source, and the only figures are the results of
    the plan's own work (a grant programme's base stations funded), read from that work's
    records. So are they when the plan's goals list no measure at all and every measure sits
    under a piece of work (a development plan's product indicators: documents written,
    equipment built, each under the programme that delivers it): the goals give no figure to
    source, and the work's counts come from the records of those who do it. Not, then, a
    measure of the work that is a rate, share or time of what it brings about (a funder's
    compact KPIs under its activities: ``Non-revenue water (%)``, ``Time required to resolve
    commercial disputes (Days)``; not the work's progress, ``Physical completion of health
    center facilities (%)``, nor a share stated as the work to do, ``extend fibre broadband
    access to 95% of premises``, see :func:`planlint.measure_work.reads_outcome`): it is
    read from a system or a survey. A measure that counts things by what was done to them
    (``New shops opened``, ``Facilitators trained``, ``Premises relocated``, and so with how
    many before them, ``12-18 grants signed``, but not a share, or with ``Number of``, a
    department's workload counts: ``Number of client consultations performed``, ``Number of
    people reached through social media``, ``Number of participants attending extension
    programs``; not a harm, nor what befell the things or was recorded as happening to them,
    ``Number of offences recorded``, a statistic of events, nor what the things did
    themselves, ``Countries that have leveraged…``) and naming no source needs none: it
    counts what the organisation's own work did, and its figure comes from the records of
    that work, where naming a source adds nothing; so it is when the title names the
    objective it serves before a colon and that count after it (an EU management plan's
    ``Enforcement of EU State aid control: Number of Commission decisions adopted``). So
    does a count or sum of the decisions and commitments the organisation makes itself, as a
    lender, grant-maker or regulator measures its year (``Number of Investment Decisions per
    annum``, ``Dollar value of Investment Decisions``, or the value of what it funded,
    ``Total capital value of projects supported``; see
    :func:`planlint.measure_counts.counts_decisions`): read from its own decisions, not what
    they brought about outside it (``Jobs created``, revenues). So does a count of the
    gatherings the organisation holds, named first (``Workshops``, ``Meetups in new
    cities``, ``Number of webinars``; in whole figures, with no harm), or meetings or
    hearings after the words that say which (``Number of Council meetings``, ``Number of
    public hearings``, a city budget book's workload rows; not ``events`` so qualified,
    which may be occurrences, ``adverse events``): its own calendar holds them. So does a
    count of what the organisation issues, signs or appoints itself (``4 newsletter``, ``2
    explanatory videos on website``, ``12 more streams``, ``2 other Funding Agreements``,
    ``# of Board and Commission Members``; not ``funding streams``, nor the people its
    issues reach; see :func:`planlint.measure_counts.counts_issued`), or the parties a
    service connects or onboards to itself or whose data it routes, a verb opening the count
    (``Connect at least 5 new healthcare organizations to ReportStream``, ``Route lab data
    for at least 15 reportable conditions``; not a share, a rate or a time), and a tax
    setting a government fixes by law, named with the course the plan sets it (``main rate
    of corporation tax (from 28% to 26% ...)``, ``personal allowance (from £6,475 to
    £10,000)``): its own acts, read from the work itself. So does a share of what its own
    acts have reached: of its own people, named with ``our``, that it has trained (``70% of
    our Student Academic Reps will have completed face to face or online training``), or the
    uptake or completion of a scheme it runs, named first (``Student Fellows Scheme will
    have a 100% uptake``; see :func:`planlint.measure_counts.shares_own_acts`): its training
    and scheme records hold them. So does an act the organisation repeats on its own
    schedule, named with how often it falls due (``Inspect playgrounds every 30 days``,
    ``Hold 5 events annually``, ``Risk register reviewed fortnightly``; no rate, no harm),
    counted or as the share of those due carried out (in the unit, or in the title:
    ``Percent of active mine sites inspected annually``, ``Visit 100% of retail licensees
    each year``), and the hours spent on a task of its own work (``Total hours spent mowing
    city parks``), or the runs its own computations take per cycle of its method (``Fewer MD
    simulation evaluations per optimization cycle``): both are read from its own record of
    that work. So does a process measure of a piece of work that names the outputs the work
    delivers, then at once what made them (``Decision-making tools and systems
    developed/enhanced``, ``Training provided to partner staff``, a results framework's
    output indicators; no rate, no harm): the project's records of its own outputs hold it.
    So does a process measure of a piece of work that the plan already reports reading,
    counting things named in the plural in whole figures, with no rate, harm, magnitude or
    sum of money (not ``Mobile coverage of the population``; a results report's intermediate
    indicators: ``Classrooms that receive learning materials``, read 0 then 8,000; a quality
    plan's ``# of custom reports/dashboards``): the project reads it from the records of the
    work that produced it; a framework not yet read (a logframe at design, whose means of
    verification are still to be set) is still asked. So does one that states no figure and
    whose target names, in words, a deliverable (``An implementation workplan will be
    completed by March 2026``): done or not, with nothing to read. Such counts still count
    among the plan's measures, as measures whose data are known: the plan's practice is
    judged over all it measures, so that two unsourced figures beside a grants programme's
    grant rounds delivered, or an association's social evenings beside its meetups and
    workshops, are a few measures without a source, not a plan that names none. The
    deliverables of a plan measured mostly by them count among its measures too (more than
    half its measures milestones, done or not: a board's year of goals, reports provided and
    a survey held beside two availability rates; an operating plan's key results): the plan
    measures its work by what it delivers, and the few figures beside them are judged over
    all it measures; where figures are most of its measures, its data practice is judged
    over them alone. Nor does a count whose title says it adds up what was done since the
    plan began need a source (a HUD consolidated plan's CAPER, ``Rental Housing - cumulative
    accomplishment (Housing Units)``; see uncascaded-goal): what the organisation's funded
    work delivered, counted in the records of that work, and counted among the plan's
    measures the same way; nor does a deliverable scored by how much of it is done (0 to 100
    with no unit, see :func:`planlint.measure_work.scored_done`: ``Launch SWOT``, read 25
    when one of its four steps is done, as an agency's priority goals score their launches,
    deliveries and selections), a milestone read step by step from the work itself. Nor is a
    list of commitments whose only figures are those its commitments state in their own
    words (a plan with no goals, one whose goals list no measure, or one that reports the
    status of all its work, each measure one target stated in the titles of the work or
    goals that list it, not read yet; see metric-without-cadence): the figures are what the
    commitments promise, met or not with each commitment, not measures drawn from a data
    system the list would name. Nor is a plan whose measures that name no source are all
    sums of money in a currency its own budget is kept in (a foundation's financial plan:
    total income, donations, cash, in ``USD thousands`` beside its budget lines in USD):
    they are lines of its own accounts, read from its books, and naming a source adds
    nothing; one measure of anything else without a source (members, visits, revenue in
    another currency) and the plan is asked again. A breakdown (``breaks_down``, see
    metric-without-target) of a measure that names its source needs none of its own: its
    figures come from the same data. Nor is a measure whose target the plan keeps out of its
    text on purpose and states none (``withheld: [targets]``, the plan's or its goals': a
    roadmap whose measures are set out, with their six-year goals and peer comparisons, on a
    University Dashboard it names): the measure is published in that document, and its data
    notes with it; it does not count towards the plan's practice either. Nor, for the same
    reason, is a measure whose data notes the plan keeps in another document it names
    (``withheld: [sources]``, the plan's or its goals': the data accuracy and reliability
    notes the GPRA Modernization Act has published for each agency priority goal on its
    Performance.gov goal page, which a quarterly data extract of the goals leaves out; a
    ministry's page on how its results are measured). Nor is a student equity plan (its
    title names it one: a California community college's plan under Education Code
    78220-78222, written in the Chancellor's Office's template) asked: the template gives
    each college the system's standard metrics and the gaps of its disproportionately
    impacted groups, computed by the Chancellor's Office ("Your planning team will have
    Chancellor's Office data available", the template's guidance; the gaps by its PPG-1
    method), and has no place to name a source: where the figures come from is the
    template's, the same for every college, not a practice the college's plan could state or
    omit.
    """
    if plan.personal or _commitments_figures(plan) or _system_measured(plan):
        return
    missing, eligible, own_acts, deliverables = [], 0, 0, 0
    work_sourced = _outcomes_sourced(plan)
    unmeasured_goals = work_sourced and not any(
        metric_goals(plan, metric) for metric in plan.metrics)
    own = _own_work(plan)
    for metric in formulated(plan):
        measure = plan.measure(metric)
        if only_quoted(plan, metric) or (
                work_sourced and measures_work(plan, metric)
                and not (unmeasured_goals and reads_outcome(metric, measure))) \
                or target_kept_out(plan, metric) or plan.withheld("sources", metric):
            continue
        if measure.kind == "milestone" or makes_one(metric, measure) or ticked(metric):
            deliverables += 1
            continue
        if metric.source is None and (counts_done(metric) or counts_decisions(metric)
                                      or counts_gatherings(metric) or counts_issued(metric)
                                      or counts_routine(metric) or counts_work_time(metric)
                                      or _adds_up_output(plan, metric)
                                      or counts_deliverables(plan, metric)
                                      or counts_work_read(plan, metric)
                                      or delivers_in_words(plan, metric)
                                      or scored_done(metric, measure)
                                      or shares_own_acts(metric)):
            own_acts += 1
            continue
        eligible += 1
        if metric.source is None and not names_instrument(metric.title or "") \
                and not names_analyser(metric.title or "") and not names_means(metric) \
                and not (names_record(metric) and measures_work(plan, metric)) \
                and not _whole_states(plan, metric, "source") \
                and not _kept_with_work(plan, metric) and not _counts_tracked(metric) \
                and not own(metric.title or ""):
            missing.append(metric.finding(
                f"{metric.describe()} names no data source; set source to "
                "the system, report or survey its figures come from"))
    bare = unquantified(plan)
    measured = eligible + own_acts
    if 2 * deliverables > measured + deliverables:  # measured mostly by deliverables
        measured += deliverables
    if (len(missing) < measured and not widespread(len(missing), measured)) \
            or not states_figures(plan, missing, eligible, bare) \
            or _from_books(plan, missing):
        return
    yield from by_practice(plan, missing, measured, items="metrics",
                           lacking="name no data source", repeated=bare,
                           fix="set source on each to the system, report or survey its "
                               "figures come from")


#: A California community college's student equity plan (Education Code 78220-78222), by
#: its title: the Chancellor's Office's template gives each college the system's standard
#: metrics, computed from the system's data.
_SYSTEM_TEMPLATE = LazyPattern(r"\bstudent equity plan\b", re.IGNORECASE)


def _system_measured(plan: Plan) -> bool:
    """Whether the plan is a student equity plan (its title names it one, see
    :data:`_SYSTEM_TEMPLATE`), whose measures the system's template computes for it."""
    return _SYSTEM_TEMPLATE.search(worded(plan.info.title)) is not None


def stated_as_count(plan: Plan, metric: Metric) -> bool:
    """Whether a goal or piece of work that lists the metric states its target as a whole
    number directly before the things its title names
    (:func:`planlint.measure_counts.states_count_of`: ``6 sociale evenementen`` over ``Sociale
    evenementen``): the plan's own words give what the figure counts."""
    return any(states_count_of(item.title or "", metric)
               for item in plan.referrers(metric, "metrics"))


def _from_books(plan: Plan, missing: list[Finding]) -> bool:
    """Whether every measure that names no source is a sum of money in a currency the
    plan keeps its own budget in (a foundation's financial plan: total income, donations,
    cash, in ``USD thousands`` beside its budget lines in USD): they are lines of the
    organization's own accounts, read from its books, and a source adds nothing."""
    currencies = {budget.currency.casefold() for budget in plan.budgets
                  if budget.currency and not PEOPLE_TIME.search(budget.currency)}
    if not currencies or not missing:
        return False
    for finding in missing:
        metric = plan.by_id.get(finding.node)
        words = re.findall(r"\w+", (metric.unit or "").casefold()) \
            if isinstance(metric, Metric) else []
        if not currencies.intersection(words):
            return False
    return True


def _adds_up_output(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is a count that adds up what the plan's work has done since it
    began (:func:`planlint.measure_counts.adds_up`: ``Rental Housing - cumulative accomplishment
    (Housing Units)``): the output of the organisation's own funded work, counted in the
    records of that work, as uncascaded-goal reads such goals."""
    return adds_up(metric) and plan.measure(metric).kind == "count"


#: A count of the bugs or tickets a team keeps (``untriaged bug count``, ``total bug
#: backlog``, ``open support tickets``): such items exist only as entries in the tracker
#: that holds them.
_TRACKED = LazyPattern(r"\b(?:bugs?|tickets?)\b", re.IGNORECASE)


def _counts_tracked(metric: Metric) -> bool:
    """Whether a metric counts bugs or tickets (``Reduce untriaged bug count by 50%``):
    they are entries of the tracker that holds them, which is where they are counted."""
    return bool(_TRACKED.search(metric.title or ""))


#: What an organisation does to the work it counts as its own (``projects led or
#: supported by``, ``Polar Knowledge Canada-led projects``).
_OWN_WORK_VERBS = r"(?:led|supported|funded|run|delivered|organi[sz]ed|coordinated|conducted)"


#: What a service does to the parties it takes onto itself, named with it after
#: (``STLTs are connected to ReportStream``, ``senders onboarded onto the hub``).
_JOINED = (r"(?:connected|onboarded|routed|integrated) (?:to|onto|into|with|through|via) "
           r"(?:the )?")


#: A verb of :data:`_OWN_WORK_VERBS` or :data:`_JOINED` as a word: every title
#: :func:`_own_work` matches has one, and few titles do.
_OWN_WORK_VERB = LazyPattern(rf"\b(?:{_OWN_WORK_VERBS}|connected|onboarded|routed|integrated)\b",
    re.IGNORECASE,
    needs=("led", "supported", "funded", "run", "delivered", "organi", "coordinated", "conducted",
           "connected", "onboarded", "routed", "integrated"))


def _own_work(plan: Plan) -> Callable[[str], bool]:
    """Whether a title names a measure of the work a unit of the plan itself leads,
    supports or funds, by the unit's name (``projects led or supported by Polar Knowledge
    Canada``, ``Polar Knowledge Canada-led projects``; a parenthesised second name counts
    too), or of the parties connected, onboarded or integrated to a service that is a unit
    of the plan (``100% of the 64 ELC-funded STLTs are connected to ReportStream``): the
    unit keeps the records of its own projects and connections that such a measure is
    read from. Never when the plan names no unit. The pattern of every unit's name is compiled
    only once a title has one of the verbs (compiling it was most of the rule's time)."""
    compiled: list[re.Pattern[str] | None] = []

    def names_own_work(title: str) -> bool:
        if _OWN_WORK_VERB.search(title) is None:
            return False
        if not compiled:
            compiled.append(_own_work_pattern(plan))
        return compiled[0] is not None and compiled[0].search(title) is not None

    return names_own_work


def _own_work_pattern(plan: Plan) -> re.Pattern[str] | None:
    """The pattern :func:`_own_work` matches, or None when the plan names no unit."""
    names = {" ".join(part.split()) for unit in plan.units
             for part in re.split(r"[()]", unit.name or "") if part.strip()}
    if not names:
        return None
    named = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b{_OWN_WORK_VERBS} by (?:the )?(?:{named})\b|"
                      rf"\b(?:{named})-{_OWN_WORK_VERBS}\b|\b{_JOINED}(?:{named})\b",
                      re.IGNORECASE)


def _kept_with_work(plan: Plan, metric: Metric) -> bool:
    """Whether a process measure (see :func:`planlint.measure_work.measures_work`) is kept
    with the records of its work: each piece of work that lists it names a source for
    its measures (the plan's evaluation database for a strategy's milestones), all but
    its process measures (events held, people trained), whose counts are kept there too."""
    if not measures_work(plan, metric):
        return False
    for work in plan.referrers(metric, "metrics", Initiative):
        measures = plan.refs(work, "metrics", Metric)
        if not any(other.source is not None for other in measures) or any(
                other.source is None and not measures_work(plan, other) for other in measures):
            return False
    return True


def _outcomes_sourced(plan: Plan) -> bool:
    """Whether every measure of the plan's goals names its data source (at least one
    does), or is rated in words only (at least one is: a report's key performance
    indicator given a result such as ``Achieved``, no target and no reading of a value),
    or the plan has goals and none lists a measure (a development plan whose only
    indicators are its programmes' products): the plan keeps a data practice for its
    outcomes, or gives them no figure to source, and the process measures of its work
    are counted from the work's own records (in the last case, all but the rates, shares
    and times of what the work brings about, which metric-without-source still weighs)."""
    outcomes = [metric for metric in plan.metrics if metric_goals(plan, metric)]
    if not outcomes:
        return bool(plan.goals)
    return (all(
        metric.source is not None or names_instrument(metric.title or "")
        for metric in outcomes) or all(_rated_in_words(plan, metric) for metric in outcomes))


def _rated_in_words(plan: Plan, metric: Metric) -> bool:
    """Whether a metric sets no target and every reading of it is a result in words."""
    return only_quoted(plan, metric) and all(
        actual.value is None and actual.score is None for actual in metric.actuals)


def _goals_and_dates(goals: list[Goal]) -> str:
    return ", ".join(f"{goal.id} ({goal.due})" for goal in goals)


def _goals_and_terms(goals: list[Goal]) -> str:
    return ", ".join(f"{goal.id} ({goal.start} to {goal.due})" if goal.start is not None
                     else f"{goal.id} (due {goal.due})" for goal in goals)


def _has_checkpoint(dates: list[date], goal: Goal) -> bool:
    """Whether a target date falls within the goal's term: on or after its start (if it
    has one) and on or before its due date."""
    assert goal.due is not None
    index = bisect_left(dates, goal.start or date.min)
    return index < len(dates) and dates[index] <= goal.due


def _late_aim(plan: Plan, metric: Metric) -> tuple[date, list[Goal]] | None:
    """The date a metric's final target aims at and the goals due last among those it
    measures, when that date falls after their due date."""
    final = final_target(metric)
    aim = final[0].date if final is not None else None
    dues = [goal.due for goal in plan.referrers(metric, "metrics", Goal)
            if goal.due is not None]
    if aim is None or not dues or max(dues) >= aim:
        return None
    return aim, [goal for goal in plan.referrers(metric, "metrics", Goal)
                 if goal.due == max(dues)]


#: A measure's own words saying its figure is for the year after the one its goal works
#: in (``Grow project work to cover $500K in the next year``).
_NEXT_YEAR = LazyPattern(r"\b(?:in|for|during|over|across) the (?:next|following|coming) "
                         r"(?:calendar |fiscal |financial )?year\b", re.IGNORECASE)


def _for_next_year(metric: Metric, due: date, aim: date) -> bool:
    """Whether a metric's title says its figure is for the next year and its target falls
    in the year after the goal's due date: what the goal's year books (sales made, grants
    won) is earned or spent in the next, and that is the year the figure measures."""
    return aim.year == due.year + 1 and bool(_NEXT_YEAR.search(metric.title or ""))


def _late_together(plan: Plan, goal: Goal) -> list[Metric]:
    """A goal's measures, in order, when there are several and each targets the same date
    after the goal's due date and is late for that goal alone; else none."""
    measures = plan.refs(goal, "metrics", Metric)
    lates = [_late_aim(plan, metric) for metric in measures]
    if len(measures) < 2 or any(
            late is None or len(late[1]) != 1 or late[1][0] is not goal for late in lates):
        return []
    return measures if len({late[0] for late in lates if late is not None}) == 1 else []


@rule(code="PL209", name="target-after-goal-due", category="metrics", severity="warning",
      fails="planlint: 1\ngoals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\n"
            "metrics:\n  - id: M1\n    target: {value: 85, date: 2003-06-30}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\n"
             "  - {id: Q3, start: 2002-07-01, due: 2002-09-30, parent: G1, metrics: [M1]}\n"
             "  - {id: G2, due: 2002-12-31, metrics: [M2]}\n"
             "metrics:\n  - id: M1\n    targets: [{value: 60, date: 2002-09-30}]\n"
             "    target: {value: 85, date: 2002-12-31}\n"
             "  - id: M2\n    title: Sell project work to cover $500K in the next year\n"
             "    target: {value: 500000, date: 2003-12-31}\n"
             "  - {id: S1, due: 2003-12-31}\n  - {id: S1.1, parent: S1, metrics: [M3]}\n"
             "  - {id: A1, due: 2002-12-31, metrics: [M3]}\n"
             "  - id: M3\n    targets: [{value: 90, date: 2002-12-31}]\n"
             "    target: {value: 95, date: 2003-12-31}\n")
def target_after_goal_due(plan: Plan) -> Iterator[Finding]:
    """A metric's target date falls after the due date of the goals it measures, or a
    goal it measures that is due earlier has no target of the metric in its term.

    If the measure is only meant to reach its target after the goal is due, the goal cannot
    be judged reached on time, and the plan's timeline and its benchmarks disagree. The
    target date is that of ``target``, else of the latest interim target. A metric shared by
    several goals (a department's key result that a team's quarterly objective also uses)
    aims at the goal due last: its final target is checked against the latest due date, and
    each goal due earlier needs a target of its own, interim or final, dated within its term
    (on or before its due date, and not before its start), against which it is judged when
    it is due. A goal that states no due date of its own and is dated by the goal above it
    (a strategy's initiative under an objective due in 2027, sharing its indicator with a
    one-year work programme's activity area) is such a later goal when that date is on or
    after the final target's: the final target is its, and the area is checked only for a
    target within its own term (90% for 2026). A late final target and earlier goals without
    a target are reported apart, each finding naming every goal at fault. Goals without a
    due date and targets without a date are left alone.

    When every measure of a goal targets the same date after the goal's due date, and that
    goal is the only one each of them is late for, the one cause is the goal's date (a
    sub-goal dated before the period its measures target): it is reported once, at the
    goal's first measure, with the others related, not again on each measure.

    A measure whose title says its figure is for the next year (``Grow project work to cover
    $500K in the next year``), with its target in the year after the goal's due date,
    measures what the goal's year books and the next year earns: sales made in the goal's
    year to cover the next year's costs. Its target is the next year's on purpose, not late,
    and is left alone.
    """
    dues = plan.shared(stated_dues)
    for metric in plan.metrics:
        final = final_target(metric)
        aim = final[0].date if final is not None else None
        goals = [goal for goal in plan.referrers(metric, "metrics", Goal)
                 if goal.due is not None]
        if final is None or aim is None or not goals:
            continue
        last = max(goal.due for goal in goals if goal.due is not None)
        if last < aim and any(goal.due is None and (dues.get(goal.id) or last) >= aim
                              for goal in plan.referrers(metric, "metrics", Goal)):
            last = aim  # a goal dated by the one above it is due when the target is
        if last < aim and not _for_next_year(metric, last, aim):
            late = [goal for goal in goals if goal.due == last]
            fellows = _late_together(plan, late[0]) if len(late) == 1 else []
            if fellows and fellows[0] is not metric:
                continue  # reported once, at the goal's first measure
            dates = "due date of goal" if len(late) == 1 else "due dates of goals"
            others = fellows[1:]
            also = (f" (as do the goal's other measures {joined([m.id for m in others])}, which "
                    "target the same date)") if others else ""
            yield metric.finding(
                f"{metric.describe()} targets {aim}, after the {dates} "
                f"{_goals_and_dates(late)}, which it measures{also}; bring the target "
                "date forward, or move the due date",
                field=f"{final[1]}/date",
                related=[*(goal.related(f"goal {goal.id} is due on {goal.due}", "due")
                           for goal in late),
                         *(other.related(f"metric {other.id} also targets {aim}", "target")
                           for other in others)])
        targets = [*metric.targets, *([metric.target] if metric.target else [])]
        dated = sorted(target.date for target in targets if target.date is not None)
        early = [goal for goal in goals if goal.due is not None and goal.due < min(last, aim)
                 and not _has_checkpoint(dated, goal)]
        if not early:
            continue
        if len(early) == 1:
            which, term, each = "goal", "that goal's term", "its due date so it"
        else:
            which, term, each = "goals", "their terms", "each due date so each"
        yield metric.finding(
            f"{metric.describe()} targets {aim} and also measures {which} "
            f"{_goals_and_terms(early)}, due earlier, but none of its targets falls within "
            f"{term}; add an interim target under targets on {each} can be judged when due",
            field="targets" if metric.targets else final[1],
            related=[goal.related(f"goal {goal.id} is due on {goal.due}", "due")
                     for goal in early])
