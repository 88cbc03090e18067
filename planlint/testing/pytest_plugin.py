"""pytest fixtures for rule authors (registered through the ``pytest11`` entry point)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planlint.plan import Plan
from planlint.testing import Fragment, plan_from


@pytest.fixture
def make_plan() -> Callable[[Fragment], Plan]:
    """Build a plan from YAML text or a dict: ``make_plan("goals: [{id: G1}]")``."""
    return plan_from
