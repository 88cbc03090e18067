"""A project's expected outcome written as the making of one deliverable (``The creation
of a set of design patterns``, ``The identification of the cultural factors that ...``),
which unmeasured-goal (PL201) reads as done or not by the project's end when that end
falls within a year of the plan's date and the plan reports nothing of where its goals
stand (rules.unmeasured._made_outcome, _done_when_due); an aim with no measure is still
asked, and so is the same outcome with more than a year of the project still to run."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester

PLAN = """\
planlint: 1
plan: {{horizon: {{start: 2023-07-01, end: 2026-06-30}}, as_of: {as_of}}}
goals:
  - id: O1
    title: "{title}"
  - id: O2
    title: A demonstration of the patterns in two use cases
    metrics:
      - {{id: M1, title: Robot Social Attribute Scale score}}
"""


def _asked(title: str, as_of: str = "2026-05-11") -> bool:
    """Whether PL201 asks O1, beside a measured outcome, for a metric."""
    found = [f.node for f in RuleTester.installed("PL201").findings(
        PLAN.format(title=title, as_of=as_of))]
    assert found in ([], ["O1"]), found
    return found == ["O1"]


@pytest.mark.parametrize(("title", "asked"), [
    ("The creation of a set of design patterns for social interaction", False),
    ("The development of a suite of interaction primitives, implemented on a robot", False),
    ("The identification of the cultural factors that impact on acceptance", False),
    ("Creation of an open toolkit for robot designers", False),
    ("Improve the student experience", True),
    ("The development of a better culture of collaboration", True),
    ("Development of the local economy", True),
])
def test_outcome_due_with_project(title: str, asked: bool) -> None:
    assert _asked(title) == asked


def test_outcome_with_years_to_run_is_asked() -> None:
    assert _asked("The creation of a set of design patterns for social interaction",
                  as_of="2024-05-11")
