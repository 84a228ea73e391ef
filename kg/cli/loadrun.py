"""How one run of files is bulk-loaded into the store, all or nothing, and how its errors are told."""

from __future__ import annotations

import gzip
import io
import tempfile
import xml.parsers.expat
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.cli.loadchain import CHUNK_BYTES, JoinedInput, SharedLabelsError, locate_line
from kg.errors import BadInputError, EntityDeclarationError, KGError, NestingDepthError
from kg.rdf.formats import RdfFormatInfo
from kg.rdf.inputguard import guard_input
from kg.rdf.read import describe_parse_error
from kg.store import staging_graph_iri
from kg.store.protocol import GraphStore


@dataclass(frozen=True)
class LoadJob:
    """One file to load: where it is, how to parse it, and which graph gets its (default-graph) triples."""

    path: Path
    fmt: RdfFormatInfo
    graph: str
    flatten: bool
    size: int


def load_group(
    store: GraphStore,
    group: list[LoadJob],
    base_iri: str | None,
    replace: bool,
    on_bytes: Callable[[int], None] | None,
    on_loaded: Callable[[list[LoadJob]], None],
) -> None:
    """Bulk-load a run of files into one graph as one document, all or nothing (one by one if they need it).

    `on_loaded` is told the files of each load as it is committed.
    """
    if len(group) == 1:
        load_file(store, group[0], base_iri, replace, on_bytes)
        on_loaded(group)
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
            on_loaded([job])
        return
    except BadInputError as exc:
        raise BadInputError(explain_group_error(exc, group, joined.current, name)) from exc
    if replace:
        swap_in(store, target, first.graph)
    on_loaded(group)


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
