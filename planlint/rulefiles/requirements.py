"""Requirements of rule files: what must hold for each item a rule is ``for``.

``field`` (present, or passing operators), ``edges`` (references counted over one
relation), ``reaches`` (a path of references to an item of some kind), and ``all``,
``any`` and ``not`` of those. Each requirement is *prepared* once per plan (``reaches``
computes, in one pass over the graph, every item that reaches a target) and then asked
about each item.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from planlint.finding import Related
from planlint.model import REFERENCES, Item, Node
from planlint.plan import Plan
from planlint.positions import pointer_join
from planlint.rulefiles import fields
from planlint.rulefiles.conditions import (
    Condition,
    Context,
    SpecError,
    Test,
    compile_condition,
    compile_tests,
    field_of,
)
from planlint.wording import article

KINDS_OF_REQUIREMENT = ("field", "edges", "reaches", "all", "any", "not")
#: The links a ``reaches`` path follows when ``via`` is not given: the cascade.
DEFAULT_VIA = ("funds", "supports", "parent")
_REFERENCE_FIELDS = sorted({ref.field for refs in REFERENCES.values() for ref in refs})


@dataclass(frozen=True, slots=True)
class Outcome:
    """Whether a requirement holds for one item, and what a finding about it can show."""

    ok: bool
    count: int | None = None
    field: str | None = None
    related: tuple[Related, ...] = ()


Check = Callable[[Node], Outcome]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EdgesSpec(_Spec):
    rel: str = Field(description="the reference field counted")
    direction: Literal["out", "in"] = Field("out", description="out: references this item "
                                            "makes; in: items whose field refers to it")
    kind: str | None = Field(None, description="count only items of this kind")
    min: int | None = Field(None, ge=0, description="fewest allowed (default 1)")
    max: int | None = Field(None, ge=0, description="most allowed")
    where: Any = Field(None, description="count only items that pass this condition")


class ViaSpec(_Spec):
    rel: str
    direction: Literal["out", "in"] = "out"


class ReachesSpec(_Spec):
    kind: str = Field(description="the kind of item a path must reach")
    where: Any = Field(None, description="the condition that item must pass")
    via: list[str | ViaSpec] | None = Field(None, description="the links a path follows")


def _validate(model: type[_Spec], raw: Any, pointer: str, what: str) -> Any:
    if not isinstance(raw, dict):
        raise SpecError(pointer, f"{what} takes a mapping ({', '.join(model.model_fields)})")
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        where = pointer
        for part in detail["loc"]:
            where = pointer_join(where, part)
        key = str(detail["loc"][-1]) if detail["loc"] else what
        if detail["type"] == "extra_forbidden":
            known = list(model.model_fields)
            raise SpecError(where, f"{what} has no key {key!r}{fields.suggest(key, known)}; its "
                            f"keys are {', '.join(known)}") from None
        if detail["type"] == "missing":
            raise SpecError(pointer, f"{what} needs {key}") from None
        raise SpecError(where, f"{what}: {key}: {detail['msg']}") from None


def _kind(word: str, pointer: str) -> str:
    kind = fields.kind_of(word)
    if kind is None:
        hint = fields.suggest(word, fields.kind_words())
        raise SpecError(pointer, f"unknown kind {word!r}{hint}; kinds are "
                        f"{', '.join(sorted(fields.SUBJECTS))}")
    return kind


# -- requirements ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldRequirement:
    field: fields.Field
    tests: tuple[Test, ...]

    def prepare(self, plan: Plan, context: Context) -> Check:
        def check(node: Node) -> Outcome:
            value = self.field.read(node)
            ok = not fields.is_absent(value) and all(test.holds(value, context)
                                                for test in self.tests)
            where = self.field.key.replace(".", "/") if not fields.is_absent(value) else None
            return Outcome(ok, field=where)

        return check


@dataclass(frozen=True, slots=True)
class EdgesRequirement:
    rel: str
    direction: Literal["out", "in"]
    kinds: frozenset[str]
    low: int
    high: int | None
    where: Condition | None

    def prepare(self, plan: Plan, context: Context) -> Check:
        def counted(item: Item) -> bool:
            return item.kind in self.kinds and (
                self.where is None or self.where.holds(item, context))

        def check(node: Node) -> Outcome:
            if self.direction == "out":
                others = plan.refs(node, self.rel)
            else:
                others = plan.referrers(node, self.rel) if isinstance(node, Item) else []
            unique = {item.id: item for item in others if counted(item)}
            count = len(unique)
            ok = count >= self.low and (self.high is None or count <= self.high)
            related = () if ok or self.high is None or count <= self.high else tuple(
                item.related(f"{item.kind} {item.id} is one of the {count}")
                for item in unique.values())
            field = self.rel if self.direction == "out" and not fields.is_absent(
                getattr(node, self.rel, None)) else None
            return Outcome(ok, count, field, related)

        return check


@dataclass(frozen=True, slots=True)
class ReachesRequirement:
    kind: str
    where: Condition | None
    via: tuple[tuple[str, Literal["out", "in"]], ...]

    def prepare(self, plan: Plan, context: Context) -> Check:
        reaching = self.reaching(plan, context)
        return lambda node: Outcome(node.id in reaching)

    def reaching(self, plan: Plan, context: Context) -> frozenset[str]:
        """Ids of every item with a path of one or more steps to a target: one backward
        search from all targets at once, over the ``via`` links."""
        outward = {rel for rel, direction in self.via if direction == "out"}
        inward = {rel for rel, direction in self.via if direction == "in"}
        before: dict[str, list[str]] = defaultdict(list)  # node -> nodes one step before
        for edge in plan.edges:
            if edge.resolved is None or not isinstance(edge.source, Item):
                continue
            if edge.field in outward:
                before[edge.target].append(edge.source.id)
            if edge.field in inward:
                before[edge.source.id].append(edge.target)
        targets = [item.id for item in plan.items if item.kind == self.kind and (
            self.where is None or self.where.holds(item, context))]
        reached: set[str] = set()
        expanded = set(targets)
        queue = deque(targets)
        while queue:
            for previous in before.get(queue.popleft(), ()):
                reached.add(previous)
                if previous not in expanded:
                    expanded.add(previous)
                    queue.append(previous)
        return frozenset(reached)


@dataclass(frozen=True, slots=True)
class Combined:
    mode: Literal["all", "any", "not"]
    parts: tuple[Requirement, ...]

    def prepare(self, plan: Plan, context: Context) -> Check:
        checks = [part.prepare(plan, context) for part in self.parts]

        def check(node: Node) -> Outcome:
            outcomes = [each(node) for each in checks]
            if self.mode == "not":
                return Outcome(not outcomes[0].ok)
            ok = all(o.ok for o in outcomes) if self.mode == "all" else any(
                o.ok for o in outcomes)
            failed = [o for o in outcomes if not o.ok]
            first = failed[0] if failed and self.mode == "all" else Outcome(ok)
            return Outcome(ok, first.count, first.field, first.related)

        return check


Requirement = FieldRequirement | EdgesRequirement | ReachesRequirement | Combined


# -- reading requirements -------------------------------------------------------------


def compile_requirement(kind: str, raw: Any, pointer: str) -> Requirement:
    """A requirement over items of ``kind`` from plain data."""
    if not isinstance(raw, dict):
        raise SpecError(pointer, "require takes a mapping with one of "
                        f"{', '.join(KINDS_OF_REQUIREMENT)}")
    if "field" in raw:
        return _field_requirement(kind, raw, pointer)
    if len(raw) != 1:
        named = [key for key in raw if key in KINDS_OF_REQUIREMENT]
        if len(named) > 1:
            raise SpecError(pointer, f"require names {' and '.join(named)}; give one, or "
                            "combine them with all: [...] or any: [...]")
        unknown = next(str(key) for key in raw if key not in KINDS_OF_REQUIREMENT)
        raise SpecError(pointer_join(pointer, unknown), _unknown_requirement(unknown))
    key, value = next(iter(raw.items()))
    where = pointer_join(pointer, key)
    if key == "edges":
        return _edges(kind, value, where)
    if key == "reaches":
        return _reaches(value, where)
    if key in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise SpecError(where, f"{key} takes a list of requirements")
        return Combined(key, tuple(compile_requirement(kind, each, f"{where}/{index}")
                                   for index, each in enumerate(value)))
    if key == "not":
        return Combined("not", (compile_requirement(kind, value, where),))
    raise SpecError(where, _unknown_requirement(str(key)))


def _unknown_requirement(key: str) -> str:
    return (f"unknown requirement {key!r}{fields.suggest(key, KINDS_OF_REQUIREMENT)}; require "
            f"takes one of {', '.join(KINDS_OF_REQUIREMENT)}")


def _field_requirement(kind: str, raw: dict[str, Any], pointer: str) -> FieldRequirement:
    key = raw["field"]
    where = pointer_join(pointer, "field")
    if not isinstance(key, str):
        raise SpecError(where, "field takes the name of a field, such as owner or x-cost-center")
    spec = field_of(kind, key, where)
    operators = {name: value for name, value in raw.items() if name != "field"}
    if "exists" in operators:
        raise SpecError(pointer_join(pointer, "exists"), f"field: {key} already requires it "
                        f"to be present; to require it absent, write not: {{field: {key}}}")
    tests = compile_tests(spec, operators, pointer) if operators else ()
    return FieldRequirement(spec, tests)


def _edges(kind: str, raw: Any, pointer: str) -> EdgesRequirement:
    spec: EdgesSpec = _validate(EdgesSpec, raw, pointer, "edges")
    rel_at = pointer_join(pointer, "rel")
    if spec.direction == "out":
        refs = {ref.field: ref.kinds for ref in REFERENCES[kind]}
        if spec.rel not in refs:
            raise SpecError(rel_at, f"{kind} has no reference field {spec.rel!r}"
                            f"{fields.suggest(spec.rel, list(refs))}; its references are "
                            f"{', '.join(refs) or 'none'}")
        others = set(refs[spec.rel])
    else:
        others = {source for source, refs in REFERENCES.items() for ref in refs
                  if ref.field == spec.rel and kind in ref.kinds}
        if not others:
            pointing = sorted({ref.field for refs in REFERENCES.values() for ref in refs
                               if kind in ref.kinds})
            raise SpecError(rel_at, f"no field named {spec.rel!r} refers to {article(kind)}"
                            f"{fields.suggest(spec.rel, pointing)}; fields that do: "
                            f"{', '.join(pointing) or 'none'}")
    if spec.kind is not None:
        chosen = _kind(spec.kind, pointer_join(pointer, "kind"))
        if chosen not in others:
            raise SpecError(pointer_join(pointer, "kind"), f"{spec.rel} ({spec.direction}) "
                            f"links {article(kind)} only to {', '.join(sorted(others))}")
        others = {chosen}
    where = None
    if spec.where is not None:
        if len(others) != 1:
            raise SpecError(pointer_join(pointer, "where"), f"{spec.rel} links to "
                            f"{' and '.join(sorted(others))}; name one with kind: to filter")
        where = compile_condition(next(iter(others)), spec.where,
                                  pointer_join(pointer, "where"))
    low = spec.min if spec.min is not None else (1 if spec.max is None else 0)
    if spec.max is not None and spec.max < low:
        raise SpecError(pointer_join(pointer, "max"), f"max {spec.max} is below min {low}")
    return EdgesRequirement(spec.rel, spec.direction, frozenset(others), low, spec.max, where)


def _reaches(raw: Any, pointer: str) -> ReachesRequirement:
    spec: ReachesSpec = _validate(ReachesSpec, raw, pointer, "reaches")
    kind = _kind(spec.kind, pointer_join(pointer, "kind"))
    where = None if spec.where is None else compile_condition(
        kind, spec.where, pointer_join(pointer, "where"))
    steps: list[tuple[str, Literal["out", "in"]]] = []
    for index, step in enumerate(spec.via if spec.via is not None else DEFAULT_VIA):
        rel: str = step if isinstance(step, str) else step.rel
        direction: Literal["out", "in"] = "out" if isinstance(step, str) else step.direction
        if rel not in _REFERENCE_FIELDS:
            raise SpecError(pointer_join(pointer, "via") + f"/{index}",
                            f"no item has a reference field {rel!r}"
                            f"{fields.suggest(rel, _REFERENCE_FIELDS)}; reference fields are "
                            f"{', '.join(_REFERENCE_FIELDS)}")
        steps.append((rel, direction))
    return ReachesRequirement(kind, where, tuple(steps))
