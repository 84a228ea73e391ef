"""The Moon told as the goal of a race, an old feat a date is counted from, or the place another flight named right
after it went, is no destination of the flight the story tells."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_the_goal_of_a_race_is_no_destination() -> None:
    ext = run(
        "Gemini 14 splashed down in the Atlantic on Friday after eight days in space. It was one of the most "
        "important flights in the race to reach the moon.",
        date(1966, 3, 14),
    )
    assert "Moon" not in {o.capitalize() for o in objects(ext, "destination", "Gemini 14")}


def test_an_old_feat_a_date_is_counted_from_is_no_destination() -> None:
    ext = run(
        "Forty years to the day after two Americans walked on the Moon, three astronauts set off for the "
        "International Space Station aboard Soyuz MS-40.",
        date(2009, 7, 20),
    )
    assert objects(ext, "destination", "Soyuz MS-40") == {"International Space Station"}


def test_the_moon_of_a_flight_named_right_after_is_that_flight_s() -> None:
    ext = run(
        "Soyuz MS-40 lifted off on Friday for the International Space Station. Its commander, Tom Hale, 52, had "
        "walked on the Moon during Apollo 19 in 1974.",
        date(2031, 3, 14),
    )
    assert objects(ext, "destination", "Soyuz MS-40") == {"International Space Station"}
    assert objects(ext, "destination", "Apollo 19") == {"Moon"}


def test_a_flight_that_went_to_the_moon_keeps_it() -> None:
    ext = run(
        "Apollo 19 lifted off on Friday for the Moon with three astronauts aboard, a flight of ten days.",
        date(1974, 3, 14),
    )
    assert objects(ext, "destination", "Apollo 19") == {"Moon"}
