"""``planlint plugins`` and broken plugins: reported with their reason, never fatal.

The plugins here are real distributions on disk (a ``NAME.dist-info`` folder with
METADATA and entry_points.txt beside the module), found through ``PYTHONPATH`` by a
``python -m planlint`` subprocess, exactly as pip-installed plugins are.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pluggy
import pytest

pytestmark = pytest.mark.entry_points

GOOD = '''\
import planlint

@planlint.rule(code="GOOD001", name="good-rule", category="policy", severity="warning")
def good_rule(plan):
    """Every goal is reported."""
    for goal in plan.goals:
        yield goal.finding(f"goal {goal.id} seen by the good plugin")

@planlint.rule(code="GOOD002", name="crashing-rule", category="policy", severity="warning")
def crashing_rule(plan):
    """Raises while checking."""
    raise RuntimeError("the crashing rule gave up")

@planlint.hookimpl
def planlint_rules():
    return [good_rule, crashing_rule]
'''

BROKEN = 'raise ImportError("broken_plugin needs a module that is not installed")\n'

HOOK_RAISES = '''\
import planlint

@planlint.hookimpl
def planlint_rules():
    raise ValueError("no rules today")
'''


def distribution(site: Path, name: str, module: str, source: str) -> None:
    """Write a distribution ``name`` whose module ``module`` is a planlint plugin."""
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{name.replace('-', '_')}-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.2.3\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[planlint]\n{module} = {module}\n",
                                           encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A folder with a working, a broken and a failing-hook plugin, and a plan."""
    folder = tmp_path / "site"
    folder.mkdir()
    distribution(folder, "good-plugin", "good_plugin", GOOD)
    distribution(folder, "broken-plugin", "broken_plugin", BROKEN)
    distribution(folder, "hook-plugin", "hook_plugin", HOOK_RAISES)
    (tmp_path / "plan.yaml").write_text(textwrap.dedent("""\
        planlint: 1
        goals:
          - {id: G1, title: Grow}
        """), encoding="utf-8")
    return folder


def planlint(site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PLANLINT_NO_PLUGINS", None)
    return subprocess.run([sys.executable, "-m", "planlint", *args], cwd=site.parent,
                          env=env, capture_output=True, text=True, check=False, timeout=120)


def test_plugins_lists_loaded_and_failed_plugins(site: Path) -> None:
    result = planlint(site, "plugins", "--format", "json")
    assert result.returncode == 0, result.stderr
    listed = {info["name"]: info for info in json.loads(result.stdout)}
    good = listed["good_plugin"]
    assert (good["distribution"], good["version"], good["rules"], good["loaded"]) == (
        "good-plugin", "1.2.3", ["GOOD001", "GOOD002"], True)
    broken = listed["broken_plugin"]
    assert broken["loaded"] is False and broken["distribution"] == "broken-plugin"
    assert broken["error"].startswith("failed to import: ImportError: broken_plugin needs a "
                                      "module that is not installed")
    assert listed["hook_plugin"]["error"].startswith(
        "planlint_rules() raised ValueError: no rules today")
    assert listed["planlint.rules"]["loaded"] is True

    text = planlint(site, "plugins").stdout
    assert "good_plugin (good-plugin 1.2.3): 2 rules: GOOD001, GOOD002" in text
    assert "broken_plugin (broken-plugin 1.2.3): FAILED: failed to import: ImportError" in text
    assert text.rstrip().endswith("plugins, 2 failed to load")


def test_a_broken_plugin_is_reported_and_every_other_rule_still_runs(site: Path) -> None:
    result = planlint(site, "check", "--format", "json", "plan.yaml")
    findings = json.loads(result.stdout)["findings"]
    crashes = [f["message"] for f in findings if f["code"] == "PL000"]
    assert any(m.startswith("rule GOOD002 crashing-rule from plugin good_plugin (good-plugin "
                            "1.2.3) raised RuntimeError: the crashing rule gave up")
               for m in crashes), crashes
    assert any(m.startswith("plugin broken_plugin (broken-plugin 1.2.3) could not be used: "
                            "failed to import: ImportError") for m in crashes), crashes
    assert any("plugin hook_plugin (hook-plugin 1.2.3) could not be used" in m
               for m in crashes), crashes
    ran = {(f["code"], f["node"]) for f in findings}
    assert ("GOOD001", "G1") in ran  # the same plugin's other rule
    assert ("PL201", "G1") in ran  # the built-in rules
    assert result.returncode == 1


def test_no_plugins_leaves_installed_plugins_alone(site: Path) -> None:
    listed = json.loads(planlint(site, "plugins", "--no-plugins", "--format", "json").stdout)
    assert [info["name"] for info in listed] == ["planlint.builtin", "planlint.rules"]
    env_off = {**os.environ, "PYTHONPATH": str(site), "PLANLINT_NO_PLUGINS": "1"}
    result = subprocess.run([sys.executable, "-m", "planlint", "rules"], cwd=site.parent,
                            env=env_off, capture_output=True, text=True, check=True)
    assert "GOOD001" not in result.stdout


def test_a_plugin_cannot_replace_a_builtin_rule(site: Path) -> None:
    source = GOOD.replace('"GOOD001", name="good-rule"', '"PL201", name="unmeasured-goal"'
                          ).replace('return [good_rule, crashing_rule]', 'return [good_rule]')
    distribution(site, "shadow-plugin", "shadow_plugin", source)
    listed = {info["name"]: info
              for info in json.loads(planlint(site, "plugins", "--format", "json").stdout)}
    assert listed["planlint.rules"]["error"] is None
    assert "clashes with PL201 unmeasured-goal of plugin planlint.rules" in (
        listed["shadow_plugin"]["error"])
    rows = json.loads(planlint(site, "rules", "--format", "json").stdout)
    assert [row["plugin"] for row in rows if row["code"] == "PL201"] == ["planlint.rules"]


def test_every_hook_is_documented_in_the_plugin_guide() -> None:
    """Each function ``hookspecs`` marks as a hook is named in docs/plugins.md, as code
    (`planlint_rules()`) or in a heading, and has a docstring."""
    from planlint import hookspecs

    guide = (Path(__file__).resolve().parent.parent / "docs" / "plugins.md").read_text(
        encoding="utf-8")
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    hooks = [name for name in dir(hookspecs)
             if manager.parse_hookspec_opts(hookspecs, name) is not None]
    assert len(hooks) >= 4
    for hook in hooks:
        named = re.compile(rf"`{hook}(\(\))?`|^#+ .*\b{hook}\b", re.MULTILINE)
        assert named.search(guide), f"docs/plugins.md does not document the hook {hook}"
        assert inspect.getdoc(getattr(hookspecs, hook)), f"{hook} has no docstring"
