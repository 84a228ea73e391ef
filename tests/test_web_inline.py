"""In-worker store access (what `kg serve` runs): query threads, deadlines, streaming and retirement."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import QuerySyntaxError, QueryTimeoutError
from kg.web.gate import StoreGate
from kg.web.inline import STREAM_BYTES, InlineRunner, RequestCount, Retirement
from kg.web.slices import LONG_SLICE_S, set_time_slice
from tests.w3c.webapp import SAMPLE, load_store

# About two seconds over the sample graphs: past every deadline below, yet done before the module ends.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l VALUES ?x { 1 2 3 4 5 } }"


class ProcessEnd:
    """Stands in for the signal and os._exit that would end the test run: records what was asked."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def stop(self) -> None:
        self.calls.append("stop")

    def exit(self, code: int) -> None:
        self.calls.append(f"exit {code}")

    def wait(self, seconds: float = 3.0) -> list[str]:
        """What was asked, once something was."""
        deadline = time.monotonic() + seconds
        while not self.calls and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.calls


def make_runner(directory: Any, end: ProcessEnd, requests: RequestCount | None = None) -> InlineRunner:
    """A runner whose retirement records instead of ending the process."""
    retirement = Retirement(requests or RequestCount(), 0.5, end.stop, end.exit, min_age_s=0.0, idle_wait_s=0.5)
    return InlineRunner(directory, retirement)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A store with the sample graphs."""
    return load_store(tmp_path_factory.mktemp("inline") / "store", SAMPLE)


@pytest.fixture
def end() -> ProcessEnd:
    """The recorder of process stops and exits."""
    return ProcessEnd()


@pytest.fixture
def runner(store_dir: Any, end: ProcessEnd) -> Iterator[InlineRunner]:
    """A runner on the sample graphs."""
    runner = make_runner(store_dir, end)
    yield runner
    runner.close()


def query_args(text: str, fmt: str = "json") -> dict[str, Any]:
    """The arguments of a query operation over the union graph."""
    return {"text": text, "fmt": fmt, "default_graphs": [], "named_graphs": [], "base_iri": None, "own_dataset": False}


def test_small_result_comes_back_whole(runner: InlineRunner, end: ProcessEnd) -> None:
    reply = runner.run("query", query_args("SELECT * WHERE { ?s ?p ?o } LIMIT 3"), 5.0)
    assert reply.chunks is None
    assert len(json.loads(reply.body or b"")["results"]["bindings"]) == 3
    time.sleep(0.2)
    assert end.calls == []


def test_large_result_streams_in_chunks(runner: InlineRunner) -> None:
    reply = runner.run("query", query_args("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 1500"), 10.0)
    assert reply.body is None and reply.chunks is not None
    chunks = list(reply.chunks)
    assert len(chunks) > 1
    data = b"".join(chunks)
    assert len(data) > STREAM_BYTES
    assert len(json.loads(data)["results"]["bindings"]) == 1500


def test_a_stream_closed_early_stops_its_query_without_retiring(runner: InlineRunner, end: ProcessEnd) -> None:
    reply = runner.run("query", query_args("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), 10.0)
    assert reply.chunks is not None
    next(reply.chunks)
    reply.chunks.close()
    time.sleep(0.3)
    assert end.calls == []
    assert json.loads(runner.run("query", query_args("ASK {}"), 5.0).body or b"")["boolean"] is True


def test_errors_come_back_as_the_query_error(runner: InlineRunner) -> None:
    with pytest.raises(QuerySyntaxError, match="line 1"):
        runner.run("query", query_args("SELECT WHERE {"), 5.0)


def test_runaway_answers_at_the_deadline_and_the_worker_retires(runner: InlineRunner, end: ProcessEnd) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"longer than 0\.3 s"):
        runner.run("query", query_args(SLOW), 0.3)
    assert 0.25 < time.monotonic() - started < 1.0
    # Other requests are still answered while the worker retires.
    assert json.loads(runner.run("query", query_args("ASK {}"), 5.0).body or b"")["boolean"] is True
    assert end.wait() == ["stop"]
    time.sleep(0.7)
    assert end.calls == ["stop", "exit 3"]


def test_retirement_waits_for_requests_in_flight(store_dir: Any, end: ProcessEnd) -> None:
    requests = RequestCount()
    runner = make_runner(store_dir, end, requests)
    requests.enter()
    with pytest.raises(QueryTimeoutError):
        runner.run("query", query_args(SLOW), 0.2)
    time.sleep(0.2)
    assert end.calls == []
    requests.leave()
    assert end.wait() == ["stop"]


def test_concurrent_reads_and_a_write_all_complete(runner: InlineRunner) -> None:
    ask = query_args('ASK { <http://example.org/inline> <http://example.org/p> "written" }')
    answers: list[bool] = []

    def read() -> None:
        for _ in range(20):
            answers.append(json.loads(runner.run("query", ask, 5.0).body or b"")["boolean"])

    readers = [threading.Thread(target=read) for _ in range(4)]
    for thread in readers:
        thread.start()
    update = (
        'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/inline> <http://example.org/p> "written" } }'
    )
    runner.run("update", {"text": update, "base_iri": None}, 5.0)
    for thread in readers:
        thread.join(10)
    assert len(answers) == 80
    assert json.loads(runner.run("query", ask, 5.0).body or b"")["boolean"] is True


def test_a_stream_that_keeps_producing_is_not_cut_at_the_deadline(runner: InlineRunner, end: ProcessEnd) -> None:
    reply = runner.run("query", query_args("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } LIMIT 40000"), 0.5)
    assert reply.chunks is not None
    chunks = []
    for chunk in reply.chunks:
        chunks.append(chunk)
        time.sleep(0.02)  # a slow client: the whole transfer outlasts the 0.5 s limit
    assert len(json.loads(b"".join(chunks))["results"]["bindings"]) == 40000
    assert end.calls == []


def test_a_write_abandoned_while_waiting_for_the_store_is_never_applied(
    runner: InlineRunner, store_dir: Any, end: ProcessEnd
) -> None:
    ask = query_args('ASK { <http://example.org/late> <http://example.org/p> "late" }')
    update = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/late> <http://example.org/p> "late" } }'
    reader = StoreGate(store_dir)
    # Another process's long read holds the store while the write waits.
    with reader.reading(), pytest.raises(QueryTimeoutError, match="write did not finish"):
        runner.run("update", {"text": update, "base_iri": None}, 0.3)
    reader.close()
    time.sleep(0.5)  # the abandoned write gets the store now, and must give up
    assert json.loads(runner.run("query", ask, 5.0).body or b"")["boolean"] is False
    assert end.calls == []


def read_time_slices() -> dict[int, float]:
    """Each thread of this process with its CPU time slice in seconds (where the kernel shows it)."""
    slices = {}
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            for line in (task / "sched").read_text(encoding="ascii").splitlines():
                name, _, value = line.partition(":")
                if name.strip() == "se.slice":
                    slices[int(task.name)] = int(value) / 1e9
        except (OSError, ValueError):
            continue
    return slices


def test_a_heavy_query_runs_with_long_time_slices_until_it_ends(runner: InlineRunner) -> None:
    if not set_time_slice(threading.get_native_id(), 0) or not read_time_slices():
        pytest.skip("this kernel does not set or show time slices")
    default = read_time_slices()[threading.get_native_id()]
    outcome: list[Any] = []
    worker = threading.Thread(target=lambda: outcome.append(runner.run("query", query_args(SLOW), 30.0)))
    worker.start()
    time.sleep(0.5)
    assert LONG_SLICE_S in read_time_slices().values(), "the query thread should run with long slices"
    worker.join()
    assert outcome, "the query should have answered"
    deadline = time.monotonic() + 5
    while LONG_SLICE_S in read_time_slices().values() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert LONG_SLICE_S not in read_time_slices().values(), "the thread should be back to the default slice"
    assert json.loads(runner.run("query", query_args("ASK {}"), 5.0).body or b"")["boolean"] is True
    assert read_time_slices()[threading.get_native_id()] == default


class RecordedTurn:
    """Stands in for the server's stop turn: records waits and releases, and can hold the wait."""

    def __init__(self, hold_s: float = 0.0) -> None:
        self.hold_s = hold_s
        self.calls: list[str] = []

    def wait(self) -> None:
        self.calls.append("wait")
        time.sleep(self.hold_s)

    def release(self) -> None:
        self.calls.append("release")


def test_a_retiring_worker_takes_its_turn_before_it_stops(store_dir: Any, end: ProcessEnd) -> None:
    turn = RecordedTurn()
    retirement = Retirement(RequestCount(), 0.5, end.stop, end.exit, min_age_s=0.0, idle_wait_s=0.5, turn=turn)
    runner = InlineRunner(store_dir, retirement)
    with pytest.raises(QueryTimeoutError):
        runner.run("query", query_args(SLOW), 0.2)
    assert end.wait() == ["stop"]
    assert turn.calls == ["wait"]
    time.sleep(0.7)
    runner.close()


def test_a_runaway_that_ends_during_the_turn_gives_the_turn_back(store_dir: Any, end: ProcessEnd) -> None:
    turn = RecordedTurn(hold_s=4.0)  # longer than the slow query runs
    retirement = Retirement(RequestCount(), 0.5, end.stop, end.exit, min_age_s=0.0, idle_wait_s=0.5, turn=turn)
    runner = InlineRunner(store_dir, retirement)
    with pytest.raises(QueryTimeoutError):
        runner.run("query", query_args(SLOW), 0.2)
    deadline = time.monotonic() + 8
    while "release" not in turn.calls and time.monotonic() < deadline:
        time.sleep(0.05)
    assert turn.calls == ["wait", "release"]
    assert end.calls == []
    runner.close()
