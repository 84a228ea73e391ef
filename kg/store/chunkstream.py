"""The chunks of a streamed reply of a query process (kg.store.executor), read with a deadline per chunk."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Protocol

from kg.errors import QueryTimeoutError, StoreError

log = logging.getLogger(__name__)


class Stoppable(Protocol):
    """What sends the chunks: a query process that can be killed (and replaced) at once."""

    def kill(self, restart: bool = True) -> None:
        """Stop the process now."""


class ChunkStream:
    """The chunks of a streamed reply; closing it early kills the query process rather than drain it."""

    def __init__(self, owner: Stoppable, conn: Connection, deadline: float, timeout_s: float) -> None:
        self.owner = owner
        self.conn = conn
        self.deadline = deadline
        self.timeout_s = timeout_s
        self.finished = False
        self.on_close: list[Callable[[], None]] = []
        self._watch_lock = threading.Lock()
        self._watch: threading.Timer | None = None
        self._schedule_watch()

    def _schedule_watch(self) -> None:
        # A client that stops reading would keep the query process, and the store's read lock, forever.
        # One timer per quiet period: each pulled chunk moves the deadline, the timer looks at it when it fires.
        with self._watch_lock:
            if self.finished:
                return
            self._watch = threading.Timer(max(0.0, self.deadline - time.monotonic()), self._check_reader)
            self._watch.daemon = True
            self._watch.start()

    def _check_reader(self) -> None:
        if time.monotonic() < self.deadline:
            self._schedule_watch()
            return
        with self._watch_lock:
            if self.finished:
                return
        log.warning("a streamed result was not read for %g s; its query process is stopped", self.timeout_s)
        self.owner.kill()

    def __iter__(self) -> ChunkStream:
        return self

    def __next__(self) -> bytes:
        if self.finished:
            raise StopIteration
        try:
            if not self.conn.poll(max(0.0, self.deadline - time.monotonic())):
                self.close()
                raise QueryTimeoutError(f"the result stalled for longer than {self.timeout_s:g} s; stopped")
            chunk = self.conn.recv_bytes()
        except (EOFError, OSError) as exc:
            self.finished = True
            self.close()
            raise StoreError("the query process stopped while it sent the result") from exc
        # A result that keeps coming runs to its end (results are capped in rows); only a stall stops it.
        self.deadline = time.monotonic() + self.timeout_s
        if not chunk:
            self.finished = True
            self.close()
            raise StopIteration
        if chunk.startswith(b"\x00ERROR\x00"):
            self.finished = True
            self.close()
            raise StoreError(chunk[7:].decode("utf-8", "replace"))
        return chunk

    def close(self) -> None:
        """Release the query process: killed if the stream was not read to its end."""
        with self._watch_lock:
            if self._watch is not None:
                self._watch.cancel()
        if not self.finished:
            self.finished = True
            self.owner.kill()
        callbacks, self.on_close = self.on_close, []
        for callback in callbacks:
            callback()
