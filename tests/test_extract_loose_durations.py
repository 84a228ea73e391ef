"""A flight's length in loose wording: a hedge ('lasted approximately'), an adjective before the flight noun
('a roughly six-month science mission'), the orbits made in it, and a landing counted from 'rocketing' aloft."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

PUBLISHED = date(2031, 5, 8)


def _durations(body: str, flight: str) -> set[str]:
    return objects(run(body, PUBLISHED), "duration", flight)


def test_a_length_after_lasted_approximately() -> None:
    body = "Blue Origin flew its NS-40 mission today. The flight lasted approximately 12 minutes, ending in the desert."
    assert _durations(body, "NS-40") == {"PT12M"}


def test_a_length_before_a_science_mission() -> None:
    body = "Four astronauts rode SpaceX Crew-30 to orbit on Thursday, starting a roughly six-month science mission."
    assert _durations(body, "SpaceX Crew-30") == {"P6M"}


def test_a_length_told_by_the_orbits_made_in_it() -> None:
    assert _durations("Gemini 14 made nine orbits in 12 hours and 20 minutes.", "Gemini 14") == {"PT12H20M"}
    assert _durations("Gemini 14 will be tracked by nine stations in 12 hours.", "Gemini 14") == set()


def test_a_landing_counted_from_rocketing_aloft() -> None:
    body = "The Soyuz MS-41 capsule splashed down 3 hours and 12 minutes after rocketing away from the launch pad."
    assert _durations(body, "Soyuz MS-41") == {"PT3H12M"}
    ascent = "The boosters of Soyuz MS-41 fell away 2 minutes after rocketing off the pad."
    assert _durations(ascent, "Soyuz MS-41") == set()
