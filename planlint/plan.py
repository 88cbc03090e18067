"""The plan graph: typed access to items, their references, and facts rules share.

Everything here is computed once, on first use, and shared by every rule: the reference
indexes (forward and reverse), the networkx graph, top-level goals, unit ancestry, and
which goals a budget pays for and reaches.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast, overload

from planlint import timeline
from planlint.finding import Finding, Related
from planlint.measure_counts import adds_up, counts_period_yield, has_in_launched, tallies_year
from planlint.measure_words import worded
from planlint.measure_work import (
    commits,
    done_in_part,
    measures_work,
    practice_under_way,
    read_as_deliverable,
    takes_up,
    unnamed_commitment,
)
from planlint.measures import Measure, read_measure
from planlint.model import (
    REFERENCES,
    Assumption,
    Budget,
    Change,
    Communication,
    Goal,
    Initiative,
    Item,
    Metric,
    Node,
    Person,
    PlanInfo,
    Review,
    Unit,
    Waiver,
    cadence_days,
)
from planlint.patterns import LazyPattern

if TYPE_CHECKING:
    import networkx as nx

    from planlint.collect import Diagnostic
    from planlint.loaders import LoadProblem
    from planlint.positions import SourceFile
    from planlint.versions import Comparison

T = TypeVar("T", bound=Item)
V = TypeVar("V")

#: The links from a goal to the goals it contributes to: its parent, and any further goal
#: the plan aligns it to.
ABOVE = ("parent", "also_aligned_to")
#: The longest plan that is one short cycle of work: a quarter, or a hundred days of action.
SHORT_CYCLE = 100

#: A numbered release, version or sprint a plan's horizon names in words (``Plan for
#: 3.14``, ``the 2.0 timeframe``, ``v1.5``, ``by the end of Sprint 11``, ``Iteration 4``):
#: a dotted version number, not a decimal of a quantity (``1.5 years``, ``2.5%``), or a
#: numbered sprint, iteration or increment.
_RELEASE_NAMED = LazyPattern(
    r"\b(?:sprint|iteration|increment)\s\d+\b|(?<![\d.])v?\d{1,3}\.\d{1,3}(?:\.\d{1,3})?"
    r"(?![\d.])(?!\s?(?:%|(?:per\s?cent|percent|[a-z]*illion|years?|months?|weeks?|days?|"
    r"quarters?|hours?)\b))", re.IGNORECASE, needs=(".", "sprint", "iteration", "increment"))


class Edge(NamedTuple):
    """One reference: ``source.field`` (at ``index`` if a list) names ``target``.

    ``kinds`` are the kinds the field accepts; ``resolved`` is the target item when it
    exists and is of one of those kinds. A named tuple: a plan makes thousands on every
    check, several times faster than frozen dataclasses.
    """

    source: Node
    field: str
    target: str
    index: int | None  # type: ignore[assignment]  # the field hides tuple.index, unused
    kinds: tuple[str, ...]
    resolved: Item | None

    @property
    def key(self) -> str:
        """The field, with the index for a list: where the reference stands."""
        return self.field if self.index is None else f"{self.field}/{self.index}"

    def finding(self, message: str) -> Finding:
        """A finding at the reference itself."""
        return self.source.finding(message, field=self.key)


class Plan:
    """A loaded plan: its items by kind, references between them, and shared facts.

    Rules receive a ``Plan``. Lists of items keep the order of the files. ``as_of`` is
    the date status is judged at (``--as-of``, else ``plan.as_of``, else today);
    ``dated`` whether one was given or stated (a plan judged on the day it is read is not).
    ``changes`` are the plan's records of its own adjustments; ``previous`` is the older
    version of the plan its changes are judged against, when a run was given one
    (``planlint diff``, ``check --since``), else ``None``.
    """

    def __init__(self, info: PlanInfo, items: list[Item], waivers: list[Waiver],
                 diagnostics: list[Diagnostic], files: list[SourceFile],
                 skipped: Sequence[str] = (), changes: Sequence[Change] = ()) -> None:
        self.info = info
        self.items = items
        self.waivers = waivers
        self.changes = list(changes)
        self.previous: Plan | None = None
        self._between: Callable[[], Sequence[Plan]] = tuple
        self.files = files
        self.skipped = tuple(skipped)  # files of its folders left alone: not plan files
        self.as_of: date = info.as_of or date.today()
        self.dated = info.as_of is not None  # a date to judge at, stated or given
        self.by_id: dict[str, Item] = {item.id: item for item in items}
        self._diagnostics: dict[str, list[Finding]] = defaultdict(list)
        for rule, finding in diagnostics:
            self._diagnostics[rule].append(finding)
        by_kind: dict[str, list[Item]] = defaultdict(list)
        for item in items:
            by_kind[item.kind].append(item)
        self._by_kind = by_kind

    @property
    def status_as_of(self) -> date:
        """The date the statuses of the plan's work are judged at: the plan's
        ``status_as_of``, where it reports them at a date before :attr:`as_of` (a progress
        review dated before its figures were last updated), else :attr:`as_of`."""
        stated = self.info.status_as_of
        return stated if stated is not None and stated < self.as_of else self.as_of

    @property
    def period_closed(self) -> bool:
        """Whether the plan's horizon ends on or before :attr:`as_of`: the plan records
        its period after it closed."""
        horizon = self.info.horizon
        return horizon is not None and horizon.end is not None and horizon.end <= self.as_of

    def judge_at(self, day: date) -> None:
        """Judge the plan at ``day``, a date given to it (``--as-of``) in place of its own."""
        self.as_of, self.dated = day, True

    def without(self, left_out: Collection[str]) -> Plan:
        """This plan with the items ``left_out`` missing from its lists of items (still
        found by id and through references): the plan a rule runs on again after it
        failed on those items, so that it judges the others."""
        view = Plan.__new__(Plan)
        view.__dict__.update({key: value for key, value in self.__dict__.items()
                              if key in _STATE})
        view.items = [item for item in self.items if item.id not in left_out]
        view._by_kind = {kind: [item for item in items if item.id not in left_out]
                         for kind, items in self._by_kind.items()}
        return view

    # -- older versions -----------------------------------------------------------------

    def compare_with(self, previous: Plan,
                     between: Callable[[], Sequence[Plan]] = tuple) -> None:
        """Judge this plan's changes against ``previous``, an older version of it;
        ``between`` reads the versions between the two, oldest first, when a rule first
        asks for :attr:`history`."""
        self.previous = previous
        self._between = between

    @cached_property
    def history(self) -> tuple[Plan, ...]:
        """The older versions read, oldest first: :attr:`previous`, then those between
        it and this one (the commits in between, when the versions come from git);
        empty when no older version was given."""
        return () if self.previous is None else (self.previous, *self._between())

    @cached_property
    def comparison(self) -> Comparison | None:
        """This plan matched item by item with :attr:`previous`
        (:class:`planlint.versions.Comparison`), or ``None`` without one."""
        from planlint.versions import Comparison

        return None if self.previous is None else Comparison(self.previous, self)

    # -- items by kind ------------------------------------------------------------------

    def of_kind(self, cls: type[T]) -> list[T]:
        """Every item of one kind, in file order."""
        return cast(list[T], self._by_kind.get(cls.kind, []))

    @property
    def units(self) -> list[Unit]:
        return self.of_kind(Unit)

    @property
    def people(self) -> list[Person]:
        return self.of_kind(Person)

    @property
    def goals(self) -> list[Goal]:
        return self.of_kind(Goal)

    @cached_property
    def metrics(self) -> list[Metric]:
        """The plan's measures: every metric but those it has ``dropped``, which stay on
        record (references to them resolve) but are judged by no rule."""
        return [metric for metric in self.of_kind(Metric) if metric.dropped is None]

    @cached_property
    def dropped_metrics(self) -> frozenset[str]:
        """The ids of the metrics the plan has ``dropped``."""
        return frozenset(metric.id for metric in self.of_kind(Metric)
                         if metric.dropped is not None)

    @property
    def initiatives(self) -> list[Initiative]:
        return self.of_kind(Initiative)

    @property
    def budgets(self) -> list[Budget]:
        return self.of_kind(Budget)

    @property
    def reviews(self) -> list[Review]:
        return self.of_kind(Review)

    @property
    def assumptions(self) -> list[Assumption]:
        return self.of_kind(Assumption)

    @property
    def communications(self) -> list[Communication]:
        return self.of_kind(Communication)

    def get(self, item_id: str | None) -> Item | None:
        """The item with this id, if there is one."""
        return self.by_id.get(item_id) if item_id is not None else None

    # -- references ---------------------------------------------------------------------

    @cached_property
    def edges(self) -> list[Edge]:
        """Every reference in the plan, resolved or not, in file order. Made when first
        asked for: rules look references up in the indexes (:meth:`refs`,
        :meth:`referrers`) or judge the :attr:`unresolved` ones, and a large plan's
        57,000 edges cost more to make than those indexes."""
        find = self.by_id.get
        edges: list[Edge] = []
        for source in [self.info, *self.items]:
            for ref in REFERENCES[source.kind]:
                value = getattr(source, ref.field)
                if not value or value == "all":
                    continue
                named = enumerate(value) if isinstance(value, tuple) else [(None, value)]
                for index, target in named:
                    item = find(target)
                    edges.append(Edge(source, ref.field, target, index, ref.kinds,
                                      item if item is not None and item.kind in ref.kinds
                                      else None))
        return edges

    @cached_property
    def unresolved(self) -> list[Edge]:
        """The references that name no item of a kind they take, a missing id or an item
        of another kind, in file order: the :attr:`edges` whose ``resolved`` is ``None``."""
        return self._indexed[0]

    @cached_property
    def _forward(self) -> dict[str, dict[str, list[Item]]]:
        """For each field, the existing items it names, by the id of the node naming them."""
        return self._indexed[1]

    @cached_property
    def _reverse(self) -> dict[str, dict[str, list[Node]]]:
        """For each field, the nodes whose field names an existing item, by its id."""
        return self._indexed[2]

    @cached_property
    def _indexed(self) -> tuple[list[Edge], dict[str, dict[str, list[Item]]],
                                dict[str, dict[str, list[Node]]]]:
        """:attr:`unresolved`, :attr:`_forward` and :attr:`_reverse`, made in one pass over
        the references: each resolved one is filed as it is found, with no second and
        third walk and no edge made for it (the few unresolved are kept as edges)."""
        unresolved: list[Edge] = []
        append = unresolved.append
        forward: dict[str, dict[str, list[Item]]] = {}
        reverse: dict[str, dict[str, list[Node]]] = {}
        # each kind's reference fields with their two indexes, looked up once per field
        # rather than once per reference (the empty ones are dropped at the end)
        fields = {kind: [(ref.field, ref.kinds, forward.setdefault(ref.field, {}),
                          reverse.setdefault(ref.field, {})) for ref in refs]
                  for kind, refs in REFERENCES.items()}
        find = self.by_id.get
        sources: list[Node] = [self.info, *self.items]
        for source in sources:
            values = source.__dict__  # a model's fields, read without getattr's lookups
            for field, kinds, named_by, naming in fields[source.kind]:
                value = values[field]
                # most reference fields are unset or an empty list (an id is never
                # empty): one test passes them
                if not value or value == "all":
                    continue
                if isinstance(value, tuple):
                    named: list[Item] | None = None
                    for index, target in enumerate(value):
                        item = find(target)
                        if item is not None and item.kind in kinds:
                            if named is None:
                                named = named_by.setdefault(source.id, [])
                            named.append(item)
                            naming.setdefault(target, []).append(source)
                        else:
                            append(Edge(source, field, target, index, kinds, None))
                else:
                    item = find(value)
                    if item is not None and item.kind in kinds:
                        named_by.setdefault(source.id, []).append(item)
                        naming.setdefault(value, []).append(source)
                    else:
                        append(Edge(source, field, value, None, kinds, None))
        return (unresolved, {field: index for field, index in forward.items() if index},
                {field: index for field, index in reverse.items() if index})

    @cached_property
    def _forward_of(self) -> dict[type, dict[str, dict[str, list[Any]]]]:
        """The indexes of :meth:`_narrowed` forward, by class, then field: each made the
        first time it is asked for."""
        return {}

    @cached_property
    def _reverse_of(self) -> dict[type, dict[str, dict[str, list[Any]]]]:
        """The indexes of :meth:`_narrowed` backward, by class, then field."""
        return {}

    @cached_property
    def _classes(self) -> dict[tuple[bool, str], set[type]]:
        """The classes of the nodes in :attr:`_reverse` (``True``) or :attr:`_forward` of
        each field, for :meth:`_narrowed`."""
        return {}

    def _narrowed(self, backward: bool, field: str, cls: type) -> dict[str, list[Any]]:
        """:attr:`_reverse` (``backward``) or :attr:`_forward` of ``field``, keeping only
        the nodes of class ``cls``: rules ask for the same few again and again."""
        known = (self._reverse_of if backward else self._forward_of).setdefault(cls, {})
        found = known.get(field)
        if found is None:
            index: dict[str, list[Any]] = (self._reverse if backward else self._forward
                                            ).get(field, {})
            classes = self._classes.get((backward, field))
            if classes is None:  # once per index, not once per class asked for
                classes = self._classes[backward, field] = set(
                    map(type, chain.from_iterable(index.values())))
            if all(issubclass(each, cls) for each in classes):
                found = index  # most: every node is of the class, so the lists are shared
            elif not any(issubclass(each, cls) for each in classes):
                found = {}  # no node is (a goal's metrics asked for the initiatives)
            else:
                found = {node: kept for node, nodes in index.items()
                         if (kept := [other for other in nodes if isinstance(other, cls)])}
            known[field] = found
        return found

    @overload
    def refs(self, item: Node, field: str) -> list[Item]: ...
    @overload
    def refs(self, item: Node, field: str, cls: type[T]) -> list[T]: ...

    def refs(self, item: Node, field: str, cls: type[Any] = Item) -> list[Any]:
        """The existing items (of class ``cls``) that ``item.field`` refers to: a list the
        plan keeps, not to be changed."""
        try:  # the index made once (an empty one too), found by class, then field: keys
            # that compare by identity, where one tuple key was built and compared per call
            index = self._forward_of[cls][field]
        except KeyError:
            index = self._narrowed(False, field, cls)
        return index.get(item.id, [])

    @overload
    def ref(self, item: Node, field: str) -> Item | None: ...
    @overload
    def ref(self, item: Node, field: str, cls: type[T]) -> T | None: ...

    def ref(self, item: Node, field: str, cls: type[Any] = Item) -> Any:
        """The existing item (of class ``cls``) a single-valued field refers to (as
        :meth:`refs`, inline: rules ask some 40,000 times in a 20k-item plan)."""
        try:
            index = self._forward_of[cls][field]
        except KeyError:
            index = self._narrowed(False, field, cls)
        found = index.get(item.id)
        return found[0] if found else None

    @overload
    def referrers(self, item: Item, field: str) -> list[Item]: ...
    @overload
    def referrers(self, item: Item, field: str, cls: type[T]) -> list[T]: ...

    def referrers(self, item: Item, field: str, cls: type[Any] = Item) -> list[Any]:
        """The items (of class ``cls``) whose ``field`` refers to ``item``: a list the plan
        keeps, not to be changed (as :meth:`refs`; copying it cost a fifth of the call)."""
        try:
            index = self._reverse_of[cls][field]
        except KeyError:
            index = self._narrowed(True, field, cls)
        return index.get(item.id, [])

    @cached_property
    def graph(self) -> nx.MultiDiGraph:  # type: ignore[type-arg]
        """Items as nodes (with ``kind`` and ``title``), references as edges keyed by field."""
        import networkx as nx

        graph: nx.MultiDiGraph = nx.MultiDiGraph()  # type: ignore[type-arg]
        graph.add_node(self.info.id, kind="plan", title=self.info.title or self.info.id)
        graph.add_nodes_from((item.id, {"kind": item.kind, "title": item.label})
                             for item in self.items)
        for edge in self.edges:
            if edge.resolved is not None:
                graph.add_edge(edge.source.id, edge.target, key=edge.field)
        return graph

    def closure(self, seeds: Iterable[T], fields: str | tuple[str, ...], cls: type[T], *,
                backward: bool = False) -> dict[str, T]:
        """The seeds and every item of class ``cls`` reached from them by following the
        references ``fields`` again and again: to the items they name or, with
        ``backward``, to the items that name them. Each item is visited once, so loops
        end and the cost stays linear in the size of the plan."""
        names = (fields,) if isinstance(fields, str) else fields
        indexes = [self._narrowed(backward, name, cls) for name in names]
        reached = {item.id: item for item in seeds}
        working = list(reached.values())
        while working:
            current = working.pop()
            for index in indexes:
                for item in index.get(current.id, ()):
                    if item.id not in reached:
                        reached[item.id] = item
                        working.append(item)
        return reached

    # -- shared facts -------------------------------------------------------------------

    @cached_property
    def top_goals(self) -> list[Goal]:
        """Goals with no ``parent`` and aligned to no other (``also_aligned_to``): the top of
        the cascade."""
        return [goal for goal in self.goals if goal.parent is None and not goal.also_aligned_to]

    def covered_goals(self, communications: Iterable[Communication] | None = None
                      ) -> set[str]:
        """Ids of goals the plan's communications (or those given) cover, directly or
        through a goal above them."""
        direct = {goal.id for communication in (
                      self.communications if communications is None else communications)
                  for goal in self.refs(communication, "covers", Goal)}
        covered: dict[str, bool] = {}
        for goal in self.goals:
            path: dict[str, None] = {}
            current: Goal | None = goal
            while current is not None and current.id not in covered and current.id not in path:
                if current.id in direct:
                    covered[current.id] = True
                    break
                path[current.id] = None
                current = self.ref(current, "parent", Goal)
            verdict = covered.get(current.id, False) if current is not None else False
            covered.update(dict.fromkeys(path, verdict))
        return {goal_id for goal_id, yes in covered.items() if yes}

    def subgoals(self, goal: Goal) -> list[Goal]:
        """Goals whose ``parent`` is ``goal``, then those otherwise aligned to it: a list
        the plan keeps, worked out once per id (rules ask three times a goal)."""
        known = self._subgoals.get(goal.id)
        if known is None:
            known = below = self.referrers(goal, "parent", Goal)
            aligned = self.referrers(goal, "also_aligned_to", Goal)
            if aligned:
                seen = {other.id for other in below}
                known = below + [other for other in aligned if other.id not in seen]
            self._subgoals[goal.id] = known
        return known

    @cached_property
    def _subgoals(self) -> dict[str, list[Goal]]:
        return {}

    def lone_headings(self, reported: Sequence[Goal]) -> frozenset[str]:
        """The goals among ``reported`` (by a rule, for one gap) that are only headings
        over one goal reported too: a heading with no metric, initiative, unit or owner of
        its own, and exactly one goal below (``Emergency Prep`` over its one goal, as a
        board lists its areas, each with its goals). The heading and its goal are one item
        in two rows, and the gap (nobody owns it, nothing measures it) is one: reported at
        the goal, and counted at the plan where it is the plan's practice."""
        ids = {goal.id for goal in reported}
        found = set()
        for goal in reported:
            if goal.metrics or goal.unit is not None or goal.owner is not None \
                    or goal.co_owners or self.referrers(goal, "supports"):
                continue
            below = self.subgoals(goal)
            if len(below) == 1 and below[0].id in ids:
                found.add(goal.id)
        return frozenset(found)

    @cached_property
    def work_tracker(self) -> Communication | None:
        """The communication that publishes the plan's work item by item on a work
        tracker (a Trello or Kanban board, a project board, GitHub issues), which keeps
        each item's assignee, team and status; ``None`` when it has none."""
        return next((communication for communication in self.communications
                     if _TRACKER.search(f"{communication.title or ''} "
                                        f"{communication.channel or ''}")), None)

    @cached_property
    def own_improvement_plan(self) -> str | None:
        """The kind of improvement plan (``school``, ``quality``, ``service`` or
        ``continuous``, lower case) when the plan is one organisation's improvement plan for
        its own service: its title names it one (``School Improvement Plan``, ``Quality
        Improvement Plan``), every unit named is placed in one structure under one top unit
        (the organisation's departments and committees, which do the work or review it; or,
        for a school of a council, the council and its cluster of schools), and every goal is
        the plan's own unit's (its sponsor, where the sponsor is a unit, else the top unit)
        or a unit's above it (the council's priority for every school, which the school's
        plan carries beside its own), none given to another unit; else ``None``."""
        roots = [unit.id for unit in self.units if unit.parent is None]
        if len(roots) != 1 or not self.goals:
            return None
        top = roots[0]
        if not all(unit.id == top or top in self.unit_ancestors(unit.id)
                   for unit in self.units):
            return None
        sponsor = self.ref(self.info, "sponsor", Unit)
        own = sponsor.id if sponsor is not None else top
        if not all(goal.unit is None or goal.unit == own
                   or goal.unit in self.unit_ancestors(own) for goal in self.goals):
            return None
        found = _OWN_IMPROVEMENT.search(worded(self.info.title))
        return found.group(1).lower() if found else None

    @cached_property
    def managed_in_system(self) -> bool:
        """Whether the plan's description says it is run through a strategy management
        system (``a comprehensive and rigorous strategy management system through which
        we will plan, monitor and communicate our progress``): the organization's own
        machinery of review and follow-up, whose forums and staff it does not list."""
        return _STRATEGY_SYSTEM.search(worded(self.info.description)) is not None

    def whole_plan_theme(self, initiative: Initiative) -> bool:
        """Whether an initiative supports every top-level goal of a plan that has
        several: a theme of the whole plan (``People Power`` under each of four
        priorities), carried out as the plan is, not a piece of work of one goal. A
        top-level goal a person lists among their own ``objectives`` (a chief
        executive's short-term goal in the performance plan the board sets beside the
        strategy) is that person's, not one of the plan's priorities the theme runs
        under."""
        top = self._priorities
        return len(top) > 1 and top <= set(initiative.supports)

    @cached_property
    def _priorities(self) -> set[str]:
        """The ids of the top-level goals a theme of the whole plan runs under (see
        :meth:`whole_plan_theme`), gathered once rather than for each initiative."""
        top = {goal.id for goal in self.top_goals}
        return (top - self.own_objectives) or top

    @cached_property
    def own_objectives(self) -> frozenset[str]:
        """Ids of the goals people list as their own ``objectives``."""
        return frozenset(goal for person in self.people for goal in person.objectives)

    def withheld(self, what: str, item: Node | None = None) -> bool:
        """Whether the plan keeps ``what`` (a value of ``withheld``: ``actuals``,
        ``owners``...) out of its text on purpose: for the whole plan (``plan: withheld``),
        or for ``item``, where the goals it serves say so (see :meth:`_kept_out`); with
        no item, for the whole plan only."""
        return what in self.info.withheld or (
            item is not None and item.id in self._kept_out(what))

    def withheld_ids(self, what: str) -> Container[str]:
        """The ids of the items the plan keeps ``what`` out of its text for: ``item.id in
        plan.withheld_ids(what)`` is ``plan.withheld(what, item)``, for a rule to ask once
        and then test each item it judges (every id, where the whole plan says so)."""
        return _EVERY if what in self.info.withheld else self._kept_out(what)

    def _kept_out(self, what: str) -> frozenset[str]:
        """The ids of the items goals' own ``withheld`` keeps ``what`` out for: the goals
        that say so; a goal all the goals it contributes to are such goals (their
        sub-goals); work that supports only such goals; measures, and budget lines, that
        only such goals and such work list or fund. Worked out once per value."""
        known = self._kept_out_of.get(what)
        if known is None:
            seeds = self._withholding.get(what)
            known = self._kept_out_of[what] = self._served_only(
                self._below_all(seeds)) if seeds else frozenset()
        return known

    @cached_property
    def _kept_out_of(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def _withholding(self) -> dict[str, list[Goal]]:
        """The goals whose own ``withheld`` names each value, in file order: gathered in
        one pass for all the values rules ask about."""
        goals: dict[str, list[Goal]] = {}
        for goal in self.goals:
            for what in goal.withheld:
                goals.setdefault(what, []).append(goal)
        return goals

    def _below_all(self, seeds: list[Goal]) -> set[str]:
        """The ids of ``seeds`` and of every goal all the goals above which are among
        them, or below them so (a sub-goal of one of them that is also aligned to another
        goal is not)."""
        kept = {goal.id for goal in seeds}
        queue = list(seeds)
        while queue:
            for sub in self.subgoals(queue.pop()):
                if sub.id not in kept and all(
                        above.id in kept for field in ABOVE
                        for above in self.refs(sub, field, Goal)):
                    kept.add(sub.id)
                    queue.append(sub)
        return kept

    def _served_only(self, goals: set[str]) -> frozenset[str]:
        """``goals`` with the initiatives that support only them, then the metrics that
        only they and those initiatives list and the budget lines that only they fund."""
        kept = set(goals)
        kept.update(initiative.id for initiative in self.initiatives
                    if _all_among(self.refs(initiative, "supports", Goal), kept))
        kept.update(metric.id for metric in self.of_kind(Metric)
                    if _all_among(self.referrers(metric, "metrics"), kept))
        kept.update(budget.id for budget in self.budgets
                    if _all_among(self.refs(budget, "funds"), kept))
        return frozenset(kept)

    def unit_ancestors(self, unit_id: str | None) -> tuple[str, ...]:
        """The ids of a unit's ancestors, nearest first (a loop in ``parent`` stops there).

        Worked out when first asked for, unit by unit, so a long chain of units costs
        nothing until a rule needs it.
        """
        if unit_id is None:
            return ()
        known = self._unit_ancestry.get(unit_id)
        if known is None:
            chain: list[str] = []
            seen = {unit_id}
            current = self._unit_parent.get(unit_id)
            while current is not None and current in self._unit_parent and current not in seen:
                chain.append(current)
                seen.add(current)
                current = self._unit_parent[current]
            known = self._unit_ancestry[unit_id] = tuple(chain)
        return known

    @cached_property
    def working_body(self) -> Unit | None:
        """The working body that runs the plan unnamed as its office: a unit named as one
        (see :data:`WORKING_BODY`: an audit team, a task force) that everyone the plan
        names sits on, and that meets at least monthly to review every goal (a review of
        that cadence covering each goal by name); else ``None``. Its members are the only
        people the plan names, so the meetings that review the whole plan are theirs: the
        body keeps the plan on its agenda, collects its results and does its work,
        whoever chairs."""
        units = {person.unit for person in self.people}
        if len(units) != 1 or None in units:
            return None
        body = self.get(next(iter(units)))
        goals = {goal.id for goal in self.goals}
        if not isinstance(body, Unit) or WORKING_BODY.search(body.name or "") is None \
                or not goals:
            return None
        meets = any(review.calendar is not None
                    and not timeline.slower_than(review.calendar, "monthly")
                    and goals <= set(review.covers) for review in self.reviews)
        return body if meets else None

    @cached_property
    def members_meeting(self) -> Unit | None:
        """The members' general meeting that sponsors the plan and runs it itself, as an
        association's members do: the plan's sponsor is a unit named as a meeting of the
        members (:data:`MEMBERS_MEETING`: a general meeting, a members' assembly, a
        Mitgliederversammlung, an algemene ledenvergadering) that no goal belongs to, its
        only other unit is the plan's office (the board the members elect to convene the
        meeting), and everyone the plan names is on that board's leadership
        (:func:`leads_body`) or is a member the plan places in no unit, with no role
        beyond membership (:data:`MEMBER_ROLE`), or the auditor the meeting elects to
        check the board's accounts (:data:`MEETING_AUDITOR`: a Swedish förening's
        revisor, a German Verein's Kassenprüfer) who owns nothing and leads no unit: an
        auditor answers to the meeting, like the board, and holds no executive office;
        else ``None``. The meeting adopts the
        goals itself, one by one, each proposed and championed by a member, and hears
        each champion's report on it: there is no staff, and no executive office."""
        sponsor = self.ref(self.info, "sponsor", Unit)
        if sponsor is None or not self.people \
                or MEMBERS_MEETING.search(sponsor.name or "") is None \
                or any(goal.unit is not None for goal in self.goals):
            return None
        board = self.ref(self.info, "office", Unit)
        if any(unit is not sponsor and unit is not board for unit in self.units):
            return None
        if all((board is not None and leads_body(person, board))
               or (person.unit is None and not person.leader
                   and (MEMBER_ROLE.fullmatch((person.role or "").strip()) is not None
                        or (MEETING_AUDITOR.match(person.role or "") is not None
                            and not self.referrers(person, "owner")
                            and not self.referrers(person, "co_owners")
                            and not self.referrers(person, "lead"))))
               for person in self.people):
            return sponsor
        return None

    @cached_property
    def elected_board(self) -> Unit | None:
        """The board the members elect, in a plan its members' meeting runs
        (:attr:`members_meeting`): the plan's ``office``, when someone the plan names is on
        its leadership (:func:`leads_body`); else ``None``. It carries out the meeting's
        decisions no member champions, collectively."""
        if self.members_meeting is None:
            return None
        board = self.ref(self.info, "office", Unit)
        if board is None or not any(leads_body(person, board) for person in self.people):
            return None
        return board

    @property
    def span_days(self) -> float | None:
        """How many days the plan's horizon spans: from its start to its end date; else,
        where the plan states its span only as a length counted from an event still to
        come (a party's plan for its first hundred days as a national party, ``horizon:
        {length: P100D}``), that length; ``None`` when neither is stated."""
        horizon = self.info.horizon
        if horizon is None:
            return None
        if horizon.start is not None and horizon.end is not None:
            return float((horizon.end - horizon.start).days)
        return cadence_days(horizon.length) if horizon.length else None

    @property
    def release_cycle(self) -> bool:
        """Whether the plan is set out for one numbered release or sprint of a standing
        product or project: its horizon states no date or length and names, in words, the
        release, version or sprint it runs to (``Plan for 3.14``, ``by the end of Sprint
        11``; see ``_RELEASE_NAMED``), whose dates a schedule outside the plan sets."""
        horizon = self.info.horizon
        return horizon is not None and horizon.start is None and horizon.end is None \
            and not horizon.length and bool(_RELEASE_NAMED.search(horizon.text or ""))

    @property
    def one_short_cycle(self) -> bool:
        """Whether the plan's horizon is one short cycle of work: a quarter, or a hundred
        days of action, dated or stated as a length counted from an event still to come
        (see :attr:`span_days`)."""
        span = self.span_days
        return span is not None and span <= SHORT_CYCLE

    @cached_property
    def work_list(self) -> bool:
        """Whether the plan is a list of work alone: it states initiatives and no goal or
        measure, and marks nobody as a leader (a team's roadmap or yearly focus page)."""
        return bool(self.initiatives) and not self.goals and not self.metrics \
            and not any(person.leader for person in self.people)

    @cached_property
    def team_work_list(self) -> bool:
        """Whether the plan is one team's list of work inside a larger organization: a list
        of work alone (:attr:`work_list`) that places its units under one that is placed
        under none, while its work names at most one unit, below that organization (a
        university library's product team's yearly focus page, its faculty libraries named
        as partners)."""
        if not self.work_list:
            return False
        roots = [unit.id for unit in self.units if unit.parent is None]
        named = {initiative.unit for initiative in self.initiatives} - {None}
        return len(roots) == 1 and len(self.units) > 1 and len(named) <= 1 \
            and roots[0] not in named

    @cached_property
    def team_unit(self) -> Unit | None:
        """The unit whose plan this is when it is a team's inside a larger organization:
        the lowest unit every goal belongs to, directly or through the units below it,
        where that unit is placed under another (a delivery team's roadmap, a working
        group's charter); else ``None``. Top-level goals of units above that unit, which
        the team's goals sit under, are the organization's objectives the team serves,
        carried for alignment: they leave the plan the team's."""
        return self._lowest_placed_unit(self.goals) or self._team_under_served_goals()

    def _lowest_placed_unit(self, goals: Iterable[Goal]) -> Unit | None:
        """The lowest unit placed under another that every one of ``goals`` belongs to,
        directly or through the units below it."""
        common: set[str] | None = None
        for goal in goals:
            if goal.unit is None:
                return None
            chain = {goal.unit, *self.unit_ancestors(goal.unit)}
            common = chain if common is None else common & chain
        placed = [unit for unit in self.units
                  if unit.id in (common or ()) and unit.parent is not None]
        # the lowest common unit is the one with the most ancestors
        return max(placed, key=lambda unit: len(self.unit_ancestors(unit.id)), default=None)

    def _team_under_served_goals(self) -> Unit | None:
        """The team's unit when the plan's top-level goals that have sub-goals all belong
        to units above the lowest unit the other goals share."""
        served = {goal.id for goal in self.top_goals if self.subgoals(goal)}
        own = [goal for goal in self.goals if goal.id not in served]
        team = self._lowest_placed_unit(own) if served and own else None
        if team is None or not all(goal.unit in self.unit_ancestors(team.id)
                                   for goal in self.top_goals if goal.id in served):
            return None
        return team

    @cached_property
    def project_lead(self) -> str | None:
        """The id of the one person who owns every initiative of a team's plan (see
        :attr:`team_unit`), as a grantee project's lead owns all its deliverables; else
        ``None``."""
        owners = {initiative.owner for initiative in self.initiatives}
        return next(iter(owners)) if self.team_unit is not None and len(owners) == 1 \
            else None

    @cached_property
    def one_grant(self) -> Budget | None:
        """The one sum that pays for all of a plan's work over the whole of a horizon longer
        than a year, where the plan is so funded: its only budget line with an amount funds
        all of it (``funds: all``, or every initiative), for a period that names the
        horizon's first and last years (a donor programme's ``48,8 M€ ... entre 2018 e
        2025``, a grant's award for December 2024 - August 2026, a loan's commitment): a
        project, which did not run before that money; else ``None``."""
        horizon = self.info.horizon
        lines = [budget for budget in self.budgets if budget.amount]
        if horizon is None or horizon.start is None or horizon.end is None \
                or (horizon.end - horizon.start).days <= 366 or len(lines) != 1:
            return None  # most plans: no horizon of years, or several lines
        line, work = lines[0], {initiative.id for initiative in self.initiatives}
        period = line.period or ""
        whole = line.funds == "all" or (bool(work) and work <= set(line.funds))
        return line if whole and str(horizon.start.year) in period \
            and str(horizon.end.year) in period else None

    @cached_property
    def personal(self) -> bool:
        """Whether the plan is people's own objectives (individual OKRs): every goal is
        owned by a person the plan does not place on the leadership team, and each of
        several owners holds more than one; or the plan says it follows OKRs and one
        such person owns every goal, more than one (a manager's own page of year and
        quarter OKRs). The plan above theirs (the company's, its sponsor, office and
        vision) is another document's."""
        owners = [self.ref(goal, "owner", Person) for goal in self.goals]
        held = Counter(owner.id for owner in owners if owner is not None and not owner.leader)
        return (len(held) > 1 or "okr" in self.info.methodology) \
            and sum(held.values()) == len(owners) and min(held.values(), default=0) > 1

    @cached_property
    def graded_objectives(self) -> bool:
        """Whether the plan is one executive's own performance objectives for a year, graded
        at its end: its sponsor is a person who lists every goal among their own
        ``objectives``, no one else owns any, its dated horizon (if any) is a year at most,
        and every goal reports a result (``actuals``) dated at the period's end or later (the
        plan's ``as_of`` where the horizon states no end): a superintendent's objective
        performance standards with the year-end verdict that they were met. The objectives
        take their direction from the organisation's plan, and the evaluation that graded
        them is their review."""
        sponsor = self.ref(self.info, "sponsor", Person) if self.info.sponsor else None
        if sponsor is None or not self.goals:
            return False
        horizon = self.info.horizon
        if horizon is not None and horizon.start is not None and horizon.end is not None \
                and (horizon.end - horizon.start).days > 366:
            return False  # a plan of several years is not one year's objectives
        end = horizon.end if horizon is not None and horizon.end is not None \
            else self.info.as_of
        return end is not None and all(
            goal.id in sponsor.objectives and goal.owner in (None, sponsor.id)
            and not goal.co_owners and any(actual.date >= end for actual in goal.actuals)
            for goal in self.goals)

    @cached_property
    def team_okrs(self) -> bool:
        """Whether the plan is a small team's own OKRs, the team its whole organization: it
        follows OKRs, marks nobody as a leader, and its team, the people of its one unit
        (placed under none, with no lead; or all it names, where it has no unit), is two or
        three people with one and the same role (named equally, as a project's authors); all
        its goals are that unit's or of none, and it sets nobody apart: no sponsor, office,
        co-sponsor, owner of a goal, measure or piece of work, unit lead or review chair.
        Anyone else it names (mentors whose feedback it reports) is in no unit. A two-person
        course project's OKR file, written, pursued and scored by the two people its README
        credits with the project: the team answers for its objectives together, and its key
        results are its work."""
        if "okr" not in self.info.methodology or len(self.units) > 1 \
                or any(person.leader for person in self.people) \
                or self.info.sponsor is not None or self.info.office is not None \
                or self.info.co_sponsors:
            return False
        team = self.units[0] if self.units else None
        if team is not None and (team.parent is not None or team.lead is not None):
            return False
        unit = None if team is None else team.id
        members = [person for person in self.people if person.unit == unit]
        if not 2 <= len(members) <= 3 or len({person.role for person in members}) != 1 \
                or not members[0].role:
            return False
        return all(person.unit in (None, unit) for person in self.people) \
            and all(goal.unit in (None, unit) for goal in self.goals) \
            and not any(self.referrers(person, field) for person in self.people
                        for field in ("co_owners", "lead", "chair")) \
            and all(isinstance(item, Communication) and person in members
                    for person in self.people for item in self.referrers(person, "owner"))

    @cached_property
    def _unit_parent(self) -> dict[str, str | None]:
        return {unit.id: unit.parent for unit in self.units}

    @cached_property
    def _unit_ancestry(self) -> dict[str, tuple[str, ...]]:
        return {}

    @cached_property
    def reports_statuses(self) -> bool:
        """Whether the plan reports the state of its work item by item: two of its
        initiatives at least, and at least two in three, state a ``status`` (the share at
        which a plan follows a practice, see :mod:`planlint.practice`)."""
        stated = sum(initiative.status is not None for initiative in self.initiatives)
        return stated >= 2 and 3 * stated >= 2 * len(self.initiatives)

    @cached_property
    def goal_bound_initiatives(self) -> frozenset[str]:
        """Ids of initiatives that lead to a goal: they support one, or an initiative
        that depends on them does (enabling work counts through its dependants)."""
        bound = [item for item in self.initiatives if self.refs(item, "supports", Goal)]
        return frozenset(self.closure(bound, "depends_on", Initiative))

    @cached_property
    def executed_goals(self) -> frozenset[str]:
        """Ids of goals something executes: they have a sub-goal or an initiative that is
        not cancelled, or a goal that is executed drives them."""
        seeds = [goal for goal in self.goals if self.subgoals(goal) or any(
            initiative.status != "cancelled"
            for initiative in self.referrers(goal, "supports", Initiative))]
        return frozenset(self.closure(seeds, "drives", Goal))

    @cached_property
    def linked_goals(self) -> frozenset[str]:
        """Ids of goals tied into the strategy: goals with a ``parent`` or aligned to
        another, goals of a unit that has no parent unit (or of no unit), and goals that
        ``drive`` a linked goal. The others are free-floating goals of sub-units."""
        sub_units = {unit.id for unit in self.units if unit.parent is not None}
        seeds = [goal for goal in self.goals
                 if goal.parent is not None or goal.also_aligned_to or goal.unit not in sub_units]
        return frozenset(self.closure(seeds, "drives", Goal, backward=True))

    def owner_of(self, item: Goal | Initiative) -> Person | None:
        """Who answers for a goal or an initiative: its ``owner``, else the ``lead`` of its
        unit."""
        owner = self.ref(item, "owner", Person)
        if owner is None and item.owner is None:
            unit = self.ref(item, "unit", Unit)
            owner = self.ref(unit, "lead", Person) if unit is not None else None
        return owner

    def own_year_objective(self, goal: Goal) -> bool:
        """Whether a goal is a person's own objective for a year or less: the person who
        answers for it (:meth:`owner_of`) lists it under ``objectives`` (their performance
        plan), and it is due (:meth:`due_of`) within a year of its start (the plan's where
        it states none): a chief executive's annual goals, approved and judged by the
        board in the appraisal."""
        owner = self.owner_of(goal)
        if owner is None or goal.id not in owner.objectives:
            return False
        horizon = self.info.horizon
        start = goal.start if goal.start is not None or horizon is None else horizon.start
        due = self.due_of(goal)
        return start is not None and due is not None and (due - start).days <= 366

    def due_of(self, goal: Goal) -> date | None:
        """When a goal must be reached: its own ``due``, else the nearest goal above it
        that has one, else the end of the plan's horizon (a loop of parents stops the
        climb)."""
        return self._dues.get(goal.id, goal.due) if goal.due is None else goal.due

    @cached_property
    def _dues(self) -> dict[str, date | None]:
        """The due date of each goal that states none, as :meth:`due_of` tells it."""
        horizon = self.info.horizon
        return self.inherited(lambda goal: goal.due,
                              horizon.end if horizon is not None else None)

    def inherited(self, own: Callable[[Goal], V | None], default: V) -> dict[str, V]:
        """For each goal whose ``own(goal)`` is ``None``, that of the nearest goal above it
        that has one, else ``default`` (also where its parents loop): a due date, an owner
        a goal is answered for by. Goals with their own are not in it; each goal is climbed
        past once, so a long cascade costs its length."""
        found: dict[str, V] = {}
        for goal in self.goals:
            path: dict[str, None] = {}
            current: Goal | None = goal
            while current is not None and current.id not in found \
                    and own(current) is None and current.id not in path:
                path[current.id] = None
                current = self.ref(current, "parent", Goal)
            if current is None or current.id in path:
                value = default
            else:
                mine = own(current)
                value = mine if mine is not None else found[current.id]
            found.update(dict.fromkeys(path, value))
        return found

    def carrier(self, metric: Metric) -> Goal | None:
        """The goal that takes a metric up as its own objective, if any: a sub-goal of a
        goal the metric measures, whose title takes up the metric's wording
        (:func:`planlint.measure_work.takes_up`) and which has metrics of its own. Such a key
        result is set and read through the key results of the goal that carries it."""
        return self._carriers.get(id(metric))

    @cached_property
    def _carriers(self) -> dict[int, Goal]:
        found: dict[int, Goal] = {}
        for goal in self.goals:
            below = [sub for sub in self.subgoals(goal) if sub.metrics]
            for metric in self.refs(goal, "metrics", Metric) if below else ():
                if id(metric) in found:
                    continue
                wording = metric.title or metric.name or ""
                carried = next((sub for sub in below
                                if takes_up(sub.title or sub.name or "", wording)), None)
                if carried is not None:
                    found[id(metric)] = carried
        return found

    def whole_answers(self, metric: Metric, answers: Callable[[Metric], bool]) -> bool:
        """Whether a breakdown (``breaks_down``) is part of a measure that ``answers`` a
        rule's question of it (states a target, names a source): the measure it breaks
        down, or, where that one does not, the one that one breaks down, and so up (a loop,
        which parent-cycle reports, ends the walk). A dropped measure answers nothing."""
        if metric.breaks_down is None:
            return False
        seen = {metric.id}
        whole = self.ref(metric, "breaks_down", Metric)
        while whole is not None and whole.id not in seen and whole.dropped is None:
            if answers(whole):
                return True
            seen.add(whole.id)
            whole = self.ref(whole, "breaks_down", Metric)
        return False

    def records_finished_work(self, metric: Metric) -> bool:
        """Whether a metric only records what finished work produced: initiatives list
        it, all of them done or cancelled, and no goal does (the reference pages a
        documentation project added, counted when it ended)."""
        return metric.id in self._finished_work_records

    @cached_property
    def _finished_work_records(self) -> frozenset[str]:
        """The ids of the metrics :meth:`records_finished_work` holds true of, found in
        one pass over the items that list metrics (rules ask of every metric, often)."""
        return frozenset(metric_id for metric_id, listed
                         in self._narrowed(True, "metrics", Item).items()
                         if all(isinstance(item, Initiative) and item.finished
                                for item in listed))

    def decided(self, item: Item, day: date) -> Change | None:
        """The decision the plan records about an item once its date (``day``) had come:
        a change record of its schedule, status or scope (``target``, ``end``,
        ``status``, ...), with its reason, dated from ``day`` to the as-of date, as a
        review records work deferred, parked or moved to the next quarter. It answers
        what a finding of a missed date asks: a new date, or another decision, with the
        reason."""
        return next((record for record in self.changes
                     if record.item == item.id and record.field in _DECIDES
                     and (record.reason or "").strip() and record.date is not None
                     and day <= record.date <= self.as_of), None)

    def handed_over(self, metric: Metric) -> Change | None:
        """The record of a measure handed to another team by the as-of date: a change of
        its ``owner``, with the reason, to a person of a unit that is neither that of a
        goal the measure serves (nor under it) nor the unit of whoever held it before, as
        a team's status comment passes a key result to another team mid-quarter (``KR3
        Dominik from CD Strategy Team responsible``, after ``other things are being
        driven by other teams``). The team whose plan it is no longer delivers it, and
        the record says where the work went and why: what a finding of its missed date
        would ask of that team."""
        for record in self.changes:
            if record.item != metric.id or record.field != "owner" \
                    or not (record.reason or "").strip() or record.date is None \
                    or record.date > self.as_of:
                continue  # most records: another item or field
            new = self.get(record.after) if isinstance(record.after, str) else None
            old = self.get(record.before) if isinstance(record.before, str) else None
            if not isinstance(new, Person) or new.unit is None:
                continue
            team = {goal.unit for goal in timeline.metric_goals(self, metric)} - {None}
            if isinstance(old, Person) and old.unit is not None:
                team.add(old.unit)
            if team and new.unit not in team \
                    and team.isdisjoint(self.unit_ancestors(new.unit)):
                return record
        return None

    def resumed(self, metric: Metric) -> Metric | Initiative | None:
        """The later item that takes up a milestone's work, if any: a metric due later,
        or an initiative that ends later, answered for by the same person, whose title
        takes up the milestone's wording (:func:`planlint.measure_work.takes_up`), as an OKR
        review carries an unfinished key result into the next quarter's objectives
        (``Publish the architecture document`` into ``Publish the architecture document
        and clean up the repositories``). The later item's date is the milestone's new
        one."""
        owner = self._answerer(metric)
        due = timeline.target_date(self, metric)
        if owner is None or due is None:
            return None
        wording = metric.title or metric.name or ""
        return next((item for later, item in self._answered[owner]
                     if later > due and item is not metric
                     and takes_up(item.title or item.name or "", wording)), None)

    def _answerer(self, item: Metric | Initiative) -> str | None:
        """Who answers for a metric or an initiative, by id: its owner, else the lead of
        its unit (an initiative) or who answers for the first goal it measures (a
        metric)."""
        if item.owner is not None:
            return item.owner
        goals = [item] if isinstance(item, Initiative) else timeline.metric_goals(self, item)
        owner = self.owner_of(goals[0]) if goals else None
        return owner.id if owner is not None else None

    @cached_property
    def _answered(self) -> defaultdict[str, list[tuple[date, Metric | Initiative]]]:
        """Each person's metrics and initiatives with their dates (a metric's target
        date; an initiative's end, else the latest due date of the goals it supports)."""
        found: defaultdict[str, list[tuple[date, Metric | Initiative]]] = defaultdict(list)
        items: list[Metric | Initiative] = [*self.metrics, *self.initiatives]
        for item in items:
            owner = self._answerer(item)
            if isinstance(item, Metric):
                day = timeline.target_date(self, item)
            else:
                day = item.end or max(
                    (due for goal in self.refs(item, "supports", Goal)
                     if (due := self.due_of(goal)) is not None), default=None)
            if owner is not None and day is not None:
                found[owner].append((day, item))
        return found

    def twin(self, metric: Metric) -> Metric | None:
        """The metric this one repeats: one with the same title and the same figures
        (unit, direction, baseline, targets, cadence and actuals), as a key result listed
        again at another level of an OKR set is, and first of them by id (so the choice
        does not depend on file order). A rule that judges a metric's readings judges
        that one only, since one cause gives one finding."""
        return self._twins.get(id(metric))

    def namesakes(self, metric: Metric) -> list[Metric]:
        """The plan's other metrics with the same title as this one (case and spacing
        aside), as a results report gives one indicator again for each of its programs;
        none for a metric without a title."""
        if not metric.title:
            return []
        title = " ".join(metric.title.casefold().split())
        return [other for other in self._by_title.get(title, ()) if other is not metric]

    def rows_again(self, metric: Metric) -> list[Metric]:
        """The plan's other metrics that give this one's row again: the same title (case
        and spacing aside), unit, baseline and targets, as an IATI results framework
        carries each indicator twice. Their readings may differ (:meth:`twin` asks for
        the same readings too)."""
        row = self._rows.get(id(metric))
        if row is None and metric.title:  # a title's metrics are grouped when first asked
            title = " ".join(metric.title.casefold().split())
            rows: dict[tuple[object, ...], list[Metric]] = defaultdict(list)
            for namesake in self._by_title[title]:
                row = rows[_row(namesake)]
                row.append(namesake)
                self._rows[id(namesake)] = row
            row = self._rows.get(id(metric))
        return [other for other in row or () if other is not metric]

    @cached_property
    def _rows(self) -> dict[int, list[Metric]]:
        """The metrics of each metric's row, by the metric's id, for the titles asked
        about (:meth:`rows_again`)."""
        return {}

    @cached_property
    def _by_title(self) -> dict[str, list[Metric]]:
        """The plan's titled metrics by title, case and spacing aside."""
        by_title: dict[str, list[Metric]] = defaultdict(list)
        for metric in self.metrics:
            if metric.title:
                by_title[" ".join(metric.title.casefold().split())].append(metric)
        return by_title

    @cached_property
    def _twins(self) -> dict[int, Metric]:
        twins: dict[int, Metric] = {}
        for namesakes in self._by_title.values():
            if len(namesakes) < 2:  # only metrics that share a title can repeat
                continue
            by_shape: dict[tuple[object, ...], list[Metric]] = defaultdict(list)
            for metric in namesakes:
                by_shape[_shape(metric)].append(metric)
            for alike in by_shape.values():
                if len(alike) > 1:  # and of those, only metrics of one shape
                    twins.update(_repeats(alike))
        return twins

    def measure(self, metric: Metric) -> Measure:
        """What a metric is and what its wording states (:mod:`planlint.measures`)."""
        try:
            return self._measures[id(metric)]
        except KeyError:  # read once per metric (rules ask about twenty times each)
            pass
        known = self._worded.get(id(metric)) or self._stated(read_measure(metric))
        if (self.lists_commitments and (commits(metric, known) or (
                not known.told and done_in_part(metric, known)))) or (
                unnamed_commitment(metric, known) and self.delivers_work
                and measures_work(self, metric)) or (
                read_as_deliverable(metric, known) and (
                    self._beside_deliverables(metric) or practice_under_way(metric, known))):
            known = replace(known, kind="milestone")
        elif self._counted_over_plan(metric, known) or self._counted_in_cycle(metric, known):
            known = replace(known, kind="count")
        self._measures[id(metric)] = known
        return known

    def _counted_over_plan(self, metric: Metric, measure: Measure) -> bool:
        """Whether a metric read as a level is a count over the plan's whole period: its
        wording says its figure adds up what was done (:func:`planlint.measure_counts.adds_up`:
        ``Rental Housing - cumulative accomplishment (Housing Units)``), the plan gives no
        kind for it, it states no baseline but none, and its final target falls due at the
        end of the plan's horizon, as a CAPER's five-year goal does: a count that starts
        from none when the plan began, like any count (``kind: count``). So is one in a
        plan of one year whose title names that year as the period it tallies people
        reached or work done in (:func:`planlint.measure_counts.tallies_year`: a cluster's
        ``2022 humanitarian beneficiaries`` against its target for the end of 2022), and
        whose readings never fall: the people reached in the year, from none on its
        first day."""
        horizon = self.info.horizon
        if measure.said or measure.kind != "level" or horizon is None \
                or horizon.start is None or horizon.end is None \
                or (metric.baseline is not None and metric.baseline.value not in (None, 0)):
            return False
        return (adds_up(metric) or (
            (horizon.end - horizon.start).days <= 366
            and tallies_year(metric, horizon.end.year))) \
            and timeline.target_date(self, metric) == horizon.end

    def _okr_cycle(self, metric: Metric, measure: Measure) -> bool:
        """Whether a metric is a key result of one cycle whose kind nothing but its
        wording may tell: the plan follows OKRs, its horizon is a year or less (one cycle
        of key results, or a year's), a goal lists the metric, and neither the metric nor
        the plan gives its kind, nor a baseline but none."""
        span = self.span_days
        return not measure.said and measure.kind == "level" and span is not None \
            and span <= 366 and "okr" in self.info.methodology \
            and (metric.baseline is None or metric.baseline.value in (None, 0)) \
            and bool(timeline.metric_goals(self, metric))

    def _counted_in_cycle(self, metric: Metric, measure: Measure) -> bool:
        """Whether a metric read as a level is a key result of one cycle
        (:meth:`_okr_cycle`) that counts what the cycle brings: its title opens with its
        figure before the things it counts or the money brought in, with no verb
        (:func:`planlint.measure_counts.counts_period_yield`: ``20+ visitors``, ``3 events``,
        ``€65k+ in revenue``), or states a figure of a thing another key result of its
        goal brings into being (:func:`planlint.measure_counts.has_in_launched`: ``Real estate
        fund has €5m in AUM`` beside ``Real estate fund is launched``): the visitors,
        events, revenue or assets of the cycle, from none on its first day."""
        if not self._okr_cycle(metric, measure):
            return False
        return counts_period_yield(metric) or has_in_launched(metric, [
            other for goal in timeline.metric_goals(self, metric)
            for other in self.refs(goal, "metrics", Metric)])

    def _stated(self, measure: Measure) -> Measure:
        """``measure`` of the kind the plan states once for all its measures
        (``metrics_kind``: ``Most of our goals aren't quantifiable: we do it or don't do
        it``) when nothing else tells its kind: not its own ``kind``, nor its wording or
        figures (:attr:`planlint.measures.Measure.told`). A kind they tell wins: a number, a
        rate, a count or a baseline says more of one measure than "most" of them do."""
        kind = self.info.metrics_kind
        if kind is None or measure.told:
            return measure
        return replace(measure, kind=kind, said=True)

    @cached_property
    def lists_commitments(self) -> bool:
        """Whether the plan's measures are commitments: three quarters or more of them
        read as milestones (:func:`planlint.measures.read_measure`), deliverables and
        activities done or not, counting those that are milestones because the plan says
        its measures are (``metrics_kind: milestone``) and nothing else tells their kind.
        In such a plan an item that opens with a verb and holds no figure in its fields is
        one more (:func:`planlint.measure_work.commits`), and so is an item whose kind nothing
        tells and whose only figures are shares done, from 0 to 1
        (:func:`planlint.measure_work.done_in_part`: ``Unprefix CSS Writing modes``, 0.7 at the
        quarter's end, among key results graded by the share of each done)."""
        return _mostly_milestones(list(self._worded.values()))

    @cached_property
    def delivers_work(self) -> bool:
        """Whether the measures of the plan's work are its deliverables: of the measures
        that only work lists (:func:`planlint.measure_work.measures_work`, a project's
        "performance measure"), two thirds or more have a kind that their own ``kind``,
        wording or figures tell, and three quarters or more of those are milestones
        (``Analysis of current liability & safety trends; options to address``,
        ``Comprehensive plan for consistent messaging``). There a measure of work whose
        kind nothing tells (:func:`planlint.measure_work.unnamed_commitment`: ``Centralized
        resource for members' needs``) is read as its neighbours are, one more deliverable,
        done or not; a goal's own measure is not."""
        work = [self._worded[id(metric)] for metric in self.metrics
                if measures_work(self, metric)]
        told = [measure for measure in work if measure.told]
        return 3 * len(told) >= 2 * len(work) and _mostly_milestones(told)

    def _beside_deliverables(self, metric: Metric) -> bool:
        """Whether the measures beside a metric are deliverables, three quarters or more
        of them milestones, leaving out those read only as deliverables are
        (:func:`planlint.measure_work.read_as_deliverable`): its goals' other measures, or
        where there are none, the plan's (:attr:`_beside_read`). There a measure read so
        (``go-ipld-prime codegen is usable in some demo project``, 0.7, among key results
        graded by the share done) is one more, done or not, not a level to target."""
        beside = [measure for goal in self.referrers(metric, "metrics", Goal)
                  for other in self.refs(goal, "metrics", Metric) if other is not metric
                  and (measure := self._worded.get(id(other))) is not None
                  and not read_as_deliverable(other, measure)]
        return _mostly_milestones(beside) if beside else self._beside_read

    @cached_property
    def _beside_read(self) -> bool:
        """Whether three quarters or more of the plan's measures, leaving out those read
        only as deliverables are, are milestones."""
        return _mostly_milestones([
            measure for metric in self.metrics
            if not read_as_deliverable(metric, measure := self._worded[id(metric)])])

    @cached_property
    def _worded(self) -> dict[int, Measure]:
        """Each metric's measure as its own fields state it
        (:func:`planlint.measures.read_measure`), of the kind the plan states for all its
        measures where nothing else tells (:meth:`_stated`), read once for
        :attr:`lists_commitments` and :meth:`measure` alike."""
        return {id(metric): self._stated(read_measure(metric)) for metric in self.metrics}

    @cached_property
    def _measures(self) -> dict[int, Measure]:
        return {}

    def progress(self, metric: Metric) -> timeline.Progress | None:
        """How a metric's latest actual by the as-of date compares with its line
        (:func:`planlint.timeline.progress`), worked out once for all the rules that ask."""
        key = (id(metric), self.as_of)
        if key not in self._progress:
            self._progress[key] = timeline.progress(self, metric, self.as_of)
        return self._progress[key]

    @cached_property
    def _progress(self) -> dict[tuple[int, date], timeline.Progress | None]:
        return {}

    def once(self, fact: Callable[[Plan, Metric], V], metric: Metric) -> V:
        """``fact(self, metric)``, worked out once for all the rules that ask."""
        key = (fact, id(metric))
        try:
            return cast(V, self._facts[key])
        except KeyError:
            known = self._facts[key] = fact(self, metric)
            return known

    @cached_property
    def _facts(self) -> dict[tuple[Callable[[Plan, Metric], Any], int], Any]:
        return {}

    def shared(self, fact: Callable[[Plan], V]) -> V:
        """``fact(self)``, a fact of the whole plan, worked out once for all the rules that
        ask (several rules walk every metric for the same one); not to be changed."""
        try:
            return cast(V, self._shared[fact])
        except KeyError:
            known = self._shared[fact] = fact(self)
            return known

    @cached_property
    def _shared(self) -> dict[Callable[[Plan], Any], Any]:
        return {}

    # -- findings -----------------------------------------------------------------------

    @property
    def id(self) -> str:
        return self.info.id

    def finding(self, message: str, *, related: tuple[Related, ...] | list[Related] = (),
                field: str | None = None) -> Finding:
        """A finding about the plan as a whole, placed at its ``plan:`` section."""
        return self.info.finding(message, field=field, related=related)

    def diagnostics(self, rule: LoadProblem) -> Iterator[Finding]:
        """Findings the loader made for the structure rule named ``rule``."""
        yield from self._diagnostics.get(rule, ())


#: The wording of a work tracker, a tool that keeps each piece of work's assignee,
#: team and status: a board of cards, or issues of a code host or issue tracker.
#: An improvement plan of an organisation's own service, by the names the templates
#: that ask one of each school or hospital give it: a school improvement plan, a
#: (hospital's, care home's, early-childhood service's) quality improvement plan, a
#: service or continuous improvement plan.
_OWN_IMPROVEMENT = LazyPattern(r"\b(school|quality|service|continuous) improvement plan\b",
                               re.IGNORECASE)

_TRACKER = LazyPattern(r"\b(?:trello|kanban|(?:project|task) board|(?:github|gitlab|jira) "
                       r"issues|tracking issues|issue tracker)\b", re.IGNORECASE,
    needs=("trello", "kanban", "board", "issue"))


#: The kinds of team a text or a unit's name may call a body of people set to work
#: together (``A cross-agency team is implementing ...``, ``Open data task force``).
TEAM_KINDS = r"team|working group|work ?group|task ?force|steering group|project group"
#: A unit named as a body of people set to work together (``Staff committee assigned to
#: the Library Brand priority``, ``Open data task force``, ``DEI Audit Team``).
WORKING_BODY = LazyPattern(rf"\b(?:committee|{TEAM_KINDS})s?\b", re.IGNORECASE,
    needs=("committee", "team", "group", "force"))


#: A unit named as the meeting of an association's members, which adopts its plan, by
#: the general names associations give it in the corpus's languages: "Annual General
#: Meeting", "General meeting of members", "Members' (annual) assembly", "Annual members'
#: meeting", "Mitgliederversammlung", "Jahreshauptversammlung", "algemene
#: ledenvergadering", "jaarvergadering", "assemblée générale", the Nordic associations'
#: "årsmöte" and "föreningsstämma" (Swedish), "årsmøte" (Norwegian),
#: "generalforsamling" (Danish, Norwegian), "vuosikokous" and "yhdistyksen kokous"
#: (Finnish), "asamblea de socios", "assembleia geral de associados", "assemblea dei
#: soci"; not a legislature's "General Assembly".
MEMBERS_MEETING = LazyPattern(
    r"\b(?:(?:annual\s+)?general meeting|"
    r"(?:annual\s+)?members'?\s+(?:annual\s+|general\s+)?(?:meeting|assembly)|"
    r"(?:annual\s+|general\s+)?(?:meeting|assembly) of (?:the\s+)?members|"
    r"(?:jahreshaupt|mitglieder)versammlung|(?:algemene\s+)?ledenvergadering|"
    r"jaarvergadering|assembl[ée]e g[ée]n[ée]rale|"
    r"års(?:möte|møte)|föreningsstämma|generalforsamling|vuosikokou|yhdistyksen kokou|"
    r"asamblea (?:general )?de (?:socios|asociados|miembros)|"
    r"assembleia geral de (?:associados|s[óo]cios)|assemblea (?:generale )?dei soci)",
    re.IGNORECASE)

#: A role that audits an association's accounts for its members' meeting, which elects
#: it: "Auditor", "Revisor" (Swedish, Danish, Norwegian), "Lekmannarevisor",
#: "Kassenprüfer", "Rechnungsprüfer", "kascommissie", "toiminnantarkastaja",
#: "tilintarkastaja", "vérificateur aux comptes".
MEETING_AUDITOR = LazyPattern(
    r"\s*(?:(?:lay|internal|elected|member)\s+)?(?:auditor|(?:lekmanna)?revisor|"
    r"(?:kassen|rechnungs)pr[üu]fer(?:in)?|kas(?:controle)?commissie|"
    r"(?:toiminnan|tili)tarkastaja|v[ée]rificat(?:eur|rice)s? aux comptes)s?\b",
    re.IGNORECASE)

#: A role that is only membership of the association: "Member", "Mitglied", "Lid";
#: no role at all reads the same.
MEMBER_ROLE = LazyPattern(
    r"(?:(?:ordinary|full|regular|ordentliches)\s+)?(?:member|mitglied|lid|membre)?",
    re.IGNORECASE)

#: An executive office held by a body's member (what makes them an employee, not a
#: volunteer who answers to the body): "Chairman and Chief Executive", "Executive
#: Chair", "Managing Director", a management board's chair (a two-tier company's chief
#: executive); not "Non-executive Director".
EXECUTIVE_OFFICE = LazyPattern(
    r"(?<!non-)(?<!non )\bexecutive\b|\b(?:chief executive|ceo|"
    r"managing director|general manager|management (?:board|committee))\b",
    re.IGNORECASE)


class _Every:
    """Every id (:meth:`Plan.withheld_ids` where the whole plan keeps a thing out)."""

    def __contains__(self, item_id: object) -> bool:
        return True


_EVERY = _Every()


def settle_upwards(goals: Iterable[Goal], below: Callable[[Goal], Iterable[Goal]],
                   settle: Callable[[Goal, dict[str, V]], V], unsettled: V) -> dict[str, V]:
    """A value for every goal, each settled once from the goals ``below`` it, bottom up and
    without recursion (a cascade 30,000 deep costs one visit per goal): ``settle`` is
    called on a goal once the goals below it are in the mapping it gets; on a loop of
    parents, the goal met again is read as ``unsettled``, which ends the walk."""
    known: dict[str, V] = {}
    for start in goals:
        stack: list[tuple[Goal, bool]] = [(start, False)]
        while stack:
            goal, expanded = stack.pop()
            if expanded:
                known[goal.id] = settle(goal, known)
            elif goal.id not in known:
                known[goal.id] = unsettled
                stack.append((goal, True))
                stack.extend((sub, False) for sub in below(goal) if sub.id not in known)
    return known


def _mostly_milestones(measures: Sequence[Measure]) -> bool:
    """Whether there are measures, and three quarters or more of them are milestones."""
    return bool(measures) and 4 * sum(measure.kind == "milestone" for measure in measures) \
        >= 3 * len(measures)


def _all_among(items: Sequence[Item], ids: set[str]) -> bool:
    """Whether there are ``items`` and every one's id is among ``ids``."""
    return bool(items) and all(item.id in ids for item in items)


def leads_body(person: Person, body: Unit) -> bool:
    """Whether a person is on a body's leadership (its ``lead``, or of it and marked
    ``leader``) and holds no executive office by their role (:data:`EXECUTIVE_OFFICE`):
    one of an association's elected board, who answer to the members who elect them."""
    return (body.lead == person.id or (person.unit == body.id and person.leader)) \
        and not EXECUTIVE_OFFICE.search(person.role or "")


#: The name of a system that runs a strategy's execution: its reviews, results and
#: follow-up.
_STRATEGY_SYSTEM = LazyPattern(r"\bstrateg(?:y|ic) (?:management|execution) system\b",
                               re.IGNORECASE)


#: The fields whose change records a decision about an item's missed date: when it is
#: due, whether it goes on, what it is to deliver.
_DECIDES = frozenset(("target", "targets", "due", "start", "end", "status", "dropped",
                      "title"))


def _figures(metric: Metric) -> tuple[object, ...]:
    """What makes two metrics of one title the same measure: their figures (frozen
    values, compared and hashed as they are)."""
    return (metric.unit, metric.direction, metric.baseline, metric.target, metric.targets,
            metric.cadence, metric.actuals)


def _repeats(alike: list[Metric]) -> Iterator[tuple[int, Metric]]:
    """Each metric of ``alike`` (of one title and shape) that repeats another, by its
    ``id()``, with the one it repeats: the first by id of those with its figures."""
    first: dict[tuple[object, ...], Metric] = {}
    keyed = [(metric, _figures(metric)) for metric in alike]
    for metric, key in keyed:
        if key not in first or metric.id < first[key].id:
            first[key] = metric
    return ((id(metric), first[key]) for metric, key in keyed if first[key] is not metric)


def _shape(metric: Metric) -> tuple[object, ...]:
    """Figures of a metric that are cheap to compare (no measurement or reading is
    hashed): metrics that differ in them cannot repeat each other."""
    return (metric.unit, metric.direction, metric.cadence, len(metric.targets),
            len(metric.actuals))


def _row(metric: Metric) -> tuple[object, ...]:
    """The figures that make a metric's row of a results table: its unit, baseline and
    targets (the models are frozen, so they hash by value)."""
    return (metric.unit, metric.baseline, metric.target, metric.targets)


#: What a plan is made of; everything else on it is derived and cached.
_STATE = frozenset({"info", "items", "waivers", "changes", "previous", "_between", "files",
                    "skipped", "as_of", "dated", "by_id", "_diagnostics", "_by_kind"})
