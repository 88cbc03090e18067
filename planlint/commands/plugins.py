"""``planlint plugins``: which plugins loaded, what they ship, and which failed and why."""

from __future__ import annotations

from pathlib import Path

import click

from planlint.commands import usage_errors


@click.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True, help="Output format.")
@click.option("--config", "config_path", type=click.Path(path_type=Path),
              help="Config file to use instead of the nearest one.")
@click.option("--rules", "rule_files", multiple=True, metavar="FILE",
              type=click.Path(path_type=Path), help="Load a declarative rule file (repeatable).")
@click.option("-p", "--plugin", "plugins", multiple=True, metavar="MODULE",
              help="Load a plugin module (repeatable).")
@click.option("--no-plugins", is_flag=True, help="Do not load plugins installed as entry points.")
@usage_errors
def plugins(output_format: str, config_path: Path | None, rule_files: tuple[Path, ...],
            plugins: tuple[str, ...], no_plugins: bool) -> None:
    """List loaded plugins (name, distribution, version, rules) and those that failed
    to load, with the reason. A broken plugin is listed, never fatal to the others."""
    import json

    from planlint.commands import listing_session
    from planlint.config import discover
    from planlint.reporters.neutral import terminal

    host = listing_session(config_path, plugins, rule_files, no_plugins).host
    config = discover(Path(), config_path)
    listed = [info.to_dict() for info in host.plugins.values()]
    listed += [{"name": name, "distribution": "", "version": "", "module": "", "rules": [],
                "loaded": False, "error": None,
                "config": "not loaded: the config's disable-plugins names it"}
               for name in config.disable_plugins]
    listed += [{"name": name, "distribution": "", "version": "", "module": "", "rules": [],
                "loaded": False, "error": None,
                "config": "not installed, though the config's enable-plugins names it"}
               for name in config.enable_plugins if name not in host.plugins]
    if output_format == "json":
        click.echo(json.dumps(listed, indent=2))
        return
    for info in listed:  # a rule file's name, or a plugin's error, may hold line breaks
        version = f" {info['version']}" if info["version"] else ""
        head = f"{info['name']} ({info['distribution']}{version})"
        if "config" in info:
            line = f"{info['name']}: {info['config']}"
        elif info["error"] is not None:
            line = f"{head}: FAILED: {info['error']}"
        elif info["rules"]:
            line = f"{head}: {len(info['rules'])} rules: {_span(info['rules'])}"
        else:
            line = f"{head}: no rules"
        click.echo(terminal(line))
    failed = sum(info["error"] is not None for info in listed)
    loaded = sum("config" not in info for info in listed)
    click.echo(f"{loaded} plugins, {failed} failed to load")


def _span(codes: list[str]) -> str:
    """Rule codes, compressed to first and last when there are many."""
    return ", ".join(codes) if len(codes) <= 6 else f"{codes[0]} … {codes[-1]}"
