"""The library API: ``planlint.lint(source)`` returns a :class:`~planlint.report.Report`."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from planlint.build import build_plan
from planlint.collect import Collector
from planlint.config import Config
from planlint.engine import Engine, gc_paused
from planlint.host import Host
from planlint.plan import Plan
from planlint.report import Report
from planlint.settings import resolve

Source = str | Path | Sequence[str | Path] | dict[str, Any]


#: Set to 1 to load no plugins installed as entry points, as ``--no-plugins`` does.
NO_PLUGINS_ENV = "PLANLINT_NO_PLUGINS"


def get_host(modules: tuple[str, ...] = (), entry_points: bool = True,
             rule_files: tuple[str | Path, ...] = (), disabled: tuple[str, ...] = ()) -> Host:
    """The plugin host for these plugin modules and rule files, without the ``disabled``
    entry-point plugins, built once per process (and again when a rule file changes)."""
    if os.environ.get(NO_PLUGINS_ENV, "") not in ("", "0"):
        entry_points = False
    stamps = []
    for path in rule_files:
        try:
            stat = Path(path).stat()
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((str(path), 0, 0))
    return _host(modules, entry_points, tuple(stamps), disabled)


def host_of(config: Config, entry_points: bool = True) -> Host:
    """The plugin host a config asks for: its plugin modules and rule files, and the
    installed plugins it does not disable."""
    return get_host(tuple(config.plugins), entry_points, tuple(config.rule_files),
                    tuple(config.disable_plugins))


@lru_cache(maxsize=8)
def _host(modules: tuple[str, ...], entry_points: bool,
          rule_files: tuple[tuple[str, int, int], ...], disabled: tuple[str, ...]) -> Host:
    return Host(entry_points=entry_points, modules=modules,
                rule_files=[path for path, _, _ in rule_files], disabled=disabled)


def load_plan(source: Source, host: Host | None = None) -> Plan:
    """Load a plan without checking it.

    ``source`` is a path or a list of paths (files or folders), a dict of plan data, or
    the text of a plan (a ``str`` with a line break; JSON if it starts with ``{``, else
    YAML). A ``str`` without a line break is a path.
    """
    host = host or get_host()
    collector = Collector(host.loaders)
    with gc_paused():
        if isinstance(source, dict):
            collector.add_data("<dict>", source)
        elif isinstance(source, str) and "\n" in source:
            suffix = ".json" if source.lstrip().startswith("{") else ".yaml"
            collector.add_text("<text>", source, suffix)
        else:
            paths = [source] if isinstance(source, str | Path) else list(source)
            collector.collect(paths)
        collection = collector.result
        return build_plan(collection.documents, collection.diagnostics, collection.files)


def lint(source: Source, *, config: Config | None = None, as_of: date | None = None,
         host: Host | None = None) -> Report:
    """Check a plan and return the report.

    ``config`` defaults to every rule at its default severity (no config file is read:
    use :func:`planlint.config.discover` for the command line's behaviour); ``as_of``
    overrides the date status is judged at. Plugins are those of ``config.plugins`` plus
    installed entry points, with the rules of ``config.rule_files``. Mistakes in the
    config raise :class:`planlint.UsageError`; problems in the plan are findings.
    """
    config = (config or Config()).merged(as_of=as_of)
    host = host or host_of(config)
    settings = resolve(config, list(host.rules.values()))
    with gc_paused():  # the plan is freed before the collector runs again
        return Engine(host, settings).run(load_plan(source, host))
