"""'today' under a wire dateline is the dateline's day, and a launch told as done is never dated to a
later day named in a neighbouring sentence."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run

BODY = (
    "CAPE CANAVERAL, Fla., July 16, 2031 (UPI) -- Artemis 9, carrying four astronauts, blasted away "
    "for the moon today on a long voyage. "
    "If all goes well, two of them will walk on the surface before dawn Monday. "
    "Engineers cheered after the flawless, on-time liftoff at 9:32 a.m."
)


def test_blasted_away_today_under_a_dateline_is_the_launch_day() -> None:
    ext = run(BODY, date(2031, 7, 16))
    assert {d[:10] for d in objects(ext, "launch_date", "Artemis 9")} == {"2031-07-16"}


def test_a_liftoff_told_as_done_is_not_dated_to_the_coming_monday() -> None:
    ext = run(BODY.replace("blasted away for the moon today", "is bound for the moon"), date(2031, 7, 16))
    assert not any(d.startswith("2031-07-21") for d in objects(ext, "launch_date", "Artemis 9"))
