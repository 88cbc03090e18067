"""Declarative rule files: the documented example, the language, and its error messages."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from hypothesis import given, settings
from hypothesis import strategies as st

import planlint
from planlint.errors import UsageError
from planlint.finding import Finding
from planlint.hookspecs import hookimpl
from planlint.host import Host, PluginInfo
from planlint.plan import Plan
from planlint.ruledef import Rule
from planlint.rulefiles import load_rule_file, load_rule_files
from planlint.testing import RuleTester, lint
from planlint.testing.strategies import plans
from tests.conftest import Write

Run = Callable[..., Result]

ISSUE_EXAMPLE = """\
planlint-rules: 1
rules:
  - code: ORG002
    name: big-budget-needs-cost-center
    category: alignment
    severity: error
    message: "budget {id} is over 1M and names no cost center"
    for: budgets
    where: {amount: {gt: 1000000}}
    require: {field: x-cost-center}
  - code: ORG003
    name: priority-goal-needs-two-metrics
    category: metrics
    severity: warning
    message: "goal {id} has fewer than two metrics"
    for: goals
    where: {priority: {in: [critical, high]}}
    require: {edges: {rel: metrics, min: 2}}
  - code: ORG004
    name: initiative-funded
    category: alignment
    severity: warning
    message: "initiative {id} is funded by no budget"
    for: initiatives
    require: {edges: {rel: funds, direction: in, min: 1}}
"""

ISSUE_PLAN = """\
planlint: 1
goals:
  - {id: G1, priority: critical, metrics: [M1, M2]}
  - {id: G2, priority: high, metrics: [M1]}
  - {id: G3, priority: medium}
  - {id: G4, priority: critical}
  - {id: G5}
metrics:
  - {id: M1}
  - {id: M2}
initiatives:
  - {id: I1, supports: [G1]}
  - {id: I2, supports: [G2]}
  - {id: I3, supports: [G4]}
budgets:
  - {id: B1, amount: 2000000, funds: [I1], x-cost-center: 4711}
  - {id: B2, amount: 1500000, funds: [I3]}
  - {id: B3, amount: 1000000, funds: [G3]}
  - {id: B4, amount: 500}
  - {id: B5, x-cost-center: 12}
"""


def test_the_documented_example_finds_exactly_what_it_describes(cli: Run, write: Write) -> None:
    write("org-rules.yaml", ISSUE_EXAMPLE)
    write("plan.yaml", ISSUE_PLAN)
    result = cli("check", "--rules", "org-rules.yaml", "--select", "ORG", "--format", "json",
                 "plan.yaml")
    found = [(f["code"], f["node"], f["line"], f["severity"], f["message"])
             for f in json.loads(result.output)["findings"]]
    assert found == [
        ("ORG003", "G2", 4, "warning", "goal G2 has fewer than two metrics"),
        ("ORG003", "G4", 6, "warning", "goal G4 has fewer than two metrics"),
        ("ORG004", "I2", 13, "warning", "initiative I2 is funded by no budget"),
        ("ORG002", "B2", 17, "error", "budget B2 is over 1M and names no cost center"),
    ]
    assert result.exit_code == 1


def test_rule_files_come_from_the_config_relative_to_it(cli: Run, write: Write) -> None:
    write("project/policy/org.yaml", ISSUE_EXAMPLE)
    write("project/planlint.toml", 'rule-files = ["policy/org.yaml"]\nselect = ["ORG002"]\n')
    write("project/plan.yaml", ISSUE_PLAN)
    result = cli("check", "project/plan.yaml")
    assert "project/plan.yaml:17:5: ORG002 [error] budget B2 is over 1M" in result.output
    assert "ORG003" not in result.output


def test_rule_file_rules_are_listed_with_the_file_as_their_source(cli: Run, write: Write
                                                                  ) -> None:
    write("org.yaml", ISSUE_EXAMPLE)
    rows = json.loads(cli("rules", "--rules", "org.yaml", "--format", "json").output)
    mine = {row["code"]: row for row in rows if row["code"].startswith("ORG")}
    assert sorted(mine) == ["ORG002", "ORG003", "ORG004"]
    assert {row["plugin"] for row in mine.values()} == {"org.yaml"}
    assert mine["ORG004"]["summary"] == "initiative {id} is funded by no budget"
    listed = json.loads(cli("plugins", "--rules", "org.yaml", "--format", "json").output)
    assert {"name": "org.yaml", "distribution": "rule file",
            "rules": ["ORG002", "ORG003", "ORG004"]}.items() <= listed[-1].items()


def test_rule_file_rules_can_be_ignored_and_given_a_severity(cli: Run, write: Write) -> None:
    write("org.yaml", ISSUE_EXAMPLE)
    write("plan.yaml", ISSUE_PLAN)
    write("planlint.toml", '[severity]\nbig-budget-needs-cost-center = "info"\n')
    result = cli("check", "--rules", "org.yaml", "--select", "ORG", "--ignore", "ORG003",
                 "plan.yaml")
    assert "ORG003" not in result.output
    assert "ORG002 [info]" in result.output


# -- the language ---------------------------------------------------------------------


def rules_from(write: Write, body: str, name: str = "rules.yaml") -> list[Rule]:
    """The rules of a rule file made of ``body`` (rules, indented as list entries)."""
    path = write(name, "planlint-rules: 1\nrules:\n" + textwrap.indent(
        textwrap.dedent(body), "  "))
    return list(load_rule_file(path).rules)


def one_rule(write: Write, body: str) -> RuleTester:
    head = "- code: ORG100\n  name: org-rule\n  category: policy\n  severity: warning\n"
    return RuleTester(rules_from(write, head + textwrap.indent(textwrap.dedent(body), "  "))[0])


@pytest.mark.parametrize(("where", "fires"), [
    ("{amount: {ge: 100}}", ["B2", "B3"]),
    ("{amount: {lt: 100}}", ["B1"]),
    ("{amount: {le: 100, gt: 10}}", ["B2"]),
    ("{currency: USD}", ["B1", "B3"]),
    ("{currency: {ne: USD}}", ["B2", "B4"]),
    ("{currency: {not_in: [USD, EUR]}}", ["B4"]),
    ("{amount: {exists: false}}", ["B4"]),
    ("{x-cost-center: {exists: true}}", ["B2", "B3"]),
    ("{x-cost-center: {eq: '4711'}}", ["B3"]),
    ("{x-cost-center: {gt: 100}}", ["B3"]),
    ("{x-cost-center: {matches: '^47'}}", ["B3"]),
    ("{title: {matches: '(?i)^it\\b'}}", ["B1"]),
    ("{tags: strategic}", ["B2"]),
    ("{tags: {ne: strategic}}", ["B1", "B3", "B4"]),
    ("{any: [{amount: {lt: 100}}, {currency: EUR}]}", ["B1", "B2"]),
    ("{all: [{currency: USD}, {amount: {gt: 100}}]}", ["B3"]),
    ("{not: {currency: USD}}", ["B2", "B4"]),
    ("{period: 2025}", ["B2"]),
    ("{x-opened: {lt: 2001-01-01}}", ["B1"]),
    ("{x-opened: {ge: as-of}}", ["B3"]),
])
def test_where_filters_with_operators(write: Write, where: str, fires: list[str]) -> None:
    tester = one_rule(write, f"""\
        message: "budget {{id}} matches"
        for: budgets
        where: {where}
        """)
    plan = """\
plan: {id: p, as_of: 2001-06-30}
budgets:
  - {id: B1, title: IT refresh, amount: 10, currency: USD, x-opened: 2000-05-01}
  - {id: B2, amount: 100, currency: EUR, tags: [strategic], period: "2025", x-cost-center: 12}
  - {id: B3, amount: 5000, currency: USD, x-cost-center: 4711, x-opened: 2001-07-01}
  - {id: B4, currency: DEM}
"""
    assert [f.node for f in tester.findings(plan)] == fires


def test_dates_compare_as_dates_and_as_of_is_the_plans(write: Write) -> None:
    tester = one_rule(write, """\
        message: "initiative {id} ended {end} and is {status}"
        for: initiatives
        where: {end: {lt: as-of}}
        require: {field: status, in: [done, cancelled]}
        """)
    plan = """\
plan: {id: p, as_of: 2001-06-30}
initiatives:
  - {id: I1, end: 2001-01-31, status: active}
  - {id: I2, end: 2001-01-31, status: done}
  - {id: I3, end: 2002-01-31, status: active}
  - {id: I4, end: 2000-12-31}
"""
    found = tester.findings(plan)
    assert [(f.node, f.message) for f in found] == [
        ("I1", "initiative I1 ended 2001-01-31 and is active"),
        ("I4", "initiative I4 ended 2000-12-31 and is none")]
    assert found[0].location.line == 3 and found[0].location.column == 31  # at status
    assert [f.node for f in RuleTester(tester.rule, as_of=None).findings(
        plan.replace("2001-06-30", "2000-06-30"))] == []


def test_edges_count_out_and_in_with_kind_where_and_max(write: Write) -> None:
    rules = rules_from(write, """\
        - code: ORG110
          name: funded-by-goal-lines
          category: alignment
          severity: warning
          message: "budget {id} funds {count} goals"
          for: budgets
          require: {edges: {rel: funds, kind: goal, max: 1}}
        - code: ORG111
          name: reviewed-twice
          category: monitoring
          severity: warning
          message: "goal {id} is covered by {count} reviews"
          for: goals
          require: {edges: {rel: covers, direction: in, kind: reviews, min: 2}}
        - code: ORG112
          name: targeted-metrics
          category: metrics
          severity: warning
          message: "goal {id} has {count} metrics with a target"
          for: goals
          require: {edges: {rel: metrics, where: {target.value: {exists: true}}}}
        """)
    plan = """\
goals:
  - {id: G1, metrics: [M1, M2]}
  - {id: G2, metrics: [M2]}
metrics:
  - {id: M1, target: {value: 5}}
  - {id: M2}
budgets:
  - {id: B1, funds: [G1, G2, I1]}
  - {id: B2, funds: [G1, I1]}
initiatives: [{id: I1}]
reviews:
  - {id: R1, covers: [G1]}
  - {id: R2, covers: [G1]}
communications:
  - {id: C1, covers: [G2]}
"""
    funded, reviewed, targeted = (RuleTester(rule) for rule in rules)
    found = funded.assert_fails(plan, [("B1", 8, "budget B1 funds 2 goals")])
    assert [r.node for r in found[0].related] == ["G1", "G2"]
    assert found[0].location.column == 14  # at funds
    reviewed.assert_fails(plan, [("G2", 3, "goal G2 is covered by 0 reviews")])
    targeted.assert_fails(plan, [("G2", 3, "goal G2 has 0 metrics with a target")])


def test_reaches_follows_the_cascade_and_chosen_links(write: Write) -> None:
    rules = rules_from(write, """\
        - code: ORG120
          name: reaches-critical-goal
          category: alignment
          severity: warning
          message: "{kind} {id} leads to no critical goal"
          for: initiatives
          require: {reaches: {kind: goal, where: {priority: critical}}}
        - code: ORG121
          name: enabler-reaches-goal
          category: alignment
          severity: warning
          message: "{kind} {id} leads to no goal"
          for: initiatives
          require:
            reaches:
              kind: goals
              via: [supports, parent, {rel: depends_on, direction: in}]
        - code: ORG122
          name: critical-or-reaches-critical
          category: alignment
          severity: warning
          message: "goal {id} is not critical and serves no critical goal"
          for: goals
          require:
            any:
              - {field: priority, eq: critical}
              - {reaches: {kind: goal, where: {priority: critical}}}
        """)
    plan = """\
goals:
  - {id: G1, priority: critical}
  - {id: G2, parent: G1}
  - {id: G3, parent: G4}
  - {id: G4, parent: G3}
initiatives:
  - {id: I1, supports: [G2]}
  - {id: I2, supports: [G3]}
  - {id: I3}
  - {id: I4, depends_on: [I3]}
  - {id: I5, depends_on: [I4]}
  - {id: I6, supports: [G1], depends_on: [I5]}
"""
    critical, enabler, serves = (RuleTester(rule) for rule in rules)
    assert [f.node for f in critical.findings(plan)] == ["I2", "I3", "I4", "I5"]
    assert [f.node for f in enabler.findings(plan)] == []
    assert [f.node for f in enabler.findings(plan.replace(
        ", depends_on: [I5]", ""))] == ["I3", "I4", "I5"]
    assert [f.node for f in serves.findings(plan)] == ["G3", "G4"]


def test_requirements_combine_and_a_rule_without_require_flags_every_match(write: Write
                                                                         ) -> None:
    rules = rules_from(write, """\
        - code: ORG130
          name: no-legacy-currency
          category: alignment
          severity: error
          message: "budget {id} ({label}) is in {currency}"
          description: Budgets are kept in euros or dollars.
          why: Legacy currencies cannot be consolidated.
          for: budgets
          where: {currency: {in: [DEM, FRF]}}
          fails: "budgets: [{id: B1, currency: DEM}]"
          passes: "budgets: [{id: B1, currency: EUR}]"
        - code: ORG131
          name: owned-or-no-team
          category: leadership
          severity: warning
          message: "initiative {id} has a team and no owner"
          for: initiatives
          require: {not: {all: [{field: team}, {not: {field: owner}}]}}
        - code: ORG132
          name: plan-names-sponsor
          category: leadership
          severity: warning
          message: "plan {id} has no x-charter"
          for: plan
          require: {field: x-charter}
        """)
    legacy, owned, charter = (RuleTester(rule) for rule in rules)
    legacy.check_documented_examples()
    assert legacy.rule.summary == "Budgets are kept in euros or dollars."
    assert legacy.rule.rationale == "Legacy currencies cannot be consolidated."
    assert legacy.messages("budgets: [{id: B1, title: Bonn, currency: FRF}, {id: B2}]") == [
        "budget B1 (Bonn) is in FRF"]
    owned.assert_fails("people: [{id: p}]\ninitiatives:\n  - {id: I1, team: [p]}\n"
                       "  - {id: I2, team: [p], owner: p}\n  - {id: I3}\n", [("I1", 3)])
    charter.assert_fails("plan: {id: acme}\n", [("acme", 1, "plan acme has no x-charter")])
    charter.assert_passes("plan: {id: acme, x-charter: yes}\n")


def test_messages_render_values_as_plain_text(write: Write) -> None:
    tester = one_rule(write, """\
        message: "{kind} {id}: {amount} {currency} for {funds}; {x-cost-center} {{literal}}"
        for: budgets
        """)
    assert tester.messages("budgets: [{id: B1, amount: 2000000, funds: [G1, G2]}]\n"
                           "goals: [{id: G1}, {id: G2}]") == [
        "budget B1: 2000000 none for G1, G2; none {literal}"]


def test_a_rule_file_loads_no_code_and_its_rules_run_in_lint(write: Write) -> None:
    path = write("org.yaml", ISSUE_EXAMPLE)
    report = lint(ISSUE_PLAN, rule_files=[path], select=["ORG"])
    assert [(f.code, f.node) for f in report.findings] == [
        ("ORG003", "G2"), ("ORG003", "G4"), ("ORG004", "I2"), ("ORG002", "B2")]


def test_lint_runs_rules_given_in_python_together_with_rule_files(write: Write) -> None:
    @planlint.rule(code="ORG090", name="every-goal", category="policy", severity="info")
    def every_goal(plan: Plan) -> Iterator[Finding]:
        """Every goal is seen."""
        for goal in plan.goals:
            yield goal.finding(f"goal {goal.id} seen")

    path = write("org.yaml", ISSUE_EXAMPLE)
    report = lint(ISSUE_PLAN, rules=[every_goal], rule_files=[path], select=["ORG002", "ORG090"])
    assert [(f.code, f.node) for f in report.findings] == [
        ("ORG090", "G1"), ("ORG090", "G2"), ("ORG090", "G3"), ("ORG090", "G4"),
        ("ORG090", "G5"), ("ORG002", "B2")]


# -- mistakes -------------------------------------------------------------------------

HEAD = "planlint-rules: 1\nrules:\n"
RULE = ("  - code: ORG001\n    name: a-rule\n    category: policy\n    severity: warning\n"
        "    message: \"{id}\"\n")


@pytest.mark.parametrize(("text", "where", "says"), [
    (HEAD + RULE + "    for: budgets\n    wher: {amount: {gt: 1}}\n", "9:5",
     "a rule has no key 'wher' (did you mean 'where'?)"),
    (HEAD + RULE + "    for: budgets\n    where: {amount: {gte: 1}}\n", "9:22",
     "unknown operator 'gte' (did you mean 'ge'?)"),
    (HEAD + RULE + "    for: budget_lines\n", "8:5", "unknown kind 'budget_lines'"),
    (HEAD + RULE + "    for: budgets\n    where: {amont: {gt: 1}}\n", "9:13",
     "budget has no field 'amont' (did you mean 'amount'?)"),
    (HEAD + RULE + "    for: goals\n    where: {title: {matches: '(a+'}}\n", "9:21",
     "matches: not a valid regular expression"),
    (HEAD + RULE + "    for: goals\n    where: {title: {matches: '(a)\\1'}}\n", "9:21",
     "backreferences"),
    (HEAD + RULE + "    for: goals\n    where: {priority: urgent}\n", "9:13",
     "priority is one of critical, high, medium, low"),
    (HEAD + RULE + "    for: goals\n    where: {due: {lt: soon}}\n", "9:19", "due is a date"),
    (HEAD + RULE + "    for: goals\n    where: {title: {gt: 3}}\n", "9:21", "title has no order"),
    (HEAD + RULE + "    for: goals\n    require: {edges: {rel: metric}}\n", "9:23",
     "goal has no reference field 'metric' (did you mean 'metrics'?)"),
    (HEAD + RULE + "    for: goals\n    require: {edge: {rel: metrics}}\n", "9:15",
     "unknown requirement 'edge' (did you mean 'edges'?)"),
    (HEAD + RULE + "    for: goals\n    require: {reaches: {kind: budgets, vai: [funds]}}\n",
     "9:40", "reaches has no key 'vai' (did you mean 'via'?)"),
    (HEAD + RULE.replace('"{id}"', '"{id.__class__}"') + "    for: goals\n", "7:5",
     "message: {id.__class__} is not allowed"),
    (HEAD + RULE.replace('"{id}"', '"{id[0]}"') + "    for: goals\n", "7:5",
     "no attribute access or indexing"),
    (HEAD + RULE.replace('"{id}"', '"{id!r}"') + "    for: goals\n", "7:5", "conversions"),
    (HEAD + RULE.replace('"{id}"', '"{titel}"') + "    for: goals\n", "7:5",
     "a goal has no {titel} (did you mean 'title'?)"),
    (HEAD + RULE + "    for: goals\n" + RULE + "    for: goals\n", "9:5",
     "ORG001 is already defined at rules.yaml:3:5"),
    (HEAD + RULE.replace("ORG001", "org-1") + "    for: goals\n", "3:5",
     "code 'org-1' must be capital letters then digits"),
    (HEAD + RULE.replace("warning", "fatal") + "    for: goals\n", "6:5",
     "severity is error, warning or info"),
    # a name that reads as a code: '--ignore pl201' switched off it and PL201 both
    (HEAD + RULE.replace("a-rule", "pl201") + "    for: goals\n", "4:5",
     "name 'pl201' reads as a rule code (PL201), and --ignore, severity and suppressions "
     "would take it for that rule; name the rule for what it checks"),
    # '$' took a line break at the end: the code was ORG001 and a line break
    (HEAD + RULE.replace("ORG001", '"ORG001\\n"') + "    for: goals\n", "3:5",
     "code 'ORG001\\n' must be capital letters then digits"),
    ("rules: []\n", "1:1", "a rule file needs planlint-rules"),
    ("planlint-rules: 2\nrules: []\n", "1:1", "rule file version 2 is not known"),
    ("planlint-rules: 1\nrule: []\n", "2:1", "unknown key 'rule' (did you mean 'rules'?)"),
    ("planlint-rules: 1\nrules: [{code: !!python/name:os.system x}]\n", "2:16",
     "YAML tag !!python/name:os.system is not allowed"),
    ("planlint-rules: 1\nrules: [\n", "3:1", "not valid YAML"),
])
def test_a_mistake_is_a_usage_error_at_its_place(cli: Run, write: Write, text: str,
                                                 where: str, says: str) -> None:
    write("rules.yaml", text)
    write("plan.yaml", "planlint: 1\n")
    result = cli("check", "--rules", "rules.yaml", "plan.yaml")
    assert result.exit_code == 2
    assert says in result.output
    assert any(f"rules.yaml:{place}: " in result.output for place in where.split()), \
        result.output


def test_a_code_clashing_with_another_file_or_a_builtin_rule_is_a_usage_error(
        write: Write) -> None:
    first = write("a.yaml", HEAD + RULE + "    for: goals\n")
    second = write("b.yaml", HEAD + RULE.replace("a-rule", "b-rule") + "    for: goals\n")
    with pytest.raises(UsageError, match=r"b.yaml:3:5: ORG001 is already defined at .*a.yaml:3:5"):
        load_rule_files([first, second])
    assert len(load_rule_files([first, first])) == 1
    clash = write("c.yaml", HEAD + RULE.replace("a-rule", "unowned-initiative")
                  + "    for: goals\n")
    with pytest.raises(UsageError, match=r"c.yaml:3:5: rule ORG001 unowned-initiative "
                                         r"clashes with PL102 unowned-initiative"):
        lint("goals: []", rule_files=[clash])


def test_a_long_code_or_name_is_refused_in_linear_time(write: Write) -> None:
    # '[0-9]+$' tried every length at every split: a 300,000-character code took minutes
    rules = write("rules.yaml", HEAD + RULE.replace("ORG001", "A" + "1" * 60_000 + "-")
                  .replace("a-rule", "a" + "1" * 60_000 + "-") + "    for: goals\n")
    started = time.perf_counter()
    with pytest.raises(UsageError, match="must be capital letters then digits"):
        load_rule_files([rules])
    assert time.perf_counter() - started < 2


def test_a_python_rule_named_like_a_code_is_refused() -> None:
    with pytest.raises(ValueError, match=r"rule name 'acme1' reads as a rule code \(ACME1\)"):
        planlint.rule(code="ACME002", name="acme1", category="alignment", severity="info")


def test_every_mistake_of_a_file_is_reported_at_once(cli: Run, write: Write) -> None:
    write("rules.yaml", HEAD + RULE + "    for: gaols\n"
          + RULE.replace("ORG001", "ORG002").replace("a-rule", "b-rule") + "    for: goals\n"
          "    where: {titl: x}\n")
    result = cli("rules", "--rules", "rules.yaml")
    assert result.exit_code == 2
    assert "rules.yaml:8:5: unknown kind 'gaols' (did you mean 'goals'?)" in result.output
    assert "rules.yaml:15:13: goal has no field 'titl'" in result.output


def test_a_missing_or_unreadable_rule_file_is_a_usage_error(cli: Run, write: Write) -> None:
    assert "rule file nowhere.yaml does not exist" in cli(
        "rules", "--rules", "nowhere.yaml").output
    write("rules.txt", "planlint-rules: 1\n")
    assert "a rule file is YAML" in cli("rules", "--rules", "rules.txt").output
    # Python's "'utf-8' codec can't decode byte 0xff in position 0"
    write("rules.yaml", "")
    Path("rules.yaml").write_bytes("planlint-rules: 1\n".encode("utf-16"))
    assert "rules.yaml: the rule file is saved as UTF-16; save it again as UTF-8" in cli(
        "rules", "--rules", "rules.yaml").output
    Path("rules.yaml").write_bytes(b"planlint-rules: 1\nrules: [\xe9]\n")
    assert "the rule file is not UTF-8 text (byte 26 is not); save it as UTF-8" in cli(
        "rules", "--rules", "rules.yaml").output


def test_a_missing_rule_file_of_the_config_is_said_at_its_entry(cli: Run,
                                                                 write: Write) -> None:
    """The config names the file: the error points at the entry to fix there."""
    write("planlint.toml", 'select = ["PL1"]\nrule-files = ["nowhere.yaml"]\n')
    write("plan.yaml", "planlint: 1\n")
    result = cli("check", "plan.yaml")
    assert result.exit_code == 2
    assert "planlint.toml:2:1: rule file nowhere.yaml does not exist; check its name " \
        "and folder" in result.output


def test_a_check_without_rule_files_does_not_load_their_machinery(tmp_path: Path) -> None:
    """The rule-file language (its models and matchers) is loaded only for a rule file:
    every other check starts without it."""
    (tmp_path / "plan.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
    script = ("import sys\nfrom planlint.cli import main\ntry:\n    main(['check', "
              "'plan.yaml'])\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in sys.modules if m.startswith('planlint.rulefiles.')))")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                          text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[]"


def test_the_guides_rule_files_load_and_their_examples_hold(write: Write) -> None:
    guide = (Path(__file__).parent.parent / "docs" / "rule-files.md").read_text("utf-8")
    blocks = [block for block in guide.split("```yaml\n")[1:]
              if block.startswith("planlint-rules: 1")]
    assert len(blocks) == 2
    assert blocks[0].split("```")[0] == ISSUE_EXAMPLE
    rules = [rule for index, block in enumerate(blocks)
             for rule in load_rule_file(write(f"guide{index}.yaml", block.split("```")[0])).rules]
    assert len(rules) == 8
    for rule in rules:
        RuleTester(rule).check_documented_examples()
    overdue = RuleTester(rules[3])
    overdue.assert_fails("plan: {id: p, as_of: 2001-06-30}\n"
                         "initiatives: [{id: I1, end: 2001-01-01, status: active}]\n",
                         [("I1", 2, "initiative I1 (I1) ended 2001-01-01 but is active")])


def test_a_field_requirement_cannot_also_require_absence(write: Write) -> None:
    with pytest.raises(UsageError, match=r"rules.yaml:9:29: field: owner already requires "
                                         r"it to be present; to require it absent, write "
                                         r"not: \{field: owner\}"):
        one_rule(write, """\
            message: "goal {id}"
            for: goals
            require: {field: owner, exists: false}
            """)


def test_rule_files_load_in_the_order_given_once_each(write: Write) -> None:
    first = write("a.yaml", HEAD + RULE + "    for: goals\n")
    second = write("b.yaml", HEAD + RULE.replace("ORG001", "ORG002").replace(
        "a-rule", "b-rule") + "    for: goals\n")
    loaded = load_rule_files([first, second, first])
    assert [each.rules[0].code for each in loaded] == ["ORG001", "ORG002"]


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=30, deadline=None)
@given(plan=plans(extra_fields={"budgets": {"x-cost-center": st.none() | st.integers(1, 9)}}))
def test_rule_file_rules_are_robust_and_match_a_model(tmp_path_factory: pytest.TempPathFactory,
                                                      plan: dict[str, Any]) -> None:
    path = tmp_path_factory.mktemp("rules") / "org.yaml"
    path.write_text(ISSUE_EXAMPLE, encoding="utf-8")
    big, measured, funded = load_rule_file(path).rules
    for rule in (big, measured, funded):
        RuleTester(rule).assert_robust(plan)
    assert [f.node for f in RuleTester(big).findings(plan)] == [
        b["id"] for b in plan["budgets"] if b["amount"] > 1_000_000 and "x-cost-center" not in b]
    funds = {target for b in plan["budgets"] for target in b["funds"]}
    assert [f.node for f in RuleTester(funded).findings(plan)] == [
        i["id"] for i in plan["initiatives"] if i["id"] not in funds]


def test_explain_shows_a_rule_file_rules_documentation(cli: Run, write: Write) -> None:
    write("org.yaml", HEAD + RULE + "    for: goals\n    description: Goals are tidy.\n"
          "    why: Tidy goals get done.\n    fails: 'goals: [{id: G1}]'\n")
    result = cli("explain", "ORG001", "--rules", "org.yaml")
    assert result.exit_code == 0, result.output
    assert "Goals are tidy." in result.output and "Tidy goals get done." in result.output


def test_waivers_and_suppressions_hide_rule_file_findings(cli: Run, write: Write) -> None:
    write("org.yaml", ISSUE_EXAMPLE)
    write("plan.yaml", "planlint: 1\nbudgets:\n"
          "  - {id: B2, amount: 1500000}  # planlint: ignore[ORG002] -- being set up\n"
          "  - {id: B3, amount: 1500000}\n  - {id: B4, amount: 1500000}\n"
          "waivers:\n  - {rule: big-budget-needs-cost-center, node: B3, reason: agreed}\n")
    result = cli("check", "--rules", "org.yaml", "--select", "ORG", "plan.yaml")
    assert "ORG002" in result.output and "B4" in result.output
    assert "budget B2" not in result.output and "budget B3" not in result.output


def test_rule_files_may_be_toml_or_json(cli: Run, write: Write) -> None:
    write("org.toml", 'planlint-rules = 1\n[[rules]]\ncode = "ORG020"\nname = "overdue"\n'
          'category = "monitoring"\nseverity = "warning"\nmessage = "{id} ended {end}"\n'
          'for = "initiatives"\nwhere = {end = {lt = 2001-06-30}}\n')
    write("org.json", json.dumps({"planlint-rules": 1, "rules": [{
        "code": "ORG021", "name": "late", "category": "monitoring", "severity": "info",
        "message": "{id} ends {end}", "for": "initiatives",
        "where": {"end": {"gt": "2001-06-30"}}}]}))
    write("plan.yaml", "planlint: 1\ninitiatives:\n  - {id: I1, end: 2001-01-01}\n"
          "  - {id: I2, end: 2002-01-01}\n")
    result = cli("check", "--rules", "org.toml", "--rules", "org.json", "--select", "ORG",
                 "--format", "json", "plan.yaml")
    assert [(f["code"], f["message"]) for f in json.loads(result.output)["findings"]] == [
        ("ORG020", "I1 ended 2001-01-01"), ("ORG021", "I2 ends 2002-01-01")]


def test_a_rule_file_saved_with_a_byte_order_mark_reads_as_a_plan_does(cli: Run,
                                                                      write: Write) -> None:
    # Notepad's UTF-8: JSON said "Unexpected UTF-8 BOM (decode using utf-8-sig)", TOML
    # "Invalid statement"; a plan saved so was read
    write("plan.yaml", "planlint: 1\ninitiatives:\n  - {id: I1, end: 2001-01-01}\n")
    rule = {"code": "ORG022", "name": "ended", "category": "monitoring",
            "severity": "info", "message": "{id} ended", "for": "initiatives"}
    texts = {"org.json": json.dumps({"planlint-rules": 1, "rules": [rule]}),
             "org.yaml": "planlint-rules: 1\nrules:\n  - " + json.dumps(rule) + "\n",
             "org.toml": "planlint-rules = 1\n[[rules]]\n" + "".join(
                 f"{key} = {json.dumps(value)}\n" for key, value in rule.items())}
    for name, text in texts.items():
        write(name, "")
        Path(name).write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
        result = cli("check", "--rules", name, "--select", "ORG", "--format", "json",
                     "plan.yaml")
        assert [f["code"] for f in json.loads(result.output)["findings"]] == ["ORG022"], \
            result.output


def test_a_python_plugin_can_ship_a_rule_file(write: Write) -> None:
    path = write("policy.yaml", ISSUE_EXAMPLE)

    class Shipper:
        @hookimpl
        def planlint_rules(self) -> list[Rule]:
            return list(load_rule_file(path).rules)

    host = Host(entry_points=False, plugins=[
        (Shipper(), PluginInfo("acme-policy", "acme-policy", "1.0", "acme_policy"))])
    assert [code for code in host.rules if code.startswith("ORG")] == [
        "ORG002", "ORG003", "ORG004"]
    assert host.plugin_of(host.rules["ORG002"]).name == "acme-policy"
