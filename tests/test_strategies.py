"""Plans drawn by planlint.testing.strategies are structurally valid."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

import planlint
from planlint.testing.strategies import plans

pytestmark = pytest.mark.slow  # hypothesis draws whole plans

STRUCTURE = ("PL001", "PL002", "PL003", "PL004", "PL005", "PL006", "PL007", "PL008",
             "PL009", "PL010")


@settings(max_examples=40, deadline=None)
@given(plans())
def test_drawn_plans_have_no_structure_findings(plan: dict[str, Any]) -> None:
    report = planlint.lint(plan)
    assert [f.message for f in report.findings if f.code in STRUCTURE] == []
