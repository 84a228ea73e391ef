"""A landing told by what happened on it ('died today on their return to Earth') is dated by that day, and a
craft that 'softlanded' in a region landed there."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_day_told_of_something_on_the_return_dates_the_landing() -> None:
    ext = run(
        "Two Soyuz 40 cosmonauts who spent a month in orbit fell ill today on their return to Earth, the agency said.",
        date(1979, 4, 2),
    )
    assert facts(ext, "landing_date", "Soyuz 40") == {("Soyuz 40", "1979-04-02")}


def test_a_craft_that_softlanded_in_a_region_landed_there() -> None:
    ext = run(
        "Soyuz 40 cosmonauts A. Petrov and B. Orlov were helped out of their seats after their capsule softlanded "
        "as planned in Soviet Central Asia.",
        date(1979, 4, 2),
    )
    assert {o for _, o in facts(ext, "landing_site", "Soyuz 40")} == {"Soviet Central Asia"}
