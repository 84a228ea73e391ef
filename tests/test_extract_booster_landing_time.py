"""When a booster came back ('the booster touched down 8 minutes after liftoff') is no length of the crew's flight."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import facts, run


def test_a_booster_landing_time_is_not_the_flights_duration() -> None:
    ext = run(
        "NS-30 blasted off Tuesday with six people aboard. "
        "The NS-30 booster touched down on its pad roughly 8 minutes after liftoff.",
        date(2026, 5, 6),
    )
    assert facts(ext, "duration", "NS-30") == set()


def test_a_capsule_landing_after_launch_still_gives_the_duration() -> None:
    ext = run(
        "NS-30 blasted off Tuesday with six people aboard. "
        "The NS-30 capsule touched down in the desert roughly 11 minutes after liftoff.",
        date(2026, 5, 6),
    )
    assert facts(ext, "duration", "NS-30") == {("NS-30", "PT11M")}
