"""'than anyone in the past half century' compares with a span of time: the sentence still tells of the
flight's own launch, not of an earlier flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_launch_compared_with_the_past_half_century_is_the_flights() -> None:
    ext = run(
        "The four astronauts of Soyuz MS-41 launched Tuesday from Baikonur, flying higher than any crew "
        "in the past half century.",
        date(2031, 5, 8),
    )
    assert objects(ext, "launch_date", "Soyuz MS-41") == {"2031-05-06"}


def test_a_flight_in_the_past_is_still_an_earlier_one() -> None:
    ext = run("In the past, Soyuz MS-41 launched on Tuesday from Baikonur.", date(2031, 5, 8))
    assert objects(ext, "launch_date", "Soyuz MS-41") == set()
