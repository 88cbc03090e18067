"""Hostile workbooks get a finding, never a crash or a hang: each is checked in a child
process capped at 2 GiB and 60 s, as the corpus of bad YAML is (tests/test_corpus.py)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from planlint import lint
from planlint.limits import MAX_WORDED
from planlint.loaders.sheets import _label, read
from tests.sheets.books import book, ods_parts, parts, xlsx_parts
from tests.test_corpus import run


def check(path: Path) -> tuple[int, list[dict[str, Any]]]:
    done = run("check", "--format", "json", "--no-plugins", "--as-of", "2026-06-30",
               path.name, cwd=path.parent)
    assert done.returncode in (0, 1), done.stderr
    findings: list[dict[str, Any]] = json.loads(done.stdout)["findings"]
    return done.returncode, findings


def test_cells_at_opposite_corners(tmp_path: Path) -> None:
    path = book(tmp_path / "far.xlsx", {"Goals": [["ID", "Title"], ["G1", "Grow"]]})
    workbook = openpyxl.load_workbook(path)
    workbook["Goals"]["XFD1048576"] = "far"
    workbook.save(path)
    _, findings = check(path)
    assert any(f["cell"] == "XFD1048576" and f["code"] == "PL003" for f in findings)


def test_a_million_styled_empty_rows(tmp_path: Path) -> None:
    files = xlsx_parts({"Goals": '<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c>'
                                 '<c r="B1" t="inlineStr"><is><t>Title</t></is></c></row>'})
    path = tmp_path / "styled.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, content)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                        b'2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
                        b'ID</t></is></c><c r="B1" t="inlineStr"><is><t>Title</t></is></c>'
                        b'</row>')
            for row in range(2, 1_048_577):
                sheet.write(b'<row r="%d"><c r="A%d" s="1"/></row>' % (row, row))
            sheet.write(b"</sheetData></worksheet>")
    code, findings = check(path)
    assert code == 0 or all(f["code"] != "PL001" for f in findings)


def test_a_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in xlsx_parts({"Goals": ""}).items():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, content)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(400):
                sheet.write(b"<" * (1 << 20))
    code, findings = check(path)
    assert code == 1 and findings[0]["code"] == "PL001"
    assert "unpacks to more than 268,435,456 bytes" in findings[0]["message"]


def test_entity_expansion_and_garbage(tmp_path: Path) -> None:
    files = xlsx_parts({"Goals": ""})
    files["xl/worksheets/sheet1.xml"] = (
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaa">' + "".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 16}">' for i in range(8))
        + ']><worksheet><sheetData><row><c t="inlineStr"><is><t>&i;</t></is></c></row>'
          "</sheetData></worksheet>")
    for path in (parts(tmp_path / "laughs.xlsx", files), tmp_path / "noise.ods"):
        if not path.exists():
            path.write_bytes(bytes(range(256)) * 400)
        code, findings = check(path)
        assert code == 1 and [f["code"] for f in findings] == ["PL001"]


def test_merged_ranges_that_cover_the_sheet_many_times(tmp_path: Path) -> None:
    cells = "".join(f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>G{row}</t></is></c>'
                    f'<c r="C{row}" t="inlineStr"><is><t>x</t></is></c></row>'
                    for row in range(2, 3002))
    merges = "".join(f'<mergeCell ref="C{row}:C1048576"/>' for row in range(2, 3002))
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" '
              't="inlineStr"><is><t>Title</t></is></c></row>')
    path = parts(tmp_path / "merged.xlsx", xlsx_parts(
        {"Goals": f"{header}{cells}</sheetData><mergeCells>{merges}</mergeCells><sheetData>"}))
    code, findings = check(path)
    assert code == 1 and any("merged cells cover more than" in f["message"]
                             for f in findings if f["code"] == "PL001")


def test_formulas_and_values_of_every_kind_in_every_column(tmp_path: Path) -> None:
    values = [7, 2.5, True, "=1/0", "=A1", "", " ", "x" * 10_000, 1e308, -1e308, 0.0001]
    header = ["ID", "Title", "Owner", "Due", "Baseline", "Target", "Actual", "Cadence",
              "Goal", "Unit", "Kind"]
    rows = [header, *[[values[(row + column) % len(values)] for column in range(len(header))]
                      for row in range(40)]]
    path = book(tmp_path / "noise.xlsx", {"Key Results": rows, "Goals": rows[:5],
                                          "Plan": [["As of", 3], ["Start", "=NOW()"]]})
    code, findings = check(path)
    assert code == 1 and not [f for f in findings if f["code"] in ("PL000", "PL001")]


def test_merged_ranges_that_overlap_or_repeat_over_a_wide_row(tmp_path: Path) -> None:
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" '
              't="inlineStr"><is><t>Title</t></is></c></row>')
    # a range over a row another range emptied: "the xlsx loader failed: KeyError: 2"
    overlap = parts(tmp_path / "overlap.xlsx", xlsx_parts({"Goals": (
        f'{header}<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>'
        '</sheetData><mergeCells><mergeCell ref="A2:B2"/><mergeCell ref="A2:C2"/>'
        "</mergeCells><sheetData>")}))
    assert not [f for f in check(overlap)[1] if f["code"] in ("PL000", "PL001")]
    # one narrow range 100,000 times over two rows of 16,384 cells: each time the whole
    # row was looked at (26 s for 10,000 of them)
    wide = "".join(f'<row r="{row}">' + "".join(
        f'<c r="{get_column_letter(column)}{row}"><v>1</v></c>'
        for column in range(1, 16_385)) + "</row>"
        for row in (2, 3))
    merges = '<mergeCell ref="B2:B3"/>' * 100_000
    path = parts(tmp_path / "wide.xlsx", xlsx_parts({"Goals": (
        f"{header}{wide}</sheetData><mergeCells>{merges}</mergeCells><sheetData>")}))
    assert not [f for f in check(path)[1] if f["code"] in ("PL000", "PL001")]


def test_numbers_of_rows_and_strings_that_int_cannot_take(tmp_path: Path) -> None:
    """"²" is a digit to ``str.isdigit`` and 5,000 digits are past ``int()``'s limit: both
    were "the xlsx loader failed on this file: ValueError", blamed on a plugin."""
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" '
              't="inlineStr"><is><t>Title</t></is></c></row>')
    for name, data in [
        ("superscript", '<row r="²"><c t="inlineStr"><is><t>G1</t></is></c></row>'),
        ("long-row", f'<row r="{"1" * 5000}"><c t="inlineStr"><is><t>G1</t></is></c></row>'),
        ("long-index", f'<row r="2"><c r="A2" t="s"><v>{"1" * 5000}</v></c></row>')]:
        path = parts(tmp_path / f"{name}.xlsx", xlsx_parts({"Goals": header + data},
                                                           shared=["G1"]))
        assert not [f for f in check(path)[1] if f["code"] in ("PL000", "PL001")], name


def test_a_shared_string_the_workbook_does_not_hold_is_said_at_its_cell(
        tmp_path: Path) -> None:
    """An index past the shared strings (or -1, or 'abc') left the cell blank in silence:
    a damaged workbook's goals vanished, and the check passed."""
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" '
              't="inlineStr"><is><t>Title</t></is></c></row>')
    data = ('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>7</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>-1</v></c><c r="B3" t="s"><v>abc</v></c></row>')
    path = parts(tmp_path / "damaged.xlsx", xlsx_parts({"Goals": header + data},
                                                       shared=["G1"]))
    said = {f["cell"]: f["message"] for f in check(path)[1] if f["code"] == "PL002"
            and "shared string" in f["message"]}
    assert said == {
        cell: f"the cell names shared string '{index}', and the workbook holds 1 (numbered "
              "from 0): the file is damaged; save it again from Excel or LibreOffice"
        for cell, index in (("B2", "7"), ("A3", "-1"), ("B3", "abc"))}


def test_a_built_in_reader_that_fails_is_said_to_be_planlint_s_bug(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(raw: bytes, name: str) -> None:
        raise ValueError("broken")

    monkeypatch.setattr("planlint.loaders.sheets.read", broken)
    (tmp_path / "goals.csv").write_text("ID,Title\nG1,Grow\n")
    (finding,) = [f for f in lint(tmp_path / "goals.csv").findings if f.code == "PL001"]
    assert "ValueError: broken; this is a bug in planlint, not in the plan" in finding.message


def test_a_long_custom_column_name_over_many_rows(tmp_path: Path) -> None:
    """Each row's cell of a column is placed under the column's name: a 130,000-character
    name over 20,000 rows took memory growing with their product (2.6 GB for a 0.5 MB
    file). The column is not read, said at its header cell."""
    name = "x-" + "k" * 130_000
    path = tmp_path / "goals.csv"
    path.write_text("\n".join([f"id,title,{name}"]
                              + [f"G{n},Goal {n},a" for n in range(20_000)]) + "\n")
    _, findings = check(path)
    said = [f for f in findings if f["cell"] == "C1"]
    assert [f["name"] for f in said] == ["invalid-field"]
    assert "named in 130,002 characters" in said[0]["message"]


def test_a_cell_stated_twice_or_at_no_cell_is_said_and_the_first_value_kept(
        tmp_path: Path) -> None:
    """A second cell B2, or a cell read after the one before it because its reference
    names no cell ('junk', A0, ZZZ6), replaced the value there in silence: the check
    passed on a title the workbook shows nowhere, and row 0 was never read."""
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" '
              't="inlineStr"><is><t>Title</t></is></c></row>')

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    data = (f'<row r="2">{cell("A2", "G1")}{cell("B2", "Grow")}{cell("B2", "Shrink")}</row>'
            f'<row r="3">{cell("B3", "Keep")}{cell("A3", "G2")}{cell("junk", "Lose")}</row>'
            f'<row r="4">{cell("A0", "G4")}{cell("ZZZ4", "Far")}</row>')
    path = parts(tmp_path / "damaged.xlsx", xlsx_parts({"Goals": header + data}))
    said = {f["cell"]: f["message"] for f in check(path)[1] if "damaged" in f["message"]}
    assert said == {
        "B2": "the workbook states 2 cells twice (B2, B3), and the second value of each is "
              "not read ('Shrink' in B2): the file is damaged; check them and save it again "
              "from Excel or LibreOffice",
        "B3": "the cell's reference 'junk' names no cell of a sheet (A1 to XFD1048576), so "
              "it is read as B3, the cell after the one before it (so are 2 more cells: A4, "
              "B4): the file is damaged; check them and save it again from Excel or "
              "LibreOffice"}
    goals = read(path.read_bytes(), path.name).data["goals"]
    assert [(goal["id"], goal["title"]) for goal in goals] == [
        ("G1", "Grow"), ("G2", "Keep"), ("G4", "Far")]


def test_a_row_of_200_000_unnamed_cells_is_one_finding(tmp_path: Path) -> None:
    """Each column with values but no name was a finding: 200,001 of them, in 7.3 s."""
    header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" '
              't="inlineStr"><is><t>Title</t></is></c></row>')
    wide = '<row r="2"><c r="A2" t="inlineStr"><is><t>G1</t></is></c><c r="B2" ' \
        't="inlineStr"><is><t>Grow</t></is></c>' + \
        "<c><v>1</v></c>" * 200_000 + "</row>"
    path = parts(tmp_path / "wide.xlsx", xlsx_parts({"Goals": header + wide}))
    said = [f for f in check(path)[1] if f["code"] == "PL003"]
    assert [(f["cell"], f["message"]) for f in said] == [(
        "C2", "200,000 columns have values but no name in the header row (1), so they are "
              "not read (C2, D2, E2 and 199,997 more, the first value of each); name the "
              "field each holds there, or clear them")]


def test_repeats_of_an_ods_row_or_its_spaces_are_bounded(tmp_path: Path) -> None:
    """A 600-byte file repeating a row of two cells 1,048,576 times was 2,097,152 cells
    (33 s, 1.6 GB); 300,000 runs of 1,000 spaces in a 23 KB file were 300 MB of text; a
    25 KB file repeating a 5 MB cell on 300 rows took 9 s and 1.5 GB."""

    def cell(text: str) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p>' \
            "</table:table-cell>"

    header = f"<table:table-row>{cell('ID')}{cell('Title')}</table:table-row>"
    rows = f'<table:table-row table:number-rows-repeated="1048576">{cell("G1")}' \
        f'{cell("Grow")}</table:table-row>'
    runs = '<text:s text:c="1000"/>' * 300_000
    spaces = f"<table:table-row>{cell('G1')}{cell(runs)}</table:table-row>"
    text = f'<table:table-row table:number-rows-repeated="300">{cell("G1")}' \
        f'{cell("grow revenue and keep customers " * 160_000)}</table:table-row>'
    for name, body, cell_at, said in [
            ("rows", rows, "A2", "the file repeats this cell to 1,048,576 cells"),
            ("text", text, "B2", "the file repeats this cell's text"),
            ("spaces", spaces, "B2", "the workbook's text repeats spaces to more than "
                                     "268,435,456 characters")]:
        path = parts(tmp_path / f"{name}.ods", ods_parts(
            f'<table:table table:name="Goals">{header}{body}</table:table>'))
        code, findings = check(path)
        assert code == 1 and [(f["code"], f["cell"]) for f in findings] == [("PL001", cell_at)]
        assert findings[0]["message"].startswith(said), findings[0]["message"]


@pytest.mark.parametrize(("raw", "cell", "said"), [
    # "goals.csv:G3": the byte's place in its line, read as a cell
    ("ID,Title\nG1,Café\n".encode() + "G2,Café\n".encode("cp1252"), "B3",
     "byte 0xe9 in this cell is not UTF-8: the file mixes encodings"),
    (b"ID;Title\nG1;Grow\n\xff", "A3", "byte 0xff in this cell is not UTF-8"),
    # said of the whole file, with no place: "this is a binary file"
    (b"ID,Title\nG1,Grow\nG2,Gr\0ow\n", "B3", "this cell holds a NUL character (byte 0)"),
    (b'ID,Title\nG1,"Grow\nmore\0"\n', "B2", "this cell holds a NUL character"),
])
def test_a_byte_a_csv_file_cannot_hold_is_said_at_its_cell(
        tmp_path: Path, raw: bytes, cell: str, said: str) -> None:
    path = tmp_path / "goals.csv"
    path.write_bytes(raw)
    code, findings = check(path)
    assert code == 1 and [(f["code"], f["cell"]) for f in findings] == [("PL001", cell)]
    assert findings[0]["message"].startswith(said), findings[0]["message"]


def test_a_shared_string_of_megabytes_on_every_row(tmp_path: Path) -> None:
    # a 20 KB workbook whose 300 rows each named one 5 MB shared string as title and
    # owner took 122 s and 3 GB; text repeated from shared strings now counts as unpacked
    def cell(at: str, text: str) -> str:
        return f'<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>'

    rows = f'<row r="1">{cell("A1", "ID")}{cell("B1", "Objective")}{cell("C1", "Owner")}</row>'
    rows += "".join(f'<row r="{row}">{cell(f"A{row}", f"G{row}")}<c r="B{row}" t="s"><v>0</v>'
                    f'</c><c r="C{row}" t="s"><v>0</v></c></row>' for row in range(2, 302))
    path = parts(tmp_path / "shared.xlsx",
                 xlsx_parts({"Goals": rows}, shared=["grow revenue and keep customers " * 160_000]))
    code, findings = check(path)
    assert code == 1 and findings[0]["code"] == "PL001"
    assert "repeat its shared strings to more than 268,435,456 characters" in \
        findings[0]["message"]


def test_a_name_longer_than_any_is_matched_as_written() -> None:
    # a reference cell is matched to a title ignoring case and spaces; a text longer than
    # any name is not folded (a shared string of megabytes on every row took seconds a cell)
    assert _label("  Grow   REVENUE ") == "grow revenue"
    long = "Grow  REVENUE " * (MAX_WORDED // 14 + 1)
    assert len(long) > MAX_WORDED and _label(long) == long
