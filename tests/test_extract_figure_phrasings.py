"""Durations and altitudes told as a stay before returning, an orbit of N km, or of an earlier flight (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_stay_before_returning_is_the_duration() -> None:
    ext = run(
        "The Shenzhou-31 spacecraft lifted off on Monday with two taikonauts on board.\n\n"
        "The two taikonauts will stay for 45 days before returning to Earth.\n"
    )
    assert facts(ext, "duration") == {("Shenzhou-31", "P45D")}


def test_an_orbit_of_n_km_is_the_altitude() -> None:
    ext = run(
        "The Shenzhou-31 spacecraft lifted off on Monday with two taikonauts on board, bound for an orbit of 380 km.\n"
    )
    assert facts(ext, "altitude_km") == {("Shenzhou-31", "380")}


def test_time_in_space_on_an_earlier_flight_is_not_the_duration() -> None:
    ext = run(
        "The Soyuz MS-31 spacecraft lifted off from Baikonur on Tuesday with three cosmonauts.\n\n"
        "Only Pavel Orlov has flown before. He spent three weeks in space as pilot of the shuttle Atlantis "
        "in 2009 on a mission to the station.\n",
        published=date(2026, 3, 3),
    )
    assert facts(ext, "duration") == set()
