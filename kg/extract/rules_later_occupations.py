"""Occupations told in a later sentence opened by a pronoun: 'She is a retired Navy captain', 'He worked as an
aerospace engineer'. The occupation goes to the person last named whose gender fits (patterns.json:
occupation_told_later)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.pronouns import last_named_person
from kg.extract.resources import get_resources, load_json

# The occupation may follow a few modifiers ('a retired Navy captain', 'an experienced aerospace engineer').
MAX_MODIFIER_WORDS = 2


@lru_cache(maxsize=1)
def _told_later_re() -> re.Pattern[str]:
    """Return the pattern of a pronoun sentence stating an occupation."""
    return re.compile(load_json("patterns.json")["occupation_told_later"])


def apply_later_occupation_rules(doc: Document, sentence: Sentence) -> None:
    """Give the person last named the occupation a pronoun sentence states."""
    told = _told_later_re().match(sentence.text)
    if told is None:
        return
    rest = told.group("rest")
    occupation = get_resources().occupation_re.search(rest)
    if occupation is None or len(rest[: occupation.start()].split()) > MAX_MODIFIER_WORDS:
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
