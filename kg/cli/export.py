"""`kg export`: the whole dataset or one graph in any RDF format."""

from __future__ import annotations

import click

from kg.cli.common import check_iri, open_store, write_output
from kg.cli.main import cli
from kg.errors import NotFoundError
from kg.rdf.formats import FORMATS, find_format
from kg.rdf.serialize import load_context, project_prefixes, serialize_quads
from kg.settings import Settings


@cli.command("export")
@click.option("--format", "fmt", default="trig", show_default=True, help=f"One of {', '.join(FORMATS)}.")
@click.option("--graph", "graph_iri", help="Export only this named graph.")
@click.option("--out", "-o", default="-", help="Output file (default: stdout).")
@click.pass_obj
def export_command(settings: Settings, fmt: str, graph_iri: str | None, out: str) -> None:
    """Export the store (every graph, or one) as RDF.

    Triple formats (turtle, nt, rdfxml) hold the union of the graphs; JSON-LD is compacted
    with ontology/context.jsonld.

    \b
    Examples:
      kg export --format turtle --out kg.ttl
      kg export --format jsonld --graph https://w3id.org/spacekg/graph/seed-soyuz-ms-19
    """
    rdf_format = find_format(fmt)
    if graph_iri is not None:
        check_iri(graph_iri, "--graph")
    with open_store(settings) as store:
        if graph_iri is not None and not store.has_graph(graph_iri):
            raise NotFoundError(f"no graph {graph_iri!r} in the store; `kg stats` lists the graphs")
        quads = store.quads(graph_iri)
    context = load_context(settings.ontology_dir / "context.jsonld")
    prefixes = project_prefixes(settings.base_iri)
    write_output(serialize_quads(quads, rdf_format, prefixes=prefixes, context=context), out)
