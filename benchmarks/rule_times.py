"""Where one check spends its time: loading, then each rule on the loaded plan.

Times are CPU seconds of this process (so other load on the machine barely changes
them), the best of ``--repeat`` runs. Rules run in the engine's order, so a shared fact
(the reference index, the graph) is charged to the first rule that asks for it, as in a
real run::

    python benchmarks/rule_times.py plan.yaml            # a table, slowest rule first
    python benchmarks/rule_times.py plan.yaml --json     # for benchmarks/run.py
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path
from typing import Any

from planlint.api import get_host, load_plan
from planlint.config import Config
from planlint.engine import Engine
from planlint.finding import Finding
from planlint.gcpause import gc_paused
from planlint.plan import Edge, Plan
from planlint.ruledef import Rule
from planlint.settings import resolve


class TimedEngine(Engine):
    """The engine, timing each rule it runs."""

    seconds: dict[str, float]

    def run_rule(self, rule: Rule, plan: Plan) -> list[Finding]:
        start = time.process_time()
        try:
            return super().run_rule(rule, plan)
        finally:
            self.seconds[rule.code] = time.process_time() - start


def reference_pass(plan: Plan, edges: list[Edge]) -> int:
    """What every linear rule is made of: each item and each reference looked up once.

    Its time grows with the plan exactly as a linear rule's does, memory caches and all,
    so a rule whose time grows faster than this pass's is superlinear.
    """
    by_id = plan.by_id
    found = sum(1 for edge in edges if by_id.get(edge.target) is not None)
    return found + sum(1 for item in plan.items if by_id.get(item.id) is item)


def measure_once(paths: list[Path]) -> dict[str, Any]:
    """CPU seconds to load the plan, to run all rules, per rule (built-in rules), and of
    the linear reference pass."""
    host = get_host((), entry_points=False)
    engine = TimedEngine(host, resolve(Config(), list(host.rules.values())))
    engine.seconds = {}
    with gc_paused():
        start = time.process_time()
        plan = load_plan(paths, host)
        loaded = time.process_time()
        report = engine.run(plan)
        done = time.process_time()
        edges = plan.edges  # made when first asked for, and no built-in rule asks
        listed = time.process_time()
        reference_pass(plan, edges)
        referenced = time.process_time()
    return {"load": loaded - start, "run": done - loaded, "items": len(plan.items),
            "findings": len(report.findings), "rules": engine.seconds,
            "reference": referenced - listed}


def measure(paths: list[Path], repeat: int = 1) -> dict[str, Any]:
    """The best of ``repeat`` runs, figure by figure."""
    best = measure_once(paths)
    for _ in range(repeat - 1):
        gc.collect()
        again = measure_once(paths)
        best["load"] = min(best["load"], again["load"])
        best["run"] = min(best["run"], again["run"])
        best["reference"] = min(best["reference"], again["reference"])
        best["rules"] = {code: min(seconds, again["rules"][code])
                         for code, seconds in best["rules"].items()}
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", type=Path, help="plan files or folders")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--repeat", type=int, default=1, help="runs to take the best of")
    args = parser.parse_args(argv)
    figures = measure(args.paths, args.repeat)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{figures['items']:,} items, {figures['findings']:,} findings: "
          f"load {figures['load']:.3f} s, rules {figures['run']:.3f} s")
    for code, seconds in sorted(figures["rules"].items(), key=lambda kv: -kv[1]):
        print(f"  {code:<10} {seconds * 1000:9.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
