"""The GitHub Action (action.yml): inputs reach its scripts only through the
environment, and its check step runs as written on a pull request's repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_history import BASE, Repository

ACTION = Path(__file__).resolve().parent.parent / "action.yml"


def _steps() -> list[dict[str, Any]]:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps: list[dict[str, Any]] = action["runs"]["steps"]
    return steps


def test_no_input_is_pasted_into_a_script() -> None:
    for step in _steps():
        assert "${{" not in step["run"], f"{step['name']}: pass inputs through env"
        assert step["shell"] == "bash"


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                    reason="needs git and bash")
def test_the_check_step_annotates_summarizes_and_counts(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    repository = Repository(tmp_path / "repo")
    repository.commit(BASE, "The plan as approved")
    repository.git("tag", "base")
    repository.commit(BASE.replace("due: 2025-12-31", "due: 2026-06-30"), "Slip G1")
    runner = tmp_path / "runner"
    runner.mkdir()
    outputs, summary = runner / "output", runner / "summary"
    [step] = [step for step in _steps() if step.get("id") == "check"]
    environment = {**os.environ, "BASE": "base", "PATHS": "plan.yaml", "FAIL_ON": "warning",
                   "ARGS": "--select change", "RUNNER_TEMP": str(runner),
                   "GITHUB_OUTPUT": str(outputs), "GITHUB_STEP_SUMMARY": str(summary),
                   "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]],
                          cwd=repository.folder, env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # the step records the status, never fails
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1
    assert re.match(r"::warning file=plan\.yaml,line=5,.*title=PL703 deadline-slipped::",
                    annotations[0])
    assert outputs.read_text().splitlines() == ["status=1", "new=1", "resolved=0"]
    assert summary.read_text().startswith("## planlint: 1 new, 0 resolved\n")
