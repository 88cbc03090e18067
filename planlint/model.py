"""The plan format, version 1, as pydantic models.

Every item kind is a model; a field that refers to other items is annotated with
:class:`Ref`, which names the kinds it may point at. :data:`REFERENCES` is derived from
those annotations and is the one place the graph, the reference checks and the
declarative rules learn which fields are references.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, NamedTuple, TypeVar

from pydantic import (
    AllowInfNan,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    Strict,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from planlint.finding import STAMP, Finding, Location, Related
from planlint.limits import MAX_MESSAGE, MAX_SPAN_YEARS, shown
from planlint.spelling import date_hint, meant

if TYPE_CHECKING:
    from pydantic._internal._model_construction import ModelMetaclass

    from planlint.positions import SourceFile
else:  # pydantic's metaclass, named only in its private modules
    ModelMetaclass = type(BaseModel)

_plain_lookup: Callable[[type], None] | None
try:
    from planlint._fastattr import class_lookup
    from planlint._fastattr import plain_lookup as _plain_lookup
except ImportError:  # built without a C compiler: pydantic's lookup, slower, same results
    _plain_lookup = None

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
CADENCES = {"daily": 1.0, "weekly": 7.0, "biweekly": 14.0, "monthly": 365.25 / 12,
            "quarterly": 365.25 / 4, "semiannual": 365.25 / 2, "annual": 365.25}
_DURATION = re.compile(r"^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


@dataclass(frozen=True, slots=True)
class Ref:
    """Marks a field as a reference to items of the given kinds."""

    kinds: tuple[str, ...]

    def __init__(self, *kinds: str) -> None:
        object.__setattr__(self, "kinds", kinds)


def one_line(text: str) -> str:
    """Plan text as messages quote it: runs of whitespace, newlines included, as one space
    (a folded ``>`` statement ends with a newline)."""
    return " ".join(text.split())


def _date(value: Any) -> date:
    if isinstance(value, str):  # as plans write dates: YAML's are kept as text
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    elif isinstance(value, datetime):
        return value.date()
    elif isinstance(value, date):
        return value
    raise ValueError(f"should be a date, YYYY-MM-DD (found {shown(value)}): "
                     f"{date_hint(value)}")


def _cadence(value: Any) -> str:
    if isinstance(value, str) and (value in CADENCES or _DURATION.match(value)):
        return _within_span(value)
    hint = meant(value, list(CADENCES)) if isinstance(value, str) else ""
    raise ValueError(f"should be a cadence ({', '.join(CADENCES)}) or an ISO 8601 duration "
                     f"such as P2W (found {shown(value)}){hint}")


#: When a measure is read with no calendar to it: ``once``, when what it measures is
#: complete (a strategy adopted, a survey after a programme), or ``per event``, after each
#: event it counts (each course, each competition).
EVENT_CADENCES = ("once", "per event")


#: When a review is held with no calendar to it: ``per event``, at each event the plan
#: names in its title or description (each release series' end, each new roadmap, each
#: meeting of a board), a rhythm tied to an event rather than to the calendar.
REVIEW_EVENT_CADENCES = ("per event",)


def _cadence_or(events: tuple[str, ...], said: str) -> Callable[[Any], str]:
    """A cadence validator that also takes ``events``, its error saying so in ``said``."""
    def validate(value: Any) -> str:
        if isinstance(value, str) and value in events:
            return value
        try:
            return _cadence(value)
        except ValueError as error:
            raise ValueError(f"{error}; {said}") from None
    return validate


_metric_cadence = _cadence_or(EVENT_CADENCES, "or once, or per event, for a measure read "
                              "when what it measures is complete or after each event")
_review_cadence = _cadence_or(REVIEW_EVENT_CADENCES, "or per event, for a review held at "
                              "each event the plan names (each release series' end, each "
                              "new roadmap)")


def _duration(value: Any) -> str:
    if isinstance(value, str) and _DURATION.match(value):
        return _within_span(value)
    raise ValueError(f"should be an ISO 8601 duration such as P45D or P2M (found {value!r})")


def _within_span(value: str) -> str:
    """A cadence or duration no longer than :data:`~planlint.limits.MAX_SPAN_YEARS`."""
    if len(value) > 40 or cadence_days(value) > MAX_SPAN_YEARS * 365.25:
        raise ValueError(f"should be at most P{MAX_SPAN_YEARS}Y, {MAX_SPAN_YEARS} years "
                         f"(found {shown(value)})")
    return value


#: How plans and workbooks name a bound: a target type, a comparator.
_BOUNDS = {**dict.fromkeys(("maximum", "max", "ceiling", "<=", "\u2264"), "at most"),
           **dict.fromkeys(("minimum", "min", "floor", ">=", "\u2265"), "at least")}


def _bound(value: Any) -> Any:
    """A bound as the format spells it, from the words plans use for it (``Maximum``)."""
    if isinstance(value, str):
        return _BOUNDS.get(value.strip().casefold(), value)
    return value


#: The full-width forms of the ASCII characters (U+FF01 to U+FF5E) and the ideographic
#: space, each to the character it is a wide form of.
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _unit_form(value: Any) -> Any:
    """A measure's unit with its full-width characters narrowed, the one place units are
    read: Japanese, Chinese and Korean sources write the percent sign and Latin letters
    full width (U+FF05 for ``%``, U+FF4B U+FF4D for ``km``), and every rule that asks
    whether a measure is a share in percent, or compares units, then reads them as it
    reads ``%`` and ``km``.
    Other forms (``m²``, ``µg/m3``), ids and free text (a title) are kept as written."""
    return value.translate(_NARROW) if isinstance(value, str) else value


#: A measure's unit as the rules read it and messages show it: full-width characters
#: narrowed (see :func:`_unit_form`).
MeasureUnit = Annotated[str, BeforeValidator(_unit_form)]


def _one_or_many(value: Any) -> Any:
    """One value where a list is expected, as a list of it."""
    return [value] if isinstance(value, str) else value


@cache  # a plan has few cadences, and rules ask of each metric's: parsed once each
def cadence_days(cadence: str) -> float:
    """The length of a cadence in days (a month is 1/12 of a year)."""
    if cadence in CADENCES:
        return CADENCES[cadence]
    match = _DURATION.match(cadence)
    if match is None:
        raise ValueError(f"not a cadence: {cadence!r}")
    years, months, weeks, days = (int(part or 0) for part in match.groups())
    return years * 365.25 + months * 365.25 / 12 + weeks * 7 + days


def _no_items(description: str | None = None) -> Any:
    """An empty default for a field that holds several values, shown as ``[]`` in the JSON
    Schema, with the field's ``description`` where it has one."""
    return Field((), json_schema_extra={"default": []}, description=description)


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Date = Annotated[date, PlainValidator(_date), WithJsonSchema({"type": "string",
                                                              "format": "date"})]
Number = Annotated[float, Strict(), AllowInfNan(False)]
Cadence = Annotated[str, PlainValidator(_cadence), WithJsonSchema({"type": "string"})]
MetricCadence = Annotated[str, PlainValidator(_metric_cadence),
                          WithJsonSchema({"type": "string"})]
ReviewCadence = Annotated[str, PlainValidator(_review_cadence),
                          WithJsonSchema({"type": "string"})]
Duration = Annotated[str, PlainValidator(_duration), WithJsonSchema({"type": "string"})]
_PERCENT = re.compile(r"[0-9]+(\.[0-9]+)?%")


def _finite(number: float) -> bool:
    """Whether ``number`` (an int of any size, or a float) is a finite float."""
    try:
        return abs(float(number)) < float("inf")
    except OverflowError:  # an int too large for a float
        return False


def _tolerance(value: Any) -> float | str:
    """A margin either side of a target: a number in the metric's unit, or a percentage
    of the target (``10%``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) \
            and value >= 0 and _finite(value):
        return float(value)
    if isinstance(value, str) and _PERCENT.fullmatch(value):
        return value
    raise ValueError("should be a margin: a number in the metric's unit, such as 5, or a "
                     f"percentage of the target, such as 10% (found {shown(value)})")


Tolerance = Annotated[float | str, PlainValidator(_tolerance), WithJsonSchema({"anyOf": [
    {"minimum": 0, "type": "number"},
    {"pattern": "^[0-9]+(\\.[0-9]+)?%$", "type": "string"}]})]


class _ModelMeta(ModelMetaclass):
    """pydantic's metaclass, whose ``__getattr__`` (private attributes read from a class)
    makes every attribute of a model class, ``Goal.kind``, ``Goal.model_validate``, go
    through CPython's slow hook: with ``_fastattr`` built, the same lookup in C (about
    0.1 µs less each, several per item loaded)."""


if _plain_lookup is not None:
    class_lookup(_ModelMeta)


class _Model(BaseModel, metaclass=_ModelMeta):
    # Validators are built when a kind is first validated: the base classes are never
    # validated themselves, and building theirs cost a quarter of checking a small plan.
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True,
                              validate_default=False, defer_build=True, frozen=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Each model's attributes looked up without pydantic's ``__getattr__`` (see
        ``_fastattr.c``): it serves only private attributes and extra fields, and its
        mere presence keeps Python from specializing attribute loads on the class (about
        6 % of a check). A class with private attributes or extra fields keeps it."""
        super().__pydantic_init_subclass__(**kwargs)
        if _plain_lookup is not None and not cls.__private_attributes__ \
                and cls.model_config.get("extra") != "allow":
            _plain_lookup(cls)


_CHANGE = re.compile(r"([+-]?)\s*([0-9]+(?:\.[0-9]+)?)\s*%")


def _change(value: Any) -> float | str:
    """A target's change from its metric's baseline: a signed percentage of the baseline
    (``-16%``), or a number in the metric's unit (``-2.5``)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) \
            and _finite(value):
        return float(value)
    if isinstance(value, str):
        match = _CHANGE.fullmatch(value.strip().replace("\u2212", "-"))
        if match is not None and (match[1] != "-" or float(match[2]) <= 100) \
                and _finite(float(match[2])):
            return f"{match[1]}{match[2]}%"
        if match is not None and match[1] != "-":
            raise ValueError(f"should be a change a number can hold (found {shown(value)}); "
                             "write the target's value instead")
        if match is not None:
            raise ValueError(f"should be a change of at most -100%, all of the baseline "
                             f"(found {shown(value)}); for a target below zero, write "
                             "its value")
    raise ValueError("should be a change from the metric's baseline: a percentage of it, "
                     "such as -16% for a 16% cut or +25% for a 25% rise, or a number in "
                     f"the metric's unit, such as -2.5 (found {shown(value)})")


TargetChange = Annotated[float | str, PlainValidator(_change), WithJsonSchema({"anyOf": [
    # as _change reads it: spaces around the sign and before the %, a minus sign (U+2212)
    {"type": "number"}, {"pattern": "^\\s*[+\\-\u2212]?\\s*[0-9]+(\\.[0-9]+)?\\s*%\\s*$",
                         "type": "string"}]})]


def changed(baseline: float, change: float | str) -> float:
    """The value a ``change`` makes of ``baseline``: a percentage of it (``-16%`` of
    17.3 is 14.532), or a number in its unit added to it."""
    if isinstance(change, str):
        value = baseline * (1 + float(change.rstrip("%")) / 100)
    else:
        value = baseline + change
    return round(value, 10) + 0.0  # 14.532, not 14.532000000000002; never -0.0


class Measurement(_Model):
    """A value at a date: a baseline, a target or an interim target.

    A value the plan states in words rather than as a number (a rank such as ``top
    decile``, a rating such as ``AAA``, ``above the sector benchmark``) is its ``text``;
    the rules that compare numbers leave such a measurement alone. A target the plan
    states as a change from the metric's baseline (``reduce emissions 16% from 2017``) is
    its ``change``; where the metric has a numeric baseline, :class:`Metric` sets its
    ``value`` from it, so every rule reads the target as a number.
    """

    value: Number | None = None
    text: str | None = Field(None, description="the value in words, where the plan states "
                                               "no number: a rank, a rating, a comparison")
    change: TargetChange | None = Field(
        None, description="a target stated as a change from the metric's baseline: a "
                          "percentage of the baseline (`-16%`, `+25%`) or a number in the "
                          "metric's unit (`-2.5`); its value is the baseline changed by it")
    date: Date | None = None

    @model_validator(mode="after")
    def _stated(self) -> "Measurement":
        if self.change is not None:
            if self.value is not None:
                raise ValueError(
                    f"states both a value ({self.value:g}) and a change from the baseline "
                    f"({shown_change(self.change)}); keep the one the plan states: the "
                    "value is the baseline changed by the change")
            return self
        return _value_or_text(self, "a value stated in words (text: top decile), or a "
                                    "change for a target stated from the baseline "
                                    "(change: -16%)")


def shown_change(change: float | str) -> str:
    """A change as a plan writes it: `-16%`, `-2.5`."""
    return change if isinstance(change, str) else f"{change:+g}"


class Actual(_Model):
    """A measured value of a metric, a result the plan reports in words (``Not done``,
    ``Ongoing``, ``slipped into October``), or the grade it gives the result (an OKR key
    result scored 0.3 at the quarter's end): a reading all the same, though the rules
    that compare numbers leave words and grades alone. A reading may carry the plan's
    ``response`` to it: the cause of a shortfall and what is done about it."""

    date: Date
    value: Number | None = None
    text: str | None = Field(None, description="the result in words, where the plan reports "
                                               "no number: a status, a short account")
    score: Number | None = Field(None, description="the grade the plan gives the result, from "
                                                   "0 to 1 (an OKR key result scored 0.7)")
    response: str | None = Field(
        None, description="what the plan says it does about this reading's shortfall, in its "
                          "words: the cause and the action taken or planned in answer to it "
                          "(a report's 'Reason for deviation'), not a practice already in place")

    @field_validator("score")
    @classmethod
    def _graded(cls, score: float | None) -> float | None:
        if score is not None and not 0 <= score <= 1:
            hint = f"; for {score:g}%, write {score / 100:g}" if 1 < score <= 100 else ""
            raise ValueError(f"should be a grade from 0 to 1, such as 0.7 (found {score:g})"
                             f"{hint}")
        return score

    @model_validator(mode="after")
    def _stated(self) -> "Actual":
        if self.score is not None:
            return self
        return _value_or_text(self, "a result reported in words (text: not done), or a "
                                    "score for a graded one (score: 0.7)")


_Stated = TypeVar("_Stated", Measurement, Actual)


def _value_or_text(stated: _Stated, in_words: str) -> _Stated:
    """``stated`` when it has a number or words; otherwise what to write instead."""
    if stated.value is None and not (stated.text or "").strip():
        raise ValueError(f"needs a value (a number), or a text for {in_words}")
    return stated


class Horizon(_Model):
    """The period the plan covers: its ``start`` and ``end`` dates, or, where the plan
    states it only as a length counted from an event still to come (an action
    document's "Length of implementation 36 months", from the signature of the contracts
    its approval leads to), that ``length``, an ISO 8601 duration (``P36M``); or, where
    the plan states it only in words that tie its end to a period set elsewhere (a
    ministry's strategy for "the remainder of this spending review and the lifetime of
    the next review"), those words, its ``text``."""

    start: Date | None = None
    end: Date | None = None
    length: Duration | None = None
    text: str | None = None


class _Placed(_Model):
    """A model that knows where in which file it was defined.

    The place is kept in plain slots rather than pydantic private attributes, which
    would cost every validated item a chain of initializers.
    """

    __slots__ = ("_pointer", "_source")
    if TYPE_CHECKING:  # declared for type checkers only: pydantic would make them private
        _source: SourceFile | None
        _pointer: str

    def place(self, source: "SourceFile | None", pointer: str) -> None:
        """Record where this was defined."""
        object.__setattr__(self, "_source", source)  # plain slots: skip pydantic's setattr
        object.__setattr__(self, "_pointer", pointer)

    @property
    def pointer(self) -> str:
        """The JSON pointer of this item in its file."""
        return getattr(self, "_pointer", "")

    @property
    def source_file(self) -> "SourceFile | None":
        """The file this was defined in, if it came from one."""
        source: SourceFile | None = getattr(self, "_source", None)
        return source

    @property
    def file(self) -> str:
        source = self.source_file
        return source.name if source else "<plan>"

    def location(self, field: str | None = None) -> Location:
        """Where this stands in its file; with ``field``, where that key stands."""
        source: SourceFile | None = getattr(self, "_source", None)  # as source_file, inline
        if source is None:
            return Location("<plan>")
        return source.location(self._pointer if field is None else f"{self._pointer}/{field}")


class Node(_Placed):
    """Something with an id that references can start from: an item, or the plan."""

    kind: ClassVar[str] = "node"
    id: Id

    def finding(self, message: str, *, field: str | None = None,
                related: tuple[Related, ...] | list[Related] = ()) -> Finding:
        """A finding about this (at ``field``'s key if given), with the stamp of the rule
        running (:data:`planlint.finding.STAMP`), which the engine checks."""
        return Finding(message, self.id, self.kind, self.location(field), tuple(related), field,
                       *STAMP.get())

    def related(self, message: str, field: str | None = None) -> Related:
        """This as a related location of another finding."""
        return Related(self.location(field), message, self.id)


class Item(Node):
    """Fields and behaviour shared by every item of a plan."""

    kind: ClassVar[str] = "item"
    section: ClassVar[str] = "items"

    title: str | None = None
    name: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = _no_items()
    extra: dict[str, Any] = Field(default_factory=dict, description="custom `x-` attributes")

    @property
    def label(self) -> str:
        """The item's title or name on one line, else its id."""
        title = one_line(self.title or self.name or "")
        return title or self.id

    @property
    def quoted(self) -> str:
        """The title or name as messages quote it: on one line, and no more of it than a
        message holds, so that a title of megabytes (a YAML alias or a workbook's shared
        string repeated on every row) costs little."""
        return one_line((self.title or self.name or "")[:MAX_MESSAGE])

    def describe(self) -> str:
        """How messages name the item: ``goal G1 (Return to profit)``, with the title
        :attr:`quoted`."""
        title = self.quoted
        return f"{self.kind} {self.id} ({title})" if title else f"{self.kind} {self.id}"


class Unit(Item):
    kind = "unit"
    section = "units"
    parent: Annotated[Id | None, Ref("unit")] = None
    lead: Annotated[Id | None, Ref("person")] = Field(
        None, description="the person who heads the unit, and answers for its goals that "
                          "name no owner of their own")


class Person(Item):
    kind = "person"
    section = "people"
    role: str | None = None
    unit: Annotated[Id | None, Ref("unit")] = None
    leader: bool = False
    skills: tuple[str, ...] = _no_items()
    objectives: Annotated[tuple[Id, ...], Ref("goal")] = _no_items()


#: The plan's own rating of an item as of its as-of date: a RAG status (green, amber,
#: red) or a tracker's ``On Track`` / ``Delayed``, as the format names it.
#: What a plan keeps out of its text on purpose (``withheld``), for the whole plan or
#: for one goal and what serves only it (see :meth:`planlint.plan.Plan.withheld`).
Withheld = Annotated[tuple[Literal["targets", "baselines", "actuals", "budgets",
                                   "initiatives", "owners", "schedules",
                                   "objectives", "metrics", "sources"], ...],
                     BeforeValidator(_one_or_many)]
Rating = Literal["on-track", "at-risk", "off-track"]
_RATING = ("the plan's own rating of the item as of the plan's as-of date: `on-track` (green, "
           "On Track, On time), `at-risk` (amber, yellow, Needs attention, At risk) or "
           "`off-track` (red, Delayed, Behind, Late, Not Achieved before the end); a stage "
           "of completion (Not Started, Completed) is a status or an actual, not a rating")
_RESPONSE = ("what the plan says it does about the item's shortfall, in its words: the cause "
             "and the action taken or planned in answer to it, as an actual's response; not "
             "a practice already in place (we will continue efforts)")

Priority = Literal["critical", "high", "medium", "low"]
PRIORITY_RANK: dict[str, int] = {"critical": 4, "high": 3, "medium": 2, "low": 1}


class Goal(Item):
    kind = "goal"
    section = "goals"
    unit: Annotated[Id | None, Ref("unit")] = None
    owner: Annotated[Id | None, Ref("person")] = None
    co_owners: Annotated[tuple[Id, ...], Ref("person")] = _no_items(
        "others who own it with `owner`, where the plan names several owners "
        "equally (the first named is `owner`)")
    parent: Annotated[Id | None, Ref("goal")] = None
    also_aligned_to: Annotated[tuple[Id, ...], Ref("goal")] = _no_items(
        "further goals this one contributes to besides its `parent`, where the "
        "plan aligns it to several (a board goal aligned to two strategic goals)")
    drives: Annotated[tuple[Id, ...], Ref("goal")] = _no_items()
    perspective: str | None = None
    priority: Priority | None = None
    term: Literal["short", "long"] | None = None
    start: Date | None = None
    due: Date | None = None
    metrics: Annotated[tuple[Id, ...], Ref("metric")] = _no_items()
    actuals: tuple[Actual, ...] = _no_items(
        "the result the plan reports for the goal itself, where it grades the "
        "goal done or not rather than measuring it (a to-do list's year-end "
        "verdicts): as a milestone's actuals, 1 done, 0 not done, the share "
        "done, or the verdict in words, each with its date and any response")
    rating: Rating | None = Field(None, description=_RATING)
    response: str | None = Field(None, description=_RESPONSE)
    withheld: Withheld = _no_items(
        "what the plan keeps out of its text on purpose for this goal alone, its "
        "sub-goals and the measures, work and budget lines that serve only them "
        "(`results for goal 3 are in the annual report`), with the values of the "
        "plan's `withheld`: the rules that ask for them there do not")


MeasureKind = Literal["level", "count", "milestone", "indicator"]


class Metric(Item):
    __slots__ = ("_by_date",)  # its actuals sorted once (frozen, so they never change)
    if TYPE_CHECKING:
        _by_date: tuple[tuple[int, Actual], ...]

    kind = "metric"
    section = "metrics"
    owner: Annotated[Id | None, Ref("person", "unit")] = Field(
        None, description="who collects and reports it: a person, or the unit that does")
    co_owners: Annotated[tuple[Id, ...], Ref("person")] = _no_items(
        "others who own it with `owner`, where the plan names several owners "
        "equally (the first named is `owner`): a key result's owners")
    type: MeasureKind | None = Field(
        None, alias="kind",
        description="what the measure is: `level` (a level read over time, a KPI), "
                    "`count` (a count within a period, from zero), `milestone` (done or "
                    "not) or `indicator` (watched, with no target on purpose); when not "
                    "given, planlint tells it from the wording")
    unit: MeasureUnit | None = Field(
        None, description="what its figures are counted or measured in (`%`, `km`, "
                          "`visitors`); read, and shown in findings, with its full-width "
                          "characters narrowed, so a full-width percent sign (U+FF05) is "
                          "`%`")
    direction: Literal["increase", "decrease", "maintain"] | None = None
    bound: Annotated[Literal["at most", "at least"] | None, BeforeValidator(_bound)] = Field(
        None, description="when its targets are limits rather than levels to reach: "
                          "`at most` (a ceiling, met at or below it: `650,000 or lower`) or "
                          "`at least` (a floor, met at or above it); `maximum` and "
                          "`minimum` are read as these")
    baseline: Measurement | None = None
    target: Measurement | None = None
    targets: tuple[Measurement, ...] = _no_items()
    tolerance: Tolerance | None = Field(
        None, description="how far a reading may miss a target and still meet it, as the "
                          "plan states it (`<= 355 m3 +/-10%`): a number in the metric's "
                          "unit, or a percentage of the target (`10%`); for a measure with "
                          "a direction and no target, the change from its baseline within "
                          "which the plan counts it unchanged (its threshold of real change)")
    cadence: MetricCadence | None = Field(
        None, description="how often it is measured: a cadence or an ISO 8601 duration, or "
                          "`once` (when what it measures is complete) or `per event` (after "
                          "each event it counts)")
    reporting_lag: Duration | None = Field(
        None, description="how long after the end of a period its figure is available "
                          "(month-end close, chart abstraction): an ISO 8601 duration "
                          "such as P45D")
    source: str | None = None
    against: Annotated[Id | None, Ref("metric")] = Field(
        None, description="the metric whose targets this one's readings are read against, "
                          "where the plan prints a current level as a row of its own under "
                          "the level required (a table's `Current Production` under "
                          "`Requirement of Rice`): the pair states one target, on that "
                          "metric")
    breaks_down: Annotated[Id | None, Ref("metric")] = Field(
        None, description="the metric this one breaks down: its figure for a part of what "
                          "that metric measures (a region, a filing method, a group, a "
                          "subset) or a component of that composite, as a table beside a "
                          "measure breaks it down; it is not asked for a target, baseline, "
                          "cadence, source or owner, or a goal, where that metric has one")
    actuals: tuple[Actual, ...] = _no_items()
    rating: Rating | None = Field(
        None, description=_RATING + "; the plan's answer to it is its latest actual's response")
    dropped: Date | None = Field(
        None, description="the date the plan dropped this measure (a key result struck "
                          "through or descoped): kept on record, but no longer one of the "
                          "plan's measures, so no rule judges it")

    @field_validator("baseline")
    @classmethod
    def _no_change(cls, baseline: Measurement | None) -> Measurement | None:
        if baseline is not None and baseline.change is not None:
            raise ValueError(f"a baseline is where the measure starts, not a change "
                             f"({shown_change(baseline.change)}); state its value (or "
                             "text), and a target's change from it under target: {change, "
                             "date}")
        return baseline

    @field_validator("target", "targets")
    @classmethod
    def _held(cls, targets: Measurement | tuple[Measurement, ...] | None,
              info: ValidationInfo) -> Measurement | tuple[Measurement, ...] | None:
        """Targets stated as a change that comes, from the baseline, to a number a float
        holds: one that overflows is refused as a value written out would be; nor is a
        percentage of a baseline of 0 a target (any share of none is none)."""
        baseline = info.data.get("baseline")
        start = baseline.value if isinstance(baseline, Measurement) else None
        for target in (targets if isinstance(targets, tuple) else (targets,)):
            if start is None or target is None or target.change is None:
                continue
            if start == 0 and isinstance(target.change, str):
                raise ValueError(
                    f"should be stated as a value here: a change "
                    f"({shown_change(target.change)}) of a baseline of 0, which any "
                    "percentage leaves at 0; write the target's value, or a change in "
                    "the measure's unit (change: 5)")
            if not _finite(changed(start, target.change)):
                raise ValueError(
                    f"should be stated as a value here: a change "
                    f"({shown_change(target.change)}) that comes, from the baseline "
                    f"{start:g}, to a number too large to hold; write the target's value")
        return targets

    @model_validator(mode="after")
    def _from_baseline(self) -> "Metric":
        """Targets stated as a change from the baseline, given their value where the
        baseline has one (a copy: a measurement may be shared)."""
        start = self.baseline.value if self.baseline is not None else None
        if start is None:
            return self
        if self.target is not None and self.target.change is not None:
            object.__setattr__(self, "target", self.target.model_copy(
                update={"value": changed(start, self.target.change)}))
        if any(target.change is not None for target in self.targets):
            object.__setattr__(self, "targets", tuple(
                target if target.change is None else target.model_copy(
                    update={"value": changed(start, target.change)})
                for target in self.targets))
        return self

    @property
    def calendar(self) -> str | None:
        """The cadence it is read at when that is a calendar one (``monthly``, ``P2W``);
        None when it is read once or per event, or states no cadence."""
        return None if self.cadence in EVENT_CADENCES else self.cadence

    def place(self, source: "SourceFile | None", pointer: str) -> None:
        """Record where this was defined, and that its actuals are not sorted yet: an
        unset slot would send :attr:`by_date`'s first look through pydantic's
        ``__getattr__`` (about 2.5 µs a metric). A copy, which has no slots set, still
        sorts its own."""
        super().place(source, pointer)
        object.__setattr__(self, "_by_date", None)

    @property
    def by_date(self) -> tuple[tuple[int, Actual], ...]:
        """Its actuals with their index in the list, oldest first (equal dates keep the
        order of the list), sorted on first use."""
        known: tuple[tuple[int, Actual], ...] | None = getattr(self, "_by_date", None)
        if known is None:
            known = tuple(sorted(enumerate(self.actuals), key=_actual_date))
            object.__setattr__(self, "_by_date", known)  # a plain slot, as place() sets
        return known


def _actual_date(pair: tuple[int, Actual]) -> date:
    return pair[1].date


class Initiative(Item):
    kind = "initiative"
    section = "initiatives"
    owner: Annotated[Id | None, Ref("person")] = None
    co_owners: Annotated[tuple[Id, ...], Ref("person")] = _no_items(
        "others who own it with `owner`, where the plan names several owners "
        "equally (the first named is `owner`)")
    unit: Annotated[Id | None, Ref("unit")] = Field(
        None, description="the unit that carries it out: its lead answers for an initiative "
                          "that names no owner, and its people do the work of one that names "
                          "no team")
    supports: Annotated[tuple[Id, ...], Ref("goal")] = _no_items()
    grantee: str | None = Field(
        None, description="who carries out work the plan funds and does not do itself, in the "
                          "plan's words: the recipient of a grant, award or funded engagement "
                          "(`Eclipse Foundation`, a researcher and her university); the grantee "
                          "does the work, so the funder is asked for no owner or team of its own")
    start: Date | None = None
    end: Date | None = None
    completed: Date | None = Field(
        None, description="the date the plan says the work was done, where it states it (an "
                          "action's actual end, a register's \"Completed in 2019\"): a month "
                          "without a day as its last day, a year as its December 31")
    status: Literal["planned", "active", "done", "cancelled", "blocked", "on-hold"] | None = \
        Field(None, description="`blocked`: held up by something it waits on (a partner, an "
                                "approval); `on-hold`: paused, parked or deferred on purpose, "
                                "until a later decision takes it up again or drops it")
    team: Annotated[tuple[Id, ...], Ref("person")] = _no_items()
    skills: tuple[str, ...] = _no_items()
    type: str | None = Field(None, alias="kind",
                             description="free text; `transformation` marks a change that "
                                         "shifts resources or power")
    depends_on: Annotated[tuple[Id, ...], Ref("initiative")] = _no_items()
    metrics: Annotated[tuple[Id, ...], Ref("metric")] = _no_items(
        "the measures of what the work delivers (its outputs), by id or "
        "defined inline as a goal's are")
    rating: Rating | None = Field(None, description=_RATING)
    response: str | None = Field(None, description=_RESPONSE)

    @property
    def finished(self) -> bool:
        """Whether the work is over: done or cancelled."""
        return self.status in ("done", "cancelled")

    @property
    def on_hold(self) -> bool:
        """Whether the work is on hold on purpose (paused, parked, deferred): not under way,
        and not due until a decision takes it up again."""
        return self.status == "on-hold"


class Budget(Item):
    kind = "budget"
    section = "budgets"
    amount: Number | None = None
    currency: str | None = None
    period: str | None = None
    owner: Annotated[Id | None, Ref("person")] = None
    unit: Annotated[Id | None, Ref("unit")] = None
    #: the initiatives or goals it pays for, or ``all``: the running of the whole plan
    #: (support staff, overhead, audit), which serves every goal alike
    funds: Annotated[Literal["all"] | tuple[Id, ...], Ref("initiative", "goal")] = _no_items()
    spent: Number | None = None
    response: str | None = Field(
        None, description="what the plan says of this line's variance, in its words: the cause "
                          "of spending more or less than the amount and the answer to it (a "
                          "results report's explanation of variances), as an actual's response")


class Review(Item):
    kind = "review"
    section = "reviews"
    cadence: ReviewCadence | None = Field(
        None, description="how often it meets: a cadence or an ISO 8601 duration, or "
                          "`per event`, at each event its title or description names (each "
                          "release series' end, each new roadmap, each board meeting)")
    chair: Annotated[Id | None, Ref("person")] = None
    covers: Annotated[tuple[Id, ...], Ref("goal", "unit")] = _no_items()
    last_held: Date | None = None
    dates: tuple[Date, ...] = _no_items(
        "the dates the plan schedules the review's meetings on, where it states "
        "dates rather than (or besides) a cadence: a school plan's review dates, "
        "a project's mid-term and final review; a month-only date as that "
        "month's last day")

    @property
    def calendar(self) -> str | None:
        """The cadence it meets at when that is a calendar one (``monthly``, ``P2W``);
        None when it is held per event, or states no cadence."""
        return None if self.cadence in REVIEW_EVENT_CADENCES else self.cadence

    @property
    def meetings(self) -> tuple[Date, ...]:
        """The days it is known to meet: the ``dates`` it is scheduled on and the day it
        was ``last_held``, sorted, each once."""
        held = (self.last_held,) if self.last_held is not None else ()
        return tuple(sorted({*self.dates, *held}))


class Assumption(Item):
    kind = "assumption"
    section = "assumptions"
    statement: str | None = None
    type: Literal["assumption", "risk", "obstacle", "opportunity", "condition"] | None = Field(
        None, alias="kind",
        description="what it is: an `assumption` the plan rests on, to be tested (the "
                    "default); a `risk` that may happen and harm it; an `obstacle`, a known "
                    "challenge to overcome (a V2MOM's obstacles); an `opportunity`, a "
                    "favourable condition that may help it (a SWOT's opportunities, the "
                    "external factors that may support a target); a `condition`, what it "
                    "needs to succeed (its success factors, what its results depend on "
                    "others doing)")
    owner: Annotated[Id | None, Ref("person", "unit")] = Field(
        None, description="who answers for testing it: a person, or the unit that does")
    affects: Annotated[tuple[Id, ...], Ref("goal")] = _no_items()
    status: Literal["untested", "testing", "validated", "invalidated"] | None = None
    test: str | None = None
    check_by: Date | None = None


class Communication(Item):
    kind = "communication"
    section = "communications"
    audience: Annotated[Literal["all"] | tuple[Id, ...], Ref("unit")] = _no_items()
    channel: str | None = None
    cadence: Cadence | None = None
    owner: Annotated[Id | None, Ref("person")] = None
    covers: Annotated[tuple[Id, ...], Ref("goal")] = _no_items()


class Waiver(_Placed):
    """An accepted exception: hides one rule's finding on one item until it expires."""

    rule: str
    node: Id
    reason: str | None = None
    expires: Date | None = None
    approved_by: Annotated[Id | None, Ref("person")] = None
    extra: dict[str, Any] = Field(default={}, description="custom `x-` attributes")


#: What a change record says a field held before or after: a number, a date, text (an id,
#: a status) or a list of ids.
Recorded = Number | Date | str | tuple[str, ...] | None


class Change(_Placed):
    """A recorded adjustment of the plan: which item's field changed, from what to what,
    when, why and who approved it. The change rules judge an adjustment by whether it is
    recorded here, not by whether it was made."""

    date: Date | None = None
    item: Id  # the item that changed: for a renamed one its id before or after, for a
    # removed one the id it had
    field: str | None = Field(
        None, description="the key that changed, as the plan writes it (`target`, `due`, "
                          "`end`, `owner`, `baseline`, `metrics`); `id` for a rename; left "
                          "out when the item was removed")
    before: Recorded = Field(None, alias="from", description="what the field held before")
    after: Recorded = Field(None, alias="to", description="what the field holds now")
    reason: str | None = None
    approved_by: Annotated[Id | None, Ref("person")] = None
    extra: dict[str, Any] = Field(default={}, description="custom `x-` attributes")

    def finding(self, message: str, field: str | None = None) -> Finding:
        """A finding about this record (at ``field``'s key if given), on its item."""
        return Finding(message, self.item, "change", self.location(field), (), field,
                       *STAMP.get())


class PlanInfo(Node):
    """The ``plan:`` section: what the plan is and who runs it."""

    kind: ClassVar[str] = "plan"
    id: Id = "plan"
    title: str | None = None
    name: str | None = None
    description: str | None = None
    vision: str | None = None
    mission: str | None = Field(
        None, description="what the organisation is for, in the plan's words (its mission "
                          "statement), beside or in place of the vision of where it wants "
                          "to be")
    horizon: Horizon | None = None
    as_of: Date | None = None
    status_as_of: Date | None = Field(
        None, description="the date the statuses of the plan's work are reported as of, "
                          "where the plan reports them at an earlier date than `as_of` (a "
                          "progress review dated January whose figures were updated in "
                          "May): work due after it is not late by the status it was given "
                          "then")
    sponsor: Annotated[Id | None, Ref("person", "unit")] = Field(
        None, description="the executive who owns the strategy, or the body that does (a "
                          "board, a council, or the ministry, department or office whose "
                          "plan it is, as a unit)")
    co_sponsors: Annotated[tuple[Id, ...], Ref("person", "unit")] = _no_items(
        "the others who own the strategy with `sponsor`, where the plan names "
        "several jointly (ministries that spearhead it together; the first "
        "named is `sponsor`)")
    office: Annotated[Id | None, Ref("person", "unit")] = Field(
        None, description="the person or unit that runs the plan, whatever the plan calls "
                          "it: one it names to collect its results and publish them, or "
                          "to prepare its reviews")
    methodology: Annotated[tuple[str, ...], BeforeValidator(_one_or_many)] = _no_items(
        "the methodologies the plan follows (`okr`, `balanced-scorecard`): "
        "the rules of a plugin for a methodology run on plans that name it")
    metrics_cadence: MetricCadence | None = Field(
        None, description="how often the plan's measures are read, where it says so once "
                          "for all (`Data is updated quarterly`); a metric's own `cadence` "
                          "wins")
    metrics_reporting_lag: Duration | None = Field(
        None, description="how long after a period its measures' figures are available, "
                          "where the plan says so once for all; a metric's own "
                          "`reporting_lag` wins")
    metrics_source: str | None = Field(
        None, description="where the plan's measures' figures come from, where it says so "
                          "once for all (`the statistics are kept in our dashboard`); a "
                          "metric's own `source` wins")
    metrics_unit: MeasureUnit | None = Field(
        None, description="the unit the plan's measures are stated in, where it says so "
                          "once for all (`all indicators are converted into normalised "
                          "scores on a scale of 0 to 100`), its full-width characters "
                          "narrowed as a metric's `unit`'s are; a metric's own `unit` wins")
    metrics_kind: MeasureKind | None = Field(
        None, description="what the plan's measures are, where it says so once for all "
                          "(`Most of our goals aren't quantifiable: we do it or don't do "
                          "it`: `milestone`): the kind of each measure whose own `kind`, "
                          "wording and figures do not tell it; a metric's own `kind`, and "
                          "a kind its wording tells (a number, a rate, a count), win")
    budget_reallocation: Number | None = Field(
        None, ge=0, description="the most the plan lets be moved from one budget line to another "
                          "(a line's unspent money to other or new work) without a new "
                          "approval, where it states such a rule once for all its lines "
                          "(`the Core Group can relocate budget up to 10,000 euros`): an "
                          "amount in the currency of the lines it moves money between")
    withheld: Withheld = _no_items(
        "what the plan keeps out of its text on purpose: figures (`targets`, "
        "`baselines`, `actuals`, `budgets`), as a handbook that publishes its "
        "OKRs but keeps their figures internal, or its `initiatives`, tracked in "
        "another document or tool (an issue tracker, departmental work plans), "
        "or its `owners`, the assignments of who answers for its goals, "
        "initiatives and measures, kept in another document (a companion "
        "document of responsibilities), or its `schedules`, the dates of its "
        "work, kept in delivery plans it does not publish, or its "
        "`objectives`, the performance objectives or evaluations of the people "
        "who answer for its goals, kept in performance plans it does not "
        "publish, or its `metrics`, the measures of its goals, kept in another "
        "document the plan names (the metrics each funded project selects in its "
        "data plan, a separate performance framework), or its `sources`, the data "
        "notes of its measures (where their figures come from, how they are "
        "checked), kept in another document the plan names (an agency priority "
        "goal's data accuracy and reliability notes on its goal page, a ministry's "
        "page on how its results are measured); the rules that ask for them do not")
    tags: tuple[str, ...] = _no_items()
    extra: dict[str, Any] = Field(default_factory=dict, description="custom `x-` attributes")


ITEM_TYPES: tuple[type[Item], ...] = (Unit, Person, Goal, Metric, Initiative, Budget, Review,
                                      Assumption, Communication)
KINDS: dict[str, type[Item]] = {cls.kind: cls for cls in ITEM_TYPES}
SECTIONS: dict[str, type[Item]] = {cls.section: cls for cls in ITEM_TYPES}


class Reference(NamedTuple):
    """A field of one model that refers to items of the listed kinds."""

    field: str
    kinds: tuple[str, ...]
    many: bool


def _references(model: type[BaseModel]) -> tuple[Reference, ...]:
    found = []
    for name, info in model.model_fields.items():
        for marker in info.metadata:
            if isinstance(marker, Ref):
                many = "tuple" in str(info.annotation)
                found.append(Reference(name, marker.kinds, many))
    return tuple(found)


#: For each item kind (and ``plan``), the fields that are references.
REFERENCES: dict[str, tuple[Reference, ...]] = {
    **{cls.kind: _references(cls) for cls in ITEM_TYPES}, "plan": _references(PlanInfo)}

def keys_of(model: type[BaseModel]) -> frozenset[str]:
    """The keys a model accepts in a plan file (aliases where a field has one)."""
    return frozenset(info.alias or name for name, info in model.model_fields.items()) - {
        "extra"}


#: The keys each item kind accepts, for spotting unknown ones.
FIELDS: dict[str, frozenset[str]] = {cls.kind: keys_of(cls) for cls in ITEM_TYPES}
