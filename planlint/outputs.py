"""Where ``planlint check`` writes each format: ``--format`` and ``--output`` pairs.

The pairing rule: each ``--output FILE`` writes the nearest ``--format`` written before
it on the command line (text when none is); a ``--format`` that no ``--output`` follows
goes to standard output, and at most one format may. ``--output -`` is standard output.
So ``--format text --format sarif --output report.sarif`` prints text and writes
SARIF to ``report.sarif``.

Files are written whole or not at all: to a temporary file in the same folder, which
then replaces the target.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import click

FORMAT = "output_format"
OUTPUT = "outputs"
_ORDER = "planlint.option_order"
STDOUT = "-"


class OrderedCommand(click.Command):
    """A command that remembers the order its options were given in.

    Click gathers each repeatable option's values on their own; pairing ``--format``
    with ``--output`` needs how they interleave.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _, _, order = self.make_parser(ctx).parse_args(args=list(args))
        ctx.meta[_ORDER] = [getattr(param, "name", None) for param in order]
        return super().parse_args(ctx, args)


def given_order(ctx: click.Context, formats: Sequence[str],
                outputs: Sequence[str]) -> list[tuple[str, str]]:
    """``(FORMAT, name)`` and ``(OUTPUT, path)`` in the order the command line gave them."""
    values: dict[str, list[str]] = {FORMAT: list(formats), OUTPUT: list(outputs)}
    sequence = []
    for name in ctx.meta.get(_ORDER, []):
        if values.get(name):
            sequence.append((name, values[name].pop(0)))
    sequence.extend((name, value) for name in (FORMAT, OUTPUT) for value in values[name])
    return sequence


class Output(NamedTuple):
    """One format and where it goes; ``path`` is ``None`` for standard output."""

    format: str
    path: Path | None


def pair(sequence: Sequence[tuple[str, str]], default: str = "text") -> list[Output]:
    """The outputs a command line asks for (see the module's pairing rule).

    Raises :class:`planlint.errors.UsageError` when two formats would share standard
    output, or two outputs one file.
    """
    from planlint.errors import UsageError

    outputs: list[Output] = []
    current: str | None = None
    written = False
    for kind, value in sequence:
        if kind == FORMAT:
            if current is not None and not written:
                outputs.append(Output(current, None))
            current, written = value, False
        else:
            outputs.append(Output(current or default, None if value == STDOUT else Path(value)))
            written = True
    if current is not None and not written:
        outputs.append(Output(current, None))
    if not outputs:
        outputs.append(Output(default, None))
    printed = [output.format for output in outputs if output.path is None]
    if len(printed) > 1:
        raise UsageError(f"--format {' and --format '.join(printed)} would all print to "
                         "standard output; give all but one of them --output FILE right "
                         "after the --format")
    seen: set[str] = set()
    for output in outputs:
        if output.path is None:
            continue
        key = os.path.realpath(output.path)
        if key in seen:
            raise UsageError(f"--output {output.path} is given twice; write each format to "
                             "its own file")
        seen.add(key)
        if output.path.is_dir():
            raise UsageError(f"--output {output.path} is a folder; name a file")
        if not output.path.parent.is_dir():
            raise UsageError(f"--output {output.path}: the folder {output.path.parent} does "
                             "not exist; create it first")
    return outputs


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8) to ``path`` so that readers see the old file or
    the whole new one.

    The target keeps its permissions (a new file gets the usual ones); a symbolic link
    is written through, not replaced, and so is anything that is not a regular file (a
    device such as ``/dev/null``, a named pipe): it is written to in place, as renaming
    a file over it would replace the device itself.
    """
    import stat
    import tempfile

    data = content.encode("utf-8") if isinstance(content, str) else content
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    else:
        if not stat.S_ISREG(status.st_mode):
            with target.open("wb") as stream:
                stream.write(data)
            return
        mode = status.st_mode & 0o7777
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def shows_color(flag: bool | None, stream: Any = None) -> bool:
    """Whether to colour standard output: ``--color``/``--no-color`` when given, else
    not when ``NO_COLOR`` is set, always when ``FORCE_COLOR`` is (a CI log that shows
    colour), and otherwise only on a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    stream = stream if stream is not None else sys.stdout
    return bool(getattr(stream, "isatty", lambda: False)())
