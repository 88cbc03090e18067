"""A kit for testing rules: build plans from fragments and assert what a rule finds.

::

    from planlint.testing import RuleTester

    RuleTester(my_rule).run(
        passes=["planlint: 1\\nbudgets: [{id: B1, x-cost-center: 4711}]"],
        fails=[("planlint: 1\\nbudgets: [{id: B1}]", [("B1", 2)])],
    )
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planlint.api import get_host, load_plan
from planlint.engine import Engine
from planlint.finding import Finding
from planlint.hookspecs import hookimpl
from planlint.host import Host, PluginInfo
from planlint.plan import Plan
from planlint.ruledef import Rule
from planlint.settings import Settings, validate_options

Fragment = str | dict[str, Any] | Path


def plan_from(fragment: Fragment) -> Plan:
    """A plan from YAML text or a dict, or from the plan file (or folder) at a path.

    Line numbers of findings are those of the fragment as written. A fragment without
    ``planlint: 1`` is read as version 1; only the unsupported-version rule minds.
    """
    if isinstance(fragment, Path):
        return load_plan(fragment)
    if isinstance(fragment, dict):
        return load_plan({"planlint": 1, **fragment})
    return load_plan(fragment if "\n" in fragment else fragment + "\n")


@dataclass
class RuleTester:
    """Runs one rule over plan fragments, the way the engine does.

    ``options`` are the rule's options as plain values; ``as_of`` the date status is
    judged at (default: the fragment's ``plan.as_of``, else today).
    """

    rule: Rule
    options: dict[str, Any] = field(default_factory=dict)
    as_of: date | None = None

    def findings(self, fragment: Fragment) -> list[Finding]:
        """What the rule finds in a fragment (crashes come back as PL000 findings)."""
        host = _host_with(self.rule)
        options = validate_options(self.rule, self.options) if self.options else None
        crash = host.rules["PL000"]
        settings = Settings([self.rule, crash] if crash is not self.rule else [crash],
                            self.as_of, options={self.rule.code: options})
        report = Engine(host, settings).run(plan_from(fragment))
        return report.findings

    def assert_passes(self, fragment: Fragment) -> None:
        found = self.findings(fragment)
        if found:
            raise AssertionError(f"{self.rule.code} should find nothing, found:\n"
                                 + _describe(found))

    def assert_fails(self, fragment: Fragment,
                     expected: Sequence[tuple[str, int | None]] | None = None) -> list[Finding]:
        """Assert the rule fires; ``expected`` lists (node id, line) pairs, in order
        (``None`` for a line skips checking it)."""
        found = self.findings(fragment)
        mine = [f for f in found if f.code == self.rule.code]
        if len(mine) != len(found):
            raise AssertionError("the rule crashed:\n" + _describe(found))
        if not mine:
            raise AssertionError(f"{self.rule.code} should fire, found nothing")
        if expected is not None:
            got = [(f.node, f.location.line if line is not None else None)
                   for f, (_, line) in zip(mine, expected, strict=False)]
            if len(mine) != len(expected) or got != [tuple(e) for e in expected]:
                raise AssertionError(f"{self.rule.code}: expected {list(expected)}, "
                                     f"found {[(f.node, f.location.line) for f in mine]}:\n"
                                     + _describe(mine))
        return mine

    def run(self, *, passes: Iterable[Fragment] = (),
            fails: Iterable[Fragment | tuple[Fragment, Sequence[tuple[str, int | None]]]] = ()
            ) -> None:
        """Check every passing and failing fragment; the first mismatch raises."""
        for fragment in passes:
            self.assert_passes(fragment)
        for case in fails:
            if isinstance(case, tuple):
                self.assert_fails(*case)
            else:
                self.assert_fails(case)

    def check_documented_examples(self) -> None:
        """The rule's own ``fails`` example fires and its ``passes`` example does not.

        Each example is checked exactly as written, as a plan file alone in a folder of
        its own, the way a reader who copies it would check it.
        """
        with tempfile.TemporaryDirectory() as folder:
            for name, example in (("fails", self.rule.fails), ("passes", self.rule.passes)):
                if example is None:
                    continue
                path = Path(folder, name, "plan.yaml")
                path.parent.mkdir()
                path.write_text(example, encoding="utf-8")
                if name == "fails":
                    self.assert_fails(path)
                else:
                    self.assert_passes(path)


def _describe(findings: Iterable[Finding]) -> str:
    return "\n".join(f"  {f.location}: {f.code} {f.message}" for f in findings)


class _RulePlugin:
    """A plugin that registers just the rule under test."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule

    @hookimpl
    def planlint_rules(self) -> list[Rule]:
        return [self.rule]


def _host_with(rule: Rule) -> Host:
    """The built-in plugins, plus the rule under test if it is not one of them."""
    builtin = get_host(entry_points=False)
    if builtin.rules.get(rule.code) is rule:
        return builtin
    host = Host(entry_points=False)
    module = rule.function.__module__
    host.register(_RulePlugin(rule), PluginInfo(f"tested:{rule.code}", module, "", module))
    return host


__all__ = ["RuleTester", "plan_from"]
