"""Finding and reading the files of a plan: paths, folders and ``include:`` globs.

Includes stay inside the plan's folder (the folder of the first path given), checked
before they are expanded (:func:`expand`), may not loop, and must match something;
each violation is an ``include-error`` finding at the include entry. A file that
cannot be read or parsed is a ``syntax-error`` finding; the other files are still
checked.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import glob
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planlint.errors import UsageError
from planlint.finding import Finding, Location
from planlint.limits import (
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_INCLUDE_DEPTH,
    MAX_INCLUDE_ENTRIES,
    MAX_TOTAL_BYTES,
)
from planlint.loaders import Document, Loader, LoadError, LoadProblem, wide_encoding
from planlint.loaders.data import from_data
from planlint.positions import PositionMap, SourceFile, located

if TYPE_CHECKING:
    from planlint.model import Item

#: Files of a plan's folder that configure planlint, and so are no plan files to count.
CONFIG_FILES = frozenset({"planlint.toml", "pyproject.toml"})
#: How much of a file's start is read to tell whether it is a plan file.
HEAD_BYTES = 65536
#: ``planlint:`` at a line's start, after spaces or ``{`` on that line only: a run that
#: crossed lines would be tried again from each line it crossed, quadratic in a file of
#: blank lines (64 KB of them took 13 s).
_PLAN_FILE = re.compile(rb'^[ \t\r\f\v{]*["\']?planlint["\']?\s*[:=]', re.MULTILINE)

#: A finding found while loading, with the name of the rule it belongs to.
Diagnostic = tuple[LoadProblem, Finding]


@dataclass
class Collection:
    """The loaded files of one plan and what went wrong reading them."""

    files: list[SourceFile] = field(default_factory=list)
    documents: list[tuple[SourceFile, Document]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of a folder that are no plan


def display_name(path: Path) -> str:
    """How a file is named in findings: relative to the working folder when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def diagnostic(rule: LoadProblem, source: SourceFile, message: str,
               pointer: str = "") -> Diagnostic:
    """A load-time finding about a whole file, or the node at ``pointer``."""
    return rule, Finding(message=message, node=source.name, kind="file",
                         location=source.location(pointer))


def is_plan_text(head: bytes) -> bool:
    """Whether a file that begins with ``head`` is a plan file: it says ``planlint:``
    (or ``planlint =``, ``"planlint":``) at the start of a line, after the byte order
    mark an editor may have saved it with; a plan saved as UTF-16 or UTF-32 is one too,
    to be told to be saved as UTF-8."""
    if (codec := wide_encoding(head)) is not None:
        head = head.decode(codec, "replace").encode()
    return _PLAN_FILE.search(head.removeprefix(codecs.BOM_UTF8)) is not None


class Parsed:
    """The document last parsed from each file, with the text it was parsed from.

    A plan loaded again with the same ``Parsed`` (as the language server does after each
    edit) parses only the files whose text changed; a file that failed to parse fails
    the same way without being parsed again. It also keeps the items validated from each
    file (:attr:`items`), so that only the entries an edit changed are validated again.
    """

    def __init__(self) -> None:
        self._last: dict[Path, tuple[str, str, Document | LoadError]] = {}
        #: For each file, the items the last build validated from its entries without a
        #: problem, by the identity of the entry (kept with it, with the item's class):
        #: :mod:`planlint.build` reuses a copy of one while the document holds that entry
        #: (loaded data is never changed, so the same entry holds the same values).
        self.items: dict[Path, dict[int, tuple[dict[str, Any], type[Item], Item]]] = {}

    def load(self, loader: Loader, path: Path, text: str) -> Document:
        """The document ``loader`` reads from ``text``, the file at ``path``: the one
        parsed last if the text is the same, else parsed again (only where it changed,
        when the loader can: :attr:`Loader.reload`)."""
        known = self._last.get(path)
        if known is not None and known[0] == loader.name and known[1] == text:
            result = known[2]
        else:
            again = None
            if known is not None and known[0] == loader.name and loader.reload is not None \
                    and isinstance(known[2], Document):
                again = loader.reload(known[1], known[2], text)
            try:
                assert loader.load is not None, "only text formats are parsed from text"
                result = again if again is not None else loader.load(text)
            except LoadError as error:
                result = error
            self._last[path] = (loader.name, text, result)
        if isinstance(result, LoadError):
            raise result.with_traceback(None)
        return result

    def keep(self, paths: Iterable[Path]) -> None:
        """Forget every file but ``paths``."""
        wanted = set(paths)
        self._last = {path: known for path, known in self._last.items() if path in wanted}
        self.items = {path: known for path, known in self.items.items() if path in wanted}


class Collector:
    """Reads plan files, following includes, with the loaders that claim their suffixes.

    ``overlay`` gives the text of files as an editor holds them, read instead of what is
    on disk; ``parsed`` keeps documents between loads, so unchanged files are not parsed
    again.
    """

    def __init__(self, loaders: Iterable[Loader], stdin_name: str | None = None,
                 only_plans: bool = False, names: Callable[[Path], str] = display_name,
                 overlay: Mapping[Path, str] | None = None, parsed: Parsed | None = None,
                 follow: bool = True) -> None:
        self.loaders: dict[str, Loader] = {}
        for loader in loaders:  # the first loader to claim a suffix keeps it
            for suffix in loader.suffixes:
                self.loaders.setdefault(suffix, loader)
        self.result = Collection()
        self.loaded: set[Path] = set()
        self.root = Path.cwd()
        self.total = 0  # bytes read so far
        self.looked = [MAX_INCLUDE_ENTRIES]  # what the plan's includes may still look at
        self.folders: set[Path] = set()  # the folders the plan's includes looked in
        self.stdin_name = stdin_name  # the file a plan on standard input stands for
        self.only_plans = only_plans  # leave alone named files that are no plan files
        self.names = names  # how findings name a file (an older version: as the newer one)
        self.overlay = overlay or {}
        self.parsed = parsed
        self.follow = follow  # read the files that includes name

    def collect(self, paths: Iterable[str | Path]) -> Collection:
        """Load every plan file named by ``paths``; ``-`` reads a plan from standard input.
        Finding no plan file at all is a usage error, unless ``only_plans`` asked to leave
        alone what is not one."""
        targets = [Path(p) for p in paths]
        if not targets:
            raise UsageError("no plan given: name plan files or folders, e.g. "
                             "'planlint check plan.yaml'")
        for target in targets:  # resolving a loop of links raises
            if str(target) != "-" and what_it_is(target) == _LOOP:
                raise UsageError(_not_a_plan_file(target, _LOOP))
        first = targets[0].resolve()
        self.root = first if first.is_dir() else first.parent
        for target in targets:
            if str(target) == "-":
                self.add_stdin()
            elif target.is_dir():
                self.add_folder(target)
            elif target.is_file() and self.only_plans and not self.is_plan(target):
                self.result.skipped.append(self.names(target.resolve()))
            elif target.is_file() or target.resolve() in self.overlay:
                self.add_file(target.resolve(), ())
            elif (kind := what_it_is(target)) is not None:
                raise UsageError(_not_a_plan_file(target, kind))
            else:
                raise UsageError(f"{target}: no such file or folder; name a plan file or a "
                                 "folder of plans")
        if not self.result.files and not self.only_plans:
            raise UsageError(self.nothing_found(targets))
        return self.result

    def nothing_found(self, targets: list[Path]) -> str:
        """Why no plan file was found in the folders ``targets``, and what one looks like."""
        where = ", ".join(str(target) for target in targets)
        text = sorted((suffix for suffix, loader in self.loaders.items() if loader.read is None),
                      key=lambda suffix: (suffix not in (".yaml", ".yml"), suffix))
        read = sorted(suffix for suffix, loader in self.loaders.items() if loader.read)
        message = f"no plan file in {where}: a plan file is a {_either(text)} file that starts " \
                  "with 'planlint: 1'"
        if read:
            message += (f", or a {_either(read)} file with a sheet named after a section "
                        "(Goals, Key Results, …)")
        if self.result.skipped:
            count = len(self.result.skipped)
            named = ", ".join(self.result.skipped[:5]) + (", ..." if count > 5 else "")
            message += (f"; {count} file{'s' if count > 1 else ''} without that line "
                        f"{'were' if count > 1 else 'was'} left alone ({named})")
        return message

    def add_folder(self, folder: Path) -> None:
        inside = folder.resolve()
        # a link to a file outside the folder is not the folder's
        for path in folder_files(folder, set(self.loaders)):
            if not path.resolve().is_relative_to(inside):
                continue
            if self.is_plan(path):
                self.add_file(path.resolve(), ())
            elif path.name not in CONFIG_FILES:
                self.result.skipped.append(self.names(path))

    def is_plan(self, path: Path) -> bool:
        """Whether a file found in a folder is a plan file: as its format tells, else
        whether a line starts with ``planlint:``."""
        loader = self.loaders.get(path.suffix.lower())
        if loader is not None and loader.recognise is not None:
            try:
                return loader.recognise(path)
            except Exception:  # a format that cannot tell is no plan file of it
                return False
        try:
            with path.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
        except OSError:
            return False
        return is_plan_text(head)

    def add_file(self, path: Path, chain: tuple[Path, ...]) -> None:
        if path in self.loaded:
            return
        loader = self.loaders.get(path.suffix.lower())
        if loader is None:
            known = ", ".join(sorted(self.loaders))
            raise UsageError(f"{self.names(path)}: planlint reads {known} files, "
                             f"not {path.suffix or 'files without a suffix'}")
        if len(self.loaded) >= MAX_FILES:
            raise UsageError(f"the plan spans more than {MAX_FILES} files; "
                             "check it in smaller parts")
        self.loaded.add(path)
        source = SourceFile(self.names(path), path, "", loader.name)
        self.result.files.append(source)
        try:
            held = self.overlay.get(path)
            raw = held.encode("utf-8") if held is not None else None
            size = len(raw) if raw is not None else path.stat().st_size
            if size > MAX_FILE_BYTES:
                self.fail(source, f"file is {size:,} bytes, over the limit of "
                          f"{MAX_FILE_BYTES:,}; split the plan into several files")
                return
            if self.total + size > MAX_TOTAL_BYTES:
                self.fail(source, f"the plan's files add up to more than "
                          f"{MAX_TOTAL_BYTES:,} bytes; this file was not read, check the "
                          "plan in smaller parts")
                return
            self.total += size
            if raw is None:
                raw = path.read_bytes()
        except OSError as error:
            self.fail(source, f"cannot read the file: {error.strerror or error}")
            return
        self.parse(source, loader, raw, (*chain, path))

    def decode(self, source: SourceFile, raw: bytes) -> str | None:
        if (codec := wide_encoding(raw)) is not None:
            self.fail(source, f"the file is saved as {codec[:6].upper()}; plans are UTF-8 "
                      "text: save it again as UTF-8 (the editor's 'Save as' or 'Save with "
                      "Encoding' chooses the encoding)")
            return None
        if b"\0" in raw[:8192]:
            self.fail(source, "this is a binary file, not a plan; "
                      "plans are YAML, JSON or TOML text")
            return None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            before = raw[: error.start]
            line = before.count(b"\n") + 1
            column = len(before) - (before.rfind(b"\n") + 1) + 1
            self.fail(source, f"byte 0x{raw[error.start]:02x} is not UTF-8; "
                      "save the file as UTF-8", line, column)
            return None

    def add_stdin(self) -> None:
        """Load a plan from standard input, read up to the size limit of one file, in the
        format of the file it stands for (YAML when that is not told)."""
        name = self.stdin_name or "<stdin>"
        loader = self.loaders.get(Path(name).suffix.lower(), self.loaders[".yaml"])
        source = SourceFile(name, None, "", loader.name)
        self.result.files.append(source)
        raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            self.fail(source, f"standard input holds more than {MAX_FILE_BYTES:,} bytes, "
                      "over the limit of one file; split the plan into several files")
            return
        self.parse(source, loader, raw, ())

    def add_text(self, name: str, text: str, suffix: str) -> None:
        """Load text that comes from no file (standard input, the API), as ``suffix``."""
        loader = self.loaders[suffix]
        source = SourceFile(name, None, "", loader.name)
        self.result.files.append(source)
        self.parse(source, loader, text, ())

    def add_data(self, name: str, data: object) -> None:
        """Load plan data handed over as Python values (:mod:`planlint.loaders.data`)."""
        source = SourceFile(name, None, "", "dict", PositionMap({}))
        self.result.files.append(source)
        try:
            document = from_data(data)
        except LoadError as error:
            self.fail(source, error.message)
            return
        self.result.documents.append((source, document))

    def parse(self, source: SourceFile, loader: Loader, content: bytes | str,
              chain: tuple[Path, ...]) -> None:
        """Load a file's bytes (or text that comes from no file) with its loader."""
        try:
            if loader.read is not None:
                raw = content.encode("utf-8") if isinstance(content, str) else content
                document = loader.read(raw, source.name)
            else:
                text = content if isinstance(content, str) else self.decode(source, content)
                if text is None or loader.load is None:
                    return
                source.text = text
                document = self.parsed.load(loader, source.path, text) \
                    if self.parsed is not None and source.path is not None \
                    else loader.load(text)
        except LoadError as error:
            self.fail(source, error.message, error.line, error.column, error.sheet)
            if error.partial is not None:  # what closed before the error is still checked
                source.positions = error.partial.positions
                # a workbook read in part stops at no line: every plan-wide rule waits
                source.unread_from = 1 if error.sheet is not None else error.line
                self.result.documents.append((source, error.partial))
            return
        except RecursionError:
            self.fail(source, "the file nests too deeply to read; a plan needs only a few "
                      "levels")
            return
        except Exception as error:  # a loader that breaks on this file: a bug
            own = getattr(loader.read or loader.load, "__module__", "").startswith("planlint.")
            self.fail(source, f"the {loader.name} loader failed on this file: "
                      f"{type(error).__name__}: {str(error)[:200]}; " + (
                          "this is a bug in planlint, not in the plan; please report it with "
                          "the file" if own else
                          "report it to the maintainers of the plugin that provides it"))
            return
        if not isinstance(document, Document):  # was "planlint failed: AttributeError"
            self.fail(source, f"the {loader.name} loader returned {type(document).__name__} "
                      "for this file, not a planlint.loaders.Document; report it to the "
                      "maintainers of the plugin that provides it")
            return
        source.positions = document.positions
        self.result.documents.append((source, document))
        data = document.data
        if isinstance(data, dict) and "include" in data and self.follow:
            if source.path is not None:
                self.follow_includes(source, data["include"], chain)
            else:  # standard input: its includes were passed over without a word
                self.result.diagnostics.append(diagnostic(
                    "include-error", source, "this plan was not read from a file, so it has "
                    "no folder to include files from and its include is not followed; check "
                    "the plan's file instead, such as 'planlint check plan.yaml'", "/include"))

    def follow_includes(self, source: SourceFile, spec: object,
                        chain: tuple[Path, ...]) -> None:
        patterns = [spec] if isinstance(spec, str) else spec
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            self.result.diagnostics.append(diagnostic(
                "invalid-field", source, "include takes a list of file globs, such as "
                "[units/*.yaml]", "/include"))
            return
        assert source.path is not None
        base = source.path.parent
        for index, pattern in enumerate(patterns):
            pointer = f"/include/{index}" if isinstance(spec, list) else "/include"
            for problem in self.include(base, pattern, chain):
                self.result.diagnostics.append(
                    diagnostic("include-error", source, problem, pointer))

    def include(self, base: Path, pattern: str, chain: tuple[Path, ...]) -> list[str]:
        if Path(pattern).is_absolute():
            return [f"include {pattern!r} is an absolute path; name files relative to "
                    "this file, inside the plan's folder"]
        if self.looked[0] < 0:  # said by the include that used the rest up
            return []
        files, problems = expand(self.root, base, pattern, self.looked, self.folders)
        if not files and not problems:
            return [f"include {pattern!r} matches no file; fix the path or remove it"]
        for path in files:
            if path.suffix.lower() not in self.loaders:
                problems.append(f"include {pattern!r} names {self.names(path)}, which is "
                                f"no plan file: planlint reads {_either(sorted(self.loaders))} "
                                "files")
            elif path in chain:
                loop = " -> ".join(self.names(p) for p in (*chain, path))
                problems.append(f"include {pattern!r} loops: {loop}; remove one include")
            elif len(chain) >= MAX_INCLUDE_DEPTH and path not in self.loaded:
                problems.append(f"include {pattern!r} names {self.names(path)}, which would "
                                f"be file {len(chain) + 1} of a chain of includes from "
                                f"{self.names(chain[0])}; planlint follows chains of at most "
                                f"{MAX_INCLUDE_DEPTH} files: include it from a file higher "
                                "up the chain")
            else:
                self.add_file(path, chain)
        return problems

    def fail(self, source: SourceFile, message: str, line: int | None = 1, column: int = 1,
             sheet: str | None = None) -> None:
        """Record that ``source`` could not be read, at a line and column (or a sheet's
        cell), or as a whole when ``line`` is ``None``."""
        source.positions = PositionMap({})
        source.unread_from = 1
        location = Location(source.name) if line is None else \
            located(source.name, (line, column, line, column), sheet)
        self.result.diagnostics.append(("syntax-error", Finding(
            message=message, node=source.name, kind="file", location=location)))


#: Folders a folder's walk does not enter, besides hidden ones (``.git``, ``.hg``,
#: ``.venv``, …): the trees of other tools, as ruff and flake8 leave them by default.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages", "venv"})


def folder_files(folder: Path, suffixes: set[str]) -> list[Path]:
    """The files below ``folder`` with one of ``suffixes`` (in lower case), in order.

    The walk leaves out hidden files and folders and :data:`SKIPPED_FOLDERS`, and does
    not enter links to folders. A folder that goes away or cannot be listed while it
    is walked holds nothing: a folder changing under the walk is no failure.
    """
    found = []
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name not in SKIPPED_FOLDERS:
                        stack.append(Path(entry.path))
                elif Path(entry.name).suffix.lower() in suffixes and entry.is_file():
                    found.append(Path(entry.path))
            except OSError:
                continue
    return sorted(found)


def walked_into(folder: Path, path: Path) -> bool:
    """Whether :func:`folder_files`' walk of ``folder`` reaches ``path`` (both resolved):
    it lies below the folder, under no hidden or skipped folder."""
    try:
        parts = path.relative_to(folder).parts
    except ValueError:
        return False
    return bool(parts) and not any(part.startswith(".") or part in SKIPPED_FOLDERS
                                   for part in parts)


_LOOP = "a loop of links"


def resolved(path: Path) -> Path:
    """``path`` resolved; a loop of links, which cannot be, made absolute instead (it is
    said to be a loop when it is read)."""
    try:
        return path.resolve()
    except RuntimeError:
        return path.absolute()


def what_it_is(path: Path) -> str | None:
    """What ``path`` is when it is there but is no regular file (``a folder``, ``a named
    pipe``, ``a device``, ``a link to nothing``, ``a loop of links``); ``None`` for a
    file or nothing."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return _LOOP
        return "a link to nothing" if path.is_symlink() else None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket"


def _not_a_plan_file(target: Path, kind: str) -> str:
    """Why ``target``, named on the command line, is ``kind`` rather than a plan file,
    and what to name instead."""
    if kind == "a named pipe":
        return (f"{target} is a named pipe, not a plan file; give what it carries on "
                f"standard input as '-' (planlint check - < {target}), or name the plan's "
                "file")
    if kind == "a link to nothing":
        return (f"{target} is a link to {target.readlink()}, which does not exist; name "
                "the plan's file")
    return f"{target} is {kind}, not a plan file; name the plan's file"


def _either(suffixes: list[str]) -> str:
    """``.a, .b or .c``."""
    return " or ".join(filter(None, (", ".join(suffixes[:-1]), suffixes[-1])))


def expand(root: Path, base: Path, pattern: str, budget: list[int] | None = None,
           folders: set[Path] | None = None) -> tuple[list[Path], list[str]]:
    """The files an include ``pattern`` (relative to the folder ``base``) names, and what
    is wrong with it, never looking outside ``root``; ``budget`` holds how many entries
    may still be looked at, shared by the includes of one plan, and ``folders`` gets the
    folders listed or looked in (a change in them may change what the pattern names).

    Containment comes before expansion: a pattern whose path climbs out of ``root`` is
    refused as written, before anything is listed, and the walk does not enter symbolic
    links to folders (so it cannot loop or leave). A link to a file counts when the file
    lies inside ``root``; otherwise it is refused by the link's own name. ``*`` and
    ``**`` skip hidden names, as shell globs do, and the walk looks at no more than
    :data:`~planlint.limits.MAX_INCLUDE_ENTRIES` entries.
    """
    target = Path(os.path.normpath(base / pattern))
    if not target.is_relative_to(root):
        return [], [f"include {pattern!r} reaches outside the plan's folder "
                    f"{display_name(root)}; includes stay inside it"]
    segments = target.relative_to(root).parts
    files: list[Path] = []
    problems: list[str] = []
    others: list[Path] = []  # folders, named pipes, devices the pattern names
    shared = budget is not None
    budget = budget if budget is not None else [MAX_INCLUDE_ENTRIES]

    looked = folders if folders is not None else set()

    def entries(folder: Path, name: str) -> list[os.DirEntry[str]]:
        looked.add(folder)
        try:
            with os.scandir(folder) as listing:
                found = []
                for entry in listing:
                    budget[0] -= 1
                    if budget[0] < 0:
                        break
                    if fnmatch.fnmatchcase(entry.name, name) and (
                            name.startswith(".") or not entry.name.startswith(".")):
                        found.append(entry)
                return sorted(found, key=lambda entry: entry.name)
        except OSError:
            return []

    def named(folder: Path, name: str) -> list[Path]:
        # a name without wildcards is looked up, not matched against its whole folder
        # (3,000 files each including the next took 21 s, 9 million matches)
        budget[0] -= 1
        looked.add(folder)
        return [folder / name] if os.path.lexists(folder / name) else []

    stack = [(root, segments)] if segments else []  # a walk without recursion
    while stack:
        folder, rest = stack.pop()
        head, tail = rest[0], rest[1:]
        if head == "**":
            if tail:
                stack.append((folder, tail))
            stack.extend((Path(entry.path), rest) for entry in entries(folder, "*")
                         if budget[0] >= 0 and entry.is_dir(follow_symlinks=False))
            continue
        for path in (named(folder, head) if not glob.has_magic(head) else
                     [Path(entry.path) for entry in entries(folder, head)]):
            if tail:
                if _is_folder(path):
                    stack.append((path, tail))
            elif what_it_is(path) is None:  # a file (a loop of links raised)
                real = path.resolve()
                if real.is_relative_to(root):
                    files.append(real)
                else:
                    problems.append(f"include {pattern!r} names {display_name(path)}, a link "
                                    "to a file outside the plan's folder "
                                    f"{display_name(root)}; includes stay inside it")
            else:
                others.append(path)
    if not files and not problems:  # what the pattern names instead of files
        problems.extend(_not_included(pattern, path) for path in others[:5])
    if budget[0] < 0:
        problems.append(f"include {pattern!r} looks at more than {MAX_INCLUDE_ENTRIES:,} "
                        "files and folders; name the folders it should look in" if not shared
                        else f"the plan's includes look at more than "
                        f"{MAX_INCLUDE_ENTRIES:,} files and folders in all, so this one "
                        f"({pattern!r}) and those after it are not followed; name fewer "
                        "patterns, or the folders they should look in")
    return sorted(set(files)), problems


def _is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder itself, not a link to one."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def _not_included(pattern: str, path: Path) -> str:
    """Why an include ``pattern`` that names ``path``, which is no file, includes
    nothing, and what to write instead."""
    kind = what_it_is(path) or "no file"
    if kind == "a folder":
        inside = f"{pattern.rstrip('/')}/*.yaml"
        return (f"include {pattern!r} names {display_name(path)}, a folder; include the plan "
                f"files in it, such as {inside!r}")
    return (f"include {pattern!r} names {display_name(path)}, {kind}, not a file; include "
            "plan files only")
