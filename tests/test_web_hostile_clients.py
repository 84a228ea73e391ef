"""Clients that read slowly or not at all, send slowly, ask for too much memory, or time out their writes."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
import requests

from kg.errors import EngineCrashError
from kg.sparql.guard import measure_nesting
from kg.store.executor import QueryProcess
from tests.w3c.webapp import AUTH, SAMPLE, close_app, load_store, make_app, query_args, running_server

ASK = query_args("ASK { ?s ?p ?o }")


def test_a_comparison_that_looks_like_an_iri_does_not_hide_nesting() -> None:
    hidden = "SELECT * WHERE { ?s ?p ?o FILTER(?a<'>') " + "{" * 300 + "}" * 300 + " }"
    assert measure_nesting(hidden) > 64


def test_a_query_past_its_memory_stops_alone(tmp_path: Path) -> None:
    process = QueryProcess(load_store(tmp_path / "store", SAMPLE), memory_bytes=256 << 20)
    greedy = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?c ?f ?i ?l"
    try:
        with pytest.raises(EngineCrashError, match="memory"):
            process.call("query", query_args(greedy), 60.0)
        assert b"true" in (process.call("query", ASK, 30.0).body or b"")
    finally:
        process.kill(restart=False)


def test_a_multipart_put_with_a_bad_part_changes_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path / "store", SAMPLE)
    try:
        client = app.test_client()
        graph = {"graph": "urn:multi"}
        first = client.put(
            "/rdf-graph-store",
            query_string=graph,
            data=b"<urn:a> <urn:b> <urn:c> .",
            headers={**AUTH, "Content-Type": "application/n-triples"},
        )
        assert first.status_code in (200, 201, 204)
        files = {
            "one": (b"<urn:x> <urn:y> <urn:z> .", "one.nt", "application/n-triples"),
            "two": (b"<urn:x> <urn:y> .", "two.nt", "application/n-triples"),
        }
        data = {
            name: (__import__("io").BytesIO(body), filename, kind) for name, (body, filename, kind) in files.items()
        }
        response = client.put(
            "/rdf-graph-store", query_string=graph, data=data, headers=AUTH, content_type="multipart/form-data"
        )
        assert response.status_code == 400
        kept = client.get("/rdf-graph-store", query_string=graph, headers={"Accept": "application/n-triples"})
        assert b"<urn:a> <urn:b> <urn:c>" in kept.data and b"urn:x" not in kept.data
    finally:
        close_app(app)


@pytest.mark.socket
@pytest.mark.slow
def test_slow_clients_and_unread_results_do_not_stop_the_server(tmp_path: Path) -> None:
    with running_server(tmp_path / "store", SAMPLE, timeout_s=2) as base:
        port = int(base.rsplit(":", 1)[1])
        slow = []
        for _ in range(10):  # bodies promised and never sent: each holds a request thread
            conn = socket.create_connection(("127.0.0.1", port), timeout=10)
            conn.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                b"Content-Length: 100000\r\n\r\nASK"
            )
            slow.append(conn)
        unread = []
        for _ in range(3):  # large results nobody reads: each holds a query process and the read lock
            conn = socket.create_connection(("127.0.0.1", port), timeout=10)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            query = "SELECT%20*%20WHERE%20%7B%20%3Fa%20%3Fb%20%3Fc%20.%20%3Fd%20%3Fe%20%3Ff%20%7D"
            conn.sendall(f"GET /sparql?query={query} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            unread.append(conn)
        try:
            started = time.monotonic()
            answer = requests.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=30)
            assert answer.status_code == 200
            assert time.monotonic() - started < 10
            time.sleep(3)  # past the 2 s timeout the unread results' query processes are stopped
            update = "INSERT DATA { GRAPH <urn:after> { <urn:a> <urn:b> <urn:c> } }"
            written = requests.post(f"{base}/sparql", data={"update": update}, headers=AUTH, timeout=30)
            assert written.status_code == 200, written.text
        finally:
            for conn in slow + unread:
                conn.close()


@pytest.mark.socket
@pytest.mark.slow
def test_a_write_is_reported_as_it_ended(tmp_path: Path) -> None:
    with running_server(tmp_path / "store", SAMPLE, timeout_s=5) as base:
        for attempt in range(6):
            graph = f"urn:timed:{attempt}"
            triples = " ".join(f"<urn:s{i}> <urn:p> {i} ." for i in range(9000))
            update = f"INSERT DATA {{ GRAPH <{graph}> {{ {triples} }} }}"
            response = requests.post(
                f"{base}/sparql", data={"update": update, "timeout": "0.3"}, headers=AUTH, timeout=60
            )
            present = requests.get(
                f"{base}/sparql",
                params={"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
                headers={"Accept": "application/sparql-results+json"},
                timeout=30,
            ).json()["boolean"]
            if response.status_code == 200:
                assert present
            else:
                assert response.status_code == 503 and "nothing was changed" in response.text
                assert not present
