"""A place followed, in the same clause, by another flight's name ('flew an astronaut to the station with SpaceX
on the private Ax-9 mission') is that flight's destination, not the destination of the flight the story tells."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_station_reached_on_a_flight_named_later_in_the_clause_is_that_flight_s() -> None:
    ext = run(
        "Orbitco launched six people to suborbital space on Saturday on Galactic 19. Ana Lind's trip on Galactic "
        "19 was brokered by Axiom Space, a company that also flew a Turkish astronaut to the International Space "
        "Station with SpaceX on the private Ax-9 mission earlier this year.",
        date(2031, 6, 9),
    )
    assert objects(ext, "destination", "Galactic 19") == {"suborbital space"}
    assert objects(ext, "destination", "Ax-9") == {"International Space Station"}


def test_a_flight_named_after_a_comma_leaves_the_place_to_the_flight_told() -> None:
    ext = run(
        "Soyuz MS-40 lifted off for the International Space Station on Friday, two weeks after Crew-30 left.",
        date(2031, 6, 9),
    )
    assert objects(ext, "destination", "Soyuz MS-40") == {"International Space Station"}
