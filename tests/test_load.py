"""`kg load`: bulk-loading RDF files of every format into named graphs, and refusing bad input cleanly."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

import kg.cli.load  # noqa: F401  (registers the command)
from kg.cli.main import cli
from kg.store import KGStore

BASE = "https://w3id.org/spacekg/"
EX = "https://w3id.org/spacekg/mission/"

TURTLE = f"""@prefix m: <{EX}> .
@prefix sm: <https://w3id.org/spacekg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
m:soyuz-ms-19 a sm:SpaceMission ; rdfs:label "Soyuz MS-19"@en ; sm:crewMember [ rdfs:label "Yulia Peresild" ] .
"""
NTRIPLES = f'<{EX}a> <{EX}p> "1" .\n<{EX}a> <{EX}p> "2" .\n'
NQUADS = f'<{EX}a> <{EX}p> "in g1" <{EX}g1> .\n<{EX}a> <{EX}p> "no graph" .\n'
RDFXML = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
  <rdf:Description rdf:about="{EX}iss"><rdfs:label>ISS</rdfs:label></rdf:Description>
</rdf:RDF>
"""
JSONLD = f'{{"@id": "{EX}b", "http://www.w3.org/2000/01/rdf-schema#label": "B"}}'


def run(store: Path, *args: str) -> Result:
    """Run `kg --store STORE ARGS...` in-process."""
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False, env={})


def quads(store: Path) -> set[tuple[str, str, str, str]]:
    """Every quad in the store, as N-Triples-ish strings."""
    with KGStore.open(store) as kg:
        return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in kg.native}


def graph_sizes(store: Path) -> dict[str, int]:
    """The number of triples in each named graph."""
    with KGStore.open(store) as kg:
        return {iri: kg.count(iri) for iri in kg.graph_iris()}


def write(path: Path, text: str) -> Path:
    """Write `text` to `path` (gzip-compressed for *.gz) and return the path."""
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def test_each_format_lands_in_a_graph_named_after_its_file(tmp_path: Path) -> None:
    files = [
        write(tmp_path / "Soyuz MS-19.ttl", TURTLE),
        write(tmp_path / "numbers.nt.gz", NTRIPLES),
        write(tmp_path / "station.rdf", RDFXML),
        write(tmp_path / "b.jsonld", JSONLD),
    ]
    result = run(tmp_path / "store", "load", *map(str, files))
    assert result.exit_code == 0, result.stderr
    assert "Loaded 4 files: +8 triples (the store holds 8)" in result.stdout
    assert graph_sizes(tmp_path / "store") == {
        f"{BASE}graph/file/b": 1,
        f"{BASE}graph/file/numbers": 2,
        f"{BASE}graph/file/soyuz-ms-19": 4,
        f"{BASE}graph/file/station": 1,
    }
    # What is in the store is exactly what the file says.
    expected = {t.object for t in ox.parse(NTRIPLES.encode(), format=ox.RdfFormat.N_TRIPLES)}
    with KGStore.open(tmp_path / "store") as kg:
        found = {
            q.object for q in kg.native.quads_for_pattern(None, None, None, ox.NamedNode(f"{BASE}graph/file/numbers"))
        }
    assert found == expected


def test_quad_files_keep_their_graphs_and_their_default_graph_goes_to_the_file_graph(tmp_path: Path) -> None:
    result = run(tmp_path / "store", "load", str(write(tmp_path / "dump.nq", NQUADS)))
    assert result.exit_code == 0, result.stderr
    assert quads(tmp_path / "store") == {
        (f"<{EX}a>", f"<{EX}p>", '"in g1"', f"<{EX}g1>"),
        (f"<{EX}a>", f"<{EX}p>", '"no graph"', f"<{BASE}graph/file/dump>"),
    }


def test_graph_option_puts_every_triple_of_a_quad_file_into_that_graph(tmp_path: Path) -> None:
    target = "https://example.org/everything"
    result = run(tmp_path / "store", "load", "--graph", target, str(write(tmp_path / "dump.nq.gz", NQUADS)))
    assert result.exit_code == 0, result.stderr
    assert {q[3] for q in quads(tmp_path / "store")} == {f"<{target}>"}
    assert len(quads(tmp_path / "store")) == 2


def test_format_option_overrides_the_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "numbers.txt", NTRIPLES)
    assert run(tmp_path / "store", "load", str(path)).exit_code == 2
    result = run(tmp_path / "store", "load", "--format", "nt", str(path))
    assert result.exit_code == 0, result.stderr
    assert graph_sizes(tmp_path / "store") == {f"{BASE}graph/file/numbers": 2}


def test_loading_adds_by_default_and_replace_swaps_the_graph(tmp_path: Path) -> None:
    store = tmp_path / "store"
    path = write(tmp_path / "numbers.nt", NTRIPLES)
    assert run(store, "load", str(path)).exit_code == 0
    write(path, f'<{EX}a> <{EX}p> "3" .\n')
    assert run(store, "load", str(path)).exit_code == 0
    assert graph_sizes(store) == {f"{BASE}graph/file/numbers": 3}
    result = run(store, "load", "--replace", str(path))
    assert result.exit_code == 0, result.stderr
    assert quads(store) == {(f"<{EX}a>", f"<{EX}p>", '"3"', f"<{BASE}graph/file/numbers>")}


def test_replace_with_several_files_into_one_graph_keeps_them_all(tmp_path: Path) -> None:
    store = tmp_path / "store"
    graph = "https://example.org/numbers"
    old = write(tmp_path / "old.nt", f'<{EX}a> <{EX}p> "old" .\n')
    assert run(store, "load", "--graph", graph, str(old)).exit_code == 0
    first = write(tmp_path / "first.nt", NTRIPLES)
    second = write(tmp_path / "second.nq", NQUADS)
    result = run(store, "load", "--replace", "--graph", graph, str(first), str(second))
    assert result.exit_code == 0, result.stderr
    assert {q[2] for q in quads(store)} == {'"1"', '"2"', '"in g1"', '"no graph"'}
    assert {q[3] for q in quads(store)} == {f"<{graph}>"}


def test_syntax_error_names_file_line_and_column_and_loads_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    good = write(tmp_path / "good.nt", NTRIPLES)
    assert run(store, "load", str(good)).exit_code == 0
    before = quads(store)
    # Many good lines first, so that the loader has written batches before it meets the error.
    lines = [f'<{EX}s{i}> <{EX}p> "{i}" .\n' for i in range(50_000)]
    bad = write(tmp_path / "bad.nt", "".join(lines) + f'<{EX}s> <{EX}p> "unterminated .\n')
    result = run(store, "load", str(bad))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"{bad} -> <{BASE}graph/file/bad>",
        f"Error: {bad}: nt syntax error at line 50001, column {len(f'<{EX}s> <{EX}p> ') + 1}: Unexpected end of file",
    ]
    assert quads(store) == before


def test_rdfxml_error_gets_the_xml_position(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.rdf", RDFXML.replace("</rdf:Description>", ""))
    result = run(tmp_path / "store", "load", str(bad))
    assert result.exit_code == 2
    assert f"{bad}: rdfxml syntax error at line 4, column 3:" in result.stderr


def test_a_bad_file_after_good_ones_says_what_stays_loaded(tmp_path: Path) -> None:
    store = tmp_path / "store"
    good = write(tmp_path / "good.nt", NTRIPLES)
    bad = write(tmp_path / "bad.ttl", "@prefix : <http://e/> .\n:a :b nope:c .\n")
    result = run(store, "load", str(good), str(bad))
    assert result.exit_code == 2
    assert "bad.ttl: turtle syntax error at line 2, column 7: The prefix nope: has not been declared" in result.stderr
    assert "nothing of it was loaded; 1 other file(s) were loaded)" in result.stderr
    assert graph_sizes(store) == {f"{BASE}graph/file/good": 2}


def test_replace_with_a_bad_file_keeps_the_old_graph(tmp_path: Path) -> None:
    store = tmp_path / "store"
    path = write(tmp_path / "numbers.nt", NTRIPLES)
    assert run(store, "load", str(path)).exit_code == 0
    write(path, NTRIPLES + "this is not RDF\n")
    assert run(store, "load", "--replace", str(path)).exit_code == 2
    assert graph_sizes(store) == {f"{BASE}graph/file/numbers": 2}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.ttl", None, "no such file: "),
        ("notes.docx", "hello", "cannot tell the RDF format of"),
        ("broken.nt.gz", "not gzip", "cannot read "),
        ("remote.jsonld", '{"@context": "https://schema.org/", "name": "x"}', "remote JSON-LD context"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_loaded(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    good = write(tmp_path / "good.nt", NTRIPLES)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content.encode())
    result = run(tmp_path / "store", "load", str(good), str(path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("Error: ") and message in lines[-1]
    assert "Traceback" not in result.stderr
    if content is None or name.endswith(".docx"):
        # Files are checked before anything is loaded.
        assert not (tmp_path / "store").exists() or quads(tmp_path / "store") == set()


def test_graph_option_must_be_an_absolute_iri(tmp_path: Path) -> None:
    result = run(tmp_path / "store", "load", "--graph", "my graph", str(write(tmp_path / "a.nt", NTRIPLES)))
    assert result.exit_code == 2
    assert "--graph must be an absolute IRI" in result.stderr


def test_replace_of_a_quad_file_needs_a_graph(tmp_path: Path) -> None:
    result = run(tmp_path / "store", "load", "--replace", str(write(tmp_path / "d.trig", "")))
    assert result.exit_code == 2
    assert "--replace needs --graph" in result.stderr


def test_progress_bar_goes_to_stderr_and_the_summary_to_stdout(tmp_path: Path) -> None:
    files = [write(tmp_path / f"part{i}.nt", f'<{EX}a> <{EX}p> "{i}" .\n') for i in range(6)]
    result = run(tmp_path / "store", "load", *map(str, files), "--progress")  # not a terminal: asked for
    assert result.exit_code == 0, result.stderr
    assert "Loading" in result.stderr
    assert result.stdout.startswith("Loaded 6 files: +6 triples")
