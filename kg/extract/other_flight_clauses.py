"""Relative clauses about another flight named just before ('than the Skylab-8 men who ended a 28-day
mission on May 3'): what they tell belongs to that flight, not to the flight of the sentence."""

from __future__ import annotations

from kg.extract.document import Sentence
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("figures.jsonl")


def other_flight_of_clause(sentence: Sentence, position: int, mission: str | None) -> str | None:
    """Return another flight whose relative clause holds sentence-relative `position`, if any."""
    named = [m for m in sentence.of_kind("mission") if m.key and sentence.rel(m.end) <= position]
    if not named or named[-1].key == mission:
        return None
    last = named[-1]
    gap = sentence.text[sentence.rel(last.end) : position]
    return last.key if _pattern("other_flight_clause").match(gap) else None


def flight_before_next(sentence: Sentence, position: int, mission: str | None, main: str | None) -> str | None:
    """Return the article's flight for what a sentence tells before naming its flight as the next one.

    'A, who flew up with the crew on May 3, stays and will return with the next flight, STS-9': the day she
    flew up is the article's flight's, not the next one's.
    """
    if main is None or mission is None or mission == main:
        return None
    first = next((m for m in sentence.of_kind("mission") if m.key == mission), None)
    if first is None or sentence.rel(first.begin) <= position:
        return None
    return main if _pattern("next_flight_before").search(sentence.before(sentence.rel(first.begin), 50)) else None
