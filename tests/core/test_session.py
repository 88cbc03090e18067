"""One Session assembles a run for every entry point; rules are looked up one way, in
any case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planlint import Config, lint, testing
from planlint.api import Session
from planlint.errors import UsageError
from planlint.finding import Finding
from planlint.plan import Plan
from planlint.ruledef import rule
from tests.conftest import Run, Write

PLAN = "planlint: 1\ngoals:\n  - {id: G1}\nbudgets: [{id: B1, amount: 5}]\n"
RULE_FILE = ("planlint-rules: 1\nrules:\n  - code: ORG001\n    name: budget-needs-cost-center\n"
             "    category: alignment\n    severity: error\n"
             '    message: "budget {id} names no cost center"\n    for: budgets\n'
             "    require: {field: x-cost-center}\n")


@rule(code="ZZ100", name="every-goal", category="metrics", severity="info")
def every_goal(plan: Plan) -> Iterator[Finding]:
    """Reports every goal."""
    for goal in plan.goals:
        yield goal.finding("seen")


def test_the_library_and_a_session_check_alike(write: Write) -> None:
    path = write("plan.yaml", PLAN)
    config = Config(select=["PL2"])
    session = Session.open(config)
    assert [f.to_dict() for f in session.check(path).findings] == \
        [f.to_dict() for f in lint(path, config=config).findings]


def test_a_rule_is_found_by_code_or_name_in_any_case() -> None:
    session = Session.open()
    assert session.find_rule("pl201") is session.find_rule("Unmeasured-Goal")
    with pytest.raises(UsageError, match="did you mean 'unmeasured-goal'"):
        session.find_rule("unmesured-goal")


def test_selectors_waivers_and_comments_take_any_case(cli: Run, write: Write) -> None:
    write("plan.yaml", PLAN + "waivers:\n  - {rule: pl101, node: G1, reason: owned by the "
                              "board}\n")
    assert cli("check", "plan.yaml", "--select", "Leadership").exit_code == 0
    assert "PL201" not in cli("check", "plan.yaml", "--ignore", "pl201,METRICS").output
    assert "PL201" in cli("check", "plan.yaml", "--select", "pl2").output


def test_a_tested_rule_and_a_rule_file_run_together(tmp_path: Path) -> None:
    rule_file = tmp_path / "org.yaml"
    rule_file.write_text(RULE_FILE)
    report = testing.lint(PLAN, rules=[every_goal], rule_files=[rule_file],
                          select=["ZZ100", "ORG001"])
    assert {(f.code, f.node) for f in report.findings} == {("ZZ100", "G1"), ("ORG001", "B1")}


def test_graph_finds_a_rule_from_the_configs_rule_files(cli: Run, write: Write) -> None:
    write("org.yaml", RULE_FILE)
    write("planlint.toml", 'rule-files = ["org.yaml"]\n')
    write("plan.yaml", PLAN)
    result = cli("graph", "plan.yaml", "--finding", "org001:B1")
    assert result.exit_code == 0 and '"B1"' in result.output, result.output
