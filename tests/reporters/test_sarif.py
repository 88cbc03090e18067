"""SARIF output validates against the official 2.1.0 schema and carries what code
scanning needs: the rule catalogue, levels, regions and stable fingerprints."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from planlint.finding import Finding, Location
from planlint.positions import SourceFile
from planlint.report import Report
from planlint.reporters import RULE_DOCS_URL
from planlint.reporters.excerpt import tight
from planlint.reporters.sarif import FINGERPRINT, region, render
from tests.reporters.reports import GOLDEN_PLAN, report_of

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "sarif-schema-2.1.0.json")
                    .read_text("utf-8"))


def sarif(report: Report) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(render(report, False))
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    return log


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(tmp_path)
    return sarif(report_of(tmp_path))["runs"][0]  # type: ignore[no-any-return]


def test_the_rule_catalogue_describes_every_rule_of_the_run(run: dict[str, Any]) -> None:
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["PL000", "PL001", "GOLD001", "GOLD002", "GOLD003"]
    first = rules[2]
    assert first["name"] == "goal-needs-metric"
    assert first["shortDescription"]["text"] == "A goal lists no metric."
    assert "Nobody can tell" in first["fullDescription"]["text"]
    assert "Nobody can tell" in first["help"]["text"]
    assert first["defaultConfiguration"]["level"] == "warning"
    assert first["properties"]["category"] == "metrics"
    assert "metrics" in first["properties"]["tags"]
    assert "helpUri" not in first  # a third party's rule: not in planlint's docs


def test_results_point_at_their_rule_region_and_item(run: dict[str, Any]) -> None:
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("GOLD001", "warning"), ("GOLD001", "warning"), ("GOLD002", "error"),
        ("GOLD003", "note")]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    location = results[3]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"] == {
        "uri": "plan.yaml", "uriBaseId": "%SRCROOT%"}
    assert location["physicalLocation"]["region"] == {
        "startLine": 26, "startColumn": 72, "endLine": 26, "endColumn": 74}
    assert location["logicalLocations"] == [
        {"name": "B1", "fullyQualifiedName": "B1", "kind": "budget"}]
    related = results[3]["relatedLocations"][0]
    assert related["message"]["text"] == "initiative I2 is here"
    assert related["physicalLocation"]["region"]["startLine"] == 24
    assert related["logicalLocations"][0]["kind"] == "initiative"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")


def _fingerprints(run: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(r["ruleId"], r["locations"][0]["logicalLocations"][0]["name"]):
            r["partialFingerprints"][FINGERPRINT] for r in run["results"]}


def test_fingerprints_survive_moved_lines_and_differ_between_findings(
        tmp_path: Path) -> None:
    before = _fingerprints(sarif(report_of(tmp_path / "a"))["runs"][0])
    moved = GOLDEN_PLAN.read_text("utf-8").replace(
        "people:\n", "# a comment\n\n# pushes every item down\npeople:\n")
    after_run = sarif(report_of(tmp_path / "b", moved))["runs"][0]
    assert after_run["results"][0]["locations"][0]["physicalLocation"]["region"][
        "startLine"] == 16
    assert _fingerprints(after_run) == before
    assert len(set(before.values())) == len(before) == 4


def test_findings_sharing_rule_item_and_field_still_differ() -> None:
    twin = Finding("twice", "G1", "goal", Location("plan.yaml", 3, 1, 3, 5), code="X1",
                   name="x", category="c")
    report = Report([twin, twin], ["plan.yaml"], ["X1"], "p", _date())
    results = sarif(report)["runs"][0]["results"]
    prints = [r["partialFingerprints"][FINGERPRINT] for r in results]
    assert prints[0] != prints[1]


def test_a_finding_without_a_line_has_no_region_and_planlint_rules_link_their_docs() -> None:
    finding = Finding("no place", "G1", "goal", Location("plan.yaml"), code="PL201",
                      name="unmeasured-goal", category="metrics")
    from planlint.api import get_host

    rule = get_host().rules["PL201"]
    report = Report([finding], ["plan.yaml"], ["PL201"], "p", _date(),
                    catalogue={"PL201": rule}, distributions={"PL201": "planlint"})
    run = sarif(report)["runs"][0]
    physical = run["results"][0]["locations"][0]["physicalLocation"]
    assert "region" not in physical
    descriptor = run["tool"]["driver"]["rules"][0]
    assert descriptor["helpUri"] == f"{RULE_DOCS_URL}#pl201-unmeasured-goal"
    assert "```yaml" in descriptor["help"]["markdown"]  # the rule's examples


def test_plan_text_without_a_file_validates() -> None:
    from planlint.api import lint

    report = lint("planlint: 1\ngoals:\n  - {id: G1, priority: urgent}\n")
    log = sarif(report)
    result = log["runs"][0]["results"][0]
    assert "physicalLocation" not in result["locations"][0]
    assert result["locations"][0]["logicalLocations"][0]["name"]


def _date() -> Any:
    from datetime import date

    return date(2025, 6, 30)


def test_regions_of_any_span_are_those_of_the_tight_location() -> None:
    # spans with and without ends, of one line and several, ending before they start,
    # over blank and indented lines; a location with no text to tighten it by
    chance = random.Random(26)
    text = "\n".join(chance.choice(["", "  ", "goals:", "  - id: G1", "    title: Grow  ",
                                    "x" * 30]) for _ in range(40)) + "\n"
    source = SourceFile("plan.yaml", None, text, "yaml")
    for _ in range(3000):
        line = chance.choice([None, chance.randint(1, len(source.lines))])
        start = line or 1
        end_line = chance.choice([None, start - 1, start, start + chance.randint(0, 8)])
        location = Location("plan.yaml", line, chance.choice([None, chance.randint(1, 40)]),
                            None if end_line is None else min(end_line, len(source.lines)),
                            chance.choice([None, chance.randint(1, 40)]))
        for text_of in (source, None):
            # the tight location's own region, with no lines left to tighten it by
            assert region(location, text_of) == region(tight(location, text_of), None), \
                location
