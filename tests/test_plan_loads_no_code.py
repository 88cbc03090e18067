"""A plan file can never load code or plugins: only the command line, the config file
and installed entry points can.

The module ``evil_marker`` writes a marker file when it is imported; every plan below
names it in a way a careless loader might follow, and the marker must not appear. The
last test shows the marker does appear when the command line asks for the module, so
the check can fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.entry_points

MARKER_MODULE = '''\
from pathlib import Path

Path(__file__).with_name("IMPORTED").write_text("evil_marker was imported")

def run(*args, **kwargs):
    Path(__file__).with_name("CALLED").write_text("evil_marker.run was called")
'''

PLANS = {
    "keys.yaml": """\
planlint: 1
plugins: [evil_marker]
rules: [evil_marker]
rule-files: [evil.yaml]
plan: {id: p, plugins: [evil_marker], x-plugins: [evil_marker]}
goals:
  - {id: G1, plugins: [evil_marker], rules: evil_marker}
""",
    "tags.yaml": """\
planlint: 1
goals:
  - id: G2
    title: !!python/object/apply:evil_marker.run [1]
    description: !!python/name:evil_marker.run
    owner: !!python/module:evil_marker
""",
    "keys.json": '{"planlint": 1, "plugins": ["evil_marker"], "rules": ["evil_marker"], '
                 '"goals": [{"id": "G3", "plugins": ["evil_marker"]}]}',
    "keys.toml": 'planlint = 1\nplugins = ["evil_marker"]\n[[goals]]\nid = "G4"\n'
                 'rules = ["evil_marker"]\n',
}

EVIL_RULES = """\
planlint-rules: 1
rules:
  - code: EVIL001
    name: evil
    category: policy
    severity: error
    message: "{id}"
    for: !!python/name:evil_marker.run
"""


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    site = tmp_path / "site"
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PLANLINT_NO_PLUGINS", None)
    return subprocess.run([sys.executable, "-m", "planlint", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, check=False, timeout=120)


@pytest.fixture
def plan_folder(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "evil_marker.py").write_text(MARKER_MODULE, encoding="utf-8")
    folder = tmp_path / "plan"
    folder.mkdir()
    for name, text in PLANS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "evil.yaml").write_text(EVIL_RULES, encoding="utf-8")
    return folder


def test_a_plan_that_names_code_loads_nothing(tmp_path: Path, plan_folder: Path) -> None:
    result = run(tmp_path, "check", "--select", "ALL", "plan/keys.yaml", "plan/tags.yaml",
                 "plan/keys.json", "plan/keys.toml")
    assert result.returncode == 1, result.stderr
    site = tmp_path / "site"
    assert not (site / "IMPORTED").exists()
    assert not (site / "CALLED").exists()
    assert "Traceback" not in result.stderr
    out = result.stdout
    assert "unknown section 'plugins'" in out
    assert "unknown section 'rules'" in out
    assert "goal G1 has no field 'plugins'" in out
    assert "YAML tag !!python/object/apply:evil_marker.run is not allowed" in out
    assert "YAML tag !!python/name:evil_marker.run is not allowed" in out


def test_a_rule_file_cannot_name_code_either(tmp_path: Path, plan_folder: Path) -> None:
    result = run(tmp_path, "check", "--rules", "plan/evil.yaml", "plan/keys.yaml")
    assert result.returncode == 2
    assert "YAML tag !!python/name:evil_marker.run is not allowed" in result.stderr
    assert not (tmp_path / "site" / "IMPORTED").exists()


def test_the_command_line_can_load_the_module(tmp_path: Path, plan_folder: Path) -> None:
    run(tmp_path, "check", "-p", "evil_marker", "plan/keys.yaml")
    assert (tmp_path / "site" / "IMPORTED").exists()
