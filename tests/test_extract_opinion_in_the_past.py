"""What people 'have said in the past' is an opinion, not an earlier flight: the sentence still tells the
flight's own figures ('spent 12 days in orbit, and doctors have warned in the past that ...')."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_an_opinion_told_in_the_past_leaves_the_flights_duration() -> None:
    ext = run(
        "The Soyuz 30 crew landed today. "
        "The two men spent 12 days in orbit, and doctors have warned in the past "
        "that long flights could weaken the heart.",
        date(1978, 7, 5),
    )
    assert facts(ext, "duration", "Soyuz 30") == {("Soyuz 30", "P12D")}
