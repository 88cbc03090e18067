"""Checking a portfolio of plans with --each, serially and in parallel processes."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from planlint.commands import EXAMPLE
from tests.conftest import Write

Run = Callable[..., Result]


@pytest.fixture
def portfolio(write: Write, tmp_path: Path) -> list[str]:
    """Plans of their own: two small ones, the bundled example, a broken file, and one
    whose files are a folder."""
    write("north.yaml", "planlint: 1\npeople: [{id: ana}]\ngoals:\n"
                        "  - {id: N1, owner: ana}\n  - {id: N2, owner: bob}\n"
                        "initiatives:\n  - {id: NI1, supports: [N1]}\n")
    write("south.json", json.dumps({"planlint": 1, "goals": [{"id": "S1", "metrics": ["M9"]}],
                                    "budgets": [{"id": "SB1"}]}))
    shutil.copytree(EXAMPLE.parent, tmp_path / "chrysler")
    write("broken.yaml", "planlint: 1\ngoals: [{id: B1\n")
    write("east/plan.yaml", "planlint: 1\ngoals:\n  - {id: E1, parent: E2}\n"
                            "  - {id: E2, parent: E1}\n")
    write("east/more.yaml", "planlint: 1\ninitiatives:\n  - {id: EI1, depends_on: [EI2]}\n"
                            "  - {id: EI2, depends_on: [EI1]}\n")
    return ["north.yaml", "south.json", "chrysler/enterprise.yaml", "broken.yaml", "east"]


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_parallel_output_is_the_serial_output(cli: Run, portfolio: list[str],
                                              output_format: str) -> None:
    serial = cli("check", "--each", "--format", output_format, *portfolio)
    parallel = cli("check", "--each", "--jobs", "2", "--format", output_format, *portfolio)
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.output == serial.output
    everywhere = cli("check", "--each", "--jobs", "0", "--format", output_format, *portfolio)
    assert everywhere.output == serial.output


def test_each_merges_the_reports_of_the_plans(cli: Run, portfolio: list[str]) -> None:
    merged = json.loads(cli("check", "--each", "--jobs", "2", "--format", "json",
                            *portfolio).output)
    alone = [json.loads(cli("check", "--format", "json", path).output) for path in portfolio]
    findings = [finding for report in alone for finding in report["findings"]]
    assert merged["findings"] == sorted(findings, key=_engine_order)
    assert merged["summary"]["files"] == sum(report["summary"]["files"] for report in alone)
    assert merged["summary"]["findings"] == len(findings)
    assert {"PL001", "PL005", "PL007", "PL008", "PL102", "PL201"} <= {
        finding["code"] for finding in findings}


def _engine_order(finding: dict[str, Any]) -> tuple[Any, ...]:
    return (finding["file"], finding["line"] or 0, finding["column"] or 0, finding["code"],
            finding["node"], finding["message"])


def test_exit_code_is_the_worst_of_the_plans(cli: Run, write: Write) -> None:
    write("clean.yaml", "planlint: 1\nplan: {id: clean}\n")
    write("bad.yaml", "planlint: 1\ngoals:\n  - {id: G1, owner: nobody}\n")
    assert cli("check", "--each", "-j", "2", "clean.yaml", "clean.yaml").exit_code == 0
    assert cli("check", "--each", "-j", "2", "clean.yaml", "bad.yaml").exit_code == 1


def test_paths_form_one_plan_without_each(cli: Run, write: Write) -> None:
    write("people.yaml", "planlint: 1\npeople: [{id: ana}]\n")
    write("goals.yaml", "planlint: 1\ngoals:\n  - {id: G1, owner: ana, metrics: [M1]}\n"
                        "metrics: [{id: M1}]\n")
    together = cli("check", "--select", "PL005", "people.yaml", "goals.yaml")
    assert together.exit_code == 0, together.output
    apart = cli("check", "--each", "--select", "PL005", "people.yaml", "goals.yaml")
    assert apart.exit_code == 1
    assert "goals.yaml:3:14: PL005" in apart.output


def test_jobs_needs_each(cli: Run, portfolio: list[str]) -> None:
    result = cli("check", "--jobs", "2", *portfolio)
    assert result.exit_code == 2
    assert "add --each" in result.output


def test_each_reads_no_standard_input(cli: Run, portfolio: list[str]) -> None:
    result = cli("check", "--each", "north.yaml", "-", input="planlint: 1\n")
    assert result.exit_code == 2
    assert "standard input" in result.output


def test_a_missing_plan_is_a_usage_error_in_parallel(cli: Run, portfolio: list[str]) -> None:
    result = cli("check", "--each", "--jobs", "2", "north.yaml", "missing.yaml")
    assert result.exit_code == 2
    assert "missing.yaml: no such file or folder" in result.output


def test_a_plan_named_twice_is_checked_once(cli: Run, portfolio: list[str],
                                            tmp_path: Path) -> None:
    (tmp_path / "link.yaml").symlink_to(tmp_path / "north.yaml")
    once = json.loads(cli("check", "--each", "--format", "json", "north.yaml").output)
    # each finding was reported once per spelling
    again = json.loads(cli("check", "--each", "--format", "json", "north.yaml",
                           "./north.yaml", "link.yaml", str(tmp_path / "north.yaml"),
                           "north.yaml").output)
    assert again == once


def test_a_path_inside_another_paths_folder_is_a_usage_error(cli: Run, portfolio: list[str],
                                                             write: Write) -> None:
    # the folder's plan takes the nested files too: they were checked, and reported, twice
    result = cli("check", "--each", ".", "east/plan.yaml")
    assert result.exit_code == 2
    assert "'east/plan.yaml' is inside the folder '.'" in result.output
    assert cli("check", "--each", "./east", "east/more.yaml").exit_code == 2
    # a folder the walk does not enter is no overlap
    write("east/.drafts/plan.yaml", "planlint: 1\ngoals: [{id: D1, owner: ana}]\n")
    assert cli("check", "--each", "east", "east/.drafts").exit_code == 1
    assert cli("check", "--each", "east", "north.yaml").exit_code == 1
