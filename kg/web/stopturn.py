"""Let one worker of a server stop at a time, and only while another worker listens on the port.

On Linux each granian worker listens on its own SO_REUSEPORT socket, so the kernel spreads new
connections evenly over the workers (with one shared socket, whichever worker is quickest takes
them all, and one worker's Python does all the work while the other core idles). The price: when
a worker stops, the port is served by the others only, and while every worker restarts the port
refuses connections. So a worker that must stop (kg.web.inline retires it after a runaway query)
first takes the server's stop lock, which it holds until it exits, then waits until a second
socket listens on the port: the replacement of the worker that stopped before it, or a live one.
New connections then always find a listener. Connections already queued on the stopping worker's
own socket are still reset unless the kernel migrates them (sysctl net.ipv4.tcp_migrate_req=1);
granian accepts eagerly, so that queue is nearly always empty.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

STOP_LOCK = "kg-serve-stop-{port}.lock"
WAIT_S = 15.0
POLL_S = 0.05
LISTEN = "0A"  # TCP_LISTEN in /proc/net/tcp


def listening_inodes(port: int) -> list[str]:
    """The inodes of the sockets listening on TCP `port` on this machine (none where /proc/net is not there)."""
    inodes = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as rows:
                next(rows, None)
                for row in rows:
                    fields = row.split()
                    if len(fields) > 9 and fields[3] == LISTEN and int(fields[1].rsplit(":", 1)[1], 16) == port:
                        inodes.append(fields[9])
        except (OSError, ValueError):
            continue
    return inodes


def count_listeners(port: int) -> int:
    """How many sockets listen on TCP `port` on this machine (0 where /proc/net is not there)."""
    return len(listening_inodes(port))


class StopTurn:
    """The wait of a worker that is about to stop: its turn among the server's workers, then a second listener."""

    def __init__(self, lock_path: Path, port: int, workers: int, wait_s: float = WAIT_S) -> None:
        self.lock_path = lock_path
        self.port = port
        self.workers = workers
        self.wait_s = wait_s
        self.fd = -1

    def wait(self) -> None:
        """Block until this worker may stop (best effort: at most about twice `wait_s`); the turn lasts until the
        process ends or `release`."""
        deadline = time.monotonic() + self.wait_s
        if not self._take_lock(deadline):
            log.warning("worker %d stops without its turn (stop lock %s not taken)", os.getpid(), self.lock_path)
        if self.workers < 2:
            return
        deadline = time.monotonic() + self.wait_s
        while count_listeners(self.port) < 2 and time.monotonic() < deadline:
            time.sleep(POLL_S)

    def release(self) -> None:
        """Give the turn back (the runaway ended by itself and the worker stays)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def _take_lock(self, deadline: float) -> bool:
        try:
            # Kept open on purpose: the lock is released when this process exits.
            self.fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return False
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(POLL_S)
