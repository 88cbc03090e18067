"""Limits that keep hostile or broken plan files cheap to check.

Each limit is far above what a real plan needs; crossing one is a finding (or, for the
number of files, a usage error), never a crash. The README's Robustness section states
them.
"""

#: Largest plan file read, in bytes.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Most bytes read for one plan, over all its files.
MAX_TOTAL_BYTES = 256 * 1024 * 1024

#: Deepest nesting of mappings and lists in a file (plans need fewer than ten).
MAX_DEPTH = 64

#: Longest path of keys down to one value of a YAML or JSON file, in characters (its JSON pointer:
#: ``/goals/3/title``). Each value's position is kept by its path, and the keys above
#: it are repeated in the path of each value below them, so a long key over many values
#: would cost memory growing with their product (a 100,000-character key over 20,000
#: values took 2 GB for a 160 KB file). YAML's own plain keys stop at 1,024 characters.
MAX_KEY_PATH = 1_024

#: Most values (scalars, lists, mappings) one YAML file may hold before it is composed,
#: and most cells with a value one workbook or CSV file may hold.
MAX_NODES = 3_000_000

#: Most bytes the parts of one workbook may unpack to (a zip bomb is a finding).
MAX_WORKBOOK_UNPACKED = 256 * 1024 * 1024

#: Most parts (zip entries) one workbook may hold.
MAX_WORKBOOK_PARTS = 10_000

#: Most nodes that YAML aliases may add to a file by repetition.
MAX_ALIAS_NODES = 100_000

#: Most files one plan may span through paths, folders and includes.
MAX_FILES = 10_000

#: Most items one plan may hold (each takes about 4.5 KB of memory once loaded).
MAX_ITEMS = 250_000

#: Longest text of a value shown inside a message, in characters.
MAX_SHOWN = 60

#: Longest message of a finding, in characters (a longer one is cut).
MAX_MESSAGE = 2000

#: Most characters of one title or description that rules read for its wording; a longer
#: text is read by its start (no title is read as a phrase past this), so a hostile
#: 60 MB title costs no more than a long one.
MAX_WORDED = 2_000

#: Default time budget of one rule, in seconds (``rule-timeout``; 0 turns it off).
DEFAULT_RULE_TIMEOUT = 30.0

#: Time budget of one output format rendering a report, in seconds.
OUTPUT_TIMEOUT = 120.0

#: The longest time budget a config may give one rule, in seconds: a day (a timer
#: cannot be set much further ahead).
MAX_RULE_TIMEOUT = 86_400.0

#: Largest config file read (``planlint.toml``, ``pyproject.toml``), in bytes.
MAX_CONFIG_BYTES = 1024 * 1024

#: Most entries of one list or table of the config (``select``, ``severity``, ...): each
#: is compared with every rule, and no config needs more than there are rules.
MAX_SETTING_ENTRIES = 1_000

#: Longest chain of files each included by the one before (a cascade needs a few). Each
#: link is followed by recursion, so a chain of 300 files ran out of Python's stack.
MAX_INCLUDE_DEPTH = 64

#: The most files and folders one ``include:`` pattern may look at.
MAX_INCLUDE_ENTRIES = 100_000

#: The longest cadence or duration a plan may state, in years: a century is longer than
#: any plan, and date arithmetic on longer spans leaves the calendar.
MAX_SPAN_YEARS = 100


def long_key(pointer: str, key: str) -> str | None:
    """The message for ``key`` in the mapping at ``pointer`` (a JSON pointer) when the
    path down to its value would pass ``MAX_KEY_PATH``, its entry then dropped; else
    ``None``. YAML and JSON keep each value's position by its path."""
    if len(pointer) + len(key) < MAX_KEY_PATH:
        return None
    under = f", under keys of {len(pointer):,} more" if len(pointer) > 1 else ""
    return (f"this key is {len(key):,} characters long{under}; a key names a field or an "
            f"item, and planlint reads at most {MAX_KEY_PATH:,} characters of keys down to "
            "a value, so this entry is dropped: write the long text as a value instead")


def shown(value: object) -> str:
    """``repr(value)`` cut to ``MAX_SHOWN`` characters, cheap even for huge or deeply
    shared values (a list that aliases repeat is not written out). A date is shown as a
    plan writes it (2026-06-30), not as Python's ``datetime.date(2026, 6, 30)``."""
    import reprlib
    from datetime import date

    if isinstance(value, date):  # a workbook's date cell where a number belongs
        return value.isoformat()

    short = reprlib.Repr()
    short.maxstring = short.maxother = MAX_SHOWN
    short.maxlist = short.maxdict = 4
    short.maxlevel = 2
    text = short.repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
