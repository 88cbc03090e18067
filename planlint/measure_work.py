"""Deliverables, commitments and work, as a measure's wording names them: a thing to set up,
a decision, many deliverables, the plan's own work, practices under way, and measures that
restate or take up another item's wording."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from planlint.measure_words import (
    ABOUT,
    ACTIVITY_VERBS,
    ALL_OF,
    AMOUNTS,
    ARTEFACTS,
    ARTICLES,
    BEFELL,
    CHANGES,
    COUNT_VERBS,
    DELIVERABLE_NOUNS,
    DELIVERY_VERBS,
    DURATION,
    FALL,
    FREQUENCIES,
    LEVEL_START,
    MILESTONE_VERBS,
    NOT_PLURAL,
    NOUN_AFTER,
    PERSONS,
    PHRASE_ENDS,
    PHRASE_REACH,
    RATE,
    RISE,
    SUBJECT_REACH,
    TIME_UNITS,
    WHO,
    all_whole,
    binary_values,
    delivers,
    has_figures,
    looks_plural,
    metric_words,
    names_harm,
    names_rate,
    noun_phrase,
    own_work_verb,
    past_participle,
    split_words,
    starts_with,
    stated_figures,
    strip_label,
    title_words,
    unit_named,
    whole_figures,
    worded,
)
from planlint.measures import (
    Measure,
)
from planlint.model import Goal, Initiative, Metric, Person, Unit
from planlint.patterns import LazyPattern
from planlint.timeline import final_target, metric_goals

if TYPE_CHECKING:
    from planlint.plan import Plan


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
#: Verbs that, after the things a title names first, say what is to be true of them.
_BE_HAVE = frozenset(("is", "are", "has", "have"))


def _states_affairs(words: list[str]) -> bool:
    """Whether the words are a clause that says what is to be true of the things they
    name first: those things have come to a state (``Digital public goods have enabled
    diverse groups of stakeholders to take action``) or are in one (``Digital public
    goods are part of the default approach``). Not a title that opens with a verb (work
    to do), nor a noun phrase that runs past a relative pronoun or a preposition before
    the verb (``People who are…``, ``Share of roads that are…``)."""
    if starts_with(words, MILESTONE_VERBS + COUNT_VERBS + RISE + FALL + LEVEL_START
                   + CHANGES + ACTIVITY_VERBS) is not None:
        return False
    for position, word in enumerate(words[:SUBJECT_REACH + 1]):
        if word in _BE_HAVE:
            after = words[position + 1:position + 2]
            return position > 0 and bool(after) \
                and (word in ("is", "are") or past_participle(after[0]))
        if word in WHO or word in ABOUT or not word.replace("-", "").isalpha():
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
    words = metric_words(metric)
    text = " ".join(words)
    if not words or RATE.search(text) or unit_named(text) or any(
            character.isdigit() for character in text):
        return False
    return _states_affairs(words) or (words[0] in ARTICLES and delivers(words[1:])) or (
        words[0] in ARTICLES - {"the"} and len(words) > 1)


#: Words too common to show that two titles say the same thing.
_COMMON = frozenset(("with", "that", "from", "than", "into", "this", "their", "more",
                     "over", "each", "across", "have", "been", "will", "what", "make"))


@lru_cache(maxsize=4096)
def _gist(text: str) -> frozenset[str]:
    """The words of a title that carry its meaning, cut to five letters so that
    ``reduce`` and ``reducing`` match: words of four letters or more, common ones left
    out."""
    return frozenset(word[:5] for word in split_words(strip_label(text))
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
_CARRIED_VERBS = DELIVERY_VERBS | frozenset(RISE) | frozenset(FALL)


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
    opening = split_words(strip_label(earlier))[:1]
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
        and not RATE.search(title) and not names_harm(title.lower())


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


def makes_one(metric: Metric, measure: Measure) -> bool:
    """Whether a metric is a count of one thing to make or get (``Create one meetup in a
    box``, ``Add 1 full time rust developer``): its wording reads as a count and every
    figure it aims at is 1, and nothing says it is one of each of a group (``1 blog post
    for each project``). Like a milestone, it is done or not: there is no level to read,
    only the thing, there or not."""
    final = final_target(metric)
    aim = final[0].value if final is not None else measure.target
    return measure.kind == "count" and aim == 1 and measure.target in (None, 1) \
        and ALL_OF.isdisjoint(metric_words(metric))


def names_deliverable(text: str) -> bool:
    """Whether a title names a deliverable, done or not (``Open the new depot``,
    ``Launch of the portal``), as a metric's wording is read for a milestone."""
    return delivers(title_words(text))


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
    words = title_words(text)
    if _SETS_UP.match(" ".join(words)):
        return True
    started = _STARTS_ONE.match(" ".join(words))
    if started is not None:
        return started.group("head") is None or not looks_plural(started.group("head"))
    if starts_with(words, _RENEW) is None or "with" not in words:
        return False
    at = words.index("with")
    parts = words[at + 1:]
    return at > 1 and words[at - 1] in ARTEFACTS and len(parts) > 2 and (
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
    decided = _DECIDES.match(" ".join(title_words(text)))
    return decided is not None and not looks_plural(decided.group("head"))


#: The work a count names before the things it is done to: the deliverables it makes
#: (``Completion of formalized governance agreements``) or the things it supports
#: (``support for EU policy documents``).
_DELIVERING = (*DELIVERABLE_NOUNS, "support for", "support to")
#: A word before that work that says how often it is done (``Regular publication of…``).
_HOW_OFTEN = FREQUENCIES | {"regular"}


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
    words = title_words(title)
    if words[:1] and (words[0] in _HOW_OFTEN or _acronym(title)):
        words = words[1:]
    opening = starts_with(words, _DELIVERING)
    values = [target.value for target in (metric.target, *metric.targets)
              if target is not None]
    return opening is not None and bool(values) and all(
        value is not None and value > 1 and float(value).is_integer() for value in values
    ) and (opening == "publication of"
           or any(looks_plural(word) for word in noun_phrase(words, len(opening.split()) - 1)))


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
    if len(words) < 2 or starts_with(words, RISE + FALL + CHANGES + LEVEL_START) \
            is not None:
        return False
    noun = words[-1]
    if not looks_plural(noun) or len(noun) <= 3 or noun in AMOUNTS or noun in PERSONS \
            or noun in NOT_PLURAL or noun.removesuffix("s") in TIME_UNITS:
        return False
    if "of" in words:
        at = words.index("of")
        work, things = words[:at], words[at + 1:]
        done = 0 < len(work) <= 2 and work[-1].endswith("ing")
    else:
        verbs = 3 if words[1:2] == ["and"] else 1
        work, things = words[:verbs], words[verbs:]
        done = not any(looks_plural(word) for word in work)
    return done and 0 < len(things) <= PHRASE_REACH and all(
        word.replace("-", "").isalpha() and word not in PHRASE_ENDS for word in things) \
        and not any(looks_plural(word) for word in things[:-1] if word != noun)


def counts_work_output(plan: Plan, metric: Metric) -> bool:
    """Whether a measure of a piece of work (see :func:`measures_work`) whose own title
    names nothing it counts (no plural: an action's ``expected output``) counts the things
    the work's title names (see :func:`_work_names_things`: ``Translate documents``,
    ``Subtitle videos``), as an agency's work programme lists each action with its
    expected output, 454 760 for ``Translate documents``: every figure it states is a
    whole number of at least 0, so its figures count those things, which are its unit."""
    if any(looks_plural(word) for word in metric_words(metric)) \
            or not measures_work(plan, metric):
        return False
    values = stated_figures(metric)
    if not values or not all_whole(values):
        return False
    return any(_work_names_things(title_words(work.title or work.name or ""))
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
    words = [part for word in metric_words(metric) for part in word.split("/")]
    text = " ".join(words)
    if RATE.search(text) or RATE.search(metric.unit or "") or names_harm(text) \
            or not all_whole(stated_figures(metric)) or not BEFELL.isdisjoint(words):
        return False
    if words[:2] == ["number", "of"]:
        words = words[2:]
    for position, word in enumerate(words[:_OUTPUT_REACH]):
        if word in _OUTPUT_DONE:
            return position > 0
        if word in ABOUT or word in WHO or not word.replace("-", "").isalpha():
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
    words = [part for word in metric_words(metric) for part in word.split("/")]
    text = " ".join(words)
    return any(looks_plural(word) and word not in NOT_PLURAL for word in words) and not (
        RATE.search(text) or RATE.search((metric.unit or "").lower()) or names_harm(text)
        or "$" in worded(metric.title, metric.unit)
        or not _MAGNITUDES.isdisjoint(words) or not AMOUNTS.isdisjoint(words))


def delivers_in_words(plan: Plan, metric: Metric) -> bool:
    """Whether a process measure of a piece of work (see :func:`measures_work`) states no
    figure and its target, in words only, names a deliverable (``An implementation
    workplan will be completed by March 2026``, ``Project Phases 4 & 5 complete``): done
    or not, with nothing to read from a data system."""
    target = metric.target
    return target is not None and target.text is not None and not stated_figures(metric) \
        and not metric.targets and measures_work(plan, metric) \
        and names_deliverable(target.text)


def reports_done(metric: Metric) -> bool:
    """Whether a metric's title says a thing is done (``Baseline satisfaction score is
    established``) and its figures can mean only done or not (see
    :func:`~planlint.measure_words.binary_values`): the figures report a deliverable, even where the
    title names it by a score."""
    text = " ".join(metric_words(metric))
    return bool(_SAID_DONE.search(text)) and binary_values(metric)


def measures_work(plan: Plan, metric: Metric) -> bool:
    """Whether a metric is a process measure of a piece of work: an initiative lists it,
    no goal does, and its wording does not ask a level to move (``# of screening
    events``, ``% of discharges with a follow-up call``, but not ``Increase the number of
    partner organisations``). Such a measure starts when the work starts."""
    words = metric_words(metric)
    return not metric_goals(plan, metric) and bool(
        plan.referrers(metric, "metrics", Initiative)) and starts_with(
        words, RISE + FALL + CHANGES) is None


def names_own_work(text: str) -> bool:
    """Whether a text opens with a verb of work its organisation does itself, delivered
    or ongoing, or its ``-ing`` form (``Organize and host the 2024 Roundtable``, ``Hiring
    an Indigenous Research Director``, ``Continue support for the collaboration``), and
    not as a noun (``Use of notebooks``): an activity, not a level to move (``Increase
    fundraising``, ``Improve engineering productivity``)."""
    return own_work_verb(title_words(text)) is not None


def commits(metric: Metric, measure: Measure) -> bool:
    """Whether a metric read as a level is a commitment in a plan that lists commitments
    (see :meth:`planlint.plan.Plan.lists_commitments`): its kind is not given, its fields
    hold no figure, and its wording opens with a verb (``increase support to departments'
    projects``, ``continue to operate and improve the platform``), unless it asks a level
    to move by a number it states (``Increase NPS from 30 to 50``). It says what the
    plan's body will do, done or not, like the plan's other items."""
    if measure.said or measure.kind != "level" or has_figures(metric):
        return False
    words = metric_words(metric)
    verb = starts_with(words, MILESTONE_VERBS + COUNT_VERBS + RISE + FALL
                       + ACTIVITY_VERBS)
    if verb is None or not NOUN_AFTER.isdisjoint(words[len(verb.split()):][:1]):
        return False
    return not (measure.states_target and verb in RISE + FALL)


def unnamed_commitment(metric: Metric, measure: Measure) -> bool:
    """Whether a metric is read as a level only because nothing tells its kind: not its
    ``kind``, the plan's ``metrics_kind``, nor any figure, rate, unit, count or verb in
    its wording (a noun phrase such as ``Centralized resource for members' physical and
    emotional needs`` or ``Means for continued participation beyond retirement``), and
    its fields hold no figure, unit or cadence. Among deliverables (see
    :attr:`planlint.plan.Plan.delivers_work`) it is one more: nothing in it names a level
    to read."""
    return not measure.told and not measure.said and measure.kind == "level" \
        and not has_figures(metric) and metric.unit is None and metric.cadence is None


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
    words = metric_words(metric)
    if not _states_affairs(words) or any(word.startswith(_MOVING) for word in words):
        return False
    at = next(position for position, word in enumerate(words) if word in _BE_HAVE)
    verb = words[at + 2:at + 3] if words[at + 1].endswith("ly") else words[at + 1:at + 2]
    return words[at] in ("is", "are") and any(
        word.endswith("ing") and word.isalpha() for word in verb)


#: The stems of the verbs of a level on the move (``is growing``, ``are declining``).
_MOVING = (*RISE, *FALL, "rise", "rising", "fall", "declin", "drop")


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
    return all(0 <= value <= 100 for value in stated_figures(metric))


#: Units that say only that a figure is a number of things (``Número``, ``No.``, ``#``,
#: ``units``), in the languages plans are written in: with a target of 1, one thing.
_COUNT_UNITS = frozenset((
    "number", "no", "no.", "nº", "n°", "#", "count", "unit", "units", "item", "items",
    "número", "numero", "nombre", "quantidade", "cantidad", "quantité", "unidad", "unidades",
    "unidade", "unité", "unités", "unità"))


def whole_of_it(metric: Metric, measure: Measure, aim: float) -> bool:
    """Whether ``aim``, a metric's final target, is the whole of what it measures, so
    that a reading that reaches it has finished the thing rather than got ahead: the
    metric is a milestone, done or not; or, for a metric that does not fall, the aim is 1
    with no unit, in a unit that only says it counts things (``Número``, ``units``) or of
    a count (one thing to deliver, which its fractions, 0.3 then 0.7, split over the
    years); or it is 100 in percent (all of it). An amount that could go on past its
    aim (visitors, revenue, tons) is none of these."""
    if measure.kind == "milestone":
        return True
    if metric.direction == "decrease":
        return False
    unit = (metric.unit or "").strip().lower()
    if aim == 1:
        return not unit or unit in _COUNT_UNITS or measure.kind == "count"
    return aim == 100 and unit == "%"


#: How far the building of a piece of work has come (``Physical completion of health
#: center facilities (%)``, ``percent complete``): the work's own progress.
_BUILT_SO_FAR = LazyPattern(r"\bcompletion of\b|\bcomplete\b", re.IGNORECASE,
                            needs=("complet",))


def reads_outcome(metric: Metric, measure: Measure) -> bool:
    """Whether a metric is a figure of what a piece of work brings about, read from a
    system or a survey: a rate, share or average (:func:`~planlint.measure_words.names_rate`:
    ``People with HIV still alive 12 months after initiation of treatment (%)``, ``TB notification
    (per
    100,000 pop)``, ``Non-revenue water (%)``) or a time things take (``Time required to
    resolve commercial disputes (Days)``); not the work's own progress (``Physical
    completion of health center facilities (%)``, a share of its parts done), nor a
    share stated as the work to do (``extend fibre broadband access to 95% of premises``,
    opening with a verb of the organisation's own work, :func:`names_own_work`), whose
    figure is the work's output."""
    title = worded(metric.title or metric.name)
    if measure.completion or _BUILT_SO_FAR.search(title) or names_own_work(title):
        return False
    return names_rate(metric) or bool(DURATION.search(" ".join(metric_words(metric))))


def measured_as_work(plan: Plan, goal: Goal) -> bool:
    """Whether a goal is a piece of work stated as a goal and measured as that work: its
    title names work its organisation does (:func:`names_own_work`), and among its
    measures is a figure of the things, in the plural, its title says the work is done to
    (``Redesign the UI templates``, measured by the templates remaining to be converted),
    not an outcome apart from it (``Develop a new participant experience…``, measured by
    participation rates)."""
    words = title_words(goal.title or "")
    verb = own_work_verb(words)
    if verb is None:
        return False
    done_to = words[len(verb.split()):]  # what the work is done to, after an article
    done_to = done_to[1:] if done_to[:1] in (["the"], ["a"], ["an"], ["our"]) else done_to
    things = {word for word in noun_phrase(done_to, -1) if looks_plural(word) and len(word) > 3}
    return any(not things.isdisjoint(metric_words(metric))
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
