"""A practice a plan follows, or does not follow at all: one finding per item that breaks
it, or one finding at the plan.

When most of a plan's items lack the same thing (no metric names a source, no initiative
names a team), the plan does not follow that practice, and the per-item findings are all
the consequence of that one cause. A linter that reports it once at the plan, with the
items it concerns as related locations, is read; one that reports it seventy times is
switched off. Per-item findings are for the items that break a practice the plan
otherwise follows: at least two in three of the items it applies to follow it. A
practice no item follows is the plan's way of working however few the items; otherwise
two items that lack it are two findings, and three or more, when more than a third of
the items lack it, are the plan's way of working.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import overload

from planlint.finding import Finding, Related
from planlint.measure_words import worded
from planlint.patterns import LazyPattern
from planlint.plan import Plan

#: Items named in a plan-wide finding's message, and listed as its related places, at most.
NAMED = 5
RELATED = 50
_FEWEST = 3  # items lacking a practice, at the least, for the plan not to follow it


def widespread(lacking: int, eligible: int) -> bool:
    """Whether ``lacking`` of ``eligible`` items lacking a practice is the plan's way of
    working rather than a few items breaking it (see the module's definition)."""
    return lacking >= 2 and (lacking == eligible or (lacking >= _FEWEST
                                                      and 3 * lacking > eligible))


def eligible_so_far(lacking: int, known: int, others: Iterable[bool]) -> int:
    """How many items a practice applies to: ``known`` items it is known to apply to,
    ``lacking`` of which break it, and the others, each of which it applies to when
    ``others`` says so, counted only as far as :func:`widespread` and :func:`by_practice`
    can tell: once it applies to more items than lack it, and to three times as many, it
    is not the plan's way of working whatever the rest say, and they are not judged (a
    rule judges whether a practice applies to the items that break it first, and to the
    others only as far as need be)."""
    eligible = known
    enough = max(lacking + 1, 3 * lacking + 1)
    for applies in others:
        if eligible >= enough:
            break
        eligible += applies
    return eligible


#: A review held at every meeting of a standing body (``at all meetings of the Board``,
#: ``reviewed every meeting``, ``at each board meeting``), or at its regular meetings
#: (``Regular board meetings``, ``regular meetings of the Council``: the meetings its
#: standing orders or bylaws schedule, as against special ones called when needed): it
#: has that body's rhythm; so has a standing item of its meetings (``a standing item at
#: School planning and resources meetings``, ``standing agenda item``): on the agenda of
#: each. ``regular`` alone (``regular meetings``, ``regular progress updates``) names no
#: body whose calendar it follows.
AT_EVERY_MEETING = LazyPattern(
    r"\b(?:all|every|each) (?:[\w-]+ ){0,2}meetings?\b"
    r"|\bstanding (?:agenda )?items?\b"
    r"|\bregular (?:board|council|committee|trustees'?|directors'?) meetings?\b"
    r"|\bregular meetings? of (?:the |its |our )?(?:[\w-]+ ){0,2}"
    r"(?:board|council|committee|trustees|directors)\b",
    re.IGNORECASE)

#: A review held as a stand-up meeting or a huddle (``huddle board meetings``, ``daily
#: stand-up``, ``safety huddles``): the short standing meeting of a Lean management
#: system, a ward or an agile team, held every day or shift, or every week, by its kind.
STAND_UP = LazyPattern(r"\b(?:stand-?ups?|huddles?)\b", re.IGNORECASE)

#: A review whose title names the period it recurs at: ``Annual review``, ``Quarterly
#: performance report``, ``FY23 End of Year Results and Learnings Report``, or the fiscal
#: year it evaluates in Japanese, Chinese or Korean (``事務事業評価 令和7年度``, a Japanese
#: city's yearly evaluation of its projects; ``2024年度考核``; ``2025년도 성과평가``): it
#: comes round with that period, which is its rhythm.
NAMES_RHYTHM = LazyPattern(
    r"\b(?:annual|yearly|quarterly|monthly|weekly|fortnightly|biannual|semi-?annual|"
    r"(?:mid-|end[- ]of[- ])(?:the[- ])?year)\b|年度|년도", re.IGNORECASE)

#: A review whose title names its place in the plan's term, its middle or its end
#: (``Mid-term review``, ``Final evaluation``, ``End-of-term assessment``; a five-year
#: plan's ``中期评估`` and ``总结评估``): in a plan that states its horizon, that place is its
#: date, as a review scheduled on ``dates`` states it.
IN_TERM = LazyPattern(
    r"\b(?:mid-?\s?(?:term|point)|mid-?way|half-?way|final|end[- ]of[- ](?:the[- ])?"
    r"(?:term|plan|period|programme|program|project))\s+(?:review|evaluation|"
    r"assessment|appraisal)s?\b|(?:中期|终期|总结|期末)(?:评估|评价|检查)",
    re.IGNORECASE, needs=("review", "evaluation", "assessment", "appraisal", "评估", "评价",
                          "检查"))


#: A plan's statement that its indicators are carried into each year's plan (``the main
#: indicators are broken down into the annual plan's indicator system``, a five-year
#: plan's ``将规划主要指标分解纳入年度计划指标体系``): each year's plan sets them and reads them.
_ANNUAL_PLANS_CARRY = LazyPattern(
    r"\b(?:indicators?|targets?|KPIs?|measures)\b[^.;:]{0,80}?\b(?:into|in|through)\s+"
    r"(?:the\s+|each\s+|every\s+|its\s+|our\s+)?(?:annual|yearly|year's)\s+"
    r"(?:\w+\s+)?plans?\b|指标[^。\uff1b]{0,20}纳入年度计划",
    re.IGNORECASE, needs=("annual", "yearly", "year's", "纳入年度计划"))


def carried_by_annual_plans(plan: Plan) -> bool:
    """Whether a plan of more than a year says its indicators are carried into each
    year's plan (see ``_ANNUAL_PLANS_CARRY``): set and read year by year there."""
    horizon = plan.info.horizon
    return horizon is not None and horizon.start is not None and horizon.end is not None \
        and (horizon.end - horizon.start).days > 366 \
        and _ANNUAL_PLANS_CARRY.search(worded(plan.info.description)) is not None


#: A report's statement that it shows its work by exception, only what does not go to plan
#: (``De doelstellingen die niet volgens plan verlopen (grijs en rood) lichten we hieronder
#: toe``, a Dutch jaarverslag's rule; ``only exceptions are reported``, ``reported by
#: exception``, ``only the actions not on track are shown``): work that went to plan is left
#: out by the report's own rule.
_BY_EXCEPTION = LazyPattern(
    r"\bdie niet volgens (?:de )?plan(?:ning)? verl(?:open|oopt|iepen|iep)\b[^.;]{0,80}?"
    r"\b(?:lichten|licht|toegelicht|gerapporteerd|rapporteren|weergegeven|opgenomen)\b"
    r"|\b(?:reported|shown|listed|presented|explained|covered|reports?|shows?|lists?)\s+"
    r"(?:only\s+)?(?:by|on\s+an?)\s+exception(?:[- ]only)?\b"
    r"|\bonly\s+(?:the\s+)?exceptions\s+are\s+(?:reported|shown|listed|presented|explained)\b"
    r"|\bonly\s+(?:the\s+)?(?:items|actions|activities|projects|initiatives|tasks|milestones|"
    r"deliverables|to-?dos)\s+(?:that\s+(?:are|were)\s+|which\s+(?:are|were)\s+)?"
    r"(?:not\s+on\s+track|off[- ]track|behind\s+schedule)\b",
    re.IGNORECASE, needs=("volgens", "exception", "track", "behind"))


def reports_work_by_exception(plan: Plan) -> bool:
    """Whether the plan reports its work by exception: its description says it shows only
    the work that does not go to plan (see ``_BY_EXCEPTION``), and every piece of work it
    lists is shown so, with a rating ``at-risk`` or ``off-track``, a status ``blocked`` or
    ``on-hold``, or the explanation such a report gives (its ``response``), none ``done``
    or rated ``on-track``. A goal such a report shows no work for may have work that went to
    plan; a plan that lists work going to plan beside its statement (a board's report whose
    measures are covered by exception and whose key activities are all listed) does not."""
    work = plan.initiatives
    return bool(work) and _BY_EXCEPTION.search(worded(plan.info.description)) is not None \
        and all(item.status != "done" and item.rating != "on-track"
                and (item.rating in ("at-risk", "off-track")
                     or item.status in ("blocked", "on-hold") or bool(item.response))
                for item in work)


def reviewed_unscheduled(plan: Plan) -> bool:
    """Whether the plan names review forums and none of them states when it meets,
    neither by a ``cadence`` nor by the ``dates`` it is scheduled on: what they read is
    read at their meetings, whose rhythm, if any, is the forums' (see
    :func:`reviewed_without_rhythm`)."""
    return bool(plan.goals) and bool(plan.reviews) and not any(
        review.cadence is not None or review.dates for review in plan.reviews)


def reviewed_without_rhythm(plan: Plan) -> bool:
    """Whether the plan names review forums and none of them says how often it meets,
    neither by a ``cadence``, nor by the ``dates`` it is scheduled on, nor by being held at
    every meeting of a standing body (see ``AT_EVERY_MEETING``), nor by being a stand-up
    meeting or huddle (see ``STAND_UP``), nor by a title that names the period it recurs
    at (see ``NAMES_RHYTHM``), nor, in a plan that states its horizon, by a title that
    names its place in the plan's term (see ``IN_TERM``): one gap of the plan, which
    review-without-cadence reports once."""
    termed = plan.info.horizon is not None
    return reviewed_unscheduled(plan) and not any(
        AT_EVERY_MEETING.search(title := worded(review.title)) or STAND_UP.search(title)
        or NAMES_RHYTHM.search(title) or (termed and IN_TERM.search(title))
        for review in plan.reviews)


def on_tracker(plan: Plan, lacking: int, eligible: int) -> bool:
    """Whether ``lacking`` of ``eligible`` pieces of work lack an assignee, a team or a
    status as the plan's way of working (see :func:`widespread`) in a plan that publishes
    its work item by item on a work tracker (:attr:`planlint.plan.Plan.work_tracker`),
    which keeps those for each card or issue: the plan's text leaves them to the tool."""
    return plan.work_tracker is not None and widespread(lacking, eligible)


def status_kept_elsewhere(plan: Plan, lacking: int, eligible: int) -> bool:
    """Whether ``lacking`` of ``eligible`` pieces of work lack a status as the plan's way
    of working (see :func:`widespread`) in a plan that keeps its work's state outside its
    text: on a work tracker (see :func:`on_tracker`), or in the document or tool it says
    it tracks its work in (``plan: withheld: [initiatives]``: a team's roadmap whose bars
    the team's sprint board tracks issue by issue), the work it lists being a timeline of
    that work. Only the status is left to the tool so: who does the work is asked of the
    timeline too."""
    return (plan.work_tracker is not None or plan.withheld("initiatives")) \
        and widespread(lacking, eligible)


class Deferred(Sequence[Finding]):
    """Findings made only when read, for :func:`by_practice`: where most of the items lack
    a practice, the per-item findings are folded into one that reads only the first
    :data:`RELATED`, so a rule that lists how to make each finding (a function of no
    arguments) builds only those, not every message, location and related place (two
    rules fold about 2,100 findings of a 20k-item plan so)."""

    def __init__(self, makers: list[Callable[[], Finding]]) -> None:
        self._makers = makers

    def __len__(self) -> int:
        return len(self._makers)

    @overload
    def __getitem__(self, index: int) -> Finding: ...
    @overload
    def __getitem__(self, index: slice) -> list[Finding]: ...

    def __getitem__(self, index: int | slice) -> Finding | list[Finding]:
        if isinstance(index, slice):
            return [make() for make in self._makers[index]]
        return self._makers[index]()

    def __iter__(self) -> Iterator[Finding]:
        return (make() for make in self._makers)


def by_practice(plan: Plan, findings: Sequence[Finding], eligible: int, *, items: str,
                lacking: str, fix: str, repeated: Collection[str] = (),
                listed: tuple[int, int] | None = None) -> Iterator[Finding]:
    """``findings`` (one per item that breaks a practice, out of ``eligible`` items it
    applies to) as they stand when the plan otherwise follows the practice (see
    :func:`widespread`), else as one finding at the plan: ``{count} of {eligible}
    {items} {lacking} ({ids}); {fix}``.

    ``items`` is the plural noun (``metrics``), ``lacking`` what the items lack (``name
    no data source``), ``fix`` what to do, for the plan as a whole. ``repeated`` names
    the items whose finding would repeat a cause another rule reports about them (a
    measure with no figure at all lacks a baseline too): they count towards the plan's
    practice, and a plan-wide finding names them, but they are never reported one by one.
    ``findings`` may be :class:`Deferred`, made only as far as they are read.
    ``listed`` (how many lack the practice, of how many) reads it over every item the
    plan lists, finished ones included, where a rule judges only the live ones but the
    finished ones show the plan's way of working too (a status roadmap whose done
    milestones named nobody either): the plan is reported once when the whole list does
    not follow the practice, naming the live items the rule judges as still open.
    """
    whole = listed is not None and bool(findings) and widespread(*listed)
    if not whole and not widespread(len(findings), eligible):
        yield from (finding for finding in findings if finding.node not in repeated)
        return
    named = ", ".join(finding.node for finding in findings[:NAMED])
    if len(findings) > NAMED:
        named += f" and {len(findings) - NAMED} more"
    if whole and listed is not None:
        lack, of = listed
        count = f"all {of}" if lack == of else f"{lack} of {of}"
        named = f"{named} still open"
    else:
        count = (f"all {eligible}" if len(findings) == eligible
                 else f"{len(findings)} of {eligible}")
    yield plan.finding(
        f"{count} {items} {lacking} ({named}); {fix}",
        related=[Related(finding.location, f"{finding.kind} {finding.node}", finding.node)
                 for finding in findings[:RELATED]])
