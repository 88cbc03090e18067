"""Every built-in rule documents itself, and its documented examples are true."""

from __future__ import annotations

import pytest

from planlint.api import get_host
from planlint.ruledef import Rule
from planlint.testing import RuleTester

BUILTIN = [rule for rule in get_host(entry_points=False).rules.values()
           if get_host(entry_points=False).plugin_of(rule).name == "planlint.rules"]
ENGINE_MADE = {"PL000"}  # the engine makes rule-crashed findings; no plan can show one


def test_the_catalogue_is_there() -> None:
    assert len(BUILTIN) > 30
    assert len({rule.code for rule in BUILTIN}) == len(BUILTIN)


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda rule: f"{rule.code}-{rule.name}")
def test_documented_examples(rule: Rule) -> None:
    RuleTester(rule).check_documented_examples()


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda rule: f"{rule.code}-{rule.name}")
def test_documentation_is_complete(rule: Rule) -> None:
    assert rule.summary, f"{rule.code} has no docstring saying what it checks"
    assert rule.rationale, f"{rule.code}'s docstring has no paragraph saying why it matters"
    if rule.code in ENGINE_MADE:
        return
    assert rule.fails, f"{rule.code} has no failing example (fails=)"
    assert rule.passes, f"{rule.code} has no passing example (passes=)"
    if rule.options is not None:
        for name, info in rule.options.model_fields.items():
            assert info.description, f"{rule.code}: option {name} has no description"
