"""The text format: code frames under findings, the summary by category, colour."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planlint.finding import Location
from planlint.positions import SourceFile
from planlint.reporters.excerpt import printable, tight
from planlint.reporters.text import render
from tests.conftest import Run
from tests.reporters.reports import GOLDEN_ARGS, GOLDEN_PLAN, report_of

ARGS = GOLDEN_ARGS


def test_frame_underlines_the_span_of_a_field(tmp_path: Path) -> None:
    lines = render(report_of(tmp_path), False).splitlines()
    start = lines.index("plan.yaml:26:72: GOLD003 [info] budget B1 funds I2, which supports "
                        "no goal (funds-stray-work)")
    assert lines[start + 1] == ("  26 |   - {id: B1, title: Party budget, amount: 5000, "
                                "currency: EUR, funds: [I2]}")
    caret = lines[start + 2]
    assert caret.replace(" ", "") == "|^^" and caret.index("^") == lines[start + 1].index("I2]")
    assert lines[start + 3] == "     = plan.yaml:24:5: initiative I2 is here"


def test_wide_characters_and_tabs_keep_carets_aligned(tmp_path: Path) -> None:
    plan = GOLDEN_PLAN.read_text("utf-8").replace(
        "{id: B1, title: Party budget,", '{id: B1, title: "派对\t",')
    lines = render(report_of(tmp_path, plan), False).splitlines()
    frame = next(line for line in lines if line.startswith("  26 |"))
    assert "\t" not in frame
    caret = lines[lines.index(frame) + 1]
    # the two wide characters take two columns each
    assert caret.index("^") == frame.index("I2]") + 2


def test_control_characters_never_reach_the_terminal() -> None:
    assert printable("a\x1b[31mb\x07\u2028") == "a\N{REPLACEMENT CHARACTER}[31mb" + (
        "\N{REPLACEMENT CHARACTER}" * 2)
    assert printable("\tx") == "    x"


def test_summary_by_severity_and_category(tmp_path: Path) -> None:
    text = render(report_of(tmp_path), False)
    assert text.endswith(
        "Found 4 findings (1 error, 2 warnings, 1 info) in 1 file (5 rules checked).\n"
        "  alignment   1 finding (1 info)\n"
        "  leadership  1 finding (1 error)\n"
        "  metrics     2 findings (2 warnings)\n")


def test_long_lines_are_cut_around_the_span(tmp_path: Path) -> None:
    plan = GOLDEN_PLAN.read_text("utf-8").replace(
        "title: Party budget,", f"title: Party {'x' * 300},")
    lines = render(report_of(tmp_path, plan), False).splitlines()
    frame = next(line for line in lines if line.startswith("  26 |"))
    assert frame.startswith("  26 | …") and frame.endswith("funds: [I2]}")
    caret = lines[lines.index(frame) + 1]
    assert caret.index("^") == frame.index("I2]")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return Path(shutil.copy(GOLDEN_PLAN, tmp_path / "plan.yaml"))


def test_colour_follows_flags_and_no_color(cli: Run, plan: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in cli("check", "--color", *ARGS).output
    assert "\x1b[" not in cli("check", *ARGS).output  # not a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in cli("check", *ARGS).output
    coloured = cli("check", "--color", *ARGS).output
    assert "\x1b[" in coloured
    first = coloured.splitlines()[0]
    import click

    assert click.unstyle(first) == ("plan.yaml:13:5: GOLD001 [warning] goal G2 has no metric "
                                    "(goal-needs-metric)")


def test_a_block_span_ends_with_its_last_line_and_keeps_the_rest_of_its_place() -> None:
    """A YAML block's span reaches into the next line's indentation; the frame shows it
    ending with the block's last line, at the same start, sheet and cell."""
    source = SourceFile("plan.yaml", Path("plan.yaml"),
                        "goals:\n  - id: G1\n    title: T\n\nmetrics: []\n", "yaml")
    assert tight(Location("plan.yaml", 2, 5, 4, 1), source) == \
        Location("plan.yaml", 2, 5, 3, 13)
    assert Location("book.xlsx", 2, 3, 2, 3, "Goals", "C2").ending(4, 7) == \
        Location("book.xlsx", 2, 3, 4, 7, "Goals", "C2")


def test_summary_counts_each_categorys_severities_worst_first() -> None:
    import copy
    import pickle
    from datetime import date

    from planlint.finding import Finding, Severity
    from planlint.report import Report
    from planlint.reporters.text import by_category

    def found(category: str, severity: Severity) -> Finding:
        return Finding("m", "G1", "goal", Location("plan.yaml", 1, 1), code="X001",
                       name="x", category=category, severity=severity)

    # a severity is one object however it travels, so counting by it (hashed by identity)
    # counts every copy together
    info = pickle.loads(pickle.dumps(Severity.INFO))
    findings = [found("metrics", Severity.INFO), found("alignment", Severity.WARNING),
                found("metrics", Severity.ERROR), found("metrics", info),
                found("metrics", copy.deepcopy(Severity.ERROR))]
    report = Report(findings, ["plan.yaml"], ["X001"], "p", date(2025, 1, 1))
    assert by_category(report) == ["  alignment  1 finding (1 warning)",
                                   "  metrics    4 findings (2 errors, 2 info)"]
    assert report.counts() == {"error": 2, "warning": 1, "info": 2}
