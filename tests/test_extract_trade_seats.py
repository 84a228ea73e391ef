"""A seat that is also a job held on the ground ('astronaut instructor A') is that person's occupation as well as
their role aboard; a seat that is only a seat ('flight engineer B') is no occupation (issue 11)."""

from __future__ import annotations

from tests.test_extract_support import crew, objects, run

FLIGHT = "The spaceplane Unity 40 landed at Spaceport America on Thursday after a flight to the edge of space.\n\n"


def test_an_astronaut_instructor_before_a_name_is_an_occupation_and_a_role() -> None:
    ext = run(FLIGHT + "Orbitco astronaut instructor Jane Holt rode in the cabin with the three passengers.\n")
    assert objects(ext, "occupation", "Jane Holt") == {"astronaut instructor"}
    assert crew(ext, "Unity 40")["Jane Holt"] >= {"astronaut instructor"}


def test_a_flight_engineer_before_a_name_is_no_occupation() -> None:
    ext = run(FLIGHT + "Flight engineer Mark Dalby rode in the cabin with the three passengers.\n")
    assert objects(ext, "occupation", "Mark Dalby") == set()
