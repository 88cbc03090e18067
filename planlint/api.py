"""The library API: ``planlint.lint(source)`` returns a :class:`~planlint.report.Report`."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from planlint.build import build_plan
from planlint.collect import Collector, Parsed, display_name
from planlint.config import Config, discover
from planlint.engine import Engine
from planlint.errors import RuleFileMissingError, UsageError
from planlint.finding import Finding
from planlint.gcpause import gc_paused
from planlint.host import Host, installed_plugins
from planlint.plan import Plan
from planlint.report import Report
from planlint.ruledef import Rule, rule_named
from planlint.settings import Settings, resolve
from planlint.suggest import did_you_mean

if TYPE_CHECKING:
    from planlint.git import Revision

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
    try:
        return get_host(tuple(config.plugins), entry_points, tuple(config.rule_files),
                        tuple(config.disable_plugins))
    except RuleFileMissingError as error:  # said at the config's entry that names it
        raise UsageError(error.message, config.where("rule-files", str(error.path))
                         ) from None


@lru_cache(maxsize=8)
def _host(modules: tuple[str, ...], entry_points: bool,
          rule_files: tuple[tuple[str, int, int], ...], disabled: tuple[str, ...]) -> Host:
    return Host(entry_points=entry_points, modules=modules,
                rule_files=[path for path, _, _ in rule_files], disabled=disabled)


def load_plan(source: Source, host: Host | None = None, *,
              stdin_name: str | None = None, only_plans: bool = False,
              names: Callable[[Path], str] = display_name,
              overlay: Mapping[Path, str] | None = None, parsed: Parsed | None = None) -> Plan:
    """Load a plan without checking it.

    ``source`` is a path or a list of paths (files or folders), a dict of plan data, or
    the text of a plan (a ``str`` with a line break; JSON if it starts with ``{``, else
    YAML). A ``str`` without a line break is a path; ``-`` is standard input, read in
    the format of ``stdin_name``'s suffix (else YAML) and reported under that name.
    With ``only_plans``, files named that do not start with ``planlint: 1`` are left
    alone as in folders, and finding no plan file is no error: the plan has no files.
    ``names`` says how findings name a file (default: relative to the working folder).
    ``overlay`` maps resolved paths to text read in place of the file's (an editor's
    unsaved text); ``parsed`` keeps parsed files between loads, so that only files whose
    text changed are parsed again.
    """
    host = host or get_host()
    collector = Collector(host.loaders, stdin_name, only_plans, names, overlay, parsed)
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
        return build_plan(collection.documents, collection.diagnostics, collection.files,
                          collection.skipped, parsed)


@dataclass(frozen=True)
class Session:
    """One assembled run: a config, the plugin host it asks for, and the settings
    resolved against that host's rules.

    The library API, every CLI subcommand, per-plan portfolio runs and the testing kit
    check plans through a session, so they cannot disagree on which rules exist, which
    run, or how a rule is looked up.
    """

    config: Config
    host: Host
    settings: Settings

    @classmethod
    def open(cls, config: Config | None = None, *, entry_points: bool = True,
             host: Host | None = None) -> Session:
        """The session of ``config`` (default: every rule at its default severity), on
        ``host`` or on the host the config asks for; a mistake in the config is a
        :class:`planlint.UsageError`."""
        config = config or Config()
        host = host if host is not None else host_of(config, entry_points)
        installed = installed_plugins() if config.enable_plugins or config.disable_plugins \
            else {}
        return cls(config, host, resolve(config, list(host.rules.values()), installed))

    def narrowed(self, **changes: Any) -> Session:
        """This session with the config changed (``select=[code]``), on the same host."""
        return Session.open(self.config.merged(**changes), host=self.host)

    def load(self, source: Source, *, stdin_name: str | None = None,
             only_plans: bool = False, overlay: Mapping[Path, str] | None = None,
             parsed: Parsed | None = None) -> Plan:
        """Load a plan with this session's loaders (see :func:`load_plan`)."""
        return load_plan(source, self.host, stdin_name=stdin_name, only_plans=only_plans,
                         overlay=overlay, parsed=parsed)

    def run(self, plan: Plan) -> Report:
        return Engine(self.host, self.settings).run(plan)

    def run_rule(self, rule: Rule, plan: Plan) -> list[Finding]:
        """One rule's findings on ``plan``, before waivers and suppressions."""
        return Engine(self.host, self.settings).run_rule(rule, plan)

    def check(self, source: Source) -> Report:
        """Load and check a plan (see :func:`load_plan` for what ``source`` may be)."""
        with gc_paused():  # the plan is freed before the collector runs again
            return self.run(self.load(source))

    def compare(self, old: Plan, new: Plan, base: str,
                between: Callable[[], Sequence[Plan]] = tuple, at: str = "") -> Report:
        """Check ``new`` as a change of ``old``: the change rules judge it against
        ``old`` (and the versions ``between`` reads, oldest first), and each finding is
        marked new or not, those of ``old`` that are gone being ``resolved``
        (:mod:`planlint.delta`). ``base`` names ``old`` in the report, ``at`` its files
        where they share a name with ``new``'s. An ``old`` not read in full is judged
        against by no change rule: what was not read would pass for dropped."""
        from planlint.delta import compare

        if all(source.unread_from is None for source in old.files):
            new.compare_with(old, between)
        return compare(self.run(old), self.run(new), base, at)

    def diff(self, old: Source, new: Source) -> Report:
        """Check the plan ``new`` as a change of the plan ``old`` (each a source as
        :func:`load_plan` reads it)."""
        with gc_paused():
            return self.compare(self.load(old), self.load(new), _label(old))

    def since(self, ref: str, paths: Sequence[str | Path] = (), *,
              only_plans: bool = False) -> Report:
        """Check the plan of ``paths`` (default: this folder) as a change of the plan
        the same paths held at the git revision ``ref``; the versions of the commits
        between are read when a rule asks for the history (:mod:`planlint.git`)."""
        from planlint.git import Revision

        revision = Revision.find(ref, paths)
        with gc_paused():
            new = self.load(list(paths) or [Path()], only_plans=only_plans)
            old = self.load_revision(revision, revision.commit)

            @cache
            def between() -> tuple[Plan, ...]:
                return tuple(self.load_revision(revision, commit)
                             for commit in revision.later_commits())

            return self.compare(old, new, revision.label, between,
                                at=f"{revision.commit[:7]}:")

    def load_revision(self, revision: Revision, commit: str) -> Plan:
        """The plan ``revision``'s paths held at ``commit``, its files named as the
        working tree names them; a plan of no files where none existed then."""
        # every format the host reads: workbooks were left out, so a workbook's old
        # version was no plan and the change rules found nothing to compare
        suffixes = tuple(suffix for loader in self.host.loaders for suffix in loader.suffixes)
        with revision.files_at(commit, suffixes) as (paths, names):
            if not paths:
                return build_plan([], [], [])
            return load_plan(paths, self.host, only_plans=True,
                             names=lambda path: names.get(path.resolve(), display_name(path)))

    def find_rule(self, key: str) -> Rule:
        """The installed rule whose code or name is ``key``, in any case; a usage error
        that suggests the nearest one otherwise."""
        found = rule_named(self.host.rules.values(), key)
        if found is not None:
            return found
        words = [word for rule in self.host.rules.values() for word in (rule.code, rule.name)]
        hint = did_you_mean(key.strip(), words) or did_you_mean(key.strip().upper(), words) \
            or "'planlint rules' lists them"
        raise UsageError(f"no rule is called {key!r}; {hint}")


def lint(source: Source, *, config: Config | Path | Literal["discover"] | None = None,
         as_of: date | None = None, host: Host | None = None) -> Report:
    """Check a plan and return the report.

    ``config`` is a :class:`Config`, the path of a config file, or ``"discover"`` to
    read the project's config as ``planlint check`` does (the nearest ``planlint.toml``
    or ``pyproject.toml`` with ``[tool.planlint]`` from the plan's first path, else from
    the working folder); by default every rule runs at its default severity and no file
    is read. ``as_of`` overrides the date status is judged at. Plugins are those of the
    config plus installed entry points, with the rules of its ``rule_files``. Mistakes in
    the config raise :class:`planlint.UsageError`; problems in the plan are findings.
    """
    if config == "discover":
        config = discover(_first_path(source))
    elif isinstance(config, Path):
        config = discover(Path(), config)
    return Session.open((config or Config()).merged(as_of=as_of), host=host).check(source)


def _label(source: Source) -> str:
    """How a report names the older version it compares with: its paths, or what it is."""
    if isinstance(source, dict):
        return "<dict>"
    if isinstance(source, str) and "\n" in source:
        return "<text>"
    paths = [source] if isinstance(source, str | Path) else list(source)
    return ", ".join(display_name(Path(path)) for path in paths)


def _first_path(source: Source) -> Path:
    """Where to look for the config of ``source``: its first path, else here."""
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source):
        return Path(source)
    if isinstance(source, Sequence) and not isinstance(source, str) and source:
        return Path(source[0])
    return Path()
