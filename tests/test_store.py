"""The store: per-graph replace and remove, atomic writes, persistence, clear errors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import BadInputError, QuerySyntaxError, StoreError
from kg.store import KGStore
from kg.store.locks import take_writer_lock

EX = "http://example.org/"


def small_graph(n: int) -> Graph:
    """A graph of n triples about one subject."""
    graph = Graph()
    for i in range(n):
        graph.add((URIRef(EX + "s"), URIRef(EX + f"p{i}"), Literal(f"value {i}")))
    return graph


def test_replace_graph_replaces_instead_of_adding() -> None:
    store = KGStore.open(None)
    store.replace_graph(EX + "g1", small_graph(5))
    store.replace_graph(EX + "g2", small_graph(2))
    assert store.replace_graph(EX + "g1", small_graph(3)) == 3
    assert store.count() == 5
    assert store.graph_iris() == [EX + "g1", EX + "g2"]


def test_remove_graph_removes_exactly_its_statements() -> None:
    store = KGStore.open(None)
    store.replace_graph(EX + "g1", small_graph(4))
    store.replace_graph(EX + "g2", small_graph(4))
    assert store.remove_graph(EX + "g1")
    assert store.count() == 4
    assert not store.remove_graph(EX + "g1")


def test_a_failing_write_leaves_the_old_graph_whole() -> None:
    store = KGStore.open(None)
    store.replace_graph(EX + "g", small_graph(3))

    def interrupted() -> Iterator[ox.Triple]:
        yield ox.Triple(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal("half"))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.replace_graph(EX + "g", interrupted())
    assert store.count(EX + "g") == 3


def test_store_persists_in_its_directory(tmp_path: Path) -> None:
    with KGStore.open(tmp_path / "store") as store:
        store.replace_graph(EX + "g", small_graph(3))
    with KGStore.open(tmp_path / "store") as store:
        assert store.count() == 3
        assert len(list(store.query(f"SELECT ?o WHERE {{ <{EX}s> ?p ?o }}"))) == 3


def test_a_second_writer_waits_then_gets_a_clear_error(tmp_path: Path) -> None:
    with KGStore.open(tmp_path / "store"), pytest.raises(StoreError, match=rf"waited 0.2 s .* \(pid {os.getpid()}:"):
        take_writer_lock(tmp_path / "store", wait_s=0.2)


def test_syntax_errors_give_line_and_column() -> None:
    store = KGStore.open(None)
    with pytest.raises(QuerySyntaxError, match=r"line 2, column \d+") as info:
        store.native_query("SELECT * WHERE {\n ?s ?p ")
    assert isinstance(info.value, ValueError)


def test_named_default_graphs_restrict_the_dataset() -> None:
    store = KGStore.open(None)
    store.replace_graph(EX + "g1", small_graph(2))
    store.replace_graph(EX + "g2", small_graph(5))
    count = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"

    def number(result: object) -> int:
        assert isinstance(result, ox.QuerySolutions)
        return int(next(iter(result))["n"].value)

    assert number(store.native_query(count)) == 5  # the union of both graphs
    assert number(store.native_query(count, default_graphs=[EX + "g1"])) == 2


def test_bulk_load_of_a_broken_file_adds_nothing_and_names_the_line(tmp_path: Path) -> None:
    good, broken = tmp_path / "good.nt", tmp_path / "broken.nt"
    good.write_text(f"<{EX}s> <{EX}p> <{EX}o> .\n")
    broken.write_text(f'<{EX}s> <{EX}p> <{EX}o2> .\n<{EX}s> <{EX}p> "open .\n')
    store = KGStore.open(None)
    store.bulk_load(good, ox.RdfFormat.N_TRIPLES, EX + "g")
    with pytest.raises(BadInputError, match="line 2"):
        store.bulk_load(broken, ox.RdfFormat.N_TRIPLES, EX + "g")
    assert store.count() == 1
    with pytest.raises(BadInputError, match="cannot read"):
        store.bulk_load(tmp_path / "missing.nt", ox.RdfFormat.N_TRIPLES, EX + "g")


def test_a_store_path_that_is_a_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        KGStore.open(path)
