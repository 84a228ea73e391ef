"""`kg --store http://HOST:PORT`: the graph on a real SPARQL server, answering as the embedded store does.

The end-to-end tests run on two servers: Oxigraph's own (`oxigraph serve` from the `oxigraph`
package) and Virtuoso open source (tests/virtuoso.py), each started on free loopback ports in a
temporary folder, once per module. Faults a real server cannot show come from tiny loopback
servers of our own.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset

import kg.cli.commands  # noqa: F401  (registers the commands)
from kg.cli.main import cli
from kg.settings import load_settings
from tests import virtuoso
from tests.news_samples import STORIES
from tests.utils import assert_datasets_isomorphic

pytestmark = pytest.mark.socket

PROJECT_DIR = Path(__file__).resolve().parent.parent
ARTICLES = sorted(str(p) for p in (PROJECT_DIR / "tests" / "data" / "articles").glob("*.txt"))
QUERIES = sorted(p.stem for p in (PROJECT_DIR / "queries").glob("*.rq"))
OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
ARTICLE_GRAPH = "https://w3id.org/spacekg/graph/artemis-ii-crew"
SERVERS = ["oxigraph", "virtuoso"]
DURATION = "http://www.w3.org/2001/XMLSchema#duration"
# Virtuoso 7.2 keeps an xsd:duration as a number of seconds ("P12D" comes back as "1.0368e+06", "PT10M13S"
# as "613.13"), and its optimizer drops the rows of a second OPTIONAL over nested subqueries.
VIRTUOSO_LOSES_DURATIONS = "Virtuoso 7.2 stores xsd:duration as seconds, not as written"
VIRTUOSO_WRONG_ANSWERS = {
    "cq04-vehicles": "Virtuoso 7.2 drops the rows of a second OPTIONAL over nested subqueries",
    "cq07-figures": VIRTUOSO_LOSES_DURATIONS,
    "cq08-films": "Virtuoso 7.2 drops the rows of a second OPTIONAL over nested subqueries",
    "cq10-organizations": "Virtuoso 7.2 drops the rows of a second OPTIONAL over nested subqueries",
    "cq12-evidence": VIRTUOSO_LOSES_DURATIONS,
}


class Server(str):
    """A server's URL for `--store`, carrying the KG_STORE_* settings kg needs for it and what it holds of its own."""

    env: dict[str, str]
    kind: str
    query_url: str
    own_graphs: tuple[str, ...]

    @classmethod
    def of_oxigraph(cls, url: str) -> Server:
        """An Oxigraph server: its paths are kg's defaults."""
        return cls.make(url, "oxigraph", {}, f"{url}/query", ())

    @classmethod
    def of_virtuoso(cls, running: virtuoso.Virtuoso) -> Server:
        """A Virtuoso: its own endpoints and digest authentication, and its schema graphs."""
        return cls.make(running.url, "virtuoso", running.env, f"{running.url}/sparql", running.own_graphs)

    @classmethod
    def make(cls, url: str, kind: str, env: dict[str, str], query_url: str, own: tuple[str, ...]) -> Server:
        """A Server with its attributes set."""
        server = cls(url)
        server.env, server.kind, server.query_url, server.own_graphs = env, kind, query_url, own
        return server


@contextlib.contextmanager
def serve(kind: str, folder: Path) -> Iterator[Server]:
    """Run a real server of `kind` (oxigraph or virtuoso) on loopback with its database in `folder`."""
    if kind == "oxigraph":
        with oxigraph_serve(folder) as url:
            yield Server.of_oxigraph(url)
    else:
        with virtuoso.virtuoso_serve(folder) as running:
            yield Server.of_virtuoso(running)


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    """Wait until something listens on `port` (the server process must stay alive meanwhile)."""
    for _ in range(300):
        assert process.poll() is None, "oxigraph serve stopped at start"
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


@contextlib.contextmanager
def oxigraph_serve(folder: Path, *options: str) -> Iterator[str]:
    """Run a real `oxigraph serve` on loopback with its database in `folder`; yield its URL."""
    if OXIGRAPH is None:
        pytest.fail("the oxigraph server binary is missing: pip install -e '.[test]'")
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module", params=SERVERS)
def kind(request: pytest.FixtureRequest) -> str:
    """Which server the end-to-end tests run on."""
    return str(request.param)


@pytest.fixture(scope="module")
def writable(kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server for the tests that write."""
    with serve(kind, tmp_path_factory.mktemp(kind)) as url:
        yield url


@pytest.fixture(scope="module")
def filled(kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server filled by `fill` once, for the tests that read (and one that writes the same again)."""
    with serve(kind, tmp_path_factory.mktemp(f"{kind}-filled")) as url:
        fill(url)
        yield url


@pytest.fixture
def server(writable: Server) -> Server:
    """The server for writing, emptied for this test (a Virtuoso keeps its own graphs)."""
    if writable.kind == "virtuoso":
        virtuoso.empty(virtuoso.Virtuoso(writable, 0, writable.env, writable.own_graphs))
        return writable
    request = urllib.request.Request(
        f"{writable}/update",
        data=b"CLEAR ALL",
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10):
        pass
    return writable


def kg_run(store: str | Path, *args: str, env: dict[str, str] | None = None) -> Result:
    """`kg --store STORE ARGS...` in this process, from the project's root (with the server's settings)."""
    variables = {**getattr(store, "env", {}), **(env or {})}
    with contextlib.chdir(PROJECT_DIR):
        return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False, env=variables)


def kg_process(store: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`kg --store STORE ARGS...` as a separate process of this checkout, as a user's shell runs it."""
    variables = {**os.environ, "PYTHONPATH": str(PROJECT_DIR), **getattr(store, "env", {}), **(env or {})}
    variables.pop("KG_STORE", None)
    return subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "--store", store, *args],
        cwd=PROJECT_DIR,
        env=variables,
        capture_output=True,
        text=True,
        timeout=120,
    )


def fill(store: str | Path) -> None:
    """Build from the seeds, then ingest the test articles in two runs (identity across runs reads the store)."""
    for args in (["build"], ["ingest", "--jobs", "1", ARTICLES[0]], ["ingest", "--jobs", "1", *ARTICLES[1:]]):
        result = kg_run(store, *args)
        assert result.exit_code == 0, result.output
    if isinstance(store, str):
        assert quads_on_server(store) == triples_of(store) > 0
        assert not (PROJECT_DIR / "http:").exists()


def quads_on_server(url: str) -> int:
    """How many quads the server holds in graphs other than its own, asked directly."""
    own = getattr(url, "own_graphs", ())
    left_out = f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in own)}))" if own else ""
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {left_out} }}"
    request = urllib.request.Request(
        getattr(url, "query_url", f"{url}/query"),
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "text/csv", "Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return int(answer.read().decode().split()[1])


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store filled the same way, to compare with."""
    store = tmp_path_factory.mktemp("embedded") / "store"
    fill(store)
    return store


def triples_of(store: str | Path) -> int:
    """The store's size as `kg stats` reports it."""
    result = kg_run(store, "stats")
    assert result.exit_code == 0, result.output
    return int(result.stdout.splitlines()[0].removeprefix("Triples: "))


def exported(store: str | Path) -> Dataset:
    """The store's `kg export --format nq`, parsed."""
    result = kg_run(store, "export", "--format", "nq")
    assert result.exit_code == 0, result.output
    dataset = Dataset()
    dataset.parse(data=result.stdout, format="nquads")
    return dataset


def test_build_and_ingest_twice_leave_the_same_store(filled: str, embedded: Path) -> None:
    size = triples_of(filled)
    assert size == triples_of(embedded)
    again = kg_run(filled, "ingest", "--jobs", "1", *ARTICLES)
    assert again.exit_code == 0, again.output
    assert triples_of(filled) == size == quads_on_server(filled)
    graphs = kg_run(filled, "stats").stdout
    assert ARTICLE_GRAPH in graphs and "https://w3id.org/spacekg/ontology" in graphs


@pytest.mark.parametrize("name", QUERIES)
def test_every_competency_query_answers_as_on_the_embedded_store(
    filled: Server, embedded: Path, name: str, request: pytest.FixtureRequest
) -> None:
    if filled.kind == "virtuoso" and name in VIRTUOSO_WRONG_ANSWERS:
        request.applymarker(pytest.mark.xfail(reason=VIRTUOSO_WRONG_ANSWERS[name], strict=True))
    local = kg_run(embedded, "query", name, "--format", "csv")
    remote = kg_run(filled, "query", name, "--format", "csv")
    assert remote.exit_code == 0, remote.output
    header, *rows = remote.stdout.splitlines()
    assert rows, f"{name} found nothing"
    assert (header, sorted(rows)) == (local.stdout.splitlines()[0], sorted(local.stdout.splitlines()[1:])), name


def without_durations(dataset: Dataset) -> Dataset:
    """The dataset without its xsd:duration values (which Virtuoso does not keep as written)."""
    kept = Dataset()
    for s, p, o, g in dataset.quads():
        if getattr(o, "datatype", None) is None or str(o.datatype) != DURATION:
            kept.add((s, p, o, g))
    return kept


def test_export_answers_as_on_the_embedded_store(filled: Server, embedded: Path) -> None:
    if filled.kind == "virtuoso":
        assert_datasets_isomorphic(without_durations(exported(embedded)), without_durations(exported(filled)))
    else:
        assert_datasets_isomorphic(exported(embedded), exported(filled))


def test_a_server_holding_only_its_own_graphs_is_said_to_be_empty(server: Server) -> None:
    done = kg_process(server, "query", "cq01")
    assert done.returncode == 0, done.stderr
    assert "holds no triples" in done.stderr and "kg build" in done.stderr


def test_stats_answer_as_on_the_embedded_store(filled: Server, embedded: Path) -> None:
    assert kg_run(filled, "stats").stdout == kg_run(embedded, "stats").stdout


def test_validate_answers_as_on_the_embedded_store(
    filled: Server, embedded: Path, request: pytest.FixtureRequest
) -> None:
    if filled.kind == "virtuoso":
        request.applymarker(pytest.mark.xfail(reason=VIRTUOSO_LOSES_DURATIONS, strict=True))
    checked = kg_run(filled, "validate")
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == kg_run(embedded, "validate").stdout


def test_remove_takes_out_exactly_the_article(server: str) -> None:
    fill(server)
    before = triples_of(server)
    removed = kg_run(server, "remove", "artemis-ii-crew")
    assert removed.exit_code == 0, removed.output
    in_graph = int(removed.stdout.split(": ")[1].split()[0])
    assert in_graph > 0 and triples_of(server) == before - in_graph == quads_on_server(server)
    assert ARTICLE_GRAPH not in kg_run(server, "stats").stdout
    again = kg_run(server, "remove", "artemis-ii-crew")
    assert again.exit_code == 2 and "no article 'artemis-ii-crew'" in again.output


def test_a_server_without_a_graph_store_gets_each_graph_in_one_update(
    server: Server, filled: str, request: pytest.FixtureRequest
) -> None:
    if server.kind == "virtuoso":
        reason = "Virtuoso 7.2 cannot make an xsd:duration literal in a SPARQL update (SR553)"
        request.applymarker(pytest.mark.xfail(reason=reason, strict=True))
    updates_only = {"KG_STORE_GRAPH_STORE_URL": "none"}
    for _run in range(2):  # the second time, the graph exists: CREATE without SILENT would fail there
        done = kg_run(server, "build", env=updates_only)
        assert done.exit_code == 0, done.output
    on_filled = kg_run(filled, "export", "--format", "nq", "--graph", "https://w3id.org/spacekg/graph/seed-soyuz-ms-19")
    on_server = kg_run(server, "export", "--format", "nq", "--graph", "https://w3id.org/spacekg/graph/seed-soyuz-ms-19")
    assert on_server.exit_code == 0, on_server.output
    assert sorted(on_server.stdout.splitlines()) == sorted(on_filled.stdout.splitlines())


def test_a_server_whose_default_graph_is_the_union_answers_the_same(tmp_path: Path, embedded: Path) -> None:
    # Virtuoso's default graph is the union of its graphs; `oxigraph serve --union-default-graph` is the same.
    union_server = {"KG_STORE_UNION_PARAMETER": ""}
    with oxigraph_serve(tmp_path, "--union-default-graph") as url:
        for args in (["build"], ["ingest", "--jobs", "1", ARTICLES[0]], ["ingest", "--jobs", "1", *ARTICLES[1:]]):
            done = kg_run(url, *args, env=union_server)
            assert done.exit_code == 0, done.output
        assert kg_run(url, "stats", env=union_server).stdout == kg_run(embedded, "stats").stdout
        answers = kg_run(url, "query", "cq03", "--format", "csv", env=union_server).stdout
        assert sorted(answers.splitlines()) == sorted(
            kg_run(embedded, "query", "cq03", "--format", "csv").stdout.splitlines()
        )
        result = kg_run(url, "export", "--format", "nq", env=union_server)
    dataset = Dataset()
    dataset.parse(data=result.stdout, format="nquads")
    assert_datasets_isomorphic(exported(embedded), dataset)


def test_ad_hoc_queries_see_the_union_and_report_bad_syntax_as_the_embedded_store(filled: str) -> None:
    counted = kg_run(filled, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a sm:Mission }", "--format", "csv")
    assert counted.exit_code == 0, counted.output
    assert int(counted.stdout.splitlines()[1]) > 0
    bad = kg_run(filled, "query", "SELECT * WHERE { ?s ?p }")
    assert bad.exit_code == 2
    assert bad.output.strip() == "Error: malformed SPARQL at line 1, column 25: expected one of LATERAL, SERVICE, [_]"


def test_blank_nodes_are_skolemized_on_the_server_and_come_back_as_blank_nodes(server: str) -> None:
    import pyoxigraph as ox

    from kg.store.remote import RemoteStore

    store = RemoteStore.open(load_settings({"KG_STORE": server, **getattr(server, "env", {})}))
    graph = "https://example.org/graph/with-blank-nodes"
    triple = ox.Triple(ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p"), ox.BlankNode())
    assert store.replace_graph(graph, [triple]) == 1
    assert store.replace_graph(graph, [triple]) == 1  # a second PUT replaces the graph
    raw = store.native_query(f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", own_dataset=True)
    assert isinstance(raw, ox.QuerySolutions)
    [stored] = [row["o"] for row in raw]
    assert isinstance(stored, ox.NamedNode) and "/.well-known/genid/" in stored.value
    [quad] = store.quads(graph)
    assert isinstance(quad.object, ox.BlankNode)


def test_query_results_are_the_same_under_every_hash_seed(filled: str) -> None:
    outputs = set()
    for seed in ("0", "1", "2", "3"):
        done = kg_process(filled, "query", "cq03", "--format", "csv", env={"PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.add("\n".join(sorted(done.stdout.splitlines())))
    assert len(outputs) == 1


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request as the test's `answer` says, and keeps the headers it was sent."""

    answer: tuple[int, str, bytes] = (200, "application/sparql-results+json", b'{"head":{},"boolean":true}')
    seen: list[dict[str, str]]
    location = ""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.seen.append(dict(self.headers))
        status, media_type, body = self.answer
        self.send_response(status)
        if self.location:
            self.send_header("Location", self.location)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.do_POST()

    def do_PUT(self) -> None:
        self.do_POST()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test's output quiet."""


@contextlib.contextmanager
def recording_server(answer: tuple[int, str, bytes], location: str = "") -> Iterator[tuple[str, list[dict[str, str]]]]:
    """A loopback HTTP server giving `answer` (and `location`) to every request; yields its URL and the headers seen."""
    seen: list[dict[str, str]] = []
    handler = type("Handler", (Recorder,), {"answer": answer, "seen": seen, "location": location})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


class DyingProxy(http.server.BaseHTTPRequestHandler):
    """Passes requests on to `target`, but drops the connection unanswered at the `dies_at`-th PUT and after.

    With `authorized_only`, only PUTs that carry credentials count (a digest client first asks without).
    """

    target: str
    dies_at: int
    puts: list[int]
    authorized_only = False

    def relay(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.command == "PUT" and (not self.authorized_only or "Authorization" in self.headers):
            self.puts.append(1)
            if len(self.puts) >= self.dies_at:
                self.close_connection = True  # the server went away with the article half sent
                return
        headers = {k: v for k, v in self.headers.items() if k in ("Accept", "Content-Type", "Authorization")}
        request = urllib.request.Request(self.target + self.path, data=body or None, headers=headers)
        request.method = self.command
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, media_type, data = answer.status, answer.headers.get("Content-Type", ""), answer.read()
            challenge = ""
        except urllib.error.HTTPError as exc:
            status, media_type, data = exc.code, exc.headers.get("Content-Type", ""), exc.read()
            challenge = exc.headers.get("WWW-Authenticate", "")  # Virtuoso's digest authentication
        self.send_response(status)
        if media_type:
            self.send_header("Content-Type", media_type)
        if challenge:
            self.send_header("WWW-Authenticate", challenge)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self.relay()

    def do_POST(self) -> None:
        self.relay()

    def do_PUT(self) -> None:
        self.relay()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test's output quiet."""


def test_a_server_lost_in_the_middle_of_an_ingest_leaves_whole_articles_and_a_rerun_completes_it(
    server: str, filled: str
) -> None:
    built = kg_run(server, "build")
    assert built.exit_code == 0, built.output
    env = getattr(server, "env", {})
    handler = type("Handler", (DyingProxy,), {"target": server, "dies_at": 2, "puts": [], "authorized_only": bool(env)})
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    proxied = f"http://127.0.0.1:{proxy.server_address[1]}"
    try:
        through = {name: value.replace(server, proxied) for name, value in env.items()}
        done = kg_process(proxied, "ingest", "--jobs", "1", *ARTICLES, env=through)
    finally:
        proxy.shutdown()
        proxy.server_close()
        thread.join(timeout=10)
    assert done.returncode == 4
    assert "Traceback" not in done.stderr
    assert "Error: the SPARQL server at http://127.0.0.1:" in done.stderr and "broke off" in done.stderr
    first = "https://w3id.org/spacekg/graph/" + Path(ARTICLES[0]).stem
    second = "https://w3id.org/spacekg/graph/" + Path(ARTICLES[1]).stem
    graphs = kg_run(server, "stats").stdout
    assert f"{first}  " in graphs and f"{second}  " not in graphs
    assert sorted(kg_run(server, "export", "--format", "nq", "--graph", first).stdout.splitlines()) == sorted(
        kg_run(filled, "export", "--format", "nq", "--graph", first).stdout.splitlines()
    )
    rerun = kg_run(server, "ingest", "--jobs", "1", *ARTICLES)
    assert rerun.exit_code == 0, rerun.output
    assert_datasets_isomorphic(exported(filled), exported(server))


def test_the_accept_header_is_the_same_under_every_hash_seed() -> None:
    with recording_server((200, "application/sparql-results+json", b'{"head":{},"boolean":true}')) as (url, seen):
        for seed in ("0", "1", "2", "3", "4"):
            done = kg_process(url, "query", "ASK { ?s ?p ?o }", env={"PYTHONHASHSEED": seed})
            assert done.returncode == 0, done.stderr
            assert done.stdout == "yes\n"
    accepts = {headers["Accept"] for headers in seen}
    assert len(accepts) == 1
    assert accepts.pop().startswith("application/sparql-results+json")


def test_wrong_credentials_give_a_clear_error_and_exit_code() -> None:
    with recording_server((401, "text/plain", b"Unauthorized\n")) as (url, seen):
        done = kg_process(url, "stats", env={"KG_STORE_USER": "kg", "KG_STORE_PASSWORD": "wrong"})
    assert done.returncode == 4
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"Error: the SPARQL server at {url} refused our credentials (HTTP 401)")
    assert seen[0]["Authorization"] == "Basic a2c6d3Jvbmc="  # kg:wrong, sent as configured


def test_the_password_may_come_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "password"
    secret.write_text("s3cret\n", encoding="utf-8")
    with recording_server((200, "application/sparql-results+json", b'{"head":{},"boolean":true}')) as (url, seen):
        done = kg_process(url, "query", "ASK {}", env={"KG_STORE_USER": "kg", "KG_STORE_PASSWORD_FILE": str(secret)})
    assert done.returncode == 0, done.stderr
    assert seen[0]["Authorization"] == "Basic a2c6czNjcmV0"  # kg:s3cret


def test_a_redirect_is_not_followed_with_our_credentials() -> None:
    with (
        recording_server((200, "application/sparql-results+json", b'{"head":{},"boolean":true}')) as (other, elsewhere),
        recording_server((303, "text/plain", b""), location=f"{other}/query") as (url, _seen),
    ):
        done = kg_process(url, "query", "ASK {}", env={"KG_STORE_TOKEN": "secret"})
    assert done.returncode == 4
    assert f"redirects {url}/query to {other}/query (HTTP 303)" in done.stderr
    assert elsewhere == []


def test_a_failing_server_gives_its_message_and_exit_code() -> None:
    with recording_server((500, "text/plain", b"storage is corrupted\n")) as (url, _seen):
        done = kg_process(url, "query", "cq01")
    assert done.returncode == 4
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == f"Error: the SPARQL server at {url} failed (HTTP 500): storage is corrupted"


@pytest.mark.parametrize(
    ("media_type", "body", "says"),
    [
        ("application/sparql-results+json", b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{', "unreadable"),
        ("text/html", b"<html><body>Welcome</body></html>", "answered in text/html, which kg cannot read"),
        ("application/n-triples", b"<https://example.org/s> <https://example.org/p> ", "answered with unreadable RDF"),
    ],
)
def test_an_answer_kg_cannot_read_is_a_clear_error(media_type: str, body: bytes, says: str) -> None:
    with recording_server((200, media_type, body)) as (url, _seen):
        done = kg_process(url, "query", "SELECT ?s WHERE { ?s ?p ?o }")
    assert done.returncode == 4
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"Error: the SPARQL server at {url} ") and says in done.stderr


def test_a_stopped_server_gives_a_clear_error_and_no_traceback(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    for args in (["stats"], ["ingest", "--jobs", "1", ARTICLES[0]], ["query", "cq01"]):
        done = kg_process(url, *args)
        assert done.returncode == 4, done.stderr
        assert "Traceback" not in done.stderr
        assert f"Error: cannot reach the SPARQL server at {url}: connection refused; is it running?" in done.stderr
    assert not (PROJECT_DIR / "http:").exists()


def test_a_server_that_does_not_answer_hits_the_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)  # accepts connections and never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        done = kg_process(url, "query", "cq01", env={"KG_STORE_TIMEOUT": "0.5"})
    assert done.returncode == 3
    assert done.stderr.strip() == (
        f"Error: the SPARQL server at {url} did not answer within 0.5 s; give it more time with KG_STORE_TIMEOUT"
    )


def test_store_option_after_the_command_and_kg_store_select_the_server(filled: str) -> None:
    with contextlib.chdir(PROJECT_DIR):
        env = getattr(filled, "env", {})
        after = CliRunner().invoke(cli, ["stats", "--store", filled], catch_exceptions=False, env=env)
        variable = CliRunner().invoke(cli, ["stats"], catch_exceptions=False, env={"KG_STORE": filled, **env})
    assert after.exit_code == 0 and variable.exit_code == 0
    assert after.stdout == variable.stdout == kg_run(filled, "stats").stdout


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://localhost:abc", "must be an http(s)://HOST[:PORT][/PATH] URL, not 'http://localhost:abc'"),
        ("http://", "must be an http(s)://HOST[:PORT][/PATH] URL, not 'http://'"),
        ("http://[::1", "must be an http(s)://HOST[:PORT][/PATH] URL, not 'http://[::1'"),
        ("http://kg:secret@127.0.0.1:9", "must not carry credentials; give them in KG_STORE_USER"),
    ],
)
def test_a_malformed_server_url_is_bad_input(url: str, says: str) -> None:
    done = kg_run(url, "stats")
    assert done.exit_code == 2
    assert done.output.startswith("Error: --store (or KG_STORE) " + says)
    assert "secret" not in done.output


def test_load_puts_each_file_on_the_server_all_or_nothing_as_on_the_embedded_store(server: str, tmp_path: Path) -> None:
    with_blank_nodes = tmp_path / "crew.ttl"
    with_blank_nodes.write_text(
        '@prefix ex: <https://example.org/> .\nex:flight ex:crew [ ex:name "A" ], [ ex:name "B" ] .\n',
        encoding="utf-8",
    )
    sample = str(PROJECT_DIR / "tests" / "w3c" / "sample.trig")
    runs = [
        ([sample], {}),
        ([str(with_blank_nodes)], {}),
        ([sample, "--graph", "https://example.org/g", "--replace"], {}),
        ([sample, "--graph", "https://example.org/g", "--replace"], {"KG_STORE_GRAPH_STORE_URL": "none"}),
        ([str(with_blank_nodes), "--graph", "https://example.org/h"], {"KG_STORE_GRAPH_STORE_URL": "none"}),
    ]
    embedded = tmp_path / "store"
    for args, env in runs:
        local, remote = kg_run(embedded, "load", *args), kg_run(server, "load", *args, env=env)
        assert remote.exit_code == 0, remote.output
        assert remote.stdout.split(" in ")[0] == local.stdout.split(" in ")[0]
    assert_datasets_isomorphic(exported(embedded), exported(server))
    broken = tmp_path / "broken.ttl"
    broken.write_text("<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n<a> <b> .\n")
    before = quads_on_server(server)
    failed = kg_run(server, "load", str(broken))
    assert failed.exit_code == 2
    assert "broken.ttl: turtle syntax error at line 2" in failed.output
    assert quads_on_server(server) == before


def test_a_fresh_build_replaces_kgs_graphs_on_the_server_and_keeps_the_servers_own(
    server: Server, tmp_path: Path
) -> None:
    for args in (["ingest", "--jobs", "1", ARTICLES[0]], ["load", str(PROJECT_DIR / "tests" / "w3c" / "sample.trig")]):
        done = kg_run(server, *args)
        assert done.exit_code == 0, done.output
    fresh = kg_run(server, "build", "--fresh")
    assert fresh.exit_code == 0, fresh.output
    embedded = tmp_path / "store"
    assert kg_run(embedded, "build", "--fresh").exit_code == 0
    assert fresh.stdout.startswith("Built afresh: 1 article, ")
    if server.kind == "oxigraph":
        assert kg_run(server, "stats").stdout == kg_run(embedded, "stats").stdout
        assert_datasets_isomorphic(exported(embedded), exported(server))
    else:
        # Its schema graphs are left out of the counts; it keeps durations as seconds.
        assert kg_run(server, "stats").stdout == kg_run(embedded, "stats").stdout
        assert_datasets_isomorphic(without_durations(exported(embedded)), without_durations(exported(server)))
        # Virtuoso's own graphs are still there, its schema graph still answering.
        assert set(server.own_graphs) <= set(virtuoso.graphs_on(server))
        schema = "http://www.openlinksw.com/schemas/virtrdf#"
        counted = virtuoso.ask(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{schema}> {{ ?s ?p ?o }} }}")
        assert int(counted.split()[1]) > 0


def test_a_construct_asks_for_rdf_and_an_ask_for_results() -> None:
    # Virtuoso answers a CONSTRUCT asked with one mixed Accept header as a JSON table of ?s ?p ?o.
    triple = b"<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n"
    with recording_server((200, "application/n-triples", triple)) as (url, seen):
        done = kg_process(url, "query", "CONSTRUCT WHERE { ?s ?p ?o }", "--format", "nt")
    assert done.returncode == 0, done.stderr
    assert done.stdout == triple.decode()
    assert seen[-1]["Accept"] == "application/n-triples, text/turtle;q=0.9"


def test_an_ask_answered_as_a_table_is_read_as_its_boolean() -> None:
    # Virtuoso answers ASK in JSON as one row holding 1 (yes) or as no row (no), not as {"boolean": ...}.
    table = b'{"head":{"vars":["__ASK_RETVAL"]},"results":{"bindings":[%s]}}'
    yes = b'{"__ASK_RETVAL":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"1"}}'
    for bindings, answer in ((yes, "yes"), (b"", "no")):
        with recording_server((200, "application/sparql-results+json", table % bindings)) as (url, _seen):
            done = kg_process(url, "query", "ASK { ?s ?p ?o }")
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"{answer}\n"


def test_an_unknown_authentication_scheme_is_bad_input() -> None:
    done = kg_process("http://127.0.0.1:9", "stats", env={"KG_STORE_AUTH": "kerberos"})
    assert done.returncode == 2
    assert done.stderr.strip() == "Error: KG_STORE_AUTH must be basic or digest, not 'kerberos'"


def test_the_same_text_under_three_urls_in_two_runs_is_one_article_with_all_three(server: str, tmp_path: Path) -> None:
    headline, body = STORIES[sorted(STORIES)[0]]
    urls = [f"https://wire.example/repeat-{n}" for n in range(3)]
    for run, chunk in enumerate((urls[:2], urls[2:])):
        lines = [json.dumps({"url": url, "title": headline, "published": "2024-05-02", "text": body}) for url in chunk]
        feed = tmp_path / f"run-{run}.jsonl"
        feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = kg_run(server, "ingest", "--jobs", "1", str(feed))
        assert result.exit_code == 0, result.output
    query = "SELECT ?g ?url WHERE { GRAPH ?g { ?a <https://schema.org/url> ?url } } ORDER BY ?url"
    answer = kg_run(server, "query", query, "--format", "csv")
    assert answer.exit_code == 0, answer.output
    rows = [line.split(",") for line in answer.stdout.splitlines()[1:]]
    assert [url for _graph, url in rows] == urls
    assert len({graph for graph, _url in rows}) == 1
