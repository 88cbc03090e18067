"""The layout's vocabulary: each name means one thing, and every column is explained."""

from __future__ import annotations

import pytest

from planlint import layout
from planlint.loaders.sheets import _Reader


def test_every_synonym_names_one_field_of_its_section() -> None:
    for section, names in layout.COLUMNS.items():
        fields = layout.fields(section)
        meanings: dict[str, str] = {}
        for key, synonyms in names.items():
            assert key in fields, (section, key)
            for name in synonyms:
                assert meanings.setdefault(layout.word(name), key) == key, (section, name)


def test_every_sheet_name_names_one_section() -> None:
    seen: dict[str, str] = {}
    for section, names in layout.SHEETS.items():
        for name in names:
            assert seen.setdefault(layout.word(name), section) == section, name


def test_every_column_written_is_explained() -> None:
    for section in layout.SHEETS:
        assert set(layout.fields(section)) <= set(layout.NOTES), section


@pytest.mark.parametrize(("sheet", "section"), [
    ("Goals", "goals"), ("OBJECTIVES", "goals"), ("Key Results", "metrics"),
    ("key-results", "metrics"), ("Q1 2025 OKRs", "metrics"), ("KPIs FY26", "metrics"),
    ("Risks", "assumptions"), ("Teams", "units"), ("Plan", "plan"), ("Check-ins", "actuals"),
    ("Dashboard", None), ("Goals (old)", None), ("Sheet1", None)])
def test_sheet_names(sheet: str, section: str | None) -> None:
    assert layout.section_of(sheet) == section


@pytest.mark.parametrize(("sheet", "meant"), [
    ("Inititives", "initiatives"), ("Metircs", "metrics"), ("Peple", "people"),
    ("Lists", None), ("Notes", None), ("Options", None), ("Reports", None)])
def test_near_misses_of_sheet_names(sheet: str, meant: str | None) -> None:
    assert layout.near_section(sheet) == meant


@pytest.mark.parametrize(("header", "field"), [
    ("Due date", "target_date"), ("DRI", "owner"), ("Objective", "goal"), ("#", "id"),
    ("Owner(s)", "owner"), ("Start value", "baseline"), ("Current", "actual"),
    ("UoM", "unit"), ("Frequency", "cadence"), ("Target type", "bound"),
    ("Breakdown of", "breaks_down"), ("Component of", "breaks_down")])
def test_columns_of_key_results(header: str, field: str) -> None:
    assert layout.column_of("metrics", header) == field


@pytest.mark.parametrize(("header", "meant"), [
    ("Ownr", "owner"), ("Traget", "target"), ("Key Reslts", "title"), ("Cadance", "cadence"),
    ("Status", None), ("Progress", None), ("Score", None), ("Confidence", None),
    ("Health", None), ("Weight", None)])
def test_near_misses_of_column_names(header: str, meant: str | None) -> None:
    assert _Reader.meant("metrics", header) == meant


def test_ids_made_for_rows() -> None:
    assert [layout.initials(name) for name in ("Key Results", "Q1 2025 OKRs", "Objectives",
                                               "KPIs", "key-results", "2025")] == \
        ["KR", "OKR", "O", "KPI", "KR", "R"]
    assert layout.slug("Jane  O'Doe") == "jane-o-doe"
    assert layout.slug("Become the market leader in every region we serve today") == \
        "become-the-market-leader-in-every"
    assert layout.heading("reporting_lag") == "Reporting lag"
    assert layout.heading("x-cost-center") == "x-cost-center"
