"""Fuzz the loaders: any bytes, named as any plan file, give findings, never an error.

Run with atheris for as long as you like::

    python tests/fuzz_loader.py -max_total_time=600

tests/test_fuzz.py runs the same check on a fixed budget of examples in CI.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import planlint

SUFFIXES = (".yaml", ".json", ".toml")


def check_input(data: bytes, folder: Path) -> None:
    """Lint ``data`` as a YAML, JSON and TOML file; anything but a report is a failure."""
    for suffix in SUFFIXES:
        path = folder / f"plan{suffix}"
        path.write_bytes(data)
        report = planlint.lint(str(path))
        assert not [f for f in report.findings if f.code == "PL000"], report.findings
        assert all(f.location.line for f in report.findings if f.kind == "file")


def main() -> None:
    import atheris

    folder = Path(tempfile.mkdtemp())

    def one_input(data: bytes) -> None:
        check_input(data, folder)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
