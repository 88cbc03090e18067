"""PL1 leadership: every part of the strategy has a person who answers for it."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from planlint.finding import Finding
from planlint.model import Goal, Person
from planlint.plan import Plan
from planlint.ruledef import RuleOptions, rule

_FINISHED = ("done", "cancelled")


@rule(code="PL101", name="unowned-goal", category="leadership", severity="error",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Return to operating profit}\n",
      passes="planlint: 1\npeople: [{id: zetsche}]\ngoals:\n"
             "  - {id: G1, title: Return to operating profit, owner: zetsche}\n")
def unowned_goal(plan: Plan) -> Iterator[Finding]:
    """A goal has no owner.

    A goal nobody owns is a goal nobody answers for. When leaders attend to quarterly
    targets, crises and budgets, execution slips unless one named person carries each
    objective and is asked about it in every review. Every goal, at every level of the
    cascade, needs an owner. An owner that names nobody in ``people`` is reported as a
    dangling reference instead.
    """
    for goal in plan.goals:
        if goal.owner is None:
            yield goal.finding(
                f"{goal.describe()} has no owner; name the person accountable "
                "for reaching it under owner")


@rule(code="PL102", name="unowned-initiative", category="leadership", severity="error",
      fails="planlint: 1\ninitiatives:\n  - {id: I1, title: Platform consolidation}\n",
      passes="planlint: 1\npeople: [{id: zetsche}]\ninitiatives:\n"
             "  - {id: I1, title: Platform consolidation, owner: zetsche}\n")
def unowned_initiative(plan: Plan) -> Iterator[Finding]:
    """An initiative that is not done or cancelled has no owner.

    Initiatives are where strategy turns into work. Without one person accountable for
    delivering it, an initiative competes with daily pressures and loses: leadership
    without ownership is the first reason strategies fail in execution. Finished and
    cancelled initiatives are left alone.
    """
    for initiative in plan.initiatives:
        if initiative.owner is None and initiative.status not in _FINISHED:
            yield initiative.finding(
                f"{initiative.describe()} has no owner; name the "
                "person accountable for delivering it under owner")


class UnownedMetricOptions(RuleOptions):
    inherit_goal_owner: bool = Field(
        False, description="count the owner of a goal that lists the metric as the metric's "
                           "owner (OKR practice: an objective's owner reports its key results)")


@rule(code="PL103", name="unowned-metric", category="leadership", severity="warning",
      options=UnownedMetricOptions,
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Operating profit}\n",
      passes="planlint: 1\npeople: [{id: okafor}]\nmetrics:\n"
             "  - {id: M1, title: Operating profit, owner: okafor}\n")
def unowned_metric(plan: Plan, options: UnownedMetricOptions) -> Iterator[Finding]:
    """A metric has no owner to report it.

    A metric nobody reports is not measured: the numbers arrive late or not at all, and
    reviews discuss opinions instead of progress. The owner of a metric answers for its
    data being collected and reported on its cadence, which is often a controller or an
    analyst rather than the goal's owner. Plans that follow OKR practice, where the owner
    of an objective reports its key results, can set ``inherit_goal_owner`` so that a
    metric listed by an owned goal counts as owned.
    """
    for metric in plan.metrics:
        if metric.owner is not None:
            continue
        goals = plan.referrers(metric, "metrics", Goal)
        if options.inherit_goal_owner and any(goal.owner is not None for goal in goals):
            continue
        yield metric.finding(
            f"{metric.describe()} has no owner to report it; name the "
            "person who collects and reports its data under owner")


@rule(code="PL104", name="no-sponsor", category="leadership", severity="warning",
      fails="planlint: 1\nplan: {id: turnaround, title: Turnaround}\n",
      passes="planlint: 1\nplan: {id: turnaround, sponsor: zetsche}\n"
             "people: [{id: zetsche, role: CEO, leader: true}]\n")
def no_sponsor(plan: Plan) -> Iterator[Finding]:
    """The plan names no sponsor, or its sponsor is not a leader.

    Strategy execution needs an executive who owns it and keeps it on the agenda when
    more immediate pressures threaten to derail it; lukewarm commitment at the top is
    the failure the rest of the organization copies. The sponsor (``plan.sponsor``) must
    be a person marked ``leader: true``. A sponsor that names nobody in ``people``, or
    an item that is not a person, is reported by the structure rules instead.
    """
    if plan.info.sponsor is None:
        yield plan.finding(
            "the plan names no sponsor; set plan: sponsor: to the executive who owns the "
            "strategy and answers for its execution")
        return
    sponsor = plan.ref(plan.info, "sponsor", Person)
    if sponsor is not None and not sponsor.leader:
        yield plan.finding(
            f"the sponsor, {sponsor.describe()}, is not a leader; sponsor the plan "
            f"by a member of the leadership team, or mark {sponsor.id} leader: true",
            field="sponsor",
            related=[sponsor.related(f"person {sponsor.id} is not marked leader: true")])


@rule(code="PL105", name="no-strategy-office", category="leadership", severity="warning",
      fails="planlint: 1\nplan: {id: turnaround, title: Turnaround}\n",
      passes="planlint: 1\nplan: {id: turnaround, office: osm}\n"
             "units: [{id: osm, name: Office of Strategy Management}]\n")
def no_strategy_office(plan: Plan) -> Iterator[Finding]:
    """The plan names no office to drive its execution.

    Organizations that cover formulation and stop there fail because nobody runs the
    strategy afterwards: sets the agenda of reviews, collects the scorecard data,
    supervises the strategic budget and keeps communication going. A discrete function
    for this, an office of strategy management or a named person, is what made the
    difference in cases such as Chrysler's turnaround. ``plan.office`` names that person
    or unit.
    """
    if plan.info.office is None:
        yield plan.finding(
            "the plan names no office to drive its execution; set plan: office: to the "
            "person or unit that runs reviews, collects results and keeps the plan moving")


@rule(code="PL106", name="top-goal-not-led", category="leadership", severity="warning",
      fails="planlint: 1\npeople: [{id: analyst, role: Analyst}]\n"
            "goals:\n  - {id: G1, title: Return to operating profit, owner: analyst}\n",
      passes="planlint: 1\npeople: [{id: zetsche, role: CEO, leader: true}]\n"
             "goals:\n  - {id: G1, title: Return to operating profit, owner: zetsche}\n")
def top_goal_not_led(plan: Plan) -> Iterator[Finding]:
    """A top-level goal is owned by someone who is not a leader.

    The goals at the top of the cascade are the strategy itself. When they are delegated
    below the leadership team, execution becomes a low priority for the people who set
    budgets and agendas, and the goal lacks the authority to move resources. A top-level
    goal (one with no ``parent``) must be owned by a person marked ``leader: true``.
    Goals with no owner are reported by unowned-goal, owners that are not defined people
    by the structure rules, and a sub-unit's goal that has no parent because its link
    to the strategy is missing by orphan-goal.
    """
    linked = plan.linked_goals
    for goal in plan.top_goals:
        if goal.id not in linked:
            continue
        owner = plan.ref(goal, "owner", Person)
        if owner is not None and not owner.leader:
            yield goal.finding(
                f"top-level {goal.describe()} is owned by {owner.describe()}, who is not a "
                "leader; give it to a member of the "
                f"leadership team, or mark {owner.id} leader: true",
                field="owner",
                related=[owner.related(f"person {owner.id} is not marked leader: true")])
