"""A capsule that 'hit the sea 12 minutes after blasting off' landed that day, after a 12-minute flight; a moment of
the ascent told the same way ('the engine shut down 2 minutes after blasting off') is no length of the flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_hitting_the_sea_minutes_after_blasting_off_is_a_landing_and_a_duration() -> None:
    ext = run(
        "The Liberty 7 capsule, atop a Redstone rocket, blasted off from Cape Canaveral today with a test pilot. "
        "The pilot hit the sea 12 minutes after blasting off.",
        date(1961, 8, 1),
    )
    assert {o for _, o in facts(ext, "duration")} == {"PT12M"}
    assert {o for _, o in facts(ext, "landing_date")} == {"1961-08-01"}


def test_an_ascent_moment_minutes_after_blasting_off_is_no_duration() -> None:
    ext = run(
        "The Liberty 7 capsule, atop a Redstone rocket, blasted off from Cape Canaveral today with a test pilot. "
        "The rocket engine shut down 2 minutes after blasting off.",
        date(1961, 8, 1),
    )
    assert facts(ext, "duration") == set()
