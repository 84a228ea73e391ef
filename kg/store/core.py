"""KGStore: the Oxigraph store on disk or in memory, with an rdflib Dataset on oxrdflib as its face.

Only the kg.store package opens oxrdflib or pyoxigraph stores. Every named graph holds one
article (or one loaded file, or the ontology); writes of a graph are single Oxigraph transactions.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.errors import BadInputError, QuerySyntaxError, StoreError
from kg.rdf.convert import graph_to_triples
from kg.rdf.inputguard import guard_input
from kg.rdf.read import describe_parse_error
from kg.sparql.prefixes import find_undeclared_prefix, line_column, offset_of, select_used_prefixes
from kg.store.leftovers import mark_staging_graph, remove_load_leftovers
from kg.store.locks import (
    TURNSTILE,
    WRITER_LOCK,
    WRITER_LOCK_WAIT_S,
    open_lock_file,
    read_lock_record,
    take_reader_lock,
    take_writer_lock,
)
from kg.store.search import IndexUpkeep

# Each bulk load holds its parsed quads in memory until it writes them: a bound on threads is one on memory.
MAX_BULK_LOAD_THREADS = 4
SYNTAX_ERROR = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


class KGStore:
    """A persistent or in-memory quad store with atomic per-graph replace and remove."""

    def __init__(self, native: ox.Store, directory: Path | None = None) -> None:
        self.directory = directory
        self.native = native
        self.writer_lock: int | None = None
        self.upkeep: IndexUpkeep | None = None
        self.dataset = Dataset(store=OxigraphStore(store=native), default_union=True)

    @classmethod
    def open(cls, directory: Path | None, *, read_only: bool = False) -> KGStore:
        """Open (creating it if needed) the store in `directory`, or an in-memory store for None."""
        if directory is None:
            return cls(ox.Store())
        writer_lock = None
        try:
            if read_only:
                return cls(ox.Store.read_only(str(directory)), directory)
            if directory.exists() and not directory.is_dir():
                raise StoreError(f"cannot open the store in {directory}: it is a file, not a directory")
            directory.mkdir(parents=True, exist_ok=True)
            writer_lock = take_writer_lock(directory)
            store = cls(ox.Store(str(directory)), directory)
            store.writer_lock = writer_lock
            record = read_lock_record(writer_lock)
            store.upkeep = IndexUpkeep(directory, record.previous, record.generation)
            try:
                remove_load_leftovers(store)
            except StoreError:
                store.close()
                raise
            return store
        except OSError as exc:
            if writer_lock is not None:
                os.close(writer_lock)
            raise StoreError(f"cannot open the store in {directory}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        """Flush and release the store (and its lock on the directory), bringing the search index up to date."""
        with contextlib.suppress(OSError, RuntimeError):  # read-only stores refuse to flush
            self.native.flush()
        if self.upkeep is not None:
            upkeep, self.upkeep = self.upkeep, None
            with contextlib.suppress(StoreError, sqlite3.Error):  # left dirty, the index is rebuilt when next opened
                upkeep.finish(self.native)
        self.dataset.close()
        del self.dataset
        del self.native
        if self.writer_lock is not None:
            os.close(self.writer_lock)
            self.writer_lock = None

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def replace_graph(self, iri: str, graph: Graph | Iterable[ox.Triple] | Iterable[ox.Quad]) -> int:
        """Replace the named graph `iri` with `graph`'s triples (or quads in it) in one transaction; return its size."""
        items: list[ox.Triple | ox.Quad] = [*graph_to_triples(graph)] if isinstance(graph, Graph) else [*graph]
        name = ox.NamedNode(iri)
        self.note_write([iri])
        if not self.native.contains_named_graph(name):
            # A new graph needs no DROP: adding its quads is one transaction, without parsing an update.
            quads = (t if isinstance(t, ox.Quad) else ox.Quad(t.subject, t.predicate, t.object, name) for t in items)
            try:
                self.native.extend(quads)
            except OSError as exc:
                raise StoreError(f"cannot write the store: {exc}") from exc
            return self.count(iri)
        triples = [t.triple if isinstance(t, ox.Quad) else t for t in items]
        data = bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
        # One update is one transaction, so a crash never leaves half an article behind.
        self._update(f"DROP SILENT GRAPH <{iri}> ; INSERT DATA {{ GRAPH <{iri}> {{ {data.decode('utf-8')} }} }}")
        return self.count(iri)

    def add_new_graphs(self, iris: Collection[str], quads: Iterable[ox.Quad]) -> None:
        """Write several graphs that the store does not hold yet, all of them in one transaction.

        The caller checks that none of `iris` exists (`has_graph`); `quads` are theirs only.
        """
        self.note_write(iris)
        try:
            self.native.extend(quads)
        except OSError as exc:
            raise StoreError(f"cannot write the store: {exc}") from exc

    def remove_graph(self, iri: str) -> bool:
        """Remove the named graph `iri` and every statement in it; return whether it existed."""
        name = ox.NamedNode(iri)
        if not self.native.contains_named_graph(name):
            return False
        self.note_write([iri])
        self._update(f"DROP GRAPH <{iri}>")
        return True

    def has_graph(self, iri: str) -> bool:
        """Whether the named graph `iri` exists."""
        return bool(self.native.contains_named_graph(ox.NamedNode(iri)))

    def graph_iris(self) -> list[str]:
        """The IRIs of all named graphs, sorted."""
        return sorted(g.value for g in self.native.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_sizes(self) -> dict[str, int]:
        """The number of triples in each named graph, by IRI, sorted."""
        return {iri: self.count(iri) for iri in self.graph_iris()}

    def data_pattern(self, pattern: str) -> str:
        """A group pattern matching `pattern` in the store's data over the union default graph."""
        return f"{{ {pattern} }}"

    def quads(self, graph: str | None = None, *, without: str | None = None) -> list[ox.Quad]:
        """Every quad of one named graph, or of the whole store (leaving out the graph `without`)."""
        pattern = ox.NamedNode(graph) if graph is not None else None
        left_out = ox.NamedNode(without) if without is not None else None
        return [q for q in self.native.quads_for_pattern(None, None, None, pattern) if q.graph_name != left_out]

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads as they are (for in-memory stores built from a file)."""
        self.native.extend(quads)

    def count(self, graph: str | None = None) -> int:
        """The number of quads in one named graph, or in the whole store."""
        if graph is None:
            return len(self.native)
        # Counted by the engine: iterating the quads in Python cost more than writing them.
        rows = self.native.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}")
        assert isinstance(rows, ox.QuerySolutions)
        return int(next(iter(rows))["n"].value)

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query over the union of all graphs and return rdflib's Result."""
        try:
            return self.dataset.query(sparql)
        except SyntaxError as exc:
            raise describe_syntax_error(exc) from exc

    def native_query(
        self,
        sparql: str,
        *,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        base_iri: str | None = None,
        own_dataset: bool = False,
        prefixes: Mapping[str, str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a query on the Oxigraph engine; the default graph is the union unless graphs are named.

        With `own_dataset`, the query's FROM and FROM NAMED clauses define its dataset (Oxigraph
        ignores them when it is asked for the union). `prefixes` may be used without PREFIX
        (kg.terms.project_prefixes); the query's own declarations win.
        """
        kwargs: dict[str, object] = {}
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        elif not named_graphs and not own_dataset:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
            if not default_graphs:
                kwargs["default_graph"] = ox.DefaultGraph()
        try:
            return self.native.query(
                sparql,
                base_iri=base_iri,
                prefixes=select_used_prefixes(sparql, prefixes) if prefixes else None,
                **kwargs,  # type: ignore[arg-type]
            )
        except SyntaxError as exc:
            raise describe_syntax_error(exc, sparql, prefixes or ()) from exc

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction."""
        self.note_write(None)
        self._update(sparql)

    def bulk_load(self, path: Path, fmt: ox.RdfFormat, graph: str | None) -> None:
        """Bulk-load a file all or nothing into `graph` (or the default graph)."""
        try:
            source = path.open("rb")
        except OSError as exc:
            raise BadInputError(f"cannot read {path}: {exc.strerror}") from exc
        with source:
            self.bulk_load_stream(source, fmt, graph, name=str(path))

    @property
    def bulk_load_threads(self) -> int:
        """How many `bulk_load_stream` calls may run at once, each in its own thread."""
        return MAX_BULK_LOAD_THREADS

    def bulk_load_stream(
        self,
        source: IO[bytes],
        fmt: ox.RdfFormat,
        graph: str | None,
        base_iri: str | None = None,
        *,
        name: str = "the input",
    ) -> None:
        """Bulk-load a byte stream (called `name` in errors) all or nothing; its default-graph triples go to `graph`."""
        to_graph = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        source = guard_input(source, fmt, name)
        self.note_write(None)
        mark_staging_graph(self.directory, graph)
        try:
            # In pyoxigraph 0.5 the bulk loader commits once at the end, so a bad file adds nothing.
            self.native.bulk_load(input=source, format=fmt, to_graph=to_graph, base_iri=base_iri)
        except SyntaxError as exc:
            raise BadInputError(describe_parse_error(exc)) from exc
        except OSError as exc:
            raise StoreError(f"cannot write the store: {exc}") from exc

    def note_write(self, graphs: Iterable[str] | None) -> None:
        """Before a write: tell the search index which graphs it touches (None: any); every write must."""
        if self.upkeep is not None:
            self.upkeep.note(graphs)

    def _update(self, sparql: str) -> None:
        try:
            self.native.update(sparql)
        except SyntaxError as exc:
            raise describe_syntax_error(exc, sparql) from exc
        except OSError as exc:
            raise StoreError(f"cannot write the store: {exc}") from exc


def writer_started_from(store: KGStore) -> str | None:
    """The generation the store was at when `store` (opened read-write) took the writer lock."""
    return read_lock_record(store.writer_lock).previous if store.writer_lock is not None else None


@contextlib.contextmanager
def open_reader(directory: Path, wait_s: float = WRITER_LOCK_WAIT_S) -> Iterator[tuple[KGStore, str]]:
    """Yield a read-only view of the store in `directory` and its generation, under the readers' shared lock."""
    fds: list[int] = []
    try:
        try:
            for name in (TURNSTILE, WRITER_LOCK):
                fds.append(open_lock_file(directory, name))
        except OSError as exc:
            raise StoreError(f"cannot open the store in {directory}: {exc.strerror or exc}") from exc
        turnstile, fd = fds
        take_reader_lock(directory, turnstile, fd, wait_s)
        generation = read_lock_record(fd).generation
        with KGStore.open(directory, read_only=True) as store:
            yield store, generation
    finally:
        for opened in fds:
            os.close(opened)


def describe_syntax_error(
    exc: SyntaxError, sparql: str | None = None, predeclared: Collection[str] = ()
) -> QuerySyntaxError:
    """Turn Oxigraph's parser error on `sparql` into a one-line message with the line and column.

    A prefix used before the error and declared neither in the text nor in `predeclared` is named,
    since the parser's own message for it lists the characters it expected.
    """
    text = str(exc)
    match = SYNTAX_ERROR.match(text)
    if not match:
        return QuerySyntaxError(f"malformed SPARQL: {text.splitlines()[0] if text else 'syntax error'}")
    line, column, rest = match.groups()
    missing = find_undeclared_prefix(sparql, predeclared) if sparql is not None else None
    if sparql is not None and missing is not None and missing.offset <= offset_of(sparql, int(line), int(column)):
        at_line, at_column = line_column(sparql, missing.offset)
        name = f"{missing.prefix}:"
        return QuerySyntaxError(
            f"malformed SPARQL at line {at_line}, column {at_column}: "
            f"the prefix '{name}' is not declared; add PREFIX {name} <...>"
        )
    rest = " ".join(rest.split())
    if len(rest) > 160:
        rest = rest[:157].rsplit(",", 1)[0] + ", ...]"
    return QuerySyntaxError(f"malformed SPARQL at line {line}, column {column}: {rest}")
