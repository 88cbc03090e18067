"""Baselines: adopt planlint on an existing plan and see only new findings.

``planlint check --write-baseline FILE`` records today's findings; ``--baseline FILE``
then hides those and reports the rest. A finding is keyed on its rule code, the item it
belongs to and the field it is about (:mod:`planlint.anchors`), never on a line, so
moving or reordering items keeps the baseline valid. Keys are counted: if the baseline
holds one finding for a key and the plan now has two, one of them is new (the later one
in file order is reported).

The file is JSON, sorted, one entry per finding, so a change to it reads well in review::

    {
      "planlint-baseline": 1,
      "findings": [
        {"code": "PL201", "name": "unmeasured-goal", "node": "MP2", "field": null,
         "message": "goal MP2 (Fill rate …) has no metric; …"}
      ]
    }

``name`` and ``message`` are there for the reader; only ``code``, ``node`` and
``field`` are matched.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from planlint.anchors import Anchors
from planlint.errors import UsageError, explain
from planlint.finding import UNCHECKED, Finding
from planlint.limits import MAX_FILE_BYTES
from planlint.outputs import write_atomically
from planlint.plan import Plan
from planlint.report import Report

VERSION = 1
VERSION_KEY = "planlint-baseline"

#: What a baseline entry is matched on: rule code, item id, field path.
Key = tuple[str, str, str | None]
T = TypeVar("T")


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    node: str
    field: str | None = None
    name: str = ""
    message: str = ""


_ENTRY_KEYS = frozenset(_Entry.model_fields)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    findings: list[_Entry]


def key_of(anchors: Anchors, finding: Finding) -> Key:
    """What a finding is matched on: its rule code and its anchor's item and field."""
    anchor = anchors.of(finding)
    return finding.code, anchor.node, anchor.field


def entries(plan: Plan, findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Baseline entries for ``findings``, sorted by code, node, field and message; what
    went unchecked is never recorded."""
    anchors = Anchors(plan)
    rows = []
    for finding in findings:
        if finding.code in UNCHECKED:
            continue
        code, node, field = key_of(anchors, finding)
        rows.append({"code": code, "name": finding.name, "node": node, "field": field,
                     "message": finding.message})
    return sorted(rows, key=lambda r: (r["code"], r["node"], r["field"] or "", r["message"]))


def write(path: Path, plan: Plan, findings: Iterable[Finding]) -> int:
    """Record ``findings`` in ``path``, replacing it whole or not at all; returns how many
    were recorded."""
    if os.path.realpath(path) in {os.path.realpath(source.name) for source in plan.files}:
        raise UsageError(f"--write-baseline {path} is a file of the plan checked, so the "
                         "baseline is not written over it; name another file, such as "
                         "planlint-baseline.json")
    rows = entries(plan, findings)
    text = json.dumps({VERSION_KEY: VERSION, "findings": rows}, indent=2,
                      ensure_ascii=False) + "\n"
    try:
        write_atomically(path, text)
    except OSError as error:
        raise UsageError(f"cannot write the baseline {path}: {error.strerror or error}; "
                         "check that its folder exists and is writable") from None
    return len(rows)


def read(path: Path) -> Counter[Key]:
    """The keys recorded in a baseline file, counted; any problem is a
    :class:`UsageError` that says how to fix it."""
    try:
        if path.is_dir():
            raise UsageError(f"baseline {path} is a folder; name the JSON file that "
                             "--write-baseline wrote")
        if not path.exists():
            raise UsageError(f"baseline file {path} does not exist; create it with "
                             f"'planlint check --write-baseline {path}'")
        if not path.is_file():  # a device such as /dev/zero, or a named pipe: endless
            raise UsageError(f"baseline {path} is not a regular file (a device or a named "
                             "pipe); name the JSON file that --write-baseline wrote")
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UsageError(f"cannot read the baseline {path}: {error.strerror or error}; "
                         "check that it is readable") from None
    if len(raw) > MAX_FILE_BYTES:
        raise UsageError(f"the baseline is larger than {MAX_FILE_BYTES:,} bytes, more than "
                         "planlint writes for a plan it can check; write it again with "
                         "--write-baseline", str(path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UsageError(f"the baseline is not UTF-8 text (byte {error.start:,} is not); "
                         "write it again with --write-baseline", str(path)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"the baseline is not valid JSON: {error.msg}; write it again with "
                         "--write-baseline", f"{path}:{error.lineno}:{error.colno}") from None
    except RecursionError:
        raise UsageError("the baseline nests lists too deeply to be one planlint wrote; "
                         "write it again with --write-baseline", str(path)) from None
    if not isinstance(data, dict) or VERSION_KEY not in data:
        raise UsageError(f"not a planlint baseline: it has no {VERSION_KEY!r} version key; "
                         "write it with --write-baseline", str(path))
    if data[VERSION_KEY] != VERSION or isinstance(data[VERSION_KEY], bool):
        raise UsageError(f"baseline version {data[VERSION_KEY]!r} is not known; this "
                         f"planlint reads version {VERSION}, write it again with "
                         "--write-baseline", str(path))
    rest = {key: value for key, value in data.items() if key != VERSION_KEY}
    if set(rest) != {"findings"} or not isinstance(rest["findings"], list):
        _malformed(path, lambda: _File.model_validate(rest))
    return Counter(_key(path, index, entry) for index, entry in enumerate(rest["findings"]))


def _key(path: Path, index: int, entry: object) -> Key:
    """The key of the baseline entry at ``index``. A plain entry is read by hand: a model
    per entry took 1.1 GB and 13 s for a 63 MiB file of 2.25 million entries, and ran
    out of memory under a 2 GiB cap; any other is read by the model, which says what is
    wrong with it."""
    if isinstance(entry, dict) and entry.keys() <= _ENTRY_KEYS:
        code, node, field = entry.get("code"), entry.get("node"), entry.get("field")
        if type(code) is str and type(node) is str and (field is None or type(field) is str) \
                and type(entry.get("name", "")) is str and type(entry.get("message", "")) is str:
            return code, node, field
    model = _malformed(path, lambda: _Entry.model_validate(entry), ("findings", index))
    return model.code, model.node, model.field


def _malformed(path: Path, validate: Callable[[], T], within: tuple[str | int, ...] = ()
               ) -> T:
    """What ``validate`` returns; a :class:`UsageError` saying what it found wrong, at
    ``within`` the baseline (``("findings", 3)``), when it fails."""
    try:
        return validate()
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        where = ".".join(str(part) for part in (*within, *detail["loc"]))
        raise UsageError(f"the baseline is malformed: {where} {explain(detail)}; write it "
                         "again with --write-baseline", str(path)) from None


def apply(report: Report, plan: Plan, known: Counter[Key]) -> Report:
    """``report`` without the findings the baseline records, counted as hidden by it;
    what went unchecked is never hidden, whatever the file says. Entries of rules that
    ran and hid nothing are the report's ``outdated`` ones: their findings were fixed."""
    remaining = Counter(known)
    anchors = Anchors(plan)
    kept = []
    hidden = 0
    for finding in report.findings:
        key = key_of(anchors, finding)
        if remaining[key] > 0 and finding.code not in UNCHECKED:
            remaining[key] -= 1
            hidden += 1
        else:
            kept.append(finding)
    counted = Counter(report.hidden)
    if hidden:
        counted["baseline"] += hidden
    ran = set(report.rules)
    outdated = sorted(((code, node, field) for (code, node, field), left in remaining.items()
                       for _ in range(left) if code in ran),
                      key=lambda key: (key[0], key[1], key[2] or ""))
    return replace(report, findings=kept, hidden=counted, outdated=outdated)
