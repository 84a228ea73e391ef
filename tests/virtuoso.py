"""A throw-away Virtuoso (Debian's virtuoso-opensource) for the tests: its own database in a temporary folder.

It listens on free loopback ports only (HTTP and ISQL), holds no demo data, and is stopped after
its tests. kg talks to it as a user would: queries to /sparql, updates to /sparql-auth and graphs to
/sparql-graph-crud-auth, both with HTTP digest authentication as the database administrator.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
# A fresh database's administrator; the server only listens on loopback for the length of the tests.
USER = PASSWORD = "dba"
# MaxSortedTopRows: kg serve caps a query's rows with a LIMIT of 100,000, and Virtuoso refuses an ORDER BY
# under a LIMIT above this setting (SR353; its default is 10,000): an operator raises it the same way.
INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{isql_port}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxSortedTopRows = 1000000
DirsAllowed = ., {allowed}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
"""


@dataclass(frozen=True)
class Virtuoso:
    """A running Virtuoso: its HTTP address, ISQL port, the settings kg needs for it, and its own graphs."""

    url: str
    isql_port: int
    env: dict[str, str]
    own_graphs: tuple[str, ...]
    pid: int = 0


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def require_virtuoso() -> tuple[str, str]:
    """The server and isql binaries; skip (fail where KG_VIRTUOSO_TESTS=required, as in CI) without them."""
    if VIRTUOSO is None or ISQL is None:
        message = "Virtuoso is not installed (apt-get install virtuoso-opensource)"
        if os.environ.get("KG_VIRTUOSO_TESTS") == "required":
            pytest.fail(message)
        pytest.skip(message)
    return VIRTUOSO, ISQL


def env_for(url: str) -> dict[str, str]:
    """The KG_STORE_* settings for a Virtuoso at `url`."""
    return {
        "KG_STORE_QUERY_URL": f"{url}/sparql",
        "KG_STORE_UPDATE_URL": f"{url}/sparql-auth",
        "KG_STORE_GRAPH_STORE_URL": f"{url}/sparql-graph-crud-auth",
        "KG_STORE_UNION_PARAMETER": "",
        "KG_STORE_USER": USER,
        "KG_STORE_PASSWORD": PASSWORD,
        "KG_STORE_AUTH": "digest",
    }


@contextlib.contextmanager
def virtuoso_serve(folder: Path, allowed: Path | None = None, buffers: int = 20000) -> Iterator[Virtuoso]:
    """Run a Virtuoso with its database in `folder` (loading files from `allowed` permitted); yield it.

    `buffers` is its page cache in 8 KiB pages: the tests' default is 160 MiB, a bulk load of millions
    of quads wants more.
    """
    server, _isql = require_virtuoso()
    folder = folder.resolve()  # the server runs in it: its ini's paths must not be relative to here
    folder.mkdir(parents=True, exist_ok=True)
    http_port, isql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(
        INI.format(
            folder=folder,
            isql_port=isql_port,
            http_port=http_port,
            allowed=allowed or folder,
            buffers=buffers,
            dirty=buffers * 3 // 4,
        ),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [server, "+configfile", str(ini), "+foreground"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http_port}"
    try:
        try:
            wait_until_answering(url, process)
        except AssertionError as exc:
            log = folder / "virtuoso.log"
            said = log.read_text(errors="replace").strip().splitlines()[-5:] if log.exists() else []
            raise AssertionError(f"{exc}; its log ends: {' | '.join(said)}") from None
        yield Virtuoso(url, isql_port, env_for(url), tuple(graphs_on(url)), process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def wait_until_answering(url: str, process: subprocess.Popen[bytes]) -> None:
    """Wait until the server answers a query (it must stay alive meanwhile)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "virtuoso-t stopped at start"
        with contextlib.suppress(OSError, urllib.error.URLError):
            ask(url, "ASK { }")
            return
        time.sleep(0.2)
    raise AssertionError(f"Virtuoso at {url} did not answer")


def ask(url: str, sparql: str, accept: str = "text/csv") -> str:
    """The server's answer to a query, asked directly."""
    request = urllib.request.Request(
        f"{url}/sparql",
        data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return str(answer.read().decode("utf-8"))


def graphs_on(url: str) -> list[str]:
    """The graphs the server holds, asked directly."""
    rows = ask(url, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").splitlines()[1:]
    return [row.strip('"') for row in rows]


def update(url: str, sparql: str) -> None:
    """Run an update as the administrator, with digest authentication."""
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, USER, PASSWORD)
    opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
    request = urllib.request.Request(
        f"{url}/sparql-auth",
        data=sparql.encode("utf-8"),
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    with opener.open(request, timeout=60):
        pass


def load_trig(url: str, path: Path) -> None:
    """Insert the named graphs of a TriG file, one update each (Virtuoso reads no TriG by its graph store)."""
    graphs: dict[str, list[str]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        assert isinstance(quad.graph_name, ox.NamedNode), f"{path}: Virtuoso has no default graph of its own"
        graphs.setdefault(quad.graph_name.value, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    for graph, triples in graphs.items():
        update(url, f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(triples) + "\n} }")


def empty(server: Virtuoso) -> None:
    """Drop every graph but the server's own."""
    for graph in graphs_on(server.url):
        if graph not in server.own_graphs:
            update(server.url, f"DROP SILENT GRAPH <{graph}>")
