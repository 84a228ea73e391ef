"""`kg load FILES --bulk SERVER`: the server's own bulk loader for the files, printed, or run where kg is told how."""

from __future__ import annotations

from pathlib import Path

import click

from kg.errors import BadInputError
from kg.settings import Settings
from kg.store.bulk import BulkCommand, check_server, oxigraph_load_command, run_bulk, virtuoso_load_command


def bulk_load(
    settings: Settings, files: list[tuple[Path, str]], server: str, location: Path | None, isql: str | None
) -> None:
    """Print the loader command for `files` (each with the graph of its triples outside named graphs), or run it."""
    command = plan_bulk(settings, files, check_server(server), location, isql)
    if location is None and isql is None:
        click.echo(command.shown)
        return
    run_bulk(command)
    word = "file" if len(files) == 1 else "files"
    click.echo(f"Bulk-loaded {len(files)} {word} with the {server} loader.")


def plan_bulk(
    settings: Settings, files: list[tuple[Path, str]], server: str, location: Path | None, isql: str | None
) -> BulkCommand:
    """The loader command for `server`; BadInputError for a location option of the other server."""
    if server == "oxigraph":
        if isql is not None:
            raise BadInputError("--isql is for --bulk virtuoso; Oxigraph's loader needs --location")
        return oxigraph_load_command([path for path, _graph in files], location)
    if location is not None:
        raise BadInputError("--location is for --bulk oxigraph; Virtuoso's loader needs --isql HOST:PORT")
    return virtuoso_load_command(files, isql, settings.store_user, settings.store_password)
