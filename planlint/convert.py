"""Plan data written as YAML, JSON, TOML or an Excel workbook in the layout of
docs/spreadsheets.md: what ``planlint convert`` and ``planlint init --template xlsx``
write. A workbook is written with openpyxl (the ``sheets`` extra); the rest needs
nothing more. Each writer returns the file's bytes and notes on what the format could
not carry, so nothing is lost without a word.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from planlint import layout
from planlint.build import meant_key
from planlint.errors import UsageError
from planlint.model import FIELDS, SECTIONS

#: The formats written, by file suffix.
WRITERS: dict[str, str] = {".yaml": "yaml", ".yml": "yaml", ".json": "json",
                           ".toml": "toml", ".xlsx": "xlsx"}
#: Top-level keys in the order written.
_ORDER = ("planlint", "include", "plan", *SECTIONS, "waivers")
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_SPLITS = re.compile(r"[,;\n]")
#: Characters a workbook cannot hold (XML 1.0 forbids them).
_NOT_IN_CELLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def dump(data: dict[str, Any], suffix: str) -> tuple[bytes, list[str]]:
    """``data`` as a file of the format ``suffix`` names, and what it could not carry."""
    writer = _WRITERS[WRITERS[suffix]]
    notes: list[str] = []
    content = writer(_ordered(_paired(data, notes)), notes)
    return content, list(dict.fromkeys(notes))  # each said once, however often it arose


#: A UTF-16 surrogate on its own (JSON's ``"\\ud800"``), which no UTF-8 file can hold.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _paired(value: Any, notes: list[str]) -> Any:
    """``value`` with each lone surrogate of its keys and text as U+FFFD, noted: it was an
    internal failure in JSON and TOML, and YAML wrote an escape no reader takes."""
    if isinstance(value, str):
        if _LONE_SURROGATE.search(value) is None:
            return value
        notes.append("a lone UTF-16 surrogate (such as \\ud800 in JSON), which a UTF-8 "
                     "file cannot hold, is written as U+FFFD")
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_paired(key, notes): _paired(item, notes) for key, item in value.items()}
    if isinstance(value, list):
        return [_paired(item, notes) for item in value]
    return value


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """Top-level keys in the order of the format, each item's fields in the layout's."""
    ordered: dict[str, Any] = {"planlint": data.get("planlint", 1)}
    for key in (*_ORDER, *data):
        if key not in data or key in ordered:
            continue
        value = data[key]
        if key in SECTIONS and isinstance(value, list):
            rank = {name: at for at, name in enumerate(layout.fields(key))}
            value = [dict(sorted(item.items(), key=lambda pair: rank.get(pair[0], len(rank))))
                     if isinstance(item, dict) else item for item in value]
        ordered[key] = value
    return ordered


# -- text formats -----------------------------------------------------------------------

def _yaml(data: dict[str, Any], notes: list[str]) -> bytes:
    import yaml

    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return text.encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__}")


def _json(data: dict[str, Any], notes: list[str]) -> bytes:
    """JSON; a number that is not finite, which JSON has no way to write, is written as
    ``NaN`` or ``Infinity`` (planlint reads them, as Python does), and noted."""
    try:
        text = json.dumps(data, indent=2, ensure_ascii=False, default=_plain, allow_nan=False)
    except ValueError:
        notes.append("JSON has no number for NaN or infinity: they are written as NaN and "
                     "Infinity, which planlint reads but other JSON readers refuse; write "
                     "a finite number instead")
        text = json.dumps(data, indent=2, ensure_ascii=False, default=_plain)
    return (text + "\n").encode()


def _toml(data: dict[str, Any], notes: list[str]) -> bytes:
    """TOML: plain values first, then a table for each mapping and an array of tables for
    each list of items; dates as text, as the plan format has them in TOML."""
    lines: list[str] = []
    tables: list[str] = []
    for key, value in data.items():
        if value is None:
            notes.append(_NO_NULL_KEY)
            continue
        if isinstance(value, dict):
            tables += ["", f"[{_toml_key(key)}]", *_toml_pairs(value, notes)]
        elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            for item in value:
                tables += ["", f"[[{_toml_key(key)}]]", *_toml_pairs(item, notes)]
        else:
            lines.append(f"{_toml_key(key)} = {_toml_value(value, notes)}")
    return ("\n".join([*lines, *tables]) + "\n").encode("utf-8")


#: What the TOML writer says of a key written with no value (``owner:``, ``owner: null``).
_NO_NULL_KEY = "TOML has no null: keys with no value are left out"


def _toml_pairs(mapping: dict[str, Any], notes: list[str]) -> list[str]:
    if any(value is None for value in mapping.values()):
        notes.append(_NO_NULL_KEY)
    return [f"{_toml_key(key)} = {_toml_value(value, notes)}"
            for key, value in mapping.items() if value is not None]


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes, and DEL escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: Any, notes: list[str]) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, date):
        return _toml_string(value.isoformat())
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        if any(item is None for item in value):
            notes.append("TOML has no null: empty entries of lists are left out")
        return "[" + ", ".join(_toml_value(item, notes) for item in value
                               if item is not None) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(_toml_pairs(value, notes)) + "}"
    return _toml_string(str(value))


# -- workbooks --------------------------------------------------------------------------

@dataclass
class Table:
    """One sheet to write: its name, the field of each column, and its rows (on the
    Plan sheet, a field's name and its value)."""

    name: str
    section: str
    keys: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    @property
    def header(self) -> list[str]:
        if self.section == "plan":
            return ["Field", "Value"]
        return [layout.heading(key) for key in self.keys]


def tables(data: dict[str, Any], notes: list[str]) -> list[Table]:
    """The sheets of the documented layout for plan data: a Plan sheet of fields and
    values, a sheet per section, and Actuals and Targets sheets for a metric's further
    readings and interim targets."""
    found: list[Table] = []
    plan = _plan_table(data, notes)
    if plan is not None:
        found.append(plan)
    sections = {name: [dict(item) for item in data.get(name) or [] if isinstance(item, dict)]
                for name in SECTIONS}
    goal_of = _lift_metrics(sections, notes)
    # Rows that name no goal first: a blank Goal cell below one that names a goal is read
    # as that goal's (an objective written once, above its key results).
    sections["metrics"].sort(key=lambda metric: id(metric) in goal_of)
    extra: dict[str, list[list[Any]]] = {"actuals": [], "targets": []}
    for name, items in sections.items():
        if items:
            found.append(_items_table(name, items, goal_of, extra, notes))
    for name, rows in extra.items():
        if rows:
            found.append(Table(layout.SHEETS[name][0], name, list(layout.fields(name)), rows))
    waivers = [item for item in data.get("waivers") or [] if isinstance(item, dict)]
    if waivers:
        found.append(_items_table("waivers", waivers, {}, extra, notes))
    for key in data:
        if key not in _ORDER:
            notes.append(f"the top-level key {key!r} has no place in a workbook and is left out")
    return found


def _plan_table(data: dict[str, Any], notes: list[str]) -> Table | None:
    plan = data.get("plan")
    info = dict(plan) if isinstance(plan, dict) else {}
    horizon = info.pop("horizon", None)
    if isinstance(horizon, dict):
        for part in ("start", "end", "length", "text"):
            info[f"horizon_{part}"] = horizon.get(part)
    elif horizon is not None:
        notes.append("the plan's horizon is not a mapping of start and end, so it is left out")
    if "include" in data:
        info["include"] = data["include"]
    if not info:
        return None
    rank = {name: at for at, name in enumerate(layout.fields("plan"))}
    rows = [[layout.heading(key), _cell(value, notes)] for key, value in
            sorted(info.items(), key=lambda pair: rank.get(pair[0], len(rank)))
            if value is not None]
    return Table(layout.SHEETS["plan"][0], "plan", ["field", "value"], rows)


def _lift_metrics(sections: dict[str, list[dict[str, Any]]],
                  notes: list[str]) -> dict[int, Any]:
    """Move metrics defined inside goals and initiatives (under ``metrics``, or a near
    miss of it that is read as it) to the metrics sheet, and decide which metrics name
    their goal in a Goal column (by ``id()`` of the metric): those each listed by one goal,
    in the order that goal lists them; a goal's other metrics, and an initiative's, stay in
    its Metrics column."""
    metrics = sections["metrics"]
    goal_of: dict[int, Any] = {}
    for section, kind in (("goals", "goal"), ("initiatives", "initiative")):
        for item in sections[section]:
            misspelt = next((key for key in item if key not in FIELDS[kind]
                             and meant_key(key, FIELDS[kind]) == "metrics"), None)
            if misspelt is not None and "metrics" not in item:
                item["metrics"] = item.pop(misspelt)
                notes.append(f"{kind} {item.get('id')}'s {misspelt!r} is written as its "
                             "metrics")
            listed = item.get("metrics")
            if not isinstance(listed, list):
                continue
            ids: list[Any] = []
            for metric in listed:
                if not isinstance(metric, dict):
                    ids.append(metric)
                    continue
                metrics.append(dict(metric))
                if "id" in metric:
                    ids.append(metric["id"])
                elif kind == "goal":  # a metric without an id is known by its goal alone
                    goal_of[id(metrics[-1])] = item.get("id")
            item["metrics"] = ids
    row_of = {metric["id"]: at for at, metric in enumerate(metrics)
              if isinstance(metric.get("id"), str | int)}
    listed_by = Counter(metric for goal in sections["goals"]
                        for metric in goal.get("metrics") or [] if metric in row_of)
    for goal in sections["goals"]:
        named = goal.get("metrics")
        if not isinstance(named, list) or not named or goal.get("id") is None:
            continue
        places = [row_of[metric] for metric in named
                  if metric in row_of and listed_by[metric] == 1]
        if len(places) < len(named) or places != sorted(places):
            continue
        for at in places:
            goal_of[id(metrics[at])] = goal["id"]
        del goal["metrics"]
    return goal_of


def _items_table(section: str, items: list[dict[str, Any]], goal_of: dict[int, Any],
                 extra: dict[str, list[list[Any]]], notes: list[str]) -> Table:
    rows = []
    for item in items:
        row = _item_row(section, item, notes)
        if id(item) in goal_of:
            row["goal"] = goal_of[id(item)]
        if section in ("metrics", "goals"):
            _readings(item, row, extra, notes)
        rows.append(row)
    known = list(layout.fields(section))
    used = {key for row in rows for key in row}
    keys = [key for key in known if key in used]
    keys += [key for row in rows for key in row if key not in keys and key not in known]
    keys = list(dict.fromkeys(keys))
    return Table(layout.SHEETS[section][0], section, keys,
                 [[row.get(key) for key in keys] for row in rows])


def _item_row(section: str, item: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in item.items():
        if value is None or (key in ("actuals", "targets")
                             and section in ("metrics", "goals")):
            continue
        if key in layout.MEASURES and section == "metrics" and isinstance(value, dict):
            if value.get("value") is not None or value.get("text") is not None \
                    or value.get("change") is None:
                row[key] = _stated(value, notes)
            if key == "target" and value.get("change") is not None:
                row["target_change"] = _cell(value["change"], notes)
            if value.get("date") is not None:
                row[layout.MEASURES[key]] = value["date"]
        else:
            row[key] = _cell(value, notes)
    return row


def _readings(metric: dict[str, Any], row: dict[str, Any],
              extra: dict[str, list[list[Any]]], notes: list[str]) -> None:
    """A metric's (or a goal's own) one actual in its own columns; more, a graded one
    or one with a response (which those columns have no place for), and interim
    targets, on their sheets."""
    actuals = [item for item in metric.get("actuals") or [] if isinstance(item, dict)]
    if len(actuals) == 1 and actuals[0].get("score") is None \
            and actuals[0].get("response") is None:
        row["actual"] = _stated(actuals[0], notes)
        if actuals[0].get("date") is not None:
            row["actual_date"] = actuals[0]["date"]
        actuals = []
    for name, listed in (("actuals", actuals),
                         ("targets", metric.get("targets") or [])):
        for reading in listed:
            if isinstance(reading, dict):
                extra[name].append([metric.get("id"), reading.get("date"),
                                    *(_cell(reading.get(key), notes)
                                      for key in list(layout.fields(name))[2:])])


def _stated(measure: dict[str, Any], notes: list[str]) -> Any:
    """A baseline, target or actual as one cell: its number, else its words."""
    value, text = measure.get("value"), measure.get("text")
    if value is not None and text is not None:
        notes.append(f"a measure states both a value and words ({value!r}, {text!r}); a "
                     "workbook cell holds one, the value")
    return _cell(value if value is not None else text, notes)


def _cell(value: Any, notes: list[str]) -> Any:
    """A value as one cell: a list as text separated by commas, a mapping as JSON."""
    if isinstance(value, list):
        parts = [str(_cell(part, notes)) for part in value if part is not None]
        if any(_SPLITS.search(part) for part in parts):
            notes.append(f"an entry of the list {parts!r} holds a comma, semicolon or line "
                         "break, which separate the entries of a cell")
        return ", ".join(parts)
    if isinstance(value, dict):
        notes.append(f"the mapping {json.dumps(value, default=str)[:60]} is written as JSON "
                     "text, as a cell holds no mapping")
        return json.dumps(value, ensure_ascii=False, default=_plain)
    if isinstance(value, str) and _NOT_IN_CELLS.search(value):
        notes.append("control characters, which a workbook cannot hold, are written as U+FFFD")
        return _NOT_IN_CELLS.sub("\ufffd", value)
    if isinstance(value, float) and not math.isfinite(value):  # openpyxl left the cell out
        notes.append("a workbook has no number for NaN or infinity: they are written as text; "
                     "write a finite number instead")
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _EXACT:
        # a cell's number is a float: digits past the 16th were lost, 10**400 crashed
        notes.append(f"a whole number beyond {_EXACT:,} is written as text, as a workbook's "
                     "numbers keep no more digits")
        return str(value)
    return value


#: The largest whole number a workbook's cell (a double) holds exactly, and all below it.
_EXACT = 2**53


def _xlsx(data: dict[str, Any], notes: list[str]) -> bytes:
    """An Excel workbook, each header cell with a note on what its column holds."""
    try:
        from openpyxl import Workbook
        from openpyxl.comments import Comment
        from openpyxl.styles import Font
    except ImportError:
        raise UsageError("writing an Excel workbook needs openpyxl; install it with "
                         "pip install 'planlint[sheets]'") from None
    book = Workbook()
    book.remove(book.worksheets[0])
    bold = Font(bold=True)
    for table in tables(data, notes):
        sheet = book.create_sheet(table.name)
        sheet.append([_written(_cell(heading, notes)) for heading in table.header])
        for column, key in enumerate(table.keys, start=1):
            cell = sheet.cell(1, column)
            cell.font = bold
            if key in layout.NOTES:
                cell.comment = Comment(layout.NOTES[key], "planlint", width=320, height=110)
            sheet.column_dimensions[cell.column_letter].width = 40 if key == "title" else 16
        for values in table.rows:
            sheet.append([_written(value) for value in values])
            named = layout.column_of("plan", str(values[0])) if table.section == "plan" \
                else None
            if named in layout.NOTES:  # on the Plan sheet, each field's name explains it
                sheet.cell(sheet.max_row, 1).comment = Comment(layout.NOTES[named], "planlint",
                                                               width=320, height=90)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
        sheet.freeze_panes = "A2"
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def _written(value: Any) -> Any:
    """A value as openpyxl writes it: dates stay dates, and text is escaped where a
    workbook reader would read an ``_xHHHH_`` code in it as a character."""
    from planlint.loaders.cells import escaped

    if isinstance(value, str):
        return escaped(value)
    return value.date() if isinstance(value, datetime) and value.time() == datetime.min.time() \
        else value


_WRITERS: dict[str, Callable[[dict[str, Any], list[str]], bytes]] = {
    "yaml": _yaml, "json": _json, "toml": _toml, "xlsx": _xlsx}
