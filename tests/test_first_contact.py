"""The mistakes people make in a first plan: each gives one finding, on its line, whose
message names the fix in the user's words (no library wording)."""

from __future__ import annotations

import pytest

from planlint import Config, lint

#: A plan with no structural problem; each case below changes one line of it.
PLAN = """\
planlint: 1
plan:
  id: p
  as_of: 2025-06-30
people:
  - {id: ceo, role: CEO, leader: true}
units:
  - {id: sales, name: Sales}
goals:
  - id: G1
    title: Grow revenue
    owner: ceo
    due: 2025-12-31
    metrics: [M1]
metrics:
  - id: M1
    title: Revenue
    unit: USD m
    cadence: monthly
    baseline: {value: 10, date: 2024-12-31}
    target: {value: 12, date: 2025-12-31}
initiatives:
  - {id: I1, title: Sales team, owner: ceo, supports: [G1], start: 2025-01-01, end: 2025-12-31}
budgets:
  - {id: B1, amount: 100, funds: [I1]}
reviews:
  - {id: R1, title: Monthly review, cadence: monthly, covers: [G1]}
communications:
  - {id: C1, title: All-hands, audience: [sales], channel: meeting, cadence: quarterly, owner: ceo}
assumptions:
  - {id: A1, statement: Demand holds, affects: [G1]}
"""

#: (what the user wrote, what it replaces, the rule, the line, what the message must say)
MISTAKES = [
    # a section misspelt or named in another vocabulary
    ("goal:", "goals:", "PL014", 9, "did you mean 'goals'? It is read as goals here"),
    ("metric:\n  - id: M1", "metrics:\n  - id: M1", "PL014", 15, "did you mean 'metrics'?"),
    ("initiative:", "initiatives:", "PL014", 22, "did you mean 'initiatives'?"),
    ("budget:", "budgets:", "PL014", 24, "did you mean 'budgets'?"),
    ("review:", "reviews:", "PL014", 26, "did you mean 'reviews'?"),
    ("communication:", "communications:", "PL014", 28, "did you mean 'communications'?"),
    ("assumption:", "assumptions:", "PL014", 30, "did you mean 'assumptions'?"),
    ("unit:\n  - {id: sales", "units:\n  - {id: sales", "PL014", 7, "did you mean 'units'?"),
    ("person:", "people:", "PL014", 5, "did you mean 'people'?"),
    ("kpis:\n  - id: M1", "metrics:\n  - id: M1", "PL014", 15, "did you mean 'metrics'?"),
    ("objectives:", "goals:", "PL014", 9, "did you mean 'goals'?"),
    # a field misspelt or named in another vocabulary
    ("    ownr: ceo", "    owner: ceo", "PL014", 12, "did you mean 'owner'?"),
    ("    titel: Grow revenue", "    title: Grow revenue", "PL014", 11, "did you mean 'title'?"),
    ("    cadance: monthly", "    cadence: monthly", "PL014", 19, "did you mean 'cadence'?"),
    ("    basline: {", "    baseline: {", "PL014", 20, "did you mean 'baseline'?"),
    ("    traget: {", "    target: {", "PL014", 21, "did you mean 'target'?"),
    ("suport: [G1]", "supports: [G1]", "PL014", 23, "did you mean 'supports'?"),
    ("ammount: 100", "amount: 100", "PL014", 25, "did you mean 'amount'?"),
    ("audiance: [sales]", "audience: [sales]", "PL014", 29, "did you mean 'audience'?"),
    ("    deadline: 2025-12-31", "    due: 2025-12-31", "PL014", 13, "did you mean 'due'?"),
    ("    kpis: [M1]", "    metrics: [M1]", "PL014", 14, "did you mean 'metrics'?"),
    ("    responsible: ceo", "    owner: ceo", "PL014", 12, "did you mean 'owner'?"),
    # the plan's own rating in its own words
    ("    due: 2025-12-31\n    rating: red", "    due: 2025-12-31", "PL002", 14,
     "did you mean 'off-track'?"),
    ("    due: 2025-12-31\n    rating: On Track", "    due: 2025-12-31", "PL002", 14,
     "did you mean 'on-track'?"),
    ("    due: 2025-12-31\n    rating: amber", "    due: 2025-12-31", "PL002", 14,
     "did you mean 'at-risk'?"),
    # figures written with their unit, scale or separators
    ("    target: 35%", "    target: {value: 12, date: 2025-12-31}", "PL002", 21,
     "should be a mapping such as {value: 35, date: 2026-12-31}"),
    ("    target: {value: 35%, date: 2025-12-31}", "    target: {value: 12, date: 2025-12-31}",
     "PL002", 21, "write 35 as a plain number and state '%' apart"),
    ('    target: {value: "1,200", date: 2025-12-31}',
     "    target: {value: 12, date: 2025-12-31}", "PL002", 21, "write 1200 as a plain number"),
    ("    target: {value: $1200, date: 2025-12-31}", "    target: {value: 12, date: 2025-12-31}",
     "PL002", 21, "write 1200 as a plain number and state '$' apart"),
    ("  - {id: B1, amount: 100 000, funds: [I1]}", "  - {id: B1, amount: 100, funds: [I1]}",
     "PL002", 25, "write 100000 as a plain number"),
    ('  - {id: B1, amount: "1.5M", funds: [I1]}', "  - {id: B1, amount: 100, funds: [I1]}",
     "PL002", 25, "write 1500000 as a plain number, or 1.5 with the scale"),
    ("    unit: %", "    unit: USD m", "PL001", 18, "quote it, as '%'"),
    ("    baseline: 10", "    baseline: {value: 10, date: 2024-12-31}", "PL002", 20,
     "such as {value: 10, date: 2026-12-31}"),
    ("    actuals: 11", "    target: {value: 12, date: 2025-12-31}", "PL002", 21,
     "such as [{date: 2026-03-31, value: 11}]"),
    # dates in local formats
    ("    due: 31/12/2025", "    due: 2025-12-31", "PL002", 13, "write 2025-12-31"),
    ("    due: 12/31/2025", "    due: 2025-12-31", "PL002", 13, "write 2025-12-31"),
    ("    due: 04/05/2025", "    due: 2025-12-31", "PL002", 13,
     "write 2025-05-04 if the day comes first, 2025-04-05 if the month does"),
    ("    due: Dec 31 2025", "    due: 2025-12-31", "PL002", 13, "write 2025-12-31"),
    ("    due: 31 December 2025", "    due: 2025-12-31", "PL002", 13, "write 2025-12-31"),
    ("    due: 2025-13-01", "    due: 2025-12-31", "PL002", 13, "that day is not in the calendar"),
    ("    due: May 2025", "    due: 2025-12-31", "PL002", 13,
     "such as 2025-05-31 for the end of May 2025"),
    ("    due: 2024-02", "    due: 2025-12-31", "PL002", 13,
     "such as 2024-02-29 for the end of February 2024"),
    ("    target: {value: 12, date: 2025}", "    target: {value: 12, date: 2025-12-31}",
     "PL002", 21, "such as 2025-12-31 for the end of 2025"),
    # a spreadsheet's day number: a date cell read without its date format
    ("    due: 46022", "    due: 2025-12-31", "PL002", 13,
     "46022 is 2025-12-31 as a spreadsheet counts days; write 2025-12-31, or format the "
     "cell as a date"),
    ('    due: "46022"', "    due: 2025-12-31", "PL002", 13, "write 2025-12-31"),
    ("  as_of: today", "  as_of: 2025-06-30", "PL002", 4, "write it as YYYY-MM-DD"),
    ("  horizon: 2025-2030\n  as_of", "  as_of", "PL002", 4,
     "such as {start: 2025-01-01, end: 2030-12-31}"),
    # choices in other words
    ("    cadence: every month", "    cadence: monthly", "PL002", 19, "did you mean 'monthly'?"),
    ("    cadence: montly", "    cadence: monthly", "PL002", 19, "did you mean 'monthly'?"),
    ("    cadence: yearly", "    cadence: monthly", "PL002", 19, "did you mean 'annual'?"),
    ("    direction: up", "    unit: USD m", "PL002", 18, "did you mean 'increase'?"),
    ("    priority: urgent", "    due: 2025-12-31", "PL002", 13, "did you mean 'critical'?"),
    ("status: in progress, start", "start", "PL002", 23, "did you mean 'active'?"),
    # work put on hold on purpose, in a tracker's or a roadmap's words: not the status
    # it is merely spelt like ('active' for inactive, 'planned' for paused or parked)
    ("status: on hold, start", "start", "PL002", 23, "did you mean 'on-hold'?"),
    ("status: Paused, start", "start", "PL002", 23, "did you mean 'on-hold'?"),
    ("status: parked, start", "start", "PL002", 23, "did you mean 'on-hold'?"),
    ("status: Inactive, start", "start", "PL002", 23, "did you mean 'on-hold'?"),
    ("status: deferred, start", "start", "PL002", 23, "did you mean 'on-hold'?"),
    ("status: suspended, start", "start", "PL002", 23, "did you mean 'on-hold'?"),
    ("status: stalled, start", "start", "PL002", 23, "did you mean 'blocked'?"),
    ("  - {id: ceo, role: CEO, leader: ja}", "  - {id: ceo, role: CEO, leader: true}",
     "PL002", 6, "should be true or false"),
    # the header, the layout, references
    ('planlint: "1"', "planlint: 1", "PL009", 1, "write 'planlint: 1' without quotes"),
    ("planlnt: 1", "planlint: 1", "PL014", 1, "did you mean 'planlint'? Rename it"),
    ("planlint: 2", "planlint: 1", "PL009", 1, "write 'planlint: 1'"),
    ("\ttitle: Revenue", "    title: Revenue", "PL001", 17, "replace the tab"),
    ("    metrics: M1", "    metrics: [M1]", "PL002", 14, "should be a list, such as [M1]"),
    ("    metrics: [M2]", "    metrics: [M1]", "PL005", 14, "define the metric or fix the id"),
    ("    owner: {id: ceo}\n    due", "    owner: ceo\n    due", "PL002", 12,
     "should be one value written as text, such as an item's id (found a mapping of id)"),
    ("    owner: sales\n    due", "    owner: ceo\n    due", "PL006", 12,
     "which is a unit; owner takes person ids"),
    ("  - {id: A 1, statement", "  - {id: A1, statement", "PL002", 31,
     "ids start with a letter or digit and use only letters, digits"),
    ("  - {id: B1, amount: 100, funds: [I1]}\n  - {id: B1, amount: 5}",
     "  - {id: B1, amount: 100, funds: [I1]}", "PL004", 26, "rename one"),
]
#: Wording of the libraries planlint uses, which a user must never meet.
LIBRARY_WORDS = ("Input should", "valid dictionary", "valid list", "valid boolean",
                 "valid string",
                 "instance of", "unable to interpret", "pydantic", "Traceback")


def test_the_corpus_is_large_enough() -> None:
    assert len(MISTAKES) >= 40


@pytest.mark.parametrize(("wrote", "meant", "code", "line", "says"), MISTAKES,
                         ids=[wrote.strip()[:30] for wrote, *_ in MISTAKES])
def test_a_mistake_gives_one_finding_that_names_the_fix(
        wrote: str, meant: str, code: str, line: int, says: str) -> None:
    assert PLAN.count(meant) >= 1
    report = lint(PLAN.replace(meant, wrote, 1), config=Config(select=["PL0"]))
    found = [(f.code, f.location.line, f.message) for f in report.findings]
    assert len(found) == 1, found
    assert found[0][:2] == (code, line), found
    assert says in found[0][2], found[0][2]
    assert not any(word in found[0][2] for word in LIBRARY_WORDS), found[0][2]


def test_the_plan_itself_is_sound() -> None:
    assert lint(PLAN, config=Config(select=["PL0"])).findings == []
