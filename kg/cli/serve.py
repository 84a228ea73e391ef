"""`kg serve`: the SPARQL endpoint on granian (a production HTTP server written in Rust), a worker per core.

Each worker evaluates `--threads` requests at once, each in a query process of its own (see
kg.store.executor), and holds up to BACKLOG connections (granian's backpressure): capping
connections at the thread count would let a few idle keep-alive clients lock every other client out.
"""

from __future__ import annotations

import os
import socket
import tempfile
from typing import Any

import click

from kg.cli.main import cli
from kg.errors import BadInputError
from kg.settings import Settings

# Two query processes per worker, so two per core: more add no throughput on CPU-bound queries, and each
# holds 60-120 MiB (an interpreter and its own view of the store); with 4, 2 workers used over 1 GiB.
DEFAULT_THREADS = 2
BACKLOG = 1024
SLOW_CLIENT_THREADS = 60


def default_workers() -> int:
    """One worker process per core (at least two, so that a slow request never holds the whole port)."""
    return max(2, os.cpu_count() or 1)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="Store directory, or a SPARQL server's URL (overrides the group's --store).",
)
@click.option(
    "--workers", type=click.IntRange(1, 64), default=None, help="Worker processes [default: 1 per core, at least 2]."
)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=DEFAULT_THREADS,
    show_default=True,
    help="Requests each worker evaluates at once, each in a query process (more wait their turn).",
)
@click.option("--timeout", "query_timeout_s", type=click.FloatRange(0.1, 3600), default=None, help="Query timeout (s).")
@click.option("--base-iri", default=None, help="Base of the IRIs this server resolves (default: $KG_BASE_IRI).")
@click.option(
    "--query-rss-limit",
    "query_rss_limit_mib",
    type=click.IntRange(0, 1 << 20),
    default=None,
    help="Replace a query process resident above this many MiB after an answer; 0: never "
    "[default: $KG_QUERY_RSS_LIMIT_MIB, else 192].",
)
@click.pass_obj
def serve(
    settings: Settings,
    host: str,
    port: int,
    store_dir: str | None,
    workers: int | None,
    threads: int,
    query_timeout_s: float | None,
    base_iri: str | None,
    query_rss_limit_mib: int | None,
) -> None:
    """Serve SPARQL 1.1 (query, update, graph store) and the graph's IRIs over HTTP.

    Updates and graph-store writes are off unless KG_UPDATE_TOKEN or KG_UPDATE_TOKEN_FILE is set;
    then they need 'Authorization: Bearer <token>'.

    With a SPARQL server as the store (--store http://HOST:PORT, see KG_STORE_*), this endpoint stands
    in front of it: queries, updates and graph writes are checked here (token, timeout, limits) and
    forwarded; the server's answers are passed on.

    \b
    Examples:
      kg serve                                   # http://127.0.0.1:5000/sparql
      kg --store /tmp/kg serve --port 8080 --timeout 10
      KG_UPDATE_TOKEN_FILE=token.txt kg serve    # also accept authorised updates
      KG_BASE_IRI=https://kg.example.org/ kg serve --host 0.0.0.0
      kg --store http://127.0.0.1:7878 serve     # in front of an Oxigraph server
    """
    changes: dict[str, Any] = {}
    if store_dir is not None:
        settings = settings.with_store(store_dir)
    if query_timeout_s is not None:
        changes["query_timeout_s"] = query_timeout_s
    if query_rss_limit_mib is not None:
        changes["query_rss_limit_mib"] = query_rss_limit_mib
    if base_iri is not None:
        changes["base_iri"] = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"
    settings = settings.with_changes(**changes) if changes else settings
    run_server(settings, host, port, workers or default_workers(), threads)


def run_server(settings: Settings, host: str, port: int, workers: int, threads: int) -> None:
    """Run granian in this process with `workers` worker processes of `threads` request threads each."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.http import HTTP1Settings
    from granian.log import LogLevels

    from kg.store.gate import StoreGate
    from kg.web.served import (
        BUSY_VARIABLE,
        SEARCH_DIR_VARIABLE,
        SERVER_PID_VARIABLE,
        SETTINGS_VARIABLE,
        encode_settings,
    )

    if settings.store_url is not None:
        check_server(settings)
    elif settings.store_dir is None:
        raise BadInputError("kg serve needs a store: a directory or a SPARQL server's URL (--store)")
    else:
        store_dir = settings.store_dir.resolve()
        settings = settings.with_changes(store_dir=store_dir)
        StoreGate.prepare(store_dir)  # fail here, with a one-line message, if the store cannot be opened
    port = check_port_free(host, port)
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/sparql"
    writes = "on (bearer token)" if settings.update_token else "off (no KG_UPDATE_TOKEN)"
    front = f" in front of {settings.store_url}" if settings.store_url else ""
    # granian starts each worker as a new process that imports the app factory; the settings go with it.
    os.environ[SETTINGS_VARIABLE] = encode_settings(settings)
    os.environ[SERVER_PID_VARIABLE] = str(os.getpid())
    os.environ[BUSY_VARIABLE] = str(threads)
    server = Granian(
        "kg.web.served:create_served_app",
        factory=True,
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        # Request threads beyond the `threads` that run store work wait for slow clients (a body sent a
        # byte at a time holds its thread), so a few such clients cannot take every request slot.
        blocking_threads=threads + SLOW_CLIENT_THREADS,
        backpressure=BACKLOG,  # connections per worker; requests past `threads` wait for a thread
        backlog=BACKLOG,
        websockets=False,
        # Long GET queries must reach the app, which answers 413 past its own limit.
        http1_settings=HTTP1Settings(max_buffer_size=settings.max_request_bytes + 65536),
        respawn_failed_workers=True,
        log_level=LogLevels.warning,
    )
    click.echo(f"Serving SPARQL at {url}{front} (updates {writes})", err=True)
    # The search index of a SPARQL server's data, shared by the workers, goes when the server stops.
    with tempfile.TemporaryDirectory(prefix="kg-search-") as search_dir:
        os.environ[SEARCH_DIR_VARIABLE] = search_dir
        server.serve()


def check_server(settings: Settings) -> None:
    """Fail at start, with a one-line message, if the SPARQL server does not answer a trivial query."""
    from kg.store.remote import RemoteStore

    RemoteStore.open(settings).native_query("ASK {}", own_dataset=True)


def check_port_free(host: str, port: int) -> int:
    """The port to listen on (a free one for 0), or a one-line error if another server listens there
    (granian's sockets use SO_REUSEPORT, which would let a second server share a port unnoticed)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.create_server((host, port), family=family) as probe:
            return int(probe.getsockname()[1])
    except OSError as exc:
        raise BadInputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
