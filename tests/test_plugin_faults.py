"""A broken plugin cannot stop a run: each fault is a PL000 finding naming the plugin,
and every other rule still runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PLUGINS = Path(__file__).parent / "plugins"
PLAN = ("planlint: 1\nplan: {id: p, sponsor: s}\npeople: [{id: s, leader: true}]\n"
        "goals: [{id: G1, owner: ghost}]\n")


def run(tmp_path: Path, *args: str, config: str = "") -> subprocess.CompletedProcess[str]:
    (tmp_path / "plan.yaml").write_text(PLAN)
    (tmp_path / "planlint.toml").write_text(config)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PLUGINS), str(tmp_path)])}
    done = subprocess.run([sys.executable, "-m", "planlint", "check", "--format", "json",
                           *args, "plan.yaml"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    return done


def crashes(done: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """PL000 messages by the code of the rule they name (or the plugin)."""
    found: list[dict[str, Any]] = json.loads(done.stdout)["findings"]
    out = {}
    for finding in found:
        if finding["code"] == "PL000":
            words = finding["message"].split()
            key = words[1]  # "rule CODE ..." or "plugin NAME ..."
            out[key] = finding["message"]
    return out


@pytest.mark.slow  # waits for rules that overrun a 1 s time budget
def test_every_faulty_rule_is_reported_and_the_good_one_runs(tmp_path: Path) -> None:
    done = run(tmp_path, "-p", "faulty_rules", config="rule-timeout = 1\n")
    assert done.returncode == 1
    found = json.loads(done.stdout)["findings"]
    assert "the good rule ran" in [f["message"] for f in found if f["code"] == "GOOD001"]
    messages = crashes(done)
    assert "raised KeyError" in messages["BAD001"]
    assert "returned 42, not an iterable" in messages["BAD002"]
    assert "yielded 'not a finding'" in messages["BAD003"]
    assert "no place in a file" in messages["BAD004"]
    assert "time budget of 1s" in messages["BAD005"]
    assert "time budget of 1s" in messages["BAD006"]
    assert "raised SystemExit" in messages["BAD007"]
    assert "raised Escapes: out" in messages["BAD008"]
    assert "raised UnprintableError (its message cannot be shown)" in messages["BAD009"]
    assert "yielded a finding about no item" in messages["BAD010"]
    assert "time budget of 1s" in messages["BAD011"]
    # (the one-second budget is the whole run's: on a loaded machine a built-in rule may
    # run out of it too, which is reported under its own plugin)
    assert all("plugin faulty_rules" in message for code, message in messages.items()
               if code.startswith("BAD"))
    built_in = {f["code"] for f in found if f["code"].startswith("PL") and f["code"] != "PL000"}
    assert built_in, "the built-in rules ran too"


def test_a_plugin_that_fails_to_import_is_reported(tmp_path: Path) -> None:
    done = run(tmp_path, "-p", "fails_to_import", "-p", "faulty_rules",
               "--select", "PL000,GOOD001")
    assert done.returncode == 1
    messages = crashes(done)
    assert "RuntimeError: this plugin is broken" in messages["fails_to_import"]
    assert "could not be used" in messages["fails_to_import"]
    found = json.loads(done.stdout)["findings"]
    assert any(f["code"] == "GOOD001" for f in found)


def test_a_loader_or_output_format_of_the_wrong_type_is_said_by_its_name(
        tmp_path: Path) -> None:
    # each was "planlint failed: AttributeError" or "TypeError", naming no plugin
    (tmp_path / "plan.weird").write_text(PLAN)
    env = {**os.environ, "PYTHONPATH": str(PLUGINS)}
    for args, says in [
        (["plan.weird"], "the weird loader returned int for this file, not a "
                         "planlint.loaders.Document; report it to the maintainers of the "
                         "plugin that provides it"),
        (["--format", "as-bytes", "plan.yaml"], "the as-bytes output format gave bytes "
                                                "where text belongs"),
        (["--format", "as-nothing", "plan.yaml"], "the as-nothing output format gave "
                                                  "NoneType where text belongs")]:
        (tmp_path / "plan.yaml").write_text(PLAN)
        done = subprocess.run([sys.executable, "-m", "planlint", "check", "-p", "wrong_types",
                               *args], cwd=tmp_path, env=env, capture_output=True, text=True,
                              timeout=120, check=False)
        assert says in done.stdout + done.stderr, done.stdout + done.stderr
        assert "planlint failed" not in done.stdout + done.stderr


def test_an_entry_point_that_fails_to_import_is_reported(tmp_path: Path) -> None:
    dist = tmp_path / "brokenplug-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: brokenplug\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[planlint]\nbroken = fails_to_import\n")
    done = run(tmp_path, "--select", "PL000,PL005")
    assert done.returncode == 1
    message = crashes(done)["broken"]
    assert "brokenplug 1.0" in message and "RuntimeError" in message
    assert "--no-plugins" in message


def _installed(tmp_path: Path, entry: str) -> None:
    """An installed distribution ``goodplug`` whose entry point is ``entry``."""
    dist = tmp_path / "goodplug-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: goodplug\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[planlint]\n{entry}\n")


@pytest.mark.parametrize("how", ["config", "option"])
def test_naming_an_installed_plugins_module_keeps_its_rules(tmp_path: Path, how: str) -> None:
    # registering the module a second time failed with pluggy's "Plugin already
    # registered under a different name", and undoing it took the plugin's rules away
    _installed(tmp_path, "good = faulty_rules")
    done = run(tmp_path, *(["-p", "faulty_rules"] if how == "option" else []),
               "--select", "PL000,GOOD001",
               config='plugins = ["faulty_rules"]\n' if how == "config" else "")
    assert crashes(done) == {}
    found = json.loads(done.stdout)["findings"]
    assert "the good rule ran" in [f["message"] for f in found if f["code"] == "GOOD001"]


def test_two_installed_plugins_of_one_module_keep_its_rules(tmp_path: Path) -> None:
    _installed(tmp_path, "good = faulty_rules\nzgood = faulty_rules")
    done = run(tmp_path, "--select", "PL000,GOOD001")
    assert crashes(done) == {"zgood": crashes(done)["zgood"]}
    assert "its module faulty_rules is plugin good's, registered already" \
        in crashes(done)["zgood"]
    found = json.loads(done.stdout)["findings"]
    assert "the good rule ran" in [f["message"] for f in found if f["code"] == "GOOD001"]


@pytest.mark.parametrize(("name", "how"), [("", "option"), ("..x", "option"),
                                           ("acme.", "config"), ("a b", "config")])
def test_a_plugin_that_is_not_a_module_name_is_a_usage_error(tmp_path: Path, name: str,
                                                             how: str) -> None:
    # "" and "..x" were PL000 findings in Python's words: "Empty module name", "the
    # 'package' argument is required to perform a relative import"
    done = run(tmp_path, *(["-p", name] if how == "option" else []),
               config=f'select = ["PL"]\nplugins = ["acme", {name!r}]\n'
               if how == "config" else "")
    assert done.returncode == 2
    assert f"{name!r} is not a module name; write the dotted name of an installed Python " \
        "module, such as acme.rules" in done.stderr
    assert how == "option" or "planlint.toml:2:1: plugins.1: " in done.stderr


def test_a_missing_plugin_module_is_a_usage_error(tmp_path: Path) -> None:
    done = run(tmp_path, "-p", "no_such_plugin_module")
    assert done.returncode == 2
    assert "no such module" in done.stderr


def test_a_module_that_implements_no_hook_is_a_usage_error(tmp_path: Path) -> None:
    # ``-p os`` was taken without a word: a misspelt plugin name that imports added nothing
    done = run(tmp_path, "-p", "json")
    assert done.returncode == 2
    assert "cannot load plugin module 'json': it implements no planlint hook" in done.stderr


def test_the_time_budget_can_be_turned_off_and_a_plain_rule_is_untouched(
        tmp_path: Path) -> None:
    done = run(tmp_path, "-p", "faulty_rules", "--select", "GOOD001",
               config="rule-timeout = 0\n")
    assert done.returncode == 1
    assert crashes(done) == {}


@pytest.mark.slow  # waits out two rules' budgets and grace periods, about 7 s
def test_a_rule_that_swallows_every_stop_is_left_behind_and_the_run_ends(
        tmp_path: Path) -> None:
    done = run(tmp_path, "-p", "swallowing_rules", "--select", "PL000,SWALLOW",
               config="rule-timeout = 1\n")  # run() gives the child 120 s, then fails
    assert done.returncode == 1
    found = json.loads(done.stdout)["findings"]
    messages = crashes(done)
    for code in ("SWALLOW001", "SWALLOW002"):
        assert "time budget of 1s and went on for 2s more however often it was stopped, " \
            "so the run stopped waiting for it" in messages[code], messages
    assert [f["message"] for f in found if f["code"].startswith("SWALLOW")] == [
        "the rule after them ran"]  # and not the late finding of the rule left behind


def test_a_check_under_a_tracer_or_profiler_finishes(tmp_path: Path) -> None:
    # coverage tools, debuggers and profilers trace the calling thread; handing each rule
    # to its worker must not leave the interpreter asking that thread for a stop forever
    (tmp_path / "plan.yaml").write_text(PLAN)
    code = ("import sys, runpy\nsys.settrace(lambda *args: None)\n"
            "sys.argv = ['planlint', 'check', '--format', 'json', 'plan.yaml']\n"
            "runpy.run_module('planlint', run_name='__main__')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["findings"]
