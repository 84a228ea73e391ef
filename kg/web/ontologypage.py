"""The ontology at /ontology: a documentation page for browsers, the ontology's RDF for everyone else.

Both come from the ontology files (read once per app with rdflib), not from the store.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, render_template, request

from kg.rdf.ontologydoc import OntologyDoc, read_ontology_doc
from kg.rdf.serialize import compact_iri, select_used_prefixes
from kg.terms import WELL_KNOWN_PREFIXES
from kg.web import negotiate
from kg.web.context import web_context
from kg.web.resources import local_namespaces, local_url

blueprint = Blueprint("ontology", __name__)

EXTENSION = "kg.ontology"


def load_ontology_doc() -> OntologyDoc:
    """This app's ontology, read from its ontology folder on first use and kept in app.extensions."""
    doc = current_app.extensions.get(EXTENSION)
    if doc is None:
        folder = web_context().settings.ontology_dir
        doc = read_ontology_doc(p for p in sorted(folder.glob("*.ttl")) if p.stem != "shapes")
        current_app.extensions[EXTENSION] = doc
    return doc


def ontology_labels() -> dict[str, str]:
    """The label of every term of the ontology, by IRI."""
    return {iri: term.label for iri, term in load_ontology_doc().terms.items()}


@blueprint.route("/ontology")
def ontology_page() -> Response:
    """The ontology's documentation for browsers; its triples in the negotiated RDF format for others."""
    doc = load_ontology_doc()
    requested = request.args.get("format")
    if requested is None and negotiate.wants_html(request.headers.get("Accept")):
        namespaces = local_namespaces()

        def href(iri: str) -> str | None:
            """Where a term links: its anchor here, this server's page, or the web for other web IRIs."""
            if iri in doc.terms:
                return "#" + doc.terms[iri].name
            found = local_url(iri, namespaces)
            if found is None and iri.split(":", 1)[0].lower() in ("http", "https"):
                return iri
            return found

        page = render_template(
            "ontology.html",
            doc=doc,
            href=href,
            name=lambda iri: doc.terms[iri].label if iri in doc.terms else compact_iri(iri, WELL_KNOWN_PREFIXES),
        )
        return Response(page, content_type="text/html; charset=utf-8")
    fmt = negotiate.choose(negotiate.GRAPH_FORMATS, request.headers.get("Accept"), requested)
    assert isinstance(fmt.ox_format, ox.RdfFormat)
    triples = [quad.triple for quad in ox.parse(doc.ntriples, format=ox.RdfFormat.N_TRIPLES)]
    body = ox.serialize(triples, format=fmt.ox_format, prefixes=select_used_prefixes(triples, WELL_KNOWN_PREFIXES))
    return Response(body, content_type=fmt.content_type)
