"""Work a plan tells as standing, not a project with an end state to date, which
initiative-without-dates (PL903) does not ask for an end: standing provision being given
(rules._text.providing), a shift of focus already made, a title that opens by investing in
standing provision (rules._text.standing_provision), a title that is a function alone
(planlint.timeline.continuing: ``Diagnose``, ``Measure progress``), and work under way
titled only as the carrying out of another plan of the organisation
(rules._text.carries_out_plan)."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester

PLAN = """\
planlint: 1
plan: {{horizon: {{start: 2020-07-01, end: 2025-06-30}}, as_of: {as_of}}}
initiatives:
  - {{id: D1, title: Case management system, start: {start}, end: {end}}}
  - {{id: D2, title: Online payments, start: {start}, end: {end}}}
  - {{id: D3, title: Customer survey, start: {start}, end: {end}}}
  - {{id: W1, title: "{title}"{fields}}}
"""


def _asked(title: str, fields: str, as_of: str, start: str, end: str) -> bool:
    """Whether PL903 asks W1, beside three dated pieces of work, for its dates."""
    found = [f.node for f in RuleTester.installed("PL903").findings(
        PLAN.format(title=title, fields=fields, as_of=as_of, start=start, end=end))]
    assert found in ([], ["W1"]), found
    return found == ["W1"]


@pytest.mark.parametrize(("title", "description", "asked"), [
    ("Cross-training of frontline agents",
     "The agency is providing cross-training to frontline agents and improving workflows.",
     False),
    ("Skills transfer and cross training",
     "BOA is up to full staff and employees are engaged in skills transfer and cross training.",
     False),
    ("Shift in focus providing greater coverage in the more populated areas",
     "A shift in focus providing greater coverage in the more populated areas.", False),
    ("Investments in rebuilding, training and maturation of staff since May 2022",
     "Investments in staff since May 2022 are now showing impact.", False),
    ("Reviewing processes and providing additional training for the team",
     "We are reviewing our processes, providing additional training for our team.", True),
    ("Training for the new call centre",
     "The agency is providing training to establish a new call centre.", True),
    ("Refining how the KPM is measured",
     "Efforts are underway to refine how this goal is measured.", True),
    ("Investing in a new licensing system",
     "The agency is investing in a new licensing system.", True),
])
def test_standing_practice(title: str, description: str, asked: bool) -> None:
    assert _asked(title, f", status: active, description: \"{description}\"",
                  "2025-09-30", "2024-07-01", "2026-06-30") == asked


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
    assert _asked(title, f", status: {status}" if status else "",
                  "2022-09-30", "2020-07-01", "2023-06-30") == asked
