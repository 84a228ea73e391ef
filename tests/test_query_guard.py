"""Hostile SPARQL: deep nesting never reaches the parser, SERVICE and LOAD never reach the network."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient

from kg.errors import BadInputError, EngineCrashError, ForbiddenOperationError, KGError
from kg.sparql.guard import check_nesting, check_remote_access, measure_nesting
from kg.store.egress import block_network_egress
from kg.store.executor import QueryProcess
from tests.cli_runner import run_kg
from tests.procs import listening_pids
from tests.w3c.webapp import AUTH, SAMPLE, close_app, load_store, make_app, query_args, running_server

ENDPOINT = "http://127.0.0.1:5000/sparql"


@contextmanager
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A loopback socket that records what connects to it; yields its port and the connections' first bytes."""
    seen: list[bytes] = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(1)
                try:
                    seen.append(conn.recv(200) or b"(connected)")
                except OSError:
                    seen.append(b"(connected)")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1]), seen
    finally:
        stop.set()
        thread.join(2)
        server.close()


def service_spellings(port: int) -> list[str]:
    """Ways of writing a SERVICE call to the listener that a word-matching guard used to miss."""
    target = f"http://127.0.0.1:{port}/"
    body = "{ ?s ?p ?o }"
    return [
        f"SELECT * WHERE {{ SERVICE <{target}> {body} }}",
        f"PREFIX : <{target}> SELECT * WHERE {{ SERVICE:x {body} }}",
        f"PREFIX : <{target}> SELECT * WHERE {{ SERVICE SILENT:x {body} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {body} }}",
        f"SELECT * WHERE {{ \\U00000053ervice <{target}> {body} }}",
        f"SELECT * WHERE {{ SERVICE#a comment\n<{target}> {body} }}",
        f"SELECT * WHERE {{ SERVICE<{target}>{body} }}",
        f"BASE <{target}> SELECT * WHERE {{ SERVICE <relative> {body} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{target}> {body} }} }}",
        f"ASK {{ {{ SELECT * WHERE {{ SERVICE <{target}\\u0061> {body} }} }} }}",
    ]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An endpoint over the sample graphs, with updates allowed for the test token."""
    application = make_app(Path(tmp_path_factory.mktemp("guard")) / "store", SAMPLE, query_timeout_s=5.0)
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client for the endpoint."""
    return app.test_client()


def test_every_service_spelling_is_refused_and_nothing_connects(client: FlaskClient) -> None:
    with listener() as (port, seen):
        for query in service_spellings(port):
            response = client.get("/sparql", query_string={"query": query})
            assert response.status_code == 403, query
            assert "not allowed" in response.get_data(as_text=True)
            posted = client.post("/sparql", data=query.encode(), content_type="application/sparql-query")
            assert posted.status_code == 403, query
    assert seen == []


def test_load_spellings_are_refused_even_with_the_token(client: FlaskClient) -> None:
    with listener() as (port, seen):
        target = f"http://127.0.0.1:{port}/"
        for update in (
            f"PREFIX : <{target}> LOAD:x.nt",
            f"\\u004cOAD <{target}data.nt>",
            f"LOAD # a comment\n<{target}data.nt> INTO GRAPH <urn:g>",
            f"BASE <{target}> LOAD <data.nt>",
            f"INSERT {{ <urn:a> <urn:b> ?o }} WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            "LOAD <file:///etc/passwd>",
        ):
            response = client.post("/sparql", data={"update": update}, headers=AUTH)
            assert response.status_code == 403, update
    assert seen == []


def test_service_and_load_words_in_data_are_still_answered(client: FlaskClient) -> None:
    query = 'SELECT * WHERE { ?s ?p "SERVICE <http://127.0.0.1/> download payload" } # SERVICE'
    assert client.get("/sparql", query_string={"query": query}).status_code == 200
    update = 'INSERT DATA { GRAPH <urn:words> { <urn:a> <urn:b> "load the service module" } }'
    assert client.post("/sparql", data={"update": update}, headers=AUTH).status_code == 200


def test_deep_nesting_is_a_400_before_the_parser_sees_it(client: FlaskClient) -> None:
    for query in (
        "SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000,
        "SELECT * WHERE " + "{" * 3000,
        "SELECT * WHERE { FILTER(" + "(" * 10000 + "1" + ")" * 10000 + ") }",
        "SELECT * WHERE { ?s ?p " + "[ ?p " * 200 + "1" + " ]" * 200 + " }",
        "SELECT * WHERE " + "\\u007B" * 3000,
    ):
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code == 400
        assert "levels deep" in response.get_data(as_text=True)
    update = "INSERT DATA { <urn:a> <urn:b> " + "( " * 5000 + "1" + " )" * 5000 + " }"
    assert client.post("/sparql", data={"update": update}, headers=AUTH).status_code == 400
    assert client.get("/sparql", query_string={"query": "ASK { { { ?s ?p ?o } } }"}).status_code == 200


def test_closing_brackets_inside_strings_do_not_hide_nesting(client: FlaskClient) -> None:
    hidden = "SELECT * WHERE " + '{ "}" <x:p> <x:o> . ' * 5000 + "}" * 5000
    response = client.get("/sparql", query_string={"query": hidden})
    assert response.status_code == 400
    assert "5000 levels deep" in response.get_data(as_text=True)
    assert measure_nesting('SELECT * { ?s ?p "{{{{" } # {{{{') == 1
    assert measure_nesting("SELECT * { ?s ?p '''a}}}''' . ?s ?p <http://x/(a)> }") == 2


def test_a_query_that_crashes_the_engine_ends_one_query_process_only(tmp_path: Path) -> None:
    # Straight to a query process, as if the nesting count had missed a spelling.
    process = QueryProcess(load_store(tmp_path / "store", SAMPLE))
    crash = "SELECT * WHERE " + "{" * 20000 + "?s ?p ?o" + "}" * 20000
    ask = query_args("ASK { ?s ?p ?o }")
    try:
        with pytest.raises(EngineCrashError, match="crashed"):
            process.call("query", query_args(crash), 30.0)
        assert b"true" in (process.call("query", ask, 30.0).body or b"")
    finally:
        process.kill(restart=False)


def test_nesting_is_counted_after_escapes() -> None:
    assert measure_nesting("ASK { FILTER((1)) }") == 3
    assert measure_nesting("\\u007B" * 5) == 5
    check_nesting("{" * 64)
    with pytest.raises(BadInputError):
        check_nesting("{" * 65)


def test_variable_and_non_http_targets_are_refused() -> None:
    allow = ("http://allowed.example/sparql",)
    check_remote_access(f"SELECT * WHERE {{ SERVICE <{allow[0]}> {{ ?s ?p ?o }} }}", allow, update=False, base_iri=None)
    with pytest.raises(ForbiddenOperationError):
        check_remote_access("SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }", allow, update=False, base_iri=None)
    with pytest.raises(ForbiddenOperationError):
        check_remote_access(f"LOAD <{allow[0]}x>", allow, update=True, base_iri=None)


def test_the_network_wall_stops_a_service_call_that_got_past_the_guard(tmp_path: Path) -> None:
    # The guard lets the call through (its target is allow-listed in the request), as if it had missed a
    # spelling; a query process started without network still cannot connect.
    directory = load_store(tmp_path / "store", SAMPLE)
    process = QueryProcess(directory)
    try:
        with listener() as (port, seen):
            target = f"http://127.0.0.1:{port}/"
            query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
            args = query_args(query, allowlist=(target,))
            with pytest.raises(KGError) as failure:
                process.call("query", args, 10.0)
            assert "Permission denied" in str(failure.value)
            load = {"text": f"LOAD <{target}data.nt>", "base_iri": None, "allowlist": (f"{target}data.nt",)}
            with pytest.raises(KGError):
                process.call("update", load, 10.0)
        assert seen == []
    finally:
        process.kill(restart=False)


def test_an_allow_listed_service_is_called_when_the_server_allows_the_network(tmp_path: Path) -> None:
    with listener() as (port, seen):
        target = f"http://127.0.0.1:{port}/sparql"
        app = make_app(tmp_path / "store", SAMPLE, service_allowlist=(target,), query_timeout_s=5.0)
        try:
            query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
            app.test_client().get("/sparql", query_string={"query": query})
        finally:
            close_app(app)
    assert len(seen) == 1
    assert seen[0].split(b" ")[1].startswith(b"/sparql")


def test_the_wall_holds_only_for_the_thread_that_raised_it() -> None:
    outcome: list[bool | str] = []

    def walled() -> None:
        outcome.append(block_network_egress())
        try:
            socket.socket().close()
            outcome.append("opened")
        except PermissionError:
            outcome.append("refused")

    thread = threading.Thread(target=walled)
    thread.start()
    thread.join()
    assert outcome == [True, "refused"]
    socket.socket().close()  # this thread is not walled


def test_kg_query_refuses_deep_nesting_with_one_line(tmp_path: Path) -> None:
    store = load_store(tmp_path / "store", SAMPLE)
    result = run_kg(store, "query", "SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000)
    assert result.exit_code == 2
    assert "levels deep" in result.output and "Traceback" not in result.output


def test_kg_query_stops_at_its_timeout(tmp_path: Path) -> None:
    store = load_store(tmp_path / "store", SAMPLE)
    cross = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"
    result = run_kg(store, "query", "--timeout", "1", cross)
    assert result.exit_code == 3
    assert "longer than 1 s" in result.output


def test_kg_query_honours_from_as_the_endpoint_does(tmp_path: Path) -> None:
    store = load_store(tmp_path / "store", SAMPLE)
    everything = run_kg(store, "query", "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(everything.output.split()[1]) > 0
    from_file = "SELECT (COUNT(*) AS ?n) FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"
    assert run_kg(store, "query", "--format", "csv", from_file).output.split() == ["n", "0"]


@pytest.mark.socket
@pytest.mark.slow
def test_nested_queries_on_a_real_server_are_400_and_no_worker_dies(tmp_path: Path) -> None:
    with running_server(tmp_path / "store", SAMPLE, timeout_s=5) as base:
        port = int(base.rsplit(":", 1)[1])
        workers = listening_pids(port)
        nested = "SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000
        for _ in range(6):
            response = requests.get(f"{base}/sparql", params={"query": nested}, timeout=10)
            assert response.status_code == 400
            assert "levels deep" in response.text
        assert requests.get(f"{base}/health", timeout=10).status_code == 200
        assert listening_pids(port) == workers
