"""``planlint diff``: what a change to a plan introduces and resolves."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from planlint.commands import (
    output_options,
    plugin_options,
    requested_outputs,
    run_config,
    selection_options,
    usage_errors,
    write_reports,
)
from planlint.outputs import OrderedCommand


@click.command(cls=OrderedCommand)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--git", "ref", metavar="REF",
              help="Compare the plan of PATHS (default: this folder) with the plan the same "
                   "paths held at git revision REF (a branch, tag or commit).")
@output_options
@selection_options
@plugin_options
@usage_errors
def diff(paths: tuple[Path, ...], ref: str | None, output_format: tuple[str, ...],
         outputs: tuple[str, ...], color: bool | None, exit_zero: bool,
         select: tuple[str, ...], extend_select: tuple[str, ...], ignore: tuple[str, ...],
         config_path: Path | None, as_of: datetime | None, fail_on: str | None,
         plugins: tuple[str, ...], rule_files: tuple[Path, ...], no_plugins: bool) -> None:
    """Compare two versions of a plan: OLD NEW (files or folders), or --git REF [PATHS].

    Runs the change rules on the newer version (a target lowered, a deadline slipped, a
    goal dropped, … without a record under changes:), reports the findings the change
    introduces and those it resolves, and fails only on new ones.
    """
    from planlint.api import Session
    from planlint.errors import UsageError
    from planlint.wording import plural

    if any(str(path) == "-" for path in paths):
        raise UsageError("diff compares files and folders; standard input ('-') cannot be "
                         "one of them")
    if ref is None and len(paths) != 2:
        raise UsageError(f"diff compares two versions of a plan, and was given "
                         f"{plural(len(paths), 'path')}: write 'planlint diff OLD NEW' (each a "
                         "file or folder), or 'planlint diff --git REF [PATHS]' to compare "
                         "with a git revision")
    new = list(paths) if ref is not None else [paths[1]]
    _, config = run_config((new or [Path()])[0], config_path, select, extend_select, ignore,
                           as_of, fail_on, plugins, rule_files)
    session = Session.open(config, entry_points=not no_plugins)
    wanted = requested_outputs(session, output_format, outputs)
    report = session.since(ref, new) if ref is not None else session.diff(paths[0], paths[1])
    failed = write_reports(report, session, wanted, color)
    sys.exit(2 if failed else 0 if exit_zero else report.exit_code)
