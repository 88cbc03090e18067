"""Every example in docs/api.md runs as written, in a folder with the plan and config
the page shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).parent.parent / "docs" / "api.md"
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def _blocks(language: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(DOC.read_text(encoding="utf-8"))
            if lang == language]


def _files() -> dict[str, str]:
    """The files the page shows, each block headed by a comment naming it."""
    files = {}
    for body in _blocks("yaml") + _blocks("toml"):
        first, rest = body.split("\n", 1)
        files[first.removeprefix("# ").strip()] = rest
    return files


def test_the_page_shows_the_plan_and_config_its_examples_use() -> None:
    assert set(_files()) == {"plan.yaml", "planlint.toml"}


@pytest.mark.parametrize("example", _blocks("python"),
                         ids=lambda body: body.split("\n")[-2][:40])
def test_the_example_runs(example: str, tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in _files().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLANLINT_NO_PLUGINS", "1")
    exec(compile(example, str(DOC), "exec"), {"__name__": "docs_api"})
