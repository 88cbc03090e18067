"""How long planlint takes to check a workbook, against the reader alone reading it.

One command prints the figures and PASS or FAIL against the target::

    python benchmarks/sheets.py                  # a workbook of 5,000 items, 5 runs each
    python benchmarks/sheets.py --items 20000 --repeat 3

A plan of ``--items`` items is generated (``generate.py``, the seed of ``run.py``) and
written as an Excel workbook in the documented layout (``planlint convert``'s writer),
its dates as date cells; each item is a row, and a metric's readings are rows of the
Actuals sheet. Then, in turn, ``--repeat`` times, each in a process of its own:
``planlint check`` of the workbook, and the reader alone (``planlint.loaders.cells``)
reading it into Python values. The target is a ratio of median CPU times (user plus
system, interpreter start included on both sides, as ``run.py`` measures YAML): a check
within 3 times the reader's. For reference, the same plan written as YAML is checked
too, and python-calamine and openpyxl (read only) read the workbook, when installed.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import generate
from run import (
    Sample,
    compile_sources,
    cpu,
    planlint_command,
    ratio,
    run_child,
    verdict,
    wall,
)

from planlint.convert import dump

TARGET = 3.0  # check CPU time / reader CPU time
_ISO = re.compile(r"^\d{4}-\d\d-\d\d$")

#: Each reader reading every sheet into Python values, in a process of its own.
READERS = {
    "planlint (stdlib)": "from planlint.loaders.cells import read\n"
                         "read(open(sys.argv[1], 'rb').read(), sys.argv[1])\n",
    "python-calamine": "from python_calamine import CalamineWorkbook\n"
                       "book = CalamineWorkbook.from_path(sys.argv[1])\n"
                       "[book.get_sheet_by_name(n).to_python() for n in book.sheet_names]\n",
    "openpyxl (read only)": "import openpyxl\n"
                            "book = openpyxl.load_workbook(sys.argv[1], read_only=True, "
                            "data_only=True)\n"
                            "[[[c.value for c in row] for row in s.iter_rows()] "
                            "for s in book.worksheets]\n",
}
_PROBE = {"python-calamine": "python_calamine", "openpyxl (read only)": "openpyxl"}


def dated(value: Any) -> Any:
    """Plan data with its ISO date texts as dates, as a workbook holds them in cells."""
    if isinstance(value, dict):
        return {key: dated(item) for key, item in value.items()}
    if isinstance(value, list):
        return [dated(item) for item in value]
    if isinstance(value, str) and _ISO.match(value):
        return date.fromisoformat(value)
    return value


def workbook(items: int, folder: Path) -> tuple[Path, int]:
    """The generated plan as a workbook (and beside it as YAML), and how many rows of
    items and readings the workbook has."""
    generated = generate.generate(items)
    generate.write(generated, folder / f"plan-{items}.yaml", "yaml")
    path = folder / f"plan-{items}.xlsx"
    path.write_bytes(dump(dated(generated.document()), ".xlsx")[0])
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    rows = sum(max(0, (sheet.max_row or 1) - 1) for sheet in book.worksheets)
    return path, rows


def installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=5000, help="items in the plan")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command")
    options = parser.parse_args(argv)
    compile_sources()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        path, rows = workbook(options.items, folder)
        check = [*planlint_command(), "check", str(path), "--no-plugins", "--no-color",
                 "--fail-on", "never"]
        readers = {name: [sys.executable, "-c", "import sys\n" + code, str(path)]
                   for name, code in READERS.items()
                   if name not in _PROBE or installed(_PROBE[name])}
        yaml = [*check[:2], str(path.with_suffix(".yaml")), *check[3:]]
        samples: dict[str, list[Sample]] = {"planlint check": [], "check, as YAML": [],
                                            **{name: [] for name in readers}}
        for _ in range(options.repeat):  # in turn, so that each sees the same load
            samples["planlint check"].append(run_child(check, cwd=folder))
            samples["check, as YAML"].append(run_child(yaml, cwd=folder))
            for name, command in readers.items():
                samples[name].append(run_child(command))
        print(f"{path.name}: {options.items:,} items, {rows:,} rows, "
              f"{path.stat().st_size / 1e6:.1f} MB; medians of {options.repeat} runs")
    for name, taken in samples.items():
        print(f"  {name:<22} {cpu(taken):6.2f} s CPU  {wall(taken):6.2f} s wall")
    measured = ratio(cpu(samples["planlint check"]), cpu(samples["planlint (stdlib)"]))
    print(f"check / reader (CPU): {measured:.2f}  {verdict(measured, TARGET)}")
    return 0 if measured <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
