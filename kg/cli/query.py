"""`kg query`: run SPARQL over the store or over a file, printing a table or a standard format."""

from __future__ import annotations

from pathlib import Path

import click
import pyoxigraph as ox

from kg.cli.common import open_store, write_output
from kg.cli.main import cli
from kg.errors import UnknownFormatError
from kg.queries import resolve_query
from kg.rdf.formats import find_format
from kg.rdf.read import read_quads
from kg.rdf.serialize import project_prefixes, serialize_quads
from kg.results import RESULT_FORMATS, render_solutions
from kg.settings import Settings
from kg.store import KGStore


@cli.command("query")
@click.argument("query")
@click.option("--data", type=click.Path(path_type=Path), help="Query this RDF file instead of the store.")
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    help="table|json|csv|tsv|xml for SELECT/ASK; turtle|trig|nt|nq|jsonld|rdfxml for CONSTRUCT/DESCRIBE.",
)
@click.option("--out", "-o", default="-", help="Write to this file instead of stdout.")
@click.pass_obj
def query_command(settings: Settings, query: str, data: Path | None, fmt: str, out: str) -> None:
    """Run QUERY: a .rq file, a name from queries/, or SPARQL text.

    \b
    Examples:
      kg query cq01-missions
      kg query cq03 --format csv
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg query queries/cq12-evidence.rq --data soyuz.trig --format json
    """
    sparql = resolve_query(query, settings.queries_dir)
    if data is not None:
        store = KGStore.open(None)
        store.native.extend(read_quads(data))
    else:
        store = open_store(settings)
    with store:
        result = store.native_query(sparql)
        prefixes = project_prefixes(settings.base_iri)
        if isinstance(result, ox.QueryTriples):
            rdf_format = find_format("turtle" if fmt == "table" else fmt)
            quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in result]
            write_output(serialize_quads(quads, rdf_format, prefixes=prefixes), out)
            return
        if fmt != "table" and fmt not in RESULT_FORMATS:
            raise UnknownFormatError(
                f"unknown result format {fmt!r} for SELECT/ASK; choose one of table, {', '.join(RESULT_FORMATS)}"
            )
        write_output(render_solutions(result, fmt, prefixes), out)
