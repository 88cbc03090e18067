"""A rule's documentation as data and as text: what ``planlint explain``, ``planlint rules
--format json`` and the rule reference (docs/rules.md) show, from one source."""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

from planlint.host import Host
from planlint.ruledef import Rule, describe_options

_BOUNDS = (("ge", "at least {}"), ("gt", "above {}"), ("le", "at most {}"),
           ("lt", "below {}"))
_LITERAL = re.compile(r"``(.+?)``")


def options_of(rule: Rule) -> list[dict[str, Any]]:
    """Each option: name, type, default, description, and the range it must lie in."""
    rows = describe_options(rule.options)
    if rule.options is None:
        return rows
    for row in rows:
        info = rule.options.model_fields[row["name"]]
        bounds = [text.format(getattr(marker, attribute)) for marker in info.metadata
                  for attribute, text in _BOUNDS if getattr(marker, attribute, None) is not None]
        row["range"] = ", ".join(bounds)
    return rows


def record(rule: Rule, host: Host) -> dict[str, Any]:
    """Everything known about a rule, as JSON-ready data."""
    plugin = host.plugin_of(rule)
    return {"code": rule.code, "name": rule.name, "category": rule.category,
            "severity": rule.severity.value, "plugin": plugin.name,
            "distribution": plugin.distribution, "version": plugin.version,
            "summary": rule.summary, "rationale": rule.rationale,
            "methodology": rule.methodology, "before": list(rule.before),
            "fails": rule.fails, "passes": rule.passes, "options": options_of(rule)}


def examples(fails: str | None, passes: str | None,
             before: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """A rule's example fragments, each with the label it is shown under: a change
    rule's older versions first, then the newer version that fails and the one that
    passes."""
    if not before:
        found = [("Fails", fails), ("Passes", passes)]
    else:
        count = len(before)
        found = [(f"Before (version {number} of {count})" if count > 1 else "Before", version)
                 for number, version in enumerate(before, 1)]
        found += [("Fails when changed to", fails), ("Passes when changed to", passes)]
    return [(label, fragment) for label, fragment in found if fragment is not None]


#: The headings of a rule's documentation, as Ruff's rule pages have them.
WHAT, WHY, HOW, EXAMPLE, OPTIONS = ("What it does", "Why it matters", "How it judges",
                                    "Example", "Options")


def sections(rule: Rule) -> list[tuple[str, list[str]]]:
    """A rule's prose under its headings: what it does (the docstring's first line), why
    it matters (the next paragraph) and how it judges (the rest), each only if present."""
    rationale = paragraphs(rule.rationale)
    found = [(WHAT, [rule.summary]), (WHY, rationale[:1]), (HOW, rationale[1:])]
    return [(heading, parts) for heading, parts in found if parts]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a docstring, each on one line."""
    return [" ".join(part.split()) for part in text.split("\n\n") if part.strip()]


def plain(text: str) -> str:
    """Docstring markup for a terminal: ````max_owned```` becomes ```max_owned```."""
    return _LITERAL.sub(r"`\1`", text)


def toml_value(value: Any) -> str:
    """A default as it is written in a TOML config."""
    return json.dumps(value)


def config_example(rule: Rule) -> str:
    """The config table that sets a rule's options, with their defaults."""
    lines = [f"[tool.planlint.options.{rule.name}]"]
    lines += [f"{row['name']} = {toml_value(row['default'])}" for row in options_of(rule)]
    return "\n".join(lines)


def explain(rule: Rule, host: Host, width: int = 88) -> str:
    """A rule's documentation for a terminal."""
    plugin = host.plugin_of(rule)
    version = f" {plugin.version}" if plugin.version else ""

    def wrap(text: str, indent: str = "  ") -> str:
        return textwrap.fill(plain(text), width, initial_indent=indent,
                             subsequent_indent=indent, break_on_hyphens=False)

    def block(text: str) -> str:
        return textwrap.indent(text.rstrip("\n"), "    ")

    out = [f"{rule.code} {rule.name}",
           f"  category: {rule.category}   severity: {rule.severity.value}   "
           f"plugin: {plugin.name} ({plugin.distribution}{version})",
           *([f"  runs on plans that follow: {rule.methodology} (plan: methodology: "
              f"{rule.methodology})"] if rule.methodology else []),
           ]
    for heading, parts in sections(rule):
        out += ["", f"{heading}:", "\n\n".join(wrap(part) for part in parts)]
    shown = examples(rule.fails, rule.passes, rule.before)
    if shown:
        out += ["", f"{EXAMPLE}:"]
    for label, fragment in shown:
        out += [f"  {label}:", block(fragment)]
    rows = options_of(rule)
    if rows:
        out += ["", f"{OPTIONS}:"]
        for row in rows:
            limits = f", {row['range']}" if row["range"] else ""
            out.append(f"  {row['name']} ({row['type']}{limits}; default "
                       f"{toml_value(row['default'])})")
            out.append(wrap(row["description"], "      "))
        out += ["", "  Set them in pyproject.toml (in planlint.toml, as [options."
                f"{rule.name}]):", block(config_example(rule))]
    return "\n".join(out) + "\n"
