"""A kit for testing rules: build plans from fragments and assert what a rule finds.

::

    from planlint.testing import RuleTester

    RuleTester(my_rule).run(
        passes=["planlint: 1\\nbudgets: [{id: B1, x-cost-center: 4711}]"],
        fails=[("planlint: 1\\nbudgets: [{id: B1}]", [("B1", 2)])],
    )

:func:`lint` runs the built-in rules (and any given) over a fragment or files, the way
``planlint check`` does; the pytest plugin offers it and more as fixtures, and
:mod:`planlint.testing.strategies` draws valid plans for property tests.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from planlint.api import Session, get_host, load_plan
from planlint.config import Config
from planlint.finding import Finding
from planlint.hookspecs import hookimpl
from planlint.host import Host, PluginInfo
from planlint.plan import Plan
from planlint.report import Report
from planlint.ruledef import Rule, rule_named
from planlint.settings import Settings, validate_options

Fragment = str | dict[str, Any] | Path
#: What a failing fragment must find: (node id, line) or (node id, line, message part);
#: a line of ``None`` is not checked.
Expected = tuple[str, int | None] | tuple[str, int | None, str]


def plan_from(fragment: Fragment, before: Fragment | Sequence[Fragment] = ()) -> Plan:
    """A plan from YAML text or a dict, or from the plan file (or folder) at a path;
    with ``before``, a change of that older version (or of several, oldest first: the
    history a change rule reads), as ``planlint diff`` compares them.

    Line numbers of findings are those of the fragment as written. A fragment without
    ``planlint: 1`` is read as version 1; only the unsupported-version rule minds.
    """
    if isinstance(fragment, Path):
        plan = load_plan(fragment)
    elif isinstance(fragment, dict):
        plan = load_plan({"planlint": 1, **fragment})
    else:
        plan = load_plan(fragment if "\n" in fragment else fragment + "\n")
    older = [plan_from(version) for version in _versions(before)]
    if older:
        plan.compare_with(older[0], lambda: older[1:])
    return plan


def _versions(before: Fragment | Sequence[Fragment]) -> list[Fragment]:
    """One older version, or several, as a list."""
    return [before] if isinstance(before, str | dict | Path) else list(before)


@dataclass
class RuleTester:
    """Runs one rule over plan fragments, the way the engine does.

    ``options`` are the rule's options as plain values; ``as_of`` the date status is
    judged at (default: the fragment's ``plan.as_of``, else today). The rule runs as if
    selected by its code, so a methodology's rule runs on any fragment; with ``named``
    false it runs as under a plain ``planlint check``, only on plans that name its
    methodology, which is how documented examples are checked. ``before`` is the older
    version the fragments are changes of (or several, oldest first), for a change rule:
    ``tester.since(OLD).assert_fails(NEW)``.
    """

    rule: Rule
    options: dict[str, Any] = field(default_factory=dict)
    as_of: date | None = None
    named: bool = True
    before: Fragment | Sequence[Fragment] = ()

    @classmethod
    def installed(cls, rule: str, **options: Any) -> RuleTester:
        """A tester for an installed rule (built-in or from a plugin), by code or name."""
        found = rule_named(get_host().rules.values(), rule)
        if found is None:
            raise LookupError(f"no installed rule is called {rule!r}; 'planlint rules' "
                              "lists them")
        return cls(found, options)

    def with_options(self, **options: Any) -> RuleTester:
        """This tester with the rule's options set (as in the config)."""
        return replace(self, options={**self.options, **options})

    def since(self, *versions: Fragment) -> RuleTester:
        """This tester judging fragments as changes of ``versions`` (oldest first)."""
        return replace(self, before=versions)

    def findings(self, fragment: Fragment) -> list[Finding]:
        """What the rule finds in a fragment (crashes come back as PL000 findings)."""
        host = _host_with(self.rule)
        options = validate_options(self.rule, self.options) if self.options else None
        crash = host.rules["PL000"]
        settings = Settings([self.rule, crash] if crash is not self.rule else [crash],
                            self.as_of, options={self.rule.code: options},
                            named=frozenset([self.rule.code] if self.named else []))
        return Session(Config(), host, settings).run(plan_from(fragment, self.before)).findings

    def messages(self, fragment: Fragment) -> list[str]:
        """The messages of what the rule finds in a fragment."""
        return [finding.message for finding in self.findings(fragment)]

    def assert_robust(self, fragment: Fragment) -> list[Finding]:
        """The rule does not crash, finds the same thing twice, and every finding is about
        an item of the plan (or the plan itself); returns the findings."""
        first = self.findings(fragment)
        crashes = [f for f in first if f.code == "PL000" and f.code != self.rule.code]
        if crashes:
            raise AssertionError("the rule crashed:\n" + _describe(crashes))
        again = self.findings(fragment)
        if [f.to_dict() for f in first] != [f.to_dict() for f in again]:
            raise AssertionError(f"{self.rule.code} found different things in two runs:\n"
                                 + _describe(first) + "\nthen\n" + _describe(again))
        plan = plan_from(fragment, self.before)
        strangers = [f for f in first if f.node != plan.id and plan.get(f.node) is None]
        if strangers:
            raise AssertionError("findings about ids that are not in the plan:\n"
                                 + _describe(strangers))
        return first

    def assert_passes(self, fragment: Fragment) -> None:
        found = self.findings(fragment)
        if found:
            raise AssertionError(f"{self.rule.code} should find nothing, found:\n"
                                 + _describe(found))

    def assert_fails(self, fragment: Fragment,
                     expected: Sequence[Expected] | None = None) -> list[Finding]:
        """Assert the rule fires; ``expected`` lists (node id, line) pairs, in order
        (``None`` for a line skips checking it), each optionally with a third element
        that the finding's message must contain."""
        found = self.findings(fragment)
        mine = [f for f in found if f.code == self.rule.code]
        if len(mine) != len(found):
            raise AssertionError("the rule crashed:\n" + _describe(found))
        if not mine:
            raise AssertionError(f"{self.rule.code} should fire, found nothing")
        if expected is not None:
            got = [(f.node, f.location.line if want[1] is not None else None)
                   for f, want in zip(mine, expected, strict=False)]
            if len(mine) != len(expected) or got != [tuple(e[:2]) for e in expected]:
                raise AssertionError(f"{self.rule.code}: expected {list(expected)}, "
                                     f"found {[(f.node, f.location.line) for f in mine]}:\n"
                                     + _describe(mine))
            for finding, want in zip(mine, expected, strict=True):
                if len(want) == 3 and want[2] not in finding.message:
                    raise AssertionError(f"{self.rule.code}: the finding about {finding.node} "
                                         f"should say {want[2]!r}:\n" + _describe([finding]))
        return mine

    def run(self, *, passes: Iterable[Fragment] = (),
            fails: Iterable[Fragment | tuple[Fragment, Sequence[Expected]]] = ()) -> None:
        """Check every passing and failing fragment; the first mismatch raises."""
        for fragment in passes:
            self.assert_passes(fragment)
        for case in fails:
            if isinstance(case, tuple):
                self.assert_fails(*case)
            else:
                self.assert_fails(case)

    def check_documented_examples(self) -> None:
        """The rule's own ``fails`` example fires and its ``passes`` example does not;
        for a change rule, each as a change of its ``before`` versions.

        Each example is checked exactly as written, as a plan file alone in a folder of
        its own, the way a reader who copies it would check it.
        """
        if self.named:
            replace(self, named=False).check_documented_examples()
            return
        with tempfile.TemporaryDirectory() as folder:
            def written(name: str, example: str) -> Path:
                path = Path(folder, name, "plan.yaml")
                path.parent.mkdir()
                path.write_text(example, encoding="utf-8")
                return path

            tester = self.since(*(written(f"before-{number}", version)
                                  for number, version in enumerate(self.rule.before)))
            for name, example in (("fails", self.rule.fails), ("passes", self.rule.passes)):
                if example is None:
                    continue
                if name == "fails":
                    tester.assert_fails(written(name, example))
                else:
                    tester.assert_passes(written(name, example))


def _describe(findings: Iterable[Finding]) -> str:
    return "\n".join(f"  {f.location}: {f.code} {f.message}" for f in findings)


class _RulePlugin:
    """A plugin that registers just the rules under test."""

    def __init__(self, *rules: Rule) -> None:
        self.rules = rules

    @hookimpl
    def planlint_rules(self) -> list[Rule]:
        return list(self.rules)


@lru_cache(maxsize=64)
def _host_with(rule: Rule) -> Host:
    """The built-in plugins, plus the rule under test if it is not one of them."""
    builtin = get_host(entry_points=False)
    if builtin.rules.get(rule.code) is rule:
        return builtin
    module = rule.function.__module__
    return Host(entry_points=False, plugins=[
        (_RulePlugin(rule), PluginInfo(f"tested:{rule.code}", module, "", module))])


def lint(source: Fragment | Path | Sequence[Path], *, rules: Sequence[Rule] = (),
         rule_files: Sequence[str | Path] = (), select: Sequence[str] | None = None,
         ignore: Sequence[str] = (), options: dict[str, dict[str, Any]] | None = None,
         as_of: date | None = None, entry_points: bool = False) -> Report:
    """Check a fragment (YAML text or a dict, as :func:`plan_from` reads it) or plan
    files with the built-in rules plus ``rules`` and ``rule_files``, as ``planlint
    check`` would; installed plugins join in only with ``entry_points=True``."""
    module = rules[0].function.__module__ if rules else __name__
    host = Host(entry_points=entry_points, rule_files=rule_files, plugins=[
        (_RulePlugin(*rules), PluginInfo("tested", module, "", module))] if rules else [])
    config = Config(select=list(select) if select is not None else None, ignore=list(ignore),
                    options=options or {}, as_of=as_of)
    session = Session.open(config, host=host)
    if isinstance(source, Path) or (isinstance(source, Sequence)
                                    and not isinstance(source, str)):
        return session.check(source)
    return session.run(plan_from(source))


__all__ = ["Expected", "Fragment", "RuleTester", "lint", "plan_from"]
