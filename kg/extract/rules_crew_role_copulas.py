"""Crew told role first, one copula clause each: 'Commander of Soyuz T-41 was A; flight engineer was B; and
researcher was C' makes all three crew of the sentence's flight, each in the role of their clause."""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.registry import FlightRule
from kg.extract.resources import get_resources, pattern_reader

_pattern = pattern_reader("crew_role_copulas.jsonl")


def apply_role_copula_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Make each person named after '<role> (of the flight) was' crew of the flight in that role."""
    if sentence.plot or sentence.prior or sentence.not_crew:
        return
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    for person in sentence.mentions:
        if person.kind != "person" or not person.key or person.possessive:
            continue
        before = sentence.text[: sentence.rel(person.begin)]
        # Each clause of a semicolon list tells one seat, so only the text since the last ';' is read.
        start = before.rfind(";") + 1
        match = _pattern("role_copula_clause").match(before[start:])
        if match is None or (match.group("of") and not _pattern("flight_of").search(match.group("of"))):
            continue
        words = " ".join(match.group("role").lower().split())
        role = roles.get(words) or (words if _pattern("extra_role").match(words) else None)
        if role is None:
            continue
        doc.add_crew(
            mission, sentence, person, "crew.role_copula", role, sentence.span.begin + start + match.start("role")
        )


ROLE_COPULA_RULE = FlightRule(
    "crew.role_copula", apply_role_copula_rules, patterns=("crew_role_copulas.jsonl",), emits=("crew.role_copula",)
)
