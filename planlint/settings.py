"""Resolving a config against the loaded rules: which run, how severe, with what options."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from planlint.config import Config
from planlint.errors import UsageError
from planlint.finding import Severity
from planlint.limits import DEFAULT_RULE_TIMEOUT
from planlint.ruledef import Rule

_ALL = "ALL"
_NAMED = 10  # the specificity from which a selector names a rule: a code prefix or more


def specificity(selector: str, rule: Rule) -> int:
    """How closely ``selector`` names ``rule``: 0 not at all, higher is more specific.

    ``ALL`` < a category < a code prefix (longer is closer) < an exact code or name.
    """
    if selector == _ALL:
        return 1
    if selector in (rule.code, rule.name):
        return 1000
    if selector == rule.category:
        return 2
    if selector.isupper() and rule.code.startswith(selector):
        return 10 + len(selector)
    return 0


def _known(selector: str, rules: list[Rule], setting: str) -> None:
    if any(specificity(selector, rule) for rule in rules):
        return
    words = {word for rule in rules for word in (rule.code, rule.name, rule.category)}
    close = difflib.get_close_matches(selector, sorted(words), n=1)
    hint = f"did you mean {close[0]!r}?" if close else "'planlint rules' lists them"
    raise UsageError(f"{setting}: no rule matches {selector!r}; {hint}")


def select_rules(config: Config, rules: list[Rule]) -> list[Rule]:
    """The rules to run: the most specific selector wins, ``ignore`` wins a tie."""
    return [rule for rule, _ in _selection(config, rules)]


def _selection(config: Config, rules: list[Rule]) -> list[tuple[Rule, bool]]:
    """The rules to run, each with whether a selector names it by its code, name or code
    prefix (rather than ``ALL`` or its category)."""
    chosen = [*(config.select if config.select is not None else [_ALL]),
              *config.extend_select]
    for selector in chosen:
        _known(selector, rules, "select")
    for selector in config.ignore:
        _known(selector, rules, "ignore")
    selected: list[tuple[Rule, bool]] = []
    for rule in rules:
        wanted = max((specificity(s, rule) for s in chosen), default=0)
        unwanted = max((specificity(s, rule) for s in config.ignore), default=0)
        if wanted > unwanted:
            selected.append((rule, wanted >= _NAMED))
    return selected


def _find_rule(key: str, rules: list[Rule], setting: str) -> Rule:
    for rule in rules:
        if key in (rule.code, rule.name):
            return rule
    _known(key, rules, setting)
    raise UsageError(f"{setting}: {key!r} names a group of rules; name one rule by its "
                     "code or name")


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

    def severity_of(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def runs_always(self, rule: Rule, plugin: str) -> bool:
        """Whether a rule runs on every plan: it belongs to no methodology, the config
        selects it by its code, name or code prefix, or enables its plugin."""
        return rule.methodology is None or rule.code in self.named \
            or plugin in self.enabled_plugins


def resolve(config: Config, rules: list[Rule]) -> Settings:
    """Check a config against the rules; a mistake is a :class:`UsageError`."""
    severity: dict[str, Severity] = {}
    for key, value in config.severity.items():
        rule = _find_rule(key, rules, "severity")
        try:
            severity[rule.code] = Severity.parse(value)
        except ValueError as error:
            raise UsageError(f"severity of {key}: {error}") from None
    options: dict[str, BaseModel | None] = {}
    for key, values in config.options.items():
        rule = _find_rule(key, rules, "options")
        options[rule.code] = validate_options(rule, values)
    selection = _selection(config, rules)
    return Settings([rule for rule, _ in selection], config.as_of, severity, options,
                    config.fail_on, config.rule_timeout,
                    frozenset(rule.code for rule, named in selection if named),
                    frozenset(config.enable_plugins))


def validate_options(rule: Rule, values: dict[str, Any]) -> BaseModel:
    """A rule's options from plain values; a bad value is a :class:`UsageError`."""
    if rule.options is None:
        raise UsageError(f"options: rule {rule.code} {rule.name} takes no options")
    try:
        return rule.options.model_validate(values)
    except ValidationError as error:
        known = list(rule.options.model_fields)
        problems = "; ".join(_option_problem(detail, known)
                             for detail in error.errors(include_url=False))
        raise UsageError(f"options of {rule.code} {rule.name}: {problems}") from None


def _option_problem(detail: ErrorDetails, known: list[str]) -> str:
    """One invalid option, said plainly: ``max_owned should be ... (found 0)``."""
    option = ".".join(map(str, detail["loc"])) or "value"
    if detail["type"] == "extra_forbidden":
        close = difflib.get_close_matches(option, known, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"its options are: {', '.join(known)}"
        return f"{option} is not an option of this rule; {hint}"
    message = detail["msg"].removeprefix("Value error, ")
    if message.startswith("Input should be "):
        message = "should be " + message.removeprefix("Input should be ")
        message += f" (found {detail.get('input')!r})"
    return f"{option}: {message}"
