"""The result of a run: findings, and counts that summarize them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from planlint._version import __version__
from planlint.finding import UNCHECKED, Finding, Severity

if TYPE_CHECKING:
    from planlint.plan import Plan
    from planlint.positions import SourceFile
    from planlint.ruledef import Rule

FAIL_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}
#: How each reason for hiding a finding reads in a summary: (one, several).
HIDDEN_BY = {"waiver": ("by a waiver", "by waivers"), "inline": ("inline", "inline"),
             "baseline": ("by the baseline", "by the baseline")}


@dataclass
class Report:
    """What a run found, sorted by file, line, column and code.

    ``rules`` are the codes of the rules that ran; ``files`` every file read.
    Reporters that show more than the findings read the rest: ``catalogue`` (the rules
    that ran, by code), ``distributions`` (the distribution shipping each rule, by
    code), ``sources`` (each file read, by name, with its text) and ``model`` (the
    checked plan itself). They are empty for a report built by hand.

    ``unread`` names the files that could be read only in part, with the line where
    reading stopped (1: not at all); the rules that judge the plan as a whole are then
    ``withheld`` (their codes), since what could not be read must not cause findings.
    ``skipped`` names the files of the plan's folders that were left alone because they
    do not start with ``planlint: 1``; ``outdated``, the entries of the baseline applied
    (code, node, field) that no finding matched: fixed since it was written.

    A report that compares two versions of a plan (``planlint diff``, ``check --since``;
    :mod:`planlint.delta`) names the older version in ``base``, marks each finding
    ``new`` or not, and lists the older version's findings that are gone as
    ``resolved``; only new findings are shown by the formats for people and CI, and only
    they fail the run. ``base_unread`` names the older version's files that could be read
    only in part: the versions were then not compared (see :mod:`planlint.delta`).
    """

    findings: list[Finding]
    files: list[str]
    rules: list[str]
    plan: str
    as_of: date
    fail_on: str = "error"
    hidden: Counter[str] = field(default_factory=Counter)
    catalogue: dict[str, Rule] = field(default_factory=dict, repr=False)
    distributions: dict[str, str] = field(default_factory=dict, repr=False)
    sources: dict[str, SourceFile] = field(default_factory=dict, repr=False)
    model: Plan | None = field(default=None, repr=False)
    unread: dict[str, int] = field(default_factory=dict)
    withheld: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    outdated: list[tuple[str, str, str | None]] = field(default_factory=list)
    base: str | None = None
    resolved: list[Finding] = field(default_factory=list)
    base_unread: dict[str, int] = field(default_factory=dict)

    @property
    def reported(self) -> list[Finding]:
        """The findings to show and to fail on: in a comparison the new ones, else all."""
        if self.base is None:
            return self.findings
        return [finding for finding in self.findings if finding.new]

    def counts(self, findings: Iterable[Finding] | None = None) -> dict[str, int]:
        """Findings (of the report, or ``findings``) per severity, every severity present."""
        counted = Counter(finding.severity
                          for finding in (self.findings if findings is None else findings))
        return {level.value: counted.get(level, 0) for level in reversed(Severity)}

    def hidden_summary(self) -> str:
        """What was hidden and why, e.g. ``3 hidden: 2 by waivers, 1 inline``; empty when
        nothing was."""
        total = sum(self.hidden.values())
        if not total:
            return ""
        order = [*HIDDEN_BY, *sorted(set(self.hidden) - set(HIDDEN_BY))]
        parts = []
        for why in order:
            count = self.hidden[why]
            if count:
                one, several = HIDDEN_BY.get(why, (f"by {why}", f"by {why}"))
                parts.append(f"{count} {several if count > 1 else one}")
        return f"{total} hidden: {', '.join(parts)}"

    def unread_summary(self) -> str:
        """Which files could not be read in full and what that left unchecked; empty when
        every file was read."""
        said = []
        if self.base_unread:
            said.append("the older version could not be read in full ("
                        + "; ".join(_read_as_far_as(self.base_unread)) + "), so the versions "
                        "were not compared: the change rules did not run, a finding is new "
                        "unless the part read has it, and none is listed as resolved; correct "
                        "the error reported there, or compare with a version that reads")
        if self.unread:
            parts = "; ".join(_read_as_far_as(self.unread))
            if not self.withheld:
                said.append(f"{parts}; correct the error reported there to check it whole")
            else:
                rules = f"{len(self.withheld)} rule{'s' if len(self.withheld) != 1 else ''}"
                said.append(f"{parts}: {rules} that judge the plan as a whole did not run, so "
                            "that nothing missing from what was read is reported; correct the "
                            "error reported there to check the whole plan")
            if self.base is not None and not self.base_unread:
                said.append(f"no finding of {self.base} is listed as resolved, as the newer "
                            "version could not be read in full")
        return "; ".join(said)

    @property
    def failed(self) -> bool:
        """Whether a finding is at or above the ``fail_on`` level (in a comparison, a new
        one), or says that part of the plan went unchecked
        (:data:`~planlint.finding.UNCHECKED`)."""
        threshold = FAIL_LEVELS.get(self.fail_on)
        return any(finding.code in UNCHECKED for finding in self.findings) or (
            threshold is not None and any(finding.severity.rank >= threshold.rank
                                          for finding in self.reported))

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def summary(self) -> dict[str, Any]:
        return {
            "plan": self.plan,
            "as_of": self.as_of.isoformat(),
            "files": len(self.files),
            "rules": len(self.rules),
            "findings": len(self.findings),
            **self.counts(),
            "by_category": dict(sorted(Counter(f.category for f in self.findings).items())),
            "hidden": dict(sorted(self.hidden.items())),
            "unread": dict(sorted(self.unread.items())),
            "withheld": self.withheld,
            "skipped": self.skipped,
            "outdated_baseline": [{"code": code, "node": node, "field": field}
                                  for code, node, field in self.outdated],
            "fail_on": self.fail_on,
            "failed": self.failed,
            **({} if self.base is None else {"base": self.base, "new": len(self.reported),
                                              "resolved": len(self.resolved),
                                              "base_unread": dict(sorted(
                                                  self.base_unread.items()))}),
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: ``{"planlint": VERSION, "findings": [...], "summary": {...}}``,
        and in a comparison ``"resolved": [...]``, the older version's findings that are
        gone."""
        return {"planlint": __version__,
                "findings": [finding.to_dict() for finding in self.findings],
                **({} if self.base is None else
                   {"resolved": [finding.to_dict() for finding in self.resolved]}),
                "summary": self.summary()}


def _read_as_far_as(unread: dict[str, int]) -> list[str]:
    """``plan.yaml could not be read past line 12``, per file read in part (1: not at
    all)."""
    return [f"{name} could not be read" + (f" past line {line - 1}" if line > 1 else "")
            for name, line in sorted(unread.items())]
