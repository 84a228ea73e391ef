"""Start a pool's query processes from one thread that lives as long as the pool.

A query process asks Linux to kill it when its parent dies (kg.store.parentdeath), and Linux
counts the thread that started it as that parent. Request threads come and go (granian ends
idle ones), so a process one of them started would be killed while another request uses it.
"""

from __future__ import annotations

import queue
import subprocess
import threading
from collections.abc import Callable
from typing import Any


class Launch:
    """One start asked of the launcher: the process once started, or why it could not be."""

    def __init__(self, start: Callable[[], subprocess.Popen[bytes]]) -> None:
        self.start = start
        self.done = threading.Event()
        self.process: subprocess.Popen[bytes] | None = None
        self.failure: BaseException | None = None

    def run(self) -> None:
        """Start the process here, on the launcher's thread."""
        try:
            self.process = self.start()
        except BaseException as exc:  # handed to the thread that asked, which raises it
            self.failure = exc
        finally:
            self.done.set()


class Launcher:
    """A thread that starts processes for others; it ends with close()."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Launch | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._serve, name="kg-query-launcher", daemon=True)
        self._thread.start()

    def popen(self, args: list[str], **options: Any) -> subprocess.Popen[bytes]:
        """subprocess.Popen(args, **options), run on the launcher's thread."""
        launch = Launch(lambda: subprocess.Popen(args, **options))
        with self._lock:
            if self._closed:  # a pool that was closed restarts nothing that matters; the caller starts it
                return subprocess.Popen(args, **options)
            self._jobs.put(launch)
        launch.done.wait()
        if launch.failure is not None:
            raise launch.failure
        assert launch.process is not None
        return launch.process

    def _serve(self) -> None:
        while (launch := self._jobs.get()) is not None:
            launch.run()

    def close(self) -> None:
        """End the thread once the starts asked before are done (the processes it started go on)."""
        with self._lock:
            self._closed = True
            self._jobs.put(None)
