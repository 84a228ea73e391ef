"""Cross-article identity: one IRI per real-world entity across articles, different entities kept apart."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.extract.model import EntityKind
from kg.rdf.articletriples import reconcile
from kg.rdf.build import build_graph
from kg.rdf.identity import KNOWN_ENTITIES_QUERY, KnownIndex
from kg.rdf.validate import validate_graph
from kg.store import KGStore
from kg.terms import SCHEMA, SM
from tests.rdf_samples import ONTOLOGY_DIR, ArticleWriter

BASE = "https://w3id.org/spacekg/"
SENTENCES = [
    "Julia Peresild and Anton Shklaplerov flew on Soyuz MS-19 with Mark Kelly.",
    "Yulia Peresild and Anton Shkaplerov flew on Soyuz MS-18 with Scott Kelly.",
    "SpaceX flew Crew-2 and Crew-3 to the ISS, the International Space Station.",
]


def article(article_id: str, entities: list[tuple[str, EntityKind, str]], sentence: int) -> Graph:
    """An article naming each (key, kind, label), each mentioned by its label in the given sentence."""
    writer = ArticleWriter(article_id, SENTENCES)
    for key, kind, label in entities:
        writer.entities[key] = writer.entities.get(key) or _entity(writer, key, kind, label, sentence)
    return build_graph(writer.extraction(), BASE)


def _entity(writer: ArticleWriter, key: str, kind: EntityKind, label: str, sentence: int):  # type: ignore[no-untyped-def]
    writer.entity(key, kind, label, label)
    entity = writer.entities[key]
    nth = sum(1 for s in SENTENCES[:sentence] if label in s)
    entity.mentions = [writer.evidence(label, "mention-rule", nth=nth)]
    return entity


@pytest.fixture
def store() -> Iterator[KGStore]:
    with KGStore.open(None) as kg_store:
        yield kg_store


def ingest(store: KGStore, graph: Graph) -> Graph:
    """What the ingest command does: known entities from the other graphs, reconcile, replace the graph."""
    others = [g for g in store.graph_iris() if g != str(graph.identifier)]
    known = KnownIndex()
    if others:
        rows = store.native_query(KNOWN_ENTITIES_QUERY, default_graphs=others)
        assert isinstance(rows, ox.QuerySolutions)
        known = KnownIndex(
            (r["entity"].value, int(r["rank"].value), r["label"].value, r["class"].value)  # type: ignore[union-attr]
            for r in rows
        )
    reconciled = reconcile(graph, known)
    store.replace_graph(str(graph.identifier), reconciled)
    return reconciled


def people(store: KGStore) -> dict[str, set[str]]:
    """Each person IRI in the store with every one of its labels and altLabels."""
    query = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX sm: <https://w3id.org/spacekg/ontology#>
        SELECT ?p ?l WHERE { ?p a sm:Person . { ?p rdfs:label ?l } UNION { ?p skos:altLabel ?l } }"""
    result: dict[str, set[str]] = {}
    rows = store.native_query(query)
    assert isinstance(rows, ox.QuerySolutions)
    for row in rows:
        result.setdefault(row["p"].value, set()).add(row["l"].value)  # type: ignore[union-attr]
    return result


def test_julia_and_yulia_become_one_person_with_both_spellings(store: KGStore) -> None:
    ingest(store, article("a", [("julia-peresild", "person", "Julia Peresild")], 0))
    second = ingest(store, article("b", [("yulia-peresild", "person", "Yulia Peresild")], 1))
    julia = BASE + "person/julia-peresild"
    assert people(store)[julia] == {"Julia Peresild", "Yulia Peresild"}
    assert BASE + "person/yulia-peresild" not in people(store)
    # The second article's graph names her by the known label, keeps its spelling, and records the merge.
    assert (URIRef(julia), RDFS.label, Literal("Julia Peresild")) in second
    assert (URIRef(julia), SCHEMA.name, Literal("Julia Peresild")) in second
    assert (URIRef(julia), SKOS.altLabel, Literal("Yulia Peresild")) in second
    (merge,) = second.subjects(RDF.type, SM.EntityMerge)
    assert second.value(merge, SM.mergedInto) == URIRef(julia)
    assert str(second.value(merge, SM.replacedIri)) == BASE + "person/yulia-peresild"
    assert str(second.value(merge, SM.matchMethod)) == "alias"
    assert validate_graph(second, ONTOLOGY_DIR) == []


def test_the_mention_statement_follows_the_spelling_to_altlabel(store: KGStore) -> None:
    ingest(store, article("a", [("julia-peresild", "person", "Julia Peresild")], 0))
    second = ingest(store, article("b", [("yulia-peresild", "person", "Yulia Peresild")], 1))
    (statement,) = second.subjects(RDF.predicate, SKOS.altLabel)
    assert second.value(statement, RDF.subject) == URIRef(BASE + "person/julia-peresild")
    assert second.value(statement, RDF.object) == Literal("Yulia Peresild")


def test_a_misspelt_surname_is_matched_by_similarity(store: KGStore) -> None:
    ingest(store, article("a", [("shkaplerov", "person", "Anton Shkaplerov")], 1))
    second = ingest(store, article("b", [("shklaplerov", "person", "Anton Shklaplerov")], 0))
    assert set(people(store)) == {BASE + "person/shkaplerov", BASE + "person/test-writer"}
    (merge,) = second.subjects(RDF.type, SM.EntityMerge)
    assert str(second.value(merge, SM.matchMethod)) == "fuzzy"
    assert float(second.value(merge, SM.matchScore)) > 90  # type: ignore[arg-type]


def test_people_sharing_a_surname_stay_apart(store: KGStore) -> None:
    ingest(store, article("a", [("mark-kelly", "person", "Mark Kelly")], 0))
    second = ingest(store, article("b", [("scott-kelly", "person", "Scott Kelly")], 1))
    assert {BASE + "person/mark-kelly", BASE + "person/scott-kelly"} <= set(people(store))
    assert not list(second.subjects(RDF.type, SM.EntityMerge))


@pytest.mark.parametrize(
    ("first", "second"),
    [("Soyuz MS-19", "Soyuz MS-18"), ("Crew-2", "Crew-3")],
)
def test_flights_whose_designators_differ_stay_apart(store: KGStore, first: str, second: str) -> None:
    sentence = 2 if "Crew" in first else 0
    ingest(store, article("a", [("m", "mission", first)], sentence))
    other = 1 if sentence == 0 else 2
    graph = ingest(store, article("b", [("n", "mission", second)], other))
    assert not list(graph.subjects(RDF.type, SM.EntityMerge))
    rows = store.native_query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?m ?l WHERE { ?m rdfs:label ?l }"
    )
    assert isinstance(rows, ox.QuerySolutions)
    labels = {(r["m"].value, r["l"].value) for r in rows}  # type: ignore[union-attr]
    assert (BASE + "mission/m", first) in labels and (BASE + "mission/n", second) in labels


def test_same_name_different_class_stays_apart(store: KGStore) -> None:
    ingest(store, article("a", [("soyuz-ms-19", "mission", "Soyuz MS-19")], 0))
    graph = ingest(store, article("b", [("soyuz-ms-19-craft", "spacecraft", "Soyuz MS-19")], 0))
    assert (URIRef(BASE + "spacecraft/soyuz-ms-19-craft"), RDF.type, SM.Spacecraft) in graph
    assert not list(graph.subjects(RDF.type, SM.EntityMerge))


def test_an_abbreviation_in_the_alias_table_is_the_same_station(store: KGStore) -> None:
    ingest(store, article("a", [("international-space-station", "station", "International Space Station")], 2))
    graph = ingest(store, article("b", [("iss", "station", "ISS")], 2))
    station = URIRef(BASE + "station/international-space-station")
    assert (station, SKOS.altLabel, Literal("ISS")) in graph
    assert (URIRef(BASE + "station/iss"), None, None) not in graph


def test_reingesting_an_article_gives_the_same_graph(store: KGStore) -> None:
    ingest(store, article("a", [("julia-peresild", "person", "Julia Peresild")], 0))
    once = ingest(store, article("b", [("yulia-peresild", "person", "Yulia Peresild")], 1))
    twice = ingest(store, article("b", [("yulia-peresild", "person", "Yulia Peresild")], 1))
    assert set(once) == set(twice)


def test_nothing_known_changes_nothing() -> None:
    graph = article("a", [("julia-peresild", "person", "Julia Peresild")], 0)
    assert set(reconcile(graph, KnownIndex())) == set(graph)
    assert reconcile(graph, KnownIndex()).identifier == graph.identifier
