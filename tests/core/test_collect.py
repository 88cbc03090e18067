"""Several files and folders form one plan; includes stay inside the plan's folder."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from planlint import Config, UsageError, lint, load_plan
from planlint.collect import Parsed
from tests.conftest import Write


def found(report_findings: list, code: str) -> list[tuple[str, int | None, str]]:  # type: ignore[type-arg]
    return [(f.location.file, f.location.line, f.message) for f in report_findings
            if f.code == code]


def test_files_and_folders_form_one_plan_with_global_ids(
        write: Write, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    write("enterprise.yaml", "planlint: 1\nplan: {id: acme}\ngoals:\n  - {id: G1}\n")
    write("units/sales.yaml", "planlint: 1\ngoals:\n  - {id: S1, parent: G1, owner: nobody}\n")
    write("units/notes.yaml", "just: some other yaml file\n")  # not a plan: skipped
    report = lint(["enterprise.yaml", "units"])
    assert report.files == ["enterprise.yaml", "units/sales.yaml"]
    assert found(report.findings, "PL005") == [
        ("units/sales.yaml", 3, "goal S1: owner names 'nobody', which is not defined "
         "anywhere in the plan; define the person or fix the id")]


def test_includes_follow_globs_relative_to_the_including_file(
        write: Write, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    write("plan/main.yaml", "planlint: 1\ninclude: [units/*.yaml]\ngoals:\n  - {id: G1}\n")
    write("plan/units/a.yaml", "planlint: 1\ngoals:\n  - {id: A1, parent: G1}\n")
    report = lint("plan/main.yaml")
    assert report.files == ["plan/main.yaml", "plan/units/a.yaml"]
    assert found(report.findings, "PL005") == []


def test_include_errors_point_at_the_include_entry(
        write: Write, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    write("outside.yaml", "planlint: 1\n")
    write("plan/main.yaml", "planlint: 1\ninclude:\n  - none/*.yaml\n  - ../outside.yaml\n"
          "  - b.yaml\n")
    write("plan/b.yaml", "planlint: 1\ninclude: [main.yaml]\n")
    report = lint("plan/main.yaml")
    errors = found(report.findings, "PL010")
    assert [(file, line) for file, line, _ in errors] == [
        ("plan/b.yaml", 2), ("plan/main.yaml", 3), ("plan/main.yaml", 4)]
    assert "loops: plan/main.yaml -> plan/b.yaml -> plan/main.yaml" in errors[0][2]
    assert "matches no file" in errors[1][2]
    assert "outside the plan's folder" in errors[2][2]
    assert "outside.yaml" not in report.files


def test_only_one_file_defines_the_plan(write: Write, tmp_path: Path) -> None:
    write("a.yaml", "planlint: 1\nplan: {id: a}\n")
    write("b.yaml", "planlint: 1\nplan: {id: b}\n")
    report = lint(tmp_path)
    assert report.plan == "a"
    (duplicate,) = found(report.findings, "PL004")
    assert duplicate[0].endswith("b.yaml") and duplicate[1] == 2


def test_unreadable_files_are_findings_and_the_rest_is_read(write: Write,
                                                            tmp_path: Path) -> None:
    write("good.yaml", "planlint: 1\ngoals:\n  - {id: G1, flavour: x}\n")
    (tmp_path / "latin1.yaml").write_bytes(b"planlint: 1\ngoals:\n  - {id: G\xe9}\n")
    (tmp_path / "binary.yaml").write_bytes(b"planlint\x00\x01\x02")
    write("broken.yaml", "planlint: 1\ngoals: [\n")
    report = lint([tmp_path / "good.yaml", tmp_path / "latin1.yaml",
                   tmp_path / "binary.yaml", tmp_path / "broken.yaml"])
    errors = {Path(file).name: (line, message)
              for file, line, message in found(report.findings, "PL001")}
    assert errors["latin1.yaml"][0] == 3 and "not UTF-8" in errors["latin1.yaml"][1]
    assert "binary file" in errors["binary.yaml"][1]
    assert errors["broken.yaml"][0] == 3
    # the readable file is read and checked for what stands alone (a misspelt field);
    # what judges the plan as a whole (G1 has no metric) waits for the other files
    assert {f.code for f in report.findings if f.node == "G1"} == {"PL003"}
    assert {Path(name).name: line for name, line in report.unread.items()} == {
        "latin1.yaml": 1, "binary.yaml": 1, "broken.yaml": 3}
    assert "PL201" in report.withheld


def test_byte_order_mark_and_crlf_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfplanlint: 1\r\ngoals:\r\n  - {id: G1}\r\n")
    report = lint(path, config=Config(select=["PL0", "PL201"]))
    assert [(f.code, f.location.line) for f in report.findings] == [("PL201", 3)]
    # in a folder it was "1 file without that line was left alone (bom.yaml)"
    report = lint(tmp_path, config=Config(select=["PL0", "PL201"]))
    assert [(f.code, f.location.line) for f in report.findings] == [("PL201", 3)]


def test_json_and_toml_plans(write: Write, tmp_path: Path) -> None:
    write("a.json", '{"planlint": 1, "goals": [\n  {"id": "G1", "flavour": "x"}]}')
    write("b.toml", 'planlint = 1\n[[goals]]\nid = "G2"\nowner = "nobody"\n')
    report = lint(tmp_path)
    assert [(Path(f.location.file).name, f.code, f.location.line) for f in report.findings
            if f.code in ("PL003", "PL005")] == [("a.json", "PL003", 2), ("b.toml", "PL005", 4)]


def test_missing_path_and_unknown_suffix_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        lint(tmp_path / "nope.yaml")
    (tmp_path / "plan.txt").write_text("planlint: 1\n")
    with pytest.raises(UsageError, match=r"not \.txt"):
        lint(tmp_path / "plan.txt")


def test_a_path_that_is_no_file_is_said_for_what_it_is(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # a named pipe, a device or a dangling link was "no such file or folder", and a loop
    # of links "planlint failed: RuntimeError"
    monkeypatch.chdir(tmp_path)
    os.mkfifo("pipe.yaml")
    Path("gone.yaml").symlink_to("nowhere.yaml")
    Path("loop.yaml").symlink_to("loop.yaml")
    for name, says in [
        ("pipe.yaml", "pipe.yaml is a named pipe, not a plan file; give what it carries on "
                      "standard input as '-' (planlint check - < pipe.yaml), or name the "
                      "plan's file"),
        ("/dev/null", "/dev/null is a device, not a plan file; name the plan's file"),
        ("gone.yaml", "gone.yaml is a link to nowhere.yaml, which does not exist; name the "
                      "plan's file"),
        ("loop.yaml", "loop.yaml is a loop of links, not a plan file; name the plan's file")]:
        with pytest.raises(UsageError) as caught:
            load_plan(name)
        assert caught.value.message == says


@pytest.mark.parametrize(("make", "says"), [
    (os.mkfifo, "a named pipe, not a file; include plan files only"),
    # the walk asked the entry whether it was a file, which raised: 'planlint failed'
    (lambda path: path.symlink_to(path.name),
     "a loop of links, not a file; include plan files only"),
], ids=["named-pipe", "loop-of-links"])
def test_an_include_of_what_is_no_file_says_so(write: Write, tmp_path: Path,
                                               make: Callable[[Path], object],
                                               says: str) -> None:
    make(tmp_path / "odd.yaml")
    plan = write("plan.yaml", "planlint: 1\ninclude: [odd.yaml]\n")
    [problem] = [f.message for f in lint(plan).findings if f.code == "PL010"]
    assert problem.startswith("include 'odd.yaml' names ") and problem.endswith(says)


def test_unsaved_text_is_read_instead_of_the_file(write: Write, tmp_path: Path) -> None:
    enterprise = write("enterprise.yaml", "planlint: 1\ninclude: [units/*.yaml]\n"
                                          "goals: [{id: G1}]\n")
    unit = write("units/sales.yaml", "planlint: 1\ngoals: [{id: S1, parent: G1}]\n")
    unsaved = tmp_path / "units" / "new.yaml"  # open in an editor, never saved
    overlay = {unit.resolve(): "planlint: 1\ngoals: [{id: S2, parent: G1}]\n",
               unsaved.resolve(): "planlint: 1\ngoals: [{id: S3}]\n"}
    plan = load_plan([enterprise, unsaved], overlay=overlay)
    assert sorted(plan.by_id) == ["G1", "S2", "S3"]


def test_parsed_files_are_parsed_again_only_when_their_text_changed(
        write: Write, tmp_path: Path) -> None:
    enterprise = write("enterprise.yaml", "planlint: 1\ninclude: [units/*.yaml]\n"
                                          "goals:\n  - id: G1\n    title: Grow\n")
    write("units/sales.yaml", "planlint: 1\ngoals: [{id: S1, parent: G1}]\n")
    parsed = Parsed()
    first = load_plan(enterprise, parsed=parsed)
    edited = {enterprise.resolve(): enterprise.read_text().replace("Grow", "Grow more")}
    again = load_plan(enterprise, overlay=edited, parsed=parsed)
    assert again.by_id["G1"].title == "Grow more"
    assert again.by_id["S1"].model_dump() == first.by_id["S1"].model_dump()
    before, after = (next(source for source in plan.files if source.name.endswith("sales.yaml"))
                     for plan in (first, again))
    assert after.positions is before.positions  # the unit's file was not parsed again


@pytest.mark.parametrize(("args", "says"), [
    # looking for the config from it resolved the path: "planlint failed: RuntimeError"
    (("check", "--no-plugins", "loop.yaml"),
     "loop.yaml is a loop of links, not a plan file; name the plan's file"),
    (("check", "--no-plugins", "--since", "HEAD", "loop.yaml"), "loop.yaml is a loop of links"),
    (("check", "--no-plugins", "--rules", "loop.yaml", "plan.yaml"),
     "rule file loop.yaml is a loop of links; name a rule file"),
    (("explain", "--rules", "loop.yaml", "PL201"), "rule file loop.yaml is a loop of links"),
    (("rules", "--rules", "loop.yaml"), "rule file loop.yaml is a loop of links"),
    (("convert", "plan.yaml", "-o", "loop.json"),
     "cannot write loop.json: Too many levels of symbolic links"),
    # a missing folder was "planlint failed: FileNotFoundError"
    (("convert", "plan.yaml", "-o", "nodir/plan.json"),
     "--output nodir/plan.json: the folder nodir does not exist; create it first"),
], ids=["check", "since", "rules-option", "explain", "rules", "convert-to", "convert-nodir"])
def test_a_loop_of_links_or_a_missing_folder_is_a_usage_error(
        cli: Callable[..., Result], tmp_path: Path, args: tuple[str, ...], says: str) -> None:
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "loop.json").symlink_to("loop.json")
    (tmp_path / "plan.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(["git", "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q",
                    "--allow-empty", "-m", "x"], cwd=tmp_path, check=True)
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert says in result.output and "failed" not in result.output, result.output


@pytest.mark.parametrize("blank", [" \n", "{\n", "\r\n"])
def test_a_file_of_blank_lines_is_told_from_a_plan_file_at_once(blank: str) -> None:
    """Whether a file is a plan (or includes others) is one pass over its head: the
    pattern once ran from each line across all the blank lines below it, and 64 KB of
    them in a folder's other YAML file took 13 s."""
    from planlint.collect import is_plan_text
    from planlint.server.plans import _INCLUDES

    head = blank * 32768
    started = time.perf_counter()
    assert not is_plan_text(head.encode()) and _INCLUDES.search(head) is None
    assert time.perf_counter() - started < 1
    assert is_plan_text((head + '  {"planlint": 1}').encode())
    assert _INCLUDES.search(head + "include: [units/*.yaml]")


def test_a_folder_that_goes_away_during_the_walk_holds_nothing(
        write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write("plans/plan.yaml", "planlint: 1\ngoals:\n  - {id: G1}\n")
    write("plans/gone/unit.yaml", "planlint: 1\ngoals:\n  - {id: U1}\n")
    listed = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "gone":  # removed after its parent was listed
            raise FileNotFoundError(2, "No such file or directory", os.fspath(path))
        return listed(path)

    monkeypatch.setattr(os, "scandir", scandir)
    # it was 'planlint failed: FileNotFoundError'
    assert lint(["plans"]).files == ["plans/plan.yaml"]


def test_a_folder_walk_enters_no_hidden_folder_nor_other_tools_trees(
        write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    plan = "planlint: 1\ngoals:\n  - {id: G1}\n"
    write("plans/plan.yaml", plan)
    for folder in (".git/refs", ".venv/lib", "node_modules/pkg", "__pycache__", "venv/lib",
                   "units/site-packages"):
        write(f"plans/{folder}/copy.yaml", plan.replace("G1", "C1"))
    write("plans/units/unit.yaml", plan.replace("G1", "U1"))
    entered = []
    listed = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        entered.append(Path(path).relative_to("plans").as_posix())
        return listed(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert lint(["plans"]).files == ["plans/plan.yaml", "plans/units/unit.yaml"]
    assert sorted(entered) == [".", "units"]  # .git was walked, node_modules read


def test_a_plan_saved_as_utf16_is_told_to_be_saved_as_utf8(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    plan = "planlint: 1\ngoals:\n  - {id: G1}\n"
    (tmp_path / "plans/notepad.yaml").write_bytes(plan.encode("utf-16"))
    (tmp_path / "plans/plain.yaml").write_bytes(plan.encode("utf-16-le"))  # no mark
    (tmp_path / "goals.csv").write_bytes("Id,Title\nG1,Grow\n".encode("utf-16"))
    # the folder left them alone, and the file named was 'a binary file'
    report = lint(["plans"])
    assert [(f.location.file, f.message) for f in report.findings if f.code == "PL001"] == [
        (f"plans/{name}.yaml", "the file is saved as UTF-16; plans are UTF-8 text: save it "
         "again as UTF-8 (the editor's 'Save as' or 'Save with Encoding' chooses the "
         "encoding)") for name in ("notepad", "plain")]
    [csv] = [f.message for f in lint("goals.csv").findings if f.code == "PL001"]
    assert csv == "the sheet is saved as UTF-16 text; save it as 'CSV UTF-8'"


def test_a_chain_of_includes_stops_at_its_limit_with_a_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # each include was followed by recursion: a chain of 300 files was an internal
    # failure (RecursionError); and a name without wildcards was matched against every
    # file of its folder, so 3,000 files each including the next took 21 s (9 million
    # matches): counted here, so no clock is needed
    import fnmatch

    from planlint.limits import MAX_INCLUDE_DEPTH

    monkeypatch.chdir(tmp_path)
    count = 1_500
    for at in range(count):
        following = f"include: [f{at + 1}.yaml]\n" if at + 1 < count else ""
        (tmp_path / f"f{at}.yaml").write_text(
            f"planlint: 1\n{following}goals: [{{id: G{at}}}]\n")
    matched = []
    match = fnmatch.fnmatchcase
    monkeypatch.setattr(fnmatch, "fnmatchcase",
                        lambda name, pattern: matched.append(name) or match(name, pattern))
    report = lint(["f0.yaml"])
    assert len(report.files) == MAX_INCLUDE_DEPTH
    assert len(matched) < count  # not one folder's listing, let alone one per include
    [(file, line, message)] = found(report.findings, "PL010")
    assert (file, line) == (f"f{MAX_INCLUDE_DEPTH - 1}.yaml", 2)
    assert message == (f"include 'f{MAX_INCLUDE_DEPTH}.yaml' names f{MAX_INCLUDE_DEPTH}.yaml, "
                       f"which would be file {MAX_INCLUDE_DEPTH + 1} of a chain of includes "
                       f"from f0.yaml; planlint follows chains of at most {MAX_INCLUDE_DEPTH} "
                       "files: include it from a file higher up the chain")


def test_an_include_without_wildcards_lists_no_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # it was matched against every entry of its folder: a folder of 3,000 plans each
    # including the next took 21 s (9 million matches)
    from planlint import collect

    (tmp_path / "units").mkdir()
    (tmp_path / "units" / "a.yaml").write_text("planlint: 1\n")
    (tmp_path / "units" / "link").symlink_to(tmp_path / "units")

    def listed(folder: object) -> object:
        raise AssertionError(f"listed {folder}")

    monkeypatch.setattr(collect.os, "scandir", listed)
    assert collect.expand(tmp_path, tmp_path, "units/a.yaml") == (
        [tmp_path / "units" / "a.yaml"], [])
    assert collect.expand(tmp_path, tmp_path, "units/link/a.yaml") == ([], [])
    assert collect.expand(tmp_path, tmp_path, "units/b.yaml") == ([], [])


def test_the_includes_of_a_plan_share_one_limit_on_what_they_look_at(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the limit was per pattern: 20,000 entries of '*.yaml' in a folder of 500 plans
    # looked at 10 million entries and ran past two minutes
    from planlint import collect

    monkeypatch.setattr(collect, "MAX_INCLUDE_ENTRIES", 1_000)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "units").mkdir()
    for at in range(100):
        (tmp_path / "units" / f"u{at}.yaml").write_text(f"planlint: 1\ngoals: [{{id: G{at}}}]\n")
    (tmp_path / "main.yaml").write_text(
        "planlint: 1\nplan: {id: p}\ninclude: [" + ", ".join(["units/*.yaml"] * 500) + "]\n")
    looked = []
    monkeypatch.setattr(collect.os, "scandir",
                        lambda folder, real=os.scandir: looked.append(folder) or real(folder))
    report = lint(["main.yaml"])
    assert len(looked) <= 12
    [(_, line, message)] = found(report.findings, "PL010")
    assert line == 3 and message.startswith(
        "the plan's includes look at more than 1,000 files and folders in all, so this one "
        "('units/*.yaml') and those after it are not followed; name fewer patterns")
    assert len(report.files) == 101
