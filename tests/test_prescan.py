"""The YAML pre-check never under-estimates what libyaml would build."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from planlint.loaders import prescan

_PIECES = ["[", "]", "{", "}", '"', "'", "#", "!", "!<a]>", "\\", "\\\"", "a", " ", ": ",
           ", ", "- ", "? ", "\n", "\n  ", "|\n", ">\n", "&a ", "*a", "''", '""', "\t", "\r\n"]


def _true_depth_and_nodes(text: str) -> tuple[int, int]:
    """The deepest nesting and the node count libyaml reaches before any error."""
    loader: Any = prescan._EventLoader(text)
    depth = deepest = nodes = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                nodes += 1
                deepest = max(deepest, depth)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.ScalarEvent | yaml.AliasEvent):
                nodes += 1
    except yaml.YAMLError:
        pass
    finally:
        loader.dispose()
    return deepest, nodes


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_bounds_are_never_low(text: str) -> None:
    depth, nodes = _true_depth_and_nodes(text)
    assert prescan.depth_bound(text, 1 << 30) >= depth
    assert prescan.node_bound(text) >= nodes


def test_brackets_hidden_in_strings_comments_and_tags_do_not_lower_the_bound() -> None:
    for hider in ['"]", ', "']', ", "# ]\n", "!<a]> x, ", '"\\"]", ']:
        text = ("[" + hider) * 200
        assert _true_depth_and_nodes(text)[0] == 200
        assert prescan.flow_bound(text) >= 200


def test_a_realistic_plan_passes_without_measuring() -> None:
    plan = "planlint: 1\ngoals:\n" + "".join(
        f"  - {{id: G{i}, title: \"Grow [core] {i}\", owner: 'Don''t', supports: [G1]}}"
        f"  # note [{i}]\n    description: |\n      text with \"quotes\" and [brackets]\n"
        for i in range(2000))
    assert prescan.depth_bound(plan, prescan.SAFE_DEPTH) <= prescan.SAFE_DEPTH
    assert prescan.node_bound(plan) <= prescan.MAX_NODES


def test_a_plan_the_bound_overestimates_is_measured_not_rejected() -> None:
    # A '#' inside quoted text before a closing bracket might start a comment as far as
    # the bound can tell; the exact measure then accepts the plan.
    plan = "planlint: 1\ngoals:\n" + "".join(
        f"  - {{id: G{i}, title: \"Fix #{i}\", supports: [G1]}}\n" for i in range(400))
    assert prescan.depth_bound(plan, prescan.SAFE_DEPTH) > prescan.SAFE_DEPTH
    prescan.check(plan)


def test_pathological_texts_stay_cheap() -> None:
    for text in ['"' * 10**6, "'" * 10**6, "#" * 10**6 + "]", "!" * 10**6, '\\"' * 10**6,
                 "[!a " * 10**5, "\"'" * 10**6]:
        prescan.flow_bound(text, 1000)  # finishes: every search reads the text about once
