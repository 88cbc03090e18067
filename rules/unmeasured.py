"""PL2 metrics: every goal is measured, and every measure can be read.

unmeasured-goal: each goal is measured, by a metric of its own or through the goals below
it, and the many goals that need no metric of their own (a deliverable done or not when
due, a release or a rule to enact, work finished in the plan's cycle, measures kept in
another document, goals set aside on purpose). The other metric rules are in
:mod:`planlint.rules.targets`, :mod:`planlint.rules.baselines`,
:mod:`planlint.rules.units`, :mod:`planlint.rules.cadence`, :mod:`planlint.rules.sources`
and :mod:`planlint.rules.metrics`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, timedelta

from planlint.finding import Finding
from planlint.measure_figures import names_measure_moved, states_aim
from planlint.measure_words import defines_done, says_done, strip_label, worded
from planlint.measure_work import (
    decides_one,
    names_deliverable,
    runs_organisation,
    sets_up_one,
    sorts_work,
)
from planlint.model import EVENT_CADENCES, Goal, Initiative, Metric
from planlint.patterns import LazyPattern
from planlint.plan import ABOVE, Plan
from planlint.practice import by_practice, widespread
from planlint.ruledef import rule
from planlint.timeline import add_months, cadence_step
from planlint.wording import joined

from ._metric_facts import ONE_YEAR

#: A goal that is the release of a numbered version (``Deliver Windows Terminal 2.0``,
#: ``Ship v3.1``): done or not, its scope being the work the plan lists for it.
_VERSION_RELEASE = LazyPattern(r"^(?:deliver|ship|release|launch)\b.*\bv?\d+(?:\.\d+)+\b",
                               re.IGNORECASE)
#: A goal that is a prohibition or requirement to enact (``Prohibit cellphone use while
#: driving``, ``Ban single-use plastics``, ``Require all managers to attend inclusive
#: leadership training``): a rule adopted or not, like a release.
_PROHIBITION = LazyPattern(r"^(?:prohibit|ban|outlaw|require)\b", re.IGNORECASE)


@rule(code="PL201", name="unmeasured-goal", category="metrics", severity="error",
      fails="planlint: 1\ngoals:\n  - {id: G1, title: Delight customers}\n",
      passes="planlint: 1\ngoals:\n  - id: G1\n    title: Delight customers\n"
             "    metrics:\n      - {id: M1, title: Net promoter score}\n"
             "  - {id: P1, title: A service customers recommend}\n"
             "  - {id: F1, title: Resolve calls at first contact, parent: P1, metrics: [M1]}\n"
             "  - {id: F2, title: Develop a customer ambassador program, parent: P1}\n"
             "  - {id: F5, title: Host first customer summit in Asia, parent: P1}\n"
             "  - {id: F4, title: Identify the mix of revenue types that is sustainable, "
             "parent: P1}\n"
             "  - {id: F3, title: 'Redesign the help portal with search, chat and "
             "callbacks', parent: P1}\n"
             "  - {id: R2, title: Deliver the dealer app 2.0}\n"
             "  - {id: R3, title: Prohibit texting while driving}\n"
             "  - {id: N1, title: Increase the number of fee-paying programmes}\n"
             "  - {id: S1, title: Scale sales, description: 'Measures: see confidential "
             "version.'}\n"
             "  - {id: A1, title: Advocates program, description: Nothing specific in Q1}\n"
             "  - {id: S2, title: Effectiveness, description: 'Given the sensitivity of this "
             "category and its associated results, this data cannot be included in a public "
             "document.'}\n"
             "  - id: O2\n    title: Customers feel safe paying online\n"
             "    metrics:\n      - {id: M2, title: Customers who feel safe paying online}\n"
             "  - {id: O21, title: Explain how payments are protected, parent: O2}\n"
             "  - {id: O22, title: Answering fraud reports, parent: O2}\n"
             "  - {id: T1, title: Teach how to formalize mathematics}\n"
             "  - {id: D1, title: Dealer Services}\n"
             "  - {id: GA, title: General Administration and Support}\n"
             "  - {id: TS, title: Technology Support, description: 'Information technology "
             "and support for all aspects of department operations.'}\n"
             "  - {id: Z1, title: A successful conference, "
             "actuals: [{date: 2019-12-31, value: 1}]}\n"
             "  - {id: C1, title: Bring together efforts to create a CI service for labs}\n"
             "  - {id: E1, title: Emergency Prep}\n"
             "  - {id: E2, title: Convert the association to meet at locations, parent: E1,\n"
             "     due: 2030-10-31}\n"
             "initiatives:\n  - {id: I1, title: Offline orders, supports: [R2]}\n"
             "  - {id: I5, title: Launch the production service, supports: [C1], "
             "status: planned}\n"
             "  - {id: I4, title: Dealer finance service, supports: [D1]}\n"
             "  - {id: I2, title: Adopt a city ordinance, supports: [R3]}\n"
             "  - {id: I3, title: Formalization school, supports: [T1], status: cancelled,\n"
             "     metrics: [{id: M3, title: Example formalizations published}]}\n")
def unmeasured_goal(plan: Plan) -> Iterator[Finding]:
    """A goal lists no metric, and no goal below it is measured.

    Without a metric a goal is ambiguous: nobody can tell whether it is on track, when it is
    reached, or when conditions have changed and the plan should be revised. A goal is
    measured by a metric of its own, inline or by id (a metric shared by several goals
    counts for each of them), by its own wording when its title states the figure it aims at
    (``Reach at least $N net new ARR``, an objective written as its own key result) or names
    the share, rate or number it asks to move (``Increase the number of fee-paying
    programmes``, an incentive's DE&I objective to ``Demonstrate improvement in the percent
    of job searches in which ... are interviewed``: the goal states what shows whether it is
    reached, and what it lacks is figures, not a measure), through the measures of the work
    that supports it (a grant's objective to run a service, measured by the uptime its
    deliverable lists), or through the goals below it in the cascade when one of them is
    measured: a strategic pillar is measured by its objectives' measures. A plan that runs
    one short cycle of work (a quarter, a hundred days of action, dated or stated only as a
    length counted from an event still to come: a party's first hundred days as a national
    party, ``horizon: {length: P100D}``) and measures none of its goals is an agenda judged
    by what it ships: a goal that work of the plan supports is measured by that work being
    done, since outcomes move little in so short a term; a plan that measures some of its
    goals asks a measure of each. A plan that measures its goals only by the deliverables of
    their work (no goal lists a measure of its own, and every measure its live work lists is
    a milestone: a working group's charter, whose goals are reached as its dated
    deliverables are done) measures the same way a goal that live work supports with no
    milestone listed (a charter's forum for its community, an ongoing deliverable): that
    work being done is its measure, as it is the other goals'; a goal no work supports is
    still asked. So does a plan that tracks its goals' work as dated commitments, none of
    its top goals measured on its own: every piece of live work states its due date and its
    status, and every piece done the date it was done (a department's structural reform
    plan, actions made of sub-actions with scheduled and actual dates), so each goal is
    reported by its work being done, on time or late. A goal that is the release of a
    numbered version (``Deliver Windows Terminal 2.0``), or a prohibition to enact
    (``Prohibit texting while driving``, a rule adopted or not), is done or not, like a
    milestone, and its scope is the work the plan lists for it: it is measured by that work
    being done, and a metric would only restate the release or the rule. A requirement to
    enact (``Require all managers to attend inclusive leadership training``, one of an
    incentive's DE&I objectives) is such a rule too, and one set under another goal is
    measured by being enacted even with no work listed for it, as the goals below that set
    up one thing are. So is a goal under another goal that asks to set up or start one body,
    programme, campaign or system, or to make and put out one model or survey, named in the
    singular (``Develop an Ambassador Program``, ``Establish a working group for…``, ``Begin
    preparation for the marketing campaign``, ``Create and publish a OSPO Maturity Model``),
    or to renew one thing work produces and lists the parts it delivers (``Modernize the
    website with a new downloads page, documentation, and homepage``), or to set up one body
    by taking on a legal form (``Incorporate as a non-profit entity``) or start one event by
    holding its first edition (``Host first OSPOCon in APAC``): it is set up, begun or held,
    or not, or done part by part, as a yearly report's look-back marks it, and the goal
    above it is what its measures show; a goal of the plan's own, under none, is still asked
    for one, and a quality to build (``Build a strong inclusion work environment``) is no
    such thing. So is a goal under another that asks to take one decision, to identify,
    define, choose or determine one thing named in the singular (``Identify the breakdown of
    revenue types that is sustainable for us``): it is taken or not, and a measure would
    only restate it; not a search for many things (``Identify the needs of communities``). A
    goal whose own text says its measures are kept in a confidential or internal version
    (``Measures: see confidential version``), or that its results cannot be published (a
    screening authority's performance category whose "data cannot be included in a public
    document", for security), is measured there: the plan publishes its public portions
    only, and a reviewer cannot say the measure is missing. A goal whose text says the
    period's plan gives it no work on purpose (``Nothing specific in Q1``, ``Parked until
    Q3``), a longer-term goal the plan parks for its period, has nothing to measure in that
    period. A goal that starts after the plan's date, in a plan that keeps its targets in
    another document (``withheld: [targets]``, an annual report whose new outcomes'
    measurable targets are published apart), is measured there: its measures are set with
    those targets, and it has no result yet to show in this one. A heading that sorts the
    plan's work by kind (a portfolio's theme, ``Monitoring Services``: a few words in title
    case naming in the plural the kind of work under it, with no description and no measure
    of its own) is a category of the board, not a result: there is nothing of its own to
    measure, and its work's measures are judged with that work. A program of a program
    budget that runs the organisation as a whole (its title names the organisation's
    administration or support, ``General Administration and Support``, ``Support to
    Operations``, ``Internal Services``; or its description defines it as support to all of
    its operations, ``information technology and support for all aspects of department
    operations``), under no goal and with no measure or goal below it, is the running cost
    of every other program, not a result: it is not asked for a measure of its own, which
    would be an internal service level. A top-level goal measured by the measures of its
    work, all of which was cancelled, with nothing else executing it (a school postponed,
    its money moved), has lost its work: uncascaded-goal reports that one cause, naming the
    cancelled work, and a second finding here would repeat it. A metric the plan has
    ``dropped`` measures nothing any more: a goal whose metrics were all dropped is
    unmeasured. A goal for which the plan reports a result of its own (``actuals``: a to-do
    list's year-end verdict, ``SUCCESS`` or ``FAILURE``, on a deliverable such as ``A
    successful Zcon1!``) is a deliverable graded done or not, as a milestone is: that result
    is its measure, and a metric would only restate it; the goals above it are not thereby
    measured. So is a goal that names one deliverable (one new thing its verb makes,
    ``Create a new DC Data Commons``, or two verbs of delivery joined make, ``Identify and
    secure a location for a future park``; one body, programme or system to set up; one
    decision; or a deliverable for the whole of a group, ``Provide Animal Welfare Training
    for all Staff``) in a plan that reports nothing of where its goals stand (no goal's
    result or rating, no measure's reading) and dates it, not yet due at the plan's date: by
    the ends of all its work, its own due date or a horizon of a year or less. So is a
    project's expected outcome written as the making of one deliverable (``The creation of a
    set of design patterns for…``, ``The identification of the cultural factors that…``),
    due with the plan's end when that falls within a year of its date: a research project's
    work plan in its last year. So is a goal named as one thing in its finished state
    (``Datum Compute Live``, ``Trust Center ready for customers``; not a state of people or
    of a level, ``Customers delighted``), or whose description, or the plan's for each goal
    it dates and gives an owner, states when it is done (``We will know this is done
    when…``), due within a year of the plan's start or date: a quarter's rock, done or not
    by its date, and one past its date too where the plan keeps its goals' results in
    another document (``withheld: [actuals]``: a monthly memo that is not published). A plan
    set out for the period ahead measures such a goal by its being done by then, and a
    metric would only restate it; where the plan reports the state of its goals and passes
    over the deliverable, or its date has passed, nothing shows it done, late or dropped,
    and it is still asked for a measure, unless it sits under another goal and its own due
    date is still to come (a board's mid-year review of its goals, ``Convert CHOA to meet at
    locations ... for Great Shake-out`` due in October: there is nothing yet to report of
    it, and a heading over it alone is not asked either). A recap of a period closed before
    its date (its measures read at a stated cadence, every result and reading dated by the
    last day of a month, no goal rated: a founder's monthly update) reports the period gone
    and sets goals for the next: a deliverable it names by its verb (``Finish first version
    of plugin system``, ``Open-source the networking backend``) due by the next period's end
    is measured by being done then, as in a plan set out for the period ahead. A goal that
    says it makes one new thing (``Bring together multiple efforts to create a CI service
    for HPC projects``) and lists among its work, with its status, the step that launches
    that thing (``Change domain ... and launch the production service``, planned) is that
    deliverable, reported through the statuses of its steps: it is reached when its launch
    is done, and a metric would only restate the launch; one whose work launches something
    else, or states no status for the launch, is still asked. A goal whose metric ids are
    not defined is reported as a dangling reference instead. A goal under a goal measured by
    measures of its own, none of whose sub-goals is measured on its own (``Explain how
    payments are protected``, ``Answering fraud reports`` under ``Customers feel safe paying
    online``, measured by a survey of that), is one of the parts that together are that
    goal's strategy, as a roadmap's numbered sub-sections of an outcome are: the outcome's
    measure shows whether they work, and the plan measures the outcome as a whole; where
    some of the parts are measured, the others are still asked for a measure, and so is a
    lone sub-goal or one given to another unit than the goal's (a goal cascaded to a unit,
    which answers for a measure of its own). When more than a third of a plan's goals are
    measured by nothing, that is the plan's way of writing goals: goals under a measured
    goal are measured at its level (the focus areas of a measured pillar), and the rest are
    reported once, at the plan. A plan that says the measures of its goals are kept in
    another document it names (``plan: withheld: [metrics]``: a federal council's
    performance plan whose strategic goals are measured through the metrics each funded
    project selects in its data plan, a separate performance framework) is not asked for
    them; a goal that says so of itself (its own ``withheld: [metrics]``) is measured there,
    as its sub-goals are, and neither counts towards the plan's practice. A heading over one
    goal only, with no metric, work, unit or owner of its own (``Emergency Prep`` over its
    one goal), is that goal in a second row: when the goal is reported as unmeasured, the
    heading is not reported again, though it counts where the plan is reported as a whole.
    """
    if plan.withheld("metrics"):
        return
    dropped = plan.dropped_metrics
    kept_out = plan.withheld_ids("metrics")
    own = [goal for goal in plan.goals
           if goal.id in kept_out or set(goal.metrics) - dropped
           or states_aim(goal.title or "") or names_measure_moved(goal.title or "")
           or _KEPT_CONFIDENTIAL.search(worded(goal.description)) or any(
               set(work.metrics) - dropped and work.status != "cancelled"
               for work in plan.referrers(goal, "supports", Initiative))
           or _measured_by_cancelled_work(plan, goal, dropped)]
    if (not own and plan.one_short_cycle) or _measured_by_deliverables(plan, dropped):
        # an agenda of work, or a charter of deliverables: judged by what it ships
        own = [goal for goal in plan.goals if goal in own or _has_work(plan, goal)]
    own += [goal for goal in plan.goals if _releases_version(plan, goal)]
    measured = plan.closure(own, ABOVE, Goal)
    unmeasured = [goal for goal in plan.goals if goal.id not in measured
                  and not goal.actuals
                  and not (goal.parent is not None and (sets_up_one(goal.title or "")
                                                        or decides_one(goal.title or "")
                                                        or _enacts_rule(goal.title or "")))
                  and not _PARKED.search(worded(goal.description))
                  and not _targeted_elsewhere(plan, goal) and not sorts_work(plan, goal)
                  and not runs_organisation(plan, goal)]
    eligible = sum(goal.id not in kept_out for goal in plan.goals)
    if widespread(len(unmeasured), eligible):
        below = plan.closure(own, ABOVE, Goal, backward=True)
        unmeasured = [goal for goal in unmeasured if goal.id not in below]
    own_ids = {goal.id for goal in own}  # ids are unique: a list compared every model
    unmeasured = [goal for goal in unmeasured
                  if not _part_of_measured(plan, goal, own_ids, measured)]
    due = [goal for goal in unmeasured if _done_when_due(plan, goal)]
    due_ids = {goal.id for goal in due}
    unmeasured = [goal for goal in unmeasured
                  if goal.id not in due_ids and not _launched_by_work(plan, goal)]
    if due:  # a heading over one such deliverable only is that deliverable in a second row
        heads = plan.lone_headings([*unmeasured, *due])
        unmeasured = [goal for goal in unmeasured
                      if goal.id not in heads or plan.subgoals(goal)[0].id not in due_ids]
    missing = [goal.finding(
        f"{goal.describe()} has no metric"
        f"{_dropped_note(goal, dropped)}"
        f"{', nor does any goal below it' if plan.subgoals(goal) else ''}; add one under "
        "metrics that shows whether the goal is being reached") for goal in unmeasured]
    yield from by_practice(plan, missing, eligible, items="goals",
                           lacking="are measured by no metric",
                           repeated=plan.lone_headings(unmeasured),
                           fix="add under each goal's metrics the measures that show whether "
                               "it is being reached")


def _part_of_measured(plan: Plan, goal: Goal, own: set[str],
                      measured: Mapping[str, Goal]) -> bool:
    """Whether a goal is one of several parts, in the same unit, of a goal measured by
    measures of its own, none of which parts is measured on its own: the sub-sections of
    an outcome that together are its strategy, measured as a whole by the outcome's
    measure (not a goal cascaded to another unit, which answers for its own measure).
    ``own`` holds the ids of the goals measured by measures of their own."""
    parent = plan.ref(goal, "parent", Goal)
    if parent is None or parent.id not in own or goal.unit != parent.unit:
        return False
    parts = plan.subgoals(parent)
    return len(parts) > 1 and not any(part.id in measured for part in parts)


def _done_when_due(plan: Plan, goal: Goal) -> bool:
    """Whether a goal of a plan that reports nothing of where its goals stand (see
    :func:`_reports_no_state`), or a goal under another with its own due date still to
    come in a plan that does (a board's mid-year review of its goals, one of them due in
    October), names one deliverable (see :func:`_one_deliverable`)
    the plan dates, not yet due at the plan's date: by the end of all of its live work
    when each piece states one, else by its own due date or a horizon of a year or less,
    or, for an outcome named as the making of it (see :func:`_made_outcome`), by the
    plan's end when that falls within a year of the plan's date.
    Done or not by then, its being done is its measure; a review has nothing to report of
    it before its date."""
    if _set_for_next_period(plan, goal) or _finished_in_cycle(plan, goal):
        return True
    if not (plan.shared(_reports_no_state) or (
            goal.parent is not None and goal.due is not None
            and (plan.info.as_of is None or plan.info.as_of < goal.due))):
        return False
    work = [item for item in plan.referrers(goal, "supports", Initiative)
            if item.status != "cancelled"]
    ends = [item.end for item in work if item.end is not None]
    due = max(ends) if work and len(ends) == len(work) else goal.due
    horizon = plan.info.horizon
    if due is None and horizon is not None and horizon.end is not None and (
            (horizon.start is not None and (horizon.end - horizon.start).days <= ONE_YEAR)
            or (plan.info.as_of is not None
                and (horizon.end - plan.info.as_of).days <= ONE_YEAR
                and _made_outcome(goal.title or ""))):
        due = horizon.end  # a year's plan, or a project's outcome due with its last year
    return due is not None and (plan.info.as_of is None or plan.info.as_of < due) \
        and _one_deliverable(goal.title or "")  # its patterns last: they cost the most


def _finished_in_cycle(plan: Plan, goal: Goal) -> bool:
    """Whether a goal of a plan that publishes nothing of where its goals stand (see
    :func:`_reports_no_state`) is a deliverable of the plan's short cycle: its title names
    one thing in its finished state (see :func:`planlint.measure_words.says_done`: ``Datum
    Compute Live``), or its description, or the plan's for each goal it dates and gives an
    owner, states when it is done (see :func:`planlint.measure_words.defines_done`: ``We will
    know this is done when…``); and it is due within a year of the plan's start or date,
    not yet at the plan's date, or before it in a plan that keeps its goals' results in
    another document (``withheld: [actuals]``: a quarterly update whose past quarter's
    rocks are reported in an unpublished memo)."""
    due, as_of, horizon = goal.due, plan.info.as_of, plan.info.horizon
    if due is None or not plan.shared(_reports_no_state) or not any(
            start is not None and 0 <= (due - start).days <= ONE_YEAR
            for start in (horizon.start if horizon is not None else None, as_of)):
        return False
    if as_of is not None and due <= as_of and not plan.withheld("actuals", goal):
        return False
    title = goal.title or ""
    return (says_done(title) and not _QUALITY.search(title)) \
        or defines_done(worded(goal.description)) \
        or (goal.owner is not None and plan.shared(_defines_done_for_goals))


def _defines_done_for_goals(plan: Plan) -> bool:
    """Whether the plan's description states when its goals are done (``Every goal has
    three parts: 1. An outcome — 'We know this is done when ___.' 2. A date ... 3. An
    owner``)."""
    return defines_done(worded(plan.info.description))


#: The one new thing a goal says it makes, named after a verb of making and an article,
#: with its last word before what it is for or of (``Bring together multiple efforts to
#: create a CI service for HPC projects``: a service).
_MAKES_ONE = LazyPattern(
    r"\b(?:create|build|develop|establish|set up|stand up|deliver)\s+(?:an?|one)\s+"
    r"(?:[\w.-]+\s+){0,3}?(?P<thing>[a-z-]+)(?=\s+(?:for|to|that|which|with|in|of|on|at|"
    r"by|and|starting)\b|[,.;:]|$)", re.IGNORECASE,
    needs=("create", "build", "develop", "establish", "set up", "stand up", "deliver"))
#: A step that launches one thing, named after an article, with its last word before what
#: it is for or of (``... and launch the production service``, ``Go live with the
#: portal``).
_LAUNCHES = LazyPattern(
    r"\b(?:launch|go live with|open)\s+(?:the|an?|our|its)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?P<thing>[a-z-]+)(?=\s+(?:for|to|that|which|with|in|of|on|at|by|and)\b|[,.;:]|$)",
    re.IGNORECASE, needs=("launch", "go live", "open"))


def _launched_by_work(plan: Plan, goal: Goal) -> bool:
    """Whether a goal says it makes one new thing (``_MAKES_ONE``: ``... to create a CI
    service for HPC projects``) and one piece of the live work that serves it, whose
    status the plan states, launches that thing (``_LAUNCHES``: ``Change domain ... and
    launch the production service``, planned): the goal is a deliverable whose launch is
    one of its listed steps, and the status of its steps is where it stands."""
    made = _MAKES_ONE.search(goal.title or "")
    if made is None:
        return False
    thing = made.group("thing").lower()
    for item in plan.referrers(goal, "supports", Initiative):
        launched = _LAUNCHES.search(item.title or "")
        if launched is not None and item.status not in (None, "cancelled") \
                and launched.group("thing").lower() == thing:
            return True
    return False


def _set_for_next_period(plan: Plan, goal: Goal) -> bool:
    """Whether a goal names a deliverable by its verb of delivery (see
    :func:`planlint.measure_work.names_deliverable`; no level or quality before the purpose
    it serves) and is set, in a recap of a period closed before the plan's date (see
    :func:`_recap_closes`), for the next period: due by that period's end. The recap
    reports where the period gone stands, and the deliverable is done or not by the end
    of the coming one."""
    closed = plan.shared(_recap_closes)
    title = goal.title or ""
    purpose = _PURPOSE.search(title)
    if closed is None or goal.due is None or not names_deliverable(title) \
            or _QUALITY.search(title[:purpose.start()] if purpose else title):
        return False
    last, cadence = closed
    return last < goal.due <= _period_end(last, cadence)


def _recap_closes(plan: Plan) -> tuple[date, str] | None:
    """The last day of the period a recap reports, and the cadence of its series, when the
    plan states the cadence its measures are read at (``metrics_cadence``), rates no goal,
    and dates every result and reading it reports on or before that day, the last day
    of a month and before the plan's date (a monthly update published after the month
    closed, with its figures for the month and last month's goal met or missed); else
    None."""
    cadence = plan.info.metrics_cadence
    as_of = plan.info.as_of
    if cadence is None or cadence in EVENT_CADENCES or as_of is None \
            or any(goal.rating is not None for goal in plan.goals):
        return None
    dates = [actual.date for goal in plan.goals for actual in goal.actuals] \
        + [actual.date for metric in plan.metrics for actual in metric.actuals]
    if not dates or any(day is None for day in dates):
        return None
    last = max(day for day in dates if day is not None)
    if last >= as_of or (last + timedelta(days=1)).day != 1:
        return None
    return last, cadence


def _period_end(last: date, cadence: str) -> date:
    """The end of the period of ``cadence`` that follows one ending on ``last``, the last
    day of a month: the last day of the month the cadence's months on, and its days
    after that."""
    months, days = cadence_step(cadence)
    if not months:
        return last + timedelta(days=days)
    return add_months(last.replace(day=1), months + 1) - timedelta(days=1 - days)


#: Where a title turns from what it delivers to the purpose it serves (``Add a survey to
#: better understand churn``).
_PURPOSE = LazyPattern(r"\s(?:in order )?to\s", re.IGNORECASE, needs=("to",))


#: A title that asks for a level or a quality rather than a thing (``Become a more
#: aligned team``).
_QUALITY = LazyPattern(r"\b(?:more|less|better|greater)\b", re.IGNORECASE)
#: A deliverable's reach, the whole of a group it is for (``Provide Animal Welfare
#: Training for all Staff``): delivered to all of them, or not.
_TO_ALL = LazyPattern(r"\b(?:for|to) all [a-z]", re.IGNORECASE)


#: A change of one named thing to a new form or way, made once (``Convert CHOA to meet at
#: locations``, ``Migrate the wiki to Markdown``): its verb, then the thing in a few words
#: with no figure, then ``to``.
_CONVERTS_ONE = LazyPattern(
    r"^(?:convert|migrate|switch)\s+(?:the\s+|our\s+|its\s+)?(?:[A-Za-z][\w.-]*\s+){1,3}?to\s",
    re.IGNORECASE, needs=("convert", "migrate", "switch"))


#: A deliverable named as the making of it, a project's expected outcome written as a noun
#: (``The creation of a set of design patterns for…``, ``The development of a suite of
#: interaction primitives…``): a noun of making, then one thing after ``a``; or a noun of
#: finding out, then what is found (``The identification of the cultural factors that…``).
_MAKING_OF = LazyPattern(
    r"^(?:the\s+)?(?:(?:creation|development|establishment|design|production|delivery|"
    r"introduction|publication)\s+of\s+(?:an?|one)|(?:identification|definition|"
    r"determination)\s+of\s+(?:the|an?))\s+\w", re.IGNORECASE, needs=("of",))


def _made_outcome(title: str) -> bool:
    """Whether a title names one deliverable as the making of it (see :data:`_MAKING_OF`),
    not a level or quality (``The development of a better culture``)."""
    return bool(_MAKING_OF.match(strip_label(title))) and not _QUALITY.search(title)


def _one_deliverable(title: str) -> bool:
    """Whether a title names one deliverable, done or not: one body, programme or
    system to set up, one decision (see :func:`planlint.measure_work.sets_up_one`,
    :func:`planlint.measure_work.decides_one`), one named thing to convert or migrate to a
    new form or way (see :data:`_CONVERTS_ONE`), or a deliverable (see
    :func:`planlint.measure_work.names_deliverable`) that is one new thing its verb makes
    (``Create a new DC Data Commons``), or two verbs of delivery joined by ``and`` make
    (``Identify and secure a location``), or is for the whole of a group (``Provide Animal
    Welfare Training for all Staff``), or the making of one thing named as a noun (see
    :func:`_made_outcome`); not a level or quality (``Become a more aligned team``)."""
    if sets_up_one(title) or decides_one(title) or _CONVERTS_ONE.match(strip_label(title)) \
            or _made_outcome(title):
        return True
    if not names_deliverable(title) or _QUALITY.search(title):
        return False
    words = strip_label(title).split(maxsplit=4)
    # two verbs of delivery joined before the thing (``Identify and secure a location``)
    at = 3 if len(words) > 4 and words[1].lower() == "and" \
        and names_deliverable(" ".join(words[2:])) else 1
    return (len(words) > at + 1 and words[at].lower() in ("a", "an")) \
        or _TO_ALL.search(title) is not None


def _reports_no_state(plan: Plan) -> bool:
    """Whether the plan reports nothing of where its goals stand: no goal carries a
    result or a rating and no measure a reading (a plan set out for the period ahead,
    not a status review that could show a deliverable done, late or dropped)."""
    return not any(goal.actuals or goal.rating is not None for goal in plan.goals) \
        and not any(metric.actuals for metric in plan.metrics)


#: A goal its text says the period's plan gives no work on purpose: ``Nothing specific in
#: Q1``, ``Nothing planned this quarter``, ``Not a focus this year``, ``Parked until Q3``.
_PARKED = LazyPattern(
    r"\b(?:(?:nothing\s+(?:specific|planned)|no\s+(?:work|tasks?)\s+planned|not\s+a\s+focus)"
    r"\s+(?:in|for|this|during)|parked\s+(?:until|this|for\s+(?:now|this)))\b", re.IGNORECASE,
    needs=("nothing", "planned", "focus", "parked"))


#: Measures a goal's text says are kept out of the published plan on purpose: ``Measures:
#: see confidential version``, ``KPIs are internal-only``, ``its associated results, this
#: data cannot be included in a public document`` (a category withheld for security).
_KEPT_CONFIDENTIAL = LazyPattern(
    r"\b(?:measures?|metrics?|kpis?|key results?)\b\W+(?:\w+\W+){0,4}?"
    r"(?:confidential|internal[- ]only)\b|"
    r"\b(?:data|results?|measures?|metrics?|kpis?|figures?)\b\W+(?:\w+\W+){0,2}?"
    r"(?:cannot|can ?not|will not|may not|is not|are not) be (?:published|disclosed|"
    r"made public|included in (?:a |any )?public)\b", re.IGNORECASE,
    needs=("confidential", "internal", "published", "disclosed", "made public", "included in"))


def _targeted_elsewhere(plan: Plan, goal: Goal) -> bool:
    """Whether a goal starts after the plan's date in a plan that keeps its targets out
    of its text (``withheld: [targets]``, the plan's or the goal's own): a goal for the
    coming period whose measures are set, with their targets, in the document the plan
    keeps them in."""
    as_of = plan.info.as_of
    return plan.withheld("targets", goal) and as_of is not None \
        and goal.start is not None and goal.start > as_of


def _measured_by_cancelled_work(plan: Plan, goal: Goal, dropped: frozenset[str]) -> bool:
    """Whether a top-level goal of the strategy was measured by the measures of its work,
    and that work was all cancelled, leaving nothing to execute it: uncascaded-goal
    reports the goal, naming the cancelled work, and the missing measure has that one
    cause. A goal that names an owner or metrics of its own (whose goal uncascaded-goal
    may leave to them), or a plan that keeps its work elsewhere, is not such a case."""
    work = plan.referrers(goal, "supports", Initiative)
    return bool(work) and all(item.status == "cancelled" for item in work) \
        and any(set(item.metrics) - dropped for item in work) \
        and goal in plan.top_goals and goal.owner is None and not goal.metrics \
        and goal.id in plan.linked_goals and goal.id not in plan.executed_goals \
        and not plan.withheld("initiatives", goal)


def _measured_by_deliverables(plan: Plan, dropped: frozenset[str]) -> bool:
    """Whether a plan measures its goals only by the deliverables of their work: no goal
    lists a metric of its own, and the measures of the live work that supports its goals,
    of which there are some, are all milestones (a charter's deliverables, each with its
    date): a goal is reached when its work is done. So does a plan that tracks its goals'
    work as dated commitments (see :func:`_tracks_dated_work`)."""
    if _tracks_dated_work(plan, dropped):
        return True
    if any(set(goal.metrics) - dropped for goal in plan.goals):
        return False
    kinds = {plan.measure(metric).kind for work in plan.initiatives
             if work.supports and work.status != "cancelled"
             for metric in plan.refs(work, "metrics", Metric) if metric.id not in dropped}
    return kinds == {"milestone"}


def _tracks_dated_work(plan: Plan, dropped: frozenset[str]) -> bool:
    """Whether a plan tracks its goals' work as dated commitments: every piece of live
    work that supports a goal (some do) states when it is due (``end``) and where it
    stands (``status``), every piece done states the date it was actually done
    (``completed``; one at least is), and no goal under none lists a metric of its own (a
    department's structural reform plan: priorities and actions made of sub-actions, each
    with its scheduled end and its actual dates, published as they move). Such a plan
    reports each goal by its work's dates, done on time, late or not begun: a goal is
    reached when its work is done."""
    work = [item for item in plan.initiatives if item.supports and item.status != "cancelled"]
    done = [item for item in work if item.status == "done"]
    return bool(done) and all(item.end is not None and item.status is not None
                              for item in work) \
        and all(item.completed is not None for item in done) \
        and not any(set(goal.metrics) - dropped for goal in plan.top_goals)


def _has_work(plan: Plan, goal: Goal) -> bool:
    """Whether work of the plan that is not cancelled supports a goal."""
    return any(work.status != "cancelled"
               for work in plan.referrers(goal, "supports", Initiative))


def _releases_version(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is the release of a numbered version, or a prohibition to enact,
    with the work that makes it up listed for it: measured by that work being done."""
    title = goal.title or ""
    return (("." in title  # a version's number has a dot: read the rest only then
             and bool(_VERSION_RELEASE.search(strip_label(title))))
            or _enacts_rule(title)) and _has_work(plan, goal)


def _enacts_rule(title: str) -> bool:
    """Whether a goal's title is a prohibition or requirement to enact
    (``_PROHIBITION``): a rule adopted or not."""
    return bool(_PROHIBITION.match(strip_label(title)))


def _dropped_note(goal: Goal, dropped: frozenset[str]) -> str:
    """What a goal's finding says of the metrics it lists that the plan dropped."""
    gone = [metric for metric in goal.metrics if metric in dropped]
    if not gone:
        return ""
    return f" left (it dropped {joined(gone)})"
