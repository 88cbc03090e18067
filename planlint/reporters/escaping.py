"""HTML escaping for the reports, with a fast path for text that needs none.

:func:`html.escape` runs five replacements on every string; most of what a report
escapes (ids, titles, messages, plan lines) holds none of the five characters, and a
membership test for each is several times cheaper than the replacements.
"""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """``text`` as :func:`html.escape` gives it (quotes included)."""
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return html.escape(text)
    return text
