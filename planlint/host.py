"""The plugin host: registers built-in and third-party plugins and what they provide.

Entry points of the ``planlint`` group are loaded one at a time, so a plugin that fails
to import is recorded with its reason and the others still load. Each plugin's hooks are
called on their own, so every rule, loader and reporter is attributed to the plugin that
shipped it, and a hook that raises only costs that plugin.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import pluggy

from planlint import hookspecs
from planlint._version import __version__
from planlint.errors import UsageError, place, said
from planlint.finding import Finding, Severity
from planlint.loaders import Loader
from planlint.reporters import Reporter
from planlint.ruledef import Methodology, Rule

ENTRY_POINT_GROUP = "planlint"
#: The distribution named for plugins made from declarative rule files.
RULE_FILE = "rule file"

#: Plugins that ship with planlint, registered exactly as third-party ones are.
DEFAULT_PLUGINS = ("planlint.builtin", "planlint.rules")

T = TypeVar("T")


@dataclass
class PluginInfo:
    """A plugin as ``planlint plugins`` lists it."""

    name: str
    distribution: str
    version: str
    module: str
    rules: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def loaded(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "distribution": self.distribution,
                "version": self.version, "module": self.module, "rules": self.rules,
                "loaded": self.loaded, "error": self.error}


def _reason(error: BaseException) -> str:
    """An exception as one line: its type, message and the innermost frame."""
    return f"{said(error, 300)}{place(error)}"


class Host:
    """Loaded plugins and the rules, loaders and reporters they provide."""

    def __init__(self, *, entry_points: bool = True, modules: Sequence[str] = (),
                 plugins: Sequence[tuple[object, PluginInfo]] = (),
                 rule_files: Sequence[str | Path] = (), disabled: Sequence[str] = ()) -> None:
        self.manager = pluggy.PluginManager(hookspecs.PROJECT)
        self.manager.add_hookspecs(hookspecs)
        self.disabled = frozenset(disabled)
        self.plugins: dict[str, PluginInfo] = {}
        self.rule_plugins: dict[str, PluginInfo] = {}
        for name in DEFAULT_PLUGINS:
            self.register(importlib.import_module(name),
                          PluginInfo(name, "planlint", __version__, name))
        if entry_points:
            self.load_entry_points()
        for name in modules:
            self.load_module(name)
        for plugin, info in plugins:
            self.register(plugin, info)
        if rule_files:
            self.load_rule_files(rule_files)

    def register(self, plugin: object, info: PluginInfo) -> None:
        try:
            self.manager.register(plugin, name=info.name)
            self.manager.check_pending()
        except Exception as error:  # a plugin's hook names or signatures are wrong
            if self.manager.is_registered(plugin):
                self.manager.unregister(plugin)
            info.error = f"cannot register: {error}"
        self.plugins[info.name] = info

    def load_entry_points(self) -> None:
        for entry in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP),
                            key=lambda e: e.name):
            dist = entry.dist
            info = PluginInfo(entry.name, dist.name if dist else "?",
                              dist.version if dist else "?", entry.value)
            if entry.name in self.plugins or entry.name in self.disabled:
                continue
            try:
                plugin = entry.load()
            except (Exception, SystemExit) as error:
                info.error = f"failed to import: {_reason(error)}"
                self.plugins[info.name] = info
                continue
            self.register(plugin, info)

    def load_module(self, name: str) -> None:
        """Register a plugin module named with ``-p`` or in the config.

        A module that does not exist is a usage error; one that exists but fails while
        importing is recorded like a broken entry point, and the others still run.
        """
        if name in self.plugins:
            return
        try:
            module: ModuleType = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name is not None and name.startswith(error.name):
                raise UsageError(f"cannot load plugin module {name!r}: no such module; check "
                                 "the name and that it is installed") from None
            self.plugins[name] = PluginInfo(name, name, "", name,
                                            error=f"failed to import: {_reason(error)}")
            return
        except (Exception, SystemExit) as error:
            self.plugins[name] = PluginInfo(name, name, "", name,
                                            error=f"failed to import: {_reason(error)}")
            return
        dist = self._distribution_of(name)
        self.register(module, PluginInfo(name, dist[0], dist[1], name))

    def load_rule_files(self, paths: Sequence[str | Path]) -> None:
        """Register declarative rule files, each as a plugin named after its file.

        A mistake in a file, or a code or name another plugin already uses, is a
        :class:`UsageError` pointing at its place in the file.
        """
        from planlint.rulefiles import load_rule_files

        files = load_rule_files(paths)
        for loaded in files:
            self.register(loaded, PluginInfo(loaded.name, RULE_FILE, "", str(loaded.path)))
        rules = self.rules
        for loaded in files:
            info = self.plugins[loaded.name]
            for made in loaded.rules:
                if rules.get(made.code) is not made:
                    raise UsageError(info.error or f"rule {made.code} was not registered",
                                     loaded.code_at[made.code])

    @staticmethod
    def _distribution_of(module: str) -> tuple[str, str]:
        top = module.split(".")[0]
        names = metadata.packages_distributions().get(top, [])
        if not names:
            return (module, "")
        return (names[0], metadata.version(names[0]))

    def _collect(self, hook: str, kind: type[T], check: Callable[[T, PluginInfo], bool]
                 ) -> list[tuple[T, PluginInfo]]:
        """Call one hook plugin by plugin, keeping what each returns and who returned it."""
        found: list[tuple[T, PluginInfo]] = []
        caller = getattr(self.manager.hook, hook)
        for impl in caller.get_hookimpls():  # registration order (pluggy calls them LIFO)
            info = self.plugins[impl.plugin_name]
            try:
                returned: Iterable[object] = impl.function() or ()
                values = list(returned)
            except Exception as error:
                info.error = f"{hook}() raised {_reason(error)}"
                continue
            for value in values:
                if not isinstance(value, kind):
                    info.error = (f"{hook}() returned {value!r:.60}, not a "
                                  f"{kind.__name__}; return a list of them")
                elif check(value, info):
                    found.append((value, info))
        return found

    @cached_property
    def rules(self) -> dict[str, Rule]:
        """Every rule by code, in the order plugins were registered."""
        by_code: dict[str, Rule] = {}
        names: dict[str, str] = {}

        def accept(rule: Rule, info: PluginInfo) -> bool:
            clash = by_code.get(rule.code) or by_code.get(names.get(rule.name, ""))
            if clash is not None:
                owner = self.rule_plugins[clash.code].name
                info.error = (f"rule {rule.code} {rule.name} clashes with {clash.code} "
                              f"{clash.name} of plugin {owner}; rename it")
                return False
            by_code[rule.code] = rule
            names[rule.name] = rule.code
            self.rule_plugins[rule.code] = info
            info.rules.append(rule.code)
            return True

        self._collect("planlint_rules", Rule, accept)
        return by_code

    def plugin_of(self, rule: Rule) -> PluginInfo:
        """The plugin that shipped a rule."""
        self.rules  # noqa: B018 - fills rule_plugins
        return self.rule_plugins[rule.code]

    def stamp(self, finding: Finding, rule: Rule, severity: Severity) -> Finding:
        """``finding`` as ``rule`` reports it: the rule's code, name and category, the
        severity it runs at and the distribution that shipped it (the one way findings
        get their metadata, for rules and the engine's own alike)."""
        return finding.stamped(code=rule.code, name=rule.name, category=rule.category,
                               severity=severity, plugin=self.plugin_of(rule).distribution)

    @cached_property
    def methodologies(self) -> dict[str, Methodology]:
        """Every methodology plugins declare, by each name a plan may use for it (see
        :func:`planlint.ruledef.plain_name`); where two declare one name, the first."""
        found: dict[str, Methodology] = {}
        for methodology, _ in self._collect("planlint_methodologies", Methodology,
                                            lambda value, info: True):
            for spelling in methodology.spellings():
                found.setdefault(spelling, methodology)
        return found

    @cached_property
    def loaders(self) -> list[Loader]:
        """File formats; where two claim a suffix, the one registered first wins."""
        return [loader for loader, _ in self._collect("planlint_loaders", Loader,
                                                       lambda value, info: True)]

    @cached_property
    def reporters(self) -> dict[str, Reporter]:
        """Output formats by name; where two share a name, the one registered first wins."""
        found: dict[str, Reporter] = {}
        for reporter, _ in self._collect("planlint_reporters", Reporter,
                                         lambda value, info: True):
            found.setdefault(reporter.name, reporter)
        return found
