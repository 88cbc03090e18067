"""HTML: one self-contained page to send around, for a strategy office or a board pack.

The page holds a summary by category and severity, the strategy map (SVG) and every
finding with the plan lines it points at (in a comparison of two versions, the new ones
marked and those resolved listed). It loads nothing from anywhere: styles,
script and drawing are inline, and its content security policy forbids any other
source, so the page works offline and plan text can never run as code (all of it is
escaped as well).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from itertools import groupby

from planlint._version import __version__
from planlint.finding import Finding, Location, Severity
from planlint.report import Report
from planlint.reporters import rule_entries, worst
from planlint.reporters.escaping import escape
from planlint.reporters.escaping import printable as is_printable
from planlint.reporters.excerpt import excerpt, printable
from planlint.reporters.neutral import html as plain
from planlint.reporters.strategy_map import (
    StrategyMap,
    findings_anchor,
    node_anchor,
    severity_class,
)
from planlint.reporters.text import change_summary
from planlint.reporters.trend import KEY, MAX_CHARTS, charts
from planlint.wording import plural

#: Lines of context around a finding's span, and the most lines of the span shown.
CONTEXT = 2
SPAN_LINES = 6
#: Lines of the page joined and encoded at a time (:func:`render_bytes`).
ENCODED_LINES = 256
#: The most goals a page's strategy map draws: past some hundreds a map is too large to
#: read or to open quickly, and a page of thousands of goals says so instead, pointing
#: to ``planlint graph`` for a drawing tool.
MAP_GOALS = 1000
_MAP_KINDS = frozenset({"goal", "metric", "initiative", "budget"})
_LITERAL = re.compile(r"``(.+?)``")


def _asset(name: str) -> str:
    return resources.files("planlint.reporters").joinpath("assets", name).read_text("utf-8")


def _csp(script: str, style: str) -> str:
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()

    return (f"default-src 'none'; script-src 'sha256-{digest(script)}'; "
            f"style-src 'sha256-{digest(style)}'; img-src data:; base-uri 'none'; "
            "form-action 'none'")


def _prose(text: str) -> str:
    """Documentation text, escaped, with its ````literals```` as code."""
    return _LITERAL.sub(r"<code>\1</code>", escape(text))


def _badge(severity: Severity | None, text: str) -> str:
    return f'<span class="badge {severity_class(severity)}">{escape(text)}</span>'


def _summary(report: Report) -> Iterator[str]:
    counts = report.counts()
    yield '<section id="summary"><h2>Summary</h2><div class="totals">'
    yield (f'<div class="total"><span class="number">{len(report.findings)}</span>'
           f"<span>{'finding' if len(report.findings) == 1 else 'findings'}</span></div>")
    for level in reversed(Severity):
        yield (f'<div class="total {severity_class(level)}"><span class="number">'
               f"{counts[level.value]}</span><span>{level.value}</span></div>")
    yield "</div>"
    if report.base is not None:
        yield f"<p>{escape(change_summary(report))}.</p>"
        if report.resolved:
            yield '<ul class="resolved">' + "".join(
                f"<li>{plain(str(finding.location))}: {escape(finding.code)} "
                f"{plain(finding.message)}</li>" for finding in report.resolved) + "</ul>"
    if hidden := report.hidden_summary():
        yield f'<p class="muted">{escape(hidden)}.</p>'
    if unread := report.unread_summary():
        yield f"<p>{escape(unread)}.</p>"
    counted: Counter[tuple[str, Severity]] = Counter(
        (finding.category, finding.severity) for finding in report.findings)
    categories = sorted({category for category, _ in counted})
    levels = list(reversed(Severity))
    if categories:
        yield '<table class="by-category"><thead><tr><th>Category</th>'
        yield "".join(f"<th>{level.value}</th>" for level in levels) + "<th>Total</th></tr>"
        yield "</thead><tbody>"
        for category in categories:
            numbers = [counted[category, level] for level in levels]
            cells = "".join(f'<td class="{severity_class(level) if n else ""}">{n}</td>'
                            for level, n in zip(levels, numbers, strict=True))
            yield (f"<tr><th>{escape(category)}</th>{cells}<td>{sum(numbers)}</td></tr>")
        yield "</tbody></table>"
    by_rule = Counter(finding.code for finding in report.findings)
    rows = [entry for entry in rule_entries(report) if by_rule[entry.code]]
    if rows:
        yield ('<table class="by-rule"><thead><tr><th>Rule</th><th>Category</th>'
               "<th>Severity</th><th>Findings</th></tr></thead><tbody>")
        for entry in rows:
            name = escape(f"{entry.code} {entry.name}")
            if entry.help_uri:
                name = f'<a href="{escape(entry.help_uri)}">{name}</a>'
            yield (f"<tr><td>{name}<div class=\"muted\">{_prose(entry.summary)}</div></td>"
                   f"<td>{escape(entry.category)}</td>"
                   f"<td>{_badge(entry.severity, entry.severity.value)}</td>"
                   f"<td>{by_rule[entry.code]}</td></tr>")
        yield "</tbody></table>"
    yield "</section>"


def _excerpt(report: Report, location: Location) -> str:
    source = report.sources.get(location.file)
    lines = (excerpt(source, location, context=CONTEXT, span_lines=SPAN_LINES)
             if source is not None else [])
    if not lines:
        return ""
    rendered = []
    first = True
    for number, text, start, end in lines:
        # tested in C: most plan lines are printable, and so is every part of them
        whole = is_printable(text)
        if start is None:
            rendered.append(f'<span><span class="ln">{number}</span>'
                            f'{escape(text if whole else printable(text))}</span>')
            continue
        if first and end is not None:
            first = False
            before, marked, after = text[:start], text[start:end], text[end:]
            if not whole:
                before, marked, after = printable(before), printable(marked), printable(after)
            body = escape(before) + "<mark>" + escape(marked) + "</mark>" + escape(after)
        else:
            body = escape(text if whole else printable(text))
        rendered.append(f'<span class="hit"><span class="ln">{number}</span>{body}</span>')
    return '<pre class="excerpt">' + "".join(rendered) + "</pre>"


class _Headers(dict[tuple[str, str, Severity, bool | None], tuple[str, str]]):
    """The start of a finding's article up to its number, and of its header (its badges
    and rule), by code, rule name, severity and whether it is new: made once for all the
    findings that share them."""

    def __init__(self, docs: dict[str, str]) -> None:
        super().__init__()
        self.docs = docs

    def __missing__(self, key: tuple[str, str, Severity, bool | None]) -> tuple[str, str]:
        code, name, severity, is_new = key
        rule = escape(f"{code} {name}")
        if code in self.docs:
            rule = f'<a href="{escape(self.docs[code])}">{rule}</a>'
        new = f"{_badge(None, 'new')} " if is_new else ""
        made = self[key] = (f'<article class="finding {severity_class(severity)}" '
                            'id="finding-',
                            f"<header>{_badge(severity, severity.value)} {new}"
                            f'<span class="rule">{rule}</span> ')
        return made


def _finding(out: list[str], report: Report, finding: Finding, number: int,
             mapped: set[str], headers: _Headers, chart: str) -> None:
    """A finding's lines of the page, added to ``out`` (a page has some 40,000: a
    generator's step for each cost more than the append); its first three (opening,
    header and message) made as one."""
    opening, header = headers[finding.code, finding.name, finding.severity, finding.new]
    out.append(f'{opening}{number}">\n{header}'
               f'<span class="where">{plain(str(finding.location))}</span></header>\n'
               f'<p class="message">{plain(finding.message)}</p>')
    if finding.node in mapped:
        out.append(f'<p class="to-map"><a class="map-link" '
                   f'href="#{node_anchor(finding.node)}">'
                   f"Show {escape(finding.kind)} {plain(finding.node)} in the map</a></p>")
    if chart:
        out.append(f'<figure class="trend">{chart}<figcaption>{KEY}</figcaption></figure>')
    out.append(_excerpt(report, finding.location))
    if finding.related:
        out.append('<ul class="related">')
        for related in finding.related:
            target = plain(str(related.location))
            if related.node is not None and related.node in mapped:
                target = f'<a href="#{node_anchor(related.node)}">{target}</a>'
            out.append(f"<li>{target}: {plain(related.message)}</li>")
        out.append("</ul>")
    out.append("</article>")


def _findings(report: Report, mapped: set[str], levels: dict[str, str]) -> list[str]:
    """The findings' section, each item's findings in a section of its own coloured by
    the worst of them (its class in ``levels``, the map's colours, when the map drew
    it)."""
    out = ['<section id="findings"><h2>Findings</h2>']
    if not report.findings:
        out.append('<p class="none">No findings.</p>')
    groups: dict[str, list[tuple[int, Finding]]] = {}
    for number, finding in enumerate(report.findings, 1):
        groups.setdefault(finding.node, []).append((number, finding))
    by_id = report.model.by_id if report.model is not None else {}
    headers = _Headers({entry.code: entry.help_uri for entry in rule_entries(report)
                        if entry.help_uri})
    drawn, left_out = charts(report.model, (pair for group in groups.values() for pair in group),
                             MAX_CHARTS)
    if left_out:
        out.append(f'<p class="muted">Trend charts are drawn for the first {MAX_CHARTS} '
                   f"findings that judge a metric's readings; "
                   f"{plural(left_out, 'more finding')} "
                   f"{'has' if left_out == 1 else 'have'} none.</p>")
    for node, group in groups.items():
        kind = group[0][1].kind
        item = by_id.get(node)
        label = item.label if item is not None else ""
        heading = f"{kind} {node}" + (f" — {label}" if label and label != node else "")
        level = levels.get(node) or severity_class(worst(finding for _, finding in group))
        out.append(f'<section class="item {level}" '
                   f'id="{findings_anchor(node)}"><h3>{plain(heading)}</h3>')
        for number, finding in group:
            _finding(out, report, finding, number, mapped, headers, drawn.get(number, ""))
        out.append("</section>")
    out.append("</section>")
    return out


def _map(report: Report) -> tuple[list[str], set[str], dict[str, str]]:
    """The map's section, as lines of the page (none for a plan without a goal,
    metric, initiative or budget; a note for a plan of more than :data:`MAP_GOALS`
    goals), the ids of the items it draws, and the class of each item's worst finding
    (:attr:`StrategyMap.levels`, empty without a map)."""
    if report.model is None or not (report.model.goals or report.model.initiatives
                                    or report.model.metrics or report.model.budgets):
        return [], set(), {}
    if len(report.model.goals) > MAP_GOALS:
        return ['<section id="map"><h2>Strategy map</h2><p class="muted">Not drawn: the '
                f"plan has {len(report.model.goals):,} goals, and a map of more than "
                f"{MAP_GOALS:,} is too large to read or to open quickly. Draw it with "
                "<code>planlint graph</code>, which writes the plan for Graphviz, yEd or "
                "Gephi.</p></section>"], set(), {}
    strategy = StrategyMap(report.model, report.findings)
    lines = strategy.svg_lines()
    legend = "".join(f'<span class="key {name}"></span>{label} '
                     for name, label in (("error", "error"), ("warning", "warning"),
                                         ("info", "info"), ("ok", "no finding")))
    lines[0] = (
        '<section id="map"><h2>Strategy map</h2>'
        '<p class="muted">Goals by level of the cascade, each with its metrics (M), the '
        "initiatives that support it (I) and the budget lines that fund them (B). "
        "Dashed arrows: one goal drives another. Colour: the worst finding. Click an item "
        "for its findings.</p>"
        '<div class="toolbar"><button type="button" data-zoom="in">Zoom in</button>'
        '<button type="button" data-zoom="out">Zoom out</button>'
        '<button type="button" data-zoom="fit">Fit</button>'
        '<button type="button" data-zoom="reset">Actual size</button>'
        '<input type="search" id="map-search" placeholder="Find an item by id or title" '
        'aria-label="Find an item in the map">'
        f'<span id="map-status" class="muted"></span><span class="legend">{legend}</span>'
        f'</div><div id="map-view" tabindex="0">{lines[0]}')
    lines[-1] += "</div></section>"
    return lines, strategy.placed & {item.id for item in report.model.items
                                     if item.kind in _MAP_KINDS}, strategy.levels


def _lines(report: Report) -> list[str]:
    """The page's pieces, to be joined by line breaks; the last is empty, so the page
    ends with one."""
    style, script = _asset("report.css"), _asset("report.js")
    info = report.model.info if report.model is not None else None
    title = (info.title if info is not None and info.title else report.plan) or "plan"
    map_lines, mapped, levels = _map(report)
    vision = (f'<p class="vision">{plain(info.vision)}</p>'
              if info is not None and info.vision else "")
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_csp(script, style)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{plain(f'planlint report: {title}')}</title>",
        f"<style>{style}</style>", "</head>", "<body>",
        f"<header class=\"page\"><h1>{plain(title)}</h1>{vision}"
        f'<p class="muted">Checked as of {report.as_of.isoformat()}: '
        f"{plural(len(report.files), 'file')}, {plural(len(report.rules), 'rule')}; "
        f"planlint {escape(__version__)}.</p>"
        '<nav><a href="#summary">Summary</a>'
        + ('<a href="#map">Strategy map</a>' if map_lines else "")
        + '<a href="#findings">Findings</a></nav></header>',
        "<main>",
    ]
    # a page without a map keeps an empty line in its place
    body = [*_summary(report), *(map_lines or [""]), *_findings(report, mapped, levels)]
    return [*head, *body, "</main>", f"<script>{script}</script>", "</body>", "</html>", ""]


def render(report: Report, color: bool) -> str:
    return "\n".join(_lines(report))


def render_bytes(report: Report, color: bool) -> bytes:
    """The page in UTF-8, encoded :data:`ENCODED_LINES` lines at a time.

    A 20,000-item plan's page is 16 million characters, and one dash or ellipsis makes
    the joined text two bytes a character before it is encoded; small runs of lines
    are joined and encoded in memory reused from run to run. Within each, the lines
    that are all ASCII (most) are joined and encoded apart from the others: their
    encoding is a copy, where one dash among them would have the encoder read every
    character (about 5 % of the writer's instructions)."""
    lines = _lines(report)
    return b"\n".join(["\n".join(run).encode("utf-8", "backslashreplace")
                        for start in range(0, len(lines), ENCODED_LINES)
                        for _, run in groupby(lines[start:start + ENCODED_LINES], str.isascii)])
