"""Reading rule files: validated when loaded, turned into ordinary rules.

Any mistake (an unknown key, operator, kind or field, a bad pattern, a duplicate code) is
a :class:`~planlint.errors.UsageError` that points at its ``file:line:column`` and names
the nearest known word, so a typo stops the run instead of silently checking nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError
from pydantic_core import ErrorDetails

from planlint.errors import RuleFileMissingError, UsageError
from planlint.finding import Finding
from planlint.hookspecs import hookimpl
from planlint.loaders import Document, LoadError, wide_encoding
from planlint.model import KINDS, SECTIONS
from planlint.plan import Plan
from planlint.positions import pointer_join
from planlint.ruledef import CODE, NAME, Rule, RuleFunction, reads_as_code, rule
from planlint.rulefiles import fields
from planlint.rulefiles.conditions import Condition, Context, SpecError, compile_condition
from planlint.rulefiles.messages import Message, compile_message
from planlint.rulefiles.requirements import (
    EdgesRequirement,
    Outcome,
    Requirement,
    compile_requirement,
)

VERSION_KEY = "planlint-rules"
SUPPORTED_VERSIONS = (1,)
#: Largest rule file read, in bytes.
MAX_RULE_FILE_BYTES = 1024 * 1024


class RuleSpec(BaseModel):
    """One rule as written in a rule file (``where`` and ``require`` are read after)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    code: StrictStr = Field(description="unique code: capital letters then digits, ORG001")
    name: StrictStr = Field(description="unique name: lowercase words joined by '-'")
    category: StrictStr = Field(description="a lowercase word; selects the rule as a group")
    severity: Literal["error", "warning", "info"] = Field(description="default severity")
    message: StrictStr = Field(description="the finding's message template")
    for_: StrictStr = Field(alias="for", description="the kind of item checked: goals, ...")
    where: Any = Field(None, description="only items passing this condition are checked")
    require: Any = Field(None, description="what must hold; without it every item that "
                                           "passes where is a finding")
    description: StrictStr | None = Field(None, description="what the rule checks")
    why: StrictStr | None = Field(None, description="why it matters")
    fails: StrictStr | None = Field(None, description="a plan fragment the rule fires on")
    passes: StrictStr | None = Field(None, description="a plan fragment the rule passes")


class RuleFileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False)

    version: Any = Field(alias=VERSION_KEY)
    rules: list[Any]


RULE_KEYS = tuple(info.alias or name for name, info in RuleSpec.model_fields.items())


@dataclass(frozen=True, eq=False)
class RuleFile:
    """A loaded rule file: its rules, and where each rule's code stands in it."""

    path: Path
    name: str
    rules: tuple[Rule, ...]
    code_at: dict[str, str]

    @hookimpl
    def planlint_rules(self) -> list[Rule]:
        """A rule file registers its rules like any plugin."""
        return list(self.rules)


def _read(path: Path, name: str) -> Document:
    from planlint.loaders import json, toml, yaml

    loaders = {".yaml": yaml.load, ".yml": yaml.load, ".json": json.load, ".toml": toml.load}
    load = loaders.get(path.suffix.lower())
    if load is None:
        raise UsageError("a rule file is YAML (.yaml, .yml), JSON or TOML", name)
    try:
        if path.stat().st_size > MAX_RULE_FILE_BYTES:
            raise UsageError(f"the rule file is larger than {MAX_RULE_FILE_BYTES} bytes", name)
        raw = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the rule file: {error.strerror or error}", name) from None
    if (codec := wide_encoding(raw)) is not None:
        raise UsageError(f"the rule file is saved as {codec[:6].upper()}; save it again as "
                         "UTF-8", name)
    try:  # with a byte order mark, as Notepad saves UTF-8, like a plan
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"the rule file is not UTF-8 text (byte {error.start:,} is not); "
                         "save it as UTF-8", name) from None
    try:
        document = load(text)
    except LoadError as error:
        raise UsageError(error.message, f"{name}:{error.line}:{error.column}") from None
    if document.problems:
        problem = document.problems[0]
        where = f"{name}:{problem.span[0]}:{problem.span[1]}" if problem.span else name
        raise UsageError(problem.message, where)
    return document


class _Reader:
    """Turns one rule file's data into rules, collecting every mistake with its place."""

    def __init__(self, name: str, document: Document) -> None:
        self.name = name
        self.document = document
        self.errors: list[tuple[str, str]] = []

    def where(self, pointer: str) -> str:
        span = self.document.positions.span(pointer)
        return f"{self.name}:{span[0]}:{span[1]}" if span else self.name

    def fail(self, pointer: str, message: str) -> None:
        self.errors.append((self.where(pointer), message))

    def read(self) -> list[tuple[Rule, str]]:
        data = self.document.data
        if not isinstance(data, dict):
            raise UsageError(f"a rule file is a mapping that starts with '{VERSION_KEY}: 1' "
                             "and lists rules", self.name)
        try:
            spec = RuleFileSpec.model_validate(data)
        except ValidationError as error:
            detail = _first(error)
            key = str(detail["loc"][0])
            if detail["type"] == "extra_forbidden":
                raise UsageError(f"unknown key {key!r}{fields.suggest(key, (VERSION_KEY, 'rules'))}"
                                 f"; a rule file has {VERSION_KEY} and rules",
                                 self.where(pointer_join("", key))) from None
            if detail["type"] == "missing":
                raise UsageError(f"a rule file needs {key}; start it with '{VERSION_KEY}: 1' "
                                 "and list rules under rules:", self.where("")) from None
            raise UsageError("rules takes a list of rules", self.where("/rules")) from None
        if spec.version not in SUPPORTED_VERSIONS or isinstance(spec.version, bool):
            raise UsageError(f"rule file version {spec.version!r} is not known; this planlint "
                             f"reads '{VERSION_KEY}: 1'", self.where(f"/{VERSION_KEY}"))
        found: list[tuple[Rule, str]] = []
        codes: dict[str, str] = {}
        for index, raw in enumerate(spec.rules):
            pointer = f"/rules/{index}"
            try:
                made = self.rule(raw, pointer)
            except SpecError as error:
                self.fail(error.pointer, error.message)
                continue
            for word in (made.code, made.name):
                if word in codes:
                    self.fail(f"{pointer}/{'code' if word == made.code else 'name'}",
                              f"{word} is already defined at {codes[word]}; codes and names "
                              "are unique")
                codes[word] = self.where(f"{pointer}/code")
            found.append((made, self.where(f"{pointer}/code")))
        if self.errors:
            first, message = self.errors[0]
            rest = "".join(f"\n{where}: {text}" for where, text in self.errors[1:])
            raise UsageError(message + rest, first)
        return found

    def rule(self, raw: Any, pointer: str) -> Rule:
        if not isinstance(raw, dict):
            raise SpecError(pointer, "each rule is a mapping with code, name, category, "
                            "severity, message, for and require")
        try:
            spec = RuleSpec.model_validate(raw)
        except ValidationError as error:
            raise _rule_error(error, pointer) from None
        for key, value, pattern, shape in (("code", spec.code, CODE, "capital letters then "
                                            "digits, such as ORG001"),
                                           ("name", spec.name, NAME, "lowercase words joined "
                                            "by '-', such as big-budget-needs-cost-center"),
                                           ("category", spec.category, NAME, "a lowercase "
                                            "word, such as alignment")):
            if not pattern.match(value):
                raise SpecError(pointer_join(pointer, key), f"{key} {value!r} must be {shape}")
        if reads_as_code(spec.name):
            raise SpecError(pointer_join(pointer, "name"),
                            f"name {spec.name!r} reads as a rule code ({spec.name.upper()}), "
                            "and --ignore, severity and suppressions would take it for that "
                            "rule; name the rule for what it checks, such as "
                            "big-budget-needs-cost-center")
        kind = fields.kind_of(spec.for_)
        if kind is None:
            hint = fields.suggest(spec.for_, fields.kind_words())
            raise SpecError(pointer_join(pointer, "for"), f"unknown kind {spec.for_!r}{hint}; "
                            f"for takes {', '.join(sorted(SECTIONS))} or plan")
        where = None if spec.where is None else compile_condition(
            kind, spec.where, pointer_join(pointer, "where"))
        requirement = None if spec.require is None else compile_requirement(
            kind, spec.require, pointer_join(pointer, "require"))
        message = compile_message(spec.message, kind,
                                  isinstance(requirement, EdgesRequirement),
                                  pointer_join(pointer, "message"))
        function = _function(kind, where, requirement, message)
        function.__doc__ = "\n\n".join(part for part in (
            spec.description or spec.message, spec.why) if part)
        function.__name__ = spec.name.replace("-", "_")
        function.__qualname__ = function.__name__
        return rule(code=spec.code, name=spec.name, category=spec.category,
                    severity=spec.severity, fails=spec.fails, passes=spec.passes)(function)


def _first(error: ValidationError) -> ErrorDetails:
    """The error to show first: a misspelt key explains a missing one."""
    return min(error.errors(include_url=False),
               key=lambda d: (d["type"] != "extra_forbidden", d["type"] == "missing"))


def _rule_error(error: ValidationError, pointer: str) -> SpecError:
    detail = _first(error)
    where = pointer
    for part in detail["loc"]:
        where = pointer_join(where, part)
    key = str(detail["loc"][0]) if detail["loc"] else "rule"
    if detail["type"] == "extra_forbidden":
        return SpecError(where, f"a rule has no key {key!r}{fields.suggest(key, RULE_KEYS)}; its "
                         f"keys are {', '.join(RULE_KEYS)}")
    if detail["type"] == "missing":
        return SpecError(pointer, f"this rule needs {key}")
    if key == "severity":
        return SpecError(where, "severity is error, warning or info")
    return SpecError(where, f"{key} takes text")


def _function(kind: str, where: Condition | None, requirement: Requirement | None,
              message: Message) -> RuleFunction:
    """The rule's function: every item of ``kind`` passing ``where`` that fails
    ``requirement`` is a finding."""

    def check(plan: Plan) -> Iterator[Finding]:
        context = Context(plan.as_of)
        subjects = [plan.info] if kind == "plan" else plan.of_kind(KINDS[kind])
        prepared = None if requirement is None else requirement.prepare(plan, context)
        for node in subjects:
            if where is not None and not where.holds(node, context):
                continue
            outcome = Outcome(False) if prepared is None else prepared(node)
            if not outcome.ok:
                yield node.finding(message.render(node, outcome.count), field=outcome.field,
                                   related=outcome.related)

    return check


def load_rule_file(path: str | Path) -> RuleFile:
    """Load one rule file; any mistake is a UsageError pointing at its place."""
    from planlint.collect import display_name, what_it_is

    path = Path(path)
    name = display_name(path)
    if not path.is_file():
        kind = what_it_is(path)
        raise RuleFileMissingError(f"rule file {name} does not exist; check its name and "
                              "folder" if kind is None else
                              f"rule file {name} is {kind}; name a rule file (.yaml, .json "
                              "or .toml)", path)
    made = _Reader(name, _read(path, name)).read()
    return RuleFile(path, name, tuple(rule for rule, _ in made),
                    {rule.code: where for rule, where in made})


def load_rule_files(paths: Sequence[str | Path]) -> list[RuleFile]:
    """Load several rule files; a code or name defined in two of them is a UsageError."""
    from planlint.collect import resolved

    unique: dict[Path, Path] = {}
    for path in paths:
        unique.setdefault(resolved(Path(path)), Path(path))
    files = [load_rule_file(path) for path in unique.values()]
    seen: dict[str, str] = {}
    for loaded in files:
        for made in loaded.rules:
            at = loaded.code_at[made.code]
            for word in (made.code, made.name):
                if word in seen and seen[word] != at:
                    raise UsageError(f"{word} is already defined at {seen[word]}; codes and "
                                     "names are unique", at)
                seen[word] = at
    return files
