"""What a measure's wording states of its figures: none, done or not, fractions and shares,
a yearly step, a standard, a unit, a direction, an aim."""

from __future__ import annotations

import re
from collections.abc import Sequence

from planlint.limits import MAX_WORDED
from planlint.measure_words import (
    ARTICLES,
    CHANGES,
    FALL,
    PLACEHOLDER,
    RATE,
    RISE,
    figures_done_or_not,
    has_figures,
    looks_plural,
    metric_words,
    names_harm,
    quantities_in,
    split_words,
    starts_with,
    stated_figures,
    strip_label,
    title_words,
    unit_named,
    worded,
)
from planlint.measures import (
    Measure,
    read_shape,
)
from planlint.model import Metric
from planlint.patterns import LazyPattern

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
#: A condition each case of a group should meet, stated of the group as a clause
#: (``Releases ship on time``, ``Customers not blocked from upgrading``): read as the
#: share of cases that meet it, it aims at all of them.
_EVERY_CASE = LazyPattern(r"^(?:[a-z-]+ ){0,2}[a-z-]+s (?:are )?(?:not|never) [a-z]+(?:ed|en)\b|"
                          r"^(?:[a-z-]+ ){0,2}[a-z-]+s [a-z]+ on (?:time|schedule|budget)$")


def ticked(metric: Metric) -> bool:
    """Whether a metric is only ticked done or not: read at least once, and its figures can
    only mean done or not (see :func:`~planlint.measure_words.figures_done_or_not`), as a checkbox
    list of key results reports ``Increase hashtag usage`` at the quarter's end. Whatever its
    wording asks,
    it has no reading of a level: no start, unit or data source to ask of it."""
    return bool(metric.actuals) and figures_done_or_not(metric)


def figureless(metric: Metric, measure: Measure) -> bool:
    """Whether a metric states no figure at all: no target, baseline or actual in its
    fields, and no target or baseline in its wording; or it says it is still to be
    defined ("TBD") and states no value. Such a measure is one gap, reported by
    metric-without-target; asking it for a baseline, unit, cadence, source or reading as
    well would report the same cause again."""
    if metric.target or metric.targets or metric.baseline or metric.actuals:
        return False
    return measure.undefined or not (measure.states_target or measure.baseline is not None)


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
    values = stated_figures(metric)
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
        and all(0 <= value <= 1 for metric in named for value in stated_figures(metric))


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
            part, whole = split_words(found.group("part")), split_words(found.group("whole"))
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


def shares_cases_meeting(metric: Metric) -> bool:
    """Whether a metric in percent states, with no figure or rate in its words, the
    condition each case should meet (``Releases ship on time``): the share of cases
    that meet it, which aims at all of them, as a completion does."""
    words = metric_words(metric)
    text = " ".join(words)
    return (metric.unit or "").strip() == "%" and not quantities_in(words) \
        and not RATE.search(text) and not names_harm(text) and bool(_EVERY_CASE.search(text))


def sets_standard(metric: Metric) -> bool:
    """Whether a metric states, with no unit, no figure in its fields and no rate, count
    or unit in its words, a standard every case of a group meets (see ``_STANDARD``):
    its level, all of them or none over the limit, is in its words, met each time or
    not, so there is no target to set and no start to read it from; it is still a
    figure of performance read from the organisation's systems, whose source is asked.
    A share of cases in percent (``Percentage of complaints responded to within
    timescales``) is a level, and is asked both."""
    if (metric.unit or "").strip() or has_figures(metric):
        return False
    text = " ".join(metric_words(metric))
    return bool(_STANDARD.search(text)) and not RATE.search(text) \
        and not unit_named(text)


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
    pay = metric_words(metric)
    at = next((position for position, word in enumerate(pay) if word in _PAY), None)
    if not at:
        return False  # most measures name no pay, or nobody before it
    words = title_words(text)
    verb = starts_with(words, _HIRING)
    if verb is None:
        return False
    named = [word for word in words[len(verb.split()):] if word not in ARTICLES | {"our"}]
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
    text = " ".join(metric_words(metric))
    return bool(_CONFORMS.search(text)) and not RATE.search(text) \
        and starts_with(metric_words(metric), RISE + FALL + CHANGES) is None


def states_aim(text: str) -> bool:
    """Whether a title names what it aims at in numbers: a quantity, or a placeholder for
    a figure kept confidential (``Reach at least $N net new ARR``)."""
    title = strip_label(text)
    return bool(quantities_in(split_words(title))) or bool(PLACEHOLDER.search(title))


#: A title that asks to move a share, rate or number it names: a verb or noun of rise or
#: fall, then the measure (``Increase the number of fee-paying programmes``, ``Demonstrate
#: improvement in the percent of job searches in which ... are interviewed``).
_MOVES_NAMED = LazyPattern(
    r"\b(?:" + "|".join((*RISE, *FALL, *CHANGES)) + r")(?: in)? (?:the |our )?"
    r"(?:percent|percentage|share|proportion|rate|number) of [a-z]",
    needs=("percent", "share of", "proportion of", "rate of", "number of"))


def names_measure_moved(text: str) -> bool:
    """Whether a title asks to move a share, rate or number it names (``Increase the
    number of fee-paying programmes``, ``Demonstrate improvement in the percent of job
    searches in which candidates from underrepresented populations are interviewed``):
    the goal states its own measure and its direction, and lacks only its figures."""
    return bool(_MOVES_NAMED.search(" ".join(title_words(text))))


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
    words = title_words(text)
    cut = next((at for at in range(1, len(words)) if looks_plural(words[at - 1])
                and words[at].endswith("ed")), len(words))
    return any(read_shape((" ".join(wording), None, False, False, False, None)).unit
               for wording in (words, words[:cut]))


def states_figure(text: str, value: float) -> bool:
    """Whether a title states ``value`` among its quantities (``Build 250,000 new child
    care spaces by the end of fiscal year 2025-2026`` states 250000, not 2025): the
    figure a piece of work commits to in its own words."""
    return any(quantity.value == value
               for quantity in quantities_in(title_words(text)))


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
    title = title_words(text)
    worded = title_words(words)
    asked = {quantity.value for quantity in quantities_in(worded)}
    if not asked:
        held = {word.rstrip(".") for word in title}
        return bool(worded) and all(
            word in held or (word.endswith("ed") and (
                word[:-1] in held or word[:-2] in held))
            for word in (word.rstrip(".") for word in worded))
    stated = {quantity.value for quantity in quantities_in(title)}
    return asked <= stated


#: Efforts against a standing problem, which go on rather than end (``Addressing our
#: climate crisis``).
_STANDING_EFFORTS = ("address", "tackle", "combat", "fight")
#: The words a title asking for a direction opens with: those verbs, with their ``-s``
#: and ``-ing`` forms.
_DIRECTION_OPENINGS = frozenset(
    form for verb in (*RISE, *FALL, *_STANDING_EFFORTS)
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
    words = title_words(text)
    opening = words[0] if words else ""
    joined = " ".join(words)
    return opening in _DIRECTION_OPENINGS \
        or (opening in CHANGES and words[1:2] == ["in"]) \
        or bool(_COMPARATIVE.search(joined) or _HIGHER_AMONG.match(joined))
