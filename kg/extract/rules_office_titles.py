"""An office over a field written as a title before a name ('Director of Telecommunications A', 'Head of Research
B') is that person's occupation, and it is no apposition of the person named before it ('C, Head of Research B').
A trade set before a name with a comma ('his production assistant, D') is read here too (rules_fronted_titles.py)."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Value
from kg.extract.resources import pattern_reader
from kg.extract.rules_fronted_titles import apply_fronted_title_rules

_pattern = pattern_reader("office_titles.jsonl")


def apply_office_title_rules(doc: Document) -> None:
    """Give each person named right after an office title that office as occupation."""
    for sentence in doc.sentences:
        for mention in sentence.of_kind("person"):
            if mention.key is not None:
                _office_before(doc, sentence, mention)
    # A trade set before a name with a comma ('his production assistant, A') is a title read the same way.
    apply_fronted_title_rules(doc)


def _office_before(doc: Document, sentence: Sentence, mention: Mention) -> None:
    """Record 'Director of Telecommunications A'; drop the title as an apposition of the person before it."""
    before = sentence.before(sentence.rel(mention.begin), 70)
    match = _pattern("office_before_name").search(before)
    if match is None:
        return
    begin = mention.begin - len(before) + match.start("office")
    office = " ".join(match.group("office").split())
    doc.add_fact(
        subject=str(mention.key),
        predicate="occupation",
        obj=Value(office),
        evidence=doc.evidence(sentence, begin, mention.end, "occupation.office_title", 0.8),
    )
    doomed = [
        fact
        for fact in doc.facts
        if fact.predicate == "occupation"
        and fact.evidence.rule == "occupation.apposition"
        and fact.subject != mention.key
        and fact.evidence.span.begin < begin < fact.evidence.span.end
    ]
    doc.remove_facts(doomed)
