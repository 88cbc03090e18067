"""Waivers and inline suppressions: the stage that runs after every rule.

A live waiver (``waivers:`` in the plan: a rule by code or name, a node id, an optional
``expires`` date after the as-of date) hides that rule's findings on that node. An
expired one hides nothing and is reported as ``expired-waiver`` (PL011). A YAML comment
``# planlint: ignore[RULES] -- reason`` hides the named rules' findings for the item on
its line (the line where the item starts, or where one of its keys starts) and any
finding reported on that very line; ``# planlint: disable[RULES] -- reason``, anywhere
in a file, hides the named rules' findings placed in that file. Waivers and comments
that hide nothing are reported as ``unused-suppression`` (PL012) when the rule they name
ran or can never match; those that give no reason as ``suppression-without-reason``
(PL013). When those rules are not selected, hiding still happens and nothing is
reported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from planlint.anchors import Anchors, FileIndex
from planlint.comments import RuleName, Suppression, scan
from planlint.finding import UNCHECKED, Finding, Location, Related
from planlint.host import Host
from planlint.model import Node, Waiver
from planlint.plan import Plan
from planlint.positions import SourceFile
from planlint.ruledef import Rule
from planlint.settings import Settings
from planlint.suggest import did_you_mean

EXPIRED, UNUSED, NO_REASON = "PL011", "PL012", "PL013"
#: Rules whose findings this stage makes; nothing can waive or suppress them.
STAGE_CODES = frozenset({EXPIRED, UNUSED, NO_REASON})
#: Rules nothing can waive or suppress: this stage's own, and those that say what went
#: unchecked.
_UNHIDEABLE = STAGE_CODES | UNCHECKED


@dataclass
class _Comment:
    """An inline suppression, the file it is in and which of its rules hid something."""

    index: FileIndex
    comment: Suppression
    nodes: list[Node]
    used: set[int] = field(default_factory=set)

    def location(self, name: RuleName | None = None) -> Location:
        file, line = self.index.source.name, self.comment.line
        if name is None:
            return Location(file, line, self.comment.column, line, self.comment.end_column)
        return Location(file, line, name.column, line, name.column + len(name.text))

    def finding(self, message: str, name: RuleName | None = None) -> Finding:
        node = self.nodes[0].id if self.nodes else self.index.source.name
        return Finding(message=message, node=node, kind="suppression",
                       location=self.location(name))


def apply(plan: Plan, findings: list[Finding], host: Host, settings: Settings,
          ran: list[Rule]) -> tuple[list[Finding], Counter[str]]:
    """The findings left visible, plus this stage's own; and how many were hidden, by
    ``"waiver"`` and ``"inline"``. ``ran`` are the rules that ran on the plan."""
    return Suppressor(plan, host, settings, ran).run(findings)


class Suppressor:
    """Matches findings against the plan's waivers and suppression comments."""

    def __init__(self, plan: Plan, host: Host, settings: Settings, ran: list[Rule]) -> None:
        self.plan = plan
        self.host = host
        self.settings = settings
        self.anchors = Anchors(plan)
        self.rules: dict[str, Rule] = {}  # by code and name, case folded
        for rule in host.rules.values():
            self.rules[rule.code.casefold()] = rule
            self.rules.setdefault(rule.name.casefold(), rule)
        self.ran = {rule.code for rule in ran}
        self.words = sorted({word for rule in self.rules.values()
                             for word in (rule.code, rule.name)})
        self.unhideable: dict[str, str | None] = {}  # not_hideable's answer, by name
        self.hidden: Counter[str] = Counter()
        # What hides what, by rule code and node id (or file and line for comments).
        self.by_node: dict[tuple[str, str], list[tuple[_Comment, int]]] = defaultdict(list)
        self.by_line: dict[tuple[str, str, int], list[tuple[_Comment, int]]] = \
            defaultdict(list)
        self.by_file: dict[tuple[str, str], list[tuple[_Comment, int]]] = defaultdict(list)
        self.waived: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.used_waivers: set[int] = set()
        self.codes: set[str] = set()

    def run(self, findings: list[Finding]) -> tuple[list[Finding], Counter[str]]:
        found = [(source, comment) for source in self.plan.files for comment in scan(source)]
        if not found and not self.plan.waivers:
            return findings, self.hidden
        comments = self.comments(found)
        live: list[Waiver] = []
        expired: list[Waiver] = []
        for waiver in self.plan.waivers:
            live_until = waiver.expires is None or waiver.expires > self.plan.as_of
            (live if live_until else expired).append(waiver)
        self.index(comments, live)
        kept = [finding for finding in findings if not self.hides(finding)]
        made: list[tuple[str, Finding]] = []
        if EXPIRED in self.ran and expired:
            codes = {rule.code for w in expired if (rule := self.rule(w.rule))}
            shown: dict[tuple[str, str], list[Finding]] = defaultdict(list)
            for finding in kept:
                if finding.code in codes:
                    shown[finding.code, self.anchors.of(finding).node].append(finding)
            made.extend((EXPIRED, self.expired(waiver, shown)) for waiver in expired)
        unused_waivers = {i: problem for i, waiver in enumerate(live)
                          if i not in self.used_waivers
                          and (problem := self.waiver_unused(waiver)) is not None}
        unused_names = {id(c): {i: said for i, name in enumerate(c.comment.rules)
                                if i not in c.used
                                and (said := self.name_unused(c, name)) is not None}
                        for c in comments}
        if UNUSED in self.ran:
            made.extend((UNUSED, self.at_waiver(live[i], *problem))
                        for i, problem in unused_waivers.items())
            made.extend((UNUSED, finding) for comment in comments
                        for finding in self.unused_comment(comment, unused_names[id(comment)]))
        if NO_REASON in self.ran:
            made.extend((NO_REASON, self.without_reason(waiver))
                        for i, waiver in enumerate(live)
                        if i not in unused_waivers and not (waiver.reason or "").strip())
            made.extend((NO_REASON, self.comment_without_reason(comment))
                        for comment in comments
                        if comment.comment.reason is None and comment.comment.rules
                        and len(unused_names[id(comment)]) < len(comment.comment.rules))
        return kept + [self.stamp(code, finding) for code, finding in made], self.hidden

    def comments(self, found: list[tuple[SourceFile, Suppression]]) -> list[_Comment]:
        """The suppression comments ``found``, each with the items on its line. The
        items of each file are indexed only for a plan with a comment: a plan with
        waivers alone has its findings' anchors found without them (indexing the
        20,000 items of a large plan took 0.5 % of its check)."""
        if not found:
            return []
        files = self.anchors.files
        lines: dict[str, set[int]] = defaultdict(set)
        for source, comment in found:
            lines[source.name].add(comment.line)
        owners = {name: files[name].nodes_on_lines(wanted) for name, wanted in lines.items()}
        return [_Comment(files[source.name], comment, owners[source.name].get(comment.line, []))
                for source, comment in found]

    def rule(self, written: str) -> Rule | None:
        """The rule a waiver or comment names by code or name, in any case."""
        return self.rules.get(written.strip().casefold())

    def known(self, written: str) -> Rule:
        rule = self.rule(written)
        assert rule is not None, written
        return rule

    # -- hiding -------------------------------------------------------------------------

    def index(self, comments: list[_Comment], live: list[Waiver]) -> None:
        """Index what each comment and live waiver covers, by rule code."""
        for comment in comments:
            for position, name in enumerate(comment.comment.rules):
                rule = self.rule(name.text)
                if rule is None or rule.code in _UNHIDEABLE:
                    continue
                self.codes.add(rule.code)
                file = comment.index.source.name
                if comment.comment.whole_file:
                    self.by_file[rule.code, file].append((comment, position))
                    continue
                for node in comment.nodes:
                    self.by_node[rule.code, node.id].append((comment, position))
                self.by_line[rule.code, file, comment.comment.line].append((comment, position))
        for position, waiver in enumerate(live):
            rule = self.rule(waiver.rule)
            if rule is not None and rule.code not in _UNHIDEABLE:
                self.codes.add(rule.code)
                self.waived[rule.code, waiver.node].append(position)

    def hides(self, finding: Finding) -> bool:
        """Whether a comment or a live waiver hides ``finding``; marks what matched."""
        code, where = finding.code, finding.location
        if code not in self.codes:
            return False
        node = self.anchors.of(finding).node
        inline = [*self.by_line.get((code, where.file, where.line or 0), []),
                  *self.by_node.get((code, node), []),
                  *self.by_file.get((code, where.file), [])]
        for comment, position in inline:
            comment.used.add(position)
        waivers = self.waived.get((code, node), [])
        self.used_waivers.update(waivers)
        by = "inline" if inline else "waiver" if waivers else None
        if by is not None:
            self.hidden[by] += 1
        return by is not None

    # -- what is reported ---------------------------------------------------------------

    def label(self, written: str) -> str:
        rule = self.rule(written)
        return f"{rule.name} ({rule.code})" if rule is not None else repr(written)

    def not_hideable(self, written: str) -> str | None:
        """Why a named rule can never be matched: unknown, or one of this stage's own.
        Worked out once per name: thousands of comments naming one unknown rule each
        cost a search for the nearest known word, ten seconds in all."""
        if written not in self.unhideable:
            self.unhideable[written] = self._not_hideable(written)
        return self.unhideable[written]

    def _not_hideable(self, written: str) -> str | None:
        rule = self.rule(written)
        if rule is None:
            hint = did_you_mean(written, self.words)
            hint = f" ({hint})" if hint else ""
            return f"names rule {written!r}, which no loaded plugin provides{hint}"
        if rule.code in UNCHECKED:
            return (f"names {self.label(written)}, which cannot be waived or suppressed: it "
                    "says part of the plan went unchecked; fix its cause instead")
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
        if self.known(waiver.rule).code in self.ran:
            return (f"waiver of {self.label(waiver.rule)} on {waiver.node} hides nothing: "
                    "the rule finds nothing there any more; remove the waiver"), None
        return None

    def name_unused(self, comment: _Comment, name: RuleName) -> str | None:
        """Why a rule named in a comment that hid nothing is worth reporting, or ``None``."""
        reason = self.not_hideable(name.text)
        if reason is not None:
            return f"suppression {reason}; fix it, or remove it from the comment"
        if self.known(name.text).code not in self.ran:
            return None
        if comment.comment.whole_file:
            return (f"suppression of {self.label(name.text)} hides nothing: the rule finds "
                    "nothing in this file; remove it from the comment")
        if not comment.nodes:
            return (f"suppression of {self.label(name.text)} hides nothing: line "
                    f"{comment.comment.line} is not where an item or one of its keys "
                    "starts; put the comment at the end of the item's line")
        where = ", ".join(node.id for node in comment.nodes)
        return (f"suppression of {self.label(name.text)} hides nothing: the rule finds "
                f"nothing on {where}; remove it from the comment")

    def expired(self, waiver: Waiver,
                visible: dict[tuple[str, str], list[Finding]]) -> Finding:
        """PL011 for ``waiver``; ``visible`` holds the findings left, by code and node."""
        rule = self.rule(waiver.rule)
        shown = visible.get((rule.code, waiver.node), []) if rule is not None else []
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

    def unused_comment(self, comment: _Comment, problems: dict[int, str]
                       ) -> Iterable[Finding]:
        """PL012 for a comment that names no rule, and for each rule it names in vain
        (``problems``: what is wrong, by the name's position)."""
        if not comment.comment.rules:
            yield comment.finding("suppression names no rule; write "
                                  "# planlint: ignore[CODE or name, ...] -- reason")
        for position, problem in problems.items():
            yield comment.finding(problem, comment.comment.rules[position])

    def without_reason(self, waiver: Waiver) -> Finding:
        return self.at_waiver(
            waiver, f"waiver of {self.label(waiver.rule)} on {waiver.node} gives no reason; "
            "add reason: why the exception is accepted, so the next review can judge it")

    def comment_without_reason(self, comment: _Comment) -> Finding:
        names = ",".join(name.text for name in comment.comment.rules)
        kind = "disable" if comment.comment.whole_file else "ignore"
        return comment.finding(
            f"suppression of {names} gives no reason; add one after '--': "
            f"# planlint: {kind}[{names}] -- why it is accepted")

    def at_waiver(self, waiver: Waiver, message: str, at: str | None = None,
                  related: list[Related] | None = None) -> Finding:
        return Finding(message=message, node=waiver.node, kind="waiver",
                       location=waiver.location(at), related=tuple(related or ()),
                       field=at)

    def stamp(self, code: str, finding: Finding) -> Finding:
        """``finding`` with the metadata of the stage rule ``code``."""
        rule = self.host.rules[code]
        return self.host.stamp(finding, rule, self.settings.severity_of(rule))
