"""In-worker query execution (what `kg serve` runs): the watchdog's 503 and the streamed response."""

from __future__ import annotations

import gzip
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import QuerySyntaxError
from kg.web.inline import STREAM_BYTES, InlineRunner, ResponseSink, Watchdog
from tests.w3c.webapp import SAMPLE, load_store


class ExitRecorder:
    """Stands in for os._exit, which would end the test run: records the exit code."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def __call__(self, code: int) -> None:
        self.codes.append(code)

    def wait(self, seconds: float = 2.0) -> list[int]:
        """The exit codes, once there is one (the watchdog exits just after it cuts the connection)."""
        deadline = time.monotonic() + seconds
        while not self.codes and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.codes


@pytest.fixture
def client_pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    """A connected pair of sockets: the server's side and the client's."""
    server, client = socket.socketpair()
    client.settimeout(5)
    with server, client:
        yield server, client


def read_all(sock: socket.socket) -> bytes:
    """Everything the peer sends until it shuts the connection."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_watchdog_answers_503_with_a_message_and_exits_at_the_deadline(
    client_pair: tuple[socket.socket, socket.socket],
) -> None:
    server, client = client_pair
    exits = ExitRecorder()
    watchdog = Watchdog(exits)
    started = time.monotonic()
    watchdog.arm(0.3, server, "the query took longer than 0.3 s and was stopped")
    answer = read_all(client)
    assert 0.25 < time.monotonic() - started < 2
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 503 ")
    assert b"Connection: close" in head and b"Retry-After: 1" in head
    assert body == b"the query took longer than 0.3 s and was stopped\n"
    assert exits.wait() == [0]


def test_watchdog_stays_quiet_for_requests_that_finish_in_time(
    client_pair: tuple[socket.socket, socket.socket],
) -> None:
    server, client = client_pair
    exits = ExitRecorder()
    watchdog = Watchdog(exits)
    for _ in range(50):
        watchdog.arm(0.2, server, "too slow")
        watchdog.disarm()
    time.sleep(0.4)
    assert exits.codes == []
    client.settimeout(0.1)
    with pytest.raises(TimeoutError):
        client.recv(1)


def test_watchdog_cuts_a_started_response_rather_than_append_a_503(
    client_pair: tuple[socket.socket, socket.socket],
) -> None:
    server, client = client_pair
    exits = ExitRecorder()
    watchdog = Watchdog(exits)
    server.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    watchdog.arm(0.2, server, "too slow")
    watchdog.mark_streaming()
    answer = read_all(client)
    assert b"503" not in answer
    assert exits.wait() == [0]


class Collected:
    """What a WSGI server received through start_response, write and the returned body."""

    def __init__(self) -> None:
        self.status = ""
        self.headers: dict[str, str] = {}
        self.written = b""

    def start_response(self, status: str, headers: list[tuple[str, str]]) -> Any:
        self.status = status
        self.headers = dict(headers)
        return self.write

    def write(self, data: bytes) -> None:
        self.written += data


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InlineRunner]:
    """A runner on the sample graphs, with a watchdog that cannot end the test run."""
    directory = load_store(tmp_path_factory.mktemp("inline") / "store", SAMPLE)
    runner = InlineRunner(directory, Watchdog(ExitRecorder()))
    yield runner
    runner.close()


def query_args(text: str, fmt: str = "json") -> dict[str, Any]:
    """The arguments of a query operation over the union graph."""
    return {"text": text, "fmt": fmt, "default_graphs": [], "named_graphs": [], "base_iri": None, "own_dataset": False}


@pytest.mark.parametrize("gzipped", [False, True])
def test_small_result_gets_one_body_with_its_length(runner: InlineRunner, gzipped: bool) -> None:
    got = Collected()
    sink = ResponseSink(
        got.start_response, [("Content-Type", "application/json")], 1 if gzipped else None, lambda: None
    )
    runner.run("query", query_args("SELECT * WHERE { ?s ?p ?o } LIMIT 3"), 5.0, {}, sink)
    body = b"".join(sink.finish(min_gzip_bytes=0))
    assert got.status == "200 OK" and got.written == b""
    assert int(got.headers["Content-Length"]) == len(body)
    data = gzip.decompress(body) if gzipped else body
    assert len(json.loads(data)["results"]["bindings"]) == 3


@pytest.mark.parametrize("gzipped", [False, True])
def test_large_result_streams_without_a_length(runner: InlineRunner, gzipped: bool) -> None:
    got = Collected()
    started: list[bool] = []
    sink = ResponseSink(got.start_response, [], 1 if gzipped else None, lambda: started.append(True))
    runner.run("query", query_args("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 1500"), 10.0, {}, sink)
    body = got.written + b"".join(sink.finish(min_gzip_bytes=0))
    assert started == [True]
    assert "Content-Length" not in got.headers
    data = gzip.decompress(body) if gzipped else body
    assert len(data) > STREAM_BYTES
    assert len(json.loads(data)["results"]["bindings"]) == 1500


def test_errors_before_the_response_leave_it_unstarted(runner: InlineRunner) -> None:
    got = Collected()
    sink = ResponseSink(got.start_response, [], None, lambda: None)
    with pytest.raises(QuerySyntaxError, match="line 1"):
        runner.run("query", query_args("SELECT WHERE {"), 5.0, {}, sink)
    assert not sink.started and got.status == ""


def test_writes_are_seen_by_the_next_read(runner: InlineRunner, tmp_path: Path) -> None:
    ask = query_args('ASK { <http://example.org/inline> <http://example.org/p> "written" }')
    assert json.loads(runner.run("query", ask, 5.0, {}).body or b"")["boolean"] is False
    update = (
        'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/inline> <http://example.org/p> "written" } }'
    )
    runner.run("update", {"text": update, "base_iri": None}, 5.0, {})
    assert json.loads(runner.run("query", ask, 5.0, {}).body or b"")["boolean"] is True
