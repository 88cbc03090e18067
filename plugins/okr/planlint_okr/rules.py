"""OKR: objectives that are few and qualitative, key results that are measured results.

In OKR terms a goal is an objective and the metrics that measure it are its key
results. An objective says what to achieve in words; its key results say, in numbers,
how everyone will know it was achieved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import partial
from typing import Literal

from pydantic import Field, model_validator

import planlint
from planlint.finding import Finding
from planlint.model import Goal, Metric
from planlint.plan import Plan

#: The methodology these rules judge: they run on plans that say they follow it. OKR
#: practice keeps key results out of performance reviews and pay on purpose, so that
#: people set stretch goals rather than safe ones ("OKRs are not used for performance
#: review feedback or compensation"): the rules asking that goals be in people's
#: objectives (owner-not-accountable, person-without-objectives) are waived.
OKR = planlint.Methodology("okr", "Objectives and key results",
                           aliases=("okrs", "objectives and key results"),
                           waives=("PL601", "PL602"))
rule = partial(planlint.rule, methodology=OKR.name)
#: How the rules' documented examples begin: a plan that follows the methodology.
_PLAN = "planlint: 1\nplan: {methodology: okr}\n"

#: A number, but not one that only says how long something spans (a 6-month roadmap).
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)*(?:\s?%)?"
                     r"(?!-(?:hour|day|week|month|quarter|year)s?\b|\d|[.,]\d)")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: A threshold that says which things count (``deals with at least 80% chance``).
_THRESHOLD = re.compile(r"\bwith (?:at least|at most|more than|less than|fewer than|over"
                        r"|under|above|below) [-+]?\d[\d.,]*(?:\s?%)?", re.IGNORECASE)


def _named(item: Goal | Metric) -> str:
    return f"{item.id} ({item.label})" if item.label != item.id else item.id


def _key_results(plan: Plan, goal: Goal) -> list[str]:
    """The ids of the goal's key results (its metrics), each once, those the plan has
    dropped left out."""
    return [each for each in dict.fromkeys(goal.metrics) if each not in plan.dropped_metrics]


def _targets_in_key_results(plan: Plan, goal: Goal) -> bool:
    """Whether a goal has key results and each one states a target."""
    results = plan.refs(goal, "metrics", Metric)
    return bool(results) and all(
        result.target is not None or result.targets for result in results)


def numbers_in(text: str, allow_years: bool = False) -> list[str]:
    """The numbers written in ``text`` (``20%``, ``1,000``), years left out if asked; a
    span such as ``6-month`` is no number to reach."""
    found = [match.group().strip() for match in _NUMBER.finditer(text)]
    return [n for n in found if not (allow_years and _YEAR.match(n))]


class KeyResultCountOptions(planlint.RuleOptions):
    min_key_results: int = Field(1, ge=0, description="fewest key results an objective has")
    max_key_results: int = Field(5, ge=1, description="most key results an objective has")

    @model_validator(mode="after")
    def _ordered(self) -> KeyResultCountOptions:
        if self.max_key_results < self.min_key_results:
            raise ValueError("max_key_results is below min_key_results")
        return self


@rule(code="OKR001", name="key-result-count", category="metrics",
      severity="warning", options=KeyResultCountOptions,
      fails=_PLAN + "goals:\n  - {id: O1, title: Delight customers, metrics: [KR1, KR2, "
            "KR3, KR4, KR5, KR6]}\nmetrics:\n" + "".join(
                f"  - {{id: KR{n}, title: NPS from 30 to {40 + n}}}\n" for n in range(1, 7)),
      passes=_PLAN + "goals:\n  - {id: O1, title: Delight customers, "
             "metrics: [KR1, KR2]}\nmetrics:\n  - {id: KR1, title: NPS from 30 to 50}"
             "\n  - {id: KR2, title: Churn below 2%}\n")
def key_result_count(plan: Plan, options: KeyResultCountOptions) -> Iterator[Finding]:
    """An objective has more than 5 key results (its metrics), or fewer than
    ``min_key_results``.

    More than five dilutes attention, and focus is the point of setting objectives at
    all. How few is too few is each organisation's own convention (one key result per
    objective is common, "a list of 1-3 key results"), so by default only more than
    five is reported; set ``min_key_results`` to 2 where two sides of every objective
    are to be measured. An objective with no key result at all is unmeasured-goal's.
    Each metric id counts once, and a key result the plan has ``dropped``
    not at all; ``min_key_results`` and ``max_key_results`` set the
    range.
    """
    low, high = options.min_key_results, options.max_key_results
    for goal in plan.goals:
        ids = _key_results(plan, goal)
        count = len(ids)
        where = "metrics" if goal.metrics else None
        if 0 < count < low:
            have = f"only {count} key result" + ("s" if count > 1 else "")
            yield goal.finding(
                f"objective {_named(goal)} has {have}; give it {low} to {high} "
                "under metrics, so progress shows from more than one side", field=where)
        elif count > high:
            extra = [plan.get(each) for each in ids[high:]]
            yield goal.finding(
                f"objective {_named(goal)} has {count} key results, more than "
                f"{high}; keep the {high} that matter most", field=where,
                related=[item.related(f"key result {item.id} is beyond the first {high}")
                         for item in extra if item is not None])


class TooManyObjectivesOptions(planlint.RuleOptions):
    max_objectives: int = Field(5, ge=1, description="most objectives of one unit in one "
                                                     "period")
    period: Literal["quarter", "half", "year"] = Field(
        "quarter", description="the OKR period a goal's due date falls in; a goal's "
        "x-period attribute (such as 2025-Q3) names its period instead")


def period_of(goal: Goal, period: str) -> str | None:
    """The goal's OKR period: its ``x-period`` attribute, else the quarter, half or year
    its ``due`` date falls in; None when it has neither."""
    named = goal.extra.get("x-period")
    if named is not None and str(named).strip():
        return str(named).strip()
    if goal.due is None:
        return None
    year = goal.due.year
    if period == "year":
        return str(year)
    if period == "half":
        return f"{year}-H{1 if goal.due.month <= 6 else 2}"
    return f"{year}-Q{(goal.due.month - 1) // 3 + 1}"


@rule(code="OKR002", name="too-many-objectives", category="formulation",
      severity="warning", options=TooManyObjectivesOptions,
      fails=_PLAN + "goals:\n" + "".join(
          f"  - {{id: O{i}, unit: sales, due: 2025-06-30}}\n" for i in range(1, 7)),
      passes=_PLAN + "goals:\n" + "".join(
          f"  - {{id: O{i}, unit: sales, due: 2025-06-30}}\n" for i in range(1, 6))
             + "  - {id: O6, unit: sales, due: 2025-09-30}\n")
def too_many_objectives(plan: Plan, options: TooManyObjectivesOptions) -> Iterator[Finding]:
    """A unit has more than 5 objectives in one period.

    When everything is a priority nothing is: a team can pursue a handful of objectives
    at once, and each one beyond that takes attention from the rest. A goal's period is
    its ``x-period`` attribute (``2025-Q3``), else the quarter (or ``period``: half,
    year) its ``due`` date falls in; goals with neither are not counted. Goals without a
    unit are counted together as the plan's own. Individual OKRs, where each of a
    unit's objectives in the period has an owner and every owner holds several, are
    each person's own set, and are counted per person.
    """
    groups: dict[tuple[str | None, str], list[Goal]] = {}
    for goal in plan.goals:
        when = period_of(goal, options.period)
        if when is not None:
            groups.setdefault((goal.unit, when), []).append(goal)
    limit = options.max_objectives
    for (unit, when), goals in groups.items():
        if len(goals) <= limit or _individual_within(goals, limit):
            continue
        first = goals[limit]
        who = f"unit {unit}" if unit is not None else "the plan (goals with no unit)"
        yield first.finding(
            f"{who} has {len(goals)} objectives for {when}, more than {limit}; goal "
            f"{first.id} is the first beyond the limit: keep the {limit} that matter most "
            "and move the others to a later period or drop them",
            related=[goal.related(f"goal {goal.id} is one of {unit or 'the plan'}'s "
                                  f"objectives for {when}") for goal in goals if goal is not first])


def _individual_within(goals: list[Goal], limit: int) -> bool:
    """Whether ``goals`` are individual OKRs (every goal has an owner, and each of
    several owners holds more than one) and each person's own set is within ``limit``."""
    if any(goal.owner is None for goal in goals):
        return False
    sets = Counter(goal.owner for goal in goals).values()
    return len(sets) > 1 and all(1 < count <= limit for count in sets)


class ActivityOptions(planlint.RuleOptions):
    activity_verbs: list[str] = Field(
        [], description="words (or phrases) that, starting the title of a key result that "
                        "counts something (Run 5 user tests), mark it as an activity too; "
                        "deliverables are activities whatever their verb")


def activity_in(title: str, verbs: list[str]) -> str | None:
    """The activity verb ``title`` starts with, if any (whole words, any case)."""
    text = " ".join(title.lower().split())
    for verb in sorted(verbs, key=len, reverse=True):
        phrase = " ".join(verb.lower().split())
        if text == phrase or (text.startswith(phrase) and not text[len(phrase)].isalnum()):
            return phrase
    return None


@rule(code="OKR003", name="activity-key-result", category="metrics",
      severity="warning", options=ActivityOptions,
      fails=_PLAN + "goals:\n  - {id: O1, title: A mobile app customers love, "
                    "metrics: [KR1, KR2]}\nmetrics:\n"
                    "  - {id: KR1, title: Launch the new mobile app}\n"
                    "  - {id: KR2, title: Publish the app in both stores}\n",
      passes=_PLAN + "goals:\n"
                     "  - {id: O1, title: A mobile app customers love, metrics: [KR1, KR2]}\n"
                     "  - {id: O2, title: Search scales to our largest customers, "
                     "metrics: [KR3, KR4]}\n"
                     "  - {id: O3, title: An index that grows with them, parent: O2, "
                     "metrics: [KR5]}\n"
                     "metrics:\n"
                     "  - {id: KR1, title: Launch the new mobile app}\n"
                     "  - {id: KR2, title: Monthly active users of the mobile app from 10k "
                     "to 50k}\n"
                     "  - {id: KR3, title: Deploy a sharded search index}\n"
                     "  - {id: KR4, title: Search can return results across 80k repos}\n"
                     "  - {id: KR5, title: Ship the shard rebalancer}\n")
def activity_key_result(plan: Plan, options: ActivityOptions) -> Iterator[Finding]:
    """An objective's key results (its metrics) are all deliverables, such as "Launch the
    new mobile app": none measures a result.

    Activities can all be done while nothing improves: the app is launched and nobody
    uses it. A key result states the change the activity should bring, so the team
    stays free to find the best way to get there. Many teams accept a deliverable among
    an objective's key results ("completed, yes or no"), so one is no defect; an
    objective whose every key result is a deliverable measures only that work was done.
    A key result is a deliverable when it is a milestone, done or not: its ``kind`` says
    so, or planlint tells it from the wording (a verb of delivery and no quantity; see
    metric-without-target); a condition that holds or not (``Search can return results
    across 80k repos``) is a result. Whether a count of things done (``Run 5 user
    tests``) is an activity or a result depends on the team, so a count counts as an
    activity only when its title starts with one of ``activity_verbs`` (none by
    default). A team's objective under an objective that measures a result delivers
    toward that result: its deliverables are the way there, and the result is judged
    above, so it is no finding.
    """
    def work(metric: Metric) -> bool:
        measure = plan.measure(metric)
        verb = activity_in(metric.title or metric.name or "", options.activity_verbs)
        return (measure.kind == "milestone" and not measure.condition) or (
            measure.kind == "count" and verb is not None)

    for goal in plan.goals:
        results = [metric for metric in plan.refs(goal, "metrics", Metric)
                   if metric.id not in plan.dropped_metrics]
        if not results or not all(work(metric) for metric in results):
            continue
        above = plan.closure([goal], "parent", Goal)
        del above[goal.id]
        if any(not work(metric) for upper in above.values()
               for metric in plan.refs(upper, "metrics", Metric)
               if metric.id not in plan.dropped_metrics):
            continue
        names = ", ".join(_named(metric) for metric in results)
        every = "its only key result" if len(results) == 1 else "every key result"
        yield goal.finding(
            f"objective {_named(goal)} measures no result: {every} is work to be done "
            f"({names}); add a key result that says what changes once it is done, such "
            "as 'monthly active users from 10k to 50k', and track the work as "
            "initiatives", field="metrics",
            related=[metric.related(f"key result {metric.id} is a deliverable")
                     for metric in results])


class NumberOptions(planlint.RuleOptions):
    allow_years: bool = Field(True, description="a year (1900-2099) is not a number here")


@rule(code="OKR004", name="objective-with-number", category="formulation",
      severity="info", options=NumberOptions,
      fails=_PLAN + "goals:\n  - {id: O1, title: Grow revenue by 20%}\n",
      passes=_PLAN + "goals:\n  - {id: O1, title: Become the brand customers "
             "recommend in 2025}\n  - {id: O2, title: Line up deals with at least 80% "
             "chance of closure, metrics: [K1]}\nmetrics:\n  - {id: K1, title: Tier 1 "
             "deals, target: {value: 3, date: 2025-09-30}}\n")
def objective_with_number(plan: Plan, options: NumberOptions) -> Iterator[Finding]:
    """An objective (goal) has a number in its title.

    An objective says in words what to achieve and why it matters, so people remember
    it and rally to it; the numbers belong in its key results, where they can change as
    the team learns without changing the ambition. Years are allowed unless
    ``allow_years`` is false, and so is a span (``Publish a 6-month roadmap``), which says
    what the objective is rather than how much of it to reach. A goal under an objective
    that has no key result of its own is a team's goal standing for a key result of the
    objective above (a table of team goals, each a deliverable toward it): its number is
    its target, as a key result's is, and it is no finding. Nor is a threshold that says
    which things the objective's key results count (``Line up the pipeline with at least
    80% chance of closure`` over key results of 3 and 10 deals) when every key result
    states its own target: the numbers to reach are already in the key results.
    """
    for goal in plan.goals:
        if goal.parent is not None and not _key_results(plan, goal):
            continue
        title = goal.title or goal.name
        if title and _targets_in_key_results(plan, goal):
            title = _THRESHOLD.sub("", title)
        found = numbers_in(title, options.allow_years) if title else []
        if found:
            yield goal.finding(
                f"objective {goal.id} ({title}) contains the number {found[0]}; say what to "
                "achieve in words and move the number to a key result's target",
                field="title" if goal.title else "name")
