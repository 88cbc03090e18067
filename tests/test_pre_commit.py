"""The pre-commit hook definition is one pre-commit accepts, and matches plan files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pre_commit.clientlib import load_manifest

MANIFEST = Path(__file__).parent.parent / ".pre-commit-hooks.yaml"


def test_pre_commit_accepts_the_manifest() -> None:
    (hook,) = load_manifest(str(MANIFEST))
    assert (hook["id"], hook["entry"], hook["language"]) == \
        ("planlint", "planlint check", "python")
    assert hook["pass_filenames"] is True
    assert hook["require_serial"] is True  # one plan: its files in one run


@pytest.mark.parametrize(("path", "matched"), [
    ("plan.yaml", True),
    ("strategy/enterprise.yaml", True),
    ("docs/plans/units/mopar.yml", True),
    ("plan/2025.toml", True),
    ("acme-strategic-plan.json", True),
    ("planlint/examples/chrysler/enterprise.yaml", False),
    (".pre-commit-config.yaml", False),
    ("docker-compose.yml", False),
    ("strategy/notes.md", False),
])
def test_the_hook_runs_on_plan_files_only(path: str, matched: bool) -> None:
    (hook,) = load_manifest(str(MANIFEST))
    assert (re.search(hook["files"], path) is not None) is matched
