"""Errors that stop a run before any plan is checked (exit code 2), and how a validation
error is said in planlint's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planlint.limits import shown

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails


class UsageError(Exception):
    """A mistake in how planlint was called or configured: a missing file, a bad option.

    ``where`` is ``file:line:column`` (or just the file) when the mistake is in a file.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
        self.where = where


def said(error: BaseException, limit: int = 200) -> str:
    """``Type: message`` of an error (the message cut to ``limit`` characters), even of
    one whose message cannot be made."""
    try:
        return f"{type(error).__name__}: {str(error)[:limit]}"
    except Exception:
        return f"{type(error).__name__} (its message cannot be shown)"


def place(error: BaseException) -> str:
    """`` at file:line`` of the innermost frame an error passed through; empty if none."""
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    return f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""


#: What a mapping the plan format expects looks like, by the model that reads it.
_SHAPES = {"Measurement": "{value: 35, date: 2026-12-31}",
           "Actual": "{date: 2026-03-31, value: 12}"}
#: A figure written with its unit or thousands separators: ``35%``, ``$1,200``, ``12 km``.
_FIGURE = re.compile(r"^\s*(?P<currency>[$€£¥])?\s*(?P<digits>[+-]?\d[\d,]*(?:\.\d+)?)"
                     r"\s*(?P<unit>\S.*)?$")


def explain(error: ErrorDetails) -> str:
    """A pydantic error as planlint says it: what is expected, and what was found."""
    found = error.get("input")
    if error["type"] == "model_type":
        shape = _SHAPES.get(str(error.get("ctx", {}).get("class_name")))
        return (f"should be a mapping such as {shape} (found {shown(found)})" if shape
                else f"should be a mapping of its fields (found {shown(found)})")
    figure = _FIGURE.match(found) if isinstance(found, str) else None
    if error["type"] == "float_type" and figure is not None:
        unit = figure["unit"] or figure["currency"]
        apart = (f" and state {unit!r} apart (a metric's unit, a budget's currency)" if unit
                 else "")
        return (f"should be a number (found {shown(found)}): write "
                f"{figure['digits'].replace(',', '')} as a plain number{apart}")
    message = "is required" if error["type"] == "missing" else error["msg"]
    for prefix in ("Value error, ", "Input should be "):
        if message.startswith(prefix):
            message = message[len(prefix):]
            if prefix == "Input should be ":
                message = "should be " + message
    if error["type"] == "string_pattern_mismatch":
        message = ("ids start with a letter or digit and use only letters, digits, "
                   "'.', '_' and '-'")
    if error["type"] not in ("missing", "value_error") and not isinstance(found, dict | list):
        message += f" (found {shown(found)})"
    return message
