"""The W3C SPARQL 1.1 Protocol tests (rdf-tests sparql/sparql11/protocol/manifest.ttl), one test each."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.w3c.webapp import AUTH, PROTOCOL_DATA, close_app, make_app

DATA = "http://kasei.us/2009/09/sparql/data/"
FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    """An endpoint over the protocol tests' four graphs."""
    application = make_app(tmp_path / "store", PROTOCOL_DATA)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def enc(text: str) -> str:
    """Percent-encode a parameter value."""
    return quote(text, safe="")


def boolean(response) -> bool:  # type: ignore[no-untyped-def]
    """The boolean of an ASK response, in whichever results format came back."""
    assert response.status_code < 400, response.get_data(as_text=True)
    fmt = ox.QueryResultsFormat.from_media_type(response.mimetype)
    assert fmt is not None, response.mimetype
    return bool(ox.parse_query_results(response.get_data(), format=fmt))


def test_query_post_form(client: FlaskClient) -> None:
    response = client.post(
        f"/sparql/?default-graph-uri={enc(DATA + 'data0.rdf')}", data="query=ASK%20%7B%7D", content_type=FORM
    )
    assert boolean(response) is True


def test_query_dataset_default_graphs_get(client: FlaskClient) -> None:
    query = f"ASK {{ <{DATA}data1.rdf> a ?type . <{DATA}data2.rdf> a ?type . }}"
    graphs = f"default-graph-uri={enc(DATA + 'data1.rdf')}&default-graph-uri={enc(DATA + 'data2.rdf')}"
    url = f"/sparql/?query={enc(query)}&{graphs}"
    assert boolean(client.get(url)) is True
    only_one = f"/sparql/?query={enc(query)}&default-graph-uri={enc(DATA + 'data1.rdf')}"
    assert boolean(client.get(only_one)) is False


def test_query_dataset_default_graphs_post(client: FlaskClient) -> None:
    query = f"ASK {{ <{DATA}data1.rdf> a ?type . <{DATA}data2.rdf> a ?type . }}"
    url = f"/sparql/?default-graph-uri={enc(DATA + 'data1.rdf')}&default-graph-uri={enc(DATA + 'data2.rdf')}"
    assert boolean(client.post(url, data=query, content_type=QUERY)) is True


def test_query_dataset_named_graphs_post(client: FlaskClient) -> None:
    query = f"ASK {{ GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }} GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }} }}"
    url = f"/sparql/?named-graph-uri={enc(DATA + 'data1.rdf')}&named-graph-uri={enc(DATA + 'data2.rdf')}"
    assert boolean(client.post(url, data=query, content_type=QUERY)) is True


def test_query_dataset_named_graphs_get(client: FlaskClient) -> None:
    query = f"ASK {{ GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }} GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }} }}"
    graphs = f"named-graph-uri={enc(DATA + 'data1.rdf')}&named-graph-uri={enc(DATA + 'data2.rdf')}"
    url = f"/sparql/?query={enc(query)}&{graphs}"
    assert boolean(client.get(url)) is True
    outside = f"ASK {{ GRAPH ?g {{ <{DATA}data3.rdf> a ?type }} }}"
    url = f"/sparql/?query={enc(outside)}&named-graph-uri={enc(DATA + 'data1.rdf')}"
    assert boolean(client.get(url)) is False


def test_query_dataset_full(client: FlaskClient) -> None:
    query = f"""ASK {{
  <{DATA}data3.rdf> a ?type
  GRAPH ?g1 {{ <{DATA}data1.rdf> a ?type }}
  GRAPH ?g2 {{ <{DATA}data2.rdf> a ?type }}
}}"""
    url = (
        f"/sparql/?default-graph-uri={enc(DATA + 'data3.rdf')}&named-graph-uri={enc(DATA + 'data1.rdf')}"
        f"&named-graph-uri={enc(DATA + 'data2.rdf')}"
    )
    assert boolean(client.post(url, data=query, content_type=QUERY)) is True


def test_query_multiple_dataset(client: FlaskClient) -> None:
    # The protocol's dataset overrides the query's FROM.
    query = f"ASK FROM <{DATA}data2.rdf> {{ <{DATA}data1.rdf> ?p ?o }}"
    url = f"/sparql/?default-graph-uri={enc(DATA + 'data1.rdf')}"
    assert boolean(client.post(url, data=query, content_type=QUERY)) is True
    assert boolean(client.post("/sparql/", data=query, content_type=QUERY)) is False


def test_query_get(client: FlaskClient) -> None:
    response = client.get("/sparql/?query=SELECT%20%2A%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D")
    assert response.status_code == 200
    data = json.loads(response.get_data())
    assert len(data["results"]["bindings"]) == 8


@pytest.mark.parametrize(
    "accept",
    ["application/sparql-results+xml", "application/sparql-results+json", "text/csv", "text/tab-separated-values"],
)
def test_query_content_type_select(client: FlaskClient, accept: str) -> None:
    response = client.get("/sparql/?query=SELECT%20%2A%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == accept
    if accept == "text/csv":
        lines = response.get_data(as_text=True).strip().split("\r\n")
        assert lines[0].split(",") == ["o", "p", "s"]
        assert len(lines) == 9
        return
    rows = list(ox.parse_query_results(response.get_data(), format=ox.QueryResultsFormat.from_media_type(accept)))
    assert len(rows) == 8


@pytest.mark.parametrize("accept", ["application/sparql-results+xml", "application/sparql-results+json"])
def test_query_content_type_ask(client: FlaskClient, accept: str) -> None:
    response = client.get("/sparql/?query=ASK%20%7B%7D", headers={"Accept": accept})
    assert response.mimetype == accept
    assert boolean(response) is True


@pytest.mark.parametrize(
    "accept", ["text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json"]
)
def test_query_content_type_describe(client: FlaskClient, accept: str) -> None:
    response = client.get(f"/sparql/?query={enc(f'DESCRIBE <{DATA}data1.rdf>')}", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == accept
    triples = list(ox.parse(response.get_data(), format=ox.RdfFormat.from_media_type(accept)))
    assert len(triples) == 2


@pytest.mark.parametrize(
    "accept", ["text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json"]
)
def test_query_content_type_construct(client: FlaskClient, accept: str) -> None:
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    response = client.get(f"/sparql/?query={enc(query)}", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == accept
    assert len(list(ox.parse(response.get_data(), format=ox.RdfFormat.from_media_type(accept)))) == 8


def documents_update(target: str, where: str) -> str:
    return f"""PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
DROP ALL ;
INSERT DATA {{
    GRAPH <{DATA}data1.rdf> {{ <{DATA}data1.rdf> a foaf:Document }}
    GRAPH <{DATA}data2.rdf> {{ <{DATA}data2.rdf> a foaf:Document }}
    GRAPH <{DATA}data3.rdf> {{ <{DATA}data3.rdf> a foaf:Document }}
}} ;
INSERT {{ GRAPH <{target}> {{ {where[0]} }} }}
WHERE {{ {where[1]} }}"""


def test_update_dataset_default_graph(client: FlaskClient) -> None:
    target = "http://example.org/protocol-update-dataset-test/"
    update = documents_update(target, ("?s a dc:BibliographicResource", "?s a foaf:Document"))
    url = f"/sparql/?using-graph-uri={enc(DATA + 'data1.rdf')}"
    assert client.post(url, data=update, content_type=UPDATE, headers=AUTH).status_code == 200
    check = f"""ASK {{ GRAPH <{target}> {{ <{DATA}data1.rdf> a <http://purl.org/dc/terms/BibliographicResource> }}
FILTER NOT EXISTS {{ GRAPH <{target}> {{ <{DATA}data2.rdf> ?p ?o }} }} }}"""
    assert boolean(client.post("/sparql/", data=check, content_type=QUERY)) is True


def test_update_dataset_default_graphs(client: FlaskClient) -> None:
    target = "http://example.org/protocol-update-dataset-graphs-test/"
    update = documents_update(target, ("?s a dc:BibliographicResource", "?s a foaf:Document"))
    url = f"/sparql/?using-graph-uri={enc(DATA + 'data1.rdf')}&using-graph-uri={enc(DATA + 'data2.rdf')}"
    assert client.post(url, data=update, content_type=UPDATE, headers=AUTH).status_code == 200
    check = f"""ASK {{ GRAPH <{target}> {{ <{DATA}data1.rdf> a ?t . <{DATA}data2.rdf> a ?t }}
FILTER NOT EXISTS {{ GRAPH <{target}> {{ <{DATA}data3.rdf> ?p ?o }} }} }}"""
    assert boolean(client.post("/sparql/", data=check, content_type=QUERY)) is True


def test_update_dataset_named_graphs(client: FlaskClient) -> None:
    target = "http://example.org/protocol-update-dataset-named-graphs-test/"
    update = documents_update(target, ("?s a dc:BibliographicResource", "GRAPH ?g { ?s a foaf:Document }"))
    url = f"/sparql/?using-named-graph-uri={enc(DATA + 'data1.rdf')}&using-named-graph-uri={enc(DATA + 'data2.rdf')}"
    assert client.post(url, data=update, content_type=UPDATE, headers=AUTH).status_code == 200
    check = f"""ASK {{ GRAPH <{target}> {{ <{DATA}data1.rdf> a ?t . <{DATA}data2.rdf> a ?t }}
FILTER NOT EXISTS {{ GRAPH <{target}> {{ <{DATA}data3.rdf> ?p ?o }} }} }}"""
    assert boolean(client.post("/sparql/", data=check, content_type=QUERY)) is True


def test_update_dataset_full(client: FlaskClient) -> None:
    target = "http://example.org/protocol-update-dataset-full-test/"
    where = '{ GRAPH ?g { ?s a foaf:Document } BIND(?g AS ?in) } UNION { ?s a foaf:Document . BIND("default" AS ?in) }'
    update = documents_update(target, ("?s <http://example.org/in> ?in", where))
    url = f"/sparql/?using-graph-uri={enc(DATA + 'data1.rdf')}&using-named-graph-uri={enc(DATA + 'data2.rdf')}"
    assert client.post(url, data=update, content_type=UPDATE, headers=AUTH).status_code == 200
    check = f"""ASK {{ GRAPH <{target}> {{
  <{DATA}data1.rdf> <http://example.org/in> "default" .
  <{DATA}data2.rdf> <http://example.org/in> <{DATA}data2.rdf> . }}
FILTER NOT EXISTS {{ GRAPH <{target}> {{ <{DATA}data3.rdf> ?p ?o }} }} }}"""
    assert boolean(client.post("/sparql/", data=check, content_type=QUERY)) is True


def test_update_post_form(client: FlaskClient) -> None:
    assert client.post("/sparql/", data="update=CLEAR+ALL", content_type=FORM, headers=AUTH).status_code == 200
    assert boolean(client.get("/sparql/?query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D")) is False


def test_update_post_direct(client: FlaskClient) -> None:
    assert client.post("/sparql/", data="CLEAR ALL", content_type=UPDATE, headers=AUTH).status_code == 200
    assert boolean(client.get("/sparql/?query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D")) is False


def test_update_base_uri(client: FlaskClient) -> None:
    update = """CLEAR GRAPH <http://example.org/protocol-base-test/> ;
INSERT DATA { GRAPH <http://example.org/protocol-base-test/> {
  <http://example.org/s> <http://example.org/p> <test> } }"""
    assert client.post("/sparql/", data=update, content_type=UPDATE, headers=AUTH).status_code == 200
    query = """SELECT ?o WHERE { GRAPH <http://example.org/protocol-base-test/> {
  <http://example.org/s> <http://example.org/p> ?o } }"""
    response = client.post("/sparql/", data=query, content_type=QUERY)
    rows = json.loads(response.get_data())["results"]["bindings"]
    assert len(rows) == 1
    assert rows[0]["o"]["type"] == "uri"
    assert rows[0]["o"]["value"] != "test"
    assert rows[0]["o"]["value"].startswith("http://")


def test_query_post_direct(client: FlaskClient) -> None:
    assert boolean(client.post("/sparql/", data="ASK {}", content_type=QUERY)) is True


def test_bad_query_method(client: FlaskClient) -> None:
    url = f"/sparql/?query=ASK%20%7B%7D&default-graph-uri={enc(DATA + 'data0.rdf')}"
    response = client.put(url, data="", content_type=FORM)
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]


def test_bad_multiple_queries(client: FlaskClient) -> None:
    response = client.get("/sparql/?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D")
    assert response.status_code == 400
    assert "2 'query' parameters" in response.get_data(as_text=True)


def test_bad_query_wrong_media_type(client: FlaskClient) -> None:
    response = client.post("/sparql/", data="ASK {}", content_type="text/plain")
    assert response.status_code == 415


def test_bad_query_missing_form_type(client: FlaskClient) -> None:
    response = client.post("/sparql/", data="query=ASK%20%7B%7D")
    assert response.status_code == 415
    assert "Content-Type" in response.get_data(as_text=True)


def test_bad_query_missing_direct_type(client: FlaskClient) -> None:
    assert client.post("/sparql/", data="ASK {}").status_code == 415


def test_bad_query_non_utf8(client: FlaskClient) -> None:
    body = "ASK {}".encode("utf-16")
    response = client.post("/sparql/", data=body, content_type="application/sparql-query; charset=UTF-16")
    assert response.status_code == 415
    undeclared = client.post("/sparql/", data=body, content_type=QUERY)
    assert undeclared.status_code == 400
    assert "UTF-8" in undeclared.get_data(as_text=True)


def test_bad_query_syntax(client: FlaskClient) -> None:
    response = client.get("/sparql/?query=ASK%20%7B")
    assert response.status_code == 400
    assert "line 1, column" in response.get_data(as_text=True)


def test_bad_update_get(client: FlaskClient) -> None:
    response = client.get("/sparql/?update=CLEAR%20ALL", headers=AUTH)
    assert response.status_code == 405
    assert boolean(client.get("/sparql/?query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D")) is True


def test_bad_multiple_updates(client: FlaskClient) -> None:
    response = client.post(
        "/sparql/", data="update=CLEAR%20NAMED&update=CLEAR%20DEFAULT", content_type=FORM, headers=AUTH
    )
    assert response.status_code == 400


def test_bad_update_wrong_media_type(client: FlaskClient) -> None:
    assert client.post("/sparql/", data="CLEAR NAMED", content_type="text/plain", headers=AUTH).status_code == 415


def test_bad_update_missing_form_type(client: FlaskClient) -> None:
    assert client.post("/sparql/", data="update=CLEAR%20NAMED", headers=AUTH).status_code == 415


def test_bad_update_non_utf8(client: FlaskClient) -> None:
    body = "CLEAR NAMED".encode("utf-16")
    response = client.post(
        "/sparql/", data=body, content_type="application/sparql-update; charset=UTF-16", headers=AUTH
    )
    assert response.status_code == 415


def test_bad_update_syntax(client: FlaskClient) -> None:
    response = client.post("/sparql/", data="update=CLEAR%20XYZ", content_type=FORM, headers=AUTH)
    assert response.status_code == 400
    assert "line 1, column" in response.get_data(as_text=True)


def test_bad_update_dataset_conflict(client: FlaskClient) -> None:
    update = f"""PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT {{ GRAPH <http://example.org/protocol-update-dataset-conflict-test/> {{ ?s a dc:BibliographicResource }} }}
USING <{DATA}data1.rdf>
WHERE {{ ?s a foaf:Document }}"""
    url = f"/sparql/?using-graph-uri={enc(DATA + 'data1.rdf')}"
    response = client.post(url, data=update, content_type=UPDATE, headers=AUTH)
    assert response.status_code == 400
    assert boolean(client.get("/sparql/?query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D")) is True
