"""A bounded fuzzing run over the loaders (the atheris entry point is
tests/fuzz_loader.py)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from fuzz_loader import check_input

pytestmark = pytest.mark.slow  # fuzzing campaigns

_SEEDS = [b"planlint: 1\n", b"goals: [{id: G1, owner: x}]\n", b"[{\"'#!&*|>-?:,\n\t",
          b'{"planlint": 1, "goals": [', b"planlint = 1\n[[goals]]\nid = 'G1'\n",
          b"\xff\xfe\x00", b"!!python/object:os.system", b"<<: *a\n"]


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_SEEDS) | st.binary(max_size=40), max_size=8).map(b"".join))
def test_any_bytes_give_a_report(tmp_path: Path, data: bytes) -> None:
    check_input(data, tmp_path)


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None,
                    reason="atheris is not installed on this platform")
def test_atheris_runs_a_bounded_campaign() -> None:
    done = subprocess.run([sys.executable, str(Path(__file__).parent / "fuzz_loader.py"),
                           "-runs=300", "-seed=1"], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
