"""Full-text search and the home page's overview over a SPARQL server: our FTS index, kept in a local folder.

Oxigraph's server has no text search, and the others' differ, so `kg serve` keeps the same SQLite
FTS5 index as beside a directory store (kg.store.search), fed from the server: what the index
reads (types, labels, dates, article texts) comes over in one query into an in-memory store, and
the index is built from that. The index records a digest of those statements, which the server
computes (one aggregate query, two values back); each search or overview asks for the digest
first and rebuilds the index when it differs, so writes made through any client are seen by the
next search.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.store.remote import RemoteStore
from kg.store.search import Hit, SearchIndex
from kg.store.searchdocs import ALT_LABEL, DATES, IS_STRING, PREF_LABELS, RDF_TYPE, SOURCE_URL

# Everything kg.store.searchdocs reads of a resource.
INDEXED_PREDICATES = (RDF_TYPE, *PREF_LABELS, ALT_LABEL, *DATES.values(), SOURCE_URL, IS_STRING)
LATEST = 10


class SearchMirror:
    """The search index of one SPARQL server, in `folder` (shared by the query processes of a server)."""

    def __init__(self, store: RemoteStore, folder: str) -> None:
        self.store = store
        self.folder = Path(folder)

    def search(self, text: str, kind: str | None, limit: int) -> list[dict[str, Any]]:
        """The best `limit` matches of `text`, as kg.store.search.SearchIndex.search finds them."""
        return [asdict(hit) for hit in self.find(text, kind, limit)]

    def find(self, text: str, kind: str | None, limit: int) -> list[Hit]:
        """The best `limit` matches of `text`, as Hits."""
        index = self.open_current()
        try:
            return index.search(text, kind, limit)
        finally:
            index.close()

    def rebuild(self) -> None:
        """Rebuild the index from the server whether or not its digest changed."""
        fingerprint = self.fingerprint()
        index = SearchIndex(self.folder)
        try:
            index.rebuild(self.copy_indexed(), fingerprint)
        finally:
            index.close()

    def overview(self, latest: int = LATEST) -> dict[str, Any]:
        """How many resources of each kind the server holds, and its latest flights with their dates."""
        index = self.open_current()
        try:
            return {"counts": index.counts(), "flights": index.latest("flight", latest)}
        finally:
            index.close()

    def open_current(self) -> SearchIndex:
        """The index, rebuilt first if the server's contents changed since it was built."""
        fingerprint = self.fingerprint()
        index = SearchIndex(self.folder)
        try:
            if index.generation() != fingerprint:
                index.rebuild(self.copy_indexed(), fingerprint, unless_current=True)
        except BaseException:
            index.close()
            raise
        return index

    def fingerprint(self) -> str:
        """A digest, computed by the server, of every statement the index reads (with its graph), and their number.

        The server walks only the indexed predicates and sends back two values. Solutions come in
        the server's own order: a new order makes a needless rebuild, never a stale index.
        """
        line = 'CONCAT(COALESCE(STR(?s), "_"), " ", STR(?p), " ", COALESCE(STR(?o), "_"), " ", COALESCE(STR(?g), ""))'
        solutions = self.store.native_query(
            f'SELECT (SHA256(GROUP_CONCAT({line}; separator="\\n")) AS ?digest) (COUNT(*) AS ?n) '
            f"WHERE {{ {self.indexed_pattern()} }}",
            own_dataset=True,
        )
        assert isinstance(solutions, ox.QuerySolutions)
        for solution in solutions:
            digest, count = solution["digest"], solution["n"]
            return f"{digest.value if digest is not None else ''}:{count.value if count is not None else 0}"
        return ""

    def indexed_pattern(self) -> str:
        """A pattern binding ?s ?p ?o (and ?g) to every statement of the server that the index reads."""
        values = " ".join(str(p) for p in INDEXED_PREDICATES)
        return f"VALUES ?p {{ {values} }} {self.store.every_quad()}"

    def copy_indexed(self) -> ox.Store:
        """An in-memory store holding the server's statements that the index reads, in their graphs."""
        query = f"SELECT ?s ?p ?o ?g WHERE {{ {self.indexed_pattern()} }}"
        solutions = self.store.native_query(query, own_dataset=True)
        assert isinstance(solutions, ox.QuerySolutions)
        copy = ox.Store()
        copy.extend(
            ox.Quad(s["s"], s["p"], s["o"], s["g"] if isinstance(s["g"], ox.NamedNode) else ox.DefaultGraph())
            for s in solutions
            if not isinstance(s["s"], ox.Triple)
        )
        return copy


def cache_folder(store_url: str) -> Path:
    """The folder of `kg search`'s index for the server at `store_url`: in the user's cache, one per server URL."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    key = hashlib.sha256(store_url.rstrip("/").encode("utf-8")).hexdigest()[:24]
    return Path(cache) / "spacekg" / "search" / key
