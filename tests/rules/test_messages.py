"""Messages quote plan text on one line, however the plan wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from planlint import lint
from planlint.model import Goal, one_line

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# every kind of item, with folded and literal text that ends in newlines, in a plan
# that makes most rules speak
MULTILINE = """\
planlint: 1
plan: {id: p, as_of: 2002-06-30, sponsor: ceo}
units:
  - id: U1
    name: >
      Parts and
      service
people:
  - id: ceo
    name: |
      Dieter
      Zetsche
    leader: true
  - {id: cfo, leader: true}
  - id: ito
    name: "Ito\\n  Hana"
goals:
  - id: G1
    title: >
      Return to
      operating profit
    owner: ito
    priority: critical
    unit: U1
    due: 2002-01-31
    metrics:
      - id: M1
        title: |
          Operating
          profit
        unit: >
          USD
          m
        direction: increase
        baseline: {value: 0, date: 2001-01-01}
        target: {value: 100, date: 2003-01-01}
        cadence: monthly
        actuals: [{date: 2001-06-30, value: 1}]
  - {id: G2, title: "Cut\\n\\tcost", priority: low}
initiatives:
  - id: I1
    title: >-
      Platform
      consolidation
    supports: [G1]
    status: active
    end: 2002-01-01
    skills: ["lean\\n  manufacturing"]
    team: [ito]
budgets:
  - {id: B1, title: "Campus\\nrenovation", amount: 9, funds: [G2]}
  - {id: B2, amount: 1, funds: [G1]}
reviews:
  - {id: R1, title: "Annual\\nretreat", cadence: annual, covers: [G1], last_held: 2001-01-01}
assumptions:
  - id: A1
    statement: >
      Buyers return when quality
      reaches the segment average
    status: invalidated
    affects: [G2]
communications:
  - {id: C1, title: "Town\\nhalls", audience: [ghost], covers: [G2]}
"""


def _messages(source: str | Path) -> list[str]:
    report = lint(source)
    return [text for finding in report.findings
            for text in (finding.message, *(related.message for related in finding.related))]


def test_plan_text_is_quoted_on_one_line() -> None:
    messages = _messages(MULTILINE)
    assert len(messages) > 20
    assert [text for text in messages if "\n" in text or "\t" in text] == []
    joined = " ".join(messages)
    for quoted in ("(Return to operating profit)", "(Buyers return when quality reaches "
                   "the segment average)", "'lean manufacturing'", "(Ito Hana)"):
        assert quoted in joined


@pytest.mark.parametrize("plan", ["okrs", "transit", "hospital"])
def test_example_messages_are_one_line(plan: str) -> None:
    assert [text for text in _messages(EXAMPLES / plan) if "\n" in text] == []


def test_describe_and_label_collapse_whitespace() -> None:
    goal = Goal(id="G1", title="  Return to\n  operating profit\n")
    assert goal.describe() == "goal G1 (Return to operating profit)"
    assert goal.label == "Return to operating profit"
    blank = Goal(id="G2", title=" \n")
    assert (blank.describe(), blank.label) == ("goal G2", "G2")
    assert one_line("a \t b\n") == "a b"
