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
