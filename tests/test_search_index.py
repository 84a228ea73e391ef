"""`kg search`: the index follows ingest, re-ingest, remove and load, survives a crash, ranks names first."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from cli_runner import PROJECT_DIR, run_kg
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.store import open_store
from kg.store.searchdocs import KIND_TYPES

ARTICLE = PROJECT_DIR / "tests" / "data" / "articles" / "artemis-ii-crew.txt"
KG = "https://w3id.org/spacekg/"
SM = "https://w3id.org/spacekg/ontology#"


def search(store: Path, text: str, *options: str) -> list[dict[str, object]]:
    """Run `kg search TEXT --format json` and return its hits."""
    result = run_kg(store, "search", text, "--format", "json", *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def iris(store: Path, text: str, *options: str) -> list[object]:
    """The IRIs `kg search` finds for `text`, best first."""
    return [hit["iri"] for hit in search(store, text, *options)]


def write_turtle(path: Path, body: str) -> Path:
    """A Turtle file with the ontology's and RDFS's prefixes."""
    path.write_text(f"@prefix sm: <{SM}> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n{body}")
    return path


def test_ingest_reingest_and_remove_keep_the_search_in_step(tmp_path: Path) -> None:
    store = tmp_path / "store"
    article = tmp_path / "in" / ARTICLE.name
    article.parent.mkdir()
    text = ARTICLE.read_text(encoding="utf-8")
    article.write_text(text + "\nThe crew trained near Zorblaxville for weeks.\n", encoding="utf-8")
    assert run_kg(store, "ingest", str(article)).exit_code == 0
    assert iris(store, "zorblaxville") == [f"{KG}article/artemis-ii-crew"]
    assert f"{KG}person/victor-glover" in iris(store, "glover", "--kind", "person")

    article.write_text(text, encoding="utf-8")
    assert run_kg(store, "ingest", str(article)).exit_code == 0
    assert iris(store, "zorblaxville") == []
    assert f"{KG}article/artemis-ii-crew" in iris(store, "glover")

    assert run_kg(store, "remove", "artemis-ii-crew").exit_code == 0
    assert iris(store, "glover") == []


def test_load_and_replacing_load_keep_the_search_in_step(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = write_turtle(tmp_path / "first.ttl", '<urn:x:m> a sm:Mission ; rdfs:label "Quokkaflight" .\n')
    second = write_turtle(tmp_path / "second.ttl", '<urn:x:m> a sm:Mission ; rdfs:label "Wombatflight" .\n')
    assert run_kg(store, "load", str(first), "--graph", "urn:x:g").exit_code == 0
    assert iris(store, "quokkaflight", "--kind", "flight") == ["urn:x:m"]
    assert run_kg(store, "load", str(second), "--graph", "urn:x:g", "--replace").exit_code == 0
    assert iris(store, "quokkaflight") == []
    assert iris(store, "wombatflight") == ["urn:x:m"]


def test_a_writer_that_crashed_leaves_an_index_that_is_rebuilt_when_searched(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = write_turtle(tmp_path / "first.ttl", '<urn:x:p> a sm:Person ; rdfs:label "Ada Quillfeather" .\n')
    assert run_kg(store, "load", str(first), "--graph", "urn:x:g").exit_code == 0
    assert iris(store, "quillfeather") == ["urn:x:p"]
    # A writer renames the person through KGStore, then dies before it closes the store (and updates the index).
    crash = textwrap.dedent(
        f"""
        import os, sys
        import pyoxigraph as ox
        from kg.store import KGStore
        store = KGStore.open(__import__("pathlib").Path(sys.argv[1]))
        label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
        rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        person = ox.Triple(ox.NamedNode("urn:x:p"), label, ox.Literal("Ada Brightwater"))
        kind = ox.Triple(ox.NamedNode("urn:x:p"), rdf_type, ox.NamedNode("{SM}Person"))
        store.replace_graph("urn:x:g", [person, kind])
        store.native.flush()
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", crash, str(store)], check=True, cwd=PROJECT_DIR, timeout=60)
    assert iris(store, "quillfeather") == []
    assert iris(store, "brightwater") == ["urn:x:p"]


def test_a_write_behind_the_index_back_by_another_program_is_seen(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = write_turtle(tmp_path / "first.ttl", '<urn:x:o> a sm:Organization ; rdfs:label "Gravitonics" .\n')
    assert run_kg(store, "load", str(first), "--graph", "urn:x:g").exit_code == 0
    assert iris(store, "gravitonics") == ["urn:x:o"]
    # An older kg, or any program that takes the writer lock and writes with pyoxigraph alone.
    writer = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        import pyoxigraph as ox
        from kg.store.locks import take_writer_lock
        fd = take_writer_lock(Path(sys.argv[1]))
        native = ox.Store(sys.argv[1])
        native.update('INSERT DATA {{ GRAPH <urn:x:h> {{ <urn:x:o2> a <{SM}Organization> ; '
                      '<http://www.w3.org/2000/01/rdf-schema#label> "Levitronics" }} }}')
        native.flush()
        os.close(fd)
        """
    )
    subprocess.run([sys.executable, "-c", writer, str(store)], check=True, cwd=PROJECT_DIR, timeout=60)
    assert iris(store, "levitronics") == ["urn:x:o2"]


def test_a_name_ranks_above_a_passing_mention_in_an_article(tmp_path: Path) -> None:
    store = tmp_path / "store"
    filler = " ".join(f"word{i}" for i in range(60))
    data = write_turtle(
        tmp_path / "data.ttl",
        f"""@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
<urn:x:article> a sm:NewsArticle ; rdfs:label "A long report" .
<urn:x:article#ctx> nif:sourceUrl <urn:x:article> ; nif:isString "{filler} and Nadia Quell said hello. {filler}" .
<urn:x:person> a sm:Person ; rdfs:label "Nadia Quell" .
""",
    )
    assert run_kg(store, "load", str(data), "--graph", "urn:x:g").exit_code == 0
    assert iris(store, "quell") == ["urn:x:person", "urn:x:article"]
    table = run_kg(store, "search", "quell")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].startswith("person") and "Nadia Quell" in table.stdout


def test_bad_searches_exit_2_with_one_line(tmp_path: Path) -> None:
    store = tmp_path / "store"
    data = write_turtle(tmp_path / "data.ttl", '<urn:x:m> a sm:Mission ; rdfs:label "Soyuz MS-19" .\n')
    assert run_kg(store, "load", str(data)).exit_code == 0
    assert iris(store, "soyuz MS-19") == ["urn:x:m"]  # punctuation inside a word is not FTS5 syntax
    for args in (("soyuz AND",), ("(soyuz",), ("x" * 600,), ("soyuz", "--kind", "rocket"), ("",)):
        result = run_kg(store, "search", *args)
        assert result.exit_code == 2, (args, result.output)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_rebuild_makes_a_missing_index(tmp_path: Path) -> None:
    store = tmp_path / "store"
    data = write_turtle(tmp_path / "data.ttl", '<urn:x:m> a sm:Mission ; rdfs:label "Shenzhou" .\n')
    assert run_kg(store, "load", str(data)).exit_code == 0
    (store / "search.sqlite").unlink()
    for leftover in store.glob("search.sqlite-*"):
        leftover.unlink()
    assert run_kg(store, "search", "--rebuild").exit_code == 0
    assert (store / "search.sqlite").exists()
    assert iris(store, "shenzhou") == ["urn:x:m"]


def test_writes_through_the_rdflib_dataset_reach_the_search(tmp_path: Path) -> None:
    store = tmp_path / "store"
    data = write_turtle(tmp_path / "data.ttl", '<urn:x:m> a sm:Mission ; rdfs:label "Tiangong" .\n')
    assert run_kg(store, "load", str(data)).exit_code == 0
    assert iris(store, "tiangong") == ["urn:x:m"]
    with open_store(store, writable=True) as dataset:
        graph = dataset.graph(URIRef("urn:x:h"))
        graph.add((URIRef("urn:x:p"), RDF.type, URIRef(SM + "Person")))
        graph.add((URIRef("urn:x:p"), RDFS.label, Literal("Wang Yaping")))
    assert iris(store, "yaping") == ["urn:x:p"]


def test_every_kind_of_flight_in_the_ontology_is_searched_as_a_flight() -> None:
    ontology = Graph().parse(PROJECT_DIR / "ontology" / "spacekg.ttl")
    flights = {str(c) for c in ontology.transitive_subjects(RDFS.subClassOf, URIRef(SM + "Mission"))}
    assert flights == set(KIND_TYPES["flight"])
