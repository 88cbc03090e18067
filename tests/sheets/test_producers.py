"""What workbooks saved by Excel (Windows, Mac, Online), Google Sheets and other writers
hold that openpyxl does not write, found by reading such files from public repositories
(docs/spreadsheets.md lists them). Each test writes only the trait, part by part."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from planlint.api import load_plan
from planlint.loaders import cells
from tests.conftest import Run
from tests.sheets.books import book, ods_parts, parts, xlsx_parts

_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"


def read(path: Path) -> dict[str, cells.Sheet]:
    return {sheet.name: sheet for sheet in cells.read(path.read_bytes(), path.name)}


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_dates_from_1904_stay_so_after_the_extension_that_follows_them(tmp_path: Path
                                                                       ) -> None:
    """Excel for Mac (2011 to 2016) and LibreOffice write ``x14:workbookPr`` in the
    workbook's extensions after ``workbookPr date1904="1"``; it has no date1904 of its
    own, and read as the main one it put every date 4 years and a day early."""
    styles = '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
    extension = (f'<extLst><ext uri="{{79F54976-1DA5-4618-B147-4CDE4B953A38}}" '
                 f'xmlns:x14="{_X14}"><x14:workbookPr defaultImageDpi="32767"/></ext>'
                 "</extLst>")
    path = parts(tmp_path / "mac.xlsx", xlsx_parts(
        {"Goals": '<row r="1"><c r="A1" s="1"><v>45291</v></c></row>'}, styles=styles,
        book_extra=f'<workbookPr date1904="1"/>{extension}'))
    assert read(path)["Goals"].rows[1][1] == date(2028, 1, 1)


def test_characters_excel_escapes_in_text(tmp_path: Path) -> None:
    """Excel writes a carriage return as ``_x000D_`` (text pasted with Windows line
    breaks) and an underscore that would start such a code as ``_x005F_``, in shared
    strings, inline strings and a formula's text alike."""
    shared = ["Grow revenue_x000D_\nand margin", "keep _x005F_x000D_ as written",
              "_xD83D__xDE00_ and _xD800_ alone", "no_x00 code"]
    row = ('<row r="1">' + "".join(f'<c r="{letter}1" t="s"><v>{at}</v></c>'
                                    for at, letter in enumerate("ABCD"))
           + inline("E1", "Keep_x000D_\ncustomers")
           + '<c r="F1" t="str"><f>A1</f><v>Grow_x000D_</v></c></row>')
    path = parts(tmp_path / "escaped.xlsx", xlsx_parts({"Goals": row}, shared=shared))
    assert read(path)["Goals"].rows[1] == {
        1: "Grow revenue\r\nand margin", 2: "keep _x000D_ as written",
        3: "\U0001f600 and \ufffd alone", 4: "no_x00 code", 5: "Keep\r\ncustomers",
        6: "Grow\r"}


def test_an_inline_string_is_its_text_whatever_value_it_also_has(tmp_path: Path) -> None:
    """Some writers (workbooks that say they come from Excel 2007) give an inline string
    a ``<v>`` as well as its ``<is>``: the text is the ``<is>``."""
    row = ('<row r="1"><c r="A1" t="inlineStr"><v>1.0</v><is><r><rPr><b/></rPr><t>1.</t>'
           "</r><r><t> Grow</t></r></is></c></row>")
    path = parts(tmp_path / "inline.xlsx", xlsx_parts({"Goals": row}))
    assert read(path)["Goals"].rows[1] == {1: "1. Grow"}


def test_a_shared_string_cell_without_an_index_is_blank(tmp_path: Path) -> None:
    """``<c t="s"><v/></c>`` named the first shared string; an index that is no number
    or past the end names none, and is a damaged cell (tests/sheets/test_hostile.py)."""
    row = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v/></c>'
           '<c r="C1" t="s"><v>one</v></c><c r="D1" t="s"><v>7</v></c></row>')
    path = parts(tmp_path / "blank.xlsx", xlsx_parts({"Goals": row}, shared=["ID"]))
    found = read(path)["Goals"].rows[1]
    assert found[1] == "ID" and 2 not in found
    assert all(isinstance(found[at], cells.CellError) and found[at].damage for at in (3, 4))


def test_parts_named_with_backslashes(tmp_path: Path) -> None:
    """Some Windows writers name the parts ``xl\\workbook.xml``; Excel opens them."""
    files = xlsx_parts({"Goals": f'<row r="1">{inline("A1", "ID")}</row>'})
    path = parts(tmp_path / "windows.xlsx",
                 {name.replace("/", "\\"): content for name, content in files.items()})
    assert read(path)["Goals"].rows == {1: {1: "ID"}}
    assert list(cells.sheet_names(path.read_bytes(), ".xlsx")) == [("Goals", False)]


def test_what_merged_cells_hide_is_not_read(tmp_path: Path) -> None:
    """A merged range shows its first cell alone. LibreOffice keeps what the others held
    when asked to (covered cells with text), and a program may write values under a
    merge: the plan is what the sheet shows, G2's owner Ana Lee, not the hidden Bob Ray,
    and G3's title merged across the owner's column names no owner."""
    header = f'<row r="1">{inline("A1", "ID")}{inline("B1", "Objective")}' \
             f'{inline("C1", "Owner")}</row>'
    rows = (f'<row r="2">{inline("A2", "G1")}{inline("B2", "Grow")}{inline("C2", "Ana Lee")}'
            f'</row><row r="3">{inline("A3", "G2")}{inline("B3", "Keep")}'
            f'{inline("C3", "Bob Ray")}</row><row r="4">{inline("A4", "G3")}'
            f'{inline("B4", "Expand")}{inline("C4", "Cy Dee")}</row><row r="5">'
            f'{inline("C5", "Eve Fay")}</row>')
    merges = '<mergeCell ref="C2:C3"/><mergeCell ref="B4:C4"/><mergeCell ref="A5:C5"/>'
    xlsx = parts(tmp_path / "merged.xlsx", xlsx_parts(
        {"Goals": f"{header}{rows}</sheetData><mergeCells>{merges}</mergeCells><sheetData>"}))

    def cell(text: str, spans: str = "") -> str:
        return (f'<table:table-cell office:value-type="string"{spans}><text:p>{text}'
                "</text:p></table:table-cell>")

    def covered(text: str) -> str:
        return (f'<table:covered-table-cell office:value-type="string"><text:p>{text}'
                "</text:p></table:covered-table-cell>")

    down, across = ' table:number-rows-spanned="2"', ' table:number-columns-spanned="2"'
    table = ('<table:table table:name="Goals"><table:table-row>'
             f'{cell("ID")}{cell("Objective")}{cell("Owner")}</table:table-row>'
             f'<table:table-row>{cell("G1")}{cell("Grow")}'
             f'{cell("Ana Lee", down)}</table:table-row>'
             f'<table:table-row>{cell("G2")}{cell("Keep")}{covered("Bob Ray")}'
             f'</table:table-row><table:table-row>{cell("G3")}'
             f'{cell("Expand", across)}{covered("Cy Dee")}'
             '</table:table-row><table:table-row><table:table-cell '
             'table:number-columns-spanned="3"/><table:covered-table-cell '
             f'table:number-columns-repeated="1"/>{covered("Eve Fay")}</table:table-row>'
             "</table:table>")
    ods = parts(tmp_path / "merged.ods", ods_parts(table))
    for path in (xlsx, ods):
        plan = load_plan(path)
        owners = {goal.id: goal.owner for goal in plan.goals}
        assert owners == {"G1": "ana-lee", "G2": "ana-lee", "G3": None}, path.name
        assert {person.name for person in plan.people} == {"Ana Lee"}, path.name


def test_messages_about_real_workbooks_read_as_plans(cli: Run, tmp_path: Path) -> None:
    """A real KPI sheet numbers its rows (ID 1, 2), dates a target and has a State column:
    a finding names metric 1 (not "this metric"), shows a date as 2020-09-01 (not
    Python's datetime.date(2020, 9, 1)), and State is a column of its own (a status
    elsewhere), not a near miss of Start read as the baseline."""
    book(tmp_path / "kpis.xlsx", {"KPIs": [
        ["ID", "KPI", "Target", "State"], [1, "Leads", date(2020, 9, 1), "On track"],
        [2, "Deals", 5, "Late"]]})
    result = cli("check", "--format", "json", "--exit-zero", "--as-of", "2026-06-30",
                 "kpis.xlsx")
    findings = {(f["code"], f["cell"]): f["message"]
                for f in json.loads(result.output)["findings"]}
    assert findings[("PL002", "C2")].startswith(
        "metric 1: target.value should be a valid number (found 2020-09-01)")
    assert "x-state" in findings[("PL003", "D1")]
    assert not [cell for code, cell in findings if code == "PL014"]
    assert [metric.baseline for metric in load_plan(tmp_path / "kpis.xlsx").metrics] == \
        [None, None]
