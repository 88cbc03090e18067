"""The reports' HTML escaping gives what html.escape gives, faster for plain text."""

from __future__ import annotations

import html
import random

import pytest

from planlint.reporters import escaping
from planlint.reporters.escaping import escape


@pytest.mark.parametrize("text", [
    "", "plain text", "a & b", "<script>", "x > y", 'say "hi"', "it's",
    "&amp; already", "<a href='x'>&\"</a>", "ünïcode — ✓",
])
def test_escape_matches_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_plain_text_is_returned_as_is() -> None:
    text = "Raise net revenue retention"
    assert escape(text) is text


def test_escape_in_c_matches_the_python_escape() -> None:
    """``_fastlayout``'s escape (when built) gives what the Python one gives, on random
    text of every width: ASCII, Latin-1, the BMP, beyond it and lone surrogates."""
    if escaping.escape is escaping.python_escape:
        pytest.skip("_fastlayout is not built")
    rng = random.Random(17)
    alphabet = "ab &<>\"'\n\té—✓\U0001f600\ud800"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert escaping.escape(text) == escaping.python_escape(text) == html.escape(text)


def test_printable_in_c_matches_isprintable() -> None:
    """``_fastlayout``'s printable (when built) tells what ``str.isprintable`` tells, for
    every code point alone and in text of every width."""
    if escaping.printable is str.isprintable:
        pytest.skip("_fastlayout is not built")
    for code in range(0x110000):
        char = chr(code)
        assert escaping.printable(char) is char.isprintable(), hex(code)
    rng = random.Random(17)
    alphabet = "ab \x1b\x7f\x85\xa0\xad\xe9—\u200b\u202e\u2028✓\U0001f600\U000e0001\ud800"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for sample in (text, "plain " + text, "é " + text):
            assert escaping.printable(sample) is sample.isprintable(), ascii(sample)
