"""Limits that keep hostile or broken plan files cheap to check."""

#: Largest plan file read, in bytes.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Deepest nesting of mappings and lists in a file (plans need fewer than ten).
MAX_DEPTH = 64

#: Most nodes that YAML aliases may add to a file by repetition.
MAX_ALIAS_NODES = 100_000

#: Most files one plan may span through paths, folders and includes.
MAX_FILES = 10_000
