"""A flight whose crew 'circled the moon' (or were its 'circumnavigators') went to the Moon."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_crew_that_circled_the_moon_went_to_the_moon() -> None:
    ext = run(
        "Apollo 10 splashed down today in the Pacific. "
        "Its three astronauts circled the dusty moon 31 times before heading home.",
        date(1969, 5, 26),
    )
    assert {o.lower() for _, o in facts(ext, "destination", "Apollo 10")} == {"moon"}
