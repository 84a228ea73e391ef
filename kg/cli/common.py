"""Helpers shared by the CLI commands: opening the store, writing output files safely, date options."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import click
import pyoxigraph as ox

from kg.cli.main import add_note
from kg.errors import BadInputError, QueryTimeoutError
from kg.settings import Settings
from kg.store import KGStore
from kg.store.protocol import GraphStore
from kg.store.remote import EVERYTHING, RemoteStore

T = TypeVar("T")


def open_store(settings: Settings, *, create: bool = False) -> GraphStore:
    """Open the configured store; a missing one is created only with `create`, else read as empty, with a note.

    Commands that only read must not leave an empty `.kg-store` wherever they happen to run; and a
    user who gets no rows from an empty store is told why on stderr.
    """
    if settings.store_url is not None:
        return open_remote(settings, create=create)
    directory = settings.store_dir
    if directory is None or create:
        return KGStore.open(directory)
    if not directory.exists():
        add_note(
            f"there is no store at {directory}, so there was nothing to read; run `kg build` to make one, "
            "or point --store or KG_STORE at yours."
        )
        return KGStore.open(None)
    store = KGStore.open(directory)
    try:
        empty = not store.native_query(EVERYTHING, own_dataset=True)
    except BaseException:
        store.close()
        raise
    if empty:
        add_note(f"the store at {directory} is empty; run `kg build` to fill it.")
    return store


def open_remote(settings: Settings, *, create: bool) -> RemoteStore:
    """The store on the SPARQL server at `settings.store_url`; a reading command notes that it is empty."""
    store = RemoteStore.open(settings)
    if not create and not store.holds_data():
        add_note(f"the SPARQL server at {settings.store_url} holds no triples; run `kg build` to fill it.")
    return store


def write_output(data: bytes, out: str) -> None:
    """Write to stdout for '-', else to a temporary file renamed into place so no half file is ever left."""
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(out)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise BadInputError(f"cannot write {out}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            # mkstemp makes the file private; an output file gets the permissions any new file would.
            os.fchmod(handle.fileno(), 0o666 & ~read_umask())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BadInputError(f"cannot write {out}: {exc.strerror}") from exc


def read_umask() -> int:
    """The process's file-creation mask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def run_interruptibly(work: Callable[[], T], timeout_s: float | None = None) -> T:
    """Run `work` in a helper thread and wait for it, so that Ctrl-C or the deadline stops the command at once.

    Python sees Ctrl-C only between bytecodes, never while Oxigraph evaluates a query in native
    code; waiting in short joins does see it. The abandoned thread only reads, and dies with the process.
    """
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    outcome: list[tuple[bool, object]] = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the waiting thread, which raises it
            # Oxigraph's result objects must be freed by the thread that made them, not via the traceback.
            cause: BaseException | None = exc
            while cause is not None:
                traceback.clear_frames(cause.__traceback__)
                cause = cause.__cause__ or cause.__context__
            outcome.append((False, exc))

    thread = threading.Thread(target=target, name="kg-work", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(0.1)
        if deadline is not None and time.monotonic() > deadline and thread.is_alive():
            raise QueryTimeoutError(
                f"the query took longer than {timeout_s:g} s and was stopped; narrow it (LIMIT, more specific "
                "patterns) or give it more time with --timeout SECONDS (or KG_QUERY_TIMEOUT)"
            )
    succeeded, value = outcome[0]
    if not succeeded:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[return-value]


def check_iri(value: str, option: str) -> None:
    """Raise BadInputError unless `value` is an absolute IRI."""
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        raise BadInputError(
            f"{option} must be an absolute IRI such as https://example.org/g, not {value!r}: {exc}"
        ) from exc


class DateType(click.ParamType):
    """A YYYY-MM-DD date option."""

    name = "YYYY-MM-DD"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> date:
        """Parse the option's text as an ISO date."""
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date of the form YYYY-MM-DD", param, ctx)
