"""A length told of an uncrewed craft ('a cargo ship docked with the station after a two-day flight') is no
duration of the crewed flight the story tells of."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_cargo_ship_flight_length_is_not_the_crew_flight_duration() -> None:
    ext = run(
        "The Soyuz MS-40 crew will spend six months aboard the space station. Earlier, an unmanned Progress "
        "cargo ship docked with the station after a two-day flight.",
        date(2030, 3, 21),
    )
    assert objects(ext, "duration", "Soyuz MS-40") == {"P6M"}
