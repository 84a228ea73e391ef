"""A crew counted in one sentence and named in the next: 'Two NASA astronauts completed a spacewalk on Sunday.
The agency said A and B were outside for eight hours.' The names, as many as counted, are the flight's crew, of
the trade the count gave them. So are a person and as many others as counted, named in apposition ('A and two other
cosmonauts, B and C, will relieve the crew')."""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.resources import get_resources, pattern_reader
from kg.extract.rules_crew_lists import listed_people, people_listed_before

_pattern = pattern_reader("crew_counted.jsonl")


def apply_counted_then_named_rules(doc: Document, sentence: Sentence, mission: str) -> None:
    """Add the people of the next sentence as crew of `mission` when this sentence counts as many, unnamed."""
    _others_named(doc, sentence, mission)
    counted = _pattern("counted_crew").match(sentence.text)
    if counted is None or sentence.of_kind("person") or sentence.prior or sentence.plot:
        return
    if sentence.index + 1 >= len(doc.sentences) or any(m.key != mission for m in sentence.of_kind("mission")):
        return
    following = doc.sentences[sentence.index + 1]
    if following.of_kind("mission"):
        return
    people = [m for m in following.of_kind("person") if m.key and not m.possessive]
    count = get_resources().lexicon["number_words"].get(counted.group("count").lower()) or int(counted.group("count"))
    if not people or len({m.key for m in people}) != count:
        return
    group = people_listed_before(following, people[-1], people)
    if len(group) != len(people):
        return
    noun = counted.group("noun")
    occupation = get_resources().lexicon["occupations"].get(noun.lower())
    for person in group:
        doc.add_crew(mission, following, person, "crew.counted_then_named", None)
        if occupation and person.key:
            doc.add_fact(
                subject=person.key,
                predicate="occupation",
                obj=Value(occupation),
                evidence=doc.evidence(
                    sentence,
                    sentence.span.begin + counted.start("count"),
                    sentence.span.begin + counted.end("noun"),
                    "occupation.counted_then_named",
                    0.7,
                ),
            )


def _others_named(doc: Document, sentence: Sentence, mission: str) -> None:
    """'A and two other cosmonauts, B and C, will relieve the crew': A and the others, as many as counted, fly."""
    if sentence.prior or sentence.plot or sentence.not_crew:
        return
    people = [m for m in sentence.of_kind("person") if m.key and not m.possessive]
    for person in people:
        others = _pattern("others_named").match(sentence.text, sentence.rel(person.end))
        after = [m for m in people if sentence.rel(m.begin) >= (others.end() if others else len(sentence.text))]
        if others is None or not after:
            continue
        group = listed_people(sentence, after[0], people, roles_go_on=True)
        if len(group) != get_resources().lexicon["number_words"].get(others.group("count").lower()):
            continue
        for member in [person, *group]:
            doc.add_crew(mission, sentence, member, "crew.counted_then_named", None)
        return
