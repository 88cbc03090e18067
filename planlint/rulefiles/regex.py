"""A linear-time regular-expression matcher for the ``matches`` operator of rule files.

Patterns use Python's syntax (parsed by the standard library's own parser), but run on a
Thompson NFA instead of a backtracking engine, so the time to test a value grows with
its length times the pattern's size and never explodes, whatever the plan contains.
Constructs that need backtracking are refused when the rule file loads: backreferences,
lookarounds, conditionals, possessive repeats and atomic groups.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

#: Longest pattern accepted, in characters.
MAX_PATTERN = 200
#: Most instructions a pattern may compile to once counted repeats are expanded.
MAX_PROGRAM = 2000
#: Characters of a value that a pattern is tested against.
MAX_TEXT = 10_000
#: Most sets of states one search remembers the steps of (each at most MAX_PROGRAM long).
_REMEMBERED = MAX_PROGRAM

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_IGNORECASE = re.IGNORECASE.value
_MULTILINE = re.MULTILINE.value
_DOTALL = re.DOTALL.value
_ALLOWED_FLAGS = _IGNORECASE | _MULTILINE | _DOTALL | re.VERBOSE.value | re.UNICODE.value

CharTest = Callable[[str], bool]


class PatternError(ValueError):
    """A pattern that is not valid, or uses a construct this matcher refuses."""


@dataclass(frozen=True, slots=True)
class _Char:
    test: CharTest


@dataclass(frozen=True, slots=True)
class _Split:
    first: int
    second: int


@dataclass(frozen=True, slots=True)
class _Jump:
    to: int


@dataclass(frozen=True, slots=True)
class _Assert:
    at: str


_Instruction = _Char | _Split | _Jump | _Assert | None  # None: match


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_CATEGORIES: dict[str, CharTest] = {
    "CATEGORY_DIGIT": str.isdecimal, "CATEGORY_NOT_DIGIT": lambda ch: not ch.isdecimal(),
    "CATEGORY_SPACE": str.isspace, "CATEGORY_NOT_SPACE": lambda ch: not ch.isspace(),
    "CATEGORY_WORD": _word, "CATEGORY_NOT_WORD": lambda ch: not _word(ch),
}


def _between(low: str, high: str) -> CharTest:
    return lambda ch: low <= ch <= high


def _folded(test: CharTest, ignorecase: bool) -> CharTest:
    if not ignorecase:
        return test
    return lambda ch: test(ch) or test(ch.lower()) or test(ch.upper())


class _Compiler:
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.program: list[_Instruction] = []

    def emit(self, instruction: _Instruction) -> int:
        if len(self.program) >= MAX_PROGRAM:
            raise PatternError(f"the pattern expands to more than {MAX_PROGRAM} steps; "
                               "use smaller counted repeats such as {1,20}")
        self.program.append(instruction)
        return len(self.program) - 1

    def sequence(self, items: Any, flags: int) -> None:
        for op, arg in items:
            self.node(str(op), arg, flags)

    def node(self, op: str, arg: Any, flags: int) -> None:
        ignorecase = bool(flags & _IGNORECASE)
        if op == "LITERAL":
            self.emit(_Char(_folded(chr(arg).__eq__, ignorecase)))
        elif op == "NOT_LITERAL":
            same = _folded(chr(arg).__eq__, ignorecase)
            self.emit(_Char(lambda ch: not same(ch)))
        elif op == "ANY":
            self.emit(_Char((lambda ch: True) if flags & _DOTALL else "\n".__ne__))
        elif op == "IN":
            self.emit(_Char(_folded(self.char_class(arg), ignorecase)))
        elif op == "AT":
            if str(arg) not in _ANCHORS:
                raise PatternError(f"the anchor {arg} is not supported")
            self.emit(_Assert(str(arg)))
        elif op == "SUBPATTERN":
            _, add, remove, items = arg
            self.sequence(items, (flags | add) & ~remove)
        elif op == "BRANCH":
            self.branch(arg[1], flags)
        elif op in ("MAX_REPEAT", "MIN_REPEAT"):
            self.repeat(arg, flags)
        else:
            raise PatternError(_REFUSED.get(op, f"the construct {op} is not supported"))

    def char_class(self, items: Any) -> CharTest:
        tests: list[CharTest] = []
        negate = False
        for op, arg in items:
            name = str(op)
            if name == "NEGATE":
                negate = True
            elif name == "LITERAL":
                tests.append(chr(arg).__eq__)
            elif name == "RANGE":
                tests.append(_between(chr(arg[0]), chr(arg[1])))
            elif name == "CATEGORY" and str(arg) in _CATEGORIES:
                tests.append(_CATEGORIES[str(arg)])
            else:
                raise PatternError(f"the class item {name} is not supported")

        def test(ch: str) -> bool:
            return any(each(ch) for each in tests) != negate

        return test

    def branch(self, alternatives: Any, flags: int) -> None:
        jumps: list[int] = []
        for index, alternative in enumerate(alternatives):
            if index < len(alternatives) - 1:
                split = self.emit(_Split(0, 0))
                self.sequence(alternative, flags)
                jumps.append(self.emit(_Jump(0)))
                self.program[split] = _Split(split + 1, len(self.program))
            else:
                self.sequence(alternative, flags)
        for jump in jumps:
            self.program[jump] = _Jump(len(self.program))

    def repeat(self, arg: Any, flags: int) -> None:
        low, high, items = arg
        for _ in range(low):
            self.sequence(items, flags)
        if high == _c.MAXREPEAT:
            loop = self.emit(_Split(0, 0))
            self.sequence(items, flags)
            self.emit(_Jump(loop))
            self.program[loop] = _Split(loop + 1, len(self.program))
            return
        splits = []
        for _ in range(high - low):
            splits.append(self.emit(_Split(0, 0)))
            self.sequence(items, flags)
            self.program[splits[-1]] = _Split(splits[-1] + 1, 0)
        for split in splits:
            self.program[split] = _Split(split + 1, len(self.program))


_ANCHORS = frozenset({"AT_BEGINNING", "AT_BEGINNING_STRING", "AT_END", "AT_END_STRING",
                      "AT_BOUNDARY", "AT_NON_BOUNDARY"})
_REFUSED = {
    "GROUPREF": "backreferences (\\1) are not supported",
    "GROUPREF_EXISTS": "conditional groups are not supported",
    "ASSERT": "lookarounds ((?=…), (?<=…)) are not supported",
    "ASSERT_NOT": "negative lookarounds ((?!…), (?<!…)) are not supported",
    "POSSESSIVE_REPEAT": "possessive repeats (*+, ++) are not supported",
    "ATOMIC_GROUP": "atomic groups ((?>…)) are not supported",
}


class Pattern:
    """A compiled pattern; :meth:`search` says whether it matches anywhere in a text."""

    def __init__(self, source: str) -> None:
        if len(source) > MAX_PATTERN:
            raise PatternError(f"the pattern is {len(source)} characters long; the limit is "
                               f"{MAX_PATTERN}")
        try:
            parsed = _parser.parse(source)
        except re.error as error:
            raise PatternError(f"not a valid regular expression: {error}") from None
        except OverflowError:  # a counted repeat past what Python's parser holds
            raise PatternError(f"the pattern expands to more than {MAX_PROGRAM} steps; "
                               "use smaller counted repeats such as {1,20}") from None
        flags = parsed.state.flags
        if flags & ~_ALLOWED_FLAGS:
            raise PatternError("only the flags i, m, s and x are supported")
        compiler = _Compiler(source)
        compiler.sequence(parsed, flags)
        compiler.emit(None)
        self.source = source
        self.multiline = bool(flags & _MULTILINE)
        self.program = compiler.program
        self.anchored = any(isinstance(instruction, _Assert) for instruction in self.program)

    def search(self, text: str) -> bool:
        """Whether the pattern matches somewhere in (the first MAX_TEXT characters of) text.

        The states reached after each character are remembered by the states before it
        and the character (and what the pattern's anchors see there), so a run of text
        that keeps the same states costs a lookup per character: ``a{0,900}z`` over
        10,000 characters took 10 s, each step walking 900 states."""
        text = text[:MAX_TEXT]
        program = self.program
        closures: dict[tuple[tuple[int, ...], tuple[bool, ...]], tuple[int, ...] | None] = {}
        moves: dict[tuple[tuple[int, ...], str], tuple[int, ...]] = {}
        current: tuple[int, ...] = ()
        for position in range(len(text) + 1):
            if len(closures) > _REMEMBERED:  # states that never repeat: memory stays bounded
                closures.clear()
                moves.clear()
            key = (current, self._context(text, position) if self.anchored else ())
            if key in closures:
                waiting = closures[key]
            else:
                seen: set[int] = set()
                found: list[int] = []
                matched = any(self._close(pc, text, position, seen, found)
                              for pc in (*current, 0))
                waiting = closures[key] = None if matched else tuple(found)
            if waiting is None:
                return True
            if position == len(text):
                return False
            ch = text[position]
            step = (waiting, ch)
            if step in moves:
                current = moves[step]
            else:
                current = moves[step] = tuple(
                    pc + 1 for pc in waiting if cast(_Char, program[pc]).test(ch))
        return False

    def _context(self, text: str, position: int) -> tuple[bool, ...]:
        """All that the anchors (:meth:`_holds`) read of ``text`` at ``position``."""
        before = text[position - 1] if position > 0 else ""
        after = text[position] if position < len(text) else ""
        return (position == 0, position == len(text), position == len(text) - 1,
                before == "\n", after == "\n", bool(before) and _word(before),
                bool(after) and _word(after))

    def _close(self, start: int, text: str, position: int, seen: set[int],
               out: list[int]) -> bool:
        """Follow the epsilon moves from ``start``; True when a match is reached."""
        stack = [start]
        program = self.program
        while stack:
            pc = stack.pop()
            if pc in seen:
                continue
            seen.add(pc)
            instruction = program[pc]
            if instruction is None:
                return True
            if isinstance(instruction, _Char):
                out.append(pc)
            elif isinstance(instruction, _Split):
                stack.extend((instruction.second, instruction.first))
            elif isinstance(instruction, _Jump):
                stack.append(instruction.to)
            elif self._holds(instruction.at, text, position):
                stack.append(pc + 1)
        return False

    def _holds(self, at: str, text: str, position: int) -> bool:
        before = text[position - 1] if position > 0 else ""
        after = text[position] if position < len(text) else ""
        if at == "AT_BEGINNING":
            return position == 0 or (self.multiline and before == "\n")
        if at == "AT_BEGINNING_STRING":
            return position == 0
        if at == "AT_END":
            return (position == len(text) or (after == "\n" and position == len(text) - 1)
                    or (self.multiline and after == "\n"))
        if at == "AT_END_STRING":
            return position == len(text)
        boundary = _word(before) if before else False
        boundary = boundary != (_word(after) if after else False)
        return boundary if at == "AT_BOUNDARY" else not boundary
