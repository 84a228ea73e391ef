"""A landing told in a side clause about someone riding another craft ('returned to Earth aboard the shuttle
Atlantis, landing in Florida on Saturday') is no landing of the flight the article tells of, and a date
after 'since' (the start of a stay) dates no event that follows it."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import objects, run


def test_a_landing_aboard_another_craft_is_not_the_flights() -> None:
    ext = run(
        "The Soyuz MS-41 capsule docked with the station on Friday, bringing three cosmonauts. "
        "Astronaut Dana Wells, who had lived on the station since March, returned to Earth aboard the "
        "space shuttle Atlantis, landing in Florida on Saturday night.",
        date(2031, 5, 10),
    )
    assert objects(ext, "landing_date", "Soyuz MS-41") == set()


def test_a_date_after_since_dates_no_event_told_after_it() -> None:
    ext = run(
        "Astronaut Dana Wells, who had lived on the station since March, returned to Earth on Saturday.",
        date(2031, 5, 10),
    )
    dates = {
        (ext.entities[f.subject].label, f.obj.lexical)
        for f in ext.facts
        if f.predicate == "date" and isinstance(f.obj, Value)
    }
    # The stay's start is the arrival of the one who stays, and nothing else.
    assert {label for label, d in dates if d == "2031-03"} <= {"Arrival (2031-03)"}
