"""Reporters turn a report into text for a reader: a person, CI, an editor, a tool."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planlint.report import Report


@dataclass(frozen=True, slots=True)
class Reporter:
    """An output format: its name for ``--format``, a description and its renderer.

    ``render(report, color)`` returns the whole output; ``color`` says whether the
    reader is a terminal that shows colour.
    """

    name: str
    description: str
    render: Callable[[Report, bool], str]
