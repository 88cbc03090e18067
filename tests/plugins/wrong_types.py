"""A plugin whose loader and output formats return the wrong types."""

from __future__ import annotations

from typing import Any

import planlint
from planlint.loaders import Loader
from planlint.reporters import Reporter


def _number(text: str) -> Any:
    return 42


@planlint.hookimpl
def planlint_loaders() -> list[Loader]:
    return [Loader("weird", (".weird",), _number)]


@planlint.hookimpl
def planlint_reporters() -> list[Reporter]:
    return [Reporter("as-bytes", "text as bytes", lambda report, color: b"findings"),
            Reporter("as-nothing", "no text", lambda report, color: None)]
