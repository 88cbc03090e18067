"""PL8 monitoring: the plan is reviewed, measured and adjusted while it runs.

The rules of readings kept up: each measure's figures are read when due at the as-of
date (its cadence, its reporting lag, the period it measures; :mod:`planlint.timeline`),
each milestone is recorded done or not once its date has passed, and a plan past its
start is read at all. Off-track results are in :mod:`planlint.rules.off_track`, late
work and money in :mod:`planlint.rules.monitoring`, the review rules in
:mod:`planlint.rules.reviews`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Generator, Iterator
from datetime import date, timedelta
from itertools import pairwise
from textwrap import dedent, indent

from planlint.finding import Finding
from planlint.measure_figures import figureless, states_figure
from planlint.measure_sources import names_instrument, said_unmeasured
from planlint.measure_work import measures_work, takes_up
from planlint.measures import Measure
from planlint.model import (
    Goal,
    Initiative,
    Measurement,
    Metric,
    cadence_days,
    one_line,
)
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.practice import NAMED, by_practice
from planlint.ruledef import rule
from planlint.timeline import (
    actuals_until,
    add_cadence,
    add_months,
    before_programme,
    default_lag,
    describe_cadence,
    final_target,
    first_read_at_end,
    first_reading_due,
    goals_start,
    later,
    latest_actual,
    measurement_begins,
    metric_goals,
    owed_to_report,
    reported,
    stated_by_year,
    target_date,
    undecided_milestone,
)
from planlint.wording import joined, number


@rule(code="PL805", name="stale-metric", category="monitoring", severity="warning",
      fails=dedent("""\
          planlint: 1
          plan: {as_of: 2001-06-30}
          metrics:
            - id: M1
              title: Operating profit
              cadence: monthly
              baseline: {value: -5000, date: 2000-12-31}
              actuals:
                - {date: 2001-03-31, value: -4100}
            - id: M2
              title: Launch the dealer portal
              target: {value: 1, date: 2001-03-31}
              actuals:
                - {date: 2001-02-28, value: 0}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {as_of: 2001-06-30, horizon: {start: 2000-07-01, end: 2001-04-30}}
          metrics:
            - id: M1
              title: Operating profit
              cadence: monthly
              baseline: {value: -5000, date: 2000-12-31}
              actuals:
                - {date: 2001-03-31, value: -4100}
                - {date: 2001-05-31, value: -3700}
            - id: M5
              title: Employees who can name the strategic goals
              cadence: semiannual
              baseline: {value: 5, date: 2001-01-31}
            - id: M6
              title: Warranty cost per vehicle
              cadence: monthly
              reporting_lag: P45D
              baseline: {value: 100, date: 2000-12-31}
              actuals:
                - {date: 2001-04-30, value: 97}
            - id: M7
              title: Grow repeat orders by 50%
              cadence: quarterly
              baseline: {value: 900, date: 2000-12-31}
              actuals:
                - {date: 2001-03-31, text: not done, the campaign slipped to May}
            - id: M8
              title: Course completion rate
              cadence: quarterly
              baseline: {value: 77.6, date: 2000-08-31}
              targets: [{value: 80, date: 2001-08-31}]
              target: {value: 82, date: 2002-08-31}
              actuals:
                - {date: 2000-08-31, value: 77.6}
            - id: M9
              title: Introduce the dealer portal
              target: {value: 1, date: 2001-03-31}
            - id: M10
              title: Name the portal's project team
              target: {value: 1, date: 2001-03-31}
              actuals:
                - {date: 2001-03-31, value: 1}
            - id: M11
              title: Active dealers from 40 to 60
              cadence: monthly
              baseline: {value: 40, date: 2001-04-01}
              target: {value: 60, date: 2001-06-30}
            - id: M12
              title: Open the dealer showroom
              target: {value: 1, date: 2001-05-31}
              actuals:
                - {date: 2001-03-31, value: 0}
            - id: M13
              title: Dealer sites inspected per fiscal year
              cadence: annual
              actuals: [{date: 1999-09-30, value: 77}]
              targets: [{value: 80, date: 2000-09-30}]
              target: {value: 82, date: 2001-09-30}
            - id: M14
              title: Households owning a car, by region
              description: In 1998 (the latest data available for the region) 61%.
              cadence: annual
              actuals: [{date: 1998-12-31, value: 61}]
            - id: M19
              title: Young adults with a degree or certificate
              unit: '%'
              cadence: annual
              target: {value: 59, date: 1998-12-31}
              actuals: [{date: 1998-12-31, value: 56.6}]
            - id: M20
              title: "Young adults by level of education: bachelor's degree or more"
              unit: '%'
              breaks_down: M19
              cadence: annual
              actuals: [{date: 1998-12-31, value: 38.2}]
            - id: M24
              title: "Operating profit: north"
              breaks_down: M1
              cadence: monthly
              actuals: [{date: 2001-01-31, value: -900}]
            - id: M15
              title: Ensure every dealer can order parts online
            - id: M16
              title: Newsletters sent
              target: {value: 4, date: 2001-03-31}
            - id: M17
              title: Dealer satisfaction score
              cadence: quarterly
              baseline: {value: 3.9, date: 2000-12-31}
            - id: M18
              title: Parts delivered within two days
              cadence: monthly
              baseline: {value: 71, date: 2000-12-31}
            - id: M21
              title: Time from a dealer's call to the mechanic's visit
              unit: minutes
              target: {value: 45, date: 2001-03-31}
            - id: M22
              title: Repair time
              unit: hours
              target: {value: 48, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 50}]
            - id: M23
              title: Dispatch data on repair times
              target: {text: Target set at 48 hours}
          units: [{id: north}, {id: south}]
          goals:
            - {id: G1, title: Build the dealer network, metrics: [M9]}
            - {id: G1.1, title: Staff the portal, parent: G1, metrics: [M10]}
            - {id: G2, title: Open online parts ordering, due: 2001-03-31, metrics: [M15]}
            - {id: G3, title: Dealer outreach, metrics: [M16],
               actuals: [{date: 2001-03-31, text: OK (almost)}]}
            # "the dealer goals' results are in the annual dealer report"
            - {id: G4, title: Loyal dealers, withheld: [actuals], metrics: [M17]}
            - {id: G4.1, title: Fast parts supply, parent: G4, metrics: [M18]}
            - {id: G5, title: Quick repairs, metrics: [M22]}
          initiatives:
            - {id: I1, title: "North: open online parts ordering", unit: north,
               supports: [G2], status: done}
            - {id: I2, title: "South: open online parts ordering", unit: south,
               supports: [G2], status: active}
            # "We were declined by the Ministry for funding."
            - {id: I3, title: Mobile mechanic van, supports: [G1], status: blocked,
               metrics: [M21]}
            - {id: I4, title: Dispatch mechanics by region, supports: [G5], metrics: [M23]}
          """))
def stale_metric(plan: Plan) -> Iterator[Finding]:
    """A metric has no actual within one cadence (plus its reporting lag) of the as-of
    date, although its measurement should have begun; or a milestone's date has passed and
    no actual says whether it was done; or the plan rates a measure, or a goal, on track
    with no reading behind the rating.

    A metric that is not read is no metric: the plan goes off track, or conditions change,
    and nobody can see it. Measurement should have begun once the first reading is due. The
    measurement clock starts at the latest of the baseline's date, the start of the goals
    the metric measures (the earliest one), the start of the initiatives that list it as
    what their work delivers (the earliest one) and the start of the plan's horizon, since
    nothing is due before the plan, or the work, begins. The first reading is due one
    cadence after that, or at the first interim target after it if that comes sooner. From
    then on an actual dated within one cadence before the as-of date (counted in calendar
    steps, so 2001-05-31 is within one month of 2001-06-30) keeps the metric fresh. Readings
    from before the start of a goal the metric measures do not make the new goal's measure
    stale before its first reading is due, but a measure read for years before the plan
    began is judged by its latest reading. A figure exists only some time after its period
    ends (the books after month-end close, an annual figure once the year is closed and
    counted): a metric states that time as its ``reporting_lag`` (``P45D``, ``P2M``), and
    where it states none, half a cadence is assumed, and a month at least for the figure of
    a month or longer (an annual figure is due six months after its year, a monthly one a
    month after its month, as the books close and official monthly series are published in
    the month after: see :func:`planlint.timeline.default_lag`), so the latest figure that
    can exist is never stale. But where a metric states no lag of its own and sets a target
    for the period after its latest reading, and the plan gives that period's figures for
    two or more of its other measures read at the same cadence, a month or more before the
    as-of date (a state agency's annual performance report with its other measures' figures
    for the year, and none for customer satisfaction, 'still in review', or for energy use,
    its commentary empty), the plan's own figures show that the period's results are out:
    that figure is due and missing, whatever lag was assumed. So is a target (a figure or
    words) of a measure stating no calendar cadence and no lag, due on the as-of date
    itself, with no reading, where two or more other measures have figures of that date (a
    yearly performance pledge's results of its other standards, dated the year's end, and
    none for calls followed up within 10 days); not a breakdown, a measure whose goals or
    work have not begun, nor one whose own words put its result later (``data not yet
    available``). An annual metric stating no lag whose figures are a budget cycle's table
    (actuals to the year before last, a projected figure for the year after them and its
    final target for the budget year after that, not yet past) is not stale either: a budget
    book reports a year's actual in the next year's book, so the projected year's figure is
    due with the next cycle. Nor is a metric whose own text calls its latest reading, by its
    year, the latest data available (``In 2020 (the latest data available for routine and
    manual smokers)``): the plan says no later figure existed when it was written, a
    national statistic's lag it states in words rather than as a duration. A measure the
    plan states by the year, though its data are compiled or analysed more often, is read by
    the year: its targets, baseline and readings all fall on one day of the year, over two
    years or more (a school year's completion rate against each year's target, "analysed
    quarterly"), and its next figure is the next year's. Actuals dated after the as-of date
    do not count; a reading on or after the target's date ends the need for more, and so
    does one on or after the final target's date of the measure a metric breaks down
    (``breaks_down``, see metric-without-target), where the metric sets no target of its
    own: a table of the measure's figure by level or group, read through the measure's last
    year, shows where that target was met or missed, and is as current as the measure. Nor
    is such a breakdown asked for readings on its own clock while the measure it breaks down
    is current (read at a cadence, no reading of it due): a figure by region or group comes
    on its own offices' rhythm, often later than the whole's, and some such series stop; the
    plan's target is monitored on the whole. A metric with neither a baseline nor an actual
    is a new measure whose first reading may still be to come while the period it measures
    runs; once that period has ended (its target's date, else the due date of its goals,
    else the end of the horizon) and the lag has passed, it is stale, baseline or not. So is
    a key result of a quarter or less (from when its measurement begins to its target date)
    not read yet, whatever its cadence: OKR plans grade key results at the end of the cycle,
    and a score updated each month in the team's tool is no figure the plan owes before
    then. But a measure read each year whose title states its figure for each year
    (``Accepting 1 new organisation per year``, ``at least two courses per year``) measures
    each year as a period of its own: its first figure is due once its first year has closed
    and the lag has passed, baseline or not, not at the end of the plan. A milestone (see
    metric-without-target) has no cadence to keep, not even one the plan states once for its
    measured figures (``metrics_cadence``): it is stale when its date has passed and no
    actual records whether it was done by then (none at all, or only one from before the
    date that shows it not done: it may have been done since); a milestone due after the end
    of the plan's horizon (one that slipped out of the quarter a record of key results
    covers) has left the period the plan records, and whether it was done is the next
    period's record, not asked here; when more than a third of the milestones past their
    date are unrecorded, the plan does not record milestones one by one (its updates report
    each goal as a whole, say), and that is reported once, at the plan. A metric without a
    calendar cadence (none, or read ``once`` or ``per event``) is asked for its result once
    the period it measures has ended and has none at all, unless the plan is only its text
    as adopted, before its own period ends (see plan-never-read: a faculty's plan page for
    2022-2029 still showing its 2022-2024 targets, nothing in it a report of progress, whose
    results are other documents') (a missing cadence is metric-without-cadence's; not where
    a goal it measures records its own result for that period, such as a board's grade ``OK
    (almost)`` for a row of outreach targets reviewed as one: the plan reads the row through
    the goal's record), or once an interim target's date is more than six months past (an
    annual figure's lag) and it still has none (3,500 members by the end of 2020, on the way
    to 4,000 by the end of 2021, with no member count by October 2021), and one whose dates
    cannot be told is not judged; nor is an outside body's rating, survey or index named in
    the title (``SOCITM Better Connected accessibility rating``) whose target has no date:
    its result comes when that body publishes it, not at the end of the plan's horizon. But
    one whose latest readings are a yearly series (three or more, each on the same day of
    the next year: part-time staff read for 2021, 2022 and 2023) is read every year,
    whatever cadence it states, and is stale once the figures of both years after its latest
    are due, each six months after its year (in August 2026, neither the 2024 nor the 2025
    figure): a series the source kept up for years and then let lapse, which an "updated as
    new data becomes available" does not explain. A measure that states no figure at all,
    not even a reading, is metric-without-target's (one cause, one finding). A result
    reported in words (an actual's ``text``: ``not done``, ``slipped to May``) is a reading
    like any other, except words that say the measure was not taken (``Not available``, ``No
    survey was conducted``, ``Actual results are not available because this indicator is
    tracked on a biennial basis``): a measure with a target whose readings say only that has
    no result, and once its target's date has come (a results report read on that day: the
    report itself says the figure will not be in it) the target has lapsed unmeasured,
    whatever its cadence; but not where it says nothing happened to measure (``No emergency
    flood actions were initiated``). A key result that a goal below takes up as its own
    objective (``Reduce churn by X%`` under an objective whose sub-goal is ``CTO: Reducing
    churn``) is read through that goal's key results, which this rule judges instead.
    Metrics read from the same ``source``, or all naming none, at the same cadence whose
    readings stopped at the same date (or never began) are stale for one cause, the source
    (or the plan's own report) not being read: one finding, on the first of them by id,
    names the others. So is a breakdown setting no target of its own whose latest reading is
    that of the measure it breaks down, itself stale (the residential row of a county's
    electricity consumption, both stopped at 2020): it is left to the whole's finding. A
    metric that repeats another, title and figures (a key result listed again at another
    level), is judged once (see :meth:`planlint.plan.Plan.twin`). A milestone of an
    objective whose sub-objectives each record results of their own key results (a CEO's
    short phrase, ``Introduce automation product``, over the teams' objectives that report
    it) is reported through them, and not asked for a record of its own; so is a milestone
    with no date of its own that is a criterion of done for a goal carried out unit by unit
    (two initiatives or more support it, each of another unit and each taking up the goal's
    own title, ``barbican: Register and Document Policy in Code``, and some record a
    status): whether the criteria were met is recorded per unit, in that work's status, not
    once for the plan. A plan that keeps its results out of its text on purpose (``plan:
    withheld: [actuals]``) is not asked for them, nor is a measure that only goals saying so
    of themselves (a goal's own ``withheld: [actuals]``: "results for goal 3 are in the
    annual report"), their sub-goals and the work serving only them list; such milestones do
    not count towards the plan's practice. Nor is a plan that records no result at all (no
    reading of any measure or goal, no work reported done, cancelled, blocked or on hold: a
    statement of intent, updated part-way through its period) asked for the periodic figures
    of a measure whose target is still ahead, where a communication on a calendar cadence
    covers a goal the measure measures (a half-yearly and an annual report to the
    shareholder against the plan's measures): those figures are published in that report, by
    design not in the plan, whether or not the measure's title says "per year"; a milestone
    whose date has passed is still asked for, a target the plan states though it lapsed. A
    measure of work the plan marks done that was never read is stale once the work is done
    (and, where the work states its end, the time the measure's figure takes to be reported
    has passed since): only initiatives list it, every one of them done, and it is a measure
    the plan means to read, with a calendar cadence or a target (a partnership's pilot with
    vape shops, marked Complete, whose success statement ``Improved quit rates`` is read
    quarterly; a mayor's pledge graded complete whose one target, 301 jobs created, has no
    count). The done status stands in for the result the work was to bring, and nothing
    shows what it achieved; a measure with neither a rhythm nor a target is a record of what
    the work produced (a meeting's expected outputs), and a milestone is what the done
    status records. Such measures of several pieces of work are one practice, reported once,
    naming the others. Nor is a process measure that is the only measure of its work and
    sets as its one target the target of the measure of a goal the work serves, figure for
    figure, where that measure is read in the plan's period (a change idea's ``Pay 4 Results
    (P4R) wait time metrics``, ``Target set at 107 minutes``, under an ambulance offload
    time of 107 minutes read at 104): the work is measured by the indicator, whose reading
    the plan reports; a measure beside others of its work (the PIA wait per shift, beside
    the shifts filled) is read as a figure of its own. Nor is a measure of work the plan
    reports stopped: no goal lists it, and every initiative that lists it is cancelled,
    blocked or on hold (a hospital's change idea whose progress report says "We were
    declined by the Ministry for funding", with the process measure it set for the work):
    the process it measures did not run, the plan says why, and whether the stopped work is
    answered is for the rules on work, not a figure to ask of a process that never ran. Nor
    is a programme dated no later than the start of its horizon (an agency's single
    programming document for the next three years, adopted before they begin) asked for the
    result of a measure or milestone due before that start (the draft programme's submission
    the January before): that is the previous period's, reported in that period's annual
    report, not in the programme. A measure the plan rates on track (its own ``rating``)
    with no reading at all by the as-of date is reported whatever its rhythm: a mid-term
    review rating green an awareness of health risk factors whose row says "No data", or a
    goal rated On Track none of whose measures has a reading (a priority goal's three survey
    scores blank in every quarter of its first year), reported at the goal. The rating
    claims a result the plan does not hold, and whoever reads it is told the measure is fine
    when nobody knows; a rating of at risk or off track says the plan knows something is
    wrong, a goal with a result of its own, or any measure read, rests on that, and a
    milestone still to come may fairly be called on track while its work goes on. Nor is a
    measure plan-never-read reports (no measure of the plan read since its measurement
    began, the first reading of measures with no rhythm of their own long due), nor, in a
    plan it reports, a milestone past its date: a quarter's key results, none ever graded,
    are one practice missing, reported once there, not once a result. Nor is a plan that
    states no date of its own (no ``as_of``) and is only its text as adopted, nothing in it
    a report of progress (see plan-never-read: a results-framework document's table of
    targets and criteria dates, its achievements reported in a separate evaluation): judged
    against the day it is read, every date in it has passed, but nothing says it was written
    after any of them, nor that it was to carry results (given a date to judge it at,
    ``--as-of``, it is judged then).
    """
    if plan.withheld("actuals") or _judged_on_reading_day(plan):
        return
    as_of = plan.as_of
    by_cause: dict[tuple[object, ...], list[tuple[Metric, str, str]]] = defaultdict(list)
    milestones: list[Metric] = []
    kept_out = plan.withheld_ids("actuals")
    never_read = plan.shared(_never_read)
    adopted = plan.shared(_adopted_before_end)
    rated = yield from _rated_unmeasured(plan, kept_out)
    for metric in plan.metrics:
        if plan.carrier(metric) is not None or plan.twin(metric) is not None \
                or metric.id in kept_out or metric.id in never_read or metric.id in rated \
                or _work_stopped(plan, metric):
            continue
        measure = plan.measure(metric)
        if measure.kind == "milestone":
            if not _reported_below(plan, metric) and not _done_unit_by_unit(plan, metric):
                milestones.append(metric)
            continue
        if (done := _done_unread(plan, metric, measure)) is not None:
            by_cause[(one_line(metric.source or "").casefold(), metric.calendar,
                      _DONE_UNREAD)].append((metric, done, "actuals"))
            continue
        if measure.kind != "indicator" and figureless(metric, measure):
            continue  # no figure at all, not even a reading: metric-without-target's
        if measure.kind != "indicator" and metric.target is not None \
                and said_unmeasured(metric) \
                and (ended := target_date(plan, metric)) is not None and ended <= as_of:
            index = len(metric.actuals) - 1
            yield metric.finding(
                f"{metric.describe()} has no result for its target of {ended}: its actual "
                f"says only that it was not measured "
                f"({_opening(metric.actuals[index].text)}); record the result, or say "
                "when the measure will be taken and decide on the target",
                field=f"actuals/{index}")
            continue
        if metric.calendar is None and (lapsed := _lapsed_yearly(plan, metric)) is not None:
            message, field, lapsed_at = lapsed
            by_cause[(one_line(metric.source or "").casefold(), "annual", lapsed_at)].append(
                (metric, message, field))
            continue
        if metric.calendar is None:
            if adopted:
                continue  # its text as adopted: the readings are other documents' to give
            ended = target_date(plan, metric)
            interim = _interim_passed(metric, as_of) if ended is None or ended >= as_of \
                else None
            if ended is not None and (ended < as_of or _reported_at_end(plan, metric)) \
                    and not metric.actuals \
                    and measure.kind != "indicator" and not _published_outside(metric) \
                    and not before_programme(plan, ended) \
                    and not _graded_with_goal(plan, metric, ended) \
                    and not _restates_indicator(plan, metric):
                yield metric.finding(
                    f"{metric.describe()} has no actual, though the period it measures ended "
                    f"on {ended}, before the as-of date {as_of}; record the result under "
                    "actuals" if ended < as_of else
                    f"{metric.describe()} has no actual for its target of {ended}, while the "
                    f"plan reports the figures of {ended} for its other measures: the "
                    "period's results are out and this one is missing; record it under "
                    "actuals, or say why it is not reported and when it will be",
                    field="target" if metric.target is not None else None)
            elif interim is not None and not metric.actuals and measure.kind != "indicator" \
                    and not before_programme(plan, interim[1]):
                index, due = interim
                yield metric.finding(
                    f"{metric.describe()} has no actual, though its interim target was due "
                    f"on {due}, over six months before the as-of date {as_of}; record the "
                    "result reached by then under actuals", field=f"targets/{index}")
            continue
        if owed_to_report(plan, metric):
            continue
        stale = _stale_reading(plan, metric)
        if stale is not None:
            message, field, latest = stale
            key = (one_line(metric.source or "").casefold(), metric.calendar, latest)
            by_cause[key].append((metric, message, field))
    if not never_read:  # else no result at all is recorded: plan-never-read's one cause
        yield from _unrecorded_milestones(plan, milestones)
    _leave_to_wholes(plan, by_cause)
    for cause, group in by_cause.items():
        group.sort(key=lambda stale: stale[0].id)
        metric, message, field = group[0]
        others = group[1:]
        if others:
            named = [other.id for other, _, _ in others[:NAMED]]
            if len(others) > NAMED:
                named.append(f"{len(others) - NAMED} more")
            source = "the same source" if metric.source else "no named source"
            message += (f"; so {'is' if len(others) == 1 else 'are'} {joined(named)}, "
                        + ("measures of other work marked done, never read either"
                           if cause[2] == _DONE_UNREAD else
                           f"read from {source} at the same cadence and stopped at the "
                           "same reading"))
        yield metric.finding(message, field=field,
                             related=[other.related(f"metric {other.id} is stale for the same "
                                                    "cause", other_field)
                                      for other, _, other_field in others[:NAMED]])


#: The cause under which measures of work marked done, never read, are gathered.
_DONE_UNREAD = "done, never read"


def _done_unread(plan: Plan, metric: Metric, measure: Measure) -> str | None:
    """The message for a measure of work the plan marks done that was never read, or None:
    only initiatives list it, every one of them done (at the latest when the figure of
    its end, if it states one, was due), and it is a measure the plan means to read (a
    calendar cadence or a target: ``Improved quit rates``, read quarterly, for a pilot
    with vape shops; 301 jobs for a pledge graded complete), not a record of what the work
    produced (a meeting's expected outputs) nor a milestone, which the done status
    records. The status stands in for the result the work was to bring, which nobody
    recorded."""
    if metric.actuals or measure.kind == "indicator" or metric.dropped is not None \
            or (metric.calendar is None and metric.target is None and not metric.targets) \
            or not plan.records_finished_work(metric):
        return None
    work = plan.referrers(metric, "metrics", Initiative)
    if not work or any(initiative.status != "done" for initiative in work):
        return None
    for initiative in work:
        ended = initiative.completed or initiative.end
        if ended is not None and (
                reported(metric, ended) if metric.calendar or metric.reporting_lag
                else later(ended, default_lag("annual"))) > plan.as_of:
            return None  # the figure of work just finished may not exist yet
    names = joined([f"{initiative.id}" for initiative in work[:NAMED]])
    return (f"{metric.describe()} is the measure of work marked done ({names}) and has "
            "no reading: nothing shows what the work achieved; record the result under "
            "actuals, or say why the work counts as done without it")


def _opening(text: str | None) -> str:
    """The opening words of a result in words, quoted as a message quotes them."""
    words = one_line(text or "")
    return f"'{words}'" if len(words) <= 60 else f"'{words[:60].rstrip()}...'"


def _work_stopped(plan: Plan, metric: Metric) -> bool:
    """Whether a metric measures only work the plan reports stopped: no goal lists it, and
    every initiative that does is cancelled, blocked or on hold (a change idea whose
    progress report says "We were declined by the Ministry for funding"). The process it
    measures did not run, and the plan says why."""
    if plan.referrers(metric, "metrics", Goal):
        return False
    work = plan.referrers(metric, "metrics", Initiative)
    return bool(work) and all(initiative.status in _STOPPED for initiative in work)


#: The statuses of work that is not under way and will not run as planned.
_STOPPED = ("cancelled", "blocked", "on-hold")


def _read_to_whole_target(plan: Plan, metric: Metric, read: date) -> bool:
    """Whether the metric, setting no target of its own, breaks down a measure
    (``breaks_down``) whose final target's date its latest reading (``read``) has reached:
    no more readings are asked of that measure, nor of the breakdown that shows where its
    target was met or missed."""
    return final_target(metric) is None and plan.whole_answers(
        metric, lambda whole: whole.target is not None and whole.target.date is not None
        and read >= whole.target.date)


def _whole_current(plan: Plan, metric: Metric) -> bool:
    """Whether the metric, setting no target of its own, breaks down a measure
    (``breaks_down``) that is itself current: read at a calendar cadence, with a reading
    by the as-of date and none due since. A figure by region or group is published on
    its own offices' rhythm, often later than the whole's, and some series stop; what the
    plan monitors is the whole, and a part that lags behind it leaves no target unread."""
    return final_target(metric) is None and plan.whole_answers(
        metric, lambda whole: whole.calendar is not None
        and latest_actual(whole, plan.as_of) is not None
        and _stale_reading(plan, whole, through_whole=False) is None)


def _leave_to_wholes(plan: Plan,
                     by_cause: dict[tuple[object, ...], list[tuple[Metric, str, str]]]) -> None:
    """Leave out of the stale measures (grouped by cause, each cause's last item the
    latest reading's date) every breakdown (``breaks_down``) setting no target of its own
    whose latest reading is that of the measure it breaks down, itself reported stale (the
    residential and non-residential rows of a consumption series, stopped with it): the
    rows stopped because the whole did, one cause reported once, at the whole."""
    latest = {metric.id: cause[2] for cause, group in by_cause.items()
              if isinstance(cause[2], date) for metric, _, _ in group}
    for cause, group in list(by_cause.items()):
        if not isinstance(cause[2], date):
            continue
        group[:] = [entry for entry in group if not (
            entry[0].breaks_down is not None and final_target(entry[0]) is None
            and (whole := plan.ref(entry[0], "breaks_down", Metric)) is not None
            and whole.id != entry[0].id and latest.get(whole.id) == cause[2])]
        if not group:
            del by_cause[cause]


def _interim_passed(metric: Metric, as_of: date) -> tuple[int, date] | None:
    """The first interim target (index and date) of a metric whose date passed more
    than six months before the as-of date (an annual figure's default lag), or None."""
    for index, target in enumerate(metric.targets):
        if target.date is not None and add_months(target.date, 6) < as_of:
            return index, target.date
    return None


def _graded_with_goal(plan: Plan, metric: Metric, ended: date) -> bool:
    """Whether a goal the metric measures records its own result for the period the
    metric measures (an actual of the goal dated on or after ``ended``, up to the as-of
    date): the plan reviews and grades the goal's row as one (``OK (almost)`` for a row
    of outreach targets), and the row's targets are read through that record."""
    return any(actual.date is not None and ended <= actual.date <= plan.as_of
               for goal in plan.referrers(metric, "metrics", Goal) for actual in goal.actuals)


def _restates_indicator(plan: Plan, metric: Metric) -> bool:
    """Whether a process measure (see :func:`planlint.measure_work.measures_work`), the only
    measure of its work, sets as its one target the target of the measure of a goal that
    work serves, figure for figure and by no other date (``Pay 4 Results (P4R) wait time
    metrics``, ``Target set at 107 minutes``, under the 107 minutes of the ambulance
    offload time it is the data of), and that measure has a reading of the plan's period:
    the work is measured by the indicator, which the plan reports. A measure beside
    others of its work (the PIA wait per shift beside the shifts filled) is read as its
    own figure."""
    if metric.targets or metric.target is None or not measures_work(plan, metric):
        return False
    for work in plan.referrers(metric, "metrics", Initiative):
        if len(plan.refs(work, "metrics", Metric)) > 1:
            return False
        if any(_same_target(metric.target, indicator) and _read_in_period(plan, indicator)
               for goal in plan.refs(work, "supports", Goal)
               for indicator in plan.refs(goal, "metrics", Metric)):
            return True
    return False


def _same_target(own: Measurement, other: Metric) -> bool:
    """Whether a target (``own``) is another metric's final target, figure for figure (a
    value, or a figure its words state: ``Target set at 107 minutes``), by no other date."""
    aim = final_target(other)
    if aim is None or aim[0].value is None:
        return False
    value = aim[0].value
    same = own.value == value if own.value is not None \
        else states_figure(own.text or "", value)
    return same and (own.date is None or own.date == aim[0].date)


def _read_in_period(plan: Plan, metric: Metric) -> bool:
    """Whether a metric has a reading from the start of the plan's horizon to the as-of
    date."""
    horizon = plan.info.horizon
    start = horizon.start if horizon is not None else None
    return any(actual.date is not None and actual.date <= plan.as_of
               and (start is None or actual.date >= start) for actual in metric.actuals)


def _published_outside(metric: Metric) -> bool:
    """Whether a metric is an outside body's named rating, survey or index (see
    :func:`planlint.measure_sources.names_instrument`) whose target the plan gives no date: its
    result comes when that body publishes it, which nothing in the plan dates."""
    return names_instrument(metric.title or "") and not metric.targets and (
        metric.target is None or metric.target.date is None)


def _done_unit_by_unit(plan: Plan, metric: Metric) -> bool:
    """Whether a milestone with no date of its own is a criterion of done for goals
    carried out unit by unit: each goal it measures has two initiatives or more
    supporting it, each of another unit and every one taking up the goal's own title
    (``barbican: Register and Document Policy in Code`` under ``Register and Document
    Policy in Code``), and at least one of them records a status. Whether the criteria
    were met is recorded there, per unit, not once for the plan."""
    if metric.target is not None or metric.targets:
        return False
    goals = metric_goals(plan, metric)
    for goal in goals:
        work = plan.referrers(goal, "supports", Initiative)
        title = goal.title or goal.name or ""
        units = {initiative.unit for initiative in work}
        if len(work) < 2 or None in units or len(units) < len(work) \
                or not any(initiative.status for initiative in work) \
                or not all(takes_up(initiative.title or initiative.name or "", title)
                           for initiative in work):
            return False
    return bool(goals)


def _reported_below(plan: Plan, metric: Metric) -> bool:
    """Whether every goal a milestone measures has goals below it that each record a
    result of their own key results: the goal's outcome is reported there."""
    goals = metric_goals(plan, metric)
    return bool(goals) and all(_results_recorded_below(plan, goal) for goal in goals)


def _results_recorded_below(plan: Plan, goal: Goal) -> bool:
    """Whether a goal has goals below it, and each has a key result with an actual."""
    below = plan.subgoals(goal)
    return bool(below) and all(
        any(result.actuals for result in plan.refs(sub, "metrics", Metric)) for sub in below)


def _unrecorded_milestones(plan: Plan, milestones: list[Metric]) -> Iterator[Finding]:
    """The milestones whose date has passed with no actual recording whether they were
    done by then; once at the plan when that is how the plan works (see
    :func:`~planlint.practice.by_practice`)."""
    as_of = plan.as_of
    passed = [(metric, due) for metric in milestones
              if (due := target_date(plan, metric)) is not None and due < as_of]
    unrecorded = []
    for metric, due in passed:
        if not undecided_milestone(metric, due, as_of) or _after_horizon(plan, due) \
                or before_programme(plan, due):
            continue
        latest = latest_actual(metric, as_of)
        earlier = "" if latest is None else (
            f"; its latest actual, {number(latest[1].value or 0)} on {latest[1].date}, is from "
            "before that date")
        unrecorded.append(metric.finding(
            f"{metric.describe()}, a milestone, was due by {due}, before the as-of date "
            f"{as_of}, and no actual records whether it was done by then{earlier}; record it "
            "under actuals (1 when done, 0 when not)",
            field=f"actuals/{latest[0]}" if latest is not None else
            "target" if metric.target is not None else None))
    yield from by_practice(plan, unrecorded, len(passed), items="milestones past their date",
                           lacking="have no actual recording whether they were done",
                           fix="record under each milestone's actuals whether it was done "
                               "(1 when done, 0 when not)")


def _after_horizon(plan: Plan, day: date) -> bool:
    """Whether a day falls after the end of the plan's horizon: outside the period the
    plan records, in the next one's."""
    horizon = plan.info.horizon
    return horizon is not None and horizon.end is not None and day > horizon.end


#: The longest cadence whose next reading, one cadence and its lag after the last, is
#: surely due before a yearly one's (a year and half a year after it), for any last date.
_HALF_YEAR = cadence_days("semiannual")


def _unread(metric: Metric, as_of: date) -> bool:
    """Whether a metric has no reading by ``as_of``: no value, score or result in words."""
    return not any(actual.date <= as_of and (actual.value is not None
                                             or actual.score is not None
                                             or (actual.text or "").strip())
                   for actual in metric.actuals)


def _owes_reading(plan: Plan, metric: Metric) -> bool:
    """Whether a rating of a metric claims a reading of it: any measure but a milestone
    still to come, which work under way may fairly call on track before it is done."""
    if plan.measure(metric).kind != "milestone":
        return True
    due = target_date(plan, metric)
    return due is not None and due <= plan.as_of


def _rated_unmeasured(plan: Plan, kept_out: Container[str]
                      ) -> Generator[Finding, None, frozenset[str]]:
    """The measures the plan rates on track with no reading by the as-of date, and the
    goals rated on track none of whose measures has one, nor the goal a result of its own
    (see :func:`stale_metric`); returns the ids of the measures reported."""
    as_of = plan.as_of
    reported: set[str] = set()
    for metric in plan.metrics:
        if metric.rating == "on-track" and metric.id not in kept_out \
                and _unread(metric, as_of) and _owes_reading(plan, metric):
            reported.add(metric.id)
            yield metric.finding(
                f"{metric.describe()} is rated on track but has no reading by the as-of "
                f"date {as_of}: the rating rests on no result; record the reading it rests "
                "on, or rate it as not measured and say when it will be", field="rating")
    for goal in plan.goals:
        if goal.rating != "on-track" or goal.id in kept_out or any(
                actual.date <= as_of for actual in goal.actuals):
            continue
        measures = plan.refs(goal, "metrics", Metric)
        if any(_owes_reading(plan, metric) for metric in measures) \
                and all(_unread(metric, as_of) and metric.id not in kept_out
                        for metric in measures):
            named = joined([metric.id for metric in measures[:NAMED]]
                           + ([f"{len(measures) - NAMED} more"]
                              if len(measures) > NAMED else []))
            yield goal.finding(
                f"goal {goal.id} ({goal.title}) is rated on track but none of its measures "
                f"({named}) has a reading by the as-of date {as_of}: the rating rests on no "
                "result; record the readings it rests on, or rate it as not measured and "
                "say when it will be", field="rating")
    return frozenset(reported)


def _stale_reading(plan: Plan, metric: Metric, *, through_whole: bool = True,
                   ) -> tuple[str, str, date | None] | None:
    """Why a metric with a cadence is stale (message, field and its latest reading's
    date), or None when it is fresh. ``through_whole`` lets a breakdown be kept current
    by the measure it breaks down (see ``_whole_current``)."""
    as_of = plan.as_of
    calendar = metric.calendar
    assert calendar is not None
    latest = latest_actual(metric, as_of)
    if latest is not None and cadence_days(calendar) <= _HALF_YEAR \
            and as_of <= reported(metric, add_cadence(latest[1].date, calendar)):
        return None  # most: read in time; read by the year, the next is due later still
    yearly = stated_by_year(metric)
    if yearly:
        metric = metric.model_copy(update={"cadence": "annual"})
        calendar = "annual"
    readings = actuals_until(metric, as_of)
    if readings:
        index, actual = readings[-1]
        period = add_cadence(actual.date, calendar)
        next_due = reported(metric, period)
        if as_of <= next_due:
            if not _reported_for_others(plan, metric, period):
                return None
            return (f"{metric.describe()} is measured {_cadence(calendar, yearly)} and has "
                    f"a target for {period}, but its latest actual is from {actual.date}, "
                    f"while the plan reports the figures for {period} of its other measures "
                    f"read {describe_cadence(calendar)}: the figure is due and missing; add "
                    "it under actuals, or say why it is not reported and when it will be",
                    f"actuals/{index}", actual.date)
        final = target_date(plan, metric) if metric.target is not None else None
        restarted = goals_start(plan, metric)  # a new goal starts the clock afresh
        if (final is not None and actual.date >= final) or (
                restarted is not None and actual.date < restarted
                and (due := first_reading_due(plan, metric)) is not None and as_of <= due):
            return None
        if _budget_cycle(metric, actual.date, as_of) or _latest_available(metric, actual.date) \
                or _read_to_whole_target(plan, metric, actual.date) \
                or (through_whole and _whole_current(plan, metric)):
            return None
        return (f"{metric.describe()} is measured {_cadence(calendar, yearly)} but its latest "
                f"actual is from {actual.date}; the next was due by {next_due} (one cadence "
                f"later{_lag(metric)}), before the as-of date {as_of}; add the readings since "
                "under actuals", f"actuals/{index}", actual.date)
    if (due := first_reading_due(plan, metric)) is not None and as_of > due:
        return (f"{metric.describe()} is measured {_cadence(calendar, yearly)} but has no "
                f"actual; the first reading was due by {due} ({_first_due(plan, metric)}"
                f"{_lag(metric)}), before the as-of date {as_of}; record readings under "
                "actuals, or correct the baseline date or cadence", "cadence", None)
    return None


def _peer_periods(plan: Plan) -> dict[str, frozenset[date]]:
    """For each calendar cadence, the dates that two or more of the plan's metrics read at
    that cadence have a figure for: the periods the plan reports."""
    counts: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for metric in plan.metrics:
        calendar = metric.calendar
        if calendar is None:
            continue
        for day in {actual.date for actual in metric.actuals
                    if actual.value is not None and actual.date <= plan.as_of}:
            counts[calendar][day] += 1
    return {calendar: frozenset(day for day, count in days.items() if count >= _PEERS)
            for calendar, days in counts.items()}


_PEERS = 2  # other measures of a cadence whose figures for a period show it reported


def _read_on(plan: Plan) -> dict[date, frozenset[str]]:
    """For each date, the ids of the plan's metrics (any cadence, or none) with a figure
    dated that day, up to the as-of date."""
    days: dict[date, set[str]] = defaultdict(set)
    for metric in plan.metrics:
        for actual in metric.actuals:
            if actual.value is not None and actual.date <= plan.as_of:
                days[actual.date].add(metric.id)
    return {day: frozenset(ids) for day, ids in days.items()}


def _reported_at_end(plan: Plan, metric: Metric) -> bool:
    """Whether a metric stating no calendar cadence and no reporting lag of its own, with
    a target (a figure or words) dated on the as-of date, no reading and nothing in its
    own words that puts its result later, lacks the figure of a period whose figures the
    plan gives for two or more of its other measures, dated that day (a yearly performance
    pledge reporting the year's results of its other standards and statistics, dated the
    year's end, and none for the follow-up of calls within 10 days): the report itself
    shows the period's figures exist, so no lag excuses the missing one. Not a breakdown
    (its rows come on their own rhythm), nor a measure whose goals or work begin after
    that day, or whose work is still planned."""
    target = metric.target
    day = plan.as_of
    if target is None or target.date != day or metric.reporting_lag is not None \
            or metric.breaks_down is not None \
            or (target.value is None and not (target.text or "").strip()):
        return False
    begins = measurement_begins(plan, metric)
    if (begins is not None and begins > day) or any(
            initiative.status == "planned"
            for initiative in plan.referrers(metric, "metrics", Initiative)):
        return False
    text = " ".join(one_line(part) for part in (metric.description or "", target.text or ""))
    if _RESULT_LATER.search(text) is not None:
        return False
    return len(plan.shared(_read_on).get(day, frozenset()) - {metric.id}) >= _PEERS


#: A measure's own words that its result comes after the report (``data not yet
#: available``, ``results will be published in the spring``, ``reported next year``).
_RESULT_LATER = LazyPattern(
    r"\b(?:not yet (?:available|known|published|reported|collected|measured)|"
    r"(?:will|to) be (?:available|published|reported|released|confirmed|known)\b|"
    r"(?:available|published|reported) (?:in|from|next|later|after)\b|awaiting|pending)",
    re.IGNORECASE,
    needs=("yet", "available", "published", "reported", "released", "confirmed", "known",
           "awaiting", "pending"))


_COMPILED = timedelta(days=30)  # a report's time after its period, at the least


def _reported_for_others(plan: Plan, metric: Metric, period: date) -> bool:
    """Whether a metric stating no reporting lag of its own, with a target for the period
    after its latest reading, lacks that period's figure while the plan reports the
    figures for that period of two or more other measures read at its cadence, a month or
    more before the as-of date (an agency's annual report giving the year's results of
    its other measures, and none for customer satisfaction): the figure's time to be
    reported has passed, whatever lag a cadence is assumed to take."""
    if metric.reporting_lag is not None or plan.as_of < period + _COMPILED \
            or not any(target.date == period for target in (
                *metric.targets, *([metric.target] if metric.target is not None else []))):
        return False
    calendar = metric.calendar
    assert calendar is not None
    # its own latest reading is before the period, so the figures counted are others'
    return period in plan.shared(_peer_periods).get(calendar, frozenset())


#: How many readings, a year apart each, make a series read yearly.
_YEARLY_RUN = 3


def _lapsed_yearly(plan: Plan, metric: Metric) -> tuple[str, str, date] | None:
    """Why a metric that states no calendar cadence, but whose latest readings are a
    yearly series (:data:`_YEARLY_RUN` or more, each on the same day of the next year),
    is stale: the figures of both years after its latest reading are due, each with an
    annual figure's lag (message, field and the latest reading's date); else None."""
    days = sorted({actual.date for actual in metric.actuals if actual.date <= plan.as_of})
    if len(days) < _YEARLY_RUN:
        return None  # most: a few readings, or none
    run = days[-_YEARLY_RUN:]
    if any(add_cadence(before, "annual") != after for before, after in pairwise(run)):
        return None
    latest = run[-1]
    two_years = add_cadence(add_cadence(latest, "annual"), "annual")
    due = later(two_years, default_lag("annual"))
    final = target_date(plan, metric) if metric.target is not None else None
    if plan.as_of <= due or (final is not None and latest >= final) \
            or _latest_available(metric, latest):
        return None
    first = days[0]
    for before, after in pairwise(reversed(days)):
        if add_cadence(before, "annual") != after:
            break
        first = before
    index = max((position for position, actual in enumerate(metric.actuals)
                 if actual.date == latest), default=0)
    return (f"{metric.describe()} states no calendar cadence, but it is read every year "
            f"({first.year} to {latest.year}) and its latest actual is from {latest}; the "
            f"figures of the two years after it were due by {due} (the second year's end, "
            f"{two_years}, plus {default_lag('annual').days} days for a yearly figure to be "
            f"reported), before "
            f"the as-of date {plan.as_of}; add the readings since under actuals, or say "
            "that the series has ended", f"actuals/{index}", latest)


def _cadence(calendar: str, yearly: bool) -> str:
    """How often a stale metric is read, as its message says it (worded only for the
    metrics found stale)."""
    return describe_cadence(calendar) + (" (its figures stated by the year)" if yearly
                                         else "")


#: A plan's words that a figure is the newest there is: "the latest data available",
#: "the most recent available figures", "latest published statistics".
_LATEST_AVAILABLE = LazyPattern(
    r"\b(?:latest|most recent) (?:(?:available|published) (?:data|figures?|statistics|"
    r"estimates?)|(?:data|figures?|statistics|estimates?) (?:available|published))\b",
    re.IGNORECASE,
    needs=("available", "published"))


#: How far from those words the year of the reading they speak of may stand.
_NEAR = 40


def _latest_available(metric: Metric, latest: date) -> bool:
    """Whether the metric's own text calls its latest reading, by its year, the latest
    figure available (``In 2020 (the latest data available ...``; ``2019/20 is the most
    recent published figure``): the plan states that no later figure existed when it
    was written, however long the source takes to publish one."""
    year = latest.year
    years = {str(year)} if latest.month == 12 else {
        str(year), f"{year - 1}/{year % 100:02d}", f"{year - 1}-{year % 100:02d}"}
    text = " ".join(one_line(part) for part in (metric.description or "",
                                               *(actual.text or "" for actual in
                                                 metric.actuals if actual.date == latest)))
    for found in _LATEST_AVAILABLE.finditer(text):
        near = text[max(0, found.start() - _NEAR):found.end() + _NEAR]
        if any(re.search(rf"(?<![\d/-]){re.escape(known)}(?![\d/])", near)
               for known in years):
            return True
    return False


def _budget_cycle(metric: Metric, latest: date, as_of: date) -> bool:
    """Whether an annual metric's figures are a budget cycle's table, drawn while the
    year after its latest actual ran: that year has a projected figure (an interim
    target dated one year after the latest actual) and the budget year after it the
    final target, whose date the as-of date has not passed; the metric states no
    reporting lag of its own. The open year's actual comes with the next cycle's table,
    as a budget book reports a year's actuals in the next year's book."""
    if metric.calendar != "annual" or metric.reporting_lag is not None \
            or metric.target is None:
        return False
    projected = add_cadence(latest, "annual")
    budget_year = add_cadence(projected, "annual")
    return metric.target.date == budget_year and as_of <= budget_year \
        and any(target.date == projected for target in metric.targets)


def _lag(metric: Metric) -> str:
    """How long a metric's figure takes to exist, as messages say it."""
    if metric.reporting_lag is not None:
        return f" plus its reporting lag of {metric.reporting_lag}"
    assert metric.calendar is not None
    return f" plus {default_lag(metric.calendar).days} days for the figure to be reported"


def _first_due(plan: Plan, metric: Metric) -> str:
    """Why a metric's first reading is due when it is."""
    assert metric.calendar is not None
    if first_read_at_end(plan, metric):
        return f"the end of the period it measures, {target_date(plan, metric)},"
    begins = measurement_begins(plan, metric)
    if begins is not None and first_reading_due(plan, metric) == reported(
            metric, add_cadence(begins, metric.calendar)):
        return f"one cadence after measurement began on {begins}"
    return "the date of its first interim target"


#: A plan two and a half years in whose measures were read only before it began.
_NEVER_READ = dedent("""\
    planlint: 1
    plan: {id: P, as_of: 2003-06-30, horizon: {start: 2001-01-01, end: 2005-12-31}}
    metrics:
      - id: M1
        title: Road deaths per 100,000 people
        baseline: {value: 6.8, date: 2000-12-31}
        target: {value: 0, date: 2005-12-31}
        actuals: [{date: 2000-12-31, value: 6.8}]
      - id: M2
        title: Share of trips made by bicycle
        target: {value: 20, date: 2005-12-31}
    """)


@rule(code="PL812", name="plan-never-read", category="monitoring", severity="warning",
      fails=_NEVER_READ,
      passes=_NEVER_READ.replace("{date: 2000-12-31, value: 6.8}",
                                 "{date: 2002-12-31, value: 6.1}") + indent(dedent("""\
          - id: M3
            title: Residents satisfied with the streets
            cadence: P5Y
            target: {value: 85, date: 2005-12-31}
          - id: M4
            title: Open the cycle hire scheme
            target: {value: 1, date: 2004-06-30}
          """), "  "))
def plan_never_read(plan: Plan) -> Iterator[Finding]:
    """No measure of the plan has been read since its measurement began, though the
    first reading of some of them is long due.

    A plan that states measures and never reports them is run blind: a year and more into
    it, nobody can tell from what it publishes whether any goal is on track, which is what
    measuring is for. The rule reads the plan as a whole: it is silent as soon as any
    measure (any kind, any cadence) has a reading dated from when its own measurement began
    (see stale-metric) to the as-of date, since a plan that reports some figures has a
    practice of reporting, and each measure's own lapses are stale-metric's. Readings from
    before measurement began (a baseline year's figure quoted as the starting point) report
    nothing of the plan's progress. The measures judged are those with no rhythm of their
    own, which stale-metric asks for a result only once their target's period is over: their
    first reading is due a year after measurement began and the six months an annual figure
    takes to be counted (see :func:`planlint.timeline.default_lag`), since a year is the
    slowest rhythm a plan's figures are commonly reported at, so a plan a year and a half in
    has owed one. A measure with a rhythm (a ``cadence``, or figures stated by the year)
    owes its first reading to stale-metric, which reports it, the one cause; a measure read
    once or per event, and a milestone (done or not at its date, which stale-metric judges),
    owes no such reading; a dropped measure owes none. The measures whose first reading is
    due are reported one by one, or once at the plan when they are several. A plan that
    keeps its results out of its text on purpose (``plan: withheld: [actuals]``) is not
    asked for them, nor is a measure that only goals saying so of themselves (their own
    ``withheld: [actuals]``) and the work serving only them list. Nor is a plan that is only
    its text as adopted, nothing in it a report of progress (no review of it, no reading,
    status or rating of any item) before its period ends: a long-range plan published a year
    into its span, or a multi-year objective restated for its year, sets out what is to be
    read, and its reports are other documents; that the plan names no review of its progress
    is no-review's finding, the one cause. Where the rule reports a plan, stale-metric
    leaves it these measures and the plan's milestones: no result recorded anywhere is the
    one cause.
    """
    as_of = plan.as_of
    findings = [metric.finding(
        f"{metric.describe()} has no reading since its measurement began on {begins}, and "
        f"no measure of the plan has one; its first was due by {due}, before the as-of "
        f"date {as_of}; record the readings under actuals")
        for metric, begins, due in plan.shared(_never_read).values()]
    yield from by_practice(plan, findings, len(findings),
                           items="measures whose first reading is due",
                           lacking=f"have none, and no measure of the plan has a reading "
                                   f"since its measurement began (as of {as_of})",
                           fix="record the readings under each measure's actuals")


def _never_read(plan: Plan) -> dict[str, tuple[Metric, date, date]]:
    """By id, the measures plan-never-read reports (with when their measurement began and
    when their first reading was due), none when any measure of the plan has a reading
    since its measurement began: stale-metric leaves these to it, the one cause."""
    if plan.withheld("actuals") or not _reads_progress(plan):
        return {}
    as_of = plan.as_of
    dropped = plan.dropped_metrics
    owed: dict[str, tuple[Metric, date, date]] = {}
    kept_out = plan.withheld_ids("actuals")
    for metric in plan.metrics:
        if metric.id in dropped:
            continue
        begins = measurement_begins(plan, metric)
        if any(actual.date <= as_of and (begins is None or actual.date >= begins)
               for actual in metric.actuals):
            return {}  # the plan reports its measures; their lapses are stale-metric's
        if begins is None or metric.calendar is not None or metric.cadence is not None \
                or metric.id in kept_out \
                or plan.carrier(metric) is not None or plan.twin(metric) is not None \
                or plan.measure(metric).kind == "milestone":
            continue  # a measure with a rhythm owes its first reading to stale-metric
        due = later(add_cadence(begins, "annual"), default_lag("annual"))
        if due < as_of:
            owed[metric.id] = (metric, begins, due)
    return owed


def _judged_on_reading_day(plan: Plan) -> bool:
    """Whether the plan states no date of its own (no ``as_of``), none is given to judge it
    at, so it is judged on the day it is read, and it is only its text as adopted (see
    :func:`_reads_progress`): nothing tells whether it was written before or after the
    dates in it."""
    return not plan.dated and not _reads_progress(plan)


def _adopted_before_end(plan: Plan) -> bool:
    """Whether the plan is only its text as adopted (see :func:`_reads_progress`) and is
    judged before its horizon ends: it sets out what is to be read, and its results are
    other documents'."""
    end = plan.info.horizon.end if plan.info.horizon is not None else None
    return end is not None and plan.as_of < end and not _reads_progress(plan)


def _reads_progress(plan: Plan) -> bool:
    """Whether the plan is a report of its progress, not only its text as adopted: it
    states a review of it, a reading of any measure or goal, a status, completion date or
    rating of any item, or a date its statuses are reported as of; or its own date falls
    after its period has ended (a quarter's page, never graded)."""
    horizon, as_of = plan.info.horizon, plan.info.as_of
    return (horizon is not None and horizon.end is not None and as_of is not None
            and horizon.end < as_of) \
        or bool(plan.reviews) or plan.info.status_as_of is not None \
        or any(metric.actuals or metric.rating is not None for metric in plan.metrics) \
        or any(goal.actuals or goal.rating is not None for goal in plan.goals) \
        or any(item.status is not None or item.completed is not None or item.rating is not None
               for item in plan.initiatives)
