"""Waivers hide a rule's findings on one node until they expire, and report themselves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planlint.api import lint
from planlint.config import Config
from planlint.finding import Finding
from planlint.plan import Plan
from planlint.report import Report
from planlint.ruledef import Rule, rule
from planlint.rules import structure
from planlint.testing import RuleTester

HEAD = "planlint: 1\nplan: {id: p, as_of: 2001-06-30}\n"
GOALS = ("goals:\n  - {id: G1}\n  - {id: G2}\n  - {id: G3, metrics: [M3]}\n"
         "  - {id: G4, metrics: [M3]}\nmetrics: [{id: M3}]\n")


def run(text: str, *select: str, as_of: date | None = None) -> Report:
    config = Config(select=list(select) or ["PL011", "PL012", "PL013", "PL201"])
    return lint(HEAD + text, config=config, as_of=as_of)


def codes(report: Report) -> list[tuple[str, str]]:
    return [(finding.code, finding.node) for finding in report.findings]


def only(report: Report, code: str) -> Finding:
    found = [finding for finding in report.findings if finding.code == code]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("rule", ["PL201", "unmeasured-goal"])
def test_a_live_waiver_hides_its_finding_by_code_or_name(rule: str) -> None:
    report = run(GOALS + f"waivers:\n  - {{rule: {rule}, node: G1, reason: with Finance, "
                 "expires: 2001-12-31}\n")
    assert codes(report) == [("PL201", "G2")]
    assert report.hidden == {"waiver": 1}
    assert report.summary()["hidden"] == {"waiver": 1}


def test_a_waiver_without_expiry_never_expires() -> None:
    report = run(GOALS + "waivers:\n  - {rule: PL201, node: G1, reason: with Finance}\n",
                 as_of=date(2099, 1, 1))
    assert codes(report) == [("PL201", "G2")]


@pytest.mark.parametrize("expires", ["2001-03-31", "2001-06-30"])
def test_an_expired_waiver_shows_the_finding_again_and_reports_itself(expires: str) -> None:
    text = (GOALS + "waivers:\n  - rule: unmeasured-goal\n    node: G1\n"
            f"    reason: with Finance\n    expires: {expires}\n")
    report = run(text)
    assert sorted(codes(report)) == [("PL011", "G1"), ("PL201", "G1"), ("PL201", "G2")]
    expired = only(report, "PL011")
    assert expired.severity.value == "warning"
    assert expired.kind == "waiver"
    assert (expired.location.line, expired.location.column) == (13, 5)  # the expires key
    assert f"expired on {expires}" in expired.message
    assert "unmeasured-goal (PL201) on G1" in expired.message
    assert "reported again" in expired.message and "later expires date" in expired.message
    assert [related.node for related in expired.related] == ["G1"]
    assert not report.hidden


def test_an_expired_waiver_whose_finding_is_gone_says_to_remove_it() -> None:
    report = run("goals:\n  - {id: G1, metrics: [{id: M1}]}\n"
                 "waivers:\n  - {rule: PL201, node: G1, reason: x, expires: 2001-01-01}\n")
    assert "covers no finding any more: remove it" in only(report, "PL011").message


def test_expired_waivers_are_not_reported_when_pl011_is_not_selected() -> None:
    report = run(GOALS + "waivers:\n  - {rule: PL201, node: G1, expires: 2001-01-01}\n",
                 "PL201")
    assert codes(report) == [("PL201", "G1"), ("PL201", "G2")]


def test_the_as_of_option_decides_expiry() -> None:
    text = GOALS + "waivers:\n  - {rule: PL201, node: G1, reason: x, expires: 2001-12-31}\n"
    assert ("PL011", "G1") not in codes(run(text))
    assert ("PL011", "G1") in codes(run(text, as_of=date(2002, 1, 1)))


def test_a_waiver_naming_an_unknown_rule_is_reported_at_its_rule_key() -> None:
    report = run(GOALS + "waivers:\n  - {rule: unmesured-goal, node: G1, reason: x}\n")
    unused = only(report, "PL012")
    assert unused.field == "rule"
    assert (unused.location.line, unused.location.column) == (10, 6)
    assert "'unmesured-goal'" in unused.message
    assert "did you mean 'unmeasured-goal'?" in unused.message
    assert ("PL201", "G1") in codes(report)


def test_a_waiver_naming_an_unknown_node_is_reported_even_if_its_rule_did_not_run() -> None:
    report = run(GOALS + "waivers:\n  - {rule: PL201, node: G9, reason: x}\n", "PL012")
    unused = only(report, "PL012")
    assert unused.field == "node"
    assert "'G9', which is not defined in the plan" in unused.message


def test_a_waiver_that_hides_nothing_is_reported_when_its_rule_ran() -> None:
    text = ("goals:\n  - {id: G1, metrics: [{id: M1}]}\n"
            "waivers:\n  - {rule: PL201, node: G1, reason: x}\n")
    unused = only(run(text), "PL012")
    assert "hides nothing" in unused.message and "remove the waiver" in unused.message
    assert unused.severity.value == "info"
    assert not [f for f in run(text, "PL012").findings]  # PL201 did not run: not judged


def test_waivers_still_hide_when_the_waiver_rules_are_not_selected() -> None:
    text = GOALS + "waivers:\n  - {rule: PL201, node: G1}\n  - {rule: PL201, node: G9}\n"
    report = run(text, "PL201")
    assert codes(report) == [("PL201", "G2")]
    assert report.hidden == {"waiver": 1}


def test_a_waiver_cannot_hide_the_findings_about_waivers() -> None:
    report = run(GOALS + "waivers:\n  - {rule: PL201, node: G9, reason: x}\n"
                 "  - {rule: unused-suppression, node: G9, reason: x}\n")
    messages = [f.message for f in report.findings if f.code == "PL012"]
    assert any("cannot be waived or suppressed" in message for message in messages)
    assert any("'G9', which is not defined" in message for message in messages)


def test_a_waiver_without_reason_is_reported_once() -> None:
    report = run(GOALS + "waivers:\n  - {rule: PL201, node: G1}\n  - {rule: PL201, node: G9}\n")
    assert only(report, "PL013").node == "G1"  # G9's waiver is reported unused instead
    assert "gives no reason" in only(report, "PL013").message


def test_a_waiver_for_an_item_covers_load_findings_inside_it() -> None:
    text = ("goals:\n  - id: G1\n    flavour: ceo\n    metrics: [{id: M1}]\n"
            "waivers:\n  - {rule: unknown-field, node: G1, reason: migrating}\n")
    report = run(text, "PL003", "PL012")
    assert not report.findings
    assert report.hidden == {"waiver": 1}


@rule(code="TST001", name="plan-needs-vision", category="formulation", severity="warning")
def plan_needs_vision(plan: Plan) -> Iterator[Finding]:
    """The plan states a vision."""
    if not plan.info.vision:
        yield plan.finding("the plan states no vision")


def test_a_plugin_rule_on_the_plan_is_waived_by_the_plan_id() -> None:
    tester = RuleTester(plan_needs_vision)
    assert [f.node for f in tester.findings(HEAD)] == ["p"]
    tester.assert_passes(HEAD + "waivers:\n  - {rule: plan-needs-vision, node: p, reason: x}\n")


@pytest.mark.parametrize(("name", "text"), [
    ("plan.json", '{"planlint": 1, "plan": {"id": "p", "as_of": "2001-06-30"},'
                  ' "goals": [{"id": "G1"}, {"id": "G2"}, {"id": "G3", "metrics": [{"id": "M3"}]},'
                  ' {"id": "G4", "metrics": ["M3"]}],'
                  ' "waivers": [{"rule": "PL201", "node": "G1", "reason": "x",'
                  ' "expires": "2001-01-01"}]}'),
    ("plan.toml", 'planlint = 1\n[plan]\nid = "p"\nas_of = "2001-06-30"\n'
                  '[[goals]]\nid = "G1"\n[[goals]]\nid = "G2"\n'
                  '[[goals]]\nid = "G3"\nmetrics = ["M3"]\n[[goals]]\nid = "G4"\n'
                  'metrics = ["M3"]\n[[metrics]]\nid = "M3"\n'
                  '[[waivers]]\nrule = "PL201"\nnode = "G1"\nreason = "x"\n'
                  'expires = "2001-01-01"\n'),
])
def test_waivers_work_in_json_and_toml(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = lint(path, config=Config(select=["PL011", "PL201"]))
    assert sorted(codes(report)) == [("PL011", "G1"), ("PL201", "G1"), ("PL201", "G2")]
    assert only(report, "PL011").location.line == (1 if name.endswith("json") else 21)


@pytest.mark.parametrize("stage_rule", [structure.expired_waiver, structure.unused_suppression,
                                        structure.suppression_without_reason])
def test_documented_examples(stage_rule: Rule) -> None:
    RuleTester(stage_rule).check_documented_examples()


def test_a_waiver_may_carry_custom_attributes() -> None:
    report = run(GOALS + "waivers:\n  - {rule: PL201, node: G1, reason: x, x-ticket: STRAT-42}\n",
                 "PL003", "PL201")
    assert codes(report) == [("PL201", "G2")]


def test_markdown_and_html_reports_say_what_was_hidden() -> None:
    from planlint.reporters import html, markdown

    report = run(GOALS + "waivers:\n  - {rule: PL201, node: G1, reason: x}\n"
                 "  - {rule: PL201, node: G2, reason: x}\n")
    assert "2 hidden: 2 by waivers." in markdown.render(report, False)
    assert '<p class="muted">2 hidden: 2 by waivers.</p>' in html.render(report, False)
