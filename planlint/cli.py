"""The command line: ``planlint check``, ``planlint rules`` and friends.

Only click is imported up front; each subcommand's module is imported when it runs
(click's lazy group), so ``planlint --version`` costs little more than starting Python.

Exit codes: 0 no finding at or above the fail level, 1 findings at or above it,
2 the plan cannot be checked as asked (a missing file, a bad option, a bad config).
"""

from __future__ import annotations

import atexit
import functools
import importlib
import os
import sys
import typing

import click

from planlint._version import __version__

#: Each subcommand and the object that implements it, imported on first use.
SUBCOMMANDS = {
    "check": "planlint.commands.check:check",
    "convert": "planlint.commands.convert:convert",
    "diff": "planlint.commands.diff:diff",
    "explain": "planlint.commands.explain:explain",
    "graph": "planlint.commands.graph:graph",
    "init": "planlint.commands.init:init",
    "plugins": "planlint.commands.plugins:plugins",
    "rules": "planlint.commands.rules:rules",
    "schema": "planlint.commands.schema:schema",
    "server": "planlint.commands.server:server",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when they are used or listed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = SUBCOMMANDS.get(cmd_name)
        if target is None:
            return None
        module, name = target.split(":")
        command: click.Command = getattr(importlib.import_module(module), name)
        return command


def run() -> None:
    """The ``planlint`` command: :func:`main`, then an exit that skips the teardown.

    A large plan is millions of small objects, and freeing them one by one as the
    interpreter shuts down costs a quarter of a check; once the output is flushed and
    the ``atexit`` handlers have run (coverage saving its data, a plugin cleaning up),
    the process ends at once. pydantic's own plugins
    (observability hooks, found by scanning every installed distribution) are off unless
    ``PYDANTIC_DISABLE_PLUGINS`` is set otherwise: a check has nothing to report to them.
    Forward references are compiled once per text (:func:`share_forward_reference_code`).
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    share_forward_reference_code()
    try:
        main()
    except SystemExit as done:
        if done.code is not None and not isinstance(done.code, int):
            raise
        try:
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(done.code or 0)


def share_forward_reference_code() -> None:
    """Compile each forward reference's text once, however many annotations spell it.

    A ``typing.ForwardRef`` compiles its text as it is made, and a check makes some 800
    of them for 228 distinct texts, most while importing pydantic (pydantic_core's
    ``TypedDict`` schemas, whose annotations are strings: ``'bool'`` alone 149 times),
    at some 40,000 instructions a compile. ``typing`` looks ``compile`` up in its own
    globals before the builtins, so a cache placed there gives every forward reference
    made afterwards (pydantic's, the rule options') the code object compiling its text
    again would give, which is immutable: about 26 M instructions, 2.4 % of ``check
    --example``. A text that does not compile raises each time, as before: errors are
    not cached.
    """
    if "compile" not in vars(typing):
        typing.compile = functools.lru_cache(maxsize=4096)(compile)  # type: ignore[attr-defined]


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="planlint",
                      message="%(prog)s %(version)s")
def main() -> None:
    """Check strategic plans for the reasons strategies fail in execution."""
