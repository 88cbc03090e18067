"""Pausing the cyclic garbage collector while a run allocates much and frees little: a
module of its own, so that a command can pause it before importing the rest."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: a run allocates much and frees little.

    What was made meanwhile and lives on is then counted as old, as it would be after a
    collection had found it alive, so that the young collection which comes with the
    next allocations does not walk the millions of objects of a large plan (a fifth of
    a second at 20,000 items); a full collection still does. Objects an application
    froze itself (``gc.freeze``) are left as they are, and then so is the count."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():
                gc.freeze()  # the young and middle generations, moved to the old one
                gc.unfreeze()
            gc.enable()
