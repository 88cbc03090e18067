"""Real plans written by others: every finding judged true is reported, and no finding
judged false is, but for the known false alarms planlint still makes; every finding is
judged.

The plans under tests/realplans are public plans transcribed faithfully, each with the
verdict of a careful reviewer on every finding (tests/realplans/README.md). They are
checked as ``planlint check`` checks them, with the installed first-party plugins;
``python tests/realplans/precision.py`` prints precision and recall per plan.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.entry_points

FOLDER = Path(__file__).resolve().parent / "realplans"


def _precision() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realplans_precision",
                                                  FOLDER / "precision.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


PRECISION = _precision()


def test_the_corpus_has_real_plans_of_many_kinds() -> None:
    plans = PRECISION.plans()
    assert len(plans) >= 8, plans
    for plan in plans:
        header = (FOLDER / plan / "plan.yaml").read_text(encoding="utf-8")[:4000]
        assert "http" in header, f"{plan}: the header names no source"
        source = PRECISION.verdicts(plan)["source"]
        assert source.get("url") and source.get("title"), plan


@pytest.mark.parametrize("plan", PRECISION.plans())
def test_every_finding_is_judged_and_the_verdicts_hold(plan: str) -> None:
    score = PRECISION.score(plan)
    problems = [f"reported but judged false: {code} {node}: {score.reasons[code, node]}"
                for code, node in score.unexpected]
    problems += [f"reported but not judged: {code} {node}: "
                 f"{score.reported[code, node][0].message}" for code, node in score.unjudged]
    problems += [f"judged true but not reported: {code} {node}: {score.reasons[code, node]}"
                 for code, node in score.missed]
    assert not problems, f"{plan}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("plan", PRECISION.plans())
def test_a_known_false_alarm_is_one_planlint_still_makes(plan: str) -> None:
    score = PRECISION.score(plan)
    gone = sorted(score.known - set(score.false_reported))
    assert not gone, (f"{plan}: no longer reported, so no longer a known false alarm (remove "
                      f"'known: true' from its verdict): {gone}")
