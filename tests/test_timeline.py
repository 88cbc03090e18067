"""Dates and cadences: calendar steps, cadence order, the expected-progress line."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from textwrap import dedent

import pytest

import planlint
from planlint.model import Initiative, Metric
from planlint.plan import Plan
from planlint.testing import plan_from
from planlint.timeline import (
    Line,
    Progress,
    actuals_until,
    add_cadence,
    add_months,
    baseline_taken,
    cadence_step,
    change_since,
    continuing,
    default_lag,
    done_value,
    expected_line,
    first_reading_due,
    is_active,
    later,
    latest_actual,
    measurement_begins,
    missed_bound,
    named_base,
    progress,
    read_at_end,
    reported,
    slower_than,
    stated_by_year,
    still_going,
    target_date,
    undecided_milestone,
    unfinished_milestone,
    year_under_way,
)

D = date.fromisoformat


@pytest.mark.parametrize(("cadence", "step"), [
    ("daily", (0, 1)), ("weekly", (0, 7)), ("biweekly", (0, 14)), ("monthly", (1, 0)),
    ("quarterly", (3, 0)), ("semiannual", (6, 0)), ("annual", (12, 0)),
    ("P2W", (0, 14)), ("P1M", (1, 0)), ("P1Y2M3W4D", (14, 25)), ("P10D", (0, 10)),
])
def test_cadence_step(cadence: str, step: tuple[int, int]) -> None:
    assert cadence_step(cadence) == step


def test_cadence_step_rejects_what_is_not_a_cadence() -> None:
    with pytest.raises(ValueError, match="not a cadence"):
        cadence_step("fortnightly")


@pytest.mark.parametrize(("day", "months", "expected"), [
    ("2001-01-31", 1, "2001-02-28"), ("2000-01-31", 1, "2000-02-29"),
    ("2001-05-31", 1, "2001-06-30"), ("2001-11-15", 2, "2002-01-15"),
    ("2001-03-31", 12, "2002-03-31"), ("2001-03-31", -1, "2001-02-28"),
    # past either end of the calendar: that end, which no as-of date passes
    ("9999-12-01", 1, "9999-12-31"), ("0001-01-15", -1, "0001-01-01"),
])
def test_add_months_clamps_to_the_end_of_the_month(day: str, months: int,
                                                   expected: str) -> None:
    assert add_months(D(day), months) == D(expected)


def test_add_months_agrees_with_the_calendar_on_every_day() -> None:
    # the days of a leap year and a common one, moved up to two years either way,
    # against the month's length calendar.monthrange gives
    for day in (date(2000, 1, 1) + timedelta(days=n) for n in range(731)):
        for months in range(-25, 26):
            year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
            last = calendar.monthrange(year, month + 1)[1]
            assert add_months(day, months) == date(year, month + 1, min(day.day, last))


@pytest.mark.parametrize(("day", "cadence", "expected"), [
    ("2001-06-05", "monthly", "2001-07-05"), ("2001-03-31", "quarterly", "2001-06-30"),
    ("2001-06-30", "weekly", "2001-07-07"), ("2001-06-30", "P2W", "2001-07-14"),
    ("2001-01-31", "P1M1D", "2001-03-01"), ("2000-02-29", "annual", "2001-02-28"),
    ("2001-12-31", "daily", "2002-01-01"),
])
def test_add_cadence(day: str, cadence: str, expected: str) -> None:
    assert add_cadence(D(day), cadence) == D(expected)


@pytest.mark.parametrize(("cadence", "limit", "slower"), [
    ("semiannual", "quarterly", True), ("annual", "quarterly", True),
    ("quarterly", "quarterly", False), ("monthly", "quarterly", False),
    ("P3M", "quarterly", False), ("P1M", "monthly", False), ("P13W", "quarterly", False),
    ("P92D", "quarterly", True), ("P4M", "quarterly", True), ("P5W", "monthly", True),
    ("biweekly", "P2W", False), ("P1Y", "annual", False),
])
def test_slower_than_compares_lengths(cadence: str, limit: str, slower: bool) -> None:
    assert slower_than(cadence, limit) is slower


class TestLine:
    LINE = Line(((D("2001-01-01"), 0.0), (D("2001-01-11"), 10.0), (D("2001-01-21"), 10.0)))

    @pytest.mark.parametrize(("day", "value"), [
        ("2000-12-01", 0.0), ("2001-01-01", 0.0), ("2001-01-06", 5.0),
        ("2001-01-11", 10.0), ("2001-01-15", 10.0), ("2001-01-21", 10.0),
        ("2002-01-01", 10.0),
    ])
    def test_value_at(self, day: str, value: float) -> None:
        assert self.LINE.value_at(D(day)) == pytest.approx(value)


def _metric_plan(metric: str, goal: str = "{id: G1, metrics: [M1]}",
                 plan: str = "{as_of: 2001-06-30}") -> str:
    return f"planlint: 1\nplan: {plan}\ngoals:\n  - {goal}\nmetrics:\n  - {metric}\n"


@pytest.mark.parametrize(("title", "day", "partial"), [
    # a yearly count read in September of a year whose target is still to come
    ("Municipios que reciben al menos 8 operativos de unidades móviles al año",
     "2025-09-15", True),
    ("Regions receiving at least 4 training visits a year", "2025-09-15", True),
    ("Courses held per year", "2025-09-15", True),
    # read on its year's end, or with a title that states no yearly figure: judged
    ("Regions receiving at least 4 training visits a year", "2024-12-31", False),
    ("Centros que cumplen con estándares de calidad", "2025-09-15", False),
    ("Visits a year later to the regions", "2025-09-15", False),
])
def test_year_under_way(title: str, day: str, partial: bool) -> None:
    plan = plan_from(_metric_plan(
        f"{{id: M1, title: '{title}', targets: [{{value: 8, date: 2024-12-31}}], "
        "target: {value: 8, date: 2025-12-31}}", plan="{as_of: 2025-09-15}"))
    assert year_under_way(plan, plan.metrics[0], D(day)) is partial


class TestExpectedLine:
    def test_from_baseline_through_interim_targets_to_target(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, baseline: {value: 0, date: 2001-01-01}, "
            "target: {value: 100, date: 2002-01-01}, targets: ["
            "{value: 50, date: 2001-12-01}, {value: 10}, {value: 5, date: 2001-07-01}, "
            "{value: 7, date: 2001-07-01}, {value: 999, date: 2003-01-01}, "
            "{value: -1, date: 2000-01-01}]}"))
        line = expected_line(plan, plan.metrics[0])
        assert line is not None
        assert line.points == ((D("2001-01-01"), 0), (D("2001-07-01"), 5),
                               (D("2001-12-01"), 50), (D("2002-01-01"), 100))

    def test_dates_fall_back_to_the_goal(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, baseline: {value: 0}, target: {value: 10}}",
            goal="{id: G1, start: 2001-02-01, due: 2001-12-31, metrics: [M1]}"))
        line = expected_line(plan, plan.metrics[0])
        assert line is not None
        assert (line.start, line.end) == ((D("2001-02-01"), 0), (D("2001-12-31"), 10))

    def test_shared_metric_takes_the_earliest_start_and_the_latest_due(self) -> None:
        plan = plan_from(dedent("""\
            planlint: 1
            goals:
              - {id: G1, start: 2001-03-01, due: 2001-12-31, metrics: [M1]}
              - {id: G2, start: 2001-02-01, due: 2002-06-30, metrics: [M1]}
            metrics: [{id: M1, baseline: {value: 0}, target: {value: 10}}]
            """))
        line = expected_line(plan, plan.metrics[0])
        assert line is not None
        assert (line.start[0], line.end[0]) == (D("2001-02-01"), D("2002-06-30"))

    def test_dates_fall_back_to_the_horizon(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, baseline: {value: 0}, target: {value: 10}}",
            plan="{horizon: {start: 2001-01-01, end: 2003-12-31}}"))
        line = expected_line(plan, plan.metrics[0])
        assert line is not None
        assert (line.start[0], line.end[0]) == (D("2001-01-01"), D("2003-12-31"))
        assert target_date(plan, plan.metrics[0]) == D("2003-12-31")

    @pytest.mark.parametrize("metric", [
        "{id: M1, target: {value: 10, date: 2002-01-01}}",
        "{id: M1, baseline: {value: 0, date: 2001-01-01}}",
        "{id: M1, baseline: {value: 0}, target: {value: 10}}",
        "{id: M1, baseline: {value: 0, date: 2002-01-01}, target: {value: 10, date: 2002-01-01}}",
        "{id: M1, baseline: {value: 0, date: 2002-01-01}, target: {value: 10, date: 2001-01-01}}",
    ])
    def test_no_line_without_values_and_ordered_dates(self, metric: str) -> None:
        plan = plan_from(_metric_plan(metric))
        assert expected_line(plan, plan.metrics[0]) is None


class TestChangeSince:
    @pytest.mark.parametrize(("metric", "plan", "base"), [
        ("{id: M1, title: Crime rate, unit: '% change in rate since June 2011'}",
         "{as_of: 2017-03-31}", "2011-06-30"),
        ("{id: M1, title: Crime rate, unit: '% change since 2011', "
         "baseline: {text: the 2011 rate, date: 2011-03-31}}", "{as_of: 2017-03-31}",
         "2011-03-31"),
        ("{id: M1, title: 25% reduction in waste intensity, unit: '%'}",
         "{as_of: 2023-12-31, description: all targets are by 2030 with a 2019 baseline}",
         "2019-12-31"),
        ("{id: M1, title: 50% cut in emissions, unit: '%', description: against 2018}",
         "{as_of: 2023-12-31}", "2018-12-31"),
    ])
    def test_a_change_counts_from_its_base_date(self, metric: str, plan: str,
                                                base: str) -> None:
        read = plan_from(_metric_plan(metric, plan=plan))
        assert change_since(read, read.metrics[0]) == D(base)

    @pytest.mark.parametrize("metric", [
        "{id: M1, title: Retention increase by 10% from 2023, unit: '%'}",
        "{id: M1, title: 25% reduction in waste intensity, unit: t}",
        "{id: M1, title: 25% reduction in waste intensity, unit: '%'}",
        "{id: M1, title: Share of waste recycled, unit: '%', description: since 2019}",
    ])
    def test_levels_and_changes_without_a_base_date(self, metric: str) -> None:
        read = plan_from(_metric_plan(metric, plan="{as_of: 2023-12-31}"))
        assert change_since(read, read.metrics[0]) is None

    def test_a_rate_named_against_a_fiscal_year(self) -> None:
        read = plan_from(_metric_plan(
            "{id: M1, title: GHG emissions reduction rate (compared to FY2021), unit: '%'}",
            plan="{as_of: 2024-03-31, horizon: {start: 2022-04-01}}"))
        assert change_since(read, read.metrics[0]) == D("2021-03-31")

    @pytest.mark.parametrize(("metric", "base"), [
        ("{id: M1, title: GHG emissions reduction rate (Scopes 1&2) (Compared to FY2021), "
         "unit: '%', target: {value: -42, date: 2031-03-31}}", "2021-03-31"),
        ("{id: M1, title: Sales growth rate vs FY2019, unit: '%'}", "2019-03-31"),
        ("{id: M1, title: Chronic homelessness, unit: '% change since 2016'}",
         "2016-12-31"),
        ("{id: M1, title: Percent reduction in facilities backlog since 1999, unit: '%'}",
         "1999-12-31"),
    ])
    def test_a_measure_named_as_a_change_since_a_base(self, metric: str, base: str) -> None:
        read = plan_from(_metric_plan(
            metric, plan="{as_of: 2024-03-31, horizon: {start: 2022-04-01}}"))
        assert named_base(read, read.metrics[0]) == D(base)

    @pytest.mark.parametrize("metric", [
        # a target asking a change of a level it does not state
        "{id: M1, title: An 80% reduction of gross carbon emissions from 2019 to 2035, "
        "unit: '%', target: {value: 80, date: 2035-06-30}}",
        "{id: M1, title: Increase nature parks' land area by over 50% from 2020 baseline, "
        "unit: '%'}",
        # the base named only in the description, or not at all; or not in percent
        "{id: M1, title: Emissions reduction rate, unit: '%', description: against 2019}",
        "{id: M1, title: Annual community GHG emissions (compared to 2005)}",
        # a target that is a change of the rate itself
        "{id: M1, title: Reduction rate vs 2019, unit: '%', "
        "target: {change: +10%, date: 2030-12-31}}",
    ])
    def test_no_named_base(self, metric: str) -> None:
        read = plan_from(_metric_plan(
            metric, plan="{as_of: 2024-03-31, horizon: {start: 2022-04-01}}"))
        assert named_base(read, read.metrics[0]) is None

    def test_the_line_starts_at_zero_on_the_base_date(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, title: 50% reduction in emissions, unit: '%', "
            "target: {value: 50, date: 2030-12-31}, actuals: [{date: 2023-12-31, value: 10}]}",
            plan="{as_of: 2023-12-31, description: targets are set with a 2019 baseline}"))
        line = expected_line(plan, plan.metrics[0])
        assert line is not None and line.start == (D("2019-12-31"), 0)


class TestBaselineTaken:
    @pytest.mark.parametrize(("text", "horizon", "taken"), [
        ("Increase scores by 3% over a FY 2022 baseline", "2021-10-01", "2022-09-30"),
        ("Achieve a 10% increase in trainings in FY23 over FY22 baseline", "2021-10-01",
         "2022-09-30"),
        ("Increase applications by 15 percent, relative to 2021 baseline", "2021-10-01",
         "2021-12-31"),
        ("Reduce waits against the November 2024 baseline", "2025-04-01", "2024-11-30"),
        ("Increase participation by 10% over a refreshed baseline of those actively "
         "participating as of October 1, 2022", "2021-10-01", "2022-10-01"),
        ("Grow sales 5% over the FY2024 baseline", "2024-01-01", "2024-12-31"),
        ("Grow sales 5% over the FY2024 baseline", "2023-04-01", "2024-03-31"),
        ("Establish a baseline of the number of providers trained (FY 2022)", "2021-10-01",
         None),
        ("Increase gun lock distribution by 100%", "2021-10-01", None),
    ])
    def test_the_day_a_named_baseline_is_taken(self, text: str, horizon: str,
                                               taken: str | None) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, title: Measure, description: '" + text + "'}",
            plan="{as_of: 2022-09-30, horizon: {start: " + horizon + "}}"))
        assert baseline_taken(plan, plan.metrics[0]) == (D(taken) if taken else None)

    def test_a_fiscal_year_needs_the_plan_to_say_when_its_years_begin(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, title: Grow sales 5% over the FY2024 baseline}",
            plan="{as_of: 2022-09-30}"))
        assert baseline_taken(plan, plan.metrics[0]) is None


class TestMissedBound:
    @pytest.mark.parametrize(("fields", "missed"), [
        ("bound: at least, target: {value: 81, date: 2023-06-30}", True),
        ("bound: at least, target: {value: 60, date: 2023-06-30}", False),
        ("bound: at least, target: {value: 81, date: 2024-06-30}", False),
        ("bound: at most, target: {value: 60, date: 2023-06-30}", True),
        ("bound: at least, targets: [{value: 81, date: 2023-06-30}], "
         "target: {value: 90, date: 2025-06-30}", False),
        ("target: {value: 81, date: 2023-06-30}", False),
        ("bound: at least, tolerance: 10%, target: {value: 75, date: 2023-06-30}", False),
        ("bound: at least, tolerance: 10%, target: {value: 81, date: 2023-06-30}", True),
        ("bound: at least, tolerance: 5, target: {value: 75, date: 2023-06-30}", True),
        ("bound: at least, tolerance: 6, target: {value: 75, date: 2023-06-30}", False),
        ("bound: at most, tolerance: 10, target: {value: 60, date: 2023-06-30}", False),
    ])
    def test_a_bound_failed_at_its_date(self, fields: str, missed: bool) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, unit: '%', " + fields + ", actuals: [{date: 2022-06-30, value: 71}, "
            "{date: 2023-06-30, value: 69}]}"))
        assert (missed_bound(plan.metrics[0], D("2023-06-30")) is not None) is missed


    @pytest.mark.parametrize(("placed", "missed"), [
        ("2023-06-30", True), ("2022-06-30", True), ("2023-12-31", False), (None, False)])
    def test_an_undated_bound_is_due_where_it_is_placed(self, placed: str | None,
                                                       missed: bool) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, unit: '%', bound: at least, target: {value: 81}, "
            "actuals: [{date: 2022-06-30, value: 71}, {date: 2023-06-30, value: 69}]}"))
        day = D(placed) if placed is not None else None
        assert (missed_bound(plan.metrics[0], D("2023-06-30"), day) is not None) is missed


def test_actuals_until_keeps_the_dated_readings_oldest_first() -> None:
    plan = plan_from(_metric_plan(
        "{id: M1, actuals: [{date: 2001-03-31, value: 3}, {date: 2001-01-31, value: 1}, "
        "{date: 2001-03-31, value: 4}, {date: 2001-02-28, value: 2}]}"))
    metric = plan.metrics[0]

    def values(as_of: str) -> list[float | None]:
        return [actual.value for _, actual in actuals_until(metric, D(as_of))]

    assert values("2001-12-31") == [1, 2, 3, 4]  # equal dates keep the list's order
    assert values("2001-03-30") == [1, 2]
    assert values("2001-01-30") == []
    assert [index for index, _ in actuals_until(metric, D("2001-03-31"))] == [1, 3, 0, 2]
    assert latest_actual(metric, D("2001-03-31")) == (2, metric.actuals[2])
    assert actuals_until(metric.model_copy(update={"actuals": metric.actuals[:1]}),
                         date.max) == ((0, metric.actuals[0]),)


class TestMeasurementBegins:
    def test_worked_out_once_per_plan(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, baseline: {value: 0, date: 2001-01-31}}"))
        metric = plan.metrics[0]
        calls: list[str] = []

        def fact(seen: Plan, of: Metric) -> str:
            calls.append(of.id)
            return of.id

        assert plan.once(fact, metric) == plan.once(fact, metric) == "M1"
        assert calls == ["M1"]
        assert measurement_begins(plan, metric) is measurement_begins(plan, metric)

    def test_later_of_baseline_and_goal_start(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, cadence: monthly, baseline: {value: 0, date: 2000-12-31}}",
            goal="{id: G1, start: 2001-02-15, metrics: [M1]}"))
        assert measurement_begins(plan, plan.metrics[0]) == D("2001-02-15")
        assert first_reading_due(plan, plan.metrics[0]) == D("2001-03-15") + timedelta(30)

    def test_baseline_after_goal_start(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, cadence: quarterly, baseline: {value: 0, date: 2001-03-31}}",
            goal="{id: G1, start: 2001-01-01, metrics: [M1]}"))
        assert first_reading_due(plan, plan.metrics[0]) == D("2001-06-30") + timedelta(46)

    def test_horizon_start_when_nothing_else_is_known(self) -> None:
        plan = plan_from(_metric_plan("{id: M1, cadence: P6W, baseline: {value: 0}}",
                                      plan="{horizon: {start: 2001-01-01}}"))
        assert measurement_begins(plan, plan.metrics[0]) == D("2001-01-01")
        assert first_reading_due(plan, plan.metrics[0]) == D("2001-02-12") + timedelta(30)

    def test_a_new_metric_is_due_once_the_period_it_measures_has_ended(self) -> None:
        goal = "{id: G1, start: 2001-01-01, due: 2001-03-31, metrics: [M1]}"
        plan = plan_from(_metric_plan("{id: M1, cadence: monthly}", goal=goal))
        assert first_reading_due(plan, plan.metrics[0]) == D("2001-04-30")
        plan = plan_from(_metric_plan(
            "{id: M1, cadence: monthly, actuals: [{date: 2000-06-30, value: 1}]}", goal=goal))
        assert first_reading_due(plan, plan.metrics[0]) == D("2001-03-03")

    def test_reporting_lag_delays_the_reading(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, cadence: monthly, reporting_lag: P45D, "
            "baseline: {value: 0, date: 2001-01-31}}"))
        metric = plan.metrics[0]
        assert first_reading_due(plan, metric) == D("2001-02-28") + timedelta(days=45)
        assert reported(metric, D("2001-05-31")) == D("2001-07-15")
        assert reported(metric.model_copy(update={"reporting_lag": "P2M"}),
                        D("2001-05-31")) == D("2001-07-31")
        # without a stated lag, a month for a monthly figure
        assert reported(metric.model_copy(update={"reporting_lag": None}),
                        D("2001-05-31")) == D("2001-06-30")
        assert reported(metric.model_copy(update={"reporting_lag": None, "cadence": None}),
                        D("2001-05-31")) == D("2001-05-31")

    def test_unknown_without_any_date_or_cadence(self) -> None:
        plan = plan_from(_metric_plan("{id: M1, cadence: monthly}"))
        assert measurement_begins(plan, plan.metrics[0]) is None
        assert first_reading_due(plan, plan.metrics[0]) is None
        plan = plan_from(_metric_plan("{id: M1, baseline: {value: 0, date: 2001-01-01}}"))
        assert first_reading_due(plan, plan.metrics[0]) is None

    def test_an_earlier_interim_target_brings_the_first_reading_forward(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, cadence: annual, baseline: {value: 0, date: 2001-01-01}, "
            "targets: [{value: 1, date: 2000-06-30}, {value: 5, date: 2001-06-30}]}"))
        assert first_reading_due(plan, plan.metrics[0]) == D("2001-06-30") + timedelta(183)


@pytest.mark.parametrize(("cadence", "days"), [
    ("daily", 0), ("weekly", 4), ("P2W", 7), ("monthly", 30), ("P1M", 30), ("P6W", 30),
    ("quarterly", 46), ("semiannual", 91), ("annual", 183)])
def test_the_default_reporting_lag_is_half_a_cadence_and_a_month_for_a_month(
        cadence: str, days: int) -> None:
    # a month's figure (the books, an official monthly series) comes in the month after
    assert default_lag(cadence) == timedelta(days)


class TestGoalDue:
    def test_own_due_else_the_nearest_goal_above_else_the_horizon_end(self) -> None:
        plan = plan_from(dedent("""\
            planlint: 1
            plan: {horizon: {start: 2025-01-01, end: 2030-12-31}}
            goals:
              - {id: G1, due: 2027-12-31}
              - {id: G2, parent: G1}
              - {id: G3, parent: G2, due: 2026-06-30}
              - {id: G4}
              - {id: L1, parent: L2}
              - {id: L2, parent: L1}
            """))
        assert [plan.due_of(goal) for goal in plan.goals] == [
            D("2027-12-31"), D("2027-12-31"), D("2026-06-30"), D("2030-12-31"),
            D("2030-12-31"), D("2030-12-31")]


class TestCountsAndMilestones:
    def test_a_count_rises_from_zero_to_the_number_it_names(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, title: Hire two engineers, actuals: [{date: 2025-03-31, value: 0}]}",
            goal="{id: G1, start: 2025-01-01, due: 2025-03-31, metrics: [M1]}",
            plan="{as_of: 2025-04-02}"))
        metric = plan.metrics[0]
        line = expected_line(plan, metric)
        assert line is not None and line.points == ((D("2025-01-01"), 0.0),
                                                    (D("2025-03-31"), 2.0))
        state = progress(plan, metric, plan.as_of)
        assert state is not None and state.off_track(0.85)

    def test_without_a_line_a_target_is_judged_once_it_is_due(self) -> None:
        metric = ("{id: M1, title: Percent of roads in good condition, direction: increase, "
                  "targets: [{value: 80, date: 2024-06-30}], "
                  "actuals: [{date: 2023-06-30, value: 40}, {date: 2024-06-30, value: 60}]}")
        plan = plan_from(_metric_plan(metric, plan="{as_of: 2025-01-31}"))
        state = progress(plan, plan.metrics[0], plan.as_of)
        assert state is not None and state.due == D("2024-06-30")
        assert state.share == pytest.approx(0.75) and state.off_track(0.85)
        early = plan_from(_metric_plan(metric.replace("2024-06-30, value: 60", "2024-03-31, "
                                                      "value: 60"), plan="{as_of: 2025-01-31}"))
        assert progress(early, early.metrics[0], early.as_of) is None
        # without a direction, the way from its earliest actual to the target tells it
        plain = plan_from(_metric_plan(metric.replace("direction: increase, ", "")))
        state = progress(plain, plain.metrics[0], D("2025-01-31"))
        assert state is not None and state.share == pytest.approx(0.75)
        # a single reading on the target's date, short of it, is short of it too
        single = plan_from(_metric_plan(metric.replace("direction: increase, ", "").replace(
            "{date: 2023-06-30, value: 40}, ", "")))
        state = progress(single, single.metrics[0], D("2025-01-31"))
        assert state is not None and state.share == pytest.approx(0.75)
        # but one read before the target was due tells no way
        before = plan_from(_metric_plan(metric.replace("direction: increase, ", "").replace(
            "{date: 2023-06-30, value: 40}, {date: 2024-06-30", "{date: 2024-03-31")))
        assert progress(before, before.metrics[0], D("2025-01-31")) is None

    def test_a_target_of_none_is_missed_by_any(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, title: MRSA bacteraemia cases, direction: decrease, "
            "target: {value: 0, date: 2024-03-31}, actuals: [{date: 2024-03-31, value: 4}]}"))
        state = progress(plan, plan.metrics[0], D("2024-06-01"))
        assert state is not None and state.share == 0 and state.off_track(0.85)

    def test_a_falling_metric_against_its_target(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, direction: decrease, target: {value: 100, date: 2024-12-31}, "
            "actuals: [{date: 2024-12-31, value: 125}]}"))
        state = progress(plan, plan.metrics[0], D("2025-02-01"))
        # 25 over a target of 100 misses it by a quarter, as 75 would for a rising one
        assert state is not None and state.share == pytest.approx(0.75)

    def test_a_milestone_is_unfinished_after_its_date_when_not_done(self) -> None:
        metric = ("{id: M1, title: Launch the partner portal, "
                  "actuals: [{date: 2025-03-31, value: VALUE}]}")
        goal = "{id: G1, due: 2025-03-31, metrics: [M1]}"
        plan = plan_from(_metric_plan(metric.replace("VALUE", "0.6"), goal=goal))
        assert unfinished_milestone(plan, plan.metrics[0], D("2025-03-30"), 0.85) is None
        assert unfinished_milestone(plan, plan.metrics[0], D("2025-03-31"), 0.85) == (
            0, D("2025-03-31"), 0.6, D("2025-03-31"))
        assert unfinished_milestone(plan, plan.metrics[0], D("2025-04-01"), 0.5) is None
        early = plan_from(_metric_plan(metric.replace("2025-03-31, value: VALUE",
                                                      "2025-03-15, value: 0"), goal=goal))
        assert unfinished_milestone(early, early.metrics[0], D("2025-03-31"), 0.85) is None
        assert unfinished_milestone(early, early.metrics[0], D("2025-04-01"), 0.85) is None
        done = plan_from(_metric_plan(metric.replace("VALUE", "1"), goal=goal))
        assert unfinished_milestone(done, done.metrics[0], D("2025-04-01"), 0.85) is None
        worded = plan_from(_metric_plan(metric.replace("value: VALUE", "text: slipped to May"),
                                        goal=goal))
        assert unfinished_milestone(worded, worded.metrics[0], D("2025-04-01"), 0.85) is None
        going = plan_from(_metric_plan(metric.replace("value: VALUE", "text: In progress"),
                                       goal=goal))
        assert unfinished_milestone(going, going.metrics[0], D("2025-04-01"), 0.85) == (
            0, D("2025-03-31"), None, D("2025-03-31"))
        assert done_value(done.metrics[0].model_copy(update={"unit": "%"})) == 100
        # a milestone that marks the start of work is met once the work is going
        start = plan_from(_metric_plan(
            metric.replace("Launch the partner portal", "Approval process begins, kind: milestone")
            .replace("value: VALUE", "text: In progress"), goal=goal))
        assert unfinished_milestone(start, start.metrics[0], D("2025-04-01"), 0.85) is None

    @pytest.mark.parametrize(("text", "going"), [
        ("In progress", True), ("Ongoing.", True), ("WIP: started", True),
        ("Work is under way on humanitarian data initiatives, including pooled funding", True),
        ("The work on the registry is still in progress", True),
        ("The strategy is being drafted with the regions", True),
        ("We are in the process of migrating the service to a partner", True),
        ("The slate has been posted as an RFC and is waiting on approval from the leads", True),
        ("We worked out a governance charter (draft to be approved)", True),
        ("WIP", True), ("WIP, on gcloud", True), ("WIP: self-hosted k8s done", True),
        ("Searching for Co-Dir", True),
        ("Two members worked on it. We hope to have a survey out by early summer.", True),
        ("We will be starting with a focus on Spain, then Portugal", True),
        ("Survey sent in May; we hope the response rate holds", False),
        ("We will be reporting the results at the next conference", False),
        ("Researchers searching for data can now use the portal", False),
        ("The charter was approved in March", False),
        ("Pilot rollouts are under way in five countries", False),
        ("Done in March; roll-out in progress", False), ("Slipped to May", False),
        ("Not started", False), (None, False)])
    def test_a_result_in_words_that_the_work_is_still_going(self, text: str | None,
                                                            going: bool) -> None:
        assert still_going(text) is going

    def test_a_milestone_read_before_its_date_is_undecided_after_it(self) -> None:
        metric = ("{id: M1, title: Launch the partner portal, "
                  "actuals: [{date: DAY, value: VALUE}]}")
        due, after = D("2025-03-31"), D("2025-04-01")

        def undecided(day: str, value: str) -> bool:
            plan = plan_from(_metric_plan(metric.replace("DAY", day).replace("VALUE", value)))
            return undecided_milestone(plan.metrics[0], due, after)

        assert undecided("2025-03-15", "0")  # not done two weeks before: maybe done since
        assert not undecided("2025-03-15", "1")  # done early
        assert not undecided("2025-03-31", "0")  # not done on the day: recorded, a miss
        unread = plan_from(_metric_plan("{id: M1, title: Launch the partner portal}"))
        assert undecided_milestone(unread.metrics[0], due, after)


class TestProgress:
    INCREASE = ("{id: M1, direction: DIRECTION, baseline: {value: 100, date: 2001-01-01}, "
                "target: {value: 200, date: 2001-11-28}, actuals: ACTUALS}")

    def _state(self, actuals: str, direction: str = "increase", as_of: str = "2001-12-31"
               ) -> Progress | None:
        metric = self.INCREASE.replace("DIRECTION", direction).replace("ACTUALS", actuals)
        plan = plan_from(_metric_plan(metric, plan=f"{{as_of: {as_of}}}"))
        return progress(plan, plan.metrics[0], plan.as_of)

    def test_share_of_expected_progress(self) -> None:
        state = self._state("[{date: 2001-06-15, value: 140}]")  # 165 of 331 days
        assert state is not None
        assert state.expected == pytest.approx(100 * 165 / 331)
        assert state.achieved == 40
        assert state.off_track(0.85) and not state.off_track(0.8)

    def test_latest_actual_on_or_before_as_of_counts(self) -> None:
        actuals = "[{date: 2001-06-15, value: 190}, {date: 2001-03-01, value: 101}]"
        state = self._state(actuals, as_of="2001-06-14")
        assert state is not None and (state.day, state.value) == (D("2001-03-01"), 101)

    def test_a_latest_result_in_words_is_not_judged(self) -> None:
        actuals = "[{date: 2001-06-15, value: 110}, {date: 2001-09-30, text: on hold}]"
        assert self._state(actuals, as_of="2001-06-30") is not None
        assert self._state(actuals, as_of="2001-10-01") is None

    def test_actual_on_or_before_the_baseline_is_not_judged(self) -> None:
        assert self._state("[{date: 2000-12-01, value: 50}]") is None
        assert self._state("[{date: 2001-01-01, value: 50}]") is None

    def test_no_actual_no_judgement(self) -> None:
        assert self._state("[]") is None

    def test_direction_contradicting_the_target_is_not_judged(self) -> None:
        assert self._state("[{date: 2001-06-15, value: 90}]", direction="decrease") is None

    def test_decrease(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M3, direction: decrease, baseline: {value: 100, date: 2001-01-01}, "
            "target: {value: 80, date: 2001-05-01}, actuals: [{date: 2001-03-02, value: 92}]}"))
        state = progress(plan, plan.metrics[0], plan.as_of)
        assert state is not None
        assert state.achieved == 8 and state.expected == pytest.approx(10)
        assert state.off_track(0.85) and not state.off_track(0.8)

    def test_direction_inferred_from_baseline_and_target(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M3, baseline: {value: 100, date: 2001-01-01}, "
            "target: {value: 80, date: 2001-05-01}, actuals: [{date: 2001-03-02, value: 99}]}"))
        state = progress(plan, plan.metrics[0], plan.as_of)
        assert state is not None and state.achieved == 1

    def test_maintain_holds_the_target(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, direction: maintain, target: {value: 200}, "
            "actuals: [{date: 2001-03-02, value: 171}]}"))
        state = progress(plan, plan.metrics[0], plan.as_of)
        assert state is not None and state.maintain
        assert (state.expected_value, state.achieved) == (200, 29)
        assert state.off_track(0.86) and not state.off_track(0.85)

    def test_equal_baseline_and_target_is_a_level_to_hold(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, baseline: {value: 50, date: 2001-01-01}, "
            "target: {value: 50, date: 2001-12-31}, actuals: [{date: 2001-03-02, value: 40}]}"))
        state = progress(plan, plan.metrics[0], plan.as_of)
        assert state is not None and state.maintain and state.off_track(0.85)

    def test_latest_actual_of_equal_dates_is_the_last_listed(self) -> None:
        plan = plan_from(_metric_plan(
            "{id: M1, actuals: [{date: 2001-03-02, value: 1}, {date: 2001-03-02, value: 2}]}"))
        latest = latest_actual(plan.metrics[0], plan.as_of)
        assert latest is not None and latest[0] == 1


class TestIsActive:
    @pytest.mark.parametrize(("fields", "active"), [
        ({"status": "active"}, True),
        ({"status": "active", "end": "2000-01-01"}, True),
        ({"status": "planned", "start": "2000-01-01"}, False),
        ({"status": "blocked"}, False),
        ({"start": "2001-06-30"}, True),
        ({"start": "2001-07-01"}, False),
        ({"start": "2001-01-01", "end": "2001-06-30"}, True),
        ({"start": "2001-01-01", "end": "2001-06-29"}, False),
        ({"end": "2001-12-31"}, False),
        ({}, False),
    ])
    def test_status_or_dates(self, fields: dict[str, str], active: bool) -> None:
        initiative = Initiative.model_validate({"id": "I1", **fields})
        assert is_active(initiative, D("2001-06-30")) is active


@pytest.mark.parametrize(("fields", "yearly"), [
    # a school year's rate, analysed quarterly: baseline, targets and readings on Aug 31
    ("cadence: quarterly, baseline: {value: 77, date: 2024-08-31}, "
     "targets: [{value: 80, date: 2025-08-31}], actuals: [{date: 2024-08-31, value: 77}]",
     True),
    ("cadence: monthly, target: {value: 36, date: 2018-03-31}, "
     "actuals: [{date: 2016-03-31, value: 26}, {date: 2017-03-31, value: 34}]", True),
    # a reading on another day, a single date, no target, or read yearly anyway
    ("cadence: monthly, target: {value: 36, date: 2018-03-31}, "
     "actuals: [{date: 2017-03-31, value: 34}, {date: 2017-04-30, value: 35}]", False),
    ("cadence: monthly, target: {value: 36, date: 2018-03-31}, "
     "actuals: [{date: 2018-03-31, value: 34}]", False),
    ("cadence: monthly, actuals: [{date: 2016-03-31, value: 26}, "
     "{date: 2017-03-31, value: 34}]", False),
    ("cadence: annual, target: {value: 36, date: 2018-03-31}, "
     "actuals: [{date: 2017-03-31, value: 34}]", False),
])
def test_a_measure_stated_by_the_year(fields: str, yearly: bool) -> None:
    plan = plan_from(_metric_plan(f"{{id: M1, {fields}}}"))
    assert stated_by_year(plan.metrics[0]) is yearly


@pytest.mark.parametrize(("fields", "ongoing"), [
    ({"kind": "ongoing", "title": "Dealer portal"}, True),
    ({"title": "Make progress on several compliance goals"}, True),
    ({"title": "Continue to make progress toward the Lab programme"}, True),
    ({"title": "Collaboration with the Department of Fisheries on an Angular starter app"},
     True),
    ({"name": "Collaborate  with the Parts Division on its dealer app"}, True),
    ({"title": "Collaborate with the infrastructure team to create a cost analysis"}, False),
    ({"title": "Launch phase one of the redesign, making progress visible"}, False),
    ({"title": "Data table component research"}, False),
])
def test_continuing_duties_and_work_with_no_end_state(fields: dict[str, str],
                                                      ongoing: bool) -> None:
    assert continuing(Initiative.model_validate({"id": "I1", **fields})) is ongoing


@pytest.mark.parametrize(("target", "quarter"), [
    ("2001-06-30", True), ("2001-07-02", True), ("2001-07-03", False)])
def test_a_measure_of_a_quarter_is_read_at_its_end(target: str, quarter: bool) -> None:
    plan = plan_from("planlint: 1\nmetrics:\n  - {id: M1, title: Active dealers, "
                     f"baseline: {{value: 40, date: 2001-04-01}}, target: {{value: 60, "
                     f"date: {target}}}}}\n")
    assert read_at_end(plan, plan.metrics[0]) is quarter


def test_a_measure_is_read_at_the_end_of_each_cycle_asked_about() -> None:
    # the period is worked out once per metric; each cycle is compared with it
    plan = plan_from("planlint: 1\nmetrics:\n  - {id: M1, title: Active dealers, "
                     "baseline: {value: 40, date: 2001-04-01}, target: {value: 60, "
                     "date: 2001-12-31}}\n")
    metric = plan.metrics[0]
    assert read_at_end(plan, metric) is False
    assert read_at_end(plan, metric, 366) is True
    assert read_at_end(plan, metric) is False


def test_dates_past_the_calendar_stay_on_its_last_day() -> None:
    assert add_cadence(date(9999, 12, 1), "monthly") == date.max
    assert add_cadence(date(9999, 12, 1), "P40D") == date.max
    assert later(date(9999, 12, 30), timedelta(days=5)) == date.max
    assert later(date(2001, 1, 30), timedelta(days=5)) == date(2001, 2, 4)


class TestEventCadences:
    """A measure read ``once`` or ``per event`` has a cadence but no calendar."""

    def test_it_states_a_cadence_and_is_asked_for_its_result_at_the_end(self) -> None:
        text = dedent("""\
            planlint: 1
            plan: {{as_of: {as_of}}}
            goals: [{{id: G1, due: 2025-06-30, metrics: [M1, M2]}}]
            metrics:
              - {{id: M1, title: Trainees rating the course useful, unit: '%',
                 target: {{value: 80, date: 2025-06-30}}, cadence: once, source: exit survey}}
              - {{id: M2, title: Participants per workshop, unit: count,
                 target: {{value: 25, date: 2025-06-30}}, cadence: per event,
                 source: attendance sheets}}
            """)
        plan = plan_from(text.format(as_of="2025-03-31"))
        assert [metric.calendar for metric in plan.metrics] == [None, None]
        assert first_reading_due(plan, plan.metrics[0]) is None
        assert not {f.code for f in planlint.lint(text.format(as_of="2025-03-31")).findings} \
            & {"PL205", "PL805"}
        late = planlint.lint(text.format(as_of="2025-08-01")).findings
        assert sorted(f.node for f in late if f.code == "PL805") == ["M1", "M2"]

    def test_a_misspelt_cadence_names_the_event_cadences_too(self) -> None:
        report = planlint.lint("planlint: 1\nmetrics:\n  - {id: M1, cadence: after it}\n")
        message = next(f.message for f in report.findings if f.code == "PL002")
        assert "or once, or per event" in message and "Input should" not in message
