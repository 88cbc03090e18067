"""The library API: ``planlint.lint(source)`` returns a :class:`~planlint.report.Report`."""

from __future__ import annotations

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
from planlint.loaders import Document
from planlint.plan import Plan
from planlint.positions import PositionMap, SourceFile
from planlint.report import Report
from planlint.settings import resolve

Source = str | Path | Sequence[str | Path] | dict[str, Any]


@lru_cache(maxsize=8)
def get_host(modules: tuple[str, ...] = (), entry_points: bool = True) -> Host:
    """The plugin host for these plugin modules, built once per process."""
    return Host(entry_points=entry_points, modules=modules)


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
            file = SourceFile("<dict>", None, "", "dict", PositionMap({}))
            return build_plan([(file, Document(source, file.positions))], [], [file])
        if isinstance(source, str) and "\n" in source:
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
    installed entry points. Mistakes in the config raise :class:`planlint.UsageError`;
    problems in the plan are findings.
    """
    config = (config or Config()).merged(as_of=as_of)
    host = host or get_host(tuple(config.plugins))
    settings = resolve(config, list(host.rules.values()))
    plan = load_plan(source, host)
    with gc_paused():
        return Engine(host, settings).run(plan)
