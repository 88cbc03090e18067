"""The one way planlint guesses what a user meant: the nearest known word to one they
wrote (a typo of a rule, an id, a field, a value), or the word other vocabularies use
for it (``kpis`` for ``metrics``, ``up`` for ``increase``)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping

#: How alike two words must be to suggest one for the other (difflib's ratio).
CUTOFF = 0.6
_SUGGESTED = re.compile(r"did you mean ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\?")


def nearest(word: str, known: Iterable[str], synonyms: Mapping[str, Iterable[str]] = {},
            cutoff: float = CUTOFF) -> str | None:
    """The known word ``word`` most likely means: the first of its ``synonyms`` that is
    known (looked up in lower case, spaces and dashes as ``_``), read before any known
    word it is merely spelt like (``inactive`` is ``on-hold``, not ``active``), else the
    closest in spelling; ``None`` when nothing is close."""
    import difflib  # only a mistake needs it, and most runs meet none

    choices = sorted(set(known))
    meant = synonyms.get(re.sub(r"[\s-]+", "_", word.strip().lower()), ())
    listed = next((candidate for candidate in meant if candidate in choices), None)
    if listed is not None:
        return listed
    # a word too long to reach the cutoff against any choice is not compared (a
    # 45,000-character value took 50 ms a field): a similarity of 2M/(a+b) is at most
    # 2a/(a+b), difflib's real_quick_ratio, computed here as difflib computes it
    longest = max(map(len, choices), default=0)
    if len(word) > longest and 2.0 * longest / (longest + len(word)) < cutoff:
        return None
    close = difflib.get_close_matches(word, choices, n=1, cutoff=cutoff)
    return close[0] if close else None


def did_you_mean(word: str, known: Iterable[str], synonyms: Mapping[str, Iterable[str]] = {},
                 cutoff: float = CUTOFF) -> str:
    """``did you mean 'x'?`` for the nearest known word, or an empty string."""
    close = nearest(word, known, synonyms, cutoff)
    return f"did you mean {close!r}?" if close else ""


def suggested(message: str) -> str | None:
    """The word a message suggests with ``did you mean 'x'?``, if it does (the editor's
    quick fix applies it)."""
    found = _SUGGESTED.search(message)
    if found is None:
        return None
    word = ast.literal_eval(found.group(1))
    return word if isinstance(word, str) else None
