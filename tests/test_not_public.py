"""Deliverables a plan says are not published, which overdue-initiative (PL807) does not
ask for a state (rules._text.not_public)."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester, plan_from
from rules._text import not_public

PLAN = """\
planlint: 1
plan: {{as_of: 2022-08-09}}
initiatives:
  - {{id: D1, title: Project handbook, end: 2019-06-30, status: done}}
  - {{id: D2, title: Selection criteria report, end: 2020-06-30, status: done}}
  - {{id: D3, {fields}, end: 2019-06-30}}
"""


@pytest.mark.parametrize(("fields", "private"), [
    ("title: Data Management Plan (DMP) (Not publicly available)", True),
    ("title: Confidential report summarising the work on the first exemplar", True),
    ("title: Updated Data Management Plan, description: Updated version of the Data "
     "Management Plan made available to the FAIRplus participants.", True),
    ("title: DMP, description: Link to the confidential Data Management Plan", True),
    ("title: Board pay review (confidential)", True),
    ("title: 'DMP', x-note: Not publicly available", True),
    ("title: Data Management Plan", False),
    ("title: Design and distribute a confidential climate survey", False),
    ("title: Annual report, made available to the public by 30 September", False),
    ("title: Provide free and confidential advice to businesses", False),
])
def test_not_public(fields: str, private: bool) -> None:
    plan = plan_from(PLAN.format(fields=fields))
    assert not_public(plan.initiatives[2]) is private
    found = [f.node for f in RuleTester.installed("PL807").findings(
        PLAN.format(fields=fields))]
    assert found == ([] if private else ["D3"])


def test_a_status_given_is_still_judged() -> None:
    """A deliverable not published whose plan still calls it under way is late."""
    fragment = PLAN.format(fields="title: Confidential report, status: active")
    assert [f.node for f in RuleTester.installed("PL807").findings(fragment)] == ["D3"]
