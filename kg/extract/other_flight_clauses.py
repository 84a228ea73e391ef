"""What a sentence tells of another flight than its own: a relative clause about a flight named just before
('than the Skylab-8 men who ended a 28-day mission on May 3'), a traveller or a craft of another flight."""

from __future__ import annotations

import re

from kg.extract.document import Document, Sentence
from kg.extract.resources import pattern_reader

_pattern = pattern_reader("figures.jsonl")
_event_pattern = pattern_reader("events.jsonl")
_CLOCK_STOPS = re.compile(r"(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.", re.I)


def other_flight_of_clause(sentence: Sentence, position: int, mission: str | None) -> str | None:
    """Return another flight whose relative clause holds sentence-relative `position`, if any."""
    named = [m for m in sentence.of_kind("mission") if m.key and sentence.rel(m.end) <= position]
    if not named or named[-1].key == mission:
        return None
    last = named[-1]
    gap = sentence.text[sentence.rel(last.end) : position]
    return last.key if _pattern("other_flight_clause").match(gap) else None


def flight_returned_in(sentence: Sentence, trigger_end: int, mission: str | None) -> str | None:
    """Return another flight named as what a return was made in ('returned to Earth at 7:04 p.m. August 27 in
    the Soyuz T-5 that had carried A'): the landing is that flight's."""
    for m in sentence.of_kind("mission"):
        begin = sentence.rel(m.begin)
        if begin < trigger_end:
            continue
        # Clock times' full stops ('7:04 p.m.') end no clause.
        gap = _CLOCK_STOPS.sub("", sentence.text[trigger_end:begin])
        return m.key if m.key != mission and _event_pattern("returned_in_flight").fullmatch(gap) else None
    return None


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


def traveller_of_other_flight(doc: Document, sentence: Sentence, trigger: int, mission: str) -> bool:
    """Tell whether a launch or landing verb has as subject someone not in the flight's known crew.

    'NASA's Frank Rubio, 49, returned in September 2023' in a story about another, crewed flight that the
    sentence does not name: the date is Rubio's, not the flight's.
    """
    if sentence.of_kind("mission"):
        return False
    crew = {str(f.obj) for f in doc.facts_of(mission, "crew_member")}
    if not crew:
        return False
    subject = None
    for mention in sentence.mentions:
        if mention.kind == "person" and mention.key and sentence.rel(mention.end) <= trigger:
            subject = mention
    if subject is None or subject.key in crew:
        return False
    return bool(_event_pattern("subject_gap").fullmatch(sentence.text, sentence.rel(subject.end), trigger))


def rides_other_craft(doc: Document, sentence: Sentence, mission: str) -> bool:
    """Tell whether a sentence not naming the flight has someone ride another craft than the flight's own.

    'Wolf returned to Earth aboard the shuttle Atlantis, landing on Saturday', in a story whose flight
    flew a Soyuz: the landing is the shuttle's.
    """
    if any(m.key == mission for m in sentence.of_kind("mission")):
        return False
    own = {str(f.obj) for f in doc.facts_of(mission, "spacecraft") if f.evidence.sentence != sentence.span}
    own |= {
        str(m.key)
        for earlier in doc.sentences[: sentence.index]
        if doc.context.get(earlier.index) == mission
        for m in earlier.of_kind("spacecraft")
    }
    # A flight named after its capsule ('Soyuz MS-41') gets that craft only once the article is read.
    words = set(doc.entities[mission].label.lower().split())
    return any(
        m.key not in own
        and (own or not words & set(m.canonical.lower().split()))
        and _event_pattern("aboard_craft").search(sentence.before(sentence.rel(m.begin), 40))
        for m in sentence.of_kind("spacecraft")
        if m.key
    )
