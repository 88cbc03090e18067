"""PL6 performance: owner-not-accountable, person-without-objectives."""

from __future__ import annotations

from textwrap import dedent

from planlint.rules.performance import owner_not_accountable, person_without_objectives
from planlint.testing import RuleTester
from tests.conftest import MEMBERS_MEETING


class TestOwnerNotAccountable:
    def test_a_judge_heading_the_court_is_not_asked_for_a_performance_plan(self) -> None:
        """A court's plan whose goals its Chief Judge answers for as head of the court: no
        performance plan reaches a judicial office; the clerk's goal is still asked."""
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: court, name: The Court, lead: cj}
            people:
              - {id: cj, name: Ann Roe, role: Chief Judge, unit: court}
              - {id: clerk, name: Bo Poe, role: Clerk of the Court, unit: court}
            goals:
              - {id: G1, title: Modernize technology, unit: court}
              - {id: G2, title: Modernize facilities, unit: court}
              - {id: G3, title: Clear the docket backlog, owner: clerk}
            """)
        RuleTester(owner_not_accountable).assert_fails(fragment, [("G3", 10)])

    def test_an_elected_office_holder_is_not_asked_for_a_performance_plan(self) -> None:
        """A board's vision led by its chair, an elected councillor (the honorific of her
        name), and the goals of a mayor, a wójt and a 보령시장 (the title last): no
        performance plan reaches an elected office; a deputy minister's goal is still
        asked, and so is a goal missing from the objectives of a minister the plan does hold
        to objectives."""
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: hwb, name: Health and Wellbeing Board, lead: venn}
            people:
              - {id: venn, name: Councillor Fia Venn, role: Chair of the Board, unit: hwb}
              - {id: mayor, name: Jo Roe, role: Mayor of the City}
              - {id: wojt, name: Jan Nowak, role: Wójt Gminy Czorsztyn}
              - {id: sijang, name: 김동일, role: 보령시장}
              - {id: dm, name: Al Poe, role: Deputy Minister}
              - {id: lead-minister, name: Bo Moe, role: Minister of Home Affairs, objectives: [G4]}
            goals:
              - {id: V, title: A healthy city for all ages, unit: hwb}
              - {id: G2, title: Safer streets, owner: mayor}
              - {id: G3, title: Shorter waits, owner: dm}
              - {id: G4, title: Less street crime, owner: lead-minister}
              - {id: G5, title: Fewer burglaries, owner: lead-minister}
              - {id: G6, title: Clean rivers, owner: wojt}
              - {id: G7, title: Fair markets, owner: sijang}
            """)
        RuleTester(owner_not_accountable).assert_fails(fragment, [("G3", 14), ("G5", 16)])

    def test_a_governing_bodys_chair_is_not_asked_for_a_performance_plan(self) -> None:
        """An advisory council's goals answered for by its acting chair, a member who
        chairs it (its name says it is a council), and a trust's chair: no appraisal of the
        staff reaches them; an executive chair, a management board's chair (a company's
        chief executive), a chair the plan holds to objectives and the staff's director
        are still asked."""
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: council, name: National Council on Widgets, lead: chair}
              - {id: staff, name: Council staff, parent: council, lead: director}
            people:
              - {id: chair, name: Ann Roe, role: Vice-Chair / Acting Chair, unit: council}
              - {id: trust, name: Bo Poe, role: Chair of the Trust}
              - {id: exec, name: Cy Moe, role: Executive Chairman of the Board}
              - {id: mb, name: Di Loe, role: Chairman of the Management Board}
              - {id: held, name: Ed Koe, role: Chair of the Board, objectives: [G6]}
              - {id: director, name: Fa Doe, role: Executive Director, unit: staff}
            goals:
              - {id: G1, title: Advise on health policy, unit: council}
              - {id: G2, title: Fund local care, owner: trust}
              - {id: G3, title: Grow sales, owner: exec}
              - {id: G4, title: Cut costs, owner: mb}
              - {id: G5, title: Hire a new director, owner: held}
              - {id: G6, title: Hold four public meetings, owner: held}
              - {id: G7, title: Publish the yearly report, unit: staff}
            """)
        found, = RuleTester(owner_not_accountable).assert_fails(fragment, [("plan", 1)])
        assert "4 of 5 owned goals" in found.message and "(G3, G4, G5, G7)" in found.message
        # a chair who is also the body's executive director is its employee, and asked
        found, = RuleTester(owner_not_accountable).assert_fails(
            fragment.replace("role: Chair of the Trust", "role: Chair (Executive Director)"),
            [("plan", 1)])
        assert "(G2, G3, G4, G5, G7)" in found.message

    def test_a_volunteer_of_a_volunteer_run_unit_is_not_asked(self) -> None:
        """A civic brigade's goals, led by the captain of its core team, under a unit that
        says it is all volunteers, and a club's project owned by a member of a group under
        a board whose club is run by volunteers: no appraisal reaches an unpaid volunteer;
        an organization of volunteers beside paid staff, and a volunteer the plan holds to
        objectives, are still asked."""
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: brigade, name: Civic Brigade, description: "an all-volunteer organization"}
              - {id: core, name: Core Team, parent: brigade, lead: cho}
              - {id: club, name: Club board, description: "All events are run by volunteers."}
              - {id: works, name: Works group, parent: club}
              - id: fdn
                name: Foundation
                description: "8 volunteer board members, an Executive Director, 10 developers"
                lead: ed
            people:
              - {id: cho, name: Lee Cho, role: Brigade Captain, unit: core}
              - {id: pm, name: Al Poe, role: Project lead, unit: works}
              - {id: ed, name: Di Loe, role: Executive Director, unit: fdn}
              - {id: held, name: Bo Roe, role: Captain, unit: core, objectives: [G5]}
            goals:
              - {id: G1, title: Create a civic data commons, unit: core}
              - {id: G2, title: Build two new pitches, owner: pm}
              - {id: G3, title: Grow donations, unit: fdn}
              - {id: G4, title: Raise funds, owner: held}
              - {id: G5, title: Hold hack nights, owner: held}
            """)
        RuleTester(owner_not_accountable).assert_fails(fragment, [("G3", 19), ("G4", 20)])
        # "drevet av frivillige" says the same in Norwegian
        RuleTester(owner_not_accountable).assert_fails(
            fragment.replace("All events are run by volunteers.",
                             "Alle arrangement blir drevet av frivillige i klubben."),
            [("G3", 19), ("G4", 20)])

    def test_a_work_package_leader_of_a_partner_consortium_is_not_asked(self) -> None:
        """A research project's work packages, each led by a partner's employee, under a
        unit that says it is a consortium of partners: the consortium keeps nobody's
        performance plan; a body merely named a consortium is still asked."""
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: project, name: "EVERSE consortium (18 partners; coordinated by CERTH)"}
              - {id: wp1, name: "WP1: Framework", parent: project, lead: apostolakis}
              - {id: wp2, name: "WP2: Best practices", parent: project, lead: portell}
            people:
              - {id: apostolakis, role: WP1 lead (CERN), unit: wp1}
              - {id: portell, role: WP2 lead (BSC), unit: wp2}
            goals:
              - {id: WP1, title: A network of research software quality, unit: wp1}
              - {id: WP2, title: Community-led best practices, unit: wp2}
            """)
        RuleTester(owner_not_accountable).assert_passes(fragment)
        RuleTester(owner_not_accountable).assert_fails(
            fragment.replace("EVERSE consortium (18 partners; coordinated by CERTH)",
                             "Danish e-Infrastructure Consortium"), [("plan", 1)])

    def test_a_governing_bodys_member_is_not_asked_for_a_performance_plan(self) -> None:
        """A homeowners' association's board goals, each owned by the board member who
        leads the committee for it: a member of the governing body answers to it and to
        those who elect them, like its chair; a member the plan holds to objectives, an
        executive director on the board and a board's secretary are still asked."""
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: board, name: Association Board of Directors, lead: chair}
              - {id: finance, name: Finance, parent: board, lead: maki}
            people:
              - {id: chair, name: Bo Roe, role: Chair, unit: board}
              - {id: maki, name: Sal Maki, role: "Board member: Finance", unit: finance}
              - {id: poe, name: Al Poe, role: Trustee, unit: board}
              - {id: held, name: Ed Koe, role: Member of the Board, objectives: [G5]}
              - {id: ned, name: Di Loe, role: Board member (Executive Director), unit: board}
              - {id: sec, name: Cy Moe, role: Board Secretary, unit: board}
            goals:
              - {id: G1, title: Balance the budget, owner: maki}
              - {id: G2, title: Fund the reserve, owner: poe}
              - {id: G3, title: Keep the pools open, owner: held}
              - {id: G4, title: Hire a property manager, owner: ned}
              - {id: G5, title: Hold five events, owner: held}
              - {id: G6, title: Post the minutes, owner: sec}
            """)
        found, = RuleTester(owner_not_accountable).assert_fails(fragment, [("plan", 1)])
        assert "3 of 4 owned goals" in found.message and "(G3, G4, G6)" in found.message

    def test_an_elected_officer_of_a_member_body_is_not_asked(self) -> None:
        """A students' union's priorities, each championed by its President or a Vice
        President, and a club's goal owned by its Treasurer, whose officers the club says
        its members elect: an officer answers to the members who elect them, not to an
        appraisal; a company's President, an association's President whom nothing says
        the members elect, a President and Chief Executive, an officer the plan holds to
        objectives and the union's staff are still asked."""
        fragment = dedent("""\
            planlint: 1
            units:
              - {id: su, name: Riverside Students' Union}
              - {id: club, name: Chess Club, description: "officers are elected at the AGM"}
              - {id: acme, name: Acme Widgets Ltd}
              - {id: assoc, name: Widget Makers' Association}
            people:
              - {id: pres, name: President, role: President, unit: su}
              - {id: vp, name: Di Poe, role: "Vice President, Education", unit: su}
              - {id: tre, name: Al Poe, role: Treasurer, unit: club}
              - {id: boss, name: Bo Roe, role: President, unit: acme}
              - {id: head, name: Cy Moe, role: President, unit: assoc}
              - {id: ceo, name: Di Loe, role: President and Chief Executive, unit: su}
              - {id: held, name: Ed Koe, role: "Vice President, Sport", unit: su, objectives: [G7]}
              - {id: adv, name: Fa Doe, role: Advice Officer, unit: su}
            goals:
              - {id: G1, title: Students feel part of a community, owner: pres}
              - {id: G2, title: Train every course rep, owner: vp}
              - {id: G3, title: Balance the club's budget, owner: tre}
              - {id: G4, title: Grow sales, owner: boss}
              - {id: G5, title: Lobby for lower tariffs, owner: head}
              - {id: G6, title: Grow the union's income, owner: ceo}
              - {id: G7, title: More students in clubs, owner: held}
              - {id: G8, title: More sports teams, owner: held}
              - {id: G9, title: Answer every advice query in a week, owner: adv}
            """)
        found, = RuleTester(owner_not_accountable).assert_fails(fragment, [("plan", 1)])
        assert "5 of 6 owned goals" in found.message, found.message
        assert "(G4, G5, G6, G8, G9)" in found.message, found.message

    def test_goal_missing_from_the_owners_objectives_fires_at_owner(self) -> None:
        fragment = dedent("""\
            planlint: 1
            people:
              - {id: haddad, name: Karim Haddad, objectives: [MP1, MP3]}
              - {id: novak}
            goals:
              - {id: MP1, owner: haddad}
              - {id: MP2, title: Fill rate, owner: haddad}
              - {id: MF1, owner: novak}
              - {id: MP3, owner: haddad}
            """)
        first, second = RuleTester(owner_not_accountable).assert_fails(
            fragment, [("MP2", 7), ("MF1", 8)])
        assert first.field == "owner" and first.location.column == 33
        assert "goal MP2 (Fill rate) is owned by haddad (Karim Haddad), whose objectives " \
               "are MP1, MP3; add MP2 to haddad's objectives" in first.message
        assert "who has no objectives" in second.message
        assert first.related[0].node == "haddad"

    def test_unowned_and_dangling_owners_are_left_to_other_rules(self) -> None:
        RuleTester(owner_not_accountable).assert_passes(dedent("""\
            planlint: 1
            goals:
              - {id: G1}
              - {id: G2, owner: ghost}
            """))

    def test_owner_defined_in_another_file(self, tmp_path: object) -> None:
        from pathlib import Path

        folder = Path(str(tmp_path))
        (folder / "plan.yaml").write_text(
            "planlint: 1\ninclude: [people.yaml]\ngoals: [{id: G1, owner: zetsche}]\n")
        (folder / "people.yaml").write_text(
            "planlint: 1\npeople: [{id: zetsche, objectives: [G1]}]\n")
        RuleTester(owner_not_accountable).assert_passes(folder / "plan.yaml")


BOARD = "planlint: 1\nplan: {sponsor: board}\nunits: [{id: board}]\n"


class TestPersonWithoutObjectives:
    def test_leader_without_objectives_fires(self) -> None:
        [finding] = RuleTester(person_without_objectives).assert_fails(
            BOARD + "people:\n  - {id: okafor, leader: true}\ngoals: [{id: G1}]\n",
            [("okafor", 5)])
        assert finding.message.startswith("person okafor is a leader but has no objectives")

    def test_owner_of_initiative_or_metric_fires_and_names_the_goals_served(self) -> None:
        fragment = dedent("""\
            planlint: 1
            people:
              - {id: ito}
              - {id: lee}
              - {id: kim}
              - {id: ana, objectives: [G1]}
              - {id: bo, objectives: [G1]}
              - {id: cy, objectives: [G1]}
              - {id: di, objectives: [G1]}
              - {id: ed, objectives: [G1]}
              - {id: fu, objectives: [G1]}
            goals:
              - {id: G1, metrics: [M1]}
            metrics: [{id: M1, owner: lee}]
            initiatives: [{id: I1, owner: ito, supports: [G1]}]
            budgets: [{id: B1, owner: kim}, {id: B2, owner: ana}, {id: B3, owner: bo},
                      {id: B4, owner: cy}, {id: B5, owner: di}, {id: B6, owner: ed},
                      {id: B7, owner: fu}]
            """)
        ito, lee, kim = RuleTester(person_without_objectives).assert_fails(
            fragment, [("ito", 3), ("lee", 4), ("kim", 5)])
        assert "answers for initiative I1" in ito.message and "(G1)" in ito.message
        assert "answers for metric M1" in lee.message and "(G1)" in lee.message
        assert "answers for budget B1" in kim.message
        assert "add the goals they answer for" in kim.message

    def test_chairing_a_review_is_not_owning(self) -> None:
        tester = RuleTester(person_without_objectives)
        # the board chair chairs the board's committee; trustees have no performance plan
        tester.assert_passes(dedent("""\
            planlint: 1
            people: [{id: callahan, role: Chair of the Board of Trustees}]
            reviews: [{id: R1, chair: callahan}, {id: R2, chair: callahan}]
            """))
        [finding] = tester.assert_fails(BOARD + dedent("""\
            people: [{id: foster, leader: true}]
            reviews: [{id: R1, chair: foster}]
            goals: [{id: G1}]
            """), [("foster", 4)])
        assert finding.message.startswith("person foster is a leader but has no objectives")

    def test_goal_owners_are_left_to_owner_not_accountable(self) -> None:
        RuleTester(person_without_objectives).assert_passes(dedent("""\
            planlint: 1
            people: [{id: okafor, leader: true}]
            goals: [{id: G1, owner: okafor}]
            initiatives: [{id: I1, owner: okafor}]
            """))

    def test_people_who_own_nothing_pass(self) -> None:
        RuleTester(person_without_objectives).assert_passes(
            "planlint: 1\npeople: [{id: intern}]\n")

    def test_empty_objectives_list_fires(self) -> None:
        RuleTester(person_without_objectives).assert_fails(
            BOARD + "people: [{id: ceo, leader: true, objectives: []}]\ngoals: [{id: G1}]\n",
            [("ceo", 4)])

    def test_nobody_asked_when_no_governing_body_sponsors_a_plan_without_any(self) -> None:
        # a mayor's agenda, a team's work plan: nobody has objectives, and no board holds
        # the leaders to the plan through them
        tester = RuleTester(person_without_objectives)
        people = dedent("""\
            people:
              - {id: mayor, leader: true}
              - {id: administrator, leader: true}
              - {id: writer, unit: board}
            goals: [{id: G1}]
            initiatives: [{id: I1, owner: writer, supports: [G1]}]
            """)
        tester.assert_passes("planlint: 1\nplan: {sponsor: mayor}\n" + people)
        tester.assert_passes("planlint: 1\n" + people)
        tester.assert_fails(BOARD + people, [("plan", None, "all 3 leaders and owners")])

    def test_who_only_holds_others_to_the_plan_or_reports_it_is_not_asked(self) -> None:
        # the lead minister's objectives hold the targets; the head of government chairs
        # the task force that reviews them, the delivery unit's chief issues the reports
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: minister}
            people:
              - {id: minister, leader: true, objectives: [G1]}
              - {id: premier, leader: true}
              - {id: ceo}
            goals: [{id: G1, owner: minister}]
            reviews: [{id: R1, cadence: P6W, chair: premier, covers: [G1]}]
            communications: [{id: C1, cadence: monthly, owner: ceo, covers: [G1]}]
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        # a leader who chairs nothing, or one who owns a piece of the work, is asked
        tester.assert_fails(fragment.replace("chair: premier", "chair: minister"),
                            [("premier", 5)])
        tester.assert_fails(fragment + "initiatives: [{id: I1, owner: ceo}]\n",
                            [("ceo", 6)])

    def test_who_only_hears_feedback_in_a_plan_without_performance_plans_is_not_asked(
            self) -> None:
        # an accessibility plan a board sponsors: the position designated to receive
        # feedback owns the feedback channel and nothing else; nobody has objectives
        fragment = BOARD + dedent("""\
            people: [{id: manager, role: Manager designated to receive feedback}]
            goals: [{id: G1}]
            communications: [{id: C1, title: Feedback, owner: manager, covers: [G1]}]
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        # a leader who owns the channel, or someone who also owns a piece of the work, is asked
        tester.assert_fails(fragment.replace("role: Manager", "leader: true, role: Manager"),
                            [("manager", 4)])
        tester.assert_fails(fragment + "initiatives: [{id: I1, owner: manager, supports: [G1]}]\n",
                            [("manager", 4)])

    def test_an_elected_office_holder_who_owns_nothing_is_not_asked(self) -> None:
        # a German city's Smart City strategy, adopted by the Gemeinderat: the
        # Oberbürgermeister chairs the Lenkungsgruppe of department heads that reviews it
        # and owns nothing; nobody has objectives
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: council}
            units: [{id: council, name: Gemeinderat}, {id: steering, name: Lenkungsgruppe}]
            people:
              - {id: ob, role: Oberbürgermeister (Vorsitz der Lenkungsgruppe), unit: steering,
                 leader: true}
            goals: [{id: G1}]
            reviews: [{id: R1, cadence: semiannual, chair: ob, covers: [G1]}]
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        tester.assert_passes(fragment.replace("Oberbürgermeister", "Mayor"))
        # an elected head who chairs nothing and only leads (a city council's programme
        # declaration, signed by its primátor), in the local titles of other languages
        for title in ("Oberbürgermeister", "primátor hl. m. Prahy", "Prezydent Miasta Krakowa",
                      "Szeged polgármestere", "Tallinna linnapea", "Rīgas domes priekšsēdētājs",
                      "横浜市長", "보령시장", "시장 (민선7기 보령시장)", "北京市市长",
                      # deputies a Czech or Hungarian council elects from its members
                      "náměstkyně primátora hl. m. Prahy", "místostarosta",
                      "Szeged alpolgármestere"):
            tester.assert_passes(fragment.replace(", chair: ob", "").replace(
                "Oberbürgermeister", title))
        # an appointed head who chairs it, an appointed deputy (the title in the genitive,
        # with a suffix or after "Deputy"), a market, and an elected head who also owns a
        # piece of the work, are asked
        for role in ("City Manager", "zastępca burmistrza",
                     "polgármester-helyettes", "mēra vietnieks",
                     "副市長", "부시장", "정무부시장", "Deputy Starosta", "시장 분석가"):
            tester.assert_fails(fragment.replace("role: Oberbürgermeister", f"role: {role}"),
                                [("ob", 5)])
        tester.assert_fails(fragment + "initiatives: [{id: I1, owner: ob, supports: [G1]}]\n",
                            [("ob", 5)])

    def test_the_chair_of_the_sponsoring_body_who_only_chairs_it_is_not_asked(self) -> None:
        # a foundation's goals agreed by its steering committee of member representatives:
        # the committee's chair leads it and chairs its reviews, and owns nothing; the
        # body holds others to the plan, and its chair is of it, like the sponsor
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: sc}
            units: [{id: org}, {id: sc, parent: org, lead: chair}]
            people: [{id: chair, unit: sc, leader: true, role: Chair}]
            goals: [{id: G1, unit: org}]
            reviews: [{id: R1, cadence: biweekly, chair: chair, covers: [G1]}]
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        # one who owns a piece of the work, or who leads a body that is not the sponsor, is
        tester.assert_fails(fragment + "initiatives: [{id: I1, owner: chair, supports: [G1]}]\n",
                            [("chair", 4)])
        tester.assert_fails(fragment.replace("sponsor: sc", "sponsor: board").replace(
            "units: [", "units: [{id: board}, "), [("chair", 4)])

    def test_an_association_run_by_its_own_elected_board_is_not_asked(self) -> None:
        # a volunteer association's year plan, presented by its board to the general
        # meeting: the board is the only unit, its treasurer and secretary the only people
        # named, one of them owning a piece of the work; nobody has objectives
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: board}
            units: [{id: board, name: Board of the association}]
            people:
              - {id: ann, role: treasurer, unit: board, leader: true}
              - {id: bo, role: secretary, unit: board, leader: true}
            goals: [{id: G1}, {id: G2}]
            initiatives: [{id: I1, owner: bo, supports: [G1]}]
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        # a chief executive on the board, someone outside it, or a plan with staff units
        # under the board, is still asked
        tester.assert_fails(fragment.replace("{id: bo, role: secretary",
                                             "{id: bo, role: Chief Executive"),
                            [("plan", None, "all 2 leaders and owners")])
        tester.assert_fails(fragment.replace("{id: bo, role: secretary, unit: board, ",
                                             "{id: bo, role: volunteer, "),
                            [("plan", None, "all 2 leaders and owners")])
        staffed = fragment.replace("units: [{id: board, name: Board of the association}]",
                                   "units: [{id: board}, {id: office, parent: board}]")
        tester.assert_fails(staffed, [("plan", None, "all 2 leaders and owners")])
        # the board's chairs themselves are not asked, staff or no staff, as
        # owner-not-accountable reads a governing body's chair
        tester.assert_passes(staffed.replace("role: treasurer", "role: co-chair")
                             .replace("role: secretary", "role: co-chair"))

    def test_the_chair_of_a_members_group_owning_its_charge_is_not_asked(self) -> None:
        # an association's action groups, charged by its administrative committee: each
        # is chaired by a volunteer member who owns the group's charge; a programme's chair
        # owns the revamp of that programme; nobody has objectives
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: ac}
            units: [{id: org}, {id: ac, parent: org}]
            people:
              - {id: bo, role: "Chair, Data Management Action Group"}
              - {id: ga, role: Ambassador Chair}
            goals: [{id: G1, unit: org}]
            initiatives:
              - {id: I1, title: Data Management Action Group, owner: bo, supports: [G1]}
              - {id: I2, title: Revamp the Ambassador program, owner: ga, supports: [G1]}
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        # one who owns work their role does not name, or who holds an executive office, is
        # asked, and so is everyone when someone's objectives show the practice
        tester.assert_fails(fragment + "budgets: [{id: B1, amount: 5, owner: ga, funds: [I2]}]\n",
                            [("ga", 6)])
        tester.assert_fails(fragment.replace("role: Ambassador Chair",
                                             "role: Executive Chair of the Ambassadors"),
                            [("ga", 6)])
        tester.assert_fails(fragment.replace(
            "{id: ga, role: Ambassador Chair}",
            "{id: ga, role: Ambassador Chair}\n  - {id: cy, objectives: [G1]}"),
            [("plan", None, "all 2 leaders and owners")])

    def test_who_is_of_the_sponsoring_body_over_other_bodies_goals_is_not_asked(
            self) -> None:
        # a national body's planning guidance: every priority is given to the integrated
        # care boards, another body; its chief executive owns nothing and holds them to it
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: nhse}
            units: [{id: nhse}, {id: icbs}]
            people: [{id: ceo, unit: nhse, leader: true}]
            goals: [{id: G1, unit: icbs}, {id: G2, unit: icbs}]
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        # a goal of no unit is the organization's own, its head held to it; one who owns a
        # piece of the work, or who is of another body, is asked
        tester.assert_fails(fragment.replace("{id: G2, unit: icbs}", "{id: G2}"),
                            [("ceo", 4)])
        tester.assert_fails(fragment + "initiatives: [{id: I1, owner: ceo, supports: [G1]}]\n",
                            [("ceo", 4)])
        tester.assert_fails(fragment.replace("unit: nhse, leader", "unit: icbs, leader"),
                            [("ceo", 4)])

    def test_a_department_sponsoring_its_own_statement_is_no_governing_body(self) -> None:
        # a statement of service performance: the department's goals are its branches';
        # the minister responsible for the appropriation owns only the budget
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: dept}
            units: [{id: dept}, {id: branch, parent: dept}, {id: board}]
            people: [{id: minister, role: Minister responsible for the appropriation}]
            goals: [{id: G1, unit: branch}]
            budgets: [{id: B1, amount: 500, owner: minister, funds: [G1]}]
            """)
        RuleTester(person_without_objectives).assert_passes(fragment)
        # a board that sponsors the plan holds the organization's people to it
        RuleTester(person_without_objectives).assert_fails(
            fragment.replace("sponsor: dept", "sponsor: board"), [("minister", 4)])

    def test_a_body_that_only_advises_holds_nobody_to_the_plan(self) -> None:
        # a sponsors' advisory board keeps a register of recommendations, not binding on
        # the centre it advises, whose director decides what is taken up: nobody is held
        # to them through a performance plan
        fragment = dedent("""\
            planlint: 1
            plan: {sponsor: ab}
            units: [{id: centre, lead: director}, {id: ab, name: NAME, lead: chair}]
            people:
              - {id: director, unit: centre, leader: true}
              - {id: chair, unit: ab}
            goals: [{id: G1}]
            initiatives: [{id: I1, unit: centre, owner: director, supports: [G1]}]
            """)
        tester = RuleTester(person_without_objectives)
        for name in ("Scala Center Advisory Board", "Technical advisory council"):
            tester.assert_passes(fragment.replace("NAME", name))
        # a board that governs holds the centre's director to the plan
        tester.assert_fails(fragment.replace("NAME", "Board of Directors"), [("director", 5)])

    def test_a_person_the_plan_hires_for_the_work_it_lists_is_not_asked(self) -> None:
        # a foundation's first budget hires Alice and lists her priorities for when she
        # starts: her hiring is no objective for her performance plan
        fragment = BOARD + dedent("""\
            people: [{id: alice, name: Alice, role: Maintainer}]
            goals:
              - {id: G1, title: Hire Alice as a Full-Time Maintainer}
              - {id: G2, title: Ship the new book}
            initiatives:
              - {id: I1, title: The New Bevy Book, owner: alice, supports: [G1]}
            """)
        tester = RuleTester(person_without_objectives)
        tester.assert_passes(fragment)
        # work that serves another goal, a leader so hired, or a hire of someone else
        tester.assert_fails(fragment.replace("supports: [G1]", "supports: [G1, G2]"),
                            [("alice", 4)])
        tester.assert_fails(fragment.replace("role: Maintainer", "leader: true"),
                            [("alice", 4)])
        tester.assert_fails(fragment.replace("Hire Alice", "Hire Bob"), [("alice", 4)])

    def test_a_plan_that_states_no_goals_has_none_to_tie(self) -> None:
        # a table of service standards: no goal to put in anyone's objectives
        RuleTester(person_without_objectives).assert_passes(dedent("""\
            planlint: 1
            people: [{id: ceo, leader: true}, {id: coo, leader: true}]
            metrics: [{id: M1, title: Seen within four hours, owner: coo}]
            """))


def test_a_plan_that_records_no_performance_plans_is_reported_once() -> None:
    fragment = dedent("""\
        planlint: 1
        people:
          - {id: mayor, leader: true}
          - {id: cook}
          - {id: analyst}
        goals:
          - {id: G1, owner: cook}
          - {id: G2, owner: cook}
          - {id: G3, owner: cook}
        metrics: [{id: M1, owner: analyst}]
        """)
    RuleTester(person_without_objectives).assert_passes(fragment)
    RuleTester(owner_not_accountable).assert_fails(
        fragment, [("plan", None, "all 3 owned goals are not in their owner's objectives")])


def test_an_unsponsored_team_plan_leaves_performance_plans_to_its_organization() -> None:
    fragment = dedent("""\
        planlint: 1
        PLAN
        units: [{id: msft}, {id: terminal, parent: msft, lead: howett}]
        people: [{id: howett, OBJECTIVES}]
        goals: [{id: G1, title: Deliver Terminal 2.0, unit: terminal}]
        """)
    RuleTester(owner_not_accountable).assert_passes(
        fragment.replace("PLAN", "plan: {id: p}").replace(", OBJECTIVES", ""))
    # a sponsor takes the plan up, objectives kept for some show the practice, and a
    # team placed under nothing is the organization itself
    for plan, objectives, parent in (("plan: {id: p, sponsor: msft}", "", ", parent: msft"),
                                     ("plan: {id: p}", ", objectives: [G9]", ", parent: msft"),
                                     ("plan: {id: p}", "", "")):
        RuleTester(owner_not_accountable).assert_fails(
            fragment.replace("PLAN", plan).replace(", OBJECTIVES", objectives)
            .replace(", parent: msft", parent), [("G1", 5)])


def test_goals_owned_from_outside_the_organization_leave_performance_plans_to_others() -> None:
    fragment = dedent("""\
        planlint: 1
        plan: {id: p, sponsor: council}
        units: [{id: project}, {id: council, parent: project}, {id: lang, parent: project}]
        people: [{id: ana}, {id: ben}]
        goals:
          - {id: G1, title: Stabilize async closures, owner: ana}
          - {id: G2, title: Ship the 2024 edition, owner: ben}
          - {id: G3, title: Faster builds, owner: ben}
        """)
    RuleTester(owner_not_accountable).assert_passes(fragment)
    # an owner placed in a unit, or leading one, is the organization's own
    for outside, inside in (("{id: ana}", "{id: ana, unit: lang}"),
                            ("{id: lang, parent: project}",
                             "{id: lang, parent: project, lead: ben}")):
        RuleTester(owner_not_accountable).assert_fails(
            fragment.replace(outside, inside),
            [("p", None, "owned goals are not in their owner's objectives")])


def test_goals_a_members_meeting_adopts_are_answered_for_to_it() -> None:
    """A makerspace's goals voted by its members' general meeting, each championed by a
    board member or a plain member: volunteers answering to the meeting, not to an
    appraisal; a staff unit, an executive office or a member with a role of their own
    are still asked."""
    fragment = MEMBERS_MEETING + dedent("""\
        people:
          - {id: mia, name: Mia, role: Vorstand, unit: board, leader: true}
          - {id: tom, name: Tom, role: Vorstand; Schatzmeister, unit: board, leader: true}
          - {id: sim, name: Simone, role: Mitglied}
          - {id: marc, name: Marc}
        goals:
          - {id: G1, title: AG Cyber, owner: mia}
          - {id: G2, title: Carrera Bahn, owner: tom}
          - {id: G3, title: Battle Bots, owner: marc}
          - {id: G4, title: Textile workshop grant, owner: sim}
        """)
    RuleTester(owner_not_accountable).assert_passes(fragment)
    for member, other in (("{id: mv, name: Mitgliederversammlung (members' general meeting)}",
                           "{id: mv, name: Board of Directors}"),
                          ("  - {id: board, name: Vorstand (board)}",
                           "  - {id: board, name: Vorstand (board)}\n  - {id: staff}"),
                          ("role: Vorstand, unit", "role: Executive Director, unit"),
                          ("role: Mitglied", "role: Coordinator")):
        RuleTester(owner_not_accountable).assert_fails(
            fragment.replace(member, other),
            [("p", None, "owned goals are not in their owner's objectives")])


def test_a_members_meeting_by_its_nordic_name_with_its_auditor_keeps_no_appraisals() -> None:
    """A Swedish youth association's årsmöte adopts its activity plan, carried out by the
    styrelse it elects and checked by the revisor it elects, no goal given to anyone: the
    volunteers answer to the meeting, not to an appraisal; an auditor who owns a piece of
    the work, or a body that is no members' meeting, is still asked."""
    fragment = dedent("""\
        planlint: 1
        plan: {id: p, sponsor: arsmote, office: styrelsen}
        units:
          - {id: arsmote, name: Årsmötet}
          - {id: styrelsen, name: Styrelsen, lead: elis}
        people:
          - {id: elis, name: Elis, role: Ordförande, unit: styrelsen, leader: true}
          - {id: kim, name: Kim, role: Styrelseledamot; kassör, unit: styrelsen, leader: true}
          - {id: erik, name: Erik, role: Revisor}
        goals:
          - {id: G1, title: Anordna flera workshops}
        initiatives:
          - {id: I1, title: Blenderworkshop, owner: kim, supports: [G1]}
        """)
    RuleTester(person_without_objectives).assert_passes(fragment)
    for name in ("Föreningsstämman", "Årsmøtet", "Generalforsamlingen", "Vuosikokous",
                 "Members' annual meeting", "Jahreshauptversammlung"):
        RuleTester(person_without_objectives).assert_passes(
            fragment.replace("name: Årsmötet", f"name: {name}"))
    for member, other in (("name: Årsmötet", "name: Board of Directors"),
                          ("role: Revisor}", "role: Revisor}\n  - {id: staff, role: Coordinator}"),
                          ("owner: kim", "owner: erik")):
        RuleTester(person_without_objectives).assert_fails(
            fragment.replace(member, other), [("p", None, "have no objectives")])


def test_a_plan_of_one_short_cycle_leaves_performance_plans_to_the_year() -> None:
    fragment = dedent("""\
        planlint: 1
        plan: {id: q1, horizon: {start: 2025-01-01, end: END}}
        people: [{id: dylan}]
        goals:
          - {id: G1, title: Faster flag evaluation, owner: dylan}
          - {id: G2, title: Ship a Java SDK, owner: dylan}
        """)
    RuleTester(owner_not_accountable).assert_passes(fragment.replace("END", "2025-03-31"))
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("END", "2025-12-31"),
        [("q1", None, "all 2 owned goals are not in their owner's objectives")])
    # a quarter's plan that records some people's objectives follows the practice
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("END", "2025-03-31").replace(
            "people: [{id: dylan}]", "people: [{id: dylan}, {id: ana, objectives: [G9]}]"),
        [("q1", None, "all 2 owned goals are not in their owner's objectives")])


def test_an_owner_held_to_yearly_goals_under_their_standing_goals_follows_the_cascade() -> None:
    fragment = dedent("""\
        planlint: 1
        units: [{id: district, lead: king}]
        people: [{id: king, objectives: [BG1, BG2]}]
        goals:
          - {id: SP1, title: Student success, unit: district}
          - {id: SP2, title: Equitable achievement, unit: district}
          - {id: SP3, title: A good place to work, unit: district}
          - {id: BG1, title: Dual enrollment plans, owner: king, parent: SP1}
          - {id: BG2, title: Classroom climate, owner: king, parent: SP2}
        """)
    RuleTester(owner_not_accountable).assert_passes(fragment)
    # an objective outside the cascade, or none set under the owner's own goals: asked
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("objectives: [BG1, BG2]", "objectives: [BG1, BG2, X9]"),
        [("plan", None, "3 of 5 owned goals are not in their owner's objectives (SP1, SP2, SP3)")])
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("objectives: [BG1, BG2]", "objectives: [BG1, BG2, SP1]"),
        [("SP2", 6), ("SP3", 7)])
    # a goal under the standing ones that the owner's objectives leave out is still asked
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("objectives: [BG1, BG2]", "objectives: [BG1]"), [("BG2", 9)])


def test_a_plan_that_keeps_its_performance_plans_unpublished_is_not_asked_for_them() -> None:
    # a budget justification: its metrics "are integrated into executive performance
    # plans of OIG's senior leadership", which it does not publish
    fragment = dedent("""\
        planlint: 1
        plan: {id: cj, sponsor: board, withheld: [owners]}
        units: [{id: board}, {id: office, parent: board, lead: head}]
        people: [{id: head, leader: true}, {id: cfo, leader: true}]
        goals:
          - {id: G1, title: Fight fraud, owner: head}
          - {id: G2, title: Promote value, owner: head}
        metrics: [{id: M1, title: Expected recoveries, owner: cfo}]
        """)
    RuleTester(owner_not_accountable).assert_fails(
        fragment, [("cj", None, "all 2 owned goals are not in their owner's objectives")])
    withheld = fragment.replace("[owners]", "[owners, objectives]")
    RuleTester(owner_not_accountable).assert_passes(withheld)
    # a person who answers for a measure is not asked their evaluations either
    people = fragment.replace(", owner: head}", "}")
    RuleTester(person_without_objectives).assert_fails(
        people, [("cj", None, "all 2 leaders and owners have no objectives")])
    RuleTester(person_without_objectives).assert_passes(
        people.replace("[owners]", "[owners, objectives]"))


def test_a_goal_held_through_the_goal_above_or_its_parts_is_in_the_performance_plan() -> None:
    # an annual incentive scorecard: each officer's award lists the individual component's
    # DE&I objectives (whose parts sit under them) and their own individual goals; the
    # component itself is held through the officers' goals set under it
    fragment = dedent("""\
        planlint: 1
        units: [{id: co, lead: ceo}]
        people:
          - {id: ceo, leader: true, objectives: [FIN, DEI, IND-ceo]}
          - {id: cfo, leader: true, objectives: [IND-cfo]}
        goals:
          - {id: FIN, title: Corporate financial goals, unit: co}
          - {id: IND, title: Individual performance, unit: co}
          - {id: DEI, title: DE&I objectives, parent: IND, unit: co}
          - {id: DEI-1, title: Interview more diverse candidates, parent: DEI, unit: co}
          - {id: IND-ceo, title: The CEO's individual goals, parent: IND, owner: ceo}
          - {id: IND-cfo, title: The CFO's individual goals, parent: IND, owner: cfo}
        """)
    RuleTester(owner_not_accountable).assert_passes(fragment)
    # a part left out of its owner's performance plan: the component is asked again
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("objectives: [IND-cfo]", "objectives: [DEI]"),
        [("IND", 8), ("IND-cfo", 12)])
    # a sub-goal whose parent its owner's performance plan leaves out is still asked
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("objectives: [FIN, DEI, IND-ceo]", "objectives: [FIN, IND-ceo]"),
        [("plan", None, "3 of 6 owned goals are not in their owner's objectives "
                        "(IND, DEI, DEI-1)")])
    # a goal cascaded to its owner from another's goal that their objectives list is
    # still asked (a revenue officer's sales objective under the CEO's growth goal)
    RuleTester(owner_not_accountable).assert_fails(
        fragment.replace("objectives: [IND-cfo]", "objectives: [IND-cfo, FIN]").replace(
            "  - {id: IND, title:", "  - {id: FIN-cfo, title: Cut costs, parent: FIN, "
            "owner: cfo}\n  - {id: IND, title:"),
        [("FIN-cfo", 8)])
