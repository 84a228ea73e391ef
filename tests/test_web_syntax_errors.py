"""A malformed query's error names the line and column of the query as the client sent it.

The endpoint caps a query's rows by editing its text (a LIMIT lowered or added); an error must
still point at the client's own text, not at the edited one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.w3c.webapp import SAMPLE, close_app, make_app

ANY = {"Accept": "*/*"}
# Each query is capped by the endpoint (its LIMIT is above the cap of 5, or it has none, so one is
# added) and has its error where Oxigraph's parser puts it in the text as sent (as `kg query` says).
QUERIES = [
    ("SELECT * WHERE { ?s ?p }", 1, 25),  # the README's example
    ("SELECT * WHERE { ?s ?p ?o", 1, 26),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 99999999 OFFSET x", 1, 51),
    ("SELECT * WHERE { ?s ?p ?o }  ) ", 1, 32),
    ("CONSTRUCT WHERE { ?s ?p ?o } ORDER BY ?s ]", 1, 43),
    ("SELECT *\nWHERE { ?s ?p ?o }\nLIMIT 1000000 OFFSET ?x", 3, 22),
    # An absurd LIMIT is taken as no limit within the cap: the error is the one after it, at the end of ORDER.
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 123456789012345678901234567890 OFFSET 1 ORDER", 1, 80),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs with a row cap of 5."""
    application = make_app(Path(tmp_path_factory.mktemp("syntax")) / "store", SAMPLE, max_result_rows=5)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


@pytest.mark.parametrize(("query", "line", "column"), QUERIES)
def test_get_names_the_line_and_column_of_the_query_as_sent(
    client: FlaskClient, query: str, line: int, column: int
) -> None:
    response = client.get("/sparql", query_string={"query": query}, headers=ANY)
    text = response.get_data(as_text=True)
    assert response.status_code == 400, text
    assert f"malformed SPARQL at line {line}, column {column}:" in text, text


@pytest.mark.parametrize(("query", "line", "column"), QUERIES)
def test_post_names_the_line_and_column_of_the_query_as_sent(
    client: FlaskClient, query: str, line: int, column: int
) -> None:
    headers = {**ANY, "Content-Type": "application/sparql-query"}
    response = client.post("/sparql", data=query.encode("utf-8"), headers=headers)
    text = response.get_data(as_text=True)
    assert response.status_code == 400, text
    assert f"malformed SPARQL at line {line}, column {column}:" in text, text


def test_a_malformed_query_within_the_cap_is_described_as_before(client: FlaskClient) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } LIMIT 2 OFFSET x"
    response = client.get("/sparql", query_string={"query": query}, headers=ANY)
    assert "malformed SPARQL at line 1, column 44: expected" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "query",
    ["SELECT * WHERE { ?s ?p ?o } VALUES ?o { foaf:x }", "SELECT * WHERE { ?s ?p ?o } LIMIT 999 VALUES ?o { foaf:x }"],
)
def test_an_undeclared_prefix_after_the_cap_is_named_at_its_place(client: FlaskClient, query: str) -> None:
    response = client.get("/sparql", query_string={"query": query}, headers=ANY)
    column = query.index("foaf:") + 1
    expected = (
        f"malformed SPARQL at line 1, column {column}: the prefix 'foaf:' is not declared; add PREFIX foaf: <...>"
    )
    assert response.get_data(as_text=True).strip() == expected
