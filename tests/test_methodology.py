"""A methodology's rules run where the plan follows it, or where the config asks for them;
a project's config stays valid on a machine without the plugin it names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import Result

import planlint
from planlint.config import Config
from planlint.engine import Engine
from planlint.finding import Finding
from planlint.host import Host, PluginInfo
from planlint.plan import Plan
from planlint.settings import resolve
from planlint.testing import plan_from

SCORED = planlint.Methodology("lean-portfolio", "Lean portfolio management",
                              aliases=("LPM",), waives=("PL201",))


@planlint.rule(code="LPM001", name="epic-without-hypothesis", category="formulation",
               severity="warning", methodology=SCORED.name)
def epic_without_hypothesis(plan: Plan) -> Iterator[Finding]:
    """Every goal of a lean portfolio states its benefit hypothesis.

    A portfolio epic without one cannot be judged by its outcome.
    """
    for goal in plan.goals:
        if "x-hypothesis" not in goal.extra:
            yield goal.finding(f"epic {goal.id} states no benefit hypothesis")


class LeanPlugin:
    @planlint.hookimpl
    def planlint_rules(self) -> list[planlint.Rule]:
        return [epic_without_hypothesis]

    @planlint.hookimpl
    def planlint_methodologies(self) -> list[planlint.Methodology]:
        return [SCORED]


def run(text: str, prefix: str = "LPM", **config: object) -> list[str]:
    host = Host(entry_points=False,
                plugins=[(LeanPlugin(), PluginInfo("lean", "planlint-lean", "1.0", __name__))])
    settings = resolve(Config.model_validate(config), list(host.rules.values()))
    report = Engine(host, settings).run(plan_from(text))
    return [finding.code for finding in report.findings if finding.code.startswith(prefix)]


GOAL = "goals: [{id: E1}]\n"


@pytest.mark.parametrize("said", ["lean-portfolio", "Lean Portfolio", "[lpm]",
                                  "[okr, lean_portfolio]"])
def test_rules_run_on_plans_that_name_their_methodology(said: str) -> None:
    assert run(f"planlint: 1\nplan: {{methodology: {said}}}\n" + GOAL) == ["LPM001"]


def test_rules_do_not_run_on_other_plans() -> None:
    assert run("planlint: 1\n" + GOAL) == []
    assert run("planlint: 1\nplan: {methodology: okr}\n" + GOAL) == []


@pytest.mark.parametrize("config", [{"select": ["LPM001"]}, {"extend-select": ["LPM"]},
                                    {"select": ["epic-without-hypothesis"]},
                                    {"enable-plugins": ["lean"]}])
def test_the_config_can_ask_for_them_on_every_plan(config: dict[str, object]) -> None:
    assert run("planlint: 1\n" + GOAL, **config) == ["LPM001"]


def test_selecting_all_rules_or_a_category_does_not() -> None:
    assert run("planlint: 1\n" + GOAL, select=["ALL"]) == []
    assert run("planlint: 1\n" + GOAL, select=["formulation"]) == []


def test_a_methodology_waives_the_rules_whose_practice_it_rejects() -> None:
    """The lean methodology waives unmeasured-goal (PL201): not on its plans, unless the
    config selects it; on every other plan as always."""
    assert run("planlint: 1\nplan: {methodology: lpm}\n" + GOAL, prefix="PL201") == []
    assert run("planlint: 1\n" + GOAL, prefix="PL201") == ["PL201"]
    for selected in ({"select": ["PL201"]}, {"extend-select": ["unmeasured-goal"]},
                     {"extend-select": ["PL2"]}):
        assert run("planlint: 1\nplan: {methodology: lpm}\n" + GOAL, prefix="PL201",
                   **selected) == ["PL201"]


@pytest.mark.entry_points
def test_okr_plans_are_not_asked_to_put_key_results_in_performance_plans() -> None:
    """OKR practice keeps key results out of reviews and pay on purpose."""
    text = ("planlint: 1\nplan: {methodology: okr}\n"
            "people:\n  - {id: kim, name: Kim Lee, leader: true}\n"
            "goals:\n  - {id: O1, title: Win the mid-market, owner: kim}\n")
    report = planlint.lint(text)
    assert not {"PL601", "PL602"} & {finding.code for finding in report.findings}
    other = planlint.lint(text.replace("{methodology: okr}", "{id: p}"))
    assert "PL601" in {finding.code for finding in other.findings}


def test_a_plugin_disabled_by_the_config_is_not_loaded() -> None:
    host = Host(entry_points=True, disabled=["bsc", "okr", "not-installed-anywhere"])
    assert not {"bsc", "okr"} & set(host.plugins)
    assert not [code for code in host.rules if code.startswith(("BSC", "OKR"))]


def test_a_config_naming_rules_of_a_plugin_not_installed_stays_valid() -> None:
    rules = list(Host(entry_points=False).rules.values())
    settings = resolve(Config.model_validate({
        "ignore": ["OKR003", "BSC"], "extend-select": ["key-result-count"],
        "severity": {"OKR001": "error"}, "options": {"OKR002": {"max_objectives": 3}},
        "enable-plugins": ["okr"], "disable-plugins": ["bsc"]}), rules)
    assert len(settings.notes) == 5
    assert any(note.startswith("ignore: no installed rule matches 'OKR003', so it is passed "
                               "over") for note in settings.notes)
    with pytest.raises(planlint.UsageError, match="did you mean 'unmeasured-goal'"):
        resolve(Config(ignore=["unmesured-goal"]), rules)
    with pytest.raises(planlint.UsageError, match="no rule matches 'PL999'"):
        resolve(Config(ignore=["PL999"]), rules)


@pytest.mark.parametrize(("setting", "name"), [("disable-plugins", "planlint_okr"),
                                              ("disable-plugins", "OKR"),
                                              ("enable-plugins", "planlint_okr.rules")])
def test_a_plugin_named_by_another_spelling_is_a_usage_error(setting: str, name: str) -> None:
    # the setting did nothing and said nothing: OKR's rules ran though "disabled", and
    # 'planlint plugins' listed the name as "not loaded"
    rules = list(Host(entry_points=False).rules.values())
    installed = {"okr": "planlint_okr", "bsc": "planlint_bsc"}
    with pytest.raises(planlint.UsageError, match=f"{setting}: no installed plugin is called "
                       f"'{name}', so the setting would do nothing; write 'okr', its name"):
        resolve(Config.model_validate({setting: ["bsc", name]}), rules, installed)
    resolve(Config.model_validate({setting: ["okr", "lean"]}), rules, installed)


def test_a_plugin_named_by_its_module_in_the_config_is_said_at_its_line(
        cli: Callable[..., Result], write: Callable[[str, str], Path]) -> None:
    write("planlint.toml", 'select = ["PL"]\ndisable-plugins = [\n  "okr",\n  "planlint_bsc"]\n')
    write("plan.yaml", "planlint: 1\n")
    out = cli("check", "plan.yaml").output
    assert "planlint.toml:2:1: disable-plugins: no installed plugin is called 'planlint_bsc'" \
        in out, out


def test_plugins_lists_what_the_config_enables_and_disables(
        cli: Callable[..., Result], write: Callable[[str, str], Path]) -> None:
    write("planlint.toml", 'disable-plugins = ["bsc"]\nenable-plugins = ["lean"]\n')
    out = cli("plugins").output
    assert "bsc: not loaded: the config's disable-plugins names it" in out
    assert "lean: not installed, though the config's enable-plugins names it" in out
