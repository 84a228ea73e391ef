"""A staging graph left by a killed replacing load is dropped by the next writer, old stores included.

The killed load itself is run in tests/test_load_interrupted.py; here the leftovers are laid out by
hand: a staging graph announced by its marker, and one left by a kg that wrote no markers.
"""

from __future__ import annotations

from pathlib import Path

from kg.store import KGStore, staging_graph_iri
from kg.store.leftovers import STAGING_MARKED, mark_staging_graph

KEPT = "http://example.org/graph/kept"


def fill(store: KGStore, graph: str) -> None:
    """Put one triple in `graph`."""
    store.update(f'INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/s> <http://example.org/p> "o" }} }}')


def test_a_marked_staging_graph_is_dropped_when_the_store_is_next_opened(tmp_path: Path) -> None:
    staging = staging_graph_iri()
    with KGStore.open(tmp_path) as store:
        fill(store, KEPT)
        mark_staging_graph(tmp_path, staging)
        fill(store, staging)
        assert staging in store.graph_iris()
    with KGStore.open(tmp_path) as store:
        assert store.graph_iris() == [KEPT]
    assert not [p.name for p in tmp_path.glob("staging-*") if p.name != STAGING_MARKED]


def test_a_staging_graph_of_a_kg_without_markers_is_dropped_once(tmp_path: Path) -> None:
    staging = staging_graph_iri()
    with KGStore.open(tmp_path) as store:
        fill(store, KEPT)
        fill(store, staging)
    (tmp_path / STAGING_MARKED).unlink()  # the store as an older kg left it
    with KGStore.open(tmp_path) as store:
        assert store.graph_iris() == [KEPT]
    assert (tmp_path / STAGING_MARKED).is_file()


def test_a_graph_that_is_no_staging_graph_leaves_no_marker(tmp_path: Path) -> None:
    mark_staging_graph(tmp_path, KEPT)
    mark_staging_graph(tmp_path, "urn:spacekg:loading:../../elsewhere")
    assert list(tmp_path.iterdir()) == []
