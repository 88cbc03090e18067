"""PL2 metrics: every goal is measured, and every measure can be read.

orphan-metric: each measure serves a goal or a piece of work, and the measures a plan
keeps beside them on purpose (context indicators, income, those a unit or team monitors).
The other metric rules are in :mod:`planlint.rules.unmeasured`,
:mod:`planlint.rules.targets`, :mod:`planlint.rules.baselines`,
:mod:`planlint.rules.units`, :mod:`planlint.rules.cadence` and
:mod:`planlint.rules.sources`; what they ask alike of a plan's measures is in
:mod:`planlint.rules._metric_facts`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from planlint.finding import Finding
from planlint.measure_sources import names_income
from planlint.measure_words import names_rate
from planlint.model import Goal, Initiative, Metric
from planlint.plan import Plan
from planlint.practice import by_practice, widespread
from planlint.ruledef import rule
from planlint.timeline import final_target

from ._metric_facts import listed


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
            if listed(plan, metric)} - {None}
    judged = [metric for metric in plan.metrics
              if not _context_indicator(plan, metric) and not _income(plan, metric)]
    apart = [metric for metric in judged if not listed(plan, metric)
             and _measure_heading(metric) not in used
             and not plan.whole_answers(metric, partial(listed, plan))
             and not any(listed(plan, part)
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
