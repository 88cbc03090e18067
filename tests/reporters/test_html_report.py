"""The HTML report, checked as a browser sees it: Debian's chromium, headless."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from planlint.api import lint, load_plan
from planlint.commands import EXAMPLE
from planlint.config import Config
from planlint.finding import Location
from planlint.positions import SourceFile
from planlint.report import Report
from planlint.reporters import html
from planlint.reporters.html import render
from planlint.reporters.strategy_map import findings_anchor, node_anchor
from tests.reporters.devtools import Chromium
from tests.reporters.plans import TRENDS, cascade
from tests.reporters.reports import report_of

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("chromium is missing in CI; .ci/run installs Debian's chromium package")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed here "
                             "(apt-get install -y chromium); CI installs it and runs these")

HOSTILE = """planlint: 1
plan:
  id: hostile
  title: "<script>document.body.setAttribute('data-pwned', 'title')</script>"
  vision: "<img src=x onerror=\\"document.body.setAttribute('data-pwned', 'vision')\\">"
goals:
  - id: G1
    title: "</text></svg><script>document.body.setAttribute('data-pwned', 'map')</script>"
  - id: G2
    title: "\\" onmouseover=\\"alert(1)\\" x=\\"<b>bold</b> & more"
    parent: G1
initiatives:
  - {id: I1, title: "<iframe src=javascript:alert(1)>"}
"""


#: Where each trend chart is laid out, against the finding it stands in and the
#: message it follows, and whether it is the element seen at its own centre.
CHART_BOXES = """Array.from(document.querySelectorAll("svg.trend-chart")).map(function (chart) {
  chart.scrollIntoView({block: "center"});
  var box = chart.getBoundingClientRect();
  var finding = chart.closest("article.finding");
  var message = finding.querySelector(".message").getBoundingClientRect();
  var seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {finding: finding.id, width: box.width, height: box.height,
          below: box.top >= message.bottom, seen: chart.contains(seen),
          dots: Array.from(chart.querySelectorAll("circle")).filter(function (dot) {
            return dot.getBoundingClientRect().width > 0; }).length};
})"""


class Elements(HTMLParser):
    """Every element of a page with its attributes, and the page's text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def ids(self) -> set[str]:
        return {str(attrs["id"]) for _, attrs in self.elements if attrs.get("id")}

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]


def browse(page: Path, *extra: str) -> str:
    """Open ``page`` in headless chromium; its DOM after scripts ran (``--dump-dom``)."""
    assert CHROMIUM is not None
    profile = page.parent / "chromium-profile"
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
               f"--user-data-dir={profile}", *extra, page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture
def example_page(tmp_path: Path) -> Path:
    page = tmp_path / "report.html"
    page.write_text(render(lint(EXAMPLE), False), "utf-8")
    return page


@pytest.mark.slow
@needs_chromium
def test_the_page_renders_and_its_script_runs(example_page: Path) -> None:
    dom = Elements(browse(example_page, "--dump-dom"))
    html = dom.tags("html")[0]
    assert html.get("data-script") == "ran"  # the policy lets exactly our script run
    assert "Chrysler Group turnaround" in "".join(dom.text)
    assert dom.tags("svg") and dom.tags("svg")[0].get("id") == "strategy-map"


@pytest.mark.slow
@needs_chromium
def test_the_map_shows_every_goal_and_findings_link_to_their_items(example_page: Path) -> None:
    dom = Elements(browse(example_page, "--dump-dom"))
    ids = dom.ids()
    for goal in load_plan(EXAMPLE).goals:
        assert node_anchor(goal.id) in ids, goal.id
    links = [str(attrs["href"])[1:] for attrs in dom.tags("a")
             if str(attrs.get("href", "")).startswith("#")]
    to_map = [target for target in links if target.startswith("map-")]
    to_findings = [target for target in links if target.startswith("item-")]
    assert node_anchor("MP2") in to_map and findings_anchor("MP2") in to_findings
    assert set(to_map) <= ids and set(to_findings) <= ids


@pytest.mark.slow
@needs_chromium
def test_untrusted_plan_text_is_shown_never_run(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(report_of(tmp_path, HOSTILE), False), "utf-8")
    dom = Elements(browse(page, "--dump-dom"))
    assert not [attrs for _, attrs in dom.elements if "data-pwned" in attrs]
    assert len(dom.tags("script")) == 1
    assert not dom.tags("iframe") and not dom.tags("img") and not dom.tags("b")
    text = "".join(dom.text)
    assert "<script>document.body.setAttribute('data-pwned', 'title')</script>" in text
    assert "<b>bold</b> & more" in text
    assert all("onmouseover" not in attrs for _, attrs in dom.elements)


@pytest.mark.slow
@needs_chromium
@pytest.mark.parametrize("script", [True, False], ids=["script", "no script"])
def test_trend_charts_render_beside_their_findings(tmp_path: Path, script: bool) -> None:
    report = lint(TRENDS, config=Config(select=["PL806", "PL101"]))
    page = tmp_path / "trend.html"
    page.write_text(render(report, False), "utf-8")
    assert CHROMIUM is not None
    with Chromium(CHROMIUM, tmp_path / "chromium-profile") as browser:
        browser.send("Emulation.setScriptExecutionDisabled", session=True, value=not script)
        browser.open(page)
        charts = browser.evaluate(CHART_BOXES)
        ran = browser.evaluate('document.documentElement.getAttribute("data-script")')
    assert browser.errors == []
    assert ran == ("ran" if script else None)
    off_track = [f"finding-{number}" for number, finding in enumerate(report.findings, 1)
                 if finding.code == "PL806"]
    assert [chart["finding"] for chart in charts] == off_track
    for chart in charts:
        assert chart["width"] >= 300 and chart["height"] >= 100, chart
        assert chart["below"] and chart["seen"] and chart["dots"] >= 2, chart


@needs_chromium
def test_screenshot_of_a_plan_with_hundreds_of_goals(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    report = report_of(tmp_path, cascade())
    assert report.model is not None and len(report.model.goals) == 276
    page.write_text(render(report, False), "utf-8")
    shot = tmp_path / "big.png"
    browse(page, "--window-size=1400,1800", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_the_page_is_self_contained(tmp_path: Path) -> None:
    page = render(lint(EXAMPLE), False)
    dom = Elements(page)
    assert not dom.tags("link") and not dom.tags("img") and not dom.tags("iframe")
    assert all(attrs.get("src") is None for _, attrs in dom.elements)
    assert not re.search(r"url\(\s*['\"]?(https?:|//)", page)
    policy = next(attrs["content"] for attrs in dom.tags("meta")
                  if attrs.get("http-equiv") == "Content-Security-Policy")
    assert policy is not None and policy.startswith("default-src 'none'; script-src 'sha256-")


def test_a_plan_of_thousands_of_goals_gets_a_note_for_its_map(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past :data:`MAP_GOALS` goals the map is not drawn: the page says why and what
    draws it, and its findings link to no map anchor."""
    (tmp_path / "plan.yaml").write_text(cascade(top=2, children=2, grandchildren=0))
    monkeypatch.setattr(html, "MAP_GOALS", 6)
    drawn = render(lint(tmp_path), False)
    assert 'id="strategy-map"' in drawn and 'class="map-link"' in drawn
    monkeypatch.setattr(html, "MAP_GOALS", 5)
    page = render(lint(tmp_path), False)
    assert 'id="strategy-map"' not in page and 'class="map-link"' not in page
    assert "Not drawn: the plan has 6 goals" in page and "planlint graph" in page
    assert 'href="#map"' in page  # the page's contents still lead to the note


def test_excerpts_mark_the_span_and_escape_plan_text(tmp_path: Path) -> None:
    page = render(report_of(tmp_path), False)
    assert '<mark>I2</mark>' in page
    assert "Serve &lt;b&gt;every&lt;/b&gt; region" in page
    assert 'id="item-B1"' in page and 'href="#map-B1"' in page


def test_excerpts_of_any_line_are_escaped_and_marked_as_line_by_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # lines of markup only, and lines with tabs, control characters and bidi overrides
    # too, marked anywhere: the shortcut for a printable line writes what making each
    # part printable writes
    chance = random.Random(26)
    printable = ["a", " ", "<b>", "&", "é"]
    text = "\n".join("".join(chance.choice(alphabet) for _ in range(chance.randint(0, 12)))
                     for alphabet in [printable, [*printable, "\t", "\x1b", "\u202e"]] * 15
                     ) + "\n"
    source = SourceFile("plan.yaml", None, text, "yaml")
    report = cast(Report, SimpleNamespace(sources={"plan.yaml": source}))
    locations = []
    for _ in range(500):
        line = chance.randint(1, len(source.lines))
        locations.append(Location("plan.yaml", line, chance.randint(1, 12),
                                  min(line + chance.randint(0, 3), len(source.lines)),
                                  chance.randint(1, 12)))
    written = [html._excerpt(report, location) for location in locations]
    for excerpt_html in written:  # no control character, bidi override or markup is raw
        assert not {"\t", "\x1b", "\u202e"} & set(excerpt_html), excerpt_html
        assert "<b>" not in excerpt_html and "& " not in excerpt_html, excerpt_html
    monkeypatch.setattr(html, "is_printable", lambda text: False)
    assert [html._excerpt(report, location) for location in locations] == written
