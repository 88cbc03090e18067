"""Work whose own words or status say it waits on funding it has not received, which
unfunded-initiative (PL302) does not ask for a budget line and overdue-initiative (PL807)
does not judge on its start (rules._text.awaits_funding)."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester, plan_from
from rules._text import awaits_funding

PLAN = """\
planlint: 1
plan: {{as_of: 2026-05-27}}
goals: [{{id: G1, title: Memory-safe compression, priority: high}}]
initiatives:
  - {{id: M1, title: Decoder, supports: [G1], status: active, start: 2025-01-01,
     end: 2026-12-31}}
  - {{id: M2, title: Packaging, supports: [G1], status: planned, start: 2026-05-01,
     end: 2026-12-31}}
  - {{id: M3, title: Encoder, supports: [G1], status: planned, start: 2026-04-01,
     end: {end}, {fields}}}
budgets:
  - {{id: B1, title: Sovereign Tech Agency, amount: 100000, currency: EUR, funds: [M1, M2]}}
"""


def _found(code: str, fields: str, end: str = "2026-12-31") -> list[str]:
    return [f.node for f in RuleTester.installed(code).findings(
        PLAN.format(fields=fields, end=end))]


@pytest.mark.parametrize(("fields", "waits"), [
    ("x-status: Needs funding", True),
    ("x-status: \"Future work; We're seeking funding for the encoder\"", True),
    ("x-status: Pending funding", True),
    ("description: 'Status: Needs funding. Please contact us if you can support it.'", True),
    ("description: Placed on the reserve list; we have not received funding yet.", True),
    ("description: Subject to funding from the regional fund.", True),
    ("description: Identify the libraries that need funding", False),
    ("description: Provide funding to the maintainers of the encoder", False),
    ("description: Funded by NLnet; the team is seeking feedback from users", False),
])
def test_awaits_funding(fields: str, waits: bool) -> None:
    plan = plan_from(PLAN.format(fields=fields, end="2026-12-31"))
    assert awaits_funding(plan.initiatives[2]) is waits
    assert _found("PL302", fields) == ([] if waits else ["M3"])
    assert _found("PL807", fields) == ([] if waits else ["M3"])


def test_its_end_is_still_judged() -> None:
    """Work awaiting funding whose end has passed is still late: the plan keeps a date
    the work can no longer meet."""
    assert _found("PL807", "x-status: Needs funding", end="2026-04-30") == ["M3"]
