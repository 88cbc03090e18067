"""The capability to formulation rules never crash on a valid plan, at any as-of date,
nor the change rules on any two versions of one."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planlint
from planlint.api import Session, load_plan
from planlint.config import Config
from planlint.testing.strategies import plans

pytestmark = pytest.mark.slow  # hypothesis draws whole plans

LATER = ["PL5", "PL6", "PL7", "PL8", "PL9"]


@settings(max_examples=60, deadline=None)
@given(plans(), st.integers(0, 4000))
def test_no_rule_crashes(plan: dict[str, Any], days: int) -> None:
    as_of = date(2000, 1, 1) + timedelta(days=days)
    report = planlint.lint(plan, config=Config(select=[*LATER, "PL000"]), as_of=as_of)
    assert [f.message for f in report.findings if f.code == "PL000"] == []


@settings(max_examples=60, deadline=None)
@given(plans(), plans())
def test_no_change_rule_crashes_on_any_two_versions(old: dict[str, Any],
                                                    new: dict[str, Any]) -> None:
    session = Session.open(Config(select=["change", "PL000"],
                                  options={"owner-changed": {"max_changes": 0}}))
    report = session.compare(load_plan(old), load_plan(new), "old")
    assert [f.message for f in report.findings if f.code == "PL000"] == []
