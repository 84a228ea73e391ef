"""The ingest's writer reconciles an article's triples without an rdflib graph and writes them whole."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.ingest import extract_article
from kg.known import rows_in
from kg.rdf.articletriples import ArticleTriples, reconcile_triples
from kg.rdf.convert import quads_to_graph
from kg.rdf.identity import KnownIndex
from kg.settings import Settings
from kg.store import KGStore
from kg.terms import SCHEMA, SM

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))
GRAPH = "https://w3id.org/spacekg/graph/a"


def parsed(data: str, identifier: str) -> Graph:
    """The rdflib graph named `identifier` of the N-Triples text `data`."""
    return Graph(identifier=identifier).parse(data=data, format="nt")


def stored(graph: str, triples: Iterable[ox.Triple] | Iterable[ox.Quad]) -> set[ox.Quad]:
    """The quads a store holds once `triples` are written as `graph` (it keeps typed values in canonical form)."""
    with KGStore.open(None) as store:
        store.replace_graph(graph, triples)
        return set(store.quads())


def test_each_article_reconciles_onto_the_known_entities_and_predicts_the_stored_rows(settings: Settings) -> None:
    graphs = [extract_article(path, settings)[1] for path in ARTICLES]
    # Every entity known once under another IRI and spelled in capitals: each is merged and relabelled.
    capitals = {
        (f"urn:x:known/{n}", 0, label.upper(), cls) for n, (_e, _r, label, cls) in enumerate(rows_in(graphs[0]))
    }
    rows: set[tuple[str, int, str, str]] = set()
    merged = 0
    for graph in [*graphs, *graphs]:  # the second time round the entities are known from the first
        name = str(graph.identifier)
        triples = reconcile_triples(
            ArticleTriples.parse(graph.serialize(format="nt"), name), KnownIndex(rows | capitals)
        )
        held = stored(name, triples.quads())
        assert triples.rows() == rows_in(quads_to_graph(held))
        merged += sum(1 for quad in held if quad.object == ox.NamedNode(str(SM.EntityMerge)))
        rows |= triples.rows()
    assert merged > len(capitals) / 2


def test_other_spellings_and_the_statements_behind_them_become_alt_labels() -> None:
    person = str(SM.Person)
    known = KnownIndex([("urn:x:k", 0, "Yulia Peresild", person), ("urn:x:k", 1, "Julia Peresild", person)])
    graph = Graph(identifier=GRAPH)
    new, statement = URIRef("urn:x:new"), URIRef("urn:x:st")
    graph.add((new, RDF.type, SM.Person))
    graph.add((new, RDFS.label, Literal("Iulia Peresild")))
    graph.add((new, SCHEMA.name, Literal("Iulia Peresild")))
    graph.add((new, SKOS.altLabel, Literal("Yulia Peresild")))
    graph.add((statement, RDF.subject, new))
    graph.add((statement, RDF.predicate, RDFS.label))
    graph.add((statement, RDF.object, Literal("Iulia Peresild")))
    triples = reconcile_triples(ArticleTriples.of_graph(graph), known)
    k = ox.NamedNode("urn:x:k")
    assert triples.objects(k, ox.NamedNode(str(RDFS.label))) == [ox.Literal("Yulia Peresild")]
    assert triples.objects(k, ox.NamedNode(str(SKOS.altLabel))) == [ox.Literal("Iulia Peresild")]
    assert triples.objects(ox.NamedNode("urn:x:st"), ox.NamedNode(str(RDF.predicate))) == [
        ox.NamedNode(str(SKOS.altLabel))
    ]


def test_a_new_graph_and_a_replaced_one_hold_exactly_the_quads_written(settings: Settings) -> None:
    _article_id, graph = extract_article(ARTICLES[0], settings)
    triples = ArticleTriples.parse(graph.serialize(format="nt"), GRAPH)
    fewer = ArticleTriples.parse(graph.serialize(format="nt"), GRAPH)
    for triple in list(fewer)[: len(fewer) // 2]:
        fewer.remove(triple)
    with KGStore.open(None) as store:
        assert store.replace_graph(GRAPH, triples.quads()) == len(triples) == store.count(GRAPH)
        assert store.replace_graph(GRAPH, fewer.triples()) == len(fewer) == store.count()
        assert set(store.quads(GRAPH)) == set(fewer.quads())


def test_a_new_graph_whose_write_fails_midway_leaves_nothing_of_it(tmp_path: Path, settings: Settings) -> None:
    _article_id, graph = extract_article(ARTICLES[0], settings)
    quads = ArticleTriples.parse(graph.serialize(format="nt"), GRAPH).quads()
    with KGStore.open(tmp_path / "store") as store:
        with pytest.raises(AttributeError):
            store.replace_graph(GRAPH, [*quads[:-1], "not a triple"])  # type: ignore[list-item]
        assert not store.has_graph(GRAPH) and store.count() == 0
    with KGStore.open(tmp_path / "store") as store:
        assert store.count() == 0
