"""Where later flights are planned to go ('The next step is to put a pilot in orbit', 'there will be rockets to
the moon') is not where the flight told of went."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

_FLIGHT = (
    "A test pilot roared 90 miles high today aboard a spacecraft named Liberty 9.\n"
    "Liberty 9, a small capsule on the nose of an Atlas rocket, blasted off from the cape at dawn.\n"
)


def test_the_next_step_to_orbit_is_no_destination_of_the_flight() -> None:
    ext = run(_FLIGHT + "The next step is to put a pilot in orbit around the earth.", date(1962, 3, 1))
    assert "orbit" not in objects(ext, "destination", "Liberty 9")


def test_rockets_there_will_be_to_the_moon_are_no_destination_of_the_flight() -> None:
    ext = run(_FLIGHT + "Some day, an official said, there will be rockets to the moon.", date(1962, 3, 1))
    assert {label.lower() for label in objects(ext, "destination", "Liberty 9")} & {"moon"} == set()


def test_a_flight_that_went_into_orbit_still_has_orbit() -> None:
    ext = run("The Soyuz MS-40 spacecraft blasted off today and reached orbit nine minutes later.", date(2030, 3, 1))
    assert objects(ext, "destination", "Soyuz MS-40") == {"orbit"}
