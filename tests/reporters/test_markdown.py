"""Markdown: a summary by severity and category and a table of findings, with table
syntax in plan text escaped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planlint.finding import Finding, Location
from planlint.report import Report
from planlint.reporters import markdown
from planlint.reporters.markdown import cell, render
from tests.reporters.reports import report_of


def test_summary_and_table(tmp_path: Path) -> None:
    text = render(report_of(tmp_path), False)
    assert text.startswith("## planlint: golden\n")
    assert "| 🔴 error | 1 |" in text and "| 🟠 warning | 2 |" in text
    assert "| metrics | 0 | 2 | 0 | 2 |" in text
    rows = [line for line in text.splitlines() if line.startswith("| plan.yaml:")]
    assert rows[0] == ("| plan.yaml:13:5 | GOLD001 goal-needs-metric | 🟠 warning | "
                       "goal G2 has no metric |")
    assert len(rows) == 4


def test_cells_escape_pipes_newlines_and_markup() -> None:
    assert cell("a|b\nc") == "a\\|b<br>c"
    assert cell("<script>x</script> [link](u) *b*") == (
        "&lt;script&gt;x&lt;/script&gt; \\[link\\](u) \\*b\\*")


def test_long_reports_are_cut_with_a_note(monkeypatch: object) -> None:
    findings = [Finding(f"m{n}", f"G{n}", "goal", Location("p.yaml", n, 1, n, 2), code="A1",
                        name="a", category="c") for n in range(1, 6)]
    report = Report(findings, ["p.yaml"], ["A1"], "p", date(2025, 1, 1))
    original = markdown.MAX_ROWS
    markdown.MAX_ROWS = 3
    try:
        text = render(report, False)
    finally:
        markdown.MAX_ROWS = original
    assert len([line for line in text.splitlines() if line.startswith("| p.yaml:")]) == 3
    assert "… and 2 more findings" in text
