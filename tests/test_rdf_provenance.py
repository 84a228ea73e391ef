"""Provenance: every extracted statement is reachable in plain SPARQL 1.1, down to its exact sentence."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF, XSD, Literal, URIRef

from kg.rdf.build import build_graph
from kg.terms import NIF, PROV, SM
from tests.rdf_samples import load_store, soyuz_extraction

BASE = "https://w3id.org/spacekg/"

EVIDENCE_OF_CREW = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX sm: <https://w3id.org/spacekg/ontology#>
SELECT ?person ?phrase ?sentence ?begin ?end ?rule ?confidence ?agent WHERE {
  ?st rdf:subject ?mission ; rdf:predicate sm:crewMember ; rdf:object ?person ;
      prov:wasDerivedFrom ?span ; sm:extractionRule ?rule ; sm:confidence ?confidence ;
      prov:wasGeneratedBy/prov:wasAssociatedWith ?agent .
  ?span nif:anchorOf ?phrase ; nif:beginIndex ?begin ; nif:endIndex ?end ;
        nif:sentence/nif:anchorOf ?sentence .
}
"""


def test_every_fact_and_mention_has_one_reified_statement() -> None:
    extraction = soyuz_extraction()
    graph = build_graph(extraction, BASE)
    statements = set(graph.subjects(RDF.type, RDF.Statement))
    mentions = sum(len(e.mentions) for e in extraction.entities.values())
    assert len(statements) == len(extraction.facts) + mentions
    for statement in statements:
        triple = (graph.value(statement, RDF.subject), graph.value(statement, RDF.predicate), None)
        obj = graph.value(statement, RDF.object)
        # The reified triple is also asserted: provenance describes facts that are in the graph.
        assert (triple[0], triple[1], obj) in graph


def test_crew_evidence_is_reachable_with_plain_sparql_and_matches_the_text() -> None:
    extraction = soyuz_extraction()
    text = extraction.article.text
    store = load_store(build_graph(extraction, BASE), ontology_dir=None)
    rows = list(store.query(EVIDENCE_OF_CREW, use_default_graph_as_union=True))  # type: ignore[arg-type]
    assert len(rows) == 3
    for row in rows:
        begin, end = int(row["begin"].value), int(row["end"].value)
        assert text[begin:end] == row["phrase"].value
        assert row["sentence"].value in text and row["phrase"].value in row["sentence"].value
        assert row["rule"].value == "crew_member-rule"
        assert float(row["confidence"].value) == 0.9
        assert row["agent"].value == BASE + "agent/spacekg-extractor"
    sentences = {r["person"].value: r["sentence"].value for r in rows}
    assert sentences[BASE + "person/anton-shkaplerov"] == (
        "Commander Anton Shkaplerov leads the crew, which includes film director Klim Shipenko."
    )


def test_the_article_text_is_a_nif_context_with_the_whole_text() -> None:
    extraction = soyuz_extraction("soyuz-sample")
    graph = build_graph(extraction, BASE)
    context = graph.value(URIRef(BASE + "article/soyuz-sample"), SM.textContext)
    assert context is not None
    assert (context, RDF.type, NIF.Context) in graph
    assert graph.value(context, NIF.isString) == Literal(extraction.article.text)
    for span in graph.subjects(NIF.referenceContext, context):
        begin = int(graph.value(span, NIF.beginIndex))  # type: ignore[arg-type]
        end = int(graph.value(span, NIF.endIndex))  # type: ignore[arg-type]
        assert str(graph.value(span, NIF.anchorOf)) == extraction.article.text[begin:end]


def test_every_sentence_of_the_extraction_is_a_nif_sentence() -> None:
    extraction = soyuz_extraction()
    graph = build_graph(extraction, BASE)
    anchors = {str(graph.value(s, NIF.anchorOf)) for s in graph.subjects(RDF.type, NIF.Sentence)}
    assert anchors == {extraction.article.text[s.begin : s.end] for s in extraction.sentences}


def test_generation_time_is_the_publication_date_so_builds_are_reproducible() -> None:
    graph = build_graph(soyuz_extraction(), BASE)
    times = {(str(t), t.datatype) for t in graph.objects(None, PROV.generatedAtTime) if isinstance(t, Literal)}
    assert times == {("2021-10-06T00:00:00Z", XSD.dateTime)}
    activity = URIRef(BASE + "activity/soyuz-sample")
    assert (activity, RDF.type, PROV.Activity) in graph
    assert (graph.value(activity, PROV.wasAssociatedWith), RDF.type, PROV.SoftwareAgent) in graph


def test_provenance_needs_no_rdf_star() -> None:
    data = build_graph(soyuz_extraction(), BASE).serialize(format="nt", encoding="utf-8")
    quads = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    assert quads and not [q for q in quads if isinstance(q.object, ox.Triple)]
