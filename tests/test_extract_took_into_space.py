"""A craft that 'took A and B into space June 6' was launched that day, the day read in its own clause's tense."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_the_day_a_craft_took_its_crew_into_space_is_its_launch_day() -> None:
    ext = run(
        "Officials would not say when the new crew will reach the station, where the Soyuz T-19 that took "
        "Ivanov and Petrov into space June 6 is still docked.",
        date(1986, 9, 18),
    )
    assert objects(ext, "launch_date", "Soyuz T-19") == {"1986-06-06"}
