"""A capsule named with a Roman numeral ('the Aurora IX capsule') names the flight and its craft (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, missions, run


def test_a_capsule_named_with_a_roman_numeral_is_the_flight_and_its_craft() -> None:
    ext = run(
        "The nose of the Aurora IX capsule was pointed too high when the retro rockets fired, "
        "officials of Project Mercury said.\n\n"
        "The astronaut was picked up from the ocean by a helicopter an hour after he landed.\n"
    )
    assert missions(ext) == {"Aurora IX"}
    assert facts(ext, "spacecraft") == {("Aurora IX", "Aurora IX")}
