"""Article pages: the article's text with its evidence spans highlighted, and the facts extracted from it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from flask import Response, render_template

from kg.errors import NotFoundError
from kg.rdf.serialize import compact_iri
from kg.site.highlight import Highlight, mark_text
from kg.site.labels import term_labels
from kg.site.links import local_namespaces, local_url
from kg.site.selects import Term, select_rows
from kg.terms import WELL_KNOWN_PREFIXES

TEXT_QUERY = "SELECT ?text WHERE {{ <{iri}> sm:textContext ?ctx . ?ctx nif:isString ?text }} LIMIT 1"
ABOUT_QUERY = """SELECT ?p ?o (SAMPLE(?l) AS ?label) (SAMPLE(?pl) AS ?plabel) WHERE {{
  <{iri}> ?p ?o . FILTER(?p != sm:textContext)
  OPTIONAL {{ ?o rdfs:label|schema:name ?l }} OPTIONAL {{ ?p rdfs:label ?pl }}
}} GROUP BY ?p ?o ORDER BY ?p ?o"""
FACTS_QUERY = """SELECT ?st ?s ?p ?o ?rule ?conf ?b ?e
  (SAMPLE(?sl) AS ?slabel) (SAMPLE(?pl) AS ?plabel) (SAMPLE(?ol) AS ?olabel) WHERE {{
  <{iri}> sm:textContext ?ctx .
  ?ph nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e .
  ?st prov:wasDerivedFrom ?ph ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL {{ ?st sm:extractionRule ?rule }} OPTIONAL {{ ?st sm:confidence ?conf }}
  OPTIONAL {{ ?s rdfs:label ?sl }} OPTIONAL {{ ?p rdfs:label ?pl }} OPTIONAL {{ ?o rdfs:label ?ol }}
}} GROUP BY ?st ?s ?p ?o ?rule ?conf ?b ?e ORDER BY ?b ?e ?st"""
SENTENCES_QUERY = """SELECT DISTINCT ?b ?e WHERE {{
  <{iri}> sm:textContext ?ctx . ?s a nif:Sentence ; nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e .
}}"""
HEADLINE = WELL_KNOWN_PREFIXES["schema"] + "headline"
RDFS_LABEL = WELL_KNOWN_PREFIXES["rdfs"] + "label"
SHOWN_PHRASE = 80  # characters of an evidence phrase shown in the list of facts; the text shows it whole


@dataclass
class Link:
    """A term as shown on a page: its text, and where it links (on this server when it can)."""

    text: str
    href: str | None
    literal: bool = False


@dataclass
class ArticleFact:
    """One statement extracted from the article, with the span that supports it."""

    ident: str
    subject: Link
    predicate: Link
    value: Link
    rule: str
    confidence: str
    begin: int
    end: int
    phrase: str
    evidence: str


def render_article_page(iri: str) -> Response | None:
    """The page of the article `iri`, or None when the graph holds no text for it."""
    rows = select_rows(TEXT_QUERY.format(iri=iri))
    if not rows:
        return None
    page = render_template("article.html", **build_page_model(iri, rows[0]["text"][1]))
    return Response(page, content_type="text/html; charset=utf-8")


def build_page_model(iri: str, text: str) -> dict[str, Any]:
    """What the article page shows: its metadata, its marked-up text and its facts."""
    namespaces = local_namespaces()
    rows = select_rows(ABOUT_QUERY.format(iri=iri))
    if not rows:
        raise NotFoundError(f"nothing is known about <{iri}>")
    terms = term_labels()
    about: dict[str, tuple[Link, list[Link]]] = {}
    for row in rows:
        predicate = row["p"][1]
        name = row.get("plabel") or to_label_term(name_property(predicate, terms))
        entry = about.setdefault(predicate, (make_link(row["p"], name, namespaces), []))
        value = make_link(row["o"], row.get("label") or to_label_term(terms.get(row["o"][1])), namespaces)
        if all(shown.text != value.text for shown in entry[1]):  # sm: and schema:NewsArticle both read 'news article'
            entry[1].append(value)
    headline = next((r["o"][1] for r in rows if r["p"][1] == HEADLINE), None)
    headline = headline or next((r["o"][1] for r in rows if r["p"][1] == RDFS_LABEL), None)
    facts = read_facts(iri, text)
    highlights = build_highlights(facts)
    taken = {h.anchor for h in highlights} | {make_anchor(0, len(text))}
    anchors: dict[int, list[str]] = {}
    for row in select_rows(SENTENCES_QUERY.format(iri=iri)):
        offsets = read_offsets(row)
        if offsets is not None and make_anchor(*offsets) not in taken:
            anchors.setdefault(offsets[0], []).append(make_anchor(*offsets))
    return {
        "iri": iri,
        "title": headline or iri.rsplit("/", 1)[-1],
        "about": list(about.values()),
        "text": mark_text(text, highlights, anchors),
        "text_anchor": make_anchor(0, len(text)),
        "facts": facts,
    }


def read_facts(iri: str, text: str) -> list[ArticleFact]:
    """The statements extracted from the article, in the order of their spans."""
    namespaces = local_namespaces()
    terms = term_labels()
    facts: list[ArticleFact] = []
    for row in select_rows(FACTS_QUERY.format(iri=iri)):
        offsets = read_offsets(row)
        if offsets is None:
            continue
        begin, end = offsets
        facts.append(
            ArticleFact(
                ident=f"fact-{len(facts) + 1}",
                subject=make_link(row["s"], row.get("slabel"), namespaces),
                predicate=make_link(
                    row["p"], row.get("plabel") or to_label_term(name_property(row["p"][1], terms)), namespaces
                ),
                value=make_link(row["o"], row.get("olabel"), namespaces),
                rule=row["rule"][1] if "rule" in row else "",
                confidence=show_confidence(row.get("conf")),
                begin=begin,
                end=end,
                phrase=shorten(text[begin:end]),
                evidence=make_anchor(begin, end),
            )
        )
    return facts


def build_highlights(facts: list[ArticleFact]) -> list[Highlight]:
    """One highlight per evidence span, linking to the first fact it supports, naming all of them."""
    spans: dict[str, list[ArticleFact]] = {}
    for fact in facts:
        spans.setdefault(fact.evidence, []).append(fact)
    return [
        Highlight(
            begin=supported[0].begin,
            end=supported[0].end,
            anchor=anchor,
            target=supported[0].ident,
            title="; ".join(f"{f.subject.text} {f.predicate.text} {f.value.text}" for f in supported),
        )
        for anchor, supported in spans.items()
    ]


def name_property(iri: str, terms: dict[str, str]) -> str:
    """A property's name: its label in the ontology, else its prefixed name."""
    return terms.get(iri) or compact_iri(iri, WELL_KNOWN_PREFIXES)


def shorten(phrase: str) -> str:
    """A phrase on one line, cut at a word near SHOWN_PHRASE characters."""
    flat = " ".join(phrase.split())
    if len(flat) <= SHOWN_PHRASE:
        return flat
    return flat[:SHOWN_PHRASE].rsplit(" ", 1)[0] + " …"


def to_label_term(label: str | None) -> Term | None:
    """A label as a literal term, if there is one."""
    return None if label is None else ("literal", label, "")


def read_offsets(row: dict[str, Term]) -> tuple[int, int] | None:
    """A span's begin and end offsets, or None when the store holds no usable pair (written by hand, say)."""
    try:
        begin, end = int(row["b"][1]), int(row["e"][1])
    except ValueError:
        return None
    return (begin, end) if 0 <= begin < end else None


def make_anchor(begin: int, end: int) -> str:
    """The id of a span's place on the page: the fragment of its IRI (kg.terms.span_iri), so the IRI lands there."""
    return f"offset_{begin}_{end}"


def show_confidence(term: Term | None) -> str:
    """A confidence as a short decimal (0.9, not 0.900000)."""
    if term is None:
        return ""
    try:
        return f"{Decimal(term[1]).normalize():f}"
    except InvalidOperation:
        return term[1]


def make_link(term: Term, label: Term | None, namespaces: list[tuple[str, str]]) -> Link:
    """How a term shows: its label or value, linked to this server for our IRIs, to the web for other web IRIs."""
    kind, value, _ = term
    if kind != "iri":
        return Link(value, None, literal=kind == "literal")
    text = label[1] if label else value
    href = local_url(value, namespaces)
    if href is None and value.split(":", 1)[0].lower() in ("http", "https"):
        href = value  # only web IRIs become links: a javascript: IRI in the store must not run here
    return Link(text, href)
