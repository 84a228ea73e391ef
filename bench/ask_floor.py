"""The floor of a query-process design: how fast can any web worker answer ASK through a query process?

Issue 13 asks `kg serve` for ASK at >= 0.5x Oxigraph's server, and asks for queries that run in
long-lived query processes, so that a query past its deadline is killed without taking the worker
down. This measures, in one run on the same tiny store, with wrk at 8 connections:

- `oxigraph serve` answering ASK over HTTP (the reference);
- the floor: a bare WSGI function on granian (as many workers as `kg serve`, no Flask, no checks,
  no negotiation) that hands the query to one of two long-lived query processes per worker over a
  socket pair and returns their answer: only the round trip the design needs;
- `kg serve` itself;
- for scale, two bare WSGI functions on the same granian: one that runs the query in the web worker
  itself (no query process, so nothing could stop it at a deadline) and one that answers a constant
  without any store: the most any Python web app on granian can do here.

Run: `.venv/bin/python -m bench.ask_floor` (needs wrk); it prints req/s per round and the medians.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

DATA = Path(__file__).resolve().parent.parent / "tests" / "w3c" / "sample.trig"
ASK = "ASK { ?s ?p ?o }"
QUERY = "query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"
ACCEPT = "application/sparql-results+json"
VENV_BIN = Path(sys.executable).parent


def serve_child(fd: int, location: str) -> None:
    """A query process of the floor: answer each query it is sent on the store at `location`."""
    store = ox.Store.read_only(location)
    conn = Connection(fd)
    while True:
        try:
            text = conn.recv_bytes().decode()
        except EOFError:
            return
        result = store.query(text, use_default_graph_as_union=True)
        conn.send_bytes(result.serialize(format=ox.QueryResultsFormat.JSON) or b"")


def make_app() -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """The floor's WSGI app (a granian factory): two query processes, a query string in, their answer out."""
    location = os.environ["ASK_FLOOR_STORE"]
    idle: queue.Queue[Connection] = queue.Queue()
    for _ in range(2):
        parent, child = socket.socketpair()
        subprocess.Popen(
            [sys.executable, "-m", "bench.ask_floor", "--child", str(child.fileno()), location],
            pass_fds=[child.fileno()],
        )
        child.close()
        idle.put(Connection(parent.detach()))

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", "")).get("query", [""])[0]
        conn = idle.get()
        try:
            conn.send_bytes(query.encode())
            body = conn.recv_bytes()
        finally:
            idle.put(conn)
        start_response("200 OK", [("Content-Type", ACCEPT), ("Content-Length", str(len(body)))])
        return [body]

    return app


def make_inline_app() -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """A bare WSGI app (a granian factory) that runs the query in the web worker: no isolation at all."""
    store = ox.Store.read_only(os.environ["ASK_FLOOR_STORE"])

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING", "")).get("query", [""])[0]
        result = store.query(query, use_default_graph_as_union=True)
        body = result.serialize(format=ox.QueryResultsFormat.JSON) or b""
        start_response("200 OK", [("Content-Type", ACCEPT), ("Content-Length", str(len(body)))])
        return [body]

    return app


def make_constant_app() -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """A bare WSGI app (a granian factory) that answers ASK's JSON without a store: granian's own ceiling."""
    body = b'{"head":{},"boolean":true}'

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        start_response("200 OK", [("Content-Type", ACCEPT), ("Content-Length", str(len(body)))])
        return [body]

    return app


def granian_command(workers: int, port: int, factory: str) -> list[str | Path]:
    """The command line of a bare WSGI app on granian with `workers` workers."""
    return [
        VENV_BIN / "granian",
        "--interface",
        "wsgi",
        "--workers",
        str(workers),
        "--port",
        str(port),
        "--factory",
        factory,
    ]


def wait_for(url: str) -> None:
    """Wait until `url` answers ASK."""
    for _ in range(200):
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": ACCEPT}), timeout=2) as r:
                r.read()
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not answer")


def rate(url: str, seconds: int) -> float:
    """Requests per second of wrk at 8 connections against `url`."""
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "-H", f"Accept: {ACCEPT}", url], capture_output=True, text=True
    ).stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if found is None or errors is not None:
        raise SystemExit(f"wrk failed on {url}: {out}")
    return float(found.group(1))


def main() -> None:
    """Start the five servers, measure them in turn, print the medians and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("FD", "STORE"), help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="granian workers of the floor and of kg serve")
    args = parser.parse_args()
    if args.child:
        serve_child(int(args.child[0]), args.child[1])
        return
    with tempfile.TemporaryDirectory(prefix="ask-floor-") as work:
        ox_dir, floor_dir, kg_dir = Path(work) / "ox", Path(work) / "floor", Path(work) / "kg"
        for location in (ox_dir, floor_dir):
            subprocess.run(
                [VENV_BIN / "oxigraph", "load", "--location", location, "--file", DATA], check=True, capture_output=True
            )
        subprocess.run([VENV_BIN / "kg", "--store", kg_dir, "load", DATA], check=True, capture_output=True)
        env = dict(os.environ, ASK_FLOOR_STORE=str(floor_dir))
        servers = {
            "oxigraph serve": (
                [
                    VENV_BIN / "oxigraph",
                    "serve",
                    "--location",
                    ox_dir,
                    "--bind",
                    "127.0.0.1:7811",
                    "--union-default-graph",
                ],
                "http://127.0.0.1:7811/query",
            ),
            "floor: bare WSGI + query process": (
                granian_command(args.workers, 7812, "bench.ask_floor:make_app"),
                "http://127.0.0.1:7812/sparql",
            ),
            "kg serve": (
                [VENV_BIN / "kg", "--store", kg_dir, "serve", "--port", "7813", "--workers", str(args.workers)],
                "http://127.0.0.1:7813/sparql",
            ),
            "bare WSGI, query in the web worker": (
                granian_command(args.workers, 7814, "bench.ask_floor:make_inline_app"),
                "http://127.0.0.1:7814/sparql",
            ),
            "bare WSGI, constant answer": (
                granian_command(args.workers, 7815, "bench.ask_floor:make_constant_app"),
                "http://127.0.0.1:7815/sparql",
            ),
        }
        running = [
            subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for command, _url in servers.values()
        ]
        try:
            for _command, url in servers.values():
                wait_for(f"{url}?{QUERY}")
            rates: dict[str, list[float]] = {name: [] for name in servers}
            for number in range(args.rounds):
                for name, (_command, url) in servers.items():
                    rates[name].append(rate(f"{url}?{QUERY}", args.seconds))
                    print(f"round {number + 1}: {name}: {rates[name][-1]:,.0f} req/s", flush=True)
        finally:
            for process in running:
                process.terminate()
            for process in running:
                process.wait(10)
    reference = statistics.median(rates["oxigraph serve"])
    load = os.getloadavg()[0]
    print(f"\nASK at 8 connections, medians of {args.rounds} rounds (load average {load:.1f}):")
    for name, values in rates.items():
        spread = f"{min(values):,.0f}-{max(values):,.0f}"
        print(
            f"  {name}: {statistics.median(values):,.0f} req/s ({spread}), {statistics.median(values) / reference:.2f}x"
        )


if __name__ == "__main__":
    main()
