"""``planlint server`` given what no editor should send: every request is answered, each
bad message is one line of the log, and a document it cannot check says why."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pygls")

PLAN = "planlint: 1\ngoals:\n  - {id: G1, title: Grow}\n"


class Server:
    """The server in a child process, spoken to in raw protocol frames."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "planlint", "server"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, "PLANLINT_NO_PLUGINS": "1"})
        self.received: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while (line := stream.readline()).strip():
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if not line:
                return
            self.received.put(json.loads(stream.read(length)))

    def send(self, message: dict[str, Any] | bytes) -> None:
        body = message if isinstance(message, bytes) else json.dumps(message).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
        self.process.stdin.flush()

    def next(self, wanted: str | int | None) -> dict[str, Any]:
        """The next message that answers request ``wanted`` (``None``: an id that could not
        be read), or that is the notification of that method."""
        while True:
            message = self.received.get(timeout=20)
            if ("method" in message and message["method"] == wanted) or (
                    "method" not in message and message.get("id") == wanted):
                return message

    def log(self) -> list[str]:
        self.send({"jsonrpc": "2.0", "id": "bye", "method": "shutdown"})
        self.next("bye")
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.process.wait(10)
        assert self.process.stderr is not None
        return self.process.stderr.read().decode().splitlines()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server()
    running.send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                  "params": {"capabilities": {}, "rootUri": tmp_path.as_uri()}})
    running.next(0)
    running.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    yield running
    if running.process.poll() is None:
        running.process.kill()
    running.process.wait()
    for stream in (running.process.stdin, running.process.stdout, running.process.stderr):
        if stream is not None:
            stream.close()


def hover(ident: int, uri: str, line: int) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": ident, "method": "textDocument/hover",
            "params": {"textDocument": {"uri": uri}, "position": {"line": line,
                                                                  "character": 0}}}


def test_every_request_is_answered_and_each_bad_message_is_one_line(
        server: Server, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    # the hover was never answered: the editor waited for ever
    server.send(hover(1, plan.as_uri(), -5))
    assert server.next(1)["error"] == {
        "code": -32602, "message": "textDocument/hover: the parameters are not valid: "
        "params.position: Position.line should be in range [0:2147483647], but was -5"}
    server.send({"jsonrpc": "2.0", "id": 2, "method": "textDocument/definition",
                 "params": {"position": {"line": 1}}})
    assert server.next(2)["error"]["message"] == (
        "textDocument/definition: the parameters are not valid: params.textDocument: "
        "required, and missing; params.position.character: required, and missing")
    server.send(b'{"jsonrpc": "2.0", "id": 3, ')  # no JSON: its id cannot be read
    assert server.next(None)["error"]["code"] == -32700
    server.send(b"[1, 2]")
    assert server.next(None)["error"]["code"] == -32600
    server.send({"id": 4, "method": "textDocument/hover"})  # no "jsonrpc": "2.0"
    assert server.next(4)["error"]["code"] == -32600
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {}})
    server.send(hover(5, plan.as_uri(), 1))  # the server goes on
    assert "error" not in server.next(5)
    log = server.log()
    # each was a traceback of 40 to 60 lines
    assert not any("Traceback" in line for line in log), "\n".join(log)
    assert len(log) == 6, "\n".join(log)
    assert log[0] == ("planlint server: WARNING planlint.server.rpc: textDocument/hover: "
                      "the parameters are not valid: params.position: Position.line should "
                      "be in range [0:2147483647], but was -5 (request 1)")


def test_a_uri_that_names_no_file_is_said_on_the_document(server: Server,
                                                          tmp_path: Path) -> None:
    uri = (tmp_path / "plan.yaml").as_uri().replace("plan.yaml", "pl%00an.yaml")
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": PLAN}}})
    # nothing was published; the log said "ValueError: embedded null byte"
    published = server.next("textDocument/publishDiagnostics")["params"]
    assert published["uri"] == uri
    assert [diagnostic["message"] for diagnostic in published["diagnostics"]] == [
        "planlint cannot check this document: its URI holds %00, a NUL character, which no "
        "file name can hold; save the plan under a name without it"]
    server.send(hover(1, uri, 1))
    assert server.next(1)["result"] is None  # an answer, not an internal error
    assert not any("Traceback" in line for line in server.log())


def test_a_uri_that_names_a_folder_is_said_on_the_document_unwalked(server: Server,
                                                                    tmp_path: Path) -> None:
    # the folder was checked as a folder of plans: file:/// walked the disk for 27 s
    (tmp_path / "beside.yaml").write_text(PLAN, encoding="utf-8")
    uri = tmp_path.as_uri()
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": PLAN}}})
    published = server.next("textDocument/publishDiagnostics")["params"]
    assert published["uri"] == uri
    assert [diagnostic["message"] for diagnostic in published["diagnostics"]] == [
        f"planlint cannot check this document: its URI names the folder {tmp_path}, not a "
        "file; open a plan file (run planlint check on the folder to check every plan in it)"]
    server.send(hover(1, uri, 1))
    assert server.next(1)["result"] is None
    assert not any("Traceback" in line for line in server.log())


def test_an_edit_of_a_document_never_opened_is_one_line_of_the_log(server: Server,
                                                                    tmp_path: Path) -> None:
    uri = (tmp_path / "never.yaml").as_uri()
    server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                      "end": {"line": 0, "character": 0}}, "text": "x"}]}})
    server.send(hover(1, uri, 0))
    said = []
    while (message := server.received.get(timeout=20)).get("id") != 1:
        said.append(message.get("method"))
    # the editor showed "Error in server: KeyError: 'file:///…/never.yaml'"
    assert "window/showMessage" not in said
    log = server.log()
    assert log == [f"planlint server: WARNING planlint.server.rpc: textDocument/didChange: "
                   f"{uri} is not open, and its edit is left out: send textDocument/didOpen "
                   "with its text before editing it"]


@pytest.mark.parametrize(("options", "said"), [
    ('{"debounce": Infinity}', "it is Infinity"),  # no check after an edit, ever
    ('{"debounce": 1e308}', "it is 1e+308"),
    ('{"debounce": NaN}', "it is NaN"),
    ('{"debounce": "fast"}', 'it is "fast"'),  # ignored without a word
    ('{"debounce": true}', "it is true"),  # read as 1 second
    ("[0.1]", "initializationOptions should be an object"),
])
def test_an_initialization_option_planlint_cannot_take_is_said_and_checks_go_on(
        tmp_path: Path, options: str, said: str) -> None:
    running = Server()
    try:
        running.send(b'{"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": '
                     b'{"capabilities": {}, "initializationOptions": %s}}' % options.encode())
        shown = running.next("window/showMessage")["params"]
        assert shown["type"] == 2 and said in shown["message"]
        running.next(0)
        running.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        plan = tmp_path / "plan.yaml"
        plan.write_text(PLAN, encoding="utf-8")
        running.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": plan.as_uri(), "languageId": "yaml", "version": 1,
                             "text": PLAN}}})
        running.next("textDocument/publishDiagnostics")
        running.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": plan.as_uri(), "version": 2},
            "contentChanges": [{"text": PLAN + "  - {id: G1, title: Again}\n"}]}})
        published = running.next("textDocument/publishDiagnostics")["params"]["diagnostics"]
        assert any(diagnostic["code"] == "PL004" for diagnostic in published)
        assert [line for line in running.log() if "Traceback" in line] == []
    finally:
        running.process.kill()
        running.process.wait()
        for stream in (running.process.stdin, running.process.stdout, running.process.stderr):
            if stream is not None:
                stream.close()


def test_a_flood_of_edits_to_a_large_plan_is_applied_in_order(
        server: Server, tmp_path: Path) -> None:
    """2,000 changes in one edit and 2,000 edits to an 840 KB plan, then one that makes a
    duplicate: the check sees the text they make (their cost: test_server_parts)."""
    notes = "".join(f"# note {n}: {'words ' * 8}\n" for n in range(14_000))  # 840 KB
    text = "planlint: 1\n" + notes + "goals:\n  - {id: G1, title: Grow}\n" \
        "  - {id: G2, title: Keep}\n"
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    uri = plan.as_uri()
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    server.next("textDocument/publishDiagnostics")

    def typed(line: int, at: int, new: str, end: int | None = None) -> dict[str, Any]:
        return {"range": {"start": {"line": line, "character": at},
                          "end": {"line": line, "character": at if end is None else end}},
                "text": new}

    changes = [typed(1 + n * 7 % 14_000, 2, "x") for n in range(2_000)]
    server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": changes}})
    for version in range(3, 2_003):
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [typed(14_002 - version % 14_000, 3, "y")]}})
    server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2_003},
        "contentChanges": [typed(14_003, 10, "1", 11)]}})  # G2 is G1 now: a duplicate
    server.send(hover(1, uri, 0))
    duplicates, answered = None, False
    while duplicates != [14_003] or not answered:  # the check may come before the answer
        message = server.received.get(timeout=20)
        if message.get("id") == 1:
            answered = True
        elif message.get("method") == "textDocument/publishDiagnostics":
            duplicates = [d["range"]["start"]["line"] for d in
                          message["params"]["diagnostics"] if d["code"] == "PL004"]


@pytest.mark.parametrize("length", ["99999999999999999999", "99999999999"])
def test_a_content_length_past_any_message_is_said_and_the_server_ends(length: str) -> None:
    # pygls read it at once: 10**20 raised OverflowError, 10**11 MemoryError, each a
    # traceback on the editor's log
    done = subprocess.run([sys.executable, "-m", "planlint", "server"],
                          input=f"Content-Length: {length}\r\n\r\n{{}}".encode(),
                          capture_output=True, timeout=60, check=False)
    log = done.stderr.decode()
    assert "Traceback" not in log and "Error:" not in log, log
    assert f"a message of {int(length):,} bytes is longer than the" in log
    assert done.stdout == b""
