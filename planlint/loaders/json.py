"""JSON loading: the C parser reads the data; positions are indexed only when asked for."""

from __future__ import annotations

import json
import re
from typing import Any

from planlint.limits import MAX_DEPTH, MAX_SHOWN
from planlint.loaders import Document, LoadError, Problem, depth_over
from planlint.positions import PositionMap, Span, pointer_join

#: A token of valid JSON text but the commas and colons: a string (skipped to its closing
#: quote by possessive repeats, which keep no state per character or escape, so a long
#: string costs no memory), a bracket, or a number, ``true``, ``false`` or ``null``.
_TOKEN = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"|[{}\[\]]|[^\s{}\[\]:,"]+', re.DOTALL)


def load(text: str) -> Document:
    """Load JSON text; raises :class:`LoadError` when it is not valid JSON."""
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    duplicates.append(key)
                seen.add(key)
        return result

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_int=_integer)
    except json.JSONDecodeError as error:
        raise LoadError(f"not valid JSON: {error.msg}", error.lineno, error.colno) from None
    except _HugeNumberError as error:
        raise LoadError(*error.args) from None
    except RecursionError:
        raise _too_deep(text) from None
    if depth_over(data, MAX_DEPTH):
        raise _too_deep(text)
    positions = PositionMap(build=lambda: _index(text))
    problems = [Problem("syntax-error", f"key {key!r} appears twice in one object; the later "
                        "value wins, remove one of them") for key in duplicates]
    return Document(data, positions, problems)


class _HugeNumberError(Exception):
    """An integer with more digits than Python reads from text."""


def _integer(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:
        shown = digits if len(digits) <= MAX_SHOWN else digits[:MAX_SHOWN] + "…"
        raise _HugeNumberError(f"the number {shown} has {len(digits)} digits, more than planlint "
                          "reads; write a smaller number") from None


def _too_deep(text: str) -> LoadError:
    """Where arrays and objects first nest deeper than ``MAX_DEPTH``."""
    depth = 0
    for match in _TOKEN.finditer(text):
        at = match.start()
        token = text[at]
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, at) + 1
                column = at - (text.rfind("\n", 0, at) + 1) + 1
                return LoadError(f"arrays and objects nest deeper than {MAX_DEPTH} levels "
                                 "here; a plan needs only a few, flatten this part",
                                 line, column)
        elif token in "]}":
            depth -= 1
    return LoadError(f"arrays and objects nest deeper than {MAX_DEPTH} levels; a plan "
                     "needs only a few, flatten the file")


def _index(text: str) -> dict[str, Span]:
    """Spans of every value in valid JSON text, keyed by JSON pointer.

    Only strings, brackets and other values are tokens: commas and colons are implied,
    as inside an object a key and a value take turns."""
    spans: dict[str, Span] = {}
    # A frame is an open container: [is_object, pointer, next index, key pointer, key start].
    stack: list[list[Any]] = []
    starts: list[tuple[str, int, int]] = []  # pointer, line, column of each open container
    line, line_start, scanned = 1, 0, 0
    expect_key = False
    count, rfind = text.count, text.rfind
    for match in _TOKEN.finditer(text):
        at = match.start()
        newlines = count("\n", scanned, at)
        if newlines:
            line += newlines
            line_start = rfind("\n", scanned, at) + 1
        scanned = at
        column = at - line_start + 1
        first = text[at]
        if first in "}]":
            stack.pop()
            pointer, start_line, start_column = starts.pop()
            spans[pointer] = (start_line, start_column, line, column + 1)
            expect_key = bool(stack) and stack[-1][0]
            continue
        if expect_key:
            token = match.group()
            key = token[1:-1] if "\\" not in token else json.loads(token)
            stack[-1][3] = pointer_join(stack[-1][1], key)
            stack[-1][4] = (line, column)
            expect_key = False
            continue
        if not stack:
            pointer, start = "", (line, column)
        elif stack[-1][0]:
            pointer, start = stack[-1][3], stack[-1][4]
        else:
            pointer, start = f"{stack[-1][1]}/{stack[-1][2]}", (line, column)
            stack[-1][2] += 1
        if first in "{[":
            stack.append([first == "{", pointer, 0, "", (line, column)])
            starts.append((pointer, *start))
            expect_key = first == "{"
        else:
            spans[pointer] = (*start, line, column + match.end() - at)
            expect_key = bool(stack) and stack[-1][0]
    return spans
