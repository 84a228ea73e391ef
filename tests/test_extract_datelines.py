"""A wire story's dateline ('MOSCOW, Oct 6:') gives the filing date, not the date of the event it reports."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_the_dateline_date_is_not_the_landing_date() -> None:
    ext = run(
        "MOSCOW, Oct 6: A Russian Soyuz capsule landed on the Kazakh steppe on Monday, delivering three "
        "astronauts from the space station.\n"
    )
    assert objects(ext, "landing_date", "Soyuz crewed flight") == {"2021-10-04"}


def test_a_dateline_with_an_agency_and_a_double_dash() -> None:
    ext = run("HOUSTON, Oct 5 (Wire) -- A Soyuz capsule carrying three astronauts landed on Monday in Kazakhstan.\n")
    assert objects(ext, "landing_date", "Soyuz crewed flight") == {"2021-10-04"}


def test_a_date_told_in_the_sentence_itself_is_kept() -> None:
    ext = run("A Soyuz capsule carrying three astronauts landed in Kazakhstan on Oct. 5, officials said.\n")
    assert objects(ext, "landing_date", "Soyuz crewed flight") == {"2021-10-05"}
