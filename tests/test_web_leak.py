"""A real `kg serve` keeps its memory flat under thousands of linked-data 404s."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from tests.w3c.webapp import PROJECT_DIR, SAMPLE, free_port, load_store

pytestmark = [pytest.mark.socket, pytest.mark.slow]

WARM_UP = 300
REQUESTS = 3000
# The leak held ~18 KB per 404 (~55 MiB over these 3,000); a steady worker stays within a few MiB.
MAX_GROWTH_MIB = 20


@contextmanager
def serving(directory: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`kg serve` with one worker over the sample store, its output in `log` (a pipe nobody reads would fill)."""
    load_store(directory / "store", SAMPLE)
    port = free_port()
    kg = str(Path(sys.executable).parent / "kg")
    command = [kg, "--store", str(directory / "store"), "serve", "--port", str(port), "--workers", "1"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=out, stdin=subprocess.DEVNULL, cwd=PROJECT_DIR)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(base + "/health", timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"kg serve did not start: {log.read_text(errors='replace')}")
            time.sleep(0.1)
        yield base, process
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def process_tree(root: int) -> set[int]:
    """`root` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree = {root}
    grown = True
    while grown:
        children = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= children
        grown = bool(children)
    return tree


def resident_mib(pids: set[int]) -> float:
    """The summed resident memory (VmRSS) of `pids`, in MiB."""
    total_kib = 0
    for pid in pids:
        try:
            lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        except OSError:
            continue
        total_kib += sum(int(line.split()[1]) for line in lines if line.startswith("VmRSS:"))
    return total_kib / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads resident memory from /proc")
def test_linked_data_404s_do_not_grow_the_server(tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    with serving(tmp_path, log) as (base, process), requests.Session() as session:
        pages = [({"Accept": "text/turtle"}, "/person/nobody"), ({"Accept": "text/html"}, "/mission/none-such")]
        for i in range(WARM_UP):
            headers, path = pages[i % 2]
            assert session.get(base + path, headers=headers, timeout=10).status_code == 404
        pids = process_tree(process.pid)
        before = resident_mib(pids)
        for i in range(REQUESTS):
            headers, path = pages[i % 2]
            assert session.get(base + path, headers=headers, timeout=10).status_code == 404
        growth = resident_mib(pids) - before
    assert growth < MAX_GROWTH_MIB, f"the server grew by {growth:.1f} MiB over {REQUESTS} 404s"
    assert "unsendable" not in log.read_text(errors="replace")
