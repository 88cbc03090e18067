"""The JSON format: the stable contract for tools that embed planlint."""

from __future__ import annotations

from planlint.report import Report
from planlint.reporters import json_bytes, json_text


def render(report: Report, color: bool) -> str:
    return json_text(report.to_dict())


def render_bytes(report: Report, color: bool) -> bytes:
    return json_bytes(report.to_dict())
