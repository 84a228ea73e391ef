"""Bad input to `kg`: each gets one clear line on stderr and a non-zero exit, never a traceback or a half file."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import PROJECT_DIR, interrupt_kg, run_kg

SEED = PROJECT_DIR / "seeds" / "seed-soyuz-ms-19.txt"
BROKEN_TURTLE = '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated .\n'


def assert_one_line_error(result: object, message: str, exit_code: int | None = None) -> None:
    """The command failed with exactly one stderr line containing `message`, and no traceback."""
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.exit_code != 0, stderr  # type: ignore[attr-defined]
    if exit_code is not None:
        assert result.exit_code == exit_code, stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert message in stderr


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "PREFIX ex: <http://example.org/>  # a comment\nDELETE WHERE { ?s ex:p ?o }",
        "DROP ALL",
    ],
)
def test_an_update_passed_to_query_is_refused_as_an_update(tmp_path: Path, update: str) -> None:
    assert_one_line_error(run_kg(tmp_path / "store", "query", update), "not updates", exit_code=2)


def test_construct_with_a_results_format_names_the_rdf_formats(tmp_path: Path) -> None:
    result = run_kg(tmp_path / "store", "query", "CONSTRUCT WHERE { ?s ?p ?o }", "--format", "csv")
    assert_one_line_error(result, "returns RDF, not 'csv'", exit_code=2)
    assert "turtle" in result.stderr


def test_a_failing_service_call_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    # Port 9 (discard) on the loopback refuses connections, so the SERVICE call fails at once.
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert_one_line_error(run_kg(tmp_path / "store", "query", query), "the query failed while running")


@pytest.mark.parametrize(
    "args,message",
    [
        (["ingest", str(SEED), "--published", "2021-13-01"], "'--published'"),
        (["ingest"], "Missing argument"),
        (["no-such-command"], "No such command"),
        (["query", "cq01", "--no-such-option"], "No such option"),
    ],
)
def test_usage_errors_are_one_line_pointing_at_help(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_kg(tmp_path / "store", *args)
    assert_one_line_error(result, message, exit_code=2)
    assert "--help" in result.stderr


def test_a_store_path_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "store"
    not_a_dir.write_text("not a store")
    assert_one_line_error(run_kg(not_a_dir, "stats"), "not a directory", exit_code=4)
    assert not_a_dir.read_text() == "not a store"


@pytest.mark.parametrize("command", [["validate"], ["query", "cq01-missions"]])
def test_broken_turtle_data_names_line_and_column(tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "broken.ttl"
    data.write_text(BROKEN_TURTLE)
    result = run_kg(tmp_path / "store", *command, "--data", str(data))
    assert_one_line_error(result, "turtle syntax error at line 3, column", exit_code=2)


@pytest.mark.parametrize("command", [["validate"], ["query", "cq01-missions"]])
def test_a_directory_as_data_is_not_a_file(tmp_path: Path, command: list[str]) -> None:
    assert_one_line_error(run_kg(tmp_path / "store", *command, "--data", str(tmp_path)), "not a file", exit_code=2)


def test_output_files_get_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "seed.ttl"
    assert run_kg(tmp_path / "store", "extract", str(SEED), "--out", str(out)).exit_code == 0
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def test_ctrl_c_stops_a_long_query_at_once(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_kg(store, "ingest", str(SEED)).exit_code == 0
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    code, err = interrupt_kg(store, "query", endless, timeout_s=10)
    assert code == 130
    assert err.strip() == "Interrupted."


def test_export_of_a_graph_that_is_not_an_iri_is_refused(tmp_path: Path) -> None:
    assert_one_line_error(run_kg(tmp_path / "store", "export", "--graph", "not an iri"), "absolute IRI", exit_code=2)


def test_serve_on_a_taken_port_says_so_and_exits_2(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        kg = str(Path(sys.executable).parent / "kg")
        done = subprocess.run(
            [kg, "--store", str(tmp_path / "store"), "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=PROJECT_DIR,
        )
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_with_a_store_that_cannot_be_created_exits_4(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    kg = str(Path(sys.executable).parent / "kg")
    done = subprocess.run(
        [kg, "--store", str(blocker / "store"), "serve", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_DIR,
    )
    assert done.returncode == 4
    assert "cannot create the store directory" in done.stderr
    assert "Traceback" not in done.stderr
