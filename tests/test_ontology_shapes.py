"""SHACL: the built graph of a sound extraction conforms; each kind of broken fact is reported."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.rdf.build import build_graph
from kg.rdf.validate import validate_graph
from kg.terms import NIF, SM
from tests.rdf_samples import ONTOLOGY_DIR, soyuz_extraction

BASE = "https://w3id.org/spacekg/"
MISSION = URIRef(BASE + "mission/soyuz-ms-19")
PERESILD = URIRef(BASE + "person/yulia-peresild")


@pytest.fixture(scope="module")
def built() -> Graph:
    return build_graph(soyuz_extraction(), BASE)


def broken(graph: Graph, change: Callable[[Graph], object]) -> Graph:
    copy = Graph(identifier=graph.identifier)
    copy += graph
    change(copy)
    return copy


def first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))[0]


def test_the_sample_extraction_conforms(built: Graph) -> None:
    assert [v.describe() for v in validate_graph(built, ONTOLOGY_DIR)] == []


@pytest.mark.parametrize(
    ("name", "change", "path"),
    [
        ("negative age", lambda g: g.set((PERESILD, SM.age, Literal(-3, datatype=XSD.integer))), "sm:age"),
        ("age as text", lambda g: g.set((PERESILD, SM.age, Literal("37"))), "sm:age"),
        ("mission without label", lambda g: g.remove((MISSION, RDFS.label, None)), "rdfs:label"),
        ("mission with two labels", lambda g: g.add((MISSION, RDFS.label, Literal("MS-19"))), "rdfs:label"),
        ("launch date as text", lambda g: g.set((MISSION, SM.launchDate, Literal("5 October"))), "sm:launchDate"),
        ("duration as text", lambda g: g.set((MISSION, SM.duration, Literal("12 days"))), "sm:duration"),
        (
            "organisation as crew",
            lambda g: g.add((MISSION, SM.crewMember, URIRef(BASE + "organization/roscosmos"))),
            "sm:crewMember",
        ),
        (
            "confidence above 1",
            lambda g: g.set((first(g, RDF.Statement), SM.confidence, Literal("1.5", datatype=XSD.decimal))),
            "sm:confidence",
        ),
        ("statement without rule", lambda g: g.remove((first(g, RDF.Statement), SM.extractionRule, None)), "rule"),
        (
            "span end before begin",
            lambda g: g.set((first(g, NIF.Phrase), NIF.beginIndex, Literal(9999, datatype=XSD.integer))),
            "nif:beginIndex",
        ),
        (
            "anchor not the text at its offsets",
            lambda g: g.set((first(g, NIF.Sentence), NIF.anchorOf, Literal("Something the article never said."))),
            "anchorOf",
        ),
    ],
)
def test_a_broken_fact_does_not_conform(built: Graph, name: str, change: Callable[[Graph], object], path: str) -> None:
    violations = [v for v in validate_graph(broken(built, change), ONTOLOGY_DIR) if v.severity == "Violation"]
    assert violations, name
    assert any(path in v.path or path in v.message for v in violations), [v.describe() for v in violations]
