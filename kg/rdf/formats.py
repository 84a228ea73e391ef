"""The RDF serialization formats we read and write, by name, file extension and media type."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import UnknownFormatError


@dataclass(frozen=True)
class RdfFormatInfo:
    """One RDF format: its CLI name, Oxigraph format, file extensions and media type."""

    name: str
    ox_format: ox.RdfFormat
    extensions: tuple[str, ...]
    media_type: str
    has_graphs: bool


FORMATS: dict[str, RdfFormatInfo] = {
    f.name: f
    for f in (
        RdfFormatInfo("turtle", ox.RdfFormat.TURTLE, (".ttl",), "text/turtle", False),
        RdfFormatInfo("trig", ox.RdfFormat.TRIG, (".trig",), "application/trig", True),
        RdfFormatInfo("nt", ox.RdfFormat.N_TRIPLES, (".nt",), "application/n-triples", False),
        RdfFormatInfo("nq", ox.RdfFormat.N_QUADS, (".nq",), "application/n-quads", True),
        RdfFormatInfo("jsonld", ox.RdfFormat.JSON_LD, (".jsonld", ".json"), "application/ld+json", True),
        RdfFormatInfo("rdfxml", ox.RdfFormat.RDF_XML, (".rdf", ".owl", ".xml"), "application/rdf+xml", False),
    )
}

ALIASES = {
    "ttl": "turtle",
    "ntriples": "nt",
    "n-triples": "nt",
    "nquads": "nq",
    "n-quads": "nq",
    "json-ld": "jsonld",
    "rdf": "rdfxml",
    "xml": "rdfxml",
    "rdf/xml": "rdfxml",
}


def find_format(name: str) -> RdfFormatInfo:
    """Return the format called `name` (or an alias), or raise UnknownFormatError with suggestions."""
    key = ALIASES.get(name.lower(), name.lower())
    if key in FORMATS:
        return FORMATS[key]
    known = sorted(FORMATS)
    close = difflib.get_close_matches(key, [*known, *ALIASES], n=1)
    hint = f" Did you mean {ALIASES.get(close[0], close[0])!r}?" if close else ""
    raise UnknownFormatError(f"unknown RDF format {name!r}; choose one of {', '.join(known)}.{hint}")


def format_for_path(path: Path) -> RdfFormatInfo:
    """Return the format that `path`'s extension names (a trailing .gz is ignored)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    ext = suffixes[-1] if suffixes else ""
    for info in FORMATS.values():
        if ext in info.extensions:
            return info
    known = ", ".join(e for f in FORMATS.values() for e in f.extensions)
    raise UnknownFormatError(
        f"cannot tell the RDF format of {str(path)!r} from its extension {ext or '(none)'!r}; use one of {known}"
    )
