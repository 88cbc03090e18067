"""PL2 metrics rules."""

from __future__ import annotations

import re
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest
from hypothesis import given, settings

from planlint import Config, lint
from planlint.commands import EXAMPLE
from planlint.errors import UsageError
from planlint.ruledef import Rule
from planlint.rules import cadence, metrics, rules_in, sources, targets, units, unmeasured
from planlint.rules.alignment import uncascaded_goal
from planlint.rules.baselines import metric_without_baseline
from planlint.rules.cadence import metric_without_cadence
from planlint.rules.leadership import unowned_metric
from planlint.rules.metrics import orphan_metric
from planlint.rules.sources import metric_without_source
from planlint.rules.targets import (
    metric_without_target,
    target_after_goal_due,
    target_contradicts_direction,
)
from planlint.rules.units import metric_without_unit
from planlint.rules.unmeasured import unmeasured_goal
from planlint.testing import RuleTester, plan_from
from planlint.testing.strategies import plans
from tests.conftest import Write

COMPLETE = """\
planlint: 1
goals:
  - {id: G1, due: 2003-12-31, metrics: [M1]}
metrics:
  - id: M1
    title: Operating profit
    unit: USD m
    direction: increase
    baseline: {value: -5000, date: 2000-12-31}
    target: {value: 0, date: 2003-12-31}
    cadence: monthly
    source: Group financial reporting
"""


@pytest.mark.parametrize("rule", [
    unmeasured_goal, metric_without_target, metric_without_baseline, metric_without_unit,
    metric_without_cadence, orphan_metric, target_contradicts_direction,
    metric_without_source, target_after_goal_due])
def test_a_complete_metric_passes(rule: Rule) -> None:
    RuleTester(rule).assert_passes(COMPLETE)


@pytest.mark.parametrize(("rule", "field"), [
    (metric_without_target, "target"), (metric_without_baseline, "baseline"),
    (metric_without_unit, "unit"), (metric_without_cadence, "cadence"),
    (metric_without_source, "source")])
def test_a_missing_field_fires_at_the_metric(rule: Rule, field: str) -> None:
    lines = [line for line in COMPLETE.splitlines() if not line.strip().startswith(field)]
    [finding] = RuleTester(rule).assert_fails("\n".join(lines) + "\n", [("M1", 5)])
    assert finding.message.startswith("metric M1 (Operating profit)")
    assert field in finding.message


def test_missing_fields_are_checked_on_inline_and_orphan_metrics() -> None:
    fragment = """\
planlint: 1
goals:
  - id: G1
    metrics:
      - {id: M1, title: Profit, target: {value: 5}}
metrics:
  - {id: M2, target: {value: 5}}
"""
    complete = "".join(f"  - {{id: {name}, title: Cost, unit: USD, cadence: monthly, "
                       "source: Books, baseline: {value: 3}, target: {value: 2}}\n"
                       for name in ("M3", "M4"))
    for rule in (metric_without_baseline, metric_without_unit):
        RuleTester(rule).assert_fails(fragment + complete, [("M1", 5), ("M2", 7)])
    for rule in (metric_without_baseline, metric_without_unit, metric_without_cadence,
                 metric_without_source):
        # no metric has it: the plan does not follow the practice, reported once
        [finding] = RuleTester(rule).assert_fails(
            fragment + "  - {id: M5, target: {value: 1}}\n", [("plan", None)])
        assert finding.message.startswith("all 3 metrics ")
        assert [related.node for related in finding.related] == ["M1", "M2", "M5"]


def test_a_unit_the_plan_states_once_for_all_its_measures_is_each_one_s() -> None:
    scored = ("planlint: 1\nplan: {metrics_unit: normalised score of 0 to 100}\nmetrics:\n"
              + "".join(f"  - {{id: M{n}, title: Audit rating, target: {{value: 80}}}}\n"
                        for n in range(1, 4)))
    RuleTester(metric_without_unit).assert_passes(scored)
    # without the plan's statement the plan is reported, as before
    RuleTester(metric_without_unit).assert_fails(
        scored.replace("{metrics_unit: normalised score of 0 to 100}", "{id: p}"),
        [("p", None)])


@pytest.mark.parametrize(("title", "value"), [
    ("People assisted in emergencies in December and January", 8232),
    ("People who used the reunification service during a disaster", 7660),
    ("People in Fiji reached with emergency relief items", 16000),
    ("Socially isolated people over 65 supported to stay connected", 2500),
    ("Refugees and asylum seekers who received emergency relief grants", 8000),
    ("People who had experienced trafficking we worked with", 250),
    ("First aid kits assembled by Australians living with disability", 11000),
    ("Existing store premises relocated", 12),
    ("Media mentions", 51000),
    ("Human services contracts", 32),
    ("Volunteer assignments in the international development program", 509),
    ("Civil actions (including CMPs and self-disclosures)", 682),
    # plurals joined by a slash count either: blogs and articles
    ("Blogs/articles published by the foundation", 5),
    # things told apart, each counted once: only a count of them can be meant
    ("Unique organisations contribute to projects", 6),
    ("Unique organisations RFC feedback", 4),
    ("Distinct visitors", 1200),
    # things that took something up, each counted by that act, not a share in a state
    ("Partner institutions and organizations adopting women-centered policies", 12),
    ("Schools and colleges adopting the new curriculum", 40),
    ("Farmers adopting drought-tolerant seed varieties", 40),
    # things that got something from the work, or did or got it, said in the present or
    # the perfect, as results frameworks word their rows
    ("Students benefiting from direct interventions to enhance learning", 944565),
    ("Families have received children's books to foster reading at home", 62500),
    ("Basic education public schools design improvement plans based on the test results",
     900),
    ("Schools and colleges adopt the new curriculum", 40),
    # what the things are for is no condition of a share of them
    ("Pre-investment studies for all ECCE official centers intervened by the project", 74),
])
def test_a_title_naming_the_things_it_counts_states_its_unit(title: str, value: int) -> None:
    RuleTester(metric_without_unit).assert_passes(
        f"planlint: 1\nmetrics:\n  - {{id: M1, title: {title}, "
        f"actuals: [{{date: 2016-06-30, value: {value}}}]}}\n")


@pytest.mark.parametrize("title", [
    "Canada's health research specialization index ranking versus international levels",
    "Rank for trust and respect among Australian charities",
])
def test_a_rank_is_its_own_unit(title: str) -> None:
    """A measure that names a rank or ranking reads its figures as positions (2, for
    second among the G7): a position needs no unit beyond what it ranks among; a bare
    index of the same figure is still asked for one."""
    plan = ("planlint: 1\nmetrics:\n  - {{id: M1, title: \"{title}\", "
            "target: {{value: 2, date: 2017-03-31}}}}\n")
    RuleTester(metric_without_unit).assert_passes(plan.format(title=title))
    RuleTester(metric_without_unit).assert_fails(
        plan.format(title="Canada's health research specialization index"), [("M1", None)])


SCORECARD = """\
planlint: 1
metrics:
  - {id: M1, title: Site visits, target: {value: 15}, actuals: [{date: 2016-12-31, value: 58}]}
  - {id: M2, title: Job creation, unit: jobs, target: {value: 236}}
  - {id: M3, title: Payroll generation, unit: USD m, target: {value: 14}}
  - {id: M4, title: Capital investment, unit: USD m, target: {value: 38}}
  - {id: M5, title: TITLE, target: {value: 26}, actuals: [{date: 2016-12-31, value: 31}]}
"""


@pytest.mark.parametrize("title", ["Outreach initiative", "Marketing packages",
                                   "Pre-arranged meeting"])
def test_a_scorecard_row_labelled_by_the_things_it_counts_counts_them(title: str) -> None:
    """A bare label naming things, singular or plural, with a whole goal and reading of 10
    or more, counts them where the scorecard labels a count so (``Site visits``)."""
    RuleTester(metric_without_unit).assert_passes(SCORECARD.replace("TITLE", title))
    # alone, with nothing in the plan read as a count labelled so, it is still asked
    RuleTester(metric_without_unit).assert_fails(
        SCORECARD.replace("TITLE", title).replace("Site visits", "Site readiness"),
        [("M1", None), ("M5", None)])


@pytest.mark.parametrize("title", ["Media coverage", "Park quality rating", "Recycling",
                                   "Students", "Customer satisfaction"])
def test_a_scorecard_row_naming_a_level_share_or_people_is_still_asked(title: str) -> None:
    """A label naming a level, a share, an amount, an act in the mass or people may mean
    other than a count of things: still asked its unit beside a count labelled so."""
    RuleTester(metric_without_unit).assert_fails(SCORECARD.replace("TITLE", title),
                                                 [("M5", None)])


def test_a_figure_after_a_label_of_things_counts_them() -> None:
    """A title writing its target after the bare name of the things (``Twitter: Likes:
    800``) counts them; after a name of something else it does not."""
    plan = ("planlint: 1\nmetrics:\n  - {id: M1, title: 'Twitter: Likes: 800', "
            "target: {value: 800}}\n")
    RuleTester(metric_without_unit).assert_passes(plan)
    RuleTester(metric_without_unit).assert_fails(plan.replace("Likes", "Reach"),
                                                 [("M1", None)])


def test_a_score_read_from_a_named_survey_is_in_its_points() -> None:
    """A score whose source names the survey it is read from is in that survey's points;
    a survey of no name (``staff survey``) gives no scale."""
    plan = ("planlint: 1\nmetrics:\n  - {id: M1, title: Employee engagement score (Group), "
            "source: 'Furukawa E-Survey, score of sustainable engagement', "
            "target: {value: 65}, actuals: [{date: 2024-03-31, value: 63}]}\n")
    RuleTester(metric_without_unit).assert_passes(plan)
    RuleTester(metric_without_unit).assert_fails(
        plan.replace("Furukawa E-Survey", "annual staff survey"), [("M1", None)])


def test_a_target_statement_asking_a_change_in_the_number_of_things_names_them() -> None:
    """A priority goal's indicator named by what it is about, whose target statement asks
    to change the number of things, counts those things: they are its unit."""
    plan = ("planlint: 1\nmetrics:\n  - {id: M1, title: Hospital participation in "
            "Perinatal Quality Collaboratives, description: 'Increase by 10% the number of "
            "hospitals participating in Perinatal Quality Collaboratives', "
            "target: {value: 1958, date: 2023-09-30}}\n")
    RuleTester(metric_without_unit).assert_passes(plan)
    # a statement that asks a change in something else names no unit
    RuleTester(metric_without_unit).assert_fails(
        plan.replace("the number of hospitals", "the quality of hospitals"), [("M1", None)])


def test_the_number_of_an_indicator_a_title_cites_is_no_target() -> None:
    """``[EUTF Common output indicator 1.2.]`` labels the donor's indicator the measure
    reports to; it states no figure to aim at, so a measure whose target is ``TBC``
    has none."""
    RuleTester(metric_without_target).assert_fails(
        "planlint: 1\nmetrics:\n  - {id: M1, title: 'Number of MSMEs created or supported "
        "[EUTF Common output indicator 1.2.]'}\n", [("M1", None)])


@pytest.mark.parametrize("title", [
    "N° of institutions that improved training programmes",
    "Nº of training course beneficiaries (students)",
    "No. of rural districts benefitting from training modules",
])
def test_the_abbreviations_of_number_of_state_a_count_s_unit(title: str) -> None:
    """``N°`` (``Nº``) and ``No.`` before ``of`` abbreviate ``Number of``, as logframes
    written or translated from French, Spanish or Portuguese do: the unit is the things
    counted."""
    RuleTester(metric_without_unit).assert_passes(
        f"planlint: 1\nmetrics:\n  - {{id: M1, title: {title}, target: {{value: 3}}}}\n")


@pytest.mark.parametrize(("title", "value"), [
    ("Annual community GHG emissions (compared to 2005)", -12),
    ("Annual community GHG emissions", 45000),
    ("Students who meet the reading standard", 45),
    ("Students in poverty", 45),
    ("Municipal buildings rating", 3.5),
    ("Riders satisfied with their trip", 68),
    ("Walkways in fair or better condition", 65),
    ("GHG emissions reduced by building programs", 4000),
    ("Students in poverty (including those in temporary housing)", 45),
    # a fraction is a share or a rate, whatever the things did
    ("Partner institutions adopting women-centered policies", 12.5),
    ("Students benefiting from direct interventions", 12.5),
    # a verb that states a condition, of which a share may be meant
    ("Local trusts have achieved the standard", 40),
    ("Students meet the reading standard", 45),
    # a phrase after ``for`` that is a clause on the things, not what they are for
    ("Schools for which data are complete", 40),
])
def test_a_comparison_an_amount_or_a_share_of_people_is_no_count(title: str,
                                                                  value: float) -> None:
    RuleTester(metric_without_unit).assert_fails(
        f"planlint: 1\nmetrics:\n  - {{id: M1, title: {title}, "
        f"actuals: [{{date: 2016-06-30, value: {value}}}]}}\n", [("M1", None)])


def test_deliverables_the_plan_says_are_done_or_not_are_not_asked_for_units_or_targets(
        ) -> None:
    """``metrics_kind: milestone`` ("Most of our goals aren't quantifiable: we do it or
    don't do it") makes milestones of the noun-phrase deliverables whose wording tells no
    kind; a measure whose wording tells a level (a share) is still asked."""
    deliverables = ("planlint: 1\nplan: {id: p, metrics_kind: milestone}\nmetrics:\n"
                    "  - {id: M1, title: YouTube channel}\n"
                    "  - {id: M2, title: Community etiquette}\n"
                    "  - {id: M3, title: Discourse up & running}\n"
                    "  - {id: M4, title: Share of issues answered within a day, unit: '%',"
                    " target: {value: 90, date: 2021-12-31}}\n")
    for rule in (metric_without_unit, metric_without_target):
        RuleTester(rule).assert_passes(deliverables)
    # without the plan's statement they are read as levels, and the plan is reported for
    # their targets (and, once one states a figure, for their units)
    levels = deliverables.replace(", metrics_kind: milestone", "")
    RuleTester(metric_without_target).assert_fails(levels, [("p", None)])
    RuleTester(metric_without_unit).assert_fails(
        levels.replace("YouTube channel}", "YouTube channel, target: {value: 5}}"),
        [("p", None)])
    RuleTester(metric_without_baseline).assert_fails(deliverables, [("M4", None)])


def test_a_count_watched_without_a_target_still_counts_what_it_names() -> None:
    watched = ("planlint: 1\nmetrics:\n"
               "  - {id: M1, title: Investigation reports completed, kind: indicator, "
               "actuals: [{date: 2026-06-30, value: 7678}]}\n"
               "  - {id: M2, title: New enrollments in programs, kind: indicator, "
               "actuals: [{date: 2026-06-30, value: 74}]}\n"
               + "".join(f"  - {{id: P{n}, title: On time completion, unit: '%', "
                         f"target: {{value: 90}}}}\n" for n in range(1, 5)))
    # the plan tells the kind (watched, no target): the wording still names the unit
    RuleTester(metric_without_unit).assert_passes(watched)
    # a title that names no count is asked for its unit, told an indicator or not
    RuleTester(metric_without_unit).assert_fails(
        watched.replace("Investigation reports completed", "Investigation report quality"),
        [("M1", None)])


def test_a_plan_that_names_most_sources_is_not_asked_for_the_rest() -> None:
    sourced = "".join(f"  - {{id: M{n}, title: Cost, source: Books, target: {{value: 2}}}}\n"
                      for n in range(3, 6))
    plan = "planlint: 1\nmetrics:\n  - {id: M1, title: Customer net promoter score}\n" \
           "  - {id: M2, title: Dealer satisfaction, target: {value: 80}}\n" + sourced
    RuleTester(metric_without_source).assert_passes(plan)
    # lacking in more than a third of the measures, it is the plan's practice
    RuleTester(metric_without_source).assert_fails(
        plan.replace("source: Books, ", "", 1), [("plan", None)])


def test_shares_of_the_organisations_own_acts_are_read_from_its_records() -> None:
    """A students' union's targets: the share of its own reps it trained and the uptake of
    a scheme it runs, beside election turnout with no source: one of three."""
    plan = ("planlint: 1\ngoals:\n  - id: G1\n    title: Representation is effective\n"
            "    metrics:\n"
            "      - {id: M1, title: 70% of our Student Academic Reps will have completed face "
            "to face or online training, unit: '%', target: {value: 70}}\n"
            "      - {id: M2, title: Student Fellows Scheme will have a 100% uptake, and "
            "completion rate, unit: '%', target: {value: 100}}\n"
            "      - {id: M3, title: The turnout for elections will be greater than 20% of "
            "eligible voters, unit: '%', target: {value: 20}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # a share of people outside it, trained by others or in no scheme named, is asked
    RuleTester(metric_without_source).assert_fails(
        plan.replace("our Student Academic Reps", "residents").replace(
            "Student Fellows Scheme will have", "Residents will have"), [("plan", None)])


def test_a_code_quality_figure_named_with_its_analyser_names_its_source() -> None:
    plan = ("planlint: 1\ngoals:\n  - id: G1\n    title: Complete the internal refactoring\n"
            "    metrics:\n"
            "      - {id: M1, title: 'Pylint: 0 issues', target: {value: 0}}\n"
            "      - {id: M2, title: 'CodeClimate: 0% technical debt', unit: '%', "
            "target: {value: 0}}\n"
            "      - {id: M3, title: 'CodeClimate: health score A', target: {text: A}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # the same standards with no tool named say nothing of where they are read
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Pylint: ", "").replace("CodeClimate: ", ""), [("plan", None)])


def test_a_share_read_from_a_named_state_test_names_its_source() -> None:
    """A school board's goals: two proficiency rates named with the state test they are
    read from, one graduation rate with no source, a third of the measures."""
    plan = ("planlint: 1\ngoals:\n  - id: G1\n    title: Strengthen proficiency\n"
            "    metrics:\n"
            "      - {id: M1, title: Third-graders proficient in Reading on the Ohio State "
            "Test (OST), unit: '%', target: {value: 44.5}}\n"
            "      - {id: M2, title: Seventh-graders proficient in Mathematics on the Ohio "
            "State Test (OST), unit: '%', target: {value: 23.45}}\n"
            "      - {id: M3, title: Cohort students who graduate, unit: '%', "
            "target: {value: 83.2}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # the same rates with no test named are asked their source
    RuleTester(metric_without_source).assert_fails(
        plan.replace(" on the Ohio State Test (OST)", ""), [("plan", None)])


def test_a_measure_named_with_its_survey_or_census_names_its_source() -> None:
    """A team's measures named with the survey or census their figures come from, at the
    head of the title or by the survey's name after ``on the``, beside one cost with no
    source: a quarter of the measures."""
    plan = ("planlint: 1\ngoals:\n  - id: G1\n    title: Keep the team engaged\n"
            "    metrics:\n"
            "      - {id: M1, title: Engagement surveys results, target: {change: +50%}}\n"
            "      - {id: M2, title: 'Staff survey: share who would recommend us', "
            "unit: '%', target: {value: 80}}\n"
            "      - {id: M3, title: Census population, target: {value: 9000}}\n"
            "      - {id: M4, title: Customer satisfaction survey score, target: {value: 4}}\n"
            "      - {id: M5, title: Improve role satisfaction score from 86% to 88% on the "
            "Best Companies Survey, unit: '%', target: {value: 88}}\n"
            "      - {id: M6, title: Cost per hire, target: {value: 900}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # with no instrument named, the same figures are asked their source, and so is a
    # share of surveys (the things counted, not where the figure is read)
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Engagement surveys results", "Engagement").replace(
            "Staff survey: share", "Share of staff").replace(
            "Census population", "Population").replace(
            "Customer satisfaction survey score", "Customer satisfaction").replace(
            " on the Best Companies Survey", ""), [("plan", None)])
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Census population", "Percentage of surveys with user guides")
        .replace("Engagement surveys results", "Engagement"), [("plan", None)])


def test_a_research_projects_benchmark_and_own_runs_are_read_from_the_work() -> None:
    plan = ("planlint: 1\ngoals:\n  - id: G1\n    title: Improve the force field\n"
            "    metrics:\n"
            "      - {id: M1, title: A leading AI model reaches 90% success simulating a "
            "curated PDB benchmark of modified proteins, unit: '%', target: {value: 90}}\n"
            "      - {id: M2, title: Fewer MD simulation evaluations per optimization cycle, "
            "target: {value: 40}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # the same figures with neither the benchmark nor the runs named are asked their source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("simulating a curated PDB benchmark of modified proteins",
                     "in production use").replace(
            "MD simulation evaluations per optimization cycle", "support requests"),
        [("plan", None)])


def test_a_lenders_own_decisions_and_commitments_are_read_from_its_decisions() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Number of Investment Decisions per annum, target: {value: 9}}\n"
            "  - {id: M2, title: Dollar value of Investment Decisions per annum, "
            "target: {value: 2}}\n"
            "  - {id: M3, title: Total capital value of projects supported per annum, "
            "target: {value: 5}}\n"
            "  - {id: M4, title: Geographic spread across Investment Decisions made}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # what the projects then bring about outside the lender is an operational figure
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Total capital value of projects supported per annum",
                     "Unemployment rate in the region").replace(
            "Geographic spread across Investment Decisions made",
            "Revenue of the projects supported").replace(
            "Dollar value of Investment Decisions", "Dollar value of private investment"),
        [("plan", None)])


def test_a_services_own_connections_and_routing_are_read_from_the_work() -> None:
    plan = ("planlint: 1\nunits: [{id: rs, name: ReportStream}]\nmetrics:\n"
            "  - {id: M1, title: 100% of the 64 agencies are connected to ReportStream, "
            "unit: '%', target: {value: 100}}\n"
            "  - {id: M2, title: Connect at least 5 new healthcare organizations to "
            "ReportStream, target: {value: 5}}\n"
            "  - {id: M3, title: Route lab data for at least 15 reportable conditions, "
            "target: {value: 15}}\n"
            "  - {id: M4, title: Onboard 3 senders, target: {value: 3}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # a share connected to what the plan's units do not provide is a figure of performance,
    # and so are shares and times of what a service routes
    RuleTester(metric_without_source).assert_fails(
        plan.replace("64 agencies are connected to ReportStream",
                     "households are connected to the grid").replace(
            "Route lab data for at least 15 reportable conditions",
            "Route 95% of calls within 30 seconds").replace(
            "Onboard 3 senders", "Percent of households with broadband"),
        [("plan", None)])


def test_a_share_connected_to_a_service_of_the_plan_is_read_from_its_records() -> None:
    plan = ("planlint: 1\nunits: [{id: rs, name: ReportStream}]\nmetrics:\n"
            "  - {id: M1, title: 100% of the 64 agencies are connected to ReportStream, "
            "unit: '%', target: {value: 100}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # connected to what no unit of the plan provides, the share is a figure of performance
    RuleTester(metric_without_source).assert_fails(
        plan.replace("64 agencies are connected to ReportStream",
                     "households are connected to the grid"), [("M1", None)])


def test_a_strategys_evidence_named_by_its_record_names_where_it_is_read() -> None:
    # a campus improvement plan: each strategy's "Evidence that Demonstrates Success" is
    # the record its success is read from
    plan = ("planlint: 1\ngoals:\n  - {id: G1, title: Safer campus, metrics: [G1-m]}\n"
            "metrics:\n  - {id: G1-m, title: Anonymous safety posts received, "
            "target: {value: 40}}\ninitiatives:\n"
            "  - {id: S1, title: Contract drug dog visits, metrics: "
            "[{id: S1-e, title: Drug dog visit log.}]}\n"
            "  - {id: S2, title: Hold a safety day, metrics: "
            "[{id: S2-e, title: Safety day notes.}]}\n"
            "  - {id: S3, title: Recruit AVID students, metrics: "
            "[{id: S3-e, title: AVID enrollment numbers for 2015}]}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # the same evidence named by what it counts says nothing of where it is read
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Drug dog visit log.", "Drug dog visits").replace(
            "Safety day notes.", "Students at the safety day").replace(
            "AVID enrollment numbers for 2015", "AVID enrollment"), [("plan", None)])


def test_a_plan_measured_mostly_by_deliverables_counts_them_among_its_measures() -> None:
    done = "".join(f"  - {{id: D{n}, title: Launch report {n}, kind: milestone}}\n"
                   for n in range(1, 6))
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Pool availability, unit: '%', target: {value: 95}}\n"
            "  - {id: M2, title: Hall availability, unit: '%', target: {value: 95}}\n"
            "  - {id: M4, title: Member satisfaction, unit: '%', target: {value: 80}}\n"
            "  - {id: M3, title: Cost per visit, target: {value: 4}, source: Books}\n" + done)
    # three unsourced figures beside five deliverables: a few, not the plan's practice
    RuleTester(metric_without_source).assert_passes(plan)
    # where figures are most of its measures, the deliverables are left out as before
    RuleTester(metric_without_source).assert_fails(
        plan.replace(done, done[:done.index("  - {id: D3")]), [("plan", None)])


@pytest.mark.parametrize("rule", [metric_without_baseline, metric_without_unit,
                                  metric_without_source])
def test_a_key_result_only_ticked_done_or_not_is_not_asked_for_its_figures(
        rule: Rule) -> None:
    # a year of key results (a quarter's are not asked where they start at all)
    ticked = ("planlint: 1\nplan: {as_of: 2018-11-06, horizon: {start: 2017-10-01, "
              "end: 2018-09-30}}\nmetrics:\n"
              "  - {id: K1, title: Increase hashtag usage by X%, actuals: [{date: 2018-09-30, "
              "value: 0}]}\n  - {id: K2, title: Create two demos, actuals: [{date: "
              "2018-09-30, value: 1}]}\n  - {id: K3, title: Improve internal communication, "
              "actuals: [{date: 2018-09-30, value: 1}]}\n")
    RuleTester(rule).assert_passes(ticked)
    # a target other than done (1) makes it a figure to reach, judged as before
    aimed = re.sub(r"actuals: \[\{[^}]*\}\]", "target: {value: 300}", ticked)
    RuleTester(rule).assert_fails(aimed)


@pytest.mark.parametrize("words", [
    "The main indicators are broken down into each annual plan and its indicators.",
    "年度计划要滚动落实规划各项任务。将规划主要指标分解纳入年度计划指标体系",
])
def test_indicators_carried_into_each_years_plan_are_read_yearly(words: str) -> None:
    # a five-year plan whose main indicators each year's plan sets and reads
    plan = ("planlint: 1\nplan: {horizon: {start: 2026-01-01, end: 2030-12-31}, "
            f"description: '{words}'}}\nmetrics:\n"
            "  - {id: M1, title: GDP growth, target: {value: 5, date: 2030-12-31}}\n"
            "  - {id: M2, title: Urbanisation rate, target: {value: 71, date: 2030-12-31}}\n"
            "  - {id: M3, title: Forest cover, target: {value: 25.8, date: 2030-12-31}}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a plan that states no term has no years for its indicators to be carried into
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("horizon: {start: 2026-01-01, end: 2030-12-31}, ", ""),
        [("plan", None)])
    # nor does a plan that says nothing of its annual plans read them yearly
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace(words, "Main indicators."), [("plan", None)])


def test_a_plan_that_sets_no_target_is_not_asked_for_cadences() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Models available through the hub, "
            "baseline: {value: 180, date: 2024-12-31}}\n"
            "  - {id: M2, title: Researchers trained}\n"
            "  - {id: M3, title: Papers published}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # once a measure sets a target, the plan's cadences are judged
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("{id: M2, title: Researchers trained}",
                     "{id: M2, title: Researchers trained, target: {value: 300}}"),
        [("plan", None)])


def test_indicators_beside_only_end_state_objectives_are_not_asked_for_cadences() -> None:
    """A strategy's headline indicators, none with a figure, beside its one objective to
    meet by a date years ahead: the objective is judged when due, and the indicators'
    missing targets are metric-without-target's."""
    plan = ("planlint: 1\nplan: {as_of: 2023-07-26, horizon: {start: 2023-01-01, "
            "end: 2030-12-31}}\nmetrics:\n"
            + "".join(f"  - {{id: H{n}, title: {title}}}\n" for n, title in enumerate(
                ("Infant mortality", "Adults who smoke", "Suicide rates", "Fuel poverty")))
            + "  - {id: D1, title: Extra units of dementia housing, unit: units, "
            "target: {value: 1000, date: 2028-12-31}}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # an objective read on the way is tracked towards its target: still asked
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2028-12-31}}", "date: 2028-12-31}, "
                     "actuals: [{date: 2023-06-30, value: 120}]}"), [("plan", None)])
    # a plan whose measures are all such objectives is asked, its measures its targets
    objectives = plan.split("  - {id: H0")[0] + "".join(
        f"  - {{id: D{n}, title: Extra units of housing {n}, unit: units, "
        f"target: {{value: 1000, date: 2028-12-31}}}}\n" for n in range(2, 5))
    RuleTester(metric_without_cadence).assert_fails(objectives, [("plan", None)])


def test_beside_stepped_targets_a_measure_read_when_due_is_not_asked() -> None:
    """A results framework that states no cadence: its series show their rhythm by targets
    a year apart, and its other indicators are each given for one year, with that
    year's target and its result read on that date: each was read when it fell due."""
    plan = ("planlint: 1\nplan: {as_of: 2025-09-15, horizon: {start: 2022-10-26, "
            "end: 2026-09-28}}\nmetrics:\n"
            + "".join(f"  - {{id: S{n}, title: Health centres meeting standards {n}, "
                      "unit: units, targets: [{value: 10, date: 2023-12-31}, "
                      "{value: 20, date: 2024-12-31}], target: {value: 22, "
                      "date: 2025-12-31}, actuals: [{date: 2024-12-31, value: 14}]}\n"
                      for n in range(2))
            + "".join(f"  - {{id: Y{n}, title: Mental health centres in the network {n}, "
                      "unit: units, target: {value: 7, date: 2024-12-31}, "
                      "actuals: [{date: 2024-12-31, value: 0}]}\n" for n in range(2)))
    RuleTester(metric_without_cadence).assert_passes(plan)
    # one read on the way to its target is a series with no rhythm shown: still asked
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("actuals: [{date: 2024-12-31, value: 0}]}\n",
                     "actuals: [{date: 2024-06-30, value: 0}]}\n", 1),
        [("Y0", None), ("Y1", None)])


def test_an_end_state_objective_of_a_plan_with_no_horizon_counts_from_its_date() -> None:
    """A plan that states no period (no horizon, baseline or start of its goals): its one
    objective, a year and a half after the plan's date, is judged when due all the same,
    beside check-steps that name no figure (metric-without-target's)."""
    plan = ("planlint: 1\nplan: {as_of: 2018-06-11}\nmetrics:\n"
            + "".join(f"  - {{id: H{n}, title: {title}}}\n" for n, title in enumerate(
                ("Shooting reduction at the site level", "Employment, recidivism",
                 "Increased civic engagement")))
            + "  - {id: D1, title: Homicides involving youth, direction: decrease, "
            "target: {text: reduced by 25%, date: 2019-12-31}}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # within a year of the plan's date it may be read on the way: still asked
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2019-12-31", "date: 2018-12-31"), [("plan", None)])


def test_a_process_measure_is_kept_with_the_sourced_records_of_its_work() -> None:
    plan = ("planlint: 1\ninitiatives:\n"
            "  - id: S1\n    title: Screening outreach\n    metrics:\n"
            "      - {id: S1-m, title: Hold 3 screening events, target: {value: 3}, "
            "source: Evaluation database}\n"
            "      - {id: S1-e1, title: '# of screening events'}\n"
            "      - {id: S1-e2, title: '# of individuals screened'}\n"
            "      - {id: S1-e3, title: '% of individuals referred'}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # with no measure of the work naming a source, the counts' source is not evident
    RuleTester(metric_without_source).assert_fails(
        plan.replace(", source: Evaluation database", ""), [("plan", None)])


def test_the_measures_of_a_study_are_not_asked_a_target_before_it_reports() -> None:
    plan = ("planlint: 1\ngoals: [{id: G1, title: Reduce time to inpatient bed, metrics: "
            "[{id: G1-m, title: Time to inpatient bed, unit: hours, target: {value: 3}}]}]\n"
            "initiatives:\n  - id: S1\n    title: Evaluation of mid shift physician change "
            "over\n    supports: [G1]\n    metrics:\n"
            "      - {id: S1-a, title: Number of hospitals whose physicians change over mid "
            "shift}\n"
            "      - {id: S1-b, title: Physician initial assessment during change over}\n"
            "  - id: S2\n    title: Investigate disposition decision factors\n"
            "    supports: [G1]\n    metrics:\n"
            "      - {id: S2-a, title: KPIs for disposition decision factors}\n"
            "      - {id: S2-b, title: Share of delays explained, unit: '%', target: "
            "{value: 80}}\n")
    RuleTester(metric_without_target).assert_passes(plan)
    # work that is no study, or a study's measure read without a target, is asked
    RuleTester(metric_without_target).assert_fails(
        plan.replace("Evaluation of mid", "Redesign of mid"), [("S1-a", None), ("S1-b", None)])
    RuleTester(metric_without_target).assert_fails(
        plan.replace("change over}", "change over, actuals: [{date: 2001-03-31, value: 9}]}"),
        [("S1-b", None)])


def test_the_data_gathered_to_set_a_baseline_is_not_asked_a_target() -> None:
    plan = ("planlint: 1\ngoals: [{id: G1, title: Faster assessment, metrics: "
            "[{id: G1-m, title: Time to assessment, unit: minutes, target: {value: 109}}]}]\n"
            "initiatives:\n  - id: S1\n    title: Educate emergency staff\n"
            "    supports: [G1]\n    metrics:\n"
            "      - {id: S1-a, title: Daily and monthly reporting of results to establish "
            "baseline}\n")
    RuleTester(metric_without_target).assert_passes(plan)
    # a count whose target waits for its baseline names a level it could aim at: asked
    RuleTester(metric_without_target).assert_fails(
        plan.replace("Daily and monthly reporting of results", "Number of staff trained"),
        [("S1-a", None)])
    RuleTester(metric_without_target).assert_fails(
        plan.replace("establish baseline}", "establish baseline, unit: '%'}"),
        [("S1-a", None)])
    # reporting with no word of a baseline is asked too
    RuleTester(metric_without_target).assert_fails(
        plan.replace(" to establish baseline", ""), [("S1-a", None)])


def test_a_count_of_what_reviews_turn_up_is_not_asked_a_target() -> None:
    plan = ("planlint: 1\ngoals: [{id: G1, title: Timely surgery, metrics: "
            "[{id: G1-m, title: Patients waiting past target, unit: '%', target: {value: 20}}]}]\n"
            "initiatives:\n  - id: S1\n    title: Clinical review of the surgical waitlist\n"
            "    supports: [G1]\n    metrics:\n"
            "      - {id: S1-a, title: Estimated number of patients removed from waitlist for "
            "administrative reasons, actuals: [{date: 2001-03-31, value: 140}]}\n"
            "  - id: S2\n    title: Debrief every workplace violence incident\n"
            "    supports: [G1]\n    metrics:\n"
            "      - {id: S2-a, title: Incidents debriefed, unit: '%', target: {value: 100}}\n"
            "      - {id: S2-b, title: Numbers of new interventions or safety protocols "
            "introduced from department level debriefs/reviews}\n")
    RuleTester(metric_without_target).assert_passes(plan)
    # cases the work itself removes are its level: asked
    RuleTester(metric_without_target).assert_fails(
        plan.replace("for administrative reasons", "and referred to the community"),
        [("S1-a", None)])
    # a target still to come is asked
    RuleTester(metric_without_target).assert_fails(
        plan.replace("reviews}", "reviews, target: {text: TBD}}"), [("S2-b", None)])


def test_other_indicators_beside_each_objective_s_one_kpi_are_not_asked_a_target() -> None:
    read = "actuals: [{date: 2014-01-31, value: 3}]"
    plan = ("planlint: 1\ngoals:\n"
            "  - id: O1\n    metrics:\n"
            "      - {id: K1, title: Crimes per 100000 miles, target: {value: 3.39}, "
            "actuals: [{date: 2014-01-31, value: 7.55}]}\n"
            f"      - {{id: I1, title: Taxi-related crimes, {read}}}\n"
            "  - id: O2\n    metrics:\n"
            "      - {id: K2, title: Workplace injuries per 200000 hours, "
            "target: {value: 14.6}, actuals: [{date: 2013-12-31, value: 10.3}]}\n"
            "      - {id: I2, title: Lost work days due to injury, "
            "actuals: [{date: 2013-06-30, value: 3912}]}\n")
    RuleTester(metric_without_target).assert_passes(plan)
    # an objective with no targeted KPI, or two, is not that practice: its others are asked
    RuleTester(metric_without_target).assert_fails(
        plan.replace("target: {value: 14.6}, ", ""), [("plan", None)])
    RuleTester(metric_without_target).assert_fails(
        plan.replace("due to injury, ", "due to injury, target: {value: 3000}, "),
        [("I1", None)])
    # one never read, with a direction, or with a placeholder target is still asked
    other = f"Taxi-related crimes, {read}}}"
    for changed in ("Taxi-related crimes}", f"Taxi-related crimes, direction: decrease, {read}}}",
                    f"Taxi-related crimes, target: {{text: TBD}}, {read}}}"):
        RuleTester(metric_without_target).assert_fails(plan.replace(other, changed),
                                                       [("I1", None)])


def test_counts_of_work_are_not_asked_a_source_when_goals_are_rated_in_words() -> None:
    plan = ("planlint: 1\n"
            "goals: [{id: G1, title: Expand digital infrastructure, metrics: [K1]}]\n"
            "metrics:\n  - id: K1\n    title: Successful policy advice on infrastructure\n"
            "    actuals: [{date: 2015-06-30, text: READING}]\n"
            "initiatives:\n  - id: I1\n    title: Mobile Black Spot Programme\n"
            "    supports: [G1]\n    metrics:\n"
            "      - {id: I1-m, title: Base stations funded, target: {value: 250}, "
            "actuals: [{date: 2015-06-30, value: 499}]}\n")
    # the KPI is rated 'Achieved': the only figures are the programme's own results
    RuleTester(metric_without_source).assert_passes(plan.replace("READING", "Achieved"))
    # a KPI read as a figure and naming no source leaves the plan without a data practice
    RuleTester(metric_without_source).assert_fails(
        plan.replace("text: READING", "value: 3").replace(
            "Base stations funded", "Mobile coverage of the population"), [("I1-m", None)])


def test_counts_of_work_are_not_asked_a_source_when_goals_list_no_measure() -> None:
    plan = ("planlint: 1\n"
            "goals: [{id: G1, title: Develop tourism, metrics: []}]\n"
            "initiatives:\n  - id: I1\n    title: Tourism programme\n"
            "    supports: [G1]\n    metrics:\n"
            "      - {id: I1-a, title: Planes estrategicos elaborados, target: {value: 1}}\n"
            "      - {id: I1-b, title: Equipment built, target: {value: 4}}\n")
    # the goals give no figure: the only figures count the programme's own products
    RuleTester(metric_without_source).assert_passes(plan)
    # a goal measured by a figure with no source leaves the plan without a data practice
    RuleTester(metric_without_source).assert_fails(
        plan.replace("metrics: []", "metrics: [I1-b]"), [("I1-b", None)])


def test_outcome_rates_of_work_are_asked_a_source_when_goals_list_no_measure() -> None:
    """A funder's compact KPIs, every one under an activity: the rates and times read
    from systems or surveys are weighed, the activities' own outputs and progress not."""
    plan = ("planlint: 1\n"
            "goals: [{id: G1, title: Improve health and water services}]\n"
            "initiatives:\n  - id: I1\n    title: Health Centers Activity\n"
            "    supports: [G1]\n    metrics:\n"
            "      - {id: I1-a, title: Physical completion of health center facilities (%), "
            "unit: '%', target: {value: 100}}\n"
            "      - {id: I1-b, title: VIP Latrines built, target: {value: 5000}}\n"
            "      - {id: I1-c, title: extend water access to 95% of households, "
            "unit: '%', target: {value: 95}}\n"
            "      - {id: I1-d, title: Persons living with AIDS receiving treatment, "
            "target: {value: 70}}\n")
    # outputs, progress and a share stated as the work to do: counted from the work itself
    RuleTester(metric_without_source).assert_passes(plan)
    # a share of people treated and a time things take are read from systems or surveys
    RuleTester(metric_without_source).assert_fails(
        plan.replace("receiving treatment, ", "receiving treatment (%), unit: '%', ")
        .replace("target: {value: 70}}\n", "target: {value: 70}}\n"
                 "      - {id: I1-e, title: Time required to resolve disputes (Days), "
                 "unit: days, target: {value: 60}}\n"), [("plan", None)])


def test_a_count_adding_up_the_work_done_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nplan: {horizon: {start: 2015-07-01, end: 2020-06-30}}\n"
            "goals: [{id: G1, metrics: [M1, M2, M3, M4]}]\nmetrics:\n"
            "  - {id: M1, title: Rental Housing - cumulative accomplishment (Housing Units), "
            "unit: Housing Units, target: {value: 120, date: 2020-06-30}, "
            "actuals: [{date: 2018-06-30, value: 80}]}\n"
            "  - {id: M2, title: Public/Human Services - cumulative accomplishment (People), "
            "unit: People, target: {value: 9000, date: 2020-06-30}, "
            "actuals: [{date: 2018-06-30, value: 7100}]}\n"
            "  - {id: M3, title: Public Facility Improvements - cumulative accomplishment "
            "(Facilities), unit: Facilities, target: {value: 12, date: 2020-06-30}, "
            "actuals: [{date: 2018-06-30, value: 9}]}\n"
            "  - {id: M4, title: Customer satisfaction, target: {value: 80}, "
            "source: Annual survey}\n")
    # a CAPER's accomplishments add up the output of the grantee's own funded work
    RuleTester(metric_without_source).assert_passes(plan)
    # the same measures, not saying they add up what was done, are asked for a source
    RuleTester(metric_without_source).assert_fails(
        plan.replace(" - cumulative accomplishment", ""), [("plan", None)])


def test_a_count_of_what_the_work_did_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: New charity shops opened, target: {value: 12}}\n"
            "  - {id: M2, title: Facilitators trained to deliver nutrition programs, "
            "target: {value: 40}}\n"
            "  - {id: M3, title: Existing store premises relocated, target: {value: 3}}\n"
            "  - {id: M4, title: Customer satisfaction, target: {value: 80}, "
            "source: Annual survey}\n")
    # the counts of the charity's own work come from its records
    RuleTester(metric_without_source).assert_passes(plan)
    # a level with no source is still asked for one, as are counts of harm
    RuleTester(metric_without_source).assert_fails(
        plan.replace("New charity shops opened", "Crimes reported to police").replace(
            "Existing store premises relocated", "Staff injured at work").replace(
            ", source: Annual survey", ""), [("plan", None)])


def test_a_number_of_things_the_work_did_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Number of stormwater inspections performed per fiscal year, "
            "target: {value: 80}}\n"
            "  - {id: M2, title: Number of participants attending extension programs, "
            "target: {value: 5000}}\n"
            "  - {id: M3, title: Number of people reached through social media, "
            "target: {value: 40000}}\n"
            "  - {id: M4, title: Customer satisfaction, target: {value: 80}, "
            "source: Annual survey}\n")
    # counts of the department's own work, opened by 'Number of', come from its records
    RuleTester(metric_without_source).assert_passes(plan)
    # what befell people, or events recorded as having happened, are statistics to source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("stormwater inspections performed", "people injured in crashes").replace(
            "participants attending extension programs", "offences recorded").replace(
            "people reached through social media", "overdoses reported").replace(
            ", source: Annual survey", ""), [("plan", None)])




def test_counts_of_the_organisations_own_acts_stay_among_the_plans_measures() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Grant rounds delivered, target: {value: 2}}\n"
            "  - {id: M2, title: Grants signed, target: {value: 12}}\n"
            "  - {id: M3, title: Rejected applicants given feedback, unit: '%', "
            "target: {value: 100}}\n"
            "  - {id: M4, title: Daily transactions on the network, target: {value: 5000}}\n")
    # two unsourced figures beside two counts of the programme's own acts are not over
    # a third of what it measures: the plan follows no practice of leaving sources out
    RuleTester(metric_without_source).assert_passes(plan)
    # figures others produce, three of four unsourced, are the plan's practice
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Grants signed", "Active users"), [("plan", None)])


def test_a_count_of_own_acts_opening_with_how_many_is_read_after_the_figure() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: 12-18 grants signed, target: {value: 12}}\n"
            "  - {id: M2, title: Grant rounds delivered, target: {value: 2}}\n"
            "  - {id: M3, title: Daily transactions on the network, target: {value: 5000}}\n"
            "  - {id: M4, title: Active wallets, target: {value: 900}}\n")
    # the grants the programme signs are its own acts, whatever figure opens the title
    RuleTester(metric_without_source).assert_passes(plan)
    # a share of cases, or builders it does not sign, are figures to source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("12-18 grants signed", "90% of grants signed"), [("plan", None)])
    RuleTester(metric_without_source).assert_fails(
        plan.replace("12-18 grants signed", "12-18 active builders"), [("plan", None)])


def test_a_count_of_the_gatherings_held_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Meetups in new cities, target: {value: 6}}\n"
            "  - {id: M2, title: Workshops, target: {value: 2}}\n"
            "  - {id: M3, title: Number of webinars, target: {value: 4}}\n"
            "  - {id: M4, title: Social evenings, target: {value: 6}}\n")
    # the association's own meetups, workshops and webinars come from its calendar
    RuleTester(metric_without_source).assert_passes(plan)
    # members, or a harm at its events, are figures to source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Meetups in new cities", "Members in new cities")
        .replace("Number of webinars", "Events with injuries recorded"), [("plan", None)])
    # so is a figure with a fraction, which no count of gatherings has
    RuleTester(metric_without_source).assert_fails(
        plan.replace("{value: 2}", "{value: 2.5}")
        .replace("Number of webinars", "Number of webinar participants"), [("plan", None)])


def test_a_count_after_the_objective_it_serves_is_read_after_the_colon() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: 'Enforcement of EU State aid control: Number of Commission "
            "decisions adopted', target: {value: 300}}\n"
            "  - {id: M2, title: 'Have a behavioural based safety culture: Board safety walks "
            "scheduled quarterly', target: {value: 4}}\n"
            "  - {id: M3, title: 'Promoting consistent application of the competition rules: "
            "Number of ECN meetings held', target: {value: 30}}\n"
            "  - {id: M4, title: Customer satisfaction, target: {value: 80}, "
            "source: Annual survey}\n")
    # an EU management plan's or a statement of intent's heading, then a count of the
    # organisation's own acts: read from the work itself, as without the heading
    RuleTester(metric_without_source).assert_passes(plan)
    # a harm after the colon is still a statistic to source, whatever the heading
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Number of Commission decisions adopted", "Number of people injured")
        .replace("Board safety walks scheduled quarterly", "Lost time injuries recorded")
        .replace("Number of ECN meetings held", "Cartel cases reported")
        .replace(", source: Annual survey", ""), [("plan", None)])

def test_what_an_organisation_issues_signs_or_appoints_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: 4 newsletter, target: {value: 4}}\n"
            "  - {id: M2, title: 2 explanatory videos on website, target: {value: 2}}\n"
            "  - {id: M3, title: 12 more streams, target: {value: 12}}\n"
            "  - {id: M4, title: 2 other Funding Agreements, target: {value: 2}}\n"
            "  - {id: M5, title: '# of Board and Commission Members', target: {value: 40}}\n"
            "  - {id: M6, title: 2 webinars/workshops, target: {value: 2}}\n"
            "  - {id: M7, title: Customer satisfaction, target: {value: 80}, "
            "source: Annual survey}\n")
    # its own communications and shows, the agreements it signs and the members of its
    # own boards are counted from the work itself
    RuleTester(metric_without_source).assert_passes(plan)
    # money from outside, the people its videos reach and what they do are figures to
    # source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("2 other Funding Agreements", "2 additional funding streams")
        .replace("2 explanatory videos on website", "Viewers of the explanatory videos")
        .replace("4 newsletter", "4 newsletter subscribers who click")
        .replace("# of Board and Commission Members", "# of Members"), [("plan", None)])


def test_a_tax_setting_the_government_fixes_itself_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: 'personal allowance (from £6,475 to £10,000)', unit: GBP, "
            "target: {value: 10000}}\n"
            "  - {id: M2, title: 'main rate of corporation tax (from 28% to 26% in 2011/12, "
            "22% in 2014/15)', unit: '%', target: {value: 22}}\n"
            "  - {id: M3, title: proportion of revenue accounted for by environmental taxes, "
            "unit: '%', target: {value: 10}}\n")
    # a Treasury's own settings, fixed by its Finance Bills, are read from the work itself
    RuleTester(metric_without_source).assert_passes(plan)
    # what the taxes yield or how they are paid is a figure to source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("main rate of corporation tax", "effective rate of corporation tax")
        .replace("personal allowance", "income tax paid per household"), [("plan", None)])


def test_a_routine_act_and_the_hours_spent_on_own_work_are_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Total hours spent mowing city parks., unit: hours, "
            "target: {value: 780}}\n"
            "  - {id: M2, title: Inspect playgrounds and exercise stations every 30 days., "
            "unit: '%', target: {value: 96}}\n"
            "  - {id: M3, title: 'Safety culture: Top 20 risk register reviewed fortnightly', "
            "target: {value: 26}}\n"
            "  - {id: M4, title: Hold 5 events annually, target: {value: 5}}\n"
            "  - {id: M5, title: Reminders sent for May elections, target: {value: 4000}}\n"
            "  - {id: M6, title: Level of satisfaction with recreation programs., unit: '%', "
            "target: {value: 82}}\n")
    # a parks department's own inspections on its schedule, its crews' mowing hours, a
    # board's events, a club's reminders sent: read from the work itself
    RuleTester(metric_without_source).assert_passes(plan)
    # so is the share of those due, named in the title (after a heading and a dash)
    RuleTester(metric_without_source).assert_passes(plan.replace(
        "Inspect playgrounds and exercise stations every 30 days.",
        "PLAYGROUND INSPECTIONS - Percent of playgrounds inspected every 30 days").replace(
        "Top 20 risk register reviewed fortnightly", "Share of the top 20 risks reviewed "
        "fortnightly"))
    # a share of what comes in answered in time, hours lost to harm, an act with no
    # schedule named, and what befell the things, are figures to source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Total hours spent mowing city parks.", "Total hours spent waiting")
        .replace("Inspect playgrounds and exercise stations every 30 days.",
                 "Calls answered within 24 hours")
        .replace("reviewed fortnightly", "reviewed")
        .replace("Reminders sent for May elections", "Reminders reported as spam"),
        [("plan", None)])


def test_the_outputs_a_piece_of_work_delivers_are_not_asked_a_source() -> None:
    plan = ("planlint: 1\ngoals:\n  - id: G1\n    metrics:\n"
            "      - {id: M1, title: Users satisfied with the tools, unit: '%', "
            "target: {value: 70}}\n"
            "initiatives:\n  - id: I1\n    metrics:\n"
            "      - {id: M2, title: Decision-making tools and systems developed/enhanced, "
            "target: {value: 12}}\n"
            "      - {id: M3, title: Training provided to partner staff, "
            "target: {value: 24}}\n"
            "      - {id: M4, title: Number of drills and/or education sessions completed, "
            "target: {value: 5}}\n")
    # a results framework's output indicators: the project's records of its own outputs
    RuleTester(metric_without_source).assert_passes(plan)
    # listed by a goal, they are results whose figures need a source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("initiatives:\n  - id: I1\n    metrics:\n", ""), [("plan", None)])


def test_counts_a_piece_of_work_reports_reading_are_not_asked_a_source() -> None:
    plan = ("planlint: 1\ngoals:\n  - id: G1\n    metrics:\n"
            "      - {id: M1, title: Share of teachers rated effective, unit: '%', "
            "target: {value: 70}}\n"
            "      - {id: M6, title: Pupil attendance rate, unit: '%', "
            "target: {value: 60}}\n"
            "initiatives:\n  - id: I1\n    metrics:\n"
            "      - {id: M2, title: Classrooms that receive learning materials, "
            "target: {value: 8000}, actuals: [{date: 2025-04-13, value: 0}]}\n"
            "      - {id: M3, title: Families have received reading books, "
            "target: {value: 62500}, actuals: [{date: 2025-04-13, value: 10000}]}\n"
            "      - {id: M4, title: '# of custom reports/dashboards for departments', "
            "target: {value: 3}, actuals: [{date: 2026-03-31, value: 16}]}\n"
            "      - {id: M5, title: (1) Completion of a workplan with clear action items., "
            "target: {text: An implementation workplan will be completed by March 2026}}\n")
    # a results report's intermediate indicators, read by the project that produces
    # them, and a deliverable its target names in words: the work's own records
    RuleTester(metric_without_source).assert_passes(plan)
    # not yet read (a framework at design), they are figures whose source is to be set
    RuleTester(metric_without_source).assert_fails(
        re.sub(r", actuals: \[[^]]*\]", "", plan), [("plan", None)])
    # a rate, a magnitude or a sum of money read by the work is a figure of performance
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Classrooms that receive learning materials",
                     "90th percentile length of stay in hours")
        .replace("Families have received reading books", "Volume of water recuperated")
        .replace("# of custom reports/dashboards for departments", "Average wait in days"),
        [("plan", None)])
    # a target in words that names no deliverable is no deliverable
    RuleTester(metric_without_source).assert_fails(
        re.sub(r", actuals: \[[^]]*\]", "", plan).replace(
            "An implementation workplan will be completed by March 2026",
            "Better than the sector average"), [("plan", None)])


def test_money_in_the_plans_own_budget_currency_is_read_from_its_books() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Total Income, unit: USD thousands, target: {value: 1917}}\n"
            "  - {id: M2, title: Total Public Donations, unit: USD thousands, "
            "target: {value: 220}}\n"
            "  - {id: M3, title: Cash, unit: USD thousands, target: {value: 1261}}\n"
            "budgets:\n  - {id: B1, title: Total Expense, amount: 1418000, currency: USD, "
            "funds: all}\n")
    # lines of the organization's own accounts, in its budget's currency: its books
    RuleTester(metric_without_source).assert_passes(plan)
    # a budget counted in people's time is no account the money lines come from
    RuleTester(metric_without_source).assert_fails(
        plan.replace("currency: USD", "currency: FTE").replace("unit: USD", "unit: FTE"),
        [("plan", None)])
    # nor another currency's money, nor one measure of anything else
    RuleTester(metric_without_source).assert_fails(
        plan.replace("currency: USD", "currency: EUR"), [("plan", None)])
    RuleTester(metric_without_source).assert_fails(
        plan.replace("title: Cash, unit: USD thousands", "title: Members, unit: members"),
        [("plan", None)])


def test_a_count_of_one_thing_made_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: KR1, title: Create one meetup in a box}\n"
            "  - {id: KR2, title: Add 1 full time rust developer, "
            "target: {value: 1, date: 2019-07-02}}\n")
    # one thing made or got is there or not, like a milestone: no data to source
    RuleTester(metric_without_source).assert_passes(plan)
    # one of each of a group, or more than one, is counted and has a source to name
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Create one meetup in a box", "Write 1 blog post for each project"),
        [("KR1", None)])
    RuleTester(metric_without_source).assert_fails(
        plan.replace("{value: 1,", "{value: 3,"), [("KR2", None)])


def test_a_deliverable_scored_by_its_share_done_is_not_asked_a_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Launch SWOT, baseline: {value: 0}, "
            "target: {value: 100, date: 2023-09-30}, "
            "actuals: [{date: 2022-09-30, value: 75}]}\n"
            "  - {id: M2, title: Deliver Core Stage, baseline: {value: 0}, "
            "target: {value: 100, date: 2023-09-30}, "
            "actuals: [{date: 2022-09-30, value: 50}]}\n"
            "  - {id: M3, title: Companies under contract, target: {value: 4}}\n")
    # 0 to 100 with no unit is the share of the deliverable's steps done, read from the
    # work itself: it counts among the measures as one whose data are known
    RuleTester(metric_without_source).assert_passes(plan)
    # a level in a unit is a figure read from a system, and is asked where it comes from
    RuleTester(metric_without_source).assert_fails(
        plan.replace("title: Launch SWOT,", "title: Launch SWOT, unit: kg,")
        .replace("title: Deliver Core Stage,", "title: Deliver Core Stage, unit: kg,"),
        [("plan", None)])


def test_a_measure_whose_target_is_kept_elsewhere_is_not_asked_a_source_or_start() -> None:
    plan = ("planlint: 1\nplan: {id: P, withheld: [targets]}\nmetrics:\n"
            "  - {id: D1, title: Six-Year Graduation Rate, unit: '%', "
            "baseline: {value: 55.8, date: 2015-12-31}}\n"
            "  - {id: D2, title: First-Year Retention Rate, unit: '%', "
            "actuals: [{date: 2015-12-31, value: 81.2}]}\n"
            "  - {id: D3, title: Endowment Assets}\n"
            "  - {id: D4, title: Debt Burden Ratio}\n")
    # the measures are set out, with their targets, in the document the plan names: their
    # starting points and data notes are kept there with them
    for rule in (metric_without_source, metric_without_baseline):
        RuleTester(rule).assert_passes(plan)
    # a plan that states its targets is asked both
    stated = plan.replace("withheld: [targets]", "as_of: 2016-09-30").replace(
        "{id: D3, title: Endowment Assets}",
        "{id: D3, title: Endowment Assets, target: {value: 200, date: 2021-06-30}}").replace(
        "{id: D4, title: Debt Burden Ratio}",
        "{id: D4, title: Debt Burden Ratio, target: {value: 4, date: 2021-06-30}}")
    RuleTester(metric_without_source).assert_fails(stated, [("P", None)])
    RuleTester(metric_without_baseline).assert_fails(stated, [("D3", None), ("D4", None)])


def test_a_measure_whose_data_notes_are_kept_elsewhere_is_not_asked_a_source() -> None:
    """An agency's priority goals read from a quarterly data extract, whose data accuracy
    and reliability notes sit on each goal's page (``withheld: [sources]``), are not asked
    where their figures come from; nor are a goal's own measures when that goal alone says
    so, while the measures of another goal are still asked."""
    plan = ("planlint: 1\nplan: {id: P, withheld: WITHHELD}\ngoals:\n"
            "  - id: G1\n    withheld: GOAL\n    metrics:\n"
            "      - {id: M1, title: Average processing time for initial disability claims, "
            "target: {value: 164}}\n"
            "      - {id: M2, title: Average speed of answer on the national 800 number, "
            "target: {value: 12}}\n"
            "  - id: G2\n    metrics:\n"
            "      - {id: M3, title: Veteran trust in VA health care, unit: '%', "
            "target: {value: 90}}\n")
    tester = RuleTester(metric_without_source)
    tester.assert_passes(plan.replace("WITHHELD", "[initiatives, sources]")
                         .replace("GOAL", "[]"))
    # the first goal's notes are kept on its page; the second goal's measure is asked
    tester.assert_fails(plan.replace("WITHHELD", "[]").replace("GOAL", "[sources]"),
                        [("M3", None)])
    # other withheld records, such as its initiatives, say nothing of its data
    tester.assert_fails(plan.replace("WITHHELD", "[initiatives]").replace("GOAL", "[]"),
                        [("P", None)])


def test_a_measure_named_by_its_survey_or_rating_names_its_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: SOCITM Better Connected accessibility rating, "
            "target: {text: four-star}}\n"
            "  - {id: M2, title: Student Positivity (NSS - National Student Survey), "
            "target: {value: 85}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # an acronym that names no survey, rating or index names no source
    RuleTester(metric_without_source).assert_fails(
        plan.replace("accessibility rating", "accessibility score").replace(
            "National Student Survey", "our own count"), [("plan", None)])


def test_a_measure_naming_the_kind_of_its_instrument_names_its_source() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Average increase in trainee test scores based on "
            "assessments at entry and completion of basic training, unit: '%', "
            "target: {value: 40}}\n"
            "  - {id: M2, title: Percentage of attendees who ranked the usefulness of "
            "regional courses at or above 6 on a scale of 1-7, unit: '%', "
            "target: {value: 90}}\n"
            "  - {id: M3, title: Percentage of licensees who refuse to sell to minor decoys, "
            "unit: '%', target: {value: 90}}\n"
            "  - {id: M4, title: Visit 100% of retail licensees each year, unit: '%', "
            "target: {value: 100}}\n"
            "  - {id: M5, title: Average days from application to license issuance, "
            "target: {value: 30}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # a score on a scale nobody is said to rate on, and licensees checked by no named means
    RuleTester(metric_without_source).assert_fails(
        plan.replace("test scores based on assessments", "scores").replace(
            "attendees who ranked the usefulness of", "").replace(
            "refuse to sell to minor decoys", "refuse to sell to minors"),
        [("plan", None)])


def test_a_measure_of_the_plans_own_projects_is_read_from_its_records() -> None:
    plan = ("planlint: 1\nunits: [{id: pkc, name: Polar Knowledge Canada (CHARS)}]\n"
            "metrics:\n"
            "  - {id: M1, title: Percentage of projects led or supported by Polar Knowledge "
            "Canada that involve Northerners, unit: '%', target: {value: 90}}\n"
            "  - {id: M2, title: Ratio of leveraged investment by partners in CHARS-led "
            "projects, unit: '%', target: {value: 100}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # projects led by someone the plan does not name as its own are read elsewhere
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Polar Knowledge Canada that", "universities that").replace(
            "CHARS-led", "university-led"), [("plan", None)])


def test_a_count_of_bugs_or_tickets_is_read_from_their_tracker() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Reduce untriaged bug count by 50%, unit: bugs, "
            "baseline: {value: 690}}\n"
            "  - {id: M2, title: Open support tickets, target: {value: 40}}\n")
    RuleTester(metric_without_source).assert_passes(plan)
    # other counts of a team's own backlog name no tracker by themselves
    RuleTester(metric_without_source).assert_fails(
        plan.replace("untriaged bug count", "untriaged requests").replace(
            "support tickets", "support requests"), [("plan", None)])


@pytest.mark.parametrize("rule", [metric_without_target, metric_without_baseline,
                                  metric_without_unit, metric_without_cadence,
                                  metric_without_source])
def test_in_a_plan_that_lists_commitments_an_item_opening_with_a_verb_is_one(
        rule: Rule) -> None:
    commitments = "".join(f"  - {{id: C{n}, title: Publish guidance for departments}}\n"
                          for n in range(1, 7))
    activities = "  - {id: A1, title: increase support to departments' projects}\n" \
                 "  - {id: A2, title: continue to operate and improve the platform}\n"
    RuleTester(rule).assert_passes("planlint: 1\nmetrics:\n" + commitments + activities)


def test_yearly_targets_start_from_the_reading_of_the_year_before() -> None:
    plan = ("planlint: 1\nplan: {horizon: {start: 2023-10-01, end: 2026-09-30}}\n"
            "metrics:\n  - id: M1\n    title: Average permit review time\n"
            "    cadence: annual\n    actuals: [{date: ACTUAL, value: 41}]\n"
            "    targets: [{value: 35, date: 2025-09-30}]\n"
            "    target: {value: 30, date: 2026-09-30}\n")
    RuleTester(metric_without_baseline).assert_passes(plan.replace("ACTUAL", "2024-09-30"))
    # a reading within the first target's year is progress towards it, not its start
    RuleTester(metric_without_baseline).assert_fails(plan.replace("ACTUAL", "2025-03-31"),
                                                     [("M1", 4)])
    # nor does a reading before a single target, from within the period it measures
    single = plan.replace("    targets: [{value: 35, date: 2025-09-30}]\n", "")
    RuleTester(metric_without_baseline).assert_fails(
        single.replace("ACTUAL", "2025-09-30").replace("annual", "quarterly"), [("M1", 4)])


def test_a_statement_of_intents_targets_for_the_year_ahead_are_standards() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2023-03-31, horizon: {start: 2023-07-01, end: 2026-06-30},
               metrics_cadence: semiannual}
        goals:
          - id: FR
            title: Ensure strong financial performance
            metrics:
              - {id: FR-1, title: Total operating revenues, unit: NZD m,
                 target: {value: 18.1, date: 2024-06-30}}
              - {id: HSR-3, title: Safety meetings with all major airside operators,
                 unit: meetings, bound: at least, target: {value: 9, date: 2024-06-30}}
        communications:
          - {id: C1, title: Annual report against the measures, cadence: annual,
             covers: [FR]}
        """)
    # the annual report owes each year's results and compares them with its targets
    RuleTester(metric_without_baseline).assert_passes(plan)
    # a plan that records results is read by them, not by the report it names
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("target: {value: 9,", "actuals: [{date: 2022-06-30, value: 7}], "
                     "target: {value: 9,"), [("FR-1", None)])
    # nor does a plan that names no report on a calendar cadence owe its results to one
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("cadence: annual,", "cadence: once,"), [("plan", None)])
    # a target years ahead is a change to reach, not the coming year's standard
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("value: 18.1, date: 2024-06-30", "value: 25, date: 2030-06-30"),
        [("FR-1", None)])
    # and so is one the wording states as a change from where the measure stands
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("Total operating revenues", "Increase total operating revenues"),
        [("FR-1", None)])


def test_a_growth_rate_each_period_asks_no_fixed_start() -> None:
    plan = ("planlint: 1\nmetrics:\n  - {id: M1, title: Homepage visits, cadence: CADENCE, "
            "target: {text: 'TARGET', date: 2016-12-31}}\n")
    for target in ("+10% per month", "+ 20% per month", "5% month-on-month"):
        RuleTester(metric_without_baseline).assert_passes(
            plan.replace("CADENCE", "monthly").replace("TARGET", target))
    # a growth to reach over the plan, or a rate of another period than the reading's
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("CADENCE", "monthly").replace("TARGET", "Grow by 20%"), [("M1", None)])
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("CADENCE", "annual").replace("TARGET", "+10% per month"), [("M1", None)])


def test_a_years_money_raised_and_a_parts_share_of_its_change_start_from_none() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2016-01-01, horizon: {start: 2016-01-01, end: END}}
        goals:
          - {id: INV, title: Investment, due: END, metrics: [C1, T1, T2, T3]}
        metrics:
          - {id: C1, title: Values-aligned capital, unit: USD,
             target: {text: US$1-3M, date: END}}
          - {id: T1, title: Taxa in the collections, unit: taxa, direction: increase,
             baseline: {value: 9500, date: 2016-01-01}, target: {change: 300, date: END}}
          - {id: T2, title: Woody plant taxa, unit: taxa, breaks_down: T1,
             target: {change: 100, date: END}}
          - {id: T3, title: Herbaceous taxa, unit: taxa, breaks_down: T1,
             target: {change: 175, date: END}}
        """)
    RuleTester(metric_without_baseline).assert_passes(plan.replace("END", "2016-12-31"))
    # over several years both are levels whose start is asked
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("END", "2018-12-31"), [("plan", None)])
    # a stock held, or a part's change in percent, still asks where it starts
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("END", "2016-12-31").replace("Values-aligned capital", "Working capital")
        .replace("change: 100,", "change: +10%,"), [("C1", None), ("T2", None)])


def test_a_target_of_zero_in_words_asks_for_none_whatever_the_start() -> None:
    plan = ("planlint: 1\nmetrics:\n  - {id: M1, title: Corporate GHG emissions, "
            "target: {text: TARGET, date: 2050-12-31}}\n")
    for zero in ("Net zero carbon emissions", "absolute zero", "zero harm"):
        RuleTester(metric_without_baseline).assert_passes(plan.replace("TARGET", zero))
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("TARGET", "zero-emission buses 40% of the fleet"), [("M1", None)])


def test_a_plans_first_quarterly_report_reads_where_its_measures_start() -> None:
    plan = ("planlint: 1\nplan: {as_of: AS_OF, horizon: {start: 2025-04-01, "
            "end: 2026-03-31}}\nmetrics:\n  - id: SR1\n    title: Strategic risk score\n"
            "    direction: decrease\n    target: {value: 12, date: 2026-03-31}\n"
            "    actuals: [{date: READ, value: 16}]\n")
    # a board assurance framework's first quarterly review scores its risks in June
    RuleTester(metric_without_baseline).assert_passes(
        plan.replace("AS_OF", "2025-06-23").replace("READ", "2025-06-04"))
    # a later report's reading is progress, not the start
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("AS_OF", "2025-09-30").replace("READ", "2025-09-04"), [("SR1", 4)])
    # nor is the first quarter of a measure of half a year its start (a plan of one
    # quarter is not asked where its measures start at all)
    half = plan.replace("2026-03-31", "2025-09-30")
    RuleTester(metric_without_baseline).assert_fails(
        half.replace("AS_OF", "2025-06-23").replace("READ", "2025-06-04"), [("SR1", 4)])


def test_a_key_result_graded_only_in_words_has_no_level_to_start_from() -> None:
    plan = ("planlint: 1\nplan: {horizon: {start: 2022-07-01, end: 2023-06-30}}\n"
            "metrics:\n  - id: KR1\n    title: Ensure that at least 50% of co-hosts are "
            "from underrepresented groups\n    actuals: [{date: 2023-06-30, READ}]\n")
    RuleTester(metric_without_baseline).assert_passes(plan.replace("READ", "text: NOT ACHIEVED"))
    RuleTester(metric_without_baseline).assert_passes(
        plan.replace("READ", "text: Partially achieved"))
    # a reading in words that is not a grade, or a figure, is a reading of the level
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("READ", "text: about a third"), [("KR1", 4)])
    RuleTester(metric_without_baseline).assert_fails(plan.replace("READ", "value: 40"),
                                                     [("KR1", 4)])


def test_a_report_tabling_each_years_target_beside_its_result_has_a_start() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2025-09-25, horizon: {start: 2019-07-01, end: 2024-12-31}}
        metrics:
          - id: M1
            title: Average transit rides per resident
            unit: rides per resident
            cadence: annual
            targets: [{value: 30, date: 2022-06-30}, {value: 32, date: 2023-06-30}]
            target: {value: 32, date: 2024-06-30}
            actuals: [{date: FIRST, value: 15}, {date: 2023-06-30, value: 16.8},
                      {date: 2024-06-30, value: 19.8}]
          - id: M2
            title: Priority corridors in fair or better condition
            unit: '%'
            cadence: annual
            target: {value: 49, date: 2024-06-30}
            actuals: [{date: 2024-06-30, value: 34}]
        """)
    RuleTester(metric_without_baseline).assert_passes(plan.replace("FIRST", "2022-06-30"))
    # the first year's result missing, the first target has no reading beside it
    RuleTester(metric_without_baseline).assert_fails(plan.replace("FIRST", "2022-03-31"),
                                                     [("M1", 4)])
    # nor does a reading stand beside the target of a measure read at no calendar cadence
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("FIRST", "2022-06-30").replace(
            "cadence: annual\n    target: {value: 49", "cadence: once\n    target: {value: 49"),
        [("M2", 12)])


def test_a_target_for_a_year_a_two_yearly_survey_is_not_read_in_is_not_its_first() -> None:
    """A customer survey read every two years, in even years, whose table carries a
    target for an odd year too: the first target its readings fall on has its result."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2025-06-30, horizon: {start: 2020-07-01, end: 2025-06-30}}
        metrics:
          - id: M1
            title: Percent of customers rating the service good or excellent
            unit: '%'
            cadence: P2Y
            targets: [{value: 80, date: ODD}, {value: 80, date: 2022-09-09}]
            target: {value: 80, date: 2024-09-09}
            actuals: [{date: 2022-09-09, value: 79.1}, {date: 2024-09-09, value: 78}]
        """)
    RuleTester(metric_without_baseline).assert_passes(plan.replace("ODD", "2021-09-09"))
    # a target two years before the first reading is in a period the survey is read in,
    # and has no result beside it
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("80, date: ODD", "75, date: 2020-09-09"), [("M1", 4)])
    # at a yearly cadence every year is read: the first year's missing result is missing
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("ODD", "2021-09-09").replace("P2Y", "annual"), [("M1", 4)])
    # unless the measure's words say its series begins anew with the first reading
    RuleTester(metric_without_baseline).assert_passes(
        plan.replace("ODD", "2021-09-09").replace("P2Y", "annual").replace(
            "unit:", "description: Not comparable to rates prior to 2022 due to a change in"
            " the methodology.\n    unit:"))


def test_a_rating_in_words_read_on_its_targets_date_is_its_start() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2019-12-31, horizon: {start: 2015-01-01, end: 2019-12-31}}
        metrics:
          - id: M1
            title: Level of compliance with the safety regulation
            unit: compliance rating
            cadence: annual
            target: {text: C, date: 2019-12-31}
            actuals: [{date: 2018-12-31, text: C}, {date: 2019-12-31, text: READ}]
        """)
    RuleTester(metric_without_baseline).assert_passes(plan.replace("READ", "C"))
    # words that say there is no rating are no reading of it
    RuleTester(metric_without_baseline).assert_fails(plan.replace("READ", "N/A"),
                                                     [("M1", 4)])
    # nor is a result in words a reading of a figure to reach
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("READ", "C").replace("{text: C, date: 2019", "{value: 95, date: 2019"),
        [("M1", 4)])


def test_a_standard_reported_met_in_words_on_its_date_needs_no_start() -> None:
    # a statement of service performance: each standard reported against the year's own
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2010-06-30, horizon: {start: 2009-07-01, end: 2010-06-30}}
        metrics:
          - id: M1
            title: Workstreams progressing within agreed timeframes
            unit: '%'
            target: {value: 95, date: 2010-06-30}
            actuals: [{date: 2010-06-30, text: READ}]
        """)
    RuleTester(metric_without_baseline).assert_passes(plan.replace("READ", "Achieved"))
    # in a plan of several years, any other words are no such result: the start is still
    # asked for; in a report of one year, any result beside the year's target is judged
    # against it as the year's standard
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("READ", "Partly").replace("start: 2009-07-01", "start: 2007-07-01"),
        [("M1", 4)])
    RuleTester(metric_without_baseline).assert_passes(plan.replace("READ", "Partly"))


def test_a_ceiling_met_on_its_date_needs_no_start() -> None:
    # a results report's efficiency standard: a unit cost at most $0.87, read at $0.65
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31, horizon: {start: 2016-04-01, end: 2017-03-31}}
        metrics:
          - id: M1
            title: Average unit cost of digitizing one page
            unit: CAD
            bound: at most
            target: {value: 0.87, date: 2017-03-31}
            actuals: [{date: 2017-03-31, value: 0.65}]
        """)
    RuleTester(metric_without_baseline).assert_passes(plan)
    # read before the year's end (no results report of the year): above the ceiling it
    # was not met, and the start is still asked for
    midyear = plan.replace("as_of: 2017-03-31", "as_of: 2017-03-30")
    RuleTester(metric_without_baseline).assert_passes(midyear)
    RuleTester(metric_without_baseline).assert_fails(midyear.replace("0.65", "0.95"),
                                                     [("M1", 4)])
    # a floor is met from above, not below
    RuleTester(metric_without_baseline).assert_fails(midyear.replace("at most", "at least"),
                                                     [("M1", 4)])


def test_a_year_s_result_beside_its_target_in_a_results_report_needs_no_start() -> None:
    """A departmental results report of one year tables each indicator's target for the
    year with the year's result: a standard the result is judged against, not a change
    from a start, whether met or not, and whether the year's result is a figure or words
    (a score not measured that year, its cycle changed). A plan of longer than a year, or
    whose status is before the year's end, is still asked."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31, horizon: {start: 2016-04-01, end: 2017-03-31}}
        metrics:
          - id: M1
            title: Funding leveraged from partners as a percentage of federal funding
            unit: '%'
            bound: at least
            target: {value: 250, date: 2017-03-31}
            actuals: [{date: 2017-03-31, ACTUAL}]
        """)
    RuleTester(metric_without_baseline).run(
        passes=[plan.replace("ACTUAL", "value: 197"),
                plan.replace("ACTUAL", "text: Next cycle will cover fiscal year 2017-18")],
        fails=[(plan.replace("ACTUAL", "value: 197").replace("start: 2016-04-01",
                                                             "start: 2015-04-01"), [("M1", 4)]),
               (plan.replace("ACTUAL", "value: 197").replace("as_of: 2017-03-31",
                                                             "as_of: 2017-03-30"), [("M1", 4)])])


def test_a_year_s_result_beside_a_target_for_the_year_after_needs_no_start() -> None:
    """A results report's target dated a month after the year (its "date to achieve
    target"), in the next year, or held "ongoing" (no date), beside the year's result:
    the year's standard, or where the next year's target starts from. A target years
    later, or one due before the year's end, is still asked where it starts."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31, horizon: {start: 2016-04-01, end: 2017-03-31}}
        metrics:
          - id: M1
            title: Percentage of disputes facilitated that meet service standards
            bound: at least
            target: {value: 0.8TARGET}
            actuals: [{date: 2017-03-31, value: 0.74}]
        """)
    RuleTester(metric_without_baseline).run(
        passes=[plan.replace("TARGET", ", date: 2017-04-30"),
                plan.replace("TARGET", ", date: 2018-03-31"),
                plan.replace("TARGET", "")],
        fails=[(plan.replace("TARGET", ", date: 2019-03-31"), [("M1", 4)]),
               (plan.replace("TARGET", ", date: 2016-12-31"), [("M1", 4)])])


def test_a_fraction_is_a_share_in_a_plan_that_writes_its_percentages_so() -> None:
    """A results report's data writes its 'Percentage of ...' rows as fractions (0.80,
    0.74): a 'Level of compliance' row written alike (0.85, 0.95) is a share in that
    form. Without the rows that show the practice, or beside a percentage written
    whole, it is still asked its unit."""
    plan = dedent("""\
        planlint: 1
        metrics:
          - {id: M1, title: Level of compliance with accessibility provisions,
             target: {value: 0.85}, actuals: [{date: 2017-03-31, value: 0.95}]}
          - {id: M2, title: Percentage of disputes facilitated that meet service standards,
             target: {value: 0.8}, actuals: [{date: 2017-03-31, value: 0.74}]}
          - {id: M3, title: Percentage of disputes adjudicated that meet service standards,
             target: {value: 0.8}, actuals: [{date: 2017-03-31, value: VALUE}]}
        """)
    tester = RuleTester(metric_without_unit)
    tester.assert_passes(plan.replace("VALUE", "0.71"))
    tester.assert_fails(plan.replace("VALUE", "71"), [("M1", 3)])
    tester.assert_fails(plan.replace("VALUE", "0.71").replace(
        "Percentage of disputes adjudicated", "Disputes adjudicated"), [("M1", 3)])


def test_a_result_in_words_that_says_the_measure_was_not_taken_is_no_reading() -> None:
    # its gap is the missing result, stale-metric's, not where it started
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2010-06-30, horizon: {start: 2009-07-01, end: 2010-06-30}}
        metrics:
          - id: M1
            title: Satisfaction of the Minister with progress, on a scale of 1 to 5
            unit: score
            target: {value: 3, date: 2010-06-30}
            actuals: [{date: 2010-06-30, text: READ}]
        """)
    RuleTester(metric_without_baseline).assert_passes(
        plan.replace("READ", "No formal survey completed, however refer to the web page"))
    # a results report's status for a result not measured in the year, in a plan of several
    RuleTester(metric_without_baseline).assert_passes(
        plan.replace("READ", "Not Available").replace("start: 2009-07-01", "start: 2007-07-01"))
    # a result in other words, in a plan of several years, leaves the start asked for
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("READ", "Satisfied").replace("start: 2009-07-01", "start: 2007-07-01"),
        [("M1", 4)])


def test_a_target_worded_as_a_step_each_year_shows_a_yearly_rhythm() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2019-08-29, horizon: {start: 2018-07-01, end: 2025-06-30}}
        metrics:
          - {id: M1, title: Increase outreach activities by 10% each year,
             baseline: {value: 4935039, date: 2018-06-30},
             target: {value: 9616995, date: 2025-06-30}}
          - {id: M2, title: Increase the estimated economic impact by 15% per fiscal year,
             baseline: {value: 2077, date: 2018-06-30},
             target: {value: 5526, date: 2025-06-30}}
          - {id: M3, title: Grow the advocacy network to 10000 advocates,
             baseline: {value: 6286}, target: {value: 10000}}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan)
    # the same targets with no yearly step in their wording state no rhythm
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace(" by 10% each year", "").replace(" by 15% per fiscal year", ""),
        [("plan", None)])


def test_an_objective_met_after_the_plans_term_is_not_asked_for_a_cadence() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2019-04-11, horizon: {start: 2019-04-01, end: 2022-03-31}}
        metrics:
          - {id: M1, title: Publications available online, unit: '%',
             target: {value: 30, date: 2025-03-31}}
          - {id: M2, title: Projects with partners, unit: '%',
             target: {value: 75, date: 2025-03-31}}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan)
    # the same objectives due within the plan's term are asked how often they are read
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("2025-03-31", "2021-03-31"), [("plan", None)])


def test_yearly_targets_show_the_rhythm_of_a_plan_that_states_no_cadence() -> None:
    yearly = "targets: [{value: 2, date: 2024-12-31}, {value: 3, date: 2025-12-31}]"
    plan = "planlint: 1\nmetrics:\n" + "".join(
        f"  - {{id: M{n}, title: Cost, {yearly}, target: {{value: 4, date: 2026-12-31}}}}\n"
        for n in range(1, 4))
    RuleTester(metric_without_cadence).assert_passes(plan)
    # nor is a measure of the same plan set one target asked alone: it is judged when due
    RuleTester(metric_without_cadence).assert_passes(
        plan + "  - {id: M4, title: Share, baseline: {value: 3}, target: {value: 5}}\n")
    # targets two years apart: not a step of the calendar that a cadence takes
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("2025-12-31", "2022-12-31"), [("plan", None)])
    # where the plan states its cadences, yearly targets do not excuse a measure
    stated = "".join(f"  - {{id: S{n}, title: Cost, cadence: monthly, target: {{value: 2}}}}\n"
                     for n in range(1, 7))
    RuleTester(metric_without_cadence).assert_fails(
        plan + stated, [("M1", 3), ("M2", 4), ("M3", 5)])


def test_a_measure_tracked_on_the_way_is_asked_for_its_cadence_alone() -> None:
    cadenced = "".join(f"  - {{id: M{n}, title: Cost, cadence: monthly, target: {{value: 2}}}}\n"
                       for n in range(3, 6))
    steps = "targets: [{value: 4, date: 2001-12-31}], target: {value: 5, date: 2002-12-31}"
    tracked = (f"planlint: 1\nmetrics:\n  - {{id: M1, title: Profit, {steps}}}\n"
               "  - {id: M2, title: Share, target: {value: 5}, actuals: [{date: 2001-03-31, "
               "value: 3}]}\n" + cadenced)
    RuleTester(metric_without_cadence).assert_fails(tracked, [("M1", 3), ("M2", 4)])
    # one target, not read yet, where the plan states other cadences: judged when due
    judged = ("planlint: 1\nmetrics:\n  - {id: M1, title: Profit, target: {value: 5, "
              "date: 2002-12-31}}\n  - {id: M2, title: Share, baseline: {value: 3}, "
              "target: {value: 5}}\n" + cadenced)
    RuleTester(metric_without_cadence).assert_passes(judged)


def test_measures_read_together_in_the_report_of_one_period_are_not_asked_for_cadences(
        ) -> None:
    """A steering committee's half-year review: every measure's H1 result, dated on the
    last day of the half, in the notes published a week later, the plan's date. The
    measures are read at the plan's reviews, not each by a calendar of its own."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: AS_OF, horizon: {start: 2025-01-01, end: 2025-12-31}}
        metrics:
          - {id: M1, title: New members, target: {value: 12, date: 2025-12-31},
             actuals: [{date: 2025-06-30, value: 6}]}
          - {id: M2, title: Blogs published, target: {value: 8, date: 2025-12-31},
             actuals: [{date: READ, value: 5}]}
        """)
    RuleTester(metric_without_cadence).assert_passes(
        plan.replace("AS_OF", "2025-07-07").replace("READ", "2025-06-30"))
    # readings of two dates, or one report dated long after the period it reads, are not
    for as_of, read in (("2025-07-07", "2025-03-31"), ("2025-12-31", "2025-06-30")):
        RuleTester(metric_without_cadence).assert_fails(
            plan.replace("AS_OF", as_of).replace("READ", read),
            [("plan", None, "all 2 metrics state no cadence")])


def test_a_key_result_graded_at_its_end_counts_among_a_reports_readings() -> None:
    """A roadmap's closing note reads its two measures on its date: the bug count of the
    last two months, graded at its end, is read in that report beside the install rate,
    so the one report is the rhythm of both, and neither is asked for a cadence."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2020-11-30, horizon: {start: 2020-04-01, end: 2020-11-30}}
        metrics:
          - {id: M1, title: Installation success rate,
             target: {text: close to 100%, date: 2020-11-30},
             actuals: [{date: 2020-11-30, text: fewer installation issues}]}
          - {id: M2, title: Open bugs, baseline: {value: 80, date: 2020-09-30},
             target: {value: 0, date: 2020-11-30}, actuals: [{date: READ, value: 60}]}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan.replace("READ", "2020-11-30"))
    # read on another day, the bug count is no reading of the same report
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("READ", "2020-10-31"),
        [("M1", None, "has no cadence")])


def test_measures_read_together_at_each_status_report_are_not_asked_for_cadences() -> None:
    """A project's roadmap for the year, read in its mid-year and year-end status
    reports (the year-end one the plan's date): the same measures read together at each
    report are read at the reports' rhythm, not each by a calendar of its own."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: AS_OF, horizon: {start: 2019-01-01, end: 2019-12-31}}
        metrics:
          - {id: M1, title: Pylint issues, target: {value: 0, date: 2019-12-31},
             actuals: [{date: 2019-06-28, value: 300}, {date: 2019-12-26, value: 150}]}
          - {id: M2, title: Templates remaining, target: {value: 0, date: 2019-12-31},
             actuals: [{date: 2019-06-28, value: 27}, {date: 2019-12-26, value: 22}]}
          - {id: M3, title: Conferences with a stand, target: {value: 5, date: 2019-12-31},
             actuals: [{date: READ, value: 3}]}
        """)
    RuleTester(metric_without_cadence).assert_passes(
        plan.replace("AS_OF", "2019-12-26").replace("READ", "2019-06-28"))
    failing = [("plan", None, "all 3 metrics state no cadence")]
    # a reading on a day no other measure is read on is not a report's
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("AS_OF", "2019-12-26").replace("READ", "2019-09-30"), failing)
    # nor are reports whose last is long before the plan's date
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("AS_OF", "2020-12-31").replace("READ", "2019-06-28"), failing)
    # nor are readings from before the plan's period began
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("AS_OF", "2019-12-26").replace("READ", "2019-06-28")
        .replace("start: 2019-01-01", "start: 2019-07-01"), failing)


def test_a_figure_of_an_earlier_period_quoted_in_the_one_report_is_read_in_it() -> None:
    """A results report of one year: most measures read for the year, one whose latest
    figure is of an earlier year ("drawn from 2015 results, the most recent available"),
    dated by the period it measures. It is read in the same report."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31}
        metrics:
          - {id: M1, title: Share of labs compliant, target: {value: 90, date: 2017-03-31},
             actuals: [{date: 2017-03-31, value: 92}]}
          - {id: M2, title: Share of users satisfied, target: {value: 80, date: 2017-03-31},
             actuals: [{date: 2017-03-31, value: 85}]}
          - {id: M3, title: Share of children breastfed, target: {value: 60, date: 2017-03-31},
             actuals: [EARLIER{date: 2015-12-31, value: 64}]}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan.replace("EARLIER", ""))
    # read twice on other days, it is a series with a rhythm of its own to state
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("EARLIER", "{date: 2014-12-31, value: 61}, "),
        [("plan", None, "all 3 metrics state no cadence")])
    # nor is a report read on one day when most of its figures are of other periods
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("EARLIER", "").replace("date: 2017-03-31, value: 85",
                                            "date: 2016-03-31, value: 85"),
        [("plan", None, "all 3 metrics state no cadence")])


def test_a_survey_taken_every_few_years_leaves_a_one_report_plan_unasked() -> None:
    """A departmental results report, every indicator read in it on its date (next
    year's targets beside this year's results), one indicator's survey "administered
    every three years" (``P3Y``): that says in which years the survey is taken, not that
    the plan reads its measures on the way, so the plan is still read at its reports."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2017-03-31, horizon: {start: 2016-04-01, end: 2017-03-31}}
        metrics:
          - {id: M1, title: Share of labs compliant, target: {value: 90, date: 2018-03-31},
             actuals: [{date: 2017-03-31, text: Not available}]}
          - {id: M2, title: Share of clients satisfied, target: {value: 85, date: 2017-03-31},
             CADENCEactuals: [{date: 2017-03-31, value: 80}]}
          - {id: M3, title: Share of permits issued on time, target: {value: 80,
             date: 2018-03-31}, actuals: [{date: 2017-03-31, value: 81}]}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan.replace("CADENCE", "cadence: P3Y, "))
    # a cadence within the year is a rhythm of reading: the others are asked for theirs
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("CADENCE", "cadence: quarterly, "), [("M1", 4), ("M3", 8)])


def test_a_breakdown_of_a_count_counts_the_wholes_things() -> None:
    """An annual performance report's KPM, ``Number of boat inspections``, and the rows
    its text breaks it into (``7 full decontamination for mussel fouled vessels``): each
    counts inspections of one kind, in the whole's unit."""
    plan = dedent("""\
        planlint: 1
        metrics:
          - {id: M4, title: WHOLE, target: {value: 20000},
             actuals: [{date: 2025-09-21, value: 18500}]}
          - {id: M4a, title: Full decontamination for mussel fouled vessels, breaks_down: M4,
             actuals: [{date: 2025-09-21, value: 7}]}
        """)
    RuleTester(metric_without_unit).assert_passes(
        plan.replace("WHOLE", "Number of boat inspections"))
    # a breakdown of a level that names no count is asked for its own unit
    RuleTester(metric_without_unit).assert_fails(
        plan.replace("WHOLE", "Percent of boats inspected").replace("value: 18500", "value: 85")
        .replace("value: 20000", "value: 90"), [("M4a", 5)])


def test_a_breakdown_of_a_count_named_after_its_figure_counts_the_wholes_things() -> None:
    """A status roadmap's ``CodeClimate: 0 issues`` broken down into the counts of each
    kind of issue the reports give (``CodeClimate duplication``, 200 at the start): the
    whole's title names the issues it counts after its figure, so the part counts issues
    of one kind, whether it names them in the plural or not."""
    plan = dedent("""\
        planlint: 1
        metrics:
          - {id: W, title: 'CodeClimate: WHOLE', target: {value: 0, date: 2019-12-31}}
          - {id: W1, title: CodeClimate duplication, breaks_down: W,
             baseline: {value: 200, date: 2018-12-31}}
        """)
    RuleTester(metric_without_unit).assert_passes(plan.replace("WHOLE", "0 issues"))
    # a whole that names no things it counts gives the part no unit
    RuleTester(metric_without_unit).assert_fails(
        plan.replace("WHOLE", "maintainability").replace("target: {value: 0,",
                                                         "unit: grade, target: {value: 3,"),
        [("W1", 4)])


def test_a_target_read_on_its_due_date_is_not_asked_for_a_cadence() -> None:
    cadenced = "".join(f"  - {{id: M{n}, title: Cost, cadence: monthly, target: {{value: 2}}}}\n"
                       for n in range(1, 4))
    due = "".join(f"  - {{id: D{n}, title: Beds created, target: {{value: 600, date: "
                  f"2024-01-10}}, actuals: [{{date: 2024-01-10, value: 1032}}]}}\n"
                  for n in range(1, 3))
    plan = "planlint: 1\nplan: {as_of: 2024-01-10}\nmetrics:\n" + cadenced + due
    RuleTester(metric_without_cadence).assert_passes(plan)
    # read before its due date, it is a series read on the way, and asked how often
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2024-01-10, value", "date: 2023-07-10, value"),
        [("D1", 7), ("D2", 8)])
    # beside a measure read on the way with no cadence, the plan's practice is judged
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("cadence: monthly, ", "").replace(
            "target: {value: 2}", "target: {value: 2}, actuals: [{date: 2023-06-30, value: 1}]"),
        [("plan", None)])


def test_a_project_target_read_at_its_reviews_session_is_not_asked_alone() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2024-08-21}
        units: [{id: committee}, {id: ssp, parent: committee}]
        initiatives:
          - id: P1
            title: Close-kin sampling
            unit: ssp
            metrics:
              - {id: P1-samples, title: Tissue samples collected, target: {value: 36000,
                 date: 2025-12-31}, actuals: [{date: 2024-08-21, value: 12000}]}
        reviews:
          - {id: R1, title: Regular session, cadence: annual, covers: [committee],
             last_held: 2024-08-21}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan)
    # read on another day than the session's, or by a review that does not cover it
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2024-08-21, value", "date: 2024-06-30, value"),
        [("P1-samples", 9)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("covers: [committee]", "covers: [other]").replace(
            "units: [", "units: [{id: other}, "), [("P1-samples", 9)])


def test_a_measure_read_at_reviews_that_state_no_cadence_is_not_asked_alone() -> None:
    plan = dedent("""\
        planlint: 1
        units: [{id: board}, {id: other}]
        goals:
          - {id: O1, title: Run the event, unit: board, metrics: [M1, M2, M3, M4]}
        metrics:
          - {id: M1, title: Cost, cadence: monthly, target: {value: 2}}
          - {id: M2, title: Visits, cadence: monthly, target: {value: 2}}
          - {id: M3, title: Members, cadence: monthly, target: {value: 2}}
          - {id: M4, title: Share of presenters who are persons of color, target: {value: 30},
             actuals: [{date: 2023-02-07, value: 25}]}
        reviews:
          - {id: R1, title: Regular board meetings, covers: [board]}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a forum that states its rhythm, or one that does not cover it, leaves it asked
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("covers: [board]", "covers: [board], cadence: quarterly"), [("M4", 9)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("covers: [board]", "covers: [other]"), [("M4", 9)])


def test_a_statistic_quoted_without_a_target_is_not_asked_for_its_cadence() -> None:
    cadenced = "".join(f"  - {{id: M{n}, title: Cost, cadence: monthly, target: {{value: 2}}}}\n"
                       for n in range(1, 4))
    quoted = ("  - {id: R1, title: Visits to the project site, actuals: [{date: 2017-08-31, "
              "value: 5200}]}\n")
    plan = "planlint: 1\nmetrics:\n" + cadenced + quoted + quoted.replace("R1", "R2")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a measure with a target is asked for its cadence, read or not
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("actuals:", "target: {value: 6000}, actuals:"), [("R1", 6), ("R2", 7)])


def test_a_statistic_quoted_without_a_target_is_not_asked_for_its_source() -> None:
    sourced = "".join(f"  - {{id: M{n}, title: Cost, source: Ledger, target: {{value: 2}}}}\n"
                      for n in range(1, 3))
    plan = "planlint: 1\nmetrics:\n" + sourced + "".join(
        f"  - {{id: R{n}, title: Site visits, actuals: [{{date: 2017-08-31, value: 52}}]}}\n"
        for n in range(1, 4))
    RuleTester(metric_without_source).assert_passes(plan)
    # measures the plan sets out to reach are asked where their figures come from
    RuleTester(metric_without_source).assert_fails(
        plan.replace("actuals:", "target: {value: 60}, actuals:"), [("plan", None)])


@pytest.mark.parametrize("rule", [metric_without_baseline, metric_without_cadence,
                                  metric_without_source])
def test_the_places_a_statistic_counts_across_are_no_target(rule: Rule) -> None:
    plan = ("planlint: 1\nplan: {horizon: {start: 2025-01-01, end: 2025-12-31}}\n"
            "metrics:\n") + "".join(
        f"  - {{id: R{n}, title: Commits by the team across 9 repositories, "
        f"actuals: [{{date: 2025-12-31, value: 29{n}}}]}}\n" for n in range(1, 3))
    RuleTester(rule).assert_passes(plan)
    # a title that opens with a verb may ask for the places it names
    RuleTester(rule).assert_fails(
        plan.replace("Commits by the team", "Grow commits"), [("plan", None)])


def test_a_schools_yearly_results_named_with_their_grade_are_quoted_not_targeted() -> None:
    """A pupil premium page's GCSE gaps ('Progress 8', 'Basics at 4+') beside impact
    measures that state no figure: the names set no target, so the plan sets none and is
    not asked for cadences; the quoted results still make the impact measures' missing
    baselines the plan's practice."""
    impact = "".join(f"  - {{id: M{n}, title: {title}, direction: increase}}\n"
                     for n, title in enumerate(("Improvement in overall attendance",
                                                "Improvement in reading ages")))
    results = "".join(
        f"  - {{id: R{n}, title: {title}, actuals: [{{date: 2023-08-31, value: 20}}, "
        f"{{date: 2024-08-31, value: 15}}]}}\n" for n, title in enumerate(
            ("The gap for Basics at 4+", "The gap in GCSEs for Progress 8")))
    plan = "planlint: 1\nplan: {as_of: 2024-08-31}\nmetrics:\n" + impact + results
    RuleTester(metric_without_cadence).assert_passes(plan)
    RuleTester(metric_without_baseline).assert_fails(plan, [("plan", None)])
    # a figure to reach in the title is a target, and the plan is asked
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("The gap for Basics at 4+", "Close the gap to 4"), [("plan", None)])
    # without the quoted results, no figure is left to give a baseline to
    RuleTester(metric_without_baseline).assert_passes(
        "planlint: 1\nplan: {as_of: 2024-08-31}\nmetrics:\n" + impact)


def test_an_annual_plan_not_read_yet_grades_its_results_when_the_year_closes() -> None:
    year = ("baseline: {value: 3, date: 2026-04-01}, target: {value: 5, "
            "date: 2027-03-31}")
    plan = ("planlint: 1\nplan: {as_of: 2026-04-01}\nmetrics:\n" + "".join(
        f"  - {{id: M{n}, title: Share, {year}}}\n" for n in range(1, 4)))
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a statistic quoted without a target is no reading of what the plan aims at
    RuleTester(metric_without_cadence).assert_passes(
        plan + "  - {id: R1, title: Visits, actuals: [{date: 2026-03-31, value: 52}]}\n")
    # once the year has closed, or where the plan reads its measures during the year
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("as_of: 2026-04-01", "as_of: 2027-06-30"), [("plan", None)])
    read = plan + ("  - {id: M4, title: Cost, cadence: quarterly, target: {value: 2}, "
                   "actuals: [{date: 2026-06-30, value: 3}]}\n")
    RuleTester(metric_without_cadence).assert_fails(read, [("plan", None)])
    # a quarter's key result graded at the quarter's end reads nothing of the year's
    quarter = plan + ("  - {id: Q1, title: Share, baseline: {value: 3, date: 2026-01-01}, "
                      "target: {value: 4, date: 2026-03-31}, "
                      "actuals: [{date: 2026-03-31, value: 4}]}\n")
    RuleTester(metric_without_cadence).assert_passes(quarter)
    RuleTester(metric_without_cadence).assert_fails(
        quarter.replace("date: 2026-01-01", "date: 2025-10-01"), [("plan", None)])
    # a measure of more than a year is asked for its cadence
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("2027-03-31", "2028-03-31"), [("plan", None)])


def test_an_annual_plan_has_read_nothing_of_its_year_in_starting_points_or_done_work(
        ) -> None:
    """A DG's one-year management plan: last year's result quoted as where a measure
    starts, and an output adopted nine days into the year (its work done), read nothing
    of the year its measures are graded at the end of."""
    year = "target: {value: 5, date: 2026-12-31}"
    plan = ("planlint: 1\nplan: {as_of: 2026-01-21, horizon: {start: 2026-01-01, "
            "end: 2026-12-31}}\nmetrics:\n" + "".join(
                f"  - {{id: M{n}, title: Share, {year}}}\n" for n in range(1, 4)))
    start = plan + ("  - {id: M4, title: Share trained, target: {value: 30, "
                    "date: 2026-12-31}, actuals: [{date: DAY, value: 38}]}\n")
    RuleTester(metric_without_cadence).assert_passes(start.replace("DAY", "2025-12-31"))
    # a reading within the year is a reading on the way
    RuleTester(metric_without_cadence).assert_fails(
        start.replace("DAY", "2026-01-15"), [("plan", None)])
    done = plan + ("  - {id: D1, title: 'Guidelines: Adoption', target: {value: 1, "
                   "date: 2026-03-31}, actuals: [{date: 2026-01-09, value: 1}]}\n"
                   "initiatives:\n  - {id: W1, title: Adopt the guidelines, "
                   "status: STATUS, metrics: [D1]}\n")
    RuleTester(metric_without_cadence).assert_passes(done.replace("STATUS", "done"))
    # the same reading of work still under way is the plan reading it on the way
    RuleTester(metric_without_cadence).assert_fails(
        done.replace("STATUS", "active"), [("plan", None)])


def test_end_state_targets_are_left_out_of_a_plan_that_states_its_cadences() -> None:
    plan = ("planlint: 1\nplan: {as_of: 2024-11-30, horizon: {start: 2024-01-01, "
            "end: 2040-12-31}}\nmetrics:\n"
            "  - {id: M1, title: Total emissions, unit: t, cadence: annual, "
            "target: {value: 450, date: 2030-12-31}, actuals: [{date: 2023-12-31, value: 928}]}\n"
            + "".join(f"  - {{id: A{n}, title: Renewable energy share, unit: '%', "
                      f"target: {{value: 100, date: 2028-12-31}}}}\n" for n in range(1, 4)))
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a plan that states no cadence at all, or targets already due, are still asked
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("cadence: annual, ", ""), [("plan", None)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("as_of: 2024-11-30", "as_of: 2029-06-30"), [("plan", None)])


def test_an_agenda_of_work_for_a_short_cycle_is_measured_by_what_it_ships() -> None:
    agenda = ("planlint: 1\nplan: {horizon: {start: 2025-01-01, end: 2025-03-31}}\n"
              "goals:\n" + "".join(f"  - {{id: G{n}, title: Faster flags}}\n" for n in (1, 2))
              + "initiatives:\n  - {id: I1, title: Ship local evaluation, supports: [G1]}\n"
              "  - {id: I2, title: Ship flag templates, supports: [G2]}\n")
    RuleTester(unmeasured_goal).assert_passes(agenda)
    # work given up measures nothing, nor does the work of a longer plan
    RuleTester(unmeasured_goal).assert_fails(
        agenda.replace("supports: [G2]}", "supports: [G2], status: cancelled}"), [("G2", 5)])
    RuleTester(unmeasured_goal).assert_fails(
        agenda.replace("2025-03-31", "2025-12-31"), [("plan", None)])
    # a hundred days counted from an event still to come are one short cycle too
    counted = agenda.replace("{start: 2025-01-01, end: 2025-03-31}", "{length: P100D}")
    RuleTester(unmeasured_goal).assert_passes(counted)
    RuleTester(unmeasured_goal).assert_fails(
        counted.replace("P100D", "P36M"), [("plan", None)])
    # a plan that measures its goals asks a measure of each goal, work or not
    RuleTester(unmeasured_goal).assert_fails(
        agenda.replace("title: Faster flags}\n  - {id: G2",
                       "title: Faster flags, metrics: [{id: M1, title: Evaluation time}]}"
                       "\n  - {id: G2"), [("G2", 5)])


def test_a_charter_that_measures_its_goals_by_deliverables_is_measured_by_its_work() -> None:
    """A plan whose goals are measured only by the deliverables of their work (a working
    group's charter) measures a goal its live work supports by that work being done."""
    charter = ("planlint: 1\ngoals:\n  - {id: G1, title: Maintain the specification}\n"
               "  - {id: G2, title: Establish a community channel for implementers}\n"
               "  - {id: G3, title: Lead the evolution of a shared vision}\n"
               "initiatives:\n  - id: I1\n    title: Edition 3 of the specification\n"
               "    supports: [G1]\n    metrics: [{id: M1, title: Candidate Recommendation "
               "published, kind: milestone}]\n"
               "  - {id: I2, title: Discussion forum, supports: [G2]}\n")
    RuleTester(unmeasured_goal).assert_fails(charter, [("G3", 5)])
    # a measure of a level among the work's, or a goal's own, is a plan measuring its goals
    RuleTester(unmeasured_goal).assert_fails(
        charter.replace("Candidate Recommendation published, kind: milestone",
                        "Implementations passing the tests, kind: level"),
        [("G2", 4), ("G3", 5)])
    RuleTester(unmeasured_goal).assert_fails(
        charter.replace("title: Maintain the specification}",
                        "title: Maintain the specification, metrics: [{id: M2, title: Open "
                        "issues}]}"), [("G2", 4), ("G3", 5)])


def test_a_plan_that_tracks_its_work_as_dated_commitments_is_measured_by_it() -> None:
    """A plan that tracks its goals' work as dated commitments (each piece of live work with
    its due date and status, each piece done with the date it was done: a department's
    structural reform plan) measures a goal its work supports by that work being done; a
    goal no work supports is still asked."""
    tracker = ("planlint: 1\nplan: {as_of: 2012-08-01}\ngoals:\n"
               "  - {id: P1, title: Reduce the structural deficit}\n"
               "  - {id: A1, title: Reform public service pensions, parent: P1}\n"
               "  - {id: A2, title: Promote employee share ownership, parent: P1}\n"
               "  - {id: A3, title: Support access to finance for small firms, parent: P1}\n"
               "initiatives:\n"
               "  - {id: A1.i, title: Introduce a pensions Bill, supports: [A1], "
               "end: 2013-03-31, status: active}\n"
               "  - {id: A2.i, title: Publish a review of employee ownership, supports: [A2], "
               "end: 2012-07-31, status: done, completed: 2012-07-15}\n"
               "  - {id: A3.i, title: Re-notify the tax relief, supports: [A3], "
               "end: 2012-10-31, status: planned}\n")
    RuleTester(unmeasured_goal).assert_passes(tracker)
    RuleTester(unmeasured_goal).assert_fails(
        tracker.replace(", supports: [A3]", ""), [("A3", 7)])
    # work done with no date of its doing, work with no due date, or an aim measured on its
    # own, is no such tracker
    RuleTester(unmeasured_goal).assert_fails(
        tracker.replace(", completed: 2012-07-15", ""), [("plan", None)])
    RuleTester(unmeasured_goal).assert_fails(
        tracker.replace("end: 2012-10-31, ", ""), [("plan", None)])
    RuleTester(unmeasured_goal).assert_fails(
        tracker.replace("initiatives:", "  - {id: P2, title: Lower inflation, metrics: "
                        "[{id: M1, title: Consumer price inflation}]}\ninitiatives:"),
        [("plan", None)])


def test_a_plan_that_keeps_its_goals_measures_in_another_document_is_not_asked() -> None:
    """A performance plan whose strategic goals are measured through the metrics each
    funded project selects in its data plan (``withheld: [metrics]``) is not asked for
    them, beside goals whose indicators it publishes; other withheld records, such as its
    initiatives, do not excuse a missing measure."""
    plan = ("plan: {id: p, withheld: WITHHELD}\n"
            "goals:\n  - {id: SG1, title: Restore and conserve habitat}\n"
            "  - {id: SG2, title: Restore water quality}\n"
            "  - {id: PG1, title: Operational excellence, metrics: [{id: M1, title: "
            "Reports submitted in a timely manner}]}\n")
    RuleTester(unmeasured_goal).assert_passes(plan.replace("WITHHELD", "[metrics]"))
    RuleTester(unmeasured_goal).assert_passes(
        plan.replace("WITHHELD", "[initiatives, metrics]"))
    RuleTester(unmeasured_goal).assert_fails(plan.replace("WITHHELD", "[initiatives]"),
                                             [("SG1", 3), ("SG2", 4)])


@pytest.mark.parametrize(("description", "parked"), [
    ("Nothing specific in Q1", True),
    ("Nothing planned this quarter", True),
    ("No work planned for 2025", True),
    ("Not a focus this year", True),
    ("Parked until Q3", True),
    ("Nothing specific", False),
    ("Fewer cars parked in bike lanes", False),
    ("Cars parked for more than two hours", False),
])
def test_a_goal_the_period_parks_is_not_asked_for_a_measure(description: str,
                                                            parked: bool) -> None:
    agenda = ("goals:\n  - {id: G1, title: Grow the community, metrics: [{id: M1}]}\n"
              f"  - {{id: G2, title: Advocates program, description: {description}}}\n"
              "  - {id: G3, title: Meetups, metrics: [{id: M2}]}\n")
    tester = RuleTester(unmeasured_goal)
    if parked:
        tester.assert_passes(agenda)
    else:
        tester.assert_fails(agenda, [("G2", 3)])


def test_a_heading_that_sorts_work_by_kind_is_not_asked_for_a_measure() -> None:
    board = ("goals:\n  - {id: '100', title: Incidents & Assets Services}\n"
             "  - id: '400'\n    title: Monitoring Services\n"
             "  - {id: '500', title: Reach every farm, metrics: [{id: M1}]}\n"
             "initiatives:\n  - {id: '101', title: Flood information service, supports: ['100']}\n"
             "  - id: '401'\n    title: Defra laboratory service\n    supports: ['400']\n"
             "    metrics: [{id: M2, title: Discovery started, kind: milestone}]\n")
    RuleTester(unmeasured_goal).assert_passes(board)
    # a theme with nothing under it sorts nothing
    RuleTester(unmeasured_goal).assert_fails(
        board.replace("supports: ['100']", "supports: ['500']"), [("100", 2)])
    # a heading that says what it is for is a goal, asked for a measure
    RuleTester(unmeasured_goal).assert_fails(
        board.replace("Incidents & Assets Services}",
                      "Incidents & Assets Services, description: Warn everyone at risk}"),
        [("100", 2)])


def test_a_program_that_runs_the_whole_organisation_is_not_asked_for_a_measure() -> None:
    budget = ("goals:\n  - {id: PO, title: Safe communities}\n"
              "  - {id: '3803', title: Fire Suppression, parent: PO, metrics: [{id: M1}]}\n"
              "  - {id: '3810', title: Emergency Medical Services, parent: PO,"
              " metrics: [{id: M2}]}\n"
              "  - {id: '3849', title: Technology Support, description: This program provides "
              "information technology and support for all aspects of department operations.}\n"
              "  - {id: '3850', title: General Administration and Support}\n")
    RuleTester(unmeasured_goal).assert_passes(budget)
    for title in ("Support to Operations", "Departmental Support", "Internal Services",
                  "Finance and Administration", "Administration"):
        RuleTester(unmeasured_goal).assert_passes(
            budget.replace("General Administration and Support", title))
    # support of one thing, not of all the organisation's operations, is a program to measure
    RuleTester(unmeasured_goal).assert_fails(
        budget.replace("support for all aspects of department operations",
                       "support for dispatching"), [("3849", 5)])
    # under a goal, or with goals below it, it is part of the cascade
    RuleTester(unmeasured_goal).assert_fails(
        budget.replace("General Administration and Support}",
                       "General Administration and Support, parent: PO}"), [("3850", 6)])
    # a title that only starts with such words names something else
    RuleTester(unmeasured_goal).assert_fails(
        budget.replace("General Administration and Support", "Administration of justice"),
        [("3850", 6)])


def test_a_version_release_is_measured_by_the_work_listed_for_it() -> None:
    release = ("goals:\n  - {id: G1, title: Deliver Windows Terminal 2.0}\n"
               "  - {id: G2, title: Grow adoption}\n"
               "initiatives:\n  - {id: I1, title: Settings UI, supports: [G1]}\n")
    RuleTester(unmeasured_goal).assert_fails(release, [("G2", 3)])
    # with no work listed, or all of it given up, the release has no scope to read
    RuleTester(unmeasured_goal).assert_fails(
        release.replace("supports: [G1]}", "supports: [G1], status: cancelled}"),
        [("plan", None)])
    # a delivery that names no numbered version is not a release
    RuleTester(unmeasured_goal).assert_fails(
        release.replace("Windows Terminal 2.0", "competitive product offerings"),
        [("plan", None)])
    # a prohibition to enact is a rule adopted or not, its work listed for it
    RuleTester(unmeasured_goal).assert_fails(
        release.replace("Deliver Windows Terminal 2.0", "Prohibit texting while driving"),
        [("G2", 3)])
    RuleTester(unmeasured_goal).assert_fails(
        release.replace("Deliver Windows Terminal 2.0", "Banking services for all"),
        [("plan", None)])


def test_a_goal_graded_by_a_reported_result_of_its_own_is_measured_by_it() -> None:
    todos = ("goals:\n  - {id: G, title: Redistribute power in the ecosystem}\n"
             "  - {id: T1, title: A successful conference, parent: G,\n"
             "     actuals: [{date: 2019-12-31, value: 1}]}\n"
             "  - {id: T2, title: Launch a resource hub, parent: G,\n"
             "     actuals: [{date: 2019-12-31, text: 'FAILURE: no launch this year'}]}\n")
    # the to-dos are measured by their verdicts; the aim above them is not
    RuleTester(unmeasured_goal).assert_fails(todos, [("G", 2)])
    RuleTester(unmeasured_goal).assert_fails(
        todos.replace("     actuals: [{date: 2019-12-31, value: 1}]}", "     }"),
        [("G", 2), ("T1", 3)])


def test_goals_under_a_measured_goal_are_measured_at_its_level_when_that_is_the_style(
        ) -> None:
    # a pillar with measures, its focus areas grouping actions: the plan's way of writing
    pillars = "goals:\n  - {id: P1, metrics: [{id: M1}]}\n" + "".join(
        f"  - {{id: P1.F{n}, parent: P1}}\n" for n in range(1, 5)) + "  - {id: P2}\n"
    RuleTester(unmeasured_goal).assert_fails(pillars, [("P2", 7)])
    # a plan that measures its sub-goals reports the one that is not
    cascade = ("goals:\n  - {id: G1, metrics: [M1]}\n" + "".join(
        f"  - {{id: G1.{n}, parent: G1, metrics: [M1]}}\n" for n in range(1, 5))
        + "  - {id: G1.5, parent: G1}\nmetrics: [{id: M1}]\n")
    RuleTester(unmeasured_goal).assert_fails(cascade, [("G1.5", 7)])


def test_the_unmeasured_parts_of_an_outcome_measured_as_a_whole_are_measured_by_it(
        ) -> None:
    # an outcome measured by a survey, and the three sub-sections that comprise its
    # strategy, none measured on its own, beside outcomes whose sub-sections are measured
    outcomes = ("goals:\n  - {id: '6.2'}\n"
                "  - {id: '6.2.1', parent: '6.2', metrics: [{id: M1}]}\n"
                "  - {id: '6.2.2', parent: '6.2', metrics: [{id: M2}]}\n"
                "  - {id: '6.4'}\n"
                "  - {id: '6.4.1', parent: '6.4', metrics: [{id: M5}]}\n"
                "  - {id: '6.4.2', parent: '6.4', metrics: [{id: M6}]}\n"
                "  - {id: '6.3', metrics: [{id: M3}]}\n" + "".join(
                    f"  - {{id: '6.3.{n}', parent: '6.3'}}\n" for n in range(1, 4)))
    RuleTester(unmeasured_goal).assert_passes(outcomes)
    # where one of the parts is measured, the others are asked for a measure too
    RuleTester(unmeasured_goal).assert_fails(
        outcomes.replace("{id: '6.3.3', parent: '6.3'}",
                         "{id: '6.3.3', parent: '6.3', metrics: [{id: M4}]}"),
        [("6.3.1", 9), ("6.3.2", 10)])


@pytest.mark.parametrize(("description", "measured"), [
    ('Measures: "See confidential version".', True),
    ("Its key results are internal-only.", True),
    ("Measures of private investment come later.", False),
    ("Confidential: measures to be set.", False),
    # a performance category withheld for security, said in its own text
    ("Given the sensitivity of this performance category and its associated results, "
     "this data cannot be included in a public document.", True),
    ("Data cannot be collected yet.", False),
])
def test_a_goal_whose_measures_are_kept_confidential_is_measured_there(
        description: str, measured: bool) -> None:
    fragment = ("goals:\n  - {id: G1, title: Grow, metrics: [{id: M1, title: Revenue}]}\n"
                f"  - {{id: G2, title: Scale sales, description: '{description}'}}\n")
    if measured:
        RuleTester(unmeasured_goal).assert_passes(fragment)
    else:
        RuleTester(unmeasured_goal).assert_fails(fragment, [("G2", 3)])


@pytest.mark.parametrize(("title", "measured"), [
    ("Develop an Ambassador Program.", True),
    ("Establish a working group for integrating HTTP servers into the core", True),
    ('Begin preparation for the "PHP Next" marketing campaign to highlight PHP', True),
    # one system to build, which works or not; its output is the goal above's to measure
    ("Create a sales system that reliably generates new funded development opportunities",
     True),
    # one model or survey made and put out, the two verbs joined
    ("Create and publish a OSPO Maturity Model", True),
    ("Build out and run OSPO Survey 2022", True),
    ("Build a strong diversity and inclusion work environment", False),  # a quality
    ("Develop data services and APIs", False),  # no one body, programme or campaign
    # one thing renewed, with the parts it delivers listed
    ("Modernize the website with a new downloads page, documentation, and homepage", True),
    ("Modernize the website", False),
    # one body set up by taking on a legal form, one event started by its first edition
    ("Incorporate as a non-profit entity", True),
    ("Register as a charity in Scotland", True),
    ("Host first OSPOCon in APAC", True),
    ("Host first meetups in Europe", False),  # in the plural
    ("Incorporate feedback as a priority", False),  # no legal form
])
def test_a_goal_under_a_goal_that_sets_up_one_programme_is_done_or_not(
        title: str, measured: bool) -> None:
    fragment = ("goals:\n  - {id: G1, title: Grow, metrics: [{id: M1, title: Revenue}]}\n"
                "  - {id: G2, title: Ensure sustainable sponsorship}\n"
                "  - {id: G3, title: Secure funding, parent: G2, metrics: [M1]}\n"
                f"  - {{id: G4, title: '{title}', parent: G2}}\n")
    if measured:
        RuleTester(unmeasured_goal).assert_passes(fragment)
    else:
        RuleTester(unmeasured_goal).assert_fails(fragment, [("G4", 5)])
    # a goal of the plan's own, under no goal, is asked for a measure whatever its wording
    RuleTester(unmeasured_goal).assert_fails(fragment.replace(", parent: G2}", "}"),
                                             [("G4", 5)])


def test_a_goal_is_measured_through_the_measures_of_the_work_that_supports_it() -> None:
    # a grant's objective to run a service, measured by its deliverable's uptime
    fragment = dedent("""\
        goals: [{id: G1, title: Maintain the rules engine}, {id: G2, title: Expand}]
        initiatives:
          - {id: D1, supports: [G1], metrics: [{id: D1.uptime, title: Uptime, unit: "%"}]}
          - {id: D2, supports: [G2]}
        """)
    RuleTester(unmeasured_goal).assert_fails(fragment, [("G2", 1)])
    # the work of a goal that names an owner was cancelled: its measures measure nothing
    cancelled = fragment.replace("supports: [G1], metrics", "supports: [G1], status: "
                                                             "cancelled, metrics")
    RuleTester(unmeasured_goal).assert_fails(
        "people: [{id: ann}]\n" + cancelled.replace("{id: G1,", "{id: G1, owner: ann,"),
        [("plan", None)])


def test_a_goal_whose_measured_work_was_all_cancelled_is_left_to_uncascaded_goal() -> None:
    """A top-level goal measured by the outputs of its only work, which was cancelled (a
    school postponed, its money moved), lost its work: uncascaded-goal reports that one
    cause, naming the cancelled work."""
    fragment = dedent("""\
        goals: [{id: G1, title: Teach formalization}, {id: G2, title: Expand}]
        initiatives:
          - {id: D1, supports: [G1], status: cancelled, metrics: [{id: D1.out, title: Examples}]}
          - {id: D2, supports: [G2], metrics: [{id: D2.out, title: Tools}]}
        """)
    RuleTester(unmeasured_goal).assert_passes(fragment)
    [finding] = RuleTester(uncascaded_goal).assert_fails(fragment, [("G1", 1)])
    assert "its only initiative, D1, is cancelled" in finding.message
    # still reported: other work of the goal goes on unmeasured, or the goal is not at the top
    RuleTester(unmeasured_goal).assert_fails(
        fragment + "  - {id: D3, supports: [G1]}\n", [("G1", 1)])
    RuleTester(unmeasured_goal).assert_fails(
        fragment.replace("title: Teach formalization}", "title: Teach, parent: G2}"),
        [("G1", 1)])


def test_a_measure_that_is_only_a_name_is_reported_once() -> None:
    fragment = ("metrics:\n  - {id: M1, title: Customer loyalty}\n"
                "  - {id: M2, title: Revenue, target: {value: 9}}\n"
                "  - {id: M3, title: Cost, target: {value: 5}}\n")
    [finding] = RuleTester(metric_without_target).assert_fails(fragment, [("M1", 2)])
    assert "is only a name so far: it has no target, baseline, unit, cadence, source or reading" \
        in finding.message
    for rule in (metric_without_baseline, metric_without_unit, metric_without_cadence,
                 metric_without_source):
        assert "M1" not in [f.node for f in RuleTester(rule).findings(fragment)]


def test_a_plan_whose_measures_state_no_figure_is_reported_once_for_the_targets() -> None:
    """Where no measure a practice applies to states any figure, the baseline, unit,
    cadence and source rules have nothing to ask of; metric-without-target reports the
    plan. One measure with a figure makes it a practice to judge again."""
    names = ("metrics:\n  - {id: M1, title: Customer loyalty}\n"
             "  - {id: M2, title: Staff engagement}\n  - {id: M3, title: Brand reach}\n")
    RuleTester(metric_without_target).assert_fails(names, [("plan", None)])
    figured = names + "  - {id: M4, title: Revenue, target: {value: 9}}\n"
    for rule in (metric_without_baseline, metric_without_unit, metric_without_cadence,
                 metric_without_source):
        RuleTester(rule).assert_passes(names)
    for rule in (metric_without_baseline, metric_without_cadence, metric_without_source):
        RuleTester(rule).assert_fails(figured, [("plan", None)])
    # the unit is asked of the measures that state a figure (see the test below)
    RuleTester(metric_without_unit).assert_fails(
        figured.replace("Revenue", "Customer score"), [("plan", None)])


def test_states_of_affairs_that_state_no_figure_leave_no_figures_to_ask_of() -> None:
    """Measures that state no figure and say what is to be true by the plan's end (a
    clause on the things they name first, or one deliverable named after an article)
    leave nothing to give a baseline, unit, cadence or source to, though another
    measure states its figures: metric-without-target reports their missing level.
    Names of quantities (``Customer loyalty``) are still the plan's practice."""
    states = ("metrics:\n"
              "  - {id: M1, title: Digital public goods are part of the default approach}\n"
              "  - {id: M2, title: Maintained digital public goods have enabled action}\n"
              "  - {id: M3, title: The establishment of a financing instrument}\n"
              "  - {id: M4, title: Countries reached, unit: countries, cadence: annual, "
              "source: the registry, baseline: {value: 0, date: 2023-01-01}, "
              "target: {value: 50, date: 2028-12-31}}\n")
    RuleTester(metric_without_target).assert_fails(states, [("plan", None)])
    named = states.replace("Digital public goods are part of the default approach",
                           "Customer loyalty").replace(
        "Maintained digital public goods have enabled action", "Staff engagement")
    for rule in (metric_without_baseline, metric_without_unit, metric_without_cadence,
                 metric_without_source):
        RuleTester(rule).assert_passes(states)
    for rule in (metric_without_baseline, metric_without_cadence, metric_without_source):
        RuleTester(rule).assert_fails(named, [("plan", None)])


def test_no_unit_is_asked_of_measures_that_state_no_figure_at_all() -> None:
    """Where every measure that lacks a unit states no figure (names of quantities
    beside others that state theirs), there is nothing yet to read in one unit or
    another: metric-without-target reports the missing levels. One that states a figure
    makes the missing units a practice again, and so does a plan that withholds its
    targets: its figures exist, only unpublished."""
    named = ("metrics:\n  - {id: M1, title: Customer loyalty}\n"
             "  - {id: M2, title: Staff engagement}\n  - {id: M3, title: Brand reach}\n"
             "  - {id: M4, title: Countries reached, unit: countries, "
             "target: {value: 50, date: 2028-12-31}}\n")
    RuleTester(metric_without_target).assert_fails(named, [("plan", None)])
    RuleTester(metric_without_unit).assert_passes(named)
    RuleTester(metric_without_unit).assert_fails(
        named.replace("Brand reach}", "Brand reach, target: {value: 7}}"), [("plan", None)])
    RuleTester(metric_without_unit).assert_fails(
        "plan: {withheld: [targets]}\n" + named, [("plan", None)])


def test_statistics_a_report_quotes_beside_unmeasured_goals_ask_no_target() -> None:
    """An annual report's goals, most listing no measure, beside statistics quoted with
    their readings (commits and reviews each month): no plan-wide target finding. Goals
    that each list their measure, or one measure that sets a target, make the missing
    targets the plan's practice again."""
    fragment = ("goals:\n  - {id: G1, metrics: [M1, M2]}\n  - {id: G2}\n  - {id: G3}\n"
                "metrics:\n"
                "  - {id: M1, title: Commits by staff per month, cadence: monthly, "
                "actuals: [{date: 2021-02-28, value: 11}, {date: 2021-03-31, value: 33}]}\n"
                "  - {id: M2, title: Reviews by staff per month, cadence: monthly, "
                "actuals: [{date: 2021-02-28, value: 48}, {date: 2021-03-31, value: 98}]}\n")
    RuleTester(metric_without_target).assert_passes(fragment)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("{id: G2}", "{id: G2, metrics: [M1]}"), [("plan", None)])
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("{date: 2021-03-31, value: 98}]}",
                         "{date: 2021-03-31, value: 98}]}\n"
                         "  - {id: M3, title: Members, target: {value: 9}}\n"
                         "  - {id: M4, title: Visits per month, actuals: "
                         "[{date: 2021-03-31, value: 5}]}"), [("plan", None)])


def test_a_practice_under_way_graded_by_the_share_done_asks_no_target() -> None:
    """A key result that says what people are doing (``Newsroom analysts are distributing
    reports ...``), graded only by the share of it done, is a state to bring about even
    beside a level in two key results: no target asked. A level on the move is asked."""
    fragment = ("goals:\n  - {id: G1, metrics: [M1, M2]}\n  - {id: G2, metrics: [M3, M4]}\n"
                "metrics:\n"
                "  - {id: M1, title: Newsroom analysts are distributing reports sourced from "
                "the new model, actuals: [{date: 2022-05-11, value: 0.2}]}\n"
                "  - {id: M2, title: 80% of requests take less than 15 minutes}\n"
                "  - {id: M3, title: Launch the data catalog}\n"
                "  - {id: M4, title: Hire two engineers}\n")
    RuleTester(metric_without_target).assert_passes(fragment)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("Newsroom analysts are distributing reports sourced from the new "
                         "model", "Newsroom revenue is growing"), [("M1", None)])


def test_a_reports_one_statistic_beside_unmeasured_goals_asks_no_target() -> None:
    """A makerspace's year report quoting one figure after the year (the share of the
    time the space was open) on one of its goals, the others listing no measure: the
    report's statistic, not a level the plan set; a goal list measured by half its goals,
    or the figure never read, is asked for its target."""
    fragment = ("goals:\n  - {id: G1, title: Opening hours, metrics: [M1]}\n"
                "  - {id: G2}\n  - {id: G3}\n"
                "metrics:\n  - {id: M1, title: Share of the time the space was open, "
                "unit: '%', actuals: [{date: 2025-12-31, value: 11}]}\n")
    RuleTester(metric_without_target).assert_passes(fragment)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("  - {id: G3}\n", ""), [("M1", None)])
    RuleTester(metric_without_target).assert_fails(
        fragment.replace(", actuals: [{date: 2025-12-31, value: 11}]", ""), [("M1", None)])


def test_statistics_a_report_quotes_beside_its_targeted_table_ask_no_target() -> None:
    """A budget justification's performance table, each measure targeted and read, beside
    its account of what the year yielded (receivables, exclusions), quoted in figures with
    no target: neither a plan-wide finding nor one per statistic. A statistic with a
    direction, one read only in words, a targeted measure not read, or a table of fewer
    than a third of the measures, is asked for its targets again."""
    fragment = ("metrics:\n"
                "  - {id: T1, title: Audit recommendations implemented, unit: '%', "
                "target: {value: 80, date: 2017-09-30}, "
                "actuals: [{date: 2017-09-30, value: 82}]}\n"
                "  - {id: T2, title: Return on investment, unit: ratio, "
                "target: {value: 5, date: 2017-09-30}, "
                "actuals: [{date: 2017-09-30, value: 6}]}\n"
                "  - {id: T3, title: Days to close a case, unit: days, "
                "target: {value: 90, date: 2017-09-30}, "
                "actuals: [{date: 2017-09-30, value: 85}]}\n"
                "  - {id: S1, title: Audit receivables, unit: USD m, "
                "actuals: [{date: 2017-09-30, value: 1200}]}\n"
                "  - {id: S2, title: Exclusions, unit: exclusions, "
                "actuals: [{date: 2017-09-30, value: 3600}]}\n"
                "  - {id: S3, title: Convictions, unit: convictions, "
                "actuals: [{date: 2017-09-30, value: 700}]}\n")
    plan_wide = [("plan", None)]
    RuleTester(metric_without_target).assert_passes(fragment)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("unit: exclusions,", "unit: exclusions, direction: increase,"), plan_wide)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("value: 3600}", "text: more than last year}"), plan_wide)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("actuals: [{date: 2017-09-30, value: 6}]", "cadence: annual"), plan_wide)
    RuleTester(metric_without_target).assert_fails(
        fragment + "  - {id: S4, title: Civil actions, unit: actions, "
        "actuals: [{date: 2017-09-30, value: 600}]}\n"
        "  - {id: S5, title: Advisory opinions, unit: opinions, "
        "actuals: [{date: 2017-09-30, value: 20}]}\n"
        "  - {id: S6, title: Settlements, unit: settlements, "
        "actuals: [{date: 2017-09-30, value: 40}]}\n"
        "  - {id: S7, title: Subpoenas, unit: subpoenas, "
        "actuals: [{date: 2017-09-30, value: 90}]}\n", plan_wide)
    # three statistics beside six targeted measures (T1 is a milestone), exactly a third
    # of the measures (an economic development corporation's scorecard of goals and
    # actuals, beside the year's impact it also cites), are its account too; two beside
    # four are a few targets missing, reported one by one
    more = ("  - {id: U1, title: Investigations opened, unit: cases, "
            "target: {value: 400, date: 2017-09-30}, "
            "actuals: [{date: 2017-09-30, value: 410}]}\n"
            "  - {id: U2, title: Reports issued, unit: reports, "
            "target: {value: 120, date: 2017-09-30}, "
            "actuals: [{date: 2017-09-30, value: 131}]}\n")
    third = fragment + more + ("  - {id: U3, title: Hotline calls answered, unit: calls, "
                               "target: {value: 9500, date: 2017-09-30}, "
                               "actuals: [{date: 2017-09-30, value: 9700}]}\n"
                               "  - {id: U4, title: Fines collected, unit: USD m, "
                               "target: {value: 40, date: 2017-09-30}, "
                               "actuals: [{date: 2017-09-30, value: 44}]}\n")
    RuleTester(metric_without_target).assert_passes(third)
    RuleTester(metric_without_target).assert_fails(
        fragment[:fragment.index("  - {id: S3")] + more, [("S1", None), ("S2", None)])


def test_a_monthly_update_s_figures_beside_goals_that_carry_its_targets_ask_no_target(
) -> None:
    """An open-startup update's figures of the month (users, trials, revenue), quoted
    with no target or direction beside goals for the month each listing a measure that
    states one ($150 MRR, 4,000 daily users, the latter not read yet): the figures are
    the report's account. A figure a goal lists, a direction, or a single goal carrying
    a target makes the missing targets the plan's practice again."""
    fragment = ("goals:\n  - {id: F1, title: $150 MRR, due: 2017-02-28, metrics: [MRR]}\n"
                "  - {id: F2, title: '4,000 daily active users', due: 2017-02-28, "
                "metrics: [DAU]}\n"
                "  - {id: F3, title: Finish the plugin system, due: 2017-02-28}\n"
                "metrics:\n"
                "  - {id: MRR, title: Monthly recurring revenue, unit: USD, "
                "target: {value: 150, date: 2017-02-28}, "
                "actuals: [{date: 2017-01-31, value: 110}]}\n"
                "  - {id: DAU, title: Daily active users, unit: users, "
                "target: {value: 4000, date: 2017-02-28}}\n"
                "  - {id: AU, title: Active app users, unit: users, "
                "actuals: [{date: 2017-01-31, value: 16131}]}\n"
                "  - {id: NU, title: New app users, unit: users, "
                "actuals: [{date: 2017-01-31, value: 7539}]}\n"
                "  - {id: TR, title: New trial customers, unit: customers, "
                "actuals: [{date: 2017-01-31, value: 146}]}\n"
                "  - {id: RR, title: Recognized revenue, unit: USD, "
                "actuals: [{date: 2017-01-31, value: 390}]}\n")
    plan_wide = [("plan", None)]
    RuleTester(metric_without_target).assert_passes(fragment)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("metrics: [DAU]", "metrics: [DAU, AU]"), plan_wide)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("unit: customers,", "unit: customers, direction: increase,"),
        plan_wide)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace(", metrics: [DAU]", ""), plan_wide)


def test_measures_judged_by_a_threshold_of_real_change_ask_no_target() -> None:
    """An outcomes framework judging its indicators by direction against a baseline,
    each with its criterion for change (tolerance): no target asked, even of the one
    whose criterion is no fixed figure. Where most untargeted measures state no
    threshold, the practice is not the plan's and each one is asked again."""
    fragment = ("metrics:\n"
                "  - {id: M1, title: Life satisfaction, direction: increase, tolerance: 0.1, "
                "baseline: {value: 7.6, date: 2016-12-31}}\n"
                "  - {id: M2, title: Preventable deaths, direction: decrease, tolerance: 4, "
                "baseline: {value: 168, date: 2018-12-31}}\n"
                "  - {id: M3, title: Care leavers in work, direction: increase, "
                "baseline: {value: 63, date: 2019-03-31}}\n")
    RuleTester(metric_without_target).assert_passes(fragment)
    RuleTester(metric_without_target).assert_fails(
        fragment.replace(", tolerance: 4", ""), [("plan", None)])


def test_a_continuing_duty_kept_moving_from_its_baseline_asks_no_target() -> None:
    """An agency's standing duty to keep reducing its backlog, from a stated level and
    read since: the direction is its aim. Work with an end, a measure without a baseline
    or readings since, or one a goal lists, is asked again."""
    fragment = ("initiatives:\n"
                "  - id: I1\n"
                "    title: Continue to work toward a reduction of the backlog\n"
                "    kind: ongoing\n"
                "    metrics:\n"
                "      - {id: M1, title: Backlog of pending requests, direction: decrease, "
                "unit: count, baseline: {value: 4522, date: 2014-04-30}, "
                "actuals: [{date: 2016-04-14, value: 4979}]}\n")
    RuleTester(metric_without_target).assert_passes(fragment)
    for changed in (fragment.replace("    kind: ongoing\n", ""),
                    fragment.replace("direction: decrease, ", ""),
                    fragment.replace("date: 2016-04-14", "date: 2014-04-30"),
                    fragment.replace("baseline: {value: 4522, date: 2014-04-30}, ", ""),
                    fragment + "goals: [{id: G1, metrics: [M1]}]\n"):
        RuleTester(metric_without_target).assert_fails(changed, [("M1", None)])


def test_interim_targets_count_as_a_target() -> None:
    RuleTester(metric_without_target).run(
        passes=["metrics:\n  - id: M1\n    targets: [{value: 5, date: 2002-06-30}]\n"],
        fails=[("metrics:\n  - {id: M1, targets: []}\n", [("M1", 2)])])


def test_breakdowns_of_an_untargeted_measure_count_as_that_measure() -> None:
    """A strategy's indicators, three targeted and one not, the untargeted one's figure
    by Land given as its breakdowns: one measure lacks a target, not five of eight, and
    it is reported on its own."""
    lands = "".join(f"  - {{id: M4-{land}, title: 'Final energy productivity: {land}', "
                    f"unit: index, breaks_down: M4}}\n" for land in ("BW", "BY", "BE", "BB"))
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Primary energy use, unit: index, "
            "target: {value: 60, date: 2030-12-31}}\n"
            "  - {id: M2, title: Renewable share of energy use, unit: '%', "
            "target: {value: 41, date: 2030-12-31}}\n"
            "  - {id: M3, title: Renewable share of electricity, unit: '%', "
            "target: {value: 80, date: 2030-12-31}}\n"
            "  - {id: M4, title: Final energy productivity, unit: index}\n" + lands)
    RuleTester(metric_without_target).assert_fails(plan, [("M4", None)])


def test_a_direction_the_plan_rates_from_its_base_asks_no_target() -> None:
    """An indicator whose target is a direction (``Deutliche Steigerung``), read from its
    base year and rated on track by the publisher's rule: the plan grades it without a
    level; unrated, or with no base, it is still asked."""
    rated = ("planlint: 1\nmetrics:\n"
             "  - {id: M1, title: Final energy productivity, unit: index, "
             "direction: increase, baseline: {value: 100, date: 2008-12-31}, RATING"
             "actuals: [{date: 2023-12-31, value: 131.5}]}\n")
    tester = RuleTester(metric_without_target)
    tester.assert_passes(rated.replace("RATING", "rating: on-track, "))
    tester.assert_fails(rated.replace("RATING", ""), [("M1", None)])


def test_orphan_metric() -> None:
    RuleTester(orphan_metric).run(
        passes=[
            # shared by two goals, and defined inline
            "goals:\n  - {id: G1, metrics: [M1]}\n  - {id: G2, metrics: [M1]}\n"
            "metrics: [{id: M1}]\n",
            "goals:\n  - id: G1\n    metrics: [{id: M1}]\n",
        ],
        fails=[
            ("goals:\n  - {id: G1, metrics: [M1]}\nmetrics:\n  - {id: M1}\n  - {id: M2}\n",
             [("M2", 5)]),
            # a reference of the wrong kind does not make a metric measure anything
            ("initiatives:\n  - {id: I1, supports: [M1]}\nmetrics:\n  - {id: M1}\n",
             [("M1", 4)]),
        ])


def test_the_income_of_a_plan_that_states_its_spending_measures_no_goal() -> None:
    income = ("goals:\n  - {id: G1, metrics: [M1]}\nmetrics:\n"
              "  - {id: M1, title: Contributors paid, target: {value: 20}}\n"
              "  - {id: M2, title: Income from all sources, unit: USD}\n"
              "  - {id: M3, title: 'Income: GitHub Sponsors', unit: USD, breaks_down: M2}\n"
              "  - {id: M4, title: Donations In, unit: EUR, target: {value: 160000}}\n")
    spending = "budgets: [{id: B1, title: Grants, amount: 40000, currency: EUR}]\n"
    RuleTester(orphan_metric).assert_passes(income + spending)
    # without stated spending, or in no currency, income is asked which goal it serves
    RuleTester(orphan_metric).assert_fails(income, [("plan", None)])
    RuleTester(orphan_metric).assert_fails(
        income.replace("unit: EUR", "unit: donors") + spending, [("M4", 7)])


def test_parts_of_a_measure_a_goal_uses_measure_its_goals() -> None:
    parts = ("goals:\n  - {id: G1, metrics: [M1]}\nmetrics:\n"
             "  - {id: M1, title: 'Exam results: pass rate, Mathematics'}\n"
             "  - {id: M2, title: 'Exam results: distinction rate, Mathematics'}\n")
    RuleTester(orphan_metric).assert_passes(parts)
    # a measure of its own, or a label before the colon, is no part of the goal's measure
    RuleTester(orphan_metric).assert_fails(
        parts.replace("Exam results: distinction", "Course results: completion"),
        [("M2", 5)])
    RuleTester(orphan_metric).assert_fails(
        parts.replace("Exam results", "KR 1"), [("M2", 5)])


def test_a_measure_after_the_one_carrying_its_goal_s_own_level_is_not_asked_a_target(
) -> None:
    """A law's objective states its level in words, which its first indicator takes as its
    target; a second indicator, only a name, follows a means to it."""
    plan = ("planlint: 1\ngoals:\n"
            "  - id: '8'\n    title: 'Rachitisme carentiel : disparition du rachitisme "
            "carentiel'\n    metrics:\n"
            "      - {id: M8a, title: Nombre d'hospitalisations pour rachitisme, "
            "direction: decrease, target: {text: disparition du rachitisme carentiel, "
            "date: 2008-12-31}}\n"
            "      - {id: M8b, title: Consommation de vitamine D par la population "
            "pédiatrique}\n")
    RuleTester(metric_without_target).assert_passes(plan)
    # listed before the measure that carries the level, beside a target that is not the
    # goal's own words, or with a direction of its own: still asked
    first, second = plan.split("      - {id: M8b")
    RuleTester(metric_without_target).assert_fails(
        first.replace("      - {id: M8a", "      - {id: M8b" + second.rstrip("\n") +
                      "\n      - {id: M8a"), [("M8b", None)])
    RuleTester(metric_without_target).assert_fails(
        plan.replace("target: {text: disparition", "target: {text: fin"), [("M8b", None)])
    RuleTester(metric_without_target).assert_fails(
        plan.replace("pédiatrique}", "pédiatrique, direction: increase}"), [("M8b", None)])


def test_a_kpi_table_kept_apart_is_one_finding_however_many_indicators_the_work_lists(
) -> None:
    """A programming document: its activities' own indicators, listed by the
    activities, and a table of agency KPIs no goal lists. The work's indicators say
    nothing of whether the plan ties its measures to its goals, so the table kept apart
    is one finding at the plan; a goal listing most of the measures leaves the one it
    forgot reported on its own."""
    work = "".join(f"      - {{id: A{n}}}\n" for n in range(1, 9))
    plan = ("goals:\n  - {id: SO1, metrics: [K1]}\ninitiatives:\n"
            f"  - id: ACT1\n    supports: [SO1]\n    metrics:\n{work}"
            "metrics:\n" + "".join(f"  - {{id: K{n}}}\n" for n in range(1, 6)))
    RuleTester(orphan_metric).assert_fails(plan, [("plan", 1)])
    RuleTester(orphan_metric).assert_fails(
        plan.replace("metrics: [K1]", "metrics: [K1, K2, K3, K4]"), [("K5", 20)])
    # indicators a goal lists as well are the goal's measures, and count
    listed = ", ".join(f"A{n}" for n in range(1, 9))
    RuleTester(orphan_metric).assert_fails(
        plan.replace("metrics: [K1]", f"metrics: [K1, {listed}]"),
        [(f"K{n}", 15 + n) for n in range(2, 6)])


def test_metrics_kept_apart_by_the_units_owning_the_goals_are_their_monitoring() -> None:
    kept = ("units:\n  - {id: lib}\n  - {id: rel, parent: lib}\n  - {id: hr}\n"
            "goals:\n  - {id: G1, unit: lib, metrics: [M1]}\n"
            "  - {id: G2, unit: rel, metrics: [M2]}\nmetrics:\n  - {id: M1}\n  - {id: M2}\n"
            "  - {id: M3, owner: rel}\n  - {id: M4, owner: rel}\n  - {id: M5, owner: OWNER}\n")
    RuleTester(orphan_metric).assert_passes(kept.replace("OWNER", "rel"))
    # a unit under one that owns goals collects for it too
    RuleTester(orphan_metric).assert_passes(kept.replace("{id: hr}", "{id: hr, parent: lib}")
                                            .replace("OWNER", "hr"))
    # a unit that owns no goal, or no unit at all, is not this style
    RuleTester(orphan_metric).assert_fails(kept.replace("OWNER", "hr"), [("plan", 1)])
    RuleTester(orphan_metric).assert_fails(kept.replace(", owner: OWNER", ""), [("plan", 1)])
    # one metric apart is still reported on its own
    RuleTester(orphan_metric).assert_fails(
        kept.replace("  - {id: M4, owner: rel}\n  - {id: M5, owner: OWNER}\n", ""),
        [("M3", 11)])


def test_a_teams_workload_kept_beside_its_measured_goals_is_its_monitoring() -> None:
    """A budget book division's page: its goal's measures tied to the council's goal,
    its workload indicators (volumes of work and demand) beside them, naming no owner:
    the division's own monitoring. A rate left apart, a goal with no measure of its own,
    or a plan that is no team's is still reported."""
    page = ("units:\n  - {id: city}\n  - {id: pw, parent: city}\n"
            "  - {id: wd, parent: pw}\n"
            "goals:\n  - id: G1\n    unit: wd\n"
            "    metrics: [{id: WD-1, title: '% of main breaks repaired within 24 hours'}]\n"
            "metrics:\n  - {id: W-1, title: Number of water service calls}\n"
            "  - {id: W-2, title: Miles of water lines maintained, unit: miles}\n"
            "  - {id: W-3, title: Number of fire hydrants maintained}\n")
    RuleTester(orphan_metric).assert_passes(page)
    RuleTester(orphan_metric).assert_fails(
        page.replace("Number of fire hydrants maintained", "Water loss rate"), [("plan", 1)])
    RuleTester(orphan_metric).assert_fails(
        page.replace("metrics:\n  - {id: W-1", "  - {id: G2, unit: wd}\nmetrics:\n  - {id: W-1"),
        [("plan", 1)])
    RuleTester(orphan_metric).assert_fails(
        page.replace("  - {id: wd, parent: pw}", "  - {id: wd}"), [("plan", 1)])


def _metric(direction: str, baseline: float | None, target: float | None,
            interim: str = "") -> str:
    lines = ["metrics:", "  - id: M1", "    title: Cost per vehicle",
             f"    direction: {direction}"]
    if baseline is not None:
        lines.append(f"    baseline: {{value: {baseline}}}")
    if target is not None:
        lines.append(f"    target: {{value: {target}, date: 2002-12-31}}")
    if interim:
        lines.append(f"    targets: {interim}")
    return "\n".join(lines) + "\n"


def test_target_contradicts_direction_points_at_the_target() -> None:
    tester = RuleTester(target_contradicts_direction)
    [finding] = tester.assert_fails(_metric("increase", 100, 80), [("M1", 6)])
    assert finding.field == "target"
    assert "below its baseline 100" in finding.message
    assert "direction: decrease" in finding.message
    [finding] = tester.assert_fails(_metric("decrease", 100, 115.5), [("M1", 6)])
    assert "target 115.5 is above its baseline 100" in finding.message


def test_target_equal_to_baseline_and_missing_values_are_not_contradictions() -> None:
    RuleTester(target_contradicts_direction).run(passes=[
        _metric("increase", 100, 100), _metric("decrease", 100, 100),
        _metric("increase", None, 50), _metric("increase", 100, None),
        "metrics:\n  - {id: M1, baseline: {value: 1}, target: {value: 0}}\n",
    ])


def test_a_limit_caps_a_trend_and_a_bound_beyond_the_baseline_is_an_aim() -> None:
    capped = _metric("decrease", 100, 115.5).replace("direction:", "bound: at most\n    direction:")
    RuleTester(target_contradicts_direction).assert_passes(capped)
    floor = _metric("increase", 100, 90).replace("direction:", "bound: Minimum\n    direction:")
    RuleTester(target_contradicts_direction).assert_passes(floor)
    wrong = _metric("increase", 100, 80).replace("direction:", "bound: at most\n    direction:")
    RuleTester(target_contradicts_direction).assert_fails(wrong, [("M1", 7)])


def test_interim_targets_may_dip_but_the_latest_one_counts_without_a_target() -> None:
    tester = RuleTester(target_contradicts_direction)
    tester.assert_passes(_metric("increase", -5000, 0, "[{value: -6000, date: 2001-12-31}]"))
    [finding] = tester.assert_fails(_metric(
        "increase", 100, None, "[{value: 120, date: 2002-12-31}, {value: 90, date: 2003-12-31},"
        " {value: 130, date: 2002-06-30}]"), [("M1", 6)])
    assert finding.field == "targets/1"


def test_maintain_allows_a_tolerance_around_the_baseline() -> None:
    tester = RuleTester(target_contradicts_direction)
    tester.run(passes=[_metric("maintain", 92, 90), _metric("maintain", 0, 0)],
               fails=[(_metric("maintain", 92, 120), [("M1", 6)]),
                      (_metric("maintain", 0, 2), [("M1", 6)])])
    [finding] = tester.findings(_metric("maintain", 100, 70))
    assert "direction: decrease" in finding.message and "10%" in finding.message
    RuleTester(target_contradicts_direction, options={"maintain_tolerance": 0.5}) \
        .assert_passes(_metric("maintain", 92, 120))
    with pytest.raises(UsageError, match="maintain_tolerance"):
        RuleTester(target_contradicts_direction,
                   options={"maintain_tolerance": -1}).findings("goals: []\n")


def test_target_after_goal_due_points_at_the_target_date() -> None:
    [finding] = RuleTester(target_after_goal_due).assert_fails("""\
planlint: 1
goals:
  - {id: G1, due: 2002-12-31, metrics: [M1]}
metrics:
  - id: M1
    target:
      value: 85
      date: 2003-06-30
""", [("M1", 8)])
    assert finding.field == "target/date"
    assert "after the due date of goal G1 (2002-12-31)" in finding.message
    assert [related.node for related in finding.related] == ["G1"]


def test_target_after_goal_due_checks_a_shared_metric_against_its_last_goal() -> None:
    [finding] = RuleTester(target_after_goal_due).assert_fails("""\
planlint: 1
goals:
  - {id: G2, due: 2003-03-31, metrics: [M1]}
  - {id: G3, due: 2003-03-31, metrics: [M1]}
metrics:
  - {id: M1, target: {value: 85, date: 2003-06-30}}
""", [("M1", 6)])
    assert finding.field == "target/date"
    assert "after the due dates of goals G2 (2003-03-31), G3 (2003-03-31)" in finding.message
    assert [related.node for related in finding.related] == ["G2", "G3"]


def test_target_after_goal_due_needs_a_target_in_the_term_of_an_earlier_goal() -> None:
    tester = RuleTester(target_after_goal_due)
    [finding] = tester.assert_fails("""\
planlint: 1
goals:
  - {id: G1, start: 2002-07-01, due: 2002-12-31, metrics: [M1]}
  - {id: G2, due: 2004-12-31, metrics: [M1]}
  - {id: G3, due: 2003-01-31, metrics: [M1]}
metrics:
  - {id: M1, target: {value: 85, date: 2003-06-30}}
""", [("M1", 7)])
    assert finding.field == "target"
    assert finding.message == (
        "metric M1 targets 2003-06-30 and also measures goals G1 (2002-07-01 to 2002-12-31), "
        "G3 (due 2003-01-31), due earlier, but none of its targets falls within their "
        "terms; add an interim target under targets on each due date so each can be "
        "judged when due")
    assert [related.node for related in finding.related] == ["G1", "G3"]
    team = ("goals:\n  - {id: ENG, due: 2025-12-31, metrics: [KR]}\n"
            "  - {id: MOB, start: 2025-07-01, due: 2025-09-30, parent: ENG, metrics: [KR]}\n"
            "metrics:\n  - id: KR\n    target: {value: 12000, date: 2025-12-31}\n"
            "    targets:\n")
    tester.run(
        passes=[team + "      - {value: 3000, date: 2025-09-30}\n",  # on its due date
                team + "      - {value: 3000, date: 2025-08-31}\n",  # or within its term
                # a goal due no earlier than the target needs nothing more
                "goals:\n  - {id: G1, due: 2003-12-31, metrics: [M1]}\n"
                "  - {id: G2, due: 2004-12-31, metrics: [M1]}\n"
                "metrics: [{id: M1, target: {value: 85, date: 2003-06-30}}]\n"],
        # a target before the goal's start does not judge it
        fails=[(team + "      - {value: 300, date: 2025-06-30}\n", [("KR", 7)])])


def test_target_after_goal_due_reports_a_late_target_and_an_earlier_goal_apart() -> None:
    early, late = RuleTester(target_after_goal_due).assert_fails("""\
planlint: 1
goals:
  - {id: G1, due: 2002-12-31, metrics: [M1]}
  - {id: G2, due: 2003-03-31, metrics: [M1]}
metrics:
  - id: M1
    targets: [{value: 50, date: 2003-01-31}]
    target: {value: 85, date: 2003-06-30}
""", [("M1", 7), ("M1", 8)])
    assert "after the due date of goal G2 (2003-03-31)" in late.message
    assert early.message == (
        "metric M1 targets 2003-06-30 and also measures goal G1 (due 2002-12-31), due "
        "earlier, but none of its targets falls within that goal's term; add an interim "
        "target under targets on its due date so it can be judged when due")
    assert early.field == "targets"


def test_target_after_goal_due_reports_a_goals_early_date_once() -> None:
    tester = RuleTester(target_after_goal_due)
    plan = ("goals:\n  - {id: T6, due: 2021-06-30, metrics: [K10, K11, K12]}\n%s"
            "metrics:\n  - {id: K10, target: {value: 10, date: 2022-06-30}}\n"
            "  - {id: K11, target: {value: 3, date: 2022-06-30}}\n"
            "  - {id: K12, target: {value: 80, date: %s}}\n")
    [finding] = tester.assert_fails(plan % ("", "2022-06-30"), [("K10", 4)])
    assert "(as do the goal's other measures K11 and K12, which target the same date)" \
        in finding.message
    assert [related.node for related in finding.related] == ["T6", "K11", "K12"]
    every = [("K10", 4), ("K11", 5), ("K12", 6)]
    # measures late by different dates are each their own cause
    tester.assert_fails(plan % ("", "2022-12-31"), every)
    # so is a measure late for another goal as well, and then each is reported
    other = "  - {id: G2, due: 2021-06-30, metrics: [K12]}\n"
    tester.assert_fails(plan % (other, "2022-06-30"), [(node, line + 1) for node, line in every])


def test_target_after_goal_due_uses_the_latest_interim_target_without_a_target() -> None:
    [finding] = RuleTester(target_after_goal_due).assert_fails(
        "goals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\nmetrics:\n  - id: M1\n"
        "    targets:\n      - {value: 1, date: 2003-06-30}\n"
        "      - {value: 2, date: 2002-06-30}\n", [("M1", 6)])
    assert finding.field == "targets/0/date"


def test_target_after_goal_due_needs_both_dates() -> None:
    RuleTester(target_after_goal_due).run(passes=[
        "goals:\n  - {id: G1, metrics: [M1]}\nmetrics:\n"
        "  - {id: M1, target: {value: 85, date: 2003-06-30}}\n",
        "goals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\nmetrics:\n"
        "  - {id: M1, target: {value: 85}}\n",
        "goals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\nmetrics:\n  - {id: M1}\n",
        "metrics:\n  - {id: M1, target: {value: 85, date: 2003-06-30}}\n",
    ])


def test_metrics_across_files(write: Write, tmp_path: Path) -> None:
    write("plan.yaml", "planlint: 1\ngoals:\n  - {id: G1, due: 2002-12-31, metrics: [M1]}\n")
    write("metrics/finance.yaml", "planlint: 1\nmetrics:\n"
          "  - {id: M1, target: {value: 85, date: 2003-06-30}}\n  - {id: M2}\n")
    report = lint(tmp_path, config=Config(select=["PL206", "PL209"]))
    assert [(f.code, f.node, Path(f.location.file).relative_to(tmp_path).as_posix(),
             f.location.line) for f in report.findings] == [
        ("PL209", "M1", "metrics/finance.yaml", 3), ("PL206", "M2", "metrics/finance.yaml", 4)]
    assert Path(report.findings[0].related[0].location.file).name == "plan.yaml"


def test_example_metric_findings() -> None:
    report = lint(EXAMPLE, config=Config(select=["PL2"]))
    assert [(f.code, f.node) for f in report.findings] == [("PL201", "MP2")]


@pytest.mark.slow  # hypothesis draws whole plans
@settings(max_examples=30, deadline=None)
@given(plan=plans())
def test_never_crashes_on_drawn_plans(plan: dict[str, Any]) -> None:
    codes = [rule.code for module in (unmeasured, targets, units, cadence, metrics, sources)
             for rule in rules_in(module)]
    report = lint(plan, config=Config(select=["PL000", *codes]))
    assert [f.message for f in report.findings if f.code == "PL000"] == []


def test_figures_a_plan_keeps_out_of_its_text_are_not_asked_for() -> None:
    fragment = ("plan: {id: okrs, withheld: WITHHELD, as_of: 2022-07-11}\n"
                "metrics:\n  - {id: KR1, title: Increase weekly active projects, "
                "cadence: monthly, direction: increase, FIGURE}\n")
    for rule, withheld, figure in (
            (metric_without_target, "targets", "unit: projects"),
            (metric_without_baseline, "[baselines]", "target: {value: 500}")):
        stated = fragment.replace("FIGURE", figure)
        RuleTester(rule).assert_fails(stated.replace("WITHHELD", "[]"))
        RuleTester(rule).assert_passes(stated.replace("WITHHELD", withheld))


def test_a_reading_at_the_start_of_the_period_shows_where_a_measure_started() -> None:
    fragment = ("plan: {horizon: {start: 2017-07-01, end: 2018-06-30}}\n"
                "metrics:\n  - {id: M1, title: Dataset downloads, unit: downloads, "
                "target: {value: 200000}, actuals: [{date: DAY, value: 140000}]}\n")
    RuleTester(metric_without_baseline).assert_passes(fragment.replace("DAY", "2017-07-07"))
    RuleTester(metric_without_baseline).assert_fails(fragment.replace("DAY", "2017-10-07"))



def test_a_number_the_work_produces_counts_from_zero() -> None:
    fragment = ("initiatives:\n  - id: S1\n    title: Screening events\n    metrics:\n"
                "      - {id: E1, title: TITLE, target: {value: 3, date: 2027-12-31}}\n")
    for title in ("'# of screening events'", "Number of staff trained",
                  "Percent of discharged patients called within 48 hours"):
        RuleTester(metric_without_baseline).assert_passes(fragment.replace("TITLE", title))
    # asked to change a level: where it stands matters
    for title in ("Increase the number of partner organisations",
                  "Reduce screenings missed per 1k adults",
                  "Reduction in energy consumption"):
        RuleTester(metric_without_baseline).assert_fails(fragment.replace("TITLE", title))
    # a goal's measure is judged as the goal's, whoever else lists it
    RuleTester(metric_without_baseline).assert_fails(
        fragment.replace("TITLE", "Number of staff trained")
        + "goals:\n  - {id: G1, metrics: [E1]}\n")


def test_a_measure_of_work_stated_as_a_change_needs_its_start() -> None:
    # the work's own measure, but its target is a change from a level never stated
    fragment = ("initiatives:\n  - id: S1\n    title: Women economic empowerment\n"
                "    metrics:\n      - {id: E1, title: TITLE, unit: '%', TARGET}\n")
    for title, target in (
            ("Forward in Faith membership", "target: {change: +20%, date: 2022-12-31}"),
            ("Percentage increase in financial literacy among women participants",
             "target: {value: 100, date: 2026-12-31}"),
            ("Percentage increase in support services to women in displaced areas",
             "target: {value: 55, date: 2026-12-31}")):
        [finding] = RuleTester(metric_without_baseline).assert_fails(
            fragment.replace("TITLE", title).replace("TARGET", target))
        assert "no baseline" in finding.message
    # a share of the cases that is to be all of them asks no start
    RuleTester(metric_without_baseline).assert_passes(fragment.replace(
        "TITLE", "Percent of women participants trained").replace(
        "TARGET", "target: {value: 100, date: 2026-12-31}"))


@pytest.mark.parametrize(("target", "fails"), [
    ("{text: 'No target will be set for this indicator', date: 2020-03-31}", True),
    ("{text: N/A}", True),
    ("{text: To be determined, date: 2026-12-31}", True),
    ("{text: top decile, date: 2030-07-31}", False),
    ("{text: Not below the national average}", False),
])
def test_a_target_in_words_that_says_there_is_none_is_none(target: str, fails: bool) -> None:
    fragment = f"metrics:\n  - {{id: M1, title: Youth involved, unit: people, target: {target}}}\n"
    if fails:
        [finding] = RuleTester(metric_without_target).assert_fails(fragment, [("M1", 2)])
        assert finding.field == "target" and "its target says" in finding.message
    else:
        RuleTester(metric_without_target).assert_passes(fragment)


@pytest.mark.parametrize(("target", "actual", "fails"), [
    ("{text: n/a, date: 2017-03-31}", "{date: 2017-03-31, text: not available}", False),
    ("{text: Not applicable}", "{date: 2017-03-31, text: '0'}", False),
    ("{text: n/a, date: 2017-03-31}", "{date: 2017-03-31, value: 12}", True),
    ("{text: TBD, date: 2017-03-31}", "{date: 2017-03-31, text: not available}", True),
    ("{text: 'No target will be set'}", "{date: 2017-03-31, text: not available}", True),
])
def test_a_measure_set_aside_in_both_cells_asks_no_target(target: str, actual: str,
                                                          fails: bool) -> None:
    """A results report's indicator whose target is ``n/a`` and whose result gives no
    figure: the report sets it aside for the year. Read with a figure, or with a target
    still to come, it is asked."""
    fragment = (f"metrics:\n  - {{id: M1, title: Businesses created, target: {target},\n"
                f"     actuals: [{actual}]}}\n")
    if fails:
        RuleTester(metric_without_target).assert_fails(fragment, [("M1", 2)])
    else:
        RuleTester(metric_without_target).assert_passes(fragment)


def test_a_dropped_metric_measures_nothing_and_is_judged_by_no_rule() -> None:
    fragment = ("goals: [{id: O4, title: Community Sync Automation, metrics: [KR1]}]\n"
                "metrics:\n  - {id: KR1, title: Syncs have scripts, dropped: 2019-03-21,\n"
                "     actuals: [{date: 2019-03-31, value: 0.4}]}\n")
    [finding] = RuleTester(unmeasured_goal).assert_fails(fragment, [("O4", 1)])
    assert "has no metric left (it dropped KR1)" in finding.message
    RuleTester(unmeasured_goal).assert_passes(fragment.replace(" dropped: 2019-03-21,", ""))
    level = ("plan: {horizon: {start: 2019-01-01, end: 2019-12-31}}\n"
             "metrics:\n  - {id: M1, title: Customer satisfaction, DROPPED\n"
             "     target: {value: 80, date: 2019-12-31},\n"
             "     actuals: [{date: 2019-03-31, value: 64}]}\n")
    for rule in (metric_without_baseline, metric_without_unit, metric_without_cadence,
                 metric_without_source):
        RuleTester(rule).assert_fails(level.replace("DROPPED", ""))
        RuleTester(rule).assert_passes(level.replace("DROPPED", "dropped: 2019-06-30,"))


def test_what_finished_work_produced_is_a_record_not_a_measure_to_formulate() -> None:
    # the reference pages a finished project added: counted once, when it ended
    fragment = dedent("""\
        planlint: 1
        initiatives:
          - id: I1
            title: Documenting WebXR
            status: done
            metrics:
              - {id: M1, title: Pages added, actuals: [{date: 2021-09-30, value: 131}]}
        """)
    for rule in (metric_without_target, metric_without_baseline, metric_without_unit,
                 metric_without_cadence, metric_without_source):
        RuleTester(rule).assert_passes(fragment)
    # work still under way, aiming at a number: a measure to formulate
    RuleTester(metric_without_cadence).assert_fails(
        fragment.replace("status: done", "status: active").replace(
            "actuals:", "target: {value: 150}, actuals:"), [("M1", 7)])


def test_a_cadence_the_readings_show_is_not_asked_of_one_measure() -> None:
    # a value every year: the cadence is evident, though the plan does not state it
    yearly = "".join(f"{{date: {year}-12-31, value: {year - 2000}}}, "
                     for year in range(2016, 2025))
    fragment = ("goals: [{id: G1, metrics: [M1, M2, M3]}]\nmetrics:\n"
                "  - {id: M1, title: People homeless, target: {value: 5}, "
                f"actuals: [{yearly.rstrip(', ')}]}}\n"
                "  - {id: M2, title: Commute share, cadence: annual, target: {value: 20}}\n"
                "  - {id: M3, title: Waste per person, cadence: annual, target: {value: 5}}\n")
    RuleTester(metric_without_cadence).assert_passes(fragment)
    # two readings show no rhythm yet
    two = fragment.replace(yearly.rstrip(", "), "{date: 2016-12-31, value: 1}, "
                                                "{date: 2024-12-31, value: 2}")
    RuleTester(metric_without_cadence).assert_fails(two, [("M1", 3)])


def test_a_process_measure_starts_with_its_work() -> None:
    plan = ("planlint: 1\nplan: {horizon: {start: 2026-04-01, end: 2027-03-31}}\n"
            "goals:\n  - {id: G1, title: Safer discharges, metrics: [M1]}\n"
            "initiatives:\n  - {id: C1, title: Follow-up calls, supports: [G1], "
            "metrics: [P1]}\n"
            "metrics:\n  - {id: M1, title: Readmissions within 30 days, unit: '%', "
            "baseline: {value: 9}, target: {value: 7}}\n"
            "  - {id: P1, title: Percent of discharged patients called within 48 hours, "
            "unit: '%', target: {value: 80}}\n")
    RuleTester(metric_without_baseline).assert_passes(plan)
    # the same percentage, measuring the goal, starts from where the goal stands
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("metrics: [M1]", "metrics: [M1, P1]"), [("P1", 9)])


def test_peoples_own_objectives_are_scored_by_their_owners() -> None:
    plan = ("planlint: 1\npeople: [{id: ann}, {id: bob}]\ngoals:\n"
            "  - {id: A1, owner: ann, metrics: [{id: K1, title: Users from 10 to 25}]}\n"
            "  - {id: A2, owner: ann, metrics: [{id: K2, title: Replies per day from 5 to 9}]}\n"
            "  - {id: B1, owner: bob, metrics: [{id: K3, title: Talks given from 1 to 4}]}\n"
            "  - {id: B2, OWNER}\n")
    RuleTester(metric_without_source).assert_passes(plan.replace("OWNER", "owner: bob"))
    RuleTester(metric_without_source).assert_fails(  # a goal nobody owns: a team's plan
        plan.replace("OWNER", "title: Ours"), [("plan", None)])


def test_peoples_own_key_results_are_not_asked_where_they_start() -> None:
    plan = ("planlint: 1\npeople: [{id: ann}, {id: bob}]\ngoals:\n"
            "  - {id: A1, owner: ann, metrics: [{id: K1, title: Reference users, "
            "target: {value: 25}}]}\n  - {id: A2, owner: ann}\n"
            "  - {id: B1, owner: bob, metrics: [{id: K2, title: Replies per day, "
            "target: {value: 9}}]}\n  - {id: B2, OWNER}\n")
    RuleTester(metric_without_baseline).assert_passes(plan.replace("OWNER", "owner: bob"))
    RuleTester(metric_without_baseline).assert_fails(  # a goal nobody owns: a team's plan
        plan.replace("OWNER", "title: Ours"), [("plan", None)])


def test_a_plan_that_reads_its_measures_in_one_report_is_not_asked_for_cadences() -> None:
    plan = ("planlint: 1\nplan: {id: grant, as_of: 2025-11-05}\nmetrics:\n"
            "  - {id: M1, title: Uptime, unit: '%', target: {value: 99.9, date: 2026-08-31}, "
            "actuals: [{date: 2025-11-05, value: 100}]}\n"
            "  - {id: M2, title: Households helped, target: {value: 900, date: 2026-08-31}, "
            "actuals: [{date: 2025-11-05, value: 450}]}\n"
            "  - {id: M3, title: Benefit value, unit: USD, target: {value: 9, "
            "date: 2026-08-31}}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # readings on another day than the plan's, or a cadence stated elsewhere, are judged
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2025-11-05, value: 100", "date: 2025-06-30, value: 100"),
        [("grant", 2)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("title: Uptime,", "title: Uptime, cadence: monthly,"),
        [("M2", 5)])


def test_an_annual_report_read_each_year_on_its_date_is_not_asked_for_cadences() -> None:
    plan = ("planlint: 1\nplan: {id: aps, as_of: 2023-06-30}\nmetrics:\n"
            "  - {id: M1, title: Customer satisfaction, unit: '%', target: {value: 70, "
            "date: 2023-06-30}, actuals: [{date: 2021-06-30, value: 66}, "
            "{date: 2022-06-30, value: 68}, {date: 2023-06-30, value: 71}]}\n"
            "  - {id: M2, title: Return on assets, unit: '%', target: {value: 2, "
            "date: 2023-06-30}, actuals: [{date: 2023-06-30, value: 1}]}\n"
            "  - {id: M3, title: Emissions, unit: t, cadence: annual, target: {value: 9, "
            "date: 2023-06-30}, actuals: [{date: 2019-06-30, value: 12}]}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a reading on another day of the year, or a measure not read, is judged
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2022-06-30, value: 68", "date: 2022-03-31, value: 68"),
        [("M1", 4), ("M2", 5)])
    RuleTester(metric_without_cadence).assert_fails(
        plan + "  - {id: M4, title: Staff engagement, unit: '%', target: {value: 70, "
        "date: 2024-06-30}}\n", [("aps", 2)])


def test_the_report_of_a_closed_year_is_not_asked_for_cadences() -> None:
    """An annual update published a quarter after its fiscal year closed: every target
    due at the close, the year's results and the year before's read on that day."""
    plan = ("planlint: 1\nplan: {id: fy18, as_of: 2018-09-30}\nmetrics:\n"
            "  - {id: M1, title: Average wait time, unit: minutes, target: {value: 1, "
            "date: 2018-06-30}, actuals: [{date: 2017-06-30, value: 16}, "
            "{date: 2018-06-30, value: 3.7}]}\n"
            "  - {id: M2, title: Returns filed online, unit: '%', target: {value: 80, "
            "date: 2018-06-30}}\n"
            "  - {id: M3, title: Collections, unit: '%', target: {value: 101, "
            "date: 2018-06-30}, actuals: [{date: 2018-06-30, value: 104}]}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a reading on the way, a report long after the close, or a target for another day
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2017-06-30, value: 16", "date: 2017-12-31, value: 16"),
        [("fy18", 2)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("as_of: 2018-09-30", "as_of: 2019-03-31"), [("fy18", 2)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("value: 80, date: 2018-06-30", "value: 80, date: 2019-06-30"),
        [("fy18", 2)])


def test_a_one_year_plans_progress_report_is_not_asked_for_cadences() -> None:
    """An annual improvement plan's progress report at its year's close: the year's
    results read there, beside a measure whose own words set a monthly rhythm."""
    plan = ("planlint: 1\nplan: {id: qip, as_of: 2026-04-01, horizon: {start: 2025-04-01, "
            "end: 2026-03-31}}\nmetrics:\n"
            "  - {id: M1, title: Extra shifts filled per month, unit: '%', cadence: monthly, "
            "target: {value: 90}, actuals: [{date: 2025-11-30, value: 97}, "
            "{date: 2026-01-31, value: 65}]}\n"
            "  - {id: M2, title: Ambulance offload time, unit: minutes, target: {value: 15, "
            "date: 2026-03-31}, actuals: [{date: 2026-03-31, value: 17}]}\n"
            "  - {id: M3, title: Wait time to inpatient bed, unit: hours, target: {value: 3, "
            "date: 2026-03-31}, actuals: [{date: 2026-03-31, value: 3.4}]}\n"
            "  - {id: M4, title: Share of cleans started within 30 minutes, unit: '%', "
            "target: {value: 90}}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a reading on the way, a plan of two years, or a report before the year closed
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("date: 2026-03-31, value: 17", "date: 2025-09-30, value: 17"),
        [("qip", 2)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("start: 2025-04-01", "start: 2024-04-01"), [("qip", 2)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("as_of: 2026-04-01", "as_of: 2026-02-15").replace(
            "date: 2026-03-31, value", "date: 2026-01-31, value"), [("qip", 2)])


def test_targets_judged_in_the_report_of_their_period_are_not_asked_for_cadences() -> None:
    plan = ("planlint: 1\nplan: {id: rrf, as_of: 2022-12-31}\n"
            "goals:\n  - {id: C3, metrics: [T1, T2]}\n"
            "communications:\n  - {id: C1, audience: all, cadence: semiannual, covers: [C3]}\n"
            "metrics:\n  - {id: T1, title: New schools built, unit: m2, "
            "target: {value: 400000, date: 2026-03-31}}\n"
            "  - {id: T2, title: Schools renovated, unit: count, "
            "target: {value: 195, date: 2023-06-30}}\n")
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a report without a rhythm, a target already due, or a reading on the way is judged
    RuleTester(metric_without_cadence).run(fails=[
        (plan.replace(" cadence: semiannual,", ""), [("rrf", 2)]),
        (plan.replace("date: 2023-06-30", "date: 2022-06-30"), [("rrf", 2)]),
        (plan.replace("date: 2023-06-30}", "date: 2023-06-30}, "
                      "actuals: [{date: 2022-06-30, value: 90}]"), [("rrf", 2)])])


def test_a_persons_own_activity_graded_in_part_is_not_asked_for_a_target() -> None:
    graded = ("metrics:\n  - {id: K1, title: Study day-2 operations, "
              "actuals: [{date: 2019-03-31, value: 0.4}]}\n"
              "  - {id: K2, title: Revenue, target: {value: 9}}\n"
              "  - {id: K3, title: Cost, target: {value: 5}}\n")
    people = ("people: [{id: ann}, {id: bob}]\ngoals:\n  - {id: A1, owner: ann}\n"
              "  - {id: A2, owner: ann}\n  - {id: B1, owner: bob}\n  - {id: B2, owner: bob}\n")
    RuleTester(metric_without_target).run(passes=[graded + people],
                                          fails=[(graded, [("K1", 2)])])


def test_a_key_result_read_as_the_deliverables_beside_it_is_not_asked_for_a_target(
) -> None:
    plan = ("goals:\n  - {id: O1, metrics: [K1, K2, K3]}\n"
            "metrics:\n  - {id: K1, title: Codegen is usable in some demo project, "
            "actuals: [{date: 2020-06-30, value: 0.7}]}\n"
            "  - {id: K2, title: Launch the partner portal, "
            "actuals: [{date: 2020-06-30, value: 1}]}\n"
            "  - {id: K3, title: Land spec describing the v2 format, "
            "actuals: [{date: 2020-06-30, value: 0}]}\n")
    # beside levels it is one more level, and asked
    levels = plan.replace("Launch the partner portal", "Customer NPS, target: {value: 50}") \
        .replace("Land spec describing the v2 format", "Users, target: {value: 900}")
    RuleTester(metric_without_target).run(passes=[plan], fails=[(levels, [("K1", 4)])])


def test_a_goal_measured_only_by_indicators_watched_without_a_target_has_none() -> None:
    fragment = ("goals:\n  - {id: G1, title: A sustainable housing finance system, "
                "metrics: [M1, M2]}\n"
                "metrics:\n  - {id: M1, title: Private capital share, kind: indicator}\n"
                "  - {id: M2, title: Share to first-time buyers, kind: KIND}\n")
    [finding] = RuleTester(metric_without_target).assert_fails(
        fragment.replace("KIND", "indicator"), [("G1", 2)])
    assert "measured only by indicators watched without a target (M1 and M2)" \
        in finding.message
    # an indicator watched beside a measure with a target: the goal has one
    RuleTester(metric_without_target).assert_passes(
        fragment.replace("kind: KIND", "target: {value: 80, date: 2027-12-31}"))


def test_an_age_that_says_who_is_counted_is_no_target() -> None:
    fragment = ("plan: {as_of: 2016-06-30, horizon: {start: 2015-07-01, end: 2020-06-30}}\n"
                "metrics:\n  - {id: M1, title: TITLE, "
                "actuals: [{date: 2016-06-30, value: 22800}]}\n")
    # a figure a report quotes about the people over 65 its services supported: no target
    for title in ("Socially isolated people over 65 supported to become more connected",
                  "Share of the population in good health, aged 12 to 17 years"):
        RuleTester(metric_without_baseline).assert_passes(fragment.replace("TITLE", title))
    # a number over which a measure is to stay is a target, and wants its start
    RuleTester(metric_without_baseline).assert_fails(
        fragment.replace("TITLE", "Visitors over 100000"))


def test_a_spanish_or_portuguese_age_band_is_no_figure_stated() -> None:
    fragment = ("metrics:\n  - {id: M1, title: TITLE}\n")
    # the band says who is counted: the measure states no figure, and wants a target
    for title in ("PORCENTAJE DE POBLACION DE 18 A 64 AÑOS DE EDAD QUE TIENE DNI",
                  "Porcentaje de la población de 65 y más años con DNI",
                  "PORCENTAJE DE LA POBLACION DE 18 AÑOS A MAS CON CERTIFICADO DIGITAL",
                  "Crianças menores de 5 anos vacinadas"):
        RuleTester(metric_without_target).assert_fails(fragment.replace("TITLE", title))
    # a number of people to reach, beside the band, is the target the title states
    RuleTester(metric_without_target).assert_passes(
        fragment.replace("TITLE", "Atender 500 personas de 18 a 64 años"))


def test_people_a_plan_equips_are_counted_from_none() -> None:
    fragment = ("plan: {as_of: 2016-06-30, horizon: {start: 2015-07-01, end: 2020-06-30}}\n"
                "metrics:\n  - {id: M1, title: TITLE, "
                "target: {value: 3000000, date: 2021-06-30}}\n")
    for title in ("Australians equipped to be better prepared for disasters",
                  "Equip three million Australians to be better prepared"):
        RuleTester(metric_without_baseline).assert_passes(fragment.replace("TITLE", title))
    # a level of preparedness, not people the plan's work reaches: where it stands matters
    RuleTester(metric_without_baseline).assert_fails(
        fragment.replace("TITLE", "Australians prepared for disasters"))


def test_an_evaluation_an_activity_yields_is_no_level_to_target() -> None:
    fragment = ("initiatives:\n  - id: I1\n    title: Implement the habitat assessment\n"
                "    metrics:\n      - {id: M1, title: TITLE, cadence: P5Y}\n")
    RuleTester(metric_without_target).assert_passes(fragment.replace(
        "TITLE", "Evaluation of change in habitat extent and quality over time"))
    # a level of what is evaluated still asks its target
    RuleTester(metric_without_target).assert_fails(fragment.replace(
        "TITLE", "Habitat quality score"), [("M1", None)])


def test_projects_measured_by_their_deliverables_are_not_asked_for_targets() -> None:
    """A budget book's table of projects, each with its "performance measure": most name
    a deliverable (an analysis, a plan, a catalog), and those whose wording tells nothing
    (``Centralized resource for ...``, ``Means for ...``) are read as their neighbours."""
    titles = ["Analysis of current liability & safety trends; options to address",
              "Comprehensive analysis of current & future coverage",
              "Analysis & recommendations for modifications to current fee structures",
              "Comprehensive plan for consistent messaging, audience management & content",
              "Catalog of sources & processes to access all revenue options",
              "Centralized resource for physical, emotional & life stages needs",
              "Means for continued participation in the district beyond retirement"]
    plan = "planlint: 1\ninitiatives:\n" + "".join(
        f"  - id: P{n}\n    metrics: [{{id: M{n}, title: '{title}'}}]\n"
        for n, title in enumerate(titles))
    RuleTester(metric_without_target).assert_passes(plan)
    # where the projects' measures name levels, a noun phrase is one more level
    levels = plan
    for title in titles[:5]:
        levels = levels.replace(title, "Share of members satisfied")
    RuleTester(metric_without_target).assert_fails(levels, [("plan", None)])


def test_a_count_worded_as_a_gerund_and_a_number_starts_from_none() -> None:
    fragment = ("plan: {as_of: 2024-06-30, horizon: {start: 2024-01-10, end: 2025-06-30}}\n"
                "metrics:\n  - {id: M1, title: 'TITLE', unit: households, "
                "target: {value: 650, date: 2025-06-30}}\n")
    for title in ("Rehousing 650 unsheltered households into permanent housing",
                  "Preventing 11,856 households from becoming homeless"):
        RuleTester(metric_without_baseline).assert_passes(fragment.replace("TITLE", title))
    # a level the number is a target for: where it stands matters
    RuleTester(metric_without_baseline).assert_fails(
        fragment.replace("TITLE", "Households in permanent housing"))


def test_a_count_with_a_floor_and_a_deliverable_naming_another_item_start_from_none() -> None:
    fragment = ("plan: {as_of: 2024-12-03, horizon: {start: 2024-01-01, end: 2024-12-31}}\n"
                "metrics:\n  - {id: M1, title: 'TITLE', "
                "actuals: [{date: 2024-06-21, text: On target}]}\n")
    for title in ("Organize quarterly roundtables for at least 5 major ecosystems to share "
                  "information",
                  "Publish in a machine readable format the attestations for all packages "
                  "from 2.2 that returned no vulnerabilities"):
        RuleTester(metric_without_baseline).assert_passes(fragment.replace("TITLE", title))
    # the number out of reach or an amount to reach: a level, which needs its start
    RuleTester(metric_without_baseline).assert_fails(fragment.replace(
        "TITLE", "Organize quarterly roundtables for major ecosystems in 5 regions"))


def test_a_range_of_how_many_opening_a_title_is_a_count_from_none() -> None:
    fragment = ("plan: {as_of: 2026-07-30, horizon: {start: 2026-02-01, end: 2026-08-31}}\n"
                "metrics:\n  - {id: M1, title: 'TITLE', unit: grants, bound: at least, "
                "target: {value: 12, date: 2026-08-31}, "
                "actuals: [{date: 2026-07-30, value: 19}]}\n")
    RuleTester(metric_without_baseline).assert_passes(
        fragment.replace("TITLE", "12-18 grants signed"))
    # a range of a rate, per year: a level, which needs its start
    RuleTester(metric_without_baseline).assert_fails(
        fragment.replace("TITLE", "12-18 grants signed per annum"))


def test_a_record_kept_is_a_practice_kept_or_not_not_a_level() -> None:
    fragment = "metrics:\n  - {id: M1, title: 'TITLE'}\n"
    for title in ("Public multisig transaction logs maintained", "Risk register maintained",
                  "Training records are kept"):
        RuleTester(metric_without_target).assert_passes(fragment.replace("TITLE", title))
    # things maintained, counted: how many is the target
    RuleTester(metric_without_target).assert_fails(
        fragment.replace("TITLE", "Roads maintained"))


def test_a_name_in_quotes_between_a_number_and_what_it_counts() -> None:
    fragment = ("metrics:\n  - {id: M1, title: 'TITLE', "
                "target: {value: 5, date: 2015-03-31}}\n")
    for title in ('plus: prototype 5 "Firefox for Making" concepts',
                  "Prototype 5 “Firefox for Making” concepts"):
        RuleTester(metric_without_unit).assert_passes(fragment.replace("TITLE", title))
    # a name and no noun after it: what the 5 counts is not said
    RuleTester(metric_without_unit).assert_fails(
        fragment.replace("TITLE", 'Score 5 "Firefox for Making"'))


def test_a_coming_goal_whose_targets_are_kept_elsewhere_is_measured_there() -> None:
    fragment = ("plan: {as_of: 2016-06-30, withheld: [targets]}\n"
                "goals:\n  - {id: G1, title: See more investment in disaster risk reduction, "
                "start: START}\n")
    RuleTester(unmeasured_goal).assert_passes(fragment.replace("START", "2016-07-01"))
    # a goal under way by the plan's date, or a plan that states its targets, asks one
    RuleTester(unmeasured_goal).assert_fails(fragment.replace("START", "2015-07-01"))
    RuleTester(unmeasured_goal).assert_fails(
        fragment.replace("START", "2016-07-01").replace(", withheld: [targets]", ""))


def test_a_cadence_stated_once_leaves_a_milestone_done_or_not() -> None:
    fragment = ("plan: {as_of: 2015-03-31, metrics_cadence: quarterly}\n"
                "metrics:\n  - {id: MS1, title: TITLE, target: {value: 1, date: 2015-03-05}}\n")
    # a dated deliverable is not read at the plan's rhythm: no unit, no start to ask of it
    for rule in (metric_without_unit, metric_without_baseline):
        RuleTester(rule).assert_passes(fragment.replace("TITLE", "Webmaker app beta launches"))
    # a measured figure is given the plan's cadence and asked for its unit
    RuleTester(metric_without_unit).assert_fails(
        fragment.replace("TITLE", "Customer satisfaction").replace("value: 1,", "value: 4.2,"))


def test_a_worded_target_that_all_of_a_group_meet_is_done_or_not() -> None:
    # a superintendent's goal checked by whether every school's plan includes the
    # programme: a condition that holds for all of them or not, with no level to start
    # from and nothing to read between now and its date
    fragment = ("plan: {as_of: 2016-02-02, horizon: {start: 2015-07-01, end: 2016-06-30}}\n"
                "metrics:\n  - {id: M1, title: Weekly building visits, cadence: weekly, "
                "baseline: {value: 30, date: 2015-07-01},\n"
                "     target: {value: 40, date: 2016-06-30}}\n"
                "  - id: M2\n    title: Further implement Cultures of Thinking K-12\n"
                "    target: {text: TARGET, date: 2016-06-30}\n"
                "    actuals: [{date: 2016-02-02, text: 'UPDATE: See PowerPoint'}]\n")
    every = "COT included and reported in every school's Continuous Improvement Plan"
    for rule in (metric_without_baseline, metric_without_cadence):
        RuleTester(rule).assert_passes(fragment.replace("TARGET", every))
        # a target in words that names a level, not a state of all of a group, is read as one
        RuleTester(rule).assert_fails(fragment.replace("TARGET", "top quartile of districts"))


def test_a_current_level_read_against_a_requirement_is_not_asked_for_a_target() -> None:
    """A current level printed as a row of its own under the level required (``against``
    the requirement, which states the targets) is not asked for a target of its own; read
    against a metric with no target, or against nothing, it is."""
    plan = ("planlint: 1\n"
            "metrics:\n"
            "  - {id: M1, title: Requirement of Rice, unit: LMT, "
            "baseline: {value: 43.6, date: 2017-03-31}, target: TARGET}\n"
            "  - {id: M2, title: Current Production, unit: LMT, against: M1, "
            "actuals: [{date: 2017-03-31, value: 58.9}]}\n"
            "  - {id: M3, title: Requirement of Pulse, unit: LMT, "
            "target: {value: 5.5, date: 2030-03-31}}\n"
            "  - {id: M4, title: Requirement of Oilseeds, unit: LMT, "
            "target: {value: 4.9, date: 2030-03-31}}\n")
    RuleTester(metric_without_target).assert_passes(
        plan.replace("TARGET", "{value: 50.1, date: 2030-03-31}"))
    RuleTester(metric_without_target).assert_fails(
        plan.replace("TARGET", "{value: 50.1, date: 2030-03-31}").replace(", against: M1", ""),
        [("M2", 4)])
    RuleTester(metric_without_target).assert_fails(
        plan.replace(", target: TARGET", ""), [("M1", 3), ("M2", 4)])


def test_the_whole_populations_row_of_a_breakdown_by_group_is_the_comparison() -> None:
    """An equity plan's overall row (``Persistence - Overall Student Population``), with
    its figure, beside group rows of the same measure under the same goal that state
    targets: the comparison the gaps are measured against, not a measure missing its
    target. A group's row without a target, an overall row beside untargeted groups or
    under another goal, or one with no figure, is still reported."""
    plan = ("planlint: 1\n"
            "goals:\n"
            "  - id: PER\n"
            "    metrics:\n"
            "      - {id: PER-ALL, title: Persistence - Overall Student Population, unit: '%', "
            "baseline: {value: 62.6, date: 2022-06-30}}\n"
            "      - {id: PER-HOM, title: Persistence - Homeless, unit: '%', "
            "baseline: {value: 37.5, date: 2022-06-30}, TARGET}\n"
            "      - {id: PER-LGBT, title: Persistence - LGBT, unit: '%', "
            "baseline: {value: 50.4, date: 2022-06-30}, target: {change: 13.3}}\n"
            "  - id: TRF\n"
            "    metrics:\n"
            "      - {id: TRF-ALL, title: 'Transfer: All students', unit: '%', "
            "baseline: {value: 18.5, date: 2019-06-30}}\n"
            "      - {id: TRF-M, title: 'Transfer: Male', unit: '%', "
            "baseline: {value: 14, date: 2019-06-30}}\n")
    rule = RuleTester(metric_without_target)
    rule.assert_fails(plan.replace("TARGET", "target: {change: 25.4}"), [("TRF-ALL", 10),
                                                                          ("TRF-M", 11)])
    persistence = plan.split("  - id: TRF")[0]
    rule.assert_fails(persistence.replace(", TARGET", ""), [("PER-HOM", 6)])
    # with no figure of its own, the overall row is only a name
    rule.assert_fails(persistence.replace("TARGET", "target: {change: 25.4}").replace(
        "'%', baseline: {value: 62.6, date: 2022-06-30}}", "'%'}"), [("PER-ALL", 5)])
    # the groups' targets under the other goal are not the overall row's comparison
    rule.assert_fails(plan.replace("TARGET", "target: {change: 25.4}").replace(
        "'Transfer: Male', unit: '%', baseline: {value: 14, date: 2019-06-30}}",
        "'Transfer: Male', unit: '%', baseline: {value: 14, date: 2019-06-30}, "
        "target: {change: 10}}").replace("Transfer: All students", "Persistence: All"),
        [("TRF-ALL", 10)])


def test_a_reach_figure_of_a_targeted_output_is_not_asked_for_a_target() -> None:
    """A count with no target of what a targeted output beside it reaches (``Animals
    served by the small water works`` beside ``Small water works built``, 381 of 500): its
    title names the things the targeted measure counts, and the target is on that output.
    Beside an untargeted output, as a share, or naming other things, it is still asked."""
    plan = ("planlint: 1\n"
            "goals:\n"
            "  - id: W\n"
            "    metrics:\n"
            "      - {id: W1, title: Small water works built or rehabilitated, "
            "unit: small water works, TARGET actuals: [{date: 2024-03-31, value: 381}]}\n"
            "      - {id: W2, title: People served by the small water works, unit: people, "
            "target: {value: 180000, date: 2025-12-31}, "
            "actuals: [{date: 2024-03-31, value: 155634}]}\n"
            "      - {id: W3, title: Animals served by the small water works, UNIT "
            "actuals: [{date: 2024-03-31, value: 152006}]}\n")
    rule = RuleTester(metric_without_target)
    targeted = plan.replace("TARGET", "target: {value: 500, date: 2025-12-31},")
    rule.assert_passes(targeted.replace("UNIT", "unit: animals,"))
    rule.assert_fails(plan.replace("TARGET", "").replace("UNIT", "unit: animals,"),
                      [("W1", 5), ("W3", 7)])
    rule.assert_fails(targeted.replace("UNIT", "unit: '%',"), [("W3", 7)])
    rule.assert_fails(targeted.replace("UNIT", "unit: animals,").replace(
        "Animals served by the small water works", "Animals vaccinated"), [("W3", 7)])


def test_a_share_defined_by_its_formula_states_its_unit() -> None:
    plan = ("planlint: 1\nmetrics:\n  - id: M1\n    title: Customer Acquisition KPI\n"
            "    description: 'LQR = #[Qualified Leads] / #[Leads]. Ratio of qualified leads "
            "to leads generated from a campaign.'\n    target: {value: 0.15, date: 2028-12-31}\n")
    RuleTester(metric_without_unit).assert_passes(plan)
    # a figure above 1 could be a percent or a count: the unit is still asked
    RuleTester(metric_without_unit).assert_fails(plan.replace("0.15", "15"), [("M1", None)])
    # a division of one thing by another is a rate whose unit the formula does not give
    RuleTester(metric_without_unit).assert_fails(
        plan.replace("#[Qualified Leads] / #[Leads]", "spend / users"), [("M1", None)])


@pytest.mark.parametrize("title", [
    "Lead-time (how long do initiatives take to get to done?) is known",
    "Ensure 2i2c financial health is being tracked"])
def test_something_known_or_tracked_is_a_condition_with_no_level(title: str) -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Revenue, unit: USD, target: {value: 5, date: 2027-12-31}}\n"
            "  - {id: M2, title: Cost, unit: USD, target: {value: 5, date: 2027-12-31}}\n"
            f"  - {{id: M3, title: '{title}'}}\n")
    RuleTester(metric_without_target).assert_passes(plan)
    RuleTester(metric_without_unit).assert_passes(plan)


def test_a_figure_the_title_says_is_for_the_next_year_is_not_late() -> None:
    plan = ("planlint: 1\ngoals:\n  - {id: G1, due: 2026-12-31, metrics: [M1]}\n"
            "metrics:\n  - id: M1\n    title: Grow NRR/project work to cover $500K in the "
            "next year\n    target: {value: 500000, date: 2027-12-31}\n")
    RuleTester(target_after_goal_due).assert_passes(plan)
    # two years on is no longer the next year
    RuleTester(target_after_goal_due).assert_fails(plan.replace("2027-12-31", "2028-12-31"),
                                                   [("M1", None)])
    # without the words, a target a year late is late
    RuleTester(target_after_goal_due).assert_fails(plan.replace(" in the next year", ""),
                                                   [("M1", None)])


def test_a_goal_under_a_goal_that_takes_one_decision_is_done_or_not() -> None:
    plan = ("planlint: 1\ngoals:\n  - id: P1\n    title: A sustainable organization\n"
            "    metrics: [{id: M1, title: Months of runway, unit: months}]\n"
            "  - {id: K3, title: Identify the breakdown of revenue types that is sustainable "
            "for us, parent: P1}\n")
    RuleTester(unmeasured_goal).assert_passes(plan)
    # a search for many things is no single decision
    RuleTester(unmeasured_goal).assert_fails(
        plan.replace("the breakdown of revenue types that is sustainable for us",
                     "the needs of our communities"), [("K3", None)])
    # nor is a goal of the plan's own, under none
    RuleTester(unmeasured_goal).assert_fails(plan.replace(", parent: P1", ""),
                                             [("K3", None)])


def test_a_measure_read_stage_by_stage_through_a_pipeline_is_not_asked_a_target() -> None:
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: Revenue, unit: USD, target: {value: 5, date: 2027-12-31}}\n"
            "  - {id: M2, title: Cost, unit: USD, target: {value: 5, date: 2027-12-31}}\n"
            "  - id: M3\n    title: Pipeline Velocity\n    source: CRM\n"
            "    description: We will measure the time that opportunities spend in each stage "
            "of the sales pipeline.\n")
    RuleTester(metric_without_target).assert_passes(plan)
    # one figure for the whole pipeline is a level to target
    RuleTester(metric_without_target).assert_fails(
        plan.replace("in each stage of", "in"), [("M3", None)])


def test_an_evaluation_count_of_work_whose_measures_are_targeted_is_not_asked_a_target() -> None:
    plan = ("planlint: 1\n"
            "goals:\n  - {id: G1, metrics: [M1]}\n"
            "metrics:\n"
            "  - {id: M1, title: Adults screened for cancer, unit: '%', source: BRFSS, "
            "target: {value: 78, date: 2030-12-31}}\n"
            "initiatives:\n  - id: S1\n    title: Screening outreach\n    supports: [G1]\n"
            "    metrics:\n"
            "      - {id: S1-m, title: Provide at least 3 screening events, "
            "target: {value: 3, date: 2027-12-31}, source: Evaluation database}\n"
            "      - {id: S1-e, title: '# of individuals screened'}\n")
    RuleTester(metric_without_target).assert_passes(plan)
    # work whose own measures name no source keeps no record the count is read from
    RuleTester(metric_without_target).assert_fails(
        plan.replace(", source: Evaluation database", ""), [("S1-e", None)])
    # nor is it an evaluation count when the work's other measure sets no target either
    RuleTester(metric_without_target).assert_fails(
        plan.replace("target: {value: 3, date: 2027-12-31}, ", "").replace(
            "Provide at least 3 screening events", "Screening events held"),
        [("S1-m", None), ("S1-e", None)])


#: A minister's list of commitments: no goal, some commitments stating the figure they
#: commit to, each transcribed as that commitment's measure.
_COMMITMENTS = (
    "planlint: 1\nplan: {as_of: 2021-12-16}\n"
    "initiatives:\n"
    "  - id: I1\n    title: Build 250,000 new child care spaces and hire 40,000 more early "
    "childhood educators by the end of fiscal year 2025-2026\n    metrics:\n"
    "      - {id: I1-a, title: New child care spaces, unit: spaces, "
    "target: {value: 250000, date: 2026-03-31}}\n"
    "      - {id: I1-b, title: More early childhood educators, unit: educators, "
    "target: {value: 40000, date: 2026-03-31}}\n"
    "  - id: I2\n    title: Reduce child care fees by 50 per cent by the end of 2022\n"
    "    metrics:\n"
    "      - {id: I2-a, title: Child care fees, unit: '%', "
    "target: {value: 50, date: 2022-12-31}}\n"
    "  - {id: I3, title: Introduce federal child care legislation}\n")


@pytest.mark.parametrize("rule", [metric_without_cadence, metric_without_source])
def test_a_list_of_commitments_is_not_asked_to_measure_the_figures_they_state(
        rule: Any) -> None:
    RuleTester(rule).assert_passes(_COMMITMENTS)
    RuleTester(rule).run(fails=[
        # a figure the commitment does not state is a measure of the plan's own
        (_COMMITMENTS.replace("value: 40000", "value: 45000"), [("plan", None)]),
        # a plan with goals sets out what it measures
        (_COMMITMENTS + "goals: [{id: G1, title: Affordable child care, metrics: [I2-a]}]\n",
         [("plan", None)]),
        # a figure read on the way is a series
        (_COMMITMENTS.replace("date: 2022-12-31}}", "date: 2022-12-31}, "
                              "actuals: [{date: 2022-06-30, value: 25}]}"),
         [("plan", None)]),
    ])


@pytest.mark.parametrize("rule", [metric_without_cadence, metric_without_source])
def test_actions_under_goals_that_measure_nothing_are_not_asked_to_measure_their_figures(
        rule: Any) -> None:
    """A parish's mission action plan: objectives with no measure, and two actions that
    each state a figure, transcribed as that action's measure."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2022-03-31}
        goals:
          - {id: SD.1, title: Celebrate our identity within the family of Richborough}
          - {id: SD.2, title: Help local groups grow in faith}
        initiatives:
          - id: A1
            title: Encourage 75% of the congregation attend the Richborough family day
            supports: [SD.1]
            metrics: [{id: A1-m, title: Share of the congregation attending, unit: '%',
                       target: {value: 75, date: 2022-06-30}}]
          - id: A2
            title: 20% increase in Forward in Faith membership
            supports: [SD.2]
            metrics: [{id: A2-m, title: Forward in Faith membership,
                       target: {change: +20%, date: 2022-12-31}}]
        """)
    RuleTester(rule).assert_passes(plan)
    # a goal that lists a measure of its own sets out what the plan measures
    RuleTester(rule).assert_fails(plan.replace(
        "Help local groups grow in faith}", "Help local groups grow in faith, metrics: [A2-m]}"))
    # a change the action does not state is a measure of the plan's own (whose source,
    # the parish's own membership roll, PL208 asks no more than before)
    if rule is metric_without_cadence:
        RuleTester(rule).assert_fails(plan.replace("change: +20%", "change: +25%"))


def test_an_action_whose_measure_restates_its_commitment_in_words_is_not_asked_a_cadence(
        ) -> None:
    """A membership society's pledge list: one step commits to raise the share of a group
    on its boards by the next AGM, transcribed as that step's measure with the step's own
    words for its target; the make-up of the boards is read at that one event."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2021-06-11}
        goals:
          - {id: CTC, title: Make the society reflective of the society we live in}
        initiatives:
          - {id: "1", title: Issue a comprehensive Diversity Policy., supports: [CTC]}
          - id: "3"
            title: Commit to proactively increase the proportion of BAME representation
              on our Board of Trustees prior to our next AGM.
            supports: [CTC]
            end: 2021-06-24
            metrics:
              - {id: 3-m, title: Proportion of BAME representation on the Board,
                 direction: increase,
                 target: {text: increased prior to our next AGM, date: 2021-06-24}}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a target in words the step does not state is a measure of the plan's own
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("text: increased prior", "text: doubled prior"))
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("text: increased prior to our next AGM", "text: representative"))


@pytest.mark.parametrize("rule", [metric_without_cadence, metric_without_source])
def test_actions_tracked_by_status_are_not_asked_to_measure_the_figures_they_state(
        rule: Any) -> None:
    plan = dedent("""\
        planlint: 1
        goals:
          - id: G2
            title: Ensure that at least 15% of UK energy comes from renewable sources by 2020
            metrics: [{id: G2-m, title: Renewable share, unit: '%',
                       target: {value: 15, date: 2020-12-31}}]
        initiatives:
          - id: I1
            title: Deliver 65,000 to 80,000 insulation measures between 2011 and 2013
            supports: [G2]
            status: active
            metrics: [{id: I1-m, title: Insulation measures, unit: measures,
                       target: {text: 65,000 to 80,000 between 2011 and 2013,
                                date: 2013-03-31}}]
          - {id: I2, title: Publish the policy paper, supports: [G2], status: done}
        """)
    RuleTester(rule).assert_passes(plan)
    # work whose status is not reported, or a figure the goal does not state, is measured
    RuleTester(rule).assert_fails(plan.replace(", status: done", ""))
    RuleTester(rule).assert_fails(plan.replace("at least 15%", "a larger share"))


def test_the_same_target_for_each_year_is_a_standard_held() -> None:
    # a budget book's permit review time: 30 days in FY18 and again in FY19, no reading
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2018-07-01, horizon: {start: 2018-07-01, end: 2019-06-30}}
        metrics:
          - id: M1
            title: Average days permit review time
            cadence: annual
            targets: [{value: 30, date: 2018-06-30}]
            target: {value: SECOND, date: 2019-06-30}
        """)
    RuleTester(metric_without_baseline).assert_passes(plan.replace("SECOND", "30"))
    # a target that moves asks for a change, which needs its start
    RuleTester(metric_without_baseline).assert_fails(plan.replace("SECOND", "25"),
                                                     [("M1", 4)])


def test_standards_and_counts_of_key_results_need_no_start() -> None:
    # an annual operating plan's key results: a standard kept a share of the time, a
    # norm in words, a count made within the year, a condition all of a group meet
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2021-10-07, horizon: {start: 2020-09-22, end: 2021-12-31}}
        metrics:
          - {id: KR1, title: Deliver on time payments 95% of the time, unit: '%',
             target: {value: 95, date: 2021-12-31}}
          - {id: KR2, title: Ensure accounts receivable is within industry norms,
             target: {text: within industry norms, date: 2021-12-31}}
          - {id: KR3, title: Four membership drives in 2021,
             target: {value: 4, date: 2021-12-31}}
          - {id: KR4, title: All engineers have taken about 20-30 days off by the end of the year,
             unit: '% of engineers',
             target: {text: all engineers have taken about 20-30 days off, date: 2021-12-31}}
        """)
    RuleTester(metric_without_baseline).assert_passes(plan)
    # a share of something else, a level in words, a count with no year, a figure to reach
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("95% of the time", "95% of the invoices")
        .replace("within industry norms,", "healthy,")
        .replace("drives in 2021", "drives")
        .replace("{text: all engineers have taken about 20-30 days off,", "{value: 90,"),
        [("plan", None)])


def test_a_floor_on_a_score_on_a_fixed_scale_needs_no_start() -> None:
    # a financial supervisor's KPI table: a stakeholder survey's score to stay above 7 out
    # of 10, a standard each year's reading clears or not
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2026-01-19, horizon: {start: 2026-01-01, end: 2028-12-31}}
        metrics:
          - {id: K8, title: Assessment of our coordinating role in international bodies,
             unit: /10, bound: at least, target: {value: 7, date: 2026-12-31}}
          - {id: K9, title: Event satisfaction, unit: score out of 5, bound: at least,
             target: {value: 3, date: 2026-12-31}}
        """)
    RuleTester(metric_without_baseline).assert_passes(plan)
    # a score to reach, not a floor; a floor on a figure with no scale
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("unit: /10, bound: at least,", "unit: /10,")
        .replace("unit: score out of 5,", "unit: responses,"),
        [("plan", None)])


def test_a_success_statement_written_again_as_its_target_has_no_start() -> None:
    # a corporate plan's performance criteria: each statement of success is written out
    # again, word for word, in the target column; what is to be true, met or not
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2017-08-31, horizon: {start: 2017-07-01, end: 2020-06-30}}
        metrics:
          - {id: M1, title: We engage with departments and agencies at all levels,
             target: {text: We engage with departments and agencies at all levels.}}
          - {id: M2, title: The agency has effective governance arrangements,
             target: {text: The agency has effective governance arrangements.}}
          - {id: M3, title: Advise government on progress in delivering on its agenda,
             target: {text: Advise government on progress in delivering its agenda.}}
        """)
    RuleTester(metric_without_baseline).assert_passes(plan)
    # a target that names a level of its own, or only part of the statement, still asks
    # where the measure starts
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("{text: We engage with departments and agencies at all levels.}",
                     "{text: most departments and agencies}")
        .replace("{text: The agency has effective governance arrangements.}",
                 "{text: effective governance arrangements}")
        .replace("{text: Advise government on progress in delivering its agenda.}",
                 "{text: Advise government on progress quarterly}"),
        [("plan", None)])


def test_a_count_of_what_the_programme_itself_did_starts_from_none() -> None:
    # a logframe's indicator counts only what the action's own activities achieve, even
    # where its target is a share of the action's beneficiaries
    plan = dedent("""\
        planlint: 1
        metrics:
          - {id: SO1, title: Number of migrants reintegrated through the programme's activities,
             target: {text: At least 35% of total beneficiaries}}
          - {id: SO2, title: Number of people trained by the project, target: {value: 900}}
          - {id: SO3, title: Number of jobs created by the action, target: {value: 400}}
        """)
    RuleTester(metric_without_baseline).assert_passes(plan)
    # the same counts with no word that the programme did it may count what was there
    # before it
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace(" through the programme's activities", "")
        .replace(" by the project", "").replace(" by the action", ""), [("plan", None)])


def test_a_count_added_up_since_the_plan_began_starts_from_none() -> None:
    # a CAPER's goals table: each five-year goal against its cumulative accomplishment,
    # due at the plan's end: counted from none when the plan began
    fragment = dedent("""\
        planlint: 1
        plan: {as_of: 2018-06-30, horizon: {start: 2015-07-01, end: 2020-06-30}}
        metrics:
          - {id: M1, title: 'Rental Housing - TITLE (Housing Units)', unit: Housing Units,
             target: {value: 317, date: DUE}, actuals: [{date: 2018-06-30, value: 42}]}
          - {id: M2, title: 'Jobs Created/retained - TITLE (Jobs)', unit: Jobs,
             target: {value: 10, date: DUE}, actuals: [{date: 2018-06-30, value: 0}]}
        """)
    for title in ("cumulative accomplishment", "accomplishment"):
        RuleTester(metric_without_baseline).assert_passes(
            fragment.replace("TITLE", title).replace("DUE", "2020-06-30"))
    # a figure of one period (the year's accomplishment), a cumulative figure due before
    # the plan's end (summed from some other start), or one with no word that it adds
    # up, may count what was there before the plan: where it starts is asked
    for title, due in (("annual accomplishment", "2020-06-30"),
                       ("cumulative accomplishment", "2018-06-30"),
                       ("units", "2020-06-30")):
        RuleTester(metric_without_baseline).assert_fails(
            fragment.replace("TITLE", title).replace("DUE", due), [("plan", None)])
    # nor is a cumulative rate or share (sick days per FTE, % of a budget spent) a count
    rates = fragment.replace("TITLE (Housing Units)", "days per FTE (Cumulative)").replace(
        "TITLE (Jobs)", "% of grant budgets spent (Values are cumulative)")
    RuleTester(metric_without_baseline).assert_fails(
        rates.replace("DUE", "2020-06-30"), [("plan", None)])


def test_a_deliverable_named_with_its_model_number_is_not_asked_for_a_unit_or_baseline(
        ) -> None:
    """``Create a prototype of the TinyPilot Voyager 2``: the 2 ends the name of the one
    thing to make, done or not, as ``Publish a new release`` is; not a level to measure."""
    plan = ("planlint: 1\nmetrics:\n"
            "  - {id: M1, title: 'Create a prototype of the TinyPilot Voyager 2, with "
            "built-in Power over Ethernet.'}\n")
    for rule in (metric_without_unit, metric_without_baseline):
        RuleTester(rule).assert_passes(plan)


def test_the_undated_scope_of_a_piece_of_work_is_not_asked_for_a_cadence() -> None:
    """A rollout's "up to 49 mast sites", stated in its measure's own title with no date
    and not read yet: the scope of the work, whose gap is its date, not a rhythm."""
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2019-12-31, horizon: {start: 2019-04-01, end: 2020-03-31}}
        goals: [{id: G1}]
        initiatives:
          - id: I1
            supports: [G1]
            metrics:
              - {id: M1, title: TITLE, unit: mast sites, target: {value: 49DATE}}
          - id: I2
            supports: [G1]
            metrics:
              - {id: M2, title: Premises with fibre broadband, unit: '%',
                 target: {value: 95, date: 2017-12-31},
                 actuals: [{date: 2019-12-31, text: target met}]}
        """)
    scope = plan.replace("TITLE", "Delivery of up to 49 mast sites")
    RuleTester(metric_without_cadence).assert_passes(scope.replace("DATE", ""))
    # a dated target, or a measure whose title states no figure, is asked how often it is read
    RuleTester(metric_without_cadence).assert_fails(
        scope.replace("DATE", ", date: 2020-03-31"), [("M1", 8)])
    RuleTester(metric_without_cadence).assert_fails(
        plan.replace("TITLE", "Mast sites delivered").replace("DATE", ""), [("M1", 8)])


@pytest.mark.parametrize("work", [
    "Translate documents", "Subtitle videos", "Revise documents",
    "Translate and revising terms", "Full post-editing of documents",
    "Translate EU trade marks"])
def test_an_action_s_expected_output_counts_the_things_the_action_names(work: str) -> None:
    """A work programme lists each action with its expected output (``Translate
    documents``: 454 760): the measure's own title names nothing, the action's names the
    things its whole figures count, which are its unit."""
    plan = ("planlint: 1\ngoals:\n  - {id: G1}\ninitiatives:\n"
            f"  - id: A1\n    title: {work}\n    supports: [G1]\n    metrics:\n"
            f"      - {{id: OUT-1, title: '{work}: expected output', "
            "target: {value: 454760, date: 2026-12-31}, "
            "targets: [{value: 328827, date: 2025-12-31}]}\n")
    RuleTester(metric_without_unit).assert_passes(plan)
    # a fraction is no count of things, whatever the action names
    RuleTester(metric_without_unit).assert_fails(plan.replace("454760", "4.5"), [("OUT-1", None)])


@pytest.mark.parametrize("work", [
    "Reduce emissions", "Generate savings", "Train people", "Shorten processing days",
    "Process requests for translation", "Support the translation service"])
def test_an_action_naming_a_change_an_amount_or_no_things_gives_its_output_no_unit(
        work: str) -> None:
    RuleTester(metric_without_unit).assert_fails(
        "planlint: 1\ngoals:\n  - {id: G1}\ninitiatives:\n"
        f"  - id: A1\n    title: {work}\n    supports: [G1]\n    metrics:\n"
        f"      - {{id: OUT-1, title: '{work}: expected output', "
        "target: {value: 4500, date: 2026-12-31}}\n", [("OUT-1", None)])


def test_a_target_of_a_goal_dated_by_its_parent_is_not_late_for_a_shorter_goal() -> None:
    """A strategy's initiative (no date of its own, under an objective due in 2027) and a
    one-year work programme's activity area share an indicator: its 2027 target is the
    initiative's, and the area is held only to a target within its own year."""
    plan = ("planlint: 1\ngoals:\n  - {id: SO1, due: 2027-12-31}\n"
            "  - {id: SI1, parent: SO1, metrics: [M1]}\n"
            "  - {id: AREA1, due: 2026-12-31, metrics: [M1]}\n"
            "metrics:\n  - id: M1\n    targets: [{value: 90, date: 2026-12-31}]\n"
            "    target: {value: 95, date: 2027-12-31}\n")
    RuleTester(target_after_goal_due).assert_passes(plan)
    # with no target in the area's year, the area is still told it has none
    RuleTester(target_after_goal_due).assert_fails(
        plan.replace("    targets: [{value: 90, date: 2026-12-31}]\n", ""), [("M1", None)])
    # a parent due before the target dates nothing after the area: the target is late
    RuleTester(target_after_goal_due).assert_fails(
        plan.replace("SO1, due: 2027-12-31", "SO1, due: 2026-12-31"), [("M1", None)])


def test_a_goal_stating_the_target_before_the_things_counted_gives_the_unit() -> None:
    """A volunteer association's year plan, in Dutch: the goal lists its events with
    how many of each (``6 meetups, 6 sociale evenementen, 2 workshops``) and each measure
    names them; the figure's unit is the things that follow it in the plan's own words.
    A whole number alone says nothing of its unit, nor does a figure the goal states
    before other words."""
    fragment = dedent("""\
        planlint: 1
        goals:
          - id: E
            title: "Evenementen 2026: 6 meetups, 6 sociale evenementen, 2 workshops en meer"
            metrics:
              - {id: E1, title: Meetups georganiseerd, target: {value: 6, date: 2026-12-31}}
              - {id: E2, title: Sociale evenementen, target: {value: 6, date: 2026-12-31}}
              - {id: E3, title: Online lunch evenementen, target: {value: 6, date: 2026-12-31}}
        """)
    tester = RuleTester(metric_without_unit)
    tester.assert_fails(fragment, [("E3", None)])
    tester.assert_fails(fragment.replace("6 sociale", "6 lunch sociale"),
                        [("E2", None), ("E3", None)])
    tester.assert_fails(fragment.replace("value: 6, date: 2026-12-31}}\n      - {id: E2",
                                         "value: 6.5, date: 2026-12-31}}\n      - {id: E2"),
                        [("E1", None), ("E3", None)])


def test_a_description_names_the_unit_of_a_coded_title_or_of_the_target_it_states() -> None:
    """A federal agency's priority-goal data names an indicator by its component agency's
    measure code and gives the target statement as its description: the unit is read
    there, up to a participle saying which of the things are meant, as it is when the
    description states the target in its own words under a title still to be settled. A
    description that names no unit, or one beside a plain title that states no target,
    gives none."""
    fragment = dedent("""\
        planlint: 1
        metrics:
          - {id: A, title: OSHA 2-1, description: Number of hazards abated, target: {value: 154}}
          - id: B
            title: OFCCP0-13
            description: "Conduct education and outreach events focused on workers' rights"
            target: {value: 26}
          - id: C
            title: Indicator of assistance to communities TBD
            description: Provide technical assistance to at least 10 communities
            target: {value: 10}
          - id: D
            title: EBSA-OE-02c
            description: Improve the enforcement time for treatment limitations
            target: {value: 15580}
          - {id: E, title: Outreach quality, description: Outreach events held, target: {value: 4}}
          - {id: F, title: Quality, description: Number of hazards abated, target: {value: 9}}
          - {id: G, title: Hires, target: {value: 9}}
          - {id: H, title: Staff, target: {value: 9}}
          - {id: I, title: Hires, target: {value: 9}}
          - {id: J, title: Hires, target: {value: 9}}
          - {id: K, title: Hires, target: {value: 9}}
          - {id: L, title: Hires, target: {value: 9}}
          - {id: N, title: Hires, target: {value: 9}}
        """)
    RuleTester(metric_without_unit).assert_fails(
        fragment, [("D", None), ("E", None), ("F", None), ("H", None)])


def test_a_count_the_goal_states_in_the_year_it_names_starts_from_none() -> None:
    """``Evenementen 2026: 6 meetups, 6 sociale evenementen``: the goal names the year
    and states each target before the things its measure counts, done within that year,
    from none (as ``four membership drives in 2021``). A goal that names another year, or
    a figure not followed by the things, still asks where the measure starts."""
    fragment = dedent("""\
        planlint: 1
        goals:
          - id: E
            title: "Evenementen 2026: 6 meetups, 6 sociale evenementen"
            metrics:
              - {id: E1, title: Meetups georganiseerd, target: {value: 6, date: 2026-12-31}}
              - {id: E2, title: Sociale evenementen, target: {value: 6, date: 2026-12-31}}
        """)
    tester = RuleTester(metric_without_baseline)
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("Evenementen 2026", "Evenementen 2025"),
                        [("plan", None, "all 2 metrics")])
    tester.assert_fails(fragment.replace("6 sociale evenementen", "6 keer sociale evenementen"),
                        [("E2", None)])


def test_a_count_stated_in_a_plan_of_one_year_starts_from_none() -> None:
    """A project's goals for the year: ``participate in 5 conferences with a project
    stand`` over ``Conferences with a project stand``, and ``4 media outlets`` whose title
    opens with its target, both due at the year's end: counts made within the plan's
    year, from none, as a count followed by the year it names is. A plan of longer than a
    year, or a target due before the year closes, still asks where they start."""
    fragment = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2019-01-01, end: END}}
        goals:
          - id: G1
            title: participate in 5 conferences with a project stand
            metrics:
              - {id: M1, title: Conferences with a project stand,
                 target: {value: 5, date: DUE}}
              - {id: M2, title: 4 media outlets, target: {value: 4, date: DUE}}
        """)
    tester = RuleTester(metric_without_baseline)
    tester.assert_passes(fragment.replace("END", "2019-12-31").replace("DUE", "2019-12-31"))
    for end, due in (("2020-12-31", "2020-12-31"), ("2019-12-31", "2019-06-30")):
        tester.assert_fails(fragment.replace("END", end).replace("DUE", due),
                            [("plan", None, "all 2 metrics")])


def test_first_parties_joined_in_a_plan_of_one_year_start_from_none() -> None:
    """A programme's product roadmap for its fiscal year: routing data from ``at least
    one`` healthcare organization, connecting to three services, taking part in a network
    and routing data in accordance with a spec are first-of deliverables and counts of its
    own acts, from none; the number of conditions it routes is a level it already holds,
    still asked where it starts, by itself once the others no longer make it a practice."""
    fragment = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2024-10-01, end: 2025-09-30}}
        goals:
          - id: G1
            title: Facilitate reporting for additional data sources
            metrics:
              - {id: M1, title: Route hospitalization data from at least one healthcare
                   organization to the surveillance program, unit: healthcare organizations,
                 bound: at least, target: {value: 1, date: 2025-09-30}}
              - {id: M2, title: Connect the service to three third-party services,
                 unit: third-party services, target: {value: 3, date: 2025-09-30}}
              - {id: M3, title: Participate in the laboratory response network}
              - {id: M4, title: Meet the needs of senders by routing data in accordance
                   with the HL7 spec}
              - {id: M5, title: Route lab data for at least 15 reportable conditions,
                 unit: reportable conditions, target: {value: 15, date: 2025-09-30}}
        """)
    tester = RuleTester(metric_without_baseline)
    tester.assert_fails(fragment, [("M5", None)])
    # a second organization is a level of those joined, still asked
    tester.assert_fails(fragment.replace("at least one", "at least two")
                        .replace("value: 1,", "value: 2,"),
                        [("plan", None, "all 2 metrics")])
    # a plan of longer than a year still asks
    tester.assert_fails(fragment.replace("2025-09-30}}\n", "2026-09-30}}\n", 1),
                        [("plan", None, "all 2 metrics")])


def test_the_pay_of_a_post_the_plan_creates_starts_from_nothing() -> None:
    """A new foundation's budget: ``Alice's salary`` under ``Hire Alice as a Full-Time
    Maintainer`` is the pay of a post the plan creates, from nothing; the pay of someone
    kept on has a level to start from."""
    fragment = dedent("""\
        planlint: 1
        goals:
          - id: G1
            title: Hire Alice as a Full-Time Maintainer
            metrics:
              - {id: M1, title: Alice's salary, unit: USD per year, target: {value: 150000}}
        """)
    tester = RuleTester(metric_without_baseline)
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("Hire Alice", "Keep Alice"), [("M1", None)])
    tester.assert_fails(fragment.replace("Hire Alice", "Hire Bob"), [("M1", None)])


def test_a_heading_over_one_unmeasured_goal_is_reported_at_that_goal_only() -> None:
    plan = ("planlint: 1\ngoals:\n"
            + "".join(f"  - {{id: G{n}, title: Area {n}, metrics: [{{id: M{n}, "
                      f"title: Share {n}, unit: '%'}}]}}\n" for n in range(1, 9))
            + "  - {id: H, title: Neighborhood Watch}\n"
            "  - {id: H1, title: Recruit block captains, parent: H}\n")
    RuleTester(unmeasured_goal).assert_fails(plan, [("H1", 12)])
    # over two unmeasured goals, the heading is asked too
    RuleTester(unmeasured_goal).assert_fails(
        plan + "  - {id: H2, title: Train block captains, parent: H}\n",
        [("H", 11), ("H1", 12), ("H2", 13)])


def test_a_goal_that_names_the_share_it_moves_states_its_own_measure() -> None:
    # an incentive's DE&I objective: "Demonstrate improvement in the percent of job
    # searches in which candidates from underrepresented populations are interviewed"
    plan = ("planlint: 1\ngoals:\n"
            "  - {id: D1, title: Demonstrate improvement in the percent of job searches in "
            "which candidates from underrepresented populations are interviewed}\n"
            "  - {id: D2, title: Increase the number of fee-paying programmes}\n"
            "  - {id: D3, title: Ensure strong pay equity is maintained}\n")
    RuleTester(unmeasured_goal).assert_fails(plan, [("D3", 5)])
    # a share named with no change asked of it is still unmeasured
    RuleTester(unmeasured_goal).assert_fails(
        plan.replace("Increase the number of", "Report on the number of"),
        [("D2", 4), ("D3", 5)])


def test_a_requirement_to_enact_under_another_goal_is_measured_by_being_enacted() -> None:
    # an incentive's DE&I objectives: a requirement adopted or not, like a prohibition
    plan = ("planlint: 1\ngoals:\n"
            "  - id: DEI\n    title: DE&I objectives\n"
            "    metrics: [{id: M1, title: Share of women in leadership, unit: '%'}]\n"
            "  - {id: D3, title: Require all managers to attend inclusive leadership "
            "training, parent: DEI}\n"
            "  - {id: D4, title: Recruit diverse managers, parent: DEI, metrics: [M1]}\n")
    RuleTester(unmeasured_goal).assert_passes(plan)
    # the same requirement as a goal of the plan's own, with no work, is still asked
    RuleTester(unmeasured_goal).assert_fails(plan.replace(", parent: DEI}\n", "}\n", 1),
                                             [("D3", 6)])


def test_a_unit_stated_on_one_row_of_an_indicator_repeated_per_program_holds_for_all() -> None:
    """A results report gives one indicator for each of its programs (``Average time for
    completing investigation reports``, 450 on each row) and states its unit on one of
    them (``days``, the rail program's): the other rows are read in it. A measure whose
    same-titled rows state no unit either, or a differently titled one, is still asked."""
    fragment = dedent("""\
        planlint: 1
        metrics:
          - {id: A1, title: Average time for completing investigation reports,
             bound: at most, target: {value: 450, date: 2017-03-31}}
          - {id: R1, title: Average time for completing investigation reports, unit: days,
             bound: at most, target: {value: 450, date: 2017-03-31}}
          - {id: R2, title: Investigations completed within target time, unit: '%',
             target: {value: 75, date: 2017-03-31}}
          - {id: R3, title: Responses assessed as fully satisfactory, unit: '%',
             target: {value: 89, date: 2017-03-31}}
          - {id: M1, title: Average time for completing investigations,
             bound: at most, target: {value: 450, date: 2017-03-31}}
        """)
    tester = RuleTester(metric_without_unit)
    tester.assert_fails(fragment, [("M1", None)])
    # three of the five with no unit: the plan's practice, reported once
    tester.assert_fails(fragment.replace(", unit: days", ""), [("plan", None)])



BREAKDOWNS = """\
planlint: 1
plan: {as_of: 2002-06-30, horizon: {start: 2001-01-01, end: 2003-12-31}}
people: [{id: ann}]
goals:
  - {id: G1, owner: ann, metrics: [M1, M2]}
metrics:
  - {id: M1, title: Effective taxpayer assistance, unit: '%', direction: increase, owner: ann, cadence: annual, source: Contact centre system, baseline: {value: 80, date: 2000-12-31}, target: {value: 85, date: 2003-12-31}}
  - {id: M2, title: Returns filed electronically, unit: '%', direction: increase, owner: ann, cadence: annual, source: Tax system, baseline: {value: 90, date: 2000-12-31}, target: {value: 94, date: 2003-12-31}}
  - {id: M4, title: 'Call wait time', unit: '%', breaks_down: M1, FIELDS}
  - {id: M5, title: 'Refund inquiry success rate', unit: '%', breaks_down: M1, FIELDS}
"""  # noqa: E501
#: Per rule: what the breakdowns state, what else the plan is for that rule, and how the
#: measure they break down then lacks what the rule asks.
_BROKEN_DOWN: list[tuple[Rule, str, dict[str, str], dict[str, str]]] = [
    (metric_without_target, "actuals: [{date: 2001-12-31, value: 65}]", {},
     {"target: {value: 85, date: 2003-12-31}": "x-lacking: 1"}),
    (metric_without_cadence, "target: {value: 70, date: 2003-12-31}, "
                             "actuals: [{date: 2001-12-31, value: 65}]", {},
     {"owner: ann, cadence: annual": "owner: ann"}),
    # a goal lists them: a measure of no goal in a plan whose outcomes name their sources
    # is left alone; and three are needed for the plan's practice
    (metric_without_source, "target: {value: 70, date: 2003-12-31}",
     {"metrics: [M1, M2]": "metrics: [M1, M2, M4, M5]", "source: Tax system": "x-m2: 1"},
     {"source: Contact centre system": "x-lacking: 1"}),
    (orphan_metric, "target: {value: 70, date: 2003-12-31}", {},
     {"metrics: [M1, M2]": "metrics: [M2]"}),
    # a goal of another person's: a measure of no goal is not the one head's (ann's)
    (unowned_metric, "target: {value: 70, date: 2003-12-31}",
     {"[{id: ann}]": "[{id: ann}, {id: bob}]", "goals:\n": "goals:\n  - {id: G0, owner: bob}\n"},
     {"metrics: [M1, M2]": "metrics: [M2]", "owner: ann, cadence": "cadence"}),
    # a composite's components titled with their weights (40 percent weight), which
    # planlint reads as the figures they aim at
    (metric_without_baseline, "actuals: [{date: 2001-12-31, value: 65}]",
     {"wait time'": "wait time (40 percent weight)'", "rate'": "rate (50 percent weight)'"},
     {"baseline: {value: 80, date: 2000-12-31}": "x-lacking: 1"}),
]


def _asks_breakdown(rule: Rule, plan: str) -> bool:
    """Whether ``rule`` asks breakdown M4, by itself or in a plan-wide finding."""
    return any(finding.node == "M4" or "M4," in finding.message or "M4)" in finding.message
               for finding in RuleTester(rule).findings(plan))


def _replaced(text: str, changes: dict[str, str]) -> str:
    for old, new in changes.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(("rule", "fields", "setup", "lacking"), _BROKEN_DOWN)
def test_a_breakdown_is_not_asked_what_its_measure_states(
        rule: Rule, fields: str, setup: dict[str, str], lacking: dict[str, str]) -> None:
    """A breakdown (``breaks_down``: a KPM's figure by filing method, a composite's
    component) is not asked for a target, baseline, cadence, source, goal or owner its
    measure states; unlinked, or of a measure that lacks it too, it is, but for a target:
    the measure that lacks one is asked, and its breakdowns are counted with it."""
    plan = _replaced(BREAKDOWNS.replace("FIELDS", fields), setup)
    RuleTester(rule).assert_passes(plan)
    assert _asks_breakdown(rule, plan.replace("breaks_down: M1, ", ""))
    if rule is metric_without_target:
        findings = RuleTester(rule).findings(_replaced(plan, lacking))
        assert [finding.node for finding in findings] == ["M1"]
    else:
        assert _asks_breakdown(rule, _replaced(plan, lacking))


def test_a_breakdown_with_a_target_of_its_own_is_asked_where_it_starts() -> None:
    """A breakdown that sets a target of its own is judged on it: the change it asks is
    its own, from a start of its own."""
    plan = BREAKDOWNS.replace("FIELDS", "target: {value: 70, date: 2003-12-31}, "
                                        "actuals: [{date: 2001-12-31, value: 65}]")
    assert _asks_breakdown(metric_without_baseline, plan)


def test_a_student_equity_plan_is_not_asked_the_source_of_the_systems_metrics() -> None:
    """A California community college's student equity plan: the Chancellor's Office's
    template gives the college its standard metrics, computed from the system's data, and
    has no place to name a source."""
    plan = dedent("""\
        planlint: 1
        plan: {id: arc-sep, title: American River College - Student Equity Plan (2025-28)}
        goals:
          - {id: PER, title: Persistence Equity Goals, metrics: [PER-BAA, PER-LGBT]}
        metrics:
          - {id: PER-BAA, title: Persistence - Black or African American, unit: '%',
             baseline: {value: 54.3, date: 2023-06-30}, target: {change: 8.7}}
          - {id: PER-LGBT, title: Persistence - LGBT, unit: '%',
             baseline: {value: 50.4, date: 2023-06-30}, target: {change: 13.3}}
        """)
    RuleTester(metric_without_source).assert_passes(plan)
    # a college's own strategic plan with the same measures names where they come from
    RuleTester(metric_without_source).assert_fails(
        plan.replace("Student Equity Plan", "Strategic Plan"))


def test_a_grant_funded_projects_totals_start_from_none_when_its_money_began() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2024-03-31, horizon: {start: 2018-01-01, end: 2025-12-31}}
        goals:
          - id: C1
            title: Resilience and sustainable family farming
            metrics:
              - {id: I5, title: Households impacted, unit: households,
                 target: {value: 10500}, actuals: [{date: 2024-03-31, value: 6300}]}
              - {id: A3, title: Total benefit value reported, unit: USD,
                 target: {value: 500000}}
        budgets:
          - {id: B1, title: Programme budget, amount: 48.8, currency: EUR m,
             period: 2018-2025, funds: all}
        """)
    # one sum pays for the whole project: its totals count what it did since it began
    RuleTester(metric_without_baseline).assert_passes(plan)
    # a budget for one year of a standing organisation's plan is no such project
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("period: 2018-2025", "period: FY2018"), [("plan", None)])
    # nor is a plan paid for by several lines, one for each part of its work
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("funds: all}", "funds: all}\n  - {id: B2, title: Water, amount: 2, "
                     "currency: EUR m, period: 2018-2025, funds: [C1]}"), [("plan", None)])
    # a share, or a total due before the project ends, still asks where it starts
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("unit: households", "unit: '%'").replace(
            "target: {value: 500000}", "target: {value: 500000, date: 2020-12-31}"),
        [("plan", None)])


def test_a_quarters_key_results_are_not_asked_where_they_start() -> None:
    """A plan of one short cycle (a quarter's OKRs) grades each key result at the cycle's
    end, a change over the quarter from where the measure stands when it begins; a plan of
    a year is still asked where its levels start."""
    plan = ("planlint: 1\nplan: {id: P, methodology: okr, horizon: {start: 2019-07-01, "
            "end: 2019-09-30}}\nmetrics:\n"
            "  - {id: KR1, title: Grow weekly active users by 500, unit: users, "
            "target: {change: 500, date: 2019-09-30}}\n"
            "  - {id: KR2, title: Reduce malformed searches by 50%, unit: '%', "
            "target: {change: -50, date: 2019-09-30}}\n"
            "  - {id: KR3, title: Comprehension test score, unit: '%', "
            "target: {value: 75, date: 2019-09-30}}\n")
    RuleTester(metric_without_baseline).assert_passes(plan)
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("start: 2019-07-01", "start: 2019-01-01")
        .replace("end: 2019-09-30}}", "end: 2019-12-31}}"), [("P", None)])


def test_a_key_result_graded_only_from_0_to_1_is_not_asked_a_unit() -> None:
    """A team's key results scored at the quarter's end by how far each got (0.7, 0.88),
    with no unit, target or figure in their words, have no amount to give a unit to; a
    reading outside 0 to 1 is an amount, and is asked."""
    plan = ("planlint: 1\nplan: {id: P, methodology: okr}\nmetrics:\n"
            "  - {id: KR1, title: codegen is usable in some demo project, "
            "actuals: [{date: 2020-06-30, value: 0.7}]}\n"
            "  - {id: KR2, title: Improve GitLab.com resilience to growth, "
            "actuals: [{date: 2023-07-31, value: 0.88}]}\n")
    RuleTester(metric_without_unit).assert_passes(plan)
    RuleTester(metric_without_unit).assert_fails(
        plan.replace("value: 0.88", "value: 3.5"), [("KR2", None)])


def test_a_baseline_that_only_says_there_is_none_yet_is_no_baseline() -> None:
    """A KPI table's ``Data not available`` or a grid's ``To be determined`` where the
    baseline should be is a placeholder: the target was set with nothing to set it
    against. One the plan dates after its status (``To be determined December 31,
    2026`` in data of June 2026) is a baseline it says it will set by then."""
    plan = ("planlint: 1\nplan: {as_of: 2026-06-30}\nmetrics:\n"
            + "".join(f"  - {{id: K{n}, title: Share of claims paid on time, unit: '%', "
                      f"baseline: {{value: 70, date: 2024-12-31}}, "
                      f"target: {{value: 80, date: 2027-12-31}}}}\n" for n in range(1, 6))
            + "  - {id: M1, title: Procurement procedures signed at the planned date, "
              "unit: '%', baseline: BASELINE, target: {value: 75, date: 2027-12-31}}\n")
    tester = RuleTester(metric_without_baseline)
    for placeholder in ("{text: Data not available, date: 2024-12-31}",
                        "{text: To be determined}"):
        tester.assert_fails(plan.replace("BASELINE", placeholder), [("M1", None)])
    for stated in ("{text: 'To be determined December 31, 2026', date: 2026-12-31}",
                   "{text: 'about 60%, the 2024 survey'}",
                   "{value: 60, date: 2024-12-31}"):
        tester.assert_passes(plan.replace("BASELINE", stated))
    finding, = tester.findings(plan.replace("BASELINE", "{text: Data not available}"))
    assert "its baseline says only 'Data not available'" in finding.message


def test_a_cumulative_figure_of_the_organisation_s_own_acts_starts_from_none() -> None:
    """A priority goal's indicator ``Customer Engagements (% of CFO Act Agencies,
    cumulative)``, stated as ``Hold customer engagement meetings with CFO Act Agencies``:
    the share of agencies the agency's own meetings have reached so far, from none. A
    cumulative share whose statement names no act of the organisation, one that restarts
    each year, or a cumulative figure of what others do still asks where it starts."""
    fragment = dedent("""\
        planlint: 1
        metrics:
          - id: M1
            title: Customer Engagements (% of CFO Act Agencies, cumulative)
            description: Hold customer engagement meetings with CFO Act Agencies
            unit: '%'
            target: {value: 75}
          - {id: M2, title: Hires, baseline: {value: 3}, target: {value: 9}}
          - {id: M3, title: Hires, baseline: {value: 3}, target: {value: 9}}
        """)
    tester = RuleTester(metric_without_baseline)
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("Hold customer engagement meetings with",
                                         "Engagement of"), [("M1", None)])
    tester.assert_fails(fragment.replace("cumulative)", "cumulative, annual)"),
                        [("M1", None)])
    tester.assert_fails(fragment.replace(
        "Customer Engagements (% of CFO Act Agencies, cumulative)",
        "Customer Engagements (% of CFO Act Agencies)"), [("M1", None)])
    tester.assert_fails(fragment.replace(
        "Customer Engagements (% of CFO Act Agencies, cumulative)",
        "Cumulative volume of API requests").replace(
        "Hold customer engagement meetings with CFO Act Agencies",
        "Requests to the API and web services"), [("M1", None)])


def test_a_process_measure_s_change_over_a_plan_s_year_of_started_goals_asks_no_start() -> None:
    """A quality improvement plan gives each indicator's current performance and each
    change idea's process measure only its target, a change over the plan's year: the
    plan puts the start on the measures of its aims. A plan of more than a year, or one
    with a goal measure that states no start, still asks where the change starts."""
    fragment = dedent("""\
        planlint: 1
        plan: {horizon: {start: 2025-04-01, end: 2026-03-31}}
        goals:
          - id: G1
            metrics:
              - id: G1.m
                title: 90th percentile ED length of stay
                baseline: {value: 9.5, date: 2024-12-31}
                target: {value: 9, date: 2026-03-31}
        initiatives:
          - id: C1
            supports: [G1]
            metrics:
              - {id: C1.P1, title: Time to PIA, target: {change: -2%, date: 2026-03-31}}
        """)
    tester = RuleTester(metric_without_baseline)
    tester.assert_passes(fragment)
    tester.assert_fails(fragment.replace("end: 2026-03-31}}", "end: 2027-03-31}}"),
                        [("C1.P1", None)])
    tester.assert_fails(fragment.replace("baseline: {value: 9.5, date: 2024-12-31}",
                                         "unit: hours"),
                        [("plan", None, "all 2 metrics")])


def test_a_dated_deliverable_of_a_forward_plan_is_measured_by_being_done() -> None:
    # a volunteer group's plan for its year: one new thing to make, a training for all
    # staff, beside measured goals and a goal that asks a quality
    plan = ("planlint: 1\nplan: {id: P, horizon: {start: 2016-01-01, end: 2016-12-31}, "
            "as_of: 2016-01-25}\ngoals:\n"
            + "".join(f"  - {{id: G{n}, title: Area {n}, metrics: [{{id: M{n}, "
                      f"title: Share {n}, unit: '%'}}]}}\n" for n in range(1, 7))
            + "  - {id: D1, title: Create a new DC Data Commons}\n"
            "  - {id: D2, title: Provide animal welfare training for all staff}\n"
            "  - {id: D3, title: Become a more aligned team}\n")
    RuleTester(unmeasured_goal).assert_fails(plan, [("D3", 12)])
    # one thing two verbs of delivery make, joined by "and"
    located = plan.replace("Create a new DC Data Commons",
                           "Identify and secure a location for a future park")
    RuleTester(unmeasured_goal).assert_fails(located, [("D3", 12)])
    RuleTester(unmeasured_goal).assert_fails(
        located.replace("as_of: 2016-01-25", "as_of: 2017-01-25"),
        [("D1", 10), ("D2", 11), ("D3", 12)])
    # past its date, or in a status review that reads its goals, a deliverable passed
    # over is asked for a measure
    for changed in (plan.replace("as_of: 2016-01-25", "as_of: 2017-01-25"),
                    plan.replace("unit: '%'}]}\n  - {id: D1",
                                 "unit: '%', actuals: [{date: 2016-01-20, value: 3}]}]}\n"
                                 "  - {id: D1")):
        RuleTester(unmeasured_goal).assert_fails(changed, [("D1", 10), ("D2", 11),
                                                           ("D3", 12)])
    # with no horizon, the ends of all of its work date it
    undated = plan.replace("horizon: {start: 2016-01-01, end: 2016-12-31}, ", "")
    RuleTester(unmeasured_goal).assert_fails(undated, [("D1", 10), ("D2", 11), ("D3", 12)])
    work = ("initiatives:\n  - {id: W1, title: Develop the plan, supports: [D2], end: 2016-06-30}\n"
            "  - {id: W2, title: Implement the plan, supports: [D2], end: 2017-12-31}\n")
    RuleTester(unmeasured_goal).assert_fails(undated + work, [("D1", 10), ("D3", 12)])


def test_a_goal_whose_work_launches_what_it_makes_is_measured_by_its_steps() -> None:
    """A working group's one aim, to create a service, with its steps listed, each with
    its status, one of them the service's launch: the steps' statuses are where the aim
    stands. A launch of something else, or one whose status is not stated, leaves it
    asked for a measure."""
    plan = ("planlint: 1\nplan: {id: P}\ngoals:\n"
            "  - {id: G1, title: 'Bring together efforts to create a CI service for HPC "
            "projects, starting with ours'}\n"
            "initiatives:\n"
            "  - {id: P1, title: Get CI working for two projects, supports: [G1], "
            "status: active}\n"
            "  - {id: P8, title: Change the domain and launch the production service, "
            "supports: [G1], status: planned}\n")
    tester = RuleTester(unmeasured_goal)
    tester.assert_passes(plan)
    tester.assert_fails(plan.replace(", status: planned", ""), [("G1", 4)])
    tester.assert_fails(plan.replace("production service", "production cluster"),
                        [("G1", 4)])


def test_a_recap_s_deliverables_for_the_next_period_are_measured_by_being_done() -> None:
    """A founder's monthly recap, published after the month closed (its figures dated
    the month's last day), sets goals for the next month: a deliverable named by its
    verb and due by that month's end is done or not by then. Due later, in a recap whose
    readings run up to its own date, or asking a quality, it is asked for a measure."""
    plan = ("planlint: 1\nplan: {id: P, as_of: 2017-02-03, metrics_cadence: monthly}\n"
            "goals:\n"
            "  - {id: F1, title: $150 MRR, due: 2017-02-28, metrics: [MRR]}\n"
            "  - {id: F2, title: $5000 MRR, metrics: [MRR]}\n"
            "  - {id: F3, title: Finish first version of plugin system, due: 2017-02-28}\n"
            "  - {id: F5, title: Open-source the networking backend, due: 2017-02-28}\n"
            "  - {id: F6, title: Add offboarding survey to better understand churn, "
            "due: 2017-02-28}\n"
            "metrics:\n  - {id: MRR, title: Monthly recurring revenue, unit: USD, "
            "target: {value: 150, date: 2017-02-28}, "
            "actuals: [{date: 2017-01-31, value: 110}]}\n")
    tester = RuleTester(unmeasured_goal)
    tester.assert_passes(plan)
    every = [("P", None)]
    tester.assert_fails(plan.replace("due: 2017-02-28}", "due: 2017-03-31}"), every)
    tester.assert_fails(plan.replace("date: 2017-01-31", "date: 2017-02-02"), every)
    tester.assert_fails(plan.replace("as_of: 2017-02-03", "as_of: 2017-01-31"), every)
    tester.assert_fails(plan.replace("Add offboarding survey to", "Become a better team to"),
                        [("F6", None)])


def test_a_plan_that_keeps_its_readings_elsewhere_is_not_asked_where_they_started() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {id: p, as_of: 2025-06-30, horizon: {start: 2025-01-01, end: 2027-12-31}KEPT}
        metrics:
          - {id: M1, title: Service availability, unit: '%',
             baseline: {value: 98, date: 2024-12-31}, target: {value: 99.5, date: 2027-12-31}}
          - {id: M2, title: User satisfaction score, unit: '%'}
          - {id: M3, title: Monthly active users, unit: users,
             target: {value: 5000, date: 2027-12-31}}
          - {id: M4, title: Share of councils providing data, unit: '%'}
        """)
    tester = RuleTester(metric_without_baseline)
    assert tester.findings(plan.replace("KEPT", ""))
    # the figures are on a dashboard the plan points to: the first of them is the start
    tester.assert_passes(plan.replace("KEPT", ", withheld: [actuals]"))
    # a target stated as a change from the start still needs it
    assert [finding.node for finding in tester.findings(plan.replace(
        "KEPT", ", withheld: [actuals]").replace("value: 5000, date", "change: +20%, date"))] \
        == ["M3"]


@pytest.mark.parametrize(("as_of", "reported"), [
    ("2022-09-30", False), ("2022-06-30", False), ("2022-12-31", True)])
def test_a_baseline_named_by_a_year_not_over_is_still_to_be_taken(as_of: str,
                                                                  reported: bool) -> None:
    plan = ("planlint: 1\nplan: {as_of: " + as_of + ", horizon: {start: 2021-10-01, "
            "end: 2023-09-30}}\nmetrics:\n"
            "  - {id: M1, title: Trainings offered to providers, description: Achieve a 10% "
            "increase in trainings in FY23 over FY22 baseline, "
            "target: {change: +10%, date: 2023-09-30}}\n")
    if reported:
        RuleTester(metric_without_baseline).assert_fails(plan, [("M1", None)])
    else:
        RuleTester(metric_without_baseline).assert_passes(plan)


def test_a_count_due_with_its_quarters_goal_is_made_within_that_quarter() -> None:
    plan = dedent("""\
        planlint: 1
        plan: {as_of: 2020-01-15, horizon: {start: 2020-01-01, end: 2020-12-31}}
        goals:
          - id: Q1
            title: Make the stream good
            due: 2020-03-31
            metrics:
              - {id: KR1, title: 12 streams, unit: streams,
                 target: {value: 12, date: 2020-03-31}}
        """)
    # counted from none within the quarter its goal is set for, as within the plan's year
    RuleTester(metric_without_baseline).assert_passes(plan)
    # a target on another day than its goal's, or in a plan of several years, still asks
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("due: 2020-03-31", "due: 2020-06-30"), [("KR1", None)])
    RuleTester(metric_without_baseline).assert_fails(
        plan.replace("end: 2020-12-31", "end: 2022-12-31"), [("KR1", None)])


def test_a_portfolios_success_criteria_are_not_asked_for_cadences() -> None:
    """A research roadmap whose only measures are each project's success criteria, one
    undated target or none, judged when the project delivers: no rhythm to ask of them."""
    plan = dedent("""\
        planlint: 1
        plan: {id: roadmap, as_of: 2026-01-01, horizon: {start: 2026-01-01, end: 2027-12-31}}
        goals: [{id: G1}]
        initiatives:
          - id: I1
            supports: [G1]
            metrics:
              - {id: M1, title: Benchmarks improved with the new charge model}
              - {id: M2, title: Valence fitting time, unit: GPU hours, target: {value: 48}}
          - id: I2
            supports: [G1]
            metrics:
              - {id: M3, title: Meeting attendees, unit: count, target: {value: 20}}
        """)
    RuleTester(metric_without_cadence).assert_passes(plan)
    # a goal's own measure, a level watched beside them, or a reading on the way
    RuleTester(metric_without_cadence).run(fails=[
        (plan.replace("goals: [{id: G1}]", "goals: [{id: G1, metrics: [M4]}]\nmetrics:\n"
                      "  - {id: M4, title: Force field users, unit: count, "
                      "target: {value: 900}}"), [("roadmap", None)]),
        (plan.replace("value: 48}", "value: 48}, actuals: [{date: 2026-09-30, value: 60}]"),
         [("roadmap", None)])])


def test_a_year_of_okrs_written_as_what_the_year_brings_needs_no_baseline() -> None:
    # key results written with no verb as the year's figures: counts from none on its
    # first day, in OKRs of a year; the same measures over three years still ask
    okrs = """\
planlint: 1
plan: {id: P, methodology: okr, horizon: {start: 2021-01-01, end: 2021-12-31}}
goals:
  - id: O1
    title: The hub is full and generating revenue
    metrics:
      - {id: KR1, title: "€65k+ in revenue"}
      - {id: KR2, title: 20+ visitors}
      - {id: KR3, title: 3 events}
      - {id: KR4, title: Online calls with 400+ participants}
      - {id: KR5, title: "Main house: Alice + 2 other residents"}
      - {id: KR6, title: Real estate fund is launched}
      - {id: KR7, title: "Real estate fund has €5m in AUM"}
"""
    RuleTester(metric_without_baseline).assert_passes(okrs)
    longer = okrs.replace("end: 2021-12-31", "end: 2023-12-31")
    [finding] = RuleTester(metric_without_baseline).assert_fails(longer, [("P", None)])
    assert finding.message.startswith("all 6 metrics ")
    # a level the things stand at is still asked
    levels = okrs.replace("20+ visitors", "500 weekly active users").replace(
        "€65k+ in revenue", "€1m in cash")
    [finding] = RuleTester(metric_without_baseline).assert_fails(levels, [("P", None)])
    assert [related.node for related in finding.related] == ["KR1", "KR2"]


def test_a_full_width_percent_sign_is_a_percent_unit() -> None:
    """A Japanese city's evaluation sheet writes its satisfaction share in the full-width
    percent sign (U+FF05): read narrowed, it is a share in percent, a survey's, asked for
    its source as one in '%' is; the unit is shown narrowed, other forms as written."""
    plan = ("planlint: 1\nmetrics:\n  - {id: M1, title: 各種イベント参加者の満足度, "
            "unit: '\uff05', target: {value: 100}}\n")
    RuleTester(metric_without_source).assert_fails(plan)
    assert plan_from(plan).metrics[0].unit == "%"
    # so is one stated once for all the plan's measures; the words of the title are kept
    km, title = "\uff4b\uff4d", "\u5168\u9577\uff08\uff4b\uff4d\uff09"  # 全長 (km), full width
    once = plan_from(f"planlint: 1\nplan: {{id: P, metrics_unit: {km}}}\n"
                     f"metrics:\n  - {{id: M1, title: {title}, target: {{value: 5}}}}\n")
    assert (once.metrics[0].unit, once.metrics[0].title) == ("km", title)
    assert plan_from("planlint: 1\nmetrics:\n  - {id: M1, unit: m\u00b2}\n").metrics[0].unit \
        == "m\u00b2"
