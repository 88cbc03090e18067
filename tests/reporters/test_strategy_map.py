"""The strategy map's structure: levels by cascade depth, rows per goal, loose items."""

from __future__ import annotations

from planlint.api import load_plan
from planlint.reporters.strategy_map import StrategyMap, anchor

PLAN = """planlint: 1
goals:
  - {id: A, parent: B, drives: [A, C]}
  - {id: B, parent: A}
  - {id: C, metrics: [M1, M1]}
  - {id: D, parent: C, drives: [C]}
metrics:
  - {id: M1}
  - {id: M2}
initiatives:
  - {id: I1, supports: [D, C]}
  - {id: I2}
budgets:
  - {id: B1, funds: [I1]}
  - {id: B2, funds: [I2]}
  - {id: B3}
"""


def test_levels_rows_and_loose_items() -> None:
    strategy = StrategyMap(load_plan(PLAN), [])
    assert [[goal.id for goal in layer] for layer in strategy.layers] == [["C", "A"],
                                                                          ["D", "B"]]
    rows = {goal: [(row.item.id, row.depth) for row in card.rows]
            for goal, card in strategy.cards.items()}
    assert rows["C"] == [("M1", 0), ("I1", 0), ("B1", 1)]
    assert rows["D"] == [("I1", 0), ("B1", 1)]
    loose = {card.item.id: [row.item.id for row in card.rows] for card in strategy.loose}
    assert loose == {"M2": [], "I2": ["B2"], "B3": []}
    assert strategy.drives == [("A", "C"), ("D", "C")]  # no loop onto itself
    assert strategy.parent_edges == [("C", "D"), ("A", "B")]


def test_a_goal_is_linked_to_each_goal_it_is_aligned_to() -> None:
    strategy = StrategyMap(load_plan(
        "goals:\n  - {id: S1}\n  - {id: S2}\n"
        "  - {id: G, parent: S1, also_aligned_to: [S2, S1, Z]}\n"), [])
    assert strategy.parent_edges == [("S1", "G"), ("S2", "G")]


def test_every_item_is_anchored_once() -> None:
    strategy = StrategyMap(load_plan(PLAN), [])
    svg = strategy.svg()
    for item_id in ("A", "B", "C", "D", "M1", "M2", "I1", "I2", "B1", "B2", "B3"):
        assert svg.count(f'id="map-{item_id}"') == 1, item_id


def test_anchors_of_different_ids_differ() -> None:
    assert anchor("map", "a b") != anchor("map", "a_b")
    assert anchor("map", "G1.2-x") == "map-G1.2-x"


def test_severity_classes_are_the_severities_values_and_ok_for_none() -> None:
    from planlint.finding import Severity
    from planlint.reporters.strategy_map import severity_class

    assert [severity_class(level) for level in Severity] == ["info", "warning", "error"]
    assert severity_class(None) == "ok"


def test_a_rows_mark_and_text_sit_by_its_depth_and_number() -> None:
    from planlint.reporters.strategy_map import _row_frame

    mark, text = _row_frame(1, 2)
    assert mark == '<rect class="mark" x="22" y="95" width="10" height="10" rx="2"/>'
    assert text == '<text class="row-text" x="37" y="104">'


def test_a_cards_outline_is_as_tall_as_its_rows() -> None:
    from planlint.reporters.strategy_map import _card_box, card_height

    assert card_height(0) == 56.0
    assert card_height(3) == 56.0 + 3 * 18.0 + 8.0
    assert _card_box(3) == '<rect class="box" width="240" height="118" rx="6"/>'
