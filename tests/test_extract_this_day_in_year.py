"""'On this day in 1971' in an anniversary piece is the publication's month and day in that year, not the year
alone: the landing it dates gets the whole day."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_on_this_day_in_a_year_is_that_day_of_the_old_year() -> None:
    ext = run(
        "Looking back at a splashdown.\n\n"
        "On this day in 1971, Apollo 14 splashed down in the South Pacific after nine days in space.",
        date(2021, 2, 9),
    )
    assert facts(ext, "landing_date", "Apollo 14") == {("Apollo 14", "1971-02-09")}


def test_this_date_in_a_year_written_in_capitals_is_that_day_too() -> None:
    ext = run(
        "This Date In 1971: Apollo 14 splashed down in the South Pacific.",
        date(2021, 2, 9),
    )
    assert facts(ext, "landing_date", "Apollo 14") == {("Apollo 14", "1971-02-09")}
