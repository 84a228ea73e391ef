"""Bad client input gets a 400 with a one-line reason, never a store failure (503) or a 500."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.w3c.webapp import AUTH, SAMPLE, close_app, make_app, running_server

KG = "https://w3id.org/spacekg/"
BAD_IRIS = ["http://example.org/a b", "http://example.org/<x>", "urn:x\x00", "http://example.org/a\\b", "relative"]
BAD_PATHS = ["/person/a%00b", "/person/a%3Cb", "/person/a%3Eb", "/person/a%5Cb", "/person/a%FFb", "/person/a%20b"]
ASK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs with a small row cap; updates need the token."""
    directory = Path(tmp_path_factory.mktemp("bad-input")) / "store"
    application = make_app(directory, SAMPLE, max_result_rows=5)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def assert_bad_request(response: TestResponse, *words: str) -> None:
    """A 400 whose one-line plain-text message names each of `words`, without a Retry-After."""
    text = response.get_data(as_text=True)
    assert response.status_code == 400, f"{response.status_code}: {text}"
    assert response.mimetype == "text/plain" and text.count("\n") == 1
    for word in words:
        assert word in text, text
    assert "Retry-After" not in response.headers


@pytest.mark.parametrize("iri", BAD_IRIS)
@pytest.mark.parametrize("method", ["GET", "HEAD", "DELETE"])
def test_graph_store_refuses_an_invalid_graph_iri(client: FlaskClient, iri: str, method: str) -> None:
    response = client.open("/rdf-graph-store", method=method, query_string={"graph": iri}, headers=AUTH)
    if method == "HEAD":
        assert response.status_code == 400
    else:
        assert_bad_request(response, "?graph", "not a valid absolute IRI")


def test_graph_store_put_with_an_invalid_graph_iri_writes_nothing(client: FlaskClient) -> None:
    response = client.put(
        "/rdf-graph-store",
        query_string={"graph": "http://example.org/g> } ; DROP ALL ; INSERT DATA { GRAPH <http://example.org/h"},
        data="<http://example.org/s> <http://example.org/p> 1 .",
        content_type="application/n-triples",
        headers=AUTH,
    )
    assert_bad_request(response, "?graph", "not a valid absolute IRI")
    response = client.get("/sparql", query_string={"query": f"ASK {{ <{KG}person/klim-shipenko> ?p ?o }}"})
    assert json.loads(response.get_data())["boolean"] is True


@pytest.mark.parametrize("iri", BAD_IRIS)
@pytest.mark.parametrize("name", ["default-graph-uri", "named-graph-uri"])
def test_query_refuses_an_invalid_dataset_iri_on_get(client: FlaskClient, iri: str, name: str) -> None:
    response = client.get("/sparql", query_string={"query": ASK, name: iri})
    assert_bad_request(response, name, "not a valid absolute IRI")


@pytest.mark.parametrize("name", ["default-graph-uri", "named-graph-uri"])
def test_query_refuses_an_invalid_dataset_iri_on_post(client: FlaskClient, name: str) -> None:
    response = client.post("/sparql", data={"query": ASK, name: "http://example.org/a b"})
    assert_bad_request(response, name, "not a valid absolute IRI")


@pytest.mark.parametrize("name", ["using-graph-uri", "using-named-graph-uri"])
def test_update_refuses_an_invalid_using_iri(client: FlaskClient, name: str) -> None:
    # Spliced into the update as it was, this one would have added a second, valid USING clause.
    iri = f"http://example.org/g> USING <{KG}graph/article-2"
    update = "INSERT { <http://example.org/u> <http://example.org/p> ?o } WHERE { ?s ?p ?o }"
    response = client.post("/sparql", data={"update": update, name: iri}, headers=AUTH)
    assert_bad_request(response, name, "not a valid absolute IRI")
    response = client.get("/sparql", query_string={"query": "ASK { <http://example.org/u> ?p ?o }"})
    assert json.loads(response.get_data())["boolean"] is False


@pytest.mark.parametrize("path", BAD_PATHS)
@pytest.mark.parametrize("accept", ["text/turtle", "text/html"])
def test_linked_data_path_that_names_no_valid_iri_is_refused(client: FlaskClient, path: str, accept: str) -> None:
    response = client.get(path, headers={"Accept": accept})
    assert_bad_request(response, "IRI of this path", "not a valid absolute IRI")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_limit_with_thousands_of_digits_is_capped(client: FlaskClient, method: str) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT " + "9" * 5000
    if method == "GET":
        response = client.get("/sparql", query_string={"query": query})
    else:
        response = client.post("/sparql", data={"query": query})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.headers["X-SPARQL-MaxRows"] == "5"
    assert len(json.loads(response.get_data())["results"]["bindings"]) == 5


def test_limit_with_leading_zeros_keeps_its_value(client: FlaskClient) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT " + "0" * 30 + "2"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200
    assert "X-SPARQL-MaxRows" not in response.headers
    assert len(json.loads(response.get_data())["results"]["bindings"]) == 2


@pytest.mark.parametrize("host", ["a.example,b.example", "a.example, b.example", "a<b>.example", "a.example/x"])
@pytest.mark.parametrize("path", ["/sparql?query=" + quote(ASK), "/sparql", "/person/nobody", "/rdf-graph-store/g"])
def test_bad_host_header_is_refused(client: FlaskClient, host: str, path: str) -> None:
    response = client.get(path, environ_overrides={"HTTP_HOST": host})
    assert_bad_request(response, "Host header")


def send_raw(url: str, request: bytes) -> bytes:
    """Send a raw HTTP request to the server at `url` and read the whole response."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return received


@pytest.mark.socket
@pytest.mark.slow
def test_duplicate_host_header_on_a_real_server_is_refused(tmp_path: Path) -> None:
    with running_server(tmp_path / "store", SAMPLE, workers=1) as base:
        for path in ("/sparql?query=" + quote(ASK), "/person/nobody", "/rdf-graph-store?default"):
            request = f"GET {path} HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nConnection: close\r\n\r\n"
            head, _, body = send_raw(base, request.encode("ascii")).partition(b"\r\n\r\n")
            assert head.split(b"\r\n")[0] == b"HTTP/1.1 400 Bad Request", head
            assert b"more than one Host header" in body
