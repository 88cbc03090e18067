"""Completion in YAML plan files: the ids of the kinds a reference takes where one is
written (``owner:`` takes people, ``supports:`` goals), and the field names an item
takes where a key is.

The place is read from the text around the cursor, not from a parse, so that a line
being typed (which is seldom valid YAML yet) still completes: indentation says which
keys and list entries the cursor is inside, and the line itself may hold flow
collections (``- {id: G1, owner: j``, ``supports: [G1, G``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planlint.model import FIELDS, REFERENCES, SECTIONS, PlanInfo, Waiver, keys_of
from planlint.plan import Plan

_ENTRY = re.compile(r"-(?:[ \t]+|$)")
_KEY = re.compile(r"""(["']?)([^"'\s:#{}\[\],][^"':#{}\[\],]*?)\1[ \t]*:(?:[ \t]+|$)""")
#: The keys at the top of a plan file.
TOP_KEYS = ("planlint", "include", "plan", *SECTIONS, "waivers")
#: At most this many ids are offered at once; the list is then marked incomplete.
MOST = 300


@dataclass(frozen=True)
class Context:
    """Where the cursor is: the keys (and ``-`` for a list entry) leading to the mapping
    it is in, the key whose value is being written (``None`` where a key is expected),
    what is typed of the word so far, and the keys the mapping already has."""

    steps: tuple[str, ...]
    key: str | None
    prefix: str
    present: frozenset[str] = frozenset()

    @property
    def kind(self) -> str | None:
        """The kind of mapping the cursor is in: an item kind, ``plan``, ``waiver``,
        ``top`` for the file itself, or ``None`` for a mapping planlint does not know."""
        steps = self.steps
        if not steps:
            return "top"
        if steps == ("plan",):
            return "plan"
        if steps == ("waivers", "-"):
            return "waiver"
        if steps[0] in SECTIONS and steps[1:] == ("-",):
            return SECTIONS[steps[0]].kind
        if steps == ("goals", "-", "metrics", "-"):
            return "metric"
        return None


@dataclass(frozen=True)
class Offer:
    """One completion: the text to write, what it is, and a longer description."""

    text: str
    kind: str  # "id", "field" or "rule"
    detail: str = ""


def context_at(lines: Sequence[str], line: int, column: int) -> Context | None:
    """The context of the cursor at ``line``, ``column`` (from 0, in characters), or
    ``None`` where nothing is completed: in a comment, a quoted string, a sentence."""
    text = lines[line] if line < len(lines) else ""
    before = text[:column]
    indent = len(before) - len(before.lstrip(" "))
    steps: list[str] = []
    at = indent
    while match := _ENTRY.match(before, at):
        steps.append("-")
        at = match.end()
    key = _KEY.match(before, at)
    entries = len(steps)
    scanned = _scan(before[key.end() if key else at:], key[2] if key else None, steps)
    outer, siblings = _ancestors(lines, line, indent, entries > 0)
    if scanned is None or outer is None:
        return None
    name, prefix, present = scanned
    path = (*outer, *steps)
    if name is None and key is None and len(steps) == entries > 0 and _is_list_key(path):
        return Context(path[:-2], path[-2], prefix)  # an entry of a block list of ids
    return Context(path, name, prefix, frozenset(siblings if present is None else present))


def _is_list_key(path: tuple[str, ...]) -> bool:
    """Whether ``path`` ends in an entry of a list of ids (``supports:`` then ``- ``)."""
    if len(path) < 3 or path[-1] != "-":
        return False
    owner = Context(path[:-2], None, "").kind
    return owner is not None and any(ref.field == path[-2] and ref.many
                                     for ref in REFERENCES.get(owner, ()))


def _scan(rest: str, key: str | None,
          steps: list[str]) -> tuple[str | None, str, set[str] | None] | None:
    """Read the rest of the line after its list markers and block key: the key whose
    value the cursor is in, the word typed so far and the keys of the innermost flow
    mapping (``None`` outside one); ``steps`` gains the keys and entries of the flow
    collections left open. ``None`` where nothing is completed."""
    stack: list[tuple[str, bool]] = []  # "{" or "[", and whether it added a step
    present: list[set[str]] = []
    start = 0
    quote = ""
    closed = False
    for index, char in enumerate(rest):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"" and not rest[start:index].strip():
            quote = char
        elif char == "#" and (index == 0 or rest[index - 1] in " \t"):
            return None
        elif char in "{[":
            added = key is not None or bool(stack and stack[-1][0] == "[")
            if added:
                steps.append(key if key is not None else "-")
            stack.append((char, added))
            present.append(set())
            key, start = None, index + 1
        elif char in "}]" and stack:
            if stack.pop()[1]:
                steps.pop()
            present.pop()
            key, start, closed = None, index + 1, not stack
        elif char == ",":
            key, start = None, index + 1
        elif char == ":" and (not stack or stack[-1][0] == "{") and \
                rest[index + 1: index + 2] in ("", " ", "\t"):
            key = rest[start:index].strip().strip("'\"")
            if present:
                present[-1].add(key)
            start = index + 1
    prefix = rest[start:].strip()
    if quote or (closed and not stack):
        return None
    if stack and stack[-1][0] == "[":
        return steps.pop(), prefix, None  # an entry of a flow list: the list's key
    if not stack and key is None and (rest.rstrip() != rest or " " in prefix):
        return None  # a plain value that is no key (a title, a sentence)
    return key, prefix, present[-1] if present else None


def _ancestors(lines: Sequence[str], line: int, level: int,
               entry: bool) -> tuple[tuple[str, ...] | None, set[str]]:
    """The keys and list entries leading to what starts at column ``level`` of ``line``
    (a block mapping's keys, or with ``entry`` a block list's markers), read from the
    lines above by their indentation; and the keys that mapping already has."""
    steps: list[str] = []
    present: set[str] = set()
    for number in range(line - 1, -1, -1):
        text = lines[number]
        stripped = text.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(text) - len(stripped)
        at = indent
        while match := _ENTRY.match(text, at):
            at = match.end()
        key = _KEY.match(text, at)
        if not entry and at == level and indent < level:  # the entry this mapping starts
            if not steps and key:
                present.add(key[2])
            steps.insert(0, "-")
            level, entry = indent, True
        elif entry and at > indent and indent == level:
            continue  # an earlier entry of the same list
        elif at < level or (entry and at == level):
            if key is None:
                return None, present
            steps.insert(0, key[2])
            level, entry = (indent, True) if at > indent else (at, False)
            if at > indent:
                steps.insert(0, "-")
            elif level == 0:
                break
        elif at == level and key and not steps:
            present.add(key[2])
    return tuple(steps), present


def offers(context: Context, plan: Plan | None, rules: Iterable[str]) -> list[Offer]:
    """What may be written at ``context``: ids of the kinds a reference takes, rule names
    for a waiver's ``rule``, or the keys the mapping does not have yet."""
    kind = context.kind
    if kind is None:
        return []
    if context.key is None:
        return [Offer(key, "field") for key in sorted(_keys(kind) - context.present)]
    if kind == "waiver" and context.key == "rule":
        return [Offer(rule, "rule") for rule in rules]
    if plan is None:
        return []
    kinds = _takes(kind, context.key)
    if kinds is None:
        return []
    return [Offer(item.id, "id", item.describe()) for item in plan.items
            if not kinds or item.kind in kinds]


def _keys(kind: str) -> frozenset[str]:
    if kind == "top":
        return frozenset(TOP_KEYS)
    if kind == "plan":
        return keys_of(PlanInfo)
    if kind == "waiver":
        return keys_of(Waiver)
    return FIELDS.get(kind, frozenset())


def _takes(kind: str, key: str) -> tuple[str, ...] | None:
    """The kinds of item a key of ``kind`` refers to (empty for any), or ``None`` when it
    is no reference."""
    if kind == "waiver":
        return () if key == "node" else ("person",) if key == "approved_by" else None
    for ref in REFERENCES.get(kind, ()):
        if ref.field == key:
            return ref.kinds
    return None
