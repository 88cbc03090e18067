"""``planlint graph`` exports the plan graph in forms other tools read back."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pydot
import pytest
from click.testing import Result

from planlint.api import load_plan
from planlint.commands import EXAMPLE
from tests.conftest import Write
from tests.test_forged_output import ACTIVE

Run = Callable[..., Result]
pytestmark = pytest.mark.filterwarnings("ignore:'setParseAction' deprecated")

#: A title with every character the formats treat specially.
HOSTILE = 'Fix "this" \\ now; {a} [b] <b>bold</b> & a|b #1 `code` --> end'
PLAN = f"""planlint: 1
plan: {{id: p, title: Hostile plan}}
people: [{{id: ceo, name: "CEO \\"the boss\\""}}]
goals:
  - id: end
    title: {json.dumps(HOSTILE)}
    owner: ceo
    metrics: [{{id: M1, title: "line one\\nline two"}}]
  - {{id: G2, parent: end, owner: ghost}}
"""


def export(cli: Run, *args: str) -> str:
    result = cli("graph", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


def expected_nodes(path: Path) -> dict[str, tuple[str, str]]:
    graph = load_plan(path).graph
    return {node: (data["kind"], data["title"]) for node, data in graph.nodes(data=True)}


def expected_edges(path: Path) -> list[tuple[str, str, str]]:
    return sorted(load_plan(path).graph.edges(keys=True))


# -- DOT ----------------------------------------------------------------------------------

def dot_unquote(text: str) -> str:
    """A DOT escString's text: quotes removed, ``\\"``, ``\\\\`` and ``\\n`` decoded."""
    assert text.startswith('"') and text.endswith('"'), text
    return re.sub(r'\\(["\\n])', lambda m: "\n" if m.group(1) == "n" else m.group(1),
                  text[1:-1])


def test_dot_parses_and_carries_every_node_edge_and_label(cli: Run, write: Write) -> None:
    path = write("plan.yaml", PLAN)
    (parsed,) = pydot.graph_from_dot_data(export(cli, "plan.yaml"))
    nodes = {dot_unquote(node.get_name()): node for node in parsed.get_nodes()
             if node.get_name() not in ("node", "edge", "graph")}
    assert {name: (dot_unquote(n.get("kind")), dot_unquote(n.get_label()))
            for name, n in nodes.items()} == {
        name: (kind, name if title == name else f"{name}\n{title}")
        for name, (kind, title) in expected_nodes(path).items()}
    edges = sorted((dot_unquote(e.get_source()), dot_unquote(e.get_destination()),
                    dot_unquote(e.get_label())) for e in parsed.get_edges())
    assert edges == expected_edges(path)
    assert ("G2", "end", "parent") in edges  # dangling owner 'ghost' is left out


def test_dot_of_the_example(cli: Run) -> None:
    (parsed,) = pydot.graph_from_dot_data(export(cli, "--example"))
    assert len(parsed.get_edges()) == len(expected_edges(EXAMPLE))


# -- Mermaid ------------------------------------------------------------------------------

MERMAID_LINE = re.compile(
    r'(?P<node>  (?P<id>n\d+)\["(?P<label>[^"]*)"\])'
    r'|(?P<edge>  (?P<source>n\d+) -->\|"(?P<field>[^"|]*)"\| (?P<target>n\d+))'
    r"|(?P<classdef>  classDef [a-z]+ fill:#[0-9a-f]{6},stroke:#555)"
    r"|(?P<cls>  class n\d+(?:,n\d+)* [a-z]+)"
    r"|(?P<comment>  %% [^\n]*)")


def mermaid_text(label: str) -> str:
    """A label's text: entity codes decoded, the one line break we write kept."""
    assert "<" not in label.replace("<br/>", "") and ">" not in label.replace("<br/>", "")
    entities = {"#35;": "#", "#quot;": '"', "#lt;": "<", "#gt;": ">", "#amp;": "&",
                "#96;": "`", "#124;": "|"}
    return re.sub(r"#\w+;", lambda m: entities[m.group()], label).replace("<br/>", "\n")


def test_mermaid_is_well_formed_and_escapes_labels(cli: Run, write: Write) -> None:
    path = write("plan.yaml", PLAN)
    lines = export(cli, "--format", "mermaid", "plan.yaml").splitlines()
    assert lines[0] == "flowchart LR"
    labels: dict[str, str] = {}
    edges = []
    for line in lines[1:]:
        match = MERMAID_LINE.fullmatch(line)
        assert match is not None, f"not a line this exporter writes: {line!r}"
        if match["node"]:
            assert match["id"] not in labels
            labels[match["id"]] = mermaid_text(match["label"])
        elif match["edge"]:
            edges.append((match["source"], match["target"], match["field"]))
    names = {mid: label.split("\n")[0] for mid, label in labels.items()}
    assert {names[mid]: label for mid, label in labels.items()} == {
        name: name if title == name else f"{name}\n{' '.join(title.split())}"
        for name, (_, title) in expected_nodes(path).items()}
    assert sorted((names[s], names[t], f) for s, t, f in edges) == expected_edges(path)


# -- GraphML and JSON ---------------------------------------------------------------------

def test_graphml_round_trips_through_networkx(cli: Run, write: Write) -> None:
    path = write("plan.yaml", PLAN)
    graph = nx.read_graphml(io.StringIO(export(cli, "--format", "graphml", "plan.yaml")),
                            force_multigraph=True)
    assert {n: (d["kind"], d["title"]) for n, d in graph.nodes(data=True)} == \
        expected_nodes(path)
    assert sorted((s, t, d["field"]) for s, t, d in graph.edges(data=True)) == \
        sorted(graph.edges(keys=True)) == expected_edges(path)
    assert (graph.graph["plan"], graph.graph["title"]) == ("p", "Hostile plan")


def test_graphml_shows_characters_xml_cannot_carry_as_escapes(cli: Run, write: Write) -> None:
    write("plan.json", '{"planlint": 1, "goals": [{"id": "G1", "title": "a\\u0001b"}]}')
    graph = nx.read_graphml(io.StringIO(export(cli, "--format", "graphml", "plan.json")))
    assert graph.nodes["G1"]["title"] == "a\\x01b"


@pytest.mark.parametrize("output_format", ["dot", "mermaid", "graphml", "json"])
def test_no_control_or_bidi_character_reaches_the_reader(cli: Run, write: Write,
                                                         output_format: str) -> None:
    # DOT and Mermaid wrote a title's ESC and BEL raw (a terminal showing the export ran
    # them), and every form its U+202E and C1 escape U+009B
    write("plan.yaml", 'planlint: 1\ngoals: [{id: G1, title: "\\e]0;owned\\a \\u202eexe \\x9b"}]\n')
    out = export(cli, "--format", output_format, "plan.yaml")
    assert not ACTIVE.findall(out), out
    assert "owned" in out and "u202e" in out  # shown escaped, not lost


def test_json_is_node_link_data(cli: Run, write: Write) -> None:
    path = write("plan.yaml", PLAN)
    data = json.loads(export(cli, "--format", "json", "plan.yaml"))
    graph = nx.node_link_graph(data, edges="edges")
    assert {n: (d["kind"], d["title"]) for n, d in graph.nodes(data=True)} == \
        expected_nodes(path)
    assert sorted(graph.edges(keys=True)) == expected_edges(path)
    assert [node["id"] for node in data["nodes"]] == list(load_plan(path).graph.nodes)


# -- selecting a part ---------------------------------------------------------------------

def json_nodes(cli: Run, *args: str) -> list[str]:
    return [node["id"] for node in json.loads(export(cli, "--format", "json", *args))["nodes"]]


def test_around_an_item_keeps_its_neighbourhood(cli: Run) -> None:
    assert json_nodes(cli, "--example", "--around", "MP2", "--depth", "0") == ["MP2"]
    near = json_nodes(cli, "--example", "--around", "MP2")
    assert set(near) == {"MP2", "haddad", "mopar", "G2", "MP-I1"}
    assert len(json_nodes(cli, "--example", "--around", "MP2", "--depth", "2")) > len(near)


def test_a_finding_keeps_its_items_and_their_neighbours(cli: Run) -> None:
    assert set(json_nodes(cli, "--example", "--finding", "orphan-initiative:I4")) == \
        {"B3", "I4", "okafor"}


def test_a_cycle_finding_keeps_every_item_of_the_loop(cli: Run, write: Write) -> None:
    write("plan.yaml", "planlint: 1\ngoals:\n  - {id: G1, parent: G3}\n"
          "  - {id: G2, parent: G1}\n  - {id: G3, parent: G2}\n  - {id: G4}\n")
    assert json_nodes(cli, "plan.yaml", "--finding", "PL007:G1", "--depth", "0") == \
        ["G1", "G2", "G3"]


@pytest.mark.parametrize(("args", "message"), [
    (["--around", "MP9"], "--around MP9: no item has this id in the plan; did you mean 'MP2'?"),
    (["--finding", "PL201"], "write RULE:ID"),
    (["--finding", "unmesured-goal:G1"],
     "no rule is called 'unmesured-goal'; did you mean 'unmeasured-goal'?"),
    (["--finding", "PL201:G1"], "rule PL201 unmeasured-goal finds nothing on 'G1'"),
    (["--depth", "2"], "--depth limits --around or --finding"),
    (["--format", "svg"], "Invalid value for '--format'"),
])
def test_mistakes_are_usage_errors(cli: Run, args: list[str], message: str) -> None:
    result = cli("graph", "--example", *args)
    assert result.exit_code == 2
    assert message in result.output
