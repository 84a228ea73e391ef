"""`kg load` runs of files side by side in threads: the same store as one by one, and a bad run told truly."""

from __future__ import annotations

import gzip
import io
import json
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from cli_runner import interrupt_kg, run_kg

from kg.cli.load import plan_segments
from kg.cli.loadpool import RunFailedError, RunStoppedError, run_in_order
from kg.cli.loadrun import LoadJob
from kg.rdf.formats import find_format
from kg.store import KGStore
from kg.store.search import SearchIndex, current_generation

BASE = "https://w3id.org/spacekg/"
SM = "https://w3id.org/spacekg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
EX = "http://example.org/"
WAIT_S = 30.0


def person_file(folder: Path, number: int, lines: int = 200) -> Path:
    """An N-Triples file naming one person (a searchable label) and `lines` other triples."""
    path = folder / f"people-{number}.nt"
    text = f"<{EX}p{number}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{SM}Person> .\n"
    text += f'<{EX}p{number}> <{RDFS_LABEL}> "Walentyna Zorrillo{number}" .\n'
    text += "".join(f'<{EX}p{number}> <{EX}note> "{i}" .\n' for i in range(lines))
    path.write_text(text, encoding="utf-8")
    return path


def graph_sizes(store: Path) -> dict[str, int]:
    """The named graphs of the store and their sizes."""
    with KGStore.open(store, read_only=True) as opened:
        return opened.graph_sizes()


def test_files_loaded_side_by_side_give_the_store_and_index_of_a_load_one_by_one(tmp_path: Path) -> None:
    files = [str(person_file(tmp_path, n)) for n in range(6)]
    together, alone = tmp_path / "together", tmp_path / "alone"
    assert run_kg(together, "load", "--threads", "3", *files).exit_code == 0
    assert run_kg(alone, "load", "--threads", "1", *files).exit_code == 0
    sizes = graph_sizes(together)
    assert sizes == graph_sizes(alone)
    assert sizes == {f"{BASE}graph/file/people-{n}": 202 for n in range(6)}
    for store in (together, alone):  # the load brought the search index up to date, whatever thread wrote first
        index = SearchIndex(store)
        try:
            assert index.generation() == current_generation(store)
        finally:
            index.close()
    for number in (0, 5):
        found = run_kg(together, "search", f"Zorrillo{number}")
        assert found.exit_code == 0, found.stderr
        assert f"{EX}p{number}" in found.stdout


def test_a_bad_file_among_runs_loaded_side_by_side_leaves_the_runs_before_it_and_says_what_was_loaded(
    tmp_path: Path,
) -> None:
    files = [person_file(tmp_path, n) for n in range(6)]
    bad = files[2]
    bad.write_text(bad.read_text(encoding="utf-8") + f'<{EX}x> <{EX}p> "unterminated .\n', encoding="utf-8")
    store = tmp_path / "store"
    result = run_kg(store, "load", "--threads", "2", *map(str, files))
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"Error: {bad}: nt syntax error at line 203, column ")
    told = re.search(r"nothing of it was loaded; (\d+) other file\(s\) were loaded", last)
    assert told is not None, last
    sizes = graph_sizes(store)
    assert f"{BASE}graph/file/people-2" not in sizes
    assert {f"{BASE}graph/file/people-0", f"{BASE}graph/file/people-1"} <= set(sizes)
    assert set(sizes.values()) == {202}  # each file whole or absent
    assert int(told.group(1)) == len(sizes)


def test_runs_after_a_failed_one_stop_at_their_next_read_and_the_ones_before_it_finish() -> None:
    failed, finished = threading.Event(), []

    def run(index: int, check: Callable[[], None]) -> None:
        if index == 0:
            assert failed.wait(WAIT_S)  # still reading when run 1 fails: it goes on to the end
        elif index == 1:
            failed.set()
            raise ValueError("bad input in run 1")
        else:
            assert failed.wait(WAIT_S)
            for _ in range(1000):
                check()  # stops here: run 1 failed
                threading.Event().wait(0.01)
        finished.append(index)

    with pytest.raises(RunFailedError) as caught:
        run_in_order(4, run, threads=3)
    assert caught.value.index == 1
    assert str(caught.value.error) == "bad input in run 1"
    assert finished == [0]


def test_one_thread_runs_in_order_and_stops_at_the_first_failure() -> None:
    begun: list[int] = []

    def run(index: int, check: Callable[[], None]) -> None:
        begun.append(index)
        check()
        if index == 2:
            raise ValueError("bad input in run 2")

    with pytest.raises(RunFailedError) as caught:
        run_in_order(5, run, threads=1)
    assert (caught.value.index, begun) == (2, [0, 1, 2])


class StoppingInput(io.RawIOBase):
    """Valid N-Quads, a chunk a read, until the third read, which stops as a failed earlier run makes it."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def readable(self) -> bool:
        """Whether the stream can be read (always)."""
        return True

    def readinto(self, buffer: Any) -> int:
        """The next chunk of quads, or RunStoppedError at the third read."""
        self.reads += 1
        if self.reads == 3:
            raise RunStoppedError("run 2 stopped: run 1 failed")
        chunk = "".join(f'<{EX}s{self.reads}-{i}> <{EX}p> "{i}" <{EX}g{self.reads}> .\n' for i in range(2000))
        data = chunk.encode()[: len(buffer)]
        data = data[: data.rfind(b"\n") + 1]
        buffer[: len(data)] = data
        return len(data)


def test_a_bulk_load_stopped_part_way_writes_nothing(tmp_path: Path) -> None:
    with KGStore.open(tmp_path / "store") as store:
        with pytest.raises(RunStoppedError):
            store.bulk_load_stream(io.BufferedReader(StoppingInput(), 1 << 16), ox.RdfFormat.N_QUADS, None)
        assert store.count() == 0


def test_a_run_loaded_file_by_file_counts_the_files_it_loaded_before_the_bad_one(tmp_path: Path) -> None:
    folder = tmp_path / "shards"
    folder.mkdir()
    contents = [
        f'<{EX}a> <{EX}p> "1" <{EX}g1> .\n',
        f'_:b <{EX}p> "2" <{EX}g2> .\n',  # a blank node: the run is loaded one file at a time
        f'<{EX}c> <{EX}p> "unterminated <{EX}g3> .\n',
    ]
    for number, content in enumerate(contents):
        (folder / f"shard-{number}.nq.gz").write_bytes(gzip.compress(content.encode()))
    shards = {"shards": [{"shard": f"shard-{number}.nq.gz"} for number in range(3)]}
    (folder / "manifest.json").write_text(json.dumps(shards), encoding="utf-8")
    result = run_kg(tmp_path / "store", "load", str(folder))
    assert result.exit_code == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"Error: {folder / 'shard-2.nq.gz'}: nq syntax error at line 1, column ")
    assert last.endswith("(nothing of it was loaded; 2 other file(s) were loaded)")
    assert graph_sizes(tmp_path / "store") == {f"{EX}g1": 1, f"{EX}g2": 1}


def test_big_runs_load_alone_and_small_ones_side_by_side(tmp_path: Path) -> None:
    def job(name: str, size: int) -> LoadJob:
        return LoadJob(tmp_path / name, find_format("nq"), f"{EX}g", flatten=False, size=size)

    small, big = 1 << 20, 3 << 20
    groups = [[job("a", small)], [job("b", small)], [job("c", big)], [job("d", small)], [job("e", big)]]
    assert plan_segments(groups) == [([0, 1], True), ([2], False), ([3], True), ([4], False)]


def test_ctrl_c_stops_loads_side_by_side_and_leaves_each_file_whole_or_absent(tmp_path: Path) -> None:
    lines = 300_000
    files = []
    for number in range(6):
        path = tmp_path / f"part-{number}.nt.gz"
        text = "".join(f'<{EX}s{number}-{i}> <{EX}p> "{i}" .\n' for i in range(lines))
        path.write_bytes(gzip.compress(text.encode(), compresslevel=1))
        files.append(str(path))
    store = tmp_path / "store"
    # A store that exists: its lock's generation changes when the load opens it.
    assert run_kg(store, "load", str(person_file(tmp_path, 9, lines=1))).exit_code == 0
    code, err = interrupt_kg(store, "load", "--threads", "2", *files, timeout_s=120)
    assert code == 130, err
    assert err.strip().splitlines()[-1] == "Interrupted."
    assert "Traceback" not in err
    sizes = graph_sizes(store)
    parts = {iri: size for iri, size in sizes.items() if "/part-" in iri}
    assert len(parts) < 6
    assert set(parts.values()) <= {lines}
