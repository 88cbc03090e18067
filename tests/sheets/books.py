"""Workbooks for the sheet tests, written with openpyxl (a library the reader does not
use) or, for what openpyxl cannot write, part by part with zipfile."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font

Rows = Sequence[Sequence[Any]]


def book(path: Path, sheets: dict[str, Rows], *, merged: dict[str, list[str]] | None = None,
         formats: dict[str, dict[str, str]] | None = None,
         hidden: Sequence[str] = ()) -> Path:
    """A workbook of ``sheets`` (name -> rows from A1), with merged ranges, number formats
    by cell, and hidden sheets."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.worksheets[0])
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for ranged in (merged or {}).get(name, []):
            sheet.merge_cells(ranged)
        for cell, code in (formats or {}).get(name, {}).items():
            sheet[cell].number_format = code
        if name in hidden:
            sheet.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def okr_template(path: Path) -> Path:
    """A workbook in the shape of the common public OKR templates: one sheet per quarter,
    a merged title row, a header row under it, each objective written once in a cell
    merged down over its key results, owners by name, start, target and current values
    (a percentage among them), a progress formula, a due date and a status, and a
    frozen header."""
    due = date(2025, 3, 31)
    rows: list[list[Any]] = [
        ["Company OKRs — Q1 2025"], [],
        ["Objective", "Key Result", "Owner", "Start", "Target", "Current", "Progress",
         "Due date", "Status"],
        ["Become our customers' first choice", "Increase NPS from 30 to 50", "Jane Doe",
         30, 50, 42, "=(F4-D4)/(E4-D4)", due, "On track"],
        [None, "Reduce monthly churn to 2%", "Bob Smith", 0.035, 0.02, 0.028,
         "=(F5-D5)/(E5-D5)", due, "At risk"],
        [None, "Launch the self-service portal", "Jane Doe", 0, 1, 0, "=(F6-D6)/(E6-D6)",
         due, "Not started"],
        ["Grow recurring revenue", "Grow ARR from $10M to $14M", "Ana Lee", 10, 14, 11.5,
         "=(F7-D7)/(E7-D7)", due, "On track"],
        [None, "Sign 20 new enterprise customers", "Ana Lee", 0, 20, 6, "=(F8-D8)/(E8-D8)",
         due, "Behind"],
    ]
    formats = {f"G{row}": "0%" for row in range(4, 9)}
    formats.update({"D5": "0.0%", "E5": "0.0%", "F5": "0.0%"})
    book(path, {"Q1 2025 OKRs": rows}, merged={"Q1 2025 OKRs": ["A1:I1", "A4:A6", "A7:A8"]},
         formats={"Q1 2025 OKRs": formats})
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Q1 2025 OKRs"]
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.freeze_panes = "A4"
    workbook.save(path)
    return path


def parts(path: Path, files: dict[str, str | bytes]) -> Path:
    """A zip archive of ``files`` (name -> content), as a workbook's parts."""
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    path.write_bytes(stream.getvalue())
    return path


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


def xlsx_parts(sheets: dict[str, str], *, shared: Sequence[str] = (), styles: str = "",
               book_extra: str = "", states: dict[str, str] | None = None,
               prefix: str = "") -> dict[str, str | bytes]:
    """The parts of a minimal workbook whose sheets' ``sheetData`` is written out as
    given; ``prefix`` puts the main namespace under a prefix (``x:``), as some writers
    do."""
    tag = prefix
    declare = f'xmlns{":" + prefix[:-1] if prefix else ""}="{_MAIN}"'
    entries = ""
    for at, name in enumerate(sheets, start=1):
        state = f' state="{states[name]}"' if states and name in states else ""
        entries += f'<{tag}sheet name="{name}" sheetId="{at}" r:id="rId{at}"{state}/>'
    files: dict[str, str | bytes] = {
        "_rels/.rels": f'<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
                       f'Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/>'
                       "</Relationships>",
        "xl/workbook.xml": f'<{tag}workbook {declare} xmlns:r="{_RELS}">{book_extra}'
                           f"<{tag}sheets>{entries}</{tag}sheets></{tag}workbook>",
    }
    relations = "".join(
        f'<Relationship Id="rId{at}" Type="{_RELS}/worksheet" '
        f'Target="worksheets/sheet{at}.xml"/>' for at in range(1, len(sheets) + 1))
    relations += (f'<Relationship Id="rS" Type="{_RELS}/sharedStrings" '
                  'Target="sharedStrings.xml"/>'
                  f'<Relationship Id="rT" Type="{_RELS}/styles" Target="styles.xml"/>')
    files["xl/_rels/workbook.xml.rels"] = f'<Relationships xmlns="{_PACKAGE}">{relations}' \
                                          "</Relationships>"
    for at, data in enumerate(sheets.values(), start=1):
        files[f"xl/worksheets/sheet{at}.xml"] = (f"<{tag}worksheet {declare}><{tag}sheetData>"
                                                 f"{data}</{tag}sheetData></{tag}worksheet>")
    files["xl/sharedStrings.xml"] = f'<sst xmlns="{_MAIN}">' + "".join(
        item if item.startswith("<") else f"<si><t>{item}</t></si>" for item in shared) \
        + "</sst>"
    files["xl/styles.xml"] = f'<styleSheet xmlns="{_MAIN}">{styles}</styleSheet>'
    return files


_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')


def ods_parts(tables: str, styles: str = "") -> dict[str, str | bytes]:
    """The parts of a minimal OpenDocument spreadsheet whose tables are written out."""
    return {"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": f"<office:document-content {_ODS_NS}><office:automatic-styles>"
                           f"{styles}</office:automatic-styles><office:body>"
                           f"<office:spreadsheet>{tables}</office:spreadsheet></office:body>"
                           "</office:document-content>"}
