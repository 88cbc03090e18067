"""Random and mutated plans never crash the engine, and what it finds does not depend on
the order of lists, on how the plan is split into files, or on YAML versus JSON."""

from __future__ import annotations

import copy
import functools
import json
import random
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planlint
from planlint.model import SECTIONS
from planlint.testing.strategies import plans

pytestmark = pytest.mark.slow  # hypothesis draws whole plans

AS_OF = date(2005, 6, 30)
_PLACE = re.compile(r"\S+:\d+:\d+|<dict>")
_ODD = [None, 0, -1, 1.5, True, "", "x" * 300, [], {}, ["G0"], {"a": 1}, "2001-02-30",
        "G0", "P0", "U0", "I0", float("nan")]


def signature(report: planlint.report.Report) -> list[tuple[str, str, str]]:
    """Findings by code, node and message, with places named in messages left out."""
    return sorted((f.code, "<file>" if f.kind == "file" else f.node,
                   _PLACE.sub("<place>", f.message)) for f in report.findings)


@st.composite
def mutated(draw: st.DrawFn, duplicates: bool = True) -> dict[str, Any]:
    """A valid plan with fields dropped, values swapped for odd ones, references broken
    and (unless ``duplicates`` is false) ids duplicated."""
    plan = copy.deepcopy(draw(plans()))
    rng = random.Random(draw(st.integers(0, 2**32)))
    items = [item for key in SECTIONS for item in plan.get(key, []) if isinstance(item, dict)]
    for _ in range(draw(st.integers(1, 8))):
        if not items:
            break
        item = rng.choice(items)
        keys = list(item)
        action = rng.randrange(4 if duplicates else 3)
        if action == 0 and keys:
            del item[rng.choice(keys)]
        elif action == 1 and keys:
            key = rng.choice(keys)
            if duplicates or key != "id":  # an odd id may repeat another item's
                item[key] = rng.choice(_ODD)
        elif action == 2:
            item[rng.choice(["owner", "parent", "supports", "funds", "unit"])] = "missing"
        else:
            item["id"] = rng.choice(items).get("id", "dup")
    return plan


def _no_crash(report: planlint.report.Report) -> None:
    assert [f.message for f in report.findings if f.code == "PL000"] == []


@settings(max_examples=60, deadline=None)
@given(mutated())
def test_mutated_plans_never_crash(plan: dict[str, Any]) -> None:
    report = planlint.lint(plan, as_of=AS_OF)
    _no_crash(report)
    assert signature(planlint.lint(plan, as_of=AS_OF)) == signature(report)


@settings(max_examples=25, deadline=None)
@given(mutated(duplicates=False), st.randoms(use_true_random=False))
def test_findings_do_not_depend_on_list_order(plan: dict[str, Any], rng: random.Random
                                              ) -> None:
    shuffled = {key: (rng.sample(value, len(value)) if isinstance(value, list) else value)
                for key, value in plan.items()}
    keys = list(shuffled)
    rng.shuffle(keys)
    # By code and node: some messages name an example item (the first in file order).
    assert _files_signature(planlint.lint({k: shuffled[k] for k in keys}, as_of=AS_OF)) == \
        _files_signature(planlint.lint(plan, as_of=AS_OF))


def _files_signature(report: planlint.report.Report) -> list[tuple[str, str]]:
    """Findings by code and node, which do not depend on which file holds an item."""
    return sorted((f.code, f.node) for f in report.findings if f.kind != "file")


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plans())
def test_findings_do_not_depend_on_how_the_plan_is_split(tmp_path: Path,
                                                         plan: dict[str, Any]) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / "one.yaml").write_text(yaml.safe_dump(plan), encoding="utf-8")
    whole = planlint.lint(str(folder / "one.yaml"), as_of=AS_OF)
    parts = folder / "parts"
    parts.mkdir()
    (parts / "plan.yaml").write_text(yaml.safe_dump(
        {"planlint": 1, "plan": plan["plan"]}), encoding="utf-8")
    for key in SECTIONS:
        (parts / f"{key}.yaml").write_text(yaml.safe_dump(
            {"planlint": 1, key: plan.get(key, [])}), encoding="utf-8")
    split = planlint.lint(str(parts), as_of=AS_OF)
    _no_crash(split)
    assert _files_signature(split) == _files_signature(whole)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated())
def test_yaml_and_json_renderings_agree(tmp_path: Path, plan: dict[str, Any]) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    clean = json.loads(json.dumps(plan, allow_nan=True))
    (folder / "plan.json").write_text(json.dumps(clean), encoding="utf-8")
    (folder / "plan.yaml").write_text(yaml.safe_dump(clean, sort_keys=False),
                                     encoding="utf-8")
    from_json = planlint.lint(str(folder / "plan.json"), as_of=AS_OF)
    from_yaml = planlint.lint(str(folder / "plan.yaml"), as_of=AS_OF)
    assert signature(from_json) == signature(from_yaml)


_REAL_PLANS = sorted((Path(__file__).parent / "realplans").glob("*/plan.yaml"))


class _Lenient(yaml.SafeLoader):
    """YAML's safe loader, leaving a date no calendar has (a real plan's 2026-02-29, which
    planlint reports) as its text rather than failing."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_Lenient.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


@functools.cache
def _real_plan(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_Lenient)
    return loaded


def test_every_real_plan_loads_for_mutation() -> None:
    # The mutation test below draws real plans at random; one its YAML loader cannot read
    # (a plain ``renovations?,`` in a flow list, which planlint's loader reads) would fail
    # it only on the runs that draw it.
    unreadable = []
    for path in _REAL_PLANS:
        try:
            _real_plan(path)
        except yaml.YAMLError as error:
            unreadable.append(f"{path.parent.name}: {error}")
    assert not unreadable, "\n".join(unreadable)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a loaded plan: each key of a mapping and each entry of a list."""
    found = [path] if path else []
    children = node.items() if isinstance(node, dict) else \
        enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        found.extend(_places(child, (*path, key)))
    return found


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_REAL_PLANS), st.randoms(use_true_random=False))
def test_mutated_real_plans_never_crash(path: Path, rng: random.Random) -> None:
    # Real plans reach the wording, measure and timeline readings that generated plans
    # seldom do: any value anywhere in them swapped for an odd one, copied from elsewhere
    # in the plan or dropped still gives a report, never a crashed rule.
    plan = copy.deepcopy(_real_plan(path))
    places = _places(plan)
    for _ in range(rng.randint(1, 4)):
        *parents, last = rng.choice(places)
        holder: Any = plan
        try:
            for key in parents:
                holder = holder[key]
            if isinstance(holder, dict) and rng.random() < 0.2:
                del holder[last]
            elif rng.random() < 0.3:
                source: Any = plan
                for key in rng.choice(places):
                    source = source[key]
                holder[last] = copy.deepcopy(source)
            else:
                holder[last] = rng.choice(_ODD)
        except (KeyError, IndexError, TypeError):  # an earlier change moved this place
            continue
    _no_crash(planlint.lint(plan))
