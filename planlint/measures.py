"""What a measure is and what its wording states, read the way its authors wrote it.

Plans write measures in many styles. A KPI states a level to move (``Percent of roads in
good condition``, with a baseline and a target); an OKR key result often states its
numbers in words (``Increase NPS from 30 to 50``), counts something done within the
period (``Hire two engineers``), or names a deliverable that is either done or not
(``Launch the partner portal``). The measure rules judge each metric by what it is, so
this module is the one place that tells, from the metric's ``kind`` field when the plan
gives one and from its wording and shape otherwise:

- **kind** — ``milestone``: the title starts with a verb of delivery (launch, publish,
  complete, implement, hire, inspect, classify, bring in…, or measure: ``Measure the
  satisfaction of participants``, a key result to set up that measuring, done or not, as
  ``Evaluate…`` and ``Assess…`` are; not ``Measure of satisfaction``, a noun), or with its
  ``-ing`` form (``Bringing in key vendor-neutral events…``) or in French in the
  infinitive (``documenter nos processus``, ``mettre en place un outil``), ends by saying
  the thing is done
  (``Portal launched``, ``Policy in place``) or says it is done by a time
  (``Recruitment program operational by Q4, with…``), says it is (``Guidelines are
  documented``), names it with where it now is (``First copy stored in Vitam``, or in
  another language with its participle of delivery in the singular after it: ``Política
  de retenção aprovada nas instâncias pertinentes``) or with
  its participle before it, in the singular (``Published standard for SWHID``), is a
  release named by its stage (``Beta release of Automatic Chess``), reports who has done
  it or that it was done, in the singular, after a heading or none (``Mexico Road Safety
  Strategy: WRI Mexico has supported the implementation of the new law``, ``The strategy
  was adopted by the Board``; ``has``, ``was`` and ``is`` are verbs, never the things a
  count counts, and a level that moved, ``Revenue has grown``, is no deliverable), names
  the thing itself (``User guide``, ``Litmus Cookbook``, ``Joint blog w/ other
  vendors``, but not what is measured of one, ``Visits to the website``) or by the work
  that yields it (``Migration of membership to the new CRM``, ``Comprehensive analysis
  of current & future coverage``, and in Portuguese or Spanish ``Publicação do Plano``,
  ``Atualização final com a execução das iniciativas``), or commits to it (``Open positions will be
  closed``), and states no quantity (a clause of time before it, ``By December 2020,``,
  is read past), or names a recurring event by its frequency (``Quarterly membership
  drives``) or opens with how often one is held (``Twice a year, facilitate a community
  feedback session``), or, in a plan that lists commitments (three quarters of its
  measures milestones), opens with a verb and holds no figure in its fields (``increase
  support to departments' projects``), unless it asks a level to move by a number it
  states: an activity done or not, like the plan's other items
  (:func:`~planlint.measure_work.commits`); or, in a plan whose measures of work are its projects'
  deliverables (:attr:`planlint.plan.Plan.delivers_work`), it measures a piece of work and nothing
  tells its kind (``Centralized resource for members' needs``:
  :func:`~planlint.measure_work.unnamed_commitment`);
  or its figures can only mean done or not, whatever numbers its
  wording holds (no unit or calendar cadence, readings, if any, of 1 or 0 or a status in
  words, and a target of 1, as for ``Perforce crash course``, or none and a reading of 1
  or 0: a deliverable reported done), unless its opening verb asks a level to move
  (``Improve BCH rating``); or it states a condition that holds or not, a
  capability (``Search can return results across 80k repos``, ``Ability to archive…``),
  what something should do or a body will do (``Logs should point to the code that
  throws the error``, ``Digital Leaders will lead on departmental strategies``, unless
  its figures are in a unit other than percent, amounts of it: ``We will demonstrate our
  efficiency ... by measuring the cost of funds`` in USD),
  something kept up to date, a record kept (``Public multisig transaction logs
  maintained``, ``Risk register maintained``: a practice kept or not, not a count of
  things maintained as ``Roads maintained`` is), something known or tracked (``Lead-time is known``,
  ``Financial health is being tracked``), a state to bring about, with no figure
  (``Have flexbox match latest version of spec``, ``Ensure the GUI functions
  consistently on macOS, Linux and Windows``), what all of a group have or one thing has
  (``All projects have a written RFC``, ``[C4] has a POC instance``, ``ProtoSchool has its own
  Roadmap``, ``Syncs have scripts``, ``All changes should have tests``) or each of a group
  does (``Each member of the team performs data engineering work``), a number asked
  of each of a group (``At least two implementations of every feature``), or something
  running, available or included in all places it should be, and no rate or number of
  things; so does a title that states no figure or rate and whose target in words states
  a condition all of a group meet or not (``Further implement Cultures of Thinking``,
  checked by ``COT included and reported in every school's improvement plan``): done
  when it holds for all of them.
  A condition is a result, not work to do. ``count``: the title starts with a verb of
  doing or getting (hire, run, sign, close, publish…) followed by how many (``two``,
  ``5``, ``$2M``; a floor it is set as is part of it: ``Organize quarterly roundtables
  for at least 5 major ecosystems``), or the quantity is of something ``new`` or
  ``additional`` (``4 additional components``) or of so
  many ``more`` things (``12 more streams``, made within the period), or leads
  the title before
  what it counts (``3+ articles are ready``; a range of how many, its low end the
  count: ``12-18 grants signed``, not a rate per period), or the title opens with ``New`` before
  things in the plural (``New participants in clinics``; not one new thing, ``New engine
  video teaser``), or with ``Additional`` before things in the plural and what was done to
  them (``Additional components completed by the end of Sprint 11``, the number of a
  sprint naming it as ``Week 3`` does, not an amount; not ``Additional blog posts``, an
  item of work); a count starts from zero within its period. So is a measure read as a
  level whose title says it adds up what was done (``cumulative``, ``accomplishment``:
  ``Rental Housing - cumulative accomplishment (Housing Units)``), with no rate, share,
  harm or period it restarts in, and whose final target falls due at the end of the
  plan's horizon (:func:`~planlint.measure_counts.adds_up`, :meth:`planlint.plan.Plan.measure`): a
  count over the plan's whole period, from none at its start; and so is one, in a plan of one year,
  whose title names that year as the period it tallies people reached or work done in
  (``2022 humanitarian beneficiaries``, :func:`~planlint.measure_counts.tallies_year`), whose
  readings never fall and whose target falls due at the year's end, and so is, in OKRs set for a
  year or less, a key result of a goal written with no verb as its figure before what the period
  brings (``20+ visitors``, ``€65k+ in revenue``, ``Online calls with 400+
  participants``: :func:`~planlint.measure_counts.counts_period_yield`) or as a figure of a thing
  another key result of its goal launches (``Real estate fund has €5m in AUM``:
  :func:`~planlint.measure_counts.has_in_launched`). ``level``: a title that
  asks for a number of things (``Number of reports developed``; ``# of``, ``No. of`` and
  ``N° of``, the abbreviation of continental European and French-speaking writers, are
  read as ``Number of``) and any metric with a
  baseline other than 0 (0 is where counts and milestones start: a logframe writes it
  for every indicator), and everything else, where nothing tells the kind (``YouTube
  channel``), unless the plan says once what its measures are (``metrics_kind``). ``indicator``: a
  measure watched without a target on purpose, which the plan marks in ``kind`` or
  calls a ``supporting measure`` or ``contextual indicator`` and gives no target.
  A dotted number before ``that`` or ``which`` names another item (``the attestations
  for all packages from 2.2 that returned no vulnerabilities``, KR 2.2), not an amount.
- **target stated in the wording**: the count of a count; the number after ``to``,
  ``reach``, ``above``, ``below``, ``at least``, ``no more than``, ``under``, ``over``
  (``Churn below 2%``); the second number of ``from X to Y``; none (0) for a title that
  starts with ``no`` or ``zero`` (``No known issues``, ``Zero harm``); or a placeholder
  for a value kept confidential (``$N``, ``X%``, ``$XM``, ``XK users``). A title that
  states any quantity (``5-7 features``) says what it aims at, even where no single
  target value is read.
- **baseline stated in the wording**: the first number of ``from X to Y``.
- **completion**: a share of a piece of work's own parts done (``share of checklist
  items done``, ``percent complete``), which starts from none and aims at all; not a rate
  of performance (``% of milestones delivered on time``). So, in its figures, is a level
  whose wording names no unit or things counted, from 0 to a target of 100 with no unit
  (``Deliver Core Stage``, 25 when one of four steps is done:
  :func:`~planlint.measure_work.scored_done`). A final target is the whole of the measure
  when it is a milestone's, one thing (1 with no unit or counted: ``Número``), or 100%: a
  reading that reaches it has finished the thing (:func:`~planlint.measure_work.whole_of_it`).
- **direction stated in the wording**: up for a title that opens with ``Increase``,
  ``Grow``, ``Improve``… or with a verb of doing followed by how much (``Automate 75% of
  release tests``), and for cases dealt with within a standard of time (``Referrals seen
  within four weeks``, ``% waiting less than two weeks``, which counts those who did not
  wait long, not a delay); down for one that opens with ``Reduce``, ``Cut``,
  ``Eliminate``…
- **yearly step**: a target worded as a change by a stated amount each year (``by 10%
  each year``, ``by 5 percent per year``, ``by $2M annually``), a step for every year.
- **workload**: a title that asks for a number of things done (``Number of DAs
  determined``, ``No. of permits issued``: ``Number of``, then things in the plural and
  what was done to them), and names no harm, nothing that befell the things or was
  recorded as happening (``Number of offences recorded``) and no clause on what they
  did themselves: work done, of which more is no shortfall.
- **demand answered**: a count of what a service does in answer to what comes to it
  (``Number of DAs determined``, ``Total number of responses to emergency incidents``,
  ``Number of violation re-inspections made``, ``passengers screened``): its figure moves
  with the applications, incidents or violations that come in, not with the plan's effort.
- **documents received**: a count of documents others write and send in (``Receive
  State/Territory 5-Year Broadband Action Plans``, ``Number of county plans received``),
  each arriving when its author completes it (:func:`~planlint.measure_counts.receives_documents`).
- **unit stated in the wording**: a percent or currency sign next to a number, or a word
  that names the unit: percent, share, rate per…, number of (``Number and provenance
  of models``, and the same in French, Spanish, Portuguese or Italian: ``Número de…``,
  ``Taxa de…``, ``Nombre d'…``), days, hours, volume…, or a scale everyone reads the same (an ``app
  store rating``, out of five stars), or the scale a score is given on (``measured on a
  1-to-3 scale``, ``on a scale of 1 to 5``, ``satisfaction ≥4/5``), or a standardised
  test whose score it is (``Average ACT Composite Score``, in the test's points) or a
  national index of education quality named by its acronym (``IGC``, ``IDEB``); the
  things a count counts (``Complaints``, ``Visits to the website``, ``Average daily
  visits to the school portal``, past words that say how they are summed, ``four membership
  drives``, the one thing after ``1``: ``At least 1 developer/user using…``, and any
  title the wording reads as a count, whatever ``kind`` the plan gives it: ``Reports
  completed``, kind ``indicator``; things named by what was done to them, the participle
  first, ``Completed requests for interpretation``, or by the state they are in, ``Cases
  open for adjustment``; and a row that breaks out part of a count, named before a dash,
  ``Enforcement events - Warrant enforcement``), and those of which none is asked (``No
  known issues``).

A quantity is a number other than a year (``2025``), a period (``Q3``, ``FY25``,
``H1``), a day of a date (``June 30``), an ordinal (``20th``, ``1ª``), a label's number
(``Phase 2``, ``SOC 2``, ``version 3``, a goal's, ``Meta 9``, the number of a shared
indicator a title cites, ``[EUTF Common output indicator 1.2.]``), the version a
deliverable is for, ending a title that opens with a verb of delivery (``Release OpenEBS
1.0``), or a length that names a kind
of thing (``30-day terms``, ``24-hour support``), or an age that says who is counted
(``people over 65``, ``aged 12 to 17 years``, ``población de 18 a 64 años``), or how
many places the things a title
counts are counted across (``Commits across 9 repositories``), or a distance from a
place that bounds what is counted (``Development within 5 Miles of a Base``, ``within
1/2 mile of a park``), or the size of a group ranked by a superlative (``Percent of 100
most populous cities``, ``the 10 largest districts``: which things are counted, as a
label's ``top 50 employers``). A label before the title
(``1.2``, ``KR3:``, ``Create:``, a team's name and a colon) is not read, unless it is
itself the measure (``# of workshops provided: MILL``). Everything here is overridden by the plan:
``kind`` on the metric, and ``target``, ``baseline`` and ``unit`` fields, which the rules
read first.

The readings the rules ask of a measure beyond its kind live in modules of their own, built
on :mod:`planlint.measure_words` (a title's words and quantities, its wording,
:func:`~planlint.measure_words.worded`, without its label,
:func:`~planlint.measure_words.strip_label`, and the vocabulary all the readings share):
:mod:`planlint.measure_counts` (what a count counts), :mod:`planlint.measure_sources`
(where its figures come from), :mod:`planlint.measure_work` (deliverables, commitments and
work) and :mod:`planlint.measure_figures` (what its wording states of its figures).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import Literal

from planlint.measure_words import (
    ABOUT,
    ALL_OF,
    ARTEFACTS,
    BEFELL,
    BREAKDOWN,
    CHANGES,
    COUNT_REACH,
    COUNT_VERBS,
    COUNT_WORDS,
    COUNTED,
    COUNTED_PEOPLE,
    DONE_BY,
    DURATION,
    FALL,
    FLOORS,
    IRREGULAR_DONE,
    LEVEL_START,
    MADE,
    MILESTONE_VERBS,
    NOT_COUNTING,
    NUMBER,
    PERIOD,
    PERSONS,
    PHRASE_ENDS,
    PHRASE_REACH,
    PLACEHOLDER,
    RATE,
    RISE,
    TARGET_WORDS,
    UNIT_WORDS,
    WHO,
    Quantity,
    binary_values,
    count_after,
    counting,
    delivers,
    done_to_named,
    done_words,
    ends_with,
    figures_done_or_not,
    looks_plural,
    names_harm,
    names_rate,
    noun_phrase,
    own_work_verb,
    past_participle,
    quantities_in,
    sentence_words,
    split_words,
    starts_with,
    strip_label,
    timely,
    unit_named,
    worded,
)
from planlint.model import MeasureKind, Metric
from planlint.patterns import LazyPattern

#: The ``-ing`` forms of the one-word count verbs (``Rehousing``, ``Hiring``, ``Running``),
#: which a title opens with as plainly as the verb (``Rehousing 650 households``).
_COUNT_GERUNDS = {form: verb for verb in COUNT_VERBS if " " not in verb for form in (
    verb + "ing", verb.removesuffix("e") + "ing", verb + verb[-1] + "ing")}
#: Words that, after a plural noun, say the state the things counted are in: a caseload
#: or a stock at a date (``Cases open for adjustment``, ``Claims pending``, ``Templates
#: remaining to be converted``).
_IN_STATE = frozenset(("open", "pending", "outstanding", "active", "remaining"))
#: Plural nouns that, ending a title, name the things a measure counts: its unit.
_COUNT_NOUNS = {
    "breaches", "incidents", "complaints", "infections", "falls", "deaths", "injuries",
    "accidents", "events", "cases", "claims", "referrals", "admissions", "visits", "calls",
    "attendances", "appointments", "errors", "defects", "outages", "leavers", "starters",
    "hires", "vacancies", "crimes", "collisions", "fatalities", "permits", "inspections",
    "violations", "requests", "applications", "registrations", "trips", "boardings",
    "participants", "volunteers", "households", "enrolments", "enrollments", "graduates",
    "placements", "arrests", "citations", "ulcers", "bacteraemias", "offences", "offenses",
    "burglaries", "thefts", "robberies", "users", "views", "attendees", "creators",
    "downloads", "sessions", "members", "subscribers", "customers", "clients", "patrons",
    "learners", "followers", "signups", "installs", "count",
}
#: Harms no plan aims to increase: a rise in them is a ceiling misread, not an aim.
_GRAVE = LazyPattern(r"\b(?:fatalit(?:y|ies)|deaths?|injur(?:y|ies)|infections?|"
                     r"bacteraemias?|mrsa|accidents?|collisions?|never events?)\b",
    needs=("fatalit", "death", "injur", "infection", "bacteraem", "mrsa", "accident", "collision",
           "never event"))
#: Words after a leading ``no`` that do not make it a target of none (``No more than 5``).
_NOT_NONE = {"more", "less", "fewer", "later", "longer", "greater", "than", "one"}
#: Wording that states a condition, which holds or not: a capability (``[C3] can use ACLs
#: at their scale``), what all of a group have (``All projects have a written RFC``), or
#: receive, do or have done (``Each farmer receives a Soil Health Card``, ``Each member of
#: the team performs data engineering work``, ``All districts covered by offices``: an
#: outcome statement whose level, all of them, is in its words),
#: what is done for each of them (``For each engagement, confirm progress``), something
#: known or tracked (``Lead-time is known``, ``Financial health is being tracked``: the
#: organization can tell it, or not); a state to bring about is one too (see
#: :func:`_brings_about`).
_CONDITION = LazyPattern(r"\b(?:can|cannot|(?:is|are) able to|up to date)\b|^ability to\b|"
                         r"\b(?:should|must|shall|will) (?!(?:grow|increase|rise|improve|"
                         r"decrease|fall|drop|reduce|decline)\b)\w+|"
                         r"^(?:all|every|each)\b.*\b(?:has|have|is|are)\b|"
                         r"^(?:all|every|each) (?:[a-z-]+ )?[a-z-]+ "
                         r"(?:of (?:the |our |its |their |this )?(?:[a-z-]+ )?[a-z-]+ )?"
                         r"(?:receives?|gets?|[a-z]+ed)\b|"
                         # what each one of a group does, its verb in the present
                         # (``Each member of the team performs data engineering work``);
                         # not a period (``Each quarter revenue grows``) nor a change
                         r"^(?:every|each) (?!(?:of|year|quarter|month|week|day|sprint|"
                         r"time|period|cycle)\b)(?:[a-z-]+ )?[a-z-]+ "
                         r"(?:of (?:the |our |its |their |this )?(?:[a-z-]+ )?[a-z-]+ )?"
                         r"(?!(?:grows|increases|rises|improves|falls|drops|declines|"
                         r"decreases)\b)[a-z]+[^s\W]s\b|"
                         # the same said of all of a group, its verb in the plural
                         # (``All fire stations undertake local positive action
                         # engagement activities``, ``All staff attend``); not a
                         # preposition, a joining word, a change or a noun of what is
                         # measured after the group (``All schools attendance``)
                         r"^all (?!of\b)(?:[a-z-]+ ){0,2}(?:[a-z-]+[^s\W']s|staff|people|"
                         r"personnel) (?!(?:grow|increase|rise|improve|fall|drop|decline|"
                         r"decrease|reduce|of|in|on|at|by|to|for|from|with|and|or|that|"
                         r"which|who|whose|where|within|across|over|under|per|than|as|"
                         r"not|response|turnover|coverage|usage|uptake|income|[a-z]+(?:tion|"
                         r"sion|ance|ence|ment|ity|ness))\b)[a-z]+[^s\W](?![\w'-])|"
                         r"^for (?:each|every) [a-z]+ (?!of\b)[a-z]+\b|"
                         r"\b(?:is|are) (?:being )?(?:known|tracked)$|"
                         # a record kept up (``Public multisig transaction logs
                         # maintained``, ``Risk register maintained``): a practice kept
                         r"\b(?:logs?|records?|registers?|ledgers?|minutes)(?: (?:is|are))? "
                         r"(?:maintained|kept)$|"
                         r"^(?:\S+ ){1,3}(?:has|have) (?:an?|its|their|[a-z]+s)\b|"
                         # a standard of time each case meets, a stated time before the
                         # event it serves (``reports provided a week before Board
                         # meeting``, ``Agenda circulated 5 days prior to meetings``)
                         r"^(?:\S+ ){0,3}\S+ (?:(?:is|are) )?(?:provided|circulated|sent|"
                         r"distributed|posted|published|issued|submitted|delivered|in place|"
                         r"available) (?:at least )?(?:a|an|one|two|three|four|five|six|"
                         r"seven|ten|fourteen|\d+) (?:working |business |calendar |full )?"
                         r"(?:days?|weeks?|months?|hours?) (?:before|prior to|ahead of|"
                         r"in advance of)\b|"
                         r"\b(?:running|available|enabled|working|supported|included)"
                         r"(?: and [a-z]+ed)? (?:in|on|for|across) (?:all|every)\b|"
                         # a state named with the year it is to be reached by
                         # (``Achievement of being regenerative by 2030 and net zero in
                         # direct emissions by 2050``)
                         r"^(?:the )?achievement of being [a-z-]+(?: [a-z-]+){0,3} by "
                         r"(?:19|20)\d\d\b",
    needs=("can", "able to", "ability to", "up to date", "should", "must", "shall", "will", "all",
           "every", "each", "known", "tracked", "maintained", "kept", "has", "have", "before",
           "prior to", "ahead of", "in advance of", "achievement"))
#: A number asked of each of a group (``At least two implementations of every feature``):
#: a condition that holds for all of them or not, whatever the number.
_FOR_EVERY = LazyPattern(r"^(?:at least|no fewer than|a minimum of) \S+ .*"
                         r"\b(?:of|for|in|per) (?:every|each|all)\b",
    needs=("at least", "no fewer than", "a minimum of"))
#: A share of a piece of work's own parts done (``share of checklist items done``,
#: ``percent complete``): progress towards done, from none to all; not a rate of
#: performance (``% of milestones delivered on time``).
_COMPLETION = LazyPattern(
    r"\b(?:share|percent(?:age)?|proportion|fraction|%) of (?:the |its )?(?:\w+ )?(?:items|"
    r"tasks|milestones|deliverables|actions|steps) (?:done|completed|complete|finished|"
    r"delivered)\b(?! on time| within| by)|\b(?:percent|%) complete\b|"
    r"(?:\b(?:share|percent(?:age)?|proportion|fraction)|%) (?:of )?(?:the )?(?:completed|"
    r"finished|delivered) (?:[\w-]+ ){0,2}?(?:items|tasks|milestones|deliverables|actions|"
    r"steps)\b(?! on time| within| by)", re.IGNORECASE,
    needs=("items", "tasks", "milestones", "deliverables", "actions", "steps", "complete"))
#: The items of a plan, named as its parts (``workplan items``, ``work plan items that are
#: completed``, ``action plan targets``; in French ``cibles du plan d'action``): a share of
#: them (see :func:`read_measure`) is how much of that plan is done.
_PLAN_ITEMS = LazyPattern(
    r"\b(?:work ?plan|action plan)(?:'s)? (?:items|tasks|actions|targets|deliverables|"
    r"milestones)\b|\b(?:items|tasks|actions|targets|deliverables|milestones|cibles|mesures) "
    r"(?:of|du|de la|des) (?:the |this |its )?(?:work ?plan|action plan|plan)\b",
    re.IGNORECASE)
#: The plan's own targets, KPIs, objectives or measures, named bare or as the plan's, and
#: reached or met, as the title's whole measure (``Share of the targets defined in the
#: strategy reached``, ``% of KPIs achieved``, ``Number of objectives achieved``): a share
#: or number of them (see :func:`shares_plan_done`) is how much of that plan is done. Not
#: targets someone else holds (``the objectives defined within each partner agreement``,
#: ``IEP goals``), nor cases that meet a target (``calls answered within target``).
_OWN_TARGETS_MET = LazyPattern(
    r"^(?:(?:share|percent(?:age)?|proportion|fraction|rate|(?P<count>number|count|#))"
    r"(?: \(%\))? of |%(?: of)? )?(?:(?:the|its|our|this|all) )?"
    r"(?:(?:plan|strategy|programme|program)'s )?(?:(?:strategic|key|performance) )?"
    r"(?:targets|kpis|objectives|goals|measures|indicators)"
    r"(?: (?:(?:defined|set|stated|established) )?(?:in|of|by|under) (?:the|this|its|our) "
    r"(?:strategy|plan|programme|program))? (?:(?:that|which) (?:were|are|have been) |"
    r"already |fully )?(?:reached|met|achieved|attained|accomplished|fulfilled)"
    r"(?: or (?:exceeded|surpassed))?(?=$|\s*[(\[,;:.]|\s+(?:to date|so far|by (?:the )?end|"
    r"by \d{4}|in \d{4}|as of)\b)",
    re.IGNORECASE, needs=("reached", "met", "achieved", "attained", "accomplished",
                          "fulfilled"))
#: Words that say a measure is still to be defined.
_UNDEFINED = LazyPattern(r"\b(?:TBD|TBC|to be (?:determined|defined|confirmed|developed))\b",
                         re.IGNORECASE)
#: A score on a standardised test named by its acronym, in capitals as the test is
#: written (``Average ACT Composite Score``, ``SAT Math score``, ``AP exam scores``): its
#: figures are in the test's own points, a scale everyone who reads the measure knows, so
#: the title states its unit; not a score or index of the plan's own making, whose scale
#: is still asked.
_TEST_SCORE = LazyPattern(
    r"\b(?:ACT|SAT|PSAT|AP|IB|GRE|GMAT|LSAT|MCAT|IELTS|TOEFL)(?: (?:[Ee]xam|[Tt]est))?"
    r"(?: (?:[Cc]omposite|[Ss]caled?|[Tt]otal|[Oo]verall|[Mm]ath|[Mm]athematics|[Rr]eading|"
    r"[Ww]riting|[Ee]nglish|[Ss]cience|[Vv]erbal|[Qq]uantitative))* (?:[Ss]cores?|SCORES?)\b",
    needs=("ACT", "SAT", "AP", "IB", "GRE", "GMAT", "LSAT", "MCAT", "IELTS", "TOEFL"))
#: A national index of education quality named by its acronym, given on the scale its
#: publisher sets (Brazil's ``Índice Geral de Cursos (IGC)`` of a university, 1 to 5, and
#: ``IDEB`` of a school network, 0 to 10): as a standardised test's score, its scale is
#: known to everyone who reads the measure, so the title states its unit.
_EDUCATION_INDEX = LazyPattern(r"\b(?:IGC|IDEB)\b", needs=("IGC", "IDEB"))
#: A score written over the top of the scale it is given on (``satisfaction ≥4/5``,
#: ``10/10 rating``, ``3.5 out of 5``): the scale states the unit, as ``on a scale of 1 to
#: 5`` does; not a round-the-clock ``24/7`` nor a year ``2014/15``, nor part of a larger
#: number (``5,500 out of 7,000``).
_OUT_OF_TOP = LazyPattern(r"(?<![\d.,/])(?:10|\d)(?:\.\d+)?\s?(?:/|out of)\s?(?:4|5|7|10)"
                          r"(?![\w/]|[.,]\d)", needs=("/", "out of"))
#: Which way a measure's wording asks it to move.
Aim = Literal["increase", "decrease"]


@dataclass(frozen=True, slots=True)
class Measure:
    """A metric as its plan states it, in fields or in words."""

    kind: MeasureKind
    said: bool  # the plan gives the kind: in the metric's ``kind`` field, or once for all
    # its measures (``metrics_kind``) for one whose kind nothing else tells
    target: float | None  # the value aimed at, as the wording states it
    withheld: bool  # the wording holds a placeholder for a confidential target
    baseline: float | None  # where it starts, as the wording states it
    unit: bool  # the wording names the unit
    holds: bool  # the wording asks to hold a level ("Maintain 99.9% uptime")
    numbers: bool  # the wording states a quantity
    harms: bool  # the wording counts harm, loss or delay, so less is better ("MRSA infections")
    grave: bool  # the harm is death or injury, which no plan aims to increase
    undefined: bool  # the wording says the measure is still to be defined ("TBD")
    completion: bool  # the wording measures how much of a piece of work is done
    condition: bool  # the wording states a condition that holds or not: a result, not work
    aims: Aim | None  # the way the wording asks it to move
    told: bool  # its ``kind``, wording or figures tell its kind; else it is a
    # ``level`` only because nothing told otherwise, and a kind the plan states once for
    # all its measures (``metrics_kind``) is its kind (see :meth:`planlint.plan.Plan.measure`)
    workload: bool = False  # the wording asks for a number of things done ("Number of DAs
    # determined", "No. of permits issued"), no harm, nothing that befell the things (see
    # counts_done): work done, of which more is no shortfall

    @property
    def states_target(self) -> bool:
        """Whether the wording names what it aims at: a target, a quantity (``5-7
        features``), or a placeholder for a figure kept confidential."""
        return self.target is not None or self.withheld or self.numbers


#: A clause of time before what a title asks (``By December 2020,``, ``Within three
#: months of the committee's formation,``): read past, so the verb after it tells the kind.
_WHEN = LazyPattern(r"^(?:by|before|no later than|within|during)\s[^,]{0,80}?"
                    r"(?:\d|\b(?:month|week|year|quarter|end)s?\b)[^,]*,\s+", re.IGNORECASE,
    needs=("by", "before", "no later than", "within", "during"))
#: A name in quotes right after a number (``prototype 5 "Firefox for Making" concepts``):
#: one word of the phrase that ends at the noun the number counts.
_NAMED = LazyPattern(r"(?<=\d )[\"“\u2018]([^\"”\u2019]{1,60})[\"”\u2019]",
    needs=("\"", "\u201c", "\u2018"))


def _gerund_count(words: list[str]) -> float | None:
    """How many a title opening with a count verb's ``-ing`` form counts: the plain
    number right after it, before the things it counts in the plural (``Rehousing 650
    unsheltered households``, ``Preventing 11,856 households from becoming homeless``);
    none where the number stands further on, as after a noun the ``-ing`` word may be
    (``Processing times under 30 days``), or counts nothing named."""
    quantity = quantities_in(words[:2])
    if len(quantity) != 1 or quantity[0].position != 1 or quantity[0].unit \
            or words[2:3] in (["%"], ["percent"]):
        return None
    if not any(looks_plural(word) or word in PERSONS for word in noun_phrase(words, 1)):
        return None
    return quantity[0].value


def _range_count(words: list[str], quantities: list[Quantity]) -> float | None:
    """The low end of a range of how many that opens the title before the things it
    counts, in the plural (``12-18 grants signed``, a grantmaker's season KPI): a count
    like ``3+ articles are ready``, its floor the range's low end; not a range of a rate
    (``10-15 exhibitions mounted per annum``) nor of amounts with a unit."""
    if len(quantities) < 2 or len(words) < 4 or RATE.search(" ".join(words)):
        return None
    low, high = quantities[0], quantities[1]
    if low.position != 0 or high.position != 1 or low.unit or high.unit \
            or not low.value < high.value or not looks_plural(words[2]):
        return None
    return low.value


def _counted(words: list[str]) -> bool:
    """Whether the words name things done, in the plural (``Permits issued``, ``Rental
    inspections attempted``, ``Requests completed on time``, ``Students completing the
    course``): a count within each period."""
    return any(word in COUNTED and (word.endswith("ed") or word.endswith("ing") or
                                    word in IRREGULAR_DONE) and looks_plural(before)
               for before, word in pairwise(words))


#: Words that open a title by telling the things it names apart, each counted once.
_DISTINCT = frozenset({"unique", "distinct"})


def _names_counted(words: list[str]) -> bool:
    """Whether the words name the things counted by what was done to them, the participle
    first (``Completed requests for interpretation``, ``Published papers``), or by the
    state they are in (``Cases open for adjustment``, ``Claims pending``), or opening
    with them and then saying what was done to them or what they did (``People assisted
    in emergencies``, ``People who used the service``, see
    :func:`~planlint.measure_words.done_to_named`): those things are the unit, whatever kind the
    measure is read as (a stock of
    published papers may be a level). So do words that open by saying the things are
    told apart, one counted once (``Unique organisations contribute to projects``,
    ``Distinct visitors``): only a count of them can be meant."""
    return (len(words) > 1 and ((words[0] in COUNTED and words[0].endswith("ed"))
                                or words[0] in _DISTINCT) and looks_plural(words[1])) or any(
        word in _IN_STATE and looks_plural(before) for before, word in pairwise(words)) \
        or done_to_named(words)


def counts_things(words: list[str], quantities: list[Quantity]) -> bool:
    """Whether the words name the things a number counts, which are then the unit: a
    plain quantity or a number word before a plural noun (``four membership drives``,
    ``2+ customer references``), a plural before ``from`` a number (``Increase testcase
    instances from 200 to 250``), or what a list lists (``List of known deployments``)."""
    numbers = counting(words, quantities)
    ones = {index for index in numbers if words[index] in ("1", "one")}
    return any(looks_plural(word) for index in numbers for word in noun_phrase(words, index)) \
        or any(noun_phrase(words, index) for index in ones) \
        or any(q.after == "from" and q.position > 1 and looks_plural(words[q.position - 2])
               for q in quantities) \
        or (words[:2] == ["list", "of"] and looks_plural(words[-1]))


#: Auxiliaries between the things a key result counts and what is done to them.
_PASSIVE = (("are",), ("were",), ("is",), ("was",), ("have", "been"), ("has", "been"),
            ("be",), ("get",))
#: Things written for each of the things a key result counts (``At least six agents have
#: reference documentation``): what the work delivers for each, one more counted each time.
_WRITTEN_FOR = frozenset((
    "documentation", "docs", "guide", "guides", "manual", "manuals", "handbook",
    "tutorial", "tutorials", "specification", "specifications", "spec", "specs",
    "playbook", "cookbook",
))


def _made_count(words: list[str]) -> float | None:
    """How many a key result written as a sentence counts the period's work makes or
    does: a number (a floor, ``at least``, before it), the things in the plural and what
    is done to them (``At least eight proposals are submitted``, ``At least eight
    bounties are created and claimed``, see :data:`~planlint.measure_words.MADE`) or the writing
    each of them gets (``At least six agents have reference documentation``, see ``_WRITTEN_FOR``);
    or who
    does it, in the perfect, then how many (``Tlon has documented at least one of their
    own agents``). None for a share (``80% of staff are trained``), a state the things are
    in (``At least 5 systems are compliant``) or anything else they have (``10 schools
    have a library``)."""
    words = sentence_words(words)
    for at, word in enumerate(words[:4]):
        if word in ("has", "have") and words[at + 1:at + 2] and words[at + 1] in MADE \
                and not quantities_in(words[:at]) and COUNT_WORDS.keys().isdisjoint(words[:at]):
            return count_after(words, at + 2)
    start = next((len(floor) for floor in FLOORS if tuple(words[:len(floor)]) == floor), 0)
    first = words[start:start + 1]
    if not first or not (first[0] in COUNT_WORDS or (
            NUMBER.match(first[0]) and not PERIOD.match(first[0]))):
        return None
    count = count_after(words, start)
    phrase = list(takewhile(lambda word: word not in PHRASE_ENDS and word not in WHO
                            and word not in ("have", "has", "be", "get"),
                            words[start + 1:start + 1 + PHRASE_REACH]))
    rest = words[start + 1 + len(phrase):]
    if count is None or not phrase or not (looks_plural(phrase[-1]) or count == 1):
        return None
    aux = next((len(parts) for parts in _PASSIVE if tuple(rest[:len(parts)]) == parts), 0)
    if aux and rest[aux:aux + 1] and rest[aux] in MADE:
        return count
    if rest[:1] in (["have"], ["has"]) and any(
            word in _WRITTEN_FOR for word in takewhile(lambda word: word not in ABOUT,
                                                       rest[1:4])):
        return count
    return None


def _count_after_either(words: list[str], start: int) -> float | None:
    """How many a count's verb names when another way of doing it follows it, after
    ``or`` or ``and``, and the number comes after that one's count verb or its ``-ing``
    form (``Fund or assisting in funding three new organizations``)."""
    if words[start:start + 1] not in (["or"], ["and"]):
        return None
    for at in range(start + 1, min(len(words), start + 1 + COUNT_REACH)):
        if words[at] in _COUNT_GERUNDS or starts_with(words[at:at + 1], COUNT_VERBS):
            return count_after(words, at + 1)
    return None


def _worded_target(words: list[str], quantities: list[Quantity]) -> tuple[float | None,
                                                                        float | None]:
    """The target and the baseline the wording states: ``from X to Y``, ``to Y``…"""
    for first, second in pairwise(quantities):
        if first.after == "from" and second.after in ("to", "by"):
            return second.value, first.value
    for quantity in reversed(quantities):
        if ends_with(words[:quantity.position], TARGET_WORDS) or quantity.position == 0 or (
                quantity.position > 0 and words[quantity.position - 1] in (
                    "of", "at")) or quantity.unit:
            return quantity.value, None
    if words and words[0] in ("no", "zero") and words[1:2] and words[1] not in _NOT_NONE:
        return 0.0, None
    return None, None


def _kind(shape: _Shape, words: list[str], quantities: list[Quantity],
          withheld: bool) -> tuple[MeasureKind | None, float | None]:
    """The kind the wording and shape show, with a count's number; None when they show
    none (a noun phrase such as ``YouTube channel``, with no figure, rate or verb: read as
    a ``level`` unless the plan states its measures' kind once for all)."""
    _, _, based, binary, done_or_not, stated = shape
    if based or not words or DURATION.search(" ".join(words)):
        return "level", None
    verb = starts_with(words, COUNT_VERBS)
    count = count_after(words, len(verb.split())) if verb is not None else None
    if count is None and verb is not None:
        count = _count_after_either(words, len(verb.split()))
    if count is None and words[0] in _COUNT_GERUNDS:
        count = _gerund_count(words)
    if count is None:
        count = next((q.value for q in quantities if not q.unit and (
            words[q.position + 1:q.position + 2] in (["new"], ["additional"])
            or _more_things(words, q) or (
                q.position == 0 and len(words) > 2 and looks_plural(words[1])
                and not RATE.search(" ".join(words))))), None)
    if count is None:
        count = _range_count(words, quantities)
    if count is None:
        count = _made_count(words)
    if count is not None:
        return "count", count
    if _condition(words, withheld) and ((binary and not quantities)
                                        or bool(_FOR_EVERY.search(" ".join(words)))):
        return "milestone", None
    if not quantities and not RATE.search(" ".join(words)) and (
            (_counted(words) and starts_with(words, MILESTONE_VERBS) is None
             and not DONE_BY.search(" ".join(words)))
            or _new_things(words) or words[:3] == ["number", "of", "new"]
            or _numbers_done(words)):
        return "count", None
    text = " ".join(words)
    if _condition(words, withheld) and binary:
        return "milestone", None
    if words[:2] != ["number", "of"] and done_or_not and not names_harm(text) \
            and starts_with(words, RISE + FALL) is None:
        return "milestone", None
    if quantities or withheld or not binary or RATE.search(text) or \
            starts_with(words, LEVEL_START) is not None:
        return "level", None
    aimed = [] if says_none(stated) else split_words(stated or "")
    # a target in words that all of a group meet or not (``COT included in every
    # school's plan``): done when it holds for all
    for_all = not ALL_OF.isdisjoint(aimed) and _condition(aimed, withheld)
    if words[:2] != ["number", "of"] and (any(
            delivers(said) for said in (words, aimed) if said)
            or _names_artefact(words) or for_all):
        return "milestone", None
    return None, None


def _more_things(words: list[str], quantity: Quantity) -> bool:
    """Whether a quantity opens the title before ``more`` and the things it counts in the
    plural (``12 more streams``, ``2 more demos w/ guests``): so many more of them made
    within the period, counted from none when it begins; not a comparison (``5 more than
    last year``)."""
    at = quantity.position
    return at == 0 and words[1:2] == ["more"] and len(words) > 2 and looks_plural(words[2])


def _new_things(words: list[str]) -> bool:
    """Whether the words open with ``New`` before things named in the plural, as a count
    of new things does (``New participants in clinics``, ``New MDN reference pages
    added``), or with ``Additional`` before things in the plural and what was done to
    them (``Additional components completed by the end of Sprint 11``, see
    :func:`_counted`; not an item of work, ``Additional blog posts on Tech``); not one new
    thing (``New engine video teaser``, ``New mission statement``), a deliverable, nor a
    name (``New Haven Line``)."""
    if words[0] == "additional":
        return _counted(words)
    return words[0] == "new" and any(
        looks_plural(word) for word in takewhile(lambda word: word not in ABOUT, words[1:]))


def _names_artefact(words: list[str]) -> bool:
    """Whether the words name a thing work produces (see :data:`~planlint.measure_words.ARTEFACTS`):
    as the whole title's head (``Litmus Cookbook``, ``Online web page``), or in its first two words
    before what it is about (``List of minimum documented items``, ``Joint blog w/ other
    vendors``); not what is measured of a thing (``Visits to the website``)."""
    return (words[-1] in ARTEFACTS and ABOUT.isdisjoint(words[:-1])) or any(
        word in ARTEFACTS and words[index + 1] in ABOUT
        for index, word in enumerate(words[:2]) if index + 1 < len(words))


def _aims(words: list[str], quantities: list[Quantity]) -> Aim | None:
    """The way a title asks a measure to move: up for an opening ``Increase``,
    ``Grow``…, for a verb of doing followed by how much (``Automate 75% of release
    tests``), for cases dealt with in time (``Assessed within seven days``) and for
    people satisfied with what they got (``Customer satisfaction``, not ``Dissatisfied
    customers``); down for
    an opening ``Reduce``, ``Cut``…; None otherwise."""
    if starts_with(words, RISE) is not None:
        return "increase"
    if starts_with(words, FALL) is not None:
        return "decrease"
    if quantities and (starts_with(words, MILESTONE_VERBS) is not None
                       or starts_with(words, COUNT_VERBS) is not None):
        return "increase"
    if timely(" ".join(words)) and not names_harm(" ".join(words)):
        return "increase"
    if not _PLEASED.isdisjoint(words) and _DISPLEASED.isdisjoint(words) \
            and not names_harm(" ".join(words)):
        return "increase"
    return None


#: Words that say a measure counts people content with what they got (``Percent of
#: customers rating their satisfaction as good or excellent``, ``Riders satisfied with
#: their trip``): more of them is better, as a service's surveys read it.
_PLEASED = frozenset(("satisfaction", "satisfied"))
#: Words that turn such a measure round (``Dissatisfied customers``): fewer is better.
_DISPLEASED = frozenset(("dissatisfaction", "dissatisfied", "unsatisfied", "unhappy",
                         "complaints", "complaint"))


def _condition(words: list[str], withheld: bool) -> bool:
    """Whether the words state a condition that holds or not (see the module's
    definitions), with no rate, number of things or confidential figure to reach."""
    text = " ".join(words)
    return bool(_CONDITION.search(text) or _FOR_EVERY.search(text) or _brings_about(words)) \
        and not withheld and not RATE.search(text) and not unit_named(text)


#: Words after an opening ``Have`` that make it the possession of a thing (``Have a
#: plan``), not a state to bring about.
_HAVE_THING = frozenset(("a", "an", "the", "our", "its", "their"))


def _brings_about(words: list[str]) -> bool:
    """Whether the words open with ``Have`` before a state of a thing, or with ``Ensure``
    or ``Make sure``, with no figure, as an engineering team's key results say what is
    to be true of their system (``Have flexbox match latest version of spec``, ``Have
    root layer scrolling pass all unit tests``, ``Ensure the GUI functions consistently
    on macOS, Linux and Windows``): a condition that holds or not; not a thing to have
    (``Have a plan``, ``Have prototype of ruby``: a deliverable) nor a figure to reach
    (``Have 70% of key users report…``, ``Ensure that at least 50% of co-hosts are…``)."""
    if len(words) < 3 or any(character.isdigit() for word in words for character in word):
        return False
    if words[0] == "have":
        return words[1] not in _HAVE_THING and not _names_artefact(words[1:])
    return starts_with(words, _ENSURE) is not None


#: The verbs that open a state to bring about (``Ensure the GUI functions…``).
_ENSURE = ("ensure", "make sure")
#: A value in words that says there is none: ``No target will be set``, ``N/A``, ``TBD``,
#: ``TBA``, ``Data not available``.
_NONE_GIVEN = LazyPattern(r"^\W*(?:no (?:target|baseline|value|figure)s?\b|none\b|n/?a\b|"
                          r"(?:data )?not (?:applicable|available|set|yet set)\b|tb[acd]\b|"
                          r"to be (?:determined|defined|confirmed|set|agreed|announced)\b)",
                          re.IGNORECASE)


def _numbers_done(words: list[str]) -> bool:
    """Whether a title opens with ``Number of`` and things in the plural, with a
    participle that says what a count counts (:data:`~planlint.measure_words.COUNTED`) after them
    (``Number of large-scale infrastructure projects completed.``, see :func:`_counted`; ``Number of
    key structural components of the bridge fully constructed``, see
    :func:`~planlint.measure_counts.counts_done`) or before them (``Number of completed
    infrastructure projects``), read without a sentence's full stop, as a results report ends its
    indicators."""
    words = sentence_words(words)
    if words[:2] != ["number", "of"] or len(words) < 4:
        return False
    done = next((at for at, word in enumerate(words) if at > 2 and word in COUNTED
                 and word.endswith("ed")), None)
    return _counted(words) or (done is not None and any(map(looks_plural, words[2:done]))
                               and done_words(words)) or (
        words[2] in COUNTED and words[2].endswith("ed")
        and any(looks_plural(word) for word in words[3:6]) and WHO.isdisjoint(words)
        and BEFELL.isdisjoint(words) and not names_harm(" ".join(words)))


def says_none(text: str | None) -> bool:
    """Whether a value stated in words says there is none (``No target will be set for
    this indicator``, ``N/A``, ``To be determined``, ``Data not available``): a
    placeholder, not a value."""
    return text is not None and bool(_NONE_GIVEN.match(text))


#: A measure its plan calls one watched beside the measures that carry the targets: a
#: ``supporting measure`` or ``contextual indicator`` (a breakdown added to identify the
#: patterns within a targeted rate), named as such in its title or description.
_WATCHED_BESIDE = LazyPattern(
    r"\b(?:supporting|contextual|context|supplementary)\s+(?:measure|indicator|metric)s?\b",
    re.IGNORECASE,
    needs=("supporting", "context", "supplementary"))


def watched_beside(metric: Metric) -> bool:
    """Whether the plan calls ``metric``, which states no target, a supporting or
    contextual measure: an ``indicator`` watched beside the targeted ones, not a measure
    meant to have a target of its own."""
    return metric.target is None and not metric.targets and any(
        _WATCHED_BESIDE.search(worded(text)) for text in (metric.title, metric.description))


#: What :func:`read_measure` reads of a metric: its wording (title, else name), its
#: ``kind``, whether it has a baseline other than 0, whether its values could mean done
#: or not (:func:`~planlint.measure_words.binary_values`), whether they can only mean that
#: (:func:`~planlint.measure_words.figures_done_or_not`), and its target in words.
_Shape = tuple[str, MeasureKind | None, bool, bool, bool, str | None]


def read_measure(metric: Metric) -> Measure:
    """What ``metric`` is and what its wording states (see the module's definitions); a
    measure whose unit is a rate of harm (:func:`_rate_of_harm`) counts harm."""
    said = metric.type or ("indicator" if watched_beside(metric) else None)
    measure = read_shape((metric.title or metric.name or "", said,
                          metric.baseline is not None and metric.baseline.value != 0,
                          binary_values(metric), figures_done_or_not(metric),
                          metric.target.text if metric.target is not None else None))
    if not measure.completion and shares_plan_done(metric):
        measure = replace(measure, completion=True)
    counted = _rate_of_harm(metric.unit)
    if measure.harms or counted is None:
        return measure
    return replace(measure, harms=True, grave=measure.grave or bool(_GRAVE.search(counted)))


#: A standard of time a share of items meets (``completed on time``, ``on schedule``).
_ON_TIME = LazyPattern(r"\bon (?:time|schedule)\b", re.IGNORECASE)


def shares_plan_done(metric: Metric) -> bool:
    """Whether a metric is the share of a plan's own items done: its title names the items
    of a plan (``_PLAN_ITEMS``: ``% completed workplan items identified for Year 1``,
    ``Pourcentage d'atteinte des cibles du plan d'action ...`` in percent) and its title or
    unit a rate or share, or its title is the share or number of the plan's own targets,
    KPIs, objectives or measures reached or met (``_OWN_TARGETS_MET``: ``Share of the
    targets defined in the strategy reached``, ``% of KPIs achieved``, ``Number of
    objectives achieved``; a bare ``Targets met`` in percent), with no standard of time
    they meet (not ``% of work plan items completed on time``): progress through that
    plan, from none when it begins, towards all of them by its end."""
    title = worded(metric.title or metric.name)
    lower = title.lower()
    if _ON_TIME.search(title) or timely(lower):
        return False
    # each phrase of _PLAN_ITEMS names a plan: most titles are passed over unsearched
    if "plan" in lower and _PLAN_ITEMS.search(title) and names_rate(metric):
        return True
    own = _OWN_TARGETS_MET.search(strip_label(title))
    return own is not None and (own.group("count") is not None or names_rate(metric))


#: A rate's unit: what it counts, then ``per`` what (``incidents per 100 km of line``).
_PER = LazyPattern(r"^(.+?)\s+per\s+\S", re.IGNORECASE)


@lru_cache(maxsize=1024)  # a plan has few units, each read again for every metric
def _rate_of_harm(unit: str | None) -> str | None:
    """What a rate counts, when its unit names harm, loss or delay counted per some
    exposure (``incidents per 10, 100 or 1000 km of line``, ``injuries and illnesses per
    200,000 worker hours``): the unit says what the figure counts where a title names
    only the index it belongs to (``Serious Electrical Incident Index: Rate per km``).
    Less of it is better, as of the harm itself."""
    rate = _PER.match(" ".join((unit or "").split()))
    counted = rate.group(1).lower() if rate else None
    return counted if counted is not None and names_harm(counted) else None


#: Words before the things a title counts that say how they are summed, as a total or an
#: average over a period (``Average daily visits``, ``Total annual visits``).
_SUMMED = frozenset(("average", "mean", "median", "total", "daily", "weekly", "monthly",
                     "quarterly", "annual", "yearly"))


def _heads_with_counted(words: list[str]) -> bool:
    """Whether a title's opening noun phrase, before a preposition or ``involving``, ends
    in things that happen and are counted (``Security complaints to 311``, ``Security
    incidents involving SFMTA personnel``, ``"Unsafe operation" Muni complaints to 311``),
    after at most three words that say which (none a plural, a participle or a word of a
    share or rate), and nothing after it says a condition some of them are in (a
    participle, ``who``, ``that``, a rate ``per``, an infinitive, a number further on, as
    a rate's ``/100,000 miles``): those things are the unit, of a month's
    count or of its average over a year (37.1 complaints a month). People are left out,
    of whom a share may as well be meant (``Members in good standing``), and so is a
    title that opens with a verb (``Conduct regular inspections of facilities``): work to
    do, not a count."""
    end = next((position for position, word in enumerate(words)
                if word in ABOUT or word == "involving"), 0)
    if not 1 <= end <= 4 or own_work_verb(words) is not None \
            or starts_with(words, RISE + FALL + CHANGES) is not None:
        return False  # work to do (``Conduct regular inspections of…``), not a count
    phrase, rest = words[:end], words[end + 1:]
    return phrase[-1] in _COUNT_NOUNS and phrase[-1] not in COUNTED_PEOPLE and not any(
        looks_plural(word) or past_participle(word) or word.endswith("ing") or word in NOT_COUNTING
        for word in phrase[:-1]) and not any(
        past_participle(word) or word in WHO or word in NOT_COUNTING or word == "%" or word == "to"
        or (position > 0 and NUMBER.match(word) is not None and word[0].isdigit())
        for position, word in enumerate(rest))


def _opens_with_counted(words: list[str]) -> bool:
    """Whether words open with the things a count counts (``Visits to the website``),
    after words that say how they are summed (``Average daily visits to the school
    library's information system``, visits a day): those things are the unit."""
    head = next((word for word in words if word not in _SUMMED), None)
    return head in _COUNT_NOUNS


@lru_cache(maxsize=8192)
def read_shape(shape: _Shape) -> Measure:
    """The measure of a metric of this shape: read once for all metrics that share it,
    in a plan and in the plans the language server checks after each edit."""
    wording, said, _, _, _, _ = shape
    title = _NAMED.sub(lambda name: re.sub(r"\W+", "", name.group(1)),
                       _WHEN.sub("", strip_label(wording), count=1))
    words = split_words(title)
    quantities = quantities_in(words)
    withheld = bool(PLACEHOLDER.search(title))
    target, baseline = _worded_target(words, quantities)
    shown, count = _kind(shape, words, quantities, withheld)
    kind = said or shown or "level"
    # a title the wording reads as a count (``Reports completed``, ``New enrollments in…``)
    # counts what it names, its unit, whatever kind the plan tells (an indicator watched
    # without a target still counts reports)
    counts = shown == "count"
    if said is not None:
        count = count_after(words, 1) if kind == "count" else None
    if kind == "count" and count is not None:
        target = count
    # what a count counts is its unit, at the end or the head of the title ("Visits to
    # the website", "Average daily visits to ..."), and so is what none is asked of ("No
    # known issues")
    parts = BREAKDOWN.split(title)
    counted = (bool(words) and (words[-1] in _COUNT_NOUNS or _opens_with_counted(words)
                                or _heads_with_counted(words) or (
        words[0] in ("no", "zero") and target == 0))) or (
        # the definition after a heading and a dash (``SCHOOL PORTAL USE - Average daily
        # visits to the school portal``)
        len(parts) > 1 and _opens_with_counted(split_words(parts[-1]))) or any(
        # a breakdown of a count, its name before a dash (``Enforcement events -
        # Warrant enforcement``): the things the whole counts
        part and part[-1] in _COUNT_NOUNS for part in map(split_words, parts[:-1]))
    return Measure(kind, said is not None, target, withheld, baseline,
                   counted or counts or _names_counted(words)
                   or counts_things(words, quantities)
                   or not UNIT_WORDS.isdisjoint(words)
                   or unit_named(" ".join(words))
                   or bool(_TEST_SCORE.search(title)) or bool(_EDUCATION_INDEX.search(title))
                   or bool(_OUT_OF_TOP.search(title)),
                   starts_with(words, LEVEL_START) is not None,
                   bool(quantities) or count is not None,
                   names_harm(" ".join(words)),
                   bool(_GRAVE.search(" ".join(words))),
                   bool(_UNDEFINED.search(wording)),
                   bool(_COMPLETION.search(wording)),
                   _condition(words, withheld),
                   _aims(words, quantities),
                   said is not None or shown is not None,
                   words[:2] == ["number", "of"] and _counted(words[2:])
                   and WHO.isdisjoint(words) and BEFELL.isdisjoint(words)
                   and not names_harm(" ".join(words)))
