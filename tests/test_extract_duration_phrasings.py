"""A flight's length told in one word ('weeklong'), with a hedge ('just short of eight days'), as a stay
'there' without 'for', or as a return coming some time after the arrival."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

PUBLISHED = date(2031, 5, 8)


def _durations(body: str, flight: str = "Soyuz MS-41") -> set[str]:
    return objects(run(body, PUBLISHED), "duration", flight)


def test_a_length_told_in_one_word() -> None:
    assert _durations("The crew of Shenzhou-31 began a weeklong stay at the station.", "Shenzhou-31") == {"P7D"}
    assert _durations("The Soyuz MS-41 crew spent a month-long stint aboard the station.") == {"P1M"}
    assert _durations("A yearlong inquiry into Soyuz MS-41 began on Monday.") == set()


def test_a_length_with_a_hedge_or_a_stay_there() -> None:
    assert _durations("The two astronauts of Soyuz MS-41 spent just short of eight days circling the Earth.") == {"P8D"}
    assert _durations("The astronauts of Shenzhou-31 will remain there 12 days to make repairs.", "Shenzhou-31") == {
        "P12D"
    }


def test_a_return_coming_a_while_after_the_arrival() -> None:
    body = "The return of Soyuz MS-41 comes nearly six months after its crew arrived at the station."
    assert _durations(body) == {"P6M"}
    assert _durations("The return of Soyuz MS-41 comes nearly six months after a new crew was chosen.") == set()


def test_a_length_before_a_word_for_the_whole_trip() -> None:
    body = "The Soyuz MS-41 crew splashed down, ending their nine-day odyssey to the station and back."
    assert _durations(body) == {"P9D"}


def test_minutes_after_liftoff_are_a_moment_of_the_ascent_unless_it_lands_then() -> None:
    ascent = "Within 8 minutes after liftoff, the boosters of STS-140 fell away and the main engines cut off."
    assert _durations(ascent, "STS-140") == set()
    hop = "The capsule of NS-40 landed in the desert 11 minutes after liftoff."
    assert _durations(hop, "NS-40") == {"PT11M"}


def test_a_length_in_a_clause_about_another_flight_is_that_flights() -> None:
    ext = run(
        "The Skylab-3 crew splashed down on Tuesday and looked healthier than the Skylab-2 men who ended "
        "a 28-day mission in June.",
        date(1973, 9, 26),
    )
    assert objects(ext, "duration", "Skylab-3") == set()
    assert objects(ext, "duration", "Skylab-2") == {"P28D"}


def test_days_a_person_accumulates_are_a_career_not_a_flight() -> None:
    body = (
        "The Shenzhou-31 capsule landed on Friday. Wang Lin, commander of the crew, was the first to leave "
        "the capsule. He has become the first astronaut to accumulate over 400 days in orbit."
    )
    assert _durations(body, "Shenzhou-31") == set()
