"""``planlint server`` end to end: a real client (pytest-lsp) talks to the server process
over standard input and output, as an editor does."""

from __future__ import annotations

import asyncio
import os
import sys
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

PLUGINS = Path(__file__).parent / "plugins"
PUBLISH = types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS
PLAN = """\
planlint: 1
plan: {id: acme, sponsor: ceo}
people:
  - {id: ceo, name: Dana Cho, leader: true}
  - {id: cfo, name: Sam Ruiz}
goals:
  - id: G1
    title: Return to profit
    owner: cfo
    metrics: [M1]
  - id: G2
    title: Keep customers
    ownr: ceo
metrics:
  - {id: M1, title: Operating margin, owner: cfo}
initiatives:
  - {id: I1, title: Cut costs, owner: cfo, supports: [G1], status: active}
budgets:
  - {id: B1, amount: 100, funds: [G1, I1], owner: cfo}
reviews:
  - {id: R1, title: Quarterly review, chair: ceo, covers: [G1]}
communications:
  - {id: C1, title: Town hall, owner: ceo, covers: [G1, G9]}
"""

pytestmark = pytest.mark.asyncio(loop_scope="module")
#: The diagnostics published for each URI, in order.
PUBLISHED: defaultdict[str, asyncio.Queue[list[types.Diagnostic]]] = \
    defaultdict(asyncio.Queue)


def recording_client() -> LanguageClient:
    """pytest-lsp's client, keeping every publication of diagnostics (its own keeps the
    last, and wakes one waiter per method)."""
    client = LanguageClient(converter_factory=default_converter)

    def record(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        PUBLISHED[params.uri].put_nowait(list(params.diagnostics))

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES, PUBLISH: record})
    return client


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("workspace")


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(
    server_command=[sys.executable, "-m", "planlint", "server", "--stdio"],
    client_factory=recording_client,
    server_env={**os.environ, "PLANLINT_NO_PLUGINS": "1", "PYTHONPATH": str(PLUGINS)}))
async def client(lsp_client: LanguageClient, root: Path) -> AsyncIterator[None]:
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities("neovim"), root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(root.as_uri(), "workspace")],
        initialization_options={"debounce": 0.05}))
    yield
    await lsp_client.shutdown_session()


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def forget(*paths: Path) -> None:
    """Drop what was published for these files so far."""
    for path in paths:
        queue = PUBLISHED[path.as_uri()]
        while not queue.empty():
            queue.get_nowait()


async def published(path: Path) -> list[types.Diagnostic]:
    """The next diagnostics published for a file."""
    return await asyncio.wait_for(PUBLISHED[path.as_uri()].get(), 20)


async def opened(client: LanguageClient, path: Path) -> list[types.Diagnostic]:
    """Open a file as the editor does, and the diagnostics published for it."""
    forget(path)
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
        path.as_uri(), "yaml", 1, path.read_text(encoding="utf-8"))))
    return await published(path)


async def edited(client: LanguageClient, path: Path, version: int,
                 text: str) -> list[types.Diagnostic]:
    """Replace an open file's text, unsaved, and the diagnostics published for it."""
    forget(path)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version, path.as_uri()),
        [types.TextDocumentContentChangeWholeDocument(text)]))
    return await published(path)


async def closed(client: LanguageClient, path: Path) -> list[types.Diagnostic]:
    """Close a file, and the diagnostics published for it then."""
    forget(path)
    client.text_document_did_close(types.DidCloseTextDocumentParams(doc(path)))
    return await published(path)


def doc(path: Path) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(path.as_uri())


def at(path: Path, line: int, text: str, offset: int = 0) -> types.Position:
    """The position of ``text`` on ``line`` (from 1) of a file, moved by ``offset``."""
    column = path.read_text(encoding="utf-8").splitlines()[line - 1].index(text) + offset
    return types.Position(line - 1, column)


def span(path: Path, line: int, text: str) -> types.Range:
    start = at(path, line, text)
    return types.Range(start, types.Position(start.line, start.character + len(text)))


def codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return sorted(str(diagnostic.code) for diagnostic in diagnostics)


async def test_diagnostics_follow_open_change_and_close(client: LanguageClient,
                                                         root: Path) -> None:
    path = write(root, "single/plan.yaml", PLAN)
    found = await opened(client, path)
    dangling = next(d for d in found if d.code == "PL005")
    assert "'G9'" in dangling.message and dangling.source == "planlint"
    assert dangling.severity == types.DiagnosticSeverity.Error
    assert dangling.code_description is not None
    assert dangling.code_description.href.endswith("#pl005-dangling-reference")
    assert dangling.range == span(path, 23, "G9")  # at G9 itself
    assert "PL014" in codes(found)

    fixed = PLAN.replace("G9", "G2").replace("ownr", "owner")
    assert {"PL005", "PL014"}.isdisjoint(codes(await edited(client, path, 2, fixed)))

    broken = fixed.replace("  - {id: B1", "  - {id: B1, amount: [")
    found = await edited(client, path, 3, broken)
    assert codes(found).count("PL001") == 1
    (syntax,) = (d for d in found if d.code == "PL001")
    assert syntax.range.start.line == 18 and "did not run" in syntax.message
    hover = await client.text_document_hover_async(types.HoverParams(
        doc(path), at(path, 9, "cfo")))
    assert hover is not None  # the rest of the server works on a half-typed file

    assert await closed(client, path) == []


ENTERPRISE = """\
planlint: 1
plan: {id: group, sponsor: ceo}
include: [units/*.yaml]
people:
  - {id: ceo, name: Dana Cho, leader: true}
goals:
  - {id: E1, title: Grow the group, owner: ceo}
"""
UNIT = """\
planlint: 1
goals:
  - {id: S1, title: Grow sales, owner: ceo, parent: E1}
  - {id: E1, title: Sales growth, owner: ceo}
"""


async def test_a_unit_file_is_checked_with_the_plan_that_includes_it(
        client: LanguageClient, root: Path) -> None:
    enterprise = write(root, "group/enterprise.yaml", ENTERPRISE)
    unit = write(root, "group/units/sales.yaml", UNIT)
    found = await opened(client, unit)
    assert "PL005" not in codes(found)  # E1 and ceo are defined by the enterprise file
    (duplicate,) = (d for d in found if d.code == "PL004")
    assert duplicate.range.start.line == 3
    (other,) = duplicate.related_information or []
    assert other.location.uri == enterprise.as_uri() and other.location.range.start.line == 6

    await opened(client, enterprise)
    unsaved = ENTERPRISE.replace("  - {id: E1, title: Grow the group, owner: ceo}\n", "")
    forget(unit)
    await edited(client, enterprise, 2, unsaved)
    assert "PL004" not in codes(await published(unit))  # the enterprise's E1 is gone, unsaved
    definition = await client.text_document_definition_async(types.DefinitionParams(
        doc(unit), at(unit, 3, "parent: E1", 9)))
    assert definition == [types.Location(unit.as_uri(), span(unit, 4, "E1"))]

    assert await closed(client, enterprise) == []
    assert "PL004" in codes(await published(unit))  # the enterprise file as it is on disk
    assert await closed(client, unit) == []


async def test_navigation_definition_references_hover_and_symbols(
        client: LanguageClient, root: Path) -> None:
    path = write(root, "navigation/plan.yaml", PLAN)
    await opened(client, path)
    definition = await client.text_document_definition_async(types.DefinitionParams(
        doc(path), at(path, 9, "cfo", 1)))
    assert definition == [types.Location(path.as_uri(), span(path, 5, "cfo"))]

    references = await client.text_document_references_async(types.ReferenceParams(
        context=types.ReferenceContext(include_declaration=False), text_document=doc(path),
        position=at(path, 7, "G1")))
    assert references is not None
    assert sorted((r.range.start.line, r.range.start.character) for r in references) == [
        (at(path, line, "[G1", 1).line, at(path, line, "[G1", 1).character)
        for line in (17, 19, 21, 23)]  # I1 supports it, B1 funds it, R1 and C1 cover it

    hover = await client.text_document_hover_async(types.HoverParams(
        doc(path), at(path, 17, "I1")))
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    text = hover.contents.value
    assert "**initiative I1** — Cut costs" in text
    assert "owner: cfo (Sam Ruiz)" in text and "status: active" in text
    assert "supports: G1" in text and "named in funds by budget B1" in text

    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(doc(path)))
    assert symbols is not None
    outline = {symbol.name: [child.name for child in symbol.children or ()]
               for symbol in symbols if isinstance(symbol, types.DocumentSymbol)}
    assert outline == {"plan": [], "people": ["ceo", "cfo"], "goals": ["G1", "G2"],
                       "metrics": ["M1"], "initiatives": ["I1"], "budgets": ["B1"],
                       "reviews": ["R1"], "communications": ["C1"]}
    client.text_document_did_close(types.DidCloseTextDocumentParams(doc(path)))


async def completed(client: LanguageClient, path: Path, text: str) -> list[str]:
    """The completions offered at ``|`` in ``text``, written unsaved over the file."""
    number, line = next((n, line) for n, line in enumerate(text.splitlines()) if "|" in line)
    await edited(client, path, number + 10, text.replace("|", ""))
    found = await client.text_document_completion_async(types.CompletionParams(
        doc(path), types.Position(number, line.index("|"))))
    items = found.items if isinstance(found, types.CompletionList) else found or []
    return [item.label for item in items]


async def test_completion_offers_ids_of_the_right_kind_and_field_names(
        client: LanguageClient, root: Path) -> None:
    path = write(root, "completion/plan.yaml", PLAN)
    await opened(client, path)
    assert await completed(client, path, PLAN.replace("owner: cfo\n    metrics",
                                                      "owner: |\n    metrics")) == \
        ["ceo", "cfo"]
    assert await completed(client, path, PLAN.replace("supports: [G1]", "supports: [G1, |]")) \
        == ["G1", "G2"]
    fields = await completed(client, path, PLAN.replace("    ownr: ceo", "    du|"))
    assert "due" in fields and "title" not in fields and "owner" not in fields
    client.text_document_did_close(types.DidCloseTextDocumentParams(doc(path)))


async def test_code_actions_fix_ignore_and_explain(client: LanguageClient,
                                                    root: Path) -> None:
    path = write(root, "actions/plan.yaml", PLAN.replace("covers: [G1, G9]", "covers: [G1, G22]"))
    found = await opened(client, path)

    async def actions(line: int) -> dict[str, types.CodeAction | types.Command]:
        result = await client.text_document_code_action_async(types.CodeActionParams(
            doc(path), types.Range(types.Position(line - 1, 0), types.Position(line - 1, 0)),
            types.CodeActionContext(diagnostics=[d for d in found
                                                 if d.range.start.line == line - 1])))
        return {action.title: action for action in result or []}

    def edit(action: types.CodeAction | types.Command) -> types.TextEdit:
        assert isinstance(action, types.CodeAction)
        assert action.edit is not None and action.edit.changes is not None
        (only,) = action.edit.changes[path.as_uri()]
        return only

    misspelt = await actions(13)
    assert edit(misspelt["Change 'ownr' to 'owner'"]) == types.TextEdit(span(path, 13, "ownr"),
                                                                        "owner")
    dangling = await actions(23)
    assert edit(dangling["Change 'G22' to 'G2'"]) == types.TextEdit(span(path, 23, "G22"), "G2")
    ignore = edit(dangling["Ignore dangling-reference for C1 on this line"])
    assert ignore.new_text == "  # planlint: ignore[dangling-reference] -- "
    assert ignore.range.start == types.Position(22, len(path.read_text().splitlines()[22]))

    explain = dangling["Explain PL005 dangling-reference"]
    assert isinstance(explain, types.Command)
    text = await client.workspace_execute_command_async(types.ExecuteCommandParams(
        explain.command, explain.arguments))
    assert text.startswith("PL005 dangling-reference")
    assert client.shown_documents[-1].uri.endswith("PL005-dangling-reference.txt")
    client.text_document_did_close(types.DidCloseTextDocumentParams(doc(path)))


async def test_a_crashing_rule_is_a_diagnostic_and_a_failing_request_an_error(
        client: LanguageClient, root: Path) -> None:
    write(root, "faulty/planlint.toml", 'plugins = ["faulty_rules"]\n'
                                        'select = ["BAD001", "PL005"]\n')
    path = write(root, "faulty/plan.yaml", PLAN)
    found = await opened(client, path)
    assert codes(found) == ["PL000", "PL005"]
    assert "raised KeyError" in next(d.message for d in found if d.code == "PL000")

    with pytest.raises(Exception, match=r"planlint\.explain takes two arguments"):
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            "planlint.explain", ["PL005"]))
    assert await client.text_document_hover_async(types.HoverParams(
        doc(path), at(path, 9, "cfo"))) is not None  # still serving
    client.text_document_did_close(types.DidCloseTextDocumentParams(doc(path)))


@pytest.mark.parametrize(("arguments", "got"), [
    (None, "got 0 arguments"),
    (["PL005"], "got 1 argument"),
    (["PL005", "file:///plan.yaml", "x"], "got 3 arguments"),
    ([{"a": 1}, "file:///plan.yaml"], "got a JSON object"),
    ([5, ["file:///plan.yaml"]], "got a number and a JSON array"),
])
async def test_explain_called_with_arguments_it_cannot_take_says_what_it_takes(
        client: LanguageClient, arguments: list[object] | None, got: str) -> None:
    with pytest.raises(Exception) as refused:
        await client.workspace_execute_command_async(types.ExecuteCommandParams(
            "planlint.explain", arguments))
    message = str(refused.value)
    assert "planlint.explain takes two arguments, a rule's code or name" in message
    assert got in message and "Expected" not in message and "{'a'" not in message


async def test_a_bad_config_is_a_diagnostic_and_other_files_are_left_alone(
        client: LanguageClient, root: Path) -> None:
    write(root, "badconfig/planlint.toml", 'selct = ["PL1"]\n')
    path = write(root, "badconfig/plan.yaml", PLAN)
    (problem,) = await opened(client, path)
    assert problem.message.startswith("planlint cannot check this plan:")
    assert "unknown setting" in problem.message

    other = write(root, "badconfig/ci.yaml", "on: push\njobs: {}\n")
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(
        other.as_uri(), "yaml", 1, other.read_text(encoding="utf-8"))))
    assert await client.text_document_hover_async(types.HoverParams(
        doc(other), types.Position(0, 1))) is None
    assert PUBLISHED[other.as_uri()].empty()  # not a plan file: nothing to say
    for each in (path, other):
        client.text_document_did_close(types.DidCloseTextDocumentParams(doc(each)))
