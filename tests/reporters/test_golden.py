"""Golden outputs of a small fixed plan: the text people read and the JSON tools read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from planlint import __version__
from tests.conftest import Run
from tests.reporters.reports import GOLDEN_ARGS

GOLDEN = Path(__file__).parent.parent / "data" / "golden"
ARGS = GOLDEN_ARGS


def _run(cli: Run, tmp_path: Path, *args: str) -> str:
    shutil.copy(GOLDEN / "plan.yaml", tmp_path / "plan.yaml")
    result = cli("check", *args, *ARGS)
    assert result.exit_code == 1, result.output
    return result.output


def test_text_output_matches_golden(cli: Run, tmp_path: Path) -> None:
    assert _run(cli, tmp_path, "--no-color") == (GOLDEN / "plan.txt").read_text("utf-8")


def test_json_output_matches_golden(cli: Run, tmp_path: Path) -> None:
    found = json.loads(_run(cli, tmp_path, "--format", "json"))
    assert found.pop("planlint") == __version__
    expected = json.loads((GOLDEN / "plan.json").read_text("utf-8"))
    expected.pop("planlint")
    assert found == expected


def test_each_finding_starts_with_the_contract_line(cli: Run, tmp_path: Path) -> None:
    output = _run(cli, tmp_path, "--no-color")
    firsts = [line for line in output.splitlines() if line.startswith("plan.yaml:")]
    assert firsts == [
        "plan.yaml:13:5: GOLD001 [warning] goal G2 has no metric (goal-needs-metric)",
        "plan.yaml:17:5: GOLD001 [warning] goal G3 has no metric (goal-needs-metric)",
        "plan.yaml:21:5: GOLD002 [error] initiative I1 has no owner (initiative-needs-owner)",
        "plan.yaml:26:72: GOLD003 [info] budget B1 funds I2, which supports no goal "
        "(funds-stray-work)",
    ]
