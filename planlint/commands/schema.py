"""``planlint schema``: print the JSON Schema of the plan format."""

from __future__ import annotations

import click


@click.command()
def schema() -> None:
    """Print the JSON Schema of plan files, for editors and other validators."""
    import json

    from planlint.schema import plan_schema

    click.echo(json.dumps(plan_schema(), indent=2, ensure_ascii=False))
