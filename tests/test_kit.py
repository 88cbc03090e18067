"""The kit for rule authors: RuleTester, the pytest fixtures and the plan strategies."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from hypothesis import given, settings
from hypothesis import strategies as st

import planlint
from planlint.finding import Finding
from planlint.plan import Plan
from planlint.report import Report
from planlint.testing import RuleTester
from planlint.testing.strategies import plans

Run = Callable[..., Result]


class MaxOptions(planlint.RuleOptions):
    most: int = 1


@planlint.rule(code="KIT001", name="too-many-goals", category="formulation",
               severity="warning", options=MaxOptions,
               fails="goals: [{id: G1}, {id: G2}]", passes="goals: [{id: G1}]")
def too_many_goals(plan: Plan, options: MaxOptions) -> Iterator[Finding]:
    """More goals than ``most``."""
    for goal in plan.goals[options.most:]:
        yield goal.finding(f"goal {goal.id} is one too many (most {options.most})")


_calls = itertools.count()


@planlint.rule(code="KIT002", name="moody-rule", category="formulation", severity="info")
def moody_rule(plan: Plan) -> Iterator[Finding]:
    """Finds something every other time."""
    if next(_calls) % 2:
        yield plan.finding("today it fires")


@planlint.rule(code="KIT003", name="crashing-rule", category="formulation", severity="info")
def crashing_rule(plan: Plan) -> Iterator[Finding]:
    """Crashes on any goal."""
    for goal in plan.goals:
        raise KeyError(goal.id)
    return iter(())


def test_rule_tester_checks_nodes_lines_and_messages() -> None:
    tester = RuleTester(too_many_goals)
    tester.check_documented_examples()
    fragment = "goals:\n  - {id: G1}\n  - {id: G2}\n  - {id: G3}\n"
    tester.assert_fails(fragment, [("G2", 3, "one too many"), ("G3", None)])
    with pytest.raises(AssertionError, match="should say 'two too many'"):
        tester.assert_fails(fragment, [("G2", 3, "two too many"), ("G3", 4)])
    with pytest.raises(AssertionError, match="expected"):
        tester.assert_fails(fragment, [("G2", 4)])
    with_three = tester.with_options(most=3)
    with_three.assert_passes(fragment)
    assert tester.options == {}
    assert with_three.messages("goals: [{id: A}, {id: B}, {id: C}, {id: D}]") == [
        "goal D is one too many (most 3)"]


def test_assert_robust_catches_crashes_and_changing_results() -> None:
    assert RuleTester(too_many_goals).assert_robust("goals: [{id: G1}, {id: G2}]")[0].node == "G2"
    with pytest.raises(AssertionError, match="crashed"):
        RuleTester(crashing_rule).assert_robust("goals: [{id: G1}]")
    with pytest.raises(AssertionError, match="different things in two runs"):
        RuleTester(moody_rule).assert_robust("goals: []")


def test_installed_rules_are_tested_by_code_or_name(
        rule_tester: Callable[..., RuleTester]) -> None:
    rule_tester("PL201").assert_fails("goals: [{id: G1}]", [("G1", 1)])
    rule_tester("unmeasured-goal").assert_passes("goals: []")
    rule_tester(too_many_goals, most=2).assert_passes("goals: [{id: G1}, {id: G2}]")
    with pytest.raises(LookupError, match="no installed rule is called 'PL999'"):
        rule_tester("PL999")


def test_lint_fixture_checks_fragments_with_extra_rules(
        lint: Callable[..., Report], make_plan: Callable[[str], Plan]) -> None:
    report = lint("goals: [{id: G1}, {id: G2, metrics: [{id: M2}]}]", rules=[too_many_goals],
                  select=["KIT", "PL201"], options={"too-many-goals": {"most": 0}})
    assert [(f.code, f.node) for f in report.findings] == [
        ("KIT001", "G1"), ("PL201", "G1"), ("KIT001", "G2")]
    assert make_plan("goals: [{id: G1}]").goals[0].id == "G1"


def test_plan_files_writes_a_multi_file_plan(plan_files: Callable[[dict[str, str]], Path],
                                            lint: Callable[..., Report]) -> None:
    folder = plan_files({
        "enterprise.yaml": "planlint: 1\ninclude: [units/*.yaml]\n"
                           "goals:\n  - {id: G1, metrics: [M1]}\n",
        "units/sales.yaml": "planlint: 1\ngoals:\n  - {id: S1, parent: G1}\n"
                            "metrics: [{id: M1}]\n",
    })
    report = lint(folder / "enterprise.yaml", select=["PL201"])
    assert [(f.node, f.location.file.rsplit("/", 1)[-1], f.location.line)
            for f in report.findings] == [("S1", "sales.yaml", 3)]


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=25, deadline=None)
@given(plans(extra_fields={"goals": {"perspective": st.sampled_from(["financial", "x"])},
                           "metrics": {"title": st.just("Launch")},
                           "budgets": {"x-cost-center": st.none() | st.integers(1, 9)}}))
def test_strategies_draw_extra_fields(plan: dict[str, Any]) -> None:
    assert all(goal["perspective"] in ("financial", "x") for goal in plan["goals"])
    inline = [m for goal in plan["goals"] for m in goal["metrics"] if isinstance(m, dict)]
    assert all(metric["title"] == "Launch" for metric in [*plan["metrics"], *inline])
    assert all(budget.get("x-cost-center", 1) >= 1 for budget in plan["budgets"])
    RuleTester(too_many_goals).assert_robust(plan)


@planlint.rule(code="KIT003", name="goal-retitled", category="change", severity="info",
               before="goals: [{id: G1, title: Grow}]\n",
               fails="goals: [{id: G1, title: Shrink}]\n",
               passes="goals: [{id: G1, title: Grow}]\n")
def goal_retitled(plan: Plan) -> Iterator[Finding]:
    """A goal's title changed.

    A third party's change rule, as docs/plugins.md describes one.
    """
    comparison = plan.comparison
    if comparison is None:
        return
    for old, goal in comparison.pairs(plan.goals):
        if old.title != goal.title:
            yield goal.finding(f"goal {goal.id} was {old.title}", field="title")


def test_a_change_rule_is_tested_against_its_older_version() -> None:
    tester = RuleTester(goal_retitled)
    tester.check_documented_examples()
    assert goal_retitled.judges_changes and not too_many_goals.judges_changes
    assert tester.findings(goal_retitled.fails or "") == []  # no older version: not run
    tester.since(goal_retitled.before[0]).assert_fails(goal_retitled.fails or "",
                                                       [("G1", 1, "was Grow")])
    tester.since("goals: [{id: G1, title: A}]", "goals: [{id: G1, title: Shrink}]") \
        .assert_fails(goal_retitled.fails or "", [("G1", 1, "was A")])  # the oldest counts


def test_a_change_rules_examples_show_the_version_before(cli: Run) -> None:
    data = json.loads(cli("explain", "PL703", "--format", "json").output)
    assert data["before"][0].startswith("planlint: 1\n")
    text = cli("explain", "deadline-slipped").output
    assert text.index("Before:") < text.index("Fails when changed to:") \
        < text.index("Passes when changed to:")
    assert "Before (version 2 of 2):" in cli("explain", "PL706").output
