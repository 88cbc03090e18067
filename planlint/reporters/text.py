"""The text format people read in a terminal: one line per finding, grouped by file."""

from __future__ import annotations

from itertools import groupby

import click

from planlint.finding import Finding, Severity
from planlint.report import Report
from planlint.reporters import Reporter

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def line(finding: Finding, color: bool) -> str:
    """``file:line:col: CODE [severity] message (name)``."""
    where = str(finding.location)
    code, severity = finding.code, f"[{finding.severity.value}]"
    if color:
        where = click.style(where, bold=True)
        code = click.style(code, bold=True)
        severity = click.style(severity, fg=_COLORS[finding.severity])
    return f"{where}: {code} {severity} {finding.message} ({finding.name})"


def summary(report: Report) -> str:
    files = _plural(len(report.files), "file")
    rules = _plural(len(report.rules), "rule")
    if not report.findings:
        return f"No findings in {files} ({rules} checked)."
    counts = report.counts()
    parts = [_plural(counts["error"], "error"), _plural(counts["warning"], "warning"),
             f"{counts['info']} info"]
    return (f"Found {_plural(len(report.findings), 'finding')} ({', '.join(parts)}) "
            f"in {files} ({rules} checked).")


def render(report: Report, color: bool) -> str:
    blocks = []
    for _, findings in groupby(report.findings, key=lambda f: f.location.file):
        blocks.append("\n".join(line(finding, color) for finding in findings))
    blocks.append(summary(report))
    return "\n\n".join(blocks) + "\n"


REPORTER = Reporter("text", "one line per finding, grouped by file, for people", render)
