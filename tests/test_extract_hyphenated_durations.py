"""A flight's length written as one hyphenated figure of two units before 'spaceflight' ('after their
115-hour-and-32-minute spaceflight') is the whole length of the flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_a_hyphenated_figure_of_hours_and_minutes_is_the_whole_duration() -> None:
    ext = run(
        "Shenzhou-40 landed today. The crew are well after their 97-hour-and-12-minute spaceflight.", date(2026, 5, 6)
    )
    assert objects(ext, "duration", "Shenzhou-40") == {"PT97H12M"}
