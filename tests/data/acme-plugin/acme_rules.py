import planlint

@planlint.rule(code="ACME001", name="budget-needs-cost-center", category="alignment", severity="error")
def budget_needs_cost_center(plan):
    """Every budget line names its cost center."""
    for budget in plan.budgets:
        if "x-cost-center" not in budget.extra:
            yield budget.finding(f"budget {budget.id} names no cost center")

@planlint.hookimpl
def planlint_rules():
    return [budget_needs_cost_center]
