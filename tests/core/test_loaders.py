"""Loaders: plain data plus the position of every node, and problems instead of crashes."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from planlint.limits import MAX_ALIAS_NODES, MAX_DEPTH, MAX_KEY_PATH, long_key
from planlint.loaders import LoadError
from planlint.loaders import json as json_loader
from planlint.loaders import toml as toml_loader
from planlint.loaders import yaml as yaml_loader

YAML = """\
planlint: 1
goals:
  - id: G1
    owner: ceo
  - {id: G2, metrics: [M1, M2]}
"""


def test_yaml_spans_point_at_keys_and_items() -> None:
    document = yaml_loader.load(YAML)
    spans = document.positions.spans
    assert document.data["goals"][1]["metrics"] == ["M1", "M2"]
    assert spans["/goals/0"][:2] == (3, 5)  # the item starts at its first key
    assert spans["/goals/0/owner"][:2] == (4, 5)  # a field starts at its key
    assert spans["/goals/1"][:2] == (5, 5)  # a flow item starts at its brace
    assert spans["/goals/1/metrics/1"][:2] == (5, 28)


def test_yaml_lookup_falls_back_to_the_nearest_ancestor() -> None:
    positions = yaml_loader.load(YAML).positions
    assert positions.span("/goals/0/missing/deeper") == positions.span("/goals/0")


def test_yaml_dates_stay_text_and_numbers_are_numbers() -> None:
    data = yaml_loader.load("a: 2001-06-30\nb: 0x10\nc: 1.5\nd: yes\ne: ~\n").data
    assert data == {"a": "2001-06-30", "b": 16, "c": 1.5, "d": True, "e": None}


def test_yaml_merge_keys_and_shared_aliases() -> None:
    data = yaml_loader.load("base: &b {owner: ceo, unit: hq}\n"
                            "goal: {<<: *b, unit: sales}\n").data
    assert data["goal"] == {"owner": "ceo", "unit": "sales"}


def test_yaml_tags_that_construct_objects_are_dropped_and_reported() -> None:
    document = yaml_loader.load("a: !!python/object/apply:os.system [echo hi]\nb: 1\n")
    assert document.data == {"a": None, "b": 1}
    (problem,) = document.problems
    assert problem.rule == "invalid-field"
    assert "!!python/object/apply:os.system" in problem.message
    assert problem.span is not None and problem.span[:2] == (1, 4)


def test_yaml_duplicate_keys_are_reported_at_the_second() -> None:
    document = yaml_loader.load("a: 1\nb: 2\na: 3\n")
    assert document.data == {"a": 3, "b": 2}
    (problem,) = document.problems
    assert problem.rule == "syntax-error" and problem.span is not None
    assert problem.span[:2] == (3, 1)


def test_yaml_alias_bomb_is_capped() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    document = yaml_loader.load("\n".join(lines) + "\n")
    assert any(f"more than {MAX_ALIAS_NODES:,}" in p.message for p in document.problems)


def test_yaml_nesting_beyond_the_limit_drops_that_value_only() -> None:
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    document = yaml_loader.load(f"a: {deep}\nb: 1\n")
    assert document.data["b"] == 1
    (problem,) = document.problems
    assert f"deeper than {MAX_DEPTH} levels" in problem.message
    assert problem.span is not None and problem.span[:2] == (1, 3 + MAX_DEPTH)


def test_yaml_nesting_far_beyond_the_limit_stops_the_file_where_it_crosses() -> None:
    deep = "[" * (3 * MAX_DEPTH) + "]" * (3 * MAX_DEPTH)
    with pytest.raises(LoadError) as caught:
        yaml_loader.load(f"a: {deep}\n")
    assert f"deeper than {2 * MAX_DEPTH} levels" in caught.value.message
    assert (caught.value.line, caught.value.column) == (1, 3 + 2 * MAX_DEPTH)


def test_a_million_brackets_are_refused_at_once() -> None:
    with pytest.raises(LoadError):
        yaml_loader.load("[" * 1_000_000)


def test_yaml_syntax_error_has_line_and_column() -> None:
    with pytest.raises(LoadError) as caught:
        yaml_loader.load("goals:\n  - id: G1\n   owner: x\n")
    assert (caught.value.line, caught.value.column) == (3, 4)
    assert caught.value.message.startswith("not valid YAML")


def test_yaml_tab_indentation_says_what_to_do() -> None:
    with pytest.raises(LoadError) as caught:
        yaml_loader.load("goals:\n\t- id: G1\n")
    assert "replace the tab" in caught.value.message


def test_json_positions_are_indexed_lazily_and_exactly() -> None:
    text = '{"planlint": 1,\n "goals": [{"id": "G1", "tags": ["a", "b\\"c"]}]}'
    document = json_loader.load(text)
    assert document.positions._spans is None  # nothing indexed until asked
    second = text.splitlines()[1]
    at = second.index('"id"') + 1
    assert document.positions.span("/goals/0/id") == (2, at, 2, at + len('"id": "G1"'))
    at = second.index('"b') + 1
    assert document.positions.span("/goals/0/tags/1") == (2, at, 2, at + len('"b\\"c"'))
    assert document.positions.span("/goals/0")[:2] == (2, second.index("{") + 1)  # type: ignore[index]


def _json_value(rng: random.Random, depth: int = 0) -> object:
    if depth > 4 or rng.random() < 0.4:
        return rng.choice([1, -2.5e10, "s", 'a"b\\c', "\u00e9\u2028", True, None, "}", ",:"])
    if rng.random() < 0.5:
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["a", "b/c", "d~e", "", "0", "x\ny", "\u00e9"]
    return {rng.choice(keys) + str(rng.randint(0, 3)): _json_value(rng, depth + 1)
            for _ in range(rng.randint(0, 4))}


def test_json_positions_found_one_at_a_time_match_the_whole_index() -> None:
    """Findings ask for positions one pointer at a time, opening only the containers on
    the way; each answer is the whole index's, for values and for missing pointers, in
    any order, however the text is spaced and however long it is."""
    rng = random.Random(7)
    for _ in range(300):
        spacing = rng.choice([None, 0, 2, "\t", " \r\n "])
        text = json.dumps(_json_value(rng), indent=spacing, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.5:  # past the first blocks of lines counted
            text = f'{{"pad": [{", ".join(["1"] * 300)}],\n\n "doc": {text}}}'
        document = json_loader.load(text)
        whole = json_loader._index(text)
        asked = [*whole, *(f"{pointer}/0/x" for pointer in whole)]
        rng.shuffle(asked)
        for pointer in asked:
            at = pointer
            while at not in whole:
                at = at[:at.rfind("/")]
            assert document.positions.find(pointer) == (at, whole[at]), (text, pointer)
        assert document.positions._spans is None  # found without the whole index


def test_json_positions_of_a_container_opened_in_part_are_found_again() -> None:
    """A rule stopped while it asks for a position leaves nothing half kept."""
    text = '{"goals": [{"id": "G1"}, {"id": "G2"}]}'
    locator = json_loader._Locator(text)
    scan = locator.scan
    calls = 0

    def stopped(text: str, at: int) -> tuple[object, int]:
        nonlocal calls
        calls += 1
        if calls == 4:  # inside /goals, after its first member
            raise KeyboardInterrupt
        return scan(text, at)

    locator.scan = stopped
    with pytest.raises(KeyboardInterrupt):
        locator.find("/goals/1/id")
    locator.scan = scan
    assert locator.find("/goals/1/id") == ("/goals/1/id", json_loader._index(text)["/goals/1/id"])


def test_json_duplicate_keys_and_errors() -> None:
    assert json_loader.load('{"a": 1, "a": 2}').problems[0].rule == "syntax-error"
    with pytest.raises(LoadError) as caught:
        json_loader.load('{"a": 1,\n "b": }')
    assert (caught.value.line, caught.value.column) == (2, 7)


def test_toml_positions_for_tables_arrays_and_keys() -> None:
    text = ('planlint = 1\n[plan]\nid = "p"\n[[goals]]\nid = "G1"\n'
            '[[goals]]\nid = "G2"\nowner = "ceo"\n[goals.x-extra]\nk = 1\n')
    positions = toml_loader.load(text).positions
    assert positions.span("/goals/1")[:2] == (6, 1)  # type: ignore[index]
    assert positions.span("/goals/1/owner")[:2] == (8, 1)  # type: ignore[index]
    assert positions.span("/goals/1/x-extra/k")[:2] == (10, 1)  # type: ignore[index]


def test_toml_positions_of_quoted_keys_with_escapes() -> None:
    """A key written with escapes is found under the key TOML reads."""
    text = '"sel\\u0065ct" = 1\n[t]\n"a\\tb" = 2\n'
    positions = toml_loader.load(text).positions
    assert positions.span("/select") == (1, 1, 1, 18)
    assert positions.span("/t/a\tb") == (3, 1, 3, 11)


def test_toml_errors_have_positions() -> None:
    with pytest.raises(LoadError) as caught:
        toml_loader.load('a = 1\nb = \n')
    assert caught.value.line == 2


def test_lines_are_numbered_as_editors_number_them() -> None:
    from planlint.positions import lines_of

    assert lines_of("a\u2028b\x85c\r\nd\re\n") == ["a\u2028b\x85c", "d", "e"]
    assert lines_of("") == [] and lines_of("\n") == [""] and lines_of("a\n\n") == ["a", ""]


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EDITS = ["    x-note: hello", "    title: |\n      a block\n      of text", "  - id: NEW1", "",
         "# note", "    # note", '    title: "unterminated', "    metrics: [M1,", "  -",
         "    tags: [a, b]", "goals:", "      value: 3", "    a: b: c", "x", "\t"]


def typed(text: str, rng: random.Random) -> str:
    """``text`` with one line changed, added or removed, as a person typing might."""
    lines = text.split("\n")
    at = rng.randrange(len(lines))
    roll = rng.random()
    if roll < 0.4:
        column = rng.randrange(len(lines[at]) + 1)
        lines[at] = lines[at][:column] + rng.choice("ab1 :-[]{}\"'#|>") + lines[at][column:]
    elif roll < 0.7:
        lines.insert(at, rng.choice(EDITS))
    elif roll < 0.85:
        del lines[at]
    else:
        lines[at] = rng.choice(EDITS)
    return "\n".join(lines)


@pytest.mark.parametrize("name", ["okrs/company.yaml", "transit/strategic-plan.yaml",
                                  "hospital/system-plan.yaml"])
def test_yaml_reload_after_an_edit_reads_what_load_reads(name: str) -> None:
    base = (EXAMPLES / name).read_text(encoding="utf-8")
    rng = random.Random(name)
    spliced = 0
    for trial in range(150):
        text = base if trial % 2 else base.rstrip("\n")  # with and without a last newline
        document = yaml_loader.load(text)
        for _ in range(rng.randint(1, 3)):  # a few edits in a row, each from the last
            edited = typed(text, rng)
            again = yaml_loader.reload(text, document, edited)
            try:
                whole = yaml_loader.load(edited)
            except LoadError:
                assert again is None
                break
            if again is not None:
                spliced += 1
                assert again.data == whole.data
                assert list(again.positions.spans.items()) == \
                    list(whole.positions.spans.items())
                assert again.problems == whole.problems
            text, document = edited, whole
    assert spliced > 60  # most edits within one entry are read without the rest


def test_yaml_reload_reads_the_whole_file_where_entries_are_tied() -> None:
    text = "planlint: 1\ngoals:\n  - &g {id: G1, title: Grow}\n  - id: G2\n    title: x\n"
    assert yaml_loader.reload(text, yaml_loader.load(text), text.replace("x\n", "y\n")) is None
    plain = text.replace("&g ", "")
    again = yaml_loader.reload(plain, yaml_loader.load(plain), plain.replace("x\n", "y\n"))
    assert again is not None and again.data["goals"][1]["title"] == "y"
    across = plain.replace("Grow}\n  - id: G2", "Grow}\n  - id: G3")
    assert yaml_loader.reload(plain, yaml_loader.load(plain), across) is not None
    both = plain.replace("G1", "G0").replace("title: x", "title: z")
    assert yaml_loader.reload(plain, yaml_loader.load(plain), both) is None  # two entries



def test_yaml_reload_of_an_entry_under_a_long_key_keeps_the_limit_on_keys() -> None:
    """An entry is read alone under a one-letter key: its keys' path there is shorter
    than in the file, so one that passes ``MAX_KEY_PATH`` only in the file is read whole
    again, and reported as load() reports it."""
    section = "s" * 900
    text = f"planlint: 1\n{section}:\n  - id: G1\n    title: x\n"
    edited = text.replace("title: x", f"{'t' * 150}: x")
    whole = yaml_loader.load(edited)
    assert [problem.rule for problem in whole.problems] == ["invalid-field"]
    assert yaml_loader.reload(text, yaml_loader.load(text), edited) is None
    shorter = text.replace("title: x", f"{'t' * 100}: x")  # 1,013 characters: read alone
    again = yaml_loader.reload(text, yaml_loader.load(text), shorter)
    assert again is not None and again.positions.spans == yaml_loader.load(shorter).positions.spans

@pytest.mark.parametrize("text", [
    "0", "-0", "7", "-12", "0.5", "-0.0", "1.50", "12.000001", "123456789012345678901234567890",
    "1234567890.0987654321", "007", "00.5", "1_000", "1.", ".5", "+1", "1e3", "-1.5e+3",
    "0x1F", "1:20", "9" * 5000, "2024-01-31", "2024-13-45", "2024-1-31", "0000-00-00",
    "2024-01-31 10:00:00", "\uff12\uff10\uff12\uff14-01-31", "yes", "null"])
def test_a_plain_number_or_date_is_read_as_the_resolver_reads_it(text: str) -> None:
    """The C builder's reading of a plain scalar (decimal numbers and dates directly, the
    rest by the resolver) is what the Python builder makes of it, type and all."""
    read = yaml_loader._plain_value(text)
    document = yaml_loader.load_events(f"- {text}\n")
    if read is yaml_loader._DECLINE:
        assert document.problems
        return
    assert not document.problems
    assert type(read) is type(document.data[0]) and repr(read) == repr(document.data[0])



def test_json_keys_are_limited_by_their_whole_path_as_yaml_keys_are() -> None:
    """Keys each short enough, nested, pass ``MAX_KEY_PATH`` together: the entry is
    dropped with YAML's message at the key, and positions, found one at a time or all
    at once, leave it out."""
    limit = MAX_KEY_PATH
    for last, over in ((limit - 1003, False), (limit - 1002, True)):
        text = f'{{"{"a" * 500}": {{"{"b" * 500}":\n  {{"x": 1, "{"c" * last}": [1, 2]}}}}}}'
        document = json_loader.load(text)
        inner = document.data["a" * 500]["b" * 500]
        located = document.positions.find(f"/{'a' * 500}/{'b' * 500}/{'c' * last}/1/0")
        spans = document.positions.spans
        if over:
            assert inner == {"x": 1} and max(map(len, spans)) < limit
            [problem] = document.problems
            assert (problem.rule, problem.span) == ("invalid-field", (2, 12, 2, 14 + last))
            assert problem.message == long_key(f"/{'a' * 500}/{'b' * 500}", "c" * last)
            assert "under keys of 1,002 more" in problem.message
            assert located is not None and located[0] == f"/{'a' * 500}/{'b' * 500}"
        else:
            assert "c" * last in inner and not document.problems
            assert max(map(len, spans)) == limit + 2  # a list's index may pass it
            assert located is not None and located[0].endswith("c/1")
