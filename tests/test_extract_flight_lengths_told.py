"""A flight's length told with modifiers before the flight noun ('their six-month space station mission'), as work
at the station for a time ('set to work at Tianhe for three months') or as what a journey could take ('could take up
to 10 days'); a time to reach somewhere is none."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_length_before_a_station_mission_is_the_flight_s() -> None:
    ext = run(
        "Three Chinese astronauts on board the Shenzhou-30 manned spaceship returned to Earth safely on Sunday, "
        "after completing their six-month space station mission.",
        date(2031, 6, 9),
    )
    assert objects(ext, "duration", "Shenzhou-30") == {"P6M"}


def test_work_at_the_station_for_a_time_is_the_flight_s_length() -> None:
    ext = run(
        "The astronauts of Shenzhou 30 are set to work at Tianhe for three months, the longest stay in orbit yet.",
        date(2031, 6, 9),
    )
    assert objects(ext, "duration", "Shenzhou 30") == {"P3M"}


def test_what_a_journey_could_take_is_the_flight_s_length() -> None:
    ext = run(
        "The four astronauts of Artemis IV will embark on a journey that could take up to 10 days, sending them "
        "out beyond the moon.",
        date(2031, 6, 9),
    )
    assert objects(ext, "duration", "Artemis IV") == {"P10D"}


def test_a_time_to_reach_the_station_is_no_length_of_the_flight() -> None:
    ext = run("Soyuz MS-40 lifted off on Friday. The trip took two days to reach the station.", date(2031, 6, 9))
    assert objects(ext, "duration", "Soyuz MS-40") == set()
