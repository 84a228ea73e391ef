"""The web layer: the SPARQL endpoint, the graph store and dereferenceable IRIs (Flask); pages are in kg.site."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that query processes (kg.store.queryproc) start without loading Flask.
    if name == "create_app":
        from kg.web.app import create_app

        return create_app
    raise AttributeError(name)
