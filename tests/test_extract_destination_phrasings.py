"""Destinations told by leaving a station or staying aboard 'the country's orbiting space station', and none
from the flights a record is compared with."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_station_the_crew_left_is_the_destination() -> None:
    ext = run(
        "Two cosmonauts came back to Earth on Monday in Soyuz TM-30, leaving the space station Mir empty "
        "until the autumn.",
        date(2000, 6, 20),
    )
    assert objects(ext, "destination", "Soyuz TM-30") == {"Mir"}


def test_the_country_s_orbiting_space_station_is_the_destination() -> None:
    ext = run(
        "The Shenzhou-30 capsule landed in Inner Mongolia on Monday with three astronauts who had spent half "
        "a year aboard the country's orbiting space station.",
        date(2031, 5, 6),
    )
    assert objects(ext, "destination", "Shenzhou-30") != set()


def test_the_moon_of_the_flights_compared_with_is_no_destination() -> None:
    ext = run(
        "The STS-140 crew reached a peak of 800 miles, the farthest anyone had flown from Earth since the "
        "Apollo missions to the Moon.",
        date(2031, 5, 6),
    )
    assert "Moon" not in objects(ext, "destination", "STS-140")
