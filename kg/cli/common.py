"""Helpers shared by the CLI commands: opening the store, writing output files safely, date options."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import click

from kg.errors import BadInputError, StoreError
from kg.settings import Settings
from kg.store import KGStore


def open_store(settings: Settings) -> KGStore:
    """Open the configured on-disk store, with a hint when another process holds it."""
    try:
        return KGStore.open(settings.store_dir)
    except StoreError as exc:
        raise StoreError(f"{exc} (is `kg serve` or another kg command using it? stop it or use --store)") from exc


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
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise BadInputError(f"cannot write {out}: {exc.strerror}") from exc


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
