"""HTML escaping for the reports, with a fast path for text that needs none, and the
test for printable text every report's plain text passes (:func:`printable`).

:func:`html.escape` runs five replacements on every string; most of what a report
escapes (ids, titles, messages, plan lines) holds none of the five characters, and
one pass looking for them is several times cheaper than the replacements. When
``_fastlayout`` is built, that pass is in C (an HTML page of a 5,000-item plan
escapes about 39,000 strings: a Python call and five searches each cost more than
all the replacements).
"""

from __future__ import annotations

import html
from collections.abc import Callable


def python_escape(text: str) -> str:
    """``text`` as :func:`html.escape` gives it (quotes included)."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text)
    return text


escape: Callable[[str], str]
#: ``str.isprintable``: in C, a character below 256 (most text a report writes) is read
#: from a table rather than looked up among its Unicode properties, several times
#: faster (a 5,000-item plan's JUnit report tests about a million characters).
printable: Callable[[str], bool]
try:
    from planlint.reporters._fastlayout import escape, printable
except ImportError:  # built without a C compiler
    escape = python_escape
    printable = str.isprintable
