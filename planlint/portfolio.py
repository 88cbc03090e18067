"""Checking a portfolio: many independent plans, in parallel processes, as one report.

``planlint check --each PATHS`` checks each path as a plan of its own (a file with its
includes, or a folder's plan files), exactly as ``planlint check PATH`` would with the
run's one configuration, and merges the reports: findings sorted as in any run, the
files of every plan, the worst outcome. ``--jobs N`` spreads the plans over N
processes; the output is the same whatever N is.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import repeat
from pathlib import Path

from planlint.api import Session
from planlint.collect import resolved, walked_into
from planlint.config import Config
from planlint.errors import UsageError
from planlint.finding import Finding
from planlint.positions import SourceFile
from planlint.report import Report


def check_one(path: Path, config: Config, entry_points: bool) -> Report:
    """Check the plan at ``path`` (in a worker process, or in this one).

    The report travels light: the files' text without their positions, and neither the
    plan itself nor the rules, which the merged report takes from the run's own host.
    """
    report = Session.open(config, entry_points=entry_points).check([path])
    sources = {name: SourceFile(source.name, source.path, source.text, source.format)
               for name, source in report.sources.items()}
    return replace(report, catalogue={}, distributions={}, sources=sources, model=None)


def check_each(paths: Sequence[Path], config: Config, entry_points: bool = True,
               jobs: int = 1) -> Report:
    """Check each path as a plan of its own, ``jobs`` at a time (0: one per CPU). The
    processes that share the work are started afresh, not forked: this process may hold
    the threads rules run on, and a fork copies none of them but the locks they hold.
    A plan named twice (``a.yaml ./a.yaml``, or a link to it) is checked once."""
    unique: dict[Path, Path] = {}
    for path in paths:
        unique.setdefault(resolved(path), path)
    _refuse_nested(unique)
    paths = list(unique.values())
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if workers <= 1:
        reports = [check_one(path, config, entry_points) for path in paths]
    else:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            reports = list(pool.map(check_one, paths, repeat(config), repeat(entry_points)))
    session = Session.open(config, entry_points=entry_points)
    rules = session.settings.rules
    return replace(merge(reports), catalogue={rule.code: rule for rule in rules},
                   distributions={rule.code: session.host.plugin_of(rule).distribution
                                  for rule in rules})


def _refuse_nested(paths: Mapping[Path, Path]) -> None:
    """A usage error for a path (keyed by its resolved form) that lies in another path's
    folder: that folder's plan takes its files too, so they would be checked twice."""
    folders = {key: path for key, path in paths.items() if key.is_dir()}
    for key, path in paths.items():
        for parent in key.parents:
            if parent in folders and walked_into(parent, key):
                raise UsageError(
                    f"--each checks each path as a plan of its own, but '{path}' is inside "
                    f"the folder '{folders[parent]}', whose plan already takes its files; "
                    "leave out one of the two")


def merge(reports: Sequence[Report]) -> Report:
    """One report of several plans' reports (at least one), in the order given.

    Findings are sorted as the engine sorts them; ``plan`` names every plan once, and
    ``as_of`` is the latest date any plan was judged at. The merged report has no
    ``model``: it spans several plans.
    """
    first = reports[0]
    hidden: Counter[str] = Counter()
    for report in reports:
        hidden.update(report.hidden)
    return Report(
        sorted((finding for report in reports for finding in report.findings),
               key=Finding.sort_key),
        [file for report in reports for file in report.files],
        first.rules,
        ", ".join(dict.fromkeys(report.plan for report in reports)),
        max(report.as_of for report in reports),
        first.fail_on,
        hidden,
        sources={name: source for report in reports
                 for name, source in report.sources.items()})
