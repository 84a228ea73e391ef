"""A full date before 1950 ('born on January 13, 1949', 'born on 4 May 1931') is read, so a crew member's birth is a
dated happening."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import run


def _event_dates(text: str) -> set[str]:
    ext = run(text, date(2004, 4, 3))
    return {f.obj.lexical for f in ext.facts if f.predicate == "date"}


def test_a_birth_day_before_1950_month_first_is_dated() -> None:
    text = "Soyuz T-40 carried Pavel Orlov to the station. Pavel Orlov was born on January 13, 1949 in Tula."
    assert "1949-01-13" in _event_dates(text)


def test_a_birth_day_before_1950_day_first_is_dated() -> None:
    text = "Soyuz T-40 carried Pavel Orlov to the station. Pavel Orlov was born on 4 May 1931 in a village."
    assert "1931-05-04" in _event_dates(text)
