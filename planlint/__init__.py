"""planlint: a rule-based checker for strategic plans.

The public API, imported lazily so that ``planlint --version`` stays instant::

    import planlint

    report = planlint.lint("plan.yaml")
    for finding in report.findings:
        print(finding.location, finding.code, finding.message)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from planlint._version import __version__

if TYPE_CHECKING:
    from planlint.api import lint, load_plan
    from planlint.config import Config
    from planlint.errors import UsageError
    from planlint.finding import Finding, Location, Related, Severity
    from planlint.hookspecs import hookimpl
    from planlint.plan import Plan
    from planlint.report import Report
    from planlint.ruledef import Methodology, Rule, RuleOptions, rule, rules_in

_EXPORTS = {
    "lint": "planlint.api", "load_plan": "planlint.api", "Config": "planlint.config",
    "UsageError": "planlint.errors", "Finding": "planlint.finding",
    "Location": "planlint.finding", "Related": "planlint.finding",
    "Severity": "planlint.finding", "hookimpl": "planlint.hookspecs",
    "Plan": "planlint.plan", "Report": "planlint.report", "Rule": "planlint.ruledef",
    "Methodology": "planlint.ruledef",
    "RuleOptions": "planlint.ruledef", "rule": "planlint.ruledef",
    "rules_in": "planlint.ruledef",
}

__all__ = [
    "Config", "Finding", "Location", "Methodology", "Plan", "Related", "Report", "Rule",
    "RuleOptions",
    "Severity", "UsageError", "__version__", "hookimpl", "lint", "load_plan", "rule",
    "rules_in",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'planlint' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
