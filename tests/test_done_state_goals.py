"""A goal named as one thing in its finished state (``Datum Compute Live``, ``Alt Cloud
Accelerator Launched``, ``Trust Center ready for customers``) or whose description, or the
plan's for each goal it dates and gives an owner, states when it is done (``We will know
this is done when ...``), due within a year of the plan's start or date, in a plan that
publishes nothing of where its goals stand: unmeasured-goal (PL201) reads it as done or not
by its date (rules.unmeasured._finished_in_cycle, planlint.measure_words.says_done and
defines_done). A state of people or of a level is still asked, and so is such a goal past
its date unless the plan keeps its results in another document, or due years on."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester

PLAN = """\
planlint: 1
plan:
  horizon: {{start: 2026-01-01, end: 2028-12-31}}
  as_of: 2026-05-06
  description: "{plan_text}"
  withheld: [{withheld}]
people:
  - {{id: drew, name: Drew}}
goals:
  - id: G1
    title: "{title}"
    description: "{text}"
    owner: drew
    due: {due}
  - id: Y1
    title: 1 Year Plan
    due: 2026-12-31
    metrics:
      - {{id: M1, title: 5000 builders on the platform, target: {{value: 5000}}}}
"""


def _asked(title: str, text: str = "", due: str = "2026-06-30", plan_text: str = "",
           withheld: str = "") -> bool:
    """Whether PL201 asks G1, beside a measured goal, for a metric."""
    found = [f.node for f in RuleTester.installed("PL201").findings(PLAN.format(
        title=title, text=text, due=due, plan_text=plan_text, withheld=withheld))]
    assert found in ([], ["G1"]), found
    return found == ["G1"]


@pytest.mark.parametrize(("title", "asked"), [
    ("Datum Compute Live", False),
    ("Alt Cloud Accelerator Launched", False),
    ("Trust Center ready for customers", False),
    ("Hardware & Backbone Ready", False),
    ("Policy in place", False),
    ("Customers delighted", True),
    ("Revenue growing", True),
    ("Projects completed", True),
    ("Customers engaged", True),
])
def test_done_state_due_this_quarter(title: str, asked: bool) -> None:
    assert _asked(title) == asked


def test_definition_of_done_makes_a_deliverable() -> None:
    text = "We will know this is done when each core product has a public benchmark."
    assert _asked("Performance Benchmarks Published")
    assert not _asked("Performance Benchmarks Published", text=text)


def test_plan_that_defines_done_for_its_goals() -> None:
    rule = "Every goal has three parts: 1. An outcome - We know this is done when ___. 2. A date"
    assert _asked("Features & use cases in website and decks")
    assert not _asked("Features & use cases in website and decks", plan_text=rule)


def test_past_its_date_asked_unless_results_kept_elsewhere() -> None:
    assert _asked("Datum Compute Live", due="2026-03-31")
    assert not _asked("Datum Compute Live", due="2026-03-31", withheld="actuals")


def test_due_years_on_is_asked() -> None:
    assert _asked("Datum Compute Live", due="2028-12-31")
