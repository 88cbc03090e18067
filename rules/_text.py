"""Wording shared by the rules: their messages, and phrases to compare."""

from __future__ import annotations

import re

from planlint.limits import MAX_MESSAGE, MAX_WORDED
from planlint.measures import strip_label, worded
from planlint.model import Initiative, Item, one_line
from planlint.patterns import LazyPattern


def named(item: Item, word: str | None = None, label: str | None = None) -> str:
    """An item as messages name it: ``goal G1 (Return to operating profit)``, or just
    ``goal G1`` when its title is its id. ``word`` replaces the kind ("" drops it);
    ``label`` replaces the title. Plan text is quoted on one line."""
    kind = item.kind if word is None else word
    title = one_line((label or "")[:MAX_MESSAGE]) or item.quoted or item.id
    text = f"{kind} {item.id}" if kind else item.id
    return text if title == item.id else f"{text} ({title})"


def phrase(text: str) -> str:
    """The words of a text (its first ``MAX_WORDED`` characters) in lower case, each
    without a plural's final ``s``, between spaces: a phrase to find whole words in."""
    words = [word[:-1] if len(word) > 3 and word.endswith("s") else word
             for word in re.findall(r"\w+", text[:MAX_WORDED].casefold())]
    return f" {' '.join(words)} "


def plain_title(title: str | None) -> str:
    """A title as titles are compared: case, spacing and a label before it (``CTO:``)
    ignored."""
    return " ".join(strip_label(title or "").casefold().split())


#: Work held ready for an event that may not come, named in its title's opening: a
#: contingent response to an emergency (``Contingent Emergency Response Component``, as
#: a World Bank project's CERC is named), or preparing for an event not scheduled
#: (``Plan for an unscheduled election``, a civic organisation's readiness for a snap
#: vote). Not a plan to write for such an event (``Develop a contingency plan``).
_HELD_READY = LazyPattern(
    r"^(?:contingent (?:emergency|crisis|disaster) (?:response|recovery)|"
    r"(?:plan|prepare|preparing|preparation|preparedness|readiness) for (?:an? |any |the )?"
    r"(?:unscheduled|unforeseen|unexpected|possible|snap)) ", re.IGNORECASE)


def held_ready(title: str | None) -> bool:
    """Whether a piece of work's title names work held ready for an event that may not
    come (see :data:`_HELD_READY`): it is taken up when the event comes, not before."""
    return _HELD_READY.match(strip_label(title or "")) is not None


#: A focus a report says it lays on something (``a heavy focus on``, ``increased emphasis
#: on``); not one the plan reconsiders (``its continued emphasis on``).
FOCUS_ON = (r"\b(?:heavy|strong|increased|greater|particular|special|renewed) "
            r"(?:focus|emphasis) on\b")
#: A report's words for an emphasis laid within standing work rather than a piece of work
#: of its own: a focus placed on something (see :data:`FOCUS_ON`: ``staff have also
#: placed a heavy focus on identifying conditions``) or moved to it (``the focus has now
#: shifted to prioritizing surface sealants``).
_EMPHASIS = LazyPattern(
    rf"{FOCUS_ON}|\b(?:focus|emphasis) (?:has |have )?(?:now )?shifted to\b|"
    r"\bshift(?:ed|ing)? (?:the |its |our |their )?(?:focus|emphasis) to\b", re.IGNORECASE,
    needs=("focus", "emphasis"))


def emphasis(initiative: Initiative) -> bool:
    """Whether an initiative's title or description words it as an emphasis laid within
    standing work (see :data:`_EMPHASIS`)."""
    return _EMPHASIS.search(worded(initiative.title, initiative.description)) is not None


#: The words a report uses for an effort it keeps up rather than a piece of work it will
#: finish (``continues to work toward``, ``actively seeking``, ``efforts ... are ongoing``,
#: ``a heavy focus on``); not work begun towards an end (``efforts are underway to
#: refine``), nor one a project is named in (``continuing to make efforts ... such as:
#: Letter Review Project``), nor an emphasis the plan reconsiders (``its continued
#: emphasis on``). So are the words of work that goes on by design once its end state is
#: reached: a thing made and still developed (``have created a vocabulary rich environment
#: which continues to be developed``, ``Having onboarded new Maintainers, we are continuing
#: to develop our Maintainer onboarding process``; not work only begun, ``have started the
#: redesign and continue to develop it``), or one updated as what it follows evolves
#: (``Updates to the implementation as the spec evolves``).
_KEPT_UP = LazyPattern(
    r"\bcontinu(?:e|es|ed|ing) to (?:work (?:toward|towards|on)|focus on|strive|seek|pursue)"
    r"\b|\bactively (?:seeking|engaged in|pursuing|looking for|working (?:on|toward|towards))"
    r"\b|\bongoing efforts?\b|\befforts?\b[^.;]{0,160}\b(?:is|are|remains?) ongoing\b|"
    r"\b(?:having|have|has) (?:\w+ )?(?!(?:start|begun|began|initiat|commenc|kick|launch"
    r"|plann|schedul|propos|requ|aim|hop|tri|want|decid|agre))(?:\w+ed|built|made) "
    r"[^.;]{0,120}?\bcontinu(?:e|es|ing) to (?:be )?(?:develop|refin|improv|updat|extend"
    r"|expand)\w*|"
    r"\b(?:updat|revis|refin|adapt)\w*\b[^.;]{0,60}?\bas (?:the |its |our )?(?:[\w-]+ ){0,3}?"
    r"(?:evolves|changes|matures)\b|"
    + FOCUS_ON, re.IGNORECASE,
    needs=("continu", "actively", "ongoing", "focus on", "emphasis on", "evolves", "changes",
           "matures"))
#: A pilot's own title (``Pilot the CarpentryConnect Kit``), and the words of a report that
#: it is being tried (``is being piloted on the US East Coast, in the Nordics``).
_A_PILOT = LazyPattern(r"^pilot(?:ing)? ", re.IGNORECASE, needs=("pilot",))
_PILOTED = LazyPattern(r"\b(?:is|are) (?:now |currently |still )?being (?:piloted|trialled|"
                       r"trialed)\b", re.IGNORECASE, needs=("being pilot", "being trial"))


def _reported(initiative: Initiative) -> list[str]:
    """An initiative's title, description and ``x-`` notes (a review's or an update's
    words, in the source's terms), each on one line, as a rule reads them for wording."""
    notes = [value for value in initiative.extra.values() if isinstance(value, str)]
    return [" ".join(worded(text).split())
            for text in (initiative.title, initiative.description, *notes)]


def kept_up(initiative: Initiative) -> bool:
    """Whether work the plan reports under way (``status: active``) is worded, in its
    title, description or ``x-`` notes, as an effort kept up or as work that goes on by
    design once made (see :data:`_KEPT_UP`): a standing effort, with no end state to date,
    or one whose end state is already reached."""
    return initiative.status == "active" \
        and any(_KEPT_UP.search(text) is not None for text in _reported(initiative))


def being_piloted(initiative: Initiative) -> bool:
    """Whether work the plan reports under way (``status: active``) is a pilot, by its
    title, that its description or ``x-`` notes say is being tried (see
    :data:`_A_PILOT`): the trying is its end state, and its dates say when it is tried."""
    return initiative.status == "active" \
        and _A_PILOT.match(strip_label(initiative.title or "")) is not None \
        and any(_PILOTED.search(text) is not None for text in _reported(initiative)[1:])


#: Work whose title opens by providing or offering a standing kind of provision, services,
#: care, funding, support or opportunities, to whoever it serves (``Provide mental health
#: care services through the Mental Health Center``, ``Provide funding and/or in-kind
#: support to community nonprofit organizations``, ``Offering workforce development
#: opportunities``): a service kept up, with no end state of its own. Not provision that
#: changes (``Providing enhanced digital services``, ``Provide better support for``, ``more
#: efficient ... customer service``), a thing made to provide it (``Provide online access
#: points``), provision given to set something up (``Provide funding to establish a
#: clinic``) or only while something else lasts (``Provide technical support during the new
#: tank construction``), nor a title labelled with a project's name.
_PROVISION = LazyPattern(
    r"^(?:continue to )?(?:provid(?:e|es|ing)|offer(?:s|ing)?) "
    r"(?:(?!(?:new|more|better|enhanced|improved|expanded|additional|increased|extra|further|"
    r"greater|pilot|for|to|of|in|on|at|with|by|from|through)\b)[\w'\u2019/&-]+,? ){0,5}?"
    r"(?:services?|care|funding|support|opportunities)"
    r"(?=\s*$|\s*[,.;:(]|\s(?:and|or|to|for|through|in|at|on|of|across|within|with|that|"
    r"which|who|primarily|mainly|particularly)\b)"
    r"(?!.*\bto (?:establish|build|create|develop|launch|set up|open|complete|design|"
    r"implement|introduce|pilot)\b|.*\b(?:during|until)\b)", re.IGNORECASE,
    needs=("provid", "offer"))


def standing_provision(title: str | None) -> bool:
    """Whether a piece of work's title words it as standing provision (see
    :data:`_PROVISION`): a service, funding or support kept up for as long as the plan
    runs."""
    return _PROVISION.match(" ".join((title or "").split())) is not None


#: A deliverable its own words say is not published: marked so (``Data Management Plan
#: (DMP) (Not publicly available)``, ``(confidential)``, ``(restricted)``), named a
#: confidential document (``Confidential report summarising the work``, ``Link to the
#: confidential Data Management Plan``) or said to be made available only to the
#: collaboration's own members (``made available to the FAIRplus participants``). Not
#: work that keeps others' information confidential (``a confidential survey``,
#: ``confidential advice``), nor a document made available to the public.
_NOT_PUBLIC = LazyPattern(
    r"\((?:strictly )?(?:confidential|restricted|internal(?: only)?|not public(?:ly available)?|"
    r"not publicly released)\)|"
    r"\bconfidential (?:\w+ ){0,3}?(?:reports?|plans?|documents?|deliverables?|versions?|"
    r"annex(?:es)?|memos?|papers?)\b|"
    r"\bnot (?:made )?publicly (?:available|released|accessible)\b|"
    r"\bmade available (?:only )?to (?:the )?(?:[\w-]+ ){0,2}?(?:participants|partners|"
    r"consortium|consortium members|beneficiaries)\b", re.IGNORECASE,
    needs=("confidential", "restricted", "internal", "not public", "publicly", "made available"))


def not_public(initiative: Initiative) -> bool:
    """Whether an initiative's title, description or ``x-`` notes say the deliverable is
    not published (see :data:`_NOT_PUBLIC`): a published plan cannot link or report it."""
    notes = [value for value in initiative.extra.values() if isinstance(value, str)]
    text = " ".join(worded(initiative.title, initiative.description, *notes).split())
    return _NOT_PUBLIC.search(text) is not None


#: Work its own words or status say waits on money it has not received: ``have not
#: received funding yet``, ``not yet funded``, ``pending funding``, ``subject to funding``,
#: a status of ``Needs funding``, or the plan saying it is looking for a funder (``We're
#: seeking funding for the encoder``). Not work that gives funding, nor a need stated in a
#: clause about others (``schools that need funding``).
_AWAITS_FUNDING = LazyPattern(
    r"\bnot (?:yet )?(?:been )?(?:funded|received (?:any )?funding)\b|"
    r"\b(?:awaiting|pending|subject to) (?:the )?(?:funding|award)\b|"
    r"(?:^|status:\s*|[(;.]\s*|\b(?:still|currently) )needs? (?:additional |further )?"
    r"funding\b|"
    r"\b(?:we(?:'re|\u2019re| are)|is|are)(?: currently| actively)? seeking "
    r"(?:funding|(?:a )?funders?)\b", re.IGNORECASE, needs=("fund", "award"))


def awaits_funding(initiative: Initiative) -> bool:
    """Whether an initiative's title, description or ``x-`` notes (a status transcribed
    in the source's words) say it waits on funding it has not received (see
    :data:`_AWAITS_FUNDING`): a bid or a request to funders, not work committed to."""
    notes = [value for value in initiative.extra.values() if isinstance(value, str)]
    return any(_AWAITS_FUNDING.search(" ".join(worded(text).split()))
               for text in (initiative.title, initiative.description, *notes))
