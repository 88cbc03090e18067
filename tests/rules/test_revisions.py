"""PL702 to PL708: the plan's own adjustments are recorded, judged against an older version."""

from __future__ import annotations

import re
from textwrap import dedent

import pytest

import planlint
from planlint.config import Config
from planlint.ruledef import Rule
from planlint.rules.revisions import (
    baseline_rewritten,
    deadline_slipped,
    goal_dropped,
    metric_removed,
    mismatched_change_record,
    owner_changed,
    target_lowered,
)
from planlint.testing import RuleTester, plan_from


def record(item: str, field: str | None = None, before: object = None,
           after: object = None) -> str:
    parts = [f"item: {item}", *([f"field: {field}"] if field else []),
             *([f"from: {before}"] if before is not None else []),
             *([f"to: {after}"] if after is not None else []), "reason: decided"]
    return "changes:\n  - {" + ", ".join(parts) + "}\n"


class TestChangeRulesRunOnlyWithAnOlderVersion:
    PLAN = "planlint: 1\ngoals: [{id: G1, due: 2025-12-31}]\n"

    def test_a_plain_check_does_not_run_them(self) -> None:
        report = planlint.lint(self.PLAN, config=Config(select=["change"]))
        # PL701 and PL709 judge the plan itself, the others its versions
        assert [code for code in report.rules if code.startswith("PL7")] == ["PL701", "PL709"]

    def test_a_comparison_runs_them(self) -> None:
        from planlint.api import Session

        session = Session.open(Config(select=["change"]))
        report = session.compare(plan_from(self.PLAN), plan_from(self.PLAN), "old")
        assert [code for code in report.rules if code.startswith("PL7")] == [
            f"PL70{n}" for n in range(1, 10)]

    def test_a_waiver_for_a_change_rule_is_not_unused_in_a_plain_check(self) -> None:
        plan = self.PLAN + "waivers: [{rule: deadline-slipped, node: G1, reason: moved}]\n"
        report = planlint.lint(plan, config=Config(select=["change", "PL012"]))
        assert [finding.code for finding in report.findings] == []


class TestTargetLowered:
    OLD = dedent("""\
        planlint: 1
        metrics:
          - id: M1
            title: Complaints per 1,000 orders
            direction: decrease
            baseline: {value: 12, date: 2024-12-31}
            targets: [{value: 10, date: 2025-06-30}]
            target: {value: 6, date: 2026-12-31}
        """)

    def judge(self) -> RuleTester:
        return RuleTester(target_lowered).since(self.OLD)

    def test_a_ceiling_raised_is_less_ambitious(self) -> None:
        self.judge().assert_fails(self.OLD.replace("value: 6", "value: 8"),
                                   [("M1", 8, "aims at 8 now, where it aimed at 6: less "
                                             "ambitious for a metric that should decrease")])
        self.judge().assert_passes(self.OLD.replace("value: 6", "value: 4"))

    def test_an_interim_target_lowered_is_found_at_its_entry(self) -> None:
        [finding] = self.judge().assert_fails(self.OLD.replace("value: 10", "value: 11"),
                                               [("M1", 7, "by 2025-06-30")])
        assert finding.field == "targets/0"
        self.judge().assert_passes(self.OLD.replace("value: 10", "value: 11")
                                    + record("M1", "targets", 10, 11))

    def test_the_direction_comes_from_the_older_baseline_and_target(self) -> None:
        old = self.OLD.replace("    direction: decrease\n", "")
        RuleTester(target_lowered).since(old).assert_fails(old.replace("value: 6", "value: 13"))

    def test_a_counts_number_in_its_wording_is_its_target(self) -> None:
        old = "planlint: 1\nmetrics: [{id: M1, title: Hire five engineers, kind: count}]\n"
        [finding] = RuleTester(target_lowered).since(old).assert_fails(
            old.replace("five", "three"), [("M1", 2)])
        assert finding.field == "title"

    def test_targets_in_words_and_milestones_are_left_alone(self) -> None:
        words = "planlint: 1\nmetrics: [{id: M1, direction: increase, target: {text: top}}]\n"
        RuleTester(target_lowered).since(words).assert_passes(words.replace("top", "middle"))
        done = "planlint: 1\nmetrics: [{id: M1, kind: milestone, target: {value: 1}}]\n"
        RuleTester(target_lowered).since(done).assert_passes(done.replace("1}", "0}"))

    def test_a_renamed_metric_is_followed_and_its_record_may_use_either_id(self) -> None:
        new = self.OLD.replace("id: M1", "id: M1-CX").replace("value: 6", "value: 8") \
            + record("M1-CX", "id", "M1", "M1-CX")
        self.judge().assert_fails(new, [("M1-CX", 8)])
        self.judge().assert_passes(new + record("M1", "target", 6, 8).removeprefix("changes:\n"))

    def test_an_id_and_a_target_changed_together_are_a_drop_and_an_add(self) -> None:
        self.judge().assert_passes(self.OLD.replace("id: M1", "id: M1-CX")
                                    .replace("value: 6", "value: 8"))

    def test_a_record_the_older_version_held_covers_no_new_change(self) -> None:
        old = self.OLD + record("M1", "target", 5, 6)
        RuleTester(target_lowered).since(old).assert_fails(old.replace("value: 6", "value: 8"))


class TestDeadlineSlipped:
    OLD = dedent("""\
        planlint: 1
        goals: [{id: G1, due: 2025-12-31}]
        initiatives: [{id: I1, end: 2025-06-30}]
        metrics: [{id: M1, title: Launch the portal, kind: milestone,
                   target: {value: 1, date: 2025-09-30}}]
        """)

    def test_each_kind_of_date_moved_later(self) -> None:
        new = self.OLD.replace("2025-12-31", "2026-01-31").replace("2025-06-30", "2025-07-30") \
            .replace("2025-09-30", "2025-10-30")
        found = RuleTester(deadline_slipped).since(self.OLD).assert_fails(
            new, [("G1", 2, "31 days later"), ("I1", 3, "30 days later"), ("M1", 5)])
        assert [finding.field for finding in found] == ["due", "end", "target"]

    def test_earlier_new_or_removed_dates_are_left_alone(self) -> None:
        tester = RuleTester(deadline_slipped).since(self.OLD)
        tester.assert_passes(self.OLD.replace("2025-12-31", "2025-11-30"))
        tester.assert_passes(self.OLD.replace(", due: 2025-12-31", ""))
        tester.assert_passes(self.OLD.replace("{id: I1, end: 2025-06-30}", "{id: I1}")
                             .replace("{id: G1, due: 2025-12-31}", "{id: G1, due: 2025-12-31, "
                                                                    "start: 2025-01-01}"))


class TestGoalDropped:
    OLD = dedent("""\
        planlint: 1
        plan: {id: p, as_of: 2025-06-30}
        goals:
          - {id: G1, title: Grow revenue}
          - {id: G2, title: Cut cost, metrics: [M2]}
        metrics:
          - {id: M2, direction: decrease, target: {value: 5},
             actuals: [{date: 2025-03-31, value: 4}]}
        initiatives:
          - {id: I1, supports: [G1], status: cancelled}
        budgets:
          - {id: B1, funds: [G1]}
        reviews:
          - {id: R1, covers: [G1]}
        """)

    def test_a_goal_still_funded_and_reviewed_is_found_at_each_reference(self) -> None:
        new = self.OLD.replace("  - {id: G1, title: Grow revenue}\n", "")
        [finding] = RuleTester(goal_dropped).since(self.OLD).assert_fails(
            new, [("I1", 9, "budget B1 and review R1 pointed at it")])
        assert finding.field == "supports/0"
        assert [related.node for related in finding.related] == ["B1", "R1"]
        assert "initiative I1 and" not in finding.message  # cancelled work points at nothing

    def test_a_goal_reached_that_nothing_points_at_may_go(self) -> None:
        RuleTester(goal_dropped).since(self.OLD).assert_passes(
            self.OLD.replace("  - {id: G2, title: Cut cost, metrics: [M2]}\n", ""))

    def test_a_goal_not_reached_is_found_at_the_plan_when_nothing_names_it(self) -> None:
        old = self.OLD.replace("value: 4}", "value: 7}")
        RuleTester(goal_dropped).since(old).assert_fails(
            old.replace("  - {id: G2, title: Cut cost, metrics: [M2]}\n", ""),
            [("p", 2, "it was not reached")])

    def test_a_renamed_goal_is_not_dropped_and_a_recorded_drop_is_silent(self) -> None:
        tester = RuleTester(goal_dropped).since(self.OLD)
        tester.assert_passes(self.OLD.replace("{id: G1,", "{id: G1-R,").replace(
            "[G1]", "[G1-R]"))
        tester.assert_passes(self.OLD.replace("  - {id: G1, title: Grow revenue}\n", "")
                             + record("G1"))


class TestBaselineRewritten:
    OLD = dedent("""\
        planlint: 1
        metrics:
          - {id: M1, baseline: {value: 82, date: 2024-12-31}}
          - {id: M2, baseline: {value: 40}}
          - {id: M3}
        """)

    def test_a_moved_date_or_a_removed_baseline_is_a_rewrite(self) -> None:
        new = self.OLD.replace("2024-12-31", "2025-03-31").replace(
            "{id: M2, baseline: {value: 40}}", "{id: M2}")
        found = RuleTester(baseline_rewritten).since(self.OLD).assert_fails(
            new, [("M1", 3, "82 on 2025-03-31 now, where it was 82 on 2024-12-31"),
                  ("M2", 4, "baseline none now")])
        assert "from: 2024-12-31, to: 2025-03-31" in found[0].message

    def test_dating_a_baseline_or_setting_a_first_one_is_no_rewrite(self) -> None:
        RuleTester(baseline_rewritten).since(self.OLD).assert_passes(
            self.OLD.replace("{value: 40}", "{value: 40, date: 2024-12-31}").replace(
                "{id: M3}", "{id: M3, baseline: {value: 1}}"))


class TestOwnerChanged:
    def version(self, owner: str | None) -> str:
        owned = f", owner: {owner}" if owner else ""
        return f"planlint: 1\ninitiatives: [{{id: I1{owned}}}]\n"

    def test_one_handover_between_two_versions_only_with_max_changes_0(self) -> None:
        tester = RuleTester(owner_changed).since(self.version("ana"))
        tester.assert_passes(self.version("ben"))
        tester.with_options(max_changes=0).assert_fails(self.version("ben"),
                                                        [("I1", 2, "ana → ben")])

    def test_handovers_are_counted_over_the_history(self) -> None:
        tester = RuleTester(owner_changed).since(
            self.version("ana"), self.version(None), self.version("ben"))
        tester.assert_passes(self.version("ben"))  # no owner in between is no owner
        tester.assert_passes(self.version("chen") + record("I1", "owner"))
        tester.assert_fails(self.version("chen"),
                            [("I1", 2, "2 times in the versions read (ana → ben → chen)")])


class TestMetricRemoved:
    OLD = dedent("""\
        planlint: 1
        goals: [{id: G1, metrics: [M1, M2]}]
        metrics: [{id: M1}, {id: M2}]
        """)

    def test_the_last_metric_taken_away(self) -> None:
        RuleTester(metric_removed).since(self.OLD).assert_fails(
            self.OLD.replace(", metrics: [M1, M2]", ""), [("G1", 2, "had 2 metrics (M1 and M2)")])

    def test_a_metric_replaced_or_renamed_is_left_alone(self) -> None:
        tester = RuleTester(metric_removed).since(self.OLD)
        tester.assert_passes(self.OLD.replace("[M1, M2]", "[M3]").replace("{id: M2}", "{id: M3}"))
        tester.assert_passes(self.OLD.replace("[M1, M2]", "[M1-A]").replace("{id: M1}",
                                                                            "{id: M1-A}"))


class TestMismatchedChangeRecord:
    OLD = "planlint: 1\ngoals: [{id: G1, due: 2025-12-31}, {id: G2}]\n"
    NEW = OLD.replace("2025-12-31", "2026-03-31")

    def messages(self, records: str) -> list[str]:
        return RuleTester(mismatched_change_record).since(self.OLD).messages(self.NEW + records)

    def test_records_that_match_pass(self) -> None:
        RuleTester(mismatched_change_record).since(self.OLD).assert_passes(
            self.NEW + record("G1", "due", "2025-12-31", "2026-03-31"))
        RuleTester(mismatched_change_record).since(self.OLD).assert_passes(
            self.NEW + record("G1", "due"))

    def test_what_a_record_can_get_wrong(self) -> None:
        assert self.messages(record("G9", "due")) == [
            "the change record names G9, which neither version has; write the id of the "
            "item that changed"]
        assert "did you mean 'due'?" in self.messages(record("G1", "dew"))[0]
        assert "holds the same in both versions" in self.messages(record("G2", "due"))[0]
        assert "the plan still has goal G2" in self.messages(record("G2"))[0]
        assert self.messages(record("G1", "due", "2025-12-31", "2026-02-28")) == [
            "the change record says the due of G1 changed from 2025-12-31 to 2026-02-28, but "
            "the versions say from 2025-12-31 to 2026-03-31; correct from and to"]

    def test_a_record_the_older_version_held_is_not_judged_again(self) -> None:
        old = self.OLD + record("G9", "due")
        RuleTester(mismatched_change_record).since(old).assert_passes(old)


@pytest.mark.parametrize("rule", [target_lowered, deadline_slipped, goal_dropped,
                                  baseline_rewritten, owner_changed, metric_removed],
                         ids=lambda rule: rule.code)
def test_the_record_a_finding_advises_silences_it_and_matches(rule: Rule) -> None:
    tester = RuleTester(rule).since(*rule.before)
    [message] = tester.messages(rule.fails or "")
    advised = re.search(r"record it under changes as (\{.*?\})", message)
    assert advised is not None, message
    fixed = (rule.fails or "") + "changes:\n  - " + advised.group(1).replace("…", "decided") \
        + "\n"
    tester.assert_passes(fixed)
    RuleTester(mismatched_change_record).since(*rule.before).assert_passes(fixed)
