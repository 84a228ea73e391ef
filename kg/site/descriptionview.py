"""Small RDF descriptions (VoID, the Service Description) as pages of tables a person reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import Response, render_template

from kg.rdf.serialize import compact_iri

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass
class Value:
    """One value as shown: its text, and a link for web IRIs."""

    text: str
    href: str | None = None
    literal: bool = False


@dataclass
class Described:
    """One described node: its IRI, its types, and its other properties with their values."""

    iri: str
    types: list[Value] = field(default_factory=list)
    rows: list[tuple[str, list[Value]]] = field(default_factory=list)


def describe_turtle(turtle: str, prefixes: dict[str, str]) -> list[Described]:
    """The named nodes of a Turtle document with their properties; blank nodes are shown inside their parent."""
    triples = [quad.triple for quad in ox.parse(turtle, format=ox.RdfFormat.TURTLE)]
    by_subject: dict[str, list[ox.Triple]] = {}
    for triple in triples:
        by_subject.setdefault(str(triple.subject), []).append(triple)
    described: list[Described] = []
    for triple in triples:
        subject = triple.subject
        if not isinstance(subject, ox.NamedNode) or any(d.iri == subject.value for d in described):
            continue
        node = Described(subject.value)
        rows: dict[str, list[Value]] = {}
        for t in by_subject[str(subject)]:
            value = show_value(t.object, by_subject, prefixes)
            if t.predicate.value == RDF_TYPE:
                node.types.append(value)
            else:
                rows.setdefault(compact_iri(t.predicate.value, prefixes), []).append(value)
        node.rows = list(rows.items())
        described.append(node)
    return described


def show_value(term: object, by_subject: dict[str, list[ox.Triple]], prefixes: dict[str, str]) -> Value:
    """How one object shows: a literal's text, an IRI's short name (a link for web IRIs), a blank node's properties."""
    if isinstance(term, ox.Literal):
        return Value(term.value, literal=True)
    if isinstance(term, ox.NamedNode):
        web = term.value.split(":", 1)[0].lower() in ("http", "https")
        return Value(compact_iri(term.value, prefixes), term.value if web else None)
    inner = by_subject.get(str(term), [])
    parts = [
        f"{'a' if t.predicate.value == RDF_TYPE else compact_iri(t.predicate.value, prefixes)} "
        f"{show_value(t.object, {}, prefixes).text}"
        for t in inner
        if isinstance(t.object, ox.Literal | ox.NamedNode)
    ]
    return Value("; ".join(parts) or "(a blank node)", literal=True)


def render_description_page(template: str, turtle: str, prefixes: dict[str, str], **shown: object) -> Response:
    """A page showing a small RDF description (`turtle`) as tables, with the Turtle itself."""
    page = render_template(template, turtle=turtle, described=describe_turtle(turtle, prefixes), **shown)
    return Response(page, content_type="text/html; charset=utf-8")
