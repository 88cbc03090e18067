"""Workbooks saved by LibreOffice (headless): an OpenDocument spreadsheet, and an Excel
workbook with shared strings and the values its formulas calculated."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planlint.api import load_plan
from planlint.model import Metric
from tests.conftest import Run
from tests.sheets.books import book

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install "
                            "libreoffice-calc-nogui to test workbooks it saves")


def saved_by_libreoffice(source: Path, suffix: str) -> Path:
    """``source`` opened and saved by LibreOffice as ``suffix`` (formulas calculated)."""
    assert SOFFICE is not None
    target = source.parent / "saved"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{source.parent}/profile",
                    "--headless", "--convert-to", suffix[1:], "--outdir", str(target),
                    str(source)], check=True, capture_output=True, timeout=180)
    saved = target / f"{source.stem}{suffix}"
    assert saved.exists()
    return saved


def findings(cli: Run, path: str) -> list[tuple[str, str, str | None, str | None]]:
    result = cli("check", "--format", "json", "--exit-zero", "--as-of", "2026-06-30", path)
    found: list[dict[str, Any]] = json.loads(result.output)["findings"]
    return sorted((f["code"], f["node"], f["sheet"], f["cell"]) for f in found)


PLAN = {"Goals": [["ID", "Objective", "Owner", "Due"], ["G1", "Grow revenue", "Ana Lee",
                                                        date(2026, 12, 31)],
                  ["G2", "Keep customers", "Ana Lee", "next quarter"]],
        "Key Results": [["ID", "Key result", "Objective", "Target", "Baseline", "Unit"],
                        ["KR1", "ARR", "G1", "=2*7", 10, "USD m"],
                        ["KR2", "Churn", "Keep customers", 0.02, 0.035, None]]}


def test_an_ods_saved_by_libreoffice(cli: Run, tmp_path: Path) -> None:
    source = book(tmp_path / "plan.xlsx", PLAN,
                  formats={"Key Results": {"D3": "0%", "E3": "0.0%"}})
    ods = saved_by_libreoffice(source, ".ods")
    plan = load_plan(ods)
    arr, churn = plan.get("KR1"), plan.get("KR2")
    assert isinstance(arr, Metric) and arr.target is not None and arr.target.value == 14
    assert isinstance(churn, Metric) and churn.unit == "%"
    assert churn.baseline is not None and churn.baseline.value == 3.5
    assert plan.get("G2").metrics == ("KR2",)  # type: ignore[union-attr]
    found = findings(cli, "saved/plan.ods")
    assert ("PL002", "G2", "Goals", "D3") in found
    shutil.copy(ods, tmp_path / "again.ods")
    assert cli("convert", "again.ods", "-o", "again.xlsx").exit_code == 0
    assert [f[:2] for f in findings(cli, "again.xlsx")] == [f[:2] for f in found]


def test_an_xlsx_saved_by_libreoffice_keeps_calculated_values(tmp_path: Path) -> None:
    source = book(tmp_path / "plan.xlsx", PLAN)
    plan = load_plan(saved_by_libreoffice(source, ".xlsx"))
    arr = plan.get("KR1")
    assert isinstance(arr, Metric) and arr.target is not None and arr.target.value == 14
    assert plan.get("G1").due == date(2026, 12, 31)  # type: ignore[union-attr]


def test_a_csv_converted_to_ods(cli: Run, tmp_path: Path) -> None:
    csv = tmp_path / "goals.csv"
    csv.write_text("ID,Objective,Due date\nG1,Grow revenue,2026-12-31\nG2,Keep,someday\n")
    ods = saved_by_libreoffice(csv, ".ods")
    found = findings(cli, "saved/goals.ods")
    assert ("PL002", "G2", "goals", "C3") in found
    assert [(code, node, cell) for code, node, _, cell in found] == \
        [(code, node, cell) for code, node, _, cell in findings(cli, "goals.csv")]
    assert {goal.id for goal in load_plan(ods).goals} == {"G1", "G2"}
