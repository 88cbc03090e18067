"""A plugin whose rules misbehave in every way a rule can; used by test_plugin_faults."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import planlint
from planlint.finding import Finding, Location


@planlint.rule(code="BAD001", name="raises", category="structure", severity="error")
def raises(plan: Any) -> Iterator[Finding]:
    """Raises."""
    raise KeyError("boom")


@planlint.rule(code="BAD002", name="returns-number", category="structure", severity="error")
def returns_number(plan: Any) -> Any:
    """Returns a number."""
    return 42


@planlint.rule(code="BAD003", name="yields-text", category="structure", severity="error")
def yields_text(plan: Any) -> Iterator[Any]:
    """Yields text."""
    yield "not a finding"


@planlint.rule(code="BAD004", name="no-location", category="structure", severity="error")
def no_location(plan: Any) -> Iterator[Finding]:
    """Yields a finding placed nowhere."""
    yield Finding(message="somewhere", node="x", kind="goal", location=Location(""))


@planlint.rule(code="BAD005", name="spins", category="structure", severity="error")
def spins(plan: Any) -> Iterator[Finding]:
    """Loops without yielding."""
    while True:
        try:
            time.sleep(0.01)
        except Exception:
            continue


@planlint.rule(code="BAD006", name="floods", category="structure", severity="error")
def floods(plan: Any) -> Iterator[Finding]:
    """Yields findings forever."""
    while True:
        yield plan.finding("again")


@planlint.rule(code="BAD007", name="exits", category="structure", severity="error")
def exits(plan: Any) -> Iterator[Finding]:
    """Calls sys.exit."""
    raise SystemExit(3)


class Escapes(BaseException):
    """Not an Exception: what a careless plugin might raise."""


class UnprintableError(Exception):
    def __str__(self) -> str:
        raise RuntimeError("cannot say")


@planlint.rule(code="BAD008", name="raises-base-exception", category="structure",
               severity="error")
def raises_base_exception(plan: Any) -> Iterator[Finding]:
    """Raises a BaseException subclass."""
    raise Escapes("out")


@planlint.rule(code="BAD009", name="raises-unprintable", category="structure",
               severity="error")
def raises_unprintable(plan: Any) -> Iterator[Finding]:
    """Raises an exception that cannot be turned into text."""
    raise UnprintableError


@planlint.rule(code="BAD010", name="no-node", category="structure", severity="error")
def no_node(plan: Any) -> Iterator[Finding]:
    """Yields a finding about no item."""
    yield Finding(message="about nothing", node=None, kind="goal",  # type: ignore[arg-type]
                  location=Location("plan.yaml", 1, 1))


@planlint.rule(code="BAD011", name="swallows-each-stop", category="structure",
               severity="error")
def swallows_each_stop(plan: Any) -> Iterator[Finding]:
    """Catches everything around each step of a long loop (a bare except)."""
    for _ in range(4):
        try:
            time.sleep(60)
        except BaseException:  # the fault under test
            continue
    yield plan.finding("finished at last")


@planlint.rule(code="GOOD001", name="still-runs", category="structure", severity="error")
def still_runs(plan: Any) -> Iterator[Finding]:
    """Always finds one thing."""
    yield plan.finding("the good rule ran")


@planlint.hookimpl
def planlint_rules() -> list[Any]:
    return [raises, returns_number, yields_text, no_location, spins, floods, exits,
            raises_base_exception, raises_unprintable, no_node, swallows_each_stop, still_runs]
