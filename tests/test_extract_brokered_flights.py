"""A body that brokered or arranged a flight ('the trip on Galactic 40 was brokered by Orbit Travel Corporation', 'sold
by Space Voyages Corporation, which arranged the flight with Roscosmos') takes part in it as a partner (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_broker_of_the_trip_is_a_partner() -> None:
    ext = run(
        "Virgin Galactic flew its Galactic 40 mission on Saturday with four people aboard.\n\n"
        "The trip on Galactic 40 was brokered by Orbit Travel Corporation, a company based in Texas.\n"
    )
    assert ("Galactic 40", "Orbit Travel Corporation") in facts(ext, "partner")


def test_a_body_which_arranged_the_flight_is_a_partner() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft docked with the station on Saturday.\n\n"
        "The seats were sold by Space Voyages Corporation, which arranged the flight with the Russian agency.\n"
    )
    assert ("Soyuz MS-40", "Space Voyages Corporation") in facts(ext, "partner")
