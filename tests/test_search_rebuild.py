"""A whole rebuild of the search index (after `kg load`) reads only what documents are made of, and ends as ingest's."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from cli_runner import PROJECT_DIR, run_kg

from kg.store import KGStore
from kg.store.search import SearchIndex
from tests.test_search_incremental import RDF_TYPE, CountingStore, described, indexed

ARTICLES = PROJECT_DIR / "tests" / "data" / "articles"
SM = "https://w3id.org/spacekg/ontology#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
WORDS = ("glover", "crew", "starliner", "blue origin", "nasa", "launch")


def provenance(graph: int, count: int) -> list[ox.Triple]:
    """Typed resources of no indexed kind, as an article's provenance holds them by the thousand."""
    triples = []
    for number in range(count):
        node = ox.NamedNode(f"urn:x:statement-{graph}-{number}")
        for kind in (SM + "ExtractedStatement", NIF + "Phrase", NIF + "OffsetBasedString"):
            triples.append(ox.Triple(node, RDF_TYPE, ox.NamedNode(kind)))
    return triples


def quads_read_by_a_rebuild(directory: Path, statements: int) -> int:
    """How many quads a whole rebuild reads from a store of two articles, each with `statements` provenance nodes."""
    with KGStore.open(directory) as store:
        store.replace_graph("urn:g:1", described("urn:x:nasa", "Organization", "NASA") + provenance(1, statements))
        store.replace_graph("urn:g:2", described("urn:x:p", "Person", "Ada Byron") + provenance(2, statements))
        counting = CountingStore(store.native)
        index = SearchIndex(directory)
        try:
            index.rebuild(cast(ox.Store, counting), "test")
        finally:
            index.close()
    return counting.read


def test_a_rebuild_reads_none_of_the_resources_of_no_indexed_kind(tmp_path: Path) -> None:
    few = quads_read_by_a_rebuild(tmp_path / "few", 1)
    many = quads_read_by_a_rebuild(tmp_path / "many", 500)
    assert many == few
    assert [row[:3] for row in indexed(tmp_path / "many")] == [
        ("urn:x:nasa", "organisation", "NASA"),
        ("urn:x:p", "person", "Ada Byron"),
    ]


def write_shards(folder: Path, nquads: bytes, count: int) -> None:
    """`nquads` cut into `count` gzipped shards, whole lines each, with a manifest as kg extract-corpus writes."""
    folder.mkdir()
    lines = nquads.splitlines(keepends=True)
    size = -(-len(lines) // count)
    names = []
    for number in range(count):
        name = f"shard-{number:05d}.nq.gz"
        (folder / name).write_bytes(gzip.compress(b"".join(lines[number * size : (number + 1) * size])))
        names.append({"shard": name})
    (folder / "manifest.json").write_text(json.dumps({"shards": names}), encoding="utf-8")


def searched(store: Path) -> dict[str, object]:
    """What `kg search` answers for each of WORDS."""
    answers = {}
    for word in WORDS:
        result = run_kg(store, "search", word, "--format", "json")
        assert result.exit_code == 0, result.stderr
        answers[word] = json.loads(result.stdout)
    return answers


def test_the_index_after_kg_load_answers_as_after_an_ingest_of_the_same_articles(tmp_path: Path) -> None:
    ingested = tmp_path / "ingested"
    articles = sorted(str(path) for path in ARTICLES.glob("*.txt"))
    assert run_kg(ingested, "ingest", *articles).exit_code == 0
    dump = tmp_path / "dump.nq"
    assert run_kg(ingested, "export", "--format", "nq", "--out", str(dump)).exit_code == 0
    exported = dump.read_bytes()
    write_shards(tmp_path / "shards", exported, 3)
    loaded = tmp_path / "loaded"
    result = run_kg(loaded, "load", str(tmp_path / "shards"))
    assert result.exit_code == 0, result.stderr
    assert indexed(loaded) == indexed(ingested)
    assert searched(loaded) == searched(ingested)
    assert any(searched(loaded).values())
