"""PL3 alignment rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest
from hypothesis import given, settings

from planlint import Config, lint
from planlint.commands import EXAMPLE
from planlint.errors import UsageError
from planlint.plan import Plan
from planlint.rules import alignment, rules_in
from planlint.rules.alignment import (
    budget_priority_inversion,
    cross_unit_parent,
    no_budget,
    orphan_goal,
    orphan_initiative,
    uncascaded_goal,
    unfunded_initiative,
    unfunded_priority,
    unlinked_budget,
)
from planlint.testing import RuleTester, plan_from
from planlint.testing.strategies import plans
from tests.conftest import Write

# -- PL301 unlinked-budget ------------------------------------------------------------------

def test_unlinked_budget_accepts_goals_and_enabling_work() -> None:
    RuleTester(unlinked_budget).run(
        passes=[
            "goals: [{id: G1}]\nbudgets: [{id: B1, funds: [G1]}]\n",
            "goals: [{id: G1}]\ninitiatives:\n  - {id: I1}\n"
            "  - {id: I2, supports: [G1], depends_on: [I1]}\n"
            "budgets: [{id: B1, funds: [I1]}]\n",
            "budgets: [{id: B1, funds: [ghost]}]\n",  # dangling-reference
        ],
        fails=[("budgets:\n  - {id: B1, title: IT refresh}\n  - {id: B2, funds: [G1]}\n"
                "goals: [{id: G1}]\n", [("B1", 2)]),
               # money for finished work that served no goal
               ("initiatives: [{id: I1, status: done}]\nbudgets:\n  - id: B1\n"
                "    funds: [I1]\n", [("B1", 4)])])
    # money for work still to be done is reported through the work, by orphan-initiative
    RuleTester(unlinked_budget).assert_passes(
        "initiatives: [{id: I1}]\nbudgets:\n  - id: B1\n    funds: [I1]\n")


def test_unlinked_budget_leaves_expenses_of_a_plan_that_budgets_nothing() -> None:
    """A founder's monthly retrospective lists what the company spent by category and
    sets no money aside: no allocation to tie to a goal. One line with an amount, and the
    plan budgets: its lines that fund nothing are reported."""
    expenses = ("goals: [{id: G1}]\nbudgets:\n"
                "  - {id: B1, title: Raw materials, currency: USD, spent: 15637.68}\n"
                "  - {id: B2, title: Postage, currency: USD, spent: 1262.53}\n")
    tester = RuleTester(unlinked_budget)
    tester.assert_passes(expenses)
    tester.assert_fails(expenses + "  - {id: B3, title: Ads, currency: USD, amount: 500}\n",
                        [("plan", 1)])  # all three lines, once


def test_unlinked_budget_leaves_a_line_of_nothing_set_aside() -> None:
    """A project's cost table records a partner's offered person-months as 0 available,
    with no work listed for it: nothing is set aside, so nothing needs a goal."""
    plan = ("goals: [{id: G1}]\ninitiatives: [{id: W1, supports: [G1]}]\nbudgets:\n"
            "  - {id: B1, currency: person-months, amount: 6, funds: [W1]}\n"
            "  - {id: B2, currency: person-months, amount: 0}\n")
    tester = RuleTester(unlinked_budget)
    tester.assert_passes(plan)
    tester.assert_fails(plan.replace("amount: 0}", "amount: 0, spent: 2}"), [("B2", 5)])
    tester.assert_fails(plan.replace("amount: 0}", "amount: 3}"), [("B2", 5)])


def test_unlinked_budget_leaves_a_plan_without_goals_to_orphan_initiative() -> None:
    """A capital projects report states no goals: the finished projects' lines lead to none
    because nothing can, the one cause orphan-initiative reports through the open work."""
    plan = ("initiatives: [{id: I1, status: done}, {id: I2, status: done}, {id: I3}]\n"
            "budgets:\n  - {id: B1, funds: [I1]}\n  - {id: B2, funds: [I2]}\n"
            "  - {id: B3, funds: [I3]}\n")
    tester = RuleTester(unlinked_budget)
    tester.assert_passes(plan)
    # with nothing left to do, nothing else reports it: the lines are, once
    [finding] = tester.assert_fails(plan.replace("{id: I3}", "{id: I3, status: done}"))
    assert finding.message.startswith("all 3 budget lines fund only finished work")


def test_unlinked_budget_leaves_the_lines_of_a_plan_of_measures_to_orphan_metric() -> None:
    """An agency's performance report states measures and no goals, quoting the budget
    for the function a measure reports on: the line has no goal to lead to, the one cause
    orphan-metric reports."""
    plan = ("metrics: [{id: M1, title: Cost of collections}]\n"
            "budgets:\n  - {id: B1, title: Collections function, amount: 20.9}\n")
    tester = RuleTester(unlinked_budget)
    tester.assert_passes(plan)
    # where a goal is stated, the line could lead to it and is asked to
    tester.assert_fails(plan + "goals: [{id: G1, metrics: [M1]}]\n", [("B1", 3)])
    # where every measure is a piece of work's output, orphan-metric is silent
    tester.assert_fails(plan + "initiatives: [{id: I1, metrics: [M1]}]\n", [("B1", 3)])


def test_unlinked_budget_reports_a_goalless_plans_lines_when_nothing_else_does() -> None:
    # the measures are the work's outputs, so orphan-metric is silent, and the work is done
    RuleTester(unlinked_budget).assert_fails(
        "metrics: [{id: M1}]\ninitiatives: [{id: I1, status: done, metrics: [M1]}]\n"
        "budgets:\n  - id: B1\n    funds: [I1]\n", [("B1", 5)])


def test_unlinked_budget_reports_lines_for_unlinked_finished_work_once_where_that_is_the_rule(
) -> None:
    plan = ("goals: [{id: G1}]\ninitiatives: [{id: I1, status: done}, {id: I2, status: done},"
            " {id: I3, status: done}, {id: I4, supports: [G1]}]\nbudgets:\n"
            "  - {id: B1, funds: [I1]}\n  - {id: B2, funds: [I2]}\n  - {id: B3, funds: [I3]}\n"
            "  - {id: B4, funds: [I4]}\n")
    [finding] = RuleTester(unlinked_budget).assert_fails(plan)
    assert finding.message.startswith("3 of 4 budget lines fund only finished work")


def test_unlinked_budget_leaves_finished_work_of_a_closed_period() -> None:
    """A budget plan recorded at its period's end: the lines that paid for finished items
    were spent with the period, so there is no money to move or line to close."""
    plan = ("plan: {id: P, as_of: 2022-12-31, horizon: {start: 2022-07-01, end: 2022-12-31}}\n"
            "goals: [{id: G1}]\ninitiatives: [{id: I1, status: done}, {id: I2, "
            "supports: [G1]}]\nbudgets:\n  - {id: B1, amount: 10000, funds: [I1]}\n"
            "  - {id: B2, amount: 9000, funds: [I2]}\n")
    tester = RuleTester(unlinked_budget)
    tester.assert_passes(plan)
    # while the period runs, the finished work's line still holds money to move
    tester.assert_fails(plan.replace("as_of: 2022-12-31", "as_of: 2022-11-30"), [("B1", 5)])


def test_unlinked_budget_leaves_finished_work_to_a_plan_that_keeps_its_work_apart() -> None:
    """A board's register of recommendations, each argued on its own, with the effort each
    proposal stated: the live ones support no goal, which orphan-initiative reports once,
    and the lines for the finished ones are that same practice, not reported again."""
    plan = ("goals: [{id: G1}]\ninitiatives:\n  - {id: I1, status: done}\n"
            "  - {id: I2, status: cancelled}\n  - {id: I3, status: done}\n"
            "  - {id: I4}\n  - {id: I5}\n  - {id: I6, supports: [G1]}\n  - {id: I7}\n"
            "budgets:\n"
            "  - {id: B1, amount: 6, currency: person-months, funds: [I1]}\n"
            "  - {id: B2, amount: 8, currency: person-weeks, funds: [I2]}\n"
            "  - {id: B3, amount: 1.6, currency: FTE, funds: [I3]}\n")
    tester = RuleTester(unlinked_budget)
    tester.assert_passes(plan)
    assert any(f.node == "plan" for f in RuleTester(orphan_initiative).findings(plan))
    # with the live work linked, the finished work's lines are the gap, and reported
    [finding] = tester.assert_fails(plan.replace("{id: I5}", "{id: I5, supports: [G1]}")
                                    .replace("{id: I7}", "{id: I7, supports: [G1]}"))
    assert finding.message.startswith("all 3 budget lines fund only finished work")


def test_unlinked_budget_leaves_new_work_paid_under_the_plans_reallocation_rule() -> None:
    """A line the plan gave no money, paying for finished work with money its own rule let
    be moved from other lines' unspent share, is new work the plan delegated."""
    plan = ("plan: {id: P, budget_reallocation: 10000}\n"
            "goals: [{id: G1}]\ninitiatives: [{id: I1, status: done}, "
            "{id: I2, supports: [G1], status: cancelled}]\nbudgets:\n"
            "  - {id: B1, amount: 0, spent: 9679, funds: [I1]}\n"
            "  - {id: B2, amount: 13710, spent: 0, funds: [I2]}\n")
    tester = RuleTester(unlinked_budget)
    tester.assert_passes(plan)
    # beyond the allowance, money the plan gave it, or no such rule: reported
    tester.assert_fails(plan.replace("10000", "5000"), [("B1", 5)])
    tester.assert_fails(plan.replace("amount: 0,", "amount: 5000,"), [("B1", 5)])
    tester.assert_fails(plan.replace("budget_reallocation: 10000", "title: P"), [("B1", 5)])


# -- PL309 no-budget ------------------------------------------------------------------------

def test_no_budget_reports_a_plan_without_budget_lines_once() -> None:
    tester = RuleTester(no_budget)
    [finding] = tester.assert_fails("""\
planlint: 1
plan: {id: okrs}
goals: [{id: G1, priority: critical}, {id: G2}]
initiatives: [{id: I1, supports: [G1]}, {id: I2, supports: [G2]}]
""", [("okrs", 2)])
    assert finding.message.startswith("the plan has 2 goals and 2 initiatives but no budget")
    tester.assert_passes("planlint: 1\nplan: {id: empty}\n")
    for rule in (unfunded_initiative, unfunded_priority):
        RuleTester(rule).assert_passes("goals: [{id: G1, priority: critical}]\n"
                                       "initiatives: [{id: I1, supports: [G1]}]\n")


def test_no_budget_accepts_a_budget_in_peoples_time() -> None:
    """Plans that resource their work in people's time (a roadmap's person-months, a
    charter's FTE and days per week) state their budget in that unit."""
    work = ("goals: [{id: G1}]\ninitiatives: [{id: I1, supports: [G1]}, "
            "{id: I2, supports: [G1]}]\n")
    RuleTester(no_budget).assert_fails(work)
    RuleTester(no_budget).assert_passes(
        work + "budgets:\n  - {id: E1, title: 'Effort: 3 PM', amount: 3, "
               "currency: person-months, period: '2022', funds: [I1]}\n")
    RuleTester(no_budget).assert_passes(
        work + "budgets:\n  - {id: T1, title: Team Contact (0.1 FTE), amount: 0.1, "
               "currency: FTE, funds: all}\n")


@pytest.mark.parametrize("title", [
    "City of Keller FY 2018-19 Adopted Budget: Library (100-600)",
    "City of Azle FY 2024-2025 Budget: Parks & Recreation",
    "City-Wide Scorecard (Budget Book, Strategic Direction)",
])
def test_no_budget_leaves_a_plan_printed_in_its_budget(title: str) -> None:
    """A department's goals pages of a budget book are part of the budget that pays for
    the department: a title that names the budget document is enough."""
    work = "goals: [{id: G1}]\ninitiatives: [{id: I1, supports: [G1]}]\n"
    RuleTester(no_budget).assert_passes(f"plan: {{id: P, title: '{title}'}}\n" + work)
    for other in ("Budget priorities survey", "Parks and Recreation strategic plan"):
        RuleTester(no_budget).assert_fails(f"plan: {{id: P, title: {other}}}\n" + work)


# -- PL302 unfunded-initiative --------------------------------------------------------------

GOAL = "goals: [{id: G1}]\n"


def test_unfunded_initiative_checks_work_still_to_be_delivered() -> None:
    RuleTester(unfunded_initiative).assert_fails(GOAL + """\
initiatives:
  - {id: I1, supports: [G1], status: planned}
  - {id: I2, supports: [G1], status: active}
  - {id: I3, supports: [G1], status: blocked}
  - {id: I4, supports: [G1]}
  - {id: I5, supports: [G1], status: done}
  - {id: I6, supports: [G1], status: cancelled}
budgets: [{id: B9, title: Other work}]
""", [("plan", None, "all 4 initiatives still to deliver have no budget line funding them "
                     "(I1, I2, I3, I4)")])


def test_unfunded_initiative_leaves_work_on_hold() -> None:
    """Paused or parked work: its money is for the decision that takes it up again."""
    fragment = GOAL + """\
initiatives:
  - {id: I1, supports: [G1], status: STATUS}
  - {id: I2, supports: [G1], status: active}
budgets: [{id: B1, funds: [I2]}]
"""
    RuleTester(unfunded_initiative).assert_passes(fragment.replace("STATUS", "on-hold"))
    RuleTester(unfunded_initiative).assert_fails(fragment.replace("STATUS", "blocked"),
                                                 [("I1", 3)])


def test_unfunded_initiative_counts_money_for_it_or_for_its_goal() -> None:
    RuleTester(unfunded_initiative).run(passes=[
        GOAL + "initiatives: [{id: I1, supports: [G1]}]\nbudgets: [{id: B1, funds: [I1]}]\n",
        GOAL + "initiatives: [{id: I1, supports: [G1]}]\nbudgets: [{id: B1, funds: [G1]}]\n",
    ])


def test_unfunded_initiative_leaves_work_of_a_goal_no_money_reaches_to_the_plan() -> None:
    tester = RuleTester(unfunded_initiative)
    goals = "goals: [{id: G1}, {id: G2}, {id: G3, parent: G2}]\n"
    # G3's work is done within existing means: neither G3 nor G2 above it gets money
    tester.assert_passes(goals + "initiatives:\n  - {id: I1, supports: [G1]}\n"
                                 "  - {id: I2, supports: [G3]}\n"
                                 "budgets: [{id: B1, funds: [I1]}]\n")
    # a priority's work needs money whatever the plan chooses for its other goals
    tester.assert_fails(goals.replace("{id: G2}", "{id: G2, priority: high}")
                        + "initiatives:\n  - {id: I1, supports: [G1]}\n"
                          "  - {id: I2, supports: [G2]}\n"
                          "budgets: [{id: B1, funds: [I1]}]\n", [("I2", 4)])
    # money for the goal above it, or for another of the goal's initiatives, still asks
    tester.assert_fails(goals + "initiatives:\n  - {id: I1, supports: [G3]}\n"
                                "  - {id: I2, supports: [G3]}\n"
                                "budgets: [{id: B1, funds: [I1]}]\n", [("I2", 4)])
    tester.assert_fails(goals + "initiatives: [{id: I1, supports: [G3]}]\n"
                                "budgets: [{id: B1, amount: 5, funds: [G2]}]\n", [("I1", 2)])
    # the work still counts towards a plan that does not tie its budget to its work
    [finding] = tester.assert_fails(
        goals + "initiatives:\n  - {id: I1, supports: [G1]}\n  - {id: I2, supports: [G1]}\n"
                "  - {id: I3, supports: [G3]}\nbudgets: [{id: B1, title: Other work}]\n",
        [("plan", None)])
    assert finding.message.startswith("all 3 initiatives still to deliver")


def test_unfunded_initiative_counts_money_for_the_plans_one_aim_for_the_work_below() -> None:
    tester = RuleTester(unfunded_initiative)
    # an executive order's one aim, given to no unit, and its line naming no unit: the
    # plan's money for its whole aim pays for the work under the goals below it
    plan = ("units: [{id: agency}]\ngoals:\n  - {id: G1%s}\n"
            "  - {id: G2, parent: G1, unit: agency}\n  - {id: G3, parent: G2}\n"
            "initiatives:\n  - {id: I1, supports: [G3], unit: agency}\n"
            "  - {id: I2, supports: [G2], unit: agency}\n"
            "budgets: [{id: B1, amount: 5, funds: [G1]%s}]\n")
    tester.assert_passes(plan % ("", ""))
    # not a unit's goal funded by a line that names no unit, nor one aim of several
    tester.assert_fails(plan % (", unit: agency", ""), [("plan", None)])
    tester.assert_fails(plan.replace("goals:\n", "goals:\n  - {id: G0}\n") % ("", ""),
                        [("plan", None)])


@pytest.mark.parametrize(("title", "later"), [
    ("'Future direction: Indigenous community partnerships'", True),
    ("'Future work: a second campus'", True),
    ("'Longer-term: regional hubs'", True),
    ("'Next planning cycle: a research office'", True),
    ("Future of the build toolchain", False),
    ("Plan future campus expansion", False),
], ids=lambda value: str(value))
def test_unfunded_initiative_leaves_work_filed_for_a_later_plan(title: str,
                                                                later: bool) -> None:
    tester = RuleTester(unfunded_initiative)
    fragment = (GOAL + "initiatives:\n  - {id: I1, supports: [G1]}\n"
                f"  - {{id: I2, title: {title}, supports: [G1]}}\n"
                "budgets: [{id: B1, funds: [I1]}]\n")
    if later:
        tester.assert_passes(fragment)
    else:
        tester.assert_fails(fragment, [("I2", 4)])


@pytest.mark.parametrize(("description", "funded"), [
    ("'The first fully funded and comprehensive plan for our cyber security'", True),
    ("'A fully-funded four-year programme'", True),
    ("'The strategy is not fully funded'", False),
    ("'The strategy is not yet fully funded'", False),
    ('"The strategy isn\'t fully funded"', False),
    ("'The strategy is never fully funded'", False),
    ("'A plan funded by the lines below'", False),
], ids=lambda value: str(value))
def test_unfunded_initiative_a_plan_that_says_it_is_fully_funded(description: str,
                                                                funded: bool) -> None:
    tester = RuleTester(unfunded_initiative)
    fragment = (f"plan: {{id: p, description: {description}}}\n" + GOAL
                + "initiatives:\n  - {id: I1, supports: [G1]}\n"
                  "  - {id: I2, supports: [G1]}\n"
                  "budgets: [{id: B1, amount: 38.8, funds: [I1]}]\n")
    if funded:
        tester.assert_passes(fragment)
    else:
        tester.assert_fails(fragment, [("I2", 5)])


def test_a_plan_that_budgets_its_work_in_its_yearly_budget_process() -> None:
    """A library's action steps, whose resources are identified in the Management Team's
    review in the budgeting process and requested in the annual budget (withheld), are
    funded there; the one line it states is a renovation's capital budget."""
    fragment = ("plan: {id: p, WITHHELD}\n" + GOAL
                + "initiatives:\n  - {id: I1, supports: [G1]}\n"
                  "  - {id: I2, supports: [G1]}\n"
                  "budgets: [{id: B1, amount: 2500000, funds: [I1]}]\n"
                  "reviews:\n  - {id: R1, title: REVIEW, cadence: annual, covers: [G1]}\n")
    review = "Review of the calendar of action steps in the budgeting process"
    tester = RuleTester(unfunded_initiative)
    tester.assert_passes(fragment.replace("WITHHELD", "withheld: [budgets]")
                         .replace("REVIEW", review))
    # a withheld budget with no review in the budget process (a museum's companion document)
    tester.assert_fails(fragment.replace("WITHHELD", "withheld: [budgets]")
                        .replace("REVIEW", "Annual review of the action steps"), [("I2", 5)])
    # a review in the budget process of a plan that states its budget here
    tester.assert_fails(fragment.replace(", WITHHELD", "").replace("REVIEW", review),
                        [("I2", 5)])


def test_an_operating_budget_pays_for_all_the_work_but_overhead_does_not() -> None:
    work = GOAL + "initiatives: [{id: I1, supports: [G1]}, {id: I2, supports: [G1]}]\n"
    RuleTester(unfunded_initiative).assert_passes(
        work + "budgets:\n  - {id: B1, title: Operating budget 2021, amount: 1500000, "
               "funds: all}\n  - {id: B2, title: CRM move, amount: 30000, funds: [I1]}\n")
    RuleTester(unfunded_initiative).assert_fails(
        work + "budgets:\n  - {id: B1, title: Audit and overhead, amount: 20000, "
               "funds: all}\n  - {id: B2, title: CRM move, amount: 30000, funds: [I1]}\n",
        [("I2", 2)])



def test_staff_time_for_the_whole_plan_does_not_pay_for_work_budgeted_in_money() -> None:
    """A standing commitment of people's time to run the plan (a Team Contact at 0.1 FTE)
    is the whole budget of a plan that states no other, not of one whose money lines name
    their work: time is not set against money."""
    work = GOAL + "initiatives: [{id: I1, supports: [G1]}, {id: I2, supports: [G1]}]\n"
    contact = ("  - {id: T1, title: Team Contact (0.1 FTE), amount: 0.1, currency: FTE, "
               "funds: all}\n")
    RuleTester(unfunded_initiative).assert_passes(work + "budgets:\n" + contact)
    RuleTester(unfunded_initiative).assert_fails(
        work + "budgets:\n" + contact
        + "  - {id: B2, title: CRM move, amount: 30000, currency: USD, funds: [I1]}\n",
        [("I2", 2)])
    # a whole budget stated in no currency still pays for the work of every currency
    RuleTester(unfunded_initiative).assert_passes(
        work + "budgets:\n  - {id: B1, title: Annual budgets of all units, funds: all}\n"
               "  - {id: B2, title: CRM move, amount: 30000, currency: USD, funds: [I1]}\n")


def test_the_staff_of_the_office_that_runs_the_plan_do_its_work() -> None:
    """A secretariat's staff, all working towards every priority (a ``funds: all`` line in
    people's time held by the plan's office), pay for the work beside money lines that
    itemise only what is contracted out; the same staff line of another unit does not."""
    work = ("units: [{id: sec}, {id: other}]\n" + GOAL
            + "initiatives: [{id: I1, supports: [G1]}, {id: I2, supports: [G1]}]\n"
            "budgets:\n  - {id: B1, title: Contract, amount: 10000, currency: EUR, funds: [I1]}\n"
            "  - {id: S1, title: 'Secretariat staff: 27 staff', currency: staff, unit: sec, "
            "funds: all}\n")
    RuleTester(unfunded_initiative).assert_passes("plan: {office: sec}\n" + work)
    RuleTester(unfunded_initiative).assert_fails("plan: {office: other}\n" + work,
                                                [("I2", 4)])
    RuleTester(unfunded_initiative).assert_fails(
        "plan: {office: sec}\n" + work.replace("currency: staff", "currency: EUR"),
        [("I2", 4)])


def test_a_plan_budgeted_in_peoples_time_resources_work_by_who_does_it() -> None:
    """Where every budget line is people's time (a volunteer programme), work that names
    its owner, team or unit is resourced by them, and work that names nobody is short of
    people (unowned-initiative's gap), not of a line: neither is reported one by one."""
    work = ("people: [{id: ann}]\nunits: [{id: lang}]\n" + GOAL + "initiatives:\n"
            "  - {id: I1, supports: [G1]}\n  - {id: I2, supports: [G1], owner: ann}\n"
            "  - {id: I3, supports: [G1], unit: lang}\n  - {id: I4, supports: [G1], "
            "team: [ann]}\n")
    time = ("budgets:\n  - {id: B1, amount: 0.2, currency: FTE, funds: [I2]}\n"
            "  - {id: B2, amount: 2, currency: design meetings, funds: [I3]}\n")
    tester = RuleTester(unfunded_initiative)
    tester.assert_passes(work + time)
    # money lines that name their work still ask it of work with a doer
    tester.assert_fails(work + time.replace("currency: FTE", "currency: USD"),
                        [("I1", 5), ("I4", 8)])
    # most work naming nobody is still the plan's way of working
    nobody = ("people: [{id: ann}]\n" + GOAL + "initiatives:\n"
              "  - {id: I1, supports: [G1]}\n  - {id: I2, supports: [G1]}\n"
              "  - {id: I3, supports: [G1]}\n  - {id: I4, supports: [G1], owner: ann}\n")
    [finding] = tester.assert_fails(
        nobody + "budgets: [{id: B1, amount: 0.2, currency: FTE, funds: [I4]}]\n",
        [("plan", None)])
    assert finding.message.startswith("3 of 4 initiatives")



def test_a_members_meetings_work_is_resourced_by_the_members_doing_it() -> None:
    """A makerspace's goals voted at its members' general meeting, money voted only for a
    grant-funded workshop: a bicycle trip organised by a member needs no line; in a plan
    with a staff unit it does."""
    fragment = ("plan: {id: p, sponsor: mv, office: board}\n"
                "units:\n  - {id: mv, name: Mitgliederversammlung (members' general meeting)}\n"
                "  - {id: board, name: Vorstand (board)}\n"
                "people:\n  - {id: mia, role: Vorstand, unit: board, leader: true}\n"
                "  - {id: tim, role: Vorstand, unit: board, leader: true}\n"
                "goals:\n  - {id: G1, title: Textilwerkstatt, owner: mia}\n"
                "  - {id: G2, title: Fahrrad Exkursion, owner: tim}\n"
                "initiatives:\n  - {id: I1, title: Ecosphere, owner: tim, supports: [G2]}\n"
                "  - {id: I2, title: Kreativraum, owner: mia, supports: [G2]}\n"
                "budgets: [{id: B1, currency: EUR, funds: [G1]}]\n")
    RuleTester(unfunded_initiative).assert_passes(fragment)
    RuleTester(unfunded_initiative).assert_fails(
        fragment.replace("  - {id: board, name: Vorstand (board)}\n",
                         "  - {id: board, name: Vorstand (board)}\n  - {id: shop}\n"),
        [("p", None)])

CASCADE = """\
planlint: 1
units:
  - {id: co}
  - {id: eng, parent: co}
  - {id: mobile, parent: eng}
  - {id: sales, parent: co}
goals:
  - {id: CO1, unit: co, priority: high}
  - {id: ENG1, unit: eng, parent: CO1, priority: high}
  - {id: MOB1, unit: mobile, parent: ENG1, priority: high}
  - {id: SAL1, unit: sales, parent: CO1, priority: high}
  - {id: MOB2, unit: mobile, parent: SAL1, priority: high}
"""


@pytest.mark.parametrize(("unit", "unfunded"), [
    ("eng", []),  # a department's line for its objective pays for its team's
    ("mobile", []),  # a team's line for the department's goal pays for the team's part
    ("sales", [("I1", 14)]),  # another unit's line pays for no goal of mobile
    ("ghost", [("I1", 14)]),  # a line of no defined unit pays only for what it funds
], ids=["own-unit", "unit-below", "other-unit", "undefined-unit"])
def test_unfunded_initiative_money_for_a_goal_flows_down_within_the_lines_unit(
        unit: str, unfunded: list[tuple[str, int]]) -> None:
    tester = RuleTester(unfunded_initiative)
    fragment = (CASCADE + "initiatives:\n  - {id: I1, supports: [MOB1]}\n"
                f"budgets: [{{id: B1, unit: {unit}, funds: [ENG1]}}]\n")
    if unfunded:
        tester.assert_fails(fragment, unfunded)
    else:
        tester.assert_passes(fragment)


def test_unfunded_initiative_leaves_orphans_to_orphan_initiative() -> None:
    tester = RuleTester(unfunded_initiative)
    tester.run(passes=["initiatives: [{id: I1, status: active}]\n",
                       "initiatives: [{id: I1, supports: [ghost]}]\n"])
    # enabling work leads to a goal through its dependant, so it needs money too
    [finding] = tester.assert_fails(
        GOAL + "initiatives:\n  - {id: I1, title: Data platform}\n"
               "  - {id: I2, supports: [G1], depends_on: [I1]}\n"
               "budgets: [{id: B1, funds: [I2]}]\n", [("I1", 3)])
    assert finding.message.startswith("no budget line funds initiative I1 (Data platform)")


# -- PL303 unfunded-priority ----------------------------------------------------------------

def test_unfunded_priority_fires_at_the_priority_of_unreached_goals() -> None:
    [first, second] = RuleTester(unfunded_priority).assert_fails("""\
planlint: 1
goals:
  - id: G1
    title: Cut cost
    priority: critical
  - {id: G2, priority: high}
  - {id: G3, priority: medium}
  - {id: G4}
budgets: [{id: B9, title: Other work}]
""", [("G1", 5), ("G2", 6)])
    assert first.field == "priority"
    assert first.message.startswith("critical goal G1 (Cut cost) is reached by no budget")
    assert second.message.startswith("high goal G2 is reached")


CRITICAL = "goals:\n  - {id: G1, priority: critical}\n"


@pytest.mark.parametrize("fragment", [
    "budgets: [{id: B1, funds: [G1]}]\n",
    "initiatives: [{id: I1, supports: [G1]}]\nbudgets: [{id: B1, funds: [I1]}]\n",
    "  - {id: G2, parent: G1}\nbudgets: [{id: B1, funds: [G2]}]\n",
    "  - {id: G2, parent: G3}\n  - {id: G3, parent: G1}\n"
    "initiatives: [{id: I1, supports: [G2]}]\nbudgets: [{id: B1, funds: [I1]}]\n",
    "  - {id: G2, drives: [G1]}\nbudgets: [{id: B1, funds: [G2]}]\n",
    "  - {id: G2, drives: [G3]}\n  - {id: G3, drives: [G1]}\n"
    "budgets: [{id: B1, funds: [G2]}]\n",
    "initiatives:\n  - {id: I1}\n  - {id: I2, supports: [G1], depends_on: [I1]}\n"
    "budgets: [{id: B1, funds: [I1]}]\n",
], ids=["direct", "initiative", "sub-goal", "deeper", "drives", "drives-chain", "enabling"])
def test_unfunded_priority_follows_every_path_money_takes(fragment: str) -> None:
    RuleTester(unfunded_priority).assert_passes(CRITICAL + fragment)


def test_unfunded_priority_money_does_not_flow_down_or_against_drives() -> None:
    RuleTester(unfunded_priority).assert_fails("""\
planlint: 1
goals:
  - {id: G1, priority: low}
  - {id: G2, priority: high, parent: G1}
  - {id: G3, priority: high, drives: [G1]}
budgets: [{id: B1, funds: [G1]}]
""", [("G2", 4), ("G3", 5)])


def test_unfunded_priority_money_flows_down_within_the_lines_unit() -> None:
    tester = RuleTester(unfunded_priority)
    # Engineering's line for the company goal pays for engineering's and mobile's goals
    # below it, not for Sales' goal nor for the mobile goal that sits below Sales' goal
    tester.assert_fails(CASCADE + "budgets: [{id: B1, unit: eng, funds: [CO1]}]\n",
                        [("SAL1", 11), ("MOB2", 12)])
    tester.assert_fails(CASCADE + "budgets: [{id: B1, funds: [CO1]}]\n",
                        [("ENG1", 9), ("MOB1", 10), ("SAL1", 11), ("MOB2", 12)])
    tester.assert_passes(
        CASCADE + "budgets:\n  - {id: B1, unit: eng, funds: [ENG1]}\n"
                  "  - {id: B2, unit: co, funds: [CO1]}\n")
    # goals of a parent loop are walked once
    tester.assert_passes(
        "units: [{id: u}]\ngoals:\n  - {id: G1, unit: u, priority: high, parent: G2}\n"
        "  - {id: G2, unit: u, priority: high, parent: G1}\n"
        "budgets: [{id: B1, unit: u, funds: [G1]}]\n")


def test_unfunded_priority_ignores_dangling_funds_and_survives_cycles() -> None:
    tester = RuleTester(unfunded_priority)
    tester.assert_fails("goals: [{id: G1, priority: high}]\nbudgets: [{id: B1, funds: [G9]}]\n",
                        [("G1", 1)])
    tester.assert_passes("goals:\n  - {id: G1, priority: high, parent: G2}\n"
                         "  - {id: G2, priority: high, parent: G1, drives: [G1]}\n"
                         "budgets: [{id: B1, funds: [G1]}]\n")
    tester.assert_fails("goals:\n  - {id: G1, priority: high, parent: G2}\n"
                        "  - {id: G2, priority: high, parent: G1}\n"
                        "budgets: [{id: B9, title: Other work}]\n", [("G1", 2), ("G2", 3)])


def test_unfunded_priority_min_priority_option() -> None:
    fragment = ("goals:\n  - {id: G1, priority: critical}\n  - {id: G2, priority: medium}\n"
                "budgets: [{id: B9, title: Other work}]\n")
    RuleTester(unfunded_priority, options={"min_priority": "medium"}).assert_fails(
        fragment, [("G1", 2), ("G2", 3)])
    RuleTester(unfunded_priority, options={"min_priority": "critical"}).assert_fails(
        fragment, [("G1", 2)])
    with pytest.raises(UsageError, match="min_priority"):
        RuleTester(unfunded_priority, options={"min_priority": "urgent"}).findings(fragment)


# -- PL304 orphan-initiative ----------------------------------------------------------------

def test_orphan_initiative_names_the_budget_that_pays_for_it() -> None:
    [finding] = RuleTester(orphan_initiative).assert_fails("""\
planlint: 1
initiatives:
  - id: I4
    title: Campus renovation
    status: planned
budgets: [{id: B3, funds: [I4]}]
""", [("I4", 3)])
    assert finding.message.startswith("initiative I4 (Campus renovation) supports no goal "
                                      "(B3 funds it)")
    assert [related.node for related in finding.related] == ["B3"]


#: Initiatives that support a goal, appended to a list of initiatives.
LINKED = ("  - {id: I7, supports: [G7]}\n  - {id: I8, supports: [G7]}\n"
          "goals: [{id: G7}]\n")


def test_orphan_initiative_edge_cases() -> None:
    RuleTester(orphan_initiative).run(
        passes=[
            GOAL + "initiatives:\n  - {id: I1}\n  - {id: I2, supports: [G1], depends_on: [I1]}\n",
            "initiatives: [{id: I1, status: done}, {id: I2, status: cancelled}]\n",
            "initiatives: [{id: I1, supports: [ghost]}]\n",  # dangling-reference
            "units: [{id: U1}]\ninitiatives: [{id: I1, supports: [U1]}]\n",  # wrong kind
        ],
        fails=[("initiatives:\n  - {id: I1, supports: []}\n", [("I1", 2)]),
               # depending on orphan work does not link it
               ("initiatives:\n  - {id: I1}\n  - {id: I2, depends_on: [I1]}\n" + LINKED,
                [("I1", 2), ("I2", 3)]),
               # a dependency loop with no goal does not link itself
               ("initiatives:\n  - {id: I1, depends_on: [I2]}\n  - {id: I2, depends_on: [I1]}\n"
                + LINKED, [("I1", 2), ("I2", 3)])])
    # most of the plan's work supports no goal: one finding at the plan
    RuleTester(orphan_initiative).assert_fails(
        "initiatives:\n  - {id: I1}\n  - {id: I2}\n  - {id: I3}\n",
        [("plan", None, "all 3 initiatives")])


def test_orphan_initiative_leaves_a_plan_of_measures_without_goals_to_orphan_metric() -> None:
    """A performance report of measures and no goals: the missing goals are one cause,
    which orphan-metric reports; work with neither goals nor measures is still reported."""
    work = "initiatives:\n  - {id: I1, title: Rumble strips}\n  - {id: I2, title: Audit fixes}\n"
    RuleTester(orphan_initiative).assert_passes(
        "metrics: [{id: KPM1, title: Traffic fatalities per 100 million miles}]\n" + work)
    RuleTester(orphan_initiative).assert_fails(work, [("plan", None, "all 2 initiatives")])


def test_orphan_initiative_leaves_standing_duties_beside_measures_kept_apart() -> None:
    """An agency's report on its performance measures ties one to a goal: its standing
    duties written under the others have no goal because those measures have none, which
    orphan-metric reports once; new work there, or standing work where the measures are
    tied to the goals, is still asked for its goal (goals of two units: the work of a unit
    inside the one unit all goals belong to is that unit's, and serves them)."""
    report = ("units: [{id: agency}, {id: gas-safety, parent: agency}, "
              "{id: electric-safety, parent: agency}]\n"
              "goals: [{id: G1, unit: agency, metrics: [K4]}, "
              "{id: G2, unit: electric-safety}]\n"
              "metrics: [{id: K4}, {id: K6}, {id: K11}, {id: K12}]\n"
              "initiatives:\n  - {id: I4, supports: [G1]}\n"
              "  - {id: I6, title: Pipeline safety inspections, unit: gas-safety, "
              "status: active, kind: ongoing}\n")
    tester = RuleTester(orphan_initiative)
    tester.assert_passes(report)
    tester.assert_fails(report.replace(", kind: ongoing", ""), [("I6", 6)])
    tester.assert_fails(report.replace("metrics: [K4]", "metrics: [K4, K6, K11, K12]"),
                        [("I6", 6)])


def test_orphan_initiative_leaves_work_under_a_measure_without_goal_to_orphan_metric() -> None:
    """A report that states a goal only where a measure tracks one: its new work tied to
    no goal is written under one of the measures that have none, which orphan-metric
    reports once; a goal stated apart from the measures, or all the work kept apart from
    the goals, is still reported."""
    report = ("goals: [{id: G-GHG, metrics: [K5]}]\n"
              "metrics: [{id: K5}, {id: K1}, {id: K4}, {id: K7}]\n"
              "initiatives:\n  - {id: I5.1, supports: [G-GHG]}\n"
              "  - {id: I5.2, supports: [G-GHG]}\n"
              "  - {id: I7.2, title: Home energy scoring for rental homes, status: planned}\n")
    tester = RuleTester(orphan_initiative)
    tester.assert_passes(report)
    tester.assert_fails(report.replace("metrics: [K5]}]", "metrics: [K5]}, {id: G2}]"),
                        [("I7.2", 6)])
    tester.assert_fails(report.replace(", supports: [G-GHG]", ""),
                        [("plan", None, "all 3 initiatives")])


def test_orphan_initiative_reads_a_goalless_plans_finished_work_too() -> None:
    """A service's status roadmap states no goals: its one open milestone stands beside
    done ones that support none either, one practice of the plan, reported once."""
    roadmap = ("plan: {id: roadmap}\ninitiatives:\n  - {id: N1, status: planned}\n"
               "  - {id: A1, status: done}\n  - {id: A2, status: cancelled}\n")
    tester = RuleTester(orphan_initiative)
    [finding] = tester.assert_fails(roadmap, [("roadmap", 1)])
    assert finding.message.startswith("all 3 initiatives support no goal (N1 still open)")
    # with nothing finished beside it, the lone open item is reported by itself
    tester.assert_fails(roadmap.split("  - {id: A1")[0], [("N1", 3)])
    # a plan with goals: finished work is left alone, the open item breaks its practice
    tester.assert_fails(roadmap + "goals: [{id: G1}]\n", [("N1", 3)])


@pytest.mark.parametrize("title", [
    "Participatory Budgeting Project Tracker: Council District 39",
    "Budget participatif de Paris 2024",
    "Presupuestos participativos: proyectos votados",
])
def test_orphan_initiative_leaves_a_participatory_budgets_voted_projects(title: str) -> None:
    """A participatory budget's projects are there because residents voted for them:
    with no goals stated, they have none to serve by design. Goals stated (themes the
    projects are chosen under), or a title that names no participatory budget, and the
    work is asked to link to them."""
    fragment = (f"plan: {{id: pb, title: '{title}'}}\ninitiatives:\n"
                "  - {id: P1, title: Library computers, status: active}\n"
                "  - {id: P2, title: Street trees, status: planned}\n")
    tester = RuleTester(orphan_initiative)
    tester.assert_passes(fragment)
    tester.assert_fails(fragment + "goals: [{id: G1, title: Greener streets}]\n",
                        [("pb", None)])
    tester.assert_fails(fragment.replace(title, "Capital Projects Tracker"), [("pb", None)])


@pytest.mark.parametrize(("title", "about_the_plan"), [
    ("New mission statement", True),
    ("Refresh the vision and values statements", True),
    ("Board retreat to write the next strategic plan", True),
    ("Consult members on a new strategy", True),
    ("Marketing strategy for the conference", False),
    ("Develop a plan to fund the mission", False),
    ("Set a clear vision for public safety", False),
], ids=lambda value: str(value))
def test_orphan_initiative_leaves_work_on_the_plans_own_statements(
        title: str, about_the_plan: bool) -> None:
    tester = RuleTester(orphan_initiative)
    fragment = f"initiatives:\n  - {{id: I1, title: {title}}}\n" + LINKED
    if about_the_plan:
        tester.assert_passes(fragment)
    else:
        tester.assert_fails(fragment, [("I1", 2)])


def test_orphan_initiative_reads_a_teams_work_as_serving_the_teams_goals() -> None:
    tester = RuleTester(orphan_initiative)
    team = ("units: [{id: wg}, {id: ops}]\ngoals: [{id: G1, unit: wg}, {id: G2, unit: wg}]\n"
            "initiatives:\n  - {id: I1, supports: [G1]}\n  - {id: I2, unit: UNIT}\n")
    tester.assert_passes(team.replace("UNIT", "wg"))
    tester.assert_passes(team.replace(", unit: UNIT", ""))  # work that names no unit
    # work of another unit, or in a plan whose goals belong to several units, still asks
    tester.assert_fails(team.replace("UNIT", "ops"), [("I2", 5)])
    tester.assert_fails(team.replace("G2, unit: wg", "G2, unit: ops").replace("UNIT", "wg"),
                        [("I2", 5)])


def test_orphan_initiative_leaves_past_work_without_status_to_overdue_initiative() -> None:
    tester = RuleTester(orphan_initiative)
    past = "plan: {as_of: 2021-04-19}\ninitiatives:\n  - {id: I1, end: 2020-06-30"
    tester.assert_passes(past + "}\n")
    # reported once it has a status, is a continuing duty, or its end is still to come
    tester.assert_fails(past + ", status: active}\n", [("I1", 3)])
    tester.assert_fails(past + ", kind: ongoing}\n", [("I1", 3)])
    tester.assert_fails("plan: {as_of: 2021-04-19}\n"
                        "initiatives:\n  - {id: I1, end: 2021-04-19}\n", [("I1", 3)])
    # or still to come at the date the plan reports its work's statuses at
    tester.assert_fails("plan: {as_of: 2021-04-19, status_as_of: 2020-05-31}\n"
                        "initiatives:\n  - {id: I1, end: 2020-06-30}\n", [("I1", 3)])


# -- PL305 orphan-goal ----------------------------------------------------------------------

UNITS = """\
planlint: 1
units:
  - {id: group}
  - {id: mopar, parent: group}
  - {id: hr, parent: group}
"""


def test_orphan_goal_fires_for_free_goals_of_sub_units() -> None:
    [finding] = RuleTester(orphan_goal).assert_fails(UNITS + """\
goals:
  - {id: G1, unit: group}
  - {id: G2}
  - {id: MP1, unit: mopar, parent: G1}
  - id: MP2
    unit: mopar
""", [("MP2", 10)])
    assert "unit mopar, which sits under group" in finding.message
    assert [related.node for related in finding.related] == ["mopar"]


def test_orphan_goal_accepts_goals_that_drive_the_strategy() -> None:
    tester = RuleTester(orphan_goal)
    tester.assert_passes(UNITS + "goals:\n  - {id: G1, unit: group}\n"
                         "  - {id: HR1, unit: hr, drives: [HR2]}\n"
                         "  - {id: HR2, unit: hr, drives: [G1]}\n")
    # driving another free goal links nothing
    tester.assert_fails(UNITS + "goals:\n  - {id: HR1, unit: hr, drives: [HR2]}\n"
                        "  - {id: HR2, unit: hr, drives: [HR1]}\n  - {id: G1, unit: group}\n"
                        "  - {id: HR3, unit: hr, parent: G1}\n"
                        "initiatives: [{id: I1, supports: [G1]}]\n",
                        [("HR1", 7), ("HR2", 8)])


def test_orphan_goal_accepts_a_top_goal_numbered_with_those_above() -> None:
    fragment = UNITS + ("goals:\n  - {id: G1, unit: group}\n  - {id: G2, unit: group}\n"
                        "  - {id: G1.1, unit: group, parent: G1}\n"
                        "  - {id: ID, unit: mopar}\n"
                        "initiatives: [{id: I1, supports: [G1]}, {id: I2, supports: [ID]}]\n")
    # the third of the plan's goals, carried by a sub-unit: there is none above to name
    RuleTester(orphan_goal).assert_passes(fragment.replace("ID", "G3"))
    # a number out of the series, or the sub-unit's own series, is the unit's own goal
    for own in ("G5", "MP1"):
        RuleTester(orphan_goal).assert_fails(fragment.replace("ID", own), [(own, 10)])


def test_orphan_goals_under_goals_nothing_executes_are_uncascaded_goals_finding() -> None:
    # one missing link: the top goal has nothing under it, the unit's goal nothing above
    fragment = UNITS + "goals:\n  - {id: G1, unit: group}\n  - {id: MP1, unit: mopar}\n"
    RuleTester(orphan_goal).assert_passes(fragment)
    RuleTester(uncascaded_goal).assert_fails(fragment, [("G1", 7)])


def test_orphan_goal_accepts_a_units_copy_of_a_goal_above_it() -> None:
    RuleTester(orphan_goal).assert_passes(
        UNITS + "goals:\n  - {id: G1, unit: group, title: Ship  the AI assistant}\n"
        "  - {id: MP1, unit: mopar, title: ship the AI assistant}\n")


def test_orphan_goal_accepts_a_goal_in_the_words_of_a_goal_above_it() -> None:
    fragment = UNITS + ("goals:\n  - {id: G1, unit: group, title: 'CEO: Win against "
                        "rivals with AI in all we do'}\n  - {id: MP1, unit: mopar, "
                        "title: TITLE}\ninitiatives: [{id: I1, supports: [G1]}]\n")
    RuleTester(orphan_goal).assert_passes(
        fragment.replace("TITLE", "Deliver competitive offerings with AI in all we do"))
    # a few words in common are no shared aim
    RuleTester(orphan_goal).assert_fails(
        fragment.replace("TITLE", "Hire engineers with AI in mind"), [("MP1", None)])


def test_orphan_goal_accepts_a_leaders_own_objective() -> None:
    tester = RuleTester(orphan_goal)
    fragment = UNITS + ("people: [{id: cto, unit: mopar, leader: LEADER}]\n"
                        "goals:\n  - {id: G1, unit: group}\n"
                        "  - {id: MP1, unit: mopar, parent: G1}\n"
                        "  - {id: MP2, unit: mopar, owner: cto}\n")
    tester.assert_passes(fragment.replace("LEADER", "true"))
    tester.assert_fails(fragment.replace("LEADER", "false"), [("MP2", 10)])


def test_orphan_goal_accepts_the_goals_of_a_unit_of_leaders() -> None:
    """A body made only of the leadership team (elected officers) sets its own priorities
    on the strategy as a whole; a unit with one member off that team does not."""
    tester = RuleTester(orphan_goal)
    fragment = UNITS + ("people:\n  - {id: pres, unit: hr, leader: true}\n"
                        "  - {id: sec, unit: hr, leader: LEADER}\n"
                        "goals:\n  - {id: G1, unit: group}\n"
                        "  - {id: MP1, unit: mopar, parent: G1}\n"
                        "  - {id: HR1, unit: hr, title: Cost of living}\n")
    tester.assert_passes(fragment.replace("LEADER", "true"))
    tester.assert_fails(fragment.replace("LEADER", "false"), [("HR1", 12)])
    # a unit whose head alone is named is a department, not a leading body
    tester.assert_fails(fragment.replace("  - {id: sec, unit: hr, leader: LEADER}\n", ""),
                        [("HR1", 11)])
    # a goal owned by someone off the team is still theirs to link
    tester.assert_fails(fragment.replace("LEADER", "true").replace(
        "title: Cost of living", "owner: ghost").replace(
        "people:\n", "people:\n  - {id: ghost, unit: mopar}\n"), [("HR1", None)])


@pytest.mark.parametrize(("title", "aligned"), [
    ("Joint Product Goals for Q2", True), ("Support joint product goals", True),
    ("Deliver the shared OKRs with Sales", True), ("Deliver the shared objective", True),
    ("Joint labor-management safety committee", False), ("A shared data platform", False),
])
def test_orphan_goal_reads_a_goal_joint_with_another_function_as_aligned_there(
        title: str, aligned: bool) -> None:
    fragment = UNITS + ("goals:\n  - {id: G1, unit: group}\n"
                        "  - {id: MP1, unit: mopar, parent: G1}\n"
                        "  - {id: MP2, unit: mopar, parent: G1}\n"
                        f"  - {{id: MP3, unit: mopar, title: {title}}}\n")
    if aligned:
        RuleTester(orphan_goal).assert_passes(fragment)
    else:
        RuleTester(orphan_goal).assert_fails(fragment, [("MP3", 10)])


def test_orphan_goal_reads_a_units_own_work_above_it_as_its_own_goal() -> None:
    tester = RuleTester(orphan_goal)
    fragment = ("units: [{id: dept}, {id: team, parent: dept}, {id: other, parent: dept}]\n"
                "goals:\n  - {id: D1, unit: dept}\n  - {id: T1, unit: team}\n"
                "initiatives: [{id: I1, unit: WORKER, supports: [D1]}]\n")
    # the team alone carries out the department's goal: its own, beside its others
    tester.assert_passes(fragment.replace("WORKER", "team"))
    tester.assert_fails(fragment.replace("WORKER", "other"), [("T1", 4)])
    # a department goal that cascades has goals below it to link to
    tester.assert_fails(fragment.replace("WORKER", "team").replace(
        "initiatives", "  - {id: D2, unit: dept}\n  - {id: O1, unit: other, parent: D2}\n"
                       "initiatives"), [("T1", 4)])


def test_orphan_goal_needs_a_goal_above_to_link_to() -> None:
    # a performance budget: the programs set goals, the department above them sets none
    RuleTester(orphan_goal).assert_passes(
        "units:\n  - {id: parks}\n  - {id: maintenance, parent: parks}\n"
        "goals:\n  - {id: PM1, unit: maintenance}\n  - {id: PM2, unit: maintenance}\n")


def test_orphan_goal_edge_cases() -> None:
    RuleTester(orphan_goal).run(
        passes=[
            UNITS + "goals:\n  - {id: MP1, unit: mopar, parent: ghost}\n",  # dangling parent
            UNITS + "goals:\n  - {id: MP1, unit: nowhere}\n",  # dangling unit
            UNITS + "goals:\n  - {id: G1}\n",
        ],
        # units in a parent loop are each under another unit
        fails=[("units:\n  - {id: a, parent: b}\n  - {id: b, parent: a}\n"
                "goals:\n  - {id: G1, unit: a}\n  - {id: G2, unit: b}\n"
                "  - {id: G3, unit: a, parent: G2}\n  - {id: G4, unit: a, parent: G2}\n",
                [("G1", 5), ("G2", 6)])])


def test_a_plan_whose_units_set_goals_beside_those_above_is_reported_once() -> None:
    # a team that sets its own objectives next to its department's: no cascade to break
    [finding] = RuleTester(orphan_goal).assert_fails(UNITS + """\
goals:
  - {id: G1, unit: group}
  - {id: MP1, unit: mopar}
  - {id: MP2, unit: mopar}
  - {id: MP3, unit: mopar}
initiatives: [{id: I1, supports: [G1]}]
""", [("plan", 1)])
    assert finding.message.startswith(
        "all 3 goals of units under others have no parent goal (MP1, MP2, MP3)")


def test_orphan_goal_across_files(write: Write, tmp_path: Path) -> None:
    write("enterprise.yaml", "planlint: 1\ninclude: [units/*.yaml]\n"
                             "units: [{id: group}]\ngoals: [{id: G1, unit: group}]\n")
    write("units/mopar.yaml", "planlint: 1\nunits: [{id: mopar, parent: group}]\n"
                              "goals:\n  - {id: MP1, unit: mopar, parent: G1}\n"
                              "  - {id: MP2, unit: mopar}\n")
    report = lint(tmp_path / "enterprise.yaml", config=Config(select=["orphan-goal"]))
    assert [(f.node, f.location.line, f.related[0].location.line)
            for f in report.findings] == [("MP2", 5, 2)]


# -- PL306 uncascaded-goal ------------------------------------------------------------------

#: Top-level goals that are executed, appended to a list of goals, so that the plan
#: executes most of its goals and uncascaded-goal reports each one it does not.
EXECUTED = ("  - {id: G7}\n  - {id: G8}\n  - {id: G9, parent: G8}\n"
            "initiatives: [{id: I7, supports: [G7]}]\n")


def test_uncascaded_goal_accepts_a_teams_goals_in_the_hands_of_named_people() -> None:
    tester = RuleTester(uncascaded_goal)
    team = "units: [{id: team}]\npeople: [{id: ana}, {id: bo}]\n"
    kr = "    metrics:\n      - {id: KR1, owner: ana}\n      - {id: KR2, owner: "
    tester.assert_passes(team + "goals: [{id: G1, unit: team, owner: ana}]\n")
    tester.assert_passes(team + "goals:\n  - id: G1\n    unit: team\n" + kr + "bo}\n")
    # a key result nobody answers for, or one a unit answers for, leaves it unexecuted
    tester.assert_fails(team + "goals:\n  - id: G1\n    unit: team\n" + kr + "team}\n",
                        [("G1", 4)])
    tester.assert_fails(team + "goals:\n  - id: G1\n    unit: team\n    metrics:\n"
                        "      - {id: KR1, owner: ana}\n      - {id: KR2}\n", [("G1", 4)])
    # a unit with units under it cascades its goals, whoever owns them
    tester.assert_fails("units: [{id: org}, {id: dept, parent: org}]\n"
                        "people: [{id: ana, unit: dept}]\n"
                        "goals: [{id: G1, unit: org, owner: ana}]\n", [("G1", 3)])


def test_uncascaded_goal_leaves_a_members_meetings_goals_to_their_champions() -> None:
    """A makerspace's goals voted at its members' general meeting, each a project of the
    member who champions it: no unit below the meeting and its board to cascade it to;
    with a staff unit, or the goal owned by nobody, it is still asked."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("plan: {id: p, sponsor: mv, office: board}\n"
                "units:\n  - {id: mv, name: Mitgliederversammlung (members' general meeting)}\n"
                "  - {id: board, name: Vorstand (board)}\n"
                "people:\n  - {id: mia, role: Vorstand, unit: board, leader: true}\n"
                "  - {id: marc}\n"
                "goals:\n  - {id: G1, title: Battle Bots, owner: marc}\n")
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("  - {id: marc}\n", "  - {id: marc}\n"
                                         "  - {id: staff, unit: shop}\n").replace(
        "  - {id: board, name: Vorstand (board)}\n",
        "  - {id: board, name: Vorstand (board)}\n  - {id: shop}\n"), [("G1", 11)])
    tester.assert_fails(fragment.replace(", owner: marc", ""), [("G1", 9)])


def test_uncascaded_goal_leaves_a_members_meetings_unowned_goals_to_its_board() -> None:
    """A Swedish youth association's årsmöte adopts its to-do list; the styrelse it elects
    carries out the items no member champions and takes each up at its own meetings:
    no unit below it to cascade to. A goal the board's meetings do not take up is still
    asked."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("plan: {id: p, sponsor: arsmote, office: styrelsen}\n"
                "units:\n  - {id: arsmote, name: Årsmötet}\n"
                "  - {id: styrelsen, name: Styrelsen, lead: elis}\n"
                "people:\n  - {id: elis, role: Ordförande, unit: styrelsen, leader: true}\n"
                "  - {id: erik, role: Revisor}\n"
                "goals:\n  - {id: G1, title: Fortsätta att uppdatera vår hemsida}\n"
                "reviews:\n  - {id: R1, title: Styrelsemöte, chair: elis, covers: [G1]}\n")
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("covers: [G1]", "covers: []"), [("G1", 9)])
    tester.assert_fails(fragment.replace("chair: elis", "chair: erik"), [("G1", 9)])


def test_uncascaded_goal_reads_a_reserve_as_built_by_the_line_that_funds_it() -> None:
    """A foundation's first budget: ~10% of income to build up buffer funds, a goal its
    own line carries out. A goal the line funds that is no reserve of money (a riparian
    buffer, a nature reserve), or a reserve no line funds, is still asked for its work."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("goals:\n  - {id: G1, title: GOAL}\n" + EXECUTED
                + "budgets: [{id: B1, title: LINE, funds: [G1]}]\n")
    tester.assert_passes(fragment.replace("GOAL", "Build Up Some Buffer").replace(
        "LINE", "Use the remaining ~10% to build up some buffer funds"))
    tester.assert_passes(fragment.replace("GOAL", "Keep three months of cash reserves")
                         .replace("LINE", "Operating surplus"))
    tester.assert_fails(fragment.replace("GOAL", "Restore riparian buffers").replace(
        "LINE", "Stream restoration grants"), [("G1", 2)])
    tester.assert_fails(fragment.replace("GOAL", "Be the customer's first choice").replace(
        "LINE", "Marketing funds"), [("G1", 2)])
    tester.assert_fails(fragment.replace("GOAL", "Build Up Some Buffer").replace(
        "LINE", "Buffer funds").replace("funds: [G1]", "funds: []"), [("G1", 2)])


def test_uncascaded_goal_reads_a_report_by_exception_as_leaving_out_work_on_plan() -> None:
    """A Dutch municipality's annual report explains only the to-dos that did not go to
    plan: a goal it shows no work for may have had work that went to plan. Without the
    statement, or beside work shown going to plan, the goal is still asked."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("plan: {id: p, description: STATEMENT}\n"
                "goals:\n  - {id: G1}\n  - {id: G2}\n  - {id: G3}\n"
                "initiatives:\n"
                "  - {id: I1, supports: [G1], response: Niet gerealiseerd in 2018.}\n"
                "  - {id: I2, supports: [G2], rating: off-track}\n")
    dutch = ("De doelstellingen die niet volgens plan verlopen (grijs en rood) lichten we "
             "hieronder toe")
    tester.assert_passes(fragment.replace("STATEMENT", dutch))
    tester.assert_passes(fragment.replace("STATEMENT", "Only exceptions are reported"))
    tester.assert_passes(fragment.replace(
        "STATEMENT", "Only the actions not on track are listed, each with its explanation"))
    tester.assert_fails(fragment.replace("STATEMENT", "Our sport goals for 2018"), [("G3", 5)])
    tester.assert_fails(fragment.replace("STATEMENT", dutch).replace(
        "rating: off-track", "rating: on-track"), [("G3", 5)])
    tester.assert_fails(fragment.replace("STATEMENT", "The report is covered by exception")
                        .replace(", rating: off-track", ", status: active"), [("G3", 5)])


def test_uncascaded_goal_accepts_a_persons_own_objective_for_a_year() -> None:
    """A chief executive's annual goal in her performance plan is hers to carry out."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("units: [{id: org}, {id: ops, parent: org}]\n"
                "people: [{id: ceo, unit: org, objectives: [G1]}]\n"
                "goals: [{id: G1, unit: org, owner: ceo, start: 2025-01-28, due: DUE}]\n")
    tester.assert_passes(fragment.replace("DUE", "2025-10-15"))
    # a goal of several years, or one not in the owner's objectives, is cascaded
    tester.assert_fails(fragment.replace("DUE", "2027-10-15"), [("G1", 3)])
    tester.assert_fails(fragment.replace("DUE", "2025-10-15").replace("objectives: [G1]",
                                                                      "objectives: []"),
                        [("G1", 3)])



def test_uncascaded_goal_accepts_a_yearly_goal_its_units_head_holds_in_their_objectives() -> None:
    """An annual incentive's corporate results, given to the company with no owner of
    their own, in the objectives of its chief executive (the company's lead) for the
    fiscal year the plan covers: his to carry out through the staff he directs."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("plan: {horizon: {start: 2022-10-01, end: END}}\n"
                "units: [{id: org, lead: ceo}, {id: ops, parent: org}]\n"
                "people: [{id: ceo, unit: org, objectives: [G1]}]\n"
                "goals: [{id: G1, unit: org, due: 2023-09-30}]\n")
    tester.assert_passes(fragment.replace("END", "2023-09-30"))
    # a plan of several years whose goal states no start, or a lead who does not hold it
    tester.assert_fails(fragment.replace("END", "2026-09-30").replace(
        "2022-10-01", "2020-10-01"), [("G1", 4)])
    tester.assert_fails(fragment.replace("END", "2023-09-30").replace(
        "objectives: [G1]", "objectives: []"), [("G1", 4)])


def test_uncascaded_goal_reads_an_okr_plans_key_results_as_its_work() -> None:
    """A startup's OKR page lists no initiatives: its key results are the work, features
    to build and tasks beside the figures, so an objective with key results is pursued
    through them. Without OKRs, with initiatives listed apart, or with key results that
    hold no piece of work, the objective is still asked for its work."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("plan: {methodology: okr}\n"
                "goals:\n"
                "  - {id: O1, title: Be profitable, metrics: [K1, K2]}\n"
                "  - {id: O2, title: Build the team, metrics: [K3]}\n"
                "  - {id: O3, title: Grow the community, metrics: [K4]}\n"
                "  - {id: O4, title: Develop version control, metrics: [K5, K6]}\n"
                "metrics:\n"
                "  - {id: K1, title: Reach 15000 GBP revenue a month, target: {value: 15000}}\n"
                "  - {id: K2, title: Establish user engagement metrics, kind: milestone}\n"
                "  - {id: K3, title: Hire two developers, kind: milestone}\n"
                "  - {id: K4, title: Align social media activity with the mission}\n"
                "  - {id: K5, title: Users can create branches, kind: milestone}\n"
                "  - {id: K6, title: Reach 65% DAU/MAU, target: {value: 65}}\n")
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("plan: {methodology: okr}\n", ""),
                        [("plan", None)])
    tester.assert_fails(fragment + "initiatives: [{id: I1}]\n",
                        [("plan", None)])
    tester.assert_fails(fragment.replace("kind: milestone", "kind: level"),
                        [("plan", None)])


def test_uncascaded_goal_reads_a_goal_measured_as_its_own_work_as_that_work() -> None:
    """A roadmap area worded as the work and measured by what the work is done to (the
    templates remaining) states its work; one measured by an outcome is still asked."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("goals:\n  - id: G1\n    title: Redesign the UI templates with Patternfly\n"
                "    metrics: [{id: M1, title: Templates remaining to be converted}]\n")
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("Templates remaining to be converted",
                                         "Participation rate"), [("G1", 2)])
    tester.assert_fails(fragment.replace("Redesign", "Improve"), [("G1", 2)])


def test_uncascaded_goal_reads_a_list_of_activities_as_the_work_itself() -> None:
    """A small organisation's goals for the year, each an activity it does (``Organize and
    host…``, ``Hiring…``, or a programme's name whose description says what is done),
    are the work itself; goals worded as outcomes, a goal that states a level to move, or
    a goal the plan set an initiative apart for, are still asked for their work."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("goals:\n"
                "  - {id: G1, title: Organize and host the 2024 Research Roundtable}\n"
                "  - {id: G2, title: Hiring a Research Director}\n"
                "  - {id: G3, title: Golf Ball Project,\n"
                "     description: Continue to promote the Golf Ball Project}\n"
                "  - {id: G4, title: Early Career Funding Program}\n")
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("Organize and host", "Better attendance at")
                        .replace("Hiring a", "A settled"), [("plan", None)])
    tester.assert_fails(fragment.replace(
        "Early Career Funding Program}", "Early Career Funding Program,\n"
        "     metrics: [{id: M1, title: Early-career researchers taking part, unit: '%', "
        "target: {value: 40}}]}"), [("plan", None)])
    tester.assert_fails(fragment + "initiatives: [{id: I1, supports: [G2], status: cancelled}]\n",
                        [("G2", None)])


def test_uncascaded_goal_leaves_the_only_named_persons_tasks_for_a_month_to_them() -> None:
    """A founder's goals for the month, declared and graded by himself, are his to do."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("plan: {horizon: {start: 2021-05-01, end: END}}\n"
                "units: [{id: shop}]\npeople: [{id: max, unit: shop}]\n"
                "goals: [{id: G1, title: Gather feedback on the book, owner: max}]\n")
    tester.assert_passes(fragment.replace("END", "2021-06-30"))
    # a plan of several years, or one naming someone else, may cascade the goal
    tester.assert_fails(fragment.replace("END", "2023-06-30"), [("G1", 4)])
    tester.assert_fails(fragment.replace("END", "2021-06-30").replace(
        "{id: max, unit: shop}", "{id: max, unit: shop}, {id: ann}"), [("G1", 4)])


def test_uncascaded_goal_leaves_next_years_aims_to_the_work_of_that_year() -> None:
    """A year-end report's aims for the next year are taken up when that year begins."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("plan: {as_of: 2025-03-31}\n"
                "goals:\n  - {id: O1, start: 2024-04-01, due: DUE}\n"
                "  - {id: A1, start: 2025-04-01, due: 2026-03-31}\n"
                "initiatives: [{id: I1, supports: [O1], status: done}]\n")
    tester.assert_passes(fragment.replace("DUE", "2025-03-31"))
    # with no goal of the plan due by the as-of date, it reports on no closed year
    tester.assert_fails(fragment.replace("DUE", "2025-06-30"), [("A1", 4)])
    # an aim already under way at the as-of date needs its work now
    tester.assert_fails(fragment.replace("DUE", "2025-03-31")
                        .replace("A1, start: 2025-04-01", "A1, start: 2025-01-01"), [("A1", 4)])


def test_uncascaded_goal_reads_a_teams_unlinked_work_as_serving_its_goals() -> None:
    """A cluster's report lists its strategic objectives and, apart, its activities."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("units: [{id: fsc}]\n"
                "goals:\n  - {id: SO1, unit: fsc}\n  - {id: SO2, unit: fsc}\n"
                "initiatives:\n  - {id: A1, title: Food distribution}\n"
                "  - {id: A2, title: Livestock kits, unit: fsc}\n")
    tester.assert_passes(fragment)
    # work linked to one goal leaves the other without any; goals of two units, or work
    # of another unit, are no one team's work beside its aims
    tester.assert_fails(fragment.replace("Livestock kits,", "Livestock kits, supports: [SO1],"),
                        [("SO2", 4)])
    tester.assert_fails("units: [{id: fsc}, {id: wash}]\n"
                        + fragment.replace("units: [{id: fsc}]\n", "")
                        .replace("{id: SO2, unit: fsc}", "{id: SO2, unit: wash}"), None)
    tester.assert_fails(fragment.replace("units: [{id: fsc}]", "units: [{id: fsc}, {id: x}]")
                        .replace("Livestock kits, unit: fsc", "Livestock kits, unit: x"), None)


def test_uncascaded_goal_reads_a_goal_measured_by_milestones_as_work() -> None:
    tester = RuleTester(uncascaded_goal)
    goal = "goals:\n  - id: G1\n    title: Launch a data council\n    metrics:\n"
    tester.assert_passes(goal + "      - {id: M1, title: Council chartered, kind: milestone}\n"
                                "      - {id: M2, title: First meeting held, kind: milestone}\n")
    # a result to reach, beside the milestones, still needs work that moves it
    tester.assert_fails(goal + "      - {id: M1, title: Council chartered, kind: milestone}\n"
                               "      - {id: M2, title: Data requests answered, unit: \"%\",\n"
                               "         kind: level}\n", [("G1", 2)])


def test_uncascaded_goal_reads_a_goal_counting_its_accomplishments_as_work() -> None:
    tester = RuleTester(uncascaded_goal)
    caper = ("plan: {horizon: {start: 2015-07-01, end: 2020-06-30}}\n"
             "goals:\n  - id: G1\n    title: Rental Housing\n    metrics:\n"
             "      - id: M1\n        title: Rental Housing - cumulative accomplishment "
             "(Housing Units)\n        unit: Housing Units\n"
             "        target: {value: 317, date: 2020-06-30}\n")
    tester.assert_passes(caper)
    # a year's accomplishment, or a count due before the plan's end, is a result to reach
    tester.assert_fails(caper.replace("cumulative accomplishment", "annual accomplishment"),
                        [("G1", 3)])
    tester.assert_fails(caper.replace("date: 2020-06-30}\n", "date: 2018-06-30}\n"),
                        [("G1", 3)])


def test_uncascaded_goal_reads_the_plans_table_of_results_as_pursued_by_its_work() -> None:
    """A pupil premium statement's table of targets for the year stands apart from the
    priorities its activities are listed under: the one missing link is the targets'
    to the priorities, which unmeasured-goal reports."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("goals:\n  - {id: P1, title: Vocabulary}\n  - {id: P2, title: Maths}\n"
                "  - {id: P3, title: Early years}\n"
                "  - id: TP\n    title: Teaching priorities for current academic year\n"
                "    metrics:\n      - {id: M1, title: KS1 reading, unit: '%'}\n"
                "      - {id: M2, title: KS2 maths, unit: '%'}\n"
                "initiatives:\n  - {id: A1, supports: [P1]}\n  - {id: A2, supports: [P2]}\n"
                "  - {id: A3, supports: [P3]}\n")
    tester.assert_passes(fragment)
    # one measure is a goal of its own, not a table of the plan's results
    tester.assert_fails(fragment.replace("      - {id: M2, title: KS2 maths, unit: '%'}\n",
                                         ""), [("TP", 5)])
    # another goal states a measure of its own: the targets are paired with goals
    tester.assert_fails(fragment.replace(
        "{id: P1, title: Vocabulary}",
        "{id: P1, title: Vocabulary, metrics: [{id: M9, title: Words taught}]}"), [("TP", 5)])
    # beside one goal carried out by work, it is a second goal with nothing executing it
    tester.assert_fails(fragment.replace("  - {id: P2, title: Maths}\n", "")
                        .replace("  - {id: P3, title: Early years}\n", "")
                        .replace("  - {id: A2, supports: [P2]}\n", "")
                        .replace("  - {id: A3, supports: [P3]}\n", ""),
                        [("TP", 3)])


def test_uncascaded_goal_needs_a_sub_goal_an_initiative_or_a_driver() -> None:
    RuleTester(uncascaded_goal).run(
        passes=[
            "goals:\n  - {id: G1}\n  - {id: G2, parent: G1}\n",
            "goals: [{id: G1}]\ninitiatives: [{id: I1, supports: [G1], status: done}]\n",
            "goals:\n  - {id: G1}\n  - {id: G2, drives: [G1]}\n"
            "initiatives: [{id: I1, supports: [G2]}]\n",
            "goals:\n  - {id: G1, parent: ghost}\n",  # not top-level
            # a sub-unit's goal with no link to the strategy: orphan-goal
            "units: [{id: group}, {id: depot, parent: group}]\ngoals: [{id: D1, unit: depot}]\n",
        ],
        fails=[
            ("goals:\n  - id: G1\n    title: Grow\n", [("G1", 2)]),
            # a driver that nothing executes does not execute what it drives
            ("goals:\n  - {id: G1}\n  - {id: G2, drives: [G1]}\n" + EXECUTED,
             [("G1", 2), ("G2", 3)]),
            ("goals:\n  - {id: G1, drives: [G2]}\n  - {id: G2, drives: [G1]}\n" + EXECUTED,
             [("G1", 2), ("G2", 3)]),
        ])


def test_uncascaded_goal_does_not_count_cancelled_initiatives() -> None:
    [finding] = RuleTester(uncascaded_goal).assert_fails(
        "goals: [{id: G1}]\ninitiatives:\n  - {id: I1, supports: [G1], status: cancelled}\n",
        [("G1", 1)])
    assert "(its only initiative, I1, is cancelled)" in finding.message
    [finding] = RuleTester(uncascaded_goal).assert_fails(
        "goals: [{id: G1}, {id: G2, parent: G1}, {id: G3, parent: G9, drives: [G1, G4]},"
        " {id: G4}]\ninitiatives:\n  - {id: I1, supports: [G4], status: cancelled}\n"
        "  - {id: I2, supports: [G4], status: cancelled}\n", [("G4", 1)])
    assert finding.message == (
        "top-level goal G4 has no sub-goal and no initiative (its initiatives I1, I2 are "
        "cancelled), and the goal driving it (G3) is not executed either: nothing executes "
        "it; cascade it to the units that deliver it, or start an initiative that supports it")


# -- PL307 budget-priority-inversion --------------------------------------------------------

def test_inversion_fires_on_the_goal_that_receives_more() -> None:
    [finding] = RuleTester(budget_priority_inversion).assert_fails("""\
planlint: 1
goals:
  - id: G1
    title: Cut cost
    priority: critical
  - id: G2
    title: New headquarters
    priority: low
budgets:
  - {id: B1, amount: 1000000, currency: USD, period: 2001, funds: [G1]}
  - {id: B2, amount: 9000000, currency: USD, period: 2001, funds: [G2]}
""", [("G2", 8)])
    assert finding.field == "priority"
    assert finding.message == (
        "low goal G2 (New headquarters) receives at least 9,000,000 USD for 2001 from the "
        "budget lines that name no unit, while critical goal G1 (Cut cost) receives at most "
        "1,000,000 USD for 2001 from them; move budget to the higher priorities, or revisit "
        "the priorities")
    assert [related.node for related in finding.related] == ["G1"]


def test_inversion_names_every_starved_goal_of_higher_priority() -> None:
    [finding] = RuleTester(budget_priority_inversion).assert_fails("""\
planlint: 1
goals:
  - {id: G1, priority: critical}
  - {id: G2, priority: high}
  - {id: G3, priority: high}
  - {id: G4, priority: medium}
budgets:
  - {id: B1, amount: 150, funds: [G1]}
  - {id: B2, amount: 20, funds: [G2]}
  - {id: B3, amount: 40, funds: [G3]}
  - {id: B4, amount: 100, funds: [G4]}
""", [("G4", 6)])
    assert "while high goal G2 receives at most 20 from them, and 1 other goal of higher " \
           "priority less still;" in finding.message
    assert [related.node for related in finding.related] == ["G2", "G3"]


def test_inversion_tolerance_option() -> None:
    fragment = ("goals:\n  - {id: G1, priority: high}\n  - {id: G2, priority: low}\n"
                "budgets:\n  - {id: B1, amount: 100, funds: [G1]}\n"
                "  - {id: B2, amount: 120, funds: [G2]}\n")
    RuleTester(budget_priority_inversion).assert_fails(fragment, [("G2", 3)])
    RuleTester(budget_priority_inversion, options={"tolerance": 0.25}).assert_passes(fragment)
    RuleTester(budget_priority_inversion, options={"tolerance": 0.1}).assert_fails(
        fragment, [("G2", 3)])


@pytest.mark.parametrize("budgets", [
    # different currencies are not converted
    "  - {id: B1, amount: 100, currency: USD, funds: [G1]}\n"
    "  - {id: B2, amount: 900, currency: EUR, funds: [G2]}\n",
    # nor different periods
    "  - {id: B1, amount: 100, period: 2001, funds: [G1]}\n"
    "  - {id: B2, amount: 900, period: 2001-2003, funds: [G2]}\n",
    # nor the lines of different units, nor a unit's lines and lines that name no unit
    "  - {id: B1, amount: 100, unit: finance, funds: [G1]}\n"
    "  - {id: B2, amount: 900, unit: capital, funds: [G2]}\n",
    "  - {id: B1, amount: 100, funds: [G1]}\n"
    "  - {id: B2, amount: 900, unit: capital, funds: [G2]}\n",
    # a goal that receives nothing is unfunded-priority's
    "  - {id: B2, amount: 900, funds: [G2]}\n",
    "  - {id: B1, amount: 0, funds: [G1]}\n  - {id: B2, amount: 900, funds: [G2]}\n",
    # lines without an amount are not counted
    "  - {id: B1, funds: [G2]}\n",
    # higher priority receives more
    "  - {id: B1, amount: 900, funds: [G1]}\n  - {id: B2, amount: 900, funds: [G2]}\n",
], ids=["currency", "period", "units", "unit-and-none", "nothing", "zero", "no-amount",
        "equal"])
def test_inversion_compares_only_like_with_like(budgets: str) -> None:
    RuleTester(budget_priority_inversion).assert_passes(
        "goals:\n  - {id: G1, priority: critical}\n  - {id: G2, priority: low}\n"
        "  - {id: G3}\nbudgets:\n" + budgets + "  - {id: B9, amount: 5000, funds: [G3]}\n")


def test_inversion_of_a_budget_in_peoples_time() -> None:
    """A plan that resources its work in people's time compares time with time, never
    with money, and says so in its unit."""
    goals = "goals:\n  - {id: G1, priority: critical}\n  - {id: G2, priority: low}\nbudgets:\n"
    tester = RuleTester(budget_priority_inversion)
    tester.assert_passes(goals + "  - {id: B1, amount: 500000, currency: USD, funds: [G1]}\n"
                                 "  - {id: B2, amount: 3, currency: FTE, funds: [G2]}\n")
    [finding] = tester.assert_fails(
        goals + "  - {id: B1, amount: 0.5, currency: person-months, period: '2022', "
                "funds: [G1]}\n"
                "  - {id: B2, amount: 4, currency: person-months, period: '2022', "
                "funds: [G2]}\n", [("G2", 3)])
    assert "receives at least 4 person-months for 2022" in finding.message
    assert "at most 0.50 person-months for 2022 from them; move budget to" in finding.message


@pytest.mark.parametrize("title", ["Effort: 4 PM", "Estimated cost of the new headquarters",
                                   "estimate, 4 person-months"])
def test_inversion_leaves_the_estimate_of_each_items_work(title: str) -> None:
    """A line that estimates one item's work states its size, not a share of a pool the
    plan divides; a line that allocates is compared."""
    lines = ("goals:\n  - {id: G1, priority: critical}\n  - {id: G2, priority: low}\n"
             "budgets:\n  - {id: B1, amount: 1, funds: [G1]}\n"
             f"  - {{id: B2, title: '{title}', amount: 4, funds: [G2]}}\n")
    tester = RuleTester(budget_priority_inversion)
    tester.assert_passes(lines)
    for allocated in ("Allocation for 2022", "Estimated spending for 2022"):
        tester.assert_fails(lines.replace(f"'{title}'", f"'{allocated}'"), [("G2", 3)])


def test_inversion_compares_the_lines_of_one_unit() -> None:
    [finding] = RuleTester(budget_priority_inversion).assert_fails("""\
planlint: 1
goals:
  - {id: HV-1, priority: high, parent: H2}
  - {id: HV-2, priority: medium, parent: H2}
  - {id: H2, priority: high}
initiatives:
  - {id: I1, supports: [HV-1]}
  - {id: I2, supports: [HV-2]}
budgets:
  - {id: B1, amount: 2400000, currency: USD, unit: heart, funds: [I1]}
  - {id: B2, amount: 6800000, currency: USD, unit: heart, funds: [I2]}
  - {id: B3, amount: 9000000, currency: USD, unit: capital, funds: [HV-1]}
""", [("HV-2", 4)])
    assert "from unit heart's budget lines, while high goal HV-1 receives at most " \
           "2,400,000 USD from them" in finding.message


def test_inversion_holds_however_shared_lines_are_split() -> None:
    tester = RuleTester(budget_priority_inversion)
    shared = ("goals:\n  - {id: G1, priority: critical}\n  - {id: G2, priority: low}\n"
              "  - {id: G3, priority: low}\n"
              "initiatives: [{id: I1, supports: [G1, G3]}]\nbudgets:\n"
              "  - {id: B1, amount: 100, funds: [I1, G2]}\n")
    # B1 could go wholly to G1: nothing is known to favour the lesser goals
    tester.assert_passes(shared)
    # G2 is sure of 100 from B2, no more than G1 could receive
    tester.assert_passes(shared + "  - {id: B2, amount: 100, funds: [G2]}\n")
    # G2 is sure of 101, more than all of B1
    tester.assert_fails(shared + "  - {id: B2, amount: 101, funds: [G2]}\n", [("G2", 3)])


def test_inversion_rolls_money_up_the_cascade() -> None:
    tester = RuleTester(budget_priority_inversion)
    # a parent receives its sub-goals' money; sub-goals compare only among themselves
    tester.assert_fails("""\
planlint: 1
goals:
  - {id: G1, priority: critical}
  - {id: G2, priority: low}
  - {id: S1, priority: critical, parent: G2}
  - {id: S2, priority: high, parent: G2}
  - {id: T1, parent: S1}
budgets:
  - {id: B1, amount: 100, funds: [G1]}
  - {id: B2, amount: 60, funds: [T1]}
  - {id: B3, amount: 60, funds: [S2]}
""", [("G2", 4)])
    # a line spread over a goal and the goals below it goes to that goal for sure
    tester.assert_fails("""\
planlint: 1
goals:
  - {id: G1, priority: critical}
  - {id: G2, priority: low}
  - {id: S1, parent: G2}
  - {id: S2, parent: S1}
initiatives: [{id: I1, supports: [S2, G2]}]
budgets:
  - {id: B1, amount: 100, funds: [G1]}
  - {id: B2, amount: 120, funds: [S1, I1]}
""", [("G2", 4)])


def test_inversion_survives_parent_cycles() -> None:
    RuleTester(budget_priority_inversion).assert_fails("""\
planlint: 1
goals:
  - {id: G1, priority: critical, parent: G2}
  - {id: G2, priority: low, parent: G1}
  - {id: G3, priority: high, parent: G1}
  - {id: G4, priority: low, parent: G1}
budgets:
  - {id: B1, amount: 10, funds: [G3]}
  - {id: B2, amount: 90, funds: [G4]}
""", [("G4", 6)])


# -- PL308 cross-unit-parent ----------------------------------------------------------------

def test_cross_unit_parent() -> None:
    units = ("units:\n  - {id: group}\n  - {id: mopar, parent: group}\n"
             "  - {id: parts, parent: mopar}\n  - {id: finance, parent: group}\n")
    tester = RuleTester(cross_unit_parent)
    [finding] = tester.assert_fails(units + """\
goals:
  - {id: F1, unit: finance}
  - id: P1
    unit: parts
    parent: F1
""", [("P1", 10)])
    assert finding.field == "parent"
    assert [related.node for related in finding.related] == ["F1"]
    tester.run(
        passes=[
            units + "goals:\n  - {id: G1, unit: group}\n  - {id: P1, unit: parts, parent: G1}\n",
            units + "goals:\n  - {id: G1, unit: parts}\n  - {id: P1, unit: parts, parent: G1}\n",
            units + "goals:\n  - {id: G1}\n  - {id: P1, unit: parts, parent: G1}\n",
            units + "goals:\n  - {id: G1, unit: ghost}\n  - {id: P1, unit: parts, parent: G1}\n",
            units + "goals:\n  - {id: P1, unit: parts, parent: ghost}\n",
        ],
        fails=[  # a parent in a unit below is an upside-down cascade
            (units + "goals:\n  - {id: P1, unit: parts}\n  - {id: G1, unit: group, parent: P1}\n",
             [("G1", 8)]),
            ("units:\n  - {id: a, parent: b}\n  - {id: b, parent: a}\n  - {id: c}\n"
             "goals:\n  - {id: C1, unit: c}\n  - {id: A1, unit: a, parent: C1}\n", [("A1", 7)]),
        ])


def test_cross_unit_parent_owned_from_the_goals_management_line() -> None:
    units = ("units:\n  - {id: gtm}\n  - {id: sales, parent: gtm}\n"
             "  - {id: marketing, parent: gtm}\n  - {id: cs}\n")
    tester = RuleTester(cross_unit_parent)
    # the head of go-to-market owns Sales' goal, so marketing's line has it
    tester.assert_passes(units + "people: [{id: cro, unit: gtm}]\n"
                         "goals:\n  - {id: S1, unit: sales, owner: cro}\n"
                         "  - {id: M1, unit: marketing, parent: S1}\n")
    [finding] = tester.assert_fails(units + "people: [{id: vp, unit: cs}]\n"
                                    "goals:\n  - {id: S1, unit: sales, owner: vp}\n"
                                    "  - {id: M1, unit: marketing, parent: S1}\n",
                                    [("M1", 9)])
    assert finding.message == (
        "goal M1 of unit marketing has parent S1 of unit sales, which is neither marketing "
        "nor a unit above it, and its owner vp belongs to unit cs, not to marketing or a "
        "unit above it either; choose a parent goal of marketing or a unit above it, or "
        "check the goals' units")
    assert [related.node for related in finding.related] == ["S1", "vp"]
    # an owner in the parent's own unit, or of no unit, changes nothing
    tester.assert_fails(units + "people: [{id: ae}, {id: dir, unit: sales}]\n"
                        "goals:\n  - {id: S1, unit: sales, owner: ae}\n"
                        "  - {id: S2, unit: sales, owner: dir}\n"
                        "  - {id: M1, unit: marketing, parent: S1}\n"
                        "  - {id: M2, unit: marketing, parent: S2}\n",
                        [("M1", 10), ("M2", 11)])


# -- the bundled example --------------------------------------------------------------------

def test_example_alignment_findings() -> None:
    report = lint(EXAMPLE, config=Config(select=["PL3"]))
    # the campus renovation supports no goal; orphan-initiative names B3, which pays for it
    assert [(f.code, f.node) for f in report.findings] == [("PL304", "I4"), ("PL303", "MP1")]


def test_linked_goals_follow_parents_units_and_drives(
        make_plan: Callable[[str], Plan]) -> None:
    plan = make_plan(UNITS + """\
goals:
  - {id: G1, unit: group}
  - {id: G2}
  - {id: G3, unit: ghost}
  - {id: MP1, unit: mopar, parent: G1}
  - {id: HR1, unit: hr, drives: [MP1]}
  - {id: HR2, unit: hr, drives: [HR1]}
  - {id: HR3, unit: hr, drives: [HR4]}
  - {id: HR4, unit: hr, drives: [HR3]}
""")
    assert plan.linked_goals == {"G1", "G2", "G3", "MP1", "HR1", "HR2"}


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=30, deadline=None)
@given(plan=plans())
def test_never_crashes_on_drawn_plans(plan: dict[str, Any]) -> None:
    codes = [rule.code for rule in rules_in(alignment)]
    report = lint(plan, config=Config(select=["PL000", *codes]))
    assert [f.message for f in report.findings if f.code == "PL000"] == []


def test_an_operating_budget_is_the_whole_of_its_own_period_and_its_parts_fund_it() -> None:
    work = GOAL + "initiatives: [{id: I1, supports: [G1]}, {id: I2, supports: [G1]}]\n"
    budgets = """\
budgets:
  - {id: B18, title: Total FY18, amount: 1418000, currency: USD, period: FY18, funds: all}
  - {id: B18-infra, amount: 818000, currency: USD, period: FY18, funds: [I1]}
  - {id: B18-travel, title: Travel assistance, amount: 50000, currency: USD, period: FY18}
  - {id: B23, title: Total FY23, amount: 2211000, currency: USD, period: FY23, funds: all}
  - {id: B23-infra, amount: 1099000, currency: USD, period: FY23, funds: [I1]}
"""
    RuleTester(unfunded_initiative).assert_passes(work + budgets)
    RuleTester(unlinked_budget).assert_passes(work + budgets)
    outgrown = budgets.replace("amount: 1099000", "amount: 2299000")
    RuleTester(unlinked_budget).assert_passes(work + outgrown)  # FY18 still has its whole
    loose = outgrown.replace("amount: 1418000", "amount: 418000")
    RuleTester(unlinked_budget).assert_fails(work + loose, [("B18-travel", 6)])
    RuleTester(unfunded_initiative).assert_fails(work + loose, [("I2", 2)])


def test_a_plan_that_keeps_its_budget_internal_is_not_asked_for_one() -> None:
    work = "goals: [{id: G1}]\ninitiatives: [{id: I1, supports: [G1]}]\n"
    RuleTester(no_budget).assert_fails(work)
    RuleTester(no_budget).assert_passes("plan: {id: p, withheld: [budgets]}\n" + work)



def test_a_plan_that_keeps_its_initiatives_elsewhere_is_not_asked_for_them() -> None:
    goals = "goals:\n  - {id: G1, title: Be the customer's first choice}\n"
    RuleTester(uncascaded_goal).assert_fails(goals)
    RuleTester(uncascaded_goal).assert_passes(
        "plan: {id: p, withheld: [initiatives]}\n" + goals)


def test_a_budget_that_reaches_few_initiatives_is_reported_once() -> None:
    work = "goals: [{id: G1}]\ninitiatives:\n" + "".join(
        f"  - {{id: I{n}, supports: [G1]}}\n" for n in range(4))
    found = RuleTester(unfunded_initiative).assert_fails(
        work + "budgets: [{id: B1, amount: 5, funds: [I0]}]\n",
        [("plan", None, "3 of 4 initiatives still to deliver have no budget line funding "
                        "them (I1, I2, I3)")])
    assert len(found) == 1
    RuleTester(unfunded_initiative).assert_fails(
        work + "budgets: [{id: B1, amount: 5, funds: [I0, I1, I2]}]\n", [("I3", 6)])


def test_an_action_that_restates_a_linked_commitment_is_that_work_listed_again() -> None:
    plan = dedent("""\
        planlint: 1
        goals: [{id: COL, title: Collaboration}]
        initiatives:
          - {id: COL-3, supports: [COL], title: "Work with Smart Oxford to develop an open
             data platform that residents, businesses and local developers can use"}
          - {id: C2, supports: [COL], title: Run a hackathon}
          - {id: C3, supports: [COL], title: Train staff in open standards}
          - {id: A1, title: "Make our data more open for our residents, businesses and
             local developers"}
          - {id: A2, title: Renovate the town hall}
        """)
    [finding] = RuleTester(orphan_initiative).assert_fails(plan, [("A2", 10)])
    assert "A1" not in finding.message


def test_a_goal_aligned_to_a_top_goal_carries_it() -> None:
    """A board goal aligned to a second strategic goal besides its parent executes
    both: neither is an uncascaded statement, and it is no top-level priority."""
    plan = ("goals:\n  - {id: SP2, title: Student success}\n"
            "  - {id: SP3, title: Teaching and learning}\n"
            "  - {id: BG2, title: Board goal 2, parent: SP2, also_aligned_to: [SP3]}\n"
            "initiatives:\n  - {id: I1, supports: [BG2]}\n")
    RuleTester(alignment.uncascaded_goal).assert_passes(plan)
    RuleTester(alignment.uncascaded_goal).assert_fails(
        plan.replace(", also_aligned_to: [SP3]", ""), [("SP3", 3)])


def test_goals_within_means_are_those_no_money_reaches_at_or_above() -> None:
    # each goal is climbed past once; a loop of parents is reached where any of it is
    plan = plan_from(
        "goals:\n  - {id: A, parent: B}\n  - {id: B, parent: A}\n"
        "  - {id: C, parent: D}\n  - {id: D, parent: E}\n  - {id: E, parent: D}\n"
        "  - {id: F, parent: G}\n  - {id: G}\n  - {id: H, parent: F, priority: high}\n"
        "  - {id: K, parent: missing}\n"
        "budgets:\n  - {id: B1, amount: 5, funds: [E]}\n  - {id: B2, amount: 5, funds: [G]}\n")
    assert alignment._goals_within_means(plan) == {"A", "B", "K"}


def test_a_small_teams_own_okrs_are_worked_by_the_team() -> None:
    """A two-person project team's own OKRs (``Plan.team_okrs``): the team holds and does
    its key results together; with two roles among them the objective is still asked."""
    okrs = ("plan: {id: p, methodology: okr}\nunits: [{id: team}]\n"
            "people:\n  - {id: ana, role: Project author, unit: team}\n"
            "  - {id: raj, role: Project author, unit: team}\n"
            "goals:\n  - {id: O, title: Resolve place-attribute conflation, unit: team,\n"
            "     metrics: [{id: KR1, title: Rule-based accuracy, unit: '%', "
            "target: {value: 80}}]}\n")
    # an objective with no key result is the team's own work as well
    bare = okrs.replace(",\n     metrics: [{id: KR1, title: Rule-based accuracy, unit: '%', "
                        "target: {value: 80}}]}", "}")
    assert bare != okrs
    RuleTester(uncascaded_goal).run(
        passes=[okrs, bare],
        fails=[(okrs.replace("raj, role: Project author", "raj, role: Reviewer"),
                [("O", None)]),
               (bare.replace("raj, role: Project author", "raj, role: Reviewer"),
                [("O", None)])])


def test_uncascaded_goal_leaves_objectives_stated_beside_the_pillars_of_the_work() -> None:
    """A research project's objectives O1-O2 beside its work packages WP1-WP2, each the one
    goal of its own unit under the project, which carry all its work: the page states both
    lists and links neither to the other, so which package serves which objective shows
    only in their wording. A unit's own objectives beside its organisation's priorities, or
    an objective some work was set apart for, is still asked."""
    tester = RuleTester(uncascaded_goal)
    fragment = ("units:\n  - {id: p}\n  - {id: wp1, parent: p}\n  - {id: wp2, parent: p}\n"
                "goals:\n  - {id: O1, unit: p}\n  - {id: O2, unit: p}\n"
                "  - {id: WP1, unit: wp1}\n  - {id: WP2, unit: wp2}\n"
                "initiatives:\n  - {id: D1, supports: [WP1]}\n  - {id: D2, supports: [WP2]}\n")
    tester.assert_passes(fragment)
    # a strategy's objectives (section 3) beside its axes (section 5) and their lines
    tester.assert_passes("goals:\n  - {id: '3.1'}\n  - {id: '3.2'}\n  - {id: '5.1'}\n"
                         "  - {id: '5.2'}\n  - {id: '5.1.1', parent: '5.1'}\n"
                         "initiatives: [{id: I1, supports: ['5.2']}]\n")
    # one unit's objectives beside the priorities of the organisation above it
    tester.assert_fails(fragment.replace("unit: wp2}\n", "unit: wp1}\n"), [("plan", 1)])
    tester.assert_fails(fragment + "  - {id: D3, supports: [O1], status: cancelled}\n",
                        [("plan", 1)])
