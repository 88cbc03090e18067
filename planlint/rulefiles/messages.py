"""Message templates of rule files: ``"budget {id} names no cost center"``.

A template names the item's ``{id}``, ``{title}``, ``{label}``, ``{name}``, ``{kind}``,
its fields by plan-file key (``{amount}``, ``{x-cost-center}``) and, for an ``edges``
requirement, the ``{count}`` found. Names are checked when the rule file loads; attribute
access, indexing, conversions and format specs are refused, and values are filled in as
plain text with ``str.format_map``, so a template can never reach into Python objects.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from planlint.model import Node
from planlint.rulefiles import fields
from planlint.rulefiles.conditions import SpecError, text_of
from planlint.wording import article

_ITEM_NAMES = ("id", "kind", "label", "title", "name")


def _names(kind: str, counts: bool) -> dict[str, fields.Field | None]:
    """Every name a template for ``kind`` may use; ``None`` marks the computed ones."""
    names: dict[str, fields.Field | None] = {
        key: spec for key, spec in fields.FIELDS[kind].items()
        if "." not in key and spec.shape != "records"}
    if kind == "initiative":  # {kind} is the item's kind; the initiative's own is {type}
        names["type"] = names.pop("kind")
    names.update(dict.fromkeys(("id", "kind", "label"), None))
    if counts:
        names["count"] = None
    return names


def _render(value: Any) -> str:
    if fields.is_absent(value):
        return "none"
    if isinstance(value, list | tuple):
        return ", ".join(text_of(each) for each in value)
    if isinstance(value, BaseModel):
        point = getattr(value, "value", None)
        when = getattr(value, "date", None)
        return text_of(point) + (f" on {text_of(when)}" if when is not None else "")
    return text_of(value)


@dataclass(frozen=True, slots=True)
class Message:
    """A checked template and how to fill in each name it uses."""

    template: str
    used: tuple[tuple[str, fields.Field | None], ...]

    def render(self, node: Node, count: int | None = None) -> str:
        values: dict[str, str] = {}
        for name, spec in self.used:
            if spec is not None:
                values[name] = _render(spec.read(node))
            elif name == "id":
                values[name] = node.id
            elif name == "kind":
                values[name] = node.kind
            elif name == "label":
                values[name] = getattr(node, "title", None) or getattr(
                    node, "name", None) or node.id
            else:
                values[name] = "none" if count is None else str(count)
        return self.template.format_map(values)


def compile_message(template: str, kind: str, counts: bool, pointer: str) -> Message:
    """Check a template against the names ``kind`` offers; a mistake is a SpecError."""
    names = _names(kind, counts)
    used: dict[str, fields.Field | None] = {}
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        raise SpecError(pointer, f"message: {error}; write {{{{ and }}}} for literal "
                        "braces") from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name == "" or name.isdigit():
            raise SpecError(pointer, "message: name what to show inside the braces, such "
                            "as {id}")
        if any(mark in name for mark in ".[]"):
            raise SpecError(pointer, f"message: {{{name}}} is not allowed; a template "
                            "names a field ({id}, {amount}), with no attribute access or "
                            "indexing")
        if conversion or spec:
            raise SpecError(pointer, f"message: write {{{name}}} alone; conversions (!r) "
                            "and format specs (:>10) are not supported")
        if name == "count" and not counts:
            raise SpecError(pointer, "message: {count} is only known for an edges "
                            "requirement")
        if name.startswith("x-") and len(name) > 2:
            used[name] = fields.field(kind, name)
            continue
        if name not in names:
            known = sorted(names)
            raise SpecError(pointer, f"message: {article(kind)} has no {{{name}}}"
                            f"{fields.suggest(name, known)}; use one of "
                            f"{', '.join('{' + each + '}' for each in known)}")
        used[name] = names[name]
    return Message(template, tuple(used.items()))
