"""Whether other processes use a store at this moment: a long writer holds the store longer only when none do."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from kg.store.locks import WRITER_LOCK, open_lock_file, poll_flock


def others_use_store(directory: Path) -> bool:
    """Whether another process reads or writes the store in `directory` now.

    Call it without holding the store: the writer lock is tried and at once let go, so any reader
    or writer inside shows (a writer that waits does so for one of them).
    """
    if not (directory / WRITER_LOCK).is_file():
        return False  # no kg command has opened the store yet
    try:
        lock = open_lock_file(directory, WRITER_LOCK)
        try:
            if not poll_flock(lock, fcntl.LOCK_EX, 0.0):
                return True
            fcntl.flock(lock, fcntl.LOCK_UN)
            return False
        finally:
            os.close(lock)
    except OSError:
        return True  # a lock we cannot look at may be in use: assume it is
