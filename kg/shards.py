"""`kg extract-corpus`: the same extraction over a dask.bag on a dask.distributed cluster, to sharded N-Quads.

Each input file (or URL) is one task: a worker reads it, extracts every article with
`kg.corpus.extract_record` and writes gzipped N-Quads shards of about 1.7 MiB, one named graph per
article (never split), each written aside and renamed into place so a shard is whole or absent. The manifest lists the
inputs, the shards, the counts and every failure with where and why. With a remote scheduler the
output folder must be one the workers can write (a shared file system). Identities are reconciled
across articles when a store is built with `kg ingest`; `kg load DIR` loads the shards as they are.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kg.corpus import Extracted, extract_record
from kg.errors import BadInputError
from kg.manifest import MANIFEST
from kg.readers import ReadFailure, Skipped, read_inputs
from kg.readers.sources import is_article_file

# `kg load` loads shards a few MiB at a time; Oxigraph's bulk loader holds what it loads in memory, so
# shards of bounded size bound its memory whatever the size of an input. 32 Mi characters of N-Quads
# are about 1.7 MiB gzipped.
SHARD_CHARS = 32 << 20


@dataclass
class CorpusSummary:
    """What a corpus run did: articles and quads written, skips by reason, failures, shards, time."""

    articles: int = 0
    quads: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failures: list[dict[str, str]] = field(default_factory=list)
    shards: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0


def list_units(inputs: list[str]) -> list[str]:
    """The units of work: each file (directories expanded, recursively) and each URL, in order."""
    units: list[str] = []
    for given in inputs:
        if given == "-":
            raise BadInputError("kg extract-corpus reads files and URLs, not standard input")
        path = Path(given)
        if given.lower().startswith(("http://", "https://")) or not path.is_dir():
            units.append(given)
        else:
            units.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file() and is_article_file(p.name))
    return units


def extract_unit(number: int, unit: str, out_dir: str, base_iri: str, published: date | None) -> dict[str, Any]:
    """Extract every article of one input into the shards `number`-* of `out_dir`; return its counts and failures."""
    articles = quads = 0
    skipped: Counter[str] = Counter()
    failures: list[dict[str, str]] = []
    writer = ShardWriter(Path(out_dir), number, unit)
    try:
        for record in read_inputs([unit]):
            outcome = extract_record(record, base_iri, published)
            if isinstance(outcome, ReadFailure):
                failures.append({"where": outcome.where, "why": outcome.why})
            elif isinstance(outcome, Skipped):
                skipped[outcome.why] += 1
            else:
                quads += writer.write(outcome)
                articles += 1
    except BaseException:
        writer.abandon()
        raise
    shards = writer.close()
    return {
        "input": unit,
        "articles": articles,
        "quads": quads,
        "skipped": dict(skipped),
        "failures": failures,
        "shards": shards,
    }


class ShardWriter:
    """The gzipped N-Quads of one input, in shards of about SHARD_CHARS, each written aside and renamed whole."""

    def __init__(self, out_dir: Path, number: int, unit: str, limit: int = SHARD_CHARS) -> None:
        self.out_dir, self.number, self.unit, self.limit = out_dir, number, unit, limit
        self.shards: list[dict[str, Any]] = []
        self.open_next()

    def open_next(self) -> None:
        """Begin the next shard of this input."""
        self.name = f"shard-{self.number:05d}-{len(self.shards):04d}.nq.gz"
        self.partial = self.out_dir / f".{self.name}.{os.getpid()}.part"
        self.raw = self.partial.open("wb")
        self.out = io.TextIOWrapper(gzip.GzipFile(fileobj=self.raw, mode="wb", compresslevel=5), encoding="utf-8")
        self.articles = self.quads = self.size = 0

    def write(self, extracted: Extracted) -> int:
        """Write one article's graph (in the next shard if this one is full); return its number of quads."""
        if self.articles and self.size >= self.limit:
            self.finish()
            self.open_next()
        lines = render_quad_lines(extracted)
        text = "".join(lines)
        self.out.write(text)
        self.articles += 1
        self.quads += len(lines)
        self.size += len(text)
        return len(lines)

    def finish(self) -> None:
        """Close the shard being written and rename it into place."""
        self.out.close()  # a GzipFile given a file object leaves it open: closed below
        self.raw.close()
        self.partial.replace(self.out_dir / self.name)
        self.shards.append({"shard": self.name, "input": self.unit, "articles": self.articles, "quads": self.quads})

    def abandon(self) -> None:
        """Delete every shard of this input, the one being written too (the task failed: Dask may run it again)."""
        self.out.close()
        self.raw.close()
        self.partial.unlink(missing_ok=True)
        for shard in self.shards:
            (self.out_dir / shard["shard"]).unlink(missing_ok=True)
        self.shards = []

    def close(self) -> list[dict[str, Any]]:
        """Finish the last shard; return every shard written: name, input, articles and quads."""
        self.finish()
        return self.shards


def render_quad_lines(extracted: Extracted) -> list[str]:
    """The article's triples as N-Quads lines in its named graph."""
    graph = f"<{extracted.graph_iri}>"
    return [
        f"{line.rstrip().removesuffix('.').rstrip()} {graph} .\n"
        for line in extracted.ntriples.splitlines()
        if line.strip()
    ]


def extract_corpus(
    inputs: list[str],
    out_dir: Path,
    base_iri: str,
    *,
    published: date | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    on_input: Callable[[dict[str, Any]], None] | None = None,
) -> CorpusSummary:
    """Run the extraction of every input over a dask.bag on a cluster; write the shards and the manifest."""
    import dask.bag as db
    from distributed import as_completed

    started = time.perf_counter()
    units = list_units(inputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = CorpusSummary()
    with _client(scheduler, workers) as client:
        bag = db.from_sequence(list(enumerate(units)), npartitions=max(1, len(units))).map(
            lambda pair: extract_unit(pair[0], pair[1], str(out_dir.resolve()), base_iri, published)
        )
        futures = client.compute(bag.to_delayed())
        for future in as_completed(futures):
            for result in future.result():
                _add(summary, result)
                if on_input:
                    on_input(result)
    summary.shards.sort(key=lambda s: s["shard"])
    summary.seconds = time.perf_counter() - started
    _write_manifest(out_dir, inputs, summary)
    return summary


def _add(summary: CorpusSummary, result: dict[str, Any]) -> None:
    summary.articles += result["articles"]
    summary.quads += result["quads"]
    summary.skipped.update(result["skipped"])
    summary.failures.extend(result["failures"])
    summary.shards.extend(result["shards"])


def _write_manifest(out_dir: Path, inputs: list[str], summary: CorpusSummary) -> None:
    manifest = {
        "inputs": inputs,
        "articles": summary.articles,
        "quads": summary.quads,
        "skipped": dict(summary.skipped),
        "failures": summary.failures,
        "shards": [{k: s[k] for k in ("shard", "input", "articles", "quads")} for s in summary.shards],
        "seconds": round(summary.seconds, 3),
    }
    partial = out_dir / f".{MANIFEST}.part"
    partial.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    partial.replace(out_dir / MANIFEST)


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client
