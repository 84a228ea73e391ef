"""The W3C SPARQL 1.1 Graph Store HTTP Protocol tests (rdf-tests sparql/sparql11/http-rdf-update), in order.

The tests share one store and run in the manifest's order, as the suite is a sequence of requests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph
from rdflib.compare import isomorphic

from tests.w3c.webapp import AUTH, close_app, make_app

STORE = "/rdf-graph-store"
PERSON1 = f"{STORE}/person/1.ttl"
PERSON1_IRI = f"http://localhost{PERSON1}"
TURTLE = "text/turtle; charset=utf-8"
PREFIXES = "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix v: <http://www.w3.org/2006/vcard/ns#> .\n"
INITIAL = (
    PREFIXES
    + f"""<{PERSON1_IRI[:-4]}> a foaf:Person;
    foaf:fn "John Doe"; foaf:businessCard [ a v:VCard; v:fn "John Doe" ] ."""
)
REPLACED = (
    PREFIXES
    + f"""<{PERSON1_IRI[:-4]}> a foaf:Person;
    foaf:businessCard [ a v:VCard; v:fn "Jane Doe" ] ."""
)
DEFAULT = PREFIXES + """[] a foaf:Person; foaf:businessCard [ a v:VCard; v:given-name "Alice" ] ."""
ADDED = PREFIXES + f"""<{PERSON1_IRI[:-4]}> foaf:name "Jane Doe" ."""
MULTIPART_1 = PREFIXES + f"""<{PERSON1_IRI[:-4]}> foaf:givenName "Jane" ."""
MULTIPART_2 = PREFIXES + f"""<{PERSON1_IRI[:-4]}> foaf:familyName "Doe" ."""


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """One endpoint for the whole sequence."""
    application = make_app(Path(tmp_path_factory.mktemp("gsp")) / "store")
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def graph_of(text: str | bytes) -> Graph:
    """Parse Turtle into an rdflib graph."""
    return Graph().parse(data=text, format="turtle")


def assert_graph(client: FlaskClient, url: str, expected: str) -> None:
    """GET `url` as Turtle and compare it with `expected` up to blank node names."""
    response = client.get(url, headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/turtle"
    assert isomorphic(graph_of(response.get_data()), graph_of(expected))


def test_put__initial_state(client: FlaskClient) -> None:
    response = client.put(PERSON1, data=INITIAL, content_type=TURTLE, headers=AUTH)
    assert response.status_code == 201


def test_get_of_put__initial_state(client: FlaskClient) -> None:
    assert_graph(client, f"{STORE}?graph={quote(PERSON1_IRI, safe='')}", INITIAL)


def test_put__graph_already_in_store(client: FlaskClient) -> None:
    response = client.put(PERSON1, data=REPLACED, content_type=TURTLE, headers=AUTH)
    assert response.status_code == 204


def test_get_of_put__graph_already_in_store(client: FlaskClient) -> None:
    assert_graph(client, PERSON1, REPLACED)


def test_put__default_graph(client: FlaskClient) -> None:
    response = client.put(f"{STORE}?default", data=DEFAULT, content_type=TURTLE, headers=AUTH)
    assert response.status_code in (201, 204)


def test_get_of_put__default_graph(client: FlaskClient) -> None:
    assert_graph(client, f"{STORE}?default", DEFAULT)


def test_put__mismatched_payload(client: FlaskClient) -> None:
    rdfxml = '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
    response = client.put(PERSON1, data=rdfxml, content_type=TURTLE, headers=AUTH)
    assert response.status_code == 400
    assert "turtle payload does not parse" in response.get_data(as_text=True)
    assert_graph(client, PERSON1, REPLACED)


def test_delete__existing_graph(client: FlaskClient) -> None:
    assert client.put(f"{STORE}/person/2.ttl", data=INITIAL, content_type=TURTLE, headers=AUTH).status_code == 201
    assert client.delete(f"{STORE}/person/2.ttl", headers=AUTH).status_code in (200, 204)


def test_get_of_delete__existing_graph(client: FlaskClient) -> None:
    assert client.get(f"{STORE}/person/2.ttl").status_code == 404


def test_delete__nonexistent_graph(client: FlaskClient) -> None:
    assert client.delete(f"{STORE}/person/2.ttl", headers=AUTH).status_code == 404


def test_post__existing_graph(client: FlaskClient) -> None:
    response = client.post(PERSON1, data=ADDED, content_type=TURTLE, headers=AUTH)
    assert response.status_code in (200, 204)


def test_get_of_post__existing_graph(client: FlaskClient) -> None:
    expected = graph_of(REPLACED) + graph_of(ADDED)
    response = client.get(PERSON1, headers={"Accept": "text/turtle"})
    assert isomorphic(graph_of(response.get_data()), expected)


def test_post__multipart_formdata(client: FlaskClient) -> None:
    from io import BytesIO

    data = {
        "lastName.ttl": (BytesIO(MULTIPART_2.encode()), "lastName.ttl", "text/turtle"),
        "firstName.ttl": (BytesIO(MULTIPART_1.encode()), "firstName.ttl", "text/turtle"),
    }
    response = client.post(PERSON1, data=data, content_type="multipart/form-data", headers=AUTH)
    assert response.status_code in (200, 204)


def test_get_of_post__multipart_formdata(client: FlaskClient) -> None:
    expected = graph_of(REPLACED) + graph_of(ADDED) + graph_of(MULTIPART_1) + graph_of(MULTIPART_2)
    response = client.get(PERSON1, headers={"Accept": "text/turtle"})
    assert isomorphic(graph_of(response.get_data()), expected)


class NewGraph:
    """Where the graph-store POST put its new graph (shared by the next tests)."""

    location = ""


def test_post__create__new_graph(client: FlaskClient) -> None:
    response = client.post(STORE, data=DEFAULT, content_type=TURTLE, headers=AUTH)
    assert response.status_code == 201
    NewGraph.location = response.headers["Location"]
    assert NewGraph.location.startswith(f"http://localhost{STORE}/")


def test_get_of_post__create__new_graph(client: FlaskClient) -> None:
    assert_graph(client, NewGraph.location.removeprefix("http://localhost"), DEFAULT)


def test_get_of_post__after_noop(client: FlaskClient) -> None:
    path = NewGraph.location.removeprefix("http://localhost")
    noop = client.post(path, data="", content_type=TURTLE, headers=AUTH)
    assert noop.status_code in (200, 204)
    assert_graph(client, path, DEFAULT)
    assert_graph(client, f"{STORE}?graph={quote(NewGraph.location, safe='')}", DEFAULT)


def test_head_on_an_existing_graph(client: FlaskClient) -> None:
    response = client.head(PERSON1)
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    assert response.get_data() == b""


def test_head_on_a_nonexisting_graph(client: FlaskClient) -> None:
    assert client.head(f"{STORE}/person/4.ttl").status_code == 404
