"""The ontology as a document (like pyLODE's): its metadata, class and property trees, each term's definition
and alignments, read with rdflib from the ontology files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kg.terms import DCTERMS, ONTOLOGY_IRI, ONTOLOGY_NS

# The kinds of terms, in the order the page lists them, with the rdf:type that makes a term one.
KINDS = (
    ("classes", "Classes", (OWL.Class, RDFS.Class)),
    ("object-properties", "Object properties", (OWL.ObjectProperty,)),
    ("datatype-properties", "Datatype properties", (OWL.DatatypeProperty,)),
    ("annotation-properties", "Annotation properties", (OWL.AnnotationProperty, RDF.Property)),
    ("individuals", "Named individuals", (OWL.NamedIndividual,)),
)
# How a term relates to terms of other vocabularies, strongest first.
ALIGNMENTS = (
    (OWL.equivalentClass, "equivalent class"),
    (OWL.equivalentProperty, "equivalent property"),
    (SKOS.exactMatch, "exact match"),
    (SKOS.closeMatch, "close match"),
    (SKOS.broadMatch, "broader match"),
    (SKOS.narrowMatch, "narrower match"),
    (SKOS.relatedMatch, "related match"),
    (RDFS.subClassOf, "subclass of"),
    (RDFS.subPropertyOf, "subproperty of"),
    (RDFS.seeAlso, "see also"),
)


@dataclass
class OntologyTerm:
    """One term of the ontology with what its documentation shows."""

    iri: str
    name: str
    label: str
    definition: str
    kind: str
    parents: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    ranges: list[str] = field(default_factory=list)
    alignments: list[tuple[str, str]] = field(default_factory=list)
    domain_of: list[str] = field(default_factory=list)
    range_of: list[str] = field(default_factory=list)


@dataclass
class Section:
    """The terms of one kind: all of them by name, and the roots of their hierarchy."""

    key: str
    title: str
    terms: list[OntologyTerm]
    roots: list[str]


@dataclass
class OntologyDoc:
    """The ontology's metadata and terms by kind, its triples (also as N-Triples), and the files it could not read."""

    iri: str
    title: str
    description: str
    version: str
    prefix: str
    namespace: str
    sections: list[Section]
    terms: dict[str, OntologyTerm]
    graph: Graph
    ntriples: bytes
    problems: list[str]


def read_ontology_doc(files: Iterable[Path]) -> OntologyDoc:
    """Parse the ontology files (Turtle) and arrange their terms for the ontology page."""
    graph = Graph()
    problems = []
    for path in files:
        part = Graph()
        try:
            part.parse(path, format="turtle")
        except (SyntaxError, ValueError, OSError) as exc:
            # The page documents what could be read and names the file that could not: no 500 for a typo.
            problems.append(f"{path.name} could not be read: {' '.join(str(exc).split())[:300]}")
            continue
        graph += part
    ontology = URIRef(ONTOLOGY_IRI)
    terms: dict[str, OntologyTerm] = {}
    for key, _title, types in KINDS:
        for kind_type in types:
            for subject in graph.subjects(RDF.type, kind_type):
                if isinstance(subject, URIRef) and str(subject).startswith(ONTOLOGY_NS) and str(subject) not in terms:
                    terms[str(subject)] = read_term(graph, subject, key)
    for term in terms.values():
        term.parents = [parent for parent in term.parents if parent in terms and terms[parent].kind == term.kind]
        for parent in term.parents:
            terms[parent].children.append(term.iri)
        for domain in term.domains:
            if domain in terms:
                terms[domain].domain_of.append(term.iri)
        for range_ in term.ranges:
            if range_ in terms:
                terms[range_].range_of.append(term.iri)
    sections = []
    for key, title, _types in KINDS:
        members = sorted((t for t in terms.values() if t.kind == key), key=lambda t: t.name.lower())
        if members:
            roots = [t.iri for t in members if not t.parents]
            sections.append(Section(key, title, members, roots))
    for term in terms.values():
        for related in (term.children, term.domain_of, term.range_of):
            related.sort(key=lambda iri: terms[iri].name.lower())
    return OntologyDoc(
        iri=ONTOLOGY_IRI,
        title=read_text(graph, ontology, (DCTERMS.title, RDFS.label)) or ONTOLOGY_IRI,
        description=read_text(graph, ontology, (DCTERMS.description, RDFS.comment)),
        version=read_text(graph, ontology, (OWL.versionInfo,)),
        prefix=read_text(graph, ontology, (URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix"),)),
        namespace=ONTOLOGY_NS,
        sections=sections,
        terms=terms,
        graph=graph,
        ntriples=graph.serialize(format="nt", encoding="utf-8"),
        problems=problems,
    )


def read_term(graph: Graph, subject: URIRef, kind: str) -> OntologyTerm:
    """One term's label, definition, types, parents, domains, ranges and alignments."""
    parents = [str(o) for o in graph.objects(subject, RDFS.subClassOf)]
    parents += [str(o) for o in graph.objects(subject, RDFS.subPropertyOf)]
    alignments = [
        (relation, str(target))
        for predicate, relation in ALIGNMENTS
        for target in sorted(graph.objects(subject, predicate), key=str)
        if isinstance(target, URIRef) and not str(target).startswith(ONTOLOGY_NS)
    ]
    name = str(subject)[len(ONTOLOGY_NS) :]
    return OntologyTerm(
        iri=str(subject),
        name=name,
        label=read_text(graph, subject, (RDFS.label, SKOS.prefLabel)) or name,
        definition=read_text(graph, subject, (SKOS.definition, RDFS.comment)),
        kind=kind,
        parents=sorted(parents),
        types=sorted(str(o) for o in graph.objects(subject, RDF.type) if str(o).startswith(ONTOLOGY_NS)),
        domains=sorted(str(o) for o in graph.objects(subject, RDFS.domain) if isinstance(o, URIRef)),
        ranges=sorted(str(o) for o in graph.objects(subject, RDFS.range) if isinstance(o, URIRef)),
        alignments=alignments,
    )


def read_text(graph: Graph, subject: Node, predicates: Iterable[URIRef]) -> str:
    """The first value of the first predicate that has one, English preferred."""
    for predicate in predicates:
        values = [o for o in graph.objects(subject, predicate) if isinstance(o, Literal)]
        if values:
            values.sort(key=lambda v: (v.language not in ("en", None), v.language or "", str(v)))
            return str(values[0])
    return ""
