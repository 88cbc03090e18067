"""A brand-new package written from the guide adds its rule with no change to planlint.

tests/data/acme-plugin is that package: the README's rule, verbatim, and the guide's
pyproject.toml. It is pip-installed, offline, into a fresh virtual environment that sees
this environment's packages (planlint among them) but keeps its own installs to itself.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from planlint.ruledef import Rule
from planlint.testing import RuleTester

pytestmark = pytest.mark.entry_points

ROOT = Path(__file__).parent.parent
PACKAGE = Path(__file__).parent / "data" / "acme-plugin"


def test_the_package_is_the_one_the_docs_describe() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    module = (PACKAGE / "acme_rules.py").read_text(encoding="utf-8")
    assert module in blocks, "the README's rule and acme_rules.py differ"
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    assert (PACKAGE / "pyproject.toml").read_text(encoding="utf-8") in guide


def fresh_environment(folder: Path) -> Path:
    """A new virtual environment that also sees this one's packages; its python."""
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    own = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                                        "['purelib'])"],
                         capture_output=True, text=True, check=True).stdout.strip()
    parent = sysconfig.get_paths()["purelib"]
    Path(own, "_parent_environment.pth").write_text(
        f"import site; site.addsitedir({parent!r})\n", encoding="utf-8")
    return python


def run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("PLANLINT_NO_PLUGINS", "PYTHONPATH", "PIP_REQUIRE_VIRTUALENV")}
    return subprocess.run([str(python), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, check=False, timeout=300)


@pytest.mark.slow  # builds a virtual environment and pip-installs into it
def test_installing_the_package_adds_its_rule(tmp_path: Path) -> None:
    source = shutil.copytree(PACKAGE, tmp_path / "acme-plugin")
    python = fresh_environment(tmp_path / "venv")
    installed = run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--no-build-isolation", str(source), cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert list((tmp_path / "venv").rglob("acme_rules-1.0.0.dist-info"))

    rows = json.loads(run(python, "-m", "planlint", "rules", "--format", "json",
                          cwd=tmp_path).stdout)
    acme = [row for row in rows if row["code"] == "ACME001"]
    assert len(acme) == 1
    assert {"code": "ACME001", "name": "budget-needs-cost-center", "category": "alignment",
            "severity": "error", "plugin": "acme", "distribution": "acme-rules",
            "summary": "Every budget line names its cost center."}.items() <= acme[0].items()

    (tmp_path / "plan.yaml").write_text(
        "planlint: 1\nbudgets:\n  - {id: B1, amount: 10}\n  - {id: B2, x-cost-center: 4711}\n",
        encoding="utf-8")
    checked = run(python, "-m", "planlint", "check", "--select", "ACME", "plan.yaml",
                  cwd=tmp_path)
    assert checked.returncode == 1
    assert "plan.yaml:3:5: ACME001 [error] budget B1 names no cost center" in checked.stdout
    assert "B2" not in checked.stdout

    here = run(Path(sys.executable), "-m", "planlint", "rules", cwd=tmp_path)
    assert "ACME001" not in here.stdout  # this environment is left as it was


def test_the_guides_rule_example_works() -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    source = next(block for block in re.findall(r"```python\n(.*?)```", guide, re.DOTALL)
                  if "ACME002" in block)
    namespace: dict[str, object] = {}
    exec(compile(source, "docs/plugins.md", "exec"), namespace)  # the guide's own code
    rule = namespace["critical_goal_needs_two_metrics"]
    assert isinstance(rule, Rule)
    RuleTester(rule).check_documented_examples()
    assert rule.summary == "A critical goal has fewer than two metrics."


def test_the_guides_change_rule_example_works() -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", guide, re.DOTALL)
    namespace: dict[str, object] = {}
    for code in ("ACME002", "ACME010"):  # the first brings the imports the second uses
        source = next(block for block in blocks if code in block)
        exec(compile(source, "docs/plugins.md", "exec"), namespace)  # the guide's own code
    rule = namespace["goal_retitled"]
    assert isinstance(rule, Rule) and rule.judges_changes
    RuleTester(rule).check_documented_examples()
