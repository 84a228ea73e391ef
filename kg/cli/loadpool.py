"""Runs of files bulk-loaded side by side, one a thread, each all or nothing.

Oxigraph's bulk loader parses its input without holding Python's lock, so two runs at once keep
two cores busy. When a run fails, the runs before it finish, the later ones not begun never begin,
and the later ones under way stop at their next read (their input raises `RunStoppedError`), so they
write nothing unless they had read all of it already. The caller is told which runs were loaded.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait


class RunStoppedError(Exception):
    """A run was stopped at a read because an earlier run failed (or the load was interrupted)."""


class RunFailedError(Exception):
    """The first run (in order) that failed: its index and what it raised."""

    def __init__(self, index: int, error: BaseException) -> None:
        super().__init__(f"run {index} failed: {error}")
        self.index, self.error = index, error


class RunOrder:
    """The index of the first run that failed so far, which the later runs check as they read."""

    def __init__(self) -> None:
        self.first_failed: int | None = None
        self.lock = threading.Lock()

    def fail(self, index: int) -> None:
        """Record that run `index` failed (-1: stop every run)."""
        with self.lock:
            if self.first_failed is None or index < self.first_failed:
                self.first_failed = index

    def check(self, index: int) -> None:
        """Raise RunStoppedError if a run before `index` failed."""
        if self.first_failed is not None and self.first_failed < index:
            raise RunStoppedError(f"run {index} stopped: run {self.first_failed} failed")


def run_in_order(count: int, run: Callable[[int, Callable[[], None]], None], threads: int) -> None:
    """Call `run(index, check)` for each index, `threads` at a time; raise RunFailedError for the first run that fails.

    `run` must call `check()` as it reads its input, so that it stops when an earlier run has failed.
    """
    order = RunOrder()
    errors: dict[int, BaseException] = {}

    def attempt(index: int) -> None:
        try:
            order.check(index)
            run(index, lambda: order.check(index))
        except RunStoppedError:
            return
        except Exception as exc:  # each failure is told by the caller, the first in order
            errors[index] = exc
            order.fail(index)

    if threads <= 1:
        for index in range(count):
            attempt(index)
            if errors:
                break
    else:
        with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kg-load") as pool:
            futures = [pool.submit(attempt, index) for index in range(count)]
            try:
                wait(futures)
            except BaseException:
                order.fail(-1)
                # The store must not be closed under a thread that still writes: wait again, even past another ^C.
                while not all(future.done() for future in futures):
                    with contextlib.suppress(KeyboardInterrupt):
                        wait(futures)
                raise
    if errors:
        first = min(errors)
        raise RunFailedError(first, errors[first])
