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


def _wrap_word_by_word(text: str, limit: int, lines: int) -> list[str]:
    """:func:`wrap` as it was first written, a word at a time: the reference."""
    from planlint.reporters.strategy_map import clip

    words = text.split()
    result: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= limit or not current:
            current = candidate
            continue
        result.append(current)
        current = word
        if len(result) == lines:
            break
    if current and len(result) < lines:
        result.append(current)
    if len(" ".join(result)) < len(" ".join(words)) and result:
        result[-1] = clip(result[-1], limit - 1) + ("" if result[-1].endswith("…") else "…")
    return [clip(line, limit) for line in result] or [""]


def test_titles_wrap_as_word_by_word_filling_does() -> None:
    import random

    from planlint.reporters.strategy_map import wrap

    rng = random.Random(17)
    pieces = ["a", "bc", "…", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "word", "é", "-"]
    for _ in range(20_000):
        text = ("".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
                if rng.random() < 0.5 else
                " ".join("w" * rng.randint(1, 14) for _ in range(rng.randint(0, 8))))
        limit, lines = rng.randint(2, 16), rng.randint(1, 3)
        assert wrap(text, limit, lines) == _wrap_word_by_word(text, limit, lines), (
            text, limit, lines)
    assert wrap("Grow recurring revenue in every region we serve", 31, 2) == [
        "Grow recurring revenue in every", "region we serve"]


def test_an_item_on_several_cards_is_anchored_on_the_first_only() -> None:
    strategy = StrategyMap(load_plan(
        "goals:\n  - {id: G1, metrics: [M]}\n  - {id: G2, metrics: [M]}\n"
        "metrics:\n  - {id: M, title: Shared}\n"), [])
    svg = strategy.svg()
    assert svg.count('id="map-M"') == 1
    assert svg.count('data-id="M"') == 2
    assert svg.count("<title>metric M: Shared (no findings)</title>") == 2
    assert strategy.svg() == svg  # drawn again, anchored again


def test_items_sharing_an_id_keep_their_own_labels() -> None:
    """A plan made through the API may hold two items of one id (loading keeps one)."""
    from planlint.model import Metric, PlanInfo
    from planlint.plan import Plan

    strategy = StrategyMap(Plan(PlanInfo(), [Metric(id="M", title="First"),
                                             Metric(id="M", title="Second")], [], [], []), [])
    svg = strategy.svg()
    assert svg.count('id="map-M"') == 1
    assert "<title>metric M: First (no findings)</title>" in svg
    assert "<title>metric M: Second (no findings)</title>" in svg
