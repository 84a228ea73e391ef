"""Ages told inside a clause about a person rather than beside the name: 'A, a former pilot who at 32 is the
youngest ...', 'B, who played a captain on television, went to space, and at 90 became the oldest ...',
'C, the commander, now 58, ...', 'D, a former pilot who is 57, ...'. Run by `rules_later_occupations.py`."""

from __future__ import annotations

from kg.extract.document import Document, Mention, Sentence
from kg.extract.model import Value
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("later_occupations.jsonl")


def add_clause_ages(doc: Document, sentence: Sentence) -> None:
    """Give a person the age an aside after the name or a clause of theirs tells."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
    for person in people:
        aside = _pattern("aside_age").match(sentence.text, sentence.rel(person.end))
        if aside:
            _add_age(doc, sentence, person, aside.group("age"), aside.end("age"))
    for told in _pattern("at_age_clause").finditer(sentence.text):
        owner = _owner(sentence, people, told.start(), bool(told.group("who")))
        if owner is not None:
            _add_age(doc, sentence, owner, told.group("age"), told.end("age"))


def _owner(sentence: Sentence, people: list[Mention], at: int, relative: bool) -> Mention | None:
    """Return whom an 'at N' clause tells of: a 'who' clause's head, else the subject the sentence opens on."""
    before = [m for m in people if sentence.rel(m.end) <= at and ";" not in sentence.text[sentence.rel(m.end) : at]]
    if relative:
        return before[-1] if before else None
    # 'A, who ..., went to space, and at 90 became ...': the verbs joined by 'and' share the opening subject.
    return before[0] if before and before[0].begin == sentence.span.begin else None


def _add_age(doc: Document, sentence: Sentence, person: Mention, age: str, end: int) -> None:
    """Add a person's age stated from the name to `end` of the sentence."""
    if person.key is None or not 3 <= int(age) <= 110:
        return
    begin = min(person.begin, sentence.span.begin + end)
    evidence = doc.evidence(sentence, begin, sentence.span.begin + end, "age.subject_predicate")
    doc.add_fact(subject=person.key, predicate="age", obj=Value(str(int(age)), "integer"), evidence=evidence)
