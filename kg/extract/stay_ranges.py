"""A flight told from its launch to its landing ('lived aboard the station from June 2021 to September 2021'):
the two dates of the span, and the flight they belong to, which may be a person's earlier one, or none."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from kg.extract.document import Document, Sentence
from kg.extract.model import Value
from kg.extract.resources import pattern_reader
from kg.extract.timex import Timex

_pattern = pattern_reader("events.jsonl")

# An unnamed span ending longer ago than this, in a story whose flight is not yet dated, is someone's earlier flight.
_RECENT_DAYS = 366


def stay_ranges(sentence: Sentence) -> list[tuple[Timex, Timex]]:
    """Return the (first, last) dates of each span a flight or stay is told over in the sentence."""
    calendars = [t for t in sentence.timexes if t.grain != "clock"]
    found = []
    for first, last in pairwise(calendars):
        before = sentence.before(first.begin, 120)
        if (
            _pattern("range_gap").fullmatch(sentence.text, first.end, last.begin)
            and _pattern("range_opening").search(before)
            and _pattern("stay_before_range").search(before)
            and first.to_value() is not None
            and last.to_value() is not None
        ):
            found.append((first, last))
    return found


def range_flight(doc: Document, sentence: Sentence, mission: str | None, first: Timex, last: Timex) -> str | None:
    """Return the flight a span of dates is the launch and landing of: the flight named before it, else the story's.

    A span that names no flight and lies apart from the story's flight ('He flew to the station from June 2021 to
    September 2021', in a story of a landing in 2030) is someone's earlier flight: it dates none.
    """
    if sentence.future:
        return None
    named = [m.key for m in sentence.of_kind("mission") if m.key and sentence.rel(m.end) <= first.begin]
    if named:
        return named[-1]
    if mission is None:
        return None
    start, end = first.to_value(), last.to_value()
    assert start is not None and end is not None
    known = [
        str(f.obj.lexical)
        for predicate in ("launch_date", "landing_date")
        for f in doc.facts_of(mission, predicate)
        if isinstance(f.obj, Value)
    ]
    if known:
        return mission if any(k.startswith(v.lexical[:7]) for k in known for v in (start, end)) else None
    return mission if _days_before(doc.article.published, end) <= _RECENT_DAYS else None


def _days_before(published: date, value: Value) -> int:
    """Return how many days before publication a date (its first day, for a month or year) lies."""
    lexical = value.lexical[:10]
    first_day = date.fromisoformat(lexical + "-01" * ((10 - len(lexical)) // 3))
    return (published - first_day).days
