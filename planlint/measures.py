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
  (:func:`commits`); or, in a plan whose measures of work are its projects' deliverables
  (:attr:`planlint.plan.Plan.delivers_work`), it measures a piece of work and nothing
  tells its kind (``Centralized resource for members' needs``:
  :func:`unnamed_commitment`);
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
  plan's horizon (:func:`adds_up`, :meth:`planlint.plan.Plan.measure`): a count over the
  plan's whole period, from none at its start; and so is one, in a plan of one year,
  whose title names that year as the period it tallies people reached or work done in
  (``2022 humanitarian beneficiaries``, :func:`tallies_year`), whose readings never fall
  and whose target falls due at the year's end, and so is, in OKRs set for a year or
  less, a key result of a goal written with no verb as its figure before what the period
  brings (``20+ visitors``, ``€65k+ in revenue``, ``Online calls with 400+
  participants``: :func:`counts_period_yield`) or as a figure of a thing another key
  result of its goal launches (``Real estate fund has €5m in AUM``:
  :func:`has_in_launched`). ``level``: a title that
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
  (``Deliver Core Stage``, 25 when one of four steps is done: :func:`scored_done`).
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
  each arriving when its author completes it (:func:`receives_documents`).
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
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import dropwhile, pairwise, takewhile
from typing import TYPE_CHECKING, Literal, NamedTuple

from planlint.limits import MAX_WORDED
from planlint.model import Goal, Initiative, MeasureKind, Metric, Person, Unit
from planlint.patterns import LazyPattern
from planlint.timeline import final_target, metric_goals

if TYPE_CHECKING:
    from planlint.plan import Plan

#: Number words that state how many a count counts ("a" and "an" only name one thing).
_COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}

#: Numbers written in words in the other languages plans are written in (French,
#: Spanish, Portuguese, German, Italian, Dutch), read as their figures wherever digits are
#: (``recruter cinq personnes`` as ``recruter 5 personnes``), as in English the figure of
#: a count is its number word (``Hire two engineers``). Left out: the words for one, which
#: are articles too (``un``, ``una``, ``ein``), and those that are English or other words
#: as well (``six``, ``sept``, ``once``, ``due``, ``dos``, ``doze``, ``otto``, ``elf``).
_FOREIGN_NUMBERS = {word: str(value) for value, words in {
    2: "deux dois duas zwei twee", 3: "trois tres três drei tre drie",
    4: "quatre cuatro quatro vier quattro", 5: "cinq cinco fünf cinque vijf",
    6: "seis sechs sei zes", 7: "siete sete sieben sette zeven",
    8: "huit ocho oito acht", 9: "neuf nueve nove neun negen",
    10: "dix diez dez zehn dieci tien", 12: "douze doce zwölf dodici twaalf",
    15: "quinze quince fünfzehn quindici vijftien",
    20: "vingt veinte vinte zwanzig venti twintig",
}.items() for word in words.split()}

#: Nouns that name a deliverable by the work that makes it ("Migration of membership to
#: the new CRM", "Completion of formalized governance agreements"), among them an
#: evaluation or assessment, whose report is what it yields ("Evaluation of change in
#: habitat extent and quality over time", an assessment programme's benefit column); an
#: analysis is one too, read by ``_DELIVERABLE`` however it is qualified or joined to what
#: it yields ("Comprehensive analysis of current & future coverage", "Analysis &
#: recommendations for modifications to current fee structures").
_DELIVERABLE_NOUNS = (
    "completion of", "migration of", "implementation of", "creation of", "adoption of",
    "establishment of", "introduction of", "launch of", "rollout of", "delivery of",
    "publication of", "evaluation of", "assessment of",
)
#: Verbs of delivery in French, in the infinitive a key result opens with (``documenter
#: nos processus dans un manuel accessible à tous``, ``faire passer le MOOC à l'ensemble
#: des Fabriquants``, ``mettre en place un outil de suivi``): read as the English verbs of
#: delivery are, a deliverable done or not. Those that count things in English as well
#: (``_FRENCH_COUNT_VERBS``) count them when a number follows (``recruter cinq
#: personnes``, ``publier 3 articles``), as ``Hire two engineers`` does.
_FRENCH_DELIVERY_VERBS = (
    "documenter", "publier", "rédiger", "créer", "lancer", "déployer", "livrer", "signer",
    "migrer", "recruter", "organiser", "concevoir", "développer", "construire", "ouvrir",
    "adopter", "définir", "finaliser", "formaliser", "valider", "mettre en place",
    "mettre en production", "mettre en ligne", "mettre en œuvre", "mettre en oeuvre",
    "faire passer", "faire adopter", "faire valider", "faire homologuer",
)
_FRENCH_COUNT_VERBS = (
    "publier", "rédiger", "créer", "lancer", "livrer", "signer", "recruter", "organiser",
    "construire", "ouvrir",
)
#: Nouns that name a deliverable by the work that makes it in Portuguese and Spanish,
#: opening a title as ``Publication of`` does (``Publicação do Plano``, ``Atualização
#: final com a execução das iniciativas``, a milestone's target in words): read as the
#: English verbs and nouns of delivery are, a deliverable done or not. As there, a title
#: that states a quantity, a rate or a figure of more than one is not read so.
_FOREIGN_DELIVERABLE_NOUNS = (
    "publicação", "atualização", "elaboração", "implantação", "implementação", "criação",
    "aprovação", "conclusão", "lançamento", "publicación", "actualización", "elaboración",
    "implantación", "implementación", "creación", "aprobación", "conclusión", "lanzamiento",
)
_MILESTONE_VERBS = (
    "launch", "publish", "release", "ship", "complete", "finish", "implement", "deploy",
    "deliver", "establish", "create", "develop", "build", "design", "introduce", "roll out",
    "set up", "stand up", "adopt", "finalize", "finalise", "define", "draft", "document",
    "migrate", "open", "sign", "hire", "appoint", "recruit", "issue", "award", "approve",
    "submit", "conduct", "hold", "convene", "update", "revise", "procure", "obtain", "secure",
    "pass", "pilot", "replace", "retire", "sunset", "decommission", "remove", "consolidate",
    "integrate", "automate", "standardize", "standardise", "go live", "kick off", "start",
    "begin", "move", "transition", "onboard", "announce", "hire and onboard", "identify",
    "select", "negotiate", "renew", "execute", "produce", "write", "prepare", "map",
    "redesign", "rebuild", "refresh", "upgrade", "install", "train", "run", "host",
    "refine", "rewrite", "support the launch of", "finalise and publish", "add", "decide",
    "change", "successfully implement", "successfully develop", "successfully launch",
    "successfully complete", "successfully deliver",
    "organize", "organise", "reorganize", "reorganise", "restructure", "formalize",
    "formalise", "validate", "test", "evaluate", "assess", "review", "measure",
    "complete and publish",
    "merge", "made a", "made an", "schedule", "perform", "setup",
    "include", "enable", "provide", "make", "become", "educate", "explore",
    "investigate", "offer", "help", "work with", "encourage", "extend", "agree",
    "explain", "inspect", "classify", "bring in", "participate in",
    # the verb, told from the adjective by the article after it (``Open-source the
    # networking backend``, not ``Open-source contributions``)
    "open-source the", "open source the", "open-source our", "open source our",
    *_DELIVERABLE_NOUNS, *_FRENCH_DELIVERY_VERBS, *_FOREIGN_DELIVERABLE_NOUNS,
)
#: The one-word verbs of delivery, which after the things a title names say what each of
#: them does (``Schools design improvement plans``).
_DELIVERY_VERBS = frozenset(verb for verb in _MILESTONE_VERBS if " " not in verb) \
    - frozenset(_FOREIGN_DELIVERABLE_NOUNS)
_COUNT_VERBS = (
    "hire", "recruit", "onboard", "sign", "close", "win", "land", "acquire", "add", "publish",
    "ship", "release", "launch", "run", "conduct", "hold", "host", "complete", "deliver",
    "train", "interview", "create", "write", "build", "open", "certify", "enroll", "enrol",
    "graduate", "secure", "book", "generate", "raise", "obtain", "award", "place", "plant",
    "produce", "deploy", "implement", "perform", "visit", "attract", "serve", "engage",
    "get", "onboard", "convert", "resolve", "fix", "migrate", "pilot", "support", "fund",
    "distribute", "inspect", "repair", "replace", "install", "issue", "process", "present",
    "organize", "organise", "contact", "reach out to", "sell", "retain", "provide", "equip",
    "rehouse", "prevent", "describe", "connect", *_FRENCH_COUNT_VERBS,
)
#: The ``-ing`` forms of the one-word count verbs (``Rehousing``, ``Hiring``, ``Running``),
#: which a title opens with as plainly as the verb (``Rehousing 650 households``).
_COUNT_GERUNDS = {form: verb for verb in _COUNT_VERBS if " " not in verb for form in (
    verb + "ing", verb.removesuffix("e") + "ing", verb + verb[-1] + "ing")}
#: The ``-ing`` forms of the verbs of delivery (``Bringing in``, ``Establishing``), each
#: with its verb's first word, which a title opens with as it opens with the verb.
_MILESTONE_GERUNDS = {form: first for first in {verb.split()[0] for verb in _MILESTONE_VERBS}
                      for form in (first + "ing", first.removesuffix("e") + "ing",
                                   first + first[-1] + "ing")}
_DONE_ENDINGS = (
    "launched", "published", "released", "shipped", "completed", "complete", "implemented",
    "deployed", "delivered", "established", "created", "developed", "built", "designed",
    "introduced", "rolled out", "set up", "stood up", "adopted", "finalized", "finalised",
    "defined", "drafted", "documented", "migrated", "opened", "signed", "hired", "appointed",
    "issued", "awarded", "approved", "submitted", "conducted", "held", "in place", "live",
    "done", "achieved", "obtained", "secured", "passed", "ready", "operational", "in use",
    "agreed", "underway", "under way", "started", "begun", "replaced", "retired", "merged",
    "scheduled", "stored", "switched", "integrated", "installed", "enabled", "available",
)
#: A thing delivered, then where it now is (``Support deployed in InvenioRDM LTS``, ``First
#: copy stored in Vitam``, ``Phabricator switched to read-only``).
_DONE_AT = LazyPattern(
    r"^(?:\S+ ){1,5}(?:deployed|stored|migrated|switched|integrated|installed|published|"
    r"released|launched|implemented|adopted|approved|signed|established|scheduled|enabled|"
    r"available|moved|set up|rolled out) (?:in|into|to|on|at|with|for|across|within|via)\b")
#: The same in the other languages plans are written in (Portuguese, Spanish, French):
#: the name of one thing, then the participle that says it is delivered, in
#: the singular, at the end or before where or by whom (``Política de enfrentamento da
#: evasão aprovada nas instâncias pertinentes``, ``Plan de formación aprobado``,
#: ``Charte adoptée par le conseil``): a deliverable done or not. A plural participle
#: (``cursos criados``) names what a count counts, as in English.
_FOREIGN_DONE_AT = LazyPattern(
    r"^(?:\S+ ){1,8}(?:(?:aprovad|implantad|implementad|criad|publicad|instituíd|instituid|"
    r"concluíd|concluid|elaborad|formalizad|validad|aprobad|cread|establecid)[oa]|"
    r"(?:adopté|approuvé|publié|créé|validé)e?|mise? en (?:place|œuvre|oeuvre))"
    r"(?: (?:em|n[oa]s?|pel[oa]s?|por|até|antes|en|par|dans|aux?|à|avant)\b.*)?$",
    needs=("aprovad", "implantad", "implementad", "criad", "publicad", "instituíd",
           "instituid", "concluíd", "concluid", "elaborad", "formalizad", "validad",
           "aprobad", "cread", "establecid", "adopté", "approuvé", "publié", "créé", "validé",
           "en place", "en œuvre", "en oeuvre"))
#: A thing said to be done by a time (``Recruitment program operational by Q4, with…``,
#: ``Risk report delivered to the CRR team by Q2``): a deliverable with its deadline.
_DONE_BY = LazyPattern(
    r"\b(?:" + "|".join(map(re.escape, (*_DONE_ENDINGS, "relaunched", "validated"))) +
    r")(?: \S+){0,8}? by (?:(?:the )?end of\b|q[1-4]\b|h[12]\b|fy\s?\d|(?:19|20)\d\d\b|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b)")
#: Participles that, before the singular name of a thing, say it is delivered
#: (``Published standard for SWHID``, ``Written specification``) or got (``Obtained an
#: unmodified financial audit``, ``Received ... Achievement of Excellence Award``); before
#: a plural they name what a count counts (``Published papers``, ``Received calls``).
_DONE_FIRST = ("published", "written", "signed", "approved", "adopted", "completed",
               "documented", "implemented", "deployed", "launched", "released", "established",
               "delivered", "operational", "obtained", "received", "secured", "earned")
#: Words after which a number is a target ("to 50", "above 2%").
_TARGET_WORDS = ("to", "reach", "reaches", "reaching", "above", "below", "under", "over",
                 "at least", "at most", "no more than", "less than", "more than", "fewer than",
                 "greater than", "exceed", "exceeds", "exceeding", "of at least", "within",
                 ">=", "<=", ">", "<", "≥", "≤", "maintain", "maintain at", "keep at",
                 "hold at", "sustain", "achieve", "hit", "attain", "target of", "target",
                 "goal of", "by")
_LEVEL_START = ("maintain", "keep", "sustain", "preserve")
#: Nouns that name a measure as a change of a level (``Reduction in energy use``).
_CHANGES = ("reduction", "reductions", "growth", "improvement", "decline", "rise", "change")
#: Opening verbs that ask a measure to rise, or to fall.
_RISE = ("increase", "grow", "raise", "improve", "boost", "expand", "double", "triple",
         "maximize", "maximise", "accelerate")
_FALL = ("reduce", "decrease", "cut", "lower", "shrink", "halve", "minimize", "minimise",
         "eliminate", "lessen")
#: Phrases that name a deliverable anywhere in a title: a state of being done
#: (``Switchboard in production``, ``ready for launch``, a change merged into the main
#: branch of the code, ``Intersection observer on trunk``), a document to produce
#: (``deployment plan for AI features``) or a commitment (``vacancies will be closed``,
#: ``Dev to start work on platform chat``).
#: A sentence that says a thing is done (``Baseline satisfaction score is established``):
#: a deliverable, even where it names what it delivers by a rate or a score.
_SAID_DONE = LazyPattern(r"\b(?:is|are) (?:now )?(?:documented|published|defined|approved|"
                         r"adopted|implemented|deployed|established|released|launched|merged|"
                         r"automated|in place)$",
    needs=("is ", "are "))
_DELIVERABLE = LazyPattern(
    r"\b(?:ready for|in production|in general availability|generally available|signed off|"
    r"(?:on|in) (?:trunk|master)$|"
    r"up and running|go live|go-live|(?:plans?|strategy|strategies|roadmaps?|proposals?|"
    r"frameworks?|playbooks?|charters?|business cases?|sections?|chapters?|guides?) "
    r"(?:for|to|on|detailing|describing)|certification|accreditation|designation|award|"
    # a status the organisation holds, kept or not (``The Service fulfils its status as a
    # Disability Confident employer``), as an accreditation is
    r"\b(?:its|our|their) status as (?:an?|the)\b|"
    r"(?:are|is) live|(?:completed|defined|migrated|approved|adopted|implemented) and|"
    r"(?:is|are) (?:now )?(?:documented|published|defined|approved|adopted|implemented|"
    r"deployed|established|released|launched|merged|automated|in place)|"
    r"(?:will|shall) (?:not )?be \w+(?:ed|en)|"
    r"^(?:weekly|biweekly|monthly|quarterly|annual|yearly) (?:\S+ ){0,4}(?:drives|meetings|"
    r"reviews|summits|town halls|workshops|webinars|retreats|offsites)(?=\.?$)|"
    # the same events held so many times a period, the frequency opening the title
    # (``Twice a year, facilitate a community feedback session``)
    r"^(?:once|twice|(?:two|three|four|\d+) times) (?:a|per|each|every) (?:week|month|"
    r"quarter|year) (?:\S+ ){1,4}?(?:drives?|meetings?|reviews?|summits?|town halls?|"
    r"workshops?|webinars?|retreats?|offsites?|sessions?)\b|"
    r"^(?:\S+ ){1,3}to (?:start|begin|launch|complete|deliver|ship|publish|finish|"
    r"implement|release|deploy)(?: work on)?|"
    # a release named by its stage (``Beta release of Automatic Chess``, ``Alpha release
    # of Squad Games``): out, or not
    r"^(?:(?:first|initial|public|private|closed|open) )?(?:alpha|beta|stable) release\b|"
    # a study named by the work that yields its report, however qualified or joined
    # (``Comprehensive analysis of current & future coverage``, ``Analysis &
    # recommendations for modifications to current fee structures``, ``Consideration &
    # evaluation for expansion``)
    r"^(?:comprehensive |detailed |full |independent )?(?:analysis|analyses|consideration|"
    r"evaluation|assessment)(?: (?:and )?(?:recommendations|evaluation|options|plan|"
    r"assessment))? (?:of|for|on)\b)\b")
#: Things a piece of work produces, which a title that names one (``User guide``, ``Litmus
#: Cookbook``, ``Joint blog with other vendors``, ``Policy on data retention``) delivers:
#: done or not, with no level to measure.
_ARTEFACTS = frozenset((
    "guide", "guides", "cookbook", "handbook", "manual", "tutorial", "tutorials", "blog",
    "blogs", "whitepaper", "paper", "report", "policy", "policies", "charter", "playbook",
    "roadmap", "website", "webpage", "page", "portal", "app", "prototype", "poc", "demo",
    "mockup", "mockups", "specification", "spec", "template", "templates", "toolkit",
    "library", "module", "plugin", "operator", "repository", "repositories", "docs",
    "documentation", "list", "inventory", "catalogue", "catalog", "checklist", "mirror",
))
#: Words that say what a thing named before them is about or for.
_ABOUT = frozenset(("on", "of", "for", "about", "with", "w/", "by", "from", "to", "in",
                    "at", "into"))
#: Past participles that, after a plural noun, say what a count counts.
_COUNTED = {
    "issued", "filed", "completed", "received", "processed", "conducted", "attempted",
    "registered", "inspected", "planted", "served", "answered", "resolved", "made",
    "performed", "opened", "closed", "submitted", "approved", "granted", "held", "hosted",
    "trained", "enrolled", "placed", "collected", "removed", "repaired", "installed",
    "visited", "recorded", "reported", "tested", "screened", "delivered", "produced",
    "published", "awarded", "hired", "signed", "sold", "booked", "generated", "created",
    "built", "launched", "added", "acquired", "won", "paved", "cleaned", "treated", "seen",
    "admitted", "discharged", "vaccinated", "housed", "assisted", "equipped", "investigated",
    "prosecuted", "funded", "supported", "shipped", "released", "onboarded", "recruited",
    "distributed", "responded", "handled", "logged", "abated", "cited", "demolished",
    "rehabilitated", "constructed", "replaced", "restored", "maintained", "mowed", "swept",
    "determined", "run",
    "completing", "attending", "receiving", "enrolling", "graduating", "participating",
    "using", "registering", "visiting", "done",
}
#: Words that, after a plural noun, say the state the things counted are in: a caseload
#: or a stock at a date (``Cases open for adjustment``, ``Claims pending``, ``Templates
#: remaining to be converted``).
_IN_STATE = frozenset(("open", "pending", "outstanding", "active", "remaining"))
#: Participles of comparison, which say what a figure is set against (``GHG emissions
#: compared to 2005``), not what was done to the things a title names.
_COMPARED = frozenset(("compared", "relative", "indexed", "normalised", "normalized",
                       "adjusted", "benchmarked", "weighted",
                       # and a state they are in, of which a share may as well be meant
                       # (``Riders satisfied with their trip``)
                       "satisfied", "dissatisfied", "engaged", "employed", "unemployed",
                       "qualified", "insured", "uninsured", "informed", "involved",
                       "interested", "motivated", "pleased", "prepared", "connected"))
#: Words that open a relative clause on the things a title names (``People who used…``).
_WHO = frozenset(("who", "that", "which", "whom"))
#: Auxiliaries before a participle in such a clause (``People who had experienced…``).
_HAD = frozenset(("had", "have", "has", "were", "was"))
#: Present participles that, after the things a title names, say those things took
#: something up or got something from the work (``Partner institutions and organizations
#: adopting women-centered policies``, ``Farmers adopting drought-tolerant seed``,
#: ``Students benefiting from direct interventions to enhance learning``, as results
#: frameworks count adopters and beneficiaries): an act each of them does, counted, not
#: a condition they are in.
_TAKING_UP = frozenset(("adopting", "benefiting", "benefitting"))
#: Auxiliaries of the perfect, before what was done (``Families have received books``).
_PERFECT = frozenset(("have", "has"))
#: Words that, right after the people or things a title opens with, say what each of them
#: has, holds or gets (``People with access to rural water supply``, ``Women holding
#: titles to land``, ``Adults living with HIV``, ``Households receiving benefits``): a
#: qualifier that says which of them are counted, each one that has it counted once.
_HOLDING = frozenset(("with", "holding", "having", "living", "receiving", "owning",
                      "accessing"))
#: Plural nouns that name an amount, not things to count (``Annual GHG emissions``).
_AMOUNTS = frozenset(("emissions", "savings", "earnings", "revenues", "resources", "funds",
                      "costs", "expenditures", "expenses", "proceeds", "assets", "reserves",
                      "losses", "profits", "returns", "benefits", "levels", "outcomes",
                      "results"))
#: Words ending in ``s`` that are no plural nouns.
_NOT_PLURAL = frozenset(("this", "does", "goes", "thus", "plus", "whereas", "always",
                         "perhaps", "towards", "besides", "afterwards"))
#: Verbs ending in ``s``, the auxiliaries of a sentence above all (``WRI Mexico has
#: supported the implementation of...``): never the things a title counts.
_VERB_FORMS = frozenset(("has", "was", "is", "does", "goes"))
_HEAD_REACH = 6  # words at a title's opening where the noun heading it may stand
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
#: Words that say a measure counts harm, loss or delay, of which less is better.
_HARMS = LazyPattern(
    r"\b(?:time taken|average time|(?:response|processing|waiting|turnaround) times?|"
    r"time to (?:decide|process|respond|resolve|answer|repair|complete)|cost per|"
    r"breach|breaches|incidents?|complaints?|infections?|bacteraemias?|mrsa|falls?|"
    r"deaths?|mortality|fatalit(?:y|ies)|injur(?:y|ies)|accidents?|collisions?|errors?|"
    r"defects?|outages?|leavers|attrition|turnover|vacanc(?:y|ies)|crimes?|assaults?|"
    r"ulcers?|harm|never events?|waits?|waited|waiting|backlog|delays?|overdue|absence|"
    r"sickness|emissions?|spills?|leaks?|violations?|churn|downtime|left|leaving|"
    # disease as what is counted: its incidence, or a rate, its cases or outbreaks of it
    # (``Rates per 100,000 of key infectious diseases``), not work on it (``disease
    # guidance updated``, ``Chronic Disease Infobase``)
    r"incidence|(?:rates?|cases|outbreaks?|prevalence) (?:[^.;()]{0,30} )?of "
    r"(?:[^.;()]{0,30} )?(?:diseases?|illness(?:es)?)|"
    # offenders who offend again: rearrested, reconvicted, reincarcerated
    r"recidivism|re-?offend(?:ing|ers?|s|ed)?|re-?arrests?(?:ed)?|re-?convict(?:ions?|ed)|"
    r"re-?incarcerat(?:ion|ed)|felon(?:y|ies)|misdemeanou?rs?|"
    # a supply cut off: power or service interrupted, the outage's length or number
    r"interrupt(?:ions?|ed)(?!-free)|disrupt(?:ions?|ed)|blackouts?|(?:power|supply) cuts?|"
    r"without (?:power|supply|electricity|water)|off supply|"
    # use of a health risk: tobacco or alcohol taken, not a service to stop it, smokers
    # who quit or are helped to, a place free of it or an alarm of fire
    r"(?<!stop )(?<!quit )smok(?:e|es|ing|ers?)\b(?![- ]?free| cessation| services?| "
    r"alarms?| detectors?|[^.;]*\b(?:quit|stop|cessation))|"
    r"(?:tobacco|alcohol) (?:use|consumption|intake)|"
    r"(?:use[sd]?|consume[sd]?|drinks?|drank) (?:tobacco|alcohol)|"
    # a percentile of a time or a stay: the time within which nine in ten cases are done
    # (``90th percentile ambulance offload time``, ``90th percentile ED length of stay``),
    # not a percentile of anything else (``BMI >= 95th percentile for age/sex``)
    r"\d+(?:st|nd|rd|th) percentile (?:[^.;()]{0,60} )?(?:times?|length of stay|los))\b")
#: A time or delay named in Spanish, Portuguese, French or German at a title's opening,
#: of which less is better: an average time or delay (``Tiempo promedio de espera``,
#: ``Tempo médio de atendimento``, ``Délai moyen de prise en charge``), the time a
#: service takes to answer, deliver or decide (``Tiempo de entrega de resultado por
#: testeo COVID-19``), average days of it (``Días promedio de tramitación``), or a
#: waiting or processing time (``Wartezeit``, ``Bearbeitungsdauer``); not a share of
#: cases seen in a time, which opens with the share (``Pourcentage de patients traités
#: dans un délai…``), nor average days of anything else (``Días promedio de clase``).
_FOREIGN_DELAY = LazyPattern(
    r"(?:tiempos?|tempos?|temps|délais?|delais?|duraci[óo]n|dura[çc][ãa]o|dur[ée]e) "
    r"(?:promedios?|medios?|m[ée]dios?|moyens?|moyenne)\b|"
    r"(?:(?:tiempos?|tempos?|temps|délais?|delais?) (?:promedios? |medios? |m[ée]dios? |moyens? )?"
    r"|(?:días|dias) (?:promedios?|medios?|m[ée]dios?) )"
    r"(?:de |para |do |da |d')(?:la |el |o |a )?"
    r"(?:espera|attente|respuesta|resposta|r[ée]ponse|entrega|atenci[óo]n|atendimento|"
    r"tramitaci[óo]n|tramita[çc][ãa]o|traitement|procesamiento|processamento|"
    r"resoluci[óo]n|resolu[çc][ãa]o|demora|retraso|atraso)\b|"
    r"(?:durchschnittliche )?(?:warte|bearbeitungs|durchlauf|verfahrens)(?:zeit|dauer)(?:en)?\b",
    needs=("tiempo", "tempo", "temps", "délai", "delai", "dur", "días", "dias", "zeit", "dauer"))
#: Words that make a share of harms a share of harms dealt with, of which more is better
#: (``% of incidents resolved at first contact``, ``% reduction in violent crime``).
_REMEDIED = LazyPattern(r"\b(?:resolved|fixed|prevented|closed|cleared|detected|solved|"
                        r"answered|handled|removed|repaired|reduction|reduced|decrease)\b",
    needs=("resolved", "fixed", "prevented", "closed", "cleared", "detected", "solved", "answered",
           "handled", "removed", "repaired", "reduc", "decrease"))
#: A standard of time met (``Assessed within seven days``, ``% waiting less than two
#: weeks``, ``less than 48 hrs wait``): cases dealt with in time, of which more is
#: better, even where the words speak of waiting; not an average or a percentile of the
#: time itself (``Average time to respond within…``).
_IN_TIME = LazyPattern(
    r"\b(?:within|less than|under|inside)\s+(?:\d[\d.]*|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+"
    r"(?:working |calendar |business )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|"
    r"\b\d[\d.]*\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+wait\b",
    needs=("within", "less than", "under", "inside", "wait"))
#: A harm named as the service's work on it, the participle right after the noun
#: (``Number of emergency incidents coordinated``, ``Complaints resolved``): an output of
#: the service, which rises with the demand for it, not harm of which less is better.
_DEALT_WITH = LazyPattern(r"\b([a-z]+)\s+(?:coordinated|responded to|attended to|attended|"
                          r"handled|managed|resolved|investigated|cleared|closed|solved|"
                          r"detected|prevented)\b")
_TIME_STATISTIC = LazyPattern(r"\b(?:average|mean|median|percentile|time taken)\b")
#: The words of waiting that a standard of time turns into cases seen in time.
_WAITING = LazyPattern(r"\b(?:(?:waiting|response|processing|turnaround) times?|waits?|"
                       r"waited|waiting|delays?)\b")
#: Harms no plan aims to increase: a rise in them is a ceiling misread, not an aim.
_GRAVE = LazyPattern(r"\b(?:fatalit(?:y|ies)|deaths?|injur(?:y|ies)|infections?|"
                     r"bacteraemias?|mrsa|accidents?|collisions?|never events?)\b",
    needs=("fatalit", "death", "injur", "infection", "bacteraem", "mrsa", "accident", "collision",
           "never event"))
_RATIO = LazyPattern(r"\b\d+:\d+\b")
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
#: A standard every case of a group meets, its level (all of them, none over the limit) in
#: its words: none of the group over a limit of time (``No client inquiry takes more than
#: one business day to receive a response``), each case dealt with in a time (``fix it
#: within an hour``, ``Resolve all critical alerts within 7 days``), a service given for
#: all the events it serves (``Alerts and warnings issued for all significant flooding
#: events``) or a result asked on each of a group (``Net public benefit ... on each
#: project funded``). See :func:`sets_standard`.
_STANDARD = LazyPattern(r"^no (?!(?:more|less|fewer|longer|later|greater)\b)[a-z-]+ "
                       r"(?:\S+ ){0,8}?(?:more|longer) than (?:a|an|one|two|three|four|five|"
                       r"six|seven|ten|\d+) (?:working |business |calendar )?(?:minutes?|"
                       r"hours?|days?|weeks?|months?)\b|"
                       r"\b(?:fix|resolve|close|answer|patch|remediate|address|respond to)"
                       r" (?:it|them|(?:all|every|each)\b[^.]*?) within (?:a|an|one|two|"
                       r"three|four|five|six|seven|ten|\d+) (?:working |business |calendar )?"
                       r"(?:minutes?|hours?|days?|weeks?|months?)\b|"
                       r"\b(?:issued?|issues|provided|sent|given|produced)"
                       r" (?:in|on|for|across) (?:all|every|each)\b|"
                       r"\bon (?:each|every) (?:[a-z-]+ )?[a-z-]+ (?:funded|supported|"
                       r"financed|approved|delivered)$",
    needs=("than", "within", "all", "each", "every"))
#: The words that name all of a group.
_ALL_OF = frozenset(("all", "every", "each"))
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
#: A condition each case of a group should meet, stated of the group as a clause
#: (``Releases ship on time``, ``Customers not blocked from upgrading``): read as the
#: share of cases that meet it, it aims at all of them.
_EVERY_CASE = LazyPattern(r"^(?:[a-z-]+ ){0,2}[a-z-]+s (?:are )?(?:not|never) [a-z]+(?:ed|en)\b|"
                          r"^(?:[a-z-]+ ){0,2}[a-z-]+s [a-z]+ on (?:time|schedule|budget)$")
#: Words that say a measure is still to be defined.
_UNDEFINED = LazyPattern(r"\b(?:TBD|TBC|to be (?:determined|defined|confirmed|developed))\b",
                         re.IGNORECASE)
#: What makes the word after it a verb (``which may mean asking staff``), not a statistic;
#: ``share`` is one only before ``of`` or at the end (``Renewable energy share``), not
#: before what is shared (``help departments to share what they learn``).
_NOT_VERB = "".join(f"(?<!{word} )" for word in ("may", "might", "can", "could", "will",
                                                  "would", "should", "must", "to", "which"))
#: Words that make a measure of things done a level: a rate, a share, an average.
_RATE = LazyPattern(r"%|\b(?:percent|percentage|rate|ratio|share(?= of\b|$)|proportion|"
                    r"average|median|per|index|score|" + _NOT_VERB + r"mean)\b")
#: A measure of how long something takes, opening the title after its label (``Lead time:
#: the time code changes take to go from check-in to release in production``, ``Average
#: time to close a complaint``, ``How long a claim waits``): a duration read over time, a
#: level, whatever deliverable its definition names on the way (``in production``).
_DURATION = LazyPattern(
    r"^(?:the )?(?:(?:average|mean|median|lead|cycle|response|waiting|wait|turnaround|"
    r"processing) )?time (?:(?:it|\S+ \S+|\S+) )?(?:takes?|taken|to|from|between|spent)\b|"
    r"^how long\b", needs=("time", "how long"))
_IRREGULAR_DONE = {"made", "held", "built", "won", "sold", "seen", "served", "done", "sent",
                   "taught", "written", "run"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: Nouns naming people, after which ``over 65`` or ``under 5`` is an age band.
_PERSONS = frozenset(("people", "persons", "adults", "children", "men", "women", "girls",
                      "boys", "residents", "patients", "individuals", "seniors", "anyone",
                      "everyone", "those", "youth", "pupils", "students"))
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint"}
_COUNT_REACH = 4  # words after a count's verb where its number may stand
#: A floor a count's number is set as, read as part of the number, not as words before it.
_FLOORS = (("at", "least"), ("no", "fewer", "than"))
_PHRASE_REACH = 4  # words after a number where the noun it counts may stand
#: Words that end the noun phrase after a number (``5 of the reports``, ``3 by June``).
_PHRASE_ENDS = {"of", "in", "on", "at", "by", "to", "for", "from", "with", "per", "and",
                "or", "than", "within", "across", "over", "under", "into", "is", "are"}
#: Words naming a number's label rather than a quantity ("Phase 2", "SOC 2"; a team's
#: numbered iterations, "by the end of Sprint 11", as "Week 3" names a week; a goal by its
#: number, "Goal 3", and so in Portuguese and Spanish, "Publicação do Plano (Meta 9)",
#: "Custo total da meta 67").
_LABELS = {"phase", "version", "release", "level", "tier", "step", "stage", "soc", "iso",
           "gen", "generation", "wave", "type", "part", "chapter", "section", "article",
           "title", "round", "series", "grade", "category", "class", "pillar", "goal",
           "objective", "kr", "priority", "no", "no.", "number", "#", "v", "year", "day",
           "week", "month", "quarter", "fy", "cy", "sy", "ay", "cohort", "district", "ward",
           "region", "zone", "route", "line", "wcag", "covid", "covid-19", "h", "q", "p", "meta",
           "web", "industry", "tranche", "lot", "module", "unit", "floor", "gate",
           "terminal", "building", "rule", "standard", "iso/iec", "nist", "hipaa", "gdpr",
           "band", "bands", "grades", "levels", "tiers", "stages", "key", "ks", "year-group",
           "top", "bottom", "cat", "indicator", "sprint", "iteration"}
#: England's headline school results, named with the score or grade they are read at
#: (the DfE's ``Progress 8`` and ``Attainment 8``, ``Basics at 4+`` for grade 4 or above
#: in English and maths): the number names the measure, as after a label.
_RESULT_NAMES = frozenset(("progress", "attainment", "basics"))
#: Words that name a measure's unit: a share, a rate, money, time, distance, a volume, a
#: rank (a position among what is ranked).
_UNIT_WORDS = frozenset((
    "percent", "percentage", "proportion", "ratio", "rate", "per", "usd", "eur", "gbp",
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "cent", "cents", "total",
    "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "nps", "enps",
    "point", "points", "budget", "revenue", "cost", "spend", "arr", "mrr", "sales",
    "bookings", "pipeline", "mile", "miles", "km", "ton", "tons", "tonne", "tonnes", "kwh",
    "mwh", "acre", "acres", "hectare", "hectares", "gallon", "gallons", "litre", "litres",
    "liter", "liters", "volume", "attendance", "pay", "salary", "salaries", "wage", "wages",
    "spending", "expenditure", "expenditures", "funding", "price", "prices", "income",
    "earnings", "payroll", "retention", "turnover", "headcount", "fte", "wte", "movement",
    "rank", "ranking"))
#: Phrases that name a unit, or a scale everyone reads the same (an app store's rating,
#: out of five stars), or the scale a score is given on (``measured on a 1-to-3 scale``,
#: ``on a scale of 1 to 5``, ``on a 5-point scale``), read in a title's words.
_UNIT_PHRASES = LazyPattern(r"[%$€£¥]|\b(?:number|share|count|amount|volume)(?: and \w+)? of\b|"
                            r"\bhow many\b|\bper cent\b|\b(?:app store|star) ratings?\b|"
                            r"\bon an? \d+ (?:[\w-]+ )?scale\b|\bscale of \d")
#: The same phrases in the other languages plans are written in (French, Spanish,
#: Portuguese, Italian; see :data:`_FOREIGN_NUMBERS`): a number or quantity of
#: things (``Número de cursos``, ``Quantidade de atendimentos``, ``Nombre d'adhérents``)
#: and a rate, percentage or share (``Taxa de evasão``, ``Tasa de empleo``,
#: ``Pourcentage des projets``), each before the word for ``of`` that joins it to what it
#: counts or divides, as ``Number of`` and ``Rate of`` state their unit in English.
_FOREIGN_UNITS = LazyPattern(
    r"\b(?:número|numero|nombre|quantidade|cantidad|quantité|taxa|tasa|taux|tasso|percentual|"
    r"percentagem|porcentagem|porcentaje|pourcentage|percentuale|proporção|proporcao|"
    r"proporción|proporcion|proporzione|parcela) (?:d[aeo]s?|du|del|della|dei|degli|di)\b|"
    r"\b(?:nombre|taux|pourcentage|quantité) d'",
    needs=("número ", "numero ", "nombre", "quantidade ", "cantidad ", "quantité", "taxa ",
           "tasa ", "taux", "tasso ", "percentual ", "percentagem ", "porcentagem ",
           "porcentaje ", "pourcentage", "percentuale ", "proporção ", "proporcao ",
           "proporción ", "proporcion ", "proporzione ", "parcela "))
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
_PLACEHOLDER = LazyPattern(
    r"(?<![\w$])(?:[$€£]\s?[NX]{1,3}(?:\.[NX]+)?(?:\s?(?:[kKmMbB]n?|million|billion))?\b"
    r"|[NXnx]{1,2}(?:\.[NXnx]+)?\s?%|[NX](?:\.[NX]+)?\s?[KMB]\b|[NX]{2,3}\b"
    r"|\[(?:redacted|confidential|[A-Z]{1,3})\])")
#: Abbreviations of ``number`` read as it before ``of``: ``No.``, and ``N°`` (with the
#: degree sign or the ordinal indicator ``º``), as French-, Spanish- and Portuguese-speaking
#: writers and their translators put it (``N° of institutions that improved training``).
_NUMBER_ABBREVIATIONS = frozenset(("no.", "n°", "nº"))
_TOKEN = LazyPattern(
    r"[Nn][°º](?!\w)|"  # "N°": the abbreviation of "number", one word
    # a number joined to the word after it names a kind ("30-day terms", "2-way IT",
    # "a 360-degree review"), not an amount; "10-fold" multiplies and "a 1-off delay"
    # counts
    r"\d+-(?!fold\b|times\b|percent\b|off\b)[a-z]+\b(?!-)|"
    r"\d+(?:st|nd|rd|th)\b|"  # an ordinal ("OWASP 20th celebrations") names, not counts
    # and so does one with the ordinal indicator of Portuguese, Spanish and Italian
    # ("1ª Atualização", "2º semestre")
    r"\d+[ªº](?!\w)|"
    r"[$€£¥]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:k|m|bn|b|mm|million|billion|thousand)\b|%)?|"
    r"[$€£¥]\s?[NX]{1,3}\b|[A-Za-z][\w.'/-]*|[%#<>≥≤]=?|[$€£¥]", re.IGNORECASE)
_NUMBER = LazyPattern(r"^[$€£¥]?(\d[\d,]*(?:\.\d+)?)\s?(%|k|m|bn|b|mm|million|billion|"
                      r"thousand)?$", re.IGNORECASE)
#: A number with a dot and no sign, unit or scale (``0.9``, ``1.28``).
_DOTTED = LazyPattern(r"^\d+\.\d+$")
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9,
          "bn": 1e9, "billion": 1e9}
_PERIOD = LazyPattern(r"^(?:19|20)\d\d$|^(?:fy|cy|sy|q|h|t)\d{1,4}$|^\d{4}[-/]\d{2,4}$",
                      re.IGNORECASE)
#: A label before a title: a number (``1.2``, ``KR3.``, ``Axe 2 -``), or up to five words
#: and a colon (``KR 1:``, ``Create:``, ``FY24Q2 - Enablement O4:``, a team's or stage's
#: name; ``Objectif 1 :``, with the space French puts before it, when no figure follows).
_LABEL = LazyPattern(r"^(?:(?:kr|o|obj|objective|goal|measure|kpi|m|pm|axe|axis|eje|objectif|"
                     r"objetivo|obiettivo|ziel)?\s*[\d.]*\d[a-z]?\s*[.)\]-]"
                     r"|(?!#|%|(?:number|share|percent(?:age)?) of\b)"
                     r"(?:[^\s:]+\s+){0,4}[^\s:]+(?::|\s:(?=\s+\D))"
                     r"|\d+(?:\.\d+)+(?=\s+(?-i:[A-Z])))\s+",
                     re.IGNORECASE)


#: Which way a measure's wording asks it to move.
Aim = Literal["increase", "decrease"]


class Quantity(NamedTuple):
    """A number the wording states, and the word it follows."""

    value: float
    unit: bool  # a percent or currency sign, or a scale word, comes with it
    after: str  # the lower-cased word before it ("" at the start)
    position: int  # its index among the title's words


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


def worded(*texts: str | None) -> str:
    """What a rule reads of free texts (titles, descriptions) for their wording: each
    text's first ``MAX_WORDED`` characters, joined by a space, so that a hostile text of
    megabytes costs no more to search than a long one."""
    return " ".join((text or "")[:MAX_WORDED] for text in texts)


def strip_label(text: str) -> str:
    """A title without the label before it (``KR 1.2:``, ``CTO:``, ``1.2``), and with a
    ratio or a time of day (``1:1``, ``10:30``) read as a word, not as quantities."""
    return _stripped(text[:MAX_WORDED])


@lru_cache(maxsize=8192)
def _stripped(text: str) -> str:
    """:func:`strip_label` of a text already cut to ``MAX_WORDED``, kept per distinct
    text (a dozen facts strip the same titles; 20k generated items: 11,588 calls for 803
    texts), so that the cache holds no more than 8,192 short texts however long a
    plan's titles are."""
    return _RATIO.sub("ratio", _LABEL.sub("", " ".join(text.split()), count=1))


#: A clause of time before what a title asks (``By December 2020,``, ``Within three
#: months of the committee's formation,``): read past, so the verb after it tells the kind.
_WHEN = LazyPattern(r"^(?:by|before|no later than|within|during)\s[^,]{0,80}?"
                    r"(?:\d|\b(?:month|week|year|quarter|end)s?\b)[^,]*,\s+", re.IGNORECASE,
    needs=("by", "before", "no later than", "within", "during"))
#: A name in quotes right after a number (``prototype 5 "Firefox for Making" concepts``):
#: one word of the phrase that ends at the noun the number counts.
_NAMED = LazyPattern(r"(?<=\d )[\"“\u2018]([^\"”\u2019]{1,60})[\"”\u2019]",
    needs=("\"", "\u201c", "\u2018"))


def _words(text: str) -> list[str]:
    """The title's words in lower case, ``#`` read as ``number``, and so are the
    abbreviations ``No.`` and ``N°`` (``Nº``) before ``of`` (``No. of new flats to be
    provided``, ``N° of training course beneficiaries``); a number written in words in
    another language (see :data:`_FOREIGN_NUMBERS`) is read as its figure."""
    tokens = [token.lower() for token in _TOKEN.findall(text, 0, MAX_WORDED)]
    return ["number" if token == "#" or (token in _NUMBER_ABBREVIATIONS
                                         and tokens[position + 1:position + 2] == ["of"])
            else _FOREIGN_NUMBERS.get(token, token)
            for position, token in enumerate(tokens)]


@lru_cache(maxsize=8192)
def _title_words(text: str) -> list[str]:
    """:func:`_words` of a title without its label (:func:`strip_label`), read once per
    distinct title for the several facts that read it: a list kept, not to be changed."""
    return _words(strip_label(text))


def _metric_words(metric: Metric) -> list[str]:
    """:func:`_title_words` of a metric's title, else its name."""
    return _title_words(metric.title or metric.name or "")


@cache
def _split(phrases: tuple[str, ...]) -> tuple[tuple[str, list[str]], ...]:
    """Each phrase with its words, longest first."""
    return tuple((phrase, phrase.split()) for phrase in sorted(phrases, key=len, reverse=True))


@cache
def _by_word(phrases: tuple[str, ...], at: int) -> dict[str, list[tuple[str, list[str]]]]:
    """:func:`_split`'s phrases by their first word (``at`` 0) or last (-1), longest first:
    words need be compared only with the few phrases that share their first or last word,
    not with every phrase (a list of verbs has a hundred and more)."""
    found: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for phrase, parts in _split(phrases):
        found[parts[at]].append((phrase, parts))
    return dict(found)


def _starts_with(words: list[str], phrases: tuple[str, ...]) -> str | None:
    """The longest phrase the words begin with."""
    for phrase, parts in _by_word(phrases, 0).get(words[0], ()) if words else ():
        if words[:len(parts)] == parts:
            return phrase
    return None


def _ends_with(words: list[str], phrases: tuple[str, ...]) -> bool:
    return bool(words) and any(
        len(words) >= len(parts) and words[-len(parts):] == parts
        for _, parts in _by_word(phrases, -1).get(words[-1], ()))


def _quantities(words: list[str]) -> list[Quantity]:
    """The quantities among the words: numbers that are not years, periods or labels."""
    found = []
    skipped = -2  # the position of the last number that is not a quantity
    for position, word in enumerate(words):
        before = words[position - 1] if position else ""
        match = _NUMBER.match(word)
        if match is None:
            continue
        after = words[position + 1] if position + 1 < len(words) else ""
        if _PERIOD.match(word) or before.rstrip(".") in _LABELS or _defines(before, after) \
                or _result_named(words, position) \
                or (_DOTTED.match(word) and after in _WHO) \
                or _version(words, position) or _age_band(words, position) \
                or _scope(words, position) or _radius(words, position) \
                or _sizes_group(words, position) \
                or skipped == position - 1:  # the end of a range of labels ("Bands 8-9")
            skipped = position
            continue
        digits, scale = match.group(1).replace(",", ""), (match.group(2) or "").lower()
        value = float(digits) * _SCALE.get(scale, 1.0)
        has_unit = bool(scale) or word[0] in "$€£¥" or (
            position + 1 < len(words) and words[position + 1] in ("%", "percent"))
        found.append(Quantity(value, has_unit, before, position))
    return found


def _result_named(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` names one of England's headline school results
    (:data:`_RESULT_NAMES`): right after its name (``Progress 8``) or after ``at`` that
    follows it (``Basics at 4+``, the grade it counts pupils at)."""
    before = words[position - 1] if position else ""
    return before in _RESULT_NAMES or (
        before == "at" and position > 1 and words[position - 2] in _RESULT_NAMES)


#: Nouns naming people in Spanish and Portuguese, before ``de`` and an age band
#: (``población de 18 a 64 años``, ``menores de 5 anos``), accented or not, as titles
#: written in capitals drop the accents.
_PERSONAS = frozenset(("población", "poblacion", "personas", "niños", "ninos", "niñas",
                       "ninas", "mujeres", "hombres", "adultos", "jóvenes", "jovenes",
                       "adolescentes", "habitantes", "alumnos", "estudiantes", "menores",
                       "mayores", "população", "populacao", "pessoas", "crianças",
                       "criancas", "idosos", "jovens", "alunos", "maiores"))
#: Words between the ends of a Spanish or Portuguese age band and its ``años``
#: (``de 65 y más años``, ``de 18 años a más``, ``de 60 anos ou mais``).
_BAND_WORDS = frozenset(("a", "y", "e", "o", "ou", "más", "mas", "mais"))


def _age_band(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` is an age that says who a measure counts, not
    an amount it aims at: after ``aged`` (``people aged 65``), or after ``over`` or
    ``under`` that follow a noun naming people (``Socially isolated people over 65
    supported``, ``children under 5``), with no unit of time but years after it; in
    Spanish and Portuguese, after ``de`` that follows a noun naming people, in a band
    that ends in years (``Porcentaje de población de 18 a 64 años de edad``, ``de 65 y
    más años``, ``de 18 años a más``, ``crianças menores de 5 anos``); and the upper end
    of such a band (``aged 12 to 17 years``)."""
    before = words[position - 1] if position else ""
    after = words[position + 1] if position + 1 < len(words) else ""
    if after.rstrip("s") in _TIME_UNITS - {"year"} or not words[position].isdigit():
        return False
    return before in ("aged", "ages") or (position > 1 and (
        (before in ("over", "under") and words[position - 2] in _PERSONS)
        or (before == "de" and words[position - 2] in _PERSONAS
            and _ends_in_years(words, position + 1))
        or (before in ("to", "and", "a", "y", "e") and _age_band(words, position - 2))))


def _ends_in_years(words: list[str], start: int) -> bool:
    """Whether ``años`` or ``anos`` follows within a Spanish or Portuguese age band's
    next few words: its joining words and its upper end."""
    for word in words[start:start + 4]:
        if word in ("años", "anos"):
            return True
        if word not in _BAND_WORDS and not word.isdigit():
            return False
    return False


def _scope(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` says over how many places a measure counts, not
    an amount it aims at: after ``across`` and before the places, in the plural, in a title
    that names first the things it counts, in the plural, rather than opening with a verb
    (``Commits by Foundation developers across 9 PHP repositories`` counts commits; not
    ``Launch across 5 markets``, which asks for the 5)."""
    before = words[position - 1] if position else ""
    return before == "across" and any(_plural(word) for word in _noun_phrase(words, position)) \
        and any(_plural(word) for word in words[:position - 1]) \
        and _starts_with(words, _MILESTONE_VERBS + _COUNT_VERBS + _RISE + _FALL
                         + _LEVEL_START) is None


#: Words before a number that make it a rank among things, not the version of one
#: (``the top 3``).
_RANKS = frozenset(("top", "bottom", "first", "last", "best", "worst", "next", "leading"))


def _version(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` names the version a deliverable is for: a
    dotted number ending a title that opens with a verb of delivery, after a name rather
    than a word that sets a target (``Include the NDM feature into OpenEBS 0.9``,
    ``Release OpenEBS 1.0``; not ``Raise the rating to 4.5``); or a whole number that
    ends the name of the one thing such a title delivers (``Create a prototype of the
    TinyPilot Voyager 2, with built-in Power over Ethernet``): after ``a``, ``an`` or
    ``the`` and a name, and before the title's end or a word that says what the thing is
    about or has, not before what it would count (``Build a team of 5 engineers``,
    ``Make the top 3 in…``)."""
    word, before = words[position], words[position - 1] if position else ""
    after = words[position + 1] if position + 1 < len(words) else None
    verb = _starts_with(words, _MILESTONE_VERBS)
    if verb is None or not before.isalpha() or _ends_with(words[:position], _TARGET_WORDS):
        return False
    if position == len(words) - 1 and _DOTTED.match(word):
        return True
    opened = len(verb.split())
    return word.isdigit() and (after is None or after in _ABOUT) \
        and words[opened:opened + 1] in (["a"], ["an"], ["the"]) and position > opened + 2 \
        and before not in _ABOUT and before not in _RANKS


#: Superlatives after a number that make it the size of a group ranked by them (``the 10
#: largest districts``); ``most`` and ``least`` do so before the word they grade (``100
#: most populous cities``).
_SUPERLATIVES = frozenset(("largest", "biggest", "smallest", "highest", "lowest", "busiest",
                           "greatest", "richest", "poorest", "oldest", "newest", "best",
                           "worst", "fastest", "slowest", "heaviest", "deadliest", "most",
                           "least"))


#: Nouns that name one collection of cases a measure is taken on (``the 25k Genentech
#: fragment set``, ``the 500-case validation sample``).
_COLLECTIONS = frozenset(("set", "dataset", "suite", "sample", "panel", "cohort",
                          "collection", "corpus", "library"))
#: Prepositions that say a measure is taken on a collection (``RMSE on the … set``).
_TAKEN_ON = frozenset(("on", "over", "across", "against", "in", "from", "for"))


def _sizes_group(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` says how many things a measure is taken over,
    ranked by a superlative before the things in the plural (``Percent of 100 most
    populous cities, counties, etc. using .gov domains``, ``the 10 largest districts``;
    after ``top``, a label, ``top 50 employers`` is one already): it defines the group,
    not an amount the measure aims at; not after a word that sets a target (``Reach 50
    most active contributors``). So does a number that sizes the one collection a measure
    is taken on, after a preposition and ``the`` and at most two words before the
    collection's noun, none of them plural (``OpenFF torsion RMSE on the 25k Genentech
    fragment set reduced``): the size of the benchmark, not a level to reach (not ``the
    10 principles set out``)."""
    if position > 1 and words[position - 1] == "the" and words[position - 2] in _TAKEN_ON \
            and any(word in _COLLECTIONS and not any(map(_plural, words[position + 1:at]))
                    and words[at + 1:at + 2] != ["out"]
                    for at, word in enumerate(words[position + 1:position + 4],
                                              position + 1)):
        return True
    after = words[position + 1:position + 2]
    if not after or after[0] not in _SUPERLATIVES or not words[position].isdigit() \
            or _ends_with(words[:position], _TARGET_WORDS):
        return False
    graded = position + (2 if after[0] in ("most", "least") else 1)
    return any(_plural(word) for word in _noun_phrase(words, graded)[:2])


def _defines(before: str, after: str) -> bool:
    """Whether a number between these words defines the measure rather than stating an
    amount: a rate's base (``per 1k contacts``), a date (``as of 31 March``), a window
    (``within 12 months``, ``in the last 30 days``)."""
    return before == "per" or after in _MONTHS or before in _MONTHS or (
        before in ("within", "last", "past", "every", "first", "next", "after") and
        after.rstrip("s") in _TIME_UNITS)


#: Units of length a distance is given in (``5 miles``, ``500 metres``, ``3 blocks``).
_LENGTH_UNITS = frozenset(("mile", "mi", "km", "kilometer", "kilometre", "meter", "metre",
                           "feet", "foot", "ft", "yard", "yd", "block"))
#: A number joined to ``m`` (``400m``, ``400 m``): metres after ``within``, not millions.
_METRES = LazyPattern(r"^\d[\d,.]*\s?m$")


def _radius(words: list[str], position: int) -> bool:
    """Whether the number at ``position`` is a distance that bounds what a measure counts,
    not an amount it aims at: after ``within``, before a unit of length and ``of`` and the
    place it is measured from (``Percent of Compatible Development within 5 Miles of a
    Base``, ``Residents within 400m of a bus stop``, both numbers of ``within 1/2 mile of
    a park``); not a distance with no place, which a title may ask for (``Cut the
    distance to within 5 miles``)."""
    at = position - 1 if position > 1 and words[position - 1].isdigit() \
        and words[position - 2] == "within" else position
    if at == 0 or words[at - 1] != "within":
        return False
    if _METRES.match(words[at]):
        return words[at + 1:at + 2] == ["of"]
    unit = at + 2 if words[at + 1:at + 2] and words[at + 1].isdigit() else at + 1
    return words[unit:unit + 1] != [] and words[unit].rstrip("s") in _LENGTH_UNITS \
        and words[unit + 1:unit + 2] == ["of"]


def _count_after(words: list[str], start: int) -> float | None:
    """How many a count's verb names: the first plain number among the few words after
    it (``Hire two engineers``, ``Launch in 5 markets``, ``Close $2M of new business``,
    ``Equip three million Australians``); a percentage is a level, not a count. A floor
    the number is set as (``at least``, ``no fewer than``) is part of the number, not one of
    the words before it (``Organize quarterly roundtables for at least 5 major
    ecosystems``)."""
    reach = _COUNT_REACH + sum(
        len(floor) for index in range(start, start + _COUNT_REACH) for floor in _FLOORS
        if tuple(words[index:index + len(floor)]) == floor)
    for offset, word in enumerate(words[start:start + reach]):
        if word in _COUNT_WORDS:
            scale = words[start + offset + 1:start + offset + 2]
            return float(_COUNT_WORDS[word]) * (
                _SCALE[scale[0]] if scale in (["thousand"], ["million"], ["billion"]) else 1)
        match = _NUMBER.match(word)
        before = words[start + offset - 1] if start + offset else ""
        after = words[start + offset + 1] if start + offset + 1 < len(words) else ""
        if match is None or _PERIOD.match(word) or before in _LABELS or _defines(before, after) \
                or _radius(words, start + offset) or _version(words, start + offset):
            continue
        following = words[start + offset + 1:start + offset + 2]
        if (match.group(2) or "") == "%" or following in (["%"], ["percent"]):
            return None
        return float(match.group(1).replace(",", "")) * _SCALE.get(
            (match.group(2) or "").lower(), 1.0)
    return None


def _gerund_count(words: list[str]) -> float | None:
    """How many a title opening with a count verb's ``-ing`` form counts: the plain
    number right after it, before the things it counts in the plural (``Rehousing 650
    unsheltered households``, ``Preventing 11,856 households from becoming homeless``);
    none where the number stands further on, as after a noun the ``-ing`` word may be
    (``Processing times under 30 days``), or counts nothing named."""
    quantity = _quantities(words[:2])
    if len(quantity) != 1 or quantity[0].position != 1 or quantity[0].unit \
            or words[2:3] in (["%"], ["percent"]):
        return None
    if not any(_plural(word) or word in _PERSONS for word in _noun_phrase(words, 1)):
        return None
    return quantity[0].value


def _range_count(words: list[str], quantities: list[Quantity]) -> float | None:
    """The low end of a range of how many that opens the title before the things it
    counts, in the plural (``12-18 grants signed``, a grantmaker's season KPI): a count
    like ``3+ articles are ready``, its floor the range's low end; not a range of a rate
    (``10-15 exhibitions mounted per annum``) nor of amounts with a unit."""
    if len(quantities) < 2 or len(words) < 4 or _RATE.search(" ".join(words)):
        return None
    low, high = quantities[0], quantities[1]
    if low.position != 0 or high.position != 1 or low.unit or high.unit \
            or not low.value < high.value or not _plural(words[2]):
        return None
    return low.value


def _plural(word: str) -> bool:
    """Whether a word looks like a plural noun (``articles``, not ``class``), or is
    plurals joined by slashes (``blogs/articles``: either counts, in the plural)."""
    if "/" in word:
        return all(_plural(part) for part in word.split("/"))
    return word.isalpha() and word.endswith("s") and not word.endswith("ss") \
        and word not in _VERB_FORMS


def _counted(words: list[str]) -> bool:
    """Whether the words name things done, in the plural (``Permits issued``, ``Rental
    inspections attempted``, ``Requests completed on time``, ``Students completing the
    course``): a count within each period."""
    return any(word in _COUNTED and (word.endswith("ed") or word.endswith("ing") or
                                     word in _IRREGULAR_DONE) and _plural(before)
               for before, word in pairwise(words))


#: Words that open a title by telling the things it names apart, each counted once.
_DISTINCT = frozenset({"unique", "distinct"})


def _names_counted(words: list[str]) -> bool:
    """Whether the words name the things counted by what was done to them, the participle
    first (``Completed requests for interpretation``, ``Published papers``), or by the
    state they are in (``Cases open for adjustment``, ``Claims pending``), or opening
    with them and then saying what was done to them or what they did (``People assisted
    in emergencies``, ``People who used the service``, see :func:`_done_to_named`):
    those things are the unit, whatever kind the measure is read as (a stock of
    published papers may be a level). So do words that open by saying the things are
    told apart, one counted once (``Unique organisations contribute to projects``,
    ``Distinct visitors``): only a count of them can be meant."""
    return (len(words) > 1 and ((words[0] in _COUNTED and words[0].endswith("ed"))
                                or words[0] in _DISTINCT) and _plural(words[1])) or any(
        word in _IN_STATE and _plural(before) for before, word in pairwise(words)) \
        or _done_to_named(words)


def _taking_up(words: list[str]) -> bool:
    """Whether a title opens with the things it names, in the plural, and then says they
    took something up or got something (``Partner institutions and organizations
    adopting women-centered policies``, ``Farmers adopting drought-tolerant seed
    varieties``, ``Students benefiting from direct interventions``), or, at once after
    them, says in the present or the perfect what each of them does or got: a verb of
    delivery and what it delivers (``Basic education public schools design improvement
    plans``, ``Schools adopt the new curriculum``), or ``have`` and a participle that
    says what a count counts (``Families have received children's books``, see
    ``_COUNTED``), the relative pronoun of ``Families who have received…`` left out, as
    results frameworks word their rows: each that did is one counted, so the things are
    its unit. Only the things (more of them named beside them, ``… and organizations``,
    or, before a participle, which of them, ``in the region``) stand before what they
    did. A verb that states a condition (``Students meet the standard``, ``Trusts have
    achieved the standard``) is none of these: a share of them may be meant. What they
    did is not work the plan did: it is no count of work done (:func:`counts_done`), only
    of things (see :func:`counts_named`)."""
    head = _head(words)
    if head is None or words[head] in _AMOUNTS:
        return False
    rest = words[head + 1:head + 1 + _PHRASE_REACH + 1]
    position = next((index for index, word in enumerate(rest) if word in _TAKING_UP), None)
    if position is None:
        named = 2 if rest[:1] in (["and"], ["or"]) and len(rest) > 1 \
            and _plural(rest[1]) else 0
        clause = rest[named:]
        return len(clause) > 1 and all(word.isalpha() for word in rest[:named]) and (
            clause[0] in _DELIVERY_VERBS or (
                clause[0] in _PERFECT and clause[1] in _COUNTED and _past(clause[1])))
    between = rest[:position]
    return _qualifies(between) or (
        between[:1] in (["and"], ["or"]) and all(word.isalpha() for word in between)
        and _plural(between[-1]))


def _head(words: list[str]) -> int | None:
    """The position of the plural noun, or noun naming people, that heads the noun phrase
    opening a title (``First aid kits…``, ``Fixed and mobile blood donor centres…``,
    ``Socially isolated people…``): the first such word, with only its modifiers before
    it; none where a verb or a change opens the title (``Increase usage of plugins``,
    ``Reduce upgrade stops``) or a phrase ends before it (``Growth in downloads``)."""
    if _starts_with(words, _MILESTONE_VERBS + _COUNT_VERBS + _RISE + _FALL + _LEVEL_START
                    + _CHANGES + _ACTIVITY_VERBS) is not None:
        return None
    for position, word in enumerate(words[:_HEAD_REACH]):
        if (_plural(word) and len(word) > 3 and word not in _NOT_PLURAL) or word in _PERSONS:
            return position
        if word in _PHRASE_ENDS - {"and", "or"} or word in _WHO \
                or not word.replace("/", "").replace("-", "").isalpha():
            return None
    return None


def _past(word: str) -> bool:
    """Whether a word is a past participle of a regular or a common irregular verb."""
    return word.isalpha() and ((len(word) > 4 and word.endswith("ed")
                                and not word.endswith("eed")) or word in _IRREGULAR_DONE)


def _qualifies(words: list[str]) -> bool:
    """Whether the words between a noun and what was done to it only say which of them
    (``in Fiji``, ``of suspected emblem misuse``, ``over 65``): a short phrase after a
    preposition, or an age."""
    return not words or (words[0] in ("over", "under") and len(words) == 2) or (
        words[0] in _ABOUT - {"to"} and len(words) <= 4 and "as" not in words
        and all(word.isalpha() for word in words))


def _done_to_named(words: list[str]) -> bool:
    """Whether a title opens with the things it counts, in the plural or as people, and
    then says what was done to them or what they did: a past participle after them
    (``People assisted in emergencies``, ``First aid kits assembled by…``, ``People in
    Fiji reached with…``, ``Socially isolated people over 65 supported…``), or a clause
    in the past on them (``People who used the service``, ``Refugees and asylum seekers
    who received grants``). A comparison (``GHG emissions compared to 2005``) is not
    something done to them, and a clause in the present (``Students who meet the
    standard``) states a condition, of which a share may as well be meant."""
    head = _head(words)
    if head is None or words[head] in _AMOUNTS:
        return False
    rest = words[head + 1:]
    for position, word in enumerate(rest):
        if word in _WHO:
            verb = rest[position + 1:position + 3]
            return bool(verb) and (verb[0].endswith("ed") or verb[0] in _IRREGULAR_DONE or (
                verb[0] in _HAD and len(verb) == 2 and _past(verb[1])))
        if _past(word):
            return word not in _COMPARED and _qualifies(rest[:position])
    return False


def _figures(metric: Metric) -> list[float]:
    """The values a metric states: its target, baseline, interim targets and actuals."""
    return [m.value for m in (metric.target, metric.baseline, *metric.targets,
                              *metric.actuals) if m is not None and m.value is not None]


def _whole(values: list[float]) -> bool:
    """Whether every value is a whole number of at least 0, as a count's are."""
    return all(value >= 0 and float(value).is_integer() for value in values)


def whole_figures(metric: Metric) -> bool:
    """Whether a metric states figures and every one of them is a whole number of at
    least 0, as a count's are."""
    values = _figures(metric)
    return bool(values) and _whole(values)


def numbers_things(metric: Metric) -> bool:
    """Whether a metric's title opens with ``Number of`` (``#``, ``No.``) and every figure
    it states is a whole number of at least 0 (``Number of boat inspections``): a count
    of the things it names."""
    return _metric_words(metric)[:2] == ["number", "of"] and whole_figures(metric)


#: A title that states the one thing every one of a group is to have or get, in English
#: or Dutch (``Every sports club has a club manager``, ``Each farmer receives a Soil
#: Health Card``, ``Iedere sportvereniging (groter dan 500 leden en een eigen
#: sportaccommodatie) heeft een verenigingsmanager``): the group named in one to three
#: words (not a period: ``Every year the club has a manager``), with a parenthesis that
#: says which of them are meant, then the verb and ``a``.
_EACH_HAS = LazyPattern(r"(?:every|each|iedere?|elke?) (?!(?:of|year|quarter|month|week|day|"
                        r"time|period|jaar|kwartaal|maand|dag|keer)\b)"
                        r"(?:[^\s()]+ ){0,2}[^\s()]+ "
                        r"(?:\([^()]*\) )?(?:has|gets|receives|heeft|krijgt|ontvangt) "
                        r"(?:an?|een|one|één) ", re.IGNORECASE,
    needs=("every", "each", "ieder", "elk"))
#: A parenthesis closing a title that lists what the things named before it take in
#: (``Civil actions (including CMPs and self-disclosures)``): kinds of those things, not
#: a unit or a condition.
_INCLUDES_ASIDE = LazyPattern(r"\((?:including|includes|incl\.|excluding|e\.g\.|such as)\s"
                              r"[^()]*\)\s*$", re.IGNORECASE,
    needs=("(includ", "(incl.", "(excluding", "(e.g.", "(such as"))


def counts_named(metric: Metric) -> bool:
    """Whether a metric's title is only a noun phrase naming things in the plural
    (``Media mentions``, ``Human services contracts``), with no participle in it, and
    every figure it holds is a whole number of at least 0: its figures count those
    things, which are its unit; with a phrase after the things (``Volunteer assignments
    in the … program``), which may as well state the condition of a share of them
    (``Walkways in fair condition``), only where a figure is above 100, unless the phrase
    says what the things are for (``Pre-investment studies for all official centers``,
    74), which is no condition they are in.
    A figure below zero or with a fraction is a change or an amount, as is a plural
    that names one (``Annual community GHG emissions``), and people named so
    (``Students in poverty``) may as well be a share of them: none of those is read so.
    Things that then took something up or got something, or did or got it, said in the
    present or the perfect (``Partner institutions and organizations adopting
    women-centered policies``, 12; ``Families have received children's books``; see
    :func:`_taking_up`) are counted by that act, not a condition of which a share may be
    meant: with whole figures, they are the unit.
    People or things followed at once by what each of them has, holds or gets (``People
    with access to rural water supply``, 150,000; ``Women holding titles to land``, 2,955
    to 6,000; see :func:`_held_by`) are counted, as ``VIP Latrines built`` counts
    latrines, where a whole figure above 100 says no share of them is meant.
    A closing parenthesis that says what the things take in (``Civil actions (including
    CMPs and self-disclosures)``) names kinds of them, not their unit: the noun phrase
    is read before it.
    A title that states, in English or Dutch, the one thing every one of a group is to
    have or get (``Every sports club has a club manager``, ``Iedere sportvereniging
    (groter dan 500 leden) heeft een verenigingsmanager``, see ``_EACH_HAS``), read in
    whole figures of 2 to 10 at most or above 100, counts the members of the group that
    have it: a share of a group aimed at all of it would aim at 100, and neither a
    handful nor more than a hundred is one."""
    title = worded(metric.title or metric.name)
    values = _figures(metric)
    whole = bool(values) and _whole(values)
    if whole and _EACH_HAS.match(title.strip()) and (2 <= max(values) <= 10
                                                      or max(values) > 100):
        return True
    words = _title_words(_INCLUDES_ASIDE.sub("", title)) if _INCLUDES_ASIDE.search(title) \
        else _metric_words(metric)
    head = _head(words)
    if head is None:
        return False
    if whole and _taking_up(words):
        return True
    if whole and max(values) > 100 and _held_by(words, head):
        return True
    end = next((position for position, word in enumerate(words) if word in _ABOUT),
               len(words))
    noun, between = words[end - 1], words[head:end - 1]
    if end - 1 < head or end >= _HEAD_REACH + 2 or noun in _PERSONS or noun in _AMOUNTS \
            or not _plural(noun) or (end < len(words) and words[end] == "to") or any(
                word.endswith(("ed", "ing")) or word in _WHO | _HAD
                for word in words[:end - 1]) \
            or any(_plural(word) for word in between[1:]):
        return False
    # a phrase after the things may say the condition of a share of them (``Walkways in
    # fair condition``): then only a figure above 100 says it counts them; one that says
    # what they are for (``Pre-investment studies for all official centers``) says none
    return whole and (end == len(words) or max(values) > 100 or (
        words[end] == "for" and words[end + 1:end + 2] != [] and words[end + 1] not in _WHO))


def _held_by(words: list[str], head: int) -> bool:
    """Whether the plural noun or the people heading a title (see :func:`_head`) are
    followed at once by what each of them has, holds or gets (``People with access to
    rural water supply``, ``Women holding titles to land``, see ``_HOLDING``): a qualifier
    that says which of them are counted, not an amount (``Annual emissions with…``)."""
    return words[head] not in _AMOUNTS and words[head + 1:head + 2] != [] \
        and words[head + 1] in _HOLDING and len(words) > head + 2


#: Nouns that, heading a bare label, name a level, a share, an amount or a score of
#: something rather than things to count (``Park Quality Rating``, ``Media coverage``).
_MEASURE_HEADS = frozenset((
    "rating", "score", "index", "level", "rate", "ratio", "value", "capacity", "time",
    "share", "percentage", "proportion", "total", "average", "mean", "median", "growth",
    "size", "volume", "amount", "cost", "budget", "revenue", "income", "spend", "balance",
    "margin", "yield", "output", "quality", "trust", "morale", "turnout", "uptake", "use",
    "usage", "reach", "impact", "progress", "health", "speed", "count", "number",
    "result", "outcome", "return", "profit", "loss", "saving", "funding", "spending"))
#: Endings of English nouns that name a state, an act in the mass or a quality
#: (``participation``, ``engagement``, ``attendance``, ``diversity``, ``coverage``): a
#: share, an amount or an index of one may be meant, not a count of things.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ancy", "ency",
                     "age", "ure", "ship", "ism", "th", "cy", "ing")
_LABEL_REACH = 3  # words of a bare label at most


def _bare_label(words: list[str]) -> bool:
    """Whether a title is only a short noun phrase, as a scorecard labels a row (``Site
    visits``, ``Outreach initiative``, ``Pre-arranged meeting``): one to three plain words,
    no preposition, clause or number, and no verb or change opening it."""
    return 1 <= len(words) <= _LABEL_REACH \
        and all(word.replace("-", "").isalpha() for word in words) \
        and not any(word in _PHRASE_ENDS or word in _WHO or word in _HAD
                    or word in _NOT_COUNTING for word in words) \
        and _starts_with(words, _MILESTONE_VERBS + _COUNT_VERBS + _RISE + _FALL
                         + _LEVEL_START + _CHANGES + _ACTIVITY_VERBS) is None


def _names_things(words: list[str]) -> bool:
    """Whether a bare label ends in a noun that names things one may count: a plural
    other than an amount (``Marketing packages``, not ``emissions``), or a singular that
    names no level, share, amount or score by its word or its ending (``Outreach
    initiative``, not ``Media coverage``, ``Park Quality Rating``, nor an act in the mass,
    ``Recycling``, unless what was done to it comes first: ``Pre-arranged meeting``),
    as a scorecard labels a count in the singular (``… goal: 26``); people are left out,
    of whom a share may as well be meant, and so is a modifier that names a measure."""
    head = words[-1]
    if head in _PERSONS or head in _COUNTED_PEOPLE or head in _AMOUNTS or _past(head) \
            or any(word in _MEASURE_HEADS or word in _UNIT_WORDS for word in words):
        return False
    return _plural(head) or (head.isalpha() and not head.endswith(_ABSTRACT_ENDINGS)) or (
        # a thing named by the act it is, after what was done to it (``Pre-arranged
        # meeting``): each one done is one, not an act in the mass (``Recycling``)
        head.endswith("ing") and len(words) > 1
        and _past(words[-2].rsplit("-", 1)[-1]))


def _counted_row(metric: Metric) -> bool:
    """Whether a metric states no unit, is labelled by a bare noun phrase (see
    :func:`_bare_label`), and every figure it states is a whole number of at least 0,
    with a target and a reading."""
    return metric.unit is None and metric.target is not None and bool(metric.actuals) \
        and whole_figures(metric) and _bare_label(_metric_words(metric))


def counting_labels(metrics: Sequence[Metric]) -> bool:
    """Whether a plan labels one of its counts by the bare name of the things it counts,
    with a whole target and readings and no unit (``Site visits``, goal 15, read 58; see
    :func:`_counted_row`), the wording reading it as a count of them: a scorecard that
    writes its counts so (see :func:`counted_alike`)."""
    return any(_counted_row(metric) and _plural(_metric_words(metric)[-1])
               and read_measure(metric).unit for metric in metrics)


def counted_alike(metric: Metric) -> bool:
    """Whether a metric is a row of a scorecard of counts by its own shape: labelled, as
    the plan's count is (:func:`counting_labels`), by a bare noun phrase naming things in
    the singular or the plural (``Outreach initiative``, ``Marketing packages``,
    ``Pre-arranged meeting``, see :func:`_names_things`), its target and every reading a
    whole number of 10 or more (no scale of one to five or ten gives it), with no unit:
    the figures count the things the label names, as those of ``Site visits`` do."""
    words = _metric_words(metric)
    return _counted_row(metric) and _names_things(words) \
        and all(value >= 10 for value in _figures(metric))


def labels_count(metric: Metric) -> bool:
    """Whether a metric's title labels its figure by the bare name of the things it counts,
    in the plural, the figure written after it and a colon as its target (``Twitter:
    Likes: 800``, ``Facebook: Page likes: 2500``, ``Events: 10 recorded & fully tracked``,
    targets 800, 2,500 and 10), every figure whole: the label names the things the
    figure counts, as a scorecard's row does (see :func:`counted_alike`)."""
    target, title = metric.target, (metric.title or "")[:MAX_WORDED]
    if target is None or target.value is None or ":" not in title \
            or not _whole(_figures(metric)):
        return False
    parts = title.split(":")
    for label, after in pairwise(parts):
        words, figure = _words(label), after.split()[:1]
        match = _NUMBER.match(figure[0]) if figure and figure[0][:1].isdigit() else None
        if match is not None and not match.group(2) and words and _bare_label(words) \
                and _plural(words[-1]) and _names_things(words) \
                and float(match.group(1).replace(",", "")) == target.value:
            return True
    return False


#: A survey named by its name (``Furukawa E-Survey``, ``Employee Ownership Survey``):
#: capitalised words and ``Survey``, not a kind of survey (``exit surveys``).
_NAMED_SURVEY = LazyPattern(r"\b[A-Z][\w&']*(?:[ -][A-Z][\w&']*)*[ -]Survey\b",
                            needs=("Survey",))


def scored_on_survey(metric: Metric) -> bool:
    """Whether a metric is a score (its title says so: ``Employee engagement scores``)
    whose ``source`` names, by its name, the survey it is read from (``Furukawa
    E-Survey, score of "sustainable engagement"``): its figures are in the survey's own
    points, as a standardised test's score is in the test's (see ``_TEST_SCORE``)."""
    words, source = _metric_words(metric), metric.source or ""
    return bool(source) and ("score" in words or "scores" in words) \
        and bool(_NAMED_SURVEY.search(source[:MAX_WORDED]))


def _counts_things(words: list[str], quantities: list[Quantity]) -> bool:
    """Whether the words name the things a number counts, which are then the unit: a
    plain quantity or a number word before a plural noun (``four membership drives``,
    ``2+ customer references``), a plural before ``from`` a number (``Increase testcase
    instances from 200 to 250``), or what a list lists (``List of known deployments``)."""
    numbers = _counting(words, quantities)
    ones = {index for index in numbers if words[index] in ("1", "one")}
    return any(_plural(word) for index in numbers for word in _noun_phrase(words, index)) \
        or any(_noun_phrase(words, index) for index in ones) \
        or any(q.after == "from" and q.position > 1 and _plural(words[q.position - 2])
               for q in quantities) \
        or (words[:2] == ["list", "of"] and _plural(words[-1]))


def _counting(words: list[str], quantities: list[Quantity]) -> set[int]:
    """Where the words hold a number that may count things: a plain quantity, one whose
    only unit is a scale written onto it (``1k Ultimate seats``, a thousand seats), or a
    number word (``four``)."""
    return {q.position for q in quantities if not q.unit or _scaled(words[q.position])} | {
        index for index, word in enumerate(words) if word in _COUNT_WORDS}


def _scaled(word: str) -> bool:
    """Whether a number's only unit is a scale written onto it (``1k``, ``250K``, ``2m``):
    a multiplier of what follows, not a currency or a percentage."""
    match = _NUMBER.match(word)
    return match is not None and word[0].isdigit() and (match.group(2) or "").lower() in (
        "k", "m", "mm", "b", "bn")


def _noun_phrase(words: list[str], number: int) -> list[str]:
    """The plain words after a number up to the noun they count, at most four and none
    past a word that ends the phrase (``ten critical open source organizations``, ``1
    well-known community figure``, a hyphenated word a plain one; not ``5 of the
    reports``)."""
    phrase = []
    for word in words[number + 1:number + 1 + _PHRASE_REACH]:
        if word in _PHRASE_ENDS or not word.replace("/", "").replace("-", "").isalpha():
            break
        phrase.append(word)
    return phrase


def _binary(metric: Metric) -> bool:
    """Whether every value the metric states could mean done or not done (or the share
    done): 0 to 1 with no unit, or 0 to 100 in percent. A figure in any other unit is an
    amount of it (a cost of funds of ``0.06`` USD for every dollar collected), never a
    share done, whatever the definition's verb (``We will demonstrate our efficiency ...
    by measuring the cost``)."""
    unit = (metric.unit or "").strip()
    if unit not in ("", "%"):  # most measures: a unit rules the values out unread
        return False
    top = 100.0 if unit == "%" else 1.0
    return all(0 <= target.value <= top for target in (metric.target, *metric.targets)
               if target is not None and target.value is not None) and all(
        0 <= actual.value <= top for actual in metric.actuals if actual.value is not None)


def _done_or_not(metric: Metric) -> bool:
    """Whether the metric's figures can only mean done or not: no unit and no calendar
    cadence to read it by, every reading (if any) 1 or 0 or a status in words, and a
    target of 1 (``Perforce crash course``, target 1, read 0 at the quarter's end) or
    none and a reading of 1 or 0 (a deliverable reported done)."""
    if metric.unit is not None or metric.calendar is not None:
        return False
    final = final_target(metric)
    read = [actual.value for actual in metric.actuals if actual.value is not None]
    return (bool(read) if final is None else final[0].value == 1) and all(
        value in (0, 1) for value in read)


def ticked(metric: Metric) -> bool:
    """Whether a metric is only ticked done or not: read at least once, and its figures can
    only mean done or not (see :func:`_done_or_not`), as a checkbox list of key results
    reports ``Increase hashtag usage`` at the quarter's end. Whatever its wording asks,
    it has no reading of a level: no start, unit or data source to ask of it."""
    return bool(metric.actuals) and _done_or_not(metric)


#: Participles of making or doing that, after the things a key result counts and ``are``
#: (or before them, after ``has``), say the period's work makes or does each of them
#: (``At least eight proposals are submitted``, ``Tlon has documented at least one of its
#: agents``): a count from none, not a state the things are in (``compliant``, ``active``).
_MADE = frozenset((
    "submitted", "created", "documented", "published", "launched", "released", "shipped",
    "built", "written", "produced", "delivered", "developed", "designed", "drafted",
    "established", "funded", "awarded", "issued", "signed", "hired", "recruited",
    "onboarded", "trained", "held", "hosted", "conducted", "organized", "organised",
    "opened", "added", "generated", "made",
))
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
    bounties are created and claimed``, see ``_MADE``) or the writing each of them gets
    (``At least six agents have reference documentation``, see ``_WRITTEN_FOR``); or who
    does it, in the perfect, then how many (``Tlon has documented at least one of their
    own agents``). None for a share (``80% of staff are trained``), a state the things are
    in (``At least 5 systems are compliant``) or anything else they have (``10 schools
    have a library``)."""
    words = _sentence(words)
    for at, word in enumerate(words[:4]):
        if word in ("has", "have") and words[at + 1:at + 2] and words[at + 1] in _MADE \
                and not _quantities(words[:at]) and _COUNT_WORDS.keys().isdisjoint(words[:at]):
            return _count_after(words, at + 2)
    start = next((len(floor) for floor in _FLOORS if tuple(words[:len(floor)]) == floor), 0)
    first = words[start:start + 1]
    if not first or not (first[0] in _COUNT_WORDS or (
            _NUMBER.match(first[0]) and not _PERIOD.match(first[0]))):
        return None
    count = _count_after(words, start)
    phrase = list(takewhile(lambda word: word not in _PHRASE_ENDS and word not in _WHO
                            and word not in ("have", "has", "be", "get"),
                            words[start + 1:start + 1 + _PHRASE_REACH]))
    rest = words[start + 1 + len(phrase):]
    if count is None or not phrase or not (_plural(phrase[-1]) or count == 1):
        return None
    aux = next((len(parts) for parts in _PASSIVE if tuple(rest[:len(parts)]) == parts), 0)
    if aux and rest[aux:aux + 1] and rest[aux] in _MADE:
        return count
    if rest[:1] in (["have"], ["has"]) and any(
            word in _WRITTEN_FOR for word in takewhile(lambda word: word not in _ABOUT,
                                                       rest[1:4])):
        return count
    return None


def _count_after_either(words: list[str], start: int) -> float | None:
    """How many a count's verb names when another way of doing it follows it, after
    ``or`` or ``and``, and the number comes after that one's count verb or its ``-ing``
    form (``Fund or assisting in funding three new organizations``)."""
    if words[start:start + 1] not in (["or"], ["and"]):
        return None
    for at in range(start + 1, min(len(words), start + 1 + _COUNT_REACH)):
        if words[at] in _COUNT_GERUNDS or _starts_with(words[at:at + 1], _COUNT_VERBS):
            return _count_after(words, at + 1)
    return None


def _worded_target(words: list[str], quantities: list[Quantity]) -> tuple[float | None,
                                                                        float | None]:
    """The target and the baseline the wording states: ``from X to Y``, ``to Y``…"""
    for first, second in pairwise(quantities):
        if first.after == "from" and second.after in ("to", "by"):
            return second.value, first.value
    for quantity in reversed(quantities):
        if _ends_with(words[:quantity.position], _TARGET_WORDS) or quantity.position == 0 or (
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
    if based or not words or _DURATION.search(" ".join(words)):
        return "level", None
    verb = _starts_with(words, _COUNT_VERBS)
    count = _count_after(words, len(verb.split())) if verb is not None else None
    if count is None and verb is not None:
        count = _count_after_either(words, len(verb.split()))
    if count is None and words[0] in _COUNT_GERUNDS:
        count = _gerund_count(words)
    if count is None:
        count = next((q.value for q in quantities if not q.unit and (
            words[q.position + 1:q.position + 2] in (["new"], ["additional"])
            or _more_things(words, q) or (
                q.position == 0 and len(words) > 2 and _plural(words[1])
                and not _RATE.search(" ".join(words))))), None)
    if count is None:
        count = _range_count(words, quantities)
    if count is None:
        count = _made_count(words)
    if count is not None:
        return "count", count
    if _condition(words, withheld) and ((binary and not quantities)
                                        or bool(_FOR_EVERY.search(" ".join(words)))):
        return "milestone", None
    if not quantities and not _RATE.search(" ".join(words)) and (
            (_counted(words) and _starts_with(words, _MILESTONE_VERBS) is None
             and not _DONE_BY.search(" ".join(words)))
            or _new_things(words) or words[:3] == ["number", "of", "new"]
            or _numbers_done(words)):
        return "count", None
    text = " ".join(words)
    if _condition(words, withheld) and binary:
        return "milestone", None
    if words[:2] != ["number", "of"] and done_or_not and not _harms(text) \
            and _starts_with(words, _RISE + _FALL) is None:
        return "milestone", None
    if quantities or withheld or not binary or _RATE.search(text) or \
            _starts_with(words, _LEVEL_START) is not None:
        return "level", None
    aimed = [] if says_none(stated) else _words(stated or "")
    # a target in words that all of a group meet or not (``COT included in every
    # school's plan``): done when it holds for all
    for_all = not _ALL_OF.isdisjoint(aimed) and _condition(aimed, withheld)
    if words[:2] != ["number", "of"] and (any(
            _delivers(said) for said in (words, aimed) if said)
            or _names_artefact(words) or for_all):
        return "milestone", None
    return None, None


def _more_things(words: list[str], quantity: Quantity) -> bool:
    """Whether a quantity opens the title before ``more`` and the things it counts in the
    plural (``12 more streams``, ``2 more demos w/ guests``): so many more of them made
    within the period, counted from none when it begins; not a comparison (``5 more than
    last year``)."""
    at = quantity.position
    return at == 0 and words[1:2] == ["more"] and len(words) > 2 and _plural(words[2])


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
        _plural(word) for word in takewhile(lambda word: word not in _ABOUT, words[1:]))


def _names_artefact(words: list[str]) -> bool:
    """Whether the words name a thing work produces (see ``_ARTEFACTS``): as the whole
    title's head (``Litmus Cookbook``, ``Online web page``), or in its first two words
    before what it is about (``List of minimum documented items``, ``Joint blog w/ other
    vendors``); not what is measured of a thing (``Visits to the website``)."""
    return (words[-1] in _ARTEFACTS and _ABOUT.isdisjoint(words[:-1])) or any(
        word in _ARTEFACTS and words[index + 1] in _ABOUT
        for index, word in enumerate(words[:2]) if index + 1 < len(words))


def _aims(words: list[str], quantities: list[Quantity]) -> Aim | None:
    """The way a title asks a measure to move: up for an opening ``Increase``,
    ``Grow``…, for a verb of doing followed by how much (``Automate 75% of release
    tests``), for cases dealt with in time (``Assessed within seven days``) and for
    people satisfied with what they got (``Customer satisfaction``, not ``Dissatisfied
    customers``); down for
    an opening ``Reduce``, ``Cut``…; None otherwise."""
    if _starts_with(words, _RISE) is not None:
        return "increase"
    if _starts_with(words, _FALL) is not None:
        return "decrease"
    if quantities and (_starts_with(words, _MILESTONE_VERBS) is not None
                       or _starts_with(words, _COUNT_VERBS) is not None):
        return "increase"
    if _timely(" ".join(words)) and not _harms(" ".join(words)):
        return "increase"
    if not _PLEASED.isdisjoint(words) and _DISPLEASED.isdisjoint(words) \
            and not _harms(" ".join(words)):
        return "increase"
    return None


#: Words that say a measure counts people content with what they got (``Percent of
#: customers rating their satisfaction as good or excellent``, ``Riders satisfied with
#: their trip``): more of them is better, as a service's surveys read it.
_PLEASED = frozenset(("satisfaction", "satisfied"))
#: Words that turn such a measure round (``Dissatisfied customers``): fewer is better.
_DISPLEASED = frozenset(("dissatisfaction", "dissatisfied", "unsatisfied", "unhappy",
                         "complaints", "complaint"))


def _harms(text: str) -> bool:
    """Whether the words count harm, loss or delay, of which less is better: not a share
    of harms dealt with (``% of incidents resolved``, ``% reduction in crime``), nor a
    count of the service's work on them (``Number of emergency incidents coordinated``,
    an output that rises with demand), nor cases dealt with in time (``% waiting less
    than two weeks``), though cases lost in a time (``Staff who left within 12 months``)
    are."""
    if _timely(text):
        text = _WAITING.sub("", text)
    text = _DEALT_WITH.sub(
        lambda dealt: "" if _HARMS.fullmatch(dealt.group(1)) else dealt.group(0), text)
    return bool(_HARMS.search(text) or _FOREIGN_DELAY.match(text)) and not (
        _RATE.search(text) and _REMEDIED.search(text))


def _unit_named(text: str) -> bool:
    """Whether words name a unit in a phrase (:data:`_UNIT_PHRASES`), in English or in
    another language (:data:`_FOREIGN_UNITS`)."""
    return bool(_UNIT_PHRASES.search(text) or _FOREIGN_UNITS.search(text))


def _timely(text: str) -> bool:
    """Whether the words count cases that met a standard of time (see ``_IN_TIME``)."""
    return bool(_IN_TIME.search(text)) and not _TIME_STATISTIC.search(text)


def _condition(words: list[str], withheld: bool) -> bool:
    """Whether the words state a condition that holds or not (see the module's
    definitions), with no rate, number of things or confidential figure to reach."""
    text = " ".join(words)
    return bool(_CONDITION.search(text) or _FOR_EVERY.search(text) or _brings_about(words)) \
        and not withheld and not _RATE.search(text) and not _unit_named(text)


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
    return _starts_with(words, _ENSURE) is not None


#: The verbs that open a state to bring about (``Ensure the GUI functions…``).
_ENSURE = ("ensure", "make sure")
#: Verbs that, after the things a title names first, say what is to be true of them.
_BE_HAVE = frozenset(("is", "are", "has", "have"))
_SUBJECT_REACH = 8  # words of the noun phrase that may stand before that verb
#: Articles before one thing a title names (``A … methodology for…``).
_ARTICLES = frozenset(("a", "an", "the"))


def _states_affairs(words: list[str]) -> bool:
    """Whether the words are a clause that says what is to be true of the things they
    name first: those things have come to a state (``Digital public goods have enabled
    diverse groups of stakeholders to take action``) or are in one (``Digital public
    goods are part of the default approach``). Not a title that opens with a verb (work
    to do), nor a noun phrase that runs past a relative pronoun or a preposition before
    the verb (``People who are…``, ``Share of roads that are…``)."""
    if _starts_with(words, _MILESTONE_VERBS + _COUNT_VERBS + _RISE + _FALL + _LEVEL_START
                    + _CHANGES + _ACTIVITY_VERBS) is not None:
        return False
    for position, word in enumerate(words[:_SUBJECT_REACH + 1]):
        if word in _BE_HAVE:
            after = words[position + 1:position + 2]
            return position > 0 and bool(after) and (word in ("is", "are") or _past(after[0]))
        if word in _WHO or word in _ABOUT or not word.replace("-", "").isalpha():
            return False
    return False


def states_affairs(metric: Metric) -> bool:
    """Whether a metric's title, with no number, rate or unit in it, states what is to be
    true by its date rather than naming a quantity to measure: a clause on the things it
    names first (see :func:`_states_affairs`), or one thing named after an article, a
    deliverable (``The establishment of one or more financing instruments``, ``A globally
    recognised and scalable methodology for…``), as an alliance's or a network's
    targets state the world they mean to bring about. A name of a quantity (``Customer
    loyalty``, ``Growth in contributor community``) is not one."""
    words = _metric_words(metric)
    text = " ".join(words)
    if not words or _RATE.search(text) or _unit_named(text) or any(
            character.isdigit() for character in text):
        return False
    return _states_affairs(words) or (words[0] in _ARTICLES and _delivers(words[1:])) or (
        words[0] in _ARTICLES - {"the"} and len(words) > 1)


def _delivers(words: list[str]) -> bool:
    """Whether the words name a deliverable: they start with a verb of delivery (not
    ``measure`` as the noun before ``of``), end by saying it is done, say who has done it
    (:func:`_said_done_by`), or name a deliverable anywhere (a plan for, ready for launch,
    a certification)."""
    text = " ".join(words)
    verb = _delivery_verb(words)
    return (verb is not None and not (verb == "measure" and words[1:2] == ["of"])) or \
        _ends_with(words, _DONE_ENDINGS) or bool(_DELIVERABLE.search(text)) or \
        bool(_DONE_AT.search(text)) or bool(_DONE_BY.search(text)) or (
            bool(_FOREIGN_DONE_AT.search(text)) and not _unit_named(text)) or \
        _act_when_due(words) or (
            len(words) > 1 and words[0] in _DONE_FIRST and not words[1].endswith("s")) or \
        _said_done_by(words)


#: Verbs that, in the past after ``has`` or ``was``, report a piece of work done besides
#: the verbs of delivery (``WRI Mexico has supported the implementation of the new law``).
_WORK_DONE = frozenset(("support", "help", "contribute", "co-host"))
#: Words between ``has`` (or ``was``) and the participle that leave the act as it is.
_DONE_ADVERBS = frozenset(("now", "already", "successfully", "formally", "been"))
_SUBJECT_WORDS = 5  # words at most of the one who did the work, before ``has`` or ``was``


def _done_verb(participle: str) -> bool:
    """Whether a past participle is that of a verb of delivery or of work done (not of a
    level that moves: ``improved``, ``grown``, ``reduced``)."""
    if participle in _DONE_ENDINGS:
        return True
    if not participle.endswith("ed") or participle[:-2] in (*_RISE, *_FALL) \
            or participle[:-1] in (*_RISE, *_FALL):
        return False
    stems = {participle[:-2], participle[:-1], participle[:-3], participle[:-3] + "y"}
    return not stems.isdisjoint(_DELIVERY_VERBS | _WORK_DONE)


def _said_done_by(words: list[str]) -> bool:
    """Whether a title is a sentence reporting that one body or thing, in the singular,
    has done a piece of work or had it done, in the past (``WRI Mexico has supported the
    implementation of the new General Law``, ``The strategy was adopted by the Board``,
    after a heading the label is read past): a deliverable reported done, not things
    counted (``has`` is no plural) nor a level that moved (``Revenue has grown``)."""
    words = _sentence(words)
    for at, word in enumerate(words[1:_SUBJECT_WORDS + 1], start=1):
        if word not in ("has", "was"):
            continue
        rest = list(dropwhile(lambda after: after in _DONE_ADVERBS, words[at + 1:]))
        return bool(rest) and _done_verb(rest[0]) and all(
            before.replace("-", "").isalpha() and before not in _WHO for before in words[:at])
    return False


def _delivery_verb(words: list[str]) -> str | None:
    """The verb of delivery the words open with, as it is or in its ``-ing`` form
    (``Bringing in key events…`` as ``Bring in key events…``)."""
    verb = _starts_with(words, _MILESTONE_VERBS)
    if verb is None and words and words[0] in _MILESTONE_GERUNDS:
        verb = _starts_with([_MILESTONE_GERUNDS[words[0]], *words[1:]], _MILESTONE_VERBS)
    return verb


#: Nouns of an act an organization does, done or not each time it falls due (``Budget
#: review``, ``Annual audit``, ``Budget process``, ``clean-up of system``), not a figure
#: read from what it does (a survey's results, a level of spending).
_ACTS = frozenset(("review", "audit", "process", "clean-up", "cleanup", "update",
                   "inspection", "renewal"))
#: Nouns of money moved by the organization, done or not by a date (``investment in
#: Reserve by Dec 31st``): with no date, ``Annual investment in R&D`` is a level of spending.
_PAYMENTS = frozenset(("investment", "contribution", "transfer", "deposit", "payment"))
_FREQUENCIES = frozenset(("annual", "annually", "yearly", "quarterly", "monthly", "weekly",
                          "biweekly"))
#: The date a title says its act is done by or at (``by Dec 31st``, ``at end of year``).
_DEADLINE = LazyPattern(
    r"\s(?:by|at|before) (?:the )?(?:(?:end of (?:the )?(?:year|quarter|month|season)|"
    r"year[- ]end)|(?:" + "|".join(sorted(_MONTHS)) + r")\.?(?: \d{1,2}(?:st|nd|rd|th)?)?)$")


def _act_when_due(words: list[str]) -> bool:
    """Whether the words name, in a noun phrase, an act of the organization and when it
    is done: a review, audit, process or clean-up held each period (``Budget process
    annually``, ``Annual review and clean-up of system``) or by a date (``Budget review at
    end of year``), or money it moves by a date (``annual investment in Reserve by Dec
    31st``). A volunteer board's or a small body's measures often name the act so: it is
    done when due, or not; there is no level to move."""
    text = " ".join(words)
    deadline = _DEADLINE.search(text)
    phrase = words[:len(text[:deadline.start()].split())] if deadline else list(words)
    frequent = bool(phrase) and (phrase[0] in _FREQUENCIES or phrase[-1] in _FREQUENCIES)
    phrase = [word for word in phrase if word not in _FREQUENCIES]
    head = list(takewhile(lambda word: word not in _PHRASE_ENDS, phrase))
    if not head or not (deadline or frequent) \
            or _starts_with(head, _RISE + _FALL + _LEVEL_START) is not None:
        return False
    return head[-1] in _ACTS or (deadline is not None and head[-1] in _PAYMENTS)


#: Words too common to show that two titles say the same thing.
_COMMON = frozenset(("with", "that", "from", "than", "into", "this", "their", "more",
                     "over", "each", "across", "have", "been", "will", "what", "make"))


@lru_cache(maxsize=4096)
def _gist(text: str) -> frozenset[str]:
    """The words of a title that carry its meaning, cut to five letters so that
    ``reduce`` and ``reducing`` match: words of four letters or more, common ones left
    out."""
    return frozenset(word[:5] for word in _words(strip_label(text))
                     if len(word) >= 4 and word.isalpha() and word not in _COMMON)


def takes_up(objective: str, key_result: str) -> bool:
    """Whether an objective's title takes up a key result's as its own aim, as a cascade
    turns a key result into the objective of the level below (``CTO: Reducing churn and
    contraction`` takes up ``Reduce churn and contraction by X%``): at least two of the
    key result's meaningful words, and at least half of them, come back in it."""
    words = _gist(key_result)
    shared = len(words & _gist(objective))
    return shared >= 2 and 2 * shared >= len(words)


#: The opening of an objective that says it carries on earlier work (``Continue the
#: streaming work``, ``Carry on the outreach``, ``Keep up the podcast``), and the stems of
#: its words, which show no shared subject.
_CARRIES_ON = LazyPattern(r"^(?:continue|carry on|keep up)\b", re.IGNORECASE,
                          needs=("continue", "carry on", "keep up"))
_CARRYING = frozenset(("conti", "carry", "keep", "work"))
#: Verbs of doing that open an objective (``Develop``, ``Improve``, ``Reduce``).
_CARRIED_VERBS = _DELIVERY_VERBS | frozenset(_RISE) | frozenset(_FALL)


def carries_on(objective: str, earlier: str) -> bool:
    """Whether an objective says it carries on an earlier one's work: it opens by saying
    it continues (see :data:`_CARRIES_ON`) and at least half of the earlier one's
    meaningful words, one or more, come back in it, cut to the same stem (``Continue the
    streaming work`` of ``Make the stream good!``, as an OKR file's next quarter takes up
    a graded objective): :func:`takes_up` with one shared word enough, where the
    objective says that it carries the work on. The earlier one's opening verb of doing
    (``Develop an Ambassador Program``) names no subject, and is not counted."""
    if _CARRIES_ON.match(strip_label(objective)) is None:
        return False
    opening = _words(strip_label(earlier))[:1]
    verb = {opening[0][:5]} if opening and opening[0] in _CARRIED_VERBS else set()
    words = _gist(earlier) - _CARRYING - verb
    shared = len(words & _gist(objective))
    return shared >= 1 and 2 * shared >= len(words)


def restates(text: str, other: str) -> bool:
    """Whether ``text`` says again what ``other`` says, in other words, as an action list
    sums up commitments listed elsewhere (``Make our data more open for the benefit of our
    residents, businesses and local developers`` and ``Work with Smart Oxford to develop an
    open data platform that residents, businesses and local developers can use``): at
    least three of its meaningful words, and at least half of them, come back in
    ``other``."""
    words = _gist(text)
    return _says_again(len(words & _gist(other)), len(words))


def repeats(text: str, other: str) -> bool:
    """Whether ``text`` says again all that ``other`` says and nothing more, with no
    figure: the same meaningful words, three or more (a success statement written out
    again as its own target, ``We engage with departments and agencies at all levels``);
    not a part of it (``meet or exceed previous performance`` of ``Usage metrics that meet
    or exceed previous performance``)."""
    words = _gist(text.strip().rstrip(".;"))
    return len(words) >= 3 and words == _gist(other.strip().rstrip(".;")) and not any(
        character.isdigit() for character in text + other)


def restating(texts: Sequence[str], others: Sequence[str]) -> set[int]:
    """The positions of ``texts`` that restate one of ``others`` (see :func:`restates`),
    found through an index of the others' words, so that long lists cost their length
    rather than its square."""
    if not texts:
        return set()
    index: defaultdict[str, list[int]] = defaultdict(list)
    for position, other in enumerate(others):
        for word in _gist(other):
            index[word].append(position)
    found = set()
    for position, text in enumerate(texts):
        words = _gist(text)
        shared = Counter(other for word in words for other in index.get(word, ()))
        if any(_says_again(count, len(words)) for count in shared.values()):
            found.add(position)
    return found


def _says_again(shared: int, words: int) -> bool:
    """Whether ``shared`` meaningful words of a title's ``words`` make it say again what
    another says: three or more, and at least half of them."""
    return shared >= 3 and 2 * shared >= words


def figureless(metric: Metric, measure: Measure) -> bool:
    """Whether a metric states no figure at all: no target, baseline or actual in its
    fields, and no target or baseline in its wording; or it says it is still to be
    defined ("TBD") and states no value. Such a measure is one gap, reported by
    metric-without-target; asking it for a baseline, unit, cadence, source or reading as
    well would report the same cause again."""
    if metric.target or metric.targets or metric.baseline or metric.actuals:
        return False
    return measure.undefined or not (measure.states_target or measure.baseline is not None)


#: A result in words that says the measure was not taken (``No formal survey completed``,
#: ``No data available``, a results report's status ``Not available``): no reading,
#: whatever follows it.
_NOT_MEASURED = LazyPattern(r"^\W*(?:no (?:\w+ )?(?:survey|measurement|data|assessment)s? "
                            r"(?:was |were )?(?:completed|conducted|undertaken|carried out|"
                            r"available|collected)|not available|(?:actual )?(?:results?|data) "
                            r"(?:is |are )(?:not available|unavailable))\b", re.IGNORECASE)
#: Words that say there was nothing to measure in the period (``No emergency flood actions
#: were initiated in 2016-17``, ``there were no pipeline accidents``): a measure of events
#: none of which took place, not one left unread.
_NO_EVENT = LazyPattern(r"\bno (?!surveys?\b|data\b|measurements?\b|assessments?\b)\w+"
                        r"(?: \w+){0,2} (?:was|were|has been|have been) (?:initiated|completed|"
                        r"held|received|filed|opened|started|triggered|required)\b|"
                        r"\bthere (?:was|were|have been|has been) no\b", re.IGNORECASE)


def said_unmeasured(metric: Metric) -> bool:
    """Whether a metric has readings and every one is words that say the measure was not
    taken (``No survey was conducted``, ``Not available``): the plan says it has no
    result, which is no reading of the measure."""
    return bool(metric.actuals) and all(
        actual.value is None and actual.score is None
        and _NOT_MEASURED.match(" ".join((actual.text or "").split())) is not None
        and _NO_EVENT.search(actual.text or "") is None
        for actual in metric.actuals) and _NO_EVENT.search(metric.description or "") is None


#: Words that say a measure's data are still sought (``Exploring data sources``, ``we are
#: still looking for a suitable data source for this indicator``, ``data source to be
#: identified``): an open data platform's status of an indicator not yet measured.
_SOURCE_SOUGHT = LazyPattern(
    r"\b(?:(?:looking|searching) for (?:an? |the )?(?:suitable |appropriate )?data sources?|"
    r"exploring (?:potential |possible )?data sources?|data sources? (?:is |are )?(?:yet )?"
    r"to be (?:identified|found|determined))\b", re.IGNORECASE, needs=("source",))


def seeks_data(metric: Metric) -> bool:
    """Whether a metric with no reading and no baseline says in its description that its
    data are still sought (``Exploring data sources (red) - we are still looking for a
    suitable data source for this indicator``, an SDG data platform's status of an
    indicator not started): the plan declares the measure not yet measured, and what is
    missing is the data itself, not a start or a rhythm of a series it reads."""
    return not metric.actuals and metric.baseline is None \
        and _SOURCE_SOUGHT.search(" ".join((metric.description or "").split())) is not None


#: A value in words that says there is none: ``No target will be set``, ``N/A``, ``TBD``,
#: ``TBA``, ``Data not available``.
_NONE_GIVEN = LazyPattern(r"^\W*(?:no (?:target|baseline|value|figure)s?\b|none\b|n/?a\b|"
                          r"(?:data )?not (?:applicable|available|set|yet set)\b|tb[acd]\b|"
                          r"to be (?:determined|defined|confirmed|set|agreed|announced)\b)",
                          re.IGNORECASE)


#: A survey, rating or index named by the body that publishes it: an acronym, then at
#: most three words before the instrument (``SOCITM Better Connected accessibility rating``,
#: ``NSS - National Student Survey``).
_NAMED_INSTRUMENT = LazyPattern(
    r"\b[A-Z][A-Z0-9&]{2,}\b(?:\W+[\w-]+){0,3}?\W+(?i:surveys?|ratings?|index)\b")


#: Participles that say what befell the things a title counts, or that they were
#: recorded as having happened (``People killed in crashes``, ``Offences recorded``,
#: ``Overdoses reported``): a statistic of events, not the work of whoever counts them.
_BEFELL = frozenset(("killed", "injured", "hurt", "harmed", "died", "assaulted", "abused",
                     "attacked", "robbed", "stolen", "infected", "hospitalised",
                     "hospitalized", "reported", "recorded"))


def counts_done(metric: Metric) -> bool:
    """Whether a metric's title opens with the things it counts, or with ``Number of``
    (``#``, ``No.``) or how many (``12-18 grants signed``, ``5,000 people trained``; not
    a share, ``90% of calls answered``) before them, and then says what was done to them
    (``New shops opened``, ``Facilitators trained to deliver…``, ``Number of client
    consultations performed``, ``Number of people reached through social media``, see
    :func:`_done_to_named`; after ``Number of``, also what they do in it, ``Number of
    participants attending extension programs``), with no clause on what they did
    themselves (``Countries that have leveraged…``), no harm and nothing that befell them
    or was recorded as happening (``People killed in crashes``, ``Number of offences
    recorded``): a count of what work has done, kept by those who did it. A title that
    names the objective a measure serves before a colon and the measure after it
    (``Enforcement of EU State aid control: Number of Commission decisions adopted``, an
    EU management plan's indicator; ``Have a behavioural based safety culture ...: Board
    Safety walks scheduled quarterly``, a statement of intent's target) is read after the
    colon too, where the count is named."""
    title = strip_label(metric.title or metric.name or "")
    return _done_words(_metric_words(metric)) or (
        ": " in title and _done_words(_words(title.rsplit(": ", 1)[1])))


def _numbers_done(words: list[str]) -> bool:
    """Whether a title opens with ``Number of`` and things in the plural, with a
    participle that says what a count counts (``_COUNTED``) after them (``Number of
    large-scale infrastructure projects completed.``, see :func:`_counted`; ``Number of
    key structural components of the bridge fully constructed``, see
    :func:`counts_done`) or before them (``Number of completed infrastructure
    projects``), read without a sentence's full stop, as a results report ends its
    indicators."""
    words = _sentence(words)
    if words[:2] != ["number", "of"] or len(words) < 4:
        return False
    done = next((at for at, word in enumerate(words) if at > 2 and word in _COUNTED
                 and word.endswith("ed")), None)
    return _counted(words) or (done is not None and any(map(_plural, words[2:done]))
                               and _done_words(words)) or (
        words[2] in _COUNTED and words[2].endswith("ed")
        and any(_plural(word) for word in words[3:6]) and _WHO.isdisjoint(words)
        and _BEFELL.isdisjoint(words) and not _harms(" ".join(words)))


def _sentence(words: list[str]) -> list[str]:
    """A title's words without the full stop that ends it as a sentence (the last word's
    final dot, where it has no other: not an abbreviation's, ``U.S.``)."""
    last = words[-1] if words else ""
    if last.endswith(".") and "." not in last[:-1]:
        return [*words[:-1], last[:-1]]
    return words


def _done_words(words: list[str]) -> bool:
    """:func:`counts_done` of a title's words."""
    numbered = words[:2] == ["number", "of"]
    if numbered:
        words = words[2:]
    elif words and words[0][:1].isdigit():
        words = words[_how_many(words):]
    return (_done_to_named(words) or (numbered and _doing_named(words))) \
        and _WHO.isdisjoint(words) and _BEFELL.isdisjoint(words) \
        and not _harms(" ".join(words))


def _how_many(words: list[str]) -> int:
    """How many words the number or range of how many opening a title takes (``12-18
    grants signed``, ``5,000 people trained``): its target, before the things counted;
    none for an amount with a unit or a share (``90% of calls answered``), a rate of
    cases its operations meet rather than a count of its acts."""
    opening = [q for q in _quantities(words[:2]) if not q.unit]
    taken = 0
    while taken < len(opening) and opening[taken].position == taken:
        taken += 1
    return taken


#: Words that say which sum of money a title's value is (``Dollar value of…``, ``Total
#: capital value of…``).
_VALUE_OF = r"^(?:total )?(?:(?:dollar|\$|monetary|financial|capital) )?value of "
#: How often a title's count or sum is taken, closing it (``per annum``, ``annually``).
_EACH_PERIOD = r"(?: (?:per (?:annum|year|quarter|month)|annually|each year|in the year))?$"
#: A count or sum of the decisions or commitments an organisation makes itself: ``Number
#: of``, or a value of, or a spread ``across``, the decisions or commitments (a few words
#: before them saying which: ``NAIF Investment Decisions``), made if said so, closing the
#: title but for how often it is taken; or the value of things named with the participle
#: that says the organisation funded them (``projects supported``, ``grants awarded``).
_OWN_DECISIONS = LazyPattern(
    r"(?:(?:^(?:total )?number of |" + _VALUE_OF[1:] + r"|\bacross )(?:[\w$-]+ ){0,3}?"
    r"(?:decisions|commitments)(?: (?:made|taken|adopted|approved))?"
    r"|" + _VALUE_OF + r"(?:[\w$-]+ ){0,3}?[a-z-]+s (?:funded|supported|financed|approved|"
    r"awarded|granted|committed|signed))" + _EACH_PERIOD,
    needs=("decision", "commitment", "funded", "supported", "financed", "approved", "awarded",
           "granted", "committed", "signed"))


def counts_decisions(metric: Metric) -> bool:
    """Whether a metric's title (after a colon, where it names the objective first) counts
    or sums the decisions or commitments the organisation makes itself, as a lender, a
    grant-maker or a regulator measures its year (``Number of Investment Decisions per
    annum``, ``Dollar value of Investment Decisions``, ``Industry and geographic spread
    across Investment Decisions made``), or the value of what it funded (``Total capital
    value of projects supported per annum``, ``Value of grants awarded``): its figures are
    read from its own decisions, like a count of what work has done (:func:`counts_done`).
    Not what those decisions or projects brought about outside it (``Jobs created``,
    ``Value of private investment attracted``), nor what others decided of them
    (``decisions overturned on appeal``). So is a tax setting a government fixes by law,
    named with the course the plan sets it (``main rate of corporation tax (from 28% to
    26% in 2011/12 ...)``, ``personal allowance (from £6,475 to £10,000)``; see
    :data:`_TAX_SETTING`): the setting is its own act, read from its Finance Bills."""
    title = strip_label(metric.title or metric.name or "").rsplit(": ", 1)[-1]
    text = " ".join(title.lower().rstrip(".").split())
    return _OWN_DECISIONS.search(text) is not None or _TAX_SETTING.search(text) is not None


#: A tax setting a government fixes itself by law, opening a title, then the course the
#: plan sets it (``main rate of corporation tax (from 28% to 26% in 2011/12 ...)``,
#: ``personal allowance (from £6,475 to £10,000)``): the rate of a tax or duty, named
#: with the tax (not a rate of collecting or complying with it, nor an effective rate, a
#: financial result), or a tax allowance.
_TAX_SETTING = LazyPattern(
    r"^(?:(?:main|basic|standard|higher|additional|top|reduced|lower|upper|small profits) )?"
    r"(?:rates? of (?:[\w-]+ ){0,2}?(?:tax|duty|levy)|(?:personal|tax-free|tax free) allowance)"
    r" \(?from [^()]+ to ",
    needs=("rate", "allowance"))


#: Gatherings an organisation holds, in the plural (``Workshops``, ``Meetups``): a count
#: of them counts its own acts.
_GATHERINGS = frozenset(("events", "meetups", "workshops", "seminars", "webinars",
                         "conferences", "meetings", "hearings", "hackathons", "roundtables"))
#: The gatherings that are held whatever words qualify them (``Council meetings``,
#: ``public hearings``); not ``events``, which qualified may as well be occurrences
#: (``adverse events``, ``sewer overflow events``).
_HELD = _GATHERINGS - {"events"}


def counts_gatherings(metric: Metric) -> bool:
    """Whether a metric's title opens with the gatherings it counts, ``Number of`` or how
    many before them or not (``Workshops``, ``Meetups organised``, ``2 webinars/workshops``,
    ``Events in cities where we never did events before``), or with meetings or hearings
    and the words that say which (``Number of Council meetings``, ``Number of public
    hearings``, a city department's workload rows; see :data:`_HELD`), in whole figures,
    with no clause on what befell them or anyone in them and no harm: the events the
    organisation holds itself, a count of its own acts read from its own calendar (see
    :func:`counts_done`). A title that names the objective before a colon is read after
    it too (``Exchange of experience in the ECN: Number of ECN meetings per year``)."""
    return any(_gathering_words(words) for words in _counted_phrases(metric)) \
        and _whole(_figures(metric))


def _gathering_words(words: list[str]) -> bool:
    """:func:`counts_gatherings` of the words that name what a title counts."""
    if not words or (not _GATHERINGS.issuperset(words[0].split("/"))
                     and _held_head(words) is None):
        return False
    return _WHO.isdisjoint(words) and _BEFELL.isdisjoint(words) \
        and not _harms(" ".join(words))


#: Words between how many and the things counted that say they come on top of others
#: (``12 more streams``, ``2 other Funding Agreements``).
_FURTHER = frozenset(("more", "other", "additional", "new", "further", "extra"))


def _counted_phrases(metric: Metric) -> list[list[str]]:
    """The words that name what a metric's title counts: the title's, and after a colon
    the part after it, where a title names the objective first; each without the
    ``Number of`` or how many that opens it (``12-18 grants signed``; not a share) and
    the word that says the things come on top of others (``12 more streams``)."""
    title = strip_label(metric.title or metric.name or "")
    phrases = [_metric_words(metric)]
    if ": " in title:
        phrases.append(_words(title.rsplit(": ", 1)[1]))
    counted = []
    for words in phrases:
        if words[:2] == ["number", "of"]:
            words = words[2:]
        elif words and words[0][:1].isdigit():
            words = words[_how_many(words):]
        if words[:1] and words[0] in _FURTHER:
            words = words[1:]
        counted.append(words)
    return counted


#: What an organisation issues or signs itself, each issue one thing counted, singular
#: after how many or plural (``4 newsletter``): its own communications and shows
#: (``newsletters``, ``website updates``, ``explanatory videos``, ``streams``, ``demos``,
#: ``tweets``) and the agreements it signs (``Funding Agreements``).
_ISSUED = frozenset((
    "newsletter", "newsletters", "update", "updates", "video", "videos", "stream", "streams",
    "livestream", "livestreams", "demo", "demos", "tweet", "tweets", "podcast", "podcasts",
    "agreement", "agreements",
))
#: Words that, just before ``streams`` or ``updates``, make them money or a flow from
#: outside rather than something issued (``funding streams``, ``security updates``).
_NOT_ISSUED = frozenset(("funding", "revenue", "income", "cash", "waste", "data", "water",
                         "security", "status", "software", "salary", "price", "trade"))
_FLOWS = frozenset(("stream", "streams", "update", "updates"))
#: The bodies of an organisation whose members it appoints itself (``Board and Commission
#: Members``, ``strategy board members``).
_OWN_BODIES = frozenset(("board", "boards", "commission", "commissions", "committee",
                         "committees"))
#: How many words may qualify what a count of issues names before its noun.
_ISSUE_REACH = 3
#: Verbs by which a service takes parties onto itself or carries their data, opening a
#: count of them (``Connect at least 5 new healthcare organizations to ReportStream``,
#: ``Onboard 3 senders``, ``Route lab data for at least 15 reportable conditions``).
_CONNECT_VERBS = frozenset(("connect", "onboard", "route"))


def counts_issued(metric: Metric) -> bool:
    """Whether a metric counts what the organisation issues, signs or appoints itself, in
    whole figures: its title (after a colon too, see :func:`_counted_phrases`) opens, past
    ``Number of`` or how many, with at most three words that say which and then the
    things: issues of its own communications and shows (``4 newsletter``, ``2 explanatory
    videos on website``, ``12 more streams``, ``2 more demos w/ guests``; see
    :data:`_ISSUED`), the agreements it signs (``2 other Funding Agreements``), or the
    members of its own boards and committees (``# of Board and Commission Members``,
    ``2 strategy board members from user countries``; not a verb first, ``Create two
    demos``, a deliverable), closing the title or followed
    only by a short phrase on what they are about or where (see :func:`_qualifies`); not
    money or a flow from outside (``funding streams``, ``security updates``), nor a rate
    or a harm. So does a title that opens with a verb by which a service connects or
    onboards parties to itself or routes their data (``Connect at least 5 new healthcare
    organizations to ReportStream``, ``Route lab data for at least 15 reportable
    conditions``; see :data:`_CONNECT_VERBS`) and states how many within a few words
    after it: the parties or things its own work takes on, not a share, a rate or a time
    (``Route 95% of calls within 30 seconds``). Each is an act of the organisation's own,
    counted from the work itself (see :func:`counts_done`)."""
    if not _whole(_figures(metric)) or _RATE.search((metric.unit or "").lower()):
        return False
    if _connects_words(_metric_words(metric)):
        return True
    if not (_figures(metric) or any(word[:1].isdigit() for word in _metric_words(metric)[:1])):
        return False
    return any(_issued_words(words) for words in _counted_phrases(metric))


def _connects_words(words: list[str]) -> bool:
    """Whether a title's words open with a verb of :data:`_CONNECT_VERBS` and a whole
    count follows within a few words (a floor before it), with no rate, harm or time
    standard: not a road's number (``Route 9 resurfacing``)."""
    if not words or words[0] not in _CONNECT_VERBS or words[1:2] in (["of"], ["in"]):
        return False
    text = " ".join(words)
    if _RATE.search(text) or _harms(text) or _IN_TIME.search(text) \
            or (words[0] == "route" and len(words) > 1 and _NUMBER.match(words[1])):
        return False
    count = _count_after(words, 1)
    return count is not None and float(count).is_integer()


def _issued_words(words: list[str]) -> bool:
    """:func:`counts_issued` of the words that name what a title counts."""
    text = " ".join(words)
    if _RATE.search(text) or _harms(text) or not _WHO.isdisjoint(words) \
            or _starts_with(words, _MILESTONE_VERBS + _COUNT_VERBS + _RISE + _FALL
                            + _CHANGES + _ACTIVITY_VERBS) is not None:
        return False
    for position, word in enumerate(words[:_ISSUE_REACH + 1]):
        before = words[:position]
        if not all(other.replace("-", "").isalpha() for other in before):
            return False
        if word in _FLOWS and not _NOT_ISSUED.isdisjoint(before[-1:]):
            return False
        if word in _ISSUED or (word == "members" and before[-1:]
                               and before[-1] in _OWN_BODIES):
            return _qualifies(["with" if other == "w/" else other
                               for other in words[position + 1:]])
    return False


def _held_head(words: list[str]) -> str | None:
    """The meetings or hearings (:data:`_HELD`) heading the noun phrase that opens a
    title after the words that say which (``Council meetings``), if they head it."""
    head = _head(words)
    return words[head] if head is not None and words[head] in _HELD else None


#: Acts an organisation repeats on its own schedule, as a verb opening a title (``Inspect
#: playgrounds every 30 days``, ``Hold 5 events annually``), with their past participles,
#: which name the act after what it is done to (``Risk register reviewed fortnightly``,
#: ``Commercial centres cleaned daily``).
_ROUTINE_ACTS = {
    "inspect": "inspected", "review": "reviewed", "audit": "audited", "test": "tested",
    "check": "checked", "clean": "cleaned", "mow": "mowed", "sweep": "swept", "hold": "held",
    "host": "hosted", "run": "run", "conduct": "conducted", "organize": "organized",
    "organise": "organised", "convene": "convened", "visit": "visited", "patrol": "patrolled",
    "publish": "published", "issue": "issued", "update": "updated", "send": "sent",
}
_ROUTINE_DONE = frozenset(_ROUTINE_ACTS.values())
#: Words that open a share of the things named after ``of`` (``Percent of active mine
#: sites inspected annually``).
_SHARE_OF = frozenset(("%", "percent", "percentage", "share", "proportion"))
#: How often an act recurs, in one word (``annually``, ``fortnightly``).
_RECURRING = _FREQUENCIES | {"fortnightly", "daily", "biannually", "semiannually"}
#: How often an act recurs, as every so long (``every 30 days``, ``at every Board
#: meeting``, ``each year``).
_EVERY = LazyPattern(r"\b(?:every|each) (?:\S+ ){0,2}?(?:days?|weeks?|months?|quarters?|"
                     r"years?|seasons?|meetings?)\b",
    needs=("every", "each"))


#: A percentage written as a figure (``100%``).
_PERCENT = LazyPattern(r"\d+(?:\.\d+)?%")


def counts_routine(metric: Metric) -> bool:
    """Whether a metric's title (after a colon, where it names the objective first) names
    an act the organisation repeats on its own schedule and how often it falls due: a verb
    of such an act opening it (``Inspect playgrounds and exercise stations every 30
    days``, ``Hold 5 events annually``) or its participle after what it is done to (``Top
    20 risk register reviewed fortnightly``, ``One key risk reviewed at every Board
    meeting``), with no rate and no harm in it. Whether counted or a share of those due,
    its figure is read from the organisation's own record of that work; so the share may
    open the title, or its definition after a heading and a dash, with the participle
    after the things it is done to (``MINE SITE INSPECTIONS - Percent of active mine sites
    inspected annually``), or follow the verb (``Visit 100% of retail licensees each
    year``)."""
    title = strip_label(metric.title or metric.name or "")
    words = _words(_BREAKDOWN.split(title.rsplit(": ", 1)[-1])[-1])
    share = words[1:2] == ["of"] and words[0] in _SHARE_OF
    if share:
        words = words[2:]
    elif words[:1] and words[0] in _ROUTINE_ACTS and words[2:3] == ["of"] \
            and _PERCENT.fullmatch(words[1]):
        words = words[:1] + words[3:]  # the share of those due after the verb
    text = " ".join(words)
    if not words or _RATE.search(text) or _harms(text):
        return False
    recurs = _EVERY.search(text)
    end = len(text[:recurs.start()].split()) if recurs else next(
        (at for at, word in enumerate(words) if word.rstrip(".") in _RECURRING), None)
    return end is not None and ((not share and words[0] in _ROUTINE_ACTS)
                                or not _ROUTINE_DONE.isdisjoint(words[1:end]))


#: How often a practice recurs, stated in a measure's title: an adverb or adjective of
#: frequency, alone or after ``twice``/``three times`` (``twice monthly press releases``,
#: ``termly``, ``semesterly``), or every so long (``each semester``, ``every term``).
_PRACTICE_FREQUENCY = LazyPattern(
    r"\b(?:(?:twice|three times|bi-?)\s?)?(?:daily|weekly|fortnightly|monthly|quarterly|"
    r"termly|semesterly|annually|yearly)\b"
    r"|\b(?:every|each) (?:\S+ ){0,2}?(?:days?|weeks?|months?|quarters?|terms?|semesters?|"
    r"years?)\b",
    re.IGNORECASE, needs=("daily", "weekly", "fortnightly", "monthly", "quarterly", "termly",
                          "semesterly", "annually", "yearly", "every", "each"))


def states_practice(metric: Metric) -> bool:
    """Whether a measure is a standing practice whose title states how often it recurs
    (``Ensure the Union's communication plan includes twice monthly press releases``,
    ``termly officer updates``, ``a newsletter each semester``), with no target, no
    direction and no rate or harm: a practice kept at that frequency for as long as the
    plan runs, like an undated standing level, with no end state to date."""
    title = " ".join(strip_label(metric.title or metric.name or "").split())
    return metric.target is None and not metric.targets and metric.direction is None \
        and _PRACTICE_FREQUENCY.search(title) is not None \
        and not _RATE.search(title) and not _harms(title.lower())


def watched_at_cadence(metrics: Sequence[Metric]) -> bool:
    """Whether every one of some measures (one at least) is an indicator read at a
    calendar cadence with no target of any kind (a budget programme's indicator measured
    ``ANUAL`` or ``TRIMESTRAL`` every fiscal year, a dashboard's series charted month by
    month): what they measure is watched period by period for as long as the programme
    runs, a standing area or service with no end state of its own; when, and to what
    level, it should have moved is what targets would say, which metric-without-target
    asks for."""
    return bool(metrics) and all(
        metric.calendar is not None and metric.target is None and not metric.targets
        for metric in metrics)


#: A share of the organisation's own people it has trained, named with ``our`` (``70% of
#: our Student Academic Reps will have completed face to face or online training``,
#: ``Percentage of our staff trained``), in the clause that names them.
_OWN_TRAINED = LazyPattern(
    r"^(?:(?:the )?(?:share|percentage|percent|proportion)|\d+(?:\.\d+)?\s?%|%) of our "
    r"[^;:.]{0,60}?\b(?:trained|(?:completed|received|attended|undertaken)\b[^;:.]{0,40}?"
    r"\btraining)\b", re.IGNORECASE, needs=("our",))
#: The uptake or completion of a scheme the organisation runs, the scheme named first as
#: the title's subject (``Student Fellows Scheme will have a 100% uptake, and completion
#: rate``): the share of the places or projects it offers that are taken up or completed.
_OWN_SCHEME_UPTAKE = LazyPattern(
    r"^(?:[A-Z][\w'-]* ){1,5}(?:Scheme|Programme|Program)\b (?:will|to|shall) (?:have|"
    r"achieve|reach) (?:an? )?\d+(?:\.\d+)?\s?% (?:uptake|completion)\b",
    needs=("uptake", "completion"))


def shares_own_acts(metric: Metric) -> bool:
    """Whether a metric is a share of what the organisation's own acts have reached, as
    :func:`counts_done` counts them: the share of its own people, named with ``our``, that
    it has trained (``70% of our Student Academic Reps will have completed face to face or
    online training``), or the uptake or completion of a scheme it runs, named first as the
    title's subject (``Student Fellows Scheme will have a 100% uptake, and completion
    rate``). Both are read from its own records of that work, whose figures it keeps; not
    a share of people outside it (``% of residents trained``), nor of what they think of
    the training."""
    title = " ".join(strip_label(metric.title or metric.name or "").split())
    return bool(_OWN_TRAINED.search(title) or _OWN_SCHEME_UPTAKE.search(title))


#: The runs a computation is made of (``MD simulation evaluations``), counted per cycle of
#: the method that makes them (``per optimization cycle``).
_RUNS_PER_CYCLE = LazyPattern(
    r"\b(?:simulations?|simulation (?:runs|evaluations)|evaluations|iterations) per "
    r"(?:(?:optimi[sz]ation|fitting|training) )?(?:cycle|iteration|run|fit|epoch)\b",
    needs=("per",))


def counts_work_time(metric: Metric) -> bool:
    """Whether a metric counts the hours spent on a task of the organisation's own work,
    named by what was done (``Total hours spent mowing city parks``, a budget book's
    workload measure), with no harm: the time its people booked to that work, read from
    their own work records; or the runs its own computations take, per cycle of the
    method that makes them (``Fewer MD simulation evaluations per optimization cycle``,
    a research project's fitting method): read from those runs."""
    words = _metric_words(metric)
    return not _harms(" ".join(words)) and (any(
        hours in ("hours", "person-hours") and spent == "spent" and doing.endswith("ing")
        for hours, spent, doing in zip(words, words[1:], words[2:], strict=False))
        or _RUNS_PER_CYCLE.search(" ".join(words)) is not None)


#: The plan's own programme named as what did the things a count counts (``through the
#: programme's activities``, ``by the project``).
_BY_THE_PROGRAMME = LazyPattern(r"\b(?:through|by) (?:the|this) (?:programme|program|project|"
                                r"action)\b", re.IGNORECASE,
    needs=("program", "project", "action"))


#: A title that names the work its figure results from (``revenues resulting from
#: commercialization``, ``sales as a result of trade activities``).
_RESULTING_FROM = LazyPattern(r"\b(?:resulting from|as a result of)\b", re.IGNORECASE,
                              needs=("result",))


def counts_programme_output(metric: Metric) -> bool:
    """Whether a metric counts what work has done (see :func:`counts_done`) and its title
    says the work is the programme's own (``Number of returning migrants reintegrated
    through the programme's activities``, ``People trained by the project``): only what
    the programme itself does is counted, from none when it begins. So is a total of the
    things or money its unit names (see :func:`totals_things`) whose title says it is
    what a piece of work yields (``Dollar amount of revenues resulting from
    commercialization``, in CAD) and whose target is no change from a level: only what
    that work has brought in is counted, from none before it."""
    title = metric.title or ""
    if _BY_THE_PROGRAMME.search(title) is not None and counts_done(metric):
        return True
    return _RESULTING_FROM.search(title) is not None and totals_things(metric) \
        and all(target is None or target.change is None
                for target in (metric.target, *metric.targets))


#: What comes to a service from outside, which it answers: applications (``DAs``, the
#: development applications of an Australian council's plan), incidents, calls, requests,
#: referrals, complaints, claims, enquiries, cases, violations found, passengers.
_DEMAND = (r"(?:applications?|das|incidents?|calls?|requests?|referrals?|complaints?|"
           r"claims?|enquir(?:y|ies)|inquir(?:y|ies)|cases?|violations?|passengers?)")
#: A count of the service's answers to what comes to it: the things, then what was done to
#: them (``DAs determined``, ``emergency incidents coordinated``, ``passengers
#: screened``), or the answers to them (``responses to emergency incidents``, ``violation
#: re-inspections``).
_ANSWERED = LazyPattern(
    r"^(?:total )?number of (?:(?:[\w-]+ ){0,5}?" + _DEMAND + r" (?:[\w-]+ ){0,5}?"
    r"(?:determined|processed|handled|responded to|answered|attended|coordinated|assessed|"
    r"screened|investigated|resolved|dealt with)\b|(?:[\w-]+ ){0,3}?(?:responses?|"
    r"determinations?) (?:to|of) (?:[\w-]+ ){0,4}?" + _DEMAND + r"\b|(?:[\w-]+ ){0,3}?"
    + _DEMAND + r" (?:responses?|re-?inspections?)\b)",
    needs=("number of ",))


def answers_demand(metric: Metric) -> bool:
    """Whether a metric counts what a service does in answer to what comes to it (see
    ``_ANSWERED``: ``Number of DAs determined``, ``Total number of responses to emergency
    incidents``, ``Number of violation re-inspections made``), with no clause on what the
    things did themselves: the figure moves with what comes in (applications lodged,
    incidents, violations found), not with the plan's effort, and a target of it is the
    volume the service expects to handle."""
    words = [word.rstrip(".;,") for word in _metric_words(metric)]
    return _WHO.isdisjoint(words) and _ANSWERED.search(" ".join(words)) is not None


#: Wording that says the things a title counts came to the service from outside (see
#: ``_DEMAND``): as they come in (``daily in-coming calls``, ``Enquiries received through
#: our hotline``, ``Complaints and enquiries made to RTHK``, ``Complaints against RTHK
#: lodged with the Broadcasting Authority``), those of them that asked something of it
#: (``Enquiries which required follow-up action``), or passengers as they arrive or pass
#: screening (``Passengers Screened``); not what others are referred to, nor what is
#: made or filed with no word of whom to (``calls made``, ``cases filed``: the plan's own
#: work as well).
_COMES_IN = LazyPattern(
    r"\b(?:(?:incoming|in-coming|inbound) (?:[\w-]+ ){0,2}?" + _DEMAND + r"\b|" + _DEMAND
    + r" (?:(?!(?:who|which|that|whose|and|or) )[\w&'-]+ ){0,4}?(?:received|lodged|"
    r"made (?:to|against)|filed (?:with|against))\b|" + _DEMAND
    + r" (?:which|that) (?:required?|requires|needed)\b|passengers? (?:screened|arriving|"
    r"arrived)\b|arriving passengers\b)",
    needs=("coming", "inbound", "received", "lodged", "made ", "filed ", "requir", "needed",
           "passenger"))
#: Words that make a title about demand a rate or share of it, a standard of time it is
#: met in, a change to bring about, or what the service's work on it found or achieved
#: (``Complaints lodged with the Broadcasting Authority found to be breaches``,
#: ``complaints received resolved``): levels a plan aims at.
_NOT_VOLUME = frozenset((
    "%", "percent", "percentage", "rate", "share", "proportion", "ratio", "per", "within",
    "time", "times", "days", "hours", "found", "upheld", "substantiated", "resolved",
    "closed", "answered", "responded", "handled", "processed", "investigated", "followed",
    "fewer", "less", "more", "reducing", "increasing", "decreasing", "lowering",
    *_RISE, *_FALL, *_CHANGES,
))


def counts_demand(metric: Metric) -> bool:
    """Whether a metric is a volume of the demand that comes to a service from outside
    (see ``_COMES_IN``: ``Complaints received``, ``incoming calls``, ``Applications
    received``, ``Passengers Screened``), counted as it comes, with no direction, no rate
    or share, and nothing in its words the service's work does to it (``complaints
    resolved``, ``calls answered within 20 seconds``) nor a change to bring about: the
    figure is what others bring, a measure a plan watches beside its standards and does
    not set a level for, as ``Complaints received`` is the format's own ``indicator``."""
    if metric.direction in ("increase", "decrease") or "%" in (metric.unit or ""):
        return False
    words = [word.rstrip(".;,") for word in _metric_words(metric)]
    return _NOT_VOLUME.isdisjoint(words) and _COMES_IN.search(" ".join(words)) is not None


#: Documents others write and send in, each when it is done: plans, reports, strategies,
#: proposals, submissions (not applications, which a service answers: ``_DEMAND``).
_SENT_DOCUMENTS = r"(?:plans|reports|strategies|proposals|submissions)"
#: Up to six words that name whose documents they are (``State/Territory 5-Year
#: Broadband Action``), none of them a preposition: ``Receive technical support for
#: plans`` receives support, not plans.
_NAMING = r"(?:(?!(?:for|of|on|to|with|about|in|into|from|by)\s)[\w/&'\u2019.-]+\s+){0,6}?"
#: Wording that says the plan's body receives such documents: it opens with ``Receive``
#: before them (``Receive State/Territory 5-Year Broadband Action Plans``), or counts them
#: as received (``Number of county plans received``).
_RECEIVES = LazyPattern(
    r"^(?:receive\s+" + _NAMING + _SENT_DOCUMENTS + r"\b|(?:total\s+)?"
    r"(?:number|#)\s+of\s+" + _NAMING + _SENT_DOCUMENTS + r"\s+received\b)",
    re.IGNORECASE, needs=("receive",))


def receives_documents(metric: Metric) -> bool:
    """Whether a metric counts documents others write and send in (its title or
    description opens with ``Receive`` before them: ``Receive State/Territory Digital
    Equity Plans``, or counts them as received: ``Number of county plans received``),
    in whole numbers and not in percent: each arrives when its author completes it, at
    a time the author sets, not at a pace the plan's work keeps."""
    if "%" in (metric.unit or "") or not whole_figures(metric):
        return False
    return any(_RECEIVES.match(" ".join((text or "")[:MAX_WORDED].split())) is not None
               for text in (metric.title, metric.description))


def _doing_named(words: list[str]) -> bool:
    """Whether the things a count names are followed at once by what they do in the work
    counted (``participants attending extension programs``, ``students completing the
    course``; see ``_COUNTED``): after ``Number of``, people taking part in it."""
    head = _head(words)
    return head is not None and words[head + 1:head + 2] != [] \
        and words[head + 1].endswith("ing") and words[head + 1] in _COUNTED


def makes_one(metric: Metric, measure: Measure) -> bool:
    """Whether a metric is a count of one thing to make or get (``Create one meetup in a
    box``, ``Add 1 full time rust developer``): its wording reads as a count and every
    figure it aims at is 1, and nothing says it is one of each of a group (``1 blog post
    for each project``). Like a milestone, it is done or not: there is no level to read,
    only the thing, there or not."""
    final = final_target(metric)
    aim = final[0].value if final is not None else measure.target
    return measure.kind == "count" and aim == 1 and measure.target in (None, 1) \
        and _ALL_OF.isdisjoint(_metric_words(metric))


#: People's views gathered in their own words, named as the measure: feedback,
#: testimonials, anecdotes, stories, interviews, focus groups, surveys, or data or
#: information called qualitative (``Feedback on the usefulness of information``,
#: ``patient experience surveys``, ``Annual survey``), the head of the title after at most
#: three words, ending it or followed by what the views are of, from or about, or how they
#: are gathered (not things counted as they come in: ``Comments received``).
_VIEWS = LazyPattern(
    r"(?:[\w'/-]+ ){0,3}?(?:feedback|testimonials?|anecdotes|stories|interviews"
    r"|focus groups?|surveys?|qualitative (?:data|information|evidence|feedback))"
    r"(?:$| (?:on|of|from|about|during|after|through|by|that|which|provided|collected"
    r"|gathered)\b)")
#: Words that name a figure read from such views (``Customer satisfaction survey``).
_FIGURE_OF_VIEWS = frozenset(("satisfaction", "satisfied", "rating", "ratings", "results",
                              "response", "responses", "number", "nps"))


def gathers_views(metric: Metric, measure: Measure) -> bool:
    """Whether a metric names people's views gathered in their own words as what it
    measures (see ``_VIEWS``: ``Feedback on the usefulness of information provided on
    website``, ``patient experience surveys``) and nothing reads a figure from them: its
    kind is not given and nothing in its wording tells one, no rate, score, satisfaction
    or number is named (unless it calls them qualitative: ``Qualitative data that
    indicates patron satisfaction``), and it has no unit and no figure in its fields.
    Qualitative evidence, read for what it says: there is no level for a target to set."""
    if measure.said or measure.told or measure.kind != "level" or metric.unit is not None \
            or _has_figures(metric):
        return False
    words = _metric_words(metric)
    text = " ".join(words)
    return ("qualitative" in words or (_FIGURE_OF_VIEWS.isdisjoint(words)
                                       and not _RATE.search(text))) \
        and _VIEWS.match(text) is not None


#: A test, assessment or examination named by its proper name after ``on the`` or ``in
#: the`` (``proficient in Reading on the Ohio State Test (OST)``, a board goal's measure):
#: the test the figures are results of, as a named survey is the survey's; not a test
#: named by a bare acronym or a common noun (``% of Advanced Placement Tests taken``,
#: ``on the assessment``).
_NAMED_TEST = LazyPattern(
    r"\b(?:on|in) the (?:[A-Z][\w'-]* ){1,5}(?:Test|Assessment|Exam|Examination)s?\b",
    needs=("Test", "Assessment", "Exam"))


def names_instrument(title: str) -> bool:
    """Whether a title names the survey, rating or index its figures come from by its
    publisher's name (``SOCITM Better Connected accessibility rating``), or the test or
    assessment they are results of by its proper name (``proficient in Reading on the Ohio
    State Test (OST)``, see ``_NAMED_TEST``): the source of the figures, published on that
    body's timetable."""
    return bool(_NAMED_INSTRUMENT.search(title)) or _NAMED_TEST.search(title) is not None


#: A pupils' result that a school year's statutory assessment gives once a year: an
#: end-of-key-stage assessment or the early years profile (``KS2 Writing``, ``Key Stage
#: 4``, ``end of EYFS``), the year 1 phonics screening check, a graduation cohort's rate
#: (``4-year graduation cohort``, ``cohort graduation rate``).
_SCHOOL_YEAR_RESULT = LazyPattern(
    r"\b(?:KS[1-5]|Key Stage [1-5]|EYFS|Phonics screening|graduation cohort|"
    r"cohort graduation)\b", re.IGNORECASE,
    needs=("ks", "key stage", "eyfs", "phonics", "cohort"))


def yearly_by_instrument(title: str) -> bool:
    """Whether a title names pupils' results of an assessment sat once each school year:
    a state test by its proper name (``proficient in Reading on the Ohio State Test
    (OST)``, see ``_NAMED_TEST``), an end-of-key-stage or early years assessment, the
    phonics screening check, a graduation cohort's rate (see ``_SCHOOL_YEAR_RESULT``).
    The instrument reads the measure once a year, when the year's results are out; how
    often to read it is not the plan's to choose."""
    return _NAMED_TEST.search(title) is not None or bool(_SCHOOL_YEAR_RESULT.search(title))


#: The code-analysis services and linters a software project reads its code-quality
#: figures from, by name (``CodeClimate``, ``Scrutinizer``, ``Pylint``, ``SonarQube``).
_ANALYSERS = ("code climate", "codeclimate", "scrutinizer", "pylint", "flake8", "eslint",
              "sonarqube", "sonarcloud", "coverity", "codecov", "coveralls", "codacy",
              "deepsource")
#: A service or linter of them, by its name.
_ANALYSER = LazyPattern(r"\b(?:" + "|".join(_ANALYSERS) + r")\b", re.IGNORECASE,
                        needs=_ANALYSERS)
#: The figures such a tool reports: issues, code smells, duplication, technical debt, a
#: score, grade or rating, coverage, warnings, alerts or findings.
_CODE_FIGURE = LazyPattern(
    r"\b(?:issues?|smells?|duplications?|debt|scores?|grades?|ratings?|coverage|warnings?|"
    r"alerts?|findings?|maintainability)\b", re.IGNORECASE)


def names_analyser(title: str) -> bool:
    """Whether a title names the code-analysis service or linter that computes its figure,
    with a figure such a tool reports (see ``_ANALYSERS`` and ``_CODE_FIGURE``:
    ``CodeClimate: 0 issues``, ``Pylint: 0 issues``): the tool is the measure's source,
    as a survey's name is."""
    return _ANALYSER.search(title) is not None and _CODE_FIGURE.search(title) is not None


#: How a measure's figures are read, named in its wording by the kind of instrument:
#: scores of a test or assessment (``Trainee test scores based on assessments at entry and
#: completion``), a figure based on tests, assessments or surveys, or a check made with
#: decoys, mystery shoppers or test purchases (``Percentage of licensees who refuse to
#: sell to minor decoys``), or a benchmark of cases the figure is computed on (``success
#: simulating a curated PDB benchmark of modified proteins``, a ``benchmark set``; not a
#: reference level, ``benchmark concentration``).
_MEANS_NAMED = LazyPattern(
    r"\b(?:(?:test|assessment|exam|examination) scores?|based on "
    r"(?:[\w'-]+ ){0,3}?(?:assessments?|tests?|exams?|examinations?|surveys?|"
    r"questionnaires?)|decoys?|mystery shop(?:pers?|ping)|test purchases?|"
    r"benchmarks?(?: (?:set|suite|dataset)s?)? of|benchmark (?:set|suite|dataset)s?)\b",
    needs=("score", "based on", "decoy", "mystery shop", "test purchase", "benchmark"))
#: Verbs of people rating something themselves (``attendees who ranked the usefulness``).
_RATED = frozenset(("rated", "ranked", "rating", "ranking", "scored", "scoring"))
#: How many words before ``on a scale`` may say who rated what (``attendees who ranked the
#: usefulness of DPSST criminal justice regional training courses at or above 6``).
_RATED_WINDOW = 16


#: A survey, census or questionnaire named as what a measure's figures are read from, at
#: the head of its title after at most three words that say whose or of what: the figure
#: read from it next (``Engagement surveys results``, ``Customer satisfaction survey
#: score``, ``Census population``) or after a colon (``Staff survey: share who would
#: recommend us``). Not a survey counted or done (``Percentage of surveys with up-to-date
#: metadata``, ``% of patients who complete the survey``), nor a word that names no
#: instrument (``Customer satisfaction``).
_SURVEY_HEAD = LazyPattern(
    r"^(?:[\w'&/-]+ ){0,3}?(?:surveys?|census(?:es)?|questionnaires?)"
    r"(?: ?:| (?:results?|scores?|ratings?|index|data|findings|population)\b)",
    re.IGNORECASE, needs=("survey", "census", "questionnaire"))
#: A survey or census named by its proper name after ``on the`` or ``in the`` (``Improve
#: role satisfaction score from 86% to 88% on the Best Companies Survey``), as a test is
#: (see ``_NAMED_TEST``).
_SURVEY_ON = LazyPattern(r"\b(?:on|in) the (?:[A-Z][\w'&-]* ){1,5}(?:Survey|Census)\b",
                         needs=("Survey", "Census"))


def names_means(metric: Metric) -> bool:
    """Whether a metric's wording names the kind of instrument its figures are read from
    (see ``_MEANS_NAMED``: a test or assessment scored, a decoy check, a benchmark of
    cases the figure is computed on), or says that
    people rated something themselves on a scale (``Percentage of attendees who ranked
    the usefulness of … courses at or above 6 on a scale of 1-7``): its figures are that
    instrument's results, and the title names their source as a survey's name would;
    not a scale alone, with nobody rating on it (``average score of proceedings measured
    on a 1-to-3 scale``). So does a title opened by the survey, census or questionnaire it
    is read from, with the figure read from it (see ``_SURVEY_HEAD``: ``Engagement surveys
    results``, ``Staff survey: share who would recommend us``; not after a verb of the
    organisation's own work), or that names the survey by its name after ``on the`` (see
    ``_SURVEY_ON``: ``… on the Best Companies Survey``)."""
    words = _metric_words(metric)
    if _MEANS_NAMED.search(" ".join(words)):
        return True
    title = worded(metric.title)
    if (_SURVEY_HEAD.match(title) and _starts_with(words, _OWN_WORK_VERBS) is None) \
            or _SURVEY_ON.search(title):
        return True
    return any(word == "scale" and words[at - 2:at] == ["on", "a"]
               and not _RATED.isdisjoint(words[max(0, at - _RATED_WINDOW):at])
               for at, word in enumerate(words))


#: A title that is only the name of the record a piece of work keeps of what it does, or
#: of the data its evidence is read from: a few words that say what the record holds,
#: then ``notes``, a ``log``, ``minutes``, ``letters``, a ``sign-in sheet``, ``records``,
#: ``data`` or ``numbers``, and at most who provides it or the year it covers (a campus
#: improvement plan's "Evidence that Demonstrates Success": ``Drug dog visit log``,
#: ``Safety day notes``, ``AVID enrollment numbers for 2015``, ``Special Ed data provided
#: by Greer``).
_RECORD_NAMED = LazyPattern(
    r"^(?:(?:(?!(?:for|to|from|of|with|on|in|by|at|as|the|a|an)\b)[\w'&/-]+,?|and) ){0,5}?"
    r"(?:notes|logs?|minutes|letters|sign[- ]in sheets?|records|data|numbers)"
    r"(?: provided by [\w' .&-]{1,40}| (?:for|during|in) [\w' -]*\b(?:19|20)\d\d\b[\w' -]*)?$",
    re.IGNORECASE,
    needs=("notes", "log", "minutes", "letters", "sheet", "records", "data", "numbers"))
#: A year a record's name may give for the period it covers (``for 2015``).
_YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")


def names_record(metric: Metric) -> bool:
    """Whether a metric's title is only the name of the record or data its evidence is
    read from (see ``_RECORD_NAMED``: ``Drug dog visit log``, ``E High Data``,
    ``Enrollment numbers during 2015 registration process``), with no figure but a year
    and no count, share or verb opening it (not ``Numbers of staff who have completed…``,
    ``Route lab data for…``, ``Submit minutes for…``): the title names where the measure
    is read, as a survey's name does."""
    title = " ".join((metric.title or "").split()).rstrip(".")
    if _RECORD_NAMED.match(title) is None \
            or any(character.isdigit() for character in _YEAR.sub("", title)):
        return False
    words = _metric_words(metric)
    return _starts_with(words, (*_OWN_WORK_VERBS, *_RISE, *_FALL, *_CHANGES, "number of",
                                "numbers of", "more", "less", "fewer")) is None


#: The words a financial statement opens its income lines with: the money an organisation
#: takes in (``Income from all sources``, ``Income: GitHub Sponsors``, ``Donations In``).
_INCOME_WORDS = frozenset(("income", "revenue", "revenues", "donations", "donation",
                           "receipts", "sponsorship", "sponsorships", "gifts", "fundraising"))
#: A unit in money: a bare ISO 4217 code (``USD``, ``EUR``) or a currency sign.
_MONEY_UNIT = LazyPattern(r"[A-Z]{3}|[$€£¥]")


def names_income(metric: Metric) -> bool:
    """Whether a metric states, in money (a currency code or sign for its unit), the
    money its organisation takes in: its title opens with a financial statement's word
    for it (see ``_INCOME_WORDS``: ``Income from all sources``, ``Donations In``)."""
    words = _metric_words(metric)
    return bool(words) and words[0] in _INCOME_WORDS and metric.unit is not None \
        and _MONEY_UNIT.fullmatch(metric.unit.strip()) is not None


#: A target in words that is a growth rate for each period (``+10% per month``, ``+ 20%
#: per month``, ``5% month-on-month``, ``grow 3% each week``): the period it names.
_GROWTH_EACH = LazyPattern(
    r"^(?:(?:grow(?:th)?|increase|rise)(?: of| by)? )?[+\u2212-]?\s?\d+(?:[.,]\d+)?\s?%"
    r"(?: (?:growth|increase|rise))? (?:(?:per|a|each|every) (?P<per>day|week|month|quarter|"
    r"year)|(?P<on>day|week|month|quarter|year)[- ](?:on|over)[- ](?P=on))\W*$",
    re.IGNORECASE, needs=("day", "week", "month", "quarter", "year"))
#: The cadence that reads a measure once each period such a rate names.
_CADENCE_OF = {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly",
               "year": "annual"}


def grows_each_period(metric: Metric) -> bool:
    """Whether every target a metric sets is, in words only, a growth rate for each period
    (see ``_GROWTH_EACH``: ``Homepage visits: +10% per month``), the metric read at that
    period's cadence or at none stated: each period's reading is judged against the one
    before it, so no fixed start is asked (a growth to reach over the plan, ``Grow
    membership by 20%``, still asks one)."""
    targets = [target for target in (metric.target, *metric.targets) if target is not None]
    if not targets:
        return False
    for target in targets:
        if target.value is not None or target.change is not None or not target.text:
            return False
        found = _GROWTH_EACH.search(" ".join(target.text[:200].split()))
        if found is None:
            return False
        period = (found.group("per") or found.group("on")).lower()
        if metric.calendar not in (None, _CADENCE_OF[period]):
            return False
    return True


#: Money brought in from investors or backers within a period, as a measure names it:
#: capital, investment or funds raised (``Values-aligned capital``, ``Seed capital``,
#: ``Funds raised``, ``Investment secured``); not a stock the organisation holds
#: (``Working capital``, ``Share capital``) or spends (``Capital expenditure``).
_RAISED = LazyPattern(
    r"^(?:(?!working |share |human |social |natural |fixed |physical |capital )"
    r"[\w-]+ ){0,2}capital$"
    r"|^(?:[\w-]+ ){0,3}(?:capital|investment|funds|funding) (?:raised|secured|committed)$",
    re.IGNORECASE, needs=("capital", "investment", "funds", "funding"))


def names_money_raised(metric: Metric) -> bool:
    """Whether a metric, in money (a currency code or sign for its unit), names money
    raised from investors or backers (see ``_RAISED``: ``Values-aligned capital``,
    ``Funds raised``): an amount brought in within the period it is set for, from none
    when the period begins, as a year's capital round is counted."""
    return metric.unit is not None and _MONEY_UNIT.fullmatch(metric.unit.strip()) is not None \
        and _RAISED.search(" ".join(_metric_words(metric))) is not None


def names_deliverable(text: str) -> bool:
    """Whether a title names a deliverable, done or not (``Open the new depot``,
    ``Launch of the portal``), as a metric's wording is read for a milestone."""
    return _delivers(_title_words(text))


#: A thing said to be ready or running, in the title's last words (``Trust Center ready for
#: customers``, ``Portal up and running``).
_READY = LazyPattern(r"\b(?:ready for|in production|up and running)\b",
                     needs=("ready", "production", "running"))
#: A sentence that states when a goal is done (``We will know this is done when…``,
#: ``Done when…``, ``Definition of done:``): the goal is a deliverable, its done-when
#: sentence the test of it.
_DONE_WHEN = LazyPattern(r"\b(?:(?:know|consider) (?:this|it) (?:is )?done when|done when|"
                         r"definition of done)\b", re.IGNORECASE, needs=("done",))


def says_done(text: str) -> bool:
    """Whether a goal's title names one thing in its finished state, as a milestone's
    title that ends by saying the thing is done is read (``Datum Compute Live``, ``Alt
    Cloud Accelerator Launched``, ``Trust Center ready for customers``): no figure, and the
    thing in the singular (``Projects completed`` counts things); not a state of people or
    of a level (``Customers delighted``, ``Revenue growing``), which no ending of
    delivery names."""
    words = _title_words(text)
    if _quantities(words):
        return False
    ready = _READY.search(" ".join(words))
    if ready is not None:
        head = " ".join(words)[:ready.start()].split()
    else:
        ending = next((parts for _, parts in _by_word(_DONE_ENDINGS, -1).get(
            words[-1] if words else "", ()) if words[-len(parts):] == parts), None)
        if ending is None:
            return False
        head = [word for word in words[:-len(ending)] if word not in _DONE_ADVERBS]
    return bool(head) and not _plural(head[-1])


def defines_done(text: str) -> bool:
    """Whether a text states when its goal is done (see ``_DONE_WHEN``: ``We will know
    this is done when…``)."""
    return _DONE_WHEN.search(text) is not None


#: A goal that asks to set up or start one body, programme, campaign or system, or to make
#: and put out one model or survey (``Develop an Ambassador Program``, ``Establish a working
#: group for…``, ``Begin preparation for the marketing campaign``, ``Create and publish a
#: Maturity Model``, ``Build out and run OSPO Survey 2022``): set up or begun, or not.
_SETS_UP = LazyPattern(
    r"^(?:(?:develop|create|establish|launch|build(?: out)?|set up|introduce|prototype|form|"
    r"stand up)(?: and (?:publish|launch|run|release))? (?:(?:an?|the) )?"
    r"|(?:begin|start|kick off) \S+ (?:for|of|on) the )(?:\S+ ){0,4}?"
    r"(?:program|programme|campaign|working group|council|committee|board|forum|system|"
    r"model|survey)\.?(?:\s\d{4})?"
    r"(?=$| (?:to|for|that|which|with|in|and)\b|,)",
    needs=("program", "campaign", "working group", "council", "committee", "board", "forum",
           "system", "model", "survey"))


#: A goal that asks to set up one body by taking on a legal form (``Incorporate as a
#: non-profit entity``, ``Register as a charity``), or to start one event by holding its
#: first edition (``Host first OSPOCon in APAC``, ``Hold our inaugural summit``): done or
#: not, once; not events counted (``Host the first 3 meetups``) nor in the plural.
_STARTS_ONE = LazyPattern(
    r"^(?:(?:re)?incorporate|register) as (?:an?|the) (?:\S+ ){0,3}?(?:entity|organi[sz]ation|"
    r"corporation|company|charity|foundation|association|society|cooperative|co-op|trust|"
    r"non-?profit|nonprofit)(?=$| (?:in|under|with|to|for|and)\b)"
    r"|^(?:host|hold|organi[sz]e|run|convene|stage) (?:(?:the|our|its|an?) )?(?:first|inaugural) "
    r"(?!\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|few|several)\b)"
    r"(?:\S+ ){0,3}?(?P<head>[a-z][a-z-]*)(?=$| (?:in|at|for|to|of|with|on|and)\b)",
    needs=("incorporate", "register", "first", "inaugural"))


#: Verbs that renew a thing already there (``Modernize the website with…``).
_RENEW = ("modernize", "modernise", "redesign", "rebuild", "refresh", "upgrade", "update",
          "revamp", "overhaul")


def sets_up_one(text: str) -> bool:
    """Whether a goal's title asks to set up or start one body, programme, campaign or system,
    named in the singular (``Develop an Ambassador Program``, ``Establish a working
    group for…``, ``Begin preparation for the "PHP Next" marketing campaign``), or to
    renew one thing work produces and lists the parts it delivers after ``with``
    (``Modernize PHP's website with updated downloads page, documentation, and
    homepage``): a deliverable, done or not (or done in part, part by part), like a
    milestone; not a quality to build (``Build a strong inclusion work environment``)
    nor a thing renewed with no parts listed (``Update the website``). So is a goal to set
    up one body by taking on a legal form (``Incorporate as a non-profit entity``) or to
    start one event by holding its first edition (``Host first OSPOCon in APAC``), see
    ``_STARTS_ONE``: incorporated or held, or not; not events counted or in the plural."""
    words = _title_words(text)
    if _SETS_UP.match(" ".join(words)):
        return True
    started = _STARTS_ONE.match(" ".join(words))
    if started is not None:
        return started.group("head") is None or not _plural(started.group("head"))
    if _starts_with(words, _RENEW) is None or "with" not in words:
        return False
    at = words.index("with")
    parts = words[at + 1:]
    return at > 1 and words[at - 1] in _ARTEFACTS and len(parts) > 2 and (
        "and" in parts[1:-1] or "," in text.split(" with ", 1)[-1])


#: A goal that asks to take one decision (``Identify the breakdown of revenue types that
#: is sustainable for us``, ``Select a site for the depot``): a verb of deciding, then one
#: thing, named in the singular, before what it is of or for.
_DECIDES = LazyPattern(
    r"^(?:identify|define|decide(?: on)?|choose|select|determine|agree(?: on)?) "
    r"(?:an?|the|our) (?:[a-z-]+ ){0,2}?(?P<head>[a-z-]+)(?= (?:of|for|that|which|to)\b|$)",
    needs=("identify", "define", "decide", "choose", "select", "determine", "agree"))


def decides_one(text: str) -> bool:
    """Whether a goal's title asks to take one decision: to identify, define, choose or
    determine one thing, named in the singular (``Identify the breakdown of revenue types
    that is sustainable for us``): taken or not, like a deliverable; not a search for
    many things (``Identify the needs of communities``)."""
    decided = _DECIDES.match(" ".join(_title_words(text)))
    return decided is not None and not _plural(decided.group("head"))


#: The work a count names before the things it is done to: the deliverables it makes
#: (``Completion of formalized governance agreements``) or the things it supports
#: (``support for EU policy documents``).
_DELIVERING = (*_DELIVERABLE_NOUNS, "support for", "support to")
#: A word before that work that says how often it is done (``Regular publication of…``).
_HOW_OFTEN = _FREQUENCIES | {"regular"}


def delivers_many(metric: Metric) -> bool:
    """Whether a metric counts deliverables its title names in the plural after the
    work that makes them (``Completion of formalized governance agreements``, target
    35), or the things the work supports (``support for EU policy documents``, target
    900), or counts the copies or issues of what it publishes (``Publication of Package
    of Practices``, 3,000 a year), the work named first or after one word that says who
    does it, an acronym, or how often (``EEA support for…``, ``Regular publication
    of…``): each of its targets is a whole number above one, so its figures count those
    things, which are its unit; one deliverable (target 1) is done or not."""
    title = strip_label(metric.title or metric.name or "")
    words = _title_words(title)
    if words[:1] and (words[0] in _HOW_OFTEN or _acronym(title)):
        words = words[1:]
    opening = _starts_with(words, _DELIVERING)
    values = [target.value for target in (metric.target, *metric.targets)
              if target is not None]
    return opening is not None and bool(values) and all(
        value is not None and value > 1 and float(value).is_integer() for value in values
    ) and (opening == "publication of"
           or any(_plural(word) for word in _noun_phrase(words, len(opening.split()) - 1)))


def _acronym(title: str) -> bool:
    """Whether a title opens with an acronym, a word of two or more capitals (``EEA
    support for…``): the name of who does what the title names."""
    first = title.split(maxsplit=1)[0] if title.strip() else ""
    return len(first) > 1 and first.isalpha() and first.isupper()


def _work_names_things(words: list[str]) -> bool:
    """Whether a piece of work's title is only the work and the things it handles, in the
    plural, ending the title: a verb (or two joined by ``and``) before them (``Translate
    documents``, ``Subtitle videos``, ``Translate and revising terms``), or the work named
    by an ``-ing`` noun and ``of`` (``Full post-editing of documents``); not a change of a
    level (``Reduce emissions``), an amount (``savings``), people (of whom a share may be
    meant) nor a span of time (``days``)."""
    if len(words) < 2 or _starts_with(words, _RISE + _FALL + _CHANGES + _LEVEL_START) \
            is not None:
        return False
    noun = words[-1]
    if not _plural(noun) or len(noun) <= 3 or noun in _AMOUNTS or noun in _PERSONS \
            or noun in _NOT_PLURAL or noun.removesuffix("s") in _TIME_UNITS:
        return False
    if "of" in words:
        at = words.index("of")
        work, things = words[:at], words[at + 1:]
        done = 0 < len(work) <= 2 and work[-1].endswith("ing")
    else:
        verbs = 3 if words[1:2] == ["and"] else 1
        work, things = words[:verbs], words[verbs:]
        done = not any(_plural(word) for word in work)
    return done and 0 < len(things) <= _PHRASE_REACH and all(
        word.replace("-", "").isalpha() and word not in _PHRASE_ENDS for word in things) \
        and not any(_plural(word) for word in things[:-1] if word != noun)


def counts_work_output(plan: Plan, metric: Metric) -> bool:
    """Whether a measure of a piece of work (see :func:`measures_work`) whose own title
    names nothing it counts (no plural: an action's ``expected output``) counts the things
    the work's title names (see :func:`_work_names_things`: ``Translate documents``,
    ``Subtitle videos``), as an agency's work programme lists each action with its
    expected output, 454 760 for ``Translate documents``: every figure it states is a
    whole number of at least 0, so its figures count those things, which are its unit."""
    if any(_plural(word) for word in _metric_words(metric)) \
            or not measures_work(plan, metric):
        return False
    values = _figures(metric)
    if not values or not _whole(values):
        return False
    return any(_work_names_things(_title_words(work.title or work.name or ""))
               for work in plan.referrers(metric, "metrics", Initiative))


#: Past participles that say a programme's own work made or delivered the things a
#: measure counts (``tools and systems developed/enhanced``, ``training provided to
#: staff``, ``investments administered by``, ``drills completed``): its outputs.
_OUTPUT_DONE = frozenset((
    "developed", "enhanced", "established", "provided", "administered", "hosted", "held",
    "produced", "delivered", "published", "issued", "built", "created", "completed",
    "implemented", "supported", "conducted", "organised", "organized", "sent", "onboarded",
    "launched", "prepared", "designed", "drafted"))
#: How many words the things a count names may take before what was done to them.
_OUTPUT_REACH = 10


def counts_deliverables(plan: Plan, metric: Metric) -> bool:
    """Whether a process measure of a piece of work (see :func:`measures_work`) counts
    what that work makes or delivers: the things, then at once a participle of making or
    delivering (``_OUTPUT_DONE``, each part of ``developed/enhanced`` read), no
    preposition or clause before it (``Climate-informed decision-making tools and systems
    developed/enhanced``, ``Number of drills and/or education sessions completed``,
    ``Training provided to staff``; not ``Feedback on information provided``), in whole
    figures, with no rate, no harm and nothing that befell anyone: a results framework's
    output indicator, read from the records of the work that produced the outputs."""
    if not measures_work(plan, metric):
        return False
    words = [part for word in _metric_words(metric) for part in word.split("/")]
    text = " ".join(words)
    if _RATE.search(text) or _RATE.search(metric.unit or "") or _harms(text) \
            or not _whole(_figures(metric)) or not _BEFELL.isdisjoint(words):
        return False
    if words[:2] == ["number", "of"]:
        words = words[2:]
    for position, word in enumerate(words[:_OUTPUT_REACH]):
        if word in _OUTPUT_DONE:
            return position > 0
        if word in _ABOUT or word in _WHO or not word.replace("-", "").isalpha():
            return False
    return False


#: Names of a magnitude rather than of things counted (``90th percentile length of stay``,
#: ``Volume of water recuperated``, ``Waste by volume``): a figure of performance, even in
#: whole numbers.
_MAGNITUDES = frozenset(("percentile", "length", "volume", "duration", "time", "size",
                         "weight", "amount", "value", "level", "capacity", "speed"))


def counts_work_read(plan: Plan, metric: Metric) -> bool:
    """Whether a process measure of a piece of work (see :func:`measures_work`) counts
    what that work has done and the plan already reports it read: the things counted
    named in the plural, every figure a whole number, and no rate, harm, magnitude or
    sum of money named (not ``Mobile coverage of the population``; ``Classrooms that
    receive learning materials``, 0 then 8,000; ``# of custom reports/dashboards``, 16
    against 3), as a results report's intermediate indicators are reported by the
    project that produces them. Its readings come from the work's own records; a
    framework not yet read (a logframe at design, whose means of verification are still
    to be set) is not read so."""
    if not metric.actuals or not measures_work(plan, metric) \
            or not whole_figures(metric):
        return False
    words = [part for word in _metric_words(metric) for part in word.split("/")]
    text = " ".join(words)
    return any(_plural(word) and word not in _NOT_PLURAL for word in words) and not (
        _RATE.search(text) or _RATE.search((metric.unit or "").lower()) or _harms(text)
        or "$" in worded(metric.title, metric.unit)
        or not _MAGNITUDES.isdisjoint(words) or not _AMOUNTS.isdisjoint(words))


def delivers_in_words(plan: Plan, metric: Metric) -> bool:
    """Whether a process measure of a piece of work (see :func:`measures_work`) states no
    figure and its target, in words only, names a deliverable (``An implementation
    workplan will be completed by March 2026``, ``Project Phases 4 & 5 complete``): done
    or not, with nothing to read from a data system."""
    target = metric.target
    return target is not None and target.text is not None and not _figures(metric) \
        and not metric.targets and measures_work(plan, metric) \
        and names_deliverable(target.text)


#: A formula that divides a count of things of one kind by the count of all of them
#: (``LQR = #[Qualified Leads] / #[Leads]``, ``= completed tasks / tasks``): the part's
#: name, then the whole's, each a few words, in brackets or not.
_SHARE_FORMULA = LazyPattern(
    r"=\s*(?:#|number of\s)?\s*\[?(?P<part>[A-Za-z][A-Za-z' -]{0,60}?)\]?\s*/\s*"
    r"(?:#|number of\s)?\s*\[?(?P<whole>[A-Za-z][A-Za-z' -]{0,60}?)\]?(?=[\s.,;)]|$)",
    re.IGNORECASE)


#: A title that opens by naming a share in percent of something: ``Percentage of
#: disputes mediated within statutory deadlines``, ``% of claims``.
_PERCENT_OF = LazyPattern(r"(?:percent(?:age)?|per cent|%) of\b", re.IGNORECASE)


def in_fractions(metric: Metric) -> bool:
    """Whether every figure a metric states is from 0 to 1, one of them between: a share
    written as a fraction, where the plan writes its shares so (see
    :func:`shares_as_fractions`)."""
    values = _figures(metric)
    return bool(values) and all(0 <= value <= 1 for value in values) \
        and any(0 < value < 1 for value in values)


def shares_as_fractions(metrics: Sequence[Metric]) -> bool:
    """Whether a plan writes its shares as fractions: of its measures that state no unit
    and whose title opens by naming a percentage of something, none states a figure above
    1 and two or more state one between 0 and 1 (``Percentage of disputes facilitated
    that meet service standards``, target 0.80, read 0.74), as a results report's data
    gives them."""
    named = [metric for metric in metrics if metric.unit is None
             and _PERCENT_OF.match(worded(metric.title).lstrip())]
    return sum(1 for metric in named if in_fractions(metric)) >= 2 \
        and all(0 <= value <= 1 for metric in named for value in _figures(metric))


def defines_share(metric: Metric) -> bool:
    """Whether a metric's title or description defines it by a formula that divides the
    things of one kind by all of them (``LQR = #[Qualified Leads] / #[Leads]``: the part
    names the whole's things, with more words before them), and every figure it states is
    from 0 to 1: a share of the whole as a fraction, whose unit the formula states."""
    values = [m.value for m in (metric.baseline, metric.target, *metric.targets)
              if m is not None and m.value is not None]
    values += [actual.value for actual in metric.actuals if actual.value is not None]
    if not values or not all(0 <= value <= 1 for value in values):
        return False
    for text in (metric.title, metric.description):
        for found in _SHARE_FORMULA.finditer(worded(text)):
            part, whole = _words(found.group("part")), _words(found.group("whole"))
            if whole and len(part) > len(whole) and part[-len(whole):] == whole:
                return True
    return False


_YEARLY_STEP = LazyPattern(
    r"\bby\s+(?!(?:19|20)\d\d\b)(?:about\s+|around\s+|at\s+least\s+)?[$£€]?\d[\d,.]*"
    r"(?:[kmb]n?\b)?\s*(?:%|percent\b|"
    r"per\s?cent\b)?(?:\s+[a-z-]+){0,2}?\s+(?:(?:each|every|per|a)\s+(?:(?:fiscal|financial|"
    r"academic|calendar|school)\s+)?year|annually|per\s+annum|year[- ](?:on|over)[- ]year)\b",
    re.IGNORECASE)


def steps_yearly(text: str | None) -> bool:
    """Whether a measure's wording sets its target as a change by a stated amount each
    year (``Increase outreach and engagement activities by 10% each year``, ``cut
    emissions by 5 percent per year``): a step for every year, to be read each year."""
    return bool(_YEARLY_STEP.search(worded(text)))


def says_none(text: str | None) -> bool:
    """Whether a value stated in words says there is none (``No target will be set for
    this indicator``, ``N/A``, ``To be determined``, ``Data not available``): a
    placeholder, not a value."""
    return text is not None and bool(_NONE_GIVEN.match(text))


def reports_done(metric: Metric) -> bool:
    """Whether a metric's title says a thing is done (``Baseline satisfaction score is
    established``) and its figures can mean only done or not (see :func:`_binary`): the
    figures report a deliverable, even where the title names it by a score."""
    text = " ".join(_metric_words(metric))
    return bool(_SAID_DONE.search(text)) and _binary(metric)


def measures_work(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is a process measure of a piece of work: an initiative lists it,
    no goal does, and its wording does not ask a level to move (``# of screening
    events``, ``% of discharges with a follow-up call``, but not ``Increase the number of
    partner organisations``). Such a measure starts when the work starts."""
    words = _metric_words(metric)
    return not metric_goals(plan, metric) and bool(
        plan.referrers(metric, "metrics", Initiative)) and _starts_with(
        words, _RISE + _FALL + _CHANGES) is None


#: Verbs of ongoing work that open a commitment as well as the verbs of delivery, doing
#: and moving a level do (``continue to offer support``, ``use the spend controls process
#: to…``, ``share examples of success``, ``operate the publishing platform``).
_ACTIVITY_VERBS = ("continue", "use", "share", "operate")
#: Words after an opening verb that make it a noun (``Use of notebooks``, ``Share of
#: renewables``, ``Increase in public transport journeys``).
_NOUN_AFTER = frozenset(("of", "in"))


#: Verbs of work an organisation does itself, delivered or ongoing (``Organize and host…``,
#: ``Hire…``, ``Engage with…``, ``Continue support for…``), not those that ask a level to
#: move (``Increase…``, ``Reduce…``), each with its ``-ing`` form (``Hiring…``).
_OWN_WORK_VERBS = tuple(verb for verb in (*_MILESTONE_VERBS, *_COUNT_VERBS, *_ACTIVITY_VERBS)
                        if verb not in _RISE + _FALL and " of" not in verb)
_OWN_WORK_GERUNDS = {form: first for first in {verb.split()[0] for verb in _OWN_WORK_VERBS}
                     for form in (first + "ing", first.removesuffix("e") + "ing",
                                  first + first[-1] + "ing")}


def _own_work_verb(words: list[str]) -> str | None:
    """The verb of work its organisation does itself (``_OWN_WORK_VERBS``) the words open
    with, as it is or in its ``-ing`` form, used as a verb (not ``Use of notebooks``)."""
    if words and words[0] in _OWN_WORK_GERUNDS:
        words = [_OWN_WORK_GERUNDS[words[0]], *words[1:]]
    verb = _starts_with(words, _OWN_WORK_VERBS)
    return verb if verb is not None and _NOUN_AFTER.isdisjoint(
        words[len(verb.split()):][:1]) else None


def names_own_work(text: str) -> bool:
    """Whether a text opens with a verb of work its organisation does itself, delivered
    or ongoing, or its ``-ing`` form (``Organize and host the 2024 Roundtable``, ``Hiring
    an Indigenous Research Director``, ``Continue support for the collaboration``), and
    not as a noun (``Use of notebooks``): an activity, not a level to move (``Increase
    fundraising``, ``Improve engineering productivity``)."""
    return _own_work_verb(_title_words(text)) is not None


def commits(metric: Metric, measure: Measure) -> bool:
    """Whether a metric read as a level is a commitment in a plan that lists commitments
    (see :meth:`planlint.plan.Plan.lists_commitments`): its kind is not given, its fields
    hold no figure, and its wording opens with a verb (``increase support to departments'
    projects``, ``continue to operate and improve the platform``), unless it asks a level
    to move by a number it states (``Increase NPS from 30 to 50``). It says what the
    plan's body will do, done or not, like the plan's other items."""
    if measure.said or measure.kind != "level" or _has_figures(metric):
        return False
    words = _metric_words(metric)
    verb = _starts_with(words, _MILESTONE_VERBS + _COUNT_VERBS + _RISE + _FALL
                        + _ACTIVITY_VERBS)
    if verb is None or not _NOUN_AFTER.isdisjoint(words[len(verb.split()):][:1]):
        return False
    return not (measure.states_target and verb in _RISE + _FALL)


def unnamed_commitment(metric: Metric, measure: Measure) -> bool:
    """Whether a metric is read as a level only because nothing tells its kind: not its
    ``kind``, the plan's ``metrics_kind``, nor any figure, rate, unit, count or verb in
    its wording (a noun phrase such as ``Centralized resource for members' physical and
    emotional needs`` or ``Means for continued participation beyond retirement``), and
    its fields hold no figure, unit or cadence. Among deliverables (see
    :attr:`planlint.plan.Plan.delivers_work`) it is one more: nothing in it names a level
    to read."""
    return not measure.told and not measure.said and measure.kind == "level" \
        and not _has_figures(metric) and metric.unit is None and metric.cadence is None


def graded_only(metric: Metric, measure: Measure) -> bool:
    """Whether a metric's only figures are grades of how far it got, from 0 to 1: it has
    no unit, target or baseline, its wording states no figure, and it has readings, each
    from 0 to 1 (``go-ipld-prime codegen is usable in some demo project``, 0.7; ``Improve
    GitLab.com resilience``, 0.88 at the quarter's end, as key results are scored)."""
    read = [actual.value for actual in metric.actuals if actual.value is not None]
    return bool(read) and _grades_only(metric, measure)


def _grades_only(metric: Metric, measure: Measure) -> bool:
    """Whether a metric states no level: no unit, target, baseline or figure in its
    wording, and every value it reads (if any) from 0 to 1, a share done."""
    return metric.unit is None and metric.target is None and not metric.targets \
        and metric.baseline is None and not measure.states_target and all(
            0 <= actual.value <= 1 for actual in metric.actuals if actual.value is not None)


def read_as_deliverable(metric: Metric, measure: Measure) -> bool:
    """Whether a metric is read as a level only because nothing tells its kind, asks no
    level to move, and is read as a deliverable is: at least once, each reading a share
    done from 0 to 1 or words, with no unit, cadence, target, baseline or figure in its
    wording (``go-ipld-prime codegen is usable in some demo project``, 0.7; ``Forest
    Module (Tier 3)``, read ``CBM and FullCAM`` at the year's end)."""
    return not measure.told and not measure.said and measure.kind == "level" \
        and measure.aims is None and metric.cadence is None and bool(metric.actuals) \
        and _grades_only(metric, measure)


def practice_under_way(metric: Metric, measure: Measure) -> bool:
    """Whether a metric read as deliverables are (see :func:`read_as_deliverable`) is a
    clause that says what the things it names first are doing, its verb in the
    progressive (see :func:`_states_affairs`: ``Newsroom analysts are distributing reports
    sourced from an article performance model``, 0.2; ``The analytics team is actively
    modeling…``), and no level on the move (``Revenue is growing``): a practice to bring
    about, under way or not, graded by the share of it done whatever the measures beside
    it, with no quantity named to target."""
    if not read_as_deliverable(metric, measure):
        return False
    words = _metric_words(metric)
    if not _states_affairs(words) or any(word.startswith(_MOVING) for word in words):
        return False
    at = next(position for position, word in enumerate(words) if word in _BE_HAVE)
    verb = words[at + 2:at + 3] if words[at + 1].endswith("ly") else words[at + 1:at + 2]
    return words[at] in ("is", "are") and any(
        word.endswith("ing") and word.isalpha() for word in verb)


#: The stems of the verbs of a level on the move (``is growing``, ``are declining``).
_MOVING = (*_RISE, *_FALL, "rise", "rising", "fall", "declin", "drop")


def done_in_part(metric: Metric, measure: Measure) -> bool:
    """Whether a metric read as a level is an activity read by how much of it is done:
    its kind is not given, and it is graded only (see :func:`graded_only`) and asks no
    level to move (``Study MySQL Operator Day-2 Ops``, 0.4 at the quarter's end)."""
    return not measure.said and measure.kind == "level" and measure.aims is None \
        and graded_only(metric, measure)


def scored_done(metric: Metric, measure: Measure) -> bool:
    """Whether a metric read as a level is scored by how much of it is done, in percent
    without the sign: its kind is not given, neither its ``unit`` nor its wording names a
    unit or the things it counts, it starts from 0 (or states no start), aims at 100, and
    every figure is from 0 to 100 (``Launch SWOT``, its four steps listed, read 0, then 25,
    50…, as an agency's priority goals score their deliverables by the share of their
    steps done). A hundred of nothing named is all of it done, not an amount."""
    final = final_target(metric)
    if final is None or final[0].value != 100 or metric.unit is not None \
            or measure.said or measure.kind != "level" or measure.unit:
        return False  # most: a target other than 100, or a unit
    if metric.baseline is not None and metric.baseline.value not in (None, 0):
        return False
    return all(0 <= value <= 100 for value in _figures(metric))


def shares_cases_meeting(metric: Metric) -> bool:
    """Whether a metric in percent states, with no figure or rate in its words, the
    condition each case should meet (``Releases ship on time``): the share of cases
    that meet it, which aims at all of them, as a completion does."""
    words = _metric_words(metric)
    text = " ".join(words)
    return (metric.unit or "").strip() == "%" and not _quantities(words) \
        and not _RATE.search(text) and not _harms(text) and bool(_EVERY_CASE.search(text))


def sets_standard(metric: Metric) -> bool:
    """Whether a metric states, with no unit, no figure in its fields and no rate, count
    or unit in its words, a standard every case of a group meets (see ``_STANDARD``):
    its level, all of them or none over the limit, is in its words, met each time or
    not, so there is no target to set and no start to read it from; it is still a
    figure of performance read from the organisation's systems, whose source is asked.
    A share of cases in percent (``Percentage of complaints responded to within
    timescales``) is a level, and is asked both."""
    if (metric.unit or "").strip() or _has_figures(metric):
        return False
    text = " ".join(_metric_words(metric))
    return bool(_STANDARD.search(text)) and not _RATE.search(text) \
        and not _unit_named(text)


#: Verbs of taking someone on (``Hire Alice as a Full-Time Maintainer``).
_HIRING = ("hire", "recruit", "appoint", "employ", "bring on", "take on")
#: What a post pays, named as the measure (``Alice's salary``).
_PAY = frozenset(("salary", "salaries", "pay", "wage", "wages", "compensation", "stipend"))


def pays_hire(text: str, metric: Metric) -> bool:
    """Whether a title (of a goal or piece of work that lists ``metric``) opens with a
    verb of taking someone on (``Hire Alice as a Full-Time Maintainer``) and the metric
    names the pay of the one it names (``Alice's salary``: the first word after the verb,
    bar an article, before the word for pay): the pay of a post the work creates, which
    starts from nothing, as the post does."""
    pay = _metric_words(metric)
    at = next((position for position, word in enumerate(pay) if word in _PAY), None)
    if not at:
        return False  # most measures name no pay, or nobody before it
    words = _title_words(text)
    verb = _starts_with(words, _HIRING)
    if verb is None:
        return False
    named = [word for word in words[len(verb.split()):] if word not in _ARTICLES | {"our"}]
    return bool(named) and named[0] in {word.removesuffix("'s").removesuffix("\u2019s")
                                        for word in pay[:at]}


#: Wording that asks the work to follow a named specification or rule (``routing data in
#: accordance with the HL7 LRI/LOI spec``, ``comply with``, ``conform to``).
_CONFORMS = LazyPattern(r"\b(?:in (?:accordance|compliance|conformance|conformity) with|"
                        r"compl(?:y|ies|ying) with|conform(?:s|ing)? to)\b", re.IGNORECASE,
                        needs=("accordance", "complian", "conform", "comply", "complies"))


def conforms_in_words(metric: Metric, measure: Measure) -> bool:
    """Whether a metric that states no figure (see :func:`figureless`), no rate and no
    way to move a level asks the work to follow a named specification or rule (see
    ``_CONFORMS``: ``Meet the needs of senders by routing data in accordance with the
    HL7 LRI/LOI spec``): what it asks is that the work conform, with no level to start
    from; the missing result is metric-without-target's."""
    if not figureless(metric, measure):
        return False
    text = " ".join(_metric_words(metric))
    return bool(_CONFORMS.search(text)) and not _RATE.search(text) \
        and _starts_with(_metric_words(metric), _RISE + _FALL + _CHANGES) is None


def _has_figures(metric: Metric) -> bool:
    """Whether a metric's fields hold a figure: a target, baseline or reading with a
    value."""
    return any(m is not None and m.value is not None for m in (
        metric.target, metric.baseline, *metric.targets, *metric.actuals))


def states_aim(text: str) -> bool:
    """Whether a title names what it aims at in numbers: a quantity, or a placeholder for
    a figure kept confidential (``Reach at least $N net new ARR``)."""
    title = strip_label(text)
    return bool(_quantities(_words(title))) or bool(_PLACEHOLDER.search(title))


#: A title that asks to move a share, rate or number it names: a verb or noun of rise or
#: fall, then the measure (``Increase the number of fee-paying programmes``, ``Demonstrate
#: improvement in the percent of job searches in which ... are interviewed``).
_MOVES_NAMED = LazyPattern(
    r"\b(?:" + "|".join((*_RISE, *_FALL, *_CHANGES)) + r")(?: in)? (?:the |our )?"
    r"(?:percent|percentage|share|proportion|rate|number) of [a-z]",
    needs=("percent", "share of", "proportion of", "rate of", "number of"))


def names_measure_moved(text: str) -> bool:
    """Whether a title asks to move a share, rate or number it names (``Increase the
    number of fee-paying programmes``, ``Demonstrate improvement in the percent of job
    searches in which candidates from underrepresented populations are interviewed``):
    the goal states its own measure and its direction, and lacks only its figures."""
    return bool(_MOVES_NAMED.search(" ".join(_title_words(text))))


#: Wording that says a figure adds up what was done since a start, not one period's
#: flow: ``cumulative``, ``cumulated``, or what the work has ``accomplished`` (a HUD
#: grantee's ``Cumulative Accomplishment Years 1-5`` against its five-year goal).
_ADDED_UP = LazyPattern(r"\b(?:cumulative(?:ly)?|cumulated|accomplish(?:ment|ments|ed))\b",
                        re.IGNORECASE)
#: Wording that ties a figure to one period within the plan (``annual accomplishment``,
#: ``year-to-date``, ``this quarter``), whose count starts again each period.
_ONE_PERIOD = LazyPattern(r"\b(?:annual(?:ly)?|yearly|quarterly|monthly|weekly|in[- ]year|"
                          r"(?:year|quarter|month)[- ]to[- ]date|ytd|this (?:year|quarter|"
                          r"month)|each (?:year|quarter|month))\b", re.IGNORECASE)


def adds_up(metric: Metric) -> bool:
    """Whether a metric's title says its figure adds up what was done since a start
    (``Rental Housing - cumulative accomplishment (Housing Units)``, ``Economic
    Development - accomplishment (Micro-Enterprises)``), names no rate, share or
    average (``Working Days (per FTE) Lost ... (Cumulative)``, ``% of budgets spent
    (Values are cumulative)``), no harm, and no period it restarts in (``annual
    accomplishment``), and its unit is not a percentage: a count of things done, from
    none at its start. Which start is for the plan to say (see
    :meth:`planlint.plan.Plan.measure`)."""
    title = worded(metric.title)
    return bool(_ADDED_UP.search(title)) and not _ONE_PERIOD.search(title) \
        and not _harms(title.lower()) and not names_rate(metric)


def totals_things(metric: Metric) -> bool:
    """Whether a metric's figure is a total of the things or money its unit names
    (``camponeses``, ``households``, ``USD``): it states a unit, not a percentage nor a
    span of time (``days``, ``months``), and its title and unit name no rate, share or
    average and no harm. Whether it adds up from a start is for the plan to say (see
    metric-without-baseline)."""
    unit = (metric.unit or "").lower()
    return bool(unit) and "%" not in unit and unit.rstrip("s") not in _TIME_UNITS \
        and not names_rate(metric) and not _harms(worded(metric.title).lower())


def names_rate(metric: Metric) -> bool:
    """Whether a metric's title or unit names a rate, share or average (``%``,
    ``percent``, ``rate``, ``per``, ``average``…): how well something is done, not a
    volume of things."""
    return bool(_RATE.search(worded(metric.title).lower())) \
        or bool(_RATE.search((metric.unit or "").lower()))


#: How far the building of a piece of work has come (``Physical completion of health
#: center facilities (%)``, ``percent complete``): the work's own progress.
_BUILT_SO_FAR = LazyPattern(r"\bcompletion of\b|\bcomplete\b", re.IGNORECASE,
                            needs=("complet",))


def reads_outcome(metric: Metric, measure: Measure) -> bool:
    """Whether a metric is a figure of what a piece of work brings about, read from a
    system or a survey: a rate, share or average (:func:`names_rate`: ``People with HIV
    still alive 12 months after initiation of treatment (%)``, ``TB notification (per
    100,000 pop)``, ``Non-revenue water (%)``) or a time things take (``Time required to
    resolve commercial disputes (Days)``); not the work's own progress (``Physical
    completion of health center facilities (%)``, a share of its parts done), nor a
    share stated as the work to do (``extend fibre broadband access to 95% of premises``,
    opening with a verb of the organisation's own work, :func:`names_own_work`), whose
    figure is the work's output."""
    title = worded(metric.title or metric.name)
    if measure.completion or _BUILT_SO_FAR.search(title) or names_own_work(title):
        return False
    return names_rate(metric) or bool(_DURATION.search(" ".join(_metric_words(metric))))


def counts_own_output(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is measured only by counts that add up what its work has done since
    the plan began (:func:`adds_up`, read as counts over the plan by
    :meth:`planlint.plan.Plan.measure`): a line of activity stated as a goal (a HUD
    grantee's ``Rental Housing``, counted in housing units against its five-year goal),
    whose accomplishments are the work that executes it."""
    metrics = plan.refs(goal, "metrics", Metric)
    return bool(metrics) and all(adds_up(metric) and plan.measure(metric).kind == "count"
                                 for metric in metrics)


def measured_as_work(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is a piece of work stated as a goal and measured as that work: its
    title names work its organisation does (:func:`names_own_work`), and among its
    measures is a figure of the things, in the plural, its title says the work is done to
    (``Redesign the UI templates``, measured by the templates remaining to be converted),
    not an outcome apart from it (``Develop a new participant experience…``, measured by
    participation rates)."""
    words = _title_words(goal.title or "")
    verb = _own_work_verb(words)
    if verb is None:
        return False
    done_to = words[len(verb.split()):]  # what the work is done to, after an article
    done_to = done_to[1:] if done_to[:1] in (["the"], ["a"], ["an"], ["our"]) else done_to
    things = {word for word in _noun_phrase(done_to, -1) if _plural(word) and len(word) > 3}
    return any(not things.isdisjoint(_metric_words(metric))
               for metric in plan.refs(goal, "metrics", Metric))


def lists_activities(plan: Plan) -> bool:
    """Whether a plan's top-level goals are a list of its organisation's own activities:
    most of them (three or more) say, in their title or in their description's opening
    words, what the organisation does (:func:`names_own_work`: ``Organize and host the
    2024 Roundtable``, ``Hiring an Indigenous Research Director``, ``Continue support
    for…``), and none of its goals states a level to move, only the work and what the
    work adds: a small organisation's year of activities or a roadmap's to-do list, whose
    items are the work itself."""
    top = plan.top_goals
    worded = sum(names_own_work(goal.title or "") or names_own_work(goal.description or "")
                 for goal in top)
    return len(top) >= 3 and 2 * worded > len(top) and not any(
        plan.measure(metric).kind == "level"
        for goal in plan.goals for metric in plan.refs(goal, "metrics", Metric))


#: Nouns that by themselves name people as having received what the work gives
#: (``beneficiaries``, ``recipients``): people reached, as ``people assisted`` are.
_RECIPIENTS = frozenset(("beneficiaries", "recipients"))


def tallies_year(metric: Metric, year: int) -> bool:
    """Whether a metric's title names ``year`` as the period its figure is for and counts
    people reached or work done in it (``2022 humanitarian beneficiaries, SO3``,
    ``Beneficiaries reached in 2022``; a noun that itself names people who received
    something, or things named with what was done to them, see :func:`counts_done`),
    names no rate, share or harm, its unit is not a percentage, and its readings never
    fall (a tally only grows): a tally of that year, from none at its start. Which year
    is for the plan to say (see :meth:`planlint.plan.Plan.measure`)."""
    words = _metric_words(metric)
    text = " ".join(words)
    values = [actual.value for _, actual in metric.by_date if actual.value is not None]
    return str(year) in words and (not _RECIPIENTS.isdisjoint(words) or counts_done(metric)) \
        and not _RATE.search(text) and not _harms(text) \
        and "%" not in (metric.unit or "") and not _RATE.search((metric.unit or "").lower()) \
        and all(before <= after for before, after in pairwise(values))


def counts_in_year(text: str) -> bool:
    """Whether a title names a number of things, in figures or in words, followed by the
    period they are done in (``four membership drives in 2021``, ``12 webinars in
    FY2024``): a count made within that period, which starts from none."""
    words = _title_words(text)
    if "in" not in words:
        return False  # most titles: no period named, so no count to find
    for index in _counting(words, _quantities(words)):
        phrase = _noun_phrase(words, index)
        after = index + 1 + len(phrase)
        if phrase and _plural(phrase[-1]) and words[after:after + 1] == ["in"] \
                and _PERIOD.match("".join(words[after + 1:after + 2])):
            return True
    return False


#: Words before the things a key result counts that make its figure a level the things
#: stand at, not what the period brings: how they are summed or averaged (``500 weekly
#: users``), a state each is in (``200 active members``), or a share, rate or change.
_STANDING = frozenset((
    "average", "mean", "median", "daily", "weekly", "monthly", "quarterly", "annual",
    "yearly", "rate", "percent", "percentage", "share", "proportion", "ratio", "change",
    "reduction", "increase", "decrease", "growth", "per", "active", "current", "existing",
    "concurrent", "recurring", "remaining", "open", "outstanding", "pending", "retained",
    "returning", "total", "cumulative", "net"))
#: Money an organisation takes in, is granted, lent or paid within a period, named after
#: an amount that opens a key result (``€65k+ in revenue``, ``€100k in closed
#: grants/consulting``, ``€15k rent paid``, ``€500k+ in financing``): a sum the period
#: brings, from none at its start; not a balance held (``cash``, ``AUM``, ``reserves``).
_MONEY_BROUGHT = _INCOME_WORDS | frozenset((
    "sales", "grants", "grant", "funding", "financing", "loans", "mortgages", "rent",
    "rents", "fees", "bookings", "consulting", "contracts", "commissions", "pledges",
    "investment", "investments", "raised", "sponsors"))
#: Gatherings a period holds, before ``with`` and the people who took part (``Online calls
#: with 400+ participants``): the period's calls and who came, counted from none.
_HELD_WITH = _GATHERINGS | frozenset(("calls", "sessions", "talks", "classes",
                                      "courses", "trainings", "appearances"))
_TOOK_PART = frozenset(("participants", "attendees", "viewers", "visitors", "people",
                        "members", "listeners", "guests", "learners", "students"))
#: So many other or more things besides those a key result names (``Rufus/Sylvie (+
#: Benedetta) + 2 other residents``): those added within the period, from none.
_PLUS_MORE = LazyPattern(r"\+ ?\d+ (?:other|more|additional|new|further|extra) [a-z][a-z-]*s\b",
                         re.IGNORECASE, needs=("+",))


def counts_period_yield(metric: Metric) -> bool:
    """Whether a key result is written as what the period brings, with no verb: its title,
    past its label and a floor (``at least``), opens with a whole number before the things
    it counts (``20+ visitors``, ``3 events``, ``5 academic quality essays (ie not
    blogs)``, ``at least 1m views via ...``; past at most three words that qualify them,
    none a word of a level the things stand at, see ``_STANDING``: not ``500 weekly
    users``, ``200 active members``), or with an amount of money before the money taken
    in, granted or lent (``€65k+ in revenue``, ``€100k in closed grants/consulting``, see
    ``_MONEY_BROUGHT``), or names gatherings held and how many took part (``Online calls
    with 400+ participants``), or so many other things besides those it names (``Rufus/
    Sylvie (+ Benedetta) + 2 other residents``); no harm, rate per period, or span of time
    (``30 days``), and not one thing (``1 supporter reaches out``, a deliverable).
    Within one period (an OKR cycle, or a year's key results, see
    :meth:`planlint.plan.Plan.measure`) that is a count from none at its start."""
    title = metric.title or metric.name or ""
    if _A_DIGIT.search(title[:MAX_WORDED]) is None:
        return False  # most titles: no figure to open with
    words = _metric_words(metric)
    text = " ".join(words)
    if _harms(text) or _FREQUENCIES.intersection(words) or _EVERY.search(text):
        return False
    start = next((len(floor) for floor in _FLOORS if tuple(words[:len(floor)]) == floor), 0)
    every = _quantities(words)
    quantities = [q for q in every if q.position == start]
    if not quantities:
        return _gatherings_with(words) or (
            len(every) == 1 and _starts_with(words, _RISE + _FALL + _LEVEL_START) is None
            and _PLUS_MORE.search(title[:MAX_WORDED]) is not None)
    first, word = quantities[0], words[start]
    phrase = _noun_phrase(words, start)
    if word[0] in "$€£¥":  # an amount of money: the money it names is brought in
        named = phrase or list(takewhile(lambda part: part not in _PHRASE_ENDS,
                                         words[start + 2:start + 2 + _PHRASE_REACH]
                                         if words[start + 1:start + 2] == ["in"] else []))
        head = next((at for at, name in enumerate(named[:3])
                     if not _MONEY_BROUGHT.isdisjoint(name.split("/"))), None)
        return head is not None and _STANDING.isdisjoint(named[:head])
    if (first.unit and not _scaled(word)) or first.value != int(first.value) \
            or first.value == 1:
        return False
    head = next((at for at, name in enumerate(phrase) if _plural(name)), None)
    return head is not None and head <= 3 and not _STANDING.intersection(phrase[:head]) \
        and phrase[0].removesuffix("s") not in _TIME_UNITS \
        and words[start + 1 + len(phrase):start + 2 + len(phrase)] != ["per"]


#: Participles that say a key result brings a thing into being (``Real estate fund is
#: launched``).
_BROUGHT_INTO_BEING = frozenset(("launched", "created", "established", "founded", "opened",
                                 "incorporated", "started", "formed"))


def has_in_launched(metric: Metric, others: Sequence[Metric]) -> bool:
    """Whether a key result states, as a sentence, a figure a thing has (``Real estate fund
    has €5m in AUM``), and another key result beside it brings that thing into being
    (``Real estate fund is launched``, the same words before ``is`` and a participle of
    ``_BROUGHT_INTO_BEING``): the thing does not exist before the period, so its figure,
    like a count, starts from none."""
    words = _metric_words(metric)
    at = next((index for index, word in enumerate(words[:_SUBJECT_REACH])
               if word in ("has", "have")), None)
    if not at or not _quantities(words[at + 1:at + 2]):
        return False
    subject = words[:at]
    for other in others:
        said = _metric_words(other)
        if other is not metric and said[:at] == subject \
                and said[at:at + 1] in (["is"], ["are"]) \
                and said[at + 1:at + 2] and said[at + 1] in _BROUGHT_INTO_BEING:
            return True
    return False


def _gatherings_with(words: list[str]) -> bool:
    """Whether the words open with gatherings a period holds, after at most one word that
    qualifies them, then ``with`` and how many people took part (``Online calls with 400+
    participants``, see ``_HELD_WITH``)."""
    at = next((index for index, word in enumerate(words[:2]) if word in _HELD_WITH), None)
    if at is None or words[at + 1:at + 2] != ["with"]:
        return False
    count = words[at + 2:at + 3]
    return bool(count) and _NUMBER.match(count[0]) is not None and count[0][0].isdigit() \
        and "%" not in count[0] and words[at + 3:at + 4] != ["%"] \
        and bool(_TOOK_PART.intersection(words[at + 3:at + 5]))


#: A digit: a title without one states no figure (see :data:`_NUMBER`).
_A_DIGIT = LazyPattern(r"\d")


def states_count_of(text: str, metric: Metric) -> bool:
    """Whether a title (of a goal or piece of work that lists ``metric``) states the
    metric's target, a whole number of at least 0 with no percent or currency sign,
    directly before the things the metric's title names: the words after the figure, up
    to the next figure or the title's end, and the metric's title open alike, one holding
    the other whole (``Evenementen 2026: 6 meetups, 6 sociale evenementen, 2 workshops en
    ...`` for ``Sociale evenementen``, 6, ``Meetups georganiseerd``, 6, and ``Workshops``,
    2). Every figure the metric states is such a whole number. The plan says in its own
    words what each figure counts, whatever language they are in: those things are the
    measure's unit."""
    target = metric.target
    if target is None or target.value is None or _A_DIGIT.search(text) is None:
        return False  # most titles state no figure at all
    if not _whole(_figures(metric)):
        return False
    title = _metric_words(metric)
    words = _title_words(text)
    quantities = _quantities(words)
    ends = [q.position for q in quantities] + [len(words)]
    for quantity, end in zip(quantities, ends[1:], strict=False):
        if quantity.unit or quantity.value != target.value:
            continue
        after = words[quantity.position + 1:end]
        shared = min(len(after), len(title))
        if shared and all(word.isalpha() for word in after[:shared]) \
                and after[:shared] == title[:shared]:
            return True
    return False


def opens_with_count(metric: Metric) -> bool:
    """Whether the metric's title opens with its target, a whole number of at least 0 with
    no percent or currency sign, followed by plain words (``4 newsletter``, ``10 Gov (Nat -
    Sub-nat.)``, targets 4 and 10), as a plan's table of targets writes them in note form:
    the figure is the target, the words after it the things it counts, plural or not.
    Every figure the metric states is such a whole number."""
    target = metric.target
    title = metric.title or ""
    if target is None or target.value is None or not title[:1].isdigit():
        return False  # most titles do not open with a figure
    words = _title_words(title)
    quantities = _quantities(words)
    return bool(quantities) and quantities[0].position == 0 and not quantities[0].unit \
        and quantities[0].value == target.value and bool(_noun_phrase(words, 0)) \
        and _whole(_figures(metric))


#: How a title states one thing as its target: ``one`` or ``1``, or ``at least`` either.
_ONE = frozenset(("one", "1"))
#: Verbs of joining a party to a service the programme runs (``Connect``, ``Onboard``,
#: ``Route ... data from``), each party counted once it is joined.
_LINKING = ("connect", "onboard", "route", "link", "integrate")
#: A word before a figure that makes it a ceiling (``at most one``, ``no more than one``).
_CEILINGS = (["most"], ["than"], ["below"], ["under"], ["maximum"], ["max"])


def counts_first(metric: Metric) -> bool:
    """Whether the metric's only target is one of the things its unit names, and its title
    opens with a verb of joining parties to the programme's service (see ``_LINKING``) and
    states it as ``one`` or ``at least one`` directly before them (``Route hospitalization
    data from at least one healthcare organization to NSSP``, unit ``healthcare
    organizations``; ``Connect ReportStream to one federal healthcare system``): the first
    party joined, counted from none, as a target of one already reached would not be set.
    A ceiling (``at most one``) and a way down or a level held are not a first."""
    target, unit = metric.target, (metric.unit or "").casefold().split()
    if target is None or target.value != 1 or target.change is not None or metric.targets \
            or not unit or metric.bound == "at most" \
            or metric.direction in ("decrease", "maintain"):
        return False  # most measures: a target other than one, or no unit naming things
    words = _metric_words(metric)
    if _starts_with(words, _LINKING) is None:
        return False  # not a party joined to the programme's service
    for at, word in enumerate(words):
        if word in _ONE and words[at - 1:at] not in _CEILINGS \
                and [name.removesuffix("s") for name in words[at + 1:at + 1 + len(unit)]] \
                == [name.removesuffix("s") for name in unit]:
            return True
    return False


#: Words a title may use to say it names a measure, beside the measure's code.
_MEASURE_WORDS = frozenset(("measure", "indicator", "metric", "kpi"))


def _coded(title: str) -> bool:
    """Whether a title is only a measure's code (``ETA-OWI-17``, ``OSHA 2-1``, ``Measure
    EBSA-OEA-08b``, ``STTR``): every word holds a digit or is an abbreviation in capitals,
    bar a word that says it is a measure, and one at least is such a code."""
    words = title[:MAX_WORDED].split()
    codes = [word for word in words if word.lower() not in _MEASURE_WORDS]
    return bool(codes) and all(
        any(letter.isdigit() for letter in word) or (len(word) > 1 and word.isupper())
        for word in codes)


#: A target statement that opens by asking a change in the number of things (``Increase
#: by 10% the number of hospitals participating in …``): what it counts is its unit.
_CHANGE_IN_NUMBER = LazyPattern(
    r"^(?:increase|decrease|reduce|raise|grow|expand|double|triple)\b[^.;]{0,40}?"
    r"\bthe (?:total )?number of\b", re.IGNORECASE)


def defines_unit(metric: Metric) -> bool:
    """Whether a metric's description names its unit where the title cannot: the title is
    only the measure's code (:func:`_coded`), or the description states the metric's
    target in its own words (:func:`states_figure`: ``Provide technical assistance to at
    least 10 communities``, target 10), as a federal agency's priority-goal data gives
    each indicator's target statement beside a code or a name still to be settled, or
    that statement opens by asking a change in the number of things (``Increase by 10%
    the number of hospitals participating in …`` under ``Hospital participation in
    Perinatal Quality Collaboratives``: see ``_CHANGE_IN_NUMBER``). The description is
    read as a title would be, up to a participle after the things it names (``Conduct
    education and outreach events focused on workers' rights``), which says which of them
    it means."""
    text, target = metric.description, metric.target
    if text and _CHANGE_IN_NUMBER.match(text.lstrip()):
        return True
    if not text or not (_coded(metric.title or metric.name or "") or (
            target is not None and target.value is not None
            and states_figure(text, target.value))):
        return False
    words = _title_words(text)
    cut = next((at for at in range(1, len(words)) if _plural(words[at - 1])
                and words[at].endswith("ed")), len(words))
    return any(_read((" ".join(wording), None, False, False, False, None)).unit
               for wording in (words, words[:cut]))


def counts_in_statement(metric: Metric) -> bool:
    """Whether a metric's description states its final target in its own words as a count
    of what is done: it opens with a count's verb before how many, and that number is the
    target (``Provide technical assistance to at least 10 communities``, target 10), as a
    federal agency's priority-goal data gives each indicator's target statement beside a
    name or code that does not say what it counts. The things done are counted from none,
    as the same data starts other agencies' such statements at 0 (``Conduct at least 50
    compliance assistance events``); a change stated there (``Increase the number of
    strategic partnerships``) is a level, not a count."""
    text, target = metric.description, metric.target
    if not text or target is None or target.value is None:
        return False
    measure = _read((text, None, False, False, False, None))
    return measure.kind == "count" and measure.target == target.value


def adds_up_own_acts(metric: Metric) -> bool:
    """Whether a metric adds up what the organisation's own acts have done or reached since
    they began: its title says the figure adds up (``cumulative``, with no period it
    restarts in and no harm: ``Customer Engagements (% of CFO Act Agencies,
    cumulative)``) and its description opens with a count's verb, the act it tallies
    (``Hold customer engagement meetings with CFO Act Agencies``), as a federal agency's
    priority-goal data gives each indicator's statement beside its name. A count of those
    acts, or the share of a group they have reached, each once, starts from none, as the
    same data starts another agency's such share at 0 (``Deliver educational products to
    100% of Treasury's target audience``); a cumulative figure of what others do
    (``Cumulative volume of API requests``) or a change stated there (``Increase the
    number of ...``) still asks where it starts."""
    text = metric.description
    if not text or not _ADDED_UP.search(title := worded(metric.title)) \
            or _ONE_PERIOD.search(title) or _harms(title.lower()):
        return False
    return _starts_with(_title_words(text), _COUNT_VERBS) is not None


#: Relative pronouns that open a clause on what the things a title names have done, in
#: the languages of the plans read (``Countries that have leveraged``, ``PA che hanno
#: completato``, ``pays qui ont adopté``).
_RELATIVE = frozenset(("that", "who", "which", "che", "qui", "que"))
#: Auxiliaries of the perfect after such a pronoun (``have``, ``hanno``, ``ont``, ``han``).
_PERFECT = frozenset(("have", "has", "hanno", "ha", "ont", "han", "hayan"))


def counts_adopters(metric: Metric) -> bool:
    """Whether a metric counts, in whole figures, the things its unit names that have
    done something: the unit's words in its title, then a relative pronoun and an
    auxiliary of the perfect (``Countries that have leveraged digital public goods to
    ... scale at least one component``, unit ``countries``, 50 by 2028; ``PA che hanno
    completato la migrazione di almeno un servizio``, unit ``PA``), as results frameworks
    count adopters: each that has done it by the target's date is one more reached by the
    plan's work, a count from none when that work began. So does a target in words that
    counts things whose own level rises (:func:`_counts_rising`: ``>2 sectors improving
    maturity``): each is counted once it has moved from where it stood, none at first."""
    if metric.target is not None and metric.target.text \
            and _counts_rising(_title_words(metric.target.text)):
        return True
    unit = _words(metric.unit or "")
    if not unit or not whole_figures(metric):
        return False
    words, size = _title_words(metric.title or ""), len(unit)
    return any(words[at:at + size] == unit and words[at + size] in _RELATIVE
               and words[at + size + 1] in _PERFECT
               for at in range(len(words) - size - 1))


#: The ``-ing`` forms of the verbs that ask a level to rise (``improving``, ``increasing``).
_RISING = frozenset(verb.removesuffix("e") + "ing" for verb in _RISE)


def _counts_rising(words: list[str]) -> bool:
    """Whether the words open with how many (a figure, alone or after a floor: ``>2``,
    ``at least 5``; no percent or currency sign) before things in the plural and the
    ``-ing`` form of a verb that asks a level to rise (``>2 sectors improving maturity``,
    ``at least 5 schools increasing attendance``): a count of the things that move, not
    a share of a group (``80% of schools improving``) nor the level they reach."""
    for index in _counting(words, _quantities(words)[:1]):
        if index > 2 or not all(word in (">", "≥", "at", "least", "over", "more", "than")
                                for word in words[:index]):
            continue
        phrase = list(takewhile(lambda word: word not in _RISING,
                                _noun_phrase(words, index)))
        after = index + 1 + len(phrase)
        if phrase and _plural(phrase[-1]) and words[after:after + 1] \
                and words[after] in _RISING:
            return True
    return False


#: Words that open a share, before the things it is a share of (``Share of``, ``75% of``).
#: The organisation's own acts of reaching a newcomer, said of the new people or things a
#: share counts and ending its title (``90% of new homeowners contacted``): each one
#: reached is the organisation's work of the period, not a state they are in.
_REACHED = frozenset(("contacted", "welcomed", "visited", "called", "greeted", "reached"))
_SHARE_OPENING = LazyPattern(r"^(?:share|percentage|percent|proportion|\d+(?:\.\d+)?\s?%|%) of "
                            r"(?:the |all )?", re.IGNORECASE, needs=("of",))


def shares_made(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is a share of things the period's work makes from none: things its
    title calls new, then a clause in the perfect on what they have done since
    (``Share of new organizations that have launched products``, of the organizations
    formed in the year), or things named by what is done to them that another measure of
    the same goal counts as done (``75% of submitted proposals are championed`` beside
    ``At least eight proposals are submitted``), or new people or things the title names
    only with the organisation's own act of reaching each of them (``90% of new
    homeowners contacted``, of those who arrive in the period, see ``_REACHED``). Their
    number starts from none when the period begins, so the share has no earlier level to
    start from; a share of a group that exists before it (``Percentage of staff who have
    completed``) or of new things in a state or standard (``% of new benefit claims
    decided within 14 days``, ``Percentage of newly hired staff that are women``) still
    asks."""
    title = " ".join(strip_label(metric.title or metric.name or "").split())
    opening = _SHARE_OPENING.match(title)
    if opening is None:
        return False
    words = _sentence(_words(title[opening.end():]))
    if words[:1] in (["new"], ["newly"]):
        if 3 <= len(words) <= 4 and words[-1] in _REACHED and _plural(words[-2]):
            return True
        for at, word in enumerate(words[1:5], 1):
            if word in _RELATIVE:
                clause = words[at + 1:at + 3]
                return len(clause) == 2 and clause[0] in _PERFECT and _past(clause[1]) \
                    and _plural(words[at - 1])
        return False
    if len(words) < 2 or words[0] not in _MADE or not _plural(words[1]):
        return False
    return any(other is not metric and plan.measure(other).kind == "count"
               and {words[0], words[1]} <= set(_metric_words(other))
               for goal in metric_goals(plan, metric)
               for other in plan.refs(goal, "metrics", Metric))


def counts_in_named_year(text: str, metric: Metric) -> bool:
    """Whether a title (of a goal or piece of work that lists ``metric``) names as a year,
    label included, the year of the metric's only target, and states that target before
    the things the metric names (:func:`states_count_of`: ``Evenementen 2026: 6 meetups,
    6 sociale evenementen`` over ``Sociale evenementen``, 6 by 2026-12-31): a number of
    things done in the year the title names, as :func:`counts_in_year` reads ``four
    membership drives in 2021``, a count made within that year, from none."""
    target = metric.target
    if target is None or target.date is None or metric.targets:
        return False
    year = str(target.date.year)
    return year in text and year in _words(text) and states_count_of(text, metric)


def states_figure(text: str, value: float) -> bool:
    """Whether a title states ``value`` among its quantities (``Build 250,000 new child
    care spaces by the end of fiscal year 2025-2026`` states 250000, not 2025): the
    figure a piece of work commits to in its own words."""
    return any(quantity.value == value
               for quantity in _quantities(_title_words(text)))


def states_figures_of(text: str, words: str) -> bool:
    """Whether a title states every quantity that ``words`` state, one at least (the
    target in words ``65,000 to 80,000 between 2011 and 2013`` in ``Deliver 65,000 to
    80,000 heating and insulation measures ... between 2011 and 2013``), or holds those
    words whole (``around two million fuel poor households each year``). Words that
    state no quantity are held when each is one of the title's words or the participle
    of one of its verbs (``increased prior to our next AGM`` in ``Commit to proactively
    increase the proportion ... prior to our next AGM``): the commitment restated as
    done by its date."""
    if " ".join(words.lower().split()) in " ".join(text.lower().split()):
        return True
    title = _title_words(text)
    worded = _title_words(words)
    asked = {quantity.value for quantity in _quantities(worded)}
    if not asked:
        held = {word.rstrip(".") for word in title}
        return bool(worded) and all(
            word in held or (word.endswith("ed") and (
                word[:-1] in held or word[:-2] in held))
            for word in (word.rstrip(".") for word in worded))
    stated = {quantity.value for quantity in _quantities(title)}
    return asked <= stated


#: Efforts against a standing problem, which go on rather than end (``Addressing our
#: climate crisis``).
_STANDING_EFFORTS = ("address", "tackle", "combat", "fight")
#: The words a title asking for a direction opens with: those verbs, with their ``-s``
#: and ``-ing`` forms.
_DIRECTION_OPENINGS = frozenset(
    form for verb in (*_RISE, *_FALL, *_STANDING_EFFORTS)
    for form in (verb, verb + "s", verb.removesuffix("e") + "ing", verb + "ing"))
#: Asking for more or less of a quality or of people in a state (``a more robust
#: pipeline``, ``Fewer youth exposed to violence``, ``faster``); not a number of things
#: (``five more clinics``, ``two or more partners``, ``more than 500``).
_COMPARATIVE = LazyPattern(r"(?<!\d )(?<!or )\b(?:more|less|fewer) (?!than\b|of\b)[a-z]+|"
                           r"\b(?:better|faster|stronger|safer|simpler|easier)\b")
#: A title that opens with a level and the group it is higher or lower among
#: (``Higher employment among youth``, ``Greater participation across the region``): a
#: direction; not a name that opens with the same word (``Higher education``, ``Lower
#: Manhattan``, ``Greater London``), which names no group to compare within.
_HIGHER_AMONG = LazyPattern(r"^(?:higher|lower|greater) (?:[a-z-]+ ){1,3}(?:among|across)\b")


def states_direction(text: str) -> bool:
    """Whether a title asks for a direction of change, not an end state: it opens with a
    verb of rise or fall or of effort against a standing problem, or its ``-ing`` form
    (``Improve access``, ``Addressing our climate crisis``), or with a noun of such a
    change and what it changes in (``Reduction in overall youth violence``, as ``Decrease
    in shootings``), or asks for more or less of a quality or of people in a state
    (``Provide a more robust release pipeline``, ``Fewer youth exposed to violence``), or
    for a higher or lower level among a group (``Higher employment among youth``; not
    ``Higher education``, a name)."""
    words = _title_words(text)
    opening = words[0] if words else ""
    joined = " ".join(words)
    return opening in _DIRECTION_OPENINGS \
        or (opening in _CHANGES and words[1:2] == ["in"]) \
        or bool(_COMPARATIVE.search(joined) or _HIGHER_AMONG.match(joined))



#: The plural nouns of the kinds of work a portfolio sorts under a heading (``Monitoring
#: Services``, ``Capital Projects``).
_KINDS_OF_WORK = frozenset(("services", "projects", "programmes", "programs", "products"))
#: Small words a heading in title case leaves in lower case.
_HEADING_SMALL = frozenset(("&", "and", "of", "for", "the", "to", "in", "+", "/"))
_HEADING_WORDS = 5  # words at most in a heading that names a kind of work


def sorts_work(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is a heading that sorts the plan's work by kind, not a result to
    reach: its title, in title case and of a few words, names in the plural the kind of
    work listed under it (a portfolio's theme, ``Incidents & Assets Services``), it says
    nothing else (no description, no measure of its own) and work of the plan supports
    it."""
    words = strip_label(goal.title or "").split()
    return (0 < len(words) <= _HEADING_WORDS and words[-1].lower() in _KINDS_OF_WORK
            and all(word[0].isupper() or word.lower() in _HEADING_SMALL for word in words)
            and not (goal.description or "").strip() and not goal.metrics
            and bool(plan.referrers(goal, "supports", Initiative)))


#: A goal's description that calls it a category of the plan's goals or items (``This
#: category encompasses goals related to ...``, ``This category is for items related to
#: ...``): a heading the plan sorts its items under, in its own word.
_CALLED_CATEGORY = LazyPattern(
    r"\bthis category (?:encompasses|covers|includes|contains|groups|gathers|is for)\b",
    re.IGNORECASE, needs=("this category",))


def named_categories(plan: Plan) -> frozenset[str]:
    """The top-level goals the plan's own words call categories, not results to reach: a
    goal with no measure of its own whose description says it is one (``This category
    encompasses goals related to ...``, a roadmap's headings over its items); where more
    than half of the top-level goals say so, every top-level goal beside them with no
    measure and with work listed under it is a heading of the same kind (the one heading
    whose description happens not to say it, ``Fund Raising``)."""
    top = [goal for goal in plan.top_goals if not goal.metrics]
    called = {goal.id for goal in top
              if _CALLED_CATEGORY.search(goal.description or "") is not None}
    if 2 * len(called) > len(plan.top_goals):
        called.update(goal.id for goal in top
                      if plan.referrers(goal, "supports", Initiative))
    return frozenset(called)


#: The title of a program budget's program that runs the organisation as a whole, not a
#: result it serves (``General Administration and Support``, ``Support to Operations``,
#: ``Departmental Support``, ``Internal Services``, ``Finance and Administration``).
_RUNS_ORGANISATION = LazyPattern(
    r"(?:(?:general|departmental|central|corporate|executive)\s+)?administration"
    r"(?:\s+(?:and|&)\s+(?:general\s+)?(?:support|management|finance))?|"
    r"(?:finance|management)\s+(?:and|&)\s+administration|"
    r"(?:departmental|administrative|corporate|internal|central)\s+(?:support|services)|"
    r"support\s+to\s+operations", re.IGNORECASE,
    needs=("administration", "support", "services"))
#: A description that defines a program as support to all of the organisation's operations
#: (``information technology and support for all aspects of department operations``).
_SUPPORTS_ALL_OPERATIONS = LazyPattern(
    r"\bsupport\s+(?:for|to)\s+all\s+(?:aspects\s+of\s+)?(?:the\s+)?(?:department|agency|"
    r"organi[sz]ation|city|county|bureau|office|ministry|company)(?:'s|al)?\s+(?:operations|"
    r"programs|programmes|divisions|functions|activities|units)\b", re.IGNORECASE,
    needs=("support",))


def runs_organisation(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is a program of a program budget that runs the organisation as a
    whole, not a result to reach: its title names the organisation's administration or
    support (``General Administration and Support``, ``Support to Operations``), or its
    description defines it as support to all of the organisation's operations
    (``Technology Support``: "support for all aspects of department operations"), and it
    stands under no goal, with no measure and no goal below it. Such a program serves
    every other program, as a money line of the whole plan's running costs does."""
    return goal.parent is None and not goal.metrics and not plan.subgoals(goal) and bool(
        _RUNS_ORGANISATION.fullmatch(" ".join(strip_label(goal.title or "").split()))
        or _SUPPORTS_ALL_OPERATIONS.search(worded(goal.description)))

#: A plan that answers an audit, by its title: an audit's findings or recommendations
#: (``Statewide Single Audit ...: Financial Statement Findings, management's corrective
#: action plans``, ``DEI Audit: recommendations and their status``), of one audit or of
#: several (``Measure 110 audits of the Oregon Health Authority ...: recommendations``,
#: ``Recommendations of prior audits``), or the corrective action plan a single audit asks
#: of management (2 CFR 200.511(c)); not a body named for audits (``Federal Audit
#: Clearinghouse``), whose plan is its own.
AUDIT_ANSWER = LazyPattern(
    r"\baudits?\b[^.;]{0,80}?\b(?:findings|recommendations)\b|"
    r"\b(?:findings|recommendations)\b[^.;]{0,80}?\baudits?\b|"
    r"\bcorrective action plans?\b|\bplans? of corrective action\b", re.IGNORECASE)


def addressed_elsewhere(plan: Plan, goal: Goal) -> bool:
    """Whether, in a plan that answers an audit (its title, see ``AUDIT_ANSWER``), a
    recommendation is addressed to a third body, neither the audited nor the auditor: its
    ``unit`` is not a sponsor's or the office's unit, nor above or below one, names no
    lead and holds nobody the plan names, and nothing of the plan serves it (no work, no
    measure, no goal below): an auditor's recommendation to a legislature "for
    consideration", which the audited organisation's answer records and does not act
    on."""
    if not AUDIT_ANSWER.search(worded(plan.info.title)):
        return False
    unit = plan.ref(goal, "unit", Unit)
    if unit is None or unit.lead is not None or goal.owner is not None or goal.metrics \
            or plan.referrers(goal, "supports", Initiative) or plan.subgoals(goal):
        return False
    homes = plan.shared(_running_units)
    chain = {unit.id, *plan.unit_ancestors(unit.id)}
    return bool(homes) and unit.id not in plan.shared(_staffed_units) and not any(
        home in chain or unit.id in plan.unit_ancestors(home) for home in homes)


#: A goal's title that names it as a government's, set by the law or order it cites in
#: brackets: a place's possessive, then the goals or targets, then the instrument
#: (``Oregon's zero-emission vehicle adoption goals (Senate Bill 1044, 2019)``,
#: ``Oregon's greenhouse gas emissions reduction goals (ORS 468A.205; Executive Order
#: 20-04)``): a bill, a statute's section, an executive order or a named act.
_SET_BY_LAW = LazyPattern(
    r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['\u2019]s [^()]*\b(?:goals?|targets?)\b[^()]*"
    r"\([^()]*\b(?:(?:Senate|House|Assembly) Bill \d|ORS \d|Executive Order\b|"
    r"U\.S\.C\.|[A-Z]\w+ Act\b)",
    needs=("Bill", "ORS", "Executive Order", "U.S.C.", " Act"))


def set_by_law(goal: Goal) -> bool:
    """Whether a goal of no unit and no owner is a government's that the plan quotes,
    set by a law: its title names it as a place's goals and cites the law or order that
    sets them (see :data:`_SET_BY_LAW`): a state's climate goals an agency's measures
    track, which no one the agency names could own."""
    return goal.unit is None and goal.owner is None \
        and _SET_BY_LAW.search(" ".join((goal.title or "").split())) is not None


def _running_units(plan: Plan) -> frozenset[str]:
    """The units of those who run the plan: each sponsor's and the office's (the unit
    itself, or the unit of the person named)."""
    found: set[str] = set()
    for ref in (plan.info.sponsor, *plan.info.co_sponsors, plan.info.office):
        item = plan.by_id.get(ref or "")
        if isinstance(item, Unit):
            found.add(item.id)
        elif isinstance(item, Person) and item.unit is not None:
            found.add(item.unit)
    return frozenset(found)


def _staffed_units(plan: Plan) -> frozenset[str]:
    """The units someone the plan names belongs to, and every unit above them."""
    found: set[str] = set()
    for person in plan.people:
        if person.unit is not None:
            found.update((person.unit, *plan.unit_ancestors(person.unit)))
    return frozenset(found)

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
#: or not (:func:`_binary`), whether they can only mean that (:func:`_done_or_not`), and
#: its target in words.
_Shape = tuple[str, MeasureKind | None, bool, bool, bool, str | None]


def read_measure(metric: Metric) -> Measure:
    """What ``metric`` is and what its wording states (see the module's definitions); a
    measure whose unit is a rate of harm (:func:`_rate_of_harm`) counts harm."""
    said = metric.type or ("indicator" if watched_beside(metric) else None)
    measure = _read((metric.title or metric.name or "", said,
                     metric.baseline is not None and metric.baseline.value != 0,
                     _binary(metric), _done_or_not(metric),
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
    if _ON_TIME.search(title) or _timely(lower):
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
    return counted if counted is not None and _harms(counted) else None


#: The dash between a measure's name and the part of it a row breaks out.
_BREAKDOWN = LazyPattern(r"\s[\u2013\u2014-]\s")
#: Words before the things a title counts that say how they are summed, as a total or an
#: average over a period (``Average daily visits``, ``Total annual visits``).
_SUMMED = frozenset(("average", "mean", "median", "total", "daily", "weekly", "monthly",
                     "quarterly", "annual", "yearly"))


#: Things of :data:`_COUNT_NOUNS` that are people or groups of them, of whom a share may as
#: well be meant when a phrase follows (``Members in good standing``).
_COUNTED_PEOPLE = frozenset((
    "leavers", "starters", "hires", "participants", "volunteers", "households", "graduates",
    "users", "attendees", "creators", "members", "subscribers", "customers", "clients",
    "patrons", "learners", "followers",
))
#: Words that, before the things a title counts, make it a share, rate or change of them.
_NOT_COUNTING = frozenset(("rate", "percent", "percentage", "share", "proportion", "ratio",
                           "change", "reduction", "increase", "decrease", "growth", "per"))


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
                if word in _ABOUT or word == "involving"), 0)
    if not 1 <= end <= 4 or _own_work_verb(words) is not None \
            or _starts_with(words, _RISE + _FALL + _CHANGES) is not None:
        return False  # work to do (``Conduct regular inspections of…``), not a count
    phrase, rest = words[:end], words[end + 1:]
    return phrase[-1] in _COUNT_NOUNS and phrase[-1] not in _COUNTED_PEOPLE and not any(
        _plural(word) or _past(word) or word.endswith("ing") or word in _NOT_COUNTING
        for word in phrase[:-1]) and not any(
        _past(word) or word in _WHO or word in _NOT_COUNTING or word == "%" or word == "to"
        or (position > 0 and _NUMBER.match(word) is not None and word[0].isdigit())
        for position, word in enumerate(rest))


def _opens_with_counted(words: list[str]) -> bool:
    """Whether words open with the things a count counts (``Visits to the website``),
    after words that say how they are summed (``Average daily visits to the school
    library's information system``, visits a day): those things are the unit."""
    head = next((word for word in words if word not in _SUMMED), None)
    return head in _COUNT_NOUNS


def whole_named(title: str) -> str | None:
    """The name of the measure a row breaks a part out of, before a dash
    (``Juvenile delinquency cases eligible for adjustment`` of ``... - low-risk (%)``);
    None for a title with no such dash."""
    parts = _BREAKDOWN.split(" ".join(title.split()))
    return " ".join(parts[:-1]) if len(parts) > 1 else None


@lru_cache(maxsize=8192)
def _read(shape: _Shape) -> Measure:
    """The measure of a metric of this shape: read once for all metrics that share it,
    in a plan and in the plans the language server checks after each edit."""
    wording, said, _, _, _, _ = shape
    title = _NAMED.sub(lambda name: re.sub(r"\W+", "", name.group(1)),
                       _WHEN.sub("", strip_label(wording), count=1))
    words = _words(title)
    quantities = _quantities(words)
    withheld = bool(_PLACEHOLDER.search(title))
    target, baseline = _worded_target(words, quantities)
    shown, count = _kind(shape, words, quantities, withheld)
    kind = said or shown or "level"
    # a title the wording reads as a count (``Reports completed``, ``New enrollments in…``)
    # counts what it names, its unit, whatever kind the plan tells (an indicator watched
    # without a target still counts reports)
    counts = shown == "count"
    if said is not None:
        count = _count_after(words, 1) if kind == "count" else None
    if kind == "count" and count is not None:
        target = count
    # what a count counts is its unit, at the end or the head of the title ("Visits to
    # the website", "Average daily visits to ..."), and so is what none is asked of ("No
    # known issues")
    parts = _BREAKDOWN.split(title)
    counted = (bool(words) and (words[-1] in _COUNT_NOUNS or _opens_with_counted(words)
                                or _heads_with_counted(words) or (
        words[0] in ("no", "zero") and target == 0))) or (
        # the definition after a heading and a dash (``SCHOOL PORTAL USE - Average daily
        # visits to the school portal``)
        len(parts) > 1 and _opens_with_counted(_words(parts[-1]))) or any(
        # a breakdown of a count, its name before a dash (``Enforcement events -
        # Warrant enforcement``): the things the whole counts
        part and part[-1] in _COUNT_NOUNS for part in map(_words, parts[:-1]))
    return Measure(kind, said is not None, target, withheld, baseline,
                   counted or counts or _names_counted(words)
                   or _counts_things(words, quantities)
                   or not _UNIT_WORDS.isdisjoint(words)
                   or _unit_named(" ".join(words))
                   or bool(_TEST_SCORE.search(title)) or bool(_EDUCATION_INDEX.search(title))
                   or bool(_OUT_OF_TOP.search(title)),
                   _starts_with(words, _LEVEL_START) is not None,
                   bool(quantities) or count is not None,
                   _harms(" ".join(words)),
                   bool(_GRAVE.search(" ".join(words))),
                   bool(_UNDEFINED.search(wording)),
                   bool(_COMPLETION.search(wording)),
                   _condition(words, withheld),
                   _aims(words, quantities),
                   said is not None or shown is not None,
                   words[:2] == ["number", "of"] and _counted(words[2:])
                   and _WHO.isdisjoint(words) and _BEFELL.isdisjoint(words)
                   and not _harms(" ".join(words)))
