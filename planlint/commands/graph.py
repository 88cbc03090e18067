"""``planlint graph``: export the plan graph as DOT, Mermaid, GraphML or JSON."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from planlint.commands import Whole, usage_errors

if TYPE_CHECKING:
    from planlint.api import Session
    from planlint.plan import Plan


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", default="dot", show_default=True,
              type=click.Choice(["dot", "mermaid", "graphml", "json"]), help="Output format.")
@click.option("--around", metavar="ID", multiple=True,
              help="Only the items within --depth references of this item (repeatable).")
@click.option("--finding", "findings", metavar="RULE:ID", multiple=True,
              help="Only what a finding involves: its item and related items, and what "
                   "lies within --depth references of them (e.g. PL301:B3).")
@click.option("--depth", type=Whole("how many references away to look: a whole number "
                                    "such as 2"), metavar="N",
              help="How many references away from --around/--finding items.  [default: 1]")
@click.option("--example", is_flag=True, help="Export the bundled example plan.")
@usage_errors
def graph(paths: tuple[Path, ...], output_format: str, around: tuple[str, ...],
          findings: tuple[str, ...], depth: int | None, example: bool) -> None:
    """Export the graph of the plan made of PATHS: items as nodes (with kind and title),
    references as edges labelled with their field."""
    from planlint.api import Session
    from planlint.commands import EXAMPLE, encodable
    from planlint.config import discover
    from planlint.errors import UsageError
    from planlint.graph_export import FORMATS, neighbourhood

    if example and paths:
        raise UsageError("--example exports the bundled plan; give no paths with it")
    targets = [EXAMPLE] if example else list(paths) or [Path()]
    if depth is not None and not (around or findings):
        raise UsageError("--depth limits --around or --finding; give one of them")
    session = Session.open(discover(targets[0] if str(targets[0]) != "-" else Path()))
    plan = session.load(targets)
    exported = plan.graph
    seeds = [_known_id(plan, item_id, "--around") for item_id in around]
    for spec in findings:
        seeds.extend(_finding_nodes(plan, session, spec))
    if seeds:
        exported = neighbourhood(exported, seeds, 1 if depth is None else depth)
    click.echo(encodable(FORMATS[output_format](exported, plan.id, plan.info.title)), nl=False)


def _known_id(plan: Plan, item_id: str, option: str) -> str:
    from planlint.errors import UsageError
    from planlint.suggest import did_you_mean

    if item_id in plan.graph:
        return item_id
    hint = did_you_mean(item_id, [str(node) for node in plan.graph.nodes])
    hint = f"; {hint}" if hint else ""
    raise UsageError(f"{option} {item_id}: no item has this id in the plan{hint}")


def _finding_nodes(plan: Plan, session: Session, spec: str) -> list[str]:
    """The items one finding involves: its own and those of its related locations."""
    from planlint.anchors import Anchors
    from planlint.errors import UsageError

    rule_name, _, item_id = spec.partition(":")
    if not rule_name or not item_id:
        raise UsageError(f"--finding {spec}: write RULE:ID, a rule code or name and an "
                         "item id, e.g. PL201:G1")
    try:
        rule = session.find_rule(rule_name)
    except UsageError as error:
        raise UsageError(f"--finding {spec}: {error}") from None
    narrowed = session.narrowed(select=[rule.code], extend_select=[], ignore=[])
    if narrowed.settings.as_of is not None:
        plan.judge_at(narrowed.settings.as_of)
    anchors = Anchors(plan)
    found = [finding for finding in narrowed.run_rule(rule, plan)
             if finding.code == rule.code and anchors.of(finding).node == item_id]
    if not found:
        raise UsageError(f"--finding {spec}: rule {rule.code} {rule.name} finds nothing on "
                         f"{item_id!r}; 'planlint check' lists the findings")
    nodes = [item_id] + [related.node for finding in found for related in finding.related
                         if related.node is not None]
    in_graph = [node for node in dict.fromkeys(nodes) if node in plan.graph]
    if not in_graph:
        raise UsageError(f"--finding {spec}: the finding is about {item_id!r}, which is not "
                         "an item of the plan graph")
    return in_graph
