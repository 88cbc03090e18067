"""``planlint rules``: every rule with its code, name, category, severity and source."""

from __future__ import annotations

from pathlib import Path

import click

from planlint.commands import config_option, listing_session, plugin_options, usage_errors


@click.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True, help="Output format.")
@config_option
@plugin_options
@usage_errors
def rules(output_format: str, config_path: Path | None, plugins: tuple[str, ...],
          rule_files: tuple[Path, ...], no_plugins: bool) -> None:
    """List every rule: code, name, category, severity and the plugin (or rule file)
    that ships it."""
    import json

    from planlint.ruledoc import options_of

    host = listing_session(config_path, plugins, rule_files, no_plugins).host
    rows = [{"code": rule.code, "name": rule.name, "category": rule.category,
             "severity": rule.severity.value, "plugin": host.plugin_of(rule).name,
             "distribution": host.plugin_of(rule).distribution, "summary": rule.summary,
             "methodology": rule.methodology, "options": options_of(rule)}
            for rule in host.rules.values()]
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2, default=str))
        return
    for row in rows:
        only = f" (on {row['methodology']} plans)" if row["methodology"] else ""
        click.echo(f"{row['code']:<8} {row['name']:<30} {row['category']:<14} "
                   f"{row['severity']:<8} {row['plugin']}{only}")
