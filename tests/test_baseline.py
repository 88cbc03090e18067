"""Baselines record today's findings by rule, item and field, and hide only those."""

from __future__ import annotations

import json
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from planlint import baseline
from planlint.api import lint, load_plan
from planlint.config import Config
from planlint.limits import MAX_FILE_BYTES
from tests.conftest import Write

Run = Callable[..., Result]

PLAN = """planlint: 1
people: [{id: ceo, name: CEO}]
goals:
  - {id: G5, metrics: [M1], owner: ceo}
  - {id: G6, metrics: [M1], owner: ceo}
  - id: G1
    flavour: ceo
  - id: G2
    metrics: [{id: M1}]
    owner: nobody
"""

#: The same plan with lines added and the goals in the other order.
MOVED = """planlint: 1
# a comment and a blank line move every line down

people: [{id: ceo, name: CEO}]
goals:
  - {id: G5, metrics: [M1], owner: ceo}
  - {id: G6, metrics: [M1], owner: ceo}
  - id: G2
    title: Second goal
    owner: nobody
    metrics: [{id: M1}]
  - id: G1
    flavour: ceo
"""

SELECT = ("--select", "PL003,PL005,PL201")


def test_writing_records_every_finding_sorted_and_versioned(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", *SELECT, "--write-baseline", "base.json", "plan.yaml")
    assert result.exit_code == 0, result.output
    assert "recorded 3 findings in base.json" in result.stderr
    assert "3 hidden: 3 by the baseline." in result.stdout
    data = json.loads(Path("base.json").read_text(encoding="utf-8"))
    assert data["planlint-baseline"] == 1
    keys = [(e["code"], e["node"], e["field"]) for e in data["findings"]]
    assert keys == [("PL003", "G1", "flavour"), ("PL005", "G2", "owner"), ("PL201", "G1", None)]
    assert data["findings"][0]["name"] == "unknown-field"
    assert "flavour" in data["findings"][0]["message"]


def test_writing_twice_gives_the_same_bytes(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    cli("check", *SELECT, "--write-baseline", "one.json", "plan.yaml")
    write("plan.yaml", MOVED)
    cli("check", *SELECT, "--write-baseline", "two.json", "plan.yaml")
    assert Path("one.json").read_bytes() == Path("two.json").read_bytes()


def test_moved_lines_and_reordered_items_stay_in_the_baseline(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    cli("check", *SELECT, "--write-baseline", "base.json", "plan.yaml")
    write("plan.yaml", MOVED)
    result = cli("check", *SELECT, "--baseline", "base.json", "plan.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("No findings")
    assert "3 hidden: 3 by the baseline." in result.stdout


def test_only_a_new_defect_is_reported(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    cli("check", *SELECT, "--write-baseline", "base.json", "plan.yaml")
    write("plan.yaml", MOVED + "  - id: G3\n")
    result = cli("check", *SELECT, "--format", "json", "--baseline", "base.json", "plan.yaml")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert [(f["code"], f["node"]) for f in report["findings"]] == [("PL201", "G3")]
    assert report["summary"]["hidden"] == {"baseline": 3}


def test_entries_that_no_longer_match_are_reported(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    cli("check", *SELECT, "--write-baseline", "base.json", "plan.yaml")
    fixed = PLAN.replace("    flavour: ceo\n", "    owner: ceo\n    metrics: [M1]\n")
    write("plan.yaml", fixed)
    result = cli("check", *SELECT, "--baseline", "base.json", "plan.yaml")
    assert result.exit_code == 0  # G2 still names an owner nobody defines: hidden
    assert "2 baseline entries no longer match a finding (PL003 G1, PL201 G1): fixed; " \
           "write the baseline again to drop them." in result.stdout
    data = json.loads(cli("check", *SELECT, "--format", "json", "--baseline", "base.json",
                          "plan.yaml").stdout)
    assert data["summary"]["outdated_baseline"] == [
        {"code": "PL003", "node": "G1", "field": "flavour"},
        {"code": "PL201", "node": "G1", "field": None}]
    # an entry of a rule that did not run is not judged
    quiet = cli("check", "--select", "PL005", "--baseline", "base.json", "plan.yaml")
    assert "no longer match" not in quiet.stdout


def test_a_second_finding_with_the_same_key_is_new(cli: Run, write: Write) -> None:
    write("plan.yaml", "planlint: 1\ngoals:\n  - {id: G1, metrics: [M8]}\n")
    cli("check", "--select", "PL005", "--write-baseline", "base.json", "plan.yaml")
    keys = json.loads(Path("base.json").read_text(encoding="utf-8"))["findings"]
    assert [(e["code"], e["node"], e["field"]) for e in keys] == [("PL005", "G1", "metrics")]
    write("plan.yaml", "planlint: 1\ngoals:\n  - {id: G1, metrics: [M7, M8]}\n")
    result = cli("check", "--select", "PL005", "--baseline", "base.json", "plan.yaml")
    assert result.exit_code == 1
    assert result.stdout.count("PL005") == 1
    assert "'M8'" in result.stdout  # the later of the two in file order counts as new
    assert "1 hidden: 1 by the baseline." in result.stdout


def test_applying_a_baseline_to_a_report(write: Write) -> None:
    path = write("plan.yaml", PLAN)
    report = lint(path, config=Config(select=["PL003", "PL005", "PL201"]))
    plan = load_plan(path)
    saved = write("base.json", "")
    assert baseline.write(saved, plan, report.findings[:2]) == 2
    left = baseline.apply(report, plan, baseline.read(saved))
    assert [f.code for f in left.findings] == [report.findings[2].code]
    assert left.hidden == {"baseline": 2}
    assert left.exit_code == 1


@pytest.mark.parametrize(("content", "message"), [
    (None, "does not exist; create it with 'planlint check --write-baseline"),
    ("{", "base.json:1:2: the baseline is not valid JSON"),
    ("[]", "not a planlint baseline"),
    ('{"planlint-baseline": 2, "findings": []}', "baseline version 2 is not known"),
    ('{"planlint-baseline": 1}', "malformed: findings is required"),
    ('{"planlint-baseline": 1, "findings": [{"code": "PL201"}]}',
     "malformed: findings.0.node is required"),
    ('{"planlint-baseline": 1, "findings": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "nests lists too deeply"),
])
def test_a_missing_or_malformed_baseline_is_a_usage_error(
        cli: Run, write: Write, content: str | None, message: str) -> None:
    write("plan.yaml", PLAN)
    if content is not None:
        write("base.json", content)
    result = cli("check", "--baseline", "base.json", "plan.yaml")
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize(("make", "message"), [
    (lambda path: path.mkdir(), "base.json is a folder; name the JSON file"),
    (lambda path: path.symlink_to("/dev/zero"), "base.json is not a regular file"),
    (lambda path: os.mkfifo(path), "base.json is not a regular file"),
    (lambda path: path.write_bytes(b"\xff{}"), "base.json: the baseline is not UTF-8 text"),
    (lambda path: path.write_bytes(b"{") and os.truncate(path, MAX_FILE_BYTES + 1),
     f"the baseline is larger than {MAX_FILE_BYTES:,} bytes"),
], ids=["folder", "dev-zero", "named-pipe", "not-utf8", "over-the-limit"])
def test_a_baseline_that_is_not_a_small_file_is_refused_unread(
        cli: Run, write: Write, tmp_path: Path, make: Callable[[Path], object],
        message: str) -> None:
    # /dev/zero was read until memory ran out (16 GB in a minute), a named pipe for ever
    write("plan.yaml", PLAN)
    make(tmp_path / "base.json")
    result = cli("check", "--baseline", "base.json", "plan.yaml")
    assert result.exit_code == 2
    assert message in result.output and "Errno" not in result.output


def test_a_large_baseline_is_read_in_little_more_memory_than_its_json(tmp_path: Path) -> None:
    # a model per entry took 3.2 times the floor; a 63 MiB baseline of 2.25 million
    # entries ran out of memory under a 2 GiB cap (a MemoryError traceback)
    rows = [{"code": "PL201", "name": "unmeasured-goal", "node": f"G{i}", "field": None,
             "message": "goal has no metric"} for i in range(150_000)]
    text = json.dumps({"planlint-baseline": 1, "findings": [*rows, rows[0]]})
    path = tmp_path / "base.json"
    path.write_text(text)
    tracemalloc.start()
    with path.open("rb") as stream:  # the floor: reading the file and its JSON
        json.loads(stream.read(MAX_FILE_BYTES + 1).decode())
    floor = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    tracemalloc.start()
    keys = baseline.read(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(keys) == 150_000 and keys[("PL201", "G0", None)] == 2
    assert peak < 2 * floor, (peak, floor)


@pytest.mark.parametrize(("entry", "message"), [
    ('"PL201"', "findings.1 should be a mapping such as {field: value, ...}"),
    ('{"code": "PL201", "node": "G1", "field": 3}', "findings.1.field should be a valid string"),
    ('{"code": "PL201", "node": "G1", "name": null}', "findings.1.name should be a valid string"),
    ('{"code": "PL201", "node": "G1", "line": 3}', "findings.1.line Extra inputs"),
])
def test_a_malformed_entry_is_named_by_its_place(cli: Run, write: Write, entry: str,
                                                 message: str) -> None:
    write("plan.yaml", PLAN)
    write("base.json", '{"planlint-baseline": 1, "findings": [{"code": "PL1", "node": "G1"}, '
                       f"{entry}]}}")
    result = cli("check", "--baseline", "base.json", "plan.yaml")
    assert result.exit_code == 2
    assert f"the baseline is malformed: {message}" in result.output, result.output


def test_baseline_and_write_baseline_do_not_combine(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", "--baseline", "a.json", "--write-baseline", "b.json", "plan.yaml")
    assert result.exit_code == 2
    assert "not both" in result.output


def test_a_failed_write_keeps_the_old_baseline(cli: Run, write: Write,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    write("plan.yaml", PLAN)
    old = write("base.json", '{"planlint-baseline": 1, "findings": []}\n').read_text()

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    result = cli("check", "--write-baseline", "base.json", "plan.yaml")
    assert result.exit_code == 2
    assert "cannot write the baseline base.json: Permission denied" in result.output
    assert Path("base.json").read_text() == old
    assert sorted(p.name for p in Path().iterdir()) == ["base.json", "plan.yaml"]


def test_writing_into_a_missing_folder_is_a_usage_error(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", "--write-baseline", "no/such/base.json", "plan.yaml")
    assert result.exit_code == 2
    assert "cannot write the baseline" in result.output


def test_a_baseline_is_not_written_over_a_file_of_the_plan(cli: Run, write: Write) -> None:
    # --write-baseline naming an included plan file replaced it with the baseline
    write("plan.yaml", "planlint: 1\ninclude: [units/*.yaml]\n" + PLAN.split("\n", 1)[1])
    write("units/sales.yaml", "planlint: 1\ngoals: [{id: G9, owner: ceo}]\n")
    result = cli("check", *SELECT, "--write-baseline", "units/sales.yaml", "plan.yaml")
    assert result.exit_code == 2
    assert "units/sales.yaml is a file of the plan checked" in result.stderr
    assert "such as planlint-baseline.json" in result.stderr
    assert Path("units/sales.yaml").read_text() == "planlint: 1\ngoals: [{id: G9, owner: ceo}]\n"
