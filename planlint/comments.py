"""Suppression comments in YAML plan files: ``# planlint: ignore[RULES] -- reason`` for
the item on its line, ``# planlint: disable[RULES] -- reason`` for the whole file.

Only files whose text mentions ``planlint: ignore`` or ``planlint: disable`` are
scanned, line by line. A ``#``
starts a comment when it begins the line or follows whitespace and does not stand inside
a scalar: the loader's position map tells where each quoted, plain and block scalar
begins and ends, so ``title: "Fix #1 # planlint: ignore[x]"`` and the lines of a ``|``
block are text, not comments. The directive may stand anywhere in the comment.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from planlint.positions import SourceFile, Span

MENTION = re.compile(r"planlint:\s*(?:ignore|disable)")
_COMMENT_START = re.compile(r"(?<!\S)#")
_DIRECTIVE = re.compile(r"planlint:\s*(?P<kind>ignore|disable)(?:\[(?P<rules>[^\]]*)\])?")


class RuleName(NamedTuple):
    """One rule named by a suppression, as written, and where it is written."""

    text: str
    column: int


class Suppression(NamedTuple):
    """One ``# planlint: ignore[...]`` comment (or ``disable[...]``, for the whole file):
    its line, the columns of the comment, the rules it names and the reason given after
    ``--`` (``None`` if none)."""

    line: int
    column: int
    end_column: int
    rules: tuple[RuleName, ...]
    reason: str | None
    whole_file: bool = False


def scan(source: SourceFile) -> list[Suppression]:
    """The suppression comments of a YAML file (none for other formats, nor for a file
    that could not be parsed: its comments cannot be placed)."""
    if source.format != "yaml" or not MENTION.search(source.text) \
            or not source.positions.spans:
        return []
    candidates = [(number, text) for number, text in enumerate(source.lines, start=1)
                  if MENTION.search(text)]
    if not candidates:
        return []
    scalars = _scalar_spans(source, {number for number, _ in candidates})
    found = []
    for number, text in candidates:
        start = _comment_start(number, text, scalars.get(number, []))
        if start is None:
            continue
        directive = _DIRECTIVE.search(text, start)
        if directive is not None:
            found.append(_parse(number, text, start, directive))
    return found


def _scalar_spans(source: SourceFile, lines: set[int]) -> dict[int, list[Span]]:
    """For each of ``lines``, the spans of the scalars (leaf values) that cover it."""
    spans = source.positions.spans
    parents = {pointer[:pointer.rfind("/")] for pointer in spans}
    covering: dict[int, list[Span]] = {}
    for pointer, span in spans.items():
        if pointer in parents:
            continue
        for line in range(span[0], span[2] + 1):
            if line in lines:
                covering.setdefault(line, []).append(span)
    return covering


def _comment_start(line: int, text: str, scalars: list[Span]) -> int | None:
    """The 0-based index of the ``#`` that starts the comment on this line, if any.

    The scalars' stretches of the line are merged and sorted once, so each ``#`` is
    placed by a binary search: a line of any length costs time in proportion to it."""
    stretches = sorted((first_column if first == line else 1,
                        last_column if last == line else len(text) + 2)
                       for first, first_column, last, last_column in scalars)
    starts: list[int] = []
    ends: list[int] = []
    for start, end in stretches:
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    for match in _COMMENT_START.finditer(text):
        column = match.start() + 1
        index = bisect.bisect_right(starts, column) - 1
        if index < 0 or column >= ends[index]:
            return match.start()
    return None


def _parse(line: int, text: str, start: int, directive: re.Match[str]) -> Suppression:
    rules: list[RuleName] = []
    listed = directive.group("rules")
    if listed is not None:
        offset = directive.start("rules")
        for part in re.finditer(r"[^,\s]+", listed):
            rules.append(RuleName(part.group(), offset + part.start() + 1))
    rest = text[directive.end():].strip()
    reason = rest[2:].strip() if rest.startswith("--") else None
    return Suppression(line, start + 1, len(text.rstrip()) + 1, tuple(rules),
                       reason or None, directive.group("kind") == "disable")
