"""From loaded documents to a validated plan, keeping whatever can be understood.

Every problem with the content (a wrong type, an unknown key, a missing version, an id
defined twice) becomes a diagnostic for its structure rule; the offending value is
dropped and the rest of the item is kept, so the other rules still see it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from planlint.collect import Diagnostic, Parsed
from planlint.errors import explain
from planlint.finding import Finding, Related
from planlint.limits import MAX_ITEMS, shown
from planlint.loaders import Document, LoadProblem
from planlint.measures import read_measure
from planlint.model import (
    FIELDS,
    ID_PATTERN,
    SECTIONS,
    Change,
    Goal,
    Initiative,
    Item,
    Metric,
    PlanInfo,
    Waiver,
    keys_of,
)
from planlint.plan import Plan
from planlint.positions import SourceFile, located, pointer_join
from planlint.suggest import CUTOFF, nearest

SUPPORTED_VERSIONS = (1,)
_PLAN_FIELDS = keys_of(PlanInfo)
#: The items that may define their metrics inline, with the fields each may hold.
_MEASURED: dict[type[Item], frozenset[str]] = {
    Goal: FIELDS[Goal.kind], Initiative: FIELDS[Initiative.kind]}
#: The top-level keys that hold the plan's content.
_READ_KEYS = ("plan", *SECTIONS, "waivers", "changes")
_TOP_KEYS = ("planlint", "include", *_READ_KEYS)
_ATTEMPTS = 4
_ID = re.compile(ID_PATTERN)
_Model = TypeVar("_Model", PlanInfo, Waiver, Change, Item)
_Record = TypeVar("_Record", Waiver, Change)


#: Words other planning vocabularies use for a key, whose spelling is nothing like the
#: format's: each names the keys it may mean, and the first one the item takes is
#: suggested ("objectives" is ``goals`` at the top level, ``supports`` on an initiative).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("key_results", "krs", "kpis", "kpi", "measures", "indicators"),
                    ("metrics",)),
    **dict.fromkeys(("objectives", "okrs", "goal", "objective", "contributes_to",
                     "aligned_to"), ("goals", "supports", "parent")),
    **dict.fromkeys(("projects", "programs", "programmes", "actions"), ("initiatives",)),
    **dict.fromkeys(("person", "persons", "staff_members", "employees", "owners", "leaders",
                     "team_members"), ("people",)),
    **dict.fromkeys(("owner_id", "responsible", "accountable", "owned_by", "assignee"),
                    ("owner",)),
    **dict.fromkeys(("due_date", "deadline", "target_date"), ("due", "end")),
    "end_date": ("end", "due"),
    "frequency": ("cadence",),
    **dict.fromkeys(("changelog", "change_log", "revisions", "amendments", "adjustments"),
                    ("changes",)),
    **dict.fromkeys(("members", "staff"), ("team",)),
    **dict.fromkeys(("unit_of_measure", "uom"), ("unit",)),
}


def meant_key(key: str, known: Iterable[str], cutoff: float = CUTOFF) -> str | None:
    """The known key a mistyped or foreign one most likely means (``goal`` for
    ``goals``, ``kpis`` for ``metrics``), if any is close enough; the sheet loader asks
    it of a workbook's column names too. A word another vocabulary uses for a key is read
    as that key before any key it is merely spelt like (``responsible`` is ``owner``, not
    ``response``)."""
    return nearest(key, known, _SYNONYMS, cutoff)


#: What unknown-field advises for a key close to no known one.
_CUSTOM = "custom fields start with 'x-' (x-cost-center)"


class Builder:
    """Collects the items of every document, then validates them into a :class:`Plan`.

    With ``parsed`` (the documents kept between loads, :class:`~planlint.collect.Parsed`),
    an entry the last build validated without a problem, and that the document still
    holds, is not validated again: its item is copied and placed anew.
    """

    def __init__(self, files: list[SourceFile], skipped: Sequence[str] = (),
                 parsed: Parsed | None = None) -> None:
        self.files = files
        self.skipped = skipped
        self.parsed = parsed
        self.diagnostics: list[Diagnostic] = []
        self.entries: list[_Entry] = []
        self.inferred: list[_Entry] = []  # items a loader made from a name alone
        self.info: PlanInfo | None = None
        self.info_at: tuple[SourceFile, str] | None = None
        self.waivers: list[Waiver] = []
        self.changes: list[Change] = []

    # -- reading documents -------------------------------------------------------------

    def add(self, source: SourceFile, document: Document) -> None:
        for problem in document.problems:
            location = located(source.name, problem.span, problem.sheet) if problem.span \
                else source.location()
            self.diagnostics.append((problem.rule, Finding(
                message=problem.message, node=source.name, kind="file", location=location)))
        data = document.data
        if data is None:
            self.report("unsupported-version", source, "", "the file is empty; a plan file "
                        "starts with 'planlint: 1'")
            return
        if not isinstance(data, dict):
            self.report("invalid-field", source, "", "a plan file is a mapping of sections "
                        "(planlint, plan, goals, …), not a "
                        f"{'list' if isinstance(data, list) else 'single value'}")
            return
        self.check_version(source, data)
        for key, value in data.items():
            if key in ("planlint", "include") or key.startswith("x-"):
                continue
            pointer = pointer_join("", key)
            section = key if key in _READ_KEYS else meant_key(key, _TOP_KEYS)
            if section is None:
                self.report("unknown-field", source, pointer, f"unknown section {shown(key)}; "
                            + _CUSTOM)
                continue
            if section != key:
                if section in data or section not in _READ_KEYS:
                    self.report("misspelt-field", source, pointer, f"unknown section "
                                f"{shown(key)}; did you mean {section!r}? "
                                + (f"Move what it holds under {section}" if section in data
                                   else "Rename it"))
                    continue
                self.report("misspelt-field", source, pointer, f"unknown section {shown(key)};"
                            f" did you mean {section!r}? It is read as {section} here; rename "
                            "it")
            if section == "plan":
                self.add_info(source, pointer, value)
            elif section == "waivers":
                self.add_records(source, pointer, section, value, Waiver, self.waivers)
            elif section == "changes":
                self.add_records(source, pointer, section, value, Change, self.changes)
            else:
                self.add_section(source, pointer, SECTIONS[section], value,
                                 document.inferred)

    def check_version(self, source: SourceFile, data: dict[str, Any]) -> None:
        if "planlint" not in data:
            if not any(meant_key(key, _TOP_KEYS) == "planlint" for key in data
                       if key not in _TOP_KEYS):  # else the misspelling is the one cause
                self.report("unsupported-version", source, "", "the file does not say its "
                            "format version; start it with 'planlint: 1'")
        elif data["planlint"] not in SUPPORTED_VERSIONS or isinstance(data["planlint"], bool):
            version = data["planlint"]
            known = ", ".join(map(str, SUPPORTED_VERSIONS))
            if isinstance(version, str) and version.strip() in known.split(", "):
                message = (f"format version {shown(version)} is text, not a number; write "
                           f"'planlint: {version.strip()}' without quotes")
            else:
                message = (f"format version {shown(version)} is not known; this planlint "
                           f"reads version {known}: write 'planlint: 1', or check the plan "
                           "with a planlint that reads its version")
            self.report("unsupported-version", source, "/planlint", message)

    def add_info(self, source: SourceFile, pointer: str, value: Any) -> None:
        if not isinstance(value, dict):
            self.report("invalid-field", source, pointer, "plan takes a mapping (id, title, "
                        "vision, sponsor, …)")
            return
        if self.info_at is not None:
            first, first_pointer = self.info_at
            self.report("duplicate-id", source, pointer, "the plan is defined again here; "
                        "only one file defines plan:, remove this one",
                        related=[(first, first_pointer, "plan: first defined here")])
            return
        clean = self.split(source, pointer, "plan", value, _PLAN_FIELDS)
        self.info_at = (source, pointer)
        self.info = self.validate(PlanInfo, source, pointer, clean, "plan")

    def add_records(self, source: SourceFile, pointer: str, section: str, value: Any,
                    cls: type[_Record], kept: list[_Record]) -> None:
        """Read the entries of ``waivers`` or ``changes`` into ``kept``: records about
        items, not items."""
        kind, known = section.removesuffix("s"), keys_of(cls)
        for index, entry in self.entries_of(source, pointer, section, value):
            where = f"{pointer}/{index}"
            clean = self.split(source, where, kind, entry, known)
            record = self.validate(cls, source, where, clean, kind)
            if record is not None:
                record.place(source, where)
                kept.append(record)

    def add_section(self, source: SourceFile, pointer: str, cls: type[Item],
                    value: Any, inferred: frozenset[str] = frozenset()) -> None:
        for index, entry in self.entries_of(source, pointer, cls.section, value):
            where = f"{pointer}/{index}"
            if len(self.entries) >= MAX_ITEMS:
                self.report("syntax-error", source, where, f"the plan holds more than "
                            f"{MAX_ITEMS:,} items, more than planlint reads into memory; "
                            "this one and those after it are not checked, check the plan "
                            "in smaller parts")
                return
            read = entry
            if cls in _MEASURED:
                entry = self.inline_metrics(source, where, entry, _MEASURED[cls])
            (self.inferred if where in inferred else self.entries).append(
                (cls, source, where, entry, read))

    def entries_of(self, source: SourceFile, pointer: str, section: str,
                   value: Any) -> list[tuple[int, dict[str, Any]]]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.report("invalid-field", source, pointer, f"{section} takes a list of items, "
                        "each a mapping with an id")
            return []
        entries = []
        for index, entry in enumerate(value):
            if isinstance(entry, dict):
                entries.append((index, entry))
            else:
                self.report("invalid-field", source, f"{pointer}/{index}", f"each entry of "
                            f"{section} is a mapping with an id, not {shown(entry)}")
        return entries

    def inline_metrics(self, source: SourceFile, pointer: str, entry: dict[str, Any],
                       fields: frozenset[str]) -> dict[str, Any]:
        """Lift metrics defined inside a goal or an initiative (whose fields are
        ``fields``) into items of their own, under ``metrics`` or a misspelling of it
        (``key_results``), which is reported when the item is."""
        key = "metrics" if "metrics" in entry else next(
            (key for key in entry if not key.startswith("x-") and key not in fields
             and meant_key(key, fields) == "metrics"), "metrics")
        metrics = entry.get(key)
        if not isinstance(metrics, list) or \
                not any(isinstance(metric, dict) for metric in metrics):
            return entry
        ids = []
        for index, metric in enumerate(metrics):
            if isinstance(metric, dict):
                self.entries.append((SECTIONS["metrics"], source,
                                     f"{pointer_join(pointer, key)}/{index}", metric, metric))
                if isinstance(name := _id_of(metric), str):
                    ids.append(name)
            else:
                ids.append(metric)
        return {**entry, key: ids}

    # -- validating ---------------------------------------------------------------------

    def split(self, source: SourceFile, pointer: str, kind: str, entry: dict[str, Any],
              known: frozenset[str]) -> dict[str, Any]:
        """Known fields, with ``x-`` attributes gathered under ``extra``; reports the rest."""
        if entry.keys() <= known:
            return entry
        clean: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in entry.items():
            if key in known:
                clean[key] = value
                continue
            if key.startswith("x-"):
                extra[key] = value
                continue
            meant = meant_key(key, known)
            where, about = pointer_join(pointer, key), _about(kind, entry, pointer)
            if meant is None:
                self.report("unknown-field", source, where, f"{_subject(kind, entry)} has no "
                            f"field {shown(key)}; {_CUSTOM}", about=about)
            elif meant in entry or meant in clean:
                self.report("misspelt-field", source, where, f"{_subject(kind, entry)} has no "
                            f"field {shown(key)}, beside {meant}; did you mean {meant!r}? "
                            "Keep one of them", about=about)
            else:
                self.report("misspelt-field", source, where, f"{_subject(kind, entry)} has no "
                            f"field {shown(key)}; did you mean {meant!r}? It is read as "
                            f"{meant} here; rename it", about=about)
                clean[meant] = value
        if extra:
            clean["extra"] = extra
        return clean

    def validate(self, cls: type[_Model], source: SourceFile, pointer: str,
                 data: dict[str, Any], kind: str) -> _Model | None:
        """Validate one item; on errors report them, drop the bad values and try again."""
        removed: set[tuple[str | int, ...]] = set()
        for _ in range(_ATTEMPTS):
            try:
                return cls.model_validate(data)
            except ValidationError as error:
                data = copy.deepcopy(data)
                subject = _subject(kind, data)
                about = _about(kind, data, pointer)
                details = sorted(error.errors(include_url=False), reverse=True,
                                 key=lambda d: [(isinstance(p, str), p) for p in d["loc"]])
                for detail in details:
                    if not self.recover(source, pointer, data, detail, subject, removed,
                                        about):
                        return None
        return None

    def recover(self, source: SourceFile, pointer: str, data: dict[str, Any],
                detail: ErrorDetails, subject: str,
                removed: set[tuple[str | int, ...]], about: _About | None) -> bool:
        """Report one validation error and remove its value; False drops the item.

        A required value that was dropped for being invalid takes its container with it
        on the next attempt, without a second report; so does a container that a check of
        the whole (such as a measurement's value or text) finds incomplete once one of its
        values was dropped.
        """
        loc = list(detail["loc"])
        where = pointer
        for part in loc:
            where = pointer_join(where, part)
        field = _dotted(loc)
        if any(path[:len(loc)] == tuple(loc) and len(path) > len(loc) for path in removed):
            pass  # incomplete only because a value inside it was dropped: already reported
        elif detail["type"] == "missing":
            if loc == ["id"]:
                self.report("invalid-field", source, pointer, f"{subject} has no id; every "
                            "item needs an id unique across the plan", about=about)
                return False
            if tuple(loc) not in removed:
                self.report("invalid-field", source, where.rsplit("/", 1)[0],
                            f"{subject}: {field} is missing; it is required here",
                            about=about)
            loc = loc[:-1]
        elif detail["type"] == "extra_forbidden":
            self.report("unknown-field", source, where, f"{subject}: {field} is not a known "
                        "field; remove it or fix its name", about=about)
        elif loc == ["id"]:
            self.report("invalid-field", source, where, f"{subject}: invalid id "
                        f"{shown(data.get('id'))}: {explain(detail)}", about=about)
            return False
        else:
            self.report("invalid-field", source, where,
                        f"{subject}: {field or 'value'} {explain(detail)}", about=about)
        if not loc:
            return False
        try:
            _remove(data, loc)
        except (KeyError, IndexError, TypeError):  # a path inside a union's alternatives
            data.pop(str(loc[0]), None)
        removed.add(tuple(loc))
        return True

    def report(self, rule: LoadProblem, source: SourceFile, pointer: str, message: str,
               related: Sequence[tuple[SourceFile, str, str]] = (),
               about: _About | None = None) -> None:
        """Record a load-time finding at ``pointer`` of ``source``: about the item
        ``about`` names when its id is known, else about the file."""
        node, kind, field = source.name, "file", None
        if about is not None:
            node, kind, base = about
            field = pointer[len(base) + 1:] or None if pointer.startswith(base) else None
        self.diagnostics.append((rule, Finding(
            message=message, node=node, kind=kind, location=source.location(pointer),
            related=tuple(Related(s.location(p), m) for s, p, m in related), field=field)))

    # -- the plan -----------------------------------------------------------------------

    def settle_inferred(self) -> None:
        """Keep each inferred item whose id no other item has; one whose id another item
        of its kind has adds its references (a key result naming its objective) to it.
        An inferred item with no name only carries references to an item defined
        elsewhere: where there is none, what it carries dangles, and is reported."""
        if not self.inferred:  # most plans: no need to index every entry
            return
        index = {str(entry[3].get("id")): at for at, entry in enumerate(self.entries)}
        for cls, source, pointer, entry, read in self.inferred:
            at = index.get(str(entry.get("id")))
            if at is None and "title" not in entry and "name" not in entry:
                self.report("dangling-reference", source, pointer, f"this names the "
                            f"{cls.kind} {shown(entry.get('id'))}, which is not defined "
                            f"anywhere in the plan; name a {cls.kind} by its id or title")
                continue
            if at is None:
                index[str(entry.get("id"))] = len(self.entries)
                self.entries.append((cls, source, pointer, entry, read))
                continue
            kind, where, named_at, named, _ = self.entries[at]
            if kind is not cls:
                if any(isinstance(value, list) for value in entry.values()):
                    self.report("dangling-reference", source, pointer, f"this names the "
                                f"{cls.kind} {shown(entry.get('id'))}, which is a "
                                f"{kind.kind}; name a {cls.kind} by its id or title")
                continue
            merged = dict(named)
            for key, value in entry.items():
                if isinstance(value, list) and isinstance(merged.get(key, []), list):
                    have = merged.get(key, [])
                    merged[key] = [*have, *(ref for ref in value if ref not in have)]
            self.entries[at] = (kind, where, named_at, merged, None)

    def build(self) -> Plan:
        self.settle_inferred()
        items: list[Item] = []
        by_id: dict[str, Item] = {}
        known = self.parsed.items if self.parsed is not None else None
        memos: dict[int, tuple[_Memo, _Memo]] = {} if known is None else {
            id(source): (known.get(source.path, {}), {}) for source in self.files
            if source.path is not None}
        for entry in self.entries:
            item = self.item(entry, memos.get(id(entry[1])))
            if item is None:
                continue
            _, source, pointer, _, _ = entry
            item.place(source, pointer)
            first = by_id.get(item.id)
            if first is not None:
                self.diagnostics.append(("duplicate-id", item.finding(
                    f"id {item.id!r} is already used by the {first.kind} at "
                    f"{first.location()}; ids are unique across the plan, rename one",
                    field="id", related=[first.related(f"{first.kind} {first.id} first "
                                                       "defined here", "id")])))
                continue
            by_id[item.id] = item
            items.append(item)
        info = self.info or PlanInfo()
        if self.info_at is not None:
            info.place(*self.info_at)
        else:
            info.place(self.files[0] if self.files else None, "")
        if known is not None:
            known.update((source.path, memos[id(source)][1]) for source in self.files
                         if source.path is not None)
        return Plan(info, _stated_once(items, info), self.waivers, self.diagnostics,
                    self.files, self.skipped, self.changes)

    def item(self, entry: _Entry, memos: tuple[_Memo, _Memo] | None) -> Item | None:
        """The item an entry defines: a copy of the one validated from the same entry of
        its file last time (the first of ``memos``, which a file read from disk has),
        else validated now; kept in the second when it had no problem, to be reused
        next time."""
        cls, source, pointer, data, read = entry
        last = memos[0].get(id(read)) if memos is not None and read is not None else None
        if last is not None and last[0] is read and last[1] is cls:
            item = last[2].model_copy()
        else:
            heard = len(self.diagnostics)
            clean = self.split(source, pointer, cls.kind, data, FIELDS[cls.kind])
            fresh = self.validate(cls, source, pointer, clean, cls.kind)
            if fresh is None or len(self.diagnostics) > heard:
                return fresh
            item = fresh
        if memos is not None and read is not None:
            memos[1][id(read)] = (read, cls, item)
        return item


def _stated_once(items: list[Item], info: PlanInfo) -> list[Item]:
    """``items`` with each metric given what the plan states once for all its measures
    (``metrics_cadence``, ``metrics_reporting_lag``, ``metrics_source``,
    ``metrics_unit``) where it states none of its own. A cadence stated once is how
    often the plan's figures are read, not when a deliverable is due: a milestone by its
    wording and figures (``Webmaker app beta launches at MWC``, target 1 on a date) is
    not given it, and stays done or not. Its ``metrics_kind`` is not given here: a
    metric's kind is its own ``kind`` field, else what its wording tells, and only where
    neither tells is it the plan's (:meth:`planlint.plan.Plan.measure`)."""
    stated = {name: value for name, value in (("cadence", info.metrics_cadence),
                                              ("reporting_lag", info.metrics_reporting_lag),
                                              ("source", info.metrics_source),
                                              ("unit", info.metrics_unit))
              if value is not None}
    if not stated:
        return items
    given = []
    for item in items:
        missing = {name: value for name, value in stated.items()
                   if isinstance(item, Metric) and getattr(item, name) is None
                   and not (name == "cadence" and read_measure(item).kind == "milestone")}
        if missing:
            metric = item.model_copy(update=missing)
            metric.place(item.source_file, item.pointer)
            item = metric
        given.append(item)
    return given


#: An item as read: its class, its file, its JSON pointer there, its data and the entry
#: of the document it was read from (``None`` for data the builder merged).
_Entry = tuple[type[Item], SourceFile, str, dict[str, Any], dict[str, Any] | None]
#: Items of one file validated without a problem, by the identity of their entry
#: (:attr:`planlint.collect.Parsed.items`).
_Memo = dict[int, tuple[dict[str, Any], type[Item], Item]]
#: The item a load-time finding is about: its id, its kind and its JSON pointer.
_About = tuple[str, str, str]


def _id_of(data: dict[str, Any], default: str | None = None) -> object:
    """An item's id as written; a number as text, as the model reads it (a workbook's ID
    column of 7; a source's numbering ``303.1``, which YAML reads as a decimal): an
    inline metric numbered so is linked to the goal or initiative it is defined in."""
    name = data.get("id", default)
    return str(name) if isinstance(name, int | float) and not isinstance(name, bool) \
        else name


def _about(kind: str, data: dict[str, Any], pointer: str) -> _About | None:
    """The item ``data`` defines, when its id is a valid one (the plan's id defaults)."""
    name = _id_of(data, "plan" if kind == "plan" else None)
    if isinstance(name, str) and _ID.match(name):
        return name, kind, pointer
    return None


def _subject(kind: str, data: dict[str, Any]) -> str:
    """How messages name an item: ``goal G1``, or ``this goal`` before its id is known."""
    name = _id_of(data)
    return f"{kind} {name}" if isinstance(name, str) and name else f"this {kind}"


def _dotted(loc: list[str | int]) -> str:
    """A field path as people read it: ``actuals[1].date``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def _remove(data: Any, loc: list[str | int]) -> None:
    """Delete the value at ``loc`` inside ``data``."""
    for part in loc[:-1]:
        data = data[part]
    del data[loc[-1]]


def build_plan(documents: list[tuple[SourceFile, Document]],
               diagnostics: list[Diagnostic], files: list[SourceFile],
               skipped: Sequence[str] = (), parsed: Parsed | None = None) -> Plan:
    """Validate loaded documents into one plan; ``files`` lists every file read, and
    ``skipped`` the files of its folders that were left alone, not being plan files.
    ``parsed`` keeps the items validated between loads (:class:`Builder`)."""
    builder = Builder(files, skipped, parsed)
    builder.diagnostics.extend(diagnostics)
    for source, document in documents:
        builder.add(source, document)
    return builder.build()
