"""``planlint init``: write a starter plan and config to begin from."""

from __future__ import annotations

import shlex
from pathlib import Path

import click

from planlint.commands import usage_errors


@click.command()
@click.argument("folder", type=click.Path(path_type=Path), default=".")
@click.option("--template", type=click.Choice(["yaml", "xlsx"]), default="yaml",
              show_default=True,
              help="Write the starter plan as commented YAML, or as an Excel workbook in the "
                   "layout of docs/spreadsheets.md, each column explained in a note on its "
                   "header.")
@usage_errors
def init(folder: Path, template: str) -> None:
    """Write a commented starter plan (plan.yaml, or plan.xlsx) and config (planlint.toml)
    to FOLDER (default: this folder); `planlint check` finds nothing in them as written.
    A FOLDER that holds a plan is refused, and a config that already applies to it is
    kept."""
    from datetime import date

    from planlint.collect import what_it_is
    from planlint.config import find_config
    from planlint.errors import UsageError
    from planlint.reporters.neutral import terminal
    from planlint.starter import CONFIG, starter_plan

    plan: str | bytes = starter_plan(date.today())
    if template == "xlsx":
        import yaml

        from planlint.convert import dump

        plan = dump(yaml.safe_load(plan), ".xlsx")[0]
    files = {folder / f"plan.{template}": plan, folder / "planlint.toml": CONFIG}
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is {what_it_is(folder) or 'a file'}; name a folder for the "
                         "starter plan (one that does not exist is made)")
    # a link counts as there even when it leads nowhere: init would write where it leads
    present = [str(path) for path in files if path.exists() or path.is_symlink()]
    if present:
        raise UsageError(f"{' and '.join(present)} already "
                         f"{'exists' if len(present) == 1 else 'exist'}; init writes only new "
                         "files, so run it in an empty folder or give another FOLDER")
    held = _a_plan_in(folder) if folder.is_dir() else None
    if held is not None:  # check FOLDER would read the starter's items into that plan
        raise UsageError(f"{folder} already holds a plan ({terminal(str(held))}); `planlint "
                         "check` reads every plan file in a folder, and in the folders below "
                         "it, as one plan, so the starter's goals and people would join it: "
                         "give init an empty or new FOLDER")
    governing = find_config(folder)
    if governing is not None:  # a config here would take its place, rule files and all
        del files[folder / "planlint.toml"]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, content in files.items():
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            with path.open("xb") as stream:  # only a new file, never through a link
                stream.write(data)
            click.echo(f"wrote {terminal(str(path))}")
    except OSError as error:
        where = error.filename or folder
        raise UsageError(f"cannot write {where}: {error.strerror or error}; name a folder "
                         "you can write to") from None
    if governing is not None:
        click.echo(f"kept {terminal(str(governing))}, the config this folder is checked "
                   "with (a planlint.toml here would take its place)")
    click.echo(f"next: edit {'them' if len(files) > 1 else 'it'}, then run: planlint check "
               f"{terminal(shlex.quote(str(folder)))}")


def _a_plan_in(folder: Path) -> Path | None:
    """The first plan file ``planlint check FOLDER`` would read, if any."""
    from planlint.builtin import planlint_loaders
    from planlint.collect import Collector, folder_files

    collector = Collector(planlint_loaders())
    return next((path for path in folder_files(folder, set(collector.loaders))
                 if collector.is_plan(path)), None)
