"""The language server's parts that need no editor: where completion stands in a line
being typed, which plan a file belongs to, and the message when the server's libraries
are missing."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

from planlint.api import Session, load_plan
from planlint.collect import Collection
from planlint.finding import Severity
from planlint.server import convert, rpc
from planlint.server.completion import Context, context_at, offers
from planlint.server.plans import Checked, Plans
from planlint.server.protocol import make_server
from planlint.server.rpc import apply, broken_lines
from tests.conftest import Run

CURSOR = "|"
PLUGINS = Path(__file__).parent / "plugins"


def context(text: str) -> Context | None:
    """The context at ``|`` in ``text``."""
    lines = text.split("\n")
    number = next(n for n, line in enumerate(lines) if CURSOR in line)
    column = lines[number].index(CURSOR)
    lines[number] = lines[number].replace(CURSOR, "")
    return context_at(lines, number, column)


@pytest.mark.parametrize(("text", "steps", "key", "prefix"), [
    ("goals:\n  - id: G1\n    owner: jd|", ("goals", "-"), "owner", "jd"),
    ("goals:\n  - id: G1\n    title: x\n    ow|", ("goals", "-"), None, "ow"),
    ("goals:\n  - id: G1\n  - |", ("goals", "-"), None, ""),
    ("initiatives:\n  - id: I1\n    supports:\n      - G|", ("initiatives", "-"), "supports",
     "G"),
    ("goals:\n  - {id: G1, owner: j|}", ("goals", "-"), "owner", "j"),
    ("initiatives:\n  - id: I1\n    supports: [G1, G|", ("initiatives", "-"), "supports", "G"),
    ("goals:\n  - {id: G1, metrics: [{id: M1, owner: |", ("goals", "-", "metrics", "-"),
     "owner", ""),
    ("goals:\n  - id: G1\n    metrics:\n      - id: M1\n        ow|",
     ("goals", "-", "metrics", "-"), None, "ow"),
    ("goals:\n- id: G1\n  owner: |", ("goals", "-"), "owner", ""),
    ("planlint: 1\ngo|", (), None, "go"),
    ("plan:\n  id: x\n  sponsor: |", ("plan",), "sponsor", ""),
    ("waivers:\n  - {rule: |", ("waivers", "-"), "rule", ""),
])
def test_the_context_is_read_from_the_lines_being_typed(
        text: str, steps: tuple[str, ...], key: str | None, prefix: str) -> None:
    found = context(text)
    assert found is not None
    assert (found.steps, found.key, found.prefix) == (steps, key, prefix)


@pytest.mark.parametrize("text", [
    "goals:\n  - {id: G1}|",                         # after a closed flow mapping
    "goals:\n  - id: G1  # ow|",                     # in a comment
    "goals:\n  - id: G1\n    title: \"Grow re|",     # in a quoted string
    "goals:\n  - id: G1\n    description: Some text a|b",
])
def test_nothing_is_completed_in_comments_strings_and_sentences(text: str) -> None:
    found = context(text)
    plan = load_plan("planlint: 1\npeople: [{id: ann}]\ngoals: [{id: G1}]\n")
    assert found is None or offers(found, plan, ["unmeasured-goal"]) == []


def test_offers_are_ids_of_the_kinds_a_field_takes_and_missing_keys() -> None:
    plan = load_plan("planlint: 1\npeople: [{id: ann}]\nunits: [{id: sales}]\n"
                     "goals: [{id: G1, owner: ann}]\n")
    owner = context("goals:\n  - id: G2\n    owner: |")
    assert owner is not None
    assert [offer.text for offer in offers(owner, plan, [])] == ["ann"]
    metric_owner = context("metrics:\n  - id: M1\n    owner: |")
    assert metric_owner is not None
    assert [offer.text for offer in offers(metric_owner, plan, [])] == ["ann", "sales"]
    keys = context("goals:\n  - id: G2\n    title: x\n    |")
    assert keys is not None
    found = {offer.text for offer in offers(keys, plan, [])}
    assert "owner" in found and "id" not in found and "title" not in found
    assert "withheld" in found  # what a goal keeps out of the plan's text
    breakdown = context("metrics:\n  - id: M2\n    title: x\n    |")
    assert breakdown is not None
    assert "breaks_down" in {offer.text for offer in offers(breakdown, plan, [])}
    measure = context("metrics:\n  - {id: M2, breaks_down: |")
    assert measure is not None
    assert [offer.text for offer in offers(measure, load_plan(
        "planlint: 1\npeople: [{id: ann}]\nmetrics: [{id: M1}]\n"), [])] == ["M1"]
    rule = context("waivers:\n  - {rule: |")
    assert rule is not None
    assert [offer.text for offer in offers(rule, plan, ["unmeasured-goal"])] == \
        ["unmeasured-goal"]


def test_the_server_says_how_to_install_what_it_needs(
        cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    # as if it were not installed: its submodules too, which an earlier test in this
    # process may have imported and an import finds before it looks at the package
    for name in [name for name in sys.modules if name.split(".")[0] == "pygls"]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.delitem(sys.modules, "planlint.server.protocol", raising=False)
    result = cli("server")
    assert result.exit_code == 1
    assert "planlint server needs pygls and lsprotocol" in result.output
    assert "pip install 'planlint[lsp]'" in result.output
    assert "Traceback" not in result.output


def test_a_file_joins_the_plan_that_comes_to_include_it_and_leaves_it(
        tmp_path: Path) -> None:
    enterprise = tmp_path / "enterprise.yaml"
    unit = tmp_path / "units" / "sales.yaml"
    unit.parent.mkdir()
    enterprise.write_text("planlint: 1\ngoals: [{id: E1}]\n")
    unit.write_text("planlint: 1\ngoals: [{id: S1, parent: E1}]\n")
    plans = Plans((tmp_path,))
    alone = plans.edit(unit, unit.read_text())
    assert alone == (unit,)
    checked, _ = plans.check(alone)
    assert "PL005" in [finding.code for finding in checked.findings[unit]]  # E1 unknown

    including = "planlint: 1\ninclude: [units/*.yaml]\ngoals: [{id: E1}]\n"
    whole, moved = plans.check(plans.edit(enterprise, including))  # unsaved
    assert plans.plan_of[unit] == (enterprise,) and moved == []
    assert "PL005" not in [finding.code for finding in whole.findings.get(unit, [])]

    _, moved = plans.check(plans.edit(enterprise, enterprise.read_text()))
    assert moved == [(unit,)] and plans.plan_of[unit] == (unit,)
    assert plans.close(enterprise) is None and plans.close(unit) is None
    assert not plans.checked


def test_a_huge_file_beside_a_plan_is_not_read_whole(tmp_path: Path) -> None:
    """Which plan an opened file belongs to is found by reading the plan files around
    it: a data file of 1.5 GB there was read whole (42 s and 3 GB of memory)."""
    plan = tmp_path / "plan.yaml"
    plan.write_text("planlint: 1\ngoals: [{id: G1}]\n")
    with (tmp_path / "readings.csv").open("wb") as data:
        data.write(b"planlint,include\n")
        data.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        assert Plans((tmp_path,)).edit(plan, plan.read_text()) == (plan,)
        assert tracemalloc.get_traced_memory()[1] < 20 * 1024 * 1024
    finally:
        tracemalloc.stop()


def test_files_opened_in_one_folder_read_each_file_beside_them_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file opened read every plan file of its folder again, to see whether it
    includes the file: 1,000 files opened in one folder took 49 s."""
    from planlint.server import plans as module

    paths = [tmp_path / f"unit{number:02}.yaml" for number in range(40)]
    for path in paths:
        path.write_text(f"planlint: 1\ngoals: [{{id: {path.stem}}}]\n")
    read: list[Path] = []
    reader = module._plan_text
    monkeypatch.setattr(module, "_plan_text", lambda path: read.append(path) or reader(path))
    plans = Plans((tmp_path,))
    for path in paths[:20]:
        assert plans.edit(path, path.read_text()) == (path,)
    assert sorted(set(read)) == sorted(read) == paths[1:]  # those not open, once each
    # a file changed on disk is read again, and now includes the next one opened
    paths[39].write_text("planlint: 1\ninclude: [unit20.yaml]\ngoals: [{id: top}]\n")
    assert plans.edit(paths[20], paths[20].read_text()) == (paths[39],)
    assert read.count(paths[39]) == 2


def test_files_opened_in_one_folder_read_each_plan_that_includes_others_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file opened read the whole plan of every file of its folder that includes
    others, to see whether it reaches the file: 500 such files opened took 125 s. What a
    plan reaches is read again once a file it reads, or a folder its includes look in,
    changes on disk or in the editor."""
    from planlint.server import plans as module

    read: list[Path] = []

    class Counting(module.Collector):
        def collect(self, paths: Iterable[str | Path]) -> Collection:
            paths = list(paths)
            read.extend(map(Path, paths))
            return super().collect(paths)

    monkeypatch.setattr(module, "Collector", Counting)
    units = tmp_path / "units"
    units.mkdir()
    (units / "u1.yaml").write_text("planlint: 1\ngoals: [{id: U1}]\n")
    (tmp_path / "top.yaml").write_text("planlint: 1\ninclude: [units/*.yaml]\n")
    (tmp_path / "shared.yaml").write_text("planlint: 1\npeople: [{id: ann}]\n")
    paths = [tmp_path / f"root{number:02}.yaml" for number in range(20)]
    for path in paths:
        path.write_text(f"planlint: 1\ninclude: [shared.yaml]\ngoals: [{{id: {path.stem}}}]\n")
    settled = time.time_ns() - 60_000_000_000  # stamps of a minute ago tell every change
    for path in [tmp_path, units, *tmp_path.iterdir(), *units.iterdir()]:
        os.utime(path, ns=(settled, settled))
    plans = Plans((tmp_path,))
    for path in paths:
        assert plans.edit(path, path.read_text()) == (path,)
    # each plan read from disk, and once more when it is open: not once per file opened
    assert max(Counter(read).values()) <= 2 and read.count(tmp_path / "top.yaml") == 1
    assert plans.edit(units / "u1.yaml", (units / "u1.yaml").read_text()) == \
        (tmp_path / "top.yaml",)
    (units / "u2.yaml").write_text("planlint: 1\ngoals: [{id: U2}]\n")  # a new file
    assert plans.edit(units / "u2.yaml", (units / "u2.yaml").read_text()) == \
        (tmp_path / "top.yaml",)
    plans.edit(paths[5], "planlint: 1\ninclude: [units/u1.yaml]\n")  # an unsaved edit
    assert plans.find_roots(units / "u1.yaml") == (paths[5],)


def _message(number: int | None, method: str, params: object) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", "method": method, "params": params,
                       **({"id": number} if number is not None else {})}).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def test_standard_output_carries_the_protocol_alone(tmp_path: Path) -> None:
    (tmp_path / "planlint.toml").write_text('plugins = ["noisy_rules"]\n')
    plan = tmp_path / "plan.yaml"
    plan.write_text("planlint: 1\ngoals: [{id: G1}]\n")
    talk = b"".join([
        _message(1, "initialize", {"processId": None, "rootUri": tmp_path.as_uri(),
                                   "capabilities": {}}),
        _message(None, "initialized", {}),
        _message(None, "textDocument/didOpen", {"textDocument": {
            "uri": plan.as_uri(), "languageId": "yaml", "version": 1,
            "text": plan.read_text()}}),
        _message(2, "shutdown", None), _message(None, "exit", None)])
    done = subprocess.run([sys.executable, "-m", "planlint", "server"], input=talk,
                          capture_output=True, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": str(PLUGINS)})
    assert b"a rule printing" in done.stderr and b"file descriptor 1" in done.stderr
    assert b"a rule" not in done.stdout
    assert done.stdout.startswith(b"Content-Length: ")
    assert b"textDocument/publishDiagnostics" in done.stdout


def test_a_file_with_too_many_findings_shows_the_most_serious_and_says_so(
        tmp_path: Path) -> None:
    goals = "".join(f"  - {{id: G{n}, title: Goal {n}, owner: {'p' if n % 3 else 'nobody'},"
                    f" due: 2030-01-01, metrics: [M{n}]}}\n" for n in range(600))
    plan = tmp_path / "plan.yaml"
    plan.write_text(f"planlint: 1\nplan: {{id: big}}\npeople: [{{id: p, name: P}}]\n"
                    f"goals:\n{goals}")
    session = Session.open(entry_points=False)
    checked = Checked.of((plan,), session, session.run(session.load(plan)))
    findings = checked.findings[plan]
    assert len(findings) > convert.MOST_DIAGNOSTICS
    errors = [finding for finding in findings if finding.severity is Severity.ERROR]
    assert len(errors) > 600 and any(finding.severity is Severity.INFO for finding in findings)

    shown = convert.Places(PositionCodec()).diagnostics(checked, plan, Path.as_uri)
    untold, *diagnostics = shown
    assert untold.message == (f"planlint shows 1,000 of the {len(findings):,} findings in "
                              "this file, the most serious first; run `planlint check "
                              "plan.yaml` to see them all")
    assert len(diagnostics) == convert.MOST_DIAGNOSTICS
    lines = [diagnostic.range.start.line for diagnostic in diagnostics]
    assert lines == sorted(lines)  # in the file's order
    severities = [diagnostic.severity for diagnostic in diagnostics]
    assert severities.count(types.DiagnosticSeverity.Error) == len(errors)
    assert types.DiagnosticSeverity.Information not in severities


def test_past_the_cap_a_file_read_in_part_says_so_and_its_actions_are_the_shown_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """More errors than are shown: the PL001 saying where reading stopped is shown all
    the same (it was left out, last in the file), and code actions over the whole file
    are those of the shown findings, with its comments read once (they were read again
    for each finding: 2,401 findings took 42 s and gave 2,403 actions)."""
    from planlint.server import actions
    from planlint.server.queries import PlanIndex

    goals = "".join(f"  - {{id: G{n}, title: Goal {n}, due: soon}}\n" for n in range(1005))
    plan = tmp_path / "plan.yaml"
    plan.write_text(f"planlint: 1\nplan: {{id: big}}\ngoals:\n{goals}"
                    "  - {id: Z, title: Z}  # planlint: ignore[PL101] -- later\nx-tail: [1, 2\n")
    session = Session.open(entry_points=False)
    checked = Checked.of((plan,), session, session.run(session.load(plan)))
    findings = checked.findings[plan]
    assert [finding.code for finding in findings].count("PL002") == 1005
    assert findings[-1].code == "PL001"
    places = convert.Places(PositionCodec())
    untold, *diagnostics = places.diagnostics(checked, plan, Path.as_uri)
    assert untold.message.startswith("planlint shows 1,000 of the 1,006 findings")
    assert len(diagnostics) == convert.MOST_DIAGNOSTICS and diagnostics[-1].code == "PL001"
    assert "could not be read past line" in diagnostics[-1].message

    scans: list[object] = []

    def scan(source: object) -> list[object]:
        scans.append(source)
        return []

    monkeypatch.setattr(actions, "scan", scan)
    assert checked.plan is not None
    found = actions.code_actions(checked, PlanIndex(checked.plan), plan, plan.as_uri(),
                                 range(1, 2000), places, diagnostics)
    ignores = [action for action in found if action.title.startswith("Ignore")]
    assert len(ignores) == convert.MOST_DIAGNOSTICS - 1 and len(scans) == 1  # PL001: none


def test_past_the_cap_an_included_file_names_the_plan_to_check(tmp_path: Path) -> None:
    """Checking an included file alone checks only that part: the cap's note names the
    plan's root file, as written from the included file's folder."""
    goals = "".join(f"  - {{id: G{n}, title: Goal {n}, due: soon}}\n" for n in range(1005))
    plan, part = tmp_path / "plan.yaml", tmp_path / "units" / "goals.yaml"
    part.parent.mkdir()
    part.write_text(f"planlint: 1\ngoals:\n{goals}")
    plan.write_text("planlint: 1\nplan: {id: big}\ninclude: [units/goals.yaml]\n")
    session = Session.open(entry_points=False)
    checked = Checked.of((plan,), session, session.run(session.load(plan)))
    untold = convert.Places(PositionCodec()).diagnostics(checked, part, Path.as_uri)[0]
    assert untold.message.endswith("run `planlint check ../plan.yaml` to see them all")


@pytest.mark.parametrize(("text", "edit", "encoding", "after"), [
    # pygls put an edit past the end of the last line before its last character
    ("a: 1\nb: 2", ((1, 9), (1, 9), "0"), "utf-16", "a: 1\nb: 20"),
    ("a: 1\nb: 2", ((7, 0), (9, 0), "\nc: 3"), "utf-16", "a: 1\nb: 2\nc: 3"),
    # and split lines at U+2028 and form feeds, which editors do not: b's edit went to y
    ("a: 'x\u2028y'\nb: 2\n", ((1, 3), (1, 4), "3"), "utf-16", "a: 'x\u2028y'\nb: 3\n"),
    ("a: 1\x0cz\r\nb: 2\r\n", ((1, 3), (1, 4), "3"), "utf-16", "a: 1\x0cz\r\nb: 3\r\n"),
    # and dropped a range that ends before it starts
    ("ab\nabc", ((1, 2), (0, 1), "X"), "utf-16", "aXc"),
    ("t: 😋😋\n", ((0, 5), (0, 7), "!"), "utf-16", "t: 😋!\n"),
    ("t: 😋😋\n", ((0, 7), (0, 11), "!"), "utf-8", "t: 😋!\n"),
    ("t: 😋😋\n", ((0, 4), (0, 5), "!"), "utf-32", "t: 😋!\n"),
])
def test_an_edit_is_applied_as_the_protocol_defines_it(
        text: str, edit: tuple[tuple[int, int], tuple[int, int], str], encoding: str,
        after: str) -> None:
    (start_line, start), (end_line, end), new = edit
    change = types.TextDocumentContentChangePartial(types.Range(
        types.Position(start_line, start), types.Position(end_line, end)), new)
    lines = broken_lines(text)
    apply(lines, change, PositionCodec(encoding))
    assert "".join(lines) == after


def test_a_flood_of_edits_splits_the_text_once_and_then_only_the_lines_it_touches(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each change of an edit split and copied the whole text: 2,000 of them to an
    840 KB plan took 8 s in one edit, 12.5 s in 2,000. Counted in characters split, so
    the cost is measured without a clock."""
    server = make_server()
    for _ in server.protocol.lsp_initialize(types.InitializeParams(
            capabilities=types.ClientCapabilities())):
        pass  # the workspace exists once initialize has begun
    uri = "file:///plans/plan.yaml"
    text = "planlint: 1\n" + "".join(f"# note {n}: {'words ' * 8}\n" for n in range(14_000))
    server.workspace.put_text_document(types.TextDocumentItem(uri, "yaml", 1, text))
    split: list[int] = []

    def counted(text: str) -> list[str]:
        split.append(len(text))
        return broken_lines(text)

    monkeypatch.setattr(rpc, "broken_lines", counted)
    changes = [types.TextDocumentContentChangePartial(types.Range(
        types.Position(1 + n * 7 % 14_000, 2), types.Position(1 + n * 7 % 14_000, 2)), "x")
        for n in range(2_000)]
    edits = [changes] + [[change] for change in changes]
    for version, edit in enumerate(edits, start=2):
        list(server.protocol.lsp_text_document__did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(version=version, uri=uri), edit)))
    assert sum(split) < len(text) + 4_001 * 100  # the text once; then a line per change
    assert server.workspace.get_text_document(uri).source.count("x") == 4_000 + text.count("x")


def test_edits_applied_to_kept_lines_give_the_text_of_edits_applied_to_the_text() -> None:
    """The server keeps an edited document's lines and changes those an edit touches; a
    break joined or split by an edit (a \\r and a \\n that become one \\r\\n) must
    leave them as the text's own lines."""

    def offset(text: str, line: int, character: int) -> int:  # counted in code points
        parts = re.split(r"(\r\n|\r|\n)", text)
        if 2 * line >= len(parts):
            return len(text)
        return len("".join(parts[:2 * line])) + min(character, len(parts[2 * line]))

    pieces = ["a", "bc", "\n", "\r", "\r\n", "\u2028", "\x0c", "😋", ""]
    chance = random.Random(7)
    codec = PositionCodec(types.PositionEncodingKind.Utf32)
    for _ in range(300):
        text = "".join(chance.choices(pieces, k=chance.randrange(12)))
        lines = broken_lines(text)
        for _ in range(20):
            ends = [(chance.randrange(6), chance.randrange(4)) for _ in range(2)]
            new = "".join(chance.choices(pieces, k=chance.randrange(4)))
            change = types.TextDocumentContentChangePartial(types.Range(
                types.Position(*ends[0]), types.Position(*ends[1])), new)
            start, end = sorted(offset(text, *at) for at in ends)
            text = text[:start] + new + text[end:]
            apply(lines, change, codec)
            assert "".join(lines) == text and lines == broken_lines(text), (text, lines)
