"""What rule files can read from an item: its fields by plan-file key, and their types.

Fields are named as they are in plan files (an initiative's ``kind``, not the Python
attribute ``type``), ``x-`` keys read the item's custom attributes, and a dotted path
reads into a ``{value, date}`` mapping (``target.value``, ``horizon.end``).
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from planlint.model import KINDS, SECTIONS, Node, PlanInfo
from planlint.suggest import did_you_mean

#: The kinds a rule can be ``for``: every item kind, and the plan itself.
SUBJECTS: dict[str, type[Node]] = {**KINDS, "plan": PlanInfo}

Shape = Literal["text", "number", "date", "bool", "choice", "mapping", "records", "free"]


@dataclass(frozen=True, slots=True)
class Field:
    """One readable field: its plan-file key, Python attribute path, shape and, for a
    field with fixed values, those values. ``many`` marks a list of such values."""

    key: str
    attributes: tuple[str, ...]
    shape: Shape
    many: bool = False
    choices: tuple[str, ...] = ()

    def read(self, node: Node) -> Any:
        """The field's value on ``node`` (``None`` when absent)."""
        value: Any = node
        if self.key.startswith("x-"):
            extra: dict[str, Any] = getattr(node, "extra", {})
            return extra.get(self.key)
        for attribute in self.attributes:
            value = getattr(value, attribute, None)
            if value is None:
                return None
        return value


def kind_of(word: str) -> str | None:
    """The item kind a ``for``/``kind`` word names: a section (``goals``) or a kind."""
    if word in SUBJECTS:
        return word
    cls = SECTIONS.get(word)
    return cls.kind if cls is not None else None


def kind_words() -> list[str]:
    return sorted({*SECTIONS, *SUBJECTS})


def suggest(word: str, known: list[str] | tuple[str, ...] | set[str]) -> str:
    """`` (did you mean 'x'?)`` for the nearest known word, or nothing."""
    hint = did_you_mean(word, known)
    return f" ({hint})" if hint else ""


def _shape(annotation: Any) -> tuple[Shape, bool, tuple[str, ...]]:
    """The shape of a model field's annotation, whether it is a list, and its choices."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _shape(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        parts = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        shapes = [_shape(part) for part in parts]
        many = any(found[1] for found in shapes)
        choices = tuple(c for found in shapes for c in found[2])
        listed = [found for found in shapes if found[1]] or shapes
        return (listed[0][0], many, choices)
    if origin is tuple:
        inner = _shape(typing.get_args(annotation)[0])
        return ("records" if inner[0] == "mapping" else inner[0], True, inner[2])
    if origin is Literal:
        return ("choice", False, tuple(str(arg) for arg in typing.get_args(annotation)))
    if annotation is date:
        return ("date", False, ())
    if annotation in (float, int):
        return ("number", False, ())
    if annotation is bool:
        return ("bool", False, ())
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return ("mapping", False, ())
    return ("text", False, ())


def _fields_of(model: type[BaseModel], prefix: str = "",
               attributes: tuple[str, ...] = ()) -> dict[str, Field]:
    found: dict[str, Field] = {}
    for name, info in model.model_fields.items():
        if name == "extra":
            continue
        key = prefix + (info.alias or name)
        path = (*attributes, name)
        shape, many, choices = _shape(info.annotation)
        found[key] = Field(key, path, shape, many, choices)
        if shape == "mapping" and not many:
            nested = typing.get_args(info.annotation)
            model_type = next(arg for arg in nested if isinstance(arg, type)
                              and issubclass(arg, BaseModel))
            found.update(_fields_of(model_type, key + ".", path))
    return found


#: For each kind, its readable fields by plan-file key.
FIELDS: dict[str, dict[str, Field]] = {kind: _fields_of(cls) for kind, cls in
                                       SUBJECTS.items()}


def field(kind: str, key: str) -> Field | None:
    """The field ``key`` of ``kind``; any ``x-`` key is a field of free shape."""
    if key.startswith("x-") and len(key) > 2:
        return Field(key, (), "free")
    return FIELDS[kind].get(key)


def is_absent(value: Any) -> bool:
    """Absent: missing, ``null``, an empty list or an empty string."""
    return value is None or value == [] or value == () or value == ""
