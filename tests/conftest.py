"""Shared fixtures: run the command line in-process, in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

import planlint.api
from planlint.cli import main

# Speed is measured in benchmarks/, not in tests: on a shared two-core machine an example
# can take past hypothesis's default 200 ms deadline however fast the code is (a suggestion
# test failed once in a full run under load, and passes 30,000 examples with no deadline).
settings.register_profile("planlint", deadline=None)
settings.load_profile("planlint")

Run = Callable[..., Result]
#: The ``write`` fixture: write a file under ``tmp_path`` and return its path.
Write = Callable[[str, str], Path]
#: The head of a plan its members' general meeting sponsors and its elected board runs
#: (a makerspace's Mitgliederversammlung and Vorstand): tests add its people and goals.
MEMBERS_MEETING = """\
planlint: 1
plan: {id: p, sponsor: mv, office: board}
units:
  - {id: mv, name: Mitgliederversammlung (members' general meeting)}
  - {id: board, name: Vorstand (board)}
"""


@pytest.fixture(autouse=True)
def _builtin_rules_only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Check in-process with planlint's own plugins only, whatever else is installed (the
    first-party plugins are, in CI), unless the test is marked ``entry_points``.
    Subprocesses see the environment as it is."""
    if request.node.get_closest_marker("entry_points") is None:
        build = planlint.api._host
        monkeypatch.setattr(planlint.api, "_host",
                            lambda modules, entry_points, rule_files, disabled:
                            build(modules, False, rule_files, disabled))


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run ``planlint ARGS`` with the working folder in ``tmp_path``."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a file under ``tmp_path`` (folders are made as needed)."""

    def write_file(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write_file
