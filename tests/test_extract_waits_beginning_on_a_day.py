"""A day that opens a span of waiting ('the crew had to sit tight, beginning on March 2, for five days') dates when
the wait began, not the launch: the launch keeps the day it is told to happen on."""

from __future__ import annotations

from datetime import date

from kg.extract.model import Value
from tests.test_extract_support import run


def _launch_dates(body: str, published: date) -> set[str]:
    ext = run(body, published)
    return {f.obj.lexical[:10] for f in ext.facts if f.predicate == "launch_date" and isinstance(f.obj, Value)}


def test_a_day_beginning_a_wait_is_no_launch_date() -> None:
    body = (
        "The space shuttle lifts off on the STS-140 mission from Cape Canaveral, Florida. "
        "Aboard is teacher Amina Otieno. "
        "Her crew then had to sit tight, beginning on March 2, for five days as the shuttle's launch countdown "
        "was stopped by storms. At last, on March 7, the shuttle lifted off."
    )
    assert _launch_dates(body, date(2026, 3, 7)) == {"2026-03-07"}


def test_a_delay_starting_on_a_day_dates_no_launch() -> None:
    body = (
        "The Soyuz rocket lifted off from Baikonur on Friday with three cosmonauts aboard. "
        "Starting on Monday the launch countdown was stopped three times by a fuel leak."
    )
    assert _launch_dates(body, date(2026, 3, 7)) == {"2026-03-06"}


def test_the_day_a_wait_began_stays_on_the_timeline() -> None:
    body = (
        "The space shuttle lifts off on the STS-140 mission from Cape Canaveral, Florida. "
        "Beginning on March 2, the crew sat out five days of storms while the countdown clock stood still."
    )
    ext = run(body, date(2026, 3, 7))
    assert "2026-03-02" in {f.obj.lexical for f in ext.facts if f.predicate == "date" and isinstance(f.obj, Value)}
    assert "2026-03-02" not in _launch_dates(body, date(2026, 3, 7))
