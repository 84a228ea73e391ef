"""A flight said to have ended on a day ('the STS-140 mission ended when ...') landed that day."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_mission_that_ended_on_a_date_told_before_it_landed_then() -> None:
    ext = run(
        "Twenty years ago today — May 3, 2011 — the STS-140 mission ended when Shuttle Atlantis landed "
        "at Kennedy Space Center after twelve days in orbit.",
        date(2031, 5, 3),
    )
    assert objects(ext, "landing_date", "STS-140") == {"2011-05-03"}


def test_a_mission_that_ended_on_a_date_told_after_it_landed_then() -> None:
    ext = run("The STS-140 mission ended on May 3, 2011, after twelve days in orbit.", date(2031, 5, 3))
    assert objects(ext, "landing_date", "STS-140") == {"2011-05-03"}
