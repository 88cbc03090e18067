"""Plans in workbooks and CSV files: the documented layout, read as a user expects, and
every finding at the row of its item and the cell of its field."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import planlint
from planlint.api import load_plan
from planlint.model import Goal, Metric, Person
from tests.conftest import Run
from tests.sheets.books import book, okr_template

AS_OF = ("--as-of", "2026-06-30")


def found(cli: Run, *args: str) -> list[dict[str, Any]]:
    result = cli("check", "--format", "json", "--exit-zero", *AS_OF, *args)
    findings: list[dict[str, Any]] = json.loads(result.output)["findings"]
    return findings


def at(findings: list[dict[str, Any]], code: str) -> list[tuple[str | None, str | None]]:
    return [(finding["sheet"], finding["cell"]) for finding in findings
            if finding["code"] == code]


GOALS = [["ID", "Objective", "Owner", "Due date"],
         ["G1", "Grow revenue", "ana", date(2026, 12, 31)],
         ["G2", "Keep customers", "ana", "next quarter"]]
PEOPLE = [["ID", "Name"], ["ana", "Ana Lee"]]


def test_a_finding_points_at_the_sheet_and_cell(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "okrs.xlsx", {"Goals": GOALS, "People": PEOPLE,
                                  "KPIs": [["KPI", "Goal"], ["Revenue", "G2"]]})
    result = cli("check", *AS_OF, "--select", "PL002,PL201", "--quiet", "okrs.xlsx")
    assert "okrs.xlsx:Goals!D3: PL002 [error] goal G2: due should be a date, YYYY-MM-DD " \
           "(found 'next quarter')" in result.output
    assert "okrs.xlsx:Goals!A2: PL201 [error] goal G1 (Grow revenue) has no metric" \
        in result.output
    assert "KPI2" in {goal.metrics[0] for goal in load_plan(tmp_path / "okrs.xlsx").goals
                      if goal.metrics}
    finding = next(f for f in found(cli, "okrs.xlsx") if f["code"] == "PL002")
    assert (finding["sheet"], finding["cell"], finding["line"], finding["column"]) == \
        ("Goals", "D3", 3, 4)


def test_unknown_and_misspelt_columns_are_said_at_their_header(cli: Run,
                                                             tmp_path: Path) -> None:
    book(tmp_path / "okrs.xlsx", {"Goals": [
        ["ID", "Objective", "Ownr", "Confidence", "x-Cost-Center", "Progress"],
        ["G1", "Grow revenue", "ana", "high", 4711, None]], "People": PEOPLE})
    findings = found(cli, "okrs.xlsx")
    misspelt = next(f for f in findings if f["code"] == "PL014")
    assert (misspelt["sheet"], misspelt["cell"]) == ("Goals", "C1")
    assert "did you mean 'Owner'? This column is read as Owner here" in misspelt["message"]
    assert not at(findings, "PL101")  # read as meant: G1 has its owner
    assert at(findings, "PL003") == [("Goals", "D1"), ("Goals", "F1")]
    assert "custom columns start with 'x-' (x-confidence)" in \
        next(f for f in findings if f["code"] == "PL003")["message"]
    goal = load_plan(tmp_path / "okrs.xlsx").get("G1")
    assert goal is not None and goal.extra == {"x-Cost-Center": 4711}


def test_a_second_column_for_a_field_fills_its_blanks(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {"Goals": [
        ["Ownr", "ID", "Title", "Owner", "DRI", "Due"],
        ["bob", "G1", "Grow", "ana", "carl", "TBD"], ["bob", "G2", "Keep", None, None, "n/a"],
        [None, "G3", "Win", None, "carl", "-"]]})
    plan = load_plan(tmp_path / "plan.xlsx")
    assert [(goal.owner, goal.due) for goal in plan.goals] == [("ana", None), ("bob", None),
                                                               ("carl", None)]
    findings = found(cli, "plan.xlsx")
    assert at(findings, "PL014") == [("Goals", "A1")] and at(findings, "PL003") == [
        ("Goals", "E1")]
    assert "read where D is blank" in next(f for f in findings if f["code"] == "PL014")[
        "message"]
    assert not at(findings, "PL002")


def test_titles_above_the_header_blank_rows_and_totals(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {
        "Budgets": [["FY2026 budget"], [], ["Notes: in USD m"],
                    ["ID", "Line item", "Budget", "Funds"],
                    ["B1", "Portal", 2.5, "I1"], [], ["B2", "Hiring", "1,200", "I1"],
                    [None, "Total", "=SUM(C5:C7)"]],
        "Initiatives": [["ID", "Title", "Owner", "Supports"], ["I1", "Portal", "ana", "G1"]],
        "Goals": GOALS[:2], "People": PEOPLE}, merged={"Budgets": ["A1:D1"]})
    plan = load_plan(tmp_path / "plan.xlsx")
    assert [(budget.id, budget.amount) for budget in plan.budgets] == [("B1", 2.5),
                                                                        ("B2", 1200)]
    assert plan.budgets[1].location().cell == "A7"


def test_okr_template_reads_as_its_authors_meant(cli: Run, tmp_path: Path) -> None:
    okr_template(tmp_path / "okrs.xlsx")
    plan = load_plan(tmp_path / "okrs.xlsx")
    goals = {goal.title: goal for goal in plan.goals}
    first = goals["Become our customers' first choice"]
    assert first.id == "become-our-customers-first-choice"
    assert first.metrics == ("OKR4", "OKR5", "OKR6")
    assert goals["Grow recurring revenue"].metrics == ("OKR7", "OKR8")
    churn = plan.get("OKR5")
    assert isinstance(churn, Metric) and churn.unit == "%"
    assert churn.baseline is not None and churn.baseline.value == 3.5
    assert churn.target is not None and churn.target.value == 2
    assert churn.target.date == date(2025, 3, 31)
    assert churn.owner == "bob-smith"
    people = {person.id: person.name for person in plan.people}
    assert people == {"jane-doe": "Jane Doe", "bob-smith": "Bob Smith", "ana-lee": "Ana Lee"}
    findings = found(cli, "--as-of", "2025-02-15", "okrs.xlsx")
    sheet = "Q1 2025 OKRs"
    assert at(findings, "PL003") == [(sheet, "G3"), (sheet, "I3")]  # Progress, Status
    undated = next(f for f in findings if f["code"] == "PL002")
    assert (undated["sheet"], undated["cell"]) == (sheet, "F4")
    assert undated["message"].startswith("5 actuals have no date (F4, F5, F6 and 2 more)")
    assert {f["code"] for f in findings} >= {"PL101", "PL205"}
    assert not at(findings, "PL005") and not at(findings, "PL001")


def test_objective_rows_and_blank_objective_cells(tmp_path: Path) -> None:
    book(tmp_path / "okrs.xlsx", {"OKRs": [
        ["Objective", "Key result", "Owner", "Target", "Due"],
        ["Grow revenue", None, "Ana Lee", None, date(2026, 12, 31)],
        [None, "Increase ARR to 14", "Ana Lee", 14, date(2026, 12, 31)],
        [None, "Sign 20 customers", "Ana Lee", 20, date(2026, 9, 30)],
        ["Keep customers", "Churn below 2%", None, 0.02, None]]},
        formats={"OKRs": {"D5": "0%"}})
    plan = load_plan(tmp_path / "okrs.xlsx")
    goal = plan.get("grow-revenue")
    assert isinstance(goal, Goal) and goal.metrics == ("OKR3", "OKR4")
    assert goal.owner == "ana-lee" and goal.due == date(2026, 12, 31)
    other = plan.get("keep-customers")
    assert isinstance(other, Goal) and other.metrics == ("OKR5",)


def test_a_blank_objective_cell_is_blank_where_each_row_names_its_own(tmp_path: Path) -> None:
    book(tmp_path / "kpis.xlsx", {"KPIs": [
        ["KPI", "Goal"], ["Revenue", "Grow"], ["Profit", "Grow"], ["Headcount", None]]})
    plan = load_plan(tmp_path / "kpis.xlsx")
    assert plan.get("grow").metrics == ("KPI2", "KPI3")  # type: ignore[union-attr]


def test_references_by_title_and_name(tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {
        "People": [["Name", "Role"], ["Ana Lee", "CEO"]],
        "Goals": [["ID", "Title", "Owner", "Parent"], ["G1", "Grow revenue", "ana lee", None],
                  ["G2", "Win the mid-market", "Ana Lee", "Grow Revenue"]],
        "Initiatives": [["Title", "Supports", "Owner"],
                        ["Partner portal", "Grow revenue; G2", "P2"]]})
    plan = load_plan(tmp_path / "plan.xlsx")
    assert [person.id for person in plan.people] == ["P2"]
    assert plan.get("G1").owner == "P2"  # type: ignore[union-attr]
    assert plan.get("G2").parent == "G1"  # type: ignore[union-attr]
    assert plan.initiatives[0].id == "I2" and plan.initiatives[0].supports == ("G1", "G2")


def test_ids_that_are_no_text_are_findings_at_their_cell(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {"Goals": [
        ["ID", "Title"], [7, "A number"], [date(2026, 1, 1), "A date"], [True, "A truth"],
        [2.5, "A fraction"], ["=1/0", "A formula"]]})
    findings = found(cli, "plan.xlsx")
    assert sorted(f["cell"] for f in findings if f["code"] == "PL002") == ["A4", "A6", "A6"]
    assert {goal.id for goal in load_plan(tmp_path / "plan.xlsx").goals} == {
        "7", "2026-01-01", "2.5"}


def test_the_plan_sheet_dates_actuals_and_states_the_plan(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {
        "Plan": [["Our plan"], [], ["Field", "Value"], ["ID", "acme-2026"],
                 ["Vision", "Be first"], ["Start", date(2026, 1, 1)], ["End", date(2026, 12, 31)],
                 ["As of", date(2026, 6, 30)], ["Sponsor", "Ana Lee"], ["Methodology", "okr"],
                 ["Colour", "blue"]],
        "People": PEOPLE,
        "Key Results": [["ID", "Key result", "Owner", "Baseline", "Target", "Current"],
                        ["KR1", "ARR", "ana", 10, 14, 12]]})
    plan = load_plan(tmp_path / "plan.xlsx")
    assert plan.id == "acme-2026" and plan.info.sponsor == "ana"
    assert plan.info.horizon is not None and plan.info.horizon.end == date(2026, 12, 31)
    assert plan.info.methodology == ("okr",) and plan.as_of == date(2026, 6, 30)
    metric = plan.get("KR1")
    assert isinstance(metric, Metric) and metric.actuals[0].date == date(2026, 6, 30)
    assert at(found(cli, "plan.xlsx"), "PL003") == [("Plan", "A11")]


def test_the_plan_sheet_names_joint_sponsors_by_name(tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {
        "Plan": [["Field", "Value"], ["ID", "green-2030"], ["Sponsor", "Ana Lee"],
                 ["Co-sponsors", "Ministry of Trade, mot"]],
        "People": PEOPLE,
        "Units": [["ID", "Name"], ["mti", "Ministry of Trade"], ["mot", "Ministry of Transport"]]})
    assert load_plan(tmp_path / "plan.xlsx").info.co_sponsors == ("mti", "mot")


def test_a_key_result_names_its_co_owners(tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {
        "People": [*PEOPLE, ["bo", "Bo Chen"], ["cy", "Cy Diaz"]],
        "Key Results": [["ID", "Key result", "Owner", "Joint owners"],
                        ["KR1", "Ship the parser", "ana", "Bo Chen, cy"]]})
    metric = load_plan(tmp_path / "plan.xlsx").get("KR1")
    assert isinstance(metric, Metric) and metric.owner == "ana"
    assert metric.co_owners == ("bo", "cy")


def test_readings_interim_targets_and_waivers(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {
        "Metrics": [["ID", "Title", "Target", "Target date"], ["M1", "ARR", 14,
                                                               date(2026, 12, 31)]],
        "Actuals": [["Metric", "Date", "Value", "Grade", "Reason for deviation"],
                    ["M1", date(2026, 3, 31), 11, None, "-"],
                    ["ARR", date(2026, 6, 30), 12, 0.6, "Hiring froze; two reps start in July"],
                    ["M9", date(2026, 6, 30), 1]],
        "Targets": [["Metric", "By", "Target"], ["M1", date(2026, 6, 30), 12]],
        "Waivers": [["Rule", "Item", "Reason"], ["orphan-metric", "M1", "being linked"]]})
    plan = load_plan(tmp_path / "plan.xlsx")
    metric = plan.get("M1")
    assert isinstance(metric, Metric)
    assert [(a.date, a.value, a.score, a.response) for a in metric.actuals] == [
        (date(2026, 3, 31), 11, None, None),
        (date(2026, 6, 30), 12, 0.6, "Hiring froze; two reps start in July")]
    assert [(t.date, t.value) for t in metric.targets] == [(date(2026, 6, 30), 12)]
    findings = found(cli, "plan.xlsx")
    assert at(findings, "PL005") == [("Actuals", "A4")]
    assert not at(findings, "PL301") and not any(
        f["code"] == "PL302" and f["node"] == "M1" for f in findings)


def test_a_sheet_without_a_header_is_unread_and_holds_back_plan_wide_rules(
        cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {"Goals": GOALS, "Budgets": [["B1", 100, "I1"]]})
    result = cli("check", *AS_OF, "plan.xlsx")
    assert "plan.xlsx:Budgets!A1: PL001 [error] no row names the columns of budgets" \
        in result.output
    assert "PL309" not in result.output  # no-budget: the budgets were not read
    assert "could not be read" in result.output


def test_hidden_sheets_and_sheets_of_other_purposes_are_left_alone(tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {"Goals": GOALS[:2], "Goals (2024)": GOALS,
                                  "Dashboard": [["chart"]], "Lookups": [["x"]]},
         hidden=["Goals (2024)"])
    assert [goal.id for goal in load_plan(tmp_path / "plan.xlsx").goals] == ["G1"]


def test_a_misspelt_sheet_is_read_as_meant(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plan.xlsx", {"Goals": GOALS[:2], "Inititives": [
        ["ID", "Title", "Supports"], ["I1", "Portal", "G1"]]})
    finding = next(f for f in found(cli, "plan.xlsx") if f["code"] == "PL014")
    assert (finding["sheet"], finding["cell"]) == ("Inititives", "A1")
    assert "did you mean 'Initiatives'?" in finding["message"]
    assert [i.id for i in load_plan(tmp_path / "plan.xlsx").initiatives] == ["I1"]


def test_error_cells_and_unsaved_formulas(cli: Run, tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book(path, {"Metrics": [["ID", "Title", "Target", "Baseline"], ["M1", "ARR", "=2*7", 10],
                            ["M2", "NPS", "=1/0", 30]]})
    findings = found(cli, "plan.xlsx")
    assert at(findings, "PL002") == [("Metrics", "C2")]
    assert "2 formula cells have no saved value (C2, C3)" in \
        next(f for f in findings if f["code"] == "PL002")["message"]


def test_a_workbook_with_no_section_sheet(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "data.xlsx", {"Sheet1": [["a"]]})
    result = cli("check", "data.xlsx")
    assert result.exit_code == 1
    assert "data.xlsx: PL001 [error] no visible sheet is named after a section (the " \
           "sheets: 'Sheet1'); name them Plan, Goals, Key Results" in result.output


def test_folders_take_workbooks_with_a_section_sheet(cli: Run, tmp_path: Path) -> None:
    book(tmp_path / "plans" / "unit.xlsx", {"Goals": GOALS[:2]})
    book(tmp_path / "plans" / "numbers.xlsx", {"Sheet1": [["a"]], "Plan": [["ID", "x"]]})
    (tmp_path / "plans" / "~$unit.xlsx").write_bytes(b"\x00owner")
    (tmp_path / "plans" / "export.csv").write_text("a,b\n")
    result = cli("check", "--format", "json", "--exit-zero", "plans")
    summary = json.loads(result.output)["summary"]
    assert summary["files"] == 1
    assert sorted(summary["skipped"]) == ["plans/export.csv", "plans/numbers.xlsx",
                                          "plans/~$unit.xlsx"]


def test_a_folder_of_csv_files_is_one_workbook(cli: Run, tmp_path: Path) -> None:
    folder = tmp_path / "plan"
    folder.mkdir()
    (folder / "goals.csv").write_text("ID,Objective,Owner,Due date\n"
                                      "G1,Grow revenue,Jane Doe,2026-12-31\n"
                                      "G2,Keep customers,Bob,31/12/2026\n")
    (folder / "key-results.csv").write_text(
        "ID;Key result;Objective;Owner;Target;Target date;Unit\n"
        "M1;ARR;G1;Jane Doe;1,200;2026-12-31;USD m\n"
        "M2;Retention;Keep customers;Bob;90%;2026-12-31;\n")
    (folder / "people.csv").write_text("Name,Role\nJane Doe,CEO\nBob,COO\n")
    plan = load_plan(folder)
    assert {goal.id: goal.metrics for goal in plan.goals} == {"G1": ("M1",), "G2": ("M2",)}
    assert {goal.owner for goal in plan.goals} == {"P2", "P3"}
    retention = plan.get("M2")
    assert isinstance(retention, Metric) and retention.target is not None
    assert (retention.target.value, retention.unit) == (90, "%")
    assert plan.get("M1").target.value == 1200  # type: ignore[union-attr]
    finding = next(f for f in found(cli, "plan") if f["code"] == "PL002")
    assert (finding["file"], finding["sheet"], finding["cell"]) == ("plan/goals.csv", None,
                                                                    "D3")
    assert "write 2026-12-31" in finding["message"]
    alone = cli("check", *AS_OF, "--quiet", "--select", "PL002", "plan/goals.csv")
    assert "plan/goals.csv:D3: PL002" in alone.output


def test_a_csv_file_named_after_no_section(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "objectivs.csv").write_text("ID,Title\nG1,Grow\n")
    (tmp_path / "export.csv").write_text("ID,Title\nG1,Grow\n")
    assert "did you mean 'Goals'?" in cli("check", "objectivs.csv").output
    assert "a CSV file holds one section and is named after it" in \
        cli("check", "export.csv").output


def test_a_yaml_plan_includes_unit_workbooks(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "enterprise.yaml").write_text(
        "planlint: 1\ninclude: [units/*.xlsx]\n"
        "people: [{id: ana, name: Ana Lee}]\n"
        "goals: [{id: G1, title: Grow revenue, owner: ana, metrics: [M0]}]\n"
        "metrics: [{id: M0, title: Revenue}]\n")
    book(tmp_path / "units" / "sales.xlsx", {
        "Objectives": [["ID", "Objective", "Parent", "Owner"],
                       ["S1", "Win the mid-market", "G1", "ana"]],
        "Key Results": [["ID", "Key result", "Objective"], ["SK1", "Sign 20 fleets", "S1"],
                        ["SK2", "Revenue from partners", "G1"],
                        ["SK3", "Unknown goal", "G9"], ["SK4", "A person's", "ana"]]})
    plan = load_plan(tmp_path / "enterprise.yaml")
    assert plan.get("G1").metrics == ("M0", "SK2")  # type: ignore[union-attr]
    assert plan.get("S1").parent == "G1"  # type: ignore[union-attr]
    assert [person.id for person in plan.people] == ["ana"]
    findings = found(cli, "enterprise.yaml")
    assert at(findings, "PL005") == [("Key Results", "C4"), ("Key Results", "C5")]
    assert any("which is a person; name a goal" in f["message"] for f in findings)
    assert not at(findings, "PL004")


def test_a_name_another_file_defines_is_that_item(tmp_path: Path) -> None:
    (tmp_path / "enterprise.yaml").write_text(
        "planlint: 1\ninclude: [unit.xlsx]\npeople: [{id: jane-doe, name: Jane Doe, "
        "role: CEO}]\n")
    book(tmp_path / "unit.xlsx", {"Goals": [["ID", "Title", "Owner"],
                                            ["G1", "Grow", "Jane Doe"]]})
    plan = load_plan(tmp_path / "enterprise.yaml")
    person = plan.get("jane-doe")
    assert isinstance(person, Person) and person.role == "CEO" and len(plan.people) == 1


@pytest.mark.parametrize("name", ["plan.xlsx", "units/plan.xlsm"])
def test_standard_input_takes_a_workbook(cli: Run, tmp_path: Path, name: str) -> None:
    path = book(tmp_path / "source.xlsx", {"Goals": GOALS})
    result = cli("check", *AS_OF, "-", "--stdin-filename", name, "--quiet", "--select",
                 "PL002", input=path.read_bytes())
    assert f"{name}:Goals!D3: PL002" in result.output


def test_the_api_reads_a_workbook(tmp_path: Path) -> None:
    report = planlint.lint(book(tmp_path / "plan.xlsx", {"Goals": GOALS, "People": PEOPLE}),
                           as_of=date(2026, 6, 30))
    invalid = next(finding for finding in report.findings if finding.code == "PL002")
    assert str(invalid.location) == "plan.xlsx:Goals!D3" or \
        str(invalid.location).endswith("plan.xlsx:Goals!D3")
    assert invalid.to_dict()["cell"] == "D3" and invalid.node == "G2"


def test_a_budget_line_states_its_variance_explanation(tmp_path: Path) -> None:
    """A results report's explanation of a line's variance is the line's ``response``
    (the writer heads its column ``Response``: see tests/sheets/test_convert.py)."""
    book(tmp_path / "plan.xlsx", {
        "Budgets": [["ID", "Budget line", "Budget", "Spend", "Variance explanation"],
                    ["B1", "Macroeconomic accounts", 100, 103, "A realignment of programs"],
                    ["B2", "Censuses", 100, 90, None]]})
    plan = load_plan(tmp_path / "plan.xlsx")
    assert [budget.response for budget in plan.budgets] == ["A realignment of programs", None]
