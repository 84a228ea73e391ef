"""The store as an rdflib `Dataset` (on oxrdflib's Oxigraph store), for Python sessions and rdflib tooling."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.errors import NotFoundError
from kg.store.core import KGStore, open_reader


class StoreDataset(Dataset):
    """An rdflib Dataset over a kg store on disk; its default graph is the union of the named graphs.

    Close it (or use it in a `with` block) to let writers in: while it is open it holds the
    store's readers' lock (or, opened with `writable=True`, the writer's lock).
    """

    def __init__(self, store: KGStore, release: contextlib.ExitStack) -> None:
        super().__init__(store=OxigraphStore(store=store.native), default_union=True)
        self.kg_store = store
        self._release = release

    def close(self, commit_pending_transaction: bool = False) -> None:
        """Release the store and its lock."""
        super().close()  # oxrdflib drops its handle on the store here
        self._release.close()

    def __enter__(self) -> StoreDataset:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def open_store(path: str | Path, *, writable: bool = False) -> StoreDataset:
    """Open the kg store in `path` as an rdflib Dataset: read-only beside a running `kg serve`, or writable.

    Example:
        >>> from kg.store import open_store
        >>> with open_store(".kg-store") as graph:
        ...     for row in graph.query("SELECT ?m WHERE { ?m a <https://w3id.org/spacekg/ontology#Mission> }"):
        ...         print(row.m)
    """
    directory = Path(path)
    release = contextlib.ExitStack()
    if writable:
        store = release.enter_context(KGStore.open(directory))
        store.note_write(None)  # rdflib may write anything: the search index is rebuilt when the store closes
    else:
        if not (directory / "CURRENT").exists():
            raise NotFoundError(f"there is no kg store in {directory}; run `kg --store {directory} build`")
        store, _ = release.enter_context(open_reader(directory))
    return StoreDataset(store, release)
