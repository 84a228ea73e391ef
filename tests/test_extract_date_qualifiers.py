"""'this year' right after a date is that date's year, not a second, coarser date; a compound adjective
('long-awaited') is no past participle turning a coming month into the last one."""

from __future__ import annotations

from datetime import date

from kg.extract.timex import find_timexes

PUBLISHED = date(2031, 4, 24)


def _values(text: str, future: bool) -> list[str]:
    found = find_timexes(text, PUBLISHED, future)
    return [t.day.isoformat() if t.day else str(t.value) for t in found]


def test_this_year_after_a_date_is_its_year() -> None:
    assert _values("The crew will come home in late October this year.", True) == ["2031-10"]
    assert _values("The crew came home on October 3 last year.", False) == ["2030-10-03"]


def test_a_compound_adjective_does_not_turn_a_coming_month_into_the_last() -> None:
    text = "Two pilots will test the cabin, and the much-delayed passenger service begins in late June."
    assert _values(text, True) == ["2031-06"]
