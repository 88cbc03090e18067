"""PL7 change: the plan itself changes by recorded decisions, not by silent edits.

These rules judge a plan against an older version of it (``planlint diff``, ``planlint
check --since``; ``Plan.previous``) and run only when there is one. Plans must change as
conditions change; what they report is the change nobody recorded: each is silent about
a change that an entry of the plan's ``changes`` section, added in the same change,
records. Items are matched across versions by id, or by rename
(:mod:`planlint.versions`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from textwrap import dedent
from typing import Any

from pydantic import Field

from planlint.finding import Finding
from planlint.model import (
    FIELDS,
    Budget,
    Change,
    Goal,
    Initiative,
    Item,
    Measurement,
    Metric,
    Review,
)
from planlint.plan import Edge, Plan
from planlint.ruledef import RuleOptions, rule
from planlint.suggest import did_you_mean
from planlint.timeline import aimed_at, done_value, latest_actual
from planlint.versions import Comparison, agrees, differences, text
from planlint.wording import joined, number, plural

from ._text import named


def _record(item_id: str, field: str | None, before: Any = None, after: Any = None) -> str:
    """The ``changes`` entry that would record a change, as advice."""
    parts = [f"item: {item_id}"]
    if field is not None:
        parts.append(f"field: {field}")
    parts += [f"{key}: {_shown(value)}" for key, value in (("from", before), ("to", after))
              if value is not None]
    return "record it under changes as {" + ", ".join(parts) + ", reason: …, approved_by: …}"


def _shown(value: Any) -> str:
    """A value as advice and records write it: ``40``, ``2026-03-31``, ``[M1, M2]``."""
    said = text(value)
    if isinstance(said, tuple):
        return "[" + ", ".join(said) + "]"
    return "nothing" if said is None else str(said)


def _direction(plan: Plan, metric: Metric) -> str | None:
    """The way a metric should move: its ``direction``, else the way baseline and target
    go, else down for a measure of harm and up for a count; ``None`` when none tells."""
    if metric.direction is not None:
        return metric.direction
    aim = aimed_at(plan, metric)
    start = metric.baseline.value if metric.baseline is not None else None
    if aim is not None and start is not None and aim != start:
        return "increase" if aim > start else "decrease"
    measure = plan.measure(metric)
    return "decrease" if measure.harms else "increase" if measure.kind == "count" else None


def _less_ambitious(direction: str | None, before: float, after: float) -> bool:
    return (direction == "increase" and after < before) or \
        (direction == "decrease" and after > before)


TARGET_BEFORE = dedent("""\
    planlint: 1
    metrics:
      - id: M1
        title: Net promoter score
        direction: increase
        baseline: {value: 30, date: 2024-12-31}
        target: {value: 50, date: 2026-12-31}
    """)


@rule(code="PL702", name="target-lowered", category="change", severity="warning",
      before=TARGET_BEFORE,
      fails=TARGET_BEFORE.replace("value: 50", "value: 40"),
      passes=TARGET_BEFORE.replace("value: 50", "value: 40") + dedent("""\
          changes:
            - date: 2025-06-30
              item: M1
              field: target
              from: 50
              to: 40
              reason: the 2025 recall cost a year of customer trust
              approved_by: ceo
          """))
def target_lowered(plan: Plan) -> Iterator[Finding]:
    """A metric's target was made less ambitious, and no change record says so.

    Lowering a target mid-course so that the metric looks on track turns the measure into a
    report of what happened rather than a commitment: the plan stops telling anyone whether
    the strategy works. Targets may change as conditions change; the decision is then
    recorded, with its reason and who approved it.

    A target is less ambitious when it is lower for a metric that should increase, or
    higher for one that should decrease: the metric's ``direction``, else the way the
    older version's baseline and target go, else down for a measure of harm and up for a
    count. The final target (a count's number in its wording, where it has no
    ``target``) and each interim target whose date both versions list are compared;
    targets stated in words, milestones and metrics that hold a level are left alone, and
    so is a target both versions state as the same change from the baseline (``change:
    -16%``): its value moved with a rewritten baseline, which baseline-rewritten reports.
    Record the change with ``field: target`` (or ``targets`` for an interim one).
    """
    comparison = plan.comparison
    if comparison is None:
        return
    old_plan = comparison.old
    for old, metric in comparison.pairs(plan.metrics):
        if plan.measure(metric).kind == "milestone":
            continue
        direction = metric.direction or _direction(old_plan, old)
        before, after = aimed_at(old_plan, old), aimed_at(plan, metric)
        key = "target" if metric.target is not None else "title"
        same_change = _same_change(old.target, metric.target)
        if before is not None and after is not None and not same_change \
                and _less_ambitious(direction, before, after) \
                and not comparison.recorded(metric.id, key):
            yield metric.finding(
                f"{named(metric)} aims at {number(after)} now, where it aimed at "
                f"{number(before)}: less ambitious for a metric that should {direction}; a "
                "lowered target is a decision: "
                f"{_record(metric.id, key, *((before, after) if key == 'target' else ()))}, "
                "or restore the target", field=key)
        if comparison.recorded(metric.id, "targets"):
            continue
        dated = {point.date: point.value for point in old.targets if point.date is not None}
        for index, point in enumerate(metric.targets):
            was = dated.get(point.date) if point.date is not None else None
            if was is not None and point.value is not None \
                    and not any(_same_change(kept, point) for kept in old.targets
                                if kept.date == point.date) \
                    and _less_ambitious(direction, was, point.value):
                yield metric.finding(
                    f"{named(metric)} aims at {number(point.value)} by {point.date} now, "
                    f"where it aimed at {number(was)}: less ambitious for a metric that "
                    f"should {direction}; a lowered target is a decision: "
                    f"{_record(metric.id, 'targets', was, point.value)}, or restore it",
                    field=f"targets/{index}")


def _same_change(before: Measurement | None, after: Measurement | None) -> bool:
    """Whether both versions state a target as the same change from the baseline: its
    value moved only with the baseline, which baseline-rewritten judges."""
    return before is not None and after is not None and before.change is not None \
        and before.change == after.change


DEADLINE_BEFORE = dedent("""\
    planlint: 1
    goals:
      - {id: G1, title: Open the Lyon plant, due: 2025-12-31}
    """)


@rule(code="PL703", name="deadline-slipped", category="change", severity="warning",
      before=DEADLINE_BEFORE,
      fails=DEADLINE_BEFORE.replace("2025-12-31", "2026-03-31"),
      passes=DEADLINE_BEFORE.replace("2025-12-31", "2026-03-31") + dedent("""\
          changes:
            - date: 2025-09-15
              item: G1
              field: due
              from: 2025-12-31
              to: 2026-03-31
              reason: the permit came a quarter late
              approved_by: board
          """))
def deadline_slipped(plan: Plan) -> Iterator[Finding]:
    """A goal's due date, an initiative's end or a milestone's date moved later, and no
    change record says so.

    A date pushed back without a decision is how a plan slips a quarter at a time while
    every review sees a plan on schedule: nobody weighed what the delay costs, and the goals
    that depend on the date are not told. A slip that was decided is recorded, with its
    reason and who approved it.

    Compared are a goal's ``due``, an initiative's ``end`` and the date of a milestone's
    ``target``, where both versions state one; a date moved earlier, set for the first time
    or removed is left alone. Record the change with the key that moved (``due``, ``end``,
    ``target``).
    """
    comparison = plan.comparison
    if comparison is None:
        return
    moved: list[tuple[Item, str, date | None, date | None]] = [
        *((goal, "due", old.due, goal.due) for old, goal in comparison.pairs(plan.goals)),
        *((work, "end", old.end, work.end)
          for old, work in comparison.pairs(plan.initiatives)),
        *((metric, "target", old.target.date if old.target else None,
           metric.target.date if metric.target else None)
          for old, metric in comparison.pairs(plan.metrics)
          if plan.measure(metric).kind == "milestone")]
    for item, key, before, after in moved:
        if before is not None and after is not None and after > before \
                and not comparison.recorded(item.id, key):
            days = (after - before).days
            yield item.finding(
                f"{named(item)} {'ends' if key == 'end' else 'is due'} {after} now, "
                f"{plural(days, 'day')} later than {before}; a slipped deadline is a decision: "
                f"{_record(item.id, key, before, after)}, or keep the date", field=key)


DROPPED_BEFORE = dedent("""\
    planlint: 1
    goals:
      - {id: G1, title: Grow revenue}
      - {id: G2, title: Enter the Brazilian market}
    initiatives:
      - {id: I1, title: Sao Paulo office, supports: [G2]}
    budgets:
      - {id: B1, amount: 2000000, funds: [I1, G2]}
    """)
_DROPPED_AFTER = DROPPED_BEFORE.replace("  - {id: G2, title: Enter the Brazilian market}\n", "")


def _reached(plan: Plan, metric: Metric) -> bool:
    """Whether a metric's latest actual reached what it aims at, in its direction."""
    latest = latest_actual(metric, plan.as_of)
    value = latest[1].value if latest is not None else None
    if value is None:
        return False
    if plan.measure(metric).kind == "milestone":
        return value >= done_value(metric)
    aim = aimed_at(plan, metric)
    direction = _direction(plan, metric)
    return aim is not None and direction is not None and (
        value >= aim if direction == "increase" else value <= aim if direction == "decrease"
        else value == aim)


def _held_by(plan: Plan, goal: Goal) -> list[str]:
    """What in ``plan`` pointed at a goal: initiatives that supported it (not cancelled),
    budgets that funded it and reviews that covered it, as messages name them."""
    holders: list[Item] = [
        *(work for work in plan.referrers(goal, "supports", Initiative)
          if work.status != "cancelled"),
        *plan.referrers(goal, "funds", Budget), *plan.referrers(goal, "covers", Review)]
    return [f"{holder.kind} {holder.id}" for holder in holders]


def _dangling(plan: Plan, ids: set[str]) -> dict[str, list[Edge]]:
    """The references of ``plan`` that still name one of ``ids``, by the id they name."""
    found: dict[str, list[Edge]] = defaultdict(list)
    for edge in plan.unresolved:
        if edge.target in ids:
            found[edge.target].append(edge)
    return found


@rule(code="PL704", name="goal-dropped", category="change", severity="warning",
      before=DROPPED_BEFORE, fails=_DROPPED_AFTER,
      passes=_DROPPED_AFTER.replace("[I1, G2]", "[I1]").replace("[G2]", "[G1]")
      + dedent("""\
          changes:
            - date: 2025-03-01
              item: G2
              reason: Brazil waits for the next plan; the Sao Paulo office sells for G1
              approved_by: board
          """))
def goal_dropped(plan: Plan) -> Iterator[Finding]:
    """A goal was removed while work, money or reviews still pointed at it, or before it
    was reached, and no change record says so.

    A goal that quietly disappears leaves its initiatives without a purpose and its budget
    paying for nothing anyone decided to want, and the people who worked for it are never
    told it was given up. Abandoning a goal is one of the most important decisions a
    strategy makes; it is recorded, with its reason and who approved it.

    A goal of the older version is dropped when the newer one has no goal of its id and it
    was not renamed. It is reported when, in the older version, an initiative that was not
    cancelled supported it, a budget funded it or a review covered it, or when it was not
    done (a goal is done when it has metrics and each one's latest reading reached its
    target). The finding stands at the references of the newer version that still name the
    goal, else at the plan. Record the removal with the goal's id and no ``field``.
    """
    comparison = plan.comparison
    if comparison is None:
        return
    old_plan = comparison.old
    dropped = [goal for goal in comparison.dropped if isinstance(goal, Goal)
               and not comparison.recorded(goal.id, None)]
    if not dropped:
        return
    dangling = _dangling(plan, {goal.id for goal in dropped})
    for goal in dropped:
        holders = _held_by(old_plan, goal)
        metrics = old_plan.refs(goal, "metrics", Metric)
        done = bool(metrics) and all(_reached(old_plan, metric) for metric in metrics)
        if not holders and done:
            continue
        why = [f"{joined(holders)} pointed at it"] if holders else []
        if not done:
            why.append("it was not reached")
        message = (f"{named(goal)} was removed while {joined(why)}; dropping a goal is a "
                   f"decision: {_record(goal.id, None)} and retire or redirect what "
                   "served it, or restore the goal")
        edges = dangling.get(goal.id, [])
        if not edges:
            yield plan.finding(message)
            continue
        first, *others = edges
        yield first.source.finding(message, field=first.key, related=[
            edge.source.related(f"{edge.source.kind} {edge.source.id} still names "
                                f"{goal.id}", edge.key) for edge in others])


BASELINE_BEFORE = dedent("""\
    planlint: 1
    metrics:
      - id: M1
        title: On-time delivery
        unit: "%"
        baseline: {value: 82, date: 2024-12-31}
        target: {value: 95, date: 2026-12-31}
    """)


def _measured(value: float | None, words: str | None, day: date | None) -> str:
    """A baseline as messages write it: ``82 on 2024-12-31``."""
    stated = number(value) if value is not None else words or "no value"
    return f"{stated} on {day}" if day is not None else stated


@rule(code="PL705", name="baseline-rewritten", category="change", severity="error",
      before=BASELINE_BEFORE,
      fails=BASELINE_BEFORE.replace("value: 82", "value: 78"),
      passes=BASELINE_BEFORE.replace("value: 82", "value: 78") + dedent("""\
          changes:
            - date: 2025-02-10
              item: M1
              field: baseline
              from: 82
              to: 78
              reason: the 2024 figure counted cancelled orders as on time; restated by audit
              approved_by: cfo
          """))
def baseline_rewritten(plan: Plan) -> Iterator[Finding]:
    """A metric's baseline, once set, changed its value or its date, and no change record
    says so.

    A baseline is history: the point every later reading is judged from. Rewriting it moves
    the starting line, so that progress grows or shrinks without anything having happened,
    and with it every judgement of whether the strategy works. A baseline is restated only
    for a reason (an error found, a definition changed) that is recorded with who approved
    it.

    Reported when the older version's baseline had a value (a number or words) and the newer
    one states another value, another date or none; giving an undated baseline its date, or
    a metric its first baseline, is left alone. Record the change with ``field: baseline``,
    ``from`` and ``to`` being the values (or the dates, when only the date moved).
    """
    comparison = plan.comparison
    if comparison is None:
        return
    for old, metric in comparison.pairs(plan.metrics):
        was, now = old.baseline, metric.baseline
        if was is None or (was.value is None and not was.text):
            continue
        if now is not None and now.value == was.value and now.text == was.text \
                and (was.date is None or now.date == was.date):
            continue
        if comparison.recorded(metric.id, "baseline"):
            continue
        before = _measured(was.value, was.text, was.date)
        after = "none" if now is None else _measured(now.value, now.text, now.date)
        changed = differences(old, metric, "baseline")
        hint = _record(metric.id, "baseline", *changed[0]) if changed else \
            _record(metric.id, "baseline")
        yield metric.finding(
            f"{named(metric)} has the baseline {after} now, where it was {before}; a "
            f"baseline is history, and restating it is a decision: {hint}, or restore it",
            field="baseline")


class OwnerChangeOptions(RuleOptions):
    max_changes: int = Field(
        1, ge=0, strict=True,
        description="how many times a goal or initiative may change owner within the "
                    "versions read before it is reported (0: every unrecorded change)")


def _owned_by(owner: str) -> str:
    return dedent(f"""\
        planlint: 1
        people: [{{id: ana}}, {{id: ben}}, {{id: chen}}]
        goals:
          - {{id: G1, title: Halve warehouse cycle time, owner: {owner}}}
        """)


@rule(code="PL706", name="owner-changed", category="change", severity="info",
      options=OwnerChangeOptions, before=(_owned_by("ana"), _owned_by("ben")),
      fails=_owned_by("chen"),
      passes=_owned_by("chen") + dedent("""\
          changes:
            - date: 2025-04-01
              item: G1
              field: owner
              from: ben
              to: chen
              reason: ben leads the new plant; chen ran the pilot warehouse
              approved_by: ceo
          """))
def owner_changed(plan: Plan, options: OwnerChangeOptions) -> Iterator[Finding]:
    """A goal or initiative changed owner more than ``max_changes`` times within the
    versions read, and no change record says so.

    A goal handed from one person to the next is owned by nobody for long enough to matter:
    each owner inherits commitments they did not make and leaves before the results come in,
    and accountability dissolves in the handovers. A change of owner that was decided is
    recorded, with its reason and who approved it.

    The versions read are the older version given and the newer one, and with ``--since``
    (or ``diff --git``) every commit between them that changed the plan's files. A change is
    one owner followed by another; an owner named for the first time, or removed, is not
    counted. With only two versions at most one change is seen, so by default that is not
    reported; set ``max_changes`` to 0 to report every one. Record the handovers with
    ``field: owner``.
    """
    comparison = plan.comparison
    if comparison is None:
        return
    steps = [Comparison(older, newer) for older, newer in pairwise((*plan.history, plan))]
    items: list[Goal | Initiative] = [*plan.goals, *plan.initiatives]
    for item in items:
        owners = [item.owner]
        current: Goal | Initiative | None = item
        for step in reversed(steps):
            current = step.before(current) if current is not None else None
            if current is None:
                break
            owners.append(current.owner)
        named_owners = [owner for owner in reversed(owners) if owner is not None]
        handovers = [(one, two) for one, two in pairwise(named_owners) if one != two]
        if len(handovers) <= options.max_changes or comparison.recorded(item.id, "owner"):
            continue
        chain = " → ".join([handovers[0][0], *(two for _, two in handovers)])
        base = comparison.before(item)
        yield item.finding(
            f"{named(item)} changed owner {plural(len(handovers), 'time')} in the versions "
            f"read ({chain}); a handover is a decision: "
            f"{_record(item.id, 'owner', base.owner if base else None, item.owner)}",
            field="owner")


REMOVED_BEFORE = dedent("""\
    planlint: 1
    goals:
      - {id: G1, title: Win back fleet customers, metrics: [M1]}
    metrics:
      - {id: M1, title: Fleet market share}
    """)
_REMOVED_AFTER = REMOVED_BEFORE.replace(", metrics: [M1]", "")


@rule(code="PL707", name="metric-removed", category="change", severity="warning",
      before=REMOVED_BEFORE, fails=_REMOVED_AFTER,
      passes=_REMOVED_AFTER + dedent("""\
          changes:
            - date: 2025-05-20
              item: G1
              field: metrics
              from: [M1]
              to: []
              reason: market share data is no longer sold; a survey measure is being defined
              approved_by: cmo
          """))
def metric_removed(plan: Plan) -> Iterator[Finding]:
    """A goal lost its last metric, and no change record says so.

    A goal whose measure is taken away can no longer be seen to fail: removing the last
    metric of a goal that is going badly is the quietest way to make it disappear from every
    dashboard while it stays in the plan. If the measure was wrong, the decision to drop it
    is recorded, and a better one follows.

    Reported when a goal of both versions had at least one metric in the older version and
    has none in the newer one (a metric replaced by another is left alone). unmeasured-goal
    reports the goal without a metric as it stands; this rule reports that the measure was
    taken away. Record the change with ``field: metrics``.
    """
    comparison = plan.comparison
    if comparison is None:
        return
    for old, goal in comparison.pairs(plan.goals):
        lost = comparison.old.refs(old, "metrics", Metric)
        if lost and not plan.refs(goal, "metrics", Metric) \
                and not comparison.recorded(goal.id, "metrics"):
            ids = [metric.id for metric in lost]
            yield goal.finding(
                f"{named(goal)} had {plural(len(ids), 'metric')} ({joined(ids)}) and has "
                f"none now; removing a goal's measure is a decision: "
                f"{_record(goal.id, 'metrics', ids, [])}, and give the goal a measure",
                field="metrics")


RECORD_BEFORE = dedent("""\
    planlint: 1
    goals:
      - {id: G1, title: Open the Lyon plant, due: 2025-12-31}
    """)


def _mismatch(record: Change, comparison: Comparison) -> tuple[str, str | None] | None:
    """What is wrong with a record of this change, and the key it stands at; ``None``
    when it agrees with the versions."""
    old, new = comparison.old, comparison.new
    field = (record.field or "").strip() or None
    now = new.by_id.get(comparison.renames.get(record.item, record.item))
    was = old.by_id.get(record.item) or (comparison.before(now) if now is not None else None)
    either = now or was
    if either is None:
        return (f"the change record names {record.item}, which neither version has; write "
                "the id of the item that changed", "item")
    if field is None:
        if now is None:
            return None
        return (f"the change record says {record.item} was removed, but the plan still "
                f"has {named(now)}; name the field that changed under field, or remove the "
                "record", "field")
    kind = either.kind
    if field not in FIELDS[kind]:
        hint = did_you_mean(field, sorted(FIELDS[kind])) or f"a key {kind}s take"
        return (f"the change record names the field {field!r}, which {kind}s do not have; "
                f"{hint}", "field")
    changed = differences(was, now, field)
    if not changed:
        return (f"the change record says the {field} of {record.item} changed, but it holds "
                f"the same in both versions; correct the item or field, or remove the "
                "record", "field")
    if agrees(record, changed):
        return None
    said = f"from {_shown(text(record.before))} to {_shown(text(record.after))}"
    found = joined([f"from {_shown(before)} to {_shown(after)}" for before, after in changed],
                   "or")
    return (f"the change record says the {field} of {record.item} changed {said}, but the "
            f"versions say {found}; correct from and to",
            "from" if record.before is not None else "to")


@rule(code="PL708", name="mismatched-change-record", category="change", severity="warning",
      before=RECORD_BEFORE,
      fails=RECORD_BEFORE.replace("2025-12-31", "2026-03-31") + dedent("""\
          changes:
            - {date: 2025-09-15, item: G1, field: due, from: 2025-12-31, to: 2026-02-28,
               reason: the permit came late, approved_by: board}
          """),
      passes=RECORD_BEFORE.replace("2025-12-31", "2026-03-31") + dedent("""\
          changes:
            - {date: 2025-09-15, item: G1, field: due, from: 2025-12-31, to: 2026-03-31,
               reason: the permit came late, approved_by: board}
          """))
def mismatched_change_record(plan: Plan) -> Iterator[Finding]:
    """A change record added in this change does not match the versions: its item is in
    neither, its field did not change, or its ``from`` and ``to`` are not what the field
    held and holds.

    A record is the plan's memory of why it changed; one that misstates the change is worse
    than none, since reviewers trust it. It covers the change it names all the same (the
    change rules stay silent), so this is the one finding about it.

    Only records the older version did not hold are judged. A record without ``field``
    records the item's removal; ``field: id`` a rename (``from`` the old id, ``to`` the
    new). ``from`` and ``to`` are compared, where given, with what changed: a baseline's or
    target's value, date or words, an interim target's value at a date both versions list,
    or the field's value itself.
    """
    comparison = plan.comparison
    if comparison is None:
        return
    for record in comparison.records:
        problem = _mismatch(record, comparison)
        if problem is not None:
            yield record.finding(*problem)
