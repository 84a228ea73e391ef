"""A landing or launch told in the present perfect ('have splashed down') is dated on the day of telling when
the article gives it no day of its own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

PUBLISHED = date(2031, 5, 8)


def test_a_crew_that_has_just_landed_landed_on_the_day_of_telling() -> None:
    ext = run(
        "The two astronauts of Soyuz MS-41 have landed safely on the steppe of Kazakhstan. "
        "Doctors said both were in good shape.",
        PUBLISHED,
    )
    assert objects(ext, "landing_date", "Soyuz MS-41") == {"2031-05-08"}


def test_a_landing_with_its_own_day_keeps_that_day() -> None:
    ext = run(
        "The two astronauts of Soyuz MS-41 have landed safely on the steppe of Kazakhstan. "
        "Their capsule touched down on May 6 after a month in orbit.",
        PUBLISHED,
    )
    assert objects(ext, "landing_date", "Soyuz MS-41") == {"2031-05-06"}


def test_a_landing_yet_to_come_is_not_dated() -> None:
    ext = run("The two astronauts of Soyuz MS-41 will have landed by the time the sun rises.", PUBLISHED)
    assert objects(ext, "landing_date", "Soyuz MS-41") == set()


def test_a_flight_back_on_earth_by_the_day_of_telling_has_flown() -> None:
    ext = run(
        "Soyuz MS-41 returns to Earth. The two astronauts of Soyuz MS-41 have landed safely on the steppe.",
        PUBLISHED,
    )
    assert objects(ext, "status", "Soyuz MS-41") == {"flown"}
