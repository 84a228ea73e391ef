"""People on the station 'who arrived aboard Soyuz MS-40 in June' came on that flight: the station is its
destination."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_flight_people_arrived_aboard_went_to_the_station() -> None:
    ext = run(
        "Soyuz MS-41 failed to reach the International Space Station on Thursday. The failure leaves three people "
        "on the station: its commander Tom Hale, Ivan Orlov and Anna Lind, who arrived aboard Soyuz MS-40 in June.",
        date(2031, 10, 11),
    )
    assert objects(ext, "destination", "Soyuz MS-40") == {"International Space Station"}
