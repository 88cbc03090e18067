"""PL7 change: changes that shift resources or power are explained to the people they
touch, and the plan's own adjustments are recorded decisions, not silent edits."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from textwrap import dedent

from planlint.finding import Finding
from planlint.measure_words import worded
from planlint.model import Actual, Goal, Metric
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.practice import NAMED, by_practice, widespread
from planlint.ruledef import rule
from planlint.timeline import (
    actuals_until,
    done_value,
    later,
    slip_stated,
    target_date,
    target_in_force,
    tolerance,
    unlined_direction,
)
from planlint.wording import joined, number

from ._text import named


@rule(code="PL701", name="unmanaged-transformation", category="change", severity="warning",
      fails=dedent("""\
          planlint: 1
          goals: [{id: G3, title: Take 15% out of production cost}]
          initiatives:
            - {id: I1, title: Platform consolidation, kind: transformation, supports: [G3]}
          communications:
            - {id: C1, title: Town halls, audience: all, covers: []}
          """),
      passes=dedent("""\
          planlint: 1
          goals: [{id: G3, title: Take 15% out of production cost}]
          initiatives:
            - {id: I1, title: Platform consolidation, kind: transformation, supports: [G3]}
          communications:
            - {id: C1, title: Town halls, audience: all, covers: [G3]}
          """))
def unmanaged_transformation(plan: Plan) -> Iterator[Finding]:
    """A ``transformation`` initiative supports goals that no communication covers.

    Change is threatening. A transformation shifts budgets and resources, and with them
    power and influence; the people it touches fear for their competence, status and jobs.
    Without communication that explains why the change serves the strategy, resistance fills
    the silence. A goal counts as covered when a communication covers it or a goal above it
    in the cascade; the finding appears when none of the goals the initiative supports is
    covered. Initiatives marked ``kind: transformation`` (in any case) are checked unless
    they are done or cancelled; one that supports no goal is left to orphan-initiative.
    """
    covered: set[str] | None = None
    for initiative in plan.initiatives:
        if (initiative.type or "").strip().casefold() != "transformation" \
                or initiative.finished:
            continue
        goals = plan.refs(initiative, "supports", Goal)
        if not goals:
            continue
        if covered is None:
            covered = plan.covered_goals()
        if any(goal.id in covered for goal in goals):
            continue
        names = ", ".join(goal.id for goal in goals)
        yield initiative.finding(
            f"{named(initiative, 'transformation')} serves {names}, which no "
            "communication covers; add the goals to a communication's covers that tells "
            "the people affected why the change is needed",
            field="kind",
            related=[goal.related(f"goal {goal.id} is covered by no communication")
                     for goal in goals])


#: The keys of a change record whose move to a later date is a slip.
_DATED = ("due", "end", "target", "horizon")

#: The words of a reason that says only that a date moved, and to when (``This action
#: will be carried forward to FY17.``, ``Project Status Comments: 'Project was
#: rescheduled to 2026.'``), or that no cause was given: a reason with no other word, and
#: one of :data:`_MOVED`, states no cause. A reason that names no move (``(from FY15)``,
#: a list's mark of where a step came from) is left alone: it may point to the report that
#: gave the cause.
_MOVE_WORDS = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "their", "will",
    "be", "been", "being", "was", "were", "is", "are", "has", "have", "had", "shall", "would",
    "action", "actions", "step", "steps", "item", "items", "task", "tasks", "project",
    "projects", "work", "milestone", "milestones", "deliverable", "deliverables", "activity",
    "activities", "date", "dates", "deadline", "deadlines", "timeline", "carried", "carry",
    "carrying", "forward", "forwards", "over", "moved", "move", "moving", "rescheduled",
    "reschedule", "postponed", "postpone", "deferred", "defer", "pushed", "push", "back",
    "out", "delayed", "delay", "slipped", "slip", "extended", "extend", "shifted", "shift",
    "rolled", "roll", "to", "into", "until", "till", "from", "for", "in", "of", "on", "at",
    "by", "next", "following", "year", "years", "quarter", "quarters", "month", "months",
    "fiscal", "fy", "calendar", "week", "weeks", "semester", "term", "spring", "summer",
    "fall", "autumn", "winter", "end", "beginning", "start", "early", "late", "mid", "status",
    "comment", "comments", "note", "notes", "update", "no", "cause", "reason", "stated",
    "given", "none", "and", "now", "again", "also", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"))
#: The words that say a date moved (``carried forward``, ``rescheduled``, ``postponed``).
_MOVED = frozenset((
    "carried", "carry", "forward", "moved", "move", "rescheduled", "reschedule", "postponed",
    "postpone", "deferred", "defer", "pushed", "push", "delayed", "delay", "slipped", "slip",
    "extended", "extend", "shifted", "shift", "rolled", "roll"))
#: A period or a count among those words (``2026``, ``FY17``, ``Q1``, ``H2``, ``1st``).
_PERIOD = LazyPattern(r"\d+(?:st|nd|rd|th|s)?|fy\d+|[qh]\d")
_WORD = LazyPattern(r"[^\W_]+")


def _states_no_cause(reason: str | None) -> bool:
    """Whether a change record's ``reason`` is missing, or says only that the date moved
    and to when (see :data:`_MOVE_WORDS`)."""
    words = _WORD.findall((reason or "").lower())
    return not words or (not _MOVED.isdisjoint(words) and all(
        word in _MOVE_WORDS or _PERIOD.fullmatch(word) for word in words))


_SLIPPED = dedent("""\
    planlint: 1
    plan: {id: P1, as_of: 2021-10-07}
    goals: [{id: G1, title: Survive the membership crisis}]
    initiatives:
      - {id: I1, title: Business continuity plan approved by the Board, supports: [G1],
         end: 2021-12-31}
      - {id: I2, title: Donations reform, supports: [G1], end: 2022-12-31}
    changes:
      - {date: 2021-01-08, item: I1, field: end, from: 2020-11-30, to: 2021-03-31}
      - {date: 2021-10-07, item: I1, field: end, from: 2021-03-31, to: 2021-12-31}
      - {date: 2021-10-07, item: I2, field: end, from: 2021-06-30, to: 2022-12-31}
    metrics:
      - id: M1
        title: Publish the first public draft
        kind: milestone
        target: {value: 1, date: 2021-03-31}
        actuals: [{date: 2021-06-17, value: 1}]
    """)


@rule(code="PL709", name="slip-without-reason", category="change", severity="warning",
      fails=_SLIPPED,
      passes=_SLIPPED.replace("to: 2021-03-31}", "to: 2021-03-31,\n     reason: the Board "
                              "met in January}")
      .replace("to: 2021-12-31}", "to: 2021-12-31,\n     reason: waits for the audit}")
      .replace("to: 2022-12-31}", "to: 2022-12-31,\n     reason: staff left in June}")
      .replace("2021-06-17", "2021-03-24"))
def slip_without_reason(plan: Plan) -> Iterator[Finding]:
    """A change record moves a date later (a goal's ``due``, an initiative's ``end``, a
    measure's ``target``, the plan's ``horizon``) and gives no ``reason``.

    A date moved without a word on why records the slip and not the decision: a key result
    moved from November to March and then to December, a charter extended by three months,
    and nobody can tell what held the work up, what the delay costs or whether the new date
    is any safer than the old one. A slip that was decided says why. Only records whose
    ``from`` and ``to`` are both dates, the later one ``to``, are judged; a date moved
    earlier is no slip. Where recording no reason is the plan's way of working (see
    :mod:`planlint.practice`: every date it moves, or three and more than a third), it is
    reported once, at the plan, naming the items; otherwise each record without a reason is
    reported at its item. A reason that says only that the date moved, and to when (``This
    action will be carried forward to FY17.``, ``Project was rescheduled to 2026.``), states
    no cause and counts as none. A plan compared with an older version also has
    deadline-slipped, which asks for a record of each date moved with none.

    A milestone done four weeks or more after its date, with no change record of it, no
    response beside the result and no word on how long it slipped (``Missing end of Q4 goal
    by one month``), slipped with no record at all: a first public draft due in March and
    published in June, and the timeline still gives March and every date after it. It is
    judged only when its completion is dated on the day it happened: a day in a month that
    is not its last, the as-of date or another result's date, since a report dates all it
    finds done on its own day or its period's end, which says when the plan learnt it, not
    when the work was done. So is work done four weeks or more after its ``end``, by the
    date the plan says it was done (``completed``: a register's collections redesign due by
    the end of 2017 and "Completed in 2019"; a strategic plan due in February presented in
    September), with no change record of it and no ``response``: a month or a year stated
    without a day counts from its first day, the earliest the work may have been done. Where
    most such milestones and work record nothing (:mod:`planlint.practice`), that is the
    plan's way of working, reported once, at the plan.

    A bar lowered after a miss is a slip the plan's own targets show: a measure to rise
    whose reading missed its target for a year (beyond the plan's ``tolerance``) and whose
    target for the next year, or a later one, is lower than the one it missed (a recreation
    lands index at 75% against 83%, then targeted at 77%; compliance at 20% against 55%,
    then targeted at 45%), with no ``changes`` record of its target, no response beside the
    reading that missed and no reading since that reached the target it missed, has had its
    ambition cut after the fact by nobody on record. A reading that reached only the lowered
    target met the cut, not the aim (customer satisfaction at 87% against 95%, then targeted
    at 90% and read at 93.5%: green only against the eased bar); a count's target lowered
    and reached since (airport inspections targeted at the 141 due that year, after 135 of
    144) follows the volume of work to be done, and is left alone. A target cut to or below
    the very reading that missed (noxious-weed exclusions at 83% against 90%, then targeted
    at 50%) is judged whatever the readings since: it asked for no progress when it was set,
    and readings that pass it show the cut, not a recovery. A measure to fall is judged so
    only where its ceiling was raised to or above the very reading that missed it (permit
    decisions averaging 80 days against 60, then a ceiling of 90; enforcement in 28% of
    investigations against 25%, then 30%): a ceiling raised short of that reading may follow
    demand as it grows, and one on a cost (a unit that is money) prices as they rise. A
    measure read every other year (a customer survey, 68% against 95% in 2022) is judged by
    its last reading while the target it missed stood (still 95% for 2023, when nothing was
    read, then 90%), once a reading since shows the year without one was its rhythm, not a
    report still to come. Targets less than a year apart (the months of a year, which rise
    and fall with the seasons), a path that asks for less at every step (a course the plan
    set from the start), milestones, and measures to hold are not judged so; nor is a
    measure whose description says a rule computes its targets from past results (``the
    target for this KPM has been a rolling average of riparian miles restored ... over the
    previous 10 years``, a rule the Legislature approved): a lower target after a miss is
    that rule at work, decided and on record, not ambition cut by nobody.
    """
    yield from _done_late(plan)
    yield from _cut_after_miss(plan)
    moves = [record for record in plan.changes if record.field in _DATED
             and isinstance(record.before, date) and isinstance(record.after, date)
             and record.after > record.before]
    bare = [record for record in moves if _states_no_cause(record.reason)]
    if widespread(len(bare), len(moves)):
        items = list(dict.fromkeys(record.item for record in bare))
        shown = items[:NAMED] + ([f"{len(items) - NAMED} more"]
                                 if len(items) > NAMED else [])
        count = f"all {len(moves)}" if len(bare) == len(moves) else f"{len(bare)} of {len(moves)}"
        beyond = " beyond the move" if any((record.reason or "").strip()
                                           for record in bare) else ""
        yield plan.finding(
            f"{count} change records that move a date later give no reason{beyond} "
            f"({joined(shown)}); a slipped deadline is a decision: say why each "
            "date moved and who approved it")
        return
    for record in bare:
        what = "with no reason beyond the move" if (record.reason or "").strip() \
            else "with no reason"
        yield record.finding(
            f"the change record of {record.date} moves the {record.field} of {record.item} "
            f"from {record.before} to {record.after} {what}; a slipped deadline is "
            "a decision: say why it moved and who approved it", field="to")


#: How long after its date a milestone is done, at the least, for slip-without-reason to
#: call it a slip nobody recorded; a few days late is the noise of any schedule.
_LATE = timedelta(weeks=4)


def _done_late(plan: Plan) -> Iterator[Finding]:
    """The milestones done four weeks or more after their date with nothing recorded
    about the slip (see :func:`slip_without_reason`): each, or the plan once where
    recording none is its way of working."""
    as_of = plan.as_of
    dated: Counter[date] | None = None
    changed = {record.item for record in plan.changes}
    late = 0
    bare: list[Finding] = []
    for metric in plan.metrics:
        if not metric.target or not metric.actuals:
            continue
        due = target_date(plan, metric)
        if due is None or later(due, _LATE) > as_of or plan.measure(metric).kind != "milestone":
            continue
        done = _first_done(metric, as_of)
        if done is None or done.date - due < _LATE or done.date == as_of \
                or later(done.date, timedelta(days=1)).day == 1:
            continue
        if dated is None:
            dated = Counter(actual.date for other in plan.metrics for actual in other.actuals)
        if dated[done.date] > 1:
            continue  # a report's date, shared with the other results it gives
        late += 1
        if metric.id in changed or (done.response or "").strip() or slip_stated(metric, done):
            continue
        weeks = (done.date - due).days // 7
        bare.append(metric.finding(
            f"{metric.describe()}, a milestone due by {due}, was done on {done.date}, "
            f"{number(weeks)} weeks late, and the plan records neither the slip nor its "
            "reason; record the new date and why it moved, so the dates after it can be "
            "checked", field="target"))
    for initiative in plan.initiatives:
        completed, end = initiative.completed, initiative.end
        if initiative.status != "done" or completed is None or end is None \
                or completed > as_of or _earliest(completed) - end < _LATE:
            continue
        late += 1
        if initiative.id in changed or (initiative.response or "").strip():
            continue
        weeks = (_earliest(completed) - end).days // 7
        when = f"on {completed}" if _earliest(completed) == completed else \
            f"between {_earliest(completed)} and {completed}"
        bare.append(initiative.finding(
            f"{initiative.describe()}, due by {end}, was done {when}, at least "
            f"{number(weeks)} weeks late, and the plan records neither the slip nor its "
            "reason; record the new date and why it moved, so the work after it can be "
            "checked", field="completed"))
    yield from by_practice(plan, bare, late,
                           items="milestones and work done four weeks or more late",
                           lacking="record neither the slip nor its reason",
                           fix="record each new date and why it moved, so the dates after "
                               "it can be checked")


def _earliest(day: date) -> date:
    """The earliest day a completion date may stand for: a month's last day is how a
    month is written (``September 2024``), December 31 how a year is (``Completed in
    2019``), so the work may have been done on the first day of either."""
    if later(day, timedelta(days=1)).day != 1:
        return day
    return date(day.year, 1, 1) if day.month == 12 else day.replace(day=1)


def _first_done(metric: Metric, as_of: date) -> Actual | None:
    """The first actual of a milestone, by date, that shows it done."""
    done = done_value(metric)
    return next((actual for _, actual in actuals_until(metric, as_of)
                 if done > 0 and actual.value is not None and actual.value >= done), None)


#: How far apart, at the least, two targets of a path are for slip-without-reason to
#: read a step between them as a bar lowered: targets of a year or more each. The months
#: of a year (a ridership to carry in each) rise and fall with the seasons, not with the
#: plan's ambition.
_YEAR_APART = timedelta(days=330)


def _cut_after_miss(plan: Plan) -> Iterator[Finding]:
    """The measures to rise whose path of targets steps down after a reading missed the
    target before, with nothing recorded about it (see :func:`slip_without_reason`)."""
    recorded = {record.item for record in plan.changes
                if record.field in ("target", "targets")}
    for metric in plan.metrics:
        if metric.id in recorded or not metric.targets or not metric.actuals \
                or metric.direction == "maintain" or _set_by_rule(metric):
            continue
        cut = _cut(plan, metric)
        if cut is None:
            continue
        (missed, aim), (after, lower), reading, rising = cut
        final = metric.target is not None and metric.target.date == after
        index = next((number_ for number_, point in enumerate(metric.targets)
                      if point.date == after), 0)
        eased = "the bar was lowered" if rising else "the ceiling was raised"
        yield metric.finding(
            f"{metric.describe()} missed its target of {number(aim)} for {missed}, at "
            f"{number(reading)}, and its target for {after} is {number(lower)}: {eased} "
            "after the miss, and the plan records neither the decision nor its "
            "reason; record the change of target and why it was made, or restore the "
            "target", field="target" if final else f"targets/{index}")


#: A target the plan says a rule computes from past results: an average of earlier years
#: (``the target for this KPM has been a rolling average of riparian miles restored ...
#: over the previous 10 years``, ``the target ... is set as the 10-year average``).
_TARGET_RULE = LazyPattern(
    r"\btargets?\b[^.;]{0,80}\b(?:(?:rolling|moving|running|trailing) (?:[a-z0-9]+[- ]year "
    r")?average|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)[- ]year (?:rolling |"
    r"moving )?average|average of (?:the )?(?:previous|prior|past|last|preceding))\b",
    re.IGNORECASE,
    needs=("average",))


def _set_by_rule(metric: Metric) -> bool:
    """Whether a metric's description says its targets are computed by a rule from past
    results (see ``_TARGET_RULE``): a lower target after a miss is that rule at work,
    decided and on record, not a bar cut by nobody."""
    return _TARGET_RULE.search(worded(metric.description)) is not None


#: A measure's unit that is money: a currency code (``USD``, ``EUR m``) or sign. A ceiling
#: on a cost is often raised as prices grow, which slip-without-reason does not read as
#: ambition cut.
_MONEY = LazyPattern(r"(?:[A-Z]{3}|[$\u00a3\u20ac\u00a5])(?:\s|$)")


def _cut(plan: Plan, metric: Metric) -> tuple[tuple[date, float], tuple[date, float],
                                               float, bool] | None:
    """The latest step of a metric's path of targets (a year or more apart) that asks for
    less (down for a measure to rise, up for one to fall, other than a cost) from a target
    its reading of that date missed, beyond the plan's ``tolerance``, with no response
    beside that reading, when the path does not ask for less at every step and either the
    lowered target is at or past that reading or, for a measure to rise, no reading since
    has reached the target it missed (for a count, the lowered one); with the reading and
    whether the measure is to rise."""
    path = sorted({(point.date, point.value) for point in
                   (*metric.targets, *((metric.target,) if metric.target else ()))
                   if point.date is not None and point.value is not None})
    if len(path) < 2 or plan.measure(metric).kind == "milestone":
        return None
    direction = unlined_direction(plan, metric, path[0][1], plan.as_of)
    if direction not in ("increase", "decrease") or (direction == "decrease" \
            and _MONEY.match((metric.unit or "").strip())):
        return None
    sign = 1 if direction == "increase" else -1  # readings and targets, as if to rise
    steps = [((before[0], sign * before[1]), (after[0], sign * after[1]))
             for before, after in pairwise(path)]
    if all(after[1] < before[1] for before, after in steps):
        return None  # a path that asks for less at every step is a course the plan set
    read = {actual.date: sign * actual.value
            for _, actual in actuals_until(metric, plan.as_of) if actual.value is not None}
    answered = {actual.date for _, actual in actuals_until(metric, plan.as_of)
                if (actual.response or "").strip()}
    count = plan.measure(metric).kind == "count"
    for before, after in reversed(steps):
        if after[1] >= before[1] or after[0] - before[0] < _YEAR_APART:
            continue
        missed = _missed_at(read, path, before, after[0], sign)
        if missed is None or missed[0] in answered \
                or (reading := missed[1]) >= before[1] - tolerance(metric, before[1]):
            return None  # the target it stepped down from was met, or the miss answered
        if after[1] > reading and (sign < 0 or any(
                (force := target_in_force(plan, metric, day))
                and value >= sign * force[1]
                and (value >= before[1] or count)
                for day, value in read.items() if day >= after[0])):
            return None  # the bar it missed has been reached since (for a count, the
            # lowered bar, which follows the volume to be done): the cut is behind it,
            # unless the bar was set under the very reading that missed it; a ceiling
            # raised short of that reading may follow demand, and is left alone
        return ((missed[0], sign * before[1]), (after[0], sign * after[1]),
                sign * reading, sign > 0)
    return None


def _missed_at(read: dict[date, float], path: list[tuple[date, float]],
               before: tuple[date, float], after: date,
               sign: int) -> tuple[date, float] | None:
    """The reading a step of a path of targets down from ``before`` (to a target dated
    ``after``) answers, with its date: the one of ``before``'s date, else, for a measure
    read since, the latest before it while the target stood at ``before``'s level since
    that reading's own target date (a survey read every other year, 68% against 95% in
    2022, the target still 95% for 2023 when nothing was read, then 90%, read again in
    2024)."""
    if before[0] in read:
        return before[0], read[before[0]]
    earlier = [day for day in read if day < before[0]]
    if not earlier or not any(day >= after for day in read):
        return None  # no reading since: the year without one may be a report not yet out
    day = max(earlier)
    standing = [value for when, value in path if day <= when <= before[0]]
    if not any(when == day for when, _ in path) \
            or any(sign * value != before[1] for value in standing):
        return None
    return day, read[day]
