"""JSON loading: the C parser reads the data; positions are indexed only when asked for."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from itertools import accumulate
from typing import Any

from planlint.limits import MAX_DEPTH, MAX_KEY_PATH, MAX_SHOWN, long_key
from planlint.loaders import Document, LoadError, Problem
from planlint.positions import PositionMap, Span, pointer_join, pointer_parent

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
    too_deep, keys_below = _levels(data)
    if too_deep:
        raise _too_deep(text)
    problems = [Problem("syntax-error", f"key {key!r} appears twice in one object; the later "
                        "value wins, remove one of them") for key in duplicates]
    if duplicates or keys_below >= MAX_KEY_PATH:
        # A key may pass MAX_KEY_PATH (in a copy of a key given twice, whose pointers
        # have spans too): the index says where, without the entries of such keys.
        dropped: list[tuple[str, str, Span]] = []
        spans = _index(text, dropped)
        for pointer, key, span in dropped:
            _drop(data, pointer, key)
            problems.append(Problem("invalid-field", long_key(pointer, key) or "", span))
        return Document(data, PositionMap(build=lambda: spans,
                                          find=None if duplicates else _Locator(text).find),
                        problems)
    # Positions are asked for by the findings, a few thousand pointers of a plan: each
    # is found by opening only the containers on its way, where indexing every value
    # cost a tenth of checking a 5,000-item plan. With a key twice in an object,
    # pointers under both copies have spans, which only the whole index tells.
    positions = PositionMap(build=lambda: _index(text), find=_Locator(text).find)
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


def _levels(data: Any) -> tuple[bool, int]:
    """Whether arrays and objects in ``data`` nest deeper than ``MAX_DEPTH``, and a bound
    on the length of any value's JSON pointer: over each level, one more than the
    longest segment (a key's, escaped at most twice as long, or an index), found one
    level at a time. Values of :func:`json.loads` are exactly lists and dicts, so
    their types are compared without ``isinstance``; both cost less than
    :func:`~planlint.loaders.depth_over` alone did."""
    level = [data] if type(data) is dict or type(data) is list else []
    bound = 0
    for _ in range(MAX_DEPTH):
        if not level:
            return False, bound
        objects = [value for value in level if type(value) is dict]
        arrays = [value for value in level if type(value) is list]
        longest = 2 * max(map(len, set().union(*objects)), default=0)
        if arrays:
            longest = max(longest, len(str(max(map(len, arrays)))))
        bound += 1 + longest
        level = [child for value in objects for child in value.values()
                 if type(child) is dict or type(child) is list]
        level += [child for value in arrays for child in value
                  if type(child) is dict or type(child) is list]
    return bool(level), bound


def _drop(data: Any, pointer: str, key: str) -> None:
    """Remove ``key`` from the object at ``pointer``, if it is there (a key given twice
    may have left the copy that held it)."""
    node = data
    for part in pointer.split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        if type(node) is list and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif type(node) is dict and part in node:
            node = node[part]
        else:
            return
    if type(node) is dict:
        node.pop(key, None)


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


def _index(text: str, dropped: list[tuple[str, str, Span]] | None = None) -> dict[str, Span]:
    """Spans of every value in valid JSON text, keyed by JSON pointer, but those of an
    entry whose key :func:`~planlint.limits.long_key` refuses and of the values in it:
    each such key's object, the key and its span are added to ``dropped``.

    Only strings, brackets and other values are tokens: commas and colons are implied,
    as inside an object a key and a value take turns."""
    spans: dict[str, Span] = {}
    # A frame is an open container: [is_object, pointer, next index, key pointer, key start].
    stack: list[list[Any]] = []
    starts: list[tuple[str, int, int]] = []  # pointer, line, column of each open container
    line, line_start, scanned = 1, 0, 0
    expect_key = False
    count, rfind = text.count, text.rfind
    scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
    resume: int | None = 0
    while resume is not None:
        tokens, resume = _TOKEN.finditer(text, resume), None
        for match in tokens:
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
                if len(stack[-1][1]) + len(key) >= MAX_KEY_PATH:  # its entry is left out
                    if dropped is not None:
                        dropped.append((stack[-1][1], key,
                                        (line, column, line, column + len(token))))
                    colon = _skip_space(text, match.end())
                    resume = scan(text, _skip_space(text, colon + 1))[1]
                    break
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


_SPACE = re.compile(r"[ \t\n\r]*")
_BLOCK = 256


def _skip_space(text: str, at: int) -> int:
    """The offset of the first character from ``at`` on that is not JSON whitespace."""
    match = _SPACE.match(text, at)
    return match.end() if match else at


class _Locator:
    """The spans :func:`_index` gives, found for one pointer at a time in valid JSON text
    with no key twice in an object: each container on the way is opened once, the
    extents of its members found by the C scanner, and their spans kept.

    A rule may ask for positions on its worker thread and be stopped at any step, or
    abandoned while later rules ask too: what a container holds is kept in one step,
    after the spans of its members, so that a container marked open is complete and
    one opened twice gives the same spans again."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The C scanner json.loads runs, which gives a value and where it ends;
        # raw_decode wraps it in a Python call (2% more for a 5,000-item plan).
        self.scan: Callable[[str, int], tuple[Any, int]] = \
            json.JSONDecoder().scan_once  # type: ignore[attr-defined]
        self.spans: dict[str, Span] = {}
        self.containers: dict[str, int] = {}  # pointer of a container: its bracket
        self.opened: set[str] = set()
        # Line breaks before each block of the text, and where the last one is, so that
        # placing an offset searches one block only (listing every break would cost more
        # than the rest; searching back to the last break, on a plan written on one line,
        # would cost as much as the text for each position).
        self.lines_before: list[int] = []
        self.break_before: list[int] = []

    def find(self, pointer: str) -> tuple[str, Span] | None:
        """As :meth:`PositionMap.find`: the nearest of ``pointer`` and its ancestors
        that has a span, and that span."""
        if "" not in self.spans:  # the first question: the root's span, found now
            text = self.text
            starts = range(0, len(text) + 1, _BLOCK)
            self.lines_before = [0, *accumulate(text.count("\n", start, start + _BLOCK)
                                                for start in starts)]
            self.break_before = list(accumulate(
                (text.rfind("\n", start - _BLOCK, start) for start in starts), max))
            at = _skip_space(text, 0)
            _, span, container = self.member(at, at)
            if container:
                self.containers[""] = at
            self.spans[""] = span
        if pointer:
            self.open(pointer_parent(pointer))
        while True:
            found = self.spans.get(pointer)
            if found is not None:
                return pointer, found
            if not pointer:
                return None
            pointer = pointer_parent(pointer)

    def open(self, pointer: str) -> None:
        """Keep the spans of the members of the container at ``pointer``, if it is one,
        and of those of its ancestors."""
        if pointer in self.opened:
            return
        if pointer:
            self.open(pointer_parent(pointer))
        at = self.containers.get(pointer)
        if at is None:  # a scalar, or no such value
            return
        text = self.text
        spans: dict[str, Span] = {}
        containers: dict[str, int] = {}
        i = _skip_space(text, at + 1)
        index = 0
        while text[i] not in "]}":
            if text[at] == "[":
                child, value = f"{pointer}/{index}", i
                index += 1
            else:
                key, after = self.scan(text, i)
                value = _skip_space(text, _skip_space(text, after) + 1)  # past the colon
                if len(pointer) + len(key) >= MAX_KEY_PATH:  # dropped, as _index leaves it
                    i = _skip_space(text, self.scan(text, value)[1])
                    if text[i] == ",":
                        i = _skip_space(text, i + 1)
                    continue
                child = pointer_join(pointer, key)
            end, span, container = self.member(i, value)
            spans[child] = span
            if container:
                containers[child] = value
            i = _skip_space(text, end)
            if text[i] == ",":
                i = _skip_space(text, i + 1)
        self.containers.update(containers)
        self.spans.update(spans)
        self.opened.add(pointer)

    def member(self, start: int, value: int) -> tuple[int, Span, bool]:
        """Where the value at offset ``value`` (whose key, if any, is at ``start``) ends,
        its span, and whether it is an array or an object."""
        end = self.scan(self.text, value)[1]
        line, column = self.place(start)
        end_line, end_column = self.place(end - 1)
        return end, (line, column, end_line, end_column + 1), self.text[value] in "[{"

    def place(self, at: int) -> tuple[int, int]:
        """The line and column of offset ``at``, counting from 1."""
        block = at // _BLOCK
        start = block * _BLOCK
        line = self.lines_before[block] + self.text.count("\n", start, at) + 1
        return line, at - max(self.text.rfind("\n", start, at), self.break_before[block])
