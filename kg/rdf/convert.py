"""Move RDF between rdflib graphs and Oxigraph terms without going through rdflib's serializers."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def graph_to_triples(graph: Graph) -> list[ox.Triple]:
    """The triples of an rdflib graph as Oxigraph triples (via N-Triples, which rdflib writes exactly)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def graph_to_quads(graph: Graph) -> list[ox.Quad]:
    """The triples of an rdflib graph as quads in the named graph that is the graph's identifier."""
    name = ox.NamedNode(str(graph.identifier)) if isinstance(graph.identifier, URIRef) else ox.DefaultGraph()
    return [ox.Quad(t.subject, t.predicate, t.object, name) for t in graph_to_triples(graph)]


def quads_to_graph(quads: Iterable[ox.Quad | ox.Triple]) -> Graph:
    """An in-memory rdflib graph of the triples in `quads` (graph names dropped)."""
    triples = list(dict.fromkeys(q.triple if isinstance(q, ox.Quad) else q for q in quads))
    graph = Graph()
    if triples:
        graph.parse(data=bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode(), format="nt")
    return graph


def term_to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    """The rdflib term of an Oxigraph term, a literal keeping its lexical form as written."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value), normalize=False)
