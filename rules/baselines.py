"""PL2 metrics: every goal is measured, and every measure can be read.

metric-without-baseline: where each measure starts from, and the many measures that need
no start of their own (counts from none, milestones, standards held each period, figures
already quoted at the start). The other metric rules are in :mod:`planlint.rules.unmeasured`,
:mod:`planlint.rules.targets`, :mod:`planlint.rules.units`, :mod:`planlint.rules.cadence`,
:mod:`planlint.rules.sources` and :mod:`planlint.rules.metrics`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial
from itertools import pairwise

from planlint.finding import Finding
from planlint.measure_counts import (
    adds_up_own_acts,
    counts_adopters,
    counts_first,
    counts_in_named_year,
    counts_in_statement,
    counts_in_year,
    counts_programme_output,
    opens_with_count,
    shares_made,
    totals_things,
)
from planlint.measure_figures import conforms_in_words, pays_hire, sets_standard, ticked
from planlint.measure_sources import (
    grows_each_period,
    names_money_raised,
    said_unmeasured,
    seeks_data,
)
from planlint.measure_work import measures_work, repeats
from planlint.measures import Measure, says_none
from planlint.model import (
    Measurement,
    Metric,
    one_line,
    shown_change,
)
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.practice import (
    by_practice,
    eligible_so_far,
)
from planlint.ruledef import rule
from planlint.timeline import (
    ONE_CYCLE,
    add_months,
    baseline_taken,
    cadence_step,
    final_target,
    measurement_begins,
    metric_goals,
    named_base,
    owed_to_report,
    read_at_end,
    target_date,
)

from ._metric_facts import (
    ONE_YEAR,
    formulated,
    months_between,
    only_quoted,
    stated_as_count,
    states_figures,
    target_kept_out,
    unquantified,
)

#: How long after a measure's start a reading still shows where it started.
_AT_START = timedelta(days=31)


def _read_before(plan: Plan, metric: Metric) -> bool:
    """Whether an actual shows where the metric stood when its measurement began: one
    dated on or before that, or within a month after it, as a report at the start of the
    period gives it (any, when the start is not known)."""
    begins = measurement_begins(plan, metric)
    if begins is not None and _first_quarter_status(plan, metric, begins):
        return True
    return any(begins is None or actual.date <= begins + _AT_START
               for actual in metric.actuals)


def _first_quarter_status(plan: Plan, metric: Metric, begins: date) -> bool:
    """Whether the plan reports its status within the first quarter of a measure that runs
    three quarters or more (a board assurance framework's first quarterly review of the
    year, risks scored in June against targets for March), and the measure has a reading
    by then: the first reading of the plan's first report is where the measure stands as
    the plan begins, not progress from somewhere else."""
    as_of, ends = plan.info.as_of, target_date(plan, metric)
    return as_of is not None and ends is not None \
        and timedelta(0) <= as_of - begins <= timedelta(days=ONE_CYCLE) \
        and (ends - begins).days >= 3 * ONE_CYCLE \
        and any(actual.date <= as_of for actual in metric.actuals)


#: A measure's title that names a change in percent of what it measures: ``Percentage
#: increase in financial literacy among women participants``, ``% reduction in waste``.
_A_CHANGE_IN = LazyPattern(
    r"^(?:percent(?:age)?|per cent|%)\s+(?:increase|decrease|reduction|rise|growth|"
    r"improvement|change)\s+(?:in|of)\b", re.IGNORECASE)


def _a_change(metric: Metric) -> bool:
    """Whether a measure's target is a change from where it starts: a target stated as a
    ``change`` (``+20%``), or a title that names a change in percent (see
    :data:`_A_CHANGE_IN`)."""
    return any(target is not None and target.change is not None
               for target in (metric.target, *metric.targets)) \
        or bool(_A_CHANGE_IN.search(" ".join((metric.title or "").split())))


#: A target in words that asks for none at all (``Net zero carbon emissions``, ``absolute
#: zero``, ``zero harm``).
_ZERO_IN_WORDS = LazyPattern(r"^(?:(?:net|absolute)[- ])?zero(?![\w-])", re.IGNORECASE)


def _absolute(plan: Plan, metric: Metric) -> bool:
    """Whether a metric's target asks for all or none whatever the start: none of a harm
    (``Never events``, target 0; ``Net zero carbon emissions`` or ``absolute zero`` in
    words) or all of the cases (100%), not a change of 100% (a ``Percentage increase in
    financial literacy`` of 100% doubles it: see :func:`_a_change`)."""
    final = final_target(metric)
    if final is not None and final[0].value is None \
            and _ZERO_IN_WORDS.match((final[0].text or "").strip()) is not None:
        return True
    measure = plan.measure(metric)
    aim = final[0].value if final is not None else measure.target
    percent = (metric.unit or "").strip() == "%" or "%" in (metric.title or "")
    return (aim == 0 and measure.harms) or (aim == 100 and percent and not _a_change(metric))


def _read_before_targets(metric: Metric) -> bool:
    """Whether a metric sets a target for each period of its cadence (2025 and 2026 for
    an annual measure), from its first target on, up to any later ones years ahead (a
    progress table's FY2024 and FY2025 targets with its FY2030 one), and has an actual
    from before the first of those periods: the reading the targets were set against
    (workload counts read each year, projected two years on; a progress table's result
    column before the first year it sets a target for)."""
    dates = sorted({target.date for target in (*metric.targets, metric.target)
                    if target is not None and target.date is not None})
    if metric.calendar is None or len(dates) < 2:
        return False
    months, days = cadence_step(metric.calendar)
    if days or not months or months_between(dates[0], dates[1]) != months \
            or any(months_between(earlier, later) % months
                   for earlier, later in pairwise(dates)):
        return False
    first_period = add_months(dates[0], -months)
    return any(actual.date <= first_period for actual in metric.actuals)


def _year_reported(plan: Plan) -> date | None:
    """The end of the one year a plan reports the results of: its horizon spans a year or
    less and its status is of that year's end or later (a departmental results report)."""
    horizon, as_of = plan.info.horizon, plan.info.as_of
    if horizon is None or horizon.start is None or horizon.end is None or as_of is None \
            or (horizon.end - horizon.start).days > 366 or as_of < horizon.end:
        return None
    return horizon.end


def _result_of_year_reported(plan: Plan, metric: Metric) -> bool:
    """Whether a metric, in a plan that reports one year's results (see
    :func:`_year_reported`), has a result on that year's last day (a figure, or words
    where the year gave none) and a target for that year or the next: one on its last
    day or within the year after (a results report's "date to achieve target" a month
    after the year, or the next March), or one with no date (a standard held
    "ongoing"). The year's result is judged against the year's standard, and is where a
    target for the year after starts from."""
    year = _year_reported(plan)
    if year is None or not any(actual.date == year for actual in metric.actuals):
        return False
    limit = add_months(year, 12)
    return any(target.date is None or year <= target.date <= limit
               for target in (*metric.targets, metric.target) if target is not None)


def _read_for_first_target(plan: Plan, metric: Metric) -> bool:
    """Whether a metric read at a calendar cadence has an actual dated on its first
    target's date: the result of the period that target is set for, beside it, as an
    annual performance report tables each year's target with that year's result. Each
    later target starts from the result before it, and a target for a period reported is
    a standard that period's result is judged against, not a change from a start. Where
    that target is a rating in words (``C``, ``substantially compliant``), a rating in
    words read on its date is that result too, on the same scale (a regulator's
    compliance rating reported each year); a result in words beside a figure to reach
    is not a reading of the figure, and words that say there is none are none. A target
    dated in a period the measure is not read in (a whole number of its cadence's steps
    from no reading: a survey read every two years, in even years, whose table also
    carries a target for an odd year) has no result of its own, and the first target is
    the first of those its readings fall on. A metric with no calendar cadence, in a
    plan that reports one year's results, is read so for that year (see
    :func:`_result_of_year_reported`)."""
    if metric.calendar is None:
        return _result_of_year_reported(plan, metric)
    aims = [target for target in (*metric.targets, metric.target)
            if target is not None and target.date is not None]
    if not aims:
        return False
    months, days = cadence_step(metric.calendar)
    if months > 12 and not days and metric.actuals:
        read = aims
        aims = [target for target in aims if target.date is not None and any(
            months_between(target.date, actual.date) % months == 0
            for actual in metric.actuals)] or read
    elif months and not days and _SERIES_BREAK.search(" ".join(
            (metric.description or "").split())) is not None:
        aims = _from_first_read(metric, aims)
    first = min(target.date for target in aims if target.date is not None)
    rated = all(_rating(target.text) and target.value is None
                for target in aims if target.date == first)
    return any(actual.date == first and (actual.value is not None or (
        rated and _rating(actual.text))) for actual in metric.actuals)


#: A measure's own words that its series begins anew, its figures before a point not
#: comparable with those after (``not comparable to rates prior to 2021-22 due to a change
#: in the methodology``; a break in the series).
_SERIES_BREAK = LazyPattern(
    r"\bnot\s(?:directly\s)?comparable\s(?:to|with)\s[^.]{0,80}?\b(?:prior\sto|before)\b"
    r"|\b(?:change|break)\sin\s(?:the\s)?(?:series|methodology)\b",
    re.IGNORECASE, needs=("comparable", "series", "methodology"))


def _from_first_read(metric: Metric, aims: list[Measurement]) -> list[Measurement]:
    """The targets of a measure's table from the first one a reading falls on, where
    nothing is read before it and each target from it to the latest reading has a figure
    on its date: a yearly table whose first columns carry a target but no reading, of a
    series the measure's words say begins anew (see :data:`_SERIES_BREAK`), starts with
    its first result beside that year's target. Otherwise ``aims`` as they are."""
    read = {actual.date for actual in metric.actuals if actual.value is not None}
    if not read:
        return aims
    dates = sorted({target.date for target in aims if target.date is not None})
    start = next((day for day in dates if day in read), None)
    if start is None or start == dates[0] or min(read) < start \
            or any(day not in read for day in dates if start <= day <= max(read)):
        return aims
    return [target for target in aims if target.date is not None and target.date >= start]


def _owed_for_first_target(plan: Plan, metric: Metric) -> bool:
    """Whether a metric read at a calendar cadence sets its first target for the year
    ahead of the plan (due within a year of its start or of its as-of date, whichever is
    later), is not stated as a change (see :func:`_a_change`; no way to move in its
    wording), and owes that period's result to a report the plan names (see
    :func:`planlint.timeline.owed_to_report`): a statement of intent's target for the
    coming year, which its annual report compares with the year's result, is a standard
    that result is judged against, as on a report that tables both (see
    :func:`_read_for_first_target`), not a change from a start."""
    if metric.calendar is None or not owed_to_report(plan, metric) or _a_change(metric) \
            or plan.measure(metric).aims is not None:
        return False  # most plans record results, and fail at once
    dates = [target.date for target in (metric.target, *metric.targets)
             if target is not None and target.date is not None]
    horizon = plan.info.horizon
    begins = plan.as_of if horizon is None or horizon.start is None \
        else max(plan.as_of, horizon.start)
    return bool(dates) and min(dates) <= add_months(begins, 12)


def _rating(text: str | None) -> bool:
    """Whether a value in words states one (``C``, ``AAA``), not that there is none."""
    return bool((text or "").strip()) and not says_none(text)


def _met_when_due(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is read on its final target's date and that reading meets the
    target, in the way the metric should move (up, unless it says down or counts harm),
    or says in words only that it was met (``Achieved``): a threshold the period's
    result is judged against and met (a staff survey's 60% reached at 64.8%)."""
    final = final_target(metric)
    if final is None or final[0].value is None or final[0].date is None:
        return False
    measure = plan.measure(metric)
    down = metric.bound == "at most" if metric.direction is None and metric.bound is not None \
        else metric.direction == "decrease" or measure.aims == "decrease" or (
            metric.direction is None and measure.aims is None and measure.harms)
    aim = final[0].value
    return any(actual.date == final[0].date and (
        _SAID_MET.match(" ".join((actual.text or "").split())) is not None
        if actual.value is None else actual.value <= aim if down else actual.value >= aim)
        for actual in metric.actuals)


#: A grade in words of how far a key result was achieved (``Achieved``, ``Partially
#: achieved``, ``Not achieved``), as an OKR set grades each key result at the cycle's end.
_GRADED = LazyPattern(r"^(?:not|partially|partly|fully|mostly)?\s*(?:achieved|met)\W*$",
                      re.IGNORECASE)


def _graded_in_words(metric: Metric) -> bool:
    """Whether a metric states no target figure, unit or calendar cadence and every
    reading is only a grade in words of how far it was achieved (see :data:`_GRADED`): a
    key result graded, like one ticked done or not, with no reading of a level."""
    return bool(metric.actuals) and metric.target is None and not metric.targets \
        and metric.unit is None and metric.calendar is None \
        and all(actual.value is None and _GRADED.match(" ".join((actual.text or "").split()))
                for actual in metric.actuals)


#: A result in words that says only that the target was met (``Achieved``, ``Target
#: met``), as a statement of service performance reports each standard against its own.
_SAID_MET = LazyPattern(r"^(?:target )?(?:achieved|met|exceeded)\W*$", re.IGNORECASE)


def _held_each_period(plan: Plan, metric: Metric) -> bool:
    """Whether a metric sets one target, for a year or less, and is read two or more
    times within that year at a calendar cadence: a standard each reading is held to
    (a contractual 90% read every quarter), not a change from where the year began."""
    if metric.target is None or metric.targets or metric.calendar is None \
            or len(metric.actuals) < 2:  # the fields first: most metrics fail them
        return False
    begins = measurement_begins(plan, metric)
    within = [actual for actual in metric.actuals if begins is None or actual.date > begins]
    return len(within) >= 2 and read_at_end(plan, metric, ONE_YEAR)


def _held_each_year(metric: Metric) -> bool:
    """Whether a metric read at a calendar cadence sets the same figure as its target
    for each of two or more periods, one step of that cadence apart (30 days of permit
    review time for FY18 and for FY19): a standard each period's result is held to,
    whatever it started from, not a change from a start."""
    aims = [target for target in (*metric.targets, metric.target) if target is not None]
    if metric.calendar is None or len(aims) < 2 or any(
            target.value is None or target.date is None for target in aims) \
            or len({target.value for target in aims}) != 1:
        return False
    months, days = cadence_step(metric.calendar)
    dates = sorted({target.date for target in aims if target.date is not None})
    return not days and bool(months) and len(dates) == len(aims) and all(
        months_between(earlier, later) == months for earlier, later in pairwise(dates))


#: A target stated as how often a practice is kept over the period (``deliver on time
#: payments 95% of the time``, ``honor their weekly focus day at least 90% of the time``),
#: or a measure of the share of a period's days a facility or service is kept available
#: or open (``% of days pools available during the Pool season``, ``Percentage of days
#: the Rec Hall is open``), as a service standard counts the days open each year.
_SHARE_OF_TIME = LazyPattern(r"(?:%|\bper ?cent) of the time\b|"
                             r"^(?:%|percent(?:age)?|per cent|share|proportion) of "
                             r"(?:the )?days (?:(?:the|our|its|their|that|when) )?"
                             r"(?:(?!with(?:out)?\b)[\w-]+ ){1,3}"
                             r"(?:(?:is|are|remains?|stays?) )?"
                             r"(?:available|open)\b",
                             re.IGNORECASE, needs=("the time", "days"))


def _kept_share_of_time(metric: Metric) -> bool:
    """Whether a metric's title sets its target as the share of the time a practice is
    kept (``on time payments 95% of the time``), or measures the share of the days a
    facility or service is kept available (``% of days pools available during the Pool
    season``): a standard each period is held to, whatever it started from, not a change
    from a start."""
    return _SHARE_OF_TIME.search(metric.title or "") is not None


def _condition_in_words(plan: Plan, metric: Metric) -> bool:
    """Whether a metric's wording states a condition that holds or not (see
    :attr:`planlint.measures.Measure.condition`) and every target it sets is in words,
    with no figure, and does not say there is none (``all application engineers have
    taken about 20-30 days off``): met or not by the period's end, with no level to start
    from."""
    aims = [target for target in (*metric.targets, metric.target) if target is not None]
    return plan.measure(metric).condition and bool(aims) and all(
        target.value is None and _rating(target.text) for target in aims)


#: A target in words that places the level against a norm or benchmark of others
#: (``within industry norms``, ``Above benchmark``).
_AGAINST_NORM = LazyPattern(r"^(?:within|above|below|at|in line with|at or (?:above|below)|"
                            r"better than|meets?|meeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                            r"(?:norms?|benchmarks?|averages?)\W*$", re.IGNORECASE)


def _restated_as_target(metric: Metric) -> bool:
    """Whether every target a metric sets is in words that only say its title again,
    with no figure in either (a success statement, ``We engage with departments and
    agencies at all levels``, written out again in the target column): what is to be
    true, met or not, with no level named to start from."""
    aims = [target for target in (*metric.targets, metric.target) if target is not None]
    return bool(aims) and all(target.value is None and repeats(
        target.text or "", metric.title or "") for target in aims)


def _held_to_norm(metric: Metric) -> bool:
    """Whether every target a metric sets is in words that place it against a norm or
    benchmark of others (``accounts receivable ... within industry norms``): a standard
    judged against that norm, whatever the start."""
    aims = [target for target in (*metric.targets, metric.target) if target is not None]
    return bool(aims) and all(target.value is None and _AGAINST_NORM.match(
        " ".join((target.text or "").split())) is not None for target in aims)


#: A unit that names a fixed rating scale (``/10``, ``score out of 5``, ``score (scale of 1
#: to 5)``, ``average rating (1-5)``): a score read on a scale every reading shares.
_ON_SCALE = LazyPattern(r"^\s*/\s*\d+\s*$|\bout of \d+\b|\bscale of \d+ to \d+\b|"
                        r"\b(?:score|rating)s?\s*\(\d+\s*[-\u2013]\s*\d+\)", re.IGNORECASE)


def _floor_on_scale(metric: Metric) -> bool:
    """Whether a metric's target is a floor (``bound: at least``) on a score read on a
    fixed scale its unit names (a stakeholder survey's ``>7/10``, events' ``>3`` out of
    5): a standard each reading clears or not, whatever it started from."""
    return metric.bound == "at least" and _ON_SCALE.search(metric.unit or "") is not None


def _due_unread(plan: Plan, metric: Metric) -> bool:
    """Whether a metric's target has fallen due by the plan's date and it has no reading
    (none, or only words that say it was not taken: ``No formal survey completed``, ``Not
    available``): the missing result is its gap (stale-metric's), not where it started."""
    ends = target_date(plan, metric)
    return (not metric.actuals or said_unmeasured(metric)) and ends is not None \
        and plan.info.as_of is not None and ends <= plan.info.as_of


@rule(code="PL203", name="metric-without-baseline", category="metrics", severity="warning",
      fails="planlint: 1\nmetrics:\n  - id: M1\n    title: Operating profit\n"
            "    target: {value: 0, date: 2003-12-31}\n",
      passes="planlint: 1\nplan: {as_of: 2024-12-31, horizon: {start: 2023-10-01, "
             "end: 2026-09-30}}\nmetrics:\n  - id: M1\n    title: Operating profit\n"
             "    baseline: {value: -5000, date: 2000-12-31}\n"
             "    target: {value: 0, date: 2003-12-31}\n"
             "  - {id: KR1, title: Sign 3 new logos}\n"
             "  - {id: KR2, title: Maintain 99.9% uptime}\n"
             "  - id: M2\n    title: Percent of roads in good condition\n"
             "    actuals: [{date: 2023-09-30, value: 61}]\n"
             "  - id: M3\n    title: Average permit review time\n    cadence: annual\n"
             "    actuals: [{date: 2024-09-30, value: 41}]\n"
             "    targets: [{value: 35, date: 2025-09-30}]\n"
             "    target: {value: 30, date: 2026-09-30}\n"
             "  - {id: M4, title: Never events, target: {value: 0, date: 2024-09-30}}\n"
             "  - {id: KR3, title: Respond to 100% of queries within an hour}\n"
             "  - {id: KR4, title: Tracking issue progress (share of checklist items done), "
             "unit: share}\n"
             "  - {id: M5, title: Commits by staff per month, "
             "actuals: [{date: 2024-02-29, value: 11}]}\n"
             "  - {id: M6, title: Staff who would recommend us as a place of work, "
             "unit: '%', target: {value: 60, date: 2024-09-30}, "
             "actuals: [{date: 2024-09-30, value: 64.8}]}\n"
             "  - {id: M7, title: Patients reached within two hours of referral, "
             "unit: '%', target: {value: 70, date: 2024-09-30}}\n"
             "  - {id: M8, title: Staff appraisal rate, unit: '%', "
             "cadence: quarterly, target: {value: 90, date: 2024-09-30}, actuals: "
             "[{date: 2023-12-31, value: 71}, {date: 2024-03-31, value: 68}]}\n"
             "  - {id: KR5, title: Increase hashtag usage by X%, "
             "actuals: [{date: 2024-09-30, value: 0}]}\n"
             "  - {id: M9, title: Construction projects delivered on time, unit: '%', "
             "cadence: annual, targets: [{value: 80, date: 2023-06-30}], "
             "target: {value: 80, date: 2024-06-30}, actuals: "
             "[{date: 2023-06-30, value: 68}, {date: 2024-06-30, value: 60}]}\n"
             "  - {id: M30, title: College-going rate, unit: '%', cadence: annual, "
             "description: The rate is not comparable to rates before 2024 due to a change "
             "in the methodology., targets: [{value: 71, date: 2023-12-31}], target: "
             "{value: 74, date: 2024-12-31}, actuals: [{date: 2024-12-31, value: 54.5}]}\n"
             "  - {id: M10, title: Isolated people over 65 supported, "
             "actuals: [{date: 2024-09-30, value: 22800}]}\n"
             "  - {id: M11, title: Level of compliance with the safety regulation, "
             "cadence: annual, target: {text: C, date: 2024-09-30}, "
             "actuals: [{date: 2024-09-30, text: C}]}\n"
             "  - {id: M12, title: Commits by staff across 9 repositories, "
             "actuals: [{date: 2024-09-30, value: 2929}]}\n"
             "  - {id: M13, title: Further implement Cultures of Thinking, target: "
             "{text: included in every school's plan, date: 2024-09-30}}\n"
             "  - {id: M14, title: Rehousing 650 households into permanent housing, "
             "target: {value: 650, date: 2024-09-30}}\n"
             "  - {id: M15, title: Average days permit review time, cadence: annual, "
             "targets: [{value: 30, date: 2025-09-30}], target: {value: 30, date: 2026-09-30}}\n"
             "  - {id: KR6, title: Deliver on time payments 95% of the time, unit: '%', "
             "target: {value: 95, date: 2024-09-30}}\n"
             "  - {id: KR7, title: Ensure accounts receivable is within industry norms, "
             "target: {text: within industry norms, date: 2024-09-30}}\n"
             "  - {id: KR8, title: Four membership drives in 2024, "
             "target: {value: 4, date: 2024-09-30}}\n"
             "  - {id: KR9, title: All engineers have taken 20-30 days off by the year's end, "
             "unit: '% of engineers', target: {text: all engineers have taken 20-30 days off, "
             "date: 2024-09-30}}\n"
             "  - {id: KR10, title: We engage with agencies at all levels, "
             "target: {text: We engage with agencies at all levels.}}\n"
             "  - {id: M16, title: Number of migrants reintegrated through the programme's "
             "activities, target: {text: At least 35% of total beneficiaries}}\n"
             "  - {id: M17, title: Rental Housing - cumulative accomplishment (Housing Units), "
             "unit: Housing Units, target: {value: 317, date: 2026-09-30}}\n"
             "  - {id: M18, title: Stakeholder rating of our coordinating role, "
             "unit: /10, bound: at least, target: {value: 7, date: 2026-09-30}}\n"
             "  - {id: KR11, title: Ensure that at least 30% of presenters are from "
             "underrepresented groups, actuals: [{date: 2024-09-30, text: PARTIALLY ACHIEVED}]}\n"
             "  - {id: KR12, title: No client inquiry takes more than one business day "
             "to receive a response}\n"
             "  - {id: M19, title: Sociale evenementen, target: {value: 6, date: 2025-12-31}}\n"
             "  - {id: M21, title: Effective taxpayer assistance, unit: '%', "
             "baseline: {value: 80, date: 2023-09-30}, "
             "target: {value: 85, date: 2025-09-30}}\n"
             "  - {id: M22, title: Calls with a wait of five minutes or less (40 percent "
             "weight), unit: '%', breaks_down: M21, "
             "actuals: [{date: 2024-09-30, value: 65}]}\n"
             "  - {id: M23, title: Employment rate of training completers, unit: '%', "
             "actuals: [{date: 2024-06-30, value: 68.5}]}\n"
             "  - {id: M24, title: 'Employment rate of training completers (KPM 17): White', "
             "unit: '%', breaks_down: M23, actuals: [{date: 2024-06-30, value: 68.2}]}\n"
             "  - {id: M20, title: Average unit cost of digitizing one page, unit: CAD, "
             "bound: at most, target: {value: 0.87, date: 2024-09-30}, "
             "actuals: [{date: 2024-09-30, value: 0.65}]}\n"
             "  - {id: M23, title: '% completed workplan items identified for Year 1', "
             "target: {value: 75, date: 2025-09-30}}\n"
             "  - {id: M25, title: Indicator of assistance given TBD, description: Provide "
             "technical assistance to at least 10 communities, "
             "target: {value: 10, date: 2025-09-30}}\n"
             "  - {id: M26, title: 'Customer engagements (% of agencies, cumulative)', "
             "unit: '%', description: Hold customer engagement meetings with agencies, "
             "target: {value: 75, date: 2025-09-30}}\n"
             "  - {id: M27, title: Countries that have adopted the open standard, "
             "unit: countries, target: {value: 50, date: 2026-09-30}}\n"
             "  - {id: KR12, title: At least eight proposals are submitted, "
             "target: {value: 8, date: 2024-09-30}}\n"
             "  - {id: KR13, title: 75% of submitted proposals are championed, unit: '%', "
             "target: {value: 75, date: 2024-09-30}}\n"
             "  - {id: KR14, title: At least six agents have reference documentation, "
             "target: {value: 6, date: 2024-09-30}}\n"
             "  - {id: M28, title: Share of new organizations that have launched products, "
             "unit: '%', target: {text: at least two thirds, date: 2024-09-30}}\n"
             "  - {id: M29, title: Trainings offered to providers, description: Achieve a 10% "
             "increase in trainings in FY26 over FY25 baseline, "
             "target: {change: +10%, date: 2026-09-30}}\n"
             "  - {id: KR15, title: 12 more streams, target: {value: 12, date: 2024-09-30}}\n"
             "  - {id: KR16, title: Additional components completed by the end of Sprint 11, "
             "target: {value: 4}}\n"
             "  - {id: KR17, title: 4 additional components, target: {value: 4}}\n"
             "  - {id: M31, title: Maturity assessment based on the updated methodology, "
             "target: {text: '>2 sectors improving maturity', date: 2025-12-31}}\n"
             "  - {id: M32, title: Dollar amount of revenues resulting from commercialization, "
             "unit: CAD, target: {value: 150000000, date: 2026-03-31}}\n"
             "  - {id: M33, title: Alice's salary, unit: USD per year, "
             "target: {value: 150000}}\n"
             "  - {id: M34, title: Code issues, target: {value: 400, date: 2026-09-30}}\n"
             "  - {id: M35, title: Code smells, breaks_down: M34, "
             "baseline: {value: 167, date: 2023-09-30}}\n"
             "  - {id: M36, title: Duplications, breaks_down: M34, "
             "baseline: {value: 200, date: 2023-09-30}}\n"
             "  - {id: M37, title: 'Publicação do Plano (Meta 9)', "
             "target: {text: Plano no sítio institucional, date: 2024-09-30}}\n"
             "  - {id: M38, title: 1ª Atualização, target: "
             "{text: Atualização do andamento das iniciativas, date: 2024-09-30}}\n"
             "  - {id: M39, title: GHG emissions reduction rate (compared to FY2021), "
             "unit: '%', targets: [{value: -14, date: 2025-09-30}], "
             "target: {value: -42, date: 2030-09-30}}\n"
             "  - {id: M41, title: Installed solar capacity in low-income communities, "
             "description: 'Exploring data sources: we are still looking for a suitable "
             "data source for this indicator.', target: {value: 900, date: 2026-09-30}}\n"
             "  - {id: M43, title: '% of days pools available during the Pool season', "
             "unit: '%', target: {value: 95, date: 2025-09-30}}\n"
             "  - {id: M44, title: 90% of new homeowners contacted, unit: '%', "
             "target: {value: 90, date: 2025-09-30}}\n"
             "  - {id: M42, title: Homepage visits, cadence: monthly, "
             "target: {text: '+10% per month', date: 2026-09-30}}\n"
             "  - {id: M40, title: Employee engagement score, cadence: annual, "
             "actuals: [{date: 2024-03-31, value: 76}], targets: [{value: 77, "
             "date: 2025-03-31}, {value: 80, date: 2026-03-31}], "
             "target: {value: 85, date: 2031-03-31}}\n"
             "goals:\n  - {id: E, title: 'Evenementen 2025: 6 sociale evenementen', "
             "metrics: [M19]}\n"
             "  - {id: H, title: Hire Alice as a full-time maintainer, metrics: [M33]}\n"
             "  - {id: K, title: Bootstrap community engagement, metrics: [KR12, KR13]}\n")
def metric_without_baseline(plan: Plan) -> Iterator[Finding]:
    """A metric states no baseline.

    A target means little without the point it starts from: the baseline shows how much
    change the goal asks for, whether the target points the right way, and what progress to
    expect by any date. Without it, going off track is easy to miss. A metric has a starting
    point when it sets ``baseline`` (not words that say there is none yet, ``To be
    determined`` or a KPI table's ``Data not available``, undated or dated by the plan's
    status: a placeholder where the start should be, so the target was set with nothing to
    set it against; one dated after the status, ``To be determined December 31, 2026`` in
    data of June 2026, is a start the plan says it will state by then, and so is a baseline
    its wording sets the target against and names by a period that ends, or a day that
    falls, on or after the status: ``3% over a FY 2022 baseline`` in the update at FY 2022's
    close, a fiscal year ending where the plan's horizon begins its years), when its wording
    states one (``from 30 to 50``), or when it has an actual from when its measurement began
    or before, or within a month after, as a report at the start of the period gives it
    (where the plan does not say when that was, any actual); see stale-metric for when
    measurement begins. So does a measure broken down into parts (the metrics whose
    ``breaks_down`` names it) each of which states where it starts that way (a code-quality
    total of ``0 issues`` whose code smells, duplications and other issues each give their
    count at the start): the whole starts where its parts do. So does a metric of three
    quarters or more read by a plan that reports its status within the first quarter of it
    (a board assurance framework's first quarterly review, risks scored in June against
    targets for the next March): that first report's reading is where the measure stands as
    the plan begins. So does a metric that sets a target for each period of its cadence
    (2025 and 2026 for an annual measure), up to any set years ahead (a progress table's
    FY2024 and FY2025 targets and its FY2030 one), and has an actual from before the first
    of those periods, which is what the targets were set against. So does a measure in
    percent whose own name is the change since a base year it names (``GHG emissions
    reduction rate (compared to FY2021)``, see :func:`planlint.timeline.named_base`), its
    targets figures of that change: it is 0 at the base year by definition (a target that
    asks a change of a level it does not state, ``An 80% reduction of emissions from 2019 to
    2035``, still asks). So does a metric read at a calendar cadence that has an actual on
    its first target's date, the result of the period that target is set for, as an annual
    performance report tables each year's target beside that year's result (a standing 80%
    of projects on time with each year's reading, an enrolment plan's 2023 target and
    audited result beside 2024's): each later target starts from the result of the period
    before it, and a target for a period reported is a standard that period's result is
    judged against (off-track-metric reports a miss), not a change from a start. So does a
    metric with a result on the last day of a plan that reports one year's results (its
    horizon a year or less, its status of that day or later: a departmental results report's
    indicator, its target for the year and the year's result beside it, a figure or words),
    where a target falls on that day or within the year after it (the data's "date to
    achieve target" a month after the year, or the next March), or has no date (a standard
    held "ongoing"): the year is its period, though the plan states the yearly cycle only
    for the report, and the year's result is where a target for the year after starts from.
    A target that is a rating in words (a compliance rating ``C``, read ``C`` in each year's
    report) has its start the same way, in a rating in words read on its date: a standard
    held, not a change asked. A target the table carries for a period a measure read less
    often than yearly is not read in (an odd year's column of a customer survey taken every
    two years, in even years) is not its first target: there is no result for that period to
    stand beside it, and the first target is the first its readings fall on. So is a target
    in a table's first columns, with no reading on its date nor before it, of a measure
    whose description says its series begins anew there (a college-going rate's 2021 target
    with no figure, the rate "not comparable to rates prior to 2021-22 due to a change in
    the methodology"; a break in the series), where each target from the first read one on
    has its period's result beside it: the series starts with its first result, beside that
    year's target. A reading within the first target's period, before its end, is progress
    towards it and still not its start. Counts (the people its work equips: ``Australians
    equipped to be better prepared``, or a count's verb opening the title, in its ``-ing``
    form too, before how many: ``Rehousing 650 households``, or after another way of doing
    it, ``Fund or assist in funding three new organizations``; a key result's sentence on
    how many things the period's work makes or does, ``At least eight proposals are
    submitted``, ``At least six agents have reference documentation``, ``Tlon has documented
    at least one of its agents`` (not a state they are in, ``At least 5 systems are
    compliant``, nor a share); so many more of the things the period's work makes, ``12 more
    streams``, or so many new or additional ones, with no verb before them (``4 additional
    components``; ``Additional components completed by the end of Sprint 11``, things added
    and what was done to them), counted from none when it begins; a count of what work has
    done that its title says the programme itself did: ``Number of returning migrants
    reintegrated through the programme's activities``, whatever its target, a share of the
    programme's beneficiaries too, and a total of things or money its title says a piece of
    work yields, ``Dollar amount of revenues resulting from commercialization``, its target
    no change from a level; a count in whole figures of the things its unit names that have
    done something, the unit's words then a relative clause in the perfect (``Countries that
    have leveraged digital public goods``, unit ``countries``, 50 by 2028; ``PA che hanno
    completato la migrazione``, unit ``PA``), as results frameworks count adopters, each one
    more the plan's work reaches, and a target in words counting things whose own level
    rises, ``>2 sectors improving maturity``, each counted once it has moved (a share of a
    group in that state, ``Percentage of staff who have completed``, still asks, but not a
    share of what the period's work makes from none: new things and what they have done
    since, ``Share of new organizations that have launched products``, or things another
    measure of the goal counts as done, ``75% of submitted proposals are championed`` beside
    ``At least eight proposals are submitted``, or new people named only with the
    organisation's act of reaching each, ``90% of new homeowners contacted``, of those who
    arrive in the period, see :func:`planlint.measure_counts.shares_made`; a share of new
    things in a state or standard, ``% of new benefit claims decided within 14 days``, still
    asks); a description that states the target in its own words as such a count, ``Provide
    technical assistance to at least 10 communities`` with target 10, as an agency priority
    goal's target statement stands beside an indicator name still ``TBD``) start from zero,
    and so does a count that adds up what was done since the plan began (``Rental Housing -
    cumulative accomplishment (Housing Units)`` against a CAPER's five-year goal due at the
    plan's end, see :meth:`planlint.plan.Plan.measure`): it starts from none when the plan
    began, while a figure of one period (``annual accomplishment``), a cumulative rate or
    share, or one due before the plan's end still asks where it starts, unless the measure's
    statement opens with a count's verb, the organisation's own act it adds up (``Customer
    Engagements (% of CFO Act Agencies, cumulative)``, stated as ``Hold customer engagement
    meetings with CFO Act Agencies``, see :func:`planlint.measure_counts.adds_up_own_acts`):
    those acts, or the share of a group they have reached, start from none, as agency
    priority-goal data starts another agency's such share at 0 (a cumulative figure of what
    others do, ``Cumulative volume of API requests``, still asks); milestones start from not
    done (see metric-without-target), among them a measure whose target in words is a
    condition all of a group meet or not (``Further implement Cultures of Thinking``,
    checked by ``COT included and reported in every school's improvement plan``): done when
    it holds for all, with no level to start from; a standard every case meets, with no unit
    or figure, its level in its words (``No client inquiry takes more than one business day
    to receive a response``, see metric-without-target) has none either, met each time or
    not; and so does a process measure, which a piece of work lists and no goal measures (an
    initiative's ``# of screening events``, a change idea's ``% of discharges with a
    follow-up call``): it starts with the work, unless its target is a change from where the
    measure stands (``change: +20%`` of a parish's ``Forward in Faith membership``, a
    sub-program's ``Percentage increase in financial literacy``), which cannot be read
    without it, whatever the work, but in a plan of one year that states where every measure
    its goals list starts (see :func:`_year_of_work_changes`: a quality improvement plan
    gives each indicator's current performance, and each change idea's process measure only
    a target, ``2% reduction in 90th percentile Time to PIA``): the plan puts the start on
    the measures of its aims, and the change is the one the work tests over the year, from
    where it finds the measure when it begins; a level to hold (``direction: maintain``,
    ``Maintain 99.9% uptime``) is judged against its target, and so is a target that asks
    for none of a harm (``Never events``, target 0, or ``Net zero carbon emissions`` and
    ``absolute zero`` in words) or all of the cases (100%, not a ``Percentage increase`` of
    100%), whatever the start; a share of a piece of work's own parts done (``share of
    checklist items done``) starts from none, and so does a share of a plan's own items done
    (``% completed workplan items identified for Year 1``, the share of an action plan's
    targets reached in percent, or of the targets a strategy defines, ``% of KPIs
    achieved``): progress through that plan, from none when it begins; a key result only
    ticked done or not (no unit or calendar cadence, no target but 1, every reading 1 or 0:
    ``Increase hashtag usage``, ticked at the quarter's end) has no reading of its level to
    start from, nor has one with no target figure, unit or calendar cadence whose every
    reading is a grade in words of how far it was achieved (``Ensure that at least 30% of
    presenters are persons of color``, graded ``PARTIALLY ACHIEVED`` at the year's end, as
    an OKR set grades its key results): met or not, with no level read; and a record of
    finished work is counted once (see metric-without-target), so none of these needs a
    baseline. Nor does a measure the plan sets no target for and only quotes with its
    readings (a statistic a report gives, commits made each month): it asks no change for a
    baseline to show, and metric-without-target reports the missing target; it is left out
    of the plan's practice too. An age that says who is counted (``people over 65
    supported``) is no target the wording sets, nor are the places the things a title counts
    are counted across (``Commits by staff across 9 repositories``). Nor does a measure
    whose reading on its final target's date meets that target (a staff survey's 60% reached
    at 64.8% in the year's report), or says in words only that it was met (``Achieved``, as
    a statement of service performance reports each standard against the year's budget
    standard): a threshold the period's result is judged against, and met, whatever it
    started from; and a target the plan states as a ceiling (``bound: at most``, a results
    report's unit cost of at most $0.87 a page, read at $0.65) is met at or below it,
    whatever the wording says of the measure's way, as a floor (``at least``) is met at or
    above it; nor does a measure set one target, for a year or less, and read two or more
    times within that year at a calendar cadence (a contractual 90% read every quarter): a
    standard each reading is held to, not a change from where the year began; nor does a
    measure read at a calendar cadence that sets the same figure for each of two or more
    periods a step of that cadence apart (30 days of permit review time for FY18 and again
    for FY19): a standard each period's result is held to, whatever it started from. So with
    a target set as the share of the time a practice is kept (``on time payments 95% of the
    time``, ``honor their weekly focus day at least 90% of the time``), or a measure of the
    share of the days a facility or service is kept available or open (``% of days pools
    available during the Pool season``, as a service standard counts the days open each
    year), a standard for how often, not a level moved; a target in words that places the
    level against a norm or benchmark of others (``accounts receivable ... within industry
    norms``), judged against that norm; a floor on a score read on a fixed scale its unit
    names (``bound: at least`` with ``unit: /10``, a stakeholder survey's ``>7/10``; a
    ``score out of 5``): a standard each reading clears or not, as a statement of service
    performance sets a minimum satisfaction score, with no level the floor asks to move
    from; a target in words that is a growth rate for each period the measure is read in
    (``Homepage visits: +10% per month``, see
    :func:`planlint.measure_sources.grows_each_period`), each period's reading judged
    against the one before (a growth to reach over the plan, ``Grow membership by 20%``,
    still asks its start); a number of things followed by the year they are done in (``four
    membership drives in 2021``), a count made within that year, from none, and so is a
    measure whose only target the goal or work that lists it states as a number before the
    things the measure names, in a title that names the target's year (``Evenementen 2026: 6
    meetups, 6 sociale evenementen, 2 workshops`` over ``Sociale evenementen``, 6 by the end
    of 2026, a volunteer association's events for the year, in any language); so is, in a
    plan of one year (its horizon a year or less), a measure set one target, due at the
    horizon's end or on the day a goal that lists it is due (a quarter's objective in a
    year's OKRs: ``12 streams`` under the first quarter's goal), that its title opens with
    (``4 media outlets``, ``1 well-known community figure mentions it``) or that a goal or
    piece of work listing it states before the things it counts (``participate in 5
    conferences with a project stand`` over ``Conferences with a project stand``), or whose
    title opens with a verb of joining parties to the programme's service and states its
    target of one before them (``Route hospitalization data from at least one healthcare
    organization to NSSP``, see :func:`planlint.measure_counts.counts_first`), the first
    party joined, or that names in money capital or funds raised (``Values-aligned capital:
    US$1-3M``, see :func:`planlint.measure_sources.names_money_raised`), an amount brought
    in within the year: the plan's year, or the part of it the goal is set for, is the year
    named; so is a key result of OKRs set for a year or less written with no verb as the
    figure of what the period brings (``20+ visitors``, ``3 events``, ``€65k+ in revenue``,
    ``Online calls with 400+ participants``; not a level things stand at, ``500 weekly
    active users``, nor a balance, ``€1m in cash``) or of a thing another key result of its
    goal brings into being (``Real estate fund has €5m in AUM`` beside ``Real estate fund is
    launched``): a count, from none on the cycle's first day (see
    :meth:`planlint.plan.Plan.measure`); and the pay of a post the plan creates, a measure
    of the pay of the one a goal or piece of work listing it takes on (``Alice's salary``
    under ``Hire Alice as a Full-Time Maintainer``, see
    :func:`planlint.measure_figures.pays_hire`), which starts from nothing, as the post
    does; and a measure that states no figure and asks the work to follow a named
    specification or rule (``routing data in accordance with the HL7 LRI/LOI spec``, see
    :func:`planlint.measure_figures.conforms_in_words`), with no level to start from; and a
    condition the wording states (see metric-without-target) whose target is that condition
    in words (``all application engineers have taken about 20-30 days off``), met or not by
    the period's end; and a success statement whose target in words says it again, all of it
    and nothing more, with no figure (``We engage with departments and agencies at all
    levels``, written out again in a corporate plan's target column): what is to be true,
    met or not, which names no level to start from (a target that is part of the statement,
    ``meet or exceed previous performance``, is a level, still asked); and a measure read at
    a calendar cadence whose results a statement of intent owes to the report it names (the
    plan records no result, and a report on a calendar cadence covers the measure's goal:
    see stale-metric), whose first target falls within a year of the plan's start or of its
    as-of date, whichever is later, and which is not stated as a change (no ``change``, no
    way to move in its wording): the coming year's standard, which that report compares with
    the year's result, as a council-controlled organisation's statement of intent under New
    Zealand's Local Government Act 2002 is "a base against which performance can be
    assessed", not a change from a start (a target years ahead, ``80% reduction ... to
    2035FY``, is still asked where it starts); and a breakdown (``breaks_down``, see
    metric-without-target) that sets no target of its own in its fields, of a measure that
    states where it starts: the change is asked of the measure (one with a target of its own
    is asked where it starts, unless, in a plan of one year, its targets are changes in its
    unit of a whole that states its start and asks a change too: ``Increase woody plant taxa
    by 100`` within ``by 300 net taxa (currently 9,500)``, the part's share of the year's
    change, from none); and such a breakdown of a measure only quoted with its readings,
    which sets no target and so asks no change: a performance report's table gives a measure
    with no target and its figure for each group (``Employment rate of training completers
    (KPM 17): White``, whatever figure the row's wording seems to state, such as the
    measure's own number); and, in a project that one sum pays for whole (its only budget
    line funds all its work for a period that names the first and last years of a horizon
    longer than a year: a donor programme's budget, a grant's award, a loan's commitment), a
    total of the things or money its unit names (no percentage, span of time, rate or harm)
    that states no start, whose final target falls due at the project's end or later and
    whose readings never fall (farmers supported, water works built, households reached
    through 2026, against a results framework's end targets): what the project has done or
    reached over its life, from none when its money began, as its results report counts it
    to date; and a measure with no reading whose description says its data are still sought
    (``Exploring data sources``, an SDG data platform's indicator not started, see
    :func:`planlint.measure_sources.seeks_data`): the plan declares it not yet measured, and
    what is missing is the data, not a start. All these are left out of the plan's practice
    too. A measure whose target has fallen due with no reading (none, or only words that say
    it was not taken: ``No formal survey completed``, a results report's ``Not available``)
    is not reported by itself either: its gap is the missing result, which stale-metric asks
    for, not where it started; it still counts towards the plan's practice. When more than a
    third of a plan's measures state no baseline, the plan is reported once instead of each
    measure; a measure that states no figure at all counts towards that, but is not reported
    by itself here, as metric-without-target reports it, and a plan none of whose measures
    that need a baseline states any figure, nor quotes the readings of a measure it sets no
    target for (a pupil premium page's yearly GCSE results beside its impact measures), is
    not reported either: there is no figure to start from, only the missing measure. Nor is
    a plan whose measures that lack one all state no figure and say what is to be true
    rather than name a quantity (states of affairs to bring about by the plan's end,
    ``Digital public goods are part of the default approach``, and deliverables named by a
    noun after an article), however many others state theirs: such a measure has no level to
    start from until it names one, which metric-without-target asks for. A plan that keeps
    its baselines out of its text on purpose (``plan: withheld: [baselines]``) is not asked
    for them, nor is a measure only goals that say so of themselves (their own ``withheld:
    [baselines]``) and their work list, which does not count towards the plan's practice
    either; nor is a plan of people's own objectives (individual OKRs, see
    metric-without-source): their key results are each person's own work of the cycle,
    graded by them at its end (a score, the share done), things done or counted from none
    (``recruter cinq personnes``, ``publish 3 articles``) or a change by an amount over the
    cycle from wherever it stands when the cycle begins (``Increase the number of reference
    users by 25``); the levels of the organization's measures, and where they start, are its
    plan's. Nor is a plan of one short cycle of work (its horizon a quarter, or a hundred
    days: a team's or a company's quarter of OKRs): each key result is the cycle's result,
    graded at its end, and a change it asks (``Grow SWAUs by 500``, ``Reduce malformed
    searches by 50%``) is from where the measure stands when the quarter begins, which is
    read when the quarter is scored (a rate scored "from the initial rate before the
    quarter"); unlike a relative target years ahead with no base year, a quarter's change
    has one start. A plan of a year is still asked. A measure whose target is a change from
    its baseline (``change: -25%``, as a plan writes "25% reduction in waste intensity (2019
    baseline)") and states none is told so: that target cannot be read until the baseline is
    stated. Nor is a measure whose target the plan keeps out of its text on purpose and
    states none (``withheld: [targets]``, the plan's or its goals': a roadmap whose
    measures' six-year goals are on a University Dashboard it names): the baseline shows the
    change a target asks for, and the target is kept, with the level it was set from, where
    the plan keeps its targets; it does not count towards the plan's practice either. Nor,
    likewise, is a measure whose readings the plan keeps out of its text on purpose
    (``withheld: [actuals]``, the plan's or its goals': a service's KPIs whose figures are
    on a performance dashboard it points to; a scorecard whose history is held in its app):
    where the measure stood is its first reading, kept with the others; a target stated as a
    change from the start (``change: -25%``) is still asked its base.
    """
    if plan.withheld("baselines") or plan.personal or plan.one_short_cycle:
        return
    def excluded(metric: Metric, measure: Measure) -> bool:
        return measure.kind != "level" or measure.holds or measure.completion \
            or metric.direction == "maintain" \
            or (measures_work(plan, metric)
                and (not _a_change(metric) or _year_of_work_changes(plan))) \
            or _absolute(plan, metric) or only_quoted(plan, metric) \
            or _met_when_due(plan, metric) or _held_each_period(plan, metric) \
            or _held_each_year(metric) or _kept_share_of_time(metric) \
            or _condition_in_words(plan, metric) or _held_to_norm(metric) \
            or _floor_on_scale(metric) or sets_standard(metric) or grows_each_period(metric) \
            or conforms_in_words(metric, measure) \
            or _pays_hire(plan, metric) \
            or _restated_as_target(metric) or counts_in_year(metric.title or "") \
            or _counted_in_named_year(plan, metric) or _counted_in_plan_year(plan, metric) \
            or counts_programme_output(metric) or counts_in_statement(metric) \
            or adds_up_own_acts(metric) or counts_adopters(metric) \
            or shares_made(plan, metric) \
            or ticked(metric) \
            or _graded_in_words(metric) or _owed_for_first_target(plan, metric) \
            or _breaks_down_started(plan, metric) or _grant_total(plan, metric) \
            or _baseline_to_come(plan, metric) or seeks_data(metric)

    missing: list[Finding] = []
    unread: set[str] = set()
    started: list[tuple[Metric, Measure]] = []  # judged only as far as need be
    kept_out = plan.withheld_ids("baselines")
    for metric in formulated(plan):
        if metric.id in kept_out or target_kept_out(plan, metric) \
                or _readings_kept_out(plan, metric):
            continue
        measure = plan.measure(metric)
        if _has_start(plan, metric):
            started.append((metric, measure))
        elif not excluded(metric, measure):
            if _due_unread(plan, metric):
                unread.add(metric.id)
            change = next((target.change for target in (metric.target, *metric.targets)
                           if target is not None and target.change is not None), None)
            read = "" if change is None else (
                f", and its target is a change from it ({shown_change(change)}), which "
                "cannot be read without it")
            worded = "" if metric.baseline is None else metric.baseline.text or ""
            placeholder = f" (its baseline says only '{one_line(worded[:80])}')" if worded else ""
            missing.append(metric.finding(
                f"{metric.describe()} has no baseline{placeholder}{read}; set baseline: "
                "{value, date} to where the measure stood when the plan began"))
    eligible = eligible_so_far(len(missing), len(missing),
                               (not excluded(metric, measure) for metric, measure in started))
    bare = unquantified(plan)
    if not states_figures(plan, missing, eligible, bare):
        return
    yield from by_practice(plan, missing, eligible, items="metrics",
                           lacking="state no baseline", repeated=bare | unread,
                           fix="set baseline: {value, date} on each, so the change each "
                               "target asks for can be seen")


def _year_of_work_changes(plan: Plan) -> bool:
    """Whether the plan is one year's (its horizon a year or less) and states where every
    measure its goals list starts (one at least): a quality improvement plan gives each
    indicator's current performance, and each change idea a process measure with only a
    target, the change it tests over the year (``2% reduction in 90th percentile Time to
    PIA``), read from where the work finds it when it begins (see
    metric-without-baseline)."""
    return plan.shared(_starts_goals_in_year)


def _starts_goals_in_year(plan: Plan) -> bool:
    """:func:`_year_of_work_changes`, worked out once per plan."""
    horizon = plan.info.horizon
    if horizon is None or horizon.start is None or horizon.end is None \
            or (horizon.end - horizon.start).days > 366:
        return False
    measured = [metric for metric in plan.metrics if metric_goals(plan, metric)]
    return bool(measured) and all(_has_start(plan, metric) for metric in measured)


def _has_start(plan: Plan, metric: Metric) -> bool:
    """Whether a metric states where it starts: a baseline, in its fields or its wording,
    or a reading from when it began, or every part it is broken down into states its own
    (see metric-without-baseline)."""
    return _states_start(plan, metric) or _parts_started(plan, metric)


def _parts_started(plan: Plan, metric: Metric) -> bool:
    """Whether the metric is broken down into parts (the metrics whose ``breaks_down``
    names it) and every part states where it starts (:func:`_states_start`): the whole
    starts where its parts do (a total of ``0 issues`` whose code smells, duplications and
    other issues each give their count at the start)."""
    parts = plan.referrers(metric, "breaks_down", Metric)
    return bool(parts) and all(_states_start(plan, part) for part in parts)


def _states_start(plan: Plan, metric: Metric) -> bool:
    """Whether a metric states where it starts in its own fields or wording: a baseline,
    or a reading from when it began (see metric-without-baseline)."""
    return (metric.baseline is not None and not _baseline_unknown(plan, metric)) \
        or plan.measure(metric).baseline is not None \
        or _read_before(plan, metric) or _read_before_targets(metric) \
        or _read_for_first_target(plan, metric) or named_base(plan, metric) is not None


def _baseline_unknown(plan: Plan, metric: Metric) -> bool:
    """Whether a metric's baseline is only words that say there is none yet (``To be
    determined``, a KPI table's ``Data not available``), undated or dated by the plan's
    status or before it: a placeholder where the start should be, so the target was set
    with nothing to set it against (see metric-without-baseline). A placeholder dated
    after the plan's status (``To be determined December 31, 2026`` in a report of June
    2026) is a baseline the plan says it will set by then, not yet missing."""
    baseline = metric.baseline
    if baseline is None or baseline.value is not None or not says_none(baseline.text):
        return False
    as_of = plan.info.as_of
    return baseline.date is None or as_of is None or baseline.date <= as_of


def _baseline_to_come(plan: Plan, metric: Metric) -> bool:
    """Whether the metric's wording sets its target against a baseline taken on or after
    the plan's status (:func:`planlint.timeline.baseline_taken`: ``3% over a FY 2022
    baseline`` in the update at FY 2022's close, a baseline ``as of October 1, 2022`` in
    data of September 30): the plan names when its start will be read, as a placeholder
    dated after the status does (see metric-without-baseline)."""
    as_of = plan.info.as_of
    taken = baseline_taken(plan, metric) if as_of is not None else None
    return taken is not None and as_of is not None and taken >= as_of


def _grant_total(plan: Plan, metric: Metric) -> bool:
    """Whether a metric of a plan one grant pays for whole (:attr:`Plan.one_grant`) is a
    total of things or money (:func:`~planlint.measure_counts.totals_things`) that states no
    start, whose final target falls due at the project's end or later and whose readings
    never fall: what the project has done or reached over its life (farmers supported,
    water works built, households reached through 2026), from none when its money began."""
    horizon = plan.info.horizon
    if plan.one_grant is None or horizon is None or horizon.end is None \
            or not totals_things(metric) or _has_start(plan, metric):
        return False
    due = target_date(plan, metric)
    values = [actual.value for _, actual in metric.by_date if actual.value is not None]
    return due is not None and due >= horizon.end \
        and all(before <= after for before, after in pairwise(values))


def _readings_kept_out(plan: Plan, metric: Metric) -> bool:
    """Whether the plan keeps the metric's readings out of its text on purpose
    (``withheld: [actuals]``, the plan's or its goals') and its target, if any, is not a
    change from where it starts (:func:`_a_change`): where the measure stood is its first
    reading, kept with the others in the document or tool the plan publishes them in; a
    relative target cannot be read without its base (see metric-without-baseline)."""
    return plan.withheld("actuals", metric) and not _a_change(metric)


def _breaks_down_started(plan: Plan, metric: Metric) -> bool:
    """Whether the metric, setting no target of its own in its fields, breaks down one
    that states where it starts, or one only quoted with its readings (``breaks_down``):
    the change is asked of that measure, and a measure that sets none asks none. So,
    in a plan of one year, does a part whose every target is a change in its unit
    (``Increase woody plant taxa by 100``) of a whole that states where it starts and
    asks a change too (``by 300 net taxa (currently 9,500)``): the part's share of the
    year's change, counted from none when the year begins."""
    if final_target(metric) is None:
        return plan.whole_answers(metric, partial(_started_or_quoted, plan))
    return _part_of_year_change(plan, metric)


def _part_of_year_change(plan: Plan, metric: Metric) -> bool:
    """:func:`_breaks_down_started`'s part of a year's change: a breakdown, in a plan of
    one year (its horizon a year or less), whose every target is a ``change`` in its unit
    (not in percent) due within the horizon, of a measure that states where it starts
    and whose target is a change from there."""
    horizon = plan.info.horizon
    if metric.breaks_down is None or horizon is None or horizon.start is None \
            or horizon.end is None or (horizon.end - horizon.start).days > ONE_YEAR:
        return False
    targets = [target for target in (metric.target, *metric.targets) if target is not None]
    if not targets or any(target.change is None or isinstance(target.change, str)
                          or target.date is None
                          or not horizon.start <= target.date <= horizon.end
                          for target in targets):
        return False
    whole = plan.ref(metric, "breaks_down", Metric)
    return whole is not None and whole.dropped is None and _a_change(whole) \
        and _has_start(plan, whole)


def _started_or_quoted(plan: Plan, metric: Metric) -> bool:
    """Whether a metric states where it starts or is only quoted with its readings, setting
    no target (see metric-without-baseline): either way no start is asked of it."""
    return _has_start(plan, metric) or only_quoted(plan, metric)


def _counted_in_named_year(plan: Plan, metric: Metric) -> bool:
    """Whether a goal or piece of work that lists the metric names the year of its only
    target and states that target before the things it counts
    (:func:`planlint.measure_counts.counts_in_named_year`: ``Evenementen 2026: 6 meetups``): a
    count made within the year named, from none."""
    return any(counts_in_named_year(item.title or "", metric)
               for item in plan.referrers(metric, "metrics"))


def _counted_in_plan_year(plan: Plan, metric: Metric) -> bool:
    """Whether, in a plan of one year (its horizon a year or less), the metric is set one
    target, due at the horizon's end or, within the horizon, on the day a goal that lists
    it is due (a quarter's objective in a year's OKRs: ``12 streams`` under Q1's ``Make the
    stream good!``, due at the quarter's end), that its title opens with
    (:func:`planlint.measure_counts.opens_with_count`: ``4 media outlets``) or that a goal or
    piece of work listing it states before the things it counts (:func:`stated_as_count`:
    ``participate in 5 conferences with a project stand`` over ``Conferences with a project
    stand``), or that its title states as one party joined to the programme's service
    (:func:`planlint.measure_counts.counts_first`: ``Route hospitalization data from at least one
    healthcare organization``): a count made within the plan's year, or the part of it
    its goal is set for, from none, as a count followed by the year named is."""
    horizon, target = plan.info.horizon, metric.target
    if horizon is None or horizon.start is None or horizon.end is None \
            or (horizon.end - horizon.start).days > ONE_YEAR or metric.targets \
            or target is None or target.date is None \
            or not horizon.start <= target.date <= horizon.end:
        return False
    return (target.date == horizon.end
            or any(goal.due == target.date for goal in metric_goals(plan, metric))) \
        and (opens_with_count(metric) or stated_as_count(plan, metric)
             or counts_first(metric) or names_money_raised(metric))


def _pays_hire(plan: Plan, metric: Metric) -> bool:
    """Whether a goal or piece of work that lists the metric takes someone on and the
    metric is that person's pay (:func:`planlint.measure_figures.pays_hire`: ``Alice's salary``
    under ``Hire Alice as a Full-Time Maintainer``): the pay of a post the plan creates,
    which starts from nothing."""
    return any(pays_hire(item.title or "", metric) for item in plan.referrers(metric, "metrics"))
