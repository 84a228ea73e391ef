"""Crew told one by one in copula sentences about the flight's company: 'First among the team is A who ...',
'B is another member who ...', 'C was the other passenger'."""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("crew_copula_members.jsonl")


def apply_copula_member_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Make a person the copula sentence places in the flight's company its crew."""
    if sentence.plot or sentence.not_crew:
        return
    for person in sentence.of_kind("person"):
        if not person.key or person.possessive:
            continue
        after = _pattern("member_after").match(sentence.text[sentence.rel(person.end) :])
        if after:
            doc.add_crew(mission, sentence, person, "crew.copula_member", None, person.end + after.end())
            continue
        before = _pattern("fronted_member").match(sentence.text[: sentence.rel(person.begin)])
        if before:
            doc.add_crew(mission, sentence, person, "crew.copula_member", None, sentence.span.begin + before.end())
