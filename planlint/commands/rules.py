"""``planlint rules``: every rule, whether the config runs it and at what severity,
what it checks and where it comes from."""

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
    """List every rule: code, whether the config runs it, its severity there, name,
    plugin (or rule file) and what it checks."""
    import json

    from planlint.reporters.neutral import terminal
    from planlint.ruledoc import options_of

    session = listing_session(config_path, plugins, rule_files, no_plugins)
    host, settings = session.host, session.settings
    selected = {rule.code for rule in settings.rules}
    rows = []
    for rule in host.rules.values():
        plugin = host.plugin_of(rule)
        enabled = rule.code in selected
        rows.append({
            "code": rule.code, "name": rule.name, "category": rule.category,
            "severity": settings.severity_of(rule).value,
            "default_severity": rule.severity.value, "enabled": enabled,
            "only_on": None if not enabled or settings.runs_always(rule, plugin.name)
            else rule.methodology,
            "plugin": plugin.name, "distribution": plugin.distribution,
            "summary": rule.summary, "methodology": rule.methodology,
            "options": options_of(rule)})
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2, default=str))
        return
    for row in rows:
        state = "on" if row["enabled"] else "off"
        only = f" (on {row['only_on']} plans)" if row["only_on"] else ""
        # a rule file's name and its rules' words are a user's: shown inert, as reports
        source, summary = terminal(str(row["plugin"])), terminal(str(row["summary"]))
        click.echo(f"{row['code']:<8} {state:<3} {row['severity']:<8} {row['name']:<30} "
                   f"{source}{only}\n         {summary}")
