"""What a change to a plan does to its findings: those it introduces and those it
resolves.

The findings of the two versions are matched as a baseline matches them
(:func:`planlint.baseline.key_of`: rule code, item and field, never a line), with the
ids of renamed items (:mod:`planlint.versions`) read as their new ones. Keys are
counted: a finding of the newer version is *new* when the older version has no finding
of its key left to match (of two findings of one key where the older version had one,
the later in file order is new); a finding of the older version that the newer one does
not match is *resolved*.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from planlint.anchors import Anchors
from planlint.baseline import Key, key_of
from planlint.report import Report


def compare(before: Report, after: Report, base: str) -> Report:
    """``after`` with each finding marked new or not, and the findings of ``before`` it
    no longer has as ``resolved``; ``base`` names the older version in the report."""
    if before.model is None or after.model is None:
        raise ValueError("comparing reports needs the plans they checked")
    comparison = after.model.comparison
    renames = comparison.renames if comparison is not None else {}

    def renamed(key: Key) -> Key:
        code, node, field = key
        return code, renames.get(node, node), field

    old_anchors, new_anchors = Anchors(before.model), Anchors(after.model)
    old_keys = [renamed(key_of(old_anchors, finding)) for finding in before.findings]
    new_keys = [key_of(new_anchors, finding) for finding in after.findings]
    unmatched = Counter(old_keys)
    marked = []
    for finding, key in zip(after.findings, new_keys, strict=True):
        known = unmatched[key] > 0
        unmatched[key] -= known
        marked.append(replace(finding, new=not known))
    left = Counter(new_keys)
    resolved = []
    for finding, key in zip(before.findings, old_keys, strict=True):
        if left[key] > 0:
            left[key] -= 1
        else:
            resolved.append(finding)
    return replace(after, findings=marked, resolved=resolved, base=base)
