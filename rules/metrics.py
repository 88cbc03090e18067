"""PL2 metrics: every goal is measured, and every measure can be read."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.finding import Finding
from planlint.plan import Plan
from planlint.ruledef import rule


@rule(code="PL201", name="unmeasured-goal", category="metrics", severity="error",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Delight customers}\n",
      passes="planlint: 1\ngoals:\n  - id: G1\n    title: Delight customers\n"
             "    metrics:\n      - {id: M1, title: Net promoter score}\n")
def unmeasured_goal(plan: Plan) -> Iterator[Finding]:
    """A goal lists no metric.

    Without a metric a goal is ambiguous: nobody can tell whether it is on track, when it
    is reached, or when conditions have changed and the plan should be revised. Each goal
    needs at least one measure of its own, inline or by id; a metric shared by several
    goals counts for each of them. A goal whose metric ids are not defined is reported as
    a dangling reference instead.
    """
    for goal in plan.goals:
        if not goal.metrics:
            yield goal.finding(
                f"{goal.describe()} has no metric; add one under metrics that "
                "shows whether the goal is being reached")
