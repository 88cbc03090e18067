"""A layered (Sugiyama-style) graph layout, written for the strategy map.

The caller gives each node its layer and its size, and the edges between nodes of
different layers. The layout then

1. splits every edge that spans several layers with virtual nodes, one per layer
   crossed, so each edge joins neighbouring layers;
2. orders each layer to reduce edge crossings: starting from the caller's order, sweeps
   down and up move each node to the barycentre (mean position) of its neighbours in
   the layer just swept, keeping a sweep only while it lowers the crossing count;
3. places nodes horizontally as close as it can to their neighbours (parents over the
   middle of their children), never closer together than their widths and a gap allow:
   a least-squares fit under order constraints, solved exactly by pooling adjacent
   violators;
4. stacks the layers, each as deep as its deepest node: top to bottom, or left to
   right (``direction="right"``, where a layer is a column).

Everything is linear or ``n log n`` per sweep in the nodes and virtual nodes, which are
at most :data:`MAX_VIRTUAL`, so a plan with hundreds of goals lays out at once and a
cascade thousands of levels deep in seconds.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

_fast: Any
try:
    from planlint.reporters import _fastlayout as _fast
except ImportError:  # built without a C compiler: the same sweeps in Python
    _fast = None

#: Sweeps of crossing reduction (a down and an up sweep each) and of placement.
ORDER_SWEEPS = 4
PLACE_SWEEPS = 4
#: The most virtual nodes a layout adds: edges are split in the order given until then,
#: and any longer edge after that is drawn straight and leaves the placement alone, so
#: a plan of long edges across a deep cascade lays out in linear time.
MAX_VIRTUAL = 20_000


@dataclass(frozen=True, slots=True)
class Box:
    """Where a node ended up: its top-left corner and its size."""

    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.width / 2, self.y + self.height / 2)

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def transposed(self) -> Box:
        return Box(self.y, self.x, self.height, self.width)


@dataclass
class Layout:
    """The result: a box per node, the route of each edge (points from the upper end
    to the lower end, through its virtual nodes), and the size of the drawing."""

    boxes: dict[Hashable, Box] = field(default_factory=dict)
    routes: dict[tuple[Hashable, Hashable], list[tuple[float, float]]] = field(
        default_factory=dict)
    width: float = 0.0
    height: float = 0.0
    crossings: int = 0


@dataclass(frozen=True, slots=True)
class _Virtual:
    """A point an edge passes through in a layer it crosses."""

    edge: int
    layer: int


def crossings(upper: Sequence[Hashable], lower: Sequence[Hashable],
              edges: Sequence[tuple[Hashable, Hashable]]) -> int:
    """How many of ``edges`` (upper node, lower node) cross between two ordered layers."""
    up = {node: index for index, node in enumerate(upper)}
    down = {node: index for index, node in enumerate(lower)}
    ends = sorted((up[a], down[b]) for a, b in edges if a in up and b in down)
    seen: list[int] = []
    count = 0
    for _, position in ends:
        index = bisect_right(seen, position)
        count += len(seen) - index
        seen.insert(index, position)
    return count


def _pav(desired: list[float], offsets: list[float]) -> list[float]:
    """Positions closest (least squares) to ``desired`` with ``x[i+1] - x[i] >=
    offsets[i+1] - offsets[i]``: isotonic regression of ``desired - offsets``."""
    # the blocks as parallel stacks of sums and counts, and each block's mean kept
    totals: list[float] = []
    counts: list[int] = []
    means: list[float] = []
    for value, offset in zip(desired, offsets, strict=True):
        total, count = value - offset, 1
        mean = total
        while means and means[-1] > mean:
            total += totals.pop()
            count += counts.pop()
            means.pop()
            mean = total / count
        totals.append(total)
        counts.append(count)
        means.append(mean)
    fitted: list[float] = []
    for mean, count in zip(means, counts, strict=True):
        fitted.extend([mean] * count)
    return [value + offset for value, offset in zip(fitted, offsets, strict=True)]


def _barycentre(position: dict[Hashable, int], neighbours: list[Hashable],
                index: int) -> float:
    """The mean position of those of ``neighbours`` in ``position``; ``index`` (the
    node's own place) when none are."""
    linked = [position[other] for other in neighbours if other in position]
    return sum(linked) / len(linked) if linked else float(index)


class _Layering:
    """The working state: layers of real and virtual nodes and their links."""

    def __init__(self, layers: Sequence[Sequence[Hashable]],
                 edges: Sequence[tuple[Hashable, Hashable]]) -> None:
        self.layer_of: dict[Hashable, int] = {}
        self.order: list[list[Hashable]] = [list(layer) for layer in layers]
        for number, layer in enumerate(self.order):
            for node in layer:
                self.layer_of[node] = number
        self.up: dict[Hashable, list[Hashable]] = defaultdict(list)
        self.down: dict[Hashable, list[Hashable]] = defaultdict(list)
        self.chains: dict[tuple[Hashable, Hashable], list[Hashable]] = {}
        self.virtual = 0  # virtual nodes added so far
        for number, (a, b) in enumerate(edges):
            self._add_edge(number, a, b)

    def _add_edge(self, number: int, a: Hashable, b: Hashable) -> None:
        top, bottom = self.layer_of[a], self.layer_of[b]
        if top == bottom:
            return
        if top > bottom:
            a, b, top, bottom = b, a, bottom, top
        if bottom - top > 1 and self.virtual + bottom - top - 1 > MAX_VIRTUAL:
            self.chains[a, b] = [a, b]  # drawn straight, outside the layering
            return
        self.virtual += max(bottom - top - 1, 0)
        chain: list[Hashable] = [a]
        for layer in range(top + 1, bottom):
            virtual = _Virtual(number, layer)
            self.layer_of[virtual] = layer
            self.order[layer].append(virtual)
            chain.append(virtual)
        chain.append(b)
        for upper, lower in itertools.pairwise(chain):
            self.down[upper].append(lower)
            self.up[lower].append(upper)
        self.chains[a, b] = chain

    def links(self, layer: int) -> list[tuple[Hashable, Hashable]]:
        """The edge segments from ``layer`` to the layer below it."""
        return [(node, lower) for node in self.order[layer] for lower in self.down[node]]

    def total_crossings(self) -> int:
        return sum(crossings(self.order[n], self.order[n + 1], self.links(n))
                   for n in range(len(self.order) - 1))

    def _sweep(self, downward: bool) -> None:
        numbers = range(1, len(self.order)) if downward else range(len(self.order) - 2, -1, -1)
        for number in numbers:
            reference = self.order[number - 1 if downward else number + 1]
            position = {node: index for index, node in enumerate(reference)}
            neighbours = self.up if downward else self.down
            layer = self.order[number]
            keys = [_barycentre(position, neighbours[node], index)
                    for index, node in enumerate(layer)]
            self.order[number] = [layer[index]
                                  for index in sorted(range(len(layer)), key=keys.__getitem__)]

    def reduce_crossings(self) -> int:
        if _fast is not None:
            return self._reduce_crossings_in_c()
        best = [list(layer) for layer in self.order]
        fewest = self.total_crossings()
        for sweep in range(ORDER_SWEEPS * 2):
            if fewest == 0:
                break
            self._sweep(downward=sweep % 2 == 0)
            count = self.total_crossings()
            if count < fewest:
                fewest, best = count, [list(layer) for layer in self.order]
        self.order = best
        return fewest

    def _reduce_crossings_in_c(self) -> int:
        """:meth:`reduce_crossings` by ``_fastlayout``, on the nodes numbered: the same
        sweeps and counts, to the same order (a tenth of the time at 20,000 items)."""
        nodes = [node for layer in self.order for node in layer]
        number = {node: index for index, node in enumerate(nodes)}.__getitem__
        up, down = self.up, self.down
        fewest, order = _fast.reduce_crossings(
            [list(map(number, layer)) for layer in self.order],
            [list(map(number, up[node])) if node in up else [] for node in nodes],
            [list(map(number, down[node])) if node in down else [] for node in nodes],
            ORDER_SWEEPS)
        self.order = [[nodes[index] for index in layer] for layer in order]
        return int(fewest)


def layered_layout(layers: Sequence[Sequence[Hashable]],
                   edges: Sequence[tuple[Hashable, Hashable]],
                   sizes: dict[Hashable, tuple[float, float]], *,
                   direction: str = "down", gap: float = 24.0, layer_gap: float = 64.0,
                   virtual_size: float = 12.0) -> Layout:
    """Lay out nodes given in ``layers`` (first layer first, each in a preferred order).

    ``edges`` join nodes of different layers (edges within one layer are left to the
    caller to draw); ``sizes`` give each node's width and height. Layers run top to
    bottom (``direction="down"``) or left to right (``"right"``). Each route runs from
    the end of the edge in the earlier layer to the end in the later one.
    """
    across = direction == "right"
    state = _Layering(layers, edges)
    fewest = state.reduce_crossings()

    def extent(node: Hashable) -> float:
        if isinstance(node, _Virtual):
            return virtual_size
        width, height = sizes[node]
        return height if across else width

    # each node's breadth once: placing the layers asks for it again in every sweep
    breadth = {node: extent(node) for layer in state.order for node in layer}.__getitem__

    def depth(node: Hashable) -> float:
        width, height = sizes[node]
        return width if across else height

    position: dict[Hashable, float] = {}
    for layer in state.order:
        cursor = 0.0
        for node in layer:
            position[node] = cursor + breadth(node) / 2
            cursor += breadth(node) + gap

    def spacing(layer: list[Hashable]) -> list[float]:
        """Each node's least offset from the layer's first: the layer's order, and so
        this, stays the same in every sweep."""
        offsets = [0.0]
        for first, second in itertools.pairwise(layer):
            offsets.append(offsets[-1] + (breadth(first) + breadth(second)) / 2 + gap)
        return offsets

    def place(layer: list[Hashable], neighbours: dict[Hashable, list[Hashable]],
              offsets: list[float]) -> None:
        if not layer:
            return
        at = position.__getitem__
        desired = [sum(map(at, linked)) / len(linked) if (linked := neighbours[node])
                   else at(node) for node in layer]
        position.update(zip(layer, _pav(desired, offsets), strict=True))

    offsets = [spacing(layer) for layer in state.order]
    for _ in range(PLACE_SWEEPS):
        for number in range(1, len(state.order)):
            place(state.order[number], state.up, offsets[number])
        for number in reversed(range(len(state.order) - 1)):
            place(state.order[number], state.down, offsets[number])

    # Boxes in layer coordinates: x along the layer, y across layers; turned at the end.
    boxes: dict[Hashable, Box] = {}
    layout = Layout(crossings=fewest)
    if position:
        shift = -min(position[node] - breadth(node) / 2 for node in position)
        top = 0.0
        for layer in state.order:
            deepest = max((depth(node) for node in layer if not isinstance(node, _Virtual)),
                          default=0.0)
            for node in layer:
                size = breadth(node)
                tall = deepest if isinstance(node, _Virtual) else depth(node)
                boxes[node] = Box(position[node] + shift - size / 2, top, size, tall)
            top += deepest + layer_gap
        layout.width = max(box.right for box in boxes.values())
        layout.height = max(top - layer_gap, 0.0)
    for (a, b), chain in state.chains.items():
        points = [(boxes[a].centre[0], boxes[a].bottom)]
        points.extend(boxes[virtual].centre for virtual in chain[1:-1])
        points.append((boxes[b].centre[0], boxes[b].y))
        layout.routes[a, b] = [(y, x) for x, y in points] if across else points
    layout.boxes = {node: box.transposed() if across else box for node, box in boxes.items()
                    if not isinstance(node, _Virtual)}
    if across:
        layout.width, layout.height = layout.height, layout.width
    return layout
