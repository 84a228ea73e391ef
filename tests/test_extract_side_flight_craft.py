"""A flight told in passing ('docked the unmanned Shenzhou-30 spacecraft last year') gets no spacecraft from its own
name; the flight the story is about keeps the capsule it is named after."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_side_flight_gets_no_craft_from_its_name() -> None:
    body = (
        "Shenzhou-31 blasted off today with three astronauts aboard. "
        "China docked the unmanned Shenzhou-30 spacecraft with the Tiangong station last year."
    )
    ext = run(body, date(2031, 5, 8))
    assert objects(ext, "spacecraft", "Shenzhou-31") == {"Shenzhou-31"}
    assert objects(ext, "spacecraft", "Shenzhou-30") == set()
