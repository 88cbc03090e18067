"""The linear-time matcher behind ``matches`` agrees with Python's ``re`` and refuses
what would need backtracking."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planlint.rulefiles.regex import MAX_PATTERN, MAX_TEXT, Pattern, PatternError

PATTERNS = [
    r"^[A-Z]{2,}-\d+$", r"(?i)launch|implement", r"\bhire\b", r"a.*b.*c", r"(a+)+$",
    r"x{2,4}y?", r"[^a-c]+\Z", r"(?m)^b$", r"(?s)a.b", r"\Bb", r"ab|cd|", r"(?i:A)b",
    r"\s+\w*\S", r"[\d_-]+", r"^$", r"(?x) a  b # comment", r"\Aab*?c", r"[a-]b|[^\W]",
    r"(?:ab){0,2}c", r"\D\d", r"é+", r"[A-Za-z]+ [0-9]",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), st.text(alphabet="abcxyAB-12 _\né\t", max_size=14))
def test_matches_like_python_re(pattern: str, text: str) -> None:
    assert Pattern(pattern).search(text) == bool(re.search(pattern, text))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), st.text(alphabet="abcxyAB-12 _\né\t", max_size=8),
       st.integers(1, 40))
def test_remembered_steps_match_like_python_re(pattern: str, part: str, times: int) -> None:
    # repeated text reaches the same states again, where remembered steps are taken
    text = part * times
    assert Pattern(pattern).search(text) == bool(re.search(pattern, text))


@pytest.mark.parametrize("text", ["a" * MAX_TEXT, ("a" * 899 + "b") * 11, "a b\n" * 2500])
def test_a_large_pattern_over_a_long_value_is_quick(text: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # a{0,900}z walked 900 states at each of 10,000 characters (some 9 million walks,
    # 10 s for one value); counted in walks, not seconds, so a busy machine cannot fail it
    walks = 0
    close = Pattern._close

    def counted(self: Pattern, *args: Any) -> bool:
        nonlocal walks
        walks += 1
        return close(self, *args)

    monkeypatch.setattr(Pattern, "_close", counted)
    assert Pattern(r"a{0,900}z").search(text) is False
    assert Pattern(r"(?m)^a{0,900}\b\Z").search(text) is bool(re.search(r"(?m)^a{0,900}\b\Z",
                                                                       text[:MAX_TEXT]))
    assert walks < 50 * MAX_TEXT


def test_patterns_that_backtrack_for_ever_in_re_stay_linear_here() -> None:
    assert Pattern(r"(a+)+$").search("a" * 5000 + "!") is False
    assert Pattern(r"(\w+\s?)+x").search("word " * 1000) is False
    assert Pattern(r".*a.*b.*c").search("ab" * 5000) is False


@pytest.mark.parametrize(("pattern", "says"), [
    (r"(a)\1", "backreferences"), (r"(?=a)", "lookarounds"), (r"(?<!a)b", "negative"),
    (r"a++", "possessive"), (r"(?>a)", "atomic"), (r"(?a)x", "flags"),
    (r"(a", "not a valid regular expression"), ("a" * (MAX_PATTERN + 1), "limit"),
    (r"(a)?(?(1)b|c)", "conditional"), (r"(?:a{1000}){1000}", "expands"),
    (r"(?:a|b){2000}", "expands"), (r"a{4294967296}", "expands"),
])
def test_constructs_that_need_backtracking_are_refused(pattern: str, says: str) -> None:
    with pytest.raises(PatternError, match=says):
        Pattern(pattern)
