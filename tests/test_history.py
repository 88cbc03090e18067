"""``check --since REF`` and ``diff --git REF`` on a real git repository: a plan
committed several times, read back with git."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest
from click.testing import Result

Run = Callable[..., Result]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

BASE = dedent("""\
    planlint: 1
    plan: {id: acme, as_of: 2025-06-30, sponsor: ceo}
    people: [{id: ceo, leader: true}, {id: ana}, {id: ben}, {id: chen}]
    goals:
      - {id: G1, title: Grow revenue, owner: ceo, due: 2025-12-31, metrics: [M1, M2]}
      - {id: G2, title: Enter Brazil, owner: ana}
      - {id: G3, title: Train staff, owner: ana}
    metrics:
      - {id: M1, title: Revenue, direction: increase, target: {value: 50}}
      - {id: M2, title: New customers, direction: increase, target: {value: 30}}
    initiatives:
      - {id: I1, title: Sao Paulo office, supports: [G2], owner: ana}
    budgets:
      - {id: B1, title: Brazil entry, amount: 2000000, funds: [I1, G2]}
    """)


class Repository:
    """A git repository in a folder, committed to as a plan's authors would."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        return subprocess.run(["git", "-c", "user.name=Plan Office",
                               "-c", "user.email=office@example.org", *args],
                              cwd=self.folder, check=True, capture_output=True,
                              text=True).stdout

    def commit(self, text: str, message: str, name: str = "plan.yaml") -> None:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path, cli: Run) -> Repository:
    """The plan's history: a base tagged v1, then a rename, a recorded and an unrecorded
    target change, and a slipped deadline with a goal dropped that is still funded."""
    repository = Repository(tmp_path)
    repository.commit(BASE, "The plan as approved")
    repository.git("tag", "v1")
    renamed = BASE.replace("{id: G3, title", "{id: G3-L, title")
    repository.commit(renamed, "Name goals by area")
    targets = renamed.replace("value: 50", "value: 40").replace("value: 30", "value: 20") \
        + dedent("""\
            changes:
              - {date: 2025-04-01, item: M1, field: target, from: 50, to: 40,
                 reason: the recall cost a year of sales, approved_by: ceo}
            """)
    repository.commit(targets, "Revise targets after the recall")
    slipped = targets.replace("due: 2025-12-31", "due: 2026-03-31").replace(
        "  - {id: G2, title: Enter Brazil, owner: ana}\n", "")
    repository.commit(slipped, "Move the revenue goal; Brazil is off")
    return repository


def findings(result: Result) -> list[dict[str, Any]]:
    return [finding for finding in json.loads(result.stdout)["findings"] if finding["new"]]


def test_since_reports_what_the_history_changed_silently(cli: Run, repo: Repository) -> None:
    result = cli("check", "--since", "v1", "plan.yaml", "--format", "json")
    assert result.exit_code == 1, result.output  # the dropped goal leaves dangling ids
    new = {(finding["code"], finding["node"]) for finding in findings(result)}
    assert ("PL702", "M2") in new  # lowered without a record
    assert ("PL702", "M1") not in new  # recorded under changes
    assert ("PL703", "G1") in new  # the deadline slipped a quarter
    assert ("PL704", "I1") in new  # Brazil dropped while I1 and B1 still name it
    assert not any(code == "PL704" and node.startswith("G3") for code, node in new)
    summary = json.loads(result.stdout)["summary"]
    assert summary["base"].startswith("v1 (") and summary["new"] == len(new)


def test_a_renamed_goal_keeps_its_findings(cli: Run, repo: Repository) -> None:
    result = cli("check", "--since", "v1", "plan.yaml", "--format", "json",
                 "--select", "PL201")
    data = json.loads(result.stdout)
    assert [(finding["node"], finding["new"]) for finding in data["findings"]] == [
        ("G3-L", False)]  # G3's missing metric, under its new id: not new
    assert [finding["node"] for finding in data["resolved"]] == ["G2"]  # dropped, gone


def test_diff_git_is_check_since(cli: Run, repo: Repository) -> None:
    one = cli("check", "--since", "v1", "--format", "json")
    other = cli("diff", "--git", "v1", "--format", "json")
    assert json.loads(one.stdout) == json.loads(other.stdout)
    assert [finding["file"] for finding in findings(one)] == ["plan.yaml"] * len(findings(one))


def test_the_markdown_comment_of_a_pull_request(cli: Run, repo: Repository) -> None:
    text = cli("check", "--since", "main~3", "--format", "markdown").stdout
    assert text.startswith("## planlint: ")
    assert "PL703 deadline-slipped" in text and "### Resolved since main\\~3 (" in text


def test_handovers_are_counted_over_the_commits_between(cli: Run, tmp_path: Path) -> None:
    repository = Repository(tmp_path)
    for owner in ("ana", "ben", "chen"):
        repository.commit(BASE.replace("{id: G2, title: Enter Brazil, owner: ana}",
                                       f"{{id: G2, title: Enter Brazil, owner: {owner}}}"),
                          f"{owner} owns G2")
    since = cli("check", "--since", "main~2", "--select", "owner-changed", "--format", "json")
    assert [finding["message"].split(";")[0] for finding in findings(since)] == [
        "goal G2 (Enter Brazil) changed owner 2 times in the versions read (ana → ben → "
        "chen)"]
    repository.git("show", "main~2:plan.yaml")
    (tmp_path / "old.yaml").write_text(repository.git("show", "main~2:plan.yaml"))
    two = cli("diff", "old.yaml", "plan.yaml", "--select", "owner-changed", "--format", "json")
    assert findings(two) == []  # two versions show one handover, which is allowed


def test_a_plan_of_several_files_and_a_file_new_since(cli: Run, tmp_path: Path) -> None:
    repository = Repository(tmp_path)
    root = "planlint: 1\nplan: {id: acme}\ninclude: [units/*.yaml]\n"
    unit = "planlint: 1\ngoals: [{id: S1, title: Sell more, due: 2025-12-31}]\n"
    repository.commit(root, "root", "plan/enterprise.yaml")
    repository.commit(unit, "sales", "plan/units/sales.yaml")
    repository.git("tag", "v1")
    repository.commit(unit.replace("2025", "2026"), "later", "plan/units/sales.yaml")
    repository.commit("planlint: 1\ngoals: [{id: O1, title: Open, owner: nobody}]\n", "ops",
                      "plan/units/ops.yaml")
    result = cli("check", "--since", "v1", "plan/enterprise.yaml", "--format", "json",
                 "--select", "PL703,PL005")
    new = [(finding["code"], finding["node"], finding["file"]) for finding in findings(result)]
    assert ("PL703", "S1", "plan/units/sales.yaml") in new  # found through the include
    assert ("PL005", "O1", "plan/units/ops.yaml") in new  # a file the revision lacked


def test_a_workbook_is_compared_with_its_version_at_the_revision(
        cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only YAML, JSON and TOML files were read from a revision: a workbook's old version
    was no plan, and its goal dropped and its deadline slipped went unreported."""
    from planlint.git import Revision
    from tests.sheets.books import book

    repository = Repository(tmp_path)
    header = ["ID", "Title", "Owner", "Due date"]
    book(tmp_path / "okrs.xlsx", {"Goals": [header, ["G1", "Grow revenue", "", "2026-12-31"],
                                            ["G2", "Keep customers", "", "2026-12-31"]]})
    (tmp_path / "data.csv").write_bytes(b"a,b\n" * 50)  # data beside the plan, unread
    repository.git("add", "-A")
    repository.git("commit", "-q", "-m", "okrs")
    book(tmp_path / "okrs.xlsx", {"Goals": [header, ["G1", "Grow revenue", "", "2027-12-31"]]})
    result = cli("diff", "--git", "HEAD", "okrs.xlsx", "--format", "json",
                 "--select", "PL703,PL704")
    assert sorted((finding["code"], finding["message"][:7]) for finding in findings(result)) \
        == [("PL703", "goal G1"), ("PL704", "goal G2")]
    # the files named are read whatever their size; others within what a plan may read
    revision = Revision.find("HEAD", [tmp_path / "okrs.xlsx"])
    monkeypatch.setattr("planlint.git.MAX_TOTAL_BYTES", 100)
    assert [path for path, _ in revision._blobs(revision.commit, (".csv", ".xlsx"))] == [
        "okrs.xlsx"]
    monkeypatch.setattr("planlint.git.MAX_TOTAL_BYTES", 1000)
    assert len(list(revision._blobs(revision.commit, (".csv", ".xlsx")))) == 2


def test_a_plan_the_revision_did_not_have_is_all_new(cli: Run, tmp_path: Path) -> None:
    repository = Repository(tmp_path)
    repository.commit("no plan yet\n", "readme", "README.md")
    (tmp_path / "plan.yaml").write_text(BASE)
    result = cli("check", "--since", "main", "plan.yaml", "--format", "json")
    data = json.loads(result.stdout)
    assert data["findings"] and all(finding["new"] for finding in data["findings"])


@pytest.mark.parametrize(("ref", "message"), [
    ("nope", "git revision 'nope' does not exist in the repository at "),
    ("--upload-pack=x", "'--upload-pack=x' is not a git revision; name a branch, tag or "
                        "commit"),
])
def test_a_bad_revision_is_a_usage_error(cli: Run, repo: Repository, ref: str,
                                         message: str) -> None:
    result = cli("check", f"--since={ref}", "plan.yaml")
    assert result.exit_code == 2
    assert message in result.output


def test_a_folder_outside_a_repository_is_a_usage_error(cli: Run, tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(BASE)
    result = cli("check", "--since", "main", "plan.yaml")
    assert result.exit_code == 2
    assert "is not inside a git repository, so it has no history" in result.output


def test_without_git_installed_the_error_says_what_to_do(
        cli: Run, repo: Repository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    result = cli("diff", "--git", "v1")
    assert result.exit_code == 2
    assert "needs git, which is not installed or not on PATH" in result.output


@pytest.mark.parametrize("other", [("--each",), ("--baseline", "b.json"), ("-",)])
def test_since_does_not_combine_with_other_ways_of_comparing(cli: Run, repo: Repository,
                                                             other: tuple[str, ...]) -> None:
    result = cli("check", "--since", "v1", *other)
    assert result.exit_code == 2
    assert "--since compares one plan's files with their history" in result.output


def test_since_head_3_reports_exactly_the_unrecorded_changes_in_every_format(
        cli: Run, repo: Repository) -> None:
    """The done-when of plan changes: the change rules report the unrecorded changes and
    nothing else (the rename and the recorded target change are silent), and text, JSON,
    SARIF and Markdown carry the same new findings."""
    base = ("check", "--since", "HEAD~3", "plan.yaml", "--select", "change")
    data = json.loads(cli(*base, "--format", "json").stdout)
    new = sorted((f["code"], f["node"]) for f in data["findings"] if f["new"])
    assert new == [("PL702", "M2"), ("PL703", "G1"), ("PL704", "I1")]
    sarif = json.loads(cli(*base, "--format", "sarif").stdout)
    results = sarif["runs"][0]["results"]
    assert sorted((r["ruleId"], r["baselineState"]) for r in results) == [
        (code, "new") for code, _ in new]
    text = cli(*base).stdout
    assert sorted(line.split()[1] for line in text.splitlines() if ": PL7" in line) == [
        code for code, _ in new]
    markdown = cli(*base, "--format", "markdown").stdout
    assert markdown.startswith("## planlint: 3 new, 0 resolved")
    assert all(code in markdown for code, _ in new)


def test_a_revision_that_cannot_be_read_is_named_at_its_commit(cli: Run, tmp_path: Path
                                                               ) -> None:
    repository = Repository(tmp_path)
    repository.commit(BASE + "x-note: [oops\n", "A plan with a syntax error")
    (tmp_path / "plan.yaml").write_text(BASE, encoding="utf-8")  # corrected since
    result = cli("check", "--since", "main", "--format", "json")
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    commit = repository.git("rev-parse", "--short=7", "main").strip()
    # at the revision's lines, not the working file's: the name says which
    assert [(finding["code"], finding["file"], finding["line"])
            for finding in findings(result) if finding["code"] == "PL001"] == [
        ("PL001", f"{commit}:plan.yaml", 16)]
    assert data["resolved"] == []
    assert not any(finding["category"] == "change" for finding in data["findings"])


def test_a_tree_naming_a_parent_folder_writes_nothing_outside_the_temporary_folder(
        cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A commit whose tree was written by hand (``git mktree``) with an entry named
    ``..`` is one git will not check out; reading that revision must not write its file
    beside the temporary folder (a pull request's commits are read by ``--since``)."""
    import tempfile

    project = tmp_path / "project"
    project.mkdir()
    repository = Repository(project)
    repository.commit(BASE, "The plan as approved")
    blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=project, input=BASE,
                          capture_output=True, text=True, check=True).stdout.strip()

    def mktree(entries: str) -> str:
        return subprocess.run(["git", "mktree"], cwd=project, input=entries, text=True,
                              capture_output=True, check=True).stdout.strip()

    inner = mktree(f"100644 blob {blob}\tescaped.yaml\n")
    root = mktree(repository.git("ls-tree", "HEAD") + f"040000 tree {inner}\t..\n")
    commit = repository.git("commit-tree", root, "-p", "HEAD", "-m", "hostile").strip()
    repository.git("update-ref", "refs/heads/hostile", commit)
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    monkeypatch.chdir(project)
    result = cli("diff", "--git", "hostile", "plan.yaml")
    assert result.exit_code in (0, 1), result.output
    assert not (temporary / "escaped.yaml").exists()
    assert list(temporary.iterdir()) == []
