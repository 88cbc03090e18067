"""The C builder of YAML's common case (planlint/loaders/_fastyaml.c) gives exactly what
the Python builder gives, and declines, to the Python builder, everything else."""

from __future__ import annotations

import importlib.util
import math
import re
import shutil
import sys
import sysconfig
import tracemalloc
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from planlint.loaders import LoadError
from planlint.loaders import yaml as yaml_loader
from planlint.positions import PositionMap

ROOT = Path(__file__).resolve().parents[2]
fast = yaml_loader._fast
needs_fast = pytest.mark.skipif(fast is None, reason="the C builder is not built here")


def build(text: str, max_nodes: int = yaml_loader.MAX_NODES) -> Any:
    """What the C builder makes of ``text`` (None: it declines), bypassing load()'s own
    checks, so that its declining is tested on its own."""
    assert fast is not None
    return fast.build(text, yaml_loader._plain_value, yaml_loader._DECLINE,
                      yaml_loader._TYPED_FIRST, yaml_loader.MAX_DEPTH, max_nodes,
                      yaml_loader.MAX_KEY_PATH)


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (1, 1.0 and True differ; NaN is
    itself), dict keys in the same order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def outcome(load: Any, text: str) -> tuple[Any, ...]:
    try:
        document = load(text)
    except LoadError as error:
        partial = error.partial
        return ("error", str(error), error.line, error.column,
                partial and (partial.data, list(partial.positions.spans.items()),
                             partial.problems))
    return ("document", document.data, list(document.positions.spans.items()),
            document.problems)


def assert_identical(text: str) -> bool:
    """load() gives what the Python builder gives: data, spans (in their order) and
    problems, or the same error; the C builder's table finds what the spans' dict finds.
    True when the C builder took the file."""
    taken = fast is not None and build(text) is not None \
        and not any(mark in text for mark in yaml_loader._FAST_DECLINES)
    new, old = outcome(yaml_loader.load, text), outcome(yaml_loader.load_events, text)
    assert same(new, old), text[:2000]
    if taken:
        assert new[0] == "document" and new[3] == []
        assert_finds_as_the_dict(build(text)[1])
    return taken


def assert_finds_as_the_dict(table: Any) -> None:
    """The table finds every pointer, and the nearest ancestor of one it has not, as
    a position map over its dict does."""
    spans = table.to_dict()
    assert len(table) == len(spans)
    by_dict = PositionMap(spans)
    for pointer in [*spans, *(f"{pointer}/0/x~1y" for pointer in spans), "x", "/",
                    "//", "/\udcff/0", "/é"]:
        assert table.find(pointer) == by_dict.find(pointer), pointer


def test_the_c_builder_is_built_where_it_can_be() -> None:
    """Where a compiler and libyaml's header are, `pip install -e .` builds it: a failed
    build would otherwise pass unseen, every test here skipped."""
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if (shutil.which("cc") or shutil.which("gcc")) and include.exists() \
            and Path("/usr/include/yaml.h").exists():
        assert fast is not None


@needs_fast
def test_a_plain_plan_is_built_in_c(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> None:
        raise AssertionError("the Python builder read a plain plan")

    monkeypatch.setattr(yaml_loader, "load_events", refuse)
    for path in sorted((ROOT / "examples").rglob("*.yaml")):
        assert yaml_loader.load(path.read_text(encoding="utf-8")).data


YAML_FILES = sorted(path for folder in ("examples", "tests", "plugins")
                    for path in (ROOT / folder).rglob("*.y*ml")
                    if path.suffix in (".yaml", ".yml") and path.is_file())


@needs_fast
def test_every_yaml_file_of_the_repository_loads_identically() -> None:
    """Examples, real plans, the hostile corpus and every YAML file the tests read."""
    assert len(YAML_FILES) > 150
    taken = 0
    for path in YAML_FILES:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        taken += assert_identical(text)
    assert taken > 120  # most are plain: the C builder is used, not merely declining


def _generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate"] = module
    spec.loader.exec_module(module)
    return module


@needs_fast
@pytest.mark.parametrize(("size", "seed"), [(300, 1), (1000, 2), (3000, 5)])
def test_generated_plans_load_identically(size: int, seed: int) -> None:
    generate = _generate()
    text = generate.to_yaml(generate.generate(size, seed).document())
    assert assert_identical(text)


DECLINED = {
    "anchor and alias": "a: &x {b: 1}\nc: *x\n",
    "anchor alone": "a: &x 1\n",
    "tag": "a: !!str 1\n",
    "tag on a list": "a: !!seq [1]\n",
    "python tag": "a: !!python/object:os.system x\n",
    "custom tag": "a: !mine x\n",
    "merge key": "base: {x: 1}\nitem:\n  <<: {y: 2}\n  z: 3\n",
    "duplicate key": "a: 1\nb: 2\na: 3\n",
    "duplicate key of a list": "a: [1]\na: [2]\n",
    "number as a key": "2024: x\n",
    "boolean as a key": "yes: x\n",
    "null as a key": "~: x\n",
    "float as a key": "1.5: x\n",
    "collection as a key": "? [a, b]\n: x\n",
    "second document": "a: 1\n---\nb: 2\n",
    "parse error": "a: [1, 2\nb: 3\n",
    "tab": "a:\n\tb: 1\n",
    "huge integer": "a: " + "9" * 5000 + "\n",
    "bad integer": "a: 0b_\n",
    "value tag": "a: =\n",
    "line separator": "a: x\u2028y\n",
    "next line": "a: x\x85\n",
    "carriage return": "a: 1\r\nb: 2\r\n",
    "too deep": "a: " + "[" * 70 + "]" * 70 + "\n",
}


@needs_fast
@pytest.mark.parametrize("name", sorted(DECLINED))
def test_what_the_c_builder_declines_is_read_as_before(name: str) -> None:
    text = DECLINED[name]
    if not any(mark in text for mark in yaml_loader._FAST_DECLINES):
        assert build(text) is None
    assert not assert_identical(text)


@needs_fast
def test_the_node_limit_is_the_python_builders(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a: [1, 2, 3]\nb: {c: d}\n"
    nodes = 10  # the root, keys a, b and c, the list and its 3 items, the mapping, d
    assert build(text, max_nodes=nodes) is not None
    assert build(text, max_nodes=nodes - 1) is None
    from planlint.loaders import yaml_events

    monkeypatch.setattr(yaml_loader, "MAX_NODES", nodes - 1)
    monkeypatch.setattr(yaml_events, "MAX_NODES", nodes - 1)
    with pytest.raises(LoadError):
        yaml_loader.load(text)


@needs_fast
def test_the_depth_limit_is_the_python_builders() -> None:
    depth = yaml_loader.MAX_DEPTH
    assert build("[" * depth + "]" * depth) is not None
    assert build("[" * (depth + 1) + "]" * (depth + 1)) is None
    for extra in (0, 1):
        assert_identical("a: " + "[" * (depth - 1 + extra) + "]" * (depth - 1 + extra))


@needs_fast
@pytest.mark.parametrize("text", [
    "", "# only a comment\n", "---\n", "---\n...\n", "plain\n", "'quoted'\n", "12\n",
    "- 1\n- 1.0\n- true\n- null\n- ~\n- 2024-01-31\n- 2024-01-31 10:00:00\n- 0x1F\n- 0o17\n"
    "- 1_000\n- 1:20\n- .inf\n- -.Inf\n- .nan\n- +12\n- -0\n- 1e3\n- 6.8523015e+5\n- Yes\n"
    "- OFF\n- y\n- n\n- '1'\n- \"true\"\n- !  12\n- ! 'x'\n- <<\n- -\n- .\n- =x\n",
    "a/b: 1\nc~d: 2\n~e/: 3\n'': 4\n' ': 5\n",
    "é: ü\n日本: {語: [1, '二']}\n\"emoji 😀\": x\n",
    "k: |\n  lit\n   eral\n\nn: >-\n  fol\n  ded\n\n  x\n",
    "a:\nb:\n- \n-\nc: {d: , e}\n",
    "[a, {b: c}, [d]]\n", "{a: [b, {c: d}]}\n",
    # explicit keys in flow sequences, which libyaml 0.2.5 ended without a mapping end
    "[?]\n", "[? a]\n", "a: [?]\n", "- [? ]\n- x\n", "[? a, b]\n", "{a: [?], b: 1}\n",
    "[? a: b]\n", "[?, x]\n", "? a\n: b\n",
    "key:    value   # comment\n  # more\nnext:\n  - x  # c\n",
    "a: 'it''s'\nb: \"tab\\tnew\\nline \\u00e9\"\n",
])
def test_corner_cases_load_identically(text: str) -> None:
    assert_identical(text)


def test_the_c_builders_resolution_is_pyyamls() -> None:
    """The C builder reads words and most numbers without importing PyYAML, from copies
    of its resolver's first characters and patterns: they must be PyYAML's."""
    resolvers = yaml.SafeLoader.yaml_implicit_resolvers
    first_characters = "".join(sorted(set(resolvers) - {None}))
    assert first_characters == yaml_loader._TYPED_FIRST
    patterns = {tag: regexp for first in resolvers for tag, regexp in resolvers[first]}
    tags = [f"tag:yaml.org,2002:{name}" for name in ("float", "int", "timestamp")]
    assert [(number.pattern, number.flags) for number in yaml_loader._NUMBERS] == \
        [(patterns[tag].pattern, patterns[tag].flags & ~re.UNICODE) for tag in tags]
    assert {tag for first in "+-.0123456789" for tag, _ in resolvers[first]} == set(tags)


_SCALARS = ["", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "y", "n",
            "true", "True", "TRUE", "false", "off", "On", "ON", "no", "No", "NO", "nope",
            "team", "FY2025", "Ontario", "2001-2002", "24/7 support", "12", "-0", "+12",
            "1.5", "1.", ".5", "1e3", "1.0e+3", "0x1F", "0o17", "017", "0b101", "1_000",
            "1:20", "1:20.5", ".inf", "-.Inf", ".nan", ".NaN", "2024-01-31",
            "2024-1-31 10:00:00", "2024-1-1\t1:00:00 +1", "2024-01-31T10:00:00Z",
            "2024-01-31 10:00", "<<", "<", "=", "=x", "-", ".", "+", "1 000", "-1,5", "3rd",
            "10%", "1.5x", "9" * 5000]


@pytest.mark.parametrize("text", _SCALARS)
def test_plain_scalars_read_as_pyyamls_resolver_reads_them(text: str) -> None:
    from planlint.loaders.yaml_events import resolved

    expected, value = resolved(text), yaml_loader._plain_value(text)
    assert value is expected if expected is yaml_loader._DECLINE else \
        (type(value), value) == (type(expected), expected) or math.isnan(value)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789+-._:eEx oObBTtZ<=~nNyYafiIFA/%qQ\t", min_size=1,
               max_size=12))
def test_random_plain_scalars_read_as_pyyamls_resolver_reads_them(text: str) -> None:
    test_plain_scalars_read_as_pyyamls_resolver_reads_them(text)


# -- random documents ---------------------------------------------------------------------

class _Flow(dict[Any, Any]):
    pass


class _FlowList(list[Any]):
    pass


class _Styled(str):
    style: str | None = None


class _Dumper(yaml.SafeDumper):
    pass


def _styled(dumper: _Dumper, value: _Styled) -> Any:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=value.style)


_Dumper.add_representer(_Styled, _styled)
_Dumper.add_representer(_Flow, lambda dumper, value: dumper.represent_mapping(
    "tag:yaml.org,2002:map", value, flow_style=True))
_Dumper.add_representer(_FlowList, lambda dumper, value: dumper.represent_sequence(
    "tag:yaml.org,2002:seq", value, flow_style=True))

TYPED = ["1", "-3", "+4", "0x1F", "0o17", "017", "0b101", "1_000", "1:20", "1.5", "-.5e3",
         "1e3", ".inf", "-.INF", ".nan", "yes", "No", "ON", "off", "y", "n", "true",
         "False", "null", "Null", "~", "", "2024-01-31", "2024-1-3", "2024-01-31T10:00:00Z",
         "2024-01-31 10:00:00.5 +01:00", "<<", "=", "-", "--", ".", "0.", "00", "1__0",
         "99999999999999999999999", "1e400", "+.5", "6.", "Yes please", "nullable"]
TEXT = st.one_of(
    st.sampled_from(TYPED),
    st.text(alphabet=st.sampled_from(
        [*"abcxyz ABC019-_.:#'\"/~!&*%@`|>?,[]{}\\\t\n", "é", "日", "😀", "\u00a0"]),
        max_size=20),
    st.text(max_size=8),
)
STYLES = st.sampled_from([None, None, None, "'", '"', "|", ">"])


@st.composite
def scalars(draw: Any) -> Any:
    text = draw(TEXT)
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.one_of(st.integers(), st.floats(), st.booleans(), st.none()))
    value = _Styled(text)
    value.style = draw(STYLES)
    return value


def _collections(children: Any) -> Any:
    keys = st.one_of(TEXT, TEXT.map(_Styled), st.integers(-3, 3))
    return st.one_of(
        st.lists(children, max_size=5),
        st.lists(children, max_size=4).map(_FlowList),
        st.dictionaries(keys, children, max_size=5),
        st.dictionaries(keys, children, max_size=4).map(_Flow),
    )


DOCUMENTS = st.recursive(scalars(), _collections, max_leaves=30)


@st.composite
def yaml_texts(draw: Any) -> str:
    """A random document as yaml.dump writes it with random styles per value, then with
    comments and blank lines put between lines and after them at random (which may
    change the document, or spoil it: both builders read the same text)."""
    document = draw(DOCUMENTS)
    text = yaml.dump(document, Dumper=_Dumper, allow_unicode=draw(st.booleans()),
                     indent=draw(st.sampled_from([2, 3, 4])),
                     width=draw(st.sampled_from([20, 80, 1000])),
                     default_flow_style=False, explicit_start=draw(st.booleans()))
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.integers(0, 2))
        if how == 0:
            lines.insert(at, "# a comment: with - [signs]")
        elif how == 1:
            lines[at] += "  # trailing"
        else:
            lines.insert(at, "")
    return "\n".join(lines)


@needs_fast
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(yaml_texts())
def test_random_documents_load_identically(text: str) -> None:
    event("built in C" if assert_identical(text) else "declined")


@needs_fast
@pytest.mark.parametrize("newline", ["\n", "\r\n"])  # built in C; by the Python builder
def test_a_long_key_over_many_values_is_dropped_in_little_memory(newline: str) -> None:
    """Each value's pointer repeats the keys above it: a 100,000-character key over 20,000
    values took 2 GB for a 140 KB file, in the Python builder and wherever every pointer
    is made (suppression comments, baselines). A key whose path would pass MAX_KEY_PATH
    is a problem, and its entry is dropped."""
    key = "k" * 100_000
    text = f"a: 1\n? {key}\n: [{', '.join(['0'] * 20_000)}]\nb: 2\n".replace("\n", newline)
    tracemalloc.start()
    try:
        document = yaml_loader.load(text)
        spans = document.positions.spans
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 2**20
    assert document.data == {"a": 1, "b": 2} and list(spans) == ["/a", "/b", ""]
    [problem] = document.problems
    assert (problem.rule, problem.span) == ("invalid-field", (2, 3, 2, 100_003))
    assert problem.message.startswith("this key is 100,000 characters long; a key names ")
    if newline == "\n":
        assert build(text) is None
        assert not assert_identical(text)


@needs_fast
def test_the_path_of_keys_is_limited_as_a_whole() -> None:
    """Keys each short enough, nested, pass the limit together; the C builder takes a
    file up to it and declines past it, to the Python builder, which says where."""
    limit = yaml_loader.MAX_KEY_PATH
    for last in (limit - 2 * 501 - 1, limit - 2 * 501):  # the path's length: limit, limit + 1
        text = f"{'a' * 500}:\n  {'b' * 500}:\n    {'c' * last}: 1\n"
        document = yaml_loader.load(text)
        assert not assert_identical(text) if last == limit - 1002 else assert_identical(text)
        if document.problems:
            assert document.problems[0].span == (3, 5, 3, 5 + last)
            assert "under keys of 1,002 more" in document.problems[0].message
        else:
            assert max(map(len, document.positions.spans)) == limit


def _sharing_low_bits(stages: int, bits: int) -> list[str]:
    """2**stages keys whose pointers (``/key``) share the low ``bits`` bits of their
    FNV-1a hash, which alone chose a pointer's slot in the table's index: the low bits of
    FNV-1a depend on nothing above them, so each 4-letter block found to meet another's
    low bits from one state may stand for it (a multicollision, stage by stage)."""
    prime, mask = 1099511628211, (1 << bits) - 1

    def step(state: int, text: str) -> int:
        for byte in text.encode():
            state = ((state ^ byte) * prime) & mask
        return state

    state, pairs = step(14695981039346656037, "/"), []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(stages):
        seen: dict[int, str] = {}
        for block in (a + b + c + d for a in letters for b in letters for c in letters
                      for d in letters):
            low = step(state, block)
            if low in seen:
                pairs.append((seen[low], block))
                state = low
                break
            seen[low] = block
    keys = [""]
    for pair in pairs:
        keys = [key + block for key in keys for block in pair]
    return keys


@needs_fast
def test_keys_written_to_share_a_hash_cost_what_other_keys_cost() -> None:
    """65,536 keys sharing the low 20 bits of an unkeyed hash (FNV-1a's) took 6.2 s to
    build, 24 times what as many other keys took (262,144 keys, a 20 MB file: 104 s);
    the table's hash is keyed, as Python's dicts' is."""
    import random
    import time

    crafted = _sharing_low_bits(15, 20)
    draw = random.Random(1)
    plain = [f"k{draw.getrandbits(256):063x}"[:len(crafted[0])] for _ in crafted]
    took = []
    for keys in (plain, crafted):
        text = "".join(f"{key}: 1\n" for key in keys)
        start = time.perf_counter()
        built = build(text)
        took.append(time.perf_counter() - start)
        assert built is not None and len(built[1]) == len(keys) + 1
        last = f"/{keys[-1]}"
        assert built[1].find(f"{last}/x") == (last, (len(keys), 1, len(keys), len(last) + 3))
    assert took[1] < 4 * took[0] + 0.1, took
