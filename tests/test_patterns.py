"""Patterns compiled when first used, and the words they need before they are compiled."""

from __future__ import annotations

import importlib
import pkgutil
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

import planlint
import rules
from planlint.patterns import LazyPattern


def _needed(items: list[Any], needs: tuple[str, ...], ignore_case: bool) -> bool:
    """Whether every match of the parsed sequence ``items`` holds one of ``needs``: a run
    of its literal characters holds one, or one of its parts does (each branch of an
    alternation read on with what comes before and after it, a group, a repeat of at
    least once, a set of single characters each of which is needed)."""
    run: list[str] = []
    runs: list[str] = []
    for position, (op, arg) in enumerate(items):
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.BRANCH:  # the parser moves a prefix common to the branches before them
            before = [(sre.LITERAL, ord(char)) for char in run]
            return any(word in (text.lower() if ignore_case else text)
                       for text in runs for word in needs) or all(
                _needed(before + list(branch) + items[position + 1:], needs, ignore_case)
                for branch in arg[1])
        if op is sre.SUBPATTERN:
            return _needed(items[:position] + list(arg[-1]) + items[position + 1:],
                           needs, ignore_case)
        runs.append("".join(run))
        run = []
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1 \
                and _needed(list(arg[2]), needs, ignore_case):
            return True
        if op is sre.IN and all(kind is sre.LITERAL and chr(code) in needs
                                for kind, code in arg):
            return True
    runs.append("".join(run))
    return any(word in (text.lower() if ignore_case else text)
               for text in runs for word in needs)


def _declared() -> list[tuple[str, LazyPattern]]:
    found: dict[int, tuple[str, LazyPattern]] = {}
    for package in (planlint, rules):
        for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if module.name.endswith("__main__"):
                continue
            for name, value in vars(importlib.import_module(module.name)).items():
                if isinstance(value, LazyPattern) and value.needs:
                    found[id(value)] = (f"{module.name}.{name}", value)
    return sorted(found.values(), key=lambda item: item[0])


_DECLARED = _declared()


@pytest.mark.parametrize(("name", "pattern"), _DECLARED, ids=[name for name, _ in _DECLARED])
def test_every_match_holds_a_needed_word(name: str, pattern: LazyPattern) -> None:
    """A pattern's ``needs`` hold for every branch of it, so leaving it uncompiled for a
    text with none of them changes no answer (a branch added later must add its word)."""
    assert "(?i" not in pattern.pattern, name
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    assert not ignore_case or all(word == word.lower() for word in pattern.needs), name
    assert _needed(list(_parser.parse(pattern.pattern, pattern.flags)), pattern.needs,
                   ignore_case), name


def test_needs_leave_a_pattern_uncompiled_until_a_text_holds_one() -> None:
    pattern = LazyPattern(r"\b(?:on|off) track\b", re.IGNORECASE, needs=("track",))
    assert pattern.search("Roll out the new rota") is None
    assert "search" not in vars(pattern)  # not compiled
    assert pattern.match("ON TRACK for May") is not None
    assert "search" in vars(pattern)  # compiled: calls go to the compiled pattern
    assert pattern.search("still on track") is not None


def test_needs_search_a_text_outside_ascii_with_the_pattern() -> None:
    """Case folding makes the long s (U+017F) an ``s``, which ``str.lower`` does not show."""
    pattern = LazyPattern(r"\bsurvey\b", re.IGNORECASE, needs=("survey",))
    assert pattern.fullmatch("\u017furvey") is not None


def test_needs_are_words_as_written_where_case_counts() -> None:
    pattern = LazyPattern(r"\bKPI\b", needs=("KPI",))
    assert pattern.search("kpi") is None
    assert pattern.search("a KPI") is not None


def test_the_verifier_finds_a_branch_without_a_needed_word() -> None:
    parsed = list(_parser.parse(r"\b(?:share|rate) of\b|\bpercent\b", 0))
    assert _needed(parsed, ("percent", " of"), False)
    assert not _needed(parsed, ("share", "percent"), False)
