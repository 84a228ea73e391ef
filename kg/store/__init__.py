"""The store: every access to the Oxigraph store on disk goes through this package.

For users, `open_store(path)` gives the graph as an rdflib `Dataset` on oxrdflib's Oxigraph
store, so rdflib tooling (SPARQL, serializers, pySHACL) works on it in a Python session. The
rest of kg uses `KGStore` (atomic per-graph writes, fast native queries), the readers' and
writers' locks (`locks`, `gate`), the server's operations (`ops`), its killable query
processes (`executor`) and the full-text search index beside the store (`search`).
"""

from __future__ import annotations

from kg.store.core import (
    KGStore,
    describe_syntax_error,
    open_reader,
    writer_started_from,
)
from kg.store.dataset import StoreDataset, open_store
from kg.store.leftovers import remove_load_leftovers, staging_graph_iri

__all__ = [
    "KGStore",
    "StoreDataset",
    "describe_syntax_error",
    "open_reader",
    "open_store",
    "remove_load_leftovers",
    "staging_graph_iri",
    "writer_started_from",
]
