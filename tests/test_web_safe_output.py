"""What the endpoint sends a browser cannot be turned against it: no sniffed types, no script links."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.w3c.webapp import PROJECT_DIR, SAMPLE, close_app, make_app

KG = "https://w3id.org/spacekg/"
QUERY_JS = PROJECT_DIR / "kg" / "web" / "static" / "query.js"
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


def test_query_js_links_only_web_iris() -> None:
    source = QUERY_JS.read_text(encoding="utf-8")
    assert re.search(r"term\.type === \"uri\" && isWebIri\(term\.value\)", source)
    assert "/^https?:/i" in source


# Runs query.js in node against the least of a DOM it needs, and renders one result through it.
NODE_HARNESS = r"""
const fs = require("fs");
function element(tag) {
  return {
    tag, children: [], textContent: "", href: undefined, value: "", listeners: {},
    appendChild(child) { this.children.push(child); return child; },
    addEventListener(name, fn) { this.listeners[name] = fn; },
    insertRow() { const row = element("tr"); this.children.push(row); return row; },
  };
}
const ids = {};
for (const id of ["named-queries", "query-form", "query", "status", "results", "named", "format"]) {
  ids[id] = element(id);
}
ids["named-queries"].textContent = "{}";
ids["query-form"].action = "/sparql";
globalThis.document = { getElementById: (id) => ids[id], createElement: element };
const result = JSON.parse(process.argv[3]);
globalThis.fetch = () => Promise.resolve({ ok: true, json: () => Promise.resolve(result) });
eval(fs.readFileSync(process.argv[2], "utf8"));
ids["query-form"].listeners.submit({ preventDefault() {} });
setTimeout(() => {
  const cells = [];
  (function walk(node) {
    if (node.tag === "td") {
      const link = node.children[0];
      cells.push({ link: link ? link.href : null, text: link ? link.textContent : node.textContent });
    }
    node.children.forEach(walk);
  })(ids["results"]);
  console.log(JSON.stringify(cells));
}, 50);
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run query.js")
def test_query_js_renders_script_iris_as_text(tmp_path: Path) -> None:
    values = ["javascript:alert(1)", " JavaScript:alert(2)", "data:text/html,x", "HTTPS://example.org/a", "http://x/b"]
    result = {"head": {"vars": ["v"]}, "results": {"bindings": [{"v": {"type": "uri", "value": v}} for v in values]}}
    harness = tmp_path / "harness.js"
    harness.write_text(NODE_HARNESS, encoding="utf-8")
    done = subprocess.run(
        ["node", str(harness), str(QUERY_JS), json.dumps(result)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    cells = json.loads(done.stdout)
    assert [c["link"] for c in cells] == [None, None, None, "HTTPS://example.org/a", "http://x/b"]
    assert [c["text"] for c in cells] == values
