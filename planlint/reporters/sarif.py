"""SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps) and SARIF viewers.

The run carries the whole rule catalogue of the run (with help and a link to each
rule's documentation), and each result a stable fingerprint made of its rule, its item
id and its field: not its line, so a finding keeps its identity when lines move. A
comparison of two versions gives each result its ``baselineState``: ``new`` or
``unchanged``, and ``absent`` for the older version's findings that are resolved.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from planlint._version import __version__
from planlint.finding import Finding, Location, Related, Severity
from planlint.positions import SourceFile
from planlint.report import Report
from planlint.reporters import (
    RULE_DOCS_URL,
    RuleEntry,
    is_file,
    json_bytes,
    json_text,
    rule_entries,
)
from planlint.reporters.excerpt import tight_end
from planlint.reporters.neutral import sarif
from planlint.ruledoc import examples

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
HOME = RULE_DOCS_URL.rsplit("/docs/", 1)[0]
#: Where relative artifact URIs are resolved from: the folder planlint ran in.
SRCROOT = "%SRCROOT%"
#: The key of planlint's fingerprint in ``partialFingerprints``.
FINGERPRINT = "planlint/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def fingerprint(finding: Finding, occurrence: int = 0) -> str:
    """A finding's identity across runs: rule, item id and field, never a position.

    ``occurrence`` tells apart findings that share all three (counted in report order).
    """
    key = "\x1f".join((finding.code, finding.node, finding.field or ""))
    if occurrence:
        key += f"\x1f{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _text(text: str) -> dict[str, str]:
    return {"text": text}


def _rule(entry: RuleEntry) -> dict[str, Any]:
    full = "\n\n".join(part for part in (entry.summary, entry.rationale) if part)
    descriptor: dict[str, Any] = {
        "id": entry.code,
        "name": entry.name,
        "shortDescription": _text(entry.summary or entry.name),
        "fullDescription": _text(full or entry.name),
        "defaultConfiguration": {"level": LEVELS[entry.severity]},
        "help": _help(entry, full or entry.name),
        "properties": {"category": entry.category,
                       "tags": ["planlint", entry.category],
                       "problem.severity": LEVELS[entry.severity]},
    }
    if entry.help_uri:
        descriptor["helpUri"] = entry.help_uri
    return descriptor


def _help(entry: RuleEntry, description: str) -> dict[str, str]:
    text = [description]
    markdown = [description]
    for label, fragment in examples(entry.fails, entry.passes, entry.before):
        if fragment:
            text.append(f"{label}:\n{fragment.rstrip()}")
            markdown.append(f"**{label}:**\n\n```yaml\n{fragment.rstrip()}\n```")
    if entry.help_uri:
        markdown.append(f"[Documentation]({entry.help_uri})")
    return {"text": "\n\n".join(text), "markdown": "\n\n".join(markdown)}


def artifact_uri(name: str) -> dict[str, str]:
    """An artifact location: relative to ``%SRCROOT%``, or absolute for files outside."""
    uri, relative = _uri(name)
    return {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}


@functools.lru_cache(maxsize=1024)
def _artifact(name: str) -> dict[str, str]:
    """:func:`artifact_uri`, one dictionary per file shared by all the locations in it
    (a log is written as soon as it is made; nothing changes it in between)."""
    return artifact_uri(name)


@functools.lru_cache(maxsize=1024)
def _uri(name: str) -> tuple[str, bool]:
    """A file's URI, and whether it is relative; worked out once per file, not once per
    finding."""
    path = Path(name)
    if path.is_absolute():
        return path.as_uri(), False
    return quote(os.fsencode(path.as_posix())), True


def region(location: Location, source: SourceFile | None) -> dict[str, int] | None:
    """The region of ``location``'s span made :func:`tight` by ``source``'s lines,
    worked out from the numbers alone: only a span of several lines can end tighter,
    and no location is made for it."""
    line = location.line
    if line is None:
        return None
    column = location.column
    found = {"startLine": line}
    if column is not None:
        found["startColumn"] = column
    end_line = location.end_line
    if end_line is not None and end_line >= line:
        end_column = location.end_column
        if end_line > line and (end := tight_end(location, source)) is not None:
            end_line, end_column = end
        found["endLine"] = end_line
        if end_column is not None:
            found["endColumn"] = (max(end_column, column or 1) if end_line == line
                                  else end_column)
    return found


def _root_uri() -> str:
    uri = Path.cwd().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def physical(location: Location, report: Report) -> dict[str, Any] | None:
    """The file and region; in a workbook the region is the cell's row and column, and
    the location's properties name its sheet and cell."""
    if not is_file(location.file):
        return None
    found: dict[str, Any] = {"artifactLocation": _artifact(location.file)}
    span = region(location, report.sources.get(location.file))
    if span is not None:
        found["region"] = span
    if location.cell is not None:
        found["properties"] = {"sheet": location.sheet, "cell": location.cell}
    return found


def _logical(node: str, kind: str) -> list[dict[str, str]]:
    return [{"name": node, "fullyQualifiedName": node, "kind": kind}]


def _location(found: dict[str, Any], location: Location, node: str | None,
              kind: str | None, report: Report) -> dict[str, Any]:
    """``found`` with the location's keys added (a related location's come after its
    number)."""
    place = physical(location, report)
    if place is not None:
        found["physicalLocation"] = place
    if node is not None:
        found["logicalLocations"] = _logical(node, kind or "item")
    return found


def _related(number: int, related: Related, report: Report) -> dict[str, Any]:
    kind = None
    if related.node is not None and report.model is not None:
        item = report.model.get(related.node)
        kind = item.kind if item is not None else None
    found = _location({"id": number}, related.location, related.node, kind, report)
    found["message"] = _text(sarif(related.message))
    return found


def _result(finding: Finding, index: int, occurrence: int, report: Report,
            state: str | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": _text(sarif(finding.message)),
        "locations": [_location({}, finding.location, finding.node, finding.kind, report)],
        "partialFingerprints": {FINGERPRINT: fingerprint(finding, occurrence)},
        "properties": {"category": finding.category, "name": finding.name},
    }
    if state is not None:
        result["baselineState"] = state
    if finding.field is not None:
        result["properties"]["field"] = finding.field
    if finding.related:
        result["relatedLocations"] = [_related(number, related, report)
                                      for number, related in enumerate(finding.related, 1)]
    return result


def to_sarif(report: Report) -> dict[str, Any]:
    """The report as a SARIF log with one run."""
    entries = rule_entries(report)
    index = {entry.code: number for number, entry in enumerate(entries)}
    results = []
    states = [None if finding.new is None else "new" if finding.new else "unchanged"
              for finding in report.findings]
    for findings, found in ((report.findings, states),
                            (report.resolved, ["absent"] * len(report.resolved))):
        seen: dict[tuple[str, str, str | None], int] = {}
        for finding, state in zip(findings, found, strict=True):
            key = (finding.code, finding.node, finding.field)
            occurrence = seen.get(key, 0)
            results.append(_result(finding, index[finding.code], occurrence, report, state))
            seen[key] = occurrence + 1
    artifacts = [{"location": artifact_uri(name)} for name in report.files if is_file(name)]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "planlint", "version": __version__,
                            "semanticVersion": __version__, "informationUri": HOME,
                            "rules": [_rule(entry) for entry in entries]}},
        "originalUriBaseIds": {SRCROOT: {"uri": _root_uri()}},
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"plan": report.plan, "asOf": report.as_of.isoformat(),
                       **({} if report.base is None else {"base": report.base})},
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, color: bool) -> str:
    return json_text(to_sarif(report))


def render_bytes(report: Report, color: bool) -> bytes:
    return json_bytes(to_sarif(report))
