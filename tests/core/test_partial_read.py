"""A plan with a file that cannot be read to its end: what closed before the error is
checked, and nothing missing from what was read is reported."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner

import planlint
from planlint.cli import main
from planlint.finding import Finding
from planlint.loaders import LoadError
from planlint.loaders.yaml import load
from planlint.plan import Plan
from planlint.testing import lint

#: A complete plan but for one tab, on line 23, inside the metric M1.
PLAN = """\
planlint: 1
plan:
  id: p
  title: Test plan
  vision: Be the best
  sponsor: ceo
  office: ceo
  as_of: 2025-01-01
people:
  - {id: ceo, role: CEO, leader: true}
goals:
  - id: G1
    title: Grow revenue
    ownr: ceo
    metrics: [M1]
metrics:
  - id: M1
    title: Revenue
    unit: USD m
    cadence: monthly
    baseline: {value: 1, date: 2024-12-31}
    target: {value: 2, date: 2025-12-31}
\tsource: ERP
"""


def test_yaml_keeps_what_closed_before_the_error_and_drops_the_open_item() -> None:
    try:
        load(PLAN)
    except LoadError as error:
        assert (error.line, error.partial is not None) == (23, True)
        assert error.partial is not None
        data = error.partial.data
    else:
        raise AssertionError("the tab should stop reading")
    assert data["plan"]["as_of"] == "2025-01-01"
    assert data["goals"] == [{"id": "G1", "title": "Grow revenue", "ownr": "ceo",
                              "metrics": ["M1"]}]
    assert data["metrics"] == []  # M1 was still open: it may lack what came after


def test_only_what_was_read_is_judged(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    report = lint(path)
    found = sorted((finding.code, finding.node, finding.location.line)
                   for finding in report.findings)
    # the typo before the error is found; no plan-wide absence (PL104 no sponsor...),
    # and no dangling reference to M1, which stood past the error, is reported
    assert found == [("PL001", str(path), 23), ("PL014", "G1", 14)]
    assert report.unread == {str(path): 23}
    assert "PL104" in report.withheld and "PL005" in report.withheld
    assert "PL014" in report.rules and "PL104" not in report.rules
    assert report.exit_code == 1
    assert f"{path} could not be read past line 22: {len(report.withheld)} rules that " \
           "judge the plan as a whole did not run" in report.unread_summary()


def test_a_file_not_read_at_all_withholds_the_plan_wide_rules(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN.replace("\t", "    "), encoding="utf-8")
    (tmp_path / "units.json").write_text('{"planlint": 1, "units": [\n{"id": "u1",,}]}\n',
                                         encoding="utf-8")
    report = lint(tmp_path)
    assert report.unread == {str(tmp_path / "units.json"): 1}
    assert {finding.code for finding in report.findings} == {"PL001", "PL014"}
    assert "could not be read:" in report.unread_summary()
    whole = lint(tmp_path / "plan.yaml")  # the same plan, every file read
    assert not whole.unread and not whole.withheld
    assert "PL104" in whole.rules


@planlint.rule(code="TEST900", name="title-shouts", category="formulation",
               severity="info", local=True)
def title_shouts(plan: Plan) -> Iterator[Finding]:
    """A goal's title is written in capitals."""
    for goal in plan.goals:
        if goal.title and goal.title.isupper():
            yield goal.finding("the title shouts", field="title")


def test_a_local_rule_still_runs_on_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace("Grow revenue", "GROW REVENUE"), encoding="utf-8")
    report = lint(path, rules=[title_shouts])
    assert ("TEST900", "G1") in {(finding.code, finding.node) for finding in report.findings}
    assert "TEST900" not in report.withheld


def test_the_report_says_what_went_unchecked(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    runner = CliRunner()
    text = runner.invoke(main, ["check", "--no-plugins", str(path)])
    assert text.exit_code == 1
    assert "could not be read past line 22" in text.output
    assert "PL104" not in text.output
    data = json.loads(runner.invoke(main, ["check", "--no-plugins", "--format", "json",
                                           str(path)]).output)
    assert data["summary"]["unread"] == {str(path): 23}
    assert "PL104" in data["summary"]["withheld"]


def test_with_no_rule_withheld_the_summary_says_only_what_was_not_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    report = lint(path, select=["PL001"])
    assert report.withheld == []
    assert report.unread_summary() == (f"{path} could not be read past line 22; correct the "
                                       "error reported there to check it whole")
