"""The command line: output formats, exit codes and plugin loading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from planlint import __version__
from tests.conftest import Run, Write

PLAN = """\
planlint: 1
plan: {id: acme}
goals:
  - {id: G1, title: Grow}
budgets:
  - {id: B1, amount: 100}
"""


def test_version(cli: Run) -> None:
    result = cli("--version")
    assert result.exit_code == 0 and result.output == f"planlint {__version__}\n"


def test_text_output_is_a_line_and_a_code_frame_per_finding(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", "plan.yaml", "--select", "PL201,PL301")
    assert result.exit_code == 1
    assert result.output == (
        "plan.yaml:4:5: PL201 [error] goal G1 (Grow) has no metric; add one under metrics "
        "that shows whether the goal is being reached (unmeasured-goal)\n"
        "  4 |   - {id: G1, title: Grow}\n"
        "    |     ^^^^^^^^^^^^^^^^^^^^^\n"
        "\n"
        "plan.yaml:6:5: PL301 [error] budget B1 funds nothing; name the initiatives or "
        "goals it pays for under funds (unlinked-budget)\n"
        "  6 |   - {id: B1, amount: 100}\n"
        "    |     ^^^^^^^^^^^^^^^^^^^^^\n"
        "\n"
        "Found 2 findings (2 errors, 0 warnings, 0 info) in 1 file (4 rules checked).\n"
        "  alignment  1 finding (1 error)\n"
        "  metrics    1 finding (1 error)\n")


def test_json_output_is_the_embedding_contract(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", "plan.yaml", "--format", "json", "--select", "PL201")
    data = json.loads(result.output)
    assert data["planlint"] == __version__
    (finding,) = data["findings"]
    assert finding == {
        "code": "PL201", "name": "unmeasured-goal", "category": "metrics",
        "severity": "error", "node": "G1", "kind": "goal", "file": "plan.yaml",
        "line": 4, "column": 5, "end_line": 4, "end_column": 26, "sheet": None, "cell": None,
        "related": [],
        "message": finding["message"]}
    assert data["summary"]["findings"] == 1 and data["summary"]["error"] == 1


def test_fail_on_sets_the_exit_code(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    assert cli("check", "plan.yaml", "--fail-on", "never").exit_code == 0
    write("clean.yaml", "planlint: 1\nplan: {id: x}\n")
    assert cli("check", "clean.yaml", "--select", "PL2").exit_code == 0


def test_usage_errors_exit_2(cli: Run, write: Write) -> None:
    missing = cli("check", "missing.yaml")
    assert missing.exit_code == 2 and "missing.yaml: no such file or folder" in missing.output
    write("plan.yaml", PLAN)
    assert cli("check", "plan.yaml", "--select", "XYZ9").exit_code == 2
    assert cli("check", "plan.yaml", "--format", "nope").exit_code == 2
    assert cli("check", "plan.yaml", "--as-of", "June").exit_code == 2
    write("planlint.toml", "bogus = 1\n")
    bad_config = cli("check", "plan.yaml")
    assert bad_config.exit_code == 2 and "planlint.toml:1:1" in bad_config.output
    assert "Traceback" not in bad_config.output


def test_config_is_discovered_and_the_command_line_wins(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    write("planlint.toml", 'select = ["PL301"]\n')
    assert "PL201" not in cli("check", "plan.yaml").output
    assert "PL201" in cli("check", "plan.yaml", "--select", "PL201").output


def test_standard_input(cli: Run) -> None:
    result = cli("check", "-", "--select", "PL201", input=PLAN)
    assert result.output.startswith("<stdin>:4:5: PL201")


def test_rules_lists_every_rule_with_its_plugin(cli: Run) -> None:
    rows = json.loads(cli("rules", "--format", "json").output)
    unmeasured = next(row for row in rows if row["code"] == "PL201")
    assert unmeasured["name"] == "unmeasured-goal" and unmeasured["plugin"] == "planlint.rules"
    assert unmeasured["enabled"] is True and unmeasured["severity"] == "error"
    text = cli("rules").output
    assert "PL201    on  error    unmeasured-goal                planlint.rules\n" \
           "         A goal lists no metric" in text


def test_rules_shows_what_the_config_runs(cli: Run, write: Write) -> None:
    write("planlint.toml", 'ignore = ["PL9"]\n[severity]\nunmeasured-goal = "warning"\n')
    rows = {row["code"]: row for row in json.loads(cli("rules", "--format", "json").output)}
    assert rows["PL901"]["enabled"] is False
    assert (rows["PL201"]["severity"], rows["PL201"]["default_severity"]) == ("warning",
                                                                              "error")
    assert "PL901    off info     no-vision" in cli("rules").output


def test_plugin_module_from_the_command_line(cli: Run, write: Write,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    write("acme_rules.py", ACME)
    write("plan.yaml", PLAN)
    monkeypatch.syspath_prepend(str(Path.cwd()))
    result = cli("check", "plan.yaml", "-p", "acme_rules", "--select", "ACME")
    assert "plan.yaml:6:5: ACME001 [error] budget B1 names no cost center" in result.output
    assert cli("check", "plan.yaml", "-p", "no_such_module").exit_code == 2


ACME = (Path(__file__).parent.parent / "data" / "acme_rules.py").read_text()


def test_an_installed_entry_point_adds_its_rule_without_changes(tmp_path: Path) -> None:
    """The README's plugin, installed as a distribution with a `planlint` entry point."""
    site = tmp_path / "site"
    (site / "acme_rules.py").parent.mkdir()
    (site / "acme_rules.py").write_text(ACME)
    info = site / "acme_rules-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-rules\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[planlint]\nacme = acme_rules\n")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN)
    env = {**os.environ, "PYTHONPATH": str(site)}
    command = [sys.executable, "-m", "planlint", "check", str(plan), "--select", "ACME001"]
    found = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert found.returncode == 1
    assert "ACME001 [error] budget B1 names no cost center" in found.stdout
    listed = subprocess.run([sys.executable, "-m", "planlint", "rules"], capture_output=True,
                            text=True, env=env, check=True).stdout
    assert "ACME001  on  error    budget-needs-cost-center" in listed
    quiet = subprocess.run([*command, "--no-plugins"], capture_output=True, text=True,
                           env=env, check=False)
    assert quiet.returncode == 2 and "no rule matches 'ACME001'" in quiet.stderr


def test_the_quick_exit_still_runs_atexit_handlers(tmp_path: Path) -> None:
    mark = tmp_path / "ran"
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: open({str(mark)!r}, 'w').close())\n"
            "from planlint.cli import run\nsys.argv = ['planlint', '--version']\nrun()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0 and done.stdout.startswith("planlint "), done.stderr
    assert mark.exists()


@pytest.mark.slow  # 20 child processes
@pytest.mark.parametrize("args", [("rules",), ("check", "--example")])
def test_a_reader_that_stops_reading_gets_no_error(args: tuple[str, ...]) -> None:
    for _ in range(10):  # the race between write and close goes either way
        with subprocess.Popen([sys.executable, "-m", "planlint", *args],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
            assert child.stdout is not None and child.stderr is not None
            child.stdout.readline()
            child.stdout.close()
            error = child.stderr.read().decode()
        assert error == "", error


def test_forward_references_share_their_code_and_still_fail_alike(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import typing

    from planlint.cli import share_forward_reference_code

    monkeypatch.setattr(typing, "compile", None, raising=False)  # as it was, afterwards
    monkeypatch.delattr(typing, "compile")
    share_forward_reference_code()
    cached = vars(typing)["compile"]
    share_forward_reference_code()  # once is enough: a second call leaves it be
    assert vars(typing)["compile"] is cached
    first, second = typing.ForwardRef("list[int]"), typing.ForwardRef("list[int]")
    assert first.__forward_code__ is second.__forward_code__
    assert first == second and eval(first.__forward_code__) == list[int]
    for _ in range(2):  # a text that is no expression is refused each time, as before
        with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
            typing.ForwardRef("not an expression")


def test_a_report_is_not_written_over_a_file_of_the_plan(cli: Run, write: Write) -> None:
    # -o naming the plan (or a file it includes) replaced it with the report
    plan = "planlint: 1\ninclude: [more.yaml]\ngoals: [{id: G1}]\n"
    write("plan.yaml", plan)
    write("more.yaml", "planlint: 1\ngoals: [{id: G2}]\n")
    for target, suggested in (("plan.yaml", "report.txt"), ("./more.yaml", "report.json")):
        args = ("-o", target) if target == "plan.yaml" else ("--format", "json", "-o", target)
        result = cli("check", *args, "plan.yaml")
        assert result.exit_code == 2
        assert f"--output {Path(target)} is a file of the plan checked" in result.stderr
        assert f"such as {suggested}" in result.stderr
    assert Path("plan.yaml").read_text() == plan
    assert Path("more.yaml").read_text() == "planlint: 1\ngoals: [{id: G2}]\n"


def test_an_include_in_a_plan_on_standard_input_is_said_to_be_passed_over(cli: Run) -> None:
    # it was passed over without a word: the included files went unchecked
    result = cli("check", "-", "--select", "PL010", input="planlint: 1\ninclude: [units/*.yaml]\n")
    assert result.exit_code == 1
    assert result.output.startswith(
        "<stdin>:2:1: PL010 [error] this plan was not read from a file, so it has no folder "
        "to include files from and its include is not followed; check the plan's file")
