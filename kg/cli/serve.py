"""`kg serve`: the SPARQL endpoint on gunicorn (a production WSGI server), several worker processes."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import click

from kg.cli.main import cli
from kg.errors import BadInputError
from kg.settings import Settings

BUSY_ACCEPT_DELAY_S = 0.002


def default_workers() -> int:
    """Three workers per core: each runs one request at a time, and connections stay with the worker that took them."""
    return max(2, 3 * (os.cpu_count() or 1))


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="Store directory (overrides the group's --store).",
)
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Worker processes [default: 3 per core].")
@click.option("--timeout", "query_timeout_s", type=click.FloatRange(0.1, 3600), default=None, help="Query timeout (s).")
@click.option("--base-iri", default=None, help="Base of the IRIs this server resolves (default: $KG_BASE_IRI).")
@click.pass_obj
def serve(
    settings: Settings,
    host: str,
    port: int,
    store_dir: str | None,
    workers: int | None,
    query_timeout_s: float | None,
    base_iri: str | None,
) -> None:
    """Serve SPARQL 1.1 (query, update, graph store) and the graph's IRIs over HTTP.

    Updates and graph-store writes are off unless KG_UPDATE_TOKEN or KG_UPDATE_TOKEN_FILE is set;
    then they need 'Authorization: Bearer <token>'.

    \b
    Examples:
      kg serve                                   # http://127.0.0.1:5000/sparql
      kg --store /tmp/kg serve --port 8080 --timeout 10
      KG_UPDATE_TOKEN_FILE=token.txt kg serve    # also accept authorised updates
      KG_BASE_IRI=https://kg.example.org/ kg serve --host 0.0.0.0
    """
    changes: dict[str, Any] = {}
    if store_dir is not None:
        changes["store_dir"] = Path(store_dir)
    if query_timeout_s is not None:
        changes["query_timeout_s"] = query_timeout_s
    if base_iri is not None:
        changes["base_iri"] = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"
    settings = settings.with_changes(**changes) if changes else settings
    run_server(settings, host, port, workers or default_workers())


def run_server(settings: Settings, host: str, port: int, workers: int) -> None:
    """Run gunicorn in this process with `workers` workers until interrupted."""
    from gunicorn.app.base import BaseApplication

    from kg.web import create_app
    from kg.web.gate import StoreGate

    if settings.store_dir is None:
        raise BadInputError("kg serve needs an on-disk store (--store DIR)")
    StoreGate.prepare(settings.store_dir)  # fail here, with a one-line message, if the store cannot be opened
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/sparql"
    writes = "on (bearer token)" if settings.update_token else "off (no KG_UPDATE_TOKEN)"

    class Server(BaseApplication):
        def load_config(self) -> None:
            options = {
                "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
                "workers": workers,
                # One request at a time per worker: the watchdog that stops a runaway query exits the worker.
                "worker_class": "gthread",
                "threads": 1,
                "keepalive": 5,
                # Each worker's watchdog enforces the query timeout; gunicorn's own limit only catches a hung worker.
                "timeout": int(settings.query_timeout_s) + 30,
                "graceful_timeout": 5,
                "accesslog": None,
                "errorlog": "-",
                "loglevel": "warning",
                "limit_request_line": 0,
                "when_ready": lambda _server: click.echo(f"Serving SPARQL at {url} (updates {writes})", err=True),
                "post_worker_init": hand_watchdog_the_worker,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return create_app(settings, inline=True)

    Server().run()


def hand_watchdog_the_worker(worker: Any) -> None:
    """Let the worker's watchdog stop it taking connections before it exits on a runaway query."""
    context = worker.wsgi.extensions["kg"]
    if context.runner is not None:
        context.runner.watchdog.call_before_exit(lambda: stop_accepting(worker))
    prefer_idle_workers(worker)


def prefer_idle_workers(worker: Any) -> None:
    """Make a worker that already holds connections let an idle worker take a new one first.

    Every worker wakes for a new connection and the first to accept keeps it for its keep-alive
    life; left alone, one worker often takes most of a client's connections and serves them one
    request at a time while the others idle.
    """
    accept = worker.accept

    def accept_when_idle(listener: Any) -> None:
        if worker.nr_conns > 0:
            time.sleep(BUSY_ACCEPT_DELAY_S)
        accept(listener)

    worker.accept = accept_when_idle


def stop_accepting(worker: Any, wait_s: float = 1.0) -> None:
    """Have a gthread worker's event loop (another thread) stop accepting connections, and wait for it."""
    done = threading.Event()

    def stop() -> None:
        worker.worker_connections = 0  # its loop re-enables accepting while it has room for connections
        worker.set_accept_enabled(False)
        done.set()

    worker.method_queue.defer(stop)
    done.wait(wait_s)
