"""PL2 metrics: every goal is measured, and every measure can be read.

metric-without-source: where each measure's data comes from, and the many measures whose
source goes without saying (counts of the plan's own work, figures from its books or its
tracker, a system's standard measures, ratings in words). The other metric rules are in
:mod:`planlint.rules.unmeasured`, :mod:`planlint.rules.targets`,
:mod:`planlint.rules.baselines`, :mod:`planlint.rules.units`,
:mod:`planlint.rules.cadence` and :mod:`planlint.rules.metrics`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from planlint.budgets import PEOPLE_TIME
from planlint.finding import Finding
from planlint.measure_counts import (
    adds_up,
    counts_decisions,
    counts_done,
    counts_gatherings,
    counts_issued,
    counts_routine,
    counts_work_time,
    shares_own_acts,
)
from planlint.measure_figures import ticked
from planlint.measure_sources import names_analyser, names_instrument, names_means, names_record
from planlint.measure_words import worded
from planlint.measure_work import (
    counts_deliverables,
    counts_work_read,
    delivers_in_words,
    makes_one,
    measures_work,
    reads_outcome,
    scored_done,
)
from planlint.model import Initiative, Metric
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.practice import by_practice, widespread
from planlint.ruledef import rule
from planlint.timeline import metric_goals

from ._metric_facts import (
    commitments_figures,
    formulated,
    only_quoted,
    states_figures,
    target_kept_out,
    unquantified,
    whole_states,
)


@rule(code="PL208", name="metric-without-source", category="metrics", severity="info",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Cost per vehicle, "
            "target: {value: 90}}\n",
      passes="planlint: 1\nmetrics:\n  - {id: M1, title: Cost per vehicle, target: {value: 90}, "
             "source: Cost accounting}\n  - {id: M2, title: Customer net promoter score, "
             "target: {value: 40}}\n  - {id: M3, title: Warranty claims per 1000 vehicles, "
             "target: {value: 8}, source: Warranty system}\n"
             "  - {id: KR1, title: Publish the new pricing page}\n"
             "  - {id: M4, title: Dealers in the network, "
             "actuals: [{date: 2001-12-31, value: 212}]}\n"
             "  - {id: M5, title: Visits to the owners' site, "
             "actuals: [{date: 2001-12-31, value: 5200}]}\n"
             "  - {id: M6, title: JDP dealer satisfaction index, target: {value: 800}}\n"
             "  - {id: KR2, title: Create two demos, actuals: [{date: 2018-09-30, value: 1}]}\n"
             "  - {id: M7, title: '# of screening events', target: {value: 40}}\n"
             "  - {id: M8, title: '% of discharges with a follow-up call', "
             "target: {value: 90}}\n"
             "  - {id: M9, title: New dealerships opened, target: {value: 12}}\n"
             "  - {id: KR3, title: Create one dealer onboarding kit}\n"
             "  - {id: M10, title: Reduce the open bug backlog by 15%, "
             "target: {value: 200}}\n"
             "  - {id: M11, title: Projects led by Acme Motors that include a dealer, "
             "target: {value: 75}}\n"
             "  - {id: M12, title: Number of dealer audits performed, "
             "target: {value: 40}}\n"
             "  - {id: M13, title: 'Dealer network quality across all regions: Number of "
             "dealer trainings delivered', target: {value: 60}}\n"
             "  - {id: M14, title: Workshops for dealers, target: {value: 6}}\n"
             "  - {id: M15, title: Inspect demonstration vehicles every 30 days, "
             "unit: '%', target: {value: 95}}\n"
             "  - {id: M16, title: Total hours spent training dealers, "
             "target: {value: 400}}\n"
             "  - {id: M17, title: Number of dealer council meetings, target: {value: 4}}\n"
             "  - {id: M18, title: Number of public hearings, target: {value: 2}}\n"
             "  - {id: M19, title: 4 dealer newsletters, target: {value: 4}}\n"
             "units: [{id: acme, name: Acme Motors}]\n"
             "goals:\n  - {id: G1, metrics: [M1]}\n"
             "initiatives:\n  - id: S1\n    title: Screening outreach\n    metrics:\n"
             "      - {id: S1-m, title: Hold 3 screening events, target: {value: 3}, "
             "source: Evaluation database}\n"
             "      - {id: S1-e1, title: '# of individuals screened'}\n"
             "  - {id: I1, metrics: [M7, M8]}\n")
def metric_without_source(plan: Plan) -> Iterator[Finding]:
    """A metric names no data source.

    When nobody knows where a figure comes from, each review argues about the number instead
    of the strategy, and the figure is reported late or from a different system each time.
    The source names the system, report or survey the data comes from. A milestone is done
    or not and has no data to source, nor has a key result only ticked done or not (no unit
    or calendar cadence, no target but 1, every reading 1 or 0: ``Create two demos``, ticked
    at the quarter's end), nor a count of one thing to make or get (``Create one meetup in a
    box``, ``Add 1 full time rust developer``; not one of each of a group), which is there
    or not like a milestone, and a record of finished work is counted from the work itself
    (see metric-without-target). This is a practice of the plan as a whole: when more than a
    third of a plan's measures name no source, or none does, the plan is reported once; a
    measure that states no figure at all counts towards that, but a plan none of whose
    measures states any figure, nor quotes the readings of a measure it sets no target for,
    has no figures to source, nor has one whose measures that name no source all state no
    figure and say what is to be true rather than name a quantity (states of affairs to
    bring about, deliverables named by a noun), and metric-without-target reports it. A plan
    that names the sources of most of its measures has a data practice, and the few it
    leaves without one are not reported: on real plans their source was evident from the
    measure itself every time (a net promoter score comes from a survey, a project's own web
    statistics from its site), so each such finding was a false alarm. A measure the plan
    sets no target for and only quotes with its readings (a statistic a report gives to show
    where an aim stands) is left out, from the plan's practice too: metric-without-target
    reports it, and the plan's data practice is judged on the measures it sets out to reach.
    A plan of people's own objectives (individual OKRs: every goal owned by a person not on
    the leadership team, each owner holding more than one) is scored by each person on their
    own key results: the owner is the source, and none is asked for. A measure whose title
    names the survey, rating or index it is read from by its publisher's name (``SOCITM
    Better Connected accessibility rating``, ``BCH rating``), or the test it is a result of
    by the test's proper name (``proficient in Reading on the Ohio State Test (OST)``),
    names its source there, and so does one whose wording names the kind of instrument it is
    read from: scores of a test or assessment (``Average increase in trainee test scores
    based on assessments at entry and completion``), people's own ratings on a scale
    (``Percentage of attendees who ranked the usefulness of courses at or above 6 on a scale
    of 1-7``; not a scale nobody is said to rate on) or a check with decoys or mystery
    shoppers (``Percentage of licensees who refuse to sell to minor decoys``) or a benchmark
    of cases it is computed on (``A leading AI model … reaches 90% success simulating a
    curated PDB benchmark of modified proteins``; not a reference level, ``benchmark
    concentration``): its figures are that instrument's results, as a survey's are the
    survey's. So does one whose title opens with the survey, census or questionnaire it is
    read from and the figure read from it (``Engagement surveys results``, ``Staff survey:
    share who would recommend us``, ``Census population``), or names the survey by its name
    after ``on the`` (``… on the Best Companies Survey``): a vague word names no instrument
    (``Customer satisfaction``), nor do surveys counted (``Percentage of surveys with
    up-to-date metadata``). So does a code-quality figure named with the code-analysis
    service or linter that computes it (``CodeClimate: 0% technical debt``, ``Pylint: 0
    issues``): the tool reads it. So does a process measure of a piece of work whose title
    is only the name of the record or data its evidence is read from (a campus improvement
    plan's evidence that a strategy succeeded: ``Drug dog visit log``, ``Safety day notes``,
    ``AVID enrollment numbers for 2015``; see
    :func:`planlint.measure_sources.names_record`): the title names where it is read. A
    count of bugs or tickets (``Reduce untriaged bug count by 50%``, ``Open support
    tickets``) needs none: they exist only as entries of the tracker that holds them, where
    they are counted. Nor does a measure of the work a unit of the plan itself leads,
    supports or funds, named by that unit's name (``Percentage of projects led or supported
    by Polar Knowledge Canada that include Northerners``, ``Polar Knowledge Canada-led
    projects``), or of the parties connected to a service that is a unit of the plan (``100%
    of the 64 ELC-funded STLTs are connected to ReportStream``; not a share connected to
    what the plan does not provide, ``households connected to the grid``): the unit keeps
    the records of its own projects and connections it is read from. A process measure of a
    piece of work (see metric-without-baseline: ``# of screening events``) whose work names
    a source for its measures, all but its process measures (the plan's evaluation database
    for a strategy's milestones), is kept there with them: the records of the same work hold
    its counts too. When every measure of the plan's goals names its source, the process
    measures of its work (an initiative's ``% of discharges with a follow-up call``, which
    no goal lists) are left out: the plan keeps a data practice for its results, and counts
    of its own work come from the work's records. So are they when every measure of its
    goals is rated in words only, with no target and no reading of a value (an annual
    report's key performance indicators each given a result such as ``Achieved`` with its
    evidence): the goals give no figure to source, and the only figures are the results of
    the plan's own work (a grant programme's base stations funded), read from that work's
    records. So are they when the plan's goals list no measure at all and every measure sits
    under a piece of work (a development plan's product indicators: documents written,
    equipment built, each under the programme that delivers it): the goals give no figure to
    source, and the work's counts come from the records of those who do it. Not, then, a
    measure of the work that is a rate, share or time of what it brings about (a funder's
    compact KPIs under its activities: ``Non-revenue water (%)``, ``Time required to resolve
    commercial disputes (Days)``; not the work's progress, ``Physical completion of health
    center facilities (%)``, nor a share stated as the work to do, ``extend fibre broadband
    access to 95% of premises``, see :func:`planlint.measure_work.reads_outcome`): it is
    read from a system or a survey. A measure that counts things by what was done to them
    (``New shops opened``, ``Facilitators trained``, ``Premises relocated``, and so with how
    many before them, ``12-18 grants signed``, but not a share, or with ``Number of``, a
    department's workload counts: ``Number of client consultations performed``, ``Number of
    people reached through social media``, ``Number of participants attending extension
    programs``; not a harm, nor what befell the things or was recorded as happening to them,
    ``Number of offences recorded``, a statistic of events, nor what the things did
    themselves, ``Countries that have leveraged…``) and naming no source needs none: it
    counts what the organisation's own work did, and its figure comes from the records of
    that work, where naming a source adds nothing; so it is when the title names the
    objective it serves before a colon and that count after it (an EU management plan's
    ``Enforcement of EU State aid control: Number of Commission decisions adopted``). So
    does a count or sum of the decisions and commitments the organisation makes itself, as a
    lender, grant-maker or regulator measures its year (``Number of Investment Decisions per
    annum``, ``Dollar value of Investment Decisions``, or the value of what it funded,
    ``Total capital value of projects supported``; see
    :func:`planlint.measure_counts.counts_decisions`): read from its own decisions, not what
    they brought about outside it (``Jobs created``, revenues). So does a count of the
    gatherings the organisation holds, named first (``Workshops``, ``Meetups in new
    cities``, ``Number of webinars``; in whole figures, with no harm), or meetings or
    hearings after the words that say which (``Number of Council meetings``, ``Number of
    public hearings``, a city budget book's workload rows; not ``events`` so qualified,
    which may be occurrences, ``adverse events``): its own calendar holds them. So does a
    count of what the organisation issues, signs or appoints itself (``4 newsletter``, ``2
    explanatory videos on website``, ``12 more streams``, ``2 other Funding Agreements``,
    ``# of Board and Commission Members``; not ``funding streams``, nor the people its
    issues reach; see :func:`planlint.measure_counts.counts_issued`), or the parties a
    service connects or onboards to itself or whose data it routes, a verb opening the count
    (``Connect at least 5 new healthcare organizations to ReportStream``, ``Route lab data
    for at least 15 reportable conditions``; not a share, a rate or a time), and a tax
    setting a government fixes by law, named with the course the plan sets it (``main rate
    of corporation tax (from 28% to 26% ...)``, ``personal allowance (from £6,475 to
    £10,000)``): its own acts, read from the work itself. So does a share of what its own
    acts have reached: of its own people, named with ``our``, that it has trained (``70% of
    our Student Academic Reps will have completed face to face or online training``), or the
    uptake or completion of a scheme it runs, named first (``Student Fellows Scheme will
    have a 100% uptake``; see :func:`planlint.measure_counts.shares_own_acts`): its training
    and scheme records hold them. So does an act the organisation repeats on its own
    schedule, named with how often it falls due (``Inspect playgrounds every 30 days``,
    ``Hold 5 events annually``, ``Risk register reviewed fortnightly``; no rate, no harm),
    counted or as the share of those due carried out (in the unit, or in the title:
    ``Percent of active mine sites inspected annually``, ``Visit 100% of retail licensees
    each year``), and the hours spent on a task of its own work (``Total hours spent mowing
    city parks``), or the runs its own computations take per cycle of its method (``Fewer MD
    simulation evaluations per optimization cycle``): both are read from its own record of
    that work. So does a process measure of a piece of work that names the outputs the work
    delivers, then at once what made them (``Decision-making tools and systems
    developed/enhanced``, ``Training provided to partner staff``, a results framework's
    output indicators; no rate, no harm): the project's records of its own outputs hold it.
    So does a process measure of a piece of work that the plan already reports reading,
    counting things named in the plural in whole figures, with no rate, harm, magnitude or
    sum of money (not ``Mobile coverage of the population``; a results report's intermediate
    indicators: ``Classrooms that receive learning materials``, read 0 then 8,000; a quality
    plan's ``# of custom reports/dashboards``): the project reads it from the records of the
    work that produced it; a framework not yet read (a logframe at design, whose means of
    verification are still to be set) is still asked. So does one that states no figure and
    whose target names, in words, a deliverable (``An implementation workplan will be
    completed by March 2026``): done or not, with nothing to read. Such counts still count
    among the plan's measures, as measures whose data are known: the plan's practice is
    judged over all it measures, so that two unsourced figures beside a grants programme's
    grant rounds delivered, or an association's social evenings beside its meetups and
    workshops, are a few measures without a source, not a plan that names none. The
    deliverables of a plan measured mostly by them count among its measures too (more than
    half its measures milestones, done or not: a board's year of goals, reports provided and
    a survey held beside two availability rates; an operating plan's key results): the plan
    measures its work by what it delivers, and the few figures beside them are judged over
    all it measures; where figures are most of its measures, its data practice is judged
    over them alone. Nor does a count whose title says it adds up what was done since the
    plan began need a source (a HUD consolidated plan's CAPER, ``Rental Housing - cumulative
    accomplishment (Housing Units)``; see uncascaded-goal): what the organisation's funded
    work delivered, counted in the records of that work, and counted among the plan's
    measures the same way; nor does a deliverable scored by how much of it is done (0 to 100
    with no unit, see :func:`planlint.measure_work.scored_done`: ``Launch SWOT``, read 25
    when one of its four steps is done, as an agency's priority goals score their launches,
    deliveries and selections), a milestone read step by step from the work itself. Nor is a
    list of commitments whose only figures are those its commitments state in their own
    words (a plan with no goals, one whose goals list no measure, or one that reports the
    status of all its work, each measure one target stated in the titles of the work or
    goals that list it, not read yet; see metric-without-cadence): the figures are what the
    commitments promise, met or not with each commitment, not measures drawn from a data
    system the list would name. Nor is a plan whose measures that name no source are all
    sums of money in a currency its own budget is kept in (a foundation's financial plan:
    total income, donations, cash, in ``USD thousands`` beside its budget lines in USD):
    they are lines of its own accounts, read from its books, and naming a source adds
    nothing; one measure of anything else without a source (members, visits, revenue in
    another currency) and the plan is asked again. A breakdown (``breaks_down``, see
    metric-without-target) of a measure that names its source needs none of its own: its
    figures come from the same data. Nor is a measure whose target the plan keeps out of its
    text on purpose and states none (``withheld: [targets]``, the plan's or its goals': a
    roadmap whose measures are set out, with their six-year goals and peer comparisons, on a
    University Dashboard it names): the measure is published in that document, and its data
    notes with it; it does not count towards the plan's practice either. Nor, for the same
    reason, is a measure whose data notes the plan keeps in another document it names
    (``withheld: [sources]``, the plan's or its goals': the data accuracy and reliability
    notes the GPRA Modernization Act has published for each agency priority goal on its
    Performance.gov goal page, which a quarterly data extract of the goals leaves out; a
    ministry's page on how its results are measured). Nor is a student equity plan (its
    title names it one: a California community college's plan under Education Code
    78220-78222, written in the Chancellor's Office's template) asked: the template gives
    each college the system's standard metrics and the gaps of its disproportionately
    impacted groups, computed by the Chancellor's Office ("Your planning team will have
    Chancellor's Office data available", the template's guidance; the gaps by its PPG-1
    method), and has no place to name a source: where the figures come from is the
    template's, the same for every college, not a practice the college's plan could state or
    omit.
    """
    if plan.personal or commitments_figures(plan) or _system_measured(plan):
        return
    missing, eligible, own_acts, deliverables = [], 0, 0, 0
    work_sourced = _outcomes_sourced(plan)
    unmeasured_goals = work_sourced and not any(
        metric_goals(plan, metric) for metric in plan.metrics)
    own = _own_work(plan)
    for metric in formulated(plan):
        measure = plan.measure(metric)
        if only_quoted(plan, metric) or (
                work_sourced and measures_work(plan, metric)
                and not (unmeasured_goals and reads_outcome(metric, measure))) \
                or target_kept_out(plan, metric) or plan.withheld("sources", metric):
            continue
        if measure.kind == "milestone" or makes_one(metric, measure) or ticked(metric):
            deliverables += 1
            continue
        if metric.source is None and (counts_done(metric) or counts_decisions(metric)
                                      or counts_gatherings(metric) or counts_issued(metric)
                                      or counts_routine(metric) or counts_work_time(metric)
                                      or _adds_up_output(plan, metric)
                                      or counts_deliverables(plan, metric)
                                      or counts_work_read(plan, metric)
                                      or delivers_in_words(plan, metric)
                                      or scored_done(metric, measure)
                                      or shares_own_acts(metric)):
            own_acts += 1
            continue
        eligible += 1
        if metric.source is None and not names_instrument(metric.title or "") \
                and not names_analyser(metric.title or "") and not names_means(metric) \
                and not (names_record(metric) and measures_work(plan, metric)) \
                and not whole_states(plan, metric, "source") \
                and not _kept_with_work(plan, metric) and not _counts_tracked(metric) \
                and not own(metric.title or ""):
            missing.append(metric.finding(
                f"{metric.describe()} names no data source; set source to "
                "the system, report or survey its figures come from"))
    bare = unquantified(plan)
    measured = eligible + own_acts
    if 2 * deliverables > measured + deliverables:  # measured mostly by deliverables
        measured += deliverables
    if (len(missing) < measured and not widespread(len(missing), measured)) \
            or not states_figures(plan, missing, eligible, bare) \
            or _from_books(plan, missing):
        return
    yield from by_practice(plan, missing, measured, items="metrics",
                           lacking="name no data source", repeated=bare,
                           fix="set source on each to the system, report or survey its "
                               "figures come from")


#: A California community college's student equity plan (Education Code 78220-78222), by
#: its title: the Chancellor's Office's template gives each college the system's standard
#: metrics, computed from the system's data.
_SYSTEM_TEMPLATE = LazyPattern(r"\bstudent equity plan\b", re.IGNORECASE)


def _system_measured(plan: Plan) -> bool:
    """Whether the plan is a student equity plan (its title names it one, see
    :data:`_SYSTEM_TEMPLATE`), whose measures the system's template computes for it."""
    return _SYSTEM_TEMPLATE.search(worded(plan.info.title)) is not None


def _from_books(plan: Plan, missing: list[Finding]) -> bool:
    """Whether every measure that names no source is a sum of money in a currency the
    plan keeps its own budget in (a foundation's financial plan: total income, donations,
    cash, in ``USD thousands`` beside its budget lines in USD): they are lines of the
    organization's own accounts, read from its books, and a source adds nothing."""
    currencies = {budget.currency.casefold() for budget in plan.budgets
                  if budget.currency and not PEOPLE_TIME.search(budget.currency)}
    if not currencies or not missing:
        return False
    for finding in missing:
        metric = plan.by_id.get(finding.node)
        words = re.findall(r"\w+", (metric.unit or "").casefold()) \
            if isinstance(metric, Metric) else []
        if not currencies.intersection(words):
            return False
    return True


def _adds_up_output(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is a count that adds up what the plan's work has done since it
    began (:func:`planlint.measure_counts.adds_up`: ``Rental Housing - cumulative accomplishment
    (Housing Units)``): the output of the organisation's own funded work, counted in the
    records of that work, as uncascaded-goal reads such goals."""
    return adds_up(metric) and plan.measure(metric).kind == "count"


#: A count of the bugs or tickets a team keeps (``untriaged bug count``, ``total bug
#: backlog``, ``open support tickets``): such items exist only as entries in the tracker
#: that holds them.
_TRACKED = LazyPattern(r"\b(?:bugs?|tickets?)\b", re.IGNORECASE)


def _counts_tracked(metric: Metric) -> bool:
    """Whether a metric counts bugs or tickets (``Reduce untriaged bug count by 50%``):
    they are entries of the tracker that holds them, which is where they are counted."""
    return bool(_TRACKED.search(metric.title or ""))


#: What an organisation does to the work it counts as its own (``projects led or
#: supported by``, ``Polar Knowledge Canada-led projects``).
_OWN_WORK_VERBS = r"(?:led|supported|funded|run|delivered|organi[sz]ed|coordinated|conducted)"


#: What a service does to the parties it takes onto itself, named with it after
#: (``STLTs are connected to ReportStream``, ``senders onboarded onto the hub``).
_JOINED = (r"(?:connected|onboarded|routed|integrated) (?:to|onto|into|with|through|via) "
           r"(?:the )?")


#: A verb of :data:`_OWN_WORK_VERBS` or :data:`_JOINED` as a word: every title
#: :func:`_own_work` matches has one, and few titles do.
_OWN_WORK_VERB = LazyPattern(rf"\b(?:{_OWN_WORK_VERBS}|connected|onboarded|routed|integrated)\b",
    re.IGNORECASE,
    needs=("led", "supported", "funded", "run", "delivered", "organi", "coordinated", "conducted",
           "connected", "onboarded", "routed", "integrated"))


def _own_work(plan: Plan) -> Callable[[str], bool]:
    """Whether a title names a measure of the work a unit of the plan itself leads,
    supports or funds, by the unit's name (``projects led or supported by Polar Knowledge
    Canada``, ``Polar Knowledge Canada-led projects``; a parenthesised second name counts
    too), or of the parties connected, onboarded or integrated to a service that is a unit
    of the plan (``100% of the 64 ELC-funded STLTs are connected to ReportStream``): the
    unit keeps the records of its own projects and connections that such a measure is
    read from. Never when the plan names no unit. The pattern of every unit's name is compiled
    only once a title has one of the verbs (compiling it was most of the rule's time)."""
    compiled: list[re.Pattern[str] | None] = []

    def names_own_work(title: str) -> bool:
        if _OWN_WORK_VERB.search(title) is None:
            return False
        if not compiled:
            compiled.append(_own_work_pattern(plan))
        return compiled[0] is not None and compiled[0].search(title) is not None

    return names_own_work


def _own_work_pattern(plan: Plan) -> re.Pattern[str] | None:
    """The pattern :func:`_own_work` matches, or None when the plan names no unit."""
    names = {" ".join(part.split()) for unit in plan.units
             for part in re.split(r"[()]", unit.name or "") if part.strip()}
    if not names:
        return None
    named = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b{_OWN_WORK_VERBS} by (?:the )?(?:{named})\b|"
                      rf"\b(?:{named})-{_OWN_WORK_VERBS}\b|\b{_JOINED}(?:{named})\b",
                      re.IGNORECASE)


def _kept_with_work(plan: Plan, metric: Metric) -> bool:
    """Whether a process measure (see :func:`planlint.measure_work.measures_work`) is kept
    with the records of its work: each piece of work that lists it names a source for
    its measures (the plan's evaluation database for a strategy's milestones), all but
    its process measures (events held, people trained), whose counts are kept there too."""
    if not measures_work(plan, metric):
        return False
    for work in plan.referrers(metric, "metrics", Initiative):
        measures = plan.refs(work, "metrics", Metric)
        if not any(other.source is not None for other in measures) or any(
                other.source is None and not measures_work(plan, other) for other in measures):
            return False
    return True


def _outcomes_sourced(plan: Plan) -> bool:
    """Whether every measure of the plan's goals names its data source (at least one
    does), or is rated in words only (at least one is: a report's key performance
    indicator given a result such as ``Achieved``, no target and no reading of a value),
    or the plan has goals and none lists a measure (a development plan whose only
    indicators are its programmes' products): the plan keeps a data practice for its
    outcomes, or gives them no figure to source, and the process measures of its work
    are counted from the work's own records (in the last case, all but the rates, shares
    and times of what the work brings about, which metric-without-source still weighs)."""
    outcomes = [metric for metric in plan.metrics if metric_goals(plan, metric)]
    if not outcomes:
        return bool(plan.goals)
    return (all(
        metric.source is not None or names_instrument(metric.title or "")
        for metric in outcomes) or all(_rated_in_words(plan, metric) for metric in outcomes))


def _rated_in_words(plan: Plan, metric: Metric) -> bool:
    """Whether a metric sets no target and every reading of it is a result in words."""
    return only_quoted(plan, metric) and all(
        actual.value is None and actual.score is None for actual in metric.actuals)
