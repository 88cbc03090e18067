"""A practice a plan follows, or does not follow at all (planlint.practice)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planlint.practice import by_practice, eligible_so_far, on_tracker, widespread
from planlint.testing import plan_from


@pytest.mark.parametrize(("lacking", "eligible", "plan_wide"), [
    (0, 0, False), (1, 1, False),  # one item is one finding
    (2, 2, True),  # no item follows it: the plan's way of working
    (2, 3, False), (2, 5, False),  # two items break a practice the others follow
    (3, 8, True), (3, 9, False),  # three or more, when over a third lack it
])
def test_widespread(lacking: int, eligible: int, plan_wide: bool) -> None:
    assert widespread(lacking, eligible) is plan_wide


@pytest.mark.parametrize("lacking", range(6))
@pytest.mark.parametrize("others", range(30))
def test_eligible_so_far_tells_what_the_exact_count_would(lacking: int, others: int) -> None:
    """Counted only as far as need be, the items a practice applies to give the same
    verdict, and the same count wherever a plan-wide finding would state it; the items
    past that are not judged."""
    judged: list[int] = []

    def follows() -> Iterator[bool]:
        for index in range(others):
            judged.append(index)
            yield index % 3 != 0  # one in three of the others is an exception

    exact = lacking + sum(index % 3 != 0 for index in range(others))
    eligible = eligible_so_far(lacking, lacking, follows())
    assert eligible == exact or exact > eligible > max(lacking, 3 * lacking)
    assert widespread(lacking, eligible) is widespread(lacking, exact)
    if widespread(lacking, exact):  # a plan-wide finding states the count
        assert eligible == exact
    if exact > 3 * lacking + 3:
        assert len(judged) < others


PLAN = "planlint: 1\nplan: {id: P}\nmetrics:\n" + "".join(
    f"  - {{id: M{n}, title: Measure {n}}}\n" for n in range(1, 7))


def _lacking(ids: list[str], eligible: int = 6, repeated: tuple[str, ...] = ()
             ) -> list[tuple[str, str]]:
    plan = plan_from(PLAN)
    findings = [plan.get(id_).finding(f"{id_} lacks it") for id_ in ids]  # type: ignore[union-attr]
    return [(found.node, found.message) for found in by_practice(
        plan, findings, eligible, items="metrics", lacking="lack it", fix="add it",
        repeated=repeated)]


def test_items_that_break_a_practice_are_reported_one_by_one() -> None:
    assert _lacking(["M1", "M2"]) == [("M1", "M1 lacks it"), ("M2", "M2 lacks it")]


def test_a_practice_the_plan_does_not_follow_is_one_finding() -> None:
    assert _lacking(["M1", "M2", "M3"]) == [("P", "3 of 6 metrics lack it (M1, M2, M3); add it")]


def test_repeated_items_count_but_are_never_reported_by_themselves() -> None:
    assert _lacking(["M1", "M2"], repeated=("M2",)) == [("M1", "M1 lacks it")]
    assert _lacking(["M1", "M2", "M3"], repeated=("M2", "M3")) == [
        ("P", "3 of 6 metrics lack it (M1, M2, M3); add it")]


@pytest.mark.parametrize(("channel", "tracked"), [
    ("Trello board", True), ("Kanban board", True), ("GitHub issues", True),
    ("the strategic-plan GitHub repository (issues, project board)", True),
    ("GitHub tracking issues", True), ("newsletter", False), ("GitHub repository", False),
    ("issues of the staff magazine", False),
])
def test_work_published_card_by_card_on_a_tracker(channel: str, tracked: bool) -> None:
    plan = plan_from(PLAN + f"communications:\n  - {{id: C1, channel: '{channel}'}}\n")
    assert (plan.work_tracker is not None) is tracked
    assert on_tracker(plan, 3, 6) is tracked  # a lack the plan's way of working
    assert not on_tracker(plan, 2, 6)  # two items that break a practice: still theirs


def test_a_practice_read_over_the_whole_list_finished_items_included() -> None:
    """A status roadmap's one open item, beside done items that lack the same: the whole
    list does not follow the practice, reported once at the plan."""
    plan = plan_from(PLAN)
    findings = [plan.get("M1").finding("M1 lacks it")]  # type: ignore[union-attr]
    def report(listed: tuple[int, int] | None) -> list[tuple[str, str]]:
        return [(found.node, found.message) for found in by_practice(
            plan, findings, 1, items="metrics", lacking="lack it", fix="add it",
            listed=listed)]
    assert report(None) == [("M1", "M1 lacks it")]
    assert report((1, 4)) == [("M1", "M1 lacks it")]  # the finished ones follow it
    assert report((6, 6)) == [("P", "all 6 metrics lack it (M1 still open); add it")]
    assert report((3, 6)) == [("P", "3 of 6 metrics lack it (M1 still open); add it")]
