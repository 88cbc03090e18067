"""PL7 change: unmanaged-transformation."""

from __future__ import annotations

from textwrap import dedent

import pytest

from planlint.rules.change import unmanaged_transformation
from planlint.testing import RuleTester

GOALS = dedent("""\
    planlint: 1
    goals:
      - {id: G1}
      - {id: G3, parent: G1}
      - {id: MF1, parent: G3}
      - {id: G9}
    """)


def _plan(initiative: str, covers: str = "[]") -> str:
    return GOALS + f"initiatives:\n  - {initiative}\ncommunications:\n" \
                   f"  - {{id: C1, audience: all, covers: {covers}}}\n"


class TestUnmanagedTransformation:
    def test_uncovered_goals_fire_at_kind(self) -> None:
        [finding] = RuleTester(unmanaged_transformation).assert_fails(
            _plan("{id: I1, kind: transformation, supports: [G9, MF1]}"), [("I1", 8)])
        assert finding.field == "kind"
        assert "serves G9, MF1, which no communication covers" in finding.message
        assert [item.node for item in finding.related] == ["G9", "MF1"]

    def test_one_covered_goal_is_enough(self) -> None:
        RuleTester(unmanaged_transformation).assert_passes(
            _plan("{id: I1, kind: transformation, supports: [G9, MF1]}", "[G9]"))

    def test_covering_a_goal_above_counts(self) -> None:
        RuleTester(unmanaged_transformation).assert_passes(
            _plan("{id: I1, kind: transformation, supports: [MF1]}", "[G1]"))

    def test_covering_a_goal_below_does_not_count(self) -> None:
        RuleTester(unmanaged_transformation).assert_fails(
            _plan("{id: I1, kind: transformation, supports: [G3]}", "[MF1]"), [("I1", 8)])

    @pytest.mark.parametrize("kind", ["Transformation", " transformation "])
    def test_kind_ignores_case_and_spaces(self, kind: str) -> None:
        RuleTester(unmanaged_transformation).assert_fails(
            _plan(f"{{id: I1, kind: '{kind}', supports: [G9]}}"), [("I1", 8)])

    @pytest.mark.parametrize("initiative", [
        "{id: I1, kind: project, supports: [G9]}",
        "{id: I1, supports: [G9]}",
        "{id: I1, kind: transformation, supports: [G9], status: done}",
        "{id: I1, kind: transformation, supports: [G9], status: cancelled}",
        "{id: I1, kind: transformation}",
        "{id: I1, kind: transformation, supports: [ghost]}",
    ])
    def test_passes(self, initiative: str) -> None:
        RuleTester(unmanaged_transformation).assert_passes(_plan(initiative))

    def test_parent_cycle_does_not_hang(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: A, parent: B}
              - {id: B, parent: A}
            initiatives:
              - {id: I1, kind: transformation, supports: [A]}
            communications: [{id: C1, covers: []}]
            """)
        RuleTester(unmanaged_transformation).assert_fails(fragment, [("I1", 6)])

    def test_no_communications_at_all(self) -> None:
        RuleTester(unmanaged_transformation).assert_fails(
            GOALS + "initiatives: [{id: I1, kind: transformation, supports: [G1]}]\n",
            [("I1", 7)])
