"""Questions an editor asks of a checked plan: what id stands at a place, where it is
defined, what names it, what it is (a hover), and the outline of a file.

Places are :class:`~planlint.finding.Location` s as findings have them (lines and
columns from 1, the end column just past the last character); the protocol layer turns
them into the editor's ranges.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from planlint.finding import Location
from planlint.model import REFERENCES, Goal, Initiative, Item, Node, Waiver
from planlint.plan import Edge, Plan
from planlint.positions import SourceFile
from planlint.wording import joined

#: Fields a hover shows beside the owner, when the item has them.
_FACTS = ("status", "priority", "due", "start", "end", "cadence", "amount", "channel")
#: How many items a hover lists for one link before it says how many more there are.
_LISTED = 8


@dataclass(frozen=True)
class Spot:
    """An id written in a plan file: an item's own (``edge`` is ``None``) or a reference
    to one; ``item`` is the item it names, if the plan defines one."""

    target: str
    location: Location
    item: Item | None
    edge: Edge | None = None


@dataclass
class Symbol:
    """An entry of a file's outline: a section, the plan, or an item with the items
    defined inside it (a goal's inline metrics)."""

    name: str
    detail: str
    kind: str
    location: Location
    selection: Location
    children: list[Symbol] = field(default_factory=list)


def written(source: SourceFile, where: Location, word: str) -> Location:
    """Where ``word`` is written inside ``where``: its last occurrence, since a value
    follows its key (``owner: jdoe``); ``where`` itself when it is not found."""
    if where.line is None or where.column is None or where.end_line is None \
            or where.end_column is None:
        return where
    for number in range(where.end_line, where.line - 1, -1):
        text = source.line_text(number)
        start = where.column - 1 if number == where.line else 0
        stop = where.end_column - 1 if number == where.end_line else len(text)
        at = text.rfind(word, start, stop)
        if at >= 0:
            return Location(where.file, number, at + 1, number, at + 1 + len(word))
    return where


def contains(where: Location, line: int, column: int) -> bool:
    """Whether the character at ``line``:``column`` lies in ``where`` (or just after it,
    where a cursor stands at the end of a word)."""
    if where.line is None or where.column is None or where.end_line is None \
            or where.end_column is None:
        return False
    return (where.line, where.column) <= (line, column) <= (where.end_line, where.end_column)


class PlanIndex:
    """A checked plan, indexed for the editor's questions: the ids written in each file
    and the references that name each item, built on first use."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @cached_property
    def naming(self) -> dict[str, list[Edge]]:
        """The references that name each id."""
        found: dict[str, list[Edge]] = defaultdict(list)
        for edge in self.plan.edges:
            found[edge.target].append(edge)
        return found

    @cached_property
    def spots(self) -> dict[str, list[Spot]]:
        """Every id written in the plan, by file name."""
        plan = self.plan
        found: dict[str, list[Spot]] = defaultdict(list)
        for item in plan.items:
            if item.source_file is not None:
                found[item.file].append(Spot(item.id, self.place(item, "id", item.id), item))
        for edge in plan.edges:
            if edge.source.source_file is not None:
                found[edge.source.file].append(Spot(
                    edge.target, self.place(edge.source, edge.key, edge.target),
                    plan.by_id.get(edge.target), edge))
        for waiver in plan.waivers:
            if waiver.source_file is not None:
                found[waiver.file].append(Spot(
                    waiver.node, self.place(waiver, "node", waiver.node),
                    plan.by_id.get(waiver.node)))
        return found

    @staticmethod
    def place(node: Node | Waiver, key: str, word: str) -> Location:
        """Where ``word``, the value of ``key``, is written in the node's file."""
        source = node.source_file
        location = node.location(key)
        return written(source, location, word) if source is not None else location

    def spot_at(self, file: str, line: int, column: int) -> Spot | None:
        """The id written at a place of a file, if any."""
        found = [spot for spot in self.spots.get(file, ())
                 if contains(spot.location, line, column)]
        return min(found, key=lambda spot: _size(spot.location), default=None)

    def definition(self, spot: Spot) -> Location | None:
        """Where the item a spot names is defined: at its id."""
        item = spot.item
        return self.place(item, "id", item.id) if item is not None else None

    def references(self, item: Item, declaration: bool) -> list[Location]:
        """Every place that names ``item`` (and its definition, with ``declaration``)."""
        places = [self.place(item, "id", item.id)] if declaration else []
        places += [self.place(edge.source, edge.key, edge.target)
                   for edge in self.naming.get(item.id, ())]
        places += [self.place(waiver, "node", waiver.node) for waiver in self.plan.waivers
                   if waiver.node == item.id]
        return places

    def hover(self, spot: Spot) -> str:
        """What an id names, in Markdown: the item, its owner and status, and its links."""
        item = spot.item
        if item is None:
            return f"`{spot.target}` is not defined anywhere in the plan"
        title = f"**{item.kind} {item.id}**" + (f" — {item.label}" if item.label != item.id
                                                  else "")
        if spot.edge is not None and item.kind not in spot.edge.kinds:
            title += f" (a {item.kind}, but {spot.edge.field} takes " \
                     f"{' or '.join(spot.edge.kinds)} ids)"
        lines = [title]
        facts = self.facts(item)
        if facts:
            lines.append(" · ".join(facts))
        lines += self.links(item)
        where = item.location("id")
        if where.line is not None:
            lines.append(f"defined at {where.file}:{where.line}")
        return "\n\n".join(lines)

    def facts(self, item: Item) -> list[str]:
        """The item's owner and the fields that say where it stands."""
        facts = []
        named = getattr(item, "owner", None)
        owner = self.plan.owner_of(item) if isinstance(item, Goal | Initiative) else \
            self.plan.get(named)
        if owner is not None:
            facts.append(f"owner: {owner.id}" + (f" ({owner.label})"
                                                 if owner.label != owner.id else ""))
        elif named is not None:
            facts.append(f"owner: {named} (not defined)")
        for name in _FACTS:
            value = getattr(item, name, None)
            if value is not None:
                facts.append(f"{name}: {value}")
        return facts

    def links(self, item: Item) -> list[str]:
        """The items this one names, field by field, then those that name it."""
        lines = []
        for ref in REFERENCES[item.kind]:
            value = getattr(item, ref.field)
            targets = value if isinstance(value, tuple) else [value] if value else []
            if targets and ref.field != "owner":
                lines.append(f"{ref.field}: {self.listed([self.named(t) for t in targets])}")
        by_field: dict[str, list[str]] = defaultdict(list)
        for edge in self.naming.get(item.id, ()):
            by_field[edge.field].append(f"{edge.source.kind} {edge.source.id}")
        for name, sources in by_field.items():
            lines.append(f"named in {name} by {self.listed(sources)}")
        return lines

    def named(self, target: str) -> str:
        item = self.plan.by_id.get(target)
        return target if item is not None else f"{target} (not defined)"

    @staticmethod
    def listed(names: list[str]) -> str:
        if len(names) <= _LISTED:
            return joined(names)
        return joined([*names[:_LISTED], f"{len(names) - _LISTED} more"])

    def symbols(self, source: SourceFile) -> list[Symbol]:
        """The outline of one file: its sections, each with the items it defines (a
        goal with the metrics defined inside it), and the ``plan:`` section."""
        plan = self.plan
        sections: dict[str, Symbol] = {}
        by_pointer: dict[str, Symbol] = {}
        nodes = sorted((node for node in (plan.info, *plan.items)
                        if node.source_file is source and node.pointer),
                       key=lambda node: node.location().sort_key())  # a goal before its metrics
        for node in nodes:
            where = node.location()
            if node is plan.info:
                symbol = Symbol("plan", node.id, "plan", where, _first_line(where, 4))
                sections[node.pointer] = symbol
                continue
            item = node
            assert isinstance(item, Item)
            symbol = Symbol(item.id, item.label if item.label != item.id else "", item.kind,
                            where, self.place(item, "id", item.id))
            by_pointer[item.pointer] = symbol
            parent = item.pointer.rsplit("/", 2)[0]
            if parent in by_pointer:
                by_pointer[parent].children.append(symbol)
                continue
            top = "/" + item.pointer.split("/")[1]
            if top not in sections:
                section = source.location(top)
                sections[top] = Symbol(top[1:], "", "section", section,
                                       _first_line(section, len(top) - 1))
            sections[top].children.append(symbol)
        return sorted(sections.values(), key=lambda symbol: symbol.location.sort_key())


def _size(where: Location) -> tuple[int, int]:
    return ((where.end_line or 0) - (where.line or 0),
            (where.end_column or 0) - (where.column or 0))


def _first_line(where: Location, width: int) -> Location:
    """The first ``width`` characters of a span: the key that opens a section."""
    if where.line is None or where.column is None:
        return where
    return Location(where.file, where.line, where.column, where.line, where.column + width)
