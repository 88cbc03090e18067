"""``planlint convert`` and ``planlint init --template xlsx``: a plan written in another
format is the same plan, and a workbook is written in the documented layout."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import planlint
from planlint import layout
from planlint.api import load_plan
from planlint.convert import dump
from planlint.loaders.sheets import _PLACEHOLDERS, _WORDS
from planlint.plan import Plan
from planlint.testing.strategies import plans
from tests.conftest import Run
from tests.sheets.books import book, okr_template

REPOSITORY = Path(__file__).parents[2]
EXAMPLES = REPOSITORY / "planlint" / "examples" / "chrysler"
PLAN = """\
planlint: 1
plan: {id: acme, title: Acme, horizon: {start: 2026-01-01, end: 2026-12-31}, as_of: 2026-06-30,
       sponsor: ana, methodology: [okr], x-region: EMEA}
units: [{id: hq, name: Headquarters, lead: ana}]
people:
  - {id: ana, name: Ana Lee, unit: hq, leader: true, skills: [finance, sales], objectives: [G1]}
goals:
  - id: G1   # planlint: ignore[uncascaded-goal] -- cascades next quarter
    title: "=Grow revenue"
    owner: ana
    due: 2026-12-31
    metrics:
      - {id: M1, title: ARR, unit: USD m, baseline: {value: 10, date: 2025-12-31},
         target: {value: 14, date: 2026-12-31}, targets: [{value: 12, date: 2026-06-30}],
         actuals: [{date: 2026-03-31, value: 11}, {date: 2026-06-30, text: slipped}],
         cadence: quarterly, x-dashboard: 7}
      - {id: M2, title: Rank, target: {text: top decile}, rating: at-risk}
      - {id: M3, title: ARR in EMEA, unit: USD m, breaks_down: M1,
         actuals: [{date: 2026-06-30, value: 4.5}]}
    x-cost-center: 4711
  - {id: G2, title: Keep customers, metrics: [M1], withheld: [actuals, owners]}
  - {id: G3, title: Launch the partner forum, parent: G1, rating: off-track,
     response: the venue fell through; a new one is booked for October,
     actuals: [{date: 2026-06-30, value: 0}]}
  - {id: G4, title: A successful conference, parent: G1,
     actuals: [{date: 2026-03-31, text: building success},
               {date: 2026-06-30, value: 1, response: moved to a larger venue}]}
initiatives:
  - {id: I1, title: "Portal, phase 1", supports: [G1, G2], owner: ana, status: active,
     start: 2026-01-01, end: 2026-09-30, rating: off-track,
     response: the vendor's second phase slipped; two contractors start in July,
     metrics: [{id: O1, title: Dealers signed up, unit: count, bound: at least,
                target: {value: 40}, actuals: [{date: 2026-06-30, score: 0.4,
                                                   response: two reps start in July}]}]}
budgets:
  - {id: B1, title: Portal build, amount: 250000, spent: 262000, funds: [I1],
     response: the vendor's second phase was brought forward}
  - {id: B2, title: Audit and overhead, amount: 40000, funds: all}
reviews:
  - {id: R1, title: Mid-year and year-end review, covers: [G1], dates: [2026-06-30, 2026-12-31]}
  - {id: R2, title: Customer review, cadence: monthly, covers: [G2], dates: [2026-01-31]}
waivers:
  - {rule: PL204, node: M2, reason: a rank has no unit}
"""


def same(first: Plan, second: Plan) -> None:
    """Two plans hold the same items, field for field, and the same plan fields."""
    assert first.info.model_dump() == second.info.model_dump()
    assert {item.id: (item.kind, item.model_dump()) for item in first.items} == \
        {item.id: (item.kind, item.model_dump()) for item in second.items}
    assert [waiver.model_dump() for waiver in first.waivers] == \
        [waiver.model_dump() for waiver in second.waivers]


def codes(cli: Run, path: str) -> list[tuple[str, str]]:
    result = cli("check", "--format", "json", "--exit-zero", path)
    return sorted((f["code"], f["node"]) for f in json.loads(result.output)["findings"])


def test_yaml_to_a_workbook_and_back_is_the_same_plan(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN)
    result = cli("convert", "plan.yaml", "-o", "plan.xlsx")
    assert result.exit_code == 0, result.output
    assert "wrote plan.xlsx" in result.output
    assert "its '# planlint: ignore' comments are written as waivers" in result.stderr
    assert cli("convert", "plan.xlsx", "-o", "back.yaml").exit_code == 0
    original, workbook = load_plan(tmp_path / "plan.yaml"), load_plan(tmp_path / "plan.xlsx")
    same(load_plan(tmp_path / "back.yaml"), workbook)
    assert {item.id: item.model_dump() for item in original.items} == \
        {item.id: item.model_dump() for item in workbook.items}
    assert workbook.get("G1").title == "=Grow revenue"  # type: ignore[union-attr]
    assert codes(cli, "plan.yaml") == codes(cli, "plan.xlsx") == codes(cli, "back.yaml")


def test_a_horizon_stated_as_a_length_or_in_words_survives_a_workbook(
        cli: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN.replace(
        "end: 2026-12-31}", "length: P36M, text: the lifetime of the next spending review}"))
    result = cli("convert", "plan.yaml", "-o", "plan.xlsx")
    assert result.exit_code == 0 and "horizon" not in result.stderr, result.output
    horizon = load_plan(tmp_path / "plan.xlsx").info.horizon
    assert horizon is not None and horizon.start == date(2026, 1, 1)
    assert (horizon.length, horizon.text) == ("P36M", "the lifetime of the next spending review")


@pytest.mark.parametrize("suffix", [".json", ".toml", ".yaml"])
def test_text_formats_carry_the_same_plan(cli: Run, tmp_path: Path, suffix: str) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN)
    assert cli("convert", "plan.yaml", "-o", f"out{suffix}").exit_code == 0
    original, converted = load_plan(tmp_path / "plan.yaml"), load_plan(tmp_path / f"out{suffix}")
    assert {item.id: item.model_dump() for item in original.items} == \
        {item.id: item.model_dump() for item in converted.items}
    assert codes(cli, "plan.yaml") == codes(cli, f"out{suffix}")


def test_a_workbook_to_yaml_and_back_is_the_same_plan(cli: Run, tmp_path: Path) -> None:
    okr_template(tmp_path / "okrs.xlsx")
    assert cli("convert", "okrs.xlsx", "-o", "okrs.yaml").exit_code == 0
    assert cli("convert", "okrs.yaml", "-o", "again.xlsx").exit_code == 0
    first, again = load_plan(tmp_path / "okrs.xlsx"), load_plan(tmp_path / "again.xlsx")
    same(first, load_plan(tmp_path / "okrs.yaml"))
    same(first, again)
    names = openpyxl.load_workbook(tmp_path / "again.xlsx").sheetnames
    assert names == ["People", "Goals", "Metrics"]


def test_the_example_converts_and_keeps_its_findings(cli: Run, tmp_path: Path) -> None:
    shutil.copytree(EXAMPLES, tmp_path / "chrysler")
    for name in ("enterprise", "units/mopar", "units/manufacturing"):
        assert cli("convert", f"chrysler/{name}.yaml", "-o", f"chrysler/{name}.xlsx"
                   ).exit_code == 0
    text = (tmp_path / "chrysler" / "enterprise.yaml").read_text()
    (tmp_path / "chrysler" / "mixed.yaml").write_text(
        text.replace("units/*.yaml", "units/*.xlsx"))
    args = ("check", "--format", "json", "--exit-zero", "--as-of", "2001-06-30")
    results = [json.loads(cli(*args, f"chrysler/{name}").output)["findings"]
               for name in ("enterprise.yaml", "enterprise.xlsx", "mixed.yaml")]
    keys = [sorted((f["code"], f["node"], f["message"]) for f in found) for found in results]
    assert keys[0] == keys[1] == keys[2] and len(keys[0]) == 10
    placed = {(f["file"], f["sheet"], f["cell"]) for f in results[2] if f["sheet"]}
    assert ("chrysler/units/mopar.xlsx", "Goals", "A3") in placed


DEFECTS = """\
planlint: 1
people: [{id: ana, name: Ana Lee}]
goals:
  - {id: G1, title: Grow, owner: nobody, priority: urgent, due: 31/12/2026, metrics: [M1]}
  - {id: G2, title: Keep, owner: ana, parent: G9, metrics: [M1]}
metrics:
  - {id: M1, title: ARR, cadence: every fortnight, owner: ana, unit: USD m,
     target: {value: 14, date: 2026-12-31}, baseline: {value: 10, date: 2025-12-31}}
initiatives:
  - {id: I1, title: Portal, owner: ana, supports: [G1], status: finished, team: [ghost]}
budgets: [{id: B1, amount: "$5M", funds: [I1]}]
"""


def test_each_finding_in_a_workbook_is_at_the_cell_of_its_field(cli: Run,
                                                                tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(DEFECTS)
    cli("convert", "plan.yaml", "-o", "plan.xlsx")
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    placed = set()
    for finding in planlint.lint(tmp_path / "plan.xlsx").findings:
        where, field = finding.location, (finding.field or "").split("/")[0]
        if where.cell is None or not field:
            continue
        sheet = book[where.sheet]
        section = layout.section_of(sheet.title)
        assert section is not None
        assert layout.column_of(section, sheet.cell(1, where.column).value) == field, \
            (finding.code, finding.node, field, where)
        assert where.line == next(row for row in range(2, sheet.max_row + 1)
                                  if sheet.cell(row, 1).value == finding.node)
        placed.add((finding.code, finding.node, field))
    assert placed >= {("PL002", "G1", "priority"), ("PL002", "G1", "due"),
                      ("PL005", "G1", "owner"), ("PL005", "G2", "parent"),
                      ("PL002", "M1", "cadence"), ("PL002", "I1", "status"),
                      ("PL005", "I1", "team"), ("PL002", "B1", "amount")}, placed
    assert codes(cli, "plan.yaml") == codes(cli, "plan.xlsx")


def test_a_cascade_of_okrs_converts_file_by_file(cli: Run, tmp_path: Path) -> None:
    """The OKR example: a company file including four department files, with inline
    suppression comments and a misspelt key that is read as meant."""
    shutil.copytree(REPOSITORY / "examples" / "okrs", tmp_path / "okrs")
    before = codes(cli, "okrs/company.yaml")
    company = tmp_path / "okrs" / "company.yaml"
    company.write_text(company.read_text().replace("departments/*.yaml",
                                                   "departments/*.xlsx"))
    for path in sorted((tmp_path / "okrs").rglob("*.yaml")):
        name = path.relative_to(tmp_path).as_posix()
        assert cli("convert", name, "-o", name[:-5] + ".xlsx").exit_code == 0
    after = codes(cli, "okrs/company.xlsx")
    assert [code for code in before if code not in after] == [("PL014", "CS-O2")]
    assert after == [code for code in before if code != ("PL014", "CS-O2")]


def test_the_workbook_is_in_the_documented_layout(tmp_path: Path, cli: Run) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN)
    cli("convert", "plan.yaml", "-o", "plan.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    assert workbook.sheetnames == ["Plan", "Units", "People", "Goals", "Metrics",
                                   "Initiatives", "Budgets", "Reviews", "Actuals", "Targets",
                                   "Waivers"]
    metrics = workbook["Metrics"]
    header = [cell.value for cell in metrics[1]]
    assert header[:5] == ["ID", "Title", "Unit", "Bound", "Baseline"]  # M1 measures two goals
    assert "Baseline date" in header and "x-dashboard" in header
    goals = workbook["Goals"]
    assert [cell.value for cell in goals[1]] == ["ID", "Title", "Owner", "Parent", "Due",
                                                  "Metrics", "Rating", "Response", "Withheld",
                                                  "Actual", "Actual date", "x-cost-center"]
    assert goals["F2"].value == "M1, M2, M3"
    breakdowns = [row[header.index("Breaks down")].value for row in metrics.iter_rows(min_row=2)]
    assert breakdowns == [None, None, "M1", None]  # M3 breaks down M1 (O1 is the last row)
    assert goals["I3"].value == "actuals, owners"  # what G2 keeps out of the workbook
    assert "on the Goals sheet" in goals["I1"].comment.text
    assert [goals["J4"].value, goals["K4"].value] == [0, "2026-06-30"]  # G3's verdict
    assert goals["G4"].value == "off-track" and goals["H4"].value.startswith("the venue")
    assert goals["B2"].data_type == "s" and goals["B2"].value == "=Grow revenue"
    assert metrics["A1"].comment is not None and "unique id" in metrics["A1"].comment.text
    plan = workbook["Plan"]
    assert [[cell.value for cell in row] for row in plan.iter_rows(max_row=3)] == [
        ["Field", "Value"], ["ID", "acme"], ["Title", "Acme"]]
    actuals = workbook["Actuals"]
    assert [cell.value for cell in actuals[1]] == ["Metric", "Date", "Value", "Text", "Score",
                                                   "Response"]
    assert [cell.value for cell in actuals[4]][::2] == ["M1", 11, None]
    assert [row[0].value for row in actuals.iter_rows(min_row=2)] == ["G4", "G4", "M1", "M1",
                                                                     "O1"]
    assert metrics.freeze_panes == "A2"
    reviews = workbook["Reviews"]
    assert [cell.value for cell in reviews[1]] == ["ID", "Title", "Cadence", "Covers", "Dates"]
    assert reviews["E2"].value == "2026-06-30, 2026-12-31"  # several dates in one cell


def test_a_goal_named_by_its_metrics_rows(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(
        "planlint: 1\ngoals:\n  - {id: G1, metrics: [{id: M1}, {id: M2}]}\n"
        "  - {id: G2, metrics: [M2, M1]}\n  - {id: G3, metrics: [{id: M3}]}\n")
    cli("convert", "plan.yaml", "-o", "plan.xlsx")
    metrics = openpyxl.load_workbook(tmp_path / "plan.xlsx")["Metrics"]
    assert [[cell.value for cell in row] for row in metrics.iter_rows()] == [
        ["ID", "Goal"], ["M1", None], ["M2", None], ["M3", "G3"]]
    same(load_plan(tmp_path / "plan.yaml"), load_plan(tmp_path / "plan.xlsx"))


def test_what_a_format_cannot_carry_is_noted(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(
        "planlint: 1\nx-owner: strategy team\ngoals: [{id: G1, tags: ['a, b']}]\n")
    result = cli("convert", "plan.yaml", "-o", "plan.xlsx")
    assert "note: the top-level key 'x-owner' has no place in a workbook" in result.stderr
    assert "holds a comma, semicolon or line break" in result.stderr
    (tmp_path / "null.yaml").write_text("planlint: 1\ngoals: [{id: G1, drives: [null]}]\n")
    assert "TOML has no null" in cli("convert", "null.yaml", "-o", "null.toml").stderr
    # a key with no value, at the top or within an item, was left out without a word
    (tmp_path / "empty.yaml").write_text(
        "planlint: 1\nplan: {id: P, owner: null}\ngoals: [{id: G1, owner: }, {id: G2, unit: }]\n")
    said = cli("convert", "empty.yaml", "-o", "empty.toml").stderr
    assert said.count("note: TOML has no null: keys with no value are left out") == 1
    # a target of .nan was written as NaN, which is no JSON, without a word
    (tmp_path / "nan.yaml").write_text("planlint: 1\nmetrics: [{id: M1, target: {value: .nan}}]\n")
    assert "JSON has no number for NaN" in cli("convert", "nan.yaml", "-o", "nan.json").stderr
    assert "JSON has no number" not in cli("convert", "null.yaml", "-o", "null.json").stderr


def test_numbers_a_cell_cannot_hold_are_written_as_text_and_noted(cli: Run,
                                                                  tmp_path: Path) -> None:
    # 10**400 was 'planlint failed: OverflowError'; .nan and .inf were left out, and a
    # number past 2**53 lost its last digits, all without a word
    (tmp_path / "plan.yaml").write_text(
        "planlint: 1\ngoals:\n  - {id: G1, title: Grow, x-nan: .nan, x-inf: -.inf, "
        f"x-huge: {10**400}, x-big: 12345678901234567891, x-fits: {2**53}}}\n")
    result = cli("convert", "plan.yaml", "-o", "plan.xlsx")
    assert result.exit_code == 0, result.output
    assert "a workbook has no number for NaN or infinity" in result.stderr
    assert "a whole number beyond 9,007,199,254,740,992 is written as text" in result.stderr
    [goal] = load_plan(tmp_path / "plan.xlsx").goals
    assert (goal.extra["x-nan"], goal.extra["x-inf"], goal.extra["x-huge"],
            goal.extra["x-big"], goal.extra["x-fits"]) == (
        "nan", "-inf", str(10**400), "12345678901234567891", 2**53)


@pytest.mark.parametrize("suffix", [".yaml", ".toml", ".json", ".xlsx"])
def test_text_no_file_can_hold_is_replaced_and_noted(cli: Run, tmp_path: Path,
                                                      suffix: str) -> None:
    # a lone surrogate was 'planlint failed: UnicodeEncodeError' (TOML, JSON) or an escape
    # YAML cannot read back; a NUL in a custom column's name 'IllegalCharacterError'
    (tmp_path / "plan.json").write_text(
        '{"planlint": 1, "goals": [{"id": "G1", "title": "lone \\ud800 half", '
        '"x-\\u0000key": "v"}]}')
    result = cli("convert", "plan.json", "-o", f"out{suffix}")
    assert result.exit_code == 0, result.output
    assert "a lone UTF-16 surrogate (such as \\ud800 in JSON), which a UTF-8 file cannot " \
           "hold, is written as U+FFFD" in result.stderr
    [goal] = load_plan(tmp_path / f"out{suffix}").goals
    assert goal.title == "lone \ufffd half"


def test_convert_refuses_what_it_cannot_do(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
    ods = cli("convert", "plan.yaml", "-o", "plan.ods")
    assert ods.exit_code == 2 and "planlint convert writes .json, .toml, .xlsx, .yaml, " \
                                  ".yml files, not .ods" in ods.output
    assert "is the file being converted" in cli("convert", "plan.yaml", "-o",
                                                "./plan.yaml").output
    (tmp_path / "broken.yaml").write_text("planlint: 1\ngoals: [\n")
    broken = cli("convert", "broken.yaml", "-o", "plan.json")
    assert broken.exit_code == 2 and "broken.yaml:" in broken.output
    book(tmp_path / "budget.xlsx", {"Budgets": [["B1", 5]]})
    unread = cli("convert", "budget.xlsx", "-o", "budget.yaml")
    assert unread.exit_code == 2 and "budget.xlsx:Budgets!A1: no row names" in unread.output


@pytest.mark.parametrize(("args", "says"), [
    # click said "Invalid value for 'SOURCE': File 'nope.yaml' does not exist."
    (("nope.yaml", "-o", "x.json"), "nope.yaml: no such file; name the plan file to "
                                    "convert, such as plan.yaml or okrs.xlsx"),
    ((), "name the plan file to convert and the file to write, such as 'planlint convert "
         "plan.yaml -o plan.xlsx'"),  # "Missing argument 'SOURCE'."
    (("plan.yaml",), "name the file to write with -o, its suffix the format: 'planlint "
                     "convert plan.yaml -o plan.xlsx'"),  # "Missing option '-o'"
    (("plans", "-o", "x.json"), "plans is a folder; planlint convert converts one plan "
                                "file: name a file in it, such as plans/plan.yaml"),
    (("gone.yaml", "-o", "x.json"), "gone.yaml is a link to nothing, not a plan file; name "
                                    "the plan file to convert"),
    (("-", "-o", "x.json"), "planlint convert reads a plan file, not standard input"),
    # click said "Invalid value for '-o' / '--output': File 'plans' is a directory."
    (("plan.yaml", "-o", "plans"), "--output plans is a folder; name the file to write in "
                                   "it, such as plans/plan.yaml"),
], ids=["missing", "no-source", "no-output", "folder", "dangling-link", "stdin",
        "output-folder"])
def test_a_source_that_is_missing_or_no_file_says_what_to_name(
        cli: Run, tmp_path: Path, args: tuple[str, ...], says: str) -> None:
    (tmp_path / "plan.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
    (tmp_path / "plans").mkdir()
    (tmp_path / "gone.yaml").symlink_to("nowhere.yaml")
    result = cli("convert", *args)
    assert result.exit_code == 2 and says in result.output, result.output
    assert "Invalid value" not in result.output and "Missing" not in result.output


def test_names_a_workbook_infers_are_written_as_items(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "unit.xlsx", {"Key Results": [
        ["Key result", "Objective", "Owner"], ["Sign 20 fleets", "G1", "Ana Lee"]]})
    result = cli("convert", "unit.xlsx", "-o", "unit.yaml")
    assert "ana-lee, named in cells but listed on no sheet, are written as items" \
        in result.stderr
    assert "the metrics KR2 name the goal G1, which this file does not define" in result.stderr
    assert "goals" not in (tmp_path / "unit.yaml").read_text()


def test_writing_a_workbook_without_openpyxl_says_how_to_get_it(
        cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    (tmp_path / "plan.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
    result = cli("convert", "plan.yaml", "-o", "plan.xlsx")
    assert result.exit_code == 2
    assert "writing an Excel workbook needs openpyxl; install it with pip install " \
           "'planlint[sheets]'" in result.output
    assert not (tmp_path / "plan.xlsx").exists()
    assert cli("init", "--template", "xlsx", "new").exit_code == 2


def test_init_writes_a_workbook_that_checks_clean(cli: Run, tmp_path: Path) -> None:
    result = cli("init", "--template", "xlsx", "starter")
    assert result.exit_code == 0 and "wrote starter/plan.xlsx" in result.output
    check = cli("check", "starter")
    assert check.exit_code == 0 and "No findings in 1 file" in check.output, check.output
    workbook = openpyxl.load_workbook(tmp_path / "starter" / "plan.xlsx")
    notes: dict[str, Any] = {cell.value: cell.comment.text for sheet in workbook
                             if sheet.title != "Plan" for cell in sheet[1] if cell.comment}
    assert "Owner" in notes and "Cadence" in notes and "Goal" in notes
    assert all(cell.comment for sheet in workbook if sheet.title != "Plan"
               for cell in sheet[1])
    assert workbook["Plan"]["A2"].comment is not None


def test_a_metric_of_no_goal_stays_of_no_goal_in_a_workbook(cli: Run, tmp_path: Path) -> None:
    """Its row once followed a row naming a goal, and a blank Goal cell below one that
    names a goal is that goal's (objectives written once): M2 came back measuring G1."""
    (tmp_path / "plan.yaml").write_text(
        "planlint: 1\ngoals: [{id: G1, title: Grow, metrics: [M1]}]\n"
        "metrics: [{id: M1, title: ARR}, {id: M2, title: Churn}]\n")
    assert cli("convert", "plan.yaml", "-o", "plan.xlsx").exit_code == 0
    original, workbook = load_plan(tmp_path / "plan.yaml"), load_plan(tmp_path / "plan.xlsx")
    same(original, workbook)
    assert workbook.get("G1").metrics == ("M1",)  # type: ignore[union-attr]


@pytest.mark.parametrize("title", ["NONE", "n/a", "TBD"])
def test_a_plan_title_that_reads_like_a_placeholder_survives_a_workbook(
        cli: Run, tmp_path: Path, title: str) -> None:
    """The Plan sheet's rows are fields by name, and a placeholder is blank only outside
    the fields of words: a plan titled ``NONE`` (a drawn plan found it) lost its title,
    while an as-of date of ``n/a`` is still no date."""
    (tmp_path / "plan.yaml").write_text(f"planlint: 1\nplan: {{id: p, title: '{title}'}}\n")
    assert cli("convert", "plan.yaml", "-o", "plan.xlsx").exit_code == 0
    assert load_plan(tmp_path / "plan.xlsx").info.title == title
    workbook = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    workbook["Plan"].append(["As of", "n/a"])
    workbook.save(tmp_path / "plan.xlsx")
    assert load_plan(tmp_path / "plan.xlsx").info.as_of is None


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=25, deadline=None)
@given(plans(), st.sampled_from([".xlsx", ".json", ".toml", ".yaml"]))
def test_any_drawn_plan_converts_to_the_same_plan(plan: dict[str, Any], suffix: str) -> None:
    """Every field the testing kit draws (a target's change, a goal's own actuals, a
    budget line's response, what the plan withholds) survives each format. A cell's
    text is read trimmed, and one that says there is nothing yet (``none``, ``-``) blank
    outside the fields of words, as spreadsheets.md says, so a workbook gets trimmed text
    that is no placeholder there; and it holds a number to 15 significant digits, as
    spreadsheet programs do."""
    if suffix == ".xlsx":
        assume(_trimmed(plan) and not _placeholder_outside_words(plan))
        plan = _to_15_digits(plan)
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
        written, _ = dump(plan, suffix)
        (folder / f"out{suffix}").write_bytes(written)
        original, converted = load_plan(folder / "plan.json"), load_plan(folder / f"out{suffix}")
        same(original, converted)
    finally:
        shutil.rmtree(folder)


def _trimmed(value: Any) -> bool:
    if isinstance(value, str):
        return value == value.strip()
    if isinstance(value, dict):
        return all(_trimmed(item) for item in value.values())
    return not isinstance(value, list) or all(_trimmed(item) for item in value)


def _placeholder_outside_words(value: Any, key: str = "") -> bool:
    """Whether a text the kit drew is a placeholder (a budget line's response ``none``)
    in a field a workbook reads as blank when it holds one."""
    if isinstance(value, str):
        return key not in _WORDS and value.strip().lower() in _PLACEHOLDERS
    if isinstance(value, dict):
        return any(_placeholder_outside_words(item, name) for name, item in value.items())
    return isinstance(value, list) and any(
        _placeholder_outside_words(item, key) for item in value)


def _to_15_digits(value: Any) -> Any:
    if isinstance(value, float):
        return float(f"{value:.15g}")
    if isinstance(value, dict):
        return {key: _to_15_digits(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_to_15_digits(item) for item in value]
    return value



def test_text_that_reads_like_a_workbook_escape_survives_a_workbook(
        cli: Run, tmp_path: Path) -> None:
    """A workbook reader reads ``_x0041_`` in a cell as ``A`` and ``_x000D_`` as a carriage
    return, so a title holding them literally came back as ``A literal and``; each is
    written escaped, as Excel does."""
    title = "_x0041_ literal and _x000D_"
    (tmp_path / "plan.yaml").write_text(
        f"planlint: 1\nplan: {{id: p, title: Plan}}\ngoals: [{{id: G1, title: '{title}',"
        " x-_x0042_: '_x005F_'}]\n")
    assert cli("convert", "plan.yaml", "-o", "plan.xlsx").exit_code == 0
    converted = load_plan(tmp_path / "plan.xlsx").get("G1")
    assert converted is not None and converted.title == title
    assert converted.model_dump()["extra"] == {"x-_x0042_": "_x005F_"}
