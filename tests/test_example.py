"""The bundled example checks cleanly apart from its deliberate defects."""

from __future__ import annotations

from planlint.api import lint
from planlint.commands import EXAMPLE


def test_example_findings_are_the_seeded_defects() -> None:
    report = lint(EXAMPLE)
    found = {(finding.code, finding.node) for finding in report.findings}
    assert ("PL102", "I3") in found  # the communication rollout has no owner
    assert ("PL201", "MP2") in found  # Mopar's fill-rate goal has no metric
    assert ("PL304", "I4") in found  # the campus renovation (paid by B3) leads to no goal
    assert len(report.files) == 3
