"""The capability to formulation rules never crash on a valid plan, at any as-of date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import planlint
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
