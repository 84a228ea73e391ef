"""The store as users get it in Python: an rdflib Dataset on oxrdflib, usable by rdflib tooling."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef

from kg.assets import bundled_dir
from kg.errors import NotFoundError
from kg.store import open_store
from tests.cli_runner import run_kg

SM = "https://w3id.org/spacekg/ontology#"
SOYUZ = URIRef("https://w3id.org/spacekg/mission/soyuz-ms-19")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the seeds, as `kg build` makes it."""
    store = tmp_path_factory.mktemp("dataset") / "store"
    assert run_kg(store, "build").exit_code == 0
    return store


def test_sparql_through_rdflib_sees_the_union_of_the_graphs(built: Path) -> None:
    with open_store(built) as graph:
        rows = list(graph.query(f"SELECT ?m WHERE {{ ?m a <{SM}Mission> }}"))
        assert SOYUZ in {row[0] for row in rows}
        assert (SOYUZ, None, None) in graph


def test_rdflib_serializers_and_pyshacl_work_on_it(built: Path) -> None:
    with open_store(built) as graph:
        article = graph.get_graph(URIRef("https://w3id.org/spacekg/graph/seed-soyuz-ms-19"))
        assert article is not None
        turtle = article.serialize(format="turtle")
        assert len(Graph().parse(data=turtle, format="turtle")) == len(article) > 1000
        shapes = Graph().parse(bundled_dir("ontology") / "shapes.ttl", format="turtle")
        ontology = Graph().parse(bundled_dir("ontology") / "spacekg.ttl", format="turtle")
        conforms, _, report = validate(article, shacl_graph=shapes, ont_graph=ontology, allow_warnings=True)
        assert conforms, report


def test_a_writable_store_keeps_what_is_added(built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_kg(store, "build").exit_code == 0
    note = (SOYUZ, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), Literal("checked by hand"))
    with open_store(store, writable=True) as graph:
        graph.get_context(URIRef("urn:notes")).add(note)
    with open_store(store) as graph:
        assert note in graph
    assert "checked by hand" in run_kg(store, "query", "SELECT ?c WHERE { ?m rdfs:comment ?c }").output


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no kg store"):
        open_store(tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()
