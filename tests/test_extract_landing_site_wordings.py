"""Landing sites in two common wordings: a part of a country named by a compass word ('landed safely in central
Kazakhstan', named as written) and two flights landing together ('the pilots of Soyuz 40 and Soyuz 41, have
landed in the Kazakhstan desert')."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_landing_in_a_part_of_a_country_is_in_that_part() -> None:
    ext = run(
        "Soyuz MS-40 came back to Earth on Monday. Its three crew members touched down safely in northern "
        "Kazakhstan, officials said.",
        date(2026, 5, 6),
    )
    assert objects(ext, "landing_site", "Soyuz MS-40") == {"northern Kazakhstan"}


def test_two_flights_that_landed_together_both_landed_there() -> None:
    ext = run(
        "Soyuz 40 and Soyuz 41 are home. Major A. Bogdanov and Major B. Ivanov, pilots of the spaceships Soyuz 40 "
        "and Soyuz 41, have landed in the Kazakhstan desert after their long flights.",
        date(1962, 8, 15),
    )
    assert objects(ext, "landing_site", "Soyuz 40") == {"Kazakhstan desert"}
    assert objects(ext, "landing_site", "Soyuz 41") == {"Kazakhstan desert"}
