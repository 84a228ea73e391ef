"""Bulk loads through a SPARQL server's own loader: `oxigraph load`, or Virtuoso's ld_add and rdf_loader_run by isql.

kg builds the command for the files (the shards of `kg extract-corpus`, say) and either returns it
to be printed, for the operator to run on the server's machine, or runs it when told where the
server's data (Oxigraph) or its ISQL port (Virtuoso) is. Secrets are never printed: the printed
isql command reads the password from $KG_STORE_PASSWORD.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import BadInputError, StoreError

SERVERS = ("oxigraph", "virtuoso")
# Virtuoso's loader records a file it could not parse in its load list instead of failing; we ask for them.
FAILED_MARK = "KG-FAILED"


@dataclass(frozen=True)
class BulkCommand:
    """A server's loader command: what to run, what to show (no secrets), and the script on its standard input."""

    argv: list[str] = field(repr=False)
    shown: str
    script: str | None = None


def find_tool(name: str) -> str | None:
    """The path of a command-line tool, beside this Python first (a venv's oxigraph), else on PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def oxigraph_load_command(files: list[Path], location: Path | None) -> BulkCommand:
    """`oxigraph load --location DIR --file F...`: run with the server stopped, since it locks the directory."""
    tool = find_tool("oxigraph") or "oxigraph"
    place = str(location.resolve()) if location is not None else "SERVER_DATA_DIR"
    argv = [tool, "load", "--location", place, *(arg for f in files for arg in ("--file", str(f.resolve())))]
    shown = shlex.join(["oxigraph", *argv[1:]])
    return BulkCommand(argv, shown)


def virtuoso_load_command(
    files: list[tuple[Path, str]], address: str | None, user: str | None, password: str | None
) -> BulkCommand:
    """isql running ld_add for each (file, graph), rdf_loader_run, a checkpoint, then a list of the files that failed.

    Each file's graph takes its triples outside named graphs. Virtuoso must be allowed to read the
    files (DirsAllowed in its virtuoso.ini), by the same paths.
    """
    lines = [f"ld_add({sql_string(str(f.resolve()))}, {sql_string(graph)});" for f, graph in files]
    names = ", ".join(sql_string(str(f.resolve())) for f, _graph in files)
    lines += [
        "rdf_loader_run();",
        "checkpoint;",
        f"SELECT {sql_string(FAILED_MARK)}, ll_file, ll_error FROM DB.DBA.LOAD_LIST "
        f"WHERE ll_error IS NOT NULL AND ll_file IN ({names});",
    ]
    script = "\n".join(lines) + "\n"
    tool = find_tool("isql-vt") or find_tool("isql") or "isql-vt"
    who = user or "dba"
    argv = [tool, address or "localhost:1111", who, password or ""]
    shown = (
        shlex.join(["isql-vt", address or "localhost:1111", who]) + " \"$KG_STORE_PASSWORD\" <<'SQL'\n" + script + "SQL"
    )
    return BulkCommand(argv, shown, script)


def sql_string(text: str) -> str:
    """`text` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def run_bulk(command: BulkCommand, timeout_s: float | None = None) -> str:
    """Run a loader command; its output, or StoreError saying what failed (never the password)."""
    try:
        done = subprocess.run(
            command.argv, input=command.script, capture_output=True, text=True, timeout=timeout_s, check=False
        )
    except FileNotFoundError:
        raise StoreError(f"cannot run {command.argv[0]}: it is not installed here") from None
    except subprocess.TimeoutExpired:
        raise StoreError(f"the bulk load did not finish within {timeout_s:g} s") from None
    said = (done.stdout + done.stderr).strip()
    failed = [line for line in said.splitlines() if FAILED_MARK in line or line.startswith("*** Error")]
    if done.returncode != 0 or failed:
        lines = failed or said.splitlines() or ["no output"]
        raise StoreError(f"the server's bulk loader failed: {' '.join(lines[-1].split())}")
    return said


def check_server(name: str) -> str:
    """`name` if kg knows that server's loader, else BadInputError."""
    if name not in SERVERS:
        raise BadInputError(f"--bulk must be one of {', '.join(SERVERS)}, not {name!r}")
    return name
