"""Balanced Scorecard rules for planlint (BSC001-BSC005), installed as a plugin.

Registered through the ``planlint`` entry point group like any third-party plugin::

    [project.entry-points.planlint]
    bsc = "planlint_bsc"
"""

from __future__ import annotations

import planlint
from planlint_bsc import rules
from planlint_bsc.rules import BSC

RULES: tuple[planlint.Rule, ...] = tuple(planlint.rules_in(rules))


@planlint.hookimpl
def planlint_rules() -> list[planlint.Rule]:
    return list(RULES)


@planlint.hookimpl
def planlint_methodologies() -> list[planlint.Methodology]:
    return [BSC]
