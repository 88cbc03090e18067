"""Headless chromium driven over the DevTools protocol on a pipe, with the standard
library only: open a page, measure what it laid out, and hear what it logged."""

from __future__ import annotations

import fcntl
import json
import os
import select
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Any

#: The file descriptors chromium reads commands from and writes replies to.
_COMMANDS, _REPLIES = 3, 4
TIMEOUT = 120.0


class Chromium:
    """A headless chromium with one page; ``errors`` collects what the page logs as an
    error (console errors, uncaught exceptions, refused resources)."""

    def __init__(self, executable: str, profile: Path) -> None:
        commands, self._to_browser = os.pipe()
        self._from_browser, replies = os.pipe()

        def wire() -> None:  # out of the way first: the pipe may hold fd 3 or 4 itself
            ends = [fcntl.fcntl(end, fcntl.F_DUPFD, 10) for end in (commands, replies)]
            os.dup2(ends[0], _COMMANDS)
            os.dup2(ends[1], _REPLIES)

        self._process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
             f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False,
            preexec_fn=wire)
        os.close(commands)
        os.close(replies)
        self._buffer = b""
        self._next = 0
        self.errors: list[str] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.send("Target.attachToTarget", targetId=target,
                                  flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:
            self.send("Browser.close")
        except (OSError, TimeoutError):
            self._process.kill()
        self._process.wait(timeout=TIMEOUT)
        os.close(self._to_browser)
        os.close(self._from_browser)

    def send(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        """Call ``method`` (on the page when ``session``) and return its result."""
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        reply = self._until(lambda received: received.get("id") == self._next)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return dict(reply.get("result", {}))

    def open(self, page: Path) -> None:
        """Load ``page`` and wait for its load event."""
        self.send("Page.navigate", session=True, url=page.as_uri())
        self._until(lambda received: received.get("method") == "Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page, as JSON gives it."""
        result = self.send("Runtime.evaluate", session=True, expression=expression,
                           returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(str(result["exceptionDetails"]))
        return result["result"].get("value")

    def _until(self, wanted: Any) -> dict[str, Any]:
        """Read messages until one is ``wanted``, noting the errors the page logs."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            while b"\0" not in self._buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                    raise TimeoutError("chromium did not answer")
                chunk = os.read(self._from_browser, 1 << 16)
                if not chunk:
                    raise OSError("chromium closed its pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            received: dict[str, Any] = json.loads(raw)
            self._note(received)
            if wanted(received):
                return received

    def _note(self, received: dict[str, Any]) -> None:
        method, params = received.get("method"), received.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(arg.get("value", arg.get("description", "")))
                                        for arg in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            self.errors.append(str(params.get("exceptionDetails", {}).get("text")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append(str(params["entry"].get("text")))
