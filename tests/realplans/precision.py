"""Precision and recall of planlint on the real plans under tests/realplans.

Each plan folder holds the transcription of a public plan and ``verdicts.yaml``, the
judgement of every finding (see README.md). This script checks each plan as ``planlint
check`` does, with the installed plugins, and prints per plan: the findings reported,
those judged true and false, those not judged yet, precision (reported and judged true,
of all reported) and recall (judged true and reported, of all judged true)::

    python tests/realplans/precision.py            # every plan
    python tests/realplans/precision.py nonprofit  # one plan, listing what differs
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from planlint.api import get_host, lint
from planlint.finding import Finding

FOLDER = Path(__file__).resolve().parent

Pair = tuple[str, str]


def plans() -> list[str]:
    """The plan folders that have verdicts."""
    return sorted(path.parent.name for path in FOLDER.glob("*/verdicts.yaml"))


def verdicts(plan: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (FOLDER / plan / "verdicts.yaml").read_text(encoding="utf-8"))
    return data


def node(finding: Finding, folder: Path) -> str:
    """A finding's node; for a finding about a file, its path relative to the plan."""
    if finding.kind == "file":
        path = Path(finding.node).resolve()
        if path.is_relative_to(folder):
            return path.relative_to(folder).as_posix()
    return finding.node


@dataclass
class Score:
    """What planlint reported on one plan, against the verdicts."""

    plan: str
    reported: dict[Pair, list[Finding]]
    judged: dict[Pair, bool]
    reasons: dict[Pair, str] = field(default_factory=dict)
    known: set[Pair] = field(default_factory=set)  # false alarms planlint still makes

    @property
    def true(self) -> set[Pair]:
        return {pair for pair, verdict in self.judged.items() if verdict}

    @property
    def false_reported(self) -> list[Pair]:
        return sorted(pair for pair in self.reported if self.judged.get(pair) is False)

    @property
    def unexpected(self) -> list[Pair]:
        """False alarms that are not known ones: a rule started making a new one."""
        return [pair for pair in self.false_reported if pair not in self.known]

    @property
    def unjudged(self) -> list[Pair]:
        return sorted(pair for pair in self.reported if pair not in self.judged)

    @property
    def missed(self) -> list[Pair]:
        return sorted(self.true - self.reported.keys())

    @property
    def findings(self) -> int:
        return sum(len(found) for found in self.reported.values())

    @property
    def correct(self) -> int:
        return sum(len(found) for pair, found in self.reported.items()
                   if self.judged.get(pair) is True)

    @property
    def precision(self) -> float:
        return self.correct / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        true = self.true
        return len(true & self.reported.keys()) / len(true) if true else 1.0


def score(plan: str) -> Score:
    """Check one plan with the installed plugins and score it against its verdicts."""
    folder = FOLDER / plan
    report = lint(folder, host=get_host(entry_points=True))
    reported: dict[Pair, list[Finding]] = {}
    for finding in report.findings:
        reported.setdefault((finding.code, node(finding, folder)), []).append(finding)
    entries = verdicts(plan).get("findings") or []
    judged = {(entry["code"], str(entry["node"])): bool(entry["verdict"]) for entry in entries}
    reasons = {(entry["code"], str(entry["node"])): str(entry.get("why", ""))
               for entry in entries}
    known = {(entry["code"], str(entry["node"])) for entry in entries if entry.get("known")}
    return Score(plan, reported, judged, reasons, known)


def main(argv: list[str]) -> int:
    chosen = argv or plans()
    print(f"{'plan':18} {'findings':>8} {'true':>5} {'false':>5} {'unjudged':>8} "
          f"{'precision':>9} {'recall':>7}")
    for plan in chosen:
        result = score(plan)
        false = sum(len(result.reported[pair]) for pair in result.false_reported)
        unjudged = sum(len(result.reported[pair]) for pair in result.unjudged)
        print(f"{plan:18} {result.findings:>8} {result.correct:>5} {false:>5} {unjudged:>8} "
              f"{result.precision:>9.1%} {result.recall:>7.1%}")
        if argv:
            for title, pairs in (("reported, judged false", result.false_reported),
                                 ("reported, not judged", result.unjudged),
                                 ("judged true, not reported", result.missed)):
                for code, item in pairs:
                    message = result.reported[code, item][0].message \
                        if (code, item) in result.reported else result.reasons[code, item]
                    print(f"  {title}: {code} {item}: {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
