"""Subcommands of ``planlint``, one module each, and what they share.

Each subcommand module imports only click up front and the rest inside the command, and
is itself imported only when its command runs, so ``planlint --version`` stays instant.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from datetime import datetime

    from planlint.api import Session
    from planlint.config import Config
    from planlint.outputs import Output
    from planlint.report import Report
    from planlint.reporters import Reporter

F = TypeVar("F", bound=Callable[..., Any])
EXAMPLE = Path(__file__).parent.parent / "examples" / "chrysler" / "enterprise.yaml"


class Whole(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.2 only
    """An option's whole number, at least 0; another value is said in planlint's words:
    what the option ``counts`` and an example (click said ``-1 is not in the range
    x>=0``)."""

    name = "integer"

    def __init__(self, counts: str) -> None:
        self.counts = counts

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip()
        whole = text.isascii() and text.isdigit()
        if whole and len(text) <= 9:
            return int(text)
        raise click.UsageError(f"{_flag(param)} takes {self.counts}; {text!r} is "
                               + ("more than planlint takes" if whole else "not one"), ctx)


class Day(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.2 only
    """A date written ``YYYY-MM-DD``; another value is said with an example (click said
    ``does not match the format '%Y-%m-%d'``)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> datetime:
        from datetime import datetime

        if isinstance(value, datetime):
            return value
        text = str(value).strip()
        try:
            return datetime.strptime(text, "%Y-%m-%d")
        except ValueError:
            raise click.UsageError(f"{_flag(param)} takes a date written YYYY-MM-DD, such "
                                   f"as 2025-06-30; {text!r} is not one", ctx) from None


def _flag(param: click.Parameter | None) -> str:
    """How an option is written: its long name (``--jobs``)."""
    names = getattr(param, "opts", None) or ["the option"]
    return str(max(names, key=len))


def split_values(values: Iterable[str]) -> list[str]:
    """Values of a repeatable, comma-separated option."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def usage_errors(function: F) -> F:
    """Turn planlint's usage errors into click's: a message and exit code 2."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from planlint.errors import UsageError

        try:
            return function(*args, **kwargs)
        except UsageError as error:
            raise click.UsageError(_log_lines(str(error))) from None
        except RecursionError as error:  # a last guard: never a traceback for any input
            raise Internal(_log_lines(_internal(error))) from None
        except BrokenPipeError:  # the reader stopped reading (| head): click ends quietly
            raise
        except Exception as error:
            if isinstance(error, click.ClickException):
                raise
            raise Internal(_log_lines(_internal(error))) from None

    return wrapper  # type: ignore[return-value]


def _log_lines(text: str) -> str:
    from planlint.reporters.neutral import log_lines

    return log_lines(text)


def warn(text: str) -> None:
    """Say ``text`` on standard error, made harmless for a terminal and a CI log: it
    may quote file names, and a file's name can hold escapes and line breaks."""
    click.echo(_log_lines(text), err=True)


class Internal(click.ClickException):
    """A failure that is no fault of the input: exit code 2, one line, no traceback."""

    exit_code = 2


def _internal(error: BaseException) -> str:
    from planlint.errors import failure

    return (f"planlint failed: {failure(error)}. This is a "
            "bug in planlint or a plugin, not in the plan; please report it with the input")


def render(reporter: Any, report: Any, colored: bool) -> str:
    """A reporter's output, as it made it (:func:`encoded` makes it writable); a
    reporter that fails, or runs past its time budget, is a usage error naming it."""
    output: str = _returned(reporter, _rendered(reporter, lambda: reporter.render(
        report, colored)), str)
    return output


def render_bytes(reporter: Any, report: Any, colored: bool) -> bytes:
    """A reporter's output as the UTF-8 bytes to write: those it makes itself
    (``Reporter.render_bytes``), else its text :func:`encoded`."""
    if reporter.render_bytes is None:
        return encoded(render(reporter, report, colored))
    output: bytes = _returned(reporter, _rendered(reporter, lambda: reporter.render_bytes(
        report, colored)), bytes)
    return output


def _returned(reporter: Any, output: Any, kind: type) -> Any:
    """A reporter's output, when it is of the ``kind`` asked for; else a usage error
    naming the reporter (it was "planlint failed: TypeError")."""
    from planlint.errors import UsageError

    if not isinstance(output, kind):
        raise UsageError(f"the {reporter.name} output format gave {type(output).__name__} "
                         f"where {'text belongs' if kind is str else 'bytes belong'}; choose "
                         "another --format, or report it to the plugin that provides it")
    return output


def _rendered(reporter: Any, make: Callable[[], Any]) -> Any:
    """What ``make`` returns, within the output time budget; a failure names the
    reporter."""
    from planlint.engine import OutOfTime, within
    from planlint.errors import UsageError, said
    from planlint.limits import OUTPUT_TIMEOUT

    try:
        return within(OUTPUT_TIMEOUT, make)
    except OutOfTime:
        raise UsageError(f"the {reporter.name} output format ran longer than "
                         f"{OUTPUT_TIMEOUT:g}s and was stopped; choose another --format, or "
                         "check the plan in smaller parts") from None
    except Exception as error:
        raise UsageError(f"the {reporter.name} output format failed: "
                         f"{said(error)}; choose another "
                         "--format, or report it to the plugin that provides it") from None


def encoded(text: str) -> bytes:
    """``text`` in UTF-8, a lone surrogate shown as its escape: the bytes of
    :func:`encodable`'s text, encoded once."""
    return text.encode("utf-8", "backslashreplace")


def _byte_stream(stream: Any) -> Any:
    """The binary buffer under ``stream`` when bytes written there read as its text
    would (UTF-8, not Windows' console), else None."""
    buffer = getattr(stream, "buffer", None)
    if (buffer is None or os.name == "nt"
            or codecs.lookup(getattr(stream, "encoding", None) or "ascii").name != "utf-8"):
        return None
    return buffer


def _write(stream: Any, buffer: Any, data: bytes) -> None:
    """Write ``data`` to ``stream``'s ``buffer``, after any text already written."""
    stream.flush()
    buffer.write(data)
    buffer.flush()


def echo_report(reporter: Any, report: Any, colored: bool) -> None:
    """Print a reporter's output on standard output: its own bytes when it makes them
    and they can be written as they are (no escape sequence for click to take out),
    else its text through :func:`echo_output`."""
    stream = sys.stdout
    buffer = _byte_stream(stream) if reporter.render_bytes is not None else None
    if buffer is not None:
        data = render_bytes(reporter, report, colored)
        if colored or b"\x1b" not in data:
            _write(stream, buffer, data)
            return
    echo_output(render(reporter, report, colored), colored)


def echo_output(text: str, colored: bool) -> None:
    """Print an output on standard output as ``click.echo`` does. A large report is
    written as bytes, encoded once, when standard output is UTF-8 and there is no escape
    sequence that click would take out (with colour off) or translate (on Windows);
    otherwise click prints it."""
    stream = sys.stdout
    buffer = _byte_stream(stream)
    if buffer is None or (not colored and "\x1b" in text):
        click.echo(encodable(text), nl=False, color=colored)
        return
    _write(stream, buffer, encoded(text))


def encodable(text: str) -> str:
    """``text`` as it can be written in UTF-8: a lone surrogate (from a JSON plan's
    ``"\\ud800"`` or a file name that is not UTF-8) shown as its escape, ``\\ud800``,
    which in JSON output is the same escape the plan wrote."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def plugin_options(function: F) -> F:
    function = click.option("--rules", "rule_files", multiple=True, metavar="FILE",
                            type=click.Path(path_type=Path),
                            help="Load a declarative rule file (repeatable).")(function)
    function = click.option("-p", "--plugin", "plugins", multiple=True, metavar="MODULE",
                            help="Load a plugin module (repeatable).")(function)
    return click.option("--no-plugins", is_flag=True,
                        help="Do not load plugins installed as entry points.")(function)


def listing_session(config_path: Path | None, plugins: tuple[str, ...],
                    rule_files: tuple[Path, ...], no_plugins: bool) -> Session:
    """The session a listing command shows: the nearest config's plugins and rule files
    (or ``config_path``'s), plus those given on the command line."""
    from planlint.api import Session
    from planlint.config import discover

    config = discover(Path(), config_path)
    return Session.open(config.merged(plugins=[*config.plugins, *plugins],
                                      rule_files=[*config.rule_files, *map(str, rule_files)]),
                        entry_points=not no_plugins)


def config_option(function: F) -> F:
    return click.option("--config", "config_path", type=click.Path(path_type=Path),
                        help="Config file to use instead of the nearest one.")(function)


def output_options(function: F) -> F:
    """``--format``, ``--output``, ``--color`` and ``--exit-zero``: how a report is
    written, and whether findings fail the run."""
    from planlint.outputs import FORMAT, OUTPUT

    for option in reversed([
        click.option("--format", FORMAT, multiple=True, metavar="FORMAT",
                     help="Output format: text (default), json, sarif, junit, github, "
                          "markdown, html, or one a plugin adds. Repeatable, each with its "
                          "own --output."),
        click.option("-o", "--output", OUTPUT, multiple=True, metavar="FILE",
                     help="Write the --format given before it to FILE instead of standard "
                          "output (repeatable; - is standard output)."),
        click.option("--color/--no-color", default=None,
                     help="Colour the text output (default: on a terminal, or when "
                          "FORCE_COLOR is set; never when NO_COLOR is)."),
        click.option("--exit-zero", is_flag=True,
                     help="Exit 0 even when findings fail the check (2 still means a usage "
                          "error)."),
    ]):
        function = option(function)
    return function


def selection_options(function: F) -> F:
    """``--select``, ``--extend-select``, ``--ignore``, ``--config``, ``--as-of`` and
    ``--fail-on``: which rules run, and how their findings are judged."""
    for option in reversed([
        click.option("--select", multiple=True, metavar="RULES",
                     help="Rules to run: codes, prefixes (PL2), names or categories. "
                          "Replaces the config's select."),
        click.option("--extend-select", multiple=True, metavar="RULES",
                     help="Rules to run besides the selected ones."),
        click.option("--ignore", multiple=True, metavar="RULES", help="Rules not to run."),
        click.option("--config", "config_path", type=click.Path(path_type=Path),
                     help="Config file to use instead of the nearest one."),
        click.option("--as-of", type=Day(), metavar="DATE",
                     help="Judge status as of this date (YYYY-MM-DD) instead of the "
                          "plan's."),
        click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
                     help="Exit 1 when a finding is at least this severe.  [default: "
                          "error]"),
    ]):
        function = option(function)
    return function


def run_config(first: Path, config_path: Path | None, select: tuple[str, ...],
               extend_select: tuple[str, ...], ignore: tuple[str, ...],
               as_of: datetime | None, fail_on: str | None, plugins: tuple[str, ...],
               rule_files: tuple[Path, ...]) -> tuple[Config, Config]:
    """The config found for the plan at ``first`` (or ``config_path``), and that config
    with the command line's selection options applied."""
    from planlint.config import discover

    found = discover(first, config_path)
    return found, found.merged(
        select=split_values(select) or None,
        extend_select=[*found.extend_select, *split_values(extend_select)],
        ignore=[*found.ignore, *split_values(ignore)],
        as_of=as_of.date() if as_of else None, fail_on=fail_on,
        plugins=[*found.plugins, *plugins],
        rule_files=[*found.rule_files, *map(str, rule_files)])


def requested_outputs(session: Session, output_format: tuple[str, ...],
                      outputs: tuple[str, ...]) -> list[Output]:
    """The outputs the command line asks for, each in a format the session knows; the
    session's notes about its settings go to standard error."""
    from planlint.errors import UsageError
    from planlint.outputs import given_order, pair

    wanted = pair(given_order(click.get_current_context(), output_format, outputs))
    for output in wanted:
        if output.format not in session.host.reporters:
            raise UsageError(f"unknown format {output.format!r}; choose one of "
                             f"{', '.join(sorted(session.host.reporters))}")
    for note in session.settings.notes:
        warn(f"planlint: {note}")
    return wanted


#: A report file's usual suffix, by format, to suggest a name with.
_SUFFIXES = {"text": ".txt", "json": ".json", "sarif": ".sarif", "junit": ".xml",
             "github": ".txt", "markdown": ".md", "html": ".html"}


def write_reports(report: Report, session: Session, wanted: list[Output], color: bool | None,
                  adjust: Callable[[Reporter], Reporter] | None = None) -> bool:
    """Write ``report`` in each wanted format (``adjust`` may change the text format's
    reporter); whether an output file could not be written."""
    from planlint.outputs import shows_color, write_atomically

    colored = shows_color(color)
    failed = False
    read = {os.path.realpath(name) for name in report.files}
    for output in wanted:
        reporter = session.host.reporters[output.format]
        if output.format == "text" and adjust is not None:
            reporter = adjust(reporter)
        if output.path is None:
            echo_report(reporter, report, colored)
            continue
        if os.path.realpath(output.path) in read:  # the report replaced the plan itself
            failed = True
            warn(f"planlint: --output {output.path} is a file of the plan checked, so the "
                 f"report is not written over it; name another file, such as "
                 f"report{_SUFFIXES.get(output.format, '.txt')}")
            continue
        try:
            write_atomically(output.path, render_bytes(reporter, report, False))
        except OSError as error:
            failed = True
            warn(f"planlint: could not write {output.path}: "
                 f"{error.strerror or error}; check the path and its permissions")
    return failed
