"""YAML loading: one pass over libyaml's events builds the data and its positions.

No node tree is composed: libyaml parses iteratively and this loop builds plain data
directly, so nesting costs no recursion anywhere and a file past the nesting or size
limits is stopped as soon as it crosses them. Only the YAML core types become data
(strings, numbers, booleans, null, timestamps as their text, sequences, mappings, merge
keys); any other tag is reported and its value dropped, so a plan can never construct an
object. Aliases share the anchored value and count its size against a cap, so an alias
bomb costs nothing.

The common case is built in C (``_fastyaml``) without importing PyYAML, whose import
(its reader's pattern of printable characters above all) costs about a tenth of checking
a small plan; the Python builder over PyYAML's events (:mod:`planlint.loaders.yaml_events`)
is imported when the C builder declines a file or is not built.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from planlint.limits import MAX_DEPTH, MAX_KEY_PATH, MAX_NODES
from planlint.loaders import Document, LoadError
from planlint.patterns import LazyPattern
from planlint.positions import YAML_ONLY_BREAKS, PositionMap, Span, pointer_join

_fast: Any
try:
    from planlint.loaders import _fastyaml as _fast
except ImportError:  # built without a C compiler or libyaml: the Python builder reads all
    _fast = None
#: What the C builder leaves to the Python one before it starts: carriage returns and the
#: line breaks only YAML knows move positions (:class:`_EditorPlace`).
_FAST_DECLINES = ("\r", *YAML_ONLY_BREAKS)
#: The first characters of plain scalars that PyYAML's implicit resolvers may read as
#: something other than text (``yaml.SafeLoader.yaml_implicit_resolvers``, which
#: ``tests/core/test_fastyaml.py`` compares with this).
_TYPED_FIRST = "!&*+-.0123456789<=FNOTYfnoty~"
#: YAML 1.1's plain words for booleans and null: a plain scalar that is empty or starts
#: with a letter or ``~`` is one of these or text, as PyYAML's resolver reads it.
_WORDS: dict[str, Any] = {
    **dict.fromkeys(("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"), True),
    **dict.fromkeys(("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"),
                    False),
    **dict.fromkeys(("null", "Null", "NULL", "~", ""), None)}
_DECLINE: Any = object()
#: PyYAML's patterns of YAML 1.1 numbers and timestamps, all it tries on a plain scalar
#: that starts with a digit, a sign or a dot (``yaml.resolver.Resolver``'s, which
#: ``tests/core/test_fastyaml.py`` compares with these): text that matches none is text.
_NUMBERS = (
    LazyPattern(r'''^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
                    |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
                    |[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                    |[-+]?\.(?:inf|Inf|INF)
                    |\.(?:nan|NaN|NAN))$''', re.X),
    LazyPattern(r'''^(?:[-+]?0b[0-1_]+
                    |[-+]?0[0-7_]+
                    |[-+]?(?:0|[1-9][0-9_]*)
                    |[-+]?0x[0-9a-fA-F_]+
                    |[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$''', re.X),
    LazyPattern(r'''^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]
                    |[0-9][0-9][0-9][0-9] -[0-9][0-9]? -[0-9][0-9]?
                     (?:[Tt]|[ \t]+)[0-9][0-9]?
                     :[0-9][0-9] :[0-9][0-9] (?:\.[0-9]*)?
                     (?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$''', re.X))
#: Every character those patterns accept: text with any other (``24/7 support``) is text
#: without compiling them.
_NUMBER_CHARACTERS = frozenset("0123456789+-._: \tabcdefABCDEFinxINTtZ")
#: The typed scalars most plans write, read without the resolver's patterns: decimal
#: numbers (``12``, ``-0.5``), which YAML 1.1 reads as Python does, and dates
#: (``2024-03-31``), which are kept as their text.
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _plain_value(text: str) -> Any:
    """The value of a plain scalar that may be typed, for the C builder: what the Python
    builder makes of it, or ``_DECLINE`` where that reports a problem or reads a merge
    key (the Python builder then reads the file). Words, text, plain decimal numbers and
    dates are read without PyYAML, which is imported for other numbers and merge keys."""
    if text in _WORDS:
        return _WORDS[text]
    if text[0].isalpha():  # no number, date or merge key starts with a letter
        return text
    try:
        decimal = _DECIMAL.fullmatch(text)
        if decimal is not None:
            return int(text) if decimal.group(1) is None else float(text)
    except ValueError:  # a number too long to read (int_max_str_digits)
        return _DECLINE
    if _DATE.fullmatch(text) or (text[0] in "+-.0123456789" and (
            not _NUMBER_CHARACTERS.issuperset(text)
            or not any(number.match(text) for number in _NUMBERS))):
        return text
    from planlint.loaders.yaml_events import resolved  # such a number, or a merge key

    return resolved(text)


def load(text: str) -> Document:
    """Load YAML text; raises :class:`LoadError` when it is not valid YAML, nests deeper
    than ``MAX_DEPTH`` levels or holds more than ``MAX_NODES`` values.

    The common case (no anchor, alias, tag, merge key, duplicate key or key that is not
    text, one document, within the limits) is built in C by ``_fastyaml`` when it is
    built; it declines anything else, and :func:`load_events` reads it as it always has.
    """
    if _fast is not None and not any(mark in text for mark in _FAST_DECLINES):
        built = _fast.build(text, _plain_value, _DECLINE, _TYPED_FIRST, MAX_DEPTH, MAX_NODES,
                            MAX_KEY_PATH)
        if built is not None:
            data, spans = built
            return Document(data, PositionMap(build=spans.to_dict, find=spans.find), [])
    return load_events(text)


def load_events(text: str) -> Document:
    """:func:`load` by the Python builder over PyYAML's events, whatever the file holds."""
    from planlint.loaders import yaml_events

    return yaml_events.load_events(text)


#: What ties the entries of a file together, or moves its lines: anchors and aliases
#: (``&name``, ``*name``), directives, document markers, carriage returns and the line
#: breaks only YAML knows. A file with any of them is read whole after every edit.
_ANCHOR = re.compile(r"(?<![^\s\[{,])[&*][^\s\[\]{},]")
_MARKERS = ("\n%", "\n---", "\n...", "\r", *YAML_ONLY_BREAKS)


def _tied(text: str) -> bool:
    return text.startswith(("%", "---", "...")) or any(mark in text for mark in _MARKERS) \
        or (("&" in text or "*" in text) and _ANCHOR.search(text) is not None)


_DASH = re.compile(r" *-(?: |$)")


def reload(old_text: str, old: Document, text: str) -> Document | None:
    """The document of ``text``, an edit of ``old_text`` (read as ``old``), read again
    only where it changed: when the edit lies within one entry of a top-level list in
    block style (a goal, a metric), that entry is read alone and the rest of ``old`` is
    kept, moved by the lines the edit added or removed. ``None`` when the edit reaches
    further, or the file has what ties entries together (:func:`_tied`) or problems: it
    is then read whole with :func:`load`.

    The entry is read with the line that follows it, below a key standing for its
    section, so that it ends where it ends in the whole file; the result is the same
    data, positions (in the same order) and problems as :func:`load` gives.
    """
    root = old.data
    if old_text == text:
        return old
    if old.problems or not isinstance(root, dict) or _tied(text) or _tied(old_text):
        return None
    before, after = old_text.split("\n"), text.split("\n")
    first, same_end = _changed_lines(old_text, text)
    found = _entry_around(root, old.positions.spans, first, len(before) - same_end,
                          len(before))
    if found is None:
        return None
    key, index, start, end, following = found
    sibling = following == ""
    if sibling and _DASH.match(before[end]) is None:
        return None  # the next entry's marker stands on a line of its own, in this one's
    dash = _DASH.match(before[start])
    if dash is None or start >= len(after) or not after[start].startswith(dash.group()) \
            or _DASH.match(after[start]) is None:
        return None  # the entry's list marker moved: the list itself changed
    shift = len(after) - len(before)
    chunk = "x:\n" + "\n".join(after[start:end + shift])
    if end < len(before):
        chunk += "\n" + after[end + shift]
    try:
        part = load(chunk)
    except LoadError:
        return None
    entries = part.data.get("x") if isinstance(part.data, dict) else None
    keys = {"x"} if sibling or following is None else {"x", following}
    if part.problems or not isinstance(entries, list) or len(entries) != 1 + sibling \
            or set(part.data) != keys:
        return None  # the edit changed more than the entry: where it ends, or the file
    prefix = pointer_join("", key) + f"/{index}"
    moved = start - 1  # the chunk's line 2 is the entry's first line

    # The entry's positions were recorded together, its own last: put the chunk's in
    # their place, and move those after it by the lines the edit added (the others are
    # copied as they are, without a step of Python code each).
    pointers, places = list(old.positions.spans), list(old.positions.spans.values())
    last = pointers.index(prefix)
    block = last
    while block and pointers[block - 1].startswith(prefix + "/"):
        block -= 1
    spans = dict(zip(pointers[:block], places[:block], strict=True))
    entry = {prefix + inner[4:]: (l1 + moved, c1, l2 + moved, c2)
             for inner, (l1, c1, l2, c2) in part.positions.spans.items()
             if inner == "/x/0" or inner.startswith("/x/0/")}
    if len(prefix) > len("/x/0") and max(map(len, entry)) > MAX_KEY_PATH:
        return None  # read alone, its keys may have passed the limit they pass in the file
    spans.update(entry)
    rest = places[last + 1:]
    if shift:
        rest = [(l1 + shift if l1 > end else l1, c1, l2 + shift if l2 > end else l2, c2)
                for l1, c1, l2, c2 in rest]
    spans.update(zip(pointers[last + 1:], rest, strict=True))
    if following is None:  # at the end of the file: the section and the file end there
        for pointer, inner in ((pointer_join("", key), "/x"), ("", "")):
            _, _, l2, c2 = part.positions.spans[inner]
            spans[pointer] = (*spans[pointer][:2], l2 + moved, c2)
    if len(spans) * 2 >= MAX_NODES:
        return None
    data = dict(root)
    data[key] = [*root[key][:index], entries[0], *root[key][index + 1:]]
    return Document(data, PositionMap(spans), [])


def _changed_lines(before: str, after: str) -> tuple[int, int]:
    """How many lines two different texts share at their start, and at their end."""
    size = min(len(before), len(after))
    start = 0
    while start < size and before[start:start + 4096] == after[start:start + 4096]:
        start += 4096
    while start < size and before[start] == after[start]:
        start += 1
    end = 0
    room = size - start
    while end + 4096 <= room and before[len(before) - end - 4096:len(before) - end] == \
            after[len(after) - end - 4096:len(after) - end]:
        end += 4096
    while end < room and before[-1 - end] == after[-1 - end]:
        end += 1
    first = before.count("\n", 0, start)
    return first, min(before.count("\n", len(before) - end),
                      min(before.count("\n"), after.count("\n")) - first)


def _entry_around(root: dict[str, Any], spans: dict[str, Span], first: int, last: int,
                  lines: int) -> tuple[str, int, int, int, str | None] | None:
    """The entry of a top-level list whose lines hold the changed lines ``first`` to
    ``last`` (from 0, ``last`` excluded): its section's key, its index, its first line
    and the line after it (from 0), and what follows it: ``""`` for the next entry of
    the list, else the next top-level key, or ``None`` at the end of the file."""
    keys = list(root)
    for place, key in enumerate(keys):
        entries = root[key]
        section = spans.get(pointer_join("", key))
        if not isinstance(entries, list) or not entries or section is None \
                or not section[0] <= first + 1 <= section[2]:
            continue
        base = pointer_join("", key)
        starts = [spans[f"{base}/{index}"][0] - 1 if f"{base}/{index}" in spans else -1
                  for index in range(len(entries))]
        index = bisect.bisect_right(starts, first) - 1
        if index < 0 or starts[index] < 0:
            return None
        following: str | None = ""
        if index + 1 < len(entries):
            end = starts[index + 1]
        else:
            after = [(spans[pointer_join("", other)][0] - 1, other) for other in keys[place + 1:]
                     if pointer_join("", other) in spans]
            end, following = min(after, default=(lines, None))
        if end <= starts[index] or last > end:
            return None
        return key, index, starts[index], end, following
    return None

