"""`kg query`: run SPARQL over the store or over a file, printing a table or a standard format."""

from __future__ import annotations

from pathlib import Path

import click
import pyoxigraph as ox

from kg.cli.common import open_store, run_interruptibly, write_output
from kg.cli.main import cli
from kg.errors import KGError, UnknownFormatError
from kg.queries import refuse_update, resolve_query
from kg.rdf.formats import FORMATS, find_format
from kg.rdf.read import read_quads
from kg.rdf.serialize import project_prefixes, serialize_quads
from kg.results import RESULT_FORMATS, render_solutions
from kg.settings import Settings
from kg.sparql.guard import check_nesting
from kg.sparql.text import has_dataset_clause, tokenize
from kg.store import KGStore
from kg.store.protocol import GraphStore


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
@click.option(
    "--timeout",
    "timeout_s",
    type=click.FloatRange(0.1, 86400),
    default=None,
    help="Stop the query after this many seconds (default: $KG_QUERY_TIMEOUT or 30).",
)
@click.pass_obj
def query_command(
    settings: Settings, query: str, data: Path | None, fmt: str, out: str, timeout_s: float | None
) -> None:
    """Run QUERY: a .rq file, a name from queries/, or SPARQL text.

    \b
    Examples:
      kg query cq01-missions
      kg query cq03 --format csv
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg query 'SELECT ?m ?name WHERE { ?m a sm:Mission ; rdfs:label ?name }'
      kg query queries/cq12-evidence.rq --data soyuz.trig --format json
      kg query cq07 --timeout 300
    """
    sparql = resolve_query(query, settings.queries_dir)
    check_nesting(sparql)
    refuse_update(sparql)
    store: GraphStore
    if data is not None:
        memory = KGStore.open(None)
        memory.add_quads(read_quads(data))
        store = memory
    else:
        store = open_store(settings)
    with store:
        # Oxigraph evaluates in native code, where Ctrl-C is not seen; a helper thread keeps it working.
        data_out = run_interruptibly(
            lambda: evaluate(store, sparql, fmt, project_prefixes(settings.base_iri)),
            timeout_s or settings.query_timeout_s,
        )
    write_output(data_out, out)


def evaluate(store: GraphStore, sparql: str, fmt: str, prefixes: dict[str, str]) -> bytes:
    """Run the query (`prefixes` need no PREFIX in it) and render its result in `fmt`; failures become KGErrors."""
    # A query with FROM or FROM NAMED names its own dataset, as on the endpoint; others see the union.
    result = store.native_query(sparql, own_dataset=has_dataset_clause(tokenize(sparql)), prefixes=prefixes)
    try:
        if isinstance(result, ox.QueryTriples):
            if fmt in RESULT_FORMATS:
                raise UnknownFormatError(
                    f"a CONSTRUCT or DESCRIBE query returns RDF, not {fmt!r}; use one of {', '.join(FORMATS)}"
                )
            rdf_format = find_format("turtle" if fmt == "table" else fmt)
            quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in result]
            return serialize_quads(quads, rdf_format, prefixes=prefixes)
        return render_solutions(result, fmt, prefixes)
    except (OSError, RuntimeError) as exc:  # Oxigraph evaluates lazily: SERVICE calls fail here
        raise KGError(f"the query failed while running: {exc}") from exc
