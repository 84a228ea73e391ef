"""Dereferenceable IRIs: a request path P describes the resource base_iri + P, as RDF or as an HTML page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, render_template, request

from kg.store.ops import LABEL_PREDICATES, NIF, PROV, RDF
from kg.terms import ONTOLOGY_NS
from kg.web import negotiate
from kg.web.context import web_context
from kg.web.iris import check_iri
from kg.web.responses import reply_response

blueprint = Blueprint("resources", __name__)

Term = tuple[str, str, str]


@dataclass
class Source:
    """Where one statement comes from: its sentence, the phrase in it and the article."""

    statement: str
    sentence: str
    phrase: str
    begin: str
    end: str
    article: str
    details: list[tuple[Term, Term]]


@dataclass
class Fact:
    """One statement about the resource, with the provenance the store holds for it."""

    predicate: Term
    value: Term
    sources: list[Source] = field(default_factory=list)


@blueprint.route("/<path:path>")
def resource(path: str) -> Response:
    """Describe the resource whose IRI is base_iri + path (the root is the home page, kg.web.home)."""
    return describe_resource(check_iri(web_context().settings.base_iri + path, "the IRI of this path"))


def describe_resource(iri: str, namespace: bool = False) -> Response:
    """RDF for RDF clients, a readable page for browsers; 404 if nothing is known."""
    context = web_context()
    requested = request.args.get("format")
    if requested is None and negotiate.wants_html(request.headers.get("Accept")):
        reply = context.run("describe", {"iri": iri, "fmt": None, "namespace": namespace})
        page = render_template("resource.html", **page_model(iri, reply.meta["triples"]))
        return Response(page, content_type="text/html; charset=utf-8")
    fmt = negotiate.choose(negotiate.GRAPH_FORMATS, request.headers.get("Accept"), requested)
    reply = context.run("describe", {"iri": iri, "fmt": fmt.name, "namespace": namespace})
    return reply_response(reply, fmt.content_type)


def page_model(iri: str, triples: list[tuple[Term, Term, Term]]) -> dict[str, Any]:
    """Arrange a description's triples for the HTML page: facts with their sources, labels, incoming links."""
    labels: dict[str, str] = {}
    by_subject: dict[str, list[tuple[Term, Term]]] = defaultdict(list)
    for s, p, o in triples:
        by_subject[s[1]].append((p, o))
        if p[1] in LABEL_PREDICATES and o[0] == "literal":
            labels.setdefault(s[1], o[1])
    sources: dict[tuple[str, str], list[Source]] = defaultdict(list)
    for node in {s[1] for s, p, o in triples if p[1] == RDF + "subject" and o[1] == iri}:
        props = dict_of(by_subject.get(node, []))
        key = (props.get(RDF + "predicate", ("", "", ""))[1], props.get(RDF + "object", ("", "", ""))[1])
        sources[key].append(source_of(node, props, by_subject))
    subjects = sorted(s for s in by_subject if s.startswith(iri)) if iri.endswith("#") else [iri]
    sections = []
    for subject in subjects:
        facts = [Fact(p, o, sources.get((p[1], o[1]), [])) for p, o in by_subject.get(subject, [])]
        sections.append({"iri": subject, "label": labels.get(subject), "facts": facts})
    incoming = [(s, p) for s, p, o in triples if o[1] == iri and p[1] not in (RDF + "subject", RDF + "object")]
    return {
        "iri": iri,
        "title": labels.get(iri, iri),
        "sections": sections,
        "incoming": incoming,
        "labels": labels,
        "local_url": lambda iri: local_url(iri, local_namespaces()),
    }


def local_namespaces() -> list[tuple[str, str]]:
    """The namespaces this server describes, longest first, each with its URL prefix here.

    Minted IRIs (and the ontology's terms) link to this server, which answers for them, rather
    than to their base IRI, which resolves only where the graph is published.
    """
    pairs = [
        (web_context().settings.base_iri, request.url_root),
        (ONTOLOGY_NS, request.url_root + "ontology#"),
    ]
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


def local_url(iri: str, namespaces: list[tuple[str, str]]) -> str | None:
    """The URL on this server that describes `iri`, or None if it is not in one of `namespaces`."""
    for namespace, url in namespaces:
        if iri.startswith(namespace):
            return url + iri[len(namespace) :]
    return None


def dict_of(props: list[tuple[Term, Term]]) -> dict[str, Term]:
    """Property IRI to (first) value."""
    found: dict[str, Term] = {}
    for p, o in props:
        found.setdefault(p[1], o)
    return found


def source_of(node: str, props: dict[str, Term], by_subject: dict[str, list[tuple[Term, Term]]]) -> Source:
    """The sentence, phrase and article behind one reified statement."""
    phrase_iri = props.get(PROV + "wasDerivedFrom", ("", "", ""))[1]
    phrase = dict_of(by_subject.get(phrase_iri, []))
    sentence = dict_of(by_subject.get(phrase.get(NIF + "sentence", ("", "", ""))[1], []))
    context = dict_of(by_subject.get(phrase.get(NIF + "referenceContext", ("", "", ""))[1], []))
    return Source(
        statement=node,
        sentence=sentence.get(NIF + "anchorOf", ("", "", ""))[1],
        phrase=phrase.get(NIF + "anchorOf", ("", "", ""))[1],
        begin=phrase.get(NIF + "beginIndex", ("", "", ""))[1],
        end=phrase.get(NIF + "endIndex", ("", "", ""))[1],
        article=context.get(NIF + "sourceUrl", ("", "", ""))[1],
        details=[(p, o) for p, o in by_subject.get(node, []) if o[0] == "literal"],
    )
