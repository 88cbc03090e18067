"""The JSON format: the stable contract for tools that embed planlint."""

from __future__ import annotations

import json

from planlint.report import Report


def render(report: Report, color: bool) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
