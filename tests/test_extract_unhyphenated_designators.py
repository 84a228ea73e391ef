"""A shuttle flight written without its hyphen ('STS 140') is a flight, and a craft named right before it
('the Shuttle Endeavour STS 140') is that flight's craft, not the craft of the flight the sentence is about."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, missions, run


def test_a_craft_named_before_an_unhyphenated_shuttle_designator_is_that_flights() -> None:
    ext = run(
        "Soyuz MS-40 lifted off on Tuesday with a cosmonaut and an American engineer aboard. "
        "The engineer will come home with his Soyuz MS-40 colleagues on board the Shuttle Endeavour STS 140 in July.",
        date(2026, 5, 6),
    )
    assert "STS 140" in missions(ext)
    assert facts(ext, "spacecraft", "STS 140") == {("STS 140", "Endeavour")}
    assert ("Soyuz MS-40", "Endeavour") not in facts(ext, "spacecraft")
