"""What went unchecked is always reported: a rule that fails on one item costs a PL000 on
that item only, and no selection, severity, waiver, comment, baseline or fail level
turns PL000 (rule-crashed) or PL001 (syntax-error) into a green run."""

from __future__ import annotations

import contextlib
import json
import operator
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pydantic import ValidationError

from planlint.cli import main
from planlint.engine import MAX_FAILED_ITEMS
from planlint.finding import Finding
from planlint.model import Metric
from planlint.plan import _STATE, Plan
from planlint.ruledef import rule
from planlint.testing import RuleTester, plan_from

METRICS = "planlint: 1\nmetrics:\n" + "".join(
    f"  - {{id: M{n}, title: {title}}}\n" for n, title in enumerate(
        ["Sales", "boom", "Reach", "boom too", "Churn"], 1))


@rule(code="ZZ001", name="fails-on-some-items", category="metrics", severity="warning")
def fails_on_some_items(plan: Plan) -> Iterator[Finding]:
    """Reports every metric, and fails on those titled 'boom...'."""
    for metric in plan.metrics:
        if (metric.title or "").startswith("boom"):
            raise ValueError("year 11999 is out of range")
        yield metric.finding("seen")


@rule(code="ZZ002", name="fails-on-the-plan", category="metrics", severity="warning")
def fails_on_the_plan(plan: Plan) -> Iterator[Finding]:
    """Fails before it looks at any item."""
    raise ValueError("no item to blame")
    yield from ()


@rule(code="ZZ003", name="stalls-on-one-item", category="metrics", severity="warning")
def stalls_on_one_item(plan: Plan) -> Iterator[Finding]:
    """Spins on the metric titled 'boom'."""
    for metric in plan.metrics:
        while metric.title == "boom":
            time.sleep(0.01)
        yield metric.finding("seen")


@rule(code="ZZ004", name="rewrites-titles", category="metrics", severity="warning")
def rewrites_titles(plan: Plan) -> Iterator[Finding]:
    """Tries to change what later rules see."""
    for metric in plan.metrics:
        metric.title = "rewritten"  # type: ignore[misc]
        yield metric.finding("rewritten")


MUTATIONS_TRIED: list[str] = []


@rule(code="ZZ005", name="changes-lists", category="metrics", severity="warning")
def changes_lists(plan: Plan) -> Iterator[Finding]:
    """Tries every way to change the lists inside items that later rules read."""
    goal, metric = plan.goals[0], plan.metrics[0]
    mutations: dict[str, Callable[[], object]] = {
        "append": lambda: goal.metrics.append("M9"),  # type: ignore[attr-defined]
        "clear": lambda: goal.tags.clear(),  # type: ignore[attr-defined]
        "setitem": lambda: operator.setitem(goal.metrics, 0, "M9"),  # type: ignore[call-overload]
        "pop": lambda: metric.actuals.pop(),  # type: ignore[attr-defined]
        "extend": lambda: plan.info.methodology.extend(["okr"]),  # type: ignore[attr-defined]
        "iadd": lambda: operator.iadd(goal.metrics, ("M9",)),  # type: ignore[no-untyped-call]
    }
    for name, mutate in mutations.items():
        MUTATIONS_TRIED.append(name)
        with contextlib.suppress(Exception):
            mutate()
    yield goal.finding("tried")


@rule(code="ZZ006", name="reads-lists", category="metrics", severity="warning")
def reads_lists(plan: Plan) -> Iterator[Finding]:
    """Reports the lists it sees, after ZZ005 tried to change them."""
    goal, metric = plan.goals[0], plan.metrics[0]
    yield goal.finding(f"after {len(MUTATIONS_TRIED)} tries: {goal.metrics} {goal.tags} "
                       f"{len(metric.actuals)} {plan.info.methodology}")


def by_code(findings: list[Finding]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in findings:
        found.setdefault(finding.code, []).append(finding.node)
    return found


def test_a_rule_that_fails_on_one_item_still_judges_the_others() -> None:
    findings = RuleTester(fails_on_some_items).findings(METRICS)
    assert by_code(findings) == {"ZZ001": ["M1", "M3", "M5"], "PL000": ["M2", "M4"]}
    crash = next(f for f in findings if f.node == "M2")
    assert crash.location.line == 4
    assert "could not judge metric M2 (boom): it raised ValueError: year 11999 is out of " \
        "range" in crash.message and "the rule judged the other items" in crash.message


def test_a_rule_that_fails_on_the_plan_or_on_too_many_items_is_one_plan_finding() -> None:
    [crash] = RuleTester(fails_on_the_plan).findings(METRICS)
    assert crash.code == "PL000" and crash.node == "plan" and "no item to blame" in crash.message
    many = "planlint: 1\nmetrics:\n" + "".join(f"  - {{id: M{n}, title: boom}}\n"
                                               for n in range(MAX_FAILED_ITEMS + 5))
    found = by_code(RuleTester(fails_on_some_items).findings(many))
    assert len(found["PL000"]) == MAX_FAILED_ITEMS + 1 and found["PL000"][0] == "plan"


def _check_with(tmp_path: Path, rules: list[str], *args: str) -> Result:
    """``planlint check --format json`` with a plugin module (in ``tmp_path``, named
    after the first rule, as hosts are kept by the modules they load) that registers the
    named rules of this module."""
    names, module = ", ".join(rules), f"zz_{rules[0]}"
    (tmp_path / f"{module}.py").write_text(
        f"from tests.test_unchecked import {names}\n"
        f"import planlint\n\n@planlint.hookimpl\ndef planlint_rules():\n"
        f"    return [{names}]\n")
    sys.path.insert(0, str(tmp_path))
    try:
        return CliRunner().invoke(main, ["check", "--format", "json", "-p", module, *args])
    finally:
        sys.path.remove(str(tmp_path))


def test_a_rule_that_stalls_on_one_item_still_judges_the_others(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(METRICS)
    (tmp_path / "planlint.toml").write_text("rule-timeout = 0.5\n")
    done = _check_with(tmp_path, ["stalls_on_one_item"], "--select", "ZZ003", "--config",
                       str(tmp_path / "planlint.toml"), str(plan))
    found: dict[str, list[str]] = {}
    for finding in json.loads(done.output)["findings"]:
        found.setdefault(finding["code"], []).append(finding["node"])
    assert found == {"ZZ003": ["M1", "M3", "M4", "M5"], "PL000": ["M2"]}, done.output


def test_a_rule_cannot_change_an_item_for_the_rules_after_it() -> None:
    report = RuleTester(rewrites_titles).findings(METRICS)
    assert {f.code for f in report} == {"PL000"} and "frozen" in report[0].message
    plan = plan_from(METRICS)
    with pytest.raises(ValidationError, match="frozen"):
        list(rewrites_titles(plan))
    assert [m.title for m in plan.metrics][:2] == ["Sales", "boom"]


def test_a_rule_cannot_change_the_lists_inside_items_for_the_rules_after_it(
        tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("planlint: 1\nplan: {methodology: [bsc]}\ngoals:\n"
                    "  - {id: G1, metrics: [M1], tags: [core]}\nmetrics:\n"
                    "  - {id: M1, actuals: [{date: 2001-01-31, value: 1}]}\n")
    done = _check_with(tmp_path, ["changes_lists", "reads_lists"], "--select", "ZZ005,ZZ006",
                       str(plan))
    seen = [f["message"] for f in json.loads(done.output)["findings"] if f["code"] == "ZZ006"]
    assert seen == ["after 6 tries: ('M1',) ('core',) 1 ('bsc',)"], done.output


def test_a_plan_view_without_some_items_keeps_their_references() -> None:
    plan = plan_from("planlint: 1\ngoals: [{id: G1, metrics: [M1, M2]}]\n"
                     "metrics: [{id: M1}, {id: M2}]\n")
    view = plan.without({"M1"})
    assert [m.id for m in view.metrics] == ["M2"] and [m.id for m in plan.metrics] == ["M1", "M2"]
    assert [m.id for m in view.refs(view.goals[0], "metrics", Metric)] == ["M1", "M2"]
    assert set(plan_from("planlint: 1\n").__dict__) == _STATE  # nothing else is state


BROKEN = "planlint: 1\ngoals: [{id: G1, title: x\n"


def check(tmp_path: Path, *args: str, plan: str = BROKEN, config: str = ""
          ) -> tuple[int, dict[str, list[str]]]:
    (tmp_path / "plan.yaml").write_text(plan)
    (tmp_path / "planlint.toml").write_text(config)
    done = CliRunner().invoke(main, ["check", "--format", "json", *args,
                                     str(tmp_path / "plan.yaml")])
    found: dict[str, list[str]] = {}
    for finding in json.loads(done.stdout)["findings"]:
        found.setdefault(finding["code"], []).append(finding["severity"])
    return done.exit_code, found


def test_an_unreadable_file_fails_the_run_whatever_is_selected(tmp_path: Path) -> None:
    assert check(tmp_path, "--select", "PL201") == (1, {"PL001": ["error"]})
    assert check(tmp_path, "--ignore", "PL001")[0] == 1
    assert check(tmp_path, "--ignore", "structure", "--fail-on", "never")[0] == 1
    code, found = check(tmp_path, config='fail-on = "never"\n[severity]\nPL001 = "info"\n')
    assert code == 1 and found["PL001"] == ["error"]


def test_nothing_in_a_plan_hides_what_went_unchecked(tmp_path: Path) -> None:
    plan = ("planlint: 1\ngoals: [{id: G1}]\nwaivers:\n"
            "  - {rule: PL001, node: plan, reason: noisy}\n  - {rule: PL000, node: G1, "
            "reason: noisy}\nx-broken: [\n")
    code, found = check(tmp_path, plan=plan)
    assert code == 1 and "PL001" in found


def test_a_baseline_never_records_or_hides_what_went_unchecked(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    check(tmp_path, "--write-baseline", str(baseline))
    assert "PL001" not in baseline.read_text()
    baseline.write_text(json.dumps({"planlint-baseline": 1, "findings": [
        {"code": "PL001", "node": "plan", "field": None, "message": "x"}]}))
    assert check(tmp_path, "--baseline", str(baseline))[0] == 1
