"""The ontology at /ontology: its RDF in the negotiated format, or its documentation page for browsers."""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.rdf.serialize import select_used_prefixes
from kg.site.ontologypage import load_ontology_doc, render_ontology_page
from kg.terms import WELL_KNOWN_PREFIXES
from kg.web import negotiate

blueprint = Blueprint("ontology", __name__)


@blueprint.route("/ontology")
def ontology_page() -> Response:
    """The ontology's documentation for browsers; its triples in the negotiated RDF format for others."""
    requested = request.args.get("format")
    if requested is None and negotiate.wants_html(request.headers.get("Accept")):
        return render_ontology_page()
    fmt = negotiate.choose(negotiate.GRAPH_FORMATS, request.headers.get("Accept"), requested)
    assert isinstance(fmt.ox_format, ox.RdfFormat)
    triples = [quad.triple for quad in ox.parse(load_ontology_doc().ntriples, format=ox.RdfFormat.N_TRIPLES)]
    body = ox.serialize(triples, format=fmt.ox_format, prefixes=select_used_prefixes(triples, WELL_KNOWN_PREFIXES))
    return Response(body, content_type=fmt.content_type)
