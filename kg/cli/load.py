"""`kg load`: bulk-load RDF files into the store with Oxigraph's bulk loader, one named graph per file."""

from __future__ import annotations

import gzip
import io
import re
import sys
import tempfile
import time
import xml.parsers.expat
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import click
import pyoxigraph as ox
from tqdm import tqdm

from kg.cli.bulkload import bulk_load
from kg.cli.common import check_iri, open_store
from kg.cli.loadchain import CHUNK_BYTES, JoinedInput, SharedLabelsError, locate_line
from kg.cli.main import cli
from kg.errors import BadInputError, EntityDeclarationError, KGError, NestingDepthError, NotFoundError
from kg.rdf.formats import RdfFormatInfo, find_format, format_for_path
from kg.rdf.inputguard import guard_input
from kg.rdf.read import describe_parse_error
from kg.settings import Settings
from kg.shards import MANIFEST, shard_paths
from kg.store import staging_graph_iri
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


@dataclass(frozen=True)
class LoadJob:
    """One file to load: where it is, how to parse it, and which graph gets its (default-graph) triples."""

    path: Path
    fmt: RdfFormatInfo
    graph: str
    flatten: bool
    size: int


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
    all or nothing.
    RDF/XML that declares DTD entities (<!ENTITY) is refused. A load killed half-way leaves nothing
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
        replaced: set[str] = set()
        done = 0
        with bar if bar is not None else nullcontext():
            for group in group_jobs(jobs):
                for offset, job in enumerate(group):
                    if bar is not None:
                        bar.set_postfix_str(f"file {done + offset + 1}/{len(jobs)}", refresh=False)
                    else:
                        keeps_graphs = job.fmt.has_graphs and not job.flatten
                        where = f"its own graphs, default graph -> <{job.graph}>" if keeps_graphs else f"<{job.graph}>"
                        click.echo(f"{job.path} -> {where}", err=True)
                # With --replace, the first file into a graph replaces it and the next ones add to it.
                swap = replace and group[0].graph not in replaced
                try:
                    load_group(store, group, base_iri, swap, bar.update if bar is not None else None)
                except KGError as exc:
                    raise explain_partial(exc, jobs[:done], len(group)) from exc
                replaced.add(group[0].graph)
                done += len(group)
        after = store.count()
    seconds = time.perf_counter() - started
    files_word = "file" if len(jobs) == 1 else "files"
    click.echo(
        f"Loaded {len(jobs)} {files_word}: {after - before:+,} triples (the store holds {after:,}) in {seconds:.2f} s."
    )


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


def file_graph_iri(path: Path, base: str) -> str:
    """The graph a file's triples go to by default: BASE/graph/file/<slug of the name without extensions>."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    slug = SLUG_JUNK.sub("-", stem.lower()).strip("-") or "unnamed"
    return f"{base}graph/file/{slug}"


def load_group(
    store: GraphStore,
    group: list[LoadJob],
    base_iri: str | None,
    replace: bool,
    on_bytes: Callable[[int], None] | None,
) -> None:
    """Bulk-load a run of files into one graph as one document, all or nothing (one by one if they need it)."""
    if len(group) == 1:
        load_file(store, group[0], base_iri, replace, on_bytes)
        return
    first = group[0]
    target = staging_graph_iri() if replace else first.graph
    paths = [job.path for job in group]
    name = f"{first.path} (with the {len(group) - 1} files after it)"
    joined = JoinedInput(paths, lambda path: open_input(path, on_bytes))
    try:
        with io.BufferedReader(joined, buffer_size=CHUNK_BYTES) as source:
            store.bulk_load_stream(source, first.fmt.ox_format, target, base_iri, name=name)
    except SharedLabelsError:
        # Nothing was loaded: blank node labels are the file's own, so each file is parsed alone.
        for index, job in enumerate(group):
            load_file(store, job, base_iri, replace and index == 0, on_bytes)
        return
    except BadInputError as exc:
        raise BadInputError(explain_group_error(exc, group, joined.current, name)) from exc
    if replace:
        swap_in(store, target, first.graph)


def explain_group_error(exc: BadInputError, group: list[LoadJob], current: Path | None, name: str) -> str:
    """Say which file of a run loaded as one document is wrong, and where in it."""
    cause = exc.__cause__
    message = str(exc)
    if isinstance(cause, SyntaxError) and cause.lineno is not None:
        path, line = locate_line([job.path for job in group], cause.lineno, read_chunks)
        message = message.replace(f"line {cause.lineno}", f"line {line}", 1)
    else:
        path = current or group[0].path
        message = message.replace(name, str(path), 1)
    job = next(job for job in group if job.path == path)
    return explain_parse_error(BadInputError(message), job)


def read_chunks(path: Path) -> Iterator[bytes]:
    """The bytes of a file (gunzipped), chunk by chunk."""
    with open_input(path, None) as stream:
        yield from iter(lambda: stream.read(CHUNK_BYTES), b"")


def swap_in(store: GraphStore, staging: str, graph: str) -> None:
    """Replace `graph` with the staging graph a replacing load filled, and drop the staging graph."""
    try:
        store.update(f"DROP SILENT GRAPH <{graph}> ; MOVE SILENT GRAPH <{staging}> TO GRAPH <{graph}>")
    finally:
        store.update(f"DROP SILENT GRAPH <{staging}>")


def load_file(
    store: GraphStore, job: LoadJob, base_iri: str | None, replace: bool, on_bytes: Callable[[int], None] | None
) -> None:
    """Bulk-load one file into the store, all or nothing; with `replace`, swap it in for its graph."""
    target = staging_graph_iri() if replace else job.graph
    try:
        with open_input(job.path, on_bytes) as source:
            if job.flatten:
                guarded = guard_input(source, job.fmt.ox_format, str(job.path))
                with flatten_to_ntriples(guarded, job, base_iri) as triples:
                    store.bulk_load_stream(triples, ox.RdfFormat.N_TRIPLES, target)
            else:
                store.bulk_load_stream(source, job.fmt.ox_format, target, base_iri, name=str(job.path))
    except BadInputError as exc:
        raise BadInputError(explain_parse_error(exc, job)) from exc
    if replace:
        swap_in(store, target, job.graph)


@contextmanager
def open_input(path: Path, on_bytes: Callable[[int], None] | None) -> Iterator[IO[bytes]]:
    """Open a file (gunzipping .gz) as a byte stream that reports progress and turns read errors into BadInputError."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror}") from exc
    with raw:
        stream: IO[bytes] = raw
        if path.name.lower().endswith(".gz"):
            stream = gzip.GzipFile(fileobj=raw)  # type: ignore[assignment]
        yield io.BufferedReader(ProgressReader(stream, raw, path, on_bytes), buffer_size=1 << 16)


class ProgressReader(io.RawIOBase):
    """A raw reader over `stream` that reports how far into the file on disk it has read."""

    def __init__(self, stream: IO[bytes], raw: IO[bytes], path: Path, on_bytes: Callable[[int], None] | None) -> None:
        super().__init__()
        self._stream, self._raw, self._path, self._on_bytes = stream, raw, path, on_bytes
        self._position = 0

    def readable(self) -> bool:
        """Whether the stream can be read (always)."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Read into `buffer`, reporting progress; a bad gzip stream becomes a BadInputError."""
        try:
            count = self._stream.readinto(buffer)  # type: ignore[attr-defined]
        except (OSError, EOFError, zlib.error) as exc:
            raise BadInputError(f"cannot read {self._path}: {exc}") from exc
        if self._on_bytes is not None:
            position = self._raw.tell()
            self._on_bytes(position - self._position)
            self._position = position
        return int(count or 0)


@contextmanager
def flatten_to_ntriples(source: IO[bytes], job: LoadJob, base_iri: str | None) -> Iterator[IO[bytes]]:
    """Write a quad file's triples, whatever their graph, to a temporary N-Triples file (for --graph)."""
    with tempfile.TemporaryFile(prefix="kg-load-", suffix=".nt") as out:
        try:
            quads = ox.parse(source, format=job.fmt.ox_format, base_iri=base_iri)
            ox.serialize((quad.triple for quad in quads), out, format=ox.RdfFormat.N_TRIPLES)
        except SyntaxError as exc:
            raise BadInputError(describe_parse_error(exc)) from exc
        out.seek(0)
        yield out


def explain_parse_error(exc: BadInputError, job: LoadJob) -> str:
    """Say what is wrong and where, adding the XML position the RDF/XML parser leaves out."""
    message = str(exc)
    if message.startswith(f"cannot read {job.path}") or isinstance(exc, (EntityDeclarationError, NestingDepthError)):
        return message
    where = f"{job.path}: {job.fmt.name} syntax error"
    if "LoadDocumentCallback" in message:
        return f"{where}: it needs a remote JSON-LD context, which kg never downloads; inline the context"
    if job.fmt.ox_format == ox.RdfFormat.RDF_XML and not message.startswith("line "):
        position = find_xml_error(job.path)
        if position:
            return f"{where} at {position}: {message}"
    return f"{where} at {message}" if message.startswith("line ") else f"{where}: {message}"


def find_xml_error(path: Path) -> str | None:
    """The 'line L, column C' of the first XML well-formedness error in a file, or None."""
    parser = xml.parsers.expat.ParserCreate()
    try:
        with open_input(path, None) as stream:
            parser.ParseFile(stream)
    except xml.parsers.expat.ExpatError as exc:
        return f"line {exc.lineno}, column {exc.offset + 1}"
    except KGError:
        return None
    return None


def explain_partial(exc: KGError, done: list[LoadJob], together: int = 1) -> KGError:
    """Add to an error which earlier files stay loaded (each run of files is all or nothing, a load is not)."""
    what = "it" if together == 1 else f"it, nor of the {together - 1} other files loaded with it,"
    if not done:
        return exc if together == 1 else type(exc)(f"{exc} (nothing of {what} was loaded)")
    names = ", ".join(str(job.path) for job in done[:3]) + (", ..." if len(done) > 3 else "")
    return type(exc)(f"{exc} (nothing of {what} was loaded; the {len(done)} file(s) before it were: {names})")
