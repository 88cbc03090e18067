"""BSC: the Balanced Scorecard's four perspectives, its strategy map, and complete rows.

A scorecard sets objectives in four perspectives that stand in cause and effect:
people learn (learning), so processes improve (internal), so customers are served
(customer), so the owners are rewarded (financial). Goals name their perspective in
``perspective`` and the causal links of the strategy map in ``drives``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from pydantic import ConfigDict, Field, model_validator

import planlint
from planlint.finding import Finding
from planlint.model import Goal, Item
from planlint.plan import Plan
from planlint.practice import by_practice
from planlint.suggest import did_you_mean
from planlint.wording import joined

#: The methodology these rules judge: they run on plans that say they follow it.
BSC = planlint.Methodology("balanced-scorecard", "The Balanced Scorecard", aliases=("bsc",))
rule = partial(planlint.rule, methodology=BSC.name)
#: How the rules' documented examples begin: a plan that follows the methodology.
_PLAN = "planlint: 1\nplan: {methodology: balanced-scorecard}\n"

PERSPECTIVES = ["learning", "internal", "customer", "financial"]
ALIASES = {"learning and growth": "learning", "learning & growth": "learning",
           "people": "learning", "internal process": "internal",
           "internal processes": "internal", "process": "internal", "customers": "customer",
           "finance": "financial"}
#: Words that, starting a word of a perspective's name, place it: public scorecards name
#: their perspectives in their own words ("Serve Our Customers", "Manage the Business",
#: "Provide Financial Stewardship", "Develop Our Workforce").
KEYWORDS = {
    "learning": ["learning", "growth", "people", "workforce", "employee", "staff", "talent",
                 "capacit", "innovat", "culture", "knowledge", "skill", "organi"],
    "internal": ["internal", "process", "operat", "business", "efficien"],
    "customer": ["customer", "client", "citizen", "resident", "communit", "patient",
                 "student", "stakeholder", "constituent", "public", "user"],
    "financial": ["financ", "fiscal", "stewardship", "revenue", "cost", "budget",
                  "economic"],
}
#: Words that, starting a word of a perspective's name no perspective's keywords place,
#: make it the mission perspective of a non-profit scorecard (Kaplan's adaptation: the
#: mission, or the results it is for, on top of the scorecard).
MISSION = ["mission", "result", "impact", "outcome"]


class ScorecardOptions(planlint.RuleOptions):
    """The scorecard's perspectives, shared by every BSC rule that reads them."""

    model_config = ConfigDict(defer_build=True)  # built when a BSC rule first runs

    perspectives: list[str] = Field(
        PERSPECTIVES, min_length=1, description="the perspectives in cause-and-effect order, "
        "from the foundation (learning) to the outcome (financial)")
    aliases: dict[str, str] = Field(
        ALIASES, description="other spellings of a perspective, mapped to its name")
    keywords: dict[str, list[str]] = Field(
        KEYWORDS, description="for each perspective, words that place a perspective named "
        "in other words when one of its words starts with them, and no other "
        "perspective's do")
    mission: list[str] = Field(
        MISSION, description="words that, starting a word of a perspective's name that no "
        "perspective's keywords place, make it a non-profit scorecard's mission perspective")
    mission_for: list[str] = Field(
        ["customer"], description="in a non-profit scorecard, the perspectives whose place "
        "the mission perspective takes (those the mission serves)")
    resources: list[str] = Field(
        ["financial"], description="in a non-profit scorecard, the perspectives that are "
        "means rather than outcomes: drives links from or to them are not checked")

    @model_validator(mode="after")
    def _known_aliases(self) -> ScorecardOptions:
        wrong = sorted(set(self.aliases.values()) - set(self.perspectives))
        if wrong:
            raise ValueError(f"aliases map to {', '.join(wrong)}, which are not perspectives")
        wrong = sorted(set(self.keywords) - set(self.perspectives))
        if wrong and "keywords" in self.model_fields_set:
            raise ValueError(f"keywords name {', '.join(wrong)}, which are not perspectives")
        wrong = sorted({*self.mission_for, *self.resources} - set(self.perspectives))
        if wrong and self.model_fields_set & {"mission_for", "resources"}:
            raise ValueError(f"mission_for and resources name {', '.join(wrong)}, which are "
                             "not perspectives")
        return self

    def of(self, goal: Goal) -> str | None:
        """The goal's perspective by its canonical name; None when missing or unknown."""
        placed = self._placed(goal)
        return placed[0] if len(placed) == 1 else None

    def _placed(self, goal: Goal) -> list[str]:
        """The perspectives the goal's perspective is, by name, alias or keywords."""
        if goal.perspective is None:
            return []
        text = " ".join(goal.perspective.lower().split())
        text = self.aliases.get(text, text)
        if text in self.perspectives:
            return [text]
        return [name for name, starts in self.keywords.items() if name in self.perspectives
                and _starts(text, starts)]

    def is_mission(self, goal: Goal) -> bool:
        """Whether the goal's perspective is a non-profit scorecard's mission (``Results``,
        ``Mission Impact``): its words start with ``mission``'s and place no other."""
        return (goal.perspective is not None and not self._placed(goal)
                and _starts(goal.perspective.lower(), self.mission))

    def nonprofit(self, plan: Plan) -> bool:
        """Whether the plan's scorecard has the non-profit form: a mission perspective."""
        return any(self.is_mission(goal) for goal in plan.goals)

    def rank(self, goal: Goal) -> int | None:
        found = self.of(goal)
        return None if found is None else self.perspectives.index(found)

    def own(self, plan: Plan) -> set[str]:
        """The perspectives a plan names in its own scorecard beyond these (a
        university's ``Outreach``): names, in lower case, that no perspective's name,
        alias or keywords place and that are not the mission, given to two goals or more
        (to one in a non-profit scorecard, which says it adapts the four) and not a near
        miss of a known name (which is a misspelling)."""
        known = [*self.perspectives, *self.aliases]
        least = 1 if self.nonprofit(plan) else 2
        counts: dict[str, int] = {}
        for goal in plan.goals:
            if goal.perspective is not None and self.of(goal) is None \
                    and not self.is_mission(goal):
                name = " ".join(goal.perspective.lower().split())
                counts[name] = counts.get(name, 0) + 1
        return {name for name, count in counts.items()
                if count >= least and not did_you_mean(name, known)}


def _starts(text: str, starts: list[str]) -> bool:
    """Whether a word of the name (``&`` and ``/`` split words) starts with one of these."""
    words = text.replace("&", " ").replace("/", " ").split()
    return any(word.startswith(tuple(starts)) for word in words)


class MissingPerspectiveOptions(ScorecardOptions):
    per_unit: bool = Field(False, description="check each unit's own scorecard: every unit "
                                              "with goals needs every perspective")


@rule(code="BSC001", name="missing-perspective", category="alignment",
      severity="warning", options=MissingPerspectiveOptions,
      fails=_PLAN + "goals:\n  - {id: G1, perspective: financial}\n"
            "  - {id: G2, perspective: customer}\n"
            "  - {id: G3, perspective: internal}\n",
      passes=_PLAN + "goals:\n  - {id: G1, perspective: financial}\n"
             "  - {id: G2, perspective: customer}\n"
             "  - {id: G3, perspective: internal}\n"
             "  - {id: G4, perspective: learning}\n")
def missing_perspective(plan: Plan, options: MissingPerspectiveOptions) -> Iterator[Finding]:
    """A perspective of the scorecard (financial, customer, internal, learning) has no goal.

    A scorecard is balanced when it sets objectives for the outcomes owners see and for the
    customers, processes and capabilities that produce them. A scorecard with only financial
    goals measures results nobody is steering towards; one without learning goals plans no
    growth in the skills the strategy needs. With ``per_unit``, each unit that has goals is
    checked as its own scorecard, as in a cascade. A plan with no goals is left alone, and
    so is one that names perspectives of its own beyond these (see
    goal-without-perspective): its own may hold what a missing one would (a university's
    students under ``Teaching, Learning and Student Development``). In a non-profit
    scorecard (Kaplan's adaptation, with the mission or its results on top: see
    goal-without-perspective) the mission perspective takes the place of those it serves
    (``mission_for``: customer), so a customer perspective is not asked beside it.
    """
    if options.own(plan):
        return
    groups: dict[str | None, list[Goal]] = {}
    for goal in plan.goals:
        groups.setdefault(goal.unit if options.per_unit else None, []).append(goal)
    for unit_id, goals in groups.items():
        present = {options.of(goal) for goal in goals}
        if any(options.is_mission(goal) for goal in goals):
            present.update(options.mission_for)
        missing = [name for name in options.perspectives if name not in present]
        if not missing:
            continue
        plural = "perspective" if len(missing) == 1 else "perspectives"
        advice = (f"add a goal with perspective: {missing[0]}" if len(missing) == 1 else
                  "add goals in them under perspective")
        unit = plan.get(unit_id)
        owner = f"unit {unit_id}'s scorecard" if unit_id is not None else "the scorecard"
        message = (f"{owner} has no goal in the {joined(missing)} {plural}; a balanced "
                   f"scorecard sets objectives in each of {joined(options.perspectives)}; "
                   f"{advice}")
        yield unit.finding(message) if unit is not None else plan.finding(message)


@rule(code="BSC002", name="goal-without-perspective", category="alignment",
      severity="warning", options=ScorecardOptions,
      fails=_PLAN + "goals:\n  - {id: G1, title: Grow revenue}\n"
            "  - {id: G2, title: Lean plants, perspective: operations}\n",
      passes=_PLAN + "goals:\n  - {id: G1, title: Grow revenue, "
             "perspective: financial}\n"
             "  - {id: G2, title: Lean plants, perspective: Internal process}\n")
def goal_without_perspective(plan: Plan, options: ScorecardOptions) -> Iterator[Finding]:
    """A goal names no perspective, or one the scorecard does not have.

    The perspective places a goal on the strategy map; without it nobody can tell whether
    the scorecard is balanced or whether the goal's causal links run the right way. Spelling
    and case do not matter, common other names (``learning and growth``, ``internal
    process``) are accepted, and so is a name in the plan's own words that one perspective's
    ``keywords`` place (``Serve Our Customers``, ``Manage the Business``); ``aliases`` and
    ``keywords`` add more. A scorecard may be adapted: a name that two goals or more share
    and that is no near miss of a known one is a perspective of the plan's own (a
    university's ``Outreach`` beside its ``Financial``), not a mistake. A non-profit
    scorecard (Kaplan's adaptation, standard practice for non-profit and public bodies) puts
    its mission on top, above those it serves: a name whose words start with one of
    ``mission`` (``Results``, ``Mission Impact``) is its mission perspective, and such a
    plan has said that it adapts the four, so a name of its own given to one goal (a layer
    the plan names) is a perspective too. A plan that places few of its goals on the
    scorecard (one that adopts it for its targets only, "by analogy", beside a list of
    strategic objectives it places nowhere) is reported once, not goal by goal: one practice
    it does not follow.
    """
    known = [*options.perspectives, *options.aliases]
    own = options.own(plan)
    unplaced = [goal.finding(f"{goal.describe()} names no perspective; add perspective: "
                             f"with one of {joined(options.perspectives, 'or')} to place "
                             "it on the scorecard")
                for goal in plan.goals if goal.perspective is None]
    yield from by_practice(plan, unplaced, len(plan.goals), items="goals",
                           lacking="name no perspective",
                           fix="add perspective: to each with one of "
                               f"{joined(options.perspectives, 'or')} to place it on "
                               "the scorecard")
    for goal in plan.goals:
        if goal.perspective is not None and options.of(goal) is None \
                and not options.is_mission(goal) \
                and " ".join(goal.perspective.lower().split()) not in own:
            hint = did_you_mean(goal.perspective.lower(), known)
            hint = f"{hint} " if hint else ""
            yield goal.finding(
                f"{goal.describe()} has perspective {goal.perspective!r}, which is not one of "
                f"the scorecard's; {hint}use one of {joined(options.perspectives, 'or')}",
                field="perspective")


@rule(code="BSC003", name="backward-causality", category="alignment",
      severity="error", options=ScorecardOptions,
      fails=_PLAN + "goals:\n  - {id: G1, perspective: financial, drives: [G2]}\n"
            "  - {id: G2, perspective: learning}\n",
      passes=_PLAN + "goals:\n  - {id: G1, perspective: financial}\n"
             "  - {id: G2, perspective: learning, drives: [G1]}\n")
def backward_causality(plan: Plan, options: ScorecardOptions) -> Iterator[Finding]:
    """A ``drives`` link runs from a later perspective to an earlier one, such as a
    financial goal driving a learning goal.

    The strategy map reads bottom-up: capabilities drive processes, processes drive customer
    outcomes, customer outcomes drive financial results. A link against that order claims
    that results cause their own causes, so the map no longer says how the strategy will
    work. Links within one perspective are fine. In a non-profit scorecard (one with a
    mission perspective on top: see goal-without-perspective) the money is a means, not the
    outcome: some such scorecards build on it as their foundation, others set the donors
    beside those served, so links from or to a ``resources`` perspective (financial) are not
    checked there.
    """
    unchecked = set(options.resources) if options.nonprofit(plan) else set()
    for goal in plan.goals:
        rank = options.rank(goal)
        if rank is None or options.of(goal) in unchecked:
            continue
        for index, target_id in enumerate(goal.drives):
            target = plan.get(target_id)
            if not isinstance(target, Goal) or options.of(target) in unchecked:
                continue
            target_rank = options.rank(target)
            if target_rank is not None and target_rank < rank:
                yield goal.finding(
                    f"{goal.describe()} ({options.of(goal)}) drives goal {target.id} "
                    f"({options.of(target)}), against the scorecard's cause and effect "
                    f"({' -> '.join(options.perspectives)}); reverse the link or correct a "
                    "perspective", field=f"drives/{index}",
                    related=[target.related(f"goal {target.id} is {options.of(target)}",
                                            "perspective")])


class DeadEndOptions(ScorecardOptions):
    must_drive: list[str] = Field(["learning", "internal"], description="perspectives whose "
                                  "goals must drive another goal")
    must_be_driven: list[str] = Field(["financial"], description="perspectives whose goals "
                                      "another goal must drive")


def _chain(plan: Plan, goal: Goal) -> Iterator[Goal]:
    """The goal and the goals above it in the cascade (a loop stops the climb)."""
    seen: set[str] = set()
    current: Item | None = goal
    while isinstance(current, Goal) and current.id not in seen:
        seen.add(current.id)
        yield current
        current = plan.get(current.parent)


@rule(code="BSC004", name="dead-end-objective", category="alignment",
      severity="warning", options=DeadEndOptions,
      fails=_PLAN + "goals:\n  - {id: G1, title: Train engineers, "
            "perspective: learning}\n"
            "  - {id: G2, title: Profit, perspective: financial}\n",
      passes=_PLAN + "goals:\n  - {id: G1, title: Train engineers, "
             "perspective: learning, drives: [G2]}\n"
             "  - {id: G2, title: Profit, perspective: financial}\n")
def dead_end_objective(plan: Plan, options: DeadEndOptions) -> Iterator[Finding]:
    """A learning or internal goal drives nothing, or a financial goal nothing drives.

    In a strategy map every capability and process objective exists to cause something above
    it, and every financial objective needs causes below it; a dead end is either work that
    serves no outcome or an outcome nobody has said how to reach. A sub-goal counts as
    linked when a goal above it in the cascade is. ``must_drive`` and ``must_be_driven``
    choose the perspectives checked. When more than a third of the objectives checked are
    dead ends, the plan draws no strategy map, and is reported once instead of each
    objective.
    """
    found, checked = [], 0
    for goal in plan.goals:
        perspective = options.of(goal)
        if perspective in options.must_drive:
            checked += 1
            if not any(any(isinstance(plan.get(t), Goal) for t in each.drives)
                       for each in _chain(plan, goal)):
                found.append(goal.finding(
                    f"{goal.describe()} is a {perspective} objective that drives no other "
                    "goal; list the goals it makes possible under drives, or drop it if it "
                    "serves none"))
        elif perspective in options.must_be_driven:
            checked += 1
            if not any(plan.referrers(each, "drives", Goal) for each in _chain(plan, goal)):
                found.append(goal.finding(
                    f"{goal.describe()} is a {perspective} objective that no goal drives; add "
                    "it to the drives of the customer or internal goals that will produce "
                    "it, so the map says how it is reached"))
    yield from by_practice(plan, found, checked, items="objectives",
                           lacking="are dead ends of the strategy map",
                           fix="draw the map's cause and effect: list under each objective's "
                               "drives the goals it makes possible")


def _executed(plan: Plan) -> set[str]:
    """Goals an initiative supports, directly or through one of their sub-goals."""
    done: set[str] = set()
    for initiative in plan.initiatives:
        for goal in plan.refs(initiative, "supports", Goal):
            done.update(each.id for each in _chain(plan, goal))
    return done


@rule(code="BSC005", name="incomplete-scorecard-row", category="alignment",
      severity="warning", options=ScorecardOptions,
      fails=_PLAN + "goals:\n  - {id: G1, title: Loyal customers, perspective: customer}\n"
            "  - {id: G2, title: Lean processes, perspective: internal}\n"
            "  - {id: G3, title: Skilled staff, perspective: learning}\n"
            "initiatives:\n  - {id: I1, title: Loyalty program, supports: [G1]}\n"
            "  - {id: I2, title: Lean training, supports: [G3]}\n",
      passes=_PLAN + "goals:\n  - {id: G1, title: Loyal customers, perspective: customer}\n"
             "  - {id: G2, title: Lean processes, perspective: internal}\n"
             "initiatives:\n  - {id: I1, title: Loyalty program, supports: [G1]}\n"
             "  - {id: I2, title: Lean pilot, supports: [G2]}\n")
def incomplete_scorecard_row(plan: Plan, options: ScorecardOptions) -> Iterator[Finding]:
    """An objective of the scorecard has no initiative.

    A scorecard row reads objective, measure, target, initiative: what we want, how we will
    know, how much by when, and what we will do about it. Leave the initiative out and the
    row is a wish. Goals with a perspective are the scorecard's objectives; an initiative
    supporting a sub-goal counts for the goals above it. The other columns are planlint's
    own rules: an objective with no measure is unmeasured-goal's, a measure with no target
    metric-without-target's. A plan that names no initiative at all is left to
    uncascaded-goal, which reports it once; when more than a third of the objectives of a
    plan that does have initiatives lack one, the plan is reported once instead of each.
    """
    if not plan.initiatives:
        return
    executed = _executed(plan)
    objectives = [goal for goal in plan.goals if options.of(goal) is not None]
    found = [goal.finding(
        f"{goal.describe()} has no initiative; a scorecard row needs an objective, a metric "
        "with a target, and an initiative that supports it")
        for goal in objectives if goal.id not in executed]
    yield from by_practice(plan, found, len(objectives), items="scorecard objectives",
                           lacking="have no initiative",
                           fix="list under each objective the initiatives that support it")
