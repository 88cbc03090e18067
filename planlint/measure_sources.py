"""Where a measure's figures come from, as its wording names it: a survey, test or
instrument, an analyser, a record or register, income and money raised, or data still sought."""

from __future__ import annotations

import re

from planlint.limits import MAX_WORDED
from planlint.measure_words import (
    CHANGES,
    FALL,
    INCOME_WORDS,
    OWN_WORK_VERBS,
    RATE,
    RISE,
    has_figures,
    metric_words,
    starts_with,
    worded,
)
from planlint.measures import (
    Measure,
)
from planlint.model import Metric
from planlint.patterns import LazyPattern

#: A survey named by its name (``Furukawa E-Survey``, ``Employee Ownership Survey``):
#: capitalised words and ``Survey``, not a kind of survey (``exit surveys``).
_NAMED_SURVEY = LazyPattern(r"\b[A-Z][\w&']*(?:[ -][A-Z][\w&']*)*[ -]Survey\b",
                            needs=("Survey",))


def scored_on_survey(metric: Metric) -> bool:
    """Whether a metric is a score (its title says so: ``Employee engagement scores``)
    whose ``source`` names, by its name, the survey it is read from (``Furukawa
    E-Survey, score of "sustainable engagement"``): its figures are in the survey's own
    points, as a standardised test's score is in the test's (see
    :data:`~planlint.measures._TEST_SCORE`)."""
    words, source = metric_words(metric), metric.source or ""
    return bool(source) and ("score" in words or "scores" in words) \
        and bool(_NAMED_SURVEY.search(source[:MAX_WORDED]))


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


#: A survey, rating or index named by the body that publishes it: an acronym, then at
#: most three words before the instrument (``SOCITM Better Connected accessibility rating``,
#: ``NSS - National Student Survey``).
_NAMED_INSTRUMENT = LazyPattern(
    r"\b[A-Z][A-Z0-9&]{2,}\b(?:\W+[\w-]+){0,3}?\W+(?i:surveys?|ratings?|index)\b")
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
            or has_figures(metric):
        return False
    words = metric_words(metric)
    text = " ".join(words)
    return ("qualitative" in words or (_FIGURE_OF_VIEWS.isdisjoint(words)
                                       and not RATE.search(text))) \
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
    words = metric_words(metric)
    if _MEANS_NAMED.search(" ".join(words)):
        return True
    title = worded(metric.title)
    if (_SURVEY_HEAD.match(title) and starts_with(words, OWN_WORK_VERBS) is None) \
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
    words = metric_words(metric)
    return starts_with(words, (*OWN_WORK_VERBS, *RISE, *FALL, *CHANGES, "number of",
                               "numbers of", "more", "less", "fewer")) is None


#: A unit in money: a bare ISO 4217 code (``USD``, ``EUR``) or a currency sign.
_MONEY_UNIT = LazyPattern(r"[A-Z]{3}|[$€£¥]")


def names_income(metric: Metric) -> bool:
    """Whether a metric states, in money (a currency code or sign for its unit), the
    money its organisation takes in: its title opens with a financial statement's word
    for it (see :data:`~planlint.measure_words.INCOME_WORDS`: ``Income from all sources``,
    ``Donations In``)."""
    words = metric_words(metric)
    return bool(words) and words[0] in INCOME_WORDS and metric.unit is not None \
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
        and _RAISED.search(" ".join(metric_words(metric))) is not None
