"""Run store work inside the web worker, with a watchdog that ends the worker when a request runs too long.

Used under gunicorn (`kg serve`), where every worker handles one request at a time. pyoxigraph
releases the GIL while it evaluates and serializes, so a watchdog thread keeps running during a
query; Oxigraph cannot cancel one, so at the deadline the watchdog writes a complete 503 to the
client's socket and hard-exits the worker, which really stops the work. gunicorn's arbiter then
starts a fresh worker while the others go on answering. This saves the pipe round trip and the
second process per worker that kg.web.executor's query processes cost.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from kg.errors import KGError, StoreError
from kg.web.executor import Reply, perform
from kg.web.gate import StoreGate

log = logging.getLogger(__name__)

POLL_S = 0.05
STREAM_BYTES = 256 * 1024


def timeout_message(timeout_s: float) -> str:
    """What the client reads when its request was stopped at the deadline."""
    return (
        f"the query took longer than {timeout_s:g} s and was stopped; "
        "narrow it (LIMIT, more specific patterns) or ask for a longer timeout"
    )


def timeout_response(message: str) -> bytes:
    """A complete HTTP/1.1 503 response carrying `message`, closing the connection."""
    body = f"{message}\n".encode()
    head = (
        "HTTP/1.1 503 Service Unavailable\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Retry-After: 1\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


@dataclass
class Watch:
    """The request being watched: its deadline, its client socket and what to tell the client."""

    deadline: float
    sock: socket.socket | None
    message: str
    streaming: bool = False


class Watchdog:
    """A thread that answers 503 and exits the process when the watched request passes its deadline."""

    def __init__(self, exit_process: Callable[[int], Any] = os._exit) -> None:
        self._lock = threading.Lock()
        self._watch: Watch | None = None
        self._exit = exit_process
        self._before_exit: Callable[[], None] | None = None
        # Polling rather than waking the thread per request keeps arming a request to two assignments.
        self._thread = threading.Thread(target=self._run, name="kg-query-watchdog", daemon=True)
        self._thread.start()

    def call_before_exit(self, callback: Callable[[], None]) -> None:
        """Run `callback` when the watchdog fires, before it answers: the server stops taking connections."""
        self._before_exit = callback

    def arm(self, timeout_s: float, sock: socket.socket | None, message: str) -> None:
        """Watch the current request until `disarm`."""
        self._watch = Watch(time.monotonic() + timeout_s, sock, message)

    def mark_streaming(self) -> None:
        """The response has started: at the deadline the connection is cut rather than answered 503."""
        with self._lock:
            if self._watch is not None:
                self._watch.streaming = True

    def disarm(self) -> None:
        """Stop watching; once this returns, the watchdog will not write to the client."""
        with self._lock:
            self._watch = None

    def _run(self) -> None:
        while True:
            time.sleep(POLL_S)
            watch = self._watch
            if watch is None or time.monotonic() < watch.deadline:
                continue
            with self._lock:
                if self._watch is watch:
                    self._fire(watch)
                    self._watch = None

    def _fire(self, watch: Watch) -> None:
        # The lock stays held: the request thread cannot write to the client any more.
        log.warning("a request passed its time limit; worker %d exits to stop it", os.getpid())
        if self._before_exit is not None:
            # Else a connection this process accepts from now on would be reset by the exit.
            try:
                self._before_exit()
            except Exception:
                log.exception("could not stop taking connections before exiting")
        if watch.sock is not None:
            with contextlib.suppress(OSError):
                watch.sock.settimeout(1.0)
                if not watch.streaming:
                    watch.sock.sendall(timeout_response(watch.message))
                watch.sock.shutdown(socket.SHUT_RDWR)
        for handler in logging.getLogger().handlers:
            with contextlib.suppress(Exception):
                handler.flush()
        self._exit(0)


class BufferSink:
    """A binary writer that keeps everything in memory."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, data: bytes) -> int:
        """Append data."""
        self.data += data
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the data stays in memory."""


class ResponseSink:
    """A WSGI response written as the result is serialized: whole if small, else streamed (chunked).

    Small bodies get a Content-Length; once the body passes STREAM_BYTES the headers go out and
    the rest is written through gunicorn's `write`, gzip-compressed on the fly when asked.
    """

    def __init__(
        self,
        start_response: Callable[..., Any],
        headers: list[tuple[str, str]],
        gzip_level: int | None,
        on_start: Callable[[], None],
    ) -> None:
        self.start_response = start_response
        self.headers = headers
        self.gzip_level = gzip_level
        self.on_start = on_start
        self.buffer = bytearray()
        self.writer: Callable[[bytes], Any] | None = None
        self.compressor: Any = None

    @property
    def started(self) -> bool:
        """Whether the status and headers have been sent."""
        return self.writer is not None

    def write(self, data: bytes) -> int:
        """Buffer data; past the threshold, send the headers and stream from then on."""
        self.buffer += data
        if len(self.buffer) >= STREAM_BYTES:
            if self.writer is None:
                self._start_stream()
            self._send(bytes(self.buffer))
            self.buffer.clear()
        return len(data)

    def flush(self) -> None:
        """Nothing to do: chunks go out as they fill."""

    def finish(self, min_gzip_bytes: int) -> list[bytes]:
        """The WSGI body that remains after the result was serialized."""
        if self.writer is None:
            body = bytes(self.buffer)
            headers = list(self.headers)
            if self.gzip_level is not None and len(body) >= min_gzip_bytes:
                body = zlib_gzip(body, self.gzip_level)
                headers.append(("Content-Encoding", "gzip"))
            headers.append(("Content-Length", str(len(body))))
            self.start_response("200 OK", headers)
            return [body]
        tail = bytes(self.buffer)
        if self.compressor is not None:
            tail = self.compressor.compress(tail) + self.compressor.flush()
        return [tail] if tail else []

    def _start_stream(self) -> None:
        self.on_start()
        headers = list(self.headers)
        if self.gzip_level is not None:
            headers.append(("Content-Encoding", "gzip"))
            self.compressor = zlib.compressobj(self.gzip_level, zlib.DEFLATED, 31)
        self.writer = self.start_response("200 OK", headers)

    def _send(self, data: bytes) -> None:
        assert self.writer is not None
        if self.compressor is not None:
            data = self.compressor.compress(data)
        if data:
            self.writer(data)


def zlib_gzip(body: bytes, level: int) -> bytes:
    """One gzip member holding `body`."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, 31)
    return compressor.compress(body) + compressor.flush()


class InlineRunner:
    """This worker's store access, run in the request's own thread under the watchdog."""

    def __init__(self, directory: Path, watchdog: Watchdog | None = None) -> None:
        self.gate = StoreGate(directory)
        self.watchdog = watchdog or Watchdog()

    def warm_up(self) -> None:
        """Open the read-only view now, so that the first request does not wait for it."""
        with self.gate.reading():
            pass

    def run(
        self,
        op: str,
        args: dict[str, Any],
        timeout_s: float,
        environ: dict[str, Any],
        sink: ResponseSink | None = None,
    ) -> Reply:
        """Run an operation; its output goes to `sink`, or into the reply's body without one."""
        target: ResponseSink | BufferSink = sink if sink is not None else BufferSink()
        self.watchdog.arm(timeout_s, environ.get("gunicorn.socket"), timeout_message(timeout_s))
        try:
            meta = perform(self.gate, op, args, cast(Any, target))
        except KGError:
            raise
        except Exception as exc:
            raise StoreError(f"the store failed: {type(exc).__name__}: {exc}") from exc
        finally:
            self.watchdog.disarm()
        body = bytes(target.data) if isinstance(target, BufferSink) else None
        return Reply(meta or {}, body, None)

    def close(self) -> None:
        """Release the store."""
        self.gate.close()
