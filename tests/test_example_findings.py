"""On the bundled example, the capability to formulation rules find exactly the real gaps."""

from __future__ import annotations

from datetime import date

from planlint.api import lint
from planlint.commands import EXAMPLE

LATER_CATEGORIES = ("capability", "performance", "change", "monitoring", "formulation")


def _found(as_of: date | None = None) -> set[tuple[str, str]]:
    report = lint(EXAMPLE, as_of=as_of)
    return {(f.code, f.node) for f in report.findings if f.category in LATER_CATEGORIES}


def test_findings_at_the_plans_own_date() -> None:
    assert _found() == {
        ("PL601", "MP2"),  # Haddad owns the fill-rate goal, his objectives hold only MP1
        ("PL806", "MP-M1"),  # Mopar profit made 47% of the progress expected by May
        ("PL809", "MP-M1"),  # ... and no initiative works on Mopar's profit goal
        ("PL807", "I4"),  # the campus renovation was to start in January, still planned
    }


def test_time_moves_on_without_new_data() -> None:
    found = _found(date(2002, 3, 31))
    assert ("PL804", "R1") in found  # the monthly review last met in June 2001
    assert {("PL807", "I2"), ("PL807", "I3")} <= found  # ended in 2001, still active
    assert ("PL905", "A1") in found  # still testing after its check-by date
    assert {code for code, node in found if node == "M5"} == {"PL805"}  # no survey yet
