"""Reports of small plans for the output-format tests, checked with the golden rules."""

from __future__ import annotations

import os
from pathlib import Path

from planlint.api import lint
from planlint.config import Config
from planlint.report import Report

GOLDEN_PLAN = Path(__file__).parent.parent / "data" / "golden" / "plan.yaml"
GOLDEN_RULES = "tests.reporters.golden_rules"
#: ``planlint check`` arguments that check ``plan.yaml`` with the golden rules only.
GOLDEN_ARGS = ("-p", GOLDEN_RULES, "--select", "GOLD", "--no-plugins", "plan.yaml")


def report_of(folder: Path, text: str | None = None, name: str = "plan.yaml") -> Report:
    """Check ``text`` (default: the golden plan) written to ``folder/name``, from
    ``folder`` as the working folder, with the golden rules only."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text if text is not None else GOLDEN_PLAN.read_text("utf-8"), "utf-8")
    here = Path.cwd()
    os.chdir(folder)
    try:
        return lint(name, config=Config(plugins=[GOLDEN_RULES], select=["GOLD"]))
    finally:
        os.chdir(here)
