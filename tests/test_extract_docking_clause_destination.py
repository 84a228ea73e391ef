"""A station named second in a docking clause ('a manual docking between the Shenzhou-31 and the space lab
Tiangong-1') is where the flight goes; one docked with by another flight named in the clause is not."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

OPENING = "Shenzhou-31 blasted off today with three astronauts. "


def test_a_station_in_a_docking_clause_is_the_destination() -> None:
    body = OPENING + "Its tasks include a manual docking between the Shenzhou-31 and the space lab Tiangong-1."
    assert objects(run(body, date(2031, 5, 8)), "destination", "Shenzhou-31") == {"Tiangong-1"}


def test_a_docking_of_another_flight_is_not_its_destination() -> None:
    body = OPENING + "They recalled the automated docking between the uncrewed Shenzhou-30 and Tiangong-1 last year."
    assert objects(run(body, date(2031, 5, 8)), "destination", "Shenzhou-31") == set()
