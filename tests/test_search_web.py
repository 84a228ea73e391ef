"""/search and the home page: the index follows SPARQL updates and graph-store writes; bad searches are 400s."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient
from w3c.webapp import AUTH, close_app, make_app

SM = "https://w3id.org/spacekg/ontology#"
KG = "https://w3id.org/spacekg/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
HTML = {"Accept": "text/html"}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[FlaskClient]:
    """A test client of the app on a fresh, empty store, updates allowed with AUTH."""
    app = make_app(tmp_path / "store")
    try:
        yield app.test_client()
    finally:
        close_app(app)


def found(client: FlaskClient, text: str) -> list[str]:
    """The IRIs /search finds for `text` (as JSON)."""
    response = client.get("/search", query_string={"q": text, "format": "json"})
    assert response.status_code == 200, response.get_data(as_text=True)
    return [hit["iri"] for hit in response.get_json()["hits"]]


def test_sparql_updates_and_graph_store_writes_keep_the_search_in_step(client: FlaskClient) -> None:
    insert = f'INSERT DATA {{ GRAPH <urn:x:g> {{ <urn:x:m> a <{SM}Mission> ; <{RDFS_LABEL}> "Kestrelwing" }} }}'
    assert client.post("/sparql", data={"update": insert}, headers=AUTH).status_code in (200, 204)
    assert found(client, "kestrelwing") == ["urn:x:m"]

    rename = (
        f"DELETE WHERE {{ GRAPH ?g {{ <urn:x:m> <{RDFS_LABEL}> ?l }} }} ;"
        f' INSERT DATA {{ GRAPH <urn:x:g> {{ <urn:x:m> <{RDFS_LABEL}> "Falconwing" }} }}'
    )
    assert client.post("/sparql", data={"update": rename}, headers=AUTH).status_code in (200, 204)
    assert found(client, "kestrelwing") == []
    assert found(client, "falconwing") == ["urn:x:m"]

    graph = f"/rdf-graph-store?graph={quote('urn:x:h')}"
    turtle = f'<urn:x:p> a <{SM}Person> ; <{RDFS_LABEL}> "Orla Nightingale" .'
    assert client.put(graph, data=turtle, content_type="text/turtle", headers=AUTH).status_code in (201, 204)
    assert found(client, "nightingale") == ["urn:x:p"]
    turtle = f'<urn:x:p> a <{SM}Person> ; <{RDFS_LABEL}> "Orla Starling" .'
    assert client.put(graph, data=turtle, content_type="text/turtle", headers=AUTH).status_code in (201, 204)
    assert found(client, "nightingale") == []
    assert found(client, "starling") == ["urn:x:p"]
    assert client.delete(graph, headers=AUTH).status_code == 204
    assert found(client, "starling") == []


def test_search_page_groups_hits_by_kind_escapes_and_links_here(client: FlaskClient) -> None:
    turtle = (
        f'<{KG}person/ada> a <{SM}Person> ; <{RDFS_LABEL}> "Ada <script>alert(1)</script> Pike" .\n'
        f'<{KG}mission/pike-1> a <{SM}Mission> ; <{RDFS_LABEL}> "Pike 1" .'
    )
    assert (
        client.put("/rdf-graph-store?graph=urn:x:g", data=turtle, content_type="text/turtle", headers=AUTH).status_code
        == 201
    )
    page = client.get("/search?q=pike", headers=HTML)
    assert page.status_code == 200 and page.content_type.startswith("text/html")
    body = page.get_data(as_text=True)
    assert "<h2>People</h2>" in body and "<h2>Flights</h2>" in body
    assert 'href="http://localhost/person/ada"' in body and 'href="http://localhost/mission/pike-1"' in body
    assert "<script>alert" not in body and "&lt;script&gt;" in body
    vary = [value.strip() for value in page.headers.get("Vary", "").split(",")]
    assert "Accept" in vary  # the same URL answers JSON to other clients


def test_bad_searches_are_400s(client: FlaskClient) -> None:
    for params in (
        {"q": "pike AND"},
        {"q": "(pike"},
        {"q": "x" * 600},
        {"q": "pike", "kind": "rocket"},
        {"q": "pike", "limit": "many"},
        {"q": ""},
    ):
        response = client.get("/search", query_string={**params, "format": "json"})
        assert response.status_code == 400, (params, response.status_code)
        assert len(response.get_data(as_text=True).strip().splitlines()) == 1


def test_home_page_shows_counts_latest_flights_and_links(client: FlaskClient) -> None:
    turtle = (
        f'<{KG}mission/a> a <{SM}Mission> ; <{RDFS_LABEL}> "Older flight" ;'
        f' <{SM}launchDate> "2020-01-02" .\n'
        f'<{KG}mission/b> a <{SM}CrewedSpaceflight> ; <{RDFS_LABEL}> "Newer flight" ;'
        f' <{SM}launchDate> "2024-05-06" .\n'
        f'<{KG}person/c> a <{SM}Person> ; <{RDFS_LABEL}> "Some One" .'
    )
    assert (
        client.put("/rdf-graph-store?graph=urn:x:g", data=turtle, content_type="text/turtle", headers=AUTH).status_code
        == 201
    )
    page = client.get("/", headers=HTML)
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert "Flights: <strong>2</strong>" in body and "People: <strong>1</strong>" in body
    assert "Organisations: <strong>0</strong>" in body and "Articles: <strong>0</strong>" in body
    assert body.index("Newer flight") < body.index("Older flight") and "2024-05-06" in body
    for link in (
        'action="/search"',
        'href="/sparql/"',
        'href="/.well-known/void"',
        'href="/ontology"',
        "format=turtle",
    ):
        assert link in body
    assert "http://" not in body.replace("http://localhost/", "")


def test_a_bad_search_in_a_browser_is_the_search_page_saying_why(client: FlaskClient) -> None:
    for text in ("pike AND", "<script>alert(1)</script>"):
        response = client.get("/search", query_string={"q": text}, headers=HTML)
        body = response.get_data(as_text=True)
        assert response.status_code == 400 and response.content_type.startswith("text/html")
        assert 'role="alert"' in body and 'name="q"' in body  # the reason, and the box to try again
        assert "<script>alert" not in body


def test_home_page_says_how_many_flights_its_timeline_leaves_out_for_want_of_a_date(client: FlaskClient) -> None:
    turtle = (
        f'<{KG}mission/d> a <{SM}Mission> ; <{RDFS_LABEL}> "Dated flight" ; <{SM}launchDate> "2021-03-04" .\n'
        f'<{KG}mission/e> a <{SM}Mission> ; <{RDFS_LABEL}> "Undated flight" .'
    )
    put = client.put("/rdf-graph-store?graph=urn:x:h", data=turtle, content_type="text/turtle", headers=AUTH)
    assert put.status_code == 201
    body = client.get("/", headers=HTML).get_data(as_text=True)
    assert "Flights: <strong>2</strong>" in body
    assert "1 flight has no launch date in the graph and is not drawn." in body
