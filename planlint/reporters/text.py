"""The text format people read in a terminal.

Each finding is one line, ``file:line:col: CODE [severity] message (name)`` (the line
tools and editors match on), then the plan line it points at with the span underlined,
as compilers show code, and the other places it involves. Findings are grouped by file;
a summary by severity and by category closes the report. A comparison of two versions
shows only the new findings, then those resolved, and counts both in its summary.
"""

from __future__ import annotations

from collections import Counter
from itertools import groupby

import click

from planlint.finding import Finding, Severity
from planlint.report import Report
from planlint.reporters.excerpt import ExcerptLine, excerpt, printable, width
from planlint.reporters.neutral import line_start, terminal
from planlint.wording import plural

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}

#: The widest stretch of a plan line a code frame shows; longer lines are cut around
#: the span, with an ellipsis where they were cut.
FRAME_WIDTH = 100
_LEAD = 24
_ELLIPSIS = "…"
#: Each severity as a finding's line tags it, ``[error]``: looked up, where reading
#: ``severity.value`` is two Python calls (an enum's property) for every finding.
_TAGS = {level: f"[{level.value}]" for level in Severity}


def line(finding: Finding, color: bool) -> str:
    """``file:line:col: CODE [severity] message (name)``."""
    where = line_start(finding.location)
    code, severity = terminal(finding.code), _TAGS[finding.severity]
    if color:
        where = click.style(where, bold=True)
        code = click.style(code, bold=True)
        severity = click.style(severity, fg=_COLORS[finding.severity])
    return f"{where}: {code} {severity} {terminal(finding.message)} ({terminal(finding.name)})"


def _window(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text`` cut to about :data:`FRAME_WIDTH` columns around ``start``; the span
    moved with it."""
    if width(text) <= FRAME_WIDTH:
        return text, start, end
    left = max(0, min(start - _LEAD, len(text) - FRAME_WIDTH))
    right = left
    while right < len(text) and width(text[left:right + 1]) <= FRAME_WIDTH:
        right += 1
    shown = text[left:right]
    prefix = _ELLIPSIS if left else ""
    suffix = _ELLIPSIS if right < len(text) else ""
    shift = len(prefix) - left
    return (prefix + shown + suffix, start + shift,
            min(end + shift, len(prefix) + len(shown)))


def _frame_line(item: ExcerptLine, gutter: int, severity: Severity, color: bool) -> list[str]:
    line, raw, start_at, end_at = item
    start, end = start_at or 0, end_at or 0
    text, start, end = _window(raw, start, end)
    before = printable(text[:start])
    marked = printable(text[start:end])
    bar = click.style("|", fg="blue", bold=True) if color else "|"
    number = str(line).rjust(gutter)
    if color:
        number = click.style(number, fg="blue", bold=True)
    source = printable(text).rstrip()
    carets = "^" * max(1, width(marked))
    if color:
        carets = click.style(carets, fg=_COLORS[severity], bold=True)
    return [f"  {number} {bar} {source}".rstrip(),
            f"  {' ' * gutter} {bar} {' ' * width(before)}{carets}"]


def frame(finding: Finding, report: Report, color: bool) -> list[str]:
    """The plan line a finding points at, its span underlined, then related places."""
    lines: list[str] = []
    source = report.sources.get(finding.location.file)
    shown = excerpt(source, finding.location) if source is not None else []
    gutter = len(str(shown[-1][0])) if shown else 0
    for item in shown:
        lines.extend(_frame_line(item, gutter, finding.severity, color))
    for related in finding.related:
        note = click.style("=", fg="blue", bold=True) if color else "="
        lines.append(f"  {' ' * gutter} {note} {terminal(str(related.location))}: "
                     f"{terminal(related.message)}")
    return lines


def _count(level: Severity, count: int) -> str:
    return f"{count} info" if level is Severity.INFO else plural(count, level.value)


def summary(report: Report) -> str:
    files = plural(len(report.files), "file")
    rules = plural(len(report.rules), "rule")
    note = report.hidden_summary()
    hidden = f" {note}." if note else ""
    if report.skipped:
        count = len(report.skipped)
        hidden += (f" {plural(count, 'file')} in its folders {'was' if count == 1 else 'were'}"
                   " left alone, not starting with 'planlint: 1' (-v lists them).")
    if report.outdated:
        count = len(report.outdated)
        named = ", ".join(f"{code} {node}" for code, node, _ in report.outdated[:5])
        more = f" and {count - 5} more" if count > 5 else ""
        hidden += (f" {count} baseline {'entry' if count == 1 else 'entries'} no longer "
                   f"{'matches' if count == 1 else 'match'} a finding ({terminal(named)}{more}): "
                   "fixed; write the baseline again to drop "
                   f"{'it' if count == 1 else 'them'}.")
    if unread := report.unread_summary():
        hidden += f"\n{terminal(unread)}."
    if report.base is not None:
        return f"{change_summary(report)}, in {files} ({rules} checked).{hidden}"
    if not report.findings:
        return f"No findings in {files} ({rules} checked).{hidden}"
    return (f"Found {plural(len(report.findings), 'finding')} ({_severities(report)}) "
            f"in {files} ({rules} checked).{hidden}")


def _severities(report: Report) -> str:
    """``1 error, 2 warnings, 0 info``: the findings shown, by severity."""
    counts = report.counts(report.reported)
    return ", ".join(_count(level, counts[level.value]) for level in reversed(Severity))


def change_summary(report: Report) -> str:
    """What a change did to the findings: ``2 new findings (1 error, 1 warning, 0 info)
    since main: 5 resolved, 7 unchanged``."""
    new = len(report.reported)
    head = (f"{plural(new, 'new finding')} ({_severities(report)})" if new
            else "No new findings")
    return (f"{head} since {terminal(report.base or '')}: {len(report.resolved)} resolved, "
            f"{len(report.findings) - new} unchanged")


def resolved(report: Report) -> list[str]:
    """The findings of the older version that the newer one no longer has."""
    if not report.resolved:
        return []
    return [f"Resolved since {terminal(report.base or '')}:",
            *(f"  {line(finding, False)}" for finding in report.resolved)]


def by_category(report: Report) -> list[str]:
    """One line per category: how many findings, and of which severities."""
    # counted in one Counter, in C, by category and severity: a Counter per finding (the
    # one made and dropped by setdefault) is a Python call each
    counted = Counter((finding.category, finding.severity) for finding in report.reported)
    categories = sorted({category for category, _ in counted})
    if not categories:
        return []
    column = max(len(terminal(category)) for category in categories)
    lines = []
    for category in categories:
        numbers = [(level, counted[category, level]) for level in reversed(Severity)]
        detail = ", ".join(_count(level, count) for level, count in numbers if count)
        total = sum(count for _, count in numbers)
        lines.append(f"  {terminal(category):<{column}}  {plural(total, 'finding')} ({detail})")
    return lines


def concise(report: Report, color: bool) -> str:
    """One line per finding, nothing else: ``--quiet``."""
    return "".join(line(finding, color) + "\n" for finding in report.reported)


def statistics(report: Report, color: bool) -> str:
    """How many findings each rule made, most first, then the summary: ``--statistics``."""
    counted = Counter((finding.code, finding.name, finding.severity)
                      for finding in report.reported)
    rows = sorted(counted.items(), key=lambda row: (-row[1], row[0][0]))
    digits = max((len(str(count)) for count in counted.values()), default=1)
    lines = [f"{count:>{digits}}  {terminal(code)} [{severity.value}] {terminal(name)}"
             for (code, name, severity), count in rows]
    return "\n".join([*lines, summary(report)]) + "\n"


def render(report: Report, color: bool) -> str:
    blocks = []
    for _, findings in groupby(report.reported, key=lambda f: f.location.file):
        blocks.append("\n\n".join("\n".join([line(finding, color),
                                             *frame(finding, report, color)])
                                  for finding in findings))
    if report.resolved:
        blocks.append("\n".join(resolved(report)))
    blocks.append("\n".join([summary(report), *by_category(report)]))
    return "\n\n".join(blocks) + "\n"
