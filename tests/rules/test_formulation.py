"""PL9 formulation: vision, deadlines, dates, assumptions, the number of priorities."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest

from planlint.errors import UsageError
from planlint.rules.formulation import (
    goal_without_deadline,
    initiative_outlasts_goal,
    initiative_without_dates,
    invalidated_assumption,
    no_vision,
    too_many_priorities,
    untested_assumption,
)
from planlint.testing import RuleTester

D = date.fromisoformat


class TestNoVision:
    @pytest.mark.parametrize("plan", ["plan: {id: p}", "plan: {id: p, vision: '  '}"])
    def test_missing_or_blank_vision_fires_at_the_plan(self, plan: str) -> None:
        RuleTester(no_vision).assert_fails(f"planlint: 1\n{plan}\n", [("p", 2)])

    def test_a_file_without_a_plan_section_fires_too(self) -> None:
        RuleTester(no_vision).assert_fails("planlint: 1\ngoals: []\n", [("plan", None)])

    def test_one_executives_objectives_graded_at_the_years_end_pass(self) -> None:
        from tests.rules.test_monitoring import GRADED_OBJECTIVES
        RuleTester(no_vision).run(
            passes=[GRADED_OBJECTIVES],
            fails=[(GRADED_OBJECTIVES.replace(
                "as_of: 2018-06-30", "as_of: 2018-06-30, horizon: {start: 2015-07-01, "
                "end: 2018-06-30}").replace("horizon: {text: During the 2017-18 school year}, ",
                                            ""), [("p", 2)]),
                   (GRADED_OBJECTIVES.replace("{id: G2, owner: sup, actuals: [{date: "
                                              "2018-06-30, value: 1, text: Met}]}",
                                              "{id: G2, owner: sup}"), [("p", 2)])])

    def test_vision_in_another_file_of_the_plan_counts(self, tmp_path: Path) -> None:
        (tmp_path / "a.yaml").write_text("planlint: 1\nplan: {id: p, vision: Grow}\n")
        (tmp_path / "b.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
        RuleTester(no_vision).assert_passes(tmp_path)

    @pytest.mark.parametrize("description", [
        "Mission: Empower veterans with fast access to their benefits.",
        "Mission Statement (agenda): We partner with our community.",
        "The mission of the working group is to maintain the specification.",
        "Our goals further the project's mission of empowering everyone.",
        "Our goal is to prepare students for post-secondary education.",
        "To improve the ability of public programs to deliver services, we will act.",
        'Summary: "To support the national expansion of the benefits screener."',
        'WHAT WE DO: "The Department of Probation (DOP) is dedicated to building safer '
        'communities."',
        "The Foundation exists to support the projects of its members.",
        "The Office works to reduce recidivism across the city.",
        # a city budget's department page: what the department runs, and what for
        '"The Police Department, under the direction of the Chief of Police, develops and '
        'implements programs to deter crime and protect life and property in the city."',
        "In order to comply with the requirements under the Accessible Canada Act and the "
        "Accessible Transportation Planning and Reporting Regulations, the airline is "
        "committed to avert and eliminate barriers to ensure accessibility.",
        "Research Changes Lives sets the path for delivering better health and wellbeing.",
        "This document outlines the roadmap towards delivering version 2.0.",
        # what the organisation is for, opening a section headed as its purpose
        "The committee has agreed some objectives for 2025. Purpose (the repository README): "
        "The Foundation exists to define an open specification and to foster its "
        "implementations.",
        # a public body's mandate, headed as such in an appropriations act's section
        'For general administration ... PHP 122,104,239.00. MANDATE: "Pursuant to Act No. 8, '
        'the Commission is the primary policy-making body of women. The Commission shall '
        'promote, protect and uphold the rights of women."',
        # what the law set up the programme a required plan serves to do, opening the
        # agenda item (cited by its page) that puts the plan to its board
        'Board agenda item (p. 17): "The Student Equity and Achievement (SEA) Program was '
        'established in Education Code (EC) 78222 with the intent of supporting the '
        'system-wide goal of eliminating equity gaps."',
        # what the plan itself aims at, in English and in the languages plans are written in
        "This strategy aims to halve the waiting time for a first appointment.",
        "The aim of the action plan is to reducing the Gender Pay Gap, year on year.",
        "The purpose of this strategy is to give every child a good start.",
        "Le plan a été conçu à la suite de la circulaire du 27 avril 2021, et vise à "
        "soutenir la transformation numérique de la fonction publique.",
        "El plan tiene como objetivo reducir la pobreza energética.",
        # what the project the plan is the work plan of aims at, as its objectives state it
        "This document sets out the work plan of a three-year research project. The "
        "objectives of the project are (i) to identify the norms of social interaction, "
        "(ii) to encapsulate them in robot behaviours.",
        "The EVERSE project aims to create a framework for research software excellence.",
        "Het actieplan heeft als doel de dienstverlening te verbeteren.",
        # a Peruvian public body's PEI in CEPLAN's form: its declared policy, after the
        # evaluation report's summary, in the place of a vision left to the sector's plan
        "La presente Evaluación del PEI tiene por finalidad conocer el grado de cumplimiento. "
        "Política institucional: Generar conocimiento científico en geofísica para reducir "
        "la vulnerabilidad de la población frente a los peligros naturales.",
        "Misión institucional: Generar conocimiento científico en geofísica.",
        # an association's purpose clause, quoted from its statutes
        "Stadgar §2: Föreningens syfte är att främja ungdomars intresse för datorer.",
        "Satzung § 2: Zweck des Vereins ist die Förderung von Bildung und Technik.",
        "Statuten artikel 2: De vereniging heeft ten doel het vak te bevorderen.",
        "Bylaws, Article II: The purpose of the Association is to promote open data.",
        "Vedtekter § 1: Foreningens formål er å fremme idrett for barn.",
        # the better future the plan's goals are said to serve, in the plan's language
        "Bærekraftsmål: Sammen med konsernet har vi kommet til noen felles mål som vi tror "
        "kan bidra til en mer bærekraftig fremtid.",
        "Together with the group we agreed shared goals that we believe can contribute to a "
        "more sustainable future.",
        "Wir haben gemeinsame Ziele, die zu einer nachhaltigeren Zukunft beitragen.",
        "Nos objectifs contribuent à un avenir plus durable.",
        # the commitment the goals are said to stand for, to make something better
        "As Metas Nacionais representam o compromisso institucional da Justiça brasileira "
        "com o aprimoramento contínuo da prestação jurisdicional.",
        "Our goals reflect our commitment to improving care for every patient.",
        # a purpose stated as such: what a department strives to do, a company's core purpose
        "PURPOSE STATEMENT: The Parks and Recreation department strives to provide safe parks.",
        "Purpose: As an investor in two assets, Holdings Limited''s core purpose is to provide "
        "a funding vehicle.",
        # what a department does and to what end, opening a city budget's department page
        'DEPARTMENT DESCRIPTION: "The Keller Public Library supports life-long learning and '
        'fun through books, programs and media in order to transform lives for a better '
        'community."',
        # what the organisation is for, stated anywhere: its objective or mission named as
        # its own, what it aims at, or what it focuses on doing
        "The NAIF Act states that the objective of NAIF is to provide financial assistance.",
        "The City''s objective is to provide quality services within fiscal limits.",
        "The plan guides OIG in carrying out its mission to protect the integrity of programs.",
        "The group meets monthly. By working on projects together, we aim to reduce needless "
        "work.",
        "We want to build on our first release. We also aim to make the site robust.",
        "This proposal requests 3,430,000 CELO. Prezenti focuses exclusively on funding "
        "builders aligned with ecosystem priorities.",
        # what the organisation is for, in its first sentence
        'Executive Summary: "Code for DC is a group of volunteers who are passionate about '
        'using technology to improve civic life."',
        # a mission told as a continuing history, after the clause of the founding
        "Since its inception in 2001, the National Leiomyosarcoma Foundation (NLMSF) has "
        "continued to provide patient resources, advocacy, and research support to advance "
        "patient outcomes. The following are our goals for 2024.",
    ])
    def test_a_stated_mission_or_aim_stands_for_a_direction(self, description: str) -> None:
        RuleTester(no_vision).assert_passes(
            f"planlint: 1\nplan: {{id: p, description: '{description}'}}\n")

    def test_a_stated_mission_stands_for_a_direction(self) -> None:
        plan = dedent("""\
            planlint: 1
            plan:
              id: p
              mission: >-
                It is the mission of the Library to collect, organize and make available
                the representative records of humanity's actions.
            goals:
              - {id: G1, title: Emerging Technologies}
              - {id: G2, title: Library Brand}
            """)
        RuleTester(no_vision).assert_passes(plan)
        RuleTester(no_vision).assert_fails(plan.replace(
            "It is the mission of the Library to collect, organize and make available\n"
            "    the representative records of humanity's actions.", "TBA"), [("p", 2)])

    @pytest.mark.parametrize("work", [
        "goals:\n  - {id: G3, title: 'Develop values, vision and mission statements'}\n",
        "goals:\n  - {id: G3, description: 'The Library will create a brand by establishing "
        "a set of values, vision and mission statements.'}\n",
        "initiatives:\n  - {id: I1, title: Create an internal vision statement by Q1}\n",
    ])
    def test_work_to_write_the_vision_says_there_is_none_whatever_the_mission(
            self, work: str) -> None:
        plan = ("planlint: 1\nplan: {id: p, mission: To collect and make available the "
                "records of humanity, description: 'Our mission is to serve readers.'}\n")
        RuleTester(no_vision).assert_passes(plan)
        RuleTester(no_vision).assert_fails(plan + work, [("p", 2)])

    @pytest.mark.parametrize("work", [
        "initiatives:\n  - {id: I1, title: Create an internal vision statement, status: done}\n",
        "initiatives:\n  - {id: I1, title: Refresh the vision statement}\n",
        "initiatives:\n  - {id: I1, title: Develop a new mission statement}\n",
        "goals:\n  - {id: G1, title: Develop a shared vision of the team's culture}\n",
        "goals:\n  - {id: G1, title: Develop slide decks advocating for our values and vision}\n",
    ])
    def test_work_that_writes_no_vision_leaves_the_mission_alone(self, work: str) -> None:
        RuleTester(no_vision).assert_passes(
            "planlint: 1\nplan: {id: p, mission: To collect and make available the records "
            "of humanity}\n" + work)

    @pytest.mark.parametrize("description", [
        "We need a new mission statement for the next 20 years.",
        "The goal of the committee is to have a champion for each initiative.",
        "Re-focus on our mission to maintain capability.",
        "To be confirmed by the board.",
        "A plan to help communities grow.",
        "The plan sets targets for 2030. The council is committed to reducing emissions.",
        "In order to comply with the Act, this plan is published. The airline is committed "
        "to accessibility.",
        "This operating plan sets a new course for the Foundation.",
        "The plan sets the path for the next five years.",
        "The plan develops programs. The department provides services to residents.",
        "The plan sets targets. The department strives to provide safe parks.",
        "The purpose of the review is to see what its core purpose was.",
        # a document's reason for being, something done to the organisation, or an end
        # further on, is not what the organisation is for
        "This report is published in order to comply with the Act.",
        "The department was reorganised in order to save money.",
        "The Library lends books. It lends them in order to help readers.",
        # a document's purpose is no statement of what the organisation is for
        "The committee agreed the goals. Purpose: this page records the objectives.",
        "The new mandate of the board starts in 2026.",
        # a programme set up, with no purpose stated, or a purpose further on
        "The Program was established in Education Code 78222 in 2018.",
        "The plan sets targets. The Program was established with the intent of closing gaps.",
        # what something other than the plan aims at
        "BA Compromisos es un sitio web que busca informar a la ciudadanía.",
        "Through this exercise, the Government aims to nurture accountable governance.",
        "The aim of the website is to inform residents of the plan.",
        "The project was funded in 2023. Its objectives are listed below.",
        # a policy named, not stated under its heading
        "El plan fortalece la política institucional de datos abiertos.",
        # the statutes named, their purpose not stated; a member's aim is not the association's
        "The board proposed changes to the statutes of the association.",
        "Föreningens stadgar ses över. Medlemmens syfte är att lära sig löda.",
        # a goal's or a document's objective is not what the organisation is for, nor is
        # a focus the plan will have, nor a passion further on
        "The objective of Goal 2 is to reduce waiting times.",
        "The objective of the review is to assess progress.",
        "We will focus on three priorities. Season 2 will focus on consolidating pools.",
        "The plan sets targets. Our volunteers are passionate about using open data.",
        # a history with no purpose, a year that is not the founding, or a founding
        # further on, is not what the organisation is for
        "Since its inception in 2001, the Foundation has continued to grow every year.",
        "Since 2020, the department has continued to support local clubs.",
        "The plan sets targets. Since its founding, the Society has continued to serve "
        "members.",
        # what the goals contribute to that is another plan, or a future with no end state
        "These goals contribute to the City Council''s strategic plan.",
        "Våre mål bidrar til kommunens strategi. Vi skal bli flinkere i fremtiden.",
        # a commitment to something not made better, or not one the goals stand for
        "Our goals reflect our commitment to the community.",
        "The metas were approved. The council represents the courts.",
    ])
    def test_a_mission_named_but_not_stated_does_not(self, description: str) -> None:
        RuleTester(no_vision).assert_fails(
            f"planlint: 1\nplan: {{id: p, description: '{description}'}}\n", [("p", 2)])

    def test_one_top_level_goal_is_the_plans_direction(self) -> None:
        plan = ("planlint: 1\nplan: {id: p}\ngoals:\n  - {id: G1, title: Faster releases}\n"
                "  - {id: G2, parent: G1}\n")
        RuleTester(no_vision).assert_passes(plan)
        RuleTester(no_vision).assert_fails(plan + "  - {id: G3}\n", [("p", 2)])

    def test_goals_driving_the_objectives_of_one_aim_serve_it(self) -> None:
        """A grant's period goals, each driving secondary objectives of its one aim, take
        their direction from that aim."""
        plan = ("planlint: 1\nplan: {id: p}\ngoals:\n  - {id: AIM, title: Boost usability}\n"
                "  - {id: SO1, parent: AIM}\n  - {id: SO2, parent: AIM}\n"
                "  - {id: P1, drives: [SO1, SO2]}\n  - {id: P2, drives: [SO2]}\n")
        RuleTester(no_vision).assert_passes(plan)
        # a goal that leads to none of the aim's, or a second goal driving nothing: reported
        RuleTester(no_vision).assert_fails(plan + "  - {id: P3, drives: [P4]}\n"
                                                  "  - {id: P4}\n", [("p", 2)])
        RuleTester(no_vision).assert_fails(plan + "  - {id: P3}\n", [("p", 2)])

    def test_a_teams_roadmap_of_work_takes_its_direction_from_the_organization(
            self) -> None:
        plan = ("planlint: 1\nplan: {id: p}\n"
                "units: [{id: co, name: HashiCorp}, {id: team, name: AWS provider team, "
                "parent: co}]\n"
                "goals:\n  - {id: G1, title: New services, unit: team}\n"
                "  - {id: G2, title: Enhancements, unit: team}\n"
                "initiatives:\n  - {id: I1, title: Transcribe, supports: [G1], unit: team}\n")
        RuleTester(no_vision).assert_passes(plan)
        # a team's OKRs set measures; a roadmap of the whole organization is no team's
        RuleTester(no_vision).assert_fails(
            plan.replace("unit: team}\n  - {id: G2", "unit: team, metrics: [M1]}\n  - {id: G2")
            + "metrics: [{id: M1, title: Services added}]\n", [("p", 2)])
        RuleTester(no_vision).assert_fails(plan.replace("unit: team", "unit: co"), [("p", 2)])

    def test_a_work_programme_and_budget_takes_its_direction_from_above(self) -> None:
        plan = dedent("""\
            planlint: 1
            plan: {id: p}
            initiatives:
              - id: P1
                title: Close-kin sampling
                metrics: [{id: P1-samples, title: Tissue samples collected}]
              - {id: P2, title: Tagging programme}
            budgets:
              - {id: B1, amount: 50000, period: '2025', funds: [P1]}
              - {id: B2, amount: 875000, period: '2025', funds: [P2]}
            """)
        RuleTester(no_vision).assert_passes(plan)
        # work with no money, money for the whole plan, measures or goals of its own
        RuleTester(no_vision).assert_fails(plan.split("budgets:")[0], [("p", 2)])
        RuleTester(no_vision).assert_fails(plan.replace("funds: [P2]", "funds: all"),
                                           [("p", 2)])
        # a line for all the work beside each piece's own line: the work's shared cost
        RuleTester(no_vision).assert_passes(
            plan + "  - {id: B3, amount: 90000, period: '2025', funds: all}\n")
        RuleTester(no_vision).assert_fails(
            plan.replace("funds: [P2]", "funds: all")
            + "  - {id: B3, amount: 90000, period: '2025', funds: all}\n", [("p", 2)])
        RuleTester(no_vision).assert_fails(
            plan + "metrics: [{id: M1, title: Stocks assessed}]\n", [("p", 2)])
        RuleTester(no_vision).assert_fails(plan + "goals: [{id: G1}, {id: G2}]\n", [("p", 2)])

    def test_one_organisations_improvement_plan_takes_its_direction_from_above(
            self) -> None:
        plan = dedent("""\
            planlint: 1
            plan: {id: p, title: "Athlone Community College: School Improvement Plan"}
            units: [{id: school, name: Athlone Community College}]
            goals:
              - {id: T1, title: Define literacy and numeracy, unit: school}
              - {id: T2, title: Raise computer use in class to 50%, unit: school}
            """)
        RuleTester(no_vision).assert_passes(plan)
        RuleTester(no_vision).assert_passes(plan.replace(
            "School Improvement Plan", "Quality Improvement Plan 2026/27 (Workplan)"))
        # a plan of several units, partners of a community, asks where it leads
        RuleTester(no_vision).assert_fails(
            plan.replace("School Improvement", "Quality Improvement").replace(
                "units: [", "units: [{id: health, name: Health Department}, ").replace(
                "unit: school}\n  - {id: T2", "unit: health}\n  - {id: T2"), [("p", 2)])
        # the organisation's departments and committees, placed under it, do its work
        departments = plan.replace("School Improvement", "Quality Improvement").replace(
            "}]\n", "}, {id: ed, name: ED Leadership Team, parent: school}]\n", 1)
        RuleTester(no_vision).assert_passes(departments)
        # but a partner beside it, or a goal given to a department, is another plan's
        RuleTester(no_vision).assert_fails(
            departments.replace(", parent: school}", "}"), [("p", 2)])
        RuleTester(no_vision).assert_fails(
            departments.replace("unit: school}\n  - {id: T2", "unit: ed}\n  - {id: T2"),
            [("p", 2)])
        # a school placed under its council, sponsoring its plan, which carries the
        # council's priority for every school beside its own, and the council's cluster of
        # schools doing some of the work
        council = dedent("""\
            planlint: 1
            plan: {id: p, title: "Ayton Primary School: School Improvement Plan", sponsor: school}
            units:
              - {id: council, name: Scottish Borders Council}
              - {id: school, name: Ayton Primary School, parent: council}
              - {id: cluster, name: Learning Community (cluster), parent: council}
            goals:
              - {id: LA, title: "Local authority priority: a consistent curriculum", unit: council}
              - {id: P1, title: "Priority 1: Learning, teaching and assessment", unit: school}
            initiatives:
              - {id: P1.2, title: Joint use of the Showbie app, supports: [P1], unit: cluster}
            """)
        RuleTester(no_vision).assert_passes(council)
        # but a goal of the cluster beside it, or a plan the school does not sponsor whose
        # goals are several units', is another plan's
        RuleTester(no_vision).assert_fails(council.replace(
            "initiatives:", "  - {id: P2, unit: cluster}\ninitiatives:"), [("p", 2)])
        RuleTester(no_vision).assert_fails(council.replace(", sponsor: school", ""),
                                           [("p", 2)])
        # nor is a plan of capital works, or a strategic plan, one unit's improvement plan
        RuleTester(no_vision).assert_fails(
            plan.replace("School Improvement Plan", "Capital Improvement Plan"), [("p", 2)])
        RuleTester(no_vision).assert_fails(
            plan.replace("School Improvement Plan", "Strategic Plan"), [("p", 2)])

    def test_a_plan_answering_an_audit_takes_its_direction_from_the_findings(
            self) -> None:
        """An audit's findings with management's corrective action plans, or an audit's
        recommendations and their status, are directed by what each finding asks; a body
        named for audits, or a plan merely audited, is still asked where it leads."""
        plan = dedent("""\
            planlint: 1
            plan: {id: p, title: "Single Audit FY2023: Financial Statement Findings"}
            goals:
              - {id: "2023-001", title: Reconcile payroll to the ledger}
              - {id: "2023-002", title: Strengthen controls over year-end accruals}
            """)
        for title in ("Single Audit FY2023: Financial Statement Findings",
                      "DEI Audit: recommendations and their status",
                      "Corrective Action Plan for the findings of the 2024 review",
                      "Open recommendations of the internal audit",
                      "Measure 110 audits of the Health Authority (Reports 2023-03 and "
                      "2023-39): recommendations and the agency's responses",
                      "Recommendations of prior audits and their status"):
            RuleTester(no_vision).assert_passes(plan.replace(
                "Single Audit FY2023: Financial Statement Findings", title))
        for title in ("Federal Audit Clearinghouse Product Roadmap",
                      "Energy audits programme. Findings of the pilot are in the annex",
                      "Strategic Plan 2024-2028. Audited results and findings of the survey"):
            RuleTester(no_vision).assert_fails(plan.replace(
                "Single Audit FY2023: Financial Statement Findings", title), [("p", 2)])

    def test_a_statutory_gap_statement_takes_its_direction_from_the_regime(self) -> None:
        """A pay gap report or action plan, a pupil premium strategy statement, or an
        equality charter's action plan, is directed by the gap its regime asks it to
        narrow; a plan that only mentions a gap or a charter is still asked where it
        leads."""
        plan = dedent("""\
            planlint: 1
            plan: {id: p, title: "TITLE"}
            goals:
              - {id: "1", title: Improve female staff opportunities for work-life balance}
              - {id: "2", title: Narrow the pay gap in the admin and clerical staff group}
            """)
        for title in ("Gender Pay Gap (GPG) Annual Report and Action Plan 2024/2025",
                      "Ethnicity pay gap report 2024",
                      "Decoy Primary School: Pupil Premium Strategy Statement 2019 - 2022",
                      "Edinburgh Medical School: Athena SWAN Action Plan",
                      "School of Chemistry Athena Swan Bronze Award action plan 2023-2028",
                      "Race Equality Charter Action Plan 2022-2027"):
            RuleTester(no_vision).assert_passes(plan.replace("TITLE", title))
        for title in ("Strategic Plan 2024-2028: closing the gender pay gap",
                      "People Strategy 2025 (pay gap, recruitment, wellbeing)",
                      "Athena SWAN Silver award: our application",
                      "Equality, Diversity and Inclusion Action Plan 2024-2027"):
            RuleTester(no_vision).assert_fails(plan.replace("TITLE", title), [("p", 2)])

    def test_peoples_own_objectives_take_their_direction_from_the_company(self) -> None:
        plan = ("planlint: 1\nplan: {id: p}\npeople: [{id: ann}, {id: bob LEADER}]\n"
                "goals:\n  - {id: A1, owner: ann}\n  - {id: A2, owner: ann}\n"
                "  - {id: B1, owner: bob}\n  - {id: B2, owner: bob}\n")
        RuleTester(no_vision).assert_passes(plan.replace(" LEADER", ""))
        RuleTester(no_vision).assert_fails(  # an executive's objectives: the company's plan
            plan.replace(" LEADER", ", leader: true"), [("p", 2)])

    def test_a_portfolio_of_work_sorted_by_kind_takes_its_direction_from_its_owner(
            self) -> None:
        """A department's board of the services it is developing, sorted under headings
        naming each kind of service and measured only by each service's phase dates, is an
        inventory of its work; a result measured of its own asks where the plan leads."""
        plan = ("planlint: 1\nplan: {id: p}\ngoals:\n"
                "  - {id: '100', title: Incidents & Assets Services}\n"
                "  - {id: '200', title: Monitoring Services}\n"
                "initiatives:\n  - {id: '101', title: Flood warnings, supports: ['100'], "
                "metrics: [M1]}\n  - {id: '201', title: Water quality data, supports: ['200']}\n"
                "metrics:\n  - {id: M1, title: Predicted public beta release, kind: milestone, "
                "target: {value: 1, date: 2016-09-30}}\n")
        RuleTester(no_vision).assert_passes(plan)
        RuleTester(no_vision).assert_fails(  # a measure of the plan's own: a result it sets
            plan + "  - {id: M2, title: Customer satisfaction, unit: '%'}\n", [("p", 2)])
        RuleTester(no_vision).assert_fails(  # a heading that names an aim, not a kind of work
            plan.replace("Monitoring Services", "Cleaner rivers"), [("p", 2)])

    @pytest.mark.parametrize("plan", [
        "plan: {id: p, vision: TBA, description: 'Mission: Serve the public.'}",
        "plan: {id: p, vision: To be confirmed by the board, description: 'Mission: Serve.'}",
        "plan: {id: p, description: The corporate plan describes our vision.}\n"
        "goals: [{id: G1}]",
    ])
    def test_a_vision_spoken_of_but_not_stated_fires(self, plan: str) -> None:
        RuleTester(no_vision).assert_fails(f"planlint: 1\n{plan}\n", [("p", 2)])

    @pytest.mark.parametrize("description", [
        "OIG''s Strategic Plan outlines the vision and priorities that guide OIG in carrying "
        "out its mission to protect the integrity of HHS programs.",
        "The City''s objective is to provide quality services that reflect the community''s "
        "goals and vision within reasonable fiscal limits.",
        "Value: We want to communicate our project vision more clearly. We also aim to "
        "validate and reinforce our infrastructure.",
    ])
    def test_a_mission_stated_beside_a_vision_named_stands_for_a_direction(
            self, description: str) -> None:
        plan = f"planlint: 1\nplan: {{id: p, description: '{description}'}}\n"
        RuleTester(no_vision).assert_passes(plan)
        RuleTester(no_vision).assert_passes(plan + "goals: [{id: G1}, {id: G2}]\n")
        # the vision named, with no mission or aim stated beside it, is still spoken of
        RuleTester(no_vision).assert_fails(
            "planlint: 1\nplan: {id: p, description: OIG's Strategic Plan outlines the "
            "vision and priorities that guide OIG.}\n", [("p", 2)])

    def test_a_vision_named_with_a_year_in_the_plans_title_is_its_own_name(self) -> None:
        plan = ("planlint: 1\nplan: {id: p, title: 'District Vision 2018: Goal Dashboard', "
                "description: 'Our goals for the year. (Vision 2018 page)'}\n"
                "goals: [{id: G1}]\n")
        RuleTester(no_vision).assert_passes(plan)
        # another's vision, cited and not stated (a national Vision 2025), is spoken of
        RuleTester(no_vision).assert_fails(
            plan.replace("(Vision 2018 page)", "It serves Vision 2025."), [("p", 2)])

    @staticmethod
    def _directed_by_description(goals: tuple[str, ...], directed: tuple[str, ...],
                                 asked: tuple[str, ...]) -> None:
        """no-vision leaves a plan of ``goals`` whose description is one of ``directed``,
        and asks one whose description is one of ``asked`` where it leads."""
        plan = "planlint: 1\nplan:\n  id: p\n  description: >-\n    DESCRIPTION\ngoals:\n" \
            + "".join(f"  - {goal}\n" for goal in goals)
        for description in directed:
            RuleTester(no_vision).assert_passes(plan.replace("DESCRIPTION", description))
        for description in asked:
            RuleTester(no_vision).assert_fails(plan.replace("DESCRIPTION", description),
                                               [("p", 2)])

    def test_a_report_of_the_measures_a_law_defines_takes_its_direction_from_it(
            self) -> None:
        """A state DOT's report of the federally required performance measures is directed
        by the goals the law sets for them; a report a law requires of the organisation's
        own goals, or a duty to run a process, is still asked where it leads."""
        self._directed_by_description(
            ('{id: PM1, title: "Performance measure 1: Highway Safety"}',
             '{id: PM2, title: "Performance measure 2: Pavement & Bridges"}'),
            directed=("WSDOT's report of the federally required Transportation Performance "
                      "Management measures, with baselines and targets.",
                      "The statutorily mandated performance measures of the agency."),
            asked=("A required annual report to show the progress on meeting goals set in the "
                   "Consolidated Plan.",
                   "Each MPO is federally mandated to develop and implement a Congestion "
                   "Management Process.",
                   "The federally required measures. The corporate plan describes our vision."))

    def test_a_plan_carrying_out_its_governments_programme_takes_its_direction_from_it(
            self) -> None:
        """A department's plan whose description names the programme of the government it
        serves (its coalition's priorities, the government's mandate, the Political
        Guidelines of the executive's head) is directed by that programme; a body's own
        mandate, or another coalition's, is still asked where it leads."""
        self._directed_by_description(
            ("{id: G1, title: Reduce the structural deficit}",
             "{id: G2, title: Reform the banking system}"),
            directed=("The department's coalition priorities, actions and dated sub-actions.",
                      "Departments implement the reforms set out in the Coalition Agreement.",
                      "The government mandate has reduced the number of essential objectives.",
                      "The strategic plan translates the political priorities set in the "
                      "Political Guidelines of the President into general objectives."),
            asked=("This criterion measures the implementation of the core mandate of an "
                   "institution.",
                   "We lead a coalition of community partners."))


class TestGoalWithoutDeadline:
    def test_a_goal_without_due_is_bounded_by_the_goals_above_it_and_the_horizon(
            self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: G1, due: 2003-12-31}
              - {id: G2, parent: G1}
              - {id: G4, parent: G2}
              - {id: G3}
            """)
        [g3] = RuleTester(goal_without_deadline).assert_fails(fragment, [("G3", 6)])
        assert g3.message == ("goal G3 has no due date, nor does any goal above it or the "
                              "plan's horizon; set due to when it must be reached")
        RuleTester(goal_without_deadline).assert_passes(
            "planlint: 1\nplan: {horizon: {end: 2030-12-31}}\ngoals: [{id: G1}, {id: G2}]\n")

    def test_goals_no_date_applies_to_do_not_split_a_plan_wide_absence(self) -> None:
        """A library's plan that dates nothing: its direction (``Grow ...``) needs no date,
        and the two goals that do, both undated, are one gap of the plan, not two."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p}
            goals:
              - {id: grow, title: Grow our collections and services}
              - {id: connect, title: Connect our patrons to the ideas they need}
              - {id: prepare, title: Prepare our staff and building for rapid change}
            """)
        [plan] = RuleTester(goal_without_deadline).assert_fails(fragment, [("p", 2)])
        assert plan.message.startswith("all 2 goals have no due date (connect, prepare)")
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace("{id: prepare,", "{id: prepare, due: 2020-12-31,"),
            [("connect", 5)])

    def test_a_goal_graded_done_has_no_date_left_to_reach(self) -> None:
        """An audit follow-up grades each finding: 'Corrective action taken.' is reached;
        'Partial corrective action was taken' is still asked by when."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, as_of: 2025-04-30}
            goals:
              - {id: F1, title: Classify federal expenditures on the SEFA, actuals: [ACTUAL]}
              - {id: F2, due: 2025-12-31}
              - {id: F3, due: 2025-12-31}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment.replace(
            "ACTUAL", "{date: 2024-06-30, value: 1, text: Corrective action taken.}"))
        for actual in ("{date: 2024-06-30, text: Partial corrective action was taken.}",
                       "{date: 2024-06-30, value: 0.5}",
                       "{date: 2025-06-30, value: 1}"):  # a result after the as-of date
            RuleTester(goal_without_deadline).assert_fails(
                fragment.replace("ACTUAL", actual), [("F1", 4)])

    def test_goals_the_plans_description_calls_standing_have_no_date_to_reach(
            self) -> None:
        """A handbook's committed OKRs, 'things we don't want to change' as against its
        one-off ones, are kept, not reached; a description that says nothing of its
        goals' standing, or says it of something else, leaves them asked by when."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, description: "DESCRIPTION"}
            goals:
              - {id: AV, title: Availability}
              - {id: RC, title: Responsiveness to Clients}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment.replace(
            "DESCRIPTION", "There are also many things that we don't want to change. "
            "These committed OKRs are things we should."))
        RuleTester(goal_without_deadline).assert_passes(fragment.replace(
            "DESCRIPTION", "We have two persistent objectives, never fully achieved."))
        for description in ("Our monthly OKRs.", "We close persistent gaps in service."):
            RuleTester(goal_without_deadline).assert_fails(
                fragment.replace("DESCRIPTION", description), [("p", 2)])

    def test_an_audits_recommendation_to_another_body_is_not_dated_by_the_answer(
            self) -> None:
        """When a legislature acts on an auditor's recommendation is its own business: the
        audited agency's answer, which acts on none of it, has no date to set; its own
        recommendations, or one it acts on, are still asked by when."""
        from tests.rules.test_leadership import AUDIT_ANSWER
        RuleTester(goal_without_deadline).assert_passes(AUDIT_ANSWER)
        RuleTester(goal_without_deadline).assert_fails(AUDIT_ANSWER.replace(
            "Audits of the Health Authority", "Plans of the Health Authority"), [("R2", 15)])
        RuleTester(goal_without_deadline).assert_fails(
            AUDIT_ANSWER + "initiatives: [{id: I1, title: Draft a bill, supports: [R2]}]\n",
            [("R2", 15)])

    def test_a_goal_whose_metrics_state_targets_is_timed_by_them(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: G1, title: People, metrics: [M1]}
              - {id: G2, title: Impact, metrics: [M2, M3]}
            metrics:
              - {id: M1, title: Staff turnover rate, unit: "%", target: {value: 15}}
              - {id: M2, title: People out of poverty, target: {value: 100, date: 2025-12-31}}
              - {id: M3, title: Evaluations completed on time}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment)
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace(", target: {value: 15}", "").replace("[M2, M3]", "[M3]"),
            [("plan", 1)])

    def test_a_goal_watched_only_by_the_direction_of_its_measures_is_standing(
            self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: P, title: People}
              - {id: G1, title: Healthier Lives, parent: P, metrics: [M1]}
              - {id: G2, title: Brighter Futures, parent: P, metrics: [M2]}
            metrics:
              - {id: M1, title: Healthy life expectancy, direction: increase}
              - {id: M2, title: Pupils with low self-efficacy, direction: decrease}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment)
        # a measure with a target (undated: a level to hold) times its goals, but not
        # People, which is then watched by more than direction
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace("direction: decrease", "target: {value: 40}"), [("P", 3)])
        # a measure with no direction says nothing of which way the goal should go: the
        # two goals a date applies to, both undated, are one gap of the plan
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace(", direction: decrease", ""), [("plan", 1)])
        # a deliverable is an end state whatever its measures
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace("Brighter Futures", "Open the new depot"), [("G2", 5)])

    def test_hoped_for_directions_worded_as_nouns_or_comparatives_are_standing(
            self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: O1, title: Decrease in shootings}
              - {id: O2, title: Reduction in overall youth violence}
              - {id: O3, title: Fewer youth exposed to violence}
              - {id: O4, title: Higher employment among youth and young adults}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment)
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace("Higher employment among youth and young adults",
                             "Higher education campus"), [("O4", 6)])

    def test_a_pillar_defined_as_a_way_of_working_is_standing(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: P1, title: Prevention, description: "Reaching individuals, families,
                  and communities before violence happens"}
              - {id: P2, title: Intervention, description: "A coordinated approach to
                  intervening at the first sign of potential violence"}
              - {id: G1, title: Halve youth homicides, due: 2019-12-31}
              - {id: G2, title: Open two youth centres, due: 2019-12-31}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment)
        # a description that says what is to be reached is an end state to date
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace('"Reaching individuals, families,', '"All families,'),
            [("P1", 3)])
        # a measured pillar is an end state its measure's target should date
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace("title: Intervention,", "title: Intervention, metrics: [M1],")
            + "metrics:\n  - {id: M1, title: Youth reached}\n", [("P2", 5)])

    def test_a_heading_that_sorts_work_by_kind_has_no_end_state(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: "100", title: "Incidents & Assets Services"}
              - {id: "200", title: Monitoring Services}
            initiatives:
              - {id: "101", title: Flood information service, supports: ["100"],
                 end: 2016-09-30}
              - {id: "102", title: Continuous defence line, supports: ["100"]}
              - {id: "201", title: Defra laboratory service, supports: ["200"]}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment)
        # a theme that says what it is to achieve is a goal, with an end state to date
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace('title: Monitoring Services}',
                             'title: Monitoring Services, description: All labs online}'),
            [("200", 4)])
        # in a sentence, a verb asks for something to be done: not a heading
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace("Monitoring Services", "Promote monitoring services"),
            [("200", 4)])

    def test_a_heading_whose_every_goal_below_is_dated_is_timed_by_them(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: social, title: Integración Social}
              - {id: "20", title: Urbanizar la Villa 31, parent: social, due: 2019-12-31}
              - {id: "21", title: Crear 5 escuelas, parent: social, due: 2018-12-31}
            """)
        RuleTester(goal_without_deadline).assert_passes(fragment)
        # one goal below with no date of its own leaves the heading, and it, undated
        RuleTester(goal_without_deadline).assert_fails(
            fragment.replace(", due: 2018-12-31", ""), [("social", 3), ("21", 5)])
        # undated work towards the heading leaves it undated too
        RuleTester(goal_without_deadline).assert_fails(
            fragment + "initiatives:\n  - {id: I1, title: Obras, supports: [social]}\n",
            [("social", 3)])

    def test_no_goals_passes(self) -> None:
        RuleTester(goal_without_deadline).assert_passes("planlint: 1\ngoals: []\n")


class TestInitiativeWithoutDates:
    def test_work_on_hold_is_not_asked_for_dates(self) -> None:
        """A roadmap's inactive list: parked entries wait on a decision, not a date."""
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, title: Python SDK, status: STATUS}
              - {id: I2, title: Wasm coredump, status: STATUS}
              - {id: I3, title: DWARF symbol, status: on-hold}
              - {id: I4, title: Java binding, start: 2001-01-01, end: 2001-03-31}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment.replace("STATUS", "on-hold"))
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("STATUS", "blocked"), [("I1", 3), ("I2", 4)])

    def test_work_a_status_report_only_tells_of_is_not_asked_for_dates(self) -> None:
        """An annual performance report's account of what drove a result: no status, in a
        report that gives one to its other work, and nothing else that makes it work."""
        fragment = dedent("""\
            planlint: 1
            goals: [{id: G1, title: More veterans' home loans}]
            initiatives:
              - {id: I1, title: Offering better than prime rates through bonds}
              - {id: I2, title: Refinance program, status: planned}
              - {id: I3, title: Loan servicing system, status: STATUS,
                 start: 2001-01-01, end: 2001-06-30}
              - {id: I4, title: Call centre, status: STATUS, start: 2001-01-01,
                 end: 2001-12-31}
            """)
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("STATUS", "active"), [("I2", 5)])
        # a report that does not give its work a status asks dates of all of it
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace(", status: STATUS", ""), [("I1", 4), ("I2", 5)])
        # work the plan ties to a goal is work of the plan, status or none
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("bonds}", "bonds, supports: [G1]}").replace("STATUS", "active"),
            [("I1", 4), ("I2", 5)])

    def test_a_programme_is_dated_by_its_numbered_components(self) -> None:
        """A development plan's program header over the projects that carry it out: it
        runs from the first one's start to the last one's end or completion."""
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: P1, title: Oplan Ligtas na Pamayanan}
              - {id: P1.1, title: House-to-house inspections, start: 2020-01-01,
                 end: 2029-12-31}
              - {id: P1.2, title: Fire suppression training, start: 2021-01-01, END}
              - {id: P2, title: Checkpoints, start: 2020-01-01, end: 2022-12-31}
              - {id: P3, title: Command centre, start: 2020-01-01, end: 2023-12-31}
              - {id: P4, title: Radio network, start: 2020-01-01, end: 2024-12-31}
              - {id: P5, title: Street lighting, start: 2020-01-01, end: 2025-12-31}
            """)
        tester = RuleTester(initiative_without_dates)
        tester.assert_passes(fragment.replace("END", "end: 2025-12-31"))
        tester.assert_passes(fragment.replace("END", "status: done, completed: 2024-06-30"))
        # a component with no end leaves the programme's end unknown too
        tester.assert_fails(fragment.replace(", END", ""), [("P1", 3), ("P1.2", 6)])
        # ids that merely share a prefix (P11 beside P1) are no components
        tester.assert_fails(fragment.replace("P1.1", "P11").replace("P1.2", "P12")
                            .replace("END", "end: 2025-12-31"), [("P1", 3)])

    @pytest.mark.parametrize(("title", "asked"), [
        ("Monitoring if future target adjustment is required", False),
        ("Monitor quarterly reports", False),
        ("Monitoring framework for the loan program", True),
        ("Monitoring dashboard built", True),
    ])
    def test_a_watch_kept_has_no_end_to_reach(self, title: str, asked: bool) -> None:
        fragment = (f"planlint: 1\nplan: {{horizon: {{start: 2001-01-01, end: 2004-12-31}}}}\n"
                    f"initiatives:\n  - {{id: I1, title: {title}, status: planned}}\n")
        if asked:
            RuleTester(initiative_without_dates).assert_fails(fragment, [("I1", 4)])
        else:
            RuleTester(initiative_without_dates).assert_passes(fragment)

    def test_a_plan_of_one_year_bounds_its_work(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {horizon: {start: 2018-07-01, end: 2019-06-30}}
            initiatives:
              - {id: I1, title: Launch the tree canopy study}
              - {id: I2, title: Monthly bulletin, kind: ongoing, start: 2018-07-01}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # an operating plan adopted in the autumn for the coming year
        RuleTester(initiative_without_dates).assert_passes(
            fragment.replace("2018-07-01, end", "2018-09-22, end").replace(
                "2019-06-30", "2019-12-31"))
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("2019-06-30", "2023-06-30"), [("I1", 4, "has no end date")])

    def test_a_plan_that_keeps_its_schedules_in_unpublished_delivery_plans(self) -> None:
        # a roadmap whose labs' delivery plans, with their timelines, are not reproduced
        fragment = dedent("""\
            planlint: 1
            plan: {horizon: {start: 2010-01-01, end: 2012-12-31}, withheld: [owners]}
            initiatives:
              - {id: I1, title: Install CCTV cameras in hotspots}
            """)
        RuleTester(initiative_without_dates).assert_fails(fragment, [("I1", 4)])
        RuleTester(initiative_without_dates).assert_passes(
            fragment.replace("[owners]", "[owners, schedules]"))

    def test_a_title_that_puts_the_work_in_a_year_states_its_end(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {horizon: {start: 2023-01-01, end: 2027-12-31}}
            initiatives:
              - {id: I1, title: "Fewer downtown missions in 2025, detectives redirected"}
              - {id: I2, title: Fundraising drives during 2018}
              - {id: I3, start: 2023-01-01, end: 2023-12-31}
              - {id: I4, start: 2023-01-01, end: 2023-12-31}
              - {id: I5, start: 2023-01-01, end: 2023-12-31}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # a year the work starts from, or a span of years, is no end
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("missions in 2025", "missions starting in 2025")
            .replace("during 2018", "in 2024/25"),
            [("I1", 4, "has no end date"), ("I2", 5, "has no end date")])

    def test_standing_provision_runs_with_a_plan_that_states_its_period(self) -> None:
        # a hospital's 2020-2022 implementation strategy: services, grants and
        # opportunities provided for the whole period, with no end state of their own
        fragment = dedent("""\
            planlint: 1
            plan: {horizon: {start: 2020-01-01, end: 2022-12-31}}
            initiatives:
              - {id: I1, title: Provide mental health care services through the Center}
              - {id: I2, title: Provide funding and/or in-kind support to community nonprofits}
              - {id: I3, title: Offering workforce development opportunities (internships)}
              - {id: I4, start: 2020-01-01, end: 2020-12-31}
              - {id: I5, start: 2020-01-01, end: 2020-12-31}
              - {id: I6, start: 2020-01-01, end: 2020-12-31}
              - {id: I7, start: 2020-01-01, end: 2020-12-31}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # provision that changes or sets something up has an end state to date
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("Provide mental health care services",
                             "Provide enhanced mental health care services")
            .replace("support to community nonprofits",
                     "support to establish a community clinic"),
            [("I1", 4, "has no end date"), ("I2", 5, "has no end date")])
        # in a plan whose period states no end, the provision's end is not known
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("horizon: {start: 2020-01-01, end: 2022-12-31}",
                             "horizon: {start: 2020-01-01}"),
            [("plan", 2, "3 of 7 initiatives")])

    def test_an_end_stated_in_words_as_a_part_of_a_year_is_an_end(self) -> None:
        # an annual report's "expect the integrated model to be in place by summer 2015",
        # an application's "Expected timeframe for approval ... is early 2015"
        fragment = dedent("""\
            planlint: 1
            plan: {horizon: {start: 2014-03-01, end: 2016-02-29}}
            initiatives:
              - {id: I1, title: Integrate the Glasgow depot, status: active,
                 start: 2014-03-18, description: Expected to be in place by summer 2015.}
              - {id: I2, title: "Update the zoning code (approval by the end of 2015)"}
              - {id: I6, title: Relocate the warehouse, description: Expected in late 2015.}
              - {id: I3, start: 2014-03-01, end: 2014-12-31}
              - {id: I4, start: 2014-03-01, end: 2014-12-31}
              - {id: I5, start: 2014-03-01, end: 2014-12-31}
              - {id: I7, start: 2014-03-01, end: 2014-12-31}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # a part of a year the work began in is no end
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("Expected to be in place by summer 2015.",
                             "Begun in early 2014.").replace("approval by the end of 2015",
                                                             "approval date to be set"),
            [("I1", 4, "has no end date"), ("I2", 6, "has no end date")])
        # in a plan whose period states no start, the end in words dates the work from the
        # plan's date, as an end of its own does
        words = dedent("""\
            planlint: 1
            plan: {as_of: 2014-12-31, horizon: {text: the entire designation period}}
            initiatives:
              - {id: I1, title: Development Code Update,
                 description: "Expected timeframe for approval is early 2015."}
            """)
        RuleTester(initiative_without_dates).assert_passes(words)
        RuleTester(initiative_without_dates).assert_fails(
            words.replace("is early 2015", "to be agreed"), [("I1", 4, "has no start and end")])

    def test_a_year_the_work_is_done_in_or_a_plan_is_for_is_an_end(self) -> None:
        # an annual report's "will use these findings to update this KPM target in 2026",
        # and its "new plan for 2026-2029", due before the period it is for starts
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-09-29, horizon: {start: 2019-01-01, end: 2025-08-31}}
            initiatives:
              - {id: I1, title: Update of the emissions model, status: active,
                 description: We will use these findings to update the target in 2026.}
              - {id: I2, title: New strategic plan for 2026-2029, status: active}
              - {id: I3, start: 2025-01-01, end: 2025-12-31}
              - {id: I4, start: 2025-01-01, end: 2025-12-31}
              - {id: I5, start: 2025-01-01, end: 2025-12-31}
              - {id: I6, start: 2025-01-01, end: 2025-12-31}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # a year the work begins or goes on in is no end, nor the period a plan is
        # implemented over
        for done, planned in (("will begin to update", "Implement the plan for 2026-2029"),
                              ("will continue to update", "Strategic plan 2026-2029 rollout")):
            RuleTester(initiative_without_dates).assert_fails(
                fragment.replace("will use these findings to update", done)
                .replace("New strategic plan for 2026-2029", planned),
                [("I1", 4, "has no end date"), ("I2", 6, "has no end date")])
        # nor a year before the plan's, nor a period begun by the plan's date
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("target in 2026", "target in 2024")
            .replace("for 2026-2029", "for 2025-2028"),
            [("I1", 4, "has no end date"), ("I2", 6, "has no end date")])

    def test_work_whose_end_is_known_runs_from_the_date_of_an_undated_plan(self) -> None:
        # a working group's charter with no start: its spin-out work is due by its
        # milestones' dates; a city department's plan with no horizon: a dashboard
        # reviewed daily, a continuing duty with no end by nature
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2026-08-20}
            initiatives:
              - {id: I1, title: Spin out incubating projects, status: active, metrics: [M1]}
              - {id: I2, title: Analyze Business Metrics, kind: ongoing}
              - {id: I3, start: 2026-01-01, end: 2026-12-31}
              - {id: I4, start: 2026-01-01, end: 2026-12-31}
              - {id: I5, start: 2026-01-01, end: 2026-12-31}
              - {id: I6, start: 2026-01-01, end: 2026-12-31}
            metrics:
              - {id: M1, title: Projects launched, target: {value: 2, date: 2025-12-31}}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # in a plan whose horizon states its start, the work starts with the plan; one
        # whose horizon states only its end leaves the start to be asked
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("as_of: 2026-08-20", "as_of: 2026-08-20, horizon: {end: 2027-12-31}"),
            [("I1", 4, "has no start date"), ("I2", 5, "has no start date")])

    def test_a_part_of_a_year_in_a_work_tables_time_column_is_an_end(self) -> None:
        # a city department's work table, "When: Spring 2018", kept word for word in the
        # description; another's "Timeline: Spring/Summer of 2026"
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2018-01-06}
            initiatives:
              - {id: I1, title: On Site Interpretation, description: "When: Spring 2018"}
              - {id: I2, title: Trail signage, description: "Timeline: Spring/Summer of 2026"}
              - {id: I3, start: 2018-01-06, end: 2018-06-30}
              - {id: I4, start: 2018-01-06, end: 2018-06-30}
              - {id: I5, start: 2018-01-06, end: 2018-06-30}
              - {id: I6, start: 2018-01-06, end: 2018-06-30}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # a season the work starts from, or one with no year, is no end
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("When: Spring 2018", "When: from spring 2018")
            .replace("Spring/Summer of 2026", "Post-February"),
            [("I1", 4, "has no start and end"), ("I2", 5, "has no start and end")])

    def test_a_sentence_opening_with_the_years_work_to_come_states_its_end(self) -> None:
        # annual performance reports: "This year, the office is developing an orientation
        # video"; "In 2024 due to a delay ... For 2025, ODFW is not changing our ...
        # contractor, and we expect to launch the survey for all four quarters"
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-09-30, horizon: {start: 2020-07-01, end: 2025-06-30}}
            initiatives:
              - {id: I1, title: Orientation video, status: active,
                 description: "\\"This year, the office is developing an orientation video.\\""}
              - {id: I2, title: Customer survey, status: planned,
                 description: "In 2024 due to a delay, no survey ran. For 2025, we expect to
                   launch the survey for all four quarters."}
              - {id: I3, start: 2021-01-01, end: 2021-12-31}
              - {id: I4, start: 2021-01-01, end: 2021-12-31}
              - {id: I5, start: 2021-01-01, end: 2021-12-31}
              - {id: I6, start: 2021-01-01, end: 2021-12-31}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # a past year is history, and a year the work starts in is no end
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("For 2025, we expect", "We expect")
            .replace("office is developing", "office will begin"),
            [("I1", 4, "has no end date"), ("I2", 6, "has no end date")])
        # without the plan's date, neither this year nor whether a year is past is known
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("as_of: 2025-09-30, ", ""),
            [("I1", 4, "has no end date"), ("I2", 6, "has no end date")])

    def test_a_theme_of_the_priorities_is_not_asked_to_serve_a_persons_goals(self) -> None:
        # the chief executive's short-term goal, one of her own objectives, stands beside
        # the priorities at the top; work under every priority is still a theme of the plan
        fragment = dedent("""\
            planlint: 1
            plan: {horizon: {start: 2021-08-10, end: 2026-08-31}}
            people:
              - {id: ceo, objectives: [STG-4]}
            goals:
              - {id: CV, title: Community Value}
              - {id: CE, title: Customer Excellence}
              - {id: STG-4, title: Identify four Vision Zero initiatives, owner: ceo}
            initiatives:
              - {id: SI-1, title: People Power, supports: [CV, CE]}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("objectives: [STG-4]", "role: GM"), [("SI-1", 10)])

    def test_a_programme_funded_year_after_year_has_no_end(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {horizon: {start: 2019-04-01, end: 2022-03-31}}
            initiatives:
              - {id: P1, title: Science and technology program}
            budgets:
              - {id: B1, amount: 100, period: 2019-20, funds: [P1]}
              - {id: B2, amount: 100, period: 2020-21, funds: [P1]}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("period: 2020-21", "period: 2019-20"), [("P1", 4)])

    def test_a_continuing_duty_under_way_has_begun(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, title: Street outreach, kind: ongoing, status: active}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # not yet begun, or not a continuing duty: its start is still to schedule
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("status: active", "status: planned"),
            [("I1", 3, "has no start date")])
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("kind: ongoing, ", ""), [("I1", 3)])

    def test_work_under_way_with_an_end_of_its_own_has_begun(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, title: Smart meter licence, status: active, end: 2014-09-30}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # not yet begun: its start is still to schedule; under way with no end: asks it
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("status: active", "status: planned"),
            [("I1", 3, "has no start date")])
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace(", end: 2014-09-30", ""), [("I1", 3, "no start and end")])

    def test_work_with_an_end_runs_from_the_date_of_a_plan_with_no_period(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2018-06-11}
            initiatives:
              - {id: I1, title: Re-entry fellowship, end: 2021-06-30}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # a plan that states its period starts its work with it, or asks a start
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("as_of: 2018-06-11", "as_of: 2018-06-11, horizon: {end: 2022-12-31}"),
            [("I1", 4, "has no start date")])

    def test_work_whose_money_is_still_sought_awaits_funding(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, title: Advance Peace}
            budgets:
              - {id: B1, title: In talks to secure $250K, amount: 250000, funds: [I1]}
            """)
        RuleTester(initiative_without_dates).assert_passes(fragment)
        # money held, or work already under way, is work to schedule
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("In talks to secure", "Has"), [("I1", 3)])
        RuleTester(initiative_without_dates).assert_fails(
            fragment.replace("Advance Peace}", "Advance Peace, status: active}"), [("I1", 3)])

    def test_missing_start_or_end_fires(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, start: 2001-01-01}
              - {id: I2, end: 2001-01-01}
              - {id: I3}
              - {id: I4, start: 2001-01-01, end: 2001-12-31}
              - {id: I7, start: 2001-01-01, end: 2001-12-31}
              - {id: I8, start: 2001-01-01, end: 2001-12-31}
              - {id: I9, start: 2001-01-01, end: 2001-12-31}
              - {id: I10, start: 2001-01-01, end: 2001-12-31}
              - {id: I11, start: 2001-01-01, end: 2001-12-31}
              - {id: I5, status: done}
              - {id: I6, status: cancelled}
            """)
        i1, i2, i3 = RuleTester(initiative_without_dates).assert_fails(
            fragment, [("I1", 3), ("I2", 4), ("I3", 5)])
        assert "has no end date" in i1.message
        assert "has no start date" in i2.message
        assert "has no start and end date" in i3.message


class TestInitiativeOutlastsGoal:
    def test_ending_after_every_goal_fires_at_end(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: G1, due: 2002-06-30}
              - {id: G2, due: 2002-12-31}
            initiatives:
              - {id: I1, supports: [G1, G2], end: 2003-01-01}
            """)
        [finding] = RuleTester(initiative_outlasts_goal).assert_fails(fragment, [("I1", 6)])
        assert finding.field == "end"
        assert "(G1 due 2002-06-30, G2 due 2002-12-31); end it by 2002-12-31" in finding.message
        assert [item.node for item in finding.related] == ["G1", "G2"]

    @pytest.mark.parametrize("initiative", [
        "{id: I1, supports: [G1, G2], end: 2002-12-31}",
        "{id: I1, supports: [G1, G2, G3], end: 2003-01-01}",
        "{id: I1, supports: [G1], status: done, end: 2003-01-01}",
        "{id: I1, supports: [G1]}",
        "{id: I1, end: 2003-01-01}",
        "{id: I1, supports: [ghost], end: 2003-01-01}",
    ])
    def test_passes(self, initiative: str) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: G1, due: 2002-06-30}
              - {id: G2, due: 2002-12-31}
              - {id: G3}
            """) + f"initiatives:\n  - {initiative}\n"
        RuleTester(initiative_outlasts_goal).assert_passes(fragment)

    def test_follow_up_after_a_closed_goal_is_not_an_overrun(self) -> None:
        """A year-end report's learning event, set for the next year, follows its met
        objective up."""
        fragment = dedent("""\
            planlint: 1
            goals: [{id: O1, start: 2024-04-01, due: 2025-03-31}]
            initiatives:
              - {id: I1, supports: [O1], status: planned, start: START, end: 2025-04-24}
            """)
        closed = RuleTester(initiative_outlasts_goal, as_of=D("2025-03-31"))
        closed.assert_passes(fragment.replace("START", "2025-04-24"))
        # work already under way that runs past the goal overruns it
        closed.assert_fails(fragment.replace("START", "2025-03-01"), [("I1", 4)])
        # and before the goal is due, work set to start after it is a wrong timeline
        RuleTester(initiative_outlasts_goal, as_of=D("2025-01-31")).assert_fails(
            fragment.replace("START", "2025-04-24"), [("I1", 4)])


def _assumption(fields: str) -> str:
    return f"planlint: 1\npeople: [{{id: russo}}]\nassumptions:\n  - {{id: A1, {fields}}}\n"


class TestUntestedAssumption:
    def test_every_open_condition_in_one_finding(self) -> None:
        [finding] = RuleTester(untested_assumption, as_of=D("2002-01-01")).assert_fails(
            _assumption("statement: Buyers return, check_by: 2001-12-31"), [("A1", 4)])
        assert finding.message.startswith(
            "assumption A1 (Buyers return) has no owner to test it, has no test that "
            "would confirm or refute it and is still unsettled after its check_by date "
            "2001-12-31; name an owner, state the test and settle it")
        assert finding.field is None

    @pytest.mark.parametrize(("fields", "field"), [
        ("test: Survey, check_by: 2001-12-31", None),
        ("owner: russo, check_by: 2001-12-31, test: ''", "test"),
        ("owner: russo, test: Survey, status: testing, check_by: 2001-06-29", "check_by"),
    ])
    def test_each_condition_alone(self, fields: str, field: str | None) -> None:
        [finding] = RuleTester(untested_assumption, as_of=D("2001-06-30")).assert_fails(
            _assumption(fields), [("A1", 4)])
        assert finding.field == field

    @pytest.mark.parametrize("fields", [
        "owner: russo, test: Survey, check_by: 2001-06-30",
        "owner: russo, test: Survey",
        "status: validated",
        "status: invalidated",
    ])
    def test_passes(self, fields: str) -> None:
        RuleTester(untested_assumption, as_of=D("2001-06-30")).assert_passes(
            _assumption(fields))

    def test_a_plan_that_tests_few_of_its_assumptions_is_reported_once(self) -> None:
        fragment = ("planlint: 1\npeople: [{id: russo}]\nassumptions:\n"
                    "  - {id: A1, statement: Buyers return, check_by: 2001-01-31}\n"
                    "  - {id: A2, statement: Rates stay low}\n"
                    "  - {id: A3, statement: Steel stays cheap, owner: russo}\n"
                    "  - {id: A4, statement: Dealers stay, owner: russo, test: Survey}\n"
                    "  - {id: R1, kind: risk, statement: A supplier fails}\n")
        _, overdue = RuleTester(untested_assumption, as_of=D("2001-06-30")).assert_fails(
            fragment, [("plan", None, "3 of 4 assumptions name no owner or no test (A1, A2, A3)"),
                       ("A1", 4, "after its check_by date 2001-01-31; settle it")])
        assert "has no owner" not in overdue.message

    @pytest.mark.parametrize(("statement", "belief"), [
        ("'To be successful, the group is expected to have six participants'", False),
        ("'Our success depends on volunteer time'", False),
        ("'The pilot ran. In order to succeed, we need two sponsors'", False),
        # a belief about others succeeding is still a belief to test
        ("'The new portal helps dealers to succeed in their markets'", True),
        ("'Customers want to be successful with less effort'", True),
        # a fiscal framework's GDP, inflation and population are forecasts read against
        # the official statistics, not beliefs the plan's work could confirm or refute
        ("'Lagos Nominal GDP (Estimated): N33.50 trillion'", False),
        ("'Inflation Rate (State Figure): 9.01%'", False),
        ("'Population: 28.1 million'", False),
        ("'Real GDP growth of 3.5% a year over the plan period'", False),
        # what the figure will do for the plan is a belief to test
        ("'Population growth of 3% a year will raise demand for our service'", True),
        ("'Population growth in the catchment will raise demand for our service'", True),
        ("'Inflation: a 3.5% increase to the council grant has been factored in'", True),
    ])
    def test_a_condition_of_success_or_a_macroeconomic_premise_is_no_belief(
            self, statement: str, belief: bool) -> None:
        fragment = f"planlint: 1\nassumptions:\n  - {{id: A1, statement: {statement}}}\n"
        tester = RuleTester(untested_assumption, as_of=D("2001-06-30"))
        if belief:
            tester.assert_fails(fragment, [("A1", 3)])
        else:
            tester.assert_passes(fragment)

    def test_a_unit_may_test_it_and_risks_and_obstacles_are_not_tested(self) -> None:
        RuleTester(untested_assumption, as_of=D("2001-06-30")).assert_passes(
            "planlint: 1\nunits: [{id: research}]\nassumptions:\n"
            "  - {id: A1, statement: Buyers return, owner: research, test: Survey}\n"
            "  - {id: R1, kind: risk, statement: A supplier fails}\n"
            "  - {id: O1, kind: obstacle, statement: Lack of a dealer network}\n")

    def test_an_opportunity_is_not_tested(self) -> None:
        # a favourable condition that may help the plan (a SWOT's opportunity) is no
        # premise it rests on: nothing to confirm or refute
        RuleTester(untested_assumption, as_of=D("2001-06-30")).assert_passes(
            "planlint: 1\nassumptions:\n"
            "  - {id: T1, kind: opportunity, statement: Faster adoption of electric "
            "vehicles in the fleet}\n")

    def test_a_condition_of_success_is_not_tested(self) -> None:
        # what the plan needs to succeed (its success factors, what its results depend on
        # others doing) is checked as its resources are, not confirmed or refuted
        RuleTester(untested_assumption, as_of=D("2001-06-30")).assert_passes(
            "planlint: 1\nassumptions:\n"
            "  - {id: S1, kind: condition, statement: Partner organisations contributing "
            "staff time}\n"
            "  - {id: S2, kind: condition, statement: Indicators G and H depend on the "
            "network's engagement}\n")
        RuleTester(untested_assumption, as_of=D("2001-06-30")).assert_fails(
            "planlint: 1\nassumptions:\n"
            "  - {id: A1, statement: Partner organisations contributing staff time}\n")


class TestInvalidatedAssumption:
    FRAGMENT = dedent("""\
        planlint: 1
        goals:
          - {id: G1, due: 2001-06-30}
          - {id: G2, due: 2001-06-29}
          - {id: G3}
        assumptions:
          - {id: A1, affects: [G1, G2, G3], status: invalidated}
          - {id: A2, affects: [G1], status: testing}
          - {id: A3, affects: [G2], status: invalidated}
          - {id: A4, status: invalidated}
        """)

    def test_goals_not_past_due_still_rest_on_it(self) -> None:
        [finding] = RuleTester(invalidated_assumption, as_of=D("2001-06-30")).assert_fails(
            self.FRAGMENT, [("A1", 7)])
        assert finding.field == "status"
        assert "but G1, G3 still rest on it" in finding.message
        assert [item.node for item in finding.related] == ["G1", "G3"]

    def test_goal_past_due_is_done(self) -> None:
        RuleTester(invalidated_assumption, as_of=D("2001-07-01")).assert_fails(
            self.FRAGMENT, [("A1", 7)])
        fragment = self.FRAGMENT.replace("  - {id: G3}\n", "  - {id: G3, due: 2001-01-01}\n")
        RuleTester(invalidated_assumption, as_of=D("2001-07-01")).assert_passes(fragment)

    def test_a_short_cycle_past_its_closing_review_is_revised_by_the_next_plan(self) -> None:
        cycle = "plan: {horizon: {start: 2001-04-01, end: 2001-06-30}}\n"
        held = "reviews: [{id: R1, cadence: quarterly, last_held: 2001-06-%s}]\n"
        tester = RuleTester(invalidated_assumption, as_of=D("2001-06-29"))
        tester.assert_passes(self.FRAGMENT + cycle + held % "28")
        tester.assert_fails(self.FRAGMENT + cycle + held.replace("06-%s", "05-%s") % "28",
                            [("A1", 7), ("A3", 9)])
        tester.assert_fails(self.FRAGMENT + held % "28", [("A1", 7), ("A3", 9)])


class TestTooManyPriorities:
    def _goals(self, top: int, below: int = 0) -> str:
        lines = [f"  - {{id: G{n}}}" for n in range(top)]
        lines += [f"  - {{id: S{n}, parent: G0}}" for n in range(below)]
        return "planlint: 1\nplan: {id: p}\ngoals:\n" + "\n".join(lines) + "\n"

    def test_more_than_seven_top_goals_fire_at_the_plan(self) -> None:
        [finding] = RuleTester(too_many_priorities).assert_fails(self._goals(8), [("p", 2)])
        assert "has 8 top-level goals (G0, G1, G2, G3, G4, G5, G6, G7)" in finding.message
        assert len(finding.related) == 8

    def test_sub_goals_do_not_count(self) -> None:
        RuleTester(too_many_priorities).assert_passes(self._goals(7, below=5))

    def test_goals_driving_objectives_below_the_top_do_not_count(self) -> None:
        """A grant's period goals, each driving secondary objectives of its aim, are the
        year's work towards them, not more aims; a strategy map's goals driving other
        top-level goals still count."""
        plan = self._goals(3, below=5) + "".join(
            f"  - {{id: P{n}, drives: [S{n % 5}, S{(n + 1) % 5}]}}\n" for n in range(14))
        RuleTester(too_many_priorities).assert_passes(plan)
        RuleTester(too_many_priorities).assert_fails(
            plan.replace("drives: [S0, S1]", "drives: [G1]")
            + "".join(f"  - {{id: M{n}, drives: [G0]}}\n" for n in range(4)), [("p", 2)])

    def test_goals_with_a_dangling_parent_do_not_count(self) -> None:
        RuleTester(too_many_priorities).assert_passes(
            self._goals(7) + "  - {id: X, parent: ghost}\n")

    def test_option(self) -> None:
        RuleTester(too_many_priorities, options={"max_top_goals": 3}).assert_fails(
            self._goals(4), [("p", 2)])
        RuleTester(too_many_priorities, options={"max_top_goals": 4}).assert_passes(
            self._goals(4))

    def test_goals_from_every_file_count(self, tmp_path: Path) -> None:
        (tmp_path / "a.yaml").write_text(self._goals(4))
        (tmp_path / "b.yaml").write_text(
            "planlint: 1\ngoals:\n" + "".join(f"  - {{id: B{n}}}\n" for n in range(4)))
        RuleTester(too_many_priorities).assert_fails(tmp_path, [("p", 2)])

    def test_goals_of_several_units_or_quarters_do_not_compete(self) -> None:
        goals = "".join(f"  - {{id: A{n}, unit: u{n % 2}}}\n" for n in range(12))
        RuleTester(too_many_priorities).assert_passes("planlint: 1\ngoals:\n" + goals)
        queued = "".join(f"  - {{id: Q{n}, due: 2024-{n + 1:02}-28}}\n" for n in range(12))
        RuleTester(too_many_priorities).assert_passes("planlint: 1\ngoals:\n" + queued)

    def test_goals_dated_only_by_their_targets_are_due_when_those_are(self) -> None:
        """In a plan with no period, a goal with no date of its own is due by its metrics'
        targets (an EMS's ten objectives, each with one target due 2025 to 2030); where the
        plan sets a period, its goals are due at its end, whatever their targets' dates."""
        goals = "".join(f"  - {{id: E{n}, metrics: [M{n}]}}\n" for n in range(10))
        metrics = "".join(
            f"  - {{id: M{n}, target: {{value: 100, date: {2025 + n % 4}-12-31}}}}\n"
            for n in range(10))
        plan = "planlint: 1\nplan: {id: p}\ngoals:\n" + goals + "metrics:\n" + metrics
        RuleTester(too_many_priorities).assert_passes(plan)
        RuleTester(too_many_priorities).assert_fails(
            plan.replace("plan: {id: p}",
                         "plan: {id: p, horizon: {start: 2025-01-01, end: 2028-12-31}}"),
            [("p", 2)])
        RuleTester(too_many_priorities).assert_fails(
            plan.replace("date: 2026", "date: 2025").replace("date: 2027", "date: 2025")
            .replace("date: 2028", "date: 2025"), [("p", 2)])

    def test_goals_are_carried_by_the_one_unit_their_work_is_given_to(self) -> None:
        goals = "".join(f"  - {{id: G{n}}}\n" for n in range(10))
        work = "".join(f"  - {{id: I{n}, unit: u{n % 2}, supports: [G{n}]}}\n"
                       for n in range(10))
        plan = "planlint: 1\nplan: {id: p}\ngoals:\n" + goals + "initiatives:\n"
        RuleTester(too_many_priorities).assert_passes(plan + work)
        # work given to several units, or to none, leaves the goal with the plan
        shared = work + "".join(f"  - {{id: J{n}, unit: u2, supports: [G{n}]}}\n"
                                for n in range(10))
        RuleTester(too_many_priorities).assert_fails(plan + shared, [("p", 2)])
        unassigned = "".join(f"  - {{id: I{n}, supports: [G{n}]}}\n" for n in range(10))
        RuleTester(too_many_priorities).assert_fails(plan + unassigned, [("p", 2)])
        # a plan whose work all goes to one unit: that unit's goals are the plan's
        own = "".join(f"  - {{id: I{n}, unit: u0, supports: [G{n}]}}\n" for n in range(10))
        RuleTester(too_many_priorities).assert_fails(plan + own, [("p", 2)])

    def test_goals_given_nothing_beside_goals_carrying_the_work_do_not_count(self) -> None:
        """An organization's standing goals printed beside the strategy areas that hold
        its projects: no work, measure, sub-goal or owner is given to them, so they
        compete for nothing; where no goal carries work, or a goal is owned or measured,
        it counts."""
        areas = "".join(f"  - {{id: A{n}}}\n" for n in range(5))
        stated = "".join(f"  - {{id: S{n}}}\n" for n in range(5))
        work = "initiatives:\n" + "".join(
            f"  - {{id: P{n}, supports: [A{n}]}}\n" for n in range(5))
        plan = ("planlint: 1\nplan: {id: p}\npeople: [{id: ceo, leader: true}]\ngoals:\n"
                + areas + stated)
        RuleTester(too_many_priorities).assert_passes(plan + work)
        RuleTester(too_many_priorities).assert_fails(plan, [("p", 2)])
        for given in ("owner: ceo", "metrics: [M1]"):
            RuleTester(too_many_priorities).assert_fails(
                plan.replace("{id: S0}", f"{{id: S0, {given}}}").replace(
                    "{id: S1}", f"{{id: S1, {given}}}").replace(
                    "{id: S2}", f"{{id: S2, {given}}}") + work
                + "metrics: [{id: M1, title: Members retained}]\n", [("p", 2)])

    def test_an_objective_is_carried_by_the_units_its_goals_are_given_to(self) -> None:
        # eight objectives, each with two goals given to committees, none more than four
        objectives = "".join(f"  - {{id: O{n}}}\n" for n in range(8))
        goals = "".join(f"  - {{id: O{n}.{k}, parent: O{n}, unit: c{(n + k) % 4}}}\n"
                        for n in range(8) for k in range(2))
        plan = "planlint: 1\nplan: {id: p}\ngoals:\n" + objectives
        RuleTester(too_many_priorities).assert_passes(plan + goals)
        # one committee given a goal of every objective carries all eight
        RuleTester(too_many_priorities).assert_fails(
            plan + goals.replace("unit: c0", "unit: c1").replace("unit: c2", "unit: c1")
            .replace("unit: c3", "unit: c1"), [("p", 2)])
        # a goal given to no unit, or an objective the leadership owns, stays the plan's
        unassigned = "".join(f"  - {{id: O{n}.9, parent: O{n}}}\n" for n in range(8))
        RuleTester(too_many_priorities).assert_fails(plan + goals + unassigned, [("p", 2)])
        owned = objectives.replace("}", ", owner: ceo}")
        RuleTester(too_many_priorities).assert_fails(
            "planlint: 1\nplan: {id: p}\npeople: [{id: ceo, leader: true}]\ngoals:\n"
            + owned + goals, [("p", 2)])

    def test_goals_of_people_outside_the_leadership_are_their_own(self) -> None:
        people = "people: [{id: a}, {id: b}, {id: ceo, leader: true}, {id: cfo, leader: true}]\n"
        goals = "".join(f"  - {{id: G{n}, owner: {'ab'[n % 2]}}}\n" for n in range(10))
        RuleTester(too_many_priorities).assert_passes(
            "planlint: 1\nplan: {id: p}\n" + people + "goals:\n" + goals)
        leaders = goals.replace("owner: a", "owner: ceo").replace("owner: b", "owner: cfo")
        RuleTester(too_many_priorities).assert_fails(
            "planlint: 1\nplan: {id: p}\n" + people + "goals:\n" + leaders, [("p", 2)])

    def test_sections_of_a_part_the_plan_does_not_give_count_as_that_part(self) -> None:
        """An agency's status report lists its earlier plan's numbered sections (2.2 to
        5.8) without the four parts they sit under: each part counts once; a part the
        plan gives as a goal leaves its unlinked sections to count, and so do sections
        of more parts than the limit."""
        sections = ["2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.3",
                    "5.1", "5.2", "5.4", "5.5", "5.6"]
        plan = "planlint: 1\nplan: {id: p}\ngoals:\n" + "".join(
            f"  - {{id: '{section}'}}\n" for section in sections)
        RuleTester(too_many_priorities).assert_passes(plan)
        RuleTester(too_many_priorities).assert_fails(plan + "  - {id: '5'}\n", [("p", 2)])
        [finding] = RuleTester(too_many_priorities).assert_fails(
            plan + "".join(f"  - {{id: '{n}.1'}}\n" for n in range(6, 10)), [("p", 2)])
        assert "has 8 top-level goals (2 (2.2, 2.3), 3 (3.1, 3.2, 3.3)," in finding.message
        RuleTester(too_many_priorities).assert_fails(
            plan.replace("'2.", "'G2.").replace("'3.", "'G3.")
            .replace("'4.", "'G4."), [("p", 2)])

    def test_series_each_counted_from_one_are_lists_of_their_own(self) -> None:
        """A strategy's objectives O1-O4 beside its targets T1-T4, or strategic goals,
        objectives and performance goals numbered SG, SO and PG: each list is limited on
        its own, with the goals numbered in no series as one more; a list numbered across
        its series, or one series alone, counts whole."""
        def plan(*ids: str) -> str:
            return "planlint: 1\nplan: {id: p}\ngoals:\n" + "".join(
                f"  - {{id: {goal}}}\n" for goal in ids)
        tester = RuleTester(too_many_priorities)
        tester.assert_passes(plan(*(f"O{n}" for n in range(1, 5)),
                                  *(f"T{n}" for n in range(1, 5))))
        tester.assert_passes(plan(*(f"{n}" for n in range(1, 5)), *(f"P{n}" for n in range(1, 5)),
                                  *(f"G-{n}" for n in "abcdef")))
        [finding] = tester.assert_fails(
            plan(*(f"SG{n}" for n in range(1, 6)), *(f"PG{n}" for n in range(1, 9))),
            [("p", 2)])
        assert "has 8 top-level goals numbered PG1, PG2, ... (PG1," in finding.message
        tester.assert_fails(plan(*(f"E{n}" for n in range(1, 5)),
                                 *(f"S{n}" for n in range(5, 9))), [("p", 2)])
        tester.assert_fails(plan(*(f"O{n}" for n in range(1, 5)), "T1",
                                 *(f"G-{n}" for n in "abc")), [("p", 2)])

    def test_bad_option_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError, match="max_top_goals: should be a valid integer"):
            RuleTester(too_many_priorities, options={"max_top_goals": "7"}).findings(
                "planlint: 1\n")


def test_a_step_of_a_goal_of_a_year_ends_with_it() -> None:
    plan = ("planlint: 1\nplan: {horizon: {start: 2025-10-01, end: 2029-09-30}}\n"
            "goals:\n  - {id: G1, title: Succession plan adopted, due: DUE}\n"
            "initiatives:\n  - {id: T1, title: Identify who leaves, supports: [G1]}\n")
    RuleTester(initiative_without_dates).assert_passes(plan.replace("DUE", "2026-09-30"))
    # a goal of the plan's four years leaves its work to be dated
    RuleTester(initiative_without_dates).assert_fails(plan.replace("DUE", "2029-09-30"),
                                                      [("T1", 6)])


def test_each_of_the_things_a_goal_counts_is_due_by_its_last_target() -> None:
    """Several like pieces of work whose titles name the unit their goal's measure counts
    in (a depot in Leeds, a depot in York, under a goal of depots open) are scheduled by
    that measure's dated targets; one piece of work alone, or a unit no title names, is
    not."""
    plan = ("planlint: 1\nplan: {horizon: {start: 2001-01-01, end: 2004-12-31}}\n"
            "goals: [{id: G1, title: Regional depots, metrics: [M1]}]\n"
            "metrics:\n  - {id: M1, title: Depots open, unit: UNIT, "
            "targets: [{value: 1, date: 2002-12-31}], target: {value: 2, date: 2004-12-31}}\n"
            "initiatives:\n  - {id: I1, title: New depot - Leeds, supports: [G1]}\n"
            "  - {id: I2, title: New depot - York, supports: [G1]}\n")
    RuleTester(initiative_without_dates).assert_passes(plan.replace("UNIT", "depots"))
    RuleTester(initiative_without_dates).assert_fails(
        plan.replace("UNIT", "vans"), [("plan", None)])
    RuleTester(initiative_without_dates).assert_fails(
        plan.replace("UNIT", "depots").replace("New depot - York", "Hire drivers"),
        [("plan", None)])


def test_a_line_of_work_is_paced_by_its_goals_targets_over_the_plan() -> None:
    """A line of work with nothing of its own to schedule by, under a goal whose measures
    set dated targets in three years or more up to the plan's end, runs with the plan; a
    goal with fewer target years, or whose targets stop before the plan ends, or work with
    a status of its own, leaves the work to be dated."""
    plan = ("planlint: 1\nplan: {horizon: {start: 2021-01-01, end: 2030-12-31}}\n"
            "goals: [{id: G1, title: A city in nature, metrics: [M1]}]\n"
            "metrics:\n  - {id: M1, title: Nature parks, unit: ha, targets: "
            "[{value: 130, date: 2026-12-31}, {value: 200, date: SECOND}], "
            "target: {value: 300, date: LAST}}\n"
            "initiatives:\n  - {id: I1, title: Expand the nature park network, "
            "supports: [G1]WITH}\n")
    paced = {"SECOND": "2028-12-31", "LAST": "2030-12-31", "WITH": ""}

    def variant(**changes: str) -> str:
        text = plan
        for key, value in {**paced, **changes}.items():
            text = text.replace(key, value)
        return text

    RuleTester(initiative_without_dates).assert_passes(variant())
    RuleTester(initiative_without_dates).assert_passes(variant(LAST="2035-12-31"))
    RuleTester(initiative_without_dates).assert_fails(variant(SECOND="2026-06-30"),
                                                      [("I1", 7)])
    RuleTester(initiative_without_dates).assert_fails(variant(LAST="2029-12-31"),
                                                      [("I1", 7)])
    RuleTester(initiative_without_dates).assert_fails(variant(WITH=", status: planned"),
                                                      [("I1", 7)])


def test_work_whose_own_measure_dates_one_year_is_scheduled_by_it() -> None:
    """A row of an action plan whose own measure sets what it delivers by one year's date
    (six new district offices in 2017-18, the later year columns empty) ends with that
    target; one whose measure states no dated target is asked for its end."""
    plan = ("planlint: 1\nplan: {horizon: {start: 2017-04-01, end: 2030-03-31}}\n"
            "initiatives:\n  - {id: I1, title: Establishment of new DAO office, "
            "metrics: [M1]}\n"
            "  - {id: I2, title: Establishment of new SDAO office, metrics: [M2]}\n"
            "  - {id: I3, title: Establishment of new EE office, metrics: [M3]}\n"
            "metrics:\n"
            "  - {id: M1, title: New DAO offices, unit: No., target: TARGET}\n"
            "  - {id: M2, title: New SDAO offices, unit: No., "
            "target: {value: 6, date: 2018-03-31}}\n"
            "  - {id: M3, title: New EE offices, unit: No., "
            "target: {value: 5, date: 2018-03-31}}\n")
    RuleTester(initiative_without_dates).assert_passes(
        plan.replace("TARGET", "{value: 6, date: 2018-03-31}"))
    RuleTester(initiative_without_dates).assert_fails(
        plan.replace("TARGET", "{value: 6}"), [("I1", 4, "has no end date")])


def test_goals_aligned_to_the_objectives_are_not_more_priorities() -> None:
    """Targets set in support of the objectives (``also_aligned_to``) are their focus: four
    objectives and four such targets are four priorities, not eight."""
    objectives = "".join(f"  - {{id: O{i}}}\n" for i in range(1, 5))
    targets = "".join(f"  - {{id: T{i}, also_aligned_to: [O1, O2, O3, O4]}}\n"
                      for i in range(1, 5))
    plan = "planlint: 1\nplan: {id: p}\ngoals:\n" + objectives + targets
    RuleTester(too_many_priorities).assert_passes(plan)
    # not aligned, and numbered in the objectives' series, they are four more
    RuleTester(too_many_priorities).assert_fails(
        plan.replace(", also_aligned_to: [O1, O2, O3, O4]", "").replace("id: T", "id: O1"),
        [("p", 2)])


def test_work_at_the_site_of_dated_work_follows_its_schedule() -> None:
    """Work whose title puts it at the site another piece of work of the plan builds, by
    its name (research at the proposed Country Acres solar facility, Country Acres due by
    2026), ends with that work; work at a site the plan does not date, or a name that
    only shares a word, is asked for its end."""
    plan = ("planlint: 1\nplan: {horizon: {start: 2023-01-01, end: 2030-12-31}}\n"
            "initiatives:\n"
            "  - {id: P1, title: 'Country Acres (local solar PV, 344 MW)', start: 2023-01-01,"
            " end: 2026-12-31}\n"
            "  - {id: P2, title: Rancho Seco Solar II, start: 2023-01-01, end: 2024-12-31}\n"
            "  - {id: P3, title: Sierra Hydro, start: 2023-01-01, end: 2025-12-31}\n"
            "  - {id: I1, title: SITE, start: 2023-06-01}\n")
    RuleTester(initiative_without_dates).assert_passes(
        plan.replace("SITE", "Agrivoltaics research at the proposed Country Acres solar "
                             "facility (with UC Davis)"))
    for title in ("Agrivoltaics research at the proposed Elk Grove solar facility",
                  "Agrivoltaics research at the Country Club", "Country Acres research"):
        RuleTester(initiative_without_dates).assert_fails(
            plan.replace("SITE", title), [("I1", 7, "has no end date")])


def test_a_register_row_whose_item_dated_work_names_ends_with_it() -> None:
    """A row of a register (``Enrollment pathway: Veterans with disabilities``) whose item
    another piece of work of the plan names in its title with an end (the roadmap's
    in-person enrollment for veterans with disabilities, due in Q4) ends with that work;
    an item named only by work that states no end, by one word, or a title without a
    register's label, is asked for its end."""
    plan = ("planlint: 1\nplan: {horizon: {start: 2026-01-01, end: 2027-12-31}}\n"
            "initiatives:\n"
            "  - {id: R1, title: In-person enrollment for U.S. Veterans with disabilities,"
            " start: 2026-10-01, end: 2026-12-31}\n"
            "  - {id: R2, title: Self-serve enrollment for veterans, start: 2027-01-01,"
            " end: 2027-06-30}\n"
            "  - {id: R3, title: Enrollment for young people, status: done}\n"
            "  - {id: P1, title: 'ROW', status: planned}\n")
    RuleTester(initiative_without_dates).assert_passes(
        plan.replace("ROW", "Enrollment pathway: Veterans with disabilities"))
    for row in ("Enrollment pathway: Young people", "Enrollment pathway: Veterans",
                "Enrollment pathway: Older adults", "Veterans with disabilities"):
        RuleTester(initiative_without_dates).assert_fails(
            plan.replace("ROW", row), [("P1", 7, "has no end date")])


def test_work_measured_by_recurring_reports_is_a_standing_duty() -> None:
    """An initiative measured only by reports made again and again (the yearly audit
    report, regular budget reports) is a standing duty with no end; a project measured by
    its monthly progress reports, or by a report made once, is asked for its end."""
    plan = ("planlint: 1\nplan: {horizon: {start: 2023-07-01, end: 2027-06-30}}\n"
            "initiatives:\n"
            "  - {id: I1, title: Provide evidence of responsible fiscal stewardship,"
            " start: 2023-09-13, metrics: [M1]}\n"
            "metrics:\n  - {id: M1, title: REPORT}\n")
    RuleTester(initiative_without_dates).assert_passes(
        plan.replace("REPORT", "December Audit Report and continued regular budget reports"))
    for title in ("Monthly progress reports to the board", "Final audit report"):
        RuleTester(initiative_without_dates).assert_fails(
            plan.replace("REPORT", title), [("I1", 4, "has no end date")])


def test_a_period_counted_from_an_event_still_to_come_dates_the_goals() -> None:
    """An action document states its period as a length from the contracts its approval
    leads to (``horizon: {length: P36M}``): its goals are due at the end of that period,
    which no date can name yet; a length beside a dated end leaves the end to judge."""
    fragment = ("planlint: 1\nplan: {id: p, horizon: HORIZON}\n"
                "goals:\n  - {id: G1, title: Youth employment in rural areas}\n"
                "  - {id: G2, title: Skills centres rehabilitated}\n")
    RuleTester(goal_without_deadline).run(
        passes=[fragment.replace("HORIZON", "{length: P36M}")],
        fails=[(fragment.replace("HORIZON", "{start: 2018-09-01}"), [("p", 2)])])


def test_work_of_a_short_span_counted_from_an_event_still_to_come_is_due_within_it() -> None:
    """A party's plan for its first hundred days as a national party (``horizon: {length:
    P100D}``): its work starts and is due within those days, which no date can name yet,
    as the work of a dated plan of a year ends with it; not the work of a multi-year
    action (``P36M``), nor of a plan that states no span."""
    fragment = ("planlint: 1\nplan: {id: p, horizon: HORIZON}\n"
                "initiatives:\n  - {id: I1, title: Organise an engineering team}\n"
                "  - {id: I2, title: Launch a cross-party caucus}\n")
    RuleTester(initiative_without_dates).run(
        passes=[fragment.replace("HORIZON", "{length: P100D}")],
        fails=[(fragment.replace("HORIZON", "{length: P36M}"), [("p", 2)]),
               (fragment.replace("HORIZON", "{text: the coming term}"), [("p", 2)])])


def test_a_period_stated_in_words_of_budget_periods_dates_the_goals() -> None:
    """A ministry's strategy states its span only in words tied to budget periods
    (``horizon: {text: ...}``): its goals are due when that period ends, which no
    calendar date names yet; words that say there is none state no period."""
    fragment = ("planlint: 1\nplan: {id: p, horizon: HORIZON}\n"
                "goals:\n  - {id: G1, title: Transforming our services}\n"
                "  - {id: G2, title: Breaking barriers to digital transformation}\n")
    RuleTester(goal_without_deadline).run(
        passes=[fragment.replace("HORIZON", "{text: 'the remainder of this spending review "
                                            "and the lifetime of the next review'}")],
        fails=[(fragment.replace("HORIZON", "{text: To be determined}"), [("p", 2)])])


def test_sections_of_one_part_and_goals_of_a_led_unit_count_as_priorities() -> None:
    tester = RuleTester(too_many_priorities)
    # twelve sections of one part, each owned: the plan's own numbering
    sections = "".join(f"  - {{id: '1.{n}', owner: ceo}}\n" for n in range(1, 13))
    tester.assert_fails("planlint: 1\npeople: [{id: ceo, leader: true}]\ngoals:\n"
                        + sections, [("plan", None)])
    # eight goals of a team whose lead answers for them, one with work
    goals = "".join(f"  - {{id: G{n}, unit: exec}}\n" for n in range(1, 9))
    tester.assert_fails("planlint: 1\npeople: [{id: ceo, leader: true}]\n"
                        "units: [{id: exec, lead: ceo}]\ngoals:\n" + goals
                        + "initiatives: [{id: I1, supports: [G1]}]\n", [("plan", None)])


def test_lines_of_activity_counted_in_their_output_are_not_priorities() -> None:
    """A HUD grantee's Consolidated Plan goals, each measured only by its cumulative
    accomplishment against the five-year goal, are the lines of work the grants fund, not
    eight priorities; eight goals measured by levels are."""
    lines = ("Rental Housing", "Owner Rehab", "Homeless Services", "Public Services",
             "Infrastructure", "Public Facilities", "Economic Development", "Jobs")
    goals = "".join(
        f"  - {{id: G{n}, title: {title}, metrics: [{{id: M{n}, title: "
        f"'{title} - WHAT (Units)', unit: Units, target: {{value: 100, date: 2020-06-30}}, "
        f"actuals: [{{date: 2018-06-30, value: 40}}]}}]}}\n"
        for n, title in enumerate(lines, 1))
    plan = ("planlint: 1\nplan: {id: p, horizon: {start: 2015-07-01, end: 2020-06-30}, "
            "as_of: 2018-06-30}\ngoals:\n" + goals)
    RuleTester(too_many_priorities).assert_passes(
        plan.replace("WHAT", "cumulative accomplishment"))
    RuleTester(too_many_priorities).assert_fails(
        plan.replace("WHAT", "share of households served"), [("p", 2)])


def test_standing_lines_of_work_read_by_their_dated_steps_are_not_priorities() -> None:
    """A staff network's business plan with no period of its own lists its work streams,
    each read only by the dated milestones of its work over several quarters: standing
    lines of work, not priorities chosen for a period. Goals with a date, in a plan with
    a horizon, with steps all in one quarter, or with no steps at all still count."""
    streams = ("Mentoring programme", "Conference", "Face-to-face socials", "Digital socials",
               "Bi+ inclusion", "Women inclusion", "Pride", "Networks")
    goals = "".join(
        f"  - {{id: G{n}, title: '{title}'DUE, metrics: [{{id: G{n}.1, title: Recruit a lead "
        f"for this work, kind: milestone, target: {{value: 1, date: 2021-12-31}}}}, "
        f"{{id: G{n}.2, title: Hold the first event, kind: milestone, "
        f"target: {{value: 1, date: LATER}}}}]}}\n"
        for n, title in enumerate(streams, 1))
    plan = "planlint: 1\nplan: {id: p, as_of: 2022-01-31HORIZON}\ngoals:\n" + goals
    tester = RuleTester(too_many_priorities)
    tester.assert_passes(plan.replace("DUE", "").replace("LATER", "2022-06-30")
                         .replace("HORIZON", ""))
    for due, later, horizon in (
            (", due: 2022-12-31", "2022-06-30", ""),
            ("", "2022-06-30", ", horizon: {start: 2021-07-01, end: 2023-06-30}"),
            ("", "2021-12-31", "")):
        tester.assert_fails(plan.replace("DUE", due).replace("LATER", later)
                            .replace("HORIZON", horizon), [("p", 2)])
    bare = "".join(f"  - {{id: G{n}, title: '{title}'}}\n" for n, title in enumerate(streams, 1))
    tester.assert_fails("planlint: 1\nplan: {id: p}\ngoals:\n" + bare, [("p", 2)])


def test_work_of_a_plan_for_one_release_is_due_with_it() -> None:
    """A team's plan for one numbered release or sprint (``horizon: {text: Plan for
    3.14}``, ``by the end of Sprint 11``): its work is due with that release, whose dates
    the project's release schedule or the team's sprints set; not a period named in words
    that is no release (a coming term, a decimal of years), nor a dated plan."""
    fragment = ("planlint: 1\nplan: {id: p, horizon: HORIZON}\n"
                "initiatives:\n  - {id: I1, title: Top-of-stack caching}\n"
                "  - {id: I2, title: Tail-calling interpreter}\n")
    RuleTester(initiative_without_dates).run(
        passes=[fragment.replace("HORIZON", "{text: Plan for 3.14 (the 3.14 timeframe)}"),
                fragment.replace("HORIZON", "{text: by the end of Sprint 11}")],
        fails=[(fragment.replace("HORIZON", "{text: the coming term}"), [("p", 2)]),
               (fragment.replace("HORIZON", "{text: the next 1.5 years}"), [("p", 2)]),
               (fragment.replace("HORIZON", "{text: Plan for 3.14, start: 2024-10-01}"),
                [("p", 2)])])


def test_a_plan_for_one_release_takes_its_direction_from_the_project() -> None:
    """A plan for one numbered release or sprint of a standing project (``Plan for 3.14``)
    is not asked a vision: the project's direction is the project's to state; a plan whose
    period in words names no release is still asked."""
    fragment = ("planlint: 1\nplan: {id: p, horizon: HORIZON}\n"
                "goals:\n  - {id: G1, title: Performance, metrics: [{id: M1, title: Speed}]}\n"
                "  - {id: G2, title: Subinterpreters}\n")
    RuleTester(no_vision).run(
        passes=[fragment.replace("HORIZON", "{text: Plan for 3.14}"),
                fragment.replace("HORIZON", "{text: by the end of Sprint 11}")],
        fails=[(fragment.replace("HORIZON", "{text: the coming term}"), [("p", 2)])])
