"""The example plans under examples/: each seeded defect is found, and nothing else.

Each plan folder has an ``expected.json``: ``findings`` lists the seeded defects as
(code, node) pairs, ``hidden`` the findings its waivers and suppression comments hide
(``by`` one or the other), and ``fine`` items a rule could take for defects that a
strategy analyst judges fine, with the reason. A finding's node is an item's id, or for
a finding about a file, the file's path relative to the plan's folder.

Only the built-in rules run (no installed plugins), and a seeded defect counts once its
rule is in the catalogue, so the plans can be checked while the catalogue grows.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from planlint.api import get_host, lint
from planlint.finding import Finding
from planlint.report import Report

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PLANS = sorted(path.parent.name for path in EXAMPLES.glob("*/expected.json"))

Pair = tuple[str, str]


@dataclass(frozen=True)
class Checked:
    """A plan's report and what its expected.json says about it."""

    report: Report
    found: dict[Pair, Finding]
    expected: dict[Pair, str]
    fine: dict[Pair, str]
    hidden: dict[Pair, str]

    def ran(self, code: str) -> bool:
        return code in self.report.rules

    @property
    def waives(self) -> bool:
        """Whether this planlint applies waivers and suppression comments."""
        return self.ran("PL011")


def _node(finding: Finding, folder: Path) -> str:
    """The finding's node; a file's path relative to the plan's folder."""
    if finding.kind == "file":
        path = Path(finding.node).resolve()
        if path.is_relative_to(folder):
            return path.relative_to(folder).as_posix()
    return finding.node


def _pairs(entries: list[dict[str, str]]) -> dict[Pair, dict[str, str]]:
    return {(entry["code"], entry["node"]): entry for entry in entries}


def expectations(plan: str) -> dict[str, Any]:
    """The plan's expected.json."""
    data: dict[str, Any] = json.loads(
        (EXAMPLES / plan / "expected.json").read_text(encoding="utf-8"))
    return data


@cache
def checked(plan: str) -> Checked:
    folder = EXAMPLES / plan
    data = expectations(plan)
    report = lint(folder, host=get_host((), entry_points=False))
    found = {(finding.code, _node(finding, folder)): finding for finding in report.findings}
    expected = {pair: entry["why"] for pair, entry in _pairs(data["findings"]).items()}
    fine = {pair: entry["why"] for pair, entry in _pairs(data["fine"]).items()}
    hidden = {pair: entry["by"] for pair, entry in _pairs(data["hidden"]).items()}
    return Checked(report, found, expected, fine, hidden)


def _describe(pair: Pair, checked: Checked) -> str:
    finding = checked.found[pair]
    where = f"{Path(finding.location.file).name}:{finding.location.line}"
    return f"{pair[0]} on {pair[1]} ({where}): {finding.message}"


def test_every_plan_has_expectations() -> None:
    assert set(PLANS) >= {"okrs", "transit", "hospital"}


@pytest.mark.parametrize("plan", PLANS)
def test_plan_is_read_in_full(plan: str) -> None:
    """Every file of the plan is read and no rule crashes on it."""
    result = checked(plan)
    files = {path for path in (EXAMPLES / plan).rglob("*")
             if path.suffix in {".yaml", ".json", ".toml"} and path.name != "expected.json"}
    assert {Path(name).resolve() for name in result.report.files} == files
    assert not [pair for pair in result.found if pair[0] == "PL000"]


@pytest.mark.parametrize("plan", PLANS)
def test_seeded_defects_are_found(plan: str) -> None:
    result = checked(plan)
    missed = [f"{code} on {node}: {why}" for (code, node), why in result.expected.items()
              if result.ran(code) and (code, node) not in result.found]
    assert not missed, "seeded defects not found:\n  " + "\n  ".join(missed)


@pytest.mark.parametrize("plan", PLANS)
def test_no_other_findings(plan: str) -> None:
    """A finding that is not a seeded defect is either a defect nobody seeded (record it
    in expected.json and EXPECTED.md) or a false alarm: a rule whose definition a real
    plan shows to be wrong."""
    result = checked(plan)
    accepted = set() if result.waives else set(result.hidden)
    unexpected = [_describe(pair, result) for pair in result.found
                  if pair not in result.expected and pair not in accepted]
    assert not unexpected, "findings nobody expected:\n  " + "\n  ".join(unexpected)


@pytest.mark.parametrize("plan", PLANS)
def test_waivers_and_suppressions_hide_what_they_name(plan: str) -> None:
    result = checked(plan)
    if not result.waives:
        pytest.skip("this planlint does not apply waivers (no expired-waiver rule)")
    shown = [f"{code} on {node}" for code, node in result.hidden if (code, node) in result.found]
    assert not shown, "accepted exceptions still reported: " + ", ".join(shown)
    hidden = {why: count for why, count in result.report.hidden.items() if count}
    assert hidden == dict(Counter(result.hidden.values()))


FINE = [(plan, entry["code"], entry["node"]) for plan in PLANS
        for entry in expectations(plan)["fine"]]


@pytest.mark.parametrize(("plan", "code", "node"), FINE,
                         ids=[f"{plan}-{code}-{node}" for plan, code, node in FINE])
def test_fine_items_are_not_reported(plan: str, code: str, node: str) -> None:
    """An item a rule could take for a defect, which a strategy analyst judges fine."""
    result = checked(plan)
    reported = _describe((code, node), result) if (code, node) in result.found else None
    assert reported is None, (f"false alarm: {reported}\n"
                              f"  why it is fine: {result.fine[code, node]}")


@pytest.mark.parametrize("plan", PLANS)
def test_expected_md_lists_every_seeded_defect_and_fine_item(plan: str) -> None:
    text = (EXAMPLES / plan / "EXPECTED.md").read_text(encoding="utf-8")
    result = checked(plan)
    missing = [f"{code} {node}" for code, node in [*result.expected, *result.fine]
               if f"| {code} | {node} |" not in text]
    assert not missing, "EXPECTED.md does not list: " + ", ".join(missing)
