"""Resolving a config against the loaded rules: which run, how severe, with what options."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from planlint.config import Config
from planlint.errors import UsageError, explain
from planlint.finding import UNCHECKED, Severity
from planlint.limits import DEFAULT_RULE_TIMEOUT, shown
from planlint.ruledef import Rule, rule_named
from planlint.suggest import did_you_mean

_ALL = "ALL"
_NAMED = 10  # the specificity from which a selector names a rule: a code prefix or more
_PREFIX = re.compile(r"^([A-Z]+)[0-9]*$")  # a code or code prefix, and its letters


def specificity(selector: str, rule: Rule) -> int:
    """How closely ``selector`` names ``rule``: 0 not at all, higher is more specific.

    ``ALL`` < a category < a code prefix (longer is closer) < an exact code or name,
    each in any case (``pl2``, ``Metrics``).
    """
    if selector.upper() == _ALL:
        return 1
    folded = selector.casefold()
    if folded in (rule.code.casefold(), rule.name.casefold()):
        return 1000
    if folded == rule.category.casefold():
        return 2
    if _PREFIX.match(selector.upper()) and rule.code.startswith(selector.upper()):
        return 10 + len(selector)
    return 0


def _known(selector: str, rules: list[Rule], setting: str, notes: list[str],
           config: Config) -> bool:
    """Whether ``selector`` names installed rules. One that names rules of a plugin that
    is not installed here (a code prefix no installed rule has, or a name close to none)
    is noted and passed over, so a project's config stays valid on every machine; one
    that looks like a typo of an installed rule is a :class:`UsageError`, at the
    selector's place in ``config``'s file when it is written there."""
    if any(specificity(selector, rule) for rule in rules):
        return True
    prefix = _PREFIX.match(selector)
    letters = {_PREFIX.sub(r"\1", rule.code) for rule in rules}
    words = {word for rule in rules for word in (rule.code, rule.name, rule.category)}
    hint = "" if prefix else did_you_mean(selector, words)
    if (prefix and prefix.group(1) not in letters) or (not prefix and not hint):
        notes.append(f"{setting}: no installed rule matches {shown(selector)}, so it is passed "
                     "over (the rules of a plugin that is not installed here?); 'planlint "
                     "rules' lists the installed ones")
        return False
    raise UsageError(f"{setting}: no rule matches {shown(selector)}; "
                     f"{hint or 'planlint rules lists them'}", config.where(setting, selector))


def select_rules(config: Config, rules: list[Rule]) -> list[Rule]:
    """The rules to run: the most specific selector wins, ``ignore`` wins a tie."""
    return [rule for rule, _ in _selection(config, rules, [])]


def _selection(config: Config, rules: list[Rule], notes: list[str]
               ) -> list[tuple[Rule, bool]]:
    """The rules to run, each with whether a selector names it by its code, name or code
    prefix (rather than ``ALL`` or its category)."""
    chosen = [*(config.select if config.select is not None else [_ALL]),
              *config.extend_select]
    for selector in config.select or ():
        _known(selector, rules, "select", notes, config)
    for selector in config.extend_select:
        _known(selector, rules, "extend-select", notes, config)
    for selector in config.ignore:
        _known(selector, rules, "ignore", notes, config)
    selected: list[tuple[Rule, bool]] = []
    for rule in rules:
        wanted = max((specificity(s, rule) for s in chosen), default=0)
        unwanted = max((specificity(s, rule) for s in config.ignore), default=0)
        if wanted > unwanted:
            selected.append((rule, wanted >= _NAMED))
        elif rule.code in UNCHECKED:
            selected.append((rule, False))
            if unwanted >= _NAMED:
                notes.append(f"ignore: {rule.name} ({rule.code}) always runs, since it "
                             "reports what could not be checked; fix its cause instead")
    if config.select and not any(specificity(selector, rule) for selector in chosen
                                 for rule in rules):
        named = ", ".join(map(shown, chosen[:10])) + (
            f" and {len(chosen) - 10:,} more" if len(chosen) > 10 else "")
        raise UsageError(f"select: no rule matches {named} (none is installed here), so "
                         "nothing would be checked; install the plugin that ships it, or "
                         "check the codes with 'planlint rules'",
                         config.where("select"))
    return selected


def _find_rule(key: str, rules: list[Rule], setting: str, notes: list[str],
               config: Config) -> Rule | None:
    """The one rule ``key`` names; ``None`` for a rule that is not installed here."""
    rule = rule_named(rules, key)
    if rule is not None:
        return rule
    if not _known(key, rules, setting, notes, config):
        return None
    raise UsageError(f"{setting}: {shown(key)} names a group of rules; name one rule by its "
                     "code or name", config.where(setting, key))


@dataclass
class Settings:
    """Everything the engine needs to run: rules, severities, options, the as-of date."""

    rules: list[Rule]
    as_of: date | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, BaseModel | None] = field(default_factory=dict)
    fail_on: str = "error"
    rule_timeout: float = DEFAULT_RULE_TIMEOUT
    named: frozenset[str] = frozenset()
    enabled_plugins: frozenset[str] = frozenset()
    notes: tuple[str, ...] = ()  # settings passed over, for the user to see

    def severity_of(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def runs_always(self, rule: Rule, plugin: str) -> bool:
        """Whether a rule runs on every plan: it belongs to no methodology, the config
        selects it by its code, name or code prefix, or enables its plugin."""
        return rule.methodology is None or rule.code in self.named \
            or plugin in self.enabled_plugins


def _plugin_names(config: Config, installed: Mapping[str, str]) -> None:
    """A plugin that ``enable-plugins`` or ``disable-plugins`` names by another spelling
    than its own (``OKR``, its package ``planlint_okr``) is a :class:`UsageError`: the
    setting did nothing, so the plugin's rules ran, or did not, unsaid. A name no
    installed plugin has in any spelling is fine (installed on other machines)."""
    for setting, names in (("enable-plugins", config.enable_plugins),
                           ("disable-plugins", config.disable_plugins)):
        for name in names:
            meant = [plugin for plugin, module in installed.items() if name != plugin and (
                name.casefold() == plugin.casefold() or name.split(".")[0] == module.split(".")[0])]
            if meant and name not in installed:
                raise UsageError(f"{setting}: no installed plugin is called {shown(name)}, so the "
                                 f"setting would do nothing; write {meant[0]!r}, its name as "
                                 "'planlint plugins' lists it",
                                 config.where(setting, name) or config.where(setting))


def resolve(config: Config, rules: list[Rule], installed: Mapping[str, str] | None = None
            ) -> Settings:
    """Check a config against the rules, and the plugins it names against the
    ``installed`` ones (name and module); a mistake is a :class:`UsageError`."""
    _plugin_names(config, installed or {})
    notes: list[str] = []
    severity: dict[str, Severity] = {}
    for key, value in config.severity.items():
        rule = _find_rule(key, rules, "severity", notes, config)
        if rule is None:
            continue
        if rule.code in UNCHECKED:
            notes.append(f"severity: {rule.name} ({rule.code}) is always an error, since it "
                         "reports what could not be checked; the setting is passed over")
            continue
        try:
            severity[rule.code] = Severity.parse(value)
        except ValueError as error:
            raise UsageError(f"severity of {key}: {error}",
                             config.where("severity", key)) from None
    options: dict[str, BaseModel | None] = {}
    for key, values in config.options.items():
        rule = _find_rule(key, rules, "options", notes, config)
        if rule is not None:
            options[rule.code] = validate_options(rule, values, config.where("options", key))
    selection = _selection(config, rules, notes)
    return Settings([rule for rule, _ in selection], config.as_of, severity, options,
                    config.fail_on, config.rule_timeout,
                    frozenset(rule.code for rule, named in selection if named),
                    frozenset(config.enable_plugins), tuple(notes))


def validate_options(rule: Rule, values: dict[str, Any], where: str | None = None
                     ) -> BaseModel:
    """A rule's options from plain values; a bad value is a :class:`UsageError` (at
    ``where``, the place of the rule's options in the config file)."""
    if rule.options is None:
        raise UsageError(f"options: rule {rule.code} {rule.name} takes no options; remove its "
                         "table", where)
    try:
        return rule.options.model_validate(values)
    except ValidationError as error:
        known = list(rule.options.model_fields)
        problems = "; ".join(_option_problem(detail, known)
                             for detail in error.errors(include_url=False))
        raise UsageError(f"options of {rule.code} {rule.name}: {problems}", where) from None


def _option_problem(detail: ErrorDetails, known: list[str]) -> str:
    """One invalid option, said plainly: ``max_owned should be ... (found 0)``."""
    option = ".".join(map(str, detail["loc"])) or "value"
    if detail["type"] == "extra_forbidden":
        hint = did_you_mean(option, known) or f"its options are: {', '.join(known)}"
        return f"{option} is not an option of this rule; {hint}"
    return f"{option}: {explain(detail)}"
