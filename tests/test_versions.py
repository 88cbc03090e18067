"""Two versions of a plan matched item by item: renames, drops and change records."""

from __future__ import annotations

from textwrap import dedent

from planlint.model import Goal
from planlint.testing import plan_from
from planlint.versions import Comparison, agrees, differences
from rules.revisions import goal_dropped

OLD = dedent("""\
    planlint: 1
    goals:
      - {id: G1, title: Grow revenue, metrics: [M1]}
      - {id: G2, title: Enter Brazil}
      - {id: G3, title: Enter Chile}
    metrics:
      - {id: M1, title: Revenue, target: {value: 20, date: 2025-12-31}}
    initiatives:
      - {id: I1, title: Office, supports: [G2]}
    """)


def compared(new: str, old: str = OLD) -> Comparison:
    comparison = plan_from(new, old).comparison
    assert comparison is not None
    return comparison


def test_an_item_whose_id_alone_changed_is_renamed_not_dropped() -> None:
    comparison = compared(OLD.replace("G2, title", "G2-BR, title").replace("[G2]", "[G2-BR]"))
    assert comparison.renames == {"G2": "G2-BR"}
    assert [item.id for item in comparison.dropped] == []
    [goal] = [goal for goal in comparison.new.goals if goal.id == "G2-BR"]
    before = comparison.before(goal)
    assert before is not None and before.id == "G2"


def test_a_rename_reads_the_references_of_renamed_items_under_their_new_ids() -> None:
    new = OLD.replace("{id: G1, title: Grow revenue, metrics: [M1]}",
                      "{id: G10, title: Grow revenue, metrics: [M10]}").replace(
        "{id: M1, title", "{id: M10, title")
    assert compared(new).renames == {"G1": "G10", "M1": "M10"}


def test_an_item_whose_content_changed_too_is_dropped_and_added() -> None:
    comparison = compared(OLD.replace("{id: G3, title: Enter Chile}",
                                      "{id: G4, title: Enter Peru}"))
    assert comparison.renames == {}
    assert [item.id for item in comparison.dropped] == ["G3"]


def test_an_id_given_to_an_item_of_another_kind_leaves_the_old_item_dropped() -> None:
    # goal G2 (which I1 supports) became a metric's id: PL704 goal-dropped said nothing
    new = OLD.replace("{id: G2, title: Enter Brazil}", "").replace("[G2]", "[G1]").replace(
        "metrics:\n", "metrics:\n  - {id: G2, title: Brazil revenue}\n")
    comparison = compared(new)
    assert [item.id for item in comparison.dropped] == ["G2"]
    [finding] = goal_dropped(plan_from(new, OLD))
    assert "G2" in finding.message


def test_two_gone_items_of_the_same_content_are_no_rename() -> None:
    old = OLD.replace("G3, title: Enter Chile", "G3, title: Enter Brazil")
    new = old.replace("{id: G2, title: Enter Brazil}", "{id: G5, title: Enter Brazil}") \
        .replace("{id: G3, title: Enter Brazil}", "{id: G6, title: Enter Brazil}") \
        .replace("[G2]", "[G5]")
    comparison = compared(new, old)
    assert comparison.renames == {}
    assert sorted(item.id for item in comparison.dropped) == ["G2", "G3"]


def test_a_recorded_rename_counts_though_the_content_changed() -> None:
    new = OLD.replace("{id: G3, title: Enter Chile}", "{id: G3-CL, title: Enter Chile by 2027}") \
        + "changes:\n  - {item: G3-CL, field: id, from: G3, to: G3-CL, reason: naming scheme}\n"
    comparison = compared(new)
    assert comparison.renames == {"G3": "G3-CL"}
    assert comparison.recorded("G3-CL", "id") and comparison.recorded("G3", "id")


def test_only_records_added_in_this_change_record_it() -> None:
    record = "changes:\n  - {item: M1, field: target, from: 20, to: 15, reason: recall}\n"
    old = OLD + record
    new = old.replace("value: 20", "value: 15")
    assert not compared(new, old).recorded("M1", "target")
    assert compared(OLD.replace("value: 20", "value: 15") + record).recorded("M1", "target")
    assert not compared(OLD + record).recorded("M1", "due")


def test_records_are_compared_with_what_changed() -> None:
    comparison = compared(OLD.replace("value: 20, date: 2025-12-31",
                                      "value: 15, date: 2026-03-31")
                          + "changes:\n  - {item: M1, field: target, from: 20, to: 16}\n"
                          "  - {item: M1, field: target, from: 2025-12-31, to: 2026-03-31}\n")
    old_metric, new_metric = comparison.old.metrics[0], comparison.new.metrics[0]
    changed = differences(old_metric, new_metric, "target")
    assert changed == [("20", "15"), ("2025-12-31", "2026-03-31")]
    wrong, right = comparison.records
    assert not agrees(wrong, changed)
    assert agrees(right, changed)


def test_the_plan_knows_no_comparison_without_an_older_version() -> None:
    plan = plan_from(OLD)
    assert plan.previous is None and plan.comparison is None and plan.history == ()
    assert isinstance(plan_from(OLD, [OLD, OLD]).history[1].goals[0], Goal)
