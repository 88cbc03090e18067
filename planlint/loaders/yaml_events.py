"""YAML loading by the Python builder: one pass over PyYAML's events builds the data
and its positions, for the files the C builder (:mod:`planlint.loaders.yaml`) declines
or where it is not built. Imported only then: PyYAML's import is a tenth of checking a
small plan."""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode

from planlint.limits import MAX_ALIAS_NODES, MAX_DEPTH, MAX_KEY_PATH, MAX_NODES, long_key, shown
from planlint.loaders import Document, LoadError, LoadProblem, Problem
from planlint.loaders.yaml import _DECLINE
from planlint.positions import YAML_ONLY_BREAKS, PositionMap, Span, pointer_join

try:
    _Parser: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Parser = yaml.SafeLoader

_YAML_BREAK = re.compile(f"\\r\\n|[\\r\\n{YAML_ONLY_BREAKS}]")
_EDITOR_BREAK = re.compile(r"\r\n|[\r\n]")
_TAG = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL = _TAG + "str", _TAG + "null", _TAG + "bool"
_INT, _FLOAT, _TIMESTAMP = _TAG + "int", _TAG + "float", _TAG + "timestamp"
_SEQ, _MAP, _MERGE = _TAG + "seq", _TAG + "map", _TAG + "merge"
_KEY_TAGS = frozenset({_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP})
_TRUE = frozenset({"yes", "true", "on", "y"})
#: First characters of plain scalars that may be something other than text.
_MAYBE_TYPED = frozenset(_Parser.yaml_implicit_resolvers) - {None}
_CONSTRUCTOR = SafeConstructor()
_NO_KEY = object()
_RESOLVER: Any = None


def resolved(text: str) -> Any:
    """The value of a plain scalar that may be typed, by PyYAML's resolver (see
    :func:`planlint.loaders.yaml._plain_value`)."""
    global _RESOLVER
    try:
        if _RESOLVER is None:
            _RESOLVER = _Parser("")
        return _core_value(_RESOLVER.resolve(ScalarNode, text, (True, False)), text)
    except ValueError:  # a number too long to read (int_max_str_digits)
        return _DECLINE


def _core_value(tag: str, text: str) -> Any:
    """The value of a scalar of one of YAML's core types (text, null, booleans, numbers,
    and timestamps, kept as their text); ``_DECLINE`` for any other tag. Raises
    ``ValueError`` for a number that cannot be read."""
    if tag in (_STR, _TIMESTAMP):
        return text
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return text.lower() in _TRUE
    if tag == _INT:
        return _CONSTRUCTOR.construct_yaml_int(ScalarNode(tag, text))
    if tag == _FLOAT:
        return _CONSTRUCTOR.construct_yaml_float(ScalarNode(tag, text))
    return _DECLINE

def load_events(text: str) -> Document:
    """:func:`load` by the Python builder over PyYAML's events, whatever the file holds."""
    parser = _Parser(text)
    builder = _Builder(parser, text)
    place = _EditorPlace(text)
    try:
        return _document(builder.run(), builder, place)
    except yaml.MarkedYAMLError as error:
        failure = place.error(_load_error(error, text))
        mark = error.problem_mark or error.context_mark
        if mark is not None:
            failure.partial = _document(builder.salvage(mark), builder, place)
        raise failure from None
    except LoadError as error:
        raise place.error(error) from None
    except yaml.YAMLError as error:
        raise LoadError(f"not valid YAML: {error}") from None
    finally:
        parser.dispose()


def _document(data: Any, builder: _Builder, place: _EditorPlace) -> Document:
    spans, problems = builder.spans, builder.problems
    if place.needed:
        spans = {pointer: place.span(span) for pointer, span in spans.items()}
        problems = [Problem(problem.rule, problem.message,
                            problem.span and place.span(problem.span)) for problem in problems]
    return Document(data, PositionMap(spans), problems)


class _EditorPlace:
    """Positions as editors count lines. YAML 1.1, and so PyYAML, also breaks lines at
    NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR; in a file that holds one, positions are
    moved from PyYAML's lines to the editor's (by character offset)."""

    def __init__(self, text: str) -> None:
        self.needed = any(char in text for char in YAML_ONLY_BREAKS)
        if self.needed:
            self.yaml_starts = _starts(text, _YAML_BREAK)
            self.editor_starts = _starts(text, _EDITOR_BREAK)

    def at(self, line: int, column: int) -> tuple[int, int]:
        if not self.needed or line > len(self.yaml_starts):
            return line, column
        offset = self.yaml_starts[line - 1] + column - 1
        editor_line = bisect.bisect_right(self.editor_starts, offset)
        return editor_line, offset - self.editor_starts[editor_line - 1] + 1

    def span(self, span: Span) -> Span:
        return (*self.at(span[0], span[1]), *self.at(span[2], span[3]))

    def error(self, error: LoadError) -> LoadError:
        if self.needed and error.line is not None:
            error.line, error.column = self.at(error.line, error.column)
        return error


def _starts(text: str, breaks: re.Pattern[str]) -> list[int]:
    """The offset where each line starts."""
    return [0, *(match.end() for match in breaks.finditer(text))]


def _load_error(error: yaml.MarkedYAMLError, text: str) -> LoadError:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "invalid YAML"
    if error.context:
        problem = f"{problem} ({error.context})"
    if mark is None:
        return LoadError(f"not valid YAML: {problem}")
    lines = _YAML_BREAK.split(text)
    line = lines[mark.line] if mark.line < len(lines) else ""
    if "tab" in problem or line[mark.column: mark.column + 1] == "\t":
        problem += "; YAML indents with spaces only, replace the tab"
    elif line[mark.column: mark.column + 1] in ("%", "@", "`"):
        problem += (f"; a value cannot start with {line[mark.column]!r} in YAML: quote it, "
                    f"as '{line[mark.column:].strip()}'")
    elif any(char in YAML_ONLY_BREAKS for char in text[max(0, mark.index - 2000):mark.index]):
        problem += ("; YAML reads U+0085, U+2028 and U+2029 as line breaks, so write them "
                    "as \\u2028 (and so on) inside a double-quoted string, or remove them")
    return LoadError(f"not valid YAML: {problem}", mark.line + 1, mark.column + 1)


def _span(start: Any, end: Any) -> Span:
    return (start.line + 1, start.column + 1, end.line + 1, end.column + 1)


class _Collection:
    """A mapping or sequence being built: its value, where it stands, what it awaits."""

    __slots__ = ("anchor", "dropped", "key", "key_start", "merges", "pointer",
                 "size", "start", "value")

    def __init__(self, value: dict[str, Any] | list[Any], pointer: str | None, start: Any,
                 anchor: str | None, size: int, dropped: bool) -> None:
        self.value = value
        self.pointer = pointer  # None: a key or merged value, which has no place of its own
        self.dropped = dropped  # a tag that is not allowed: the value becomes None
        self.start = start
        self.anchor = anchor
        self.size = size  # the node count when it started, to measure its own size
        self.key: Any = _NO_KEY  # a mapping's key awaiting its value
        self.key_start: Any = None
        self.merges: list[dict[str, Any]] | None = None  # a mapping's merge sources


class _Builder:
    """Turns libyaml's event stream into plain data, recording each node's span."""

    def __init__(self, parser: Any, text: str) -> None:
        self.parser = parser
        #: Line numbers from 1, one int object each, shared by every span on the line
        #: rather than made anew for each (a number past 256 is a new object every time);
        #: up to the line after the last, where the stream ends when the text does not
        #: end with a line break.
        breaks = text.count("\n") + text.count("\r") + sum(map(text.count, YAML_ONLY_BREAKS))
        self.line_numbers = list(range(1, breaks + 3))
        self.spans: dict[str, Span] = {}
        self.problems: list[Problem] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        #: The value of each plain scalar read so far that no implicit type leaves as
        #: text (numbers, dates, booleans, null): these repeat across a plan.
        self.typed: dict[str, Any] = {}
        self.documents = 0
        self.stack: list[_Collection] = []
        self.nodes = 0
        self.alias_nodes = 0
        self.root: Any = None

    def run(self) -> Any:
        """Build the data. Most events are placed here, without a call per event: scalars
        in a list or a mapping (its keys, most of its values) with no tag or anchor, text
        or a value read before, and lists and mappings with no tag or anchor, as they open
        and close in a list or under a text key. Every other scalar takes :meth:`value`,
        every other list or mapping :meth:`open` and :meth:`close`."""
        get_event, stack, spans, typed = self.parser.get_event, self.stack, self.spans, \
            self.typed
        line = self.line_numbers
        while (event := get_event()) is not None:
            kind = type(event)
            if kind is ScalarEvent:
                if not stack or event.anchor is not None or event.tag not in (None, "!"):
                    self.value(event)
                    continue
                value = event.value
                if event.implicit[0] and (not value or value[0] in _MAYBE_TYPED):
                    value = typed.get(value, _NO_KEY)
                    if value is _NO_KEY:
                        self.value(event)
                        continue
                self.nodes += 1
                if self.nodes > MAX_NODES:
                    raise _too_many(event)
                top = stack[-1]
                container: Any = top.value  # a list or a mapping
                key = top.key
                if type(container) is list:
                    if top.pointer is not None:
                        start, end = event.start_mark, event.end_mark
                        spans[f"{top.pointer}/{len(container)}"] = (
                            line[start.line], start.column + 1, line[end.line],
                            end.column + 1)
                    container.append(value)
                elif key is _NO_KEY and type(value) is str:
                    top.key, top.key_start = value, event.start_mark
                    if top.pointer is not None \
                            and len(top.pointer) + len(value) >= MAX_KEY_PATH:
                        top.key = self.long_key(top.pointer, value, event.start_mark,
                                                event.end_mark)
                elif type(key) is str and key not in container:
                    top.key = _NO_KEY
                    container[key] = value
                    if top.pointer is not None:
                        start, end = top.key_start, event.end_mark
                        spans[pointer_join(top.pointer, key)] = (
                            line[start.line], start.column + 1, line[end.line],
                            end.column + 1)
                else:  # a key not text, or a value whose key is special or there twice
                    self.place(value, event.start_mark, event.end_mark)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if not stack or event.anchor is not None or event.tag is not None \
                        or len(stack) >= MAX_DEPTH:
                    self.open(event, kind is MappingStartEvent)
                    continue
                size = self.nodes
                self.nodes += 1
                if self.nodes > MAX_NODES:
                    raise _too_many(event)
                pointer, start = self.slot(event.start_mark)
                stack.append(_Collection({} if kind is MappingStartEvent else [], pointer,
                                         start, None, size, False))
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack[-1]
                if done.pointer is None or done.anchor is not None or done.dropped \
                        or done.merges is not None or len(stack) == 1:
                    self.close(event)
                    continue
                # In place with its span: its pointer is the one its container's place()
                # would make (:meth:`slot`), its key the one awaiting a value.
                stack.pop()
                start, end = done.start, event.end_mark
                spans[done.pointer] = (line[start.line], start.column + 1, line[end.line],
                                       end.column + 1)
                top = stack[-1]
                container = top.value
                if type(container) is list:
                    container.append(done.value)
                    continue
                key, top.key = top.key, _NO_KEY
                if key in container:
                    self.problem_at("syntax-error", top.key_start, start,
                                    f"key {shown(key)} appears twice in this mapping; the "
                                    "later value wins, remove one of them")
                container[key] = done.value
            else:
                self.other(event, kind)
        return self.root

    def other(self, event: Any, kind: type) -> None:
        """An alias, a document's start (or what needs no reading: a stream's start)."""
        if kind is AliasEvent:
            self.place(self.alias(event), event.start_mark, event.end_mark)
        elif kind is DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                raise LoadError("a plan file holds a single document; this '---' starts "
                                "another, split it into its own file",
                                event.start_mark.line + 1, event.start_mark.column + 1)

    def salvage(self, mark: Any) -> Any:
        """What was read before reading stopped at ``mark``: the lists and mappings still
        open are closed there, except an item of a list (a goal, a metric), which may
        lack what came after and is left out. A key still awaiting its value is dropped."""
        while self.stack:
            done = self.stack.pop()
            if self.stack and isinstance(self.stack[-1].value, list) \
                    and isinstance(done.value, dict):
                continue
            if done.pointer is not None:
                self.spans[done.pointer] = _span(done.start, mark)
            self.place(None if done.dropped else done.value, done.start, mark)
        return self.root

    # -- values ---------------------------------------------------------------------------

    def value(self, event: Any) -> None:
        """Read and place a scalar of any kind, anchored or not."""
        value = self.scalar(event)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self.place(value, event.start_mark, event.end_mark)

    def scalar(self, event: Any) -> Any:
        self.nodes += 1  # counted here rather than by count(): scalars are most values
        if self.nodes > MAX_NODES:
            raise _too_many(event)
        value: str = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0] or (value and value[0] not in _MAYBE_TYPED):
                return value
            known = self.typed.get(value, _NO_KEY)
            if known is not _NO_KEY:
                return known
            tag = self.parser.resolve(ScalarNode, value, event.implicit)
            if tag != _MERGE:
                problems = len(self.problems)
                known = self.construct(event, tag, value)
                if len(self.problems) == problems:  # read as it always will be
                    self.typed[value] = known
                return known
        return self.construct(event, tag, value)

    def construct(self, event: Any, tag: str, value: str) -> Any:
        """The value of a scalar of a tag resolved or given."""
        try:
            known = _core_value(tag, value)
        except ValueError:
            kind = "an integer" if tag == _INT else "a number"
            digits = sum(char.isdigit() for char in value)
            reason = (f"has {digits} digits, more than planlint reads" if digits > 4000
                      else f"is not {kind}")
            self.problem("invalid-field", event, f"{shown(value)} {reason}; write a "
                         "plain number (or quote it to keep it as text)")
            return None
        if known is not _DECLINE:
            return known
        if tag == _MERGE:  # '<<' merges where it is a key, and is text elsewhere
            at_key = bool(self.stack) and isinstance(self.stack[-1].value, dict) \
                and self.stack[-1].key is _NO_KEY
            return _MERGE_KEY if at_key else value
        self.problem("invalid-field", event, _bad_tag(tag))
        return None

    def alias(self, event: Any) -> Any:
        known = self.anchors.get(event.anchor)
        if known is None:
            raise LoadError(f"the alias *{event.anchor} names no anchor defined before it; "
                            f"define &{event.anchor} first",
                            event.start_mark.line + 1, event.start_mark.column + 1)
        value, size = known
        if self.alias_nodes + size > MAX_ALIAS_NODES:
            if self.alias_nodes <= MAX_ALIAS_NODES:  # report the first one only
                self.problem("invalid-field", event, f"aliases expand to more than "
                             f"{MAX_ALIAS_NODES:,} values; write the data out or use fewer "
                             "aliases")
                self.alias_nodes = MAX_ALIAS_NODES + 1
            return None
        self.nodes += size
        self.alias_nodes += size
        return value

    def open(self, event: Any, mapping: bool) -> None:
        size = self.nodes
        self.count(event)
        if len(self.stack) >= MAX_DEPTH:
            self.problem("invalid-field", event, f"lists and mappings nest deeper than "
                         f"{MAX_DEPTH} levels here; a plan needs only a few, so this value "
                         "is dropped")
            self.skip(event.start_mark)
            return
        pointer, start = self.slot(event.start_mark)
        dropped = event.tag not in (None, "!", _MAP if mapping else _SEQ)
        if dropped:  # built to keep the stream in step, then dropped
            self.problem("invalid-field", event, _bad_tag(event.tag))
        self.stack.append(_Collection({} if mapping else [], pointer, start, event.anchor,
                                      size, dropped))

    def close(self, event: Any) -> None:
        """Close a list or mapping that takes more than :meth:`run` does (a merge, a tag,
        an anchor, or no place of its own) and place it."""
        done = self.stack.pop()
        value: Any = done.value
        if isinstance(value, dict) and done.merges:
            merged: dict[str, Any] = {}
            for source in done.merges:
                merged.update(source)
            value = {**merged, **value}
        if done.dropped:
            value = None
        if done.anchor is not None:
            self.anchors[done.anchor] = (value, self.nodes - done.size)
        self.place(value, done.start, event.end_mark)

    def skip(self, start: Any) -> None:
        """Read past a value nested too deeply, which started at ``start``, and place
        ``None`` for it; stop the file where it nests so deep that even reading past it
        would be slow."""
        depth = 1
        while depth and (event := self.parser.get_event()) is not None:
            kind = type(event)
            self.count(event)
            if kind is not AliasEvent and getattr(event, "anchor", None) is not None:
                self.anchors[event.anchor] = (None, 1)  # aliases of a dropped value are empty
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                depth += 1
                if depth > MAX_DEPTH:
                    raise LoadError(f"lists and mappings nest deeper than {2 * MAX_DEPTH} "
                                    "levels here; a plan needs only a few levels, flatten it",
                                    event.start_mark.line + 1, event.start_mark.column + 1)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                depth -= 1
                if not depth:
                    self.place(None, start, event.end_mark)

    # -- placing values in their containers ---------------------------------------------

    def slot(self, start: Any) -> tuple[str | None, Any]:
        """The pointer and start of the value about to begin (a mapping entry starts at
        its key); no pointer for a key, a merged value or anything inside them."""
        if not self.stack:
            return "", start
        top = self.stack[-1]
        if top.pointer is None:
            return None, start
        if isinstance(top.value, list):
            return f"{top.pointer}/{len(top.value)}", start
        if top.key in (_NO_KEY, _MERGE_KEY, _DROPPED):
            return None, start
        return pointer_join(top.pointer, top.key), top.key_start

    def place(self, value: Any, start: Any, end: Any) -> None:
        """Put a finished value where it belongs: the root, a list, or a mapping (as its
        next key, or as the value of the key before it)."""
        if not self.stack:
            self.root = value
            self.spans[""] = _span(start, end)
            return
        top = self.stack[-1]
        container = top.value
        if isinstance(container, list):
            if top.pointer is not None:
                self.spans[f"{top.pointer}/{len(container)}"] = (
                    start.line + 1, start.column + 1, end.line + 1, end.column + 1)
            container.append(value)
            return
        if top.key is _NO_KEY:
            top.key = value if type(value) is str else self.key(value, start, end)
            top.key_start = start
            if top.pointer is not None and type(top.key) is str \
                    and len(top.pointer) + len(top.key) >= MAX_KEY_PATH:
                top.key = self.long_key(top.pointer, top.key, start, end)
            return
        key, top.key = top.key, _NO_KEY
        if key is _MERGE_KEY:
            top.merges = [*(top.merges or ()), *self.merge_sources(value, start, end)]
            return
        if key is _DROPPED:
            return
        if key in container:  # merged keys join only when the mapping closes
            self.problem_at("syntax-error", top.key_start, start,
                            f"key {shown(key)} appears twice in this mapping; the later "
                            "value wins, remove one of them")
        container[key] = value
        if top.pointer is not None:
            key_start = top.key_start
            if (end.line, end.column) < (key_start.line, key_start.column):
                end = start  # an alias of an earlier node: its end lies before the key
            self.spans[pointer_join(top.pointer, key)] = (
                key_start.line + 1, key_start.column + 1, end.line + 1, end.column + 1)

    def key(self, value: Any, start: Any, end: Any) -> Any:
        if value is _MERGE_KEY:
            return _MERGE_KEY
        if isinstance(value, dict | list):
            self.problem_at("invalid-field", start, end, "a mapping key must be a plain "
                            "name, not a collection or a tagged value; this entry is dropped")
            return _DROPPED
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    def long_key(self, pointer: str, key: str, start: Any, end: Any) -> Any:
        """A key whose path, with those of the mappings it is in, would pass
        ``MAX_KEY_PATH``: a problem, and its entry is dropped."""
        self.problem_at("invalid-field", start, end, long_key(pointer, key) or "")
        return _DROPPED

    def merge_sources(self, value: Any, start: Any, end: Any) -> list[dict[str, Any]]:
        if isinstance(value, dict):
            return [value]
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            return list(reversed(value))  # earlier sources win, so they are applied last
        self.problem_at("invalid-field", start, end, "a merge key '<<' takes a mapping or a "
                        "list of mappings")
        return []

    # -- limits and problems -------------------------------------------------------------

    def count(self, event: Any) -> None:
        """Count one value; stop the file once it holds more than ``MAX_NODES``."""
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _too_many(event)

    def problem(self, rule: LoadProblem, event: Any, message: str) -> None:
        self.problem_at(rule, event.start_mark, event.end_mark, message)

    def problem_at(self, rule: LoadProblem, start: Any, end: Any, message: str) -> None:
        self.problems.append(Problem(rule, message, _span(start, end)))


class _Marker:
    """A sentinel with a readable repr."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_MERGE_KEY: Any = _Marker("<<")
_DROPPED: Any = _Marker("dropped")


def _too_many(event: Any) -> LoadError:
    return LoadError(f"the file holds more than {MAX_NODES:,} values; split the plan into "
                     "several files", event.start_mark.line + 1, event.start_mark.column + 1)


def _bad_tag(tag: str) -> str:
    return (f"YAML tag {tag.replace(_TAG, '!!')} is not allowed in a plan; remove it and "
            "write the plain value")
