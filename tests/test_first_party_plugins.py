"""The first-party plugins, installed like any third party's, add exactly their nine rules,
which judge only the plans that follow their methodology."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.entry_points

BSC = [f"BSC00{i}" for i in range(1, 6)]
OKR = [f"OKR00{i}" for i in range(1, 5)]
NAMES = {"BSC001": "missing-perspective", "BSC002": "goal-without-perspective",
         "BSC003": "backward-causality", "BSC004": "dead-end-objective",
         "BSC005": "incomplete-scorecard-row", "OKR001": "key-result-count",
         "OKR002": "too-many-objectives", "OKR003": "activity-key-result",
         "OKR004": "objective-with-number"}


def rules(tmp_path: Path, *args: str) -> dict[str, dict[str, str]]:
    env = {key: value for key, value in os.environ.items() if key != "PLANLINT_NO_PLUGINS"}
    result = subprocess.run([sys.executable, "-m", "planlint", "rules", "--format", "json",
                             *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                            check=True)
    return {row["code"]: row for row in json.loads(result.stdout)}


def test_installing_both_plugins_adds_exactly_their_nine_rules(tmp_path: Path) -> None:
    builtin = rules(tmp_path, "--no-plugins")
    everything = rules(tmp_path)
    added = sorted(set(everything) - set(builtin))
    assert added == BSC + OKR, ("install the first-party plugins first: "
                                "pip install -e plugins/bsc -e plugins/okr")
    for code in added:
        row = everything[code]
        assert row["name"] == NAMES[code]
        plugin = code[:3].lower()
        assert (row["plugin"], row["distribution"]) == (plugin, f"planlint-{plugin}")
    assert all(everything[code] == row for code, row in builtin.items())


def test_plans_that_follow_neither_methodology_keep_their_findings() -> None:
    from planlint.api import get_host, lint
    from planlint.commands import EXAMPLE

    examples = Path(__file__).resolve().parent.parent / "examples"
    for plan in (EXAMPLE, *sorted(path for path in examples.iterdir() if path.is_dir())):
        with_plugins = lint(plan, host=get_host(entry_points=True))
        without = lint(plan, host=get_host(entry_points=False))
        assert [f.to_dict() for f in with_plugins.findings] == \
            [f.to_dict() for f in without.findings], plan
