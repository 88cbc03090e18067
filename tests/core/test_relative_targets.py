"""Targets stated as a change from the metric's baseline (``change: -16%``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from planlint.api import load_plan
from planlint.model import Measurement, Metric, changed
from planlint.rules.baselines import metric_without_baseline
from planlint.rules.off_track import off_track_metric
from planlint.rules.revisions import target_lowered
from planlint.testing import RuleTester
from tests.conftest import Run

#: Saint-Gobain's KPI2: "Reduce absolute Scope 3 GHG emissions 16% by 2030" from 17.3 Mt
#: in 2017, read at 21.3 Mt in 2023.
SCOPE3 = """\
planlint: 1
plan: {id: p, title: P, as_of: 2024-06-30, horizon: {start: 2018-01-01, end: 2030-12-31}}
metrics:
  - id: M1
    title: Absolute Scope 3 GHG emissions
    unit: Mt CO2e
    direction: decrease
    cadence: annual
    baseline: {value: 17.3, date: 2017-12-31}
    target: {change: -16%, date: 2030-12-31}
    actuals: [{date: 2023-12-31, value: 21.3}]
"""


def metric(**fields: object) -> Metric:
    return Metric.model_validate({"id": "M1", **fields})


class TestModel:
    def test_a_percentage_of_the_baseline_is_the_targets_value(self) -> None:
        m = metric(baseline={"value": 17.3}, target={"change": "-16%", "date": "2030-12-31"})
        assert m.target is not None and m.target.value == 14.532
        assert m.target.change == "-16%"

    def test_a_number_is_a_change_in_the_metrics_unit(self) -> None:
        m = metric(baseline={"value": 40}, targets=[{"change": -5, "date": "2026-12-31"},
                                                    {"value": 30, "date": "2028-12-31"}])
        assert [t.value for t in m.targets] == [35, 30]

    def test_a_rise_and_a_cut_to_nothing(self) -> None:
        assert changed(200, "+25%") == 250
        assert changed(17.3, "-100%") == 0
        assert changed(0.3, -0.1) == 0.2

    def test_without_a_numeric_baseline_the_change_stays_unread(self) -> None:
        for baseline in (None, {"text": "2019 levels"}):
            m = metric(baseline=baseline, target={"change": "-25%"})
            assert m.target is not None and m.target.value is None
            assert m.target.change == "-25%"

    def test_a_shared_measurement_is_not_changed_in_place(self) -> None:
        shared = Measurement(change="-10%")
        first = Metric(id="A", baseline=Measurement(value=100), target=shared)
        second = Metric(id="B", baseline=Measurement(value=50), target=shared)
        assert first.target is not None and second.target is not None
        assert (first.target.value, second.target.value, shared.value) == (90, 45, None)

    @pytest.mark.parametrize(("target", "said"), [
        ({"change": "minus 16%"}, "a percentage of it, such as -16% for a 16% cut"),
        ({"change": "-120%"}, "at most -100%"),
        ({"change": True}, "(found True)"),
        ({"change": "-16%", "value": 14.5}, "states both a value (14.5) and a change"),
    ])
    def test_bad_changes_say_what_to_write(self, target: dict[str, object], said: str) -> None:
        with pytest.raises(ValidationError, match=r"target") as error:
            metric(baseline={"value": 17.3}, target=target)
        assert said in str(error.value)

    @pytest.mark.parametrize(("baseline", "target", "said"), [
        (17.3, {"change": 10**400}, "(found 1000000"),
        (17.3, {"change": "9" * 400 + "%"}, "should be a change a number can hold"),
        (1.5e308, {"change": "+100%"}, "comes, from the baseline 1.5e+308, to a number "
                                       "too large to hold"),
        (1.5e308, {"change": 1.5e308}, "too large to hold"),
    ])
    def test_a_change_too_large_for_a_number_says_so(
            self, baseline: float, target: dict[str, object], said: str) -> None:
        """Not an OverflowError, nor a target of inf that rules then report."""
        for fields in ({"target": target}, {"targets": [target]}):
            with pytest.raises(ValidationError) as error:
                metric(baseline={"value": baseline}, **fields)
            assert said in str(error.value)

    def test_a_percentage_of_a_baseline_of_none_says_what_to_write(self) -> None:
        """+25% of 0 is 0 whatever the plan meant: not silently a target equal to it."""
        for fields in ({"target": {"change": "+25%"}}, {"targets": [{"change": "+25%"}]}):
            with pytest.raises(ValidationError) as error:
                metric(baseline={"value": 0}, **fields)
            assert "of a baseline of 0, which any percentage leaves at 0" in str(error.value)
        assert metric(baseline={"value": 0}, target={"change": 5}).target.value == 5

    def test_a_baseline_is_no_change(self) -> None:
        with pytest.raises(ValidationError) as error:
            metric(baseline={"change": "-5%"}, target={"value": 3})
        assert "a baseline is where the measure starts" in str(error.value)

    def test_spellings_of_a_percentage(self) -> None:
        for written in ("-16%", " -16 %", "\u221216%"):
            assert Measurement(change=written).change == "-16%"
        assert Measurement(change="25%").change == "25%"


class TestRulesReadTheChange:
    def test_off_track_metric_reads_a_change_from_the_baseline(self) -> None:
        [finding] = RuleTester(off_track_metric).assert_fails(SCOPE3, [("M1", 11)])
        assert "to 14.53 on 2030-12-31" in finding.message

    def test_the_same_target_in_words_is_read_by_no_rule(self) -> None:
        """What the change fixes: kept in words, the rise against a cut went unseen."""
        words = SCOPE3.replace("{change: -16%,", "{text: reduce 16% by 2030,")
        RuleTester(off_track_metric).assert_passes(words)

    def test_without_a_baseline_the_baseline_is_asked_for(self) -> None:
        bare = SCOPE3.replace("    baseline: {value: 17.3, date: 2017-12-31}\n", "")
        RuleTester(off_track_metric).assert_passes(bare)
        [finding] = RuleTester(metric_without_baseline).assert_fails(bare, [("M1", 4)])
        assert "its target is a change from it (-16%), which cannot be read without it" \
            in finding.message

    def test_a_rewritten_baseline_does_not_lower_the_same_change(self) -> None:
        """Its value moved with the baseline, which baseline-rewritten reports."""
        rewritten = SCOPE3.replace("value: 17.3", "value: 19.1")
        RuleTester(target_lowered).since(SCOPE3).assert_passes(rewritten)
        RuleTester(target_lowered).since(SCOPE3).assert_fails(
            rewritten.replace("-16%", "-10%"), [("M1", 10)])


class TestFiles:
    def test_a_workbook_carries_a_change(self, cli: Run, tmp_path: Path) -> None:
        plan = SCOPE3.replace(
            "    actuals:", "    targets: [{change: -5.5, date: 2025-12-31}]\n    actuals:")
        (tmp_path / "plan.yaml").write_text(plan)
        for suffix in (".xlsx", ".json", ".toml"):
            result = cli("convert", "plan.yaml", "-o", f"plan{suffix}")
            assert result.exit_code == 0, result.output
            assert "left out" not in result.stderr, result.stderr
            back = load_plan(tmp_path / f"plan{suffix}").get("M1")
            assert isinstance(back, Metric) and back.target is not None
            assert (back.target.change, back.target.value) == ("-16%", 14.532)
            assert [(t.change, t.value) for t in back.targets] == [(-5.5, 11.8)]
        assert cli("convert", "plan.xlsx", "-o", "back.yaml").exit_code == 0
        assert "change: -16%" in (tmp_path / "back.yaml").read_text()

    def test_a_percentage_cell_is_a_percentage_change(self, tmp_path: Path) -> None:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Metrics"
        sheet.append(["ID", "Title", "Baseline", "Target change", "Target date"])
        sheet.append(["M1", "Waste intensity", 80, -0.25, "2030-12-31"])
        sheet["D2"].number_format = "0%"
        book.save(tmp_path / "plan.xlsx")
        m = load_plan(tmp_path / "plan.xlsx").get("M1")
        assert isinstance(m, Metric) and m.target is not None
        assert (m.target.change, m.target.value) == ("-25%", 60)


def test_a_tolerance_too_large_for_a_number_is_an_invalid_field() -> None:
    """The margin's validator, which the change's copied, raised OverflowError on an int
    past a float's range."""
    with pytest.raises(ValidationError) as error:
        metric(tolerance=10**400, target={"value": 3})
    assert "should be a margin" in str(error.value)
