"""The store access and settings the pages work with, lent to them by the app that registers them."""

from __future__ import annotations

from typing import Any, Protocol

from flask import current_app

from kg.settings import Settings
from kg.store.executor import Reply

EXTENSION = "kg.site"


class PageStore(Protocol):
    """What the pages need of the app: its settings and a way to run store operations in a query process."""

    settings: Settings

    def run(self, op: str, args: dict[str, Any], timeout_s: float | None = None) -> Reply:
        """Run a store operation with the request's timeout."""
        ...


def page_store() -> PageStore:
    """The store access of the app handling the current request."""
    return current_app.extensions[EXTENSION]
