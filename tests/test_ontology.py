"""The ontology file: its terms agree with kg.terms.SM, each is documented and aligned, and tools can walk it."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from kg.rdf.build import build_graph
from kg.rdf.convert import graph_to_triples
from kg.terms import ONTOLOGY_IRI, ONTOLOGY_NS, SM
from tests.rdf_samples import ONTOLOGY_DIR, load_store, soyuz_extraction

EXTERNAL = (
    "http://www.wikidata.org/entity/",
    "http://www.wikidata.org/prop/direct/",
    "http://dbpedia.org/ontology/",
    "https://schema.org/",
    "http://www.w3.org/ns/prov#",
    "http://qudt.org/schema/qudt/",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "spacekg.ttl", format="turtle")


def declared_terms(graph: Graph) -> set[str]:
    return {str(s) for s in graph.subjects(RDF.type, None) if str(s).startswith(ONTOLOGY_NS)}


def test_terms_py_and_the_ontology_declare_the_same_terms(ontology: Graph) -> None:
    in_python = {str(SM[name]) for name in SM.__annotations__}
    assert declared_terms(ontology) == in_python


def test_every_sm_iri_used_in_the_ontology_or_shapes_is_declared(ontology: Graph) -> None:
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    used = {
        str(t)
        for g in (ontology, shapes)
        for triple in g
        for t in triple
        if isinstance(t, URIRef) and t.startswith(ONTOLOGY_NS)
    }
    assert used <= declared_terms(ontology)


def test_an_undeclared_term_fails_at_once() -> None:
    with pytest.raises(AttributeError):
        _ = SM.launchdate  # a typo, not a term


def test_ontology_header(ontology: Graph) -> None:
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None


def test_every_term_has_a_label_and_a_definition(ontology: Graph) -> None:
    undocumented = [
        t
        for t in declared_terms(ontology)
        if ontology.value(URIRef(t), RDFS.label) is None
        or (ontology.value(URIRef(t), SKOS.definition) or ontology.value(URIRef(t), RDFS.comment)) is None
    ]
    assert undocumented == []


def test_every_term_is_a_class_property_or_individual(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    untyped = [t for t in declared_terms(ontology) if not set(ontology.objects(URIRef(t), RDF.type)) & kinds]
    assert untyped == []


def test_alignments_point_at_the_listed_vocabularies_and_never_use_sameas(ontology: Graph) -> None:
    assert not list(ontology.triples((None, OWL.sameAs, None)))
    targets = [
        str(o)
        for p in (OWL.equivalentClass, RDFS.subClassOf, RDFS.subPropertyOf, SKOS.exactMatch, SKOS.closeMatch)
        for o in ontology.objects(None, p)
        if not str(o).startswith(ONTOLOGY_NS)
    ]
    assert targets, "the ontology aligns with nothing"
    assert [t for t in targets if not t.startswith(EXTERNAL)] == []


def test_core_classes_are_aligned_with_wikidata(ontology: Graph) -> None:
    for cls in (SM.Mission, SM.Spacecraft, SM.SpaceStation, SM.Person, SM.Organization, SM.LaunchVehicle):
        matches = set(ontology.objects(cls, SKOS.exactMatch)) | set(ontology.objects(cls, SKOS.closeMatch))
        assert any(str(m).startswith("http://www.wikidata.org/entity/Q") for m in matches), cls


def test_queries_can_walk_the_class_and_property_hierarchy() -> None:
    store = load_store()
    ask = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX sm: <https://w3id.org/spacekg/ontology#>
        SELECT ?sub WHERE { ?sub rdfs:subClassOf* sm:Event }"""
    events = {s["sub"].value for s in store.query(ask)}  # type: ignore[union-attr]
    assert {str(SM.LaunchEvent), str(SM.DockingEvent), str(SM.LandingEvent), str(SM.SocialMediaPost)} <= events
    ask_props = ask.replace("subClassOf* sm:Event", "subPropertyOf* sm:participatingOrganization")
    props = {s["sub"].value for s in store.query(ask_props)}  # type: ignore[union-attr]
    assert {str(SM.operator), str(SM.sponsor), str(SM.beneficiary)} <= props


def test_statuses_are_named_individuals_aligned_with_schema_org(ontology: Graph) -> None:
    statuses = set(ontology.subjects(RDF.type, SM.MissionStatus))
    assert statuses == {SM.Flown, SM.UnderWay, SM.Planned, SM.Postponed}
    assert (SM.Postponed, SKOS.exactMatch, URIRef("https://schema.org/EventPostponed")) in ontology


def test_oxigraph_parses_every_ontology_file() -> None:
    for path in ONTOLOGY_DIR.glob("*.ttl"):
        assert list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)), path


def test_context_names_every_ontology_term_and_fetches_nothing(ontology: Graph) -> None:
    document = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))
    context = document["@context"]
    assert isinstance(context, dict)
    assert context["@version"] == 1.1
    named = {
        (v["@id"] if isinstance(v, dict) else v).replace("sm:", ONTOLOGY_NS)
        for k, v in context.items()
        if not k.startswith("@")
    }
    assert declared_terms(ontology) <= named
    assert "@import" not in context


def test_json_ld_compacted_with_the_context_reads_back_as_the_same_graph() -> None:
    graph = build_graph(soyuz_extraction())
    document = json.loads((ONTOLOGY_DIR / "context.jsonld").read_text(encoding="utf-8"))
    text = graph.serialize(format="json-ld", context=document["@context"], auto_compact=True)
    body = json.dumps({k: v for k, v in json.loads(text).items() if k != "@context"})
    assert '"crewMember"' in body and ONTOLOGY_NS not in body
    # Read it back with another JSON-LD implementation (Oxigraph's), which fetches nothing either.
    back = {q.triple for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.JSON_LD)}
    assert back == set(graph_to_triples(graph))
