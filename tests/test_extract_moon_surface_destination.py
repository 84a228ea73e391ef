"""A flight told as a trip to the Moon's surface ('ending their nine-day voyage to the surface of the moon and
back', 'after their moon-landing mission') has the Moon as its destination."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_voyage_to_the_surface_of_the_moon_goes_to_the_moon() -> None:
    ext = run(
        "The Apollo 19 explorers splashed down in the Pacific on Friday, ending their nine-day voyage to the "
        "surface of the moon and back.",
        date(1973, 3, 2),
    )
    assert {o.lower() for o in objects(ext, "destination", "Apollo 19")} == {"moon"}


def test_a_moon_landing_mission_goes_to_the_moon() -> None:
    ext = run(
        "The Apollo 19 astronauts were flown to the carrier on Friday after completing their moon-landing mission.",
        date(1973, 3, 2),
    )
    assert {o.lower() for o in objects(ext, "destination", "Apollo 19")} == {"moon"}


def test_a_moon_landing_remembered_by_a_later_crew_is_no_destination_of_theirs() -> None:
    ext = run(
        "The Soyuz 40 crew docked with the station on Friday, 50 years after the first moon landing.",
        date(2019, 7, 19),
    )
    assert objects(ext, "destination", "Soyuz 40") & {"Moon", "moon"} == set()
