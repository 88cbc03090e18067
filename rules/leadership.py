"""PL1 leadership: every part of the strategy has a person who answers for it."""

from __future__ import annotations

from collections.abc import Iterator

from planlint.finding import Finding
from planlint.plan import Plan
from planlint.ruledef import rule

_FINISHED = ("done", "cancelled")


@rule(code="PL102", name="unowned-initiative", category="leadership", severity="error",
      fails="planlint: 1\ninitiatives:\n  - {id: I1, title: Platform consolidation}\n",
      passes="planlint: 1\npeople: [{id: zetsche}]\ninitiatives:\n"
             "  - {id: I1, title: Platform consolidation, owner: zetsche}\n")
def unowned_initiative(plan: Plan) -> Iterator[Finding]:
    """An initiative that is not done or cancelled has no owner.

    Initiatives are where strategy turns into work. Without one person accountable for
    delivering it, an initiative competes with daily pressures and loses: leadership
    without ownership is the first reason strategies fail in execution. Finished and
    cancelled initiatives are left alone.
    """
    for initiative in plan.initiatives:
        if initiative.owner is None and initiative.status not in _FINISHED:
            yield initiative.finding(
                f"{initiative.describe()} has no owner; name the "
                "person accountable for delivering it under owner")
