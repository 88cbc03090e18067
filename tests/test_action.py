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


_FAKE_GH = """#!/usr/bin/env bash
# A stand-in for the GitHub CLI: logs each call, answers the comment listing from $LISTING.
printf '%s\\n' "$*" >> "$GH_LOG"
if [ "$1" = api ] && [ "$2" != -X ] && [ "$#" -gt 2 ] && [ "$3" = --paginate ]; then
  [ -n "$GH_FAIL" ] && exit 1
  printf '%s' "$LISTING"
fi
exit "${GH_FAIL:-0}"
"""


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(("listing", "fail", "call"), [
    ("", "", "api repos/acme/plans/issues/7/comments -f body=<!-- planlint -->"),
    ("11\n42\n", "", "api -X PATCH repos/acme/plans/issues/comments/42 -f body=<!-- planlint -->"),
    ("", "1", None),
])
def test_the_comment_step_posts_once_then_updates_its_comment(
        tmp_path: Path, listing: str, fail: str, call: str | None) -> None:
    """Run as written with a stand-in gh: a first run posts the summary, a later run edits
    the newest comment that starts with the marker, and a refusal is a warning."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    gh = bin_folder / "gh"
    gh.write_text(_FAKE_GH)
    gh.chmod(0o755)
    (tmp_path / "planlint.md").write_text("## planlint: 1 new, 0 resolved\n")
    log = tmp_path / "gh.log"
    [step] = [step for step in _steps() if step["name"] == "Comment on the pull request"]
    environment = {**os.environ, "RUNNER_TEMP": str(tmp_path), "GH_TOKEN": "t", "PULL": "7",
                   "REPOSITORY": "acme/plans", "GH_LOG": str(log), "LISTING": listing,
                   "GH_FAIL": fail, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], cwd=tmp_path,
                          env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    calls = log.read_text().splitlines()
    assert calls[0].startswith("api repos/acme/plans/issues/7/comments --paginate --jq ")
    if call is None:
        assert done.stdout.startswith("::warning title=planlint::could not comment")
    else:
        assert calls[1:] == [call, "## planlint: 1 new, 0 resolved"]
