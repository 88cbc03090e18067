"""``planlint init``: write a starter plan and config to begin from."""

from __future__ import annotations

from pathlib import Path

import click

from planlint.commands import usage_errors


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=".")
@click.option("--template", type=click.Choice(["yaml", "xlsx"]), default="yaml",
              show_default=True,
              help="Write the starter plan as commented YAML, or as an Excel workbook in the "
                   "layout of docs/spreadsheets.md, each column explained in a note on its "
                   "header.")
@usage_errors
def init(folder: Path, template: str) -> None:
    """Write a commented starter plan (plan.yaml, or plan.xlsx) and config (planlint.toml)
    to FOLDER (default: this folder); `planlint check` finds nothing in them as written."""
    from datetime import date

    from planlint.errors import UsageError
    from planlint.starter import CONFIG, starter_plan

    plan: str | bytes = starter_plan(date.today())
    if template == "xlsx":
        import yaml

        from planlint.convert import dump

        plan = dump(yaml.safe_load(plan), ".xlsx")[0]
    files = {folder / f"plan.{template}": plan, folder / "planlint.toml": CONFIG}
    present = [str(path) for path in files if path.exists()]
    if present:
        raise UsageError(f"{' and '.join(present)} already "
                         f"{'exists' if len(present) == 1 else 'exist'}; init writes only new "
                         "files, so run it in an empty folder or give another FOLDER")
    folder.mkdir(parents=True, exist_ok=True)
    for path, content in files.items():
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        click.echo(f"wrote {path}")
    click.echo(f"next: edit them, then run 'planlint check {folder}'")
