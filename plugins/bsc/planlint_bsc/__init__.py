"""Balanced Scorecard rules for planlint (BSC001-BSC005), installed as a plugin.

Registered through the ``planlint`` entry point group like any third-party plugin::

    [project.entry-points.planlint]
    bsc = "planlint_bsc"
"""

from __future__ import annotations

import planlint
from planlint_bsc.rules import (
    BSC,
    backward_causality,
    dead_end_objective,
    goal_without_perspective,
    incomplete_scorecard_row,
    missing_perspective,
)

RULES: tuple[planlint.Rule, ...] = (missing_perspective, goal_without_perspective,
                                    backward_causality, dead_end_objective,
                                    incomplete_scorecard_row)


@planlint.hookimpl
def planlint_rules() -> list[planlint.Rule]:
    return list(RULES)


@planlint.hookimpl
def planlint_methodologies() -> list[planlint.Methodology]:
    return [BSC]
