"""`kg build --fresh`: build the whole graph aside, then put it in place of everything the store held, at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from kg.ingest import IngestReport, ingest_articles, load_ontology
from kg.settings import Settings
from kg.store import KGStore

EVERY_QUAD = "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def rebuild_store(
    directory: Path,
    paths: list[Path],
    settings: Settings,
    on_ontology: Callable[[int], None] | None = None,
    on_done: Callable[[IngestReport], None] | None = None,
) -> list[IngestReport]:
    """Build the ontology and `paths` in memory, then replace the store's whole content with it in one transaction.

    A build that fails (an unreadable article, Ctrl-C) stops before the store is touched, and the
    replacement is a single update, so the store holds either what it held or the new graph.
    """
    reports, quads = build_aside(paths, settings, on_ontology, on_done)
    update = replace_everything_update(quads)
    with KGStore.open(directory) as store:
        store.update(update)
    return reports


def build_aside(
    paths: list[Path],
    settings: Settings,
    on_ontology: Callable[[int], None] | None = None,
    on_done: Callable[[IngestReport], None] | None = None,
) -> tuple[list[IngestReport], list[ox.Quad]]:
    """Build the ontology and `paths` in memory: the reports, and every quad of the result."""
    with KGStore.open(None) as scratch:
        ontology_triples = load_ontology(scratch, settings)
        if on_ontology:
            on_ontology(ontology_triples)
        reports = ingest_articles(scratch, paths, settings, on_done=on_done)
        return reports, every_quad(scratch)


def every_quad(source: KGStore) -> list[ox.Quad]:
    """Every quad of `source`, its default graph's included."""
    solutions = source.native_query(EVERY_QUAD, own_dataset=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return [
        ox.Quad(row["s"], row["p"], row["o"], row["g"] if row["g"] is not None else ox.DefaultGraph())
        for row in solutions
    ]


def replace_everything_update(quads: list[ox.Quad]) -> str:
    """One SPARQL update that empties a store and inserts `quads`."""
    graphs: dict[str | None, list[str]] = {}
    for quad in quads:
        graph = quad.graph_name
        key = str(graph) if isinstance(graph, ox.NamedNode) else None
        graphs.setdefault(key, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    blocks = [
        "\n".join(triples) if graph is None else f"GRAPH {graph} {{\n" + "\n".join(triples) + "\n}"
        for graph, triples in graphs.items()
    ]
    return "CLEAR ALL ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"
