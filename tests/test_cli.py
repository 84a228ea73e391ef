"""The `kg` command as a user meets it: build, query, export, validate, stats, ingest/remove, and its errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from tests.cli_runner import PROJECT_DIR, run_kg
from tests.utils import assert_datasets_isomorphic, assert_isomorphic

SEED = PROJECT_DIR / "seeds" / "seed-soyuz-ms-19.txt"


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from seeds/ with `kg build` (shared by the read-only tests of this module)."""
    store = tmp_path_factory.mktemp("built") / "store"
    result = run_kg(store, "build")
    assert result.exit_code == 0, result.output + result.stderr
    return store


def store_dataset(store: Path) -> Dataset:
    """The store's content read back through `kg export --format nq` (the reference for round trips)."""
    result = run_kg(store, "export", "--format", "nq")
    assert result.exit_code == 0, result.stderr
    dataset = Dataset()
    dataset.parse(data=result.stdout, format="nquads")
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all graphs of `dataset` in one graph."""
    union = Graph()
    for graph in dataset.graphs():
        union += graph
    return union


def test_build_then_named_query_lists_the_seed_mission(built_store: Path) -> None:
    result = run_kg(built_store, "query", "cq01-missions")
    assert result.exit_code == 0, result.stderr
    assert "Soyuz MS-19" in result.stdout
    assert re.search(r"\(\d+ rows?\)", result.stdout)


def test_build_prints_a_summary(tmp_path: Path) -> None:
    result = run_kg(tmp_path / "store", "build")
    assert result.exit_code == 0
    assert re.search(r"Ingested 1 article, \d+ triples .* the store holds \d+ triples \(\d+\.\d+ s\)", result.stdout)


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_export_of_quad_formats_parses_back_isomorphic(built_store: Path, fmt: str) -> None:
    result = run_kg(built_store, "export", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    parsed = Dataset()
    parsed.parse(data=result.stdout, format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt])
    assert_datasets_isomorphic(store_dataset(built_store), parsed)


@pytest.mark.parametrize("fmt", ["turtle", "nt", "rdfxml"])
def test_export_of_triple_formats_parses_back_as_the_union(built_store: Path, fmt: str) -> None:
    result = run_kg(built_store, "export", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    parsed = Graph().parse(data=result.stdout, format={"turtle": "turtle", "nt": "nt", "rdfxml": "xml"}[fmt])
    assert_isomorphic(union_graph(store_dataset(built_store)), parsed)


def test_export_of_one_graph_holds_only_that_graph(built_store: Path) -> None:
    graphs = [g for g in store_dataset(built_store).graphs() if "seed-soyuz-ms-19" in str(g.identifier)]
    assert len(graphs) == 1
    result = run_kg(built_store, "export", "--format", "turtle", "--graph", str(graphs[0].identifier))
    assert result.exit_code == 0, result.stderr
    assert_isomorphic(graphs[0], Graph().parse(data=result.stdout, format="turtle"))


def test_turtle_export_has_no_xsd_string_and_no_unused_prefixes(built_store: Path) -> None:
    text = run_kg(built_store, "export", "--format", "turtle").stdout
    assert "^^xsd:string" not in text and "XMLSchema#string" not in text
    declared = re.findall(r"^@prefix (\w*):", text, flags=re.MULTILINE)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("@prefix"))
    assert declared, "the export should use prefixes"
    for prefix in declared:
        assert re.search(rf"(?<![\w<]){prefix}:", body), f"prefix {prefix}: is declared but never used"


def test_jsonld_export_is_compacted_with_the_project_context(built_store: Path) -> None:
    document = json.loads(run_kg(built_store, "export", "--format", "jsonld").stdout)
    context = json.loads((PROJECT_DIR / "ontology" / "context.jsonld").read_text())["@context"]
    assert document["@context"] == context
    keys = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            keys.update(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    short_terms = {k for k in context if isinstance(k, str) and not k.startswith("@") and ":" not in k}
    assert keys & short_terms, "no short name from the context is used"
    assert not any(k.startswith("https://w3id.org/spacekg/ontology#") for k in keys)


def test_validate_passes_on_the_built_store(built_store: Path) -> None:
    result = run_kg(built_store, "validate")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "Conforms" in result.stdout


def test_validate_names_the_violation_in_a_broken_graph(built_store: Path, tmp_path: Path) -> None:
    data = run_kg(built_store, "export", "--format", "nq").stdout
    broken_lines = []
    for line in data.splitlines():
        # an age that is not a number: the kind of slip a bad rule would make
        if "/ontology#age>" in line:
            line = re.sub(r'"\d+"\^\^<[^>]+>', '"thirty-seven"', line)
        broken_lines.append(line)
    assert broken_lines != data.splitlines(), "the seed graph should state an age"
    broken = tmp_path / "broken.nq"
    broken.write_text("\n".join(broken_lines) + "\n")
    result = run_kg(built_store, "validate", "--data", str(broken))
    assert result.exit_code == 1
    assert "age" in result.stdout and "thirty-seven" in result.stdout
    assert "does not conform" in result.stderr


def test_ingesting_twice_changes_nothing_and_remove_restores_the_count(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_kg(store, "build").exit_code == 0
    before = count_triples(store)
    other = tmp_path / "other-article.txt"
    other.write_text(SEED.read_text().replace("Soyuz MS-19", "Soyuz MS-20"))
    assert run_kg(store, "ingest", str(other)).exit_code == 0
    once = count_triples(store)
    assert once > before
    assert run_kg(store, "ingest", str(other)).exit_code == 0
    assert count_triples(store) == once
    result = run_kg(store, "remove", "other-article")
    assert result.exit_code == 0, result.stderr
    assert count_triples(store) == before


def count_triples(store: Path) -> int:
    """The store's quad count as `kg query` reports it."""
    result = run_kg(store, "query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv")
    return int(result.stdout.splitlines()[1])


def test_stats_lists_graphs_and_classes(built_store: Path) -> None:
    result = run_kg(built_store, "stats")
    assert result.exit_code == 0
    assert re.search(r"Triples: \d+", result.stdout)
    assert "seed-soyuz-ms-19" in result.stdout
    assert "sm:Person" in result.stdout


def test_query_formats_for_select(built_store: Path) -> None:
    as_json = json.loads(run_kg(built_store, "query", "cq01", "--format", "json").stdout)
    assert as_json["head"]["vars"][:2] == ["mission", "missionLabel"]
    csv = run_kg(built_store, "query", "cq01", "--format", "csv").stdout
    assert csv.splitlines()[0].startswith("mission,missionLabel")
    tsv = run_kg(built_store, "query", "cq01", "--format", "tsv").stdout
    assert tsv.splitlines()[0].startswith("?mission\t?missionLabel")
    xml = run_kg(built_store, "query", "cq01", "--format", "xml").stdout
    assert "<sparql" in xml


def test_query_construct_writes_rdf(built_store: Path) -> None:
    text = run_kg(built_store, "query", "CONSTRUCT { ?m ?p ?o } WHERE { ?m a ?c ; ?p ?o } LIMIT 5").stdout
    assert len(Graph().parse(data=text, format="turtle")) == 5


def test_query_a_file_instead_of_the_store(tmp_path: Path) -> None:
    out = tmp_path / "seed.trig"
    assert run_kg(tmp_path / "unused", "extract", str(SEED), "--out", str(out)).exit_code == 0
    result = run_kg(tmp_path / "unused", "query", "cq01-missions", "--data", str(out))
    assert result.exit_code == 0
    assert "Soyuz MS-19" in result.stdout
    assert not (tmp_path / "unused").exists(), "--data must not create or touch the store"


@pytest.mark.parametrize(
    "ext,fmt",
    [(".ttl", "turtle"), (".trig", "trig"), (".nt", "nt"), (".nq", "nquads"), (".jsonld", "json-ld"), (".rdf", "xml")],
)
def test_extract_writes_the_format_its_extension_names(tmp_path: Path, ext: str, fmt: str) -> None:
    out = tmp_path / f"seed{ext}"
    result = run_kg(tmp_path / "store", "extract", str(SEED), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    parsed = Dataset()
    parsed.parse(out, format=fmt)
    assert len(parsed) > 50


def test_extract_to_stdout_writes_turtle(tmp_path: Path) -> None:
    result = run_kg(tmp_path / "store", "extract", str(SEED), "--out", "-")
    assert result.exit_code == 0
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 50


@pytest.mark.parametrize(
    "args,message",
    [
        (["extract", "no-such-article.txt", "--out", "x.ttl"], "no-such-article.txt"),
        (["extract", str(SEED), "--out", "x.docx"], "extension"),
        (["export", "--format", "turtel"], "Did you mean 'turtle'"),
        (["query", "cq99-nothing"], "cq99-nothing"),
        (["query", "cq01-mision"], "Did you mean cq01-missions"),
        (["query", "SELECT ?s WHERE {\n  ?s ?p "], "line 2, column"),
        (["remove", "no-such-article"], "no article 'no-such-article'"),
        (["query", "cq01", "--format", "yaml"], "unknown result format"),
    ],
)
def test_errors_are_one_clear_line_with_a_nonzero_exit(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_kg(tmp_path / "store", *args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_article_without_a_date_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text("Three astronauts launched to the station today aboard a Soyuz.\n")
    out = tmp_path / "out.ttl"
    result = run_kg(tmp_path / "store", "extract", str(article), "--out", str(out))
    assert result.exit_code != 0
    assert "date" in result.stderr.lower()
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
    dated = run_kg(tmp_path / "store", "extract", str(article), "--out", str(out), "--published", "2021-10-06")
    assert dated.exit_code == 0
    assert out.exists()


def test_kg_is_a_console_script_with_help() -> None:
    kg = Path(sys.executable).parent / "kg"
    result = subprocess.run([str(kg), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    for command in ("build", "extract", "ingest", "remove", "query", "export", "validate", "stats"):
        assert command in result.stdout


def test_kg_finds_its_ontology_and_queries_from_any_directory(tmp_path: Path) -> None:
    kg = Path(sys.executable).parent / "kg"
    out = tmp_path / "seed.jsonld"
    env = {"PATH": "/usr/bin:/bin", "KG_STORE": str(tmp_path / "store")}
    extract = subprocess.run(
        [str(kg), "extract", str(SEED), "--out", str(out)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert extract.returncode == 0, extract.stderr
    context = json.loads((PROJECT_DIR / "ontology" / "context.jsonld").read_text())["@context"]
    assert json.loads(out.read_text())["@context"] == context
    query = subprocess.run(
        [str(kg), "query", "cq01", "--data", str(out)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert query.returncode == 0, query.stderr
    assert "Soyuz MS-19" in query.stdout
