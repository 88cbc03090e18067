"""Conditions of rule files: field tests combined with ``all``, ``any`` and ``not``.

A condition is read from plain data once, when its rule file loads, into a small tree of
frozen objects; every mistake is a :class:`SpecError` naming the JSON pointer of the
offending node. Evaluating the tree only compares values: nothing in a rule file is
ever run as code.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

from planlint.model import Node
from planlint.positions import pointer_join
from planlint.rulefiles import fields
from planlint.rulefiles.regex import Pattern, PatternError

#: Operand that stands for the plan's as-of date in date comparisons.
AS_OF = "as-of"

Scalar = Annotated[str, Strict()] | Annotated[bool, Strict()] | Annotated[int, Strict()] | \
    Annotated[float, Strict()] | Annotated[date, Strict()]


class SpecError(Exception):
    """A mistake in a rule file at the JSON pointer ``pointer``."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.message = message


class Operators(BaseModel):
    """The operators a field test may use; several in one test must all hold."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    eq: Scalar | None = Field(None, description="equals")
    ne: Scalar | None = Field(None, description="differs from (or is absent)")
    in_: list[Scalar] | None = Field(None, alias="in", description="is one of")
    not_in: list[Scalar] | None = Field(None, description="is none of (or is absent)")
    gt: Scalar | None = Field(None, description="greater than")
    ge: Scalar | None = Field(None, description="greater than or equal to")
    lt: Scalar | None = Field(None, description="less than")
    le: Scalar | None = Field(None, description="less than or equal to")
    exists: Annotated[bool, Strict()] | None = Field(None, description="is present")
    matches: Annotated[str, Strict()] | None = Field(None, description="regular expression")


OPERATOR_KEYS: tuple[str, ...] = tuple(info.alias or name
                                       for name, info in Operators.model_fields.items())
#: Spellings of operators from other languages, and the operator meant.
SYNONYMS = {"gte": "ge", "lte": "le", "neq": "ne", "nin": "not_in", "not-in": "not_in",
            "equals": "eq", "regex": "matches", "match": "matches", "exist": "exists"}


@dataclass(frozen=True, slots=True)
class Context:
    """What evaluation needs besides the item: the plan's as-of date."""

    as_of: date


# -- operands -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Operand:
    """A compared value, made to the field's shape when the rule file loads."""

    value: Any
    when: date | None = None  # the value as a date, for fields of free shape
    as_of: bool = False

    def resolve(self, context: Context) -> Any:
        return context.as_of if self.as_of else self.value


def _as_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def make_operand(spec: fields.Field, value: Any, pointer: str, op: str) -> Operand:
    """``value`` as an operand for ``spec``; a value the field can never hold is an error."""
    shape = spec.shape
    if shape == "free":
        if value == AS_OF:
            return Operand(value, None, True)
        return Operand(value, _as_date(value))
    if shape == "date":
        if value == AS_OF:
            return Operand(None, None, True)
        when = _as_date(value)
        if when is None:
            raise SpecError(pointer, f"{spec.key} is a date: compare it with an ISO date "
                            f"such as 2001-06-30, or with {AS_OF} (the plan's as-of date)")
        return Operand(when)
    if shape == "number":
        if not _number(value):
            raise SpecError(pointer, f"{spec.key} is a number: compare it with a number, "
                            f"not {value!r}")
        return Operand(float(value))
    if shape == "bool":
        if not isinstance(value, bool):
            raise SpecError(pointer, f"{spec.key} is true or false, not {value!r}")
        return Operand(value)
    if shape == "choice":
        if value not in spec.choices:
            raise SpecError(pointer, f"{spec.key} is one of {', '.join(spec.choices)}; "
                            f"{value!r} never matches{fields.suggest(str(value), spec.choices)}")
        return Operand(value)
    if isinstance(value, bool):
        raise SpecError(pointer, f"{spec.key} is text; compare it with text, not {value!r}")
    return Operand(str(value))


# -- comparing ------------------------------------------------------------------------


def _pair(value: Any, operand: Operand, context: Context) -> tuple[Any, Any] | None:
    """The value and the operand in a form they can be compared in, if there is one."""
    other = operand.resolve(context)
    if operand.as_of or operand.when is not None:
        when = _as_date(value)
        if when is not None:
            return (when, context.as_of if operand.as_of else operand.when)
        if operand.as_of:
            return None
    if _number(value) and _number(other):
        return (value, other)
    if isinstance(value, bool) or isinstance(other, bool):
        return (value, other) if type(value) is type(other) else None
    if isinstance(value, date) and isinstance(other, date):
        return (value, other)
    if isinstance(value, str | int | float) and isinstance(other, str | int | float):
        return (str(value), str(other))
    return None


def _equal(value: Any, operand: Operand, context: Context) -> bool:
    pair = _pair(value, operand, context)
    return pair is not None and pair[0] == pair[1]


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt, "ge": operator.ge, "lt": operator.lt, "le": operator.le}


def text_of(value: Any) -> str:
    """A value as text: dates in ISO form, whole numbers without ``.0``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True, slots=True)
class Test:
    """One operator with its operand(s)."""

    op: str
    operands: tuple[Operand, ...] = ()
    flag: bool = True
    pattern: Pattern | None = None

    def one(self, value: Any, context: Context) -> bool:
        """Whether one (non-list, present) value satisfies a positive operator."""
        if self.op == "eq":
            return _equal(value, self.operands[0], context)
        if self.op == "in":
            return any(_equal(value, each, context) for each in self.operands)
        if self.op == "matches":
            assert self.pattern is not None
            return not isinstance(value, dict) and self.pattern.search(text_of(value))
        pair = _pair(value, self.operands[0], context)
        if pair is None or isinstance(pair[0], str):
            return False
        return _ORDER[self.op](pair[0], pair[1])

    def holds(self, value: Any, context: Context) -> bool:
        """Lists match when any element does (``ne``/``not_in``: when none does)."""
        absent = fields.is_absent(value)
        if self.op == "exists":
            return absent != self.flag
        if self.op in ("ne", "not_in"):
            if absent:
                return True
            positive = Test("eq" if self.op == "ne" else "in", self.operands)
            values = value if isinstance(value, list | tuple) else [value]
            return not any(positive.one(each, context) for each in values)
        if absent:
            return False
        values = value if isinstance(value, list | tuple) else [value]
        return any(self.one(each, context) for each in values)


def compile_tests(spec: fields.Field, raw: Any, pointer: str) -> tuple[Test, ...]:
    """The operators of a field test (a mapping, or a plain value meaning ``eq``)."""
    if not isinstance(raw, dict):
        raw = {"eq": raw}
    try:
        given = Operators.model_validate(raw)
    except ValidationError as error:
        raise _operator_error(error, pointer) from None
    tests: list[Test] = []
    for name in given.model_fields_set:
        info = Operators.model_fields[name]
        op = info.alias or name
        value = getattr(given, name)
        where = pointer_join(pointer, op)
        if value is None:
            raise SpecError(where, f"{op} needs a value; to test for a missing field "
                            "write exists: false")
        tests.append(_test(spec, op, value, where))
    if not tests:
        raise SpecError(pointer, f"a field test needs an operator: {', '.join(OPERATOR_KEYS)}")
    return tuple(sorted(tests, key=lambda test: OPERATOR_KEYS.index(test.op)))


def _test(spec: fields.Field, op: str, value: Any, pointer: str) -> Test:
    if op == "exists":
        return Test(op, flag=bool(value))
    if spec.shape in ("mapping", "records"):
        raise SpecError(pointer, f"{spec.key} is a structure; test it with exists, or "
                        f"test one of its parts ({spec.key}.value, {spec.key}.date)"
                        if spec.shape == "mapping" else
                        f"{spec.key} is a list of records; test it with exists")
    if op == "matches":
        try:
            return Test(op, pattern=Pattern(value))
        except PatternError as error:
            raise SpecError(pointer, f"matches: {error}") from None
    if op in _ORDER and spec.shape in ("text", "choice", "bool"):
        raise SpecError(pointer, f"{spec.key} has no order; {op} compares numbers and "
                        "dates" + (", use in: [...] to test for several values"
                                   if spec.shape == "choice" else ""))
    values: Sequence[Any] = value if op in ("in", "not_in") else [value]
    operands = tuple(make_operand(spec, each, pointer, op) for each in values)
    return Test(op, operands)


def _operator_error(error: ValidationError, pointer: str) -> SpecError:
    detail = error.errors(include_url=False)[0]
    where = pointer
    for part in detail["loc"]:
        where = pointer_join(where, part)
    key = str(detail["loc"][0]) if detail["loc"] else ""
    if detail["type"] == "extra_forbidden":
        hint = (f" (did you mean {SYNONYMS[key]!r}?)" if key in SYNONYMS
                else fields.suggest(key, OPERATOR_KEYS))
        return SpecError(where, f"unknown operator {key!r}{hint}; operators are "
                         f"{', '.join(OPERATOR_KEYS)}")
    if key in ("in", "not_in"):
        return SpecError(where, f"{key} takes a list of plain values")
    if key in ("exists",):
        return SpecError(where, "exists takes true or false")
    return SpecError(where, f"{key} takes a plain value (text, number, date or true/false)")


# -- conditions -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldCondition:
    """A field's value passes every test."""

    field: fields.Field
    tests: tuple[Test, ...]

    def holds(self, node: Node, context: Context) -> bool:
        value = self.field.read(node)
        return all(test.holds(value, context) for test in self.tests)


@dataclass(frozen=True, slots=True)
class AllOf:
    parts: tuple[Condition, ...]

    def holds(self, node: Node, context: Context) -> bool:
        return all(part.holds(node, context) for part in self.parts)


@dataclass(frozen=True, slots=True)
class AnyOf:
    parts: tuple[Condition, ...]

    def holds(self, node: Node, context: Context) -> bool:
        return any(part.holds(node, context) for part in self.parts)


@dataclass(frozen=True, slots=True)
class NotOf:
    part: Condition

    def holds(self, node: Node, context: Context) -> bool:
        return not self.part.holds(node, context)


Condition = FieldCondition | AllOf | AnyOf | NotOf


def field_of(kind: str, key: str, pointer: str) -> fields.Field:
    """The field ``key`` of ``kind``, or a :class:`SpecError` suggesting the nearest."""
    found = fields.field(kind, key)
    if found is None:
        known = list(fields.FIELDS[kind])
        raise SpecError(pointer, f"{kind} has no field {key!r}{fields.suggest(key, known)}; "
                        "custom fields start with 'x-'")
    return found


def compile_condition(kind: str, raw: Any, pointer: str) -> Condition:
    """A condition over items of ``kind``: a mapping of fields (and all/any/not) to tests,
    every entry of which must hold."""
    if not isinstance(raw, dict) or not raw:
        raise SpecError(pointer, "a condition is a mapping of fields to tests, such as "
                        "{amount: {gt: 1000000}}, or of all/any/not")
    parts: list[Condition] = []
    for key, value in raw.items():
        where = pointer_join(pointer, key)
        if key in ("all", "any"):
            if not isinstance(value, list) or not value:
                raise SpecError(where, f"{key} takes a list of conditions")
            inner = tuple(compile_condition(kind, each, f"{where}/{index}")
                          for index, each in enumerate(value))
            parts.append(AllOf(inner) if key == "all" else AnyOf(inner))
        elif key == "not":
            parts.append(NotOf(compile_condition(kind, value, where)))
        else:
            spec = field_of(kind, str(key), where)
            parts.append(FieldCondition(spec, compile_tests(spec, value, where)))
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))
