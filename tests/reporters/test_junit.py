"""JUnit XML parses, with a suite per rule, a case per rule and item, a failure per
finding, and passing cases for rules that found nothing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from planlint.finding import Finding, Location
from planlint.report import Report
from planlint.reporters.junit import render
from tests.reporters.reports import report_of


def test_structure_and_counts(tmp_path: Path) -> None:
    root = ET.fromstring(render(report_of(tmp_path), False))
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert list(suites) == ["PL000 rule-crashed", "PL001 syntax-error",  # they always run
                            "GOLD001 goal-needs-metric", "GOLD002 initiative-needs-owner",
                            "GOLD003 funds-stray-work"]
    metric = suites["GOLD001 goal-needs-metric"]
    assert [case.get("name") for case in metric.findall("testcase")] == ["G2", "G3"]
    assert (metric.get("tests"), metric.get("failures")) == ("2", "2")
    failure = metric.find("testcase/failure")
    assert failure is not None and failure.get("type") == "warning"
    assert failure.text is not None and failure.text.startswith("plan.yaml:13:5: GOLD001")
    stray = suites["GOLD003 funds-stray-work"].find("testcase/failure")
    assert stray is not None and stray.text is not None
    assert "plan.yaml:24:5: initiative I2 is here" in stray.text
    assert len(root.findall(".//failure")) == 4
    assert (root.get("tests"), root.get("failures")) == ("6", "4")


def test_rules_without_findings_pass_and_several_findings_share_a_case() -> None:
    def finding(message: str) -> Finding:
        return Finding(message, "G1", "goal", Location("p.yaml", 2, 3, 2, 9), code="A1",
                       name="first", category="alpha")

    report = Report([finding("one <&> \x00"), finding("two")], ["p.yaml"], ["A1"], "plan",
                    date(2025, 1, 1))
    report.catalogue.clear()
    root = ET.fromstring(render(report, False))
    cases = root.findall("testsuite/testcase")
    assert len(cases) == 1 and len(cases[0].findall("failure")) == 2
    assert cases[0].findall("failure")[0].get("message") == "one <&> \\x00"  # shown, not lost
    assert (cases[0].get("file"), cases[0].get("line")) == ("p.yaml", "2")

    clean = Report([], ["p.yaml"], ["A1"], "plan", date(2025, 1, 1))
    from planlint.api import get_host

    rule = get_host().rules["PL201"]
    clean = Report([], ["p.yaml"], ["PL201"], "plan", date(2025, 1, 1),
                   catalogue={"PL201": rule})
    root = ET.fromstring(render(clean, False))
    passing = root.findall("testsuite/testcase")
    assert [case.get("name") for case in passing] == ["plan"]
    assert passing[0].find("failure") is None
    assert (root.get("tests"), root.get("failures")) == ("1", "0")
