"""The Vary header, set in one place: every request header that chose what a response says.

Caches and browsers keep one copy of a URL per value of the headers named here; a result or page
negotiated by Accept but cached without `Vary: Accept` would be served to the next client in the
wrong format (a browser shown RDF/XML, a SPARQL client given HTML).
"""

from __future__ import annotations

from flask import Response, request

from kg.web import compress
from kg.web.cors import varies_by_origin

# The views whose answer depends on the Accept header (a result format, an RDF format or an HTML page).
NEGOTIATED_VIEWS = frozenset(
    {
        "protocol.sparql",
        "service.void_description",
        "ontology.ontology_page",
        "articles.article",
        "service.service_description",
        "resources.resource",
        "graphstore.indirect",
        "graphstore.direct",
        "search.search",
    }
)


def vary_values(*, negotiated: bool, compressible: bool, per_origin: bool) -> list[str]:
    """The request headers a response depends on: Accept, Accept-Encoding, Origin."""
    chosen = (("Accept", negotiated), ("Accept-Encoding", compressible), ("Origin", per_origin))
    return [name for name, applies in chosen if applies]


def add_vary(response: Response, origins: str) -> Response:
    """Name in Vary the request headers this response depends on (after the view, before compression)."""
    values = vary_values(
        negotiated=request.endpoint in NEGOTIATED_VIEWS or response.status_code == 404,  # a page or a line
        compressible=compress.compressible(response),
        per_origin=varies_by_origin(origins),
    )
    response.vary.update(values)  # one parse and one rewrite of the header, not one per value
    return response
