"""Occupations told in a later sentence opened by a pronoun: 'She is a retired Navy captain', 'He worked as an
aerospace engineer'. The occupation goes to the person last named whose gender fits (patterns.json:
occupation_told_later). A fact box's 'Age: 45' line gives the age of the person the line above names."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.clause_ages import add_clause_ages
from kg.extract.clause_trades import add_worked_as_trades
from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.pronouns import last_named_person
from kg.extract.resources import get_resources, load_json, pattern_reader

_pattern = pattern_reader("later_occupations.jsonl")

# The occupation may follow a few modifiers ('a retired Navy captain', 'an experienced aerospace engineer').
MAX_MODIFIER_WORDS = 2


@lru_cache(maxsize=1)
def _told_later_re() -> re.Pattern[str]:
    """Return the pattern of a pronoun sentence stating an occupation."""
    return re.compile(load_json("patterns.json")["occupation_told_later"])


def apply_later_occupation_rules(doc: Document, sentence: Sentence) -> None:
    """Give the person last named the occupation a pronoun sentence states; read a named subject's traits."""
    _subject_traits(doc, sentence)
    _aged_description(doc, sentence)
    _age_field(doc, sentence)
    add_clause_ages(doc, sentence)
    add_worked_as_trades(doc, sentence)
    _office_became(doc, sentence)
    told = _told_later_re().match(sentence.text)
    if told is None:
        return
    rest = told.group("rest")
    occupation = get_resources().occupation_re.search(rest)
    if occupation is None or _too_many_modifiers(rest[: occupation.start()]):
        return
    if occupation.end() < len(rest) and rest[occupation.end()].isalpha():
        return
    pronoun = told.group("pronoun").lower()
    person = last_named_person(doc, sentence, sentence.span.begin, pronoun)
    if person is None or person.key is None:
        return
    occupations: dict[str, str] = get_resources().lexicon["occupations"]
    word = " ".join(occupation.group(0).lower().split())
    value = occupations.get(word, word)
    begin = sentence.span.begin + told.start("rest") + occupation.start()
    doc.add_fact(
        subject=person.key,
        predicate="occupation",
        obj=Value(value),
        evidence=doc.evidence(sentence, sentence.span.begin, begin + len(occupation.group(0)), "occupation.told_later"),
    )
    if told.group("former"):
        doc.state[person.key].former.add(value)


def _aged_description(doc: Document, sentence: Sentence) -> None:
    """'The 41-year-old heiress had trained ...': the age of the one person named with that noun ('heiress A')."""
    match = _pattern("aged_description").match(sentence.text)
    # A trade ('The 41-year-old banker') is read as a role noun by rules_people.py.
    if match is None or match.group("noun").lower() in get_resources().lexicon["occupations"]:
        return
    noun = re.escape(match.group("noun"))
    before_re = re.compile(rf"\b{noun}\s+$", re.I)
    after_re = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{noun}\b", re.I)
    described = {
        person.key
        for earlier in doc.sentences[: sentence.index]
        for person in earlier.of_kind("person")
        if person.key
        and (
            before_re.search(earlier.before(earlier.rel(person.begin), 40))
            or after_re.match(earlier.text, earlier.rel(person.end))
        )
    }
    if len(described) == 1:
        age = Value(str(int(match.group("age"))), "integer")
        _add(doc, sentence, described.pop(), "age", age, sentence.span.begin + match.end("noun"))


def _age_field(doc: Document, sentence: Sentence) -> None:
    """'Age: 45' on the line under 'Colonel A, commander': the age of the one person that line names."""
    field = _pattern("age_field").match(sentence.text)
    if field is None or sentence.index == 0:
        return
    named = {m.key for m in doc.sentences[sentence.index - 1].of_kind("person") if m.key}
    if len(named) == 1:
        _add(doc, sentence, named.pop(), "age", Value(str(int(field.group("age"))), "integer"), sentence.span.end)


def _subject_traits(doc: Document, sentence: Sentence) -> None:
    """'A, 33, is a space rookie who is an air force major', 'B is a 61-year-old veteran', 'C flew at the age of 70':
    the age and occupations said of the person the sentence opens on."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.key and not m.possessive]
    if not people or people[0].begin != sentence.span.begin or people[0].key is None:
        return
    subject, key = people[0], people[0].key
    later = people[1].begin - sentence.span.begin if len(people) > 1 else len(sentence.text)
    age_of = _pattern("age_of").search(sentence.text, 0, later)
    if age_of:
        _add(doc, sentence, key, "age", Value(age_of.group("age"), "integer"), sentence.span.begin + age_of.end())
    told = _pattern("predicate").match(sentence.text, sentence.rel(subject.end))
    if told is None:
        return
    if told.group("age"):
        age = Value(str(int(told.group("age"))), "integer")
        _add(doc, sentence, key, "age", age, sentence.span.begin + told.end("age"))
    # Each part ('a space rookie', 'who is a lieutenant colonel') may name one occupation after a few modifiers.
    begin = told.start("rest")
    for part in [*_pattern("who_is").split(told.group("rest")), ""][:2]:
        occupation = get_resources().occupation_re.search(part)
        if occupation and not _too_many_modifiers(part[: occupation.start()]):
            word = " ".join(occupation.group(0).lower().split())
            value = get_resources().lexicon["occupations"].get(word, word)
            at = sentence.text.find(part, begin) + occupation.end()
            _add(doc, sentence, key, "occupation", Value(value), sentence.span.begin + at)
        begin = sentence.text.find(part, begin) + len(part)


def _too_many_modifiers(words: str) -> bool:
    """Tell whether more words than a few modifiers stand before a trade; a service's name and 'retired' or 'former'
    do not count ('a retired Air Force lieutenant colonel')."""
    modifiers = [w for w in words.split() if not w[:1].isupper() and w.lower() not in ("retired", "former")]
    return len(modifiers) > MAX_MODIFIER_WORDS


def _add(doc: Document, sentence: Sentence, key: str, predicate: str, value: Value, end: int) -> None:
    """Add a trait of a person stated from the start of the sentence to `end`."""
    if predicate == "age" and not 3 <= int(value.lexical) <= 110:
        return
    evidence = doc.evidence(sentence, sentence.span.begin, end, f"{predicate}.subject_predicate")
    doc.add_fact(subject=key, predicate=predicate, obj=value, evidence=evidence)


def _office_became(doc: Document, sentence: Sentence) -> None:
    """'A, a lawyer who later became president of Chile,': the head of state's office a person rose to is a trade."""
    countries = get_resources().countries
    for person in sentence.of_kind("person"):
        if person.key is None or person.possessive:
            continue
        rest = sentence.text[sentence.rel(person.end) :]
        match = _pattern("became_office").match(rest)
        if match is None or match.group("country") not in countries:
            continue
        office = " ".join(match.group("office").lower().split())
        end = person.end + match.end()
        doc.add_fact(
            subject=person.key,
            predicate="occupation",
            obj=Value(f"{office} of {match.group('country')}"),
            evidence=doc.evidence(sentence, person.begin, end, "occupation.told_later"),
        )
