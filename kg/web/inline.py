"""Run store work inside the web worker, in query threads, and retire the worker after a runaway query.

Used under granian (`kg serve`). Each request hands its store work to a query thread and waits
for it with the request's deadline; pyoxigraph releases the GIL while it evaluates and
serializes, so waiting costs nothing. At the deadline the request answers 503 at once, but
Oxigraph cannot cancel a query: the abandoned thread would go on burning a core. So the worker
retires: it stops taking connections, finishes the requests it holds and exits, which really
stops the work, and granian starts a fresh worker while the others go on answering.
This saves the pipe round trip and the second process per request that kg.web.executor's query
processes cost.
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol, cast

from werkzeug.wsgi import ClosingIterator

from kg.errors import KGError, QueryTimeoutError
from kg.store import WRITER_LOCK_WAIT_S
from kg.web.egress import block_network_egress
from kg.web.executor import WRITES, Reply, perform
from kg.web.gate import StoreGate
from kg.web.slices import LONG_SLICE_S, set_time_slice
from kg.web.storeops import failure_of

log = logging.getLogger(__name__)

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

STREAM_BYTES = 256 * 1024
QUEUED_CHUNKS = 4
POLL_S = 0.05
# granian stops respawning (and exits) when a worker fails twice within 5.5 s of a respawn.
MIN_WORKER_AGE_S = 6.0
WRITE_WAIT_S = WRITER_LOCK_WAIT_S + 5.0
IDLE_WAIT_S = 2.0
IDLE_POLL_S = 0.002
# A job still running after this is a heavy query: its thread gets long time slices (see kg.web.slices).
HEAVY_AFTER_S = 0.05


def timeout_message(timeout_s: float, op: str = "query") -> str:
    """What the client reads when its request was stopped at the deadline."""
    if op in WRITES:
        return (
            f"the write did not finish within {timeout_s:g} s: if it had not started it was dropped, "
            "otherwise it may still be applied; check the store before sending it again"
        )
    return (
        f"the query took longer than {timeout_s:g} s and was stopped; "
        "narrow it (LIMIT, more specific patterns) or ask for a longer timeout"
    )


class CancelledError(Exception):
    """Raised in a query thread when nobody reads its output any more."""


END = object()


def detached(exc: KGError) -> KGError:
    """`exc` without its tracebacks and the exceptions it was raised from.

    The error is raised again in the request thread, and its tracebacks' frames may hold Oxigraph
    results that only the query thread may release (pyo3 leaks them when another thread does).
    """
    exc.__traceback__ = None
    exc.__cause__ = exc.__context__ = None
    return exc


class Job:
    """One store operation run in a query thread; its output is buffered, or streamed once it is large."""

    def __init__(self, gate: StoreGate, op: str, args: dict[str, Any]) -> None:
        self.gate = gate
        self.op = op
        self.args = args
        self.ready = threading.Event()  # set when the job is done or its output starts streaming
        self.done = threading.Event()
        self.meta: dict[str, Any] = {}
        self.error: KGError | None = None
        self.buffer = bytearray()
        self.streaming = False
        self.cancelled = False
        self.chunks: queue.Queue[Any] = queue.Queue(QUEUED_CHUNKS)
        self.tid = 0  # the native id of the query thread, once it runs the job
        self.slice_lock = threading.Lock()
        self.long_slices = False

    def execute(self) -> None:
        """Run the operation (in the query thread) and record its outcome."""
        try:
            self.meta = perform(self.gate, self.op, self.args, cast(Any, self)) or {}
        except CancelledError:
            pass
        except KGError as exc:
            self.error = detached(exc)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # pyo3's PanicException is a BaseException: the thread must survive it
            self.error = failure_of(exc)
        try:
            if self.streaming and not self.cancelled:
                self._put(self.error if self.error is not None else bytes(self.buffer))
                self._put(END)
        except CancelledError:
            pass
        finally:
            self.done.set()
            self.ready.set()

    def mark_heavy(self) -> None:
        """Give the thread running this job long time slices while it runs it."""
        with self.slice_lock:
            if self.tid and not self.done.is_set():
                self.long_slices = set_time_slice(self.tid, LONG_SLICE_S)

    def restore_slices(self) -> None:
        """Give the job's thread its default time slices back (called by that thread once the job is done)."""
        with self.slice_lock:
            if self.long_slices:
                set_time_slice(self.tid, 0)
                self.long_slices = False

    def write(self, data: bytes) -> int:
        """Take serialized output; past STREAM_BYTES, hand it on in chunks (blocking while the client is slow)."""
        if self.cancelled:
            raise CancelledError
        self.buffer += data
        if len(self.buffer) >= STREAM_BYTES:
            chunk = bytes(self.buffer)
            self.buffer.clear()
            self._put(chunk)
            if not self.streaming:
                self.streaming = True
                self.ready.set()
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: chunks go out as they fill."""

    def cancel(self) -> None:
        """Make the query thread stop at its next write; unblock it if it waits for room."""
        self.cancelled = True
        while True:
            try:
                self.chunks.get_nowait()
            except queue.Empty:
                return

    def _put(self, item: Any) -> None:
        while not self.cancelled:
            try:
                self.chunks.put(item, timeout=POLL_S)
                return
            except queue.Full:
                continue
        raise CancelledError


class JobStream:
    """The chunks of a streamed job for the WSGI server.

    A stream that keeps producing runs to its end (results are capped in rows): granian ends a
    body normally when its iterator raises, so cutting a stream at the deadline would hand the
    client a truncated result that looks complete. A stream that stalls for longer than the
    timeout makes the worker retire instead, and the connection is cut when the worker ends.
    """

    def __init__(self, runner: InlineRunner, job: Job, timeout_s: float) -> None:
        self.runner = runner
        self.job = job
        self.timeout_s = timeout_s
        self.finished = False

    def __iter__(self) -> JobStream:
        return self

    def __next__(self) -> bytes:
        if self.finished:
            raise StopIteration
        try:
            item = self.job.chunks.get(timeout=self.timeout_s)
        except queue.Empty:
            self.runner.retirement.begin(self.job, time.monotonic())
            item = self.job.chunks.get()  # until the job produces more, or the worker ends
        if item is END:
            self.close()
            raise StopIteration
        if isinstance(item, KGError):
            self.close()
            raise item
        return cast(bytes, item)

    def close(self) -> None:
        """Release the job: a job still running is cancelled, and abandoned if it has not stopped in time."""
        if self.finished:
            return
        self.finished = True
        if not self.job.done.is_set():
            self.job.cancel()
        self.runner.finish(self.job, time.monotonic() + self.timeout_s)


class QueryThread:
    """A daemon thread that runs one job at a time, then offers itself for the next."""

    def __init__(self, on_idle: Callable[[QueryThread], None]) -> None:
        self.inbox: queue.SimpleQueue[Job] = queue.SimpleQueue()
        self.on_idle = on_idle
        threading.Thread(target=self._loop, name="kg-query", daemon=True).start()

    def submit(self, job: Job) -> None:
        """Run `job` next."""
        self.inbox.put(job)

    def _loop(self) -> None:
        block_network_egress()
        tid = threading.get_native_id()
        while True:
            job = self.inbox.get()
            job.tid = tid
            job.execute()
            job.restore_slices()
            self.on_idle(self)


class RequestCount:
    """How many requests this worker is answering, from the WSGI call until the response is closed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.value = 0

    def enter(self) -> None:
        """A request starts."""
        with self.lock:
            self.value += 1

    def leave(self) -> None:
        """A request's response is done."""
        with self.lock:
            self.value -= 1

    def wrap(self, app: WSGIApp) -> WSGIApp:
        """`app`, counting its requests until their responses are closed."""

        def counted(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            self.enter()
            try:
                body = app(environ, start_response)
            except BaseException:
                self.leave()
                raise
            if isinstance(body, list):
                # A whole body is written by the server at once; wrapping it would make granian
                # iterate it chunk by chunk, which costs more than the request itself on small queries.
                self.leave()
                return body
            return ClosingIterator(body, self.leave)

        return counted


class StopTurnLike(Protocol):
    """A worker's turn to stop among the server's workers (kg.web.stopturn.StopTurn)."""

    def wait(self) -> None:
        """Block until this worker may stop."""

    def release(self) -> None:
        """Give the turn back without stopping."""


class NoTurn:
    """Stop without waiting for other workers (a single worker, or tests)."""

    def wait(self) -> None:
        """Nothing to wait for."""

    def release(self) -> None:
        """Nothing to give back."""


class Retirement:
    """Ends this worker process after a runaway job was abandoned, unless the job ends first.

    The worker first waits for its turn among the server's workers (`turn`), then for a moment
    when no request is in flight here (or `idle_wait_s` at the latest), and stops
    (SIGTERM: granian takes no new connections and the process ends, taking the runaway with it);
    if it is still there after `grace_s`, it exits at once.
    """

    def __init__(
        self,
        requests: RequestCount,
        grace_s: float,
        stop_process: Callable[[], Any] = lambda: os.kill(os.getpid(), signal.SIGTERM),
        exit_process: Callable[[int], Any] = os._exit,
        min_age_s: float = MIN_WORKER_AGE_S,
        idle_wait_s: float = IDLE_WAIT_S,
        turn: StopTurnLike | None = None,
    ) -> None:
        self.requests = requests
        self.turn = turn or NoTurn()
        self.idle_wait_s = idle_wait_s
        self.grace_s = grace_s
        self.stop_process = stop_process
        self.exit_process = exit_process
        self.born = time.monotonic()
        self.min_age_s = min_age_s
        self.lock = threading.Lock()
        self.runaways: list[tuple[Job, float]] = []
        self.watching = False

    def begin(self, job: Job, due: float) -> None:
        """Retire this worker if `job` (abandoned or cancelled) is still running at `due`."""
        with self.lock:
            self.runaways.append((job, due))
            if self.watching:
                return
            self.watching = True
        threading.Thread(target=self._watch, name="kg-retirement", daemon=True).start()

    def _watch(self) -> None:
        not_before = self.born + self.min_age_s
        waiting_since: float | None = None
        has_turn = False
        while True:
            now = time.monotonic()
            with self.lock:
                self.runaways = [(job, due) for job, due in self.runaways if not job.done.is_set()]
                if not self.runaways:
                    self.watching = False
                    if has_turn:
                        self.turn.release()
                    return
                overdue = any(due <= now for _, due in self.runaways)
            if overdue and now >= not_before:
                if not has_turn:
                    # Our turn among the server's workers first: the idle moment below must be the last word.
                    self.turn.wait()
                    has_turn = True
                    continue
                # Stopping drops the requests granian holds: wait for a moment with none in flight.
                waiting_since = waiting_since if waiting_since is not None else now
                if not self.requests.value or now - waiting_since >= self.idle_wait_s:
                    break
                time.sleep(IDLE_POLL_S)
                continue
            time.sleep(POLL_S)
        log.warning("a query passed its time limit; worker %d restarts to stop it", os.getpid())
        self.stop_process()
        time.sleep(self.grace_s)
        log.warning("worker %d did not stop within %g s; exiting", os.getpid(), self.grace_s)
        for handler in logging.getLogger().handlers:
            handler.flush()
        self.exit_process(3)


class InlineRunner:
    """This worker's store access: jobs in query threads, with deadlines, and retirement after a runaway."""

    def __init__(self, directory: Path, retirement: Retirement) -> None:
        self.gate = StoreGate(directory)
        self.lock = threading.Lock()
        self.idle: list[QueryThread] = []
        self.retirement = retirement

    def warm_up(self) -> None:
        """Open the read-only view now, so that the first request does not wait for it."""
        with self.gate.reading():
            pass

    def run(self, op: str, args: dict[str, Any], timeout_s: float) -> Reply:
        """Run an operation with a deadline: the whole body, or a stream once the output is large."""
        job = Job(self.gate, op, args)
        with self.lock:
            thread = self.idle.pop() if self.idle else None
        (thread or QueryThread(self._give_back)).submit(job)
        if not job.ready.wait(min(HEAVY_AFTER_S, timeout_s)):
            job.mark_heavy()
        if not job.ready.wait(max(0.0, timeout_s - HEAVY_AFTER_S)):
            job.cancel()
            # A write still waiting for the store gives up by itself once it gets it (or gives up waiting).
            self.finish(job, time.monotonic() + (WRITE_WAIT_S if op in WRITES else 0.0))
            raise QueryTimeoutError(timeout_message(timeout_s, op))
        if job.streaming:
            return Reply({}, None, JobStream(self, job, timeout_s))
        self.finish(job, time.monotonic())
        if job.error is not None:
            raise job.error
        return Reply(job.meta, bytes(job.buffer), None)

    def finish(self, job: Job, due: float) -> None:
        """The request is answered; a job still running at `due` is a runaway the worker must retire for."""
        if not job.done.wait(POLL_S):
            self.retirement.begin(job, due)

    def _give_back(self, thread: QueryThread) -> None:
        with self.lock:
            self.idle.append(thread)

    def close(self) -> None:
        """Release the store."""
        self.gate.close()
