"""Running rules over a plan, each inside its own guard.

A rule that raises, returns or yields something that is not a finding, yields a
finding with no place in a file, or runs past its time budget becomes a
``rule-crashed`` finding naming the rule and the distribution that shipped it; every
other rule still runs. A plugin that failed to load is reported the same way. Once the
rules ran, waivers and suppression comments hide what they cover (:mod:`planlint.suppress`).

Each rule runs on a thread of its own, within its time budget (``rule-timeout``): the
budget is checked each time it yields a finding, and past it the rule is stopped at its
next step of Python code, again and again; a rule that still runs :data:`GRACE` seconds
later is left behind (:func:`within`). Code that runs long inside one C call (a huge
regular expression match, say) is only stopped when that call returns.
"""

from __future__ import annotations

import contextvars
import os
import queue
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar, cast

from planlint import suppress
from planlint.errors import failure
from planlint.finding import STAMP, Finding, Location
from planlint.host import Host, PluginInfo
from planlint.limits import MAX_MESSAGE
from planlint.model import Item
from planlint.plan import Plan
from planlint.report import Report
from planlint.ruledef import Rule, plain_name
from planlint.settings import Settings

T = TypeVar("T")

CRASH_CODE = "PL000"
#: How many items one rule may fail on before it counts as failed on the whole plan;
#: and how many of those failures may be timeouts, since each rerun has a full budget.
MAX_FAILED_ITEMS = 20
MAX_TIMEOUTS = 2
#: Seconds between further interruptions of a rule past its budget.
REPEAT = 0.5
#: Seconds a rule (or output format) past its budget is stopped again and again before
#: the run stops waiting for it.
GRACE = 2.0


class OutOfTime(BaseException):
    """Raised inside code that ran past its time budget (a rule, an output format); a
    BaseException so that the code's own ``except Exception`` cannot swallow it."""


class Abandoned(OutOfTime):
    """Raised to the caller of :func:`within` when the code still ran :data:`GRACE`
    seconds past its budget, however often it was stopped: it is left running on its
    thread, and nothing it does later reaches the caller."""


def _send_stop(ident: int, stop: type[BaseException] | None) -> None:
    """Raise ``stop`` in the thread ``ident`` at its next step of Python code; with
    ``None``, take back a stop sent that it has not yet raised."""
    import ctypes  # only a stop needs it; the first, sent by stop(), imports it

    if hasattr(ctypes, "pythonapi"):  # CPython
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(ident), None if stop is None else ctypes.py_object(stop))


class _Job(Generic[T]):
    """A piece of work handed to a :class:`_Worker`, run in the caller's context. ``done``
    is released once its outcome (what it returned or raised) is in; a stop is sent to it
    only until it is ``finished`` (``lock`` keeps the two apart), so none reaches the
    worker's next job."""

    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self.context = contextvars.copy_context()
        self.outcome: list[T | BaseException] = []
        self.lock = threading.Lock()
        self.finished = False
        self.stopped = False  # whether a stop was sent, which finish() must take back
        self.done = threading.Lock()
        self.done.acquire()

    def run(self) -> None:
        try:
            self.outcome.append(self.context.run(self.work))
        except BaseException as error:  # handed over to the caller, who raises it
            self.outcome.append(error)

    def stop(self, ident: int) -> None:
        with self.lock:
            if not self.finished:
                self.stopped = True
                _send_stop(ident, OutOfTime)

    def finish(self, ident: int) -> None:
        """Mark the job finished, on its worker, take back a stop sent too late to be
        raised in it, then hand the outcome over. A stop may interrupt this up to the
        moment it is taken back; then this runs again."""
        with self.lock:
            if not self.outcome:  # a stop came as the work ended with an error of its own
                self.outcome.append(OutOfTime())
            self.finished = True
            if self.stopped:  # taking back a stop never sent would leave CPython's
                _send_stop(ident, None)  # interpreter asking every thread to check for one
            self.done.release()

    def result(self) -> T:
        result = self.outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result


def _serve(jobs: queue.SimpleQueue[_Job[Any] | None]) -> None:
    """Run jobs until given ``None``. A stop may arrive in this code as a job ends, before
    :meth:`_Job.finish` takes it back; it is caught, and the job finished again."""
    ident = threading.get_ident()
    job: _Job[Any] | None = None
    while True:
        try:
            if job is not None:
                job.finish(ident)
            job = jobs.get()
            if job is None:
                return
            job.run()
        except OutOfTime:
            continue


class _Worker:
    """A daemon thread that runs, one at a time, the work of one calling thread; it ends
    once that thread no longer holds it."""

    def __init__(self) -> None:
        self.jobs: queue.SimpleQueue[_Job[Any] | None] = queue.SimpleQueue()
        thread = threading.Thread(target=_serve, args=(self.jobs,), daemon=True,
                                  name="planlint-worker")
        thread.start()
        self.ident = cast(int, thread.ident)  # set by start()
        weakref.finalize(self, self.jobs.put, None)


_workers = threading.local()


def _forget_workers() -> None:
    """In a forked child (``check --each --jobs``): the parent's workers are not there."""
    global _workers
    _workers = threading.local()


os.register_at_fork(after_in_child=_forget_workers)


def within(seconds: float, work: Callable[[], T]) -> T:
    """``work()``, run on a worker thread (in the caller's context) so that the caller can
    stop waiting for it. Past ``seconds`` (0: no limit), :class:`OutOfTime` is raised
    inside it, and again every :data:`REPEAT` seconds, so that code which catches the
    stop (a bare ``except:``) and goes on is stopped at its next step too. When it still
    runs :data:`GRACE` seconds after its budget, it is abandoned: this raises
    :class:`Abandoned`, and the worker, a daemon thread, runs it on until it ends or the
    process does, while later work goes to a new worker. Whatever ``work`` raises is
    raised here."""
    worker: _Worker = getattr(_workers, "worker", None) or _Worker()
    _workers.worker = None  # until the work is done, nothing else is given this worker
    job = _Job(work)
    worker.jobs.put(job)
    if job.done.acquire(timeout=seconds if seconds > 0 else -1):
        _workers.worker = worker
        return job.result()
    deadline = time.monotonic() + GRACE
    while time.monotonic() < deadline:
        job.stop(worker.ident)
        if job.done.acquire(timeout=REPEAT):
            _workers.worker = worker
            return job.result()
    raise Abandoned


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
    import traceback  # only a rule that fails needs it

    frames = [frame for frame, _ in traceback.walk_tb(error.__traceback__)]
    for frame in reversed(frames[1:]):  # the first frame is the engine's own
        items = [value for value in frame.f_locals.values()
                 if isinstance(value, Item) and plan.by_id.get(value.id) is value]
        if items:
            return list({id(item): item for item in items}.values())
    return []


def _overran(budget: float, found: int) -> str:
    """Why a rule stopped when it ran past its time budget."""
    return (f"ran longer than its time budget of {budget:g}s and was stopped after {found} "
            "findings (raise rule-timeout to give it longer)")


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
            plan.judge_at(self.settings.as_of)
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
        (:meth:`Settings.runs_always`); a rule that a methodology the plan follows waives,
        only where the config selects it; a change rule, where the plan has an older
        version to be judged against."""
        known = self.host.methodologies
        followed = [known[name] for name in map(plain_name, plan.info.methodology)
                    if name in known]
        follows = {methodology.name for methodology in followed} | {
            name for name in map(plain_name, plan.info.methodology) if name not in known}
        waived = {code for methodology in followed for code in methodology.waives}
        return [rule for rule in self.settings.rules
                if (rule.methodology in follows
                    or self.settings.runs_always(rule, self.host.plugin_of(rule).name))
                and (rule.code not in waived or rule.code in self.settings.named)
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
        """One run of a rule, on a thread of its own (:func:`within`): its findings and,
        if it failed, how. A rule that goes on however often it is stopped is left
        behind with what it had found so far, a copy that it can no longer change."""
        budget = self.settings.rule_timeout
        found: list[Finding] = []
        try:
            return within(budget, lambda: self.judge(rule, plan, found))
        except Abandoned:
            return list(found), _Failure(
                f"ran longer than its time budget of {budget:g}s and went on for {GRACE:g}s "
                f"more however often it was stopped, so the run stopped waiting for it after "
                f"{len(found)} findings (it catches every stop: look for a bare except or an "
                "except BaseException in a loop)", timed_out=True)
        except OutOfTime:  # a stop repeated while judge() handled the first one
            return list(found), _Failure(_overran(budget, len(found)), timed_out=True)

    def judge(self, rule: Rule, plan: Plan, found: list[Finding]
              ) -> tuple[list[Finding], _Failure | None]:
        """Run ``rule`` on ``plan``, adding its findings to ``found``: what :meth:`attempt`
        does on the rule's own thread."""
        severity = self.settings.severity_of(rule)
        options = self.settings.options.get(rule.code)
        budget = self.settings.rule_timeout
        stamp = self.host.stamp_of(rule, severity)
        started = time.monotonic()
        token = STAMP.set(stamp)  # findings made while the rule runs come stamped
        try:
            result = rule(plan, options)
            if not isinstance(result, Iterable) or isinstance(result, str | bytes):
                return [], _Failure(f"returned {result!r:.80}, not an iterable of findings")
            for finding in result:
                if not isinstance(finding, Finding):
                    return found, _Failure(f"yielded {finding!r:.80}, not a finding made by "
                                           "item.finding()")
                if not isinstance(finding.node, str) or not finding.node:
                    return found, _Failure("yielded a finding about no item; make findings "
                                           "with item.finding() or plan.finding()")
                if not isinstance(getattr(finding, "location", None), Location) or \
                        not finding.location.file:
                    return found, _Failure("yielded a finding with no place in a file; make "
                                           "findings with item.finding() or plan.finding()")
                if len(finding.message) > MAX_MESSAGE:
                    finding = replace(finding, message=finding.message[:MAX_MESSAGE - 1] + "…")
                found.append(finding.stamped(stamp))
                if budget > 0 and time.monotonic() - started > budget:
                    raise OutOfTime
        except OutOfTime as error:
            return found, _Failure(_overran(budget, len(found)), _judged(error, plan),
                                   timed_out=True)
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # a plugin's own BaseException too
            return found, _Failure(f"raised {failure(error)}", _judged(error, plan))
        finally:
            STAMP.reset(token)
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
