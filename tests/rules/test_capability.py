"""PL5 capability: owner-overloaded, skill-gap, unstaffed-initiative."""

from __future__ import annotations

from textwrap import dedent

import pytest

from planlint.errors import UsageError
from planlint.rules.capability import owner_overloaded, skill_gap, unstaffed_initiative
from planlint.testing import RuleTester


def _owning(goals: int, initiatives: int, status: str = "active") -> str:
    lines = ["planlint: 1", "people: [{id: cfo, name: Grace Okafor}, {id: coo}]", "goals:"]
    lines += [f"  - {{id: G{n}, owner: cfo}}" for n in range(goals)]
    lines += ["initiatives:"]
    lines += [f"  - {{id: I{n}, owner: cfo, status: {status}}}" for n in range(initiatives)]
    return "\n".join(lines) + "\n"


class TestOwnerOverloaded:
    def test_more_than_max_owned_fires_at_the_person(self) -> None:
        [finding] = RuleTester(owner_overloaded).assert_fails(_owning(5, 3), [("cfo", 2)])
        assert "owns 8 goals and open initiatives (5 goals, 3 initiatives" in finding.message
        assert "more than max_owned 7" in finding.message
        assert [item.node for item in finding.related] == [
            *(f"G{n}" for n in range(5)), *(f"I{n}" for n in range(3))]

    def test_a_past_periods_goals_are_not_load(self) -> None:
        plan = _owning(5, 3).replace("goals:", "plan: {horizon: {start: 2019-04-01}}\ngoals:")
        past = plan.replace("{id: G0, owner: cfo}", "{id: G0, owner: cfo, due: DUE}")
        RuleTester(owner_overloaded).assert_passes(past.replace("DUE", "2019-03-31"))
        RuleTester(owner_overloaded).assert_fails(past.replace("DUE", "2019-04-01"),
                                                  [("cfo", 2)])

    def test_a_goal_restating_its_parent_counts_with_it(self) -> None:
        """A year's objective set again, word for word, for each quarter under it is one
        objective (a manager's OKR page: the year's four, then T1's and T2's four)."""
        plan = _owning(4, 3).replace("{id: G0, owner: cfo}", "{id: G0, owner: cfo, title: Hire}")
        quarters = plan.replace("initiatives:", "  - {id: Q1, owner: cfo, parent: G0, "
                                "title: '  hire', due: 2019-03-31}\n  - {id: Q2, owner: cfo, "
                                "parent: G0, title: Hire, due: 2019-06-30}\ninitiatives:")
        RuleTester(owner_overloaded).assert_passes(quarters)
        RuleTester(owner_overloaded).assert_fails(  # another objective under the year's
            quarters.replace("title: Hire, due", "title: Retain, due"), [("cfo", 2)])
        RuleTester(owner_overloaded).assert_fails(  # the year's objective is another's
            quarters.replace("{id: G0, owner: cfo, title: Hire}", "{id: G0, owner: coo, "
                             "title: Hire}\n  - {id: G4, owner: cfo}"), [("cfo", 2)])

    def test_items_owned_with_co_owners_share_the_load(self) -> None:
        shared = _owning(5, 3).replace("{id: G0, owner: cfo}",
                                       "{id: G0, owner: cfo, co_owners: [coo]}")
        RuleTester(owner_overloaded).assert_passes(shared)

    def test_exactly_max_owned_passes(self) -> None:
        RuleTester(owner_overloaded).assert_passes(_owning(4, 3))

    @pytest.mark.parametrize("status", ["done", "cancelled"])
    def test_finished_initiatives_do_not_count(self, status: str) -> None:
        RuleTester(owner_overloaded).assert_passes(_owning(5, 3, status))

    def test_option_lowers_the_limit(self) -> None:
        RuleTester(owner_overloaded, options={"max_owned": 2}).assert_fails(
            _owning(2, 1), [("cfo", 2)])

    def test_unscheduled_steps_of_ones_own_goals_count_with_them(self) -> None:
        # an individual's activities listed under their own objectives
        steps = _owning(5, 0) + "".join(
            f"  - {{id: A{n}, owner: cfo, supports: [G{n}]}}\n" for n in range(5))
        RuleTester(owner_overloaded).assert_passes(steps)
        # scheduled work, or a step toward someone else's goal, is a load of its own
        other = steps.replace("{id: G0, owner: cfo}", "{id: G0, owner: coo}")
        scheduled = other.replace("supports: [G1]", "supports: [G1], status: active").replace(
            "supports: [G2]", "supports: [G2], start: 2025-01-01").replace(
            "supports: [G3]", "supports: [G3], end: 2025-06-30")
        RuleTester(owner_overloaded).assert_fails(
            scheduled, [("cfo", 2, "owns 8 goals and open initiatives (4 goals, 4 initiatives")])

    def test_the_bullets_of_one_row_under_one_lead_count_once(self) -> None:
        # an action plan's row: an objective with no owner, its actions all given to one
        # Lead and due by the row's one Deadline
        rows = dedent("""\
            planlint: 1
            people: [{id: lead}]
            goals: [{id: G1, owner: lead}, {id: G2, owner: lead}, {id: "3"}, {id: "4"}]
            initiatives:
            """) + "".join(
            f"  - {{id: '3.{n}', owner: lead, supports: ['3'], end: 2026-03-31}}\n"
            for n in range(1, 4)) + "".join(
            f"  - {{id: '4.{n}', owner: lead, supports: ['4'], end: 2025-06-30}}\n"
            for n in range(1, 6))
        RuleTester(owner_overloaded).assert_passes(rows)
        # a piece with a date of its own, a status of its own, or a goal with an owner of
        # its own: each piece is a load of its own again
        RuleTester(owner_overloaded).assert_fails(
            rows.replace("supports: ['4'], end: 2025-06-30}\n  - {id: '4.2'",
                         "supports: ['4'], end: 2025-09-30}\n  - {id: '4.2'"), [("lead", 2)])
        RuleTester(owner_overloaded).assert_fails(
            rows.replace("{id: '4.1', owner: lead,", "{id: '4.1', owner: lead, status: active,"),
            [("lead", 2)])
        RuleTester(owner_overloaded).assert_fails(
            rows.replace('{id: "4"}', '{id: "4", owner: lead}'), [("lead", 2)])

    def test_work_dated_one_after_another_is_not_carried_at_once(self) -> None:
        """A product owner's bars on a team's timeline, one after another, are load only
        while each runs: the most under way on one day count (two here), with the goals
        and the work with a status or no dates, which count always."""
        bars = "\n".join(
            f"  - {{id: T{n}, owner: cfo, start: 2026-{n + 1:02}-01, end: 2026-{n + 1:02}-28}}"
            for n in range(8))
        fragment = dedent("""\
            planlint: 1
            people: [{id: cfo, name: Grace Okafor}]
            initiatives:
              - {id: P1, owner: cfo, start: 2026-03-15, end: 2026-04-15}
            """) + bars + "\n"
        RuleTester(owner_overloaded).assert_passes(fragment)
        RuleTester(owner_overloaded).assert_passes(_owning(5, 0).replace(
            "initiatives:\n", "initiatives:\n" + fragment.split("initiatives:\n")[1]))
        [finding] = RuleTester(owner_overloaded).assert_fails(_owning(6, 0).replace(
            "initiatives:\n", "initiatives:\n" + fragment.split("initiatives:\n")[1]),
            [("cfo", 2)])
        assert "(6 goals, 2 initiatives: G0, G1, G2, G3, G4, G5, P1, T2; of the work " \
               "placed by its dates, only that under way on 2026-03-15)" in finding.message
        # bars that run together are carried together, and a status says the work is open
        RuleTester(owner_overloaded).assert_fails(
            fragment.replace("-28}", "-28, status: planned}"), [("cfo", 2)])
        RuleTester(owner_overloaded).assert_fails(
            fragment.replace("end: 2026-", "end: 2027-"), [("cfo", 2)])

    def test_metrics_and_budgets_do_not_count(self) -> None:
        fragment = _owning(7, 0) + dedent("""\
            metrics: [{id: M1, owner: cfo}, {id: M2, owner: cfo}]
            budgets: [{id: B1, owner: cfo}]
            """)
        RuleTester(owner_overloaded).assert_passes(fragment)

    def test_bad_option_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError, match="max_owned: should be greater than or equal to 1"):
            RuleTester(owner_overloaded, options={"max_owned": 0}).findings("planlint: 1\n")

    def test_empty_plan_passes(self) -> None:
        RuleTester(owner_overloaded).assert_passes("planlint: 1\npeople: []\n")


class TestSkillGap:
    def test_missing_skill_fires_at_skills(self) -> None:
        fragment = dedent("""\
            planlint: 1
            people:
              - {id: haddad, skills: [dealer relations]}
              - {id: ito, skills: [logistics]}
            initiatives:
              - id: I1
                owner: haddad
                team: [ito, haddad]
                skills: [Logistics, warehouse automation, dealer  relations]
            """)
        [finding] = RuleTester(skill_gap).assert_fails(fragment, [("I1", 9)])
        assert finding.field == "skills"
        assert "'warehouse automation'" in finding.message
        assert "Logistics" not in finding.message
        assert "(haddad, ito)" in finding.message
        assert [item.node for item in finding.related] == ["haddad", "ito"]

    def test_skill_of_the_owner_alone_covers_it(self) -> None:
        RuleTester(skill_gap).assert_passes(dedent("""\
            planlint: 1
            people: [{id: haddad, skills: [logistics]}]
            initiatives: [{id: I1, owner: haddad, skills: [logistics]}]
            """))

    def test_nobody_named_is_left_to_other_rules(self) -> None:
        RuleTester(skill_gap).assert_passes(dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, skills: [logistics]}
              - {id: I2, owner: ghost, team: [nobody], skills: [logistics]}
            """))

    def test_finished_initiatives_pass(self) -> None:
        RuleTester(skill_gap).assert_passes(dedent("""\
            planlint: 1
            people: [{id: haddad}]
            initiatives: [{id: I1, owner: haddad, status: done, skills: [logistics]}]
            """))

    def test_no_skills_needed_passes(self) -> None:
        RuleTester(skill_gap).assert_passes(dedent("""\
            planlint: 1
            people: [{id: haddad}]
            initiatives: [{id: I1, owner: haddad, skills: []}]
            """))

    def test_team_member_in_another_file_counts(self, tmp_path: object) -> None:
        from pathlib import Path

        folder = Path(str(tmp_path))
        (folder / "units").mkdir()
        (folder / "plan.yaml").write_text(dedent("""\
            planlint: 1
            include: [units/*.yaml]
            initiatives: [{id: I1, owner: haddad, team: [ito], skills: [logistics, sql]}]
            """))
        (folder / "units" / "people.yaml").write_text(dedent("""\
            planlint: 1
            people:
              - {id: haddad}
              - {id: ito, skills: [logistics]}
            """))
        [finding] = RuleTester(skill_gap).assert_fails(folder / "plan.yaml", [("I1", 3)])
        assert "'sql'" in finding.message and "'logistics'" not in finding.message


class TestUnstaffedInitiative:
    def test_active_without_team_fires(self) -> None:
        fragment = dedent("""\
            planlint: 1
            people: [{id: russo}]
            initiatives:
              - {id: I1, owner: russo, status: active}
              - {id: I2, owner: russo, status: active, team: []}
              - {id: I3, owner: russo, status: active, team: [russo]}
              - {id: I4, owner: russo, status: active, team: [russo]}
            """)
        findings = RuleTester(unstaffed_initiative).assert_fails(
            fragment, [("I1", 4), ("I2", 5)])
        assert findings[0].field is None and findings[1].field == "team"

    def test_work_on_hold_is_not_under_way(self) -> None:
        # parked work needs no team until a decision takes it up again
        fragment = dedent("""\
            planlint: 1
            people: [{id: russo}]
            initiatives:
              - {id: I1, owner: russo, status: STATUS}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace("STATUS", "on-hold"))
        RuleTester(unstaffed_initiative).assert_fails(fragment.replace("STATUS", "active"),
                                                      [("I1", 4)])

    def test_a_volunteer_body_naming_nobody_is_staffed_by_its_volunteers(self) -> None:
        """A national sports body's strategy that names no person, its only other units
        its Management Committee and its members, and says it works 'with our volunteer
        workforce': its 'we' is the team. A body that does not say so, or names an
        office of its own that could have been given the work, is still asked."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: strategy, sponsor: body, description: WORDS}
            units:
              - {id: body, name: Stoolball England}
              - {id: committee, name: UNIT, parent: body}
              - {id: members, name: Affiliated members of Stoolball England, parent: body}
            goals: [{id: G1, title: Grow the game beyond the south-east}]
            initiatives:
              - {id: I1, title: Keep the website up to date, supports: [G1], status: active}
              - {id: I2, title: Keep up relations with allies, supports: [G1], status: active}
            """)
        volunteers = "To achieve as much as possible with our volunteer workforce."
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("WORDS", volunteers).replace("UNIT", "Management Committee"))
        for words, unit in [("To achieve as much as possible.", "Management Committee"),
                            (volunteers, "Development Office")]:
            [finding] = RuleTester(unstaffed_initiative).findings(
                fragment.replace("WORDS", words).replace("UNIT", unit))
            assert finding.node == "strategy" and finding.message.startswith("all 2 active")

    @pytest.mark.parametrize("title", [
        "'Component 4: Contingent Emergency Response Component (CERC)'",
        "Plan for an unscheduled election (listing potential freelance hires)"])
    def test_work_held_ready_for_an_event_is_not_under_way(self, title: str) -> None:
        """Work held ready for an event that may not come (a World Bank project's CERC, a
        civic organisation's readiness for a snap election) is staffed when the event
        comes; a plan to write for such an event is work under way."""
        fragment = dedent("""\
            planlint: 1
            people: [{id: russo}]
            initiatives:
              - {id: I1, owner: russo, status: active, title: TITLE}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace("TITLE", title))
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("TITLE", "Develop a contingency plan for an unscheduled election"),
            [("I1", 4)])

    def test_a_grantees_work_is_staffed_by_the_grantee(self) -> None:
        """A charity's grant to an outside researcher: who is in her laboratory is the
        grantee's affair, not the funder's plan's."""
        fragment = dedent("""\
            planlint: 1
            people: [{id: przybyl, name: "Joanna Przybyl, PhD"}]
            initiatives:
              - {id: I1, title: "Funded research: liquid biopsy assay", owner: przybyl,
                 status: activeGRANTEE}
            """)
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("GRANTEE", ", grantee: 'Joanna Przybyl, PhD, McGill University'"))
        RuleTester(unstaffed_initiative).assert_fails(fragment.replace("GRANTEE", ""),
                                                      [("I1", 4)])

    def test_a_teams_own_plan_is_staffed_by_the_team(self) -> None:
        fragment = dedent("""\
            planlint: 1
            units: [{id: terminal}, {id: shell}]
            people: [{id: lead, unit: terminal}, {id: dev, unit: UNIT}]
            goals: [{id: G1, unit: terminal}]
            initiatives:
              - {id: I1, status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace("UNIT", "terminal"))
        RuleTester(unstaffed_initiative).assert_fails(fragment.replace("UNIT", "shell"),
                                                      [("I1", 6)])
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace(", unit: UNIT", ""), [("I1", 6)])

    def test_a_teams_own_list_of_work_is_staffed_by_the_team(self) -> None:
        """A list of work alone, no goal or measure: a product team's yearly focus page
        inside a university (its faculty libraries named as partners), or a small
        developer's roadmap whose only unit is the organization that publishes it."""
        inside = dedent("""\
            planlint: 1
            units: [{id: ugent}, {id: library, parent: ugent}, {id: faculties, parent: ugent}]
            initiatives:
              - {id: I1, status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(inside)
        # a goal makes it another style's plan, asked for teams as before
        RuleTester(unstaffed_initiative).assert_fails(
            inside + "goals: [{id: G1}]\n", [("I1", 4)])
        # work given to two units is divided among the organization's units
        RuleTester(unstaffed_initiative).assert_fails(
            inside + "  - {id: I2, status: done, unit: library}\n"
                     "  - {id: I3, status: done, unit: faculties}\n", [("I1", 4)])
        alone = dedent("""\
            planlint: 1
            plan: {id: roadmap, sponsor: mesh, as_of: 2025-12-15}
            units: [{id: mesh}]
            initiatives:
              - {id: I1, start: 2025-10-01, end: 2025-12-31}
            """)
        RuleTester(unstaffed_initiative).assert_passes(alone)
        # a second unit it names is one the work could be given to
        RuleTester(unstaffed_initiative).assert_fails(
            alone.replace("[{id: mesh}]", "[{id: mesh}, {id: partner}]"), [("I1", 5)])

    def test_work_under_a_goal_its_units_head_owns_is_the_units(self) -> None:
        """A foundation's Developer Experience area: its director owns the pedagogy goal
        and runs the course listed under it."""
        fragment = dedent("""\
            planlint: 1
            units: [{id: uf}, {id: dx, parent: uf, lead: ann}, {id: grants, parent: uf}]
            people: [{id: ann, unit: dx}, {id: bo, unit: grants}]
            goals:
              - {id: G1, unit: dx, owner: OWNER}
              - {id: G2, unit: grants}
            initiatives:
              - {id: I1, supports: [G1], status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace("OWNER", "ann"))
        # a goal someone else owns is not the head's own work
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("OWNER", "bo"), [("I1", 8)])

    def test_work_its_owner_is_said_to_do_is_staffed_by_the_owner(self) -> None:
        """A supporters' trust's AGM report: 'Dave Jennings has had a number of
        conversations with local businesses'; the owner named as doing the work is its
        team."""
        fragment = dedent("""\
            planlint: 1
            people:
              - {id: dj, name: Dave Jennings}
              - {id: tw, name: Tarran Wilson, leader: true}
            initiatives:
              - {id: I1, status: active, team: [tw]}
              - {id: I2, status: active, owner: OWNER,
                 description: "DOER has had a number of conversations with local businesses"}
            """)
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("OWNER", "dj").replace("DOER", "Dave Jennings"))
        # an owner named only as leading it, or a leader named at work, names no team
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("OWNER", "dj").replace(
                "DOER has had", "We have begun a process, led by Dave Jennings, with"),
            [("I2", 7)])
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("OWNER", "tw").replace("DOER", "Tarran Wilson"), [("I2", 7)])
        # someone else at work on it is not its owner
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("OWNER", "dj").replace("DOER", "Tarran Wilson"), [("I2", 7)])

    def test_a_companys_own_plan_is_staffed_though_it_names_the_board_that_sponsors_it(
            self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {id: soi, sponsor: board}
            units: [{id: airport}, {id: board, parent: airport}]
            people: [{id: ceo, unit: airport}, {id: chair, unit: board}]
            goals: [{id: G1, unit: airport}]
            initiatives:
              - {id: I1, supports: [G1], status: active, OWNER}
            """)
        # the directors govern the company's work; its own staff do it
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace(", OWNER", ""))
        # a director who owns the work is one of those doing it
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("OWNER", "owner: chair"), [("I1", 7)])
        # a board that does not sponsor the plan is another unit of the company
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace(", sponsor: board", "").replace(", OWNER", ""), [("I1", 7)])

    def test_a_bodys_own_plan_is_staffed_by_its_members(self) -> None:
        """A parish council's mission action plan: the council is the plan's only unit
        and its sponsor, chaired by its incumbent; no staff stands beside it."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: map, sponsor: pcc, as_of: 2022-03-31}
            units: [{id: pcc, lead: priest}]
            people: [{id: priest, unit: pcc}]
            goals: [{id: G1}]
            initiatives:
              - {id: I1, supports: [G1], status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment)
        # a second unit makes the council one body among others, governing their work
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("[{id: pcc, lead: priest}]",
                             "[{id: pcc, lead: priest}, {id: parish}]"), [("I1", 7)])
        # a plan a person sponsors is not the body's own
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("sponsor: pcc", "sponsor: priest"), [("I1", 7)])

    def test_a_members_meetings_plan_is_staffed_by_its_members(self) -> None:
        """A makerspace's goals voted at its members' general meeting: the members who
        pledge to take part do the work; with a staff unit it is asked for teams."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, sponsor: mv, office: board, as_of: 2025-06-30}
            units:
              - {id: mv, name: Mitgliederversammlung (members' general meeting)}
              - {id: board, name: Vorstand (board)}
            people:
              - {id: mia, role: Vorstand, unit: board, leader: true}
              - {id: marc}
            goals: [{id: G1, title: Jugendarbeit, owner: mia}]
            initiatives:
              - {id: I1, title: kreativraum, owner: marc, supports: [G1], status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment)
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("  - {id: board, name: Vorstand (board)}\n",
                             "  - {id: board, name: Vorstand (board)}\n  - {id: shop}\n"),
            [("I1", None)])

    def test_a_teams_own_plan_stays_its_own_though_it_names_who_did_finished_work(
            self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {id: list, sponsor: tsc}
            units: [{id: project}, {id: tsc, parent: project}]
            people: [{id: chair, unit: tsc}, {id: past, unit: project}]
            initiatives:
              - {id: I1, owner: chair, status: active}
              - {id: I2, owner: past, status: STATUS}
            """)
        # the former champion of work that is over staffs none of the work under way
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace("STATUS", "done"))
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("STATUS", "cancelled"))
        # one who still holds work outside the team makes the plan not the team's own
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("STATUS", "active"), [("list", 2)])

    def test_the_people_named_equally_for_work_are_its_team(self) -> None:
        fragment = dedent("""\
            planlint: 1
            units: [{id: office}]
            people:
              - {id: maryam, name: Maryam}
              - {id: rashaad, name: Rashaad}
              - {id: outreach, name: Outreach Specialists, role: Outreach Specialists}
            initiatives:
              - {id: I1, owner: maryam, co_owners: [rashaad], status: active}
              - {id: I2, owner: outreach, status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment)
        # one person named is an owner, not a team
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace(", co_owners: [rashaad]", ""), [("I1", 8)])
        # leaders named together direct the work; they do not staff it
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("name: Rashaad}", "name: Rashaad, leader: true}"), [("I1", 8)])
        # a person whose name merely ends in s is one person, not a role held by several
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("co_owners: [rashaad]", "co_owners: [rashaad], team: [maryam]")
            .replace("name: Outreach Specialists, role: Outreach Specialists",
                     "name: Chris Evans, role: Outreach Specialist"), [("I2", 9)])

    def test_one_person_named_where_the_column_names_pairs_is_the_doer(self) -> None:
        fragment = dedent("""\
            planlint: 1
            units: [{id: trust}]
            people:
              - {id: jones, name: Louise Jones}
              - {id: chair, name: Women's Network Chair, role: Women's Network Chair}
              - {id: lucy, name: Lucy Mackcracken}
            initiatives:
              - {id: "1.1", owner: lucy, status: active}
              - {id: "1.2", owner: jones, co_owners: [chair], status: active}
              - {id: "3.1", owner: lucy, status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment)
        # with no other work naming several people, the one named is an owner, not a team
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace(", co_owners: [chair]", ""), [("plan", 1)])
        # a plan that names teams keeps its owners apart from the people doing the work
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("co_owners: [chair]", "co_owners: [chair], team: [jones]"),
            [("1.1", 8), ("3.1", 10)])
        # a pair with a leader in it directs the work; the column is not its doers
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("name: Louise Jones}", "name: Louise Jones, leader: true}"),
            [("plan", 1)])

    def test_work_of_goals_each_given_to_a_committee_of_its_own_is_staffed(self) -> None:
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: library}
              - {id: c1, name: Staff committee assigned to the brand priority, parent: library}
              - {id: c2, name: NAME, parent: library}
            goals: [{id: G1, unit: c1}, {id: G2, unit: c2}, {id: G3, unit: UNIT}]
            initiatives:
              - {id: I1, supports: [G1, G2], status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("NAME", "Technology task force").replace("UNIT", "library"))
        # a unit named as a department, not a working body
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("NAME", "Technology department").replace("UNIT", "library"),
            [("I1", 8)])
        # a committee that holds another goal too is not that goal's own
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("NAME", "Technology task force").replace("UNIT", "c2"),
            [("I1", 8)])

    def test_work_given_only_to_the_working_group_formed_to_run_the_plan_is_staffed(
            self) -> None:
        # an accessibility plan: "an internal working group is formed to materialize the
        # plan"; no action names anyone else; who leads each is unowned-initiative's question
        fragment = dedent("""\
            planlint: 1
            plan: {office: wg}
            units:
              - {id: airline}
              - {id: wg, name: NAME, parent: airline}
            people: [{id: manager}]
            initiatives:
              - {id: I1, status: active}
              - {id: I2, status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("NAME", "Internal working group on the plan"))
        # an office named as a department, not a working body
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("NAME", "Strategy department"),
            [("plan", None, "all 2 active initiatives")])
        # work the plan gives to someone else is not the working group's
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("NAME", "Internal working group on the plan").replace(
                "{id: I2, status: active}", "{id: I2, status: active, owner: manager}"),
            [("plan", None, "all 2 active initiatives")])
    def test_work_of_the_working_body_that_runs_the_plan_unnamed_is_staffed(self) -> None:
        # a project's DEI audit: everyone named sits on the audit team, which meets every two
        # weeks over every focus area; one item goes to another working group
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: org}
              - {id: team, name: NAME, parent: org}
              - {id: wg, name: Metrics working group, parent: org}
            people: [{id: ana, unit: team}, {id: ben, unit: team}]
            goals: [{id: G1, unit: org}, {id: G2, unit: org}]
            initiatives:
              - {id: I1, status: active, supports: [G1]}
              - {id: I2, status: active, supports: [G2]}
              - {id: I3, status: active, supports: [G2], unit: wg}
            reviews:
              - {id: R1, cadence: CADENCE, covers: [G1, G2]}
            """)
        audit = fragment.replace("NAME", "DEI Audit Team")
        RuleTester(unstaffed_initiative).assert_passes(audit.replace("CADENCE", "biweekly"))
        # meeting once a quarter, the body does not run the work between its meetings
        RuleTester(unstaffed_initiative).assert_fails(
            audit.replace("CADENCE", "quarterly"), [("I1", None), ("I2", None)])
        # a department, not a working body
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("NAME", "Community department").replace("CADENCE", "biweekly"),
            [("I1", None), ("I2", None)])
        # someone the plan names outside the body
        RuleTester(unstaffed_initiative).assert_fails(
            audit.replace("CADENCE", "biweekly").replace(
                "{id: ben, unit: team}", "{id: ben, unit: org}"),
            [("I1", None), ("I2", None)])
        # work the plan gives to one of the members is not the body's as a whole
        RuleTester(unstaffed_initiative).assert_fails(
            audit.replace("CADENCE", "biweekly").replace(
                "{id: I1, status: active, supports: [G1]}",
                "{id: I1, status: active, supports: [G1], owner: ana}"),
            [("I1", None), ("I2", None)])


    def test_a_team_inside_a_larger_organization_is_staffed_by_its_members(self) -> None:
        fragment = dedent("""\
            planlint: 1
            units: [{id: k8s}, {id: sig, parent: k8s}, {id: infra, parent: k8s}]
            PEOPLE
            goals: [{id: G1, unit: sig}]
            initiatives:
              - {id: I1, supports: [G1], status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace("PEOPLE", ""))
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("PEOPLE", "people: [{id: ana, unit: sig}]"))
        # someone outside the team, or a team placed under nothing, is not this style
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("PEOPLE", "people: [{id: ana, unit: infra}]"), [("I1", 6)])
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("PEOPLE", "").replace(", parent: k8s}, {id: infra", "}, {id: infra"),
            [("I1", 6)])

    def test_a_led_team_is_staffed_though_the_plan_names_its_leaders_and_ministers(
            self) -> None:
        fragment = dedent("""\
            planlint: 1
            units: [{id: doc, lead: secretary}, {id: infra, parent: doc, lead: robinson},
                    {id: deploy, parent: infra, lead: grainger}, {id: content, parent: doc}]
            people:
              - {id: secretary, unit: doc, leader: true}
              - {id: robinson, unit: infra, leader: true}
              - {id: grainger, unit: deploy}
              - {id: minister}
              - OUTSIDER
            goals: [{id: G1, unit: infra}]
            initiatives:
              - {id: I1, supports: [G1], status: active}
            """)
        # the secretary and the minister direct the group's work; its branches staff it
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("OUTSIDER", "{id: pelling, unit: content, leader: true}"))
        # staff of another division may be doing the work
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("OUTSIDER", "{id: pelling, unit: content}"), [("I1", 12)])
        # a team whose lead the plan does not name
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("OUTSIDER", "{id: pelling, unit: content, leader: true}")
            .replace(", lead: robinson", ""), [("I1", 12)])

    def test_a_plan_that_assigns_its_people_in_another_document_keeps_its_teams_there(
            self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {id: museum}
            initiatives:
              - {id: I1, title: Collections database online, status: active}
            """)
        RuleTester(unstaffed_initiative).assert_fails(fragment, [("I1", 4)])
        # "A companion document includes assignment of primary and secondary responsibilities"
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("{id: museum}", "{id: museum, withheld: [owners]}"))

    def test_a_team_the_text_says_is_doing_the_work_staffs_it(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - id: I1
                title: Implement the 10 key recommendations of the audit
                description: A cross-agency team is implementing the recommendations.
                status: active
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment)
        # a team mentioned for something else does not do this work
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("A cross-agency team is implementing the recommendations.",
                             "Led by our leadership team."), [("I1", 3)])
        # an adverb before the verb, as progress reports write work under way
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("A cross-agency team is implementing",
                             "Institutional teams are actively implementing"))

    def test_funding_a_project_others_carry_out_needs_no_team(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, title: Funding one of the first projects to leverage the new methods,
                 status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment)
        # a project of the plan's own is still asked for its team
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("Funding one of the first", "Running one of the first"),
            [("I1", 3)])

    def test_the_people_engaged_for_the_work_named_by_kind_staff_it(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - id: I1
                title: State energy strategy
                description: The agency and its technical expert contractors modeled the pathways.
                status: active
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment)
        RuleTester(unstaffed_initiative).assert_passes(
            fragment.replace("its technical expert contractors modeled",
                             "our volunteers are actively running"))
        # volunteers sought are not volunteers at work
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("The agency and its technical expert contractors modeled",
                             "Our volunteers are recruited for"), [("I1", 3)])
        # contractors named for something else do not do this work
        RuleTester(unstaffed_initiative).assert_fails(
            fragment.replace("The agency and its technical expert contractors modeled",
                             "Contracts with its contractors for"), [("I1", 3)])

    def test_an_emphasis_within_standing_work_needs_no_team(self) -> None:
        """Annual performance reports tell where an agency's standing work now lays its
        weight (a safety program's inspections, a pavement program's maintenance)."""
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - id: I1
                title: Identifying facilities at or near ground level
                description: DESCRIPTION
                status: active
            """)
        for words in ("Staff have also placed a heavy focus on identifying conditions.",
                      "The focus has now shifted to prioritizing surface sealants.",
                      "We shifted our emphasis to ground-level hazards."):
            RuleTester(unstaffed_initiative).assert_passes(
                fragment.replace("DESCRIPTION", words))
        # a plan reconsidering its emphasis is work of its own; so is a project begun
        for words in ("The Department is reassessing its continued emphasis on it.",
                      "Staff are expanding partnerships with local agencies."):
            RuleTester(unstaffed_initiative).assert_fails(
                fragment.replace("DESCRIPTION", words), [("I1", 3)])

    def test_work_under_a_divisions_goal_is_staffed_by_the_division(self) -> None:
        """A revenue department's plan gives each goal to a division with a named head;
        the objectives listed under a goal are that division's work."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: agency, sponsor: agency, as_of: 2018-09-30}
            units:
              - {id: agency, lead: director}
              - {id: compliance, parent: agency, LEAD}
              - {id: processing, parent: agency, lead: beck}
            people: [{id: director}, {id: johnson}, {id: beck}]
            goals:
              - {id: G1, UNIT}
              - {id: G2, unit: processing}
            initiatives:
              - {id: I1, supports: [G1], status: active, OWNER}
              - {id: I2, supports: [G2], status: done}
            """)
        divisional = fragment.replace("LEAD", "lead: johnson").replace("UNIT", "unit: compliance")
        RuleTester(unstaffed_initiative).assert_passes(divisional.replace(", OWNER", ""))
        # an owner of its own is a person given the work, who still needs a team
        RuleTester(unstaffed_initiative).assert_fails(
            divisional.replace("OWNER", "owner: beck"), [("I1", 12)])
        # a division without a named head, or a goal given to the agency itself
        RuleTester(unstaffed_initiative).assert_fails(
            divisional.replace(", lead: johnson", "").replace(", OWNER", ""), [("I1", 12)])
        RuleTester(unstaffed_initiative).assert_fails(
            divisional.replace("unit: compliance", "unit: agency").replace(", OWNER", ""),
            [("I1", 12)])
        # goals all given to one division make a team's plan, not a divided agency's
        RuleTester(unstaffed_initiative).assert_fails(
            divisional.replace("unit: processing}", "unit: compliance}")
            .replace("parent: agency, lead: beck", "parent: agency")
            .replace("{id: director}", "{id: director, unit: agency}")
            .replace(", OWNER", ""), [("I1", 12)])

    def test_a_continuing_duty_needs_no_team(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, title: Invest in our premium brands, status: active, KIND}
            """)
        RuleTester(unstaffed_initiative).assert_passes(fragment.replace("KIND", "kind: ongoing"))
        RuleTester(unstaffed_initiative).assert_fails(fragment.replace(", KIND", ""),
                                                      [("I1", 3)])

    def test_a_team_that_is_its_whole_organization_staffs_its_own_roadmap(self) -> None:
        """A project's roadmap its team sponsors ("tasks and features that the napari
        team is investing resources in") is the team's own work, taken up by its members;
        a committee, someone named outside the team or a goal given to another body is
        still asked."""
        roadmap = dedent("""\
            planlint: 1
            plan: {id: roadmap, sponsor: team}
            units: [{id: team, name: The napari team}, {id: core, parent: team}]
            people: [{id: sofroniew, unit: core}]
            goals: [{id: G1, title: Performance, unit: team}]
            initiatives:
              - {id: I1, title: Better support for big datasets, status: active}
              - {id: I2, title: Eliminate all known bugs, status: active}
            """)
        RuleTester(unstaffed_initiative).assert_passes(roadmap)
        RuleTester(unstaffed_initiative).assert_passes(roadmap.replace(
            "people: [{id: sofroniew, unit: core}]\n", ""))
        for failing in (
                roadmap.replace("The napari team", "The napari steering committee"),
                roadmap.replace("unit: core}]", "unit: core}, {id: ext}]"),
                roadmap.replace("unit: team}]", "unit: team}, {id: G2, unit: partner}]")
                .replace("parent: team}]", "parent: team}, {id: partner}]")):
            RuleTester(unstaffed_initiative).assert_fails(failing)

    @pytest.mark.parametrize("status", ["planned", "done", "cancelled", "blocked"])
    def test_other_statuses_pass(self, status: str) -> None:
        RuleTester(unstaffed_initiative).assert_passes(
            f"planlint: 1\ninitiatives: [{{id: I1, status: {status}}}]\n")

    def test_without_status_active_between_start_and_end(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2001-06-30}
            initiatives:
              - {id: I1, start: 2001-01-01, end: 2001-06-30}
              - {id: I2, start: 2001-07-01}
              - {id: I3, start: 2001-01-01, end: 2001-06-29}
              - {id: I4}
            """)
        RuleTester(unstaffed_initiative).assert_fails(fragment, [("I1", 4)])

    def test_as_of_overrides_the_plan(self) -> None:
        fragment = "planlint: 1\ninitiatives: [{id: I1, start: 2001-01-01, end: 2001-12-31}]\n"
        from datetime import date

        RuleTester(unstaffed_initiative, as_of=date(2002, 1, 1)).assert_passes(fragment)
        RuleTester(unstaffed_initiative, as_of=date(2001, 12, 31)).assert_fails(
            fragment, [("I1", 2)])
