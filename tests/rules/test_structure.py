"""PL0: the plan file itself can be read and its references hold together."""

from __future__ import annotations

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from planlint.rules import structure
from planlint.suggest import suggested
from planlint.testing import RuleTester


def test_dangling_reference_points_at_the_reference_and_suggests() -> None:
    tester = RuleTester(structure.dangling_reference)
    (finding,) = tester.assert_fails(
        "people: [{id: jdoe}]\ngoals:\n  - id: G1\n    owner: jdo\n"
        "    metrics: [M1]\nmetrics: [{id: M1}]\n", [("G1", 4)])
    assert "did you mean 'jdoe'?" in finding.message
    assert finding.field == "owner"
    tester.assert_fails("plan: {id: p, sponsor: ghost}\n", [("p", 1)])


@given(st.text(max_size=12), st.sets(st.integers(min_value=0, max_value=13), max_size=4))
def test_variants_of_some_lengths_are_those_of_all(word: str, lengths: set[int]) -> None:
    # a candidate's variants are cut to the lengths a reference's have: only those meet
    assert structure._variants(word, lengths) == {
        variant for variant in structure._variants(word) if len(variant) in lengths}


def test_a_large_plan_suggests_ids_one_edit_away_of_any_length() -> None:
    # past the ids compared one by one, those one edit away: longer, shorter, one changed
    people = "".join(f"  - {{id: person{n:03}}}\n" for n in range(300))
    plan = (f"people:\n{people}goals:\n  - {{id: G1, owner: person01}}\n"
            "  - {id: G2, owner: person0012}\n  - {id: G3, owner: Person012}\n"
            "  - {id: G4, owner: persom012}\n")
    findings = RuleTester(structure.dangling_reference).assert_fails(
        plan, [("G1", 303), ("G2", 304), ("G3", 305), ("G4", 306)])
    assert [suggested(finding.message) for finding in findings] == [
        "person201", "person012", "person012", "person012"]


def test_dangling_reference_in_a_list_points_at_the_entry() -> None:
    (finding,) = RuleTester(structure.dangling_reference).assert_fails(
        "goals:\n  - id: G1\n    drives:\n      - G1\n      - G9\n", [("G1", 5)])
    assert finding.field == "drives/1"


def test_a_co_owner_is_a_reference_to_a_person() -> None:
    (finding,) = RuleTester(structure.dangling_reference).assert_fails(
        "people: [{id: ann}]\ninitiatives:\n  - id: I1\n    owner: ann\n"
        "    co_owners: [ann, bob]\n", [("I1", 5)])
    assert finding.field == "co_owners/1"


def test_wrong_reference_kind() -> None:
    (finding,) = RuleTester(structure.wrong_reference_kind).assert_fails(
        "goals:\n  - {id: G1, owner: G1}\n", [("G1", 2)])
    assert "G1, which is a goal; owner takes person ids" in finding.message


def test_parent_cycle_lists_the_loop_once() -> None:
    tester = RuleTester(structure.parent_cycle)
    (finding,) = tester.assert_fails(
        "goals:\n  - {id: G1, parent: G3}\n  - {id: G2, parent: G1}\n"
        "  - {id: G3, parent: G2}\n  - {id: G4, parent: G3}\n", [("G1", 2)])
    assert "G1 -> G3 -> G2 -> G1" in finding.message
    assert [r.node for r in finding.related] == ["G3", "G2"]
    tester.assert_fails("goals:\n  - {id: G1, parent: G1}\n", [("G1", 2)])
    tester.assert_fails("units:\n  - {id: a, parent: b}\n  - {id: b, parent: a}\n",
                        [("a", 2)])


def test_a_breakdown_of_no_metric_is_a_dangling_or_wrong_reference() -> None:
    plan = "metrics:\n  - {id: M1}\n  - id: M2\n    breaks_down: M11\n"
    (finding,) = RuleTester(structure.dangling_reference).assert_fails(plan, [("M2", 4)])
    assert "breaks_down names 'M11'" in finding.message
    assert "did you mean 'M1'?" in finding.message
    assert finding.field == "breaks_down"
    (finding,) = RuleTester(structure.wrong_reference_kind).assert_fails(
        plan.replace("M11", "G1") + "goals: [{id: G1}]\n", [("M2", 4)])
    assert "breaks_down takes metric ids" in finding.message


def test_metrics_breaking_each_other_down_in_a_loop() -> None:
    tester = RuleTester(structure.parent_cycle)
    (finding,) = tester.assert_fails(
        "metrics:\n  - {id: M1, breaks_down: M3}\n  - {id: M2, breaks_down: M1}\n"
        "  - {id: M3, breaks_down: M2}\n  - {id: M4, breaks_down: M3}\n", [("M1", 2)])
    assert "metrics break each other down in a loop: M1 -> M3 -> M2 -> M1" in finding.message
    assert finding.field == "breaks_down"
    assert [(r.node, r.location.line) for r in finding.related] == [("M3", 4), ("M2", 3)]
    tester.assert_fails("metrics:\n  - {id: M1, breaks_down: M1}\n", [("M1", 2)])
    tester.assert_passes("metrics:\n  - {id: M1}\n  - {id: M2, breaks_down: M1}\n"
                         "  - {id: M3, breaks_down: M2}\n")


def test_a_loop_through_aligned_to_points_at_each_link() -> None:
    tester = RuleTester(structure.parent_cycle)
    (finding,) = tester.assert_fails(
        "goals:\n  - {id: G1, also_aligned_to: [G3, G2]}\n  - {id: G2, parent: G1}\n"
        "  - {id: G3}\n", [("G1", 2)])
    assert "G1 -> G2 -> G1" in finding.message
    assert "remove one parent or also_aligned_to link" in finding.message
    assert finding.field == "also_aligned_to/1"
    assert [(r.node, r.location.line) for r in finding.related] == [("G2", 3)]
    tester.assert_passes("goals:\n  - {id: G1}\n  - {id: G2, parent: G1}\n"
                         "  - {id: G3, parent: G2, also_aligned_to: [G1]}\n")


def test_a_long_parent_chain_is_not_a_cycle() -> None:
    goals = "".join(f"  - {{id: G{i}, parent: G{i - 1}}}\n" for i in range(1, 3000))
    RuleTester(structure.parent_cycle).assert_passes("goals:\n  - {id: G0}\n" + goals)


def test_dependency_cycles_one_per_tangle() -> None:
    tester = RuleTester(structure.dependency_cycle)
    found = tester.assert_fails(
        "initiatives:\n  - {id: I1, depends_on: [I2]}\n  - {id: I2, depends_on: [I1]}\n"
        "  - {id: I3, depends_on: [I3]}\n  - {id: I4, depends_on: [I1]}\n",
        [("I1", 2), ("I3", 4)])
    assert "I1 -> I2 -> I1" in found[0].message
    assert "I3 -> I3" in found[1].message


@given(st.dictionaries(st.integers(0, 9), st.lists(st.integers(0, 9), unique=True)))
def test_dependency_loops_are_those_networkx_finds(edges: dict[int, list[int]]) -> None:
    """The loops named are the components and the find_cycle loops networkx gives."""
    needs: dict[str, list[str]] = {f"I{node}": [] for node in range(10)}
    graph: nx.DiGraph[str] = nx.DiGraph()
    for node, needed in edges.items():
        needs[f"I{node}"] = [f"I{other}" for other in needed]
        graph.add_edges_from((f"I{node}", f"I{other}") for other in needed)
    order = list(needs)
    groups = sorted(structure._tangles(needs), key=lambda g: min(map(order.index, g)))
    expected = sorted((group for group in nx.strongly_connected_components(graph)
                       if len(group) > 1 or graph.has_edge(*(next(iter(group)),) * 2)),
                      key=lambda g: min(map(order.index, g)))
    assert groups == expected
    for group in groups:
        start = min(group, key=order.index)
        assert structure._loop(needs, group, start) == [
            node for node, _ in nx.find_cycle(graph.subgraph(group), source=start)]


def test_load_time_rules_report_their_diagnostics() -> None:
    RuleTester(structure.syntax_error).assert_fails("goals: [\n", [("<text>", 2)])
    # problems inside an item are about that item (its id, and the key as field)
    (unknown,) = RuleTester(structure.unknown_field).assert_fails(
        "goals:\n  - {id: G1, x: 1}\n", [("G1", 2)])
    assert (unknown.kind, unknown.field) == ("goal", "x")
    (invalid,) = RuleTester(structure.invalid_field).assert_fails(
        "goals:\n  - {id: G1, due: soon}\n", [("G1", 2)])
    assert (invalid.kind, invalid.field) == ("goal", "due")
    RuleTester(structure.invalid_field).assert_fails("goals:\n  - {id: 'a b'}\n",
                                                     [("<text>", 2)])
    RuleTester(structure.duplicate_id).assert_fails("goals:\n  - {id: G1}\n  - {id: G1}\n",
                                                    [("G1", 3)])
