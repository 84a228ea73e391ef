"""The endpoint through Flask's test client: negotiation, limits, safety, auth, CORS, gzip, descriptions, IRIs."""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.w3c.webapp import AUTH, SAMPLE, close_app, make_app

KG = "https://w3id.org/spacekg/"
FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
CHROME = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
    "application/signed-exchange;v=b3;q=0.7"
)
SPARQLWRAPPER_JSON = "application/sparql-results+json,application/json,text/javascript,application/javascript"
JENA_SELECT = (
    "application/sparql-results+json, application/sparql-results+xml;q=0.9, text/tab-separated-values;q=0.7, "
    "text/csv;q=0.5, application/json;q=0.2, application/xml;q=0.2, */*;q=0.1"
)
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """A read-mostly endpoint over the sample graphs, with a short timeout and a small row cap."""
    directory = Path(tmp_path_factory.mktemp("web")) / "store"
    application = make_app(directory, SAMPLE, query_timeout_s=2.0, max_result_rows=5, max_request_bytes=20_000)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def select(client: FlaskClient, query: str, **headers: str) -> list[dict[str, dict[str, str]]]:
    """Run a SELECT and return its JSON bindings."""
    response = client.get("/sparql", query_string={"query": query}, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)
    return json.loads(response.get_data())["results"]["bindings"]  # type: ignore[no-any-return]


def test_default_graph_is_the_union_of_all_graphs(client: FlaskClient) -> None:
    rows = select(client, f"SELECT ?p WHERE {{ ?p a <{KG}ontology#Person> }} ORDER BY ?p")
    assert [r["p"]["value"] for r in rows] == [f"{KG}person/klim-shipenko", f"{KG}person/yulia-peresild"]


def test_default_graph_uri_restricts_the_dataset(client: FlaskClient) -> None:
    query = f"SELECT ?p WHERE {{ ?p a <{KG}ontology#Person> }}"
    response = client.get("/sparql", query_string={"query": query, "default-graph-uri": f"{KG}graph/article-2"})
    rows = json.loads(response.get_data())["results"]["bindings"]
    assert [r["p"]["value"] for r in rows] == [f"{KG}person/klim-shipenko"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (FIREFOX, "text/html"),  # a browser opening a permalink gets the query editor (kg.site.editor)
        (CHROME, "text/html"),
        (SPARQLWRAPPER_JSON, "application/sparql-results+json"),
        (JENA_SELECT, "application/sparql-results+json"),
        ("text/csv;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
        ("text/*", "text/csv"),
        ("*/*", "application/sparql-results+json"),
        ("", "application/sparql-results+json"),
    ],
)
def test_select_format_follows_real_accept_headers(client: FlaskClient, accept: str, expected: str) -> None:
    response = client.get(
        "/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    assert response.mimetype == expected


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/n-quads", "application/n-quads"),
        ("application/trig", "application/trig"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/rdf+xml;q=0.5, text/turtle;q=0.8", "text/turtle"),
    ],
)
def test_construct_format_follows_accept(client: FlaskClient, accept: str, expected: str) -> None:
    query = f"CONSTRUCT {{ <{KG}person/klim-shipenko> ?p ?o }} WHERE {{ <{KG}person/klim-shipenko> ?p ?o }}"
    response = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == expected
    parsed = list(ox.parse(response.get_data(), format=ox.RdfFormat.from_media_type(expected)))
    assert len(parsed) == 3


def test_format_parameter_wins_over_accept(client: FlaskClient) -> None:
    response = client.get(
        "/sparql",
        query_string={"query": "ASK {}", "format": "xml"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.mimetype == "application/sparql-results+xml"
    assert b"<boolean>true</boolean>" in response.get_data()


def test_406_when_no_acceptable_format(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.get_data(as_text=True)
    wrong = client.get("/sparql", query_string={"query": "ASK {}", "format": "turtle"})
    assert wrong.status_code == 406
    unknown = client.get("/sparql", query_string={"query": "ASK {}", "format": "yaml"})
    assert unknown.status_code == 400


def test_malformed_query_reports_line_and_column(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT ?s\nWHERE { ?s ?p }"})
    assert response.status_code == 400
    assert "line 2, column" in response.get_data(as_text=True)


def test_both_query_and_update_is_400(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"}, headers=AUTH)
    assert response.status_code == 400
    assert "both a query and an update" in response.get_data(as_text=True)


def test_post_without_query_or_update_is_400(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"format": "json"})
    assert response.status_code == 400


def test_oversized_request_is_413(client: FlaskClient) -> None:
    query = "ASK { ?s ?p " + '"' + "x" * 30_000 + '" }'
    response = client.post("/sparql", data=query, content_type="application/sparql-query")
    assert response.status_code == 413
    assert "20000" in response.get_data(as_text=True)


def test_row_cap_limits_results_and_says_so(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(json.loads(response.get_data())["results"]["bindings"]) == 5
    assert response.headers["X-SPARQL-MaxRows"] == "5"
    small = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 2"})
    assert len(json.loads(small.get_data())["results"]["bindings"]) == 2
    assert "X-SPARQL-MaxRows" not in small.headers


def test_service_and_load_are_refused_and_nothing_connects(client: FlaskClient) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 403
        assert "not allowed" in response.get_data(as_text=True)
        hidden = (
            f"PREFIX x: <http://127.0.0.1:{port}/>\nSELECT * WHERE {{ # comment\n sErViCe SILENT x: {{ ?s ?p ?o }} }}"
        )
        assert client.get("/sparql", query_string={"query": hidden}).status_code == 403
        variable = "SELECT * WHERE { BIND(<http://127.0.0.1/> AS ?e) SERVICE ?e { ?s ?p ?o } }"
        assert client.get("/sparql", query_string={"query": variable}).status_code == 403
        for target in ("file:///etc/passwd", f"http://127.0.0.1:{port}/data.ttl"):
            update = client.post("/sparql", data={"update": f"LOAD <{target}>"}, headers=AUTH)
            assert update.status_code == 403
            assert "not allowed" in update.get_data(as_text=True)
        with pytest.raises(TimeoutError):
            listener.accept()


def test_words_inside_strings_and_iris_are_not_mistaken_for_service(client: FlaskClient) -> None:
    query = 'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1/>" } # SERVICE'
    assert client.get("/sparql", query_string={"query": query}).status_code == 200


def test_runaway_query_stops_at_the_timeout_and_the_next_answers_at_once(client: FlaskClient) -> None:
    started = time.monotonic()
    response = client.get("/sparql", query_string={"query": CROSS})
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "longer than 2 s" in response.get_data(as_text=True)
    assert elapsed < 4
    started = time.monotonic()
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    assert time.monotonic() - started < 2


def test_timeout_parameter_lowers_the_limit(client: FlaskClient) -> None:
    started = time.monotonic()
    response = client.get("/sparql", query_string={"query": CROSS, "timeout": "0.5"})
    assert response.status_code == 503
    assert time.monotonic() - started < 1.5
    assert client.get("/sparql", query_string={"query": "ASK {}", "timeout": "abc"}).status_code == 400


def test_updates_are_off_without_a_token(tmp_path: Path) -> None:
    app = make_app(tmp_path / "store", SAMPLE, update_token=None)
    try:
        client = app.test_client()
        response = client.post("/sparql", data={"update": "CLEAR ALL"}, headers=AUTH)
        assert response.status_code == 403
        assert "disabled" in response.get_data(as_text=True)
        assert client.put("/rdf-graph-store?default", data="", content_type="text/turtle").status_code == 403
        assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    finally:
        close_app(app)


def test_updates_need_the_right_bearer_token(client: FlaskClient) -> None:
    update = {"update": "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"}
    missing = client.post("/sparql", data=update)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.post("/sparql", data=update, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/sparql", data=update, headers=AUTH).status_code == 200
    assert (
        select(client, "SELECT ?o WHERE { <http://example.org/a> <http://example.org/b> ?o }")[0]["o"]["value"] == "1"
    )
    assert (
        client.post(
            "/sparql", data={"update": "DELETE DATA { <http://example.org/a> <http://example.org/b> 1 }"}, headers=AUTH
        ).status_code
        == 200
    )


def test_failed_update_changes_nothing(client: FlaskClient) -> None:
    update = "INSERT DATA { <http://example.org/x> <http://example.org/y> 2 } ; DROP GRAPH <http://example.org/none>"
    response = client.post("/sparql", data={"update": update}, headers=AUTH)
    assert response.status_code == 400
    assert select(client, "SELECT * WHERE { <http://example.org/x> ?p ?o }") == []


def test_cors_for_reads_and_preflight_with_authorization(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://yasgui.org"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/sparql",
        headers={
            "Origin": "https://yasgui.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 200
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_gzip_when_accepted(client: FlaskClient) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 5"
    plain = client.get("/sparql", query_string={"query": query})
    zipped = client.get("/sparql", query_string={"query": query}, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert "Content-Encoding" not in plain.headers
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.get_data()) == plain.get_data()
    assert "Accept-Encoding" in zipped.headers["Vary"]


def test_service_description_for_rdf_clients(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.mimetype == "text/turtle"
    triples = list(ox.parse(response.get_data(), format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    kinds = {t.object.value for t in triples if t.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}
    assert sd + "Service" in kinds
    languages = {t.object.value for t in triples if t.predicate.value == sd + "supportedLanguage"}
    assert languages == {sd + "SPARQL11Query", sd + "SPARQL11Update"}
    jsonld = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert jsonld.mimetype == "application/ld+json"
    assert list(ox.parse(jsonld.get_data(), format=ox.RdfFormat.JSON_LD))


def test_query_page_for_browsers_uses_only_local_assets(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": FIREFOX})
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "<form" in page and 'name="query"' in page
    assert "cq01-missions" in page
    assert 'src="http' not in page and 'href="http' not in page
    for asset in ("/static/query.js", "/static/style.css"):
        with client.get(asset) as response:
            assert response.status_code == 200


def test_void_description(client: FlaskClient) -> None:
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    triples = list(ox.parse(response.get_data(), format=ox.RdfFormat.TURTLE))
    counts = [t.object.value for t in triples if t.predicate.value == "http://rdfs.org/ns/void#triples"]
    assert counts and int(counts[0]) > 30


def test_resource_as_rdf_with_labels_and_provenance(client: FlaskClient) -> None:
    response = client.get("/person/yulia-peresild", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    triples = list(ox.parse(response.get_data(), format=ox.RdfFormat.TURTLE))
    values = {(t.subject.value, t.predicate.value, t.object.value) for t in triples}
    me = f"{KG}person/yulia-peresild"
    assert (me, f"{KG}ontology#crewMemberOf", f"{KG}mission/soyuz-ms-19") in values
    assert (f"{KG}mission/soyuz-ms-19", "http://www.w3.org/2000/01/rdf-schema#label", "Soyuz MS-19") in values
    sentence = "Actress Yulia Peresild blasted off aboard Soyuz MS-19 on Tuesday."
    assert any(o == sentence for _, _, o in values)
    assert (f"{KG}statement/st1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", me) in values
    assert not any("isString" in p for _, p, _ in values)


def test_resource_as_json_ld(client: FlaskClient) -> None:
    response = client.get("/mission/soyuz-ms-19", headers={"Accept": "application/ld+json"})
    assert response.mimetype == "application/ld+json"
    assert list(ox.parse(response.get_data(), format=ox.RdfFormat.JSON_LD))


def test_resource_as_html_page(client: FlaskClient) -> None:
    response = client.get("/person/yulia-peresild", headers={"Accept": CHROME})
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "<h1>Yulia Peresild</h1>" in page
    assert "Actress Yulia Peresild blasted off aboard Soyuz MS-19 on Tuesday." in page
    assert 'href="http://localhost/mission/soyuz-ms-19"' in page
    assert ">Soyuz MS-19<" in page
    # properties without a label read as prefixed names, not whole IRIs
    assert ">sm:crewMemberOf<" in page
    assert f">{KG}ontology#crewMemberOf<" not in page


def test_unknown_resource_is_404(client: FlaskClient) -> None:
    assert client.get("/person/nobody", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/person/nobody", headers={"Accept": FIREFOX}).status_code == 404


def test_graph_iri_resolves_to_its_content(client: FlaskClient) -> None:
    response = client.get("/graph/article-2", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert len(list(ox.parse(response.get_data(), format=ox.RdfFormat.N_TRIPLES))) == 3


def test_ontology_terms_resolve(client: FlaskClient) -> None:
    response = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    subjects = {t.subject.value for t in ox.parse(response.get_data(), format=ox.RdfFormat.TURTLE)}
    # The packaged ontology's terms (kg/assets), whatever the store holds.
    assert f"{KG}ontology#Person" in subjects and f"{KG}ontology#crewMember" in subjects
    page = client.get("/ontology", headers={"Accept": FIREFOX}).get_data(as_text=True)
    assert "crew member" in page and 'id="crewMember"' in page


def test_base_iri_is_configurable(tmp_path: Path) -> None:
    data = tmp_path / "other.trig"
    data.write_text('<https://data.example.org/kg/person/ada> <http://www.w3.org/2000/01/rdf-schema#label> "Ada" .\n')
    app = make_app(tmp_path / "store", data, base_iri="https://data.example.org/kg/")
    try:
        response = app.test_client().get("/person/ada", headers={"Accept": "application/n-triples"})
        assert response.status_code == 200
        assert b'"Ada"' in response.get_data()
    finally:
        close_app(app)


def test_health(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert json.loads(response.get_data()) == {"status": "ok"}


def test_wrong_method_is_405(client: FlaskClient) -> None:
    assert client.delete("/sparql").status_code == 405
    assert client.patch(f"/rdf-graph-store?graph={quote(KG + 'graph/article-2')}").status_code == 405


def test_graph_store_refuses_unknown_payload_types(client: FlaskClient) -> None:
    response = client.put(
        "/rdf-graph-store?graph=http://example.org/g", data="x", content_type="image/png", headers=AUTH
    )
    assert response.status_code == 415


@pytest.mark.parametrize(
    ("content_type", "template"),
    [
        (
            "application/ld+json",
            '{{"@context": "http://127.0.0.1:{port}/context.jsonld", "@id": "http://e.org/a", "name": "x"}}',
        ),
        (
            "application/rdf+xml",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "http://127.0.0.1:{port}/e">]>'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e.org/">'
            '<rdf:Description rdf:about="http://e.org/a"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>',
        ),
    ],
)
def test_uploads_never_fetch_remote_documents(client: FlaskClient, content_type: str, template: str) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.5)
        payload = template.format(port=listener.getsockname()[1])
        response = client.put(
            "/rdf-graph-store?graph=http://example.org/upload", data=payload, content_type=content_type, headers=AUTH
        )
        assert response.status_code in (201, 204, 400)
        with pytest.raises(TimeoutError):
            listener.accept()


def test_a_kg_command_writing_the_store_is_seen_by_the_next_query(app: Flask, client: FlaskClient) -> None:
    from kg.store import KGStore

    query = "ASK { <http://example.org/cli> <http://example.org/p> 7 }"
    assert client.get("/sparql", query_string={"query": query}).get_json()["boolean"] is False
    with KGStore.open(app.extensions["kg"].settings.store_dir) as store:
        store.update(
            "INSERT DATA { GRAPH <http://example.org/cli> { <http://example.org/cli> <http://example.org/p> 7 } }"
        )
    assert client.get("/sparql", query_string={"query": query}).get_json()["boolean"] is True
    with KGStore.open(app.extensions["kg"].settings.store_dir) as store:
        store.update("DROP GRAPH <http://example.org/cli>")
    assert client.get("/sparql", query_string={"query": query}).get_json()["boolean"] is False
