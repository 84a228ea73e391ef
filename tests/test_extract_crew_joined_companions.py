"""A person who joined others in or aboard a named flight is its crew ('A joined two astronauts in the cabin of
Soyuz TMA-31'); joining a body or a team near a flight's name is not flying it (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_person_who_joined_others_aboard_a_named_flight_is_its_crew() -> None:
    ext = run(
        "Lena Marsh, 38, a Canadian software engineer, joined two American astronauts in the narrow cabin of "
        "Soyuz TMA-31 for a trip to the space station.\n"
    )
    assert "Lena Marsh" in crew(ext, "Soyuz TMA-31")


def test_joining_a_team_that_follows_a_flight_is_no_seat_on_it() -> None:
    ext = run(
        "Soyuz TMA-31 docked on Monday. Lena Marsh joined a ground team in Moscow that tracked Soyuz TMA-31 "
        "through the night.\n"
    )
    assert "Lena Marsh" not in crew(ext, "Soyuz TMA-31")
