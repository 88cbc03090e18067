"""Subcommands of ``planlint``, one module each, and what they share.

Each subcommand module imports only click up front and the rest inside the command, and
is itself imported only when its command runs, so ``planlint --version`` stays instant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from planlint.api import Session

F = TypeVar("F", bound=Callable[..., Any])
EXAMPLE = Path(__file__).parent.parent / "examples" / "chrysler" / "enterprise.yaml"


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
            raise click.UsageError(str(error)) from None
        except RecursionError as error:  # a last guard: never a traceback for any input
            raise Internal(_internal(error)) from None
        except BrokenPipeError:  # the reader stopped reading (| head): click ends quietly
            raise
        except Exception as error:
            if isinstance(error, click.ClickException):
                raise
            raise Internal(_internal(error)) from None

    return wrapper  # type: ignore[return-value]


class Internal(click.ClickException):
    """A failure that is no fault of the input: exit code 2, one line, no traceback."""

    exit_code = 2


def _internal(error: BaseException) -> str:
    from planlint.errors import failure

    return (f"planlint failed: {failure(error)}. This is a "
            "bug in planlint or a plugin, not in the plan; please report it with the input")


def render(reporter: Any, report: Any, colored: bool) -> str:
    """A reporter's output; a reporter that fails, or runs past its time budget, is a
    usage error naming it."""
    from planlint.engine import OutOfTime, time_limit
    from planlint.errors import UsageError, said
    from planlint.limits import OUTPUT_TIMEOUT

    try:
        with time_limit(OUTPUT_TIMEOUT):
            output: str = reporter.render(report, colored)
    except OutOfTime:
        raise UsageError(f"the {reporter.name} output format ran longer than "
                         f"{OUTPUT_TIMEOUT:g}s and was stopped; choose another --format, or "
                         "check the plan in smaller parts") from None
    except Exception as error:
        raise UsageError(f"the {reporter.name} output format failed: "
                         f"{said(error)}; choose another "
                         "--format, or report it to the plugin that provides it") from None
    return encodable(output)


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
