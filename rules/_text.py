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


def number(value: float) -> str:
    """A value as a person writes it: 1,200,000 and 16.96, not 1200000.0."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def joined(parts: list[str], last: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {last} {parts[-1]}"
