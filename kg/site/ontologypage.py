"""The ontology's documentation page, and the ontology itself as read once per app from its files.

kg.web serves the same ontology as RDF to everyone else at /ontology; both come from the ontology
files (read with rdflib), not from the store.
"""

from __future__ import annotations

from flask import Response, current_app, render_template

from kg.rdf.ontologydoc import OntologyDoc, read_ontology_doc
from kg.rdf.serialize import compact_iri
from kg.site.links import local_namespaces, local_url
from kg.site.store import page_store
from kg.terms import WELL_KNOWN_PREFIXES

EXTENSION = "kg.ontology"


def load_ontology_doc() -> OntologyDoc:
    """This app's ontology, read from its ontology folder on first use and kept in app.extensions."""
    doc = current_app.extensions.get(EXTENSION)
    if doc is None:
        folder = page_store().settings.ontology_dir
        doc = read_ontology_doc(p for p in sorted(folder.glob("*.ttl")) if p.stem != "shapes")
        current_app.extensions[EXTENSION] = doc
    return doc


def ontology_labels() -> dict[str, str]:
    """The label of every term of the ontology, by IRI."""
    return {iri: term.label for iri, term in load_ontology_doc().terms.items()}


def render_ontology_page() -> Response:
    """The ontology's documentation: its classes and properties, each linked where it is described."""
    doc = load_ontology_doc()
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
