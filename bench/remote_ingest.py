"""Ingest of N news articles into a SPARQL server against the embedded store: articles per second.

Per-article path: `kg ingest` (one graph-store PUT per article) into the embedded store, a real
`oxigraph serve` and a throw-away Virtuoso (tests/virtuoso.py). Bulk path: `kg extract-corpus`
to shards once, then each server's own loader through `kg load --bulk` (`oxigraph load` on the
server's data folder, Virtuoso's ld_add and rdf_loader_run through isql). Every store must end with
the same number of triples as the embedded one. Servers are processes this script starts and stops.

    .venv/bin/python -m bench.remote_ingest --articles 1000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.ingest_scale import ensure_corpus
from bench.servers import free_port, is_ready
from kg.store.bulk import find_tool
from tests import virtuoso

VENV_BIN = Path(sys.executable).parent
TIMEOUT_S = 3600.0


@dataclass
class Run:
    """One timed command: what, how long, and the triples the store held after it."""

    label: str
    seconds: float
    triples: int
    articles: int

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0


def kg(store: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run `kg --store STORE ARGS...`; its standard output, or exit with its error."""
    done = subprocess.run(
        [str(VENV_BIN / "kg"), "--store", store, *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"kg {' '.join(args[:2])} on {store} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


def triples(store: str, env: dict[str, str] | None = None) -> int:
    """The store's size by `kg stats`."""
    return int(kg(store, "stats", env=env).splitlines()[0].removeprefix("Triples: "))


def timed(label: str, articles: int, store: str, args: list[str], env: dict[str, str] | None = None) -> Run:
    """Time `kg --store STORE ARGS`, then count the store's triples."""
    started = time.perf_counter()
    kg(store, *args, env=env)
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.1f} s", file=sys.stderr, flush=True)
    run = Run(label, seconds, triples(store, {**(env or {}), "KG_STORE_TIMEOUT": "600"}), articles)
    print(f"{label}: {seconds:.1f} s, {run.rate:.1f} articles/s, {run.triples} triples", file=sys.stderr, flush=True)
    return run


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """A real `oxigraph serve` on loopback with its data in `folder`; its URL."""
    port = free_port()
    tool = find_tool("oxigraph") or "oxigraph"
    command = [tool, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not is_ready(f"{url}/query") and time.monotonic() < deadline:
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure(articles: int, work: Path) -> list[Run]:
    """Every run at one corpus size."""
    warc = str(ensure_corpus(articles) / "warc")
    runs = [timed("embedded store: kg ingest", articles, str(work / "embedded"), ["ingest", warc, "--jobs", "1"])]
    with oxigraph_server(work / "oxigraph") as url:
        label = "Oxigraph server: kg ingest (PUT per article)"
        runs.append(timed(label, articles, url, ["ingest", warc, "--jobs", "1"]))
    with virtuoso.virtuoso_serve(work / "virtuoso") as running:
        label = "Virtuoso: kg ingest (PUT per article)"
        runs.append(timed(label, articles, running.url, ["ingest", warc, "--jobs", "1"], running.env))
    shards = work / "shards"
    started = time.perf_counter()
    kg(str(work / "unused"), "extract-corpus", warc, "--out", str(shards), "--workers", "2", "--no-progress")
    runs.append(Run("kg extract-corpus --workers 2 (shards, once)", time.perf_counter() - started, 0, articles))
    runs.append(timed("embedded store: kg load SHARDS", articles, str(work / "loaded"), ["load", str(shards)]))
    bulk = ["load", str(shards), "--bulk", "oxigraph", "--location", str(work / "oxigraph-bulk")]
    started = time.perf_counter()
    kg(str(work / "unused"), *bulk)
    seconds = time.perf_counter() - started
    with oxigraph_server(work / "oxigraph-bulk") as url:
        runs.append(Run("Oxigraph server: kg load --bulk oxigraph (oxigraph load)", seconds, triples(url), articles))
    with virtuoso.virtuoso_serve(work / "virtuoso-bulk", allowed=work) as running:
        isql = ["--bulk", "virtuoso", "--isql", f"127.0.0.1:{running.isql_port}"]
        label = "Virtuoso: kg load --bulk virtuoso (ld_add, rdf_loader_run)"
        runs.append(timed(label, articles, running.url, ["load", str(shards), *isql], running.env))
    return runs


def describe(runs: list[Run], command: str) -> str:
    """The runs as a Markdown table."""
    lines = [
        "# Ingest into a SPARQL server against the embedded store",
        "",
        f"Command: `{command}`; load average at the end {os.getloadavg()[0]:.1f}.",
        "",
        "| path | seconds | articles/s | triples after |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {r.label} | {r.seconds:.1f} | {r.rate:.1f} | {r.triples or ''} |" for r in runs]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure, print the table and write it to bench/out/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-remote-ingest-") as folder:
        runs = measure(options.articles, Path(folder))
    report = describe(runs, f"python -m bench.remote_ingest --articles {options.articles}")
    out = Path(__file__).parent / "out" / f"remote-ingest-{time.strftime('%Y%m%d-%H%M%S')}.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
