"""What a count counts, as its wording names it: things done or made within a period, the
demand a service answers, documents received, people reached in a year, adopters, shares of
things made, and counts a title opens with or breaks out (:mod:`planlint.measures` tells the
kind)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise, takewhile
from typing import TYPE_CHECKING

from planlint.limits import MAX_WORDED
from planlint.measure_words import (
    ABOUT,
    ACTIVITY_VERBS,
    AMOUNTS,
    BEFELL,
    BREAKDOWN,
    CHANGES,
    COUNT_VERBS,
    COUNTED,
    COUNTED_PEOPLE,
    DELIVERY_VERBS,
    FALL,
    FLOORS,
    FREQUENCIES,
    HAD,
    HEAD_REACH,
    IN_TIME,
    INCOME_WORDS,
    LEVEL_START,
    MADE,
    MILESTONE_VERBS,
    NOT_COUNTING,
    NUMBER,
    PERIOD,
    PERSONS,
    PHRASE_ENDS,
    PHRASE_REACH,
    RATE,
    RISE,
    SUBJECT_REACH,
    TIME_UNITS,
    UNIT_WORDS,
    WHO,
    all_whole,
    count_after,
    counting,
    done_words,
    how_many,
    looks_plural,
    metric_words,
    names_harm,
    names_rate,
    noun_head,
    noun_phrase,
    past_participle,
    qualifies,
    quantities_in,
    scaled,
    sentence_words,
    split_words,
    starts_with,
    stated_figures,
    strip_label,
    title_words,
    whole_figures,
    worded,
)
from planlint.measures import (
    counts_things,
    read_measure,
    read_shape,
)
from planlint.model import Goal, Metric
from planlint.patterns import LazyPattern
from planlint.timeline import metric_goals

if TYPE_CHECKING:
    from planlint.plan import Plan


#: Present participles that, after the things a title names, say those things took
#: something up or got something from the work (``Partner institutions and organizations
#: adopting women-centered policies``, ``Farmers adopting drought-tolerant seed``,
#: ``Students benefiting from direct interventions to enhance learning``, as results
#: frameworks count adopters and beneficiaries): an act each of them does, counted, not
#: a condition they are in.
_TAKING_UP = frozenset(("adopting", "benefiting", "benefitting"))
#: Words that, right after the people or things a title opens with, say what each of them
#: has, holds or gets (``People with access to rural water supply``, ``Women holding
#: titles to land``, ``Adults living with HIV``, ``Households receiving benefits``): a
#: qualifier that says which of them are counted, each one that has it counted once.
_HOLDING = frozenset(("with", "holding", "having", "living", "receiving", "owning",
                      "accessing"))


def _taking_up(words: list[str]) -> bool:
    """Whether a title opens with the things it names, in the plural, and then says they
    took something up or got something (``Partner institutions and organizations
    adopting women-centered policies``, ``Farmers adopting drought-tolerant seed
    varieties``, ``Students benefiting from direct interventions``), or, at once after
    them, says in the present or the perfect what each of them does or got: a verb of
    delivery and what it delivers (``Basic education public schools design improvement
    plans``, ``Schools adopt the new curriculum``), or ``have`` and a participle that
    says what a count counts (``Families have received children's books``, see
    :data:`~planlint.measure_words.COUNTED`), the relative pronoun of ``Families who have
    received…`` left out, as results frameworks word their rows: each that did is one counted, so
    the things are
    its unit. Only the things (more of them named beside them, ``… and organizations``,
    or, before a participle, which of them, ``in the region``) stand before what they
    did. A verb that states a condition (``Students meet the standard``, ``Trusts have
    achieved the standard``) is none of these: a share of them may be meant. What they
    did is not work the plan did: it is no count of work done (:func:`counts_done`), only
    of things (see :func:`counts_named`)."""
    head = noun_head(words)
    if head is None or words[head] in AMOUNTS:
        return False
    rest = words[head + 1:head + 1 + PHRASE_REACH + 1]
    position = next((index for index, word in enumerate(rest) if word in _TAKING_UP), None)
    if position is None:
        named = 2 if rest[:1] in (["and"], ["or"]) and len(rest) > 1 \
            and looks_plural(rest[1]) else 0
        clause = rest[named:]
        return len(clause) > 1 and all(word.isalpha() for word in rest[:named]) and (
            clause[0] in DELIVERY_VERBS or (
                clause[0] in _PERFECT and clause[1] in COUNTED and past_participle(clause[1])))
    between = rest[:position]
    return qualifies(between) or (
        between[:1] in (["and"], ["or"]) and all(word.isalpha() for word in between)
        and looks_plural(between[-1]))


def numbers_things(metric: Metric) -> bool:
    """Whether a metric's title opens with ``Number of`` (``#``, ``No.``) and every figure
    it states is a whole number of at least 0 (``Number of boat inspections``): a count
    of the things it names."""
    return metric_words(metric)[:2] == ["number", "of"] and whole_figures(metric)


def states_things_counted(metric: Metric) -> bool:
    """Whether a metric's title names the things its number counts (``CodeClimate: 0
    issues``, ``four membership drives``; see :func:`planlint.measures.counts_things`)
    and every figure it states is a whole number of at least 0: a count of those things,
    as :func:`numbers_things` reads ``Number of``."""
    words = metric_words(metric)
    return counts_things(words, quantities_in(words)) and whole_figures(metric)


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
    values = stated_figures(metric)
    whole = bool(values) and all_whole(values)
    if whole and _EACH_HAS.match(title.strip()) and (2 <= max(values) <= 10
                                                      or max(values) > 100):
        return True
    words = title_words(_INCLUDES_ASIDE.sub("", title)) if _INCLUDES_ASIDE.search(title) \
        else metric_words(metric)
    head = noun_head(words)
    if head is None:
        return False
    if whole and _taking_up(words):
        return True
    if whole and max(values) > 100 and _held_by(words, head):
        return True
    end = next((position for position, word in enumerate(words) if word in ABOUT),
               len(words))
    noun, between = words[end - 1], words[head:end - 1]
    if end - 1 < head or end >= HEAD_REACH + 2 or noun in PERSONS or noun in AMOUNTS \
            or not looks_plural(noun) or (end < len(words) and words[end] == "to") or any(
                word.endswith(("ed", "ing")) or word in WHO | HAD
                for word in words[:end - 1]) \
            or any(looks_plural(word) for word in between[1:]):
        return False
    # a phrase after the things may say the condition of a share of them (``Walkways in
    # fair condition``): then only a figure above 100 says it counts them; one that says
    # what they are for (``Pre-investment studies for all official centers``) says none
    return whole and (end == len(words) or max(values) > 100 or (
        words[end] == "for" and words[end + 1:end + 2] != [] and words[end + 1] not in WHO))


def _held_by(words: list[str], head: int) -> bool:
    """Whether the plural noun or the people heading a title (see
    :func:`~planlint.measure_words.noun_head`) are followed at once by what each of them has, holds
    or gets (``People with access to
    rural water supply``, ``Women holding titles to land``, see ``_HOLDING``): a qualifier
    that says which of them are counted, not an amount (``Annual emissions with…``)."""
    return words[head] not in AMOUNTS and words[head + 1:head + 2] != [] \
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
        and not any(word in PHRASE_ENDS or word in WHO or word in HAD
                    or word in NOT_COUNTING for word in words) \
        and starts_with(words, MILESTONE_VERBS + COUNT_VERBS + RISE + FALL
                        + LEVEL_START + CHANGES + ACTIVITY_VERBS) is None


def _names_things(words: list[str]) -> bool:
    """Whether a bare label ends in a noun that names things one may count: a plural
    other than an amount (``Marketing packages``, not ``emissions``), or a singular that
    names no level, share, amount or score by its word or its ending (``Outreach
    initiative``, not ``Media coverage``, ``Park Quality Rating``, nor an act in the mass,
    ``Recycling``, unless what was done to it comes first: ``Pre-arranged meeting``),
    as a scorecard labels a count in the singular (``… goal: 26``); people are left out,
    of whom a share may as well be meant, and so is a modifier that names a measure."""
    head = words[-1]
    if head in PERSONS or head in COUNTED_PEOPLE or head in AMOUNTS or past_participle(head) \
            or any(word in _MEASURE_HEADS or word in UNIT_WORDS for word in words):
        return False
    return looks_plural(head) or (head.isalpha() and not head.endswith(_ABSTRACT_ENDINGS)) or (
        # a thing named by the act it is, after what was done to it (``Pre-arranged
        # meeting``): each one done is one, not an act in the mass (``Recycling``)
        head.endswith("ing") and len(words) > 1
        and past_participle(words[-2].rsplit("-", 1)[-1]))


def _counted_row(metric: Metric) -> bool:
    """Whether a metric states no unit, is labelled by a bare noun phrase (see
    :func:`_bare_label`), and every figure it states is a whole number of at least 0,
    with a target and a reading."""
    return metric.unit is None and metric.target is not None and bool(metric.actuals) \
        and whole_figures(metric) and _bare_label(metric_words(metric))


def counting_labels(metrics: Sequence[Metric]) -> bool:
    """Whether a plan labels one of its counts by the bare name of the things it counts,
    with a whole target and readings and no unit (``Site visits``, goal 15, read 58; see
    :func:`_counted_row`), the wording reading it as a count of them: a scorecard that
    writes its counts so (see :func:`counted_alike`)."""
    return any(_counted_row(metric) and looks_plural(metric_words(metric)[-1])
               and read_measure(metric).unit for metric in metrics)


def counted_alike(metric: Metric) -> bool:
    """Whether a metric is a row of a scorecard of counts by its own shape: labelled, as
    the plan's count is (:func:`counting_labels`), by a bare noun phrase naming things in
    the singular or the plural (``Outreach initiative``, ``Marketing packages``,
    ``Pre-arranged meeting``, see :func:`_names_things`), its target and every reading a
    whole number of 10 or more (no scale of one to five or ten gives it), with no unit:
    the figures count the things the label names, as those of ``Site visits`` do."""
    words = metric_words(metric)
    return _counted_row(metric) and _names_things(words) \
        and all(value >= 10 for value in stated_figures(metric))


def labels_count(metric: Metric) -> bool:
    """Whether a metric's title labels its figure by the bare name of the things it counts,
    in the plural, the figure written after it and a colon as its target (``Twitter:
    Likes: 800``, ``Facebook: Page likes: 2500``, ``Events: 10 recorded & fully tracked``,
    targets 800, 2,500 and 10), every figure whole: the label names the things the
    figure counts, as a scorecard's row does (see :func:`counted_alike`)."""
    target, title = metric.target, (metric.title or "")[:MAX_WORDED]
    if target is None or target.value is None or ":" not in title \
            or not all_whole(stated_figures(metric)):
        return False
    parts = title.split(":")
    for label, after in pairwise(parts):
        words, figure = split_words(label), after.split()[:1]
        match = NUMBER.match(figure[0]) if figure and figure[0][:1].isdigit() else None
        if match is not None and not match.group(2) and words and _bare_label(words) \
                and looks_plural(words[-1]) and _names_things(words) \
                and float(match.group(1).replace(",", "")) == target.value:
            return True
    return False


def counts_done(metric: Metric) -> bool:
    """Whether a metric's title opens with the things it counts, or with ``Number of``
    (``#``, ``No.``) or how many (``12-18 grants signed``, ``5,000 people trained``; not
    a share, ``90% of calls answered``) before them, and then says what was done to them
    (``New shops opened``, ``Facilitators trained to deliver…``, ``Number of client
    consultations performed``, ``Number of people reached through social media``, see
    :func:`~planlint.measure_words.done_to_named`; after ``Number of``, also what they do in it,
    ``Number of participants attending extension programs``), with no clause on what they did
    themselves (``Countries that have leveraged…``), no harm and nothing that befell them
    or was recorded as happening (``People killed in crashes``, ``Number of offences
    recorded``): a count of what work has done, kept by those who did it. A title that
    names the objective a measure serves before a colon and the measure after it
    (``Enforcement of EU State aid control: Number of Commission decisions adopted``, an
    EU management plan's indicator; ``Have a behavioural based safety culture ...: Board
    Safety walks scheduled quarterly``, a statement of intent's target) is read after the
    colon too, where the count is named."""
    title = strip_label(metric.title or metric.name or "")
    return done_words(metric_words(metric)) or (
        ": " in title and done_words(split_words(title.rsplit(": ", 1)[1])))


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
        and all_whole(stated_figures(metric))


def _gathering_words(words: list[str]) -> bool:
    """:func:`counts_gatherings` of the words that name what a title counts."""
    if not words or (not _GATHERINGS.issuperset(words[0].split("/"))
                     and _held_head(words) is None):
        return False
    return WHO.isdisjoint(words) and BEFELL.isdisjoint(words) \
        and not names_harm(" ".join(words))


#: Words between how many and the things counted that say they come on top of others
#: (``12 more streams``, ``2 other Funding Agreements``).
_FURTHER = frozenset(("more", "other", "additional", "new", "further", "extra"))


def _counted_phrases(metric: Metric) -> list[list[str]]:
    """The words that name what a metric's title counts: the title's, and after a colon
    the part after it, where a title names the objective first; each without the
    ``Number of`` or how many that opens it (``12-18 grants signed``; not a share) and
    the word that says the things come on top of others (``12 more streams``)."""
    title = strip_label(metric.title or metric.name or "")
    phrases = [metric_words(metric)]
    if ": " in title:
        phrases.append(split_words(title.rsplit(": ", 1)[1]))
    counted = []
    for words in phrases:
        if words[:2] == ["number", "of"]:
            words = words[2:]
        elif words and words[0][:1].isdigit():
            words = words[how_many(words):]
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
    only by a short phrase on what they are about or where (see
    :func:`~planlint.measure_words.qualifies`); not money or a flow from outside (``funding
    streams``, ``security updates``), nor a rate
    or a harm. So does a title that opens with a verb by which a service connects or
    onboards parties to itself or routes their data (``Connect at least 5 new healthcare
    organizations to ReportStream``, ``Route lab data for at least 15 reportable
    conditions``; see :data:`_CONNECT_VERBS`) and states how many within a few words
    after it: the parties or things its own work takes on, not a share, a rate or a time
    (``Route 95% of calls within 30 seconds``). Each is an act of the organisation's own,
    counted from the work itself (see :func:`counts_done`)."""
    if not all_whole(stated_figures(metric)) or RATE.search((metric.unit or "").lower()):
        return False
    if _connects_words(metric_words(metric)):
        return True
    if not (stated_figures(metric) or any(word[:1].isdigit() for word in metric_words(metric)[:1])):
        return False
    return any(_issued_words(words) for words in _counted_phrases(metric))


def _connects_words(words: list[str]) -> bool:
    """Whether a title's words open with a verb of :data:`_CONNECT_VERBS` and a whole
    count follows within a few words (a floor before it), with no rate, harm or time
    standard: not a road's number (``Route 9 resurfacing``)."""
    if not words or words[0] not in _CONNECT_VERBS or words[1:2] in (["of"], ["in"]):
        return False
    text = " ".join(words)
    if RATE.search(text) or names_harm(text) or IN_TIME.search(text) \
            or (words[0] == "route" and len(words) > 1 and NUMBER.match(words[1])):
        return False
    count = count_after(words, 1)
    return count is not None and float(count).is_integer()


def _issued_words(words: list[str]) -> bool:
    """:func:`counts_issued` of the words that name what a title counts."""
    text = " ".join(words)
    if RATE.search(text) or names_harm(text) or not WHO.isdisjoint(words) \
            or starts_with(words, MILESTONE_VERBS + COUNT_VERBS + RISE + FALL
                           + CHANGES + ACTIVITY_VERBS) is not None:
        return False
    for position, word in enumerate(words[:_ISSUE_REACH + 1]):
        before = words[:position]
        if not all(other.replace("-", "").isalpha() for other in before):
            return False
        if word in _FLOWS and not _NOT_ISSUED.isdisjoint(before[-1:]):
            return False
        if word in _ISSUED or (word == "members" and before[-1:]
                               and before[-1] in _OWN_BODIES):
            return qualifies(["with" if other == "w/" else other
                              for other in words[position + 1:]])
    return False


def _held_head(words: list[str]) -> str | None:
    """The meetings or hearings (:data:`_HELD`) heading the noun phrase that opens a
    title after the words that say which (``Council meetings``), if they head it."""
    head = noun_head(words)
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
_RECURRING = FREQUENCIES | {"fortnightly", "daily", "biannually", "semiannually"}
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
    words = split_words(BREAKDOWN.split(title.rsplit(": ", 1)[-1])[-1])
    share = words[1:2] == ["of"] and words[0] in _SHARE_OF
    if share:
        words = words[2:]
    elif words[:1] and words[0] in _ROUTINE_ACTS and words[2:3] == ["of"] \
            and _PERCENT.fullmatch(words[1]):
        words = words[:1] + words[3:]  # the share of those due after the verb
    text = " ".join(words)
    if not words or RATE.search(text) or names_harm(text):
        return False
    recurs = _EVERY.search(text)
    end = len(text[:recurs.start()].split()) if recurs else next(
        (at for at, word in enumerate(words) if word.rstrip(".") in _RECURRING), None)
    return end is not None and ((not share and words[0] in _ROUTINE_ACTS)
                                or not _ROUTINE_DONE.isdisjoint(words[1:end]))


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
    words = metric_words(metric)
    return not names_harm(" ".join(words)) and (any(
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
    words = [word.rstrip(".;,") for word in metric_words(metric)]
    return WHO.isdisjoint(words) and _ANSWERED.search(" ".join(words)) is not None


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
    *RISE, *FALL, *CHANGES,
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
    words = [word.rstrip(".;,") for word in metric_words(metric)]
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
        and not names_harm(title.lower()) and not names_rate(metric)


def totals_things(metric: Metric) -> bool:
    """Whether a metric's figure is a total of the things or money its unit names
    (``camponeses``, ``households``, ``USD``): it states a unit, not a percentage nor a
    span of time (``days``, ``months``), and its title and unit name no rate, share or
    average and no harm. Whether it adds up from a start is for the plan to say (see
    metric-without-baseline)."""
    unit = (metric.unit or "").lower()
    return bool(unit) and "%" not in unit and unit.rstrip("s") not in TIME_UNITS \
        and not names_rate(metric) and not names_harm(worded(metric.title).lower())


def counts_own_output(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is measured only by counts that add up what its work has done since
    the plan began (:func:`adds_up`, read as counts over the plan by
    :meth:`planlint.plan.Plan.measure`): a line of activity stated as a goal (a HUD
    grantee's ``Rental Housing``, counted in housing units against its five-year goal),
    whose accomplishments are the work that executes it."""
    metrics = plan.refs(goal, "metrics", Metric)
    return bool(metrics) and all(adds_up(metric) and plan.measure(metric).kind == "count"
                                 for metric in metrics)


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
    words = metric_words(metric)
    text = " ".join(words)
    values = [actual.value for _, actual in metric.by_date if actual.value is not None]
    return str(year) in words and (not _RECIPIENTS.isdisjoint(words) or counts_done(metric)) \
        and not RATE.search(text) and not names_harm(text) \
        and "%" not in (metric.unit or "") and not RATE.search((metric.unit or "").lower()) \
        and all(before <= after for before, after in pairwise(values))


def counts_in_year(text: str) -> bool:
    """Whether a title names a number of things, in figures or in words, followed by the
    period they are done in (``four membership drives in 2021``, ``12 webinars in
    FY2024``): a count made within that period, which starts from none."""
    words = title_words(text)
    if "in" not in words:
        return False  # most titles: no period named, so no count to find
    for index in counting(words, quantities_in(words)):
        phrase = noun_phrase(words, index)
        after = index + 1 + len(phrase)
        if phrase and looks_plural(phrase[-1]) and words[after:after + 1] == ["in"] \
                and PERIOD.match("".join(words[after + 1:after + 2])):
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
_MONEY_BROUGHT = INCOME_WORDS | frozenset((
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
    words = metric_words(metric)
    text = " ".join(words)
    if names_harm(text) or FREQUENCIES.intersection(words) or _EVERY.search(text):
        return False
    start = next((len(floor) for floor in FLOORS if tuple(words[:len(floor)]) == floor), 0)
    every = quantities_in(words)
    quantities = [q for q in every if q.position == start]
    if not quantities:
        return _gatherings_with(words) or (
            len(every) == 1 and starts_with(words, RISE + FALL + LEVEL_START) is None
            and _PLUS_MORE.search(title[:MAX_WORDED]) is not None)
    first, word = quantities[0], words[start]
    phrase = noun_phrase(words, start)
    if word[0] in "$€£¥":  # an amount of money: the money it names is brought in
        named = phrase or list(takewhile(lambda part: part not in PHRASE_ENDS,
                                         words[start + 2:start + 2 + PHRASE_REACH]
                                         if words[start + 1:start + 2] == ["in"] else []))
        head = next((at for at, name in enumerate(named[:3])
                     if not _MONEY_BROUGHT.isdisjoint(name.split("/"))), None)
        return head is not None and _STANDING.isdisjoint(named[:head])
    if (first.unit and not scaled(word)) or first.value != int(first.value) \
            or first.value == 1:
        return False
    head = next((at for at, name in enumerate(phrase) if looks_plural(name)), None)
    return head is not None and head <= 3 and not _STANDING.intersection(phrase[:head]) \
        and phrase[0].removesuffix("s") not in TIME_UNITS \
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
    words = metric_words(metric)
    at = next((index for index, word in enumerate(words[:SUBJECT_REACH])
               if word in ("has", "have")), None)
    if not at or not quantities_in(words[at + 1:at + 2]):
        return False
    subject = words[:at]
    for other in others:
        said = metric_words(other)
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
    return bool(count) and NUMBER.match(count[0]) is not None and count[0][0].isdigit() \
        and "%" not in count[0] and words[at + 3:at + 4] != ["%"] \
        and bool(_TOOK_PART.intersection(words[at + 3:at + 5]))


#: A digit: a title without one states no figure (see :data:`~planlint.measure_words.NUMBER`).
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
    if not all_whole(stated_figures(metric)):
        return False
    title = metric_words(metric)
    words = title_words(text)
    quantities = quantities_in(words)
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
    words = title_words(title)
    quantities = quantities_in(words)
    return bool(quantities) and quantities[0].position == 0 and not quantities[0].unit \
        and quantities[0].value == target.value and bool(noun_phrase(words, 0)) \
        and all_whole(stated_figures(metric))


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
    words = metric_words(metric)
    if starts_with(words, _LINKING) is None:
        return False  # not a party joined to the programme's service
    for at, word in enumerate(words):
        if word in _ONE and words[at - 1:at] not in _CEILINGS \
                and [name.removesuffix("s") for name in words[at + 1:at + 1 + len(unit)]] \
                == [name.removesuffix("s") for name in unit]:
            return True
    return False


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
    measure = read_shape((text, None, False, False, False, None))
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
            or _ONE_PERIOD.search(title) or names_harm(title.lower()):
        return False
    return starts_with(title_words(text), COUNT_VERBS) is not None


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
            and _counts_rising(title_words(metric.target.text)):
        return True
    unit = split_words(metric.unit or "")
    if not unit or not whole_figures(metric):
        return False
    words, size = title_words(metric.title or ""), len(unit)
    return any(words[at:at + size] == unit and words[at + size] in _RELATIVE
               and words[at + size + 1] in _PERFECT
               for at in range(len(words) - size - 1))


#: The ``-ing`` forms of the verbs that ask a level to rise (``improving``, ``increasing``).
_RISING = frozenset(verb.removesuffix("e") + "ing" for verb in RISE)


def _counts_rising(words: list[str]) -> bool:
    """Whether the words open with how many (a figure, alone or after a floor: ``>2``,
    ``at least 5``; no percent or currency sign) before things in the plural and the
    ``-ing`` form of a verb that asks a level to rise (``>2 sectors improving maturity``,
    ``at least 5 schools increasing attendance``): a count of the things that move, not
    a share of a group (``80% of schools improving``) nor the level they reach."""
    for index in counting(words, quantities_in(words)[:1]):
        if index > 2 or not all(word in (">", "≥", "at", "least", "over", "more", "than")
                                for word in words[:index]):
            continue
        phrase = list(takewhile(lambda word: word not in _RISING,
                                noun_phrase(words, index)))
        after = index + 1 + len(phrase)
        if phrase and looks_plural(phrase[-1]) and words[after:after + 1] \
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
    words = sentence_words(split_words(title[opening.end():]))
    if words[:1] in (["new"], ["newly"]):
        if 3 <= len(words) <= 4 and words[-1] in _REACHED and looks_plural(words[-2]):
            return True
        for at, word in enumerate(words[1:5], 1):
            if word in _RELATIVE:
                clause = words[at + 1:at + 3]
                return len(clause) == 2 and clause[0] in _PERFECT and past_participle(clause[1]) \
                    and looks_plural(words[at - 1])
        return False
    if len(words) < 2 or words[0] not in MADE or not looks_plural(words[1]):
        return False
    return any(other is not metric and plan.measure(other).kind == "count"
               and {words[0], words[1]} <= set(metric_words(other))
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
    return year in text and year in split_words(text) and states_count_of(text, metric)


def whole_named(title: str) -> str | None:
    """The name of the measure a row breaks a part out of, before a dash
    (``Juvenile delinquency cases eligible for adjustment`` of ``... - low-risk (%)``);
    None for a title with no such dash."""
    parts = BREAKDOWN.split(" ".join(title.split()))
    return " ".join(parts[:-1]) if len(parts) > 1 else None
