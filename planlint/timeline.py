"""Dates and cadences as the time-aware rules read them.

Every judgement here is made at an explicit as-of date (``plan.as_of``), never at the
wall clock, so a plan checked twice gives the same findings. The definitions:

- **Comparing cadences**: by length in days (:func:`planlint.model.cadence_days`), a
  month being 1/12 of a year. ``P1M`` equals ``monthly``, ``P3M`` equals ``quarterly``,
  ``P13W`` (91 days) is a little more frequent than ``quarterly`` (91.3 days).
- **One cadence after a date**: calendar steps. Monthly, quarterly, semiannual and annual
  cadences, and the years and months of an ISO duration, step by calendar months (the
  day is kept, or clamped to the month's last day: 2001-01-31 plus one month is
  2001-02-28); daily, weekly and biweekly cadences, and the weeks and days of an ISO
  duration, step by days.
- **A metric's line**: it starts at the baseline and ends at the final target, passing
  through every dated interim target between them; the value expected on a date lies on
  the straight segment between the waypoints around it. A baseline without a date is
  placed at the start of the goals the metric measures (the earliest one), else at the
  start of the plan's horizon; a target without a date at the due date of those goals
  (the latest one), else at the end of the horizon. Interim targets without a date, or
  dated outside the span from baseline to target, are left out; of two on one date the
  first listed counts. Before the baseline the baseline value is expected; after the
  target, the target value. A measure in percent stated as a change since a base date
  (``% change since June 2011``, ``reduction rate (compared to FY2021)``) starts from 0
  at that date (:func:`change_since`); so
  does, in percent of the baseline, a target stated as a change from a baseline given
  only in words, against which a reading in words stating a change from it is read
  (``5% reduction``: :func:`worded_change`).
- **Progress**: only actuals dated on or before the as-of date count. For a metric that
  should rise or fall (its ``direction``, else the way baseline to target goes), the
  progress of the latest actual is its distance from the baseline in the target's
  direction, compared with the progress expected on its date; when none is expected yet
  (an actual on or before the baseline's date) it is not judged; a stated direction the
  target contradicts gives no line to follow, and the metric is judged, as one with no
  baseline is, against its target once that is due. So is a measure whose wording counts
  harm (``% of the population that consumed alcohol regularly``) with no direction or
  bound stated and a target above its baseline: more harm is no aim, and a target above
  where the harm stands is the ceiling it is to stay under, not a level to rise to. A
  metric that should hold a level (``maintain``, or a target equal to the baseline) is
  compared with the level expected
  on its date, or, when there is no line, the target in force on its date (the latest
  dated on or before it, else the next), else its target or baseline. A number of things
  done (``Number of DAs determined``) with no direction stated, whose target is its
  baseline or a little below it (``= 35`` from 36, within 5%), is not read as a level to
  hold or a fall: a council's workload table sets the number it expects to handle, and
  more work done is no shortfall (``80`` against ``= 35``, rated achieved); it is judged
  as the share of its target reached once the target is due.
- **When measurement should have begun**: the measurement clock starts at the latest of
  the baseline date, the start of the goals the metric measures (the earliest one), the
  start of the initiatives that list it as what their work delivers (the earliest one)
  and the start of the plan's horizon: nothing is due before the plan, or the work,
  begins. The first reading is due one cadence after the clock starts, or at the first
  interim target after it, whichever comes first. A metric with neither a baseline nor
  an actual has not begun to be measured (a new measure whose baseline is still to
  come): its first reading is not due, and metric-without-baseline asks for the
  baseline.
- **Reporting lag**: a figure exists some time after the period it measures ends (the
  month-end close, chart abstraction); a metric states that time as ``reporting_lag``,
  an ISO 8601 duration, and one that states none is given the default of
  :func:`default_lag`. A reading is due one cadence after the previous one, or after
  the clock starts, plus the lag.
- **An active initiative**: its status is ``active``; or it has no status, has started
  on or before the as-of date, and has not ended before it.
- **Work under way together**: an initiative with no status and both a start and an end
  (a bar of a roadmap's timeline) is under way from its start to its end, both days
  included; work that follows other work is not carried at the same time as it, and
  the most such work carried at once is that under way on one day (:func:`most_at_once`).
"""

from __future__ import annotations

import bisect
import calendar
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from planlint.model import (
    EVENT_CADENCES,
    Actual,
    Goal,
    Initiative,
    Measurement,
    Metric,
    cadence_days,
)
from planlint.patterns import LazyPattern

if TYPE_CHECKING:
    from planlint.plan import Plan

#: Named cadences as (calendar months, days).
_STEPS: dict[str, tuple[int, int]] = {
    "daily": (0, 1), "weekly": (0, 7), "biweekly": (0, 14), "monthly": (1, 0),
    "quarterly": (3, 0), "semiannual": (6, 0), "annual": (12, 0)}
_DURATION_PART = LazyPattern(r"(\d+)([YMWD])")
_PART_STEPS: dict[str, tuple[int, int]] = {"Y": (12, 0), "M": (1, 0), "W": (0, 7),
                                           "D": (0, 1)}
_SAME_LENGTH = 1e-9


@cache
def cadence_step(cadence: str) -> tuple[int, int]:
    """A cadence as (calendar months, days): ``quarterly`` is (3, 0), ``P1M2W`` (1, 14)."""
    if cadence in _STEPS:
        return _STEPS[cadence]
    cadence_days(cadence)  # raises ValueError for what is not a cadence
    months = days = 0
    for count, unit in _DURATION_PART.findall(cadence):
        unit_months, unit_days = _PART_STEPS[unit]
        months += int(count) * unit_months
        days += int(count) * unit_days
    return months, days


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the end of the month; a date
    past either end of the calendar is that end (9999-12-31, which no as-of date
    passes, or 0001-01-01)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not date.min.year <= year <= date.max.year:
        return date.max if months > 0 else date.min
    if day.day <= 28:  # every month has the day: most dates, no month's length needed
        return date(year, month + 1, day.day)
    # the month's length as calendar.monthrange gives it, without the weekday it works out
    last = _MONTH_DAYS[month] + (month == 1 and calendar.isleap(year))
    return date(year, month + 1, min(day.day, last))


#: The days of each month of a common year, January first.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_cadence(day: date, cadence: str) -> date:
    """The date one cadence after ``day`` (see the module's definition); a date past the
    end of the calendar is its last day, 9999-12-31, which no as-of date passes."""
    months, days = cadence_step(cadence)
    return later(add_months(day, months), timedelta(days=days))


def later(day: date, delta: timedelta) -> date:
    """``day`` plus ``delta``, or the calendar's last day where that would pass it."""
    return day + delta if delta <= date.max - day else date.max


def slower_than(cadence: str, limit: str | float) -> bool:
    """Whether ``cadence`` comes round less often than ``limit``, a cadence or a number
    of days (longer in days)."""
    days = cadence_days(limit) if isinstance(limit, str) else limit
    return cadence_days(cadence) > days + _SAME_LENGTH


def describe_cadence(cadence: str) -> str:
    """A cadence as an adverb: ``monthly``, ``annually``, ``every P6W``."""
    if cadence not in _STEPS:
        return f"every {cadence}"
    return cadence + "ly" if cadence.endswith("annual") else cadence


# -- metrics ---------------------------------------------------------------------------


def metric_goals(plan: Plan, metric: Metric) -> list[Goal]:
    """The goals that list ``metric`` among their metrics."""
    return plan.referrers(metric, "metrics", Goal)


def _goal_start(goals: list[Goal]) -> date | None:
    starts = [goal.start for goal in goals if goal.start is not None]
    return min(starts) if starts else None


def _goal_due(plan: Plan, goals: list[Goal]) -> date | None:
    dues = [due for due in map(plan.due_of, goals) if due is not None]
    return max(dues) if dues else None


def stated_dues(plan: Plan) -> dict[str, date | None]:
    """Each goal's date as the plan states it: its own ``due``, else that of the
    nearest goal above it that has one; ``None`` where only the plan's end dates it
    (a fact of the whole plan, for :meth:`planlint.plan.Plan.shared`)."""
    dues: dict[str, date | None] = {goal.id: goal.due for goal in plan.goals
                                    if goal.due is not None}
    dues.update(plan.inherited(lambda goal: goal.due, None))
    return dues


def goals_start(plan: Plan, metric: Metric) -> date | None:
    """When the earliest of the goals a metric measures starts, if one says."""
    return _goal_start(metric_goals(plan, metric))


def _horizon(plan: Plan) -> tuple[date | None, date | None]:
    horizon = plan.info.horizon
    return (horizon.start, horizon.end) if horizon is not None else (None, None)


def before_programme(plan: Plan, day: date) -> bool:
    """Whether a day falls before the start of the plan's horizon in a plan dated no later
    than that start: a programme adopted before its period begins (an agency's single
    programming document for the next three years) sets that period's work, and what was
    due before it is the previous period's, reported in that period's report."""
    start = _horizon(plan)[0]
    return start is not None and day < start and plan.as_of <= start


def actuals_until(metric: Metric, as_of: date) -> Sequence[tuple[int, Actual]]:
    """The metric's actuals dated on or before ``as_of``, with their index in the list,
    oldest first (equal dates keep the order of the list)."""
    dated = metric.by_date
    if not dated or dated[-1][1].date <= as_of:
        return dated
    return dated[:bisect.bisect_right(dated, as_of, key=lambda pair: pair[1].date)]


def latest_actual(metric: Metric, as_of: date) -> tuple[int, Actual] | None:
    """The newest actual on or before ``as_of`` (the last listed of equal dates)."""
    dated = actuals_until(metric, as_of)
    return dated[-1] if dated else None


@dataclass(frozen=True, slots=True)
class Line:
    """The path a metric is expected to follow: dated values joined by straight lines.

    ``points`` are sorted by date, with at least two and no two on the same date.
    """

    points: tuple[tuple[date, float], ...]

    @property
    def start(self) -> tuple[date, float]:
        return self.points[0]

    @property
    def end(self) -> tuple[date, float]:
        return self.points[-1]

    def value_at(self, day: date) -> float:
        """The value expected on ``day``; the end values outside the line's span."""
        if day <= self.start[0]:
            return self.start[1]
        if day >= self.end[0]:
            return self.end[1]
        dates = [point[0] for point in self.points]
        after = bisect.bisect_right(dates, day)
        (day0, value0), (day1, value1) = self.points[after - 1], self.points[after]
        share = (day - day0).days / (day1 - day0).days
        return value0 + (value1 - value0) * share


def target_date(plan: Plan, metric: Metric, goals: list[Goal] | None = None
                ) -> date | None:
    """When the metric's final target is to be reached: its date, else the due date of
    the goals it measures (the latest one), else the end of the plan's horizon."""
    if metric.target is not None and metric.target.date is not None:
        return metric.target.date
    goals = metric_goals(plan, metric) if goals is None else goals
    return _goal_due(plan, goals) or _horizon(plan)[1]


#: What an initiative's status says of how its work went, rather than what is intended.
_OUTCOME_STATUSES = frozenset({"done", "cancelled", "blocked", "on-hold"})


def _records_no_result(plan: Plan) -> bool:
    """Whether the plan records no result at all: no reading of any measure or goal, and
    no work reported done, cancelled, blocked or on hold. It states what is to be done (a
    statement of intent), not how it went."""
    return not any(metric.actuals for metric in plan.metrics) \
        and not any(goal.actuals for goal in plan.goals) \
        and not any(initiative.status in _OUTCOME_STATUSES for initiative in plan.initiatives)


def _reported_goals(plan: Plan) -> set[str]:
    """Ids of goals a communication on a calendar cadence covers (a half-yearly and an
    annual report against the measures), directly or through a goal above them."""
    return plan.covered_goals(
        communication for communication in plan.communications
        if communication.cadence is not None and communication.cadence not in EVENT_CADENCES)


def owed_to_report(plan: Plan, metric: Metric) -> bool:
    """Whether a measured figure's periodic readings are owed to a report the plan names
    rather than to the plan: the plan records no result at all (see
    :func:`_records_no_result`), a communication on a calendar cadence covers a goal the
    metric measures, and the metric's target is still ahead of the as-of date."""
    if not plan.shared(_records_no_result):
        return False
    ends = target_date(plan, metric)
    if ends is None or ends <= plan.as_of:
        return False
    reported = plan.shared(_reported_goals)
    return any(goal.id in reported for goal in metric_goals(plan, metric))


def final_target(metric: Metric) -> tuple[Measurement, str] | None:
    """The value a metric aims at in the end, and the key it stands at: ``target``, else
    the latest interim target (the last listed among equally dated or undated ones)."""
    if metric.target is not None:
        return metric.target, "target"
    if not metric.targets:
        return None
    index = max(range(len(metric.targets)),
                key=lambda i: (metric.targets[i].date or date.min, i))
    return metric.targets[index], f"targets/{index}"


def is_limit(metric: Metric) -> bool:
    """Whether a metric's targets limit its trend rather than set a level to reach: they
    are bounds (``bound``), and its final target is a ceiling at or above where it
    starts, or a floor at or below it (its baseline, else its first reading): growth
    capped at 650,000 acres, a share allowed to fall no lower than 54.8%."""
    if metric.bound is None:  # most metrics: no bound, so no limit to look for
        return False
    final = final_target(metric)
    return final is not None and _limits(metric, final[0])


def _limits(metric: Metric, target: Measurement) -> bool:
    """Whether one target of a metric is a limit (see :func:`is_limit`)."""
    if metric.bound is None or target.value is None:
        return False
    start = metric.baseline.value if metric.baseline is not None else None
    if start is None:
        start = next((actual.value for _, actual in actuals_until(metric, date.max)
                      if actual.value is not None), None)
    if start is None:
        return False
    return target.value >= start if metric.bound == "at most" else target.value <= start


def breached_limit(metric: Metric, as_of: date
                   ) -> tuple[int, float, date, Measurement] | None:
    """For a metric whose targets are limits (:func:`is_limit`), its latest reading when
    that is past the limit in force at its date (the next one dated, else one with no
    date, which holds at every reading, else the last; a target beyond where the metric
    starts is a level to reach, not a limit) by more than its :func:`tolerance`: the
    reading's index, value and date, and the limit."""
    if not is_limit(metric):
        return None
    latest = latest_actual(metric, as_of)
    if latest is None or latest[1].value is None:
        return None
    index, actual = latest
    value: float = latest[1].value
    bounds = [m for m in (*metric.targets, metric.target)
              if m is not None and _limits(metric, m)]
    limits = sorted((m for m in bounds if m.date is not None),
                    key=lambda m: m.date or date.max)
    held = next((m for m in bounds if m.date is None), None)
    if not limits and held is None:
        return None
    limit = next((m for m in limits if m.date is not None and m.date >= actual.date),
                 held or limits[-1])
    assert limit.value is not None
    return (index, value, actual.date, limit) if past_bound(metric, value, limit.value) \
        else None


def missed_bound(metric: Metric, as_of: date, placed: date | None = None
                 ) -> tuple[int, float, date, Measurement] | None:
    """For a metric whose targets are bounds (``bound``) but not limits (a floor above
    where it starts, a ceiling below it: ``>81%`` first read at 71), its latest reading
    when it is dated on or after its final target's date and on the wrong side of it by
    more than its :func:`tolerance`, whatever share of the way there it came: the
    reading's index, value and date, and the target. An interim target is a point on the
    way, not the bound itself. A final target with no date is due by ``placed`` (where
    the plan places undated targets: its goals' due date, else the horizon's end); with
    neither, it is not judged."""
    if metric.bound is None or is_limit(metric):
        return None
    latest = latest_actual(metric, as_of)
    final = final_target(metric)
    if latest is None or final is None:
        return None
    index, actual = latest
    bound = final[0]
    due = bound.date if bound.date is not None else placed
    if actual.value is None or bound.value is None or due is None or actual.date < due:
        return None
    short = past_bound(metric, actual.value, bound.value)
    return (index, actual.value, actual.date, bound) if short else None


def tolerance(metric: Metric, target: float) -> float:
    """How far a reading may miss ``target`` and still meet it: the metric's
    ``tolerance``, a number in its unit or a percentage of the target; 0 without one.
    For a measure with a direction and no target, ``target`` is where it started (its
    baseline), and this is the move from it the plan counts as no real change."""
    stated = metric.tolerance
    if stated is None:
        return 0.0
    if isinstance(stated, str):
        return abs(target) * float(stated.rstrip("%")) / 100
    return stated


def past_bound(metric: Metric, value: float, bound: float) -> bool:
    """Whether ``value`` is on the wrong side of a metric's ``bound`` (above a ceiling,
    below a floor) by more than its :func:`tolerance`."""
    margin = tolerance(metric, bound)
    return value > bound + margin if metric.bound == "at most" else value < bound - margin


def expected_line(plan: Plan, metric: Metric) -> Line | None:
    """The metric's line from baseline through interim targets to target, or ``None``
    when a value or a date it needs is missing, or the target does not come after the
    baseline."""
    aim = aimed_at(plan, metric)
    if aim is None:
        return None
    # the goals are looked up only for a date the metric does not state (most state both)
    if metric.baseline is not None and metric.baseline.value is not None:
        begin, start = metric.baseline.date or goals_start(plan, metric) \
            or _horizon(plan)[0], metric.baseline.value
    elif plan.measure(metric).kind == "count":
        begin, start = goals_start(plan, metric) or _horizon(plan)[0], 0.0
    elif (base := change_since(plan, metric)) is not None:
        begin, start = base, 0.0
    else:
        return None
    finish = target_date(plan, metric)
    if begin is None or finish is None or finish <= begin:
        return None
    points = [(begin, start)]
    interims = sorted(((m.date, m.value) for m in metric.targets
                       if m.date is not None and m.value is not None),
                      key=lambda point: point[0])
    for day, value in interims:
        if begin < day < finish and day != points[-1][0]:
            points.append((day, value))
    points.append((finish, aim))
    return Line(tuple(points))


#: The fields of a ``changes`` entry that set a metric's target.
SET_FIELDS = frozenset({"target"})


def read_line(plan: Plan, metric: Metric) -> Line | None:
    """For a metric with no baseline stated (nor one a count or a change since a date
    implies: :func:`expected_line` draws none), the line from where its own readings
    place its start, through its interim targets to its target: the reading on the date
    the plan records its target set (a ``changes`` entry of its ``target``), else its
    earliest reading; ``None`` when it has a line already, or no such reading."""
    if expected_line(plan, metric) is not None or (
            metric.baseline is not None and metric.baseline.value is not None):
        return None
    aim, finish = aimed_at(plan, metric), target_date(plan, metric)
    dated = {actual.date: actual.value for actual in metric.actuals
             if actual.value is not None}
    if aim is None or finish is None or not dated:
        return None
    set_on = [record.date for record in plan.changes
              if record.item == metric.id and record.field in SET_FIELDS
              and record.date is not None and record.date in dated and record.date < finish]
    begin = max(set_on) if set_on else min(dated)
    if begin >= finish:
        return None
    points = [(begin, dated[begin])]
    for day, value in sorted((m.date, m.value) for m in metric.targets
                             if m.date is not None and m.value is not None):
        if begin < day < finish and day != points[-1][0]:
            points.append((day, value))
    points.append((finish, aim))
    return Line(tuple(points))


#: How many readings, from the start of a line its readings place, show a measure's pace.
PACE_READINGS = 3


def progress_read(plan: Plan, metric: Metric, as_of: date, threshold: float
                  ) -> Progress | None:
    """The latest actual by ``as_of`` against :func:`read_line`, as :func:`progress`
    judges it against the line from a baseline, when it is off track by ``threshold``
    and the measure's own pace cannot reach its next target either: at least
    :data:`PACE_READINGS` readings from the line's start, and the pace from the first of
    the last of them to the latest, kept up to the next target's date, makes less than
    ``threshold`` of the progress the line asks by then. ``None`` otherwise."""
    line = read_line(plan, metric)
    latest = latest_actual(metric, as_of)
    if line is None or latest is None or latest[1].value is None \
            or plan.measure(metric).kind in ("milestone", "indicator") or is_limit(metric) \
            or (metric.direction == "increase" and plan.measure(metric).grave):
        return None
    stated = metric.direction if metric.direction in ("increase", "decrease") else \
        {"at least": "increase", "at most": "decrease"}.get(metric.bound or "")
    if stated is None or stated != _direction(metric, line):
        return None  # its way is the plan's word, not a guess from the line
    state = _along(plan, metric, latest[0], latest[1].date, latest[1].value, line)
    if state is None or state.line is None or state.maintain or state.achieved <= 0 \
            or not state.off_track(threshold):
        return None  # a move away from the target is judged as such (see off-track-metric)
    since = [actual for _, actual in actuals_until(metric, as_of)
             if actual.value is not None and actual.date >= line.start[0]]
    read = [(actual.date, actual.value) for actual in since if actual.value is not None]
    upcoming = next((point for point in line.points if point[0] > state.day), None)
    if len(read) < PACE_READINGS or upcoming is None \
            or any((actual.response or "").strip() for actual in since):
        return None  # a course the plan has answered
    if any(read[-2][0] < m.date <= state.day for m in (*metric.targets, metric.target)
           if m is not None and m.date is not None):
        return None  # a target due by the reading judges it (see off-track-metric)
    (first_day, first), (day, value) = read[-PACE_READINGS], read[-1]
    if day <= first_day:
        return None
    pace = (value - first) / (day - first_day).days
    kept_up = value + pace * (upcoming[0] - day).days
    sign = 1 if upcoming[1] >= line.start[1] else -1
    asked = sign * (upcoming[1] - line.start[1])
    if asked <= 0 or sign * (kept_up - line.start[1]) >= threshold * asked:
        return None
    return state


#: A measure stated as a change in percent (``% change``, ``25% reduction in…``), or named
#: as the rate of that change (``GHG emissions reduction rate``, ``growth rate``, ``CAGR``).
_CHANGE = LazyPattern(r"(?:%|\bper ?cent(?:age)?) ?(?:change|reduction|increase|decrease|cut|"
                      r"improvement|growth|decline|rise)\b|\b(?:reduction|growth|increase|"
                      r"decrease|change) rate\b|\brate of (?:reduction|growth|increase|"
                      r"decrease|change)\b|\bcagr\b", re.IGNORECASE)
#: The date a change is counted from: ``since June 2011``, ``from 2019``, ``compared to
#: FY2021``, ``vs FY2019``, ``2019 baseline``.
_BASE_DATE = LazyPattern(
    r"\b(?:since|from|on|against|compared (?:with|to)|relative to|vs\.?|versus)\s+(?:(?P<month>"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+)?(?:fy ?(?P<fyear>(?:19|20)?\d\d)|(?P<year>(?:19|20)\d\d))\b"
    r"(?![-/\u2013]\d)|\b(?P<base>(?:19|20)\d\d) (?:baseline|base year)\b", re.IGNORECASE)


def change_since(plan: Plan, metric: Metric) -> date | None:
    """For a measure in percent stated as a change since a base date (its unit or title:
    ``% change since June 2011``, ``GHG emissions reduction rate (compared to FY2021)``,
    ``25% reduction in waste intensity`` in a plan whose targets are all ``by 2030 with a
    2019 baseline``), that date, where the change is 0: the end of the month or year
    named (a fiscal year's as :func:`baseline_taken` reads it); its baseline's date when
    that has no value, else the first date its unit, title or description names, else
    its plan's description or title. ``None`` for any other measure."""
    stated = f"{metric.unit or ''}\n{metric.title}"
    if "%" not in (metric.unit or "") or not _CHANGE.search(stated):
        return None
    if metric.baseline is not None and metric.baseline.value is None \
            and metric.baseline.date is not None:
        return metric.baseline.date
    for text in (stated, metric.description or "", plan.info.description or "",
                 plan.info.title or ""):
        found = _BASE_DATE.search(text)
        if found is not None and (day := _base_day(plan, found)) is not None:
            return day
    return None


def named_base(plan: Plan, metric: Metric) -> date | None:
    """For a measure in percent whose own name is a change since a base date it names,
    in its unit or title, with no figure before the change (``GHG emissions reduction
    rate (Compared to FY2021)``, ``Percent change since 2016``: the measure is the change
    itself, 0 at that date by definition, not ``An 80% reduction ... from 2019 to 2035``,
    a target asking a change of a level it does not state), and whose targets are
    figures of it, not changes (``change``), that date (see :func:`change_since`);
    ``None`` for any other measure."""
    if "%" not in (metric.unit or "") or any(
            target is not None and target.change is not None
            for target in (metric.target, *metric.targets)):
        return None
    for text in (metric.unit or "", metric.title or ""):
        change = _CHANGE.search(text)
        if change is None or _FIGURE_BEFORE.search(text, 0, change.start()):
            continue
        found = _BASE_DATE.search(text)
        if found is not None:
            return _base_day(plan, found)
    return None


#: A figure just before a change named (``80% reduction``, ``25 per cent cut``): a target.
_FIGURE_BEFORE = LazyPattern(r"\d\s*$")


def _base_day(plan: Plan, found: re.Match[str]) -> date | None:
    """The day a base date found by :data:`_BASE_DATE` ends: the end of the month or year
    named, or of the fiscal year named (``FY2021``, ``FY21``) as :func:`baseline_taken`
    reads it, ``None`` for a fiscal year in a plan with no horizon start."""
    if found["fyear"]:
        return _fiscal_year_end(plan, found["fyear"])
    year = int(found["year"] or found["base"])
    month = list(calendar.month_name).index(found["month"].capitalize()) \
        if found["month"] else 12
    return date(year, month, calendar.monthrange(year, month)[1])


def _fiscal_year_end(plan: Plan, named: str) -> date | None:
    """The last day of the fiscal year named (``2022`` or ``22``), one ending where the
    plan's horizon begins its years (FY 2022 of a horizon from October 1 ends on September
    30, 2022); ``None`` in a plan with no horizon start."""
    start = plan.info.horizon.start if plan.info.horizon is not None else None
    if start is None:
        return None
    year = int(named) % 100 + 2000 if len(named) == 2 else int(named)
    if (start.month, start.day) == (1, 1):
        return date(year, 12, 31)
    day = min(start.day, calendar.monthrange(year, start.month)[1])
    return date(year, start.month, day) - timedelta(days=1)


#: A reading in words that states a change from the baseline: opening with the change in
#: percent (``5% reduction in greenhouse gas emissions``, ``12% below 2006 levels``), or
#: saying that what is measured moved, by how much or not (``waste levels increased``,
#: ``emissions fell by 8%``); only its first clause is read.
_READ_CHANGE = LazyPattern(
    r"(?P<n>\d+(?:\.\d+)?) ?(?:%|percent|per cent) (?:(?P<down>reduction|decrease|cut|"
    r"decline|drop|fall|lower|below)|(?P<up>increase|rise|growth|higher|above))\b.*|"
    r"(?:[a-z-]+ ){0,3}?(?:(?P<rose>increased|rose|grew)|(?P<fell>decreased|fell|declined|"
    r"dropped))(?: by (?P<by>\d+(?:\.\d+)?) ?(?:%|percent|per cent))?",
    re.IGNORECASE, needs=("%", "percent", "per cent", "increased", "rose", "grew",
                          "decreased", "fell", "declined", "dropped"))
#: A clause that states a change still to come, not one made (``44% reduction needed``).
_CHANGE_TO_COME = LazyPattern(
    r"\b(?:needed|required|remain(?:s|ing)?|to go|targets?|targeted|goals?|aim(?:ed)?|"
    r"planned|expected|projected|forecast)\b", re.IGNORECASE)
#: Where the first clause of a reading in words ends.
_CLAUSE_END = LazyPattern(r"[;:]|\.(?:\s|$)")


def change_read(text: str | None) -> tuple[float | None, int] | None:
    """A reading in words as a change from the baseline, in percent of it
    (:data:`_READ_CHANGE`): the change (``5% reduction`` is -5) and its sign, or, where
    the words say only which way it moved (``waste levels increased``), ``None`` and the
    sign; ``None`` for any other words, or a change still to come (``44% reduction
    needed``)."""
    if not text:
        return None
    clause = _CLAUSE_END.split(" ".join(text.split()), maxsplit=1)[0].strip()
    found = _READ_CHANGE.fullmatch(clause)
    if found is None or _CHANGE_TO_COME.search(clause):
        return None
    sign = -1 if found["down"] or found["fell"] else 1
    figure = found["n"] or found["by"]
    return (sign * float(figure) if figure else None), sign


def worded_change(plan: Plan, metric: Metric, as_of: date
                  ) -> tuple[Progress, float | None] | None:
    """For a metric whose target is a change in percent from a baseline stated only in
    words with its date (``25 percent below 2006 levels`` by 2025, the 2006 level not
    given), whose latest reading is words stating a change from that baseline
    (:func:`change_read`), that reading against the line in percent of the baseline from
    0 at the baseline's date, through interim targets stated as changes, to the target's
    change at its date: the progress (its value the change read, 0 where the words say
    only that it moved the wrong way) and the change read. ``None`` when the words give
    no change, say only that it moved the target's way, or nothing is expected by then;
    or for a measure in percent, whose change in words may be in points."""
    target, baseline = metric.target, metric.baseline
    if target is None or not isinstance(target.change, str) or baseline is None \
            or baseline.value is not None or baseline.date is None \
            or (metric.unit or "").strip() == "%":
        return None
    latest = latest_actual(metric, as_of)
    if latest is None or latest[1].value is not None:
        return None
    read = change_read(latest[1].text)
    finish = target_date(plan, metric)
    aim = float(target.change.rstrip("%"))
    sign = 1 if aim > 0 else -1
    if read is None or finish is None or finish <= baseline.date or aim == 0 \
            or (read[0] is None and read[1] == sign) \
            or metric.direction not in (None, "increase" if sign > 0 else "decrease"):
        return None
    points = [(baseline.date, 0.0)]
    for interim in sorted((m for m in metric.targets if m.date is not None
                           and isinstance(m.change, str)), key=lambda m: m.date or date.max):
        assert interim.date is not None and isinstance(interim.change, str)
        if baseline.date < interim.date < finish and interim.date != points[-1][0]:
            points.append((interim.date, float(interim.change.rstrip("%"))))
    points.append((finish, aim))
    line = Line(tuple(points))
    index, day = latest[0], latest[1].date
    expected_value = line.value_at(day)
    expected = expected_value * sign
    if expected <= 0:
        return None
    value = read[0] if read[0] is not None else 0.0
    return Progress(index, day, value, line, False, expected_value, value * sign + 0.0,
                    expected), read[0]


#: A target set against a baseline the wording names by its period (``3% over a FY 2022
#: baseline``, ``10% in FY23 over FY22 baseline``, ``relative to 2021 baseline``) or by
#: the day it is taken (``over a refreshed baseline of those participating as of
#: October 1, 2022``); see :func:`baseline_taken`.
_MONTH_NAMES = (r"january|february|march|april|may|june|july|august|september|october|"
                r"november|december")
_BASELINE_NAMED = LazyPattern(
    r"\b(?:over|from|relative to|against|compared (?:with|to)|above|below) "
    r"(?:(?:a|an|the) )?(?:(?!fy\b|(?:" + _MONTH_NAMES + r")\b)[a-z]+ )?(?:(?:fy ?"
    r"(?P<fyear>(?:19|20)?\d\d)|(?:(?P<bmonth>" + _MONTH_NAMES + r") )?(?P<year>(?:19|20)"
    r"\d\d)) baseline\b|baseline\b[^.;]{0,120}? as of (?P<month>" + _MONTH_NAMES +
    r") (?P<day>\d{1,2}),? (?P<dyear>(?:19|20)\d\d)\b)",
    re.IGNORECASE, needs=("baseline",))


def baseline_taken(plan: Plan, metric: Metric) -> date | None:
    """When the baseline a metric's wording sets its target against (its title, else its
    description) is taken: the day named (``as of October 1, 2022``), else the end of
    the year named (``2021 baseline``), a fiscal year (``FY 2022``, ``FY22``) ending
    where the plan's horizon begins its years (FY 2022 of a horizon from October 1 ends
    on September 30, 2022). ``None`` where the wording names no such baseline, or a
    fiscal year in a plan with no horizon start."""
    for text in (metric.title or "", metric.description or ""):
        found = _BASELINE_NAMED.search(text)
        if found is None:
            continue
        if found["dyear"]:
            month = list(calendar.month_name).index(found["month"].capitalize())
            year, day = int(found["dyear"]), int(found["day"])
            return date(year, month, day) if day <= calendar.monthrange(year, month)[1] \
                else None
        if found["year"]:
            year = int(found["year"])
            month = list(calendar.month_name).index(found["bmonth"].capitalize()) \
                if found["bmonth"] else 12
            return date(year, month, calendar.monthrange(year, month)[1])
        return _fiscal_year_end(plan, found["fyear"])
    return None


def aimed_at(plan: Plan, metric: Metric) -> float | None:
    """The value a metric aims at in the end: its ``target``, else, for a count, the
    number its wording names (``Hire two engineers``)."""
    if metric.target is not None:
        return metric.target.value
    measure = plan.measure(metric)
    return measure.target if measure.kind == "count" else None


def measurement_begins(plan: Plan, metric: Metric) -> date | None:
    """When the metric's measurement clock starts (see the module's definition), worked
    out once per plan and metric."""
    return plan.once(_clock_start, metric)


def _clock_start(plan: Plan, metric: Metric) -> date | None:
    known = [day for day in (metric.baseline.date if metric.baseline else None,
                             _goal_start(metric_goals(plan, metric)), _work_start(plan, metric),
                             _horizon(plan)[0])
             if day is not None]
    return max(known) if known else None


#: The longest period a measure can cover and still be read only at its end: a quarter,
#: the cycle of key results (92 days, the longest calendar quarter).
ONE_CYCLE = 92


def read_at_end(plan: Plan, metric: Metric, cycle: int = ONE_CYCLE) -> bool:
    """Whether the period a metric measures, from when its measurement begins to its
    target date, is ``cycle`` days or less (a quarter): such a measure is read once, at
    its end, as OKR plans grade key results at the end of the cycle."""
    days = plan.once(_period_days, metric)
    return days is not None and days <= cycle


def _period_days(plan: Plan, metric: Metric) -> int | None:
    """How many days the period a metric measures lasts, from when its measurement begins
    to its target date (None when either is unknown): worked out once per metric for
    :func:`read_at_end`, which several rules ask of each metric."""
    begins, ends = measurement_begins(plan, metric), target_date(plan, metric)
    return (ends - begins).days if begins is not None and ends is not None else None


#: A title that states its figure for each year (``1 new organisation per year``, ``at
#: least two courses per year``, ``per annum``): every year is a period of its own.
_EACH_YEAR = LazyPattern(
    r"\b(?:per|each|every)\s+(?:(?:fiscal|financial|academic|calendar|school)\s+)?year\b"
    r"|\bper\s+annum\b", re.IGNORECASE)
#: The same closing the title, in English (``4 visits a year``) and in the languages a
#: results framework is often published in (``que reciben al menos 8 operativos ... al
#: año``, ``por ano``, ``par an``, ``pro Jahr``): read only where the title ends with it,
#: so that it says how often the figure is taken, not what some part of the title is.
_A_YEAR_CLOSING = LazyPattern(
    r"\b(?:a|al|por|cada|ao|par|chaque|pro|je)\s+(?:year|año|ano|an|année|jahr)\W*$",
    re.IGNORECASE, needs=("year", "año", "ano", "an", "jahr"))


def first_read_at_end(plan: Plan, metric: Metric) -> bool:
    """Whether a metric not read yet is first read for its result, at the end of the
    period it measures: a new measure, with no baseline, or one of a quarter or less
    (see :func:`read_at_end`), a key result graded when its cycle ends. A measure read
    each year whose title states its figure for each year (``Accepting 1 new organisation
    per year``) has no such single period: each year is one, so its first figure is due
    when its first year has closed, baseline or not."""
    if metric.actuals:
        return False
    if metric.baseline is None and not _each_year(metric):
        return True
    return read_at_end(plan, metric)


def _each_year(metric: Metric) -> bool:
    """Whether a metric read yearly states its figure for each year in its title."""
    return metric.calendar == "annual" and bool(_EACH_YEAR.search((metric.title or "")[:500]))


def counted_each_year(metric: Metric) -> bool:
    """Whether a metric's title states its figure for each year, whatever its cadence
    (``at least two courses per year``; closing the title, ``4 visits a year``, ``al
    año``, ``par an``, ``pro Jahr``): a count taken anew each year, not a level that
    carries over."""
    title = (metric.title or "")[:500]
    return bool(_EACH_YEAR.search(title)) or bool(_A_YEAR_CLOSING.search(title))


#: The longest a year's period may run, in days, for a reading to fall within it.
_A_YEAR = 366


def year_under_way(plan: Plan, metric: Metric, day: date) -> bool:
    """Whether a reading on ``day`` of a measure counted anew each year
    (:func:`counted_each_year`) is a partial reading of a year not yet over: the target
    in force on ``day`` (see :func:`target_in_force`) closed the year before, and the next
    target, that year's, falls due within a year of it. Its figure counts only what
    that year has brought so far, and is neither the past year's result nor yet short of
    its own year's."""
    if not counted_each_year(metric):
        return False
    passed = target_in_force(plan, metric, day)
    if passed is None or day <= passed[0]:
        return False
    due = passed[0]
    coming = [m.date for m in (metric.target, *metric.targets)
              if m is not None and m.date is not None and m.value is not None and m.date > day]
    return bool(coming) and (min(coming) - due).days <= _A_YEAR


def _work_start(plan: Plan, metric: Metric) -> date | None:
    """When the earliest of the initiatives that list a metric (what their work delivers)
    starts, if they say."""
    starts = [initiative.start for initiative in plan.referrers(metric, "metrics", Initiative)
              if initiative.start is not None]
    return min(starts) if starts else None


#: The shortest reporting lag assumed for a figure of a month or a longer period.
_A_MONTH = timedelta(days=round(cadence_days("monthly")))


@cache
def default_lag(cadence: str) -> timedelta:
    """The reporting lag assumed for a metric that states none: half a cadence (an
    annual figure six months after its year, a quarterly one half a quarter after it),
    since a figure exists only once its period is closed and counted; and a month at
    least for the figure of a month or a longer period. A month's figure is seldom out in
    the first half of the next month: the books close in the weeks after it, and
    official monthly series (an agency's management data, hires declared to the
    administration, a statistics office's counts) are consolidated and published in the
    month after, so December's is not yet overdue in mid-January. A figure of less than
    a month (a week's) keeps half its cadence: it is a count kept as the work goes. This
    is the one place the default is stated; the rules and the plan format refer here."""
    days = cadence_days(cadence)
    half = timedelta(days=round(days / 2))
    return half if slower_than("monthly", days) else max(half, _A_MONTH)


def reported(metric: Metric, day: date) -> date:
    """When the figure for a period ending on ``day`` is available: ``day`` plus the
    metric's ``reporting_lag``, else plus the default lag of its cadence."""
    if metric.reporting_lag is not None:
        return add_cadence(day, metric.reporting_lag)
    return later(day, default_lag(metric.calendar)) if metric.calendar is not None else day


def stated_by_year(metric: Metric) -> bool:
    """Whether the plan states a metric read more often than yearly by the year: its
    targets, baseline and readings all fall on one day of the year, over two years or
    more (a school year's completion rate against each year's target, though its data
    are "analysed quarterly"; a share of transactions by financial year, though
    "compiled monthly"). Its figure is the year's, which exists once the year closes."""
    cadence = metric.calendar
    if cadence is None or not slower_than("annual", cadence):
        return False
    targets = [target.date for target in (metric.target, *metric.targets)
               if target is not None and target.date is not None]
    if not targets:
        return False
    dated = [*targets, *(actual.date for actual in metric.actuals),
             *([metric.baseline.date] if metric.baseline and metric.baseline.date else [])]
    month, day = targets[0].month, targets[0].day  # most differ by the second date
    return all(each.day == day and each.month == month for each in dated) \
        and max(dated).year > min(dated).year


def first_reading_due(plan: Plan, metric: Metric) -> date | None:
    """When the first reading of a metric with a calendar cadence is due, with its
    reporting lag, if that can be told (see the module's definition)."""
    cadence = metric.calendar
    if cadence is None:
        return None
    if first_read_at_end(plan, metric):
        end = target_date(plan, metric)
        return reported(metric, end) if end is not None else None
    begins = measurement_begins(plan, metric)
    if begins is None:
        return None
    due = add_cadence(begins, cadence)
    checkpoints = [m.date for m in metric.targets if m.date is not None and m.date > begins]
    return reported(metric, min([due, *checkpoints]))


@dataclass(frozen=True, slots=True)
class Progress:
    """The latest actual of a metric (its index, date and value) against what was
    expected by its date.

    For a metric that should rise or fall, ``achieved`` and ``expected`` are progress
    from the baseline in the target's direction. For a metric that should hold a level,
    ``achieved`` is how far the actual strays from the expected level and ``expected``
    is that level. A metric without a line (no baseline to start from) is judged only
    against a target whose date has come (``due``): ``achieved`` is then the share of
    the target the actual reaches (for a falling metric, 1 less the share of the target
    by which the actual exceeds it, so that it is off track when it exceeds the target
    by more than ``1 - threshold`` of it, as a level to hold is when it strays that far),
    and ``expected`` is 1. For a count whose figures are all whole, the value expected
    on the line is the whole number nearest it (a count can only be whole).
    """

    index: int
    day: date
    value: float
    line: Line | None
    maintain: bool
    expected_value: float
    achieved: float
    expected: float
    due: date | None = None

    def off_track(self, threshold: float) -> bool:
        """Whether progress falls below ``threshold`` of the expected progress (for a
        level to hold: strays further than ``1 - threshold`` of it)."""
        if self.maintain:
            return self.achieved > (1 - threshold) * abs(self.expected) + _SAME_LENGTH
        return self.achieved < threshold * self.expected - _SAME_LENGTH

    @property
    def share(self) -> float:
        """Progress made as a share of the progress expected (rising or falling metrics)."""
        return self.achieved / self.expected if self.expected else 0.0


def _direction(metric: Metric, line: Line) -> str | None:
    """The way the metric should move: its ``direction``, else as baseline to target go;
    ``None`` when the line contradicts the stated direction (target-contradicts-direction
    reports that)."""
    start, end = line.start[1], line.end[1]
    moves = "increase" if end > start else "decrease" if end < start else "maintain"
    if metric.direction is None or metric.direction == "maintain":
        return metric.direction or moves
    return metric.direction if metric.direction == moves else None


def target_in_force(plan: Plan, metric: Metric, day: date) -> tuple[date, float] | None:
    """The latest target (interim or final) dated on or before ``day``, as (date,
    value); a count's number counts as its final target, due at its target date."""
    dated = [(m.date, m.value) for m in metric.targets
             if m.date is not None and m.value is not None]
    final = target_date(plan, metric)
    aim = aimed_at(plan, metric)
    if final is not None and aim is not None:
        dated.append((final, aim))
    passed = [point for point in dated if point[0] <= day]
    return max(passed, key=lambda point: point[0]) if passed else None


def _level_held(plan: Plan, metric: Metric, day: date) -> float | None:
    """The level a metric to hold, with no line, is to hold on ``day``: the target in
    force then (the latest, interim or final, dated on or before it: a department's
    42,000 incidents for FY14 is not judged by the 7,000 it sets for FY16), else the
    first still to come, else its target, else its baseline."""
    passed = target_in_force(plan, metric, day)
    if passed is not None:
        return passed[1]
    coming = [(m.date, m.value) for m in metric.targets
              if m.date is not None and m.value is not None and m.date > day]
    if coming:
        return min(coming, key=lambda point: point[0])[1]
    held = metric.target or metric.baseline
    return held.value if held is not None else None


def unlined_direction(plan: Plan, metric: Metric, aim: float, day: date) -> str | None:
    """Which way a metric without a line should move towards ``aim``: its ``direction``;
    the way its ``bound`` says (a ceiling, ``at most``, down: a first reading of rent
    arrears just under ``below 4.5`` is within it, not short of it; a floor up); down
    for one that counts harm, loss or delay (``MRSA infections``, a rate in
    ``incidents per 100 km of line``, a rate of disease, ``Waits over 52
    weeks``, ``Average time taken to decide``); for a count, up; the way its wording
    asks (``Increase…``, ``Reduce…``, ``Automate 75% of…``, ``Seen within four weeks``);
    down to a target of none, whatever its readings, unless a figure of it is below zero
    (a balance or a change, of which zero may be a floor: see :func:`_signed`); else up
    when its earliest value read before ``day`` falls short of the target (a measure read
    at 40% with a target of 80% is to rise). One read at or past
    its target from the start is otherwise not judged: the target may be a floor it is
    to stay above or a level it is to come down to, and nothing in the plan says which."""
    if metric.direction is not None:
        return metric.direction
    if metric.bound is not None:
        return "decrease" if metric.bound == "at most" else "increase"
    measure = plan.measure(metric)
    if measure.harms:
        return "decrease"
    if measure.kind == "count":
        return "increase"
    if measure.aims is not None:
        return measure.aims
    if aim == 0 and not _signed(metric):
        return "decrease"  # to none: a floor of zero would ask nothing
    earlier = [(reading.date, reading.value) for reading in metric.actuals
               if reading.date < day and reading.value is not None]
    if not earlier:
        return None
    first = min(earlier, key=lambda reading: reading[0])[1]
    if aim == 0 and first > 0:
        return "decrease"  # to none: a floor of zero would ask nothing
    return "increase" if aim > first else None


def _signed(metric: Metric) -> bool:
    """Whether any figure of a metric (baseline, target or reading) is below zero: a
    balance, a net figure or a change, of which zero may be a floor as well as an aim."""
    figures = (metric.baseline, metric.target, *metric.targets, *metric.actuals)
    return any(figure is not None and figure.value is not None and figure.value < 0
               for figure in figures)


def _first_read_short(metric: Metric, aim: float, day: date, value: float) -> str | None:
    """Up, for a measure with no ``direction``, ``bound`` or wording that says which way it
    goes, first read on ``day``, on or after its target's date, above zero and short of
    the target: a results report's one figure for the period against the exact figure it
    set for it (``Value of large-scale infrastructure projects completed``, $2.4 billion
    against $2,911,730,840; a court's 41% of pending cases with a future date against
    80%). The target is the level the plan set out to reach by then, as a first reading
    short of it before its date shows (see :func:`unlined_direction`); a first reading
    of exactly 0 is as often a blank cell, or none of what a ceiling counts, as a
    result, and is not read so."""
    if not 0 < value < aim or any(reading.date < day and reading.value is not None
                                  for reading in metric.actuals):
        return None
    return "increase"


def _against_target(plan: Plan, metric: Metric, index: int, day: date, value: float
                    ) -> Progress | None:
    """A value read of a metric without a line, against the target due by its date."""
    reached = target_in_force(plan, metric, day)
    if reached is None:
        return None
    due, aim = reached
    if year_under_way(plan, metric, day):
        return None  # a yearly count read before its year is out: not the past year's
    direction = unlined_direction(plan, metric, aim, day) \
        or _first_read_short(metric, aim, day, value)
    if direction == "increase" and aim > 0:
        share = max(value, 0.0) / aim
    elif direction == "decrease" and aim > 0 and value > 0:
        # over the target by a share of it, as a level to hold strays from its level
        share = min(max(1.0 - (value - aim) / aim, 0.0), 1.0)
    elif direction == "decrease" and aim == 0 and value > 0:
        share = 0.0  # a target of none: any at all misses it
    else:
        return None
    return Progress(index, day, value, None, False, aim, share, 1.0, due)


#: How far below its baseline a workload's target may be and still state no aim to do
#: less: a share of the baseline (``= 35`` from 36).
_ABOUT_LEVEL = 0.05


def _held_workload(plan: Plan, metric: Metric, line: Line) -> bool:
    """Whether a line is a number of things done that the plan expects about level: the
    wording asks for a workload (``Number of DAs determined``) and states no direction,
    no floor or ceiling is given, and the line runs from baseline to target with nothing
    between, to a target at or within ``_ABOUT_LEVEL`` below the baseline."""
    start, end = line.start[1], line.end[1]
    return metric.direction is None and metric.bound is None and len(line.points) == 2 \
        and plan.measure(metric).workload and plan.measure(metric).aims is None \
        and 0 <= start - end <= _ABOUT_LEVEL * start


def _whole_count(plan: Plan, metric: Metric, line: Line, value: float) -> bool:
    """Whether a line is a count of things whose figures are all whole: the measure is a
    count (:func:`planlint.measures.read_measure`), and the reading and every point of
    its line are whole numbers."""
    return plan.measure(metric).kind == "count" and float(value).is_integer() \
        and all(float(point).is_integer() for _, point in line.points)


def progress(plan: Plan, metric: Metric, as_of: date) -> Progress | None:
    """How the latest actual on or before ``as_of`` compares with the line, or ``None``
    when it cannot be judged: no actual yet, a latest result reported only in words, no
    line to compare with and no target due by the actual's date, or no progress expected
    yet by the actual's date; targets that are limits are not a line to follow (see
    :func:`breached_limit`)."""
    latest = latest_actual(metric, as_of)
    if latest is None or latest[1].value is None \
            or plan.measure(metric).kind in ("milestone", "indicator") or is_limit(metric):
        return None
    index, day, value = latest[0], latest[1].date, latest[1].value
    line = expected_line(plan, metric)
    if metric.direction == "increase" and plan.measure(metric).grave:
        return None  # deaths or injuries to rise: a ceiling written as an aim
    return _along(plan, metric, index, day, value, line)


def _along(plan: Plan, metric: Metric, index: int, day: date, value: float,
           line: Line | None) -> Progress | None:
    """The reading at ``index`` against ``line`` (see :func:`progress`)."""
    if line is None:
        if metric.direction == "maintain":
            level = _level_held(plan, metric, day)
            if level is None:
                return None
            return Progress(index, day, value, None, True, level, abs(value - level), level)
        return _against_target(plan, metric, index, day, value)
    if _held_workload(plan, metric, line):
        if day < line.end[0] or line.end[1] <= 0:
            return None
        aim = line.end[1]
        return Progress(index, day, value, None, False, aim, max(value, 0.0) / aim, 1.0,
                        line.end[0])
    direction = _direction(metric, line)
    if direction == "increase" and metric.direction is None and metric.bound is None \
            and plan.measure(metric).harms:
        direction = None  # harm targeted above its baseline: a ceiling, not an aim
    if direction is None:  # no line to follow: judged against its target once due
        return _against_target(plan, metric, index, day, value)
    if direction == "maintain":
        level = line.value_at(day)
        return Progress(index, day, value, line, True, level, abs(value - level), level)
    sign = 1 if direction == "increase" else -1
    expected_value = line.value_at(day)
    if _whole_count(plan, metric, line, value):
        # a count is whole: the count expected by a date is the whole number nearest
        # the line (2 alliances of 5 by mid-year, not 2.47)
        expected_value = math.floor(expected_value + 0.5)
    expected = (expected_value - line.start[1]) * sign
    if expected <= 0:
        return None
    achieved = (value - line.start[1]) * sign
    return Progress(index, day, value, line, False, expected_value, achieved, expected)


# -- milestones ------------------------------------------------------------------------


def done_value(metric: Metric) -> float:
    """The value an actual of a milestone reaches once it is done: its target's, else 1
    (100 for a milestone measured in percent)."""
    if metric.target is not None and metric.target.value is not None:
        return metric.target.value
    return 100.0 if (metric.unit or "").strip() == "%" else 1.0


#: A result in words that says the work itself is still going: the whole result a status
#: (``In progress``, ``Ongoing``, ``WIP: started``), or one that opens with the mark of
#: work in progress (``WIP``, ``WIP, on gcloud``) or with a search still on (``Searching
#: for Co-Dir`` of a director to appoint); work, drafting or preparation said to be under
#: way (``Work is under way on…``, ``The strategy is being drafted``), in process (``We
#: are in the process of migrating…``) or waiting on the approval that finishes it
#: (``posted as an RFC and is waiting on approval``, ``a charter (draft to be
#: approved)``); or the work, after its date, still hoped for or about to begin (``We hope
#: to have a survey out by early summer``, ``We will be starting with a focus on
#: Spain``); not a later stage that is (``Pilot rollouts are under way`` of a design to be
#: endorsed).
_STILL_GOING = LazyPattern(
    r"^(?:wip\W*)?(?:in progress|on-?going|under ?way|started|work in progress)\W*$|"
    r"^wip\b|^(?:still )?(?:searching|looking) for\b|"
    r"\bwe (?:still )?hope to (?:have|get|finish|complete|publish|launch|release|send)\b|"
    r"\bwe will be (?:starting|beginning)\b|"
    r"^(?:the )?(?:work|drafting|preparations?)\b[^.;]{0,80}?\b(?:is|are) (?:still )?"
    r"(?:under ?way|in progress|on-?going)\b|"
    r"\b(?:is|are) (?:still )?being (?:drafted|prepared|developed|written)\b|"
    r"\b(?:is|are) (?:still )?in the process of\b|"
    r"\b(?:is|are) (?:still )?(?:waiting|awaiting) (?:on |for )?(?:the )?approval\b|"
    r"\bdraft,? (?:still )?(?:to be|awaiting|pending) approv",
    re.IGNORECASE)


#: A milestone's title that marks the start of work rather than its end: ``Approval
#: process for the goal slate begins``, ``Start the pilot``, ``Kick off the review``.
_A_START = LazyPattern(r"\b(?:begins?|starts?|commences?|kick(?:s|ing)? off)\b",
                       re.IGNORECASE)


def still_going(text: str | None) -> bool:
    """Whether a result in words says the work is still going (see :data:`_STILL_GOING`):
    of a milestone past its date, that it was not done by then."""
    return text is not None and bool(_STILL_GOING.search(" ".join(text.split())))


def unfinished_milestone(plan: Plan, metric: Metric, as_of: date, threshold: float
                         ) -> tuple[int, date, float | None, date] | None:
    """A milestone whose date has come and whose latest actual, from that date or later,
    shows less than ``threshold`` of it done, or says in words only that the work is
    still going (:func:`still_going`, value ``None``): that actual's index, date and
    value, and the milestone's date; ``None`` otherwise (also when the latest result is
    reported in other words, or is from before the date, which says nothing of the date
    itself: see :func:`undecided_milestone`). The date has come once it is before the as-of
    date, or on it when the actual is dated on it (the final report of a quarter). A
    milestone that marks the start of work (``Approval process begins``: :data:`_A_START`)
    is met once the work is going, whatever words say it still is. A
    milestone whose work a later item takes up (:meth:`planlint.plan.Plan.resumed`) has
    a new date, and is judged by that item; one whose plan records a decision about it
    once its date had come (:meth:`planlint.plan.Plan.decided`) is not judged, nor one
    it records handed to another team with the reason
    (:meth:`planlint.plan.Plan.handed_over`), nor one whose plan says by how long it
    misses its date (:func:`slip_stated`)."""
    if plan.measure(metric).kind != "milestone":
        return None
    due = target_date(plan, metric)
    latest = latest_actual(metric, as_of)
    if due is None or latest is None or due > as_of or latest[1].date < due:
        return None
    index, actual = latest
    done = done_value(metric)
    if (actual.value is None and (not still_going(actual.text)
                                  or bool(_A_START.search(metric.title or "")))) \
            or (actual.value is not None and done > 0 and actual.value >= threshold * done) \
            or plan.resumed(metric) is not None or plan.decided(metric, due) is not None \
            or plan.handed_over(metric) is not None or slip_stated(metric, actual):
        return None
    return index, actual.date, actual.value, due


#: The grade from which a key result graded at its date counts as met: most OKR scales
#: call 0.7 a success ("If you hit 70% of the Key Result, it's considered a positive";
#: Google's green from 0.7) and a grade below it at risk (GitLab's 0-69%).
GRADE_MET = 0.7


def failed_grade(plan: Plan, metric: Metric, as_of: date
                 ) -> tuple[int, date, float, date] | None:
    """A key result graded (an actual's ``score``, no value of the measure) from its date
    on, whose latest grade is below :data:`GRADE_MET`: that actual's index, date and
    grade, and the key result's date; ``None`` otherwise. It is read as
    :func:`unfinished_milestone` reads a milestone: one whose work a later item takes up,
    whose plan records a decision about it once its date had come or its handing to
    another team, or says by how long it misses its date, is not judged."""
    latest = latest_actual(metric, as_of)
    grade = latest[1].score if latest is not None else None
    if latest is None or grade is None or latest[1].value is not None \
            or grade >= GRADE_MET:  # most readings: a value, not a grade
        return None
    due = target_date(plan, metric)
    index, actual = latest
    if due is None or due > as_of or actual.date < due or plan.resumed(metric) is not None \
            or plan.decided(metric, due) is not None or plan.handed_over(metric) is not None \
            or slip_stated(metric, actual):
        return None
    return index, actual.date, grade, due


#: A milestone's miss stated with its length: ``Missing end of Q4 goal by one month``,
#: ``missed the date by two weeks``.
_SLIP = LazyPattern(r"\bmiss(?:ing|es|ed)?\b[^.;]{0,40}?\bby (?:a|one|two|three|four|five|six|"
                    r"\d+) (?:day|week|month|quarter)s?\b", re.IGNORECASE)


def slip_stated(metric: Metric, actual: Actual) -> bool:
    """Whether a milestone's description or its latest result says by how long it
    misses its date (see ``_SLIP``): the plan gives the new date a finding would ask
    for, in its own words."""
    return any(_SLIP.search(" ".join(text.split())) for text in (
        metric.description or "", actual.text or "", actual.response or ""))


def unfinished_goal(plan: Plan, goal: Goal, as_of: date, threshold: float
                    ) -> tuple[int, date, float | None, date] | None:
    """A goal graded by a result of its own (``actuals``: a to-do list's year-end
    ``FAILURE``, a look-back's ❌), measured by no metric, whose due date (its own, else
    the nearest goal's above it, else the horizon's end) has come and whose latest own
    result, from that date or later, shows less than ``threshold`` of it done, or says
    in words only that the work is still going, with no ``response`` beside it: that
    result's index, date and value, and the goal's date; ``None`` otherwise. It is read
    as :func:`unfinished_milestone` reads a milestone: a goal whose plan records a
    decision about it once its date had come, or whose description or result says by
    how long it misses its date, is not judged. A goal with metrics is judged through
    them, once; but one whose metrics have no reading at all by the as-of date (a
    report's targets for a service never built, graded "not met" as a whole) has only
    its own result to be judged by, and is judged by it."""
    if not goal.actuals or any(
            isinstance(metric := plan.get(ref), Metric)
            and any(actual.date <= as_of for actual in metric.actuals)
            for ref in goal.metrics):
        return None
    due = plan.due_of(goal)
    dated = [(index, actual) for index, actual in enumerate(goal.actuals)
             if actual.date <= as_of]
    if due is None or due > as_of or not dated:
        return None
    index, actual = max(dated, key=lambda pair: (pair[1].date, pair[0]))
    if actual.date < due or (actual.response or "").strip():
        return None
    if (actual.value is None and not still_going(actual.text)) \
            or (actual.value is not None and actual.value >= threshold) \
            or plan.decided(goal, due) is not None \
            or any(_SLIP.search(" ".join(text.split())) for text in (
                goal.description or "", actual.text or "")):
        return None
    return index, actual.date, actual.value, due


def undecided_milestone(metric: Metric, due: date, as_of: date) -> bool:
    """Whether no actual of a milestone due by ``due`` records whether it was done by
    then: it has none, or its latest is from before that date and shows it not done
    (it may have been done since)."""
    latest = latest_actual(metric, as_of)
    if latest is None:
        return True
    actual = latest[1]
    return actual.date < due and actual.value is not None and actual.value < done_value(metric)


# -- initiatives -----------------------------------------------------------------------


#: Initiative kinds that mark a continuing duty with no end by design.
CONTINUING = ("ongoing", "continuing", "recurring")


#: Titles of work that names no end state of its own: an effort to make progress on
#: something, a watch kept on something (``Monitor quarterly reports``, ``Monitoring if
#: future target adjustment is required``; not a thing to make for it, ``Monitoring
#: framework``), or a collaboration on a partner's work (``Collaboration with the
#: Department of Fisheries on an Angular starter app``), not one to make a thing of its own
#: (``Collaborate with the infrastructure team to create a cost analysis``).
_OPEN_ENDED = LazyPattern(r"^(?:continue to )?(?:make progress|monitor|"
                          r"monitoring (?:if|whether|of|the))\b|"
                          r"^collaborat(?:e|es|ion|ing) (?:with|on)\b(?!.*\bto [a-z]+\b)",
                          re.IGNORECASE,
    needs=("make progress", "monitor", "collaborat"))
#: Titles that are a function alone: a verb of what a team keeps doing, with nothing it is
#: done to or makes (``Diagnose``, ``Analyze``, ``Recommend``, ``Improve``, a logic model's
#: outputs, "what we do"), or the measuring of progress (``Measure progress``); not a verb
#: with an object (``Improve the website``) nor a noun (``Refactoring``, ``Discovery``).
_FUNCTION = LazyPattern(
    r"(?:diagnose|analy[sz]e|recommend|improve|assess|evaluate|advise|review|measure|"
    r"monitor|support|coordinate|facilitate|engage|advocate|learn|adapt|iterate|innovate|"
    r"collaborate|communicate|convene|consult|(?:measure|track|review|report(?: on)?) "
    r"(?:our |the )?progress)\.?", re.IGNORECASE,
    needs=("diagnos", "analy", "recommend", "improv", "assess", "evaluat", "advis", "review",
           "measur", "monitor", "support", "coordinat", "facilitat", "engag", "advocat",
           "learn", "adapt", "iterat", "innovat", "collaborat", "communicat", "conven",
           "consult", "progress"))


def continuing(initiative: Initiative) -> bool:
    """Whether an initiative is a continuing duty (``kind: ongoing``), with no end to
    reach: advocacy, monitoring, a monthly report; or work whose title names no end
    state of its own (see :data:`_OPEN_ENDED`: a watch kept, an effort to make progress),
    or is a function alone (see :data:`_FUNCTION`: ``Diagnose``, ``Measure progress``),
    whose dates say when it is the focus."""
    if (initiative.type or "").strip().casefold() in CONTINUING:
        return True
    title = " ".join((initiative.title or initiative.name or "").split())
    return bool(_OPEN_ENDED.match(title) or _FUNCTION.fullmatch(title))


def is_active(initiative: Initiative, as_of: date) -> bool:
    """Whether work on the initiative is under way at ``as_of``."""
    if initiative.status is not None:
        return initiative.status == "active"
    return (initiative.start is not None and initiative.start <= as_of
            and (initiative.end is None or as_of <= initiative.end))


def placed_in_time(initiative: Initiative) -> bool:
    """Whether an initiative is placed in time by its dates alone: it states no status,
    and a ``start`` and an ``end`` no earlier than it (a bar of a roadmap's timeline), so
    it is under way on the days between them, both included, and on no others."""
    return initiative.status is None and initiative.start is not None \
        and initiative.end is not None and initiative.start <= initiative.end


def most_at_once(initiatives: Sequence[Initiative]
                 ) -> tuple[date | None, list[Initiative]]:
    """The most of ``initiatives``, each placed in time (see :func:`placed_in_time`), that
    are under way on one and the same day: the first day on which the most run, and
    those, in the order given (``None`` and none when none is placed). Work that follows
    other work (a timeline's bars, one after another) is not carried at the same time."""
    spans = [(initiative, initiative.start, initiative.end) for initiative in initiatives
             if initiative.start is not None and initiative.end is not None]
    days = sorted({day for _, start, end in spans for day in (start, end)})
    # a bar is under way on the days from its start to its end: a running sum of the bars
    # started on each day and of those that ended the day before counts them
    change = [0] * (len(days) + 1)
    for _, start, end in spans:
        change[bisect.bisect_left(days, start)] += 1
        change[bisect.bisect_left(days, end) + 1] -= 1
    best: date | None = None
    peak = running = 0
    for index, day in enumerate(days):
        running += change[index]
        if running > peak:
            best, peak = day, running
    return best, [initiative for initiative, start, end in spans
                  if best is not None and start <= best <= end]
