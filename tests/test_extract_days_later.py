"""'Two days later' in a story told of the past counts from the story's day, and a clock time in the same
sentence belongs to that day."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def test_two_days_later_dates_the_docking_and_its_clock_time() -> None:
    ext = run(
        "Twenty years ago, the shuttle Atlantis was launched June 27, 2011, carrying five astronauts. "
        "Two days later, at about 9 a.m. EDT, the Atlantis successfully docked with the space station.",
        date(2031, 7, 1),
    )
    types = {f.subject: f.obj.lexical for f in ext.facts if f.predicate == "event_type" and isinstance(f.obj, Value)}
    docking_days = {
        f.obj.lexical[:10]
        for f in ext.facts
        if f.predicate == "date" and types.get(f.subject) == "docking" and isinstance(f.obj, Value)
    }
    assert docking_days == {"2011-06-29"}
