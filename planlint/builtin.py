"""The built-in file formats and output formats, registered as a plugin."""

from __future__ import annotations

from planlint.hookspecs import hookimpl
from planlint.loaders import Loader
from planlint.reporters import Reporter


@hookimpl
def planlint_loaders() -> list[Loader]:
    from planlint.loaders import json, toml, yaml

    return [yaml.LOADER, json.LOADER, toml.LOADER]


@hookimpl
def planlint_reporters() -> list[Reporter]:
    from planlint.reporters import github, html, json, junit, markdown, sarif, text

    return [text.REPORTER, json.REPORTER, sarif.REPORTER, junit.REPORTER, github.REPORTER,
            markdown.REPORTER, html.REPORTER]
