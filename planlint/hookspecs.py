"""Every hook planlint offers, typed and documented.

Plugins implement these with :data:`hookimpl`. Hooks register things; the engine runs
them. The built-in rules, loaders and reporters come through these same hooks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from planlint.loaders import Loader
    from planlint.reporters import Reporter
    from planlint.ruledef import Methodology, Rule

PROJECT = "planlint"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def planlint_rules() -> Sequence[Rule]:
    """Return the rules this plugin adds (objects made by :func:`planlint.rule`).

    Codes and names must be unique across all plugins; a clash is reported against the
    plugin registered later and its clashing rule is left out.
    """
    raise NotImplementedError


@hookspec
def planlint_methodologies() -> Sequence[Methodology]:
    """Return the methodologies this plugin's rules belong to (:class:`planlint.Methodology`).

    A methodology's rules judge plans written in its way (key results that are results,
    objectives in four perspectives) and would be wrong about plans written in another,
    so a rule made with ``methodology=NAME`` runs only on the plans that say they follow
    it (``plan: methodology: NAME`` or one of its aliases), on every plan of a project
    whose config lists the plugin under ``enable-plugins``, and when the config selects
    the rule by its code, name or code prefix. A methodology may also waive other
    plugins' rules whose practice it rejects on purpose (``waives``): they do not run on
    its plans unless the config selects them. Where two plugins declare one name, the one
    registered first is used.
    """
    raise NotImplementedError


@hookspec
def planlint_loaders() -> Sequence[Loader]:
    """Return file formats this plugin can read, each claiming file suffixes.

    A loader turns text into plain data and a position map, and never runs code the text
    names.
    """
    raise NotImplementedError


@hookspec
def planlint_reporters() -> Sequence[Reporter]:
    """Return output formats for ``planlint check --format NAME``."""
    raise NotImplementedError
