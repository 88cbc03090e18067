"""``# planlint: ignore[RULES] -- reason`` comments in YAML hide findings for one item."""

from __future__ import annotations

from pathlib import Path

import pytest

from planlint.api import lint
from planlint.comments import scan
from planlint.config import Config
from planlint.positions import SourceFile
from planlint.report import Report
from planlint.reporters.text import render

HEAD = "planlint: 1\npeople: [{id: ceo, name: CEO}]\n"
SELECT = ["PL003", "PL005", "PL012", "PL013", "PL201"]
#: Goals that are measured, appended to a list of goals so that the plan measures most of
#: its goals and unmeasured-goal reports each one that is not.
MEASURED = "".join(f"  - {{id: G{n}, metrics: [M7]}}\n" for n in range(7, 13)) + \
    "metrics: [{id: M7}]\n"


def run(text: str, *select: str) -> Report:
    return lint(HEAD + text, config=Config(select=list(select) or SELECT))


def codes(report: Report) -> list[tuple[str, str, int | None]]:
    return [(f.code, f.node, f.location.line) for f in report.findings]


def comments_of(text: str) -> list[tuple[int, int, tuple[str, ...], str | None]]:
    from planlint.loaders.yaml import load

    source = SourceFile("plan.yaml", None, text, "yaml", load(text).positions)
    return [(c.line, c.column, tuple(r.text for r in c.rules), c.reason) for c in scan(source)]


def test_a_comment_on_the_item_line_hides_that_item_only() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[unmeasured-goal] -- with Finance\n"
                 "  - id: G2\n" + MEASURED)
    assert codes(report) == [("PL201", "G2", 5)]
    assert report.hidden == {"inline": 1}


def test_a_comment_on_the_offending_key_line_hides_that_items_finding() -> None:
    report = run("goals:\n  - id: G1\n    metrics: [{id: M1}]\n"
                 "    owner: nobody  # planlint: ignore[dangling-reference] -- hiring\n"
                 "  - id: G2\n    metrics: [{id: M2}]\n    owner: nobody\n")
    assert codes(report) == [("PL005", "G2", 9)]


def test_one_comment_names_several_rules_by_code_and_name() -> None:
    report = run("goals:\n"
                 "  - id: G1\n    flavour: ceo  # planlint: ignore[PL003, unmeasured-goal] -- x\n")
    assert codes(report) == []
    assert report.hidden == {"inline": 2}


def test_a_comment_hides_only_the_rules_it_names() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[PL003] -- x\n    flavour: ceo\n",
                 "PL003", "PL201")
    assert codes(report) == [("PL201", "G1", 4)]


def test_a_goal_and_its_inline_metric_on_one_line_are_both_covered() -> None:
    report = run("goals:\n  - id: G1\n    metrics: [{id: M1, flavour: x}]  "
                 "# planlint: ignore[unknown-field] -- x\n", "PL003", "PL012")
    assert codes(report) == []


def test_a_rule_named_in_a_comment_that_hides_nothing_is_reported_at_its_name() -> None:
    text = ("goals:\n  - id: G1  # planlint: ignore[PL201, dangling-reference] -- x\n")
    report = run(text)
    assert codes(report) == [("PL012", "G1", 4)]
    unused = report.findings[0]
    assert unused.location.column == text.splitlines()[1].index("dangling") + 1
    assert unused.location.end_column == unused.location.column + len("dangling-reference")
    assert "dangling-reference (PL005) hides nothing" in unused.message
    assert "remove it from the comment" in unused.message
    assert unused.kind == "suppression"


def test_a_comment_naming_an_unknown_rule_suggests_the_nearest() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[unmesured-goal] -- x\n")
    assert sorted(f.code for f in report.findings) == ["PL012", "PL201"]
    assert "did you mean 'unmeasured-goal'?" in report.findings[-1].message


def test_a_comment_on_a_line_of_its_own_is_reported() -> None:
    report = run("goals:\n  # planlint: ignore[unmeasured-goal] -- x\n  - id: G1\n")
    assert sorted(codes(report)) == [("PL012", "<text>", 4), ("PL201", "G1", 5)]
    assert "not where an item or one of its keys starts" in report.findings[0].message


def test_a_comment_naming_no_rule_is_reported() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore -- x\n")
    assert [f.code for f in report.findings] == ["PL201", "PL012"]
    assert "names no rule" in report.findings[1].message


def test_suppressions_of_rules_that_did_not_run_are_not_judged() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[PL005] -- x\n", "PL012")
    assert codes(report) == []


def test_a_comment_without_reason_is_reported_and_still_hides() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[unmeasured-goal]\n")
    assert codes(report) == [("PL013", "G1", 4)]
    assert "# planlint: ignore[unmeasured-goal] -- " in report.findings[0].message
    assert report.hidden == {"inline": 1}


def test_nothing_is_reported_about_comments_when_the_rules_are_not_selected() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[unmeasured-goal, PL999]\n"
                 "  - id: G2\n" + MEASURED, "PL201")
    assert codes(report) == [("PL201", "G2", 5)]


def test_the_text_summary_says_what_was_hidden_and_why() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[unmeasured-goal] -- x\n"
                 "  - id: G2\n  - id: G3\n" + MEASURED +
                 "waivers:\n  - {rule: PL201, node: G2, reason: x}\n"
                 "  - {rule: PL201, node: G3, reason: x}\n")
    assert report.findings == []
    assert "3 hidden: 2 by waivers, 1 inline." in render(report, False)


def test_comments_in_json_are_not_suppressions(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text('{"planlint": 1, "goals": [{"id": "G1",\n'
                    '"title": "x # planlint: ignore[unmeasured-goal] -- x"}]}', encoding="utf-8")
    report = lint(path, config=Config(select=SELECT))
    assert [f.code for f in report.findings] == ["PL201"]


def test_comments_in_a_file_that_does_not_parse_are_left_alone() -> None:
    report = run("goals:\n  - id: G1  # planlint: ignore[unmeasured-goal] -- x\n  - [\n",
                 "PL001", "PL012", "PL201")
    assert [f.code for f in report.findings] == ["PL001"]


@pytest.mark.parametrize("line", [
    '  - {id: G1, title: "Fix # planlint: ignore[unmeasured-goal]"}',
    "  - {id: G1, title: 'it''s # planlint: ignore[unmeasured-goal]'}",
    "  - id: G1\n    title: a#planlint:ignore[unmeasured-goal]",
])
def test_a_hash_inside_a_scalar_is_not_a_comment(line: str) -> None:
    assert comments_of(f"planlint: 1\ngoals:\n{line}\n") == []


def test_lines_of_a_block_scalar_are_text() -> None:
    text = ("planlint: 1\ngoals:\n  - id: G1\n    description: |\n"
            "      # planlint: ignore[unmeasured-goal] -- text\n"
            "      more  # planlint: ignore[PL003] -- text\n"
            "    title: T  # planlint: ignore[PL005] -- real\n")
    assert comments_of(text) == [(7, 15, ("PL005",), "real")]


def test_a_quoted_hash_before_the_comment_is_skipped() -> None:
    line = '  - {id: G1, title: "a # b"}  # note; planlint: ignore[PL201,PL003] --  why  '
    assert comments_of(f"planlint: 1\ngoals:\n{line}\n") == [
        (3, line.index("# note") + 1, ("PL201", "PL003"), "why")]


def test_a_reason_needs_the_double_dash() -> None:
    assert comments_of("planlint: 1\ngoals:\n  - id: G1  # planlint: ignore[PL201] because\n"
                       ) == [(3, 13, ("PL201",), None)]


def test_a_disable_comment_hides_the_rules_it_names_in_its_file_only(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "planlint: 1\n# planlint: disable[unmeasured-goal] -- measured in the unit plans\n"
        "goals:\n  - {id: G1}\n  - {id: G2, owner: nobody}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("planlint: 1\ngoals:\n  - {id: G3}\n" + MEASURED,
                                     encoding="utf-8")
    report = lint(tmp_path, config=Config(select=SELECT))
    assert sorted((f.code, f.node) for f in report.findings) == [("PL005", "G2"),
                                                                 ("PL201", "G3")]
    assert report.hidden == {"inline": 2}


def test_a_disable_comment_that_hides_nothing_or_gives_no_reason_is_reported() -> None:
    report = run("# planlint: disable[orphan-metric, dangling-reference]\n"
                 "goals:\n  - {id: G1, owner: nobody}\n" + MEASURED, "PL005", "PL012",
                 "PL013", "PL206")
    found = {(f.code, f.message) for f in report.findings}
    assert ("PL012", "suppression of orphan-metric (PL206) hides nothing: the rule finds "
                     "nothing in this file; remove it from the comment") in found
    assert any(code == "PL013" and "# planlint: disable[orphan-metric,dangling-reference] --"
               in message for code, message in found)
    assert "PL005" not in {code for code, _ in found}


def test_thousands_of_comments_naming_an_unknown_rule_seek_its_nearest_rule_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # each name cost two searches of every rule's code and name (a millisecond): 20,000
    # comments with 50 names took over a minute
    import planlint.suppress

    sought: list[str] = []
    seek = planlint.suppress.did_you_mean
    monkeypatch.setattr(planlint.suppress, "did_you_mean",
                        lambda word, known: sought.append(word) or seek(word, known))
    goals = "".join(f"  - id: G{n}  # planlint: ignore[unmeasured-gaol, nope] -- r\n"
                    for n in range(2000))
    report = run("goals:\n" + goals)
    unused = [f.message for f in report.findings if f.code == "PL012"]
    assert len(unused) == 4000 and sorted(sought) == ["nope", "unmeasured-gaol"]
    assert "did you mean 'unmeasured-goal'?" in unused[0]
