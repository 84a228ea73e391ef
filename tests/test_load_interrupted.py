"""A `kg load` killed half-way leaves nothing behind once the next command opens the store.

Each test starts a real `kg load` on a generated N-Triples file, kills it with SIGKILL at the moment
it has left something in the store (bulk-*.sst files while it writes them, or its staging graph
while --replace swaps it in), checks that the leftover is there, then runs `kg stats`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.store import KGStore
from tests.cli_runner import run_kg

GRAPH = "http://example.org/missions"
STAGING = "urn:spacekg:loading:"
KG = str(Path(sys.executable).parent / "kg")
LOAD_DEADLINE_S = 120.0
TRIES = 3


def write_triples(path: Path, count: int) -> Path:
    """Write `count` distinct N-Triples to `path`."""
    with path.open("wb") as out:
        for start in range(0, count, 10_000):
            out.write(
                b"".join(
                    b'<http://example.org/s%d> <http://example.org/p%d> "statement number %d" .\n' % (i, i % 50, i)
                    for i in range(start, min(start + 10_000, count))
                )
            )
    return path


def bulk_files(store: Path) -> list[Path]:
    """The bulk loader's SST files in the store directory."""
    return sorted(store.glob("bulk-*.sst"))


def visible_graphs(store: Path) -> list[str]:
    """The named graphs a reader of the store sees now (empty while the writer makes it unreadable)."""
    try:
        with KGStore.open(store, read_only=True) as opened:
            return opened.graph_iris()
    except (StoreError, RuntimeError):
        return []


def has_bulk_files(store: Path) -> bool:
    """Whether a load is writing its bulk files."""
    return bool(bulk_files(store))


def staging_in_place(store: Path) -> bool:
    """Whether a replacing load has filled its staging graph and is swapping it in."""
    return not bulk_files(store) and any(g.startswith(STAGING) for g in visible_graphs(store))


def kill_load_when(store: Path, data: Path, ready: Callable[[Path], bool], *options: str) -> bool:
    """Run `kg load DATA` into `store` and SIGKILL it as soon as `ready(store)`; False if it ended before that."""
    command = [KG, "--store", str(store), "load", str(data), "--graph", GRAPH, "--no-progress", *options]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + LOAD_DEADLINE_S
        while process.poll() is None and time.monotonic() < deadline:
            if ready(store):
                os.kill(process.pid, signal.SIGKILL)
                process.wait()
                return True
            time.sleep(0.005)
        return False
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def kill_a_load(tmp_path: Path, ready: Callable[[Path], bool], count: int, *options: str) -> Path:
    """Kill a load into a fresh store that already holds one triple in GRAPH; retry on a bigger file if it won."""
    for attempt in range(TRIES):
        store = tmp_path / f"store-{attempt}"
        old = write_triples(tmp_path / f"old-{attempt}.nt", 1)
        assert run_kg(store, "load", str(old), "--graph", GRAPH).exit_code == 0
        data = write_triples(tmp_path / f"data-{attempt}.nt", count)
        if kill_load_when(store, data, ready, *options):
            return store
        count *= 4
    pytest.skip(f"kg load finished {TRIES} times before it could be killed mid-way (last file: {count // 4:,} triples)")


def test_a_killed_load_leaves_no_bulk_files_after_the_next_command(tmp_path: Path) -> None:
    store = kill_a_load(tmp_path, has_bulk_files, 100_000)
    assert bulk_files(store), "the killed load should have left its bulk files"
    result = run_kg(store, "stats")
    assert result.exit_code == 0, result.stderr
    assert bulk_files(store) == []
    assert "Triples: 1\n" in result.stdout
    assert f"  {GRAPH}  1 triples" in result.stdout


def test_a_killed_replace_leaves_the_old_graph_and_no_staging_graph(tmp_path: Path) -> None:
    store = kill_a_load(tmp_path, staging_in_place, 30_000, "--replace")
    assert any(g.startswith(STAGING) for g in visible_graphs(store)), "the killed load should have left its graph"
    result = run_kg(store, "stats")
    assert result.exit_code == 0, result.stderr
    assert STAGING not in result.stdout
    assert "Triples: 1\n" in result.stdout
    assert visible_graphs(store) == [GRAPH]
    assert bulk_files(store) == []
