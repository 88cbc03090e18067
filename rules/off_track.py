"""PL8 monitoring: the plan is reviewed, measured and adjusted while it runs.

The rules of results against their targets: a measure off track at the as-of date
(``--as-of``, else ``plan.as_of``, else today; :mod:`planlint.timeline`), read along the
line from its start to each dated target, or past a limit, or graded missed in the plan's
own words; the action taken on it; and a target already passed early. How the plan
answers a shortfall in its own words is read here too, for the rules of
:mod:`planlint.rules.monitoring` that ask the same. Figures read when due are in
:mod:`planlint.rules.staleness`, the review rules in :mod:`planlint.rules.reviews`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cached_property
from itertools import pairwise
from textwrap import dedent, indent

from pydantic import Field

from planlint.finding import Finding, Related
from planlint.measure_counts import answers_demand, receives_documents, whole_named
from planlint.measure_words import strip_label, whole_figures
from planlint.measure_work import (
    carries_on,
    measures_work,
    scored_done,
    takes_up,
    whole_of_it,
)
from planlint.measures import shares_plan_done
from planlint.model import Goal, Initiative, Measurement, Metric, one_line
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.ruledef import RuleOptions, rule
from planlint.timeline import (
    GRADE_MET,
    Progress,
    actuals_until,
    add_cadence,
    add_months,
    breached_limit,
    continuing,
    expected_line,
    failed_grade,
    final_target,
    is_active,
    is_limit,
    later,
    latest_actual,
    metric_goals,
    missed_bound,
    progress_read,
    reported,
    slip_stated,
    still_going,
    target_date,
    target_in_force,
    tolerance,
    unfinished_goal,
    unfinished_milestone,
    unlined_direction,
    worded_change,
    year_under_way,
)
from planlint.wording import joined, number

from ._answers import A_DATE, answered_in_words, denied, responded
from ._text import awaits_funding, phrase


class OffTrackOptions(RuleOptions):
    threshold: float = Field(
        0.85, gt=0, le=1, strict=True,
        description="the share of expected progress below which a metric is off track "
                    "(for a metric that holds a level: it may stray 1 - threshold of it; "
                    "for one that should fall, exceed its target due by as much)")


def _off_track_text(metric: Metric, state: Progress, threshold: float) -> str:
    """What is off track about a metric, in words."""
    shown = one_line(metric.unit or "")
    unit = shown if shown in ("", "%") else f" {shown}"
    if state.due is not None:
        target = f"its target of {number(state.expected_value)}{unit} due {state.due}"
        how = (f"is above {target}" if state.value > state.expected_value else
               f"reaches {state.share:.0%} of {target}, below the threshold of "
               f"{threshold:.0%}")
        return (f"{metric.describe()} is off track: {number(state.value)}{unit} on "
                f"{state.day} {how}")
    if state.maintain or state.line is None:
        return (f"{metric.describe()} should hold "
                f"{number(state.expected_value)}{unit} but was {number(state.value)}{unit} "
                f"on {state.day}, {number(state.achieved)}{unit} away, more than the "
                f"{1 - threshold:.0%} allowed")
    (start_day, start), (end_day, end) = state.line.start, state.line.end
    waypoints = len(state.line.points) - 2
    through = (f" through {waypoints} interim target{'s' if waypoints > 1 else ''}"
               if waypoints else "")
    return (f"{metric.describe()} is off track: {number(state.value)}{unit} on {state.day}, "
            f"where the line from {number(start)} on {start_day} to {number(end)} on "
            f"{end_day}{through} expects {number(state.expected_value)}{unit}; that is "
            f"{state.share:.0%} of the progress expected ({number(state.achieved)} of "
            f"{number(state.expected)}), below the threshold of {threshold:.0%}")


def _metric_fragment(actual: float, *, done: str = "") -> str:
    return dedent(f"""\
        planlint: 1
        plan: {{as_of: 2001-06-30}}
        goals:
          - {{id: MP1, title: Grow parts profit by 20%, metrics: [MP-M1]}}
        metrics:
          - id: MP-M1
            title: Mopar operating profit
            direction: increase
            baseline: {{value: 410, date: 2000-12-31}}
            target: {{value: 492, date: 2002-12-31}}
            actuals:
              - {{date: 2001-05-31, value: {actual}}}
        """) + done


def _against_direction(plan: Plan, metric: Metric) -> tuple[int, str] | None:
    """For a metric with a direction to rise or fall and no target, the index of the
    reading that shows it going the wrong way and how, or None: with a baseline and a
    ``tolerance`` (the plan's threshold of real change), the latest reading further the
    wrong way than that from the baseline, unless the plan answers for its course since
    (:func:`_answered`); otherwise each of the last two readings moved against the
    direction (and, with a ``tolerance``, the latest is further that way than it from
    the first of the three)."""
    if metric.direction not in ("increase", "decrease") or metric.target is not None \
            or metric.targets:
        return None
    readings = [(index, actual.value) for index, actual in actuals_until(metric, plan.as_of)
                if actual.value is not None]
    sign = 1 if metric.direction == "increase" else -1
    baseline = metric.baseline
    if metric.tolerance is not None and baseline is not None and baseline.value is not None:
        # The plan judges change from its comparison value by its own threshold: the
        # latest reading after it decides, whatever the readings between did.
        start = baseline.value
        since = [(index, value) for index, value in readings
                 if baseline.date is None or metric.actuals[index].date > baseline.date]
        if not since or sign * (start - since[-1][1]) <= tolerance(metric, start) or \
                _answered(plan, metric, baseline.date or metric.actuals[since[0][0]].date):
            return None
        index, latest = since[-1]
        return index, (
            f"{metric.describe()} should {metric.direction} but went from its baseline of "
            f"{number(start)} to {number(latest)} on {metric.actuals[index].date}, further "
            f"the other way than its threshold of real change "
            f"({number(tolerance(metric, start))}); act to turn it round, or say why in a "
            "target with its date")
    values = [value for _, value in readings[-3:]]
    if len(values) < 3 or not all(sign * (later - earlier) < 0
                                  for earlier, later in pairwise(values)):
        return None
    if metric.tolerance is not None and sign * (values[0] - values[-1]) <= tolerance(
            metric, values[0]):
        # the plan's threshold of real change: no further the wrong way than that from
        # the first of these readings, the measure has not changed by its own standard
        return None
    return readings[-1][0], (
        f"{metric.describe()} should {metric.direction} but moved the other way at each "
        f"of its last two readings ({' to '.join(map(number, values))}), and has no target "
        "to judge it by; act to turn it round, or say why in a target with its date")


#: How far a measure must have moved away from its target, as a share of the target,
#: for the move to count: less is a small tick of the kind any series shows.
_AWAY = 0.05


def _dated_targets(plan: Plan, metric: Metric) -> list[tuple[date, float]]:
    """The targets of a metric (interim and final) that state a value and a date, as
    (date, value); a count's worded number is not one (its period is not stated)."""
    dated = [(m.date, m.value) for m in metric.targets
             if m.date is not None and m.value is not None]
    final = target_date(plan, metric)
    if metric.target is not None and metric.target.value is not None and final is not None:
        dated.append((final, metric.target.value))
    return dated


def _next_target(plan: Plan, metric: Metric, day: date) -> tuple[date, float] | None:
    """The first target of a metric (interim or final) dated after ``day``, as (date,
    value)."""
    ahead = [point for point in _dated_targets(plan, metric) if point[0] > day]
    return min(ahead, key=lambda point: point[0]) if ahead else None


def _on_path(plan: Plan, metric: Metric, day: date, value: float,
             upcoming: tuple[date, float], sign: int) -> bool:
    """Whether a reading of ``value`` on ``day`` is at or past the plan's own path of
    targets: the straight line from the last target due by then to the next one
    (``upcoming``), ``sign`` 1 for a measure to rise and -1 for one to fall."""
    due = [point for point in _dated_targets(plan, metric) if point[0] <= day]
    if not due:
        return False
    start, level = max(due, key=lambda point: point[0])
    end, aim = upcoming
    expected = level + (aim - level) * (day - start).days / (end - start).days
    return sign * (value - expected) >= 0


def _like_for_like(plan: Plan, metric: Metric, latest: date, due: date) -> bool:
    """Whether a metric's readings can be set against its next target: for a count of
    things done within a period, only when the target is the next period's count (due
    within one cadence of the latest reading), since a count's target may be a total of
    several periods that no one period's count nears."""
    if plan.measure(metric).kind != "count":
        return True
    return metric.calendar is not None and due <= add_cadence(latest, metric.calendar)


def _answered(plan: Plan, metric: Metric, since: date) -> bool:
    """Whether the plan says something of a metric's course since ``since``: a decision
    about it with the reason (a ``changes`` entry), an account in words beside its
    latest reading, or an initiative that may be under way on a goal it measures (as
    off-track-without-action reads an answer)."""
    latest = latest_actual(metric, plan.as_of)
    if latest is not None and (latest[1].text or "").strip():
        return True
    if plan.decided(metric, since) is not None:
        return True
    acted = _acted_on(plan)
    return any(goal.id in acted for goal in metric_goals(plan, metric))


def _moving_away(plan: Plan, metric: Metric
                 ) -> tuple[int, list[float], date, float, str] | None:
    """For a level measure that nothing else judges yet (no line from a baseline, no
    target due), the index of its latest reading, its last readings (two or three), the
    date and value of the next target and the way it should move, when the first of
    those readings is short of that target (one read at or past it is left alone, even a
    count, which rises only by default), the latest is the furthest from it and further
    from it than the first by more than ``_AWAY`` of the target, and not at or past the
    plan's own path of targets on its date; else None."""
    measure = plan.measure(metric)
    if measure.kind in ("milestone", "indicator") or is_limit(metric) \
            or plan.progress(metric) is not None:
        return None
    if metric.direction == "increase" and measure.grave:
        return None
    dated = [(index, actual.date, actual.value)
             for index, actual in actuals_until(metric, plan.as_of)
             if actual.value is not None]
    start = _undated_start(plan, metric)
    if not dated or (len(dated) < 2 and start is None):
        return None
    readings = dated[-3:]
    index, day = readings[-1][0], readings[-1][1]
    upcoming = _next_target(plan, metric, day)
    if upcoming is None or upcoming[1] == 0 or not _like_for_like(plan, metric, day,
                                                                   upcoming[0]) \
            or year_under_way(plan, metric, day):
        return None  # a yearly count read before its year is out is not a fall
    due, aim = upcoming
    away = _away_from_start(plan, metric, start, dated, aim) if start is not None else None
    if away is not None:
        direction, values, sign = away
    else:
        way = unlined_direction(plan, metric, aim, day)
        if len(readings) < 2 or way is None or way not in ("increase", "decrease"):
            return None
        direction = way
        sign = 1 if direction == "increase" else -1
        gaps = [sign * (aim - value) for _, _, value in readings]
        if gaps[0] <= 0 or gaps[-1] < max(gaps) or gaps[-1] - gaps[0] <= _AWAY * abs(aim):
            return None
        values = [value for _, _, value in readings]
    if _on_path(plan, metric, day, readings[-1][2], upcoming, sign):
        return None
    if _answered(plan, metric, (dated if away is not None else readings)[0][1]):
        return None
    return index, values, due, aim, direction


def _undated_start(plan: Plan, metric: Metric) -> float | None:
    """A metric's baseline stated without a date that no date places on the calendar
    (no goal's start, no horizon's: see :func:`planlint.timeline.expected_line`), so no
    line is drawn from it: the value the measure started from, before its first dated
    reading (a dashboard's initial baseline column), or None."""
    baseline = metric.baseline
    if baseline is None or baseline.value is None or baseline.date is not None \
            or expected_line(plan, metric) is not None:
        return None
    return baseline.value


def _away_from_start(plan: Plan, metric: Metric, start: float,
                     dated: list[tuple[int, date, float]], aim: float
                     ) -> tuple[str, list[float], int] | None:
    """For a metric whose undated baseline ``start`` is where it started (see
    :func:`_undated_start`), the way it should move, the values to show (the baseline,
    then the latest reading) and the sign of the way, when the baseline is short of the
    next target ``aim`` and the latest of its ``dated`` readings is further from it than
    the baseline: a line from the baseline, on whatever date before the first reading
    it is placed, would find that reading behind it. Which way the measure should move is
    read as for a target due, from what the plan says of it rather than its readings,
    else from the target's side of the baseline, as a line goes, unless the plan's own
    ``rating`` calls it on track (see :func:`_guess_refuted`)."""
    direction = unlined_direction(plan, metric, aim, dated[0][1])
    if direction is None and aim != start:
        if metric.rating == "on-track":
            return None
        direction = "increase" if aim > start else "decrease"
    if direction not in ("increase", "decrease"):
        return None
    sign = 1 if direction == "increase" else -1
    latest = dated[-1][2]
    if sign * (aim - start) <= 0 or sign * (aim - latest) <= sign * (aim - start):
        return None
    return direction, [start, latest], sign


def _measured_goals(plan: Plan, metric: Metric) -> list[Related]:
    """The goals a metric measures, as related locations of a finding about it."""
    return [goal.related(f"goal {goal.id} is measured by {metric.id}")
            for goal in metric_goals(plan, metric)]


@rule(code="PL806", name="off-track-metric", category="monitoring", severity="warning",
      options=OffTrackOptions,
      fails=_metric_fragment(418),
      passes=_metric_fragment(426, done=dedent("""\
            - id: MP-M2
              title: Launch the dealer portal
              target: {value: 1, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 0.4}]
            - id: MP-M6
              title: Pilot dealer regions agreed
              target: {value: 1, date: 2001-03-31}
              actuals: [{date: 2001-04-30, text: Pilot rollouts are under way in two regions}]
            - id: MP-M3
              title: Warranty claims settled within 30 days
              unit: '%'
              target: {value: 90, date: 2001-03-31}
              actuals:
                - {date: 2000-12-31, value: 99.1}
                - {date: 2001-03-31, value: 0}
            - id: MP-M4
              title: Dealers rating parts supply good or better
              unit: '%'
              target: {value: 90, date: 2002-12-31}
              actuals:
                - {date: 2000-12-31, value: 84.0}
                - {date: 2001-05-31, value: 83.5}
            - id: MP-M5
              title: Dealers rating the sales course useful, in the survey after each course
              unit: '%'
              cadence: per event
              baseline: {value: 0, date: 2000-06-30}
              target: {value: 80, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 0}]
            - id: MP-M7
              title: CO2 emissions of the plants
              unit: kt
              direction: decrease
              baseline: {value: 2516, date: 1990-12-31}
              target: {value: 1510, date: 2005-12-31}
              actuals: [{date: 1998-12-31, value: 2295}]
            - id: MP-M8
              title: Water abstracted per dealer site
              unit: m3
              bound: at most
              tolerance: 10%
              target: {value: 355, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 358}]
            - id: MP-M9
              title: Dealers reporting late deliveries
              unit: '%'
              direction: decrease
              tolerance: 2
              baseline: {value: 12.0, date: 2000-06-30}
              actuals:
                - {date: 2000-09-30, value: 12.4}
                - {date: 2000-12-31, value: 13.0}
                - {date: 2001-03-31, value: 13.5}
            - id: MP-M10
              title: Dealers trained on the new parts catalogue
              unit: dealers
              target: {value: 200, date: 2001-03-31}
              actuals:
                - date: 2001-03-31
                  value: 120
                  response: >-
                    Two of our three trainers left in January; a training contractor
                    starts in July to train the remaining dealers by September.
            - id: MP-M13
              title: Ship the parts catalogue to all dealers
              description: Printed; the mailing goes out in April, missing the Q1 date by one
                month.
              target: {value: 1, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 0.75}]
            - id: MP-M14
              title: Dealers rating the parts portal good (%)
              unit: '%'
              baseline: {value: 70, date: 2000-12-31}
              target: {value: 80, date: 2001-12-31}
              actuals: [{date: 2001-05-31, value: 75}]
            - id: MP-M15
              title: Dealers rating the parts portal good - small dealers (%)
              unit: '%'
              direction: increase
              actuals:
                - {date: 2001-01-31, value: 70}
                - {date: 2001-03-31, value: 68}
                - {date: 2001-05-31, value: 66}
            - id: MP-M35
              title: "Dealers trained on the new parts catalogue: North"
              unit: dealers
              breaks_down: MP-M10
              target: {value: 60, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 30}]
            - id: MP-M37
              title: Dealers on the parts programme
              unit: '%'
              target: {value: 55, date: 2001-05-31}
              actuals:
                - {date: 2000-11-30, value: 51.8}
                - {date: 2001-02-28, value: 52.5}
                - {date: 2001-05-31, value: 53.4}
            - id: MP-M11
              title: "Dealers by region: North"
              unit: dealers
              target: {value: 50, date: 2001-03-31}
              actuals:
                - {date: 2001-03-31, value: 38, response: Two northern dealers closed; a
                   recruitment drive opens in May}
            - id: MP-M16
              title: Dealer accounts in arrears (%)
              unit: '%'
              bound: at most
              targets: [{value: 4.5, date: 2000-12-31}]
              target: {value: 3.5, date: 2001-12-31}
              actuals:
                - {date: 2000-12-31, value: 4.49}
                - {date: 2001-06-30, value: 3.67}
            - id: MP-M33
              title: Tiempo de entrega de repuestos a concesionarios
              target: {value: 1.5, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 1}]
            - id: MP-M34
              title: Dealer regions receiving at least 4 training visits a year
              targets: [{value: 6, date: 2000-12-31}]
              target: {value: 6, date: 2001-12-31}
              actuals:
                - {date: 2000-12-31, value: 5}
                - {date: 2001-06-30, value: 0}
            - id: MP-M12
              title: "% North"
              unit: '%'
              targets: [{value: 25, date: 2000-12-31}]
              target: {value: 25, date: 2001-03-31}
              actuals:
                - {date: 2000-12-31, value: 21}
                - {date: 2001-03-31, value: 19}
            - id: MP-M19
              title: New dealer alliances
              baseline: {value: 0, date: 2001-01-01}
              target: {value: 5, date: 2001-12-31}
              actuals: [{date: 2001-06-30, value: 2}]
            - id: MP-M26
              title: Parts training modules published
              unit: modules
              baseline: {value: 0, date: 2000-07-01}
              target: {value: 5, date: 2001-07-15}
              actuals: [{date: 2001-06-30, value: 4}]
            - id: MP-M20
              title: Number of warranty fraud incidents
              direction: maintain
              target: {value: 40, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 22}]
            - id: MP-M21
              title: Dealers stocking the full parts range (%)
              unit: '%'
              baseline: {value: 80, date: 2000-06-30}
              target: {value: 70, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 88}]
              rating: on-track
            - id: MP-M18
              title: Number of warranty claims processed by the dealer desk
              baseline: {value: 36}
              target: {value: 35, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 80}]
            - id: MP-M22
              title: Total number of responses to dealer support calls
              direction: increase
              target: {value: 400, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 290}]
            - id: MP-M23
              title: Dealer complaints resolved at first contact (since the desk opened)
              unit: '%'
              bound: at least
              target: {value: 85, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 84}]
              description: No action required since the target was met until forty new
                complaints came in during March, which resulted in a downward impact.
            - id: MP-M24
              title: Trainees graduating from the dealer course (%)
              unit: '%'
              bound: at least
              target: {value: 90, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 88}]
              description: The 2% variance is immaterial due to the small classes, where
                one trainee moves the share by 6 points.
            - id: MP-M25
              title: Breakdowns reached within 30 minutes (%)
              unit: '%'
              bound: at least
              target: {value: 99, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 97}]
              description: Most late arrivals waited on the police, outside of the
                company's control.
            - id: MP-M28
              title: Dealer sites opened as planned (%)
              unit: '%'
              bound: at least
              target: {value: 80, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 60}]
              description: Permit delays postponed two openings to September 2001.
            - id: MP-M29
              title: Dealers passing the parts course test (%)
              unit: '%'
              bound: at least
              target: {value: 90, date: 2001-03-31}
              actuals:
                - {date: 2000-03-31, value: 92}
                - {date: 2001-03-31, value: 70}
              description: The pass rate fell to 70% due to the new, harder test; we have
                begun a review of the course with the dealers.
            - id: MP-M30
              title: Parts margin per dealer (%)
              unit: '%'
              bound: at least
              target: {value: 12, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 9.5}]
              description: The margin of 9.5% was driven by price cuts; the target is
                attainable again with the new regional warehouse.
            - id: MP-M31
              title: Warranty claims audited (%)
              unit: '%'
              bound: at least
              target: {value: 95, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 92}]
              description: With 30 claims still under review, the target is expected to be
                met.
            - id: MP-M36
              title: Average wait on the dealer hotline
              unit: minutes
              target: {value: 1, date: 2001-03-31}
              actuals: [{date: 2001-03-31, value: 3.7}]
              description: "Cut hotline waits: DONE; the last three months averaged 54
                seconds."
            - id: MP-M32
              title: Dealer business plans
              description: Receive the regional dealers' business plans
              direction: increase
              baseline: {value: 0, date: 2000-07-01}
              target: {value: 40, date: 2002-06-30}
              actuals: [{date: 2001-06-30, value: 0}]
              rating: on-track
          changes:
            - {date: 2001-04-10, item: MP-M2, field: target, from: 2001-03-31, to: deferred,
               reason: the dealer council asked to wait for the new pricing}
          initiatives:
            - id: MP-I9
              title: Dealer app
              status: planned
              start: 2000-09-01
              metrics:
                - id: MP-M17
                  title: Dealer app beta released
                  kind: milestone
                  target: {value: 1, date: 2001-03-31}
                  actuals: [{date: 2001-05-31, value: 0}]
            - id: MP-I10
              title: Dealer workshop refurbishment programme
              status: active
              start: 2000-07-01
              end: 2003-06-30
              metrics:
                - id: MP-M27
                  title: Dealer workshops refurbished
                  unit: workshops
                  baseline: {value: 0, date: 2000-07-01}
                  target: {value: 60, date: 2003-06-30}
                  actuals: [{date: 2001-05-31, value: 3}]
          """)).replace("{as_of: 2001-06-30}",
                        "{as_of: 2001-06-30, horizon: {start: 2000-07-01}}").replace(
          "goals:\n", dedent("""\
              goals:
                - id: MP2
                  title: Open the dealer helpdesk
                  due: 2001-03-31
                  actuals:
                    - {date: 2001-03-31, value: 0, response: the vendor went bankrupt; a new
                       one was chosen in April to open it by September}
                - id: MP3
                  title: Make the stream good!
                  due: 2001-03-31
                  actuals: [{date: 2001-03-31, value: 0.6, text: 6/10}]
                - {id: MP4, title: Continue the streaming work, due: 2001-09-30}
              """), 1))
def off_track_metric(plan: Plan, options: OffTrackOptions) -> Iterator[Finding]:
    """The latest actual of a metric shows less than ``threshold`` (default 0.85) of the
    progress expected by its date.

    Metrics exist so that a plan going off track is seen, and corrected, while there is
    still time. Progress is expected on a straight line from the baseline to the target,
    through each dated interim target (``targets``) on the way, so a plan that expects a
    slow start can say so. A target stated as a change from the baseline (``change:
    -16%``) is the baseline changed by it. For a metric that should rise or fall,
    progress is the distance from the baseline in the target's direction: a
    ``decrease`` metric at 97 from a baseline of 100 has made 3 of progress. The latest
    actual on or before the
    as-of date is compared with the progress expected on its date; an actual dated on or
    before the baseline, when nothing is expected yet, is not judged. For a ``maintain``
    metric, the level on the line (or the target) is to be held, and the metric is off
    track when the actual strays from it by more than ``1 - threshold`` of it; a level to
    hold of something the wording counts as harm (``Total number of arson incidents``,
    whose performance pattern is "On target is positive") is the volume of harm the
    organisation expects, not a result it aims at, and is off track only above it: 89
    arsons against an expected 140 is less harm, nothing to recover from. A number
    of things done (``Number of DAs determined``) with no direction, bound or harm in its
    wording, whose target is its baseline or within 5% below it (``= 35`` from 36), is
    neither a level to hold nor a fall: a council's workload table sets the number it
    expects to handle, and 80 determined against ``= 35`` is more work done, not a
    stray; it is judged once its target is due, as the share of the target reached, and
    stays silent at or above it. Nor is a count of what a service does in answer to what
    comes to it judged short of its target (``Number of DAs determined``: the development
    applications a council determines; ``Total number of responses to emergency
    incidents``; ``Number of violation re-inspections made``, which follow the violations
    found; passengers screened, cases handled), whatever its direction or floor, unless the
    plan caps it or wants it to fall: its figure moves with the applications lodged, the
    incidents, the violations found, not with the plan's effort, and its target is the
    volume the service expects to handle; 5 DAs determined of ``= 15``, when fewer were
    referred, is no failure to execute and nothing to recover. A baseline
    or target without a date is placed at the start or due date of the goals the metric
    measures, else at the plan's horizon. A metric whose target contradicts its
    direction has no line to follow (target-contradicts-direction reports the
    contradiction) and is judged, as one with no baseline is, against its target once
    that is due: emission reductions to rise, targeted below their baseline and read at
    0.18 against 24.25 on the target's date, miss it whatever the baseline says. So is
    a measure whose wording counts harm (see below) with no direction or bound stated and
    a target above its baseline: regular alcohol use at 19% from 17% against 25% is under
    a ceiling the plan allows, not short of a level it is to rise to, as a 90th
    percentile ambulance offload time read at 11 minutes from 13 against 16 is within it.

    A count (``Hire two engineers``, see metric-without-target) starts from zero at the
    start of its goals or the horizon, and aims at the number it names unless it has a
    ``target``; so does a count that adds up what was done since the plan began, due at the
    plan's end (a CAPER's ``cumulative accomplishment`` of housing units against its
    five-year goal: 42 of 317 after three of five years is far behind the 190 expected), and
    a tally of the one year a plan covers, named by that year, of people reached or work
    done, whose readings never fall, due at the year's end (a cluster's ``2022 humanitarian
    beneficiaries``: 81,818 by June of 850,000 for the year is far behind the 420,330
    expected); a figure named by its year that falls is a level, not a tally, and is not
    read so. A count whose reading and line are all whole numbers is judged against the
    whole number nearest the line: a count can only be whole, and 2 new alliances by
    mid-year of 5 for the year is on the line (2.47 expected), not 19% behind it. Nor is a
    count of a few whole items off track while the next target on its line is still to come,
    one item or more is counted since its start, and its reading is short of the line by
    less than one item: every figure of it a whole number, not in percent, and so few from
    baseline to target that one item is more than the ``1 - threshold`` of them a reading
    may fall short by (6 at most by default). A straight line through whole items cannot say
    when the next one arrives, so 4 data platforms of 5 three months before their date,
    where the line expects 4.73, or 3 products of 4 against 3.78, is the count's grain, not
    a slip. None counted yet (no new member of 2 by mid-year), a reading on the target's
    date, one a whole item or more behind (1 of 5 against 2.4), or a larger count (24 of 30
    against 28.8) is judged as above. Nor is a measure of a piece of work (an initiative
    lists it under its ``metrics``, no goal does) judged before the middle of its line when
    the line runs straight from its start to its one target, with no interim target on the
    way: a project's outputs come as its work gets done, most often late (design and
    procurement first, works after), and a results framework that sets only an end target (a
    donor-funded project's connections rehabilitated, 0 of 130,000 two years into six and a
    half) has set no pace that a straight line could hold it to; whether it is behind is
    honestly debatable until half its time is gone, or until an interim target says what was
    due. A goal's measure, or a reading from the middle of the line on, is judged as above
    (0 of 8,000 teachers trained 14 months before a project closes). Nor is a deliverable
    scored by how much of it is done, 0 to 100 with no unit and its wording naming nothing
    it counts (an agency's priority goal's ``Deliver Core Stage``, 25 when one of its four
    listed steps is done), judged on a straight line with no interim target before that
    target's date when the plan rates it, or every goal it measures, on track: its steps
    come in sequence, not evenly over the period, so the line sets no pace for it, and the
    plan's own rating is the only schedule the record gives; so is a count of documents
    others write and send in (``Receive State/Territory Digital Equity Plans``: 0 of 56 at
    the end of the first of two years, in a goal rated On Track), each arriving when its
    author completes it; rated off track (``Delayed``), not rated, or past its date, either
    is judged as above. Nor is a measure whose title states its figure for each year (``per
    year``, or closing it, ``a year``, ``al año``, ``par an``) read before its year is out,
    with a target for that year and the one in force for the year before: it is counted anew
    each year, so a development bank's 0 municipalities reached by eight operations ``al
    año`` in September is that year's count so far, not short of last year's target of 8,
    nor a fall from last year's 8; read at its year's end, it is judged as above. A metric
    with no baseline to draw a line from is judged once a target of it is due: an actual
    dated on or after a target's date that reaches less than ``threshold`` of it (for a
    metric that should fall, that exceeds it by more than ``1 - threshold`` of it, as a
    level to hold may stray: an adult rearrest rate of 3.5% against a target of 3.0% is 17%
    over it) is off track, baseline or not; which way it should move is its ``direction``;
    without one, its ``bound`` (a ceiling, ``below 4.5``, is to stay down, and rent arrears
    first read at 4.49% and then 3.67% are within it, not 82% of the way up to it; a floor
    is to stay up); without either, a measure of harm, loss or delay (``Waits over 52
    weeks``, ``Average time taken``, a percentile of a time or a stay: ``90th percentile ED
    length of stay``, not ``BMI >= 95th percentile``; a time or delay that opens the title
    in Spanish, Portuguese, French or German, ``Tiempo de entrega de resultado por testeo``,
    ``Tempo médio de atendimento``, ``Délai moyen de prise en charge``, ``Wartezeit``, not a
    share of cases seen within one; power or a service interrupted or cut off: ``Average
    number of hours that power to a customer is interrupted``; tobacco or alcohol taken:
    ``Prevalence of tobacco use among youth``, ``Adults who smoke``, not a stop-smoking
    service; crime and offending again: ``Incarcerated for a new felony within 3 years of
    release``; disease counted, its incidence or a rate of it: ``Rates per 100,000 of key
    infectious diseases (E-coli 0157)``, 1.14 against a rate set at 1.39 is below it, not
    82% of the way up to it, and not the work on it, ``Percentage of returning users to the
    Chronic Disease Infobase``) falls, but not a count of the service's work on harm
    (``Number of emergency incidents coordinated``, an output that rises with demand), and
    so does a rate whose unit counts harm where its title names only the index it belongs to
    (``Serious Electrical Incident Index: Rate per km``, in ``incidents per 100 km of
    line``), a count rises, a measure whose wording's opening verb says which way goes that
    way (``Increase…``, ``Reduce…``, ``Automate 75% of…``), a share of cases dealt with in
    time (``Assessed within seven days``, ``% waiting less than two weeks``) rises, so does
    a share of people satisfied with what they got (``Percent of customers rating their
    satisfaction with the agency's customer service as good or excellent``, first read at
    its target and short of it at the three surveys since: a survey's contented customers
    are never a ceiling), a measure that aims at none falls, whatever its readings (a floor
    of zero asks nothing: one CAS safety alert outstanding against a target of 0 misses it,
    though the year before read 0), unless a figure of it is below zero (a balance or a
    change, of which zero may be a floor), and a measure whose earliest reading fell short
    of its target rises, that reading itself where it is the first, on or after the target's
    date (a results report's one figure for the year against the exact figure it set:
    ``Value of large-scale infrastructure projects completed``, $2.4 billion against
    $2,911,730,840; a court's 41% of pending cases with a future date against 80%), unless
    it reads exactly 0, as often a blank cell, or none of what a ceiling counts, as a
    result. A measure read at or past its target from the start, with no direction, is not
    judged: its target may be a floor it is to stay above as well as a level it is to come
    down to, and rather than guess, the rule stays silent. Nor is a measure judged whose way
    to move the rule can only guess from its target's side of the baseline (no
    ``direction``, ``bound``, harm or aim in its wording, not a count), whose reading has
    not moved from the baseline towards the target at all, and which the plan's own
    ``rating`` calls on track: a coverage of 88% against a target of 70 set below its
    baseline of 80, rated green, was to stay up, not fall to 70; read that way it met its
    target from the start, and the rating, the plan's own reading of the measure, refutes
    the guess. So is one with no baseline whose way up the rule guesses only from a reading
    short of its target, none of whose readings moved towards it, rated on track: school
    admission appeals upheld at 3% and then 0% against 20%, rated green, are within a
    ceiling. A reading that moved towards the target, or a rating other than on track, is
    judged as above. A measure with no baseline whose way the plan states (its
    ``direction``, or a floor or ceiling) is drawn a line from where its own readings place
    its start: the reading on the date the plan records its target set (a ``changes`` entry
    of its ``target``), else its earliest, through its interim targets (see
    :func:`planlint.timeline.read_line`). Its latest reading, the third or later since that
    start, is off track when it moved towards the next target still to come yet falls short
    of that line by the threshold, and its pace over its last three readings, kept up to
    that target's date, would make less than ``threshold`` of the progress the line asks by
    then (a national strategy's renewable share at 23.8% in 2025, from 7.2% in 2005, against
    41% by 2030): a missing baseline does not hide a measure that cannot arrive in time. A
    target due since the reading before judges it as above instead, and a reading since the
    start that carries the plan's response answers it. A milestone is off track when its
    date has come and its latest actual, from that date or later, shows less than
    ``threshold`` of it done (actuals of a milestone record the share done: 1 when done, or
    100 in percent), or whose latest result from then on is in words that say only that the
    work is still going (``In progress``, ``Work is under way on…``, ``being drafted``, ``in
    the process of migrating``, a charter's ``draft to be approved``, an RFC ``waiting on
    approval``, a key result marked ``WIP`` at the quarter's end, a director to appoint
    still ``Searching for Co-Dir``, a survey the group ``hope[s] to have ... out by early
    summer`` or a report it ``will be starting`` on), unless the milestone marks a start
    (``Approval process begins``), which work going on meets; a result in other words is not
    read as a share done, nor is a later stage said to be under way (``Pilot rollouts are
    under way`` of the regions to be agreed), which implies the milestone was met; a reading
    from before the date says nothing of the date itself, and stale-metric asks for one; and
    a milestone whose work a later item of the same owner takes up (an unfinished key result
    carried into the next quarter's objectives) has that item's date as its new one; nor is
    a milestone judged whose plan records a decision about it once its date had come, a
    ``changes`` entry of its schedule, status or scope with the reason (``deferred``,
    ``parked``, ``pushed to Q2``): that is what the finding would ask for; nor one the plan
    records handed to another team, a change of its ``owner`` with the reason to someone of
    a unit other than its goal's and the previous owner's (a key result passed mid-quarter
    to another team, ``KR3 Dominik from CD Strategy Team responsible``): that team delivers
    it now, and the record says where the work went and why. Nor is a milestone whose
    description or latest result says by how long it misses its date (``Missing end of Q4
    goal by one month``): the plan gives the new date, in its own words. A goal the plan
    grades by a result of its own rather than a metric (``actuals``: a to-do list's year-end
    ``VERDICT: FAILURE`` on ``Launch resource hub``, a look-back's ❌) is read as a milestone
    is, at the goal: its date come (its ``due``, else its parent's, else the horizon's end),
    its latest own result from then on below the threshold of done, or in words only that
    the work is still going, with no ``response`` beside it, no decision recorded about it
    since and no later goal of the same answerer that takes up its wording (or that says it
    carries the work on and names its subject, see :func:`planlint.measure_work.carries_on`:
    ``Make the stream good!``, graded 6/10, and the next quarter's ``Continue the streaming
    work``), it is reported once; a goal with metrics is judged through them, not again,
    unless none of them has a reading by the as-of date (an annual report grading ``10,000
    reminders sent`` "not met" as a whole, for a service never built): then its own grade is
    the only result there is to judge, and it is judged as a goal without metrics. A key
    result the plan grades rather than measures (an actual's ``score``: GitLab's ``60% of
    goal`` at the quarter's end) is read as a milestone is, against the grade most OKR
    scales count as met, 0.7 (MayaData's "If you hit 70% of the Key Result, it's considered
    a positive"; GitLab's 0-69% is "at risk"): a grade below it from its date on, with no
    response, decision or later item of the same owner that takes it up, is a result missed
    that nobody answers. Targets that are limits (``bound``: a ceiling at or above where the
    metric starts, a floor at or below it) are no line to follow: the metric is off track
    when its latest reading is past the limit for its date (the next limit, else the last),
    such as a share allowed to fall to 57.1% by 2025 read at 57.08% in 2019. A limit with no
    date holds at every reading, baseline or not: an agent busy rate to be maintained at or
    below 1, from 0.2, read at 6.9 and then 6 is far past it (without a baseline the same
    reading is judged as a level to hold). A bound that is not a limit (a satisfaction score
    of more than 81% first read at 71%) is a level the plan commits to reach by its date: a
    reading on or after the final target's date on the wrong side of it (69%) misses it,
    whatever share of the way it came. So does a bound with no date of its own (a results
    report's "at least 90%", its date to achieve "ongoing"), due where an undated target is
    placed, by its goals' due date, else the horizon's end: a report's one reading for its
    year at 80% falls short of the floor it set for that year, not 89% of the way to a level
    still to come. A bound the plan states with a ``tolerance`` (``≤ 355 m3 +/-10%``) is met
    by a reading within that margin of it (358): the plan set the margin so that a result
    within it counts as met, and reporting it would overrule the plan's own standard. In a
    plan of one short cycle (a quarter's key results, graded at its close) the threshold
    stands: an aim of "at least 90% of the time" landing at 80% is the graded stretch of an
    OKR, not a commitment broken. A measure stated as a change since a base date, in percent
    (``% change since June 2011``, ``25% reduction in waste intensity`` in a plan whose
    targets all have a 2019 baseline), starts its line from 0 at that date. So does a target
    stated as a change in percent from a baseline given only in words (``25 percent below
    2006 levels`` by 2025, the 2006 level not given), against which a reading in words that
    states a change from the same baseline is judged (``5% reduction in greenhouse gas
    emissions``, against about 13% expected ten years into nineteen; ``waste levels
    increased``, the wrong way); words that give no change, only a move the target's way, or
    a change still to come (``44% reduction needed``) are not read. A metric with a
    ``direction`` to ``increase`` or ``decrease`` but no target has no line to be judged
    against; it is off track when it moved against its direction at each of its last two
    readings (an operating margin to improve read at 24.0, 20.4 and 16.8). A ``tolerance``
    stated for such a metric is the plan's threshold of real change (an outcomes framework's
    "criteria for determining change" of a survey estimate): the rule stays silent when the
    latest reading is no further the wrong way than that from the baseline (else from the
    first of those readings), as late deliveries to fall read at 12.4%, 13.0% and 13.5% from
    a baseline of 12.0% with a tolerance of 2: by the plan's own standard the measure has
    not changed, and a finding would read sampling noise as a trend. With a baseline, that
    standard also works the other way: a latest reading further the wrong way than the
    tolerance from the baseline is off track whatever the readings between did (a share
    respected that fell from 61.5% to 46.9% and then rose to 47.5%, with a threshold of
    2.7), unless the plan answers for its course since the baseline, as below. A metric that
    repeats another, title and figures (a key result listed again at another level), is
    judged once (see :meth:`planlint.plan.Plan.twin`). So is a milestone listed again under
    another goal, word for word and with the same readings but another date (a volunteer
    toolkit due in February in one stream of work and in March in another, open in both):
    one deliverable, one slip, reported on the earlier date; the same title under the same
    goal is an event held again, and each is judged. A share in percent that reads exactly 0
    right after a positive reading (99.1% one quarter, 0% the next) is not judged: a share
    that drops to nothing in one period is a dashboard's blank cell (no cases to count, no
    figure yet) far more often than a result, and the rule stays silent rather than ask to
    recover from a fall the source does not show. Nor is a share read at each event (``per
    event``: a survey after each course) that has read exactly 0 every time: no event has
    been held yet to read it, and its 0 is a figure still to come, not a result. Nor is a
    measure, other than a milestone, whose every reading so far repeats its baseline to the
    last figure (above zero) while its final target is still to come (a priority goal's
    79,600 gun locks, the year before's total, in each quarter of the first year; a chart
    that shows its 36.0% start for the next year too): the start value carried forward into
    a new period's cell far more often than a measure that did not move by a unit, and
    whether it moved is not shown; once a reading differs, or the target falls due, it is
    judged as above. Nor is a reading that was already reported when the plan began (its
    date and reporting lag before the start of the horizon), judged on a line from a
    reference year that none of the measure's readings is from (a cut of 40% on 1990, with
    the plan drawn up in 2010 from the 2006 figure): that reading is where the plan started,
    not progress made under it. A baseline that is itself one of the readings is the figure
    the plan was set on, and readings after it count, even those dated before the plan. Nor
    is a reading judged off track when the plan gives another reading of the same date that
    reaches the value expected then (the line's value on that date, or the target due): a
    sector review quoting two surveys of one year for a measure (``71 (KMIS 2015)`` and ``67
    (STEPS 2015)``, against 68.6 expected) reports figures that disagree on whether it is on
    track, and neither alone shows it off track; nor when the plan gives the same row twice
    (another measure of the same title, unit, baseline and targets, as a donor's results
    framework in IATI carries each indicator twice) with a reading of that date that reaches
    the value expected, or is in words: 1,164 people reached in one row and 36,899 in the
    other, 2 grants to women-owned enterprises beside ``17 women owned organizations``. When
    every figure of that date falls short, it is off track as above. Nor is a reading short
    of what is expected of a measure that should rise when the plan itself says the figure
    counts less than there is, beside the reading, or in the measure's description where
    that is its one reading (``Under-reporting because category for children under 1 was
    initially omitted from the reporting tool``, the comment of a health sector review on a
    coverage read from its information system): the shortfall is the reporting's, not the
    measure's, and a reviewer asks for the figure, not for recovery; a measure that should
    fall is still judged, since a figure that counts less than there is shows it lower than
    it is.

    A measure that nothing above judges yet (no baseline to draw a line from, no target due)
    is off track when its readings move away from the next target still to come: a response
    time to come down to 8.9 minutes next year read at 9.32 and then 10.15. The target still
    says where the measure should be; readings heading the other way mean it will be missed
    unless someone acts, and waiting for the date to report it wastes the time left to
    recover. It reports when, of the last three readings (or two, where there are only two),
    the latest is short of the target, the furthest from it, and further from it than the
    first by more than 5% of the target: a smaller move (84% to 83.5% against 90%) is the
    noise of any series. A baseline with no date that nothing places on the calendar (a
    dashboard's initial baseline column, in a plan that states no start for itself or its
    goals) is where the measure started, before its first dated reading: a latest reading on
    the far side of it from the target has moved away, as a line from it on any date would
    find, however small the move (seniors ready for college and career at 72% from an
    initial 74%, against 78% for 2018); its way is read from what the plan says of it, else
    from the target's side of the baseline, unless the plan rates it on track. Otherwise
    which way the measure should move is read as for a target due (its ``direction``, else
    its wording, else its earliest reading short of the target), and a measure read at or
    past its target from the start (the first of those readings) is left alone, whatever
    tells its way: a count, which is read to rise, whose next target the plan set at or
    under a reading already made (a budget book's alcoholic beverage registrations, 12
    filed, 11 targeted for next year, 10 projected) was not short of where the plan wanted
    it, and whether the plan wants it to rise at all is honestly debatable. Readings from
    before the plan count: a target set after a fall, with nothing said of how the fall will
    be reversed, is the gap itself. A target of none is not judged (no share of it measures
    a move), nor a limit, milestone or indicator; a count of things done within a period
    only against the next period's target (a count's target may be the total of several
    periods, which no one period's count nears). Nor is a latest reading at or past the
    plan's own path: the straight line from the last target due by its date to the next one
    (a library's checkouts per employee budgeted at 25,062 for the year and read at 33,502
    on its last day, down from 36,573, with 37,182 budgeted for the next): the plan set
    where the measure should be on that date and it is there, and whether a fall from above
    the plan's path puts the next target out of reach is honestly debatable. A measure the
    plan already answers for is left alone: a ``changes`` entry about it with the reason
    since the first of those readings, an account in words beside its latest reading, or an
    initiative that may be under way on a goal it measures (as off-track-without-action
    reads it).

    A target missed when it fell due by less than the threshold is still off track when each
    of at least its last three readings up to then missed it too (a standard of 90% read at
    79.3%, 79.9%, 80.9% and 79.9% in the quarters of its year, a 96% compliance target at
    94.8%, 95.1% and 95.1% three years running): a standing miss, not a dip, that nobody
    answers will go on, whatever the readings before the run (a satisfaction target met
    within its 5% tolerance in its first two years, then read at 77%, 83% and 81% against
    90% and 95%: met once is not met now). Each reading is judged against the target in
    force on its date, or the first still to come: a path of targets met on one of its dates
    (emissions at 3.31 on the 2020 point of a climate path, then 3.1 against 2022's 3.02) is
    no standing miss, whatever the readings from before the path began. Nor is a measure
    nearer its target at every reading, all before the target's date but the last (a credit
    union's members at 518,149, 525,506 and 534,886 against 550,000 set for the third year):
    it climbs as the target asks, and no target was due on the earlier ones. A reading
    within the plan's ``tolerance`` meets the target; a measure whose only way to go is read
    from its wording as harm or delay, a plan of one short cycle, and figures that more than
    one measure reports (rows of a breakdown that repeat one score) are not judged so. So is
    a target still missed by a reading half a year or more after its date, where no later
    target asks for another level (a city's commitment of 100% of street corners made
    accessible by 2018, read at 98% in October 2019; a client satisfaction of 75% due in
    2022 and set again for 2026, read at 71% in 2024): the threshold allows for the last of
    the work coming just after the date, not for a shortfall that nobody recovered, re-dated
    or answered in the months since. The same exceptions hold, and a path that moves on to
    another level is judged against its next step instead. A standard of every case, set for
    each period (100% in percent, the only level of two or more dated targets: emergency
    calls answered within 30 minutes, best practices met), is missed by any reading short of
    it on or after its date: each period's cases start afresh, so no late work makes up the
    ones that missed it, and a margin of 15% of them is no standard; one target of 100%
    (street corners made accessible) is work to complete, and a standard below 100% sets its
    own margin.

    A measure whose result in words, from its due date on, says the work was put off (``Due
    to the COVID-19 response, this milestone has been delayed``, ``it was decided to
    postpone the comprehension test until migration was complete``) and names no date it now
    comes by is off track too: a slip the plan admits but does not re-plan. One that names a
    date (a month, a year, a quarter, a release: ``slipped into 3.9 (Oct 2019)``), or whose
    plan records the decision as a ``changes`` entry, is not. So is one whose result from
    its due date on is a status that says only that the work was not done (``Not done.``,
    ``Will not complete``, ``Not started``): a result missed at its date, in words, that
    nothing answers. So is one graded met only in part, by its whole status (a board's
    year-end ``PARTIALLY ACHIEVED`` on a key result, on its scale of achieved, partially
    achieved and not achieved), or by the opening sentence of its result where the measure
    states its own date (``This milestone has been partially COMPLETED . OMB is currently
    reviewing this milestone.``, due by September 30, 2020): part of what was due was not
    done, and nothing says when it will be. A grade followed by a count of what was done, of
    work dated only by its goal or the plan (an action plan's activity encouraged of every
    agency at any time in the year, ``partially COMPLETED . 10 Agencies have put a data
    strategy or road map in place``), is an account of progress, not a date missed.

    Nor is a metric reported whose judged reading carries the plan's ``response`` to it (an
    annual report's "Reason for deviation": the cause and the action taken or planned, such
    as a recruitment drive for 2025 beside an enrolment 80% of its target): the plan has
    already answered what the finding would ask; a restatement of practice already in place
    ("we will continue efforts") is no response and is not transcribed as one. Nor is one
    whose plan, in its words on the judged reading (its result in words, or the measure's
    description where that is its one reading, as a results report's explanation of an
    indicator, or where it states the reading's figure, as a progress report's account of
    the year it reports: ``The 30% average increase ... is down from 2024's 45%``), gives
    the shortfall's cause and says nothing is to be done about it (``No attention actually
    required since the target was met until five new recommendations were issued in December
    2016 which resulted in a downward impact on the overall results``, a share counted since
    the agency's creation diluted by items too new to be answered), or judges it too small
    to act on with the reason (``the 2% variance is immaterial due to the fact that the
    classes are small``, where one trainee of 17 moves the share by 6 points), or places its
    cause outside the organisation's control (``circumstances outside of Coast Guard's
    control``, such as waiting for the police to arrive): the plan has judged the shortfall
    and answered the finding, with no action for the response to carry, and whether it
    should have acted all the same is debatable. A cause alone (``due to vacancies``), or
    "no action required" or "immaterial" with no cause, is still reported. Nor is one whose
    words on the judged reading (read as above) say it is within the plan's own margin of
    its target (a results report's variance band, ``Result is essentially within +/- 15% of
    target``, on $16.8 million against $20 million; ``remained within tolerance``): the
    margin is the plan's tolerance, as one stated on a bound is, and reporting the reading
    would overrule the plan's own standard; a margin of something else (``within 15% of the
    budget``) or one denied (``not within``) is still reported. Nor is one whose words on
    the judged reading (read as above) give the shortfall's cause and a course already set:
    an action begun on it (a leadership academy's score gain of 30% against 40%, put down to
    students entering with higher self-assessments, as the programme ``ha[s] begun the
    process to review curriculum``), or the means by which the target is to be reached (a
    rate of return of $1.86 against $2.25, driven by lower sales and debt service, whose
    ``target ... may be attainable in the future with ... retail expansion and the new
    distribution center``): that is the response, in the plan's words. A cause with no
    action begun or means named (``we continue to rebuild``, ``will start``), or an action
    with no cause, is still reported. Nor is one whose words on the judged reading (read as
    above) foresee the target met: a share provisional while items are still under review
    (``given that ... 66 medicines were still under review it is anticipated the 95%
    compliance target will be met``), a count whose next year ``already'' stands ``at 1,777
    and should exceed the target of 2000``: the plan, which alone knows what is still to be
    counted and what is under way, judges the shortfall one that closes, and whether to act
    all the same is debatable. A hope, a doubt or a condition (``we hope the target will be
    met``, ``if funding arrives, the target will be met``) is no forecast and is still
    reported. Nor is one whose words on the judged reading (read as above) say the work
    short of the target was put off to a time they name (critical milestones achieved 66%
    against 80%, as ``Shipbuilding-related delays have postponed delivery to July 2018``;
    work plan items ``carried over to the following fiscal year``; projects delayed by
    regulatory approvals, ``shifting results into next fiscal year``): the plan re-dates the
    work, as a milestone's result in words that names the date it now comes by does, and
    whether it should recover all the same is debatable; put off with no time (``One
    commitment was delayed due to legislative amendments``) is still reported. Nor is one
    whose words on the judged reading (read as above) grade the result met: a report's
    status in capitals (``DONE`` beside call wait times of 3.7 minutes a year against one
    minute, its last three months under it), or a key result's owner's ``That was the goal``
    of the review it got: the plan judged the reading against its own aim and called it met,
    and whether the figure alone outweighs that is debatable; a grade in part or denied
    (``partially COMPLETED``, ``NOT DONE``) is still reported. So with a floor or a ceiling
    whose reading before the judged one carries the response, when the judged reading is no
    further past it than that one (a habitat a report card made a restoration priority on
    one map, short by no more acres on the next): the shortfall the plan answered continues,
    not grown, and the answer stands; a shortfall grown since is reported. Nor is a share in
    percent whose title names only what it is a share of (``% Other humanities``) when
    another measure of the plan counts that same thing (``Enrolment by major field of study:
    Other humanities``) and its reading of the same date carries the plan's response: a KPI
    table that reports a count and its share row by row answers the shortfall once, on the
    count, and the share falls short for the same cause. Nor is a measure whose shortfall
    the plan names as the cause of another measure's move (``Pending increased to just over
    1000, due to the Clearance Rate at less than 100%``, in the description of either) when
    that measure, of the same owner, counts what moved (``cases pending``) and its reading
    of the same date carries the plan's response (judges appointed to deal with the
    increased pending cases): a court's review answers a clearance rate below 100% where it
    shows, on the pending caseload it swells. Nor is a measure of a goal that records its
    own result for the period of the judged reading (its latest, dated on or after that
    reading: a board's year-end ``OK (almost)`` for a row of outreach targets reviewed as
    one, 2 newsletters of 4 among them), unless that grade is itself a miss (a share done
    below the threshold, or words only that the work is still going): the plan's review
    judged the row as one, as stale-metric reads the row through that record, and whether a
    shortfall inside a row the review passed needs acting on is debatable. Nor is a row that
    breaks a part out of a measure the plan targets, its name, a dash and the part (``Cases
    eligible for adjustment - low-risk (%)`` under ``Cases eligible for adjustment (%)``),
    and states no target of its own: the plan targets the breakdown through the whole, which
    is judged instead. Nor is a breakdown (``breaks_down``, see metric-without-target) whose
    measure's reading of the same date, or that of the measure above it, carries the plan's
    response: a survey's Helpfulness criterion at 78% against 85%, when the report answers
    the survey's shortfall as a whole on its Overall row, is answered with it. Nor is a
    milestone of an initiative (listed under its ``metrics``) due after the initiative's
    ``start``, when the initiative is still planned and overdue-initiative reports it late
    to start (a portfolio board's service still in the backlog years after its predicted
    discovery start, with its predicted alpha and beta starts past): work that never began
    misses every later step by construction, and the one stall is reported once, on its
    start.
    """
    answers = _Answers(plan)
    standing = _StandingMisses(plan)
    for metric in plan.metrics:
        if plan.twin(metric) is None \
                and (judged := _off_track_reading(plan, metric, options.threshold)
                     or standing.missed(metric, options.threshold)
                     or _short_long_after(plan, metric, options.threshold)
                     or _put_off(plan, metric)) \
                and not _demand_answered(metric) \
                and not responded(metric, judged[0]) \
                and not answered_in_words(metric, judged[0]) \
                and not _answered_before(metric, judged[0]) \
                and not answers.on_count(metric, judged[0]) \
                and not answers.where_it_shows(metric, judged[0]) \
                and not answers.through_whole(metric) \
                and not answers.by_whole(metric, judged[0]) \
                and not _step_of_unstarted(plan, metric) \
                and not _carried_forward(plan, metric, judged[0]) \
                and not _graded_as_row(plan, metric, judged[0], options.threshold) \
                and not _listed_again(plan, metric):
            index, message = judged
            yield metric.finding(message, field=f"actuals/{index}",
                                 related=_measured_goals(plan, metric))
    yield from _unfinished_goals(plan, options.threshold)


def _graded_as_row(plan: Plan, metric: Metric, index: int, threshold: float) -> bool:
    """Whether a goal ``metric`` measures records its own result for the period of the
    reading at ``index`` (its latest by the as-of date, dated on or after that reading)
    and that grade is no miss (a share done at or above ``threshold``, or words that do
    not say the work is still going: a board's ``OK (almost)`` for a row of outreach
    targets): the plan reviewed the row as one and judged it, as stale-metric reads
    the row through that record."""
    day = metric.actuals[index].date
    for goal in plan.referrers(metric, "metrics", Goal):
        latest = max((actual for actual in goal.actuals if actual.date <= plan.as_of),
                     key=lambda actual: actual.date, default=None)
        if latest is not None and latest.date >= day and (
                latest.value >= threshold if latest.value is not None
                else not still_going(latest.text)):
            return True
    return False


def _listed_again(plan: Plan, metric: Metric) -> bool:
    """Whether a milestone repeats, word for word and with the same readings, a
    milestone of another goal due no later (the earlier by id, if due the same day): one
    deliverable listed under two streams of work (a volunteer toolkit due in February in
    one and in March in the other, open in both), whose slip is reported once, on the
    earlier date."""
    if plan.measure(metric).kind != "milestone":
        return False
    others = plan.namesakes(metric)
    if not others:  # most: a title of its own
        return False
    due = target_date(plan, metric)
    goals = {goal.id for goal in metric_goals(plan, metric)}
    for other in others:
        other_due = target_date(plan, other)
        if other.actuals == metric.actuals and due is not None and other_due is not None \
                and (other_due, other.id) < (due, metric.id) \
                and plan.measure(other).kind == "milestone" \
                and goals.isdisjoint(goal.id for goal in metric_goals(plan, other)):
            return True
    return False


def _carried_forward(plan: Plan, metric: Metric, index: int) -> bool:
    """Whether every reading of a measure that is no milestone, up to the judged one and
    before its final target falls due, repeats its baseline to the last figure, above
    zero: the start value carried forward (see :func:`off_track_metric`)."""
    actual, baseline = metric.actuals[index], metric.baseline
    due = target_date(plan, metric)
    if baseline is None or baseline.value is None or baseline.value <= 0 \
            or due is None or actual.date >= due or plan.measure(metric).kind == "milestone":
        return False
    return all(earlier.value == baseline.value
               for _, earlier in actuals_until(metric, actual.date))


def _demand_answered(metric: Metric) -> bool:
    """Whether a metric counts a service's answers to what comes to it
    (:func:`planlint.measure_counts.answers_demand`) and the plan sets it no ceiling and no fall:
    its figure, and so any reading short of its target, moves with the demand that comes
    in, not with the plan's effort (see :func:`off_track_metric`)."""
    return metric.bound != "at most" and metric.direction != "decrease" \
        and answers_demand(metric)


def _unfinished_goals(plan: Plan, threshold: float) -> Iterator[Finding]:
    """Goals graded not done by a result of their own, past their date, that nothing
    answers or carries on (see :func:`off_track_metric`)."""
    later: dict[str | None, list[tuple[date, Goal]]] | None = None
    for goal in plan.goals:
        if not goal.actuals:  # most goals: measured by metrics, no result of their own
            continue
        missed = unfinished_goal(plan, goal, plan.as_of, threshold)
        if missed is None:
            continue
        if later is None:
            later = _dated_goals(plan)
        index, day, share, due = missed
        owner = plan.owner_of(goal)
        wording = goal.title or goal.name or ""
        if any(when > due and other is not goal
               and (takes_up(other.title or "", wording)
                    or carries_on(other.title or "", wording))
               for when, other in later.get(owner.id if owner else None, ())):
            continue
        latest = f"is {number(share)} on {day}" if share is not None else \
            f"on {day} says only that the work is still going"
        yield goal.finding(
            f"{goal.describe()} was due by {due} and is not done: its own latest result "
            f"{latest}, and no response beside it says what is done about it; finish it, "
            "or set a new date with the reason",
            field=f"actuals/{index}")


def _dated_goals(plan: Plan) -> dict[str | None, list[tuple[date, Goal]]]:
    """Each answerer's goals (by person id, ``None`` for goals nobody answers for) with
    their due dates."""
    found: dict[str | None, list[tuple[date, Goal]]] = defaultdict(list)
    for goal in plan.goals:
        due = plan.due_of(goal)
        owner = plan.owner_of(goal)
        if due is not None:
            found[owner.id if owner else None].append((due, goal))
    return found


#: How many readings, at the least, a measure has fallen short of its target when its
#: due date finds it short again for off-track-metric to call it a standing miss, not a dip.
_STANDING_MISS = 3


class _StandingMisses:
    """Targets missed at their due date by less than off-track-metric's threshold after
    every reading before fell short of them too (see :func:`off_track_metric`), with the
    series of figures that more than one measure of the plan repeats, gathered once."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @cached_property
    def repeated(self) -> frozenset[tuple[tuple[date, float | None], ...]]:
        """The series of dated figures that more than one measure of the plan reports."""
        seen: dict[tuple[tuple[date, float | None], ...], int] = defaultdict(int)
        for metric in self.plan.metrics:
            if len(metric.actuals) >= _STANDING_MISS:
                seen[_series(metric)] += 1
        return frozenset(series for series, count in seen.items() if count > 1)

    def missed(self, metric: Metric, threshold: float) -> tuple[int, str] | None:
        """The reading that misses a target due by its date, within ``threshold``, when
        each of at least its last three readings up to it missed the target in force, or
        next due, on its own date, and the message; not for a climb nearer the target at
        each reading, all read before any target was due but the last."""
        plan = self.plan
        state = plan.progress(metric)
        if plan.one_short_cycle or state is None or state.line is not None \
                or state.due is None or state.maintain or state.off_track(threshold) \
                or state.achieved >= 1:
            return None
        aim = state.expected_value
        direction = unlined_direction(plan, metric, aim, state.day)
        if direction == "decrease" and metric.direction is None and metric.bound is None:
            return None  # harm or delay read from its wording, as a share within a time is
        path = sorted((m.date, m.value) for m in metric.targets
                      if m.date is not None and m.value is not None)
        first = path[0][1] if path else aim
        # each reading against the target in force on its date, else the first to come:
        # a path met on one of its dates is no standing miss (emissions at 3.31 on the
        # 2020 point of a climate strategy's path, before a 2022 reading over it)
        forces = [(actual.value, target_in_force(plan, metric, actual.date))
                  for _, actual in actuals_until(metric, state.day) if actual.value is not None]
        read = [(value, force[1] if force else first) for value, force in forces]
        if direction not in ("increase", "decrease") or len(read) < _STANDING_MISS:
            return None
        sign = 1 if direction == "increase" else -1
        # nearer the target at each reading before it fell due, and at its date: the climb
        # the target asks for, not a run of misses (a credit union's members at 518,149,
        # 525,506 and 534,886 against 550,000 set for the third year)
        if all(force is None for _, force in forces[:-1]) \
                and all(sign * (later - earlier) > 0
                        for (earlier, _), (later, _) in pairwise(read)):
            return None
        # the run of misses up to the judged reading: a target met years before (a survey
        # row at 93% of 95% in its first year, 77% to 81% in the four since) does not make
        # the misses since a dip
        run = len(read)
        for place, (value, target) in enumerate(read):
            if sign * (value - target) >= -tolerance(metric, target):
                run = len(read) - place - 1
        if run < _STANDING_MISS or _series(metric) in self.repeated:
            return None
        missed = read[-run:]
        which = f"all {run} of its readings" if run == len(read) \
            else f"its last {run} readings"
        return state.index, (
            f"{metric.describe()} read {number(state.value)} on {state.day}, short of its "
            f"target of {number(aim)} due {state.due}, as were {which} "
            f"({', '.join(number(value) for value, _ in missed)}), each against the target in "
            "force, or next due, on its date; act to recover, or revise the target with the "
            "reason")


#: How many months, at the least, a reading is dated after the target it falls short of,
#: within off-track-metric's threshold, for the shortfall to be one nobody recovered.
_LONG_PAST = 6


def _short_long_after(plan: Plan, metric: Metric, threshold: float
                      ) -> tuple[int, str] | None:
    """The reading dated half a year or more after the date of the target it falls short
    of, within ``threshold``, when no later target asks for another level (none, or the
    same level again), and the message; else None (see :func:`off_track_metric`)."""
    state = plan.progress(metric)
    if plan.one_short_cycle or state is None or state.line is not None \
            or state.due is None or state.maintain or state.off_track(threshold) \
            or state.achieved >= 1:
        return None
    aim = state.expected_value
    every_case = _every_case(metric, aim)
    if state.day < add_months(state.due, 0 if every_case else _LONG_PAST):
        return None
    if any(m.value is not None and m.value != aim for m in (*metric.targets, metric.target)
           if m is not None and m.date is not None and m.date > state.due):
        return None  # a path that moves on: the reading is judged against its next step
    direction = unlined_direction(plan, metric, aim, state.day)
    if direction == "decrease" and metric.direction is None and metric.bound is None:
        return None  # harm or delay read from its wording, as for a standing miss
    if tolerance(metric, aim) >= abs(state.value - aim):
        return None  # within the margin the plan set for meeting it
    if every_case and state.day < add_months(state.due, _LONG_PAST):
        return state.index, (
            f"{metric.describe()} read {number(state.value)}% on {state.day}, short of its "
            f"standard of 100% due {state.due}, which every case was to meet; act to recover, "
            "or revise the standard with the reason")
    return state.index, (
        f"{metric.describe()} read {number(state.value)} on {state.day}, still short of "
        f"its target of {number(aim)} due {state.due}; act to recover, or revise the "
        "target with the reason")


def _every_case(metric: Metric, aim: float) -> bool:
    """Whether a target is a standard of every case set for each period: 100 in percent,
    the only level of two or more dated targets, of a measure that is not progress through
    a plan's own items (see :func:`off_track_metric`)."""
    levels = [m.value for m in (*metric.targets, metric.target)
              if m is not None and m.date is not None]
    return aim == 100 and len(levels) >= 2 and all(level == 100 for level in levels) \
        and (metric.unit or "").strip() == "%" and not shares_plan_done(metric)


#: A result in words that says the work was put off: ``this milestone has been delayed``,
#: ``it was decided to postpone the comprehension test``; not one that denies it (``not
#: delayed``, ``without delay``).
_PUT_OFF = LazyPattern(
    r"\b(?:delayed|postponed|deferred|put on hold)\b|\bdecided to (?:postpone|defer|delay)\b",
    re.IGNORECASE)


def _says_put_off(text: str) -> bool:
    """Whether a result in words says the work was put off (see :data:`_PUT_OFF`), in
    words that do not deny it."""
    return any(not denied(text, found.start()) for found in _PUT_OFF.finditer(text))


#: A result in words that is a status saying the work was not done: ``Not done.``,
#: ``Will not complete``, ``Not started``, ``No progress was made``.
_NOT_DONE = LazyPattern(
    r"^(?:not (?:yet )?(?:done|started|begun|delivered|achieved|met|completed?|implemented)|"
    r"will not (?:be )?complete[ds]?|no progress(?: (?:was|has been) made)?)\W*$",
    re.IGNORECASE)


#: A status that grades the work met only in part: ``PARTIALLY ACHIEVED``, ``Partial
#: achievement``, ``This milestone has been partially COMPLETED``; the whole of a
#: result, or its opening sentence (up to ``.``, ``:`` or ``;``).
_MET_IN_PART = LazyPattern(
    r"^(?:(?:this|the) (?:milestone|target|goal|key result|objective|commitment|action|"
    r"deliverable) (?:has been|was|is) )?(?:(?:partially|partly) (?:achieved|met|"
    r"completed?|done|delivered|implemented)|partial achievement)\s*(?:[.:;]|$)",
    re.IGNORECASE)


def _put_off(plan: Plan, metric: Metric) -> tuple[int, str] | None:
    """The reading, from a measure's due date on, whose words say the work was put off
    (``this milestone has been delayed``) or, as its whole status, not done (``Not
    done.``, ``Will not complete``: :data:`_NOT_DONE`), and name no date it now comes by,
    and the message; else None (see :func:`off_track_metric`)."""
    latest = latest_actual(metric, plan.as_of)
    if latest is None or latest[1].value is not None:  # most: a figure, not words
        return None
    due = target_date(plan, metric)
    if due is None or due > plan.as_of or latest[1].date < due:
        return None
    index, actual = latest
    text = " ".join((actual.text or "").split())
    not_done = bool(_NOT_DONE.search(text))
    in_part = not not_done and _graded_in_part(metric, text)
    if not (not_done or in_part or _says_put_off(text)) or A_DATE.search(text) \
            or plan.decided(metric, due) is not None or plan.resumed(metric) is not None \
            or plan.handed_over(metric) is not None or slip_stated(metric, actual):
        return None
    said = "was not done" if not_done else "was met only in part" if in_part else \
        "was put off"
    return index, (
        f"{metric.describe()} was due by {due} and its result on {actual.date} says it "
        f"{said} (\"{one_line(text)}\") with no new date; set one with the "
        "reason, or record the decision to drop it")


def _graded_in_part(metric: Metric, text: str) -> bool:
    """Whether a result in words grades the measure met only in part (see
    :data:`_MET_IN_PART`): as its whole status (``PARTIALLY ACHIEVED``), or in its opening
    sentence where the measure states a date of its own (``This milestone has been
    partially COMPLETED . OMB is currently reviewing this milestone.``, due by September
    30, 2020). A grade that goes on to count what was done, of work dated only by its goal
    or the plan (an action plan's activity "encouraged for all agencies" at any time in the
    year, ``partially COMPLETED . 10 Agencies have put a data strategy ... in place``), is
    an account of progress, not a date missed."""
    found = _MET_IN_PART.search(text)
    if found is None:
        return False
    return found.end() >= len(text.rstrip(".:; ")) or (
        metric.target is not None and metric.target.date is not None)


def _series(metric: Metric) -> tuple[tuple[date, float | None], ...]:
    """A metric's readings, as dated figures."""
    return tuple((actual.date, actual.value) for actual in metric.actuals)


def _answered_before(metric: Metric, index: int) -> bool:
    """Whether the reading before the one at ``index`` of a bounded ``metric`` (a floor or
    a ceiling) carries the plan's response and the judged reading is no further past the
    bound than it: the shortfall the plan answered continues, not grown, and the answer
    stands (a habitat a report card made a restoration priority on one map, short by the
    same acres on the next)."""
    if metric.bound is None:
        return False
    order = [position for position, _ in metric.by_date]
    place = order.index(index)
    if place == 0 or not responded(metric, order[place - 1]):
        return False
    before, now = metric.actuals[order[place - 1]].value, metric.actuals[index].value
    if before is None or now is None:
        return False
    return now >= before if metric.bound == "at least" else now <= before


def _off_track_reading(plan: Plan, metric: Metric, threshold: float) -> tuple[int, str] | None:
    """The index of the reading that shows ``metric`` off track, and the message that
    says how (see :func:`off_track_metric`, in the order it judges), or None."""
    as_of = plan.as_of
    backwards = _against_direction(plan, metric)
    if backwards is not None:
        return backwards
    away = _moving_away(plan, metric)
    if away is not None:
        index, values, due, aim, direction = away
        shown = one_line(metric.unit or "")
        unit = shown if shown in ("", "%") else f" {shown}"
        return index, (
            f"{metric.describe()} should {direction} to its target of {number(aim)}{unit} "
            f"due {due} but moved away from it ({' to '.join(map(number, values))}); "
            "act to turn it round before the target is due, or revise the target with "
            "the reason")
    breach = breached_limit(metric, as_of)
    if breach is not None:
        index, value, day, limit = breach
        side = "ceiling" if metric.bound == "at most" else "floor"
        when = f"for {limit.date}" if limit.date is not None else "held throughout"
        return index, (
            f"{metric.describe()} read {number(value)} on {day}, past its {side} of "
            f"{number(limit.value or 0)} {when}; act to bring it back within "
            "the limit, or revise the limit with the reason")
    # a bound with no date of its own is due when its goals are, else at the horizon's end
    placed = target_date(plan, metric) if metric.bound is not None else None
    failed = None if plan.one_short_cycle else missed_bound(metric, as_of, placed)
    if failed is not None:
        index, value, day, bound = failed
        side = "at most" if metric.bound == "at most" else "at least"
        when = f"due {bound.date}" if bound.date is not None else \
            f"with no date of its own, due by {placed},"
        return index, (
            f"{metric.describe()} read {number(value)} on {day}, where its target "
            f"{when} was {side} {number(bound.value or 0)}; act to recover, or "
            "revise the target with the reason")
    missed = unfinished_milestone(plan, metric, as_of, threshold)
    if missed is not None:
        index, day, share, due = missed
        latest = f"is {number(share)} on {day}" if share is not None else \
            f"on {day} says only that the work is still going"
        return index, (
            f"{metric.describe()}, a milestone, was due by {due} and is not done: its "
            f"latest actual {latest}; finish it, or set a new date with the reason")
    graded = failed_grade(plan, metric, as_of)
    if graded is not None:
        index, day, grade, due = graded
        return index, (
            f"{metric.describe()} was due by {due} and was graded {number(grade)} on {day}, "
            f"below the {number(GRADE_MET)} most OKR scales count as met; say what follows "
            "(carry it on with a new date, or drop it) with the reason")
    state = plan.progress(metric)
    if state is None or (state.line is None and not state.off_track(threshold)):
        read = progress_read(plan, metric, as_of, threshold)
        if read is not None:
            state = read
    if state is None:
        return _off_track_in_words(plan, metric, threshold)
    if not state.off_track(threshold) \
            or _blank_share(metric, state.day) or _no_event_yet(metric, state.day) \
            or _where_plan_started(plan, metric, state) or _fewer_harms(plan, metric, state) \
            or _guess_refuted(plan, metric, state) or _read_twice(metric, state) \
            or _row_given_twice(plan, metric, state) \
            or _undercounted(metric, state) or _between_items(plan, metric, state, threshold) \
            or _early_in_work(plan, metric, state) or _deliverable_on_track(plan, metric, state):
        return None
    return state.index, (f"{_off_track_text(metric, state, threshold)}; act to recover, "
                         "or revise the target with the reason")


def _off_track_in_words(plan: Plan, metric: Metric, threshold: float
                        ) -> tuple[int, str] | None:
    """A reading in words that states a change from a baseline given only in words, short
    of the line to a target stated as a change from it
    (:func:`planlint.timeline.worded_change`): its index and the message, or None."""
    worded = worded_change(plan, metric, plan.as_of)
    if worded is None:
        return None
    state, change = worded
    if not state.off_track(threshold) or _early_in_work(plan, metric, state):
        return None
    assert state.line is not None and metric.baseline is not None
    (start_day, _), (end_day, end) = state.line.start, state.line.end
    read = metric.actuals[state.index].text or ""
    how = (f"a change of {number(change)}% from its baseline" if change is not None
           else "a change the wrong way from its baseline")
    base = f" ({one_line(metric.baseline.text)})" if metric.baseline.text else ""
    return state.index, (
        f"{metric.describe()} is off track: its reading on {state.day}, "
        f"\"{one_line(read)}\", is {how}{base}, where the line from 0% on {start_day} "
        f"to its target of {number(end)}% on {end_day} expects "
        f"{number(state.expected_value)}%; that is {max(state.share, 0.0):.0%} of "
        f"the progress expected, below the threshold of {threshold:.0%}; act to "
        "recover, or revise the target with the reason")


#: A share's title that names only what it is a share of: ``% Other humanities``,
#: ``Share of graduates in engineering``.
_SHARE_OF = LazyPattern(r"^(?:%|(?:percentage|share|proportion) of)\s+(?P<subject>\S.*)$",
                        re.IGNORECASE)


#: A sentence that says what moved because of a measure: ``Pending increased to just over
#: 1000, due to the Clearance Rate at less than 100%``: what moved (its first word), the
#: move, and the cause named after ``due to``.
_MOVED_BECAUSE = LazyPattern(
    r"(?:^|[.;!?\"(]\s*)(?P<moved>[A-Za-z][\w-]*)[^.;!?\"]{0,80}?\b(?:increased|decreased|"
    r"rose|fell|grew|dropped|went (?:up|down))\b[^.;!?\"]{0,80}?\b(?:due to|because of|"
    r"as a result of|owing to)\s+(?:(?:the|its|a)\s+)?(?P<cause>[^.;!?\"]+)", re.IGNORECASE)


class _Answers:
    """Where the plan answers a shortfall on another measure than the one that shows it
    (see :func:`off_track_metric`), looked up among the measures whose readings carry a
    response (few, in most plans) and the names of targeted measures, each gathered once
    for the plan."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @cached_property
    def responded(self) -> dict[date | None, list[tuple[Metric, str]]]:
        """The measures with a response on a reading of each date, with their titles as
        phrases."""
        found: dict[date | None, list[tuple[Metric, str]]] = defaultdict(list)
        for metric in self.plan.metrics:
            if not any(actual.response for actual in metric.actuals):
                continue  # most measures: no response to any reading
            days = {actual.date for position, actual in enumerate(metric.actuals)
                    if responded(metric, position)}
            for day in days:
                found[day].append((metric, phrase(metric.title or "")))
        return found

    @cached_property
    def targeted(self) -> frozenset[str]:
        """The titles, as phrases, of the measures that state a target."""
        return frozenset(phrase(metric.title or "") for metric in self.plan.metrics
                         if metric.target is not None or metric.targets)

    def on_count(self, metric: Metric, index: int) -> bool:
        """Whether ``metric`` is a share in percent of what another measure of the plan,
        not in percent, counts (its title ends with the share's subject: ``% Other
        humanities`` of ``Enrolment by major field of study: Other humanities``), whose
        reading of the same date as the one judged carries the plan's response: one
        shortfall, answered once, on the count."""
        match = _SHARE_OF.match(" ".join((metric.title or "").split()))
        if (metric.unit or "").strip() != "%" or match is None:
            return False
        subject = phrase(match["subject"])
        return subject.strip() != "" and any(
            other is not metric and (other.unit or "").strip() != "%"
            and title.endswith(subject)
            for other, title in self.responded.get(metric.actuals[index].date, ()))

    def where_it_shows(self, metric: Metric, index: int) -> bool:
        """Whether the plan names ``metric``'s shortfall as the cause of another
        measure's move (``Pending increased ..., due to the Clearance Rate at less than
        100%``, in the description of either), that measure of the same owner counts what
        moved (its title has the word: ``cases pending``), and its reading of the same
        date as the one judged carries the plan's response: one shortfall, answered once,
        where the plan says it shows."""
        answering = self.responded.get(metric.actuals[index].date, ())
        if not answering or metric.owner is None:  # most: no response of that date
            return False
        name = phrase(strip_label(metric.title or ""))
        if name.strip() == "":
            return False
        for other, _ in answering:
            if other is metric or other.owner != metric.owner:
                continue
            title = phrase(strip_label(other.title or ""))
            for text in (metric.description, other.description):
                for said in _MOVED_BECAUSE.finditer(" ".join((text or "").split())):
                    if phrase(said["cause"]).startswith(name) \
                            and phrase(said["moved"]) in title:
                        return True
        return False

    def through_whole(self, metric: Metric) -> bool:
        """Whether ``metric`` states no target and breaks a part out of another measure
        of the plan that does (its title is that measure's name, a dash, the part:
        ``Cases eligible for adjustment - low-risk (%)`` under ``Cases eligible for
        adjustment (%)``): a breakdown the plan targets through the whole."""
        if metric.target is not None or metric.targets:
            return False
        whole = whole_named(metric.title or "")
        return whole is not None and phrase(whole) in self.targeted

    def by_whole(self, metric: Metric, index: int) -> bool:
        """Whether ``metric`` breaks down a measure (``breaks_down``: a criterion of a
        survey's overall rating, a group of a KPM) whose reading of the same date as the
        one judged carries the plan's response, or that of the measure it breaks down, and
        so up: the plan answers the shortfall of the whole, and its parts with it."""
        if metric.breaks_down is None:  # most: no breakdown
            return False
        day = metric.actuals[index].date
        return self.plan.whole_answers(metric, lambda whole: any(
            actual.date == day and responded(whole, position)
            for position, actual in enumerate(whole.actuals)))


def _blank_share(metric: Metric, day: date) -> bool:
    """Whether a metric in percent reads exactly 0 on ``day`` right after a positive
    reading: a share that drops from a figure to nothing in one period is a cell left
    blank (no cases to count, no figure yet), not a result."""
    readings = [actual.value for _, actual in actuals_until(metric, day)
                if actual.value is not None]
    return (metric.unit or "").strip() == "%" and len(readings) > 1 \
        and readings[-1] == 0 and readings[-2] > 0


def _fewer_harms(plan: Plan, metric: Metric, state: Progress) -> bool:
    """Whether a level to hold of something the wording counts as harm (``Total number
    of arson incidents``) reads below that level: a level of harm is the volume expected,
    and fewer harms than expected is nothing to recover from."""
    return state.maintain and state.value < state.expected_value \
        and plan.measure(metric).harms


def _guess_refuted(plan: Plan, metric: Metric, state: Progress) -> bool:
    """Whether the way the rule judged a metric to move is only its own guess (no
    ``direction``, ``bound``, harm, workload or aim in the wording, not a count): from the
    target's side of the baseline, or without a baseline from a reading short of the
    target, no reading has moved towards the target (from the baseline, or the earliest
    reading), and the plan's own ``rating`` of it is on track: read the other way, the
    target was met from the start and the reading still meets it (a coverage of 88%
    against a target of 70 set below its baseline of 80, rated green; school admission
    appeals upheld at 3% and then 0% against a target of 20%, rated green), so the
    rating refutes the guess."""
    if metric.rating != "on-track" or state.maintain \
            or metric.direction is not None or metric.bound is not None:
        return False
    measure = plan.measure(metric)
    if measure.harms or measure.aims is not None or measure.kind == "count" \
            or measure.workload:
        return False
    if state.line is not None:
        return state.achieved <= 0
    readings = [actual.value for _, actual in actuals_until(metric, state.day)
                if actual.value is not None]
    # without a line the guess is always a rise to a target above zero
    return state.value < state.expected_value and state.expected_value > 0 \
        and all(state.value <= reading for reading in readings)


def _read_twice(metric: Metric, state: Progress) -> bool:
    """Whether the plan gives another reading of the same date as the one judged that
    reaches the value expected of it (the line's value on that date, or the target due):
    two sources' figures for one period (``71 (KMIS 2015)`` and ``67 (STEPS 2015)``
    against an expected 68.6) that disagree on whether the measure is on track, so
    neither alone shows it off track."""
    if state.maintain:
        return False
    rising = state.value < state.expected_value  # the judged reading falls short
    return any(position != state.index and actual.date == state.day
               and actual.value is not None
               and (actual.value >= state.expected_value if rising
                    else actual.value <= state.expected_value)
               for position, actual in enumerate(metric.actuals))


def _row_given_twice(plan: Plan, metric: Metric, state: Progress) -> bool:
    """Whether the plan gives the same row again (another measure of the same title,
    unit, baseline and targets: an IATI results framework that carries each indicator
    twice) with a reading of the judged date that does not fall short as the judged one
    does: a figure that reaches the value expected then, or a result in words (``17 women
    owned organizations`` beside ``2``). The plan's two rows disagree on one measure at
    one date, and neither alone shows it off track (as :func:`_read_twice` reads two
    figures of one row)."""
    if state.maintain:
        return False
    rising = state.value < state.expected_value  # the judged reading falls short
    return any(
        actual.date == state.day and (actual.value is None or (
            actual.value >= state.expected_value if rising
            else actual.value <= state.expected_value))
        for other in plan.rows_again(metric) for actual in other.actuals)


#: A plan's words that a figure counts less than there is: ``Under-reporting because
#: category for children under 1 was initially omitted``, ``the figure is undercounted``.
_UNDERCOUNT = LazyPattern(r"\bunder-?(?:report|count|record)(?:s|ed|ing)?\b",
                          re.IGNORECASE)


def _undercounted(metric: Metric, state: Progress) -> bool:
    """Whether a reading short of what is expected of a measure that should rise is one
    the plan itself says counts less than there is (its result in words, or, for the
    measure's one reading, its description: ``Under-reporting because category for
    children under 1 was initially omitted from the reporting tool``), in words that do
    not deny it, and the measure's title does not itself count the under-reporting
    (``Reduce under-reporting of hate crime``): the figure is a gap of the reporting,
    not a reading of the level."""
    if state.maintain or state.value >= state.expected_value \
            or not (_UNDERCOUNT.search(metric.actuals[state.index].text or "")
                    or _UNDERCOUNT.search(metric.description or "")) \
            or _UNDERCOUNT.search(metric.title or ""):
        return False  # most readings say nothing of how they were counted
    # the description speaks of the reading only where it is the measure's one reading
    alone = sum(actual.value is not None for actual in metric.actuals) == 1
    text = " ".join(" ".join((part or "").split()) for part in (
        metric.description if alone else "", metric.actuals[state.index].text))
    return any(not denied(text, found.start())
               for found in _UNDERCOUNT.finditer(text))


def _between_items(plan: Plan, metric: Metric, state: Progress, threshold: float) -> bool:
    """Whether a count of a few whole items (every figure a whole number of at least 0,
    not in percent; so few from baseline to target that one item is more than the
    ``1 - threshold`` the rule lets a reading fall short), with at least one counted
    since its line's start, is read short of the line by less than one item while the
    next target on the line is still to come (4 tools of 5 where the line expects 4.73):
    a straight line through whole items cannot say when the next one arrives, so the
    shortfall is the count's grain, not a slip."""
    line = state.line
    if line is None or state.maintain or state.achieved < 1 \
            or (1 - threshold) * abs(line.end[1] - line.start[1]) >= 1 \
            or "%" in (metric.unit or "") or not whole_figures(metric):
        return False
    due = next((day for day, _ in line.points if day >= state.day), None)
    return due is not None and state.day < due and plan.as_of < due \
        and state.achieved + 1 > abs(line.value_at(state.day) - line.start[1])


def _early_in_work(plan: Plan, metric: Metric, state: Progress) -> bool:
    """Whether a measure of a piece of work (:func:`planlint.measure_work.measures_work`: an
    initiative lists it, no goal does) runs straight from its start to its one target,
    with no interim target on the way, and is read before the middle of that line: the
    outputs of a project come as its work gets done, often late (design and procurement
    first), and a plan that sets only an end target has set no pace to hold them to."""
    line = state.line
    if line is None or state.maintain or len(line.points) > 2:
        return False
    start, end = line.start[0], line.end[0]
    return 2 * (state.day - start).days < (end - start).days and measures_work(plan, metric)


def _deliverable_on_track(plan: Plan, metric: Metric, state: Progress) -> bool:
    """Whether a deliverable scored by how much of it is done
    (:func:`planlint.measure_work.scored_done`: 0 to 100, no unit), or a count of documents
    others send in (:func:`planlint.measure_counts.receives_documents`: ``Receive
    State/Territory Digital Equity Plans``), on a line straight from its start to its one
    target, is read before that target's date, and the plan rates it on track (its own
    ``rating``, else that of every goal it measures): its steps come as a sequence, and
    the documents as each author completes one, not evenly over the period, so the line
    sets no pace for it, and the plan's rating is the only schedule the record gives."""
    line = state.line
    if line is None or state.maintain or len(line.points) > 2 or state.day >= line.end[0] \
            or not (scored_done(metric, plan.measure(metric)) or receives_documents(metric)):
        return False
    if metric.rating is not None:
        return metric.rating == "on-track"
    goals = metric_goals(plan, metric)
    return bool(goals) and all(goal.rating == "on-track" for goal in goals)


def _where_plan_started(plan: Plan, metric: Metric, state: Progress) -> bool:
    """Whether the reading judged was already reported when the plan began, on a line
    drawn from a reference year that none of the measure's readings is from (a cut of 40%
    on 1990): it is where the plan started, not progress made under it."""
    horizon = plan.info.horizon
    if horizon is None or horizon.start is None or state.line is None:
        return False
    reference = state.line.start[0]
    return reported(metric, state.day) < horizon.start \
        and all(actual.date != reference for actual in metric.actuals)


def _no_event_yet(metric: Metric, day: date) -> bool:
    """Whether a share in percent read at each event (``per event``: a survey after
    each course) has read exactly 0 every time up to ``day``: no event has yet been
    held to read it, and the 0 is the cell of a figure still to come."""
    readings = [actual.value for _, actual in actuals_until(metric, day)]
    return metric.cadence == "per event" and (metric.unit or "").strip() == "%" \
        and bool(readings) and all(value == 0 for value in readings)


def _passed_targets(metric: Metric, as_of: date
                    ) -> tuple[int, float, date, list[Measurement]] | None:
    """The index, value and date of a metric's latest reading, and the targets still to
    come on its path that the reading has already reached, when it has reached the next
    two (see target-already-passed); else None."""
    if metric.direction not in ("increase", "decrease") or not metric.targets \
            or is_limit(metric):
        return None  # the fields first: two targets to come need an interim one
    readings = [(index, actual.value, actual.date)
                for index, actual in actuals_until(metric, as_of) if actual.value is not None]
    if not readings:
        return None
    index, value, day = readings[-1]
    ahead = sorted((m for m in (*metric.targets, metric.target) if m is not None
                    and m.value is not None and m.date is not None and m.date > day),
                   key=lambda m: m.date or date.max)
    sign = 1 if metric.direction == "increase" else -1
    reached = [m for m in ahead if m.value is not None and sign * (value - m.value) >= 0]
    if len(ahead) < 2 or reached[:2] != ahead[:2] or value == ahead[0].value \
            or len({m.value for m in ahead}) == 1:
        return None
    return index, value, day, reached


#: How many times over its target every reading of a measure with no baseline must be
#: (or the target over the reading, for a measure to fall) for the target to be no floor.
_FAR_PAST = 2.0


def _passed_far(plan: Plan, metric: Metric, as_of: date
                ) -> tuple[int, float, date, list[Measurement]] | None:
    """The index, value and date of a metric's latest reading, and its one target still
    to come (or the first of a flat path), when the reading, a year or more before that
    target's date, is so far past it that the target asks for nothing (see
    target-already-passed); else None."""
    if metric.bound is not None:  # a floor or a ceiling: a reading within it passed nothing
        return None
    if metric.direction == "maintain" or (metric.target is None and not metric.targets):
        return None  # a level to hold passes no target, as below; nor does a measure with none
    readings = [(index, actual.value, actual.date)
                for index, actual in actuals_until(metric, as_of) if actual.value is not None]
    if not readings:
        return None
    index, value, day = readings[-1]
    ahead = sorted((m for m in (*metric.targets, metric.target) if m is not None
                    and m.value is not None and m.date is not None and m.date > day),
                   key=lambda m: m.date or date.max)
    if not ahead or len({m.value for m in ahead}) > 1 \
            or add_months(day, 12) > (ahead[0].date or date.min):
        return None
    aim = ahead[0].value or 0.0
    start = metric.baseline.value if metric.baseline is not None else None
    if start is not None and start != aim:
        way = "increase" if aim > start else "decrease"
        if metric.direction not in (None, way):
            return None
        sign = 1 if way == "increase" else -1
        far = sign * (value - aim) > sign * (aim - start)
    elif start is None and metric.direction in ("increase", "decrease") and aim > 0:
        rises = metric.direction == "increase"
        # multiplied, not raised to -1: a reading near the smallest float overflows a power
        far = all(reading > 0 and (reading >= _FAR_PAST * aim if rises
                                   else aim >= _FAR_PAST * reading)
                  for _, reading, _ in readings)
    else:
        return None
    if not far:
        return None
    return index, value, day, ahead[:1]


def _finished(plan: Plan, metric: Metric, value: float) -> bool:
    """Whether a reading reaches the metric's final target and that target is the whole
    of the measure (:func:`planlint.measure_work.whole_of_it`: a milestone, one thing, all
    of it): the thing is done, early, and there is no target left to raise."""
    final = final_target(metric)
    aim = final[0].value if final is not None else None
    if aim is None:
        return False
    sign = -1 if metric.direction == "decrease" else 1
    return sign * (value - aim) >= 0 and whole_of_it(metric, plan.measure(metric), aim)


#: A measure on a path of interim targets (``TARGETS``), a year into it.
_PATH = dedent("""\
    planlint: 1
    plan: {as_of: 2025-09-01}
    metrics:
      - id: M1
        title: AP exam pass rate
        unit: '%'
        direction: increase
        baseline: {value: 65.4, date: 2024-06-30}
        targets: [TARGETS]
        target: {value: 75, date: 2030-06-30}
        actuals: [{date: 2025-06-30, value: 72.1}]
    """)


@rule(code="PL811", name="target-already-passed", category="monitoring", severity="info",
      fails=_PATH.replace("TARGETS", "{value: 67, date: 2026-06-30}, "
                                     "{value: 69, date: 2027-06-30}"),
      passes=_PATH.replace("TARGETS", "{value: 73, date: 2026-06-30}, "
                                      "{value: 74, date: 2027-06-30}") + indent(dedent("""\
          - id: M2
            title: Share of contracts to small businesses
            unit: '%'
            direction: increase
            target: {value: 20.5, date: 2026-09-30}
            actuals: [{date: 2025-06-30, value: 21.2}]
          - id: M3
            title: Operating cost per revenue hour
            direction: decrease
            targets: [{value: 183, date: 2025-06-30}, {value: 180, date: 2026-06-30}]
            actuals: [{date: 2025-05-31, value: 182.9}]
          - id: M4
            title: Disproportionality in identification
            direction: decrease
            targets: [{value: 0, date: 2026-06-30}, {value: 0, date: 2027-06-30}]
            actuals: [{date: 2025-06-30, value: 0}]
          - id: M5
            title: Acres of impervious area
            direction: decrease
            bound: at most
            baseline: {value: 607649, date: 2011-12-31}
            targets: [{value: 650000, date: 2026-12-31}, {value: 685000, date: 2030-12-31}]
            actuals: [{date: 2019-12-31, value: 623865}]
          - id: M6
            title: Web portal integrated
            unit: Número
            direction: increase
            targets: [{value: 0.3, date: 2025-12-31}, {value: 1, date: 2026-12-31}]
            target: {value: 1, date: 2027-12-31}
            actuals: [{date: 2025-06-30, value: 1}]
        """), "  "))
def target_already_passed(plan: Plan) -> Iterator[Finding]:
    """A metric's latest reading already passes the next targets on its path.

    A path of interim targets says how much progress each period should bring. When the
    measure jumps ahead and the path is not reset, the targets still to come ask for
    nothing, or for a fall, and the reviews that judge against them see success where the
    plan has stopped asking for progress: targets are revised as conditions change, both
    ways. A path is at least two targets dated after the latest reading, of a measure with a
    ``direction`` to rise or fall, and the finding is for a reading that is past the next of
    them and has reached the one after, listing every target it has reached: one target
    reached a little early is progress, not a stale path, a reading that equals the targets
    of a flat path (0 to hold at 0) holds its level, and targets that are all the same are a
    standard to meet in each period (97% of trains on time every month), which one good
    period does not pass. A single target (or the same target for every period still to
    come) below the current level may be a floor to stay above (a statutory share, a service
    standard) rather than an aim, and is judged only where it cannot be one, a year or more
    before its date: where the target asks for a move from the baseline and the reading has
    gone past it by more than that whole move (chronic absenteeism at 67.1% with a Year 3
    target of 66.6%, read at 46.5% in Year 1: the target now asks for a rise of 20 points),
    or, with no baseline, where the measure states its direction and every reading is twice
    the target or more (in-service training hours of 30,124 to 42,488 a year against a
    target of 5,000; for a measure to fall, the target twice every reading). A milestone, or
    a target of one with no unit (a deliverable, whose reading of more counts its parts), is
    not judged so, nor are targets the plan states as limits (``bound``), which a reading
    within them has not passed. Nor is a reading that reaches a final target which is the
    whole of the measure (a milestone; one thing, with no unit or counted; 100%): a
    deliverable done ahead of its 0.3/0.7 split over two years has no target left to raise.
    """
    for metric in plan.metrics:
        ahead = _passed_targets(metric, plan.as_of)
        single = ahead is None
        if single:
            ahead = _passed_far(plan, metric, plan.as_of)
        if ahead is None or _finished(plan, metric, ahead[1]):
            continue
        index, value, day, passed = ahead
        targets = joined([f"{m.date} ({number(m.value or 0)})" for m in passed])
        fix = ("raise the target, so it still asks for progress" if single else
               "raise the targets it has passed, so the path still asks for progress")
        yield metric.finding(
            f"{metric.describe()} read {number(value)} on {day}, already "
            f"past its target{'s' if len(passed) > 1 else ''} for {targets}; {fix}",
            field=f"actuals/{index}")


def late_to_start(plan: Plan, initiative: Initiative) -> bool:
    """Whether overdue-initiative reports ``initiative`` for its start: still planned a
    month after its ``start`` by the date its status is reported at, which is no window of
    a month to a quarter, with no decision about it recorded since, and not already
    reported for its end."""
    start, end, as_of = initiative.start, initiative.end, plan.status_as_of
    return initiative.status == "planned" and start is not None \
        and add_months(start, 1) < as_of and not _window(initiative) \
        and plan.decided(initiative, start) is None and not awaits_funding(initiative) \
        and not (end is not None and end < as_of and not continuing(initiative))


def _step_of_unstarted(plan: Plan, metric: Metric) -> bool:
    """Whether ``metric`` is a milestone of work that overdue-initiative reports as late
    to start, due after that start: a later step of work that never began (see
    :func:`off_track_metric`)."""
    if plan.measure(metric).kind != "milestone":
        return False
    due = target_date(plan, metric)
    return due is not None and any(
        work.start is not None and due > work.start and late_to_start(plan, work)
        for work in plan.referrers(metric, "metrics", Initiative))


def _window(initiative: Initiative) -> bool:
    """Whether an initiative's dates are a window of a month to a quarter, from the first
    day of a month to the last day of one (``Q4``: January 1 to March 31), as a roadmap
    by quarter gives its work: when it happens, not the day it starts."""
    start, end = initiative.start, initiative.end
    return start is not None and end is not None and start.day == 1 \
        and later(end, timedelta(days=1)).day == 1 and end < add_months(start, 3)


def _may_be_under_way(initiative: Initiative, as_of: date) -> bool:
    """Whether an initiative may be under way at ``as_of``: it is active, or it has no
    status and its dates, where it states them, do not say it has yet to start or has
    ended (an undated measure of a status report that records no status)."""
    if initiative.status is not None:
        return is_active(initiative, as_of)
    return (initiative.start is None or initiative.start <= as_of) \
        and (initiative.end is None or as_of <= initiative.end)


def _acted_on(plan: Plan) -> set[str]:
    """Ids of goals an initiative that may be under way works on: it supports them or a
    goal below them."""
    acted: set[str] = set()
    for initiative in plan.initiatives:
        if not _may_be_under_way(initiative, plan.as_of):
            continue
        for goal in plan.refs(initiative, "supports", Goal):
            current: Goal | None = goal
            while current is not None and current.id not in acted:
                acted.add(current.id)
                current = plan.ref(current, "parent", Goal)
    return acted


@rule(code="PL809", name="off-track-without-action", category="monitoring",
      severity="warning", options=OffTrackOptions,
      fails=_metric_fragment(418, done=dedent("""\
          initiatives:
            - {id: MP-I2, title: Dealer pricing programme, supports: [MP1], status: planned}
          """)),
      passes=_metric_fragment(418, done=dedent("""\
          initiatives:
            - {id: MP-I2, title: Dealer pricing programme, supports: [MP1], status: active}
          """)))
def off_track_without_action(plan: Plan, options: OffTrackOptions) -> Iterator[Finding]:
    """A metric is off track (as off-track-metric judges it, with the same
    ``threshold``) and no active initiative works on any goal it measures.

    Seeing that a plan is off track is only half of monitoring; the other half is adjusting.
    An off-track result with no work under way to recover it will stay off track. An
    initiative works on a goal when it supports the goal or one of its sub-goals, and it is
    active when its status is ``active``, or when it has no status and its dates do not
    place the as-of date before its start or after its end: work whose status the plan does
    not record, and that states no dates (a status report that describes each measure in
    words), may well be under way, and nothing says it is not. Metrics that measure no goal
    are left to orphan-metric, and those of top-level goals that nothing executes at all to
    uncascaded-goal, which reports that cause. A plan that lists no initiatives at all (a
    page of key results), or keeps them in another document or tool (``plan: withheld:
    [initiatives]``), keeps its work elsewhere: off-track-metric's finding already asks it
    to act; so does a goal that says so of itself (its own ``withheld: [initiatives]``), for
    the measures only it, its sub-goals and their work list. A ``response`` the plan states
    beside the off-track reading (the cause and the action taken or planned in answer to it)
    counts as action, as an initiative would. Set ``threshold`` to the same value as
    off-track-metric's.
    """
    if not plan.initiatives or plan.withheld("initiatives"):
        return
    acted: set[str] | None = None
    kept_out = plan.withheld_ids("initiatives")
    for metric in plan.metrics:
        goals = metric_goals(plan, metric)
        if not goals or metric.id in kept_out or all(
                goal.parent is None and goal.id not in plan.executed_goals
                for goal in goals):
            continue
        state = plan.progress(metric)
        if state is None or not state.off_track(options.threshold):
            continue
        if acted is None:
            acted = _acted_on(plan)
        if any(goal.id in acted for goal in goals) or responded(metric, state.index):
            continue
        names = ", ".join(goal.id for goal in goals)
        if state.maintain:
            how = (f"{number(state.achieved)} away from the level of "
                   f"{number(state.expected_value)}")
        else:
            how = f"{state.share:.0%} of the progress expected"
        yield metric.finding(
            f"{metric.describe()} is off track ({how} on {state.day}) "
            f"and no active initiative works on {'goal' if len(goals) == 1 else 'goals'} "
            f"{names}; start or unblock an initiative that supports "
            f"{'it' if len(goals) == 1 else 'them'}, or revise the target with the reason",
            field=f"actuals/{state.index}",
            related=[goal.related(f"goal {goal.id}: no active initiative supports it or a "
                                  "goal below it") for goal in goals])
