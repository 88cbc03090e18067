"""Property tests: on any valid plan, every OKR rule finishes, is deterministic and only
reports items of the plan."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planlint_okr import RULES
from planlint_okr.rules import activity_key_result

from planlint.api import load_plan
from planlint.model import Goal, Metric
from planlint.ruledef import Rule
from planlint.testing import RuleTester
from planlint.testing.strategies import dates, plans

pytestmark = pytest.mark.slow  # hypothesis draws whole plans

TITLES = st.sampled_from(["Launch the app", "NPS from 30 to 50", "Roll out CRM", "Happier",
                          "Grow 20%", "hire", "Win 2025"])
OKR_PLANS = plans(extra_fields={
    "goals": {"title": TITLES, "due": st.none() | dates(),
              "x-period": st.none() | st.sampled_from(["2025-Q1", " "])},
    "metrics": {"title": st.none() | TITLES},
    "units": {"name": TITLES}})


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=OKR_PLANS)
def test_rule_is_robust_on_any_plan(rule: Rule, plan: dict[str, Any]) -> None:
    RuleTester(rule).assert_robust(plan)


@settings(max_examples=25, deadline=None)
@given(plan=OKR_PLANS)
def test_activity_findings_are_the_objectives_measured_only_by_deliverables(
        plan: dict[str, Any]) -> None:
    loaded = load_plan(plan)

    def deliverables(goal: Goal) -> bool:
        results = loaded.refs(goal, "metrics", Metric)
        return bool(results) and all(loaded.measure(metric).kind == "milestone"
                                     and not loaded.measure(metric).condition
                                     for metric in results)

    def result_above(goal: Goal) -> bool:  # an objective up the cascade measures a result
        seen, parent = {goal.id}, loaded.ref(goal, "parent", Goal)
        while parent is not None and parent.id not in seen:
            if loaded.refs(parent, "metrics", Metric) and not deliverables(parent):
                return True
            seen.add(parent.id)
            parent = loaded.ref(parent, "parent", Goal)
        return False

    expected = sorted(goal.id for goal in loaded.goals
                      if deliverables(goal) and not result_above(goal))
    assert sorted(f.node for f in RuleTester(activity_key_result).findings(plan)) == expected
