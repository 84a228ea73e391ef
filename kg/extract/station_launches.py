"""Rockets that launched a station or one of its modules ('Tianhe was boosted into orbit by a Long March 5B'),
which are no rockets of the crewed flight the story tells."""

from __future__ import annotations

from kg.extract.document import Mention, Sentence
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("vehicles.jsonl")


def lofted_station_part(sentence: Sentence, rocket: Mention) -> bool:
    """Tell whether a rocket is the agent of a passive launch whose subject is a station or a station module."""
    rel = sentence.rel(rocket.begin)
    passive = _pattern("passive_launch_by").search(sentence.text[:rel])
    if passive is None:
        return False
    subjects = [m for m in sentence.mentions if sentence.rel(m.end) <= passive.start() and m.kind != "place"]
    return bool(subjects) and subjects[-1].kind == "station"
