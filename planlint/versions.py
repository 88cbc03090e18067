"""Two versions of a plan, matched item by item: what the change rules compare.

An item of the new version is the same item as one of the old version when it has the
same id and kind, or when it was **renamed**. A rename is told in one of two ways:

- the new version records it: a ``changes`` entry added in this change with ``field:
  id``, ``from`` the old id and ``to`` the new one (the item may have changed otherwise
  too);
- or the content says so: an id gone from the old version and an id new in the new one,
  of the same kind, whose items are the same in every field but the id (title included),
  references to other renamed items read under their new ids. Only a pair that is the
  one such match on both sides counts: two gone goals of identical content that
  became two new ids are a drop and an add each.

Every other id of the old version that is gone is **dropped**.

A change is **recorded** when the new version holds a ``changes`` entry for its item
(under the id before or after a rename) and field that the old version did not hold: a
record written for an earlier change does not cover a new one. What a record says the
field held (``from``, ``to``) is compared with the versions by :func:`agrees`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from planlint.model import REFERENCES, Change, Item, Measurement

if TYPE_CHECKING:
    from planlint.plan import Plan

T = TypeVar("T", bound=Item)


class Comparison:
    """An old and a new version of one plan, matched item by item."""

    def __init__(self, old: Plan, new: Plan) -> None:
        self.old = old
        self.new = new

    @cached_property
    def renames(self) -> dict[str, str]:
        """Old id -> new id of every renamed item (see the module's definition)."""
        gone = {item.id: item for item in self.old.items if not _kept(item, self.new)}
        came = {item.id: item for item in self.new.items if not _kept(item, self.old)}
        found: dict[str, str] = {}
        for record in self.records:
            if (record.field or "").strip() == "id" and record.before is not None \
                    and record.after is not None:
                before, after = text(record.before), text(record.after)
                if before in gone and after in came and gone[before].kind == came[after].kind:
                    found[before] = after
        return {**_same_content(gone, came, found), **found}

    @cached_property
    def _renamed_from(self) -> dict[str, str]:
        return {new: old for old, new in self.renames.items()}

    def before(self, item: T) -> T | None:
        """The old version of an item of the new plan, if it had one."""
        old = self.old.by_id.get(self._renamed_from.get(item.id, item.id))
        return old if isinstance(old, type(item)) else None

    def pairs(self, items: list[T]) -> Iterator[tuple[T, T]]:
        """(old, new) for each of ``items`` (of the new plan) that had an old version."""
        for item in items:
            old = self.before(item)
            if old is not None:
                yield old, item

    @cached_property
    def dropped(self) -> list[Item]:
        """The items of the old version that the new one no longer has, renamed or not."""
        return [item for item in self.old.items
                if not _kept(item, self.new) and item.id not in self.renames]

    @cached_property
    def records(self) -> list[Change]:
        """The ``changes`` entries of the new version that the old one did not hold: the
        records of this change."""
        known = {_key(record) for record in self.old.changes}
        return [record for record in self.new.changes if _key(record) not in known]

    @cached_property
    def _recorded(self) -> dict[tuple[str, str | None], list[Change]]:
        found: dict[tuple[str, str | None], list[Change]] = defaultdict(list)
        for record in self.records:
            found[record.item, (record.field or "").strip() or None].append(record)
        return found

    def recorded(self, item_id: str, field: str | None) -> bool:
        """Whether this change records a change of ``field`` of the item ``item_id`` (an
        id of either version; ``field`` ``None``: the item's removal)."""
        ids = {item_id, self._renamed_from.get(item_id, item_id),
               self.renames.get(item_id, item_id)}
        return any((one, field) in self._recorded for one in ids)


def _key(record: Change) -> str:
    """What makes two records the same record, wherever they stand."""
    return repr(record.model_dump())


def _content(item: Item) -> str:
    """An item's fields but its id and references, as one comparable value."""
    references = {reference.field for reference in REFERENCES[item.kind]}
    return repr(item.model_dump(exclude={"id", *references}))


def _kept(item: Item, plan: Plan) -> bool:
    """Whether ``plan`` has an item of ``item``'s id and kind: an id given to an item of
    another kind (a goal's id to a metric) leaves the item gone, not kept."""
    other = plan.by_id.get(item.id)
    return other is not None and other.kind == item.kind


def _same_content(gone: dict[str, Item], came: dict[str, Item],
                  known: dict[str, str]) -> dict[str, str]:
    """Renames told by content: pairs of a gone and a new item that are each other's
    only match, whose references agree once renamed ids are read as their new ones."""
    taken = set(known.values())
    groups: dict[tuple[str, str], tuple[list[str], list[str]]] = defaultdict(
        lambda: ([], []))
    for item in gone.values():
        if item.id not in known:
            groups[item.kind, _content(item)][0].append(item.id)
    for item in came.values():
        if item.id not in taken:
            groups[item.kind, _content(item)][1].append(item.id)
    candidates = {olds[0]: news[0] for olds, news in groups.values()
                  if len(olds) == 1 and len(news) == 1}
    while True:  # a pair whose references disagree is no rename, which may undo others
        renames = {**candidates, **known}
        wrong = [old for old, new in candidates.items()
                 if not _same_references(gone[old], came[new], renames)]
        if not wrong:
            return candidates
        for old in wrong:
            del candidates[old]


def _same_references(old: Item, new: Item, renames: dict[str, str]) -> bool:
    for reference in REFERENCES[old.kind]:
        before, after = getattr(old, reference.field), getattr(new, reference.field)
        if isinstance(before, tuple):
            before = tuple(renames.get(target, target) for target in before)
        elif isinstance(before, str):
            before = renames.get(before, before)
        if before != after:
            return False
    return True


def text(value: Any) -> Any:
    """A value as records and versions are compared: dates as ISO text, whole numbers
    without a decimal point, lists element by element, everything else as text."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return tuple(text(part) for part in value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def differences(old: Item | None, new: Item | None, field: str) -> list[tuple[Any, Any]]:
    """What ``field`` held before and holds now, as :func:`text`, where it changed: for a
    baseline or target, its value, date and text, each that changed; for interim
    targets, each value whose date both versions list; else the field itself."""
    before, after = _field(old, field), _field(new, field)
    if isinstance(before, Measurement) or isinstance(after, Measurement):
        return [(text(getattr(before, part, None)), text(getattr(after, part, None)))
                for part in ("value", "date", "text")
                if getattr(before, part, None) != getattr(after, part, None)]
    if field == "targets" and old is not None and new is not None:
        dated = {point.date: point.value for point in before if point.date is not None}
        return [(text(dated[point.date]), text(point.value)) for point in after
                if point.date in dated and dated[point.date] != point.value]
    return [] if before == after else [(text(before), text(after))]


def agrees(record: Change, changed: list[tuple[Any, Any]]) -> bool:
    """Whether a record's ``from`` and ``to``, where it states them, match one of the
    changes ``changed`` (as :func:`differences` gives them)."""
    said = (text(record.before), text(record.after))
    return any((said[0] is None or said[0] == before) and (said[1] is None or said[1] == after)
               for before, after in changed)


def _field(item: Item | None, field: str) -> Any:
    """The value of the key ``field`` of ``item`` (``kind`` is the attribute ``type``)."""
    if item is None:
        return None
    for name, info in type(item).model_fields.items():
        if (info.alias or name) == field:
            return getattr(item, name)
    return None
