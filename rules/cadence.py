"""PL2 metrics: every goal is measured, and every measure can be read.

metric-without-cadence: how often each measure is read, and the many measures read on a
schedule the plan keeps elsewhere (at its reviews, sessions and status reports, once a
year when the year closes, when their target falls due or at the end of their work). The
other metric rules are in :mod:`planlint.rules.unmeasured`,
:mod:`planlint.rules.targets`, :mod:`planlint.rules.baselines`,
:mod:`planlint.rules.units`, :mod:`planlint.rules.sources` and
:mod:`planlint.rules.metrics`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from itertools import pairwise

from planlint.finding import Finding
from planlint.measure_figures import states_figure, steps_yearly
from planlint.measure_sources import yearly_by_instrument
from planlint.measures import says_none
from planlint.model import Initiative, Metric
from planlint.plan import Plan
from planlint.practice import by_practice, carried_by_annual_plans, reviewed_unscheduled, widespread
from planlint.ruledef import rule
from planlint.timeline import ONE_CYCLE, cadence_step, measurement_begins, read_at_end, target_date

from ._metric_facts import (
    ONE_YEAR,
    commitments_figures,
    formulated,
    months_between,
    only_quoted,
    sets_target,
    states_figures,
    unquantified,
    whole_states,
)


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
    if commitments_figures(plan) or _carried_yearly(plan):
        return
    unread = not any(_read_on_the_way(plan, metric) for metric in formulated(plan)
                     if not only_quoted(plan, metric) and not _graded_at_its_end(plan, metric))
    measured = [metric for metric in formulated(plan)
                if plan.measure(metric).kind != "milestone" and not read_at_end(plan, metric)
                and not only_quoted(plan, metric)
                and not (unread and _graded_at_close(plan, metric))
                and not _met_after_term(plan, metric)]
    targeted = [metric for metric in measured if sets_target(plan, metric)]
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
                if metric.cadence is None and not whole_states(plan, metric, "cadence")
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


def _beyond_year(metric: Metric) -> bool:
    """Whether a metric's calendar cadence is longer than a year (a survey taken every
    three years): it says in which years the measure is taken, not that the plan reads
    its measures on the way within a year (see metric-without-cadence)."""
    if metric.calendar is None:
        return False
    months, days = cadence_step(metric.calendar)
    return months * 31 + days > ONE_YEAR
