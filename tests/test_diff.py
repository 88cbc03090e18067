"""``planlint diff OLD NEW``: what a change introduces and resolves, in every format."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from textwrap import dedent

import pytest
from click.testing import Result

from planlint.api import Session

Run = Callable[..., Result]

OLD = dedent("""\
    planlint: 1
    plan: {id: acme, as_of: 2025-06-30, sponsor: ceo}
    people: [{id: ceo, leader: true}]
    goals:
      - {id: G1, title: Grow revenue, owner: ceo, due: 2025-12-31, metrics: [M1]}
      - {id: G2, title: Train staff}
    metrics:
      - id: M1
        title: Revenue
        direction: increase
        baseline: {value: 10, date: 2024-12-31}
        target: {value: 20, date: 2025-12-31}
    """)
# G2 is renamed G2-T, and M1's target is lowered
NEW = OLD.replace("{id: G2, title", "{id: G2-T, title").replace("value: 20", "value: 15")


@pytest.fixture
def versions(write: Callable[[str, str], Path]) -> tuple[Path, Path]:
    return write("old/plan.yaml", OLD), write("new/plan.yaml", NEW)


def test_findings_are_new_unchanged_or_resolved(versions: tuple[Path, Path]) -> None:
    report = Session.open().diff(*versions)
    assert report.base == str(versions[0])
    new = {finding.code for finding in report.findings if finding.new}
    assert new == {"PL702"}
    unchanged = [finding for finding in report.findings if not finding.new]
    assert ("PL201", "G2-T") in {(finding.code, finding.node) for finding in unchanged}
    assert report.resolved == []  # G2's findings are G2-T's now: a rename is no fix


def test_a_fix_is_resolved(write: Callable[[str, str], Path]) -> None:
    old = write("old.yaml", OLD)
    fixed = write("new.yaml", OLD.replace("{id: G2, title: Train staff}",
                                          "{id: G2, title: Train staff, metrics: [M1]}"))
    report = Session.open().diff(old, fixed)
    # measured by M1, G2 is also timed by M1's dated target
    assert [(finding.code, finding.node) for finding in report.resolved] == [
        ("PL201", "G2"), ("PL902", "G2")]
    assert report.resolved[0].location.file == str(old)  # where it stood in the older one


def test_text_shows_new_findings_then_those_resolved(cli: Run, write: Callable[..., Path]
                                                     ) -> None:
    write("old.yaml", OLD)
    write("new.yaml", NEW.replace("{id: G1, title: Grow revenue, owner: ceo",
                                  "{id: G1, title: Grow revenue, owner: ceo, parent: G2-T"))
    result = cli("diff", "old.yaml", "new.yaml", "--no-color")
    assert result.exit_code == 0, result.output  # new warnings do not fail by default
    lines = result.stdout.splitlines()
    assert [line.split(" ")[1] for line in lines if line.startswith("new.yaml:")] == [
        "PL702"]
    [summary] = [line for line in lines if " since old.yaml: " in line]
    assert summary.startswith("1 new finding (0 errors, 1 warning, 0 info) since old.yaml: ")
    assert "Resolved since old.yaml:" in lines  # the cascade G1 joined resolves findings


def test_json_marks_findings_and_counts_the_change(cli: Run, versions: tuple[Path, Path]
                                                   ) -> None:
    result = cli("diff", *map(str, versions), "--format", "json")
    data = json.loads(result.stdout)
    assert {finding["new"] for finding in data["findings"]} == {True, False}
    summary = data["summary"]
    assert summary["base"] == "old/plan.yaml"
    assert summary["new"] == 1 and summary["resolved"] == 0
    assert summary["findings"] == len(data["findings"])
    assert data["resolved"] == []


def test_markdown_reads_as_a_review_comment(cli: Run, write: Callable[..., Path]) -> None:
    write("old.yaml", OLD)
    write("new.yaml", NEW.replace("    people: [{id: ceo, leader: true}]\n", ""))
    text = cli("diff", "old.yaml", "new.yaml", "--format", "markdown").stdout
    heading = text.splitlines()[0]
    assert heading.startswith("## planlint: ") and " new, " in heading
    assert "### New findings" in text
    assert "| new.yaml:" in text and "PL702 target-lowered" in text


def test_markdown_lists_the_resolved(cli: Run, write: Callable[..., Path]) -> None:
    write("old.yaml", OLD)
    write("new.yaml", OLD.replace("{id: G2, title: Train staff}",
                                  "{id: G2, title: Train staff, metrics: [M1]}"))
    text = cli("diff", "old.yaml", "new.yaml", "--format", "markdown").stdout
    # G2, unowned, now lists M1 too: M1's one owner reports it (nothing new)
    assert text.startswith("## planlint: 0 new, 2 resolved\n")
    assert "### Resolved since old.yaml\n" in text
    assert "| old.yaml:6:5 | PL201 unmeasured-goal |" in text


def test_github_annotates_only_new_findings(cli: Run, versions: tuple[Path, Path]) -> None:
    out = cli("diff", *map(str, versions), "--format", "github").stdout.splitlines()
    annotations = [line for line in out if line.startswith("::")]
    assert len(annotations) == 1 and "title=PL702 target-lowered" in annotations[0]
    assert annotations[0].startswith("::warning file=new/plan.yaml,line=12,")
    assert out[-1].startswith("1 new finding")


def test_sarif_gives_each_result_its_baseline_state(cli: Run, write: Callable[..., Path]
                                                    ) -> None:
    write("old.yaml", OLD)
    write("new.yaml", NEW.replace("{id: G2-T, title: Train staff}",
                                  "{id: G2-T, title: Train staff, metrics: [M1]}"))
    run = json.loads(cli("diff", "old.yaml", "new.yaml", "--format", "sarif").stdout)["runs"][0]
    states = {(result["ruleId"], result["baselineState"]) for result in run["results"]}
    assert ("PL702", "new") in states and ("PL201", "absent") in states
    assert any(state == "unchanged" for _, state in states)
    assert run["properties"]["base"] == "old.yaml"


def test_junit_fails_only_new_findings(cli: Run, versions: tuple[Path, Path]) -> None:
    root = ET.fromstring(cli("diff", *map(str, versions), "--format", "junit").stdout)
    failures = root.findall(".//failure")
    assert len(failures) == 1 and "target-lowered" in (failures[0].text or "")


def test_only_new_findings_fail_the_run(cli: Run, write: Callable[..., Path]) -> None:
    write("old.yaml", OLD)
    write("same.yaml", OLD)
    write("worse.yaml", OLD.replace("owner: ceo,", "owner: nobody,"))
    assert cli("diff", "old.yaml", "same.yaml").exit_code == 0  # PL201 stands, unchanged
    assert cli("check", "same.yaml").exit_code == 1
    assert cli("diff", "old.yaml", "worse.yaml").exit_code == 1  # a new dangling owner
    assert cli("diff", "old.yaml", "worse.yaml", "--exit-zero").exit_code == 0


def test_diff_takes_folders(cli: Run, write: Callable[..., Path]) -> None:
    write("v1/plan.yaml", OLD)
    write("v2/plan.yaml", NEW)
    result = cli("diff", "v1", "v2", "--select", "PL702", "--format", "json")
    assert [finding["file"] for finding in json.loads(result.stdout)["findings"]] == [
        "v2/plan.yaml"]


@pytest.mark.parametrize(("args", "message"), [
    (("old.yaml",), "diff compares two versions of a plan, and was given 1 path"),
    (("old.yaml", "-"), "standard input ('-') cannot be one of them"),
    (("old.yaml", "missing.yaml"), "missing.yaml: no such file or folder"),
])
def test_usage_errors_say_what_to_write(cli: Run, write: Callable[..., Path],
                                        args: tuple[str, ...], message: str) -> None:
    write("old.yaml", OLD)
    result = cli("diff", *args)
    assert result.exit_code == 2
    assert message in result.output


# a syntax error after the goals: what is read of the older version holds M1 and G1
BROKEN = OLD + "x-note: [oops\n"


def test_an_older_version_that_cannot_be_read_is_no_clean_comparison(
        cli: Run, write: Callable[..., Path]) -> None:
    write("old.yaml", BROKEN)
    write("new.yaml", NEW)
    result = cli("diff", "old.yaml", "new.yaml", "--format", "json", "--select", "PL702")
    assert result.exit_code == 1, result.output  # it was 0: the diff looked clean
    data = json.loads(result.stdout)
    assert data["resolved"] == []  # its syntax error was listed as resolved
    [error] = data["findings"]  # no PL702: the change rules judge no half-read plan
    assert (error["code"], error["file"], error["line"], error["column"], error["new"]) == (
        "PL001", "old.yaml", 14, 1, True)
    assert error["message"].endswith("this older version of the plan must be read in full "
                                     "to be compared with: correct it there, or compare "
                                     "with a version that reads")
    assert data["summary"]["base_unread"] == {"old.yaml": 14}
    text = cli("diff", "old.yaml", "new.yaml", "--no-color", "--select", "PL702").stdout
    assert text.startswith("old.yaml:14:1: PL001 [error] not valid YAML")
    assert "Resolved since" not in text
    assert ("the older version could not be read in full (old.yaml could not be read past "
            "line 13), so the versions were not compared") in text


def test_a_newer_version_read_in_part_resolves_nothing(cli: Run, write: Callable[..., Path]
                                                       ) -> None:
    write("old.yaml", OLD)
    write("new.yaml", BROKEN)
    result = cli("diff", "old.yaml", "new.yaml", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    # the rules that judge the plan as a whole did not run on it: their findings were
    # listed as resolved
    assert data["resolved"] == []
    assert [finding["code"] for finding in data["findings"] if finding["new"]] == ["PL001"]
