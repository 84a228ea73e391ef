"""build_graph: what a user of the graph sees for a hand-built extraction, and how bad extractions are refused."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Literal, URIRef

from kg.errors import BadInputError
from kg.extract.model import Evidence, Fact, Span, Value
from kg.rdf.build import build_graph
from kg.rdf.convert import graph_to_triples
from kg.store import KGStore
from kg.terms import SCHEMA, SM
from tests.rdf_samples import SOYUZ_SENTENCES, ArticleWriter, soyuz_extraction

BASE = "https://w3id.org/spacekg/"
MISSION = URIRef(BASE + "mission/soyuz-ms-19")
PERESILD = URIRef(BASE + "person/yulia-peresild")


def test_graph_is_named_after_the_article() -> None:
    graph = build_graph(soyuz_extraction("soyuz-sample"), BASE)
    assert str(graph.identifier) == BASE + "graph/soyuz-sample"


def test_entities_get_readable_iris_by_kind() -> None:
    graph = build_graph(soyuz_extraction(), BASE)
    assert (MISSION, RDF.type, SM.Mission) in graph
    # The spacecraft shares the mission's key; its kind keeps it apart.
    assert (URIRef(BASE + "spacecraft/soyuz-ms-19"), RDF.type, SM.Spacecraft) in graph
    assert (MISSION, SM.spacecraft, URIRef(BASE + "spacecraft/soyuz-ms-19")) in graph
    assert (PERESILD, RDF.type, SM.Person) in graph
    assert (PERESILD, SCHEMA.name, Literal("Yulia Peresild")) in graph
    assert (URIRef(BASE + "person/klim-shipenko"), SKOS.altLabel, Literal("Shipenko")) in graph


def test_a_mission_with_crew_is_a_crewed_spaceflight() -> None:
    graph = build_graph(soyuz_extraction(), BASE)
    assert (MISSION, RDF.type, SM.CrewedSpaceflight) in graph


def test_no_blank_nodes_and_the_same_graph_every_time() -> None:
    first = build_graph(soyuz_extraction(), BASE)
    second = build_graph(soyuz_extraction(), BASE)
    assert not [t for t in first for term in t if isinstance(term, BNode)]
    assert set(first) == set(second)


def test_another_base_iri_moves_every_minted_iri() -> None:
    base = "http://example.org/kg/"
    graph = build_graph(soyuz_extraction(), base)
    default = {str(t) for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(BASE)}
    assert {d for d in default if not d.startswith("https://w3id.org/spacekg/ontology#")} == set()
    assert str(graph.identifier) == base + "graph/soyuz-sample"
    assert (URIRef(base + "mission/soyuz-ms-19"), RDFS.label, Literal("Soyuz MS-19")) in graph


def test_literals_carry_the_datatype_of_their_value_and_strings_stay_plain() -> None:
    graph = build_graph(soyuz_extraction(), BASE)
    assert graph.value(MISSION, SM.launchDate) == Literal("2021-10-05T11:55:00+03:00", datatype=XSD.dateTime)
    assert graph.value(MISSION, SM.landingDate) == Literal("2021-10-17", datatype=XSD.date)
    assert graph.value(MISSION, SM.duration) == Literal("P12D", datatype=XSD.duration)
    assert graph.value(MISSION, SM.altitudeKm) == Literal("408", datatype=XSD.decimal)
    assert graph.value(PERESILD, SM.age) == Literal("37", datatype=XSD.integer)
    label = graph.value(MISSION, RDFS.label)
    assert isinstance(label, Literal) and label.datatype is None and label.language is None
    nt = ox.serialize(
        ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES),
        format=ox.RdfFormat.N_TRIPLES,
    )
    assert nt is not None and b"XMLSchema#string" not in nt


def test_crew_assignment_links_mission_person_and_role_concept() -> None:
    graph = build_graph(soyuz_extraction(), BASE)
    commander = URIRef(BASE + "role/commander")
    (assignment,) = graph.subjects(SM.crewRole, commander)
    assert (assignment, SM.onMission, MISSION) in graph
    assert (assignment, SM.assignee, URIRef(BASE + "person/anton-shkaplerov")) in graph
    assert (MISSION, SM.crewAssignment, assignment) in graph
    # "Commander" in the text; one concept, labelled in lower case, in the crew-role scheme.
    assert (commander, SKOS.prefLabel, Literal("commander")) in graph
    assert (commander, SKOS.inScheme, SM.CrewRoles) in graph
    assert (commander, RDF.type, SM.CrewRole) in graph


def test_occupations_are_concepts_minted_from_their_label() -> None:
    graph = build_graph(soyuz_extraction(), BASE)
    director = URIRef(BASE + "occupation/film-director")
    assert (URIRef(BASE + "person/klim-shipenko"), SM.occupation, director) in graph
    assert (director, SKOS.prefLabel, Literal("film director")) in graph


def test_status_event_type_and_money() -> None:
    graph = build_graph(soyuz_extraction(), BASE)
    assert (MISSION, SM.status, SM.UnderWay) in graph
    assert (URIRef(BASE + "event/launch-announcement"), RDF.type, SM.AnnouncementEvent) in graph
    goal = graph.value(MISSION, SM.fundraisingGoal)
    assert goal is not None
    assert graph.value(goal, SCHEMA.value) == Literal("200000000", datatype=XSD.decimal)
    assert graph.value(goal, SCHEMA.currency) == Literal("USD")


def test_article_and_author() -> None:
    graph = build_graph(soyuz_extraction("soyuz-sample"), BASE)
    article = URIRef(BASE + "article/soyuz-sample")
    assert (article, RDF.type, SCHEMA.NewsArticle) in graph
    assert graph.value(article, SCHEMA.datePublished) == Literal("2021-10-06", datatype=XSD.date)
    author = graph.value(article, SCHEMA.author)
    assert author == URIRef(BASE + "person/test-writer")
    assert (author, RDF.type, SM.Person) in graph


def test_predicates_the_ontology_lacks_are_kept_with_their_name() -> None:
    writer = ArticleWriter("odd", SOYUZ_SENTENCES)
    mission = writer.entity("soyuz-ms-19", "mission", "Soyuz MS-19")
    writer.fact(mission, "weather", Value("clear"), "Moscow time")
    graph = build_graph(writer.extraction(), BASE)
    (statement,) = graph.subjects(SM.extractedPredicate, Literal("weather"))
    assert graph.value(statement, RDF.predicate) == SM.statedValue
    assert (URIRef(BASE + "mission/soyuz-ms-19"), SM.statedValue, Literal("clear")) in graph


def _with_fact(predicate: str, obj: str | Value, phrase: str = "Soyuz MS-19") -> ArticleWriter:
    writer = ArticleWriter("bad", SOYUZ_SENTENCES)
    writer.entity("m", "mission", "Soyuz MS-19")
    writer.entity("p", "person", "Yulia Peresild")
    writer.fact("m", predicate, obj, phrase)
    return writer


@pytest.mark.parametrize(
    ("predicate", "obj", "message"),
    [
        ("launch_date", Value("October 5", "date"), "not a valid xsd:date"),
        ("launch_date", Value("2021-02-30", "date"), "not a valid xsd:date"),
        ("launch_date", Value("2021-10-05", "string"), "expected date"),
        ("duration", Value("12 days", "duration"), "not a valid xsd:duration"),
        ("duration", Value("P", "duration"), "not a valid xsd:duration"),
        ("crew_member", "nobody", "no entity with key 'nobody'"),
        ("crew_member", Value("Peresild"), "expected an entity key"),
        ("altitude_km", Value("high", "decimal"), "not a valid xsd:decimal"),
        ("fundraising_goal", Value("200", "money", "dollars"), "ISO 4217"),
    ],
)
def test_bad_facts_are_refused_with_a_clear_message(predicate: str, obj: str | Value, message: str) -> None:
    with pytest.raises(BadInputError, match=message):
        build_graph(_with_fact(predicate, obj).extraction(), BASE)


def test_spans_outside_the_text_and_bad_confidences_are_refused() -> None:
    writer = _with_fact("crew_member", "p")
    fact = writer.facts[0]
    extraction = writer.extraction()
    beyond = len(extraction.article.text) + 5
    extraction.facts = [dataclasses.replace(fact, evidence=Evidence(Span(3, beyond), Span(0, beyond), "r"))]
    with pytest.raises(BadInputError, match="not a non-empty range"):
        build_graph(extraction, BASE)
    extraction.facts = [dataclasses.replace(fact, evidence=dataclasses.replace(fact.evidence, confidence=1.5))]
    with pytest.raises(BadInputError, match="between 0 and 1"):
        build_graph(extraction, BASE)


def test_a_bad_base_iri_is_refused() -> None:
    with pytest.raises(BadInputError, match="base IRI"):
        build_graph(soyuz_extraction(), "not an iri/")


def test_integral_decimal_ages_are_accepted_as_integers() -> None:
    writer = ArticleWriter("ages", SOYUZ_SENTENCES)
    person = writer.entity("p", "person", "Yulia Peresild")
    writer.facts.append(Fact(person, "age", Value("37.0", "decimal"), writer.evidence("37"), None))
    graph = build_graph(writer.extraction(), BASE)
    assert graph.value(URIRef(BASE + "person/p"), SM.age) == Literal("37", datatype=XSD.integer)


def test_a_kind_prefix_in_the_key_is_not_repeated_in_the_iri() -> None:
    writer = ArticleWriter("prefixed", SOYUZ_SENTENCES)
    writer.entity("person-yulia-peresild", "person", "Yulia Peresild")
    writer.entity("org-roscosmos", "organization", "Roscosmos")
    graph = build_graph(writer.extraction(), BASE)
    assert (PERESILD, RDF.type, SM.Person) in graph
    assert (URIRef(BASE + "organization/roscosmos"), RDF.type, SM.Organization) in graph


def test_the_graph_reads_back_from_the_store_exactly_as_built() -> None:
    writer = ArticleWriter("canonical", SOYUZ_SENTENCES)
    mission = writer.entity("m", "mission", "Soyuz MS-19")
    for predicate, value in [
        ("duration", Value("PT90M", "duration")),
        ("altitude_km", Value("408.50", "decimal")),
        ("launch_date", Value("2021-10-05T08:55:00+00:00", "dateTime")),
        ("fundraising_goal", Value("200000000.00", "money", "USD")),
    ]:
        writer.fact(mission, predicate, value, "Soyuz MS-19")
    writer.facts.append(dataclasses.replace(writer.facts[0], evidence=writer.evidence("12 days", confidence=1.0)))
    graph = build_graph(writer.extraction(), BASE)
    with KGStore.open(None) as store:
        store.replace_graph(str(graph.identifier), graph)
        stored = {q.triple for q in store.native.quads_for_pattern(None, None, None, ox.NamedNode(graph.identifier))}
    assert stored == set(graph_to_triples(graph))
    assert graph.value(URIRef(BASE + "mission/m"), SM.duration) == Literal("PT1H30M", datatype=XSD.duration)
