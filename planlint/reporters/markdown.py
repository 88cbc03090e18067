"""Markdown: a summary and a table of findings, for a pull-request comment, a job
summary or a report. A comparison of two versions reads as a review of the change:
``2 new, 5 resolved`` in its heading, a table of the new findings and one of those
resolved."""

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
    counts = report.counts(report.reported)
    rows = ["| Severity | Findings |", "|---|---:|"]
    rows.extend(f"| {_ICONS[level]} {level.value} | {counts[level.value]} |"
                for level in reversed(Severity))
    return rows


def _category_table(report: Report) -> list[str]:
    counted: Counter[tuple[str, Severity]] = Counter(
        (finding.category, finding.severity) for finding in report.reported)
    categories = sorted({category for category, _ in counted})
    levels = list(reversed(Severity))
    rows = ["| Category | " + " | ".join(level.value for level in levels) + " | Total |",
            "|---|" + "---:|" * (len(levels) + 1)]
    for category in categories:
        numbers = [counted[category, level] for level in levels]
        rows.append(f"| {cell(category)} | " + " | ".join(map(str, numbers))
                    + f" | {sum(numbers)} |")
    return rows


def _findings_table(findings: list[Finding], what: str = "finding") -> list[str]:
    rows = ["| Location | Code | Severity | Message |", "|---|---|---|---|"]
    for finding in findings[:MAX_ROWS]:
        rows.append(f"| {_where(finding)} | {cell(finding.code)} {cell(finding.name)} | "
                    f"{_ICONS[finding.severity]} {finding.severity.value} | "
                    f"{cell(finding.message)} |")
    left_out = len(findings) - MAX_ROWS
    if left_out > 0:
        rows.extend(["", f"… and {plural(left_out, f'more {what}')}; see the full report "
                         "(`--format text`, `--format html`)."])
    return rows


def _change(report: Report) -> list[str]:
    """A comparison of two versions, as a review comment on the change."""
    new, resolved = report.reported, report.resolved
    lines = [f"## planlint: {len(new)} new, {len(resolved)} resolved", "", summary(report)]
    if new:
        lines += ["", *_severity_table(report), "", "### New findings", "",
                  *_findings_table(new, "new finding")]
    if resolved:
        lines += ["", f"### Resolved since {cell(report.base or '')}", "",
                  *_findings_table(resolved, "resolved finding")]
    return lines


def render(report: Report, color: bool) -> str:
    if report.base is not None:
        return "\n".join(_change(report)) + "\n"
    lines = [f"## planlint: {cell(report.plan)}", "", summary(report)]
    if report.findings:
        lines += ["", *_severity_table(report), "", "### By category", "",
                  *_category_table(report), "", "### Findings", "",
                  *_findings_table(report.findings)]
    return "\n".join(lines) + "\n"
