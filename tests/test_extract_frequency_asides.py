"""Years in an aside counting how often something has happened ('a steep return, which has happened only twice
before, in 2011 and 2019') date no landing of the story's flight; a landing dated in the same way outside such an
aside still is."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_years_in_a_frequency_aside_date_no_landing() -> None:
    ext = run(
        "The Soyuz MS-40 capsule landed on Saturday in Kazakhstan. A steep returning path is rare, which has happened "
        "only twice in the program's history – in 2011 and 2019.",
        date(2031, 4, 20),
    )
    assert objects(ext, "landing_date", "Soyuz MS-40") == {"2031-04-19"}


def test_a_landing_dated_outside_an_aside_is_kept() -> None:
    ext = run("The Soyuz MS-40 capsule returned to Earth on April 19, 2031 in Kazakhstan.", date(2031, 4, 20))
    assert objects(ext, "landing_date", "Soyuz MS-40") == {"2031-04-19"}
