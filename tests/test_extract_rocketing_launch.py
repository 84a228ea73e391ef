"""A craft 'rocketing into the sky from' a place launched from there."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_rocketing_from_a_place_is_a_launch_from_it() -> None:
    body = "The Soyuz MS-41 capsule landed 3 hours after rocketing into the sky from Cape Canaveral."
    assert objects(run(body, date(2031, 5, 8)), "launch_site", "Soyuz MS-41") == {"Cape Canaveral"}
