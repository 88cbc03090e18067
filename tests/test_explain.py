"""``planlint explain`` and the rule listing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

Run = Callable[..., Result]


@pytest.mark.parametrize("key", ["PL806", "pl806", "off-track-metric"])
def test_explain_by_code_or_name(cli: Run, key: str) -> None:
    result = cli("explain", key)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("PL806 off-track-metric\n")
    assert "category: monitoring   severity: warning   plugin: planlint.rules (planlint" in out
    for heading in ("What it does:", "Why it matters:", "How it judges:", "Example:",
                    "  Fails:", "  Passes:", "Options:"):
        assert f"\n{heading}\n" in out
    assert "threshold (float, above 0, at most 1; default 0.85)" in out
    assert "[tool.planlint.options.off-track-metric]\n    threshold = 0.85" in out
    assert "    plan: {as_of: 2001-06-30}" in out


def test_explain_a_rule_without_options(cli: Run) -> None:
    out = cli("explain", "PL808").output
    assert "Options:" not in out and "Fails:" in out


def test_explain_json(cli: Run) -> None:
    data = json.loads(cli("explain", "owner-overloaded", "--format", "json").output)
    assert (data["code"], data["name"], data["category"], data["severity"]) == (
        "PL501", "owner-overloaded", "capability", "warning")
    assert data["plugin"] == "planlint.rules" and data["distribution"] == "planlint"
    assert data["options"] == [{"name": "max_owned", "type": "int", "default": 7,
                                "description": data["options"][0]["description"],
                                "range": "at least 1"}]
    assert data["fails"].startswith("planlint: 1\n") and data["rationale"]


@pytest.mark.parametrize(("key", "hint"), [
    ("owner-overload", "did you mean 'owner-overloaded'?"),
    ("PL8O6", "did you mean 'PL806'?"),
    ("nothing-like-it-at-all", "'planlint rules' lists them"),
])
def test_unknown_rule_is_a_usage_error_with_a_suggestion(cli: Run, key: str,
                                                         hint: str) -> None:
    result = cli("explain", key)
    assert result.exit_code == 2
    assert f"no rule is called {key!r}; {hint}" in result.output


def test_explain_with_a_plugin_that_cannot_load(cli: Run) -> None:
    result = cli("explain", "PL806", "-p", "no_such_module_here", "--no-plugins")
    assert result.exit_code == 2
    assert "cannot load plugin module 'no_such_module_here'" in result.output


def test_rules_json_lists_options(cli: Run) -> None:
    rows = {row["code"]: row for row in json.loads(cli("rules", "--format", "json").output)}
    assert rows["PL803"]["options"][0]["name"] == "max_cadence"
    assert rows["PL803"]["options"][0]["default"] == "quarterly"
    assert rows["PL801"]["options"] == []
    assert {"code", "name", "category", "severity", "plugin"} <= set(rows["PL801"])


def test_rules_text_lists_every_new_rule(cli: Run) -> None:
    out = cli("rules").output
    for code, name in [("PL501", "owner-overloaded"), ("PL602", "person-without-objectives"),
                       ("PL701", "unmanaged-transformation"), ("PL809", "off-track-without-action"),
                       ("PL907", "too-many-priorities")]:
        assert any(line.split()[:4:3] == [code, name] for line in out.splitlines())


def test_bad_option_in_config_is_a_usage_error(
        cli: Run, write: Callable[[str, str], Path]) -> None:
    plan = write("plan.yaml", "planlint: 1\ngoals: [{id: G1}]\n")
    write("planlint.toml", "[options.owner-overloaded]\nmax_ownd = 3\n")
    result = cli("check", str(plan))
    assert result.exit_code == 2
    assert "options of PL501 owner-overloaded: max_ownd is not an option of this rule; " \
           "did you mean 'max_owned'?" in result.output


def test_explain_a_plugins_rule(cli: Run) -> None:
    result = cli("explain", "budget-needs-cost-center", "-p", "tests.data.acme_rules",
                 "--no-plugins")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ACME001 budget-needs-cost-center\n")
    assert "plugin: tests.data.acme_rules" in result.output
    assert "What it does:\n  Every budget line names its cost center.\n" in result.output
    assert "Why it matters" not in result.output and "Fails:" not in result.output
