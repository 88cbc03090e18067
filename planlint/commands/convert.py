"""``planlint convert``: write a plan file in another format."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from planlint.commands import usage_errors, warn

if TYPE_CHECKING:
    from planlint.loaders import Document
    from planlint.positions import SourceFile


@click.command()
@click.argument("source", required=False, metavar="SOURCE", type=click.Path(path_type=Path))
@click.option("-o", "--output", "target", metavar="DEST",
              type=click.Path(path_type=Path),
              help="The file to write; its suffix says the format: .yaml, .json, .toml or "
                   ".xlsx.")
@usage_errors
def convert(source: Path | None, target: Path | None) -> None:
    """Write the plan file SOURCE (YAML, JSON, TOML, a workbook or a CSV file) as DEST in
    another format: YAML, JSON, TOML, or an Excel workbook in the layout of
    docs/spreadsheets.md. The file is converted on its own: files it includes are not.
    What the new format cannot carry is noted on standard error."""
    from planlint.api import get_host
    from planlint.collect import Collector, resolved
    from planlint.convert import WRITERS, dump
    from planlint.errors import UsageError
    from planlint.outputs import write_atomically
    from planlint.positions import located
    from planlint.reporters.neutral import terminal

    source, target = _paths(source, target)
    suffix = target.suffix.lower()
    if suffix not in WRITERS:
        raise UsageError(f"{target}: planlint convert writes {', '.join(sorted(WRITERS))} "
                         f"files, not {target.suffix or 'files without a suffix'}")
    if resolved(target) == resolved(source):
        raise UsageError(f"{target} is the file being converted; name another file")
    collector = Collector(get_host().loaders, follow=False)
    collection = collector.collect([source])
    for rule, finding in collection.diagnostics:
        if rule == "syntax-error":
            raise UsageError(f"{finding.location}: {finding.message}")
    [(read, document)] = collection.documents
    notes = [f"{located(read.name, problem.span, problem.sheet) if problem.span else read.name}"
             f": {problem.message}" for problem in document.problems]
    data = dict(document.data) if isinstance(document.data, dict) else {}
    notes += _inferred(data, document.inferred)
    notes += _comments_as_waivers(read, document, data)
    content, lost = dump(data, suffix)
    if not target.parent.is_dir():
        raise UsageError(f"--output {target}: the folder {target.parent} does not exist; "
                         "create it first")
    try:
        write_atomically(target, content)
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror or error}; check the path "
                         "and its permissions") from None
    for note in [*notes, *lost]:
        warn(f"note: {note}")
    click.echo(f"wrote {terminal(str(target))}")


def _paths(source: Path | None, target: Path | None) -> tuple[Path, Path]:
    """The file to convert and the file to write, as given; a usage error that says
    what to write where one is missing or the source is no file (click said "Invalid
    value for 'SOURCE': File 'plan.yaml' does not exist")."""
    from planlint.collect import what_it_is
    from planlint.errors import UsageError

    if source is None:
        raise UsageError("name the plan file to convert and the file to write, such as "
                         "'planlint convert plan.yaml -o plan.xlsx'")
    if target is None:
        other = ".xlsx" if source.suffix.lower() in (".yaml", ".yml") else ".yaml"
        raise UsageError(f"name the file to write with -o, its suffix the format: "
                         f"'planlint convert {source} -o {source.stem or 'plan'}{other}' "
                         "(.yaml, .json, .toml or .xlsx)")
    if target.is_dir():  # click said "Invalid value for '-o' / '--output': File … is a directory"
        from planlint.convert import WRITERS

        suffix = target.suffix if target.suffix.lower() in WRITERS else ".yaml"
        raise UsageError(f"--output {target} is a folder; name the file to write in it, such "
                         f"as {target / ((source.stem or 'plan') + suffix)}")
    if str(source) == "-":
        raise UsageError("planlint convert reads a plan file, not standard input; save the "
                         "plan to a file and name it, such as plan.yaml")
    kind = what_it_is(source)
    if kind == "a folder":
        raise UsageError(f"{source} is a folder; planlint convert converts one plan file: "
                         f"name a file in it, such as {source / 'plan.yaml'}")
    if kind is not None:
        raise UsageError(f"{source} is {kind}, not a plan file; name the plan file to "
                         "convert, such as plan.yaml or okrs.xlsx")
    if not source.exists():
        raise UsageError(f"{source}: no such file; name the plan file to convert, such as "
                         "plan.yaml or okrs.xlsx")
    return source, target


def _inferred(data: dict[str, object], pointers: frozenset[str]) -> list[str]:
    """Write items a workbook infers from names as items of their own, and leave out
    those that stood only for an id another file may define; what that changes."""
    notes = []
    named = []
    for pointer in sorted(pointers, key=lambda at: -int(at.rsplit("/", 1)[1])):
        _, section, index = pointer.split("/")
        items = data.get(section)
        if not isinstance(items, list):
            continue
        entry = items[int(index)]
        if "title" in entry or "name" in entry:
            named.append(str(entry["id"]))
            continue
        items = [item for at, item in enumerate(items) if at != int(index)]
        if items:
            data[section] = items
        else:
            del data[section]
        if entry.get("metrics"):
            notes.append(f"the metrics {', '.join(map(str, entry['metrics']))} name the goal "
                         f"{entry['id']}, which this file does not define; list them under "
                         "that goal's metrics where it is defined")
    if named:
        notes.append(f"{', '.join(sorted(named))}, named in cells but listed on no sheet, "
                     "are written as items of their own; remove any that another file of "
                     "the plan defines")
    return notes


def _comments_as_waivers(source: SourceFile, document: Document,
                         data: dict[str, Any]) -> list[str]:
    """Carry a YAML file's ``# planlint: ignore[...]`` comments as waivers of the items
    on their lines, which every format holds; a ``disable`` for the whole file cannot be
    carried, and is noted."""
    from planlint.anchors import Anchors
    from planlint.build import build_plan
    from planlint.comments import scan

    comments = scan(source)
    if not comments:
        return []
    plan = build_plan([(source, document)], [], [source])
    lines = Anchors(plan).files[source.name].nodes_on_lines({c.line for c in comments})
    waivers = list(data.get("waivers") or [])
    notes = []
    for comment in comments:
        if comment.whole_file:
            notes.append(f"{source.name}:{comment.line}: a 'planlint: disable' comment for "
                         "the whole file cannot be carried; ignore its rules in the config")
            continue
        for node in lines.get(comment.line, []):
            waivers.extend({"rule": name.text, "node": node.id,
                            **({"reason": comment.reason} if comment.reason else {})}
                           for name in comment.rules)
    if len(waivers) > len(data.get("waivers") or []):
        data["waivers"] = waivers
        notes.append("its '# planlint: ignore' comments are written as waivers")
    return notes
