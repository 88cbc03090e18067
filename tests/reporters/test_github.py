"""GitHub Actions workflow commands: one annotation per finding, escaped as the
runner requires."""

from __future__ import annotations

from pathlib import Path

from planlint.finding import Finding, Location, Related, Severity
from planlint.reporters.github import command, escape_data, escape_property, render
from tests.reporters.reports import report_of


def test_escaping_of_data_and_properties() -> None:
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_commands_by_severity_with_positions(tmp_path: Path) -> None:
    lines = render(report_of(tmp_path), False).splitlines()
    assert lines[0] == ("::warning file=plan.yaml,line=13,endLine=16,"
                        "title=GOLD001 goal-needs-metric::goal G2 has no metric")
    assert lines[2] == ("::error file=plan.yaml,line=21,endLine=23,"
                        "title=GOLD002 initiative-needs-owner::initiative I1 has no owner")
    assert lines[3] == ("::notice file=plan.yaml,line=26,col=72,endLine=26,endColumn=74,"
                        "title=GOLD003 funds-stray-work::budget B1 funds I2, which supports "
                        "no goal%0Aplan.yaml:24:5: initiative I2 is here")
    assert lines[-1].startswith("Found 4 findings")


def test_hostile_text_cannot_forge_a_command() -> None:
    finding = Finding("bad\n::error::forged", "G1", "goal",
                      Location("odd,name:x.yaml", 1, 1, 1, 2), code="A1",
                      name="a-rule", category="c", severity=Severity.INFO,
                      related=(Related(Location("o.yaml"), "50%"),))
    line = command(finding)
    assert "\n" not in line
    assert line == ("::notice file=odd%2Cname%3Ax.yaml,line=1,col=1,endLine=1,endColumn=2,"
                    "title=A1 a-rule::bad\\n::error::forged%0Ao.yaml: 50%25")
