"""The language server's wiring: protocol messages in, checks and queries of
:mod:`planlint.server.plans` and :mod:`planlint.server.queries` out.

Opening or saving a plan file checks its plan at once; an edit checks it once the typing
pauses (``debounce`` seconds, 0.3 unless the client's ``initializationOptions`` say
otherwise). A request about positions (definition, hover, references, outline, code
actions) first runs a check still waiting, so it is answered from the text the editor
shows; completion answers from the last check, so typing never waits for one. A handler
that fails is logged and answered with an error, and the server goes on.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import sys
import tempfile
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, cast

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from planlint._version import __version__
from planlint.api import Session
from planlint.collect import CONFIG_FILES
from planlint.errors import UsageError
from planlint.finding import Finding
from planlint.limits import MAX_FILE_BYTES
from planlint.positions import lines_of
from planlint.reporters.neutral import terminal
from planlint.ruledoc import explain
from planlint.server.actions import EXPLAIN, code_actions
from planlint.server.completion import MOST, context_at, offers
from planlint.server.convert import Places
from planlint.server.plans import Checked, Plans, Roots, is_plan
from planlint.server.queries import PlanIndex, Spot
from planlint.server.rpc import QUOTED, OneLine, Protocol, unreadable

log = logging.getLogger(__name__)

#: Seconds to wait after an edit before checking, so that typing does not check each key.
DEBOUNCE = 0.3
#: The longest wait a client may set: a longer one would switch checking while typing off.
MOST_DEBOUNCE = 10.0
#: The garbage collector is off while checks come (a collection after each check would
#: cost a third as much as the check); it runs once no check came for ``IDLE`` seconds,
#: or after ``MOST_UNCOLLECTED`` checks in a row.
IDLE = 1.0
MOST_UNCOLLECTED = 20
#: Suffixes of rule files: saving one checks the open plans again, as saving a config does.
RULE_FILES = (".yaml", ".yml")
_COMPLETES = {"id": types.CompletionItemKind.Reference,
              "field": types.CompletionItemKind.Field,
              "rule": types.CompletionItemKind.Value}


class PlanlintServer(LanguageServer):
    """The server's state: the open plans, the checks waiting for typing to pause, and
    what was last published for each file."""

    def __init__(self) -> None:
        super().__init__("planlint", __version__, protocol_cls=Protocol,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.plans = Plans()
        self.debounce = DEBOUNCE
        self.waiting: dict[Roots, asyncio.TimerHandle] = {}
        self.uris: dict[Path, str] = {}  # open files, by the URI the editor gave
        self.shown: dict[str, tuple[int | None, str | None, list[Finding]]] = {}
        self.indexes: dict[Roots, tuple[Checked, PlanIndex]] = {}
        self.collecting: asyncio.TimerHandle | None = None
        self.uncollected = 0

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A message that is no JSON is answered and logged on one line
        (:func:`planlint.server.rpc.unreadable`); other failures as pygls reports them."""
        if source is not JsonRpcException or not unreadable(self.protocol, error):
            super().report_server_error(error, source)

    @cached_property
    def places(self) -> Places:
        """Conversions in the position encoding agreed at initialization."""
        return Places(self.workspace.position_codec)

    @cached_property
    def explanations(self) -> tempfile.TemporaryDirectory[str]:
        """Where rule explanations are written for the editor to show; removed at exit."""
        return tempfile.TemporaryDirectory(prefix="planlint-explain-")

    def configure(self, options: Any) -> None:
        """Take the client's ``initializationOptions``; a value planlint cannot take is
        said in the log and to the user, and the default kept in its place."""
        if options is None:
            return
        if not isinstance(options, dict):
            self.warn("initializationOptions should be an object such as "
                      f'{{"debounce": {DEBOUNCE}}}, not {_shown(options)}; planlint\'s '
                      "defaults are used")
            return
        for key in options:
            if key != "debounce":
                self.warn(f"initializationOptions: planlint takes no option {_shown(key)}; "
                          'the one it takes is "debounce", the seconds to wait after an edit '
                          "before checking")
        value = options.get("debounce", DEBOUNCE)
        if isinstance(value, bool) or not isinstance(value, int | float) or \
                not 0 <= value <= MOST_DEBOUNCE:  # NaN is in no range
            self.warn(f"initializationOptions.debounce should be a number of seconds from 0 "
                      f"to {MOST_DEBOUNCE:g}, such as {DEBOUNCE}; it is {_shown(value)}, and "
                      f"{DEBOUNCE} is used")
        else:
            self.debounce = float(value)

    def warn(self, problem: str) -> None:
        """Say a client's setting planlint cannot take, in the log and to the user."""
        log.warning("%s", problem)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Warning,
                                                         f"planlint: {problem}"))

    def path_of(self, uri: str) -> Path | None:
        """The file a URI names; ``None`` for a document that is no file (untitled), or
        a file URI that names no file (:func:`file_of` says why)."""
        try:
            return file_of(uri)
        except ValueError:
            return None

    def uri_of(self, path: Path) -> str:
        return self.uris.get(path) or from_fs_path(str(path)) or path.as_uri()

    # -- checking -----------------------------------------------------------------------

    def edited(self, uri: str, now: bool) -> None:
        """An open file's text changed: check its plan now, or when typing pauses. A
        file URI that names no file is said on the document instead."""
        try:
            path = file_of(uri)
        except ValueError as error:
            self.refuse_uri(uri, str(error))
            return
        if path is None:
            return
        if path.is_dir():  # checked as a folder of plans, file:/// walked the whole disk
            self.refuse_uri(uri, f"planlint cannot check this document: its URI names the "
                                 f"folder {terminal(str(path))}, not a file; open a plan file "
                                 "(run planlint check on the folder to check every plan in it)")
            return
        self.uris[path] = uri
        text = self.workspace.get_text_document(uri).source
        if not is_plan(text):  # not (or no longer) a plan file
            self.clear(uri)
            roots = self.plans.close(path)
            if roots is not None:
                self.check(roots)
            return
        roots = self.plans.edit(path, text)
        if now:
            self.check(roots)
        else:
            self.cancel(roots)
            self.waiting[roots] = asyncio.get_running_loop().call_later(
                self.debounce, self.check, roots)

    def cancel(self, roots: Roots) -> None:
        timer = self.waiting.pop(roots, None)
        if timer is not None:
            timer.cancel()

    def check(self, roots: Roots) -> None:
        """Check a plan and publish the diagnostics of its open files."""
        self.cancel(roots)
        try:
            checked, moved = self.plans.check(roots)
            self.publish(checked)
            for other in moved:
                self.check(other)
        except Exception:  # the server must outlive any failure: log it and go on
            log.exception("checking %s failed", ", ".join(map(str, roots)))
        self.collect_later()

    def collect_later(self) -> None:
        """Collect garbage once checks pause (see :data:`IDLE`)."""
        if self.collecting is not None:
            self.collecting.cancel()
        self.uncollected += 1
        if self.uncollected >= MOST_UNCOLLECTED:
            self.collect()
        else:
            self.collecting = asyncio.get_running_loop().call_later(IDLE, self.collect)

    def collect(self) -> None:
        self.collecting = None
        self.uncollected = 0
        gc.collect()

    def current(self, path: Path) -> Checked | None:
        """The last check of a file's plan, after running one still waiting."""
        roots = self.plans.plan_of.get(path)
        if roots is None:
            return None
        if roots in self.waiting or roots not in self.plans.checked:
            self.check(roots)
        return self.plans.checked.get(roots)

    def index(self, checked: Checked) -> PlanIndex | None:
        """The checked plan, indexed for queries (built once per check)."""
        if checked.plan is None:
            return None
        known = self.indexes.get(checked.roots)
        if known is None or known[0] is not checked:
            known = self.indexes[checked.roots] = (checked, PlanIndex(checked.plan))
        return known[1]

    def publish(self, checked: Checked) -> None:
        """Send the diagnostics of a plan's open files, unless a file shows them already."""
        places = self.places
        for path in self.plans.open_in(checked.roots):
            uri = self.uri_of(path)
            document = self.workspace.text_documents.get(uri)
            state = (document.version if document is not None else None, checked.problem,
                     checked.findings.get(path, []))
            if self.shown.get(uri) == state:
                continue
            self.shown[uri] = state
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri, places.diagnostics(checked, path, self.uri_of), state[0]))

    def refuse_uri(self, uri: str, problem: str) -> None:
        """Say on a document, as its one diagnostic, why it cannot be checked."""
        state: tuple[int | None, str | None, list[Finding]] = (None, problem, [])
        if self.shown.get(uri) == state:
            return
        self.shown[uri] = state
        log.warning("%s", terminal(problem))
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, [
            types.Diagnostic(types.Range(types.Position(0, 0), types.Position(0, 0)),
                             problem, types.DiagnosticSeverity.Error, source="planlint")]))

    def clear(self, uri: str) -> None:
        if self.shown.pop(uri, None) is not None:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    # -- queries ------------------------------------------------------------------------

    def spot(self, uri: str, position: types.Position) -> tuple[Checked, PlanIndex,
                                                                 Spot] | None:
        """The id written at a position of an open plan file, with the plan's check."""
        path = self.path_of(uri)
        checked = self.current(path) if path is not None else None
        index = self.index(checked) if checked is not None else None
        if checked is None or index is None or path not in checked.files:
            return None
        source = checked.files[path]
        line, column = self.places.place(source.lines, position)
        spot = index.spot_at(source.name, line, column)
        return (checked, index, spot) if spot is not None else None


def _shown(value: Any) -> str:
    """A client's value as JSON writes it, shortened and safe for a terminal."""
    return terminal(json.dumps(value)[:QUOTED])


def file_of(uri: str) -> Path | None:
    """The file a URI names; ``None`` for a document that is no file (untitled). A
    ``ValueError`` says what is wrong with a ``file:`` URI that names no file."""
    if not uri.startswith("file:"):
        return None
    path = to_fs_path(uri)
    if not path:
        raise ValueError("planlint cannot check this document: its file: URI names no "
                         "file path; open the plan from a folder on disk")
    if "\0" in path:
        raise ValueError("planlint cannot check this document: its URI holds %00, a NUL "
                         "character, which no file name can hold; save the plan under a "
                         "name without it")
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError) as error:  # a loop of links, a name too long
        raise ValueError(f"planlint cannot check this document: its path {terminal(path)} "
                         f"cannot be followed ({terminal(str(error))}); open the plan from "
                         "a path without a loop of links") from None


def make_server() -> PlanlintServer:
    """A server with every feature registered."""
    server = PlanlintServer()
    _documents(server)
    _navigation(server)
    _editing(server)
    return server


def _documents(server: PlanlintServer) -> None:
    """Workspace and document lifecycle: what is open, and checking it."""

    @server.feature(types.INITIALIZE)
    def initialize(ls: PlanlintServer, params: types.InitializeParams) -> None:
        folders = [folder.uri for folder in params.workspace_folders or ()]
        if not folders and params.root_uri:
            folders = [params.root_uri]
        ls.plans.folders = tuple(path for path in map(ls.path_of, folders) if path)
        ls.configure(params.initialization_options)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def folders_changed(ls: PlanlintServer,
                        params: types.DidChangeWorkspaceFoldersParams) -> None:
        ls.plans.folders = tuple(path for path in map(ls.path_of, ls.workspace.folders)
                                 if path)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PlanlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.edited(params.text_document.uri, now=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PlanlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.edited(params.text_document.uri, now=False)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    def did_save(ls: PlanlintServer, params: types.DidSaveTextDocumentParams) -> None:
        path = ls.path_of(params.text_document.uri)
        if path in ls.plans.texts:
            ls.edited(params.text_document.uri, now=True)
        elif path is not None and (path.name in CONFIG_FILES or path.suffix in RULE_FILES):
            for roots in set(ls.plans.plan_of.values()):  # a config or rule file, maybe
                ls.check(roots)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PlanlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = ls.path_of(uri)
        ls.clear(uri)
        if path is None:
            return
        ls.uris.pop(path, None)
        ls.places.made.pop(path, None)
        before = ls.plans.plan_of.get(path)
        roots = ls.plans.close(path)
        if roots is not None:
            ls.check(roots)  # its other open files see the file as it is on disk
        elif before is not None:
            ls.cancel(before)
            ls.indexes.pop(before, None)


def _navigation(server: PlanlintServer) -> None:
    """Definition, references, hover and outline for the ids of a plan."""

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: PlanlintServer,
                   params: types.DefinitionParams) -> list[types.Location] | None:
        found = ls.spot(params.text_document.uri, params.position)
        if found is None:
            return None
        checked, index, spot = found
        where = index.definition(spot)
        location = ls.places.location(checked, where, ls.uri_of) if where else None
        return [location] if location is not None else None

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    def references(ls: PlanlintServer,
                   params: types.ReferenceParams) -> list[types.Location] | None:
        found = ls.spot(params.text_document.uri, params.position)
        if found is None or found[2].item is None:
            return None
        checked, index, spot = found
        assert spot.item is not None
        places = ls.places
        located = (places.location(checked, where, ls.uri_of) for where in
                   index.references(spot.item, params.context.include_declaration))
        return [location for location in located if location is not None]

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: PlanlintServer, params: types.HoverParams) -> types.Hover | None:
        found = ls.spot(params.text_document.uri, params.position)
        if found is None:
            return None
        checked, index, spot = found
        location = ls.places.location(checked, spot.location, ls.uri_of)
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, index.hover(spot)),
                           location.range if location is not None else None)

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def symbols(ls: PlanlintServer,
                params: types.DocumentSymbolParams) -> list[types.DocumentSymbol] | None:
        path = ls.path_of(params.text_document.uri)
        checked = ls.current(path) if path is not None else None
        index = ls.index(checked) if checked is not None else None
        if checked is None or index is None or path not in checked.files:
            return None
        source = checked.files[path]
        return ls.places.symbols(source.lines, index.symbols(source))


def _editing(server: PlanlintServer) -> None:
    """Completion, code actions and the explain command."""

    @server.feature(types.TEXT_DOCUMENT_COMPLETION,
                    types.CompletionOptions(trigger_characters=[" ", "[", ","]))
    def completion(ls: PlanlintServer,
                   params: types.CompletionParams) -> types.CompletionList | None:
        uri = params.text_document.uri
        path = ls.path_of(uri)
        if path is None or path not in ls.plans.texts or \
                path.suffix.lower() not in (".yaml", ".yml"):
            return None
        lines = lines_of(ls.plans.texts[path])
        line, column = ls.places.place(lines, params.position)
        context = context_at(lines, line - 1, column - 1)
        if context is None:
            return None
        roots = ls.plans.plan_of.get(path)
        checked = ls.plans.checked.get(roots) if roots is not None else None
        session = checked.session if checked is not None else None
        rules = sorted(rule.name for rule in session.host.rules.values()) if session else []
        found = offers(context, checked.plan if checked is not None else None, rules)
        needle = context.prefix.casefold()
        found = [offer for offer in found
                 if needle in f"{offer.text} {offer.detail}".casefold()]
        text = lines[line - 1] if line <= len(lines) else ""
        start = column - 1 - len(context.prefix)
        spaced = " " if context.key is not None and text[:start].endswith(":") else ""
        places = ls.places
        where = types.Range(places.position(lines, line, start + 1),
                            places.position(lines, line, column))
        items = [types.CompletionItem(
            offer.text, kind=_COMPLETES[offer.kind], detail=offer.detail or None,
            filter_text=f"{offer.text} {offer.detail}" if offer.detail else None,
            text_edit=types.TextEdit(where, spaced + offer.text +
                                     (": " if offer.kind == "field" else "")))
            for offer in found[:MOST]]
        return types.CompletionList(is_incomplete=len(found) > MOST, items=items)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION)
    def code_action(ls: PlanlintServer,
                    params: types.CodeActionParams
                    ) -> list[types.CodeAction | types.Command] | None:
        uri = params.text_document.uri
        path = ls.path_of(uri)
        checked = ls.current(path) if path is not None else None
        index = ls.index(checked) if checked is not None else None
        if path is None or checked is None or index is None:
            return None
        lines = range(params.range.start.line + 1, params.range.end.line + 2)
        return code_actions(checked, index, path, uri, lines, ls.places,
                            params.context.diagnostics)

    @server.command(EXPLAIN)
    async def explain_rule(ls: PlanlintServer, *arguments: object) -> str:
        """Show a rule's documentation (as ``planlint explain`` prints it) and return it;
        the arguments are the rule's code or name and the plan's URI, both text."""
        match arguments:
            case (str() as code, str() as uri):
                pass
            case _:
                raise JsonRpcInvalidParams(
                    f"{EXPLAIN} takes two arguments, a rule's code or name and the "
                    f'URI of the plan it was found in, both text, such as ["PL101", '
                    f'"file:///plans/plan.yaml"] (got {_described(arguments)})')
        roots = ls.plans.plan_of.get(ls.path_of(uri) or Path())
        checked = ls.plans.checked.get(roots) if roots is not None else None
        session = checked.session if checked is not None else None
        try:
            session = session or Session.open()
            rule = session.find_rule(code)
        except UsageError as error:
            ls.window_show_message(types.ShowMessageParams(types.MessageType.Error,
                                                           str(error)))
            return str(error)
        text = explain(rule, session.host)
        if _can_show_documents(ls):
            shown = Path(ls.explanations.name) / f"{rule.code}-{rule.name}.txt"
            shown.write_text(text, encoding="utf-8")
            await ls.window_show_document_async(types.ShowDocumentParams(
                shown.as_uri(), take_focus=True))
        else:
            ls.window_show_message(types.ShowMessageParams(types.MessageType.Info, text))
        return text


def _described(arguments: tuple[object, ...]) -> str:
    """What a command was given, in a few words: how many arguments, and which are not
    text."""
    if len(arguments) != 2:
        return f"{len(arguments)} argument{'' if len(arguments) == 1 else 's'}"
    kinds = [type(argument).__name__ for argument in arguments
             if not isinstance(argument, str)]
    return "a " + " and a ".join(_JSON_KINDS.get(kind, kind) for kind in kinds)


_JSON_KINDS = {"dict": "JSON object", "list": "JSON array", "int": "number",
               "float": "number", "bool": "true or false", "NoneType": "null"}


def _can_show_documents(ls: PlanlintServer) -> bool:
    window = ls.client_capabilities.window
    return bool(window and window.show_document and window.show_document.support)


def serve() -> None:
    """Serve one editor over standard input and output until it disconnects.

    Standard output carries the protocol alone: anything else written to it (printed by
    a plugin, or by a program a plugin runs) goes to standard error instead, where
    editors keep the server's log.
    """
    sys.stdout.flush()
    stdout: Any = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING,
                        format="planlint server: %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(OneLine())
    gc.disable()  # collected when checks pause: PlanlintServer.collect_later
    make_server().start_io(cast(BinaryIO, _Bounded(sys.stdin.buffer)), stdout)


#: The longest message the server reads: a plan file at its size limit, every character
#: escaped by JSON.
MAX_MESSAGE_BYTES = 6 * MAX_FILE_BYTES


class _Bounded:
    """Standard input as pygls reads it, refusing a body longer than
    :data:`MAX_MESSAGE_BYTES` (a ``Content-Length`` of 10**20 raised OverflowError, one of
    10**11 MemoryError): the server says so on its log and ends, as at end of input."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def readline(self) -> bytes:
        return bytes(self.stream.readline())

    def read(self, size: int) -> bytes:
        if size > MAX_MESSAGE_BYTES:
            log.error(
                "a message of %s bytes is longer than the %s the server reads; it stops. "
                "Send plans of at most %s bytes", f"{size:,}", f"{MAX_MESSAGE_BYTES:,}",
                f"{MAX_FILE_BYTES:,}")
            return b""
        return bytes(self.stream.read(size))
