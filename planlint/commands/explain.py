"""``planlint explain CODE|NAME``: a rule's documentation in the terminal."""

from __future__ import annotations

from pathlib import Path

import click

from planlint.commands import usage_errors


@click.command()
@click.argument("rule_key", metavar="CODE|NAME", required=False)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True, help="Output format.")
@click.option("-p", "--plugin", "plugins", multiple=True, metavar="MODULE",
              help="Load a plugin module (repeatable).")
@click.option("--rules", "rule_files", multiple=True, metavar="FILE",
              type=click.Path(path_type=Path), help="Load a declarative rule file (repeatable).")
@click.option("--no-plugins", is_flag=True,
              help="Do not load plugins installed as entry points.")
@usage_errors
def explain(rule_key: str | None, output_format: str, plugins: tuple[str, ...],
            rule_files: tuple[Path, ...], no_plugins: bool) -> None:
    """Explain a rule: what it checks, why it matters, a failing and a passing plan, and
    its options."""
    import json

    from planlint.commands import listing_session
    from planlint.errors import UsageError
    from planlint.reporters.neutral import log_lines
    from planlint.ruledoc import explain as explain_rule
    from planlint.ruledoc import record

    if rule_key is None:  # click said "Missing argument 'CODE|NAME'"
        raise UsageError("explain needs a rule's code or name, such as 'planlint explain "
                         "PL201' or 'planlint explain unmeasured-goal'; 'planlint rules' "
                         "lists them")
    session = listing_session(None, plugins, rule_files, no_plugins)
    rule = session.find_rule(rule_key)
    host = session.host
    if output_format == "json":
        click.echo(json.dumps(record(rule, host), indent=2, default=str))
    else:
        click.echo(log_lines(explain_rule(rule, host)), nl=False)  # a rule file's words
