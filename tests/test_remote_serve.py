"""`kg serve --store http://...`: our endpoint in front of a real server, answering as over its own store.

The data lives on an `oxigraph serve` or a throw-away Virtuoso (tests/virtuoso.py; skipped without it
unless KG_VIRTUOSO_TESTS=required), on loopback in a temporary folder; `kg serve` runs as a real
subprocess on another port. Answers are compared with the same endpoint over an embedded store
holding the same data. The faults (a slow server, a stopped one) are our own handling of any server,
shown on Oxigraph's: a slow server is a loopback proxy of ours that holds marked queries back.
"""

from __future__ import annotations

import contextlib
import csv
import http.server
import io
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from tests import virtuoso
from tests.remote_serving import reset_server, serve_in_front
from tests.test_remote_store import OXIGRAPH, SERVERS, Server, free_port, oxigraph_serve, serve, wait_for_port
from tests.w3c.webapp import AUTH, SAMPLE, close_app, make_app

pytestmark = pytest.mark.socket

SELECT = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label"""
CONSTRUCT = "CONSTRUCT { ?s a ?type } WHERE { ?s a ?type }"
ASK = "ASK { ?person a sm:Person }"  # sm: without PREFIX, as our endpoint allows
RESULT_TYPES = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
]
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
PERSON = "https://w3id.org/spacekg/person/yulia-peresild"
SLOW_MARK = "hold-this-query-back"
VIRTUOSO_UNION = "Virtuoso 7.2's default graph is every graph it holds, its own schema graphs (2,500 triples) too"


@pytest.fixture(scope="module", params=SERVERS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server holding the web tests' sample graphs."""
    with serve(request.param, Path(tmp_path_factory.mktemp(f"remote-serve-{request.param}"))) as url:
        reset_server(url, SAMPLE)
        yield url


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server holding the sample graphs, for the faults of a server in general."""
    with oxigraph_serve(Path(tmp_path_factory.mktemp("remote-serve-faults"))) as url:
        reset_server(url, SAMPLE)
        yield url


@pytest.fixture(scope="module")
def endpoint(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kg serve` in front of the server."""
    with serve_in_front(server, Path(tmp_path_factory.mktemp("front"))) as (base, _log):
        yield base


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    """The same endpoint over an embedded store with the same data, for comparison."""
    app: Flask = make_app(Path(tmp_path_factory.mktemp("embedded")) / "store", SAMPLE)
    yield app.test_client()
    close_app(app)


def results_of(body: bytes, media_type: str) -> Any:
    """What a result says, whatever its format: rows as sorted tuples, a boolean, or a set of triples."""
    if media_type in ("text/csv", "text/tab-separated-values"):
        dialect = "excel" if media_type == "text/csv" else "excel-tab"
        return sorted(tuple(row) for row in csv.reader(io.StringIO(body.decode("utf-8")), dialect=dialect))
    results_format = ox.QueryResultsFormat.from_media_type(media_type)
    if results_format is not None:
        parsed = ox.parse_query_results(body, format=results_format)
        if isinstance(parsed, ox.QueryBoolean):
            return bool(parsed)
        return sorted(tuple(str(solution[v]) for v in parsed.variables) for solution in parsed)
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    assert rdf_format is not None, media_type
    return {str(quad.triple) for quad in ox.parse(body, format=rdf_format)}


@pytest.mark.parametrize(
    ("query", "accept"),
    [(SELECT, t) for t in RESULT_TYPES] + [(CONSTRUCT, t) for t in GRAPH_TYPES] + [(ASK, t) for t in RESULT_TYPES],
)
def test_a_query_answers_as_over_the_embedded_store_in_each_format(
    server: Server, endpoint: str, embedded: FlaskClient, query: str, accept: str, request: pytest.FixtureRequest
) -> None:
    if server.kind == "virtuoso" and query == CONSTRUCT:
        request.applymarker(pytest.mark.xfail(reason=VIRTUOSO_UNION, strict=True))
    remote = requests.post(f"{endpoint}/sparql", data={"query": query}, headers={"Accept": accept}, timeout=30)
    assert remote.status_code == 200, remote.text
    assert remote.headers["Content-Type"].split(";")[0] == accept
    local = embedded.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert local.status_code == 200
    answer = results_of(remote.content, accept)
    assert answer == results_of(local.get_data(), accept)
    assert answer  # something was found: not two empty answers


def test_a_large_result_streams_through_whole(endpoint: str, embedded: FlaskClient) -> None:
    # The sample's graphs named (FROM), not the union: Virtuoso's holds its own graphs too.
    graphs = "".join(
        f"FROM <https://w3id.org/spacekg/{g}> " for g in ("graph/article-1", "graph/article-2", "ontology")
    )
    query = f"SELECT * {graphs}WHERE {{ ?a ?b ?c . ?d ?e ?f }} ORDER BY ?a ?b ?c ?d ?e ?f LIMIT 20000"
    accept = "text/tab-separated-values"
    with requests.get(f"{endpoint}/sparql", params={"query": query}, headers={"Accept": accept}, stream=True) as got:
        assert got.status_code == 200
        assert "Content-Length" not in got.headers  # passed on as it came, not gathered first
        body = b"".join(got.iter_content(65536))
    assert len(body) > 256 * 1024  # more than the query process sends in one piece
    assert body == embedded.get("/sparql", query_string={"query": query}, headers={"Accept": accept}).get_data()


def test_our_row_limit_applies_in_front_of_the_server(endpoint: str) -> None:
    answer = requests.get(f"{endpoint}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=30)
    assert answer.status_code == 200
    assert answer.headers["X-SPARQL-MaxRows"] == "100000"


def test_an_update_needs_our_token_and_then_reaches_the_server(endpoint: str, server: Server) -> None:
    update = 'INSERT DATA { GRAPH <http://example.org/g/added> { <http://example.org/a> <http://example.org/b> "c" } }'
    without = requests.post(f"{endpoint}/sparql", data={"update": update}, timeout=30)
    assert without.status_code == 401
    wrong = requests.post(
        f"{endpoint}/sparql", data={"update": update}, headers={"Authorization": "Bearer wrong"}, timeout=30
    )
    assert wrong.status_code == 403
    assert not ask_server(server, "ASK { GRAPH <http://example.org/g/added> { ?s ?p ?o } }")
    done = requests.post(f"{endpoint}/sparql", data={"update": update}, headers=AUTH, timeout=30)
    assert done.status_code == 200, done.text
    assert ask_server(server, 'ASK { GRAPH <http://example.org/g/added> { <http://example.org/a> ?p "c" } }')


def test_a_bad_update_is_refused_with_where_it_is_wrong(endpoint: str) -> None:
    answer = requests.post(f"{endpoint}/sparql", data={"update": "INSERT DATA { <a> }"}, headers=AUTH, timeout=30)
    assert answer.status_code == 400
    assert "line 1, column" in answer.text


def test_a_graph_store_put_replaces_the_graph_on_the_server(endpoint: str, server: Server) -> None:
    graph = "http://example.org/g/put"
    url = f"{endpoint}/rdf-graph-store"
    turtle = '<http://example.org/x> <http://example.org/y> "first" .'
    refused = requests.put(
        url, params={"graph": graph}, data=turtle, headers={"Content-Type": "text/turtle"}, timeout=30
    )
    assert refused.status_code == 401
    created = requests.put(
        url, params={"graph": graph}, data=turtle, headers={"Content-Type": "text/turtle", **AUTH}, timeout=30
    )
    assert created.status_code == 201
    second = '<http://example.org/x> <http://example.org/y> "second" .'
    replaced = requests.put(
        url, params={"graph": graph}, data=second, headers={"Content-Type": "text/turtle", **AUTH}, timeout=30
    )
    assert replaced.status_code == 204
    read = requests.get(url, params={"graph": graph}, headers={"Accept": "application/n-triples"}, timeout=30)
    assert read.status_code == 200
    assert results_of(read.content, "application/n-triples") == {
        '<http://example.org/x> <http://example.org/y> "second"'
    }
    assert not ask_server(server, f'ASK {{ GRAPH <{graph}> {{ ?s ?p "first" }} }}')
    missing = requests.get(url, params={"graph": "http://example.org/g/none"}, timeout=30)
    assert missing.status_code == 404


def test_a_resource_page_and_its_data_come_from_the_server(endpoint: str) -> None:
    page = requests.get(f"{endpoint}/person/yulia-peresild", headers={"Accept": "text/html"}, timeout=30)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert "Yulia Peresild" in page.text
    assert "Soyuz MS-19" in page.text  # the flight she is on, by its label
    data = requests.get(f"{endpoint}/person/yulia-peresild", headers={"Accept": "text/turtle"}, timeout=30)
    assert data.status_code == 200
    assert f'<{PERSON}> <http://www.w3.org/2000/01/rdf-schema#label> "Yulia Peresild"@en' in results_of(
        data.content, "text/turtle"
    )
    unknown = requests.get(f"{endpoint}/person/nobody-at-all", headers={"Accept": "text/html"}, timeout=30)
    assert unknown.status_code == 404


def test_the_home_page_counts_and_search_follow_the_server(endpoint: str, server: Server) -> None:
    home = requests.get(endpoint + "/", headers={"Accept": "text/html"}, timeout=30)
    assert home.status_code == 200
    assert "Soyuz MS-19" in home.text  # the latest flights
    assert search_labels(endpoint, "Peresild") == ["Yulia Peresild"]
    assert search_labels(endpoint, "Tereshkova") == []
    # Written on the server directly, not through us: the next search sees it.
    added = """PREFIX sm: <https://w3id.org/spacekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT DATA { GRAPH <https://w3id.org/spacekg/graph/article-9> {
  <https://w3id.org/spacekg/person/valentina-tereshkova> a sm:Person ; rdfs:label "Valentina Tereshkova"@en } }"""
    send_update(server, added)
    try:
        assert search_labels(endpoint, "Tereshkova") == ["Valentina Tereshkova"]
    finally:
        send_update(server, "DROP SILENT GRAPH <https://w3id.org/spacekg/graph/article-9>")


def test_search_sees_a_label_changed_on_the_server_to_one_of_the_same_length(endpoint: str, server: Server) -> None:
    assert search_labels(endpoint, "Shipenko") == ["Klim Shipenko"]
    send_update(server, relabel("Klim Shipenko", "Klim Shipenka"))  # every graph keeps its size
    try:
        assert search_labels(endpoint, "Shipenka") == ["Klim Shipenka"]
        assert search_labels(endpoint, "Shipenko") == []
    finally:
        send_update(server, relabel("Klim Shipenka", "Klim Shipenko"))


def test_a_slow_server_gets_our_timeout(oxigraph: str, tmp_path: Path) -> None:
    with slow_proxy(oxigraph) as proxy, serve_in_front(proxy, tmp_path, timeout_s=2) as (base, log):
        slow = f'SELECT * WHERE {{ ?s ?p "{SLOW_MARK}" }}'
        answer = requests.get(f"{base}/sparql", params={"query": slow}, timeout=60)
        assert answer.status_code == 503
        assert "took longer than 2 s" in answer.text
        assert answer.headers["Retry-After"] == "1"
        fast = requests.get(f"{base}/sparql", params={"query": ASK, "format": "json"}, timeout=60)
        assert fast.status_code == 200  # the next query is served as usual
        assert "Traceback" not in log.read_text(errors="replace")


def test_the_store_timeout_applies_when_it_is_the_shorter(oxigraph: str, tmp_path: Path) -> None:
    env = {"KG_STORE_TIMEOUT": "1"}
    with slow_proxy(oxigraph) as proxy, serve_in_front(proxy, tmp_path, timeout_s=20, env=env) as (base, log):
        slow = f'SELECT * WHERE {{ ?s ?p "{SLOW_MARK}" }}'
        answer = requests.get(f"{base}/sparql", params={"query": slow}, timeout=60)
        assert answer.status_code == 503
        assert answer.text == (
            f"the SPARQL server at {proxy} did not answer within 1 s; give it more time with KG_STORE_TIMEOUT\n"
        )
        assert "Traceback" not in log.read_text(errors="replace")


def test_a_stopped_server_is_a_clear_503(tmp_path: Path) -> None:
    port = free_port()
    own_server = f"http://127.0.0.1:{port}"
    command = [str(OXIGRAPH), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process)
        reset_server(own_server, SAMPLE)
        with serve_in_front(own_server, tmp_path) as (base, log):
            process.terminate()
            process.wait(10)
            answers = [
                requests.get(f"{base}/sparql?query=ASK%7B%7D", timeout=30),
                requests.get(base + "/", headers={"Accept": "text/html"}, timeout=30),
                requests.get(f"{base}/person/yulia-peresild", headers={"Accept": "text/html"}, timeout=30),
                requests.post(f"{base}/sparql", data={"update": "CLEAR ALL"}, headers=AUTH, timeout=30),
            ]
            log_text = log.read_text(errors="replace")
    finally:
        process.kill()
        process.wait()
    for answer in answers:
        assert answer.status_code == 503
        assert answer.text == f"cannot reach the SPARQL server at {own_server}: connection refused; is it running?\n"
    assert "Traceback" not in log_text


def test_serve_refuses_to_start_when_the_server_does_not_answer(tmp_path: Path) -> None:
    with oxigraph_serve(tmp_path) as url:
        pass  # stopped: nothing listens there now
    with pytest.raises(RuntimeError, match="cannot reach the SPARQL server"), serve_in_front(url, tmp_path):
        pass


def ask_server(server: str, query: str) -> bool:
    """Ask the server directly (not through kg), over the union of its graphs (Virtuoso's default graph)."""
    if getattr(server, "kind", "oxigraph") == "virtuoso":
        # Virtuoso answers ASK as a one-cell table: 1 for yes.
        return virtuoso.ask(server, query).splitlines()[1:] == ["1"]
    answer = requests.post(
        f"{server}/query",
        data={"query": query, "union-default-graph": ""},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return bool(answer.json()["boolean"])


def send_update(server: str, update: str) -> None:
    """Run an update on the server directly."""
    if getattr(server, "kind", "oxigraph") == "virtuoso":
        virtuoso.update(server, update)
        return
    request = urllib.request.Request(
        f"{server}/update", data=update.encode(), headers={"Content-Type": "application/sparql-update"}
    )
    with urllib.request.urlopen(request, timeout=30):
        pass


def relabel(old: str, new: str) -> str:
    """An update that changes the English label `old` to `new` wherever it is."""
    return f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
DELETE {{ GRAPH ?g {{ ?who rdfs:label "{old}"@en }} }} INSERT {{ GRAPH ?g {{ ?who rdfs:label "{new}"@en }} }}
WHERE {{ GRAPH ?g {{ ?who rdfs:label "{old}"@en }} }}"""


def search_labels(endpoint: str, text: str) -> list[str]:
    """The labels of the hits of a search on our endpoint."""
    answer = requests.get(f"{endpoint}/search", params={"q": text, "format": "json"}, timeout=30)
    assert answer.status_code == 200, answer.text
    return [hit["label"] for hit in answer.json()["hits"]]


class HoldingProxy(http.server.BaseHTTPRequestHandler):
    """Passes requests on to the server, holding back those that carry SLOW_MARK until released."""

    target = ""
    release = threading.Event()

    def do_GET(self) -> None:
        """Pass a GET on."""
        self.pass_on(None)

    def do_POST(self) -> None:
        """Pass a POST on, with its body."""
        self.pass_on(self.rfile.read(int(self.headers.get("Content-Length", "0"))))

    def pass_on(self, body: bytes | None) -> None:
        """Forward the request (after the hold, if marked) and copy the answer back."""
        if SLOW_MARK in self.path or (body is not None and SLOW_MARK.encode() in body):
            self.release.wait(30)
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        request = urllib.request.Request(self.target + self.path, data=body, headers=headers, method=self.command)
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, kind, data = answer.status, answer.headers.get("Content-Type", ""), answer.read()
        except urllib.error.HTTPError as exc:
            status, kind, data = exc.code, exc.headers.get("Content-Type", ""), exc.read()
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client gave up waiting

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


@contextlib.contextmanager
def slow_proxy(server: str) -> Iterator[str]:
    """A loopback proxy in front of `server` that holds marked queries back; yield its URL."""
    handler = type("Holding", (HoldingProxy,), {"target": server, "release": threading.Event()})
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{proxy.server_address[1]}"
    finally:
        handler.release.set()
        proxy.shutdown()
        proxy.server_close()
        thread.join(10)
