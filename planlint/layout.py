"""The layout of a plan in a workbook, which the sheet loader reads and ``planlint
convert`` writes (docs/spreadsheets.md): one sheet per section, named after it or a
common synonym; a header row of field names or synonyms; one row per item. Sheet and
column names match ignoring case, spaces, dashes and punctuation.

Besides the fields of the plan format, a few columns hold what a row cannot nest: a
measure's ``Baseline date``, ``Target date``, ``Actual`` and ``Actual date``, and the
``Goal`` a key result measures; the ``Actuals`` and ``Targets`` sheets list further
readings and interim targets, a row each, naming their metric.
"""

from __future__ import annotations

import re
from functools import cache

from planlint.model import SECTIONS
from planlint.rulefiles.fields import FIELDS as READABLE
from planlint.rulefiles.fields import Field
from planlint.suggest import nearest

#: Each section's sheet (``plan`` the plan's fields, ``actuals`` and ``targets`` a
#: metric's readings and interim targets): the name written first, then synonyms.
SHEETS: dict[str, tuple[str, ...]] = {
    "plan": ("Plan", "Plan info", "Plan details"),
    "units": ("Units", "Unit", "Teams", "Departments", "Org units", "Organization",
              "Organisation"),
    "people": ("People", "Person", "Persons", "Owners", "Staff", "Team members",
               "Employees"),
    "goals": ("Goals", "Goal", "Objectives", "Objective", "Strategic objectives",
              "Strategic goals", "Strategic priorities", "Priorities"),
    "metrics": ("Metrics", "Metric", "Key results", "Key result", "KRs", "KPIs", "KPI",
                "Measures", "Indicators", "OKRs", "OKR", "Scorecard", "KPI scorecard"),
    "initiatives": ("Initiatives", "Initiative", "Projects", "Project", "Actions",
                    "Action plan", "Programs", "Programmes"),
    "budgets": ("Budgets", "Budget", "Funding", "Budget lines"),
    "reviews": ("Reviews", "Review", "Review forums", "Meetings"),
    "assumptions": ("Assumptions", "Assumption", "Risks", "Risk register"),
    "communications": ("Communications", "Communication", "Comms", "Communication plan"),
    "actuals": ("Actuals", "Readings", "Measurements", "Check-ins", "Progress updates"),
    "targets": ("Targets", "Interim targets"),
    "waivers": ("Waivers", "Waiver", "Exceptions"),
}

_OWNER = ("DRI", "Responsible", "Accountable", "Owned by", "Assignee", "Owner name",
          "Accountable person", "Responsible person")
_CO_OWNERS = ("Co-owners", "Co-owner", "Joint owners", "Shared owners")
_CADENCE = ("Frequency", "Reporting frequency", "Measurement frequency", "Review frequency",
            "How often")
_ORG_UNIT = ("Team", "Department", "Business unit", "Division", "Org unit")
_NOTES = ("Notes", "Note", "Comments", "Comment", "Details")
#: The plan's own rating of an item, and its answer to a shortfall the rating shows.
_RATING = ("RAG", "RAG status", "RAG rating", "Status light", "Traffic light", "On track")
_RESPONSE = ("Reason for deviation", "Corrective action", "Remedial action", "Recovery action",
             "Recovery plan", "Mitigation")
_METRIC = ("Key result", "KR", "KPI", "Measure", "Metric id", "Key result id")

#: Each section's columns: the field (or layout column) each holds, with the other
#: names it goes by in that section. A column named as a field is always that field.
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "plan": {
        "id": ("Plan id",), "title": ("Plan", "Plan title", "Plan name"),
        "vision": ("Vision statement",),
        "mission": ("Mission statement",),
        "horizon_start": ("Start", "Start date", "Plan start", "Horizon from"),
        "horizon_end": ("End", "End date", "Plan end", "Horizon to"),
        "horizon_length": ("Length", "Plan length", "Duration"),
        "horizon_text": ("Period", "Plan period", "Horizon in words"),
        "as_of": ("As of date", "Status date", "Report date", "Reporting date"),
        "status_as_of": ("Work status as of", "Work status date"),
        "sponsor": ("Executive sponsor", "Accountable executive"),
        "co_sponsors": ("Co-sponsors", "Co-sponsor", "Joint sponsors"),
        "office": ("Strategy office", "PMO", "Strategy team"),
        "methodology": ("Methodologies", "Framework"), "include": ("Includes",),
        "metrics_cadence": ("Measures read", "Data updated"),
        "metrics_source": ("Data source", "Data sources"),
        "metrics_unit": ("Unit of measure", "Units of measure"),
        "budget_reallocation": ("Reallocation allowance", "Virement limit"),
    },
    "units": {"name": ("Unit", "Team", "Department", "Unit name", "Team name"),
              "parent": ("Parent unit", "Reports to", "Part of"),
              "lead": ("Head", "Manager", "Leader", "Owner")},
    "people": {"name": ("Person", "Full name"), "role": ("Job title", "Position"),
               "unit": _ORG_UNIT, "leader": ("Leadership team", "Executive", "Exec"),
               "skills": ("Skill", "Capabilities"), "objectives": ("Goals",)},
    "goals": {
        "title": ("Objective", "Goal", "Objective title", "Goal title", "Strategic objective"),
        "unit": _ORG_UNIT, "owner": _OWNER, "co_owners": _CO_OWNERS,
        "parent": ("Parent goal", "Parent objective", "Contributes to", "Aligned to",
                   "Aligns to"),
        "drives": ("Causes", "Leads to"), "perspective": ("BSC perspective",),
        "start": ("Start date",),
        "due": ("Due date", "Deadline", "Target date", "Due by", "By", "End", "End date"),
        "metrics": ("Key results", "KRs", "KPIs", "Measures", "Key result ids"),
        "actual": ("Result", "Verdict"), "actual_date": ("Result date", "Verdict date"),
        "rating": _RATING, "response": _RESPONSE,
    },
    "metrics": {
        "title": ("Key result", "KR", "KPI", "Metric", "Measure", "Indicator", "Metric name",
                  "KPI name", "Measure name"),
        "goal": ("Objective", "Objective id", "Goal id", "Parent", "Parent objective",
                 "Parent goal"),
        "owner": _OWNER, "co_owners": _CO_OWNERS,
        "kind": ("Type", "Measure type", "Metric type"),
        "unit": ("Unit of measure", "UoM", "Units"), "direction": ("Polarity",),
        "bound": ("Target type", "Comparator", "Limit"),
        "baseline": ("Start value", "Starting value", "Start", "Initial value",
                     "Baseline value", "From"),
        "baseline_date": ("Baseline as of",),
        "target": ("Target value", "Goal value", "To"),
        "target_date": ("Due", "Due date", "Deadline", "By", "End date", "Target by"),
        "target_change": ("Change from baseline", "Target change from baseline",
                          "Change on baseline"),
        "actual": ("Current", "Current value", "Actual value", "Result", "Achieved",
                   "Latest", "Latest value"),
        "actual_date": ("As of", "Measured on", "Updated", "Last updated", "Reading date",
                        "Current as of"),
        "tolerance": ("Margin", "Tolerance band"),
        "cadence": _CADENCE, "reporting_lag": ("Lag",),
        "source": ("Data source", "Source of data", "System"),
        "breaks_down": ("Breakdown of", "Component of", "Part of", "Sub-measure of"),
        "rating": _RATING,
    },
    "initiatives": {
        "title": ("Initiative", "Project", "Action", "Program", "Programme",
                  "Initiative name", "Project name"),
        "owner": _OWNER, "co_owners": _CO_OWNERS,
        "unit": ("Department", "Business unit", "Division"),
        "supports": ("Goal", "Goals", "Objective", "Objectives", "Supports goals",
                     "Aligned to", "Contributes to"),
        "start": ("Start date", "Kick-off"),
        "end": ("End date", "Due", "Due date", "Deadline", "Finish", "Completion date"),
        "completed": ("Completed", "Date completed", "Actual end", "Actual end date",
                      "Actual completion", "Completed on"),
        "status": ("State",), "team": ("Team members", "Members", "Staff"),
        "skills": ("Skills needed", "Skills required"), "kind": ("Type", "Category"),
        "depends_on": ("Dependencies", "Predecessors", "Blocked by"),
        "metrics": ("Indicators", "Output indicators", "KPIs", "Measures"),
        "rating": _RATING, "response": _RESPONSE,
    },
    "budgets": {
        "title": ("Line item", "Budget line", "Item", "Budget item", "Expense"),
        "amount": ("Budget", "Cost", "Total", "Allocated", "Allocation", "Budgeted"),
        "currency": ("Ccy",), "period": ("Year", "Fiscal year", "FY", "Budget period"),
        "funds": ("Initiative", "Initiatives", "Project", "Projects", "Goal", "Goals",
                  "Pays for"),
        "spent": ("Spend", "Actual spend", "Actual", "Spent to date"),
        "owner": _OWNER, "unit": ("Department", "Business unit"),
        "response": ("Variance explanation", "Explanation of variance",
                     "Explanation of variances", "Reason for variance", "Variance reason"),
    },
    "reviews": {
        "title": ("Review", "Forum", "Meeting", "Review name"), "cadence": _CADENCE,
        "chair": ("Chaired by", "Owner", "Facilitator", "Led by"),
        "covers": ("Scope", "Goals", "Objectives", "Units"),
        "last_held": ("Last review", "Last meeting", "Last held on", "Held on"),
        "dates": ("Review dates", "Meeting dates", "Scheduled dates", "Scheduled on",
                  "Meets on"),
    },
    "assumptions": {
        "statement": ("Assumption", "Risk", "Risk description", "Hypothesis", "Obstacle"),
        "kind": ("Type", "Category"),
        "owner": (*_OWNER, "Risk owner"),
        "affects": ("Goals", "Goal", "Objectives", "Affected goals"),
        "test": ("How tested", "Validation", "Test plan", "How to test"),
        "check_by": ("Review by", "Check date", "Test by", "Due", "Due date", "Deadline"),
    },
    "communications": {
        "title": ("Communication", "Message", "Activity"),
        "audience": ("To", "Recipients", "Audiences"), "channel": ("Medium", "Format"),
        "cadence": _CADENCE, "owner": _OWNER, "covers": ("Goals", "Objectives", "Topics"),
    },
    "actuals": {"metric": _METRIC, "date": ("As of", "Period end", "Measured on"),
                "value": ("Actual", "Result", "Reading", "Figure"), "text": ("In words",),
                "score": ("Grade", "OKR score"),
                "response": ("Reason for deviation", "Reasons for deviation",
                             "Reason/s for deviation", "Corrective action", "Remedial action")},
    "targets": {"metric": _METRIC, "date": ("By", "Due", "Target date"),
                "value": ("Target", "Target value"), "text": ("In words",),
                "change": ("Change from baseline", "Target change")},
    "waivers": {"rule": ("Code", "Rule code"), "node": ("Item", "Item id", "ID"),
                "reason": ("Why", "Justification", "Rationale"),
                "expires": ("Expiry", "Until", "Valid until"),
                "approved_by": ("Approver",)},
}
_COMMON = {"id": ("#", "No", "Number", "Ref", "Reference"),
           "description": ("Description", *_NOTES), "tags": ("Labels", "Tag")}

#: The columns of a measure: the column of its value (or words), and of its date.
MEASURES = {"baseline": "baseline_date", "target": "target_date", "actual": "actual_date"}


def word(text: str) -> str:
    """A sheet or column name as matched: lower case, ``(s)`` dropped, every run of other
    characters one ``_`` (``Due date`` and ``due-date`` are ``due_date``, ``#`` is
    ``number``)."""
    text = text.strip().lower().replace("(s)", "").replace("#", " number ")
    return re.sub(r"[\W_]+", "_", text).strip("_")


#: Words that only qualify a sheet's name: a year, a quarter or half, a fiscal year.
_QUALIFIER = re.compile(r"^(?:(?:19|20)\d\d|q[1-4]|h[12]|fy\d{2,4}|\d{4}_?\d{2})$")


def _sheet_words() -> dict[str, str]:
    return {word(name): section for section, names in SHEETS.items()
            for name in (section, *names)}


def section_of(sheet: str) -> str | None:
    """The section a sheet named ``sheet`` holds, if its name says (years and quarters
    in it aside: ``Q1 2025 OKRs`` holds key results)."""
    words = _SHEET_WORDS
    key = word(sheet)
    if key in words:
        return words[key]
    bare = "_".join(part for part in key.split("_") if not _QUALIFIER.match(part))
    return words.get(bare)


def near_section(sheet: str) -> str | None:
    """The section a sheet's name is a near miss of (``Inititives``), if any: a sheet
    with another purpose (``Lists``, ``Notes``) is left alone, so only a close one."""
    found = nearest(word(sheet), _SHEET_WORDS, cutoff=0.8)
    return _SHEET_WORDS[found] if found is not None else None


_SHEET_WORDS = _sheet_words()


def _shape(readable: Field) -> str:
    """How a cell holds a field that rule files read as ``readable``."""
    if readable.shape in ("mapping", "records"):
        return readable.shape
    if readable.many:
        return "list"
    return readable.shape if readable.shape in ("date", "number", "bool") else "text"


@cache
def fields(section: str) -> dict[str, str]:
    """The fields of a section's sheet, in the plan format's order, each with the shape
    of its cells: ``text``, ``list``, ``date``, ``number``, ``bool``, ``measure`` (a
    baseline, target or actual: a number or words), ``change`` (a target's change from
    the baseline: a percentage, or a number in the metric's unit), ``ref`` (the layout's
    own columns that name another item)."""
    if section == "actuals":
        return {"metric": "ref", "date": "date", "value": "number", "text": "text",
                "score": "number", "response": "text"}
    if section == "targets":
        return {"metric": "ref", "date": "date", "value": "number", "text": "text",
                "change": "change"}
    if section == "waivers":
        return {"rule": "text", "node": "text", "reason": "text", "expires": "date",
                "approved_by": "text"}
    found = {"id": "text"}
    for key, readable in READABLE["plan" if section == "plan" else
                                  SECTIONS[section].kind].items():
        shape = _shape(readable)
        if "." in key or key in ("description", "tags") or shape == "records":
            continue
        if key == "horizon":
            found |= {"horizon_start": "date", "horizon_end": "date",
                      "horizon_length": "text", "horizon_text": "text"}
        elif shape == "mapping":
            found |= {key: "measure", MEASURES[key]: "date"}
            if key == "target":  # a target stated as a change from the baseline
                found["target_change"] = "change"
        else:
            found[key] = shape
        if key == "title" and section == "metrics":
            found["goal"] = "ref"
    if section in ("metrics", "goals"):  # a goal's own result: a deliverable's verdict
        found |= {"actual": "measure", "actual_date": "date"}
    found |= {"description": "text", "tags": "list"}
    if section == "plan":
        found["include"] = "list"
    return found


@cache
def columns(section: str) -> dict[str, str]:
    """Every name a column of a section's sheet goes by, as :func:`word` makes it, and
    the field it holds."""
    known = {word(key): key for key in fields(section)}
    for key, names in (*_COMMON.items(), *COLUMNS[section].items()):
        if key in fields(section):
            for name in names:
                known.setdefault(word(name), key)
    return known


def column_of(section: str, header: str) -> str | None:
    """The field a column headed ``header`` holds on a section's sheet, if its name says."""
    return columns(section).get(word(header))


def heading(key: str) -> str:
    """How the writer heads a field's column: ``ID``, ``Reporting lag``; a custom
    attribute's as it is named (``x-cost-center``)."""
    if key.startswith("x-"):
        return key
    return "ID" if key == "id" else key.replace("_", " ").capitalize()


def initials(sheet: str) -> str:
    """The prefix of ids made for rows that have none: ``KR`` for ``Key Results``, ``OKR``
    for ``Q1 OKRs``; each word's first letter, or an acronym's capitals."""
    letters = ""
    for part in re.split(r"[\s_-]+", sheet):
        if _QUALIFIER.match(word(part)):
            continue
        capitals = [char for char in part if char.isupper()]
        first = next((char for char in part if char.isalpha()), "")  # "" for "2nd"
        letters += "".join(capitals) if len(capitals) > 1 else first.upper()
    return letters or "R"


def slug(text: str, limit: int = 40) -> str:
    """An id made from a name: ``Jane Doe`` is ``jane-doe`` (at most ``limit``
    characters, cut at a word)."""
    made = re.sub(r"[\W_]+", "-", text.strip().lower()).strip("-")
    if len(made) > limit:
        made = made[:limit].rsplit("-", 1)[0]
    return made


#: What each column holds, for the notes on the header cells of written workbooks.
NOTES: dict[str, str] = {
    "id": "A unique id: letters, digits, '.', '_' or '-'. Other sheets name this row by "
          "it. Leave it empty and planlint names the row after its sheet and row (KR7).",
    "title": "What it is, in a few words.",
    "name": "The name.",
    "description": "More about it, in words.",
    "tags": "Labels, separated by commas.",
    "vision": "Where the organization wants to be.",
    "mission": "What the organization is for: its mission, in the plan's words.",
    "horizon_start": "The date the plan starts (a date cell, or YYYY-MM-DD).",
    "horizon_end": "The date the plan ends.",
    "horizon_length": "How long the plan runs, where it counts its period from an event "
                      "still to come: an ISO 8601 duration such as P36M.",
    "horizon_text": "The plan's period in words, where it ties its end to a period set "
                    "elsewhere (the lifetime of the next spending review).",
    "as_of": "The date the status in this workbook is true on; it also dates actuals "
             "that have no date of their own.",
    "status_as_of": "The date the statuses of the work are reported as of, where earlier "
                    "than the As of date (a progress review dated before the figures were "
                    "last updated).",
    "sponsor": "The executive who owns the strategy: a person's id or name, or the body "
               "that does (a board, a ministry: a unit).",
    "co_sponsors": "Others who own the strategy jointly with the sponsor, separated by "
                   "commas.",
    "office": "Who runs the plan (collects its results, prepares its reviews, keeps it "
              "moving): a person or unit.",
    "methodology": "The methodologies the plan follows (okr, balanced-scorecard).",
    "metrics_cadence": "How often the measures are read, where the plan says so once for "
                       "all (quarterly); a measure's own Frequency wins.",
    "metrics_reporting_lag": "How long after a period the measures' figures are "
                             "available, said once for all (P45D).",
    "metrics_source": "Where the measures' figures come from, where the plan says so once "
                      "for all; a measure's own Source wins.",
    "metrics_unit": "The unit the measures are stated in, where the plan says so once for "
                    "all (score of 0 to 100); a measure's own Unit wins.",
    "metrics_kind": "What the measures are, where the plan says so once for all "
                    "(milestone: done or not): the kind of each measure whose own Type "
                    "and wording do not tell it.",
    "budget_reallocation": "The most the plan lets be moved from one budget line to "
                           "another without a new approval, where it states such a rule "
                           "once (an amount in the lines' currency).",
    "withheld": "What the plan keeps out of this workbook on purpose (on the Goals sheet, "
                "for that goal, its sub-goals and what serves only them): targets, "
                "baselines, actuals, budgets, initiatives (tracked in another tool), owners "
                "(assigned in another document), schedules (kept in delivery plans), "
                "objectives (people's performance plans), metrics (the goals' "
                "measures, kept in another document) or sources (the measures' data "
                "notes, kept in another document), separated by commas.",
    "include": "Other plan files that belong to this plan, relative to this workbook.",
    "parent": "The id (or title) of the item this one belongs to.",
    "lead": "The person who heads the unit: an id or name from the People sheet.",
    "role": "The person's role.",
    "unit": "The unit (team, department): an id or name from the Units sheet.",
    "leader": "TRUE when the person is on the leadership team.",
    "skills": "Skills, separated by commas.",
    "objectives": "The goals in this person's performance plan, by id or title.",
    "owner": "The person accountable: an id or name from the People sheet.",
    "also_aligned_to": "Further goals this one contributes to besides its parent, by id or "
                       "title.",
    "drives": "Goals this one causes (the strategy map), by id or title.",
    "perspective": "Balanced Scorecard perspective: financial, customer, internal or "
                   "learning.",
    "priority": "critical, high, medium or low.",
    "term": "short or long.",
    "start": "The start date.",
    "completed": "The date the work was done, where the plan states it.",
    "grantee": "Who carries out work the plan funds (a grant's recipient), in the plan's "
               "words.",
    "due": "The date it is due.",
    "metrics": "Metrics that measure this goal, or what this initiative delivers, by id "
               "(a goal's, if their rows do not name it).",
    "goal": "The goal (objective) this metric measures, by id or title.",
    "kind": "What it is: level, count, milestone or indicator (metrics); assumption, "
            "risk, obstacle, opportunity or condition (assumptions); free text "
            "(initiatives).",
    "direction": "increase, decrease or maintain.",
    "bound": "at most or at least, when its targets are limits (a ceiling, a floor).",
    "baseline": "Where the measure stood when the plan began: a number, or words.",
    "baseline_date": "The date of the baseline.",
    "target": "The value to reach: a number, or words (top decile).",
    "target_date": "The date the target is due.",
    "target_change": "The target as a change from the baseline, where the plan states it "
                     "so (reduce 16% from 2017): a percentage of the baseline such as -16%, "
                     "or a number in the metric's unit; leave Target empty.",
    "change": "The target as a change from the metric's baseline: a percentage such as "
              "-16%, or a number in the metric's unit; leave Value empty.",
    "actual": "The latest reading: a number, or a result in words. More readings go on "
              "the Actuals sheet.",
    "actual_date": "The date of the reading (the end of the period it measures).",
    "tolerance": "How far a reading may miss the target and still meet it (with no "
                 "target: how far it may move from the baseline and still count as no "
                 "change): a number in the metric's unit, or a percentage such as 10%.",
    "cadence": "How often: daily, weekly, biweekly, monthly, quarterly, semiannual, "
               "annual, or a duration such as P2W.",
    "reporting_lag": "How long after a period ends its figure is known, such as P45D.",
    "source": "Where the figures come from.",
    "against": "The metric whose targets this one's readings are read against (a Current "
               "row under a Required row), by id or title.",
    "breaks_down": "The metric this one breaks down (its figure for a region, a method "
                   "or a group, or a component of it), by id or title; it is not asked "
                   "what that metric states.",
    "supports": "The goals this serves, by id or title, separated by commas.",
    "end": "The end date.",
    "status": "planned, active, done, cancelled, blocked or on-hold (initiatives); "
              "untested, testing, validated or invalidated (assumptions).",
    "dropped": "The date the plan dropped this measure (struck through); it is then "
               "judged by no rule.",
    "team": "The people who do the work, separated by commas.",
    "co_owners": "Others who own it equally with the owner, separated by commas.",
    "depends_on": "Initiatives that must finish first, separated by commas.",
    "amount": "The amount budgeted, a plain number.",
    "currency": "The currency (USD, EUR, USD m).",
    "period": "The budget period (2026, FY2026).",
    "funds": "The initiatives or goals it pays for, separated by commas, or all for the "
             "running of the whole plan (overhead, support staff).",
    "spent": "The amount spent so far.",
    "chair": "The person who chairs the review.",
    "covers": "The goals (or units) it covers, separated by commas.",
    "last_held": "The date it last met.",
    "dates": "The dates its meetings are scheduled on, separated by commas (a month alone "
             "as its last day: 2015-05-31 for May 2015).",
    "statement": "The assumption, as a statement.",
    "affects": "The goals that depend on it, separated by commas.",
    "test": "How it will be checked.",
    "check_by": "The date it is to be checked by.",
    "audience": "The units it reaches, separated by commas, or all.",
    "channel": "How it reaches them (all-hands, newsletter).",
    "metric": "The metric, by id or title.",
    "date": "The date (of the reading: the end of the period it measures).",
    "value": "The value, a number.",
    "text": "The value in words, where there is no number.",
    "score": "The grade given to the result, from 0 to 1 (0.7), where no value was measured.",
    "response": "What the plan says of the shortfall (a reading's, a goal's or an "
                "initiative's rated off track, or a budget line's variance): its cause and "
                "the action taken or planned.",
    "rating": "The plan's own rating as of the status date: on-track (green, On Track), "
              "at-risk (amber, Needs attention) or off-track (red, Delayed, Late); not a "
              "stage such as Not Started or Completed, which is the status.",
    "rule": "The rule, by code (PL201) or name.",
    "node": "The id of the item the waiver is for.",
    "reason": "Why the finding is accepted.",
    "expires": "The date the waiver ends.",
    "approved_by": "The person who accepted it.",
}
