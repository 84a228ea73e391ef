"""A person told to command the ship or the craft by its name ('A, 59, commands the ship', 'B commanded Unity,
with C as pilot', 'D commands that mission') holds the flight's commander seat (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_commanding_the_ship_is_the_commander_seat() -> None:
    ext = run(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew docked with the station on Tuesday. Veteran cosmonaut Ivan Orlov, 52, commands the "
        "ship.\n"
    )
    assert "commander" in crew(ext, "Soyuz TM-40").get("Ivan Orlov", set())


def test_commanding_the_craft_by_its_name_is_the_commander_seat() -> None:
    ext = run(
        "Galactic 40 flies\n\n"
        "Virgin Galactic's Galactic 40 flight reached space on Tuesday. Former test pilot Ivan Orlov commanded "
        "Unity, with Mara Quint as pilot.\n"
    )
    roles = crew(ext, "Galactic 40")
    assert "commander" in roles.get("Ivan Orlov", set())


def test_commanding_that_mission_is_the_commander_seat() -> None:
    ext = run(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew, Ivan Orlov and Mara Quint, docked with the station on Tuesday. Orlov commands that "
        "mission.\n"
    )
    assert "commander" in crew(ext, "Soyuz TM-40").get("Ivan Orlov", set())


def test_leading_an_agency_is_no_seat() -> None:
    ext = run(
        "Soyuz TM-40 docks\n\n"
        "The Soyuz TM-40 crew, Ivan Orlov and Mara Quint, docked with the station on Tuesday. Their flight was "
        "watched by Tom Reade, who leads Roscosmos.\n"
    )
    assert "Tom Reade" not in crew(ext, "Soyuz TM-40")


def test_commanding_a_recovery_ship_is_no_seat() -> None:
    ext = run(
        "Gemini 40 lands\n\n"
        "The Gemini 40 capsule splashed down on Tuesday and was hoisted aboard a carrier. Captain Tom Reade, who "
        "commanded USS Hollis, greeted the crew.\n"
    )
    assert "commander" not in crew(ext, "Gemini 40").get("Tom Reade", set())
