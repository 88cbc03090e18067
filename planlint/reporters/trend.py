"""A metric's trend as a small SVG chart, drawn beside the findings that judge it.

The chart shows what stale-metric and off-track-metric read (:mod:`planlint.timeline`):
the metric's actuals on or before the as-of date, dots joined by a line, against the
line expected from its baseline through its interim targets to its target (flat at
the baseline's value before it and at the target's after, as the rules read it), the
interim targets as diamonds and the as-of date as a dotted vertical line. A metric
without a line is drawn against its target value, a short level mark at the target's
date. The axes show the first and last dates and the lowest and highest values, with
the unit. Values stated in words are left out; a metric without a number read has no
chart. The chart is plain SVG that needs no script, and all plan text in it is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from planlint.finding import Finding
from planlint.model import Metric, one_line
from planlint.plan import Plan
from planlint.reporters.neutral import html as plain
from planlint.reporters.strategy_map import clip
from planlint.timeline import Line, actuals_until, aimed_at, expected_line, target_date

#: The rules whose findings about a metric get its chart.
TREND_RULES = frozenset({"PL805", "PL806"})
#: The most actuals (the latest) and interim targets drawn in one chart, and the most
#: charts on one page.
MAX_POINTS = 200
MAX_CHARTS = 500
WIDTH, HEIGHT = 360.0, 150.0
#: The plotting area, inside the axes' labels, and its inset from the axes.
LEFT, RIGHT, TOP, BOTTOM = 80.0, 350.0, 20.0, 124.0
INSET = 5.0
#: Where a share of 0 is placed on each axis, and how far a share of 1 is from it.
_X0, _XS = LEFT + INSET, RIGHT - LEFT - 2 * INSET
_Y0, _YS = BOTTOM - INSET, BOTTOM - TOP - 2 * INSET
UNIT_CHARS = 40
#: What the marks mean, said under each chart.
KEY = ("Dots: the actuals. Dashed: the line expected from baseline to target (a bar: the "
       "target, where there is no baseline). Diamonds: interim targets. Dotted: the as-of "
       "date.")
_ACTUAL, _MUTED, _AS_OF = "#0969da", "#57606a", "#8250df"
#: The parts of a chart that are the same in every chart, formatted once.
_SIZE = f'width="{WIDTH:.0f}" height="{HEIGHT:.0f}" viewBox="0 0 {WIDTH:.0f} {HEIGHT:.0f}"'
_AXES = (f'<path class="axes" d="M{LEFT:.0f} {TOP:.0f}V{BOTTOM:.0f}H{RIGHT:.0f}" '
         f'fill="none" stroke="{_MUTED}"/><g fill="{_MUTED}" font-size="10">')
_UNIT_OPEN = f'<text x="{LEFT - 4:.0f}" y="{TOP - 8:.0f}" text-anchor="end">'
_VALUE_OPEN = f'<text x="{LEFT - 4:.0f}" y="'
_FIRST_OPEN = f'<text x="{LEFT:.0f}" y="{BOTTOM + 14:.0f}">'
_LAST_OPEN = f'<text x="{RIGHT:.0f}" y="{BOTTOM + 14:.0f}" text-anchor="end">'
_AS_OF_REST = (f'y1="{TOP:.0f}" y2="{BOTTOM:.0f}" stroke="{_AS_OF}" '
               'stroke-dasharray="2 2">')

Point = tuple[date, float]


@dataclass(frozen=True, slots=True)
class Trend:
    """What a chart shows: ``actuals`` (oldest first) against ``line``, or else against
    ``target`` (the final target, when its value and date are known)."""

    metric: Metric
    actuals: tuple[Point, ...]
    line: Line | None
    target: Point | None
    interims: tuple[Point, ...]
    as_of: date

    def points(self) -> list[Point]:
        """Every point the chart places: actuals, the line or target, interim targets."""
        ends = self.line.points if self.line is not None else \
            (self.target,) if self.target is not None else ()
        return [*self.actuals, *ends, *self.interims]


def readings(metric: Metric, as_of: date) -> list[Point]:
    """The metric's values read on or before ``as_of``, oldest first."""
    return [(actual.date, actual.value) for _, actual in actuals_until(metric, as_of)
            if actual.value is not None]


def trend_of(plan: Plan, metric: Metric) -> Trend | None:
    """The metric's trend at the plan's as-of date; ``None`` when no number was read."""
    actuals = readings(metric, plan.as_of)[-MAX_POINTS:]
    if not actuals:
        return None
    line = expected_line(plan, metric)
    if line is not None:
        return Trend(metric, tuple(actuals), line, None, line.points[1:-1][-MAX_POINTS:],
                     plan.as_of)
    aim, due = aimed_at(plan, metric), target_date(plan, metric)
    interims = sorted((m.date, m.value) for m in metric.targets
                      if m.date is not None and m.value is not None)
    return Trend(metric, tuple(actuals), None,
                 (due, aim) if aim is not None and due is not None else None,
                 tuple(interims[-MAX_POINTS:]), plan.as_of)


def fraction(value: float, low: float, high: float) -> float:
    """Where ``value`` lies from ``low`` (0) to ``high`` (1); the middle when they are
    equal. Halves keep the difference of two extreme floats finite."""
    span = high / 2 - low / 2
    return (value / 2 - low / 2) / span if span > 0 else 0.5


def figure(value: float) -> str:
    """A value as the axis shows it: 1,200,000 and 16.96, or 1.5e+12 and 2e-05."""
    if value == 0 or 0.01 <= abs(value) < 1e7:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    return f"{value:.4g}"


class _Frame:
    """Plan dates and values placed in the plotting area."""

    def __init__(self, trend: Trend) -> None:
        points = trend.points()
        days = [day.toordinal() for day, _ in points] + [trend.as_of.toordinal()]
        values = [value for _, value in points]
        self.first, self.last = min(days), max(days)
        self.low, self.high = min(values), max(values)

    def x(self, day: date) -> float:
        return _X0 + fraction(day.toordinal(), self.first, self.last) * _XS

    def y(self, value: float) -> float:
        return _Y0 - fraction(value, self.low, self.high) * _YS

    def places(self, points: Iterable[Point]) -> list[tuple[float, float]]:
        """Where each point is drawn, as :meth:`x` and :meth:`y` place it, in one pass
        (the actuals' line and dots share these)."""
        first, last, low, high = self.first, self.last, self.low, self.high
        return [(_X0 + fraction(day.toordinal(), first, last) * _XS,
                 _Y0 - fraction(value, low, high) * _YS) for day, value in points]

    def span(self) -> tuple[date, date]:
        return date.fromordinal(self.first), date.fromordinal(self.last)


def _with_unit(metric: Metric) -> str:
    """The suffix a value takes for the metric's unit: ``%``, `` USD m`` or none."""
    unit = clip(one_line(metric.unit or ""), UNIT_CHARS)
    return unit if unit in ("", "%") else f" {unit}"


def describe(trend: Trend) -> str:
    """The chart in words, for its title and for screen readers."""
    unit = _with_unit(trend.metric)
    text = f"Actuals of {trend.metric.describe()}"
    if trend.line is not None:
        (day0, value0), (day1, value1) = trend.line.start, trend.line.end
        text += (f" against the line from {figure(value0)}{unit} on {day0} to "
                 f"{figure(value1)}{unit} on {day1}")
        inner = len(trend.line.points) - 2
        text += f" through {inner} interim target{'s' if inner > 1 else ''}" if inner else ""
    elif trend.target is not None:
        text += f" against the target of {figure(trend.target[1])}{unit} on {trend.target[0]}"
    (first, _), (last, latest) = trend.actuals[0], trend.actuals[-1]
    count = len(trend.actuals)
    shown = (f"{count} readings from {first} to {last}" if count > 1
             else f"1 reading on {last}")
    return f"{text}: {shown}, the latest {figure(latest)}{unit}; as of {trend.as_of}"


def _joined(places: list[tuple[float, float]]) -> str:
    """Placed points as a polyline's ``points``."""
    return " ".join([f"{x:.1f},{y:.1f}" for x, y in places])


def _expected(trend: Trend, frame: _Frame) -> Iterator[str]:
    """The expected line, flat beyond its ends to the chart's edges, or the target."""
    if trend.line is not None:
        first, last = frame.span()
        points = list(trend.line.points)
        if first < points[0][0]:
            points.insert(0, (first, points[0][1]))
        if last > points[-1][0]:
            points.append((last, points[-1][1]))
        yield (f'<polyline class="expected" fill="none" stroke="{_MUTED}" '
               'stroke-width="1.5" stroke-dasharray="5 3" '
               f'points="{_joined(frame.places(points))}"/>')
    elif trend.target is not None:
        x, y = frame.x(trend.target[0]), frame.y(trend.target[1])
        yield (f'<line class="target" x1="{x - 8:.1f}" x2="{x + 8:.1f}" y1="{y:.1f}" '
               f'y2="{y:.1f}" stroke="{_MUTED}" stroke-width="3"/>')
    for x, y in frame.places(trend.interims):
        yield f'<path class="interim" d="M{x:.1f} {y - 4:.1f}l4 4l-4 4l-4 -4z" fill="{_MUTED}"/>'


def _actuals(trend: Trend, frame: _Frame, unit: str) -> Iterator[str]:
    """The actuals: dots, each titled with its date and value, joined by a line."""
    places = frame.places(trend.actuals)
    if len(places) > 1:
        yield (f'<polyline class="actuals" fill="none" stroke="{_ACTUAL}" '
               f'stroke-width="1.5" points="{_joined(places)}"/>')
    suffix = plain(unit)
    for (day, value), (x, y) in zip(trend.actuals, places, strict=True):
        yield (f'<circle class="actual" cx="{x:.1f}" cy="{y:.1f}" '
               f'r="2.5" fill="{_ACTUAL}"><title>{day}: {figure(value)}{suffix}</title>'
               "</circle>")


def _axes(trend: Trend, frame: _Frame, unit: str) -> Iterator[str]:
    """The axes, labelled with the first and last dates, the lowest and highest values
    and the unit; the as-of date as a dotted vertical line."""
    first, last = frame.span()
    yield _AXES
    if unit:
        yield f"{_UNIT_OPEN}{plain(unit.strip())}</text>"
    values = [frame.high, frame.low] if frame.high > frame.low else [frame.high]
    for value in values:
        yield f'{_VALUE_OPEN}{frame.y(value):.1f}" dy="4" text-anchor="end">{figure(value)}</text>'
    yield f"{_FIRST_OPEN}{first}</text>"
    if last > first:
        yield f"{_LAST_OPEN}{last}</text>"
    x = frame.x(trend.as_of)
    yield (f'</g><line class="as-of" x1="{x:.1f}" x2="{x:.1f}" {_AS_OF_REST}'
           f"<title>as of {trend.as_of}</title></line>")


def svg(trend: Trend) -> str:
    """The trend as an inline SVG chart."""
    frame = _Frame(trend)
    unit = _with_unit(trend.metric)
    words = plain(describe(trend))
    return "".join([
        f'<svg class="trend-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-label="{words}" {_SIZE}><title>{words}</title>',
        *_axes(trend, frame, unit), *_expected(trend, frame), *_actuals(trend, frame, unit),
        "</svg>"])


def charted(plan: Plan, finding: Finding) -> Metric | None:
    """The metric whose trend belongs beside ``finding``, if it is one that gets a chart."""
    if finding.kind != "metric" or finding.code not in TREND_RULES:
        return None
    metric = plan.by_id.get(finding.node)
    return metric if isinstance(metric, Metric) else None


def charts(plan: Plan | None, findings: Iterable[tuple[int, Finding]], limit: int
           ) -> tuple[dict[int, str], int]:
    """The charts of ``findings`` (numbered, in page order) by number, the first
    ``limit`` that have one; and how many more would have had one. A report without
    its plan has none."""
    drawn: dict[int, str] = {}
    by_metric: dict[str, str] = {}
    left_out = 0
    if plan is None:
        return drawn, left_out
    for number, finding in findings:
        metric = charted(plan, finding)
        if metric is None:
            continue
        if len(drawn) >= limit:
            left_out += any(actual.value is not None and actual.date <= plan.as_of
                            for actual in metric.actuals)
            continue
        if metric.id not in by_metric:
            trend = trend_of(plan, metric)
            by_metric[metric.id] = svg(trend) if trend is not None else ""
        if by_metric[metric.id]:
            drawn[number] = by_metric[metric.id]
    return drawn, left_out
