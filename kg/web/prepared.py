"""Checked queries and the cache of them each worker keeps (the checks cost more than a small query takes)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from kg.web.negotiate import Format

PREPARED_ENTRIES = 256
PREPARED_MAX_CHARS = 8192


@dataclass
class PreparedQuery:
    """A checked query ready for a query process: its arguments, response format, headers and time limit.

    `sent` is the query as the client sent it; args["text"] may have a row cap added.
    """

    args: dict[str, Any]
    fmt: Format
    headers: dict[str, str]
    timeout_s: float
    sent: str


class PreparedCache:
    """The last few checked queries of this worker, by everything their checks read (text, Accept, endpoint, ...).

    Clients repeat the same queries; checking one again (tokenizing, negotiating) costs more than
    Oxigraph takes to answer a small one. Only the checks are kept, never results.
    """

    def __init__(self, size: int = PREPARED_ENTRIES) -> None:
        self.size = size
        self.entries: dict[tuple[Any, ...], PreparedQuery] = {}
        self.lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> PreparedQuery | None:
        """The prepared query for `key`, if it was seen recently."""
        return self.entries.get(key)

    def put(self, key: tuple[Any, ...], prepared: PreparedQuery) -> None:
        """Remember a prepared query (short query texts only, `key[0]`), forgetting the oldest past the size."""
        if len(key[0]) > PREPARED_MAX_CHARS:
            return
        with self.lock:
            if len(self.entries) >= self.size:
                del self.entries[next(iter(self.entries))]
            self.entries[key] = prepared
