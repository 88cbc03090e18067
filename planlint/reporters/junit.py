"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI).

One test suite per rule that ran. A rule's findings make one test case per item, with
a ``failure`` for each finding on that item; a rule with no finding is one passing test
case named after the plan. In a comparison of two versions only new findings fail.
"""

from __future__ import annotations

from itertools import groupby

from planlint.finding import Finding, Severity
from planlint.report import Report
from planlint.reporters import RuleEntry, rule_entries
from planlint.reporters.neutral import line_start, terminal
from planlint.reporters.text import line

#: What element text escapes, and what attribute values escape, as ElementTree does.
_IN_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_IN_ATTRIBUTE = (*_IN_TEXT, ('"', "&quot;"))
#: A failure's type, its severity's value: looked up, where reading ``severity.value``
#: is two Python calls (an enum's property) for every finding.
_TYPES = {level: level.value for level in Severity}


def _escaped(text: str, entities: tuple[tuple[str, str], ...]) -> str:
    """``text`` on one line with nothing a terminal or a CI log acts on (what XML
    cannot carry, a lone surrogate or ``\\x1b``, shown as its escape too), with
    ``entities`` written as such."""
    return _entities(terminal(text), entities)


def _entities(text: str, entities: tuple[tuple[str, str], ...]) -> str:
    """``text``, already terminal-safe, with ``entities`` written as such (most text
    has none, and a test for each is cheaper than replacing it)."""
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
    log. Those lines are terminal-safe as the text format makes them, so only the
    entities are left to write."""
    text = line(finding, color=False)
    if finding.related:
        text = "\n".join([text, *(f"  {line_start(related.location)}: "
                                   f"{terminal(related.message)}"
                                   for related in finding.related)])
    return _entities(text, _IN_TEXT)


def _case(out: list[str], rest: str, name: str, findings: list[Finding]) -> None:
    """A ``testcase`` element, indented as a suite's child, added to ``out``; ``rest``
    is the attributes after its name, the same for each of its rule's cases and so
    escaped once."""
    out.append(f'\n    <testcase name="{_escaped(name, _IN_ATTRIBUTE)}"{rest}')
    if not findings:
        out.append(" />")
        return
    location = findings[0].location
    if location.line is not None:
        out.append(f' file="{_escaped(location.file, _IN_ATTRIBUTE)}"'
                   if location.cell is not None  # a workbook's cell is named in the failure
                   else f' file="{_escaped(location.file, _IN_ATTRIBUTE)}" '
                        f'line="{location.line}"')
    out.append(">")
    # one per finding: written out rather than through _tag (a severity needs no escaping)
    out.extend(f'\n      <failure type="{_TYPES[finding.severity]}" '
               f'message="{_escaped(finding.message, _IN_ATTRIBUTE)}">'
               f"{_failure_text(finding)}</failure>" for finding in findings)
    out.append("\n    </testcase>")


def _suite(out: list[str], entry: RuleEntry, findings: list[Finding],
           plan: str) -> tuple[int, int]:
    """A ``testsuite`` element, indented as the root's child, added to ``out``; its
    tests and failures."""
    by_item = sorted(findings, key=lambda finding: finding.node)
    cases = [(node, list(group))
             for node, group in groupby(by_item, key=lambda finding: finding.node)]
    failures = len(cases)
    tests = failures or 1
    properties = "".join(
        "\n      " + _tag("property", name=key, value=value) + " />"
        for key, value in (("code", entry.code), ("name", entry.name),
                           ("category", entry.category), ("severity", entry.severity.value)))
    out.append("\n  " + _tag("testsuite", name=f"{entry.code} {entry.name}", tests=tests,
                              failures=failures, errors=0, skipped=0, time="0")
               + f">\n    <properties>{properties}\n    </properties>")
    classname = _escaped(f"planlint.{entry.category}.{entry.code}", _IN_ATTRIBUTE)
    rest = f' classname="{classname}" time="0"'
    for node, group in cases or [(plan, [])]:
        _case(out, rest, node, group)
    out.append("\n  </testsuite>")
    return tests, failures


def render(report: Report, color: bool) -> str:
    """The report as a ``testsuites`` document, indented by two spaces as
    ``ElementTree.indent`` does, written directly: building and serializing a tree of
    elements cost twice as much. Its pieces are joined once, at the end."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.reported:
        by_rule.setdefault(finding.code, []).append(finding)
    suites: list[str] = []
    tests = failures = 0
    for entry in rule_entries(report):
        suite_tests, suite_failures = _suite(suites, entry, by_rule.get(entry.code, []),
                                             report.plan)
        tests += suite_tests
        failures += suite_failures
    root = _tag("testsuites", name=f"planlint {report.plan}", tests=tests,
                failures=failures, errors=0, skipped=0, time="0")
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n{root}'
    if not suites:
        return f"{head} />\n"
    return "".join((head, ">", *suites, "\n</testsuites>\n"))
