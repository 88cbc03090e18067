"""Work a plan names as a standing function, not a project with an end state to date: a
title that is a function alone (planlint.timeline.continuing: ``Diagnose``, ``Measure
progress``), and work under way titled only as the carrying out of another plan of the
organisation (rules._text.carries_out_plan), which initiative-without-dates (PL903) does
not ask for an end."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester

PLAN = """\
planlint: 1
plan: {{horizon: {{start: 2020-07-01, end: 2025-06-30}}, as_of: 2022-09-30}}
initiatives:
  - {{id: D1, title: Case management system, start: 2020-07-01, end: 2023-06-30}}
  - {{id: D2, title: Online payments, start: 2020-07-01, end: 2023-06-30}}
  - {{id: D3, title: Customer survey, start: 2020-07-01, end: 2023-06-30}}
  - {{id: W1, title: "{title}"{status}}}
"""


@pytest.mark.parametrize(("title", "status", "asked"), [
    ("Diagnose", "", False),
    ("Analyze", "", False),
    ("Recommend.", "", False),
    ("Measure progress", "", False),
    ("Implement the Business Plan", "active", False),
    ("Implement the Master Plan", "active", False),
    ("Delivering our estates strategy", "active", False),
    ("Improve the website", "", True),
    ("Refactoring", "", True),
    ("Measure progress of the new depot", "", True),
    ("Implement the Business Plan", "planned", True),
    ("Implementing the new strategic plan", "active", True),
    ("Implement the plan to open a clinic", "active", True),
])
def test_standing_function(title: str, status: str, asked: bool) -> None:
    found = [f.node for f in RuleTester.installed("PL903").findings(
        PLAN.format(title=title, status=f", status: {status}" if status else ""))]
    assert found == (["W1"] if asked else [])
