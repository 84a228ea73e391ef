"""rdflib graphs to and from Oxigraph terms one term at a time, for the ingest's hot path.

rdflib's own N-Triples parser and serializer cost more per article than extracting it; Oxigraph
parses the text, and the terms are built directly, to the same rdflib and Oxigraph values.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def parse_ntriples_graph(data: str, identifier: str) -> Graph:
    """The rdflib graph named `identifier` of the N-Triples text `data` (what rdflib's parser would give)."""
    graph = Graph(identifier=identifier)
    blanks: dict[str, BNode] = {}  # each label a fresh node, as rdflib's parser makes them

    def term(node: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
        if isinstance(node, ox.NamedNode):
            return URIRef(node.value)
        if isinstance(node, ox.BlankNode):
            return blanks.setdefault(node.value, BNode())
        if isinstance(node, ox.Literal):
            if node.language:
                return Literal(node.value, lang=node.language)
            datatype = node.datatype.value
            return Literal(node.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
        raise ValueError("RDF-star triples are not article data")

    graph.addN(
        (term(q.subject), term(q.predicate), term(q.object), graph)
        for q in ox.parse(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    )
    return graph


def graph_triples(graph: Graph) -> list[ox.Triple]:
    """The triples of an rdflib graph as Oxigraph triples, term by term."""
    return [ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o)) for s, p, o in graph]  # type: ignore[arg-type]


def _ox_term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None and str(node.datatype) != RDF_LANG_STRING:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise ValueError(f"not an RDF term: {node!r}")
