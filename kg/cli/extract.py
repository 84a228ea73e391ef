"""`kg extract`: one article to an RDF file, without touching the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from kg.cli.common import DateType, write_output
from kg.cli.main import cli
from kg.extract.article import read_article
from kg.extract.pipeline import extract
from kg.rdf.build import build_graph
from kg.rdf.convert import graph_to_quads
from kg.rdf.formats import find_format, format_for_path
from kg.rdf.serialize import load_context, project_prefixes, serialize_quads
from kg.settings import Settings


@cli.command("extract")
@click.argument("article", type=click.Path(path_type=Path))
@click.option("--out", "-o", required=True, help="Output file; the extension picks the format. '-' writes Turtle.")
@click.option("--published", type=DateType(), help="Publication date, if the article's first line lacks one.")
@click.pass_obj
def extract_command(settings: Settings, article: Path, out: str, published: date | None) -> None:
    """Extract one ARTICLE into RDF (facts and their provenance) without using the store.

    \b
    Examples:
      kg extract seeds/seed-soyuz-ms-19.txt --out soyuz.trig
      kg extract article.txt --out - --published 2021-10-06
    """
    fmt = find_format("turtle") if out == "-" else format_for_path(Path(out))
    graph = build_graph(extract(read_article(article, published)), settings.base_iri)
    quads = graph_to_quads(graph)
    context = load_context(settings.ontology_dir / "context.jsonld")
    write_output(serialize_quads(quads, fmt, prefixes=project_prefixes(settings.base_iri), context=context), out)
