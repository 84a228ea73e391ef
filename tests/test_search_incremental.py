"""The search index follows each write from the graphs written alone, and ends as if built from the whole store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kg.store import KGStore
from kg.store.search import SearchIndex
from kg.store.searchdocs import build_documents

SM = "https://w3id.org/spacekg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
LAUNCH = ox.NamedNode(SM + "launchDate")


def described(iri: str, kind: str, *labels: str, alt: str | None = None, date: str | None = None) -> list[ox.Triple]:
    """Triples typing `iri` as sm:`kind` with its labels (and an alternative label, a launch date)."""
    node = ox.NamedNode(iri)
    triples = [ox.Triple(node, RDF_TYPE, ox.NamedNode(SM + kind))]
    triples += [ox.Triple(node, LABEL, ox.Literal(label)) for label in labels]
    if alt is not None:
        triples.append(ox.Triple(node, ALT, ox.Literal(alt)))
    if date is not None:
        triples.append(ox.Triple(node, LAUNCH, ox.Literal(date)))
    return triples


def indexed(directory: Path) -> list[tuple[str, ...]]:
    """Every document the index holds: (iri, kind, label, alt labels, text, date), sorted."""
    index = SearchIndex(directory)
    try:
        rows = index.conn.execute(
            "SELECT e.iri, e.kind, e.label, d.alt, d.body, e.date FROM entities e JOIN docs d ON d.rowid = e.id"
        ).fetchall()
    finally:
        index.close()
    return sorted(tuple(str(v) for v in row) for row in rows)


def built_afresh(directory: Path) -> list[tuple[str, ...]]:
    """The documents of every typed resource, each read from the whole store."""
    with KGStore.open(directory) as store:
        quads = store.native.quads_for_pattern(None, RDF_TYPE, None, None)
        iris = {q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)}
        docs = build_documents(store.native, sorted(iris))
    return sorted((d.iri, d.kind, d.label, d.alt, d.body, d.date) for d in docs)


def test_writes_rewrites_and_removals_leave_the_index_as_one_built_from_the_whole_store(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    writes: list[tuple[str, list[ox.Triple] | None]] = [
        ("urn:g:1", described("urn:x:nasa", "Organization", "NASA") + described("urn:x:m", "Mission", "Crew-9")),
        (
            "urn:g:2",
            described("urn:x:nasa", "Organization", "NASA", alt="the agency")
            + described("urn:x:p", "Person", "Ada Byron"),
        ),
        ("urn:g:3", described("urn:x:m", "CrewedSpaceflight", "SpaceX Crew-9", date="2024-09-28")),
        ("urn:g:1", described("urn:x:nasa", "Organization", "National Aeronautics and Space Administration")),
        ("urn:g:2", None),
        (
            "urn:g:4",
            described("urn:x:m", "Mission", "Crew-9", date="2024-09-29") + described("urn:x:p", "Person", "Ada"),
        ),
        ("urn:g:3", None),
    ]
    for graph, triples in writes:
        with KGStore.open(directory) as store:
            if triples is None:
                store.remove_graph(graph)
            else:
                store.replace_graph(graph, triples)
        assert indexed(directory) == built_afresh(directory)
    assert ("urn:x:m", "flight", "Crew-9", "", "", "2024-09-29") in indexed(directory)


class CountingStore:
    """A real store that counts the quads read from it."""

    def __init__(self, native: ox.Store) -> None:
        self.native = native
        self.read = 0

    def quads_for_pattern(self, *pattern: object) -> Iterator[ox.Quad]:
        """The store's quads for the pattern, counted as they are read."""
        for quad in self.native.quads_for_pattern(*pattern):  # type: ignore[arg-type]
            self.read += 1
            yield quad


def quads_read_to_index_one_more_article(directory: Path, articles_before: int) -> int:
    """How many quads the index reads to take in one article naming an entity that `articles_before` others name."""
    with KGStore.open(directory) as store:
        for number in range(articles_before):
            store.replace_graph(f"urn:g:{number}", described("urn:x:nasa", "Organization", "NASA", f"NASA {number}"))
    with KGStore.open(directory) as store:
        store.replace_graph("urn:g:new", described("urn:x:nasa", "Organization", "NASA"))
        counting = CountingStore(store.native)
        index = SearchIndex(directory)
        try:
            index.refresh_graphs(cast(ox.Store, counting), ["urn:g:new"], "test")
        finally:
            index.close()
    return counting.read


def test_indexing_one_more_article_reads_no_more_when_its_entity_is_named_in_many_articles(tmp_path: Path) -> None:
    few = quads_read_to_index_one_more_article(tmp_path / "few", 3)
    many = quads_read_to_index_one_more_article(tmp_path / "many", 300)
    assert many == few


def test_an_index_written_before_facts_were_kept_is_rebuilt_whole_by_the_next_write(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    with KGStore.open(directory) as store:
        store.replace_graph("urn:g:1", described("urn:x:nasa", "Organization", "NASA"))
    index = SearchIndex(directory)
    try:  # what an index of the layout before looks like: documents, no facts
        index.conn.execute("DELETE FROM meta WHERE key = 'layout'")
        index.conn.execute("DELETE FROM facts")
        index.conn.execute("DELETE FROM tallies")
    finally:
        index.close()
    with KGStore.open(directory) as store:
        store.replace_graph("urn:g:2", described("urn:x:nasa", "Organization", "NASA", alt="the agency"))
    with KGStore.open(directory) as store:
        store.remove_graph("urn:g:2")
    assert indexed(directory) == built_afresh(directory)
    assert [row[:4] for row in indexed(directory)] == [("urn:x:nasa", "organisation", "NASA", "")]
