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
    Whole,
    output_options,
    plugin_options,
    requested_outputs,
    run_config,
    selection_options,
    usage_errors,
    warn,
    write_reports,
)
from planlint.gcpause import gc_paused
from planlint.outputs import OrderedCommand

if TYPE_CHECKING:
    from planlint.api import Session
    from planlint.config import Config
    from planlint.plan import Plan
    from planlint.report import Report
    from planlint.reporters import Reporter


@click.command(cls=OrderedCommand)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@output_options
@selection_options
@click.option("--since", metavar="REF",
              help="Compare with the plan these paths held at git revision REF (a branch, "
                   "tag or commit): run the change rules, mark each finding new or not, "
                   "list those resolved, and fail only on new ones.")
@click.option("--example", is_flag=True, help="Check the bundled example plan.")
@click.option("-q", "--quiet", is_flag=True,
              help="Text output: one line per finding, no plan lines and no summary.")
@click.option("--statistics", is_flag=True,
              help="Text output: how many findings each rule made, instead of the findings.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also list the files of the plan's folders left alone for not starting "
                   "with 'planlint: 1'.")
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
@click.option("-j", "--jobs", type=Whole("how many plans to check at once: a whole "
                                         "number such as 4, or 0 for one per CPU"),
              default=1, show_default=True,
              help="Plans checked at once with --each, in parallel processes "
                   "(0: one per CPU).")
@plugin_options
@usage_errors
@gc_paused()  # from the first import to the last output: a run allocates much, frees little
def check(paths: tuple[Path, ...], output_format: tuple[str, ...], outputs: tuple[str, ...],
          color: bool | None, exit_zero: bool, select: tuple[str, ...],
          extend_select: tuple[str, ...], ignore: tuple[str, ...], config_path: Path | None,
          as_of: datetime | None, fail_on: str | None, since: str | None, example: bool,
          quiet: bool, statistics: bool, verbose: bool, only_plans: bool,
          show_settings: bool, stdin_filename: str | None, baseline_path: Path | None,
          write_baseline: Path | None, each: bool, jobs: int, plugins: tuple[str, ...],
          rule_files: tuple[Path, ...], no_plugins: bool) -> None:
    """Check the plan made of PATHS (files and folders; default: this folder)."""
    from planlint.api import Session
    from planlint.errors import UsageError

    if example:
        if paths:
            raise UsageError("--example checks the bundled plan; give no paths with it")
        paths = (EXAMPLE,)
    targets = list(paths) or [Path()]
    _refuse_conflicts(targets, each=each, jobs=jobs, quiet=quiet, statistics=statistics,
                      stdin_filename=stdin_filename, since=since, baseline_path=baseline_path,
                      write_baseline=write_baseline)
    first = targets[0] if str(targets[0]) != "-" else Path(stdin_filename or ".")
    found, config = run_config(first, config_path, select, extend_select, ignore, as_of,
                               fail_on, plugins, rule_files)
    session = Session.open(config, entry_points=not no_plugins)
    if show_settings:
        given = {"select": select, "extend_select": extend_select, "ignore": ignore,
                 "as_of": as_of, "fail_on": fail_on, "plugins": plugins,
                 "rule_files": rule_files}
        _show_settings(found, session, {key for key, value in given.items() if value})
        return
    wanted = requested_outputs(session, output_format, outputs)
    if each:
        from planlint.portfolio import check_each

        report = check_each(targets, config, not no_plugins, jobs)
    elif since is not None:
        report = session.since(since, targets, only_plans=only_plans)
        if not report.files and only_plans:  # none of the files is a plan file
            sys.exit(0)
    else:
        plan = session.load(targets, stdin_name=stdin_filename, only_plans=only_plans)
        if not plan.files:  # --only-plans, and none of the files is a plan file
            sys.exit(0)
        report = _against_baseline(session.run(plan), plan, baseline_path, write_baseline)
    if verbose and report.skipped:
        warn("planlint: left alone, not starting with 'planlint: 1': "
             + ", ".join(report.skipped))
    failed = write_reports(report, session, wanted, color,
                           (lambda reporter: text_variant(reporter, quiet))
                           if quiet or statistics else None)
    sys.exit(2 if failed else 0 if exit_zero else report.exit_code)


def _refuse_conflicts(targets: list[Path], *, each: bool, jobs: int, quiet: bool,
                      statistics: bool, stdin_filename: str | None, since: str | None,
                      baseline_path: Path | None, write_baseline: Path | None) -> None:
    """A usage error for options that do not go together."""
    from planlint.errors import UsageError

    stdin = any(str(target) == "-" for target in targets)
    baseline = baseline_path is not None or write_baseline is not None
    problems = [
        (jobs != 1 and not each, "--jobs checks several plans at once; add --each to check "
                                 "each path as a plan of its own"),
        (each and stdin, "--each checks files and folders; standard input ('-') cannot be "
                         "one of them"),
        (quiet and statistics, "--quiet lists the findings and --statistics counts them; "
                               "give one"),
        (stdin_filename is not None and not stdin, "--stdin-filename names a plan read from "
                                                   "standard input; add '-' to the paths"),
        (each and baseline, "a baseline records one plan; check each plan with its own "
                            "--baseline instead of --each"),
        (baseline_path is not None and write_baseline is not None,
         "give --baseline or --write-baseline, not both; --write-baseline FILE also reports "
         "against the FILE it writes"),
        (since is not None and (each or stdin or baseline),
         "--since compares one plan's files with their history; give it without --each, "
         "standard input ('-'), --baseline or --write-baseline"),
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
        warn(f"planlint: recorded {count} finding{'' if count == 1 else 's'} in "
             f"{write_baseline}")
    return baseline.apply(report, plan, baseline.read(path))


def text_variant(reporter: Reporter, quiet: bool) -> Reporter:
    """The text format as ``--quiet`` or ``--statistics`` asks for it."""
    from planlint.reporters import text

    return replace(reporter, render=text.concise if quiet else text.statistics)
