"""The benchmark tools: the plan generator, per-rule timing and the suite's command."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from planlint.api import Session, lint, load_plan
from planlint.config import Config

# Benchmark tooling: plans of thousands of items and a run of the benchmark suite.
pytestmark = pytest.mark.slow

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


generate = _module("generate")
rule_times = _module("rule_times")
run = _module("run")
diff = _module("diff")
sheets = _module("sheets")


def _codes(path: Path) -> Counter[str]:
    return Counter(finding.code for finding in lint(path).findings)


def test_a_seed_gives_the_same_plan_byte_for_byte() -> None:
    first = generate.to_yaml(generate.generate(800, seed=3).document())
    assert generate.to_yaml(generate.generate(800, seed=3).document()) == first
    assert generate.to_yaml(generate.generate(800, seed=4).document()) != first


@pytest.mark.parametrize("size", [60, 500, 4321])
def test_the_plan_has_as_many_items_as_asked(size: int, tmp_path: Path) -> None:
    generated = generate.generate(size)
    assert generated.item_count == size
    path = generate.write(generated, tmp_path / "plan.yaml", "yaml")[0]
    duplicates = sum(code == "PL004" for code, _ in generated.defects)
    assert len(load_plan(path).items) == size - duplicates


def test_yaml_json_and_split_files_are_the_same_plan(tmp_path: Path) -> None:
    generated = generate.generate(3000, seed=2)
    yaml_plan = generate.write(generated, tmp_path / "plan.yaml", "yaml")[0]
    json_plan = generate.write(generated, tmp_path / "plan.json", "json")[0]
    split = generate.write(generated, tmp_path / "split", "yaml", split=True)
    assert len(list((tmp_path / "split" / "units").glob("*.yaml"))) == \
        len(generated.business_units) - 1
    assert load_plan(yaml_plan).by_id.keys() == load_plan(json_plan).by_id.keys()
    assert _codes(yaml_plan) == _codes(json_plan) == _codes(split[0])


def test_the_seeded_defects_are_found(tmp_path: Path) -> None:
    generated = generate.generate(6000, seed=5)
    report = lint(generate.write(generated, tmp_path / "plan.yaml", "yaml")[0])
    found = {(finding.code, finding.node) for finding in report.findings}
    counts = Counter(finding.code for finding in report.findings)
    seeded = Counter(code for code, _ in generated.defects)
    for code, node in generated.defects:
        if code in ("PL004", "PL005", "PL006", "PL007", "PL008", "PL102", "PL201", "PL301"):
            assert (code, node) in found
    for code in ("PL002", "PL014"):  # reported at the file, not the item
        assert counts[code] >= seeded[code] > 0


def test_yaml_is_written_as_people_write_it() -> None:
    text = generate.to_yaml(generate.generate(300).document())
    assert "\ngoals:\n  - id: G000001\n    title: " in text
    assert "    baseline: {value: " in text
    assert "\n  - {id: U000002, name: " in text
    assert generate.scalar("yes") == '"yes"' and generate.scalar("50%") == '"50%"'


def test_rule_times_cover_every_rule_that_ran(tmp_path: Path) -> None:
    path = generate.write(generate.generate(400), tmp_path / "plan.yaml", "yaml")[0]
    figures = rule_times.measure([path], repeat=2)
    assert figures["items"] == len(load_plan(path).items)
    assert figures["findings"] == len(lint(path).findings)
    assert {"PL005", "PL008", "PL201"} <= figures["rules"].keys()
    assert all(seconds >= 0 for seconds in figures["rules"].values())


def test_the_suite_runs_in_one_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--sizes", "200,400", "--target-size",
         "400", "--repeat", "1", "--startup-runs", "1", "--formats", "yaml,json",
         "--work", str(tmp_path), "--save", str(tmp_path / "figures.json")],
        capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr  # 1: a target failed on this machine
    for heading in ("Startup", "YAML: planlint check against", "JSON: planlint check against",
                    "Growth:", "CPU time in one process", "no rule superlinear"):
        assert heading in result.stdout
    assert (tmp_path / "figures.json").is_file()


def test_the_diff_benchmark_makes_the_edits_the_change_rules_judge(tmp_path: Path) -> None:
    old, new = diff.versions(tmp_path, 1500, 24)
    report = Session.open(Config(select=["change"])).diff(old, new)
    found = Counter(finding.code for finding in report.findings if finding.new)
    assert {"PL702", "PL703", "PL704", "PL705", "PL707"} <= set(found)
    assert "PL708" not in found  # the edits it records, it records right
    assert report.model is not None and report.model.comparison is not None
    assert len(report.model.comparison.renames) == 3  # each rename read as one


@pytest.mark.slow
def test_the_server_benchmark_times_a_recheck_against_a_cold_check(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(BENCHMARKS / "server.py"), "--size", "300",
                           "--edits", "2", "--repeat", "1", "--work", str(tmp_path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode in (0, 1), done.stderr
    assert "cold planlint check" in done.stdout
    assert "re-check / cold check" in done.stdout


def test_a_generated_plan_as_a_workbook_gives_the_yaml_plans_findings(tmp_path: Path) -> None:
    """Every seeded defect, a misspelt key and a value that is no number among them,
    is found in the workbook as in YAML: by the same rule on the same item, but for
    what is said while reading a file (about the workbook's cells, not an item)."""
    workbook, rows = sheets.workbook(2000, tmp_path)
    assert rows > 2000
    as_sheets, as_yaml = lint(workbook).findings, lint(workbook.with_suffix(".yaml")).findings
    assert Counter(f.code for f in as_sheets) == Counter(f.code for f in as_yaml)
    assert Counter((f.code, f.node) for f in as_sheets if f.kind != "file") == \
        Counter((f.code, f.node) for f in as_yaml if f.kind != "file"
                and (f.code, f.kind) not in (("PL014", "goal"), ("PL002", "metric")))

