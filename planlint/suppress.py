"""Waivers and inline suppressions: the stage that runs after every rule.

A live waiver (``waivers:`` in the plan: a rule by code or name, a node id, an optional
``expires`` date after the as-of date) hides that rule's findings on that node. An
expired one hides nothing and is reported as ``expired-waiver`` (PL011). A YAML comment
``# planlint: ignore[RULES] -- reason`` hides the named rules' findings for the item on
its line (the line where the item starts, or where one of its keys starts) and any
finding reported on that very line. Waivers and comments that hide nothing are reported
as ``unused-suppression`` (PL012) when the rule they name ran or can never match; those
that give no reason as ``suppression-without-reason`` (PL013). When those rules are not
selected, hiding still happens and nothing is reported.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from planlint.anchors import Anchors, FileIndex
from planlint.comments import RuleName, Suppression, scan
from planlint.finding import Finding, Location, Related
from planlint.host import Host
from planlint.model import Node, Waiver
from planlint.plan import Plan
from planlint.ruledef import Rule
from planlint.settings import Settings

EXPIRED, UNUSED, NO_REASON = "PL011", "PL012", "PL013"
#: Rules whose findings this stage makes; nothing can waive or suppress them.
STAGE_CODES = frozenset({EXPIRED, UNUSED, NO_REASON})


@dataclass
class _Comment:
    """An inline suppression, the file it is in and which of its rules hid something."""

    index: FileIndex
    comment: Suppression
    nodes: list[Node]
    used: set[int] = field(default_factory=set)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(node.id for node in self.nodes)

    def covers(self, finding: Finding, node: str) -> bool:
        where = finding.location
        return node in self.ids or (where.file == self.index.source.name
                                    and where.line == self.comment.line)

    def location(self, name: RuleName | None = None) -> Location:
        file, line = self.index.source.name, self.comment.line
        if name is None:
            return Location(file, line, self.comment.column, line, self.comment.end_column)
        return Location(file, line, name.column, line, name.column + len(name.text))

    def finding(self, message: str, name: RuleName | None = None) -> Finding:
        node = self.nodes[0].id if self.nodes else self.index.source.name
        return Finding(message=message, node=node, kind="suppression",
                       location=self.location(name))


def apply(plan: Plan, findings: list[Finding], host: Host,
          settings: Settings) -> tuple[list[Finding], Counter[str]]:
    """The findings left visible, plus this stage's own; and how many were hidden, by
    ``"waiver"`` and ``"inline"``."""
    return Suppressor(plan, host, settings).run(findings)


class Suppressor:
    """Matches findings against the plan's waivers and suppression comments."""

    def __init__(self, plan: Plan, host: Host, settings: Settings) -> None:
        self.plan = plan
        self.host = host
        self.settings = settings
        self.anchors = Anchors(plan)
        self.rules: dict[str, Rule] = {}
        for rule in host.rules.values():
            self.rules[rule.code] = rule
            self.rules.setdefault(rule.name, rule)
        self.ran = {rule.code for rule in settings.rules}
        self.hidden: Counter[str] = Counter()

    def run(self, findings: list[Finding]) -> tuple[list[Finding], Counter[str]]:
        comments = [_Comment(index, comment, index.nodes_on_line(comment.line))
                    for index in self.anchors.files.values() for comment in scan(index.source)]
        if not comments and not self.plan.waivers:
            return findings, self.hidden
        as_of = self.plan.as_of
        live = [w for w in self.plan.waivers if w.expires is None or w.expires > as_of]
        expired = [w for w in self.plan.waivers if w not in live]
        used: set[int] = set()
        kept = [finding for finding in findings
                if not self.hides(finding, comments, live, used)]
        made: list[tuple[str, Finding]] = []
        if EXPIRED in self.ran:
            made.extend((EXPIRED, self.expired(waiver, kept)) for waiver in expired)
        unused_waivers = {id(w): problem for i, w in enumerate(live) if i not in used
                          and (problem := self.waiver_unused(w)) is not None}
        unused_names = {id(c): [i for i, name in enumerate(c.comment.rules)
                                if i not in c.used and self.name_unused(c, name) is not None]
                        for c in comments}
        if UNUSED in self.ran:
            made.extend((UNUSED, self.at_waiver(w, *unused_waivers[id(w)]))
                        for w in live if id(w) in unused_waivers)
            made.extend((UNUSED, finding) for comment in comments
                        for finding in self.unused_comment(comment, unused_names[id(comment)]))
        if NO_REASON in self.ran:
            made.extend((NO_REASON, self.without_reason(waiver)) for waiver in live
                        if id(waiver) not in unused_waivers
                        and not (waiver.reason or "").strip())
            made.extend((NO_REASON, self.comment_without_reason(comment))
                        for comment in comments
                        if comment.comment.reason is None and comment.comment.rules
                        and len(unused_names[id(comment)]) < len(comment.comment.rules))
        return kept + [self.stamp(code, finding) for code, finding in made], self.hidden

    # -- hiding -------------------------------------------------------------------------

    def hides(self, finding: Finding, comments: list[_Comment], live: list[Waiver],
              used: set[int]) -> bool:
        """Whether a comment or a live waiver hides ``finding``; marks what matched."""
        if finding.code in STAGE_CODES:
            return False
        by: str | None = None
        node: str | None = None
        for comment in comments:
            for position, name in enumerate(comment.comment.rules):
                if not self.names(name.text, finding):
                    continue
                node = node or self.anchors.of(finding).node
                if comment.covers(finding, node):
                    comment.used.add(position)
                    by = by or "inline"
        for position, waiver in enumerate(live):
            if self.names(waiver.rule, finding):
                node = node or self.anchors.of(finding).node
                if node == waiver.node:
                    used.add(position)
                    by = by or "waiver"
        if by is not None:
            self.hidden[by] += 1
        return by is not None

    def names(self, written: str, finding: Finding) -> bool:
        rule = self.rules.get(written)
        return rule is not None and rule.code == finding.code

    # -- what is reported ---------------------------------------------------------------

    def label(self, written: str) -> str:
        rule = self.rules.get(written)
        return f"{rule.name} ({rule.code})" if rule is not None else repr(written)

    def not_hideable(self, written: str) -> str | None:
        """Why a named rule can never be matched: unknown, or one of this stage's own."""
        rule = self.rules.get(written)
        if rule is None:
            close = difflib.get_close_matches(written, sorted(self.rules), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            return f"names rule {written!r}, which no loaded plugin provides{hint}"
        if rule.code in STAGE_CODES:
            return (f"names {self.label(written)}, which cannot be waived or suppressed; "
                    "ignore the rule in the configuration instead")
        return None

    def waiver_unused(self, waiver: Waiver) -> tuple[str, str | None] | None:
        """Why a live waiver that hid nothing is worth reporting, and the key at fault;
        ``None`` when it is not (its rule did not run)."""
        reason = self.not_hideable(waiver.rule)
        if reason is not None:
            return f"waiver {reason}; fix the rule's code or name, or remove the waiver", \
                "rule"
        if waiver.node not in self.plan.by_id and waiver.node != self.plan.id:
            return (f"waiver of {self.label(waiver.rule)} names {waiver.node!r}, which is "
                    "not defined in the plan; fix the id, or remove the waiver"), "node"
        if self.rules[waiver.rule].code in self.ran:
            return (f"waiver of {self.label(waiver.rule)} on {waiver.node} hides nothing: "
                    "the rule finds nothing there any more; remove the waiver"), None
        return None

    def name_unused(self, comment: _Comment, name: RuleName) -> str | None:
        """Why a rule named in a comment that hid nothing is worth reporting, or ``None``."""
        reason = self.not_hideable(name.text)
        if reason is not None:
            return f"suppression {reason}; fix it, or remove it from the comment"
        if self.rules[name.text].code not in self.ran:
            return None
        if not comment.nodes:
            return (f"suppression of {self.label(name.text)} hides nothing: line "
                    f"{comment.comment.line} is not where an item or one of its keys "
                    "starts; put the comment at the end of the item's line")
        where = ", ".join(sorted(comment.ids))
        return (f"suppression of {self.label(name.text)} hides nothing: the rule finds "
                f"nothing on {where}; remove it from the comment")

    def expired(self, waiver: Waiver, kept: list[Finding]) -> Finding:
        shown = [finding for finding in kept if self.names(waiver.rule, finding)
                 and self.anchors.of(finding).node == waiver.node]
        rule = self.rules.get(waiver.rule)
        if shown:
            tail = ("the finding it covered is reported again: fix it, or review the "
                    "exception and set a later expires date")
        elif rule is not None and rule.code in self.ran:
            tail = "it covers no finding any more: remove it"
        else:
            tail = "review it: remove it, or set a later expires date"
        message = (f"waiver of {self.label(waiver.rule)} on {waiver.node} expired on "
                   f"{waiver.expires} (checked as of {self.plan.as_of}); {tail}")
        return self.at_waiver(waiver, message, "expires", related=[
            Related(finding.location, "the finding this waiver covered", finding.node)
            for finding in shown])

    def unused_comment(self, comment: _Comment, positions: list[int]) -> Iterable[Finding]:
        if not comment.comment.rules:
            yield comment.finding("suppression names no rule; write "
                                  "# planlint: ignore[CODE or name, ...] -- reason")
        for position in positions:
            name = comment.comment.rules[position]
            yield comment.finding(self.name_unused(comment, name) or "", name)

    def without_reason(self, waiver: Waiver) -> Finding:
        return self.at_waiver(
            waiver, f"waiver of {self.label(waiver.rule)} on {waiver.node} gives no reason; "
            "add reason: why the exception is accepted, so the next review can judge it")

    def comment_without_reason(self, comment: _Comment) -> Finding:
        names = ",".join(name.text for name in comment.comment.rules)
        return comment.finding(
            f"suppression of {names} gives no reason; add one after '--': "
            f"# planlint: ignore[{names}] -- why it is accepted")

    def at_waiver(self, waiver: Waiver, message: str, at: str | None = None,
                  related: list[Related] | None = None) -> Finding:
        return Finding(message=message, node=waiver.node, kind="waiver",
                       location=waiver.location(at), related=tuple(related or ()),
                       field=at)

    def stamp(self, code: str, finding: Finding) -> Finding:
        """``finding`` with the metadata of the stage rule ``code``."""
        rule = self.host.rules[code]
        return finding.stamped(code=rule.code, name=rule.name, category=rule.category,
                               severity=self.settings.severity_of(rule),
                               plugin=self.host.plugin_of(rule).distribution)
