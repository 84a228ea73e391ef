"""`kg load SHARDS --bulk SERVER`: the shards of `kg extract-corpus` through a real server's own loader.

Oxigraph's `oxigraph load` writes the server's data folder (the server stopped), then a real
`oxigraph serve` on it answers as an embedded store loaded by `kg load`; Virtuoso's ld_add and
rdf_loader_run run through isql against a throw-away Virtuoso allowed to read the shards.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import virtuoso
from tests.test_remote_store import (
    PROJECT_DIR,
    Server,
    exported,
    kg_process,
    kg_run,
    oxigraph_serve,
    triples_of,
    without_durations,
)
from tests.utils import assert_datasets_isomorphic

pytestmark = pytest.mark.socket


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test articles extracted by `kg extract-corpus` into gzipped N-Quads shards."""
    out = tmp_path_factory.mktemp("bulk") / "shards"
    done = kg_process(
        str(tmp_path_factory.mktemp("unused")),
        "extract-corpus",
        str(PROJECT_DIR / "tests" / "data" / "articles"),
        "--out",
        str(out),
        "--workers",
        "1",
        "--no-progress",
    )
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("shard-*.nq.gz"))) == 3
    return out


@pytest.fixture(scope="module")
def loaded(shards: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store that `kg load` filled from the shards, to compare with."""
    store = tmp_path_factory.mktemp("embedded") / "store"
    done = kg_run(store, "load", str(shards))
    assert done.exit_code == 0, done.output
    return store


def graph_lines(stats: str) -> str:
    """The triple count and graph sizes of `kg stats`, without its class table."""
    return stats.split("Entities per class")[0]


def test_oxigraph_bulk_load_prints_the_command_and_loads_nothing(shards: Path, tmp_path: Path) -> None:
    printed = kg_run(tmp_path / "store", "load", str(shards), "--bulk", "oxigraph")
    assert printed.exit_code == 0, printed.output
    command = printed.stdout.strip()
    assert command.startswith("oxigraph load --location SERVER_DATA_DIR --file ")
    assert all(str(shard) in command for shard in shards.glob("shard-*.nq.gz"))
    assert not (tmp_path / "store").exists()


def test_oxigraph_bulk_load_fills_the_server_as_kg_load_fills_the_embedded_store(
    shards: Path, loaded: Path, tmp_path: Path
) -> None:
    data = tmp_path / "db"
    done = kg_run(tmp_path / "unused", "load", str(shards), "--bulk", "oxigraph", "--location", str(data))
    assert done.exit_code == 0, done.output
    assert done.stdout == "Bulk-loaded 3 files with the oxigraph loader.\n"
    with oxigraph_serve(tmp_path) as url:
        assert kg_run(url, "stats").stdout == kg_run(loaded, "stats").stdout
        assert_datasets_isomorphic(exported(loaded), exported(url))


def test_a_shard_the_oxigraph_loader_refuses_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.nq.gz"
    broken.write_bytes(gzip.compress(b"<https://example.org/s> <https://example.org/p> .\n"))
    done = kg_process(str(tmp_path / "unused"), "load", str(broken), "--bulk", "oxigraph", "--location", str(tmp_path))
    assert done.returncode == 4
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: the server's bulk loader failed: ")


@pytest.fixture(scope="module")
def virtuoso_for(shards: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[virtuoso.Virtuoso]:
    """A throw-away Virtuoso allowed to read the shards' folder (and its neighbours)."""
    with virtuoso.virtuoso_serve(tmp_path_factory.mktemp("virtuoso-bulk"), allowed=shards.parent) as running:
        yield running


def test_virtuoso_bulk_load_runs_its_loader_through_isql(
    shards: Path, loaded: Path, virtuoso_for: virtuoso.Virtuoso
) -> None:
    server = Server.of_virtuoso(virtuoso_for)
    printed = kg_run(shards, "load", str(shards), "--bulk", "virtuoso")
    assert printed.stdout.startswith("isql-vt localhost:1111 dba \"$KG_STORE_PASSWORD\" <<'SQL'\nld_add(")
    assert "rdf_loader_run();" in printed.stdout
    address = f"127.0.0.1:{virtuoso_for.isql_port}"
    done = kg_run(shards, "load", str(shards), "--bulk", "virtuoso", "--isql", address, env=server.env)
    assert done.exit_code == 0, done.output
    assert graph_lines(kg_run(server, "stats").stdout) == graph_lines(kg_run(loaded, "stats").stdout)
    assert triples_of(server) == triples_of(loaded)
    assert_datasets_isomorphic(without_durations(exported(loaded)), without_durations(exported(server)))


def test_a_file_the_virtuoso_loader_refuses_is_a_clear_error(shards: Path, virtuoso_for: virtuoso.Virtuoso) -> None:
    broken = shards.parent / "broken.nq"
    broken.write_text("<https://example.org/s> <https://example.org/p> .\n", encoding="utf-8")
    address = f"127.0.0.1:{virtuoso_for.isql_port}"
    done = kg_process(str(shards), "load", str(broken), "--bulk", "virtuoso", "--isql", address, env=virtuoso_for.env)
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: the server's bulk loader failed: ") and "broken.nq" in done.stderr


def test_bulk_options_of_the_other_server_are_bad_input(shards: Path) -> None:
    for args, says in (
        (["--bulk", "fuseki"], "--bulk must be one of oxigraph, virtuoso, not 'fuseki'"),
        (["--bulk", "oxigraph", "--isql", "127.0.0.1:1111"], "--isql is for --bulk virtuoso"),
        (["--bulk", "virtuoso", "--location", str(shards)], "--location is for --bulk oxigraph"),
    ):
        done = kg_run(shards, "load", str(shards), *args)
        assert done.exit_code == 2
        assert done.output.startswith(f"Error: {says}")
