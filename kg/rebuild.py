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
    reports, update = build_aside(paths, settings, on_ontology, on_done)
    with KGStore.open(directory) as store:
        store.update(update)
    return reports


def build_aside(
    paths: list[Path],
    settings: Settings,
    on_ontology: Callable[[int], None] | None = None,
    on_done: Callable[[IngestReport], None] | None = None,
) -> tuple[list[IngestReport], str]:
    """Build the ontology and `paths` in memory: the reports, and the one update that puts the result in place."""
    with KGStore.open(None) as scratch:
        ontology_triples = load_ontology(scratch, settings)
        if on_ontology:
            on_ontology(ontology_triples)
        reports = ingest_articles(scratch, paths, settings, on_done=on_done)
        return reports, replace_everything_update(scratch)


def replace_everything_update(source: KGStore) -> str:
    """One SPARQL update that empties a store and inserts every quad of `source`."""
    graphs: dict[str | None, list[str]] = {}
    solutions = source.native_query(EVERY_QUAD, own_dataset=True)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        graph = row["g"]
        graphs.setdefault(str(graph) if graph is not None else None, []).append(f"{row['s']} {row['p']} {row['o']} .")
    blocks = [
        "\n".join(triples) if graph is None else f"GRAPH {graph} {{\n" + "\n".join(triples) + "\n}"
        for graph, triples in graphs.items()
    ]
    return "CLEAR ALL ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"
