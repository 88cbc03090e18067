"""Realistic strategic plans of any size, for benchmarks and scale tests.

A generated plan looks like one a large company writes: a tree of units, people with
leaders, goals cascaded from the enterprise scorecard down the tree, each with inline or
shared metrics (baselines, targets, interim targets, actuals), initiatives that depend
on each other, budgets, reviews, assumptions, communications and waivers. A few defects
of each kind are seeded (unowned goals, dangling references, loops, overspent budgets,
stale metrics, ...), and the same seed always gives the same plan, byte for byte.

YAML is written in block style as people write it, with flow mappings for short
entries; JSON as tools write it. ``--split`` writes an enterprise file that includes
one file per business unit::

    python benchmarks/generate.py 20000 -o plan.yaml
    python benchmarks/generate.py 20000 -o plan.json
    python benchmarks/generate.py 20000 -o portfolio/ --split
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

#: Share of each section in the item count (inline metrics count as metrics).
SHARES = {"units": 0.04, "people": 0.19, "goals": 0.18, "metrics": 0.22,
          "initiatives": 0.15, "budgets": 0.08, "reviews": 0.03, "assumptions": 0.07,
          "communications": 0.04}
SECTIONS = tuple(SHARES)
PREFIX = {"units": "U", "people": "P", "goals": "G", "metrics": "M", "initiatives": "I",
          "budgets": "B", "reviews": "R", "assumptions": "A", "communications": "C"}
AS_OF = date(2025, 6, 30)
START, END = date(2024, 1, 1), date(2026, 12, 31)
TOP_GOALS = 6

_FIRST = ("Ana", "Ben", "Chen", "Dara", "Emeka", "Fatima", "Greta", "Hiro", "Ines", "Jonas",
          "Kofi", "Lena", "Marek", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
          "Uma", "Viktor", "Wen", "Yusuf", "Zoe")
_LAST = ("Andersen", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad",
         "Ibrahim", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor",
         "Petrov", "Rossi", "Silva", "Tanaka", "Usman", "Varga", "Weber", "Yilmaz", "Zhang")
_AREAS = ("Sales", "Service", "Operations", "Engineering", "Finance", "Marketing",
          "Logistics", "Procurement", "Quality", "Support", "Data", "Security")
_REGIONS = ("North", "South", "East", "West", "Central", "Nordics", "Iberia", "Benelux",
            "Alps", "Baltics", "Andes", "Pacific")
_PERSPECTIVES = ("financial", "customer", "internal", "learning")
_GOAL_TITLES = {
    "financial": ("Grow {area} revenue by {n}%", "Cut {area} cost per order by {n}%",
                  "Reach a {n}% operating margin in {area}"),
    "customer": ("Be the first choice of {area} customers", "Lift repeat purchases by {n}%",
                 "Answer {n}% of {area} requests within a day"),
    "internal": ("Halve {area} cycle time", "Automate {n}% of {area} processes",
                 "Reduce {area} defects by {n}%"),
    "learning": ("Certify {n}% of {area} staff", "Fill key {area} roles from within",
                 "Every {area} team knows how it serves the strategy"),
}
_METRIC_TITLES = ("{area} revenue", "{area} cost per order", "{area} net promoter score",
                  "{area} cycle time in days", "Share of {area} processes automated",
                  "{area} defect rate", "Certified {area} staff", "{area} on-time delivery")
_MEASURES = ("USD m", "%", "count", "days", "score", "EUR k")
_CADENCES = ("weekly", "monthly", "monthly", "monthly", "quarterly", "quarterly", "P2W")
_SKILLS = ("negotiation", "data analysis", "change management", "lean", "cloud migration",
           "contract law", "pricing", "supply planning", "UX research", "coaching")
_STATUSES = ("planned", "active", "active", "active", "done")


@dataclass
class Entry:
    """One item: its section, the business unit (file) it belongs to, and its data."""

    section: str
    bu: int
    data: dict[str, Any]


@dataclass
class Generated:
    """A generated plan: its entries, the business units, and the defects seeded."""

    info: dict[str, Any]
    entries: list[Entry]
    business_units: list[str]
    waivers: list[dict[str, Any]]
    defects: list[tuple[str, str]] = field(default_factory=list)

    @property
    def item_count(self) -> int:
        inline = sum(len([m for m in entry.data.get("metrics", []) if isinstance(m, dict)])
                     for entry in self.entries if entry.section == "goals")
        return len(self.entries) + inline

    def document(self, bu: int | None = None) -> dict[str, Any]:
        """The plan as one file (``bu`` None), or the file of one business unit."""
        doc: dict[str, Any] = {"planlint": 1}
        if bu in (None, 0):
            doc["plan"] = self.info
        sections: dict[str, list[dict[str, Any]]] = {section: [] for section in SECTIONS}
        for entry in self.entries:
            if bu is None or entry.bu == bu:
                sections[entry.section].append(entry.data)
        doc.update((section, items) for section, items in sections.items() if items)
        if bu in (None, 0) and self.waivers:
            doc["waivers"] = self.waivers
        return doc


class Generator:
    """Builds one plan of about ``size`` items from ``seed``."""

    def __init__(self, size: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.size = max(size, 60)
        counts = {section: max(2, round(self.size * share)) for section, share in SHARES.items()}
        counts["goals"] = max(counts["goals"], TOP_GOALS + counts["units"] - 1)
        counts["metrics"] = max(counts["metrics"], counts["goals"])  # one per goal at least
        self.per_kind = max(1, self.size // 2000)  # defects seeded of each kind
        # people make up the count; each duplicate-id defect adds one
        counts["people"] += self.size - sum(counts.values()) - self.per_kind
        self.counts = counts
        self.serial = dict.fromkeys(SECTIONS, 0)
        self.entries: list[Entry] = []
        self.unit_parent: dict[str, str | None] = {}
        self.unit_bu: dict[str, int] = {}
        self.unit_area: dict[str, str] = {}
        self.people_of: dict[str, list[str]] = {}
        self.leader_of: dict[str, str] = {}
        self.goals_of: dict[str, list[dict[str, Any]]] = {}
        self.initiatives_of: dict[str, list[dict[str, Any]]] = {}
        self.objectives: dict[str, list[str]] = {}
        self.business_units: list[str] = []
        self.defects: list[tuple[str, str]] = []
        self.cascaded: list[Entry] = []  # goals with a parent
        self.increasing: list[dict[str, Any]] = []  # metrics that should increase

    # -- ids and small values -----------------------------------------------------------

    def new_id(self, section: str) -> str:
        self.serial[section] += 1
        return f"{PREFIX[section]}{self.serial[section]:06d}"

    def add(self, section: str, unit: str, data: dict[str, Any]) -> dict[str, Any]:
        self.entries.append(Entry(section, self.unit_bu[unit], data))
        return data

    def day(self, low: date, high: date) -> date:
        return low + timedelta(days=self.rng.randint(0, max(0, (high - low).days)))

    def title(self, templates: tuple[str, ...], unit: str) -> str:
        return self.rng.choice(templates).format(area=self.unit_area[unit],
                                                 n=self.rng.choice((5, 10, 15, 20, 25, 30)))

    # -- the plan -----------------------------------------------------------------------

    def generate(self) -> Generated:
        units = self.make_units()
        self.make_people(units)
        self.make_goals(units)
        self.make_initiatives(units)
        self.make_budgets(units)
        self.make_reviews(units)
        self.make_assumptions()
        self.make_communications(units)
        for person in self.section("people"):
            goals = self.objectives.get(person["id"])
            if goals:
                person["objectives"] = goals[:4]
        waivers = self.make_waivers()
        self.seed_defects()
        root = units[0]
        info = {"id": "enterprise-plan", "title": "Enterprise strategy 2024-2026",
                "vision": "The most trusted provider in every market we serve",
                "horizon": {"start": START.isoformat(), "end": END.isoformat()},
                "as_of": AS_OF.isoformat(), "sponsor": self.leader_of[root],
                "office": self.leader_of[root]}
        return Generated(info, self.entries, self.business_units, waivers, self.defects)

    def section(self, name: str) -> Iterator[dict[str, Any]]:
        return (entry.data for entry in self.entries if entry.section == name)

    def make_units(self) -> list[str]:
        """A tree of units, wide near the top; each child of the root is a business unit."""
        total = self.counts["units"]
        root = self.new_id("units")
        self.business_units = ["enterprise"]
        self.unit_bu[root], self.unit_parent[root] = 0, None
        self.unit_area[root] = "Group"
        self.add("units", root, {"id": root, "name": "Group"})
        units, frontier = [root], [root]
        while len(units) < total:
            parent = frontier.pop(0)
            for _ in range(self.rng.randint(3, 6) if parent != root else
                           min(total - 1, max(3, total // 40))):
                if len(units) >= total:
                    break
                unit = self.new_id("units")
                area = self.rng.choice(_AREAS)
                if parent == root:
                    self.business_units.append(unit)
                    self.unit_bu[unit] = len(self.business_units) - 1
                    name = f"{area} division"
                else:
                    self.unit_bu[unit] = self.unit_bu[parent]
                    name = f"{self.rng.choice(_REGIONS)} {area}"
                self.unit_parent[unit], self.unit_area[unit] = parent, area
                self.add("units", unit, {"id": unit, "name": name, "parent": parent})
                units.append(unit)
                frontier.append(unit)
        return units

    def make_people(self, units: list[str]) -> None:
        total = self.counts["people"]
        for index in range(total):
            unit = units[index] if index < len(units) else self.rng.choice(units)
            person = self.new_id("people")
            leader = index < len(units)
            data: dict[str, Any] = {
                "id": person,
                "name": f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}",
                "role": f"Head of {self.unit_area[unit]}" if leader else "Manager",
                "unit": unit}
            if leader and self.unit_parent[unit] in (None, units[0]):
                data["leader"] = True
            if self.rng.random() < 0.5:
                data["skills"] = self.rng.sample(_SKILLS, self.rng.randint(1, 3))
            self.add("people", unit, data)
            self.people_of.setdefault(unit, []).append(person)
            self.leader_of.setdefault(unit, person)

    def owner(self, unit: str) -> str:
        if self.rng.random() < 0.6:
            return self.leader_of[unit]
        return self.rng.choice(self.people_of[unit])

    def make_goals(self, units: list[str]) -> None:
        """Goals cascaded down the units, each with one or two metrics of its own; some
        also define a metric in the metrics section that later goals share."""
        total, metrics = self.counts["goals"], self.counts["metrics"]
        per_unit = [TOP_GOALS] + [1] * (len(units) - 1)
        for _ in range(total - sum(per_unit)):
            per_unit[self.rng.randrange(1, len(units))] += 1
        shared_total = min(total, metrics - total, round(metrics * 0.1))
        with_two = set(self.rng.sample(range(total), min(total, metrics - total - shared_total)))
        with_shared = set(self.rng.sample(range(total), shared_total))
        shared: list[dict[str, Any]] = []
        number = -1
        for unit, count in zip(units, per_unit, strict=True):
            parents = self.goals_of.get(self.unit_parent[unit] or "", [])
            for position in range(count):
                number += 1
                goal = self.goal(unit, parents, position)
                goal["metrics"] = [self.metric(unit, goal)
                                   for _ in range(2 if number in with_two else 1)]
                if number in with_shared:
                    metric = self.add("metrics", unit, self.metric(unit, goal))
                    shared.append(metric)
                    goal["metrics"].append(metric["id"])
                elif shared and self.rng.random() < 0.05:
                    goal["metrics"].append(self.rng.choice(shared[-20:])["id"])
                self.goals_of.setdefault(unit, []).append(goal)

    def goal(self, unit: str, parents: list[dict[str, Any]], position: int) -> dict[str, Any]:
        perspective = _PERSPECTIVES[position % 4] if parents == [] else \
            self.rng.choice(_PERSPECTIVES)
        goal: dict[str, Any] = {"id": self.new_id("goals"),
                                "title": self.title(_GOAL_TITLES[perspective], unit),
                                "unit": unit, "owner": self.owner(unit)}
        if parents:
            goal["parent"] = self.rng.choice(parents)["id"]
        siblings = self.goals_of.get(unit, [])
        if siblings and self.rng.random() < 0.3:
            goal["drives"] = [self.rng.choice(siblings)["id"]]
        goal["perspective"] = perspective
        goal["priority"] = self.rng.choice(("critical", "high", "high", "medium", "low"))
        goal["term"] = self.rng.choice(("short", "long"))
        goal["due"] = self.day(date(2025, 9, 1), END)
        if self.rng.random() < 0.1:
            goal["tags"] = ["scorecard"]
        self.objectives.setdefault(goal["owner"], []).append(goal["id"])
        self.add("goals", unit, goal)
        return goal

    def metric(self, unit: str, goal: dict[str, Any]) -> dict[str, Any]:
        direction = self.rng.choice(("increase", "increase", "decrease", "maintain"))
        base = float(self.rng.randint(10, 500))
        target = {"increase": base * 1.3, "decrease": base * 0.7, "maintain": base}[direction]
        due: date = goal["due"]
        metric: dict[str, Any] = {
            "id": self.new_id("metrics"), "title": self.title(_METRIC_TITLES, unit),
            "owner": self.owner(unit), "unit": self.rng.choice(_MEASURES),
            "direction": direction,
            "baseline": {"value": round(base, 1), "date": "2023-12-31"},
            "target": {"value": round(target, 1), "date": due.isoformat()}}
        if self.rng.random() < 0.4:
            metric["targets"] = [{"value": round(base + (target - base) * step / 3, 1),
                                  "date": f"{2024 + step}-06-30"} for step in (1, 2)]
        metric["cadence"] = self.rng.choice(_CADENCES)
        metric["source"] = f"{self.unit_area[unit]} reporting"
        months = self.rng.randint(0, 6)
        if months:
            metric["actuals"] = [
                {"date": f"2025-{month:02d}-28",
                 "value": round(base + (target - base) * (12 + month) / 36
                                * self.rng.uniform(0.7, 1.1), 1)}
                for month in range(7 - months, 7)]
        if self.rng.random() < 0.05:
            metric["x-data-owner"] = "finance-systems"
        return metric

    def make_initiatives(self, units: list[str]) -> None:
        for _ in range(self.counts["initiatives"]):
            unit = self.rng.choice(units)
            goals = self.goals_of.get(unit) or self.goals_of[units[0]]
            start = self.day(START, date(2025, 6, 1))
            verb = self.rng.choice(("Roll out", "Rebuild", "Consolidate", "Launch"))
            thing = self.rng.choice(("platform", "programme", "hub"))
            data: dict[str, Any] = {
                "id": self.new_id("initiatives"),
                "title": f"{verb} {self.unit_area[unit].lower()} {thing}",
                "owner": self.owner(unit),
                "supports": sorted({self.rng.choice(goals)["id"]
                                    for _ in range(self.rng.randint(1, 2))}),
                "start": start, "end": self.day(date(2025, 7, 1), END),
                "status": self.rng.choice(_STATUSES)}
            team = self.people_of[unit]
            if self.rng.random() < 0.8:
                data["team"] = sorted(set(self.rng.sample(team, min(len(team), 3))))
            if self.rng.random() < 0.3:
                data["skills"] = [self.rng.choice(_SKILLS)]
            if self.rng.random() < 0.05:
                data["kind"] = "transformation"
            earlier = self.initiatives_of.get(unit, [])
            if earlier and self.rng.random() < 0.3:
                data["depends_on"] = sorted({self.rng.choice(earlier)["id"]
                                             for _ in range(self.rng.randint(1, 2))})
            self.initiatives_of.setdefault(unit, []).append(data)
            self.add("initiatives", unit, data)

    def make_budgets(self, units: list[str]) -> None:
        funded = [unit for unit in units if unit in self.initiatives_of]
        for _ in range(self.counts["budgets"]):
            unit = self.rng.choice(funded)
            amount = self.rng.randint(5, 900) * 10_000
            choices = self.initiatives_of[unit]
            data: dict[str, Any] = {
                "id": self.new_id("budgets"), "title": f"{self.unit_area[unit]} investment",
                "amount": amount, "currency": "USD",
                "period": self.rng.choice(("FY2025", "FY2026", "2024-2026")),
                "owner": self.leader_of[unit], "unit": unit,
                "funds": sorted({self.rng.choice(choices)["id"]
                                 for _ in range(self.rng.randint(1, 3))}),
                "spent": round(amount * self.rng.uniform(0.1, 0.9))}
            if self.rng.random() < 0.3:
                data["x-cost-center"] = self.rng.randint(1000, 9999)
            self.add("budgets", unit, data)

    def make_reviews(self, units: list[str]) -> None:
        for index in range(self.counts["reviews"]):
            unit = units[index % len(units)]
            covers = [unit] if index % 3 else [goal["id"] for goal in
                                               self.goals_of.get(unit, [])[:3]] or [unit]
            self.add("reviews", unit, {
                "id": self.new_id("reviews"), "title": f"{self.unit_area[unit]} review",
                "cadence": self.rng.choice(("monthly", "monthly", "quarterly")),
                "chair": self.leader_of[unit], "covers": covers,
                "last_held": self.day(date(2025, 5, 1), AS_OF)})

    def make_assumptions(self) -> None:
        goals = [entry for entry in self.entries if entry.section == "goals"]
        for _ in range(self.counts["assumptions"]):
            goal = self.rng.choice(goals).data
            self.add("assumptions", goal["unit"], {
                "id": self.new_id("assumptions"),
                "statement": f"Demand for {self.unit_area[goal['unit']].lower()} services "
                             "keeps growing",
                "owner": goal["owner"], "affects": [goal["id"]],
                "status": self.rng.choice(("untested", "testing", "validated")),
                "test": "Quarterly market survey",
                "check_by": self.day(AS_OF, END)})

    def make_communications(self, units: list[str]) -> None:
        root = units[0]
        for index in range(self.counts["communications"]):
            unit = root if index == 0 else self.rng.choice(units)
            data: dict[str, Any] = {
                "id": self.new_id("communications"),
                "title": "Strategy town hall" if index == 0 else
                         f"{self.unit_area[unit]} strategy briefing",
                "audience": "all" if index == 0 else [unit],
                "channel": self.rng.choice(("town hall", "intranet", "team meeting")),
                "cadence": "quarterly", "owner": self.leader_of[unit],
                "covers": [goal["id"] for goal in self.goals_of.get(unit, [])[:4]]}
            self.add("communications", unit, data)

    def make_waivers(self) -> list[dict[str, Any]]:
        goals = list(self.section("goals"))
        waivers = []
        for index in range(max(2, self.size // 5000)):
            goal = goals[self.rng.randrange(len(goals))]
            expires = date(2025, 3, 31) if index % 2 else date(2026, 3, 31)
            waivers.append({"rule": "goal-without-deadline" if index % 3 else "PL306",
                            "node": goal["id"], "reason": "Agreed at the quarterly review",
                            "expires": expires, "approved_by": goal["owner"]})
            if expires < AS_OF:
                self.defects.append(("PL011", goal["id"]))
        return waivers

    # -- defects ------------------------------------------------------------------------

    def seed_defects(self) -> None:
        """Break a few items of each kind, recording (rule code, item id) for each."""
        pools = {section: [entry for entry in self.entries if entry.section == section]
                 for section in SECTIONS}
        metrics = [metric for goal in pools["goals"] for metric in goal.data["metrics"]
                   if isinstance(metric, dict)]
        self.cascaded = [entry for entry in pools["goals"] if "parent" in entry.data]
        self.increasing = [metric for metric in metrics if metric["direction"] == "increase"]
        taken: set[int] = set()

        def pick(pool: list[Any]) -> Any:
            """An item of ``pool`` no other defect touched (any item once all are)."""
            for _ in range(100):
                candidate = self.rng.choice(pool)
                data = candidate.data if isinstance(candidate, Entry) else candidate
                if id(data) not in taken:
                    break
            taken.add(id(data))
            return data

        for _ in range(self.per_kind):
            self.goal_defects(pick, pools["goals"])
            self.metric_defects(pick, metrics)
            self.item_defects(pick, pools)
            self.reference_defects(pick, pools)

    def record(self, code: str, data: dict[str, Any]) -> None:
        self.defects.append((code, data["id"]))

    def goal_defects(self, pick: Any, goals: list[Entry]) -> None:
        goal = pick(goals)
        goal["ownr"] = goal.pop("owner")  # read as owner, and an error
        self.record("PL014", goal)
        goal = pick(goals)
        goal["priority"] = "urgent"
        self.record("PL002", goal)
        parents = {entry.data.get("parent") for entry in goals}
        goal = pick([entry for entry in goals if entry.data["id"] not in parents])
        for metric in goal.pop("metrics"):  # its own metrics now measure nothing
            if isinstance(metric, dict):
                self.add("metrics", goal["unit"], metric)
                self.record("PL206", metric)
        goal["title"] = " ".join(word for word in goal["title"].split()  # no figure in it
                                 if not any(char.isdigit() for char in word))
        self.record("PL201", goal)  # a goal with no goal below it is measured by nothing
        goal = pick(self.cascaded)
        del goal["parent"]
        self.record("PL305", goal)

    def metric_defects(self, pick: Any, metrics: list[dict[str, Any]]) -> None:
        for code, key in (("PL103", "owner"), ("PL202", "target"), ("PL203", "baseline"),
                          ("PL204", "unit"), ("PL205", "cadence"), ("PL208", "source")):
            metric = pick(metrics)
            del metric[key]
            self.record(code, metric)
        metric = pick(self.increasing)
        metric["target"]["value"] = metric["baseline"]["value"] / 2
        metric.pop("targets", None)
        self.record("PL207", metric)
        metric = pick(metrics)
        metric["actuals"] = [{"date": "2024-03-31", "value": metric["baseline"]["value"]}]
        self.record("PL805", metric)
        metric = pick(metrics)
        metric["baseline"]["value"] = "n/a"
        self.record("PL002", metric)

    def item_defects(self, pick: Any, pools: dict[str, list[Entry]]) -> None:
        initiative = pick(pools["initiatives"])
        del initiative["owner"]
        initiative["status"] = "active"
        # work on a goal with goals below it, whose owner answers for none of it
        children = Counter(entry.data["parent"] for entry in self.cascaded
                           if "parent" in entry.data)
        initiative["supports"] = [max(children, key=children.__getitem__)]
        self.record("PL102", initiative)
        initiative = pick(pools["initiatives"])
        initiative["supports"] = []
        self.record("PL304", initiative)
        initiative = pick(pools["initiatives"])
        del initiative["start"], initiative["end"]
        self.record("PL903", initiative)
        initiative = pick(pools["initiatives"])
        initiative.update(end=date(2025, 1, 31), status="active")
        self.record("PL807", initiative)
        budget = pick(pools["budgets"])
        budget["funds"] = []
        self.record("PL301", budget)
        budget = pick(pools["budgets"])
        budget["spent"] = budget["amount"] * 2
        self.record("PL808", budget)
        review = pick(pools["reviews"])
        review["last_held"] = date(2024, 6, 30)
        self.record("PL804", review)
        assumption = pick(pools["assumptions"])
        del assumption["test"]
        self.record("PL905", assumption)
        assumption = pick(pools["assumptions"])
        assumption["status"] = "invalidated"
        self.record("PL906", assumption)

    def reference_defects(self, pick: Any, pools: dict[str, list[Entry]]) -> None:
        initiative = pick(pools["initiatives"])
        initiative["owner"] = f"{initiative['owner']}x"
        self.record("PL005", initiative)
        goal = pick(pools["goals"])
        goal["metrics"] = [*goal.get("metrics", []), pools["initiatives"][0].data["id"]]
        self.record("PL006", goal)
        person = pick(pools["people"])
        copy = {key: value for key, value in person.items() if key != "objectives"}
        self.entries.append(Entry("people", self.rng.randrange(len(self.business_units)),
                                  copy))
        self.record("PL004", copy)
        first, second = self.pair(pick, pools["goals"])
        first["parent"], second["parent"] = second["id"], first["id"]
        self.record("PL007", min(first, second, key=lambda item: item["id"]))
        first, second = self.pair(pick, pools["initiatives"])
        first["depends_on"], second["depends_on"] = [second["id"]], [first["id"]]
        self.record("PL008", min(first, second, key=lambda item: item["id"]))

    def pair(self, pick: Any, pool: list[Entry]) -> tuple[dict[str, Any], dict[str, Any]]:
        """Two untouched items, of one unit where the items name one."""
        first = pick(pool)
        mates = [goal for goal in self.goals_of.get(first.get("unit", ""), [])
                 if goal is not first]
        return first, pick(mates or pool)


def generate(size: int, seed: int = 1) -> Generated:
    """A plan of about ``size`` items (exactly, before defects add a few duplicates)."""
    return Generator(size, seed).generate()


# -- writing --------------------------------------------------------------------------

_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9 ._/&'()-]*$")
_RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
#: Sections whose entries people tend to write on one line.
_FLOW_SECTIONS = frozenset({"units", "budgets"})


def scalar(value: Any) -> str:
    """A scalar as YAML: plain where a person would write it plain, else double-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if _DATE.match(text) or (_PLAIN.match(text) and text.lower() not in _RESERVED
                             and not text.endswith(" ")):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(value: Any) -> str:
    """A value on one line: ``{key: value}``, ``[a, b]`` or a scalar."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def _is_simple(value: Any) -> bool:
    """Whether a person would write this value on the line of its key."""
    if isinstance(value, dict):
        return all(not isinstance(v, dict | list) for v in value.values())
    if isinstance(value, list):
        return all(not isinstance(v, dict | list) for v in value)
    return True


def block(mapping: dict[str, Any], indent: int, out: list[str], first: str = "") -> None:
    """A mapping in block style; ``first`` prefixes its first line (``- `` for an entry)."""
    pad = " " * indent
    for position, (key, value) in enumerate(mapping.items()):
        lead = first if position == 0 and first else pad
        if _is_simple(value):
            out.append(f"{lead}{scalar(key)}: {flow(value)}")
            continue
        out.append(f"{lead}{scalar(key)}:")
        if isinstance(value, dict):
            block(value, indent + 2, out)
            continue
        for entry in value:
            if isinstance(entry, dict) and not _is_simple(entry):
                block(entry, indent + 4, out, first=f"{pad}  - ")
            else:
                out.append(f"{pad}  - {flow(entry)}")


def to_yaml(document: dict[str, Any], comment: str = "") -> str:
    out = [f"# {comment}"] if comment else []
    for key, value in document.items():
        if key in SECTIONS or key == "waivers":
            out.append("")
            out.append(f"{key}:")
            for entry in value:
                if key in _FLOW_SECTIONS:
                    out.append(f"  - {flow(entry)}")
                else:
                    block(entry, 4, out, first="  - ")
        else:
            block({key: value}, 0, out)
    return "\n".join(out) + "\n"


def to_json(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, default=date.isoformat) + "\n"


def render(document: dict[str, Any], fmt: str, comment: str = "") -> str:
    return to_yaml(document, comment) if fmt == "yaml" else to_json(document)


def write(generated: Generated, target: Path, fmt: str, split: bool = False) -> list[Path]:
    """Write the plan as one file, or (``split``) as ``target/enterprise.FMT`` including
    ``target/units/*.FMT``; returns the paths to give ``planlint check``."""
    if not split:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(generated.document(), fmt, "Generated benchmark plan"),
                          encoding="utf-8")
        return [target]
    units = target / "units"
    units.mkdir(parents=True, exist_ok=True)
    for stale in units.glob(f"*.{fmt}"):
        stale.unlink()
    enterprise = generated.document(0)
    enterprise = {"planlint": 1, "plan": enterprise.pop("plan"),
                  "include": [f"units/*.{fmt}"], **enterprise}
    path = target / f"enterprise.{fmt}"
    path.write_text(render(enterprise, fmt, "Enterprise scorecard"), encoding="utf-8")
    for bu, name in enumerate(generated.business_units[1:], start=1):
        (units / f"{name.lower()}.{fmt}").write_text(
            render(generated.document(bu), fmt, f"Business unit {name}"), encoding="utf-8")
    return [path]


def parse_size(text: str) -> int:
    """``20000``, ``20k`` or ``1.5m``."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([km]?)", text.strip().lower())
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use 20000, 20k or 1m)")
    return round(float(match.group(1)) * {"": 1, "k": 1000, "m": 1_000_000}[match.group(2)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=parse_size, help="number of items (20000, 20k)")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="file to write (.yaml or .json), or a folder with --split")
    parser.add_argument("--format", choices=("yaml", "json"),
                        help="default: from the output's suffix, else yaml")
    parser.add_argument("--split", action="store_true",
                        help="an enterprise file including one file per business unit")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defects", action="store_true",
                        help="print the seeded defects as 'CODE id' lines")
    args = parser.parse_args(argv)
    fmt = args.format or ("json" if args.output.suffix == ".json" else "yaml")
    generated = generate(args.size, args.seed)
    paths = write(generated, args.output, fmt, args.split)
    print(f"{generated.item_count} items -> {' '.join(map(str, paths))}", file=sys.stderr)
    if args.defects:
        for code, node in sorted(generated.defects):
            print(code, node)
    return 0


if __name__ == "__main__":
    sys.exit(main())
