"""Where a finding belongs in the plan, independent of line numbers.

A rule's finding names its item (``node``) and the key it is about (``field``). A finding
made while reading a file names only the file; its anchor is the innermost item (or the
``plan:`` section) whose text holds it, found through the file's position map. Baselines
key on anchors, so they survive moved lines and reordered items, and waivers match on
them, so a waiver for a goal also covers a misspelt key inside that goal.
"""

from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from planlint.finding import Finding
from planlint.model import Node
from planlint.plan import Plan
from planlint.positions import SourceFile, Span, pointer_parent


class Anchor(NamedTuple):
    """A finding's item id and field path (list indexes left out, so reordering a list
    does not change it)."""

    node: str
    field: str | None


def field_path(path: str | None) -> str | None:
    """``metrics/2`` -> ``metrics``: the path without list indexes, or ``None``."""
    if not path:
        return None
    parts = [part for part in path.strip("/").split("/") if part and not part.isdigit()]
    return "/".join(parts) or None


class FileIndex:
    """The items of one file by JSON pointer: which item holds a pointer, a finding or
    a line of the file."""

    def __init__(self, source: SourceFile, nodes: dict[str, Node]) -> None:
        self.source = source
        self.nodes = nodes

    def owner(self, pointer: str) -> tuple[Node, str] | None:
        """The innermost item holding ``pointer``, and ``pointer`` relative to it."""
        current = pointer
        while True:
            node = self.nodes.get(current)
            if node is not None:
                return node, pointer[len(current):]
            if not current:
                return None
            current = pointer_parent(current)

    @cached_property
    def _pointers_by_span(self) -> dict[Span, str]:
        found: dict[Span, str] = {}
        for pointer, span in self.source.positions.spans.items():
            found.setdefault(span, pointer)
        return found

    def pointer_of(self, finding: Finding) -> str | None:
        """The JSON pointer a finding's location was taken from, if it was."""
        where = finding.location
        if where.line is None or where.column is None or where.end_line is None \
                or where.end_column is None:
            return None
        return self._pointers_by_span.get((where.line, where.column, where.end_line,
                                           where.end_column))

    def nodes_on_lines(self, lines: set[int]) -> dict[int, list[Node]]:
        """For each of ``lines``, the items it belongs to: those that start on it, and
        those that own a key or a list entry starting on it (a goal and its inline
        metric can share a line). A line that belongs to no item is left out."""
        found: dict[int, dict[str, Node]] = {}
        for pointer, span in self.source.positions.spans.items():
            if span[0] in lines:
                owned = self.owner(pointer)
                if owned is not None:
                    found.setdefault(span[0], {}).setdefault(owned[0].id, owned[0])
        return {line: list(nodes.values()) for line, nodes in found.items()}


class Anchors:
    """Anchors of the findings of one plan; file indexes are built on first need."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @cached_property
    def files(self) -> dict[str, FileIndex]:
        """Every file of the plan by display name, with the items defined in it."""
        nodes: dict[str, dict[str, Node]] = {source.name: {} for source in self.plan.files}
        for node in (self.plan.info, *self.plan.items):
            source = node.source_file
            if source is not None and source.name in nodes:
                nodes[source.name][node.pointer] = node
        return {source.name: FileIndex(source, nodes[source.name])
                for source in self.plan.files}

    def of(self, finding: Finding) -> Anchor:
        """Where ``finding`` belongs: its own node, or for a file-level finding the item
        whose text holds it."""
        if finding.kind != "file":
            return Anchor(finding.node, field_path(finding.field))
        index = self.files.get(finding.location.file)
        pointer = index.pointer_of(finding) if index is not None else None
        owned = index.owner(pointer) if index is not None and pointer is not None else None
        if owned is None:
            return Anchor(finding.node, field_path(pointer))
        node, rest = owned
        return Anchor(node.id, field_path(rest))
