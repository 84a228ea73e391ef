"""Crew told by joining others on a named flight: 'A, 40, an engineer, joined a Russian cosmonaut and a US
astronaut in the cramped interior of Soyuz TMA-9', 'B joined two astronauts aboard Crew-30'."""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("crew_joined.jsonl")


def apply_joined_companion_rules(doc: Document, sentence: Sentence, _: str | None) -> None:
    """Add as crew of a flight named in the sentence the person who joined others in or aboard it."""
    if sentence.plot or sentence.not_crew or sentence.prior:
        return
    flights = [m for m in sentence.of_kind("mission") if m.key]
    people = [m for m in sentence.of_kind("person") if m.key and not m.possessive]
    for person in people:
        flight = next((f for f in flights if f.begin >= person.end), None)
        if flight is None or flight.key is None:
            continue
        between = sentence.text[sentence.rel(person.end) : sentence.rel(flight.begin)]
        if _pattern("joined_others_in").fullmatch(between):
            doc.add_crew(flight.key, sentence, person, "crew.joined_others_aboard", None, flight.end)
