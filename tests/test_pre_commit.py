"""The pre-commit hook: the shipped definition is one pre-commit accepts, and the snippet
the docs show runs for real, checking plan files and leaving every other file alone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pre_commit.clientlib import load_manifest

ROOT = Path(__file__).parent.parent
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
DOCS = ROOT / "docs" / "editors-and-hooks.md"


def test_pre_commit_accepts_the_manifest() -> None:
    hook, changes = load_manifest(str(MANIFEST))
    assert (hook["id"], hook["entry"], hook["language"]) == \
        ("planlint", "planlint check --only-plans", "python")
    assert hook["pass_filenames"] is True
    assert hook["require_serial"] is True  # one plan: its files in one run
    assert re.search(hook["files"], "strategy/enterprise.yaml")
    assert not re.search(hook["files"], "strategy/notes.md")
    assert (changes["id"], changes["stages"]) == ("planlint-changes", ["pre-push"])
    assert [*changes["entry"].split(), *changes["args"]][-2:] == ["--since", "origin/HEAD"]


def _documented_config() -> str:
    """The first YAML block under the docs' pre-commit heading."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## Running planlint from pre-commit"):]
    return section.split("```yaml\n", 1)[1].split("```", 1)[0]


PLAN = "planlint: 1\nplan: {id: acme}\ngoals:\n  - id: G1\n    title: Grow\n"


@pytest.mark.slow
def test_the_documented_hook_checks_plan_files_and_leaves_the_rest_alone(
        tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / ".cache"),
                   "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                   "NO_COLOR": "1"}

    def pre_commit() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files",
                               "--color", "never"], cwd=tmp_path, env=environment,
                              capture_output=True, text=True, timeout=300)

    git("init", "-q")
    (tmp_path / ".pre-commit-config.yaml").write_text(_documented_config(), encoding="utf-8")
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "deploy-plan.yaml").write_text(
        "on: push\njobs: {}\n", encoding="utf-8")
    (tmp_path / "terraform").mkdir()
    (tmp_path / "terraform" / "plan.json").write_text('{"resource_changes": []}\n',
                                                     encoding="utf-8")
    git("add", ".")
    alone = pre_commit()  # no plan file staged: nothing to say
    assert alone.returncode == 0, alone.stdout + alone.stderr
    (tmp_path / "plan.yaml").write_text(PLAN + "    ownr: ceo\n", encoding="utf-8")
    git("add", ".")
    failing = pre_commit()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "plan.yaml:6:5: PL014 [error]" in failing.stdout
    assert "deploy-plan" not in failing.stdout and "terraform" not in failing.stdout
