"""planlint.lint accepts paths, lists of paths, dicts and text."""

from __future__ import annotations

from pathlib import Path

from planlint import Config, Report, lint

TEXT = "planlint: 1\ngoals:\n  - {id: G1}\n"
UNMEASURED = Config(select=["PL0", "PL201"])


def codes(report: Report) -> list[tuple[str, str]]:
    return [(f.code, f.node) for f in report.findings]


def test_every_kind_of_source_gives_the_same_findings(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(TEXT)
    expected = [("PL201", "G1")]
    assert codes(lint(path, config=UNMEASURED)) == expected
    assert codes(lint(str(path), config=UNMEASURED)) == expected
    assert codes(lint([path], config=UNMEASURED)) == expected
    assert codes(lint(TEXT, config=UNMEASURED)) == expected
    assert codes(lint('{"planlint": 1,\n"goals": [{"id": "G1"}]}', config=UNMEASURED)) == expected
    assert codes(lint({"planlint": 1, "goals": [{"id": "G1"}]}, config=UNMEASURED)) == expected


def test_text_keeps_positions_and_dicts_have_none() -> None:
    (from_text,) = lint(TEXT, config=UNMEASURED).findings
    assert (from_text.location.file, from_text.location.line) == ("<text>", 3)
    (from_dict,) = lint({"planlint": 1, "goals": [{"id": "G1"}]}, config=UNMEASURED).findings
    assert (from_dict.location.file, from_dict.location.line) == ("<dict>", None)
    assert from_dict.to_dict()["line"] is None


def test_report_summary_and_dict() -> None:
    report = lint(TEXT, config=UNMEASURED)
    summary = report.summary()
    assert (summary["findings"], summary["error"], summary["failed"]) == (1, 1, True)
    assert report.to_dict()["findings"][0]["code"] == "PL201"
