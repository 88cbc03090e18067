"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI).

One test suite per rule that ran. A rule's findings make one test case per item, with
a ``failure`` for each finding on that item; a rule with no finding is one passing test
case named after the plan. In a comparison of two versions only new findings fail.
"""

from __future__ import annotations

from itertools import groupby

from planlint.finding import Finding
from planlint.report import Report
from planlint.reporters import RuleEntry, rule_entries
from planlint.reporters.neutral import line_start, terminal
from planlint.reporters.text import line

#: What element text escapes, and what attribute values escape, as ElementTree does.
_IN_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_IN_ATTRIBUTE = (*_IN_TEXT, ('"', "&quot;"))


def _escaped(text: str, entities: tuple[tuple[str, str], ...]) -> str:
    """``text`` on one line with nothing a terminal or a CI log acts on (what XML
    cannot carry, a lone surrogate or ``\\x1b``, shown as its escape too), with
    ``entities`` written as such (most text has none, and a test for each is cheaper
    than replacing it)."""
    text = terminal(text)
    for char, entity in entities:
        if char in text:
            text = text.replace(char, entity)
    return text


def _tag(tag: str, **attributes: str | int) -> str:
    """A start tag without its closing ``>``."""
    return f"<{tag}" + "".join(f' {key}="{_escaped(str(value), _IN_ATTRIBUTE)}"'
                               for key, value in attributes.items())


def _failure_text(finding: Finding) -> str:
    """A failure's text, escaped, as the text format writes the finding: plan text on
    one line each, so no line of it is a workflow command when the report reaches a CI
    log."""
    lines = [line(finding, color=False)]
    lines.extend(f"  {line_start(related.location)}: {terminal(related.message)}"
                 for related in finding.related)
    return "\n".join(_escaped(text, _IN_TEXT) for text in lines)


def _case(rest: str, name: str, findings: list[Finding]) -> str:
    """A ``testcase`` element, indented as a suite's child; ``rest`` is the attributes
    after its name, the same for each of its rule's cases and so escaped once."""
    case = f'<testcase name="{_escaped(name, _IN_ATTRIBUTE)}"{rest}'
    if findings and findings[0].location.line is not None:
        case += f' file="{_escaped(findings[0].location.file, _IN_ATTRIBUTE)}"'
        if findings[0].location.cell is None:  # a workbook's cell is named in the failure
            case += f' line="{findings[0].location.line}"'
    if not findings:
        return case + " />"
    # one per finding: written out rather than through _tag (a severity needs no escaping)
    failures = "".join(
        f'\n      <failure type="{finding.severity.value}" '
        f'message="{_escaped(finding.message, _IN_ATTRIBUTE)}">'
        f"{_failure_text(finding)}</failure>" for finding in findings)
    return f"{case}>{failures}\n    </testcase>"


def _suite(entry: RuleEntry, findings: list[Finding], plan: str) -> tuple[str, int, int]:
    """A ``testsuite`` element, indented as the root's child; its tests and failures."""
    by_item = sorted(findings, key=lambda finding: finding.node)
    classname = _escaped(f"planlint.{entry.category}.{entry.code}", _IN_ATTRIBUTE)
    rest = f' classname="{classname}" time="0"'
    cases = [_case(rest, node, list(group))
             for node, group in groupby(by_item, key=lambda finding: finding.node)]
    failures = len(cases)
    if not cases:
        cases = [_case(rest, plan, [])]
    properties = "".join(
        "\n      " + _tag("property", name=key, value=value) + " />"
        for key, value in (("code", entry.code), ("name", entry.name),
                           ("category", entry.category), ("severity", entry.severity.value)))
    suite = _tag("testsuite", name=f"{entry.code} {entry.name}", tests=len(cases),
                 failures=failures, errors=0, skipped=0, time="0")
    return (f"{suite}>\n    <properties>{properties}\n    </properties>"
            + "".join(f"\n    {case}" for case in cases) + "\n  </testsuite>",
            len(cases), failures)


def render(report: Report, color: bool) -> str:
    """The report as a ``testsuites`` document, indented by two spaces as
    ``ElementTree.indent`` does, written directly: building and serializing a tree of
    elements cost twice as much."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.reported:
        by_rule.setdefault(finding.code, []).append(finding)
    suites = [_suite(entry, by_rule.get(entry.code, []), report.plan)
              for entry in rule_entries(report)]
    root = _tag("testsuites", name=f"planlint {report.plan}",
                tests=sum(tests for _, tests, _ in suites),
                failures=sum(failures for _, _, failures in suites),
                errors=0, skipped=0, time="0")
    body = (">" + "".join(f"\n  {suite}" for suite, _, _ in suites) + "\n</testsuites>"
            if suites else " />")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{root}{body}\n'
