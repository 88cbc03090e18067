"""Findings: what a rule reports, where, and how serious it is."""

from __future__ import annotations

import enum
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

#: The findings that say part of the plan went unchecked: a rule crashed (PL000), a file
#: could not be read (PL001). Their rules always run at error severity; such a finding
#: fails the run at any ``fail-on`` level, and no selection, waiver, suppression comment
#: or baseline hides it, so a plan cannot turn its own check off.
UNCHECKED = frozenset({"PL000", "PL001"})


class Severity(enum.Enum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    #: Hashed by identity, in C, as each member is the one object of its kind: the hash
    #: ``Enum`` gives, of the member's name, is a Python call, and the writers look a
    #: severity up for every finding (a key of a dict of labels, of a counter).
    __hash__ = object.__hash__

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        """Read ``error``/``warning``/``info`` (or ``E``/``W``/``I``), case-insensitively."""
        if isinstance(value, Severity):
            return value
        text = str(value).strip().lower()
        for member in cls:
            if text in (member.value, member.value[0]):
                return member
        raise ValueError(f"unknown severity {value!r}: use error, warning or info")


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The setters of a slotted class's slots, in order. The classes below are frozen
    dataclasses made by thousands in a check; the ``__init__`` a dataclass writes sets
    each field with ``object.__setattr__``, which looks the field up on the class every
    time: their own ``__init__`` sets the slots directly, in about half the time."""
    return tuple(cls.__dict__[name].__set__ for name in cls.__dict__["__slots__"])


@dataclass(frozen=True, slots=True, init=False)
class Location:
    """A span in a plan file; lines and columns count from 1.

    ``line`` is ``None`` when the plan did not come from text (a dict given to the API),
    or when a finding is about a whole workbook. In a workbook, ``line`` and ``column``
    are the row and column of a cell, ``cell`` names it (``D7``) and ``sheet`` is its
    sheet (``None`` in a CSV file, which has one).
    """

    file: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    sheet: str | None = None
    cell: str | None = None

    def __init__(self, file: str, line: int | None = None, column: int | None = None,
                 end_line: int | None = None, end_column: int | None = None,
                 sheet: str | None = None, cell: str | None = None) -> None:
        _file(self, file)
        _line(self, line)
        _column(self, column)
        _end_line(self, end_line)
        _end_column(self, end_column)
        _sheet(self, sheet)
        _cell(self, cell)

    def sort_key(self) -> tuple[str, str, int, int]:
        return (self.file, self.sheet or "", self.line or 0, self.column or 0)

    def ending(self, end_line: int, end_column: int) -> Location:
        """This location, ending elsewhere (made directly: ``replace`` looks the fields up
        again for every location)."""
        return Location(self.file, self.line, self.column, end_line, end_column, self.sheet,
                        self.cell)

    def __str__(self) -> str:
        if self.cell is not None:
            return f"{self.file}:{self.sheet}!{self.cell}" if self.sheet else \
                f"{self.file}:{self.cell}"
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "sheet": self.sheet,
            "cell": self.cell,
        }


_file, _line, _column, _end_line, _end_column, _sheet, _cell = _setters(Location)


@dataclass(frozen=True, slots=True, init=False)
class Related:
    """Another place a finding involves: the other duplicate, a step of a cycle."""

    location: Location
    message: str
    node: str | None = None

    def __init__(self, location: Location, message: str, node: str | None = None) -> None:
        _related_location(self, location)
        _related_message(self, message)
        _related_node(self, node)

    def to_dict(self) -> dict[str, Any]:
        return {**self.location.to_dict(), "node": self.node, "message": self.message}


_related_location, _related_message, _related_node = _setters(Related)


@dataclass(frozen=True, slots=True, init=False)
class Finding:
    """One problem in a plan.

    Rules create findings with :meth:`planlint.model.Item.finding` or
    :meth:`planlint.plan.Plan.finding`; the engine then stamps the rule's code, name,
    category and effective severity on them, so a rule never repeats its own metadata.
    ``field`` names the key the finding is about, when there is one. ``new`` says, in a
    run that compares two versions of a plan, whether the newer one introduced it
    (:mod:`planlint.delta`); it is ``None`` otherwise.
    """

    message: str
    node: str
    kind: str
    location: Location
    related: tuple[Related, ...] = ()
    field: str | None = None
    code: str = ""
    name: str = ""
    category: str = ""
    severity: Severity = Severity.ERROR
    plugin: str = ""
    new: bool | None = None

    def __init__(self, message: str, node: str, kind: str, location: Location,
                 related: tuple[Related, ...] = (), field: str | None = None, code: str = "",
                 name: str = "", category: str = "", severity: Severity = Severity.ERROR,
                 plugin: str = "", new: bool | None = None) -> None:
        _message(self, message)
        _node(self, node)
        _kind(self, kind)
        _location(self, location)
        _related(self, related)
        _field(self, field)
        _code(self, code)
        _name(self, name)
        _category(self, category)
        _severity(self, severity)
        _plugin(self, plugin)
        _new(self, new)

    def stamped(self, stamp: Stamp) -> Finding:
        """This finding with its rule's metadata filled in: itself when it was made with
        them (see :data:`STAMP`), else a copy (made directly: ``replace`` looks the fields
        up again for every finding)."""
        if (self.code, self.name, self.category, self.severity, self.plugin) == stamp:
            return self
        return Finding(self.message, self.node, self.kind, self.location, self.related,
                       self.field, *stamp, self.new)

    def sort_key(self) -> tuple[str, str, int, int, str, str, str]:
        return (*self.location.sort_key(), self.code, self.node, self.message)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape that embedding tools read; ``new`` only in a run that
        compares two versions."""
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "node": self.node,
            "kind": self.kind,
            **self.location.to_dict(),
            "related": [item.to_dict() for item in self.related],
            **({} if self.new is None else {"new": self.new}),
        }


#: A rule's metadata as the engine stamps it on the rule's findings: code, name, category,
#: severity and the distribution that shipped the rule.
Stamp = tuple[str, str, str, Severity, str]

#: The stamp of the rule running in this context, which ``item.finding()`` puts on the
#: findings it makes, so that the engine need not copy each one to stamp it (about 1 us a
#: finding); the engine still checks every finding's stamp. Unstamped outside the engine.
STAMP: ContextVar[Stamp] = ContextVar("STAMP", default=("", "", "", Severity.ERROR, ""))

(_message, _node, _kind, _location, _related, _field, _code, _name, _category, _severity,
 _plugin, _new) = _setters(Finding)
