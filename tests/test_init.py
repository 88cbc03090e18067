"""``planlint init`` writes a starter plan and config that check cleanly, whatever the
day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planlint import lint
from planlint.config import load_config
from planlint.starter import starter_plan
from tests.conftest import Run


@pytest.mark.parametrize("today", [
    date(2026, 1, 1), date(2026, 3, 31), date(2026, 4, 1), date(2026, 5, 16),
    date(2026, 6, 30), date(2026, 12, 4), date(2026, 12, 31), date(2028, 2, 29)])
def test_the_starter_plan_has_no_finding_on_any_day(today: date) -> None:
    report = lint(starter_plan(today))  # with the installed plugins, as check runs
    assert report.findings == [], [f"{f.code} {f.node}: {f.message}" for f in report.findings]
    assert report.as_of == today


def test_init_writes_both_files_and_they_check_cleanly(cli: Run, tmp_path: Path) -> None:
    result = cli("init", "strategy")
    assert result.exit_code == 0, result.output
    assert "wrote strategy/plan.yaml" in result.output
    load_config(tmp_path / "strategy" / "planlint.toml")  # a valid config
    checked = cli("check", "strategy")
    assert checked.exit_code == 0 and checked.stdout.startswith("No findings in 1 file")
    assert "left alone" not in checked.stdout  # the config is no stray file


def test_init_never_overwrites(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text("planlint: 1\n", encoding="utf-8")
    result = cli("init")
    assert result.exit_code == 2 and "plan.yaml already exists" in result.output
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8") == "planlint: 1\n"
    assert not (tmp_path / "planlint.toml").exists()


def test_init_never_adds_a_starter_to_a_folder_that_holds_a_plan(cli: Run,
                                                                 tmp_path: Path) -> None:
    # the starter's goals and people were read into that plan by check FOLDER
    plan = tmp_path / "strategy" / "units" / "goals.yaml"
    plan.parent.mkdir(parents=True)
    plan.write_text("planlint: 1\ngoals:\n  - {id: G1, title: Grow revenue}\n")
    result = cli("init", "strategy")
    assert result.exit_code == 2 and ("strategy already holds a plan "
                                      "(strategy/units/goals.yaml)") in result.output
    assert sorted(path.name for path in (tmp_path / "strategy").iterdir()) == ["units"]
    (tmp_path / "notes" / "notes.yaml").parent.mkdir()
    (tmp_path / "notes" / "notes.yaml").write_text("hello: world\n")  # YAML, no plan
    assert cli("init", "notes").exit_code == 0


def test_init_keeps_the_config_the_folder_is_checked_with(cli: Run, tmp_path: Path) -> None:
    # a planlint.toml written below it took its place: its rule files went unread
    (tmp_path / "pyproject.toml").write_text('[tool.planlint]\nignore = ["PL101"]\n')
    result = cli("init", "units/sales")
    assert result.exit_code == 0, result.output
    assert f"kept {tmp_path / 'pyproject.toml'}, the config this folder is checked with" \
        in result.output and "next: edit it, then run" in result.output
    assert sorted(path.name for path in (tmp_path / "units" / "sales").iterdir()) == [
        "plan.yaml"]


def test_init_never_writes_through_a_link(cli: Run, tmp_path: Path) -> None:
    # a plan.yaml linking to a file not yet there was written through: init made a file
    # wherever the link led
    (tmp_path / "plan.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    result = cli("init")
    assert result.exit_code == 2 and "plan.yaml already exists" in result.output
    assert not (tmp_path / "elsewhere.yaml").exists()


@pytest.mark.parametrize(("folder", "says"), [
    ("a-file", "a-file is a file; name a folder for the starter plan"),
    ("/dev/null", "/dev/null is a device; name a folder for the starter plan"),
    # 'planlint failed: FileNotFoundError'
    ("/proc/self/x", "cannot write /proc/self/x: No such file or directory; name a folder "
                     "you can write to"),
])
def test_a_folder_init_cannot_write_to_is_said_so(cli: Run, tmp_path: Path, folder: str,
                                                  says: str) -> None:
    (tmp_path / "a-file").write_text("mine\n", encoding="utf-8")
    result = cli("init", folder)
    assert result.exit_code == 2 and says in result.output, result.output
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "mine\n"


def test_a_folder_name_cannot_forge_a_line_of_the_output(cli: Run) -> None:
    # the name's line break started a line '::error::x/plan.yaml' in a CI log
    result = cli("init", "s\n::error::x")
    assert result.exit_code == 0, result.output
    assert not [line for line in result.output.splitlines() if line.startswith("::")]
    assert "wrote s\\n::error::x/plan.yaml" in result.output
