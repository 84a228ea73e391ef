"""Read RDF files (any format we know, gzip too) into Oxigraph quads, with errors that name file, line and column."""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox

from kg.errors import BadInputError, NotFoundError
from kg.rdf.formats import RdfFormatInfo, format_for_path
from kg.rdf.inputguard import guard_input

PARSER_POSITION = re.compile(r"^Parser error (at|between) [^:]*: ")


def read_quads(path: Path, fmt: RdfFormatInfo | None = None) -> list[ox.Quad]:
    """Parse a file into quads, in the format its extension names unless `fmt` is given."""
    if not path.exists():
        raise NotFoundError(f"no such file: {path}")
    if not path.is_file():
        raise BadInputError(f"not a file: {path}")
    fmt = fmt or format_for_path(path)
    try:
        with open_rdf(path) as raw:
            source = guard_input(raw, fmt.ox_format, str(path))
            return list(ox.parse(source, format=fmt.ox_format, base_iri=path.resolve().as_uri()))
    except SyntaxError as exc:
        detail = describe_parse_error(exc)
        if "LoadDocumentCallback" in detail:
            detail = "it needs a remote JSON-LD context, which kg never downloads; inline the context"
        where = " at " if detail.startswith("line ") else ": "
        raise BadInputError(f"{path}: {fmt.name} syntax error{where}{detail}") from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise BadInputError(f"cannot read {path}: {exc}") from exc


def open_rdf(path: Path) -> IO[bytes]:
    """Open an RDF file as a byte stream, gunzipping a .gz file as it is read."""
    if path.suffix.lower() == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def describe_parse_error(exc: SyntaxError) -> str:
    """Turn Oxigraph's RDF parser error into 'line L, column C: message' (position when it has one)."""
    message = PARSER_POSITION.sub("", " ".join(str(exc.msg or exc).split()))
    if exc.lineno is None:
        return message
    if exc.offset is None:
        return f"line {exc.lineno}: {message}"
    return f"line {exc.lineno}, column {exc.offset}: {message}"
