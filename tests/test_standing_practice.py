"""Work a report tells as a practice kept up, not a project with an end state to date:
standing provision being given (rules._text.providing), a shift of focus already made,
and a title that opens by investing in standing provision (rules._text.standing_provision),
which initiative-without-dates (PL903) does not ask for an end."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester

PLAN = """\
planlint: 1
plan: {{horizon: {{start: 2020-07-01, end: 2025-06-30}}, as_of: 2025-09-30}}
initiatives:
  - {{id: D1, title: Case management system, start: 2024-07-01, end: 2026-06-30}}
  - {{id: D2, title: Online payments, start: 2024-07-01, end: 2026-06-30}}
  - {{id: D3, title: Customer survey, start: 2024-07-01, end: 2026-06-30}}
  - {{id: W1, title: "{title}", status: active, description: "{description}"}}
"""


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
    found = [f.node for f in RuleTester.installed("PL903").findings(
        PLAN.format(title=title, description=description))]
    assert found == (["W1"] if asked else [])
