"""`kg ingest`, `kg build` and `kg remove`: put articles into the store, or take one out."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import click

from kg.cli.common import DateType, open_store
from kg.cli.main import cli
from kg.errors import BadInputError
from kg.ingest import ingest_shared_articles, list_seed_articles, load_ontology, remove_article
from kg.rebuild import rebuild_store
from kg.settings import Settings
from kg.store import open_reader

PROGRESS_FROM = 5


@cli.command("ingest")
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", type=DateType(), help="Publication date for articles whose first line lacks one.")
@click.pass_obj
def ingest_command(settings: Settings, articles: tuple[Path, ...], published: date | None) -> None:
    """Extract ARTICLES and store each in its own named graph (re-ingesting replaces it).

    \b
    Examples:
      kg ingest seeds/seed-soyuz-ms-19.txt
      kg --store /tmp/kg ingest news/*.txt --published 2021-10-06
    """
    _run_ingest(settings, list(articles), published, with_ontology=False)


@cli.command("build")
@click.option(
    "--seeds",
    type=click.Path(file_okay=False, path_type=Path),
    help="Articles folder (default: the seed articles installed with kg).",
)
@click.option(
    "--fresh",
    is_flag=True,
    help="Replace everything the store holds (loaded files, other articles) with the new build, at once.",
)
@click.pass_obj
def build_command(settings: Settings, seeds: Path | None, fresh: bool) -> None:
    """Load the ontology and ingest every seed article (or every article in --seeds) into the store.

    With --fresh the graph is built aside first and then replaces the store's whole content in one
    transaction: a build that fails leaves the store as it was.

    \b
    Examples:
      kg build
      kg build --fresh                  # start afresh after `kg load` or `kg ingest`
      kg build --store /tmp/kg --seeds my-articles/
    """
    paths = list_seed_articles(seeds or settings.seeds_dir)
    if fresh:
        _run_fresh_build(settings, paths)
    else:
        _run_ingest(settings, paths, None, with_ontology=True)


@cli.command("remove")
@click.argument("article_id")
@click.pass_obj
def remove_command(settings: Settings, article_id: str) -> None:
    """Remove the article ARTICLE_ID (its file name without .txt) and exactly its statements.

    \b
    Example:
      kg remove seed-soyuz-ms-19
    """
    with open_store(settings) as store:
        removed = remove_article(store, article_id, settings)
        click.echo(f"Removed {article_id}: {removed} triples; {store.count()} triples left.")


def _run_ingest(settings: Settings, paths: list[Path], published: date | None, *, with_ontology: bool) -> None:
    started = time.perf_counter()
    directory = settings.store_dir
    if directory is None:
        raise BadInputError("ingesting needs an on-disk store directory (kg --store DIR ingest)")
    if with_ontology:
        with open_store(settings, create=True) as store:
            click.echo(f"Ontology: {load_ontology(store, settings)} triples", err=True)
    # Each article takes the store only for its write, so a running `kg serve` keeps answering.
    if len(paths) >= PROGRESS_FROM:
        progress = click.progressbar(range(len(paths)), label="Ingesting", file=sys.stderr)
        with progress:
            reports = ingest_shared_articles(
                directory, paths, settings, published, on_done=lambda _r: progress.update(1)
            )
    else:
        reports = ingest_shared_articles(
            directory,
            paths,
            settings,
            published,
            on_done=lambda r: click.echo(f"{r.article_id}: {r.triples} triples ({r.seconds:.2f} s)", err=True),
        )
    total = count_triples(directory)
    seconds = time.perf_counter() - started
    click.echo(
        f"Ingested {len(reports)} article{'s' if len(reports) != 1 else ''}, "
        f"{sum(r.triples for r in reports)} triples in their graphs; the store holds {total} triples "
        f"({seconds:.2f} s)."
    )


def _run_fresh_build(settings: Settings, paths: list[Path]) -> None:
    started = time.perf_counter()
    directory = settings.store_dir
    if directory is None:
        raise BadInputError("building needs an on-disk store directory (kg build --store DIR)")
    reports = rebuild_store(
        directory,
        paths,
        settings,
        on_ontology=lambda triples: click.echo(f"Ontology: {triples} triples", err=True),
        on_done=lambda r: click.echo(f"{r.article_id}: {r.triples} triples ({r.seconds:.2f} s)", err=True),
    )
    click.echo(
        f"Built afresh: {len(reports)} article{'s' if len(reports) != 1 else ''}, "
        f"{sum(r.triples for r in reports)} triples in their graphs, replaced the store's content; "
        f"it holds {count_triples(directory)} triples ({time.perf_counter() - started:.2f} s)."
    )


def count_triples(directory: Path) -> int:
    """How many triples the store in `directory` holds now (read beside any running server)."""
    with open_reader(directory) as (store, _generation):
        return store.count()
