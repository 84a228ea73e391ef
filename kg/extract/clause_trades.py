"""Trades told by what a person worked or joined as, in the clause after the name: 'A worked his first shift as a
flight director', 'B, 92, who worked in mission control as a flight director', 'C, who joined the company in 2016
as an engineer'. Run by `rules_later_occupations.py`."""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("later_occupations.jsonl")

# A trade may follow a few lower-case modifiers ('as a flight sciences engineer').
MAX_MODIFIER_WORDS = 2


def add_worked_as_trades(doc: Document, sentence: Sentence) -> None:
    """Give a person the trade a clause right after the name says they worked or joined as."""
    for person in sentence.mentions:
        if person.kind != "person" or person.key is None or person.possessive:
            continue
        told = _pattern("worked_as").match(sentence.text, sentence.rel(person.end))
        if told is None:
            continue
        rest = told.group("rest")
        trade = get_resources().occupation_re.search(rest)
        if trade is None or len(rest[: trade.start()].split()) > MAX_MODIFIER_WORDS:
            continue
        if trade.end() < len(rest) and rest[trade.end()].isalpha():
            continue
        word = " ".join(trade.group(0).lower().split())
        value = get_resources().lexicon["occupations"].get(word, word)
        end = sentence.span.begin + told.start("rest") + trade.end()
        evidence = doc.evidence(sentence, person.begin, end, "occupation.subject_predicate")
        doc.add_fact(subject=person.key, predicate="occupation", obj=Value(value), evidence=evidence)
