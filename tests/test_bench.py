"""The benchmark's parts at a tiny size: the synthetic graph generator, the bench queries, the load generator."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest

from bench import generate
from bench.answers import accept_for, query_form
from bench.loadgen import check_loopback, run_load, wrk_available
from kg.store import KGStore

PROJECT_DIR = Path(__file__).resolve().parent.parent
BENCH_QUERIES = sorted((PROJECT_DIR / "bench" / "queries").glob("*.rq"))
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SIZE = 4000


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A tiny synthetic graph as gzipped N-Quads, and its number of quads."""
    path = tmp_path_factory.mktemp("bench") / "tiny.nq.gz"
    return path, generate.write(path, SIZE, seed=7)


@pytest.fixture(scope="module")
def tiny_store(tiny: tuple[Path, int]) -> Iterator[KGStore]:
    """The tiny graph and the ontology in an in-memory store."""
    store = KGStore.open(None)
    with gzip.open(tiny[0], "rb") as data:
        store.bulk_load_stream(data, ox.RdfFormat.N_QUADS, None)
    for path in sorted((PROJECT_DIR / "ontology").glob("*.ttl")):
        if path.stem != "shapes":
            with path.open("rb") as data:
                store.bulk_load_stream(data, ox.RdfFormat.TURTLE, "https://w3id.org/spacekg/ontology")
    yield store
    store.close()


def test_same_seed_same_bytes_other_seed_other_graph(tmp_path: Path, tiny: tuple[Path, int]) -> None:
    again = tmp_path / "again.nq.gz"
    other = tmp_path / "other.nq.gz"
    assert generate.write(again, SIZE, seed=7) == tiny[1]
    assert again.read_bytes() == tiny[0].read_bytes()
    generate.write(other, SIZE, seed=8)
    assert gzip.decompress(other.read_bytes()) != gzip.decompress(tiny[0].read_bytes())
    trig_a, trig_b = tmp_path / "a.trig", tmp_path / "b.trig"
    generate.write(trig_a, SIZE, seed=7)
    generate.write(trig_b, SIZE, seed=7)
    assert trig_a.read_bytes() == trig_b.read_bytes()


def test_size_is_close_to_what_was_asked_and_every_quad_is_distinct(tiny: tuple[Path, int]) -> None:
    quads = list(ox.parse(gzip.decompress(tiny[0].read_bytes()), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == tiny[1]
    assert SIZE <= len(quads) < SIZE + 1000
    assert len(set(quads)) == len(quads)
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)


def test_trig_output_parses_to_the_same_quads(tmp_path: Path, tiny: tuple[Path, int]) -> None:
    trig = tmp_path / "tiny.trig.gz"
    generate.write(trig, SIZE, seed=7)
    from_trig = set(ox.parse(gzip.decompress(trig.read_bytes()), format=ox.RdfFormat.TRIG))
    from_nq = set(ox.parse(gzip.decompress(tiny[0].read_bytes()), format=ox.RdfFormat.N_QUADS))
    assert from_trig == from_nq


def test_every_span_quotes_its_article_text_exactly(tiny_store: KGStore) -> None:
    rows = tiny_store.native_query(
        f"""SELECT ?anchor ?begin ?end ?text WHERE {{
              ?span <{NIF}anchorOf> ?anchor ; <{NIF}beginIndex> ?begin ; <{NIF}endIndex> ?end ;
                    <{NIF}referenceContext> ?context .
              ?context <{NIF}isString> ?text .
            }}"""
    )
    assert isinstance(rows, ox.QuerySolutions)
    checked = 0
    for row in rows:
        begin, end = int(row["begin"].value), int(row["end"].value)
        assert row["text"].value[begin:end] == row["anchor"].value
        checked += 1
    assert checked > 100


def test_every_fact_statement_has_its_triple_span_rule_and_confidence(tiny_store: KGStore) -> None:
    incomplete = tiny_store.native_query(
        f"""PREFIX sm: <https://w3id.org/spacekg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            ASK {{
              ?st a <{RDF}Statement> .
              FILTER NOT EXISTS {{
                ?st <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o ; sm:extractionRule ?rule ;
                    sm:confidence ?c ; prov:wasDerivedFrom/<{NIF}sentence>/<{NIF}anchorOf> ?sentence .
              }}
            }}"""
    )
    assert isinstance(incomplete, ox.QueryBoolean)
    assert not bool(incomplete)
    # The plain triple that every statement describes is in the graph too.
    missing = tiny_store.native_query(
        f"""ASK {{ ?st <{RDF}subject> ?s ; <{RDF}predicate> ?p ; <{RDF}object> ?o .
                  FILTER NOT EXISTS {{ ?s ?p ?o }} }}"""
    )
    assert not bool(missing)


@pytest.mark.parametrize("path", BENCH_QUERIES, ids=[p.stem for p in BENCH_QUERIES])
def test_bench_query_has_a_non_empty_answer(tiny_store: KGStore, path: Path) -> None:
    result = tiny_store.native_query(path.read_text(encoding="utf-8"))
    if isinstance(result, ox.QueryBoolean):
        assert bool(result)
    else:
        assert next(iter(result), None) is not None


def test_the_bench_has_each_kind_of_query() -> None:
    forms = {p.stem: query_form(p.read_text(encoding="utf-8")) for p in BENCH_QUERIES}
    assert {"point-lookup", "join", "label-search", "count", "construct", "ask"} <= set(forms)
    assert forms["construct"] == "CONSTRUCT" and forms["ask"] == "ASK"
    assert accept_for("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") == "application/n-triples"


class _Answer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = b'{"boolean": true}'
        self.send_response(200 if "ok" in self.path else 500)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def http_server() -> Iterator[str]:
    """A tiny HTTP server on 127.0.0.1 that answers 200 to /ok and 500 to anything else."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.socket
@pytest.mark.parametrize(
    "client", ["python", pytest.param("wrk", marks=pytest.mark.skipif(not wrk_available(), reason="no wrk"))]
)
def test_load_generator_stops_at_the_request_cap_and_counts_errors(http_server: str, client: str) -> None:
    common = {"concurrency": 4, "max_requests": 60, "max_seconds": 5.0, "expected_seconds": 0.1, "client": client}
    good = run_load(f"{http_server}/ok", "application/sparql-results+json", **common)  # type: ignore[arg-type]
    assert 60 <= good.requests < 60 + 4 and good.errors == 0 and good.rps > 0
    assert 0 < good.p50_ms <= good.p99_ms
    bad = run_load(f"{http_server}/fail", "application/sparql-results+json", **common)  # type: ignore[arg-type]
    assert bad.errors == bad.requests > 0


def test_load_generator_refuses_anything_but_loopback() -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        check_loopback("http://example.org/sparql")
