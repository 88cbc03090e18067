"""PL7 change: changes that shift resources or power are explained to the people they
touch, and the plan's own adjustments are recorded decisions, not silent edits."""

from __future__ import annotations

from collections.abc import Iterator
from textwrap import dedent

from planlint.finding import Finding
from planlint.model import Goal
from planlint.plan import Plan
from planlint.ruledef import rule

from ._text import named


def _communicated_goals(plan: Plan) -> set[str]:
    """Ids of goals a communication covers, directly or through a goal above them."""
    direct = {goal.id for communication in plan.communications
              for goal in plan.refs(communication, "covers", Goal)}
    covered: dict[str, bool] = {}
    for goal in plan.goals:
        path: dict[str, None] = {}
        current: Goal | None = goal
        while current is not None and current.id not in covered and current.id not in path:
            if current.id in direct:
                covered[current.id] = True
                break
            path[current.id] = None
            current = plan.ref(current, "parent", Goal)
        verdict = covered.get(current.id, False) if current is not None else False
        covered.update(dict.fromkeys(path, verdict))
    return {goal_id for goal_id, yes in covered.items() if yes}


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
    power and influence; the people it touches fear for their competence, status and
    jobs. Without communication that explains why the change serves the strategy,
    resistance fills the silence. A goal counts as covered when a communication covers
    it or a goal above it in the cascade; the finding appears when none of the goals the
    initiative supports is covered. Initiatives marked ``kind: transformation`` (in any
    case) are checked unless they are done or cancelled; one that supports no goal is
    left to orphan-initiative.
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
            covered = _communicated_goals(plan)
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
