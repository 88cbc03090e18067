"""Running rules over a plan, each inside its own guard.

A rule that raises, or yields something that is not a finding, becomes a
``rule-crashed`` finding naming the rule and the distribution that shipped it; every
other rule still runs. A plugin that failed to load is reported the same way. Once the
rules ran, waivers and suppression comments hide what they cover (:mod:`planlint.suppress`).
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from planlint import suppress
from planlint.finding import Finding, Severity
from planlint.host import Host, PluginInfo
from planlint.plan import Plan
from planlint.report import Report
from planlint.ruledef import Rule
from planlint.settings import Settings

CRASH_CODE = "PL000"


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a run allocates much and frees little."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _where(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    return f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""


def _origin(info: PluginInfo) -> str:
    version = f" {info.version}" if info.version else ""
    return f"plugin {info.name} ({info.distribution}{version})"


class Engine:
    """Runs the selected rules of one configuration over plans."""

    def __init__(self, host: Host, settings: Settings) -> None:
        self.host = host
        self.settings = settings
        crash = host.rules.get(CRASH_CODE)
        self.report_crashes = crash is not None and crash in settings.rules

    def run(self, plan: Plan) -> Report:
        """Check ``plan`` with every selected rule; findings come back sorted."""
        if self.settings.as_of is not None:
            plan.as_of = self.settings.as_of
        findings: list[Finding] = []
        if self.report_crashes:
            findings.extend(self.plugin_failures(plan))
        for rule in self.settings.rules:
            findings.extend(self.run_rule(rule, plan))
        findings, hidden = suppress.apply(plan, findings, self.host, self.settings)
        findings.sort(key=Finding.sort_key)
        rules = self.settings.rules
        return Report(findings, [source.name for source in plan.files],
                      [rule.code for rule in rules], plan.id, plan.as_of,
                      self.settings.fail_on, hidden,
                      catalogue={rule.code: rule for rule in rules},
                      distributions={rule.code: self.host.plugin_of(rule).distribution
                                     for rule in rules},
                      sources={source.name: source for source in plan.files}, model=plan)

    def run_rule(self, rule: Rule, plan: Plan) -> list[Finding]:
        info = self.host.plugin_of(rule)
        severity = self.settings.severity_of(rule)
        options = self.settings.options.get(rule.code)
        found: list[Finding] = []
        try:
            for finding in rule(plan, options):
                if not isinstance(finding, Finding):
                    return found + self.crashed(plan, rule, info, f"yielded {finding!r:.80}, "
                                                "not a finding made by item.finding()")
                found.append(finding.stamped(code=rule.code, name=rule.name,
                                             category=rule.category, severity=severity,
                                             plugin=info.distribution))
        except Exception as error:
            reason = f"raised {type(error).__name__}: {error}{_where(error)}"
            return found + self.crashed(plan, rule, info, reason)
        return found

    def crashed(self, plan: Plan, rule: Rule, info: PluginInfo, reason: str) -> list[Finding]:
        if not self.report_crashes:
            return []
        message = (f"rule {rule.code} {rule.name} from {_origin(info)} {reason}; the other "
                   f"rules still ran. Report it to the plugin's maintainers, or skip the "
                   f"rule with --ignore {rule.code}")
        return [self.crash_finding(plan, message)]

    def plugin_failures(self, plan: Plan) -> list[Finding]:
        return [self.crash_finding(plan, f"{_origin(info)} could not be used: {info.error}; "
                                   "its rules did not run. Fix or uninstall it, or run with "
                                   "--no-plugins")
                for info in self.host.plugins.values() if info.error is not None]

    def crash_finding(self, plan: Plan, message: str) -> Finding:
        rule = self.host.rules[CRASH_CODE]
        return plan.finding(message).stamped(
            code=rule.code, name=rule.name, category=rule.category,
            severity=self.settings.severity.get(rule.code, Severity.ERROR),
            plugin=self.host.plugin_of(rule).distribution)
