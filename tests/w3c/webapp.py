"""Helpers for the web tests: a store loaded from TriG files, an app on it, a real `kg serve` on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import requests
from flask import Flask

from kg.settings import load_settings
from kg.store import KGStore
from kg.web import create_app

HERE = Path(__file__).resolve().parent
PROJECT_DIR = HERE.parent.parent
SAMPLE = HERE / "sample.trig"
PROTOCOL_DATA = HERE / "protocol-data.trig"
TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def query_args(text: str, **extra: Any) -> dict[str, Any]:
    """The arguments of a "query" store operation over the union of the graphs, as the endpoint sends them."""
    args = {"text": text, "fmt": "json", "default_graphs": [], "named_graphs": [], "base_iri": None}
    return {**args, "own_dataset": False, **extra}


def load_store(directory: Path, *files: Path) -> Path:
    """Create a store in `directory` holding the quads of the TriG files."""
    with KGStore.open(directory) as store:
        for path in files:
            store.native.load(path=str(path), format=ox.RdfFormat.TRIG)
    return directory


def make_app(directory: Path, *files: Path, **overrides: Any) -> Flask:
    """An app on a fresh store with `files` loaded; updates allowed with TOKEN unless overridden."""
    load_store(directory, *files)
    values: dict[str, Any] = {"store_dir": directory, "project_dir": PROJECT_DIR, "update_token": TOKEN}
    values.update(overrides)
    settings = load_settings({}, **{k: v for k, v in values.items() if v is not None})
    if overrides.get("update_token", "") is None:
        settings = settings.with_changes(update_token=None)
    app = create_app(settings)
    app.testing = True
    return app


def close_app(app: Flask) -> None:
    """Stop the app's query processes."""
    app.extensions["kg"].pool.close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def run_kg_serve(
    store: str, log_dir: Path, args: list[str], env: dict[str, str], start_s: float = 30
) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    """Run `kg --store STORE serve ARGS` on a free loopback port until /health answers; yield URL, process, log."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "kg"), "--store", store, "serve", "--port", str(port), *args]
    # The server's log goes to a file: an unread pipe would fill up and freeze a server that logs a lot.
    log_path = log_dir / f"kg-serve-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=PROJECT_DIR
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_s
        while True:
            try:
                if requests.get(base + "/health", timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"kg serve did not start: {log_path.read_text(errors='replace')}")
            time.sleep(0.1)
        yield base, process, log_path
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serving(
    directory: Path, *files: Path, timeout_s: float = 30, workers: int = 2
) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    """Run `kg serve` on a loopback port over a store with `files`; yield its base URL, process and log file."""
    load_store(directory, *files)
    env = {**os.environ, "KG_UPDATE_TOKEN": TOKEN}
    args = ["--workers", str(workers), "--timeout", str(timeout_s)]
    with run_kg_serve(str(directory), directory.parent, args, env) as served:
        yield served


@contextmanager
def running_server(directory: Path, *files: Path, timeout_s: float = 30, workers: int = 2) -> Iterator[str]:
    """Run `kg serve` on a loopback port over a store with `files`; yield its base URL."""
    with serving(directory, *files, timeout_s=timeout_s, workers=workers) as (base, _process, _log):
        yield base
