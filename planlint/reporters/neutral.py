"""Plan text made harmless for the medium a reporter writes it to.

Ids, titles, file names and the messages that quote them are written by whoever edits a
plan, and a report is read by people and by machines that act on what they read: a
terminal runs escape sequences, a CI log runs ``::workflow commands::`` at the start of
a line, a pull-request comment notifies ``@mentions`` and links bare addresses, a SARIF
viewer follows ``[text](url)``. Each writer passes plan text through the function for
its medium, so the report says what the plan says and does nothing else.
"""

from __future__ import annotations

from planlint.finding import Location
from planlint.patterns import LazyPattern
from planlint.reporters import is_file
from planlint.reporters.escaping import escape, printable

_ZERO_WIDTH = "&#8203;"  # a zero-width space, as an entity so the raw text shows it
_MARKDOWN = str.maketrans({"\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "&": "&amp;",
                           "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
                           "~": "\\~", "@": "@" + _ZERO_WIDTH})
#: Compiled on first use: only Markdown and SARIF messages need them.
_AUTOLINK = LazyPattern(r"(?i)(?<=[a-z]:)(?=//)|(?<=\bwww)(?=\.)")
_BRACKET = LazyPattern(r"(\\*)([\[\]])")


def terminal(text: str) -> str:
    """``text`` on one line, with nothing a terminal acts on: control characters,
    format characters (bidi overrides) and line separators are shown as escapes
    (``\\x1b``, ``\\u202e``, ``\\n``)."""
    if printable(text):
        return text
    return "".join(char if char.isprintable()
                   else char.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for char in text)


def line_start(location: Location) -> str:
    """A location as the start of a text line: its file name made terminal-safe, and
    ``./`` put before a relative name that a CI runner would read as a command (a line
    starting with ``::`` or ``##[``)."""
    shown = terminal(str(location))
    if is_file(location.file) and shown.lstrip()[:1] in (":", "#"):
        return "./" + shown
    return shown


def log_lines(text: str) -> str:
    """``text`` for standard error, which a terminal shows and a CI runner reads as its
    log: each of its lines terminal-safe, and one that a runner would read as a command
    (a file name holding a line break and ``::error::``) put after ``./``."""
    lines = (terminal(line) for line in text.split("\n"))
    return "\n".join("./" + line if line.lstrip().startswith(("::", "##[")) else line
                     for line in lines)


def html(text: str) -> str:
    """``text`` as inert HTML or SVG text: markup escaped, and control characters, bidi
    overrides and line breaks shown as escapes, as :func:`terminal` shows them (a page
    writes some 40,000 texts, nearly all printable: tested here, without the call)."""
    return escape(text if printable(text) else terminal(text))


def markdown(text: str) -> str:
    """``text`` as inert Markdown on one table row: markup escaped, ``@mentions`` and
    bare links broken with a zero-width space, line breaks as ``<br>``."""
    return "<br>".join(_unlinked(terminal(part).translate(_MARKDOWN))
                       for part in text.splitlines() or [""])


def _unlinked(text: str) -> str:
    """``text`` with a zero-width space where a viewer would start a bare link: before
    the ``//`` of ``scheme://`` and the ``.`` of ``www.``. Only text holding ``//`` or
    ``www.`` is searched: the pattern opens with a lookbehind, which has the regex
    engine try every position of every cell (about half of a Markdown report's
    writing)."""
    if "//" in text or "www." in text.lower():
        return _AUTOLINK.sub(_ZERO_WIDTH, text)
    return text


def sarif(text: str) -> str:
    """``text`` as a SARIF plain-text message with no embedded link: square brackets
    (and the backslashes before them) escaped, as SARIF 2.1.0 section 3.11.6 asks of
    brackets that are not part of a link."""
    text = terminal(text)
    if "[" not in text and "]" not in text:  # most messages: the search tries every place
        return text
    return _BRACKET.sub(lambda match: match[1] * 2 + "\\" + match[2], text)
