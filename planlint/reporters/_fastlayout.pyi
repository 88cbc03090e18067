"""The strategy map's crossing reduction, in C (_fastlayout.c); see layout.py."""

def reduce_crossings(layers: list[list[int]], up: list[list[int]], down: list[list[int]],
                     sweeps: int) -> tuple[int, list[list[int]]]: ...
