"""PL2 metrics: every goal is measured, and every measure can be read.

The rules of a measure's target: metric-without-target (each measure states the level it
sets out to reach, and the many that need none of their own: statistics quoted beside the
targets, breakdowns of a targeted whole, studies and duties kept moving), and the target
set against the rest of the plan, target-contradicts-direction (on the side of the
baseline the direction points to) and target-after-goal-due (due by the goals it
measures). The other metric rules are in :mod:`planlint.rules.unmeasured`,
:mod:`planlint.rules.baselines`, :mod:`planlint.rules.units`,
:mod:`planlint.rules.cadence`, :mod:`planlint.rules.sources` and
:mod:`planlint.rules.metrics`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from datetime import date
from functools import partial

from pydantic import Field

from planlint.finding import Finding
from planlint.measure_counts import counts_demand
from planlint.measure_figures import figureless, sets_standard, shares_cases_meeting
from planlint.measure_sources import gathers_views
from planlint.measure_words import strip_label, worded
from planlint.measure_work import done_in_part, measures_work
from planlint.measures import Measure, says_none
from planlint.model import Goal, Initiative, Metric
from planlint.patterns import LazyPattern
from planlint.plan import Plan
from planlint.practice import by_practice, eligible_so_far, widespread
from planlint.ruledef import RuleOptions, rule
from planlint.timeline import continuing, final_target, is_limit, metric_goals, stated_dues
from planlint.wording import joined

from ._metric_facts import formulated, listed, only_quoted, sets_target


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


@rule(code="PL202", name="metric-without-target", category="metrics", severity="warning",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Operating profit, unit: USD m}\n",
      passes="planlint: 1\nmetrics:\n  - id: M1\n    title: Operating profit\n"
             "    target: {value: 0, date: 2003-12-31}\n"
             "  - {id: KR1, title: Increase NPS from 30 to 50}\n"
             "  - {id: KR2, title: Grow ARR to $X}\n"
             "  - {id: KR3, title: Hire two engineers}\n"
             "  - {id: KR4, title: Launch the partner portal}\n"
             "  - {id: KR5, title: Tracking issue progress (share of checklist items done), "
             "unit: share}\n"
             "  - {id: KR6, title: Releases ship on time, unit: '%'}\n"
             "  - {id: KR38, title: Share of the targets defined in the strategy reached, "
             "unit: '%'}\n"
             "  - {id: KR8, title: 'For each grant, confirm progress through monthly "
             "reporting'}\n"
             "  - {id: KR7, title: Study day-2 operations, "
             "actuals: [{date: 2001-03-31, value: 0.4}]}\n"
             "  - {id: KR9, title: Have flexbox match latest version of spec}\n"
             "  - {id: KR26, title: 'Ensure the GUI functions consistently on macOS, "
             "Linux and Windows'}\n"
             "  - {id: KR27, title: Inspect and classify all 3rd party issues}\n"
             "  - {id: KR28, title: Bringing in key events to be formally part of the "
             "project}\n"
             "  - {id: KR10, title: Intersection observer on trunk}\n"
             "  - {id: KR31, title: Beta release of Automatic Chess}\n"
             "  - {id: KR32, title: 'Road safety: the agency has supported the new road "
             "law'}\n"
             "  - {id: KR12, title: All districts covered by offices}\n"
             "  - {id: KR33, title: Each member of the team performs work for the "
             "showcase}\n"
             "  - {id: KR36, title: All fire stations undertake positive action "
             "activities}\n"
             "  - {id: KR37, title: The Service fulfils its status as a Disability "
             "Confident employer}\n"
             "  - {id: KR16, title: 'Analysis of current liability & safety trends; "
             "options to address'}\n"
             "  - {id: KR13, title: Lead-time of initiatives is known}\n"
             "  - {id: KR19, title: Public multisig transaction logs maintained}\n"
             "  - {id: KR17, title: Measure the satisfaction of participants at our "
             "events}\n"
             "  - {id: KR18, title: 'Twice a year, facilitate a community feedback "
             "session'}\n"
             "  - {id: KR21, title: Budget review at end of year}\n"
             "  - {id: KR22, title: Reports provided a week before Board meeting}\n"
             "  - {id: KR29, title: No client inquiry takes more than one business day "
             "to receive a response}\n"
             "  - {id: KR30, title: Alerts issued for all significant flooding events}\n"
             "  - {id: KR14, title: Pipeline velocity, description: time opportunities "
             "spend in each stage of the sales pipeline}\n"
             "  - {id: KR24, title: Feedback on the usefulness of the website from staff "
             "and patients}\n"
             "  - {id: KR11, title: Current production, unit: t, against: M1, "
             "actuals: [{date: 2001-03-31, value: 58}]}\n"
             "  - {id: KR23, title: Operating profit in Europe, unit: USD m, "
             "breaks_down: M1, actuals: [{date: 2001-03-31, value: -800}]}\n"
             "  - {id: KR15, title: Life satisfaction among young people, "
             "direction: increase, tolerance: 0.1, baseline: {value: 7.6, date: 2001-12-31}}\n"
             "  - {id: KR19, title: Persistence - Overall Student Population, unit: '%', "
             "baseline: {value: 62.6, date: 2002-06-30}}\n"
             "  - {id: KR20, title: Persistence - Homeless, unit: '%', "
             "baseline: {value: 37.5, date: 2002-06-30}, target: {change: 25.4}}\n"
             "  - {id: KR25, title: Businesses created, target: {text: n/a}, "
             "actuals: [{date: 2001-03-31, text: not available}]}\n"
             "  - {id: KR34, title: Política de retenção aprovada nas instâncias pertinentes}\n"
             "  - {id: KR35, title: documenter nos processus dans un manuel}\n"
             "people: [{id: ann}, {id: bob}]\n"
             "goals:\n  - {id: A1, owner: ann, metrics: [KR7]}\n  - {id: A2, owner: ann}\n"
             "  - {id: B1, owner: bob}\n  - {id: B2, owner: bob}\n"
             "  - id: W\n    owner: ann\n    metrics:\n"
             "      - {id: W1, title: Small water works built or rehabilitated, "
             "unit: small water works, target: {value: 500, date: 2003-12-31}, "
             "actuals: [{date: 2001-03-31, value: 381}]}\n"
             "      - {id: W2, title: Animals served by the small water works, unit: animals, "
             "actuals: [{date: 2001-03-31, value: 152006}]}\n"
             "initiatives:\n  - id: S1\n    metrics:\n"
             "      - {id: S1-m, title: Hold 3 screening events, "
             "target: {value: 3, date: 2003-12-31}, source: Evaluation database}\n"
             "      - {id: S1-e, title: '# of individuals screened'}\n"
             "  - id: S2\n    metrics:\n"
             "      - {id: S2-b, title: Monthly reporting of results to establish baseline}\n"
             "  - id: S3\n    metrics:\n"
             "      - {id: S3-r, title: Patients removed from waitlist for administrative "
             "reasons, actuals: [{date: 2001-03-31, value: 140}]}\n"
             "      - {id: S3-c, title: Complaints received through our hotline, "
             "unit: complaints, actuals: [{date: 2001-03-31, value: 68}]}\n")
def metric_without_target(plan: Plan) -> Iterator[Finding]:
    """A metric states no target value.

    A measure without a target tells what happened, not whether it is enough: nobody can say
    the goal is on track, and progress cannot be judged in reviews. A metric has a target
    when it sets ``target`` or lists interim ``targets`` (the latest of them is then the
    value aimed at; a target in words that says there is none, ``No target will be set``,
    ``N/A``, ``TBD``, is none), or when its wording states one as plans in the OKR style do:
    ``Increase NPS from 30 to 50``, ``Churn below 2%``, the number of a count (``Hire two
    engineers``), a number in words or figures in another language (``recruter cinq
    personnes``, ``publier 3 articles``: a number written in words in French, Spanish,
    Portuguese, German, Italian or Dutch is read as its figure), or a placeholder for a
    target kept confidential (``Grow ARR to $X``, ``X% gross margin``). The number of an
    indicator a title cites (``Number of MSMEs created or supported [EUTF Common output
    indicator 1.2.]``, a donor's common indicator the action reports to) is a label, not a
    figure it aims at: such a measure with its target cell ``TBC`` states no target. So is a
    distance from a place that bounds what a measure counts (``Percent of Compatible
    Development within 5 Miles of a Base``, ``Share of residents within 1/2 mile of a
    park``): part of its definition, not the level aimed at.

    Measures come in kinds, given by the metric's ``kind`` or told from its wording
    (``planlint.measures``): a ``level`` read over time (a KPI), a ``count`` of things done
    within a period, which starts from zero, and a ``milestone``, a deliverable that is
    either done or not (``Launch the partner portal``, ``Remove simple text``, an evaluation
    or analysis named by the work that yields its report, ``Evaluation of change in habitat
    extent``, ``Comprehensive analysis of current & future coverage``, ``Analysis &
    recommendations for modifications to current fee structures``, a change on the main
    branch of the code such as ``Intersection observer on trunk``, a release named by its
    stage, ``Beta release of Automatic Chess``, a piece of work reported done by who did it,
    ``Road safety: WRI Mexico has supported the implementation of the new law``, where
    ``has`` is the verb, not things counted, a thing named in another language with the
    participle that says it is delivered after it, in the singular, ``Política de
    enfrentamento da evasão aprovada nas instâncias pertinentes``, ``Charte adoptée par le
    conseil``, as ``Support deployed in InvenioRDM LTS`` is, or opened by a French verb of
    delivery in the infinitive, ``documenter nos processus dans un manuel``, ``faire passer
    le MOOC à l'ensemble des agents``, as ``Document our processes`` is), as is a condition
    each case meets or not (``For each grant, confirm progress``; what each of a group is to
    receive, do or have done, ``Each farmer receives a Soil Health Card``, ``Each member of
    the team performs data engineering work that contributes to a Q2 Product Showcase
    presentation``, ``All districts covered by offices``, ``All fire stations undertake
    local positive action engagement activities``, whose level, all of them, is in its
    words), a status the organisation is to hold, kept or not, as a certification or
    accreditation is (``The Service fulfils its status as a Disability Confident
    employer``), something the organization is to know or track (``Lead-time is known``,
    ``Financial health is being tracked``: it can tell it, or not), a record it is to keep
    (``Public multisig transaction logs maintained``, ``Risk register maintained``: a
    standing practice, kept or not, with no level a target could add; unlike ``Roads
    maintained``, a count), a measuring to set up (``Measure the satisfaction of
    participants``, a key result done or not, as ``Measure and track the diversity of the
    membership`` is), an event held so many times a period (``Twice a year, facilitate a
    community feedback session``: held each time, or not), an act named with when it is done
    (``Budget process annually``, ``Budget review at end of year``, a homeowners' board's
    goals: held when due, or not), a standard of time each case meets before the event it
    serves (``reports provided a week before Board meeting``) and a state to bring about
    with no figure in it (``Have flexbox match latest version of spec``, ``Ensure the GUI
    functions consistently on macOS, Linux and Windows``); so is work named by a verb of
    delivery, among them the general ones of OKR guides, inspect, classify, bring in, or by
    its ``-ing`` form (``Inspect and classify all 3rd party issues``, ``Bringing in key
    events to be formally part of the project``); a plan may also mark a measure it watches
    without a target on purpose (complaints received) as an ``indicator``, and a volume of
    the demand that comes to a service from outside, counted as it comes with no direction,
    rate or share, is not asked for one either (``Enquiries received through our hotline``,
    ``daily in-coming calls``, ``Complaints against RTHK lodged with the Broadcasting
    Authority``, ``Passengers Screened``): what others bring, printed beside a service
    standard as the period's evidence; what the service does with it (``complaints
    resolved``, ``calls answered within 20 seconds``, ``home visits made``) is still asked.
    A plan that says once what its measures are (``plan: {metrics_kind: milestone}``: "Most
    of our goals aren't quantifiable: we do it or don't do it") gives that kind to each
    measure whose own ``kind``, wording and figures tell none (``YouTube channel``,
    ``Community etiquette``), and a measure whose wording tells its kind (a rate, a number,
    a count) keeps it. A plan whose measures are three quarters or more milestones lists
    commitments, and there an item that opens with a verb and holds no figure is one more,
    an activity done or not (``increase support to departments' projects``, ``continue to
    operate the publishing platform``), not a level to target, as is an item whose kind
    nothing tells that is graded, like the deliverables beside it, by the share of it done
    (``Unprefix CSS Writing modes``, 0.7 at the quarter's end). So is, in any plan, a
    measure whose kind nothing tells, that asks no level to move and states no unit,
    cadence, target, baseline or figure, read only as shares done or in words, when three
    quarters or more of the measures beside it (its goal's, or where it has none, the
    plan's), leaving out those read the same way, are milestones (``go-ipld-prime codegen is
    usable in some demo project``, 0.7, among key results that are deliverables; ``Forest
    Module (Tier 3)``, read ``CBM and FullCAM``, beside the other modules to build): one
    more deliverable, done or not, graded as its neighbours are. So is such a measure,
    whatever is beside it, whose words say what the people or things they name first are
    doing (``Newsroom analysts are distributing reports sourced from an article performance
    model``, 20%, beside a level in a pair of key results): a practice to bring about, under
    way or not; a level on the move (``Revenue is growing``) is still asked. So is, in a
    plan whose measures of work are its projects' deliverables (two thirds or more of them
    tell their kind, three quarters of those milestones: a budget book's table of projects,
    each with its "performance measure", ``Analysis of current liability & safety trends;
    options to address``), a measure of work whose kind nothing tells, with no figure, rate,
    unit or verb in its words and no figure, unit or cadence in its fields (``Centralized
    resource for members' physical and emotional needs``): one more deliverable, read as its
    neighbours are; a goal's own measure is not read so. A share of a piece of work's own
    parts done (``share of checklist items done``, ``percent complete``) aims at all of them
    by construction, and is not asked for a target either, nor is the share or number of the
    plan's own targets, KPIs, objectives or measures reached or met (``Share of the targets
    defined in the strategy reached``, ``% of KPIs achieved``): the plan states its aim, all
    of them by its end, by setting the targets it counts, and a target for it would restate
    them (the objectives of a partner's agreement or a pupil's plan are still asked); nor is
    a share of cases worded as the condition each should meet (``Releases ship on time``,
    ``Customers not blocked from upgrading``, in percent), which aims at all of them as
    plainly as if it said 100%. Nor is a measure with no unit or figure whose words state a
    standard every case meets, its level, all of them or none over the limit, in its words
    (``No client inquiry takes more than one business day to receive a response``, ``Resolve
    all critical alerts within 7 days``, ``Alerts issued for all significant flooding
    events``, ``Net public benefit on each project funded``): met each time or not, it has
    no target to set nor start to read (nor is it asked a baseline), though its source is
    still asked; a share of cases in percent (``Percentage of complaints responded to within
    timescales``) is a level. In a plan of people's own objectives (individual OKRs, see
    metric-without-source), a key result read only by how much of it is done (``Study day-2
    operations``, 0.4 at the quarter's end), with no unit, no figure in its words and no
    level to move, is the person's own activity graded by them: there is no level to target.
    A milestone needs no target, baseline, unit, cadence or source: its date and whether it
    was done are what count (stale-metric and off-track-metric judge those), and an
    indicator needs no target or baseline, unless it and the others beside it are all a goal
    has: a goal measured only by indicators watched without a target (every year's target
    cell ``Tracking only``), with no goal below it or work for it measured otherwise, states
    no result that means it is reached, and is reported once, at the goal. Nor does a
    current level the plan prints as a row of its own under the level required (``Current
    Production`` under ``Requirement of Rice``, ``against`` that requirement): the pair
    states one target, on the requirement, and the current row is read against it. Nor does
    a breakdown of a measure that sets a target (``breaks_down``: its figure for a part of
    what that measure measures, a region, a filing method, a group, or a component of a
    composite, as an annual report's table beside a KPM gives its processing days by filing
    method): the target is set on the measure, and the breakdown shows where it is met or
    missed. A breakdown of a measure itself reported for want of a target is counted with
    that measure, not as one more without one (a national indicator's series by Land are one
    measure lacking a target, not sixteen); a breakdown of a measure not asked for one is
    still asked, and one with a target of its own is judged on it. Nor does a record of
    finished work, a metric listed only by initiatives that are done or cancelled (the
    reference pages a project added, counted when it ended): the rules that ask a measure
    for its target, baseline, unit, cadence or source leave it alone. A measure that states
    no figure at all (no target, baseline or actual, in its fields or its wording) is
    reported once, here, rather than also by each of the rules that ask for its baseline,
    unit, cadence or source. A key result that a goal below takes up as its own objective
    (see stale-metric) states its target through that goal's key results. When more than a
    third of a plan's measures state no target, the plan is reported once instead of each
    measure, saying, where none of them states a figure, that it stands for their baselines
    too; but not a plan none of whose measures that need a target sets one, each only quoted
    with its readings, and fewer than half of whose goals list a measure at all (an annual
    report's goals beside the statistics it publishes: commits made each month, followers,
    the year's accounts): those figures are the report's transparency, not measures the plan
    set for its goals, and what the goals lack is a measure, which unmeasured-goal asks. The
    same holds of such a plan's one measure (a makerspace's year report quoting, after the
    year, the share of the time the space was open, beside goals that list none): one
    statistic quoted is no more a target forgotten than several. Nor is a report whose
    measures without a target, more than a third of them (or three or more that are a third:
    an economic development corporation's scorecard of goals and actuals, beside the year's
    impact it also cites), are statistics it quotes in figures and states no direction for,
    beside a performance table that targets at least a third of its measures and reads each
    one it targets (an inspector general's budget justification, every measure of its
    performance table targeted, beside its "Significant Results", the receivables,
    exclusions and actions the year yielded; a utility's scorecard whose regulator's
    monitoring measures carry no target): the plan sets levels where it sets them, and the
    other figures are its account of the period or what it monitors; a statistic with a
    direction or read only in words, or a targeted measure left unread, makes them targets
    missing again. So is a report whose goals carry its targets, however few they are beside
    its figures: two goals or more list a measure that states one and no goal or work lists
    any of the statistics (an open-startup founder's monthly update, its month's users,
    trials and revenue by source quoted beside goals for the month, ``$150 MRR``, ``4,000
    Daily Active Users``, each measured against its target). A plan that keeps its targets
    out of its text on purpose (``plan: withheld: [targets]``, a handbook that publishes its
    OKRs but keeps their figures internal) is not asked for them, nor is a measure only
    goals that say so of themselves (their own ``withheld: [targets]``) and their work list,
    which does not count towards the plan's practice either. Nor is a measure its plan reads
    stage by stage through a pipeline or funnel (``the time that opportunities spend in each
    stage of the sales pipeline``): a breakdown of a process, one figure per stage, read to
    find where it stalls; there is no one level to target. Nor is a measure that names
    people's views gathered in their own words as what it measures (feedback, testimonials,
    stories, interviews, focus groups, a survey, data it calls qualitative: ``Feedback on
    the usefulness of the website from staff and patients``, ``patient experience surveys``,
    ``Annual survey``) and reads no figure from them, with no rate, score, satisfaction or
    number in its words and no unit or figure in its fields: qualitative evidence, read for
    what it says, has no level for a target to set (a satisfaction score or a survey's share
    of positive answers is a level, and is asked). Nor is a process measure of a piece of
    work that states no figure at all (``# of individuals screened``) when every other
    measure of that work states a target and names the source it is recorded in (a
    strategy's dated, targeted outputs kept in the plan's evaluation database): the work's
    results are targeted there, and the count is kept beside them to evaluate the work. Nor
    is such a measure when the work is a study, its title opening with what it investigates,
    evaluates, assesses or analyses (``Investigate PIA to Disposition Decision time interval
    factors``, ``Evaluation of mid shift physician change over``): it measures what the
    study sets out to find, and the level to reach is set once it reports; a figure it
    states or reads is judged as any other. So is such a measure that names no quantity and
    says it gathers the data to establish a baseline (``Daily, weekly and monthly reporting
    of results to establish baseline``, the reporting of a new indicator in the year that
    sets its baseline): it finds the level the target will be set from; a count or share
    whose target waits for its baseline (``Number of staff trained``, ``Collecting baseline
    data``) is still asked. Nor is a process measure, read or not, that states no target and
    counts, by its own words, what reviews turn up: the cases a review of a list removes for
    administrative reasons (``Estimated number of patients removed from waitlist for
    administrative reasons``: duplicates, surgery done elsewhere, no longer needed) or the
    changes introduced from debriefs, reviews, audits or investigations (``new interventions
    or safety protocols introduced from department level WPV debriefs/reviews``): its number
    is whatever the reviews find, and a target for it would reward the count, not the aim;
    cases the work itself removes (``removed from the waitlist and referred to the
    community``) are its level, still asked. Nor is a measure with a direction to rise or
    fall in a plan most of whose such measures without a target state a ``tolerance``, their
    threshold of real change (an outcomes framework whose panel sets each indicator's
    comparison year and criteria for determining change, and reports it improving, unchanged
    or worsening): the plan judges progress by direction against that threshold, as
    off-track-metric reads it, even for a measure whose criterion is no fixed figure; it
    asks no target to be judged. So is such a measure, read from a baseline value, that the
    plan rates itself (its ``rating``: a national strategy's indicator whose target is a
    direction, graded each year from its latest and average changes): the plan calls its
    result on track or not by the way it moved from that base. Nor is a measure that only
    continuing duties (``kind: ongoing``) list, with a direction, a baseline value and
    readings since (an agency's FOIA backlog it will "continue to work toward a reduction
    of", from 4,522 requests in April 2014, read twice since): a standing duty has no level
    at which it ends, its aim is the direction, and each reading is judged against where it
    started. Nor is the whole population's row of a measure broken down by group
    (``Persistence - Overall Student Population`` beside ``Persistence - Black or African
    American``, the measure and the group parted by a dash or a colon), with its figure and
    no target, when the rows of its groups under the same item state targets: an equity
    plan's gaps are measured against it, and its goals are the groups' (a state template
    prints the overall row's goals "N/A"); a group's row without a target, or a
    whole-population row beside groups none of which is targeted, is still reported. Nor is
    a count, in whole readings and with no target, of what a targeted output listed beside
    it reaches: its title names, after the things it counts, the things another measure of
    the same item counts against a target, that measure's unit of two words or more
    (``animals served by the small water works``, 152,006, beside ``small water works built
    or rehabilitated``, 381 of 500, as a programme's results page prints the reach of its
    works with no target beside their targeted counts): a reach figure of that output, whose
    target is on the output; a share of it (in percent), a figure of things it does not
    name, or one beside an untargeted output is still reported. Nor is a measure a plan
    tracks beside the one key performance indicator it targets for each objective: every
    goal that lists a measure lists exactly one whose target states a figure, two goals or
    more do so, and two or more list others beside it, each read in figures with no target
    cell and no direction (a city department's progress report, each objective's page
    charting its KPI against its target over a table of "other indicators": taxi-related
    crimes, lost work days, beside crimes per 100,000 miles, target 3.39). The report sets
    one level per objective by design and tracks the rest as context; one never read, with a
    direction or a placeholder target (``TBD``), or a plan with an objective that targets
    none or two, is still asked. Nor is a measure that is only a name (no target cell,
    direction, unit or figure) listed after the one that carries its goal's own level: the
    goal states its level in words and that measure takes them as its target (a law's
    objective ``disparition du rachitisme carentiel``, the target of its first indicator,
    hospitalisations for rickets, before ``Consommation de vitamine D par la population
    pédiatrique``): the objective sets one level, and the indicators after it follow its
    means, watched. Nor is a measure a report sets aside for its period in both cells: its
    target says none applies (``n/a``, ``not applicable``) and its result gives no figure,
    only words (a results report's indicator whose target is ``n/a`` because no result is
    expected that year, or because another department reports it, its result ``not
    available``): the report says the measure does not run that year, not that its level was
    left unset. A target ``n/a`` on a measure with no result yet, or read with a figure, and
    one still to come (``TBD``, ``No target will be set``), is still reported.
    """
    if plan.withheld("targets"):
        return
    by_threshold = _thresholds_widespread(plan)

    def excluded(metric: Metric, measure: Measure) -> bool:
        return measure.kind in ("milestone", "indicator") or measure.completion \
            or shares_cases_meeting(metric) or sets_standard(metric) \
            or plan.carrier(metric) is not None \
            or (plan.personal and done_in_part(metric, measure)) \
            or _read_against_target(plan, metric) or _breaks_down_targeted(plan, metric) \
            or _by_stage(metric) or gathers_views(metric, measure) or counts_demand(metric) \
            or _comparison_row(plan, metric) or _reach_of_targeted_output(plan, metric) \
            or metric.id in plan.shared(_tracked_beside_kpis) \
            or metric.id in plan.shared(_beside_goal_level) \
            or _evaluates_targeted_work(plan, metric, measure) \
            or _measures_a_study(plan, metric, measure) \
            or _duty_kept_moving(plan, metric) or _set_aside(metric) \
            or (metric.direction in ("increase", "decrease") and final_target(metric) is None
                and (by_threshold or _graded_by_direction(metric)))

    missing: list[Finding] = []
    names = figureless_ones = 0  # of them, measures that are only a name, that state no figure
    targeted: list[tuple[Metric, Measure]] = []  # judged only as far as need be
    kept_out = plan.withheld_ids("targets")
    for metric in formulated(plan):
        if metric.id in kept_out:
            continue
        measure = plan.measure(metric)
        bare = figureless(metric, measure)
        untargeted = not bare and not measure.states_target and all(
            says_none(target.text) for target in (metric.target, *metric.targets)
            if target is not None)
        if not (bare or untargeted):
            targeted.append((metric, measure))
        elif excluded(metric, measure):
            continue
        elif bare and not (metric.unit or metric.cadence or metric.source
                           or measure.unit):
            names += 1
            figureless_ones += 1
            missing.append(metric.finding(
                f"{metric.describe()} is only a name so far: it has no target, baseline, "
                "unit, cadence, source or reading; define it, starting with target: "
                "{value, date}"))
        elif bare:
            figureless_ones += 1
            missing.append(metric.finding(
                f"{metric.describe()} states no figure yet: no target, baseline or actual; "
                "quantify it, starting with target: {value, date}"))
        else:
            placeholder = next((target.text for target in (*metric.targets, metric.target)
                                if target is not None and target.text), None)
            said = f" (its target says: {placeholder!r})" if placeholder else ""
            missing.append(metric.finding(
                f"{metric.describe()} has no target{said}; set target: {{value, "
                "date} to the level that means the goal is reached",
                field="target" if placeholder else None))
    missing = _measures_not_breakdowns(plan, missing)
    eligible = eligible_so_far(len(missing), len(missing),
                               (not excluded(metric, measure) for metric, measure in targeted))
    if not _statistics_beside_goals(plan, missing, eligible) \
            and not _account_beside_targets(plan, missing, eligible, targeted):
        # where every one states no figure, the finding stands for their baselines,
        # units, cadences and sources too, which the other rules then leave to it
        lacking, fix = (
            ("are only names so far, with no target, baseline, unit, cadence, source or "
             "reading", "define each, starting with target: {value, date}")
            if missing and names == len(missing) else
            ("state no figure yet: no target, baseline or reading",
             "quantify each, starting with target: {value, date}")
            if missing and figureless_ones == len(missing) else
            ("state no target", "set target: {value, date} on each, so progress can be "
                                "judged"))
        yield from by_practice(plan, missing, eligible, items="metrics", lacking=lacking,
                               fix=fix)
    # no indicator (dropped ones too: a goal's work may list them), no goal measured
    # only by indicators: most plans, whose goals need not be gone through
    if not any(plan.measure(metric).kind == "indicator" for metric in plan.of_kind(Metric)):
        return
    for goal in plan.goals:
        watched = _watched_only(plan, goal)
        if watched:
            yield goal.finding(
                f"{goal.describe()} is measured only by indicators watched without a target "
                f"({joined([metric.id for metric in watched])}): nothing says what result "
                "means it is reached; set a target on the measure that shows it",
                field="metrics")


def _thresholds_widespread(plan: Plan) -> bool:
    """Whether more than half of the plan's measures with a direction to rise or fall
    and no target state a ``tolerance``, their threshold of real change: the plan judges
    its untargeted measures by direction (an outcomes framework's criteria for
    determining change, one for each indicator, some of them not a fixed figure)."""
    untargeted = [metric for metric in plan.metrics
                  if metric.direction in ("increase", "decrease")
                  and final_target(metric) is None]
    return 2 * sum(metric.tolerance is not None for metric in untargeted) > len(untargeted)


#: A measure read stage by stage through a pipeline or funnel (``the time that
#: opportunities spend in each stage of the sales pipeline``, ``rates of conversion of
#: opportunities as they evolve through the stages in the sales pipeline``).
_BY_STAGE = LazyPattern(r"\b(?:(?:in|at|between|for) (?:each|every) stage|through (?:the|its|all "
                        r"the) stages)\b[^.]{0,20}?\b(?:of|in) (?:the|a|our|its) "
                        r"(?:[\w-]+ ){0,2}?(?:pipeline|funnel)\b", re.IGNORECASE,
    needs=("pipeline", "funnel"))


def _by_stage(metric: Metric) -> bool:
    """Whether a metric that states no target says it is read stage by stage through a
    pipeline or funnel: a breakdown, one figure per stage, read to find where work stalls,
    with no one level to target."""
    return final_target(metric) is None and any(
        _BY_STAGE.search(worded(text)) for text in (metric.title, metric.description))


def _graded_by_direction(metric: Metric) -> bool:
    """Whether a measure stated with a ``direction`` and no target is read from a baseline
    value and carries the plan's own ``rating``: the plan grades its result by the way it
    moved from that base (a national strategy's indicator whose target is a direction,
    its weather symbol computed each year from its latest and average changes)."""
    baseline = metric.baseline
    return metric.rating is not None and baseline is not None and baseline.value is not None \
        and bool(metric.actuals)


def _evaluates_targeted_work(plan: Plan, metric: Metric, measure: Measure) -> bool:
    """Whether a process measure (see :func:`planlint.measure_work.measures_work`) that
    states no figure at all evaluates work whose every other measure states a target and
    names the source it is recorded in (a strategy's dated, targeted milestones kept in the
    plan's evaluation database, beside ``# of screening events``): the work's results are
    targeted there, and the count is kept to evaluate it, not a level to aim at."""
    if not figureless(metric, measure) or metric.source is not None \
            or not measures_work(plan, metric):
        return False
    for work in plan.referrers(metric, "metrics", Initiative):
        others = [other for other in plan.refs(work, "metrics", Metric)
                  if not (measures_work(plan, other)
                          and figureless(other, plan.measure(other)))]
        if not others or any(other.source is None or (
                final_target(other) is None and not plan.measure(other).states_target)
                for other in others):
            return False
    return True


#: A piece of work that is a study, by the words its title opens with: it investigates,
#: evaluates, assesses, studies, examines or analyses something (``Investigate PIA to
#: Disposition Decision time interval factors``, ``Evaluation of mid shift physician
#: change over``).
_STUDY = LazyPattern(
    r"(?:investigat(?:e|ing)|evaluat(?:e|ing)|assess(?:ing)?|study(?:ing)?|examin(?:e|ing)"
    r"|analy[sz](?:e|ing))\b|(?:an? |the )?(?:investigation|evaluation|assessment|study"
    r"|examination|analysis|review) (?:of|into)\b", re.IGNORECASE)


#: A measure's own words that say it gathers the data to establish a baseline
#: (``reporting of results to establish baseline``, ``baseline data collection``).
_TO_BASELINE = LazyPattern(
    r"\b(?:establish(?:es|ing)?|set(?:s|ting)?|collect(?:s|ing)?|determin(?:e|es|ing)"
    r"|measur(?:e|es|ing)) (?:an? |the )?(?:initial )?baselines?\b"
    r"|\bbaseline (?:data )?(?:collection|gathering)\b", re.IGNORECASE)


#: A count of what reviews turn up, by its own words: cases a review of a list removes for
#: administrative reasons (``patients removed from waitlist for administrative reasons``),
#: or changes introduced from debriefs, reviews, audits or investigations (``new
#: interventions or safety protocols introduced from department level WPV
#: debriefs/reviews``).
_REVIEW_YIELD = LazyPattern(
    r"\b(?:removed|withdrawn|closed|taken off)\b[^.;]{0,60}?\bfor administrative reasons\b"
    r"|\b(?:introduced|arising|resulting)\s+(?:from|out of|through)\s+(?:[\w/-]+\s+){0,4}?"
    r"(?:debriefs?|reviews?|audits?|investigations?)\b", re.IGNORECASE,
    needs=("administrative", "debrief", "review", "audit", "investigation"))


def _measures_a_study(plan: Plan, metric: Metric, measure: Measure) -> bool:
    """Whether a process measure (see :func:`planlint.measure_work.measures_work`) that
    states no figure at all measures a finding-out: it is listed only by work that is a
    study (see ``_STUDY``), or it names no quantity (no unit, and nothing in its words
    tells its kind or names a unit or figure) and its words say it gathers the data to
    establish a baseline (see ``_TO_BASELINE``). What it measures is what the study, or
    the baseline, sets out to find (the factors behind a delay, the level a new indicator
    stands at), and the level to reach is set once it reports; a count or share whose
    target waits for its baseline is still asked. So is a process measure with no target,
    read or not, whose words say it counts what reviews turn up (see ``_REVIEW_YIELD``:
    cases a review of a list removes for administrative reasons, changes introduced from
    incident debriefs): its number is whatever the reviews find."""
    if not measures_work(plan, metric):
        return False
    if final_target(metric) is None and _REVIEW_YIELD.search(worded(metric.title)):
        return True
    if not figureless(metric, measure):
        return False
    quantity = measure.told or measure.unit or measure.numbers or metric.unit is not None
    return (not quantity and bool(_TO_BASELINE.search(worded(metric.title)))) or all(
        _STUDY.match(strip_label(work.title or "").lstrip())
        for work in plan.referrers(metric, "metrics", Initiative))


def _duty_kept_moving(plan: Plan, metric: Metric) -> bool:
    """Whether a measure is kept moving one way from a stated start by a continuing duty:
    it has a ``direction`` and a baseline value, readings after the baseline, no goal lists
    it, and every piece of work that does is a continuing duty (``NARA will continue to
    work toward a reduction of its backlog``, from 4,522 requests): the duty's aim is the
    direction itself, judged at each reading against where it started."""
    baseline = metric.baseline
    if metric.direction not in ("increase", "decrease") or baseline is None \
            or baseline.value is None or metric_goals(plan, metric):
        return False
    work = plan.referrers(metric, "metrics", Initiative)
    return bool(work) and all(continuing(item) for item in work) and any(
        baseline.date is None or actual.date > baseline.date for actual in metric.actuals)


#: A target cell that says no target applies (``n/a``, ``N/A``, ``not applicable``), not
#: one still to come (``TBD``, ``No target will be set``) nor one that is missing (``not
#: available``).
_NOT_APPLICABLE = LazyPattern(r"(?:n/a|n\.a\.|not applicable)\W{0,3}", re.IGNORECASE)


def _set_aside(metric: Metric) -> bool:
    """Whether a report sets a measure aside for its period in both cells: each target it
    states says none applies (see ``_NOT_APPLICABLE``), and it reports the measure with
    no figure, only results in words (``not available``), and no baseline value (a
    results report's indicator with no result expected that year, its target ``n/a``)."""
    targets = [target for target in (metric.target, *metric.targets) if target is not None]
    return bool(targets and metric.actuals) and all(
        target.value is None and _NOT_APPLICABLE.fullmatch((target.text or "").strip())
        for target in targets) \
        and (metric.baseline is None or metric.baseline.value is None) \
        and all(actual.value is None and actual.score is None for actual in metric.actuals)


def _read_against_target(plan: Plan, metric: Metric) -> bool:
    """Whether the metric is read against another that states a target (``against``: a
    table's ``Current Production`` row under ``Requirement of Rice``): the pair's target
    is on that metric."""
    other = plan.ref(metric, "against", Metric)
    return other is not None and (final_target(other) is not None
                                  or plan.measure(other).states_target)


def _measures_not_breakdowns(plan: Plan, missing: list[Finding]) -> list[Finding]:
    """The findings of ``missing`` but those on a breakdown (``breaks_down``) of a measure
    that is itself among them: a figure by region or group of a measure with no target is
    that measure's gap, not one more measure without a target."""
    counted = {finding.node for finding in missing if finding.kind == "metric"}
    kept: list[Finding] = []
    for finding in missing:
        metric = plan.get(finding.node) if finding.kind == "metric" else None
        if isinstance(metric, Metric) and metric.breaks_down is not None \
                and plan.whole_answers(metric, lambda whole: whole.id in counted):
            continue
        kept.append(finding)
    return kept


def _breaks_down_targeted(plan: Plan, metric: Metric) -> bool:
    """Whether the metric breaks down one that sets a target (``breaks_down``: a KPM's
    figure by filing method, or a component of a composite, whose target is the KPM's)."""
    return plan.whole_answers(metric, partial(sets_target, plan))


#: What parts a row's measure from its group in a title broken down by group: a dash
#: between spaces or a colon (``Persistence - Black or African American``).
_GROUP_SEPARATORS = (" - ", " \u2013 ", " \u2014 ", ": ")
#: The group that is the whole population of a broken-down table (``Overall Student
#: Population``, ``All Students``, ``All``, ``Total``).
_WHOLE_POPULATION = LazyPattern(
    r"(?:overall|all|total)(?:\s+(?:student|students|pupils|learners|participants|people|"
    r"patients|residents|population|groups))*", re.IGNORECASE)


def _breakdown(metric: Metric) -> tuple[str, bool] | None:
    """A group row's measure (folded) and whether its group is the whole population: the
    title parted at its last separator; None for a title with none."""
    title = metric.title or ""
    cut, sep = max((title.rfind(sep), sep) for sep in _GROUP_SEPARATORS)
    if cut <= 0:
        return None
    measure, group = title[:cut].strip(), title[cut + len(sep):].strip()
    if not measure or not group:
        return None
    return measure.casefold(), bool(_WHOLE_POPULATION.fullmatch(group))


def _targeted_groups(plan: Plan) -> frozenset[tuple[str, ...]]:
    """The measures broken down by group whose group rows, listed under one item (its
    ids, then the measure), state a target."""
    found = set()
    for metric in plan.metrics:
        row = _breakdown(metric)
        if row is None or row[1] or (final_target(metric) is None
                                     and not plan.measure(metric).states_target):
            continue
        holders = tuple(sorted(item.id for item in plan.referrers(metric, "metrics")))
        found.add((*holders, row[0]))
    return frozenset(found)


def _comparison_row(plan: Plan, metric: Metric) -> bool:
    """Whether the metric is the whole-population row of a measure broken down by group
    (``Successful Enrollment - Overall Student Population``), with a figure, listed under
    the same item as group rows of that measure that state targets: the comparison the
    groups' gaps are measured against."""
    if metric.baseline is None and not metric.actuals:
        return False
    row = _breakdown(metric)
    if row is None or not row[1]:
        return False
    holders = tuple(sorted(item.id for item in plan.referrers(metric, "metrics")))
    return (*holders, row[0]) in plan.shared(_targeted_groups)


def _targeted_outputs(plan: Plan) -> Mapping[str, tuple[str, ...]]:
    """For each measure listed by a goal or a piece of work beside measures that state a
    target and a unit of two words or more, those units (folded): the things the item's
    targeted outputs count."""
    targeted = {metric.id: " ".join(metric.unit.casefold().split()) for metric in plan.metrics
                if metric.unit and " " in metric.unit.strip()
                and (final_target(metric) is not None or plan.measure(metric).states_target)}
    found: dict[str, tuple[str, ...]] = {}
    holders: list[Goal | Initiative] = [*plan.goals, *plan.initiatives] if targeted else []
    for item in holders:
        if targeted.keys().isdisjoint(item.metrics):
            continue
        units = tuple(targeted[ref] for ref in item.metrics if ref in targeted)
        for metric in plan.refs(item, "metrics", Metric):
            found[metric.id] = found.get(metric.id, ()) + units
    return found


def _tracked_beside_kpis(plan: Plan) -> frozenset[str]:
    """The measures a plan tracks beside one targeted key performance indicator per
    objective: every goal that lists a measure lists exactly one whose target states a
    figure, two goals or more do so, and two or more of them list others beside it (a
    city department's progress report, each objective's page charting its KPI against
    its target over a table of "other indicators"). Of those others, each read in
    figures, with no target cell and no direction, is tracked beside the KPI by design."""
    dropped = plan.dropped_metrics
    listed = [[metric for metric in plan.refs(goal, "metrics", Metric)
               if metric.id not in dropped] for goal in plan.goals]
    listed = [metrics for metrics in listed if metrics]
    targeted = [[metric for metric in metrics if (final := final_target(metric)) is not None
                 and final[0].value is not None] for metrics in listed]
    if len(listed) < 2 or any(len(kpis) != 1 for kpis in targeted) \
            or sum(len(metrics) > 1 for metrics in listed) < 2:
        return frozenset()
    return frozenset(
        metric.id for metrics, kpis in zip(listed, targeted, strict=True)
        for metric in metrics if metric is not kpis[0] and metric.target is None
        and not metric.targets and metric.direction is None
        and any(actual.value is not None for actual in metric.actuals))


def _beside_goal_level(plan: Plan) -> frozenset[str]:
    """The measures that follow, with no figure, the one that carries their goal's own
    level: a goal whose title or description states its level in words, which a measure
    it lists takes as its target in the same words (``disparition du rachitisme
    carentiel``, a law's objective and the target of its first indicator, the
    hospitalisations for rickets), lists after that measure one that is only a name, with
    no target cell, direction, unit or figure (``Consommation de vitamine D par la
    population pédiatrique``): the objective sets one level, carried by the measure that
    shows it reached, and the ones after it follow its means, watched."""
    dropped = plan.dropped_metrics
    following: list[str] = []
    for goal in plan.goals:
        said = " ".join(worded(goal.title, goal.description).casefold().split())
        carried = False
        for metric in plan.refs(goal, "metrics", Metric):
            if metric.id in dropped:
                continue
            final = final_target(metric)
            text = " ".join((final[0].text or "").casefold().split()) \
                if final is not None and final[0].value is None else ""
            if len(text.split()) >= 3 and text in said:
                carried = True
            elif carried and metric.target is None and not metric.targets \
                    and metric.direction is None and metric.unit is None \
                    and metric.baseline is None and not metric.actuals:
                following.append(metric.id)
    return frozenset(following)


def _reach_of_targeted_output(plan: Plan, metric: Metric) -> bool:
    """Whether a measure with no target counts, in whole readings, what a targeted output
    listed beside it reaches: its title names, after the things it counts, the things
    another measure of the same item counts against a target (that measure's unit, two
    words or more: ``animals served by the small water works`` beside ``small water
    works built``, 381 of 500): a reach figure of that output, whose target is on it."""
    if metric.target is not None or metric.targets or not metric.actuals:
        return False
    units = plan.shared(_targeted_outputs).get(metric.id)
    values = [actual.value for actual in metric.actuals if actual.value is not None]
    if not units or not values or any(value < 0 or value != int(value) for value in values) \
            or "%" in (metric.unit or ""):
        return False
    title = " ".join((metric.title or "").casefold().split())
    own = " ".join((metric.unit or "").casefold().split())
    for unit in units:
        at = title.find(unit)
        if unit != own and at > 0 and title[at - 1] == " " and (
                at + len(unit) == len(title) or not title[at + len(unit)].isalnum()):
            return True
    return False


def _statistics_beside_goals(plan: Plan, missing: list[Finding], eligible: int) -> bool:
    """Whether every measure lacking a target (all of those that need one) is only quoted
    with its readings (see :func:`only_quoted`), and fewer than half of the plan's goals
    list a measure at all: a report's statistics given beside goals that state no measure,
    not targets the plan forgot; one such statistic as well as several."""
    return bool(missing) and len(missing) == eligible \
        and 2 * sum(1 for goal in plan.goals if goal.metrics) < len(plan.goals) \
        and all(isinstance(metric := plan.by_id.get(finding.node), Metric)
                and only_quoted(plan, metric) for finding in missing)


#: Statistics a report quotes beside its targeted table, at the least, for them to be its
#: account of the period when they are exactly a third of its measures (above a third,
#: :func:`planlint.practice.widespread` decides): two are a few targets missing.
_QUOTED_FEWEST = 3


def _account_beside_targets(plan: Plan, missing: list[Finding], eligible: int,
                            targeted: list[tuple[Metric, Measure]]) -> bool:
    """Whether the measures lacking a target, though more than a third of the plan's (see
    :func:`planlint.practice.widespread`), or a third and at least ``_QUOTED_FEWEST``,
    are a report's statistics beside a performance
    table it targets: each is only quoted, with figures among its readings (see
    :func:`only_quoted`), and states no direction, while the plan targets at least a
    third of its measures that need a target and reads every one it targets, or its
    goals carry its targets (see :func:`_goals_carry_targets`). The plan
    follows the practice where it sets levels; the other figures are its account of
    what the period yielded or what it monitors, not targets forgotten."""
    if not (widespread(len(missing), eligible)
            or (len(missing) >= _QUOTED_FEWEST and 3 * len(missing) >= eligible)):
        return False
    if (2 * len(targeted) < len(missing) or any(not metric.actuals for metric, _ in targeted)) \
            and not _goals_carry_targets(plan, missing, targeted):
        return False
    for finding in missing:
        metric = plan.by_id.get(finding.node)
        if not isinstance(metric, Metric) or metric.direction is not None \
                or not only_quoted(plan, metric) \
                or all(actual.value is None for actual in metric.actuals):
            return False
    return True


def _goals_carry_targets(plan: Plan, missing: list[Finding],
                         targeted: list[tuple[Metric, Measure]]) -> bool:
    """Whether the plan's goals carry its targets: two goals or more list a measure that
    states one (in its fields or its wording), and no goal or piece of work lists a
    measure lacking one (``missing``). The figures no goal lists beside them are the
    report's account of the period (an open-startup update's monthly figures beside its
    goals for the month), not targets forgotten."""
    if any(isinstance(metric := plan.by_id.get(finding.node), Metric)
           and listed(plan, metric) for finding in missing):
        return False
    aimed = {metric.id for metric, _ in targeted}
    return sum(1 for goal in plan.goals
               if not aimed.isdisjoint(goal.metrics)) >= 2


def _watched_only(plan: Plan, goal: Goal) -> list[Metric]:
    """A goal's measures when they are all indicators watched without a target, and no
    goal below it or work for it is measured otherwise; else none."""
    def watched(metrics: list[Metric]) -> bool:
        return all(plan.measure(metric).kind == "indicator" and final_target(metric) is None
                   for metric in metrics)

    # the cheap refusals first: most goals have goals below them or a measure of their own
    # that is not watched, and then their work's measures need not be gathered
    dropped = plan.dropped_metrics
    measures = [metric for metric in plan.refs(goal, "metrics", Metric)
                if metric.id not in dropped]
    if plan.subgoals(goal) or not watched(measures):
        return []
    for work in plan.referrers(goal, "supports", Initiative):
        more = plan.refs(work, "metrics", Metric)
        if not watched(more):
            return []
        measures += more
    return measures


class TargetDirectionOptions(RuleOptions):
    maintain_tolerance: float = Field(
        0.1, ge=0, description="how far, as a fraction of the baseline, the target of a "
                               "`maintain` metric may lie from its baseline")


@rule(code="PL207", name="target-contradicts-direction", category="metrics",
      local=True,
      severity="error", options=TargetDirectionOptions,
      fails="planlint: 1\nmetrics:\n  - id: M1\n    title: Cost per vehicle\n"
            "    direction: decrease\n    baseline: {value: 100}\n    target: {value: 115}\n",
      passes="planlint: 1\nmetrics:\n  - id: M1\n    title: Cost per vehicle\n"
             "    direction: decrease\n    baseline: {value: 100}\n    target: {value: 85}\n"
             "  - id: M2\n    title: Acres of impervious area\n    direction: decrease\n"
             "    bound: at most\n    baseline: {value: 607649}\n"
             "    target: {value: 650000}\n")
def target_contradicts_direction(plan: Plan,
                                 options: TargetDirectionOptions) -> Iterator[Finding]:
    """A metric's target lies on the wrong side of its baseline for its direction.

    When the direction says a measure should rise and the target is below where it starts
    (or the reverse), one of them is wrong, and the metric will report progress as failure
    or failure as progress. For ``increase`` the target must not be below the baseline, for
    ``decrease`` not above it; a target equal to the baseline is not a contradiction. For
    ``maintain`` the target must stay within ``maintain_tolerance`` (default 10%) of the
    baseline, so a floor a little under today's level is fine but a target far from it is
    really an increase or a decrease. The target is ``target``, else the latest interim
    target; interim targets may dip below the baseline on the way (a turnaround often gets
    worse before it gets better). Targets that are limits (``bound: at most`` at or above
    the baseline, ``at least`` at or below it) cap a trend the plan does not expect to
    reverse, such as hard surface growing with the population, rather than contradict the
    direction.
    """
    for metric in plan.metrics:
        final = final_target(metric)
        if metric.direction is None or metric.baseline is None or final is None \
                or is_limit(metric):
            continue
        target, key = final
        start, aim = metric.baseline.value, target.value
        if start is None or aim is None:
            continue
        if metric.direction == "increase" and aim < start:
            problem = (f"should increase, but its target {_number(aim)} is below its "
                       f"baseline {_number(start)}; fix the target, or set direction: decrease")
        elif metric.direction == "decrease" and aim > start:
            problem = (f"should decrease, but its target {_number(aim)} is above its "
                       f"baseline {_number(start)}; fix the target, or set direction: increase")
        elif metric.direction == "maintain" and \
                abs(aim - start) > options.maintain_tolerance * abs(start):
            problem = (f"should be maintained, but its target {_number(aim)} differs from its "
                       f"baseline {_number(start)} by more than "
                       f"{options.maintain_tolerance:.0%}; "
                       f"set direction: {'increase' if aim > start else 'decrease'}, or fix "
                       "the target")
        else:
            continue
        yield metric.finding(
            f"{metric.describe()} {problem}", field=key,
            related=[metric.related(f"the baseline is {_number(start)}", "baseline")])


def _goals_and_dates(goals: list[Goal]) -> str:
    return ", ".join(f"{goal.id} ({goal.due})" for goal in goals)


def _goals_and_terms(goals: list[Goal]) -> str:
    return ", ".join(f"{goal.id} ({goal.start} to {goal.due})" if goal.start is not None
                     else f"{goal.id} (due {goal.due})" for goal in goals)


def _has_checkpoint(dates: list[date], goal: Goal) -> bool:
    """Whether a target date falls within the goal's term: on or after its start (if it
    has one) and on or before its due date."""
    assert goal.due is not None
    index = bisect_left(dates, goal.start or date.min)
    return index < len(dates) and dates[index] <= goal.due


def _late_aim(plan: Plan, metric: Metric) -> tuple[date, list[Goal]] | None:
    """The date a metric's final target aims at and the goals due last among those it
    measures, when that date falls after their due date."""
    final = final_target(metric)
    aim = final[0].date if final is not None else None
    dues = [goal.due for goal in plan.referrers(metric, "metrics", Goal)
            if goal.due is not None]
    if aim is None or not dues or max(dues) >= aim:
        return None
    return aim, [goal for goal in plan.referrers(metric, "metrics", Goal)
                 if goal.due == max(dues)]


#: A measure's own words saying its figure is for the year after the one its goal works
#: in (``Grow project work to cover $500K in the next year``).
_NEXT_YEAR = LazyPattern(r"\b(?:in|for|during|over|across) the (?:next|following|coming) "
                         r"(?:calendar |fiscal |financial )?year\b", re.IGNORECASE)


def _for_next_year(metric: Metric, due: date, aim: date) -> bool:
    """Whether a metric's title says its figure is for the next year and its target falls
    in the year after the goal's due date: what the goal's year books (sales made, grants
    won) is earned or spent in the next, and that is the year the figure measures."""
    return aim.year == due.year + 1 and bool(_NEXT_YEAR.search(metric.title or ""))


def _late_together(plan: Plan, goal: Goal) -> list[Metric]:
    """A goal's measures, in order, when there are several and each targets the same date
    after the goal's due date and is late for that goal alone; else none."""
    measures = plan.refs(goal, "metrics", Metric)
    lates = [_late_aim(plan, metric) for metric in measures]
    if len(measures) < 2 or any(
            late is None or len(late[1]) != 1 or late[1][0] is not goal for late in lates):
        return []
    return measures if len({late[0] for late in lates if late is not None}) == 1 else []


@rule(code="PL209", name="target-after-goal-due", category="metrics", severity="warning",
      fails="planlint: 1\ngoals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\n"
            "metrics:\n  - id: M1\n    target: {value: 85, date: 2003-06-30}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\n"
             "  - {id: Q3, start: 2002-07-01, due: 2002-09-30, parent: G1, metrics: [M1]}\n"
             "  - {id: G2, due: 2002-12-31, metrics: [M2]}\n"
             "metrics:\n  - id: M1\n    targets: [{value: 60, date: 2002-09-30}]\n"
             "    target: {value: 85, date: 2002-12-31}\n"
             "  - id: M2\n    title: Sell project work to cover $500K in the next year\n"
             "    target: {value: 500000, date: 2003-12-31}\n"
             "  - {id: S1, due: 2003-12-31}\n  - {id: S1.1, parent: S1, metrics: [M3]}\n"
             "  - {id: A1, due: 2002-12-31, metrics: [M3]}\n"
             "  - id: M3\n    targets: [{value: 90, date: 2002-12-31}]\n"
             "    target: {value: 95, date: 2003-12-31}\n")
def target_after_goal_due(plan: Plan) -> Iterator[Finding]:
    """A metric's target date falls after the due date of the goals it measures, or a
    goal it measures that is due earlier has no target of the metric in its term.

    If the measure is only meant to reach its target after the goal is due, the goal cannot
    be judged reached on time, and the plan's timeline and its benchmarks disagree. The
    target date is that of ``target``, else of the latest interim target. A metric shared by
    several goals (a department's key result that a team's quarterly objective also uses)
    aims at the goal due last: its final target is checked against the latest due date, and
    each goal due earlier needs a target of its own, interim or final, dated within its term
    (on or before its due date, and not before its start), against which it is judged when
    it is due. A goal that states no due date of its own and is dated by the goal above it
    (a strategy's initiative under an objective due in 2027, sharing its indicator with a
    one-year work programme's activity area) is such a later goal when that date is on or
    after the final target's: the final target is its, and the area is checked only for a
    target within its own term (90% for 2026). A late final target and earlier goals without
    a target are reported apart, each finding naming every goal at fault. Goals without a
    due date and targets without a date are left alone.

    When every measure of a goal targets the same date after the goal's due date, and that
    goal is the only one each of them is late for, the one cause is the goal's date (a
    sub-goal dated before the period its measures target): it is reported once, at the
    goal's first measure, with the others related, not again on each measure.

    A measure whose title says its figure is for the next year (``Grow project work to cover
    $500K in the next year``), with its target in the year after the goal's due date,
    measures what the goal's year books and the next year earns: sales made in the goal's
    year to cover the next year's costs. Its target is the next year's on purpose, not late,
    and is left alone.
    """
    dues = plan.shared(stated_dues)
    for metric in plan.metrics:
        final = final_target(metric)
        aim = final[0].date if final is not None else None
        goals = [goal for goal in plan.referrers(metric, "metrics", Goal)
                 if goal.due is not None]
        if final is None or aim is None or not goals:
            continue
        last = max(goal.due for goal in goals if goal.due is not None)
        if last < aim and any(goal.due is None and (dues.get(goal.id) or last) >= aim
                              for goal in plan.referrers(metric, "metrics", Goal)):
            last = aim  # a goal dated by the one above it is due when the target is
        if last < aim and not _for_next_year(metric, last, aim):
            late = [goal for goal in goals if goal.due == last]
            fellows = _late_together(plan, late[0]) if len(late) == 1 else []
            if fellows and fellows[0] is not metric:
                continue  # reported once, at the goal's first measure
            dates = "due date of goal" if len(late) == 1 else "due dates of goals"
            others = fellows[1:]
            also = (f" (as do the goal's other measures {joined([m.id for m in others])}, which "
                    "target the same date)") if others else ""
            yield metric.finding(
                f"{metric.describe()} targets {aim}, after the {dates} "
                f"{_goals_and_dates(late)}, which it measures{also}; bring the target "
                "date forward, or move the due date",
                field=f"{final[1]}/date",
                related=[*(goal.related(f"goal {goal.id} is due on {goal.due}", "due")
                           for goal in late),
                         *(other.related(f"metric {other.id} also targets {aim}", "target")
                           for other in others)])
        targets = [*metric.targets, *([metric.target] if metric.target else [])]
        dated = sorted(target.date for target in targets if target.date is not None)
        early = [goal for goal in goals if goal.due is not None and goal.due < min(last, aim)
                 and not _has_checkpoint(dated, goal)]
        if not early:
            continue
        if len(early) == 1:
            which, term, each = "goal", "that goal's term", "its due date so it"
        else:
            which, term, each = "goals", "their terms", "each due date so each"
        yield metric.finding(
            f"{metric.describe()} targets {aim} and also measures {which} "
            f"{_goals_and_terms(early)}, due earlier, but none of its targets falls within "
            f"{term}; add an interim target under targets on {each} can be judged when due",
            field="targets" if metric.targets else final[1],
            related=[goal.related(f"goal {goal.id} is due on {goal.due}", "due")
                     for goal in early])
