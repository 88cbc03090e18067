"""Plan data handed over as Python values (``planlint.lint(data)``), read as a loader
reads text: whatever ``yaml.safe_load`` or ``json.loads`` can give is accepted, and what
the plan format cannot hold becomes a finding, never an exception.

Keys become text as the YAML loader makes them (``2001: x`` is the key ``2001``, a null
key is empty, ``true`` is ``true``); a key that is a collection is dropped with a
finding; tuples read as lists; values nested deeper than the format allows, or a value
that contains itself, make the whole of it unreadable, like a file that nests too deeply.
"""

from __future__ import annotations

from typing import Any

from planlint.limits import MAX_DEPTH, MAX_NODES
from planlint.loaders import Document, LoadError, Problem
from planlint.positions import PositionMap


def from_data(data: Any) -> Document:
    """``data`` as a loaded document: a fresh copy with text keys, plus its problems."""
    problems: list[Problem] = []
    root: list[Any] = [None]
    # (value to copy, container to put the copy in, key or index there, depth)
    work: list[tuple[Any, Any, Any, int]] = [(data, root, 0, 0)]
    nodes = 0
    while work:
        value, into, at, depth = work.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise LoadError(f"the plan data has more than {MAX_NODES:,} values; check it in "
                            "smaller parts")
        if isinstance(value, dict | list | tuple):
            if depth >= MAX_DEPTH:
                raise LoadError(f"the plan data nests lists and mappings deeper than "
                                f"{MAX_DEPTH} levels (or contains itself); a plan needs "
                                "only a few levels")
            if isinstance(value, dict):
                copy: dict[str, Any] = {}
                for key, child in value.items():
                    name = _key(key)
                    if name is None:
                        problems.append(Problem("invalid-field", f"a mapping key must be a "
                                                f"plain name, not {type(key).__name__} "
                                                f"{key!r:.60}; this entry is dropped"))
                        continue
                    if name in copy:
                        problems.append(Problem("syntax-error", f"key {name!r} appears twice "
                                                "in one mapping; the later value wins, "
                                                "remove one of them"))
                    copy[name] = None
                    work.append((child, copy, name, depth + 1))
                into[at] = copy
            else:
                items: list[Any] = [None] * len(value)
                work.extend((child, items, index, depth + 1)
                            for index, child in enumerate(value))
                into[at] = items
        else:
            into[at] = value
    return Document(root[0], PositionMap({}), problems)


def _key(key: Any) -> str | None:
    """A mapping key as text, as the YAML loader writes it; ``None`` for one that is no
    plain name."""
    if key is None:
        return ""
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, tuple | frozenset | bytes):
        return None
    return str(key)
