"""The wording helpers rules and plugins share, and the one suggestion helper."""

from __future__ import annotations

import pytest

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


def test_a_suggestion_is_read_back_from_the_message_that_makes_it() -> None:
    assert suggested(f"goal G1 has no field 'ownr'; {did_you_mean('ownr', ['owner'])} "
                     "It is read as owner here; rename it") == "owner"
    assert suggested("x; " + did_you_mean("its", ["it's"])) == "it's"
    assert suggested("goal G1 has no owner") is None
