"""Between planlint's terms and the protocol's: places, findings as diagnostics, the
outline as document symbols.

planlint counts lines and columns from 1, in characters, with the end column just past
the last character; the protocol counts from 0, in the code units the client and server
agreed on (UTF-16 unless told otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from planlint.finding import UNCHECKED, Finding, Location, Severity
from planlint.reporters import help_uri
from planlint.server.plans import Checked
from planlint.server.queries import Symbol
from planlint.suppress import UNUSED

SEVERITIES = {Severity.ERROR: types.DiagnosticSeverity.Error,
              Severity.WARNING: types.DiagnosticSeverity.Warning,
              Severity.INFO: types.DiagnosticSeverity.Information}
SYMBOLS = {"plan": types.SymbolKind.Module, "section": types.SymbolKind.Namespace,
           "unit": types.SymbolKind.Struct, "person": types.SymbolKind.Object,
           "goal": types.SymbolKind.Class, "metric": types.SymbolKind.Number,
           "initiative": types.SymbolKind.Function, "budget": types.SymbolKind.Constant,
           "review": types.SymbolKind.Event, "assumption": types.SymbolKind.Boolean,
           "communication": types.SymbolKind.String}
#: The URI of a file, as the editor knows it.
UriOf = Callable[[Path], str]
#: The most findings of one file sent as diagnostics: beyond this an editor's problem
#: list is no help, and a huge plan's every finding would make one message of many
#: megabytes for each edit.
MOST_DIAGNOSTICS = 1000


class Places:
    """Turns planlint's places into the client's positions and back, and findings into
    diagnostics; a file's diagnostics are kept and made again only for findings that
    changed (an edit changes few of a large plan's)."""

    def __init__(self, codec: PositionCodec) -> None:
        self.codec = codec
        self.made: dict[Path, dict[Hashable, types.Diagnostic]] = {}

    def position(self, lines: Sequence[str], line: int | None,
                 column: int | None) -> types.Position:
        """A place (from 1, in characters) as the client counts it."""
        number = max((line or 1) - 1, 0)
        character = max((column or 1) - 1, 0)
        text = lines[number] if number < len(lines) else ""
        before = text[:character]
        units = len(before) if before.isascii() else self.codec.client_num_units(before)
        return types.Position(number, units + max(character - len(text), 0))

    def range(self, lines: Sequence[str], where: Location,
              first_line: bool = False) -> types.Range:
        """A span as the client counts it; with ``first_line``, only the span's first line
        (a finding about a whole block is shown where the block starts)."""
        start = self.position(lines, where.line, where.column)
        end_line, end_column = where.end_line or where.line, where.end_column or where.column
        if first_line and end_line != where.line:
            end_line = where.line
            end_column = len(lines[start.line]) + 1 if start.line < len(lines) else 1
        end = self.position(lines, end_line, end_column)
        if end == start and start.line < len(lines):  # a point: mark the rest of its line
            end = self.position(lines, end_line, len(lines[start.line]) + 1)
        return types.Range(start, end)

    def place(self, lines: Sequence[str], position: types.Position) -> tuple[int, int]:
        """A client position as planlint counts it: line and column from 1."""
        server = self.codec.position_from_client_units(lines, position)
        return server.line + 1, server.character + 1

    def location(self, checked: Checked, where: Location,
                 uri_of: UriOf) -> types.Location | None:
        """A place in one of a plan's files, or ``None`` for one in no file."""
        path = checked.path_of(where.file)
        if path is None:
            return None
        return types.Location(uri_of(path), self.range(checked.files[path].lines, where))

    def diagnostics(self, checked: Checked, path: Path,
                    uri_of: UriOf) -> list[types.Diagnostic]:
        """The findings in one file of a checked plan, as diagnostics."""
        source = checked.files.get(path)
        if checked.problem is not None or source is None:
            problem = checked.problem or "planlint did not read this file"
            return [types.Diagnostic(types.Range(types.Position(0, 0), types.Position(0, 0)),
                                     problem, types.DiagnosticSeverity.Error,
                                     source="planlint")]
        assert checked.report is not None
        unread = checked.report.unread_summary()
        known = self.made.get(path, {})
        made: dict[Hashable, types.Diagnostic] = {}
        found = []
        lines = source.lines
        findings = checked.findings.get(path, [])
        if len(findings) > MOST_DIAGNOSTICS:
            found.append(self.untold(path, checked.roots[0], len(findings)))
        for finding in shown(findings):
            told = unread if finding.code == "PL001" else ""
            key = (finding, told, _texts(lines, finding.location),
                   *(self.texts(checked, other.location, uri_of) for other in finding.related))
            diagnostic = known.get(key)
            if diagnostic is None:
                diagnostic = self.diagnostic(checked, finding, lines, uri_of, told)
            made[key] = diagnostic
            found.append(diagnostic)
        self.made[path] = made
        return found

    @staticmethod
    def untold(path: Path, root: Path, count: int) -> types.Diagnostic:
        """The diagnostic, at a file's start, saying that only some of its findings are
        shown and how to see them all: by checking the plan's root file, as written from
        the file's folder (a file another includes is checked with it)."""
        command = os.path.relpath(root, path.parent)
        return types.Diagnostic(
            types.Range(types.Position(0, 0), types.Position(0, 0)),
            f"planlint shows {MOST_DIAGNOSTICS:,} of the {count:,} findings in this file, the "
            f"most serious first; run `planlint check {command}` to see them all",
            types.DiagnosticSeverity.Information, source="planlint")

    def texts(self, checked: Checked, where: Location, uri_of: UriOf) -> Hashable:
        """What the conversion of a place depends on: its file and the text of its
        lines."""
        path = checked.path_of(where.file)
        return None if path is None else (uri_of(path), _texts(checked.files[path].lines, where))

    def diagnostic(self, checked: Checked, finding: Finding, lines: Sequence[str],
                   uri_of: UriOf, unread: str) -> types.Diagnostic:
        href = help_uri(finding.code, finding.name, finding.plugin)
        related = []
        for other in finding.related:
            location = self.location(checked, other.location, uri_of)
            if location is not None:
                related.append(types.DiagnosticRelatedInformation(location, other.message))
        return types.Diagnostic(
            self.range(lines, finding.location, first_line=True),
            f"{finding.message}\n{unread}" if unread else finding.message,
            SEVERITIES[finding.severity], finding.code,
            types.CodeDescription(href) if href else None, "planlint",
            [types.DiagnosticTag.Unnecessary] if finding.code == UNUSED else None,
            related or None)

    def symbols(self, lines: Sequence[str],
                symbols: list[Symbol]) -> list[types.DocumentSymbol]:
        """A file's outline as the protocol's symbols."""
        return [types.DocumentSymbol(
            symbol.name, SYMBOLS.get(symbol.kind, types.SymbolKind.Object),
            self.range(lines, symbol.location), self.range(lines, symbol.selection),
            symbol.detail or None, children=self.symbols(lines, symbol.children) or None)
            for symbol in symbols]


def _texts(lines: Sequence[str], where: Location) -> tuple[str, str]:
    """The lines a place starts and ends on."""
    first, last = (where.line or 1) - 1, (where.end_line or where.line or 1) - 1
    return (lines[first] if first < len(lines) else "", lines[last] if last < len(lines) else "")


def shown(findings: Sequence[Finding]) -> Sequence[Finding]:
    """The findings of a file shown as diagnostics: all of them, or the
    ``MOST_DIAGNOSTICS`` most serious, in the file's order; those saying that part of the
    plan went unchecked (``PL000``, ``PL001``) are always among them."""
    if len(findings) <= MOST_DIAGNOSTICS:
        return findings
    ranked = sorted(range(len(findings)), key=lambda at: (
        findings[at].code not in UNCHECKED, -findings[at].severity.rank))
    return [findings[at] for at in sorted(ranked[:MOST_DIAGNOSTICS])]
