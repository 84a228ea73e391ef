"""Read RDF files (any format we know, gzip too) into Oxigraph quads, with errors that name file, line and column."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox

from kg.errors import BadInputError, NotFoundError
from kg.rdf.formats import RdfFormatInfo, format_for_path


def read_quads(path: Path, fmt: RdfFormatInfo | None = None, graph: str | None = None) -> list[ox.Quad]:
    """Parse a file into quads; triples go into `graph` (or the default graph)."""
    fmt = fmt or format_for_path(path)
    if not path.is_file():
        raise NotFoundError(f"no such file: {path}")
    try:
        data = gzip.decompress(path.read_bytes()) if path.suffix.lower() == ".gz" else path.read_bytes()
        quads = ox.parse(data, format=fmt.ox_format, base_iri=path.resolve().as_uri())
        if graph is None:
            return list(quads)
        name = ox.NamedNode(graph)
        return [ox.Quad(q.subject, q.predicate, q.object, name) for q in quads]
    except SyntaxError as exc:
        raise BadInputError(f"{path}: {fmt.name} syntax error: {' '.join(str(exc).split())}") from exc
    except (OSError, EOFError) as exc:
        raise BadInputError(f"cannot read {path}: {exc}") from exc
