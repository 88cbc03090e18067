"""The plugin host: every plugin of a run and the rules, loaders, reporters and
methodologies they provide.

A host is built once from all its plugin sources and never changes after. Entry points of
the ``planlint`` group are imported one at a time, so a plugin that fails to import is
recorded with its reason and the others still load. Each plugin's hooks are called on
their own, once, so every rule, loader and reporter is attributed to the plugin that
shipped it, and a hook that raises only costs that plugin.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import pluggy

from planlint import hookspecs
from planlint._version import __version__
from planlint.config import module_name_problem
from planlint.errors import UsageError, failure
from planlint.finding import Finding, Severity, Stamp
from planlint.loaders import Loader
from planlint.reporters import Reporter
from planlint.ruledef import Methodology, Rule

if TYPE_CHECKING:
    from planlint.rulefiles import RuleFile

ENTRY_POINT_GROUP = "planlint"
#: The distribution named for plugins made from declarative rule files.
RULE_FILE = "rule file"

#: Plugins that ship with planlint, registered exactly as third-party ones are.
DEFAULT_PLUGINS = ("planlint.builtin", "planlint.rules")

T = TypeVar("T")


@dataclass(frozen=True)
class PluginInfo:
    """A plugin as ``planlint plugins`` lists it: where it comes from, the codes of the
    rules it provided, and why it failed (``None`` when it did not)."""

    name: str
    distribution: str
    version: str
    module: str
    rules: tuple[str, ...] = ()
    error: str | None = None

    @property
    def loaded(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "distribution": self.distribution,
                "version": self.version, "module": self.module, "rules": list(self.rules),
                "loaded": self.loaded, "error": self.error}


def installed_plugins() -> dict[str, str]:
    """The name of each plugin installed as an entry point, with its module."""
    return {entry.name: entry.module for entry in metadata.entry_points(group=ENTRY_POINT_GROUP)}


def _distribution_of(module: str) -> tuple[str, str]:
    """The name and version of the distribution that installs ``module``."""
    names = metadata.packages_distributions().get(module.split(".")[0], [])
    if not names:
        return (module, "")
    return (names[0], metadata.version(names[0]))


def _first(pairs: Iterable[tuple[str, T]]) -> Mapping[str, T]:
    """Each key with the first value given for it, read-only."""
    found: dict[str, T] = {}
    for key, value in pairs:
        found.setdefault(key, value)
    return MappingProxyType(found)


def _anything(value: object, plugin: str) -> bool:
    return True


class _Registry:
    """A host being built: the plugins registered, then what their hooks return and how
    each plugin failed. It lives only while :class:`Host` is constructed."""

    def __init__(self) -> None:
        self.manager = pluggy.PluginManager(hookspecs.PROJECT)
        self.manager.add_hookspecs(hookspecs)
        self.plugins: dict[str, PluginInfo] = {}
        self.owners: dict[str, str] = {}  # the plugin name of each rule code
        self.errors: dict[str, str] = {}  # the last failure of each plugin
        self.files: list[RuleFile] = []

    def failed(self, info: PluginInfo, error: str) -> None:
        self.plugins[info.name] = info
        self.errors[info.name] = error

    def register(self, plugin: object, info: PluginInfo) -> None:
        self.plugins[info.name] = info
        owner = self.manager.get_name(plugin)
        if owner is not None:  # unregistering it below would take the rules of ``owner``
            self.errors[info.name] = (f"cannot register: its module {info.module} is plugin "
                                      f"{owner}'s, registered already; keep one of the two")
            return
        try:
            self.manager.register(plugin, name=info.name)
            self.manager.check_pending()
        except Exception as error:  # a plugin's hook names or signatures are wrong
            if self.manager.is_registered(plugin):
                self.manager.unregister(plugin)
            self.errors[info.name] = f"cannot register: {error}"

    def add_entry_points(self, disabled: frozenset[str]) -> None:
        for entry in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP),
                            key=lambda e: e.name):
            if entry.name in self.plugins or entry.name in disabled:
                continue
            # The metadata read once: ``dist.name`` and ``dist.version`` each parse it.
            meta = entry.dist.metadata if entry.dist else {"Name": "?", "Version": "?"}
            info = PluginInfo(entry.name, meta["Name"], meta["Version"], entry.value)
            try:
                plugin = entry.load()
            except (Exception, SystemExit) as error:
                self.failed(info, f"failed to import: {failure(error)}")
                continue
            self.register(plugin, info)

    def add_module(self, name: str) -> None:
        """Register a plugin module named with ``-p`` or in the config.

        A module that does not exist is a usage error; one that exists but fails while
        importing is recorded like a broken entry point, and the others still run.
        """
        if name in self.plugins:
            return
        if (problem := module_name_problem(name)) is not None:
            raise UsageError(f"cannot load plugin module: {problem}")
        try:
            module = importlib.import_module(name)
        except (Exception, SystemExit) as error:
            if (isinstance(error, ModuleNotFoundError) and error.name is not None
                    and name.startswith(error.name)):
                raise UsageError(f"cannot load plugin module {name!r}: no such module; check "
                                 "the name and that it is installed") from None
            self.failed(PluginInfo(name, name, "", name), f"failed to import: {failure(error)}")
            return
        if self.manager.is_registered(module):  # an installed plugin's module: loaded already
            return
        self.register(module, PluginInfo(name, *_distribution_of(name), name))
        if self.manager.is_registered(module) and not self.manager.get_hookcallers(module):
            self.manager.unregister(module)  # ``-p os`` was taken without a word
            del self.plugins[name]
            raise UsageError(f"cannot load plugin module {name!r}: it implements no planlint "
                             "hook (a plugin defines functions such as planlint_rules, marked "
                             "with planlint.hookimpl); check the module's name")

    def add_rule_files(self, paths: Sequence[str | Path]) -> None:
        """Register declarative rule files, each as a plugin named after its file; a
        mistake in one is a :class:`UsageError` pointing at its place in the file."""
        if not paths:
            return
        from planlint.rulefiles import load_rule_files

        self.files = load_rule_files(paths)
        for loaded in self.files:
            self.register(loaded, PluginInfo(loaded.name, RULE_FILE, "", str(loaded.path)))

    def collect(self, hook: str, kind: type[T],
               accept: Callable[[T, str], bool] = _anything) -> list[T]:
        """Call one hook plugin by plugin, in registration order (pluggy calls them LIFO),
        keeping the values of ``kind`` that ``accept`` takes from the plugin named."""
        found: list[T] = []
        for impl in getattr(self.manager.hook, hook).get_hookimpls():
            try:
                returned: Iterable[object] = impl.function() or ()
                values = list(returned)
            except Exception as error:
                self.errors[impl.plugin_name] = f"{hook}() raised {failure(error)}"
                continue
            for value in values:
                if not isinstance(value, kind):
                    self.errors[impl.plugin_name] = (
                        f"{hook}() returned {value!r:.60}, not a {kind.__name__}; return a "
                        "list of them")
                elif accept(value, impl.plugin_name):
                    found.append(value)
        return found

    def rules(self) -> dict[str, Rule]:
        """Every rule by code, in registration order; a rule whose code or name an earlier
        one has is left out and recorded against its plugin (a usage error if its plugin
        is a rule file)."""
        by_code: dict[str, Rule] = {}
        names: dict[str, str] = {}

        def accept(rule: Rule, plugin: str) -> bool:
            clash = by_code.get(rule.code) or by_code.get(names.get(rule.name, ""))
            if clash is not None:
                self.errors[plugin] = (f"rule {rule.code} {rule.name} clashes with "
                                       f"{clash.code} {clash.name} of plugin "
                                       f"{self.owners[clash.code]}; rename it")
                return False
            by_code[rule.code] = rule
            names[rule.name] = rule.code
            self.owners[rule.code] = plugin
            return True

        self.collect("planlint_rules", Rule, accept)
        self._check_rule_files(by_code)
        return by_code

    def _check_rule_files(self, rules: Mapping[str, Rule]) -> None:
        """A rule of a rule file that was left out (its code or name is taken) is a
        :class:`UsageError` at its place in the file."""
        for loaded in self.files:
            for made in loaded.rules:
                if rules.get(made.code) is not made:
                    raise UsageError(self.errors.get(loaded.name)
                                     or f"rule {made.code} was not registered",
                                     loaded.code_at[made.code])

    def records(self) -> Mapping[str, PluginInfo]:
        """Each plugin's record with the rules it provided and its failure."""
        return MappingProxyType({
            name: replace(info, error=self.errors.get(name), rules=tuple(
                code for code, owner in self.owners.items() if owner == name))
            for name, info in self.plugins.items()})


class Host:
    """Loaded plugins and the rules, loaders, reporters and methodologies they provide,
    all gathered when the host is built; nothing changes them after."""

    __slots__ = ("_loaders", "_methodologies", "_owners", "_plugins", "_reporters", "_rules")

    def __init__(self, *, entry_points: bool = True, modules: Sequence[str] = (),
                 plugins: Sequence[tuple[object, PluginInfo]] = (),
                 rule_files: Sequence[str | Path] = (), disabled: Sequence[str] = ()) -> None:
        """Register planlint's own plugins, the installed entry points but the
        ``disabled`` ones (none without ``entry_points``), the plugin ``modules``, the
        ``plugins`` objects with how to list each, and the ``rule_files``, in that order;
        then call each hook once. A missing module, or a mistake or clash in a rule file,
        is a :class:`UsageError`."""
        registry = _Registry()
        for name in DEFAULT_PLUGINS:
            registry.register(importlib.import_module(name),
                              PluginInfo(name, "planlint", __version__, name))
        if entry_points:
            registry.add_entry_points(frozenset(disabled))
        for name in modules:
            registry.add_module(name)
        for plugin, info in plugins:
            registry.register(plugin, info)
        registry.add_rule_files(rule_files)
        self._rules: Mapping[str, Rule] = MappingProxyType(registry.rules())
        self._loaders = tuple(registry.collect("planlint_loaders", Loader))
        self._reporters = _first((reporter.name, reporter) for reporter
                                 in registry.collect("planlint_reporters", Reporter))
        self._methodologies = _first((spelling, methodology) for methodology
                                     in registry.collect("planlint_methodologies", Methodology)
                                     for spelling in methodology.spellings())
        self._plugins = registry.records()
        self._owners = MappingProxyType({code: info for info in self._plugins.values()
                                         for code in info.rules})

    @property
    def plugins(self) -> Mapping[str, PluginInfo]:
        """Every plugin by name, in registration order, including those that failed."""
        return self._plugins

    @property
    def rules(self) -> Mapping[str, Rule]:
        """Every rule by code, in the order plugins were registered."""
        return self._rules

    @property
    def loaders(self) -> Sequence[Loader]:
        """File formats; where two claim a suffix, the one registered first wins."""
        return self._loaders

    @property
    def reporters(self) -> Mapping[str, Reporter]:
        """Output formats by name; where two share a name, the one registered first wins."""
        return self._reporters

    @property
    def methodologies(self) -> Mapping[str, Methodology]:
        """Every methodology plugins declare, by each name a plan may use for it (see
        :func:`planlint.ruledef.plain_name`); where two declare one name, the first."""
        return self._methodologies

    def plugin_of(self, rule: Rule) -> PluginInfo:
        """The plugin that shipped a rule."""
        return self._owners[rule.code]

    def stamp_of(self, rule: Rule, severity: Severity) -> Stamp:
        """What ``rule`` stamps on its findings: its code, name and category, the severity
        it runs at and the distribution that shipped it."""
        return (rule.code, rule.name, rule.category, severity,
                self.plugin_of(rule).distribution)

    def stamp(self, finding: Finding, rule: Rule, severity: Severity) -> Finding:
        """``finding`` as ``rule`` reports it (the one way findings get their metadata,
        for rules and the engine's own alike; see :meth:`stamp_of`)."""
        return finding.stamped(self.stamp_of(rule, severity))
