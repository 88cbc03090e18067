"""PL2 metrics: every goal is measured, and every measure can be read.

metric-without-unit: what each measure's figures count, and the many measures whose unit
goes without saying (counts of the things their titles name, shares written as fractions,
values stated in words, parts of a count, rows whose namesake states it). The other metric
rules are in :mod:`planlint.rules.unmeasured`, :mod:`planlint.rules.targets`,
:mod:`planlint.rules.baselines`, :mod:`planlint.rules.cadence`,
:mod:`planlint.rules.sources` and :mod:`planlint.rules.metrics`.
"""

from __future__ import annotations

from collections.abc import Iterator

from planlint.finding import Finding
from planlint.measure_counts import (
    counted_alike,
    counting_labels,
    counts_named,
    labels_count,
    numbers_things,
    opens_with_count,
    states_things_counted,
)
from planlint.measure_figures import (
    defines_share,
    defines_unit,
    in_fractions,
    shares_as_fractions,
    ticked,
)
from planlint.measure_sources import scored_on_survey
from planlint.measure_words import whole_figures
from planlint.measure_work import (
    counts_work_output,
    delivers_many,
    graded_only,
    reports_done,
    scored_done,
)
from planlint.measures import Measure
from planlint.model import Metric
from planlint.plan import Plan
from planlint.practice import by_practice, eligible_so_far
from planlint.ruledef import rule

from ._metric_facts import formulated, stated_as_count, states_figures, unquantified


def _in_words(metric: Metric) -> bool:
    """Whether a metric states its values in words (``top decile``, ``not done``), its
    readings at most done or not besides (1 or 0, as a target ``set up analytics`` is
    reported done): no number to give a unit to."""
    aims = [m for m in (metric.baseline, metric.target, *metric.targets) if m is not None]
    values = [m.value for m in aims] + [actual.value for actual in metric.actuals]
    return None in values and all(m.value is None for m in aims) and all(
        actual.value in (None, 0, 1) for actual in metric.actuals)


@rule(code="PL204", name="metric-without-unit", category="metrics", severity="warning",
      fails="planlint: 1\nmetrics:\n  - {id: M1, title: Customer satisfaction, "
            "target: {value: 4.2}}\n",
      passes="planlint: 1\nmetrics:\n  - {id: M1, title: Customer satisfaction, unit: "
             "score of 1 to 5, target: {value: 4.2}}\n"
             "  - {id: M2, title: Percent of roads in good condition}\n"
             "  - {id: KR1, title: Hire two engineers}\n"
             "  - {id: M3, title: Four membership drives in 2021, target: {value: 4}}\n"
             "  - {id: KR2, title: Baseline satisfaction score is established, "
             "target: {value: 1}, cadence: quarterly, actuals: [{date: 2024-06-30, value: 0}]}\n"
             "  - id: M4\n    title: Our community keeps engaging with us\n"
             "    baseline: {text: no analytics, date: 2020-12-01}\n"
             "    target: {text: set up analytics, date: 2021-03-31}\n"
             "    actuals: [{date: 2021-03-04, value: 1}]\n"
             "  - {id: M5, title: List of known deployments, actuals: [{date: 2019-08-31, "
             "value: 9}]}\n"
             "  - {id: M6, title: App store rating remains above 4.8, target: {value: 4.8}}\n"
             "  - {id: KR3, title: Improve internal communication, "
             "actuals: [{date: 2018-09-30, value: 0}]}\n"
             "  - {id: KR4, title: Fund security work for at least ten critical open "
             "source organizations, target: {value: 10}}\n"
             "  - {id: M7, title: Completion of signed partnership agreements, "
             "baseline: {value: 0}, target: {value: 35}}\n"
             "  - {id: KR5, title: At least 1 developer/user using our templates}\n"
             "  - {id: M8, title: Investigation reports completed, kind: indicator, "
             "actuals: [{date: 2026-06-30, value: 7678}]}\n"
             "  - {id: KR6, title: Study day-2 operations, "
             "actuals: [{date: 2019-03-31, value: 0.4}]}\n"
             "  - {id: M9, title: People assisted in emergencies, "
             "actuals: [{date: 2016-06-30, value: 8232}]}\n"
             "  - {id: M10, title: Media mentions, actuals: [{date: 2016-06-30, value: 51000}]}\n"
             "  - {id: M12, title: Civil actions (including settlements), "
             "actuals: [{date: 2015-09-30, value: 682}]}\n"
             "  - {id: M11, title: Digital public goods are part of the default approach}\n"
             "  - {id: M13, title: Customer acquisition KPI, description: 'LQR = "
             "#[Qualified Leads] / #[Leads]', target: {value: 0.15}}\n"
             "  - {id: M14, title: N° of training course beneficiaries, "
             "target: {value: 1000}}\n"
             "  - {id: M15, title: Blogs/articles published by the foundation, "
             "target: {value: 8}}\n"
             "  - {id: M16, title: Unique organisations contribute to projects, "
             "target: {value: 5}}\n"
             "  - {id: M17, title: Partner institutions adopting gender policies, "
             "target: {value: 12}}\n"
             "  - {id: M18, title: Families have received reading books, "
             "target: {value: 62500}}\n"
             "  - {id: M19, title: Pre-investment studies for official centers of the project, "
             "target: {value: 74}}\n"
             "  - {id: M20, title: Sociale evenementen, target: {value: 6}}\n"
             "  - {id: M21, title: Average time for completing reports, unit: days, "
             "target: {value: 450}}\n"
             "  - {id: M22, title: Average time for completing reports, "
             "target: {value: 450}}\n"
             "  - {id: M23, title: 'Average score of hearings measured on a 1-to-3 scale', "
             "target: {value: 2.5}}\n"
             "  - {id: M24, title: SCHOOL PORTAL USE - Average daily visits to the school "
             "portal, target: {value: 4500}}\n"
             "  - {id: M25, title: 4 newsletter, target: {value: 4}}\n"
             "  - {id: M26, title: Deliver Core Stage, baseline: {value: 0}, "
             "target: {value: 100}, actuals: [{date: 2022-09-30, value: 25}]}\n"
             "  - {id: M27, title: OSHA 2-1, description: Number of hazards abated, "
             "target: {value: 154}}\n"
             "  - {id: M28, title: Indicator of assistance to communities TBD, description: "
             "'Provide technical assistance to at least 10 communities', target: {value: 10}}\n"
             "  - {id: M29, title: Obtained an unqualified financial audit, "
             "cadence: annual, targets: [{date: 2023-12-31, value: 1}], "
             "target: {date: 2024-12-31, value: 1}, actuals: [{date: 2024-12-31, value: 1}]}\n"
             "  - {id: M30, title: ACME support for dealer events, target: {value: 900}}\n"
             "  - {id: M31, title: Regular publication of the Owner's Handbook, "
             "targets: [{date: 2023-12-31, value: 3000}], "
             "target: {date: 2024-12-31, value: 3000}}\n"
             "  - {id: M32, title: Average ACT Composite Score, target: {value: 21}}\n"
             "  - {id: M33, title: Security complaints to 311, actuals: [{date: 2013-01-31, "
             "value: 27}, {date: 2013-06-30, value: 37.1}]}\n"
             "  - {id: M34, title: Women holding titles to land, baseline: {value: 2955}, "
             "target: {value: 6000}}\n"
             "  - {id: M35, title: Post-meeting feedback survey satisfaction ≥4/5, "
             "target: {value: 4}}\n"
             "  - {id: M36, title: Torsion RMSE on the 25k Genentech fragment set reduced}\n"
             "  - {id: M37, title: Número de cursos com oferta anual, target: {value: 12}}\n"
             "  - {id: M38, title: Taxa de sucesso na graduação, target: {value: 70}}\n"
             "  - {id: M39, title: Índice Geral de Cursos (IGC), target: {value: 4}}\n"
             "  - {id: M40, title: Iedere sportvereniging (groter dan 500 leden) heeft een "
             "verenigingsmanager, target: {value: 4}, actuals: [{date: 2017-12-31, value: 2}]}\n"
             "  - {id: M41, title: Site visits, target: {value: 15}, "
             "actuals: [{date: 2016-12-31, value: 58}]}\n"
             "  - {id: M42, title: Pre-arranged meeting, target: {value: 36}, "
             "actuals: [{date: 2016-12-31, value: 49}]}\n"
             "  - {id: M43, title: 'Twitter: Likes: 800', target: {value: 800}}\n"
             "  - {id: M44, title: Employee engagement score (Group), source: Furukawa E-Survey, "
             "target: {value: 80}, actuals: [{date: 2024-03-31, value: 76}]}\n"
             "  - {id: M45, title: 'CodeClimate: 0 issues', target: {value: 0}}\n"
             "  - {id: M46, title: CodeClimate duplication, breaks_down: M45, "
             "baseline: {value: 200}}\n"
             "initiatives:\n  - id: I1\n    title: Translate documents\n"
             "    metrics:\n      - {id: OUT-1, title: 'Translate documents: expected "
             "output', target: {value: 454760}}\n"
             "people: [{id: ann}, {id: bob}]\n"
             "goals:\n  - {id: A1, owner: ann, metrics: [KR6]}\n  - {id: A2, owner: ann}\n"
             "  - {id: B1, owner: bob}\n  - {id: B2, owner: bob}\n"
             "  - {id: E, title: 'Evenementen 2026: 6 sociale evenementen, 2 workshops', "
             "owner: bob, "
             "metrics: [M20]}\n")
def metric_without_unit(plan: Plan) -> Iterator[Finding]:
    """A metric states no unit of measure.

    "Customer satisfaction up 15" is ambiguous: percent, points, or a score out of 5?
    Without a unit, targets and actuals can be read in different ways by different people,
    and figures reported by different units cannot be compared or rolled up. ``count`` is a
    unit too. A title that names its unit states it: ``Percent of…``, ``Number of…`` (and
    its abbreviations ``No. of…`` and ``N° of…``, as a logframe translated from French
    writes ``N° of training course beneficiaries``), and the same in French, Spanish,
    Portuguese or Italian (``Número de cursos…``, ``Quantidade de atendimentos…``, ``Taxa de
    evasão…``, ``Nombre d'adhérents…``, ``Porcentaje de…``), ``Days to…``, ``… per 1,000
    residents``, ``$2M``, money such as a cost or revenue (in the plan's currency), a volume
    or attendance, and so does a scale everyone reads the same (an ``App store rating``, out
    of five stars) or the scale a score is given on (``Average score of hearings measured on
    a 1-to-3 scale``, ``on a scale of 1 to 5``, or the score written over the scale's top:
    ``Post-meeting feedback survey satisfaction ≥4/5``), and so does a standardised test
    named by its acronym whose score it is (``Average ACT Composite Score``, ``SAT Math
    score``): its figures are in the test's points, which a unit would only repeat, as does
    a national index of education quality named by its acronym (``Índice Geral de Cursos
    (IGC)``, Brazil's 1-to-5 grade of a university; ``IDEB``) (a score or index of the
    plan's own making, ``Productivity index``, is still asked its scale); so does a
    description that states the target by asking a change in the number of things
    (``Increase by 10% the number of hospitals participating in …``, under ``Hospital
    participation in Perinatal Quality Collaboratives``), and so does a rank or ranking
    (``Canada's health research specialization index ranking versus … G7 nations``, 2 for
    second): its figures are positions among what it ranks. A count counts what it names
    (``Permits issued``, ``four membership drives``, ``1k Ultimate seats``, a scale written
    onto the number being no unit, ``List of known deployments``, ``at least ten critical
    open source organizations``, ``at least 1 developer/user using our templates``, and the
    deliverables a ``Completion of signed partnership agreements`` aims at 35 of, as the
    things work supports are what an ``EEA support for EU policy documents`` aims at 900 of,
    and the copies of what it publishes what a ``Regular publication of Package of
    Practices`` aims at 3,000 of a year: the work named first, or after one word that says
    who does it or how often), whatever kind the plan tells: a count watched without a
    target (``Investigation reports completed``, kind ``indicator``) still counts reports,
    as a title that names the things counted by what was done to them or the state they are
    in (``Completed requests for interpretation``, ``Cases open for adjustment``,
    ``Templates remaining to be converted``) counts requests, cases and templates, and a row
    that breaks out part of a count (``Enforcement events - Warrant enforcement``) counts
    the whole's events, as does a breakdown (``breaks_down``, see metric-without-target) in
    whole figures of a ``Number of`` count (``Full decontamination for mussel fouled
    vessels``, 7, under ``Number of boat inspections``: the inspections of one kind), or of
    a count whose title names the things after its figure (``CodeClimate duplication``,
    200, under ``CodeClimate: 0 issues``: the issues of one kind, as its siblings ``code
    smells`` and ``other issues`` say in the plural); the
    things a title opens with are its unit after words that say how they are summed, as a
    total or an average over a period (``Average daily visits to the school portal``, visits
    a day), at the head of the title or of the definition after its heading and a dash
    (``SCHOOL PORTAL USE - Average daily visits to…``). So does a title that opens with the
    things or people it counts and then says what was done to them or what they did
    (``People assisted in emergencies``, ``First aid kits assembled by…``, ``People who
    donated blood for the first time``), or that is only a plural noun phrase whose every
    figure is a whole number of at least 0 (``Media mentions``, 51,000; ``Human services
    contracts``, 32): those things are its unit. So are things that happen and are counted
    (incidents, complaints, collisions) that end a title's opening phrase before a
    preposition or ``involving`` (``Security complaints to 311``, ``Security incidents
    involving SFMTA personnel``), whatever its figures: a year's average of a monthly count
    (37.1) still counts complaints. So are things a title says took something up or got
    something, with whole figures (``Partner institutions and organizations adopting
    women-centered policies``, 12; ``Students benefiting from direct interventions to
    enhance learning``), or, at once after them, what each of them does or got, said in the
    present or the perfect: a verb of delivery and what it delivers (``Basic education
    public schools design improvement plans``, 900) or ``have`` and a participle of the
    things a count counts (``Families have received children's books``, 62,500), as results
    frameworks word their rows and count adopters and beneficiaries: each that did so is
    one, not a share in a condition (a verb that states one, ``Trusts have achieved the
    standard``, is still asked). So are people or things followed at once by what each of
    them has, holds or gets (``People with access to rural water supply``, 150,000; ``Women
    holding titles to land``, 2,955 to 6,000), as ``VIP Latrines built`` counts latrines,
    where a whole figure above 100 says no share of them is meant. A phrase after the things
    that says what they are for (``Pre-investment studies for all official centers``, 74)
    states no condition a share of them may be in: with whole figures, the things are its
    unit. So is the group a title says every one of is to have or get one thing, in English
    or Dutch (``Every sports club has a club manager``, ``Iedere sportvereniging (groter dan
    500 leden) heeft een verenigingsmanager``, 2 of an aim of 4), read in whole figures of 2
    to 10 or above 100: a share of the group, aimed at all of it, would aim at 100, so the
    figures count the members that have it. Plurals joined by a slash (``Blogs/articles
    published by UXL``) are one plural, the things either word names: the title counts both
    alike. A title that opens by telling the things apart, each counted once (``Unique
    organisations contribute to projects``, ``Unique organisations RFC feedback``), can mean
    only a count of them. It is still reported where the words after the things compare them
    (``GHG emissions compared to 2005``, percent or tonnes unsaid), where the plural names
    an amount (emissions, savings), where a figure is negative or a fraction, and where a
    plain phrase or a clause in the present names people (``Students in poverty``,
    ``Students who meet the standard``), of whom a share may as well be meant. And a
    milestone or a record of finished work has none (see metric-without-target), nor has a
    measure whose title says a thing is done (``Baseline satisfaction score is
    established``) or got (``Obtained an unqualified financial audit``, 1 against a target
    of 1 each year) and whose figures can mean only done or not: they report a deliverable,
    even one named by a score. Nor has a measure that states its values in words (``top
    decile``; a target ``set up analytics``, read as done or not), or one only ticked done
    or not (no unit or calendar cadence, no target but 1, every reading 1 or 0: ``Improve
    internal communication``, ticked at the quarter's end): it has no number to give a unit
    to. Nor has a measure scored by how much of it is done, whose wording names no unit or
    things counted, from 0 (or no start) to a target of 100, every figure within (``Deliver
    Core Stage``, read 25 when one of its four steps is done, as an agency's priority goals
    score their deliverables by the share of their listed steps done): a hundred of nothing
    named is all of it, the share done in percent, and asking its unit reads a deliverable
    as a level. Nor has a key result whose only figures are grades of how far it got: no
    unit, target or baseline in its fields or its words, and every reading from 0 to 1
    (``Study day-2 operations``, 0.4 at the quarter's end; ``go-ipld-prime codegen is usable
    in some demo project``, 0.7; ``Improve GitLab.com resilience``, 0.88), as OKR pages
    score their key results: a reading is the share of it done, not an amount of anything,
    and what such a key result lacks, if anything, is a level to reach, which
    metric-without-target asks. A plan that states the unit once for all its measures
    (``plan: {metrics_unit: normalised score of 0 to 100}``, as a scorecard that converts
    every indicator to one scale) gives it to each measure that states none of its own, and
    passes; one that says its measures are done or not (``plan: {metrics_kind: milestone}``,
    see metric-without-target) makes milestones, with no unit, of those whose wording tells
    no kind (``Discourse up & running``). A name in quotes between a number and the noun it
    counts (``prototype 5 "Firefox for Making" concepts``) is read as one word of that
    phrase: the noun is still the unit. A closing parenthesis that says what the counted
    things take in (``Civil actions (including CMPs and self-disclosures)``, 682 of them)
    names kinds of them, not a unit: the noun before it is still the unit. A measure defined
    by a formula that divides the things of one kind by all of them (``LQR = #[Qualified
    Leads] / #[Leads]``, target 0.15), every figure from 0 to 1, states its unit in the
    formula: a fraction of the whole, as plain as a percent sign. So does one whose every
    figure is from 0 to 1, one between, in a plan that writes its shares so: two or more of
    its measures named as a percentage of something (``Percentage of disputes facilitated
    that meet service standards``) and stating no unit write a figure between 0 and 1 (0.80
    against 0.74), and none writes one above 1, as a results report's data gives them; a
    ``Level of compliance with accessibility provisions`` written alike (0.85 against 0.95)
    is a share in the plan's own form. A measure whose title another measure of the plan
    repeats, and that one states its unit (a results report's ``Average time for completing
    investigation reports``, given once per program, 450 on each row and ``days`` on the
    rail program's), is read in that unit: the plan names one indicator, measured the same
    way for each program, and states its unit once. A measure of a piece of work whose own
    title names nothing it counts (an action's ``expected output``) and whose every figure
    is a whole number counts the things the work's title names after its verb (``Translate
    documents``, 454 760 expected in the year; ``Subtitle videos``; ``Full post-editing of
    documents``), as an agency's work programme lists its actions with their expected
    outputs: those things are its unit (not where the work asks a level to change, names an
    amount, people or days). A measure whose target the goal or work that lists it states as
    a whole number directly before the things the measure's title names (``Evenementen 2026:
    6 meetups, 6 sociale evenementen, 6 online lunch evenementen, 2 workshops`` over
    ``Sociale evenementen``, 6, and ``Meetups georganiseerd``, 6, as a volunteer
    association's year plan lists its events), every figure of it whole, has its unit in the
    plan's own words, in whatever language: the figure counts those things. A whole number
    alone does not say so (six may be a score out of ten, days or a percent): the words that
    follow it in the plan do. So does a title that opens with its own target, a whole number
    every figure of it matches in kind, and then names things (``4 newsletter``, target 4;
    ``10 Gov (Nat - Sub-nat.)``, target 10), as a board's table of targets writes them in
    note form: the figure counts those things, plural or not. So does a scorecard's row
    labelled by the bare name of things, in the singular or the plural (``Outreach
    initiative``, ``Marketing packages``, ``Pre-arranged meeting``), its goal and every
    reading a whole number of 10 or more, where the plan labels a count so (``Site visits``,
    15, read 58), and a title that writes its target after such a name and a colon
    (``Twitter: Likes: 800``): a label naming a level, share or amount (``Media coverage``,
    ``Park Quality Rating``), an act in the mass (``Recycling``) or people is still asked. A
    score whose ``source`` names, by its name, the survey it is read from (``Furukawa
    E-Survey``) is in that survey's points, as a test's score is. A measure whose
    description names its unit where the title cannot, the title being only the measure's
    code (``OSHA 2-1``, ``Measure EBSA-OEA-08b``) or the description stating the measure's
    target in its own words (``Provide technical assistance to at least 10 communities``,
    target 10, under a title still ``TBD``), states it there, as a federal agency's
    priority-goal data gives each indicator's target statement beside its name: the
    description is read as a title would be, up to a participle after the things it names
    (``events focused on workers' rights``), which says which of them. When more than a
    third of a plan's measures state no unit, the plan is reported once instead of each
    measure; a measure that states no figure at all counts towards that, but is not reported
    by itself here, as metric-without-target reports it, and a plan none of whose measures
    that need a unit states any figure, nor quotes the readings of a measure it sets no
    target for, is not reported either, nor is one whose measures that lack a unit all state
    no figure and say what is to be true rather than name a quantity (``Digital public goods
    have enabled diverse groups of stakeholders to take action``, a state of affairs to
    reach by the plan's end; a deliverable named by a noun after an article), however many
    others state their unit: a unit means nothing for them until they name a level to reach,
    and metric-without-target reports that they name none. Nor is a plan whose measures that
    lack a unit all state no figure at all, whatever they are worded as (``Growth in
    contributor community``, ``Participation in global health research policy-making``,
    beside others that state their figures; a research roadmap's acceptance criteria, ``pip
    install openff-toolkit works without conda``, and comparisons with a named reference,
    ``matches or exceeds Sage``, ``not worsened``): there is no figure yet to read in one
    unit or another, and the gap is the missing level, which metric-without-target reports.
    A number that only sizes the one collection a measure is taken on (``Torsion RMSE on the
    25k Genentech fragment set reduced``) is no figure of the measure. A plan that keeps its
    targets out of its text (``withheld: [targets]``, the plan's, or that of the goals a
    measure serves) has the figures, only unpublished, and is still asked what unit they are
    in.
    """
    def excluded(metric: Metric, measure: Measure) -> bool:
        return measure.kind not in ("level", "indicator") or _in_words(metric) \
            or reports_done(metric) or ticked(metric) or scored_done(metric, measure) \
            or graded_only(metric, measure)

    missing: list[Finding] = []
    known = 0  # the metrics without a unit it applies to
    stated: list[tuple[Metric, Measure]] = []  # judged only as far as need be
    for metric in formulated(plan):
        measure = plan.measure(metric)
        if metric.unit is not None or measure.unit:
            stated.append((metric, measure))
        elif excluded(metric, measure):
            continue
        else:
            known += 1
            if not delivers_many(metric) \
                    and not counts_named(metric) and not defines_share(metric) \
                    and not counts_work_output(plan, metric) \
                    and not stated_as_count(plan, metric) \
                    and not opens_with_count(metric) and not _unit_of_namesake(plan, metric) \
                    and not _share_as_fraction(plan, metric) \
                    and not _part_of_count(plan, metric) and not defines_unit(metric) \
                    and not _counted_alike(plan, metric) and not labels_count(metric) \
                    and not scored_on_survey(metric):
                missing.append(metric.finding(
                    f"{metric.describe()} has no unit of measure; set unit "
                    "(USD m, %, count, hours…) so its figures read the same to everyone"))
    eligible = eligible_so_far(len(missing), known,
                               (not excluded(metric, measure) for metric, measure in stated))
    bare = unquantified(plan)
    if not states_figures(plan, missing, eligible, bare) or (
            all(finding.node in bare and not plan.withheld("targets", plan.get(finding.node))
                for finding in missing)):
        return
    yield from by_practice(plan, missing, eligible, items="metrics",
                           lacking="state no unit of measure", repeated=bare,
                           fix="set unit on each (USD m, %, count, hours…)")


def _labels_counts(plan: Plan) -> bool:
    """:func:`planlint.measure_counts.counting_labels` of the plan's measures."""
    return counting_labels(plan.metrics)


def _counted_alike(plan: Plan, metric: Metric) -> bool:
    """Whether a measure is a row of a scorecard of counts by its shape
    (:func:`planlint.measure_counts.counted_alike`: ``Outreach initiative``, 26, read 31) in a
    plan that labels a count so (``Site visits``, 15, read 58)."""
    return counted_alike(metric) and plan.shared(_labels_counts)


def _writes_fractions(plan: Plan) -> bool:
    """:func:`planlint.measure_figures.shares_as_fractions` of the plan's measures."""
    return shares_as_fractions(plan.metrics)


def _share_as_fraction(plan: Plan, metric: Metric) -> bool:
    """Whether a measure is a share written as a fraction (every figure from 0 to 1, one
    between: ``Level of compliance with accessibility provisions``, 0.85 against 0.95) in
    a plan that writes its shares so (:func:`planlint.measure_figures.shares_as_fractions`)."""
    return in_fractions(metric) and plan.shared(_writes_fractions)


def _part_of_count(plan: Plan, metric: Metric) -> bool:
    """Whether a breakdown (``breaks_down``), every figure of it whole, is part of a
    count (:func:`planlint.measure_counts.numbers_things`: ``Number of boat inspections``, broken
    down into ``Full decontamination for mussel fouled vessels``, 7), or of one whose title
    names the things its figure counts (:func:`planlint.measure_counts.states_things_counted`:
    ``CodeClimate: 0 issues``, broken down into ``CodeClimate duplication``, 200): it counts
    the whole's things, those of one kind, in the whole's unit."""
    return whole_figures(metric) and plan.whole_answers(metric, _counts_named_things)


def _counts_named_things(whole: Metric) -> bool:
    """Whether a measure counts the things its title names: after ``Number of`` or after
    a plain number (see :func:`_part_of_count`)."""
    return numbers_things(whole) or states_things_counted(whole)


def _unit_of_namesake(plan: Plan, metric: Metric) -> bool:
    """Whether another measure of the plan with the same title states its unit
    (:meth:`planlint.plan.Plan.namesakes`): a results report that gives one indicator
    for each of its programs (``Average time for completing investigation reports``,
    450) states its unit on one of the rows (``days``), and the reader reads the others
    in it."""
    return any(other.unit for other in plan.namesakes(metric))
