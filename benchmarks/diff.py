"""The cost of comparing two versions of a plan, against checking one of them.

::

    python benchmarks/diff.py                      # 20,000 items, 100 edits, 3 runs each
    python benchmarks/diff.py --size 5000 --edits 50 --repeat 1

A plan is generated (``generate.py``) and a second version is made from it with
``--edits`` edits of the kinds the change rules judge: targets lowered (some recorded
under ``changes``), due dates slipped, owners changed, goals dropped, items renamed,
baselines rewritten and metrics removed. ``planlint check NEW`` and ``planlint diff OLD
NEW`` then run as separate processes, in turn, ``--repeat`` times, and the ratio of
their median CPU times is judged against :data:`TARGET`. A diff checks both versions,
so 2 is its floor; the rest is the cost of matching them.
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import generate
from run import Sample, cpu, planlint_command, ratio, run_child, verdict, wall

TARGET = 2.5  # diff CPU time / check CPU time
KINDS = ("lower", "slip", "owner", "drop", "rename", "baseline", "unmeasure", "record")


def _metrics(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every metric of a generated plan: those inline in goals, then the shared ones."""
    inline = [metric for goal in document["goals"] for metric in goal.get("metrics", [])
              if isinstance(metric, dict)]
    return inline + list(document.get("metrics", []))


def edit(document: dict[str, Any], count: int, seed: int = 7) -> dict[str, Any]:
    """A newer version of a generated plan, with ``count`` edits of every kind in turn."""
    new = copy.deepcopy(document)
    rng = random.Random(seed)
    goals, metrics = new["goals"], _metrics(new)
    people = [person["id"] for person in new["people"]]
    parents = {goal.get("parent") for goal in goals}
    leaves = [goal for goal in goals if goal["id"] not in parents]
    changes: list[dict[str, Any]] = []
    for number in range(count):
        kind = KINDS[number % len(KINDS)]
        if kind in ("lower", "record"):
            metric = rng.choice([one for one in metrics
                                 if "value" in one.get("target", {}) and "direction" in one])
            was = metric["target"]["value"]
            now = round(was * (0.9 if metric["direction"] != "decrease" else 1.1), 1)
            metric["target"] = {**metric["target"], "value": now}
            if kind == "record":
                changes.append({"date": "2025-06-30", "item": metric["id"], "field": "target",
                                "from": was, "to": now, "reason": "revised after review",
                                "approved_by": people[0]})
        elif kind == "slip":
            goal = rng.choice(goals)
            goal["due"] = goal["due"] + timedelta(days=91)
        elif kind == "owner":
            rng.choice(goals)["owner"] = rng.choice(people)
        elif kind == "drop":
            leaf = leaves.pop(rng.randrange(len(leaves)))
            goals.remove(leaf)
            metrics = _metrics(new)
        elif kind == "rename":
            section = new[rng.choice(("assumptions", "communications"))]
            item = rng.choice(section)
            item["id"] = f"{item['id']}-R{number}"
        elif kind == "baseline":
            metric = rng.choice([one for one in metrics if "value" in one.get("baseline", {})])
            metric["baseline"] = {**metric["baseline"],
                                  "value": round(metric["baseline"]["value"] * 0.95, 1)}
        else:
            goal = rng.choice(leaves)
            goal["metrics"] = [entry for entry in goal["metrics"] if isinstance(entry, str)]
            metrics = _metrics(new)
    new["changes"] = changes
    return new


def versions(folder: Path, size: int, edits: int) -> tuple[Path, Path]:
    """The older and the newer version of a generated plan, written to ``folder``."""
    document = generate.generate(size).document()
    old, new = folder / "old.yaml", folder / "new.yaml"
    old.write_text(generate.to_yaml(document), encoding="utf-8")
    new.write_text(generate.to_yaml(edit(document, edits)), encoding="utf-8")
    return old, new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="items in the plan")
    parser.add_argument("--edits", type=int, default=100, help="edits in the newer version")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each command")
    args = parser.parse_args(argv)
    command = planlint_command()
    with tempfile.TemporaryDirectory() as temporary:
        old, new = versions(Path(temporary), args.size, args.edits)
        checks: list[Sample] = []
        diffs: list[Sample] = []
        for _ in range(args.repeat):
            checks.append(run_child([*command, "check", str(new)], codes=(0, 1)))
            diffs.append(run_child([*command, "diff", str(old), str(new)], codes=(0, 1)))
    share = ratio(cpu(diffs), cpu(checks))
    print(f"{args.size:,} items, {args.edits} edits, {args.repeat} runs each")
    print(f"  check NEW     {cpu(checks):7.2f}s CPU  {wall(checks):7.2f}s wall")
    print(f"  diff OLD NEW  {cpu(diffs):7.2f}s CPU  {wall(diffs):7.2f}s wall")
    print(f"  diff / check  {share:7.2f}      {verdict(share, TARGET)}")
    return 0 if share <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
