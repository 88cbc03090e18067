"""The plugin host is built once, from every plugin source, and never changes after."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator

import pytest

import planlint
from planlint.api import Session
from planlint.finding import Finding
from planlint.hookspecs import hookimpl
from planlint.host import Host, PluginInfo
from planlint.loaders import Loader
from planlint.plan import Plan
from planlint.reporters import Reporter
from planlint.ruledef import Methodology, Rule


@planlint.rule(code="HST001", name="host-spy", category="testing", severity="info")
def host_spy(plan: Plan) -> Iterator[Finding]:
    """Finds nothing."""
    return iter(())


class Counting:
    """A plugin that counts the calls of each of its hooks."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()

    @hookimpl
    def planlint_rules(self) -> list[Rule]:
        self.calls["rules"] += 1
        return [host_spy]

    @hookimpl
    def planlint_methodologies(self) -> list[Methodology]:
        self.calls["methodologies"] += 1
        return [Methodology("host-testing", "Host testing")]

    @hookimpl
    def planlint_loaders(self) -> list[Loader]:
        self.calls["loaders"] += 1
        return []

    @hookimpl
    def planlint_reporters(self) -> list[Reporter]:
        self.calls["reporters"] += 1
        return [Reporter("counted", "nothing", lambda report, color: "")]


INFO = PluginInfo("counting", "counting-dist", "1.0", __name__)


def test_building_a_host_calls_each_hook_of_each_plugin_once() -> None:
    plugin = Counting()
    host = Host(entry_points=False, plugins=[(plugin, INFO)])
    once = Counter(rules=1, methodologies=1, loaders=1, reporters=1)
    assert plugin.calls == once
    session = Session.open(host=host)
    session.check("planlint: 1\nplan: {methodology: host-testing}\ngoals: [{id: G1}]\n")
    assert (host.plugin_of(host_spy), host.reporters["counted"].name) == (
        dataclasses.replace(INFO, rules=("HST001",)), "counted")
    assert "host-testing" in host.methodologies and host.loaders
    assert plugin.calls == once


def test_a_built_host_cannot_be_changed() -> None:
    host = Host(entry_points=False, plugins=[(Counting(), INFO)])
    with pytest.raises(TypeError):
        host.rules["HST002"] = host_spy  # type: ignore[index]
    with pytest.raises(TypeError):
        del host.reporters["counted"]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        host.rules = {}  # type: ignore[misc]
    with pytest.raises(AttributeError):
        host.manager = None  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        host.plugins["counting"].error = "patched"  # type: ignore[misc]
    assert isinstance(host.loaders, tuple) and isinstance(host.plugin_of(host_spy).rules, tuple)
    assert {name for name in dir(host) if not name.startswith("_")} == {
        "plugins", "rules", "loaders", "reporters", "methodologies", "plugin_of", "stamp",
        "stamp_of"}


def test_a_hook_that_fails_costs_its_plugin_only_what_that_hook_provides() -> None:
    class FailsToReport(Counting):
        @hookimpl
        def planlint_reporters(self) -> list[Reporter]:
            raise ValueError("no formats today")

    host = Host(entry_points=False, plugins=[(FailsToReport(), INFO)])
    record = host.plugins["counting"]
    assert record.rules == ("HST001",) and host.rules["HST001"] is host_spy
    assert record.error is not None and record.error.startswith(
        "planlint_reporters() raised ValueError: no formats today")
    assert "host-testing" in host.methodologies and "counted" not in host.reporters
    assert host.plugins["planlint.rules"].error is None
