"""Every output format names a workbook finding's sheet and cell; a text plan's findings
keep their shape, plus the two new JSON fields."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.sheets.books import book

ARGS = ("--as-of", "2026-06-30", "--select", "PL002", "--exit-zero", "plan.xlsx")


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    return book(tmp_path / "plan.xlsx", {"Key Results": [
        ["ID", "Key result", "Target", "Target date"], ["KR1", "ARR", 14, date(2026, 12, 31)],
        ["KR2", "NPS", 50, "soon"]]})


def test_text_and_markdown(cli: Run, workbook: Path) -> None:
    assert cli("check", *ARGS).output.startswith(
        "plan.xlsx:Key Results!D3: PL002 [error] metric KR2: target.date should be a date")
    assert "| plan.xlsx:Key Results!D3 | PL002 invalid-field |" in \
        cli("check", "--format", "markdown", *ARGS).output


def test_json_sarif_junit_github_and_html(cli: Run, workbook: Path) -> None:
    finding = json.loads(cli("check", "--format", "json", *ARGS).output)["findings"][0]
    assert {key: finding[key] for key in ("file", "sheet", "cell", "line", "column")} == \
        {"file": "plan.xlsx", "sheet": "Key Results", "cell": "D3", "line": 3, "column": 4}
    result = json.loads(cli("check", "--format", "sarif", *ARGS).output)["runs"][0]["results"][0]
    place = result["locations"][0]["physicalLocation"]
    assert place["properties"] == {"sheet": "Key Results", "cell": "D3"}
    assert place["region"]["startLine"] == 3 and place["region"]["startColumn"] == 4
    case = next(case for case in ET.fromstring(cli("check", "--format", "junit", *ARGS).output)
                .iter("testcase") if case.find("failure") is not None)
    assert case.get("file") == "plan.xlsx" and case.get("line") is None
    assert (case.findtext("failure") or "").startswith("plan.xlsx:Key Results!D3: PL002")
    github = cli("check", "--format", "github", *ARGS).output.splitlines()[0]
    assert github.startswith("::error file=plan.xlsx,title=PL002 invalid-field at Key Results!D3::")
    html = cli("check", "--format", "html", *ARGS).output
    assert "plan.xlsx:Key Results!D3" in html


def test_a_finding_about_the_whole_workbook_has_no_cell(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {"Goals": [["ID", "Title"], ["G1", "Grow"]]})
    result = cli("check", "--format", "json", "--select", "PL104", "--exit-zero", "plan.xlsx")
    finding = json.loads(result.output)["findings"][0]
    assert (finding["file"], finding["line"], finding["sheet"], finding["cell"]) == \
        ("plan.xlsx", None, None, None)
    text = cli("check", "--select", "PL104", "--exit-zero", "plan.xlsx").output
    assert text.startswith("plan.xlsx: PL104 [warning] the plan names no sponsor")
