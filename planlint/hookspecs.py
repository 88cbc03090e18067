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
    from planlint.ruledef import Rule

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
