"""Crew told to have gone or headed to the station or to space on a day ('The three astronauts went to the space
station on June 5') launched on that day (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_going_to_the_station_on_a_day_is_the_launch() -> None:
    ext = run(
        "Soyuz TM-40 lands\n\n"
        "The Soyuz TM-40 capsule landed on the steppe on Sunday. The three astronauts went to the space station on "
        "June 5.\n",
        date(2021, 12, 5),
    )
    assert ("Soyuz TM-40", "2021-06-05") in facts(ext, "launch_date")


def test_going_to_a_briefing_is_no_launch() -> None:
    ext = run(
        "Soyuz TM-40 lands\n\n"
        "The Soyuz TM-40 capsule landed on the steppe on Sunday. The three astronauts went to a briefing on "
        "December 6.\n",
        date(2021, 12, 5),
    )
    assert ("Soyuz TM-40", "2021-12-06") not in facts(ext, "launch_date")
