"""A weekday with its date in brackets ('Friday (October 1)') is that date, not the last such weekday (issue 11)."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import run


def _landings(body: str, published: date) -> set[str]:
    ext = run(body, published)
    return {str(f.obj.lexical) for f in ext.facts if f.predicate == "landing_date"}


def test_a_bracketed_date_after_its_weekday_is_the_landing_date() -> None:
    body = "The Soyuz TMA-30 crew landed in Kazakhstan on Friday (October 1), after six months aboard the station.\n"
    assert _landings(body, date(2021, 10, 20)) == {"2021-10-01"}


def test_a_weekday_alone_still_counts_back_from_the_day_of_telling() -> None:
    body = "The Soyuz TMA-30 crew landed in Kazakhstan on Friday, after six months aboard the station.\n"
    assert _landings(body, date(2021, 10, 20)) == {"2021-10-15"}
