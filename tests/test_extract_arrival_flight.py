"""A story of a station crew's work names their flight only as the one they arrived aboard ('since their arrival
on March 2 aboard the Soyuz MS-30'): that flight is the story's, and no unnamed catch-all flight stands beside it."""

from __future__ import annotations

from datetime import date

from tests.test_extract_support import crew, missions, run


def test_the_flight_a_crew_arrived_aboard_is_the_story_flight() -> None:
    ext = run(
        "Two astronauts finished a long spacewalk on Thursday outside the International Space Station. "
        "Astronauts Maya Lindqvist and Tomas Okafor went outside for their second spacewalk since their arrival "
        "on March 2 aboard the Soyuz MS-30 spacecraft with cosmonaut Pavel Orlov.",
        date(2031, 4, 11),
    )
    assert missions(ext) == {"Soyuz MS-30"}
    assert "Pavel Orlov" in crew(ext, "Soyuz MS-30")
