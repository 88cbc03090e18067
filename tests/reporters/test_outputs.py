"""``--format``/``--output`` pairs: the pairing rule, files written whole, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import stat
import threading
from pathlib import Path

import pytest

from planlint.errors import UsageError
from planlint.outputs import FORMAT, OUTPUT, Output, pair, shows_color, write_atomically
from planlint.reporters import Reporter
from tests.conftest import Run
from tests.reporters.reports import GOLDEN_ARGS, GOLDEN_PLAN

ARGS = GOLDEN_ARGS


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return Path(shutil.copy(GOLDEN_PLAN, tmp_path / "plan.yaml"))


def F(name: str) -> tuple[str, str]:  # noqa: N802
    return (FORMAT, name)


def O(path: str) -> tuple[str, str]:  # noqa: N802, E743
    return (OUTPUT, path)


def test_pairing_rule() -> None:
    assert pair([]) == [Output("text", None)]
    assert pair([F("text"), F("sarif"), O("r.sarif")]) == [
        Output("text", None), Output("sarif", Path("r.sarif"))]
    assert pair([F("sarif"), O("r.sarif"), F("text")]) == [
        Output("sarif", Path("r.sarif")), Output("text", None)]
    assert pair([O("r.txt")]) == [Output("text", Path("r.txt"))]
    assert pair([F("json"), O("a.json"), O("b.json")]) == [
        Output("json", Path("a.json")), Output("json", Path("b.json"))]
    assert pair([F("json"), O("-")]) == [Output("json", None)]


@pytest.mark.parametrize(("given", "complaint"), [
    ([F("json"), F("sarif")], "would all print to standard output"),
    ([F("json"), O("a"), F("sarif"), O("a")], "is given twice"),
    ([F("json"), O("missing/a.json")], "does not exist"),
    ([F("json"), O(".")], "is a folder"),
])
def test_pairing_mistakes(given: list[tuple[str, str]], complaint: str,
                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match=complaint):
        pair(given)


def test_several_formats_in_one_run(cli: Run, plan: Path, tmp_path: Path) -> None:
    result = cli("check", "--format", "text", "--format", "sarif", "--output", "r.sarif",
                 "--format", "json", "-o", "r.json", "--no-color", *ARGS)
    assert result.exit_code == 1
    assert result.output.startswith("plan.yaml:13:5: GOLD001 [warning]")
    assert json.loads((tmp_path / "r.sarif").read_text())["version"] == "2.1.0"
    assert len(json.loads((tmp_path / "r.json").read_text())["findings"]) == 4


def test_output_alone_writes_text_and_prints_nothing(cli: Run, plan: Path,
                                                     tmp_path: Path) -> None:
    result = cli("check", "--output", "report.txt", *ARGS)
    assert result.exit_code == 1 and result.output == ""
    text = (tmp_path / "report.txt").read_text()
    assert text.startswith("plan.yaml:13:5:") and "\x1b[" not in text


def test_bad_pairs_and_formats_are_usage_errors(cli: Run, plan: Path) -> None:
    result = cli("check", "--format", "json", "--format", "sarif", *ARGS)
    assert result.exit_code == 2 and "give all but one of them --output" in result.output
    result = cli("check", "--format", "yaml", "-o", "x", *ARGS)
    assert result.exit_code == 2 and "unknown format 'yaml'" in result.output


def test_a_file_that_cannot_be_written_exits_2_and_keeps_the_old_one(
        cli: Run, plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.json"
    target.write_text("old")

    def broken(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("planlint.outputs.write_atomically", broken)
    result = cli("check", "--format", "json", "-o", "r.json", *ARGS)
    assert result.exit_code == 2
    assert "could not write r.json: No space left on device" in result.output
    assert target.read_text() == "old"


def test_atomic_write_keeps_mode_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "r.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, "new ✓")
    assert target.read_text("utf-8") == "new ✓"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [path.name for path in tmp_path.iterdir()] == ["r.txt"]


def test_atomic_write_failing_midway_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.txt"
    target.write_text("old")

    def fail(*args: object) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["r.txt"]


def test_atomic_write_goes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    write_atomically(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_atomic_write_writes_into_what_is_not_a_regular_file(tmp_path: Path) -> None:
    """A device or a named pipe (``-o /dev/null``) is written to, never replaced by a
    renamed file: run as root, a rename would swap the device for a regular file."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    write_atomically(pipe, "new ✓")
    reader.join(timeout=10)
    assert received == ["new ✓".encode()]
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [path.name for path in tmp_path.iterdir()] == ["pipe"]


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert shows_color(None, _Terminal())
    assert not shows_color(None, object())
    assert shows_color(True, object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not shows_color(None, _Terminal())
    assert shows_color(True, _Terminal())
    assert not shows_color(False, _Terminal())


def test_an_output_format_that_fails_or_overruns_is_a_usage_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from planlint import commands, limits
    from planlint.api import lint
    from planlint.reporters import Reporter

    report = lint("planlint: 1\ngoals: [{id: G1}]\n")

    def broken(report: object, color: bool) -> str:
        raise ZeroDivisionError("division by zero")

    def endless(report: object, color: bool) -> str:
        while True:
            pass

    with pytest.raises(UsageError, match="the broken output format failed: ZeroDivision"):
        commands.render(Reporter("broken", "fails", broken), report, False)
    monkeypatch.setattr(limits, "OUTPUT_TIMEOUT", 0.2)
    with pytest.raises(UsageError, match=r"the endless output format ran longer than 0\.2s"):
        commands.render(Reporter("endless", "never ends", endless), report, False)


def _printed(monkeypatch: pytest.MonkeyPatch, text: str, colored: bool,
             encoding: str = "utf-8", direct: bool = True) -> bytes:
    """What :func:`echo_output` (or, not ``direct``, ``click.echo`` of the encodable
    text) writes of ``text`` on a standard output of ``encoding``."""
    import io

    import click

    from planlint.commands import echo_output, encodable

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", write_through=True)
    monkeypatch.setattr("sys.stdout", stream)
    if direct:
        echo_output(text, colored)
    else:
        click.echo(encodable(text), nl=False, color=colored)
    stream.flush()
    return raw.getvalue()


@pytest.mark.parametrize(("text", "colored", "encoding"), [
    ("plain — text\n", False, "utf-8"),              # written as bytes, encoded once
    ("lone \ud800 surrogate\n", False, "utf-8"),     # its escape, as before
    ("\x1b[31mred\x1b[0m title\n", False, "utf-8"),  # click takes the escapes out
    ("\x1b[31mred\x1b[0m\n", True, "utf-8"),         # colour on: kept
    ("plain — text\n", False, "latin-1"),            # not UTF-8: click writes it
])
def test_printed_output_is_what_click_prints(monkeypatch: pytest.MonkeyPatch, text: str,
                                             colored: bool, encoding: str) -> None:
    assert _printed(monkeypatch, text, colored, encoding) == _printed(
        monkeypatch, text, colored, encoding, direct=False)


def _reporter(text: str, data: bytes | None) -> Reporter:
    """A reporter whose text is ``text`` and whose bytes, when given, are ``data``."""
    return Reporter("fixed", "fixed output", lambda report, color: text,
                    None if data is None else (lambda report, color: data))


@pytest.mark.parametrize(("text", "data", "colored", "encoding", "written"), [
    ("text\n", b"bytes\n", False, "utf-8", b"bytes\n"),        # its own bytes, as they are
    ("text\n", None, False, "utf-8", b"text\n"),               # no bytes: its text
    ("t\xe9xt\n", b"t\xc3\xa9xt\n", False, "latin-1", b"t\xe9xt\n"),  # not UTF-8: its text
    ("\x1b[1mt\n", b"\x1b[1mb\n", False, "utf-8", b"t\n"),     # escapes to take out: text
    ("\x1b[1mt\n", b"\x1b[1mb\n", True, "utf-8", b"\x1b[1mb\n"),  # colour on: bytes
])
def test_printed_report_prefers_the_reporters_bytes(
        monkeypatch: pytest.MonkeyPatch, text: str, data: bytes | None, colored: bool,
        encoding: str, written: bytes) -> None:
    import io

    from planlint.api import lint
    from planlint.commands import echo_report

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", write_through=True)
    monkeypatch.setattr("sys.stdout", stream)
    echo_report(_reporter(text, data), lint("planlint: 1\ngoals: [{id: G1}]\n"), colored)
    stream.flush()
    assert raw.getvalue() == written


def test_an_output_file_gets_the_reporters_bytes(tmp_path: Path) -> None:
    from planlint.api import lint
    from planlint.commands import render_bytes

    report = lint("planlint: 1\ngoals: [{id: G1}]\n")
    assert render_bytes(_reporter("text", b"bytes"), report, False) == b"bytes"
    assert render_bytes(_reporter("lone \ud800", None), report, False) == b"lone \\ud800"


@pytest.mark.parametrize("value", [
    {"a": ["b", 1, 2.5, None, True], "c": {}},
    {"wide": "日本 — é"},
    {"lone": "x\ud800y"},   # orjson refuses: the standard library's text, escaped
    {"big": 2 ** 70},       # past 64 bits: likewise
])
def test_json_bytes_are_the_json_text_encoded(value: object) -> None:
    from planlint.commands import encoded
    from planlint.reporters import json_bytes, json_text

    assert json_bytes(value) == encoded(json_text(value))


@pytest.mark.parametrize("value", [
    {"first": "\u200b \u2026", "rules": ["\u2026 x"] * 50, "results": ["y"] * 50},
    {"rules": ["\u00e9 \u2026"] * 50, "last": "\u2026 y \u202e", "end": "z\x85"},
    {"a": "\u2026", "b": ["plain"] * 50, "c": "\u2060\u2026\ufeff\u061c\u2028", "d": "\u00b0"},
    {"only": "\x9b"},
])
def test_invisible_characters_are_escaped_wherever_they_are(value: object) -> None:
    """orjson's bytes are searched for invisible characters only between the first and
    the last byte that can open one: those at either end, and between other non-ASCII
    text, are escaped as the standard library's text escapes them."""
    from planlint.reporters import _stdlib_json, json_bytes

    assert json_bytes(value) == _stdlib_json(value).encode("utf-8")
    assert b"\\u" in json_bytes(value)


@pytest.mark.parametrize("module", ["json", "sarif"])
def test_json_and_sarif_bytes_are_their_text_encoded(module: str) -> None:
    import importlib

    from planlint.api import lint
    from planlint.commands import encoded

    reporter = importlib.import_module(f"planlint.reporters.{module}")
    report = lint("planlint: 1\ngoals: [{id: G1, title: \"x — y\"}]\n")
    assert reporter.render_bytes(report, False) == encoded(reporter.render(report, False))


@pytest.mark.parametrize(("name", "plan"), [
    ("map.json", '{"planlint": 1, "goals": [{"id": "G1", "title": "lone \\ud800 \u2014 y"},'
                 ' {"id": "G2", "parent": "G1"}]}'),
    ("no-map.yaml", 'planlint: 1\npeople: [{id: P1, name: "Ana \u2014 x"}]\n'),
])
@pytest.mark.parametrize("at_a_time", [1, 3, 256])
def test_html_bytes_are_its_text_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         name: str, plan: str, at_a_time: int) -> None:
    """The page encoded a few lines at a time is the page's text encoded: a lone
    surrogate shown as its escape, and the empty line of a page without a map kept."""
    from planlint.api import lint
    from planlint.commands import encoded
    from planlint.reporters import html

    monkeypatch.setattr(html, "ENCODED_LINES", at_a_time)
    path = tmp_path / name
    path.write_text(plan, "utf-8")
    text = html.render(lint(path), False)
    assert html.render_bytes(lint(path), False) == encoded(text)
    assert ("\\ud800" in text) == name.endswith(".json")  # shown as its escape
    assert ('id="map"' in text) == (name == "map.json")
