"""Markdown: a summary and a table of findings, for a pull-request comment, a job
summary or a report."""

from __future__ import annotations

from collections import Counter

from planlint.finding import Finding, Severity
from planlint.report import Report
from planlint.reporters.neutral import markdown as cell
from planlint.reporters.text import summary
from planlint.wording import plural

#: The most findings listed; past it the table says how many were left out (a comment
#: on a pull request holds about 65,000 characters).
MAX_ROWS = 250
_ICONS = {Severity.ERROR: "🔴", Severity.WARNING: "🟠", Severity.INFO: "🔵"}
def _where(finding: Finding) -> str:
    return cell(str(finding.location))


def _severity_table(report: Report) -> list[str]:
    counts = report.counts()
    rows = ["| Severity | Findings |", "|---|---:|"]
    rows.extend(f"| {_ICONS[level]} {level.value} | {counts[level.value]} |"
                for level in reversed(Severity))
    return rows


def _category_table(report: Report) -> list[str]:
    counted: Counter[tuple[str, Severity]] = Counter(
        (finding.category, finding.severity) for finding in report.findings)
    categories = sorted({category for category, _ in counted})
    levels = list(reversed(Severity))
    rows = ["| Category | " + " | ".join(level.value for level in levels) + " | Total |",
            "|---|" + "---:|" * (len(levels) + 1)]
    for category in categories:
        numbers = [counted[category, level] for level in levels]
        rows.append(f"| {cell(category)} | " + " | ".join(map(str, numbers))
                    + f" | {sum(numbers)} |")
    return rows


def _findings_table(report: Report) -> list[str]:
    rows = ["| Location | Code | Severity | Message |", "|---|---|---|---|"]
    for finding in report.findings[:MAX_ROWS]:
        rows.append(f"| {_where(finding)} | {cell(finding.code)} {cell(finding.name)} | "
                    f"{_ICONS[finding.severity]} {finding.severity.value} | "
                    f"{cell(finding.message)} |")
    left_out = len(report.findings) - MAX_ROWS
    if left_out > 0:
        rows.extend(["", f"… and {plural(left_out, 'more finding')}; see the full report "
                         "(`--format text`, `--format html`)."])
    return rows


def render(report: Report, color: bool) -> str:
    lines = [f"## planlint: {cell(report.plan)}", "", summary(report)]
    if report.findings:
        lines += ["", *_severity_table(report), "", "### By category", "",
                  *_category_table(report), "", "### Findings", "", *_findings_table(report)]
    return "\n".join(lines) + "\n"
