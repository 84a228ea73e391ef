"""Full-text search and the home page's overview over a SPARQL server: our FTS index, kept in a local folder.

Oxigraph's server has no text search, and the others' differ, so `kg serve` keeps the same SQLite
FTS5 index as beside a directory store (kg.store.search), fed from the server: what the index
reads (types, labels, dates, article texts) comes over in one query into an in-memory store, and
the index is built from that. The index records a fingerprint of the server's contents (the size
of every graph, one aggregate query); each search or overview asks for the fingerprint first and
rebuilds the index when it differs, so writes made through any client are seen by the next search.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.store.remote import RemoteStore
from kg.store.search import SearchIndex
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
        index = self.open_current()
        try:
            return [asdict(hit) for hit in index.search(text, kind, limit)]
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
        """A digest of the size of every graph on the server, the default graph's too."""
        sizes = {"": self.default_graph_size(), **self.store.graph_sizes()}
        return hashlib.sha256(json.dumps(sizes, sort_keys=True).encode("utf-8")).hexdigest()

    def default_graph_size(self) -> int:
        """The number of triples in the server's own default graph (0 where it is the union of the others)."""
        if not self.store.endpoints.union_parameter:
            return 0
        solutions = self.store.native_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", own_dataset=True)
        assert isinstance(solutions, ox.QuerySolutions)
        return next((int(s["n"].value) for s in solutions), 0)

    def copy_indexed(self) -> ox.Store:
        """An in-memory store holding the server's statements that the index reads, in their graphs."""
        values = " ".join(str(p) for p in INDEXED_PREDICATES)
        solutions = self.store.native_query(
            f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?p {{ {values} }} {self.store.every_quad()} }}", own_dataset=True
        )
        assert isinstance(solutions, ox.QuerySolutions)
        copy = ox.Store()
        copy.extend(
            ox.Quad(s["s"], s["p"], s["o"], s["g"] if isinstance(s["g"], ox.NamedNode) else ox.DefaultGraph())
            for s in solutions
            if not isinstance(s["s"], ox.Triple)
        )
        return copy
