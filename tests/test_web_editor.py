"""The query editor at /sparql: vendored YASGUI, permalinks, named queries, nothing fetched from elsewhere."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.w3c.webapp import PROJECT_DIR, SAMPLE, close_app, make_app

KG = "https://w3id.org/spacekg/"
VENDOR = PROJECT_DIR / "kg" / "site" / "static" / "vendor" / "yasgui"
QUERY_JS = PROJECT_DIR / "kg" / "site" / "static" / "query.js"
CHROME = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
    "application/signed-exchange;v=b3;q=0.7"
)
HOSTILE = 'SELECT ("</script><script>alert(1)</script>" AS ?x) WHERE {} # <!-- & <b>bold</b>'


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs, with the project's named queries."""
    application = make_app(Path(tmp_path_factory.mktemp("editor")) / "store", SAMPLE)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def editor_page(client: FlaskClient, query: str | None = None, **params: str) -> str:
    """The HTML a browser gets at /sparql (with a permalink's query, if given)."""
    if query is not None:
        params["query"] = query
    response = client.get("/sparql?" + urlencode(params), headers={"Accept": CHROME})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def script_json(page: str, element_id: str) -> object:
    """The JSON inside the page's <script id=ELEMENT_ID type="application/json"> element."""
    found = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', page, re.S)
    assert found is not None, element_id
    return json.loads(found.group(1))


@pytest.mark.parametrize(
    ("name", "mimetype"),
    [
        ("yasgui.min.js", "text/javascript"),
        ("yasgui.min.css", "text/css"),
        ("LICENSE.txt", "text/plain"),
        ("THIRD-PARTY-LICENSES.txt", "text/plain"),
        ("README.txt", "text/plain"),
    ],
)
def test_vendored_yasgui_is_served_with_its_type(client: FlaskClient, name: str, mimetype: str) -> None:
    with client.get(f"/static/vendor/yasgui/{name}") as response:
        assert response.status_code == 200
        assert response.mimetype == mimetype
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_page_loads_yasgui_from_this_server(client: FlaskClient) -> None:
    page = editor_page(client)
    assert 'src="/static/vendor/yasgui/yasgui.min.js"' in page
    assert 'href="/static/vendor/yasgui/yasgui.min.css"' in page
    assert 'id="editor"' in page


def test_vendored_files_name_their_package_and_licence() -> None:
    readme = (VENDOR / "README.txt").read_text(encoding="utf-8")
    assert "@zazuko/yasgui 4.6.2" in readme
    assert "MIT License" in (VENDOR / "LICENSE.txt").read_text(encoding="utf-8")
    assert "codemirror" in (VENDOR / "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    # The source map is not shipped, so the bundle must not point a browser's developer tools at it.
    assert "sourceMappingURL" not in (VENDOR / "yasgui.min.js").read_text(encoding="utf-8")[-500:]


def test_a_wheel_would_carry_every_vendored_file() -> None:
    patterns = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["kg"]
    package = PROJECT_DIR / "kg"
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    vendored = {path for path in VENDOR.rglob("*") if path.is_file()}
    assert {p.name for p in vendored} >= {"yasgui.min.js", "yasgui.min.css", "LICENSE.txt"}
    assert vendored <= shipped, sorted(p.name for p in vendored - shipped)


def test_a_browser_opening_a_permalink_gets_the_editor_holding_that_query(client: FlaskClient) -> None:
    page = editor_page(client, HOSTILE)
    textarea = re.search(r'<textarea id="query" name="query"[^>]*>(.*?)</textarea>', page, re.S)
    assert textarea is not None
    assert html.unescape(textarea.group(1)) == HOSTILE
    assert "<script>alert(1)" not in page and "<b>bold</b>" not in page
    config = script_json(page, "editor-config")
    assert isinstance(config, dict)
    assert config["run"] is True
    assert config["endpoint"] == "/sparql"


def test_the_editor_without_a_query_offers_one_and_does_not_run_it(client: FlaskClient) -> None:
    page = editor_page(client)
    config = script_json(page, "editor-config")
    assert isinstance(config, dict) and config["run"] is False
    assert re.search(r'<textarea id="query" name="query"[^>]*>SELECT ', page)


def test_a_permalink_keeps_its_dataset(client: FlaskClient) -> None:
    page = editor_page(client, "SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": f"{KG}graph/a"})
    config = script_json(page, "editor-config")
    assert isinstance(config, dict)
    assert config["defaultGraphs"] == [f"{KG}graph/a"] and config["namedGraphs"] == []


@pytest.mark.parametrize(
    ("accept", "extra", "mimetype"),
    [
        (None, {}, "application/sparql-results+json"),
        ("application/sparql-results+json", {}, "application/sparql-results+json"),
        ("application/sparql-results+xml", {}, "application/sparql-results+xml"),
        ("text/csv", {}, "text/csv"),
        (CHROME, {"format": "json"}, "application/sparql-results+json"),
        (CHROME, {"output": "csv"}, "text/csv"),
    ],
)
def test_other_clients_still_get_results(
    client: FlaskClient, accept: str | None, extra: dict[str, str], mimetype: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    query = "SELECT ?p WHERE { ?p a <https://w3id.org/spacekg/ontology#Person> }"
    response = client.get("/sparql?" + urlencode({"query": query, **extra}), headers=headers)
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert "klim-shipenko" in response.get_data(as_text=True)


def test_a_browser_posting_a_query_still_gets_results(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"query": "ASK {}"}, headers={"Accept": CHROME})
    assert response.status_code == 200
    assert response.mimetype != "text/html"


def test_the_named_queries_are_offered(client: FlaskClient) -> None:
    page = editor_page(client)
    named = script_json(page, "named-queries")
    assert isinstance(named, dict)
    expected = sorted(p.stem for p in (PROJECT_DIR / "queries").glob("*.rq"))
    assert sorted(named) == expected
    assert named["cq03-crew"] == (PROJECT_DIR / "queries" / "cq03-crew.rq").read_text(encoding="utf-8")
    option = re.search(r'<option value="cq03-crew">([^<]*)</option>', page)
    assert option is not None and "aboard each flight" in option.group(1)


def test_a_permalink_of_a_named_query_is_that_query(client: FlaskClient) -> None:
    text = (PROJECT_DIR / "queries" / "cq01-missions.rq").read_text(encoding="utf-8")
    page = editor_page(client, text)
    textarea = re.search(r'<textarea id="query" name="query"[^>]*>(.*?)</textarea>', page, re.S)
    assert textarea is not None and html.unescape(textarea.group(1)) == text


def test_the_page_and_its_config_name_no_other_host(client: FlaskClient) -> None:
    page = editor_page(client, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    config = script_json(page, "editor-config")
    assert isinstance(config, dict)
    urls = re.findall(r'(?:src|href|action)="([^"]*)"', page)
    urls += [url for _, url in config["local"]] + [config["endpoint"]]
    assert urls
    assert all(urlsplit(url).netloc in ("", "localhost") for url in urls), urls
    # The prefixes are names for IRIs, never fetched; they are the only absolute IRIs in the config.
    assert set(config) == {"endpoint", "run", "defaultGraphs", "namedGraphs", "prefixes", "local"}


def test_query_js_turns_off_the_completers_that_fetch_from_elsewhere() -> None:
    source = QUERY_JS.read_text(encoding="utf-8")
    completers = re.search(r"Yasqe\.defaults\.autocompleters = (\[[^\]]*\])", source)
    assert completers is not None
    assert json.loads(completers.group(1)) == ["variables", "kg-prefixes"]
    assert "prefixCcApi = null" in source
    assert not re.search(r"https?://", source)


NODE_HARNESS = r"""
const editor = require(process.argv[2]);
const local = [["https://w3id.org/spacekg/ontology#", "http://localhost/ontology#"], ["https://w3id.org/spacekg/", "http://localhost/"]];
const iris = ["javascript:alert(1)", " JavaScript:alert(2)", "data:text/html,x", "HTTPS://example.org/a",
  "https://w3id.org/spacekg/person/klim-shipenko", "https://w3id.org/spacekg/ontology#Person"];
const named = { "cq03-crew": "SELECT ?crew WHERE { ?crew ?p ?o }\n" };
console.log(JSON.stringify({
  links: iris.map(function (iri) { return editor.linkTarget(iri, local); }),
  permalink: editor.permalink(
    "http://localhost/sparql", "SELECT * WHERE { ?s ?p ?o } # <&>", { defaultGraphs: ["urn:g"], namedGraphs: [] }),
  namedFile: editor.fileBase("  SELECT ?crew WHERE { ?crew ?p ?o }", named),
  otherFile: editor.fileBase("ASK {}", named),
}));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run query.js")
def test_query_js_links_share_links_and_file_names(tmp_path: Path) -> None:
    harness = tmp_path / "harness.js"
    harness.write_text(NODE_HARNESS, encoding="utf-8")
    done = subprocess.run(["node", str(harness), str(QUERY_JS)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["links"] == [
        None,
        None,
        None,
        "HTTPS://example.org/a",
        "http://localhost/person/klim-shipenko",
        "http://localhost/ontology#Person",
    ]
    link = urlsplit(found["permalink"])
    assert (link.scheme, link.netloc, link.path, link.fragment) == ("http", "localhost", "/sparql", "")
    assert parse_qsl(link.query) == [("query", "SELECT * WHERE { ?s ?p ?o } # <&>"), ("default-graph-uri", "urn:g")]
    assert found["namedFile"] == "spacekg-cq03-crew"
    assert found["otherFile"] == "spacekg-results"
