"""The time a craft takes to dock after liftoff ('docked with the station about three and a half hours after
liftoff') is no length of the flight; a landing so long after liftoff still is."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import objects, run


def test_the_time_to_dock_after_liftoff_is_no_length_of_the_flight() -> None:
    ext = run(
        "Shenzhou-40 lifted off on Friday night. The capsule docked with the station early Saturday, about three "
        "and a half hours after liftoff, the agency said. The crew will stay about six months in orbit.",
        date(2031, 11, 1),
    )
    assert objects(ext, "duration", "Shenzhou-40") == {"P6M"}


def test_a_landing_minutes_after_liftoff_still_gives_the_length() -> None:
    ext = run("NS-40 landed in the desert about ten minutes after liftoff.", date(2031, 11, 1))
    assert objects(ext, "duration", "NS-40") == {"PT10M"}
