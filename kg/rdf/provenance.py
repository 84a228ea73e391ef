"""Provenance in plain RDF 1.1: the article's text as a NIF context, spans, reified statements, the activity.

Every extracted statement becomes an `rdf:Statement` (also `sm:ExtractedStatement`) with
`prov:wasDerivedFrom` the NIF span of its supporting phrase; that span points with `nif:sentence` to
the span of its sentence, whose `nif:anchorOf` is the sentence exactly as it stands in the article.
Nothing here uses RDF-star, so any RDF 1.1 tool and any SPARQL 1.1 engine can read it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from kg import __version__
from kg.errors import BadInputError
from kg.extract.model import Article, Evidence, Span
from kg.rdf.values import decimal_literal, integer_literal, typed_literal
from kg.terms import NIF, PROV, SCHEMA, SM, article_iri, node_iri, span_iri

EXTRACTOR_NAME = "spacekg extractor"


@dataclass(frozen=True)
class ProvenanceContext:
    """What every provenance record of one article points at: its graph, text context and activity."""

    graph: Graph
    article: Article
    base_iri: str
    context_iri: URIRef
    activity_iri: URIRef
    generated_at: Literal
    # Spans already written (with whether as a sentence): most statements cite a sentence written before.
    written: dict[tuple[Span, bool], URIRef] = field(default_factory=dict)


def start_provenance(graph: Graph, article: Article, base_iri: str) -> ProvenanceContext:
    """Add the article's text as a nif:Context and the extraction activity; return the context for statements."""
    article_node = article_iri(article.article_id, base_iri)
    context_iri = span_iri(article.article_id, 0, len(article.text), base_iri)
    graph.add((context_iri, RDF.type, NIF.Context))
    graph.add((context_iri, RDF.type, NIF.OffsetBasedString))
    graph.add((context_iri, NIF.beginIndex, integer_literal(0)))
    graph.add((context_iri, NIF.endIndex, integer_literal(len(article.text))))
    graph.add((context_iri, NIF.isString, Literal(article.text)))
    graph.add((context_iri, NIF.sourceUrl, article_node))
    graph.add((article_node, SM.textContext, context_iri))

    agent = URIRef(f"{base_iri}agent/spacekg-extractor")
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(EXTRACTOR_NAME)))
    graph.add((agent, SCHEMA.softwareVersion, Literal(__version__)))

    # The article's date, not the wall clock, so that building the same article twice gives the same graph.
    generated_at = typed_literal(f"{article.published.isoformat()}T00:00:00Z", XSD.dateTime)
    activity = URIRef(f"{base_iri}activity/{article_node.rsplit('/', 1)[-1]}")
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDF.type, SM.ExtractionActivity))
    graph.add((activity, RDFS.label, Literal(f"extraction of article {article.article_id}")))
    graph.add((activity, PROV.used, article_node))
    graph.add((activity, PROV.wasAssociatedWith, agent))
    graph.add((activity, PROV.endedAtTime, generated_at))
    return ProvenanceContext(graph, article, base_iri, context_iri, activity, generated_at)


def add_span(ctx: ProvenanceContext, span: Span, *, sentence: bool = False) -> URIRef:
    """Add a nif:OffsetBasedString for `span` (a nif:Sentence or a nif:Phrase) and return its IRI."""
    known = ctx.written.get((span, sentence))
    if known is not None:
        return known
    text = ctx.article.text
    if not (0 <= span.begin < span.end <= len(text)):
        raise BadInputError(
            f"article {ctx.article.article_id!r}: span [{span.begin}, {span.end}) is not a non-empty range "
            f"inside the text (length {len(text)})"
        )
    iri = span_iri(ctx.article.article_id, span.begin, span.end, ctx.base_iri)
    graph = ctx.graph
    graph.add((iri, RDF.type, NIF.OffsetBasedString))
    graph.add((iri, RDF.type, NIF.Sentence if sentence else NIF.Phrase))
    graph.add((iri, NIF.beginIndex, integer_literal(span.begin)))
    graph.add((iri, NIF.endIndex, integer_literal(span.end)))
    graph.add((iri, NIF.anchorOf, Literal(text[span.begin : span.end])))
    graph.add((iri, NIF.referenceContext, ctx.context_iri))
    ctx.written[span, sentence] = iri
    return iri


def add_statement(
    ctx: ProvenanceContext,
    triple: tuple[URIRef, URIRef, Node],
    evidence: Evidence,
    extracted_predicate: str,
) -> URIRef:
    """Reify `triple` as an sm:ExtractedStatement derived from the evidence's phrase and sentence spans."""
    subject, predicate, obj = triple
    confidence = evidence.confidence
    if not (isinstance(confidence, int | float) and math.isfinite(confidence) and 0 <= confidence <= 1):
        raise BadInputError(
            f"article {ctx.article.article_id!r}: confidence {confidence!r} of a {extracted_predicate!r} "
            "statement is not a number between 0 and 1"
        )
    if not evidence.rule.strip():
        raise BadInputError(f"article {ctx.article.article_id!r}: a {extracted_predicate!r} statement has no rule")
    phrase = add_span(ctx, evidence.span)
    sentence = add_span(ctx, evidence.sentence, sentence=True)
    graph = ctx.graph
    graph.add((phrase, NIF.sentence, sentence))
    statement = node_iri(
        "statement",
        ctx.article.article_id,
        subject.n3(),
        predicate.n3(),
        obj.n3(),
        evidence.span.begin,
        evidence.span.end,
        evidence.rule,
        base_iri=ctx.base_iri,
    )
    graph.add((statement, RDF.type, RDF.Statement))
    graph.add((statement, RDF.type, SM.ExtractedStatement))
    graph.add((statement, RDF.subject, subject))
    graph.add((statement, RDF.predicate, predicate))
    graph.add((statement, RDF.object, obj))
    graph.add((statement, PROV.wasDerivedFrom, phrase))
    graph.add((statement, PROV.wasGeneratedBy, ctx.activity_iri))
    graph.add((statement, PROV.generatedAtTime, ctx.generated_at))
    graph.add((statement, SM.extractionRule, Literal(evidence.rule)))
    graph.add((statement, SM.extractedPredicate, Literal(extracted_predicate)))
    graph.add((statement, SM.confidence, decimal_literal(Decimal(str(round(float(confidence), 6))))))
    return statement
