"""The common case of YAML loading, in C (_fastyaml.c); see planlint.loaders.yaml.load."""

from collections.abc import Callable
from typing import Any

Span = tuple[int, int, int, int]

def build(text: str, resolve: Callable[[str], Any], decline: object, typed_first: str,
          max_depth: int, max_nodes: int) -> tuple[Any, dict[str, Span]] | None: ...
