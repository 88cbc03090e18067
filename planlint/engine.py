"""Running rules over a plan, each inside its own guard.

A rule that raises, returns or yields something that is not a finding, yields a
finding with no place in a file, or runs past its time budget becomes a
``rule-crashed`` finding naming the rule and the distribution that shipped it; every
other rule still runs. A plugin that failed to load is reported the same way. Once the
rules ran, waivers and suppression comments hide what they cover (:mod:`planlint.suppress`).

The time budget (``rule-timeout``) is checked each time a rule yields a finding; on the
main thread of a POSIX process a timer also interrupts a rule that runs Python code
without yielding. Code that runs long inside one C call (a huge regular expression
match, say) is only stopped when that call returns.
"""

from __future__ import annotations

import gc
import signal
import threading
import time
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from types import FrameType

from planlint import suppress
from planlint.errors import failure
from planlint.finding import Finding, Location
from planlint.host import Host, PluginInfo
from planlint.limits import MAX_MESSAGE
from planlint.model import Item
from planlint.plan import Plan
from planlint.report import Report
from planlint.ruledef import Rule, plain_name
from planlint.settings import Settings

CRASH_CODE = "PL000"
#: How many items one rule may fail on before it counts as failed on the whole plan;
#: and how many of those failures may be timeouts, since each rerun has a full budget.
MAX_FAILED_ITEMS = 20
MAX_TIMEOUTS = 2
#: Seconds between further interruptions of a rule past its budget.
REPEAT = 0.5


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a run allocates much and frees little.

    What was made meanwhile and lives on is then counted as old, as it would be after a
    collection had found it alive, so that the young collection which comes with the
    next allocations does not walk the millions of objects of a large plan (a fifth of
    a second at 20,000 items); a full collection still does. Objects an application
    froze itself (``gc.freeze``) are left as they are, and then so is the count."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()  # the young and middle generations, moved to the old one
                gc.unfreeze()
            gc.enable()


class OutOfTime(BaseException):
    """Raised inside code that ran past its time budget (a rule, an output format); a
    BaseException so that the code's own ``except Exception`` cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the code inside after ``seconds``, where a timer signal can do that, and
    again every :data:`REPEAT` seconds, so that code which catches the interruption (a
    bare ``except:``) and goes on is interrupted at its next step too. A timer the
    embedding application had set runs on afterwards with the time it had left (at
    once, if that passed meanwhile)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or \
            threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    theirs = signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if theirs[0] > 0:  # the embedding application's own timer, set going again
            left = theirs[0] - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), theirs[1])


@dataclass(frozen=True, slots=True)
class _Failure:
    """How one run of a rule failed: why, the items it was judging, and whether it ran
    out of time."""

    reason: str
    items: list[Item] = field(default_factory=list)
    timed_out: bool = False


def _judged(error: BaseException, plan: Plan) -> list[Item]:
    """The items of ``plan`` a rule was judging when it failed: those held by the
    innermost frame of the traceback that holds any."""
    frames = [frame for frame, _ in traceback.walk_tb(error.__traceback__)]
    for frame in reversed(frames[1:]):  # the first frame is the engine's own
        items = [value for value in frame.f_locals.values()
                 if isinstance(value, Item) and plan.by_id.get(value.id) is value]
        if items:
            return list({id(item): item for item in items}.values())
    return []


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
        rules = self.applicable(plan)
        unread = {source.name: source.unread_from for source in plan.files
                  if source.unread_from is not None}
        withheld = [rule.code for rule in rules if unread and not rule.local]
        if withheld:  # what could not be read must not cause findings (see Rule.local)
            rules = [rule for rule in rules if rule.local]
        for rule in rules:
            findings.extend(self.run_rule(rule, plan))
        findings, hidden = suppress.apply(plan, findings, self.host, self.settings, rules)
        findings.sort(key=Finding.sort_key)
        return Report(findings, [source.name for source in plan.files],
                      [rule.code for rule in rules], plan.id, plan.as_of,
                      self.settings.fail_on, hidden,
                      catalogue={rule.code: rule for rule in rules},
                      distributions={rule.code: self.host.plugin_of(rule).distribution
                                     for rule in rules},
                      sources={source.name: source for source in plan.files}, model=plan,
                      unread=unread, withheld=withheld, skipped=list(plan.skipped))

    def applicable(self, plan: Plan) -> list[Rule]:
        """The selected rules that apply to ``plan``: a rule of a methodology runs where
        the plan says it follows that methodology, or where the config wants it always
        (:meth:`Settings.runs_always`); a change rule, where the plan has an older
        version to be judged against."""
        known = self.host.methodologies
        follows = {known[name].name if name in known else name
                   for name in map(plain_name, plan.info.methodology)}
        return [rule for rule in self.settings.rules
                if (rule.methodology in follows
                    or self.settings.runs_always(rule, self.host.plugin_of(rule).name))
                and (plan.previous is not None or not rule.judges_changes)]

    def run_rule(self, rule: Rule, plan: Plan) -> list[Finding]:
        """A rule's findings on ``plan``. When it fails while judging one item (an
        extreme value, say), that item gets the ``rule-crashed`` finding and the rule runs
        again on the plan without it, so its findings on every other item stand."""
        info = self.host.plugin_of(rule)
        failed: dict[str, tuple[Item, str]] = {}  # id -> the item and why it failed
        timeouts = 0
        view = plan
        while True:
            found, failure = self.attempt(rule, view)
            if failure is None:
                break
            culprits = [item for item in failure.items if item.id not in failed]
            timeouts += failure.timed_out
            if not culprits or len(failed) >= MAX_FAILED_ITEMS or timeouts > MAX_TIMEOUTS:
                found += self.crashed(plan, rule, info, failure.reason)
                break
            failed.update((item.id, (item, failure.reason)) for item in culprits)
            view = plan.without(failed)
        return found + [self.item_crashed(rule, info, item, reason)
                        for item, reason in failed.values()]

    def attempt(self, rule: Rule, plan: Plan) -> tuple[list[Finding], _Failure | None]:
        """One run of a rule: its findings and, if it failed, how."""
        severity = self.settings.severity_of(rule)
        options = self.settings.options.get(rule.code)
        budget = self.settings.rule_timeout
        found: list[Finding] = []
        started = time.monotonic()
        try:
            with time_limit(budget):
                result = rule(plan, options)
                if not isinstance(result, Iterable) or isinstance(result, str | bytes):
                    return [], _Failure(f"returned {result!r:.80}, not an iterable of "
                                        "findings")
                for finding in result:
                    if not isinstance(finding, Finding):
                        return found, _Failure(f"yielded {finding!r:.80}, not a finding made "
                                               "by item.finding()")
                    if not isinstance(finding.node, str) or not finding.node:
                        return found, _Failure("yielded a finding about no item; make "
                                               "findings with item.finding() or "
                                               "plan.finding()")
                    if not isinstance(getattr(finding, "location", None), Location) or \
                            not finding.location.file:
                        return found, _Failure("yielded a finding with no place in a file; "
                                               "make findings with item.finding() or "
                                               "plan.finding()")
                    if len(finding.message) > MAX_MESSAGE:
                        finding = replace(finding, message=finding.message[:MAX_MESSAGE - 1]
                                          + "…")
                    found.append(self.host.stamp(finding, rule, severity))
                    if budget > 0 and time.monotonic() - started > budget:
                        raise OutOfTime
        except OutOfTime as error:
            return found, _Failure(f"ran longer than its time budget of {budget:g}s and was "
                                   f"stopped after {len(found)} findings (raise rule-timeout "
                                   "to give it longer)", _judged(error, plan), timed_out=True)
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # a plugin's own BaseException too
            return found, _Failure(f"raised {failure(error)}",
                                   _judged(error, plan))
        return found, None

    def crashed(self, plan: Plan, rule: Rule, info: PluginInfo, reason: str) -> list[Finding]:
        if not self.report_crashes:
            return []
        message = (f"rule {rule.code} {rule.name} from {_origin(info)} {reason}; the other "
                   f"rules still ran. Report it to the plugin's maintainers, or skip the "
                   f"rule with --ignore {rule.code}")
        return [self.stamp_crash(plan.finding(message))]

    def item_crashed(self, rule: Rule, info: PluginInfo, item: Item, reason: str) -> Finding:
        return self.stamp_crash(item.finding(
            f"rule {rule.code} {rule.name} from {_origin(info)} could not judge "
            f"{item.describe()}: it {reason}; the rule judged the other items. Check this "
            "item's values, or report it to the plugin's maintainers"))

    def plugin_failures(self, plan: Plan) -> list[Finding]:
        return [self.stamp_crash(plan.finding(
            f"{_origin(info)} could not be used: {info.error}; its rules did not run. Fix "
            "or uninstall it, or run with --no-plugins"))
            for info in self.host.plugins.values() if info.error is not None]

    def stamp_crash(self, finding: Finding) -> Finding:
        rule = self.host.rules[CRASH_CODE]
        return self.host.stamp(finding, rule, self.settings.severity_of(rule))
