"""The built-in file formats and output formats, registered as a plugin."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from planlint.hookspecs import hookimpl
from planlint.loaders import Loader
from planlint.reporters import Reporter


def _deferred(module: str, name: str) -> Callable[..., Any]:
    """``module.name``, imported when it is first called, so that a run pays for the
    formats it reads and writes and no other."""

    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args)

    return call


@hookimpl
def planlint_loaders() -> list[Loader]:
    sheets = {"read": _deferred("planlint.loaders.sheets", "read"),
              "recognise": _deferred("planlint.loaders.sheets", "recognise")}
    return [Loader("yaml", (".yaml", ".yml"), _deferred("planlint.loaders.yaml", "load"),
                   _deferred("planlint.loaders.yaml", "reload")),
            Loader("json", (".json",), _deferred("planlint.loaders.json", "load")),
            Loader("toml", (".toml",), _deferred("planlint.loaders.toml", "load")),
            Loader("xlsx", (".xlsx", ".xlsm"), **sheets),
            Loader("ods", (".ods",), **sheets),
            Loader("csv", (".csv",), **sheets)]


@hookimpl
def planlint_reporters() -> list[Reporter]:
    return [
        Reporter("text", "each finding with the plan line it points at, for people",
                 _deferred("planlint.reporters.text", "render")),
        Reporter("json", "the findings and a summary as JSON, for tools",
                 _deferred("planlint.reporters.json", "render"),
                 _deferred("planlint.reporters.json", "render_bytes")),
        Reporter("sarif", "SARIF 2.1.0, for code scanning",
                 _deferred("planlint.reporters.sarif", "render"),
                 _deferred("planlint.reporters.sarif", "render_bytes")),
        Reporter("junit", "JUnit XML: a test suite per rule, for CI test reports",
                 _deferred("planlint.reporters.junit", "render")),
        Reporter("github", "GitHub Actions annotations on the changed files",
                 _deferred("planlint.reporters.github", "render")),
        Reporter("markdown", "a summary and a table, for pull-request comments",
                 _deferred("planlint.reporters.markdown", "render")),
        Reporter("html", "one self-contained page with the strategy map, to send around",
                 _deferred("planlint.reporters.html", "render"),
                 _deferred("planlint.reporters.html", "render_bytes")),
    ]
