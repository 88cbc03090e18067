"""Declarative rule files: organization policy as data, for people who don't write Python.

::

    planlint-rules: 1
    rules:
      - code: ORG002
        name: big-budget-needs-cost-center
        category: alignment
        severity: error
        message: "budget {id} is over 1M and names no cost center"
        for: budgets
        where: {amount: {gt: 1000000}}
        require: {field: x-cost-center}

Load them with ``planlint check --rules FILE`` or ``rule-files = [...]`` in the config;
:func:`load_rule_file` gives their rules to Python code. The language is described in
docs/rule-files.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planlint.rulefiles.loader import RuleFile, load_rule_file, load_rule_files

__all__ = ["RuleFile", "load_rule_file", "load_rule_files"]


def __getattr__(name: str) -> Any:
    """The loader's names, imported when first asked for: reading a workbook needs only
    :mod:`planlint.rulefiles.fields`, and the loader costs a check 0.015 s to import."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from planlint.rulefiles import loader

    return getattr(loader, name)
