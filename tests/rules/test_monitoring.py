"""PL8 monitoring: reviews, fresh and on-track metrics, overdue work, overspending."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from textwrap import dedent, indent

import pytest

from planlint import Config, lint
from planlint.api import load_plan
from planlint.errors import UsageError
from planlint.model import Metric
from planlint.rules.monitoring import (
    overdue_initiative,
    overspent_budget,
    unanswered_off_track_rating,
    underspent_budget,
)
from planlint.rules.off_track import (
    denied,
    off_track_metric,
    off_track_without_action,
    target_already_passed,
)
from planlint.rules.reviews import (
    no_review,
    review_cadence_too_slow,
    review_overdue,
    review_without_cadence,
    unreviewed_goal,
)
from planlint.rules.staleness import plan_never_read, stale_metric
from planlint.rules.targets import metric_without_target
from planlint.testing import RuleTester
from planlint.timeline import add_cadence, reported

D = date.fromisoformat

#: One executive's own objectives for a school year, each graded met at its end.
GRADED_OBJECTIVES = dedent("""\
    planlint: 1
    plan: {id: p, horizon: {text: During the 2017-18 school year}, as_of: 2018-06-30,
           sponsor: sup}
    people:
      - {id: sup, role: Superintendent, objectives: [G1, G2]}
      - {id: board, role: Board President}
    goals:
      - {id: G1, owner: sup, actuals: [{date: 2018-06-30, value: 1, text: Met}]}
      - {id: G2, owner: sup, actuals: [{date: 2018-06-30, value: 1, text: Met}]}
    """)


class TestNoReview:
    def test_goals_without_a_review_fire_at_the_plan(self) -> None:
        fragment = "planlint: 1\nplan: {id: p, title: T}\ngoals: [{id: G1}]\n"
        [finding] = RuleTester(no_review).assert_fails(fragment, [("p", 2)])
        assert "no review forum" in finding.message

    def test_a_plan_without_goals_passes(self) -> None:
        RuleTester(no_review).assert_passes("planlint: 1\nplan: {id: p}\n")

    def test_a_dashboard_of_measures_against_targets_without_a_review_fires(self) -> None:
        fragment = ("planlint: 1\nplan: {id: p}\nmetrics:\n"
                    "  - {id: M1, title: On-time performance, unit: '%', TARGET}\n")
        [finding] = RuleTester(no_review).assert_fails(
            fragment.replace("TARGET", "target: {value: 97, date: 2011-12-31}"), [("p", 2)])
        assert "the plan has 1 measure with a target but no review forum" in finding.message
        RuleTester(no_review).assert_passes(fragment.replace(", TARGET", ""))

    def test_a_plan_run_through_a_strategy_management_system_passes(self) -> None:
        RuleTester(no_review).assert_passes(
            "planlint: 1\nplan: {id: p, description: We will plan and monitor our progress "
            "through our strategy management system.}\ngoals: [{id: G1}]\n")

    def test_a_project_its_lead_reports_to_its_funder_passes(self) -> None:
        fragment = ("planlint: 1\nplan: {id: p}\n"
                    "units: [{id: org}, {id: team, parent: org}, {id: funder}]\n"
                    "people: [{id: lead}]\n"
                    "goals: [{id: G1, unit: team}, {id: G2, unit: team}]\n"
                    "initiatives: [{id: D1, owner: lead, supports: [G1, G2]}]\n"
                    "communications: [{id: C1, owner: lead, audience: [AUDIENCE], "
                    "covers: [G1, G2]}]\n")
        RuleTester(no_review).run(
            passes=[fragment.replace("AUDIENCE", "funder")],
            fails=[(fragment.replace("AUDIENCE", "org"), [("p", 2)]),
                   (fragment.replace("AUDIENCE", "funder").replace("covers: [G1, G2]",
                                                                   "covers: [G1]"),
                    [("p", 2)])])

    def test_one_executives_objectives_graded_at_the_years_end_pass(self) -> None:
        fragment = GRADED_OBJECTIVES
        RuleTester(no_review).run(
            passes=[fragment],
            fails=[(fragment.replace("date: 2018-06-30", "date: 2018-01-31"), [("p", 2)]),
                   (fragment.replace("objectives: [G1, G2]", "objectives: [G1]"), [("p", 2)]),
                   (fragment.replace("sponsor: sup", "sponsor: board"), [("p", 2)])])

    def test_review_in_another_file_counts(self, tmp_path: Path) -> None:
        (tmp_path / "a.yaml").write_text("planlint: 1\ngoals: [{id: G1}]\n")
        (tmp_path / "b.yaml").write_text("planlint: 1\nreviews: [{id: R1}]\n")
        RuleTester(no_review).assert_passes(tmp_path)


UNITS = dedent("""\
    planlint: 1
    units:
      - {id: enterprise}
      - {id: mopar, parent: enterprise}
      - {id: parts, parent: mopar}
    """)


class TestUnreviewedGoal:
    def test_top_goal_outside_every_review_fires(self) -> None:
        fragment = UNITS + dedent("""\
            goals:
              - {id: G1, unit: enterprise}
              - {id: G2, unit: parts}
              - {id: G3}
              - {id: G4, unit: enterprise, parent: G1}
            reviews: [{id: R1, covers: [mopar]}, {id: R2, covers: [G2]}]
            """)
        g1, g3 = RuleTester(unreviewed_goal).assert_fails(fragment, [("G1", 7), ("G3", 9)])
        assert "nor does any review cover its unit enterprise" in g1.message
        assert "unit" not in g3.message.split(";")[0]
        assert [item.node for item in g1.related] == ["R1", "R2"]

    @pytest.mark.parametrize("covers", ["[G1]", "[enterprise]", "[mopar]", "[parts]"])
    def test_goal_covered_directly_or_through_its_units(self, covers: str) -> None:
        fragment = UNITS + "goals: [{id: G1, unit: parts}]\n" \
            f"reviews: [{{id: R1, covers: {covers}}}]\n"
        RuleTester(unreviewed_goal).assert_passes(fragment)

    def test_a_goal_is_looked_at_through_the_goals_reviewed_below_it(self) -> None:
        fragment = UNITS + "goals:\n  - {id: G1, unit: enterprise}\n" \
            "  - {id: G2, unit: parts, parent: G1}\n  - {id: G3, unit: parts, parent: G3}\n" \
            "reviews: [{id: R1, covers: [parts]}]\n"
        RuleTester(unreviewed_goal).assert_passes(fragment)

    def test_a_review_of_the_one_top_unit_covers_goals_of_no_unit(self) -> None:
        tester = RuleTester(unreviewed_goal)
        fragment = UNITS + "goals: [{id: G1}]\n"
        tester.assert_passes(fragment + "reviews: [{id: R1, covers: [enterprise]}]\n")
        # a sub-unit's review does not, nor a top unit's beside another top unit
        tester.assert_fails(fragment + "reviews: [{id: R1, covers: [mopar]}]\n", [("G1", 6)])
        tester.assert_fails(fragment.replace("units:\n", "units:\n  - {id: other}\n")
                            + "reviews: [{id: R1, covers: [enterprise]}]\n", [("G1", 7)])

    def test_a_sibling_unit_does_not_cover(self) -> None:
        fragment = UNITS + "  - {id: hr, parent: enterprise}\n" \
            "goals: [{id: G0}, {id: G1, unit: mopar, drives: [G0]}]\n" \
            "reviews: [{id: R1, covers: [hr, G0]}]\n"
        RuleTester(unreviewed_goal).assert_fails(fragment, [("G1", 7)])

    def test_a_sub_units_goal_missing_its_link_is_left_to_orphan_goal(self) -> None:
        fragment = UNITS + "goals: [{id: G1, unit: mopar}]\nreviews: [{id: R1, covers: []}]\n"
        RuleTester(unreviewed_goal).assert_passes(fragment)

    def test_no_reviews_at_all_is_left_to_no_review(self) -> None:
        RuleTester(unreviewed_goal).assert_passes("planlint: 1\ngoals: [{id: G1}]\n")

    def test_unit_cycle_does_not_hang(self) -> None:
        fragment = dedent("""\
            planlint: 1
            units: [{id: a, parent: b}, {id: b, parent: a}]
            goals: [{id: G1, unit: a}]
            reviews: [{id: R1, covers: [b]}]
            """)
        RuleTester(unreviewed_goal).assert_passes(fragment)


class TestReviewWithoutCadence:
    PLAN = "planlint: 1\ngoals: [{id: G1}]\nreviews:\n  - {id: R1, title: '%s', covers: [G1]}\n"

    @pytest.mark.parametrize("title", [
        "Safety performance reviews at all meetings of the Board of Directors",
        "Board of directors meeting (current priorities reviewed every meeting)",
        "Progress reviewed at each board meeting",
        "Regular board meetings",
        "Progress tracked at regular meetings of the Board of Trustees",
        "School planning and resources meetings (Athena SWAN a standing item)",
        "Equality action plan as a standing agenda item of the executive",
    ])
    def test_a_review_at_every_meeting_of_a_body_has_its_rhythm(self, title: str) -> None:
        RuleTester(review_without_cadence).assert_passes(self.PLAN % title)

    @pytest.mark.parametrize("title", [
        "Huddle board meetings (problem-solving huddle teams under AMS)",
        "Team stand-up on the roadmap",
        "Ward safety huddles",
    ])
    def test_a_stand_up_meeting_or_huddle_has_the_rhythm_of_its_kind(self, title: str) -> None:
        RuleTester(review_without_cadence).assert_passes(self.PLAN % title)

    @pytest.mark.parametrize("title", [
        "FY23 End of Year Results and Learnings Report",
        "Annual review of the strategy by the board",
        "Quarterly performance report to the executive",
        "事務事業評価 令和7年度 (担当課の評価と課長等意見)",  # a fiscal year's evaluation
        "2024年度绩效考核", "2025년도 성과평가",
    ])
    def test_a_title_that_names_its_period_has_that_rhythm(self, title: str) -> None:
        RuleTester(review_without_cadence).assert_passes(self.PLAN % title)

    @pytest.mark.parametrize("title", [
        "Mid-term review of the plan", "Final evaluation", "End-of-term assessment",
        "中期评估", "总结评估",
    ])
    def test_a_title_that_names_its_place_in_the_term_is_timed_by_it(self, title: str) -> None:
        # a five-year plan's mid-term and final evaluations: points in its term
        termed = self.PLAN.replace(
            "goals:", "plan: {horizon: {start: 2026-01-01, end: 2030-12-31}}\ngoals:")
        RuleTester(review_without_cadence).assert_passes(termed % title)
        # with no horizon stated, the term has no middle or end to time it by
        RuleTester(review_without_cadence).assert_fails(self.PLAN % title, [("plan", None)])

    @pytest.mark.parametrize("title", [
        "Steering committee meets when needed",
        "Board review of the plan; minutes of the meeting are published",
        "Unit performance meetings to track the goals of the unit",
        "Jobs action team meetings (convened by the lead partners, regular meetings)",
        "Health and Wellbeing Board public meetings, receiving regular progress updates",
    ])
    def test_a_review_with_no_rhythm_still_fires(self, title: str) -> None:
        RuleTester(review_without_cadence).assert_fails(self.PLAN % title, [("plan", None)])


    def test_a_review_scheduled_on_dates_states_when_it_meets(self) -> None:
        # a school improvement plan's "Review dates" column: May 2014, May 2015
        fragment = ("planlint: 1\ngoals: [{id: G1}]\nreviews:\n  - {id: R1, title: Review "
                    "dates, covers: [G1], dates: [2014-05-31, 2015-05-31]}\n")
        RuleTester(review_without_cadence).assert_passes(fragment)
        RuleTester(review_without_cadence).assert_fails(
            fragment.replace(", dates: [2014-05-31, 2015-05-31]", ""), [("plan", None)])


class TestReviewsScheduledOnDates:
    """review-cadence-too-slow judges a review scheduled on dates, with no cadence, by the
    stretches its dates leave each goal it covers."""

    SCHOOL = dedent("""\
        planlint: 1
        plan: {id: sip, horizon: {start: 2013-09-01, end: 2016-06-30}}
        goals: [{id: T3, title: Computers in class from 30% to 50%, due: 2016-06-30}]
        reviews:
          - {id: R1, title: Review date May 2016, covers: [T3], dates: [2016-05-31]}
        """)

    def test_a_three_year_target_reviewed_once_at_its_end_is_reported(self) -> None:
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(self.SCHOOL, [("R1", 5)])
        assert finding.field == "dates"
        assert "is scheduled to meet on 2016-05-31 only, and goal T3 it covers has no " \
               "review that meets at least quarterly, or 4 times over its term: nothing " \
               "reviews T3 from 2013-09-01 to 2016-05-31 (1003 days); schedule its " \
               "meetings that often" in finding.message

    SECTOR = dedent("""\
        planlint: 1
        plan: {id: khssp, horizon: {start: 2014-07-01, end: 2018-06-30}}
        goals: [{id: SO1, title: Halve maternal deaths}]
        reviews:
          - {id: R1, title: Mid-term review of the sector plan, covers: [SO1],
             dates: [2016-06-30]}
        """)

    def test_a_sector_plan_reviewed_at_mid_term_passes(self) -> None:
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(self.SECTOR)
        # a review at the same date not named the mid-term review is reported
        tester.assert_fails(self.SECTOR.replace("Mid-term review", "Review"), [("R1", 6)])
        # and so is a mid-term review that leaves more than two years on either side
        tester.assert_fails(self.SECTOR.replace("2018-06-30", "2020-06-30")
                            .replace("2016-06-30", "2017-06-30"), [("R1", 6)])

    HIRE_LOCAL = dedent("""\
        planlint: 1
        plan: {id: wsa, horizon: {start: 2025-01-01, end: 2027-12-31}}
        goals: [{id: A1, title: More residents trained locally}]
        reviews:
          - {id: R1, title: "Hire Local evaluation (analysis of the Hire Local Plan)",
             covers: [A1], dates: [2023-09-30]}
        """)

    def test_an_analysis_of_results_is_no_forum(self) -> None:
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(self.HIRE_LOCAL)
        tester.assert_passes(self.HIRE_LOCAL.replace(
            '"Hire Local evaluation (analysis of the Hire Local Plan)"',
            "Analysis of the program year's outcomes"))
        # an evaluation the title does not call an analysis, or a meeting about one, is
        tester.assert_fails(self.HIRE_LOCAL.replace("(analysis of the Hire Local Plan)", ""),
                            [("R1", 6)])
        tester.assert_fails(self.HIRE_LOCAL.replace(
            '"Hire Local evaluation (analysis of the Hire Local Plan)"',
            "Board review of the outcomes analysis"), [("R1", 6)])
        tester.assert_fails(self.HIRE_LOCAL.replace(
            '"Hire Local evaluation (analysis of the Hire Local Plan)"',
            '"Personnel Committee: analysis of the recruitment data"'), [("R1", 6)])

    def test_a_review_each_year_of_a_five_year_plan_passes(self) -> None:
        RuleTester(review_cadence_too_slow).assert_passes(
            self.SCHOOL.replace("2016-06-30", "2018-08-31").replace(
                "[2016-05-31]", "[2014-05-31, 2015-05-31, 2016-05-31, 2017-05-31, 2018-05-31]"))
        # and a gap of two years in the middle is one stretch too long
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(
            self.SCHOOL.replace("2016-06-30", "2018-08-31").replace(
                "[2016-05-31]", "[2014-05-31, 2016-05-31, 2017-05-31, 2018-05-31]"),
            [("R1", 5)])
        assert "nothing reviews T3 from 2014-05-31 to 2016-05-31 (731 days);" \
               in finding.message

    ONE_YEAR = dedent("""\
        planlint: 1
        plan: {id: p, horizon: {start: 2020-01-01, end: 2020-12-31}}
        goals: [{id: G1}]
        reviews:
          - {id: R1, title: Spring and summer reviews, covers: [G1],
             dates: [2020-03-31, 2020-06-30]}
          - {id: R2, title: Autumn and winter reviews, covers: [G1],
             dates: [2020-09-15, 2020-12-15]}
        """)

    def test_the_dates_of_several_reviews_of_a_goal_count_together(self) -> None:
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(self.ONE_YEAR)  # no stretch longer than a quarter
        # one cause, one finding: at the review whose own dates leave the shorter gap
        [finding] = tester.assert_fails(
            self.ONE_YEAR.replace("2020-03-31, 2020-06-30", "2020-06-30")
            .replace("2020-09-15, 2020-12-15", "2020-12-15"), [("R1", 6)])
        assert "nothing reviews G1 from 2020-01-01 to 2020-06-30 (181 days) and from " \
               "2020-06-30 to 2020-12-15 (168 days)" in finding.message

    CAMPUS = dedent("""\
        planlint: 1
        plan: {id: cip, horizon: {start: 2015-08-01, end: 2016-06-30}, as_of: 2015-10-16}
        goals: [{id: G1, title: Increase E-High graduates}]
        initiatives: [{id: I1, title: Credit recovery room, supports: [G1]}]
        reviews:
          - {id: R1, title: Formative reviews, covers: [G1],
             dates: [2015-11-30, 2016-01-31, 2016-03-31, 2016-06-30]}
        """)

    def test_the_first_stretch_starts_when_a_plan_that_reports_nothing_was_set_out(
            self) -> None:
        tester = RuleTester(review_cadence_too_slow)
        # generated on 16 October: six weeks to the November review, not four months
        tester.assert_passes(self.CAMPUS)
        # one that reports work under way existed before its date: counted from the start
        [finding] = tester.assert_fails(
            self.CAMPUS.replace("supports: [G1]", "supports: [G1], status: active"),
            [("R1", 7)])
        assert "nothing reviews G1 from 2015-08-01 to 2015-11-30 (121 days)" \
               in finding.message
        # and so does one with a review scheduled before its date
        [finding] = tester.assert_fails(
            self.CAMPUS.replace("2015-11-30, 2016-01-31", "2015-08-05, 2015-12-31"),
            [("R1", 7)])
        assert "from 2015-08-05 to 2015-12-31 (148 days)" in finding.message
        # a slow first review after the plan's date is still one
        [finding] = tester.assert_fails(
            self.CAMPUS.replace("2015-11-30, 2016-01-31, ", ""), [("R1", 7)])
        assert "from 2015-10-16 to 2016-03-31 (167 days)" in finding.message

    def test_the_day_a_review_was_last_held_counts_among_its_meetings(self) -> None:
        # a three-year target looked at every eight months: the day held opens the round
        fragment = self.SCHOOL.replace(
            "dates: [2016-05-31]",
            "last_held: 2014-03-31, dates: [2014-11-30, 2015-07-31, 2016-03-31]")
        RuleTester(review_cadence_too_slow).assert_passes(fragment)
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(
            fragment.replace("last_held: 2014-03-31, ", ""), [("R1", 5)])
        assert "nothing reviews T3 from 2013-09-01 to 2014-11-30 (455 days)" \
               in finding.message
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(
            fragment.replace("2014-03-31", "2013-10-31").replace("2014-11-30, ", ""),
            [("R1", 5)])
        assert "is scheduled to meet on 2015-07-31 and 2016-03-31 after meeting on " \
               "2013-10-31, and goal T3 it covers has no review that meets at least " \
               "quarterly, or 4 times over its term: nothing reviews T3 from 2013-10-31 " \
               "to 2015-07-31 (638 days)" in finding.message

    def test_a_goal_with_a_frequent_review_elsewhere_passes(self) -> None:
        RuleTester(review_cadence_too_slow).assert_passes(
            self.SCHOOL + "  - {id: R2, title: Monthly staff meeting, cadence: monthly, "
                          "covers: [T3]}\n")

    def test_a_review_with_a_cadence_is_judged_by_it(self) -> None:
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(
            self.SCHOOL.replace("dates: [2016-05-31]", "cadence: P3Y, dates: [2016-05-31]"),
            [("R1", 5)])
        assert finding.field == "cadence"
        RuleTester(review_cadence_too_slow).assert_passes(
            self.SCHOOL.replace("dates: [2016-05-31]", "cadence: quarterly, dates: [2016-05-31]"))


class TestReviewCadenceTooSlow:
    @pytest.mark.parametrize("cadence", ["semiannual", "annual", "P4M", "P92D", "P14W"])
    def test_slower_than_quarterly_fires_at_cadence(self, cadence: str) -> None:
        fragment = ("planlint: 1\ngoals: [{id: G1}]\n"
                    f"reviews:\n  - {{id: R1, cadence: {cadence}, covers: [G1]}}\n")
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(fragment, [("R1", 4)])
        assert finding.field == "cadence"
        assert "and goal G1 it covers has no review that meets at least quarterly; meet " \
               "at least quarterly, or cover it in a review that does" in finding.message

    def test_goals_a_review_of_unknown_cadence_covers_are_left_to_that_review(self) -> None:
        fragment = ("planlint: 1\ngoals: [{id: G1}, {id: G2}]\nreviews:\n"
                    "  - {id: F2F, cadence: annual, covers: [G1, G2]}\n"
                    "  - {id: CALLS, title: Group calls, covers: [G1]}\n")
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(fragment, [("F2F", 4)])
        assert "and goal G2 it covers" in finding.message
        RuleTester(review_cadence_too_slow).assert_passes(
            fragment.replace("covers: [G1]}", "covers: []}"))

    def test_a_goal_several_slow_reviews_cover_is_named_once_at_the_most_frequent(
            self) -> None:
        fragment = ("planlint: 1\ngoals: [{id: G1}, {id: G2}]\nreviews:\n"
                    "  - {id: SC, title: Steering committee, cadence: annual, "
                    "covers: [G1, G2]}\n"
                    "  - {id: TC, title: Technical committee, cadence: P4M, covers: [G1]}\n")
        first, second = RuleTester(review_cadence_too_slow).assert_fails(
            fragment, [("SC", 4), ("TC", 5)])
        assert "and goal G2 it covers" in first.message
        assert "and goal G1 it covers" in second.message
        # equally slow: the first of them
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(
            fragment.replace("P4M, covers: [G1]", "annual, covers: [G1, G2]"), [("SC", 4)])
        assert "goals G1 and G2 it covers" in finding.message

    @pytest.mark.parametrize("cadence", ["quarterly", "P3M", "P13W", "monthly", "daily"])
    def test_quarterly_or_faster_passes(self, cadence: str) -> None:
        RuleTester(review_cadence_too_slow).assert_passes(
            f"planlint: 1\ngoals: [{{id: G1}}]\n"
            f"reviews: [{{id: R1, cadence: {cadence}, covers: [G1]}}]\n")

    def test_without_cadence_or_goals_passes(self) -> None:
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes("planlint: 1\ngoals: [{id: G1}]\n"
                             "reviews: [{id: R1, covers: [G1]}]\n")
        tester.assert_passes("planlint: 1\nunits: [{id: U1}]\n"
                             "reviews: [{id: R1, cadence: annual, covers: [U1]}]\n")
        tester.assert_passes("planlint: 1\nreviews: [{id: R1, cadence: annual}]\n")

    HOSPITAL = dedent("""\
        planlint: 1
        units: [{id: system}, {id: heart, parent: system}, {id: neuro, parent: system}]
        goals:
          - {id: H1, unit: system}
          - {id: HV1, unit: heart, parent: H1}
          - {id: NS1, unit: neuro, parent: H1}
        reviews:
          - {id: R1, title: Board retreat, cadence: annual, covers: [system]}
        """)

    def test_a_slow_review_on_top_of_frequent_ones_passes(self) -> None:
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(self.HOSPITAL +
                             "  - {id: R2, cadence: monthly, covers: [system]}\n")
        tester.assert_passes(self.HOSPITAL +
                             "  - {id: R2, cadence: monthly, covers: [H1, heart, neuro]}\n")

    def test_a_goal_of_no_unit_is_reviewed_with_the_one_top_unit(self) -> None:
        # a steering committee's monthly call oversees the group; the yearly goals name
        # no unit and are looked at again at its end-of-year meeting
        tester = RuleTester(review_cadence_too_slow)
        fragment = dedent("""\
            planlint: 1
            units: [{id: group}, {id: sc, parent: group}]
            goals: [{id: G1}, {id: G2}]
            reviews:
              - {id: R1, title: End-of-year meeting, cadence: annual, covers: [G1, G2]}
            """)
        tester.assert_passes(
            fragment + "  - {id: R2, title: Monthly call, cadence: monthly, covers: [group]}\n")
        tester.assert_fails(
            fragment + "  - {id: R2, title: Monthly call, cadence: monthly, covers: [sc]}\n",
            [("R1", 5)])
        tester.assert_fails(
            fragment.replace("[{id: group}", "[{id: group}, {id: other}")
            + "  - {id: R2, title: Monthly call, cadence: monthly, covers: [group]}\n",
            [("R1", 5)])

    def test_each_goal_is_judged_by_its_most_frequent_review(self) -> None:
        tester = RuleTester(review_cadence_too_slow)
        # the neuroscience goal is reviewed only at the retreat and in a semiannual forum:
        # named once, at the forum, the more frequent of the two
        [forum] = tester.assert_fails(
            self.HOSPITAL + "  - {id: R2, cadence: monthly, covers: [H1, heart]}\n"
                            "  - {id: R3, cadence: semiannual, covers: [NS1]}\n",
            [("R3", 10)])
        assert "and goal NS1 it covers has no review" in forum.message
        assert [related.node for related in forum.related] == ["NS1"]
        # with no frequent review at all, every goal is named
        [finding] = tester.assert_fails(self.HOSPITAL, [("R1", 8)])
        assert "and goals H1, HV1 and NS1 it covers have no review that meets at least " \
               "quarterly; meet at least quarterly, or cover them" in finding.message

    def test_a_goal_added_at_a_meeting_of_its_review_counts_that_meeting(self) -> None:
        """A library's priority added at its February 2014 revision, with a yearly review
        last held in February 2016 and the plan ending in June 2017: reviewed in 2014 (when
        it was set), 2015, 2016 and 2017."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {start: 2012-07-01, end: 2017-06-30}}
            goals: [{id: G1}, {id: G2, start: START}]
            reviews:
              - {id: R1, cadence: annual, covers: [G1, G2], last_held: 2016-02-17}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment.replace("START", "2014-02-19"))
        # a goal that starts off the review's cycle was not set at one of its meetings
        tester.assert_fails(fragment.replace("START", "2014-07-01"), [("R1", 5)])
        # nor one set at a meeting with too little time left for three more
        tester.assert_fails(fragment.replace("START", "2015-02-17"), [("R1", 5)])

    def test_a_plan_stated_only_as_a_length_is_reviewed_four_times_over_that_length(
            self) -> None:
        """An action document of 36 months counted from the signature of its contracts,
        its technical committee meeting every four months: nine looks over the term."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {length: LENGTH}}
            goals: [{id: G1}]
            reviews:
              - {id: R1, title: Technical committee, cadence: P4M, covers: [G1]}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment.replace("LENGTH", "P36M"))
        # a one-year action's committee meets too seldom to look four times
        tester.assert_fails(fragment.replace("LENGTH", "P12M"), [("R1", 5)])
        # a goal with its own due date is not measured from an unknown start
        tester.assert_fails(fragment.replace("LENGTH", "P36M")
                            .replace("{id: G1}", "{id: G1, due: 2030-01-01}"), [("R1", 5)])

    def test_a_plan_whose_term_is_stated_in_words_has_run_as_long_as_its_meetings(
            self) -> None:
        """A mayor's term programme ("민선7기", the term named in words), its citizens'
        panel meeting twice a year and recorded as held from 2018 to 2021: the term is at
        least those three years, over which a half-yearly panel looks six times."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {text: the mayor's term}, as_of: 2021-12-31}
            goals: [{id: G1}]
            reviews:
              - {id: R1, title: Citizens' panel, cadence: semiannual, covers: [G1],
                 last_held: LAST}
              - {id: R2, title: Work plan briefing, covers: [G1],
                 dates: [2018-07-10, 2019-07-11]}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment.replace("LAST", "2021-08-25"))
        # meetings within a year show no term longer than a year
        tester.assert_fails(fragment.replace("LAST", "2019-01-10"), [("R1", 5)])
        # a meeting recorded after the as-of date is not yet held
        tester.assert_fails(fragment.replace("LAST", "2021-08-25")
                            .replace("2018-07-10, 2019-07-11", "2022-07-10, 2023-07-11"),
                            [("R1", 5)])
        # a goal with its own due date is not measured from the meetings
        tester.assert_fails(fragment.replace("LAST", "2021-08-25")
                            .replace("{id: G1}", "{id: G1, due: 2030-01-01}"), [("R1", 5)])

    @pytest.mark.parametrize("title", [
        "Biennial stakeholder satisfaction survey of the work programmes",
        "Monitoring Date: Annual feedback (action 2.4.1)", "Annual staff survey",
        "Customer questionnaire"])
    def test_a_survey_is_no_forum(self, title: str) -> None:
        """A survey of people's views, named as the review, is a reading on its own
        cycle: neither reported nor counted as a review."""
        fragment = ("planlint: 1\ngoals: [{id: G1}]\nreviews:\n"
                    f"  - {{id: R1, title: '{title}', cadence: annual, covers: [G1]}}\n")
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment)
        # nor does a frequent one make a slow forum's goal reviewed often enough
        tester.assert_fails(fragment.replace("cadence: annual", "cadence: monthly")
                            + "  - {id: R2, title: Board, cadence: annual, covers: [G1]}\n",
                            [("R2", 5)])

    @pytest.mark.parametrize("title", [
        "TAC review of the working group (annual review)",
        "Technical Advisory Council annual project review"])
    def test_a_parent_bodys_review_of_the_group_is_oversight(self, title: str) -> None:
        """A foundation's technical council reviewing a working group once a year by its
        rules oversees the group as a whole: neither reported nor counted as a review."""
        fragment = dedent(f"""\
            planlint: 1
            units:
              - {{id: tac, name: Technical Advisory Council (TAC)}}
              - {{id: wg, name: Machine Learning Working Group, parent: tac}}
            goals: [{{id: G1, unit: wg}}]
            reviews:
              - {{id: R1, title: '{title}', cadence: annual, covers: [wg]}}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment)
        # the group's own yearly review, or a review of its goals, is a forum
        tester.assert_fails(fragment.replace("tac, name: Technical Advisory Council (TAC)",
                                             "tac, name: Foundation"), [("R1", 7)])
        tester.assert_fails(fragment.replace(title, "TAC review of the goals"), [("R1", 7)])
        # nor does it make a slow forum's goal reviewed often enough
        tester.assert_fails(fragment + "  - {id: R2, title: Working group retrospective, "
                            "cadence: annual, covers: [G1]}\n", [("R2", 8)])

    @pytest.mark.parametrize("cadence", ["cadence: annual", "dates: [2025-03-21, 2026-02-04]"])
    def test_a_consortiums_assembly_beside_its_steering_forum_is_not_judged(
            self, cadence: str) -> None:
        """A consortium's General Assembly of its partners meets about once a year by
        design, while its management board steers the work between at a rhythm the plan
        does not state: the goals may be reviewed often enough, as under a review without
        cadence."""
        fragment = dedent(f"""\
            planlint: 1
            plan: {{id: p, horizon: {{start: 2024-03-01, end: 2026-12-31}}}}
            units:
              - {{id: consortium, name: Research consortium}}
              - {{id: ga, name: General Assembly (one representative of each partner),
                 parent: consortium}}
              - {{id: mb, name: Management board (includes work package leaders),
                 parent: consortium}}
              - {{id: wp1, name: "WP1: Framework", parent: consortium}}
            goals: [{{id: G1, unit: wp1}}]
            reviews:
              - {{id: R1, title: General Assembly meeting, {cadence}, covers: [consortium]}}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment)
        # an advisory board steers nothing; the board's own slow review is judged
        tester.assert_fails(fragment.replace("Management board", "Scientific Advisory Board"),
                            [("R1", None)])
        tester.assert_fails(fragment + "  - {id: R2, title: Management board meeting, "
                            "cadence: annual, covers: [consortium]}\n")
        # nor is a review of the goals the assembly itself is not held by
        tester.assert_fails(fragment.replace("title: General Assembly meeting",
                                             "title: Annual review"), [("R1", None)])

    @pytest.mark.parametrize("title", [
        "Staff survey results review", "Management Council monitoring of the customer "
        "survey results", "Board: bi-annual update on the analysis of exit interview feedback"])
    def test_a_meeting_about_a_survey_is_a_forum(self, title: str) -> None:
        RuleTester(review_cadence_too_slow).assert_fails(
            "planlint: 1\ngoals: [{id: G1}]\nreviews:\n"
            f"  - {{id: R1, title: '{title}', cadence: annual, covers: [G1]}}\n", [("R1", 4)])

    def test_standing_practice_reviewed_within_its_term_passes(self) -> None:
        """A council's one-year gender pay gap action plan: its recruitment objective is
        served only by continuing practice ("April 2024 and ongoing"), monitored every six
        months."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {start: 2024-04-01, end: 2025-03-31}}
            goals: [{id: G1, title: Promote gender representation in recruitment}]
            initiatives:
              - {id: I1, title: Review the language of adverts, supports: [G1], KIND}
              - {id: I2, title: Encourage internal recruitment, supports: [G1],
                 kind: ongoing}
            reviews:
              - {id: R1, title: Monitoring, cadence: CADENCE, covers: [G1]}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment.replace("KIND", "kind: ongoing")
                             .replace("CADENCE", "semiannual"))
        # looked at only once, at the end of the year
        tester.assert_fails(fragment.replace("KIND", "kind: ongoing")
                            .replace("CADENCE", "annual"), [("R1", 9)])
        # work to finish by a date is a result to reach
        tester.assert_fails(fragment.replace("KIND", "end: 2024-12-31")
                            .replace("CADENCE", "semiannual"), [("R1", 9)])
        # so is a goal with a due date or a measure of its own
        for goal in ("{id: G1, due: 2025-03-31}", "{id: G1, metrics: [{id: M1}]}"):
            tester.assert_fails(fragment.replace("KIND", "kind: ongoing")
                                .replace("CADENCE", "semiannual")
                                .replace("{id: G1, title: Promote gender representation "
                                         "in recruitment}", goal), [("R1", 9)])
        # a goal with no work at all is not practice kept up
        tester.assert_fails(fragment.split("initiatives:")[0]
                            + "reviews: [{id: R1, cadence: semiannual, covers: [G1]}]\n",
                            [("R1", 4)])

    def test_standing_practice_looked_at_on_a_date_within_its_term_passes(self) -> None:
        """The same plan's recruitment data, analysed each year: monitored in October and
        reported to a yearly committee, it is looked at twice, once during the year."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {start: 2024-04-01, end: 2025-03-31}}
            goals: [{id: G1, title: Monitor recruitment and selection}]
            initiatives:
              - {id: I1, title: Analyse recruitment data each year, supports: [G1],
                 kind: ongoing}
            reviews:
              - {id: R1, title: Monitoring, covers: [G1], dates: [DATES]}
              - {id: R2, title: Personnel Committee, cadence: annual, covers: [G1]}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment.replace("DATES", "2024-10-31"))
        # two dates within the year are two looks without the committee
        tester.assert_passes(fragment.replace("DATES", "2024-07-31, 2024-10-31")
                             .split("  - {id: R2")[0])
        # looked at once during the year, and never again
        tester.assert_fails(fragment.replace("DATES", "2024-10-31").split("  - {id: R2")[0],
                            [("R1", 8)])
        # a date before the year began is no look during it
        tester.assert_fails(fragment.replace("DATES", "2024-03-31"), [("R1", 8)])

    def test_a_one_year_term_holds_two_half_years(self) -> None:
        """A one-year plan (365 days) whose measures are read every six months, as often
        as it is reviewed: the term holds two half-years of 182.6 days on average."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {start: 2024-04-01, end: END}}
            goals: [{id: G1, metrics: [{id: M1, cadence: semiannual}]}]
            reviews:
              - {id: R1, cadence: semiannual, covers: [G1]}
            """)
        tester = RuleTester(review_cadence_too_slow)
        tester.assert_passes(fragment.replace("END", "2025-03-31"))
        tester.assert_fails(fragment.replace("END", "2025-03-29"), [("R1", 5)])

    def test_names_five_goals_at_most(self) -> None:
        goals = "".join(f"  - {{id: G{i}}}\n" for i in range(7))
        ids = ", ".join(f"G{i}" for i in range(7))
        [finding] = RuleTester(review_cadence_too_slow).assert_fails(
            f"planlint: 1\ngoals:\n{goals}reviews: [{{id: R1, cadence: annual, "
            f"covers: [{ids}]}}]\n", [("R1", 10)])
        assert "goals G0, G1, G2, G3, G4 and 2 more it covers" in finding.message
        assert len(finding.related) == 5

    def test_max_cadence_option_takes_iso_durations(self) -> None:
        fragment = ("planlint: 1\ngoals: [{id: G1}]\n"
                    "reviews:\n  - {id: R1, cadence: monthly, covers: [G1]}\n")
        [finding] = RuleTester(review_cadence_too_slow, options={"max_cadence": "P2W"}) \
            .assert_fails(fragment, [("R1", 4)])
        assert "less often than max_cadence (every P2W)" in finding.message
        RuleTester(review_cadence_too_slow, options={"max_cadence": "P31D"}) \
            .assert_passes(fragment)

    def test_unit_cycle_does_not_hang(self) -> None:
        RuleTester(review_cadence_too_slow).assert_fails(
            "planlint: 1\nunits: [{id: a, parent: b}, {id: b, parent: a}]\n"
            "goals: [{id: G1, unit: a}]\nreviews: [{id: R1, cadence: annual, covers: [b]}]\n",
            [("R1", 4)])

    def test_bad_max_cadence_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError, match="max_cadence: should be a cadence"):
            RuleTester(review_cadence_too_slow, options={"max_cadence": "fortnightly"}) \
                .findings("planlint: 1\n")


class TestReviewOverdue:
    FRAGMENT = "planlint: 1\nreviews:\n  - {id: R1, cadence: CADENCE, last_held: LAST}\n"

    def _fragment(self, cadence: str, last: str) -> str:
        return self.FRAGMENT.replace("CADENCE", cadence).replace("LAST", last)

    @pytest.mark.parametrize(("cadence", "last", "due"), [
        ("monthly", "2001-05-05", "2001-06-05"), ("monthly", "2001-01-31", "2001-02-28"),
        ("quarterly", "2001-03-31", "2001-06-30"), ("P2W", "2001-06-01", "2001-06-15"),
        ("weekly", "2001-06-01", "2001-06-08"),
    ])
    def test_exactly_one_cadence_away_is_due_not_overdue(self, cadence: str, last: str,
                                                        due: str) -> None:
        fragment = self._fragment(cadence, last)
        RuleTester(review_overdue, as_of=D(due)).assert_passes(fragment)
        [finding] = RuleTester(review_overdue, as_of=D(due) + timedelta(days=1)) \
            .assert_fails(fragment, [("R1", 3)])
        assert finding.field == "last_held" and f"due again by {due}" in finding.message

    def test_uses_the_plans_as_of(self) -> None:
        fragment = "planlint: 1\nplan: {as_of: 2001-06-30}\n" \
                   "reviews: [{id: R1, cadence: monthly, last_held: 2001-05-29}]\n"
        RuleTester(review_overdue).assert_fails(fragment, [("R1", 3)])

    SCHEDULED = "planlint: 1\nreviews:\n  - {id: R1, dates: [2001-03-31, 2001-06-30], " \
                "last_held: LAST}\n"

    def test_a_scheduled_date_passed_since_it_was_last_held_is_overdue(self) -> None:
        fragment = self.SCHEDULED.replace("LAST", "2001-03-28")
        [finding] = RuleTester(review_overdue, as_of=D("2001-07-15")).assert_fails(
            fragment, [("R1", 3)])
        assert finding.field == "last_held"
        assert "was last held on 2001-03-28; it was scheduled to meet on 2001-06-30, " \
               "before the as-of date 2001-07-15" in finding.message
        # before the next date, the one held just before March's date is March's
        RuleTester(review_overdue, as_of=D("2001-06-29")).assert_passes(fragment)
        # a meeting held early in June is June's; one in April is not
        RuleTester(review_overdue, as_of=D("2001-07-15")).assert_passes(
            self.SCHEDULED.replace("LAST", "2001-06-10"))
        RuleTester(review_overdue, as_of=D("2001-07-15")).assert_fails(
            self.SCHEDULED.replace("LAST", "2001-04-20"), [("R1", 3)])
        # and one held on or before March's date is never June's
        RuleTester(review_overdue, as_of=D("2001-07-15")).assert_fails(
            self.SCHEDULED.replace("2001-06-30", "2001-04-15").replace("LAST", "2001-03-31"),
            [("R1", 3)])

    @pytest.mark.parametrize("review", ["{id: R1, cadence: monthly}",
                                        "{id: R1, dates: [2000-01-31]}",
                                        "{id: R1, last_held: 2000-01-01}",
                                        "{id: R1, cadence: monthly, last_held: 2001-07-15}"])
    def test_not_judged(self, review: str) -> None:
        RuleTester(review_overdue, as_of=D("2001-06-30")).assert_passes(
            f"planlint: 1\nreviews: [{review}]\n")


def _metric(body: str, *, goal: str = "{id: G1, metrics: [M1]}", head: str = "") -> str:
    """A plan with one goal and metric M1 (line 5, or 6 with a ``head`` line) whose
    fields follow from line 6 (or 7)."""
    return f"planlint: 1\n{head}goals:\n  - {goal}\nmetrics:\n  - id: M1\n" + "".join(
        f"    {line}\n" for line in dedent(body).strip().splitlines())


class TestStaleMetric:
    MONTHLY = """\
        cadence: monthly
        baseline: {value: 0, date: 2000-12-31}
        actuals:
          - {date: 2001-05-31, value: 5}
          - {date: 2001-03-31, value: 3}
        """

    def test_a_rating_of_on_track_with_no_reading_is_reported(self) -> None:
        # a mid-term review rates green an awareness measure whose row says "No data"
        rated = dedent("""\
            planlint: 1
            plan: {id: P1, as_of: 2016-06-30}
            goals:
              - id: G1
                title: Reduce exposure to health risk factors
                metrics: [SO5-5]
            metrics:
              - id: SO5-5
                title: "% of the population that is aware of health risk factors"
                unit: '%'
                baseline: {value: 30, date: 2013-12-31}
                target: {value: 50, date: 2016-06-30}
                rating: on-track
            """)
        [finding] = RuleTester(stale_metric).assert_fails(rated, [("SO5-5", None)])
        assert "is rated on track but has no reading" in finding.message
        assert finding.field == "rating"
        # a reading behind the rating, or a rating that says the plan knows it is amiss
        RuleTester(stale_metric).assert_passes(
            rated + "    actuals: [{date: 2016-06-30, value: 41}]\n")
        RuleTester(stale_metric).assert_passes(rated.replace("on-track", "at-risk"))
        # a goal rated on track none of whose measures has a reading is reported once, at
        # the goal: a priority goal's three survey scores blank in every quarter
        goal = rated.replace("    rating: on-track\n", "") \
            .replace("    metrics: [SO5-5]\n", "    metrics: [SO5-5]\n    rating: on-track\n")
        [finding] = RuleTester(stale_metric).assert_fails(goal, [("G1", None)])
        assert "none of its measures (SO5-5) has a reading" in finding.message
        RuleTester(stale_metric).assert_passes(
            goal + "    actuals: [{date: 2016-03-31, value: 38}]\n")
        # a milestone still to come may be on track while its work goes on
        RuleTester(stale_metric).assert_passes(
            rated.replace("title: \"% of the population that is aware of health risk factors\"",
                          "title: Publish the awareness campaign")
            .replace("    unit: '%'\n", "    kind: milestone\n")
            .replace("baseline: {value: 30, date: 2013-12-31}", "baseline: {value: 0, date: "
                     "2013-12-31}")
            .replace("target: {value: 50, date: 2016-06-30}",
                     "target: {value: 1, date: 2016-12-31}"))

    def test_an_undated_plan_that_is_only_its_text_as_adopted_is_not_judged_today(
            self) -> None:
        # a results-framework document: an undated table of targets and criteria dates,
        # its achievements reported in a separate evaluation
        table = dedent("""\
            planlint: 1
            plan: {id: P1}
            goals:
              - {id: "1", title: Upgrade the purchase manuals}
            initiatives:
              - id: "1.1"
                title: Updation of Manual for Purchases
                supports: ["1"]
                metrics:
                  - {id: "1.1.1", title: Approval of updated Manual by the State Government,
                     target: {value: 1, date: 2013-12-31}}
            """)
        RuleTester(stale_metric).assert_passes(table)
        # a plan dated after the milestone, judged at a date given, or one that reports
        # progress, is asked
        RuleTester(stale_metric).assert_fails(
            table.replace("{id: P1}", "{id: P1, as_of: 2014-06-30}"), [("1.1.1", None)])
        RuleTester(stale_metric, as_of=date(2014, 6, 30)).assert_fails(table, [("1.1.1", None)])
        # a date given is a date to judge at, even the day the plan is read
        RuleTester(stale_metric, as_of=date.today()).assert_fails(table, [("1.1.1", None)])
        RuleTester(stale_metric).assert_fails(
            table.replace("supports: [\"1\"]\n", "supports: [\"1\"]\n    status: active\n"),
            [("1.1.1", None)])

    def test_a_measure_of_work_marked_done_that_was_never_read_is_reported(self) -> None:
        # a partnership's vape-shop pilot, marked Complete, whose success statement
        # ('Improved quit rates') is to be measured quarterly and never was
        done = dedent("""\
            planlint: 1
            plan: {id: P1, as_of: 2022-11-30}
            goals:
              - {id: G1, title: An integrated stop smoking approach}
            initiatives:
              - id: I1
                title: Work with vape shops to support stop smoking providers
                supports: [G1]
                end: 2020-03-31
                status: done
                metrics: [M1]
              - id: I2
                title: Ask patients about their use of tobacco at pre-assessment clinics
                supports: [G1]
                end: 2020-03-31
                status: done
                metrics: [M2]
            metrics:
              - {id: M1, title: Improved quit rates, cadence: quarterly}
              - {id: M2, title: Improved conversion rates, cadence: quarterly}
            """)
        [finding] = RuleTester(stale_metric).assert_fails(done, [("M1", None)])
        assert "is the measure of work marked done (I1) and has no reading" in finding.message
        assert "so is M2, measures of other work marked done, never read either" \
            in finding.message
        # a reading of either, or work still under way, asks nothing of it here
        RuleTester(stale_metric).assert_fails(
            done.replace("cadence: quarterly}\n  - {id: M2",
                         "cadence: quarterly, actuals: [{date: 2022-09-30, value: 11}]}\n"
                         "  - {id: M2"), [("M2", None)])
        RuleTester(stale_metric).assert_passes(done.replace("status: done", "status: active"))
        # nor is a record of what finished work produced (a meeting's expected outputs,
        # with no rhythm and no target), nor the figure of work only just finished
        RuleTester(stale_metric).assert_passes(done.replace(", cadence: quarterly", ""))
        RuleTester(stale_metric, as_of=D("2020-04-30")).assert_passes(done)
        # a pledge graded complete whose one target, jobs created, has no count
        pledge = done.replace("end: 2020-03-31\n    status: done\n    metrics: [M2]",
                              "status: active\n    metrics: [M2]") \
            .replace("    end: 2020-03-31\n", "", 1) \
            .replace("{id: M1, title: Improved quit rates, cadence: quarterly}",
                     "{id: M1, title: Jobs created, kind: count, "
                     "target: {value: 301, date: 2023-06-30}}")
        RuleTester(stale_metric).assert_fails(pledge, [("M1", None)])

    def test_a_passed_interim_target_of_a_metric_with_no_cadence_asks_for_its_result(
            self) -> None:
        # a survival number of 3,500 members by the end of 2020 and 4,000 by the end of
        # 2021, no cadence, never read: nine months after the interim date it is stale
        fragment = _metric("title: Members\nbaseline: {value: 3138, date: 2020-09-22}\n"
                           "targets: [{value: 3500, date: 2020-12-31}]\n"
                           "target: {value: 4000, date: 2021-12-31}")
        RuleTester(stale_metric, as_of=D("2021-06-30")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2021-10-07")).assert_fails(
            fragment, [("M1", 8)])
        assert finding.field == "targets/0"
        assert "interim target was due on 2020-12-31" in finding.message
        read = fragment + "    actuals: [{date: 2020-12-31, value: 3300}]\n"
        RuleTester(stale_metric, as_of=D("2021-10-07")).assert_passes(read)

    def test_one_cadence_and_a_month_for_reporting_after_the_latest_actual(
            self) -> None:
        # a monthly figure is reported a month after its month when no lag is given: the
        # books close, and an official monthly series is published, in the month after
        fragment = _metric(self.MONTHLY)
        RuleTester(stale_metric, as_of=D("2001-07-15")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2001-07-30")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2001-07-31")).assert_fails(
            fragment, [("M1", 9)])
        assert finding.field == "actuals/0"
        assert "latest actual is from 2001-05-31; the next was due by 2001-07-30 (one " \
            "cadence later plus 30 days for the figure to be reported), before the as-of " \
            "date 2001-07-31" in finding.message

    def test_a_december_figure_is_not_overdue_in_mid_january(self) -> None:
        # an administrative monthly series whose November figure is in the update of
        # 18 January: December's is published in the month after, not yet due
        fragment = _metric("cadence: monthly\nbaseline: {value: 0, date: 2020-09-30}\n"
                           "actuals: [{date: 2022-11-30, value: 112580}]")
        RuleTester(stale_metric, as_of=D("2023-01-18")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2023-01-31")).assert_fails(fragment, [("M1", 8)])
        # a weekly count, kept as the work goes, still has half a week
        weekly = _metric("cadence: weekly\nbaseline: {value: 0, date: 2022-10-31}\n"
                         "actuals: [{date: 2023-01-06, value: 9}]")
        RuleTester(stale_metric, as_of=D("2023-01-17")).assert_passes(weekly)
        RuleTester(stale_metric, as_of=D("2023-01-18")).assert_fails(weekly, [("M1", 8)])

    def test_a_key_result_of_a_quarter_is_graded_at_its_end(self) -> None:
        fragment = _metric("cadence: monthly\nbaseline: {value: 40, date: 2001-04-01}\n"
                           "target: {value: 60, date: 2001-06-30}")
        # its last month's figure is reported a month after the quarter's end
        RuleTester(stale_metric, as_of=D("2001-07-30")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2001-07-31")).assert_fails(
            fragment, [("M1", None)])
        assert "the first reading was due by 2001-07-30 (the end of the period it " \
               "measures, 2001-06-30, plus 30 days" in finding.message

    def test_an_annual_figure_is_not_due_the_day_after_its_year(self) -> None:
        fragment = _metric("cadence: annual\nbaseline: {value: 0, date: 2022-06-30}\n"
                           "actuals: [{date: 2023-06-30, value: 4}]")
        RuleTester(stale_metric, as_of=D("2024-07-01")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2024-12-29")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2024-12-31")).assert_fails(fragment, [("M1", 8)])

    def test_a_reading_the_plan_calls_the_latest_data_available_is_not_stale(self) -> None:
        fragment = _metric("cadence: annual\nbaseline: {value: 10.6, date: 2017-12-31}\n"
                           "description: DESCRIPTION\n"
                           "actuals: [{date: 2020-12-31, value: 10.8}]")
        said = "In 2020 (the latest data available for manual workers) the gap rose"
        RuleTester(stale_metric, as_of=D("2022-11-30")).assert_passes(
            fragment.replace("DESCRIPTION", f"'{said}'"))
        # said of another year, or not said at all: the 2021 figure was due by July 2022
        for other in (said.replace("2020", "2019"), "In 2020 the gap rose"):
            RuleTester(stale_metric, as_of=D("2022-11-30")).assert_fails(
                fragment.replace("DESCRIPTION", f"'{other}'"), [("M1", 9)])

    def test_a_measure_stated_by_the_year_is_due_a_year_after_its_reading(self) -> None:
        # a school year's rate "analysed quarterly", stated year by year
        fragment = _metric("cadence: quarterly\nbaseline: {value: 77, date: 2024-08-31}\n"
                           "targets: [{value: 80, date: 2025-08-31}]\n"
                           "actuals: [{date: 2024-08-31, value: 77}]")
        RuleTester(stale_metric, as_of=D("2025-06-09")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2026-03-04")).assert_fails(
            fragment, [("M1", 9)])
        assert "is measured annually (its figures stated by the year) but its latest " \
            "actual is from 2024-08-31; the next was due by 2026-03-02" in finding.message
        # not yet due even at its own cadence (by 2025-01-15): fresh before the year is asked
        RuleTester(stale_metric, as_of=D("2025-01-15")).assert_passes(fragment)

    @pytest.mark.parametrize("cadence", ["daily", "weekly", "P2W", "monthly", "quarterly",
                                         "P5M4W", "semiannual"])
    def test_a_reading_due_at_its_cadence_is_due_sooner_than_by_the_year(
            self, cadence: str) -> None:
        # stale-metric asks first whether a reading is due at a metric's own cadence, of half
        # a year or less, and calls it fresh when not: read by the year, it is due later
        own = Metric.model_validate({"id": "M1", "cadence": cadence})
        yearly = Metric.model_validate({"id": "M1", "cadence": "annual"})
        for day in (D("2023-01-31") + timedelta(days=step) for step in range(0, 800, 3)):
            assert reported(own, add_cadence(day, cadence)) \
                < reported(yearly, add_cadence(day, "annual"))

    def test_what_work_delivers_is_not_due_before_the_work_starts(self) -> None:
        fragment = ("plan: {as_of: 2026-06-30, horizon: {start: 2025-01-01, end: 2030-12-31}}\n"
                    "initiatives:\n  - {id: I1, start: START, metrics: [M1]}\n"
                    "metrics:\n  - {id: M1, title: Physicians enrolled, cadence: quarterly,\n"
                    "     baseline: {value: 12}}\n")
        RuleTester(stale_metric).assert_passes(fragment.replace("START", "2026-09-01"))
        RuleTester(stale_metric).assert_fails(fragment.replace("START", "2025-09-01"),
                                              [("M1", 5)])

    def test_results_a_plan_keeps_out_of_its_text_are_not_asked_for(self) -> None:
        fragment = ("plan: {as_of: 2001-06-30, withheld: WITHHELD}\nmetrics:\n"
                    "  - {id: M1, title: Operating profit, cadence: monthly,\n"
                    "     baseline: {value: -5000, date: 2000-12-31}}\n")
        RuleTester(stale_metric).assert_fails(fragment.replace("WITHHELD", "[targets]"))
        RuleTester(stale_metric).assert_passes(fragment.replace("WITHHELD", "actuals"))

    def test_actuals_after_the_as_of_date_do_not_count(self) -> None:
        fragment = _metric(self.MONTHLY + "  - {date: 2001-08-31, value: 9}\n")
        RuleTester(stale_metric, as_of=D("2001-07-31")).assert_fails(fragment, [("M1", 9)])

    def test_metrics_of_one_source_stopped_at_one_reading_are_one_finding(self) -> None:
        def metric(ident: str, source: str, last: str = "2001-03-31") -> str:
            return (f"  - {{id: {ident}, cadence: monthly, source: {source}, "
                    f"actuals: [{{date: {last}, value: 1}}]}}\n")
        plan = ("planlint: 1\nmetrics:\n" + metric("M1", "Student records")
                + metric("M2", "student records") + metric("M3", "Student records")
                + metric("M4", "Survey") + metric("M5", "Student records", "2001-02-28"))
        findings = RuleTester(stale_metric, as_of=D("2001-07-16")).assert_fails(
            plan, [("M1", 3), ("M4", 6), ("M5", 7)])
        assert "; so are M2 and M3, read from the same source at the same cadence and " \
            "stopped at the same reading" in findings[0].message
        assert [r.node for r in findings[0].related] == ["M2", "M3"]
        assert "so " not in findings[1].message + findings[2].message

    def test_metrics_naming_no_source_stopped_at_one_reading_are_one_finding(self) -> None:
        def metric(ident: str, last: str = "2001-03-31") -> str:
            return (f"  - {{id: {ident}, cadence: monthly, "
                    f"actuals: [{{date: {last}, value: 1}}]}}\n")
        plan = ("planlint: 1\nmetrics:\n" + metric("M1") + metric("M2")
                + metric("M3", "2001-02-28"))
        first, _ = RuleTester(stale_metric, as_of=D("2001-07-16")).assert_fails(
            plan, [("M1", 3), ("M3", 5)])
        assert "; so is M2, read from no named source at the same cadence" in first.message

    def test_a_key_result_listed_again_is_judged_once(self) -> None:
        twin = "  - {id: M%d, title: Churn, cadence: monthly, actuals: [{date: 2001-03-31, " \
               "value: 1}]}\n"
        plan = "planlint: 1\nmetrics:\n" + twin % 1 + twin % 2
        RuleTester(stale_metric, as_of=D("2001-07-16")).assert_fails(plan, [("M1", 3)])

    def test_no_actual_once_the_first_reading_is_due(self) -> None:
        fragment = _metric("cadence: quarterly\nbaseline: {value: 0, date: 2001-01-31}")
        RuleTester(stale_metric, as_of=D("2001-06-15")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2001-06-16")).assert_fails(
            fragment, [("M1", 6)])
        assert finding.field == "cadence"
        assert "first reading was due by 2001-06-15 (one cadence after measurement began " \
               "on 2001-01-31 plus 46 days for the figure to be reported)" in finding.message

    def test_measurement_begins_with_the_goal_when_it_starts_later(self) -> None:
        fragment = _metric("cadence: monthly\nbaseline: {value: 0, date: 2000-01-01}",
                           goal="{id: G1, start: 2001-06-01, metrics: [M1]}")
        RuleTester(stale_metric, as_of=D("2001-07-31")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2001-08-01")).assert_fails(fragment, [("M1", 6)])

    def test_an_interim_target_makes_the_first_reading_due_sooner(self) -> None:
        fragment = _metric("""\
            cadence: annual
            baseline: {value: 0, date: 2001-01-01}
            targets: [{value: 5, date: 2001-06-30}]
            """)
        RuleTester(stale_metric, as_of=D("2001-12-30")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2001-12-31")).assert_fails(
            fragment, [("M1", 6)])
        assert "the date of its first interim target plus 183 days" in finding.message

    def test_old_readings_before_the_goal_start_do_not_make_it_fresh(self) -> None:
        fragment = _metric("""\
            cadence: monthly
            actuals: [{date: 2000-06-30, value: 1}]
            """, goal="{id: G1, start: 2001-01-01, metrics: [M1]}")
        RuleTester(stale_metric, as_of=D("2001-03-03")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2001-03-04")).assert_fails(fragment, [("M1", 7)])

    def test_a_reading_at_the_target_date_ends_measurement(self) -> None:
        fragment = _metric("""\
            cadence: monthly
            baseline: {value: 0, date: 2000-12-31}
            target: {value: 10, date: 2001-12-31}
            actuals: [{date: 2001-12-31, value: 10}]
            """)
        RuleTester(stale_metric, as_of=D("2003-01-01")).assert_passes(fragment)

    @pytest.mark.parametrize("body", [
        "baseline: {value: 0, date: 2000-01-01}",
        "cadence: monthly",
        "cadence: monthly\nbaseline: {value: 0}",
    ])
    def test_not_judged_without_cadence_or_start(self, body: str) -> None:
        RuleTester(stale_metric, as_of=D("2005-01-01")).assert_passes(_metric(body))

    @pytest.mark.parametrize("cadence", ["", "cadence: per event\n"])
    def test_a_yearly_series_with_no_calendar_cadence_lapses_after_two_years(
            self, cadence: str) -> None:
        # part-time staff read every year 2021-2023, no cadence stated: in August 2026 the
        # 2024 and 2025 figures are both due (each six months after its year)
        fragment = _metric(cadence + dedent("""\
            title: Part-time staff in the administration
            unit: '%'
            actuals:
              - {date: 2021-12-31, value: 59}
              - {date: 2022-12-31, value: 60}
              - {date: 2023-12-31, value: 61}
            """))
        RuleTester(stale_metric, as_of=D("2026-07-01")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2026-08-21")).assert_fails(
            fragment, [("M1", 12 if cadence else 11)])
        assert "read every year (2021 to 2023)" in finding.message
        # two readings, or readings that are not a year apart, are no yearly series
        two = "".join(line for line in fragment.splitlines(keepends=True)
                      if "2021-12-31" not in line)
        RuleTester(stale_metric, as_of=D("2026-08-21")).assert_passes(two)
        uneven = fragment.replace("2021-12-31", "2020-12-31")
        RuleTester(stale_metric, as_of=D("2026-08-21")).assert_passes(uneven)

    def test_a_breakdown_stopped_with_its_stale_whole_is_left_to_the_whole(self) -> None:
        # a county's consumption and its residential row, read every year to 2020 and
        # stale by 2024: one cause, reported at the whole
        rows = dedent("""\
            actuals:
              - {date: 2017-12-31, value: 61}
              - {date: 2018-12-31, value: 60}
              - {date: 2019-12-31, value: 59}
              - {date: 2020-12-31, value: 58}
            """)
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: G1, metrics: [M1]}
            metrics:
              - id: M1
                title: Electricity consumption
                source: Energy Commission
            """) + indent(rows, "    ") + indent(dedent("""\
            - id: M2
              title: "Electricity consumption: residential"
              breaks_down: M1
            """), "  ") + indent(rows.replace("value: 58", "value: 20"), "    ")
        tester = RuleTester(stale_metric, as_of=D("2024-10-09"))
        [finding] = tester.assert_fails(fragment, [("M1", 12)])
        assert "M2" not in finding.message
        # a row that stopped before the whole did, or one with a target of its own, is
        # stale on its own
        earlier = fragment.replace("  - {date: 2020-12-31, value: 20}\n", "")
        tester.assert_fails(earlier, [("M1", 12), ("M2", 19)])
        targeted = fragment.replace("breaks_down: M1\n",
                                    "breaks_down: M1\n    target: {value: 15, date: 2030-12-31}\n")
        tester.assert_fails(targeted, [("M1", 12), ("M2", 21)])

    def test_a_period_the_plan_reports_for_other_measures_is_due(self) -> None:
        # an agency's annual report gives the year's figures of its other measures, and
        # none for customer satisfaction, whose target for the year it still states: the
        # year's results are out, though an annual figure's assumed lag has not passed
        others = "".join(indent(dedent(f"""\
              - id: M{number}
                cadence: annual
                target: {{value: 90, date: 2025-06-30}}
                actuals:
                  - {{date: 2024-06-30, value: 91}}
                  - {{date: 2025-06-30, value: 92}}
            """), "  ") for number in (2, 3))
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: G1, metrics: [M1, M2, M3]}
            metrics:
              - id: M1
                title: Customers rating our service good or excellent
                cadence: annual
                targets: [{value: 90, date: 2024-06-30}]
                target: {value: 90, date: 2025-06-30}
                actuals:
                  - {date: 2024-06-30, value: 96}
            """) + others
        [finding] = RuleTester(stale_metric, as_of=D("2025-10-21")).assert_fails(
            fragment, [("M1", 11)])
        assert "while the plan reports the figures for 2025-06-30 of its other measures " \
               "read annually" in finding.message
        # within a month of the period's end, the report may still be coming together
        RuleTester(stale_metric, as_of=D("2025-07-15")).assert_passes(fragment)
        # one other measure is not the plan reporting the period
        one = fragment[:fragment.index("  - id: M3")]
        RuleTester(stale_metric, as_of=D("2025-10-21")).assert_passes(one)
        # a lag the metric states is its own time to report, which the others' say nothing of
        lagged = fragment.replace("cadence: annual\n    targets",
                                  "cadence: annual\n    reporting_lag: P9M\n    targets")
        RuleTester(stale_metric, as_of=D("2025-10-21")).assert_passes(lagged)
        # nor is a figure owed for a period the metric sets no target for
        untargeted = fragment.replace("target: {value: 90, date: 2025-06-30}\n    actuals:\n"
                                      "      - {date: 2024-06-30, value: 96}",
                                      "actuals:\n      - {date: 2024-06-30, value: 96}")
        RuleTester(stale_metric, as_of=D("2025-10-21")).assert_passes(untargeted)

    def test_a_target_due_at_the_report_date_lacks_the_result_its_peers_give(self) -> None:
        # a yearly performance pledge gives the year's results of its other standards,
        # dated the year's end (its as-of date), and none for the follow-up of calls: the
        # report shows the year's figures exist, so the missing one is due, no cadence stated
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2000-12-31}
            goals:
              - {id: G1, metrics: [M1, M2, M3]}
            metrics:
              - id: M1
                title: Calls that require action followed up within 10 days
                target: {text: all followed up within 10 days, date: 2000-12-31}
              - id: M2
                title: Share of output subtitled
                target: {value: 30, date: 2000-12-31}
                actuals: [{date: 2000-12-31, value: 44}]
              - id: M3
                title: Phone-in hours
                actuals: [{date: 2000-12-31, value: 3221}]
            """)
        [finding] = RuleTester(stale_metric).assert_fails(fragment, [("M1", 8)])
        assert "has no actual for its target of 2000-12-31, while the plan reports the " \
               "figures of 2000-12-31 for its other measures" in finding.message
        tester = RuleTester(stale_metric)
        # one other measure read that day is not the plan reporting the period
        tester.assert_passes(fragment.replace("[{date: 2000-12-31, value: 3221}]",
                                              "[{date: 2000-06-30, value: 3221}]"))
        # nor are others' figures of another period (the half-year's)
        tester.assert_passes(fragment.replace("{date: 2000-12-31, value:",
                                              "{date: 2000-06-30, value:"))
        # a lag of its own, or its words, put the result later
        tester.assert_passes(fragment.replace("    target: {text",
                                              "    reporting_lag: P3M\n    target: {text"))
        tester.assert_passes(fragment.replace(
            "    target: {text", "    description: Data not yet available.\n    target: {text"))
        # a breakdown comes on its own rhythm
        tester.assert_passes(fragment.replace("    target: {text",
                                              "    breaks_down: M2\n    target: {text"))
        # a goal not yet begun, or results the goal keeps out of the plan
        tester.assert_passes(fragment.replace("{id: G1, metrics",
                                              "{id: G1, start: 2001-01-01, metrics"))
        tester.assert_passes(fragment.replace("goals:\n", "goals:\n  - {id: G0, withheld: "
                                              "[actuals], metrics: [M1]}\n").replace(
            "metrics: [M1, M2, M3]", "metrics: [M2, M3]"))

    def test_iso_cadence(self) -> None:
        fragment = _metric("cadence: P6W\nactuals: [{date: 2001-01-01, value: 1}]")
        RuleTester(stale_metric, as_of=D("2001-03-14")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2001-03-15")).assert_fails(fragment, [("M1", 7)])

    def test_reporting_lag_delays_every_reading(self) -> None:
        # cost per revenue hour comes from the books after month-end close
        fragment = _metric("""\
            cadence: monthly
            reporting_lag: P45D
            baseline: {value: 186, date: 2025-03-31}
            actuals: [{date: 2025-05-31, value: 182.9}]
            """)
        RuleTester(stale_metric, as_of=D("2025-08-14")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2025-08-15")).assert_fails(
            fragment, [("M1", 9)])
        assert finding.message.startswith(
            "metric M1 is measured monthly but its latest actual is from 2025-05-31; the "
            "next was due by 2025-08-14 (one cadence later plus its reporting lag of P45D), "
            "before the as-of date 2025-08-15")
        first = _metric("cadence: quarterly\nreporting_lag: P2M\n"
                        "baseline: {value: 0, date: 2001-01-31}")
        RuleTester(stale_metric, as_of=D("2001-06-30")).assert_passes(first)
        [finding] = RuleTester(stale_metric, as_of=D("2001-07-01")).assert_fails(
            first, [("M1", 6)])
        assert "first reading was due by 2001-06-30 (one cadence after measurement began " \
               "on 2001-01-31 plus its reporting lag of P2M)" in finding.message

    def test_a_new_metric_without_a_baseline_has_not_begun(self) -> None:
        fragment = _metric("cadence: annual\ntarget: {value: 210000, date: 2028-06-30}",
                           goal="{id: G1, start: 2023-07-01, metrics: [M1]}")
        RuleTester(stale_metric, as_of=D("2025-08-14")).assert_passes(fragment)

    def test_a_new_metric_is_stale_once_the_period_it_measures_has_ended(self) -> None:
        # a monthly key result of a quarter, never read, baseline or not
        fragment = _metric("cadence: monthly\ntitle: Weekly active teams to 40",
                           goal="{id: G1, start: 2025-01-01, due: 2025-03-31, metrics: [M1]}")
        RuleTester(stale_metric, as_of=D("2025-03-20")).assert_passes(fragment)
        RuleTester(stale_metric, as_of=D("2025-04-30")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2025-05-01")).assert_fails(
            fragment, [("M1", 6)])
        assert "the first reading was due by 2025-04-30 (the end of the period it measures, " \
               "2025-03-31, plus 30 days for the figure to be reported)" in finding.message

    def test_a_figure_per_year_is_due_once_its_first_year_has_closed(self) -> None:
        # 'at least two courses per year' through 2029, no baseline: each year is a period
        # of its own, so the first year's count is due after that year, not in 2030
        fragment = _metric("cadence: annual\ntitle: Pre-conference courses per year\n"
                           "target: {value: 2, date: 2029-12-31}",
                           head="plan: {horizon: {start: 2024-01-01, end: 2029-12-31}}\n")
        RuleTester(stale_metric, as_of=D("2025-06-30")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2025-08-04")).assert_fails(
            fragment, [("M1", 7)])
        assert "one cadence after measurement began on 2024-01-01" in finding.message
        # a level to reach by 2029, with no baseline, is first read at its end
        RuleTester(stale_metric, as_of=D("2025-08-04")).assert_passes(
            fragment.replace("courses per year", "courses offered"))

    def test_a_statement_of_intent_owes_its_periodic_figures_to_the_report_it_names(
            self) -> None:
        # a statement of intent updated in its second year records no result at all and
        # names an annual report against its measures: the first year's figure is that
        # report's, not the plan's
        report = ("communications:\n  - {id: C1, title: Annual report against the measures, "
                  "cadence: annual, covers: [G1]}\n")
        fragment = _metric("cadence: annual\ntitle: Investment referrals per year\n"
                           "target: {value: 12, date: 2024-06-30}",
                           head="plan: {horizon: {start: 2021-07-01, end: 2024-06-30}}\n")
        late = RuleTester(stale_metric, as_of=D("2023-06-30"))
        late.assert_fails(fragment, [("M1", 7)])
        late.assert_passes(fragment + report)
        # a report with no rhythm, or one that covers another goal, is no such place
        late.assert_fails(fragment + report.replace("cadence: annual, ", ""), [("M1", 7)])
        late.assert_fails(fragment + report.replace("covers: [G1]", "covers: []"),
                          [("M1", 7)])
        # a plan that records some result (work done) is a record: the figure is its own
        done = "initiatives:\n  - {id: I1, supports: [G1], status: done}\n"
        late.assert_fails(fragment + report + done, [("M1", 7)])
        # and so is one that reports work put on hold: a decision about how it went
        late.assert_fails(fragment + report + done.replace("done", "on-hold"), [("M1", 7)])
        late.assert_passes(fragment + report + done.replace("done", "planned"))
        # so is a measure whose target date has passed
        RuleTester(stale_metric, as_of=D("2025-06-30")).assert_fails(
            fragment + report, [("M1", 7)])

    def test_a_target_whose_result_the_plan_says_was_not_measured_is_unread(self) -> None:
        # a results report read on its target's date: the figure itself may still be
        # counted, but the report says there is none ('Not available'): a target reached
        # with no result, whether or not a cadence is stated
        fragment = _metric("title: Share of clients satisfied\nunit: '%'\n"
                           "target: {value: 85, date: 2017-03-31}\n"
                           "actuals: [{date: 2017-03-31, text: Not available}]")
        on_date = RuleTester(stale_metric, as_of=D("2017-03-31"))
        [finding] = on_date.assert_fails(fragment, [("M1", 9)])
        assert "its actual says only that it was not measured ('Not available')" \
            in finding.message
        on_date.assert_fails(fragment + "    cadence: P3Y\n", [("M1", 9)])
        on_date.assert_fails(fragment.replace(
            "Not available", "Actual results are not available because this indicator is "
            "tracked on a biennial basis."), [("M1", 9)])
        on_date.assert_fails(fragment.replace("Not available", "No formal survey completed"),
                             [("M1", 9)])
        # a figure, or a result in other words, is a reading
        on_date.assert_passes(fragment.replace("text: Not available", "value: 79"))
        on_date.assert_passes(fragment.replace("Not available", "Achieved"))
        # before the target's date the result is not yet owed
        RuleTester(stale_metric, as_of=D("2017-03-30")).assert_passes(fragment)
        # a measure of events none of which took place had nothing to measure
        on_date.assert_passes(fragment + "    description: No emergency flood actions were "
                                         "initiated in 2016-17.\n")

    def test_an_outside_rating_with_an_undated_target_waits_for_its_publisher(self) -> None:
        # a named body's rating is published on its timetable, not at the horizon's end
        fragment = _metric("title: SOCITM Better Connected accessibility rating\n"
                           "target: {text: four-star}",
                           head="plan: {horizon: {start: 2016-04-01, end: 2017-03-31}}\n")
        RuleTester(stale_metric, as_of=D("2017-09-08")).assert_passes(fragment)
        # once the plan dates the target, the result is due then
        RuleTester(stale_metric, as_of=D("2017-09-08")).assert_fails(
            fragment.replace("{text: four-star}", "{text: four-star, date: 2017-03-31}"),
            [("M1", 8)])

    def test_a_key_result_graded_at_the_end_of_its_quarter_was_read(self) -> None:
        # an OKR score is the report: no value of the measure, but a reading all the same
        fragment = _metric("cadence: monthly\ntitle: Weekly active teams to 40\n"
                           "actuals: [{date: 2025-03-31, score: 0.3}]",
                           goal="{id: G1, start: 2025-01-01, due: 2025-03-31, metrics: [M1]}")
        RuleTester(stale_metric, as_of=D("2025-04-16")).assert_passes(fragment)

    def test_a_measure_with_no_figure_at_all_is_left_to_metric_without_target(self) -> None:
        # no target, baseline or reading: one cause, which metric-without-target reports
        # ("no target, baseline or actual"); a missing reading would repeat it
        fragment = _metric("cadence: monthly\ntitle: Weekly active teams",
                           goal="{id: G1, start: 2025-01-01, due: 2025-03-31, metrics: [M1]}")
        RuleTester(stale_metric, as_of=D("2026-01-01")).assert_passes(fragment)
        [finding] = RuleTester(metric_without_target).assert_fails(fragment, [("M1", 5)])
        assert "no target, baseline or actual" in finding.message

    def test_a_measure_read_before_the_plan_began_is_judged_by_its_latest_reading(
            self) -> None:
        # a budget year's plan: the FY17 figure of an annual measure never came
        fragment = ("planlint: 1\nplan: {horizon: {start: 2018-07-01, end: 2019-06-30}}\n"
                    "goals: [{id: G1, metrics: [M1]}]\nmetrics:\n"
                    "  - {id: M1, cadence: annual, actuals: [{date: 2016-06-30, value: 3}]}\n")
        RuleTester(stale_metric, as_of=D("2018-07-01")).assert_fails(
            fragment, [("M1", 5, "the next was due by 2017-12-30")])

    def test_a_milestone_is_stale_once_its_date_passed_without_a_record(self) -> None:
        fragment = _metric("title: Launch the partner portal",
                           goal="{id: G1, due: 2025-03-31, metrics: [M1]}")
        RuleTester(stale_metric, as_of=D("2025-03-31")).assert_passes(fragment)
        [finding] = RuleTester(stale_metric, as_of=D("2025-04-01")).assert_fails(
            fragment, [("M1", 5)])
        assert finding.message.startswith(
            "metric M1 (Launch the partner portal), a milestone, was due by 2025-03-31")
        RuleTester(stale_metric, as_of=D("2025-04-01")).assert_passes(
            fragment + "    actuals: [{date: 2025-03-28, value: 1}]\n")

    def test_criteria_of_a_goal_done_unit_by_unit_are_recorded_by_the_units(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2019-01-01}
            units: [{id: nova}, {id: cinder}, {id: glance}]
            goals:
              - id: G1
                title: Register and document policy in code
                due: 2018-02-28
                metrics:
                  - {id: G1.1, title: Ensure default policies can be overridden}
            initiatives:
              - {id: I1, title: "nova: Register and document policy in code", unit: nova,
                 supports: [G1], status: done}
              - {id: I2, title: "cinder: Register and document policy in code",
                 unit: cinder, supports: [G1], status: done}
              - {id: I3, title: "glance: Register and document policy in code",
                 unit: glance, supports: [G1]}
            """)
        RuleTester(stale_metric).assert_passes(fragment)
        # the same criterion is asked for once the work is steps, not the goal per unit
        steps = fragment.replace("cinder: Register and document policy in code",
                                 "Write the cinder policy guide")
        RuleTester(stale_metric).assert_fails(steps, [("G1.1", 9)])
        # nor is a criterion with a date of its own read through the units
        dated = fragment.replace("title: Ensure default policies can be overridden}",
                                 "title: Ensure default policies can be overridden,\n"
                                 "                     target: {value: 1, date: 2017-12-31}}")
        RuleTester(stale_metric).assert_fails(dated, [("G1.1", 10)])

    def test_reporting_lag_must_be_a_duration(self) -> None:
        report = lint("planlint: 1\nmetrics: [{id: M1, reporting_lag: 45 days}]\n",
                      config=Config(select=["invalid-field"]))
        [finding] = report.findings
        assert finding.node == "M1"
        assert "reporting_lag" in finding.message
        assert "should be an ISO 8601 duration such as P45D or P2M (found '45 days')" \
            in finding.message

    @pytest.mark.parametrize("written", ["ten percent", "-5", "10 %", "true"])
    def test_a_tolerance_is_a_number_or_a_percentage(self, written: str) -> None:
        report = lint(f"planlint: 1\nmetrics: [{{id: M1, tolerance: {written}}}]\n",
                      config=Config(select=["invalid-field"]))
        [finding] = report.findings
        assert "tolerance should be a margin: a number in the metric's unit, such as 5, or " \
            "a percentage of the target, such as 10% (found" in finding.message
        assert "constrained" not in finding.message

    @pytest.mark.parametrize(("written", "read"), [("5", 5.0), ("2.5", 2.5), ("10%", "10%")])
    def test_a_tolerance_is_read_as_written(self, written: str, read: float | str) -> None:
        plan = load_plan(f"planlint: 1\nmetrics: [{{id: M1, tolerance: {written}}}]\n")
        assert plan.metrics[0].tolerance == read

    def test_shared_metric_is_reported_once(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: G1, metrics: [M1]}
              - {id: G2, metrics: [M1]}
            metrics:
              - {id: M1, cadence: monthly, baseline: {value: 0, date: 2001-01-01}}
            """)
        RuleTester(stale_metric, as_of=D("2001-03-04")).assert_fails(fragment, [("M1", 6)])


OFF_TRACK = """\
    direction: DIRECTION
    baseline: {value: 100, date: 2001-01-01}
    target: {value: TARGET, date: 2001-11-28}
    actuals:
      - {date: 2001-06-15, value: ACTUAL}
    """


def _tracked(direction: str, target: float, actual: float, extra: str = "",
             goal: str = "{id: G1, metrics: [M1]}") -> str:
    body = OFF_TRACK.replace("DIRECTION", direction).replace("TARGET", str(target)) \
        .replace("ACTUAL", str(actual))
    return _metric(body, goal=goal, head="plan: {as_of: 2001-06-30}\n") + extra


class TestOffTrackMetric:
    # 165 of the 331 days from baseline to target have passed on 2001-06-15.
    def test_below_threshold_fires_at_the_latest_actual(self) -> None:
        [finding] = RuleTester(off_track_metric).assert_fails(
            _tracked("increase", 200, 140), [("M1", 11)])
        assert finding.field == "actuals/0"
        assert "140 on 2001-06-15, where the line from 100 on 2001-01-01 to 200 on " \
            "2001-11-28 expects 149.85; that is 80% of the progress expected (40 of 49.85)" \
            in finding.message
        assert [item.node for item in finding.related] == ["G1"]

    def test_a_deliverable_scored_by_share_done_rated_on_track_waits_for_its_date(
            self) -> None:
        # An agency's priority goal scores its deliverable 0 to 100 by the share of its
        # listed steps done: one step of four at mid-period is short of a straight line,
        # but its steps come in sequence, and the plan rates the goal on track. Rated
        # off track (Delayed), or past its date, it is judged as a level.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2022-09-30}
            goals:
              - {id: G1, title: Launch the telescope, start: 2021-10-01, due: 2023-09-30,
                 rating: RATING, metrics: [M1]}
            metrics:
              - id: M1
                title: Deliver Core Stage
                description: "Deliver the Core Stage\\n- ship\\n- test\\n- integrate\\n- hand over"
                baseline: {value: 0}
                target: {value: 100, date: DUE}
                actuals: [{date: 2022-09-30, value: 25}]
            """)
        tester = RuleTester(off_track_metric)
        tester.assert_passes(fragment.replace("RATING", "on-track").replace("DUE", "2023-09-30"))
        tester.assert_fails(fragment.replace("RATING", "off-track").replace("DUE", "2023-09-30"),
                            [("M1", 12)])
        tester.assert_fails(fragment.replace("RATING", "on-track").replace("DUE", "2022-09-30"),
                            [("M1", 12)])
        # a count of a hundred things it names is no share done
        tester.assert_fails(fragment.replace("RATING", "on-track").replace("DUE", "2023-09-30")
                            .replace("Deliver Core Stage", "Wells drilled"), [("M1", 12)])

    def test_a_target_against_its_direction_is_judged_once_due(self) -> None:
        # Emission reductions to rise, their target set far below the baseline: there is
        # no line to follow (target-contradicts-direction says so), but a reading on the
        # target's date that reaches 1% of it misses it whatever the baseline says.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2024-10-01}
            goals: [{id: G1, title: CMAQ emissions, metrics: [M1]}]
            metrics:
              - id: M1
                title: "Total Emission Reductions: PM2.5"
                direction: increase
                baseline: {value: 111.8, date: 2021-09-30}
                target: {value: 24.25, date: 2023-09-30}
                actuals: [{date: 2023-09-30, value: READ}]
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "0.177"), [("M1", 10)])
        assert "reaches 1% of its target of 24.25" in finding.message
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "30"))
        # before the target's date nothing is expected yet
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("READ", "0.177").replace("date: 2023-09-30, value", "date: "
                                                       "2022-09-30, value"))

    def test_a_goal_graded_not_done_past_its_date_fires_at_its_own_result(self) -> None:
        # A foundation's year-end verdicts on its to-dos: a resource hub graded FAILURE with
        # nothing said of what is done about it is the miss a milestone at 0 would be; one
        # with a response, a new date or a later goal that takes it up, one done, one still
        # to come, one in words that grade nothing, and one measured by metrics are not.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2020-01-31, horizon: {start: 2019-01-01, end: 2019-12-31}}
            goals:
              - id: T-9
                title: Launch resource hub for privacy
                actuals: [{date: 2019-12-31, value: 0, text: "VERDICT: FAILURE."}]
              - id: T-1
                title: A successful Zcon1
                actuals: [{date: 2019-12-31, value: 1, text: "VERDICT: SUCCESS!"}]
              - id: T-2
                title: Reference wallets
                actuals: [{date: 2019-12-31, text: "VERDICT: BUILDING SUCCESS."}]
              - id: T-3
                title: Launch Parity Zcash
                actuals:
                  - {date: 2019-12-31, value: 0, response: a homegrown node ships in phases}
              - id: T-4
                title: Launch a grant platform
                due: 2020-06-30
                actuals: [{date: 2019-12-31, value: 0.4}]
              - id: T-5
                title: Publish the privacy guide
                actuals: [{date: 2019-12-31, value: 0}]
              - id: T-6
                title: Publish the privacy guide in two languages
                due: 2020-12-31
              - id: T-7
                title: Launch Zebra
                metrics: [M1]
                actuals: [{date: 2019-12-31, value: 0}]
              - id: T-8
                title: Release the wallet SDK
                actuals: [{date: 2019-12-31, value: 0}]
            metrics:
              - {id: M1, title: Zebra released, target: {value: 1, date: 2019-12-31},
                 actuals: [{date: 2019-12-31, value: 0}]}
            changes:
              - {date: 2020-01-15, item: T-8, field: due, from: 2019-12-31, to: 2020-06-30,
                 reason: the ECC's SDK comes first}
            """)
        findings = RuleTester(off_track_metric).assert_fails(
            fragment, [("T-9", 6), ("M1", None)])
        goal = next(finding for finding in findings if finding.node == "T-9")
        assert goal.field == "actuals/0"
        assert "goal T-9 (Launch resource hub for privacy) was due by 2019-12-31 and is " \
            "not done: its own latest result is 0 on 2019-12-31" in goal.message

    def test_a_goal_graded_not_done_whose_metrics_have_no_reading_is_judged_by_it(
            self) -> None:
        # An annual report grading each goal of the year: "10,000 reminders sent" was
        # "not met", the service never built, so its metrics have no reading; the goal's
        # own grade is the only result to judge. A goal whose metric has a reading is
        # judged through it; one whose metric's only reading is after the as-of date is not.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2019-07-23, horizon: {start: 2018-06-01, end: 2019-06-01}}
            goals:
              - id: G8
                title: 10,000 reminders sent for May elections
                due: 2019-05-31
                metrics: [M8]
                actuals: [{date: 2019-06-01, value: 0, text: "Goals not met"}]
              - id: G7
                title: Launch Zebra
                due: 2019-05-31
                metrics: [M7]
                actuals: [{date: 2019-06-01, value: 0, text: "Goals not met"}]
            metrics:
              - {id: M8, title: Reminders sent, unit: reminders,
                 target: {value: 10000, date: 2019-05-31}}
              - {id: M7, title: Zebra released, target: {value: 1, date: 2019-05-31},
                 actuals: [{date: READ, value: 1}]}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "2019-05-31"), [("G8", 8)])
        assert "goal G8 (10,000 reminders sent for May elections) was due by 2019-05-31 " \
            "and is not done" in finding.message
        findings = RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "2019-08-31"), [("G8", 8), ("G7", 13)])
        assert {finding.node for finding in findings} == {"G8", "G7"}

    def test_an_output_of_work_with_only_an_end_target_is_not_judged_before_mid_way(
            self) -> None:
        # A donor-funded works project: 0 of 130,000 connections rehabilitated two years
        # into six and a half, with no interim target, sets no pace to be behind; judged
        # from the middle of its line on, with an interim target on the way, or when a
        # goal lists the measure too.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-04-13}
            goals: [{id: PDO, title: Improve water supply services, metrics: [GOAL]}]
            initiatives:
              - id: P1
                title: Water Sector Resilience Project
                start: 2023-04-27
                end: 2029-11-30
                metrics: [IR1]
            metrics:
              - id: IR1
                title: Number of connections rehabilitated
                baseline: {value: 0, date: 2023-04-24}
                target: {value: 130000, date: 2029-11-30}
                actuals: [{date: READ, value: 0}]
            """)
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("GOAL", "").replace("READ", "2025-04-13"))
        late = fragment.replace("GOAL", "").replace("READ", "2026-09-30").replace(
            "as_of: 2025-04-13", "as_of: 2026-09-30")
        RuleTester(off_track_metric).assert_fails(late, [("IR1", 15)])
        interim = fragment.replace("GOAL", "").replace("READ", "2025-04-13").replace(
            "target: {value: 130000", "targets: [{value: 20000, date: 2024-12-31}]\n"
            "    target: {value: 130000")
        RuleTester(off_track_metric).assert_fails(interim, [("IR1", None)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("GOAL", "IR1").replace("READ", "2025-04-13"), [("IR1", 15)])

    def test_a_whole_count_is_judged_against_the_whole_number_expected(self) -> None:
        # A foundation's yearly membership goals, read at mid-year: 2 new alliances of 5
        # is on the line (2.47 rounds to 2: a count can only be whole); 1 is not, nor 5
        # articles of 18 (9 expected). Figures not all whole are judged on the line.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-07-07, horizon: {start: 2025-01-01, end: 2025-12-31}}
            metrics:
              - id: M1
                title: New Academic and other Alliances
                target: {value: AIM, date: 2025-12-31}
                actuals: [{date: 2025-06-30, value: READ}]
            """)
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("AIM", "5").replace("READ", "2"))
        for aim, read in (("5", "1"), ("18", "5"), ("5.2", "2")):
            RuleTester(off_track_metric).assert_fails(
                fragment.replace("AIM", aim).replace("READ", read), [("M1", None)])

    def test_a_few_whole_items_short_of_the_line_by_less_than_one_pass(self) -> None:
        # A project's results framework: 4 platforms of 5 where the line expects 4.73,
        # 3 products of 4 where it expects 3.78, three months before the target: the
        # next item may come any day. Judged: nothing counted yet (0 of 2), a reading on
        # the target's date or looked at after it, a whole item or more short (2 of 5,
        # 4.73 expected), a larger count (24 of 30, 28.8 expected), or a share in
        # percent.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: ASOF}
            metrics:
              - id: M1
                title: Data platforms developed and accessible
                unit: UNIT
                direction: increase
                baseline: {value: 0, date: 2020-05-03}
                target: {value: AIM, date: DUE}
                actuals: [{date: 2025-04-13, value: READ}]
            """)
        cases = {"ASOF": "2025-04-13", "UNIT": "units", "DUE": "2025-07-27"}

        def plan(**changed: str) -> str:
            text = fragment
            for key, value in {**cases, **changed}.items():
                text = text.replace(key, value)
            return text

        for aim, read in (("5", "4"), ("4", "3")):
            RuleTester(off_track_metric).assert_passes(plan(AIM=aim, READ=read))
        for changed in ({"AIM": "2", "READ": "0"}, {"AIM": "5", "READ": "2"},
                        {"AIM": "30", "READ": "24"},
                        {"AIM": "5", "READ": "4", "DUE": "2025-04-13"},
                        {"AIM": "5", "READ": "4", "ASOF": "2025-08-01"},
                        {"AIM": "5", "READ": "4", "UNIT": "'%'"}):
            RuleTester(off_track_metric).assert_fails(plan(**changed), [("M1", None)])

    def test_a_level_to_hold_is_judged_by_the_target_in_force_on_its_date(self) -> None:
        # A fire department's incidents with no baseline: 47,209 in FY14 is within 15% of
        # the 42,000 set for FY14, not judged by the 7,000 set for FY16; 60,000 is not.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2014-09-30}
            metrics:
              - id: M1
                title: Number of Code 2 (Non Emergency) Incidents
                direction: maintain
                targets: [{value: 42000, date: 2014-06-30}, {value: 42000, date: 2015-06-30}]
                target: {value: 7000, date: 2016-06-30}
                actuals: [{date: 2014-06-30, value: READ}]
            """)
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "47209"))
        [finding] = RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "60000"), [("M1", 9)])
        assert "should hold 42,000" in finding.message

    def test_a_level_of_harm_to_hold_is_off_track_only_above_it(self) -> None:
        # A city dataset's "On target is positive" arson count: the volume expected.
        # 89 arsons against 140 is less harm, not a stray; 200 is more than expected;
        # a level to hold that is no harm (training hours) still strays both ways.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2014-09-30}
            metrics:
              - id: M1
                title: Total number of arson incidents
                direction: maintain
                targets: [{value: 140, date: 2014-06-30}]
                target: {value: 140, date: 2016-06-30}
                actuals: [{date: 2014-06-30, value: READ}]
            """)
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "89"))
        RuleTester(off_track_metric).assert_fails(fragment.replace("READ", "200"), [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "89").replace("arson incidents", "training hours"),
            [("M1", 9)])

    def test_a_guessed_direction_the_plans_rating_refutes_is_not_judged(self) -> None:
        # A health sector review's results matrix: a coverage targeted at 70 from a
        # baseline of 80 (a target set below where it stood), read at 88 and rated green.
        # The rule's only reason to call it a fall to 70 is the target's side of the
        # baseline; the plan's own rating says 88 meets it. Without the rating, with a
        # stated direction, or with a reading that moved towards the target, the rule
        # still judges it.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2016-06-30}
            metrics:
              - id: M1
                title: "% of targeted pregnant women provided with a bed net"
                unit: '%'
                baseline: {value: 80, date: 2013-06-30}
                target: {value: 70, date: 2016-06-30}
                actuals: [{date: 2016-06-30, value: READ}]
                rating: on-track
            """)
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "88"))
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "80"))
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "88").replace("on-track", "at-risk"), [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "78"), [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "88").replace("unit: '%'",
                                                   "unit: '%'\n    direction: decrease"),
            [("M1", 10)])

    def test_a_direction_guessed_from_readings_the_plans_rating_refutes(self) -> None:
        # A council's quarterly indicators: school admission appeals upheld, no baseline,
        # a target of 20% and readings of 3% and then 1%, rated green. The rule's only
        # reason to call it a rise to 20 is that the first reading fell short of it; the
        # plan's own rating says the target is a ceiling the readings are within. Without
        # the rating, with a stated direction, or with a reading that moved towards the
        # target, the rule still judges it.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-09-30}
            metrics:
              - id: M1
                title: Percentage of school admission appeals upheld
                target: {value: 20, date: 2025-09-30}
                actuals:
                  - {date: 2025-06-30, value: 3}
                  - {date: 2025-09-30, value: READ}
                rating: on-track
            """)
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "1"))
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "0"))
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "1").replace("on-track", "off-track"), [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "1").replace("    rating: on-track\n", ""), [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "5"), [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "1").replace("    target:",
                                                  "    direction: increase\n    target:"),
            [("M1", 10)])

    def test_a_reading_behind_an_undated_baseline_has_moved_away(self) -> None:
        # A school district's annual goal dashboard: an initial baseline with no date, in a
        # plan that states no start, then this year's status and a goal for 2018. The
        # baseline is where the measure started: 72% from 74% against 78% has moved
        # away, however small the move; a reading towards the goal, or a plan that rates
        # the measure on track when only the baseline's side says which way it goes, has
        # not.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2017-06-30, horizon: {text: Vision 2018}}
            metrics:
              - id: M1
                title: Seniors Ready for College & Career
                unit: '%'
                baseline: {value: 74}
                actuals: [{date: 2017-06-30, value: READ}]
                target: {value: 78, date: 2018-12-31}
            """)
        RuleTester(off_track_metric).assert_fails(fragment.replace("READ", "72"), [("M1", 8)])
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "75"))
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "74"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("READ", "72") + "    rating: on-track\n")
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "72").replace("unit: '%'",
                                                   "unit: '%'\n    direction: increase")
            + "    rating: on-track\n", [("M1", 9)])

    def test_two_readings_of_one_date_that_disagree_show_nothing_off_track(self) -> None:
        # A health sector mid-term review quotes two household surveys of 2015 for one
        # measure: 71 (KMIS 2015), past the 68.6 the line from 60 to 70 expects by then,
        # and 67 (STEPS 2015), short of it. The figures disagree on whether it is on
        # track, so neither shows it off track; when both fall short, it is.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2016-06-30}
            metrics:
              - id: M1
                title: "% of households with improved drinking water source"
                unit: '%'
                baseline: {value: 60, date: 2012-12-31}
                target: {value: 70, date: 2016-06-30}
                actuals:
                  - {date: 2015-12-31, value: FIRST}
                  - {date: 2015-12-31, value: 67}
            """)
        RuleTester(off_track_metric).assert_passes(fragment.replace("FIRST", "71"))
        RuleTester(off_track_metric).assert_fails(fragment.replace("FIRST", "64"),
                                                  [("M1", 11)])

    def test_a_row_given_twice_with_readings_that_disagree_shows_nothing_off_track(
            self) -> None:
        # A donor's results framework (IATI) carries each indicator twice, same title,
        # baseline and target, with readings of one date that differ: 1,164 people
        # reached in one row, 36,899 in the other; 11 block grants in one, "28 ... under
        # implementation" in words in the other. The rows disagree, so neither shows the
        # measure off track; when both fall short, or the rows are two measures (another
        # target), it is.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-04-13}
            metrics:
              - id: M1
                title: People reached in awareness campaigns
                baseline: {value: 0, date: 2020-04-09}
                target: {value: 10000, date: 2025-06-30}
                actuals: [{date: 2025-04-13, value: 1164}]
              - id: M2
                title: People reached in awareness campaigns
                baseline: {value: 0, date: 2020-04-09}
                target: {value: TARGET, date: 2025-06-30}
                actuals: [{date: 2025-04-13, READING}]
            """)
        tester = RuleTester(off_track_metric)
        tester.assert_passes(fragment.replace("TARGET", "10000")
                             .replace("READING", "value: 36899"))
        tester.assert_passes(fragment.replace("TARGET", "10000")
                             .replace("READING", "text: 28 campaigns under way"))
        tester.assert_fails(fragment.replace("TARGET", "10000")
                            .replace("READING", "value: 2000"), [("M1", 8), ("M2", 13)])
        tester.assert_fails(fragment.replace("TARGET", "40000")
                            .replace("READING", "value: 36899"), [("M1", 8)])

    def test_a_measure_with_no_baseline_too_slow_for_its_next_target(self) -> None:
        # A national sustainability strategy states no baseline for its renewable shares,
        # only yearly readings and targets: 23.8% in 2025 against at least 41% by 2030 is
        # far behind the line from its earliest reading (7.2.a), and 55.1% against 80% by
        # 2030 far behind the line from 46.3%, read when the plan records the 80% target
        # set in 2022 (7.2.b); at their pace neither can arrive. With no way stated, a
        # response on a reading since the start, or too few readings to show a pace, it
        # is left alone.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2026-03-31}
            metrics:
              - id: M1
                title: Share of renewable energy in gross final energy consumption
                unit: '%'
                direction: increase
                targets: [{value: 18, date: 2020-12-31}]
                target: {value: 41, date: 2030-12-31}
                actuals:
                  - {date: 2005-12-31, value: 7.2}
                  - {date: 2020-12-31, value: 19.1}
                  - {date: 2024-12-31, value: 22.5}
                  - {date: 2025-12-31, value: 23.8}
              - id: M2
                title: Share of renewable electricity in gross electricity consumption
                unit: '%'
                bound: at least
                targets: [{value: 35, date: 2020-12-31}]
                target: {value: 80, date: 2030-12-31}
                actuals:
                  - {date: 2005-12-31, value: 10.3}
                  - {date: 2020-12-31, value: 45.4}
                  - {date: 2022-12-31, value: 46.3}
                  - {date: 2024-12-31, value: 54.4}
                  - {date: 2025-12-31, value: 55.1}
            changes:
              - {date: 2022-12-31, item: M2, field: target, from: 65, to: 80}
            """)
        tester = RuleTester(off_track_metric)
        tester.assert_fails(fragment, [("M1", 14), ("M2", 26)])
        # from its earliest reading, M2 is on its line (95% of the progress expected)
        tester.assert_fails(fragment.replace("field: target,", "field: owner,"), [("M1", 14)])
        tester.assert_passes(fragment.replace("direction: increase", "cadence: annual")
                             .replace("field: target,", "field: owner,"))
        tester.assert_passes(fragment.replace("value: 22.5}", "value: 22.5, response: A new "
                                              "support scheme starts in 2026}")
                             .replace("field: target,", "field: owner,"))
        tester.assert_passes(fragment.replace("  - {date: 2024-12-31, value: 22.5}\n", "")
                             .replace("  - {date: 2020-12-31, value: 19.1}\n", "")
                             .replace("field: target,", "field: owner,"))

    def test_a_reading_the_plan_calls_under_reported_is_not_off_track(self) -> None:
        # A health sector review's coverage, 82% to reach 85%, read at 57% from the
        # information system with the comment that the figure is an under-report (a
        # category was left out of the reporting tool): the shortfall is the reporting's.
        # Without those words, denied, said of an earlier reading, or for a harm that
        # should fall (an under-count shows it lower than it is), it is judged.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2016-06-30}
            metrics:
              - id: M1
                title: "% of targeted under 1's provided with bed nets"
                unit: '%'
                baseline: {value: 82, date: 2013-06-30}
                target: {value: 85, date: 2016-06-30}
                actuals: [{date: 2016-06-30, value: 57}]
                description: "Comments: WORDS because the category for children under 1
                  was initially omitted from the reporting tool"
            """)
        RuleTester(off_track_metric).assert_passes(fragment.replace("WORDS", "Under-reporting"))
        RuleTester(off_track_metric).assert_fails(fragment.replace("WORDS", "Low coverage"),
                                                  [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("WORDS", "No under-reporting"), [("M1", 9)])
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("WORDS", "Under-reporting in 2014").replace(
                "actuals: [", "actuals: [{date: 2014-06-30, value: 70}, "), [("M1", 9)])
        harm = fragment.replace("WORDS", "Under-reporting").replace(
            "% of targeted under 1's provided with bed nets", "Malaria deaths per 100,000"
        ).replace("value: 82,", "value: 30,").replace("value: 85,", "value: 20,").replace(
            "value: 57}", "value: 40}")
        RuleTester(off_track_metric).assert_fails(harm, [("M1", 9)])

    def test_a_count_added_up_since_the_plan_began_is_judged_from_none(self) -> None:
        # A CAPER's goals table after three of five program years: 42 of 317 housing
        # units (cumulative accomplishment) is far behind the 190 a line from none at the
        # plan's start expects; 200 is on it. A figure of one year is not judged so.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2018-06-30, horizon: {start: 2015-07-01, end: 2020-06-30}}
            metrics:
              - id: M1
                title: Rental Housing - cumulative accomplishment (Housing Units)
                unit: Housing Units
                target: {value: 317, date: 2020-06-30}
                actuals: [{date: 2018-06-30, value: READ}]
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "42"), [("M1", None)])
        assert "the line from 0 on 2015-07-01 to 317 on 2020-06-30 expects 190" \
            in finding.message
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "200"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("READ", "42").replace("cumulative", "annual"))

    def test_a_tally_of_the_plan_s_one_year_is_judged_from_none(self) -> None:
        # A humanitarian cluster's mid-year report: "2022 humanitarian beneficiaries"
        # are the people reached in 2022, 81,818 by June of 850,000 for the year, far
        # behind the 420,330 a line from none on 1 January expects; 450,000 is on it.
        # A figure not named by the year, a level that falls, a plan of several years
        # and a rate are not read so (nothing is judged before a target falls due).
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2022-06-30, horizon: {start: 2022-01-01, end: 2022-12-31}}
            metrics:
              - id: M1
                title: 2022 humanitarian beneficiaries, SO3
                target: {value: 850000, date: 2022-12-31}
                actuals:
                  - {date: 2022-03-31, value: 34116}
                  - {date: 2022-06-30, value: READ}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "81818"), [("M1", None)])
        assert "the line from 0 on 2022-01-01 to 850,000 on 2022-12-31 expects 420,330" \
            in finding.message
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("READ", "81818").replace(
                "2022 humanitarian beneficiaries, SO3", "People reached with food in 2022"),
            [("M1", None)])
        RuleTester(off_track_metric).assert_passes(fragment.replace("READ", "450000"))
        for changed in (fragment.replace("2022 humanitarian", "Humanitarian"),
                        fragment.replace("34116", "90000"),
                        fragment.replace("start: 2022-01-01", "start: 2020-01-01"),
                        fragment.replace("humanitarian beneficiaries", "beneficiary rate")):
            RuleTester(off_track_metric).assert_passes(changed.replace("READ", "81818"))

    def test_a_workload_expected_about_level_is_judged_against_its_target(self) -> None:
        # A council's workload table: "Number of street trees planted", "= 35" from a
        # baseline of 36, 80 planted: the target one below the baseline states no aim to
        # do less, and more work done is no shortfall; short of it still fires.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2022-06-30, horizon: {start: 2021-07-01, end: 2022-06-30}}
            metrics:
              - id: M1
                title: Number of street trees planted by the parks crew
                baseline: {value: BASE}
                target: {value: 35, date: 2022-06-30}
                actuals: [{date: 2022-06-30, value: READ}]
            """)
        for base in ("36", "35"):
            RuleTester(off_track_metric).assert_passes(
                fragment.replace("BASE", base).replace("READ", "80"))
            [finding] = RuleTester(off_track_metric).assert_fails(
                fragment.replace("BASE", base).replace("READ", "20"), [("M1", None)])
            assert "reaches 57% of its target of 35 due 2022-06-30" in finding.message
        # a target further below the baseline is an aim to do less, judged on its line
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("BASE", "50").replace("READ", "80"), [("M1", None)])
        # nor is a number of things that are no work done, nor one of harm
        for title in ("Number of households in temporary accommodation",
                      "Number of complaints received"):
            RuleTester(off_track_metric).assert_fails(fragment.replace("BASE", "36").replace(
                "READ", "80").replace("street trees planted by the parks crew",
                                      title.removeprefix("Number of ")), [("M1", None)])

    def test_a_count_of_demand_answered_short_of_its_target_is_not_judged(self) -> None:
        # A council's "Number of DAs determined", 5 of "= 15" (the applications the
        # regional panel gets are "not entirely within Council's control"), 635 of "> 800"
        # with 509 lodged; a fire department's "Total number of responses to emergency
        # incidents" and "Number of violation re-inspections made", "Above target is
        # positive": the figure moves with what comes in, not with the plan's effort.
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2022-06-30, horizon: {start: 2021-07-01, end: 2022-06-30}}
            metrics:
              - id: M1
                title: TITLE
                FIELDS
                baseline: {value: 15}
                target: {value: 15, date: 2022-06-30}
                actuals: [{date: 2022-06-30, value: 5}]
            """)
        for title in ("Number of DAs determined by the Sydney South Planning Panel.",
                      "Total number of responses to emergency incidents",
                      "Number of violation re-inspections made",
                      "Number of passengers screened",
                      "Number of emergency incidents coordinated"):
            for fields in ("kind: level", "direction: increase", "bound: at least",
                           "direction: maintain"):
                RuleTester(off_track_metric).assert_passes(
                    fragment.replace("TITLE", title).replace("FIELDS", fields))
        # the work the plan does of its own accord, and demand itself, are still judged
        for title in ("Number of street trees planted",
                      "Number of passengers carried",
                      "Number of inspections made",
                      "Number of people who called the helpline"):
            RuleTester(off_track_metric).assert_fails(
                fragment.replace("TITLE", title).replace("FIELDS", "kind: level"),
                [("M1", None)])
        # a count of answers the plan caps, or wants to fall, is judged as any other
        for fields in ("bound: at most", "direction: decrease"):
            RuleTester(off_track_metric).assert_fails(
                fragment.replace("TITLE", "Number of calls answered").replace(
                    "FIELDS", fields).replace("value: 5}", "value: 30}"), [("M1", None)])

    def test_later_steps_of_work_late_to_start_are_reported_once_on_its_start(
            self) -> None:
        # A service still in the backlog years after its predicted start: its later
        # predicted steps are missed because it never began, which overdue-initiative
        # reports on its start; a step of work with no start to be late for still fires.
        board = dedent("""\
            planlint: 1
            plan: {as_of: 2020-07-18}
            initiatives:
              - id: I1
                title: Animal tracking service
                status: planned
                start: 2016-09-01
                metrics:
                  - id: 1.1
                    title: Predicted alpha start
                    kind: milestone
                    target: {value: 1, date: 2016-12-31}
                    actuals: [{date: 2020-07-18, value: 0}]
            """)
        RuleTester(off_track_metric).assert_passes(board)
        assert [f.code for f in lint(board).findings if f.code in ("PL806", "PL807")] \
            == ["PL807"]
        RuleTester(off_track_metric).assert_fails(
            board.replace("    start: 2016-09-01\n", ""), [("1.1", None)])
        RuleTester(off_track_metric).assert_fails(
            board.replace("status: planned", "status: active"), [("1.1", None)])

    def test_a_satisfaction_share_met_once_then_missed_at_every_survey_fires(self) -> None:
        # no direction stated, and first read at its target: the wording says more
        # contented customers is better, so the three misses since are a standing miss
        survey = dedent("""\
            planlint: 1
            plan: {as_of: 2025-06-30}
            metrics:
              - id: M1
                title: Percent of customers rating their satisfaction with the agency's
                  customer service as good or excellent
                unit: '%'
                targets: [{value: 95, date: 2022-06-30}, {value: 95, date: 2023-06-30},
                          {value: 95, date: 2024-06-30}]
                target: {value: 95, date: 2025-06-30}
                actuals:
                  - {date: 2022-06-30, value: 96}
                  - {date: 2023-06-30, value: 82}
                  - {date: 2024-06-30, value: 88}
                  - {date: 2025-06-30, value: 86}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(survey, [("M1", None)])
        assert "as were its last 3 readings (82, 88, 86)" in finding.message
        # customers dissatisfied are to fall: the same figures under a ceiling are no miss
        RuleTester(off_track_metric).assert_passes(
            survey.replace("rating their satisfaction with", "dissatisfied with"))

    def test_a_target_missed_at_every_reading_and_at_its_due_date_fires(self) -> None:
        # 79.9% against 90% is within the 85% threshold, but the standard was missed at
        # each quarter and again when it fell due: a standing miss, not a dip.
        standard = dedent("""\
            planlint: 1
            plan: {as_of: 2025-06-30}
            metrics:
              - id: M1
                title: Assessed within 24 hours
                unit: '%'
                target: {value: 90, date: 2025-03-31}
                actuals:
                  - {date: 2024-09-30, value: 79.9}
                  - {date: 2024-12-31, value: 80.9}
                  - {date: 2025-03-31, value: 79.9}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(standard, [("M1", 11)])
        assert "short of its target of 90 due 2025-03-31, as were all 3 of its readings " \
            "(79.9, 80.9, 79.9)" in finding.message
        # met once, so the last reading is a dip
        RuleTester(off_track_metric).assert_passes(standard.replace("80.9", "90.2"))
        # two readings are not a standing miss
        RuleTester(off_track_metric).assert_passes(
            standard.replace("      - {date: 2024-09-30, value: 79.9}\n", ""))
        # within the plan's own tolerance, the target counts as met
        RuleTester(off_track_metric).assert_passes(
            standard.replace("unit: '%'", "unit: '%'\n    tolerance: 15%"))
        # not due yet
        RuleTester(off_track_metric).assert_passes(standard.replace("2025-03-31}", "2025-12-31}"))
        # a path of targets, met on one of its dates, is no standing miss: each reading is
        # judged against the target in force on its date (80.9 meets December's 80)
        path = standard.replace("    target:", "    targets: [{value: 80, date: 2024-12-31}]\n"
                                "    target:")
        RuleTester(off_track_metric).assert_passes(path)
        RuleTester(off_track_metric).assert_fails(path.replace("value: 80,", "value: 85,"),
                                                  [("M1", 12)])
        # answered beside the reading
        RuleTester(off_track_metric).assert_passes(standard.replace(
            "{date: 2025-03-31, value: 79.9}",
            "{date: 2025-03-31, value: 79.9, response: Two posts filled in May}"))
        # the same figures reported under two measures (rows repeating one score)
        twin = standard + indent(dedent("""\
              - id: M2
                title: Assessed within 24 hours - helpfulness
                unit: '%'
                target: {value: 90, date: 2025-03-31}
                actuals:
                  - {date: 2024-09-30, value: 79.9}
                  - {date: 2024-12-31, value: 80.9}
                  - {date: 2025-03-31, value: 79.9}
            """), "  ")
        RuleTester(off_track_metric).assert_passes(twin)

    def test_a_climb_to_a_target_first_due_at_its_last_reading_passes(self) -> None:
        # a credit union's membership, nearer its 2018 target at each year-end: the years
        # before were no misses of a target set for 2018, and 534,886 of 550,000 is within
        # the threshold
        climb = dedent("""\
            planlint: 1
            plan: {as_of: 2018-12-31, horizon: {start: 2018-01-01, end: 2018-12-31}}
            metrics:
              - id: M1
                title: Size of membership
                target: {value: 550000, date: 2018-12-31}
                actuals:
                  - {date: 2016-12-31, value: 518149}
                  - {date: 2017-12-31, value: 525506}
                  - {date: 2018-12-31, value: 534886}
            """)
        RuleTester(off_track_metric).assert_passes(climb)
        # stalled at the target's date, or falling back: a standing miss
        for last in ("525506", "520000"):
            RuleTester(off_track_metric).assert_fails(
                climb.replace("value: 534886", f"value: {last}"), [("M1", 10)])
        # a target in force on an earlier reading was missed then
        RuleTester(off_track_metric).assert_fails(
            climb.replace("    target:", "    targets: [{value: 550000, date: 2017-12-31}]\n"
                          "    target:"), [("M1", 11)])

    def test_a_run_of_three_misses_after_a_target_met_long_ago_fires(self) -> None:
        # a satisfaction target met (within the plan's 5% band) in the first year and
        # missed in each of the three since: the year it was met does not make the run a dip
        survey = dedent("""\
            planlint: 1
            plan: {as_of: 2025-09-30}
            metrics:
              - id: M1
                title: Customers rating the service good or excellent
                unit: '%'
                tolerance: 5%
                targets: [{value: 85, date: 2022-06-30}, {value: 90, date: 2023-06-30},
                          {value: 95, date: 2024-06-30}]
                target: {value: 95, date: 2025-06-30}
                actuals:
                  - {date: 2022-06-30, value: 93}
                  - {date: 2023-06-30, value: 77}
                  - {date: 2024-06-30, value: 83}
                  - {date: 2025-06-30, value: 81}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(survey, [("M1", 15)])
        assert "short of its target of 95 due 2025-06-30, as were its last 3 readings " \
            "(77, 83, 81)" in finding.message
        # met again in the middle of the run: two misses since are not a standing miss
        RuleTester(off_track_metric).assert_passes(survey.replace("value: 77}", "value: 80}")
                                                   .replace("value: 83}", "value: 91}"))

    def test_a_result_past_its_date_that_says_the_work_was_put_off_fires(self) -> None:
        put_off = dedent("""\
            planlint: 1
            plan: {as_of: 2021-01-29}
            metrics:
              - id: M1
                title: Publish the draft financial data strategy
                kind: milestone
                target: {value: 1, date: 2020-09-30}
                actuals:
                  - date: 2020-09-30
                    text: Due to the COVID-19 response, this milestone has been delayed.
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(put_off, [("M1", None)])
        assert "says it was put off" in finding.message and "no new date" in finding.message
        # a level postponed on a condition, not a date
        RuleTester(off_track_metric).assert_fails(put_off.replace("kind: milestone", "unit: '%'")
            .replace("Due to the COVID-19 response, this milestone has been delayed.",
                     "It was decided to postpone the test until migration was complete."),
            [("M1", None)])
        # a new date in its words
        RuleTester(off_track_metric).assert_passes(put_off.replace(
            "has been delayed.", "has been delayed to March 2021."))
        RuleTester(off_track_metric).assert_passes(put_off.replace(
            "has been delayed.", "has not been delayed."))
        # before its date, or with the decision recorded
        RuleTester(off_track_metric).assert_passes(put_off.replace("2020-09-30}", "2021-03-31}"))
        RuleTester(off_track_metric).assert_passes(put_off + dedent("""\
            changes:
              - {date: 2020-10-15, item: M1, field: target, from: 2020-09-30, to: 2021-03-31,
                 reason: staff moved to the COVID-19 response}
            """))

    @pytest.mark.parametrize(("grade", "reported"), [
        ("{date: 2001-03-31, text: OK (almost)}", False),
        ("{date: 2001-03-31, value: 0.9}", False),
        ("{date: 2001-03-31, value: 0.5}", True),  # the row graded a miss
        ("{date: 2001-03-31, text: Work is under way}", True),
        ("{date: 2000-12-31, text: OK (almost)}", True),  # an earlier period's grade
    ])
    def test_a_row_its_goal_grades_as_one_is_read_through_that_grade(
            self, grade: str, reported: bool) -> None:
        # A board reviews a row of outreach targets as one and grades it 'OK (almost)':
        # 2 newsletters of 4 is part of a row the plan itself judged.
        fragment = dedent(f"""\
            planlint: 1
            plan: {{as_of: 2001-06-30}}
            goals:
              - {{id: G1, title: Dealer outreach, due: 2001-03-31, metrics: [M1],
                 actuals: [{grade}]}}
            metrics:
              - id: M1
                title: Dealer newsletters sent
                target: {{value: 4, date: 2001-03-31}}
                actuals: [{{date: 2001-03-31, value: 2}}]
            """)
        if reported:
            RuleTester(off_track_metric).assert_fails(fragment, [("M1", None)])
        else:
            RuleTester(off_track_metric).assert_passes(fragment)

    @pytest.mark.parametrize(("second", "reported"), [
        ("{id: G2, title: Volunteer deal, metrics: [M2]}", ["M1"]),
        # the same title under the same goal: an event held again, each reported
        ("{id: G2, title: Volunteer deal}", ["M1", "M2"]),
    ])
    def test_a_milestone_listed_again_under_another_goal_is_reported_once(
            self, second: str, reported: list[str]) -> None:
        goals = "[M1, M2]" if "metrics" not in second else "[M1]"
        fragment = dedent(f"""\
            planlint: 1
            plan: {{as_of: 2001-06-30}}
            goals:
              - {{id: G1, title: Supporting local delivery, metrics: {goals}}}
              - {second}
            metrics:
              - id: M2
                title: Create a volunteer toolkit
                kind: milestone
                target: {{value: 1, date: 2001-03-31}}
                actuals: [{{date: 2001-05-31, value: 0}}]
              - id: M1
                title: Create a volunteer toolkit
                kind: milestone
                target: {{value: 1, date: 2001-02-28}}
                actuals: [{{date: 2001-05-31, value: 0}}]
            """)
        findings = RuleTester(off_track_metric).assert_fails(fragment)
        assert sorted(finding.node for finding in findings) == reported

    def test_at_threshold_passes(self) -> None:
        RuleTester(off_track_metric, options={"threshold": 0.8}).assert_passes(
            _tracked("increase", 200, 140))

    def test_decrease(self) -> None:
        RuleTester(off_track_metric).assert_fails(_tracked("decrease", 0, 80), [("M1", 11)])
        RuleTester(off_track_metric).assert_passes(_tracked("decrease", 0, 55))

    def test_a_reading_the_plan_answers_with_its_response_passes(self) -> None:
        answered = "value: 140, response: 'Two trainers left; a contractor starts in July'}"
        RuleTester(off_track_metric).assert_passes(
            _tracked("increase", 200, 140).replace("value: 140}", answered))
        RuleTester(off_track_metric).assert_passes(
            _tracked("decrease", 130, 131).replace("    direction:", "    bound: at most\n"
                                                   "    direction:")
            .replace("value: 131}", answered.replace("140", "131")))
        # a response to an earlier reading does not answer the later one judged
        earlier = _tracked("increase", 200, 140).replace(
            "      - {date: 2001-06-15", "      - {date: 2001-03-31, value: 120, "
            "response: a contractor starts in July}\n      - {date: 2001-06-15")
        RuleTester(off_track_metric).assert_fails(earlier, [("M1", 12)])
        blank = _tracked("increase", 200, 140).replace("value: 140}",
                                                       "value: 140, response: ' '}")
        RuleTester(off_track_metric).assert_fails(blank, [("M1", 11)])

    def test_a_floor_still_short_by_no_more_than_the_answered_reading_passes(self) -> None:
        # a habitat a report card made a restoration priority on one map, short of its
        # floor by the same acres on the next: the answer still stands
        plan = dedent("""\
            planlint: 1
            plan: {as_of: 2025-08-20}
            metrics:
              - id: M1
                title: Forested freshwater wetlands
                bound: at least
                targets: [{value: 152282, date: 2030-12-31}]
                target: {value: 152732, date: 2050-12-31}
                actuals:
                  - {date: 1990-12-31, value: 159561}
                  - {date: 2020-12-31, value: 151925, response: made a priority habitat}
                  - {date: 2023-12-31, value: 151961}
            """)
        RuleTester(off_track_metric).assert_passes(plan)
        # the shortfall has grown since it was answered, or was never answered
        RuleTester(off_track_metric).assert_fails(
            plan.replace("value: 151961", "value: 151800"), [("M1", 12)])
        RuleTester(off_track_metric).assert_fails(
            plan.replace(", response: made a priority habitat", ""), [("M1", 12)])

    def test_a_milestone_whose_plan_says_how_long_it_slips_passes(self) -> None:
        plan = dedent("""\
            planlint: 1
            plan: {as_of: 2001-03-31}
            metrics:
              - id: M1
                title: Ship improved font fallback to stable
                description: "In 48, goes to stable in Jan 26. Missing end of Q4 goal by one month."
                target: {value: 1, date: 2001-03-31}
                actuals: [{date: 2001-03-31, value: 0.75}]
            """)
        RuleTester(off_track_metric).assert_passes(plan)
        RuleTester(off_track_metric).assert_passes(
            plan.replace("    description:", "    x-note:").replace(
                "value: 0.75}", "value: 0.75, text: missed the date by two weeks}"))
        # a shortfall stated without its length gives no new date
        RuleTester(off_track_metric).assert_fails(
            plan.replace("Missing end of Q4 goal by one month.", "Missed."), [("M1", 8)])

    def test_a_breakdown_of_a_targeted_measure_is_judged_through_it(self) -> None:
        plan = dedent("""\
            planlint: 1
            plan: {as_of: 2001-06-30}
            metrics:
              - id: M1
                title: Cases eligible for adjustment (%)
                unit: "%"
                direction: increase
                target: {text: "Directional target: up", date: 2001-12-31}
                actuals: [{date: 2001-05-31, value: 30}]
              - id: M2
                title: Cases eligible for adjustment - low-risk (%)
                unit: "%"
                direction: increase
                actuals:
                  - {date: 2001-01-31, value: 61}
                  - {date: 2001-03-31, value: 51}
                  - {date: 2001-05-31, value: 39}
            """)
        RuleTester(off_track_metric).assert_passes(plan)
        # a breakdown of a measure with no target, or a row of its own, is judged
        RuleTester(off_track_metric).assert_fails(
            plan.replace('    target: {text: "Directional target: up", date: 2001-12-31}\n', ""),
            [("M2", None)])
        RuleTester(off_track_metric).assert_fails(
            plan.replace("adjustment - low-risk", "referral of low-risk"), [("M2", None)])

    def test_a_share_of_a_count_answered_on_the_count_passes(self) -> None:
        # a KPI table's count row carries the reason; its share row falls short with it
        plan = dedent("""\
            planlint: 1
            plan: {as_of: 2001-12-31}
            metrics:
              - id: M1
                title: "Enrolment by major field of study: Other humanities"
                unit: students
                target: {value: 5190, date: 2001-12-31}
                actuals:
                  - {date: 2001-12-31, value: 4172, response: RESPONSE}
              - id: M2
                title: "% Other humanities"
                unit: "%"
                targets: [{value: 16, date: 2000-12-31}]
                target: {value: 16, date: 2001-12-31}
                actuals:
                  - {date: 2000-12-31, value: 13}
                  - {date: 2001-12-31, value: 12}
            """)
        answered = plan.replace("RESPONSE", "'Diploma not accredited; recruitment from 2002'")
        RuleTester(off_track_metric).assert_passes(answered)
        # no response on the count: the share is reported, and so is the count, its one
        # reading short of the exact target due on its date
        RuleTester(off_track_metric).assert_fails(
            plan.replace(", response: RESPONSE", ""), [("M1", 9), ("M2", 17)])
        # a share of something no other measure counts is still judged
        RuleTester(off_track_metric).assert_fails(
            answered.replace('"% Other humanities"', '"% Fine arts"'), [("M2", 17)])

    def test_maintain_band(self) -> None:
        RuleTester(off_track_metric).assert_passes(_tracked("maintain", 100, 86))
        RuleTester(off_track_metric).assert_passes(_tracked("maintain", 100, 114))
        [finding] = RuleTester(off_track_metric).assert_fails(
            _tracked("maintain", 100, 84), [("M1", 11)])
        assert "should hold 100 but was 84 on 2001-06-15, 16 away" in finding.message

    def test_contradicting_direction_is_left_to_its_own_rule(self) -> None:
        RuleTester(off_track_metric).assert_passes(_tracked("increase", 50, 40))

    def test_a_reading_past_a_limit_for_its_date_is_off_track(self) -> None:
        ceiling = _tracked("decrease", 130, 125).replace(
            "    direction:", "    bound: at most\n    direction:")
        RuleTester(off_track_metric).assert_passes(ceiling)  # growth within its cap
        [finding] = RuleTester(off_track_metric).assert_fails(
            ceiling.replace("value: 125}", "value: 131}"), [("M1", 12)])
        assert "read 131 on 2001-06-15, past its ceiling of 130 for 2001-11-28" \
            in finding.message
        assert finding.field == "actuals/0"
        floor = _tracked("increase", 90, 89).replace(
            "    direction:", "    bound: at least\n    direction:")
        RuleTester(off_track_metric).assert_fails(floor, [("M1", 12)])
        RuleTester(off_track_metric).assert_passes(floor.replace("value: 89}", "value: 95}"))

    def test_an_undated_limit_to_maintain_holds_at_every_reading(self) -> None:
        # an agent busy rate to stay at or below 1, from 0.2: a threshold with no date is
        # held throughout, and 6 is far past it whatever the baseline (without one the
        # rate was judged as a level to hold; with one the undated limit went unread)
        body = """\
            direction: maintain
            bound: at most
            baseline: {value: 0.2}
            target: {value: 1}
            actuals:
              - {date: 2001-03-31, value: 6.9}
              - {date: 2001-06-15, value: ACTUAL}
            """
        plan = _metric(body, head="plan: {as_of: 2001-06-30}\n")
        [finding] = RuleTester(off_track_metric).assert_fails(
            plan.replace("ACTUAL", "6"), [("M1", 13)])
        assert "read 6 on 2001-06-15, past its ceiling of 1 held throughout" \
            in finding.message
        RuleTester(off_track_metric).assert_passes(plan.replace("ACTUAL", "0.8"))
        # a floor the same: at least 90 from 95, read at 80
        floor = plan.replace("at most", "at least").replace("value: 0.2", "value: 95") \
            .replace("value: 1}", "value: 90}").replace("6.9", "92")
        RuleTester(off_track_metric).assert_fails(floor.replace("ACTUAL", "80"), [("M1", 13)])
        RuleTester(off_track_metric).assert_passes(floor.replace("ACTUAL", "91"))
        # a dated limit still comes first while it is to come
        dated = plan.replace("target: {value: 1}", "target: {value: 1}\n"
                             "    targets: [{value: 8, date: 2001-12-31}]")
        RuleTester(off_track_metric).assert_passes(dated.replace("ACTUAL", "6"))

    def test_a_bound_beyond_the_baseline_is_a_level_to_reach(self) -> None:
        aim = _tracked("increase", 200, 140).replace(
            "    direction:", "    bound: at least\n    direction:")
        [finding] = RuleTester(off_track_metric).assert_fails(aim, [("M1", 12)])
        assert "80% of the progress expected" in finding.message

    def test_interim_targets_shape_the_line(self) -> None:
        fragment = _tracked("increase", 200, 104)
        RuleTester(off_track_metric).assert_fails(fragment, [("M1", 11)])
        slow_start = fragment.replace(
            "    actuals:\n", "    targets: [{value: 105, date: 2001-07-01}]\n    actuals:\n")
        RuleTester(off_track_metric).assert_passes(slow_start)
        [finding] = RuleTester(off_track_metric, options={"threshold": 0.9}).assert_fails(
            slow_start, [("M1", 12)])
        assert "to 200 on 2001-11-28 through 1 interim target expects 104.56" \
            in finding.message

    def test_a_key_result_listed_again_is_judged_once(self) -> None:
        plan = _tracked("increase", 200, 140).replace("id: M1\n", "id: M1\n    title: Churn\n")
        again = plan.split("metrics:\n", 1)[1].replace("id: M1", "id: M2")
        RuleTester(off_track_metric).assert_fails(plan + again, [("M1", 12)])

    @staticmethod
    def _unlined(title: str, target: float, *readings: float) -> str:
        """A measure with a target and quarterly readings, no baseline or direction."""
        actuals = ", ".join(f"{{date: 2001-0{3 * (i + 1)}-30, value: {value}}}"
                            for i, value in enumerate(readings))
        return (f"planlint: 1\nplan: {{as_of: 2001-06-30}}\nmetrics:\n"
                f"  - {{id: M1, title: '{title}', target: {{value: {target}, "
                f"date: 2001-06-30}}, actuals: [{actuals}]}}\n")

    @pytest.mark.parametrize(("title", "target", "readings"), [
        # read past its target from the start: a floor kept, or a level to come down to?
        ("Percentage of council tax collected", 24.5, (33.6, 57.4)),
        ("Minor planning applications processed in time", 65, (78, 79)),
        # less is better, as the wording says: a time taken, a share of harms resolved
        ("Average time (in days) taken to decide", 15, (11, 11)),
        ("% registered incidents resolved at first point of contact", 60, (42.5, 79.3)),
        # cases lost within a time are still harm, of which less is better
        ("Percentage of staff who left the organisation within 12 months", 20, (14.3, 14.6)),
    ])
    def test_without_a_direction_only_a_plain_shortfall_is_judged(
            self, title: str, target: float, readings: tuple[float, ...]) -> None:
        RuleTester(off_track_metric).assert_passes(self._unlined(title, target, *readings))

    @pytest.mark.parametrize(("title", "target", "readings"), [
        ("Percentage of audit plan completed", 47.5, (20, 36)),  # short of it, rising
        ("% reduction in violent crime", 5, (-16, -9)),  # a share of harm reduced
        ("Number of patients who waited more than 52 weeks", 0, (11, 534)),  # to none
        ("Average time (in days) taken to decide", 15, (18, 21)),  # a time, too long
        # cases seen in time, more is better: met at first, then lost
        ("Inpatients assessed within seven days of admission", 100, (100, 61.1)),
        ("% waiting less than two weeks for a package of care", 60, (64.3, 34.3)),
        # power or service cut off: its length and its number are harm, less is better
        ("Average number of hours that power to a customer is interrupted", 0.91,
         (0.8, 1.2)),
        ("Average number of times that power to a customer is interrupted", 1.2, (1.1, 1.6)),
        ("Customers without power for more than 24 hours", 100, (90, 150)),
        # a target of none is a ceiling, whatever the first reading: a floor of zero
        # would ask nothing, so one alert outstanding at the year's end misses it
        ("CAS Alerts Outstanding", 0, (0, 1)),
        # offending again is crime, of which less is better
        ("Incarcerated for a new felony within 3 years of release", 10, (13.8, 13.4)),
    ])
    def test_without_a_direction_a_shortfall_the_wording_makes_plain_fires(
            self, title: str, target: float, readings: tuple[float, ...]) -> None:
        RuleTester(off_track_metric).assert_fails(
            self._unlined(title, target, *readings), [("M1", 4)])

    def test_a_target_of_none_read_once_at_its_date_is_missed_by_any(self) -> None:
        # a key result read only at the quarter's end: one incident against none
        plan = self._unlined("[C3] experiences no instability issues", 0, 0, 1).replace(
            "{date: 2001-03-30, value: 0}, ", "")
        RuleTester(off_track_metric).assert_fails(plan, [("M1", 4)])

    @pytest.mark.parametrize(("title", "unit", "target", "reading"), [
        # a results report's one figure for the year against the exact figure it set
        ("Value of large-scale infrastructure projects completed.", "CAD", 2911730840,
         2400000000),
        ("Supreme Court: share of pending cases with a future date", "'%'", 80, 41),
    ])
    def test_a_first_reading_at_its_date_short_of_an_exact_target_fires(
            self, title: str, unit: str, target: float, reading: float) -> None:
        plan = self._unlined(title, target, reading).replace(
            "date: 2001-03-30", "date: 2001-06-30").replace(
            "target:", f"unit: {unit}, target:")
        [finding] = RuleTester(off_track_metric).assert_fails(plan, [("M1", 4)])
        assert f"of its target of {format(target, ',')}" in finding.message
        # within the threshold, or at or past the target, it passes
        RuleTester(off_track_metric).assert_passes(
            plan.replace(f"value: {reading}}}", f"value: {target * 0.9}}}"))
        RuleTester(off_track_metric).assert_passes(
            plan.replace(f"value: {reading}}}", f"value: {target * 1.5}}}"))
        # a first reading of exactly 0 may be a blank cell, or none of what a ceiling
        # counts (missed collections per 100,000 against 40): not read as a shortfall
        RuleTester(off_track_metric).assert_passes(
            plan.replace(f"value: {reading}}}", "value: 0}"))
        # read before its date, a first reading says nothing of the date itself
        RuleTester(off_track_metric).assert_passes(
            plan.replace("date: 2001-06-30, value", "date: 2001-03-30, value"))

    def test_a_target_of_none_of_a_signed_figure_may_be_a_floor(self) -> None:
        # a balance or a change that has read below zero may be held at or above zero:
        # a surplus over a break-even target of 0 is not read as harm over a ceiling
        RuleTester(off_track_metric).assert_passes(
            self._unlined("Net financial result", 0, -0.4, 0.6))
        RuleTester(off_track_metric).assert_fails(
            self._unlined("Net financial result", 0, 0.4, 0.6), [("M1", 4)])

    def test_a_falling_measure_may_exceed_its_target_due_as_a_level_strays(self) -> None:
        # over the target by more than 1 - threshold of it (15%) is off track, as a level
        # to hold is when it strays that far: 3.5% against 3.0% is 17% over it
        plan = self._unlined("Adult probationer rearrest rate (%)", 3.0, 3.7, 3.5).replace(
            "target:", "direction: decrease, target:")
        RuleTester(off_track_metric).assert_fails(plan, [("M1", 4)])
        # 13% over it is within what the threshold allows
        RuleTester(off_track_metric).assert_passes(plan.replace("value: 3.5}", "value: 3.4}"))
        # and a target of none is missed by any at all
        RuleTester(off_track_metric).assert_fails(
            plan.replace("value: 3.0,", "value: 0,").replace("value: 3.5}", "value: 0.1}"),
            [("M1", 4)])

    def test_a_count_of_the_services_work_on_harm_is_an_output_that_may_exceed(self) -> None:
        # incidents the service coordinated a response to rise with demand: 5,806 against
        # a target of 5,000 is the output exceeding its target, not harm over its limit
        plan = self._unlined("Number of emergency incidents coordinated", 5000, 5783, 5806)
        RuleTester(off_track_metric).assert_passes(plan)
        # the incidents themselves are harm, of which less is better
        RuleTester(off_track_metric).assert_fails(
            plan.replace(" coordinated", ""), [("M1", 4)])

    def test_tobacco_or_alcohol_taken_is_harm_that_should_fall(self) -> None:
        # a state's key measure: youth tobacco use at 23.7% then 22.3% against a target
        # of 19.0%, read past its target from the start; the wording says less is better
        plan = self._unlined("Prevalence of tobacco use among middle & high school youth",
                             19.0, 23.7, 22.3)
        RuleTester(off_track_metric).assert_fails(plan, [("M1", 4)])
        RuleTester(off_track_metric).assert_fails(
            plan.replace("Prevalence of tobacco use among", "Share of")
            .replace("youth", "youth who smoke"), [("M1", 4)])
        # a service to stop smoking is no harm: its readings past the target are not judged
        RuleTester(off_track_metric).assert_passes(
            plan.replace("Prevalence of tobacco use among middle & high school youth",
                         "Youth seen by stop smoking services"))
        RuleTester(off_track_metric).assert_passes(
            plan.replace("Prevalence of tobacco use among middle & high school youth",
                         "Homes with working smoke alarms"))
        # nor are smokers who quit, or are helped to: the service's result, to rise
        RuleTester(off_track_metric).assert_passes(
            plan.replace("Prevalence of tobacco use among middle & high school youth",
                         "Number of smokers who quit at four weeks"))

    def test_a_rate_of_disease_is_harm_that_should_fall(self) -> None:
        # a health agency's results report: one figure for the year against the exact
        # rate it set; E. coli at 1.14 per 100,000 against 1.39 is below the rate set,
        # which the agency grades a success; tuberculosis at 4.6 against 3.6 misses it
        plan = self._unlined("Rates per 100,000 of key infectious diseases (E-coli 0157)",
                             1.39, 1.14).replace("date: 2001-03-30", "date: 2001-06-30")
        RuleTester(off_track_metric).assert_passes(plan)
        RuleTester(off_track_metric).assert_fails(
            plan.replace("E-coli 0157", "Tuberculosis").replace("value: 1.14", "value: 4.6")
            .replace("value: 1.39", "value: 3.6"), [("M1", 4)])
        RuleTester(off_track_metric).assert_passes(
            plan.replace("Rates per 100,000 of key infectious diseases (E-coli 0157)",
                         "Five-year median incidence of measles"))
        # work on disease is no harm: a share of returning users of a disease data
        # platform short of its target is judged as a level to reach
        RuleTester(off_track_metric).assert_fails(
            plan.replace("Rates per 100,000 of key infectious diseases (E-coli 0157)",
                         "Percentage of returning users to the Chronic Disease Infobase"),
            [("M1", 4)])

    def test_harm_targeted_above_its_baseline_is_a_ceiling(self) -> None:
        # a health sector review: regular alcohol use at 19% from a baseline of 17%,
        # against a target of 25% due later; a target above where the harm stands is a
        # ceiling, not a level to rise to; judged against it once due (30 is far over it)
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2016-06-30}
            metrics:
              - id: M1
                title: "% of the population that consumed alcohol regularly"
                unit: '%'
                baseline: {value: 17, date: 2014-12-31}
                target: {value: 25, date: DUE}
                actuals: [{date: 2015-12-31, value: READ}]
            """)
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("DUE", "2016-06-30").replace("READ", "19"))
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("DUE", "2015-12-31").replace("READ", "30"), [("M1", 9)])
        # a measure that is no harm still follows its line up
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("DUE", "2016-06-30").replace("READ", "19")
            .replace("consumed alcohol regularly", "visited a clinic regularly"),
            [("M1", 9)])

    def test_a_percentile_of_a_time_is_a_delay_targeted_as_a_ceiling(self) -> None:
        # a hospital's quality improvement plan: ambulance offload read at 11 minutes
        # from 13, against a target of 16 'set to maintain at 16 min'; a percentile of a
        # time is a delay, and a target above where it stands is a ceiling, not a rise
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2016-06-30}
            metrics:
              - id: M1
                title: "90th percentile ambulance offload time"
                unit: minutes
                baseline: {value: 13, date: 2014-12-31}
                target: {value: 16, date: DUE}
                actuals: [{date: 2015-12-31, value: READ}]
            """)
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("DUE", "2016-06-30").replace("READ", "11"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("DUE", "2016-06-30").replace("READ", "11")
            .replace("ambulance offload time", "ED length of stay for admitted patients"))
        # judged against the ceiling once due: 20 minutes is far over it
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("DUE", "2015-12-31").replace("READ", "20"), [("M1", 9)])
        # a percentile of no time is no delay: it follows its line up
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("DUE", "2016-06-30").replace("READ", "11")
            .replace("90th percentile ambulance offload time",
                     "Teens with a BMI at or above the 95th percentile"), [("M1", 9)])

    def test_a_rate_whose_unit_counts_harm_should_fall(self) -> None:
        # the title names only the index the rate belongs to; the unit says it counts
        # incidents per some length of line, a harm, of which less is better
        plan = self._unlined("Serious Electrical Incident Index: Rate per 10, 100, 1000 km",
                             0.283, 0.2, 0.95).replace(
            "target:", "unit: incidents per 100 km of line, target:")
        RuleTester(off_track_metric).assert_fails(plan, [("M1", 4)])
        # a rate of something that is no harm is left to its readings, read past it
        RuleTester(off_track_metric).assert_passes(
            plan.replace("incidents per", "inspections per"))

    def test_a_milestone_carried_into_the_next_quarter_has_a_new_date(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2019-04-17}
            people: [{id: kim}]
            goals:
              - {id: Q1, owner: kim, due: 2019-03-31, metrics: [
                  {id: KR1, title: Publish the architecture document,
                   actuals: [{date: 2019-03-31, value: 0.5}]}]}
              - {id: Q2, owner: kim, due: 2019-06-30, metrics: [
                  {id: KR2, title: Publish the architecture document and clean up}]}
            """)
        RuleTester(off_track_metric).assert_passes(fragment)
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("Publish the architecture document and clean up",
                             "Hire a technical writer"), [("KR1", 7)])

    def test_a_key_result_graded_below_the_met_band_at_its_date(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2023-07-31}
            people: [{id: kim}]
            goals:
              - {id: O1, owner: kim, due: 2023-07-31, metrics: [
                  {id: KR1, title: Hosting costs reduced by 5%,
                   actuals: [{date: 2023-07-31, score: 0.6}]}]}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(fragment, [("KR1", 7)])
        assert "graded 0.6" in finding.message
        # 0.7 and above is met on most OKR scales; a grade before the date is no result
        RuleTester(off_track_metric).assert_passes(fragment.replace("0.6}", "0.7}"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("date: 2023-07-31, score", "date: 2023-06-30, score"))
        # answered: a response beside the grade, or the key result carried on
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("0.6}", "0.6, response: moved to Q3 with the new vendor}"))
        RuleTester(off_track_metric).assert_passes(fragment + dedent("""\
              - {id: O2, owner: kim, due: 2023-10-31, metrics: [
                  {id: KR2, title: Hosting costs reduced by 5% with the new vendor}]}
            """))

    def test_a_result_in_words_that_says_not_done_at_its_date(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2019-11-11}
            goals:
              - {id: O1, due: 2019-09-30, metrics: [
                  {id: KR1, title: Increase incoming feedback from customers by 50%,
                   actuals: [{date: 2019-09-30, text: Not done.}]}]}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(fragment, [("KR1", 6)])
        assert "says it was not done" in finding.message
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("Not done.", "Will not complete"), [("KR1", 6)])
        # before its date, a status is no result; a status that names a new date, or
        # says more than that the work was not done, is not read so
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("date: 2019-09-30, text", "date: 2019-08-31, text"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("Not done.", "Not done; ships in October"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("Not done.", "Not growing as focused on existing jobs"))

    def test_a_target_still_missed_long_after_its_date(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2019-10-15}
            metrics:
              - id: M21
                title: Street corners made accessible
                unit: '%'
                target: {value: 100, date: 2018-12-31}
                actuals: [{date: 2019-10-15, value: 98}]
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(fragment, [("M21", 8)])
        assert "still short of its target of 100 due 2018-12-31" in finding.message
        # the same level asked again later is still that target
        RuleTester(off_track_metric).assert_fails(fragment.replace(
            "target: {value: 100", "targets: [{value: 100, date: 2021-12-31}]\n"
                                   "    target: {value: 100"), [("M21", 9)])
        # within months of its date, the last of the work may still come
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("date: 2019-10-15, value", "date: 2019-03-31, value"))
        # within the plan's margin, answered, or a path that moves on: no finding
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("unit: '%'", "unit: '%'\n    tolerance: 2"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("value: 98}", "value: 98, response: the last two corners wait "
                                           "on the utility works, due by March}"))
        RuleTester(off_track_metric).assert_passes(fragment.replace(
            "target: {value: 100, date: 2018-12-31}",
            "targets: [{value: 100, date: 2018-12-31}]\n"
            "    target: {value: 110, date: 2021-12-31}"))

    def test_a_standard_of_every_case_missed_at_its_date(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2024-09-30}
            metrics:
              - id: WD1
                title: "% of emergency calls responded within 30 minutes"
                unit: '%'
                targets: [{value: 100, date: 2023-09-30}]
                target: {value: 100, date: 2024-09-30}
                actuals: [{date: 2024-09-30, value: 95}]
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(fragment, [("WD1", 9)])
        assert "short of its standard of 100% due 2024-09-30" in finding.message
        # answered, within the plan's margin, or met: no finding
        RuleTester(off_track_metric).assert_passes(fragment.replace(
            "value: 95}", "value: 95, response: a second crew is on call from October}"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("unit: '%'", "unit: '%'\n    tolerance: 5"))
        RuleTester(off_track_metric).assert_passes(fragment.replace("value: 95}", "value: 100}"))
        # one target of 100% is work to complete, whose last part may come just after its
        # date; a standard below 100% sets its own margin; neither is judged so
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("targets: [{value: 100, date: 2023-09-30}]\n    ", ""))
        RuleTester(off_track_metric).assert_passes(fragment.replace("value: 100,", "value: 98,"))

    def test_a_result_in_words_that_grades_it_met_only_in_part(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2023-07-15}
            goals:
              - {id: O1, due: 2023-06-30, metrics: [
                  {id: KR1, title: Hold two community feedback sessions,
                   actuals: [{date: 2023-06-30, text: PARTIALLY ACHIEVED}]}]}
            """)
        [finding] = RuleTester(off_track_metric).assert_fails(fragment, [("KR1", 6)])
        assert "says it was met only in part" in finding.message
        RuleTester(off_track_metric).assert_fails(
            fragment.replace("PARTIALLY ACHIEVED", "Partial achievement."), [("KR1", 6)])
        # answered, or before its date: no finding
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("ACHIEVED}", "ACHIEVED, response: the second session moved "
                                          "to the autumn meetup}"))
        RuleTester(off_track_metric).assert_passes(
            fragment.replace("date: 2023-06-30, text", "date: 2023-05-31, text"))
        # a grade that goes on to count what was done is judged only against a date the
        # measure states itself, not one it takes from its goal
        counted = fragment.replace(
            "PARTIALLY ACHIEVED", "'This milestone has been partially COMPLETED . 10 "
                                  "agencies have put a data strategy in place.'")
        RuleTester(off_track_metric).assert_passes(counted)
        RuleTester(off_track_metric).assert_fails(
            counted.replace("title: Hold", "target: {value: 1, date: 2023-06-30}, title: Hold"),
            [("KR1", 6)])

    def test_bad_threshold_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError, match="threshold: should be less than or equal to 1"):
            RuleTester(off_track_metric, options={"threshold": 1.5}).findings("planlint: 1\n")


def test_the_wording_says_which_way_a_measure_without_direction_moves() -> None:
    fragment = dedent("""\
        plan: {as_of: 2019-11-11}
        metrics:
          - id: KR3
            title: TITLE
            unit: '%'
            target: {value: 75, date: 2019-09-30}
            actuals: [{date: 2019-09-30, value: 30}]
        """)
    [finding] = RuleTester(off_track_metric).assert_fails(
        fragment.replace("TITLE", "Automate 75% of existing release tests"), [("KR3", None)])
    assert "reaches 40% of its target of 75%" in finding.message
    # with no wording to go by, a first reading short of the target on its date is
    # still a shortfall; one past it is not judged (a floor kept, or a ceiling broken?)
    neutral = fragment.replace("TITLE", "Share of release tests automated")
    RuleTester(off_track_metric).assert_fails(neutral, [("KR3", None)])
    RuleTester(off_track_metric).assert_passes(neutral.replace("value: 30}", "value: 90}"))
    # wording that asks for less reads the same figure as over a ceiling
    RuleTester(off_track_metric).assert_fails(
        fragment.replace("TITLE", "Reduce manual release tests to 75%").replace(
            "value: 30}", "value: 90}"), [("KR3", None)])


class TestMovingAgainstItsDirection:
    """A metric with a direction and no target is off track when it moved the wrong way
    at each of its last two readings."""

    FRAGMENT = dedent("""\
        planlint: 1
        plan: {{as_of: 2015-03-01}}
        metrics:
          - id: M1
            title: Operating margin
            unit: '%'
            direction: {direction}
            actuals: [{{date: 2013-02-28, value: 24.0}}, {{date: 2014-02-28, value: {middle}}},
                      {{date: 2015-02-28, value: 16.8}}]
        """)

    def test_two_falls_of_a_measure_to_raise(self) -> None:
        [finding] = RuleTester(off_track_metric).assert_fails(
            self.FRAGMENT.format(direction="increase", middle=20.4),
            [("M1", 9, "moved the other way at each of its last two readings (24 to 20.4 "
                       "to 16.8)")])
        assert finding.field == "actuals/2"

    @pytest.mark.parametrize(("direction", "middle"), [
        ("increase", 26.0),  # one fall is not a trend
        ("decrease", 20.4),  # falling is what it should do
        ("maintain", 20.4)])  # a level to hold is judged against its target
    def test_otherwise_it_has_no_line_to_be_judged_by(self, direction: str,
                                                      middle: float) -> None:
        RuleTester(off_track_metric).assert_passes(
            self.FRAGMENT.format(direction=direction, middle=middle))

    TOLERANT = dedent("""\
        planlint: 1
        plan: {{as_of: 2025-05-21}}
        metrics:
          - id: M1
            title: Income deprivation
            unit: '%'
            direction: decrease
            tolerance: {tolerance}
            {baseline}
            actuals: [{{date: 2022-03-31, value: 13}}, {{date: 2023-03-31, value: 14}},
                      {{date: 2024-03-31, value: 15}}]
        """)

    @pytest.mark.parametrize(("tolerance", "baseline"), [
        (4, "baseline: {value: 13, date: 2020-03-31}"),  # 2 from the baseline, within 4
        (4, "baseline: {value: 16, date: 2020-03-31}"),  # still better than the baseline
        (2, ""),  # 2 from the first of the readings, within 2
        ("20%", "baseline: {value: 13, date: 2020-03-31}")])  # 2 of 2.6
    def test_a_move_within_its_threshold_of_real_change(self, tolerance: object,
                                                        baseline: str) -> None:
        RuleTester(off_track_metric).assert_passes(
            self.TOLERANT.format(tolerance=tolerance, baseline=baseline))

    @pytest.mark.parametrize(("tolerance", "baseline", "said"), [
        (1, "baseline: {value: 13, date: 2020-03-31}",  # 2 beyond 1
         "went from its baseline of 13 to 15 on 2024-03-31, further the other way than "
         "its threshold of real change (1)"),
        (4, "baseline: {value: 10, date: 2020-03-31}", "baseline of 10"),  # 5 from it
        (1.5, "", "moved the other way at each of its last two readings"),  # from the first
        (0, "baseline: {value: 13, date: 2020-03-31}", "baseline of 13")])  # any change
    def test_a_move_beyond_its_threshold_of_real_change(self, tolerance: object,
                                                        baseline: str, said: str) -> None:
        RuleTester(off_track_metric).assert_fails(
            self.TOLERANT.format(tolerance=tolerance, baseline=baseline),
            [("M1", None, said)])

    WORSENED = dedent("""\
        planlint: 1
        plan: {as_of: 2025-05-21}
        goals: [{id: G1, title: Safer communities, metrics: [M1]}]
        metrics:
          - id: M1
            title: Adults who believe their cultural identity is respected
            unit: '%'
            direction: increase
            tolerance: 2.7
            baseline: {value: 61.5, date: 2019-12-31}
            actuals: [{date: 2019-12-31, value: 61.5}, {date: 2021-12-31, value: 49.7},
                      {date: 2022-12-31, value: 46.9}, {date: 2023-12-31, value: 47.5}]
        """)

    def test_worse_than_its_baseline_by_more_than_its_threshold(self) -> None:
        """The plan's own standard of change, from its comparison year: the last reading
        ticking up does not undo a fall of 14 points against a threshold of 2.7."""
        RuleTester(off_track_metric).assert_fails(
            self.WORSENED, [("M1", None, "went from its baseline of 61.5 to 47.5 on "
                                      "2023-12-31")])
        # back within the threshold of the baseline: no real change
        RuleTester(off_track_metric).assert_passes(
            self.WORSENED.replace("value: 47.5", "value: 59.0"))

    def test_worse_than_its_baseline_but_answered(self) -> None:
        """Work the plan has under way on the goal it measures answers for its course."""
        RuleTester(off_track_metric).assert_passes(
            self.WORSENED + "initiatives:\n  - {id: I1, title: Good relations programme, "
                            "supports: [G1]}\n")


class TestCeilingWithoutDirection:
    """A ``bound`` with no ``direction`` says which way the measure should move: a
    ceiling (``below 4.5``) is to stay down, however close to it the first reading was."""

    ARREARS = dedent("""\
        planlint: 1
        plan: {as_of: 2007-09-30}
        goals: [{id: G1, metrics: [M1]}]
        metrics:
          - id: M1
            title: "% of rent arrears: Domestic"
            unit: '%'
            bound: at most
            targets: [{value: 4.5, date: 2007-03-31}, {value: 3.5, date: 2008-03-31}]
            target: {value: 3, date: 2009-03-31}
            actuals:
              - {date: 2007-03-31, value: 4.49}
              - {date: 2007-09-30, value: 3.67}
        """)

    def test_a_reading_under_its_ceiling_is_not_short_of_it(self) -> None:
        RuleTester(off_track_metric).assert_passes(self.ARREARS)

    def test_a_reading_over_its_ceiling_is_off_track(self) -> None:
        [finding] = RuleTester(off_track_metric).assert_fails(
            self.ARREARS.replace("4.49}", "10.41}").replace("3.67}", "8.26}"), [("M1", 13)])
        assert "8.26% on 2007-09-30 is above its target of 4.5%" in finding.message


class TestShortfallNamedAsACause:
    """A shortfall the plan names as the cause of another measure's move, answered on
    that measure's reading of the same date."""

    COURT = dedent("""\
        planlint: 1
        plan: {as_of: 2024-12-31}
        units: [{id: sc, name: Supreme Court}, {id: mc, name: Magistrates Court}]
        goals: [{id: G1, metrics: [M1, M2]}]
        metrics:
          - id: M1
            title: "Supreme Court: Clearance Rate"
            owner: sc
            unit: '%'
            bound: at least
            target: {value: 100, date: 2024-12-31}
            description: "Pending increased to just over 1000, due to the Clearance Rate at
              less than 100%."
            actuals: [{date: 2024-12-31, value: 93}]
          - id: M2
            title: "Supreme Court: cases pending"
            owner: sc
            unit: cases
            actuals:
              - {date: 2024-12-31, value: 1003, response: Two more judges were appointed in
                 November to deal with the increased pending cases}
        """)

    def test_answered_on_the_measure_it_moved(self) -> None:
        RuleTester(off_track_metric).assert_passes(self.COURT)

    @pytest.mark.parametrize(("change", "why"), [
        (("due to the Clearance Rate", "while the Clearance Rate was"), "no cause named"),
        (("response: Two", "text: Two"), "no response on the measure it moved"),
        (("owner: sc\n    unit: cases", "owner: mc\n    unit: cases"),
         "the count of another court"),
        (("Pending increased", "Filings increased"), "what moved is not the measure answered"),
    ])
    def test_otherwise_reported(self, change: tuple[str, str], why: str) -> None:
        fragment = self.COURT.replace(*change)
        assert fragment != self.COURT
        RuleTester(off_track_metric).assert_fails(fragment, [("M1", 14)])


class TestMovingAwayFromATargetNotYetDue:
    """A measure with no baseline whose readings head away from a target still to come."""

    FRAGMENT = dedent("""\
        planlint: 1
        plan: {{as_of: 2021-09-30}}
        goals: [{{id: G1, metrics: [M1]}}]
        metrics:
          - id: M1
            title: {title}
            cadence: annual
            target: {{value: {target}, date: 2022-09-30}}
            actuals: [{readings}]
        {extra}""")

    @staticmethod
    def _plan(readings: list[float], *, title: str = "Average Priority 1 response time",
              target: float = 8.9, extra: str = "") -> str:
        days = ["2019-09-30", "2020-09-30", "2021-09-30"][-len(readings):]
        return TestMovingAwayFromATargetNotYetDue.FRAGMENT.format(
            title=title, target=target, extra=extra, readings=", ".join(
                f"{{date: {day}, value: {value}}}"
                for day, value in zip(days, readings, strict=True)))

    def test_a_delay_rising_away_from_its_target(self) -> None:
        [finding] = RuleTester(off_track_metric).assert_fails(
            self._plan([9.32, 10.15]),
            [("M1", 9, "should decrease to its target of 8.9 due 2022-09-30 but moved away "
                       "from it (9.32 to 10.15)")])
        fragment = self._plan([9.32, 10.15]).replace("cadence:", "unit: minutes\n    cadence:")
        [finding] = RuleTester(off_track_metric).assert_fails(fragment, [("M1", 10)])
        assert "its target of 8.9 minutes due" in finding.message
        assert finding.field == "actuals/1"
        assert "act to turn it round before the target is due" in finding.message

    def test_a_share_falling_away_over_three_readings(self) -> None:
        RuleTester(off_track_metric).assert_fails(
            self._plan([84, 80, 76], title="Dealers rating supply good", target=90),
            [("M1", 9, "should increase to its target of 90 due 2022-09-30 but moved away "
                       "from it (84 to 80 to 76)")])

    @pytest.mark.parametrize(("readings", "target", "why"), [
        ([84.0, 83.5], 90, "a small tick away is noise"),
        ([84, 70, 76], 90, "the latest reading recovers from the worst"),
        ([70, 84], 90, "moving towards the target"),
        ([95, 92], 90, "still past the target: read at or past it from the start"),
        ([84], 90, "one reading shows no move"),
    ])
    def test_no_move_away_worth_a_finding(self, readings: list[float], target: float,
                                          why: str) -> None:
        RuleTester(off_track_metric).assert_passes(
            self._plan(readings, title="Dealers rating supply good", target=target))

    def test_a_target_of_none_is_not_judged(self) -> None:
        RuleTester(off_track_metric).assert_passes(
            self._plan([3, 5], title="Serious injuries to staff", target=0))

    def test_a_count_read_past_its_next_target_from_the_start(self) -> None:
        """A budget book's count targeted for next year under its last actual (12
        registrations filed, 11 targeted, 10 projected): the plan set its target where the
        count already was or below, so a fall under it is no move away from a target it
        was short of; short of it from the start, the same fall is judged."""
        title = "Number of alcoholic beverage registrations filed"
        RuleTester(off_track_metric).assert_passes(self._plan([12, 10], title=title,
                                                              target=11))
        RuleTester(off_track_metric).assert_passes(self._plan([11, 9], title=title,
                                                              target=11))
        RuleTester(off_track_metric).assert_fails(
            self._plan([12, 10], title=title, target=13), [("M1", 9)])

    def test_a_count_whose_target_totals_several_periods_is_not_judged(self) -> None:
        fragment = self._plan([40, 30], title="Engineers hired", target=100).replace(
            "date: 2022-09-30", "date: 2024-09-30")
        RuleTester(off_track_metric).assert_passes(fragment)

    @pytest.mark.parametrize("title", ["Number of new flats to be provided",
                                       "No. of new flats to be provided"])
    def test_a_count_written_no_of_is_a_count(self, title: str) -> None:
        """``No. of`` is ``Number of``: a count of flats completed in each period, whose
        target totals several periods, is not judged against it."""
        fragment = self._plan([7200, 0], title=title, target=16400).replace(
            "date: 2022-09-30", "date: 2024-09-30")
        RuleTester(off_track_metric).assert_passes(fragment)

    def test_a_count_against_the_next_periods_target(self) -> None:
        RuleTester(off_track_metric).assert_fails(
            self._plan([1535, 1255], title="Tons of recyclable material processed per year",
                       target=1750), [("M1", 9)])

    @pytest.mark.parametrize("extra", [
        "initiatives: [{id: I1, supports: [G1], status: active}]",
        "changes: [{date: 2021-06-01, item: M1, field: target, from: 8.5, to: 8.9, "
        "reason: dispatch staffing gap}]",
    ])
    def test_a_measure_the_plan_answers_for_passes(self, extra: str) -> None:
        RuleTester(off_track_metric).assert_passes(self._plan([9.32, 10.15], extra=extra))

    def test_an_account_beside_the_latest_reading_passes(self) -> None:
        fragment = self._plan([9.32, 10.15]).replace(
            "value: 10.15}", "value: 10.15, text: dispatch moved to a new system in March}")
        RuleTester(off_track_metric).assert_passes(fragment)

    @pytest.mark.parametrize(("interim", "reported"), [
        ("{value: 25062, date: 2021-09-30}", False),
        ("{value: 20000, date: 2020-09-30}", False),
        ("{value: 35000, date: 2021-09-30}", True),
        ("{value: 34000, date: 2020-09-30}", True),
    ])
    def test_a_reading_at_or_past_the_plans_path(self, interim: str, reported: bool) -> None:
        """A reading at or past the line from the last target due to the next one is
        where the plan wanted the measure on its date: 33,502 against 25,062 budgeted for
        that year is on it; 33,502 against 35,000 is not, nor against the 35,592
        expected on the line from 34,000 a year before to 37,182."""
        fragment = self._plan([36573, 33502], title="Checkouts per FTE employee",
                              target=37182).replace(
            "date: 2022-09-30}", f"date: 2022-09-30}}\n    targets: [{interim}]")
        tester = RuleTester(off_track_metric)
        if reported:
            [finding] = tester.assert_fails(fragment, [("M1", 10)])
            assert "moved away from it (36,573 to 33,502)" in finding.message
        else:
            tester.assert_passes(fragment)

    def test_a_measure_with_a_baseline_is_judged_on_its_line(self) -> None:
        fragment = self._plan([9.32, 10.15]).replace(
            "    cadence: annual\n", "    cadence: annual\n    baseline: {value: 9.32, "
            "date: 2020-09-30}\n")
        [finding] = RuleTester(off_track_metric).assert_fails(fragment, [("M1", 10)])
        assert "the line from 9.32" in finding.message


class TestOffTrackWithoutAction:
    def test_off_track_metric_of_a_goal_nobody_works_on(self) -> None:
        extra = "initiatives: [{id: I1, supports: [G1], status: planned}]\n"
        [finding] = RuleTester(off_track_without_action).assert_fails(
            _tracked("increase", 200, 140, extra), [("M1", 11)])
        assert "80% of the progress expected on 2001-06-15" in finding.message
        assert "no active initiative works on goal G1" in finding.message

    @pytest.mark.parametrize("initiative", [
        "{id: I1, supports: [G1], status: active}",
        "{id: I1, supports: [G1], start: 2001-01-01, end: 2001-12-31}",
        "{id: I1, supports: [G2], status: active}",
    ])
    def test_active_work_on_the_goal_or_below_it_passes(self, initiative: str) -> None:
        fragment = _tracked("increase", 200, 140).replace(
            "metrics:\n", "  - {id: G2, parent: G1}\nmetrics:\n", 1)
        RuleTester(off_track_without_action).assert_passes(
            fragment + f"initiatives: [{initiative}]\n")

    @pytest.mark.parametrize(("initiative", "acting"), [
        ("{id: I1, supports: [G1]}", True),  # no status, no dates: may be under way
        ("{id: I1, supports: [G1], end: 2001-12-31}", True),
        ("{id: I1, supports: [G1], start: 2001-01-01}", True),
        ("{id: I1, supports: [G1], start: 2001-09-01}", False),  # yet to start
        ("{id: I1, supports: [G1], end: 2001-03-31}", False),  # ended
        ("{id: I1, supports: [G1], status: done}", False),
    ])
    def test_work_whose_status_is_not_recorded_counts_unless_its_dates_rule_it_out(
            self, initiative: str, acting: bool) -> None:
        fragment = _tracked("increase", 200, 140).replace(
            "metrics:\n", "  - {id: G2, parent: G1}\nmetrics:\n", 1)
        fragment += f"initiatives: [{initiative}, {{id: I2, supports: [G2], status: done}}]\n"
        if acting:
            RuleTester(off_track_without_action).assert_passes(fragment)
        else:
            RuleTester(off_track_without_action).assert_fails(fragment, [("M1", 12)])

    def test_shared_metric_passes_when_one_of_its_goals_is_worked_on(self) -> None:
        fragment = _tracked("increase", 200, 140).replace(
            "metrics:\n", "  - {id: G2, metrics: [M1]}\nmetrics:\n", 1)
        RuleTester(off_track_without_action).assert_passes(
            fragment + "initiatives: [{id: I1, supports: [G2], status: active}]\n")
        RuleTester(off_track_without_action).assert_fails(
            fragment + "initiatives: [{id: I1, supports: [G2], status: planned}]\n",
            [("M1", 12)])

    def test_a_response_beside_the_off_track_reading_counts_as_action(self) -> None:
        extra = "initiatives: [{id: I1, supports: [G1], status: planned}]\n"
        fragment = _tracked("increase", 200, 140, extra).replace(
            "value: 140}", "value: 140, response: a contractor starts in July}")
        RuleTester(off_track_without_action).assert_passes(fragment)
        RuleTester(off_track_without_action).assert_fails(
            fragment.replace(", response: a contractor starts in July", ""), [("M1", 11)])

    def test_top_level_goals_nothing_executes_are_left_to_uncascaded_goal(self) -> None:
        RuleTester(off_track_without_action).assert_passes(_tracked("increase", 200, 140))

    def test_a_plan_that_lists_no_initiatives_is_left_to_off_track_metric(self) -> None:
        fragment = _tracked("increase", 200, 140).replace(
            "metrics:\n", "  - {id: G2, parent: G1, metrics: [M1]}\nmetrics:\n", 1)
        RuleTester(off_track_without_action).assert_passes(fragment)
        RuleTester(off_track_without_action).assert_fails(
            fragment + "initiatives: [{id: I1, supports: [G1], status: planned}]\n")
        RuleTester(off_track_without_action).assert_passes(
            fragment.replace("plan: {", "plan: {withheld: [initiatives], ", 1)
            + "initiatives: [{id: I1, supports: [G1], status: planned}]\n")

    def test_metric_of_no_goal_is_left_to_orphan_metric(self) -> None:
        fragment = _tracked("increase", 200, 140, goal="{id: G1}")
        RuleTester(off_track_without_action).assert_passes(fragment)

    def test_on_track_passes(self) -> None:
        RuleTester(off_track_without_action).assert_passes(_tracked("increase", 200, 160))

    def test_parent_cycle_does_not_hang(self) -> None:
        fragment = _tracked("increase", 200, 140, goal="{id: G1, parent: G2, metrics: [M1]}")
        fragment = fragment.replace("metrics:\n", "  - {id: G2, parent: G1}\nmetrics:\n", 1)
        RuleTester(off_track_without_action).assert_passes(
            fragment + "initiatives: [{id: I1, supports: [G2], status: active}]\n")


class TestOverdueInitiative:
    def test_work_put_on_hold_is_not_late(self) -> None:
        """Pausing work is the decision the finding asks for; its end waits on the one
        that takes it up again."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {start: 2000-01-01, end: 2001-03-31}, as_of: 2001-06-30}
            initiatives:
              - {id: I1, title: Dealer app, end: 2001-02-28, status: STATUS}
              - {id: I2, title: Dealer portal, end: 2001-03-31, status: STATUS}
            """)
        RuleTester(overdue_initiative).assert_passes(fragment.replace("STATUS", "on-hold"))
        RuleTester(overdue_initiative).assert_fails(fragment.replace("STATUS", "blocked"),
                                                    [("I1", 4), ("I2", 5)])

    def test_a_multi_year_project_is_not_late_at_the_year_its_update_lists(self) -> None:
        """A revenue department's annual update lists its objectives for FY 2018; the
        next update grades one of them 'Multi-Year Project'."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {start: 2017-07-01, end: 2022-06-30}, as_of: 2018-09-30}
            initiatives:
              - {id: I1, title: Automate business tax returns, end: 2018-06-30, status: done}
              - {id: I2, title: Corporate e-file, end: END, status: active,
                 description: 'Completion Status: "GRADE".'}
            """)
        multi = fragment.replace("GRADE", "Multi-Year Project")
        RuleTester(overdue_initiative).assert_passes(multi.replace("END", "2018-06-30"))
        # the word alone does not excuse work overdue on its own date
        RuleTester(overdue_initiative).assert_fails(multi.replace("END", "2018-03-31"),
                                                    [("I2", 5)])
        # nor does the year's date excuse work not called multi-year
        RuleTester(overdue_initiative).assert_fails(
            fragment.replace("GRADE", "In progress").replace("END", "2018-06-30"), [("I2", 5)])
        # work dated with the plan's own end is not dated by one year's list
        RuleTester(overdue_initiative).assert_fails(
            multi.replace("END", "2018-06-30").replace("2022-06-30", "2018-06-30"),
            [("I2", 5)])

    def test_a_status_reported_before_the_work_was_due_is_not_lateness(self) -> None:
        """An audit's follow-up gives each finding's status as of the fiscal year's close
        ('Partial corrective action was taken') and is published ten months later; the
        corrective action it reports was due at the calendar year's end."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, as_of: 2025-04-30}
            goals:
              - id: F1
                title: Ensure the tax system allocates revenue correctly
                actuals: [{date: 2024-06-30, text: Partial corrective action was taken.}]
              - {id: F2, title: Improve cash handling controls}
            initiatives:
              - {id: CAP-1, title: Remediate the allocation, supports: [F1], end: END,
                 status: active}
            """)
        RuleTester(overdue_initiative).assert_passes(fragment.replace("END", "2024-12-31"))
        # a report dated at or after the work's date finds it still open: late
        RuleTester(overdue_initiative).assert_fails(fragment.replace("END", "2024-06-30"),
                                                    [("CAP-1", 9)])
        # work also serving a goal with no result of its own: its status is the plan's
        RuleTester(overdue_initiative).assert_fails(
            fragment.replace("END", "2024-12-31").replace("[F1]", "[F1, F2]"),
            [("CAP-1", 9)])
        # work serving no graded goal: its status is as of the plan's date
        RuleTester(overdue_initiative).assert_fails(
            fragment.replace("END", "2024-12-31").replace("[F1]", "[F2]"), [("CAP-1", 9)])

    def test_work_is_judged_at_the_date_its_status_was_reported(self) -> None:
        """A pupil premium statement's review of the year's activities is dated January
        2021 ('Date January 2021'), its figures 'updated May 2021': an activity it reports
        blocked, due in March, is not late by a status given before March."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, as_of: 2021-05-31STATUS}
            goals:
              - {id: G1, title: Build pupils' vocabulary, due: 2021-03-31}
            initiatives:
              - {id: A1, title: Vocabulary project training, end: 2021-03-31, status: blocked}
              - {id: A2, title: Relaunch accelerated reader, start: 2021-01-01,
                 end: 2021-07-31, status: planned}
              - {id: A3, title: Reading workshops, supports: [G1], status: active}
              - {id: A4, title: Library upgrade, end: 2020-08-31, status: active}
            """)
        RuleTester(overdue_initiative).assert_fails(
            fragment.replace("STATUS", ""),
            [("G1", 4), ("A1", 6, "is still blocked as of 2021-05-31"), ("A2", 7), ("A4", 10)])
        # work due before the review is still late by what it reported
        RuleTester(overdue_initiative).assert_fails(
            fragment.replace("STATUS", ", status_as_of: 2021-01-31"),
            [("A4", 10, "is still active as of 2021-01-31")])
        # a status date after the as-of date changes nothing
        RuleTester(overdue_initiative).assert_fails(
            fragment.replace("STATUS", ", status_as_of: 2021-08-31"),
            [("G1", 4), ("A1", 6), ("A2", 7), ("A4", 10)])

    def test_work_due_with_the_plan_still_under_way_is_one_overrun(self) -> None:
        actions = "".join(f"  - {{id: A{n}, end: 2021-03-18, status: {status}}}\n"
                          for n, status in enumerate(["active", "active", "active", "done"]))
        fragment = ("planlint: 1\nplan: {id: p, horizon: {start: 2020-12-08, "
                    "end: 2021-03-18}, as_of: 2021-03-30}\ninitiatives:\n" + actions
                    + "  - {id: B1, end: 2021-02-01, status: active}\n")
        found = RuleTester(overdue_initiative).assert_fails(
            fragment, [("p", 2, "3 of 4 initiatives due at the plan's end, 2021-03-18, are "
                                "still under way (A0, A1, A2)"), ("B1", 8)])
        assert "was to end on 2021-02-01" in found[1].message

    def test_past_end_and_not_finished_fires_at_end(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, end: 2001-06-29, status: active}
              - {id: I2, end: 2001-06-29}
              - {id: I3, end: 2001-06-30, status: active}
              - {id: I4, end: 2001-01-01, status: done}
              - {id: I5, end: 2001-01-01, status: cancelled}
              - {id: I6, status: active}
            """)
        first, second = RuleTester(overdue_initiative, as_of=D("2001-06-30")).assert_fails(
            fragment, [("I1", 3), ("I2", 4)])
        assert first.field == "end" and "is still active as of 2001-06-30" in first.message
        assert "but has no status" in second.message
        # a continuing duty has no end to be late for
        RuleTester(overdue_initiative, as_of=D("2001-06-30")).assert_passes(
            "planlint: 1\ninitiatives:\n  - {id: I1, kind: ongoing, end: 2001-06-29, "
            "status: active}\n")

    def test_work_due_since_the_last_status_update_is_not_yet_late(self) -> None:
        fragment = dedent("""\
            planlint: 1
            goals:
              - {id: P1, title: Reform the energy market}
              - {id: A1, title: Smarter networks, parent: P1}
            initiatives:
              - {id: I1, end: 2012-07-31, status: active, supports: [A1]}
            communications:
              - {id: C1, title: Business plans site, cadence: monthly, covers: [P1]}
            """)
        tester = RuleTester(overdue_initiative, as_of=D("2012-08-01"))
        tester.assert_passes(fragment)
        # a month past its end, the update has come; a status published yearly, or for
        # other goals, does not excuse it
        RuleTester(overdue_initiative, as_of=D("2012-09-01")).assert_fails(
            fragment, [("I1", 6)])
        tester.assert_fails(fragment.replace("cadence: monthly", "cadence: annual"),
                            [("I1", 6)])
        tester.assert_fails(fragment.replace("supports: [A1]", "supports: []"), [("I1", 6)])

    def test_still_planned_after_its_start(self) -> None:
        fragment = dedent("""\
            planlint: 1
            initiatives:
              - {id: I1, start: 2001-04-01, end: 2001-12-31, status: planned}
              - {id: I2, start: 2001-04-01, end: 2001-12-31, status: active}
              - {id: I3, start: 2001-04-01, end: 2001-12-31}
              - {id: I4, start: 2001-06-01, end: 2001-12-31, status: planned}
            """)
        [finding] = RuleTester(overdue_initiative, as_of=D("2001-06-30")).assert_fails(
            fragment, [("I1", 3, "was to start on 2001-04-01 but is still planned")])
        assert finding.field == "start"
        # a start is often stated by its month: a month's grace
        RuleTester(overdue_initiative, as_of=D("2001-05-01")).assert_passes(fragment)

    def test_most_past_their_end_without_status_is_one_finding(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {id: ops}
            initiatives:
              - {id: I1, end: 2001-01-31}
              - {id: I2, end: 2001-01-31}
              - {id: I3, end: 2001-01-31, status: done}
              - {id: I4, end: 2001-01-31}
            """)
        [finding] = RuleTester(overdue_initiative, as_of=D("2001-06-30")).assert_fails(
            fragment, [("ops", 2, "3 of 4 initiatives that were to end before 2001-06-30 "
                                  "have no status (I1, I2, I4)")])
        assert [related.node for related in finding.related] == ["I1", "I2", "I4"]

    def test_statuses_kept_in_the_tool_the_plan_tracks_its_work_in_are_not_asked(self) -> None:
        """A team's roadmap whose bars its sprint board tracks (``plan: withheld:
        [initiatives]``) leaves their statuses to the board, as a work tracker does; a
        status it gives is judged, and so is one bar alone without a status."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: ops, withheld: [initiatives]}
            initiatives:
              - {id: I1, start: 2001-01-01, end: 2001-01-31}
              - {id: I2, start: 2001-02-01, end: 2001-03-31}
              - {id: I3, start: 2001-04-01, end: 2001-04-30, status: active}
              - {id: I4, start: 2001-05-01, end: 2001-05-31, status: done}
              - {id: I5, start: 2001-05-01, end: 2001-05-31, status: done}
              - {id: I6, start: 2001-05-01, end: 2001-05-31, status: done}
              - {id: I7, start: 2001-06-01, end: 2001-06-15}
            """)
        tester = RuleTester(overdue_initiative, as_of=D("2001-06-30"))
        tester.assert_fails(fragment, [("I3", 6, "was to end on 2001-04-30 but is still "
                                                 "active")])
        tester.assert_fails(fragment.replace(", withheld: [initiatives]", ""),
                            [("ops", 2, "3 of 7 initiatives"), ("I3", 6)])
        tester.assert_fails(fragment.replace("2001-03-31}", "2001-03-31, status: done}"),
                            [("I1", 4, "has no status"), ("I3", 6), ("I7", 10)])

    def test_work_still_under_way_after_its_goals_date_fires_at_the_goal(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {id: p, horizon: {start: 2000-01-01, end: 2004-12-31}}
            goals:
              - {id: G1, title: By 2000 establish a dealer communication plan, due: 2000-12-31}
              - {id: G1.1, parent: G1}
              - {id: G2, due: 2001-12-31}
              - {id: G3}
              - {id: G4, due: 2000-12-31, actuals: [{date: 2000-12-31, value: 0.5}]}
            initiatives:
              - {id: I1, supports: [G1], status: active}
              - {id: I2, supports: [G1.1], status: blocked}
              - {id: I3, supports: [G1], status: done}
              - {id: I4, supports: [G1], status: planned}
              - {id: I5, supports: [G2], status: active}
              - {id: I6, supports: [G3], status: active}
              - {id: I7, supports: [G4], status: active}
              - {id: I8, supports: [G1], status: active, kind: ongoing}
            """)
        finding, below = RuleTester(overdue_initiative, as_of=D("2001-06-30")).assert_fails(
            fragment, [("G1", 4, "was due by 2000-12-31, but its work I1, with no end date "
                                 "of its own, is still active"),
                       ("G1.1", 5, "its work I2, with no end date of its own, is still "
                                   "blocked")])
        assert finding.field == "due"
        assert below.field is None  # dated by the goal above it
        # G3 is dated only by the plan's end, and G4 graded by a result of its own
        RuleTester(overdue_initiative, as_of=D("2005-06-30")).assert_fails(
            fragment, [("G1", 4), ("G1.1", 5), ("G2", 6)])
        # a decision recorded about the goal once its date had come answers it
        RuleTester(overdue_initiative, as_of=D("2001-06-30")).assert_passes(
            fragment.replace("supports: [G1.1], status: blocked", "supports: [G1.1]")
            + "changes:\n  - {date: 2001-02-01, item: G1, field: due, from: 2000-12-31, "
              "to: 2001-12-31, reason: the dealer council asked for more time}\n")

    def test_work_with_measures_of_its_own_is_judged_through_them(self) -> None:
        RuleTester(overdue_initiative, as_of=D("2001-06-30")).assert_passes(dedent("""\
            planlint: 1
            goals: [{id: G1, due: 2000-12-31}]
            initiatives:
              - {id: I1, supports: [G1], status: active, metrics: [M1]}
            metrics:
              - {id: M1, title: Crash course published, target: {value: 1, date: 2000-12-31}}
            """))


class TestOverspentBudget:
    def test_spent_above_amount_fires_at_spent(self) -> None:
        fragment = dedent("""\
            planlint: 1
            budgets:
              - {id: B1, amount: 1000000, currency: USD, spent: 1250000}
              - {id: B2, amount: 100, spent: 100}
              - {id: B3, amount: 100}
              - {id: B4, spent: 100}
              - {id: B5, amount: 0, spent: 5}
            """)
        first, second = RuleTester(overspent_budget).assert_fails(
            fragment, [("B1", 3), ("B5", 7)])
        assert first.field == "spent"
        assert "spent 1,250,000 USD of 1,000,000, 250,000 (25%) over" in first.message
        assert "spent 5 of 0, 5 over" in second.message

    def test_an_overrun_within_the_plans_own_reallocation_rule_is_not_reported(self) -> None:
        """A plan that lets its lines' unspent money be moved to other lines up to an
        amount chose where that money goes, while its lines together stay within their
        amounts."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: P, budget_reallocation: 10000}
            budgets:
              - {id: B1, amount: 42500, spent: 44785, currency: EUR, period: '2023'}
              - {id: B2, amount: 0, spent: 9679, currency: EUR, period: '2023'}
              - {id: B3, amount: 13710, spent: 0, currency: EUR, period: '2023'}
              - {id: B4, amount: 25000, currency: EUR, period: '2023'}
              - {id: B5, amount: 100, spent: 150, currency: USD, period: '2023'}
            """)
        tester = RuleTester(overspent_budget)
        # B5's lines (USD) overspent together: nothing unspent was moved to it
        tester.assert_fails(fragment, [("B5", 8)])
        # beyond the allowance: reported
        tester.assert_fails(fragment.replace("10000", "5000"), [("B2", 5), ("B5", 8)])
        # the lines together overspent: the money came from outside the plan
        tester.assert_fails(fragment.replace("spent: 0,", "spent: 13000,"),
                            [("B1", 4), ("B2", 5), ("B5", 8)])
        # without the rule, every overrun is reported but B1's, by less than a tenth in
        # lines underspent together (see the next test)
        tester.assert_fails(fragment.replace("plan: {id: P, budget_reallocation: 10000}",
                                             "plan: {id: P}"),
                            [("B2", 5), ("B5", 8)])

    def test_a_small_overrun_in_a_budget_underspent_as_a_whole_is_not_reported(
            self) -> None:
        """A line over its amount by less than a tenth while the money lines of its
        currency and period together spent no more than they were given (an LCAP's
        estimated actual expenditure for one action 5% above its planned expenditure, in a
        year whose planned total came in lower; an association's spending forecast, one
        line 9% over in a year half spent) missed its estimate by a margin no reviewer
        would ask to be approved. A tenth or more, a line of people's time, or lines that
        together overspent, are still reported."""
        fragment = dedent("""\
            planlint: 1
            budgets:
              - {id: B1, amount: 4595643, spent: 4841218, currency: USD, period: 2021-22}
              - {id: B2, amount: 5728642, spent: 5401289, currency: USD, period: 2021-22}
              - {id: B3, amount: 100, spent: 110, currency: USD, period: 2021-22}
              - {id: B4, amount: 100, spent: 105, currency: FTE, period: 2021-22}
              - {id: B5, amount: 10500, spent: 11408, currency: EUR, period: '2025'}
            """)
        tester = RuleTester(overspent_budget)
        tester.assert_fails(fragment, [("B3", 5), ("B4", 6), ("B5", 7)])
        tester.assert_fails(fragment.replace("spent: 5401289", "spent: 5728642"),
                            [("B1", 3), ("B3", 5), ("B4", 6), ("B5", 7)])

    def test_an_overrun_the_plan_explains_on_its_line_is_not_reported(self) -> None:
        """A results report that states each line's variance and its cause (``response``)
        has accounted for the overspend; a line over with no word on it, or an empty
        response, is still reported."""
        fragment = dedent("""\
            planlint: 1
            budgets:
              - id: B1
                amount: 128227129
                spent: 128571340
                response: The increase in actual spending is largely related to a
                  realignment of programs.
              - {id: B2, amount: 76741759, spent: 77476859}
              - {id: B3, amount: 100, spent: 150, response: ' '}
            """)
        RuleTester(overspent_budget).assert_fails(fragment, [("B2", 8), ("B3", 9)])

    def test_staff_paid_within_the_money_of_the_same_work_are_no_overspend(self) -> None:
        """A results report's planned and actual FTEs of a program, beside the program's
        authorities and actual spending: within the money, more staff than forecast is no
        overspend; beside money that overspent, or none, the FTEs are judged on their
        own."""
        fragment = dedent("""\
            planlint: 1
            budgets:
              - {id: B1, amount: 0, spent: 0, currency: CAD, period: 2016-17, funds: [I1]}
              - {id: B1-FTE, amount: 0, spent: 1044, currency: FTE, period: 2016-17,
                 funds: [I1]}
              - {id: B2, amount: 100, spent: 101, currency: CAD, period: 2016-17, funds: all}
              - {id: B2-FTE, amount: 519, spent: 653, currency: FTE, period: 2016-17,
                 funds: all}
              - {id: B3-FTE, amount: 10, spent: 12, currency: FTE, period: 2016-17,
                 funds: [I3]}
            """)
        RuleTester(overspent_budget).assert_fails(
            fragment, [("B2", 6), ("B2-FTE", 7), ("B3-FTE", 9)])

    def test_staff_of_work_without_money_of_its_own_are_paid_within_the_plans(
            self) -> None:
        """A results report's sub-program states its actual spending but no authorities
        (its program holds them) beside planned and actual FTEs: while the plan's money
        lines of that currency and period stayed within what they were given, more staff
        than forecast is no overspend; while they overspent, or in a period where no line
        states an amount, the FTEs are judged on their own."""
        fragment = dedent("""\
            planlint: 1
            budgets:
              - {id: P1, amount: 900, spent: 750, currency: CAD, period: 2016-17,
                 funds: [I1]}
              - {id: S1, spent: 180, currency: CAD, period: 2016-17, funds: [I2]}
              - {id: S1-FTE, amount: 185, spent: 273, currency: FTE, period: 2016-17,
                 funds: [I2]}
              - {id: S2, spent: 180, currency: CAD, period: 2017-18, funds: [I3]}
              - {id: S2-FTE, amount: 185, spent: 273, currency: FTE, period: 2017-18,
                 funds: [I3]}
            """)
        tester = RuleTester(overspent_budget)
        tester.assert_fails(fragment, [("S2-FTE", 9)])
        tester.assert_fails(fragment.replace("spent: 750", "spent: 950"),
                            [("P1", 3), ("S1-FTE", 6), ("S2-FTE", 9)])

    def test_cents_over_in_a_plain_currency_are_a_rounding_difference(self) -> None:
        """A closed contract paid $7,425.50 against $7,425.00 in a commitment report:
        cents over, not an overspend. A whole unit over, a line in millions or with no
        currency, or people's time, are still reported."""
        fragment = dedent("""\
            planlint: 1
            budgets:
              - {id: B1, amount: 7425, spent: 7425.50, currency: USD}
              - {id: B2, amount: 7425, spent: 7426, currency: USD}
              - {id: B3, amount: 5, spent: 5.5, currency: USD m}
              - {id: B4, amount: 100, spent: 100.5}
              - {id: B5, amount: 2, spent: 2.5, currency: FTE}
            """)
        RuleTester(overspent_budget).assert_fails(
            fragment, [("B2", 4), ("B3", 5), ("B4", 6), ("B5", 7)])

    def test_running_costs_paid_from_the_plans_own_unspent_money_are_no_overspend(
            self) -> None:
        """A results report's Internal Services (``funds: all``) over its authorities
        while the agency's lines together stayed under theirs: the running costs took the
        plan's own unspent money; the FTEs beside them are paid within the money too. A
        line of named work, or running costs while the lines together overspent, are
        still reported."""
        fragment = dedent("""\
            planlint: 1
            budgets:
              - {id: B1, amount: 1000, spent: 800, currency: CAD, period: 2016-17,
                 funds: [I1]}
              - {id: B2, amount: 100, spent: 110, currency: CAD, period: 2016-17, funds: all}
              - {id: B2-FTE, amount: 519, spent: 653, currency: FTE, period: 2016-17,
                 funds: all}
              - {id: B3, amount: 100, spent: 110, currency: CAD, period: 2016-17,
                 funds: [I3]}
              - {id: B4, amount: 100, spent: 120, currency: CAD, period: 2017-18, funds: all}
            """)
        RuleTester(overspent_budget).assert_fails(fragment, [("B3", 8), ("B4", 10)])
        RuleTester(overspent_budget).assert_fails(
            fragment.replace("spent: 800", "spent: 1000"),
            [("B2", 5), ("B2-FTE", 6), ("B3", 8), ("B4", 10)])

    def test_a_programs_share_of_authorities_voted_to_the_organisation_is_no_overspend(
            self) -> None:
        """A results report's program over its "total authorities" while the
        organisation's lines together stayed within theirs: Parliament votes authorities
        by vote, not by program; the FTEs beside it are paid within the money too. The
        same line while the lines together overspent, or a line named otherwise, is still
        reported."""
        fragment = dedent("""\
            planlint: 1
            budgets:
              - {id: B1, title: Disposition total authorities 2016-17, amount: 100,
                 spent: 110, currency: CAD, period: 2016-17, funds: [I1]}
              - {id: B1-FTE, title: Disposition planned FTEs 2016-17, amount: 25, spent: 41,
                 currency: FTE, period: 2016-17, funds: [I1]}
              - {id: B2, title: Access total authorities 2016-17, amount: 1000, spent: 800,
                 currency: CAD, period: 2016-17, funds: [I2]}
              - {id: B3, title: Programme Support Final Appropriation, amount: 100,
                 spent: 110, currency: CAD, period: 2016-17, funds: [I3]}
            """)
        RuleTester(overspent_budget).assert_fails(fragment, [("B3", 10)])
        RuleTester(overspent_budget).assert_fails(
            fragment.replace("spent: 800", "spent: 1000"),
            [("B1", 4), ("B1-FTE", 5), ("B3", 10)])

    def test_a_years_share_of_a_multi_year_sum_spent_early_is_no_overspend(self) -> None:
        """A supplemental appropriation "to remain available until" a later year,
        phased by year: a year over its share while the work's years together spent
        within their total re-times spending; work over its total, or a plan whose money
        is not said to outlive the year, is reported."""
        fragment = dedent("""\
            planlint: 1
            plan: {id: P, description: "provided $153,000,000, to remain available until
              September 30, 2031."}
            budgets:
              - {id: A24, amount: 100, spent: 150, currency: USD, period: FY2024, funds: [G1]}
              - {id: A25, amount: 100, currency: USD, period: FY2025, funds: [G1]}
              - {id: B24, amount: 100, spent: 250, currency: USD, period: FY2024, funds: [G2]}
              - {id: B25, amount: 100, currency: USD, period: FY2025, funds: [G2]}
              - {id: C24, amount: 100, spent: 150, currency: USD, period: FY2024, funds: [G3]}
            """)
        RuleTester(overspent_budget).assert_fails(fragment, [("B24", 7), ("C24", 9)])
        RuleTester(overspent_budget).assert_fails(
            fragment.replace("to remain available until", "for"),
            [("A24", 5), ("B24", 7), ("C24", 9)])


class TestTargetAlreadyPassed:
    def test_a_reading_near_the_smallest_float_is_judged_not_crashed_on(self) -> None:
        # (reading / aim) ** -1 overflowed for a reading of 2.2e-309: the rule crashed
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2000-01-01}
            metrics:
              - id: M0
                unit: USD
                direction: decrease
                target: {value: 1, date: 2001-01-01}
                actuals: [{date: 2000-01-01, value: 2.225073858507203e-309}]
            """)
        RuleTester(target_already_passed).assert_fails(fragment, [("M0", 8)])

    def test_a_measure_done_early_has_no_target_to_raise(self) -> None:
        # one thing split 0.3/0.7 over two years and all of it done in the first; all of a
        # share; but a level that could go on past its final target is still reported
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-09-30}
            metrics:
              - id: M1
                title: Portal web integrado
                unit: Número
                direction: increase
                targets: [{value: 0.3, date: 2025-12-31}, {value: 1, date: 2026-12-31}]
                target: {value: 1, date: 2027-12-31}
                actuals: [{date: 2025-09-30, value: 1}]
              - id: M2
                title: Schools connected to broadband
                unit: '%'
                direction: increase
                targets: [{value: 60, date: 2026-06-30}, {value: 80, date: 2027-06-30}]
                target: {value: 100, date: 2028-06-30}
                actuals: [{date: 2025-06-30, value: 100}]
            """)
        RuleTester(target_already_passed).assert_passes(fragment)
        RuleTester(target_already_passed).assert_fails(
            fragment.replace("100}", "95}").replace("value: 100,", "value: 95,"),
            [("M2", 17)])
        RuleTester(target_already_passed).assert_fails(
            fragment.replace("unit: Número", "unit: visitors")
            .replace("value: 1}", "value: 2}").replace("value: 1,", "value: 2,")
            .replace("value: 0.3,", "value: 0.6,"), [("M1", 10)])

    def test_a_standard_to_meet_each_period_is_not_passed_by_one_period(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2011-05-31}
            metrics:
              - id: OTP
                title: On-time performance
                direction: increase
                targets: [{value: 97, date: 2011-06-30}, {value: 97, date: 2011-07-31}]
                actuals: [{date: 2011-05-31, value: 98.4}]
            """)
        RuleTester(target_already_passed).assert_passes(fragment)
        RuleTester(target_already_passed).assert_fails(
            fragment.replace("{value: 97, date: 2011-07-31}", "{value: 97.5, date: 2011-07-31}"),
            [("OTP", 8)])

    def test_it_lists_every_target_the_reading_has_reached(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-09-01}
            metrics:
              - id: M1
                direction: increase
                targets: [{value: 67, date: 2026-06-30}, {value: 72.1, date: 2027-06-30},
                          {value: 73, date: 2028-06-30}]
                actuals: [{date: 2025-06-30, value: 72.1}]
            """)
        [finding] = RuleTester(target_already_passed).assert_fails(fragment, [("M1", 8)])
        assert "past its targets for 2026-06-30 (67) and 2027-06-30 (72.1);" in \
            finding.message

    def test_a_single_target_passed_by_more_than_it_asks_is_reported(self) -> None:
        # a Year 3 target half a point under the baseline, read 20 points under it in Year 1
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2025-06-24}
            metrics:
              - id: M1
                title: Chronic absenteeism rate
                baseline: {value: 67.1, date: 2023-06-30}
                target: {value: 66.6, date: 2026-06-30}
                actuals: [{date: 2024-06-30, value: 46.5}]
            """)
        [finding] = RuleTester(target_already_passed).assert_fails(fragment, [("M1", 8)])
        assert "raise the target, so it still asks for progress" in finding.message
        RuleTester(target_already_passed).assert_passes(  # past by less than it asks: progress
            fragment.replace("value: 46.5}]", "value: 66.3}]"))
        RuleTester(target_already_passed).assert_passes(  # due within a year of the reading
            fragment.replace("2026-06-30", "2025-03-31"))
        RuleTester(target_already_passed).assert_passes(  # a floor the plan states
            fragment.replace("title:", "bound: at most\n    title:"))

    def test_without_a_baseline_a_target_is_far_past_only_at_twice_over(self) -> None:
        fragment = dedent("""\
            planlint: 1
            plan: {as_of: 2014-09-30}
            metrics:
              - id: M1
                title: Training hours
                direction: increase
                targets: [{value: 5000, date: 2015-06-30}]
                target: {value: 5000, date: 2016-06-30}
                actuals: [{date: 2013-06-30, value: 30124}, {date: 2014-06-30, value: 40994}]
            """)
        RuleTester(target_already_passed).assert_fails(fragment, [("M1", 9)])
        RuleTester(target_already_passed).assert_passes(  # one reading within twice over
            fragment.replace("value: 30124", "value: 9000"))
        RuleTester(target_already_passed).assert_passes(  # a deliverable: one, or parts of it
            fragment.replace("5000", "1").replace("direction: increase\n", ""))


def test_work_given_a_quarter_may_start_any_time_in_it() -> None:
    # a roadmap by quarter: Q4 is January to March; planned in late February is not late
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2026-02-24}
        initiatives:
          - {id: Q4-R1, title: Onboarding validation, start: 2026-01-01, end: 2026-03-31,
             status: planned}
        """)
    RuleTester(overdue_initiative).assert_passes(fragment)
    RuleTester(overdue_initiative).assert_fails(
        fragment.replace("end: 2026-03-31", "end: 2026-06-30"), [("Q4-R1", 4)])
    RuleTester(overdue_initiative, as_of=D("2026-04-15")).assert_fails(fragment, [("Q4-R1", 4)])
    # dates at the end of the calendar are judged, not a crash
    RuleTester(overdue_initiative).assert_passes(
        fragment.replace("2026-01-01, end: 2026-03-31", "9999-12-01, end: 9999-12-31"))


def test_a_goal_with_years_to_run_is_reviewed_often_enough_four_times_over_its_term() -> None:
    fragment = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2018-01-01, end: 2022-12-31}}
        goals: [{id: G1, title: Grow individual giving}]
        reviews: [{id: R1, title: Annual update of the five-year plan, cadence: annual,
                   covers: [G1]}]
        """)
    RuleTester(review_cadence_too_slow).assert_passes(fragment)  # five looks in five years
    [finding] = RuleTester(review_cadence_too_slow).assert_fails(
        fragment.replace("cadence: annual", "cadence: P3Y"), [("R1", 4)])
    assert "no review that meets at least quarterly, or 4 times over its term; meet that " \
           "often" in finding.message
    # a one-year budget's annual meeting comes when the year is over
    RuleTester(review_cadence_too_slow).assert_fails(
        fragment.replace("end: 2022-12-31", "end: 2018-12-31"), [("R1", 4)])


def test_a_review_held_per_event_states_a_rhythm_no_period_judges() -> None:
    """A review held at each event the plan names (napari's retrospective "When a new
    roadmap is introduced") loads, sets the plan's rhythm and is not judged too slow or
    overdue; the dates it is also scheduled on still are."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2003-06-30, horizon: {start: 2001-01-01, end: 2003-12-31}}
        goals: [{id: G1, title: Grow individual giving}]
        reviews:
          - {id: R1, title: Roadmap retrospective, cadence: per event, covers: [G1],
             last_held: 2001-02-28}
        """)
    plan = load_plan(fragment)
    assert plan.reviews[0].cadence == "per event" and plan.reviews[0].calendar is None
    for rule in (review_without_cadence, review_cadence_too_slow, review_overdue):
        RuleTester(rule).assert_passes(fragment)
    RuleTester(review_without_cadence).assert_fails(
        fragment.replace("cadence: per event, ", ""), [("plan", 2)])
    RuleTester(review_cadence_too_slow).assert_fails(
        fragment.replace("cadence: per event", "cadence: annual"), [("R1", 5)])
    scheduled = fragment.replace("covers: [G1],", "covers: [G1], dates: [2003-12-31],")
    RuleTester(review_cadence_too_slow).assert_fails(scheduled, [("R1", 5)])


def test_a_goal_reviewed_at_each_reading_of_its_measures_and_midway_passes() -> None:
    fragment = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2022-01-01, end: 2025-12-31}, metrics_cadence: P2Y}
        goals:
          - {id: SP, title: System performance}
          - {id: SR, title: System reliability, parent: SP, metrics: [M1, M2]}
        metrics:
          - {id: M1, title: Interstate travel time reliability, unit: '%'}
          - {id: M2, title: Truck travel time reliability index, unit: index}
        reviews: [{id: R1, title: Interim and full-term progress reports, cadence: P2Y,
                   covers: [SP]}]
        """)
    tester = RuleTester(review_cadence_too_slow)
    tester.assert_passes(fragment)  # read every two years, reviewed at two and four
    # measures read each year would give a review in between something new to look at
    tester.assert_fails(fragment.replace("metrics_cadence: P2Y", "metrics_cadence: annual"),
                        [("R1", 9)])
    tester.assert_fails(fragment.replace(", metrics_cadence: P2Y", ""), [("R1", 9)])
    tester.assert_fails(fragment.replace("M2, title: Truck", "M2, cadence: annual, title: Truck"),
                        [("R1", 9)])
    # reviewed once, at the end of a two-year term, nothing can be adjusted in time
    tester.assert_fails(fragment.replace("2025-12-31", "2023-12-31"), [("R1", 9)])
    # a goal with no measure has no reading to wait for
    tester.assert_fails(fragment.replace(", metrics: [M1, M2]", ""), [("R1", 9)])

def test_a_term_counts_its_first_and_its_last_day() -> None:
    # a four-year action from 2021-10-11 to 2025-10-10 is looked at four times by a
    # yearly committee: the term is 1,461 days, both ends counted, four years exactly
    fragment = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2021-10-11, end: 2025-10-10}}
        goals: [{id: G1, title: Boost the interoperability of proof systems}]
        reviews: [{id: R1, title: Management Committee meeting, cadence: annual,
                   covers: [G1]}]
        """)
    RuleTester(review_cadence_too_slow).assert_passes(fragment)
    # a day short of four years is a day short of four yearly looks
    RuleTester(review_cadence_too_slow).assert_fails(
        fragment.replace("2025-10-10", "2025-10-09"), [("R1", 4)])


def test_a_share_that_drops_to_zero_in_one_period_is_a_blank_not_a_result() -> None:
    fragment = ("plan: {as_of: 2014-10-31}\nmetrics:\n  - id: PS05\n"
                "    title: Applications determined within eight weeks\nUNIT"
                "    target: {value: 90, date: 2014-09-30}\n    actuals:\n"
                "      - {date: 2014-06-30, value: EARLIER}\n"
                "      - {date: 2014-09-30, value: 0}\n")
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment.replace("UNIT", "    unit: '%'\n")
                         .replace("EARLIER", "99.1"))
    tester.assert_fails(fragment.replace("UNIT", "    unit: '%'\n")
                        .replace("EARLIER", "0"), [("PS05", 9)])  # nothing ever done
    tester.assert_fails(fragment.replace("UNIT", "    unit: applications\n")
                        .replace("EARLIER", "99"), [("PS05", 9)])  # a count can be 0


def test_readings_that_repeat_the_start_value_before_the_target_is_due_are_not_judged() -> None:
    """A priority goal's data repeats a count's start value (79,600 gun locks, the year
    before's total) in each quarter: the figure carried forward, not a measured stall.
    Once a reading moves, or the target falls due, it is judged."""
    fragment = dedent("""\
        plan: {as_of: 2022-09-30}
        metrics:
          - id: M1
            title: Number of gun locks distributed to community providers
            direction: increase
            baseline: {value: 79600, date: 2021-09-30}
            target: {value: 159200, date: DUE}
            actuals:
              - {date: 2021-12-31, value: 79600}
              - {date: 2022-06-30, value: LATEST}
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment.replace("DUE", "2023-09-30").replace("LATEST", "79600"))
    tester.assert_fails(fragment.replace("DUE", "2023-09-30").replace("LATEST", "80000"),
                        [("M1", 10)])
    tester.assert_fails(fragment.replace("DUE", "2022-06-30").replace("LATEST", "79600"),
                        [("M1", 10)])


def test_a_milestone_whose_objective_is_reported_by_its_sub_objectives() -> None:
    fragment = ("plan: {as_of: 2019-11-11}\ngoals:\n"
                "  - {id: '2', title: Build the platform, metrics: [K1]}\n"
                "  - {id: '2.1', title: Deliver the roadmap, parent: '2', metrics: [K2]}\n"
                "metrics:\n  - {id: K1, title: Introduce automation product, "
                "target: {value: 1, date: 2019-09-30}}\n"
                "  - {id: K2, title: Identify engineering owners, "
                "target: {value: 1, date: 2019-09-30}RECORD}\n")
    tester = RuleTester(stale_metric)
    tester.assert_passes(fragment.replace("RECORD", ", actuals: [{date: 2019-09-30, value: 1}]"))
    tester.assert_fails(fragment.replace("RECORD", ""), [("plan", 1)])  # nothing recorded


class TestPlanNeverRead:
    PLAN = dedent("""\
        planlint: 1
        plan: {id: P, title: T, horizon: {start: 2017-05-15, end: 2030-12-31}}
        reviews: [{id: R, title: Annual update to the council, cadence: annual}]
        metrics:
          - id: M1
            title: Traffic deaths per 100,000 people each year
            baseline: {value: 6.8, date: 2017-04-28}
            target: {value: 0, date: 2030-12-31}
        """)

    def test_a_measure_never_read_a_year_and_a_half_in_fires(self) -> None:
        # no cadence: a year, and the six months an annual figure takes to be counted
        RuleTester(plan_never_read, as_of=D("2018-11-13")).assert_passes(self.PLAN)
        [finding] = RuleTester(plan_never_read, as_of=D("2018-11-15")).assert_fails(
            self.PLAN, [("M1", None)])
        assert "no reading since its measurement began on 2017-05-15, and no measure of " \
            "the plan has one; its first was due by 2018-11-14" in finding.message

    def test_several_measures_never_read_fire_once_at_the_plan(self) -> None:
        fragment = self.PLAN + indent(dedent("""\
            - id: M2
              title: Serious injuries per 100,000 people each year
              target: {value: 0, date: 2030-12-31}
            """), "  ")
        [finding] = RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_fails(
            fragment, [("P", None)])
        assert "all 2 measures whose first reading is due have none" in finding.message

    def test_a_reading_since_measurement_began_passes(self) -> None:
        fragment = self.PLAN + "    actuals: [{date: 2018-12-31, value: 6.1}]\n"
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(fragment)
        # any measure read keeps the plan silent: the others' lapses are stale-metric's
        other = self.PLAN + indent(dedent("""\
            - id: M2
              title: Share of trips made by bicycle
              cadence: annual
              actuals: [{date: 2018-12-31, value: 3}]
            """), "  ")
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(other)

    def test_a_measure_with_a_rhythm_owes_its_first_reading_to_stale_metric(self) -> None:
        monthly = self.PLAN.replace("    baseline:", "    cadence: monthly\n    baseline:")
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(monthly)
        RuleTester(stale_metric, as_of=D("2019-06-30")).assert_fails(monthly, [("M1", None)])

    def test_a_reading_from_before_the_plan_does_not_count(self) -> None:
        fragment = self.PLAN + "    actuals: [{date: 2016-12-31, value: 6.8}]\n"
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_fails(fragment, [("M1", None)])

    def test_what_owes_no_reading_yet_passes(self) -> None:
        slow = self.PLAN.replace("    baseline:", "    cadence: P5Y\n    baseline:")
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(slow)
        event = self.PLAN.replace("    baseline:", "    cadence: per event\n    baseline:")
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(event)
        milestone = dedent("""\
            planlint: 1
            plan: {id: P, title: T, horizon: {start: 2017-05-15, end: 2030-12-31}}
            metrics:
              - {id: M1, title: Open the cycle hire scheme, target: {value: 1, date: 2025-06-30}}
            """)
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(milestone)
        withheld = self.PLAN.replace("title: T,", "title: T, withheld: [actuals],")
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(withheld)

    def test_a_quarter_never_graded_is_one_finding_not_one_a_key_result(self) -> None:
        # a quarter's OKR page that records no result: each key result's period ended
        # long ago, and so did the milestone's date; the cause is the plan's, said once
        quarter = dedent("""\
            planlint: 1
            plan: {id: P, title: T, as_of: 2020-01-31,
                   horizon: {start: 2018-01-01, end: 2018-03-31}}
            metrics:
              - {id: K1, title: 100 new clubs, target: {value: 100, date: 2018-03-31}}
              - {id: K2, title: Secure $300K in commitments, unit: USD,
                 target: {value: 300000, date: 2018-03-31}}
              - {id: K3, title: Launch the new website, target: {value: 1, date: 2018-03-31}}
            """)
        RuleTester(plan_never_read, as_of=D("2020-01-31")).assert_fails(quarter, [("P", None)])
        RuleTester(stale_metric, as_of=D("2020-01-31")).assert_passes(quarter)
        # read once, the plan reports its results: each lapse is stale-metric's again
        read = quarter.replace("date: 2018-03-31}}\n  - {id: K2",
                               "date: 2018-03-31}, actuals: [{date: 2018-03-31, value: 40}]}"
                               "\n  - {id: K2")
        RuleTester(plan_never_read, as_of=D("2020-01-31")).assert_passes(read)
        RuleTester(stale_metric, as_of=D("2020-01-31")).assert_fails(
            read, [("K2", 7), ("K3", 8)])

    def test_a_plan_only_as_adopted_is_not_asked_for_readings(self) -> None:
        """A long-range plan's text, published a year and a half into its span: nothing
        in it reports progress, and that no review of it is named is no-review's."""
        text = self.PLAN.replace("reviews: [{id: R, title: Annual update to the council, "
                                 "cadence: annual}]\n", "")
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_passes(text)
        # a status of its work makes it a report, and the missing readings are asked again
        worked = text + "initiatives: [{id: I1, title: Redesign crossings, status: active}]\n"
        RuleTester(plan_never_read, as_of=D("2019-06-30")).assert_fails(worked, [("M1", None)])


def test_peoples_own_objectives_for_a_year_are_reviewed_in_their_yearly_appraisal() -> None:
    # an annual incentive's individual component, split into each officer's own goals,
    # set at the start of the fiscal year and judged by the committee after it
    fragment = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2022-10-01, end: 2023-09-30}}
        units: [{id: co, lead: ceo}]
        people:
          - {id: ceo, objectives: [IND-ceo]}
          - {id: cfo, objectives: [IND-cfo]}
        goals:
          - {id: IND, title: Individual performance, unit: co}
          - {id: IND-ceo, title: The CEO's individual goals, parent: IND, owner: ceo}
          - {id: IND-cfo, title: The CFO's individual goals, parent: IND, owner: cfo}
        reviews:
          - {id: R1, title: Committee's November evaluation, cadence: annual, covers: [IND]}
        """)
    tester = RuleTester(review_cadence_too_slow)
    tester.assert_passes(fragment)
    # a part in nobody's performance plan, or a review less than yearly: still asked
    tester.assert_fails(fragment.replace("objectives: [IND-cfo]", "objectives: []"),
                        [("R1", 12)])
    tester.assert_fails(fragment.replace("cadence: annual", "cadence: P2Y"), [("R1", 12)])


class TestUnansweredOffTrackRating:
    BLOCKED = dedent("""\
        planlint: 1
        plan: {id: P, title: T, as_of: 2015-04-28}
        goals:
          - id: G1
            title: Move the sites to Community IT
            due: 2015-12-31
            actuals:
              - {date: 2015-04-28, text: "Working on it -> blocked from Community IT side"}
        """)

    def test_a_result_that_says_the_work_is_blocked_by_something_fires(self) -> None:
        RuleTester(unanswered_off_track_rating).assert_fails(
            self.BLOCKED, [("G1", None, "is reported blocked by the plan")])
        pending = self.BLOCKED.replace(
            "Working on it -> blocked from Community IT side",
            "This milestone is PENDING OMB Open Data Guidance.")
        RuleTester(unanswered_off_track_rating).assert_fails(pending, [("G1", None)])

    def test_a_blocked_result_answered_or_not_blocked_passes(self) -> None:
        answered = self.BLOCKED.replace(
            "side\"}", "side\", response: escalated to the IT lead; a new date in May}")
        RuleTester(unanswered_off_track_rating).assert_passes(answered)
        RuleTester(unanswered_off_track_rating).assert_passes(
            self.BLOCKED.replace("blocked from", "not blocked from"))
        RuleTester(unanswered_off_track_rating).assert_passes(
            self.BLOCKED.replace("Working on it -> blocked from Community IT side", "Blocked"))
        RuleTester(unanswered_off_track_rating).assert_passes(
            self.BLOCKED.replace("Working on it -> blocked from Community IT side",
                                 "Moved to Community IT"))


def test_a_shortfall_the_plan_says_needs_no_action_for_a_stated_cause_is_answered() -> None:
    """A results report explains a share one point short of its target with its cause
    and its judgement that nothing is to be done (``No attention actually required since
    the target was met until five new recommendations were issued in December 2016 which
    resulted in a downward impact on the overall results``): the plan has answered the
    shortfall. A cause alone, or 'no action required' with no cause, is still reported,
    and so is a measure whose description may speak of another of its readings."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31}
        metrics:
          - id: M1
            title: Responses to recommendations assessed as fully satisfactory
            unit: '%'
            bound: at least
            target: {value: 85, date: 2017-03-31}
            actuals: [{date: 2017-03-31, value: 84}]
            description: "Explanation: No attention actually required since the target was
              met until five new recommendations were issued in December 2016 which resulted
              in a downward impact on the overall results."
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("No attention actually required since the target "
                                         "was\n      met until", "The share fell when"),
                        [("M1", None)])
    tester.assert_fails(fragment.replace(" which resulted\n      in a downward impact on "
                                         "the overall results", ""), [("M1", None)])
    tester.assert_fails(fragment.replace(
        "actuals: [{date: 2017-03-31, value: 84}]",
        "actuals: [{date: 2016-03-31, value: 84}, {date: 2017-03-31, value: 84}]"),
        [("M1", None)])


def test_a_floor_with_no_date_is_missed_once_its_goal_or_horizon_has_come() -> None:
    """A results report's floor with no date of its own (``at least 90%``, its date to
    achieve "ongoing") is due where the plan places undated targets: the report's one
    reading for its year at 80% falls short of it, not 89% of the way to a level still
    to come. Read before the horizon's end, or at the floor, it is not missed; a ceiling
    is missed the other way."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31, horizon: {start: 2016-04-01, end: 2017-03-31}}
        goals:
          - {id: G1, title: Effective mitigation of environmental effects, metrics: [M1]}
        metrics:
          - id: M1
            title: Projects whose follow-up reports show effective mitigation measures
            unit: '%'
            bound: at least
            target: {value: 90}
            actuals: [{date: 2017-03-31, value: 80}]
        """)
    tester = RuleTester(off_track_metric)
    findings = tester.assert_fails(fragment, [("M1", None)])
    assert "with no date of its own, due by 2017-03-31" in findings[0].message
    tester.assert_passes(fragment.replace("value: 80", "value: 90"))
    tester.assert_passes(fragment.replace(
        "as_of: 2017-03-31, horizon: {start: 2016-04-01, end: 2017-03-31}",
        "as_of: 2016-09-30, horizon: {start: 2016-04-01, end: 2017-03-31}").replace(
        "date: 2017-03-31, value: 80", "date: 2016-09-30, value: 80"))
    tester.assert_fails(fragment.replace("at least", "at most").replace(
        "value: 90", "value: 70").replace("value: 80", "value: 77"), [("M1", None)])


def test_a_shortfall_judged_immaterial_or_outside_control_is_answered() -> None:
    """A results report judges a miss too small to act on, with the reason (``the 2%
    variance is immaterial due to the fact that the classes are small``), or places its
    cause outside the organisation's control: the plan has answered the shortfall. A
    cause alone, 'immaterial' with no cause, and words of control that say nothing of
    the cause (``outside the scope of quality control``) are still reported."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31}
        metrics:
          - id: M1
            title: Officer graduates to approved trainee intake
            unit: '%'
            bound: at least
            target: {value: 90, date: 2017-03-31}
            actuals: [{date: 2017-03-31, value: 88}]
            description: "Explanation: the 2% variance is immaterial due to the fact that the
              classes are small."
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    tester.assert_passes(fragment.replace(
        "the 2% variance is immaterial due to the fact that the\n      classes are small",
        "most misses fell into circumstances outside of Coast Guard's control"))
    tester.assert_fails(fragment.replace("is immaterial", "arose"), [("M1", None)])
    tester.assert_fails(fragment.replace(" due to the fact that the\n      classes are "
                                         "small", ""), [("M1", None)])
    tester.assert_fails(fragment.replace(
        "the 2% variance is immaterial due to the fact that the\n      classes are small",
        "two trainees worked outside the scope of quality control"), [("M1", None)])


def test_a_reading_within_the_plans_own_margin_of_its_target_is_answered() -> None:
    """A results report says a reading short of its target is within its variance band
    (``Result is essentially within +/- 15% of target``) or within tolerance: the plan's
    own margin, a tolerance as one stated on a bound is. A margin of something else, a
    denied one, and one said of another reading are still reported."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31}
        metrics:
          - id: M1
            title: Value of community-based projects
            unit: CAD
            target: {value: 20000000, date: 2017-03-31}
            actuals: [{date: 2017-03-31, value: 16800000}]
            description: "Explanation: Result is essentially within +/- 15% of target"
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    tester.assert_passes(fragment.replace("essentially within +/- 15% of target",
                                          "within tolerance"))
    tester.assert_fails(fragment.replace("15% of target", "15% of the budget"),
                        [("M1", None)])
    tester.assert_fails(fragment.replace("is essentially within", "is not within"),
                        [("M1", None)])
    tester.assert_fails(fragment.replace(
        "actuals: [{date: 2017-03-31, value: 16800000}]",
        "actuals: [{date: 2016-03-31, value: 9000000}, {date: 2017-03-31, value: 16800000}]"),
        [("M1", None)])


def test_a_shortfall_whose_cause_and_course_the_plan_states_is_answered() -> None:
    """A progress report puts a score gain's fall down to its cause and says an action
    has begun (``have begun the process to review curriculum``), or names the means by
    which the target is to be reached (``may be attainable in the future with ... the
    new distribution center``), in its account of the year, which states the reading's
    figure: the plan has answered the shortfall. A cause with no action begun or means
    named, an action with no cause, an intention, a denial, or an account that states
    another reading's figure is still reported."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2025-06-30}
        metrics:
          - id: M1
            title: Average increase in leadership academy test scores
            unit: '%'
            bound: at least
            target: {value: 40, date: 2025-06-30}
            actuals:
              - {date: 2024-06-30, value: 45}
              - {date: 2025-06-30, value: 30}
            description: "The 30% average increase is down from 2024's 45%. This is most
              likely due to students entering with a higher pre-assessment. The program has
              begun the process to review curriculum."
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    begun = "The program has\n      begun the process to review curriculum."
    tester.assert_passes(fragment.replace(begun, "The target may be attainable in the "
                                          "future with the new\n      academy building."))
    tester.assert_passes(fragment.replace("due to", "driven by"))
    for words in ("We continue to rebuild.", "The program will start a review.",
                  "The program has\n      not started a review.",
                  "The target is attainable."):
        tester.assert_fails(fragment.replace(begun, words), [("M1", None)])
    tester.assert_fails(fragment.replace("This is most\n      likely due to students",
                                         "Students are"), [("M1", None)])
    tester.assert_fails(fragment.replace("The 30% average increase is down from 2024's 45%",
                                         "The average increase was 45% in 2024"),
                        [("M1", None)])


def test_a_shortfall_whose_target_the_plan_foresees_met_is_answered() -> None:
    """A results report's explanation foresees the target met (``it is anticipated the 95%
    compliance target will be met``, ``should exceed the target of 2000``): the plan has
    judged the shortfall one that closes. A hope, a doubt, a condition or a denial is no
    forecast and is still reported."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31}
        metrics:
          - id: M1
            title: Patented medicines priced within the guidelines
            unit: '%'
            bound: at least
            target: {value: 95, date: 2017-03-31}
            actuals: [{date: 2017-03-31, value: 92.3}]
            description: "Explanation: 92.3% are priced within the guidelines; given that
              66 medicines were still under review, it is anticipated the 95% compliance
              target will be met."
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    forecast = "it is anticipated the 95% compliance\n      target will be met"
    for words in ("the count is already at 80 and should exceed the\n      target of 95",
                  "the share is expected to reach its\n      target next year"):
        tester.assert_passes(fragment.replace(forecast, words))
    for words in ("we hope the 95% compliance\n      target will be met",
                  "it is unlikely the\n      target will be met",
                  "if they clear, the 95% compliance\n      target will be met",
                  "it is not expected the\n      target will be met",
                  "the 95% compliance\n      target will not be met"):
        tester.assert_fails(fragment.replace(forecast, words), [("M1", None)])


def test_a_shortfall_whose_work_the_plan_puts_off_to_a_time_it_names_is_answered() -> None:
    """A results report explains a share of milestones short of its target by the work
    put off to a time it names (``postponed delivery to July 2018``, ``carried over to the
    following fiscal year``): the plan re-dates the work, as a milestone's result that
    names its new date does. Put off with no time (``delayed due to legislative
    amendments``), a time named only as a cause, a denial, or a description that may
    speak of another reading is still reported."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31}
        metrics:
          - id: M1
            title: Percentage of critical milestones achieved versus planned
            unit: '%'
            bound: at least
            target: {value: 80, date: 2017-03-31}
            actuals: [{date: 2017-03-31, value: 66}]
            description: "Explanation: Shipbuilding-related delays have postponed delivery
              to July 2018."
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    for words in ("several items were carried over to the following fiscal year due to "
                  "delays",
                  "delays in regulatory approvals and tendering, shifting results into "
                  "next fiscal year",
                  "the unfinished refits were rolled over into 2018"):
        tester.assert_passes(fragment.replace(
            "Shipbuilding-related delays have postponed delivery\n      to July 2018", words))
    for words in ("One commitment was delayed due to legislative amendments of 2016",
                  "Delivery was postponed to a later phase. The yard opened in 2018",
                  "Delivery has not been postponed to 2018"):
        tester.assert_fails(fragment.replace(
            "Shipbuilding-related delays have postponed delivery\n      to July 2018",
            words), [("M1", None)])
    tester.assert_fails(fragment.replace(
        "actuals: [{date: 2017-03-31, value: 66}]",
        "actuals: [{date: 2016-03-31, value: 66}, {date: 2017-03-31, value: 66}]"),
        [("M1", None)])


def test_a_result_the_plan_grades_met_in_its_own_words_is_answered() -> None:
    """A report grades a measure ``DONE`` beside a yearly average wait over its target
    (its last three months under it), or a key result's owner says of the review it got
    ``That was the goal``: the plan judged the reading met against its own aim. A grade
    in part or denied, a grade in lower case that may be any word, and words that may
    speak of another reading are still reported."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2018-06-30}
        metrics:
          - id: M1
            title: Reduce all taxpayer call center wait times
            unit: minutes
            target: {value: 1, date: 2018-06-30}
            actuals: [{date: 2018-06-30, value: 3.7}]
            description: "Reduce customer wait times DONE; last 3 months reduced to 54
              seconds"
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    tester.assert_passes(fragment.replace("DONE", "ACHIEVED"))
    tester.assert_passes(fragment.replace("Reduce customer wait times DONE",
                                          "It got review. That was the goal"))
    for words in ("NOT DONE", "partially COMPLETED", "done", "Done", "UNDONE",
                  "That was not the goal"):
        tester.assert_fails(fragment.replace("DONE", words).replace(
            "Reduce customer wait times That was not the goal", "That was not the goal"),
            [("M1", None)])
    tester.assert_fails(fragment.replace(
        "actuals: [{date: 2018-06-30, value: 3.7}]",
        "actuals: [{date: 2017-06-30, value: 16}, {date: 2018-06-30, value: 3.7}]"),
        [("M1", None)])


def test_a_denial_is_read_only_as_far_back_as_it_reaches() -> None:
    # the words just before a match deny it; a text of many denied matches is read a
    # few words back from each, not from its start (a text of 20,000 "not blocked by"
    # took 30 s when every match searched all that came before it)
    text = "It has not yet been blocked by IT"
    assert denied(text, text.index("blocked"))
    assert not denied("It is blocked by IT", 6)
    far = "not " + "been " * 20 + "blocked by IT"
    assert not denied(far, far.index("blocked"))
    many = "not blocked by x " * 20_000
    assert denied(many, many.rindex("blocked"))


def test_a_programme_dated_before_its_period_is_not_asked_for_the_previous_periods_work() -> None:
    # an agency's programming document for 2026-2028, adopted in December 2025: the draft's
    # submission in January 2025 and work due in 2025 are the previous period's, reported in
    # that year's annual report, not in the programme
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2025-12-09, horizon: {start: 2026-01-01, end: 2028-12-31}}
        metrics:
          - {id: M1, title: Timely submission of the draft programme, source: annual report,
             target: {text: 31 January year n, date: 2025-01-31}}
          - {id: M2, title: Adopt the data strategy, target: {value: 1, date: 2025-06-30}}
          - {id: M3, title: Member States using the frameworks, source: survey,
             targets: [{value: 5, date: 2025-03-31}], target: {value: 20, date: 2028-12-31}}
        initiatives:
          - {id: I1, title: KPI improvement project, end: 2025-12-04}
          - {id: I2, title: Office move, end: 2025-11-30, status: active}
        """)
    RuleTester(stale_metric).assert_passes(fragment)
    RuleTester(overdue_initiative).assert_passes(fragment)
    # judged within its period, a plan reports what was due before
    for rule, owed in ((stale_metric, {"M1", "M2", "M3"}), (overdue_initiative, {"I1", "I2"})):
        findings = RuleTester(rule, as_of=D("2026-02-15")).findings(fragment)
        assert {finding.node for finding in findings} == owed


class TestUnderspentBudget:
    FRAGMENT = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2025-01-01, end: 2025-12-31}, as_of: 2025-12-31}
        initiatives:
          - {id: I1, title: Tank site, status: active}
          - {id: I2, title: Meter install, status: planned}
          - {id: I3, title: Hydrant upgrades, status: done}
          - {id: I4, title: Overlay project, status: active}
          - {id: I5, title: Well design, status: cancelled}
        changes:
          - {date: 2025-12-31, item: I4, field: end, from: 2025-12-31, to: 2026-12-31}
        budgets:
          - {id: B1, amount: 269400, spent: 257.57, currency: USD, period: '2025', funds: [I1]}
          - {id: B2, amount: 10000, spent: 0, currency: USD, period: '2025', funds: [I2]}
          - {id: B3, amount: 225000, spent: 90000, currency: USD, period: '2025', funds: [I3]}
          - {id: B4, amount: 91000, spent: 387, currency: USD, period: '2025', funds: [I4]}
          - {id: B5, amount: 5000, spent: 0, currency: USD, period: '2025', funds: [I5]}
          - {id: B6, amount: 1500, spent: 0, currency: USD, period: '2025', funds: all}
          - {id: B7, amount: 40000, spent: 5622, currency: USD, period: '2025'}
          - {id: B8, amount: 8000, spent: 4000, currency: USD, period: '2025', funds: [I1]}
          - {id: B9, amount: 12, spent: 2, currency: FTE, period: '2025', funds: [I1]}
          - {id: B10, amount: 500000, spent: 35449, currency: USD, period: '2025', funds: [I1],
             response: plans are resubmitted to the County; fees are paid as they come}
        """)

    def test_money_for_named_work_left_mostly_unspent_after_the_period_is_reported(
            self) -> None:
        """Less than half spent, with no word on it, of a line paying for work that is
        neither done, stopped nor moved: a line of running costs, one paying for no named
        work, people's time, half spent, and an explained variance are left alone."""
        first, second = RuleTester(underspent_budget).assert_fails(
            self.FRAGMENT, [("B1", 12), ("B2", 13)])
        assert first.field == "spent"
        assert "spent 257.57 USD of 269,400 (0%)" in first.message
        assert "spent 0 USD of 10,000 (0%)" in second.message

    HELD_BACK = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2016-04-01, end: 2017-03-31}, as_of: 2017-11-01}
        goals:
          - id: G1
            title: Timely appeal decisions
            metrics:
              - {id: M1, title: Appeals decided within 90 days, unit: "%", bound: at least,
                 target: {value: 80, date: 2017-03-31},
                 actuals: [{date: 2017-03-31, value: 55}]}
          - id: G2
            title: Reliable shore assets
            metrics:
              - {id: M2, title: Condition rating of beacons, bound: at most,
                 target: {value: 2, date: 2017-03-31},
                 actuals: [{date: 2017-03-31, value: 4,
                            response: the equipment is no longer supported; parts are bought used}]}
          - id: G3
            title: Records guidance used
            metrics:
              - {id: M3, title: Institutions at a records event, unit: "%", bound: at least,
                 target: {value: 60, date: 2017-03-31},
                 actuals: [{date: 2017-03-31, value: 60}]}
        initiatives:
          - {id: I1, title: Refugee appeal program, supports: [G1]}
          - {id: I2, title: Shore asset program, supports: [G2]}
          - {id: I3, title: Records program, supports: [G3]}
          - {id: I4, title: Ocean forecasting program, supports: [G1]}
        budgets:
          - {id: B1, amount: 16743474, spent: 13519013, currency: CAD, period: 2016-17,
             funds: [I1]}
          - {id: B1-FTE, amount: 120, spent: 91, currency: FTE, period: 2016-17, funds: [I1]}
          - {id: B2, amount: 157583629, spent: 117228739, currency: CAD, period: 2016-17,
             funds: [I2]}
          - {id: B2-FTE, amount: 719, spent: 623.3, currency: FTE, period: 2016-17,
             funds: [I2]}
          - {id: B3, amount: 4695177, spent: 3788193, currency: CAD, period: 2016-17,
             funds: [I3]}
          - {id: B3-FTE, amount: 67, spent: 44, currency: FTE, period: 2016-17, funds: [I3]}
          - {id: B4, amount: 34380387, spent: 21245675, currency: CAD, period: 2016-17,
             funds: [I4]}
          - {id: B4-FTE, amount: 15, spent: 62, currency: FTE, period: 2016-17, funds: [I4]}
        """)

    def test_money_and_staff_left_unused_while_the_work_fell_short_is_reported(
            self) -> None:
        """More than a tenth of the money and of the people's time for the same work left
        unused, while a measure of that work fell short (off track, or answered by the
        plan): the work was held back. Results met (B3) or staff used in full (B4) are
        left alone."""
        first, second = RuleTester(underspent_budget).assert_fails(
            self.HELD_BACK, [("B1", 29), ("B2", 32)])
        assert "its people's time 91 of 120 FTE (76%)" in first.message
        assert "metric M1" in first.message and "fell short" in first.message
        assert [related.node for related in first.related] == ["B1-FTE", "M1"]
        assert "metric M2" in second.message

    def test_a_shortfall_the_plan_answers_in_its_words_still_shows_the_work_held_back(
            self) -> None:
        """A measure whose shortfall off-track-metric leaves alone because the plan's words
        on the reading answer it (a forecast that the target will be met while items are
        still under review) fell short all the same: the money and staff left unused with
        it are reported, as with a ``response``."""
        plan = self.HELD_BACK.replace(
            "actuals: [{date: 2017-03-31, value: 55}]}",
            "actuals: [{date: 2017-03-31, value: 55}],\n"
            "                 description: '55% of appeals were decided within 90 days;"
            " given that\n                   40 appeals are still under review, it is"
            " anticipated the\n                   target will be met.'}")
        RuleTester(off_track_metric).assert_passes(plan)
        RuleTester(underspent_budget).assert_fails(plan, [("B1", 32), ("B2", 35)])

    def test_money_left_unused_with_staff_in_full_is_not_held_back(self) -> None:
        RuleTester(underspent_budget).assert_passes(self.HELD_BACK.replace(
            "spent: 91,", "spent: 119,").replace("spent: 623.3,", "spent: 700,"))

    def test_a_plan_whose_period_is_still_running_is_not_judged(self) -> None:
        RuleTester(underspent_budget).assert_passes(
            self.FRAGMENT.replace("as_of: 2025-12-31", "as_of: 2025-10-31"))


def test_a_change_ideas_only_measure_setting_its_indicators_target_is_read_there() -> None:
    plan = ("planlint: 1\nplan: {as_of: 2026-04-01, horizon: {start: 2025-04-01, "
            "end: 2026-03-31}}\n"
            "goals: [{id: G1, title: Faster offload, metrics: [{id: G1-m, title: Offload time, "
            "unit: minutes, target: {value: 107, date: 2026-03-31}, "
            "actuals: [{date: 2026-03-31, value: 104}]}]}]\n"
            "initiatives:\n  - id: C1\n    title: Escalation plan\n    supports: [G1]\n"
            "    metrics:\n"
            "      - {id: C1-p, title: Wait time metrics, target: {text: Target set at 107 "
            "minutes}}\n")
    RuleTester(stale_metric).assert_passes(plan)
    # another target than the indicator's is a figure of its own, asked for
    RuleTester(stale_metric).assert_fails(plan.replace("set at 107", "set at 100"),
                                          [("C1-p", 9)])
    # so is a measure beside another of the same work (the wait per shift, the shifts filled)
    RuleTester(stale_metric).assert_fails(
        plan + "      - {id: C1-q, title: Shifts filled, target: {value: 90}, "
               "actuals: [{date: 2026-03-31, value: 71}]}\n", [("C1-p", 9)])


def test_a_change_in_words_is_read_against_a_target_stated_as_a_change() -> None:
    """A climate plan states its targets as a change from a base year whose value it does
    not give (``25 percent below 2006 levels`` by 2025) and reports progress the same way,
    in words: the reading is a change from the same baseline, on a line from 0% at the
    baseline's date to the target's change at its date."""
    fragment = dedent("""\
        plan: {as_of: 2017-02-20}
        metrics:
          - id: M1
            title: Reduce greenhouse gas emissions by 25 percent below 2006 levels
            direction: decrease
            baseline: {text: 2006 levels, date: 2006-12-31}
            target: {change: -25%, date: 2025-12-31}
            actuals:
              - {date: 2016-12-31, text: "READING"}
        """)
    tester = RuleTester(off_track_metric)
    for behind in ("5% reduction in greenhouse gas emissions", "emissions increased",
                   "waste levels increased; 44% reduction needed", "8% below 2006 levels"):
        tester.assert_fails(fragment.replace("READING", behind), [("M1", 9)])
    for passed in ("15% reduction in greenhouse gas emissions",  # 15 of 13.2 expected
                   "emissions decreased",  # its way, by how much not said
                   "20% reduction needed",  # a change still to come
                   "Reporting moved to the new inventory"):
        tester.assert_passes(fragment.replace("READING", passed))
    # a share in percent may state its change in points: not read
    tester.assert_passes(fragment.replace("READING", "5% reduction")
                         .replace("    direction:", "    unit: '%'\n    direction:"))


def test_a_key_result_handed_to_another_team_with_the_reason_is_answered() -> None:
    """A team's key result passed mid-quarter to someone of another team, recorded as a
    change of its owner with the reason (``KR3 Dominik from CD Strategy Team
    responsible``), is the plan's answer to the box left unticked at the close: that team
    delivers it now. A handover within the team, or one with no reason, is still
    reported."""
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2016-03-31, horizon: {start: 2016-01-01, end: 2016-03-31}}
        units: [{id: participation}, {id: cd-strategy}]
        people:
          - {id: brian, unit: participation}
          - {id: william, unit: participation}
          - {id: dominik, unit: cd-strategy}
        goals: [{id: G1, unit: participation, metrics: [KR3]}]
        metrics:
          - id: KR3
            title: Established new participation health metric for Connected Devices
            owner: dominik
            actuals: [{date: 2016-03-31, value: 0}]
        changes:
          - {date: 2016-03-15, item: KR3, field: owner, from: brian, to: dominik,
             reason: other things are being driven by other teams}
        """)
    tester = RuleTester(off_track_metric)
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("to: dominik", "to: william").replace(
        "owner: dominik", "owner: william"), [("KR3", None)])
    tester.assert_fails(fragment.replace(
        ",\n     reason: other things are being driven by other teams", ""), [("KR3", None)])


def test_a_plan_only_as_adopted_is_not_asked_for_results_before_it_ends() -> None:
    """A plan page for 2022-2029 that still shows its 2022-2024 targets, nothing in it a
    report of progress, gives its results in other documents; the same plan reporting a
    reading of another measure is asked for them."""
    plan = ("planlint: 1\nplan: {as_of: 2025-08-02, horizon: {start: 2022-01-01, "
            "end: 2029-12-31}}\nmetrics:\n  - {id: M1, title: Students scoring 450 in the "
            "TOEFL, unit: '%', baseline: {value: 20, date: 2022-01-01}, "
            "target: {value: 50, date: 2024-12-31}}\n")
    RuleTester(stale_metric).assert_passes(plan)
    RuleTester(stale_metric).assert_fails(
        plan + "  - {id: M2, title: Lecturers with an academic rank, unit: '%', "
        "target: {value: 90, date: 2024-12-31}, actuals: [{date: 2024-12-31, value: 85}]}\n",
        [("M1", None)])
