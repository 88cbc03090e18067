"""The built-in file formats and output formats, registered as a plugin."""

from __future__ import annotations

from planlint.hookspecs import hookimpl
from planlint.loaders import Loader
from planlint.reporters import Reporter, deferred


@hookimpl
def planlint_loaders() -> list[Loader]:
    from planlint.loaders import json, toml, yaml

    return [yaml.LOADER, json.LOADER, toml.LOADER]


@hookimpl
def planlint_reporters() -> list[Reporter]:
    return [
        Reporter("text", "each finding with the plan line it points at, for people",
                 deferred("planlint.reporters.text")),
        Reporter("json", "the findings and a summary as JSON, for tools",
                 deferred("planlint.reporters.json")),
        Reporter("sarif", "SARIF 2.1.0, for code scanning",
                 deferred("planlint.reporters.sarif")),
        Reporter("junit", "JUnit XML: a test suite per rule, for CI test reports",
                 deferred("planlint.reporters.junit")),
        Reporter("github", "GitHub Actions annotations on the changed files",
                 deferred("planlint.reporters.github")),
        Reporter("markdown", "a summary and a table, for pull-request comments",
                 deferred("planlint.reporters.markdown")),
        Reporter("html", "one self-contained page with the strategy map, to send around",
                 deferred("planlint.reporters.html")),
    ]
