"""`kg validate`: SHACL-validate the store or a file against ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import open_store
from kg.cli.main import cli
from kg.errors import ValidationFailedError
from kg.rdf.convert import quads_to_graph
from kg.rdf.read import read_quads
from kg.settings import Settings
from kg.terms import ontology_graph_iri


@cli.command("validate")
@click.option("--data", type=click.Path(path_type=Path), help="Validate this RDF file instead of the store.")
@click.pass_obj
def validate_command(settings: Settings, data: Path | None) -> None:
    """Check the extracted graph against the SHACL shapes; exit 1 and list violations if it does not conform.

    \b
    Examples:
      kg validate
      kg validate --data soyuz.trig
    """
    from kg.rdf.validate import validate_graph  # pyshacl is slow to import; only this command needs it

    if data is not None:
        quads = read_quads(data)
    else:
        with open_store(settings) as store:
            quads = store.quads(without=ontology_graph_iri())
    data_graph = quads_to_graph(quads)  # a triple stated in several graphs is checked, and counted, once
    violations = validate_graph(data_graph, settings.ontology_dir)
    errors = [v for v in violations if v.severity == "Violation"]
    for violation in violations:
        click.echo(violation.describe())
    if errors:
        raise ValidationFailedError(f"does not conform: {len(errors)} violation{'s' if len(errors) != 1 else ''}")
    click.echo(f"Conforms ({len(data_graph)} triples checked, {len(violations)} warnings).")
