"""What the endpoint sends a browser cannot be turned against it: no sniffed types, no script links."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.w3c.webapp import PROJECT_DIR, SAMPLE, close_app, make_app

KG = "https://w3id.org/spacekg/"
HOSTILE = f"""
<{KG}person/hostile> <http://www.w3.org/2000/01/rdf-schema#label> "Hostile" ;
    <http://example.org/homepage> <javascript:alert(1)> , <JavaScript:alert(2)> , <data:text/html,x> ,
        <https://example.org/fine> ;
    <http://example.org/knows> <{KG}person/klim-shipenko> .
<javascript:alert(3)> <http://example.org/points> <{KG}person/hostile> .
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs, a resource linking to script IRIs, and a named query with markup."""
    root = Path(tmp_path_factory.mktemp("safe"))
    hostile = root / "hostile.trig"
    hostile.write_text(f"<{KG}graph/hostile> {{ {HOSTILE} }}\n", encoding="utf-8")
    project = root / "project"
    shutil.copytree(PROJECT_DIR / "ontology", project / "ontology")
    (project / "queries").mkdir()
    (project / "queries" / "markup.rq").write_text(
        '# </script><script>alert("named")</script>\nASK {}\n', encoding="utf-8"
    )
    application = make_app(root / "store", SAMPLE, hostile, project_dir=project)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


@pytest.mark.parametrize(
    ("method", "path", "data", "status"),
    [
        ("GET", "/sparql?query=" + quote("ASK {}"), None, 200),  # the fast GET path
        ("GET", "/sparql?query=" + quote("SELEC <x>"), None, 400),  # its error page
        ("POST", "/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}, 200),
        ("POST", "/sparql", {"query": "SELEC <x>"}, 400),
        ("GET", "/person/nobody<script>", None, 400),
        ("GET", "/person/nobody", None, 404),
        ("PATCH", "/sparql", None, 405),
        ("GET", "/person/hostile", None, 200),
        ("GET", "/static/query.js", None, 200),
    ],
)
def test_every_response_forbids_type_sniffing(
    client: FlaskClient, method: str, path: str, data: dict[str, str] | None, status: int
) -> None:
    response = client.open(path, method=method, data=data)
    response.close()
    assert response.status_code == status
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_resource_page_links_only_web_iris(client: FlaskClient) -> None:
    page = client.get("/person/hostile", headers={"Accept": "text/html"}).get_data(as_text=True)
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert not [h for h in hrefs if not h.startswith(("http://", "https://", "/", "?"))], hrefs
    assert "javascript:alert(1)" in page and "data:text/html,x" in page  # shown, as text
    assert 'href="https://example.org/fine"' in page
    assert 'href="http://localhost/person/klim-shipenko"' in page


def test_query_page_keeps_named_queries_inside_their_script_element(client: FlaskClient) -> None:
    page = client.get("/sparql", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert '<script>alert("named")' not in page
    data = re.search(r'<script id="named-queries" type="application/json">(.*?)</script>', page, re.S)
    assert data is not None
    assert json.loads(data.group(1))["markup"].startswith('# </script><script>alert("named")')
