"""A plugin whose rules catch every stop the engine sends them; used by
test_plugin_faults. Events order the rules across the threads they run on."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import planlint
from planlint.finding import Finding

LATER_RULE_STARTED = threading.Event()
LATE_FINDING_MADE = threading.Event()


@planlint.rule(code="SWALLOW001", name="swallows-every-stop", category="structure",
               severity="error")
def swallows_every_stop(plan: Any) -> Iterator[Finding]:
    """Catches everything in a loop with no end."""
    while True:
        try:
            time.sleep(0.01)
        except BaseException:  # the fault under test
            continue
    yield plan.finding("never")


@planlint.rule(code="SWALLOW002", name="swallows-then-reports", category="structure",
               severity="error")
def swallows_then_reports(plan: Any) -> Iterator[Finding]:
    """Catches every stop until the run has moved on to a later rule, then reports."""
    while not LATER_RULE_STARTED.is_set():
        try:
            time.sleep(0.01)
        except BaseException:  # the fault under test
            continue
    LATE_FINDING_MADE.set()
    yield plan.finding("a finding made after the run stopped waiting")


@planlint.rule(code="SWALLOW003", name="runs-after", category="structure", severity="error")
def runs_after(plan: Any) -> Iterator[Finding]:
    """Runs once the rules before it were left behind, and gives the one before it time
    to add its late finding."""
    LATER_RULE_STARTED.set()
    if LATE_FINDING_MADE.wait(0.5):
        time.sleep(0.2)
    yield plan.finding("the rule after them ran")


@planlint.hookimpl
def planlint_rules() -> list[Any]:
    return [swallows_every_stop, swallows_then_reports, runs_after]
