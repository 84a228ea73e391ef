"""`kg extract-corpus`: the same extraction over a dask.bag on a dask.distributed cluster, to sharded N-Quads.

Each input file (or URL) is one task: a worker reads it, extracts every article with
`kg.corpus.extract_record` and writes one gzipped N-Quads shard, one named graph per article,
written aside and renamed into place so a shard is whole or absent. The manifest lists the
inputs, the shards, the counts and every failure with where and why. With a remote scheduler the
output folder must be one the workers can write (a shared file system). Identities are reconciled
across articles when a store is built with `kg ingest`; `kg load DIR` loads the shards as they are.
"""

from __future__ import annotations

import gzip
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
from kg.readers import ReadFailure, Skipped, read_inputs
from kg.readers.sources import is_article_file

MANIFEST = "manifest.json"


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
    """Extract every article of one input into shard `number` of `out_dir`; return its counts and failures."""
    shard = Path(out_dir) / f"shard-{number:05d}.nq.gz"
    partial = shard.with_name(f".{shard.name}.{os.getpid()}.part")
    articles = quads = 0
    skipped: Counter[str] = Counter()
    failures: list[dict[str, str]] = []
    with gzip.open(partial, "wt", encoding="utf-8", compresslevel=5) as out:
        for record in read_inputs([unit]):
            outcome = extract_record(record, base_iri, published)
            if isinstance(outcome, ReadFailure):
                failures.append({"where": outcome.where, "why": outcome.why})
            elif isinstance(outcome, Skipped):
                skipped[outcome.why] += 1
            else:
                quads += _write_quads(out, outcome)
                articles += 1
    partial.replace(shard)
    return {
        "shard": shard.name,
        "input": unit,
        "articles": articles,
        "quads": quads,
        "skipped": dict(skipped),
        "failures": failures,
    }


def _write_quads(out: Any, extracted: Extracted) -> int:
    graph = f"<{extracted.graph_iri}>"
    count = 0
    for line in extracted.ntriples.splitlines():
        if line.strip():
            out.write(f"{line.rstrip().removesuffix('.').rstrip()} {graph} .\n")
            count += 1
    return count


def extract_corpus(
    inputs: list[str],
    out_dir: Path,
    base_iri: str,
    *,
    published: date | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    on_shard: Callable[[dict[str, Any]], None] | None = None,
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
                if on_shard:
                    on_shard(result)
    summary.shards.sort(key=lambda s: s["shard"])
    summary.seconds = time.perf_counter() - started
    _write_manifest(out_dir, inputs, summary)
    return summary


def _add(summary: CorpusSummary, result: dict[str, Any]) -> None:
    summary.articles += result["articles"]
    summary.quads += result["quads"]
    summary.skipped.update(result["skipped"])
    summary.failures.extend(result["failures"])
    summary.shards.append(result)


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


def shard_paths(directory: Path) -> list[Path]:
    """The shard files that the manifest in `directory` lists, in order."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        return [directory / shard["shard"] for shard in manifest["shards"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BadInputError(f"{directory}: not a folder written by kg extract-corpus ({exc})") from exc


def expand_shard_folders(paths: tuple[Path, ...]) -> list[Path]:
    """`paths` with each folder written by kg extract-corpus replaced by its shards (for `kg load DIR`)."""
    expanded: list[Path] = []
    for path in paths:
        expanded.extend(shard_paths(path) if path.is_dir() and (path / MANIFEST).is_file() else [path])
    return expanded


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
