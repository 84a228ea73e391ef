"""A person's earlier flight told in passing, with its months ('from June 2021 to September 2021') or its
year ('first flew in 2012'): its dates belong to that flight, when it is named, and never to the story's flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import missions, objects, run

_OPENING = (
    "The Shenzhou-40 crew of three astronauts landed safely in Inner Mongolia on Monday after a six-month "
    "mission at the space station. Commander Wu Haotian set a new record for time in orbit. "
)


def test_a_named_earlier_flight_told_from_month_to_month_launched_and_landed_then() -> None:
    ext = run(
        _OPENING + "He lived aboard the station in the Shenzhou-31 mission from June 2021 to September 2021.",
        date(2030, 5, 6),
    )
    assert "Shenzhou-31" in missions(ext)
    assert objects(ext, "launch_date", "Shenzhou-31") == {"2021-06"}
    assert objects(ext, "landing_date", "Shenzhou-31") == {"2021-09"}
    assert objects(ext, "landing_date", "Shenzhou-40") == {"2030-05-06"}
    assert objects(ext, "launch_date", "Shenzhou-40") == set()


def test_an_unnamed_earlier_stay_from_month_to_month_dates_no_flight_of_the_story() -> None:
    ext = run(_OPENING + "She flew to the station from June 2021 to September 2021.", date(2030, 5, 6))
    assert objects(ext, "launch_date", "Shenzhou-40") == set()
    assert objects(ext, "landing_date", "Shenzhou-40") == {"2030-05-06"}


def test_a_first_flight_years_ago_is_not_the_launch_of_the_story_flight() -> None:
    ext = run(_OPENING + "Wu Haotian first flew in space in March 2022.", date(2030, 5, 6))
    assert objects(ext, "launch_date", "Shenzhou-40") == set()


def test_a_flight_told_from_its_launch_day_to_its_landing_day_keeps_both() -> None:
    ext = run(
        "The Soyuz MS-40 crew flew aboard the station from March 3 to September 28, the agency said on Monday.",
        date(2030, 9, 30),
    )
    assert objects(ext, "launch_date", "Soyuz MS-40") == {"2030-03-03"}
    assert objects(ext, "landing_date", "Soyuz MS-40") == {"2030-09-28"}
