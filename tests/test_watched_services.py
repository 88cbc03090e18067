"""A programme or area watched period by period: measured only by indicators read at a
calendar cadence with no target (planlint.measure_work.watched_at_cadence), as a budget
programme's products are measured every fiscal year and a dashboard's service area month
by month. goal-without-deadline (PL902) does not ask such a goal for a due date, and
initiative-without-dates (PL903) does not ask such a service, in a plan that states no
period, for a start and an end; a deliverable, a target or a stated period still counts."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester

GOAL = """\
planlint: 1
plan: {{as_of: 2024-05-06}}
goals:
  - {{id: G1, title: "{title}", metrics: [M1]}}
metrics:
  - {{id: M1, title: Water main breaks per 100 miles of pipe{measure}}}
"""


@pytest.mark.parametrize(("title", "measure", "asked"), [
    ("Section III - Infrastructure", ", cadence: monthly", False),
    ("Access of the population to identity", ", cadence: annual", False),
    ("Section III - Infrastructure", "", True),
    ("Section III - Infrastructure", ", cadence: once", True),
    ("Section III - Infrastructure",
     ", cadence: monthly, targets: [{value: 15}, {value: 12, date: 2026-12-31}]", False),
    ("Open the northern depot", ", cadence: monthly", True),
])
def test_watched_area_needs_no_due_date(title: str, measure: str, asked: bool) -> None:
    found = [f.node for f in RuleTester.installed("PL902").findings(
        GOAL.format(title=title, measure=measure))]
    assert bool(found) == asked


WORK = """\
planlint: 1
plan: {{as_of: 2024-05-06{horizon}}}
initiatives:
  - {{id: P1, title: "{title}", metrics: [M1]}}
metrics:
  - {{id: M1, title: Share of the population holding a valid identity card, unit: '%'{measure}}}
"""


@pytest.mark.parametrize(("title", "horizon", "measure", "asked"), [
    ("Population holding a national identity card", "", ", cadence: quarterly", False),
    ("Population holding a national identity card", "", "", True),
    ("Population holding a national identity card", "",
     ", cadence: quarterly, target: {value: 95}", True),
    ("Population holding a national identity card",
     ", horizon: {start: 2024-01-01, end: 2028-12-31}", ", cadence: quarterly", True),
    ("Open the northern depot", "", ", cadence: quarterly", True),
])
def test_watched_service_needs_no_dates(title: str, horizon: str, measure: str,
                                        asked: bool) -> None:
    found = [f.node for f in RuleTester.installed("PL903").findings(
        WORK.format(title=title, horizon=horizon, measure=measure))]
    assert bool(found) == asked
