"""Loaders turn the text of a plan file into plain data plus a position map.

A loader never constructs objects a plan names and never raises on bad content: a file
that cannot be read at all raises :class:`LoadError` (reported as ``syntax-error``), and
smaller problems come back as :class:`Problem` entries beside the data.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from planlint.positions import PositionMap, Span


class LoadError(Exception):
    """The file is not valid text of its format; ``line``/``column`` count from 1.

    ``partial`` is what a loader could read before the error, where it can tell: every
    value that closed before it, without a list's item that was still open (it may lack
    what came after). The plan is then checked only as far as that allows. In a
    workbook, ``line`` and ``column`` are a cell's row and column on ``sheet`` (empty for
    a CSV file), and a ``line`` of ``None`` is about the whole file.
    """

    def __init__(self, message: str, line: int | None = 1, column: int = 1,
                 partial: Document | None = None, sheet: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.partial = partial
        self.sheet = sheet


#: The byte order marks of text saved in Unicode but not as UTF-8, with their codecs:
#: UTF-32's little-endian mark first, as it starts with UTF-16's.
_MARKS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
          (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def wide_encoding(raw: bytes) -> str | None:
    """The codec of text saved as UTF-16 or UTF-32 (``utf-16-le``, …), told by its byte
    order mark or, without one, by the zero bytes its first character leaves (a plan
    starts with an ASCII character); ``None`` for other bytes. ``codec[:6].upper()``
    names it for people (``UTF-16``)."""
    for mark, codec in _MARKS:
        if raw.startswith(mark):
            return codec
    head = raw[:4]
    if len(head) < 4 or not 0 < max(head) < 0x80:
        return None
    zeros = "".join("0" if byte == 0 else "x" for byte in head)
    return {"x000": "utf-32-le", "000x": "utf-32-be", "x0x0": "utf-16-le",
            "0x0x": "utf-16-be"}.get(zeros)


#: The structure rules that report what loading a plan found, by name: the only
#: channels a loader, the collector and the builder pass findings through.
LoadProblem = Literal["syntax-error", "invalid-field", "unknown-field", "misspelt-field",
                      "duplicate-id", "dangling-reference", "unsupported-version",
                      "include-error"]
LOAD_PROBLEMS: tuple[LoadProblem, ...] = get_args(LoadProblem)


@dataclass(frozen=True, slots=True)
class Problem:
    """A non-fatal problem found while loading: the rule it belongs to and where."""

    rule: LoadProblem
    message: str
    span: Span | None = None
    sheet: str | None = None  # in a workbook, the sheet the span is on ("" in a CSV file)


@dataclass(slots=True)
class Document:
    """The plain data of one file, where each node stands, and problems found on the way.

    ``inferred`` holds the pointers of items a loader made from a name alone (a workbook's
    owner named but listed nowhere): each stands only where no file of the plan defines
    an item with its id, and otherwise adds its references to that item.
    """

    data: Any
    positions: PositionMap
    problems: list[Problem] = field(default_factory=list)
    inferred: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Loader:
    """A file format: its name, the file suffixes it claims, and its load function.

    A text format gives ``load``, which takes the file's text. A format that is not text,
    or that takes meaning from a file's name (a workbook; a CSV file named after its
    section), gives ``read`` instead, which takes the file's bytes and name. In a
    folder, a file of the format is a plan file when ``recognise`` says so, and without
    it when a line starts with ``planlint:``.

    ``reload(old_text, old, text)``, if given, reads ``text``, an edit of ``old_text``
    (which ``load`` read as ``old``), doing only the work the edit needs, and returns what
    ``load(text)`` would; or ``None`` to have ``load`` read it whole. The language server
    uses it after each edit.
    """

    name: str
    suffixes: tuple[str, ...]
    load: Callable[[str], Document] | None = None
    reload: Callable[[str, Document, str], Document | None] | None = None
    read: Callable[[bytes, str], Document] | None = None
    recognise: Callable[[Path], bool] | None = None

    def __post_init__(self) -> None:
        if (self.load is None) == (self.read is None):
            raise TypeError(f"loader {self.name!r} gives load (for text) or read (for "
                            "bytes): exactly one of them")


def depth_over(data: Any, limit: int) -> bool:
    """Whether lists and mappings in ``data`` nest deeper than ``limit`` (no recursion):
    one level of them at a time."""
    level = [data] if isinstance(data, dict | list) else []
    for _ in range(limit):
        if not level:
            return False
        level = [child for value in level
                 for child in (value.values() if isinstance(value, dict) else value)
                 if isinstance(child, dict | list)]
    return bool(level)
