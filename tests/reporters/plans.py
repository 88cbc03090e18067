"""Plans made up for tests of the reports."""

from __future__ import annotations

#: Two metrics off track, one with a line (through an interim target, with a result
#: in words and one after the as-of date) and one with only a target; a goal without
#: an owner.
TRENDS = """planlint: 1
plan: {id: trend, title: Trend, as_of: 2001-09-30}
goals:
  - {id: G1, title: Grow sales, metrics: [M1, M2]}
metrics:
  - id: M1
    title: Revenue
    unit: USD m
    cadence: monthly
    baseline: {value: 100, date: 2001-01-01}
    target: {value: 200, date: 2001-11-28}
    targets: [{value: 120, date: 2001-04-30}]
    actuals:
      - {date: 2001-02-28, value: 104}
      - {date: 2001-05-31, text: not counted this month}
      - {date: 2001-06-30, value: 112}
      - {date: 2001-08-31, value: 108}
      - {date: 2001-10-31, value: 500}
  - id: M2
    title: Satisfied customers
    unit: "%"
    cadence: quarterly
    target: {value: 80, date: 2001-06-30}
    actuals:
      - {date: 2001-03-31, value: 40}
      - {date: 2001-07-31, value: 45}
"""


def cascade(top: int = 6, children: int = 5, grandchildren: int = 8) -> str:
    """A plan with a three-level cascade of goals (``top`` + ``top*children`` +
    ``top*children*grandchildren`` goals), each measured, some supported by funded
    initiatives, a few drives links, and defects sprinkled in."""
    lines = ["planlint: 1", "plan: {id: big, title: A large cascade, as_of: 2025-06-30,",
             "       sponsor: ceo, office: ceo}",
             "people:", "  - {id: ceo, name: Chief Executive, leader: true}",
             "goals:"]
    metrics = ["metrics:"]
    initiatives = ["initiatives:"]
    budgets = ["budgets:"]
    count = 0

    def goal(goal_id: str, parent: str | None, drives: str | None) -> None:
        nonlocal count
        count += 1
        owner = "" if count % 7 == 0 else ", owner: ceo"
        measured = count % 11 != 0
        fields = [f"id: {goal_id}", f"title: Goal {goal_id} improves outcome {count}"]
        if parent:
            fields.append(f"parent: {parent}")
        if drives:
            fields.append(f"drives: [{drives}]")
        if measured:
            fields.append(f"metrics: [M-{goal_id}]")
            metrics.append(f"  - {{id: M-{goal_id}, title: Measure of {goal_id}, owner: ceo}}")
        lines.append(f"  - {{{', '.join(fields)}{owner}}}")
        if count % 3 == 0:
            initiatives.append(f"  - {{id: I-{goal_id}, title: Work on {goal_id}, "
                               f"supports: [{goal_id}], owner: ceo}}")
            budgets.append(f"  - {{id: B-{goal_id}, amount: {count * 1000}, currency: EUR, "
                           f"funds: [I-{goal_id}]}}")

    for t in range(top):
        top_id = f"T{t}"
        goal(top_id, None, f"T{t + 1}" if t + 1 < top else None)
        for c in range(children):
            child_id = f"{top_id}.{c}"
            goal(child_id, top_id, f"T{(t + 1) % top}" if c == 0 else None)
            for g in range(grandchildren):
                goal(f"{child_id}.{g}", child_id, None)
    initiatives.append("  - {id: stray, title: Work that serves nothing}")
    budgets.append("  - {id: B-stray, amount: 5, funds: [stray]}")
    return "\n".join([*lines, *metrics, *initiatives, *budgets]) + "\n"
