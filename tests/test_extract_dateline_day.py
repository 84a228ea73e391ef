"""'today' and weekdays of a story under a dated dateline count from the dateline's day, which may be
before the day the page was published."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_today_under_a_dateline_is_the_dateline_day() -> None:
    ext = run(
        "HOUSTON, May 6, 2031 (AP) — The two astronauts of Soyuz MS-41 landed today on the steppe of Kazakhstan.",
        date(2031, 5, 8),
    )
    assert objects(ext, "landing_date", "Soyuz MS-41") == {"2031-05-06"}


def test_a_weekday_under_a_dateline_counts_from_the_dateline_day() -> None:
    ext = run(
        "HOUSTON, May 6, 2031 (AP) — The two astronauts of Soyuz MS-41 landed on Sunday in Kazakhstan.",
        date(2031, 5, 12),
    )
    assert objects(ext, "landing_date", "Soyuz MS-41") == {"2031-05-04"}
