"""The built-in rule catalogue, registered through the same hook a third party uses."""

from __future__ import annotations

from types import ModuleType

from planlint.hookspecs import hookimpl
from planlint.ruledef import Rule, rules_in

from . import (
    alignment,
    baselines,
    cadence,
    capability,
    change,
    communication,
    formulation,
    leadership,
    metrics,
    monitoring,
    off_track,
    performance,
    reviews,
    revisions,
    sources,
    staleness,
    structure,
    targets,
    units,
    unmeasured,
)

CATALOGUE: tuple[ModuleType, ...] = (structure, leadership, unmeasured, targets, baselines,
                                     units, cadence, metrics, sources, alignment,
                                     communication, capability, performance, change,
                                     revisions, reviews, staleness, off_track, monitoring,
                                     formulation)


__all__ = ["CATALOGUE", "planlint_rules", "rules_in"]


@hookimpl
def planlint_rules() -> list[Rule]:
    """The catalogue's rules in the order of their codes, whichever module holds each."""
    return sorted((rule for module in CATALOGUE for rule in rules_in(module)),
                  key=lambda rule: rule.code)
