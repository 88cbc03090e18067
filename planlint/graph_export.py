"""The plan graph as text other tools draw or read: DOT, Mermaid, GraphML and JSON.

Nodes are the plan and its items, with their ``kind`` and ``title``; edges are
references, from the item that names another to the item named, labelled with the field
(``metrics``, ``supports``, ``funds``…). References to ids that do not exist are left
out. :func:`neighbourhood` cuts the graph down to what lies within a few references of
some items, such as those one finding involves.

The JSON form is networkx's node-link form (``networkx.node_link_graph(data,
edges="edges")`` reads it back)::

    {"directed": true, "multigraph": true,
     "graph": {"plan": "chrysler-2001", "title": "Chrysler Group turnaround"},
     "nodes": [{"id": "G1", "kind": "goal", "title": "Return to operating profit"}, …],
     "edges": [{"source": "G1", "target": "M1", "key": "metrics", "field": "metrics"}, …]}
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from planlint.reporters import json_text
from planlint.reporters.neutral import terminal

if TYPE_CHECKING:
    import networkx as nx

    Graph = nx.MultiDiGraph[str]

#: Fill colours by item kind, shared by the DOT and Mermaid forms.
COLORS = {"plan": "#e8e8e8", "unit": "#f2e6d9", "person": "#fde9c9", "goal": "#cfe3f7",
          "metric": "#d6efd6", "initiative": "#f7d9d9", "budget": "#efe3f5",
          "review": "#e0f0f0", "assumption": "#f5f1c8", "communication": "#e6e6f7"}


def neighbourhood(graph: Graph, seeds: Iterable[str], depth: int) -> Graph:
    """The part of ``graph`` within ``depth`` references (either way) of the seeds, in
    the graph's order."""
    import networkx as nx

    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for seed in seeds:
        keep.update(nx.single_source_shortest_path_length(undirected, seed, cutoff=depth))
    part: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    part.add_nodes_from((node, data) for node, data in graph.nodes(data=True) if node in keep)
    for source, target, key, data in graph.edges(keys=True, data=True):
        if source in keep and target in keep:
            part.add_edge(source, target, key=key, **data)
    return part


def _nodes(graph: Graph) -> list[tuple[str, str, str]]:
    """Each node's id, kind and title, in the graph's order."""
    return [(node, str(data.get("kind", "")), str(data.get("title", node)))
            for node, data in graph.nodes(data=True)]


# -- DOT ----------------------------------------------------------------------------------

def _dot_id(text: str) -> str:
    """A DOT double-quoted ID: only ``\\"`` is an escape there; what a terminal acts on
    shown as its escape (:func:`terminal`)."""
    return '"' + terminal(text).replace('"', '\\"') + '"'


def _dot_label(text: str) -> str:
    """A DOT label (an escString): backslashes and quotes escaped, line breaks as ``\\n``,
    what a terminal acts on shown as its escape (:func:`terminal`)."""
    text = "\n".join(terminal(line) for line in text.replace("\r\n", "\n").split("\n"))
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\n", "\\n") + '"'


def to_dot(graph: Graph, name: str, title: str | None = None) -> str:
    lines = [f"digraph {_dot_id(name)} {{", "  rankdir=LR;",
             f"  label={_dot_label(title or name)};",
             '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    for node, kind, title in _nodes(graph):
        label = node if title == node else f"{node}\n{title}"
        color = COLORS.get(kind, "#ffffff")
        lines.append(f"  {_dot_id(node)} [label={_dot_label(label)}, kind={_dot_id(kind)}, "
                     f"fillcolor={_dot_id(color)}];")
    for source, target, field in graph.edges(keys=True):
        lines.append(f"  {_dot_id(source)} -> {_dot_id(target)} [label={_dot_label(field)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


# -- Mermaid ------------------------------------------------------------------------------

_MERMAID_ENTITIES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;",
                     "`": "#96;", "|": "#124;"}


def _mermaid_text(text: str) -> str:
    """Text safe inside a quoted Mermaid label: on one line, what a terminal acts on
    shown as its escape (:func:`terminal`), markup characters as entity codes."""
    text = terminal(" ".join(text.split()))
    return "".join(_MERMAID_ENTITIES.get(char, char) for char in text)


def to_mermaid(graph: Graph, name: str, title: str | None = None) -> str:
    """A Mermaid flowchart; nodes get ids ``n0``, ``n1``… and show the item id in the
    label, since item ids may clash with Mermaid's keywords and operators."""
    lines = ["flowchart LR", f"  %% plan {_mermaid_text(title or name)}"]
    ids: dict[str, str] = {}
    kinds: dict[str, list[str]] = {}
    for index, (node, kind, title) in enumerate(_nodes(graph)):
        ids[node] = f"n{index}"
        label = _mermaid_text(node) if title == node else \
            f"{_mermaid_text(node)}<br/>{_mermaid_text(title)}"
        lines.append(f'  n{index}["{label}"]')
        if kind in COLORS:
            kinds.setdefault(kind, []).append(f"n{index}")
    for source, target, field in graph.edges(keys=True):
        lines.append(f'  {ids[source]} -->|"{_mermaid_text(field)}"| {ids[target]}')
    for kind, members in kinds.items():
        lines.append(f"  classDef {kind} fill:{COLORS[kind]},stroke:#555")
        lines.append(f"  class {','.join(members)} {kind}")
    return "\n".join(lines) + "\n"


# -- GraphML and JSON ---------------------------------------------------------------------

def _xml_text(text: str) -> str:
    """Text XML 1.0 can carry and a terminal does not act on: characters either forbids
    shown as their escapes (:func:`terminal`)."""
    return terminal(text)


def to_graphml(graph: Graph, name: str, title: str | None = None) -> str:
    """GraphML written by networkx (through an XML library, so escaping is exact)."""
    import networkx as nx

    plain: nx.MultiDiGraph[str] = nx.MultiDiGraph(plan=_xml_text(name),
                                                  title=_xml_text(title or name))
    for node, kind, title in _nodes(graph):
        plain.add_node(_xml_text(node), kind=kind, title=_xml_text(title))
    for source, target, field in graph.edges(keys=True):
        plain.add_edge(_xml_text(source), _xml_text(target), key=field, field=field)
    buffer = io.BytesIO()
    nx.write_graphml(plain, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8") + "\n"


def to_json(graph: Graph, name: str, title: str | None = None) -> str:
    """The node-link form described in this module's docstring."""
    data = {
        "directed": True, "multigraph": True,
        "graph": {"plan": name, **({"title": title} if title else {})},
        "nodes": [{"id": node, "kind": kind, "title": title}
                  for node, kind, title in _nodes(graph)],
        "edges": [{"source": source, "target": target, "key": field, "field": field}
                  for source, target, field in graph.edges(keys=True)],
    }
    return json_text(data)


#: Each format by name: ``render(graph, plan_id, plan_title) -> text``.
FORMATS: dict[str, Callable[[Graph, str, str | None], str]] = {
    "dot": to_dot, "mermaid": to_mermaid, "graphml": to_graphml, "json": to_json}
