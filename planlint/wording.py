"""How planlint words its messages, for rules and plugins alike: lists, counts, articles
and numbers as a person writes them."""

from __future__ import annotations

#: Words that start with a vowel letter but not a vowel sound ("a unit").
_CONSONANT_SOUND = ("uni", "use", "usu", "one", "eu")


def joined(parts: list[str], last: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c`` (``last`` may be ``or``)."""
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {last} {parts[-1]}"


def plural(count: int, word: str) -> str:
    """``1 file``, ``2 files``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def article(word: str) -> str:
    """``a goal``, ``an initiative``, ``a unit``."""
    vowel = word[:1].lower() in "aeiou" and not word.lower().startswith(_CONSONANT_SOUND)
    return f"{'an' if vowel else 'a'} {word}"


def number(value: float) -> str:
    """A value as a person writes it: 1,200,000 and 16.96, not 1200000.0."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
