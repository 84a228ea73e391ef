"""People who come down at the end of the article's flight, with no launch word, are its crew: 'Astronauts A and B
came down near the ship' (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_astronauts_who_came_down_near_the_ship_are_the_crew_of_the_flight() -> None:
    ext = run(
        "The two Aurora 12 astronauts came home today after a three-day flight.\n\n"
        "Astronauts Dana Ruiz and Omar Haddad came down within 3 miles of the recovery carrier.\n"
    )
    assert set(crew(ext, "Aurora 12")) == {"Dana Ruiz", "Omar Haddad"}
