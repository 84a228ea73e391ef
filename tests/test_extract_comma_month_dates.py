"""A date written with a comma after the month and an ordinal day ('March, 21st 1950') is that day; a count after a
month and a comma ('In March, 12 crews trained') stays no day."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import run


def _event_dates(text: str) -> set[str]:
    ext = run(text, date(1991, 4, 6))
    return {f.obj.lexical for f in ext.facts if f.predicate == "date"}


def test_a_comma_after_the_month_before_an_ordinal_day_is_read() -> None:
    dates = _event_dates("Commander Pavel Orlov of Soyuz T-40 was born on March, 21st 1950 in a small town.")
    assert dates == {"1950-03-21"}


def test_a_count_after_a_month_and_a_comma_is_no_day() -> None:
    dates = _event_dates("Pavel Orlov of Soyuz T-40 was born in March, 12 years before the first Sputnik.")
    assert "1950-03-12" not in dates
