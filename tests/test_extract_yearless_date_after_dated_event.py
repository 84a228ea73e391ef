"""A date without a year told in the same sentence as an old full date ('lifted off on March 3, 1971, ...
landing on March 12') falls in that date's year, not the year the page was published (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_yearless_landing_after_a_dated_launch_takes_the_launch_year() -> None:
    ext = run(
        "Gemini 9 lifted off on June 3, 1966, from Cape Kennedy and ended three days later, "
        "splashing down on June 6.\n",
        published=date(2021, 6, 3),
    )
    assert facts(ext, "landing_date") == {("Gemini 9", "1966-06-06")}
