"""A list of as many astronauts as the flight was said to carry is its crew (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, run


def test_a_list_of_as_many_astronauts_as_the_flight_carries_is_its_crew() -> None:
    ext = run(
        "Apollo 19, carrying three astronauts, blasted away for the moon today.\n\n"
        '"Good luck," Mission Control radioed astronauts Dana Kirk, Omar Haddad and Peter Wills as they left orbit.\n\n'
        "Astronauts Rita Moreno and Karl Jensen watched the launch from the press site.\n"
    )
    assert set(crew(ext, "Apollo 19")) == {"Dana Kirk", "Omar Haddad", "Peter Wills"}
