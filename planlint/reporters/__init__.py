"""Reporters turn a report into text for a reader: a person, CI, an editor, a tool.

Besides :class:`Reporter`, this module holds what several formats share: where a rule's
documentation lives, and which rules and files a report describes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planlint.finding import Finding, Severity
from planlint.patterns import LazyPattern

if TYPE_CHECKING:
    from planlint.report import Report

#: The one place rule documentation is addressed from: ``docs/rules.md`` of planlint,
#: with an anchor per rule (the heading ``PL101 unowned-goal`` gives ``#pl101-unowned-goal``).
RULE_DOCS_URL = "https://planlint.dev/docs/rules.md"

#: The distribution whose rules ``RULE_DOCS_URL`` documents.
BUILTIN_DISTRIBUTION = "planlint"


@dataclass(frozen=True, slots=True)
class Reporter:
    """An output format: its name for ``--format``, a description and its renderer.

    ``render(report, color)`` returns the whole output; ``color`` says whether the
    reader is a terminal that shows colour. ``render_bytes``, when given, returns the
    same output as UTF-8 (a lone surrogate as its escape, ``\\ud800``), which the
    command writes instead when it can, saving a decode and an encode of a large output.
    """

    name: str
    description: str
    render: Callable[[Report, bool], str]
    render_bytes: Callable[[Report, bool], bytes] | None = None


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """A rule as reports describe it: identity, default severity and documentation."""

    code: str
    name: str
    category: str
    severity: Severity
    summary: str = ""
    rationale: str = ""
    fails: str | None = None
    passes: str | None = None
    distribution: str = ""
    before: tuple[str, ...] = ()

    @property
    def help_uri(self) -> str | None:
        """Where the rule is documented, for planlint's own rules."""
        return help_uri(self.code, self.name, self.distribution)


def help_uri(code: str, name: str, distribution: str) -> str | None:
    """Where a rule shipped by ``distribution`` is documented: for planlint's own rules,
    their section of its rule documentation."""
    return rule_docs_url(code, name) if distribution == BUILTIN_DISTRIBUTION else None


def rule_docs_url(code: str, name: str) -> str:
    """The address of one rule's section in planlint's rule documentation."""
    return f"{RULE_DOCS_URL}#{code.lower()}-{name}"


def rule_entries(report: Report) -> list[RuleEntry]:
    """Every rule the run checked, in run order, then any rule only a finding names.

    A report built by hand has no catalogue; its findings still name their rules.
    """
    entries: dict[str, RuleEntry] = {}
    for code in report.rules:
        rule = report.catalogue.get(code)
        if rule is not None:
            entries[code] = RuleEntry(rule.code, rule.name, rule.category, rule.severity,
                                      rule.summary, rule.rationale, rule.fails, rule.passes,
                                      report.distributions.get(code, ""), rule.before)
    for finding in (*report.findings, *report.resolved):
        if finding.code not in entries:
            entries[finding.code] = RuleEntry(finding.code, finding.name, finding.category,
                                              finding.severity, distribution=finding.plugin)
    return list(entries.values())


def worst(findings: Iterable[Finding]) -> Severity | None:
    """The most severe severity among ``findings``; ``None`` for none.

    Told apart by identity, with no call per finding: ``max`` by rank made four (a
    generator step, the key, the rank and the enum's hash in Python), for every finding
    of an HTML page twice (its map's colours and its sections')."""
    found = None
    for finding in findings:
        severity = finding.severity
        if severity is Severity.ERROR:
            return severity  # nothing is worse
        if found is None or severity is Severity.WARNING:
            found = severity
    return found


def is_file(name: str) -> bool:
    """Whether a location's file name names a real file (not ``<text>`` or ``<dict>``)."""
    return not (name.startswith("<") and name.endswith(">"))



def json_text(value: Any) -> str:
    """``value`` as JSON indented by two spaces, ending in a line break: the text of
    ``json.dumps(value, indent=2, ensure_ascii=False)``, written by orjson, which is about
    ten times faster than the standard library's encoder (pure Python when indenting).
    What orjson does not write (a lone surrogate from a JSON plan's ``"\\ud800"``, an
    integer past 64 bits) is written by the standard library, as before."""
    import orjson

    try:
        return _orjson(value).decode()
    except orjson.JSONEncodeError:
        return _stdlib_json(value)


def json_bytes(value: Any) -> bytes:
    """:func:`json_text`'s text in UTF-8, a lone surrogate as its escape, made without
    the text: orjson's bytes as they come."""
    import orjson

    try:
        return _orjson(value)
    except orjson.JSONEncodeError:
        return _stdlib_json(value).encode("utf-8", "backslashreplace")


def _orjson(value: Any) -> bytes:
    import orjson

    # the line break appended by orjson: adding it to the text would copy it whole
    written = orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    # every character escaped is outside ASCII: most reports are all ASCII, which one
    # C pass tells
    if written.isascii():
        return written
    for lead, pattern in _invisible_utf8():
        # searched only between the first and the last byte that opens a match (two C
        # passes): the non-ASCII text of most reports is in a few places, such as a
        # SARIF log's rule texts ahead of its results
        first = written.find(lead)
        if first >= 0 and pattern.search(written, first, written.rfind(lead) + 3):
            written = pattern.sub(
                lambda match: _json_escape(match[0].decode()).encode("ascii"), written)
    return written


def _stdlib_json(value: Any) -> str:
    import json  # here: as a global, the name would be this package's json module

    text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    return text if text.isascii() else _INVISIBLE.sub(lambda match: _json_escape(match[0]),
                                                      text)


#: What JSON may carry raw but a terminal acts on or a reader does not see (C1 controls,
#: bidi overrides and marks, zero-width characters, line separators): written as
#: ``\\u`` escapes, which read back as the same text. In UTF-8 for orjson's bytes.
_INVISIBLE = LazyPattern("[\x80-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


@functools.cache
def _invisible_utf8() -> tuple[tuple[bytes, re.Pattern[bytes]], ...]:
    """:data:`_INVISIBLE` in UTF-8, compiled when first needed: a pattern per leading
    byte (given with it), each opening with a literal the engine scans for quickly, where
    one pattern for all would test every byte against a set (three times as long on a
    SARIF log, whose rule texts are seldom all ASCII). No match is longer than 3 bytes."""
    return tuple((pattern[:1], re.compile(pattern)) for pattern in (
        b"\xc2[\x80-\x9f]", b"\xd8\x9c", b"\xe2\x80[\x8b-\x8f\xa8-\xae]",
        b"\xe2\x81[\xa0-\xaf]", b"\xef\xbb\xbf"))


def _json_escape(char: str) -> str:
    return f"\\u{ord(char):04x}"
