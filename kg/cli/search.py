"""`kg search`: full-text search over the labels, alternative labels and article texts of the store."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from kg.cli.main import cli
from kg.errors import BadInputError, StoreError
from kg.settings import Settings
from kg.store import KGStore, open_reader
from kg.store.remote import RemoteStore
from kg.store.remotesearch import SearchMirror, cache_folder
from kg.store.search import MARK_END, MARK_START, Hit, check_kind, check_limit, make_fts_query, open_in_step
from kg.store.searchdocs import KINDS


@cli.command("search")
@click.argument("text", required=False)
@click.option("--kind", help=f"Only resources of this kind: {', '.join(KINDS)}.")
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many hits.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--rebuild", is_flag=True, help="Rebuild the search index from the store first.")
@click.pass_obj
def search_command(settings: Settings, text: str | None, kind: str | None, limit: int, fmt: str, rebuild: bool) -> None:
    """Find flights, people, organisations and articles whose names or text match TEXT, best first.

    TEXT is words (all must match; end one with * for a prefix), "exact phrases", AND, OR, NOT
    and parentheses. On a SPARQL server (--store http://...) the index is kept in the user's cache
    folder ($XDG_CACHE_HOME or ~/.cache, spacekg/search/), one per server, and rebuilt whenever what
    it reads on the server has changed.

    \b
    Examples:
      kg search 'artemis'
      kg search 'soyuz MS-19' --kind flight
      kg search '"crew dragon" OR starliner' --format json
      kg search --rebuild
    """
    if text is None and not rebuild:
        raise BadInputError("give the TEXT to search for (or --rebuild)")
    wanted = check_kind(kind)
    check_limit(limit)
    if text is not None:
        make_fts_query(text)  # a bad search fails before the store is opened
    if settings.store_url is not None:
        search_server(settings.store_url, settings, text, wanted, limit, fmt, rebuild)
        return
    directory = settings.store_dir
    if directory is None or not directory.is_dir():
        raise BadInputError(f"there is no store at {directory}; run `kg build` or point --store at yours")
    if rebuild:
        with KGStore.open(directory) as store:
            store.note_write(None)  # as after a write of unknown effect, closing the store rebuilds the index whole
        click.echo("Rebuilt the search index.", err=True)
        if text is None:
            return
    assert text is not None
    with open_reader(directory) as (reader, generation), open_in_step(directory, reader.native, generation) as index:
        hits = index.search(text, wanted, limit)
    click.echo(render_json(hits) if fmt == "json" else render_table(hits), nl=False)


def search_server(
    url: str, settings: Settings, text: str | None, kind: str | None, limit: int, fmt: str, rebuild: bool
) -> None:
    """Search a SPARQL server through the index kept for it in the user's cache (rebuilt when its digest changes)."""
    folder = cache_folder(url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot make the search index's folder {folder}: {exc.strerror}") from exc
    with RemoteStore.open(settings) as store:
        mirror = SearchMirror(store, str(folder))
        if rebuild:
            mirror.rebuild()
            click.echo("Rebuilt the search index.", err=True)
            if text is None:
                return
        assert text is not None
        hits = mirror.find(text, kind, limit)
    click.echo(render_json(hits) if fmt == "json" else render_table(hits), nl=False)


def strip_marks(snippet: str) -> str:
    """A snippet without its match marks, on one line."""
    return " ".join(snippet.replace(MARK_START, "").replace(MARK_END, "").split())


def render_json(hits: list[Hit]) -> str:
    """The hits as a JSON array of objects (iri, kind, label, date, snippet, rank)."""
    rows = [{**asdict(hit), "snippet": strip_marks(hit.snippet)} for hit in hits]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def render_table(hits: list[Hit]) -> str:
    """The hits as a plain-text table: kind, label, date, IRI and snippet."""
    if not hits:
        return "No matches.\n"
    lines = []
    for hit in hits:
        date = f" ({hit.date})" if hit.date else ""
        lines.append(f"{hit.kind:<12} {hit.label}{date}  <{hit.iri}>")
        snippet = strip_marks(hit.snippet)
        if snippet and snippet != hit.label:
            lines.append(f"{'':12} {snippet}")
    return "\n".join(lines) + "\n"
