"""A flight told in passing but called a capsule by name ('rode the Friendship 7 capsule on a short hop in 1962') has
that capsule as its spacecraft; an uncrewed one ('the unmanned Shenzhou-30 spacecraft') still gets none."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_passing_flight_called_a_capsule_has_that_capsule() -> None:
    ext = run(
        "NS-40 flew six people to space today. Her father rode the Friendship 7 capsule on a 15-minute suborbital hop "
        "in 1962.",
        date(2026, 5, 6),
    )
    assert objects(ext, "spacecraft", "Friendship 7") == {"Friendship 7"}
    robotic = run(
        "Shenzhou-40 docked today. The station was first visited by the unmanned Shenzhou-30 spacecraft in 2021.",
        date(2026, 5, 6),
    )
    assert objects(robotic, "spacecraft", "Shenzhou-30") == set()
