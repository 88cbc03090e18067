"""``planlint init``: write a starter plan and config to begin from."""

from __future__ import annotations

from pathlib import Path

import click

from planlint.commands import usage_errors


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
@usage_errors
def init(folder: Path) -> None:
    """Write a commented starter plan (plan.yaml) and config (planlint.toml) to FOLDER
    (default: this folder); `planlint check` finds nothing in them as written."""
    from datetime import date

    from planlint.errors import UsageError
    from planlint.starter import CONFIG, starter_plan

    files = {folder / "plan.yaml": starter_plan(date.today()), folder / "planlint.toml": CONFIG}
    present = [str(path) for path in files if path.exists()]
    if present:
        raise UsageError(f"{' and '.join(present)} already "
                         f"{'exists' if len(present) == 1 else 'exist'}; init writes only new "
                         "files, so run it in an empty folder or give another FOLDER")
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
        click.echo(f"wrote {path}")
    click.echo(f"next: edit them, then run 'planlint check {folder}'")
