"""The plan lines an excerpt shows and the span it marks on each (text and HTML)."""

from __future__ import annotations

import random

from planlint.finding import Location
from planlint.positions import SourceFile
from planlint.reporters.excerpt import ExcerptLine, excerpt, tight


def _as_clamped(source: SourceFile, location: Location, context: int,
                span_lines: int) -> list[ExcerptLine]:
    """The excerpt as first written, its bounds clamped with ``min`` and ``max``."""
    first = location.line
    assert first is not None
    location = tight(location, source)
    last = location.end_line or first
    last_end = ((location.end_column or 1) - 1 if location.end_line
                else len(source.line_text(first).rstrip()))
    shown_last = min(last, first + span_lines - 1)
    lines: list[ExcerptLine] = []
    top, bottom = max(1, first - context), min(len(source.lines), shown_last + context)
    for number in range(top, bottom + 1):
        raw = source.lines[number - 1]
        if not first <= number <= shown_last:
            lines.append((number, raw, None, None))
            continue
        content_end = len(raw.rstrip())
        start = (location.column or 1) - 1 if number == first else len(raw) - len(raw.lstrip())
        end = last_end if number == last else content_end
        start = min(start, len(raw))
        end = max(start + 1, min(end, max(content_end, start + 1)))
        lines.append((number, raw, start, end))
    return lines


def test_excerpts_of_any_span_keep_their_bounds() -> None:
    # spans past a line's end, ending before they start, over blank and indented lines,
    # at the file's first and last lines
    chance = random.Random(17)
    text = "\n".join(chance.choice(["", "  ", "goals:", "  - id: G1", "    title: Grow  ",
                                    "x" * 30]) for _ in range(40)) + "\n"
    source = SourceFile("plan.yaml", None, text, "yaml")
    for _ in range(3000):
        line = chance.randint(1, len(source.lines))
        end_line = chance.choice([None, line, line + chance.randint(0, 8)])
        location = Location("plan.yaml", line, chance.randint(1, 40),
                            None if end_line is None else min(end_line, len(source.lines)),
                            None if end_line is None else chance.randint(1, 40))
        context, span_lines = chance.randint(0, 3), chance.randint(1, 7)
        assert excerpt(source, location, context=context, span_lines=span_lines) == \
            _as_clamped(source, location, context, span_lines), location
