"""Code actions on findings: apply the "did you mean" of a misspelt key (PL014) or a
dangling reference (PL005), hide a finding with a ``# planlint: ignore[RULE] -- ``
comment on its item's line, and explain the rule."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from lsprotocol import types

from planlint.anchors import Anchors
from planlint.comments import Suppression, scan
from planlint.finding import UNCHECKED, Finding, Location
from planlint.positions import SourceFile
from planlint.server.convert import Places, shown
from planlint.server.plans import Checked
from planlint.server.queries import PlanIndex
from planlint.suggest import suggested
from planlint.suppress import STAGE_CODES

#: The command that shows a rule's documentation; its arguments are the rule's code and
#: the URI of the file the finding is in (whose config says which plugins are loaded).
EXPLAIN = "planlint.explain"
MISSPELT, DANGLING = "PL014", "PL005"
_KEY = re.compile(r"""(["']?)([^"'\s:#][^"':#]*?)\1\s*:""")


def code_actions(checked: Checked, index: PlanIndex, path: Path, uri: str, lines: range,
                 places: Places,
                 diagnostics: Sequence[types.Diagnostic]
                 ) -> list[types.CodeAction | types.Command]:
    """The actions for the findings of ``path`` on ``lines`` (counted from 1), of those
    shown as diagnostics: fixes and comments as edits, explanations as commands."""
    source = checked.files.get(path)
    if source is None:
        return []
    actions: list[types.CodeAction | types.Command] = []
    explained: set[str] = set()
    anchors = Anchors(index.plan)
    comments: list[Suppression] | None = None  # the file's, read once, when first needed
    for finding in shown(checked.findings.get(path, [])):
        first = finding.location.line or 1
        if not (first <= lines.stop - 1 and (finding.location.end_line or first) >= lines.start):
            continue
        on_line = [diagnostic for diagnostic in diagnostics
                   if diagnostic.code == finding.code and diagnostic.range.start.line == first - 1]
        fix = _fix(finding, index, source)
        if fix is not None:
            where, old, new = fix
            actions.append(_edit(f"Change '{old}' to '{new}'", uri, places.range(
                source.lines, where), new, on_line, preferred=True))
        if comments is None and source.format == "yaml":
            comments = scan(source)
        ignore = _ignore(finding, anchors, index, source, places, comments or [])
        if ignore is not None:
            title = f"Ignore {finding.name} for {finding.node} on this line"
            actions.append(_edit(title, uri, *ignore, on_line))
        if finding.code not in explained:
            explained.add(finding.code)
            actions.append(types.Command(f"Explain {finding.code} {finding.name}", EXPLAIN,
                                         arguments=[finding.code, uri]))
    return actions


def _edit(title: str, uri: str, where: types.Range, text: str,
          shown: list[types.Diagnostic], preferred: bool = False) -> types.CodeAction:
    return types.CodeAction(
        title, kind=types.CodeActionKind.QuickFix, diagnostics=shown or None,
        is_preferred=preferred or None,
        edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(where, text)]}))


def _fix(finding: Finding, index: PlanIndex,
         source: SourceFile) -> tuple[Location, str, str] | None:
    """Where a finding's suggestion goes, what is written there and what it suggests."""
    new = suggested(finding.message)
    where = finding.location
    if new is None or where.line is None or where.column is None:
        return None
    if finding.code == MISSPELT and finding.message.lower().rstrip().endswith("rename it"):
        key = _KEY.match(source.line_text(where.line), where.column - 1)
        if key is None:
            return None
        start = key.start(2) + 1
        return Location(where.file, where.line, start, where.line, start + len(key[2])), \
            key[2], new
    if finding.code == DANGLING:
        for spot in index.spots.get(where.file, ()):
            edge = spot.edge
            if edge is not None and edge.source.id == finding.node and \
                    edge.key == finding.field:
                return spot.location, spot.target, new
    return None


def _ignore(finding: Finding, anchors: Anchors, index: PlanIndex, source: SourceFile,
            places: Places, comments: list[Suppression]) -> tuple[types.Range, str] | None:
    """Where and what to write to hide a finding with a comment on its item's line: a
    new comment at the end of the line, or the rule added to the one already there (of
    ``comments``, the file's)."""
    if source.format != "yaml" or finding.code in STAGE_CODES | UNCHECKED:
        return None
    node = index.plan.get(anchors.of(finding).node)
    line = finding.location.line or 1
    if node is not None and node.source_file is source:
        line = node.location().line or line
    for comment in comments:
        if comment.line == line and not comment.whole_file and comment.rules:
            last = comment.rules[-1]
            at = places.position(source.lines, line, last.column + len(last.text))
            return types.Range(at, at), f", {finding.name}"
    text = source.line_text(line)
    at = places.position(source.lines, line, len(text.rstrip()) + 1)
    return types.Range(at, at), f"  # planlint: ignore[{finding.name}] -- "
