"""Dates of an earlier flight named after them in their clause: a flight noun qualified by a date ('the July 2021
flight of A and three others on the NS-16 mission'), a ride dated before the craft ('went into space in 1975 as an
engineer aboard the Soyuz 17'): that flight launched then."""

from __future__ import annotations

from kg.extract.document import Sentence
from kg.extract.resources import pattern_reader
from kg.extract.timex import Timex

_pattern = pattern_reader("events.jsonl")


def flight_of_dated_noun(sentence: Sentence, timex: Timex) -> tuple[str, int] | None:
    """Return the flight a dated flight noun tells the launch of (named after the noun) and where its name ends."""
    if timex.grain not in ("day", "month", "year") or not sentence.before(timex.begin, 5).lower().endswith("the "):
        return None
    noun = _pattern("flight_noun_after_date").match(sentence.text, timex.end)
    if noun is None:
        return None
    for mention in sentence.of_kind("mission"):
        begin = sentence.rel(mention.begin)
        if mention.key and noun.start("rest") <= begin < noun.end("rest"):
            gap = sentence.text[noun.start("rest") : begin]
            return (mention.key, sentence.rel(mention.end)) if _pattern("flight_name_after_noun").search(gap) else None
    return None


def flight_of_dated_ride(sentence: Sentence, timex: Timex) -> tuple[str, int] | None:
    """Return the flight a dated ride to space was aboard ('went into space in 1975 ... aboard the Soyuz 17')."""
    if timex.grain == "clock" or not _pattern("ride_before_date").search(sentence.before(timex.begin, 40)):
        return None
    for mention in sentence.of_kind("mission"):
        begin = sentence.rel(mention.begin)
        if (
            mention.key
            and begin >= timex.end
            and _pattern("ride_date_to_name").fullmatch(sentence.text, timex.end, begin)
        ):
            return mention.key, sentence.rel(mention.end)
    return None
