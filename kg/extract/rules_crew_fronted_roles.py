"""Crew listed after a fronted 'Aboard was' whose first item is a role set off by a comma: 'Aboard was the ship's
commander, veteran cosmonaut A, Air Force pilot B and engineer C' makes all three crew and A the commander."""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.resources import get_resources, pattern_reader
from kg.extract.rules_crew_lists import listed_people

_pattern = pattern_reader("crew_fronted_roles.jsonl")


def apply_fronted_role_list_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Make the people listed after 'Aboard was the <role>,' crew of the flight, the first in that role."""
    if sentence.plot or sentence.prior or sentence.not_crew:
        return
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
    if not people:
        return
    first = people[0]
    match = _pattern("fronted_role_opening").match(sentence.text[: sentence.rel(first.begin)])
    roles: dict[str, str] = get_resources().lexicon["crew_roles"]
    role = roles.get(" ".join(match.group("role").lower().split())) if match else None
    if match is None or role is None:
        return
    # Trades before the later names ('Air Force pilot B') are no seats of their own: the list goes on past them.
    begin = sentence.span.begin + match.start("role")
    for member in listed_people(sentence, first, people, roles_go_on=True):
        doc.add_crew(mission, sentence, member, "crew.fronted_role_list", role if member is first else None, begin)
