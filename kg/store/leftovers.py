"""What a killed `kg load` can leave in a store directory, and its removal by the next writer.

A replacing load fills a staging graph, then swaps it in for its target in one update; Oxigraph's
bulk loader writes SST files in the store directory before it ingests them. Each staging graph is
announced by a marker file beside the store before it gets any data, so the next writer drops the
staging graphs its markers name instead of listing every graph of the store on each opening (that
listing grew with the store and slowed a long ingest, which opens the store for every few articles).
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from kg.store.core import KGStore

# A replacing load fills a graph of this name first, then swaps it in for the target in one update.
STAGING_GRAPH_PREFIX = "urn:spacekg:loading:"
# The files Oxigraph's bulk loader writes in the store directory before it ingests them.
BULK_LOAD_FILES = "bulk-*.sst"
# One marker per staging graph a load has started to fill: `staging-<the graph's hex suffix>`.
STAGING_MARKER = "staging-"
# Present once every staging graph of the store is announced by a marker (kg before markers announced none).
STAGING_MARKED = "staging-marked"
_SUFFIX = re.compile(r"[0-9a-f]{8,64}")


def staging_graph_iri() -> str:
    """A fresh name for the graph that a replacing load fills before it swaps it in."""
    return f"{STAGING_GRAPH_PREFIX}{os.urandom(16).hex()}"


def mark_staging_graph(directory: Path | None, graph: str | None) -> None:
    """Before a load fills `graph`: if it is a staging graph, leave its marker in the store `directory`."""
    suffix = (graph or "").removeprefix(STAGING_GRAPH_PREFIX)
    if directory is None or not graph or suffix == graph or not _SUFFIX.fullmatch(suffix):
        return
    marker = directory / f"{STAGING_MARKER}{suffix}"
    with marker.open("wb") as out:
        os.fsync(out.fileno())


def remove_load_leftovers(store: KGStore) -> None:
    """Remove what killed bulk loads left in a store just opened read-write: staging graphs and SST files.

    A load runs in a process that holds the store open read-write, and RocksDB's own lock lets only
    one process do that at a time; so once we hold it, whatever a load left here belongs to a
    process that is gone. (A finished load removes its staging graph and its files itself.)
    """
    directory = store.directory
    if directory is None:
        return
    with contextlib.suppress(OSError):  # a file we cannot list or remove only takes room
        for path in list(directory.glob(BULK_LOAD_FILES)):
            with contextlib.suppress(OSError):
                path.unlink()
    markers = [p for p in directory.glob(f"{STAGING_MARKER}*") if p.name != STAGING_MARKED]
    marked = (directory / STAGING_MARKED).is_file()
    if marked:
        staging = [STAGING_GRAPH_PREFIX + p.name.removeprefix(STAGING_MARKER) for p in markers]
    else:  # once per store: a load of an older kg may have left a staging graph without a marker
        staging = [
            g.value
            for g in store.native.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING_GRAPH_PREFIX)
        ]
    for iri in staging:
        store.update(f"DROP SILENT GRAPH <{iri}>")
    for marker in markers:
        with contextlib.suppress(OSError):
            marker.unlink()
    if not marked:
        (directory / STAGING_MARKED).touch()
