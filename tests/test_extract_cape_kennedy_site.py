"""Cape Kennedy, the name the Florida cape bore from 1963 to 1973, is a launch site: a flight 'launched from Cape
Kennedy, Florida, Oct. 9, 1967' launched there and then."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_flight_launched_from_cape_kennedy_has_it_as_its_site() -> None:
    ext = run(
        "Gemini 14 launched from Cape Kennedy, Florida, Oct. 9, 1967, with two astronauts aboard.",
        date(2017, 10, 9),
    )
    assert objects(ext, "launch_site", "Gemini 14") == {"Cape Kennedy"}
    assert objects(ext, "launch_date", "Gemini 14") == {"1967-10-09"}


def test_the_cape_named_as_a_place_of_work_is_no_launch_site() -> None:
    ext = run(
        "Gemini 14 launched from Cape Canaveral on Oct. 9, 1967. Its pilot had trained at Cape Kennedy for a year.",
        date(2017, 10, 9),
    )
    assert "Cape Kennedy" not in objects(ext, "launch_site", "Gemini 14")
