"""The layered layout: no overlaps, parents beside their children, fewer crossings."""

from __future__ import annotations

import random
from collections.abc import Hashable
from itertools import pairwise

import pytest

from planlint.reporters import layout as layout_module
from planlint.reporters.layout import MAX_VIRTUAL, crossings, layered_layout


def test_crossings_are_counted() -> None:
    assert crossings(["a", "b"], ["c", "d"], [("a", "c"), ("b", "d")]) == 0
    assert crossings(["a", "b"], ["c", "d"], [("a", "d"), ("b", "c")]) == 1
    assert crossings(["a", "b", "c"], ["x", "y", "z"],
                     [("a", "z"), ("b", "y"), ("c", "x")]) == 3


def test_ordering_removes_avoidable_crossings() -> None:
    layers: list[list[Hashable]] = [["a", "b"], ["c", "d", "e", "f"]]
    edges: list[tuple[Hashable, Hashable]] = [("a", "d"), ("a", "f"), ("b", "c"), ("b", "e")]
    sizes = {node: (40.0, 20.0) for layer in layers for node in layer}
    layout = layered_layout(layers, edges, sizes)
    assert layout.crossings == 0
    xs = {node: layout.boxes[node].x for node in sizes}
    assert max(xs["d"], xs["f"]) < min(xs["c"], xs["e"]) or \
        max(xs["c"], xs["e"]) < min(xs["d"], xs["f"])


def test_boxes_never_overlap_and_parents_sit_between_children() -> None:
    layers: list[list[Hashable]] = [["p"], ["c1", "c2", "c3"], ["g1", "g2"]]
    edges: list[tuple[Hashable, Hashable]] = [("p", "c1"), ("p", "c2"), ("p", "c3"),
                                              ("c3", "g1"), ("c3", "g2")]
    sizes = {node: (50.0, 30.0) for layer in layers for node in layer}
    layout = layered_layout(layers, edges, sizes, gap=10.0)
    for layer in layers:
        boxes = sorted((layout.boxes[node] for node in layer), key=lambda box: box.x)
        assert all(a.right + 10.0 <= b.x + 1e-6 for a, b in pairwise(boxes))
    parent, children = layout.boxes["p"], [layout.boxes[c] for c in ("c1", "c2", "c3")]
    centre = sum(child.centre[0] for child in children) / 3
    assert abs(parent.centre[0] - centre) < 1.0
    assert layout.boxes["c1"].y == layout.boxes["c3"].y > layout.boxes["p"].bottom


def test_long_edges_route_through_each_layer_and_columns_turn_the_layout() -> None:
    layers: list[list[Hashable]] = [["a"], ["b"], ["c"]]
    sizes = {node: (60.0, 20.0) for node in "abc"}
    layout = layered_layout(layers, [("a", "b"), ("a", "c")], sizes, direction="right",
                            layer_gap=30.0)
    assert [layout.boxes[n].x for n in "abc"] == [0.0, 90.0, 180.0]
    route = layout.routes["a", "c"]
    assert len(route) == 3 and route[0][0] == 60.0 and route[-1][0] == 180.0
    assert layout.width == 240.0


def test_past_the_budget_of_virtual_nodes_long_edges_are_drawn_straight() -> None:
    depth = 300
    layers: list[list[Hashable]] = [[f"D{n}" for n in range(100)], *([f"G{n}"]
                                                                    for n in range(1, depth))]
    edges: list[tuple[Hashable, Hashable]] = [(f"D{n}", f"G{depth - 1}") for n in range(100)]
    sizes = {node: (10.0, 10.0) for layer in layers for node in layer}
    layout = layered_layout(layers, edges, sizes)
    split = [len(layout.routes[edge]) for edge in edges]
    budget = MAX_VIRTUAL // (depth - 2)  # edges split before the budget runs out
    assert split == [depth] * budget + [2] * (100 - budget)
    assert len(layout.boxes) == 100 + depth - 1


def _pav_reference(desired: list[float], offsets: list[float]) -> list[float]:
    """Pooling adjacent violators as blocks of [sum, count], the plain way."""
    blocks: list[list[float]] = []
    for value, offset in zip(desired, offsets, strict=True):
        blocks.append([value - offset, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    fitted: list[float] = []
    for total, count in blocks:
        fitted.extend([total / count] * int(count))
    return [value + offset for value, offset in zip(fitted, offsets, strict=True)]


def test_placement_pools_violators_exactly_as_the_plain_way() -> None:
    from random import Random

    from planlint.reporters.layout import _pav

    rng = Random(7)
    for size in (1, 2, 5, 40, 300):
        desired = [rng.uniform(-500, 500) for _ in range(size)]
        offsets = [0.0]
        for _ in range(size - 1):
            offsets.append(offsets[-1] + rng.choice((12.0, 36.5, 100.0)) + 16.0)
        assert _pav(desired, offsets) == _pav_reference(desired, offsets)
    assert _pav([10.0, 0.0], [0.0, 10.0]) == [0.0, 10.0]


def test_barycentre_is_the_mean_of_placed_neighbours_else_the_own_place() -> None:
    from planlint.reporters.layout import _barycentre

    assert _barycentre({"a": 0, "b": 3}, ["a", "b", "c"], 7) == 1.5
    assert _barycentre({"a": 0}, ["c"], 7) == 7.0


def test_crossing_reduction_in_c_orders_as_the_python_sweeps(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``_fastlayout`` (when built) finds the same order and count as the Python code,
    on random layerings: repeated, skipping and same-layer edges, ties and empty layers."""
    if layout_module._fast is None:
        pytest.skip("_fastlayout is not built")
    rng = random.Random(17)
    for _ in range(400):
        layers: list[list[Hashable]] = []
        for number in range(rng.randint(0, 6)):
            layers.append([f"{number}.{index}" for index in range(rng.randint(0, 30))])
        flat = [node for layer in layers for node in layer]
        edges = [(rng.choice(flat), rng.choice(flat))
                 for _ in range(rng.randint(0, 3 * len(flat)))] if flat else []
        found = []
        for fast in (layout_module._fast, None):
            monkeypatch.setattr(layout_module, "_fast", fast)
            state = layout_module._Layering(layers, edges)
            found.append((state.reduce_crossings(), state.order))
        monkeypatch.undo()
        assert found[0] == found[1]
