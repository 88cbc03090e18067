"""Wording shared by the rules' messages."""

from __future__ import annotations

from planlint.model import Item, one_line


def named(item: Item, word: str | None = None, label: str | None = None) -> str:
    """An item as messages name it: ``goal G1 (Return to operating profit)``, or just
    ``goal G1`` when its title is its id. ``word`` replaces the kind ("" drops it);
    ``label`` replaces the title. Plan text is quoted on one line."""
    kind = item.kind if word is None else word
    title = one_line(label or "") or item.label
    text = f"{kind} {item.id}" if kind else item.id
    return text if title == item.id else f"{text} ({title})"

