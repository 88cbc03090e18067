"""How a plan answers a shortfall in its own words: a result it grades met, a reading within
its own margin, a cause that needs no action, a course set, the work re-dated; and what
denies the words that follow."""

from __future__ import annotations

import re
from collections.abc import Iterator

from planlint.measure_figures import states_figure
from planlint.model import Metric
from planlint.patterns import LazyPattern

#: What denies the words that follow: ``not``, ``has not been``, ``without``.
_DENIED = LazyPattern(r"\b(?:not|no|never|without)\s+(?:(?:been|be|being|yet)\s+)*$",
                      re.IGNORECASE)


#: How far back a denial reaches from the words it denies (``has not yet been``).
_DENIAL_REACH = 60


def denied(text: str, at: int) -> bool:
    """Whether the words just before ``at`` deny what follows (see :data:`_DENIED`),
    read only as far back as a denial reaches, from the start of a word: a text of many
    denied matches then costs no more to read than one."""
    before = text[max(0, at - _DENIAL_REACH):at]
    if at > _DENIAL_REACH:
        before = before.partition(" ")[2]
    return _DENIED.search(before) is not None


#: A date in words: a month, a year, a quarter, a week or a day counted.
A_DATE = LazyPattern(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:19|20)\d\d\b|"
    r"\b(?:q[1-4]|h[12])\b|\b(?:quarter|week|month|year|spring|summer|autumn|fall|winter)\b|"
    r"\b\d+\.\d+\b", re.IGNORECASE)


def answered_in_words(metric: Metric, index: int) -> bool:
    """Whether the plan's words on the reading at ``index`` of ``metric`` answer its
    shortfall: nothing to be done about it (:func:`_no_action_needed`), the reading
    within the plan's own margin of its target (:func:`_within_margin`), a course set
    (:func:`_course_set`), the work re-dated (:func:`_re_dated`), or the result graded
    met (:func:`_graded_met`)."""
    return _no_action_needed(metric, index) or _within_margin(metric, index) \
        or _course_set(metric, index) or _re_dated(metric, index) or _graded_met(metric, index)


def responded(metric: Metric, index: int) -> bool:
    """Whether the plan states its response to the reading at ``index`` of ``metric``
    (its ``response``: the cause of the shortfall and the action taken or planned)."""
    return bool((metric.actuals[index].response or "").strip())


#: A plan's words that grade a result met: its status in capitals (``DONE``,
#: ``COMPLETED``, ``ACHIEVED``: a report's status beside the measure's row), or the
#: owner's word that what was done was the aim (``That was the goal``); not a grade in
#: part (``partially COMPLETED``) nor one denied (``NOT ACHIEVED``, see :func:`denied`).
_GRADED_MET = LazyPattern(
    r"(?<![A-Za-z])(?:DONE|COMPLETED|ACHIEVED)(?![A-Za-z])"
    r"|\b(?:[Tt]hat|[Tt]his|which) (?:was|is) (?:the|our|my) (?:goal|aim)\b",
    needs=("DONE", "COMPLETED", "ACHIEVED", "goal", "aim"))


#: Words just before a grade that make it a grade in part: ``partially COMPLETED``.
_IN_PART = LazyPattern(r"\b(?:partially|partly|PARTIALLY|PARTLY|Partially|Partly)\s+$")


def _graded_met(metric: Metric, index: int) -> bool:
    """Whether the plan's words on the reading at ``index`` of ``metric`` (see
    :func:`_words_on`) grade the result met (see :data:`_GRADED_MET`: a report's ``DONE``
    on call wait times of 3.7 minutes a year against one minute, its last three months
    under it; a key result's owner's ``That was the goal`` of the review it asked for):
    the plan judged the reading against its own aim and called it met, and whether the
    figure alone should outweigh that is debatable."""
    for text in _words_on(metric, index):
        text = " ".join(text.split())
        for found in _GRADED_MET.finditer(text):
            at = found.start()
            if not denied(text, at) and not _IN_PART.search(text[max(0, at - 20):at]):
                return True
    return False


#: A plan's words that a reading is within its own margin of the target: ``Result is
#: within +/- 15% of target``, ``within 5% of the target``, ``remained within tolerance``;
#: not a margin of something else (``within 15% of the budget``).
_WITHIN_MARGIN = LazyPattern(
    r"\bwithin\s(?:(?:(?:\+/-|\+-|\u00b1|plus\sor\sminus)\s?)?\d{1,3}(?:\.\d{1,2})?\s?"
    r"(?:%|per\s?cent)\s(?:of|from)\s(?:the\s|its\s)?target|(?:the\s|its\s|our\s)?"
    r"(?:agreed\s|acceptable\s)?tolerance)\b", re.IGNORECASE)


def _within_margin(metric: Metric, index: int) -> bool:
    """Whether the plan's words on the reading at ``index`` of ``metric`` (see
    :func:`_words_on`) say it is within the plan's own margin of its target (``Result is
    essentially within +/- 15% of target``), in words that do not deny it: the plan's
    variance band is its tolerance, as a ``tolerance`` stated on a bound is."""
    for text in _words_on(metric, index):
        text = " ".join(text.split())
        if any(not denied(text, found.start()) for found in _WITHIN_MARGIN.finditer(text)):
            return True
    return False


#: A plan's words that a shortfall needs nothing done about it: ``No attention actually
#: required since the target was met until five new recommendations were issued``, ``no
#: further action is needed``, ``does not require corrective action``.
_NO_ACTION_NEEDED = LazyPattern(
    r"\bno\s+(?:further\s+|corrective\s+|remedial\s+|additional\s+)?"
    r"(?:action|attention|intervention)s?\s+(?:is\s+|are\s+|was\s+)?"
    r"(?:actually\s+|currently\s+|really\s+)?(?:required|needed|necessary|warranted)\b"
    r"|\b(?:does|do|did)\s+not\s+(?:require|need|warrant)\s+(?:any\s+)?"
    r"(?:further\s+|corrective\s+|remedial\s+)?(?:action|attention|intervention)\b",
    re.IGNORECASE)


#: Words that give a cause: ``which resulted in a downward impact``, ``due to a delay``,
#: ``primarily driven by the drop in revenue``.
_CAUSE = LazyPattern(r"\b(?:resulted\s+in|results?\s+of|due\s+to|because|owing\s+to|"
                     r"caused\s+by|driven\s+by|attributable\s+to)\b", re.IGNORECASE)


#: Words that say an action has begun: ``have begun the process to review curriculum``,
#: ``has launched``, ``had already initiated``; not an intention (``will start``), nor
#: practice carried on (``continue to``), nor a denial (``has not started``).
_BEGUN = LazyPattern(r"\b(?:has|have|had)\s(?:now\s|already\s|recently\s)?(?:started|begun|"
                     r"commenced|initiated|launched)\b", re.IGNORECASE)


#: Words that say by what means the target is to be reached: ``The target of $2.25 may be
#: attainable in the future with ... retail expansion``, ``the target is achievable
#: through``.
_WAY_BACK = LazyPattern(
    r"\btarget\s(?:[\w$%.,-]+\s){0,3}?(?:is|are|may\sbe|should\sbe|could\sbe|will\sbe)\s"
    r"(?:attainable|achievable|reachable|within\sreach)\s(?:[\w-]+\s){0,3}?"
    r"(?:with|through|by|once)\s", re.IGNORECASE)


#: A plan's words that judge a shortfall too small to act on: ``the 2% variance is
#: immaterial``, ``the difference was not statistically significant``.
_IMMATERIAL = LazyPattern(
    r"\b(?:variance|difference|shortfall|deviation|discrepancy|gap)\s(?:[\w%.-]+\s){0,3}?"
    r"(?:is|was|are|were)\s(?:considered\s|deemed\s|judged\s)?(?:immaterial|negligible|"
    r"insignificant|not\s(?:statistically\s)?(?:significant|material))\b", re.IGNORECASE)


#: Words that place a shortfall's cause outside the organisation's reach: ``circumstances
#: outside of Coast Guard's control``, ``factors beyond our control``, ``outside the
#: control of the department``.
_OUTSIDE_CONTROL = LazyPattern(
    r"\b(?:outside|beyond)\s(?:of\s)?(?:our|its|their|the|(?:the\s)?(?:[\w-]+\s){0,2}?"
    r"[\w-]+['\u2019]s?)\s(?:direct\s|immediate\s)?control\b", re.IGNORECASE)


def _no_action_needed(metric: Metric, index: int) -> bool:
    """Whether the plan's words on the reading at ``index`` of ``metric`` (see
    :func:`_words_on`) give the shortfall's cause and say that
    nothing is to be done about it (``No attention actually required since the target
    was met until five new recommendations were issued in December 2016 which resulted
    in a downward impact on the overall results``), or judge it too small to act on for
    a stated cause (see ``_IMMATERIAL``), or place its cause outside the organisation's
    control (see ``_OUTSIDE_CONTROL``): the plan has judged the shortfall and answered
    it, which is what the finding would ask."""
    return any(_OUTSIDE_CONTROL.search(text) or (_CAUSE.search(text) and (
        _NO_ACTION_NEEDED.search(text) or _IMMATERIAL.search(text)))
        for text in _words_on(metric, index))


#: Words that foresee the target met: ``it is anticipated the 95% compliance target will
#: be met``, ``should exceed the target of 2000``, ``is expected to reach its target``; not
#: a denial (``will not be met``, ``is not expected to``).
_FORESEEN = LazyPattern(
    r"\btarget\s(?:[\w$%.,-]+\s){0,3}?(?:will|should|(?:is|are)\s(?:expected|anticipated|"
    r"projected|forecast)\sto)\s(?:be\s)?(?:met|reached|achieved|exceeded|surpassed)\b"
    r"|\b(?:will|should|(?:is|are)\s(?:expected|anticipated|projected|forecast|on\strack)"
    r"\sto)\s(?:meet|reach|achieve|exceed|surpass)\s(?:the|its|our|their|this|that)\s"
    r"(?:[\w$%.,-]+\s){0,3}?target\b", re.IGNORECASE)


#: Words that make a forecast a wish, a doubt, a denial or a condition: ``we hope the
#: target will be met``, ``it is unlikely``, ``it is not expected``, ``we do not believe``,
#: ``if funding arrives``; not a ``not`` of something else (``not yet complete``).
_HEDGED = LazyPattern(r"\b(?:unlikely|doubt(?:s|ful)?|hope[ds]?|hopefully|hoping|if|unless|"
                      r"whether|not\s(?:be\s)?(?:expected|anticipated|likely|certain|sure|"
                      r"expect|anticipate|believe|think))\b", re.IGNORECASE)


#: How far back, within its clause, a hedge reaches the forecast it makes a wish.
_HEDGE_REACH = 60


def _foreseen(text: str) -> bool:
    """Whether ``text`` foresees the target met (see :data:`_FORESEEN`), with no hedge
    before it in its clause (see :data:`_HEDGED`)."""
    for found in _FORESEEN.finditer(text):
        before = _CLAUSE_END.split(text[max(0, found.start() - _HEDGE_REACH):found.start()])
        if not _HEDGED.search(before[-1]):
            return True
    return False


def _course_set(metric: Metric, index: int) -> bool:
    """Whether the plan's words on the reading at ``index`` of ``metric`` (see
    :func:`_words_on`) give the shortfall's cause and a course already set: an action
    begun (see :data:`_BEGUN`), or the means by which the target is to be reached (see
    :data:`_WAY_BACK`); or foresee the target met (see :func:`_foreseen`): the response,
    in the plan's words."""
    return any(_foreseen(text)
               or (_CAUSE.search(text) and (_BEGUN.search(text) or _WAY_BACK.search(text)))
               for text in _words_on(metric, index))


def _words_on(metric: Metric, index: int) -> Iterator[str]:
    """The plan's words on the reading at ``index`` of ``metric``: its result in words,
    and the measure's description where that is its one reading (a results report's
    explanation of an indicator) or states that reading's figure (a progress report's
    account of the year it reports: ``The 30% average increase ... is down from 2024's
    45%``, on the reading of 30)."""
    actual = metric.actuals[index]
    if actual.text:
        yield actual.text
    described = metric.description
    if described and (sum(other.value is not None or other.text is not None
                          for other in metric.actuals) == 1
                      or (actual.value is not None and states_figure(described, actual.value))):
        yield described


#: Words that put work off to a later time: ``postponed delivery to``, ``carried over
#: to``, ``deferred until``, ``shifting results into``, ``rolled over into``; the time
#: itself follows (see :func:`_re_dated`). Not a cause: ``delayed due to legislative
#: amendments``.
_PUT_OFF_TO = LazyPattern(
    r"\b(?:postponed|deferred|delayed|rescheduled|pushed (?:back|out)|slipped|"
    r"shift(?:ed|ing)|rolled (?:over|forward)|carried (?:over|forward))"
    r"(?: (?!due\b|owing\b)[\w-]+){0,3}? (?:to|until|into|till) ", re.IGNORECASE)


#: How far after the ``to`` of :data:`_PUT_OFF_TO` the time it names may come
#: (``to the following fiscal year``), within its clause.
_PUT_OFF_REACH = 40


#: The end of a clause: a full stop, semicolon, question or exclamation mark before a space.
_CLAUSE_END = LazyPattern(r"[.;!?](?: |$)")


def _re_dated(metric: Metric, index: int) -> bool:
    """Whether the plan's words on the reading at ``index`` of ``metric`` (see
    :func:`_words_on`) say the work short of it was put off to a time they name
    (``Shipbuilding-related delays have postponed delivery to July 2018``, ``work plan
    items were carried over to the following fiscal year``): the plan re-dates the work,
    as a milestone's result that names the date it now comes by does (see
    off-track-metric); put off with no time (``delayed due to legislative amendments``)
    is no new date."""
    for text in _words_on(metric, index):
        text = " ".join(text.split())
        for found in _PUT_OFF_TO.finditer(text):
            after = text[found.end():found.end() + _PUT_OFF_REACH]
            if not denied(text, found.start()) \
                    and A_DATE.search(_CLAUSE_END.split(after, maxsplit=1)[0]):
                return True
    return False
