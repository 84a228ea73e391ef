"""The ingest's parent reads, reconciles (in place) and writes an article's graph as through rdflib."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.ingest import extract_article
from kg.known import rows_in
from kg.rdf.convert import graph_to_triples
from kg.rdf.identity import KnownIndex, reconcile
from kg.rdf.oxterms import graph_triples, parse_ntriples_graph
from kg.settings import Settings
from kg.terms import SM

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_an_article_graph_reads_and_writes_the_same_as_through_rdflib(path: Path, settings: Settings) -> None:
    _article_id, graph = extract_article(path, settings)
    data = graph.serialize(format="nt")
    expected = Graph(identifier=graph.identifier).parse(data=data, format="nt")
    parsed = parse_ntriples_graph(data, str(graph.identifier))
    assert parsed.identifier == graph.identifier
    assert set(parsed) == set(expected) and len(parsed) > 100
    assert set(graph_triples(graph)) == set(graph_to_triples(graph))


def test_literals_of_every_kind_keep_their_datatype_and_language() -> None:
    graph = Graph(identifier="urn:x:g")
    s, p = URIRef("urn:x:s"), URIRef("urn:x:p")
    for value in (
        Literal('plain "quoted" é\n'),
        Literal("Sojus", lang="de"),
        Literal("2024-09-28", datatype=XSD.date),
        Literal("0.95", datatype=XSD.decimal),
        Literal("https://example.org/a b", datatype=XSD.anyURI),
        Literal(7),
    ):
        graph.add((s, p, value))
    data = graph.serialize(format="nt")
    assert set(parse_ntriples_graph(data, "urn:x:g")) == set(Graph().parse(data=data, format="nt"))
    assert set(graph_triples(graph)) == set(graph_to_triples(graph))


def reconciled_both_ways(data: str, identifier: str, known: KnownIndex) -> tuple[set[object], set[object]]:
    """The triples of the graph in `data` reconciled as a copy and in place."""
    copied = reconcile(parse_ntriples_graph(data, identifier), known)
    changed = reconcile(parse_ntriples_graph(data, identifier), known, in_place=True)
    return set(copied), set(changed)


def test_reconciling_in_place_gives_the_copy_s_triples(settings: Settings) -> None:
    graphs = [extract_article(path, settings)[1] for path in ARTICLES]
    rows: set[tuple[str, int, str, str]] = set()
    for graph in graphs:
        copied, changed = reconciled_both_ways(graph.serialize(format="nt"), str(graph.identifier), KnownIndex(rows))
        assert copied == changed
        rows |= rows_in(reconcile(graph, KnownIndex(rows)))
    assert rows


def test_reconciling_in_place_swaps_iris_all_at_once() -> None:
    # The article's organisation takes the IRI of its person, who takes that of a known person.
    person, org = str(SM.Person), str(SM.Organization)
    known = KnownIndex([("urn:x:k", 0, "Gravitonics Corp", org), ("urn:x:p", 0, "Ada Quillfeather", person)])
    graph = Graph(identifier="https://w3id.org/spacekg/graph/a")
    a, k = URIRef("urn:x:a"), URIRef("urn:x:k")
    graph.add((a, RDF.type, SM.Organization))
    graph.add((a, RDFS.label, Literal("Gravitonics Corp")))
    graph.add((k, RDF.type, SM.Person))
    graph.add((k, RDFS.label, Literal("Ada Quillfeather")))
    graph.add((k, SM.affiliation, a))
    copied, changed = reconciled_both_ways(graph.serialize(format="nt"), str(graph.identifier), known)
    assert copied == changed
    assert (URIRef("urn:x:p"), SM.affiliation, k) in changed
