"""`kg ingest`, `kg build` and `kg remove`: put articles into the store, or take one out."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import click

from kg.cli.common import DateType, open_store
from kg.cli.main import cli
from kg.cli.progress import RunProgress, list_input_files, progress_option, wants_bar
from kg.corpus import Extracted, extract_all
from kg.errors import ArticleError, BadInputError
from kg.ingest import (
    DuplicateReport,
    IngestReport,
    list_seed_articles,
    load_ontology,
    remove_article,
    write_extracted,
    write_extracted_to,
)
from kg.known import KnownEntities
from kg.readers import ReadFailure, ReadOptions, Skipped, read_inputs
from kg.rebuild import build_aside, rebuild_store
from kg.settings import Settings
from kg.store import open_reader
from kg.store.busy import others_use_store
from kg.store.remote import RemoteStore
from kg.store.remotefresh import replace_everything

PROGRESS_FROM = 5
PARTIAL_EXIT = 5
WRITE_BATCH = 16  # articles written in one hold of the store, at most, while other processes use it
WRITE_BATCH_S = 0.25  # and for at most this long after the first of them was ready
# Alone with the store, a run gathers up to this many times more per hold: each hold ends with a flush
# and the search index's upkeep, which cost about as much for one article as for sixteen.
WRITE_BATCH_GROWTH = 4
INGEST_EPILOG = (
    "Exit status: 0 when every input went in (skipped pages count as handled); 5 when the run was "
    "partial: some inputs failed (each listed on stderr with its file, line, record or URL and why) and "
    "everything else went in; 2 when nothing could be read. An article's graph is written whole or not at all."
)


@cli.command("ingest", epilog=INGEST_EPILOG)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", type=DateType(), help="Publication date for articles that name none.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that extract (default: all cores). The store ends the same whatever the number.",
)
@click.option(
    "--pages",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Folder of local copies of the pages that feed entries only link to (default: the feed's folder).",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, help="Seconds to wait for a URL.")
@progress_option
@click.pass_obj
def ingest_command(
    settings: Settings,
    inputs: tuple[str, ...],
    published: date | None,
    jobs: int | None,
    pages: Path | None,
    timeout: float,
    progress: bool | None,
) -> None:
    """Extract the articles in INPUTS and store each in its own named graph (re-ingesting replaces it).

    INPUTS are files, directories (read recursively), http(s) URLs, or - for standard input. The
    reader is chosen by extension and content: .txt articles (first line 'date YYYY-MM-DD By
    Author'), HTML pages, RSS/Atom feeds (one article per entry), WARC and WARC.gz files (every
    HTML response), JSON Lines (one article per line: text or html, url, title, published, author).
    An article with a URL is named after it, so the same story read again from a feed, a WARC or
    its page replaces its graph; the same text under a second URL adds that URL to the first.
    Pages not in English or not about spaceflight are skipped and counted.

    \b
    Examples:
      kg ingest seeds/seed-soyuz-ms-19.txt
      kg ingest crawl.warc.gz feeds/space.xml --jobs 2
      kg ingest https://example.org/news/launch.html
      cat articles.jsonl | kg ingest - --published 2021-10-06
    """
    options = ReadOptions(pages_dir=pages, fetch_timeout_s=timeout)
    _run_ingest(settings, list(inputs), published, with_ontology=False, jobs=jobs, options=options, progress=progress)


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
@progress_option
@click.pass_obj
def build_command(settings: Settings, seeds: Path | None, fresh: bool, progress: bool | None) -> None:
    """Load the ontology and ingest every seed article (or every article in --seeds) into the store.

    With --fresh the graph is built aside first and then replaces the store's whole content in one
    transaction: a build that fails leaves the store as it was. On a SPARQL server only kg's graphs
    are replaced (the server's own, such as Virtuoso's, stay): the new graphs are written aside on
    the server first, then swapped in by one update.

    \b
    Examples:
      kg build
      kg build --fresh                  # start afresh after `kg load` or `kg ingest`
      kg build --store /tmp/kg --seeds my-articles/
    """
    paths = list_seed_articles(seeds or settings.seeds_dir)
    if fresh:
        _run_fresh_build(settings, paths, wants_bar(progress))
    else:
        _run_ingest(settings, [str(p) for p in paths], None, with_ontology=True, progress=progress)


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


def _run_ingest(
    settings: Settings,
    inputs: list[str],
    published: date | None,
    *,
    with_ontology: bool,
    jobs: int | None = None,
    options: ReadOptions | None = None,
    progress: bool | None = None,
) -> None:
    started = time.perf_counter()
    directory = settings.store_dir
    remote = RemoteStore.open(settings) if settings.store_url is not None else None
    if directory is None and remote is None:
        raise BadInputError("ingesting needs an on-disk store directory (kg --store DIR ingest)")
    if with_ontology:
        with open_store(settings, create=True) as store:
            click.echo(f"Ontology: {load_ontology(store, settings)} triples", err=True)
    records = read_inputs(inputs, options, stdin=sys.stdin.buffer if "-" in inputs else None)
    outcomes = extract_all(records, settings.base_iri, published, jobs=jobs or os.cpu_count() or 1)
    tally = IngestTally()
    known = KnownEntities()

    def write(batch: list[Extracted], done: Callable[[IngestReport | DuplicateReport], None]) -> None:
        if remote is not None:
            write_extracted_to(remote, batch, known, on_done=done)
        else:
            assert directory is not None
            write_extracted(directory, batch, known, on_done=done)

    show = wants_bar(progress)
    # A line per article for a few files; a bar, or nothing but the summary, for more.
    quiet = show or len(inputs) >= PROGRESS_FROM or not all(Path(i).is_file() for i in inputs)
    with RunProgress("Ingesting", list_input_files(inputs), show=show) as bar:

        def done(report: IngestReport | DuplicateReport) -> None:
            tally.add(report, echo=not quiet)
            bar.add(articles=int(isinstance(report, IngestReport)), skipped=int(isinstance(report, DuplicateReport)))

        # Articles wait in a small batch so that the store is opened once for several writes; each is
        # still its own transaction, and a running `kg serve` waits only while they are written.
        batch: list[Extracted] = []
        batch_started = time.monotonic()
        window = WriteWindow()
        for outcome in outcomes:
            bar.reached(outcome.where)
            if isinstance(outcome, ReadFailure):
                tally.failures.append(outcome)
                bar.add(failed=1)
            elif isinstance(outcome, Skipped):
                tally.skipped[outcome.why] += 1
                bar.add(skipped=1)
            else:
                if not batch:
                    batch_started = time.monotonic()
                batch.append(outcome)
            if batch and window.full(len(batch), time.monotonic() - batch_started):
                write(batch, done)
                batch = []
                window.adapt(alone=directory is not None and remote is None and not others_use_store(directory))
        if batch:
            write(batch, done)
    seconds = time.perf_counter() - started
    if remote is not None:
        total = remote.count()
    else:
        assert directory is not None
        total = count_triples(directory) if (directory / "CURRENT").is_file() else 0
    articles = len(tally.reports)
    if tally.skipped or tally.duplicates:
        click.echo(tally.describe_skips(), err=True)
    nothing_in = bool(tally.failures) and not articles and not tally.skipped and not tally.duplicates
    if nothing_in and len(tally.failures) == 1:  # the error line says it all; no 'Failed:' line before it
        raise ArticleError(f"{tally.failures[0].where}: {tally.failures[0].why}")
    for failure in tally.failures:
        click.echo(f"Failed: {failure.where}: {failure.why}", err=True)
    if nothing_in:
        raise ArticleError(f"nothing was ingested: all {len(tally.failures)} inputs failed")
    skipped = sum(tally.skipped.values()) + len(tally.duplicates)
    click.echo(
        f"Ingested {articles} article{'s' if articles != 1 else ''}, "
        f"{sum(r.triples for r in tally.reports)} triples in their graphs, {len(tally.failures)} failed, "
        f"{skipped} skipped; the store holds {total} triples ({seconds:.2f} s)."
    )
    if tally.failures:
        click.echo(f"Partial: {len(tally.failures)} failed (listed above); everything else went in.", err=True)
        click.get_current_context().exit(PARTIAL_EXIT)


@dataclass
class WriteWindow:
    """How many articles one hold of the store gathers, and for how long: more while nobody else uses the store."""

    scale: int = 1

    def full(self, articles: int, seconds: float) -> bool:
        """Whether a batch of `articles`, the first ready `seconds` ago, is to be written now."""
        return articles >= WRITE_BATCH * self.scale or seconds >= WRITE_BATCH_S * self.scale

    def adapt(self, *, alone: bool) -> None:
        """After a write: double the window (up to WRITE_BATCH_GROWTH times) when alone, else shrink it back."""
        self.scale = min(self.scale * 2, WRITE_BATCH_GROWTH) if alone else 1


@dataclass
class IngestTally:
    """What an ingest did so far: articles written, duplicates, skips by reason, failures."""

    reports: list[IngestReport] = field(default_factory=list)
    duplicates: list[DuplicateReport] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    failures: list[ReadFailure] = field(default_factory=list)

    def add(self, report: IngestReport | DuplicateReport, *, echo: bool) -> None:
        """Count one article written (saying so when `echo`), or one duplicate."""
        if isinstance(report, DuplicateReport):
            self.duplicates.append(report)
            return
        self.reports.append(report)
        if echo:
            click.echo(f"{report.article_id}: {report.triples} triples ({report.seconds:.2f} s)", err=True)

    def describe_skips(self) -> str:
        """One line: how many were skipped and why, and how many were the same text under another URL."""
        parts = [f"{count} {why}" for why, count in sorted(self.skipped.items())]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} same text as an article already stored (its URL added there)")
        return "Skipped: " + "; ".join(parts) + "."


def _run_fresh_build(settings: Settings, paths: list[Path], show: bool) -> None:
    with RunProgress("Building", [str(p) for p in paths], show=show) as bar:
        _build_fresh(settings, paths, bar, show)


def _build_fresh(settings: Settings, paths: list[Path], bar: RunProgress, show: bool) -> None:
    started = time.perf_counter()
    directory = settings.store_dir

    def on_ontology(triples: int) -> None:
        if not show:
            click.echo(f"Ontology: {triples} triples", err=True)

    def on_done(report: IngestReport) -> None:
        bar.add(articles=1)
        bar.files_done(1)
        if not show:
            click.echo(f"{report.article_id}: {report.triples} triples ({report.seconds:.2f} s)", err=True)

    if settings.store_url is not None:
        with RemoteStore.open(settings) as remote:
            remote.count()  # a server that cannot be reached fails before the build, not after it
            reports, quads = build_aside(paths, settings, on_ontology, on_done)
            replace_everything(remote, quads)  # kg's graphs only: the server's own graphs stay
            total = remote.count()
    elif directory is None:
        raise BadInputError("building needs an on-disk store directory (kg build --store DIR)")
    else:
        reports = rebuild_store(directory, paths, settings, on_ontology=on_ontology, on_done=on_done)
        total = count_triples(directory)
    click.echo(
        f"Built afresh: {len(reports)} article{'s' if len(reports) != 1 else ''}, "
        f"{sum(r.triples for r in reports)} triples in their graphs, replaced the store's content; "
        f"it holds {total} triples ({time.perf_counter() - started:.2f} s)."
    )


def count_triples(directory: Path) -> int:
    """How many triples the store in `directory` holds now (read beside any running server)."""
    with open_reader(directory) as (store, _generation):
        return store.count()
