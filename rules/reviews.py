"""PL8 monitoring: the plan is reviewed, measured and adjusted while it runs.

The review rules: each goal has a forum whose cadence is stated and often enough to
adjust the plan over the goal's term, and its meetings are held when due at the as-of
date (:mod:`planlint.timeline`). Figures read when due are in
:mod:`planlint.rules.staleness`; results against targets in
:mod:`planlint.rules.off_track`; work and money in :mod:`planlint.rules.monitoring`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from textwrap import dedent

from pydantic import Field

from planlint.finding import Finding
from planlint.measure_words import strip_label
from planlint.model import (
    EVENT_CADENCES,
    Cadence,
    Goal,
    Initiative,
    Metric,
    Review,
    Unit,
    cadence_days,
)
from planlint.patterns import LazyPattern
from planlint.plan import ABOVE, Plan
from planlint.practice import NAMED, reviewed_without_rhythm
from planlint.ruledef import RuleOptions, rule
from planlint.timeline import (
    add_cadence,
    add_months,
    cadence_step,
    continuing,
    describe_cadence,
    final_target,
)
from planlint.wording import joined

#: How many times, at the least, a goal is reviewed over its term when a review at
#: ``max_cadence`` would be more often than that (an annual review of a five-year plan).
_LOOKS = 4
_MONTH_DAYS = 31


@rule(code="PL801", name="no-review", category="monitoring", severity="error",
      fails=dedent("""\
          planlint: 1
          goals: [{id: G1, title: Return to operating profit}]
          """),
      passes=dedent("""\
          planlint: 1
          goals: [{id: G1, title: Return to operating profit}]
          reviews:
            - {id: R1, title: Monthly strategy review, cadence: monthly, covers: [G1]}
          """))
def no_review(plan: Plan) -> Iterator[Finding]:
    """The plan has goals but no review forum (``reviews``).

    Monitoring, reviewing and adjusting is where strategic management succeeds or fails: a
    plan that nobody meets to review is filed away once it is approved, and nobody notices
    when it goes off track or when conditions change and it should be revised. A plan with
    no goals is reviewed on its measures that have a target (a dashboard of indicators rated
    against their targets, whose misses someone has to decide on); one with neither has
    nothing to review yet and is left alone, and so is one that says it is run through a
    strategy management system (``through which we will plan, monitor and communicate our
    progress``): it states its practice of review, whose forums are the organization's
    internal workings, not the plan's text. Nor is a team's project whose work one person
    owns (see no-strategy-office) and who reports on every goal to a body outside the team
    (a grantee's progress report to its funder): that body reviews the project through the
    report, as grants are reviewed. Nor is one executive's own performance objectives for a
    year, graded at its end (its sponsor lists every goal among their ``objectives`` and
    every goal reports a result dated at the year's end or later: a superintendent's
    objective performance standards, each met): the evaluation that graded them is their
    review.
    """
    reviewed = _to_review(plan)
    if reviewed and not plan.reviews and not plan.managed_in_system \
            and not _reported_outward(plan) and not plan.graded_objectives:
        yield plan.finding(
            f"the plan has {reviewed} but no review forum; add one under reviews with its "
            "cadence, chair and the goals or units it covers")


def _to_review(plan: Plan) -> str:
    """What a plan holds to review, in words: its goals, else its measures that have a
    target (a dashboard of indicators against targets); empty when neither."""
    if plan.goals:
        count = len(plan.goals)
        return f"{count} goal{'' if count == 1 else 's'}"
    targeted = sum(final_target(metric) is not None for metric in plan.metrics)
    return f"{targeted} measure{'' if targeted == 1 else 's'} with a target" if targeted \
        else ""


def _reported_outward(plan: Plan) -> bool:
    """Whether a team's project lead (:attr:`planlint.plan.Plan.project_lead`) reports on
    every goal to units outside the team and the units above it."""
    team = plan.team_unit
    lead = plan.project_lead
    if team is None or lead is None:
        return False
    inside = {team.id, *plan.unit_ancestors(team.id)}
    goals = {goal.id for goal in plan.goals}
    return any(communication.owner == lead and goals <= set(communication.covers)
               and isinstance(communication.audience, tuple) and communication.audience
               and inside.isdisjoint(communication.audience)
               for communication in plan.communications)


@rule(code="PL810", name="review-without-cadence", category="monitoring",
      severity="warning",
      fails=dedent("""\
          planlint: 1
          goals: [{id: G1, title: Return to operating profit}]
          reviews:
            - {id: R1, title: Project steering committee, covers: [G1]}
          """),
      passes=dedent("""\
          planlint: 1
          goals: [{id: G1, title: Return to operating profit}]
          reviews:
            - {id: R1, title: Roadmap retrospective at each new roadmap, cadence: per event,
               covers: [G1]}
            - {id: R2, title: Audit committee}
          """))
def review_without_cadence(plan: Plan) -> Iterator[Finding]:
    """The plan names review forums, but none of them says how often it meets.

    A forum that meets "when needed" gives the plan no rhythm of review: nobody knows when
    progress will next be looked at, so drifting off track or a change that calls for
    revising the plan waits for someone to call a meeting. One forum that meets on a stated
    ``cadence`` sets the rhythm; others without one (an audit committee, an all-hands) may
    meet as they need, so only a plan none of whose forums states a cadence is reported,
    once. A review the plan holds at every meeting of a standing body, as its title says
    (``safety performance reviews at all meetings of the Board``, ``priorities reviewed
    every meeting``, a ``standing item`` of its meetings), or at its regular meetings
    (``Regular board meetings``, ``regular meetings of the Council``: those its bylaws or
    standing orders schedule, as against special meetings called when needed) has that
    body's rhythm: it is an item of each of its meetings, not a meeting called when needed,
    so it sets the rhythm too ("regular" alone, ``regular meetings`` of a team or ``regular
    progress updates``, names no body whose calendar it follows); so does one held, as its
    title says, as a stand-up meeting or a huddle (``huddle board meetings`` of a Lean
    management system's units, a ward's safety huddles, an agile team's stand-up), a short
    standing meeting held every day, shift or week by its kind; one whose title names the
    period it recurs at (``Annual review``, ``FY23 End of Year Results and Learnings
    Report``, a Japanese city's ``事務事業評価 令和7年度``, the evaluation of its projects for a
    fiscal year): it comes round with that period; and one scheduled on ``dates`` (a school
    plan's review dates, a project's mid-term and final review): the plan says when it
    meets, and whether that is often enough is review-cadence-too-slow's question; so, in a
    plan that states its horizon, does one whose title names its place in the plan's term (a
    five-year plan's ``Mid-term evaluation`` and ``Final evaluation``, ``中期评估`` and
    ``总结评估``): that place is its date. So does a ``cadence`` of ``per event``, a review held
    at each event its title or description names (each release series' end, "When a new
    roadmap is introduced"): a rhythm tied to an event rather than to the calendar. A plan
    with no review forum at all is no-review's.
    """
    if not reviewed_without_rhythm(plan):
        return
    named = [review.id for review in plan.reviews]
    forums = (f"the plan's one review forum, {named[0]}, does not say" if len(named) == 1
              else f"none of the plan's {len(named)} review forums ({joined(named[:NAMED])}"
                   f"{' and more' if len(named) > NAMED else ''}) says")
    yield plan.finding(
        f"{forums} how often it meets; set the cadence of the forum that reviews the "
        "plan, so progress is looked at on a rhythm",
        related=[review.related(f"review {review.id} states no cadence")
                 for review in plan.reviews])


#: A group and one of its businesses, each with a goal, and one monthly review.
_GROUP = dedent("""\
    planlint: 1
    units: [{id: enterprise}, {id: mopar, parent: enterprise}]
    goals:
      - {id: G1, title: Return to operating profit, unit: enterprise}
      - {id: G2, title: Grow parts profit, unit: mopar}
    reviews:
      - {id: R1, title: Mopar business review, cadence: monthly, covers: [mopar]}
    """)


@rule(code="PL802", name="unreviewed-goal", category="monitoring", severity="warning",
      fails=_GROUP,
      passes=_GROUP.replace("Mopar business review", "Monthly strategy review")
      .replace("covers: [mopar]", "covers: [enterprise]"))
def unreviewed_goal(plan: Plan) -> Iterator[Finding]:
    """A top-level goal is covered by no review: not directly, not through its unit, and
    not through a unit above its unit.

    The goals at the top of the cascade are the strategy. One that no forum looks at is left
    to drift until the end-of-year evaluation finds it missed. A review that covers a unit
    covers the goals of that unit and of every unit below it; one that covers the plan's top
    unit, when it has exactly one (placed under no other: the group a steering committee
    runs), also covers the goals that name no unit, which are that whole organization's; and
    one that lists nothing under ``covers`` (a board that reviews the plan) covers every
    goal. A goal whose cascade is reviewed below it (a team's forum reviewing the objectives
    it nests under its organisation's) is looked at through them. When the plan has no
    review at all, no-review reports that once instead, and a sub-unit's goal that has no
    parent because its link to the strategy is missing is left to orphan-goal.
    """
    if not plan.reviews or any(not review.covers for review in plan.reviews):
        return
    goals: set[str] = set()
    units: set[str] = set()
    for review in plan.reviews:
        for target in plan.refs(review, "covers"):
            (goals if isinstance(target, Goal) else units).add(target.id)

    top = plan.shared(_top_unit)

    def covered(goal: Goal) -> bool:
        return goal.id in goals or not units.isdisjoint(_covered_through(plan, goal, top))

    linked = plan.linked_goals
    # one walk up from all the covered goals below others, not one walk per goal
    reviewed_below = set(plan.closure([goal for goal in plan.goals
                                       if (goal.parent or goal.also_aligned_to)
                                       and covered(goal)], ABOVE, Goal))
    for goal in plan.top_goals:
        if goal.id not in linked or covered(goal) or goal.id in reviewed_below:
            continue
        if goal.unit is not None:
            why = f", nor does any review cover its unit {goal.unit} or a unit above it"
            fix = f"add {goal.id} or its unit to a review's covers"
        else:
            why, fix = "", f"add {goal.id} to a review's covers"
        yield goal.finding(
            f"top-level {goal.describe()} is covered by no review{why}; {fix}",
            related=[review.related(f"review {review.id} could cover {goal.id}",
                                    "covers" if review.covers else None)
                     for review in plan.reviews])


class ReviewCadenceOptions(RuleOptions):
    max_cadence: Cadence = Field(
        "quarterly", description="the slowest acceptable review cadence: daily, weekly, "
                                 "biweekly, monthly, quarterly, semiannual, annual or an "
                                 "ISO 8601 duration such as P6W")


def _unreviewed_often(plan: Plan,
                      limit: str) -> tuple[dict[str, list[Goal]], dict[str, list[Stretch]]]:
    """For each review that meets too seldom, the goals it covers that no review meets
    often enough for (directly, or through their unit or a unit above it): at least as
    often as ``limit``, or :data:`_LOOKS` times over the goal's term when that is less
    often (see review-cadence-too-slow); a goal several slow reviews cover is given to
    the most frequent of them, the first of equals. With them, for each goal named, the
    stretches longer than that which its reviews' scheduled dates leave (see
    :func:`_spacing`)."""
    unknown: set[str] = set()  # what a review of unknown cadence covers
    whole: list[Review] = []  # the reviews of the whole plan
    covering: dict[str, list[Review]] = defaultdict(list)  # goal or unit id -> its reviews
    for review in plan.reviews:
        if _survey(review) or _analysis(review) or _oversight(plan, review):  # no forum
            continue
        if (review.calendar is None and not review.dates) \
                or _assembly_beside_forum(plan, review):  # may be frequent
            if not review.covers:
                return defaultdict(list), {}
            unknown.update(target.id for target in plan.refs(review, "covers"))
        elif not review.covers:
            whole.append(review)
        else:
            for target in plan.refs(review, "covers"):
                covering[target.id].append(review)
    waiting: dict[str, list[Goal]] = defaultdict(list)
    gaps: dict[str, list[Stretch]] = {}
    if not covering:
        return waiting, gaps
    base = cadence_days(limit)
    top = plan.shared(_top_unit)
    for goal in plan.goals:
        line = _covered_through(plan, goal, top)
        reviews = list({review.id: review for node in line
                        for review in covering.get(node, ())}.values())
        if not reviews or any(node in unknown for node in line):
            continue
        looks = _LOOKS - 1 if _set_at_review(plan, goal, reviews) else _LOOKS
        often = max(base, _term_days(plan, goal) / looks)
        days, stretches = _spacing(plan, goal, [*whole, *reviews])
        if days > often + _SAME_DAY and not _reviewed_at_each_reading(plan, goal, days) \
                and not _standing_practice(plan, goal, days, [*whole, *reviews]) \
                and not _reviewed_at_midterm(plan, goal, days, [*whole, *reviews]) \
                and not (days <= cadence_days("annual") + _SAME_DAY and _appraised(plan, goal)):
            # one cause, one finding: the goal is named once, at its most frequent review
            nearest = min(reviews, key=lambda review: _spacing(plan, goal, [review])[0])
            waiting[nearest.id].append(goal)
            gaps[goal.id] = [(first, last) for first, last in stretches
                             if (last - first).days > often + _SAME_DAY]
    return waiting, gaps


#: A survey of people's views named as the review (``Biennial stakeholder satisfaction
#: survey of the work programmes``, ``Annual feedback``): the head of the title, after its
#: label and at most three words, ending it or followed by what it is of, on or from (not
#: a meeting about one: ``Staff survey results review``).
_SURVEY = LazyPattern(
    r"(?:[\w'/-]+ ){0,3}?(?:surveys?|questionnaires?|feedback)"
    r"(?:$| \(| (?:of|on|from|about|to|among|by)\b)", re.IGNORECASE,
    needs=("survey", "questionnaire", "feedback"))


def _survey(review: Review) -> bool:
    """Whether a review is a survey of people's views, as its title names it (see
    ``_SURVEY``): a reading taken on the survey's cycle, not a forum that meets to adjust
    the plan."""
    return review.title is not None and _SURVEY.match(strip_label(review.title)) is not None


#: An analysis of results named as the review (``Analysis of the program year's
#: outcomes``, ``Hire Local evaluation (analysis of the Hire Local Plan)``): the head of
#: the title, after at most three words, an analysis, or an evaluation the title calls an
#: analysis, ending it or followed by what it is of; not one a forum's label puts before
#: it (``Personnel Committee: analysis of the recruitment data``), which is that forum's.
_ANALYSIS = LazyPattern(
    r"(?:[\w'/-]+ ){0,3}?(?:analys[ie]s|evaluation(?= \(analys[ie]s\b))"
    r"(?:$| \(| (?:of|on)\b)", re.IGNORECASE,
    needs=("analys", "evaluation"))


def _analysis(review: Review) -> bool:
    """Whether a review is an analysis of results, as its title names it (see
    ``_ANALYSIS``): a study of outcomes made on its data's cycle (a program year's
    training and wage outcomes), not a forum that meets to adjust the plan."""
    return review.title is not None and _ANALYSIS.match(review.title) is not None


#: A review named as one of the group or the project itself, as a whole (``TAC review of
#: the working group``, ``TAC annual project review``), not of its goals or plan.
_GROUP_REVIEW = LazyPattern(
    r"\b(?:project|working[ -]group)s? review\b|"
    r"\breview of (?:the |each |every |all )?(?:working[ -]groups?|projects?)\b",
    re.IGNORECASE, needs=("review",))

#: An abbreviation a unit's name gives in parentheses (``Technical Advisory Council
#: (TAC)``).
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]?[A-Z]{1,6})\)")


def _named_in(title: str, unit: Unit) -> bool:
    """Whether a review's title names a unit: its name before any parenthesis, or the
    abbreviation the name gives (see ``_ABBREVIATION``)."""
    if not unit.name:
        return False
    head = unit.name.split(" (", 1)[0].strip().lower()
    if head and re.search(rf"\b{re.escape(head)}\b", title.lower()):
        return True
    return any(re.search(rf"\b{short}\b", title) for short in _ABBREVIATION.findall(unit.name))


#: A unit whose name makes it a standing forum that steers work (``Management board
#: (includes work package leaders)``, ``Core group``, ``Executive Committee``), not one
#: that advises (``Scientific Advisory Board``).
_STEERING_FORUM = LazyPattern(
    r"^(?!.*\badvisory\b).*\b(?:board|committee|group|council)\b", re.IGNORECASE,
    needs=("board", "committee", "group", "council"))


def _assembly_beside_forum(plan: Plan, review: Review) -> bool:
    """Whether a review is the meeting of a body the plan names as a unit (its name, or
    the abbreviation the name gives, in the title) within the one unit it covers, beside
    which the plan names, within that unit too, a forum that steers the work (see
    ``_STEERING_FORUM``) and that no review of the plan is held by: a consortium's General
    Assembly of its partners, or a COST Action's Management Committee of its member
    countries, meets about once a year by design, while its management board or core
    group steers the work between, at a rhythm the plan does not state."""
    title = review.title
    if title is None or len(review.covers) != 1:
        return False
    forums = plan.shared(_unreviewed_forums).get(review.covers[0])
    if not forums:
        return False
    inside = plan.shared(_units_within).get(review.covers[0], [])
    holders = {unit.id for unit in inside if _named_in(title, unit)}
    return bool(holders) and any(unit.id not in holders for unit in forums)


def _units_within(plan: Plan) -> dict[str, list[Unit]]:
    """The units directly within each unit, by its id."""
    within: dict[str, list[Unit]] = defaultdict(list)
    for unit in plan.units:
        if unit.parent is not None:
            within[unit.parent].append(unit)
    return within


def _unreviewed_forums(plan: Plan) -> dict[str, list[Unit]]:
    """The units within each unit that are forums steering work (see
    ``_STEERING_FORUM``) and that no review of the plan names in its title, by the id of
    the unit they are within."""
    forums = [unit for unit in plan.units if unit.parent is not None and unit.name
              and _STEERING_FORUM.search(unit.name)]
    if not forums:
        return {}
    titles = [review.title for review in plan.reviews if review.title]
    found: dict[str, list[Unit]] = defaultdict(list)
    for unit in forums:
        if unit.parent is not None and not any(_named_in(title, unit) for title in titles):
            found[unit.parent].append(unit)
    return found


def _oversight(plan: Plan, review: Review) -> bool:
    """Whether a review is a parent body's oversight of the plan's group or project as a
    whole: its title names it as a review of the working group or the project (see
    ``_GROUP_REVIEW``), held by a body the plan names as a unit (its name, or the
    abbreviation the name gives, in the title) that none of the goals it covers belongs
    to, directly or through the units it covers (a foundation's TAC reviewing each of its
    working groups or projects once a year by its rules)."""
    title = review.title
    if title is None or _GROUP_REVIEW.search(title) is None:
        return False
    team: set[str | None] = set()
    for target in plan.refs(review, "covers"):
        team.add(target.unit if isinstance(target, Goal) else target.id)
    return any(unit.id not in team and _named_in(title, unit) for unit in plan.units)


def _appraised(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is people's own objectives for a year: a person's own objective
    (:meth:`Plan.own_year_objective`), or a goal whose sub-goals all are (an annual
    incentive's individual component, split into each officer's own goals): set at the
    start of the year and judged in the appraisal after it."""
    if plan.own_year_objective(goal):
        return True
    parts = plan.subgoals(goal)
    return bool(parts) and all(plan.own_year_objective(part) for part in parts)


#: A stretch of a goal's term without a scheduled review: its first and last day.
Stretch = tuple[date, date]

#: How much longer than the interval asked for a stretch may be and still count as no
#: longer (rounding of a cadence's length in days).
_SAME_DAY = 1e-9

#: How far short of a number of cadences, in days, a term may fall and still hold them:
#: a cadence's length in days is an average over the calendar.
_CALENDAR_DAY = 1.0


def _spacing(plan: Plan, goal: Goal, reviews: list[Review]) -> tuple[float, list[Stretch]]:
    """How far apart, at the most, ``reviews`` look at a goal, in days: the length of the
    most frequent cadence among them, or the longest of the stretches that the scheduled
    ``dates`` of those that state no cadence leave together (see :func:`_stretches`, given
    with it), whichever is shorter. Infinite when neither."""
    cadences = [cadence_days(review.calendar) for review in reviews if review.calendar]
    rhythm = min(cadences) if cadences else float("inf")
    dates = [day for review in reviews if not review.calendar and review.dates
             for day in review.meetings]
    if not dates:
        return rhythm, []
    stretches = _stretches(plan, goal, dates)
    longest = max(((last - first).days for first, last in stretches), default=0)
    return (longest, stretches) if longest < rhythm else (rhythm, [])


def _stretches(plan: Plan, goal: Goal, dates: list[date]) -> list[Stretch]:
    """The stretches scheduled review dates leave a goal without a review: from the
    goal's start (else the plan's) to the first date, between dates, and from the last
    date to its due date (else the nearest above it, else the plan's end); dates outside
    that term are not counted, and an end of it that is not known starts or ends no
    stretch. The first stretch starts no earlier than the day the plan was set out (see
    :func:`_set_out_on`) when no date falls before that day: the schedule was made then,
    and the weeks of the term before it had passed when it was written."""
    start, due = _term_bounds(plan, goal)
    inside = _inside_term(plan, goal, dates)
    written = plan.shared(_set_out_on)
    if written is not None and start is not None and start < written \
            and (not inside or written < inside[0]):
        start = written
    points = [*([start] if start is not None else []), *inside,
              *([due] if due is not None else [])]
    return list(pairwise(points))


def _term_bounds(plan: Plan, goal: Goal) -> tuple[date | None, date | None]:
    """A goal's term: its start (else the plan's) and its due date (else the nearest
    above it, else the plan's end), each None when not known."""
    horizon = plan.info.horizon
    return goal.start or (horizon.start if horizon is not None else None), plan.due_of(goal)


def _inside_term(plan: Plan, goal: Goal, dates: list[date]) -> list[date]:
    """The scheduled review dates that fall within a goal's term, after its start and
    before its due date (an end not known bounds nothing), sorted, each once."""
    start, due = _term_bounds(plan, goal)
    return sorted({day for day in dates if (start is None or day > start)
                   and (due is None or day < due)})


def _set_out_on(plan: Plan) -> date | None:
    """The day a plan was set out, where its as-of date says so: it reports nothing yet
    (no measure read, no work under way or done, no review held), so the date of its
    status is the date it was written or published (a campus improvement plan generated
    in October for the school year that began in August); else None."""
    if plan.info.as_of is None or any(metric.actuals for metric in plan.metrics) \
            or any(review.last_held for review in plan.reviews):
        return None
    if any(initiative.status not in (None, "planned") for initiative in plan.initiatives):
        return None
    return plan.info.as_of


def _twice_over_term(plan: Plan, goal: Goal, days: float) -> bool:
    """Whether a goal's term holds at least two intervals of ``days`` between its
    reviews, so that one meets before its end, while it can still be adjusted; a
    cadence's length is a calendar average (a half-year is 181 to 184 days), so a term
    short of two by less than a day (a one-year plan reviewed every six months) holds
    them."""
    return _term_days(plan, goal) + _CALENDAR_DAY >= 2 * days


def _looked_at_twice(plan: Plan, goal: Goal, days: float, reviews: list[Review]) -> bool:
    """Whether a goal's ``reviews``, ``days`` apart at the most, look at it more than once
    over its term, one of them before its end: the term holds two such intervals (see
    :func:`_twice_over_term`), or a date its reviews are scheduled on falls within it and
    another look follows, on a second such date or at a review on a cadence the term
    holds once (a one-year plan's standing work monitored in October and by a yearly
    committee)."""
    if _twice_over_term(plan, goal, days):
        return True
    inside = _inside_term(plan, goal, [day for review in reviews
                                       if not review.calendar and review.dates
                                       for day in review.meetings])
    term = _term_days(plan, goal) + _CALENDAR_DAY
    cycles = sum(int(term // cadence_days(review.calendar))
                 for review in reviews if review.calendar)
    return bool(inside) and len(inside) + cycles >= 2


def _with_goals_below(plan: Plan, goal: Goal) -> list[Goal]:
    """A goal and the goals below it."""
    return list(plan.closure([goal], ("parent", "also_aligned_to"), Goal,
                             backward=True).values())


def _reviewed_at_each_reading(plan: Plan, goal: Goal, days: float) -> bool:
    """Whether a goal's reviews, ``days`` apart, meet at each reading of its measures and
    more than once over its term: the goal and the goals below it state measures, each
    read on a stated cycle (its own ``cadence``, else the plan's ``metrics_cadence``) no
    shorter than ``days`` (measures read every two years, reviewed in interim and
    full-term reports), and the term holds at least two such intervals, so a review
    meets before the end, while the goal can still be adjusted, as well as at it."""
    if not _twice_over_term(plan, goal, days):
        return False
    cycles = [metric.cadence for item in _with_goals_below(plan, goal)
              for metric in plan.refs(item, "metrics", Metric)]
    return bool(cycles) and all(cycle is not None and cycle not in EVENT_CADENCES
                                and cadence_days(cycle) + _SAME_DAY >= days
                                for cycle in cycles)


def _standing_practice(plan: Plan, goal: Goal, days: float, reviews: list[Review]) -> bool:
    """Whether a goal is practice kept up rather than a result to reach, reviewed more
    than once over its term: neither it nor a goal below it states a due date or a
    measure, and the work serving them is all continuing duties (``kind: ongoing``: an
    employer's recruitment practice, "April 2024 and ongoing"), with none to finish by a
    date; its ``reviews`` look at it more than once over its term (see
    :func:`_looked_at_twice`), so one meets while the year's practice can be changed."""
    if not _looked_at_twice(plan, goal, days, reviews):
        return False
    goals = _with_goals_below(plan, goal)
    if any(item.due is not None or item.metrics for item in goals):
        return False
    work = [initiative for item in goals
            for initiative in plan.referrers(item, "supports", Initiative)]
    return bool(work) and all(continuing(initiative) for initiative in work)


#: A review named as the mid-term review of a plan (``Mid-term review of the KHSSP
#: 2014-2018``, ``Midterm evaluation``).
_MIDTERM = LazyPattern(r"\bmid-? ?term (?:reviews?|evaluations?)\b", re.IGNORECASE,
                       needs=("term",))
_MIDTERM_YEARS = 2  # years at most between the looks of a plan reviewed at mid-term


def _reviewed_at_midterm(plan: Plan, goal: Goal, days: float, reviews: list[Review]) -> bool:
    """Whether a goal is looked at in the middle of its term by a review the plan names
    its mid-term review (see ``_MIDTERM``), scheduled on a date within its term, which has
    a known end, and its reviews, ``days`` apart at the most, leave no stretch longer
    than two years: a sector plan of a few years reviewed at mid-term and at its end."""
    if days > _MIDTERM_YEARS * cadence_days("annual") + _CALENDAR_DAY \
            or _term_bounds(plan, goal)[1] is None:
        return False
    return bool(_inside_term(plan, goal, [
        day for review in reviews if not review.calendar and review.dates
        and _MIDTERM.search(review.title or "") is not None for day in review.meetings]))


def _top_unit(plan: Plan) -> tuple[str, ...]:
    """The plan's top unit, in a tuple: the one unit placed under no other, when the plan
    has exactly one; empty otherwise."""
    tops = [unit.id for unit in plan.units if unit.parent is None]
    return tuple(tops) if len(tops) == 1 else ()


def _covered_through(plan: Plan, goal: Goal, top: tuple[str, ...]) -> tuple[str, ...]:
    """What a review covers a goal through: the goal, its unit and every unit above it;
    for a goal of no unit, the plan's one top unit (``top``, see :func:`_top_unit`),
    whose goals, and those of every unit below it, a review of it covers: a goal that
    names no unit is the whole organization's."""
    return (goal.id, *((goal.unit, *plan.unit_ancestors(goal.unit)) if goal.unit else top))


def _set_at_review(plan: Plan, goal: Goal, reviews: list[Review]) -> bool:
    """Whether a goal was added to the plan at a meeting of a review that covers it: it
    starts after the plan does, on a date that review's cycle of whole months, counted
    back from when it was last held, puts a meeting on, give or take a month (a yearly
    revision "in February or March")."""
    horizon = plan.info.horizon
    start = goal.start
    if start is None or horizon is None or horizon.start is None or start <= horizon.start:
        return False
    for review in reviews:
        if review.last_held is None or review.calendar is None:
            continue
        months, days = cadence_step(review.calendar)
        if days or not months or review.last_held < start:
            continue
        apart = (review.last_held.year - start.year) * 12 + review.last_held.month - start.month
        meeting = add_months(review.last_held, -round(apart / months) * months)
        if abs((meeting - start).days) <= _MONTH_DAYS:
            return True
    return False


def _term_days(plan: Plan, goal: Goal) -> float:
    """How long a goal has to be reached, in days: from its start (else the plan's) to
    its due date (else the nearest above it, else the plan's end), both days counted (a
    plan from 2022-01-01 to 2025-12-31 runs four whole years); where neither is
    known and the plan states its span only as a length counted from an event still to
    come (``horizon.length``), that length; where neither is known otherwise (a span
    stated only in words, a mayor's term "민선7기"), at least as long as the plan's
    reviews have been meeting (see :func:`_held_span`); 0 when not known."""
    start, due = _term_bounds(plan, goal)
    if start is not None and due is not None:
        return float((due - start).days + 1)
    if start is None and due is None:
        horizon = plan.info.horizon
        if horizon is not None and horizon.length:
            return cadence_days(horizon.length)
        return float(plan.shared(_held_span))
    return 0.0


def _held_span(plan: Plan) -> int:
    """How many days lie between the first and the last meeting the plan's reviews are
    recorded to have held (their ``dates`` and ``last_held`` up to the as-of date): a
    plan whose term is not stated in dates has run at least that long."""
    held = [day for review in plan.reviews
            for day in review.meetings if day <= plan.as_of]
    return (max(held) - min(held)).days if held else 0


@rule(code="PL803", name="review-cadence-too-slow", category="monitoring",
      severity="warning", options=ReviewCadenceOptions,
      fails=dedent("""\
          planlint: 1
          goals: [{id: G1, title: Return to operating profit}]
          reviews:
            - {id: R1, title: Strategy review, cadence: semiannual, covers: [G1]}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {id: dealer-action, horizon: {length: P36M}}
          units: [{id: group}]
          goals:
            - {id: G1, title: Return to operating profit, unit: group}
            - {id: G2, title: Open twelve dealer showrooms}
            - {id: G3, title: Win back fleet customers}
          reviews:
            - {id: R1, title: Strategy review, cadence: monthly, covers: [group]}
            - {id: R2, title: Board strategy retreat, cadence: annual, covers: [G1, G3]}
            - {id: R3, title: Technical committee, cadence: P4M, covers: [G2]}
          """))
def review_cadence_too_slow(plan: Plan, options: ReviewCadenceOptions) -> Iterator[Finding]:
    """A review meets less often than ``max_cadence`` (default quarterly), and a goal it
    covers has no review that meets at least that often.

    An annual check-in turns review into a formality: by the time the forum meets, the plan
    has long gone off track and the chance to adjust it has passed. Frequent reviews are
    where leaders surface roadblocks and new information while there is still time to act.
    What matters is how often each goal is reviewed, so a goal is judged by its most
    frequent review, one that covers it directly or covers its unit or a unit above it; a
    goal that names no unit is the whole organization's, and a review of the plan's top
    unit, when it has exactly one (the group whose steering committee sets the goals and
    meets monthly to oversee its operations), covers it as it covers the goals of the units
    below, so it is not reported at a yearly review of those goals. A slow review is
    reported when some goal it covers has no review at least as frequent as ``max_cadence``;
    one that comes on top of frequent reviews of everything it covers (an annual board
    retreat above monthly executive reviews) is fine. How often is often enough depends on
    how long there is to act: a goal with years to run is reviewed often enough when it is
    reviewed at least four times over its term (from its start, else the plan's, to its due
    date, both days counted, so that a four-year action from 2021-10-11 to 2025-10-10 is
    looked at four times by a yearly committee; else the plan's length where it states its
    span only as a length counted from an event still to come, as an action document's "36
    months" from the signature of its contracts), as a five-year plan reviewed each year or
    a two-year action plan reviewed twice a year is; a one-year budget's annual meeting
    comes when the year is over. Where the plan states its span in no dates (only in words
    naming a period set elsewhere, a mayor's term "민선7기") and the goal states neither start
    nor due date, its term is at least as long as the plan's reviews are recorded to have
    met (from the first to the last meeting held by the as-of date, their ``dates`` and
    ``last_held``), so a term programme whose citizens' panel has met twice a year since
    2018 is not reported as if it ran one year. A goal added to the plan at a meeting of a
    review that covers it (it starts after the plan does, on a date that review's cycle,
    counted back from ``last_held``, puts a meeting on, within a month: a priority added at
    the February revision of a library's yearly-revised plan) was looked at when it was set,
    so that meeting counts among its four, and three more over its term are enough. Nor is a
    goal reported whose reviews meet at each reading of its measures and more than once over
    its term: every measure of the goal and of the goals below it is read on a stated cycle
    (its ``cadence``, else the plan's ``metrics_cadence``) no shorter than the time between
    its reviews, and its term holds two such intervals or more, as a metropolitan planning
    body's four-year performance targets read every two years and reviewed in the interim
    (two-year) and full-term reports: a review between readings would have no new figure to
    look at, and the interim one comes while the targets can still be adjusted. A goal
    reviewed only once, at the end of its term (a one-year budget's annual measures and
    annual meeting), or one whose measures state no cycle or a faster one, or that has no
    measure, is still reported. Nor is a goal that is practice kept up rather than a result
    to reach, reviewed more than once over its term: neither it nor a goal below it states a
    due date or a measure, and all the work serving them is continuing duties (``kind:
    ongoing``: an employer's recruitment practice, "April 2024 and ongoing", monitored every
    six months in its one-year gender pay gap action plan): there is no date by which it
    must be reached, and a review during the term looks at the practice while it can still
    be changed; so does a review scheduled on a date within the term, with another look
    after it (a second date, or a yearly committee at the end of a one-year plan:
    recruitment data analysed each year, monitored in October and reported to the Personnel
    Committee); one reviewed only at the end of its term (an annual review of a one-year
    plan's standing work) is still reported. A term holds two intervals when it falls short
    of them by less than a day, a cadence's length being a calendar average (a one-year plan
    reviewed every six months). Nor is a goal that is people's own objectives for a year,
    reviewed at least once a year: a goal its owner lists under ``objectives`` and due
    within a year (a superintendent's goals for the school year, evaluated by the board at
    mid-year and year-end), or one whose sub-goals all are (an annual incentive's individual
    component, split into each officer's own goals and judged by the compensation committee
    after the year): such goals are set at the start of the year and judged in the appraisal
    by design, and a quarterly forum for one person's goals is another style's calendar; a
    goal in nobody's performance plan (the one-year budget's) is still reported. Cadences
    compare by length: a month is a twelfth of a year, so ``P1M`` equals ``monthly`` and
    ``P3M`` equals ``quarterly``, ``P13W`` (91 days) is a little more frequent than
    ``quarterly`` and ``P100D`` less frequent. A review without a cadence is not judged, and
    what it covers is not reported here either: it may meet often enough, and
    review-without-cadence asks how often; nor is one held ``per event`` (at each new
    roadmap, each release series' end), whose events no period measures, unless by the
    ``dates`` it is also scheduled on; a review that covers no goal is not judged; a
    frequent review that lists nothing under ``covers`` reviews the whole plan, so every
    goal has one. Not reported at a review that is a survey of people's views, as its title
    names it (a biennial stakeholder satisfaction survey of an agency's work programmes, an
    action plan's "Annual feedback" from its staff survey), because a survey is a reading
    taken on its own cycle, not a forum that meets to adjust the plan, and a survey each
    quarter is another style's calendar: it is not judged, nor counted as a review of what
    it covers; a meeting that looks at a survey's results (a council monitoring the customer
    survey results, ``Staff survey results review``) is a forum. So is a review that is an
    analysis of results, as its title names it (``Hire Local evaluation (analysis of the
    Hire Local Plan)``, a workforce board's yearly analysis of a program year's training and
    wage outcomes): a study made on its data's cycle, not a forum that meets, and one dated
    analysis is not a schedule of meetings. Nor is a review that is a parent body's
    oversight of the group or project as a whole, as its title names it (``TAC review of the
    working group``, ``TAC annual project review``), held by a body the plan names as a unit
    (by its name or the abbreviation the name gives) that none of the goals it covers
    belongs to: a foundation's technical council reviewing each of its working groups or
    projects once a year by its rules, to decide whether it goes on, while the group's own
    meetings steer its work; it is not judged, nor counted as a review of what it covers.
    Nor is the meeting of a body the plan names as a unit within the one unit the review
    covers, beside which it names, within that unit too, a forum that steers the work (a
    board, committee, group or council, not an advisory one) held by no review of the plan:
    a consortium's General Assembly of its partners or a COST Action's Management Committee
    meets about once a year by design, while its management board or core group steers the
    work between; the goals may be reviewed there often enough, as under a review without
    cadence, so they are not reported. A goal several slow reviews cover (a mid-year and a
    year-end evaluation, a yearly steering committee above a technical committee meeting
    every four months) lacks one frequent review, one cause: it is named once, at the most
    frequent of them, which is the one to meet more often. A review the plan schedules on
    ``dates``, with no cadence (a school plan's review dates, a project's mid-term and final
    review), is judged by them: for each goal it covers, the longest stretch without a
    review, from the goal's start (else the plan's) to the first date, between dates and
    from the last date to the goal's due date (else the plan's end), is no longer than the
    interval asked for above, the dates of all such reviews of the goal counted together,
    with the day each was ``last_held`` (a federal progress report submitted in December
    2022, then scheduled for October 2024 and 2026, met in 2022 too); a three-year target
    reviewed once, at its end, is reported at that review. A goal looked at within its term
    by a review the plan names its mid-term review (``Mid-term review of the KHSSP
    2014-2018``), its term's end known and no stretch its reviews leave longer than two
    years, is not reported: a sector plan of a few years is reviewed at mid-term and at its
    end by design, its indicators read from surveys years apart. A plan that reports nothing
    yet (no measure read, no work under way or done, no review held) is dated the day it was
    set out, and its schedule is not judged from before it: where that day falls after the
    start and before the first date, the first stretch runs from it (a campus improvement
    plan generated on 16 October, its formative reviews in November, January, March and
    June, is not reported for the weeks of the school year that began in August, which had
    passed when its schedule was made); a plan that reports progress, or schedules a review
    before its date, is judged from the start.
    """
    limit = options.max_cadence
    waiting, gaps = _unreviewed_often(plan, limit)
    for review in plan.reviews:
        goals = waiting.get(review.id)
        if not goals:
            continue
        named = [goal.id for goal in goals[:NAMED]]
        if len(goals) > NAMED:
            named.append(f"{len(goals) - NAMED} more")
        which = "goal" if len(goals) == 1 else "goals"
        has, it = ("has", "it") if len(goals) == 1 else ("have", "them")
        often = describe_cadence(limit)
        need, meet = f"at least {often}", f"at least {often}"
        if any(_term_days(plan, goal) / _LOOKS > cadence_days(limit) for goal in goals):
            need += f", or {_LOOKS} times over {'its' if len(goals) == 1 else 'their'} term"
            meet = "that often"
        if review.calendar is None:
            yield _scheduled_too_seldom(review, goals, gaps, named, need, meet)
            continue
        yield review.finding(
            f"{review.describe()} meets {describe_cadence(review.calendar)}, less often than "
            f"max_cadence ({often}), and {which} {joined(named)} it covers {has} no review "
            f"that meets {need}; meet {meet}, or cover {it} in a review "
            "that does, so the plan can be adjusted while it still matters",
            field="cadence",
            related=[goal.related(f"goal {goal.id} has no review at least {often}")
                     for goal in goals[:NAMED]])


def _scheduled_too_seldom(review: Review, goals: list[Goal],
                          gaps: dict[str, list[Stretch]], named: list[str], need: str,
                          meet: str) -> Finding:
    """review-cadence-too-slow's finding at a review scheduled on dates, with no cadence:
    the stretches longer than asked for that it leaves the goal named with the longest
    one without a review."""
    many = len(goals) > 1
    shown = [day.isoformat() for day in sorted(set(review.dates))]
    on = f"on {shown[0]} only" if len(shown) == 1 else \
        f"on {joined(shown[:NAMED])}{' and more' if len(shown) > NAMED else ''}"
    if review.last_held is not None and review.last_held not in review.dates:
        on = f"on {joined(shown[:NAMED])}{' and more' if len(shown) > NAMED else ''}" \
             f" after meeting on {review.last_held}"
    worst = max(goals, key=lambda goal: max(((last - first).days
                                             for first, last in gaps[goal.id]), default=0))
    stretches = [f"from {first} to {last} ({(last - first).days} days)"
                 for first, last in gaps[worst.id][:NAMED]]
    without = f": nothing reviews {worst.id} {joined(stretches)}" if stretches else ""
    return review.finding(
        f"{review.describe()} is scheduled to meet {on}, and {'goals' if many else 'goal'} "
        f"{joined(named)} it covers {'have' if many else 'has'} no review that meets "
        f"{need}{without}; schedule its meetings {meet}, or cover {'them' if many else 'it'} "
        f"in a review that meets {meet}, so the plan can be adjusted while it still matters",
        field="dates",
        related=[goal.related(f"goal {goal.id} has no review {meet}")
                 for goal in goals[:NAMED]])


@rule(code="PL804", name="review-overdue", category="monitoring", severity="warning",
      fails=dedent("""\
          planlint: 1
          plan: {as_of: 2001-06-30}
          reviews:
            - {id: R1, title: Monthly strategy review, cadence: monthly, last_held: 2001-04-05}
          """),
      passes=dedent("""\
          planlint: 1
          plan: {as_of: 2001-06-30}
          reviews:
            - {id: R1, title: Monthly strategy review, cadence: monthly, last_held: 2001-06-05}
          """))
def review_overdue(plan: Plan) -> Iterator[Finding]:
    """A review was last held (``last_held``) more than one cadence before the as-of
    date.

    A review forum that stops meeting is worse than none: the plan still looks monitored
    while nobody is watching it. One cadence is counted in calendar steps: a monthly review
    last held on 2001-05-05 is due again by 2001-06-05 and overdue from 2001-06-06; weeks
    and days count as days. A review scheduled on ``dates`` is overdue when the latest of
    them on or before the as-of date has passed since it was last held: a meeting held
    within a month before a scheduled date, after the date before it, is that date's (a date
    the source gives as a month is that month's last day). A review without ``last_held``,
    or with neither a cadence nor dates, is not judged; nor is one held ``per event`` by its
    cadence, as no calendar says when its next event falls.
    """
    as_of = plan.as_of
    for review in plan.reviews:
        last = review.last_held
        if last is None:
            continue
        missed = _missed_date(review, last, as_of)
        if missed is not None:
            yield review.finding(
                f"{review.describe()} was last held on {last}; it was scheduled to meet "
                f"on {missed}, before the as-of date {as_of}; hold it, or update last_held",
                field="last_held")
            continue
        if review.calendar is None:
            continue
        due = add_cadence(last, review.calendar)
        if as_of > due:
            yield review.finding(
                f"{review.describe()} was last held on {last}; "
                f"meeting {describe_cadence(review.calendar)}, it was due again by {due}, "
                f"before the as-of date {as_of}; hold it, or update last_held",
                field="last_held")


def _missed_date(review: Review, last: date, as_of: date) -> date | None:
    """The latest date a review is scheduled on, on or before ``as_of``, if it has not
    been held since ``last``: held within a month before that date (a month's review held
    early in it), and after the scheduled date before it, the meeting was that date's."""
    passed = sorted(day for day in set(review.dates) if day <= as_of)
    if not passed or last >= passed[-1]:
        return None
    before = passed[-2] if len(passed) > 1 else None
    if (passed[-1] - last).days <= _MONTH_DAYS and (before is None or last > before):
        return None
    return passed[-1]
