"""Hypothesis strategies for valid plans, for property-testing rules.

``plans()`` draws plan data (plain dicts, dates as ISO strings) that is structurally
valid: every reference resolves to an item of the right kind, ids are unique, parent and
dependency chains have no loops. Now and then (in about a quarter of draws) they hold the
fields most plans leave out: a target or interim target stated as a ``change`` from the
baseline (a percentage from -100% up, never of a baseline of 0, or a number in the
metric's unit; never beside a ``value``), a goal's own dated ``actuals`` (1, 0, the share
done or a verdict in words, with any ``response``), a budget line's ``response``, a
review's scheduled ``dates`` (besides its cadence or instead of it), the plan's own
``rating`` of a goal, metric or initiative (with a goal's or initiative's ``response``),
a metric's ``breaks_down`` of an earlier metric and ``plan: withheld``. Rules beyond the
structure checks may still fire, as they would on a real plan::

    from hypothesis import given
    from planlint.testing import RuleTester
    from planlint.testing.strategies import plans

    @given(plans())
    def test_rule_never_crashes(plan):
        RuleTester(my_rule).assert_robust(plan)

``extra_fields`` draws more fields for the items of a section, to exercise what a rule
reads (fields drawn as ``None`` are left out)::

    plans(extra_fields={"goals": {"perspective": st.sampled_from(["financial", "customer"])},
                        "metrics": {"title": st.sampled_from(["Launch app", "NPS 50"])}})
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

_START = date(2000, 1, 1)

PlanData = dict[str, Any]
ExtraFields = Mapping[str, Mapping[str, st.SearchStrategy[Any]]]

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                min_size=1, max_size=24)
#: What a plan may keep out of its text on purpose (``plan: withheld``).
WITHHELD = ("targets", "baselines", "actuals", "budgets", "initiatives", "owners",
            "schedules", "objectives", "metrics", "sources")
_CADENCES = st.sampled_from(["daily", "weekly", "biweekly", "monthly", "quarterly",
                             "semiannual", "annual", "P2W", "P1M", "P6W"])


def dates(lo: int = 0, hi: int = 365 * 10) -> st.SearchStrategy[str]:
    """ISO dates between 2000 and 2010 (as days after 2000-01-01)."""
    return st.integers(lo, hi).map(lambda days: (_START + timedelta(days=days)).isoformat())


def _numbers() -> st.SearchStrategy[float | int]:
    return st.one_of(st.integers(-1_000_000, 1_000_000),
                     st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False))


def _some(draw: st.DrawFn, ids: list[str], most: int = 3) -> list[str]:
    if not ids:
        return []
    return draw(st.lists(st.sampled_from(ids), max_size=most, unique=True))


def _rarely(draw: st.DrawFn) -> bool:
    """True now and then (about a quarter of draws): for fields most plans leave out, so
    they show up without slowing down every example."""
    return draw(st.integers(0, 3)) == 0


def _maybe(draw: st.DrawFn, ids: list[str]) -> str | None:
    return draw(st.none() | st.sampled_from(ids)) if ids else None


def _review(draw: st.DrawFn, i: int, people: list[str], covered: list[str]) -> dict[str, Any]:
    """A review; now and then scheduled on dates, besides its cadence or instead of it."""
    review: dict[str, Any] = {"id": f"R{i}", "cadence": draw(_CADENCES),
                              "chair": _maybe(draw, people), "covers": _some(draw, covered),
                              "last_held": draw(dates())}
    if _rarely(draw):
        review["dates"] = draw(st.lists(dates(), min_size=1, max_size=4))
        if draw(st.booleans()):
            review["cadence"] = None
    return review


def _measurement(draw: st.DrawFn) -> dict[str, Any]:
    point: dict[str, Any] = {"value": draw(_numbers())}
    if draw(st.booleans()):
        point["date"] = draw(dates())
    return point


def _change(draw: st.DrawFn, baseline: dict[str, Any] | None) -> float | int | str:
    """A target's change from the baseline: a percentage of it from -100% up (never of a
    baseline of 0, which no percentage moves), or a number in the metric's unit."""
    zero = baseline is not None and baseline.get("value") == 0
    if not zero and draw(st.integers(0, 2)) > 0:  # mostly percentages, as plans write them
        tenths = draw(st.integers(-1000, 3000))  # -100.0% to +300.0%
        whole, part = divmod(abs(tenths), 10)
        sign = "-" if tenths < 0 else draw(st.sampled_from(["+", ""]))
        return f"{sign}{whole}{f'.{part}' if part else ''}{draw(st.sampled_from(['%', ' %']))}"
    return draw(_numbers())


def _target(draw: st.DrawFn, baseline: dict[str, Any] | None,
            dated: bool = False) -> dict[str, Any]:
    """A target: a value, or now and then a change from the baseline (never both)."""
    if not _rarely(draw):
        point = _measurement(draw)
        if dated:
            point["date"] = draw(dates())
        return point
    target: dict[str, Any] = {"change": _change(draw, baseline)}
    if dated or draw(st.booleans()):
        target["date"] = draw(dates())
    return target


def _goal_actuals(draw: st.DrawFn) -> list[dict[str, Any]]:
    """A goal's own results, graded done or not: dated, 1 done, 0 not done, the share
    done, or the verdict in words, each with any response."""
    results = []
    for day in draw(st.lists(dates(), min_size=1, max_size=2, unique=True)):
        result: dict[str, Any] = {"date": day}
        if draw(st.booleans()):
            result["value"] = draw(st.sampled_from([0, 1]) | st.floats(0, 1))
        else:
            result["text"] = draw(st.sampled_from(["SUCCESS", "FAILURE", "done", "not done",
                                                   "slipped to May"]))
        if draw(st.booleans()):
            result["response"] = draw(_TEXT)
        results.append(result)
    return results


def _extra(draw: st.DrawFn, extra_fields: ExtraFields, section: str) -> dict[str, Any]:
    return {key: draw(strategy) for key, strategy in extra_fields.get(section, {}).items()}


@st.composite
def plans(draw: st.DrawFn, max_items: int = 6,
          extra_fields: ExtraFields | None = None) -> PlanData:
    """A structurally valid plan with up to ``max_items`` items of each kind;
    ``extra_fields`` maps a section (``goals``) to more fields to draw for its items."""
    extra_fields = extra_fields or {}
    count = st.integers(0, max_items)
    units = [f"U{i}" for i in range(draw(count))]
    people = [f"P{i}" for i in range(draw(count))]
    goals = [f"G{i}" for i in range(draw(count))]
    metrics = [f"M{i}" for i in range(draw(count))]
    initiatives = [f"I{i}" for i in range(draw(count))]
    plan: PlanData = {"planlint": 1}
    info: dict[str, Any] = {"id": "plan", "title": draw(_TEXT)}
    if draw(st.booleans()):
        info["as_of"] = draw(dates())
    if _rarely(draw):
        info["status_as_of"] = draw(dates())
    sponsor = _maybe(draw, people)
    if sponsor is not None:
        info["sponsor"] = sponsor
    if draw(st.booleans()):
        info["vision"] = draw(_TEXT)
    if _rarely(draw):
        info["mission"] = draw(_TEXT)
    if _rarely(draw):
        info["withheld"] = draw(st.lists(st.sampled_from(WITHHELD), min_size=1, max_size=3,
                                         unique=True))
    plan["plan"] = info
    plan["units"] = [{"id": unit, "name": draw(_TEXT),
                      **({"parent": draw(st.sampled_from(units[:i]))}
                         if i and draw(st.booleans()) else {})}
                     for i, unit in enumerate(units)]
    plan["people"] = [{"id": person, "name": draw(_TEXT), "leader": draw(st.booleans()),
                       "unit": _maybe(draw, units), "objectives": _some(draw, goals),
                       "skills": draw(st.lists(st.sampled_from(["finance", "lean", "data"]),
                                               max_size=2, unique=True))}
                      for person in people]
    inline = set(_some(draw, metrics, len(metrics)))
    measured: dict[str, list[Any]] = {goal: [] for goal in goals}
    for metric in metrics:
        if goals and (metric in inline or draw(st.booleans())):
            measured[draw(st.sampled_from(goals))].append(metric)
    definitions = {metric: {**_metric(draw, metric, people, metrics[:i]),
                            **_extra(draw, extra_fields, "metrics")}
                   for i, metric in enumerate(metrics)}
    plan["goals"] = []
    for i, goal in enumerate(goals):
        entry: dict[str, Any] = {
            "id": goal, "title": draw(_TEXT), "owner": _maybe(draw, people),
            "unit": _maybe(draw, units),
            "priority": draw(st.none() | st.sampled_from(["critical", "high", "medium", "low"])),
            "due": draw(st.none() | dates()),
            "metrics": [definitions.pop(m) if m in inline else m for m in measured[goal]],
        }
        if i and draw(st.booleans()):
            entry["parent"] = draw(st.sampled_from(goals[:i]))
        if _rarely(draw):
            entry["actuals"] = _goal_actuals(draw)
        entry["drives"] = _some(draw, goals[:i], 2)
        entry |= _rated(draw)
        plan["goals"].append({key: value for key, value in entry.items() if value is not None})
    plan["metrics"] = list(definitions.values())
    plan["initiatives"] = [_initiative(draw, i, initiatives, goals, people)
                           for i in range(len(initiatives))]
    plan["budgets"] = [{"id": f"B{i}", "amount": draw(st.integers(0, 10**9)),
                        "currency": "USD", "funds": _some(draw, initiatives + goals, 2),
                        **({"spent": draw(st.integers(0, 10**9))} if draw(st.booleans())
                           else {}),
                        **({"response": draw(_TEXT)} if _rarely(draw) else {})}
                       for i in range(draw(count))]
    plan["reviews"] = [_review(draw, i, people, goals + units) for i in range(draw(count))]
    plan["assumptions"] = [{"id": f"A{i}", "statement": draw(_TEXT),
                            "affects": _some(draw, goals), "owner": _maybe(draw, people),
                            "status": draw(st.sampled_from(
                                ["untested", "testing", "validated", "invalidated"])),
                            "check_by": draw(dates())}
                           for i in range(draw(count))]
    plan["communications"] = [{"id": f"C{i}", "title": draw(_TEXT),
                               "audience": draw(st.just("all") | st.just(_some(draw, units))),
                               "cadence": draw(_CADENCES), "owner": _maybe(draw, people),
                               "covers": _some(draw, goals)}
                              for i in range(draw(count))]
    for section, entries in plan.items():
        if section not in ("metrics", "plan", "planlint"):
            for entry in entries:
                entry.update(_extra(draw, extra_fields, section))
    return {key: _without_nulls(value) for key, value in plan.items()}


def _metric(draw: st.DrawFn, metric: str, people: list[str],
            earlier: list[str]) -> dict[str, Any]:
    """A metric, which now and then breaks down one of the ``earlier`` metrics (so
    breakdowns never loop)."""
    definition: dict[str, Any] = {
        "id": metric, "title": draw(_TEXT), "owner": _maybe(draw, people),
        "unit": draw(st.sampled_from(["USD", "%", "count"])),
        "direction": draw(st.sampled_from(["increase", "decrease", "maintain"])),
        "cadence": draw(st.none() | _CADENCES),
        "reporting_lag": draw(st.none() | st.sampled_from(["P0D", "P45D", "P6W", "P2M"])),
        "actuals": [{"date": day, "value": draw(_numbers())}
                    for day in draw(st.lists(dates(), max_size=3, unique=True))],
    }
    baseline = _measurement(draw) if draw(st.booleans()) else None
    if baseline is not None:
        definition["baseline"] = baseline
    if draw(st.booleans()):
        definition["target"] = _target(draw, baseline)
    if _rarely(draw):
        definition["targets"] = [_target(draw, baseline, dated=True)
                                 for _ in range(draw(st.integers(1, 2)))]
    if earlier and _rarely(draw):
        definition["breaks_down"] = draw(st.sampled_from(earlier))
    return definition | _rated(draw, answered=False)


def _initiative(draw: st.DrawFn, index: int, initiatives: list[str], goals: list[str],
                people: list[str]) -> dict[str, Any]:
    start = draw(st.integers(0, 3000))
    return {
        "id": initiatives[index], "title": draw(_TEXT), "owner": _maybe(draw, people),
        "supports": _some(draw, goals), "team": _some(draw, people),
        "status": draw(st.sampled_from(["planned", "active", "done", "cancelled", "blocked",
                                        "on-hold"])),
        "start": (_START + timedelta(days=start)).isoformat(),
        "end": (_START + timedelta(days=start + draw(st.integers(0, 900)))).isoformat(),
        "depends_on": _some(draw, initiatives[:index], 2),
        **_rated(draw),
    }


def _rated(draw: st.DrawFn, answered: bool = True) -> dict[str, Any]:
    """Now and then the plan's own ``rating`` of an item, and (where ``answered``: goals and
    initiatives) its ``response`` to a shortfall."""
    if not _rarely(draw):
        return {}
    rated: dict[str, Any] = {"rating": draw(st.sampled_from(["on-track", "at-risk",
                                                             "off-track"]))}
    if answered and draw(st.booleans()):
        rated["response"] = draw(_TEXT)
    return rated


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [_without_nulls(item) for item in value]
    return value
