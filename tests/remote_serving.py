"""Helpers for the tests of `kg serve --store http://...`: a real `kg serve` in front of a real server.

The server is `oxigraph serve` or a throw-away Virtuoso (tests/test_remote_store.serve gives either,
as a URL carrying the KG_STORE_* settings kg needs for it).

`LiveClient` speaks to the running `kg serve` with the part of Flask's test client that the W3C
protocol tests use, so the same tests run against the endpoint in front of the server.
"""

from __future__ import annotations

import os
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

from tests import virtuoso
from tests.w3c.webapp import TOKEN, run_kg_serve


class LiveResponse:
    """A `requests` response with the attributes of a Flask test response that the tests read."""

    def __init__(self, response: requests.Response) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self.mimetype = response.headers.get("Content-Type", "").split(";")[0].strip().lower()

    def get_data(self, as_text: bool = False) -> Any:
        """The body, as bytes or text."""
        return self.content.decode("utf-8", "replace") if as_text else self.content


class LiveClient:
    """Requests to a running endpoint, called as on Flask's test client; `host` is sent as the Host header."""

    def __init__(self, base: str, host: str = "localhost") -> None:
        self.base = base
        self.host = host
        self.session = requests.Session()

    def close(self) -> None:
        """Close the connections."""
        self.session.close()

    def open(self, method: str, path: str, data: Any = None, content_type: str | None = None, **kw: Any) -> Any:
        """Send one request; a dict `data` of (file, name, type) tuples goes as multipart/form-data."""
        headers = {"Host": self.host, **(kw.get("headers") or {})}
        files = None
        if isinstance(data, dict):
            files = {field: (name, handle, kind) for field, (handle, name, kind) in data.items()}
            data = None
        elif content_type is not None:
            headers["Content-Type"] = content_type
        response = self.session.request(
            method, self.base + path, data=data, files=files, headers=headers, timeout=60, allow_redirects=False
        )
        return LiveResponse(response)

    def get(self, path: str, **kw: Any) -> Any:
        """GET `path`."""
        return self.open("GET", path, **kw)

    def head(self, path: str, **kw: Any) -> Any:
        """HEAD `path`."""
        return self.open("HEAD", path, **kw)

    def post(self, path: str, **kw: Any) -> Any:
        """POST to `path`."""
        return self.open("POST", path, **kw)

    def put(self, path: str, **kw: Any) -> Any:
        """PUT to `path`."""
        return self.open("PUT", path, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        """DELETE `path`."""
        return self.open("DELETE", path, **kw)


def reset_server(url: str, *files: Path) -> None:
    """Empty the server at `url` (a Virtuoso keeps its own graphs) and load the TriG `files` into it."""
    if getattr(url, "kind", "oxigraph") == "virtuoso":
        running = virtuoso.Virtuoso(url, 0, getattr(url, "env", {}), getattr(url, "own_graphs", ()))
        virtuoso.empty(running)
        for path in files:
            virtuoso.load_trig(url, path)
        return
    send(f"{url}/update", b"CLEAR ALL", "application/sparql-update")
    for path in files:
        send(f"{url}/store", path.read_bytes(), "application/trig")


def send(url: str, body: bytes, content_type: str) -> None:
    """POST `body` to `url` directly (not through kg)."""
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method="POST")
    with urllib.request.urlopen(request, timeout=30):
        pass


@contextmanager
def serve_in_front(
    server: str, folder: Path, *, timeout_s: float = 30, workers: int = 1, env: dict[str, str] | None = None
) -> Iterator[tuple[str, Path]]:
    """Run `kg --store SERVER serve` on a loopback port (updates with TOKEN); yield its URL and log file.

    The server's own KG_STORE_* settings, if it carries them, come before `env`.
    """
    variables = {**os.environ, "KG_UPDATE_TOKEN": TOKEN, **getattr(server, "env", {}), **(env or {})}
    variables.pop("KG_STORE", None)
    args = ["--workers", str(workers), "--threads", "2", "--timeout", str(timeout_s)]
    with run_kg_serve(server, folder, args, variables, start_s=60) as (base, _process, log_path):
        yield base, log_path
