"""Finding and reading the files of a plan: paths, folders and ``include:`` globs.

Includes stay inside the plan's folder (the folder of the first path given), may not
loop, and must match something; each violation is an ``include-error`` finding at the
include entry. A file that cannot be read or parsed is a ``syntax-error`` finding; the
other files are still checked.
"""

from __future__ import annotations

import glob
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from planlint.errors import UsageError
from planlint.finding import Finding, Location
from planlint.limits import MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES
from planlint.loaders import Document, Loader, LoadError
from planlint.positions import PositionMap, SourceFile

_PLAN_FILE = re.compile(rb'^[\s{]*["\']?planlint["\']?\s*[:=]', re.MULTILINE)

#: A finding found while loading, with the name of the rule it belongs to.
Diagnostic = tuple[str, Finding]


@dataclass
class Collection:
    """The loaded files of one plan and what went wrong reading them."""

    files: list[SourceFile] = field(default_factory=list)
    documents: list[tuple[SourceFile, Document]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def display_name(path: Path) -> str:
    """How a file is named in findings: relative to the working folder when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def diagnostic(rule: str, source: SourceFile, message: str, pointer: str = "",
               line: int | None = None, column: int | None = None) -> Diagnostic:
    """A load-time finding about a whole file, or the node at ``pointer``."""
    location = source.location(pointer)
    if line is not None:
        location = Location(source.name, line, column or 1, line, column or 1)
    return rule, Finding(message=message, node=source.name, kind="file", location=location)


class Collector:
    """Reads plan files, following includes, with the loaders that claim their suffixes."""

    def __init__(self, loaders: Iterable[Loader]) -> None:
        self.loaders: dict[str, Loader] = {}
        for loader in loaders:  # the first loader to claim a suffix keeps it
            for suffix in loader.suffixes:
                self.loaders.setdefault(suffix, loader)
        self.result = Collection()
        self.loaded: set[Path] = set()
        self.root = Path.cwd()
        self.total = 0  # bytes read so far

    def collect(self, paths: Iterable[str | Path]) -> Collection:
        """Load every plan file named by ``paths``; ``-`` reads YAML from standard input."""
        targets = [Path(p) for p in paths]
        if not targets:
            raise UsageError("no plan given: name plan files or folders, e.g. "
                             "'planlint check plan.yaml'")
        first = targets[0].resolve()
        self.root = first if first.is_dir() else first.parent
        for target in targets:
            if str(target) == "-":
                self.add_text("<stdin>", sys.stdin.read(), ".yaml")
            elif target.is_dir():
                self.add_folder(target)
            elif target.is_file():
                self.add_file(target.resolve(), ())
            else:
                raise UsageError(f"{target}: no such file or folder")
        return self.result

    def add_folder(self, folder: Path) -> None:
        found = sorted(path for path in folder.rglob("*")
                       if path.suffix.lower() in self.loaders and path.is_file()
                       and not any(part.startswith(".")
                                   for part in path.relative_to(folder).parts))
        for path in found:
            if self.looks_like_plan(path):
                self.add_file(path.resolve(), ())

    @staticmethod
    def looks_like_plan(path: Path) -> bool:
        try:
            with path.open("rb") as handle:
                head = handle.read(65536)
        except OSError:
            return False
        return _PLAN_FILE.search(head) is not None

    def add_file(self, path: Path, chain: tuple[Path, ...]) -> None:
        if path in self.loaded:
            return
        loader = self.loaders.get(path.suffix.lower())
        if loader is None:
            known = ", ".join(sorted(self.loaders))
            raise UsageError(f"{display_name(path)}: planlint reads {known} files, "
                             f"not {path.suffix or 'files without a suffix'}")
        if len(self.loaded) >= MAX_FILES:
            raise UsageError(f"the plan spans more than {MAX_FILES} files; "
                             "check it in smaller parts")
        self.loaded.add(path)
        source = SourceFile(display_name(path), path, "", loader.name)
        self.result.files.append(source)
        try:
            size = path.stat().st_size
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
            raw = path.read_bytes()
        except OSError as error:
            self.fail(source, f"cannot read the file: {error.strerror or error}")
            return
        text = self.decode(source, raw)
        if text is not None:
            source.text = text
            self.parse(source, loader, (*chain, path))

    def decode(self, source: SourceFile, raw: bytes) -> str | None:
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

    def add_text(self, name: str, text: str, suffix: str) -> None:
        """Load text that comes from no file (standard input, the API), as ``suffix``."""
        loader = self.loaders[suffix]
        source = SourceFile(name, None, text, loader.name)
        self.result.files.append(source)
        self.parse(source, loader, ())

    def parse(self, source: SourceFile, loader: Loader, chain: tuple[Path, ...]) -> None:
        try:
            document = loader.load(source.text)
        except LoadError as error:
            self.fail(source, error.message, error.line, error.column)
            return
        except RecursionError:
            self.fail(source, "the file nests too deeply to read; a plan needs only a few "
                      "levels")
            return
        except Exception as error:  # a loader from a plugin that breaks on this file
            self.fail(source, f"the {loader.name} loader failed on this file: "
                      f"{type(error).__name__}: {str(error)[:200]}; report it to the "
                      "maintainers of the plugin that provides it")
            return
        source.positions = document.positions
        self.result.documents.append((source, document))
        data = document.data
        if isinstance(data, dict) and "include" in data and source.path is not None:
            self.follow_includes(source, data["include"], chain)

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
        matches = sorted(glob.glob(str(base / pattern), recursive=True))  # noqa: PTH207
        files = [Path(m).resolve() for m in matches if Path(m).is_file()]
        if not files:
            return [f"include {pattern!r} matches no file; fix the path or remove it"]
        problems = []
        for path in files:
            if not path.is_relative_to(self.root):
                problems.append(f"include {pattern!r} reaches {display_name(path)}, outside "
                                f"the plan's folder {display_name(self.root)}; "
                                "includes stay inside it")
            elif path.suffix.lower() not in self.loaders:
                problems.append(f"include {pattern!r} names {display_name(path)}, which is "
                                "not a YAML, JSON or TOML file")
            elif path in chain:
                loop = " -> ".join(display_name(p) for p in (*chain, path))
                problems.append(f"include {pattern!r} loops: {loop}; remove one include")
            else:
                self.add_file(path, chain)
        return problems

    def fail(self, source: SourceFile, message: str, line: int = 1, column: int = 1) -> None:
        source.positions = PositionMap({})
        self.result.diagnostics.append(diagnostic("syntax-error", source, message,
                                                  line=line, column=column))
