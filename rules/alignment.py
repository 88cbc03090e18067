"""PL3 alignment: money and structure follow the strategy."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.finding import Finding
from planlint.model import Goal, Initiative
from planlint.plan import Plan
from planlint.ruledef import rule


@rule(code="PL301", name="unlinked-budget", category="alignment", severity="error",
      fails="planlint: 1\nbudgets:\n  - {id: B1, title: IT refresh, amount: 2000000}\n",
      passes="planlint: 1\ngoals: [{id: G1}]\ninitiatives: [{id: I1, supports: [G1]}]\n"
             "budgets:\n  - {id: B1, title: IT refresh, amount: 2000000, funds: [I1]}\n")
def unlinked_budget(plan: Plan) -> Iterator[Finding]:
    """A budget line funds nothing, or funds nothing that leads to a goal.

    When strategies are not linked to budgets, strategic priorities do not get resources
    and local budgets follow other objectives. A budget line leads to a goal when it
    funds a goal, an initiative that supports a goal, or an initiative that such an
    initiative depends on. Lines whose targets are all undefined are left to
    dangling-reference.
    """
    bound = plan.goal_bound_initiatives
    for budget in plan.budgets:
        if not budget.funds:
            yield budget.finding(
                f"{budget.describe()} funds nothing; name the initiatives "
                "or goals it pays for under funds")
            continue
        targets = plan.refs(budget, "funds")
        if not targets or any(isinstance(target, Goal) or target.id in bound
                              for target in targets):
            continue
        names = ", ".join(target.id for target in targets if isinstance(target, Initiative))
        if len(targets) == 1:
            what = f"initiative {names}, which supports no goal; link it to the goal it serves"
        else:
            what = f"initiatives {names}, which support no goal; link them to the goals they serve"
        yield budget.finding(
            f"budget {budget.id} funds {what} (supports), or move the money to work that does",
            field="funds",
            related=[target.related(f"{target.kind} {target.id} supports no goal")
                     for target in targets])
