"""The JSON Schema of the plan format, generated from the pydantic models.

Editors use it for completion and early errors (``# yaml-language-server: $schema=…``).
It says what the loader accepts: numbers where text is expected (``period: 2025`` is
read as text), ids as strings or whole numbers, dates and cadences as strings, ``x-``
keys on items, the plan and the top level, and no other unknown key. Goals list metrics
by id or define them inline.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from planlint.model import (
    CADENCES,
    EVENT_CADENCES,
    ID_PATTERN,
    ITEM_TYPES,
    REVIEW_EVENT_CADENCES,
    Change,
    Metric,
    PlanInfo,
    Review,
    Waiver,
)

SCHEMA_ID = "https://planlint.dev/schema/plan-1.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
_DURATION = r"^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$"
_X_KEYS = {"^x-": {"description": "a custom attribute, which rules can read"}}
_ID_REF = {"$ref": "#/$defs/Id"}
_SECTIONS = {
    "units": "organization units",
    "people": "persons, and whether they are part of the leadership team",
    "goals": "objectives at any level, cascaded through parent",
    "metrics": "measures, KPIs and key results",
    "initiatives": "projects and programs that execute goals",
    "budgets": "budget lines and what they fund",
    "reviews": "review forums and how often they meet",
    "assumptions": "assumptions the strategy rests on, and how they are tested",
    "communications": "how the strategy is communicated, to whom",
}


def _adapt(node: Any, key: str | None = None) -> Any:
    """Rewrite pydantic's schema for what a plan file may contain (see module doc)."""
    if isinstance(node, list):
        return [_adapt(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node == {"type": "string", "pattern": ID_PATTERN}:
        return dict(_ID_REF)
    if node == {"type": "string"}:
        return {"type": ["string", "number"]}
    adapted: dict[str, Any] = {}
    for name, value in node.items():
        if name == "properties":
            adapted[name] = {prop: _property(prop, schema) for prop, schema in value.items()
                             if prop != "extra"}
        else:
            adapted[name] = _adapt(value, name)
    if "extra" in node.get("properties", {}):
        adapted["patternProperties"] = _X_KEYS
    return adapted


#: Fields whose values have a definition of their own under ``$defs``.
_TYPED = {"cadence": "Cadence", "reporting_lag": "Duration"}


def _property(name: str, schema: dict[str, Any]) -> Any:
    schema = {key: value for key, value in schema.items() if key != "title"}
    if name in _TYPED:
        return {**{k: v for k, v in schema.items() if k != "anyOf"},
                "anyOf": [{"$ref": f"#/$defs/{_TYPED[name]}"}, {"type": "null"}]}
    return _adapt(schema)


def plan_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a plan file, format version 1."""
    models: list[type[BaseModel]] = [*ITEM_TYPES, PlanInfo, Waiver, Change]
    _, generated = models_json_schema([(model, "validation") for model in models],
                                      ref_template="#/$defs/{model}")
    definitions: dict[str, Any] = {name: _adapt(schema)
                                   for name, schema in generated["$defs"].items()}
    definitions["Goal"]["properties"]["metrics"]["items"] = {
        "anyOf": [dict(_ID_REF), {"$ref": f"#/$defs/{Metric.__name__}"}],
        "description": "a metric id, or a metric defined here"}
    definitions["Id"] = {
        "description": "an id unique across the plan: a letter or digit, then letters, "
                       "digits, '.', '_' or '-'",
        "anyOf": [{"type": "string", "pattern": ID_PATTERN}, {"type": "integer", "minimum": 0}]}
    definitions["Cadence"] = {
        "description": "how often: a named cadence or an ISO 8601 duration such as P2W",
        "type": "string",
        "anyOf": [{"enum": list(CADENCES)}, {"pattern": _DURATION}]}
    # a metric is also read once or per event, and a review may be held per event
    for model, events, what in ((Metric, EVENT_CADENCES, "when what it measures is complete "
                                 "or after each event it counts"),
                                (Review, REVIEW_EVENT_CADENCES, "at each event its title or "
                                 "description names")):
        name = f"{model.__name__}Cadence"
        definitions[name] = {
            "description": f"a cadence, or {' or '.join(events)}, {what}",
            "anyOf": [{"$ref": "#/$defs/Cadence"}, {"enum": list(events)}]}
        definitions[model.__name__]["properties"]["cadence"]["anyOf"][0] = {
            "$ref": f"#/$defs/{name}"}
    definitions["Duration"] = {
        "description": "a length of time as an ISO 8601 duration such as P45D or P2M",
        "type": "string", "pattern": _DURATION}

    def section(model: str, what: str) -> dict[str, Any]:
        return {"description": what, "type": ["array", "null"],
                "items": {"$ref": f"#/$defs/{model}"}}

    properties: dict[str, Any] = {
        "planlint": {"description": "the format version", "const": 1},
        "plan": {"$ref": "#/$defs/PlanInfo"},
        "include": {"description": "globs of further plan files, relative to this one",
                    "anyOf": [{"type": "string"},
                              {"type": "array", "items": {"type": "string"}}]},
        **{cls.section: section(cls.__name__, _SECTIONS[cls.section]) for cls in ITEM_TYPES},
        "waivers": section(Waiver.__name__, "accepted exceptions: a rule's findings on one "
                                            "item, hidden until the waiver expires"),
        "changes": section(Change.__name__, "recorded adjustments of the plan: which item's "
                                            "field changed, from what to what, why and who "
                                            "approved it"),
    }
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": "planlint plan file, format version 1",
        "description": "A strategic plan as data: goals, metrics, owners, budgets, "
                       "initiatives, reviews, assumptions, communications and units.",
        "type": "object",
        "required": ["planlint"],
        "properties": properties,
        "patternProperties": _X_KEYS,
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }
