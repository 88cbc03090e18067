"""A plugin whose rule writes to standard output; used by test_server, whose protocol
runs over standard output."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import planlint
from planlint.finding import Finding


@planlint.rule(code="NOISY001", name="prints", category="structure", severity="info")
def prints(plan: Any) -> Iterator[Finding]:
    """Prints, and writes to file descriptor 1, instead of finding anything."""
    print("a rule printing")
    os.write(1, b"a rule writing to file descriptor 1\n")
    yield from ()


@planlint.hookimpl
def planlint_rules() -> list[planlint.Rule]:
    return [prints]
