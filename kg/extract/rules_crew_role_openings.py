"""Crew told by a role that opens the sentence, before the person it belongs to: 'As a research engineer aboard
Soyuz TM40, launched on 14 March, NASA astronaut Dr A is ...' makes A that flight's crew in that role."""

from __future__ import annotations

import re

from kg.extract.document import Document, Sentence
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("crew_role_openings.jsonl")


def apply_role_opening_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Give the subject after an opening 'As a <role> aboard <flight>, ...,' that role on the flight."""
    match = _pattern("as_role_aboard").match(sentence.text)
    if match is None:
        return
    role = " ".join(match.group("role").lower().split())
    words = get_resources().lexicon
    if role.split()[-1] not in words["occupations"] and role not in words["crew_roles"]:
        return
    flights = [m for m in sentence.of_kind("mission") if m.key and sentence.rel(m.begin) >= match.end()]
    flight = str(flights[0].key) if flights else mission
    for person in sentence.of_kind("person"):
        start = sentence.rel(person.begin)
        if person.key is None or person.possessive or start <= match.end():
            continue
        clause = sentence.text[:start].rsplit(",", 1)
        if len(clause) == 2 and re.fullmatch(r"\s*(?:[\w.'’-]+\s+){0,4}", clause[1]):
            begin = sentence.span.begin + match.start("role")
            doc.add_crew(flight, sentence, person, "crew.as_role_opening", role, begin)
        return
