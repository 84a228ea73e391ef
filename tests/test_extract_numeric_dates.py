"""Dates written in figures ('on 3/14', 'on 14/3', '3/14/2031') are read with the article's year."""

from __future__ import annotations

from datetime import date

from kg.extract.timex import find_timexes
from tests.test_extract_support import objects, run

PUBLISHED = date(2031, 3, 16)


def _days(text: str) -> list[str]:
    return [t.day.isoformat() for t in find_timexes(text, PUBLISHED, False) if t.day]


def test_month_first_and_day_first_figures_are_the_same_day() -> None:
    assert _days("The glider flew on 3/14 with two pilots.") == ["2031-03-14"]
    assert _days("The glider flew on 14/3 with two pilots.") == ["2031-03-14"]
    assert _days("The glider first flew 3/14/2029 from the desert.") == ["2029-03-14"]


def test_fractions_and_round_the_clock_figures_are_no_dates() -> None:
    assert _days("Nearly 1/2 of the seats were sold for the 24/7 broadcast.") == []


def test_a_flight_that_took_place_on_a_numeric_date_launched_then() -> None:
    ext = run(
        "The flight of Unity 31 took place on 3/14 and carried pilots Ada Rinn and Bo Tamsen to a height of 88 km.",
        PUBLISHED,
    )
    assert objects(ext, "launch_date", "Unity 31") == {"2031-03-14"}
