"""Reconcile one article with the stored entities: its entities that are known take the known IRIs and labels.

The writer of `kg ingest` reconciles every article alone, on the triples as parsed: going through an
rdflib graph cost more than the rest of its work. `ArticleTriples` holds them as Oxigraph terms,
indexed by subject and by object; `reconcile_triples` rewrites them onto the matches that
`kg.rdf.identity.find_matches` finds, and `reconcile` does the same for an rdflib graph.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from kg.rdf.build import ENTITY_CLASSES, add_merge_record
from kg.rdf.convert import graph_to_triples, term_to_rdflib
from kg.rdf.identity import CLASS_FAMILY, Entity, KnownIndex, find_matches
from kg.terms import SCHEMA

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Term, Term, Term]
# (entity, rank: 0 for the preferred label, 1 for another spelling, label, class), as kg.known.Row
Row = tuple[str, int, str, str]

_TYPE = ox.NamedNode(str(RDF.type))
_LABEL = ox.NamedNode(str(RDFS.label))
_ALT_LABEL = ox.NamedNode(str(SKOS.altLabel))
_NAME = ox.NamedNode(str(SCHEMA.name))
_SHA256 = ox.NamedNode(str(SCHEMA.sha256))
_XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
_STATEMENT_SUBJECT = ox.NamedNode(str(RDF.subject))
_STATEMENT_PREDICATE = ox.NamedNode(str(RDF.predicate))
_STATEMENT_OBJECT = ox.NamedNode(str(RDF.object))
_CLASSES = [(str(cls), ox.NamedNode(str(cls))) for cls in ENTITY_CLASSES.values()]


class ArticleTriples:
    """A set of triples in the order they were added, indexed by subject and by object."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._by_subject: dict[Term, dict[Triple, None]] = {}
        self._by_object: dict[Term, dict[Triple, None]] = {}

    @classmethod
    def parse(cls, ntriples: str, name: str) -> ArticleTriples:
        """The triples of the N-Triples text `ntriples`, as the graph named `name`."""
        triples = cls(name)
        for quad in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            triples.add((quad.subject, quad.predicate, quad.object))
        return triples

    @classmethod
    def of_graph(cls, graph: Graph) -> ArticleTriples:
        """The triples of the rdflib graph `graph`, named as it is."""
        triples = cls(str(graph.identifier))
        for triple in graph_to_triples(graph):
            triples.add((triple.subject, triple.predicate, triple.object))  # type: ignore[arg-type]
        return triples

    def add(self, triple: Triple) -> None:
        """Add one triple (nothing happens if it is there already)."""
        self._by_subject.setdefault(triple[0], {})[triple] = None
        self._by_object.setdefault(triple[2], {})[triple] = None

    def remove(self, triple: Triple) -> None:
        """Remove one triple if it is there."""
        for index, key in ((self._by_subject, triple[0]), (self._by_object, triple[2])):
            held = index.get(key)
            if held is not None and triple in held:
                del held[triple]
                if not held:
                    del index[key]

    def __contains__(self, triple: Triple) -> bool:
        return triple in self._by_subject.get(triple[0], {})

    def __iter__(self) -> Iterator[Triple]:
        for held in list(self._by_subject.values()):
            yield from list(held)

    def __len__(self) -> int:
        return sum(len(held) for held in self._by_subject.values())

    def objects(self, subject: Term, predicate: Term) -> list[Term]:
        """The objects of (`subject`, `predicate`, ?), in the order their triples were added."""
        return [o for _s, p, o in self._by_subject.get(subject, {}) if p == predicate]

    def subjects(self, predicate: Term, obj: Term) -> list[Term]:
        """The subjects of (?, `predicate`, `obj`), in the order their triples were added."""
        return [s for s, p, _o in self._by_object.get(obj, {}) if p == predicate]

    def about(self, term: Term) -> list[Triple]:
        """Every triple with `term` as its subject or its object."""
        return [*self._by_subject.get(term, {}), *self._by_object.get(term, {})]

    def triples(self) -> list[ox.Triple]:
        """The triples as Oxigraph triples."""
        return [ox.Triple(s, p, o) for s, p, o in self]  # type: ignore[arg-type]

    def quads(self) -> list[ox.Quad]:
        """The triples as quads of the graph named after this one."""
        graph = ox.NamedNode(self.name)
        return [ox.Quad(s, p, o, graph) for s, p, o in self]  # type: ignore[arg-type]

    def entities(self) -> list[Entity]:
        """The typed entities with their labels, as `kg.rdf.identity` reads them from a graph of these triples."""
        found = []
        for cls, node in _CLASSES:
            named = {s for s in self.subjects(_TYPE, node) if isinstance(s, ox.NamedNode)}
            for subject in sorted(named, key=lambda n: n.value):
                labels = [o.value for o in self.objects(subject, _LABEL)]
                labels += sorted(o.value for o in self.objects(subject, _ALT_LABEL))
                if labels:
                    found.append(Entity(subject.value, CLASS_FAMILY.get(cls, cls), labels))
        return found

    def rows(self) -> frozenset[Row]:
        """The entity rows that the store will give for these triples once they are written (`kg.known.rows_in`)."""
        rows: set[Row] = set()
        for cls, node in _CLASSES:
            for entity in self.subjects(_TYPE, node):
                for rank, prop in ((0, _LABEL), (1, _ALT_LABEL)):
                    rows.update((entity.value, rank, label.value, cls) for label in self.objects(entity, prop))
        return frozenset(rows)

    def texts(self) -> frozenset[tuple[str, str]]:
        """The (digest, article IRI) of every `schema:sha256` statement with a plain string digest."""
        return frozenset(
            (o.value, s.value)
            for s, p, o in self
            if p == _SHA256 and isinstance(o, ox.Literal) and o.datatype == _XSD_STRING and o.language is None
        )


def reconcile(graph: Graph, known: KnownIndex) -> Graph:
    """A copy of the rdflib `graph` whose entities that are already known carry the known IRIs and labels."""
    reconciled = reconcile_triples(ArticleTriples.of_graph(graph), known)
    result = Graph(identifier=graph.identifier)
    for prefix, namespace in graph.namespaces():
        result.bind(prefix, namespace, override=True, replace=True)
    for s, p, o in reconciled:
        result.add((term_to_rdflib(s), term_to_rdflib(p), term_to_rdflib(o)))
    return result


def reconcile_triples(triples: ArticleTriples, known: KnownIndex) -> ArticleTriples:
    """Give the entities of `triples` that are already known the known IRIs and labels, in place.

    Each merge is recorded as an sm:EntityMerge; the known entity's other labels here become
    skos:altLabels, and the reified statements that supported them follow.
    """
    matches = find_matches(triples.entities(), known.entities, known.indexes)
    mapping: dict[Term, Term] = {
        ox.NamedNode(m.new_iri): ox.NamedNode(m.known_iri) for m in matches if m.new_iri != m.known_iri
    }
    _swap(triples, mapping)
    records = Graph(identifier=triples.name)  # the merge records, made as kg.rdf.build makes them
    base_iri = base_of(triples.name)
    for match in matches:
        _harmonize_labels(triples, ox.NamedNode(match.known_iri), known.entities[match.known_iri].labels[0])
        if match.new_iri != match.known_iri:
            add_merge_record(
                records,
                URIRef(match.known_iri),
                URIRef(match.new_iri),
                method=match.method,
                base_iri=base_iri,
                label=match.label,
                score=match.score,
            )
    for triple in graph_to_triples(records):
        triples.add((triple.subject, triple.predicate, triple.object))  # type: ignore[arg-type]
    return triples


def _swap(triples: ArticleTriples, mapping: dict[Term, Term]) -> None:
    """Give every triple naming an IRI of `mapping` its new IRIs, all at once."""
    touched: dict[Triple, None] = {}
    for iri in mapping:
        touched.update(dict.fromkeys(triples.about(iri)))
    for triple in touched:
        triples.remove(triple)
    for s, p, o in touched:
        triples.add((mapping.get(s, s), p, mapping.get(o, o)))


def _harmonize_labels(triples: ArticleTriples, iri: ox.NamedNode, preferred: str) -> None:
    """Give `iri` the known preferred label; its other labels here become altLabels."""
    kept = ox.Literal(preferred)
    for prop in (_LABEL, _NAME):
        values = triples.objects(iri, prop)
        if not values:
            continue
        for value in values:
            if value != kept:
                triples.remove((iri, prop, value))
                triples.add((iri, _ALT_LABEL, value))
                _relabel_statements(triples, iri, prop, value)
        triples.add((iri, prop, kept))
    triples.remove((iri, _ALT_LABEL, kept))


def _relabel_statements(triples: ArticleTriples, iri: ox.NamedNode, prop: ox.NamedNode, value: Term) -> None:
    """Reified statements that supported the old label now support the altLabel it became."""
    for statement in triples.subjects(_STATEMENT_SUBJECT, iri):
        if (statement, _STATEMENT_PREDICATE, prop) in triples and (statement, _STATEMENT_OBJECT, value) in triples:
            for old in triples.objects(statement, _STATEMENT_PREDICATE):
                triples.remove((statement, _STATEMENT_PREDICATE, old))
            triples.add((statement, _STATEMENT_PREDICATE, _ALT_LABEL))


def base_of(graph_name: str) -> str:
    """The base IRI an article's graph was minted under: its name is `{base}graph/{article_id}`."""
    return graph_name[: graph_name.rfind("graph/")] if "graph/" in graph_name else graph_name.rsplit("/", 1)[0] + "/"
