"""Source positions keyed by JSON pointer, and the files they belong to."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from planlint.finding import Location

#: ``(line, column, end_line, end_column)``, counting from 1.
Span = tuple[int, int, int, int]


_BREAK = re.compile(r"\r\n|\r|\n")
#: What YAML 1.1 (and so PyYAML) also counts as line breaks, though editors, JSON and
#: TOML do not: NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
YAML_ONLY_BREAKS = "\x85\u2028\u2029"


def lines_of(text: str) -> list[str]:
    """The lines of ``text`` as editors number them: split at ``\n``, ``\r\n`` and
    ``\r`` only (``str.splitlines`` also splits at U+2028 and other separators that a
    string or comment may hold)."""
    if not text:
        return []
    lines = text.split("\n") if "\r" not in text else _BREAK.split(text)
    if not lines[-1]:
        lines.pop()  # the break that ends the last line starts no line of its own
    return lines


def pointer_join(parent: str, key: str | int) -> str:
    """The JSON pointer (RFC 6901) of ``key`` inside ``parent``."""
    if isinstance(key, int):
        return f"{parent}/{key}"
    if "~" in key or "/" in key:
        key = key.replace("~", "~0").replace("/", "~1")
    return f"{parent}/{key}"


def pointer_parent(pointer: str) -> str:
    return pointer[: pointer.rfind("/")] if pointer else ""


def cell_name(row: int, column: int) -> str:
    """A cell's name as spreadsheets write it: ``D7`` for row 7, column 4."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


def located(file: str, span: Span, sheet: str | None = None) -> Location:
    """The location of ``span`` in ``file``; with ``sheet`` (empty for a CSV file), a
    span of cells, named by its first cell."""
    if sheet is None:
        return Location(file, *span)
    return Location(file, *span, sheet=sheet or None, cell=cell_name(span[0], span[1]))


class PositionMap:
    """Where each node of a document stands in its text, or in the cells of a workbook.

    A mapping entry's span starts at its key and ends where its value ends, so a finding
    about a field points at the key. A sequence item's span is the item itself. Loaders
    that cannot afford positions up front pass a ``build`` function that is only called
    the first time a position is asked for. A workbook's spans are of cells (rows and
    columns), and ``sheets`` names the sheet of a pointer and of those under it that
    name none of their own (empty for a CSV file).
    """

    __slots__ = ("_build", "_find", "_spans", "sheets")

    def __init__(self, spans: dict[str, Span] | None = None,
                 build: Callable[[], dict[str, Span]] | None = None,
                 sheets: dict[str, str] | None = None,
                 find: Callable[[str], tuple[str, Span] | None] | None = None) -> None:
        self._spans = spans
        self._build = build
        self._find = find  # answers find() exactly, without building every span
        self.sheets = sheets

    @property
    def spans(self) -> dict[str, Span]:
        if self._spans is None:
            self._spans = self._build() if self._build else {}
            self._build = None
        return self._spans

    def span(self, pointer: str) -> Span | None:
        """The span of ``pointer``, or of its nearest ancestor that has one."""
        found = self.find(pointer)
        return found[1] if found is not None else None

    def sheet(self, pointer: str) -> str | None:
        """The sheet ``pointer`` (or its nearest ancestor that names one) is on; ``None``
        in a text file, empty in a CSV file."""
        if self.sheets is None:
            return None
        while True:
            found = self.sheets.get(pointer)
            if found is not None or not pointer:
                return found or ""
            pointer = pointer_parent(pointer)

    def find(self, pointer: str) -> tuple[str, Span] | None:
        """The nearest of ``pointer`` and its ancestors that has a span, and that span."""
        spans = self._spans
        if spans is None:
            if self._find is not None:
                return self._find(pointer)
            spans = self.spans
        while True:
            found = spans.get(pointer)
            if found is not None:
                return pointer, found
            if not pointer:
                return None
            pointer = pointer_parent(pointer)


@dataclass(eq=False)
class SourceFile:
    """One loaded plan file: its display name, text and positions; ``unread_from`` is the
    line where reading stopped, for a file that could be read only in part (1: not at
    all)."""

    name: str
    path: Path | None
    text: str
    format: str
    positions: PositionMap = field(default_factory=PositionMap)
    unread_from: int | None = None

    def location(self, pointer: str = "") -> Location:
        """Where ``pointer`` stands; the whole file when nothing in it has a place (in a
        text file read from disk, its start)."""
        found = self.positions.find(pointer)
        if found is None:
            if self.path is None or self.positions.sheets is not None:
                return Location(self.name)
            return Location(self.name, 1, 1, 1, 1)
        at, span = found
        if self.positions.sheets is None:  # a text file: no sheet to look up
            return Location(self.name, *span)
        return located(self.name, span, self.positions.sheet(at))

    @cached_property
    def lines(self) -> list[str]:
        """The file's lines, without their line breaks."""
        return lines_of(self.text)

    def line_text(self, line: int) -> str:
        """The text of one line (1-based); empty past the end."""
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""
