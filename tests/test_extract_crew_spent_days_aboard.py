"""A crew told as having spent a time aboard ('The three cosmonauts spent 180 days aboard the station') gives
the flight its length and its destination; one person's career total in the past tense does not."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

_LANDED = "The Soyuz MS-40 capsule landed in Kazakhstan on Thursday with three cosmonauts. "


def test_a_crew_that_spent_days_aboard_the_station_gives_the_flight_its_length() -> None:
    ext = run(_LANDED + "The three cosmonauts spent 180 days aboard the space station.", date(2026, 3, 5))
    assert objects(ext, "duration", "Soyuz MS-40") == {"P180D"}
    assert objects(ext, "destination", "Soyuz MS-40")


def test_the_crew_spent_months_in_orbit() -> None:
    ext = run(_LANDED + "The crew spent six months in orbit, running experiments.", date(2026, 3, 5))
    assert objects(ext, "duration", "Soyuz MS-40") == {"P6M"}


def test_one_persons_days_in_space_over_a_career_are_no_length_of_the_flight() -> None:
    ext = run(_LANDED + "Its commander spent 800 days in space over four flights.", date(2026, 3, 5))
    assert objects(ext, "duration", "Soyuz MS-40") == set()
