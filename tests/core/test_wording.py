"""The wording helpers rules and plugins share, and the one suggestion helper."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planlint.suggest import did_you_mean, nearest, suggested
from planlint.wording import article, joined, number, plural


@pytest.mark.parametrize(("word", "said"), [
    ("goal", "a goal"), ("initiative", "an initiative"), ("unit", "a unit"),
    ("assumption", "an assumption"), ("user", "a user"), ("owner", "an owner")])
def test_article(word: str, said: str) -> None:
    assert article(word) == said


def test_joined_plural_and_number() -> None:
    assert [joined(["a"]), joined(["a", "b"]), joined(["a", "b", "c"], "or")] == \
        ["a", "a and b", "a, b or c"]
    assert (plural(1, "file"), plural(2, "file")) == ("1 file", "2 files")
    assert (number(1200000.0), number(16.96), number(-0.0)) == ("1,200,000", "16.96", "0")


def test_nearest_by_spelling_then_by_synonym() -> None:
    assert nearest("ownr", ["owner", "unit"]) == "owner"
    assert nearest("KPIs", ["metrics", "goals"], {"kpis": ["metrics"]}) == "metrics"
    assert nearest("zzz", ["metrics"]) is None
    assert did_you_mean("PL2O1", ["PL201", "PL203"]) == "did you mean 'PL201'?"
    assert did_you_mean("zzz", ["metrics"]) == ""


@given(st.text("abcd", max_size=30), st.lists(st.text("abcd", min_size=1, max_size=8),
                                            min_size=1, max_size=4))
def test_a_word_too_long_for_any_choice_is_skipped_with_the_same_answer(
        word: str, choices: list[str]) -> None:
    # the length bound only skips comparisons that cannot reach the cutoff
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    assert nearest(word, choices, cutoff=0.6) == (close[0] if close else None)


def test_a_word_at_the_cutoff_exactly_is_still_compared() -> None:
    # 2 * 3 / (3 + 7) is 0.6 in difflib's arithmetic, though 7 * 0.6 > 3 * 1.4 in floats
    assert nearest("aaaaaaa", ["aaa"], cutoff=0.6) == "aaa"


def test_a_suggestion_is_read_back_from_the_message_that_makes_it() -> None:
    assert suggested(f"goal G1 has no field 'ownr'; {did_you_mean('ownr', ['owner'])} "
                     "It is read as owner here; rename it") == "owner"
    assert suggested("x; " + did_you_mean("its", ["it's"])) == "it's"
    assert suggested("goal G1 has no owner") is None
