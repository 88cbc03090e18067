"""Configuration: ``[tool.planlint]`` in ``pyproject.toml``, or a ``planlint.toml``.

The file is found from the plan's folder upward; the command line overrides it. Keys are
written in kebab-case (``extend-select``); snake_case is accepted too::

    [tool.planlint]
    select = ["PL"]              # codes, code prefixes, names or categories; ALL for all
    extend-select = ["ACME"]
    ignore = ["PL9", "orphan-metric"]
    as-of = 2001-06-30
    fail-on = "warning"          # error (default), warning, info or never
    plugins = ["acme.rules"]     # plugin modules to load, like -p
    enable-plugins = ["okr"]     # installed plugins whose methodology rules run on every plan
    disable-plugins = ["bsc"]    # installed plugins not to load (fine where not installed)
    rule-files = ["policy.yaml"] # declarative rule files, relative to this file
    rule-timeout = 30            # seconds one rule may run (0: no limit)

    [tool.planlint.severity]
    unmeasured-goal = "warning"

    [tool.planlint.options.owner-overloaded]
    max_owned = 10
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

from planlint.errors import UsageError, explain
from planlint.limits import (
    DEFAULT_RULE_TIMEOUT,
    MAX_CONFIG_BYTES,
    MAX_RULE_TIMEOUT,
    MAX_SETTING_ENTRIES,
    shown,
)
from planlint.loaders import Document, LoadError, wide_encoding
from planlint.model import Date
from planlint.positions import pointer_join

FailOn = Literal["error", "warning", "info", "never"]


def module_name_problem(name: str) -> str | None:
    """What is wrong with ``name`` as a plugin module (``-p``, ``plugins``), or ``None``
    for a dotted name of identifiers: Python's own wording for ``""`` or ``..x`` (a
    relative import) was "Empty module name" and "the 'package' argument is required"."""
    if all(part.isidentifier() for part in name.split(".")):
        return None
    return (f"{shown(name)} is not a module name; write the dotted name of an installed "
            "Python module, such as acme.rules")


def _module_name(name: str) -> str:
    """``name``, checked by :func:`module_name_problem` (a config's ``plugins`` entry)."""
    if (problem := module_name_problem(name)) is not None:
        raise ValueError(problem)
    return name


class Config(BaseModel):
    """What to check and how: the file's settings, then the command line's."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True,
                              alias_generator=lambda name: name.replace("_", "-"))

    select: list[str] | None = Field(None, description="rules to run (default: all)")
    extend_select: list[str] = Field([], description="rules to run besides `select`")
    ignore: list[str] = Field([], description="rules not to run")
    severity: dict[str, str] = Field({}, description="severity per rule code or name")
    options: dict[str, dict[str, Any]] = Field({}, description="options per rule")
    as_of: Date | None = Field(None, description="the date status is judged at")
    fail_on: FailOn = Field("error", description="lowest severity that fails the run")
    plugins: list[Annotated[str, AfterValidator(_module_name)]] = Field(
        [], description="plugin modules to load")
    enable_plugins: list[str] = Field(
        [], description="installed plugins (by name) whose methodology rules run on every "
                        "plan, whatever methodology it names")
    disable_plugins: list[str] = Field(
        [], description="installed plugins (by name) not to load; a name that is not "
                        "installed is fine")
    rule_files: list[str] = Field([], description="declarative rule files to load, relative "
                                                  "to the config file")
    rule_timeout: float = Field(DEFAULT_RULE_TIMEOUT, ge=0, le=MAX_RULE_TIMEOUT,
                                allow_inf_nan=False,
                                description="seconds one rule may run, up to a day; 0 for "
                                            "no limit")

    _path: Path | None = PrivateAttr(default=None)
    #: ``file:line:column`` of each setting read from a file (``select``), and of each of
    #: its entries (``select/PL2``, ``severity/PL201``), for mistakes found later.
    _places: dict[str, str] = PrivateAttr(default_factory=dict)

    @field_validator("select", "extend_select", "ignore", "severity", "options", "plugins",
                     "enable_plugins", "disable_plugins", "rule_files", mode="before")
    @classmethod
    def _bounded(cls, value: Any) -> Any:
        """A list or table of at most ``MAX_SETTING_ENTRIES`` entries: each is matched
        against every rule, so millions of them took minutes."""
        if isinstance(value, list | dict) and len(value) > MAX_SETTING_ENTRIES:
            raise ValueError(f"has {len(value):,} entries, more than the {MAX_SETTING_ENTRIES:,} "
                             "planlint reads; name groups of rules by code prefix or "
                             "category (PL2, metrics), or ALL")
        return value

    @property
    def path(self) -> Path | None:
        """The file this config was read from, if any."""
        return self._path

    def where(self, setting: str, entry: str | None = None) -> str | None:
        """Where the config file sets ``setting`` (its kebab-case key), or its ``entry``
        (a list's value, a table's key); ``None`` for what the file does not set, such
        as a setting given on the command line."""
        return self._places.get(setting if entry is None else f"{setting}/{entry}")

    def merged(self, **overrides: Any) -> Config:
        """This config with the given settings replaced (``None`` leaves one alone)."""
        given = {key: value for key, value in overrides.items() if value is not None}
        merged = self.model_copy(update=given)
        # an entry keeps its place (the command line adds to lists such as ignore); a
        # setting given another value no longer has one
        changed = {key.replace("_", "-") for key, value in given.items()
                   if value != getattr(self, key)}
        merged._places = {key: at for key, at in self._places.items() if key not in changed}
        return merged


def find_config(start: Path) -> Path | None:
    """The nearest ``planlint.toml``, or ``pyproject.toml`` with ``[tool.planlint]``."""
    from planlint.collect import resolved, what_it_is

    folder = resolved(start)
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "planlint.toml"
        if own.is_file():
            return own
        if (kind := what_it_is(own)) is not None:  # passed over, a config above took over
            raise UsageError(f"the config file is {kind}; make it a file of planlint's "
                             "settings in TOML, or remove it", str(own))
        project = candidate / "pyproject.toml"
        if project.is_file() and _has_planlint_table(project):
            return project
    return None


def _has_planlint_table(path: Path) -> bool:
    """Whether a ``pyproject.toml`` has a ``[tool.planlint]`` table.

    A file that never spells ``planlint`` has none, unless a quoted key spells it with
    escapes (a backslash): most projects' files are answered without importing and
    running the TOML parser (about 15 M instructions, 1.4 % of ``check --example``)."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_CONFIG_BYTES + 1)
    except OSError:
        return False
    text = raw.decode("utf-8", errors="replace")
    if "planlint" not in text and "\\" not in text:
        return False
    import tomllib  # here, as the TOML loader below: a run with no pyproject.toml needs neither

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return "[tool.planlint" in text
    return isinstance(data.get("tool"), dict) and "planlint" in data["tool"]


def _read(path: Path) -> str:
    """A config file's text, read up to ``MAX_CONFIG_BYTES``; a :class:`UsageError`
    when it cannot be read, is larger or is not UTF-8."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise UsageError(f"cannot read the config file: {error.strerror or error}",
                         str(path)) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise UsageError(f"the config file is larger than {MAX_CONFIG_BYTES:,} bytes; keep "
                         "planlint's settings short, naming groups of rules", str(path))
    if (codec := wide_encoding(raw)) is not None:
        raise UsageError(f"the config file is saved as {codec[:6].upper()}; save it again as "
                         "UTF-8", str(path))
    try:  # with a byte order mark, as Notepad saves UTF-8, like a plan
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UsageError(f"the config file is not UTF-8 text (byte {error.start:,} is not); "
                         "save it as UTF-8", str(path)) from None


def load_config(path: Path) -> Config:
    """Read a config file; any mistake is a :class:`UsageError` pointing at its line."""
    from planlint.loaders.toml import load as load_toml

    text = _read(path)
    try:
        document = load_toml(text)
    except LoadError as error:
        raise UsageError(error.message, f"{path}:{error.line}:{error.column}") from None
    data: Any = document.data
    base = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("planlint", {})
        base = "/tool/planlint"
    elif isinstance(data.get("tool"), dict) and "planlint" in data["tool"]:
        span = document.positions.span("/tool/planlint")
        raise UsageError(f"{path.name} holds planlint's settings at its top, without "
                         "[tool.planlint] (which is for pyproject.toml): write 'select = "
                         "[...]' and '[severity]' rather than '[tool.planlint]' and "
                         "'[tool.planlint.severity]'",
                         f"{path}:{span[0]}:{span[1]}" if span else str(path))
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        detail = error.errors(include_url=False)[0]
        pointer = base
        for part in detail["loc"]:
            pointer = pointer_join(pointer, part)
        span = document.positions.span(pointer)
        where = f"{path}:{span[0]}:{span[1]}" if span else str(path)
        key = ".".join(str(part) for part in detail["loc"])
        message = explain(detail)
        if detail["type"] == "extra_forbidden":
            known = ", ".join(sorted(field.alias or name
                                     for name, field in Config.model_fields.items()))
            message = f"unknown setting; planlint knows {known}"
        raise UsageError(f"{key}: {message}", where) from None
    if config.rule_files:
        config = config.model_copy(update={"rule_files": [
            str(path.parent / file) for file in config.rule_files]})
    config._path = path
    config._places = _places(data, base, path, document)
    return config


def _places(data: dict[str, Any], base: str, path: Path, document: Document) -> dict[str, str]:
    """:attr:`Config._places` of a validated file's ``data`` (at ``base`` in it)."""
    def at(pointer: str) -> str:
        span = document.positions.span(pointer)
        return f"{path}:{span[0]}:{span[1]}" if span else str(path)

    places: dict[str, str] = {}
    for key, value in data.items():
        setting = key.replace("_", "-")
        pointer = pointer_join(base, key)
        places[setting] = at(pointer)
        if setting == "rule-files":  # as the config holds them: relative to its folder
            value = [str(path.parent / file) for file in value]
        if isinstance(value, list):  # a list's entries by value, a table's by key
            for index, entry in enumerate(value):
                places.setdefault(f"{setting}/{entry}", at(pointer_join(pointer, index)))
        elif isinstance(value, dict):
            for entry in value:
                places[f"{setting}/{entry}"] = at(pointer_join(pointer, entry))
    return places


def discover(start: Path, explicit: Path | None = None) -> Config:
    """The config for a plan at ``start``: ``explicit`` if given, else the nearest one."""
    if explicit is not None:
        if explicit.is_dir():
            raise UsageError(f"config file {explicit} is a folder; name its planlint.toml "
                             "or pyproject.toml")
        if not explicit.is_file():
            raise UsageError(f"config file {explicit} does not exist" if not explicit.exists()
                             else f"config file {explicit} is not a regular file (a device "
                             "or a named pipe); name a TOML file")
        return load_config(explicit)
    found = find_config(start)
    return load_config(found) if found is not None else Config()


def describe(found: Config, effective: Config, from_command_line: set[str]) -> list[str]:
    """Each setting of ``effective`` as a TOML line, with where its value came from: the
    command line (``from_command_line`` names those settings), the config file ``found``
    was read from (with the line that sets it), or planlint's default."""
    lines = [f"# config file: {found.path}" if found.path else
             "# config file: none found (planlint.toml, or pyproject.toml with "
             "[tool.planlint], from the plan's folder upward)"]
    text = _read(found.path) if found.path else ""
    for name, field in Config.model_fields.items():
        key = field.alias or name
        value = getattr(effective, name)
        if name in from_command_line:
            origin = "command line"
        elif name in found.model_fields_set:
            origin = f"{found.path}{_line_of(text, key, name)}"
        else:
            origin = "default"
        lines.append(f"# {key} is not set  # {origin}" if value is None
                     else f"{key} = {_toml(value)}  # {origin}")
    return lines


def _line_of(text: str, key: str, name: str) -> str:
    """``:LINE`` of the line that sets ``key`` (or its snake_case ``name``), if found."""
    for number, line in enumerate(text.splitlines(), start=1):
        written = line.split("=", 1)[0].strip().strip('"')
        if written in (key, name) or line.strip() in (f"[{key}]", f"[tool.planlint.{key}]"):
            return f":{number}"
    return ""


def _toml(value: Any) -> str:
    """A setting's value as TOML writes it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f'"{key}" = {_toml(item)}' for key, item in value.items()) + "}"
    return str(value)

