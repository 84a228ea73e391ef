"""A flight noun qualified by a date ('the July 2021 flight of A and three others on the NS-16 mission'), or a ride
dated before its craft ('went into space in 1975 aboard the Soyuz 17'), tells when the flight named after it
launched, not the story's flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_dated_flight_noun_launches_the_flight_named_after_it() -> None:
    ext = run(
        "The NS-40 mission was the twelfth crewed flight flown by the company, starting with the July 2021 "
        "flight of founder Ann Lowe and three others on the NS-16 mission.",
        date(2025, 2, 26),
    )
    assert objects(ext, "launch_date", "NS-16") == {"2021-07"}
    assert objects(ext, "launch_date", "NS-40") == set()


def test_a_ride_dated_before_the_craft_launches_that_earlier_flight() -> None:
    ext = run(
        "Soyuz T-40 lifted off today with three cosmonauts. Its engineer first went into space in 1975 as a "
        "researcher aboard the Soyuz 17.",
        date(1985, 9, 18),
    )
    assert objects(ext, "launch_date", "Soyuz 17") == {"1975"}
    assert objects(ext, "launch_date", "Soyuz T-40") == {"1985-09-18"}
