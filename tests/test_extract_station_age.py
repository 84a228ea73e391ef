"""A station's age told beside its name ('Mir, which has been in orbit for 12 years') is no flight's length."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

_OPENING = "The Soyuz TM-40 capsule docked with the Mir station on Monday, carrying three cosmonauts. "


def test_a_station_age_in_a_relative_clause_is_not_the_flight_duration() -> None:
    ext = run(
        _OPENING
        + "Officials would not say if this was the final crewed flight to Mir, which has been in orbit for 12 years.",
        date(1998, 2, 23),
    )
    assert objects(ext, "duration", "Soyuz TM-40") == set()


def test_a_station_age_in_an_apposition_is_not_the_flight_duration() -> None:
    ext = run(_OPENING + "The aging station, in orbit for 11 years, needs repairs.", date(1998, 2, 23))
    assert objects(ext, "duration", "Soyuz TM-40") == set()
