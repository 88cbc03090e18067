"""A cheap look at YAML text before libyaml builds its node tree.

libyaml composes nodes recursively and keeps every node in memory: some libyaml
versions crash on a few ten thousand nested brackets and scan deep flow nesting in
quadratic time, and a dense file of a few megabytes makes millions of nodes. So before
composing, :func:`check` bounds the nesting depth and the node count from the text.

The bounds are over-estimates computed mostly at C speed (regex passes and string
counts), and brackets hidden in quoted strings, comments, tags or block scalars cannot
lower them. Only when a bound is over its limit is the text measured exactly with
libyaml's event parser, which keeps nothing and stops at the first limit crossed; so a
plan within the limits is never rejected, whatever it looks like.
"""

from __future__ import annotations

import heapq
import re
from typing import Any

import yaml

from planlint.limits import MAX_DEPTH, MAX_NODES
from planlint.loaders import LoadError

#: Texts whose depth bound is within this are composed as they are; see :func:`check`.
SAFE_DEPTH = 4 * MAX_DEPTH

try:
    _EventLoader: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _EventLoader = yaml.SafeLoader

_BREAKS = "\r\n\x85\u2028\u2029"
_URI = r"0-9A-Za-z_\-;/?:@&=+$.%!~*'()"
# What the readings of the text turn on: brackets, and what may start a string,
# a comment or a tag.
_FLOW = re.compile(r"""[\[\]{}"'#!]""")
_FLOW_HASHES = re.compile(r"""[\[\]{}"'#]""")
_FLOW_QUOTES = re.compile(r"""[\[\]{}"']""")
# A hash followed on its line by a closing bracket: a comment might hide that bracket.
_HIDDEN_BY_COMMENT = re.compile(f"#[^\\]}}#{_BREAKS}]*[\\]}}]")
# A '!' that may start a tag running over a bracket; each run of tag characters is tried
# once, so the search stays linear.
_TAG_BRACKET = re.compile(rf"(?<![{_URI},])(?>[{_URI},]*?!)[{_URI},]*+[\[\]]"
                          rf"|!<[{_URI},]*+[\[\]]")
# What the skeleton drops: escaped double quotes and backslashes, then every byte but
# brackets, quotes and (when comments count) hashes and line breaks.
_ESCAPES = re.compile(rb'''(?:\\\\)*\\"|\\+''')
_DROP = bytes(byte for byte in range(256) if byte not in b"[]{}\"'\x01\x02")
_DROP_HASHES = bytes(byte for byte in range(256) if byte not in b"[]{}\"'#\r\n\x01\x02")
_FOLDS = 8
# A quote, hash or '!' right after a character that cannot end a token: it starts
# nothing; a quote there may still end a string, and is marked so (\x01 or \x02).
_NOT_A_START = tuple(
    (re.compile(chars + rb"""(?<=[^ \t\r\n\[\]{},:?"'\x80-\xff]""" + chars + b")"), mark)
    for chars, mark in ((b'"', b"\x01"), (b"'", b"\x02"), (b"[#!]", b"")))
_QUOTE_RUN = re.compile(r"""["']{5,}""")
_MOST_STEPS = 100_000
_DOUBLE_END = re.compile(r'(?:[^"\\\x01]|\\.)*+["\x01]', re.DOTALL)
# A single-quoted string is read as ending at the next quote: '' inside it then reads
# as two strings back to back, which skip the same text.
_SINGLE_END = re.compile(r"[^'\x02]*+['\x02]")
_BREAK = re.compile(f"[{_BREAKS}]")
# Where a tag ends: libyaml versions differ on ',', '[' and ']'; '!<...>' is verbatim.
_TAG_ENDS = (re.compile(f"[{_URI}]*"), re.compile(rf"[{_URI},\[\]]*"))
_VERBATIM = re.compile(rf"<[{_URI},\[\]]*>")
_LEAD = "[ \t?-]{%d,}"
_NOT_SEPARATOR = bytes(byte for byte in range(256) if byte not in b":?,[]{}*\r\n")


def check(text: str) -> None:
    """Raise :class:`LoadError` when the text nests deeper than ``MAX_DEPTH`` levels or
    holds more than ``MAX_NODES`` nodes; cheap for any text within the limits.

    A text whose bounds are within ``SAFE_DEPTH`` and ``MAX_NODES`` is composed as it
    is (the loader itself reports nesting past ``MAX_DEPTH`` and keeps the rest of the
    file); any other text is measured exactly first.
    """
    if depth_bound(text, SAFE_DEPTH) > SAFE_DEPTH or node_bound(text) > MAX_NODES:
        measure(text)


def flow_bound(text: str, stop: int = 1 << 62) -> int:
    """An upper bound of the flow nesting depth (brackets); past ``stop`` it may stop.

    Every bracket counts, except closing ones that may stand inside a quoted string, a
    comment or a tag: each character that may start one of those either does (the text
    up to where it would end is skipped) or does not, and the deepest outcome is kept.
    The true reading of the text is one of these outcomes, so the bound is never low.

    A string, comment or tag starts a token, so only after a space, a line break, a
    bracket, ',', ':', '?' or a quote; any other quote can only end a string.

    The work is done on a skeleton of the text that keeps only brackets, quotes that
    are not escaped and, when a comment may hide a bracket, hashes and line breaks.
    Each step that shortens the skeleton leaves the deepest outcome as it was, except
    folding balanced brackets, which adds one to the bound per fold.
    """
    hashes = _HIDDEN_BY_COMMENT.search(text) is not None
    if ("!" in text and _TAG_BRACKET.search(text)) or (
            hashes and any(brk in text for brk in _BREAKS[2:])):
        return _deepest(text, _FLOW, stop)
    raw = text.encode("utf-8", "surrogatepass")
    if b"\\" in raw:
        raw = _ESCAPES.sub(b"", raw)
    if b"\x01" in raw or b"\x02" in raw:
        raw = raw.replace(b"\x01", b"").replace(b"\x02", b"")
    for pattern, mark in _NOT_A_START:
        raw = pattern.sub(mark, raw)
    skeleton = raw.translate(None, _DROP_HASHES if hashes else _DROP).decode("ascii")
    skeleton, folds = _shorten(skeleton)
    if len(skeleton) > _MOST_STEPS:
        return stop + 1  # too many to follow one by one: measure the text instead
    return folds + _deepest(skeleton, _FLOW_HASHES if hashes else _FLOW_QUOTES,
                            stop - folds)


def _shorten(skeleton: str) -> tuple[str, int]:
    """Fold balanced brackets (counting the folds) and drop what changes no outcome:
    all but one of adjacent like quotes (the others end strings that hide nothing), and
    a close-and-reopen between two like quotes right after an opening bracket (every
    reading ends that stretch at the depth it started, which is at least one)."""
    folds = 0
    while True:
        before = len(skeleton)
        skeleton = _QUOTE_RUN.sub(_first_and_last, skeleton.replace('""', '"').replace(
            "''", "'"))
        for bracket in "[{":
            for quote in "\"'":
                stretch = bracket + quote
                for close, reopen in ("]{", "}{", "][", "}["):
                    skeleton = skeleton.replace(stretch + close + reopen + quote, stretch)
        if folds < _FOLDS:
            folded = skeleton.replace("[]", "").replace("{}", "").replace(
                "[}", "").replace("{]", "")
            if len(folded) < len(skeleton):
                skeleton = folded
                folds += 1
        if len(skeleton) == before:
            return skeleton, folds


def _first_and_last(run: re.Match[str]) -> str:
    """A run of quotes between brackets: only the first and the last quote of each kind
    decide where readings go (the first is where readings from before rejoin, the last
    reaches furthest), so only they are kept, in their order."""
    quotes = run.group()
    keep = {quotes.find('"'), quotes.rfind('"'), quotes.find("'"), quotes.rfind("'")}
    return "".join(quotes[index] for index in sorted(keep - {-1}))


def _deepest(text: str, pattern: re.Pattern[str], stop: int) -> int:
    """The deepest outcome over every reading of the text (see :func:`flow_bound`)."""
    ends = _Ends(text)
    depth = best = 0
    resume: list[tuple[int, int]] = []  # (position, depth) where a skipping reading rejoins
    for match in pattern.finditer(text):
        at = match.start()
        while resume and resume[0][0] <= at:
            depth = max(depth, heapq.heappop(resume)[1])
        char = match.group()
        if char in "[{":
            depth += 1
            if depth > best:
                best = depth
                if best > stop:
                    break
        elif char in "]}":
            if depth:
                depth -= 1
        else:
            for end in ends.after(at, char):
                heapq.heappush(resume, (end, depth))
    return best


class _Ends:
    """Where a string, comment or tag that starts at a position would end.

    Each search remembers the stretch it crossed, and a search that starts inside that
    stretch in the same state ends at the same place: all searches together read the
    text about once, however many quotes, hashes or '!' it holds.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[re.Pattern[str], tuple[int, int | None]] = {}

    def after(self, at: int, char: str) -> list[int]:
        if char in "\"'#":
            pattern = _DOUBLE_END if char == '"' else _SINGLE_END if char == "'" else _BREAK
            found = [self.find(pattern, at + 1)]
        else:
            found = [self.find(pattern, at + 1) for pattern in _TAG_ENDS]
            verbatim = _VERBATIM.match(self.text, at + 1)
            found.append(verbatim.end() if verbatim else None)
        return [end for end in found if end is not None]

    def find(self, pattern: re.Pattern[str], start: int) -> int | None:
        known = self.known.get(pattern)
        if known is not None and known[0] <= start and (known[1] is None or start < known[1]):
            return known[1]
        if pattern is _BREAK:
            found = pattern.search(self.text, start)
            end = found.start() if found else None
        else:
            found = pattern.match(self.text, start)
            end = found.end() if found else None
        self.known[pattern] = (start, end)
        return end


def block_bound(text: str, stop: int) -> int:
    """An upper bound of the block nesting depth, exact enough to compare with ``stop``.

    Every open block collection has its own indentation column, and at most two (a
    mapping and a list written at the same column) share one, so the depth is at most
    twice the widest run of spaces, tabs, '-' and '?' that starts a line. Returns a
    number over ``stop`` as soon as one line shows it may be.
    """
    width = max(0, stop // 2)
    lead = _LEAD % width
    if re.match(lead, text):
        return stop + 1
    for brk in _BREAKS:
        if brk in text and re.search(re.escape(brk) + lead, text):
            return stop + 1
    return 2 * width


def depth_bound(text: str, stop: int) -> int:
    """An upper bound of the depth libyaml composes: block depth plus flow depth, a flow
    level counting twice (``[a: b]`` holds a mapping inside the list)."""
    flow = 2 * flow_bound(text, stop // 2)
    if flow > stop:
        return flow
    return flow + block_bound(text, stop - flow)


def node_bound(text: str) -> int:
    """An upper bound of the nodes libyaml composes: every node follows a separator (a
    line break, an indicator or a bracket), one separator brings at most two (a
    collection and its first entry), and '?' and '[' at most three."""
    singles = text.encode("utf-8", "surrogatepass").translate(None, _NOT_SEPARATOR)
    others = text.count("- ") + text.count("-\t") + sum(
        text.count(brk) for brk in _BREAKS[2:] if brk in text)
    return 2 * (len(singles) + others) + singles.count(b"?") + singles.count(b"[") + 3


def measure(text: str) -> None:
    """Count depth and nodes exactly with libyaml's event parser, which keeps nothing;
    raise :class:`LoadError` at the first limit crossed. Syntax errors are left to the
    loader, which meets them at the same place."""
    loader = _EventLoader(text)
    depth = nodes = 0
    try:
        while True:
            event = loader.get_event()
            if event is None:
                return
            kind = type(event)
            if kind in (yaml.SequenceStartEvent, yaml.MappingStartEvent):
                depth += 1
                nodes += 1
                if depth > MAX_DEPTH:
                    raise _too_deep(event.start_mark)
            elif kind in (yaml.SequenceEndEvent, yaml.MappingEndEvent):
                depth -= 1
            elif kind in (yaml.ScalarEvent, yaml.AliasEvent):
                nodes += 1
            if nodes > MAX_NODES:
                mark = event.start_mark
                raise LoadError(f"the file holds more than {MAX_NODES:,} values; split the "
                                "plan into several files", mark.line + 1, mark.column + 1)
    except yaml.MarkedYAMLError as error:
        if error.problem and "nesting depth" in error.problem and error.problem_mark:
            raise _too_deep(error.problem_mark) from None
    except yaml.YAMLError:
        return
    finally:
        loader.dispose()


def _too_deep(mark: Any) -> LoadError:
    return LoadError(f"lists and mappings nest deeper than {MAX_DEPTH} levels here; a plan "
                     "needs only a few, flatten this part", mark.line + 1, mark.column + 1)
