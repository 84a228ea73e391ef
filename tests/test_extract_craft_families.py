"""A flight of one family of craft flies no craft of another told beside it (a shuttle in a story of a Soyuz
flight), and such a craft does not push out the flight's own generic craft."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_shuttle_of_another_crew_is_no_craft_of_a_soyuz_flight() -> None:
    ext = run(
        "A Russian Soyuz spacecraft carrying three crew members docked at the International Space Station on "
        "Friday. The Soyuz craft delivered commander Ivan Orlov, 47, and engineers Petr Sokolov and Anna Lind. "
        "Within three days, a seven-person crew aboard the Shuttle Discovery will dock at the station.",
        date(2031, 4, 5),
    )
    assert objects(ext, "spacecraft", "Soyuz crewed flight") == {"Soyuz"}


def test_a_shuttle_a_visitor_went_home_on_is_no_craft_of_a_named_soyuz_flight() -> None:
    ext = run(
        "Soyuz TM-40 docked with the Mir station on Friday with three cosmonauts aboard. An American astronaut who "
        "had lived on Mir since May returned to Earth aboard the US Space Shuttle, Atlantis, on Saturday.",
        date(1999, 4, 5),
    )
    assert objects(ext, "spacecraft", "Soyuz TM-40") == {"Soyuz TM-40"}


def test_a_capsule_of_the_flight_s_own_family_still_replaces_the_generic_craft() -> None:
    ext = run("Crew-30 flew to the station aboard the Crew Dragon capsule Freedom on Friday.", date(2031, 4, 5))
    assert objects(ext, "spacecraft", "Crew-30") == {"Freedom"}
