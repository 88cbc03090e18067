"""A goal's own ``withheld``: the rules that honour the plan's leave alone that goal, its
sub-goals and what serves only them, and judge the rest of the plan as before."""

from __future__ import annotations

from textwrap import dedent

import pytest

from planlint.ruledef import Rule
from planlint.rules.alignment import no_budget, uncascaded_goal
from planlint.rules.baselines import metric_without_baseline
from planlint.rules.capability import unstaffed_initiative
from planlint.rules.formulation import initiative_without_dates
from planlint.rules.leadership import unowned_goal, unowned_initiative, unowned_metric
from planlint.rules.targets import metric_without_target
from planlint.rules.unmeasured import unmeasured_goal
from planlint.testing import RuleTester

#: Three goals that state everything, and G4, with G4.1 below it and the work I4, that
#: state little: ``KEPT`` is where G4 says what it keeps out.
PLAN = dedent("""\
    planlint: 1
    plan: {id: p, as_of: 2001-06-30, horizon: {start: 2001-01-01, end: 2003-12-31}}
    people: [{id: ceo, leader: true}, {id: ana}, {id: bo}]
    goals:
      - {id: G1, title: Grow dealer sales, owner: ceo, metrics: [M1]}
      - {id: G2, title: Fast parts supply, owner: ana, metrics: [M2]}
      - {id: G3, title: Happy staff, owner: bo, metrics: [M3]}
      - {id: G4, title: Loyal dealers, KEPT metrics: [M4]}
      - {id: G4.1, title: Dealer training, parent: G4, metrics: [M5]}
    metrics:
      - {id: M1, title: Dealer sales, owner: ceo, unit: USD,
         baseline: {value: 1, date: 2000-12-31}, target: {value: 2, date: 2003-12-31}}
      - {id: M2, title: Parts delivered in two days, owner: ana, unit: '%',
         baseline: {value: 70, date: 2000-12-31}, target: {value: 90, date: 2003-12-31}}
      - {id: M3, title: Staff engagement, owner: bo, unit: '%',
         baseline: {value: 70, date: 2000-12-31}, target: {value: 80, date: 2003-12-31}}
      - {id: M4, title: Dealer retention, unit: '%'}
      - {id: M5, title: Dealers trained, unit: count}
    initiatives:
      - {id: I1, title: Dealer portal, supports: [G1], owner: ceo, team: [ana],
         start: 2001-01-01, end: 2003-12-31, status: active}
      - {id: I2, title: Parts hub, supports: [G2], owner: ana, team: [bo],
         start: 2001-01-01, end: 2003-12-31, status: active}
      - {id: I3, title: Staff survey, supports: [G3], owner: bo, team: [ana],
         start: 2001-01-01, end: 2003-12-31, status: active}
      - {id: I4, title: Dealer academy, supports: [G4.1], status: active}
    """)

#: Each rule, what G4 keeps out, the changes to :data:`PLAN` that give the rule its
#: findings there, and the items it reports when G4 keeps out nothing.
CASES = [
    (unowned_goal, "owners", {}, ["G4", "G4.1"]),
    (unowned_initiative, "owners", {}, ["I4"]),
    (unstaffed_initiative, "owners", {}, ["I4"]),
    (unowned_metric, "owners", {"Loyal dealers, ": "Loyal dealers, owner: ceo, ",
                                "metrics: [M5]}": "owner: ana, metrics: [M4, M5]}"},
     ["M4"]),
    (metric_without_target, "targets", {}, ["M4", "M5"]),
    (metric_without_baseline, "baselines",
     {"unit: '%'}": "unit: '%', target: {value: 90, date: 2003-12-31}}",
      "unit: count}": "unit: count, target: {value: 90, date: 2003-12-31}}"}, ["M4"]),
    (unmeasured_goal, "metrics", {", metrics: [M4]}": "}", ", metrics: [M5]}": "}"},
     ["G4.1"]),
    (initiative_without_dates, "schedules", {}, ["I4"]),
    (uncascaded_goal, "initiatives",
     {"  - {id: G4.1, title: Dealer training, parent: G4, metrics: [M5]}\n": "",
      "supports: [G4.1]": "supports: []"}, ["G4"]),
]


def _reported(rule: Rule, changes: dict[str, str], kept: str) -> list[str]:
    plan = PLAN.replace("KEPT ", f"withheld: [{kept}], " if kept else "")
    for old, new in changes.items():
        assert old in plan
        plan = plan.replace(old, new)
    return sorted(finding.node for finding in RuleTester(rule).findings(plan))


@pytest.mark.parametrize(("rule", "kept", "changes", "reported"), CASES,
                         ids=[case[0].name for case in CASES])
def test_a_goal_that_keeps_something_out_is_not_asked_for_it(
        rule: Rule, kept: str, changes: dict[str, str], reported: list[str]) -> None:
    assert _reported(rule, changes, "") == reported
    assert _reported(rule, changes, kept) == []
    others = {"owners": "targets", "targets": "owners"}.get(kept, "owners")
    assert _reported(rule, changes, others) == reported  # only what it names


def test_no_budget_counts_only_the_goals_and_work_that_do_not_keep_theirs_out() -> None:
    plan = "planlint: 1\ngoals:\n  - {id: G1, KEPT}\n  - {id: G2, parent: G1}\n" \
           "initiatives:\n  - {id: I1, supports: [G2]}\n"
    tester = RuleTester(no_budget)
    tester.assert_passes(plan.replace("KEPT", "withheld: budgets"))
    [finding] = tester.findings(plan.replace("KEPT", "withheld: budgets") + "  - {id: I2}\n")
    assert "the plan has 1 initiative but no budget lines" in finding.message
    tester.assert_fails(plan.replace("KEPT", "withheld: owners"))
