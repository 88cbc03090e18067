"""Workbooks (``.xlsx``, ``.xlsm``, ``.ods``) and CSV files as plan files, read in the
layout of docs/spreadsheets.md (:mod:`planlint.layout`).

Each visible sheet named after a section is that section, and each row under its header
row an item; a CSV file is one section, named by its file name. Every item, field and
reference is placed at its cell, so findings point at the row of an item and the cell
of a field. Cells name other items by id or by title (or name); an owner, unit or
objective that the workbook names but does not list (it has no People sheet, say) is
inferred from the name, and stands only where no other file of the plan defines it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from planlint import layout
from planlint.build import meant_key
from planlint.limits import MAX_FILE_BYTES, MAX_KEY_PATH, MAX_NODES, MAX_WORDED, shown
from planlint.loaders import Document, LoadError, LoadProblem, Problem
from planlint.loaders.cells import CellError, Percent, Sheet, Value, sheet_names
from planlint.loaders.cells import read as read_cells
from planlint.model import ID_PATTERN, KINDS, REFERENCES, SECTIONS
from planlint.positions import PositionMap, Span, cell_name

#: What each section's rows are called in messages.
_ROWS = {"plan": "the plan", "actuals": "actuals", "targets": "interim targets",
         "waivers": "waivers", **{section: section for section in SECTIONS}}
_ID = re.compile(ID_PATTERN)
_DATES = frozenset(layout.MEASURES.values())
#: Fields whose value may be `all`, the whole plan: a communication's audience, what a
#: budget line funds.
_WHOLE = frozenset(("audience", "funds"))
#: Each kind's reference fields and the kinds each may name.
_REFERENCES = {kind: {ref.field: ref.kinds for ref in refs} for kind, refs in REFERENCES.items()}
_LIST = re.compile(r"[,;\n]")
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+\.?\d*|\.\d+)"
                     r"(?:[eE][+-]?\d+)?$")
#: What people write in a cell that has no value yet; the cell is read as blank, but in
#: the fields of words.
_PLACEHOLDERS = frozenset({"n/a", "na", "-", "--", "\u2013", "\u2014", "tbd", "tba", "tbc",
                           "?", "none", "null", "nil"})
#: How a reading's cells other than its value are read.
_READING_SHAPES = {"date": "date", "text": "text", "score": "number", "response": "text"}
_WORDS = frozenset({"title", "name", "description", "statement", "reason", "text"})
#: The title of a row that sums the others, not an item.
_TOTALS = frozenset({"total", "totals", "grand total", "sum", "subtotal"})
#: The kinds of item a name alone may stand for, when the workbook lists none of them.
_INFERRED = ("person", "unit", "goal")
#: How alike a column's name must be to a field's to be read as it (difflib's ratio).
_COLUMN_CUTOFF = 0.8
#: How many rows may come above the header row (titles, notes).
_HEADER_SEARCH = 20


def read(raw: bytes, name: str) -> Document:
    """The plan data of a workbook or CSV file, with the place of every value."""
    sheets = read_cells(raw, name)
    neighbours = _neighbours(Path(name)) if name.lower().endswith(".csv") else []
    return _Reader(name, sheets, neighbours).document()


def _neighbours(path: Path) -> list[Sheet]:
    """The other sections of a CSV file's folder: the folder is one workbook, so its
    files name each other's items by title, and ids made for rows without one are the
    same whichever file is read."""
    if not path.is_file():
        return []
    found = []
    for other in sorted(path.parent.glob("*.[cC][sS][vV]")):
        if other.name == path.name or layout.section_of(other.stem) is None:
            continue
        try:
            if other.stat().st_size <= MAX_FILE_BYTES:
                found.extend(read_cells(other.read_bytes(), other.name))
        except (OSError, LoadError):  # that file's own reading reports it
            continue
    return found


def recognise(path: Path) -> bool:
    """Whether a workbook or CSV file found in a folder is a plan file: a visible sheet
    (for a CSV file, its name) names a section of items."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return layout.section_of(path.stem) in SECTIONS
    if path.stat().st_size > MAX_FILE_BYTES:
        return True  # read, so that the finding says why it is not
    return any(not hidden and layout.section_of(sheet) in SECTIONS
               for sheet, hidden in sheet_names(path.read_bytes(), suffix))


@dataclass(slots=True)
class _Row:
    """One row of a section's sheet: its cells by field, each with its column."""

    sheet: Sheet
    row: int
    cells: dict[str, tuple[Value, int]]

    def span(self) -> Span:
        columns = [column for _, column in self.cells.values() if column]  # 0: a made id
        return (self.row, min(columns), self.row, max(columns) + 1)


@dataclass
class _Columns:
    """What a header row says: the field of each column read, the columns read only
    where another is blank (a near miss of it, or a second column for it), and those
    not read."""

    heads: dict[int, str] = field(default_factory=dict)
    taken: dict[str, int] = field(default_factory=dict)
    spare: dict[int, str] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)

    def add(self, column: int, key: str) -> None:
        self.heads[column] = key
        self.taken[key] = column


def _blank(key: str, value: Value) -> bool:
    """Whether a cell of the field ``key`` says nothing: empty, or a placeholder such as
    ``n/a`` outside the fields of words."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return not text or (len(text) < 5 and key not in _WORDS and text.lower() in _PLACEHOLDERS)


def _points(value: Percent) -> int | float:
    """A percentage as the number of percent: 0.25 shown as 25% is 25."""
    points = round(float(value) * 100, 10)
    return int(points) if points.is_integer() else points


def _number(text: str) -> tuple[int | float, bool] | None:
    """A number written as text (``1200``, ``1,200``, ``-3.5``, ``25%``, as a CSV file
    holds them) and whether it was a percentage; ``None`` for other text."""
    text = text.strip()
    percent = text.endswith("%")
    digits = text[:-1].strip() if percent else text
    if not _NUMBER.match(digits):
        return None
    number = float(digits.replace(",", ""))
    return (int(number) if number.is_integer() else number), percent


def _is_name(text: str) -> bool:
    """Whether a reference is written as a name (``Jane Doe``, ``Marketing``) rather than
    an id (``jdoe``, ``G1``)."""
    return not _ID.match(text) or (text[0].isupper() and not any(
        char.isdigit() or char in "._-" for char in text))


def _label(text: str) -> str:
    """How a title or name is matched: ignoring case and spaces. A text longer than
    ``MAX_WORDED`` is matched as written: no name is that long, and a workbook's shared
    string of megabytes repeated on every row cost seconds a cell to fold."""
    return " ".join(text.casefold().split()) if len(text) <= MAX_WORDED else text


def _iso(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _letters(column: int) -> str:
    """A column's letters: ``D`` for 4."""
    return cell_name(1, column)[:-1]


class _Reader:
    """Reads the sheets of one file into plan data, positions and problems; the
    ``neighbours`` (the other CSV files of a CSV file's folder) only name items."""

    def __init__(self, name: str, sheets: list[Sheet], neighbours: list[Sheet]) -> None:
        self.name = name
        self.csv = name.lower().endswith(".csv")
        self.sheets = sorted([*sheets, *neighbours], key=lambda sheet: sheet.name) \
            if neighbours else sheets
        self.own = {id(sheet) for sheet in sheets}
        self.data: dict[str, Any] = {"planlint": 1}
        self.spans: dict[str, Span] = {}
        self.sheet_of: dict[str, str] = {}
        self.problems: list[Problem] = []
        self.inferred: set[str] = set()
        self.unread: list[tuple[Sheet, str]] = []
        self.uncalculated: dict[str, list[tuple[int, int]]] = {}
        self.undated: dict[str, list[tuple[int, int]]] = {}
        self.ids: set[str] = set()
        self.labels: dict[str, dict[str, list[str]]] = {kind: {} for kind in KINDS}
        self.present: set[str] = set()
        self.by_id: dict[str, tuple[str, dict[str, Any]]] = {}
        self.made: dict[tuple[str, str], str] = {}
        self.as_of: object = None
        self.spread = 0

    # -- places and problems -------------------------------------------------------------

    def place(self, pointer: str, sheet: Sheet, span: Span) -> None:
        """Place ``pointer`` at ``span`` on ``sheet`` (the pointers under it are on the
        same sheet unless placed elsewhere)."""
        self.spans[pointer] = span
        self.sheet_of[pointer] = "" if self.csv else sheet.name

    def problem(self, rule: LoadProblem, message: str, sheet: Sheet, row: int,
                column: int) -> None:
        if id(sheet) in self.own:  # a neighbour's problems are its own file's
            self.problems.append(Problem(rule, message, (row, column, row, column + 1),
                                        "" if self.csv else sheet.name))

    @staticmethod
    def cells_named(cells: list[tuple[int, int]], count: int | None = None) -> str:
        """The first three of ``cells`` (of ``count`` in all), and how many more."""
        more = (len(cells) if count is None else count) - 3
        named = ", ".join(cell_name(row, column) for row, column in cells[:3])
        return named + (f" and {more:,} more" if more > 0 else "")

    def damaged(self, sheet: Sheet) -> None:
        """Say the cells a damaged workbook states twice (the second value is not read),
        and those whose references name no cell (read after the cell before them), at
        the first of each."""
        fix = ": the file is damaged; check {} and save it again from Excel or LibreOffice"
        doubled, misplaced = sheet.doubled, sheet.misplaced
        if doubled.count:
            row, column, value = doubled.cells[0]
            cell = cell_name(row, column)
            said = f"the workbook states cell {cell} twice, and its second value " \
                f"({shown(value)}) is not read" if doubled.count == 1 else \
                f"the workbook states {doubled.count:,} cells twice (" + self.cells_named(
                    [(row, column) for row, column, _ in doubled.cells], doubled.count) + \
                f"), and the second value of each is not read ({shown(value)} in {cell})"
            self.problem("invalid-field", said + fix.format(
                "the cell" if doubled.count == 1 else "them"), sheet, row, column)
        if misplaced.count:
            row, column, ref = misplaced.cells[0]
            others = "" if misplaced.count == 1 else \
                f" (so are {misplaced.count - 1:,} more cells: " + self.cells_named(
                    [(row, column) for row, column, _ in misplaced.cells[1:]],
                    misplaced.count - 1) + ")"
            self.problem("invalid-field", f"the cell's reference {shown(ref)} names no cell "
                         "of a sheet (A1 to XFD1048576), so it is read as "
                         f"{cell_name(row, column)}, the cell after the one before it{others}"
                         + fix.format("the cell" if misplaced.count == 1 else "them"),
                         sheet, row, column)

    # -- the whole file ------------------------------------------------------------------

    def document(self) -> Document:
        found = list(self.sections())
        if not any(id(sheet) in self.own for sheet, _ in found):
            raise LoadError(self.no_sections(), None)
        plan: list[tuple[Sheet, list[tuple[str, Value, int, int, int]]]] = []
        rows: dict[str, list[_Row]] = {}
        for sheet, section in found:
            self.present.add(section)
            self.damaged(sheet)
            if section == "plan":
                plan.append((sheet, self.plan_pairs(sheet)))
            else:
                rows.setdefault(section, []).extend(self.rows(sheet, section))
        objectives = self.objective_rows(rows.get("metrics", []))
        self.index(rows)
        for sheet, pairs in plan[:1]:
            self.as_of = self.stated_as_of(pairs)  # a CSV folder's plan.csv dates them too
            if id(sheet) in self.own:
                self.plan(sheet, pairs)
        for sheet, _ in plan[1:]:
            self.problem("duplicate-id", f"sheet {shown(sheet.name)} states the plan again; "
                         f"keep one plan sheet ({shown(plan[0][0].name)} is read)", sheet, 1, 1)
        mine = {section: [record for record in records if id(record.sheet) in self.own]
                for section, records in rows.items()}
        for section in SECTIONS:
            for record in mine.get(section, []):
                self.item(section, record)
        for record in objectives:
            if id(record.sheet) in self.own:
                self.objective(record)
        for section in ("actuals", "targets"):
            for record in mine.get(section, []):
                self.reading(section, record)
        for record in mine.get("waivers", []):
            self.waiver(record)
        self.summarize()
        document = Document(self.data, PositionMap(self.spans, sheets=self.sheet_of),
                            self.problems, frozenset(self.inferred))
        unread = [(sheet, said) for sheet, said in self.unread if id(sheet) in self.own]
        if unread:
            (sheet, message), *others = unread
            for other, said in others:
                self.problem("syntax-error", said, other, 1, 1)
            raise LoadError(message, 1, 1, partial=document,
                            sheet="" if self.csv else sheet.name)
        return document

    def sections(self) -> Iterator[tuple[Sheet, str]]:
        """Each sheet that holds a section, with the section; a near miss of a section's
        name is read as that section, and reported."""
        for sheet in self.sheets:
            if sheet.hidden:
                continue
            section = layout.section_of(sheet.name)
            if section is None:
                section = layout.near_section(sheet.name)
                if section is None:
                    continue
                what = "file" if self.csv else "sheet"
                self.problem("misspelt-field", f"{what} name {shown(sheet.name)} names no "
                             f"section; did you mean {layout.SHEETS[section][0]!r}? It is read "
                             f"as {section} here; rename the {what}", sheet, 1, 1)
            yield sheet, section

    def no_sections(self) -> str:
        if self.csv:
            return ("a CSV file holds one section and is named after it (goals.csv, "
                    "key-results.csv, people.csv); rename this file")
        names = ", ".join(shown(sheet.name) for sheet in self.sheets[:5]) or "none"
        return (f"no visible sheet is named after a section (the sheets: {names}); name "
                "them Plan, Goals, Key Results, People, Initiatives, … as "
                "docs/spreadsheets.md describes")

    # -- headers and rows ----------------------------------------------------------------

    def header(self, sheet: Sheet, section: str) -> int | None:
        """The header row: the first of the first rows that names two known columns, or
        else the first row of text that names one."""
        single = None
        for row in sorted(sheet.rows)[:_HEADER_SEARCH]:
            cells = sheet.rows[row].values()
            known = sum(1 for value in cells if isinstance(value, str) and (
                layout.column_of(section, value) or value.strip().lower().startswith("x-")))
            if known >= 2:
                return row
            if known == 1 and single is None and all(isinstance(value, str) for value in cells):
                single = row
        return single

    def columns(self, sheet: Sheet, section: str, at: int) -> _Columns:
        """The field each column of the header row ``at`` holds. Columns named as fields
        (or synonyms, or ``x-``) come first; a near miss of a field (``Ownr``) is read
        as it, or where that field has a column already, where that column is blank, as
        is a second column for a field; the rest are not read. Each is reported at its
        header cell."""
        found = _Columns()
        named: dict[int, str] = {}
        for column, value in sorted(sheet.rows[at].items()):
            text = value.strip() if isinstance(value, str) else \
                "" if isinstance(value, CellError) else str(value)
            if text:
                named[column] = text
        rest = []
        for column, text in named.items():
            key = layout.column_of(section, text)
            if key is None and text.lower().startswith("x-"):
                key = "x-" + text[2:]  # a custom attribute, as a heading may capitalize it
                if len(key) >= MAX_KEY_PATH:  # kept in each row's positions, row by row
                    self.problem("invalid-field", f"column {shown(text)} is named in "
                                 f"{len(text):,} characters; planlint reads a column's name "
                                 f"to {MAX_KEY_PATH:,} characters at most, so this column is "
                                 "not read: give it a short name, and put long text in its "
                                 "cells", sheet, at, column)
                    found.dropped.add(column)
                    continue
            if key is None:
                rest.append((column, text))
            elif key in found.taken:
                self.problem("unknown-field", f"column {shown(text)} holds "
                             f"{layout.heading(key)} as column {_letters(found.taken[key])} "
                             f"does; it is read where {_letters(found.taken[key])} is blank: "
                             "keep one of them", sheet, at, column)
                found.spare[column] = key
            else:
                found.add(column, key)
        subject = _ROWS[section]
        for column, text in rest:
            meant = self.meant(section, text)
            if meant is None:
                self.problem("unknown-field", f"{subject} have no field {shown(text)}, so "
                             "this column is not read; custom columns start with 'x-' "
                             f"(x-{layout.slug(text) or 'notes'})", sheet, at, column)
                found.dropped.add(column)
            elif meant in found.taken:
                self.problem("misspelt-field", f"{subject} have no field {shown(text)}; did "
                             f"you mean {layout.heading(meant)!r}? That is column "
                             f"{_letters(found.taken[meant])}, so this one is read where "
                             f"{_letters(found.taken[meant])} is blank: keep one of them",
                             sheet, at, column)
                found.spare[column] = meant
            else:
                self.problem("misspelt-field", f"{subject} have no field {shown(text)}; did "
                             f"you mean {layout.heading(meant)!r}? This column is read as "
                             f"{layout.heading(meant)} here; rename it", sheet, at, column)
                found.add(column, meant)
        return found

    @staticmethod
    def meant(section: str, name: str) -> str | None:
        """The field a column name is a near miss of (``Ownr``), if any. Names are matched
        more strictly than a file's keys: a workbook's columns of its own (Status,
        Progress) are common, and no typos; and a name that another section's sheet
        gives a different field (State, a status) is no near miss (of Start, a
        baseline)."""
        found = meant_key(layout.word(name), layout.columns(section), _COLUMN_CUTOFF)
        if found is None:
            return None
        key = layout.columns(section)[found]
        elsewhere = {layout.column_of(other, name) for other in layout.SHEETS} - {None}
        return key if not elsewhere or key in elsewhere else None

    def rows(self, sheet: Sheet, section: str) -> list[_Row]:
        """The rows under the header of a section's sheet that hold something."""
        self.spread_merges(sheet)
        at = self.header(sheet, section)
        if at is None:
            names = ", ".join(layout.heading(key) for key in list(layout.fields(section))[:4])
            self.unread.append((sheet, f"no row names the columns of {_ROWS[section]} (such as "
                                f"{names}), so the sheet is not read; put the column names "
                                "in one row above the first item"))
            return []
        columns = self.columns(sheet, section, at)
        heads = columns.heads
        found: list[_Row] = []
        unnamed: dict[int, int] = {}  # column -> the first row with a value in it
        header = sheet.rows[at]
        first = min(heads, default=0)  # a row that repeats the header repeats its first name
        for row, values in sorted(sheet.rows.items()):
            if row <= at:
                continue
            cells: dict[str, tuple[Value, int]] = {}
            spare = []
            for column, value in values.items():
                key = heads.get(column)
                if key is None:
                    key = columns.spare.get(column)
                    if key is not None:
                        spare.append((key, value, column))
                    elif column not in columns.dropped and column not in unnamed:
                        unnamed[column] = row
                elif not isinstance(value, str) or not _blank(key, value):
                    cells[key] = (value, column)
            for key, value, column in spare:
                if not _blank(key, value):
                    cells.setdefault(key, (value, column))
            if cells and (values.get(first) != header.get(first)
                          or not self.repeats_header(header, heads, cells)):
                found.append(_Row(sheet, row, cells))
        self.unnamed(sheet, at, unnamed)
        return found

    def unnamed(self, sheet: Sheet, at: int, unnamed: dict[int, int]) -> None:
        """Say the columns with values but no name in the header row ``at``: one finding,
        at the first value of the first (a row of 200,000 cells gave one each)."""
        if not unnamed:
            return
        cells = sorted((row, column) for column, row in unnamed.items())
        if len(cells) == 1:
            said = "this column has values but no name in the header row ({}), so it is " \
                "not read; name the field it holds there, or clear it"
        else:
            said = f"{len(cells):,} columns have values but no name in the header row " \
                f"({{}}), so they are not read ({self.cells_named(cells)}, the first " \
                "value of each); name the field each holds there, or clear them"
        self.problem("unknown-field", said.format(at), sheet, *cells[0])

    @staticmethod
    def repeats_header(header: dict[int, Value], heads: dict[int, str],
                       cells: dict[str, tuple[Value, int]]) -> bool:
        """Whether a row repeats the header's names (a table pasted under another)."""
        same = 0
        for value, column in cells.values():
            if isinstance(value, str) and value == header.get(column):
                same += 1
        return same >= min(2, len(heads))

    def spread_merges(self, sheet: Sheet) -> None:
        """Give a cell merged down over several rows to each of them (its first column
        only: a cell merged across columns counts once). A merged range shows its first
        cell alone, so what the others hold is not read (LibreOffice keeps it when asked
        to, and so may a program writing a workbook)."""
        rows = sorted(sheet.rows)
        for top, left, bottom, right in sheet.merged:
            value = sheet.rows.get(top, {}).get(left)
            width = right - left + 1
            for row in rows[bisect_left(rows, top):bisect_left(rows, bottom + 1)]:
                cells = sheet.rows.get(row, {})  # emptied by a range it overlaps: {}
                # the cells looked at: a row's own, or the range's where it is narrower
                # (a narrow range repeated over a row of 16,384 cells was quadratic)
                self.spread += max(1, min(width, len(cells)))
                if self.spread > MAX_NODES:
                    raise LoadError(f"the workbook's merged cells cover more than "
                                    f"{MAX_NODES:,} cells; check it in smaller parts", None)
                columns = range(left, right + 1) if width < len(cells) else list(cells)
                for column in columns:
                    if left <= column <= right and column in cells and \
                            (row != top or column != left):
                        del cells[column]
                if row != top and value is not None:
                    cells[left] = value
                    sheet.rows[row] = cells
                elif not cells:
                    sheet.rows.pop(row, None)

    def objective_rows(self, metrics: list[_Row]) -> list[_Row]:
        """Take out of a metrics sheet's rows those that only name an objective (as OKR
        templates set an objective above its key results); and where a sheet writes each
        objective once, give each key result with a blank objective cell the objective
        above it (where it repeats an objective on each row, a blank cell is blank)."""
        objectives: list[_Row] = []
        kept: list[_Row] = []
        written_once = {record.sheet.name for record in metrics} - self.repeating(metrics)
        above: dict[str, tuple[Value, int]] = {}
        for record in metrics:
            goal = record.cells.get("goal")
            if goal is None and record.sheet.name in above:
                record.cells["goal"] = above[record.sheet.name]
            elif goal is not None and record.sheet.name in written_once:
                above[record.sheet.name] = goal
            if goal is not None and "id" not in record.cells and "title" not in record.cells:
                objectives.append(record)
            else:
                kept.append(record)
        metrics[:] = kept
        return objectives

    @staticmethod
    def repeating(metrics: list[_Row]) -> set[str]:
        """The sheets that name the same objective on two rows in a row."""
        found = set()
        for before, after in pairwise(metrics):
            goal = before.cells.get("goal")
            if goal is not None and before.sheet is after.sheet and \
                    goal[0] == after.cells.get("goal", (None,))[0]:
                found.add(before.sheet.name)
        return found

    # -- ids and names -------------------------------------------------------------------

    def index(self, rows: dict[str, list[_Row]]) -> None:
        """Every item's id (a row without one is named after its sheet and row, ``KR7``)
        and title, so that cells can name items by either."""
        for section in SECTIONS:
            for record in rows.get(section, []):
                value = record.cells.get("id", (None, 0))[0]
                if isinstance(value, str) or (isinstance(value, int | float)
                                              and not isinstance(value, bool)):
                    self.ids.add(str(value).strip())
        prefixes: dict[str, str] = {}
        for section in SECTIONS:
            kind = SECTIONS[section].kind
            kept = []
            for record in rows.get(section, []):
                if "id" not in record.cells:
                    title = next((record.cells[key][0] for key in ("title", "name", "statement")
                                  if key in record.cells), None)
                    if isinstance(title, str) and _label(title) in _TOTALS:
                        continue
                    record.cells["id"] = (self.made_id(record, prefixes), 0)
                kept.append(record)
                identity = str(record.cells["id"][0]).strip()
                for key in ("title", "name", "statement"):
                    text = record.cells.get(key, (None, 0))[0]
                    if isinstance(text, str):
                        self.labels[kind].setdefault(_label(text), []).append(identity)
            rows[section] = kept

    def made_id(self, record: _Row, prefixes: dict[str, str]) -> str:
        """``KR7`` for row 7 of Key Results; a sheet whose initials another sheet took, or
        an id already used, takes the sheet's name instead (``key-risks-7``)."""
        name = record.sheet.name
        prefix = prefixes.get(name)
        if prefix is None:
            prefix = layout.initials(name)
            if prefix in prefixes.values():
                prefix = layout.slug(name) + "-"
            prefixes[name] = prefix
        made = f"{prefix}{record.row}"
        while made in self.ids:
            made += "-row"
        self.ids.add(made)
        return made

    def resolve(self, text: str, kinds: tuple[str, ...], sheet: Sheet, row: int,
                column: int) -> str:
        """The id a cell's reference means: an id, else the title or name of one item of
        the kinds it may name, else, for a name of a kind the workbook lists none of, an
        item inferred from it (see the module); else the text as written."""
        if text in self.ids:
            return text
        label = _label(text)
        for kind in kinds:
            found = self.labels[kind].get(label, [])
            if len(found) == 1:
                return found[0]
        inferable = next((kind for kind in kinds if kind in _INFERRED
                          and KINDS[kind].section not in self.present), None)
        if inferable is None or not _is_name(text):
            return text
        return self.infer(inferable, text, sheet, row, column)

    def infer(self, kind: str, text: str, sheet: Sheet, row: int, column: int) -> str:
        """The item a name (``Jane Doe``) stands for where the workbook lists none of its
        kind, with an id made from the name (``jane-doe``)."""
        known = self.made.get((kind, _label(text)))
        if known is not None:
            return known
        identity = layout.slug(text) or "item"
        while identity in self.ids:
            identity += "-2"
        entry = {"id": identity, "title" if kind == "goal" else "name": text}
        pointer = self.add(KINDS[kind].section, entry, sheet, (row, column, row, column + 1))
        self.inferred.add(pointer)
        self.by_id[identity] = (pointer, entry)
        self.ids.add(identity)
        self.made[kind, _label(text)] = identity
        return identity

    def carrier(self, section: str, identity: str, sheet: Sheet, row: int,
                column: int) -> tuple[str, dict[str, Any]]:
        """An item of this file by id, or else one that carries what this file adds to
        it (a key result naming its goal, a reading naming its metric) to where another
        file defines it: the builder merges it there, or reports it as dangling."""
        found = self.by_id.get(identity)
        if found is not None and found[0].startswith(f"/{section}/"):
            return found
        entry: dict[str, Any] = {"id": identity}
        pointer = self.add(section, entry, sheet, (row, column, row, column + 1))
        self.inferred.add(pointer)
        self.by_id[identity] = (pointer, entry)
        return pointer, entry

    def add(self, section: str, entry: dict[str, Any], sheet: Sheet, span: Span) -> str:
        """Append an item to its section; its pointer."""
        items = self.data.setdefault(section, [])
        pointer = f"/{section}/{len(items)}"
        items.append(entry)
        self.place(pointer, sheet, span)
        return pointer

    # -- values --------------------------------------------------------------------------

    def usable(self, value: Value, sheet: Sheet, row: int, column: int) -> bool:
        """Whether a cell's value can be read; an error or an unsaved formula is
        reported."""
        if isinstance(value, CellError):
            self.unusable(value, sheet, row, column)
            return False
        return True

    def unusable(self, value: CellError, sheet: Sheet, row: int, column: int) -> None:
        """Report an error cell, or note an unsaved formula for :meth:`summarize`."""
        if value.damage:
            self.problem("invalid-field", value.damage, sheet, row, column)
        elif value.code:
            self.problem("invalid-field", f"the cell holds the error {shown(value.code)}; "
                         "correct its formula or clear it", sheet, row, column)
        else:
            self.uncalculated.setdefault(sheet.name, []).append((row, column))

    def value(self, shape: str, value: Value) -> Any:
        """A cell's value as the plan format takes it for a field of ``shape``."""
        if isinstance(value, Percent):
            value = _points(value)
        if shape == "list":
            if isinstance(value, str):
                return [part.strip() for part in _LIST.split(value) if part.strip()]
            return [value.isoformat() if isinstance(value, date) else value]
        if isinstance(value, str):
            value = value.strip()
            if shape == "number":
                number = _number(value)
                return number[0] if number is not None else value
            return value
        if shape == "text" and isinstance(value, date):
            return value.isoformat()
        return value

    def stated(self, value: Value) -> tuple[dict[str, Any], bool]:
        """A baseline, target or actual cell as ``{value}``, or ``{text}`` for words (a
        cell of text that is no number: ``top decile``), and whether it was a
        percentage."""
        if isinstance(value, Percent):
            return {"value": _points(value)}, True
        if not isinstance(value, str):
            return {"value": value}, False
        number = _number(value)
        if number is not None:
            return {"value": number[0]}, number[1]
        return {"text": value.strip()}, False

    @staticmethod
    def change(value: Value) -> Any:
        """A target's change from the baseline as the plan format takes it: a cell shown
        as a percentage (-16%) as that percentage, ``-16%``; a number as a change in the
        metric's unit; text as written."""
        if isinstance(value, Percent):
            return f"{_points(value):g}%"
        return value.strip() if isinstance(value, str) else value

    def references(self, kind: str, entry: dict[str, Any], record: _Row) -> None:
        """Resolve the names in an item's reference fields to ids."""
        for name, kinds in _REFERENCES[kind].items():
            value = entry.get(name)
            if value is None or name not in record.cells:
                continue
            column = record.cells[name][1]
            if isinstance(value, list):
                entry[name] = [
                    part if part in self.ids else
                    self.resolve(str(part), kinds, record.sheet, record.row, column)
                    if isinstance(part, str | int) and not isinstance(part, bool) else part
                    for part in value]
            elif value not in self.ids and isinstance(value, str | int) and \
                    not isinstance(value, bool):
                entry[name] = self.resolve(str(value), kinds, record.sheet, record.row,
                                            column)

    # -- items ---------------------------------------------------------------------------

    def fields_of(self, section: str, record: _Row, pointer: str,
                  entry: dict[str, Any]) -> dict[str, tuple[Value, int]]:
        """Put the plain fields of a row into ``entry``, placed at their cells; the
        layout's own columns (measures, a metric's goal) come back to the caller."""
        shapes = layout.fields(section)
        rest: dict[str, tuple[Value, int]] = {}
        spans, row = self.spans, record.row  # on the item's sheet: placed without it
        for key, cell in record.cells.items():
            value, column = cell
            shape = shapes.get(key, "custom")
            if shape == "text" and column and isinstance(value, str):  # the commonest
                entry[key] = value.strip()
            elif key == "id" and not column:
                entry["id"] = value
                continue
            elif isinstance(value, CellError):
                self.unusable(value, record.sheet, row, column)
                continue
            elif shape in ("measure", "ref", "change") or key in _DATES:
                rest[key] = cell
                continue
            elif key in _WHOLE and isinstance(value, str) and value.strip().lower() == "all":
                entry[key] = "all"
            else:
                entry[key] = self.value(shape, value)
            spans[f"{pointer}/{key}"] = (row, column, row, column + 1)
        return rest

    def item(self, section: str, record: _Row) -> None:
        entry: dict[str, Any] = {}
        pointer = self.add(section, entry, record.sheet, record.span())
        rest = self.fields_of(section, record, pointer, entry)
        if "id" in entry:
            self.by_id.setdefault(str(entry["id"]).strip(), (pointer, entry))
        if section in ("metrics", "goals"):
            self.measures(entry, pointer, record, rest, metric=section == "metrics")
        kind = SECTIONS[section].kind
        self.references(kind, entry, record)
        if "goal" in rest:
            self.link(entry, pointer, record, rest["goal"])

    def measures(self, entry: dict[str, Any], pointer: str, record: _Row,
                 cells: dict[str, tuple[Value, int]], metric: bool = True) -> None:
        """A metric's baseline, target and actual, or a goal's own result, each from its
        value (or words) and its date; a percent sets the unit of a metric only."""
        percent = False
        for key, when in layout.MEASURES.items():
            stated = cells.get(key)
            dated = cells.get(when)
            change = cells.get("target_change") if key == "target" else None
            if stated is None and change is not None:  # the change alone: at its cell
                stated = ("", change[1])
            if stated is None:
                if dated is not None:
                    self.problem("invalid-field", f"a {key} date with no {key}: write the "
                                 f"{key} in its own column (1 for a deliverable done by then), "
                                 "or clear the date", record.sheet, record.row, dated[1])
                continue
            measure, was_percent = self.stated(stated[0]) if stated[0] != "" \
                else ({}, False)
            percent = percent or was_percent
            cell = (record.row, stated[1], record.row, stated[1] + 1)
            if change is not None:
                measure["change"] = self.change(change[0])
                self.spans[f"{pointer}/{key}/change"] = (record.row, change[1], record.row,
                                                         change[1] + 1)
            where = f"{pointer}/{key}" if key != "actual" else f"{pointer}/actuals/0"
            if dated is not None:
                measure["date"] = self.value("date", dated[0])
                self.spans[f"{where}/date"] = (record.row, dated[1], record.row, dated[1] + 1)
            elif key == "actual":
                if self.as_of is None:
                    self.undated.setdefault(record.sheet.name, []).append(
                        (record.row, stated[1]))
                    continue
                measure["date"] = self.as_of
            if key == "actual":
                entry["actuals"] = [measure]
            else:
                entry[key] = measure
            for at in (where, f"{where}/value", f"{where}/text"):  # on the item's sheet
                self.spans[at] = cell
        if percent and metric and "unit" not in entry:
            entry["unit"] = "%"

    def link(self, metric: dict[str, Any], pointer: str, record: _Row,
             cell: tuple[Value, int]) -> None:
        """List a metric under the goal its row names."""
        value, column = cell
        if not isinstance(value, str | int) or isinstance(value, bool):
            self.problem("invalid-field", f"the goal of a metric is named by its id or "
                         f"title, not {shown(value)}", record.sheet, record.row, column)
            return
        goal = self.resolve(str(value).strip(), ("goal",), record.sheet, record.row, column)
        goal_pointer, entry = self.carrier("goals", goal, record.sheet, record.row, column)
        listed = entry.setdefault("metrics", [])
        if isinstance(listed, list) and metric.get("id") not in listed:
            self.place(f"{goal_pointer}/metrics/{len(listed)}", record.sheet,
                       (record.row, column, record.row, column + 1))
            listed.append(metric.get("id"))

    def objective(self, record: _Row) -> None:
        """A row that names an objective and no key result: the objective's owner, due
        date and description, where the objective is inferred from its name."""
        value, column = record.cells["goal"]
        if not isinstance(value, str):
            return
        goal = self.resolve(value.strip(), ("goal",), record.sheet, record.row, column)
        found = self.by_id.get(goal)
        if found is None or found[0] not in self.inferred or "title" not in found[1]:
            return
        pointer, entry = found
        for key, into in (("owner", "owner"), ("target_date", "due"),
                          ("description", "description")):
            if key in record.cells and into not in entry and self.usable(
                    record.cells[key][0], record.sheet, record.row, record.cells[key][1]):
                cell = record.cells[key]
                entry[into] = self.value("date" if into == "due" else "text", cell[0])
                self.place(f"{pointer}/{into}", record.sheet,
                           (record.row, cell[1], record.row, cell[1] + 1))
        if isinstance(entry.get("owner"), str):
            entry["owner"] = self.resolve(entry["owner"], ("person",), record.sheet,
                                          record.row, record.cells["owner"][1])

    def reading(self, section: str, record: _Row) -> None:
        """A row of the Actuals or Targets sheet: a reading or interim target of a
        metric, named by id or title; on the Actuals sheet, a goal's own result too."""
        named = record.cells.get("metric")
        if named is None:
            self.problem("invalid-field", f"{_ROWS[section]} name their metric in a Metric "
                         "column; add it", record.sheet, record.row, min(
                             column for _, column in record.cells.values()))
            return
        value, column = named
        kinds = ("metric", "goal") if section == "actuals" else ("metric",)
        metric = self.resolve(str(value).strip(), kinds, record.sheet, record.row, column)
        known = self.by_id.get(metric)
        owner = "goals" if section == "actuals" and known is not None \
            and known[0].startswith("/goals/") else "metrics"
        pointer, entry = self.carrier(owner, metric, record.sheet, record.row, column)
        listed = entry.setdefault(section, [])
        where = f"{pointer}/{section}/{len(listed)}"
        measure: dict[str, Any] = {}
        for key in ("date", "value", "text", "change", "score", "response"):
            if key in record.cells:
                cell_value, cell_column = record.cells[key]
                if not self.usable(cell_value, record.sheet, record.row, cell_column):
                    continue
                if key == "change":
                    measure[key] = self.change(cell_value)
                elif key == "value":
                    stated, percent = self.stated(cell_value)
                    measure.update(stated)
                    if percent and owner == "metrics" and "unit" not in entry:
                        entry["unit"] = "%"
                else:
                    measure[key] = self.value(_READING_SHAPES[key], cell_value)
                self.spans[f"{where}/{key}"] = (record.row, cell_column, record.row,
                                                cell_column + 1)
        listed.append(measure)
        self.place(where, record.sheet, record.span())  # the sheets under it are its own

    def waiver(self, record: _Row) -> None:
        entry: dict[str, Any] = {}
        items = self.data.setdefault("waivers", [])
        pointer = f"/waivers/{len(items)}"
        items.append(entry)
        self.place(pointer, record.sheet, record.span())
        self.fields_of("waivers", record, pointer, entry)

    # -- the plan sheet ------------------------------------------------------------------

    def plan_pairs(self, sheet: Sheet) -> list[tuple[str, Value, int, int, int]]:
        """The plan sheet's fields: (name, value, row, name's column, value's column),
        from rows of a name and a value, or from a header row (of three fields or more)
        and the row under it."""
        pairs = []
        at = self.header(sheet, "plan")
        if at is not None and sum(1 for value in sheet.rows[at].values() if isinstance(
                value, str) and layout.column_of("plan", value)) >= 3:
            below = next((row for row in sorted(sheet.rows) if row > at), None)
            values = sheet.rows.get(below, {}) if below is not None else {}
            for column, name in sorted(sheet.rows[at].items()):
                if isinstance(name, str) and column in values and below is not None:
                    pairs.append((name, values[column], below, column, column))
            return pairs
        for row in sorted(sheet.rows):
            # a placeholder value (``n/a``) is judged once its field is known: it is
            # a title's words, but blank in a date
            cells = sorted(((column, value) for column, value in sheet.rows[row].items()
                            if not _blank("text", value)), key=lambda cell: cell[0])
            if len(cells) < 2:
                continue
            (name_column, name), (value_column, value) = cells[0], cells[1]
            if not isinstance(name, str):
                continue
            if layout.word(name) in ("field", "key", "setting", "property") and \
                    isinstance(value, str) and layout.word(value) == "value":
                continue
            pairs.append((name, value, row, name_column, value_column))
        return pairs

    def plan(self, sheet: Sheet, pairs: list[tuple[str, Value, int, int, int]]) -> None:
        info: dict[str, Any] = {}
        self.data["plan"] = info
        if pairs:
            self.place("/plan", sheet, (pairs[0][2], pairs[0][3], pairs[0][2], pairs[0][4] + 1))
        shapes = layout.fields("plan")
        taken: set[str] = set()
        for name, value, row, name_column, column in pairs:
            key = self.plan_key(sheet, name, row, name_column, taken)
            if key is None or _blank(key, value) or not self.usable(value, sheet, row, column):
                continue
            taken.add(key)
            converted = self.value(shapes.get(key, "text"), value)
            span = (row, column, row, column + 1)
            if key.startswith("horizon_"):
                part = key.removeprefix("horizon_")
                info.setdefault("horizon", {})[part] = converted
                if "/plan/horizon" not in self.spans:
                    self.place("/plan/horizon", sheet, span)
                self.place(f"/plan/horizon/{part}", sheet, span)
            elif key == "include":
                self.data["include"] = converted
                self.place("/include", sheet, span)
            else:
                if key in ("sponsor", "office") and isinstance(converted, str | int):
                    converted = self.resolve(str(converted), ("person", "unit"), sheet, row,
                                             column)
                elif key == "co_sponsors" and isinstance(converted, list):
                    converted = [self.resolve(str(part), ("person", "unit"), sheet, row,
                                              column) for part in converted]
                info[key] = converted
                self.place(f"/plan/{key}", sheet, span)

    def stated_as_of(self, pairs: list[tuple[str, Value, int, int, int]]) -> object:
        """The plan's as-of date, which dates actuals stated without one; ``None`` when
        the plan sheet states none that reads as a date."""
        for name, value, *_ in pairs:
            stated = self.value("date", value) if layout.column_of("plan", name) == "as_of" \
                else None
            if isinstance(stated, date) or (isinstance(stated, str) and _iso(stated)):
                return stated
        return None

    def plan_key(self, sheet: Sheet, name: str, row: int, column: int,
                 taken: set[str]) -> str | None:
        """The plan field a row names; unknown and misspelt names are reported."""
        key = layout.column_of("plan", name)
        if key is None and name.strip().lower().startswith("x-"):
            key = "x-" + name.strip()[2:]
        if key is None:
            meant = self.meant("plan", name)
            if meant is None:
                self.problem("unknown-field", f"the plan has no field {shown(name)}, so this "
                             "row is not read; custom fields start with 'x-' "
                             f"(x-{layout.slug(name) or 'notes'})", sheet, row, column)
                return None
            if meant in taken:
                self.problem("misspelt-field", f"the plan has no field {shown(name)}; did you "
                             f"mean {layout.heading(meant)!r}? It is stated above, so this row "
                             "is not read: keep one of them", sheet, row, column)
                return None
            self.problem("misspelt-field", f"the plan has no field {shown(name)}; did you mean "
                         f"{layout.heading(meant)!r}? This row is read as "
                         f"{layout.heading(meant)} here; rename it", sheet, row, column)
            key = meant
        if key in taken:
            self.problem("syntax-error", f"{layout.heading(key)} is stated twice on the plan "
                         "sheet; the first is read, remove the other", sheet, row, column)
            return None
        return key

    # -- what is said once per sheet -----------------------------------------------------

    def summarize(self) -> None:
        """Formulas without saved values, and actuals without dates: one finding per
        sheet, at the first such cell."""
        by_name = {sheet.name: sheet for sheet in self.sheets}
        said = (("formula cell", "no saved value", ": the workbook was saved by a program "
                 "that does not calculate; open it in Excel or LibreOffice and save it",
                 self.uncalculated),
                ("actual", "no date", "; add an 'Actual date' column, or an 'As of' row on "
                 "the Plan sheet that dates them all", self.undated))
        for what, lacks, fix, found in said:
            for name, cells in found.items():
                many = len(cells) > 1
                self.problem("invalid-field", f"{len(cells)} {what}"
                             f"{'s have' if many else ' has'} {lacks} "
                             f"({self.cells_named(cells)}), so "
                             f"{'they are' if many else 'it is'} not read{fix}",
                             by_name[name], *cells[0])
