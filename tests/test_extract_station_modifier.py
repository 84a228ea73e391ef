"""A space station named only as a modifier of the flight is its destination (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_a_space_station_mission_goes_to_the_space_station() -> None:
    ext = run(
        "Space shuttle Columbia and six astronauts head home to wrap up a space station mission.\n\n"
        "Commander Laura Finch fired the braking rockets on Friday morning.\n"
    )
    assert {label for _, label in facts(ext, "destination")} == {"space station"}
