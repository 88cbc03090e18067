"""The plans an editor has open: the text of each open plan file, the plan it belongs to,
and the last check of every such plan.

A file's plan is the one whose root file includes it, directly or through other
included files: the server looks for plan files with an ``include:`` in the file's
folder and in the folders above it, up to the folder of the nearest config (or the
editor's workspace folder, whichever comes first; with neither, only the file's own
folder), and takes the topmost one that reaches the file. A file that nothing includes
is a plan of its own. Includes stay inside the including file's folder, so the root of
a plan always lies in one of those folders.

Each plan is checked as ``planlint check ROOT`` would, with the session of the config
found upward from the root (one session per config, opened again when the config or a
rule file it names changes), and with the unsaved text of open files in place of what
is on disk. Parsed files are kept while they belong to an open plan, so a check after an
edit parses again only the file that changed; what each file with an include reaches is
kept until a file it reads, or a folder its includes look in, changes, so opening a file
reads no plan of its folder again that did not.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG

from planlint.api import Session, get_host
from planlint.collect import HEAD_BYTES, Collector, Parsed, is_plan_text
from planlint.config import Config, discover, find_config
from planlint.errors import UsageError, failure
from planlint.finding import Finding
from planlint.gcpause import gc_paused
from planlint.limits import MAX_FILE_BYTES
from planlint.loaders import Loader
from planlint.plan import Plan
from planlint.positions import SourceFile
from planlint.report import Report

log = logging.getLogger(__name__)

#: The root files of a plan: what ``planlint check`` is given to check it.
Roots = tuple[Path, ...]
#: ``include:`` at a line's start (as :data:`planlint.collect._PLAN_FILE`, on one line).
_INCLUDES = re.compile(r'^[ \t\r\f\v{]*["\']?include["\']?\s*[:=]', re.MULTILINE)
#: What changes on disk when a file or folder does: its time, size, inode and mode.
Stamp = tuple[int, int, int, int]
#: What a file or folder was found from: its text in the editor, else its stamp.
Seen = str | Stamp | None
#: How long after a change a stamp is not trusted to tell it from the next one: the
#: coarsest clock of common file systems (FAT's 2 s).
_SETTLING_NS = 2_000_000_000


def is_plan(text: str) -> bool:
    """Whether an open document is a plan file (it starts with ``planlint: 1``)."""
    return is_plan_text(text[:HEAD_BYTES].encode("utf-8", "replace"))


@dataclass
class Checked:
    """One check of a plan: its roots, the session that ran it and what it found, or why
    it could not be checked (``problem``: a bad config, a root that vanished)."""

    roots: Roots
    session: Session | None = None
    report: Report | None = None
    problem: str | None = None
    files: dict[Path, SourceFile] = field(default_factory=dict)
    by_name: dict[str, Path] = field(default_factory=dict)
    findings: dict[Path, list[Finding]] = field(default_factory=dict)

    @classmethod
    def of(cls, roots: Roots, session: Session, report: Report) -> Checked:
        checked = cls(roots, session, report)
        for source in report.sources.values():
            if source.path is not None:
                checked.files[source.path] = source
                checked.by_name[source.name] = source.path
        for finding in report.findings:
            path = checked.by_name.get(finding.location.file)
            if path is not None:
                checked.findings.setdefault(path, []).append(finding)
        return checked

    @property
    def plan(self) -> Plan | None:
        return self.report.model if self.report is not None else None

    def path_of(self, name: str) -> Path | None:
        """The file a location's display name stands for."""
        return self.by_name.get(name)


def _plan_text(path: Path) -> str | None:
    """The text of a plan file on disk; ``None`` for a file that its head shows is no
    plan, or too large to be read as one, so that a data file of gigabytes beside a plan
    is not read whole (1.5 GB took 42 s and 3 GB of memory)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
            if not is_plan_text(head) or os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
                return None
            return (head + handle.read(MAX_FILE_BYTES)).decode("utf-8", "replace")
    except OSError:
        return None


def _stamp(path: Path) -> Stamp | None:
    """The stamp of a file or folder on disk; ``None`` when there is none."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_mode


@dataclass(frozen=True)
class _Reach:
    """The files a plan's root reads, with what they were found from: the loaders, and
    the text or stamp of each file read and of each folder its includes looked in."""

    files: frozenset[Path]
    loaders: tuple[Loader, ...]
    looked: tuple[Path, ...]
    seen: tuple[Seen, ...]


class Sessions:
    """One session per config file, opened again when the config or one of its rule
    files changes (the host behind it is shared, :func:`planlint.api.get_host`)."""

    def __init__(self) -> None:
        self._open: dict[Path | None, tuple[tuple[int, ...], Session]] = {}

    def of(self, path: Path) -> Session:
        """The session for the plan whose root is ``path``; a bad config raises
        :class:`UsageError`."""
        found = find_config(path)
        known = self._open.get(found)
        if known is not None and known[0] == _stamps(found, known[1].config):
            return known[1]
        config = discover(path)
        session = Session.open(config)
        self._open[found] = (_stamps(found, config), session)
        return session


def _stamps(found: Path | None, config: Config) -> tuple[int, ...]:
    """What changes when the config or a rule file it names is edited."""
    stamps: list[int] = []
    for path in (found, *map(Path, config.rule_files)):
        try:
            stat = path.stat() if path is not None else None
        except OSError:
            stat = None
        stamps += (stat.st_mtime_ns, stat.st_size) if stat is not None else (0, -1)
    return tuple(stamps)


class Plans:
    """The open plan files, the plan each belongs to and each plan's last check."""

    def __init__(self, folders: tuple[Path, ...] = ()) -> None:
        self.folders = folders  # the editor's workspace folders
        self.texts: dict[Path, str] = {}  # open plan files, as the editor holds them
        self.plan_of: dict[Path, Roots] = {}
        self.checked: dict[Roots, Checked] = {}
        self.sessions = Sessions()
        self.parsed = Parsed()
        #: whether each plan file on disk looked at includes others, by its stamp
        self.includers: dict[Path, tuple[Stamp, bool]] = {}
        #: the files each includer looked at reaches, and what they were found from
        self.reaches: dict[Path, _Reach] = {}

    # -- open files ---------------------------------------------------------------------

    def edit(self, path: Path, text: str) -> Roots:
        """Record the text of an open plan file; the roots of its plan, to check again."""
        self.texts[path] = text
        roots = self.plan_of.get(path)
        if roots is None:
            roots = self.plan_of[path] = self.find_roots(path)
        return roots

    def close(self, path: Path) -> Roots | None:
        """Forget a closed file; the roots of its plan when other files of it are still
        open (they are checked again, with the file's text on disk)."""
        self.texts.pop(path, None)
        roots = self.plan_of.pop(path, None)
        if roots is None:
            return None
        if any(other == roots for other in self.plan_of.values()):
            return roots
        self.checked.pop(roots, None)
        return None

    def open_in(self, roots: Roots) -> list[Path]:
        """The open files of one plan."""
        return [path for path, plan in self.plan_of.items() if plan == roots]

    # -- the plan of a file -------------------------------------------------------------

    def find_roots(self, path: Path) -> Roots:
        """The roots of the plan ``path`` belongs to (see the module's documentation)."""
        for roots, checked in self.checked.items():
            if path in checked.files and roots != (path,):
                return roots
        loaders = self._loaders(path)
        suffixes = {suffix for loader in loaders for suffix in loader.suffixes}
        seen: dict[Path, Seen] = {}  # each file or folder is looked at once in this search
        for folder in self._search(path):
            own: Sequence[Loader] | None = None  # those of the folder's files, found once
            for candidate, link in self._includers(folder, path, suffixes, seen):
                if link:  # its config is found from where it leads
                    formats = self._loaders(candidate)
                else:
                    formats = own = own if own is not None else self._loaders(folder)
                if path in self._reached(candidate, formats, seen):
                    return (candidate,)
        return (path,)

    def _search(self, path: Path) -> list[Path]:
        """The folders a plan's root may lie in, the farthest first."""
        try:
            config = find_config(path)
        except UsageError:  # said when the plan is checked
            config = None
        stops = set(self.folders) | ({config.parent} if config is not None else set())
        chain = [path.parent, *path.parent.parents]
        for index, folder in enumerate(chain):
            if folder in stops:
                return chain[index::-1]
        return [path.parent]

    def _includers(self, folder: Path, path: Path, suffixes: set[str],
                   seen: dict[Path, Seen]) -> Iterator[tuple[Path, bool]]:
        """The plan files of ``folder`` (but ``path``) that include other files, each
        with whether it is a symbolic link."""
        try:
            with os.scandir(folder) as listing:  # names, not paths, sorted and filtered
                names = sorted((entry.name, entry.is_symlink()) for entry in listing
                               if Path(entry.name).suffix.lower() in suffixes)
        except OSError:
            return
        for name, link in names:
            entry = folder / name
            if entry == path:
                continue
            text = self.texts.get(entry)
            if text is not None:
                if _INCLUDES.search(text) and is_plan(text):
                    yield entry, link
            elif self._includes_on_disk(entry, seen):
                yield entry, link

    def _includes_on_disk(self, path: Path, seen: dict[Path, Seen]) -> bool:
        """Whether a plan file on disk includes others; read again only once it changed
        (each file opened read every plan file of its folder: 1,000 files opened in one
        folder took 49 s)."""
        stamp = self._seen(path, seen)
        if not isinstance(stamp, tuple) or not S_ISREG(stamp[3]):
            return False
        known = self.includers.get(path)
        if known is None or known[0] != stamp:
            text = _plan_text(path)
            known = self.includers[path] = (
                stamp, text is not None and bool(_INCLUDES.search(text)) and is_plan(text))
        return known[1]

    def _loaders(self, root: Path) -> Sequence[Loader]:
        """The file formats the plan rooted at ``root`` is read in."""
        try:
            return self.sessions.of(root).host.loaders
        except UsageError:  # a bad config: said when the plan is checked
            return get_host().loaders

    def _reached(self, root: Path, loaders: Sequence[Loader],
                 seen: dict[Path, Seen]) -> frozenset[Path]:
        """Every file the plan rooted at ``root`` reads; read again only once one of them,
        or a folder its includes looked in, changed (each file opened read every plan of
        its folder that includes others: 500 such files opened in one folder took 125 s)."""
        known = self.reaches.get(root)
        if known is not None and known.loaders == tuple(loaders) \
                and known.seen == tuple(self._seen(path, seen) for path in known.looked):
            return known.files
        collector = Collector(loaders, overlay=self.texts, parsed=self.parsed)
        try:
            with gc_paused():
                collector.collect([root])
        except UsageError:
            return frozenset()
        looked = (root, *collector.loaded, *collector.folders)  # root: maybe a link
        reach = _Reach(frozenset(collector.loaded), tuple(loaders), looked,
                       tuple(self._seen(path, seen) for path in looked))
        settled = time.time_ns() - _SETTLING_NS
        if all(not isinstance(state, tuple) or state[0] < settled for state in reach.seen):
            self.reaches[root] = reach
        else:  # changed too lately for its stamp to tell the next change
            self.reaches.pop(root, None)
        return reach.files

    def _seen(self, path: Path, seen: dict[Path, Seen]) -> Seen:
        """A file's text as the editor holds it, else its stamp (or a folder's); kept in
        ``seen``, so that one search looks at each once."""
        if path not in seen:
            text = self.texts.get(path)
            seen[path] = text if text is not None else _stamp(path)
        return seen[path]

    # -- checking -----------------------------------------------------------------------

    def check(self, roots: Roots) -> tuple[Checked, list[Roots]]:
        """Check a plan; also the plans of open files it took in or let go of since the
        last check, which are to be checked again."""
        checked = self._run(roots)
        self.checked[roots] = checked
        moved: list[Roots] = []
        for path, plan in list(self.plan_of.items()):
            if plan == (path,) != roots and path in checked.files:
                self.plan_of[path] = roots  # now included: the whole plan checks it
                self.checked.pop(plan, None)
            elif plan == roots and path not in checked.files and roots != (path,) \
                    and checked.problem is None:
                self.plan_of[path] = (path,)  # no longer included
                moved.append((path,))
        self.parsed.keep(path for known in self.checked.values() for path in known.files)
        return checked, moved

    def _run(self, roots: Roots) -> Checked:
        try:
            session = self.sessions.of(roots[0])
            with gc_paused():
                plan = session.load(list(roots), overlay=self.texts, parsed=self.parsed)
                return Checked.of(roots, session, session.run(plan))
        except UsageError as error:
            return Checked(roots, problem=f"planlint cannot check this plan: {error}")
        except Exception as error:  # a bug: said on the file, and the server goes on
            log.exception("checking %s failed", ", ".join(map(str, roots)))
            return Checked(roots, problem=f"planlint failed: {failure(error)}. This is a bug "
                                          "in planlint or a plugin, not in the plan")
