"""The built-in rule catalogue, registered through the same hook a third party uses."""

from __future__ import annotations

from types import ModuleType

from planlint.hookspecs import hookimpl
from planlint.ruledef import Rule

from . import (
    alignment,
    capability,
    change,
    communication,
    formulation,
    leadership,
    metrics,
    monitoring,
    performance,
    structure,
)

CATALOGUE: tuple[ModuleType, ...] = (structure, leadership, metrics, alignment, communication,
                                     capability, performance, change, monitoring, formulation)


def rules_in(module: ModuleType) -> list[Rule]:
    """The rules a module defines, by code."""
    return sorted((value for value in vars(module).values() if isinstance(value, Rule)),
                  key=lambda rule: rule.code)


@hookimpl
def planlint_rules() -> list[Rule]:
    return [rule for module in CATALOGUE for rule in rules_in(module)]
