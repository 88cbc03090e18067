"""BSC001-BSC005, tested with planlint's kit for rule authors."""

from __future__ import annotations

import pytest
from planlint_bsc import RULES
from planlint_bsc.rules import (
    backward_causality,
    dead_end_objective,
    goal_without_perspective,
    incomplete_scorecard_row,
    missing_perspective,
)

from planlint.errors import UsageError
from planlint.testing import RuleTester


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_documented_examples(rule: RuleTester) -> None:
    RuleTester(rule).check_documented_examples()


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_every_rule_is_documented(rule: RuleTester) -> None:
    tester = RuleTester(rule)
    assert tester.rule.summary and tester.rule.rationale
    assert tester.rule.code.startswith("BSC")


def test_missing_perspective_names_every_missing_one_at_the_plan() -> None:
    fragment = ("plan: {id: p}\ngoals:\n  - {id: G1, perspective: Financial}\n"
                "  - {id: G2, perspective: learning and growth}\n")
    RuleTester(missing_perspective).assert_fails(fragment, [
        ("p", 1, "the scorecard has no goal in the internal and customer perspectives")])
    RuleTester(missing_perspective).assert_passes("goals: []")


def test_missing_perspective_per_unit_checks_each_units_scorecard() -> None:
    four = "".join(f"  - {{id: E{i}, unit: hq, perspective: {p}}}\n"
                   for i, p in enumerate(["financial", "customer", "internal", "learning"]))
    fragment = ("units: [{id: hq}, {id: sales}]\ngoals:\n" + four
                + "  - {id: S1, unit: sales, perspective: customer}\n")
    tester = RuleTester(missing_perspective)
    tester.assert_passes(fragment)
    tester.with_options(per_unit=True).assert_fails(fragment, [
        ("sales", 1, "unit sales's scorecard has no goal in the learning, internal and "
                     "financial perspectives")])


def test_custom_perspectives_and_aliases() -> None:
    tester = RuleTester(goal_without_perspective).with_options(
        perspectives=["people", "process", "stakeholder"], aliases={"staff": "people"})
    fragment = ("goals:\n  - {id: G1, perspective: Staff}\n  - {id: G2, perspective: proces}\n"
                "  - {id: G3}\n")
    found = tester.assert_fails(fragment, [("G2", 3, "did you mean 'process'?"), ("G3", 4)])
    assert found[0].location.column == 14  # at perspective
    with pytest.raises(UsageError, match="aliases map to people, which are not perspectives"):
        RuleTester(goal_without_perspective).with_options(
            aliases={"staff": "people"}).findings("goals: []")


def test_perspectives_named_in_the_plans_own_words() -> None:
    fragment = ("goals:\n  - {id: C1, perspective: Serve Our Customers}\n"
                "  - {id: B1, perspective: Manage the Business}\n"
                "  - {id: F1, perspective: Provide Financial Stewardship}\n"
                "  - {id: L1, perspective: Develop Our Workforce}\n"
                "  - {id: X1, perspective: Customer and financial results}\n")
    RuleTester(goal_without_perspective).assert_fails(fragment, [("X1", 6)])
    with pytest.raises(UsageError, match="keywords name staff, which are not perspectives"):
        RuleTester(goal_without_perspective).with_options(
            keywords={"staff": ["people"]}).findings("goals: []")


def test_a_scorecard_adapted_with_perspectives_of_its_own() -> None:
    # a university's six perspectives: two of its own, each given to several goals
    fragment = ("goals:\n  - {id: F1, perspective: Financial}\n"
                "  - {id: I1, perspective: Internal Operational Processes}\n"
                "  - {id: E1, perspective: Employee Engagement and Development}\n"
                "  - {id: O1, perspective: Outreach}\n  - {id: O2, perspective: outreach}\n"
                "  - {id: T1, perspective: 'Teaching, Learning and Student Development'}\n"
                "  - {id: T2, perspective: 'Teaching, Learning and Student Development'}\n"
                "  - {id: X1, perspective: Alumni}\n"
                "  - {id: M1, perspective: finacial}\n  - {id: M2, perspective: finacial}\n")
    # one goal's name of its own, and a misspelling however often, are still reported
    RuleTester(goal_without_perspective).assert_fails(
        fragment, [("X1", 9), ("M1", 10, "did you mean 'financial'?"), ("M2", 11)])
    # its own perspectives may hold a missing one: students are its customers
    RuleTester(missing_perspective).assert_passes(fragment)


def test_backward_causality_points_at_the_link_and_the_target() -> None:
    fragment = ("goals:\n  - {id: C1, perspective: customer, drives: [F1, I1]}\n"
                "  - {id: F1, perspective: financial}\n"
                "  - {id: I1, perspective: internal, drives: [C1, X]}\n")
    found = RuleTester(backward_causality).assert_fails(fragment, [
        ("C1", 2, "goal C1 (customer) drives goal I1 (internal)")])
    assert found[0].location.column == 50  # at drives/1
    assert [(r.node, r.location.line) for r in found[0].related] == [("I1", 4)]


def test_dead_end_objectives_count_links_through_the_cascade() -> None:
    fragment = ("goals:\n  - {id: L1, perspective: learning, drives: [C1]}\n"
                "  - {id: L2, perspective: learning, parent: L1}\n"
                "  - {id: L3, perspective: learning}\n"
                "  - {id: C1, perspective: customer, drives: [F1]}\n"
                "  - {id: F1, perspective: financial}\n"
                "  - {id: F2, perspective: financial, parent: F1}\n"
                "  - {id: F3, perspective: financial}\n"
                "  - {id: I1, perspective: internal, parent: I1}\n"
                "  - {id: I2, perspective: internal, drives: [C1]}\n"
                "  - {id: I3, perspective: internal, drives: [C1]}\n")
    tester = RuleTester(dead_end_objective)
    tester.assert_fails(fragment, [("L3", 4, "learning objective that drives no other goal"),
                                   ("F3", 8, "financial objective that no goal drives"),
                                   ("I1", 9, "internal objective")])
    tester.with_options(must_drive=[], must_be_driven=["financial", "customer"]).assert_fails(
        fragment, [("F3", 8)])


def test_incomplete_row_is_an_objective_without_an_initiative() -> None:
    fragment = ("goals:\n  - {id: G1, perspective: customer}\n"
                "  - {id: G2, perspective: customer}\n"
                "  - {id: G3, perspective: customer, parent: G2}\n"
                "  - {id: G4}\n  - {id: G5, perspective: internal}\n"
                "initiatives:\n  - {id: I1, supports: [G3]}\n  - {id: I5, supports: [G5]}\n")
    RuleTester(incomplete_scorecard_row).assert_fails(fragment, [("G1", 2, "has no initiative")])
    # a plan that names no initiative at all is left to uncascaded-goal
    RuleTester(incomplete_scorecard_row).assert_passes("goals:\n  - {id: G1, perspective: "
                                                       "customer}\n")


def test_a_non_profit_scorecard_with_its_mission_on_top() -> None:
    # four layers in the plan's own words: the money at the base, the results on top
    fragment = ("goals:\n  - {id: R1, perspective: Results, drives: [F1]}\n"
                "  - {id: S1, perspective: Features of our Software, drives: [R1]}\n"
                "  - {id: O1, perspective: Capabilities of our Organisation, drives: [S1]}\n"
                "  - {id: F1, perspective: Financial Resources, drives: [O1]}\n")
    RuleTester(goal_without_perspective).assert_passes(fragment)
    RuleTester(missing_perspective).assert_passes(fragment)
    RuleTester(backward_causality).assert_passes(fragment)
    # the mission takes the customers' place, not the others'
    RuleTester(missing_perspective).assert_fails(
        "plan: {id: p}\ngoals:\n  - {id: M1, perspective: Mission Impact}\n"
        "  - {id: L1, perspective: learning}\n", [("p", 1, "internal and financial")])
    # without a mission perspective the one-goal name and the money's link are reported
    canonical = fragment.replace("Results", "customer")
    RuleTester(goal_without_perspective).assert_fails(canonical, [("S1", 3)])
    RuleTester(backward_causality).assert_fails(canonical, [("F1", 5)])
    with pytest.raises(UsageError, match="mission_for and resources name money"):
        RuleTester(backward_causality).with_options(resources=["money"]).findings("goals: []")


def test_a_scorecard_adopted_for_some_goals_only_is_reported_once() -> None:
    """A plan that places its target tables on the scorecard and leaves its list of
    strategic objectives off it does not follow the practice: one finding, not one per
    objective; a goal or two left off a placed scorecard are still named one by one."""
    placed = "".join(f"  - {{id: P{n}, perspective: {name}}}\n" for n, name in enumerate(
        ("financial", "customer", "internal", "learning")))
    unplaced = "".join(f"  - {{id: OE{n}}}\n" for n in range(1, 6))
    [plan] = RuleTester(goal_without_perspective).assert_fails(
        "plan: {id: p}\ngoals:\n" + placed + unplaced, [("p", 1)])
    assert plan.message.startswith("5 of 9 goals name no perspective (OE1, OE2, OE3, OE4, "
                                   "OE5); add perspective: to each")
    RuleTester(goal_without_perspective).assert_fails(
        "plan: {id: p}\ngoals:\n" + placed + "  - {id: OE1}\n", [("OE1", 7)])
