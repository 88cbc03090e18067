"""planlint's speed and memory, against the cost of merely reading the plan.

One command prints every figure with its target and PASS or FAIL beside it::

    python benchmarks/run.py                       # 1k, 10k, 50k and 100k items (and 20k)
    python benchmarks/run.py --sizes 1k,10k --repeat 1 --formats yaml,json

For each size a plan is generated (cached under ``--work``): one file, or with
``--split`` an enterprise file that includes one file per business unit. Then
``planlint check`` and a bare parse of the same files (PyYAML's C loader for YAML,
``json.loads`` for JSON, keeping every file's data) run as separate processes, in
turn, ``--repeat`` times; the medians of wall time, CPU time and peak memory (the
child's ``ru_maxrss``) are shown. A bare parse with the garbage
collector off is shown beside it, for reference. Each rule is timed on the loaded plan
in a process of its own (``benchmarks/rule_times.py``). Startup is the median of
``--startup-runs`` runs of ``planlint --version`` against ``python -c "import click"``,
and of ``planlint check --example`` against importing planlint's five dependencies.
Targets are ratios of CPU times measured in the same run, so they hold on a loaded
machine where wall times do not.

The exit status is 1 when a target fails. POSIX only (``os.wait4``).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import generate

HERE = Path(__file__).resolve().parent
PARSE_TARGET = 1.5  # check time / bare parse time, at the target size
GROWTH_TARGET = 4.8  # time for 4x the items
GROWTH_EXPONENT = math.log(GROWTH_TARGET) / math.log(4)
MEMORY_TARGET = 2.5  # check peak memory / bare parse peak memory, at MEMORY_SIZE
MEMORY_SIZE = 100_000
EXAMPLE_TARGET = 1.3  # planlint check --example / import of the five dependencies
VERSION_TARGET = 1.2  # planlint --version / import click
RULE_FLOOR = 0.02  # seconds: a rule's growth is judged only where it takes this long
#: Each round times the floors this many times: a floor is the short side of every ratio,
#: where a run's noise weighs most, and costs little to repeat.
FLOOR_RUNS = 3
RULE_START = 0.005  # seconds: its growth is measured from the first size it takes this
OUTPUTS = ("text", "json", "sarif", "junit", "markdown", "html")
OUTPUT_TARGET = 4.0  # check in any output format / libyaml's event scan, at the target size
LOADING_TARGET = 2.0  # loading alone (--select PL001) / libyaml's event scan

# The data of every file is kept, as a plan's must be: the plan is one graph.
_PARSERS = {
    "yaml": "import sys, yaml\n"
            "plan = []\n"
            "for p in sys.argv[1:]:\n"
            "    with open(p, encoding='utf-8') as f:\n"
            "        plan.append(yaml.load(f, Loader=yaml.CSafeLoader))\n",
    "json": "import sys, json\n"
            "plan = []\n"
            "for p in sys.argv[1:]:\n"
            "    with open(p, encoding='utf-8') as f:\n"
            "        plan.append(json.loads(f.read()))\n",
}
_NO_GC = "import gc\ngc.disable()\n"
#: The floors a check is measured against: libyaml's events, only read (no data built),
#: and the standard library's C JSON parser building the data of the same plan as JSON.
_FLOORS = {
    "yaml": "import sys, yaml\n"
            "with open(sys.argv[1], encoding='utf-8') as f:\n"
            "    for _ in yaml.parse(f, Loader=yaml.CSafeLoader):\n"
            "        pass\n",
    "json": "import sys, json\n"
            "with open(sys.argv[1], encoding='utf-8') as f:\n"
            "    plan = json.load(f)\n",
}
_DEPENDENCIES = "import yaml, pydantic, networkx, click, pluggy"


@dataclass
class Sample:
    """One child process: wall seconds, CPU seconds (user + system), peak memory (MiB)."""

    seconds: float
    cpu: float
    mib: float


def run_child(argv: Sequence[str], cwd: Path | None = None, codes: Sequence[int] = (0,)
              ) -> Sample:
    """Run a command with its output discarded; its own peak memory comes from wait4."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in codes:
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise SystemExit(f"{' '.join(argv)} exited {process.returncode}:\n{message}")
    return Sample(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def compile_sources() -> None:
    """Compile planlint's modules and its plugins' to bytecode, as installing them does:
    an editable install where PYTHONDONTWRITEBYTECODE is set would otherwise compile
    every module from source in every measured run (0.08 s of CPU), which no installed
    planlint does."""
    import compileall
    from importlib import metadata, util

    plugins = [entry.value.split(":")[0] for entry in metadata.entry_points(group="planlint")]
    for name in ("planlint", "planlint.rules", *plugins):
        spec = util.find_spec(name)
        for folder in (spec.submodule_search_locations or []) if spec is not None else []:
            compileall.compile_dir(folder, quiet=1)


def planlint_command() -> list[str]:
    """The ``planlint`` script installed beside this Python, else ``python -m planlint``."""
    script = Path(sys.executable).parent / "planlint"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "planlint"]


def ratio(top: float, bottom: float) -> float:
    return top / bottom if bottom > 0 else math.inf


def verdict(value: float, limit: float) -> str:
    return f"<={limit:.3g} {'PASS' if value <= limit else 'FAIL'}"


def growth(small: float, large: float, items_small: int, items_large: int) -> float:
    """The exponent k of time ~ items**k between two sizes (1.0 is linear)."""
    if small <= 0 or large <= 0:
        return 0.0
    return math.log(large / small) / math.log(items_large / items_small)


# -- plans ----------------------------------------------------------------------------


def plan_files(work: Path, size: int, seed: int, fmt: str, split: bool) -> list[Path]:
    """A generated plan's files (first the one to check), generated when not cached."""
    source = (HERE / "generate.py").read_bytes()
    stamp = hashlib.sha256(source).hexdigest()[:16]
    folder = work / f"{fmt}-{size}-seed{seed}{'-split' if split else ''}"
    marker = folder / ".generated"
    target = folder if split else folder / f"plan.{fmt}"
    if not (marker.is_file() and marker.read_text() == stamp):
        print(f"  generating {size:,} items ({fmt}{', split' if split else ''}) ...",
              file=sys.stderr, flush=True)
        folder.mkdir(parents=True, exist_ok=True)
        generate.write(generate.generate(size, seed), target, fmt, split)
        marker.write_text(stamp)
    if not split:
        return [target]
    return [folder / f"enterprise.{fmt}", *sorted((folder / "units").glob(f"*.{fmt}"))]


# -- measuring ------------------------------------------------------------------------


def wall(samples: list[Sample]) -> float:
    return statistics.median(sample.seconds for sample in samples)


def cpu(samples: list[Sample]) -> float:
    return statistics.median(sample.cpu for sample in samples)


def peak(samples: list[Sample]) -> float:
    return statistics.median(sample.mib for sample in samples)


@dataclass
class SizeFigures:
    """What one plan size measured; ``rules`` comes from ``rule_times.py``."""

    megabytes: float
    check: list[Sample] = field(default_factory=list)
    parse: list[Sample] = field(default_factory=list)
    parse_no_gc: list[Sample] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)

    @property
    def items(self) -> int:
        return int(self.rules["items"])

    def to_dict(self) -> dict[str, Any]:
        figures: dict[str, Any] = {"items": self.items, "megabytes": round(self.megabytes, 2)}
        for name in ("check", "parse", "parse_no_gc"):
            samples = getattr(self, name)
            figures[name] = {"wall_s": wall(samples), "cpu_s": cpu(samples),
                             "peak_mib": peak(samples)}
        return {**figures, "in_process": self.rules}


def measure_size(files: list[Path], fmt: str, repeat: int, work: Path) -> SizeFigures:
    checked = [*planlint_command(), "check", str(files[0]), "--no-plugins", "--no-color",
               "--fail-on", "never"]
    parse = [sys.executable, "-c", _PARSERS[fmt], *map(str, files)]
    parse_no_gc = [sys.executable, "-c", _NO_GC + _PARSERS[fmt], *map(str, files)]
    figures = SizeFigures(sum(path.stat().st_size for path in files) / 1e6)
    for _ in range(repeat):  # in turn, so that each sees the same load
        figures.check.append(run_child(checked, cwd=work))
        figures.parse.append(run_child(parse))
        figures.parse_no_gc.append(run_child(parse_no_gc))
    timed = subprocess.run([sys.executable, str(HERE / "rule_times.py"), "--json",
                            "--repeat", str(repeat), str(files[0])],
                           cwd=work, check=True, capture_output=True, text=True)
    figures.rules = json.loads(timed.stdout)
    return figures


def measure_startup(runs: int, work: Path) -> dict[str, list[Sample]]:
    """Samples of each startup command, the commands run in turn."""
    commands = {
        "version": [*planlint_command(), "--version"],
        "click": [sys.executable, "-c", "import click"],
        "example": [*planlint_command(), "check", "--example", "--no-color"],
        "dependencies": [sys.executable, "-c", _DEPENDENCIES],
    }
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            samples[name].append(run_child(argv, cwd=work, codes=(0, 1)))
    return samples


#: planlint with YAML loaded by its Python builder alone, as where the C builder
#: (planlint/loaders/_fastyaml.c) is not built: to measure what the C builder gains.
_PYTHON_BUILDER = ("import planlint.loaders.yaml as loader\n"
                   "loader._fast = None\n"
                   "import sys\n"
                   "sys.argv[0] = 'planlint'\n"
                   "from planlint.cli import run\n"
                   "run()\n")


def yaml_builder() -> str:
    """Which builder loads YAML in the planlint measured here."""
    from planlint.loaders import yaml as loader

    return "C (planlint.loaders._fastyaml)" if loader._fast is not None \
        else "Python (the C builder is not built)"


def measure_outputs(work: Path, size: int, seed: int, outputs: Sequence[str], repeat: int,
                    python_builder: bool = False) -> dict[str, list[Sample]]:
    """At one size: ``planlint check`` of the plan in YAML in each output format, loading
    alone (``--select PL001``) of the plan in YAML and in JSON, and the check of the
    JSON plan, against the two floors; all in turn, ``repeat`` times, with the plugins
    that are installed. With ``python_builder``, the YAML figures are also taken with
    the Python builder alone, each run beside its C builder's."""
    yaml_plan = plan_files(work, size, seed, "yaml", split=False)[0]
    json_plan = plan_files(work, size, seed, "json", split=False)[0]
    one_line = _one_line(json_plan)
    options = ["check", "--no-color", "--fail-on", "never"]
    check = [*planlint_command(), *options]
    slow = [sys.executable, "-c", _PYTHON_BUILDER, *options]
    commands = {
        "scan yaml": [sys.executable, "-c", _FLOORS["yaml"], str(yaml_plan)],
        "json.load": [sys.executable, "-c", _FLOORS["json"], str(json_plan)],
    }
    for output in outputs:
        commands[output] = [*check, "--format", output, str(yaml_plan)]
        if python_builder:
            commands[f"{output} python"] = [*slow, "--format", output, str(yaml_plan)]
    commands["load yaml"] = [*check, "--select", "PL001", str(yaml_plan)]
    if python_builder:
        commands["load yaml python"] = [*slow, "--select", "PL001", str(yaml_plan)]
    commands.update({
        "load json": [*check, "--select", "PL001", str(json_plan)],
        "json input": [*check, "--format", "json", str(json_plan)],
        "json one line": [*check, "--format", "json", str(one_line)],
    })
    floors = {"scan yaml", "json.load"}
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, argv in commands.items():
            for _ in range(FLOOR_RUNS if name in floors else 1):
                samples[name].append(run_child(argv, cwd=work))
    return samples


def _one_line(plan: Path) -> Path:
    """The same plan as JSON written on one line (as machines write it), beside it: where
    positions are found by offset, a cost per position that grows with the line shows."""
    one_line = plan.with_name("plan-one-line.json")
    if not one_line.is_file() or one_line.stat().st_mtime < plan.stat().st_mtime:
        one_line.write_text(json.dumps(json.loads(plan.read_text("utf-8")),
                                       separators=(",", ":")), "utf-8")
    return one_line


# -- reporting ------------------------------------------------------------------------


def report_outputs(samples: dict[str, list[Sample]], size: int, outputs: Sequence[str],
                   repeat: int, verdicts: Verdicts) -> None:
    scan, parsed = samples["scan yaml"], samples["json.load"]
    print(f"\nOutput formats and loading at {size:,} items, against the floors, each a "
          f"process of its own, in turn (median of {repeat}, of {FLOOR_RUNS * repeat} for the "
          "floors; seconds, MiB; targets on CPU time): YAML against libyaml's event scan of "
          "the same file, JSON against json.load of the same plan as JSON")
    width = 30 if any(name.endswith(" python") for name in samples) else 24
    print(f"{'':>{width}}{'wall':>7}{'CPU':>7}{'peak':>7}{'/floor':>8}  target")
    for name, label, floor, limit in (
            ("scan yaml", "libyaml event scan", None, None),
            ("json.load", "json.load", None, None),
            *((output, f"check --format {output}", scan, OUTPUT_TARGET) for output in outputs),
            ("load yaml", "--select PL001, YAML", scan, LOADING_TARGET),
            ("load json", "--select PL001, JSON", parsed, None),
            ("json input", "check of JSON, json", parsed, None),
            ("json one line", "one-line JSON, json", parsed, None)):
        if f"{name} python" in samples:  # the same with the Python builder, first
            slow = samples[f"{name} python"]
            print(f"{label + ' (Python)':>{width}}{wall(slow):>7.2f}{cpu(slow):>7.2f}"
                  f"{peak(slow):>7.0f}{ratio(cpu(slow), cpu(scan)):>8.2f}  "
                  f"C builder {100 * (1 - ratio(cpu(samples[name]), cpu(slow))):.0f} % less CPU")
        mine = samples[name]
        value = ratio(cpu(mine), cpu(floor)) if floor is not None else None
        judged = verdicts.judge(f"{label} / floor", value, limit) \
            if value is not None and limit is not None else ""
        shown = f"{value:>8.2f}" if value is not None else f"{'':>8}"
        print(f"{label:>{width}}{wall(mine):>7.2f}{cpu(mine):>7.2f}{peak(mine):>7.0f}{shown}  "
              f"{judged}")



class Verdicts:
    """Collects PASS/FAIL so the exit status can tell whether every target holds."""

    def __init__(self) -> None:
        self.failed: list[str] = []

    def judge(self, name: str, value: float, limit: float) -> str:
        if value > limit:
            self.failed.append(name)
        return verdict(value, limit)


def report_sizes(fmt: str, sizes: dict[int, SizeFigures], target_size: int,
                 repeat: int, verdicts: Verdicts) -> None:
    print(f"\n{fmt.upper()}: planlint check against a bare parse of the same files, each a "
          f"process of its own (median of {repeat}; seconds, MiB)")
    print(f"{'':>15}{'check':>14}{'parse':>14}{'check/parse':>14}{'':12}{'parse, no GC':>14}"
          f"{'check/':>8}{'peak memory':>14}{'check/parse':>12}")
    print(f"{'items':>9}{'MB':>6}" + f"{'wall':>7}{'CPU':>7}" * 3 + f"{' target':<12}"
          f"{'wall':>7}{'CPU':>7}{'CPU':>8}{'check':>7}{'parse':>7}{'':>10} target")
    for size, fig in sorted(sizes.items()):
        check, parse, no_gc = fig.check, fig.parse, fig.parse_no_gc
        speed = ratio(cpu(check), cpu(parse))
        memory = ratio(peak(check), peak(parse))
        speed_target = verdicts.judge(f"{fmt} {size:,} check/parse time", speed,
                                      PARSE_TARGET) if size == target_size else ""
        memory_target = verdicts.judge(f"{fmt} {size:,} check/parse memory", memory,
                                       MEMORY_TARGET) if size == MEMORY_SIZE else ""
        print(f"{fig.items:>9,}{fig.megabytes:>6.1f}{wall(check):>7.2f}{cpu(check):>7.2f}"
              f"{wall(parse):>7.2f}{cpu(parse):>7.2f}{ratio(wall(check), wall(parse)):>7.2f}"
              f"{speed:>7.2f} {speed_target:<11}{wall(no_gc):>7.2f}{cpu(no_gc):>7.2f}"
              f"{ratio(cpu(check), cpu(no_gc)):>8.2f}{peak(check):>7.0f}{peak(parse):>7.0f}"
              f"{memory:>10.2f} {memory_target:<11}")
    ordered = sorted(sizes.items())
    if len(ordered) < 2:
        return
    print(f"Growth: CPU time ~ items^k; 4x the items in at most {GROWTH_TARGET}x the time "
          f"is k <= {GROWTH_EXPONENT:.3f}")
    for (small, a), (large, b) in itertools.pairwise(ordered):
        process = growth(cpu(a.check), cpu(b.check), a.items, b.items)
        inside = growth(a.rules["load"] + a.rules["run"], b.rules["load"] + b.rules["run"],
                        a.items, b.items)
        pair = f"{fmt} {small:,}->{large:,}"
        judged = verdicts.judge(f"{pair} growth", process, GROWTH_EXPONENT)
        print(f"  {small:>7,} -> {large:>7,} items: check process k={process:.3f} {judged:<12}"
              f" load and rules in process k={inside:.3f}")


def report_rules(fmt: str, sizes: dict[int, SizeFigures], top: int,
                 verdicts: Verdicts) -> None:
    ordered = sorted(sizes.items())
    largest = ordered[-1][1].rules["rules"]
    print(f"\n{fmt.upper()}: CPU time in one process, best of the runs (ms): loading, all "
          f"rules, a linear reference pass, the {top} slowest rules. k is a rule's growth "
          f"from the first size it takes {RULE_START * 1000:.0f} ms to the largest, where "
          f"it takes over {RULE_FLOOR * 1000:.0f} ms; k/ref is the same growth measured "
          "against the reference pass (each item and reference looked up once), which "
          "grows with the plan as any linear code does on this machine, caches and all; "
          f"a rule is superlinear when k/ref is above {GROWTH_EXPONENT:.3f}")
    print(f"{'':>12}" + "".join(f"{fig.items:>10,}" for _, fig in ordered)
          + "        k  k/ref")
    for label, key in (("load", "load"), ("all rules", "run"), ("reference", "reference")):
        print(f"{label:>12}" + "".join(f"{fig.rules[key] * 1000:>10.1f}"
                                        for _, fig in ordered))
    flagged = []
    last = ordered[-1][1]
    for position, code in enumerate(sorted(largest, key=lambda code: -largest[code])):
        worst = relative = 0.0  # from the first size the rule takes RULE_START
        first = next((fig for _, fig in ordered
                      if fig.rules["rules"].get(code, 0) >= RULE_START), None)
        if first is not None and first is not last and largest[code] >= RULE_FLOOR:
            worst = growth(first.rules["rules"][code], largest[code], first.items, last.items)
            machine = growth(first.rules["reference"], last.rules["reference"], first.items,
                             last.items)
            relative = worst - machine + 1.0
        superlinear = relative > GROWTH_EXPONENT
        if superlinear:
            flagged.append(code)
        if position < top or superlinear:
            print(f"{code:>12}" + "".join(f"{fig.rules['rules'].get(code, 0) * 1000:>10.1f}"
                                          for _, fig in ordered)
                  + f"  {worst:5.2f}  {relative:5.2f} {'SUPERLINEAR' if superlinear else ''}")
    if len(ordered) > 1:
        if flagged:
            verdicts.failed.append(f"{fmt} superlinear rules {', '.join(flagged)}")
        print(f"  no rule superlinear: {'FAIL ' + ', '.join(flagged) if flagged else 'PASS'}")


def report_startup(startup: dict[str, list[Sample]], verdicts: Verdicts) -> None:
    runs = len(startup["version"])
    print(f"\nStartup, median of {runs} runs in turn (seconds; targets on CPU time)")
    for mine, label, base, base_label, limit in (
            ("version", "planlint --version", "click", 'python -c "import click"',
             VERSION_TARGET),
            ("example", "planlint check --example", "dependencies",
             f'python -c "{_DEPENDENCIES}"', EXAMPLE_TARGET)):
        value = ratio(cpu(startup[mine]), cpu(startup[base]))
        print(f"  {label:<25} wall {wall(startup[mine]):.3f} CPU {cpu(startup[mine]):.3f}   "
              f"{base_label}: wall {wall(startup[base]):.3f} CPU {cpu(startup[base]):.3f}   "
              f"ratio wall {ratio(wall(startup[mine]), wall(startup[base])):.2f} CPU "
              f"{value:.2f} {verdicts.judge(label, value, limit)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1k,10k,50k,100k",
                        help="comma-separated item counts (default: %(default)s)")
    parser.add_argument("--target-size", type=generate.parse_size, default=20_000,
                        help="size the check/parse time target is judged at, always "
                             "measured (default: 20k; 0 to skip)")
    parser.add_argument("--formats", default="yaml", help="yaml, json or yaml,json")
    parser.add_argument("--outputs", default=",".join(OUTPUTS),
                        help="output formats timed at the target size against the floors "
                             "(default: %(default)s; empty to skip)")
    parser.add_argument("--split", action="store_true",
                        help="an enterprise file including one file per business unit, "
                             "instead of one file")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure")
    parser.add_argument("--startup-runs", type=int, default=15)
    parser.add_argument("--top", type=int, default=10, help="slowest rules shown")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "planlint-bench",
                        help="where generated plans are kept (default: %(default)s)")
    parser.add_argument("--python-builder", action="store_true",
                        help="also time loading and each output format with YAML's Python "
                             "builder alone (the C builder turned off), in turn with the rest")
    parser.add_argument("--save", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    sizes = sorted({generate.parse_size(size) for size in args.sizes.split(",")}
                   | ({args.target_size} if args.target_size else set()))
    formats = [fmt.strip() for fmt in args.formats.split(",")]
    args.work.mkdir(parents=True, exist_ok=True)
    (args.work / "planlint.toml").write_text("")  # no config of a folder above applies
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"planlint benchmarks: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"load average {load} at start; YAML builder: {yaml_builder()}")
    verdicts = Verdicts()
    compile_sources()
    startup = measure_startup(args.startup_runs, args.work)
    report_startup(startup, verdicts)
    saved: dict[str, Any] = {"load_average_start": os.getloadavg(), "startup": {
        name: {"wall_s": wall(samples), "cpu_s": cpu(samples)}
        for name, samples in startup.items()}}
    outputs = [output.strip() for output in args.outputs.split(",") if output.strip()]
    if outputs and args.target_size:
        measured = measure_outputs(args.work, args.target_size, args.seed, outputs,
                                   args.repeat, args.python_builder)
        report_outputs(measured, args.target_size, outputs, args.repeat, verdicts)
        saved["outputs"] = {name: {"wall_s": wall(samples), "cpu_s": cpu(samples),
                                   "peak_mib": peak(samples)}
                            for name, samples in measured.items()}
    for fmt in formats:
        figures: dict[int, SizeFigures] = {}
        for size in sizes:
            files = plan_files(args.work, size, args.seed, fmt, split=args.split)
            figures[size] = measure_size(files, fmt, args.repeat, args.work)
        report_sizes(fmt, figures, args.target_size, args.repeat, verdicts)
        report_rules(fmt, figures, args.top, verdicts)
        saved[fmt] = {size: fig.to_dict() for size, fig in figures.items()}
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    outcome = "FAILED: " + "; ".join(verdicts.failed) if verdicts.failed else \
        "every target met"
    print(f"\nload average {load} at the end; {outcome}")
    saved["load_average_end"] = os.getloadavg()
    if args.save:
        args.save.write_text(json.dumps(saved, indent=2))
    return 1 if verdicts.failed else 0


if __name__ == "__main__":
    sys.exit(main())
