"""A figure told in a sentence of a past year belongs to the earlier flight that sentence names ('rode the Liberty 5
capsule on a 12-minute suborbital hop in 1962'), never to the flight the article is about."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_past_years_sentence_gives_its_named_flight_the_duration() -> None:
    ext = run(
        "NS-40 blasted off Tuesday from West Texas with six people aboard. "
        "Her grandfather rode the Liberty 5 capsule on a 12-minute suborbital hop in 1962, "
        "and the rocket is named after him.",
        date(2026, 5, 6),
    )
    assert {(s, o) for s, o in facts(ext, "duration")} == {("Liberty 5", "PT12M")}
