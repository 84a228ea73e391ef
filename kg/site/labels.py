"""Readable names for properties and classes: the ontology's labels, and those of a few common terms."""

from __future__ import annotations

from kg.site.ontologypage import ontology_labels
from kg.terms import WELL_KNOWN_PREFIXES

RDF = WELL_KNOWN_PREFIXES["rdf"]
RDFS = WELL_KNOWN_PREFIXES["rdfs"]
SKOS = WELL_KNOWN_PREFIXES["skos"]
SCHEMA = WELL_KNOWN_PREFIXES["schema"]
# Terms of other vocabularies that every page shows; the ontology labels only its own.
COMMON_LABELS = {
    RDF + "type": "type",
    RDFS + "label": "name",
    RDFS + "comment": "comment",
    RDFS + "seeAlso": "see also",
    SKOS + "prefLabel": "name",
    SKOS + "altLabel": "also known as",
    SKOS + "inScheme": "in scheme",
    SCHEMA + "name": "name",
    SCHEMA + "headline": "headline",
    SCHEMA + "url": "web address",
    SCHEMA + "datePublished": "published",
    SCHEMA + "author": "author",
    SCHEMA + "publisher": "publisher",
    SCHEMA + "inLanguage": "language",
    SCHEMA + "Person": "person",
    SCHEMA + "Organization": "organisation",
    SCHEMA + "NewsArticle": "news article",
    WELL_KNOWN_PREFIXES["prov"] + "wasDerivedFrom": "derived from",
    WELL_KNOWN_PREFIXES["owl"] + "sameAs": "same as",
}


def term_labels() -> dict[str, str]:
    """Labels of the ontology's terms (read once per app by the ontology page) and of a few common ones."""
    return {**COMMON_LABELS, **ontology_labels()}
