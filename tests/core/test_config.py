"""Configuration files, their discovery, and rule selection."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from planlint import Config, UsageError
from planlint.api import get_host
from planlint.config import discover, load_config
from planlint.limits import MAX_CONFIG_BYTES, MAX_SETTING_ENTRIES
from planlint.settings import resolve, select_rules
from tests.conftest import Write


def selected(**settings: object) -> list[str]:
    rules = list(get_host().rules.values())
    return [rule.code for rule in select_rules(Config(**settings), rules)]  # type: ignore[arg-type]


def test_selection_by_code_prefix_name_and_category() -> None:
    # rule-crashed and syntax-error report what went unchecked: they always run
    assert selected(select=["PL201"]) == ["PL000", "PL001", "PL201"]
    assert selected(select=["unmeasured-goal"]) == ["PL000", "PL001", "PL201"]
    assert "PL201" in selected(select=["metrics"])
    assert all(code.startswith("PL0") for code in selected(select=["PL0"]))
    assert "PL201" in selected()  # everything by default


def test_the_most_specific_selector_wins_and_ignore_wins_ties() -> None:
    assert "PL201" not in selected(select=["PL"], ignore=["PL2"])
    assert selected(select=["PL201"], ignore=["PL2"]) == ["PL000", "PL001", "PL201"]
    assert selected(select=["PL201"], ignore=["PL201"]) == ["PL000", "PL001"]
    assert "PL201" in selected(select=["PL0"], extend_select=["unmeasured-goal"])


def test_an_unknown_selector_is_a_usage_error_with_a_suggestion() -> None:
    with pytest.raises(UsageError, match="did you mean 'unmeasured-goal'"):
        selected(select=["unmeasured-gaol"])


def test_discovery_walks_up_and_prefers_planlint_toml(write: Write, tmp_path: Path) -> None:
    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.planlint]\nignore = ["PL2"]\n')
    write("plans/deep/plan.yaml", "planlint: 1\n")
    assert discover(tmp_path / "plans" / "deep" / "plan.yaml").ignore == ["PL2"]
    write("plans/planlint.toml", 'select = ["PL1"]\n')
    config = discover(tmp_path / "plans" / "deep")
    assert config.select == ["PL1"] and config.path == tmp_path / "plans" / "planlint.toml"


def test_pyproject_without_a_planlint_table_is_passed_over(write: Write,
                                                            tmp_path: Path) -> None:
    write("pyproject.toml", '[project]\nname = "x"\n')
    assert discover(tmp_path) == Config()


@pytest.mark.parametrize("table", [
    '[tool.planlint]\nignore = ["PL2"]\n',
    '[tool."planlint"]\nignore = ["PL2"]\n',
    '[ tool . planlint ]\nignore = ["PL2"]\n',
    'tool.planlint.ignore = ["PL2"]\n',
    '[tool]\nplanlint = { ignore = ["PL2"] }\n',
    '[tool."\\u0070lanlint"]\nignore = ["PL2"]\n',  # escapes, no "planlint" in the text
])
def test_a_planlint_table_is_found_however_toml_spells_it(write: Write, tmp_path: Path,
                                                          table: str) -> None:
    write("pyproject.toml", table + '\n[project]\nname = "x"\n')
    assert discover(tmp_path).ignore == ["PL2"]


def test_a_pyproject_that_never_names_planlint_is_passed_over_unparsed(
        write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    def parse(text: str) -> dict[str, object]:
        raise AssertionError("parsed")

    write("pyproject.toml", '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 99\n')
    monkeypatch.setattr(tomllib, "loads", parse)
    assert discover(tmp_path) == Config()


def test_config_keys_in_kebab_case(write: Write) -> None:
    path = write("planlint.toml", 'extend-select = ["PL2"]\nas-of = 2001-06-30\n'
                 'fail-on = "warning"\n[severity]\nunmeasured-goal = "warning"\n'
                 '[options.unmeasured-goal]\n')
    config = load_config(path)
    assert config.extend_select == ["PL2"] and config.as_of == date(2001, 6, 30)
    assert config.fail_on == "warning" and config.severity == {"unmeasured-goal": "warning"}


def test_a_bad_setting_points_at_its_line(write: Write) -> None:
    path = write("pyproject.toml", '[tool.planlint]\nselect = ["PL"]\nselct = ["PL1"]\n')
    with pytest.raises(UsageError) as caught:
        load_config(path)
    assert caught.value.where == f"{path}:3:1"
    assert "unknown setting" in caught.value.message and "select" in caught.value.message


def test_a_pyproject_table_in_planlint_toml_says_to_write_the_settings_at_the_top(
        write: Write) -> None:
    # it was "tool: unknown setting" without a line or what to write instead
    path = write("planlint.toml", '\n[tool.planlint]\nselect = ["PL1"]\n')
    with pytest.raises(UsageError, match=r"holds planlint's settings at its top, without "
                                         r"\[tool.planlint\]") as caught:
        load_config(path)
    assert caught.value.where == f"{path}:2:1"


def test_a_bad_value_and_bad_toml(write: Write) -> None:
    with pytest.raises(UsageError, match="fail-on"):
        load_config(write("planlint.toml", 'fail-on = "sometimes"\n'))
    with pytest.raises(UsageError) as caught:
        load_config(write("planlint.toml", 'select = [\n'))
    assert caught.value.where is not None and caught.value.where.endswith(":1:11")
    with pytest.raises(UsageError) as caught:  # a timer cannot be set a million years ahead
        load_config(write("planlint.toml", "rule-timeout = 1e12\n"))
    assert caught.value.message == ("rule-timeout: should be less than or equal to 86400 "
                                    "(found 1000000000000.0)")


def test_a_config_of_millions_of_selectors_is_refused_at_its_line(write: Write) -> None:
    # three million "PL" took minutes to match against every rule; now the list is
    # refused, and a file past the size limit is not parsed at all
    many = ", ".join(f'"ZZ{n}"' for n in range(MAX_SETTING_ENTRIES + 1))
    path = write("pyproject.toml", f"[tool.planlint]\nfail-on = 'never'\nignore = [{many}]\n")
    with pytest.raises(UsageError) as caught:
        load_config(path)
    assert caught.value.where == f"{path}:3:1"
    assert caught.value.message.startswith(f"ignore: has {MAX_SETTING_ENTRIES + 1:,} entries")
    path = write("planlint.toml", "select = [" + '"PL", ' * (MAX_CONFIG_BYTES // 6) + "]\n")
    with pytest.raises(UsageError, match=f"larger than {MAX_CONFIG_BYTES:,} bytes"):
        load_config(path)


@pytest.mark.parametrize(("make", "says"), [
    (lambda path: path.mkdir(), "is a folder; name its planlint.toml"),
    (lambda path: path.symlink_to("/dev/zero"), "is not a regular file"),
    (lambda path: os.mkfifo(path), "is not a regular file"),
    (lambda path: path.write_bytes(b"select = ['\xff']"), r"is not UTF-8 text \(byte 11 "),
    (lambda path: path.write_bytes("select = ['PL']".encode("utf-16")),
     "is saved as UTF-16; save it again as UTF-8"),
], ids=["folder", "dev-zero", "named-pipe", "not-utf8", "utf-16"])
def test_a_config_path_that_is_not_a_toml_file_is_said_so(
        tmp_path: Path, make: Callable[[Path], object], says: str) -> None:
    make(tmp_path / "planlint.toml")
    with pytest.raises(UsageError, match=says) as caught:
        discover(tmp_path, tmp_path / "planlint.toml")
    assert "codec" not in str(caught.value)


@pytest.mark.parametrize("name", ["planlint.toml", "pyproject.toml"])
def test_a_config_saved_with_a_byte_order_mark_is_read(tmp_path: Path, name: str) -> None:
    # Notepad's UTF-8 was "not valid TOML: Invalid statement" at 1:1; a plan saved so is read
    table = "[tool.planlint]\n" if name == "pyproject.toml" else ""
    (tmp_path / name).write_bytes(codecs.BOM_UTF8 + f'{table}ignore = ["PL101"]\n'.encode())
    assert discover(tmp_path).ignore == ["PL101"]


@pytest.mark.parametrize(("make", "kind"), [
    (lambda path: path.symlink_to(path.parent / "shared" / "planlint.toml"), "a link to nothing"),
    (lambda path: path.mkdir(), "a folder"),
    (lambda path: os.mkfifo(path), "a named pipe"),
], ids=["dangling-link", "folder", "named-pipe"])
def test_a_config_found_that_is_no_file_is_said_not_passed_over(
        tmp_path: Path, make: Callable[[Path], object], kind: str) -> None:
    # it was passed over for the config above it, or for none, without a word
    (tmp_path / "planlint.toml").write_text('ignore = ["PL1"]\n')
    (tmp_path / "unit").mkdir()
    make(tmp_path / "unit" / "planlint.toml")
    with pytest.raises(UsageError, match=f"the config file is {kind}; make it a file of "
                                         "planlint's settings in TOML, or remove it"):
        discover(tmp_path / "unit")


def test_severity_overrides_and_options_are_checked_against_rules() -> None:
    rules = list(get_host().rules.values())
    settings = resolve(Config(severity={"unmeasured-goal": "warning"}), rules)
    assert settings.severity["PL201"].value == "warning"
    with pytest.raises(UsageError, match="unknown severity"):
        resolve(Config(severity={"PL201": "fatal"}), rules)
    with pytest.raises(UsageError, match="names a group of rules"):
        resolve(Config(severity={"PL2": "info"}), rules)
    with pytest.raises(UsageError, match="takes no options"):
        resolve(Config(options={"PL201": {"x": 1}}), rules)


@pytest.mark.parametrize(("text", "at", "says"), [
    ('fail-on = "warning"\nselect = ["PL9999"]\n', "2:1", "select: no rule matches 'PL9999'"),
    ('extend-select = ["metricz"]\n', "1:1", "extend-select: no rule matches 'metricz'; "
     "did you mean 'metrics'?"),
    ('ignore = [\n  "PL1",\n  "unmeasured-gaol",\n]\n', "1:1", "ignore: no rule matches"),
    ('\n[severity]\nPL201 = "fatal"\n', "3:1", "severity of PL201: unknown severity 'fatal'"),
    ('[severity]\nPL2 = "error"\n', "2:1", "'PL2' names a group of rules"),
    ("[options.PL201]\nx = 1\n", "1:1", "rule PL201 unmeasured-goal takes no options"),
    ("\n[options.owner-overloaded]\nmax_owned = 'x'\n", "2:1",
     "options of PL501 owner-overloaded: max_owned: should be a valid integer"),
])
def test_a_mistake_found_against_the_rules_points_at_its_line(
        write: Write, text: str, at: str, says: str) -> None:
    # they were said without a place, unlike the mistakes found while reading the file
    path = write("planlint.toml", text)
    with pytest.raises(UsageError, match=says) as caught:
        resolve(load_config(path), list(get_host().rules.values()))
    assert caught.value.where == f"{path}:{at}"


def test_a_long_selector_is_shown_short() -> None:
    # a note quoted a 980,000-character selector whole, and the select error every one
    rules = list(get_host().rules.values())
    long = "metrics" * 140_000
    settings = resolve(Config(ignore=["PL1", long]), rules)
    assert len(settings.notes) == 1 and len(settings.notes[0]) < 300, settings.notes[0][:300]
    with pytest.raises(UsageError) as caught:
        resolve(Config(select=[f"QQ{n}{long[:1_000]}" for n in range(900)]), rules)
    assert len(caught.value.message) < 1_000 and "and 890 more" in caught.value.message
    with pytest.raises(UsageError) as caught:
        resolve(Config(severity={f"PL2{'1' * 100_000}": "error"}), rules)
    assert len(caught.value.message) < 300


def test_a_setting_from_the_command_line_has_no_place_in_the_file(write: Write) -> None:
    config = load_config(write("planlint.toml", 'select = ["PL1"]\nignore = ["PL9999"]\n'))
    rules = list(get_host().rules.values())
    with pytest.raises(UsageError) as caught:
        resolve(config.merged(select=["PL8888"]), rules)
    assert caught.value.where is None and "'PL8888'" in caught.value.message
    with pytest.raises(UsageError) as caught:  # the command line adds to the file's list
        resolve(config.merged(select=["PL1"], ignore=[*config.ignore, "PL2"]), rules)
    assert caught.value.where is not None and caught.value.where.endswith(":2:1")
    path = write("pyproject.toml", '[tool.planlint]\n[tool.planlint.severity]\nPL201 = "x"\n')
    with pytest.raises(UsageError) as caught:
        resolve(load_config(path), rules)
    assert caught.value.where == f"{path}:3:1"
