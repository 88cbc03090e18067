"""The common case of YAML loading, in C (_fastyaml.c); see planlint.loaders.yaml.load."""

from collections.abc import Callable
from typing import Any

Span = tuple[int, int, int, int]

class Spans:
    """The spans of a document built in C, by JSON pointer."""

    def find(self, pointer: str, /) -> tuple[str, Span] | None: ...
    def to_dict(self) -> dict[str, Span]: ...
    def __len__(self) -> int: ...

def build(text: str, resolve: Callable[[str], Any], decline: object, typed_first: str,
          max_depth: int, max_nodes: int, max_key_path: int) -> tuple[Any, Spans] | None: ...
