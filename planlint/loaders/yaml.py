"""YAML loading: libyaml composes the node tree, one walk builds data and positions.

Only the YAML core types become data (strings, numbers, booleans, null, timestamps as
their text, sequences, mappings, merge keys); any other tag is reported and dropped, so
a plan can never construct an object. Aliases are shared, not copied, and their total
expansion is capped, so an alias bomb costs nothing.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from planlint.limits import MAX_ALIAS_NODES, MAX_DEPTH, shown
from planlint.loaders import Document, Loader, LoadError, Problem, prescan
from planlint.positions import PositionMap, Span, pointer_join

try:
    _ComposeLoader: Any = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _ComposeLoader = yaml.SafeLoader

_TAG = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL = _TAG + "str", _TAG + "null", _TAG + "bool"
_INT, _FLOAT, _TIMESTAMP = _TAG + "int", _TAG + "float", _TAG + "timestamp"
_SEQ, _MAP, _MERGE = _TAG + "seq", _TAG + "map", _TAG + "merge"
_KEY_TAGS = frozenset({_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP})
_TRUE = frozenset({"yes", "true", "on", "y"})
_CONSTRUCTOR = SafeConstructor()


def load(text: str) -> Document:
    """Load YAML text; raises :class:`LoadError` when it is not valid YAML."""
    prescan.check(text)
    loader = _ComposeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        raise _load_error(error, text) from None
    except yaml.YAMLError as error:
        raise LoadError(f"not valid YAML: {error}") from None
    finally:
        loader.dispose()
    if root is None:
        return Document(None, PositionMap({}))
    walker = _Walker()
    data = walker.walk(root, "", 0)
    walker.spans[""] = _span(root)
    return Document(data, PositionMap(walker.spans), walker.problems)


def _load_error(error: yaml.MarkedYAMLError, text: str) -> LoadError:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "invalid YAML"
    if error.context:
        problem = f"{problem} ({error.context})"
    if mark is None:
        return LoadError(f"not valid YAML: {problem}")
    lines = text.splitlines()
    line = lines[mark.line] if mark.line < len(lines) else ""
    if "tab" in problem or line[mark.column: mark.column + 1] == "\t":
        problem += "; YAML indents with spaces only, replace the tab"
    return LoadError(f"not valid YAML: {problem}", mark.line + 1, mark.column + 1)


def _span(node: Node) -> Span:
    start, end = node.start_mark, node.end_mark
    return (start.line + 1, start.column + 1, end.line + 1, end.column + 1)


class _Walker:
    """Turns a composed node tree into plain data, recording each node's span."""

    def __init__(self) -> None:
        self.spans: dict[str, Span] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self.alias_nodes = 0
        self.seen: dict[int, tuple[Any, int]] = {}

    def walk(self, node: Node, pointer: str, depth: int) -> Any:
        if type(node) is ScalarNode:
            self.count += 1
            return self.scalar(node)
        known = self.seen.get(id(node))
        if known is not None:  # an alias: share the value, count its expanded size
            value, size = known
            self.count += size
            self.alias_nodes += size
            self.count += size
            if self.alias_nodes > MAX_ALIAS_NODES:
                if self.alias_nodes - size <= MAX_ALIAS_NODES:  # say it once
                    self.problem("invalid-field", node, f"aliases expand to more than "
                                 f"{MAX_ALIAS_NODES} values from here on; write the data "
                                 "out or use fewer aliases")
                return None
            return value
        if depth >= MAX_DEPTH:
            self.problem("invalid-field", node,
                         f"nesting deeper than {MAX_DEPTH} levels; a plan is never this deep")
            return None
        before = self.count
        self.count += 1
        built: list[Any] | dict[str, Any]
        if node.tag == _SEQ and type(node) is SequenceNode:
            built = self.sequence(node, pointer, depth + 1)
        elif node.tag == _MAP and type(node) is MappingNode:
            built = self.mapping(node, pointer, depth + 1)
        else:
            return self.bad_tag(node)
        self.seen[id(node)] = (built, self.count - before)
        return built

    def sequence(self, node: SequenceNode, pointer: str, depth: int) -> list[Any]:
        result = []
        spans = self.spans
        here = node.start_mark
        for index, child in enumerate(node.value):
            child_pointer = f"{pointer}/{index}"
            start, end = child.start_mark, child.end_mark
            if start.index < here.index:  # an alias of an earlier node
                start = end = here
            spans[child_pointer] = (start.line + 1, start.column + 1, end.line + 1,
                                    end.column + 1)
            result.append(self.walk(child, child_pointer, depth))
        return result

    def mapping(self, node: MappingNode, pointer: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                for source in self.merge_sources(value_node):
                    merged = self.walk(source, pointer, depth)
                    if isinstance(merged, dict):
                        result.update(merged)
        spans = self.spans
        explicit: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                continue
            key = self.key(key_node)
            if key is None:
                continue
            if key in explicit:
                self.problem("syntax-error", key_node,
                             f"key {shown(key)} appears twice in this mapping; the later value "
                             f"wins, remove one of them")
            explicit.add(key)
            child_pointer = pointer_join(pointer, key)
            start = key_node.start_mark
            end = value_node.end_mark
            if value_node.start_mark.index < start.index:  # an alias of an earlier node
                end = key_node.end_mark
            spans[child_pointer] = (start.line + 1, start.column + 1, end.line + 1,
                                    end.column + 1)
            result[key] = self.walk(value_node, child_pointer, depth)
        return result

    def merge_sources(self, node: Node) -> list[MappingNode]:
        if isinstance(node, MappingNode):
            return [node]
        if isinstance(node, SequenceNode) and all(isinstance(n, MappingNode)
                                                  for n in node.value):
            return list(node.value)
        self.problem("invalid-field", node, "a merge key '<<' takes a mapping or a list of "
                     "mappings")
        return []

    def key(self, node: Node) -> str | None:
        if type(node) is ScalarNode and node.tag in _KEY_TAGS:
            return str(node.value)
        self.problem("invalid-field", node, "a mapping key must be a plain name, "
                     "not a collection or a tagged value")
        return None

    def scalar(self, node: ScalarNode) -> Any:
        tag = node.tag
        if tag in (_STR, _TIMESTAMP):
            return node.value
        if tag == _NULL:
            return None
        if tag in (_INT, _FLOAT):
            try:
                if tag == _INT:
                    return _CONSTRUCTOR.construct_yaml_int(node)
                return _CONSTRUCTOR.construct_yaml_float(node)
            except ValueError:
                return self.bad_number(node)
        if tag == _BOOL:
            return node.value.lower() in _TRUE
        return self.bad_tag(node)

    def bad_number(self, node: ScalarNode) -> None:
        kind = "an integer" if node.tag == _INT else "a number"
        digits = sum(char.isdigit() for char in node.value)
        reason = (f"has {digits} digits, more than planlint reads" if digits > 4000
                  else f"is not {kind}")
        self.problem("invalid-field", node, f"{shown(node.value)} {reason}; write "
                     "a plain number (or quote it to keep it as text)")

    def bad_tag(self, node: Node) -> None:
        tag = node.tag.replace(_TAG, "!!")
        self.problem("invalid-field", node, f"YAML tag {tag} is not allowed in a plan; "
                     "remove it and write the plain value")

    def problem(self, rule: str, node: Node, message: str) -> None:
        self.problems.append(Problem(rule, message, _span(node)))


LOADER = Loader("yaml", (".yaml", ".yml"), load)
