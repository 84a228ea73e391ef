"""A length written before a flight's name ('the 13-day STS-140 mission') is that flight's duration."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_length_before_the_flight_name_is_its_duration() -> None:
    ext = run(
        "The orbiter Discovery rolled to a stop on the runway in Florida on Friday morning, closing out "
        "the 13-day STS-140 mission to the orbiting laboratory.",
        date(2031, 3, 8),
    )
    assert objects(ext, "duration", "STS-140") == {"P13D"}
