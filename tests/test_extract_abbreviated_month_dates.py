"""A date whose abbreviated month runs into the day ('Oct.3'), on sentences of our own."""

from __future__ import annotations

from datetime import date

from kg.extract.timex import find_timexes


def test_abbreviated_month_run_into_the_day_is_a_date() -> None:
    found = find_timexes("The two will come back to Earth on Oct.3 with a third crewmate.", date(2019, 9, 25), True)
    assert [t.day for t in found] == [date(2019, 10, 3)]


def test_abbreviated_month_run_into_the_day_with_a_year_is_a_date() -> None:
    found = find_timexes("The crew landed on Sept.14, 2018 after a long stay.", date(2019, 9, 25), False)
    assert [t.day for t in found] == [date(2018, 9, 14)]
