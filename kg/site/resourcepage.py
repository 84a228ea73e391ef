"""A resource's page: its summary, pictures, facts with the sentences that state them, and incoming links."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Response, render_template

from kg.rdf.serialize import compact_iri, project_prefixes
from kg.site.evidence import Triple, gather_evidence
from kg.site.labels import term_labels
from kg.site.links import local_namespaces, local_url
from kg.site.pictures import lay_out_graph, lay_out_timeline
from kg.site.store import page_store
from kg.site.summary import (
    crew_row,
    flights_row,
    kind_of,
    neighbours_of,
    read_crew,
    read_events,
    summary_rows,
)
from kg.store.ops import LABEL_PREDICATES, RDF

Term = tuple[str, str, str]


@dataclass
class Fact:
    """One statement about the resource, with the numbers of the sentences that state it."""

    predicate: Term
    value: Term
    cited: list[int] = field(default_factory=list)


def render_resource_page(iri: str, namespace: bool = False) -> Response:
    """The page describing `iri` (or every resource under it, for a namespace); 404 if nothing is known."""
    reply = page_store().run("describe", {"iri": iri, "fmt": None, "namespace": namespace})
    page = render_template("resource.html", **page_model(iri, reply.meta["triples"], namespace))
    return Response(page, content_type="text/html; charset=utf-8")


def page_model(iri: str, triples: list[Triple], namespace: bool = False) -> dict[str, Any]:
    """Arrange a description's triples for the HTML page: summary, pictures, facts, sentences, incoming links."""
    labels = {**term_labels(), **node_labels(triples)}
    namespaces = local_namespaces()

    def name(term: str) -> str:
        return labels.get(term) or compact_name(term)

    def link(term: str) -> str | None:
        return local_url(term, namespaces)

    evidence = gather_evidence(iri, triples)
    subjects = sorted({s[1] for s, p, o in triples if s[1].startswith(iri)}) if namespace else [iri]
    sections = []
    for subject in subjects:
        facts = [
            Fact(p, o, evidence.cited.get((p[1], o[1]), []))
            for s, p, o in triples
            if s[1] == subject and p[1] not in LABEL_PREDICATES
        ]
        facts.sort(key=lambda fact: (fact.predicate[1] != RDF + "type", name(fact.predicate[1]).casefold()))
        facts = drop_repeated_types(facts, name)
        sections.append({"iri": subject, "label": labels.get(subject), "facts": facts})
    incoming = [(s, p) for s, p, o in triples if o[1] == iri and p[1] not in (RDF + "subject", RDF + "object")]
    kind = None if namespace else kind_of(iri, triples)
    title = labels.get(iri, iri)
    summary, graph, timeline = [], None, None
    if kind == "flight":
        crew = read_crew(iri)
        summary = summary_rows(iri, triples, kind, name, link, [crew_row(crew, link)])
        graph = lay_out_graph(title, neighbours_of(iri, triples, crew, name, link))
        timeline = lay_out_timeline(read_events(iri, name, link))
    elif kind == "person":
        summary = summary_rows(iri, triples, kind, name, link, [flights_row(iri, triples, name, link)])
    return {
        "iri": iri,
        "title": title,
        "kind": kind,
        "summary": summary,
        "graph": graph if graph and graph.nodes else None,
        "timeline": timeline if timeline and timeline.marks else None,
        "sections": sections,
        "sentences": evidence.sentences,
        "incoming": incoming,
        "labels": labels,
        "local_url": link,
    }


def node_labels(triples: list[Triple]) -> dict[str, str]:
    """The first label the description gives each node."""
    labels: dict[str, str] = {}
    for s, p, o in triples:
        if p[1] in LABEL_PREDICATES and o[0] == "literal":
            labels.setdefault(s[1], o[1])
    return labels


def compact_name(iri: str) -> str:
    """An IRI with no label, as a prefixed name where a known prefix fits."""
    return compact_iri(iri, project_prefixes(page_store().settings.base_iri))


def drop_repeated_types(facts: list[Fact], name: Callable[[str], str]) -> list[Fact]:
    """The facts without a second type row that reads the same (sm:Person and schema:Person are both 'person')."""
    shown: set[str] = set()
    kept = []
    for fact in facts:
        if fact.predicate[1] == RDF + "type" and not fact.cited:
            if name(fact.value[1]) in shown:
                continue
            shown.add(name(fact.value[1]))
        kept.append(fact)
    return kept
