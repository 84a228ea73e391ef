"""GraphStore: the operations the commands use, kept by KGStore (embedded) and RemoteStore (a SPARQL server)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import IO, Protocol

import pyoxigraph as ox
from rdflib import Graph


class GraphStore(Protocol):
    """A quad store of one named graph per article, written a whole graph at a time."""

    def replace_graph(self, iri: str, graph: Graph | Iterable[ox.Triple]) -> int:
        """Replace the named graph `iri` with `graph`'s triples at once; return its size."""
        ...

    def remove_graph(self, iri: str) -> bool:
        """Remove the named graph `iri`; return whether it existed."""
        ...

    def has_graph(self, iri: str) -> bool:
        """Whether the named graph `iri` exists."""
        ...

    def graph_iris(self) -> list[str]:
        """The IRIs of all named graphs, sorted."""
        ...

    def graph_sizes(self) -> dict[str, int]:
        """The number of triples in each named graph, by IRI, sorted."""
        ...

    def quads(self, graph: str | None = None, *, without: str | None = None) -> list[ox.Quad]:
        """Every quad of one named graph, or of the whole store (leaving out the graph `without`)."""
        ...

    def data_pattern(self, pattern: str) -> str:
        """A group pattern matching `pattern` in the store's data over the union default graph.

        A server's own graphs (Virtuoso's schemas) are left out, as `graph_iris` leaves them out.
        """
        ...

    def count(self, graph: str | None = None) -> int:
        """The number of quads in one named graph, or in the whole store."""
        ...

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
        """Run a query; the default graph is the union of the named graphs unless graphs are named."""
        ...

    @property
    def bulk_load_threads(self) -> int:
        """How many `bulk_load_stream` calls may run at once, each in its own thread, at most."""
        ...

    def bulk_load_stream(
        self,
        source: IO[bytes],
        fmt: ox.RdfFormat,
        graph: str | None,
        base_iri: str | None = None,
        *,
        name: str = "the input",
    ) -> None:
        """Load a byte stream (called `name` in errors) all or nothing; its default-graph triples go to `graph`."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...

    def __enter__(self) -> GraphStore:
        """Use the store in a `with` block that closes it."""
        ...

    def __exit__(self, *exc: object) -> None:
        """Close the store."""
        ...
