"""`kg load`: bulk-load RDF files into the store with Oxigraph's bulk loader, one named graph per file."""

from __future__ import annotations

import os
import re
import sys
import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import NoReturn

import click
import pyoxigraph as ox
from tqdm import tqdm

from kg.cli.bulkload import bulk_load
from kg.cli.common import check_iri, open_store
from kg.cli.loadpool import RunFailedError, run_in_order
from kg.cli.loadrun import LoadJob, load_group
from kg.cli.main import cli
from kg.errors import BadInputError, KGError, NotFoundError
from kg.manifest import MANIFEST, shard_paths
from kg.rdf.formats import find_format, format_for_path
from kg.settings import Settings
from kg.store.protocol import GraphStore

PROGRESS_FROM_FILES = 5
PROGRESS_FROM_BYTES = 16 * 1024 * 1024
# Bytes read of all the files' bytes, so that the time left holds for one big file too
# (tqdm puts ", " before the postfix, the file being loaded).
_BAR = "{desc}{postfix}: {n_fmt}B/{total_fmt}B |{bar}| [{elapsed}, {remaining} left, {rate_fmt}]"
SLUG_JUNK = re.compile(r"[^a-z0-9]+")
# Line-based formats: their files, one after another, are one document of the same format.
JOINABLE = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)
# Oxigraph's bulk loader costs a fixed share per load (its sorted files written and ingested) and holds
# in memory what it loads, so files are joined up to this many bytes on disk (~130,000 gzipped quads).
JOINED_BYTES = 2 << 20


@cli.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "format_name", help="Parse every FILE as this format (turtle, trig, nt, nq, jsonld, rdfxml).")
@click.option("--graph", help="Load every FILE into this named graph (quad files too).")
@click.option("--replace", is_flag=True, help="Replace the target graph instead of adding to it (all or nothing).")
@click.option("--base", "base_iri", help="Base IRI for relative IRIs in the files.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: for many or big files when stderr is a terminal).",
)
@click.option(
    "--threads",
    type=click.IntRange(min=1),
    help="Runs of files loaded at once, one a thread (default: one a core; at most 4; one at a time with "
    "--replace, on a SPARQL server, or for a file over 2 MiB).",
)
@click.option("--bulk", metavar="SERVER", help="Use the server's own loader (oxigraph, virtuoso): print its command.")
@click.option(
    "--location", type=click.Path(path_type=Path), help="With --bulk oxigraph: run it on this data directory."
)
@click.option(
    "--isql", metavar="HOST:PORT", help="With --bulk virtuoso: run it through isql there (KG_STORE_USER/_PASSWORD)."
)
@click.pass_obj
def load_command(
    settings: Settings,
    files: tuple[Path, ...],
    format_name: str | None,
    graph: str | None,
    replace: bool,
    base_iri: str | None,
    progress: bool | None,
    threads: int | None,
    bulk: str | None,
    location: Path | None,
    isql: str | None,
) -> None:
    """Bulk-load RDF FILES (Turtle, TriG, N-Triples, N-Quads, RDF/XML, JSON-LD; .gz too) into the store.

    Each file goes into the named graph <BASE/graph/file/NAME> (NAME from the file name) unless --graph
    is given; quad files (TriG, N-Quads, JSON-LD) keep their own named graphs and only their default
    graph goes there. A file is loaded all or nothing: a syntax error leaves none of it in the store.
    N-Triples or N-Quads files one after another into the same graph (the shards of a folder, whose
    triples outside named graphs go to the folder's graph) are loaded a few MiB at a time, each run
    all or nothing. Runs are loaded side by side, one a core (--threads); when one fails, the runs
    before it are loaded, and the error says which files were.
    RDF/XML that declares DTD entities (<!ENTITY) is refused. A run killed half-way leaves nothing
    behind once the next kg command opens the store.

    \b
    Examples:
      kg load missions.ttl crews.nt.gz
      kg load shards/                  # the shards a kg extract-corpus wrote (its manifest lists them)
      kg --store /tmp/kg load dump.nq --graph https://w3id.org/spacekg/graph/dump --replace
      kg load shards/ --bulk oxigraph  # prints the oxigraph load command for the shards
    """
    jobs = plan_jobs(files, settings.base_iri, format_name, graph, replace)
    if bulk is not None:
        bulk_load(settings, [(job.path, job.graph) for job in jobs], bulk, location, isql)
        return
    if base_iri is not None:
        check_iri(base_iri, "--base")
    total_bytes = sum(job.size for job in jobs)
    many = len(jobs) >= PROGRESS_FROM_FILES or total_bytes >= PROGRESS_FROM_BYTES
    show = progress if progress is not None else many and sys.stderr.isatty()
    started = time.perf_counter()
    with open_store(settings, create=True) as store:
        before = store.count()
        bar = (
            tqdm(total=total_bytes, desc="Loading", unit="B", unit_scale=True, file=sys.stderr, bar_format=_BAR)
            if show
            else None
        )
        groups = group_jobs(jobs)
        # With --replace, runs into one graph must go in order (the first replaces it).
        wanted = 1 if replace else threads or os.cpu_count() or 1
        at_once = min(wanted, store.bulk_load_threads)
        runs = RunLoader(store, groups, base_iri, replace, bar)
        with bar if bar is not None else nullcontext():
            for segment, side_by_side in plan_segments(groups):
                runs.load_segment(segment, at_once if side_by_side else 1)
        after = store.count()
    seconds = time.perf_counter() - started
    files_word = "file" if len(jobs) == 1 else "files"
    click.echo(
        f"Loaded {len(jobs)} {files_word}: {after - before:+,} triples (the store holds {after:,}) in {seconds:.2f} s."
    )


@dataclass
class RunLoader:
    """Loads the runs of files of one `kg load`, naming each file as it begins (or moving the progress bar)."""

    store: GraphStore
    groups: list[list[LoadJob]]
    base_iri: str | None
    replace: bool
    bar: tqdm[NoReturn] | None
    replaced: set[str] = field(default_factory=set)
    loaded: list[LoadJob] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = list(accumulate((len(group) for group in self.groups), initial=0))
        self.total = self.starts[-1]
        self.lock = threading.Lock()  # runs report from their own threads

    def load_segment(self, segment: list[int], threads: int) -> None:
        """Load these runs, `threads` at a time; the error of one that fails says what was loaded and what not."""
        try:
            run_in_order(len(segment), lambda index, check: self.load(segment[index], check), threads)
        except RunFailedError as failed:
            if not isinstance(failed.error, KGError):
                raise failed.error from None
            jobs = [job for group in self.groups for job in group]
            run = self.groups[segment[failed.index]]
            raise explain_partial(failed.error, run, self.loaded, jobs) from failed.error

    def load(self, index: int, check: Callable[[], None]) -> None:
        """Load run `index` all or nothing, calling `check` at each read of its input (it may stop the run)."""
        group = self.groups[index]
        for offset, job in enumerate(group):
            with self.lock:
                if self.bar is not None:
                    self.bar.set_postfix_str(f"file {self.starts[index] + offset + 1}/{self.total}", refresh=False)
                else:
                    keeps_graphs = job.fmt.has_graphs and not job.flatten
                    where = f"its own graphs, default graph -> <{job.graph}>" if keeps_graphs else f"<{job.graph}>"
                    click.echo(f"{job.path} -> {where}", err=True)

        def on_bytes(count: int) -> None:
            check()
            if self.bar is not None:
                with self.lock:
                    self.bar.update(count)

        # With --replace, the first file into a graph replaces it and the next ones add to it.
        swap = self.replace and group[0].graph not in self.replaced
        load_group(self.store, group, self.base_iri, swap, on_bytes, self.record)
        self.replaced.add(group[0].graph)

    def record(self, jobs: list[LoadJob]) -> None:
        """Note files whose load was committed."""
        with self.lock:
            self.loaded.extend(jobs)


def plan_jobs(
    files: tuple[Path, ...], base: str, format_name: str | None, graph: str | None, replace: bool
) -> list[LoadJob]:
    """Check every file before loading any, and decide its format and target graph."""
    if graph is not None:
        check_iri(graph, "--graph")
    forced = find_format(format_name) if format_name else None
    jobs = []
    for path, folder_graph in expand_folders(files, base):
        if not path.exists():
            raise NotFoundError(f"no such file: {path}")
        if not path.is_file():
            raise BadInputError(f"not a file: {path}")
        fmt = forced or format_for_path(path)
        if replace and graph is None and fmt.has_graphs:
            raise BadInputError(
                f"--replace needs --graph for {path}: a {fmt.name} file names its own graphs, so there is "
                "no single graph to replace"
            )
        target = graph or folder_graph or file_graph_iri(path, base)
        jobs.append(LoadJob(path, fmt, target, flatten=graph is not None and fmt.has_graphs, size=path.stat().st_size))
    return jobs


def expand_folders(files: tuple[Path, ...], base: str) -> list[tuple[Path, str | None]]:
    """Each file, with each folder of kg extract-corpus replaced by its shards and that folder's graph.

    A folder's shards share one graph for their triples outside named graphs (kg extract-corpus
    writes none), so that they load together as one file.
    """
    expanded: list[tuple[Path, str | None]] = []
    for path in files:
        if path.is_dir() and (path / MANIFEST).is_file():
            folder_graph = file_graph_iri(path, base)
            expanded.extend((shard, folder_graph) for shard in shard_paths(path))
        else:
            expanded.append((path, None))
    return expanded


def group_jobs(jobs: list[LoadJob]) -> list[list[LoadJob]]:
    """The jobs in runs that one bulk load can take: files of one line-based format into one graph."""
    groups: list[list[LoadJob]] = []
    size = 0
    for job in jobs:
        last = groups[-1][-1] if groups else None
        same = last is not None and (last.fmt.ox_format, last.graph) == (job.fmt.ox_format, job.graph)
        if same and job.fmt.ox_format in JOINABLE and not job.flatten and size + job.size <= JOINED_BYTES:
            groups[-1].append(job)
            size += job.size
        else:
            groups.append([job])
            size = job.size
    return groups


def plan_segments(groups: list[list[LoadJob]]) -> list[tuple[list[int], bool]]:
    """The runs in order, in segments: consecutive runs of at most JOINED_BYTES load side by side, a bigger one alone.

    Oxigraph's bulk loader holds what one load takes in memory, so big runs side by side could add up.
    """
    segments: list[tuple[list[int], bool]] = []
    for index, group in enumerate(groups):
        small = sum(job.size for job in group) <= JOINED_BYTES
        if small and segments and segments[-1][1]:
            segments[-1][0].append(index)
        else:
            segments.append(([index], small))
    return segments


def file_graph_iri(path: Path, base: str) -> str:
    """The graph a file's triples go to by default: BASE/graph/file/<slug of the name without extensions>."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    slug = SLUG_JUNK.sub("-", stem.lower()).strip("-") or "unnamed"
    return f"{base}graph/file/{slug}"


def explain_partial(exc: KGError, run: list[LoadJob], loaded: list[LoadJob], jobs: list[LoadJob]) -> KGError:
    """Add to the error of a failed run which files were loaded and which not (each load is all or nothing)."""
    done = {id(job) for job in loaded}
    left = [job for job in run if id(job) not in done]  # the file at fault and the others of its run not loaded
    what = "it" if len(left) <= 1 else f"it, nor of the {len(left) - 1} other files of its run,"
    if not loaded:
        return exc if len(left) <= 1 else type(exc)(f"{exc} (nothing of {what} was loaded)")
    rest = [job for job in jobs if id(job) not in done and all(job is not other for other in left)]
    told = f"nothing of {what} was loaded; {len(loaded)} other file(s) were loaded"
    if rest:
        names = ", ".join(str(job.path) for job in rest[:5]) + (", ..." if len(rest) > 5 else "")
        told += f", {len(rest)} were not: {names}"
    return type(exc)(f"{exc} ({told})")
