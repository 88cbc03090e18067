"""Loaders turn the text of a plan file into plain data plus a position map.

A loader never constructs objects a plan names and never raises on bad content: a file
that cannot be read at all raises :class:`LoadError` (reported as ``syntax-error``), and
smaller problems come back as :class:`Problem` entries beside the data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from planlint.positions import PositionMap, Span


class LoadError(Exception):
    """The file is not valid text of its format; ``line``/``column`` count from 1.

    ``partial`` is what a loader could read before the error, where it can tell: every
    value that closed before it, without a list's item that was still open (it may lack
    what came after). The plan is then checked only as far as that allows.
    """

    def __init__(self, message: str, line: int = 1, column: int = 1,
                 partial: Document | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.partial = partial


#: The structure rules that report what loading a plan found, by name: the only
#: channels a loader, the collector and the builder pass findings through.
LoadProblem = Literal["syntax-error", "invalid-field", "unknown-field", "misspelt-field",
                      "duplicate-id", "unsupported-version", "include-error"]
LOAD_PROBLEMS: tuple[LoadProblem, ...] = get_args(LoadProblem)


@dataclass(frozen=True, slots=True)
class Problem:
    """A non-fatal problem found while loading: the rule it belongs to and where."""

    rule: LoadProblem
    message: str
    span: Span | None = None


@dataclass(slots=True)
class Document:
    """The plain data of one file, where each node stands, and problems found on the way."""

    data: Any
    positions: PositionMap
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Loader:
    """A file format: its name, the file suffixes it claims, and its load function.

    ``reload(old_text, old, text)``, if given, reads ``text``, an edit of ``old_text``
    (which ``load`` read as ``old``), doing only the work the edit needs, and returns what
    ``load(text)`` would; or ``None`` to have ``load`` read it whole. The language server
    uses it after each edit.
    """

    name: str
    suffixes: tuple[str, ...]
    load: Callable[[str], Document]
    reload: Callable[[str, Document, str], Document | None] | None = None


def depth_over(data: Any, limit: int) -> bool:
    """Whether lists and mappings in ``data`` nest deeper than ``limit`` (no recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth >= limit:
                return True
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children
                         if isinstance(child, dict | list))
    return False
