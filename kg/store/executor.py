"""Run store work in a child process that can be killed, so a runaway query really stops.

Oxigraph cannot cancel a query, so each web worker hands its store work to a query process of
its own over a pipe and waits with a deadline. At the deadline the worker kills the process
(freeing the CPU at once), answers 503, and starts a fresh process for the next request.
Small results come back as one message; large ones stream in chunks. This is the worker's
side; the query process's is kg.store.queryloop. When the store is a SPARQL server, the query
process forwards the work to it (kg.store.remoteops) and the same deadline applies: a query the
server is still working on is cut off and answered with 503.
"""

from __future__ import annotations

import logging
import math
import pickle
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

import psutil

from kg import errors
from kg.errors import EngineCrashError, KGError, QueryTimeoutError, StoreError
from kg.settings import DEFAULT_QUERY_RSS_LIMIT_MIB
from kg.store.chunkstream import ChunkStream
from kg.store.launcher import Launcher
from kg.store.remoteops import RemoteTarget

log = logging.getLogger(__name__)

CHUNK_BYTES = 256 * 1024
# A started write is atomic and must run to its end; this only bounds a store that no longer answers.
WRITE_GRACE_S = 300.0
# What one query process may allocate: a query that needs more fails alone instead of starving the machine.
QUERY_MEMORY_BYTES = 2 << 30
# How long a replacement query process may take to boot and open the store before the old one is kept.
BOOT_GRACE_S = 60.0
# A graph the boot of a replacement asks for: the answer means the store is open (whether it exists does not matter).
WARM_UP_GRAPH = "urn:x-kg:warm-up"
READS = {"query", "graph_get", "graph_exists", "describe", "stats", "search", "overview"}
WRITES = {"update", "graph_put", "graph_delete"}


@dataclass
class Reply:
    """What a store operation answered: metadata, then either the whole body or a stream of chunks."""

    meta: dict[str, Any]
    body: bytes | None
    chunks: Chunks | None


class Chunks(Protocol):
    """A streamed body: an iterator of byte chunks that must be closed (closing early stops the work)."""

    def __iter__(self) -> Iterator[bytes]: ...

    def __next__(self) -> bytes: ...

    def close(self) -> None:
        """Release what produces the chunks."""


def rebuild_error(name: str, message: str) -> KGError:
    """Recreate the KGError the query process raised, by class name."""
    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, KGError)):
        cls = StoreError
    return cls(message)


class QueryProcess:
    """The worker's side of one query process: send an operation, wait with a deadline, kill on timeout."""

    def __init__(
        self,
        directory: Path | None,
        network: bool = False,
        memory_bytes: int = QUERY_MEMORY_BYTES,
        remote: RemoteTarget | None = None,
        launcher: Launcher | None = None,
    ) -> None:
        self.directory = directory
        self.network = network
        self.memory_bytes = memory_bytes
        self.remote = remote
        # Who starts the process; None: the calling thread, which must outlive it (kg.store.launcher).
        self.launcher = launcher
        self._conn: Connection | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._watch: psutil.Process | None = None  # made once per process
        self._readable: select.poll | None = None  # made once per process: asked at every answer
        # The most memory the process says it has held, with its last answer (None: not known).
        self.peak_bytes: int | None = None
        # Whether the process has answered since it started: one that has not may still be booting.
        self.ready = False

    def start(self) -> None:
        """Launch a fresh query process; it boots while the caller goes on, and opens the store itself."""
        # A new interpreter rather than a fork: RocksDB's threads do not survive a fork of a process
        # that has opened a store, and a fresh process inherits nothing it could trip over.
        self.ready = False
        self.peak_bytes = None
        parent, child = socket.socketpair()
        with child:
            command = [
                sys.executable,
                "-m",
                "kg.store.queryproc",
                str(child.fileno()),
                "-" if self.directory is None else str(self.directory),
                "network" if self.network else "no-network",
                str(self.memory_bytes),
            ]
            popen = subprocess.Popen if self.launcher is None else self.launcher.popen
            self._process = popen(command, pass_fds=[child.fileno()], stdin=subprocess.DEVNULL)
        try:
            self._watch = psutil.Process(self._process.pid)
        except psutil.Error:
            self._watch = None
        self._conn = Connection(parent.detach())
        self._readable = select.poll()
        self._readable.register(self._conn.fileno(), select.POLLIN)
        if self.remote is not None:  # over the socket: the server's credentials stay out of the process list
            self._conn.send(self.remote)

    def kill(self, restart: bool = True) -> None:
        """Stop the query process at once, whatever it is doing, and boot its replacement."""
        # Taken first: close() may stop a booting replacement while its boot thread holds it too.
        process, conn = self._process, self._conn
        self._conn = self._process = self._watch = self._readable = None
        if process is not None:
            process.kill()
            process.wait(5)
        if conn is not None:
            conn.close()
        if restart:
            self.start()

    def exit_signal(self) -> int:
        """The signal that ended the query process, once it has ended (0 if it exited or still runs)."""
        if self._process is None:
            return 0
        try:
            code = self._process.wait(1.0)
        except subprocess.TimeoutExpired:
            return 0
        return -code if code < 0 else 0

    def boot(self, timeout_s: float) -> bool:
        """Start the query process and wait until it has opened the store and answered; False if not in time."""
        try:
            self.start()
            conn = self._conn
            assert conn is not None
            conn.send(("graph_exists", {"iri": WARM_UP_GRAPH}))
            self.ready = bool(conn.poll(timeout_s)) and conn.recv()[0] == "ok"
            return self.ready
        except (EOFError, OSError):
            return False

    def resident_bytes(self) -> int:
        """The query process's resident memory now (0 when it is not running)."""
        watch = self._watch
        if watch is None:
            return 0
        try:
            return int(watch.memory_info().rss)
        except psutil.Error:
            return 0

    def resident_above(self, limit: int) -> bool:
        """Whether the query process's resident memory is above `limit` now (its peak below it says no at once)."""
        if self.peak_bytes is not None and self.peak_bytes <= limit:
            return False
        return self.resident_bytes() > limit

    def alive(self) -> bool:
        """Whether the query process is running."""
        return self._process is not None and self._process.poll() is None

    def call(self, op: str, args: dict[str, Any], timeout_s: float, started: float | None = None) -> Reply:
        """Run `op` in the query process; raise QueryTimeoutError (after killing it) at the deadline."""
        if self._conn is None or not self.alive():
            self.kill()
        assert self._conn is not None
        deadline = (time.monotonic() if started is None else started) + timeout_s
        self.peak_bytes = None
        try:
            # Pickled here rather than by Connection.send, whose pickler copies its dispatch table at each call.
            self._conn.send_bytes(pickle.dumps((op, args), pickle.HIGHEST_PROTOCOL))
            message = self._receive(deadline, timeout_s, dropped=op in WRITES)
            if message[0] == "started":  # a write holds the store: killing it now would lie about its outcome
                message = self._receive(time.monotonic() + WRITE_GRACE_S, WRITE_GRACE_S, writing=True)
        except (EOFError, OSError, BrokenPipeError) as exc:
            signal_number = self.exit_signal()
            self.kill()
            if signal_number:
                raise EngineCrashError(
                    f"the query engine stopped on this request (signal {signal_number}: it crashed or ran out of "
                    f"its {self.memory_bytes >> 20} MiB of memory) and nothing was carried out; simplify or narrow it"
                ) from exc
            raise StoreError(f"the query process died ({exc or 'no answer'}); try again") from exc
        self.ready = True
        kind = message[0]
        if kind == "ok":
            self.peak_bytes = message[3]
            return Reply(message[1], message[2], None)
        if kind == "error":
            raise rebuild_error(message[1], message[2])
        return Reply({}, None, self._stream(deadline, timeout_s))

    def _receive(self, deadline: float, timeout_s: float, writing: bool = False, dropped: bool = False) -> Any:
        assert self._conn is not None and self._readable is not None
        # One poll object per process rather than Connection.poll, which builds a selector at each call.
        if not self._readable.poll(math.ceil(max(0.0, deadline - time.monotonic()) * 1000)):
            self.kill()
            if writing:
                raise QueryTimeoutError(
                    f"the write was still running after {timeout_s:g} s more and was stopped; it may or may "
                    "not have been applied: check the store before sending it again"
                )
            if dropped:
                raise QueryTimeoutError(
                    f"the write waited longer than {timeout_s:g} s for its turn and was dropped; nothing was changed"
                )
            raise QueryTimeoutError(
                f"the query took longer than {timeout_s:g} s and was stopped; "
                "narrow it (LIMIT, more specific patterns) or ask for a longer timeout"
            )
        return self._conn.recv()

    def _stream(self, deadline: float, timeout_s: float) -> ChunkStream:
        assert self._conn is not None
        return ChunkStream(self, self._conn, deadline, timeout_s)


class ExecutorPool:
    """The query processes of one web worker, one per concurrent request.

    Without `network` (the default: no SERVICE endpoint is allowed) the query processes cannot open
    network sockets at all (kg.store.egress). With `remote` they work on that SPARQL server instead
    of `directory`, and may reach the network (SERVICE stays refused unless allowed).

    A query process keeps the memory its biggest query took (the allocator seldom hands freed memory
    back), so one whose resident memory is above `rss_limit_bytes` after an answer is replaced: the
    replacement boots and opens the store in the background while the old one goes on serving, then
    takes its place. No request waits for the boot. None: no limit.
    """

    def __init__(
        self,
        directory: Path | None,
        network: bool = False,
        busy: int = 4,
        remote: RemoteTarget | None = None,
        rss_limit_bytes: int | None = DEFAULT_QUERY_RSS_LIMIT_MIB << 20,
    ) -> None:
        self.directory = directory
        self.network = network or remote is not None
        self.remote = remote
        self.rss_limit_bytes = rss_limit_bytes
        self._idle: list[QueryProcess] = []
        # An over-limit process and its replacement while it boots; processes replaced while at work.
        self._replacing: dict[QueryProcess, QueryProcess] = {}
        self._replaced: set[QueryProcess] = set()
        self._closed = False
        self._launcher = Launcher()
        self._lock = threading.Lock()
        # Request threads are many (a slow client holds one); query processes at work are few.
        self._busy = threading.BoundedSemaphore(busy)

    def new_process(self) -> QueryProcess:
        """A query process of this pool, not started yet."""
        return QueryProcess(self.directory, self.network, remote=self.remote, launcher=self._launcher)

    def warm_up(self) -> None:
        """Boot one query process now, so that the first request does not wait for it."""
        process = self.new_process()
        process.start()
        with self._lock:
            self._idle.append(process)

    def run(self, op: str, args: dict[str, Any], timeout_s: float) -> Reply:
        """Run an operation; a streamed reply keeps its process until the stream is consumed or closed."""
        started = time.monotonic()
        if not self._busy.acquire(timeout=timeout_s):
            raise QueryTimeoutError(f"the server was busy for {timeout_s:g} s and did not start the request")
        with self._lock:
            process = self._idle.pop() if self._idle else self.new_process()
        try:
            reply = process.call(op, args, timeout_s, started)
        except BaseException:
            self._give_back(process)
            raise
        if reply.chunks is None:
            self._give_back(process)
            return reply
        assert isinstance(reply.chunks, ChunkStream)
        reply.chunks.on_close.append(lambda: self._give_back(process))
        return reply

    def resident_bytes(self) -> list[int]:
        """The resident memory of each idle query process (those at work are left alone)."""
        with self._lock:
            idle = list(self._idle)
        return [process.resident_bytes() for process in idle]

    def _give_back(self, process: QueryProcess) -> None:
        grown = self.rss_limit_bytes is not None and process.resident_above(self.rss_limit_bytes)
        fresh = None
        with self._lock:
            stop = self._closed or process in self._replaced
            if stop:
                self._replaced.discard(process)
            elif process.ready:
                self._idle.append(process)
            else:  # restarted after a timeout: the next request takes a process that has booted, if any
                self._idle.insert(0, process)
            if not stop and grown and process not in self._replacing:
                fresh = self._replacing[process] = self.new_process()
        self._busy.release()
        if stop:
            process.kill(restart=False)
        if fresh is not None:
            threading.Thread(
                target=self._replace, args=(process, fresh), name="kg-query-replacement", daemon=True
            ).start()

    def _replace(self, old: QueryProcess, fresh: QueryProcess) -> None:
        ready = fresh.boot(BOOT_GRACE_S)
        with self._lock:
            del self._replacing[old]
            retired = fresh
            if ready and not self._closed:
                self._idle.append(fresh)
                if old in self._idle:
                    self._idle.remove(old)
                    retired = old
                else:  # at work: it stops when its request gives it back
                    self._replaced.add(old)
                    return
            closed = self._closed
        retired.kill(restart=False)
        if not ready and not closed:
            log.warning("a replacement query process did not start in %g s; the old one goes on", BOOT_GRACE_S)

    def close(self) -> None:
        """Stop every idle query process and every replacement still booting."""
        with self._lock:
            self._closed = True
            stopping = self._idle + list(self._replacing.values())
            self._idle.clear()
        for process in stopping:
            process.kill(restart=False)
        self._launcher.close()
