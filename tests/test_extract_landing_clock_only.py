"""A landing told as done with a clock time and no day happened on the story's day; a future one gets no day."""

from __future__ import annotations

from tests.test_extract_support import objects, run


def test_a_past_landing_with_only_a_clock_time_is_dated_the_story_day() -> None:
    ext = run(
        "China's Shenzhou-29 astronauts return to Earth. The re-entry capsule carrying Li Wen, Zhao Min and Sun "
        "Hao touched down at around 8:11 a.m. local time at the Dongfeng landing site.\n"
    )
    assert {d[:10] for d in objects(ext, "landing_date", "Shenzhou-29")} == {"2021-10-06"}


def test_a_future_landing_with_only_a_clock_time_gets_no_day() -> None:
    ext = run(
        "China's Shenzhou-29 astronauts will return to Earth. The capsule will touch down at around 8:11 a.m. "
        "local time at the Dongfeng landing site.\n"
    )
    assert not objects(ext, "landing_date", "Shenzhou-29")
