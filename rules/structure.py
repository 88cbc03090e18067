"""PL0 structure: the plan file itself can be read, and its references hold together."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterator, Sequence

from planlint.finding import Finding
from planlint.model import Goal, Initiative, Item
from planlint.plan import Edge, Plan
from planlint.ruledef import rule
from planlint.suggest import did_you_mean
from planlint.wording import article

_SCAN_LIMIT = 200  # candidate ids compared one by one for a suggestion
_LONGEST_SUGGESTED = 64  # longer ids get no suggestion


@rule(code="PL000", name="rule-crashed", category="structure", severity="error",
      local=True,
      fails=None, passes=None)
def rule_crashed(plan: Plan) -> Iterator[Finding]:
    """A rule raised an error, or a plugin could not be loaded.

    The engine runs every rule inside its own guard. When one fails, this finding names the
    rule and the distribution that shipped it, and every other rule still runs, so one
    broken plugin never hides the rest of the report; a rule that fails on one item is
    reported on that item and its findings on the others stand. The engine makes these
    findings, and since they say part of the plan went unchecked, nothing hides them: the
    rule always runs, at error severity, whatever is selected, ignored, waived, suppressed
    or baselined.
    """
    return iter(())


@rule(code="PL001", name="syntax-error", category="structure", severity="error",
      local=True,
      fails="planlint: 1\ngoals: [{id: G1, title: Grow\n",
      passes="planlint: 1\ngoals: [{id: G1, title: Grow}]\n")
def syntax_error(plan: Plan) -> Iterator[Finding]:
    """The file is not valid YAML, JSON or TOML text.

    A plan that cannot be read cannot be checked. The finding points at the line and column
    where the parser gave up; the other files of the plan are still checked. Duplicate keys
    in one mapping are reported here too, since the format forbids them. Like rule-crashed,
    it says part of the plan went unchecked, so nothing hides it: it always runs, at error
    severity, and fails the run at any ``fail-on`` level.
    """
    yield from plan.diagnostics("syntax-error")


@rule(code="PL002", name="invalid-field", category="structure", severity="error",
      local=True,
      fails="planlint: 1\ngoals:\n  - {id: G1, priority: urgent}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1, priority: critical}\n")
def invalid_field(plan: Plan) -> Iterator[Finding]:
    """A value has the wrong type or is outside its allowed values.

    A date that is not a date, a priority the format does not know or an amount that is text
    cannot be reasoned about, so every rule that needs it would stay silent. The value is
    dropped, the rest of the item is still checked, and the finding says what the field
    expects.
    """
    yield from plan.diagnostics("invalid-field")


@rule(code="PL003", name="unknown-field", category="structure", severity="warning",
      local=True,
      fails="planlint: 1\ngoals:\n  - {id: G1, flavour: sweet}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1, x-flavour: sweet}\n")
def unknown_field(plan: Plan) -> Iterator[Finding]:
    """A key the format does not know, and close to none it knows.

    Its value is not read, so nothing checks it. Custom attributes are welcome under keys
    that start with ``x-`` (``x-cost-center``), which rules can read; a key close to a known
    one is misspelt-field's.
    """
    yield from plan.diagnostics("unknown-field")


@rule(code="PL014", name="misspelt-field", category="structure", severity="error",
      local=True,
      fails="planlint: 1\npeople: [{id: ceo}]\ngoal:\n  - {id: G1, ownr: ceo}\n",
      passes="planlint: 1\npeople: [{id: ceo}]\ngoals:\n  - {id: G1, owner: ceo}\n")
def misspelt_field(plan: Plan) -> Iterator[Finding]:
    """A section or field name is a near miss of one the format knows (``goal:`` for
    ``goals:``, ``ownr`` for ``owner``, ``kpis`` for ``metrics``).

    A misspelt name is a typo, not a custom attribute: a misspelt ``ownr`` would leave a
    goal without an owner, and a misspelt section would leave out every item under it, so
    that each reference to them dangles and the plan looks empty where it is not. planlint
    reads it as the name it most likely means, so that nothing else is reported because of
    the typo, and reports it as an error, so that it cannot pass a check unnoticed. Where
    the plan also has the name it most likely means, the misspelt one is not read.
    """
    yield from plan.diagnostics("misspelt-field")


@rule(code="PL004", name="duplicate-id", category="structure", severity="error",
      local=True,
      fails="planlint: 1\ngoals:\n  - {id: G1}\n  - {id: G1}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1}\n  - {id: G2}\n")
def duplicate_id(plan: Plan) -> Iterator[Finding]:
    """An id is defined twice; ids are unique across every file of the plan.

    References are ids, so a duplicate makes every reference to it ambiguous. The first
    definition is kept; the finding points at the second and names the first.
    """
    yield from plan.diagnostics("duplicate-id")


class _Suggestions:
    """The defined id nearest each dangling reference, among ids of the kinds it takes.

    Up to ``_SCAN_LIMIT`` candidates are all compared; beyond that only the ids one edit
    (a typo) away are: those that share a variant with the reference (the id in lower
    case, or with one character left out), so that a large plan with many dangling
    references stays linear. The variants of all the plan's dangling references of some
    kinds are gathered first, and each candidate's are looked up in them in one pass:
    thousands of ids, a few references, and no index of every id's variants.
    """

    def __init__(self, plan: Plan, dangling: list[Edge]) -> None:
        self.plan = plan
        self.dangling = dangling
        self.candidates: dict[tuple[str, ...], list[str]] = {}
        self.near: dict[tuple[str, ...], dict[str, set[str]]] = {}

    def __call__(self, edge: Edge) -> str:
        candidates = self.candidates.get(edge.kinds)
        if candidates is None:
            candidates = [item.id for item in self.plan.items if item.kind in edge.kinds]
            self.candidates[edge.kinds] = candidates
        if len(candidates) > _SCAN_LIMIT:
            candidates = self.one_edit_away(edge, candidates)
        hint = did_you_mean(edge.target, candidates)
        return f"; {hint}" if hint else ""

    def one_edit_away(self, edge: Edge, candidates: list[str]) -> list[str]:
        near = self.near.get(edge.kinds)
        if near is None:
            near = self.near[edge.kinds] = self._near(edge.kinds, candidates)
        return sorted(near.get(edge.target, ()))

    def _near(self, kinds: tuple[str, ...], candidates: list[str]) -> dict[str, set[str]]:
        """For each dangling reference taking ``kinds``, the candidates one edit away."""
        targets: dict[str, list[str]] = defaultdict(list)  # variant -> references with it
        for edge in self.dangling:
            if edge.kinds == kinds:
                for variant in _variants(edge.target):
                    targets[variant].append(edge.target)
        wanted = set(targets)
        lengths = {len(variant) for variant in wanted}
        near: dict[str, set[str]] = defaultdict(set)
        for candidate in candidates:
            variants = _variants(candidate, lengths)
            if not variants.isdisjoint(wanted):  # rare: most ids are near no reference
                for variant in variants & wanted:
                    for target in targets[variant]:
                        near[target].add(candidate)
        return near


def _variants(word: str, lengths: Container[int] | None = None) -> set[str]:
    """The word in lower case, and with any one character left out (none for long ids);
    given ``lengths``, only the variants of those lengths (only they can meet another
    word's: most candidates need not be cut character by character)."""
    if len(word) > _LONGEST_SUGGESTED:
        return set()
    word = word.lower()
    found = {word} if lengths is None or len(word) in lengths else set()
    if lengths is None or len(word) - 1 in lengths:
        found.update(word[:at] + word[at + 1:] for at in range(len(word)))
    return found


def _subject(edge: Edge) -> str:
    return "the plan" if edge.source.kind == "plan" else f"{edge.source.kind} {edge.source.id}"


@rule(code="PL005", name="dangling-reference", category="structure", severity="error",
      fails="planlint: 1\ngoals:\n  - {id: G1, owner: jdoe}\n",
      passes="planlint: 1\npeople: [{id: jdoe}]\ngoals:\n  - {id: G1, owner: jdoe}\n")
def dangling_reference(plan: Plan) -> Iterator[Finding]:
    """A reference names an id that exists nowhere in the plan.

    An owner who is not in ``people`` or a goal that supports a goal nobody defined breaks
    the chain from strategy to execution exactly where it looks complete.
    """
    yield from plan.diagnostics("dangling-reference")  # a workbook row naming its parent
    by_id = plan.by_id
    dangling = [edge for edge in plan.unresolved if edge.target not in by_id]
    suggestion = _Suggestions(plan, dangling)
    for edge in dangling:
        yield edge.finding(
            f"{_subject(edge)}: {edge.field} names {edge.target!r}, which is not "
            f"defined anywhere in the plan{suggestion(edge)}; define the "
            f"{' or '.join(edge.kinds)} or fix the id")


@rule(code="PL006", name="wrong-reference-kind", category="structure", severity="error",
      local=True,
      fails="planlint: 1\ngoals:\n  - {id: G1, metrics: [I1]}\n"
            "initiatives:\n  - {id: I1, supports: [G1]}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1, metrics: [M1]}\nmetrics:\n  - {id: M1}\n")
def wrong_reference_kind(plan: Plan) -> Iterator[Finding]:
    """A reference names an item of the wrong kind, such as an initiative under a goal's
    ``metrics``.

    The link is meaningless as written, and every rule that follows it sees nothing.
    """
    by_id = plan.by_id
    for edge in plan.unresolved:
        target = by_id.get(edge.target)
        if target is not None:
            yield edge.finding(
                f"{_subject(edge)}: {edge.field} names {edge.target}, which is "
                f"{article(target.kind)}; {edge.field} takes "
                f"{' or '.join(edge.kinds)} ids")


def _parent_loops(items: Sequence[Item], link: str = "parent") -> Iterator[list[Item]]:
    """Each loop of ``link`` links (``parent``, a metric's ``breaks_down``) once,
    starting at its first member in file order."""
    by_id = {item.id: item for item in items}
    order = {item.id: index for index, item in enumerate(items)}
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    for start in items:
        path: list[Item] = []
        current: Item | None = start
        while current is not None and current.id not in state:
            state[current.id] = 1
            path.append(current)
            above = getattr(current, link)
            current = by_id.get(above) if above is not None else None
        if current is not None and state[current.id] == 1:
            loop = path[path.index(current):]
            first = min(range(len(loop)), key=lambda i: order[loop[i].id])
            yield loop[first:] + loop[:first]
        for item in path:
            state[item.id] = 2


def _aligned_loops(goals: list[Goal]) -> Iterator[list[Item]]:
    """Each group of goals tangled together by ``parent`` and ``also_aligned_to`` links, as
    one loop through it starting at its first member in file order."""
    known = {goal.id: goal for goal in goals}
    above = {goal.id: [target for target in dict.fromkeys((goal.parent, *goal.also_aligned_to))
                       if target in known] for goal in goals}
    order = {goal.id: index for index, goal in enumerate(goals)}
    for group in sorted(_tangles(above), key=lambda g: min(order[n] for n in g)):
        yield [known[node] for node in _loop(above, group, min(group, key=order.__getitem__))]


def _link(item: Item, target: str) -> str:
    """The field of ``item`` that names ``target``: its parent, or an also_aligned_to entry."""
    if isinstance(item, Goal) and item.parent != target:
        return f"also_aligned_to/{item.also_aligned_to.index(target)}"
    return "parent"


@rule(code="PL007", name="parent-cycle", category="structure", severity="error",
      local=True,
      fails="planlint: 1\ngoals:\n  - {id: G1, parent: G2}\n  - {id: G2, parent: G1}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1}\n  - {id: G2, parent: G1}\n"
             "metrics:\n  - {id: M1}\n  - {id: M2, breaks_down: M1}\n")
def parent_cycle(plan: Plan) -> Iterator[Finding]:
    """The ``parent`` chain of goals (or of units) loops back on itself, or metrics
    break each other down in a loop.

    A cascade must end at top-level goals; in a loop no goal is on top, every goal
    contributes to itself, and nothing anchors the chain to the strategy. A goal's
    ``also_aligned_to`` links are part of its chain, as its parent is. So a breakdown must
    end at a measure that is no part of another: in a loop of ``breaks_down`` links every
    metric is a part of itself, and none is the measure the parts add up to. The finding
    lists the loop.
    """
    aligned = any(goal.also_aligned_to for goal in plan.goals)
    for loops in (_aligned_loops(plan.goals) if aligned else _parent_loops(plan.goals),
                  _parent_loops(plan.units)):
        for loop in loops:
            chain = " -> ".join(item.id for item in (*loop, loop[0]))
            links = [_link(item, loop[(i + 1) % len(loop)].id) for i, item in enumerate(loop)]
            fields = "parent" if set(links) == {"parent"} else "parent or also_aligned_to"
            kind = loop[0].kind
            yield _in_loop(loop, links, f"the parent chain of {kind}s loops: {chain}; a "
                                        f"{kind} cannot sit below itself, remove one "
                                        f"{fields} link")
    for loop in _parent_loops(plan.metrics, "breaks_down"):
        chain = " -> ".join(item.id for item in (*loop, loop[0]))
        yield _in_loop(loop, ["breaks_down"] * len(loop),
                       f"metrics break each other down in a loop: {chain}; a measure "
                       "cannot be a part of itself, remove one breaks_down link")


def _in_loop(loop: list[Item], links: list[str], message: str) -> Finding:
    """The finding of a loop, at its first member's link, the others related."""
    return loop[0].finding(
        message, field=links[0],
        related=[item.related(f"{item.kind} {item.id} is in the loop", link)
                 for item, link in zip(loop[1:], links[1:], strict=True)])


def _tangles(successors: dict[str, list[str]]) -> list[set[str]]:
    """The groups of nodes that lie on a loop: the strongly connected components of more
    than one node, or of one that is its own successor (Tarjan's algorithm, without
    recursion, so a long chain cannot overflow the stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    held: set[str] = set()
    groups: list[set[str]] = []
    for root in successors:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        held.add(root)
        work = [(root, iter(successors[root]))]
        while work:
            node, following = work[-1]
            for other in following:
                if other not in index:
                    index[other] = low[other] = len(index)
                    stack.append(other)
                    held.add(other)
                    work.append((other, iter(successors[other])))
                    break
                if other in held:
                    low[node] = min(low[node], index[other])
            else:
                work.pop()
                if work:
                    above = work[-1][0]
                    low[above] = min(low[above], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        held.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    if len(group) > 1 or node in successors[node]:
                        groups.append(group)
    return groups


def _loop(successors: dict[str, list[str]], group: set[str], start: str) -> list[str]:
    """The loop through ``group`` that a depth-first search from ``start`` meets first,
    following each node's successors in order: the path from where it closes to the
    node that closes it. ``group`` is one of :func:`_tangles`, so the search meets one."""
    path = [start]
    on_path = {start}
    finished: set[str] = set()
    work = [iter(successors[start])]
    while True:
        for other in work[-1]:
            if other not in group or other in finished:
                continue
            if other in on_path:
                return path[path.index(other):]
            path.append(other)
            on_path.add(other)
            work.append(iter(successors[other]))
            break
        else:
            work.pop()
            done = path.pop()
            on_path.discard(done)
            finished.add(done)


@rule(code="PL008", name="dependency-cycle", category="structure", severity="error",
      local=True,
      fails="planlint: 1\ninitiatives:\n  - {id: I1, depends_on: [I2]}\n"
            "  - {id: I2, depends_on: [I1]}\n",
      passes="planlint: 1\ninitiatives:\n  - {id: I1}\n  - {id: I2, depends_on: [I1]}\n")
def dependency_cycle(plan: Plan) -> Iterator[Finding]:
    """Initiatives depend on each other in a loop, so none of them can start.

    The finding lists one loop for each group of initiatives tangled together.
    """
    needs = {initiative.id: list(dict.fromkeys(
        needed.id for needed in plan.refs(initiative, "depends_on", Initiative)))
             for initiative in plan.initiatives}
    order = {item.id: index for index, item in enumerate(plan.initiatives)}
    for group in sorted(_tangles(needs), key=lambda g: min(order[n] for n in g)):
        cycle = _loop(needs, group, min(group, key=order.__getitem__))
        items = [plan.by_id[node] for node in cycle]
        chain = " -> ".join([*cycle, cycle[0]])
        yield items[0].finding(
            f"initiatives depend on each other in a loop: {chain}; none of them can start, "
            "remove one dependency", field="depends_on",
            related=[item.related(f"initiative {item.id} is in the loop", "depends_on")
                     for item in items[1:]])


@rule(code="PL009", name="unsupported-version", category="structure", severity="error",
      local=True,
      fails="goals:\n  - {id: G1}\n", passes="planlint: 1\ngoals:\n  - {id: G1}\n")
def unsupported_version(plan: Plan) -> Iterator[Finding]:
    """A file does not start with ``planlint: 1``, or names a version this planlint
    does not know.

    The version says which rules of the format the file follows; without it a reader cannot
    tell a plan from any other YAML. The file is still checked as version 1.
    """
    yield from plan.diagnostics("unsupported-version")


@rule(code="PL010", name="include-error", category="structure", severity="error",
      local=True,
      fails="planlint: 1\ninclude: [../outside.yaml]\n",
      passes="planlint: 1\ngoals:\n  - {id: G1}\n")
def include_error(plan: Plan) -> Iterator[Finding]:
    """An ``include`` matches no file, loops back to a file that includes it, or points
    outside the plan's folder.

    Includes are how a scorecard cascades to business units; a broken one silently drops a
    unit's plan. Includes stay inside the folder of the first file given, so a plan can
    never make planlint read files elsewhere.
    """
    yield from plan.diagnostics("include-error")


@rule(code="PL011", name="expired-waiver", category="structure", severity="warning",
      local=True,
      fails="planlint: 1\nplan: {id: p, as_of: 2001-06-30}\ngoals:\n  - {id: G1}\n"
            "waivers:\n  - {rule: unmeasured-goal, node: G1, reason: metrics with Finance,"
            " expires: 2001-03-31}\n",
      passes="planlint: 1\nplan: {id: p, as_of: 2001-06-30}\ngoals:\n  - {id: G1}\n"
             "waivers:\n  - {rule: unmeasured-goal, node: G1, reason: metrics with Finance,"
             " expires: 2001-12-31}\n")
def expired_waiver(plan: Plan) -> Iterator[Finding]:
    """A waiver's ``expires`` date is on or before the as-of date; the finding it covered
    shows again.

    A waiver is an exception accepted for a while, not for ever: the expiry date is when
    someone has to look again. Past it the waiver hides nothing, and this finding, at the
    waiver, names the rule, the item and the date, so the exception is either renewed after
    a review or the problem is fixed. The engine makes these findings after every other rule
    ran.
    """
    return iter(())


@rule(code="PL012", name="unused-suppression", category="structure", severity="info",
      fails="planlint: 1\ngoals:\n  - {id: G1}\n"
            "waivers:\n  - {rule: unmeasured-goal, node: G9, reason: metrics with Finance}\n",
      passes="planlint: 1\ngoals:\n  - {id: G1}\n"
             "waivers:\n  - {rule: unmeasured-goal, node: G1, reason: metrics with Finance}\n")
def unused_suppression(plan: Plan) -> Iterator[Finding]:
    """A waiver or a ``# planlint: ignore[...]`` comment hides nothing: the rule finds
    nothing there any more, or the rule or item it names does not exist.

    Stale exceptions pile up and mislead: a reader takes them for live problems, and a
    waiver for a misspelt rule or a renamed item never protected anything. A waiver or
    comment is only judged unused when the rule it names ran, unless the rule or the item is
    unknown. The engine makes these findings after every other rule ran.
    """
    return iter(())


@rule(code="PL013", name="suppression-without-reason", category="structure",
      local=True,
      severity="info",
      fails="planlint: 1\ngoals:\n  - id: G1  # planlint: ignore[unmeasured-goal]\n",
      passes="planlint: 1\ngoals:\n"
             "  - id: G1  # planlint: ignore[unmeasured-goal] -- metrics with Finance\n")
def suppression_without_reason(plan: Plan) -> Iterator[Finding]:
    """A waiver without a ``reason``, or a suppression comment without a reason after
    ``--``.

    An exception nobody explained cannot be reviewed: the next strategy review cannot tell
    an accepted risk from a silenced warning. Waivers and comments reported as unused are
    not reported again here. The engine makes these findings after every other rule ran.
    """
    return iter(())
