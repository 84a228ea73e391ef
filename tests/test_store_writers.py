"""Writers take turns on one store: parallel writes to `kg serve`, `kg ingest` beside it, two ingests at once."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from kg.store import KGStore, open_reader, writer_started_from
from tests.w3c.webapp import AUTH, PROJECT_DIR, SAMPLE, running_server

pytestmark = [pytest.mark.socket, pytest.mark.slow]

KG = str(Path(sys.executable).parent / "kg")
ARTICLES = PROJECT_DIR / "tests" / "data"
EX = "http://example.org/writers/"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A running `kg serve --workers 2` over the sample graphs: its base URL and its store directory."""
    store = Path(tmp_path_factory.mktemp("writers")) / "store"
    with running_server(store, SAMPLE, workers=2) as url:
        yield url, store


def all_at_once(count: int, send: Callable[[int], requests.Response]) -> list[requests.Response]:
    """Send `count` requests from as many threads, released together; each opens its own connection."""
    start = threading.Barrier(count)
    responses: list[requests.Response] = []

    def one(index: int) -> None:
        start.wait()
        responses.append(send(index))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def select(base: str, query: str) -> list[dict[str, dict[str, str]]]:
    """The bindings of a SELECT query on the endpoint."""
    response = requests.get(
        f"{base}/sparql", params={"query": query}, headers={"Accept": "application/json"}, timeout=30
    )
    assert response.status_code == 200, response.text
    return list(response.json()["results"]["bindings"])


def test_parallel_inserts_all_land_with_two_workers(served: tuple[str, Path]) -> None:
    base, _store = served

    def insert(i: int) -> requests.Response:
        update = f'INSERT DATA {{ GRAPH <{EX}inserts> {{ <{EX}s{i}> <{EX}p> "{i}" }} }}'
        return requests.post(f"{base}/sparql", data={"update": update}, headers=AUTH, timeout=60)

    responses = all_at_once(20, insert)
    assert [(r.status_code, r.text) for r in responses if not r.ok] == []
    rows = select(base, f"SELECT ?o WHERE {{ GRAPH <{EX}inserts> {{ ?s <{EX}p> ?o }} }}")
    assert sorted(int(row["o"]["value"]) for row in rows) == list(range(20))


def test_parallel_graph_store_puts_all_land_with_two_workers(served: tuple[str, Path]) -> None:
    base, _store = served

    def put(i: int) -> requests.Response:
        return requests.put(
            f"{base}/rdf-graph-store",
            params={"graph": f"{EX}graph{i}"},
            data=f'<{EX}s{i}> <{EX}q> "{i}" .\n',
            headers={**AUTH, "Content-Type": "application/n-triples"},
            timeout=60,
        )

    responses = all_at_once(20, put)
    assert [(r.status_code, r.text) for r in responses if not r.ok] == []
    rows = select(base, f"SELECT ?g ?o WHERE {{ GRAPH ?g {{ ?s <{EX}q> ?o }} }}")
    assert sorted((row["g"]["value"], row["o"]["value"]) for row in rows) == sorted(
        (f"{EX}graph{i}", str(i)) for i in range(20)
    )


def test_an_ingest_beside_the_server_leaves_reads_answered(served: tuple[str, Path]) -> None:
    base, store = served
    articles = sorted((ARTICLES / "heldout10").glob("*.txt")) + sorted((ARTICLES / "heldout11").glob("*.txt"))[:3]
    latencies: list[float] = []
    failures: list[str] = []
    stop = threading.Event()

    def read() -> None:
        # Several readers at once keep both workers reading all the time, as a busy endpoint does.
        with requests.Session() as session:
            while not stop.is_set():
                started = time.monotonic()
                response = session.get(f"{base}/sparql", params={"query": COUNT}, timeout=120)
                latencies.append(time.monotonic() - started)
                if response.status_code != 200:
                    failures.append(f"{response.status_code} {response.text}")

    readers = [threading.Thread(target=read) for _ in range(4)]
    for reader in readers:
        reader.start()
    try:
        ingest = subprocess.run(
            [KG, "--store", str(store), "ingest", *map(str, articles)],
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert ingest.returncode == 0, ingest.stderr
    assert failures == []
    assert len(latencies) >= 20
    seconds = float(re.findall(r"\(([\d.]+) s\)\.$", ingest.stdout.strip())[0])  # the ingest's own time
    # Before, the ingest held the store throughout, so some read waited about as long as the whole ingest.
    assert max(latencies) < seconds / 2, f"a read waited {max(latencies):.2f} s during a {seconds:.2f} s ingest"
    # The very next read sees every article the ingest wrote.
    graphs = {row["g"]["value"].rsplit("/", 1)[-1] for row in select(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")}
    assert {path.stem for path in articles} <= graphs


def test_two_ingests_started_at_once_both_succeed(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first, second = sorted((ARTICLES / "heldout12").glob("*.txt"))[:2], sorted((ARTICLES / "heldout").glob("*.txt"))
    processes = [
        subprocess.Popen(
            [KG, "--store", str(store), "ingest", *map(str, batch)],
            cwd=PROJECT_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for batch in (first, second)
    ]
    outcomes = [process.communicate(timeout=180) for process in processes]
    for process, (_out, err) in zip(processes, outcomes, strict=True):
        assert process.returncode == 0, err
    with KGStore.open(store) as kg:
        graphs = {iri.rsplit("/", 1)[-1] for iri in kg.graph_iris()}
    assert graphs == {path.stem for path in first + second}


def test_a_writer_knows_whether_another_wrote_since_its_read(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with KGStore.open(store):
        pass
    with open_reader(store) as (_reader, generation):
        pass
    with KGStore.open(store) as writer:
        assert writer_started_from(writer) == generation
    with open_reader(store) as (_reader, generation):
        pass
    with KGStore.open(store):
        pass  # another command opens the store read-write in between
    with KGStore.open(store) as writer:
        assert writer_started_from(writer) != generation
