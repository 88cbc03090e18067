"""GitHub Actions workflow commands: each finding becomes an annotation on the pull
request's files (``::error``, ``::warning`` or ``::notice`` by severity); in a
comparison of two versions, each new finding only."""

from __future__ import annotations

from planlint.finding import Finding, Severity
from planlint.positions import SourceFile
from planlint.report import Report
from planlint.reporters import is_file
from planlint.reporters.excerpt import tight
from planlint.reporters.neutral import terminal
from planlint.reporters.text import summary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message, escaped as the runner reads it back."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command property's value: its data escaping, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def properties(finding: Finding, source: SourceFile | None = None) -> dict[str, str]:
    """Where the annotation goes and its title. Columns only for a one-line span,
    the only kind GitHub places by column; a workbook's cell is named in the title, on
    the file, as GitHub shows no lines of a workbook."""
    location = tight(finding.location, source)
    found: dict[str, str] = {}
    title = f"{finding.code} {finding.name}"
    if location.cell is not None:  # a sheet's name is the workbook author's text
        title += f" at {terminal(location.sheet)}!{location.cell}" if location.sheet else \
            f" at {location.cell}"
    if is_file(location.file):  # its line breaks the runner reads back; nothing else raw
        found["file"] = "\n".join(terminal(line) for line in location.file.split("\n"))
        if location.line is not None and location.cell is None:
            found["line"] = str(location.line)
            one_line = location.end_line in (None, location.line)
            if location.column is not None and one_line:
                found["col"] = str(location.column)
            if location.end_line is not None:
                found["endLine"] = str(location.end_line)
            if location.end_column is not None and one_line:
                found["endColumn"] = str(location.end_column)
    found["title"] = title
    return found


def command(finding: Finding, source: SourceFile | None = None) -> str:
    """``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message``."""
    listed = ",".join(f"{key}={escape_property(value)}"
                      for key, value in properties(finding, source).items())
    message = "\n".join([terminal(finding.message),
                         *(f"{terminal(str(related.location))}: {terminal(related.message)}"
                           for related in finding.related)])
    return f"::{COMMANDS[finding.severity]} {listed}::{escape_data(message)}"


def render(report: Report, color: bool) -> str:
    return "\n".join([*(command(finding, report.sources.get(finding.location.file))
                        for finding in report.reported),
                      summary(report)]) + "\n"
