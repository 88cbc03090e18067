"""The strategy map: goals in their cascade, drawn as SVG.

Each goal is a card in the column of its cascade depth (top-level goals leftmost),
beside its parent, linked to it and to any further goal it is ``also_aligned_to``;
``drives`` links (cause and effect) are dashed arrows. Columns keep
a plan of hundreds of goals readable at full size: it grows down the page, not off its
side. A card lists the goal's metrics, the initiatives that support it and the budget
lines that fund them or the goal. Metrics, initiatives and budgets linked to no goal get
cards of their own, in columns right of the cascade. Every goal card and item row is
coloured by its worst finding and links to its findings.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from planlint.finding import Finding, Severity
from planlint.model import Budget, Goal, Initiative, Item, Metric
from planlint.plan import Plan
from planlint.reporters import worst
from planlint.reporters.escaping import escape
from planlint.reporters.layout import Layout, layered_layout
from planlint.reporters.neutral import html as plain

CARD_WIDTH = 240.0
#: The most an arc between goals of one column bends away from them.
ARC_LIFT = 56.0
HEADER = 48.0
ROW = 18.0
PADDING = 8.0
#: The gap between columns (cascade levels), where the links run.
COLUMN_GAP = 96.0
#: Loose cards (items linked to no goal) per column, right of the cascade.
LOOSE_PER_COLUMN = 12
#: Characters of a title that fit on one line of a card, and of a row.
TITLE_CHARS = 31
ROW_CHARS = 29
_SAFE = re.compile(r"[A-Za-z0-9._-]*")
SEVERITY_CLASS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"}


def anchor(prefix: str, item_id: str) -> str:
    """An HTML id for an item: ``prefix`` then the id, any character outside
    ``[A-Za-z0-9._-]`` spelt out so that different ids never share an anchor."""
    return f"{prefix}-{anchor_id(item_id)}"


def anchor_id(item_id: str) -> str:
    """The part of an item's anchors after the prefix (see :func:`anchor`): worked out
    once for an item that has two anchors, in the map and among the findings."""
    # most ids: nothing to spell out; one of letters and digits alone needs no pattern
    if (item_id.isalnum() and item_id.isascii()) or _SAFE.fullmatch(item_id):
        return item_id
    return "".join(char if char.isascii() and (char.isalnum() or char in "._-")
                   else f"~{ord(char):x}~" for char in item_id)


def node_anchor(item_id: str) -> str:
    """Where an item stands in the map."""
    return anchor("map", item_id)


def findings_anchor(item_id: str) -> str:
    """Where an item's findings are listed."""
    return anchor("item", item_id)


def severity_class(severity: Severity | None) -> str:
    return SEVERITY_CLASS[severity] if severity is not None else "ok"


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap(text: str, limit: int, lines: int) -> list[str]:
    """``text`` on at most ``lines`` lines of ``limit`` characters, cut with an ellipsis.

    Each line takes as many words as fit (a first word longer than a line alone): the
    words up to the last space within ``limit`` characters of its start, found in one
    search of the text with its whitespace made single spaces."""
    rest = " ".join(text.split())
    result: list[str] = []
    while rest and len(result) < lines:
        cut = len(rest) if len(rest) <= limit else rest.rfind(" ", 0, limit + 1)
        if cut < 0:  # the first word is longer than a line
            cut = rest.find(" ")
            if cut < 0:
                cut = len(rest)
        result.append(rest[:cut])
        rest = rest[cut + 1:]
    if rest and result:  # cut short
        result[-1] = clip(result[-1], limit - 1) + ("" if result[-1].endswith("…") else "…")
    return [clip(line, limit) for line in result] or [""]


@dataclass
class Row:
    """An item listed on a card: a metric, an initiative or a budget line."""

    item: Item
    depth: int = 0


@dataclass
class Card:
    """A node of the map: a goal, or an item linked to no goal, with its rows."""

    item: Item
    rows: list[Row] = field(default_factory=list)

    @property
    def height(self) -> float:
        return card_height(len(self.rows))


def card_height(rows: int) -> float:
    """How tall a card of ``rows`` rows is drawn."""
    return HEADER + PADDING + rows * ROW + (PADDING if rows else 0)


class StrategyMap:
    """The map of one plan, coloured by the findings of one report."""

    def __init__(self, plan: Plan, findings: Sequence[Finding]) -> None:
        self.plan = plan
        by_node: dict[str, list[Finding]] = {}
        for finding in findings:
            by_node.setdefault(finding.node, []).append(finding)
        self.by_node = by_node
        #: Each item's colour: the class of its worst finding ("ok" for none).
        self.levels = {node: severity_class(worst(found)) for node, found in by_node.items()}
        self.placed: set[str] = set()
        #: Each item drawn so far, by id: the item, its label and its link (:meth:`_link`).
        self._links: dict[str, tuple[Item, str, str]] = {}
        self.layers = self._layers()
        self.cards = {goal.id: self._card(goal) for layer in self.layers for goal in layer}
        self.loose = self._loose()
        edges = [(above, goal.id) for layer in self.layers for goal in layer
                 for above in (dict.fromkeys((goal.parent, *goal.also_aligned_to))
                               if goal.also_aligned_to else (goal.parent,))
                 if above in self.cards and self.depth[above] < self.depth[goal.id]]
        self.drives = list(dict.fromkeys(
            (goal.id, target.id) for goal in plan.goals if goal.id in self.cards
            for target in plan.refs(goal, "drives", Goal) if target.id != goal.id))
        self.layout: Layout = layered_layout(
            [[goal.id for goal in layer] for layer in self.layers],
            [*edges, *((a, b) for a, b in self.drives if self.depth[a] != self.depth[b])],
            {card.item.id: (CARD_WIDTH, card.height) for card in self.cards.values()},
            direction="right", gap=16.0, layer_gap=COLUMN_GAP)
        self.parent_edges = edges

    # -- structure ----------------------------------------------------------------------

    def _layers(self) -> list[list[Goal]]:
        """Goals by cascade depth, each layer in depth-first order of the cascade.

        A goal whose parent is missing, or not a goal, starts a cascade; a loop of
        parents is entered at its first goal in file order.
        """
        goals = self.plan.goals
        children: dict[str, list[Goal]] = {}
        roots: list[Goal] = []
        for goal in goals:
            parent = self.plan.ref(goal, "parent", Goal)
            if parent is None:
                roots.append(goal)
            else:
                children.setdefault(parent.id, []).append(goal)
        self.depth: dict[str, int] = {}
        layers: list[list[Goal]] = []

        def visit(root: Goal) -> None:
            stack = [(root, 0)]
            while stack:
                goal, depth = stack.pop()
                if goal.id in self.depth:
                    continue
                self.depth[goal.id] = depth
                while len(layers) <= depth:
                    layers.append([])
                layers[depth].append(goal)
                stack.extend((child, depth + 1)
                             for child in reversed(children.get(goal.id, [])))

        for goal in roots:
            visit(goal)
        for goal in goals:  # goals in a loop of parents, or under one
            if goal.id not in self.depth:
                visit(goal)
        return layers

    def _card(self, goal: Goal) -> Card:
        """A goal's card: its metrics, the initiatives that support it (each with the
        budget lines that fund it) and the budget lines that fund the goal, each listed
        once at its level (a budget line may show under an initiative and at the top)."""
        card = Card(goal)
        rows = card.rows
        listed: set[str] = set()  # ids listed at the top level
        for metric in self.plan.refs(goal, "metrics", Metric):
            if metric.id not in listed:
                listed.add(metric.id)
                rows.append(Row(metric))
        for initiative in self.plan.referrers(goal, "supports", Initiative):
            if initiative.id not in listed:
                listed.add(initiative.id)
                rows.append(Row(initiative))
                funding: set[str] = set()
                for budget in self.plan.referrers(initiative, "funds", Budget):
                    if budget.id not in funding:
                        funding.add(budget.id)
                        rows.append(Row(budget, 1))
        for budget in self.plan.referrers(goal, "funds", Budget):
            if budget.id not in listed:
                listed.add(budget.id)
                rows.append(Row(budget))
        return card

    def _loose(self) -> list[Card]:
        shown = {row.item.id for card in self.cards.values() for row in card.rows}
        loose: list[Card] = []
        for metric in self.plan.metrics:
            if metric.id not in shown:
                loose.append(Card(metric))
        for initiative in self.plan.initiatives:
            if initiative.id not in shown:
                budgets = self.plan.referrers(initiative, "funds", Budget)
                loose.append(Card(initiative, [Row(budget) for budget in budgets]))
                shown.update(budget.id for budget in budgets)
        for budget in self.plan.budgets:
            if budget.id not in shown:
                loose.append(Card(budget))
        return loose

    # -- drawing ------------------------------------------------------------------------

    def _link(self, item: Item) -> tuple[str, str]:
        """An item's label and its ``<a>``, to its findings when it has some, with its
        tooltip (kind, id, label and up to five findings); the first place an item is
        drawn also carries its map anchor. Both are made once per item: a metric that
        several goals share is listed on each of their cards."""
        item_id = item.id
        known = self._links.get(item_id)
        if known is not None and known[0] is item:  # drawn before: no anchor again
            return known[1], known[2]
        label = item.label
        safe = anchor_id(item_id)
        if item_id in self.placed:
            place = ""
        else:
            self.placed.add(item_id)
            place = f' id="map-{safe}"'  # node_anchor(item_id)
        found = self.by_node.get(item_id)
        if found:
            href = f' href="#item-{safe}"'  # to findings_anchor(item_id)
            status = (f"{len(found)} finding{'' if len(found) == 1 else 's'}: "
                      + "; ".join([f"{f.code} {f.message}" for f in found[:5]]))
        else:
            href, status = "", "no findings"
        rest = (f' data-id="{escape(item_id)}" data-kind="{item.kind}"{href}>\n'
                f"<title>{plain(f'{item.kind} {item_id}: {label} ({status})')}</title>")
        self._links[item_id] = (item, label, "<a" + rest)
        return label, f"<a{place}{rest}"

    def _row_text(self, item: Item, label: str) -> str:
        if isinstance(item, Budget) and item.amount is not None:
            money = f"{item.amount:,.0f}" if math.isfinite(item.amount) else str(item.amount)
            return f"{item.id} {item.currency or ''} {money}".replace("  ", " ")
        return f"{item.id} {label}" if label != item.id else item.id

    def _draw_card(self, card: Card, x: float, y: float) -> list[str]:
        """A card's SVG elements."""
        item = card.item
        levels = self.levels
        label, link = self._link(item)
        parts = [f'<g class="card {levels.get(item.id, "ok")}" '
                 f'transform="translate({x:.1f},{y:.1f})">',
                 link,
                 _card_box(len(card.rows)),
                 f"{_KIND_OPEN}{item.kind} {plain(item.id)}</text>"]
        for title_open, text in zip(_TITLE_OPEN, wrap(label, TITLE_CHARS, 2), strict=False):
            parts.append(f"{title_open}{plain(text)}</text>")
        parts.append("</a>")
        for number, row in enumerate(card.rows):
            listed = row.item
            row_label, link = self._link(listed)
            text = clip(f"{listed.kind[0].upper()} {self._row_text(listed, row_label)}",
                        ROW_CHARS - row.depth * 2)
            mark, text_open = _row_frame(row.depth, number)
            parts.append(f'<g class="row {levels.get(listed.id, "ok")}">\n'
                         f"{link}\n{mark}\n{text_open}{escape(text)}</text>\n</a></g>")
        parts.append("</g>")
        return parts

    def _paths(self) -> Iterator[str]:
        layout = self.layout
        for parent, child in self.parent_edges:
            yield f'<path class="edge" d="{_curve(layout.routes[parent, child])}"/>'
        for source, target in self.drives:
            yield (f'<path class="drives" d="{self._drive_path(source, target)}" '
                   'marker-end="url(#arrow)"/>')

    def _drive_path(self, source: str, target: str) -> str:
        routes = self.layout.routes
        if (source, target) in routes:
            return _curve(routes[source, target])
        if (target, source) in routes:
            return _curve(list(reversed(routes[target, source])))
        # one column: an arc left of the cards, within the gap before the column
        a, b = self.layout.boxes[source], self.layout.boxes[target]
        (ax, ay), (bx, by) = (a.x, a.centre[1]), (b.x, b.centre[1])
        bend = min(ARC_LIFT, 16 + abs(ay - by) / 20)
        return (f"M{ax:.1f},{ay:.1f} C{ax - bend:.1f},{ay:.1f} {bx - bend:.1f},{by:.1f} "
                f"{bx:.1f},{by:.1f}")

    def _headings(self, margin: float) -> Iterator[str]:
        columns: dict[int, float] = {}
        for goal_id, box in self.layout.boxes.items():
            columns.setdefault(self.depth[str(goal_id)], box.x)
        for depth, x in sorted(columns.items()):
            label = "Top-level goals" if depth == 0 else f"Goals, level {depth + 1}"
            yield (f'<text class="band" x="{x + margin:.0f}" y="{margin - 12:.0f}">'
                   f"{label}</text>")

    def svg(self) -> str:
        """The map as an ``<svg>`` element."""
        return "\n".join(self.svg_lines())

    def svg_lines(self) -> list[str]:
        """The lines of :meth:`svg`, not yet joined: a page can take them as they are."""
        self.placed = set()
        self._links = {}
        margin = 16.0 + ARC_LIFT
        layout = self.layout
        parts: list[str] = [*self._headings(margin)]
        for goal_id, box in layout.boxes.items():
            parts.extend(self._draw_card(self.cards[str(goal_id)], box.x + margin,
                                         box.y + margin))
        width, height = layout.width, layout.height
        if self.loose:
            left = width + (COLUMN_GAP if layout.boxes else 0)
            parts.append(f'<text class="band" x="{left + margin:.0f}" y="{margin - 12:.0f}">'
                         "Not linked to any goal</text>")
            for start in range(0, len(self.loose), LOOSE_PER_COLUMN):
                top = 0.0
                for card in self.loose[start:start + LOOSE_PER_COLUMN]:
                    parts.extend(self._draw_card(card, left + margin, top + margin))
                    top += card.height + 16
                height = max(height, top - 16)
                left += CARD_WIDTH + 24
            width = left - 24
        total_width, total_height = width + 2 * margin, height + 2 * margin
        return [
            f'<svg xmlns="http://www.w3.org/2000/svg" id="strategy-map" role="img" '
            f'aria-label="Strategy map" viewBox="0 0 {total_width:.0f} {total_height:.0f}" '
            f'width="{total_width:.0f}" height="{total_height:.0f}" '
            f'data-width="{total_width:.0f}" data-height="{total_height:.0f}">',
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" '
            'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            '<path d="M0,0 L10,5 L0,10 z"/></marker></defs>',
            f'<g transform="translate({margin:.0f},{margin:.0f})">', *self._paths(), "</g>",
            *parts, "</svg>"]


#: The start of a card's kind-and-id line, and of each of its (at most two) title lines.
_KIND_OPEN = f'<text class="kind" x="{PADDING:.0f}" y="15">'
_TITLE_OPEN = tuple(f'<text class="title" x="{PADDING:.0f}" y="{31 + number * 14}">'
                    for number in range(2))


@cache
def _card_box(rows: int) -> str:
    """The outline of a card of ``rows`` rows: the same few sizes in every map."""
    return (f'<rect class="box" width="{CARD_WIDTH:.0f}" '
            f'height="{card_height(rows):.0f}" rx="6"/>')


@cache
def _row_frame(depth: int, number: int) -> tuple[str, str]:
    """The mark of a card's row ``number`` (from 0) at ``depth``, and the start of its
    text: the same few in every card, so each is formatted once."""
    indent = PADDING + depth * 14
    row_y = HEADER + PADDING + number * ROW
    return (f'<rect class="mark" x="{indent:.0f}" y="{row_y + 3:.0f}" width="10" '
            'height="10" rx="2"/>',
            f'<text class="row-text" x="{indent + 15:.0f}" y="{row_y + 12:.0f}">')


def _curve(points: list[tuple[float, float]]) -> str:
    """A smooth path through ``points`` (left to right), level where it meets each
    (each coordinate formatted once: a point's ``y`` is written twice)."""
    xs = [f"{x:.1f}" for x, _ in points]
    ys = [f"{y:.1f}" for _, y in points]
    path = [f"M{xs[0]},{ys[0]}"]
    for end in range(1, len(points)):
        middle = f"{(points[end - 1][0] + points[end][0]) / 2:.1f}"
        path.append(f"C{middle},{ys[end - 1]} {middle},{ys[end]} {xs[end]},{ys[end]}")
    return " ".join(path)
