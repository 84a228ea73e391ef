"""A station a flight is only a step toward ('a step on the road toward the Lunar Gateway') is not where it goes."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_station_the_flight_is_a_step_toward_is_not_its_destination() -> None:
    ext = run(
        "Crew-40, the fortieth crew to the International Space Station, launched today "
        "from Florida. The flight is a key step on the road toward the Lunar Gateway, a station to circle the Moon.",
        date(2030, 2, 4),
    )
    assert objects(ext, "destination", "Crew-40") == {"International Space Station"}
