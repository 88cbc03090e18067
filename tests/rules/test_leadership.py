"""PL1 leadership rules."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest
from hypothesis import given, settings

from planlint import Config, lint
from planlint.commands import EXAMPLE
from planlint.errors import UsageError
from planlint.rules import leadership, rules_in
from planlint.rules.communication import no_communication_plan
from planlint.rules.leadership import (
    no_sponsor,
    no_strategy_office,
    top_goal_not_led,
    unowned_goal,
    unowned_initiative,
    unowned_metric,
)
from planlint.testing import RuleTester
from planlint.testing.strategies import plans
from tests.conftest import MEMBERS_MEETING, Write

PEOPLE = """\
people:
  - {id: ceo, leader: true}
  - {id: analyst}
"""
#: A leadership team of two (a team of one lists none: see top-goal-not-led).
TEAM = PEOPLE.replace("  - {id: analyst}", "  - {id: cfo, leader: true}\n  - {id: analyst}")


def test_a_heading_that_sorts_work_by_kind_is_not_asked_for_an_owner() -> None:
    board = dedent("""\
        planlint: 1
        people: [{id: douglass}]
        goals:
          - {id: "100", title: "Incidents & Assets Services"}
          - {id: "200", title: Monitoring Services}
        initiatives:
          - {id: "101", title: Flood information service, supports: ["100"], owner: douglass}
          - {id: "201", title: Defra laboratory service, supports: ["200"]}
        """)
    RuleTester(unowned_goal).assert_passes(board)
    # a theme that says what it is for is an objective, which someone answers for
    RuleTester(unowned_goal).assert_fails(
        board.replace("title: Monitoring Services}",
                      "title: Monitoring Services, description: Every lab online}"),
        [("200", 5)])


def test_a_director_who_sets_and_reports_every_to_do_answers_for_them() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {id: p, sponsor: ed, office: ed}
        units: [{id: zf, lead: ed}]
        people: [{id: ed, unit: zf, leader: true}, {id: ops, unit: zf}]
        goals:
          - {id: T1, title: A successful conference}
          - {id: T2, title: Launch the grant platform}
        communications:
          - {id: C1, title: Yearly state of the foundation, owner: ed, covers: [T1, T2]}
        """)
    RuleTester(unowned_goal).assert_passes(plan)
    # a post that leaves a goal out, or that another writes, answers for nobody's goals
    RuleTester(unowned_goal).assert_fails(plan.replace("covers: [T1, T2]", "covers: [T1]"),
                                          [("p", 2)])
    RuleTester(unowned_goal).assert_fails(plan.replace("owner: ed, covers", "owner: ops, covers"),
                                          [("p", 2)])
    # a goal given to another unit is that unit's to answer for
    RuleTester(unowned_goal).assert_fails(
        plan.replace("units: [{id: zf, lead: ed}]", "units: [{id: zf, lead: ed}, {id: eng}]")
            .replace("platform}", "platform, unit: eng}"),
        [("p", 2)])


def test_a_goal_whose_every_indicator_names_one_executive_lead_is_answered_for() -> None:
    """An NHS trust's annual goal, each indicator naming its executive lead, all five
    the Chief Nurse: she answers for the goal. A data contact who owns every measure,
    measures led by two executives, or an executive owning the goal's one measure name
    nobody who answers for the goal."""
    plan = dedent("""\
        planlint: 1
        people:
          - {id: nurse, role: Chief Nurse, leader: true}
          - {id: cfo, role: Chief Finance Officer, leader: true}
        goals:
          - id: G1
            title: Deliver high-quality, patient centred care
            metrics:
              - {id: M1, title: Improve patient experience scores, owner: nurse}
              - {id: M2, title: Maintain vacancy levels below 12%, owner: nurse}
        """)
    RuleTester(unowned_goal).assert_passes(plan)
    data_contact = plan.replace("Chief Nurse, leader: true}", "Chief Nurse}")
    RuleTester(unowned_goal).assert_fails(data_contact, [("G1", 6)])
    RuleTester(unowned_goal).assert_fails(plan.replace("12%, owner: nurse", "12%, owner: cfo"),
                                          [("G1", 6)])
    RuleTester(unowned_goal).assert_fails(plan.replace("12%, owner: nurse}", "12%}"),
                                          [("G1", 6)])
    RuleTester(unowned_goal).assert_fails(
        plan.replace("      - {id: M2, title: Maintain vacancy levels below 12%, owner: nurse}\n",
                     ""), [("G1", 6)])


def test_unowned_goal_fires_at_each_goal_without_owner() -> None:
    RuleTester(unowned_goal).assert_fails(PEOPLE + """\
goals:
  - {id: G1, owner: ceo}
  - id: G2
    title: Cut cost
  - {id: G3, parent: G1}
  - {id: G4, owner: ceo}
""", [("G2", 6), ("G3", 8)])


def test_a_goal_whose_work_one_person_owns_is_answered_for_by_them() -> None:
    fragment = ("people: [{id: lead}, {id: dev}]\n"
                "goals: [{id: G1, title: Ship the benefits screener}]\n"
                "initiatives:\n  - {id: I1, owner: lead, supports: [G1]}\n"
                "  - {id: I2, owner: OWNER, supports: [G1]}\n")
    RuleTester(unowned_goal).assert_passes(fragment.replace("OWNER", "lead"))
    RuleTester(unowned_goal).assert_fails(fragment.replace("OWNER", "dev"), [("G1", 2)])
    RuleTester(unowned_goal).assert_fails(
        fragment.replace(", owner: OWNER", ""), [("G1", 2)])


def test_a_plan_naming_nobody_for_any_goal_is_reported_once() -> None:
    """A board's three goals, none with an owner, one answered for only through the
    monitoring task its compliance officer owns: one gap of the plan, not two of goals."""
    fragment = ("people: [{id: officer}, {id: ceo}]\n"
                "goals:\n  - {id: G1, title: Licensure}\n  - {id: G2, title: Complaints}\n"
                "  - {id: G3, title: Remediation, OWNER}\n"
                "initiatives:\n  - {id: I1, owner: officer, supports: [G3]}\n")
    [finding] = RuleTester(unowned_goal).findings(fragment.replace(", OWNER", ""))
    assert finding.message.startswith("all 3 goals have no owner (G1, G2, G3)")
    RuleTester(unowned_goal).assert_fails(fragment.replace("OWNER", "owner: ceo"),
                                          [("G1", 3), ("G2", 4)])


def test_a_body_sponsors_aim_counts_with_its_goals_when_it_names_nobody() -> None:
    """A national strategy's goal for energy, the government's as the plan's aim, over
    two indicator areas with no owner: the plan names nobody for any goal, one gap; a
    person who sponsors the strategy answers for its aim, and the areas are reported."""
    fragment = dedent("""\
        plan: {id: strategy, sponsor: SPONSOR}
        units: [{id: government}]
        people: [{id: minister}]
        goals:
          - {id: "7", title: Affordable and clean energy}
          - {id: "7.1", title: Use resources efficiently, parent: "7", metrics: [{id: M1}]}
          - {id: "7.2", title: Expand renewable energy, parent: "7", metrics: [{id: M2}]}
        """)
    [finding] = RuleTester(unowned_goal).findings(fragment.replace("SPONSOR", "government"))
    assert finding.message.startswith("all 3 goals have no owner (7.1, 7.2, 7)")
    RuleTester(unowned_goal).assert_fails(fragment.replace("SPONSOR", "minister"),
                                          [("7.1", 6), ("7.2", 7)])


def test_okr_objectives_answered_through_their_key_results_stay_out_of_the_fold() -> None:
    """A team's quarter tracked in issues, each key result naming who is accountable: the
    objectives whose key results all name a person are answered for, so the two left to
    nobody are reported on their own, not as a plan that names no owner anywhere."""
    RuleTester(unowned_goal).assert_fails("""
plan: {methodology: [okr]}
people: [{id: lucy}, {id: ruben}]
goals:
  - id: G1
    title: Core contributors are active
    metrics:
      - {id: KR1, title: 80% active Reps, owner: ruben}
      - {id: KR2, title: 60% of Reps aligned, owner: lucy}
  - id: G2
    title: Campus campaign energizes students
    metrics: [{id: KR3, title: 100 campuses have campaign teams}]
  - {id: G3, title: Launch the software lab}
""", [("G2", 10), ("G3", 13)])


@pytest.mark.parametrize("title", [
    "'Component 4: Contingent Emergency Response Component (CERC)'",
    "Plan for an unscheduled election (listing potential freelance hires)"])
def test_work_held_ready_for_an_event_is_not_asked_for_an_owner(title: str) -> None:
    """A World Bank project's CERC, funded only when an emergency is declared, gets its
    implementing agency then; a plan to write for such an event is work like any."""
    fragment = "initiatives:\n  - {id: I1, title: TITLE}\n"
    RuleTester(unowned_initiative).assert_passes(fragment.replace("TITLE", title))
    RuleTester(unowned_initiative).assert_fails(
        fragment.replace("TITLE", "Develop a contingency plan for an unscheduled election"),
        [("I1", 2)])


def test_work_a_grantee_carries_out_is_not_asked_for_an_owner() -> None:
    """A fund's engagement with a project's foundation is the grantee's to carry out and
    answer for; the funder's own work still needs an owner, and grants are not counted."""
    fragment = ("people: [{id: scovetta}]\n"
                "initiatives:\n  - {id: I1, title: Homebrew (engagement)GRANTEE}\n"
                "  - {id: I2, title: Partner roundtables}\n"
                "  - {id: I3, title: Monthly public report, owner: scovetta}\n")
    RuleTester(unowned_initiative).assert_fails(fragment.replace("GRANTEE", ""),
                                                [("I1", 3), ("I2", 4)])
    RuleTester(unowned_initiative).assert_fails(
        fragment.replace("GRANTEE", ", grantee: Homebrew"), [("I2", 4)])


def test_an_objective_whose_key_results_people_own_is_answered_for_through_them() -> None:
    fragment = ("plan: {id: p, methodology: okr}\n"
                "people: [{id: martin}, {id: bedeho}]\nunits: [{id: data-team}]\n"
                "goals: [{id: O1, title: Grow the team, metrics: [KR1, KR2]}]\n"
                "metrics:\n  - {id: KR1, title: Hire a developer, owner: martin}\n"
                "  - {id: KR2, title: Hire a designer OWNER}\n")
    RuleTester(unowned_goal).run(
        passes=[fragment.replace("OWNER", ", owner: bedeho"),
                # a group and a person named equally as its owners
                fragment.replace("OWNER", ", owner: data-team, co_owners: [bedeho]")],
        fails=[(fragment.replace("OWNER", ""), [("O1", 4)]),  # one key result nobody owns
               (fragment.replace("OWNER", ", owner: data-team"), [("O1", 4)]),  # a unit's
               # outside OKRs a measure's owner reports its data
               (fragment.replace("OWNER", ", owner: bedeho")
                .replace("methodology: okr", "title: KPIs"), [("O1", 4)])])


def test_a_sponsored_plan_that_assigns_every_action_is_answered_for_by_action() -> None:
    fragment = ("plan: {id: p, sponsor: mayor}\npeople: [{id: mayor}]\n"
                "units: [{id: police}, {id: health}]\n"
                "goals:\n  - {id: safety, title: Public safety}\n"
                "  - {id: S1, title: Fewer shootings, parent: safety}\n"
                "  - {id: covid, title: COVID recovery}\n"
                "initiatives:\n  - {id: A1, supports: [S1], unit: police}\n"
                "  - {id: A2, supports: [covid]WORK}\n")
    RuleTester(unowned_goal).run(
        passes=[fragment.replace("WORK", ", unit: health"),
                fragment.replace("WORK", ", owner: mayor")],
        fails=[(fragment.replace("WORK", ""), [("p", 1)]),  # one action nobody carries
               (fragment.replace("sponsor: mayor", "title: Agenda")
                .replace("WORK", ", unit: health"), [("p", 1)]),  # nobody over the whole
               # a collective sponsor (an administration) names nobody over the whole
               (fragment.replace("sponsor: mayor", "sponsor: admin")
                .replace("[{id: police}", "[{id: admin}, {id: police}")
                .replace("WORK", ", unit: health"), [("p", 1)]),
               # a goal heading nothing
               (fragment.replace("WORK", ", unit: health")
                .replace("initiatives:", "  - {id: trust, title: Trust}\ninitiatives:"),
                [("p", 1)])])


def test_headings_over_unassigned_actions_of_a_led_plan_are_not_asked_for_owners() -> None:
    """A ministry's strategy appoints a leader and an implementing division for the
    whole, and groups its actions, none of which names who does it, under themes: the
    gap is the actions' (unowned-initiative), not the headings'. A theme given to a
    unit, a theme with a measure, a plan with no office or a body as sponsor, or one
    action given to someone, leaves the themes asked for owners."""
    fragment = ("plan: {id: p, sponsor: leader, office: division}\n"
                "people: [{id: leader, leader: true}]\n"
                "units: [{id: ministry}, {id: division, parent: ministry}]\n"
                "goals:\n  - {id: T1, title: Transforming our servicesGOAL}\n"
                "  - {id: T2, title: Transforming the way we work}\n"
                "initiatives:\n  - {id: A1, title: Four exemplar services, supports: [T1]WORK}\n"
                "  - {id: A2, title: Agile development, supports: [T2]}\n"
                "  - {id: A3, title: Flexible working, supports: [T2]}\n")
    plain = fragment.replace("GOAL", "").replace("WORK", "")
    RuleTester(unowned_goal).run(
        passes=[plain],
        fails=[(fragment.replace("GOAL", ", unit: ministry").replace("WORK", ""), [("p", 1)]),
               (fragment.replace("GOAL", ", metrics: [{id: M1, title: Digital take-up}]")
                .replace("WORK", ""), [("p", 1)]),
               (plain.replace(", office: division", ""), [("p", 1)]),
               (plain.replace("sponsor: leader", "sponsor: ministry"), [("p", 1)]),
               (fragment.replace("GOAL", "").replace("WORK", ", unit: division"),
                [("p", 1)])])
    RuleTester(unowned_initiative).assert_fails(plain, [("p", 1)])


def test_a_body_s_plan_contracting_every_action_with_its_own_budget_is_by_action() -> None:
    """A fund's action document gives each result to its implementing agency and pays
    it by that agency's budget line: accountability is assigned by action, the body
    sponsoring the whole; without those lines a body names nobody over the whole, nor for
    any goal: one gap of the plan, its aim counted with the goals under it."""
    fragment = ("plan: {id: p, sponsor: fund}\n"
                "units: [{id: fund}, {id: agency-a}, {id: agency-b}]\n"
                "goals:\n  - {id: OO, title: Jobs for youth}\n"
                "  - {id: SO1, title: Skills, parent: OO}\n"
                "  - {id: SO2, title: Rural infrastructure, parent: OO}\n"
                "initiatives:\n  - {id: R1, supports: [SO1], unit: agency-a}\n"
                "  - {id: R2, supports: [SO2], unit: agency-b}\n"
                "budgets:\n  - {id: B1, amount: 7, unit: agency-a, funds: [R1]}\n"
                "  - {id: B2, amount: 5, unit: BUDGET, funds: [R2]}\n")
    RuleTester(unowned_goal).run(
        passes=[fragment.replace("BUDGET", "agency-b")],
        fails=[(fragment.replace("BUDGET", "agency-a"), [("p", 1)]),  # paid
               # to another agency
               (fragment.split("budgets:")[0], [("p", 1)])])  # no money


def test_a_body_s_plan_naming_people_for_each_goal_s_actions_is_by_action() -> None:
    """An employer's action plan, approved by its executive board, names who is
    accountable for each action (one given to Comms): the people answer for the actions,
    the board for the whole, though a goal's actions are all a team's. Actions given
    mostly to bodies, or one action nobody carries, leave the plan reported."""
    fragment = ("plan: {id: p, sponsor: board}\n"
                "units: [{id: trust}, {id: board, parent: trust}, {id: comms, parent: trust}]\n"
                "people: [{id: jones}, {id: lucy}]\n"
                "goals:\n  - {id: G1, title: Recruitment and retention, unit: trust}\n"
                "  - {id: G2, title: Flexible working, unit: trust}\n"
                "initiatives:\n  - {id: A1, supports: [G1], owner: jones}\n"
                "  - {id: A2, supports: [G1], unit: comms}\n"
                "  - {id: A3, supports: [G2]WORK}\n"
                "  - {id: BAU, title: Business as usual}\n")
    RuleTester(unowned_goal).run(
        passes=[fragment.replace("WORK", ", owner: lucy"),
                # one goal's actions given to a team, most of the plan's to people
                fragment.replace("WORK", ", unit: comms").replace(
                    "[G1], unit: comms", "[G1], owner: lucy")],
        fails=[(fragment.replace("WORK", ", unit: comms"), [("p", 1)]),
               (fragment.replace("WORK", ""), [("p", 1)])])


def test_an_unsponsored_action_plan_naming_leads_for_its_actions_is_by_action() -> None:
    """An employer's action plan that nobody it names approves gives each action a lead,
    a post for most and a team for the rest, under objectives grouped by theme: the
    leads answer for the actions, and the missing owner of the whole is no-sponsor's,
    whether or not the plan names a group that monitors it. A goal with a measure of its
    own, actions given mostly to teams, one action nobody carries, or a single goal
    whose work is split with nobody the leads report to, leave the plan reported."""
    fragment = ("plan: {id: p, office: group}\n"
                "units: [{id: trust}, {id: group, parent: trust}, {id: team, parent: trust}]\n"
                "people: [{id: head-ps}, {id: head-od}]\n"
                "goals:\n  - {id: T1, title: Progression, unit: trustMEASURE}\n"
                "  - {id: O1, title: Flexible working, parent: T1, unit: trust}\n"
                "  - {id: T2, title: Engagement, unit: trust}\n"
                "  - {id: O2, title: Network events, parent: T2, unit: trust}\n"
                "initiatives:\n  - {id: A1, supports: [O1], owner: head-ps}\n"
                "  - {id: A2, supports: [O1], owner: head-od}\n"
                "  - {id: A3, supports: [O2]WORK}\n")
    plain = fragment.replace("MEASURE", "")
    RuleTester(unowned_goal).run(
        passes=[plain.replace("WORK", ", unit: team"),
                plain.replace("WORK", ", unit: team").replace("{id: p, office: group}",
                                                               "{id: p}"),
                plain.replace("WORK", ", unit: team").replace("{id: p, office: group}",
                                                               "{id: p}")
                + "reviews: [{id: R1, title: People Committee, covers: [T1, T2]}]\n"],
        # one goal, no group: who answers for it?
        fails=[(plain.replace("WORK", ", unit: team").replace("{id: p, office: group}",
                                                               "{id: p}")
                .replace("  - {id: T2, title: Engagement, unit: trust}\n", "")
                .replace("parent: T2", "parent: T1"), [("p", 1)]),
               (fragment.replace("MEASURE", ", metrics: [{id: M1, title: Pay gap}]")
                .replace("WORK", ", unit: team"), [("p", 1)]),
               (plain.replace("WORK", ", unit: team").replace("owner: head-od", "unit: team"),
                [("p", 1)]),
               (plain.replace("WORK", ""), [("p", 1)])])
    RuleTester(no_sponsor).assert_fails(plain.replace("WORK", ", unit: team"), [("p", 1)])


def test_work_in_the_goals_own_unit_assigns_it_to_nobody_new() -> None:
    RuleTester(unowned_goal).assert_fails(
        "plan: {id: p, sponsor: board}\n"
        "units: [{id: board}, {id: district}, {id: school, parent: district}]\n"
        "goals: [{id: G4, title: Raise attendance, unit: school}]\n"
        "initiatives: [{id: A1, supports: [G4], unit: school}]\n", [("G4", 3)])


AUDIT_ANSWER = dedent("""\
    planlint: 1
    plan:
      id: p
      title: "Audits of the Health Authority: recommendations and the agency's responses"
      sponsor: oha
      office: auditor
    units:
      - {id: state}
      - {id: auditor, parent: state}
      - {id: oha, parent: state, lead: head}
      - {id: legislature, parent: state}
    people: [{id: head, unit: oha}]
    goals:
      - {id: R1, title: Publish an integration plan, unit: oha, due: 2023-09-30}
      - {id: R2, title: Stagger the council's appointment terms, unit: legislature}
    """)


def test_an_audits_recommendation_to_another_body_is_not_the_audited_ones_to_own() -> None:
    """An auditor's recommendation to a legislature, in the audited agency's answer, is
    that body's to consider: nobody the answer names works there, and nothing in it
    serves the recommendation. A plan that does not answer an audit, a recommendation
    the answer acts on, a body someone it names belongs to, or one inside the audited
    agency or the auditor, is still asked for its owner."""
    RuleTester(unowned_goal).assert_passes(AUDIT_ANSWER)
    for changed in (
            AUDIT_ANSWER.replace("Audits of the Health Authority: recommendations and the "
                                 "agency's responses", "Health Authority plan 2023-2027"),
            AUDIT_ANSWER + "initiatives: [{id: I1, title: Draft a bill, supports: [R2]}]\n",
            AUDIT_ANSWER.replace("[{id: head, unit: oha}]",
                                 "[{id: head, unit: oha}, {id: clerk, unit: legislature}]"),
            AUDIT_ANSWER.replace("{id: legislature, parent: state}",
                                 "{id: legislature, parent: auditor}"),
            AUDIT_ANSWER.replace("unit: legislature}", "unit: auditor}")):
        RuleTester(unowned_goal).assert_fails(changed, [("R2", 15)])


def test_a_teams_goals_are_answered_for_by_its_lead() -> None:
    fragment = ("people: [{id: udrys}]\nunits:\n  - {id: city}\n"
                "  - {id: pa, parent: city, LEAD}\n  - {id: data, parent: pa}\n"
                "goals:\n  - {id: R1, title: Release all datasets, unit: pa}\n"
                "  - {id: O1, title: Automate releases, unit: data}\n"
                "  - {id: O2, title: Grow data science, unit: data}\n")
    RuleTester(unowned_goal).run(
        passes=[fragment.replace("LEAD", "lead: udrys")],
        fails=[(fragment.replace(", LEAD", ""), [("plan", 1)])])


def test_a_divisions_goals_are_answered_for_by_its_departments_head() -> None:
    """A budget book's division page: the division names no head, its department's head
    is named, and no division of the department names one; a division beside one that
    names its head (a program whose manager is vacant), or one placed directly under the
    organization, whose head answers for everything, is still asked."""
    page = ("people: [{id: pw-head}, {id: mayor}]\nunits:\n  - {id: city, lead: mayor}\n"
            "  - {id: pw, parent: city, lead: pw-head}\n  - {id: wd, parent: pw}\n"
            "goals:\n  - {id: G1, title: Expand public safety, unit: wd}\n")
    RuleTester(unowned_goal).assert_passes(page)
    RuleTester(unowned_goal).assert_fails(
        page.replace("  - {id: wd, parent: pw}\n",
                     "  - {id: wd, parent: pw}\n  - {id: ws, parent: pw, lead: pw-head}\n"),
        [("G1", 8)])
    RuleTester(unowned_goal).assert_fails(page.replace("{id: wd, parent: pw}",
                                                       "{id: wd, parent: city}"), [("G1", 7)])


def test_a_goal_a_person_holds_among_their_objectives_is_answered_for_by_them() -> None:
    """An agency's monitoring objective, given to a unit that names no head, placed
    directly under the agency: the Executive Director's KPI objective is linked to it,
    so her performance plan holds her to it; without that tie it is still asked."""
    spd = ("people:\n  - {id: director, unit: agency, objectives: [MA04]}\n"
           "units:\n  - {id: agency, lead: director}\n"
           "  - {id: monitoring, parent: agency}\n"
           "goals:\n  - {id: MA04, title: Monitor the application of the CEAS, "
           "unit: monitoring}\n")
    RuleTester(unowned_goal).assert_passes(spd)
    RuleTester(unowned_goal).assert_fails(spd.replace("objectives: [MA04]", "objectives: []"),
                                          [("MA04", 7)])


def test_a_members_meetings_goal_is_answered_for_by_the_members_of_its_work() -> None:
    """A makerspace's goal of bicycle excursions, voted at its members' general meeting
    with nobody named, each excursion organised by a member: answered for through them;
    with a measure of its own, an excursion nobody organises, or a staff unit beside the
    meeting and its board, it is asked for an owner."""
    fragment = MEMBERS_MEETING + dedent("""\
        people:
          - {id: mia, role: Vorstand, unit: board, leader: true}
          - {id: tim, role: Vorstand, unit: board, leader: true}
          - {id: marc}
        goals:
          - {id: G1, title: AG Cyber, owner: marc}
          - {id: G2, title: Fahrrad Exkursion}
        initiatives:
          - {id: I1, title: Brauerei, owner: mia, supports: [G2], status: done}
          - {id: I2, title: Ecosphere, owner: tim, supports: [G2]}
        """)
    RuleTester(unowned_goal).assert_passes(fragment)
    for member, other in (("{id: G2, title: Fahrrad Exkursion}",
                           "{id: G2, title: Fahrrad Exkursion, metrics: [{id: M1}]}"),
                          (", owner: tim, supports", ", supports"),
                          ("  - {id: board, name: Vorstand (board)}\n",
                           "  - {id: board, name: Vorstand (board)}\n  - {id: shop}\n")):
        RuleTester(unowned_goal).assert_fails(fragment.replace(member, other),
                                              [("G2", None)])


def test_unowned_goal_leaves_dangling_and_wrong_kind_owners_to_structure_rules() -> None:
    RuleTester(unowned_goal).run(passes=[
        "goals:\n  - {id: G1, owner: nobody}\n",
        "units: [{id: U1}]\ngoals:\n  - {id: G1, owner: U1}\n",
        "goals: []\n",
    ])


def test_unowned_goal_message_names_goal_and_fix() -> None:
    [finding] = RuleTester(unowned_goal).findings("goals:\n  - {id: G1, title: Grow}\n")
    assert finding.message.startswith("goal G1 (Grow) has no owner")
    assert "under owner" in finding.message


def test_work_a_headless_body_gives_only_to_itself_is_owned_by_nobody() -> None:
    """A government's action plan whose every commitment is its own "we": the body
    sponsors the plan, names no head and no office, and gives all its work to itself,
    which names nobody more than naming no unit would."""
    fragment = ("plan: {id: p, sponsor: gov}\nunits: [{id: gov}, {id: agency}]\n"
                "goals: [{id: G1, title: Connectivity}]\n"
                "initiatives:\n  - {id: I1, supports: [G1], unit: gov}\n"
                "  - {id: I2, supports: [G1], unit: UNIT}\n")
    RuleTester(unowned_initiative).assert_fails(fragment.replace("UNIT", "gov"), [("p", 1)])
    RuleTester(unowned_initiative).run(passes=[
        fragment.replace("UNIT", "agency"),  # one piece of work given to another unit
        fragment.replace("UNIT", "gov").replace("sponsor: gov", "sponsor: gov, office: gov"),
        fragment.replace("UNIT", "gov").replace("{id: gov}", "{id: gov, lead: ann}")
        + "people: [{id: ann}]\n"])


def test_work_tied_to_no_goal_beside_whole_plan_themes_is_the_sponsors() -> None:
    """A grants programme's pools each support all its intents, and a pool launched
    mid-season supports none: given to the sponsoring body like the others, it is
    answered for by the sponsor as the themes beside it are."""
    fragment = ("plan: {id: p, sponsor: fund}\nunits: [{id: fund}]\n"
                "goals: [{id: G1, title: Transactions}, {id: G2, title: TVL}]\n"
                "initiatives:\n  - {id: I1, supports: [G1, G2], unit: fund}\n"
                "  - {id: I2, supports: SUPPORTS, unit: fund}\n"
                "  - {id: I3, supports: [G1, G2], unit: fund}\n"
                "  - {id: I4, unit: fund}\n")
    RuleTester(unowned_initiative).assert_passes(fragment.replace("SUPPORTS", "[G1, G2]"))
    # beside work tied to one goal, goal-less work is not the plan's as a whole
    RuleTester(unowned_initiative).assert_fails(fragment.replace("SUPPORTS", "[G1]"))


def test_unowned_initiative_skips_finished_work() -> None:
    RuleTester(unowned_initiative).run(
        passes=["initiatives:\n  - {id: I1, status: done}\n  - {id: I2, status: cancelled}\n"],
        fails=[("initiatives:\n  - {id: I1, status: blocked}\n", [("I1", 2)]),
               # someone answers for taking parked work up again, or dropping it
               ("initiatives:\n  - {id: I1, status: on-hold}\n", [("I1", 2)])])


def test_unowned_initiative_reads_the_practice_over_finished_work_too() -> None:
    """A service's status roadmap: one open milestone beside done ones, none of which
    names an owner. The plan follows the practice nowhere: one finding at the plan."""
    roadmap = ("plan: {id: roadmap}\npeople: [{id: ann}]\ninitiatives:\n"
               "  - {id: N1, status: planned}\n  - {id: A1, status: done}\n"
               "  - {id: A2, status: DONE}\n")
    tester = RuleTester(unowned_initiative)
    [finding] = tester.assert_fails(roadmap.replace("DONE", "done"), [("roadmap", 1)])
    assert finding.message.startswith("all 3 initiatives have no owner (N1 still open)")
    # a done milestone that named its owner: the plan follows the practice, N1 breaks it
    tester.assert_fails(roadmap.replace("DONE", "done, owner: ann"), [("N1", 4)])
    # on a work tracker, each card keeps its assignee
    tester.assert_passes(roadmap.replace("DONE", "done")
                         + "communications: [{id: C1, channel: GitHub issues}]\n")


def test_a_project_managers_plan_puts_the_manager_to_its_work_packages() -> None:
    fragment = dedent("""\
        planlint: 1
        plan: {id: project, sponsor: owner, office: manager}
        people:
          - {id: owner, role: Project owner}
          - {id: manager, role: ROLE}
        goals:
          - {id: A, title: Train researchers in software practices}
        initiatives:
          - {id: A-1, title: Coordination of workshops, supports: [A]}
          - {id: A-2, title: Lesson development, supports: [A]}
        """)
    RuleTester(unowned_initiative).assert_passes(fragment.replace("ROLE", "Project manager"))
    RuleTester(unowned_initiative).assert_passes(
        fragment.replace("ROLE", "Programme Manager, NeIC"))
    # an office of another role runs the plan without answering for each piece of work
    RuleTester(unowned_initiative).assert_fails(fragment.replace("ROLE", "General Manager"))
    RuleTester(unowned_initiative).assert_fails(
        fragment.replace("ROLE", "Project managers' coordinator"))


def test_unowned_metric_fires_for_inline_and_top_level_metrics() -> None:
    fragment = PEOPLE + """\
goals:
  - id: G1
    metrics:
      - {id: M1, title: Profit}
      - {id: M2, owner: analyst}
metrics:
  - {id: M3}
  - {id: M4, owner: analyst}
"""
    # M1's goal has no owner either: unowned-goal reports that cause, once
    RuleTester(unowned_metric).assert_fails(fragment, [("M3", 10)])
    RuleTester(unowned_metric, options={"inherit_goal_owner": False}).assert_fails(
        fragment, [("M1", 7), ("M3", 10)])


def test_what_an_initiative_delivers_is_reported_by_its_owner_or_unit() -> None:
    fragment = PEOPLE + """\
units: [{id: workgroup}]
initiatives:
  - {id: I1, owner: analyst, metrics: [{id: O1, title: Screening events held}]}
  - {id: I2, unit: workgroup, metrics: [{id: O2, title: Physicians enrolled}]}
  - {id: I3, metrics: [{id: O3, title: Kits mailed}]}
metrics:
  - {id: M1, title: Screening rate}
  - {id: M2, title: Uninsured adults, owner: analyst}
"""
    # I3 names no owner or unit either: unowned-initiative reports that cause
    RuleTester(unowned_metric).assert_fails(fragment, [("M1", 10)])


def test_the_output_of_one_doers_work_under_an_unowned_goal_is_the_doers() -> None:
    # a barometer's politique names nobody; the agency that processes the cheques and
    # the chambers that carry out the diagnostics supply the figures of their work
    fragment = PEOPLE + """\
units: [{id: agency}, {id: chambers}]
goals:
  - {id: G1, metrics: [M1, M2, M3], title: Digitise small firms}
  - {id: G2, owner: ceo, metrics: [M4]}
initiatives:
  - {id: I1, unit: agency, supports: [G1], metrics: [M1]}
  - {id: I2, unit: chambers, supports: [G1], metrics: [M2]}
  - {id: I3, unit: chambers, supports: [G1], metrics: [M3]}
  - {id: I4, unit: agency, supports: [G1], metrics: [M3]}
  - {id: I5, unit: agency, supports: [G2], metrics: [M4]}
metrics:
  - {id: M1, title: Firms granted a cheque}
  - {id: M2, title: Firms given a diagnostic}
  - {id: M3, title: Firms helped by both}
  - {id: M4, title: Firms trained}
  - {id: M5, owner: analyst}
  - {id: M6, owner: analyst}
  - {id: M7, owner: analyst}
  - {id: M8, owner: analyst}
  - {id: M9, owner: analyst}
  - {id: M10, owner: analyst}
  - {id: M11, owner: analyst}
  - {id: M12, owner: analyst}
  - {id: M13, owner: analyst}
"""
    # two doers, or a goal owned by someone else: whose it is stays unsaid
    RuleTester(unowned_metric).assert_fails(fragment, [("M3", 17), ("M4", 18)])
    RuleTester(unowned_metric, options={"inherit_goal_owner": False}).assert_fails(
        fragment, [("M1", 15), ("M2", 16), ("M3", 17), ("M4", 18)])


def test_a_metric_of_no_goal_is_the_one_head_s_who_answers_for_every_goal() -> None:
    # an agency's new measures listed beside the outcomes its Director answers for
    fragment = PEOPLE + """\
units: [{id: agency, lead: ceo}]
goals:
  - {id: G1, unit: agency, metrics: [M1]}
  - {id: G2, owner: ceo}
metrics:
  - {id: M1}
  - {id: M2, title: Days to answer an email}
"""
    RuleTester(unowned_metric).assert_passes(fragment)
    # a goal another person answers for, or one nobody does: whose it is stays unsaid
    RuleTester(unowned_metric).assert_fails(
        fragment.replace("{id: G2, owner: ceo}", "{id: G2, owner: analyst}"), [("M2", 10)])
    RuleTester(unowned_metric).assert_fails(
        fragment.replace("{id: G2, owner: ceo}", "{id: G2}"), [("M2", 10)])
    # a metric that names another owner
    RuleTester(unowned_metric).assert_fails(
        fragment.replace("  - {id: M1}", "  - {id: M1, owner: analyst}"), [("M2", 10)])


def test_unowned_metric_is_owned_by_the_owner_of_its_goals() -> None:
    fragment = PEOPLE + """\
goals:
  - {id: G1, owner: ceo, metrics: [M1, M4]}
  - {id: G2, metrics: [M2]}
  - {id: G3, owner: analyst, metrics: [M4]}
metrics:
  - {id: M1}
  - {id: M2}
  - {id: M3}
  - {id: M4}
  - {id: M5, owner: analyst}
  - {id: M6, owner: analyst}
  - {id: M7, owner: analyst}
  - {id: M8, owner: analyst}
  - {id: M9, owner: analyst}
  - {id: M10, owner: analyst}
  - {id: M11, owner: analyst}
  - {id: M12, owner: analyst}
"""
    _, shared = RuleTester(unowned_metric).assert_fails(fragment, [("M3", 11), ("M4", 12)])
    assert "the goals it measures have different owners (analyst, ceo)" in shared.message
    RuleTester(unowned_metric).assert_passes(
        PEOPLE + "goals:\n  - {id: G1, owner: ceo, metrics: [M1]}\n"
        "  - {id: G2, owner: ceo, metrics: [M1]}\nmetrics:\n  - {id: M1}\n")
    # a plan that asks every metric to name its own owner
    RuleTester(unowned_metric, options={"inherit_goal_owner": False}).assert_fails(
        fragment, [("M1", 9), ("M2", 10), ("M3", 11), ("M4", 12)])


def test_unowned_metric_rejects_unknown_options() -> None:
    with pytest.raises(UsageError, match="inherit_goal_owner"):
        RuleTester(unowned_metric, options={"inherit": True}).findings("goals: []\n")


def test_a_board_that_owns_the_plan_may_sponsor_it() -> None:
    RuleTester(no_sponsor).assert_passes(
        "planlint: 1\nplan: {id: p, sponsor: council}\n"
        "units: [{id: council, name: Executive Council}]\n")


def test_the_one_leader_named_owning_a_top_goal_answers_for_the_plan() -> None:
    """A trust's priorities, one of them the Chief Nurse's, the one executive named."""
    fragment = ("planlint: 1\nplan: {id: p}\n"
                "people: [{id: chief-nurse, leader: true}, {id: chair, leader: LEADS}]\n"
                "goals:\n  - {id: O1}\n  - {id: O2, owner: chief-nurse}\n"
                "  - {id: O3, parent: O1, OWNER}\n")
    tester = RuleTester(no_sponsor)
    tester.assert_passes(fragment.replace("LEADS", "false").replace("OWNER", "title: O3"))
    # two leaders named: which of them owns the plan is not told
    tester.assert_fails(fragment.replace("LEADS", "true").replace("OWNER", "title: O3"),
                        [("p", 2)])
    # others own goals too (people's own objectives, one of them an executive's)
    tester.assert_fails(fragment.replace("LEADS", "false").replace("OWNER", "owner: chair"),
                        [("p", 2)])
    # the one leader owning only a sub-goal answers for that part, not the plan
    tester.assert_fails(fragment.replace("LEADS", "false").replace(
        "O2, owner: chief-nurse", "O2").replace("OWNER", "owner: chief-nurse"), [("p", 2)])


def test_a_ministry_whose_plan_it_is_may_sponsor_it() -> None:
    RuleTester(no_sponsor).assert_passes(
        "planlint: 1\nplan: {id: p, sponsor: omb}\n"
        "people: [{id: director, leader: true}]\n"
        "units: [{id: omb, name: Office of Management and Budget}]\n")


def test_joint_sponsors_sponsor_the_plan_when_any_is_a_leader_or_a_body() -> None:
    fragment = ("plan: {id: p, sponsor: analyst, co_sponsors: [JOINT]}\n"
                "people: [{id: analyst}, {id: ceo, leader: true}, {id: clerk}]\n"
                "units: [{id: mti, name: Ministry of Trade and Industry}]\n")
    RuleTester(no_sponsor).run(
        passes=[fragment.replace("JOINT", "ceo"), fragment.replace("JOINT", "clerk, mti")],
        fails=[(fragment.replace("JOINT", "clerk"), [("p", 1)])])


def test_co_sponsors_that_name_nothing_are_left_to_structure_rules() -> None:
    RuleTester(no_sponsor).assert_passes(
        "plan: {id: p, sponsor: analyst, co_sponsors: [nobody]}\n"
        "people: [{id: analyst}]\n")


def test_no_sponsor_without_plan_section_or_sponsor() -> None:
    RuleTester(no_sponsor).run(fails=[
        ("goals: [{id: G1}]\n", [("plan", 1)]),
        ("plan:\n  id: p\n  title: Turnaround\n", [("p", 1)]),
    ])


def test_no_sponsor_when_sponsor_is_not_a_leader_points_at_the_key() -> None:
    [finding] = RuleTester(no_sponsor).assert_fails(
        "plan:\n  id: p\n  sponsor: analyst\n" + PEOPLE, [("p", 3)])
    assert finding.field == "sponsor"
    assert "analyst" in finding.message and "leader: true" in finding.message
    assert [related.node for related in finding.related] == ["analyst"]


def test_a_sponsor_is_not_judged_against_a_leadership_team_the_plan_does_not_name() -> None:
    RuleTester(no_sponsor).assert_passes(
        "plan: {id: p, sponsor: udrys}\n"
        "people: [{id: udrys, role: Director of Performance & Analytics}]\n")


def test_a_units_plan_may_be_sponsored_by_its_lead() -> None:
    fragment = ("plan: {id: p, sponsor: mikeal}\n"
                "people: [{id: ceo, leader: true}, {id: mikeal}]\n"
                "units: [{id: ipfs, lead: ceo}, {id: wg, parent: ipfs, lead: mikeal},\n"
                "        {id: docs, parent: wg}]\n"
                "goals: [{id: G1, unit: wg}, {id: G2, unit: docs}GOAL]\n")
    RuleTester(no_sponsor).assert_passes(fragment.replace("GOAL", ""))
    RuleTester(no_sponsor).assert_fails(fragment.replace("GOAL", ", {id: G3, unit: ipfs}"),
                                        [("p", 1)])


def test_a_plan_naming_the_head_of_its_unit_and_no_leaders_is_not_asked_for_a_sponsor() -> None:
    """A secretariat's line of a municipal development plan, its Secretario named as head."""
    fragment = ("plan: {id: p}\n"
                "people: [{id: secretario, role: Secretario de Turismo, unit: turismo}PEOPLE]\n"
                "units: [{id: turismo, lead: secretario}, {id: office, parent: turismo}]\n"
                "goals: [{id: G1, unit: turismo}, {id: G2, parent: G1, unit: turismo},\n"
                "        {id: G3, unit: office}GOAL]\n")
    RuleTester(no_sponsor).run(
        passes=[fragment.replace("PEOPLE", "").replace("GOAL", ""),
                fragment.replace("PEOPLE", ", {id: alcalde, role: Alcalde}")
                .replace("GOAL", "")],
        fails=[
            # a goal outside the unit the head leads
            (fragment.replace("PEOPLE", "").replace("GOAL", ", {id: G4}"), [("p", 1)]),
            # a leadership team marked: which of them owns the strategy is asked
            (fragment.replace("PEOPLE", ", {id: alcalde, role: Alcalde, leader: true}")
             .replace("GOAL", ""), [("p", 1)]),
        ])


TEAM_PLAN = ("units: [{id: org}, {id: team, parent: org LEAD}, {id: squad, parent: team}]\n"
             "people: [{id: dana}]\n"
             "goals: [{id: G1, unit: team}, {id: G2, unit: squad}GOAL]\n")


def test_a_team_plan_inside_an_organization_is_not_asked_for_a_sponsor() -> None:
    team = TEAM_PLAN.replace(" LEAD", "")
    RuleTester(no_sponsor).assert_passes(team.replace("GOAL", ""))
    RuleTester(no_sponsor).run(fails=[
        (team.replace("GOAL", ", {id: G3, unit: org}"), [("plan", 1)]),  # the organization's
        (team.replace("GOAL", ", {id: G3}"), [("plan", 1)]),  # a goal of no unit
        (team.replace("parent: team}", "parent: team}, {id: other, parent: org}")
         .replace("GOAL", ", {id: G3, unit: other}"), [("plan", 1)]),  # two teams
        ("units: [{id: org}]\ngoals: [{id: G1, unit: org}]\n", [("plan", 1)]),  # top unit
    ])


def test_a_team_list_of_work_inside_an_organization_is_not_asked_for_a_sponsor() -> None:
    """A university library team's focus page: work items only, under the university."""
    work = ("units: [{id: uni}, {id: library, parent: uni}, {id: faculty, parent: uni}]\n"
            "initiatives: [{id: I1}, {id: I2WORK}]\n")
    RuleTester(no_sponsor).run(passes=[
        work.replace("WORK", ""),
        work.replace("WORK", ", unit: library"),  # the team's own work
    ], fails=[
        (work.replace("WORK", "") + "goals: [{id: G1}]\n", [("plan", 1)]),  # a strategy
        (work.replace("WORK", "") + "metrics: [{id: M1, initiative: I1}]\n",
         [("plan", 1)]),  # measures of its own
        (work.replace("WORK", "") + "people: [{id: ceo, leader: true}]\n",
         [("plan", 1)]),  # a leadership team the plan names
        (work.replace("WORK", ", unit: uni"), [("plan", 1)]),  # the organization's work
        (work.replace("{id: I1}", "{id: I1, unit: faculty}").replace("WORK", ", unit: library"),
         [("plan", 1)]),  # work shared among units
        (work.replace("parent: uni}]", "}]").replace("WORK", ""),
         [("plan", 1)]),  # units of no one organization
        ("units: [{id: uni}]\ninitiatives: [{id: I1}]\n", [("plan", 1)]),  # no unit below
    ])


def test_a_plan_its_coordinator_runs_and_reviews_goal_by_goal_is_not_asked_for_a_sponsor(
) -> None:
    plan = ("plan: {id: p, office: eae}\npeople: [{id: eae}, {id: leviw}]\n"
            "goals: [{id: o1}, {id: o2}]\n"
            "reviews: [{id: R1, title: Quarterly OKR meeting, cadence: quarterly, chair: CHAIR, "
            "covers: [o1, o2]}]\n")
    RuleTester(no_sponsor).assert_passes(plan.replace("CHAIR", "eae"))
    RuleTester(no_sponsor).run(fails=[
        (plan.replace("CHAIR", "leviw"), [("p", 1)]),  # someone else chairs it
        (plan.replace("CHAIR", "eae").replace("covers: [o1, o2]", "covers: [o1]"),
         [("p", 1)]),  # a review of part of the plan
        (plan.replace("CHAIR", "eae").replace("{id: leviw}", "{id: leviw, leader: true}"),
         [("p", 1)]),  # a leadership team the plan names, none of whom sponsors it
    ])


def test_a_plan_its_coordinator_writes_and_publishes_goal_by_goal_is_not_asked_for_a_sponsor(
) -> None:
    # A small open-source team's quarterly OKR page (IPLD 2020 Q2, ProtoSchool Q4 2020):
    # the coordinator writes it, collects the scores and publishes it; no title is given.
    plan = ("plan: {id: p, office: mikeal}\nunits: [{id: team}]\n"
            "people: [{id: mikeal, unit: team}, {id: vmx, unit: team}]\n"
            "goals: [{id: o1, unit: team}, {id: o2, unit: team}]\n"
            "communications: [{id: C1, title: OKR page, owner: OWNER, covers: [o1, o2]}]\n")
    RuleTester(no_sponsor).assert_passes(plan.replace("OWNER", "mikeal"))
    RuleTester(no_sponsor).run(fails=[
        (plan.replace("OWNER", "vmx"), [("p", 1)]),  # someone else publishes it
        (plan.replace(", owner: OWNER", ""), [("p", 1)]),  # published by nobody named
        (plan.replace("OWNER", "mikeal").replace("covers: [o1, o2]", "covers: [o1]"),
         [("p", 1)]),  # part of the plan
        (plan.replace("OWNER", "mikeal").replace("{id: o2, unit: team}",
                                                 "{id: o2, unit: other}")
         .replace("[{id: team}]", "[{id: team}, {id: other}]"),
         [("p", 1)]),  # a goal given to another unit
        (plan.replace("OWNER", "mikeal").replace("{id: vmx, unit: team}",
                                                 "{id: vmx, unit: team, leader: true}"),
         [("p", 1)]),  # a leadership team the plan names, none of whom sponsors it
    ])


def test_a_plan_naming_no_executive_whose_board_reviews_all_of_it_is_not_asked_for_a_sponsor(
) -> None:
    # A social enterprise's year of goals: "The board continues to meet quarterly to review
    # finance and strategy"; no executive is named, so the board holds the plan.
    plan = ("plan: {id: p}\nunits: [{id: dc}, {id: board, name: The board, parent: dc}]\n"
            "goals: [{id: G1, unit: dc}, {id: G2, unit: dc}]\n"
            "reviews: [{id: R1, title: TITLE, cadence: quarterly, covers: [dc]}]\n")
    board = "'Board meeting: review of finance and strategy'"
    RuleTester(no_sponsor).run(passes=[
        plan.replace("TITLE", board),
        plan.replace("TITLE", "Board of Directors meetings").replace("[dc]", "[G1, G2]"),
    ], fails=[
        (plan.replace("TITLE", "Advisory Board meeting"), [("p", 1)]),  # not the board's own
        (plan.replace("TITLE", board).replace(", cadence: quarterly", ""),
         [("p", 1)]),  # no stated cadence
        (plan.replace("TITLE", board).replace("[dc]", "[G1]"), [("p", 1)]),  # part of the plan
        (plan.replace("TITLE", board) + "people: [{id: ceo, leader: true}]\n",
         [("p", 1)]),  # a leadership team the plan names, none of whom sponsors it
    ])

    # a hospital board's quarterly scorecard: every indicator, under the domain headings
    headings = ("plan: {id: p}\ngoals: [{id: S}, {id: X}, {id: S1, parent: S}, "
                "{id: S2, parent: S}, {id: X1, parent: X}]\n"
                "reviews: [{id: R1, title: Board of Directors, cadence: quarterly, "
                "covers: [S1, S2, X1]}]\n")
    RuleTester(no_sponsor).run(passes=[headings], fails=[
        (headings.replace("S2, X1]", "X1]"), [("p", 1)]),  # a heading only part covered
        # a parent that names no goal is dangling-reference's, and no heading to cover
        (headings.replace("X1, parent: X", "X1, parent: ghost"), [("p", 1)]),
    ])


def test_a_school_or_quality_improvement_plan_is_not_asked_for_a_sponsor() -> None:
    # An Ontario hospital's QIP workplan: the Excellent Care for All Act puts the plan with
    # the board, whose chair signs its Narrative with the quality committee's and the CEO.
    plan = ("plan: {id: p, title: TITLE}\nunits: [{id: h}, {id: q, parent: h}]\n"
            "goals: [{id: S, unit: h}, {id: S1, parent: S}]\n")
    qip = "Woodstock Hospital - Quality Improvement Plan 2025/26 (Workplan)"
    RuleTester(no_sponsor).run(passes=[
        plan.replace("TITLE", qip),
        plan.replace("TITLE", "Athlone Community College - School Improvement Plan"),
    ], fails=[
        (plan.replace("TITLE", "Parks Service Improvement Plan"), [("p", 1)]),  # no regime
        (plan.replace("TITLE", "Strategic Plan 2025-2030"), [("p", 1)]),
        (plan.replace("TITLE", qip).replace("parent: h}", "}"),
         [("p", 1)]),  # units of no one organization
        (plan.replace("TITLE", qip).replace("{id: S1, parent: S}", "{id: S1, unit: q}"),
         [("p", 1)]),  # a goal given to another unit
    ])


def test_no_sponsor_leaves_bad_references_to_structure_rules() -> None:
    RuleTester(no_sponsor).run(passes=[
        "plan: {id: p, sponsor: ceo}\n" + PEOPLE,
        "plan: {id: p, sponsor: ghost}\n",
        "plan: {id: p, sponsor: U1}\nunits: [{id: U1}]\n",
    ])


def test_no_strategy_office() -> None:
    RuleTester(no_strategy_office).run(
        passes=["plan: {id: p, office: ceo}\n" + PEOPLE,
                "plan: {id: p, office: osm}\nunits: [{id: osm}]\n"],
        fails=[("plan:\n  id: p\n  sponsor: ceo\n" + PEOPLE, [("p", 1)]),
               ("goals: []\n", [("plan", 1)])])


def test_a_team_plan_is_run_by_the_team_lead_the_plan_names() -> None:
    RuleTester(no_strategy_office).run(
        passes=[TEAM_PLAN.replace(" LEAD", ", lead: dana").replace("GOAL", "")],
        fails=[(TEAM_PLAN.replace(" LEAD", "").replace("GOAL", ""), [("plan", 1)]),
               (TEAM_PLAN.replace(" LEAD", ", lead: dana")
                .replace("GOAL", ", {id: G3, unit: org}"), [("plan", 1)])])


def test_a_team_plan_whose_work_one_person_owns_is_run_by_that_person() -> None:
    team = TEAM_PLAN.replace(" LEAD", "").replace("GOAL", "") + \
        "initiatives: [{id: I1, owner: dana, supports: [G1]}, {id: I2, OWNER supports: [G2]}]\n"
    RuleTester(no_strategy_office).run(
        passes=[team.replace("OWNER", "owner: dana,")],
        fails=[(team.replace("OWNER", ""), [("plan", 1)]),  # work nobody owns
               (team.replace("OWNER", "owner: lee,"), [("plan", 1)]),  # two owners
               (team.replace("OWNER", "owner: dana,").replace(
                   "{id: G2, unit: squad}", "{id: G2}"), [("plan", 1)])])  # not a team's


def test_a_team_plan_is_run_in_the_teams_own_reviews() -> None:
    team = TEAM_PLAN.replace(" LEAD", "").replace("GOAL", "") + \
        "reviews: [{id: R1, title: Scrum of scrums, cadence: biweekly, covers: [UNIT]}]\n"
    RuleTester(no_strategy_office).run(
        passes=[team.replace("UNIT", "team")],
        fails=[(team.replace("UNIT", "org"), [("plan", 1)]),  # the organization's review
               (team.replace("UNIT", "G1"), [("plan", 1)])])  # a review of one goal


def test_a_plan_whose_people_all_sit_on_its_sponsoring_body_is_run_by_that_body() -> None:
    council = ("plan: {id: p, sponsor: council}\nunits: [{id: council}, {id: staff}]\n"
               "people: [{id: ana, unit: council}, {id: raj, unit: UNIT}]\n")
    RuleTester(no_strategy_office).run(
        passes=[council.replace("UNIT", "council")],
        fails=[(council.replace("UNIT", "staff"), [("p", 1)]),  # someone outside it
               (council.replace("sponsor: council", "sponsor: ana")
                .replace("UNIT", "council"), [("p", 1)])])  # a person sponsors it


def test_a_board_whose_people_answer_only_for_initiatives_runs_its_plan() -> None:
    """A foundation's board budgets to hire a maintainer, who carries its priorities."""
    board = ("plan: {id: p, sponsor: board}\nunits: [{id: org}, {id: board, parent: org, "
             "name: BODY}UNIT]\npeople: [{id: alice, unit: org}]\ngoals: [{id: G1}, {id: G2}]\n"
             "initiatives: [{id: I1, owner: alice, supports: [G1]}]\n")

    def plan(body: str = "Board of Directors", unit: str = "") -> str:
        return board.replace("BODY", body).replace("UNIT", unit)
    RuleTester(no_strategy_office).run(
        passes=[plan()],
        fails=[(plan(unit=", {id: hr, parent: org}"), [("p", 1)]),  # a unit below it
               (plan(body="Leadership Team"), [("p", 1)]),  # not a governing body
               (plan().replace("{id: G1}", "{id: G1, owner: alice}"),
                [("p", 1)]),  # the one it names answers for a goal
               (plan().replace("unit: org}]", "unit: org, leader: true}]"),
                [("p", 1)]),  # a leader, whose staff it is
               (plan().replace("people: [{id: alice, unit: org}]\n", "")
                .replace("owner: alice, ", ""), [("p", 1)])])  # names nobody


def test_a_body_that_names_nobody_runs_its_plan_at_its_own_sessions() -> None:
    committee = ("plan: {id: p, sponsor: sc}\nunits: [{id: sc}, {id: ssp}]\n"
                 "reviews: [{id: R1, title: Regular session, cadence: annual, covers: [sc]}]\n")
    RuleTester(no_strategy_office).run(
        passes=[committee],
        fails=[(committee.replace("covers: [sc]", "covers: [ssp]"), [("p", 1)]),  # another's
               (committee.replace("cadence: annual, ", ""), [("p", 1)]),  # no rhythm stated
               (committee + "people: [{id: ana, unit: ssp}]\n", [("p", 1)])])  # names one


def test_a_body_that_names_nobody_runs_its_plan_at_a_review_it_lists_as_its_work() -> None:
    """A county holds its refuge plan's yearly co-management workshop as its own work."""
    county = ("plan: {id: p, sponsor: county}\nunits: [{id: county}, {id: ngo}]\n"
              "goals: [{id: O1}, {id: O2}]\n"
              "initiatives: [{id: I1, title: Refuge workshop, unit: county, supports: [O2]}]\n"
              "reviews: [{id: R1, title: Refuge workshop, cadence: annual, covers: [O1, O2]}]\n")
    RuleTester(no_strategy_office).run(
        passes=[county],
        fails=[(county.replace("unit: county", "unit: ngo"), [("p", 1)]),  # another's work
               (county.replace("covers: [O1, O2]", "covers: [O1]"), [("p", 1)]),  # some goals
               (county.replace("title: Refuge workshop, unit", "title: Signage, unit"),
                [("p", 1)])])  # the review is not listed as the body's work


def test_a_plan_naming_only_its_organisations_head_is_run_by_that_head() -> None:
    small = ("plan: {id: p, sponsor: board}\nunits: [{id: co, lead: jo}, {id: board, "
             "parent: co}]\npeople: [{id: jo, unit: co}PERSON]\n"
             "goals: [{id: G1, unit: co}, {id: G2, unit: GOAL_UNIT}]\n")
    RuleTester(no_strategy_office).run(
        passes=[small.replace("PERSON", "").replace("GOAL_UNIT", "co")],
        fails=[(small.replace("PERSON", ", {id: al, unit: co}").replace("GOAL_UNIT", "co"),
                [("p", 1)]),  # others the plan names could run it
               (small.replace("PERSON", "").replace("GOAL_UNIT", "board"),
                [("p", 1)]),  # goals of two units
               (small.replace("PERSON", "").replace("GOAL_UNIT", "co")
                .replace(", lead: jo", ""), [("p", 1)])])  # the one person leads nothing


def test_a_plan_of_one_goal_is_run_by_that_goals_owner() -> None:
    # a community's cycle goal, driven by its champion through the teams' work
    goal = ("plan: {id: p, sponsor: tc}\nunits: [{id: tc}, {id: team-a}, {id: team-b}]\n"
            "people: [{id: champ, name: Champion}]\n"
            "goals: [{id: G1, unit: tc, owner: OWNER}SECOND]\n"
            "initiatives: [{id: I1, unit: team-a, supports: [G1]}, "
            "{id: I2, unit: team-b, supports: [G1]}]\n")
    RuleTester(no_strategy_office).run(
        passes=[goal.replace("OWNER", "champ").replace("SECOND", "")],
        fails=[(goal.replace("OWNER", "tc").replace("SECOND", ""),
                [("p", 1)]),  # owned by a body, nobody named to run it
               (goal.replace("OWNER", "champ").replace("SECOND", ", {id: G2, unit: tc}"),
                [("p", 1)])])  # a plan of several goals


def test_a_plan_is_run_by_who_chairs_its_reviews_and_receives_its_reports() -> None:
    contract = ("plan: {id: p}\nunits: [{id: firm}, {id: registrar}]\n"
                "people: [{id: reg, unit: registrar}]\n"
                "reviews: [{id: R1, chair: reg, cadence: REVIEW}]\n"
                "communications: [{id: C1, audience: [AUDIENCE], cadence: REPORT}]\n")

    def plan(review: str = "quarterly", audience: str = "registrar",
             report: str = "quarterly") -> str:
        return contract.replace("REVIEW", review).replace("AUDIENCE", audience) \
            .replace("REPORT", report)
    RuleTester(no_strategy_office).run(
        passes=[plan(), plan(review="monthly", report="monthly")],
        fails=[(plan(review="annual"), [("p", 1)]),  # reviewed once a year
               (plan(audience="firm"), [("p", 1)]),  # the reports go to someone else
               (plan(report="annual"), [("p", 1)])])  # only a yearly report reaches them


def test_top_goal_not_led_fires_only_on_top_level_goals() -> None:
    [finding] = RuleTester(top_goal_not_led).assert_fails(TEAM + """\
goals:
  - id: G1
    owner: analyst
  - {id: G2, owner: ceo}
  - {id: G3, owner: analyst, parent: G2}
""", [("G1", 7)])
    assert finding.field == "owner"
    assert [related.node for related in finding.related] == ["analyst"]


def test_a_plan_marking_only_its_head_a_leader_lists_no_team() -> None:
    """A college's Director 'along with leadership team' is the custodian: the deans the
    Director gives the goals to may sit on that team, which the plan does not list."""
    RuleTester(top_goal_not_led).assert_passes(PEOPLE + "goals:\n  - {id: G1, owner: analyst}\n")


def test_a_top_goal_is_led_when_a_leader_co_owns_it() -> None:
    RuleTester(top_goal_not_led).assert_passes(
        PEOPLE + "goals:\n  - {id: G1, owner: analyst, co_owners: [ceo]}\n")


def test_a_goal_a_members_meeting_adopts_may_be_any_members() -> None:
    """A makerspace's members' general meeting adopts a goal a plain member proposed and
    champions: the meeting's vote gives it its authority; with a staff unit, or the
    member in a role of their own, the goal is still asked for a leader."""
    fragment = MEMBERS_MEETING + dedent("""\
        people:
          - {id: mia, name: Mia, role: Vorstand, unit: board, leader: true}
          - {id: jan, name: Jan, role: Vorstand, unit: board, leader: true}
          - {id: marc, name: Marc}
        goals:
          - {id: G1, title: AG Cyber, owner: mia}
          - {id: G2, title: Battle Bots, owner: marc}
        """)
    RuleTester(top_goal_not_led).assert_passes(fragment)
    for member, other in (("  - {id: board, name: Vorstand (board)}",
                           "  - {id: board, name: Vorstand (board)}\n  - {id: staff}"),
                          ("{id: marc, name: Marc}", "{id: marc, name: Marc, role: Coach}")):
        RuleTester(top_goal_not_led).assert_fails(fragment.replace(member, other),
                                                  [("G2", None)])


def test_top_goal_not_led_ignores_goals_reported_elsewhere() -> None:
    RuleTester(top_goal_not_led).run(passes=[
        "goals:\n  - {id: G1}\n",                          # unowned-goal
        "goals:\n  - {id: G1, owner: ghost}\n",            # dangling-reference
        "units: [{id: U1}]\ngoals:\n  - {id: G1, owner: U1}\n",  # wrong-reference-kind
        PEOPLE + "goals:\n  - {id: G1, owner: analyst, parent: G2}\n"
                 "  - {id: G2, owner: analyst, parent: G1}\n",  # no top in a parent cycle
        # a sub-unit's goal with no link to the strategy: orphan-goal
        PEOPLE + "units: [{id: group}, {id: depot, parent: group}]\n"
                 "goals:\n  - {id: D1, unit: depot, owner: analyst}\n",
    ])


def test_top_goal_not_led_checks_sub_unit_goals_on_the_strategy_map() -> None:
    RuleTester(top_goal_not_led).assert_fails(TEAM + """\
units: [{id: group}, {id: hr, parent: group}]
goals:
  - {id: G1, unit: group, owner: ceo}
  - {id: HR1, unit: hr, owner: analyst, drives: [G1]}
""", [("HR1", 8)])


def test_leadership_across_files(write: Write, tmp_path: Path) -> None:
    write("plan.yaml", "planlint: 1\nplan: {id: p, sponsor: ceo, office: ceo}\n"
                       "include: [units/*.yaml]\n")
    write("units/people.yaml",
          "planlint: 1\npeople:\n  - {id: ceo}\n  - {id: chair, leader: true}\n"
                                "  - {id: treasurer, leader: true}\n")
    write("units/goals.yaml", "planlint: 1\ngoals:\n  - {id: G1, owner: ceo}\n  - {id: G2}\n")
    report = lint(tmp_path / "plan.yaml", config=Config(select=["PL1"]))
    found = [(f.code, f.node, Path(f.location.file).name, f.location.line)
             for f in report.findings]
    assert found == [("PL104", "p", "plan.yaml", 2), ("PL106", "G1", "goals.yaml", 3),
                     ("PL101", "G2", "goals.yaml", 4)]


def test_example_leadership_findings() -> None:
    report = lint(EXAMPLE, config=Config(select=["PL1"]))
    assert [(f.code, f.node) for f in report.findings] == [("PL102", "I3")]


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=30, deadline=None)
@given(plan=plans())
def test_never_crashes_on_drawn_plans(plan: dict[str, Any]) -> None:
    codes = [rule.code for rule in rules_in(leadership)]
    report = lint(plan, config=Config(select=["PL000", *codes]))
    assert [f.message for f in report.findings if f.code == "PL000"] == []


def test_a_goal_that_only_groups_owned_goals_is_answered_for_through_them() -> None:
    fragment = PEOPLE + """\
goals:
  - {id: C, title: Collect}
  - {id: C1, title: Extend archive coverage, parent: C, owner: analyst}
  - {id: C2, title: Add two listers, parent: C, owner: ceo}
"""
    RuleTester(unowned_goal).assert_passes(fragment)
    RuleTester(unowned_goal).assert_fails(fragment + "  - {id: C3, parent: C}\n",
                                          [("C", 5), ("C3", 8)])
    RuleTester(unowned_goal).assert_fails(
        fragment.replace("{id: C, title: Collect}", "{id: C, title: Collect, metrics: [M1]}")
        + "metrics: [{id: M1, title: Archive size}]\n", [("C", 5)])


def test_a_choice_over_headings_of_owned_goals_is_answered_for_through_them() -> None:
    """A strategy's choice groups strategic goals that are headings themselves, each over
    budget goals that their units' heads answer for: the choice is answered for through
    them, as a heading over owned goals is. One goal at the bottom left to nobody leaves
    it and its heading asked for owners; a loop of parents is answered for by nobody."""
    fragment = PEOPLE + """\
units: [{id: finance, lead: analyst}, {id: hr, lead: ceo}]
goals:
  - {id: S, title: Well-led city with a balanced economy}
  - {id: S1, title: A strong economy, parent: S}
  - {id: S2, title: Skilled staff, parent: S}
  - {id: T1, title: Balance the operating budget, parent: S1, unit: finance}
  - {id: T2, title: Three training days per employee, parent: S2, unit: hr}
  - {id: T4, title: Hedge half of the loans, parent: S1, unit: finance}
  - {id: T5, title: Staff satisfied with their work, parent: S2, unit: hr}
  - {id: T6, title: Publish a procurement calendar, parent: S1, unit: finance}
"""
    RuleTester(unowned_goal).assert_passes(fragment)
    RuleTester(unowned_goal).assert_fails(fragment + "  - {id: T3, parent: S2}\n",
                                          [("S", 6), ("S2", 8), ("T3", 14)])
    RuleTester(unowned_goal).assert_fails(
        fragment.replace("{id: S, title: Well-led city with a balanced economy}",
                         "{id: S, title: Well-led city with a balanced economy, parent: S1}"),
        [("S", 6), ("S1", 7)])



PERSONAL = ("people: [{id: ann}, {id: bob LEADER}]\n"
            "goals:\n  - {id: A1, owner: ann}\n  - {id: A2, owner: ann}\n"
            "  - {id: B1, owner: bob}\n  - {id: B2, OWNER}\n")


def _personal(leader: str = "", owner: str = "owner: bob") -> str:
    return PERSONAL.replace(" LEADER", leader).replace("OWNER", owner)


@pytest.mark.parametrize("rule", [no_sponsor, no_strategy_office])
def test_peoples_own_objectives_are_not_asked_for_the_companys_sponsor_or_office(
        rule: Any) -> None:
    alone = "plan: {methodology: okr}\n" + _personal().replace("owner: bob", "owner: ann")
    RuleTester(rule).run(
        passes=[_personal(), alone],  # one person's own OKR page too
        fails=[(_personal(leader=", leader: true"), [("plan", 1)]),  # an executive's
               (_personal(owner="owner: ann"), [("plan", 1)]),  # bob holds one goal
               (_personal(owner="title: Ours"), [("plan", 1)]),  # a goal nobody owns
               (alone.replace("plan: {methodology: okr}\n", ""), [("plan", 1)])])  # no OKRs


def test_the_plans_one_whole_organization_aim_is_answered_for_by_its_sponsor() -> None:
    fragment = ("plan: {id: p, sponsor: council}\npeople: [{id: cook}]\n"
                "units: [{id: city}, {id: council, parent: city}, {id: parks, parent: city}]\n"
                "metrics: [{id: M1, title: City CO2 emissions}]\n"
                "goals:\n  - {id: G1, title: Cut CO2 by 40%, unit: city, metrics: [M1]}\n")
    RuleTester(unowned_goal).assert_passes(fragment)
    RuleTester(unowned_goal).assert_fails(
        fragment.replace("unit: city, metrics", "unit: parks, metrics"), [("G1", 6)])
    RuleTester(unowned_goal).assert_fails(
        fragment.replace("sponsor: council", "title: Climate plan"), [("G1", 6)])
    RuleTester(unowned_goal).assert_fails(
        fragment + "  - {id: G2, title: Plant trees, owner: cook}\n", [("G1", 6)])


def test_a_plan_that_names_goal_owners_is_judged_goal_by_goal() -> None:
    RuleTester(unowned_goal).assert_fails(
        "plan: {id: p, sponsor: ceo}\n" + PEOPLE + "units: [{id: safety}]\n"
        "goals:\n  - {id: T1, title: Ridership, owner: ceo}\n"
        "  - {id: SAF-1, title: Fewer assaults, unit: safety}\n"
        "initiatives:\n  - {id: P7, supports: [T1, SAF-1], owner: ceo}\n"
        "  - {id: P11, supports: [SAF-1], owner: analyst}\n", [("SAF-1", 8)])


def test_a_plan_whose_governing_body_sets_goals_of_its_own_is_sponsored_by_it() -> None:
    fragment = ("plan: {id: p}\n"
                "units: [{id: owd, name: Open Docs}, {id: gc, name: BODY, parent: owd},\n"
                "        {id: staff, name: Staff, parent: owd}]\n"
                "goals: [{id: G1, unit: gc}, {id: G2, unit: staff}]\n")
    RuleTester(no_sponsor).run(
        passes=[fragment.replace("BODY", "Governing Committee"),
                fragment.replace("BODY", "Board of Trustees")],
        fails=[(fragment.replace("BODY", "Advisory Board"), [("p", 1)])])


def test_a_governing_body_that_sets_no_goal_does_not_sponsor_the_plan() -> None:
    RuleTester(no_sponsor).assert_fails(
        "plan: {id: p}\n"
        "units: [{id: org, name: Charity}, {id: board, name: Board of Trustees, parent: org}]\n"
        "goals: [{id: G1, unit: org}]\n", [("p", 1)])


def test_goals_of_a_plan_one_person_sponsors_runs_and_reviews_are_answered_for() -> None:
    fragment = ("plan: {id: p, sponsor: thiery, office: ct}\n"
                "people: [{id: thiery, leader: true}, {id: pm}]\n"
                "units: [{id: ct, name: Coordination Team, lead: thiery}]\n"
                "reviews: [{id: R1, chair: CHAIR, cadence: semiannual, covers: [A1, A2]}]\n"
                "goals: [{id: A1}, {id: A2}]\n")
    RuleTester(unowned_goal).run(
        passes=[fragment.replace("CHAIR", "thiery")],
        fails=[(fragment.replace("CHAIR", "pm"), [("p", 1)]),
               (fragment.replace("covers: [A1, A2]", "covers: [A1]").replace("CHAIR", "thiery"),
                [("p", 1)])])


def test_a_plan_run_through_a_strategy_management_system_is_not_asked_for_an_office() -> None:
    fragment = "plan: {id: p, description: Progress is monitored in our SYSTEM.}\n"
    RuleTester(no_strategy_office).run(
        passes=[fragment.replace("SYSTEM", "strategy management system")],
        fails=[(fragment.replace("SYSTEM", "dashboard"), [("p", 1)])])


def test_a_plan_whose_units_report_monthly_to_a_performance_panel_is_run_by_it() -> None:
    trust = ("plan: {id: p}\nunits: [{id: adults}, {id: children}, {id: specialist}]\n"
             "reviews: [{id: R1, title: Senior Operations Performance Panel, "
             "cadence: CADENCE, covers: [COVERS]}]\n")
    RuleTester(no_strategy_office).run(
        passes=[trust.replace("CADENCE", "monthly").replace("COVERS", "adults, children"),
                trust.replace("CADENCE", "weekly").replace("COVERS", "adults, specialist")],
        fails=[(trust.replace("CADENCE", "quarterly").replace("COVERS", "adults, children"),
                [("p", 1)]),  # a quarterly review is the board's, not a panel's
               (trust.replace("CADENCE", "monthly").replace("COVERS", "adults"),
                [("p", 1)])])  # one unit's own meeting


@pytest.mark.parametrize("rule", [unowned_goal, unowned_initiative, unowned_metric,
                                  no_strategy_office, no_sponsor])
def test_a_plan_that_assigns_its_owners_in_another_document_is_not_asked_for_them(
        rule: Any) -> None:
    plan = ("planlint: 1\nplan: {id: museum}\npeople: [{id: ceo}, {id: cfo}]\n"
            "goals:\n  - {id: G1, title: Collections online, metrics: [M1, M2]}\n"
            "  - {id: G2, title: Wider audience, owner: ceo, metrics: [M1]}\n"
            "  - {id: G4, title: Sponsorship, owner: cfo, metrics: [M1]}\n"
            "  - {id: G3, title: Friends of the collection}\n"
            "metrics:\n  - {id: M1, title: Objects online}\n"
            "  - {id: M2, title: Visitors}\n"
            "initiatives:\n  - {id: I1, title: Database online, supports: [G1]}\n"
            "  - {id: I2, title: NAGPRA re-assessment, supports: [G1]}\n")
    RuleTester(rule).assert_fails(plan)
    # "A companion document includes assignment of primary and secondary responsibilities"
    RuleTester(rule).assert_passes(plan.replace("{id: museum}",
                                                "{id: museum, withheld: [owners]}"))


def test_a_bodys_programme_that_gives_each_goal_to_a_department_is_not_asked_for_owners(
) -> None:
    plan = ("planlint: 1\nplan: {id: p, sponsor: city}\n"
            "units:\n  - {id: city, name: City}\n"
            "  - {id: health, name: Secretariat of Health, parent: city}\n"
            "  - {id: care, name: Secretariat of Social Care, parent: city}\n"
            "goals:\n  - {id: G0, title: Older people}\n"
            "  - {id: G1, title: Open 8 health centres, parent: G0, unit: health}\n"
            "  - {id: G2, title: Open 15 day centres, parent: G0, unit: UNIT}\n")
    # each target given to one of the city's secretariats, whose head answers by office
    RuleTester(unowned_goal).assert_passes(plan.replace("UNIT", "care"))
    # one department only: the plan is that department's, and its head is not named
    RuleTester(unowned_goal).assert_fails(plan.replace("UNIT", "health"))
    # a plan that names people but no owner for any goal does not follow the practice
    RuleTester(unowned_goal).assert_fails(
        plan.replace("UNIT", "care").replace("units:", "people: [{id: ana}]\nunits:"))
    # a goal no department is given
    RuleTester(unowned_goal).assert_fails(
        plan.replace("UNIT", "care") + "  - {id: G3, title: Campaigns, parent: G0}\n")


def test_a_bodys_objectives_whose_indicators_each_name_a_responsible_organ_are_owned(
) -> None:
    plan = ("planlint: 1\nplan: {id: p, sponsor: igp, office: opp}\n"
            "units:\n  - {id: igp, name: Institute}\n"
            "  - {id: opp, name: Planning Office, parent: igp}\n"
            "  - {id: dc, name: Scientific Directorate, parent: igp}\n"
            "  - {id: gg, name: General Management, parent: igp}\n"
            "goals:\n  - {id: OEI.01, title: Research output, metrics: [M1]}\n"
            "  - {id: OEI.02, title: Institutional management, metrics: [M2]}\n"
            "metrics:\n  - {id: M1, title: Studies published, owner: dc}\n"
            "  - {id: M2, title: Processes improved, owner: OWNER}\n"
            "initiatives:\n  - {id: AEI.01.01, title: Studies, supports: [OEI.01], unit: dc}\n"
            "  - {id: AEI.02.01, title: Processes, supports: [OEI.02], unit: WORK}\n")
    # CEPLAN's PEI: each objective's indicator names its 'Unidad orgánica responsable' and
    # each strategic action is under an organ; each organ's head answers by office
    RuleTester(unowned_goal).assert_passes(plan.replace("OWNER", "gg").replace("WORK", "gg"))
    for failing in (plan.replace("OWNER", "dc").replace("WORK", "gg"),  # one organ only
                    plan.replace("OWNER", "igp").replace("WORK", "gg"),  # the whole body
                    plan.replace(", owner: OWNER", "").replace("WORK", "gg"),  # nobody's
                    plan.replace("OWNER", "gg").replace(", unit: WORK", ""),  # work nobody's
                    plan.replace("OWNER", "gg").replace("WORK", "gg").replace(
                        "metrics: [M1]}", "metrics: [M1, M2]}"),  # shared by two organs
                    plan.replace("OWNER", "gg").replace("WORK", "gg").replace(
                        "units:", "people: [{id: ana}]\nunits:")):  # a person named
        RuleTester(unowned_goal).assert_fails(failing)


def test_a_plan_that_gives_each_goal_to_one_of_its_committees_is_not_asked_for_owners(
) -> None:
    plan = ("planlint: 1\nplan: {id: p}\n"
            "units:\n  - {id: education, name: Education}\n"
            "  - {id: finance, name: Finance}\n"
            "goals:\n  - {id: '1', title: Engage members}\n"
            "  - {id: '1.1', title: Run 5 workshops, parent: '1', unit: education}\n"
            "  - {id: '1.2', title: Raise 40% of revenue from grants, parent: '1', unit: UNIT}\n")
    # 'Owner: Education', 'Owner: Finance': each committee answers for its own goals
    RuleTester(unowned_goal).assert_passes(plan.replace("UNIT", "finance"))
    # one committee only, a plan that names a leader or a sponsor, a goal given to nobody
    owned = plan.replace("UNIT", "finance")
    for failing in (plan.replace("UNIT", "education"),
                    owned.replace("units:", "people: [{id: ana, leader: true}]\nunits:"),
                    owned.replace("{id: p}", "{id: p, sponsor: finance}"),
                    owned + "  - {id: '1.3', title: Awards, parent: '1'}\n"):
        RuleTester(unowned_goal).assert_fails(failing)


def test_a_plan_that_gives_each_goal_to_one_of_its_working_groups_is_not_asked_for_owners(
) -> None:
    # a worker co-op's quarter, each objective listed under the working group pursuing it;
    # the members it names (a group's signatories, its staff) are not its heads
    plan = ("planlint: 1\nplan: {id: p}\npeople: [{id: ana, unit: fin}]\n"
            "units:\n  - {id: coop, name: Hypha Worker Co-operative}\n"
            "  - {id: fin, name: Finance WG, parent: coop}\n"
            "  - {id: ops, name: Operations WG, parent: coop}\n"
            "goals:\n  - {id: F1, title: Close the books monthly, unit: fin}\n"
            "  - {id: O1, title: Move to a new office, unit: ops}\n")
    RuleTester(unowned_goal).assert_passes(plan)
    # a group with a head, an organization that holds goals of its own or has a head,
    # groups placed deeper, a leader named
    for failing in (plan.replace("parent: coop}\n  - {id: ops", "parent: coop, lead: ana}\n"
                                 "  - {id: ops"),
                    plan + "  - {id: C1, title: Grow membership, unit: coop}\n",
                    plan.replace("Co-operative}", "Co-operative, lead: ana}"),
                    plan.replace("Co-operative}", "Co-operative, parent: fed}\n  - {id: fed}"),
                    plan.replace("unit: fin}]", "unit: fin, leader: true}]")):
        RuleTester(unowned_goal).assert_fails(failing)


def test_a_councils_plan_whose_goals_it_gives_to_another_department_is_not_asked_for_owners(
) -> None:
    plan = ("planlint: 1\nplan: {id: p, sponsor: SPONSOR, office: cole}\n"
            "people: [{id: cole, unit: manager}]\n"
            "units:\n  - {id: city, name: City}\n"
            "  - {id: council, name: City Council, parent: city}\n"
            "  - {id: manager, name: City Manager's Office, parent: city}\n"
            "  - {id: cpd, name: Police Department, parent: city}\n"
            "  - {id: team, name: Enforcement Team, parent: cpd}\n"
            "goals:\n  - {id: vz, title: Zero deaths by 2030, unit: city}\n"
            "  - {id: speed, title: Enforce speed limits, parent: vz, unit: team}\n")
    # the council adopts the plan; the Police Department's team carries its objective
    RuleTester(unowned_goal).assert_passes(plan.replace("SPONSOR", "council"))
    # the city itself sponsors it: one department's goal, its head not named
    RuleTester(unowned_goal).assert_fails(plan.replace("SPONSOR", "city"))
    # the department sponsors its own goal; or a person named who is not the office
    RuleTester(unowned_goal).assert_fails(plan.replace("SPONSOR", "cpd"))
    RuleTester(unowned_goal).assert_fails(
        plan.replace("SPONSOR", "council").replace("{id: cole, unit: manager}",
                                                   "{id: cole, unit: manager}, {id: ann}"))


def test_a_goal_grouping_measures_each_given_to_a_department_is_not_asked_for_an_owner(
) -> None:
    plan = ("planlint: 1\nplan: {id: p}\n"
            "units:\n  - {id: gov, name: Government}\n"
            "  - {id: edu, name: Ministry of Education, parent: gov}\n"
            "  - {id: jus, name: Ministry of Justice, parent: gov}\n"
            "goals:\n  - {id: C3, title: Energy efficiency of buildings}\n"
            "initiatives:\n  - {id: I1, title: New schools, unit: edu, supports: [C3]}\n"
            "  - {id: I2, title: Court buildings, unit: UNIT, supports: [C3]}\n")
    # each measure answered for by its ministry; the component sets no result of its own
    RuleTester(unowned_goal).assert_passes(plan.replace("UNIT", "jus"))
    # one department only, or a measure of the goal's own, or a plan that names people
    RuleTester(unowned_goal).run(fails=[
        (plan.replace("UNIT", "edu"), [("C3", None)]),
        (plan.replace("UNIT", "jus").replace("buildings}", "buildings, metrics: [M1]}")
         + "metrics: [{id: M1, title: Energy saved}]\n", [("C3", None)]),
        (plan.replace("UNIT", "jus").replace("units:", "people: [{id: ana}]\nunits:"),
         [("C3", None)])])


def test_a_unit_named_for_running_the_strategy_is_the_plans_office() -> None:
    plan = ("planlint: 1\nplan: {id: society-plan}\n"
            "units:\n  - {id: sp, name: Strategic Planning}\n"
            "  - {id: edu, name: Education}\n"
            "goals:\n  - {id: G1, title: Engage members in strategic efforts, unit: sp}\n"
            "  - {id: G2, title: Expand training for early-career members, unit: edu}\n")
    RuleTester(no_strategy_office).assert_passes(plan)
    RuleTester(no_strategy_office).assert_passes(
        plan.replace("Strategic Planning", "Office of Strategy Management"))
    # a committee named for something else runs its own goals, not the plan
    RuleTester(no_strategy_office).assert_fails(
        plan.replace("Strategic Planning", "Strategic Partnerships"), [("society-plan", None)])


#: A project's DEI audit: everyone named sits on the audit team, which meets every two weeks
#: over every focus area; no office or sponsor is named.
_AUDIT_TEAM = ("planlint: 1\nplan: {id: audit}\n"
               "units:\n  - {id: org}\n  - {id: team, name: NAME, parent: org}\n"
               "people: [{id: ana, unit: team}, {id: ben, unit: team}]\n"
               "goals: [{id: G1, unit: org}, {id: G2, unit: org}]\n"
               "reviews: [{id: R1, title: Audit team meetings, cadence: CADENCE, "
               "covers: [G1, G2]}]\n")


def test_a_plan_run_by_a_working_body_everyone_sits_on_is_not_asked_for_an_office() -> None:
    audit = _AUDIT_TEAM.replace("NAME", "DEI Audit Team")
    RuleTester(no_strategy_office).assert_passes(audit.replace("CADENCE", "biweekly"))
    RuleTester(no_strategy_office).run(fails=[
        (audit.replace("CADENCE", "quarterly"), [("audit", None)]),  # meets too seldom
        (audit.replace("CADENCE", "biweekly").replace("covers: [G1, G2]", "covers: [G1]"),
         [("audit", None)]),  # reviews part of the plan
        (_AUDIT_TEAM.replace("NAME", "Community department").replace("CADENCE", "biweekly"),
         [("audit", None)]),  # a department, not a working body
        (audit.replace("CADENCE", "biweekly").replace("{id: ben, unit: team}",
                                                      "{id: ben, unit: org}"),
         [("audit", None)]),  # someone named outside the body
    ])


def test_a_plan_run_by_a_working_body_and_marking_no_leader_is_not_asked_for_a_sponsor(
) -> None:
    audit = _AUDIT_TEAM.replace("NAME", "DEI Audit Team")
    RuleTester(no_sponsor).assert_passes(audit.replace("CADENCE", "biweekly"))
    RuleTester(no_sponsor).run(fails=[
        (audit.replace("CADENCE", "quarterly"), [("audit", None)]),  # meets too seldom
        (audit.replace("CADENCE", "biweekly").replace("{id: ben, unit: team}",
                                                      "{id: ben, unit: team, leader: true}"),
         [("audit", None)]),  # a leadership team the plan names, none of whom sponsors it
        (_AUDIT_TEAM.replace("NAME", "Community department").replace("CADENCE", "biweekly"),
         [("audit", None)]),  # a department, not a working body
    ])


def test_actions_under_a_championed_pillars_objectives_are_the_champions() -> None:
    # owners are given per pillar: its objectives name none, and their actions either
    pillars = ("plan: {id: p}\n" + PEOPLE +
               "goals:\n  - {id: P1, title: Outreach, owner: ceo}\n"
               "  - {id: O1, title: More participants, parent: P1}\n"
               "  - {id: O2, title: Economic impact, parent: P1}\n"
               "  - {id: P2, title: Advocacy, owner: analyst}\n"
               "  - {id: O3, title: Transparency, parent: P2}\n"
               "initiatives:\n  - {id: A1, title: Reporting software, supports: [O1]}\n"
               "  - {id: A2, title: Opioid crisis, supports: [O2]}\n"
               "  - {id: A3, title: Advisory group, supports: [TARGET]}\n")
    RuleTester(unowned_initiative).run(
        passes=[pillars.replace("TARGET", "O3")],
        fails=[  # objectives of two pillars whose champions differ: nobody is named
               (pillars.replace("TARGET", "O1, O3"), [("A3", 14)]),
               # work on the pillar itself, which has objectives below it
               (pillars.replace("TARGET", "P2"), [("A3", 14)]),
               # a plan that names owners per objective: the one without is a gap
               (pillars.replace("{id: O1, title: More participants, parent: P1}",
                                "{id: O1, title: More participants, parent: P1, owner: ceo}")
                .replace("{id: O2, title: Economic impact, parent: P1}",
                         "{id: O2, title: Economic impact, parent: P1, owner: ceo}")
                .replace("TARGET", "O3"), [("A3", 14)])])
    RuleTester(unowned_initiative, options={"inherit_goal_owner": False}).assert_fails(
        pillars.replace("TARGET", "O3"), [("p", 1)])


def test_a_heading_over_one_unowned_goal_is_reported_at_that_goal_only() -> None:
    # a board's areas, each with its goals: "Emergency Prep" heads one goal, which nobody
    # owns; one gap in two rows, reported at the goal
    plan = ("planlint: 1\npeople: [{id: ann}]\ngoals:\n"
            + "".join(f"  - {{id: G{n}, title: Area {n}, owner: ann}}\n" for n in range(1, 9))
            + "  - {id: H, title: Emergency Prep}\n"
            "  - {id: H1, title: Convert the drill to meeting points, parent: H}\n")
    RuleTester(unowned_goal).assert_fails(plan, [("H1", 13)])
    # a heading over two unowned goals, or one with a unit of its own, is still asked
    RuleTester(unowned_goal).assert_fails(
        plan + "  - {id: H2, title: Stock the shelters, parent: H}\n",
        [("H", 12), ("H1", 13), ("H2", 14)])
    RuleTester(unowned_goal).assert_fails(
        plan.replace("people: [{id: ann}]", "people: [{id: ann}]\nunits: [{id: prep}]")
            .replace("title: Emergency Prep}", "title: Emergency Prep, unit: prep}"),
        [("H", 13), ("H1", 14)])


def test_a_heading_over_work_the_plan_names_nobody_for_is_left_to_unowned_initiative() -> None:
    """A meeting's plans: events with targets, and "Plans for the website" over three
    actions; most of the work names nobody, which unowned-initiative reports once. The
    website heading is reported through that finding, not on its own; the events goal,
    with measures of its own, still is (the plan names an owner for one goal, so its
    goals are judged one by one). A heading with a unit or a measure, or one in a
    plan that names owners for most of its work, is asked as any goal."""
    plan = dedent("""\
        planlint: 1
        plan: {id: p, sponsor: board}
        units: [{id: board}]
        people: [{id: anneke, unit: board, leader: true}]
        goals:
          - id: E
            title: Events in 2026
            metrics: [{id: E1, title: Meetups held, target: {value: 6, date: 2026-12-31}}]
          - {id: W, title: Plans for the websiteGOAL}
          - {id: B, title: A marketing plan}
          - {id: M, title: Reach our members, owner: anneke}
        initiatives:
          - {id: E.1, title: Another conference, supports: [E]}
          - {id: W.1, title: More content on the website, supports: [W]}
          - {id: W.2, title: Interviews with developers, supports: [W]WORK}
          - {id: W.3, title: A content calendar, supports: [W]WORK}
          - {id: B.1, title: A meeting to start the marketing plan, supports: [B, M],
             owner: anneke}
        """)
    plain = plan.replace("GOAL", "").replace("WORK", "")
    RuleTester(unowned_goal).assert_fails(plain, [("E", 6)])
    RuleTester(unowned_initiative).assert_fails(plain, [("p", 2)])
    RuleTester(unowned_goal).assert_fails(
        plan.replace("GOAL", ", unit: board").replace("WORK", ""), [("E", 6), ("W", 9)])
    RuleTester(unowned_goal).assert_fails(
        plan.replace("GOAL", ", metrics: [{id: W1, title: Posts published}]")
            .replace("WORK", ""), [("E", 6), ("W", 9)])
    RuleTester(unowned_goal).assert_fails(
        plan.replace("GOAL", "").replace("WORK", ", owner: anneke"), [("E", 6), ("W", 9)])


def test_a_bodys_plan_whose_goals_it_gives_to_other_bodies_is_not_asked_for_owners(
) -> None:
    plan = ("planlint: 1\nplan: {id: p, sponsor: nhse, office: OFFICE}\n"
            "people: [{id: ceo, role: Chief Executive, unit: nhse, leader: true}]\n"
            "units:\n  - {id: nhse, name: NHS England}\n"
            "  - {id: icbs, name: Integrated care boards}\n"
            "goals:\n  - {id: P1, title: Reduce waiting times, unit: icbs}\n"
            "  - {id: P2, title: Improve A&E performance, unit: icbs}\n")
    # the national body sets the priorities and runs the plan; each ICB delivers them
    RuleTester(unowned_goal).assert_passes(plan.replace("OFFICE", "nhse"))
    RuleTester(unowned_goal).assert_passes(plan.replace("OFFICE", "ceo"))
    run = plan.replace("OFFICE", "nhse")
    for failing in (plan.replace("OFFICE", "icbs"),  # run by the body given the goals,
                    # as an agency runs the plan its board sponsors
                    plan.replace(", office: OFFICE", ""),  # run by nobody named
                    run.replace("unit: nhse, leader", "unit: icbs, leader"),  # one of it named
                    run + "  - {id: P3, title: Digital, unit: nhse}\n",  # its own goal
                    run + "  - {id: P3, title: Digital}\n"):  # a goal given to no body
        RuleTester(unowned_goal).assert_fails(failing)


#: A two-person project team's own OKRs: the two authors, named equally, are the plan's
#: one unit and hold its objective together.
TEAM_OKRS = ("plan: {id: p, methodology: okr}\nunits: [{id: team, name: Project B team}]\n"
             "people:\n  - {id: ana, role: Project author, unit: team}\n"
             "  - {id: raj, role: Project author, unit: team}\n"
             "goals:\n  - {id: O, title: Resolve place-attribute conflation, unit: team,\n"
             "     metrics: [{id: KR1, title: Rule-based accuracy, unit: '%', "
             "target: {value: 80}}]}\n")


@pytest.mark.parametrize(("check", "node"), [(no_sponsor, "p"), (no_strategy_office, "p"),
                                             (unowned_goal, "O"), (no_communication_plan, "p")])
def test_a_small_teams_own_okrs_ask_for_no_sponsor_office_owner_or_communication(
        check: Any, node: str) -> None:
    """The team, named equally and the plan's whole organization, answers for its
    objective together and has nobody else to tell it to, and a mentor it names besides,
    in no unit, changes nothing; a
    leader among them, two roles, a fourth member, a unit beside the team's or a plan
    that does not follow OKRs is still asked."""
    RuleTester(check).run(
        passes=[TEAM_OKRS, TEAM_OKRS.replace("goals:", "  - {id: rao, role: Professor}\ngoals:")],
        fails=[(TEAM_OKRS.replace("raj, role: Project author", "raj, role: Key result "
                                  "assignee"), [(node, None)]),
               (TEAM_OKRS.replace("unit: team}\n  -", "unit: team, leader: true}\n  -"),
                [(node, None)]),
               (TEAM_OKRS.replace("goals:", "  - {id: eve, role: Project author, unit: team}\n"
                                  "  - {id: kim, role: Project author, unit: team}\ngoals:"),
                [(node, None)]),
               (TEAM_OKRS.replace("name: Project B team}", "name: Project B team}, "
                                  "{id: board, name: Board of Trustees}"), [(node, None)]),
               (TEAM_OKRS.replace(", methodology: okr", ""), [(node, None)])])


#: An agency's priority goals as a data extract carries them: each goal's work is on its
#: goal page, not in the plan, and the extract names the leaders of all goals but one.
PRIORITY_GOALS = ("planlint: 1\nplan: {id: p, withheld: [initiatives]}\n"
                  "units: [{id: ssa, name: Social Security Administration}]\n"
                  "people: [{id: jones, unit: ssa}, {id: hall, unit: ssa}]\n"
                  "goals:\n  - {id: G1, title: Improve Initial Disability Claims, unit: ssa}\n"
                  "  - {id: G2, title: Improve the 800 Number, unit: ssa, owner: jones}\n"
                  "  - {id: G3, title: Improve Equity in SSI, unit: ssa, owner: hall}\n")


def test_a_goal_left_blank_beside_owned_goals_whose_work_is_withheld_is_not_asked() -> None:
    """The plan names who answers for every other goal of the level, and keeps the goals'
    work on pages it does not carry: the one blank record is the extract's, not a goal
    left to nobody. Where the plan carries its work, or names one other owner only, or
    the goal heads goals of its own, it is asked."""
    RuleTester(unowned_goal).run(
        passes=[PRIORITY_GOALS],
        fails=[(PRIORITY_GOALS.replace(", withheld: [initiatives]", ""), [("G1", None)]),
               (PRIORITY_GOALS.replace(", owner: hall", ""), [("G1", None), ("G3", None)]),
               (PRIORITY_GOALS.replace("  - {id: G3, title: Improve Equity in SSI, unit: ssa,"
                                       " owner: hall}\n", ""), [("G1", None)]),
               (PRIORITY_GOALS + "  - {id: G1a, title: Faster decisions, parent: G1, "
                                 "owner: jones}\n"
                                 "  - {id: G1b, title: Fewer old claims, parent: G1}\n",
                [("G1", None), ("G1b", None)])])


#: An agency's performance report that quotes the state's goals its measures track, as
#: the law that sets them states them.
STATE_GOALS = ("planlint: 1\nplan: {id: p, sponsor: odoe}\n"
               "units: [{id: odoe, name: Oregon Department of Energy}]\n"
               "goals:\n  - id: G-ZEV\n"
               "    title: Oregon's zero-emission vehicle adoption goals (Senate Bill 1044, 2019)\n"
               "  - id: G-GHG\n"
               "    title: 'Oregon''s greenhouse gas emissions reduction goals (ORS 468A.205; "
               "Executive Order 20-04): 45 percent below 1990 levels by 2035'\n")


def test_a_states_goal_quoted_with_the_law_that_sets_it_is_not_asked_for_an_owner() -> None:
    """A goal the plan names as a government's and sets by the law it cites is the
    state's, which nobody the agency names could own; the agency's own goal, or one it
    gives to a unit of its own, is asked."""
    RuleTester(unowned_goal).run(
        passes=[STATE_GOALS],
        fails=[(STATE_GOALS.replace("(Senate Bill 1044, 2019)", "by 2030"), [("G-ZEV", None)]),
               (STATE_GOALS.replace("    title: Oregon's", "    unit: odoe\n    title: Oregon's"),
                [("G-ZEV", None)]),
               (STATE_GOALS.replace("Oregon's zero", "Our zero"), [("G-ZEV", None)])])
