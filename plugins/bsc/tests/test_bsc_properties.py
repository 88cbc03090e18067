"""Property tests: on any valid plan, every BSC rule finishes, is deterministic and only
reports items of the plan."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planlint_bsc import RULES

from planlint.ruledef import Rule
from planlint.testing import RuleTester
from planlint.testing.strategies import plans

pytestmark = pytest.mark.slow  # hypothesis draws whole plans

SCORECARD_PLANS = plans(extra_fields={"goals": {"perspective": st.none() | st.sampled_from(
    ["financial", "customer", "internal", "learning", "Learning and Growth", "marketing"])}})


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=SCORECARD_PLANS)
def test_rule_is_robust_on_any_plan(rule: Rule, plan: dict[str, Any]) -> None:
    RuleTester(rule).assert_robust(plan)


@settings(max_examples=30, deadline=None)
@given(plan=SCORECARD_PLANS)
def test_backward_links_are_exactly_the_drives_against_the_order(plan: dict[str, Any]) -> None:
    order = {"learning": 0, "learning and growth": 0, "internal": 1, "customer": 2,
             "financial": 3}
    rank = {goal["id"]: order.get(goal.get("perspective", "").lower())
            for goal in plan["goals"]}
    expected = sorted((goal["id"], target) for goal in plan["goals"]
                      for target in goal["drives"]
                      if rank[goal["id"]] is not None and rank[target] is not None
                      and rank[target] < rank[goal["id"]])
    found = RuleTester(RULES[2]).findings(plan)
    assert sorted((f.node, f.message.split(" drives goal ")[1].split(" ")[0])
                  for f in found) == expected
