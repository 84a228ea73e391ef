"""Benchmark `kg load` and `kg serve` against Oxigraph's own server on the same synthetic data, in one run.

Steps: generate the data (cached in bench/out/), load it with `kg load` and with `oxigraph load`
(timed, plus the ontology), start `kg serve` and `oxigraph serve --union-default-graph`
on 127.0.0.1, check that both give the same answers to every query, then for each query and
concurrency let the servers go idle, warm up, run a bounded load several times and print medians,
with ratios to Oxigraph. The table is also written as Markdown to bench/out/.

Usage: .venv/bin/python -m bench.run [--triples 1000000] [--runs 3] [--quick]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bench import generate
from bench.answers import Answer, accept_for, fetch_answer, query_url
from bench.loadgen import RunResult, run_load, wrk_available
from bench.servers import Server, free_port, start_server

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
ONTOLOGY_GRAPH = "https://w3id.org/spacekg/ontology"
WARM_UP_S = 2.0
OURS_COMMAND = "{kg} --store {store} serve --host 127.0.0.1 --port {port}"
OURS_PATH = "/sparql"
# Headline queries first (the figures the endpoint work aims at), then the competency questions.
HEADLINE = ["join", "label-search", "count", "point-lookup", "triple-lookup", "construct", "ask"]


@dataclass
class Cell:
    """Medians over the runs of one query at one concurrency on one server."""

    runs: list[RunResult] = field(default_factory=list)

    @property
    def rps(self) -> float:
        """Median requests per second."""
        return statistics.median(r.rps for r in self.runs) if self.runs else 0.0

    @property
    def p50(self) -> float:
        """Median of the runs' median latencies (ms)."""
        return statistics.median(r.p50_ms for r in self.runs) if self.runs else 0.0

    @property
    def p99(self) -> float:
        """Median of the runs' 99th-percentile latencies (ms)."""
        return statistics.median(r.p99_ms for r in self.runs) if self.runs else 0.0

    @property
    def errors(self) -> int:
        """Errors over all runs."""
        return sum(r.errors for r in self.runs)

    @property
    def requests(self) -> int:
        """Requests over all runs."""
        return sum(r.requests for r in self.runs)


def load_queries(names: list[str] | None) -> dict[str, str]:
    """The bench queries and the project's queries/cq*.rq, by name, headline ones first."""
    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted((BENCH_DIR / "queries").glob("*.rq"))}
    ordered = {name: found.pop(name) for name in HEADLINE if name in found}
    ordered.update(found)
    ordered.update({p.stem: p.read_text(encoding="utf-8") for p in sorted((PROJECT_DIR / "queries").glob("cq*.rq"))})
    if names:
        missing = [n for n in names if n not in ordered]
        if missing:
            raise SystemExit(f"Error: no query named {', '.join(missing)}; known: {', '.join(ordered)}")
        ordered = {n: ordered[n] for n in names}
    return ordered


def run_timed(command: list[str], what: str) -> float:
    """Run a command to completion and return its wall time; stop the benchmark if it fails."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"Error: {what} failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-500:]}")
    return seconds


def kg_serve_exists(kg: str) -> bool:
    """Whether this checkout's `kg` has a `serve` command yet."""
    done = subprocess.run([kg, "serve", "--help"], capture_output=True, text=True, check=False)
    return done.returncode == 0


def human_bytes(n: float) -> str:
    """1.5 GiB, 230.0 MiB."""
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.1f} MiB"


def ratio(ours: float | None, theirs: float | None) -> str:
    """ours/theirs as '1.23x', or '-' when either is missing."""
    if not ours or not theirs:
        return "-"
    return f"{ours / theirs:.2f}x"


def fmt(value: float | None, digits: int = 1) -> str:
    """A number, or '-' when missing."""
    return "-" if value is None else f"{value:,.{digits}f}"


@dataclass
class Report:
    """Lines of the report, printed as they come and kept for the Markdown file."""

    lines: list[str] = field(default_factory=list)

    def say(self, text: str = "") -> None:
        """Print a line and keep it."""
        print(text, flush=True)
        self.lines.append(text)

    def write(self, out: Path) -> Path:
        """Write the report to bench/out/bench-<time>.md and latest.md; return the first."""
        path = out / f"bench-{datetime.now().strftime('%Y%m%d-%H%M%S')}.md"
        text = "\n".join(self.lines) + "\n"
        path.write_text(text, encoding="utf-8")
        (out / "latest.md").write_text(text, encoding="utf-8")
        return path


@dataclass(frozen=True)
class Tools:
    """The two command-line tools under test."""

    kg: str
    oxigraph: str


def find_tools(kg: str | None) -> Tools:
    """`kg` and `oxigraph` from this virtualenv (or PATH for oxigraph)."""
    venv_bin = Path(sys.executable).parent
    oxigraph = shutil.which("oxigraph", path=str(venv_bin)) or shutil.which("oxigraph")
    if oxigraph is None:
        raise SystemExit("Error: no oxigraph binary; pip install -e '.[bench]' (the oxigraph package on PyPI)")
    return Tools(kg or str(venv_bin / "kg"), oxigraph)


def prepare_data(out: Path, triples: int, seed: int) -> Path:
    """The synthetic graph file, generated once per size and seed."""
    data = out / f"data-{triples}-{seed}.nq.gz"
    if not data.exists():
        started = time.perf_counter()
        count = generate.write(data, triples, seed)
        print(f"generated {count:,} quads into {data} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return data


def load_both(tools: Tools, data: Path, out: Path) -> tuple[Path, Path, float, float]:
    """Load the data into fresh stores with `kg load` and `oxigraph load` (timed), then the ontology (not timed)."""
    ours_store, ox_store = out / "store-kg", out / "store-oxigraph"
    for store in (ours_store, ox_store):
        shutil.rmtree(store, ignore_errors=True)
    print("loading with kg load and oxigraph load ...", file=sys.stderr)
    kg_load = run_timed([tools.kg, "--store", str(ours_store), "load", "--no-progress", str(data)], "kg load")
    ox_load = run_timed([tools.oxigraph, "load", "--location", str(ox_store), "--file", str(data)], "oxigraph load")
    for path in sorted(p for p in (PROJECT_DIR / "ontology").glob("*.ttl") if p.stem != "shapes"):
        run_timed([tools.kg, "--store", str(ours_store), "load", "--graph", ONTOLOGY_GRAPH, str(path)], "kg load")
        command = [tools.oxigraph, "load", "--location", str(ox_store), "--file", str(path), "--graph", ONTOLOGY_GRAPH]
        run_timed(command, "oxigraph load (ontology)")
    return ours_store, ox_store, kg_load, ox_load


def start_servers(tools: Tools, ours_store: Path, ox_store: Path, args: argparse.Namespace) -> dict[str, Server]:
    """Start Oxigraph's server and ours (or use --ours-url); ours is left out while `kg serve` does not exist."""
    servers: dict[str, Server] = {}
    port = free_port()
    # Oxigraph's server as its users run it: its defaults, union default graph. (Its --timeout-s spawns a
    # thread per query and aborted under 8 clients here: "failed to allocate an alternative stack".)
    command = [tools.oxigraph, "serve", "--location", str(ox_store), "--bind", f"127.0.0.1:{port}"]
    command += ["--union-default-graph"]
    servers["oxigraph"] = start_server(
        "oxigraph", command, f"http://127.0.0.1:{port}/query", args.work / "oxigraph.log"
    )
    if args.ours_url:
        servers["ours"] = Server("ours", args.ours_url)
    elif kg_serve_exists(tools.kg):
        port = free_port()
        command = args.ours_command.format(kg=tools.kg, store=ours_store, port=port).split()
        env = {"KG_QUERY_TIMEOUT": f"{args.query_timeout:g}"}
        try:
            url = f"http://127.0.0.1:{port}{OURS_PATH}"
            servers["ours"] = start_server("kg serve", command, url, args.work / "kg.log", env)
        except RuntimeError:
            servers["oxigraph"].stop()
            raise
    else:
        print("kg serve does not exist yet: measuring oxigraph alone", file=sys.stderr)
    return servers


@dataclass(frozen=True)
class Comparison:
    """One query's answers from both servers: its row in the answers table, and how long the slower took."""

    row: str
    differs: bool
    slowest: float


def compare_answers(servers: dict[str, Server], name: str, sparql: str, timeout: float) -> Comparison:
    """Send the query once to each server and compare the parsed answers."""
    answers: dict[str, Answer | str] = {}
    seconds: dict[str, float] = {}
    for attempt in range(2):
        for server_name, server in servers.items():
            if attempt and isinstance(answers[server_name], Answer):
                continue
            started = time.perf_counter()
            try:
                answers[server_name] = fetch_answer(server.url, sparql, timeout=timeout + 5)
            except RuntimeError as exc:
                answers[server_name] = str(exc)
            seconds[server_name] = time.perf_counter() - started
        failed = [name for name, answer in answers.items() if isinstance(answer, str)]
        if len(failed) != 1:
            break
        # One side failing alone may be a hiccup of a shared machine: give it a second chance when idle.
        settle(servers, 10.0)
    theirs, ours = answers["oxigraph"], answers.get("ours")
    size = str(theirs.size) if isinstance(theirs, Answer) else f"error: {theirs[:80]}"
    if ours is None:
        same = "(oxigraph only)"
    elif isinstance(ours, Answer) and isinstance(theirs, Answer):
        same = "yes" if ours.same_as(theirs) else f"**NO** (ours: {ours.size})"
    elif isinstance(ours, str) and isinstance(theirs, str):
        same = f"both failed (ours: {ours[:80]})"
    else:
        same = f"**NO** (ours: {ours if isinstance(ours, str) else ours.size})"[:120]
    if isinstance(theirs, Answer) and theirs.size == 0:
        same += " (empty answer)"
    times = f"{seconds['ours'] * 1e3:,.1f}" if "ours" in seconds else "-"
    row = f"| {name} | {size} | {same} | {times} / {seconds['oxigraph'] * 1e3:,.1f} |"
    return Comparison(row, "**NO**" in same, max(seconds.values()))


def measure_query(
    servers: dict[str, Server], name: str, sparql: str, args: argparse.Namespace, client: str, single: float
) -> dict[tuple[str, int, str], Cell]:
    """Run the bounded load for one query at every concurrency on every server, `args.runs` times each."""
    results: dict[tuple[str, int, str], Cell] = {}
    for server_name, server in servers.items():
        for concurrency in args.concurrencies:
            # Requests still running from the previous server's runs would slow this one down.
            settle(servers, args.idle_wait)
            cell = results.setdefault((name, concurrency, server_name), Cell())
            # A run lasts --seconds, longer for a slow query (enough for each connection to get two answers),
            # and never more than --max-seconds. One unmeasured run first warms the server's caches.
            seconds = min(args.max_seconds, max(args.seconds, 2.5 * single * max(1, concurrency / 2)))
            for run in range(args.runs + 1):
                result = run_load(
                    query_url(server.url, sparql),
                    accept_for(sparql),
                    concurrency=concurrency,
                    max_requests=args.requests,
                    max_seconds=seconds if run else min(seconds, WARM_UP_S),
                    expected_seconds=single * args.requests / min(concurrency, 2),
                    client=client,
                )
                if run:
                    cell.runs.append(result)
            print(f"  {name} c={concurrency} {server_name}: {cell.rps:,.1f} req/s", file=sys.stderr)
    return results


def settle(servers: dict[str, Server], max_wait: float) -> list[str]:
    """Wait for every server to go idle; restart those still busy; return their names."""
    busy = [server for server in servers.values() if not server.wait_idle(max_wait)]
    for server in busy:
        # Oxigraph keeps evaluating a query past its --timeout-s; measuring beside it would be unfair to both.
        server.restart()
    return [server.name for server in busy]


def run_queries(
    servers: dict[str, Server], queries: dict[str, str], args: argparse.Namespace, client: str, report: Report
) -> tuple[dict[tuple[str, int, str], Cell], list[str]]:
    """For each query: compare answers, let the servers go idle, then measure; return the cells and mismatches."""
    rows: list[str] = []
    results: dict[tuple[str, int, str], Cell] = {}
    mismatches: list[str] = []
    for name, sparql in queries.items():
        comparison = compare_answers(servers, name, sparql, args.query_timeout)
        rows.append(comparison.row)
        if comparison.differs:
            mismatches.append(name)
        restarted = settle(servers, args.idle_wait)
        if restarted:
            rows[-1] += f" (restarted, still busy after {args.idle_wait:g} s: {', '.join(restarted)})"
        if comparison.slowest > args.query_timeout:
            print(f"  {name}: not measured, one request took {comparison.slowest:.1f} s", file=sys.stderr)
            continue
        results.update(measure_query(servers, name, sparql, args, client, comparison.slowest))
    report.say("## Same answers (compared parsed, not as bytes)")
    report.say()
    report.say("| query | answer size (oxigraph) | same on both | single request ms ours / oxigraph |")
    report.say("|---|---|---|---|")
    for row in rows:
        report.say(row)
    report.say()
    return results, mismatches


def report_table(
    results: dict[tuple[str, int, str], Cell], queries: dict[str, str], args: argparse.Namespace, report: Report
) -> None:
    """The throughput and latency table."""
    report.say("## Throughput and latency (ratio = ours / oxigraph req/s; higher is better)")
    report.say()
    report.say(
        "| query | conc | req/s ours | req/s oxigraph | ratio | p50 ms ours | p50 ms oxigraph "
        "| p99 ms ours | p99 ms oxigraph | errors ours | errors oxigraph | requests ours/oxigraph |"
    )
    report.say("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in queries:
        for concurrency in args.concurrencies:
            ours = results.get((name, concurrency, "ours"))
            theirs = results.get((name, concurrency, "oxigraph"))
            if theirs is None:
                report.say(f"| {name} | {concurrency} | not measured: its request failed or timed out |" + " |" * 9)
                continue
            report.say(
                f"| {name} | {concurrency} | {fmt(ours.rps if ours else None)} | {fmt(theirs.rps)} "
                f"| {ratio(ours.rps if ours else None, theirs.rps)} "
                f"| {fmt(ours.p50 if ours else None, 2)} | {fmt(theirs.p50, 2)} "
                f"| {fmt(ours.p99 if ours else None, 2)} | {fmt(theirs.p99, 2)} "
                f"| {ours.errors if ours else '-'} | {theirs.errors} "
                f"| {ours.requests if ours else '-'}/{theirs.requests} |"
            )
    report.say()


def report_load_and_memory(
    data: Path, kg_load: float, ox_load: float, rss: dict[str, dict[str, int]], report: Report
) -> None:
    """The load-time and memory table."""
    report.say("## Load and memory (ratio = ours / oxigraph; lower is better)")
    report.say()
    report.say("| figure | ours | oxigraph | ratio |")
    report.say("|---|---|---|---|")
    report.say(
        f"| load time of {data.name} | {kg_load:.2f} s (kg load) | {ox_load:.2f} s (oxigraph load) "
        f"| {ratio(kg_load, ox_load)} |"
    )
    for label, sizes in rss.items():
        ours = sizes.get("ours") or None
        report.say(
            f"| {label}, all serving processes | {human_bytes(ours) if ours else '-'} "
            f"| {human_bytes(sizes['oxigraph'])} | {ratio(ours, sizes['oxigraph'])} |"
        )
    report.say()


def add_run_arguments(
    parser: argparse.ArgumentParser, *, triples: int, concurrency: str, requests: int, seconds: float
) -> None:
    """The options every load benchmark takes (data, runs, load generation, client, queries, output)."""
    parser.add_argument("--triples", type=int, default=triples, help="size of the synthetic graph")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=3, help="runs per query and concurrency (median taken)")
    parser.add_argument("--concurrency", default=concurrency, help="comma-separated connection counts")
    parser.add_argument("--requests", type=int, default=requests, help="at most this many requests per run")
    parser.add_argument("--seconds", type=float, default=seconds, help="at most this long per run")
    parser.add_argument("--query-timeout", type=float, default=10.0, help="server-side query time limit")
    parser.add_argument("--idle-wait", type=float, default=15.0, help="restart a server still busy after this")
    parser.add_argument("--client", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--queries", help="comma-separated query names (default: all)")
    parser.add_argument("--kg", help="the kg command to use (default: the one in this virtualenv)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    parser.add_argument("--quick", action="store_true", help="tiny graph, one short run: checks the harness")


def finish_run_arguments(args: argparse.Namespace, quick_requests: int, quick_seconds: float) -> argparse.Namespace:
    """`args` with --quick applied and the concurrencies as numbers."""
    if args.quick:
        args.triples, args.runs, args.requests, args.seconds = 20_000, 1, quick_requests, quick_seconds
    args.concurrencies = [int(c) for c in args.concurrency.split(",")]
    return args


def prepare_run(args: argparse.Namespace, prefix: str) -> tuple[str, dict[str, str], Tools, Path]:
    """The client, queries, tools and data of a run, and its own work folder as `args.work`."""
    client = args.client if args.client != "auto" else "wrk" if wrk_available() else "python"
    queries = load_queries(args.queries.split(",") if args.queries else None)
    tools = find_tools(args.kg)
    args.out.mkdir(parents=True, exist_ok=True)
    data = prepare_data(args.out, args.triples, args.seed)
    # Stores and logs of this run in a folder of its own, so that two runs at once do not clobber each other.
    args.work = Path(tempfile.mkdtemp(prefix=f"{prefix}-{datetime.now():%Y%m%d-%H%M%S}-", dir=args.out))
    return client, queries, tools, data


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    add_run_arguments(parser, triples=1_000_000, concurrency="1,8", requests=2000, seconds=3.0)
    parser.add_argument("--max-seconds", type=float, default=20.0, help="hard limit of a run for slow queries")
    parser.add_argument("--ours-command", default=OURS_COMMAND, help="how to start our endpoint")
    parser.add_argument("--ours-url", help="an endpoint already running on 127.0.0.1 to use instead of kg serve")
    parser.add_argument("--keep", action="store_true", help="keep this run's stores and server logs")
    return finish_run_arguments(parser.parse_args(argv), quick_requests=200, quick_seconds=1.0)


def main(argv: list[str] | None = None) -> int:
    """Run the whole benchmark, print the report and write it to bench/out/; exit 1 if answers differ."""
    args = parse_args(argv)
    client, queries, tools, data = prepare_run(args, "run")
    try:
        return run_benchmark(args, tools, client, queries, data)
    finally:
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)


def run_benchmark(args: argparse.Namespace, tools: Tools, client: str, queries: dict[str, str], data: Path) -> int:
    """Load, start the servers, compare answers, measure, and report; return the exit code."""
    ours_store, ox_store, kg_load, ox_load = load_both(tools, data, args.work)
    report = Report()
    servers = start_servers(tools, ours_store, ox_store, args)
    try:
        rss = {"RSS after load (idle)": {name: s.rss_bytes() for name, s in servers.items()}}
        report.say(f"# Benchmark {datetime.now().isoformat(timespec='seconds')}")
        report.say()
        report.say(
            f"Data: {data.name} ({args.triples:,} triples asked, seed {args.seed}) plus the ontology; "
            f"client: {client}; {args.runs} run(s) per cell after a {WARM_UP_S:g} s warm-up, "
            f"each at most {args.requests} requests and {args.seconds:g} s "
            f"(a slow query's runs up to {args.max_seconds:g} s); medians over runs; "
            f"server query limit {args.query_timeout:g} s."
        )
        report.say()
        results, mismatches = run_queries(servers, queries, args, client, report)
        rss["RSS after the runs"] = {name: s.rss_bytes() for name, s in servers.items()}
        report_table(results, queries, args, report)
        report_load_and_memory(data, kg_load, ox_load, rss, report)
        restarts = {name: s.restarts for name, s in servers.items() if s.restarts}
        if restarts:
            report.say(
                "Servers restarted because a timed-out query kept them busy (RSS after the runs is then the fresh "
                f"process's): {', '.join(f'{name} x{count}' for name, count in restarts.items())}"
            )
            report.say()
        if mismatches:
            report.say(f"**Different answers:** {', '.join(mismatches)}")
    finally:
        for server in servers.values():
            server.stop()
    print(f"\nwritten to {report.write(args.out)}", file=sys.stderr)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
