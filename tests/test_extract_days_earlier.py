"""'N days earlier' counts back from the day the sentence before named ('docked on Wednesday' then 'who had
blasted off two days earlier'), and dates nothing when no day was named before."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_days_earlier_counts_back_from_the_day_named_before() -> None:
    ext = run(
        "The Soyuz MS-40 spacecraft docked at the space station on Wednesday with three astronauts on board.\n"
        "Cosmonauts Ivan Petrov and Oleg Sidorov, who had blasted off two days earlier, docked at the station "
        "some 400 kilometres above the Earth.",
        date(2030, 4, 18),
    )
    assert objects(ext, "launch_date", "Soyuz MS-40") == {"2030-04-15"}


def test_days_earlier_with_no_day_named_before_dates_nothing() -> None:
    ext = run(
        "The Soyuz MS-40 crew, who had blasted off two days earlier, docked at the space station.",
        date(2030, 4, 18),
    )
    assert objects(ext, "launch_date", "Soyuz MS-40") == set()
