"""The starter plan and config that ``planlint init`` writes: commented, in the plan's
own terms, and clean under ``planlint check`` on the day they are written."""

from __future__ import annotations

import math
from datetime import date, timedelta
from string import Template

_PLAN = Template("""\
# A starter plan: replace every value with your own. As written, `planlint check`
# finds nothing in it; docs/plan-format.md describes every section and field.
planlint: 1

plan:
  id: our-plan
  title: Our strategic plan
  vision: Be the partner our customers recommend first
  horizon: {start: $start, end: $end}
  as_of: $today              # the date the status below is true on
  sponsor: ceo                   # the executive who owns the strategy
  office: strategy-office        # who runs reviews, collects results, keeps it moving

units:
  - {id: company, name: Our company, lead: ceo}
  - {id: strategy-office, name: Strategy office, parent: company, lead: coo}

people:
  # an owner lists their goals under objectives: their performance plan holds them to it
  - {id: ceo, name: Chief Executive, role: CEO, unit: company, leader: true,
     objectives: [G1]}
  - {id: coo, name: Chief Operating Officer, role: COO, unit: company, leader: true,
     objectives: [G2], skills: [project management]}

goals:
  - id: G1
    title: Grow recurring revenue
    owner: ceo
    unit: company
    priority: high
    due: $end
    metrics:
      # a level read over time: baseline, target, unit, cadence and where it comes from
      - id: M1
        title: Annual recurring revenue
        unit: USD m
        direction: increase
        cadence: quarterly
        source: finance system
        baseline: {value: 40, date: $baseline}
        target: {value: 60, date: $end}
$actuals
  - id: G2
    title: Deliver the new customer portal
    owner: coo
    unit: company
    parent: G1
    due: $portal
    metrics:
      # a deliverable: done (actual 1) or not (0) by its date
      - {id: M2, title: Launch the customer portal, kind: milestone,
         target: {value: 1, date: $portal}}

initiatives:
  - id: I1
    title: Build the customer portal
    owner: coo
    supports: [G2]
    start: $start
    end: $portal
    status: active
    team: [coo]
    skills: [project management]

budgets:
  - {id: B1, title: Customer portal, amount: 2.5, currency: USD m, funds: [I1]}

reviews:
  - {id: R1, title: Monthly strategy review, cadence: monthly, chair: ceo,
     covers: [G1, G2], last_held: $held}

communications:
  - {id: C1, title: Quarterly all-hands on the plan, audience: [company],
     channel: all-hands, cadence: quarterly, owner: ceo, covers: [G1, G2]}
""")

CONFIG = """\
# planlint's settings for this project; the command line overrides them. Every key is
# described in planlint's README, under Configuration.
fail-on = "error"        # exit 1 when a finding is at least this severe
ignore = []              # rules not to run, by code, prefix, name or category

# [severity]
# unmeasured-goal = "warning"

# [options.owner-overloaded]
# max_owned = 5
"""


def _quarter_ends(year: int) -> list[date]:
    return [date(year, 3, 31), date(year, 6, 30), date(year, 9, 30), date(year, 12, 31)]


def starter_plan(today: date) -> str:
    """The starter plan, dated so that it is on track and up to date on ``today``."""
    start, end = date(today.year, 1, 1), date(today.year + 1, 12, 31)
    baseline = date(today.year - 1, 12, 31)
    read = [day for day in _quarter_ends(today.year) if day < today]
    actuals = ""
    if read:  # the latest quarter's figure, on the line from baseline to target
        latest = read[-1]
        value = 40 + 20 * (latest - baseline).days / (end - baseline).days
        actuals = (f"        actuals:\n          - {{date: {latest}, "
                   f"value: {math.ceil(value * 10) / 10}}}\n")
    return _PLAN.substitute(
        start=start, end=end, today=today, baseline=baseline,
        portal=date(today.year + 1, 6, 30), held=today - timedelta(days=10),
        actuals=actuals.rstrip("\n"))
