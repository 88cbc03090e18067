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

from pydantic import ConfigDict, Field, model_validator

import planlint
from planlint.finding import Finding
from planlint.measures import Measure
from planlint.model import Goal, Metric
from planlint.patterns import LazyPattern
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

#: A number, but not one joined to the word after it, which names a kind: how long
#: something spans (a 6-month roadmap) or what sort it is (2-way IT, a 360-degree review);
#: a multiple (10-fold) or a count of instances (a 1-off delay) is a number.
_NUMBER = LazyPattern(r"(?<![\w.])[-+]?\d+(?:[.,]\d+)*(?:\s?%)?"
                      r"(?!-(?!fold\b|times\b|percent\b|off\b)[a-z]+\b(?!-)|\d|[.,]\d)",
                      re.IGNORECASE)
_YEAR = LazyPattern(r"^(?:19|20)\d\d$")
#: A team's name before a key result it passes through: up to four words, then a colon
#: or a dash (``Manage:Foundations -``, ``Platform:``).
_TEAM_LABEL = LazyPattern(r"^(?:\S+\s+){0,3}?\S+?\s*(?::|\s[-\u2013\u2014])\s+")
_WORD = LazyPattern(r"\w+")
#: Verbs that open a key result stating a state to reach, a result (``Become CKA``).
_STATE_VERBS = ["become", "becoming"]
#: A threshold that says which things count (``deals with at least 80% chance``).
_THRESHOLD = LazyPattern(r"\bwith (?:at least|at most|more than|less than|fewer than|over"
                         r"|under|above|below) [-+]?\d[\d.,]*(?:\s?%)?", re.IGNORECASE)
#: A rank that names which things an objective is about (``the top 100 projects``), a
#: population, not an amount to reach.
_RANKED = LazyPattern(r"\b(?:top|bottom) \d[\d,]*(?!\s?%)\b", re.IGNORECASE)
#: Others brought to act, how many of them (``get 20 to join``, ``get 5 teams to adopt
#: it``): a result of the work, not the work.
_GETS_OTHERS = LazyPattern(r"\bget (?:at least )?\d[\d,]*(?: \w+)? to \w+", re.IGNORECASE)


def _named(item: Goal | Metric) -> str:
    return f"{item.id} ({item.label})" if item.label != item.id else item.id


def _key_results(plan: Plan, goal: Goal) -> list[str]:
    """The ids of the goal's key results (its metrics), each once, those the plan has
    dropped left out."""
    return [each for each in dict.fromkeys(goal.metrics) if each not in plan.dropped_metrics]


def _without_copies(plan: Plan, ids: list[str]) -> list[str]:
    """``ids`` less the later of two key results one of which repeats the other for a
    team (see :func:`_copies`)."""
    metrics = [item for each in ids if isinstance(item := plan.get(each), Metric)]
    copies = {later.id for index, later in enumerate(metrics)
              if any(_copies(later, earlier) or _copies(earlier, later)
                     for earlier in metrics[:index])}
    return [each for each in ids if each not in copies]


def _only_named(plan: Plan, metric_id: str) -> bool:
    """Whether a key result is a measure the plan only names (``App load time``): no
    target, figure, direction, unit, cadence, source, owner or reading, in its fields
    or its wording; a quantity to watch, not a result the objective commits to."""
    metric = plan.get(metric_id)
    if not isinstance(metric, Metric) or not metric.title:
        return False
    measure = plan.measure(metric)
    stated = (metric.target, metric.baseline, metric.direction, metric.unit, metric.cadence,
              metric.source, metric.owner)
    return measure.kind in ("level", "count") and all(field is None for field in stated) \
        and not (metric.targets or metric.actuals or measure.states_target or measure.aims
                 or measure.holds or measure.condition)


def _copies(copy: Metric, kept: Metric) -> bool:
    """Whether ``copy`` is ``kept`` passed through to a team: the same target and unit,
    and its title, past a label before a colon or a dash (``Platform -``), uses only
    words of ``kept``'s."""
    if copy.target is None or copy.unit is None or (copy.target, copy.unit) != (
            kept.target, kept.unit):
        return False
    title = copy.title or ""
    label = _TEAM_LABEL.match(title)
    words = set(_WORD.findall(title[label.end():].casefold())) if label else set()
    return bool(words) and words <= set(_WORD.findall((kept.title or "").casefold()))


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
    model_config = ConfigDict(defer_build=True)  # built when an OKR rule first runs

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
             "metrics: [KR1, KR2]}\n  - {id: O2, title: A modern interface, "
             "metrics: [KR1, KR2, KR3, KR4, B1, B2, W1]}\nmetrics:\n"
             "  - {id: KR1, title: NPS from 30 to 50}\n  - {id: KR2, title: Churn below 2%}\n"
             "  - {id: KR3, title: Pages under 2 s from 60% to 90%}\n"
             "  - {id: KR4, title: Accessibility score from 80 to 95}\n"
             "  - {id: B1, title: Migrate 560 buttons, unit: buttons, target: {value: 560}}\n"
             "  - {id: B2, title: 'Platform - Migrate 560 buttons', unit: buttons, "
             "target: {value: 560}}\n  - {id: W1, title: App load time}\n")
def key_result_count(plan: Plan, options: KeyResultCountOptions) -> Iterator[Finding]:
    """An objective has more than 5 key results (its metrics), or fewer than
    ``min_key_results``.

    More than five dilutes attention, and focus is the point of setting objectives at all.
    How few is too few is each organisation's own convention (one key result per objective
    is common, "a list of 1-3 key results"), so by default only more than five is reported;
    set ``min_key_results`` to 2 where two sides of every objective are to be measured. An
    objective with no key result at all is unmeasured-goal's. Each metric id counts once,
    and a key result the plan has ``dropped`` not at all; ``min_key_results`` and
    ``max_key_results`` set the range. A key result listed again for a team that passes it
    through (``Platform - Migrate 560 buttons`` beside ``Migrate 560 buttons``: the same
    words after a label before a colon or dash, the same target and unit) is one result,
    counted once, as managers and their reports may share a key result. A measure the
    objective only names (``App load time``, with no target, figure, direction, unit,
    cadence, source, owner or reading) is a quantity the team watches, not a result it
    commits to, and does not count toward the most. A plan that says the measures of its
    objectives are kept in another document it names (``plan: withheld: [metrics]``, or an
    objective's own ``withheld: [metrics]``) is not asked for more key results than it
    publishes: the others are there; too many is still reported.
    """
    kept_out = plan.withheld_ids("metrics")
    for goal in plan.goals:
        low, high = options.min_key_results, options.max_key_results
        if goal.id in kept_out:
            low = 0
        ids = _without_copies(plan, _key_results(plan, goal))
        count = len(ids)
        where = "metrics" if goal.metrics else None
        if 0 < count < low:
            have = f"only {count} key result" + ("s" if count > 1 else "")
            yield goal.finding(
                f"objective {_named(goal)} has {have}; give it {low} to {high} "
                "under metrics, so progress shows from more than one side", field=where)
        elif len([each for each in ids if not _only_named(plan, each)]) > high:
            extra = [plan.get(each) for each in ids[high:]]
            yield goal.finding(
                f"objective {_named(goal)} has {count} key results, more than "
                f"{high}; keep the {high} that matter most", field=where,
                related=[item.related(f"key result {item.id} is beyond the first {high}")
                         for item in extra if item is not None])


class TooManyObjectivesOptions(planlint.RuleOptions):
    model_config = ConfigDict(defer_build=True)

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

    When everything is a priority nothing is: a team can pursue a handful of objectives at
    once, and each one beyond that takes attention from the rest. A goal's period is its
    ``x-period`` attribute (``2025-Q3``), else the quarter (or ``period``: half, year) its
    ``due`` date falls in; goals with neither are not counted. Goals without a unit are
    counted together as the plan's own. Individual OKRs, where each of a unit's objectives
    in the period has an owner and every owner holds several, are each person's own set, and
    are counted per person.
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
    model_config = ConfigDict(defer_build=True)

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
                     "  - {id: O4, title: Grow as an engineer, metrics: [KR6]}\n"
                     "  - {id: O5, title: A weekly newsletter, metrics: [KR7, KR8, KR9]}\n"
                     "metrics:\n"
                     "  - {id: KR1, title: Launch the new mobile app}\n"
                     "  - {id: KR2, title: Monthly active users of the mobile app from 10k "
                     "to 50k}\n"
                     "  - {id: KR3, title: Deploy a sharded search index}\n"
                     "  - {id: KR4, title: Search can return results across 80k repos}\n"
                     "  - {id: KR5, title: Ship the shard rebalancer}\n"
                     "  - {id: KR6, title: Become a certified Kubernetes administrator}\n"
                     "  - {id: KR7, title: Create the newsletter, "
                     "actuals: [{date: 2018-09-30, value: 1}]}\n"
                     "  - {id: KR8, title: Reach 100 subscribers, "
                     "actuals: [{date: 2018-09-30, value: 0}]}\n"
                     "  - {id: KR9, title: 'Invite members officially, get 20 to join', "
                     "actuals: [{date: 2018-09-30, value: 0}]}\n")
def activity_key_result(plan: Plan, options: ActivityOptions) -> Iterator[Finding]:
    """An objective's key results (its metrics) are all deliverables, such as "Launch the
    new mobile app": none measures a result.

    Activities can all be done while nothing improves: the app is launched and nobody uses
    it. A key result states the change the activity should bring, so the team stays free to
    find the best way to get there. Many teams accept a deliverable among an objective's key
    results ("completed, yes or no"), so one is no defect; an objective whose every key
    result is a deliverable measures only that work was done. A key result is a deliverable
    when it is a milestone, done or not: its ``kind`` says so, or planlint tells it from the
    wording (a verb of delivery and no quantity; see metric-without-target); a condition
    that holds or not (``Search can return results across 80k repos``) is a result, and so
    is a state to reach (``Become a certified Kubernetes administrator``, ``Become the
    default storage``): what becomes true once the work is done, not the work. Whether a
    count of things done (``Run 5 user tests``) is an activity or a result depends on the
    team, so a count counts as an activity only when its title starts with one of
    ``activity_verbs`` (none by default). A key result ticked done or not whose words state
    a figure to reach (``Reach 100 subscribers``, ``Have 70% of key users report a positive
    experience``, ``invite members, get 20 to join``) is a result too: what the box says was
    reached is what changes, not the work. A team's objective under an objective that
    measures a result delivers toward that result: its deliverables are the way there, and
    the result is judged above, so it is no finding; a figure only ticked reached or not
    above it shows no progress the work moves, and does not excuse it.
    """
    def deliverable(metric: Metric) -> bool:
        measure = plan.measure(metric)
        title = metric.title or metric.name or ""
        verb = activity_in(title, options.activity_verbs)
        return (measure.kind == "milestone" and not measure.condition
                and activity_in(title, _STATE_VERBS) is None) or (
            measure.kind == "count" and verb is not None)

    def work(metric: Metric) -> bool:
        measure = plan.measure(metric)
        return deliverable(metric) and not (measure.kind == "milestone" and _figure_to_reach(
            measure, metric.title or metric.name or ""))

    for goal in plan.goals:
        results = [metric for metric in plan.refs(goal, "metrics", Metric)
                   if metric.id not in plan.dropped_metrics]
        if not results or not all(work(metric) for metric in results):
            continue
        above = plan.closure([goal], "parent", Goal)
        del above[goal.id]
        if any(not deliverable(metric) for upper in above.values()
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


def _figure_to_reach(measure: Measure, title: str) -> bool:
    """Whether a key result's wording states a figure to reach (``Reach 100
    subscribers``, ``Have 70% of key users report a positive experience``, ``get 20 to
    join``): a result, even where its box is only ticked done or not."""
    return measure.target is not None or bool(_GETS_OTHERS.search(title))


class NumberOptions(planlint.RuleOptions):
    model_config = ConfigDict(defer_build=True)

    allow_years: bool = Field(True, description="a year (1900-2099) is not a number here")


@rule(code="OKR004", name="objective-with-number", category="formulation",
      severity="info", options=NumberOptions,
      fails=_PLAN + "goals:\n  - {id: O1, title: Grow revenue by 20%}\n",
      passes=_PLAN + "goals:\n  - {id: O1, title: Become the brand customers "
             "recommend in 2025}\n  - {id: O2, title: Line up deals with at least 80% "
             "chance of closure, metrics: [K1]}\n  - {id: O3, title: The top 10,000 "
             "projects are free of critical vulnerabilities}\nmetrics:\n"
             "  - {id: K1, title: Tier 1 "
             "deals, target: {value: 3, date: 2025-09-30}}\n")
def objective_with_number(plan: Plan, options: NumberOptions) -> Iterator[Finding]:
    """An objective (goal) has a number in its title.

    An objective says in words what to achieve and why it matters, so people remember it and
    rally to it; the numbers belong in its key results, where they can change as the team
    learns without changing the ambition. Years are allowed unless ``allow_years`` is false,
    and so is a span (``Publish a 6-month roadmap``) or another number joined to the word
    after it (``Self-service, 2-way IT``, a 360-degree review), which says what the
    objective is rather than how much of it to reach. A goal under an objective that has no
    key result of its own is a team's goal standing for a key result of the objective above
    (a table of team goals, each a deliverable toward it): its number is its target, as a
    key result's is, and it is no finding. Nor is a threshold that says which things the
    objective's key results count (``Line up the pipeline with at least 80% chance of
    closure`` over key results of 3 and 10 deals) when every key result states its own
    target: the numbers to reach are already in the key results. Nor is a rank that names
    the things the objective is about (``the top 10,000 projects are free of critical
    vulnerabilities``): a population, not an amount to reach.
    """
    for goal in plan.goals:
        if goal.parent is not None and not _key_results(plan, goal):
            continue
        title = goal.title or goal.name
        if title and _targets_in_key_results(plan, goal):
            title = _THRESHOLD.sub("", title)
        found = numbers_in(_RANKED.sub("", title), options.allow_years) if title else []
        if found:
            yield goal.finding(
                f"objective {goal.id} ({title}) contains the number {found[0]}; say what to "
                "achieve in words and move the number to a key result's target",
                field="title" if goal.title else "name")
