"""An anniversary piece's 'on this day (Nov. 15) in 1966' is one date, 1966-11-15, not this year's Nov. 15."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_on_this_day_with_the_day_in_brackets_and_a_year_is_that_years_date() -> None:
    ext = run(
        "The Gemini 12 mission came to an end when the capsule splashed down on this day (Nov. 15) in 1966 "
        "in the Atlantic Ocean.",
        date(2020, 11, 15),
    )
    assert facts(ext, "landing_date", "Gemini 12") == {("Gemini 12", "1966-11-15")}
