"""``planlint check``: check a plan and write its report in one or more formats."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from planlint.commands import (
    EXAMPLE,
    plugin_options,
    render,
    split_values,
    usage_errors,
)
from planlint.outputs import FORMAT, OUTPUT, OrderedCommand

if TYPE_CHECKING:
    from planlint.api import Session
    from planlint.config import Config
    from planlint.outputs import Output
    from planlint.plan import Plan
    from planlint.report import Report
    from planlint.reporters import Reporter


@click.command(cls=OrderedCommand)
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
@click.option("--color/--no-color", default=None,
              help="Colour the text output (default: on a terminal, or when FORCE_COLOR "
                   "is set; never when NO_COLOR is).")
@click.option("-q", "--quiet", is_flag=True,
              help="Text output: one line per finding, no plan lines and no summary.")
@click.option("--statistics", is_flag=True,
              help="Text output: how many findings each rule made, instead of the findings.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also list the files of the plan's folders left alone for not starting "
                   "with 'planlint: 1'.")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even when findings fail the check (2 still means a usage error).")
@click.option("--only-plans", is_flag=True,
              help="Leave alone the files named that do not start with 'planlint: 1', as in "
                   "folders, and exit 0 when none does (for hooks that pass every file).")
@click.option("--show-settings", is_flag=True,
              help="Print the settings in effect and where each comes from, then exit.")
@click.option("--stdin-filename", metavar="PATH",
              help="The file name to report for a plan read from standard input ('-').")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path), metavar="FILE",
              help="Report only findings that this baseline does not record.")
@click.option("--write-baseline", type=click.Path(path_type=Path), metavar="FILE",
              help="Record today's findings in FILE, then report against it.")
@click.option("--each", is_flag=True,
              help="Check each PATH as a plan of its own (a portfolio), in one report.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Plans checked at once with --each, in parallel processes "
                   "(0: one per CPU).")
@plugin_options
@usage_errors
def check(paths: tuple[Path, ...], output_format: tuple[str, ...], outputs: tuple[str, ...],
          select: tuple[str, ...],
          extend_select: tuple[str, ...], ignore: tuple[str, ...], config_path: Path | None,
          as_of: datetime | None, fail_on: str | None, example: bool, color: bool | None,
          quiet: bool, statistics: bool, verbose: bool, exit_zero: bool,
          only_plans: bool, show_settings: bool, stdin_filename: str | None,
          baseline_path: Path | None, write_baseline: Path | None, each: bool, jobs: int,
          plugins: tuple[str, ...], rule_files: tuple[Path, ...], no_plugins: bool) -> None:
    """Check the plan made of PATHS (files and folders; default: this folder)."""
    from planlint.api import Session
    from planlint.config import discover
    from planlint.engine import gc_paused
    from planlint.errors import UsageError
    from planlint.outputs import given_order, pair

    if example:
        if paths:
            raise UsageError("--example checks the bundled plan; give no paths with it")
        paths = (EXAMPLE,)
    targets = list(paths) or [Path()]
    _refuse_conflicts(targets, each=each, jobs=jobs, quiet=quiet, statistics=statistics,
                      stdin_filename=stdin_filename, baseline_path=baseline_path,
                      write_baseline=write_baseline)
    first = targets[0] if str(targets[0]) != "-" else Path(stdin_filename or ".")
    found = discover(first, config_path)
    config = found.merged(
        select=split_values(select) or None,
        extend_select=[*found.extend_select, *split_values(extend_select)],
        ignore=[*found.ignore, *split_values(ignore)],
        as_of=as_of.date() if as_of else None, fail_on=fail_on,
        plugins=[*found.plugins, *plugins],
        rule_files=[*found.rule_files, *map(str, rule_files)])
    session = Session.open(config, entry_points=not no_plugins)
    if show_settings:
        given = {"select": select, "extend_select": extend_select, "ignore": ignore,
                 "as_of": as_of, "fail_on": fail_on, "plugins": plugins,
                 "rule_files": rule_files}
        _show_settings(found, session, {key for key, value in given.items() if value})
        return
    wanted = pair(given_order(click.get_current_context(), output_format, outputs))
    for output in wanted:
        if output.format not in session.host.reporters:
            raise UsageError(f"unknown format {output.format!r}; choose one of "
                             f"{', '.join(sorted(session.host.reporters))}")
    for note in session.settings.notes:
        click.echo(f"planlint: {note}", err=True)
    with gc_paused():  # from loading to the last output: a run allocates much, frees little
        if each:
            from planlint.portfolio import check_each

            report = check_each(targets, config, not no_plugins, jobs)
        else:
            plan = session.load(targets, stdin_name=stdin_filename, only_plans=only_plans)
            if not plan.files:  # --only-plans, and none of the files is a plan file
                sys.exit(0)
            report = _against_baseline(session.run(plan), plan, baseline_path, write_baseline)
        if verbose and report.skipped:
            click.echo("planlint: left alone, not starting with 'planlint: 1': "
                       + ", ".join(report.skipped), err=True)
        written = _write(report, session, wanted, color,
                         "quiet" if quiet else "statistics" if statistics else None)
    sys.exit(2 if not written else 0 if exit_zero else report.exit_code)


def _refuse_conflicts(targets: list[Path], *, each: bool, jobs: int, quiet: bool,
                      statistics: bool, stdin_filename: str | None,
                      baseline_path: Path | None, write_baseline: Path | None) -> None:
    """A usage error for options that do not go together."""
    from planlint.errors import UsageError

    stdin = any(str(target) == "-" for target in targets)
    problems = [
        (jobs != 1 and not each, "--jobs checks several plans at once; add --each to check "
                                 "each path as a plan of its own"),
        (each and stdin, "--each checks files and folders; standard input ('-') cannot be "
                         "one of them"),
        (quiet and statistics, "--quiet lists the findings and --statistics counts them; "
                               "give one"),
        (stdin_filename is not None and not stdin, "--stdin-filename names a plan read from "
                                                   "standard input; add '-' to the paths"),
        (each and bool(baseline_path or write_baseline), "a baseline records one plan; check "
                                                         "each plan with its own --baseline "
                                                         "instead of --each"),
        (baseline_path is not None and write_baseline is not None,
         "give --baseline or --write-baseline, not both; --write-baseline FILE also reports "
         "against the FILE it writes"),
    ]
    for wrong, message in problems:
        if wrong:
            raise UsageError(message)


def _show_settings(found: Config, session: Session, from_command_line: set[str]) -> None:
    """``--show-settings``: the settings in effect and where each came from."""
    from planlint.config import describe

    click.echo("\n".join(describe(found, session.config, from_command_line)))
    click.echo(f"# {len(session.settings.rules)} of {len(session.host.rules)} rules "
               "selected ('planlint rules' lists them)")


def _against_baseline(report: Report, plan: Plan, baseline_path: Path | None,
                      write_baseline: Path | None) -> Report:
    """The report without what the baseline records (written first, if asked)."""
    path = write_baseline or baseline_path
    if path is None:
        return report
    from planlint import baseline

    if write_baseline is not None:
        count = baseline.write(write_baseline, plan, report.findings)
        click.echo(f"planlint: recorded {count} finding{'' if count == 1 else 's'} in "
                   f"{write_baseline}", err=True)
    return baseline.apply(report, plan, baseline.read(path))


def _write(report: Report, session: Session, wanted: list[Output], color: bool | None,
           text_as: str | None) -> bool:
    """Write each output; False when a file could not be written (said on stderr)."""
    from planlint.outputs import shows_color, write_atomically

    colored = shows_color(color)
    written = True
    for output in wanted:
        reporter = session.host.reporters[output.format]
        if output.format == "text" and text_as is not None:
            reporter = text_variant(reporter, text_as == "quiet")
        if output.path is None:
            click.echo(render(reporter, report, colored), nl=False, color=colored)
            continue
        try:
            write_atomically(output.path, render(reporter, report, False))
        except OSError as error:
            written = False
            click.echo(f"planlint: could not write {output.path}: "
                       f"{error.strerror or error}; check the path and its permissions",
                       err=True)
    return written


def text_variant(reporter: Reporter, quiet: bool) -> Reporter:
    """The text format as ``--quiet`` or ``--statistics`` asks for it."""
    from planlint.reporters import text

    return replace(reporter, render=text.concise if quiet else text.statistics)
