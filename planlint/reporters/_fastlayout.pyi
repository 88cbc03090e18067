"""The strategy map's crossing reduction and HTML escaping, in C (_fastlayout.c); see
layout.py and escaping.py."""

def reduce_crossings(layers: list[list[int]], up: list[list[int]], down: list[list[int]],
                     sweeps: int) -> tuple[int, list[list[int]]]: ...

def escape(text: str) -> str: ...
