"""Regular expressions compiled when first used.

planlint's modules hold some 150 patterns for reading wording, and a plan needs few of
them: compiling them all at import took about 5 % of the instructions of a whole check
of a 5,000-item plan. A module declares a pattern with :class:`LazyPattern` where it
would call :func:`re.compile`, and uses it the same way.

Many patterns are searched a few hundred times a check and match nothing, yet are
compiled for it. Where every match of a pattern holds one of a few words, the pattern
names them (``needs``) and is compiled only when a text searched holds one of them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

#: The methods of a compiled pattern that :class:`LazyPattern` stands in for.
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time one of its methods is called.
    The compiled pattern's methods then take the place of this object's, so later calls
    go straight to them.

    ``needs`` are words one of which every match of the pattern holds, written as they
    stand in it (in lower case where the pattern ignores case): until a text holds one
    of them, :meth:`search`, :meth:`match` and :meth:`fullmatch` answer ``None`` without
    compiling the pattern. Under ``re.IGNORECASE`` a text is compared in lower case, and
    a text that is not all ASCII is searched with the pattern (Unicode case folding
    matches more than :meth:`str.lower` shows: the long s, U+017F, is an ``s``)."""

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self.flags = flags
        self.needs = needs
        # the flag is tested here once: a flag enum's ``&`` runs in Python at each call
        self._folded = bool(flags & re.IGNORECASE)

    def _may_match(self, string: str) -> bool:
        """Whether the pattern may match the string: it has no ``needs``, or the string
        holds one of them."""
        if not self.needs:
            return True
        if self._folded:
            if not string.isascii():
                return True
            string = string.lower()
        return any(word in string for word in self.needs)

    def _compiled(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(string):
            return None
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(string):
            return None
        return self._compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(string):
            return None
        return self._compiled().fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str,
             count: int = 0) -> tuple[str, int]:
        return self._compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compiled().split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compiled().findall(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)
