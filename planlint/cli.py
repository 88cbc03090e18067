"""The command line: ``planlint check``, ``planlint rules`` and friends.

Only click is imported up front; everything else loads inside the command that needs
it, so ``planlint --version`` costs little more than starting Python.

Exit codes: 0 no finding at or above the fail level, 1 findings at or above it,
2 the plan cannot be checked as asked (a missing file, a bad option, a bad config).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from planlint._version import __version__
from planlint.outputs import FORMAT, OUTPUT, OrderedCommand

if TYPE_CHECKING:
    from planlint.config import Config
    from planlint.host import Host

F = TypeVar("F", bound=Callable[..., Any])
EXAMPLE = Path(__file__).parent / "examples" / "chrysler" / "enterprise.yaml"


def _split(values: Iterable[str]) -> list[str]:
    """Values of a repeatable, comma-separated option."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _usage_errors(function: F) -> F:
    """Turn planlint's usage errors into click's: a message and exit code 2."""

    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from planlint.errors import UsageError

        try:
            return function(*args, **kwargs)
        except UsageError as error:
            raise click.UsageError(str(error)) from None
        except RecursionError as error:  # a last guard: never a traceback for any input
            raise _Internal(_internal(error)) from None
        except Exception as error:
            if isinstance(error, click.ClickException):
                raise
            raise _Internal(_internal(error)) from None

    return wrapper  # type: ignore[return-value]


class _Internal(click.ClickException):
    """A failure that is no fault of the input: exit code 2, one line, no traceback."""

    exit_code = 2


def _internal(error: BaseException) -> str:
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    where = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return (f"planlint failed: {type(error).__name__}: {str(error)[:300]}{where}. This is a "
            "bug in planlint or a plugin, not in the plan; please report it with the input")


def _render(reporter: Any, report: Any, colored: bool) -> str:
    """A reporter's output; a reporter that fails is a usage error naming it."""
    from planlint.errors import UsageError

    try:
        output: str = reporter.render(report, colored)
    except Exception as error:
        raise UsageError(f"the {reporter.name} output format failed: "
                         f"{type(error).__name__}: {str(error)[:200]}; choose another "
                         "--format, or report it to the plugin that provides it") from None
    return output


def _plugin_options(function: F) -> F:
    function = click.option("--rules", "rule_files", multiple=True, metavar="FILE",
                            type=click.Path(path_type=Path),
                            help="Load a declarative rule file (repeatable).")(function)
    function = click.option("-p", "--plugin", "plugins", multiple=True, metavar="MODULE",
                            help="Load a plugin module (repeatable).")(function)
    return click.option("--no-plugins", is_flag=True,
                        help="Do not load plugins installed as entry points.")(function)


def _host(config: Config, no_plugins: bool) -> Host:
    from planlint.api import get_host

    return get_host(tuple(config.plugins), not no_plugins, tuple(config.rule_files))


def listing_host(config_path: Path | None, plugins: tuple[str, ...],
                 rule_files: tuple[Path, ...], no_plugins: bool) -> Host:
    """The host a listing command shows: the nearest config's plugins and rule files
    (or ``config_path``'s), plus those given on the command line."""
    from planlint.config import discover

    config = discover(Path(), config_path)
    return _host(config.merged(plugins=[*config.plugins, *plugins],
                               rule_files=[*config.rule_files, *map(str, rule_files)]),
                 no_plugins)


def _config_option(function: F) -> F:
    return click.option("--config", "config_path", type=click.Path(path_type=Path),
                        help="Config file to use instead of the nearest one.")(function)


def run() -> None:
    """The ``planlint`` command: :func:`main`, then an exit that skips the teardown.

    A large plan is millions of small objects, and freeing them one by one as the
    interpreter shuts down costs a quarter of a check; once the output is flushed the
    process can end at once (``atexit`` handlers do not run).
    """
    try:
        main()
    except SystemExit as done:
        if done.code is not None and not isinstance(done.code, int):
            raise
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(done.code or 0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="planlint",
                      message="%(prog)s %(version)s")
def main() -> None:
    """Check strategic plans for the reasons strategies fail in execution."""


@main.command(cls=OrderedCommand)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", FORMAT, multiple=True, metavar="FORMAT",
              help="Output format: text (default), json, sarif, junit, github, markdown, "
                   "html, or one a plugin adds. Repeatable, each with its own --output.")
@click.option("-o", "--output", OUTPUT, multiple=True, metavar="FILE",
              help="Write the --format given before it to FILE instead of standard "
                   "output (repeatable; - is standard output).")
@click.option("--select", multiple=True, metavar="RULES",
              help="Rules to run: codes, prefixes (PL2), names or categories. "
                   "Replaces the config's select.")
@click.option("--extend-select", multiple=True, metavar="RULES",
              help="Rules to run besides the selected ones.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Rules not to run.")
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="Config file to use instead of the nearest one.")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="DATE",
              help="Judge status as of this date (YYYY-MM-DD) instead of the plan's.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
              help="Exit 1 when a finding is at least this severe.  [default: error]")
@click.option("--example", is_flag=True, help="Check the bundled example plan.")
@click.option("--color/--no-color", default=None, help="Colour the text output.")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path), metavar="FILE",
              help="Report only findings that this baseline does not record.")
@click.option("--write-baseline", type=click.Path(path_type=Path), metavar="FILE",
              help="Record today's findings in FILE, then report against it.")
@click.option("--each", is_flag=True,
              help="Check each PATH as a plan of its own (a portfolio), in one report.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Plans checked at once with --each, in parallel processes "
                   "(0: one per CPU).")
@_plugin_options
@_usage_errors
def check(paths: tuple[Path, ...], output_format: tuple[str, ...], outputs: tuple[str, ...],
          select: tuple[str, ...],
          extend_select: tuple[str, ...], ignore: tuple[str, ...], config_path: Path | None,
          as_of: datetime | None, fail_on: str | None, example: bool, color: bool | None,
          baseline_path: Path | None, write_baseline: Path | None, each: bool, jobs: int,
          plugins: tuple[str, ...], rule_files: tuple[Path, ...], no_plugins: bool) -> None:
    """Check the plan made of PATHS (files and folders; default: this folder)."""
    from planlint import baseline
    from planlint.api import load_plan
    from planlint.config import discover
    from planlint.engine import Engine, gc_paused
    from planlint.errors import UsageError
    from planlint.outputs import given_order, pair, shows_color, write_atomically
    from planlint.settings import resolve

    if example:
        if paths:
            raise UsageError("--example checks the bundled plan; give no paths with it")
        paths = (EXAMPLE,)
    targets = list(paths) or [Path()]
    if jobs != 1 and not each:
        raise UsageError("--jobs checks several plans at once; add --each to check each "
                         "path as a plan of its own")
    if each and any(str(target) == "-" for target in targets):
        raise UsageError("--each checks files and folders; standard input ('-') cannot be "
                         "one of them")
    if each and (baseline_path or write_baseline):
        raise UsageError("a baseline records one plan; check each plan with its own "
                         "--baseline instead of --each")
    config = discover(targets[0] if str(targets[0]) != "-" else Path(), config_path)
    config = config.merged(
        select=_split(select) or None,
        extend_select=[*config.extend_select, *_split(extend_select)],
        ignore=[*config.ignore, *_split(ignore)],
        as_of=as_of.date() if as_of else None, fail_on=fail_on,
        plugins=[*config.plugins, *plugins],
        rule_files=[*config.rule_files, *map(str, rule_files)])
    host = _host(config, no_plugins)
    wanted = pair(given_order(click.get_current_context(), output_format, outputs))
    for output in wanted:
        if output.format not in host.reporters:
            raise UsageError(f"unknown format {output.format!r}; choose one of "
                             f"{', '.join(sorted(host.reporters))}")
    settings = resolve(config, list(host.rules.values()))
    if baseline_path is not None and write_baseline is not None:
        raise UsageError("give --baseline or --write-baseline, not both; --write-baseline "
                         "FILE also reports against the FILE it writes")
    known = baseline.read(baseline_path) if baseline_path is not None else None
    with gc_paused():  # from loading to the last output: a run allocates much, frees little
        if each:
            from planlint.portfolio import check_each

            report = check_each(targets, config, not no_plugins, jobs)
        else:
            plan = load_plan(targets, host)
            report = Engine(host, settings).run(plan)
        if write_baseline is not None:
            count = baseline.write(write_baseline, plan, report.findings)
            click.echo(f"planlint: recorded {count} finding{'' if count == 1 else 's'} in "
                       f"{write_baseline}", err=True)
            known = baseline.read(write_baseline)
        if known is not None:
            report = baseline.apply(report, plan, known)
        colored = shows_color(color)
        failed = False
        for output in wanted:
            reporter = host.reporters[output.format]
            if output.path is None:
                click.echo(_render(reporter, report, colored), nl=False, color=colored)
                continue
            try:
                write_atomically(output.path, _render(reporter, report, False))
            except OSError as error:
                failed = True
                click.echo(f"planlint: could not write {output.path}: "
                           f"{error.strerror or error}; check the path and its permissions",
                           err=True)
    sys.exit(2 if failed else report.exit_code)


@main.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True, help="Output format.")
@_config_option
@_plugin_options
@_usage_errors
def rules(output_format: str, config_path: Path | None, plugins: tuple[str, ...],
          rule_files: tuple[Path, ...], no_plugins: bool) -> None:
    """List every rule: code, name, category, severity and the plugin (or rule file)
    that ships it."""
    import json

    from planlint.ruledoc import options_of

    host = listing_host(config_path, plugins, rule_files, no_plugins)
    rows = [{"code": rule.code, "name": rule.name, "category": rule.category,
             "severity": rule.severity.value, "plugin": host.plugin_of(rule).name,
             "distribution": host.plugin_of(rule).distribution, "summary": rule.summary,
             "options": options_of(rule)}
            for rule in host.rules.values()]
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2, default=str))
        return
    for row in rows:
        click.echo(f"{row['code']:<8} {row['name']:<30} {row['category']:<14} "
                   f"{row['severity']:<8} {row['plugin']}")


from planlint.commands.explain import explain  # noqa: E402
from planlint.commands.graph import graph  # noqa: E402
from planlint.commands.plugins import plugins as _plugins_command  # noqa: E402
from planlint.commands.schema import schema  # noqa: E402

main.add_command(explain)
main.add_command(graph)
main.add_command(_plugins_command)
main.add_command(schema)
