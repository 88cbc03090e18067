"""The three rules planlint was founded on: ownership, metrics, budgets."""

from __future__ import annotations

from pathlib import Path

from planlint import lint
from planlint.rules import alignment, leadership, unmeasured
from planlint.testing import RuleTester


def test_unowned_initiative() -> None:
    tester = RuleTester(leadership.unowned_initiative)
    tester.assert_fails("initiatives:\n  - {id: I1}\n  - {id: I2, status: done}\n"
                        "  - {id: I3, status: blocked}\n  - {id: I4, owner: ceo}\n"
                        "  - {id: I5, owner: ceo}\n", [("I1", 2), ("I3", 4)])
    # an owner that is not defined is a dangling reference, not an unowned initiative
    tester.assert_passes("initiatives:\n  - {id: I1, owner: ghost}\n")
    tester.assert_passes("initiatives: []\n")


def test_unmeasured_goal() -> None:
    tester = RuleTester(unmeasured.unmeasured_goal)
    (finding,) = tester.assert_fails("goals:\n  - {id: G1, title: Grow, metrics: []}\n",
                                     [("G1", 2)])
    assert finding.message.startswith("goal G1 (Grow) has no metric")
    # a metric shared by two goals measures both
    tester.assert_passes("goals:\n  - {id: G1, metrics: [M1]}\n  - {id: G2, metrics: [M1]}\n"
                         "metrics:\n  - {id: M1}\n")


def test_unlinked_budget() -> None:
    tester = RuleTester(alignment.unlinked_budget)
    tester.assert_fails("budgets:\n  - {id: B1}\n  - {id: B2, funds: []}\n"
                        "  - {id: B3, funds: [G1]}\n  - {id: B4, funds: [G1]}\n"
                        "goals: [{id: G1}]\n", [("B1", 2), ("B2", 3)])
    (finding,) = tester.assert_fails(
        "initiatives:\n  - {id: I1, status: done}\n  - {id: I2, status: cancelled}\n"
        "budgets:\n  - {id: B1, funds: [I1, I2]}\n", [("B1", 5)])
    assert "funds only finished work (I1, I2) that supports no goal" in finding.message
    assert [r.node for r in finding.related] == ["I1", "I2"]
    # funding a goal directly, or enabling work another initiative depends on, is linked
    tester.assert_passes("goals: [{id: G1}]\nbudgets:\n  - {id: B1, funds: [G1]}\n")
    tester.assert_passes("goals: [{id: G1}]\ninitiatives:\n  - {id: I1}\n"
                         "  - {id: I2, supports: [G1], depends_on: [I1]}\n"
                         "budgets:\n  - {id: B1, funds: [I1]}\n")
    # targets that do not exist are left to dangling-reference
    tester.assert_passes("budgets:\n  - {id: B1, funds: [GHOST]}\n")


def test_founding_rules_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("planlint: 1\ngoals:\n  - {id: G1, metrics: [M1]}\n")
    (tmp_path / "b.yaml").write_text("planlint: 1\nmetrics:\n  - {id: M1}\n"
                                     "initiatives:\n  - {id: I1, supports: [G1]}\n"
                                     "budgets:\n  - {id: B1, funds: [I1]}\n")
    report = lint(tmp_path)
    assert {f.code for f in report.findings} & {"PL201", "PL301", "PL005"} == set()
    assert [(Path(f.location.file).name, f.code, f.location.line) for f in report.findings
            if f.code == "PL102"] == [("b.yaml", "PL102", 5)]
