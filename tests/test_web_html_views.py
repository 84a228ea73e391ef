"""HTML for every page a browser opens: VoID and the Service Description as readable pages, 404s as pages;
RDF and plain text for everyone else."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from w3c.webapp import SAMPLE, close_app, make_app

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    """A test client of the app on a store holding the W3C sample data."""
    app = make_app(Path(tmp_path_factory.mktemp("views")) / "store", SAMPLE)
    try:
        yield app.test_client()
    finally:
        close_app(app)


def cell(page: str, name: str) -> str:
    """The text of the table cell beside the row header `name`, tags removed."""
    found = re.search(rf"<th scope=\"row\"><code>{re.escape(name)}</code></th><td>(.*?)</td>", page, re.S)
    assert found is not None, name
    return re.sub(r"<[^>]+>", " ", found.group(1))


def objects(body: bytes, predicate: str, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> list[str]:
    """The values of `predicate` in an RDF document."""
    return [t.object.value for t in (q.triple for q in ox.parse(body, format=fmt)) if t.predicate.value == predicate]


def test_void_for_a_browser_is_a_table_of_the_datasets_figures(client: FlaskClient) -> None:
    rdf = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    triples = objects(rdf.get_data(), VOID + "triples")[0]
    page = client.get("/.well-known/void", headers=BROWSER)
    assert page.status_code == 200 and page.mimetype == "text/html"
    body = page.get_data(as_text=True)
    assert cell(body, "void:triples").strip() == triples
    assert "http://localhost/sparql" in cell(body, "void:sparqlEndpoint")
    assert f"{int(triples):,} triples in" in body
    assert 'href="/service-description"' in body


def test_the_service_description_has_a_page_for_browsers_and_rdf_for_others(client: FlaskClient) -> None:
    page = client.get("/service-description", headers=BROWSER)
    assert page.status_code == 200 and page.mimetype == "text/html"
    body = page.get_data(as_text=True)
    assert "sd:SPARQL11Query" in cell(body, "sd:supportedLanguage")
    assert 'href="http://localhost/sparql"' in cell(body, "sd:endpoint") or "http://localhost/sparql" in body
    assert "formats:Turtle" in cell(body, "sd:resultFormat")
    assert '<pre class="turtle">' in body and "&lt;http://localhost/sparql#service&gt;" in body
    for accept, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/ld+json", ox.RdfFormat.JSON_LD)):
        rdf = client.get("/service-description", headers={"Accept": accept})
        assert rdf.status_code == 200 and rdf.mimetype == accept
        assert objects(rdf.get_data(), SD + "endpoint", fmt) == ["http://localhost/sparql"]
    # The endpoint itself still describes itself to RDF clients, with the same endpoint.
    assert objects(client.get("/sparql", headers={"Accept": "text/turtle"}).get_data(), SD + "endpoint") == [
        "http://localhost/sparql"
    ]


@pytest.mark.parametrize("path", ["/person/nobody-at-all", "/static/<script>alert(1)</script>.js"])
def test_a_404_is_a_page_for_browsers_and_one_line_for_others(client: FlaskClient, path: str) -> None:
    page = client.get(quote(path), headers=BROWSER)
    assert page.status_code == 404 and page.mimetype == "text/html"
    body = page.get_data(as_text=True)
    assert "<h1>Not found</h1>" in body and 'href="/"' in body and 'action="/search"' in body
    assert "<script>" not in body
    assert "/person/nobody-at-all" in body or "/static/&lt;script&gt;alert(1)&lt;/script&gt;.js" in body
    for headers in ({"Accept": "*/*"}, {"Accept": "text/turtle"}, {}):
        plain = client.get(quote(path), headers=headers)
        assert plain.status_code == 404 and plain.mimetype == "text/plain"
        assert plain.get_data(as_text=True).count("\n") == 1
