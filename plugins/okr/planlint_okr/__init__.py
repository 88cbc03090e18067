"""OKR rules for planlint (OKR001-OKR004), installed as a plugin.

Registered through the ``planlint`` entry point group like any third-party plugin::

    [project.entry-points.planlint]
    okr = "planlint_okr"
"""

from __future__ import annotations

import planlint
from planlint_okr.rules import (
    OKR,
    activity_key_result,
    key_result_count,
    objective_with_number,
    too_many_objectives,
)

RULES: tuple[planlint.Rule, ...] = (key_result_count, too_many_objectives,
                                    activity_key_result, objective_with_number)


@planlint.hookimpl
def planlint_rules() -> list[planlint.Rule]:
    return list(RULES)


@planlint.hookimpl
def planlint_methodologies() -> list[planlint.Methodology]:
    return [OKR]
