"""The query process's side of kg.store.executor: take one store operation at a time from the worker, answer it.

The operations run on the store directory through a StoreGate (kg.store.ops), or are forwarded
to a SPARQL server (kg.store.remoteops). Results go back in chunks as they are produced.
"""

from __future__ import annotations

import pickle
import resource
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, cast

from kg.errors import KGError, StoreError
from kg.sparql.guard import check_remote_access
from kg.store import ops as storeops
from kg.store.executor import CHUNK_BYTES, READS, WRITES
from kg.store.gate import StoreGate
from kg.store.remoteops import RemoteOperations

# ru_maxrss counts kibibytes on Linux and bytes on macOS.
MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024


def peak_resident_bytes() -> int:
    """The most memory this process has held resident so far: one cheap system call, no /proc read."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * MAXRSS_UNIT


class ChunkSender:
    """A binary writer that sends its output to the worker in chunks, the first one only when full."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.buffer = bytearray()
        self.streaming = False

    def write(self, data: bytes) -> int:
        """Buffer data and send a chunk when enough has gathered."""
        self.buffer += data
        if len(self.buffer) >= CHUNK_BYTES:
            if not self.streaming:
                self.conn.send(("head", {}))
                self.streaming = True
            self.conn.send_bytes(self.buffer)
            self.buffer.clear()
        return len(data)

    def announce_write(self) -> None:
        """Tell the worker that a write holds the store now and will run to its end."""
        self.conn.send(("started",))

    def flush(self) -> None:
        """Nothing to do: chunks go out as they fill."""

    def finish(self, meta: dict[str, Any]) -> None:
        """Send what is left: the whole reply if nothing was streamed yet, with this process's peak memory."""
        if not self.streaming:
            # The peak spares the worker a read of this process's current memory when it is below the limit.
            reply = ("ok", meta, bytes(self.buffer), peak_resident_bytes())
            self.conn.send_bytes(pickle.dumps(reply, pickle.HIGHEST_PROTOCOL))
            return
        if self.buffer:
            self.conn.send_bytes(self.buffer)
        self.conn.send_bytes(b"")


def serve_requests(conn: Connection, directory: Path | None) -> None:
    """The query process's loop: take one operation at a time from the worker and answer it.

    Without a directory the store is a SPARQL server, described by the worker's first message.
    """
    if directory is None:
        try:
            target = conn.recv()
        except (EOFError, OSError):
            return
        remote = RemoteOperations(target)
        handle: Callable[[str, dict[str, Any], ChunkSender], dict[str, Any] | None] = remote.perform
    else:
        gate = StoreGate(directory)

        def handle(op: str, args: dict[str, Any], sender: ChunkSender) -> dict[str, Any] | None:
            return perform(gate, op, args, sender)

    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        sender = ChunkSender(conn)
        try:
            meta = handle(op, args, sender)
            sender.finish(meta or {})
        except KGError as exc:
            report_failure(conn, sender, type(exc).__name__, str(exc))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # pyo3's PanicException is a BaseException: the process must answer
            failure = storeops.failure_of(exc)
            report_failure(conn, sender, type(failure).__name__, str(failure))


def report_failure(conn: Connection, sender: ChunkSender, name: str, message: str) -> None:
    """Tell the worker an operation failed; mid-stream, an error marker ends the stream."""
    if sender.streaming:
        conn.send_bytes(b"\x00ERROR\x00" + message.encode("utf-8"))
    else:
        conn.send(("error", name, message))


def perform(gate: StoreGate, op: str, args: dict[str, Any], sender: ChunkSender) -> dict[str, Any] | None:
    """Run one named store operation with the right lock."""
    sink = cast(IO[bytes], sender)
    if op in READS:
        with gate.reading() as store:
            if op == "query":
                storeops.run_query(store, sink, **args)
            elif op == "graph_get":
                storeops.dump_graph(store, sink, args["iri"], args["fmt"])
            elif op == "graph_exists":
                return {"exists": storeops.graph_exists(store, args["iri"])}
            elif op == "describe":
                triples = storeops.describe(store, sink if args["fmt"] else None, **args)
                return {"triples": triples}
            elif op == "search":
                return storeops.search_text(store, **args)
            elif op == "overview":
                return storeops.overview(store)
            else:
                return storeops.count_stats(store)
        return None
    if op == "update":  # refused before it waits for the writer's turn
        check_remote_access(
            args["text"],
            tuple(args.get("allowlist", ())),
            update=True,
            base_iri=args["base_iri"],
            prefixes=args.get("prefixes"),
        )
    triples = None
    if op == "graph_put":  # parsed before the writer's turn: a slow upload must not hold the store
        triples = [t for data, fmt in args["parts"] for t in storeops.parse_payload(data, fmt, args["base_iri"])]
    if op in WRITES:
        with gate.writing() as store:
            # From here the write runs to its end: the worker waits for it instead of killing it.
            sender.announce_write()
            if op == "update":
                storeops.run_update(store, args["text"], args["base_iri"], args.get("prefixes"))
            elif op == "graph_put":
                assert triples is not None
                return {"created": storeops.write_graph(store, args["iri"], triples, args["replace"])}
            else:
                storeops.delete_graph(store, args["iri"])
        return None
    raise StoreError(f"unknown store operation {op!r}")
