"""docs/rules.md is generated from the rules' metadata and kept in sync with them."""

from __future__ import annotations

from pathlib import Path

from planlint.docgen import REGENERATE, main, render
from planlint.host import Host

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_committed_reference_is_up_to_date() -> None:
    expected = render(Host(entry_points=False))
    current = DOCS.read_text(encoding="utf-8") if DOCS.is_file() else ""
    assert current == expected, (
        f"docs/rules.md is out of date with the rules; run `{REGENERATE}` from the "
        "repository root and commit the result")


def test_reference_documents_every_builtin_rule_by_category() -> None:
    host = Host(entry_points=False)
    text = render(host)
    for rule in host.rules.values():
        assert f"### {rule.code} {rule.name}\n" in text
        assert f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) |" in text
    assert text.index("## monitoring") < text.index("### PL806 off-track-metric") \
        < text.index("## formulation")
    assert "[tool.planlint.options.off-track-metric]\nthreshold = 0.85" in text


def test_check_mode_reports_a_stale_file(tmp_path: Path, capsys: object) -> None:
    target = tmp_path / "rules.md"
    assert main(["--output", str(target)]) == 0
    assert main(["--output", str(target), "--check"]) == 0
    target.write_text("# stale\n", encoding="utf-8")
    assert main(["--output", str(target), "--check"]) == 1


def test_each_rule_is_documented_under_the_same_headings() -> None:
    from planlint.docgen import render
    from planlint.host import Host

    text = render(Host(entry_points=False))
    section = text.split("### PL806 off-track-metric", 1)[1].split("\n### ", 1)[0]
    headings = [line for line in section.splitlines() if line.startswith("#### ")]
    assert headings == ["#### What it does", "#### Why it matters", "#### How it judges",
                        "#### Example", "#### Options"]
