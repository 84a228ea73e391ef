"""Common prefixes need no PREFIX line, on the endpoint and in `kg query`; an undeclared one is named."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.cli_runner import run_kg
from tests.w3c.webapp import AUTH, SAMPLE, close_app, load_store, make_app

KG = "https://w3id.org/spacekg/"
# Uses rdf:, rdfs:, sm: and the minted person: and mission: prefixes, none of them declared.
UNDECLARED = "SELECT ?name WHERE { ?p rdf:type sm:Person ; rdfs:label ?name ; sm:crewMemberOf mission:soyuz-ms-19 }"
PERSON_LABEL = "SELECT ?name WHERE { person:klim-shipenko rdfs:label ?name }"
FOAF = "SELECT ?name WHERE {\n  ?p foaf:name ?name }"
# A graph whose only label for the craft is schema:name (https://schema.org/, as the graph writes it).
SCHEMA_DATA = f"""<{KG}graph/craft> {{
  <{KG}mission/m1> <{KG}ontology#spacecraft> <{KG}spacecraft/crew-dragon> .
  <{KG}spacecraft/crew-dragon> <https://schema.org/name> "Crew Dragon" .
}}
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs and a craft labelled only with schema:name."""
    root = Path(tmp_path_factory.mktemp("prefixes"))
    schema = root / "schema.trig"
    schema.write_text(SCHEMA_DATA, encoding="utf-8")
    application = make_app(root / "store", SAMPLE, schema)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def names(response: object) -> list[str]:
    """The ?name values of a SPARQL JSON response, sorted."""
    assert response.status_code == 200, response.get_data(as_text=True)  # type: ignore[attr-defined]
    bindings = json.loads(response.get_data())["results"]["bindings"]  # type: ignore[attr-defined]
    return sorted(b["name"]["value"] for b in bindings)


def test_common_and_project_prefixes_need_no_declaration_on_the_endpoint(client: FlaskClient) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    expected = ["Klim Shipenko", "Yulia Peresild"]
    assert names(client.get("/sparql", query_string={"query": UNDECLARED}, headers=accept)) == expected
    assert names(client.post("/sparql", data={"query": UNDECLARED}, headers=accept)) == expected
    assert names(client.get("/sparql", query_string={"query": PERSON_LABEL}, headers=accept)) == ["Klim Shipenko"]


def test_a_query_that_mentions_load_may_still_use_undeclared_prefixes(client: FlaskClient) -> None:
    # "payload" contains "load", so the query is parsed for SERVICE/LOAD: with the same prefixes as the engine.
    query = "SELECT ?payload WHERE { ?payload a sm:Mission }"
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert f"{KG}mission/soyuz-ms-19" in response.get_data(as_text=True)


def test_an_undeclared_prefix_is_named_with_its_place(client: FlaskClient) -> None:
    for response in (client.get("/sparql", query_string={"query": FOAF}), client.post("/sparql", data={"query": FOAF})):
        message = response.get_data(as_text=True)
        assert response.status_code == 400
        assert "the prefix 'foaf:' is not declared; add PREFIX foaf: <" in message
        assert "line 2, column 6" in message
        assert "expected one of" not in message and "\n" not in message.rstrip("\n")


def test_a_query_s_own_prefix_overrides_a_default(client: FlaskClient) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    own = "PREFIX rdfs: <http://example.org/not-rdfs#>\n" + PERSON_LABEL
    assert names(client.get("/sparql", query_string={"query": own}, headers=accept)) == []
    schema = "PREFIX schema: <http://schema.org/>\nSELECT ?name WHERE { ?c schema:name ?name }"
    assert names(client.post("/sparql", data={"query": schema}, headers=accept)) == []
    assert names(client.post("/sparql", data={"query": schema.split("\n")[1]}, headers=accept)) == ["Crew Dragon"]


def test_updates_take_the_well_known_prefixes(client: FlaskClient) -> None:
    update = f'INSERT DATA {{ GRAPH <{KG}graph/upd> {{ <{KG}person/x> rdfs:label "Ex" ; a sm:Person }} }}'
    response = client.post("/sparql", data={"update": update}, headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    check = "ASK { GRAPH ?g { ?x rdfs:label 'Ex' ; a sm:Person } }"
    assert client.get("/sparql", query_string={"query": check}).get_json()["boolean"] is True
    bad = client.post("/sparql", data={"update": "INSERT DATA { <http://x/a> foaf:knows <http://x/b> }"}, headers=AUTH)
    assert bad.status_code == 400
    assert "the prefix 'foaf:' is not declared" in bad.get_data(as_text=True)


def test_a_description_carries_schema_org_names_of_neighbours(client: FlaskClient) -> None:
    response = client.get("/mission/m1", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert f'<{KG}spacecraft/crew-dragon> <https://schema.org/name> "Crew Dragon" .' in response.get_data(as_text=True)


def test_kg_query_takes_the_same_prefixes(tmp_path: Path) -> None:
    store = load_store(tmp_path / "store", SAMPLE)
    done = run_kg(store, "query", UNDECLARED, "--format", "csv")
    assert done.exit_code == 0, done.output
    assert sorted(done.output.splitlines()[1:]) == ["Klim Shipenko", "Yulia Peresild"]
    done = run_kg(store, "query", "PREFIX rdfs: <http://example.org/other#>\n" + PERSON_LABEL, "--format", "csv")
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == ["name"]
    done = run_kg(store, "query", FOAF)
    assert done.exit_code == 2
    assert "the prefix 'foaf:' is not declared; add PREFIX foaf: <...>" in done.output


def test_updates_take_the_project_prefixes_too(client: FlaskClient) -> None:
    update = 'INSERT DATA { GRAPH <urn:upd2> { mission:test-flight rdfs:label "Test flight" ; a sm:Mission } }'
    response = client.post("/sparql", data={"update": update}, headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    check = f"ASK {{ <{KG}mission/test-flight> a sm:Mission }}"
    assert client.get("/sparql", query_string={"query": check}).get_json()["boolean"] is True
