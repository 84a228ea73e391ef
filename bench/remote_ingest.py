"""Ingest of N news articles into a SPARQL server against the embedded store: articles per second.

Per-article path: `kg ingest` (one graph-store PUT per article) into the embedded store, a real
`oxigraph serve` and a throw-away Virtuoso (tests/virtuoso.py). Bulk path: `kg extract-corpus`
to shards once, then each server's own loader through `kg load --bulk` (`oxigraph load` on the
server's data folder, Virtuoso's ld_add and rdf_loader_run through isql). Every store must end with
the same number of triples as the embedded one. Servers are processes this script starts and stops.

    .venv/bin/python -m bench.remote_ingest --articles 1000

At 100,000 articles the per-article path takes hours; `--shards DIR` skips it and the extraction, and
times only the loads of shards made before (`kg extract-corpus ... --out DIR`), each with the peak
resident memory of its processes (and of the server, for Virtuoso, whose loader runs inside it):

    .venv/bin/python -m bench.remote_ingest --articles 100000 --shards bench/out/shards --work bench/out/work \
        --paths virtuoso,oxigraph,embedded
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench.ingest_scale import ensure_corpus, tree_rss
from bench.servers import free_port, is_ready
from kg.store.bulk import find_tool
from tests import virtuoso

VENV_BIN = Path(sys.executable).parent
TIMEOUT_S = 3600.0
# Virtuoso's page cache for the bulk-only runs: 2 GiB in 8 KiB pages (the tests' 160 MiB thrashes on millions of quads).
BULK_BUFFERS = 250_000


@dataclass
class Run:
    """One timed command: what, how long, and the triples the store held after it."""

    label: str
    seconds: float
    triples: int
    articles: int
    peak_rss: int = 0

    @property
    def rate(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def quad_rate(self) -> float:
        """Quads the store held after the run, per second of the run."""
        return self.triples / self.seconds if self.seconds else 0.0


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


# kg's graphs only (Virtuoso's own are left out); one scan, where `kg stats` also counts entities per class.
COUNT_KG_QUADS = (
    'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/spacekg/")) }'
)


def quads(store: str, env: dict[str, str] | None = None) -> int:
    """The quads in kg's graphs, by one COUNT query."""
    timeout = {**(env or {}), "KG_STORE_TIMEOUT": "3000", "KG_QUERY_TIMEOUT": "3000"}
    return int(kg(store, "query", COUNT_KG_QUADS, "--format", "csv", env=timeout).splitlines()[1])


def isql_quads(isql_port: int) -> int:
    """The quads in kg's graphs on a Virtuoso, by the same COUNT through isql.

    Its /sparql endpoint stops a query at the ini's MaxQueryExecutionTime (120 s, SR171), which a
    scan of 68 M quads outlasts; isql has no such limit.
    """
    _server, isql = virtuoso.require_virtuoso()
    command = [isql, f"127.0.0.1:{isql_port}", virtuoso.USER, virtuoso.PASSWORD, f"EXEC=SPARQL {COUNT_KG_QUADS};"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    numbers = [line.strip() for line in done.stdout.splitlines() if line.strip().isdigit()]
    if done.returncode != 0 or not numbers:
        sys.exit(f"isql count on port {isql_port} failed: {(done.stdout + done.stderr).strip()[-500:]}")
    return int(numbers[0])


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


def run_sampled(command: list[str], env: dict[str, str] | None = None, server_pid: int = 0) -> tuple[float, int]:
    """Run `command` to its end, or exit with its error; its seconds and the peak RSS of its tree and `server_pid`'s."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as said:
        process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=said, stderr=said)
        roots = [psutil.Process(process.pid)] + ([psutil.Process(server_pid)] if server_pid else [])
        peak = 0
        while process.poll() is None:
            peak = max(peak, sum(tree_rss(root) for root in roots))
            time.sleep(0.5)
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            said.seek(0)
            sys.exit(f"{' '.join(command[:4])} failed: {said.read().decode(errors='replace').strip()[-500:]}")
    print(f"{' '.join(command[:4])}: {seconds:.1f} s, peak {peak / 2**20:.0f} MiB", file=sys.stderr, flush=True)
    return seconds, peak


def measure_bulk(articles: int, shards: Path, work: Path, paths: list[str]) -> Iterator[Run]:
    """The bulk path alone on shards made before: the loads named in `paths` (BULK_PATHS), in that order."""
    for path in paths:
        yield from BULK_PATHS[path](articles, shards, work)


def bulk_embedded(articles: int, shards: Path, work: Path) -> Iterator[Run]:
    """`kg load` of the shards into a fresh embedded store."""
    kg_bin = str(VENV_BIN / "kg")
    seconds, peak = run_sampled([kg_bin, "--store", str(work / "loaded"), "load", str(shards), "--no-progress"])
    yield Run("embedded store: kg load SHARDS", seconds, quads(str(work / "loaded")), articles, peak)
    shutil.rmtree(work / "loaded")


def bulk_oxigraph(articles: int, shards: Path, work: Path) -> Iterator[Run]:
    """`kg load --bulk oxigraph --location DIR`, then a server on DIR to count."""
    kg_bin = str(VENV_BIN / "kg")
    bulk = [kg_bin, "--store", str(work / "unused"), "load", str(shards), "--bulk", "oxigraph"]
    seconds, peak = run_sampled([*bulk, "--location", str(work / "oxigraph-bulk")])
    with oxigraph_server(work / "oxigraph-bulk") as url:
        count = quads(url)
    yield Run("Oxigraph server: kg load --bulk oxigraph (oxigraph load)", seconds, count, articles, peak)
    shutil.rmtree(work / "oxigraph-bulk")


def bulk_virtuoso(articles: int, shards: Path, work: Path) -> Iterator[Run]:
    """`kg load --bulk virtuoso --isql ...` into a fresh Virtuoso; the peak RSS counts the server's."""
    kg_bin = str(VENV_BIN / "kg")
    with virtuoso.virtuoso_serve(work / "virtuoso-bulk", allowed=shards.resolve(), buffers=BULK_BUFFERS) as running:
        isql = ["--bulk", "virtuoso", "--isql", f"127.0.0.1:{running.isql_port}"]
        command = [kg_bin, "--store", running.url, "load", str(shards), *isql]
        seconds, peak = run_sampled(command, running.env, running.pid)
        count = isql_quads(running.isql_port)
    label = "Virtuoso: kg load --bulk virtuoso (ld_add, rdf_loader_run; RSS with the server)"
    yield Run(label, seconds, count, articles, peak)
    shutil.rmtree(work / "virtuoso-bulk")


def bulk_oxigraph_direct(articles: int, shards: Path, work: Path) -> Iterator[Run]:
    """`oxigraph load` of the shard files without kg, for comparison."""
    files = [arg for path in sorted(shards.glob("*.nq.gz")) for arg in ("--file", str(path))]
    tool = find_tool("oxigraph") or "oxigraph"
    seconds, peak = run_sampled([tool, "load", "--location", str(work / "oxigraph-direct"), *files])
    with oxigraph_server(work / "oxigraph-direct") as url:
        count = quads(url)
    yield Run("Oxigraph: oxigraph load directly (no kg)", seconds, count, articles, peak)
    shutil.rmtree(work / "oxigraph-direct")


BULK_PATHS = {
    "embedded": bulk_embedded,
    "oxigraph": bulk_oxigraph,
    "virtuoso": bulk_virtuoso,
    "oxigraph-direct": bulk_oxigraph_direct,
}


def describe(runs: list[Run], command: str) -> str:
    """The runs as a Markdown table."""
    lines = [
        "# Ingest into a SPARQL server against the embedded store",
        "",
        f"Command: `{command}`; load average at the end {os.getloadavg()[0]:.1f}.",
        "",
        "| path | seconds | articles/s | triples after | quads/s | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r.label} | {r.seconds:.1f} | {r.rate:.1f} | {r.triples or ''} | {r.quad_rate:,.0f} "
        f"| {r.peak_rss / 2**20:,.0f} |"
        for r in runs
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    """Measure, print the table and write it to bench/out/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shards", type=Path, help="time only the bulk loads of these shards (made by extract-corpus)")
    parser.add_argument("--work", type=Path, help="folder for the stores (default: a temporary one)")
    parser.add_argument(
        "--paths",
        default="embedded,oxigraph,virtuoso",
        help=f"with --shards: the loads to time, in this order, from {', '.join(BULK_PATHS)}",
    )
    options = parser.parse_args()
    command = "python -m bench.remote_ingest " + " ".join(sys.argv[1:])
    out = Path(__file__).parent / "out" / f"remote-ingest-{time.strftime('%Y%m%d-%H%M%S')}.md"
    out.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-remote-ingest-", dir=options.work) as folder:
        if options.shards is None:
            runs = measure(options.articles, Path(folder))
        else:
            runs = []
            print(f"load average at the start {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
            for run in measure_bulk(options.articles, options.shards, Path(folder), options.paths.split(",")):
                runs.append(run)
                out.write_text(describe(runs, command), encoding="utf-8")  # what is done survives a stop
    report = describe(runs, command)
    out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
