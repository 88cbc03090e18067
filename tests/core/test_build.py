"""Validation keeps what it can understand and reports the rest where it stands."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from planlint import lint
from planlint.api import load_plan
from planlint.model import Actual, Goal, Initiative, PlanInfo


def codes(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.code, f.message, f.location.line) for f in lint(text).findings
            if f.code.startswith("PL0")]


def test_bad_values_are_dropped_and_the_rest_of_the_item_kept() -> None:
    plan = load_plan("planlint: 1\ngoals:\n  - id: G1\n    priority: urgent\n"
                     "    due: 2001-13-01\n    title: Grow\n")
    (goal,) = plan.goals
    assert (goal.id, goal.title, goal.priority, goal.due) == ("G1", "Grow", None, None)
    found = codes("planlint: 1\ngoals:\n  - id: G1\n    priority: urgent\n"
                  "    due: 2001-13-01\n")
    assert [(code, line) for code, _, line in found] == [("PL002", 4), ("PL002", 5)]
    assert "'critical', 'high', 'medium' or 'low'" in found[0][1]
    assert "found 'urgent'" in found[0][1]
    assert "that day is not in the calendar" in found[1][1]


def test_a_misspelt_field_is_an_error_and_read_as_the_key_it_means() -> None:
    text = "planlint: 1\npeople: [{id: ceo}]\ngoals:\n  - {id: G1, ownr: ceo}\n"
    assert codes(text) == [("PL014", "goal G1 has no field 'ownr'; did you mean 'owner'? "
                                     "It is read as owner here; rename it", 4)]
    assert load_plan(text).goals[0].owner == "ceo"
    # beside the key it means, the misspelt one is not read
    text = "planlint: 1\npeople: [{id: ceo}]\ngoals:\n  - {id: G1, owner: ceo, ownr: cfo}\n"
    assert [code for code, _, _ in codes(text)] == ["PL014"]
    assert load_plan(text).goals[0].owner == "ceo"


def test_an_unknown_field_close_to_none_is_a_warning_and_x_attributes_are_kept() -> None:
    found = codes("planlint: 1\ngoals:\n  - {id: G1, flavour: sweet, x-cost-center: 4711}\n")
    assert found == [("PL003", "goal G1 has no field 'flavour'; custom fields start with "
                                "'x-' (x-cost-center)", 3)]
    plan = load_plan("planlint: 1\nbudgets:\n  - {id: B1, x-cost-center: 4711}\n")
    assert plan.budgets[0].extra == {"x-cost-center": 4711}


def test_a_misspelt_section_is_read_as_the_one_it_means() -> None:
    text = "planlint: 1\ngoal:\n  - {id: G1, metrics: [M1]}\nmetric:\n  - {id: M1}\n"
    found = codes(text)
    assert [(code, line) for code, _, line in found] == [("PL014", 2), ("PL014", 4)]
    assert "did you mean 'goals'? It is read as goals here" in found[0][1]
    plan = load_plan(text)
    assert [goal.id for goal in plan.goals] == ["G1"] and plan.goals[0].metrics == ("M1",)


@pytest.mark.parametrize(("fragment", "meant"), [
    ("goals:\n  - {id: G1, key_results: [M1]}\n", "metrics"),
    ("goals:\n  - {id: G1, KPIs: [M1]}\n", "metrics"),
    ("goals:\n  - {id: G1, measures: [M1]}\n", "metrics"),
    ("goals:\n  - {id: G1, deadline: 2001-12-31}\n", "due"),
    ("goals:\n  - {id: G1, due-date: 2001-12-31}\n", "due"),
    ("goals:\n  - {id: G1, contributes_to: G0}\n", "parent"),
    ("goals:\n  - {id: G1, responsible: ceo}\n", "owner"),
    ("initiatives:\n  - {id: I1, accountable: ceo}\n", "owner"),
    ("initiatives:\n  - {id: I1, deadline: 2001-12-31}\n", "end"),
    ("initiatives:\n  - {id: I1, objectives: [G1]}\n", "supports"),
    ("initiatives:\n  - {id: I1, members: [ceo]}\n", "team"),
    ("metrics:\n  - {id: M1, frequency: monthly}\n", "cadence"),
    ("objectives:\n  - {id: G1}\n", "goals"),
    ("OKRs:\n  - {id: G1}\n", "goals"),
    ("key_results:\n  - {id: M1}\n", "metrics"),
    ("projects:\n  - {id: I1}\n", "initiatives"),
    ("programs:\n  - {id: I1}\n", "initiatives"),
])
def test_a_synonym_is_read_as_the_format_word(fragment: str, meant: str) -> None:
    # the ids it names are defined nowhere here: that is dangling-reference's
    (found,) = [finding for finding in codes("planlint: 1\n" + fragment)
                if finding[0] != "PL005"]
    assert found[0] == "PL014"
    assert f"did you mean {meant!r}? It is read as {meant} here" in found[1]


def test_a_synonym_the_item_cannot_take_suggests_nothing_but_x_keys() -> None:
    (found,) = codes("planlint: 1\npeople:\n  - {id: ceo, deadline: 2001-12-31}\n")
    assert found[1].endswith("custom fields start with 'x-' (x-cost-center)")


def test_version_missing_unknown_and_empty_file() -> None:
    assert [c for c, _, _ in codes("goals: []\n")] == ["PL009"]
    ((code, message, line),) = codes("planlint: 2\n")
    assert (code, line) == ("PL009", 1) and "version 2" in message
    assert [c for c, _, _ in codes("# only a comment\n\n")] == ["PL009"]


def test_top_level_must_be_a_mapping() -> None:
    ((code, message, _),) = codes("- a\n- b\n")
    assert code == "PL002" and "not a list" in message


def test_duplicate_id_points_at_the_second_and_names_the_first() -> None:
    report = lint("planlint: 1\ngoals:\n  - {id: G1}\nmetrics:\n  - {id: G1}\n")
    (finding,) = [f for f in report.findings if f.code == "PL004"]
    assert finding.location.line == 5
    assert finding.related[0].location.line == 3
    assert "already used by the goal" in finding.message


def test_inline_metrics_become_items_linked_to_their_goal() -> None:
    plan = load_plan("planlint: 1\ngoals:\n  - id: G1\n    metrics:\n"
                     "      - {id: M1, title: Profit}\n      - M2\nmetrics:\n  - {id: M2}\n")
    assert plan.goals[0].metrics == ("M1", "M2")
    assert [m.id for m in plan.metrics] == ["M1", "M2"]
    assert plan.metrics[0].location().line == 5


def test_an_initiative_defines_its_output_metrics_inline_too() -> None:
    plan = load_plan("planlint: 1\ninitiatives:\n  - id: I1\n    indicators:\n"
                     "      - {id: O1, title: Mentors recruited}\n      - O2\n"
                     "metrics:\n  - {id: O2}\n")
    assert plan.initiatives[0].metrics == ("O1", "O2")
    assert [m.id for m in plan.metrics] == ["O1", "O2"]
    assert [f.code for f in lint("planlint: 1\ninitiatives:\n  - id: I1\n    indicators:\n"
                                 "      - {id: O1, title: Mentors recruited}\n").findings
            if f.code in ("PL003", "PL014", "PL206")] == ["PL014"]


def test_inline_metrics_numbered_as_decimals_are_linked_to_their_item() -> None:
    # A source's numbering (303.1 under service 303) is a decimal to YAML; the metric
    # is read with the id "303.1", and so is its link from the item it is defined in.
    text = ("planlint: 1\ngoals:\n  - {id: 3}\ninitiatives:\n  - id: 303\n"
            "    supports: [3]\n    metrics:\n      - {id: 303.1, title: Beta start}\n")
    plan = load_plan(text)
    assert plan.initiatives[0].metrics == ("303.1",)
    assert [m.id for m in plan.metrics] == ["303.1"]
    assert "PL206" not in [f.code for f in lint(text).findings]


def test_an_invalid_nested_value_drops_only_its_container() -> None:
    report = lint("planlint: 1\nmetrics:\n  - id: M1\n    baseline: {value: abc}\n"
                  "    actuals: [{date: 2001-01-01, value: 1}, {value: 2}]\n")
    found = [(f.code, f.message, f.location.line) for f in report.findings
             if f.code == "PL002"]
    assert found == [
        ("PL002", "metric M1: baseline.value should be a valid number (found 'abc')", 4),
        ("PL002", "metric M1: actuals[1].date is missing; it is required here", 5)]
    metric = load_plan("planlint: 1\nmetrics:\n  - id: M1\n    baseline: {value: abc}\n"
                       "    actuals: [{date: 2001-01-01, value: 1}, {value: 2}]\n").metrics[0]
    assert metric.baseline is None and len(metric.actuals) == 1


def test_items_without_valid_ids_are_reported_and_skipped() -> None:
    found = codes("planlint: 1\ngoals:\n  - {title: nameless}\n  - {id: 'bad id'}\n"
                  "  - just text\n")
    assert [(c, line) for c, _, line in found] == [("PL002", 3), ("PL002", 4), ("PL002", 5)]
    assert "has no id" in found[0][1]
    assert "letters, digits" in found[1][1]


def test_numbers_are_accepted_as_ids_and_text() -> None:
    plan = load_plan("planlint: 1\nbudgets:\n  - {id: 2001, period: 2001, title: 7}\n")
    budget = plan.budgets[0]
    assert (budget.id, budget.period, budget.title) == ("2001", "2001", "7")


def test_initiative_kind_key_is_read() -> None:
    plan = load_plan("planlint: 1\ninitiatives:\n  - {id: I1, kind: transformation}\n")
    assert plan.initiatives[0].type == "transformation"
    assert plan.initiatives[0].kind == "initiative"


def test_a_figure_written_with_its_unit_says_how_to_write_it() -> None:
    plan = load_plan("planlint: 1\nmetrics:\n"
                     "  - {id: M1, target: {value: 35%, date: 2026-01-01}, baseline: 35%}\n"
                     "  - {id: M2, target: {value: '1,200'}}\n"
                     "budgets: [{id: B1, amount: '€1,000'}]\n")
    messages = [finding.message for finding in plan.diagnostics("invalid-field")]
    assert messages == [
        "metric M1: target.value should be a number (found '35%'): write 35 as a plain "
        "number and state '%' apart (a metric's unit, a budget's currency)",
        "metric M1: baseline should be a mapping such as {value: 35, date: 2026-12-31} "
        "(found '35%')",
        "metric M2: target.value should be a number (found '1,200'): write 1200 as a plain "
        "number",
        "budget B1: amount should be a number (found '€1,000'): write 1000 as a plain number "
        "and state '€' apart (a metric's unit, a budget's currency)"]


def test_every_load_problem_channel_has_the_structure_rule_that_reports_it() -> None:
    from planlint.loaders import LOAD_PROBLEMS
    from planlint.ruledef import Rule
    from planlint.rules import structure

    names = {value.name for value in vars(structure).values() if isinstance(value, Rule)}
    assert set(LOAD_PROBLEMS) <= names


def test_what_the_plan_states_once_holds_for_every_metric_that_states_none(
        tmp_path: Path) -> None:
    plan_file = tmp_path / "plan.yaml"
    plan_file.write_text(
        "planlint: 1\n"
        "plan: {id: p, metrics_cadence: quarterly, metrics_reporting_lag: P1M,\n"
        "       metrics_source: The statistics dashboard, metrics_unit: score of 0 to 100}\n"
        "metrics:\n"
        "  - {id: M1, title: Share of calls answered}\n"
        "  - {id: M2, title: Cost per call, cadence: monthly, source: Books, unit: USD}\n")
    plan = load_plan(plan_file)
    first, second = plan.metrics
    assert (first.cadence, first.reporting_lag, first.source, first.unit) == (
        "quarterly", "P1M", "The statistics dashboard", "score of 0 to 100")
    assert (second.cadence, second.reporting_lag, second.source, second.unit) == (
        "monthly", "P1M", "Books", "USD")
    assert first.location().line == 5  # still where the metric is written
    found = {finding.code for finding in lint(plan_file).findings}
    assert not found & {"PL204", "PL205", "PL208"}


def test_a_plan_wide_cadence_is_checked_as_a_metric_s_own() -> None:
    [(code, message, line)] = codes("planlint: 1\nplan: {id: p, metrics_cadence: sometimes}\n")
    assert (code, line) == ("PL002", 2)
    assert "metrics_cadence should be a cadence" in message


def test_a_plan_wide_measure_kind_is_one_of_the_format_s_kinds() -> None:
    assert PlanInfo.model_validate({"metrics_kind": "milestone"}).metrics_kind == "milestone"
    [(code, message, line)] = codes("planlint: 1\nplan: {id: p, metrics_kind: milestones}\n")
    assert (code, line) == ("PL002", 2)
    assert "metrics_kind should be 'level', 'count', 'milestone' or 'indicator' (found " \
        "'milestones'); did you mean 'milestone'?" in message


def test_a_goal_keeps_out_what_the_plan_can_keep_out() -> None:
    assert Goal.model_validate({"id": "G1", "withheld": "actuals"}).withheld == ("actuals",)
    [(code, message, line)] = codes(
        "planlint: 1\ngoals:\n  - {id: G1, title: Grow, withheld: [actual, owners]}\n")
    assert (code, line) == ("PL002", 3)
    assert message.startswith("goal G1: withheld[0] should be 'targets', 'baselines', "
                              "'actuals'")
    assert "(found 'actual'); did you mean 'actuals'?" in message


@pytest.mark.parametrize("written", ["2024-03-31", "2024-03-31T10:30:00",
                                     date(2024, 3, 31), datetime(2024, 3, 31, 10, 30)])
def test_a_date_is_read_from_text_a_timestamp_or_a_date(written: object) -> None:
    """Dates come as text from YAML and JSON, as dates or timestamps from TOML and
    workbooks; each is the day it names."""
    assert Actual.model_validate({"date": written, "value": 1}).date == date(2024, 3, 31)


@pytest.mark.parametrize("written", ["31/03/2024", 20240331])
def test_a_date_in_another_shape_is_reported(written: object) -> None:
    with pytest.raises(ValidationError, match="should be a date, YYYY-MM-DD"):
        Actual.model_validate({"date": written, "value": 1})


def test_a_field_of_several_values_left_out_is_empty() -> None:
    """Each item gets an empty tuple of its own kind of values, which the JSON Schema
    shows as ``[]``."""
    goal, initiative = Goal.model_validate({"id": "G1"}), Initiative.model_validate({"id": "I1"})
    assert goal.tags == () and goal.co_owners == () and initiative.metrics == ()
    assert PlanInfo.model_validate({}).methodology == ()
    assert Goal.model_json_schema()["properties"]["tags"]["default"] == []
