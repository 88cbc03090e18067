"""PL4 communication rules."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest
from hypothesis import given, settings

from planlint import Config, lint
from planlint.commands import EXAMPLE
from planlint.rules import CATALOGUE, communication, rules_in
from planlint.rules.communication import (
    no_communication_plan,
    uncommunicated_goal,
    unreached_unit,
)
from planlint.testing import RuleTester
from planlint.testing.strategies import plans
from tests.conftest import Write


def test_communication_rules_are_in_the_catalogue() -> None:
    assert communication in CATALOGUE
    assert [(rule.code, rule.name, rule.severity.value) for rule in rules_in(communication)] == [
        ("PL401", "no-communication-plan", "warning"),
        ("PL402", "uncommunicated-goal", "warning"),
        ("PL403", "unreached-unit", "info")]


def test_no_communication_plan() -> None:
    RuleTester(no_communication_plan).run(
        passes=["communications: [{id: C1}]\n",
                "metrics: [{id: M1, title: On-time performance}]\n"],  # no goals to tell
        fails=[("plan:\n  id: p\ngoals: [{id: G1}]\n", [("p", 1)]),
               ("communications: []\ngoals: [{id: G1}]\n", [("plan", 1)])])


def test_a_team_plan_inside_an_organization_is_not_asked_for_communications() -> None:
    team = ("units: [{id: org}, {id: team, parent: org}]\n"
            "goals: [{id: G1, unit: team}GOAL]\n")
    RuleTester(no_communication_plan).run(
        passes=[team.replace("GOAL", "")],
        fails=[(team.replace("GOAL", ", {id: G2, unit: org}"), [("plan", 1)]),
               (team.replace("GOAL", ", {id: G2}"), [("plan", 1)])])


def test_peoples_own_objectives_are_not_asked_for_communications() -> None:
    """Individual OKRs align to the organization's plan, whose communication tells it."""
    own = ("plan: {methodology: okr}\npeople: [{id: ann}]\n"
           "goals: [{id: G1, owner: ann}, {id: G2, owner: ANN}]\n")
    RuleTester(no_communication_plan).run(
        passes=[own.replace("ANN", "ann")],
        fails=[(own.replace("ANN", "bob").replace("[{id: ann}]", "[{id: ann}, {id: bob}]"),
                [("plan", 1)])])


def test_a_team_plan_that_carries_the_objective_it_serves_is_still_the_teams() -> None:
    RuleTester(no_communication_plan).assert_passes(
        "units: [{id: org}, {id: team, parent: org}]\n"
        "goals: [{id: O1, unit: org}, {id: G1, unit: team, parent: O1}]\n")


def test_a_plan_whose_work_includes_communicating_with_the_public_tells_it() -> None:
    """A refuge plan's item to strengthen communication with the public (notices, a
    newsletter, a website) is how the plan reaches its audience."""
    plan = ("goals: [{id: O4, title: Promote community participation}]\n"
            "initiatives:\n  - {id: T36, supports: [O4], STATUS"
            "description: 'Stronger communication with the public (notices, website)'}\n")
    RuleTester(no_communication_plan).run(
        passes=[plan.replace("STATUS", "")],
        fails=[(plan.replace("STATUS", "status: cancelled, "), [("plan", 1)]),
               (plan.replace("communication with the public", "public relations"),
                [("plan", 1)])])  # marketing the organisation is not telling its plan


def test_a_plan_whose_work_communicates_its_own_results_tells_them() -> None:
    """A pay gap action plan's key action to communicate its successes (a gap closed) to
    staff, or an association's tactic to communicate the strategic plan's achievements,
    is the plan's communication, kept among its actions."""
    plan = ("goals: [{id: G1, title: Tackling our gender pay gap}]\n"
            "initiatives:\n  - {id: A5, supports: [G1], STATUS"
            "title: 'TITLE'}\n")
    told = ("Communicate success and role models - Create a comms plan to ensure that "
            "motivational stories are communicated",
            "Use newsletter space to communicate achievements related to the strategic plan",
            "Keep sharing our progress with staff at the all-staff meeting",
            "Share progress against the action plan with every school")
    untold = ("Keep sharing stories from senior females in the organisation",  # role models
              "Communicate the flexible working policy to all staff",  # a policy
              "Share progress with parents at each consultation evening",  # pupils' own
              "Enhanced financial performance reporting including progress against the "
              "programme",  # reported upward, not told
              "Coordinated scheduling and shared progress monitoring")
    RuleTester(no_communication_plan).run(
        passes=[plan.replace("STATUS", "").replace("TITLE", title) for title in told],
        fails=[(plan.replace("STATUS", "").replace("TITLE", title), [("plan", 1)])
               for title in untold]
        + [(plan.replace("STATUS", "status: cancelled, ").replace("TITLE", told[0]),
            [("plan", 1)])])


def test_a_plan_that_measures_or_works_at_its_people_knowing_its_direction_tells_it() -> None:
    """A faculty Renstra that measures how many of its staff understand its vision and
    mission, a plan whose work enhances the understanding of its vision and strategy, a
    campus plan that educates its community and reports progress to it, a college's work
    that communicates its vision and mission to all its stakeholders, or a German city's
    Öffentlichkeitsarbeit, states how it tells its direction among its own measures or
    work."""
    metric = ("goals:\n  - {id: G1, title: SDM, metrics: [{id: M1, title: \"TITLE\"}]}\n")
    work = ("goals: [{id: G1, title: Climate neutral by 2050}]\n"
            "initiatives:\n  - {id: U5, supports: [G1], title: \"TITLE\"}\n")
    goal = "goals:\n  - {id: G1, title: Community Engagement, description: \"TITLE\"}\n"
    told = [(metric, "Pemahaman visi dan misi Fakultas pada dosen dan tenaga kependidikan "
                     "hingga 75%"),
            (metric, "Staff awareness of the Trust's strategy"),
            (work, "Enhance the understanding of our vision, mission, and strategic "
                   "priorities"),
            (work, "Fortsetzung und Weiterentwicklung Öffentlichkeitsarbeit"),
            (goal, "U-M is investing in programs to educate our community, track behavior "
                   "and report progress over time"),
            (work, "Vision and mission of the institution will be communicated effectively "
                   "to all stake holders"),
            (work, "Communicate our strategy to every team")]
    untold = [(metric, "Staff understanding of the patient's goals of care"),
              (work, "The new policy will be communicated to all staff"),
              (work, "Communicate our vision for the waterfront in the press"),
              (metric, "Peningkatan Jabatan Akademik Dosen"),
              (work, "Educate our community about recycling"),
              (goal, "Report progress to the Board each quarter"),
              (work, "Develop values, vision and mission statements")]
    RuleTester(no_communication_plan).run(
        passes=[plan.replace("TITLE", text) for plan, text in told],
        fails=[(plan.replace("TITLE", text), [("plan", 1)]) for plan, text in untold])


def test_a_communication_of_the_whole_strategy_covers_every_top_level_goal() -> None:
    # a financial supervisor's programming document: its KPIs reported in the annual
    # activity report by activity area, and its communications function promoting the
    # business strategy as a whole, listing no goal
    plan = """\
        planlint: 1
        goals:
          - {id: SO1, title: Protect consumers}
          - {id: SO2, title: Keep the insurance sector stable}
          - {id: SAA1, title: Supervisory convergence}
        communications:
          - {id: C1, title: Annual activity report, covers: [SAA1]}
          - {id: C2, title: "Proactively promote our role, business strategy and activities
              towards the European institutions and external stakeholders"}
        """
    RuleTester(uncommunicated_goal).assert_passes(plan)
    # a communication of its own strategy, or of something else, covers nothing
    for title in ("Our communications strategy for the year", "Promote our activities"):
        RuleTester(uncommunicated_goal).assert_fails(
            plan.replace("Proactively promote our role, business strategy and activities",
                         title), [("SO1", None), ("SO2", None)])


def test_uncommunicated_goal_checks_top_level_goals_only() -> None:
    [finding] = RuleTester(uncommunicated_goal).assert_fails("""\
planlint: 1
goals:
  - {id: G1}
  - id: G2
    title: Be the customer's first choice
  - {id: G3, parent: G2}
communications:
  - {id: C1, covers: [G1, G3]}
  - {id: C2, covers: []}
""", [("G2", 4)])
    assert finding.message.startswith(
        "top-level goal G2 (Be the customer's first choice) is covered by no communication")
    assert "(such as C1)" in finding.message
    [finding] = RuleTester(uncommunicated_goal).findings(
        "goals: [{id: G1}, {id: G2}]\n"
        "communications: [{id: C1, audience: [U1], covers: [G2]}, {id: C2, audience: all}]\n"
        "units: [{id: U1}]\n")
    assert "(such as C2)" in finding.message  # the one that reaches everybody


def test_a_persons_own_objective_beside_the_priorities_is_not_asked_to_be_told() -> None:
    plan = dedent("""\
        planlint: 1
        people:
          - {id: ceo, objectives: [STG-4]}
        goals:
          - {id: CV, title: Community Value}
          - {id: STG-4, title: Identify four Vision Zero initiatives, owner: ceo}
        communications:
          - {id: C1, title: Reprinted strategic plan, covers: [CV]}
        """)
    RuleTester(uncommunicated_goal).assert_passes(plan)
    # not listed as her objective, it is a goal of the strategy like any other
    RuleTester(uncommunicated_goal).assert_fails(
        plan.replace("objectives: [STG-4]", "role: GM"), [("STG-4", 6)])


def test_a_goal_whose_every_sub_goal_is_told_to_all_is_told() -> None:
    plan = dedent("""\
        planlint: 1
        goals:
          - {id: G1, title: Reduce homelessness}
          - {id: G2, title: Rehouse 1200 households, parent: G1}
          - {id: G3, title: Add 600 shelter beds, parent: G1}
          - {id: G4, title: Balanced budget}
        communications:
          - {id: C1, title: Public dashboard, audience: all, covers: [G2, G3, G4]}
        """)
    RuleTester(uncommunicated_goal).assert_passes(plan)
    # one sub-goal left untold, or the sub-goals told to some audience only
    RuleTester(uncommunicated_goal).assert_fails(
        plan.replace("covers: [G2, G3, G4]", "covers: [G2, G4]"), [("G1", 3)])
    RuleTester(uncommunicated_goal).assert_fails(
        plan.replace("audience: all, covers: [G2, G3, G4]",
                     "audience: all, covers: [G4]}\n  - {id: C2, audience: [U1], "
                     "covers: [G2, G3]").replace("goals:", "units: [{id: U1}]\ngoals:"),
        [("G1", 4)])


def test_uncommunicated_goal_edge_cases() -> None:
    RuleTester(uncommunicated_goal).run(
        passes=[
            "goals: [{id: G1}]\n",  # no communications at all: no-communication-plan
            "goals: [{id: G1}]\ncommunications: [{id: C1, covers: [G1]}, {id: C2}]\n",
            "goals: [{id: G1, parent: G2}, {id: G2, parent: G1}]\n"
            "communications: [{id: C1}]\n",
            # a sub-unit's goal with no link to the strategy: orphan-goal
            "units: [{id: group}, {id: depot, parent: group}]\ngoals: [{id: D1, unit: depot}]\n"
            "communications: [{id: C1}]\n",
            # the plan published to everybody, whole: no communication lists its goals
            "goals: [{id: G1}, {id: G2}]\n"
            "communications: [{id: C1, title: Plan published online, audience: all},"
            " {id: C2, title: Progress blog, audience: all}]\n",
        ],
        fails=[
            # an audience of all does not cover goals it does not list, where others list
            ("goals: [{id: G1}, {id: G2}]\n"
             "communications: [{id: C1, audience: all}, {id: C2, covers: [G2]}]\n",
             [("G1", 1)]),
            # communications listing no goal, none of them to everybody
            ("goals: [{id: G1}]\ncommunications: [{id: C1, audience: [U1]}]\n"
             "units: [{id: U1}]\n", [("G1", 1)]),
            ("goals: [{id: G1}]\ncommunications: [{id: C1, covers: [ghost]}]\n", [("G1", 1)]),
        ])


UNITS = """\
planlint: 1
units:
  - {id: group}
  - {id: mopar, parent: group}
  - {id: parts, parent: mopar}
  - {id: finance, parent: group}
  - {id: empty, parent: group}
people:
  - {id: cfo, unit: finance}
goals:
  - {id: P1, unit: parts}
  - {id: P2, unit: parts}
"""


def test_unreached_unit_reaches_units_below_the_audience() -> None:
    tester = RuleTester(unreached_unit)
    tester.run(passes=[UNITS + "communications: [{id: C1, audience: all}]\n",
                       UNITS + "communications: [{id: C1, audience: [group]}]\n",
                       UNITS + "communications:\n  - {id: C1, audience: [finance]}\n"
                               "  - {id: C2, audience: [mopar]}\n"])
    [finance] = tester.assert_fails(UNITS + "communications: [{id: C1, audience: [mopar]}]\n",
                                    [("finance", 6)])
    assert finance.message.startswith("unit finance has 1 person but no communication's")
    [parts] = tester.assert_fails(UNITS + "communications: [{id: C1, audience: [finance]}]\n",
                                  [("parts", 5)])
    assert parts.message == (
        "unit parts has 2 goals and no people of its own, but no communication's audience "
        "reaches it and none covers P1 and P2; list them under a communication's covers, "
        "or add parts, or a unit above it, to the audience of a communication")


def test_unreached_unit_without_people_is_reached_through_its_goals() -> None:
    tester = RuleTester(unreached_unit)
    # the agency has goals and no people of its own; its people are in the divisions
    agency = ("units: [{id: agency}, {id: ops, parent: agency}]\n"
              "people: [{id: gm, unit: ops}]\n"
              "goals: [{id: T1, unit: agency}, {id: T2, unit: agency}]\n")
    tester.assert_passes(agency + "communications:\n"
                         "  - {id: C1, audience: [ops], covers: [T1]}\n"
                         "  - {id: C2, audience: [ops], covers: [T2]}\n")
    [finding] = tester.assert_fails(
        agency + "communications: [{id: C1, audience: [ops], covers: [T1]}]\n",
        [("agency", 1)])
    assert "none covers T2; list it under a communication's covers" in finding.message
    # people of its own need an audience that reaches them, whatever covers its goals
    depots = ("units: [{id: depot}, {id: yard}]\n"
              "people: [{id: fitter, unit: depot}, {id: driver, unit: yard}]\n"
              "goals: [{id: D1, unit: depot}]\n"
              "communications: [{id: C1, audience: [yard], covers: [D1]}]\n")
    tester.assert_fails(depots, [("depot", 1)])
    # but a plan whose people are all in one unit is that team's own: it made the plan
    tester.assert_passes(depots.replace(", {id: driver, unit: yard}", ""))


def test_a_team_plan_does_not_ask_to_reach_the_team_or_those_it_answers_to() -> None:
    tester = RuleTester(unreached_unit)
    grant = ("units: [{id: sponsor}, {id: team, parent: sponsor}, {id: funder}]\n"
             "people: [{id: lead, unit: sponsor}, {id: dev, unit: team}]\n"
             "goals: [{id: G1, unit: team}GOAL]\n"
             "communications: [{id: C1, audience: [funder], covers: [G1]}]\n")
    tester.assert_passes(grant.replace("GOAL", ""))
    # goals of two units, or of none, are not one team's plan
    tester.assert_fails(grant.replace("GOAL", ", {id: G2, unit: sponsor}"),
                        [("sponsor", 1), ("team", 1)])
    tester.assert_fails(grant.replace("GOAL", ", {id: G2}"), [("sponsor", 1), ("team", 1)])


def test_a_unit_meeting_over_the_plan_in_its_own_review_is_reached() -> None:
    """A small agency's staff, covered by its own quarterly planning sessions (chaired by
    nobody named, or by its director), discusses the plan first-hand; a review of it
    chaired by the council's chair, from outside the staff, does not reach its people."""
    tester = RuleTester(unreached_unit)
    agency = ("plan: {sponsor: council}\n"
              "units: [{id: council, lead: chair}, {id: staff, parent: council, lead: ed}, "
              "{id: congress}]\n"
              "people: [{id: chair, unit: council}, {id: ed, unit: staff}]\n"
              "goals: [{id: G1, unit: council}]\n"
              "communications: [{id: C1, audience: [congress], covers: [G1]}]\n"
              "reviews: [{id: R1, cadence: quarterly, covers: [staff]CHAIR}]\n")
    tester.assert_passes(agency.replace("CHAIR", ""))
    tester.assert_passes(agency.replace("CHAIR", ", chair: ed"))
    tester.assert_fails(agency.replace("CHAIR", ", chair: chair"), [("staff", 2)])
    tester.assert_fails(agency.replace("covers: [staff]CHAIR", "covers: [council]"),
                        [("staff", 2)])


def test_unreached_unit_edge_cases() -> None:
    RuleTester(unreached_unit).run(
        passes=[UNITS],  # no communications at all: no-communication-plan
        fails=[
            (UNITS + "communications: [{id: C1}]\n", [("parts", 5), ("finance", 6)]),
            (UNITS + "communications: [{id: C1, audience: [ghost]}]\n",
             [("parts", 5), ("finance", 6)]),
            # units in a parent loop reach each other, and stop
            ("units:\n  - {id: a, parent: b}\n  - {id: b, parent: a}\n  - {id: c}\n"
             "people: [{id: x, unit: a}, {id: y, unit: b}, {id: z, unit: c}]\n"
             "goals: [{id: G1, unit: c}]\n"
             "communications: [{id: C1, audience: [a]}]\n", [("c", 4)]),
        ])


def test_unreached_unit_across_files(write: Write, tmp_path: Path) -> None:
    write("plan.yaml", "planlint: 1\ninclude: [units/*.yaml]\nunits: [{id: group}]\n"
                       "communications: [{id: C1, audience: [group], covers: [G1]}]\n"
                       "goals: [{id: G1, unit: group}]\n")
    write("units/mopar.yaml", "planlint: 1\nunits: [{id: mopar, parent: group}]\n"
                              "goals: [{id: MP1, unit: mopar, parent: G1}]\n")
    write("units/spinoff.yaml", "planlint: 1\nunits: [{id: spinoff}]\n"
                                "goals: [{id: S1, unit: spinoff}]\n")
    report = lint(tmp_path / "plan.yaml", config=Config(select=["PL4"]))
    assert [(f.code, f.node, Path(f.location.file).name, f.location.line)
            for f in report.findings] == [("PL403", "spinoff", "spinoff.yaml", 2),
                                           ("PL402", "S1", "spinoff.yaml", 3)]


def test_example_communication_findings() -> None:
    # the town halls cover three of the five enterprise goals
    report = lint(EXAMPLE, config=Config(select=["PL4"]))
    assert [(f.code, f.node) for f in report.findings] == [("PL402", "G4"), ("PL402", "G5")]


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=30, deadline=None)
@given(plan=plans())
def test_never_crashes_on_drawn_plans(plan: dict[str, Any]) -> None:
    codes = [rule.code for rule in rules_in(communication)]
    report = lint(plan, config=Config(select=["PL000", *codes]))
    assert [f.message for f in report.findings if f.code == "PL000"] == []


def test_a_goal_whose_work_engages_all_employees_is_told_to_them() -> None:
    """An internal carbon fund launched "to engage all its employees" on the CO2 target
    is how everyone hears of it; once the work is over, or if it engages only some, the
    goal is reported."""
    plan = ("planlint: 1\ngoals:\n  - {id: G1, title: Cut Scope 1-2 emissions 33%}\n"
            "  - {id: G2, title: Zero accidents}\n  - {id: G3, title: Cut waste}\n"
            "initiatives:\n  - {id: I1, title: Internal carbon fund, supports: [G1], "
            "status: active,\n     description: to engage all its employees on the road "
            "to carbon neutrality}\n"
            "communications:\n  - {id: C1, title: CEO letter, audience: all, covers: [G2, G3]}\n")
    tester = RuleTester(uncommunicated_goal)
    tester.assert_passes(plan)
    tester.assert_fails(plan.replace("status: active", "status: done"), [("G1", 3)])
    tester.assert_fails(plan.replace("engage all its employees", "engage its engineers"),
                        [("G1", 3)])


def test_the_unit_that_sponsors_the_plan_and_those_above_it_are_not_asked_to_be_reached(
) -> None:
    """An agency's management board adopts its programming document: the board, and the
    agency it belongs to (whose Director signs the plan), issue the plan, which answers to
    them; its communications go to the budgetary authority."""
    plan = ("planlint: 1\nplan: {sponsor: board}\nunits:\n  - {id: agency, lead: director}\n"
            "  - {id: board, parent: agency}\n  - {id: translation, parent: agency}\n"
            "  - {id: parliament}\n"
            "people:\n  - {id: director, unit: agency}\n  - {id: chair, unit: board}\n"
            "  - {id: head, unit: translation}\n"
            "goals:\n  - {id: G1}\n"
            "communications:\n  - {id: C1, audience: [parliament], covers: [G1]}\n")
    # the agency's departments are still to be reached
    RuleTester(unreached_unit).assert_fails(plan, [("translation", None)])
    # with no sponsor, the board and the agency are asked too
    RuleTester(unreached_unit).assert_fails(
        plan.replace("plan: {sponsor: board}\n", ""),
        [("agency", None), ("board", None), ("translation", None)])
