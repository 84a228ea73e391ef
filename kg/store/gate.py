"""Coordinate the server's processes on one on-disk store: many read-only readers, one writer at a time.

Oxigraph allows one read-write opening of a store directory, and reading through a read-only
opening while another process writes is undefined. So every reader holds a shared lock on the
store's writer-lock file while it reads; every read-write opening (ours, or any kg command's)
holds the exclusive lock until it closes and changes the generation written in the file. A
reader that sees a new generation reopens its read-only view first, so every write is seen by
the very next read in every process. Within a process, threads share the view and the shared
lock (flock belongs to the open file, not to a thread): the first reader takes it, the last
releases it, and a write in this process waits for this process's readers. Writers wait their
turn (kg.store.locks): while a writer elsewhere waits at the turnstile, new readers here wait
until this process's readers are out and the write is done, so reads never starve writers.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from kg.errors import StoreError
from kg.store import KGStore
from kg.store.locks import TURNSTILE, WRITER_LOCK, open_lock_file, read_lock_record, take_reader_lock, writer_waiting

# How often a reader held back for a writer elsewhere looks again whether it still waits.
WRITER_CHECK_S = 0.02


class StoreGate:
    """One process's access to the store: a read-only view refreshed after writes, and exclusive writes."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._fd = open_lock_file(directory, WRITER_LOCK)
        self._turnstile = open_lock_file(directory, TURNSTILE)
        self._reader: KGStore | None = None
        self._generation = ""
        self._turn = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @classmethod
    def prepare(cls, directory: Path) -> None:
        """Create the store directory and an empty store in it if there is none yet."""
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store directory {directory}: {exc.strerror or exc}") from exc
        if not (directory / "CURRENT").exists():
            gate = cls(directory)
            with gate.writing():
                pass
            gate.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[KGStore]:
        """Hold the shared lock and yield an up-to-date read-only store."""
        with self._turn:
            while True:
                while self._writing or self._writers_waiting:
                    self._turn.wait()
                if self._readers == 0:
                    self._lock_shared_and_refresh()
                    break
                if not writer_waiting(self._turnstile):
                    break
                # A writer elsewhere waits for our readers to leave: queue behind it once they have.
                self._turn.wait(WRITER_CHECK_S)
            self._readers += 1
            reader = self._reader
        assert reader is not None
        try:
            yield reader
        finally:
            with self._turn:
                self._readers -= 1
                if self._readers == 0:
                    fcntl.flock(self._fd, fcntl.LOCK_UN)
                    self._turn.notify_all()

    @contextlib.contextmanager
    def writing(self) -> Iterator[KGStore]:
        """Yield the store opened read-write (KGStore takes the writer lock); readers reopen afterwards."""
        with self._turn:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._turn.wait()
            self._writers_waiting -= 1
            self._writing = True
        try:
            self._drop_reader()
            store = KGStore.open(self.directory)
            try:
                yield store
            finally:
                store.close()
        finally:
            with self._turn:
                self._writing = False
                self._turn.notify_all()

    def _lock_shared_and_refresh(self) -> None:
        # A writer elsewhere can only have changed the generation while no reader here held the lock.
        take_reader_lock(self.directory, self._turnstile, self._fd, wait_s=None)
        try:
            generation = read_lock_record(self._fd).generation
            if self._reader is None or generation != self._generation:
                self._drop_reader()
                self._reader = KGStore.open(self.directory, read_only=True)
                self._generation = generation
        except BaseException:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            raise

    def close(self) -> None:
        """Release the read-only view and the lock file."""
        self._drop_reader()
        os.close(self._fd)
        os.close(self._turnstile)

    def _drop_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
