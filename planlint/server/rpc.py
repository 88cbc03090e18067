"""What the language server answers to messages it cannot take.

Every request is answered, as JSON-RPC 2.0 and the LSP ask: a request whose parameters
do not fit its method (a position at line -5, a missing text document) with an
``InvalidParams`` error saying which parameter is wrong and how; a message that is no
JSON with a ``ParseError``, and one that is no JSON-RPC 2.0 object (an array, a number,
a ``jsonrpc`` other than ``"2.0"``) with an ``InvalidRequest``, both with the id
``null`` where the message's own cannot be read; a request after ``shutdown`` with an
``InvalidRequest``. An edit (``textDocument/didChange``) is applied as the LSP defines
it, whatever its range: lines end at ``\n``, ``\r\n`` and ``\r`` alone (not at
U+2028 or a form feed a plan's text may hold), a place past the end of a line or of the
document is its end, and a range whose end comes before its start is read from its end;
an edit of a document that was never opened is left out. Each such message is logged on
one line, never as a traceback: a client's mistake is no failure of the server.

The lines of the document edited last are kept, and each change replaces those it
touches: 2,000 changes to an 840 KB plan split and copied the whole text each time (8 s
in one edit, 12 s in 2,000 edits).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import attrs
from cattrs import transform_error
from lsprotocol import types
from pygls.exceptions import (
    JsonRpcException,
    JsonRpcInvalidParams,
    JsonRpcInvalidRequest,
    JsonRpcParseError,
)
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.workspace.position_codec import PositionCodec

from planlint.reporters.neutral import terminal

log = logging.getLogger(__name__)

#: How much of a client's text a log line or an error message quotes.
QUOTED = 200
#: What :meth:`Protocol.structure_message` hands on for a message it answered already.
REFUSED = object()
#: The records pygls logs, with a traceback, for the messages this module answers and
#: logs on one line itself.
_PYGLS_TRACEBACKS = frozenset({"Unable to handle message", "Unable to deserialize message"})
#: A line break and the line after it, as the LSP counts lines.
_LINE_BREAKS = re.compile(r"(\r\n|\r|\n)")


class OneLine(logging.Filter):
    """Keeps a client's mistake to one line of the log: drops pygls's traceback of a
    message the server could not take (:class:`Protocol` and :func:`unreadable` log it
    on one line), and shortens pygls's record of an error answered to a request (a
    command's arguments that do not fit it) to the error's words."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("pygls."):
            return True
        if str(record.msg).split("\n", 1)[0] in _PYGLS_TRACEBACKS:
            return False
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, JsonRpcException):
            record.msg = f"{record.getMessage()}: {terminal(str(error)[:QUOTED])}"
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


class Protocol(LanguageServerProtocol):
    """The LSP protocol of pygls, answering the messages it would leave unanswered."""

    #: The document edited last: its URI, its text, and that text's :func:`broken_lines`,
    #: which the next edit of it changes where it falls, without splitting the text anew
    kept: tuple[str, str, list[str]] | None = None

    def structure_message(self, data: dict[str, Any]) -> Any:
        """A message as its method's type; a request whose parameters do not fit that
        type is answered with ``InvalidParams`` (and :data:`REFUSED` handed on)."""
        if "jsonrpc" not in data:  # an object inside the message, or no JSON-RPC one
            return data
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            method = data.get("method")
            about = f"{method}: " if isinstance(method, str) else ""
            problem = f"{about}the parameters are not valid: {_problems(error.__cause__)}"
            self.refuse(data, JsonRpcInvalidParams, problem)
            return REFUSED

    def handle_message(self, message: Any) -> None:
        """Handle a message, answering one that is no JSON-RPC 2.0 request or
        notification, and a request after ``shutdown``, with ``InvalidRequest``."""
        if message is REFUSED:
            return
        if not attrs.has(type(message)) or getattr(message, "jsonrpc", None) != "2.0":
            self.refuse(message, JsonRpcInvalidRequest,
                        "this message is no JSON-RPC 2.0 object: write an object with "
                        '"jsonrpc": "2.0", a "method" and, for a request, an "id"')
            return
        method = getattr(message, "method", None)
        if self._shutdown and method not in (None, types.EXIT) and \
                getattr(message, "id", None) is not None:
            self.refuse(message, JsonRpcInvalidRequest,
                        f"{method}: the server is shutting down after the shutdown request "
                        "and takes no more requests; send exit")
            return
        super().handle_message(message)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(
            self, params: types.DidChangeTextDocumentParams) -> Iterator[Any]:
        """Apply an edit as the LSP defines it (pygls splits lines at U+2028 and form
        feeds, puts a place past the end of the last line before its last character and
        drops a range whose end comes first) and hand it to the server's handler."""
        uri = params.text_document.uri
        document = self.workspace.text_documents.get(unquote(uri))
        if document is None:
            log.warning("textDocument/didChange: %s is not open, and its edit is left out: "
                        "send textDocument/didOpen with its text before editing it",
                        terminal(uri[:QUOTED]))
            return
        text = document.source
        kept = self.kept  # the lines of the document edited last, while its text is theirs
        lines = kept[2] if kept is not None and kept[0] == uri and kept[1] is text \
            else broken_lines(text)
        for change in params.content_changes:
            apply(lines, change, self.workspace.position_codec)
        text = "".join(lines)
        self.kept = (uri, text, lines)
        self.workspace.put_text_document(types.TextDocumentItem(
            uri, document.language_id or "", params.text_document.version, text))
        handler = self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)
        if handler is not None:
            yield handler, (params,), None

    def refuse(self, message: Any, error: type[JsonRpcException], problem: str) -> None:
        """Log a message that cannot be taken on one line and, unless it is a
        notification or a response (which JSON-RPC answers not), answer it with
        ``error``."""
        ident = _id_of(message)
        log.warning("%s%s", terminal(problem[:QUOTED * 2]),
                    "" if ident is None else f" (request {terminal(repr(ident)[:QUOTED])})")
        if isinstance(message, dict):
            fields = set(message)
        elif attrs.has(type(message)):
            fields = {field.name for field in attrs.fields(type(message))}
        else:
            fields = set()
        if fields & {"result", "error"} and "method" not in fields:
            return  # a response of the client's
        if "method" in fields and "id" not in fields:
            return  # a notification
        answer(self, ident, error, problem)


def broken_lines(text: str) -> list[str]:
    """``text`` in lines as the LSP counts them, each with the break that ends it (unlike
    :func:`planlint.positions.lines_of`); the last has none, and is empty where the text
    ends with a break."""
    if "\r" not in text:  # the fast way
        lines = [line + "\n" for line in text.split("\n")]
        lines[-1] = lines[-1][:-1]
        return lines
    parts = _LINE_BREAKS.split(text)  # line, break, line, …, line
    return [line + end for line, end in zip(parts[::2], parts[1::2], strict=False)] + \
        [parts[-1]]


def apply(lines: list[str], change: types.TextDocumentContentChangeEvent,
          codec: PositionCodec) -> None:
    """Apply one change of ``textDocument/didChange`` to a text's :func:`broken_lines`, in
    place: an edit costs the lines it touches, not a copy of the whole text."""
    if not isinstance(change, types.TextDocumentContentChangePartial):
        lines[:] = broken_lines(change.text)
        return
    start = _place(lines, change.range.start, codec)
    end = _place(lines, change.range.end, codec)
    if end < start:
        log.warning("textDocument/didChange: a range ends (line %d, character %d) before it "
                    "starts (line %d, character %d); it is read from its end to its start",
                    change.range.end.line, change.range.end.character,
                    change.range.start.line, change.range.start.character)
        start, end = end, start
    (first, column), (last, end_column) = start, end
    text = lines[first][:column] + change.text + lines[last][end_column:]
    if first and text.startswith("\n") and lines[first - 1].endswith("\r"):
        first -= 1  # a \r that ended the line before and this \n are one break now
        text = lines[first] + text
    made = broken_lines(text)
    if last < len(lines) - 1:  # the text ends with the break of its last line
        made.pop()
    lines[first:last + 1] = made


def _place(lines: list[str], position: types.Position, codec: PositionCodec
           ) -> tuple[int, int]:
    """Where a position of the client falls in a text's :func:`broken_lines`, as (line,
    character): a place past the end of its line is the line's end, and one past the
    last line the text's."""
    if position.line >= len(lines):
        return len(lines) - 1, len(lines[-1])
    line = lines[position.line]
    line = line[:-2] if line.endswith("\r\n") else line[:-1] if line.endswith(("\r", "\n")) \
        else line
    if line.isascii() or codec.encoding == types.PositionEncodingKind.Utf32:
        return position.line, min(position.character, len(line))
    column = units = 0
    while column < len(line) and units < position.character:
        units += codec.client_num_units(line[column])
        column += 1
    return position.line, column


def unreadable(protocol: LanguageServerProtocol, error: BaseException) -> bool:
    """Answer a message that could not be read as JSON with ``ParseError`` and log it on
    one line; ``False`` for any other failure."""
    if not isinstance(error, ValueError | RecursionError):
        return False
    if isinstance(error, RecursionError):
        reason = "it nests too deeply"
    elif isinstance(error, UnicodeDecodeError):
        reason = f"byte 0x{error.object[error.start]:02x} at {error.start:,} is not UTF-8"
    else:
        reason = terminal(str(error)[:QUOTED])
    problem = f"this message is not JSON text ({reason}): write one JSON-RPC object"
    log.warning("%s", problem)
    answer(protocol, None, JsonRpcParseError, problem)
    return True


def answer(protocol: LanguageServerProtocol, ident: int | str | None,
           error: type[JsonRpcException], problem: str) -> None:
    """Answer a request with an error; a plain object, so that an id that cannot be
    read is sent as ``null``, as JSON-RPC asks (pygls's types leave it out)."""
    protocol._send_data({"jsonrpc": "2.0", "id": ident,
                         "error": {"code": error.CODE, "message": problem[:QUOTED * 5]}})


def _id_of(message: Any) -> int | str | None:
    """A message's id, where it is one JSON-RPC allows."""
    ident = message.get("id") if isinstance(message, dict) else getattr(message, "id", None)
    return ident if isinstance(ident, int | str) and not isinstance(ident, bool) else None


def _problems(error: BaseException | None) -> str:
    """What is wrong with a message's parameters, in the protocol's names:
    ``params.position: Position.line should be in range [0:2147483647], but was -5``."""
    if error is None:
        return "they do not fit the method"
    if not isinstance(error, ExceptionGroup):
        return terminal(str(error)[:QUOTED])
    said = []
    for line in transform_error(error, path="", format_exception=_wrong):
        what, _, where = line.rpartition(" @ ")
        said.append(f"{_camel(where.lstrip('.')) or 'the message'}: {what}")
    return terminal("; ".join(said)[:QUOTED * 2])


def _wrong(error: BaseException, expected: type | None) -> str:
    """One problem of a parameter: a missing field, a value of the wrong type, or the
    validator's own words (``Position.line should be in range …``)."""
    if isinstance(error, KeyError):
        return "required, and missing"
    if isinstance(error, ValueError) and str(error):
        return str(error).rstrip(".")
    name = getattr(expected, "__name__", None)
    return f"should be a {name} object" if name else "not a valid value"


def _camel(path: str) -> str:
    """``params.text_document.uri`` as the protocol writes it: ``params.textDocument.uri``."""
    return ".".join(head + "".join(part.title() for part in rest)
                    for head, *rest in (segment.split("_") for segment in path.split(".")))
