"""A flight's length told by how often the planet was circled in it ('circled the planet three times in four hours,
55 minutes and 23 seconds') is its duration (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_circling_the_planet_so_many_times_in_a_time() -> None:
    ext = run(
        "Soyuz TM-40 flies\n\n"
        "The Soyuz TM-40 flight lifted off on Tuesday with Ivan Orlov aboard. Orlov circled the planet three times "
        "in four hours, 55 minutes and 23 seconds, reaching a peak altitude of about 162 miles.\n"
    )
    assert ("Soyuz TM-40", "PT4H55M23S") in facts(ext, "duration")


def test_circling_a_crater_in_a_time_is_no_length() -> None:
    ext = run(
        "Soyuz TM-40 flies\n\n"
        "The Soyuz TM-40 flight lifted off on Tuesday with Ivan Orlov aboard. As a boy Orlov circled the lake "
        "three times in two hours on his bicycle.\n"
    )
    assert ("Soyuz TM-40", "PT2H") not in facts(ext, "duration")
