"""A query process that keeps the memory of a big query is replaced, so serving memory stays bounded (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pyoxigraph as ox
import pytest
import requests

from kg.errors import BadInputError
from kg.settings import load_settings
from kg.store import KGStore
from kg.store.executor import ExecutorPool, QueryProcess
from tests.w3c.webapp import query_args, run_kg_serve

SUBJECTS = 600
# Every pair of subjects, kept apart in a hash set: tens of MiB that the query process keeps after answering.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?c WHERE { ?a ?p ?b . ?c ?q ?d } }"
# Above a warmed query process and below one that has answered HEAVY (it grows by 40 MiB or more).
MARGIN_MIB = 20
SETTLE_S = 90.0


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of SUBJECTS triples, each with a subject of its own."""
    directory = tmp_path_factory.mktemp("memory") / "store"
    example = "https://example.org/"
    quads = [
        ox.Quad(ox.NamedNode(f"{example}s{i}"), ox.NamedNode(f"{example}p"), ox.Literal(f"v{i}"), ox.NamedNode(example))
        for i in range(SUBJECTS)
    ]
    with KGStore.open(directory) as opened:
        opened.native.extend(quads)
    return directory


@pytest.fixture(scope="module")
def warm_mib(store: Path) -> int:
    """The resident memory of a query process that has opened the store and answered an ASK, in MiB."""
    before = set(psutil.Process().children())
    process = QueryProcess(store)
    try:
        assert b"true" in (process.call("query", query_args("ASK { ?s ?p ?o }"), 60.0).body or b"")
        (started,) = set(psutil.Process().children()) - before
        return int(started.memory_info().rss) >> 20
    finally:
        process.kill(restart=False)


def count_of(body: bytes) -> int:
    """The ?n of a SPARQL JSON result with one row."""
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def wait_until(check: Callable[[], bool], seconds: float = SETTLE_S) -> bool:
    """Whether `check` holds, looked at until it does or `seconds` have passed (a busy machine boots slowly)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def test_a_grown_query_process_is_replaced_and_the_next_queries_answer(store: Path, warm_mib: int) -> None:
    limit = (warm_mib + MARGIN_MIB) << 20
    pool = ExecutorPool(store, busy=1, rss_limit_bytes=limit)
    try:
        reply = pool.run("query", query_args(HEAVY), 60.0)
        assert count_of(reply.body or b"") == SUBJECTS * SUBJECTS
        assert wait_until(lambda: max(pool.resident_bytes(), default=0) <= limit), (
            f"a query process stayed above {limit >> 20} MiB: {[b >> 20 for b in pool.resident_bytes()]} MiB"
        )
        assert len(pool.resident_bytes()) == 1
        for _ in range(2):
            assert count_of(pool.run("query", query_args(HEAVY), 60.0).body or b"") == SUBJECTS * SUBJECTS
        assert b"true" in (pool.run("query", query_args("ASK { ?s ?p ?o }"), 60.0).body or b"")
    finally:
        pool.close()


def test_without_a_limit_the_query_process_is_kept(store: Path) -> None:
    pool = ExecutorPool(store, busy=1, rss_limit_bytes=None)
    try:
        pool.run("query", query_args("ASK { ?s ?p ?o }"), 60.0)
        before = psutil.Process(os.getpid()).children()
        assert count_of(pool.run("query", query_args(HEAVY), 60.0).body or b"") == SUBJECTS * SUBJECTS
        assert psutil.Process(os.getpid()).children() == before
    finally:
        pool.close()


def test_a_query_process_outlives_the_request_thread_that_started_it(store: Path) -> None:
    # granian ends idle request threads; Linux kills a child when the thread that started it ends.
    others = own_query_processes()  # other tests' servers and pools may still be running
    pool = ExecutorPool(store, busy=1)
    try:
        first = threading.Thread(target=pool.run, args=("query", query_args("ASK { ?s ?p ?o }"), 60.0))
        first.start()
        first.join()
        (started,) = [p for p in own_query_processes() if p not in others]
        assert count_of(pool.run("query", query_args(HEAVY), 60.0).body or b"") == SUBJECTS * SUBJECTS
        assert started.is_running() and started.status() != psutil.STATUS_ZOMBIE
        assert [p for p in own_query_processes() if p not in others] == [started]
    finally:
        pool.close()


def own_query_processes() -> list[psutil.Process]:
    """The query processes started by this test process itself."""
    return query_processes_in(psutil.Process().children())


def query_processes(server: subprocess.Popen[bytes]) -> list[psutil.Process]:
    """The query processes below a running `kg serve`."""
    return query_processes_in(psutil.Process(server.pid).children(recursive=True))


def query_processes_in(processes: list[psutil.Process]) -> list[psutil.Process]:
    """Those of `processes` that are query processes (and still running)."""
    found = []
    for process in processes:
        try:
            if "kg.store.queryproc" in process.cmdline():
                found.append(process)
        except psutil.Error:
            continue
    return found


def resident_mib(processes: list[psutil.Process]) -> list[int]:
    """The resident memory of each process still running, in MiB."""
    sizes = []
    for process in processes:
        try:
            sizes.append(process.memory_info().rss >> 20)
        except psutil.Error:
            continue
    return sizes


@pytest.fixture
def served(store: Path, warm_mib: int, tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes], int]]:
    """`kg serve` (2 workers of 2 query processes) with a limit just above a warmed query process."""
    limit_mib = warm_mib + MARGIN_MIB
    args = ["--workers", "2", "--threads", "2", "--timeout", "60", "--query-rss-limit", str(limit_mib)]
    with run_kg_serve(str(store), tmp_path, args, dict(os.environ)) as (base, process, _log):
        yield base, process, limit_mib


@pytest.mark.socket
@pytest.mark.slow
def test_kg_serve_memory_stays_bounded_after_many_heavy_queries(
    served: tuple[str, subprocess.Popen[bytes], int],
) -> None:
    base, server, limit_mib = served

    def ask_heavy(_: int) -> int:
        response = requests.get(f"{base}/sparql", params={"query": HEAVY}, timeout=120)
        assert response.status_code == 200, response.text
        return count_of(response.content)

    with ThreadPoolExecutor(4) as clients:
        answers = list(clients.map(ask_heavy, range(12)))
    assert answers == [SUBJECTS * SUBJECTS] * 12
    assert wait_until(lambda: max(resident_mib(query_processes(server)), default=0) <= limit_mib), (
        f"query processes above the {limit_mib} MiB limit: {resident_mib(query_processes(server))} MiB"
    )
    # Replacements take the place of the processes they replace: no more than 2 workers x 2.
    assert len(query_processes(server)) <= 4
    assert requests.get(f"{base}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30).json()["boolean"] is True
    assert ask_heavy(0) == SUBJECTS * SUBJECTS


@pytest.mark.socket
@pytest.mark.slow
def test_kg_serve_keeps_two_query_processes_per_worker_by_default(store: Path, tmp_path: Path) -> None:
    with run_kg_serve(str(store), tmp_path, ["--workers", "1", "--timeout", "60"], dict(os.environ)) as served:
        base, server, _log = served
        with ThreadPoolExecutor(6) as clients:
            answers = list(
                clients.map(
                    lambda _: requests.get(f"{base}/sparql", params={"query": HEAVY}, timeout=120),
                    range(6),
                )
            )
        assert [count_of(answer.content) for answer in answers] == [SUBJECTS * SUBJECTS] * 6
        assert len(query_processes(server)) <= 2


def test_a_bad_limit_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="KG_QUERY_RSS_LIMIT_MIB"):
        load_settings({"KG_QUERY_RSS_LIMIT_MIB": "lots"})
    kg = str(Path(sys.executable).parent / "kg")
    env = {**os.environ, "KG_QUERY_RSS_LIMIT_MIB": "-5"}
    done = subprocess.run(
        [kg, "--store", str(tmp_path / "store"), "serve", "--port", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "KG_QUERY_RSS_LIMIT_MIB" in done.stderr
    assert load_settings({"KG_QUERY_RSS_LIMIT_MIB": "0"}).query_rss_limit_mib == 0
