"""What the full-text search index holds for one resource, read from the store: its kind, labels, text and date.

Flights (sm:Mission and its subclasses), people, organisations and articles are indexed; a
resource's labels and types may come from several graphs (an entity named in many articles).
The index keeps each graph's facts about its resources (indexed types, labels, dates: `read_facts`)
and how many graphs state each one, so that a write to one graph rebuilds the documents it describes
from those tallies (`document_from_facts`) without reading the other graphs of a much-named entity.
Only what a document is made of is kept: a type of no indexed kind (the provenance statements, NIF
strings and events that make up most of a graph) changes no document, so it is never read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.terms import NIF, ONTOLOGY_NS, SCHEMA, WELL_KNOWN_PREFIXES

RDF_TYPE = ox.NamedNode(WELL_KNOWN_PREFIXES["rdf"] + "type")
PREF_LABELS = tuple(
    ox.NamedNode(iri)
    for iri in (WELL_KNOWN_PREFIXES["skos"] + "prefLabel", WELL_KNOWN_PREFIXES["rdfs"] + "label", f"{SCHEMA}name")
)
ALT_LABEL = ox.NamedNode(WELL_KNOWN_PREFIXES["skos"] + "altLabel")
SOURCE_URL = ox.NamedNode(f"{NIF}sourceUrl")
IS_STRING = ox.NamedNode(f"{NIF}isString")
DATES = {
    "flight": ox.NamedNode(ONTOLOGY_NS + "launchDate"),
    "article": ox.NamedNode(f"{SCHEMA}datePublished"),
}
# The kinds, in the order that wins for a resource of several; sm:Mission's subclasses are flights too.
KIND_TYPES = {
    "flight": (ONTOLOGY_NS + "Mission", ONTOLOGY_NS + "CrewedSpaceflight"),
    "person": (ONTOLOGY_NS + "Person",),
    "organisation": (ONTOLOGY_NS + "Organization",),
    "article": (ONTOLOGY_NS + "NewsArticle",),
}
KINDS = tuple(KIND_TYPES)
KIND_OF_TYPE = {iri: kind for kind, iris in KIND_TYPES.items() for iri in iris}
LABELS = (*PREF_LABELS, ALT_LABEL)
DESCRIBING = {RDF_TYPE, *LABELS}
DEFAULT_GRAPH_KEY = ""
DATE_PREDICATES = tuple(DATES.values())


@dataclass(frozen=True)
class Document:
    """One searchable resource: its IRI, kind, main label, other labels, text, date and the graphs that describe it."""

    iri: str
    kind: str
    label: str
    alt: str
    body: str
    date: str
    graphs: frozenset[str]


def graph_key(name: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> str:
    """The index's name for a graph: its IRI, or "" for the default graph."""
    return name.value if isinstance(name, ox.NamedNode) else DEFAULT_GRAPH_KEY


def read_facts(native: ox.Store, graph: str | None) -> Iterator[tuple[str, str, str, str]]:
    """(graph, resource, what, value) facts the documents are made of, of one graph (None: every graph).

    "what" is rdf:type (value: a class of an indexed kind), a label or a date predicate (value: the
    literal's text); repeats may occur. Each is read by predicate and object, through the store's
    indexes, so the rest of a graph costs nothing.
    """
    name: ox.NamedNode | ox.DefaultGraph | None = None
    if graph is not None:
        name = ox.DefaultGraph() if graph == DEFAULT_GRAPH_KEY else ox.NamedNode(graph)
    for kind_type in KIND_OF_TYPE:
        for quad in native.quads_for_pattern(None, RDF_TYPE, ox.NamedNode(kind_type), name):
            if isinstance(quad.subject, ox.NamedNode):
                yield graph_key(quad.graph_name), quad.subject.value, RDF_TYPE.value, kind_type
    for predicate in (*LABELS, *DATE_PREDICATES):
        for quad in native.quads_for_pattern(None, predicate, None, name):
            if isinstance(quad.subject, ox.NamedNode) and isinstance(quad.object, ox.Literal):
                yield graph_key(quad.graph_name), quad.subject.value, predicate.value, quad.object.value


def document_from_facts(native: ox.Store, iri: str, facts: Iterable[tuple[str, str]]) -> Document | None:
    """One resource's document from its (what, value) facts in every graph (text read from `native`), or None."""
    values: dict[str, set[str]] = {}
    for what, value in facts:
        values.setdefault(what, set()).add(value)
    types = values.get(RDF_TYPE.value, set())
    kind = next((k for k in KINDS if any(KIND_OF_TYPE.get(t) == k for t in types)), None)
    if kind is None:
        return None
    names = [name for p in PREF_LABELS for name in sorted(values.get(p.value, ()))]
    unique = list(dict.fromkeys(names + sorted(values.get(ALT_LABEL.value, ()))))
    label = unique[0] if unique else iri.rsplit("/", 1)[-1]
    date_predicate = DATES.get(kind)
    dates = sorted(values.get(date_predicate.value, ())) if date_predicate is not None else []
    return Document(
        iri,
        kind,
        label,
        " ; ".join(unique[1:]),
        read_text(native, ox.NamedNode(iri), kind),
        dates[-1] if dates else "",
        frozenset(),
    )


def build_documents(native: ox.Store, iris: Iterable[str]) -> list[Document]:
    """The documents of those of `iris` that are of an indexed kind, read from the whole store."""
    return [doc for doc in (build_document(native, iri) for iri in iris) if doc is not None]


def build_document(native: ox.Store, iri: str) -> Document | None:
    """One resource's document, or None if it is of no indexed kind."""
    node = ox.NamedNode(iri)
    types: set[str] = set()
    labels: dict[ox.NamedNode, list[str]] = {p: [] for p in PREF_LABELS}
    alts: list[str] = []
    graphs: set[str] = set()
    for quad in native.quads_for_pattern(node, None, None, None):
        if quad.predicate not in DESCRIBING:
            continue
        graphs.add(graph_key(quad.graph_name))
        if quad.predicate == RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            types.add(quad.object.value)
        elif isinstance(quad.object, ox.Literal):
            (alts if quad.predicate == ALT_LABEL else labels[quad.predicate]).append(quad.object.value)
    kind = next((k for k in KINDS if any(KIND_OF_TYPE.get(t) == k for t in types)), None)
    if kind is None:
        return None
    names = [name for p in PREF_LABELS for name in sorted(labels[p])] + sorted(alts)
    unique = list(dict.fromkeys(names))
    label = unique[0] if unique else iri.rsplit("/", 1)[-1]
    return Document(
        iri,
        kind,
        label,
        " ; ".join(unique[1:]),
        read_text(native, node, kind),
        read_date(native, node, kind),
        frozenset(graphs),
    )


def read_text(native: ox.Store, node: ox.NamedNode, kind: str) -> str:
    """An article's text (its NIF contexts' strings); nothing for other kinds."""
    if kind != "article":
        return ""
    texts = []
    for link in native.quads_for_pattern(None, SOURCE_URL, node, None):
        for quad in native.quads_for_pattern(link.subject, IS_STRING, None, None):
            if isinstance(quad.object, ox.Literal):
                texts.append(quad.object.value)
    return "\n".join(sorted(set(texts)))


def read_date(native: ox.Store, node: ox.NamedNode, kind: str) -> str:
    """A flight's launch date or an article's publication date, as written (ISO, maybe partial)."""
    predicate = DATES.get(kind)
    if predicate is None:
        return ""
    values = sorted(
        q.object.value
        for q in native.quads_for_pattern(node, predicate, None, None)
        if isinstance(q.object, ox.Literal)
    )
    return values[-1] if values else ""
