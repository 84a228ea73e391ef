"""A flight told as held at a launch site ('Today's flight was conducted at Launch Site One', 'the mission took
place at Spaceport America') launched from there."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_flight_conducted_at_a_launch_site_launched_from_it() -> None:
    ext = run(
        "NS-40 carried six people to space. Today's 11-minute flight was conducted at Orbitco's Launch Site One "
        "near Van Horn.",
        date(2026, 5, 6),
    )
    assert "Launch Site One" in objects(ext, "launch_site", "NS-40")


def test_a_mission_that_took_place_at_a_spaceport_launched_from_it() -> None:
    ext = run(
        "Galactic 40 carried four tourists. The mission took place at Spaceport America on Thursday.",
        date(2026, 5, 6),
    )
    assert objects(ext, "launch_site", "Galactic 40") == {"Spaceport America"}
