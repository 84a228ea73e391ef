"""Crews told in the order of their flights: 'A and B, pilots of the spaceships X and Y' and 'A and B commanded
X and Y respectively' make A crew of X and B crew of Y, and neither crew of the other's flight."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Span
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("crew_respective.jsonl")


def settle_respective_crews(doc: Document) -> None:
    """Pair the people and flights a sentence lists in the same order, one to one."""
    for sentence in doc.sentences:
        flights = _run(sentence, [m for m in sentence.of_kind("mission") if m.key], "flight_gap")
        if len(flights) < 2:
            continue
        before = [m for m in sentence.of_kind("person") if m.key and m.end <= flights[0].begin]
        people = _run(sentence, before[::-1], "person_gap", backwards=True)[::-1]
        if len(people) != len(flights) or not _told_in_order(sentence, people[-1], flights):
            continue
        pairs = {str(p.key): str(f.key) for p, f in zip(people, flights, strict=True)}
        flown = set(pairs.values())
        # The pairing, once told, outweighs a sentence that gives the other flight to the person without naming it
        # ('A and B landed', read as of the story's flight).
        doc.remove_facts(
            [
                fact
                for fact in doc.facts
                if fact.predicate == "crew_member"
                and str(fact.obj) in pairs
                and fact.subject in flown
                and fact.subject != pairs[str(fact.obj)]
                and (fact.evidence.sentence == sentence.span or not _names(doc, fact.evidence.sentence, fact.subject))
            ]
        )
        for person, flight in zip(people, flights, strict=True):
            doc.add_crew(str(flight.key), sentence, person, "crew.respective", None, flight.end)


def _names(doc: Document, span: Span, flight: str) -> bool:
    """Tell whether the sentence at `span` names the flight."""
    return any(m.key == flight for m in doc.sentence_at(span).of_kind("mission"))


def _run(sentence: Sentence, mentions: list[Mention], gap: str, backwards: bool = False) -> list[Mention]:
    """Return the first mention and those listed right after it (before it when `backwards`)."""
    run: list[Mention] = []
    for mention in mentions:
        if run:
            left, right = (mention, run[-1]) if backwards else (run[-1], mention)
            if not _pattern(gap).fullmatch(sentence.text[sentence.rel(left.end) : sentence.rel(right.begin)]):
                break
        run.append(mention)
    return run


def _told_in_order(sentence: Sentence, last: Mention, flights: list[Mention]) -> bool:
    """Tell whether the people before the flights are their crews one by one ('pilots of', 'respectively')."""
    between = sentence.text[sentence.rel(last.end) : sentence.rel(flights[0].begin)]
    if _pattern("crews_of").fullmatch(between):
        return True
    after = sentence.text[sentence.rel(flights[-1].end) :]
    return _pattern("flew_verb").fullmatch(between) is not None and _pattern("respectively").match(after) is not None
