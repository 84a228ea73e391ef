"""A rocket told as having lofted a station or one of its modules ('Tianhe was boosted into orbit by a Long March 5B
rocket') launched that part, not the crewed flight the story tells; a rocket the flight itself was launched by stays
its own."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_rocket_that_lofted_a_station_module_is_not_the_flights() -> None:
    ext = run(
        "The main goal of Shenzhou-30 was to dock with the already launched Tianhe module. Tianhe was boosted into "
        "orbit by a Long March 5B rocket.",
        date(2031, 4, 6),
    )
    assert objects(ext, "launch_vehicle", "Shenzhou-30") == set()


def test_a_rocket_the_flight_was_launched_by_stays_its_own() -> None:
    ext = run(
        "The Shenzhou-30 spacecraft was boosted into orbit by a Long March 2F rocket on Friday, bound for Tianhe.",
        date(2031, 4, 6),
    )
    assert objects(ext, "launch_vehicle", "Shenzhou-30") == {"Long March 2F"}
