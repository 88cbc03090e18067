"""Plan text cannot act on whoever reads the report: every format neutralises ids,
titles and file names for its medium (planlint.reporters.neutral)."""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from planlint.finding import Location
from planlint.reporters.neutral import (
    _AUTOLINK,
    _MARKDOWN,
    _ZERO_WIDTH,
    html,
    line_start,
    markdown,
    sarif,
    terminal,
)
from tests.test_corpus import CORPUS, run

FORGED = CORPUS / "forged-text.yaml"
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
                    "\u2028\u2029]")


def check(tmp_path: Path, output_format: str, name: str = "plan.yaml") -> str:
    shutil.copy(FORGED, tmp_path / name)
    done = run("check", "--no-plugins", "--format", output_format, name, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    return done.stdout


#: Every format planlint writes a report in.
FORMATS = ["text", "json", "github", "markdown", "sarif", "junit", "html"]


@pytest.mark.parametrize("output_format", FORMATS)
def test_no_control_bidi_or_line_separator_reaches_the_reader(tmp_path: Path,
                                                              output_format: str) -> None:
    # JSON, JUnit and HTML wrote U+202E and the C1 escape U+009B raw; JUnit lost ESC as
    # U+FFFD and HTML wrote it raw
    out = check(tmp_path, output_format)
    assert not ACTIVE.findall(out)
    escape = "u001b" if output_format == "json" else "x1b"  # JSON's own, which reads back
    assert escape in out and "owned" in out and "u202e" in out  # shown escaped, not lost
    if output_format == "json":
        [title] = {finding["message"] for finding in json.loads(out)["findings"]
                   if finding["code"] == "PL101"}
        assert "\x1b]0;owned\x07\x1b[2J \u202egnp.exe \x9b31m" in title  # read back whole


@pytest.mark.parametrize("output_format", FORMATS)
def test_no_line_of_the_report_is_a_ci_command_the_plan_wrote(tmp_path: Path,
                                                               output_format: str) -> None:
    for name in ("plan.yaml", "::warning file=x::forged.yaml", "##[error]forged.yaml"):
        out = check(tmp_path, output_format, name)
        forged = [line for line in out.splitlines() if line.lstrip().startswith(("::", "##["))
                  and not line.startswith(("::error file=", "::warning file=", "::notice file="))]
        assert not forged, forged
        (tmp_path / name).unlink()


def test_github_annotations_keep_one_command_per_finding(tmp_path: Path) -> None:
    lines = check(tmp_path, "github").splitlines()
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines[:-1])
    [invalid] = [line for line in lines if "invalid-field" in line]
    assert "G2\\n::stop-commands::x" in invalid


def test_markdown_mentions_links_and_strikethrough_are_inert(tmp_path: Path) -> None:
    out = check(tmp_path, "markdown")
    assert "@org" not in out and "@&#8203;org/team" in out
    assert "https://" not in out and "https:&#8203;//evil.example" in out
    assert "www.evil" not in out and "~~" not in out and "\\[click\\]" in out


def test_sarif_messages_carry_no_embedded_link(tmp_path: Path) -> None:
    log = json.loads(check(tmp_path, "sarif"))
    messages = [result["message"]["text"] for result in log["runs"][0]["results"]]
    assert any("\\[click\\](https://evil.example)" in text for text in messages)
    assert not any(re.search(r"(?<!\\)\[", text) for text in messages)


@pytest.mark.slow  # nine child processes
def test_a_lone_surrogate_or_a_file_name_that_is_not_utf8_is_written_escaped(
        tmp_path: Path) -> None:
    (tmp_path / "plan.json").write_text('{"planlint": 1, "goals": [{"id": "G1", '
                                        '"title": "x\\ud800y"}]}')
    for output_format in ("text", "json", "github", "markdown", "sarif", "junit", "html"):
        done = run("check", "--no-plugins", "--format", output_format, "plan.json",
                   cwd=tmp_path)
        assert done.returncode == 1, (output_format, done.stderr)
        assert "\\ud800" in done.stdout, output_format
    assert "\\ud800" in run("graph", "plan.json", cwd=tmp_path).stdout
    name = b"plan\xff.yaml"
    (tmp_path / name.decode("utf-8", "surrogateescape")).write_text(
        "planlint: 1\ngoals: [{id: G1}]\n")
    done = run("check", "--no-plugins", "--format", "sarif",
               name.decode("utf-8", "surrogateescape"), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert '"uri": "plan%FF.yaml"' in done.stdout


def test_the_neutralisers() -> None:
    assert terminal("a\x1b[2Jb\u202ec\nd") == "a\\x1b[2Jb\\u202ec\\nd"
    assert terminal("plain, wide 日本") == "plain, wide 日本"
    assert line_start(Location("::error x.yaml", 1, 2)) == "./::error x.yaml:1:2"
    assert line_start(Location("<text>", 1, 2)) == "<text>:1:2"
    assert markdown("a|b\nc @me https://x") == "a\\|b<br>c @&#8203;me https:&#8203;//x"
    assert sarif("[a](b) \\[c]") == "\\[a\\](b) \\\\\\[c\\]"
    assert html("<b>a\x1b[2J</b>\u202e&\n") == "&lt;b&gt;a\\x1b[2J&lt;/b&gt;\\u202e&amp;\\n"
    assert html("<b>plain</b> & 'wide' 日本") == \
        "&lt;b&gt;plain&lt;/b&gt; &amp; &#x27;wide&#x27; 日本"


def test_markdown_breaks_every_bare_link_it_searches_for() -> None:
    # only text holding '//' or 'www.' (in any case) is searched for links to break
    for text, shown in [("see WwW.example.org", "see WwW&#8203;.example.org"),
                        ("ftp://a and x:// and 1//2", "ftp:&#8203;//a and x:&#8203;// and 1//2"),
                        ("awww.b www x.www.y", "awww.b www x.www&#8203;.y"),
                        ("no link: www, http, 12.5 % of a/b", "no link: www, http, 12.5 % of a/b")]:
        assert markdown(text) == shown
    chance = random.Random(5)
    for _ in range(2000):  # the same as searching every text
        text = "".join(chance.choices("wW.:/aZ 1_İ", k=chance.randint(0, 12)))
        assert markdown(text) == "<br>".join(
            _AUTOLINK.sub(_ZERO_WIDTH, part.translate(_MARKDOWN))
            for part in text.splitlines() or [""]), text


def test_file_names_in_errors_and_notes_on_standard_error_are_inert(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    # a usage error or a note quoted the name raw: its escape reached the terminal and
    # the line after its line break was a workflow command in the CI log
    name = "a\x1b[2J\n::error::x"
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / f"{name}.yaml").write_text("x: 1\n")
    (tmp_path / "plans" / "plan.yaml").write_text("planlint: 1\n")
    for args, says in [(("check", f"{name}.yaml"), "./::error::x.yaml: no such file"),
                       (("check", "--rules", f"{name}.yaml", "plans"), "./::error::x.yaml"),
                       (("check", "-v", "--no-plugins", "plans"), "./::error::x.yaml")]:
        out = cli(*args).output
        assert says in out and "a\\x1b[2J" in out, out
        assert not [line for line in out.splitlines()
                    if line.lstrip().startswith(("::", "##["))], out
        assert not ACTIVE.findall(out.replace("\n", "")), out


def test_rule_files_names_and_words_in_listings_are_inert(
        cli: Callable[..., Result], tmp_path: Path) -> None:
    # 'rules', 'explain' and 'plugins' printed a rule file's name and description raw
    # (its escape set the terminal's title; its line break started '::error::' lines),
    # and 'explain' said its usage errors without the standard error's neutraliser
    name = "r\n::error::x.yaml"
    (tmp_path / name).write_text(
        'planlint-rules: 1\nrules:\n  - {code: ORG1, name: x-y, category: alignment, '
        'severity: error, message: "goal {id}", for: goals, '
        'description: "desc \\e]0;pwn\\a\\n::error::d"}\n')
    for args in (("rules", "--no-plugins", "--rules", name),
                 ("explain", "--no-plugins", "--rules", name, "ORG1"),
                 ("plugins", "--no-plugins", "--rules", name),
                 ("explain", "--rules", "a\x1b[2J\n::error::y.yaml", "PL201")):
        out = cli(*args).output
        assert not [line for line in out.splitlines()
                    if line.lstrip().startswith(("::", "##["))], (args, out)
        assert not ACTIVE.findall(out.replace("\n", "")), (args, out)


def test_what_convert_says_it_wrote_is_inert(cli: Callable[..., Result],
                                              tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
    out = cli("convert", "plan.yaml", "-o", "n\n::error::x.json").output
    assert "wrote n\\n::error::x.json" in out, out
    assert not [line for line in out.splitlines() if line.startswith("::")], out


@pytest.mark.parametrize("output_format", FORMATS)
def test_a_workbooks_sheet_names_and_escaped_cells_reach_no_reader(
        tmp_path: Path, output_format: str) -> None:
    # GitHub's annotation title named the sheet raw: its U+202E reached the reader
    from tests.sheets.books import parts, xlsx_parts

    def cell(at: str, text: str) -> str:
        return f'<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>'

    title = "_x001B_]0;owned_x0007_ x&#10;::error::t \u202egnp"  # Excel's escapes
    rows = (f'<row r="1">{cell("A1", "ID")}{cell("B1", "Objective")}</row>'
            f'<row r="2">{cell("A2", "G1")}{cell("B2", title)}</row>')
    parts(tmp_path / "plan.xlsx", xlsx_parts({"Goals \u202e": rows}))
    done = run("check", "--no-plugins", "--format", output_format, "plan.xlsx", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert not ACTIVE.findall(done.stdout), output_format
    assert not [line for line in done.stdout.splitlines()
                if line.lstrip().startswith(("::", "##["))
                and not line.startswith(("::error file=", "::warning file=", "::notice file="))]


@pytest.mark.parametrize("output_format", FORMATS)
def test_a_file_name_with_escapes_reaches_no_reader(tmp_path: Path, output_format: str) -> None:
    # GitHub's annotations wrote the file property raw: a plan named with ESC ] 0 ; … BEL
    # set the terminal's title, and U+202E turned the rest of the line around
    name = "a\x1b]0;owned\x07\u202egnp.yaml"
    out = check(tmp_path, output_format, name)
    assert not ACTIVE.findall(out), output_format
    assert "owned" in out
