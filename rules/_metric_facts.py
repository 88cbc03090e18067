"""What the metric rules ask alike of a plan's measures: which are judged at all (all
but the records of finished work), which state no figure at all, whether a measure sets a
target or is only quoted with its readings, whether its target is kept out of the plan on
purpose, whether a goal or piece of work lists it or states its target as a count, and
whether the plan is a list of commitments whose only figures are in their own words. Read
by the rules of :mod:`planlint.rules.unmeasured`, :mod:`planlint.rules.targets`,
:mod:`planlint.rules.baselines`, :mod:`planlint.rules.units`,
:mod:`planlint.rules.cadence`, :mod:`planlint.rules.sources` and
:mod:`planlint.rules.metrics`, each of which imports from here, never the other way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planlint.finding import Finding
from planlint.measure_counts import states_count_of
from planlint.measure_figures import figureless, states_figure, states_figures_of
from planlint.measure_work import states_affairs
from planlint.measures import says_none
from planlint.model import Measurement, Metric
from planlint.plan import Plan
from planlint.timeline import final_target

#: The longest period of a measure an annual plan grades once, when its year closes.
ONE_YEAR = 366


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


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def only_quoted(plan: Plan, metric: Metric) -> bool:
    """Whether a metric sets no target, in its fields or its wording (a target in words
    that says there is none is none), and is only quoted with its readings: a statistic a
    report gives to show where an aim stands, not a level the plan sets out to reach.
    The places its things are counted across (``Commits across 9 repositories``) are no
    target (see :mod:`planlint.measures`)."""
    return bool(metric.actuals) and not sets_target(plan, metric)


def sets_target(plan: Plan, metric: Metric) -> bool:
    """Whether a metric sets a target, in its fields or its wording (a target in words
    that says there is none is none): worked out once per metric, as several rules ask
    it of every metric (about 15,000 times for the 4,400 metrics of a 20k-item plan)."""
    return plan.once(_setting_target, metric)


def _setting_target(plan: Plan, metric: Metric) -> bool:
    """:func:`sets_target`, worked out."""
    return plan.measure(metric).states_target or any(
        not says_none(target.text) for target in (metric.target, *metric.targets)
        if target is not None)


def commitments_figures(plan: Plan) -> bool:
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


def whole_states(plan: Plan, metric: Metric, field: str) -> bool:
    """Whether the metric breaks down one that states ``field`` (its ``cadence``, its
    ``source``): a breakdown is read with its measure, from the same data."""
    return plan.whole_answers(metric, lambda whole: getattr(whole, field) is not None)


def target_kept_out(plan: Plan, metric: Metric) -> bool:
    """Whether the plan keeps the metric's target out of its text on purpose
    (``withheld: [targets]``) and the metric states none: the measure is set out, with its
    target, in the document the plan keeps its targets in."""
    return final_target(metric) is None and plan.withheld("targets", metric)


def listed(plan: Plan, metric: Metric) -> bool:
    """Whether a goal or an initiative lists the metric under its ``metrics``."""
    return bool(plan.referrers(metric, "metrics"))


def stated_as_count(plan: Plan, metric: Metric) -> bool:
    """Whether a goal or piece of work that lists the metric states its target as a whole
    number directly before the things its title names
    (:func:`planlint.measure_counts.states_count_of`: ``6 sociale evenementen`` over ``Sociale
    evenementen``): the plan's own words give what the figure counts."""
    return any(states_count_of(item.title or "", metric)
               for item in plan.referrers(metric, "metrics"))
