"""A document told with the day it bears ('a flight report, dated July 2, 1971, noted') is a dated happening of the
story; a word merely containing 'dated' ('an outdated plan') dates nothing."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import run


def _event_dates(text: str, published: date) -> set[str]:
    ext = run(text, published)
    return {f.obj.lexical for f in ext.facts if f.predicate == "date"}


def test_a_report_dated_a_day_is_dated() -> None:
    text = "The crew of Apollo 40 slept well, a flight report, dated July 2, 1971, noted."
    assert "1971-07-02" in _event_dates(text, date(2001, 6, 1))


def test_an_outdated_plan_dates_nothing() -> None:
    text = "The crew of Apollo 40 replaced an outdated plan July 2, 1971 with a new one."
    assert "1971-07-02" not in _event_dates(text, date(2001, 6, 1))
