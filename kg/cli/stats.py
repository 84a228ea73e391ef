"""`kg stats`: how much is in the store: triples, graphs, entities per class."""

from __future__ import annotations

import click
import pyoxigraph as ox

from kg.cli.common import open_store
from kg.cli.main import cli
from kg.rdf.serialize import project_prefixes
from kg.results import render_table
from kg.settings import Settings

ENTITIES_PER_CLASS = """
SELECT ?class (COUNT(DISTINCT ?entity) AS ?entities)
WHERE {pattern}
GROUP BY ?class
ORDER BY DESC(?entities) ?class
"""


@cli.command("stats")
@click.pass_obj
def stats_command(settings: Settings) -> None:
    """Print the number of triples, the graphs with their sizes, and entities per class.

    \b
    Example:
      kg stats
    """
    with open_store(settings) as store:
        sizes = store.graph_sizes()
        click.echo(f"Triples: {store.count()}")
        click.echo(f"Graphs: {len(sizes)}")
        for graph, size in sizes.items():
            click.echo(f"  {graph}  {size} triples")
        result = store.native_query(ENTITIES_PER_CLASS.format(pattern=store.data_pattern("?entity a ?class")))
        assert isinstance(result, ox.QuerySolutions)
        click.echo("Entities per class:")
        click.echo(render_table(result, project_prefixes(settings.base_iri)), nl=False)
