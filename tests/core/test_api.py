"""planlint.lint accepts paths, lists of paths, dicts and text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from planlint import Config, Report, lint

TEXT = "planlint: 1\ngoals:\n  - {id: G1}\n"
#: The structure rules and one probe rule, so the catalogue's other rules stay out of view.
PROBE = Config(select=["PL0", "PL201"])


def codes(report: Report) -> list[tuple[str, str]]:
    return [(f.code, f.node) for f in report.findings]


def test_every_kind_of_source_gives_the_same_findings(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(TEXT)
    expected = [("PL201", "G1")]
    assert codes(lint(path, config=PROBE)) == expected
    assert codes(lint(str(path), config=PROBE)) == expected
    assert codes(lint([path], config=PROBE)) == expected
    assert codes(lint(TEXT, config=PROBE)) == expected
    assert codes(lint('{"planlint": 1,\n"goals": [{"id": "G1"}]}', config=PROBE)) == expected
    assert codes(lint({"planlint": 1, "goals": [{"id": "G1"}]}, config=PROBE)) == expected


def test_text_keeps_positions_and_dicts_have_none() -> None:
    (from_text,) = lint(TEXT, config=PROBE).findings
    assert (from_text.location.file, from_text.location.line) == ("<text>", 3)
    (from_dict,) = lint({"planlint": 1, "goals": [{"id": "G1"}]}, config=PROBE).findings
    assert (from_dict.location.file, from_dict.location.line) == ("<dict>", None)
    assert from_dict.to_dict()["line"] is None


def test_report_summary_and_dict() -> None:
    report = lint(TEXT, config=PROBE)
    summary = report.summary()
    assert (summary["findings"], summary["error"], summary["failed"]) == (1, 1, True)
    assert report.to_dict()["findings"][0]["code"] == "PL201"


SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
           | st.dates())
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(SCALARS, inner, max_size=3), max_leaves=20)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["goals", "metrics", "plan", "units", 7, None]),
                       VALUES, max_size=4))
def test_any_data_yaml_or_json_can_give_is_findings_never_an_exception(
        sections: dict[object, object]) -> None:
    lint({"planlint": 1, **sections}, config=PROBE)


def test_data_the_format_cannot_hold_is_reported_where_it_stands() -> None:
    deep: list[object] = []
    inner = deep
    for _ in range(600):
        inner.append([])
        inner = inner[0]
    looped: dict[str, object] = {"planlint": 1, "goals": []}
    looped["goals"].append(looped)  # type: ignore[attr-defined]
    for data in ({"planlint": 1, "x-deep": deep}, looped):
        assert [(f.code, f.node) for f in lint(data, config=PROBE).findings] == [
            ("PL001", "<dict>")]
    found = lint({"planlint": 1, (1, 2): 3, 1: "a", "1": "b",
                  "goals": [{"id": "G1", 2001: "x", "metrics": ("M1",)}],
                  "metrics": [{"id": "M1"}]}, config=PROBE).findings
    messages = [(f.code, f.message) for f in found]
    assert ("PL002", "a mapping key must be a plain name, not tuple (1, 2); this entry is "
            "dropped") in messages
    assert ("PL001", "key '1' appears twice in one mapping; the later value wins, remove "
            "one of them") in messages
    assert ("PL003", "goal G1 has no field '2001'; custom fields start with 'x-' "
            "(x-cost-center)") in messages
    assert "PL201" not in [code for code, _ in messages]  # the tuple read as a list
