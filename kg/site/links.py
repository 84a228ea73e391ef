"""Links on pages: minted IRIs and the ontology's terms point at this server, which describes them."""

from __future__ import annotations

from flask import request

from kg.site.store import page_store
from kg.terms import ONTOLOGY_NS


def local_namespaces() -> list[tuple[str, str]]:
    """The namespaces this server describes, longest first, each with its URL prefix here.

    Minted IRIs (and the ontology's terms) link to this server, which answers for them, rather
    than to their base IRI, which resolves only where the graph is published.
    """
    pairs = [
        (page_store().settings.base_iri, request.url_root),
        (ONTOLOGY_NS, request.url_root + "ontology#"),
    ]
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


def local_url(iri: str, namespaces: list[tuple[str, str]]) -> str | None:
    """The URL on this server that describes `iri`, or None if it is not in one of `namespaces`."""
    for namespace, url in namespaces:
        if iri.startswith(namespace):
            return url + iri[len(namespace) :]
    return None
