"""The sentences behind a resource's facts: each sentence once, with the facts it supports under it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.terms import ONTOLOGY_NS, WELL_KNOWN_PREFIXES

RDF = WELL_KNOWN_PREFIXES["rdf"]
NIF = WELL_KNOWN_PREFIXES["nif"]
PROV = WELL_KNOWN_PREFIXES["prov"]
NONE = ("", "", "")

Term = tuple[str, str, str]
Triple = tuple[Term, Term, Term]


@dataclass
class Support:
    """One fact a sentence supports: the statement's predicate and value, its phrase, rule and confidence."""

    predicate: Term
    value: Term
    phrase: str
    rule: str
    confidence: str


@dataclass
class Sentence:
    """A source sentence, shown once, numbered in reading order, with the facts it supports."""

    number: int
    text: str
    article: str
    begin: int
    supports: list[Support] = field(default_factory=list)


@dataclass
class Evidence:
    """The sentences behind a resource's facts, and for each fact (predicate, value) the sentences' numbers."""

    sentences: list[Sentence]
    cited: dict[tuple[str, str], list[int]]


def first_values(triples: list[Triple]) -> dict[str, dict[str, Term]]:
    """For each subject, property IRI to its first value."""
    found: dict[str, dict[str, Term]] = defaultdict(dict)
    for s, p, o in triples:
        found[s[1]].setdefault(p[1], o)
    return found


def gather_evidence(iri: str, triples: list[Triple]) -> Evidence:
    """Group the reified statements about `iri` by the sentence they were read from."""
    values = first_values(triples)
    statements = sorted({s[1] for s, p, o in triples if p[1] == RDF + "subject" and o[1] == iri})
    by_key: dict[tuple[str, str], Sentence] = {}
    for statement in statements:
        props = values.get(statement, {})
        phrase = values.get(props.get(PROV + "wasDerivedFrom", NONE)[1], {})
        sentence = values.get(phrase.get(NIF + "sentence", NONE)[1], {})
        text = sentence.get(NIF + "anchorOf", NONE)[1]
        if not text:
            continue
        context = values.get(phrase.get(NIF + "referenceContext", NONE)[1], {})
        article = context.get(NIF + "sourceUrl", NONE)[1]
        key = (article, text)
        if key not in by_key:
            by_key[key] = Sentence(0, text, article, read_int(sentence.get(NIF + "beginIndex", NONE)[1]))
        support = Support(
            predicate=props.get(RDF + "predicate", NONE),
            value=props.get(RDF + "object", NONE),
            phrase=phrase.get(NIF + "anchorOf", NONE)[1],
            rule=props.get(ONTOLOGY_NS + "extractionRule", NONE)[1],
            confidence=props.get(ONTOLOGY_NS + "confidence", NONE)[1],
        )
        supports = by_key[key].supports
        if all((s.predicate, s.value) != (support.predicate, support.value) for s in supports):
            supports.append(support)
    sentences = sorted(by_key.values(), key=lambda s: (s.article, s.begin, s.text))
    cited: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, shown in enumerate(sentences, start=1):
        shown.number = number
        for support in shown.supports:
            cited[(support.predicate[1], support.value[1])].append(number)
    return Evidence(sentences, dict(cited))


def read_int(text: str) -> int:
    """A number from the store, or 0 when it is none."""
    try:
        return int(text)
    except ValueError:
        return 0
