"""The trend chart beside a finding that judges a metric's readings: where it stands,
where its points fall, what it escapes and how it bears extreme values."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from typing import Any

import pytest

from planlint.api import lint, load_plan
from planlint.config import Config
from planlint.model import Metric
from planlint.reporters import html
from planlint.reporters.html import render
from planlint.reporters.trend import (
    HEIGHT,
    MAX_POINTS,
    WIDTH,
    Trend,
    charts,
    svg,
    trend_of,
)
from tests.reporters.plans import TRENDS

SVG = "{http://www.w3.org/2000/svg}"
#: Checked with the rules that judge readings and the one that asks a goal's owner.
RULES = Config(select=["PL805", "PL806", "PL101"])


def trend(source: str | dict[str, Any], metric: str = "M1") -> Trend | None:
    """The trend of ``metric`` in the plan ``source``."""
    plan = load_plan(source)
    item = plan.by_id[metric]
    assert isinstance(item, Metric)
    return trend_of(plan, item)


def drawn(source: str | dict[str, Any], metric: str = "M1") -> str:
    """The chart of ``metric`` in the plan ``source``."""
    shown = trend(source, metric)
    assert shown is not None
    return svg(shown)


def articles(page: str) -> dict[int, str]:
    """Each finding's article in the page, by its number."""
    return {int(number): body for number, body in re.findall(
        r'<article class="finding [^"]*" id="finding-(\d+)">(.*?)</article>', page, re.S)}


def chart_of(text: str) -> ET.Element:
    """The one trend chart in ``text``, parsed as XML."""
    found = re.findall(r'<svg class="trend-chart".*?</svg>', text, re.S)
    assert len(found) == 1, found
    return ET.fromstring(found[0])


def coordinates(chart: ET.Element) -> list[float]:
    """Every number placing a mark in ``chart``."""
    numbers = []
    for element in chart.iter():
        for name in ("x", "y", "dy", "cx", "cy", "x1", "x2", "y1", "y2", "points", "d"):
            numbers += [float(part) for part in re.findall(r"[^\s,A-Za-z]+",
                                                           element.get(name, ""))]
    return numbers


def test_a_chart_stands_beside_each_finding_on_readings_and_no_other() -> None:
    report = lint(TRENDS, config=RULES)
    page = render(report, False)
    shown = articles(page)
    codes = {(finding.code, finding.node): number
             for number, finding in enumerate(report.findings, 1)}
    assert set(codes) == {("PL806", "M1"), ("PL806", "M2"), ("PL101", "G1")}
    assert chart_of(shown[codes["PL806", "M1"]]).get("aria-label") == (
        "Actuals of metric M1 (Revenue) against the line from 100 USD m on 2001-01-01 to "
        "200 USD m on 2001-11-28 through 1 interim target: 3 readings from 2001-02-28 to "
        "2001-08-31, the latest 108 USD m; as of 2001-09-30")
    assert "trend-chart" not in shown[codes["PL101", "G1"]]
    assert page.count('<svg class="trend-chart"') == 2


def test_points_stand_where_the_values_say() -> None:
    chart = ET.fromstring(drawn(TRENDS))
    dots = [(float(dot.get("cx", "")), float(dot.get("cy", "")))
            for dot in chart.iter(f"{SVG}circle")]
    assert [dot.findtext(f"{SVG}title") for dot in chart.iter(f"{SVG}circle")] == [
        "2001-02-28: 104 USD m", "2001-06-30: 112 USD m", "2001-08-31: 108 USD m"]
    line = chart.find(f"{SVG}polyline[@class='expected']")
    assert line is not None
    points = [tuple(map(float, point.split(","))) for point in line.get("points", "").split()]
    assert len(points) == 3  # baseline, interim target, target
    (x100, y100), (x200, y200) = points[0], points[-1]
    assert y200 < y100 and x100 < x200  # a higher value is drawn higher, later to the right

    def placed(day: date, value: float) -> tuple[float, float]:
        days = (day - date(2001, 1, 1)).days / (date(2001, 11, 28) - date(2001, 1, 1)).days
        return x100 + days * (x200 - x100), y100 + (value - 100) / 100 * (y200 - y100)

    assert points[1] == pytest.approx(placed(date(2001, 4, 30), 120), abs=0.11)
    wanted = [placed(date(2001, 2, 28), 104), placed(date(2001, 6, 30), 112),
              placed(date(2001, 8, 31), 108)]
    for (x, y), (want_x, want_y) in zip(dots, wanted, strict=True):
        assert x == pytest.approx(want_x, abs=0.11) and y == pytest.approx(want_y, abs=0.11)
    assert dots[0][1] > dots[2][1] > dots[1][1]
    as_of = chart.find(f"{SVG}line[@class='as-of']")
    assert as_of is not None
    assert float(as_of.get("x1", "")) == pytest.approx(placed(date(2001, 9, 30), 0)[0],
                                                       abs=0.11)
    assert len(chart.findall(f"{SVG}path[@class='interim']")) == 1
    labels = [text.text for text in chart.iter(f"{SVG}text")]
    assert labels == ["USD m", "200", "100", "2001-01-01", "2001-11-28"]


def test_a_metric_without_a_baseline_is_drawn_against_its_target() -> None:
    chart = ET.fromstring(drawn(TRENDS, "M2"))
    assert chart.find(f"{SVG}polyline[@class='expected']") is None
    bar = chart.find(f"{SVG}line[@class='target']")
    assert bar is not None
    assert all(float(bar.get("y1", "")) < float(dot.get("cy", ""))
               for dot in chart.iter(f"{SVG}circle"))
    assert "against the target of 80% on 2001-06-30" in chart.get("aria-label", "")


def test_a_metric_read_only_in_words_has_no_chart() -> None:
    in_words = TRENDS.replace("value: 40}", "text: low}").replace("value: 45}", "text: better}")
    assert trend(in_words, "M2") is None


def test_plan_text_in_the_chart_is_escaped() -> None:
    hostile = TRENDS.replace("title: Revenue", "title: \"<script>alert(1)</script>\"").replace(
        "unit: USD m", "unit: \"\\\"m\\\" & <b>\\u202e\"")
    page = render(lint(hostile, config=RULES), False)
    raw = re.findall(r'<svg class="trend-chart".*?</svg>', page, re.S)[0]
    assert "<script>" not in raw and "<b>" not in raw and "\u202e" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw and "\\u202e" in raw
    chart = ET.fromstring(raw)
    assert "metric M1 (<script>alert(1)</script>)" in chart.get("aria-label", "")
    assert '"m" & <b>\\u202e' in (chart.findtext(f"{SVG}title") or "")
    assert not chart.findall(f".//{SVG}script") and not chart.findall(".//script")


def _metric(baseline: Any, target: Any, actuals: list[tuple[str, float]]) -> dict[str, Any]:
    metric: dict[str, Any] = {
        "id": "M1", "target": target,
        "actuals": [{"date": day, "value": value} for day, value in actuals]}
    if baseline is not None:
        metric["baseline"] = baseline
    return {"planlint": 1, "plan": {"id": "x", "as_of": "2001-06-30"}, "metrics": [metric]}


BIGGEST = 1.7976931348623157e308
EXTREMES = {
    "huge and opposite": _metric({"value": 1e300, "date": "2001-01-01"},
                                 {"value": -1e300, "date": "2001-12-31"},
                                 [("2001-02-01", BIGGEST), ("2001-03-01", -BIGGEST)]),
    "all equal": _metric({"value": 5, "date": "2001-01-01"},
                         {"value": 5, "date": "2001-12-31"}, [("2001-02-01", 5)]),
    "all on one day": _metric(None, {"value": 7, "date": "2001-06-30"},
                              [("2001-06-30", 7), ("2001-06-30", 7)]),
    "negative": _metric({"value": -50, "date": "2001-01-01"},
                        {"value": -10, "date": "2001-12-31"}, [("2001-04-01", -45)]),
    "subnormal": _metric({"value": 5e-324, "date": "2001-01-01"},
                         {"value": 1e-320, "date": "2001-12-31"}, [("2001-04-01", 0.0)]),
}


@pytest.mark.parametrize("data", EXTREMES.values(), ids=EXTREMES.keys())
def test_extreme_values_give_finite_coordinates_inside_the_chart(data: dict[str, Any]) -> None:
    chart = drawn(data)
    assert not re.search(r"nan|inf", chart, re.I)
    numbers = coordinates(ET.fromstring(chart))
    assert numbers and all(math.isfinite(number) for number in numbers)
    assert all(-10 <= number <= max(WIDTH, HEIGHT) + 10 for number in numbers)


def test_charts_are_bounded_by_points_and_by_page(monkeypatch: pytest.MonkeyPatch) -> None:
    start = date(2000, 1, 1)
    readings = [((start + timedelta(days=day)).isoformat(), 100 - day / 10)
                for day in range(MAX_POINTS + 100)]
    dots = list(ET.fromstring(drawn(_metric({"value": 100, "date": "1999-12-31"},
                                            {"value": 200, "date": "2001-12-31"},
                                            readings))).iter(f"{SVG}circle"))
    assert len(dots) == MAX_POINTS
    assert (dots[0].findtext(f"{SVG}title") or "").startswith(readings[100][0])
    report = lint(TRENDS, config=RULES)
    numbered = list(enumerate(report.findings, 1))
    assert len(charts(report.model, numbered, 1)[0]) == 1
    assert charts(report.model, numbered, 1)[1] == 1
    monkeypatch.setattr(html, "MAX_CHARTS", 1)
    page = render(report, False)
    assert page.count('<svg class="trend-chart"') == 1
    assert "Trend charts are drawn for the first 1 findings" in page
    assert "1 more finding has none" in page
