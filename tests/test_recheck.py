"""A check the language server runs again after an edit, reusing what it parsed and
validated before, finds exactly what a fresh check of the same text finds, at the same
places, whatever the edit: within one entry, across entries, renaming ids or changing
what references name."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from planlint.build import Builder
from planlint.plan import Plan
from planlint.report import Report
from planlint.server.plans import Plans, Roots
from tests.core.test_loaders import EXAMPLES, typed

_ID = re.compile(r"\bid: ([A-Za-z0-9][\w.-]*)")
_TITLE = re.compile(r"^( +(?:- )?title: ).*$", re.MULTILINE)


def _retitled(text: str, rng: random.Random) -> str:
    """``text`` with one title in block style changed, as the benchmark edits it."""
    titles = list(_TITLE.finditer(text))
    if not titles:
        return text
    at = rng.choice(titles)
    return f"{text[:at.start()]}{at.group(1)}Edited {rng.randrange(1000)}{text[at.end():]}"


def _renamed(text: str, rng: random.Random) -> str:
    """``text`` with an id or a reference changed: a definition renamed alone (its
    references dangle) or everywhere, a reference pointed at another item, or an item
    given another's id (a duplicate)."""
    ids: list[str] = _ID.findall(text)
    if not ids:
        return text
    old, other = rng.choice(ids), rng.choice(ids)
    roll = rng.random()
    if roll < 0.3:
        return text.replace(f"id: {old}", f"id: {old}x", 1)
    if roll < 0.5:
        return re.sub(rf"(?<![\w.-]){re.escape(old)}(?![\w.-])", f"{old}x", text)
    if roll < 0.8:
        named = [match for match in re.finditer(rf"(?<![\w.-]){re.escape(old)}(?![\w.-])",
                                                text)
                 if not text[:match.start()].endswith("id: ")]
        if not named:
            return text
        at = rng.choice(named)
        return text[:at.start()] + other + text[at.end():]
    return text.replace(f"id: {old}", f"id: {other}", 1)


def _fresh(plans: Plans, roots: Roots) -> Report:
    """The plan of ``roots`` checked from nothing, with the same session and texts."""
    session = plans.sessions.of(roots[0])
    return session.run(session.load(list(roots), overlay=plans.texts))


def _places(plan: Plan) -> list[tuple[str, str, object, object]]:
    """Every item with where it stands, and the references each makes."""
    return [(item.kind, item.id, item.location(), item.source_file.name
             if item.source_file else None) for item in plan.items] + \
        [(edge.source.id, edge.key, edge.target, edge.resolved is not None)
         for edge in plan.edges]


def _same(plans: Plans, roots: Roots) -> Report:
    """Check a plan again, and assert a fresh check finds the same at the same places."""
    checked, _ = plans.check(roots)
    fresh = _fresh(plans, roots)
    assert checked.report is not None and checked.plan is not None
    assert fresh.model is not None
    assert checked.report.findings == fresh.findings
    assert _places(checked.plan) == _places(fresh.model)
    files = {id(source) for source in checked.plan.files}
    assert all(id(item.source_file) in files for item in checked.plan.items)
    return checked.report


@pytest.mark.parametrize("name", ["okrs/company.yaml", "okrs/departments/engineering.yaml",
                                  "transit/strategic-plan.yaml",
                                  "hospital/service-lines/neuroscience.yaml"])
def test_a_check_after_each_edit_finds_what_a_fresh_check_finds(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = name.split("/")[0]
    shutil.copytree(EXAMPLES / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    validated: list[type] = []
    validate = Builder.validate

    def counted(self: Builder, cls: Any, *rest: Any) -> Any:
        validated.append(cls)
        return validate(self, cls, *rest)

    monkeypatch.setattr(Builder, "validate", counted)
    plans = Plans((tmp_path,))
    path = (tmp_path / name).resolve()
    text = path.read_text(encoding="utf-8")
    roots = plans.edit(path, text)
    _same(plans, roots)
    items = len(validated) // 2  # the check and the fresh one
    rng = random.Random(name)
    readable = reused = 0
    for step in range(60):  # each edit from the last text that could be read
        validated.clear()
        edited = (_renamed, _retitled, typed)[step % 3](text, rng)
        report = _same(plans, plans.edit(path, edited))
        if not any(finding.code == "PL001" for finding in report.findings):
            readable += 1
            reused += len(validated) < 1.5 * items  # few entries were validated again
            text = edited
    assert readable > 40 and reused > readable / 2


def test_plans_that_share_a_file_keep_their_own_items(tmp_path: Path) -> None:
    shared = tmp_path / "shared.yaml"
    shared.write_text("planlint: 1\ngoals:\n  - id: G1\n    title: Grow\n    owner: ann\n"
                      "  - id: G2\n    title: Keep\n")
    first = tmp_path / "first.yaml"
    second = tmp_path / "second.yaml"
    first.write_text("planlint: 1\ninclude: [shared.yaml]\npeople: [{id: ann}]\n")
    second.write_text("planlint: 1\ninclude: [shared.yaml]\n\n\npeople: [{id: bob}]\n")
    plans = Plans((tmp_path,))
    one, other = (first.resolve(),), (second.resolve(),)
    before, _ = plans.check(one)
    _same(plans, other)
    _same(plans, one)
    assert before.plan is not None and plans.checked[one].plan is not None
    assert all(item.source_file in before.plan.files for item in before.plan.items)
    plans.edit(shared.resolve(), shared.read_text().replace("Keep", "Keep going\n    due: x"))
    _same(plans, other)
    _same(plans, one)
    plans.edit(shared.resolve(), shared.read_text().replace("id: G2", "id: G1"))
    _same(plans, one)
    _same(plans, other)
