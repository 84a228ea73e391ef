"""`kg extract-corpus`: extract many articles on a Dask cluster into sharded, gzipped N-Quads."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import click

from kg.cli.common import DateType
from kg.cli.ingest import PARTIAL_EXIT
from kg.cli.main import cli
from kg.cli.progress import RunProgress, progress_option, wants_bar
from kg.settings import Settings
from kg.shards import extract_corpus, list_units


@cli.command(
    "extract-corpus",
    epilog="Exit status: 0 when every input was read; 5 when some failed (listed on stderr and in the manifest).",
)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--scheduler", help="A running dask scheduler, e.g. tcp://HOST:8786 (default: a local cluster).")
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Workers of the local cluster (default: all cores)."
)
@click.option("--published", type=DateType(), help="Publication date for articles that name none.")
@progress_option
@click.pass_obj
def extract_corpus_command(
    settings: Settings,
    inputs: tuple[str, ...],
    out_dir: Path,
    scheduler: str | None,
    workers: int | None,
    published: date | None,
    progress: bool | None,
) -> None:
    """Extract every article in INPUTS on a Dask cluster into gzipped N-Quads shards in --out, with a manifest.

    INPUTS are what `kg ingest` reads (files, directories, URLs); each file is one task, written to
    shards of about 1.7 MiB (shard-NNNNN-PPPP.nq.gz, one named graph per article). manifest.json lists
    the inputs, the shards, the counts and every failure. `kg load DIR` then bulk-loads the shards.

    \b
    Examples:
      kg extract-corpus crawl/*.warc.gz --out shards/
      kg extract-corpus news/ --out shards/ --scheduler tcp://10.0.0.5:8786
      kg load shards/
    """
    units = list_units(list(inputs))
    with RunProgress("Extracting", units, show=wants_bar(progress)) as bar:

        def advance(done: dict[str, Any]) -> None:
            bar.add(articles=done["articles"], failed=len(done["failures"]), skipped=sum(done["skipped"].values()))
            bar.files_done(1)

        summary = extract_corpus(
            list(inputs),
            out_dir,
            settings.base_iri,
            published=published,
            scheduler=scheduler,
            workers=workers or os.cpu_count() or 1,
            on_input=advance,
        )
    if summary.skipped:
        click.echo("Skipped: " + "; ".join(f"{n} {why}" for why, n in sorted(summary.skipped.items())) + ".", err=True)
    for failure in summary.failures:
        click.echo(f"Failed: {failure['where']}: {failure['why']}", err=True)
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"Extracted {summary.articles} articles ({summary.quads} quads), {len(summary.failures)} failed, "
        f"{sum(summary.skipped.values())} skipped, into {len(summary.shards)} shards in "
        f"{out_dir} ({summary.seconds:.2f} s, {rate:.1f} articles/s)."
    )
    if summary.failures:
        click.echo(f"Partial: {len(summary.failures)} failed (listed above and in the manifest).", err=True)
        click.get_current_context().exit(PARTIAL_EXIT)
