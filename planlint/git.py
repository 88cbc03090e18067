"""A plan's files as they were at a git revision, read with git itself.

``planlint check --since REF`` and ``planlint diff --git REF`` judge a plan against the
plan the same paths held at ``REF``, and read the commits between (for the rules that
count changes over the history). The files of a revision are listed with ``git ls-tree``
and read with ``git cat-file --batch``, into a temporary folder laid out as the
repository is, so that folders and ``include:`` globs read as they do in the working
tree; findings name the files as the working tree does. git runs as a subprocess with
an argument list, never through a shell. A missing git, a path outside a repository and
a revision that does not exist are usage errors that say what to do.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from planlint.collect import display_name, resolved
from planlint.errors import UsageError
from planlint.limits import MAX_FILE_BYTES, MAX_TOTAL_BYTES

#: Seconds one git command may take.
GIT_TIMEOUT = 120
#: The most commits between the revision and the working tree whose versions are read,
#: the most recent ones.
MAX_VERSIONS = 100


def git(folder: Path, *args: str, stdin: bytes | None = None) -> bytes:
    """The output of ``git -C folder ARGS``; a :class:`subprocess.CalledProcessError`
    when git fails, a usage error when it is not installed."""
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], input=stdin,
                              capture_output=True, timeout=GIT_TIMEOUT, check=True)
    except FileNotFoundError:
        raise UsageError("reading a plan's history needs git, which is not installed or not "
                         "on PATH; install git, or compare two folders with 'planlint diff "
                         "OLD NEW'") from None
    except subprocess.TimeoutExpired:
        raise UsageError(f"git {args[0]} took longer than {GIT_TIMEOUT}s in {folder}; check "
                         "the repository, or compare two folders with 'planlint diff OLD "
                         "NEW'") from None
    return done.stdout


def _said(error: subprocess.CalledProcessError) -> str:
    """What git said when it failed, on one line."""
    text = (error.stderr or b"").decode("utf-8", "replace").strip().splitlines()
    return text[-1].removeprefix("fatal: ") if text else f"exit status {error.returncode}"


def _checkable(path: str) -> bool:
    """Whether a path ``git ls-tree`` lists is one git would check out: a tree written
    by hand (``git mktree``) may name an entry ``..`` or ``.``, which would write the file
    outside the temporary folder; git refuses such paths, and so does planlint."""
    return all(part not in ("", ".", "..", ".git") for part in path.split("/"))


@dataclass(frozen=True)
class Revision:
    """The plan made of ``paths`` (relative to the repository's top folder ``root``) at
    the commit ``commit``, which the user named ``ref``."""

    root: Path
    ref: str
    commit: str
    paths: tuple[str, ...]

    @classmethod
    def find(cls, ref: str, paths: Sequence[str | Path]) -> Revision:
        """The revision ``ref`` of the plan of ``paths`` (default: this folder), checked:
        git is there, the paths lie in one repository, and ``ref`` names a commit."""
        targets = [resolved(Path(path)) for path in paths] or [Path.cwd()]
        if ref.startswith("-") or not ref.strip():
            raise UsageError(f"{ref!r} is not a git revision; name a branch, tag or commit, "
                             "such as origin/main")
        first = targets[0] if targets[0].is_dir() else targets[0].parent
        while not first.is_dir():  # a path that is gone: its repository is still above it
            first = first.parent
        try:
            root = Path(git(first, "rev-parse", "--show-toplevel").decode().strip()).resolve()
        except subprocess.CalledProcessError:
            raise UsageError(f"{display_name(first)} is not inside a git repository, so it "
                             "has no history to compare with; run it in a clone, or compare "
                             "two folders with 'planlint diff OLD NEW'") from None
        outside = [target for target in targets if not target.is_relative_to(root)]
        if outside:
            raise UsageError(f"{display_name(outside[0])} is outside the git repository at "
                             f"{root}; name only paths inside it")
        try:
            commit = git(root, "rev-parse", "--verify", "--quiet",
                         f"{ref}^{{commit}}").decode().strip()
        except subprocess.CalledProcessError:
            raise UsageError(f"git revision {ref!r} does not exist in the repository at "
                             f"{root}; name a branch, tag or commit ('git log --oneline' "
                             "lists commits; in CI, fetch the base branch first)") from None
        relative = tuple(target.relative_to(root).as_posix() for target in targets)
        # includes may reach anywhere in the first path's folder: read all of it
        return cls(root, ref, commit, (first.relative_to(root).as_posix(), *relative))

    @property
    def label(self) -> str:
        """How reports name this revision: ``main (1a2b3c4)``."""
        short = self.commit[:7]
        return short if self.commit.startswith(self.ref) else f"{self.ref} ({short})"

    def later_commits(self) -> list[str]:
        """The commits after this revision, up to ``HEAD`` and oldest first, that changed
        the plan's files (along the first parents; the latest :data:`MAX_VERSIONS`)."""
        try:
            listed = git(self.root, "rev-list", "--reverse", "--first-parent",
                         f"{self.commit}..HEAD", "--", *self.paths).decode().split()
        except subprocess.CalledProcessError as error:
            raise UsageError(f"git could not list the commits since {self.ref}: "
                             f"{_said(error)}") from None
        return listed[-MAX_VERSIONS:]

    @contextmanager
    def files_at(self, commit: str, suffixes: tuple[str, ...]
                 ) -> Iterator[tuple[list[Path], dict[Path, str]]]:
        """The plan's paths as they were at ``commit``, written to a temporary folder laid
        out as the repository (those that did not exist then are left out), and the name
        of each file written as the working tree names it; only files whose suffixes
        planlint reads (``suffixes``, those of the loaders). The folder is removed
        after."""
        with tempfile.TemporaryDirectory(prefix="planlint-") as temporary:
            folder = Path(temporary).resolve()
            names: dict[Path, str] = {}
            for path, data in self._blobs(commit, suffixes):
                target = folder / path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
                names[target] = display_name(self.root / path)
            present = [folder / path for path in dict.fromkeys(self.paths[1:])
                       if (folder / path).exists()]
            yield present, names

    def _blobs(self, commit: str, suffixes: tuple[str, ...]) -> Iterator[tuple[str, bytes]]:
        """The plan files (by suffix) under the plan's paths at ``commit``, with their
        contents: listed by ``git ls-tree``, read by one ``git cat-file --batch``.

        The files named are read whatever their size; the others (what includes may
        reach) only up to the limits of what one plan reads, smallest first, so that the
        data files of a repository (300 MB of CSV beside a plan) are not read into
        memory."""
        wanted = [] if "." in self.paths else list(dict.fromkeys(self.paths))
        try:
            listing = git(self.root, "ls-tree", "-r", "-l", "-z", "--full-tree", commit,
                          "--", *wanted)
        except subprocess.CalledProcessError as error:
            raise UsageError(f"git could not list the files of {self.ref}: "
                             f"{_said(error)}") from None
        named = set(self.paths[1:])
        blobs: list[tuple[str, str]] = []
        others: list[tuple[int, str, str]] = []
        for entry in listing.decode("utf-8", "surrogateescape").split("\0"):
            meta, _, path = entry.partition("\t")
            parts = meta.split()
            if len(parts) == 4 and parts[1] == "blob" and parts[0] != "120000" \
                    and path.lower().endswith(suffixes) and parts[3].isdigit() \
                    and _checkable(path):
                if path in named:
                    blobs.append((path, parts[2]))
                elif int(parts[3]) <= MAX_FILE_BYTES:
                    others.append((int(parts[3]), path, parts[2]))
        total = 0
        for size, path, sha in sorted(others):
            total += size
            if total > MAX_TOTAL_BYTES:
                break
            blobs.append((path, sha))
        if not blobs:
            return
        try:
            output = git(self.root, "cat-file", "--batch",
                         stdin="".join(f"{sha}\n" for _, sha in blobs).encode())
        except subprocess.CalledProcessError as error:
            raise UsageError(f"git could not read the files of {self.ref}: "
                             f"{_said(error)}") from None
        at = 0
        for path, _ in blobs:
            header_end = output.index(b"\n", at)
            size = int(output[at:header_end].split()[2])
            start = header_end + 1
            yield path, output[start:start + size]
            at = start + size + 1
