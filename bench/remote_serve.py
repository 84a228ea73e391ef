"""Benchmark the overhead of `kg serve` in front of a SPARQL server against the same server asked directly.

Steps: generate the synthetic graph of bench.run (cached in bench/out/), load it and the ontology
into a fresh store with `oxigraph load`, start `oxigraph serve --union-default-graph` and
`kg --store http://... serve` in front of it, both on 127.0.0.1, check that both give the same
answers to every query of bench.run, then for each query and concurrency run bench.loadgen's
bounded load several times against each way in turn (after a warm-up) and print req/s and
latency medians with the spread over the runs, and the load average before and after. Both ways
end at the same server process: the difference is kg serve's checks, its query process and the
extra loopback hop.

With `--server virtuoso` the server is a throw-away Virtuoso (tests/virtuoso.py: its own database
in the work folder, loopback ports) loaded by Virtuoso's bulk loader through `kg load --bulk
virtuoso`, asked directly at its /sparql; its process is not watched for idleness between runs.

Usage: .venv/bin/python -m bench.remote_serve [--server oxigraph|virtuoso] [--triples 100000] [--runs 3]
       [--concurrency 1,4] [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from bench.answers import accept_for, fetch_answer, query_url
from bench.loadgen import run_load
from bench.run import (
    ONTOLOGY_GRAPH,
    PROJECT_DIR,
    WARM_UP_S,
    Cell,
    Report,
    Tools,
    add_run_arguments,
    finish_run_arguments,
    fmt,
    prepare_run,
    run_timed,
    settle,
)
from bench.servers import Server, free_port, start_server
from tests import virtuoso

WAYS = ("direct", "kg serve")


def load_store(tools: Tools, data: Path, work: Path) -> Path:
    """A fresh Oxigraph store holding the data and the ontology, by `oxigraph load`."""
    store = work / "store-oxigraph"
    run_timed([tools.oxigraph, "load", "--location", str(store), "--file", str(data)], "oxigraph load")
    for path in sorted(p for p in (PROJECT_DIR / "ontology").glob("*.ttl") if p.stem != "shapes"):
        command = [tools.oxigraph, "load", "--location", str(store), "--file", str(path), "--graph", ONTOLOGY_GRAPH]
        run_timed(command, "oxigraph load (ontology)")
    return store


def start_both(tools: Tools, store: Path, args: argparse.Namespace) -> dict[str, Server]:
    """Oxigraph's server on its store, and kg serve in front of it; by way of asking."""
    port = free_port()
    command = [tools.oxigraph, "serve", "--location", str(store), "--bind", f"127.0.0.1:{port}"]
    command += ["--union-default-graph"]
    base = f"http://127.0.0.1:{port}"
    servers = {"direct": start_server("oxigraph", command, f"{base}/query", args.work / "oxigraph.log")}
    try:
        servers["kg serve"] = start_front(tools, base, args, {})
    except BaseException:
        servers["direct"].stop()
        raise
    return servers


@contextmanager
def serving(tools: Tools, data: Path, args: argparse.Namespace) -> Iterator[dict[str, Server]]:
    """The server of `args.server` holding the data and the ontology, and kg serve in front of it; stopped after."""
    if args.server == "oxigraph":
        servers = start_both(tools, load_store(tools, data, args.work), args)
        try:
            yield servers
        finally:
            for server in servers.values():
                server.stop()
        return
    with virtuoso.virtuoso_serve(args.work / "virtuoso", allowed=data.parent.resolve()) as running:
        load_virtuoso(tools, data, running)
        direct = Server("virtuoso", f"{running.url}/sparql")  # no process of ours to stop: the block stops it
        front = start_front(tools, running.url, args, running.env)
        try:
            yield {"direct": direct, "kg serve": front}
        finally:
            front.stop()


def load_virtuoso(tools: Tools, data: Path, running: virtuoso.Virtuoso) -> None:
    """The data by Virtuoso's bulk loader (`kg load --bulk virtuoso`), the ontology by graph-store PUTs."""
    env = {**os.environ, **running.env}
    isql = ["--bulk", "virtuoso", "--isql", f"127.0.0.1:{running.isql_port}"]
    ontology = [str(p) for p in sorted((PROJECT_DIR / "ontology").glob("*.ttl")) if p.stem != "shapes"]
    for command in (
        [tools.kg, "--store", running.url, "load", str(data), *isql],
        [tools.kg, "--store", running.url, "load", *ontology, "--graph", ONTOLOGY_GRAPH],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"Error: {' '.join(command[3:5])} on Virtuoso failed: {done.stderr.strip()[-500:]}")


def start_front(tools: Tools, base: str, args: argparse.Namespace, env: dict[str, str]) -> Server:
    """kg serve in front of the server at `base`, with the server's KG_STORE_* settings `env`."""
    front = free_port()
    command = [tools.kg, "--store", base, "serve", "--host", "127.0.0.1", "--port", str(front)]
    timeouts = {"KG_QUERY_TIMEOUT": f"{args.query_timeout:g}", "KG_STORE_TIMEOUT": f"{args.query_timeout * 2:g}"}
    url = f"http://127.0.0.1:{front}/sparql"
    return start_server("kg serve", command, url, args.work / "kg.log", {**env, **timeouts})


def measure(
    servers: dict[str, Server], sparql: str, args: argparse.Namespace, client: str
) -> dict[tuple[int, str], Cell]:
    """`args.runs` bounded runs (after one warm-up) of one query at each concurrency, each way in turn."""
    cells: dict[tuple[int, str], Cell] = {}
    for concurrency in args.concurrencies:
        for way in WAYS:
            settle(servers, args.idle_wait)
            cell = cells.setdefault((concurrency, way), Cell())
            for run in range(args.runs + 1):
                result = run_load(
                    query_url(servers[way].url, sparql),
                    accept_for(sparql),
                    concurrency=concurrency,
                    max_requests=args.requests,
                    max_seconds=args.seconds if run else WARM_UP_S,
                    expected_seconds=args.seconds,
                    client=client,
                )
                if run:
                    cell.runs.append(result)
    return cells


def spread(cell: Cell) -> str:
    """The lowest and highest req/s of a cell's runs."""
    values = [r.rps for r in cell.runs]
    return f"{min(values):,.0f}-{max(values):,.0f}" if values else "-"


def report_query(name: str, cells: dict[tuple[int, str], Cell], report: Report) -> None:
    """One table row per concurrency: both ways' req/s (spread), p50 and p99, and the overhead."""
    for (concurrency, way), cell in sorted(cells.items()):
        if way != "kg serve":
            continue
        direct = cells[(concurrency, "direct")]
        kept = f"{cell.rps / direct.rps:.0%}" if direct.rps else "-"
        report.say(
            f"| {name} | {concurrency} | {fmt(direct.rps)} ({spread(direct)}) | {fmt(cell.rps)} ({spread(cell)}) "
            f"| {kept} | {fmt(direct.p50, 2)} | {fmt(cell.p50, 2)} | {fmt(cell.p50 - direct.p50, 2)} "
            f"| {fmt(direct.p99, 2)} | {fmt(cell.p99, 2)} | {direct.errors}/{cell.errors} |"
        )


def run_benchmark(args: argparse.Namespace, tools: Tools, client: str, queries: dict[str, str], data: Path) -> int:
    """Load, start both, compare answers, measure, report; return 1 if an answer differed."""
    report = Report()
    differ = []
    with serving(tools, data, args) as servers:
        before = os.getloadavg()
        server_name = "oxigraph serve" if args.server == "oxigraph" else "Virtuoso"
        report.say(f"# kg serve in front of {server_name} {datetime.now().isoformat(timespec='seconds')}")
        report.say()
        report.say(
            f"Data: {data.name} ({args.triples:,} triples asked) plus the ontology; client: {client}; "
            f"{args.runs} run(s) per cell after a {WARM_UP_S:g} s warm-up, each at most {args.requests} requests "
            f"and {args.seconds:g} s; medians over runs (spread: lowest-highest req/s); {os.cpu_count()} cores; "
            f"load average before: {before[0]:.2f} {before[1]:.2f} {before[2]:.2f}."
        )
        report.say()
        report.say(
            "| query | conc | req/s direct (spread) | req/s via kg serve (spread) | kept | p50 ms direct "
            "| p50 ms via kg | p50 added ms | p99 ms direct | p99 ms via kg | errors direct/kg |"
        )
        report.say("|---|---|---|---|---|---|---|---|---|---|---|")
        for name, sparql in queries.items():
            try:
                same = fetch_answer(servers["direct"].url, sparql, args.query_timeout).same_as(
                    fetch_answer(servers["kg serve"].url, sparql, args.query_timeout)
                )
            except RuntimeError as exc:
                print(f"  {name}: not measured ({exc})", file=sys.stderr)
                continue
            if not same:
                differ.append(name)
            report_query(name, measure(servers, sparql, args, client), report)
            print(f"  {name} done", file=sys.stderr)
        after = os.getloadavg()
        report.say()
        report.say(f"Load average after: {after[0]:.2f} {after[1]:.2f} {after[2]:.2f}.")
        if differ:
            report.say(f"**Different answers:** {', '.join(differ)}")
    path = args.out / f"remote-serve-{datetime.now():%Y%m%d-%H%M%S}.md"
    path.write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    print(f"\nwritten to {path}", file=sys.stderr)
    return 1 if differ else 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--server", choices=["oxigraph", "virtuoso"], default="oxigraph", help="the server behind")
    add_run_arguments(parser, triples=100_000, concurrency="1,4", requests=500, seconds=2.0)
    return finish_run_arguments(parser.parse_args(argv), quick_requests=100, quick_seconds=0.5)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the report and write it to bench/out/; exit 1 if answers differ."""
    args = parse_args(argv)
    client, queries, tools, data = prepare_run(args, "remote-serve")
    try:
        return run_benchmark(args, tools, client, queries, data)
    finally:
        shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
