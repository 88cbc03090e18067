"""TOML loading with :mod:`tomllib`; positions come from a line scan, only when asked for."""

from __future__ import annotations

import tomllib

from planlint.limits import MAX_DEPTH
from planlint.loaders import Document, LoadError, depth_over
from planlint.patterns import LazyPattern
from planlint.positions import PositionMap, Span, lines_of, pointer_join

#: Compiled on first use: a config in TOML is read without them, and few plans are TOML.
_ERROR_AT = LazyPattern(r"\s*\(at line (\d+), column (\d+)\)$")
_HEADER = LazyPattern(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = LazyPattern(r'^\s*((?:"[^"]*"|\'[^\']*\'|[A-Za-z0-9_-]+)'
                  r'(?:\s*\.\s*(?:"[^"]*"|\'[^\']*\'|[A-Za-z0-9_-]+))*)\s*=')
_PART = LazyPattern(r'"([^"]*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')


def load(text: str) -> Document:
    """Load TOML text; raises :class:`LoadError` when it is not valid TOML."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = _ERROR_AT.search(message)
        if found:
            raise LoadError(f"not valid TOML: {message[: found.start()]}",
                            int(found.group(1)), int(found.group(2))) from None
        if message.endswith(" (at end of document)"):
            lines = lines_of(text) or [""]
            raise LoadError(f"not valid TOML: {message[: -len(' (at end of document)')]} "
                            "at the end of the file", len(lines), len(lines[-1]) + 1) from None
        raise LoadError(f"not valid TOML: {message}") from None
    except ValueError as error:  # an integer with more digits than Python reads
        raise LoadError(f"not valid TOML: {str(error).split(';')[0]}; write a smaller "
                        "number") from None
    except RecursionError:
        data = None
    if data is None or depth_over(data, MAX_DEPTH):
        raise LoadError(f"arrays and tables nest deeper than {MAX_DEPTH} levels; a plan "
                        "needs only a few, flatten the file")
    return Document(data, PositionMap(build=lambda: _index(text)))


def _parts(path: str) -> list[str]:
    return [_escaped(a) or b or c for a, b, c in _PART.findall(path)]


def _escaped(quoted: str) -> str:
    """A double-quoted key's text as TOML reads its escapes (``"sel\\u0065ct"`` is
    ``select``), so that its place is found under the key the data has."""
    if "\\" not in quoted:
        return quoted
    try:
        return next(iter(tomllib.loads(f'"{quoted}" = 0')))
    except tomllib.TOMLDecodeError:
        return quoted


def _index(text: str) -> dict[str, Span]:
    """Spans of tables, array-of-table entries and keys, by a scan of the lines."""
    spans: dict[str, Span] = {}
    counts: dict[str, int] = {}
    table = ""
    for number, raw in enumerate(lines_of(text), start=1):
        header = _HEADER.match(raw)
        if header:
            parts = _parts(header.group(2))
            array = header.group(1) == "[["
            table = ""
            for position, part in enumerate(parts, start=1):
                table = pointer_join(table, part)
                if array and position == len(parts):
                    counts[table] = counts.get(table, 0) + 1
                if table in counts:
                    table = f"{table}/{counts[table] - 1}"
            spans[table] = (number, raw.index("[") + 1, number, len(raw) + 1)
            continue
        key = _KEY.match(raw)
        if key:
            pointer = table
            for part in _parts(key.group(1)):
                pointer = pointer_join(pointer, part)
            spans[pointer] = (number, key.start(1) + 1, number, len(raw) + 1)
    return spans
