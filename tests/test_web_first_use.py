"""What a new user met first: the VoID link in a browser, caches keyed by Accept, a graph-store POST's
Location, and links to minted IRIs that resolve on this server."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph
from rdflib.compare import isomorphic

from tests.w3c.webapp import AUTH, SAMPLE, close_app, make_app

KG = "https://w3id.org/spacekg/"
FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
TURTLE = '@prefix ex: <http://example.org/> .\nex:a ex:says "<b>hello</b>" .\n'


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs, cross-origin reads allowed to one site only."""
    directory = Path(tmp_path_factory.mktemp("first-use")) / "store"
    application = make_app(directory, SAMPLE, cors_origins="https://app.example")
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def test_a_browser_opening_void_gets_a_readable_page(client: FlaskClient) -> None:
    response = client.get("/.well-known/void", headers={"Accept": FIREFOX})
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    turtle = re.search(r'<pre class="turtle">(.*?)</pre>', page, re.S)
    assert turtle is not None
    assert "&lt;http://localhost/.well-known/void#dataset&gt; a void:Dataset" in turtle.group(1)
    assert "<http" not in turtle.group(1)  # escaped, never markup
    assert re.search(r'the data itself on the <a href="/sparql/?">SPARQL query page</a>', page)


@pytest.mark.parametrize(
    ("accept", "query", "mimetype"),
    [
        ("text/turtle", "", "text/turtle"),
        ("application/rdf+xml", "", "application/rdf+xml"),
        (None, "", "text/turtle"),
        (FIREFOX, "?format=rdfxml", "application/rdf+xml"),
        (FIREFOX, "?format=jsonld", "application/ld+json"),
    ],
)
def test_rdf_clients_still_get_void_as_rdf(client: FlaskClient, accept: str | None, query: str, mimetype: str) -> None:
    response = client.get("/.well-known/void" + query, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    assert response.mimetype == mimetype


def vary_of(response: object) -> set[str]:
    """The header names in a response's Vary."""
    header = response.headers.get("Vary", "")  # type: ignore[attr-defined]
    return {part.strip() for part in header.split(",") if part.strip()}


@pytest.mark.parametrize(
    ("method", "path", "data"),
    [
        ("GET", "/sparql?query=" + quote("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), None),  # the fast GET path
        ("GET", "/sparql?query=" + quote("SELEC x"), None),  # and its error answer
        ("POST", "/sparql", {"query": "ASK {}"}),
        ("GET", "/sparql", None),  # service description or query page
        ("GET", "/.well-known/void", None),
        ("GET", "/person/yulia-peresild", None),
        ("GET", "/ontology", None),
        ("GET", "/rdf-graph-store?graph=" + quote(f"{KG}graph/article-2", safe=""), None),
    ],
)
@pytest.mark.parametrize("accept", ["text/turtle", FIREFOX])
def test_negotiated_responses_vary_by_accept(
    client: FlaskClient, method: str, path: str, data: dict[str, str] | None, accept: str
) -> None:
    response = client.open(path, method=method, data=data, headers={"Accept": accept, "Origin": "https://app.example"})
    response.close()
    assert "Accept" in vary_of(response), (response.status_code, response.headers)
    assert "Origin" in vary_of(response)  # the answer names one allowed origin


def test_compressible_answers_keep_accept_encoding_in_vary(client: FlaskClient) -> None:
    for path in ("/sparql?query=" + quote("ASK {}"), "/.well-known/void", "/person/yulia-peresild"):
        response = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert {"Accept", "Accept-Encoding", "Origin"} <= vary_of(response), path


def test_a_response_to_another_origin_still_varies_by_origin(client: FlaskClient) -> None:
    # A cache must not hand this answer (without CORS headers) to the allowed site, or the reverse.
    response = client.get("/.well-known/void", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "Origin" in vary_of(response)


def test_a_graph_created_by_post_is_found_at_its_location(client: FlaskClient) -> None:
    response = client.post("/rdf-graph-store", data=TURTLE, content_type="text/turtle", headers=AUTH)
    assert response.status_code == 201
    location = response.headers["Location"]
    assert location.startswith("http://localhost/")
    expected = Graph().parse(data=TURTLE, format="turtle")
    for url in (location, "/rdf-graph-store?graph=" + quote(location, safe="")):
        got = client.get(url.removeprefix("http://localhost"), headers={"Accept": "text/turtle"})
        assert got.status_code == 200, (url, got.get_data(as_text=True))
        assert isomorphic(Graph().parse(data=got.get_data(as_text=True), format="turtle"), expected)
    # The Location is the new graph's IRI: SPARQL sees the data in that graph.
    ask = f'ASK {{ GRAPH <{location}> {{ <http://example.org/a> ?p "<b>hello</b>" }} }}'
    assert client.get("/sparql", query_string={"query": ask}).get_json()["boolean"] is True


def test_query_page_maps_minted_iris_to_this_server(client: FlaskClient) -> None:
    page = client.get("/sparql", headers={"Accept": FIREFOX}).get_data(as_text=True)
    data = re.search(r'<script id="editor-config" type="application/json">(.*?)</script>', page, re.S)
    assert data is not None
    assert json.loads(data.group(1))["local"] == [
        [f"{KG}ontology#", "http://localhost/ontology#"],
        [KG, "http://localhost/"],
    ]


def test_resource_pages_link_ontology_terms_here_whatever_the_base(tmp_path: Path) -> None:
    data = tmp_path / "local.trig"
    data.write_text(f"<http://localhost/graph/g> {{ <http://localhost/person/x> a <{KG}ontology#Person> }}\n")
    application = make_app(tmp_path / "store", SAMPLE, data, base_iri="http://localhost/")
    try:
        page = application.test_client().get("/person/x", headers={"Accept": FIREFOX}).get_data(as_text=True)
    finally:
        close_app(application)
    assert 'href="http://localhost/ontology#Person"' in page
    assert f'href="{KG}ontology#' not in page
