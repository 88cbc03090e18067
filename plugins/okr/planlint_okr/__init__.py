"""OKR rules for planlint (OKR001-OKR004), installed as a plugin.

Registered through the ``planlint`` entry point group like any third-party plugin::

    [project.entry-points.planlint]
    okr = "planlint_okr"
"""

from __future__ import annotations

import planlint
from planlint_okr import rules
from planlint_okr.rules import OKR

RULES: tuple[planlint.Rule, ...] = tuple(planlint.rules_in(rules))


@planlint.hookimpl
def planlint_rules() -> list[planlint.Rule]:
    return list(RULES)


@planlint.hookimpl
def planlint_methodologies() -> list[planlint.Methodology]:
    return [OKR]
