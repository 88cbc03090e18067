"""Reading cells: each kind of value as the workbook stores it, sheets' state, and the
limits that keep a hostile file cheap (each refused with a message, never a crash)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from planlint.loaders import LoadError, cells
from planlint.loaders.cells import CellError, Percent
from tests.sheets.books import book, ods_parts, parts, xlsx_parts


def read(path: Path) -> dict[str, cells.Sheet]:
    return {sheet.name: sheet for sheet in cells.read(path.read_bytes(), path.name)}


def test_values_keep_the_type_the_workbook_stores(tmp_path: Path) -> None:
    path = book(tmp_path / "kinds.xlsx", {"Kinds": [
        ["text", 7, 2.5, True, date(2026, 3, 31), datetime(2026, 3, 31, 9, 30), 0.25,
         "=1+1", "  spaced  "]]}, formats={"Kinds": {"G1": "0%"}})
    row = read(path)["Kinds"].rows[1]
    assert row[1] == "text" and row[2] == 7 and isinstance(row[2], int)
    assert row[3] == 2.5 and row[4] is True
    assert row[5] == date(2026, 3, 31) and type(row[5]) is date
    assert row[6] == datetime(2026, 3, 31, 9, 30)
    assert isinstance(row[7], Percent) and row[7] == 0.25
    assert row[8] == CellError("")  # openpyxl saves no value for a formula
    assert row[9] == "  spaced  "


def test_shared_strings_rich_text_prefixes_and_missing_references(tmp_path: Path) -> None:
    rich = "<si><r><t>Grow </t></r><r><t>revenue</t></r><rPh><t>ｸﾞﾛｳ</t></rPh></si>"
    sheet = ('<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v>'
             '</x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c>'
             '<x:c t="str"><x:f>A1</x:f><x:v>cached</x:v></x:c><x:c t="d"><x:v>2026-01-02'
             '</x:v></x:c><x:c s="1"><x:v>46023</x:v></x:c><x:c s="2"><x:v>0.5</x:v></x:c>'
             '</x:row><x:row><x:c><x:v>1</x:v></x:c></x:row>')
    styles = ('<numFmts><numFmt numFmtId="170" formatCode="[$-409]d\\-mmm\\-yy;@"/>'
              '</numFmts><cellStyleXfs><xf numFmtId="10"/></cellStyleXfs><cellXfs>'
              '<xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="10"/></cellXfs>')
    path = parts(tmp_path / "x.xlsx", xlsx_parts({"Goals": sheet}, shared=[rich, "G1"],
                                                 styles=styles, prefix="x:"))
    rows = read(path)["Goals"].rows
    assert rows[2] == {2: "Grow revenue", 3: "G1", 4: False, 5: CellError("#DIV/0!"),
                       6: "cached", 7: date(2026, 1, 2), 8: date(2026, 1, 1), 9: 0.5}
    assert isinstance(rows[2][9], Percent)
    assert rows[3] == {1: 1}


def test_dates_counted_from_1904(tmp_path: Path) -> None:
    styles = '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
    path = parts(tmp_path / "mac.xlsx", xlsx_parts(
        {"Goals": '<row r="1"><c r="A1" s="1"><v>0</v></c></row>'}, styles=styles,
        book_extra='<workbookPr date1904="1"/>'))
    assert read(path)["Goals"].rows[1][1] == date(1904, 1, 1)


def test_hidden_sheets_and_merged_cells(tmp_path: Path) -> None:
    path = book(tmp_path / "b.xlsx", {"Goals": [["Title"], ["a"]], "Old": [["x"]]},
                merged={"Goals": ["A2:A4"]}, hidden=["Old"])
    sheets = read(path)
    assert not sheets["Goals"].hidden and sheets["Old"].hidden
    assert sheets["Goals"].merged == [(2, 1, 4, 1)]


def test_ods_repeats_spans_notes_and_kinds(tmp_path: Path) -> None:
    tables = (
        '<table:table table:name="Goals"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>ID</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Title</text:p>'
        '<office:annotation><text:p>a comment, not the title</text:p></office:annotation>'
        '</table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="float" office:value="3">'
        '<text:p>3</text:p></table:table-cell><table:table-cell table:number-rows-spanned="2"'
        ' office:value-type="string"><text:p>two</text:p><text:p>lines<text:s text:c="2"/>'
        'and</text:p></table:table-cell><table:table-cell office:value-type="percentage" '
        'office:value="0.4"/><table:table-cell office:value-type="date" '
        'office:date-value="2026-06-30"/><table:table-cell office:value-type="boolean" '
        'office:boolean-value="true"/><table:table-cell office:value-type="string" '
        'calcext:value-type="error" table:formula="of:=1/0"><text:p>#DIV/0!</text:p>'
        '</table:table-cell><table:covered-table-cell table:number-columns-repeated="3"/>'
        '<table:table-cell office:value-type="float" office:value="1" '
        'table:number-columns-repeated="2"/></table:table-row></table:table>'
        '<table:table table:name="Hidden" table:style-name="ta2"/>')
    styles = ('<style:style style:name="ta2" style:family="table"><style:table-properties '
              'table:display="false"/></style:style>')
    sheets = read(parts(tmp_path / "p.ods", ods_parts(tables, styles)))
    goals = sheets["Goals"]
    assert goals.rows[1] == {1: "ID", 2: "Title"}
    row = goals.rows[1048002]
    assert row[1] == 3 and row[2] == "two\nlines  and" and row[3] == 0.4
    assert isinstance(row[3], Percent) and row[4] == date(2026, 6, 30) and row[5] is True
    assert row[6] == CellError("#DIV/0!") and row[10] == row[11] == 1 and 12 not in row
    assert goals.merged == [(1048002, 2, 1048003, 2)]
    assert sheets["Hidden"].hidden and len(goals.rows) == 2


def test_csv_separators_marks_and_quoted_breaks(tmp_path: Path) -> None:
    path = tmp_path / "goals.csv"
    path.write_bytes('\ufeffID;Title\nG1;"Grow; and\nkeep"\n\nG2;Ünïcode\n'.encode())
    sheet = read(path)["goals"]
    assert sheet.rows == {1: {1: "ID", 2: "Title"}, 2: {1: "G1", 2: "Grow; and\nkeep"},
                          4: {1: "G2", 2: "Ünïcode"}}


def test_csv_that_is_not_utf8_says_where_and_how_to_save(tmp_path: Path) -> None:
    path = tmp_path / "goals.csv"
    path.write_bytes(b"ID,Title\nG1,Caf\xe9\n")
    with pytest.raises(LoadError) as error:
        read(path)
    assert (error.value.line, error.value.column) == (2, 2)  # B2, not the byte's G2
    assert "save the sheet as 'CSV UTF-8'" in error.value.message


@pytest.mark.parametrize(("text", "cell"), [
    ("ID,Title\nG1," + "x" * 200_000 + ",Ana\n", (2, 2)),
    ('ID,Title\nG1,"' + "x" * 200_000 + '",Ana\n', (2, 2)),
    ('ID,Title,Owner\nG1,ok,Ana\nG2,"a ""b"" c",Bob,"never closed\n' + "G3,x\n" * 30_000, (3, 4)),
    ('ID,Title\nG1,"two\nlines"\nG2,"never closed\n' + "G3,x\n" * 30_000, (3, 2)),
], ids=["long-cell", "long-quoted-cell", "unclosed-quote", "after-a-quoted-break"])
def test_a_csv_cell_past_the_limit_is_named_with_its_likely_cause(
        tmp_path: Path, text: str, cell: tuple[int, int]) -> None:
    # it was the csv module's "field larger than field limit (131072)", at the line where
    # the reader stopped (A14564 for a quote left open in B2)
    path = tmp_path / "goals.csv"
    path.write_text(text)
    with pytest.raises(LoadError) as error:
        read(path)
    assert (error.value.line, error.value.column) == cell
    assert error.value.message.startswith("this cell holds more than 131,072 characters")
    assert "a quote (\") opens it and is never closed" in error.value.message


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04truncated",
                                     b"\x00" * 100])
def test_a_file_that_is_no_workbook_is_refused(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(LoadError, match=r"not an Excel workbook|damaged"):
        cells.read(content, "plan.xlsx")


def test_an_encrypted_or_legacy_workbook_says_what_to_do() -> None:
    with pytest.raises(LoadError, match=r"protected with a password, or is an old \.xls"):
        cells.read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "plan.xlsx")


def test_cells_far_apart_cost_only_what_they_hold(tmp_path: Path) -> None:
    """python-calamine fills the grid between them and aborts the process."""
    path = book(tmp_path / "far.xlsx", {"Goals": [["id"]]})
    workbook = __import__("openpyxl").load_workbook(path)
    workbook["Goals"]["XFD1048576"] = "x"
    workbook.save(path)
    assert read(path)["Goals"].rows == {1: {1: "id"}, 1048576: {16384: "x"}}


def test_the_cells_of_a_file_are_counted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    monkeypatch.setattr(cells, "MAX_NODES", 10)
    path = book(tmp_path / "many.xlsx", {"Goals": [[f"G{i}", "title"] for i in range(6)]})
    with pytest.raises(LoadError, match="more than 10 cells"):
        read(path)
    csv = tmp_path / "goals.csv"
    csv.write_text("a,b\n" * 6)
    with pytest.raises(LoadError, match="more than 10 cells"):
        read(csv)
    repeated = ('<table:table table:name="Goals"><table:table-row '
                'table:number-rows-repeated="1000000"><table:table-cell '
                'office:value-type="string" table:number-columns-repeated="1000">'
                '<text:p>x</text:p></table:table-cell></table:table-row></table:table>')
    with pytest.raises(LoadError, match="more than 10 cells"):
        read(parts(tmp_path / "r.ods", ods_parts(repeated)))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    files = xlsx_parts({"Goals": ""})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, content)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b" " * (1 << 20)
            for _ in range(300):
                part.write(chunk)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(LoadError, match="unpacks to more than"):
        read(path)


def test_a_part_that_holds_more_than_it_states_is_refused(tmp_path: Path) -> None:
    path = parts(tmp_path / "liar.xlsx", xlsx_parts({"Goals": "<row>" + "<c/>" * 2000 +
                                                     "</row>"}))
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    # state a tenth of the size, in the local header and the central directory
    for at in (info.header_offset + 22, raw.rfind(b"xl/worksheets/sheet1.xml") - 22):
        raw[at:at + 4] = (info.file_size // 10).to_bytes(4, "little")
    with pytest.raises(LoadError, match="damaged"):
        cells.read(bytes(raw), "liar.xlsx")


def test_too_many_parts_are_refused_unread(tmp_path: Path) -> None:
    files = xlsx_parts({"Goals": ""})
    files.update({f"junk/{i}": b"" for i in range(10_001)})
    with pytest.raises(LoadError, match="more than the 10,000"):
        read(parts(tmp_path / "parts.xlsx", files))


def test_entities_are_refused(tmp_path: Path) -> None:
    laughs = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData>'
              '</worksheet>')
    files = xlsx_parts({"Goals": ""})
    files["xl/worksheets/sheet1.xml"] = laughs
    with pytest.raises(LoadError, match="document type"):
        read(parts(tmp_path / "laughs.xlsx", files))


def test_sheet_names_are_read_without_the_cells(tmp_path: Path) -> None:
    path = book(tmp_path / "b.xlsx", {"Goals": [["x"]], "Notes": [["y"]]}, hidden=["Notes"])
    assert list(cells.sheet_names(path.read_bytes(), ".xlsx")) == [("Goals", False),
                                                                   ("Notes", True)]
