"""The plan lines a finding points at, with the part of each line its span covers."""

from __future__ import annotations

import unicodedata

from planlint.finding import Location
from planlint.positions import SourceFile

TAB = "    "
_REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


#: One line of an excerpt: its number, its text, and ``start``/``end`` (0-based, end
#: exclusive) marking the span on it, ``None`` when the line is context outside the
#: span. A plain tuple: an HTML page makes one per line shown (9,000 for a 5,000-item
#: plan), and a named tuple's constructor is a Python call (about 0.2 µs) where a
#: tuple is built in a few nanoseconds.
ExcerptLine = tuple[int, str, int | None, int | None]


def printable(text: str) -> str:
    """``text`` safe to show: tabs as spaces, control characters as U+FFFD.

    Plan text is untrusted; a terminal escape sequence in a title must not reach the
    terminal. Measure columns on the result (:func:`width`) to keep spans aligned.
    """
    if text.isprintable():
        return text
    return "".join(TAB if char == "\t" else char if char.isprintable() else _REPLACEMENT
                   for char in text)


def width(text: str) -> int:
    """How many terminal columns ``text`` takes (wide East Asian characters take two)."""
    if text.isascii():  # no wide character; most plan lines
        return len(text)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def tight(location: Location, source: SourceFile | None) -> Location:
    """``location`` without the indentation of the next line that a block's span ends on.

    A YAML block ends where the next token starts: its span reaches into the following
    line, up to that line's indentation. The tight span ends with the block's last line.
    """
    end = tight_end(location, source)
    return location if end is None else location.ending(*end)


def tight_end(location: Location, source: SourceFile | None) -> tuple[int, int] | None:
    """The end line and column of :func:`tight`'s span, ``None`` where it is
    ``location`` itself: for an excerpt or a SARIF region, which need only the numbers
    (a location made for each multi-line span cost more than the rest of the test)."""
    line, end_line, end_column = location.line, location.end_line, location.end_column
    if (source is None or line is None or end_line is None or end_column is None
            or end_line <= line or source.line_text(end_line)[:end_column - 1].strip()):
        return None
    last = end_line - 1
    while last > line and not source.line_text(last).strip():
        last -= 1
    return last, len(source.line_text(last).rstrip()) + 1


def excerpt(source: SourceFile, location: Location, *, context: int = 0,
            span_lines: int = 1) -> list[ExcerptLine]:
    """The lines around ``location``: up to ``span_lines`` lines of the span, each
    marked where the span covers it, and ``context`` lines before and after.

    Empty when the location has no line or the file has no text.
    """
    first = location.line
    if first is None or not source.lines:
        return []
    end_line, end_column = location.end_line, location.end_column
    if (tightened := tight_end(location, source)) is not None:
        end_line, end_column = tightened
    last = end_line or first
    last_end = (end_column or 1) - 1 if end_line else len(source.line_text(first).rstrip())
    # bounds kept by comparisons: a call of min() or max() costs several of them, and
    # an excerpt is made for every finding of a text or HTML report
    shown_last = first + span_lines - 1
    if last < shown_last:
        shown_last = last
    lines: list[ExcerptLine] = []
    text = source.lines  # every line from top to bottom is within the file
    top = first - context if first > context else 1
    bottom = shown_last + context
    if bottom > len(text):
        bottom = len(text)
    for number in range(top, bottom + 1):
        raw = text[number - 1]
        if not first <= number <= shown_last:
            lines.append((number, raw, None, None))
            continue
        content_end = len(raw.rstrip())
        start = (location.column or 1) - 1 if number == first else len(raw) - len(raw.lstrip())
        end = last_end if number == last else content_end
        if start > len(raw):
            start = len(raw)
        if end > content_end:  # the span ends within the line's content...
            end = content_end
        if end <= start:  # ...and marks at least one column
            end = start + 1
        lines.append((number, raw, start, end))
    return lines
