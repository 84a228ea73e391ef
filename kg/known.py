"""The entities already stored, kept in memory while one ingest writes its articles.

Reconciling an article needs every entity of the other articles. Asking the store for them before
each article costs a scan of every stored graph, so a run of n articles took time growing with n².
An ingest reads them once, then adds each graph it writes; if another command wrote in between
(the store's generation is not the one our last write left), it reads them again under the lock.
The rows are those of `kg.rdf.identity.KNOWN_ENTITIES_QUERY`, in its order, without repeats.
The texts stored (each graph's `schema:sha256` digests and the articles bearing them) are kept the
same way, so that finding a duplicate text asks the store nothing.
"""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, Graph

from kg.rdf.build import ENTITY_CLASSES
from kg.rdf.identity import KnownIndex
from kg.store import KGStore
from kg.store.locks import read_lock_record
from kg.store.protocol import GraphStore
from kg.terms import SCHEMA, ontology_graph_iri

# (entity, rank: 0 for the preferred label, 1 for another spelling, label, class)
Row = tuple[str, int, str, str]

_VALUES = " ".join(f"<{c}>" for c in ENTITY_CLASSES.values())
_TEXTS_QUERY = f"SELECT ?g ?a ?d WHERE {{ GRAPH ?g {{ ?a <{SCHEMA.sha256}> ?d }} }}"
_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
# (digest, article IRI) of one `schema:sha256` statement
Text = tuple[str, str]


def _rows_query(graph: str) -> str:
    return f"""
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?g ?entity ?class ?label ?rank WHERE {{ GRAPH {graph} {{
  VALUES ?class {{ {_VALUES} }}
  ?entity a ?class .
  {{ ?entity rdfs:label ?label . BIND(0 AS ?rank) }} UNION {{ ?entity skos:altLabel ?label . BIND(1 AS ?rank) }}
}} }}"""


class KnownEntities:
    """The stored entities per graph, and the store generation they were read at (None: not read yet)."""

    def __init__(self) -> None:
        self.generation: str | None = None
        # Per graph, its rows as the one shared copy of each: most rows repeat across graphs (the same
        # people and flights), and a copy per graph would hold memory growing with every article of a crawl.
        self._rows: dict[str, tuple[Row, ...]] = {}
        self._shared: dict[Row, Row] = {}
        self._counts: Counter[Row] = Counter()
        self._index: KnownIndex | None = None  # of every row counted, kept up to date; None: build when asked
        self._texts: dict[str, tuple[Text, ...]] = {}  # per graph
        self._graphs_of: dict[str, set[tuple[str, str]]] = {}  # per digest: (graph, article)

    def index(self, exclude: str) -> KnownIndex:
        """The entities of every graph but `exclude`, indexed for `reconcile` (the same as `known(exclude)`)."""
        if any(self._counts[r] == 1 for r in self._rows.get(exclude, ())):
            return KnownIndex(self._rows_but(exclude))
        if self._index is None:
            self._index = KnownIndex(self._counts)
        return self._index

    def wrote(self, graph_iri: str, rows: frozenset[Row]) -> None:
        """Hold `rows` as the entities of `graph_iri`, written now (replacing what it held)."""
        self._set(graph_iri, rows)

    def known(self, exclude: str) -> list[tuple[str, str, str]]:
        """(entity, class, label) rows of every graph but `exclude`, preferred labels first, as the query gives."""
        return [(entity, cls, label) for entity, _rank, label, cls in self._rows_but(exclude)]

    def _rows_but(self, exclude: str) -> list[Row]:
        leaving = frozenset(self._rows.get(exclude, ()))
        return sorted(r for r, n in self._counts.items() if n > (1 if r in leaving else 0))

    def read_all(self, store: GraphStore, generation: str | None) -> None:
        """Read every graph's entities from `store`, which is at `generation`."""
        self._rows, self._shared, self._counts, self._index = {}, {}, Counter(), None
        grouped: dict[str, set[Row]] = {}
        for graph, row in _query(store, "?g"):
            grouped.setdefault(graph, set()).add(row)
        for graph, rows in grouped.items():
            self._set(graph, frozenset(rows))
        self._texts, self._graphs_of = {}, {}
        texts: dict[str, set[Text]] = {}
        for graph, text in _query_texts(store):
            texts.setdefault(graph, set()).add(text)
        for graph, held in texts.items():
            self.wrote_texts(graph, frozenset(held))
        self.generation = generation

    def graph_with_text(self, digest: str, exclude: str) -> tuple[str, str] | None:
        """The (graph, article) holding text of `digest` in a graph other than `exclude`, the first by graph IRI."""
        if not digest:
            return None
        return min((held for held in self._graphs_of.get(digest, ()) if held[0] != exclude), default=None)

    def wrote_texts(self, graph: str, texts: frozenset[Text]) -> None:
        """Hold `texts` as the (digest, article) pairs of `graph`, written now (replacing what it held)."""
        for digest, article in frozenset(self._texts.get(graph, ())) - texts:
            self._graphs_of[digest].discard((graph, article))
            if not self._graphs_of[digest]:
                del self._graphs_of[digest]
        for digest, article in texts:
            self._graphs_of.setdefault(digest, set()).add((graph, article))
        self._texts[graph] = tuple(texts)

    def note_generation(self, store: KGStore) -> None:
        """Take in the generation that the writes to `store` (held for writing) leave."""
        assert store.writer_lock is not None
        self.generation = read_lock_record(store.writer_lock).generation

    def _set(self, graph: str, rows: frozenset[Row]) -> None:
        if graph == ontology_graph_iri():
            return
        before = frozenset(self._rows.get(graph, ()))
        added = [r for r in rows - before if self._counts[r] == 0]
        self._counts.subtract(before - rows)
        self._counts.update(rows - before)
        gone = [r for r in before - rows if self._counts[r] <= 0]
        for row in gone:
            del self._counts[row]
            del self._shared[row]
        self._rows[graph] = tuple(self._shared.setdefault(row, row) for row in rows)
        if self._index is not None and (gone or not self._index.add(added)):
            self._index = None  # an entity lost a label or changed class: build it again when asked


def rows_in(graph: Graph) -> frozenset[Row]:
    """The rows that the store will give for `graph` once it is written."""
    rows: set[Row] = set()
    for cls in ENTITY_CLASSES.values():
        for entity in graph.subjects(RDF.type, cls):
            for rank, prop in ((0, RDFS.label), (1, SKOS.altLabel)):
                rows.update((str(entity), rank, str(label), str(cls)) for label in graph.objects(entity, prop))
    return frozenset(rows)


def _query_texts(store: GraphStore) -> list[tuple[str, Text]]:
    """Every (graph, (digest, article)) of the store's `schema:sha256` statements with a plain string digest."""
    solutions = store.native_query(_TEXTS_QUERY, own_dataset=True)
    assert isinstance(solutions, ox.QuerySolutions)
    found = []
    for s in solutions:
        digest = s["d"]
        if isinstance(digest, ox.Literal) and digest.datatype == _XSD_STRING and digest.language is None:
            found.append((str(s["g"].value), (digest.value, str(s["a"].value))))
    return found


def _query(store: GraphStore, graph: str) -> list[tuple[str, Row]]:
    solutions = store.native_query(_rows_query(graph), own_dataset=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return [
        (
            str(s["g"].value) if graph == "?g" else graph.strip("<>"),
            (str(s["entity"].value), int(s["rank"].value), str(s["label"].value), str(s["class"].value)),
        )
        for s in solutions
    ]
