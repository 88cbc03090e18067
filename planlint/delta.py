"""What a change to a plan does to its findings: those it introduces and those it
resolves.

The findings of the two versions are matched as a baseline matches them
(:func:`planlint.baseline.key_of`: rule code, item and field, never a line), with the
ids of renamed items (:mod:`planlint.versions`) read as their new ones. Keys are
counted: a finding of the newer version is *new* when the older version has no finding
of its key left to match (of two findings of one key where the older version had one,
the later in file order is new); a finding of the older version that the newer one does
not match is *resolved*.

A version that could not be read in full is no ground for a comparison: what was not
read would pass for dropped (or for resolved findings). When the older version could
not be read in full, :meth:`planlint.api.Session.compare` runs no change rule, and its
read errors join the report as new findings, which fail the run; when either version
could not, no finding is listed as resolved.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from planlint.anchors import Anchors
from planlint.baseline import Key, key_of
from planlint.report import Report


def compare(before: Report, after: Report, base: str, at: str = "") -> Report:
    """``after`` with each finding marked new or not, and the findings of ``before`` it
    no longer has as ``resolved``; ``base`` names the older version in the report, and
    ``at`` prefixes the name of one of its files that a file of ``after`` shares (a git
    revision, as ``git show REV:PATH`` names a file)."""
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
    if before.unread or after.unread:
        return _unreadable(before, replace(after, findings=marked, base=base), at)
    left = Counter(new_keys)
    resolved = []
    for finding, key in zip(before.findings, old_keys, strict=True):
        if left[key] > 0:
            left[key] -= 1
        else:
            resolved.append(finding)
    return replace(after, findings=marked, resolved=resolved, base=base)


def _unreadable(before: Report, after: Report, at: str) -> Report:
    """``after`` compared with a ``before`` not read in full (or itself not read in
    full): nothing resolved, and the older version's read errors reported as new."""
    if not before.unread:
        return after

    def shown(name: str) -> str:  # a name a newer file has too: that file at the revision
        return f"{at}{name}" if name in after.sources else name

    sources = dict(after.sources)
    errors = []
    for finding in before.findings:
        name = finding.location.file
        if finding.code != "PL001" or name not in before.unread:
            continue
        if name in before.sources:
            sources.setdefault(shown(name), before.sources[name])
        errors.append(replace(
            finding, location=replace(finding.location, file=shown(name)), new=True,
            message=f"{finding.message}; this older version of the plan must be read in full "
                    "to be compared with: correct it there, or compare with a version that "
                    "reads"))
    findings = sorted([*after.findings, *errors], key=lambda finding: finding.sort_key())
    return replace(after, findings=findings, sources=sources,
                   base_unread={shown(name): line for name, line in before.unread.items()})
