"""Errors that stop a run before any plan is checked (exit code 2)."""

from __future__ import annotations


class UsageError(Exception):
    """A mistake in how planlint was called or configured: a missing file, a bad option.

    ``where`` is ``file:line:column`` (or just the file) when the mistake is in a file.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
        self.where = where
