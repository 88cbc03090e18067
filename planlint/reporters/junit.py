"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI).

One test suite per rule that ran. A rule's findings make one test case per item, with
a ``failure`` for each finding on that item; a rule with no finding is one passing test
case named after the plan. In a comparison of two versions only new findings fail.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import groupby

from planlint.finding import Finding
from planlint.report import Report
from planlint.reporters import RuleEntry, rule_entries

#: Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\N{REPLACEMENT CHARACTER}", text)


def _element(tag: str, **attributes: str | int) -> ET.Element:
    return ET.Element(tag, {key: xml_text(str(value)) for key, value in attributes.items()})


def _failure_text(finding: Finding) -> str:
    lines = [f"{finding.location}: {finding.code} [{finding.severity.value}] "
             f"{finding.message} ({finding.name})"]
    lines.extend(f"  {related.location}: {related.message}" for related in finding.related)
    return "\n".join(lines)


def _case(entry: RuleEntry, name: str, findings: list[Finding]) -> ET.Element:
    case = _element("testcase", name=name, classname=f"planlint.{entry.category}.{entry.code}",
                    time="0")
    if findings and findings[0].location.line is not None:
        case.set("file", xml_text(findings[0].location.file))
        if findings[0].location.cell is None:  # a workbook's cell is named in the failure
            case.set("line", str(findings[0].location.line))
    for finding in findings:
        failure = _element("failure", type=finding.severity.value, message=finding.message)
        failure.text = xml_text(_failure_text(finding))
        case.append(failure)
    return case


def _suite(entry: RuleEntry, findings: list[Finding], plan: str) -> ET.Element:
    by_item = sorted(findings, key=lambda finding: finding.node)
    cases = [_case(entry, node, list(group))
             for node, group in groupby(by_item, key=lambda finding: finding.node)]
    if not cases:
        cases = [_case(entry, plan, [])]
    suite = _element("testsuite", name=f"{entry.code} {entry.name}", tests=len(cases),
                     failures=sum(1 for case in cases if case.find("failure") is not None),
                     errors=0, skipped=0, time="0")
    properties = ET.SubElement(suite, "properties")
    for key, value in (("code", entry.code), ("name", entry.name),
                       ("category", entry.category), ("severity", entry.severity.value)):
        properties.append(_element("property", name=key, value=value))
    suite.extend(cases)
    return suite


def to_junit(report: Report) -> ET.Element:
    """The report as a ``testsuites`` element."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in report.reported:
        by_rule.setdefault(finding.code, []).append(finding)
    suites = [_suite(entry, by_rule.get(entry.code, []), report.plan)
              for entry in rule_entries(report)]
    root = _element("testsuites", name=f"planlint {report.plan}",
                    tests=sum(int(suite.get("tests", 0)) for suite in suites),
                    failures=sum(int(suite.get("failures", 0)) for suite in suites),
                    errors=0, skipped=0, time="0")
    root.extend(suites)
    return root


def render(report: Report, color: bool) -> str:
    root = to_junit(report)
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")
