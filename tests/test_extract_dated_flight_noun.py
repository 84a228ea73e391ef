"""A flight noun qualified by a date ('the July 2021 flight of A and three others on the NS-16 mission') tells
when the flight named after it launched, not the story's flight."""

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
