"""Landing places written with a compass word or as a nation's waters (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import facts, run


def test_landing_in_the_west_of_a_desert_and_in_a_nations_waters() -> None:
    desert = run("The New Shepard capsule carrying four passengers landed in the west Texas desert on Tuesday.\n")
    assert {site for _, site in facts(desert, "landing_site")} == {"west Texas desert"}
    waters = run(
        "The crewed Gaganyaan mission will carry three astronauts to orbit for three days and bring them back "
        "by landing in Indian sea waters.\n"
    )
    assert {site for _, site in facts(waters, "landing_site")} == {"Indian sea waters"}
