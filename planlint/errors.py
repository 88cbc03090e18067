"""Errors that stop a run before any plan is checked (exit code 2), and how a validation
error is said in planlint's words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planlint.limits import MAX_SHOWN, shown
from planlint.patterns import LazyPattern
from planlint.spelling import meant

if TYPE_CHECKING:
    from pathlib import Path

    from pydantic_core import ErrorDetails


class UsageError(Exception):
    """A mistake in how planlint was called or configured: a missing file, a bad option.

    ``where`` is ``file:line:column`` (or just the file) when the mistake is in a file.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
        self.where = where


class RuleFileMissingError(UsageError):
    """A rule file that is not there, or is no file: :attr:`path` is the name asked
    for, so that what asked for it (a config's ``rule-files`` entry) can say where."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


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


def failure(error: BaseException) -> str:
    """An error that is no fault of the input, in one line: its type, message and the
    place it was raised (the one way planlint reports a crash, a plugin's or its own)."""
    return f"{said(error, 300)}{place(error)}"


#: What a mapping the plan format expects looks like, by the model that reads it.
_SHAPES = {"Measurement": "{{value: {value}, date: 2026-12-31}}",
           "Actual": "{{date: 2026-03-31, value: {value}}}",
           "Horizon": "{{start: {start}-01-01, end: {end}-12-31}}"}
#: (Patterns here are compiled when a value is first found wrong: most checks find none.)
#: A figure written with its unit, scale or thousands separators: ``35%``, ``$1,200``,
#: ``100 000``, ``1.5M``, ``12 km``.
_FIGURE = LazyPattern(r"^(?:(?P<currency>[$€£¥])\s*)?(?P<digits>[+-]?(?:\d{1,3}(?:[ ,'_]\d{3})+|"
                     r"\d+)(?:\.\d+)?)\s*(?P<unit>\S.*)?$")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "million": 1e6,
           "b": 1e9, "bn": 1e9, "billion": 1e9}
_YEARS = LazyPattern(r"^((?:19|20)\d\d)\s*[-\u2013/]\s*((?:19|20)\d\d)$")
#: Longest text read as a figure or a span of years: longer text is neither and is not
#: searched (a value of 100,000 spaces must not cost the patterns' backtracking).
_FIGURE_CHARS = 80


def _short(found: object) -> str | None:
    """``found`` stripped, if it is text short enough to be a figure or a span of years."""
    return found.strip() if isinstance(found, str) and len(found) <= _FIGURE_CHARS else None


def explain(error: ErrorDetails) -> str:
    """A pydantic error as planlint says it: what is expected, and what was found."""
    found = error.get("input")
    kind = error["type"]
    if kind == "model_type":
        return f"should be a mapping such as {_shape(error, found)} (found {shown(found)})"
    short = _short(found)
    figure = _FIGURE.match(short) if short is not None else None
    if kind == "float_type" and figure is not None:
        return f"should be a number (found {shown(found)}): {_plain(figure)}"
    if kind == "literal_error" and isinstance(found, str):
        choices = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        return (f"should be {error.get('ctx', {}).get('expected')} (found {shown(found)})"
                f"{meant(found, choices)}")
    if kind == "bool_parsing":
        return f"should be true or false (found {shown(found)})"
    if kind in ("list_type", "tuple_type"):
        return f"should be a list, such as {_list_of(error, found)} (found {shown(found)})"
    if kind == "string_type" and isinstance(found, dict | list):
        what = (f"a mapping of {', '.join(str(key) for key in list(found)[:4])}"
                if isinstance(found, dict) and found else
                f"a list of {len(found)}" if isinstance(found, list) else "an empty mapping")
        return f"should be one value written as text, such as an item's id (found {what})"
    message = "is required" if kind == "missing" else error["msg"]
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


def _shape(error: ErrorDetails, found: object) -> str:
    """The mapping a model expects, filled in with what was found where it fits."""
    shape = _SHAPES.get(str(error.get("ctx", {}).get("class_name")))
    if shape is None:
        return "{field: value, ...} of its fields"
    short = _short(found)
    years = _YEARS.match(short) if short is not None else None
    figure = _FIGURE.match(short) if short is not None else None
    value: object = found if isinstance(found, int | float) and not isinstance(found, bool) \
        else re.sub(r"[ ,'_]", "", figure["digits"]) if figure else 35
    return shape.format(value=value, start=years[1] if years else 2025,
                        end=years[2] if years else 2030)


def _plain(figure: re.Match[str]) -> str:
    """What to write for a figure given with its unit, scale or separators."""
    digits = re.sub(r"[ ,'_]", "", figure["digits"])
    unit = (figure["unit"] or "").strip()
    scale = _SCALES.get(unit.lower())
    if scale is not None:
        whole = float(digits) * scale
        plain = f"{whole:.0f}" if whole.is_integer() else repr(whole)
        return (f"write {plain} as a plain number, or {digits} with the scale in the "
                "metric's unit or the budget's currency (USD m)")
    apart = unit or figure["currency"]
    return (f"write {digits} as a plain number" +
            (f" and state {apart!r} apart (a metric's unit, a budget's currency)"
             if apart else ""))


def _list_of(error: ErrorDetails, found: object) -> str:
    """An example of the list a field takes, with what was found in it."""
    field = str(error["loc"][-1]) if error["loc"] else ""
    if field in ("actuals", "targets"):
        value = found if isinstance(found, int | float) and not isinstance(found, bool) else 12
        return f"[{{date: 2026-03-31, value: {value}}}]"
    short = isinstance(found, str) and len(found) <= MAX_SHOWN
    number = isinstance(found, int) and not isinstance(found, bool)
    return f"[{found}]" if short or number else "[...]"
