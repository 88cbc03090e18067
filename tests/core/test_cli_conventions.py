"""The conventions users of other linters bring: nothing passes silently, --quiet,
--statistics, --verbose, --exit-zero, --stdin-filename and FORCE_COLOR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Run, Write

PLAN = """\
planlint: 1
plan: {id: acme}
goals:
  - {id: G1, title: Grow}
  - {id: G2, title: Cut costs}
  - {id: G3, title: Keep customers, metrics: [{id: M1, title: Churn}]}
budgets:
  - {id: B1, amount: 100}
"""
SELECT = ("--select", "PL201,PL301")


def test_a_folder_with_no_plan_file_is_a_usage_error(cli: Run, write: Write) -> None:
    Path("empty").mkdir()
    result = cli("check", "empty")
    assert result.exit_code == 2
    assert "no plan file in empty: a plan file is a .yaml, .yml, .json or .toml file that " \
           "starts with 'planlint: 1'" in result.output
    write("ci/deploy-plan.yaml", "on: push\njobs: {}\n")
    result = cli("check", "ci")
    assert result.exit_code == 2
    assert "1 file without that line was left alone (ci/deploy-plan.yaml)" in result.output


def test_files_left_alone_are_counted_and_listed_with_verbose(cli: Run, write: Write) -> None:
    write("plans/plan.yaml", PLAN)
    write("plans/deploy-plan.yaml", "on: push\n")
    quiet = cli("check", *SELECT, "plans")
    assert "1 file in its folders was left alone, not starting with 'planlint: 1' " \
           "(-v lists them)" in quiet.stdout
    assert "deploy-plan.yaml" not in quiet.stderr
    loud = cli("check", *SELECT, "-v", "plans")
    assert "left alone, not starting with 'planlint: 1': plans/deploy-plan.yaml" in loud.stderr
    data = json.loads(cli("check", *SELECT, "--format", "json", "plans").stdout)
    assert data["summary"]["skipped"] == ["plans/deploy-plan.yaml"]


def test_quiet_prints_one_line_per_finding(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", *SELECT, "--quiet", "plan.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        line for line in cli("check", *SELECT, "plan.yaml").stdout.splitlines()
        if line.startswith("plan.yaml:")]
    assert len(result.stdout.splitlines()) == 3


def test_statistics_counts_findings_per_rule(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", *SELECT, "--statistics", "plan.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == ["2  PL201 [error] unmeasured-goal",
                                              "1  PL301 [error] unlinked-budget"]
    assert "Found 3 findings" in result.stdout
    assert cli("check", "--quiet", "--statistics", "plan.yaml").exit_code == 2


def test_exit_zero_passes_whatever_is_found(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    result = cli("check", *SELECT, "--exit-zero", "plan.yaml")
    assert result.exit_code == 0 and "PL201" in result.stdout
    assert cli("check", "--exit-zero", "--format", "nope", "plan.yaml").exit_code == 2


def test_stdin_filename_names_the_plan_and_picks_its_format(cli: Run) -> None:
    result = cli("check", *SELECT, "-", "--stdin-filename", "plans/acme.yaml", input=PLAN)
    assert result.stdout.startswith("plans/acme.yaml:4:5: PL201")
    as_json = json.dumps({"planlint": 1, "goals": [{"id": "G1"}]})
    result = cli("check", "--select", "PL201", "-", "--stdin-filename", "acme.json",
                 input=as_json)
    assert result.stdout.startswith("acme.json:1:")
    assert cli("check", "--stdin-filename", "x.yaml", "plan.yaml").exit_code == 2


@pytest.mark.parametrize(("environment", "colored"), [
    ({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    ({"FORCE_COLOR": "0"}, False), ({}, False)])
def test_force_color_colours_output_that_is_no_terminal(
        cli: Run, write: Write, monkeypatch: pytest.MonkeyPatch,
        environment: dict[str, str], colored: bool) -> None:
    for name in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    write("plan.yaml", PLAN)
    assert ("\x1b[" in cli("check", *SELECT, "plan.yaml").stdout) is colored


def test_only_plans_leaves_named_files_that_are_no_plan_alone(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    write("terraform/plan.json", '{"resource_changes": []}\n')
    write(".github/workflows/deploy-plan.yaml", "on: push\n")
    named = ("terraform/plan.json", ".github/workflows/deploy-plan.yaml")
    read = cli("check", *SELECT, "--extend-select", "PL009", *named)  # named, so read
    assert read.exit_code == 1 and "does not say its format version" in read.stdout
    alone = cli("check", *SELECT, "--extend-select", "PL009", "--only-plans", *named)
    assert alone.exit_code == 0 and alone.stdout == ""
    result = cli("check", *SELECT, "--only-plans", "plan.yaml", *named)
    assert result.exit_code == 1 and "plan.yaml:4:5: PL201" in result.stdout
    assert "terraform" not in result.stdout


def test_show_settings_says_where_each_value_comes_from(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    write("planlint.toml", 'ignore = ["PL9"]\n\n[severity]\nunmeasured-goal = "warning"\n')
    result = cli("check", "--show-settings", "--fail-on", "warning", "plan.yaml")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# config file: ") and lines[0].endswith("planlint.toml")
    assert any(line.startswith('ignore = ["PL9"]  # ') and line.endswith("planlint.toml:1")
               for line in lines)
    assert any(line.startswith('severity = {"unmeasured-goal" = "warning"}  # ')
               and line.endswith("planlint.toml:3") for line in lines)
    assert 'fail-on = "warning"  # command line' in lines
    assert "# select is not set  # default" in lines
    assert "PL201" not in result.stdout  # nothing was checked


@pytest.mark.parametrize(("args", "message"), [
    # click said "-1 is not in the range x>=0"
    (("check", "--each", "plan.yaml", "--jobs", "-1"),
     "--jobs takes how many plans to check at once: a whole number such as 4, or 0 for "
     "one per CPU; '-1' is not one"),
    (("check", "--each", "plan.yaml", "-j", "\x1b[31m"), r"'\x1b[31m' is not one"),
    (("check", "--each", "plan.yaml", "-j", "9" * 5000), "is more than planlint takes"),
    (("graph", "plan.yaml", "--around", "G1", "--depth", "-1"),
     "--depth takes how many references away to look: a whole number such as 2; '-1' is "
     "not one"),
    # click said "Missing argument 'CODE|NAME'"
    (("explain",), "explain needs a rule's code or name, such as 'planlint explain PL201' "
                   "or 'planlint explain unmeasured-goal'; 'planlint rules' lists them"),
    # click said "does not match the format '%Y-%m-%d'"
    (("check", "plan.yaml", "--as-of", "2025-13-01"),
     "--as-of takes a date written YYYY-MM-DD, such as 2025-06-30; '2025-13-01' is not one"),
])
def test_a_wrong_value_is_said_in_planlints_words(cli: Run, write: Write,
                                                  args: tuple[str, ...], message: str) -> None:
    write("plan.yaml", PLAN)
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.output.split("Error: ", 1)[1], result.output
    assert "\x1b" not in result.output


def test_right_values_still_count(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN)
    assert cli("check", "--each", "plan.yaml", "-j", "0", "--as-of", "2025-06-30",
               "--exit-zero").exit_code == 0
    assert cli("graph", "plan.yaml", "--around", "G1", "--depth", "2").exit_code == 0
