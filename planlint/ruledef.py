"""Rules: small, self-describing checks over a plan.

A rule is a function that takes the plan (and, if it declares them, its options) and
yields findings. :func:`rule` turns such a function into a :class:`Rule` that carries its
code, name, category, default severity, options and documentation::

    @planlint.rule(code="ACME001", name="budget-needs-cost-center",
                   category="alignment", severity="error")
    def budget_needs_cost_center(plan):
        \"\"\"Every budget line names its cost center.\"\"\"
        for budget in plan.budgets:
            if "x-cost-center" not in budget.extra:
                yield budget.finding(f"budget {budget.id} names no cost center")
"""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from planlint.finding import Finding, Severity

if TYPE_CHECKING:
    from planlint.plan import Plan

#: A rule's code and name. Each tries every split of the text at most once (``[0-9]+$``
#: tried each split's every length: a 300,000-character code took minutes), and ``\Z``
#: takes no line break at the end, as ``$`` does.
CODE = re.compile(r"[A-Z][A-Z0-9]*[0-9]\Z")
NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


def reads_as_code(name: str) -> bool:
    """Whether a rule's name reads as a rule code in some case (``pl201``): selectors,
    severities and suppressions match codes in any case, so such a name would be
    taken for the rule with that code."""
    return CODE.match(name.upper()) is not None


RuleFunction = Callable[..., Iterable[Finding] | None]


def plain_name(text: str) -> str:
    """A methodology's name as plans and configs are matched on it: lower case, words
    joined by ``-`` (``Balanced Scorecard`` and ``balanced_scorecard`` are
    ``balanced-scorecard``)."""
    return "-".join(text.casefold().replace("_", " ").replace("-", " ").split())


def _dedent(text: str) -> str:
    """``textwrap.dedent(text)`` for a docstring :func:`inspect.getdoc` has cleaned.

    Such text starts at its margin, so dedent changes it only where a line is blank but
    for spaces or tabs (ending in one, then, as the few searches here find); dedent's
    two patterns try every character of every docstring (about 30 M instructions for
    the built-in rules' docs, which the HTML, SARIF and Markdown reports read)."""
    if (text[:1] not in " \t\n" and " \n" not in text and "\t\n" not in text
            and not text.endswith((" ", "\t"))):
        return text
    return textwrap.dedent(text)


@dataclass(frozen=True)
class Methodology:
    """A way of writing plans whose own rules a plugin ships (OKRs, the Balanced
    Scorecard).

    A rule made with ``methodology=NAME`` runs on the plans that say they follow it
    (``plan: methodology: NAME``, or one of ``aliases``), on every plan when the config
    enables the plugin that ships it, and whenever the config selects it by its code,
    name or code prefix. Names and aliases match ignoring case, spaces, ``_`` and ``-``.

    A methodology may reject on purpose a practice that another plugin's rule asks for
    (OKR practice keeps key results out of performance reviews): ``waives`` names those
    rules by code, and they do not run on the plans that say they follow it, unless the
    config selects them by code, name or code prefix.
    """

    name: str
    title: str
    aliases: tuple[str, ...] = ()
    waives: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not NAME.match(self.name):
            raise ValueError(f"methodology name {self.name!r} must be lowercase words joined "
                             "by '-', such as balanced-scorecard")

    def spellings(self) -> frozenset[str]:
        """Every name a plan may use for it, as :func:`plain_name` gives them."""
        return frozenset(plain_name(text) for text in (self.name, *self.aliases))


class RuleOptions(BaseModel):
    """Base for a rule's options: unknown keys are mistakes, values are read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(eq=False)
class Rule:
    """A check with its metadata. Call it like its function: ``rule(plan)``."""

    code: str
    name: str
    category: str
    severity: Severity
    function: RuleFunction
    options: type[BaseModel] | None = None
    fails: str | None = None
    passes: str | None = None
    takes_options: bool = field(default=False, repr=False)
    methodology: str | None = None
    local: bool = False
    before: tuple[str, ...] = ()

    @property
    def judges_changes(self) -> bool:
        """Whether this is a change rule, which judges a plan against older versions of
        it (``before=``): it runs only when the run has one."""
        return bool(self.before)

    @property
    def summary(self) -> str:
        """What the rule checks, in one line (the docstring's first line)."""
        return self.doc.split("\n\n", 1)[0].replace("\n", " ").strip()

    @property
    def rationale(self) -> str:
        """Why it matters: the docstring after its first paragraph."""
        parts = self.doc.split("\n\n", 1)
        return parts[1].strip() if len(parts) > 1 else ""

    @cached_property
    def doc(self) -> str:
        """The docstring, dedented: read once, as ``summary`` and ``rationale`` each
        need it (``dedent``'s two regex passes cost 30 µs a rule)."""
        return _dedent(inspect.getdoc(self.function) or "").strip()

    def default_options(self) -> BaseModel | None:
        return self.options() if self.options is not None else None

    def __call__(self, plan: Plan, options: BaseModel | None = None) -> Iterable[Finding]:
        if self.takes_options:
            result = self.function(plan, options if options is not None
                                   else self.default_options())
        else:
            result = self.function(plan)
        return () if result is None else result


def rules_in(module: ModuleType) -> list[Rule]:
    """The rules a module defines, by code: what a plugin's ``planlint_rules`` hook
    returns (``return planlint.rules_in(my_rules)``), so no rule is left off a list."""
    return sorted((value for value in vars(module).values() if isinstance(value, Rule)),
                  key=lambda rule: rule.code)


def rule_named(rules: Iterable[Rule], key: str) -> Rule | None:
    """The rule whose code or name is ``key``, in any case (``pl201``, ``Unmeasured-Goal``):
    the one way planlint looks a rule up by what a user wrote."""
    wanted = key.strip().casefold()
    return next((rule for rule in rules
                 if wanted in (rule.code.casefold(), rule.name.casefold())), None)


def rule(*, code: str, name: str, category: str, severity: str | Severity,
         options: type[BaseModel] | None = None, fails: str | None = None,
         passes: str | None = None, methodology: str | None = None, local: bool = False,
         before: str | Sequence[str] = ()) -> Callable[[RuleFunction], Rule]:
    """Declare a rule.

    ``options`` is a pydantic model of the rule's settings (validated from the config);
    a rule that has options receives them as its second argument. ``fails`` and
    ``passes`` are plan fragments (YAML) that document the rule and are run as its tests.
    ``methodology`` names the :class:`Methodology` the rule belongs to: it then runs
    only where that methodology applies (see :class:`Methodology`). ``local`` says that
    the rule judges each item by what that item itself says, never by what other items
    say or leave out: its findings stand on a plan that could be read only in part (a
    file with a syntax error), where the other rules are withheld. ``before`` makes a
    change rule: it is the older version of the plan (YAML) that ``fails`` and ``passes``
    are changes of, or several older versions, oldest first, for a rule that reads the
    history; the rule runs only when a run compares versions (``Plan.previous``).
    """
    if not CODE.match(code):
        raise ValueError(f"rule code {code!r} must be capital letters then digits, "
                         "such as ACME001")
    if not NAME.match(name):
        raise ValueError(f"rule name {name!r} must be lowercase words joined by '-', "
                         "such as budget-needs-cost-center")
    if reads_as_code(name):
        raise ValueError(f"rule name {name!r} reads as a rule code ({name.upper()}); name "
                         "the rule for what it checks, such as budget-needs-cost-center")
    if not NAME.match(category):
        raise ValueError(f"rule category {category!r} must be a lowercase word")
    level = Severity.parse(severity)
    if methodology is not None and not NAME.match(methodology):
        raise ValueError(f"rule {code}: methodology {methodology!r} must be lowercase words "
                         "joined by '-', such as balanced-scorecard")

    def decorate(function: RuleFunction) -> Rule:
        parameters = inspect.signature(function).parameters
        if options is not None and len(parameters) < 2:
            raise TypeError(f"rule {code} declares options, so {function.__name__}() must "
                            "take (plan, options)")
        return Rule(code, name, category, level, function, options, fails, passes,
                    takes_options=options is not None, methodology=methodology, local=local,
                    before=(before,) if isinstance(before, str) else tuple(before))

    return decorate


def describe_options(model: type[BaseModel] | None) -> list[dict[str, Any]]:
    """Each option of a rule: name, type, default and description."""
    if model is None:
        return []
    described = []
    for option, info in model.model_fields.items():
        annotation = info.annotation
        type_name = getattr(annotation, "__name__", str(annotation))
        described.append({"name": option, "type": type_name, "default": info.default,
                          "description": info.description or ""})
    return described
