"""The cells of a workbook (``.xlsx``, ``.xlsm``, ``.ods``) or a CSV file, read with the
standard library alone: :mod:`zipfile` and the expat XML parser, streamed.

Only cells that hold a value are kept, so a sheet costs what it holds, however far
apart its cells lie (a reader that fills a grid between the first and the last cell
asks for memory in proportion to the area: python-calamine aborts the process on a
5 KB file with two cells, A1 and XFD1048576). Values come typed as the workbook stores
them: text, numbers (whole ones as ``int``), booleans, dates (from a date format or an
ISO date), :class:`Percent` for a number shown as a percentage, :class:`CellError` for
an error (``#DIV/0!``) or a formula whose value was never saved. Formulas give their
saved values. docs/spreadsheets.md says why this reader, with measurements.
"""

from __future__ import annotations

import csv
import io
import itertools
import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import PurePosixPath
from typing import IO, Any
from xml.parsers import expat

from planlint.limits import (
    MAX_ALIAS_NODES,
    MAX_NODES,
    MAX_WORKBOOK_PARTS,
    MAX_WORKBOOK_UNPACKED,
    shown,
)
from planlint.loaders import LoadError, wide_encoding


class Percent(float):
    """A number shown as a percentage: ``Percent(0.25)`` is a cell that shows 25%."""


@dataclass(frozen=True, slots=True)
class CellError:
    """A cell that holds an error (``#DIV/0!``), or a formula with no saved value
    (``code`` empty): the workbook was written by a program that does not calculate; or
    a cell that cannot be read, ``damage`` saying why (a shared string the workbook does
    not hold)."""

    code: str
    damage: str = ""


Value = str | int | float | bool | date | CellError


@dataclass
class Damage:
    """Cells of one kind of damage on a sheet: how many, and the first few (row, column,
    and what the damage left: the value not read, or the reference not understood)."""

    count: int = 0
    cells: list[tuple[int, int, Value]] = field(default_factory=list)

    def add(self, row: int, column: int, detail: Value) -> None:
        self.count += 1
        if len(self.cells) < 3:
            self.cells.append((row, column, detail))


@dataclass
class Sheet:
    """One sheet: its name, whether it is hidden, its cells by row and column (both
    from 1), its merged ranges (top, left, bottom, right), and a damaged workbook's
    cells stated twice (the first is kept) and references that name no cell."""

    name: str
    hidden: bool = False
    rows: dict[int, dict[int, Value]] = field(default_factory=dict)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    doubled: Damage = field(default_factory=Damage)
    misplaced: Damage = field(default_factory=Damage)


_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
#: The last row and column a sheet has (XFD1048576).
LAST_ROW, LAST_COLUMN = 1_048_576, 16_384
_ZIP_END = b"PK\x05\x06"
#: How an OLE compound file starts: an encrypted Office file, or a legacy .xls.
_COMPOUND = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read(raw: bytes, name: str) -> list[Sheet]:
    """The sheets of the file ``name`` whose bytes are ``raw``, by its suffix; raises
    :class:`LoadError` when it is not a readable file of that kind."""
    suffix = PurePosixPath(name.lower()).suffix
    if suffix == ".csv":
        return [_csv(raw, PurePosixPath(name).stem)]
    archive = _archive(raw, suffix)
    try:
        return _ods(archive) if suffix == ".ods" else _xlsx(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError,
            RuntimeError) as error:  # damaged or encrypted parts; RuntimeError: a password
        raise LoadError(f"the workbook is damaged or protected ({error}); save it again "
                        "from Excel or LibreOffice, without a password", None) from None
    except expat.ExpatError as error:
        raise LoadError(f"the workbook holds XML that cannot be read "
                        f"({expat.errors.messages.get(error.code, 'error')}); save it again "
                        "from Excel or LibreOffice", None) from None


def sheet_names(raw: bytes, suffix: str) -> Iterator[tuple[str, bool]]:
    """Each sheet's name and whether it is hidden, without reading its cells."""
    archive = _archive(raw, suffix)
    if suffix == ".ods":
        for sheet in _ods(archive, names_only=True):
            yield sheet.name, sheet.hidden
    else:
        for name, hidden, _ in _Xlsx(archive).sheets():
            yield name, hidden


# -- the zip archive --------------------------------------------------------------------

class _Archive:
    """A workbook's zip archive: its parts, read within the limits."""

    def __init__(self, raw: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(raw))
        # some writers separate folders with backslashes (xl\workbook.xml); Excel reads them
        self.names = {info.filename.replace("\\", "/").lower(): info
                      for info in self.zip.infolist()}
        self.unpacked = 0

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def open(self, name: str) -> IO[bytes]:
        """A part to read, counted against the unpacked limit at its stated size (the zip
        module reads no more than a part states, and fails the part that holds more)."""
        info = self.names[name.lower()]
        self.unpacked += info.file_size
        if self.unpacked > MAX_WORKBOOK_UNPACKED:
            raise LoadError(f"the workbook unpacks to more than {MAX_WORKBOOK_UNPACKED:,} "
                            "bytes of sheets; check it in smaller parts", None)
        return self.zip.open(info)


def _archive(raw: bytes, suffix: str) -> _Archive:
    kind = "OpenDocument spreadsheet" if suffix == ".ods" else "Excel workbook"
    if raw.startswith(_COMPOUND):
        raise LoadError("this workbook is protected with a password, or is an old .xls "
                        "workbook; save it as .xlsx, without a password", None)
    end = raw.rfind(_ZIP_END, max(0, len(raw) - 65_557))
    if not raw.startswith(b"PK") or end < 0 or len(raw) < end + 22:
        raise LoadError(f"this is not an {kind} (not a zip archive); save it from Excel or "
                        f"LibreOffice as {suffix}", None)
    (parts,) = struct.unpack_from("<H", raw, end + 10)
    if parts > MAX_WORKBOOK_PARTS:
        raise LoadError(f"the workbook holds {parts:,} parts, more than the "
                        f"{MAX_WORKBOOK_PARTS:,} planlint reads; save it again from Excel or "
                        "LibreOffice", None)
    try:
        return _Archive(raw)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise LoadError(f"this {kind} is damaged ({error}); save it again from Excel or "
                        "LibreOffice", None) from None


class _Budget:
    """The cells one file may hold, counted as they are kept."""

    def __init__(self) -> None:
        self.left = MAX_NODES
        self.text = MAX_WORKBOOK_UNPACKED

    def spend(self, count: int = 1) -> None:
        self.left -= count
        if self.left < 0:
            raise LoadError(f"the workbook holds more than {MAX_NODES:,} cells with values; "
                            "check it in smaller parts", None)

    def spend_text(self, length: int) -> None:
        """Count the characters a cell takes from a shared string: a string of megabytes
        named by every row is as much text as the workbook unpacked would hold (a 20 KB
        file took 122 s and 3 GB)."""
        self.text -= length
        if self.text < 0:
            raise LoadError(f"the workbook's cells repeat its shared strings to more than "
                            f"{MAX_WORKBOOK_UNPACKED:,} characters of text, more than a plan "
                            "holds; check it in smaller parts", None)


def _parse(stream: IO[bytes], start: Callable[[str, dict[str, str]], None],
           end: Callable[[str], None] | None = None,
           text: Callable[[str], None] | None = None) -> None:
    """Stream XML through expat, names as written (see :func:`_local`). A document type
    declaration (never in a workbook, and the way to entity expansion) stops it."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 1 << 16

    def no_doctype(*_: Any) -> None:
        raise LoadError("the workbook's XML declares a document type, which workbooks "
                        "never do; save it again from Excel or LibreOffice", None)

    parser.StartDoctypeDeclHandler = no_doctype
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    parser.ParseFile(stream)


def _local(name: str) -> str:
    """A name without its namespace prefix (``x:c`` is ``c``): workbooks may prefix any
    namespace, and name each element and attribute planlint reads only once."""
    return name[name.find(":") + 1:]


def _locals(attrs: dict[str, str]) -> dict[str, str]:
    """Attributes by their names without prefix (a later one wins: LibreOffice's own
    ``calcext:value-type`` says ``error`` where ``office:value-type`` does not)."""
    return {_local(key): value for key, value in attrs.items()}


# -- xlsx -------------------------------------------------------------------------------

#: Built-in number formats that show dates, and percentages (ECMA-376, 18.8.30).
_DATE_FORMATS = frozenset({14, 15, 16, 17, 22, *range(27, 37), *range(50, 59)})
_PERCENT_FORMATS = frozenset({9, 10})
_LITERAL = re.compile(r'"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]', re.IGNORECASE)


def _format_kind(code: str) -> str:
    """``percent``, ``date`` or ``number`` for a number format code."""
    shown = _LITERAL.sub("", code).split(";")[0].lower()
    if "%" in shown:
        return "percent"
    if "d" in shown or "y" in shown:
        return "date"
    return "number"


def serial_date(serial: float, since_1904: bool = False) -> date | None:
    """The date (or date and time) an Excel serial number stands for."""
    if since_1904:
        base = datetime(1904, 1, 1)
    else:  # Excel counts a 29 February 1900 that never was
        base = datetime(1899, 12, 31) if serial < 60 else datetime(1899, 12, 30)
    try:
        moment = base + timedelta(days=serial)
    except OverflowError:
        return None
    if serial < 0:
        return None
    whole = moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))
    return whole.date() if whole.time() == datetime.min.time() else whole


class _Xlsx:
    """The parts of an Office Open XML workbook."""

    def __init__(self, archive: _Archive) -> None:
        self.archive = archive
        self.book = next((part for rel_type, part in self.relations("").values()
                          if rel_type.endswith("/officeDocument")), "xl/workbook.xml")
        self.since_1904 = False
        self.of_book: dict[str, tuple[str, str]] = {}

    def relations(self, part: str) -> dict[str, tuple[str, str]]:
        """A part's relationships: id -> (type, target part)."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        found: dict[str, tuple[str, str]] = {}
        if not self.archive.has(rels):
            return found

        def start(tag: str, attrs: dict[str, str]) -> None:
            if _local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(folder, target))
                found[attrs.get("Id", "")] = (attrs.get("Type", ""), path)

        with self.archive.open(rels) as stream:
            _parse(stream, start)
        return found

    def sheets(self) -> list[tuple[str, bool, str]]:
        """Each worksheet's name, whether it is hidden, and its part, in workbook order;
        also notes whether dates count from 1904."""
        relations = self.of_book = self.relations(self.book)
        listed: list[tuple[str, bool, str]] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            tag, attrs = _local(tag), _locals(attrs)
            if tag == "sheet":
                rel_type, part = relations.get(attrs.get("id", ""), ("", ""))
                if rel_type.endswith("/worksheet") and self.archive.has(part):
                    listed.append((attrs.get("name", ""),
                                   attrs.get("state", "visible") != "visible", part))
            elif tag == "workbookPr" and "date1904" in attrs:  # not x14:workbookPr, an
                # extension Excel for Mac and LibreOffice write after it, without the flag
                self.since_1904 = attrs["date1904"].lower() in ("1", "true")

        with self.archive.open(self.book) as stream:
            _parse(stream, start)
        return listed

    def part_of(self, kind: str) -> str | None:
        return next((part for rel_type, part in self.of_book.values()
                     if rel_type.endswith("/" + kind) and self.archive.has(part)), None)

    def shared_strings(self, budget: _Budget) -> list[str]:
        part = self.part_of("sharedStrings")
        strings: list[str] = []
        if part is None:
            return strings
        pieces: list[str] = []
        state = {"text": False, "phonetic": 0}

        def start(tag: str, attrs: dict[str, str]) -> None:
            tag = _local(tag)
            if tag == "t":
                state["text"] = True
            elif tag == "rPh":  # a reading aid in East Asian text, not the text
                state["phonetic"] += 1

        def end(tag: str) -> None:
            tag = _local(tag)
            if tag == "t":
                state["text"] = False
            elif tag == "rPh":
                state["phonetic"] -= 1
            elif tag == "si":
                budget.spend()
                strings.append(_unescape("".join(pieces)))
                pieces.clear()

        def text(data: str) -> None:
            if state["text"] and not state["phonetic"]:
                pieces.append(data)

        with self.archive.open(part) as stream:
            _parse(stream, start, end, text)
        return strings

    def number_kinds(self) -> list[str]:
        """The kind of number (``percent``, ``date``, ``number``) each cell style shows."""
        part = self.part_of("styles")
        kinds: list[str] = []
        if part is None:
            return kinds
        formats: dict[int, str] = {}
        styles: list[int] = []
        inside = {"cellXfs": False}

        def start(tag: str, attrs: dict[str, str]) -> None:
            tag = _local(tag)
            if tag == "numFmt":
                formats[_int(attrs.get("numFmtId"))] = attrs.get("formatCode", "")
            elif tag == "cellXfs":
                inside["cellXfs"] = True
            elif tag == "xf" and inside["cellXfs"]:
                styles.append(_int(attrs.get("numFmtId")))

        def end(tag: str) -> None:
            if _local(tag) == "cellXfs":
                inside["cellXfs"] = False

        with self.archive.open(part) as stream:
            _parse(stream, start, end)
        for number in styles:
            if number in formats:
                kinds.append(_format_kind(formats[number]))
            else:
                kinds.append("date" if number in _DATE_FORMATS else
                             "percent" if number in _PERCENT_FORMATS else "number")
        return kinds


_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(text: str) -> str:
    """Text as the workbook shows it: Excel writes a character that XML cannot hold as
    ``_x000D_`` (a carriage return, in text pasted with Windows line breaks), and an
    underscore that would start such a code as ``_x005F_``. Surrogates escaped in pairs
    are one character; one alone is the replacement character."""
    if "_x" not in text:
        return text
    text = _ESCAPED.sub(lambda found: chr(int(found[1], 16)), text)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def escaped(text: str) -> str:
    """Text as a workbook holds it, so that :func:`_unescape` reads it back unchanged:
    an underscore that would start a ``_xHHHH_`` code is written ``_x005F_``, as Excel
    does (openpyxl writes text as it is, so a title ``_x0041_`` read back as ``A``)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda found: "_x005F" + found[0], text)


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


def _xlsx(archive: _Archive) -> list[Sheet]:
    book = _Xlsx(archive)
    if not archive.has(book.book):
        raise LoadError("this is not an Excel workbook (it has no workbook part); save it "
                        "from Excel or LibreOffice as .xlsx", None)
    listed = book.sheets()
    budget = _Budget()
    strings = book.shared_strings(budget)
    kinds = book.number_kinds()
    sheets = []
    for name, hidden, part in listed:
        sheet = Sheet(name, hidden)
        with archive.open(part) as stream:
            _XlsxCells(sheet, strings, kinds, book.since_1904, budget).read(stream)
        sheets.append(sheet)
    return sheets


_COLUMNS: dict[str, int] = {}


def _column(letters: str) -> int:
    number = _COLUMNS.get(letters)
    if number is None:
        number = 0
        for letter in letters.upper():
            number = number * 26 + ord(letter) - 64
        _COLUMNS[letters] = number
    return number


class _XlsxCells:
    """The cells of one worksheet part."""

    def __init__(self, sheet: Sheet, strings: list[str], kinds: list[str], since_1904: bool,
                 budget: _Budget) -> None:
        self.sheet, self.strings, self.kinds = sheet, strings, kinds
        self.since_1904, self.budget = since_1904, budget
        self.row = self.column = 0
        self.type, self.style = "n", 0
        self.pieces: list[str] = []  # of the value, <v>
        self.inline: list[str] = []  # of an inline string, <is><t>
        self.collecting: list[str] | None = None
        self.formula = False
        self.phonetic = 0

    def read(self, stream: IO[bytes]) -> None:
        _parse(stream, self.start, self.end, self.text)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        tag = tag[tag.find(":") + 1:]
        if tag == "c":
            ref = attrs.get("r", "")
            found = _REF.match(ref)
            row, column = (int(found[2]), _column(found[1])) if found else (0, 0)
            if 0 < row <= LAST_ROW and column <= LAST_COLUMN:
                self.row, self.column = row, column
            else:  # no reference, or one of no cell: the cell after the one before
                self.row, self.column = max(self.row, 1), self.column + 1
                if ref.strip():
                    self.sheet.misplaced.add(self.row, self.column, ref)
            self.type = attrs.get("t", "n")
            self.style = _int(attrs.get("s"))
            self.pieces, self.inline = [], []
            self.formula = False
        elif tag == "row":
            number = attrs.get("r")
            # a row number as cell references hold one (7 digits): int() of "²" (a
            # digit to isdigit) or of 5,000 digits raised ValueError
            self.row = int(number) if number and number.isdecimal() and len(number) <= 7 \
                and 0 < int(number) <= LAST_ROW else self.row + 1
            self.column = 0
        elif tag == "v":
            self.collecting = self.pieces
        elif tag == "t":
            self.collecting = self.inline
        elif tag == "f":
            self.formula = True
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "mergeCell":
            merged = _range(attrs.get("ref", ""))
            if merged is not None:
                self.sheet.merged.append(merged)

    def end(self, tag: str) -> None:
        tag = tag[tag.find(":") + 1:]
        if tag == "c":  # an inline string is its <is>, whatever <v> a writer adds
            value = self.value("".join(self.inline or self.pieces))
            if value is not None:
                self.budget.spend()
                cells = self.sheet.rows.setdefault(self.row, {})
                if self.column in cells:  # the first is kept, and the second said
                    self.sheet.doubled.add(self.row, self.column, value.code if isinstance(
                        value, CellError) else value)
                else:
                    cells[self.column] = value
        elif tag in ("v", "t"):
            self.collecting = None
        elif tag == "rPh":
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.collecting is not None and not self.phonetic:
            self.collecting.append(data)

    def value(self, text: str) -> Value | None:
        kind = self.type
        if kind in ("inlineStr", "str"):
            return _unescape(text) if text or not self.formula else None
        if kind == "s":  # an index into the shared strings; a blank one (<v/>) is no text
            index = text.strip()
            if not index:
                return None
            if index.isascii() and index.isdecimal() and len(index) <= 9 and \
                    int(index) < len(self.strings):
                shared = self.strings[int(index)]
                self.budget.spend_text(len(shared))
                return shared
            return CellError("", f"the cell names shared string {shown(index)}, and the "
                             f"workbook holds {len(self.strings):,} (numbered from 0): the "
                             "file is damaged; save it again from Excel or LibreOffice")
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "e":
            return CellError(text.strip() or "#N/A")
        if kind == "d":
            return _iso_date(text) or text
        if not text.strip():
            return CellError("") if self.formula else None
        try:
            number = float(text)
        except ValueError:
            return text
        display = self.kinds[self.style] if 0 <= self.style < len(self.kinds) else "number"
        if display == "percent":
            return Percent(number)
        if display == "date":
            return serial_date(number, self.since_1904) or _whole(number)
        return _whole(number)


def _whole(number: float) -> int | float:
    """A whole number as ``int`` (spreadsheets store every number as a float)."""
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _iso_date(text: str) -> date | None:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment.date() if moment.time() == datetime.min.time() else moment


def _range(ref: str) -> tuple[int, int, int, int] | None:
    """``A1:C3`` as (top, left, bottom, right)."""
    first, _, last = ref.partition(":")
    start, stop = _REF.match(first), _REF.match(last or first)
    if start is None or stop is None:
        return None
    return (int(start[2]), _column(start[1]), int(stop[2]), _column(stop[1]))


# -- ods --------------------------------------------------------------------------------

def _ods(archive: _Archive, names_only: bool = False) -> list[Sheet]:
    """The tables of an OpenDocument spreadsheet's content."""
    if not archive.has("content.xml"):
        raise LoadError("this is not an OpenDocument spreadsheet (it has no content); save "
                        "it from LibreOffice as .ods", None)
    reader = _OdsCells(_Budget(), names_only)
    with archive.open("content.xml") as stream:
        reader.room = MAX_WORKBOOK_UNPACKED - archive.unpacked
        _parse(stream, reader.start, reader.end, reader.text)
    return reader.sheets


class _OdsCells:
    """Tables, rows and cells of ``content.xml``, repeats and spans counted, not drawn.
    What repeats add is bounded as YAML's aliases are: cells with values that rows and
    columns repeated over give (a row of 600 bytes repeated 1,048,576 times was 2,097,152
    cells, 33 s and 1.6 GB), and spaces (``text:s``) as if unpacked (400 MB of them from
    a file of 23 KB)."""

    def __init__(self, budget: _Budget, names_only: bool) -> None:
        self.budget, self.names_only = budget, names_only
        self.repeated = 0  # cells with values that repeats added
        self.room = MAX_WORKBOOK_UNPACKED  # for the spaces that text:s adds
        self.sheets: list[Sheet] = []
        self.hidden_styles: set[str] = set()
        self.style = ""
        self.sheet: Sheet | None = None
        self.row = self.column = 0
        self.repeat_rows = 1
        self.cells: dict[int, Value] = {}
        self.cell: dict[str, str] | None = None
        self.paragraphs: list[list[str]] = []
        self.note = 0  # inside an annotation: a comment, not the cell's text

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        tag, attrs = _local(tag), _locals(attrs)
        if tag == "style":
            self.style = attrs.get("name", "")
        elif tag == "table-properties" and attrs.get("display") == "false":
            self.hidden_styles.add(self.style)
        elif tag == "table":
            self.sheet = Sheet(attrs.get("name", ""),
                               attrs.get("style-name", "") in self.hidden_styles)
            self.sheets.append(self.sheet)
            self.row = 0
        elif self.sheet is None or self.names_only:
            return
        elif tag == "table-row":
            self.repeat_rows = max(1, _int(attrs.get("number-rows-repeated")))
            self.row += 1
            self.column = 0
            self.cells = {}
        elif tag in ("table-cell", "covered-table-cell"):
            self.column += 1
            self.cell = attrs
            self.paragraphs = []
        elif tag == "annotation":
            self.note += 1
        elif self.note or self.cell is None:
            return
        elif tag == "p":
            self.paragraphs.append([])
        elif tag == "s" and self.paragraphs:
            spaces = min(max(1, _int(attrs.get("c"))), 1000)
            self.room -= spaces
            if self.room < 0:
                raise LoadError(f"the workbook's text repeats spaces to more than "
                                f"{MAX_WORKBOOK_UNPACKED:,} characters; save it again from "
                                "LibreOffice, or check it in smaller parts",
                                self.row, self.column, sheet=self.sheet.name)
            self.paragraphs[-1].append(" " * spaces)
        elif tag == "tab" and self.paragraphs:
            self.paragraphs[-1].append("\t")
        elif tag == "line-break" and self.paragraphs:
            self.paragraphs[-1].append("\n")

    def end(self, tag: str) -> None:
        tag = _local(tag)
        if tag == "table":
            self.sheet = None
        elif self.sheet is None or self.names_only:
            return
        elif tag == "annotation":
            self.note -= 1
        elif tag in ("table-cell", "covered-table-cell") and self.cell is not None:
            self.end_cell(self.cell)
            self.cell = None
        elif tag == "table-row":
            self.end_row()

    def text(self, data: str) -> None:
        if self.cell is not None and not self.note and self.paragraphs:
            self.paragraphs[-1].append(data)

    def end_cell(self, attrs: dict[str, str]) -> None:
        assert self.sheet is not None
        repeat = max(1, _int(attrs.get("number-columns-repeated")))
        value = self.value(attrs)
        first = self.column
        self.column += repeat - 1
        rows = max(1, _int(attrs.get("number-rows-spanned")))
        columns = max(1, _int(attrs.get("number-columns-spanned")))
        if rows > 1 or columns > 1:  # a blank one too: it hides what the cells under hold
            self.sheet.merged.append((self.row, first, self.row + rows - 1,
                                      first + columns - 1))
        if value is None:
            return
        self.budget.spend(repeat * self.repeat_rows)
        self.repeated += repeat * self.repeat_rows - 1
        if self.repeated > MAX_ALIAS_NODES:
            raise LoadError(
                f"the file repeats this cell to {repeat * self.repeat_rows:,} cells "
                "(table:number-columns-repeated, number-rows-repeated), and repeats give "
                f"the sheets more than "
                f"{MAX_ALIAS_NODES:,} cells with values in all; a plan's rows differ, so the "
                "file is damaged or made to be: save it again from LibreOffice, or write "
                "the rows out", self.row, first, sheet=self.sheet.name)
        if isinstance(value, str):
            self.spend_repeated_text(len(value) * (repeat * self.repeat_rows - 1), first)
        for column in range(first, first + repeat):
            self.cells[column] = value

    def spend_repeated_text(self, length: int, column: int) -> None:
        """Count the characters repeats copy a cell's text to, as if unpacked: a 25 KB
        file repeating two cells of 5 MB on 300 rows took 9 s and 1.5 GB."""
        assert self.sheet is not None
        self.room -= length
        if self.room < 0:
            raise LoadError(
                "the file repeats this cell's text (table:number-columns-repeated, "
                "number-rows-repeated), and repeats give the workbook more than "
                f"{MAX_WORKBOOK_UNPACKED:,} characters of text, more than a plan holds: "
                "save it again from LibreOffice, or write the rows out",
                self.row, column, sheet=self.sheet.name)

    def end_row(self) -> None:
        assert self.sheet is not None
        if self.cells:
            for row in range(self.row, self.row + self.repeat_rows):
                self.sheet.rows[row] = dict(self.cells)
        self.row += self.repeat_rows - 1

    def value(self, attrs: dict[str, str]) -> Value | None:
        text = "\n".join("".join(pieces) for pieces in self.paragraphs)
        kind = attrs.get("value-type", "")  # LibreOffice's own says "error" for an error
        if kind == "error":
            return CellError(text or "#N/A")
        if kind in ("float", "currency", "percentage"):
            try:
                number = float(attrs.get("value", ""))
            except ValueError:
                return text or None
            return Percent(number) if kind == "percentage" else _whole(number)
        if kind == "date":
            return _iso_date(attrs.get("date-value", "")) or text or None
        if kind == "boolean":
            return attrs.get("boolean-value", "").lower() == "true"
        if kind == "string" and "string-value" in attrs:
            return attrs["string-value"]
        if not kind and attrs.get("formula"):
            return CellError("")
        return text or None


# -- csv --------------------------------------------------------------------------------

def _csv(raw: bytes, name: str) -> Sheet:
    """A CSV file as one sheet; text only, separated by the commonest of ``,`` ``;`` and
    tab in its first line (Excel writes ``;`` where the decimal mark is a comma)."""
    if (codec := wide_encoding(raw)) is not None:  # Excel's 'Unicode Text' is UTF-16
        raise LoadError(f"the sheet is saved as {codec[:6].upper()} text; save it as "
                        "'CSV UTF-8'", None)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        row, column = _cell_at(raw[: error.start].decode("utf-8-sig"))
        raise LoadError(f"byte 0x{raw[error.start]:02x} in this cell is not UTF-8: the "
                        "file mixes encodings, or is not saved as UTF-8; save the sheet as "
                        "'CSV UTF-8'", row, column, sheet="") from None
    if (nul := text.find("\0")) >= 0:
        row, column = _cell_at(text[:nul])
        raise LoadError("this cell holds a NUL character (byte 0), which no text holds: the "
                        "file is binary or damaged; save the sheet as 'CSV UTF-8'", row,
                        column, sheet="")
    delimiter = _delimiter(text)
    sheet = Sheet(name)
    budget = _Budget()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    row, lines = 0, 0  # the records read, and the lines they took
    try:
        for row, record in enumerate(reader, start=1):
            lines = reader.line_num
            cells = {column: value for column, value in enumerate(record, start=1) if value}
            if cells:
                budget.spend(len(cells))
                sheet.rows[row] = dict[int, Value](cells)
    except csv.Error as error:  # the only one this reader raises: a cell past the limit
        column = _long_cell(text, lines, delimiter)
        raise LoadError(
            f"this cell holds more than {csv.field_size_limit():,} characters, more than a "
            "sheet's cell holds; most often a quote (\") opens it and is never closed, so "
            "the rows after it run into it: close the quote, or shorten the cell"
            if "field limit" in str(error) else "not valid CSV text; save the sheet as "
            "'CSV UTF-8'", row + 1, column, sheet="") from None
    return sheet


def _delimiter(text: str) -> str:
    """The commonest of ``,`` ``;`` and tab in the first line."""
    end = text.find("\n")
    return max(",;\t", key=(text if end < 0 else text[:end]).count)


def _cell_at(text: str) -> tuple[int, int]:
    """The row and column of the cell that comes after ``text``, the start of a CSV
    file (where a byte that cannot be read is)."""
    row, column = 0, 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        for record in reader:
            row, column = row + 1, max(1, len(record))
    except csv.Error:  # a cell past the limit before it: its row is near enough
        return row + 1, 1
    if not row or text.endswith(("\n", "\r")):
        return row + 1, 1
    return row, column


def _long_cell(text: str, lines: int, delimiter: str) -> int:
    """The column of the cell that grows past the csv module's field limit in the record
    starting after the first ``lines`` lines of ``text``, read as the csv module reads it
    (a quote opening a cell, a doubled quote inside one)."""
    start = 0
    for _ in range(lines):
        start = text.find("\n", start) + 1
    limit = csv.field_size_limit()
    column, length, quoted, after_quote = 1, 0, False, False
    for char in itertools.islice(text, start, None):
        if quoted:
            if char == '"':
                quoted, after_quote = False, True
            else:
                length += 1
        elif char == '"' and (length == 0 or after_quote):
            quoted, after_quote, length = True, False, length + after_quote
        elif char == delimiter:
            column, length, after_quote = column + 1, 0, False
        elif char in "\r\n":
            break
        else:
            length += 1
        if length > limit:
            break
    return column
