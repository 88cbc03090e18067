"""pytest fixtures for rule authors (registered through the ``pytest11`` entry point).

``make_plan`` builds a plan from a fragment, ``lint`` checks a fragment or files,
``plan_files`` writes a multi-file plan under ``tmp_path``, and ``rule_tester`` makes a
:class:`~planlint.testing.RuleTester` for a rule object or an installed rule's code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planlint.plan import Plan
from planlint.ruledef import Rule
from planlint.testing import Fragment, RuleTester, plan_from
from planlint.testing import lint as lint_plan


@pytest.fixture
def make_plan() -> Callable[[Fragment], Plan]:
    """Build a plan from YAML text or a dict: ``make_plan("goals: [{id: G1}]")``."""
    return plan_from


@pytest.fixture
def lint() -> Callable[..., Any]:
    """Check a fragment or plan files like ``planlint check``:
    ``lint("goals: [{id: G1}]", select=["PL2"]).findings`` (see
    :func:`planlint.testing.lint` for the keywords)."""
    return lint_plan


@pytest.fixture
def plan_files(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Write plan files under ``tmp_path/plan``, exactly as given, and return that folder:
    ``plan_files({"enterprise.yaml": "...", "units/sales.yaml": "..."})``."""

    def write(files: dict[str, str]) -> Path:
        folder = tmp_path / "plan"
        for name, text in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return folder

    return write


@pytest.fixture
def rule_tester() -> Callable[..., RuleTester]:
    """Make a RuleTester: ``rule_tester(my_rule, max_owned=3)`` or, for an installed
    rule, ``rule_tester("BSC001")``; keywords are the rule's options."""

    def make(rule: Rule | str, **options: Any) -> RuleTester:
        if isinstance(rule, str):
            return RuleTester.installed(rule, **options)
        return RuleTester(rule, options)

    return make
