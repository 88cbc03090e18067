"""Rules with fixed messages for the tests of the output formats (``-p
tests.reporters.golden_rules``): expected outputs do not move when the catalogue's
wording does."""

from __future__ import annotations

from collections.abc import Iterator

from planlint import hookimpl, rule
from planlint.finding import Finding
from planlint.model import Budget, Goal, Initiative
from planlint.plan import Plan
from planlint.ruledef import Rule


@rule(code="GOLD001", name="goal-needs-metric", category="metrics", severity="warning")
def goal_needs_metric(plan: Plan) -> Iterator[Finding]:
    """A goal lists no metric.

    Nobody can tell whether it is being reached.
    """
    for goal in plan.goals:
        if not goal.metrics:
            yield goal.finding(f"goal {goal.id} has no metric")


@rule(code="GOLD002", name="initiative-needs-owner", category="leadership", severity="error")
def initiative_needs_owner(plan: Plan) -> Iterator[Finding]:
    """An initiative names no owner."""
    for initiative in plan.initiatives:
        if initiative.owner is None:
            yield initiative.finding(f"initiative {initiative.id} has no owner")


@rule(code="GOLD003", name="funds-stray-work", category="alignment", severity="info")
def funds_stray_work(plan: Plan) -> Iterator[Finding]:
    """A budget line funds an initiative that supports no goal."""
    for budget in plan.of_kind(Budget):
        for index, target in enumerate(budget.funds):
            initiative = plan.get(target)
            if isinstance(initiative, Initiative) and not plan.refs(initiative, "supports",
                                                                    Goal):
                yield budget.finding(
                    f"budget {budget.id} funds {initiative.id}, which supports no goal",
                    field=f"funds/{index}",
                    related=[initiative.related(f"initiative {initiative.id} is here")])


@hookimpl
def planlint_rules() -> list[Rule]:
    return [goal_needs_metric, initiative_needs_owner, funds_stray_work]
