"""Content negotiation: pick a result or RDF format from a `format` parameter or the Accept header."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import BadInputError


class NotAcceptableError(BadInputError):
    """No format that the client accepts can express this result."""

    http_status = 406


@dataclass(frozen=True)
class Format:
    """One response format: short name, media type, other media types it answers to, and its Oxigraph format."""

    name: str
    media_type: str
    aliases: tuple[str, ...]
    ox_format: ox.QueryResultsFormat | ox.RdfFormat | None

    @property
    def content_type(self) -> str:
        """The Content-Type header value, with a charset for textual types."""
        return f"{self.media_type}; charset=utf-8"


RESULT_FORMATS = (
    Format("json", "application/sparql-results+json", ("application/json",), ox.QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), ox.QueryResultsFormat.XML),
    Format("csv", "text/csv", (), ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", (), ox.QueryResultsFormat.TSV),
)
GRAPH_FORMATS = (
    Format("turtle", "text/turtle", ("application/x-turtle",), ox.RdfFormat.TURTLE),
    Format("nt", "application/n-triples", ("text/plain",), ox.RdfFormat.N_TRIPLES),
    Format("jsonld", "application/ld+json", ("application/json",), ox.RdfFormat.JSON_LD),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ox.RdfFormat.RDF_XML),
    Format("nq", "application/n-quads", (), ox.RdfFormat.N_QUADS),
    Format("trig", "application/trig", (), ox.RdfFormat.TRIG),
)
HTML = Format("html", "text/html", ("application/xhtml+xml",), None)
NAME_ALIASES = {
    "ttl": "turtle",
    "n-triples": "nt",
    "ntriples": "nt",
    "n-quads": "nq",
    "nquads": "nq",
    "json-ld": "jsonld",
    "rdf": "rdfxml",
    "rdf/xml": "rdfxml",
    "rdf+xml": "rdfxml",
    "n3": "turtle",
    "text/n3": "turtle",
    "srj": "json",
    "srx": "xml",
}
# What a generic name means when the result is a graph (SPARQLWrapper sends format=xml or json for CONSTRUCT).
GRAPH_MEANINGS = {"xml": "rdfxml", "json": "jsonld"}


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """Parse an Accept header into (media range, q, specificity) entries; malformed parts are skipped."""
    if not header:
        return [("*/*", 1.0, 0)]
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        kind, _, sub = media.partition("/")
        specificity = 0 if kind == "*" else 1 if sub == "*" else 2
        ranges.append((media, q, specificity))
    return ranges or [("*/*", 1.0, 0)]


def quality(fmt: Format, ranges: list[tuple[str, float, int]]) -> tuple[float, int]:
    """The q-value the client gives `fmt` (from the most specific range matching its media type or an alias),
    and 1 if its own media type earns that value (so it wins ties over alias matches)."""
    own = range_quality((fmt.media_type,), ranges)
    alias = range_quality(fmt.aliases, ranges)
    if own is None and alias is None:
        return 0.0, 0
    if alias is None or (own is not None and own >= alias):
        return own or 0.0, 1
    return alias, 0


def range_quality(media_types: tuple[str, ...], ranges: list[tuple[str, float, int]]) -> float | None:
    """The q of the most specific range matching any of `media_types`, or None if none matches."""
    best_specificity, best_q = -1, 0.0
    for media_type in media_types:
        kind = media_type.split("/")[0]
        for media, q, specificity in ranges:
            if media not in (media_type, f"{kind}/*", "*/*"):
                continue
            if specificity > best_specificity:
                best_specificity, best_q = specificity, q
            elif specificity == best_specificity:
                best_q = max(best_q, q)
    return best_q if best_specificity >= 0 else None


def choose(formats: tuple[Format, ...], accept: str | None, requested: str | None) -> Format:
    """Pick the format named by `requested` (name or media type) or the best one for the Accept header."""
    if requested:
        return find_by_name(formats, requested)
    ranges = parse_accept(accept)
    scored = [(*quality(f, ranges), -i, f) for i, f in enumerate(formats)]
    q, _, _, best = max(scored, key=lambda s: (s[0], s[1], s[2]))
    if q <= 0:
        offered = ", ".join(f.media_type for f in formats)
        raise NotAcceptableError(f"none of the accepted types ({accept}) can express this result; available: {offered}")
    return best


def find_by_name(formats: tuple[Format, ...], requested: str) -> Format:
    """The format in `formats` called `requested` (a short name, alias or media type)."""
    key = requested.strip().lower()
    key = NAME_ALIASES.get(key, key)
    if all(f in GRAPH_FORMATS for f in formats):
        key = GRAPH_MEANINGS.get(key, key)
    for fmt in formats:
        if key in (fmt.name, fmt.media_type, *fmt.aliases):
            return fmt
    all_names = {f.name for f in (*RESULT_FORMATS, *GRAPH_FORMATS)}
    offered = ", ".join(f.name for f in formats)
    if key in all_names or "/" in key:
        raise NotAcceptableError(f"format {requested!r} cannot express this result; use one of {offered}")
    raise BadInputError(f"unknown format {requested!r}; use one of {offered}")


def wants_html(accept: str | None) -> bool:
    """Whether the client is a browser: it names text/html and prefers it over RDF."""
    if not accept or "html" not in accept:
        return False
    ranges = parse_accept(accept)
    html_q = quality(HTML, ranges)[0]
    rdf_q = max(quality(f, [r for r in ranges if r[2] == 2])[0] for f in GRAPH_FORMATS)
    return html_q > 0 and html_q >= rdf_q
