"""A return told as going back up ('the flight that returned a veteran to space in 1998', 'the return to flight')
dates no landing; 'the international space station' in lower case is still the station a flight links up with."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, objects, run

STORY = (
    "Discovery and a crew of seven blasted off Tuesday on STS-140. Commander Tom Hale was aiming for a linkup in "
    "two days with the international space station. He piloted the Discovery flight that returned John Glenn to "
    "space in 1998."
)


def test_a_flight_that_returned_someone_to_space_dates_no_landing() -> None:
    ext = run(STORY, date(2006, 7, 5))
    assert facts(ext, "landing_date") == set()


def test_the_international_space_station_in_lower_case_is_the_destination() -> None:
    ext = run(STORY, date(2006, 7, 5))
    assert objects(ext, "destination", "STS-140") != set()


def test_a_landing_told_as_a_return_to_earth_still_counts() -> None:
    ext = run("STS-140 returned to Earth on Friday, landing at the Kennedy Space Center.", date(2006, 7, 8))
    assert objects(ext, "landing_date", "STS-140") == {"2006-07-07"}
