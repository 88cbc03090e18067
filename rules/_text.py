"""Wording shared by the rules: their messages, and phrases to compare."""

from __future__ import annotations

import re

from planlint.limits import MAX_WORDED
from planlint.measures import strip_label
from planlint.model import Item, one_line


def named(item: Item, word: str | None = None, label: str | None = None) -> str:
    """An item as messages name it: ``goal G1 (Return to operating profit)``, or just
    ``goal G1`` when its title is its id. ``word`` replaces the kind ("" drops it);
    ``label`` replaces the title. Plan text is quoted on one line."""
    kind = item.kind if word is None else word
    title = one_line(label or "") or item.label
    text = f"{kind} {item.id}" if kind else item.id
    return text if title == item.id else f"{text} ({title})"


def phrase(text: str) -> str:
    """The words of a text (its first ``MAX_WORDED`` characters) in lower case, each
    without a plural's final ``s``, between spaces: a phrase to find whole words in."""
    words = [word[:-1] if len(word) > 3 and word.endswith("s") else word
             for word in re.findall(r"\w+", text[:MAX_WORDED].casefold())]
    return f" {' '.join(words)} "


def plain_title(title: str | None) -> str:
    """A title as titles are compared: case, spacing and a label before it (``CTO:``)
    ignored."""
    return " ".join(strip_label(title or "").casefold().split())
