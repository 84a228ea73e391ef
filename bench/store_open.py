"""Opening a store for writing as it grows: what each hold of `kg ingest`'s writer costs before any write.

`kg ingest` opens the store for every few articles (kg.cli.ingest's write window), so a cost of that
opening that grows with the number of stored graphs makes a long ingest slower as it goes. Prints, for an
existing store, the median of `--runs` openings for writing (with closing), and the time to list every
named graph, the scan each opening made before staging graphs were announced by markers.

    .venv/bin/python -m bench.store_open --store bench/out/scale-.../store-jobs2 --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kg.store import KGStore


def time_openings(directory: Path, runs: int) -> list[float]:
    """Seconds of each of `runs` openings of the store for writing, with its closing."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        with KGStore.open(directory):
            pass
        seconds.append(time.perf_counter() - started)
    return seconds


def time_listings(directory: Path, runs: int) -> tuple[list[float], int]:
    """Seconds of each of `runs` listings of every named graph (read-only), and how many there are."""
    seconds, count = [], 0
    with KGStore.open(directory, read_only=True) as store:
        for _ in range(runs):
            started = time.perf_counter()
            count = len(store.graph_iris())
            seconds.append(time.perf_counter() - started)
    return seconds, count


def describe(seconds: list[float]) -> str:
    """The median of some timings, with their spread."""
    return f"median {statistics.median(seconds):.3f} s (min {min(seconds):.3f}, max {max(seconds):.3f})"


def main() -> None:
    """Print the medians (and spread) of openings for writing and of graph listings of one store."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="an existing store directory (opened for writing)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    opened = time_openings(args.store, args.runs)
    listed, graphs = time_listings(args.store, args.runs)
    print(f"store {args.store}: {graphs} named graphs")
    print(f"open for writing + close: {describe(opened)}")
    print(f"list every named graph:   {describe(listed)}")


if __name__ == "__main__":
    main()
