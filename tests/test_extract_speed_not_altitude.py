"""A distance told per unit of time ('a speed that reached 4,000 miles an hour') is a speed, not the flight's
altitude; a height reached in the same sentence still is."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_speed_in_miles_an_hour_is_no_altitude() -> None:
    ext = run(
        "The NS-40 capsule blasted off today with four passengers. It climbed to 60 miles, with a speed "
        "that reached 2,200 miles an hour, and landed ten minutes later.",
        date(2025, 2, 26),
    )
    assert objects(ext, "altitude_km", "NS-40") == {"96.561"}


def test_a_speed_per_second_is_no_altitude() -> None:
    ext = run(
        "The NS-40 capsule blasted off today with four passengers. Its speed reached 1 kilometre per second "
        "and it climbed to 100 km.",
        date(2025, 2, 26),
    )
    assert objects(ext, "altitude_km", "NS-40") == {"100"}
