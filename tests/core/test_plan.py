"""The plan graph: typed access, references both ways, and shared facts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from textwrap import dedent

import pytest

from planlint.api import load_plan
from planlint.budgets import funded_goals, reached_goals
from planlint.model import Goal, Initiative, Item, Person, Unit
from planlint.plan import MEMBER_ROLE, settle_upwards

ROOT = Path(__file__).resolve().parents[2]

PLAN = """\
planlint: 1
plan: {id: p, sponsor: ceo}
units:
  - {id: hq}
  - {id: sales, parent: hq}
  - {id: emea, parent: sales}
  - {id: loop1, parent: loop2}
  - {id: loop2, parent: loop1}
people:
  - {id: ceo, leader: true}
goals:
  - {id: G1, owner: ceo, metrics: [M1]}
  - {id: G2, parent: G1, metrics: [M1, I1, GONE]}
  - {id: G3, parent: G2}
metrics:
  - {id: M1}
initiatives:
  - {id: I1, supports: [G3]}
  - {id: I2, depends_on: [I1]}
  - {id: I3}
budgets:
  - {id: B1, funds: [I1]}
"""


def test_typed_lists_and_lookup() -> None:
    plan = load_plan(PLAN)
    assert [g.id for g in plan.goals] == ["G1", "G2", "G3"]
    assert isinstance(plan.get("ceo"), Person)
    assert plan.get("nope") is None and plan.get(None) is None


def test_refs_follow_valid_references_and_referrers_go_back() -> None:
    plan = load_plan(PLAN)
    g1, g2, _ = plan.goals
    assert [m.id for m in plan.refs(g2, "metrics")] == ["M1"]  # I1 is the wrong kind
    assert plan.ref(g1, "owner", Person) is plan.get("ceo")
    assert plan.ref(plan.info, "sponsor", Person) is plan.get("ceo")
    assert [g.id for g in plan.referrers(plan.metrics[0], "metrics", Goal)] == ["G1", "G2"]
    assert [g.id for g in plan.subgoals(g1)] == ["G2"]
    # narrowed to a class none of the nodes is of: nothing, for every id
    assert plan.referrers(plan.metrics[0], "metrics", Initiative) == []
    assert plan.refs(g2, "metrics", Person) == []


def test_edges_include_unresolved_references_at_their_index() -> None:
    plan = load_plan(PLAN)
    unresolved = [(e.source.id, e.key, e.target) for e in plan.edges if e.resolved is None]
    assert unresolved == [("G2", "metrics/1", "I1"), ("G2", "metrics/2", "GONE")]
    assert plan.unresolved == [edge for edge in plan.edges if edge.resolved is None]


@pytest.mark.parametrize("folder", sorted(
    path for path in (ROOT / "examples").iterdir() if path.is_dir()), ids=lambda path: path.name)
def test_unresolved_and_indexes_agree_with_every_edge(folder: Path) -> None:
    """The references' indexes and the unresolved edges, made in one pass without an
    edge for each resolved reference, say what the edges made when asked for say."""
    plan = load_plan(folder)
    assert plan.unresolved == [edge for edge in plan.edges if edge.resolved is None]
    for edge in plan.edges:
        if edge.resolved is not None:
            assert edge.resolved in plan.refs(edge.source, edge.field)
            assert edge.source in plan.referrers(edge.resolved, edge.field) \
                or not isinstance(edge.source, Item)  # the plan: referrers are items


def test_graph_edges_are_keyed_by_field() -> None:
    graph = load_plan(PLAN).graph
    assert graph.nodes["G2"]["kind"] == "goal"
    assert graph.has_edge("B1", "I1", key="funds")
    assert graph.has_edge("G2", "G1", key="parent")
    assert graph.has_edge("p", "ceo", key="sponsor")
    assert not graph.has_edge("G2", "I1")  # wrong kind: not an edge of the graph


def test_top_goals_and_unit_ancestry_survive_loops() -> None:
    plan = load_plan(PLAN)
    assert [g.id for g in plan.top_goals] == ["G1"]
    assert plan.unit_ancestors("emea") == ("sales", "hq")
    assert plan.unit_ancestors("loop1") == ("loop2",)
    assert plan.unit_ancestors(None) == ()


def test_a_teams_plan_may_carry_the_objectives_of_the_organization_above_it() -> None:
    team = ("units: [{id: org}, {id: team, parent: org}, {id: squad, parent: team},\n"
            "        {id: other, parent: org}]\n"
            "goals: [{id: O1, unit: org}, {id: G1, unit: team, parent: O1},\n"
            "        {id: G2, unit: squad, parent: G1}EXTRA]\n")

    def team_of(extra: str) -> str | None:
        unit = load_plan(team.replace("EXTRA", extra)).team_unit
        return unit.id if unit else None

    assert team_of("") == "team"
    assert team_of(", {id: G3, unit: squad}") == "team"
    assert team_of(", {id: O2, unit: org}") is None  # the organization's own goal
    assert team_of(", {id: G3, unit: other, parent: O1}") is None  # two teams under it
    assert team_of(", {id: G3}") is None  # a goal of no unit


def test_budget_reach_climbs_through_initiatives_and_the_cascade() -> None:
    plan = load_plan(PLAN)
    assert reached_goals(plan) == {"G3", "G2", "G1"}


def test_budget_pays_for_goals_below_within_its_unit() -> None:
    plan = load_plan("""\
planlint: 1
units: [{id: hq}, {id: sales, parent: hq}, {id: emea, parent: sales}, {id: it, parent: hq}]
goals:
  - {id: G1, unit: hq}
  - {id: G2, unit: sales, parent: G1}
  - {id: G3, unit: emea, parent: G2}
  - {id: G4, unit: it, parent: G2}
  - {id: G5, unit: emea, parent: G4}
  - {id: G6, unit: it, parent: G1}
budgets:
  - {id: B1, unit: sales, funds: [G1]}
  - {id: B2, funds: [G6]}
""")
    assert funded_goals(plan) == {"G1", "G2", "G3", "G6"}
    assert reached_goals(plan) == {"G1", "G2", "G3", "G6"}


def test_enabling_initiatives_lead_to_goals_through_their_dependants() -> None:
    plan = load_plan(PLAN)
    assert plan.goal_bound_initiatives == {"I1"}
    extended = load_plan(PLAN.replace("  - {id: I3}", "  - {id: I3}\n"
                                      "  - {id: I4, supports: [G1], depends_on: [I3]}"))
    assert extended.goal_bound_initiatives == {"I1", "I3", "I4"}
    assert all(isinstance(i, Initiative) for i in extended.initiatives)


def test_work_supporting_every_top_level_goal_of_several_is_a_theme_of_the_plan() -> None:
    plan = load_plan(PLAN.replace("  - {id: I3}", "  - {id: I3, supports: [G1]}"))
    alone = plan.get("I3")
    assert isinstance(alone, Initiative) and not plan.whole_plan_theme(alone)  # one goal
    extended = load_plan(PLAN.replace("  - {id: G3, parent: G2}", "  - {id: G3, parent: G2}\n"
                                      "  - {id: G4}").replace(
        "  - {id: I3}", "  - {id: I3, supports: [G1, G4]}\n  - {id: I4, supports: [G4, G3]}"))
    i3, i4 = extended.get("I3"), extended.get("I4")
    assert isinstance(i3, Initiative) and isinstance(i4, Initiative)
    assert extended.whole_plan_theme(i3)
    assert not extended.whole_plan_theme(i4)  # G3 is below G1, not G1 itself


def test_a_persons_own_objective_at_the_top_is_no_priority_a_theme_runs_under() -> None:
    text = PLAN.replace("  - {id: G3, parent: G2}", "  - {id: G3, parent: G2}\n"
                        "  - {id: G4}\n  - {id: G5}").replace(
        "  - {id: I3}", "  - {id: I3, supports: [G1, G4]}")
    for person, theme in (("{id: ceo, leader: true, objectives: [G5]}", True),
                          ("{id: ceo, leader: true}", False)):
        plan = load_plan(text.replace("{id: ceo, leader: true}", person))
        i3 = plan.get("I3")
        assert isinstance(i3, Initiative) and plan.whole_plan_theme(i3) is theme


def test_closure_follows_references_either_way_and_stops_at_loops() -> None:
    plan = load_plan(PLAN)
    g1, g2, g3 = plan.goals
    assert list(plan.closure([g3], "parent", Goal)) == ["G3", "G2", "G1"]
    assert set(plan.closure([g1], "parent", Goal, backward=True)) == {"G1", "G2", "G3"}
    units = plan.closure([plan.get("loop1")], "parent", Unit)  # type: ignore[list-item]
    assert set(units) == {"loop1", "loop2"}
    assert set(plan.closure([g2], ("parent", "metrics"), Goal)) == {"G2", "G1"}


def test_a_key_result_taken_up_by_the_objective_below_is_carried_by_it() -> None:
    plan = load_plan("""\
planlint: 1
goals:
  - {id: O1, title: Keep our customers, metrics: [KR1, KR2]}
  - {id: O2, title: "CTO: Reducing churn and contraction", parent: O1, metrics: [KR3]}
  - {id: O3, title: "Sales: Reduce churn in EMEA", parent: O1}
metrics:
  - {id: KR1, title: Reduce churn and contraction by X%}
  - {id: KR2, title: Grow net revenue retention to 120%}
  - {id: KR3, title: Ship usage alerts}
""")
    kr1, kr2, kr3 = plan.metrics
    assert plan.carrier(kr1) is plan.get("O2")  # O3 takes it up too, but measures nothing
    assert plan.carrier(kr2) is None and plan.carrier(kr3) is None


def test_a_metric_with_an_earlier_ones_title_and_figures_is_its_twin() -> None:
    plan = load_plan("""\
planlint: 1
metrics:
  - {id: K1, title: Refine  the promotion process, cadence: monthly,
     actuals: [{date: 2023-07-31, value: 0.8}]}
  - {id: K2, title: refine the promotion process, cadence: monthly,
     actuals: [{date: 2023-07-31, value: 0.8}]}
  - {id: K3, title: Refine the promotion process, cadence: monthly,
     actuals: [{date: 2023-07-31, value: 0.9}]}
  - {id: K4, cadence: monthly}
  - {id: K5, cadence: monthly}
""")
    k1, k2, k3, _k4, k5 = plan.metrics
    assert plan.twin(k2) is k1 and plan.twin(k1) is None
    assert plan.twin(k1) is None and plan.twin(k3) is None  # other figures: another measure
    assert plan.twin(k5) is None  # nothing to tell two untitled metrics apart by
    reordered = load_plan("planlint: 1\nmetrics: [{id: K2, title: A}, {id: K1, title: A}]\n")
    listed_first, first_by_id = reordered.metrics  # the first by id stands, not file order
    assert reordered.twin(listed_first) is first_by_id and reordered.twin(first_by_id) is None


def test_metrics_of_one_title_in_other_shapes_are_no_twins() -> None:
    plan = load_plan("""\
planlint: 1
metrics:
  - {id: K1, title: Churn, cadence: monthly, actuals: [{date: 2023-07-31, value: 0.8}]}
  - {id: K2, title: Churn, cadence: quarterly, actuals: [{date: 2023-07-31, value: 0.8}]}
  - {id: K3, title: Churn, cadence: monthly, actuals: [{date: 2023-07-31, value: 0.8},
                                                       {date: 2023-08-31, value: 0.7}]}
  - {id: K4, title: Churn, unit: "%", cadence: monthly,
     actuals: [{date: 2023-07-31, value: 0.8}]}
  - {id: K5, title: Churn, cadence: monthly, actuals: [{date: 2023-07-31, value: 0.8}]}
""")
    k1, k2, k3, k4, k5 = plan.metrics
    assert [plan.twin(metric) for metric in (k1, k2, k3, k4)] == [None] * 4
    assert plan.twin(k5) is k1  # of the same shape and figures, among the others


def test_a_milestone_carried_into_a_later_item_of_its_owner_is_resumed_there() -> None:
    plan = load_plan("""\
planlint: 1
people: [{id: kim}, {id: lee}]
goals:
  - {id: Q1, owner: kim, due: 2019-03-31, metrics: [
      {id: Q1.KR1, title: Publish the architecture document,
       actuals: [{date: 2019-03-31, value: 0}]},
      {id: Q1.KR2, title: Revamped project readme and contributing guide}]}
  - {id: Q2, owner: kim, due: 2019-06-30, metrics: [
      {id: Q2.KR1, title: Publish the architecture document and clean up the repositories}]}
  - {id: L2, owner: lee, due: 2019-06-30, metrics: [
      {id: L2.KR1, title: Revamp the project readme and contributing guide}]}
initiatives:
  - {id: A1, title: Revamp project readme (from Q1), owner: kim, supports: [Q2]}
""")
    kr1, kr2, later, lees = plan.metrics
    assert plan.resumed(kr1) is later  # the next quarter's key result takes it up
    assert plan.resumed(kr2) is plan.get("A1")  # so does an activity ending with its goal
    assert plan.resumed(later) is None and plan.resumed(lees) is None  # nothing after them


def test_a_decision_recorded_once_an_items_date_had_come_is_found() -> None:
    plan = load_plan("""\
planlint: 1
plan: {as_of: 2019-04-17}
metrics:
  - {id: M1, title: Capture app state on failures}
  - {id: M2, title: User guide}
initiatives:
  - {id: I1, title: Dealer training, end: 2019-03-31}
changes:
  - {date: 2019-03-31, item: M1, field: target, to: deferred, reason: Project deferred}
  - {date: 2019-03-15, item: M2, field: target, to: 2019-06-30, reason: pushed to Q2}
  - {date: 2019-04-01, item: I1, field: owner, to: lee, reason: kim left}
  - {date: 2019-04-02, item: I1, field: end, to: 2019-06-30}
  - {date: 2019-05-01, item: I1, field: status, to: cancelled, reason: not needed}
""")
    m1, m2 = plan.metrics
    due = date(2019, 3, 31)
    assert plan.decided(m1, due) is plan.changes[0]  # deferred once the date had come
    assert plan.decided(m2, due) is None  # a record from before the date: its new date
    # an owner's change, a record without its reason, and one after the as-of date
    assert plan.decided(plan.initiatives[0], due) is None


def test_a_plan_of_peoples_own_objectives_is_personal() -> None:
    own = ("planlint: 1\npeople: [{id: ann}, {id: bob}]\ngoals:\n  - {id: A1, owner: ann}\n"
           "  - {id: A2, owner: ann}\n  - {id: B1, owner: bob}\n  - {id: B2, owner: bob}\n")
    assert load_plan(own).personal
    assert not load_plan(PLAN).personal  # an executive's goal and goals nobody owns
    assert not load_plan(own.replace("{id: B2, owner: bob}", "{id: B2}")).personal
    assert not load_plan(own.replace("{id: B2, owner: bob}", "{id: B2, owner: ann}")).personal
    assert not load_plan(own.replace("{id: bob}", "{id: bob, leader: true}")).personal
    one = own.replace("owner: bob", "owner: ann")
    assert not load_plan(one).personal  # one person's goals, in no stated practice
    assert load_plan(one.replace("people:", "plan: {methodology: okr}\npeople:")).personal
    assert not load_plan(one.replace("people:", "plan: {methodology: okr}\npeople:")
                         .replace("{id: A2, owner: ann}\n  - {id: B1, owner: ann}\n"
                                  "  - {id: B2, owner: ann}\n", "")).personal  # one goal


def test_a_plan_of_a_quarter_or_a_hundred_days_is_one_short_cycle() -> None:
    def plan(horizon: str) -> bool:
        return load_plan(f"planlint: 1\nplan: {{id: p{horizon}}}\n").one_short_cycle

    assert plan(", horizon: {start: 2025-01-01, end: 2025-03-31}")
    assert plan(", horizon: {start: 2021-01-01, end: 2021-04-11}")  # a hundred days
    assert not plan(", horizon: {start: 2025-01-01, end: 2025-06-30}")
    assert not plan(", horizon: {end: 2025-03-31}")
    assert not plan("")
    # a span stated only as a length counted from an event still to come
    assert plan(", horizon: {length: P100D}")
    assert plan(", horizon: {length: P3M}")
    assert not plan(", horizon: {length: P36M}")


def test_a_plan_run_through_a_strategy_management_system_says_so() -> None:
    said = ("planlint: 1\nplan: {id: p, description: We introduced a rigorous strategy "
            "management system through which we will monitor our progress.}\n")
    assert load_plan(said).managed_in_system
    assert not load_plan(said.replace("strategy management", "records management")
                         ).managed_in_system
    assert not load_plan("planlint: 1\nplan: {id: p}\n").managed_in_system


def test_the_one_owner_of_a_teams_work_is_its_project_lead() -> None:
    plan = ("planlint: 1\nplan: {id: p}\n"
            "units: [{id: sponsor-org}, {id: team, parent: sponsor-org}]\n"
            "people: [{id: lead}, {id: other}]\n"
            "goals: [{id: G1, unit: team}]\n"
            "initiatives: [{id: D1, owner: lead}, {id: D2, owner: OWNER}]\n")
    assert load_plan(plan.replace("OWNER", "lead")).project_lead == "lead"
    assert load_plan(plan.replace("OWNER", "other")).project_lead is None
    assert load_plan(plan.replace("OWNER", "lead").replace(", parent: sponsor-org", "")
                     ).project_lead is None  # not a team's plan


def test_models_look_attributes_up_as_pydantic_does() -> None:
    """With ``_fastattr`` built, the models drop pydantic's ``__getattr__`` hook (see
    model.py): fields, properties and a missing attribute's error are as before, and a
    model with private attributes keeps the hook."""
    from pydantic import PrivateAttr

    from planlint.model import _Model

    goal = Goal.model_validate({"id": "G1", "title": "Grow"})
    assert (goal.title, goal.label, goal.pointer) == ("Grow", "Grow", "")
    with pytest.raises(AttributeError, match="'Goal' object has no attribute 'nope'"):
        goal.nope  # noqa: B018

    class Private(_Model):
        _kept: int = PrivateAttr(default=3)

    assert Private()._kept == 3


def test_model_classes_look_attributes_up_as_pydantic_does() -> None:
    """With ``_fastattr`` built, the models' metaclass looks a class's attributes up in C
    (see model.py, ``_ModelMeta``): class attributes, inherited ones and methods are found,
    a private attribute read from the class is pydantic's, and a missing one raises
    ``AttributeError``, which ``getattr`` with a default turns into the default."""
    from pydantic import PrivateAttr
    from pydantic.fields import ModelPrivateAttr

    from planlint.model import Item, _Model

    assert (Goal.kind, Goal.section, Item.kind) == ("goal", "goals", "item")
    assert Goal.model_validate({"id": "G1"}).id == "G1"
    assert "title" in Goal.model_fields
    with pytest.raises(AttributeError, match="nope"):
        Goal.nope  # noqa: B018
    assert getattr(Goal, "nope", 7) == 7

    class Private(Goal):
        _kept: int = PrivateAttr(default=3)

    assert isinstance(Private._kept, ModelPrivateAttr)
    assert Private._kept.get_default() == 3
    assert Private.kind == "goal"
    assert type(Private) is type(Goal) is type(_Model)


@pytest.mark.parametrize("name", [
    "Mitgliederversammlung", "Årsmötet (the members' annual meeting)", "Föreningsstämman",
    "Årsmøtet", "Generalforsamlingen", "Vuosikokous", "Members' annual meeting",
    "Annual meeting of the members", "Jahreshauptversammlung", "Jaarvergadering"])
def test_members_meeting_by_the_names_associations_give_it(name: str) -> None:
    """An association's members' meeting by its general names in the corpus's languages,
    with the auditor it elects (a revisor, a Kassenprüfer) beside the board: an auditor
    who owns nothing holds no executive office; one who owns work, or a legislature's
    General Assembly, is no members' meeting plan."""
    text = dedent(f"""\
        planlint: 1
        plan: {{id: p, sponsor: mm, office: board}}
        units:
          - {{id: mm, name: "{name}"}}
          - {{id: board, name: Styrelsen, lead: elis}}
        people:
          - {{id: elis, role: Ordförande, unit: board, leader: true}}
          - {{id: erik, role: Revisor}}
          - {{id: dos}}
        goals: [{{id: G1, title: Anordna flera workshops}}]
        initiatives: [{{id: I1, owner: dos, supports: [G1]}}]
        """)
    assert load_plan(text).members_meeting is not None
    assert load_plan(text.replace("owner: dos", "owner: erik")).members_meeting is None
    assert load_plan(text.replace(f'"{name}"', "General Assembly")).members_meeting is None


@pytest.mark.parametrize(("role", "plain"), [
    ("", True), ("Member", True), ("  ordinary member ", True), ("Mitglied", True),
    ("Board member", False), ("   x", False)])
def test_a_role_of_plain_membership(role: str, plain: bool) -> None:
    """Only membership, whatever spaces surround it (stripped before the pattern is
    matched whole, so no pattern scans the spaces once per space)."""
    assert (MEMBER_ROLE.fullmatch(role.strip()) is not None) is plain


WITHHELD = """\
planlint: 1
plan: {id: p}
goals:
  - {id: G1, withheld: [actuals, owners], metrics: [M1]}
  - {id: G2, parent: G1, metrics: [M2]}
  - {id: G3, parent: G1, also_aligned_to: [G4]}
  - {id: G4, metrics: [M2]}
  - {id: G5, parent: G6, withheld: actuals}
  - {id: G6, parent: G5}
metrics:
  - {id: M1}
  - {id: M2}
  - {id: M3}
  - {id: M4}
initiatives:
  - {id: I1, supports: [G2], metrics: [M3]}
  - {id: I2, supports: [G2, G4], metrics: [M4]}
  - {id: I3}
budgets:
  - {id: B1, funds: [I1, G1]}
  - {id: B2, funds: [I1, I2]}
"""


def test_a_goal_keeps_out_what_it_withholds_for_itself_and_what_serves_only_it() -> None:
    plan = load_plan(WITHHELD)
    kept = {item.id for item in plan.items if plan.withheld("actuals", item)}
    # G3 is also aligned to G4, M2 measures G4 too, I2 supports G4 and B2 funds I2;
    # G6 is under G5 only, a loop of parents that stops there
    assert kept == {"G1", "G2", "M1", "I1", "M3", "B1", "G5", "G6"}
    assert plan.withheld("owners", plan.by_id["M3"])
    assert not plan.withheld("owners", plan.by_id["G5"])
    assert not plan.withheld("targets", plan.by_id["G1"])
    assert not plan.withheld("actuals") and not plan.withheld("actuals", plan.info)


def test_the_plans_own_withheld_holds_for_every_item() -> None:
    plan = load_plan(WITHHELD.replace("plan: {id: p}", "plan: {id: p, withheld: [targets]}"))
    assert plan.withheld("targets")
    assert all(plan.withheld("targets", item) for item in plan.items)


@pytest.mark.parametrize("plan_line", ["plan: {id: p}", "plan: {id: p, withheld: [targets]}"])
def test_the_ids_withheld_are_the_items_withheld(plan_line: str) -> None:
    """Rules ask for the ids once and test each item: the same answer as asking
    :meth:`Plan.withheld` item by item, for a goal's own withheld and the plan's."""
    plan = load_plan(WITHHELD.replace("plan: {id: p}", plan_line))
    for what in ("actuals", "owners", "targets", "budgets"):
        ids = plan.withheld_ids(what)
        assert [item.id in ids for item in plan.items] == \
            [plan.withheld(what, item) for item in plan.items], what
    assert ("nowhere" in plan.withheld_ids("targets")) is plan.withheld("targets")


def test_an_aliased_title_of_a_megabyte_is_described_by_its_start() -> None:
    # 3,000 goals whose title was one 1 MB YAML alias took 63 s and 2.7 GB: each finding
    # put the whole title on one line, then cut its message to MAX_MESSAGE characters
    from planlint.limits import MAX_MESSAGE

    title = "grow revenue " * 80_000
    text = (f"planlint: 1\nplan: {{id: p}}\nx-t: &t \"{title}\"\n"
            "goals:\n  - {id: G1, title: *t}\n  - {id: G2, title: *t}\n")
    plan = load_plan(text)
    described = plan.by_id["G2"].describe()
    assert described.startswith("goal G2 (grow revenue grow revenue")
    assert len(described) <= MAX_MESSAGE + len("goal G2 ()")


def test_rules_name_an_item_of_a_megabyte_title_by_its_start() -> None:
    from planlint.limits import MAX_MESSAGE
    from rules._text import named

    title = "grow revenue " * 80_000
    plan = load_plan(f"planlint: 1\nplan: {{id: p}}\ngoals:\n  - {{id: G1, title: {title}}}\n")
    assert named(plan.by_id["G1"]).startswith("goal G1 (grow revenue grow")
    assert len(named(plan.by_id["G1"])) <= MAX_MESSAGE + len("goal G1 ()")
    assert len(named(plan.by_id["G1"], label=title)) <= MAX_MESSAGE + len("goal G1 ()")


def test_settle_upwards_settles_each_goal_after_those_below_and_ends_a_loop() -> None:
    plan = load_plan("planlint: 1\ngoals:\n  - {id: A}\n  - {id: B, parent: A}\n"
                     "  - {id: C, parent: B}\n  - {id: L1, parent: L2}\n"
                     "  - {id: L2, parent: L1}\n")

    def depth(goal: Goal, known: dict[str, int]) -> int:
        return 1 + max((known[sub.id] for sub in plan.subgoals(goal)), default=0)

    known = settle_upwards(plan.goals, plan.subgoals, depth, 0)
    assert (known["A"], known["B"], known["C"]) == (3, 2, 1)
    assert sorted((known["L1"], known["L2"])) == [1, 2]
