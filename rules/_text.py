"""Wording shared by the rules: their messages, and phrases to compare."""

from __future__ import annotations

import re

from planlint.limits import MAX_MESSAGE, MAX_WORDED
from planlint.measure_words import strip_label, worded
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
#: A shift of focus a report names as made (``a shift in focus providing greater coverage
#: in the more populated areas``, ``a shift in emphasis``): a posture the work now keeps.
SHIFT_IN_FOCUS = r"\bshift in (?:the |its |our |their )?(?:focus|emphasis)\b"
#: A report's words for an emphasis laid within standing work rather than a piece of work
#: of its own: a focus placed on something (see :data:`FOCUS_ON`: ``staff have also
#: placed a heavy focus on identifying conditions``) or moved to it (``the focus has now
#: shifted to prioritizing surface sealants``; see :data:`SHIFT_IN_FOCUS`).
_EMPHASIS = LazyPattern(
    rf"{FOCUS_ON}|{SHIFT_IN_FOCUS}|\b(?:focus|emphasis) (?:has |have )?(?:now )?shifted to\b|"
    r"\bshift(?:ed|ing)? (?:the |its |our |their )?(?:focus|emphasis) to\b", re.IGNORECASE,
    needs=("focus", "emphasis"))


def emphasis(initiative: Initiative) -> bool:
    """Whether an initiative's title or description words it as an emphasis laid within
    standing work (see :data:`_EMPHASIS`)."""
    return _EMPHASIS.search(worded(initiative.title, initiative.description)) is not None


#: The words a report uses for an effort it keeps up rather than a piece of work it will finish
#: (``continues to work toward``, ``actively seeking``, ``efforts ... are ongoing``, ``a heavy focus
#: on``, ``a shift in focus providing greater coverage``); not work begun towards an end (``efforts
#: are underway to refine``), nor one a project is named in (``continuing to make efforts ... such
#: as: Letter Review Project``), nor an emphasis the plan reconsiders (``its continued emphasis
#: on``). So are the words of work that goes on by design once its end state is reached: a thing
#: made and still developed (``have created a vocabulary rich environment which continues to be
#: developed``, ``Having onboarded new Maintainers, we are continuing to develop our Maintainer
#: onboarding process``; not work only begun, ``have started the redesign and continue to develop
#: it``), or one updated as what it follows evolves (``Updates to the implementation as the spec
#: evolves``).
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
    + FOCUS_ON + "|" + SHIFT_IN_FOCUS, re.IGNORECASE,
    needs=("continu", "actively", "ongoing", "focus", "emphasis", "evolves", "changes",
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
    design once made (see :data:`_KEPT_UP`), or as standing provision being given (see
    :func:`providing`: ``The agency is providing cross-training to frontline agents``): a
    standing effort or practice, with no end state to date, or one whose end state is
    already reached."""
    return initiative.status == "active" and any(
        _KEPT_UP.search(text) is not None or providing(text)
        for text in _reported(initiative))


def being_piloted(initiative: Initiative) -> bool:
    """Whether work the plan reports under way (``status: active``) is a pilot, by its
    title, that its description or ``x-`` notes say is being tried (see
    :data:`_A_PILOT`): the trying is its end state, and its dates say when it is tried."""
    return initiative.status == "active" \
        and _A_PILOT.match(strip_label(initiative.title or "")) is not None \
        and any(_PILOTED.search(text) is not None for text in _reported(initiative)[1:])


#: What standing provision provides, after its verb: a standing kind of provision,
#: services, care, funding, support, training or opportunities, named in at most five words
#: (``mental health care services``, ``cross-training to frontline agents``, ``rebuilding,
#: training and maturation of staff``), to whoever it serves. Not provision that changes
#: (``enhanced digital services``, ``better support for``, ``additional training``), a
#: thing made to provide it (``online access points``), provision given to set something
#: up (``funding to establish a clinic``) or only while something else lasts (``technical
#: support during the new tank construction``).
_PROVIDED = (
    r"(?:(?!(?:new|more|better|enhanced|improved|expanded|additional|increased|extra|further|"
    r"greater|pilot|for|to|of|in|on|at|with|by|from|through)\b)[\w'\u2019/&-]+,? ){0,5}?"
    r"(?:[\w'\u2019/&]+-)?(?:services?|care|funding|support|opportunities|training)"
    r"(?=\s*$|\s*[,.;:(]|\s(?:and|or|to|for|through|in|at|on|of|across|within|with|that|"
    r"which|who|primarily|mainly|particularly)\b)"
    r"(?!.*\bto (?:establish|build|create|develop|launch|set up|open|complete|design|"
    r"implement|introduce|pilot)\b|.*\b(?:during|until)\b)")

#: Work whose title opens by providing, offering or investing in a standing kind of
#: provision (see :data:`_PROVIDED`: ``Provide mental health care services through the
#: Mental Health Center``, ``Provide funding and/or in-kind support to community nonprofit
#: organizations``, ``Offering workforce development opportunities``, ``Investments in
#: rebuilding, training and maturation of staff``): a service kept up, with no end state of
#: its own. Not provision that changes or sets something up, nor a title labelled with a
#: project's name.
_PROVISION = LazyPattern(
    r"^(?:continue to )?(?:provid(?:e|es|ing)|offer(?:s|ing)?|invest(?:s|ing|ments?)? in) "
    + _PROVIDED, re.IGNORECASE, needs=("provid", "offer", "invest"))

#: A report's sentence that says the organisation or its people are keeping such provision
#: up now (see :data:`_PROVIDED`): ``The agency is providing cross-training to frontline
#: agents``, ``employees are engaged in skills transfer and cross training``.
_PROVIDING = LazyPattern(
    r"\b(?:is|are) (?:now |currently |also )?(?:providing|offering|engaged in) " + _PROVIDED,
    re.IGNORECASE, needs=("providing", "offering", "engaged in"))


def standing_provision(title: str | None) -> bool:
    """Whether a piece of work's title words it as standing provision (see
    :data:`_PROVISION`): a service, funding or support kept up for as long as the plan
    runs."""
    return _PROVISION.match(" ".join((title or "").split())) is not None


def providing(text: str | None) -> bool:
    """Whether a report's words say standing provision is being kept up (see
    :data:`_PROVIDING`): a practice under way, with no end state of its own."""
    return _PROVIDING.search(" ".join((text or "").split())) is not None


#: A title that is only the carrying out of another plan or strategy of the organisation,
#: named in up to three words (``Implement the Business Plan``, ``Implement the Master
#: Plan``, ``Delivering our estates strategy``): not one just made or still to come
#: (``Implementing the new strategic plan``), nor work towards something of its own
#: (``Implement the plan to open a clinic``).
_CARRIES_OUT = LazyPattern(
    r"(?:implement(?:s|ing)?|implementation of|deliver(?:s|ing)?|delivery of|carry(?:ing)? "
    r"out|execut(?:e|es|ing)|execution of) (?:the|our|its) (?!(?:new|next|draft|revised|"
    r"updated|proposed|future)\b)(?:[\w'\u2019-]+ ){0,3}?(?:plan|strategy)\.?",
    re.IGNORECASE, needs=("plan", "strategy"))


def carries_out_plan(initiative: Initiative) -> bool:
    """Whether work the plan reports under way (``status: active``) is titled only as the
    carrying out of another plan of the organisation (see :data:`_CARRIES_OUT`): that
    plan, adopted on its own, holds the schedule, and the work runs as long as it is in
    force, with no end state of its own to date."""
    return initiative.status == "active" and _CARRIES_OUT.fullmatch(
        " ".join((initiative.title or "").split())) is not None


#: The plan's own statements named as such: its mission, vision or values statement or
#: statements (``New mission statement``, ``values, vision and mission statements``).
_STATEMENTS = (r"(?:mission|vision|values)(?:,? (?:and )?(?:mission|vision|values))* "
               r"statements?")
#: Work on the plan's own statements: its mission, vision or values, or the strategy itself.
PLAN_STATEMENT = LazyPattern(
    r"\b(?:" + _STATEMENTS + r"|strategic plan|(?:new|next) strategy)\b", re.IGNORECASE,
    needs=("statement", "strategic plan", "strategy"))
#: Work that is to write the plan's statements: a verb of making them (develop, create,
#: draft, write, establish, formulate, articulate, craft, define), not in the past, before
#: them in the same clause (``Develop values, vision and mission statements``, ``Create an
#: internal vision statement``, ``establishing a set of values, vision and mission
#: statements``). Not work that uses, shares or revisits statements the plan has
#: (``advocating for our values and vision``, ``Refresh the vision statement``), nor a
#: vision of something else (``Develop a shared vision of the DTA's culture``).
_STATEMENT_DRAFTED = LazyPattern(
    r"\b(?:develop(?:s|ing)?|creat(?:e|es|ing)|draft(?:s|ing)?|writ(?:e|es|ing)|"
    r"establish(?:es|ing)?|formulat(?:e|es|ing)|articulat(?:e|es|ing)|craft(?:s|ing)?|"
    r"defin(?:e|es|ing))\b[^.;:!?]{0,40}?\b(?P<statements>" + _STATEMENTS + r")\b",
    re.IGNORECASE, needs=("statement",))


def drafts_vision(*texts: str | None) -> bool:
    """Whether the texts (a goal's or a piece of work's title and description) set out to
    write a vision statement (see :data:`_STATEMENT_DRAFTED`): the plan that sets that work
    says it has no vision yet."""
    text = worded(*texts)
    return "vision" in text.lower() and any(
        "vision" in found["statements"].lower()
        for found in _STATEMENT_DRAFTED.finditer(" ".join(text.split())))


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
    return _NOT_PUBLIC.search(" ".join(_reported(initiative))) is not None


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
    return any(_AWAITS_FUNDING.search(text) for text in _reported(initiative))


#: Work its own words say is on hold until something it waits on is settled: ``The project
#: is on hold pending resolution of revised scope``, ``on hold until the audit closes``,
#: ``put on hold awaiting the Board's decision``. Not a hold lifted (``no longer on hold``).
_HELD_PENDING = LazyPattern(
    r"(?<!no longer )\bon hold (?:pending|until|awaiting)\b", re.IGNORECASE,
    needs=("on hold",))


def held_pending(initiative: Initiative) -> bool:
    """Whether an initiative's title, description or ``x-`` notes (a tracker's progress
    note in the source's words) say it is on hold until something it waits on is settled
    (see :data:`_HELD_PENDING`): when it goes on is for that, not a date to set now."""
    return any(_HELD_PENDING.search(text) for text in _reported(initiative))


#: A verb of taking a person on, with the words after it (``Hire Alice as a Full-Time
#: Maintainer``, ``Recruiting Dr Okafor``, ``Bring Alice on full-time``).
_TAKES_ON = LazyPattern(r"\b(?:hir(?:e|ing)|recruit(?:ing)?|appoint(?:ing)?|employ(?:ing)?|"
                        r"onboard(?:ing)?|bring(?:ing)?) (.+)", re.IGNORECASE,
                        needs=("hir", "recruit", "appoint", "employ", "onboard", "bring"))


def hires(title: str | None, name: str | None) -> bool:
    """Whether a title says the plan takes on the person called ``name``, named right
    after the verb (``_TAKES_ON``) by their full name or its first word: ``Hire Alice as
    a Full-Time Maintainer`` hires Alice; ``Hire a maintainer`` names nobody."""
    found = _TAKES_ON.search(worded(title))
    words = (name or "").casefold().split()
    if found is None or not words:
        return False
    after = f"{found.group(1).casefold()} "
    return after.startswith((f"{' '.join(words)} ", f"{words[0]} "))


#: Words that say all of a body's people are volunteers: "an all volunteer organization",
#: "all-volunteer", "volunteer-run", "volunteer-led", "a Board made up of all volunteers",
#: "run by volunteers", "managed entirely by volunteers", "our volunteer workforce", or
#: that its roles are filled by members who volunteer for them ("members stepped up to
#: fill the roles of two Co-Captains"); in Norwegian or Swedish "drevet av frivillige",
#: "drivs av frivilliga"; in German "ehrenamtlich geführt"; not volunteers beside staff
#: ("8 volunteer board members, an Executive Director ...", "our staff and volunteer
#: workforce"), nor staff stepping in ("staff members stepped up to fill the roles").
VOLUNTEER_RUN = LazyPattern(
    r"\ball[\s-]volunteers?\b|\bvolunteer[\s-](?:run|led|based|driven|managed)\b|"
    r"(?<!staff )\bmembers (?:have )?(?:stepped (?:up|forward)|volunteered) to "
    r"(?:fill|take on|take up) (?:the |its |our |these )?(?:leadership )?roles\b|"
    r"\b(?:run|led|staffed|managed|done|made up|carried out) (?:entirely |wholly |solely "
    r"|only )?(?:by|of) (?:all )?volunteers\b|"
    r"\b(?:our|its|their) volunteer work[\s-]?force\b|"
    r"\b(?:drevet|drives|drivs|styres|styrs) av frivillig[ea]?\b|"
    r"\behrenamtlich (?:geführt|geleitet|organisiert|betrieben)\b", re.IGNORECASE,
    needs=("volunteer", "frivillig", "ehrenamtlich", "stepped"))
