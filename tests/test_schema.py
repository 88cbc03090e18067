"""``planlint schema`` is a valid JSON Schema that agrees with the loader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import Result
from hypothesis import given, settings

from planlint.api import lint
from planlint.commands import EXAMPLE
from planlint.loaders.yaml import load
from planlint.schema import plan_schema
from planlint.testing.strategies import plans

Run = Callable[..., Result]
COMMITTED = Path(__file__).parent.parent / "docs" / "plan.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(plan_schema())


def data(text: str) -> Any:
    """A YAML plan as an editor sees it: plain data, dates as text."""
    return load(text).data


def problems(text: str) -> list[str]:
    """Every error message, including those inside ``anyOf`` alternatives."""
    found: list[str] = []
    errors = list(VALIDATOR.iter_errors(data(text)))
    while errors:
        error = errors.pop()
        found.append(error.message)
        errors.extend(error.context or ())
    return found


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(plan_schema())


def test_the_command_prints_the_schema(cli: Run) -> None:
    result = cli("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == plan_schema()


def test_the_committed_copy_is_up_to_date() -> None:
    printed = json.dumps(plan_schema(), indent=2, ensure_ascii=False) + "\n"
    assert COMMITTED.read_text(encoding="utf-8") == printed, \
        "docs/plan.schema.json is stale: run 'planlint schema > docs/plan.schema.json'"


@pytest.mark.parametrize("path", sorted(EXAMPLE.parent.rglob("*.yaml")), ids=lambda p: p.name)
def test_the_bundled_example_validates(path: Path) -> None:
    assert problems(path.read_text(encoding="utf-8")) == []


VALID = """planlint: 1
x-owner-team: strategy office
plan: {id: p, as_of: 2001-06-30, horizon: {start: 2001-01-01}, x-board: A}
include: units/*.yaml
goals:
  - id: G1
    x-cost-center: 4711
    metrics:
      - M0
      - {id: M1, cadence: P2W, baseline: {value: 1, date: 2001-01-01}, breaks_down: M0}
  - {id: 2001, priority: high, withheld: [actuals]}
metrics:
  - {id: M0, cadence: quarterly, actuals: [{date: 2001-03-31, value: 3.5}]}
initiatives:
  - {id: I1, kind: transformation, supports: [G1]}
budgets:
  - {id: B1, period: 2025, amount: 10, funds: [I1]}
communications:
  - {id: C1, audience: all}
  - {id: C2, audience: [enterprise]}
reviews:
units:
waivers:
  - {rule: PL201, node: G1, reason: metrics with Finance, expires: 2001-12-31, x-ticket: 7}
"""


def test_what_the_loader_accepts_validates() -> None:
    assert problems(VALID) == []
    report = lint(VALID, as_of=None)
    structural = [f for f in report.findings if f.code in ("PL002", "PL003", "PL009")]
    assert structural == []


@pytest.mark.parametrize(("change", "message"), [
    (("    x-cost-center: 4711", "    ownr: ceo"), "'ownr' does not match any of the regexes"),
    (("priority: high", "priority: urgent"), "'urgent' is not valid"),
    (("withheld: [actuals]", "withheld: [results]"), "'results' is not one of"),
    (("kind: transformation", "type: transformation"), "'type' does not match"),
    (("cadence: P2W", "cadence: fortnightly"), "'fortnightly' is not valid"),
    (("x-owner-team", "owner-team"), "'owner-team' does not match"),
    (("planlint: 1", "planlint: 2"), "1 was expected"),
    (("{rule: PL201, node: G1,", "{rule: PL201, node: G1, approved: ceo,"),
     "'approved' does not match"),
    (("- {id: 2001,", "- {id: -1,"), "-1 is not valid"),
    (("value: 3.5", "value: many"), "'many' is not of type 'number'"),
    (("breaks_down: M0", "breaks_down: [M0]"), "['M0'] is not valid"),
])
def test_what_the_loader_reports_does_not_validate(change: tuple[str, str],
                                                    message: str) -> None:
    old, new = change
    assert old in VALID
    text = VALID.replace(old, new, 1)
    found = problems(text)
    assert found, f"{new!r} should not validate"
    assert any(message in problem for problem in found), found
    structural = [f for f in lint(text).findings
                  if f.code in ("PL002", "PL003", "PL009", "PL014")]
    assert structural, f"planlint should report {new!r} too"


@pytest.mark.parametrize("item", [
    "reviews:\n  - {id: R1, title: Roadmap retrospective, cadence: per event}",
    "metrics:\n  - {id: M1, cadence: per event}", "metrics:\n  - {id: M1, cadence: once}"])
def test_an_event_cadence_validates_where_the_loader_reads_it(item: str) -> None:
    """A review may be held per event, and a metric read once or per event."""
    text = f"planlint: 1\n{item}\n"
    assert problems(text) == []
    assert [f.message for f in lint(text).findings if f.code == "PL002"] == []
    once = "planlint: 1\nreviews:\n  - {id: R1, cadence: once}\n"
    assert problems(once) and [f for f in lint(once).findings if f.code == "PL002"]


@pytest.mark.parametrize("status", ["on-hold", "blocked"])
def test_work_on_hold_or_blocked_is_a_status(status: str) -> None:
    """Work put on hold on purpose (paused, parked) has a status of its own, apart from
    work held up by something it waits on."""
    text = f"planlint: 1\ninitiatives:\n  - {{id: I1, title: Python SDK, status: {status}}}\n"
    assert problems(text) == []
    assert [f.message for f in lint(text).findings if f.code == "PL002"] == []


@pytest.mark.parametrize("change", ["-16 %", "\u221216%", " - 16% ", "+25 %", "16%"])
def test_a_change_the_loader_reads_validates(change: str) -> None:
    """A percentage written with spaces or a minus sign (U+2212) is a change the loader
    reads, so an editor must not mark it: the schema once allowed only `-16%`."""
    text = ("planlint: 1\nmetrics:\n  - {id: M1, title: Emissions, unit: t, "
            f"baseline: {{value: 17.3}}, target: {{change: '{change}', date: 2030-12-31}}}}\n")
    assert problems(text) == []
    assert [f.message for f in lint(text).findings if f.code == "PL002"] == []


@pytest.mark.parametrize("change", ["-16", "16 percent", "%", "--5%"])
def test_a_change_the_loader_refuses_does_not_validate(change: str) -> None:
    text = ("planlint: 1\nmetrics:\n  - {id: M1, title: Emissions, unit: t, "
            f"baseline: {{value: 17.3}}, target: {{change: '{change}', date: 2030-12-31}}}}\n")
    assert problems(text)
    assert [f for f in lint(text).findings if f.code == "PL002"]


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=40, deadline=None)
@given(plans())
def test_every_structurally_valid_plan_validates(plan: dict[str, Any]) -> None:
    assert [error.message for error in VALIDATOR.iter_errors(plan)] == []
