"""The store's locks: one writer at a time, many readers between writes, and writers never starved.

Oxigraph allows one read-write opening of a store directory, and reading through a read-only
opening while another process writes is undefined. So a read-write opening holds an exclusive
flock on WRITER_LOCK and records a new generation in it; a reader holds a shared flock on it
while it reads and reopens its view when the generation has changed. flock has no queue for
writers, so writers first queue at a turnstile (TURNSTILE) that readers pass through before
they take their shared lock: a waiting writer holds back new readers and gets in once the
readers inside have left.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError

WRITER_LOCK = "kg-serve.lock"
WRITER_LOCK_WAIT_S = 60.0
TURNSTILE = "kg-turn.lock"
LOCK_POLL_S = 0.005


def take_writer_lock(directory: Path, wait_s: float = WRITER_LOCK_WAIT_S) -> int:
    """Hold the store's writer lock (WRITER_LOCK in `directory`), waiting up to `wait_s` for the turn.

    A writer queues at the turnstile (file TURNSTILE), then waits there for the readers inside to
    leave; readers pass the turnstile before taking their shared lock, so a steady stream of them
    cannot starve a writer, and new reads wait for one write only. Once in, the writer records a
    new generation: `kg serve` reopens its read-only views when it changes, so it never reads
    while a process writes, and sees every write.
    """
    deadline = time.monotonic() + wait_s
    turnstile = open_lock_file(directory, TURNSTILE)
    fd = -1
    try:
        if not poll_flock(turnstile, fcntl.LOCK_EX, deadline):
            raise StoreError(describe_busy_store(directory, wait_s))
        fd = open_lock_file(directory, WRITER_LOCK)
        if not poll_flock(fd, fcntl.LOCK_EX, deadline):
            raise StoreError(describe_busy_store(directory, wait_s))
        record_generation(fd)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        raise
    finally:
        # Inside, the writer leaves the turnstile to the next one: new readers now wait at the lock itself.
        os.close(turnstile)
    return fd


def take_reader_lock(directory: Path, turnstile: int, fd: int, wait_s: float | None = WRITER_LOCK_WAIT_S) -> None:
    """Pass the turnstile (behind any waiting writer), then hold the shared lock on WRITER_LOCK's `fd`.

    With `wait_s` None, wait as long as the writers take (the server's readers: their requests have deadlines).
    """
    if wait_s is None:
        fcntl.flock(turnstile, fcntl.LOCK_SH)
        fcntl.flock(turnstile, fcntl.LOCK_UN)
        fcntl.flock(fd, fcntl.LOCK_SH)
        return
    deadline = time.monotonic() + wait_s
    if not poll_flock(turnstile, fcntl.LOCK_SH, deadline):
        raise StoreError(describe_busy_store(directory, wait_s))
    fcntl.flock(turnstile, fcntl.LOCK_UN)
    if not poll_flock(fd, fcntl.LOCK_SH, deadline):
        raise StoreError(describe_busy_store(directory, wait_s))


def writer_waiting(turnstile: int) -> bool:
    """Whether a writer waits at the turnstile now (readers already inside should let it in)."""
    if not poll_flock(turnstile, fcntl.LOCK_SH, 0.0):
        return True
    fcntl.flock(turnstile, fcntl.LOCK_UN)
    return False


def open_lock_file(directory: Path, name: str) -> int:
    """Open (creating it if needed) one of the store's lock files."""
    return os.open(directory / name, os.O_RDWR | os.O_CREAT, 0o644)


def poll_flock(fd: int, operation: int, deadline: float) -> bool:
    """Take a flock, retrying until `deadline` (flock itself cannot time out); whether it was taken."""
    while True:
        try:
            fcntl.flock(fd, operation | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            pass
        if time.monotonic() >= deadline:
            return False
        time.sleep(LOCK_POLL_S)


@dataclass(frozen=True)
class LockRecord:
    """What WRITER_LOCK holds: the generation, the one the last writer started from, and that writer's pid."""

    generation: str
    previous: str
    holder: str


def read_lock_record(fd: int) -> LockRecord:
    """Read WRITER_LOCK's record (consistent only while holding the lock, shared or exclusive)."""
    lines = os.pread(fd, 256, 0).decode("ascii", "replace").split("\n")
    lines += [""] * (3 - len(lines))
    return LockRecord(lines[0].strip(), lines[1].strip(), lines[2].strip())


def record_generation(fd: int) -> None:
    """Record a new generation in WRITER_LOCK (held exclusively), with the previous one and our pid."""
    previous = read_lock_record(fd).generation
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    data = f"{uuid.uuid4().hex}\n{previous}\n{os.getpid()} {name}\n".encode("ascii", "replace")
    os.pwrite(fd, data, 0)
    os.ftruncate(fd, len(data))


def describe_busy_store(directory: Path, wait_s: float) -> str:
    """Say why the store stayed busy: a writer (and which process), or long reads."""
    with contextlib.suppress(OSError):
        probe = open_lock_file(directory, WRITER_LOCK)
        try:
            if not poll_flock(probe, fcntl.LOCK_SH, 0.0):
                pid, _, name = read_lock_record(probe).holder.partition(" ")
                holder = f" (pid {pid}: {name})" if pid.isdigit() and name else ""
                return (
                    f"cannot open the store in {directory}: waited {wait_s:g} s while another kg command "
                    f"was writing it{holder}; try again when it is done"
                )
        finally:
            os.close(probe)
    return f"cannot open the store in {directory}: long reads (kg serve's queries) kept it busy for {wait_s:g} s"
